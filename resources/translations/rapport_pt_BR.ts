<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
    <context>
        <name>ActionText</name>
        <message>
            <source>Accept and send a thank-you note</source>
            <translation>Aceitar e enviar uma nota de agradecimento</translation>
        </message>
        <message>
            <source>Accept</source>
            <translation>Aceitar</translation>
        </message>
        <message>
            <source>Reply and offer a coffee</source>
            <translation>Responder e oferecer um café</translation>
        </message>
        <message>
            <source>Reply and invite them to follow you</source>
            <translation>Responder e convidar para seguir você</translation>
        </message>
        <message>
            <source>Decline without a reply</source>
            <translation>Recusar sem responder</translation>
        </message>
    </context>
    <context>
        <name>BreakdownModel</name>
        <message>
            <source>Sent</source>
            <comment>column: invitations sent</comment>
            <translation>Enviados</translation>
        </message>
        <message>
            <source>Decided</source>
            <translation>Concluídos</translation>
        </message>
        <message>
            <source>Accepted</source>
            <translation>Aceitos</translation>
        </message>
        <message>
            <source>95% interval</source>
            <translation>Intervalo de 95%</translation>
        </message>
        <message>
            <source>Replied</source>
            <translation>Respostas</translation>
        </message>
        <message>
            <source>Reply rate</source>
            <translation>Taxa de resposta</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>Pendentes</translation>
        </message>
        <message>
            <source>Accepted: {rate}</source>
            <translation>Aceitos: {rate}</translation>
        </message>
        <message>
            <source>Replied, of those accepted: {rate}</source>
            <translation>Responderam, entre os aceitos: {rate}</translation>
        </message>
        <message>
            <source>Invitations accepted, replied to, declined or left without an answer.</source>
            <translation>Convites aceitos, respondidos, recusados ou que ficaram sem resposta.</translation>
        </message>
        <message numerus="yes">
            <source>Fewer than %Ln decided: too few to tell much.</source>
            <translation>
                <numerusform>Menos de %Ln concluído: poucos demais para tirar conclusões.</numerusform>
                <numerusform>Menos de %Ln concluídos: poucos demais para tirar conclusões.</numerusform>
            </translation>
        </message>
        <message>
            <source>{figure} {caveat}</source>
            <translation>{figure} {caveat}</translation>
        </message>
    </context>
    <context>
        <name>BreakdownText</name>
        <message>
            <source>With a note</source>
            <translation>Com nota</translation>
        </message>
        <message>
            <source>Without a note</source>
            <translation>Sem nota</translation>
        </message>
        <message>
            <source>No template (imported or typed)</source>
            <translation>Sem modelo (importado ou digitado)</translation>
        </message>
        <message>
            <source>Contact deleted or never saved</source>
            <translation>Contato excluído ou nunca salvo</translation>
        </message>
        <message>
            <source>No group</source>
            <translation>Sem grupo</translation>
        </message>
        <message>
            <source>{value} · {label}</source>
            <translation>{value} · {label}</translation>
        </message>
        <message>
            <source>Unscored</source>
            <translation>Sem pontuação</translation>
        </message>
        <message>
            <source>none decided yet</source>
            <translation>nenhum decidido ainda</translation>
        </message>
        <message>
            <source>{rate} ({successes} of {trials}; 95% interval {low}–{high})</source>
            <translation>{rate} ({successes} de {trials}; intervalo de 95% {low}–{high})</translation>
        </message>
    </context>
    <context>
        <name>CadenceText</name>
        <message>
            <source>No reminder</source>
            <translation>Sem lembrete</translation>
        </message>
        <message>
            <source>Every 2 weeks</source>
            <translation>A cada 2 semanas</translation>
        </message>
        <message>
            <source>Every month</source>
            <translation>Todo mês</translation>
        </message>
        <message>
            <source>Every quarter</source>
            <translation>A cada trimestre</translation>
        </message>
        <message>
            <source>Every 6 months</source>
            <translation>A cada 6 meses</translation>
        </message>
        <message>
            <source>Every year</source>
            <translation>Todo ano</translation>
        </message>
    </context>
    <context>
        <name>ChannelText</name>
        <message>
            <source>LinkedIn connection note</source>
            <translation>Nota de convite do LinkedIn</translation>
        </message>
        <message>
            <source>LinkedIn message</source>
            <translation>Mensagem do LinkedIn</translation>
        </message>
        <message>
            <source>LinkedIn InMail</source>
            <translation>InMail do LinkedIn</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>{channel} (up to {limit} characters)</source>
            <translation>{channel} (até {limit} caracteres)</translation>
        </message>
    </context>
    <context>
        <name>CharacterCounter</name>
        <message>
            <source>{length} / {limit}</source>
            <comment>characters used / the channel's limit</comment>
            <translation>{length} / {limit}</translation>
        </message>
        <message numerus="yes">
            <source>%Ln characters</source>
            <translation>
                <numerusform>%Ln caractere</numerusform>
                <numerusform>%Ln caracteres</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ChecksPanel</name>
        <message>
            <source>Personal</source>
            <comment>verdict on a message</comment>
            <translation>Pessoal</translation>
        </message>
        <message>
            <source>Generic</source>
            <comment>verdict on a message</comment>
            <translation>Genérica</translation>
        </message>
        <message>
            <source>{verdict} · score {score}/100</source>
            <translation>{verdict} · {score}/100</translation>
        </message>
        <message>
            <source>What to improve</source>
            <translation>O que melhorar</translation>
        </message>
        <message>
            <source>Nothing to fix: this reads as written for {name}.</source>
            <translation>Nada a corrigir: parece escrita especialmente para {name}.</translation>
        </message>
        <message>
            <source>Grammar: on</source>
            <translation>Gramática: ativada</translation>
        </message>
    </context>
    <context>
        <name>ChoiceText</name>
        <message>
            <source>{name} wrote to you: reply</source>
            <translation>{name} escreveu para você: responda</translation>
        </message>
        <message>
            <source>introduced by {name}</source>
            <translation>apresentação de {name}</translation>
        </message>
        <message>
            <source>a former colleague</source>
            <translation>vocês trabalharam juntos</translation>
        </message>
        <message>
            <source>you met {how}</source>
            <translation>vocês se conheceram {how}</translation>
        </message>
        <message>
            <source>you know their work: {work}</source>
            <translation>você conhece o trabalho dessa pessoa: {work}</translation>
        </message>
        <message>
            <source>you are both in {place}</source>
            <translation>vocês dois estão em {place}</translation>
        </message>
        <message>
            <source>say what of {name}'s caught your eye</source>
            <translation>diga o que chamou sua atenção em {name}</translation>
        </message>
        <message>
            <source>the first template</source>
            <translation>o primeiro modelo</translation>
        </message>
        <message>
            <source>{reason} (accepted {accepted} of {decided} times)</source>
            <translation>{reason} (aceito {accepted} de {decided} vezes)</translation>
        </message>
        <message>
            <source>Suggested for {name}: {reason}.</source>
            <translation>Sugerido para {name}: {reason}.</translation>
        </message>
        <message>
            <source>You chose this template for {name}.</source>
            <translation>Você escolheu este modelo para {name}.</translation>
        </message>
    </context>
    <context>
        <name>ComparisonText</name>
        <message>
            <source>{subject}: {rate} accepted, against {other} for {others}.</source>
            <translation>{subject}: {rate} aceitos, contra {other} para {others}.</translation>
        </message>
        <message>
            <source>Too few to tell yet: at least {count} decided invitations are needed on each side.</source>
            <translation>Ainda são poucos para dizer: são necessários pelo menos {count} convites concluídos de cada lado.</translation>
        </message>
        <message>
            <source>The difference could well be chance ({p}).</source>
            <translation>A diferença pode muito bem ser acaso ({p}).</translation>
        </message>
        <message numerus="yes">
            <source>The gap is small (%n point(s)), but with this many invitations it is unlikely to be chance ({p}).</source>
            <translation>
                <numerusform>A diferença é pequena (%n ponto), mas com tantos convites é improvável que seja acaso ({p}).</numerusform>
                <numerusform>A diferença é pequena (%n pontos), mas com tantos convites é improvável que seja acaso ({p}).</numerusform>
            </translation>
        </message>
        <message>
            <source>Accepted more often, and a gap this large is unlikely to be chance ({p}).</source>
            <translation>Aceitos com mais frequência, e uma diferença tão grande dificilmente é acaso ({p}).</translation>
        </message>
        <message>
            <source>Accepted less often, and a gap this large is unlikely to be chance ({p}).</source>
            <translation>Aceitos com menos frequência, e uma diferença tão grande dificilmente é acaso ({p}).</translation>
        </message>
        <message>
            <source>Invitations with a note</source>
            <translation>Convites com nota</translation>
        </message>
        <message>
            <source>Invitations without a template (imported or typed)</source>
            <translation>Convites sem modelo (importados ou digitados)</translation>
        </message>
        <message>
            <source>Invitations from “{template}”</source>
            <translation>Convites com “{template}”</translation>
        </message>
        <message>
            <source>Invitations to contacts since deleted</source>
            <translation>Convites a contatos já excluídos</translation>
        </message>
        <message>
            <source>Invitations to people in no group</source>
            <translation>Convites a pessoas sem grupo</translation>
        </message>
        <message>
            <source>Invitations to people in “{group}”</source>
            <translation>Convites a pessoas do grupo “{group}”</translation>
        </message>
        <message>
            <source>Invitations to people marked “{label}” (strength {strength})</source>
            <translation>Convites a pessoas marcadas como “{label}” (nível {strength})</translation>
        </message>
        <message>
            <source>Invitations without a checker score</source>
            <translation>Convites sem pontuação</translation>
        </message>
        <message>
            <source>Invitations scoring {band}</source>
            <translation>Convites com pontuação {band}</translation>
        </message>
        <message>
            <source>invitations without one</source>
            <translation>os convites sem nota</translation>
        </message>
        <message>
            <source>your other invitations</source>
            <translation>seus outros convites</translation>
        </message>
        <message>
            <source>other groups</source>
            <translation>os outros grupos</translation>
        </message>
        <message>
            <source>other strengths</source>
            <translation>os outros níveis de relação</translation>
        </message>
        <message>
            <source>other scores</source>
            <translation>as outras pontuações</translation>
        </message>
        <message>
            <source>none decided</source>
            <translation>nenhum concluído</translation>
        </message>
        <message>
            <source>{percent} ({successes} of {trials})</source>
            <translation>{percent} ({successes} de {trials})</translation>
        </message>
        <message>
            <source>p &lt; {threshold}</source>
            <translation>p &lt; {threshold}</translation>
        </message>
        <message>
            <source>p = {value}</source>
            <translation>p = {value}</translation>
        </message>
    </context>
    <context>
        <name>Composer</name>
        <message>
            <source>Message copied to the clipboard.</source>
            <translation>Mensagem copiada para a área de transferência.</translation>
        </message>
        <message>
            <source>Opening {address} in your browser.</source>
            <translation>Abrindo {address} no navegador.</translation>
        </message>
        <message>
            <source>No browser opened: copy the address instead, {address}</source>
            <translation>Nenhum navegador foi aberto. Copie o endereço: {address}</translation>
        </message>
        <message>
            <source>The profile address is not a web address (https://…).</source>
            <translation>O endereço do perfil não é um endereço da web (https://…).</translation>
        </message>
        <message>
            <source>Not recorded: {error}</source>
            <translation>Não registrada: {error}</translation>
        </message>
        <message>
            <source>Saved as a template in {path}.</source>
            <translation>Salva como modelo em {path}.</translation>
        </message>
        <message>
            <source>Line {line}: {error}</source>
            <translation>Linha {line}: {error}</translation>
        </message>
    </context>
    <context>
        <name>ComposerWidgets</name>
        <message>
            <source>Messa&amp;ge</source>
            <translation>Mensa&amp;gem</translation>
        </message>
        <message>
            <source>Ref&amp;ill from template</source>
            <translation>Vo&amp;ltar ao modelo</translation>
        </message>
        <message>
            <source>Replace the message with the template's words again</source>
            <translation>Substituir a mensagem pelo texto do modelo outra vez</translation>
        </message>
        <message>
            <source>Save a&amp;s template…</source>
            <translation>Sal&amp;var como modelo…</translation>
        </message>
        <message>
            <source>Turn this message into a template, with the contact's details as fields</source>
            <translation>Transformar esta mensagem em modelo, com os dados do contato como campos</translation>
        </message>
        <message>
            <source>C&amp;opy</source>
            <translation>Cop&amp;iar</translation>
        </message>
        <message>
            <source>Copy the message to the clipboard</source>
            <translation>Copiar a mensagem para a área de transferência</translation>
        </message>
        <message>
            <source>Open &amp;profile</source>
            <translation>Abrir per&amp;fil</translation>
        </message>
        <message>
            <source>Open the contact's profile in your browser</source>
            <translation>Abrir o perfil do contato no navegador</translation>
        </message>
        <message>
            <source>&amp;Record as sent</source>
            <translation>&amp;Registrar envio</translation>
        </message>
        <message>
            <source>The message appears here once you pick a contact.</source>
            <translation>A mensagem aparece aqui quando você escolher um contato.</translation>
        </message>
        <message>
            <source>The message appears here once the fields above are filled in.</source>
            <translation>A mensagem aparece aqui quando os campos acima estiverem preenchidos.</translation>
        </message>
        <message>
            <source>them</source>
            <comment>the contact</comment>
            <translation>a pessoa</translation>
        </message>
    </context>
    <context>
        <name>ContactError</name>
        <message>
            <source>A contact needs a name.</source>
            <translation>Um contato precisa de um nome.</translation>
        </message>
        <message>
            <source>Relationship strength runs from 1 (close) to 5 (never met).</source>
            <translation>O grau de relacionamento vai de 1 (próximo) a 5 (nunca vi).</translation>
        </message>
        <message>
            <source>Keep in touch every 1 to {most} days, or leave it empty.</source>
            <translation>O intervalo para manter contato vai de 1 a {most} dias; se não, deixe vazio.</translation>
        </message>
        <message>
            <source>Language is one of {codes}, or empty for yours.</source>
            <translation>O idioma é um destes: {codes}, ou vazio para o seu.</translation>
        </message>
        <message>
            <source>Form of address is formal or informal, or empty for your default.</source>
            <translation>O tratamento é “formal” ou “informal”, ou vazio para o seu padrão.</translation>
        </message>
        <message>
            <source>Unknown contact field(s): {fields}.</source>
            <translation>Campos de contato desconhecidos: {fields}.</translation>
        </message>
        <message>
            <source>Relationship strength must be a whole number from 1 to 5.</source>
            <translation>O grau de relacionamento deve ser um número inteiro de 1 a 5.</translation>
        </message>
        <message>
            <source>Keep-in-touch days must be a whole number.</source>
            <translation>O intervalo para manter contato deve ser um número inteiro de dias.</translation>
        </message>
        <message>
            <source>A contact's id must be a whole number from 1 up.</source>
            <translation>O id de um contato deve ser um número inteiro a partir de 1.</translation>
        </message>
        <message>
            <source>Expected a list of names or interests.</source>
            <translation>Aqui se espera uma lista de nomes ou interesses.</translation>
        </message>
    </context>
    <context>
        <name>ContactFlows</name>
        <message>
            <source>Contact not saved</source>
            <translation>Contato não salvo</translation>
        </message>
        <message>
            <source>Saved {name}.</source>
            <translation>Contato {name} salvo.</translation>
        </message>
        <message>
            <source>Delete contact</source>
            <translation>Excluir contato</translation>
        </message>
        <message>
            <source>Delete {name}? Messages already sent to them stay in the history.</source>
            <translation>Excluir {name}? As mensagens já enviadas continuam no histórico.</translation>
        </message>
        <message>
            <source>Contact not deleted</source>
            <translation>Contato não excluído</translation>
        </message>
        <message>
            <source>Deleted {name}.</source>
            <translation>Contato {name} excluído.</translation>
        </message>
        <message>
            <source>Your changes to this contact are not saved: a contact needs a name. Discard them?</source>
            <translation>Suas alterações neste contato não foram salvas: um contato precisa de um nome. Descartar as alterações?</translation>
        </message>
        <message>
            <source>Your changes to this contact are not saved: they could not be saved. Discard them?</source>
            <translation>Suas alterações neste contato não foram salvas: não foi possível salvá-las. Descartar as alterações?</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Alterações não salvas</translation>
        </message>
    </context>
    <context>
        <name>ContactForm</name>
        <message>
            <source>Group</source>
            <translation>Grupo</translation>
        </message>
        <message>
            <source>Pick one or type your own</source>
            <translation>Escolha um ou digite o seu</translation>
        </message>
        <message>
            <source>Relationship strength</source>
            <translation>Proximidade</translation>
        </message>
        <message>
            <source>Relationship</source>
            <translation>Relacionamento</translation>
        </message>
        <message>
            <source>Yours</source>
            <translation>A sua</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>Your default</source>
            <translation>Seu padrão</translation>
        </message>
        <message>
            <source>Formal</source>
            <translation>Formal</translation>
        </message>
        <message>
            <source>Informal</source>
            <translation>Informal</translation>
        </message>
        <message>
            <source>Form of address</source>
            <translation>Tratamento</translation>
        </message>
        <message>
            <source>Sie or du, vous or tu, usted or tú, o senhor or você</source>
            <translation>Sie ou du, vous ou tu, usted ou tú, o senhor ou você</translation>
        </message>
        <message>
            <source>Keep in touch</source>
            <translation>Manter contato</translation>
        </message>
        <message>
            <source>Last contacted</source>
            <translation>Último contato</translation>
        </message>
        <message>
            <source>Save contact</source>
            <translation>Salvar contato</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Excluir…</translation>
        </message>
        <message>
            <source>Delete contact</source>
            <translation>Excluir contato</translation>
        </message>
        <message>
            <source>Custom…</source>
            <translation>Personalizado…</translation>
        </message>
        <message>
            <source>every </source>
            <comment>before a number of days</comment>
            <translation>a cada </translation>
        </message>
        <message>
            <source> days</source>
            <comment>after a number of days</comment>
            <translation> dias</translation>
        </message>
        <message>
            <source>Keep in touch every so many days</source>
            <translation>Frequência de contato, em dias</translation>
        </message>
        <message>
            <source>When you last contacted them could not be read: {error}</source>
            <translation>Não foi possível ler a data do último contato: {error}</translation>
        </message>
        <message>
            <source>A contact needs a name.</source>
            <translation>Um contato precisa de um nome.</translation>
        </message>
    </context>
    <context>
        <name>ContactListModel</name>
        <message>
            <source>{title} at {company}</source>
            <translation>{title} em {company}</translation>
        </message>
    </context>
    <context>
        <name>ContactsPanel</name>
        <message>
            <source>Search contacts</source>
            <translation>Buscar contatos</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Contatos</translation>
        </message>
        <message>
            <source>New contact</source>
            <translation>Novo contato</translation>
        </message>
        <message>
            <source>No contacts yet</source>
            <translation>Nenhum contato ainda</translation>
        </message>
        <message numerus="yes">
            <source>%Ln contacts</source>
            <translation>
                <numerusform>%Ln contato</numerusform>
                <numerusform>%Ln contatos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %Ln contacts</source>
            <translation>
                <numerusform>{shown} de %Ln contato</numerusform>
                <numerusform>{shown} de %Ln contatos</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <source>Rapport ran into a problem</source>
            <translation>O Rapport encontrou um problema</translation>
        </message>
        <message>
            <source>Something went wrong inside Rapport.</source>
            <translation>Algo deu errado no Rapport.</translation>
        </message>
        <message>
            <source>What you typed is still in the window and you can carry on. If Rapport misbehaves from here, save your work and restart it.</source>
            <translation>O que você digitou continua na janela, e você pode continuar trabalhando. Se o Rapport começar a se comportar de forma estranha, salve seu trabalho e reinicie o programa.</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>O que aconteceu</translation>
        </message>
        <message>
            <source>The details were written to the log file:
{file}</source>
            <translation>Os detalhes foram gravados no arquivo de log:
{file}</translation>
        </message>
        <message>
            <source>Rapport could not write its log file, so the details are only shown here.</source>
            <translation>O Rapport não conseguiu gravar o arquivo de log, então os detalhes só aparecem aqui.</translation>
        </message>
        <message>
            <source>Where the log is</source>
            <translation>Onde está o log</translation>
        </message>
        <message>
            <source>How often it happened</source>
            <translation>Quantas vezes aconteceu</translation>
        </message>
        <message>
            <source>Error details</source>
            <translation>Detalhes do erro</translation>
        </message>
        <message>
            <source>&amp;Open log folder</source>
            <translation>&amp;Abrir pasta do log</translation>
        </message>
        <message>
            <source>Open the folder of the log file</source>
            <translation>Abrir a pasta do arquivo de log</translation>
        </message>
        <message>
            <source>&amp;Copy details</source>
            <translation>&amp;Copiar detalhes</translation>
        </message>
        <message>
            <source>Copy the error details</source>
            <translation>Copiar os detalhes do erro</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fechar</translation>
        </message>
        <message numerus="yes">
            <source>This has happened %Ln times since Rapport started.</source>
            <translation>
                <numerusform>Isso aconteceu %Ln vez desde que o Rapport foi aberto.</numerusform>
                <numerusform>Isso aconteceu %Ln vezes desde que o Rapport foi aberto.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CsvMappingDialog</name>
        <message>
            <source>Import {file}</source>
            <translation>Importar {file}</translation>
        </message>
        <message>
            <source>Column for {field}</source>
            <translation>Coluna de {field}</translation>
        </message>
        <message>
            <source>(not imported)</source>
            <translation>(não importar)</translation>
        </message>
        <message>
            <source>Choose the column that holds each detail. Columns left out are not imported; contacts already saved only gain details they lack.</source>
            <translation>Escolha a coluna que contém cada dado. Colunas não escolhidas não são importadas; contatos já salvos só recebem os dados que ainda não têm.</translation>
        </message>
        <message>
            <source>Import</source>
            <comment>button: import the file</comment>
            <translation>Importar</translation>
        </message>
        <message>
            <source>Choose the column for {name}, or for {first_name} and {last_name}: every contact needs a name.</source>
            <translation>Escolha a coluna de {name}, ou as de {first_name} e {last_name}: todo contato precisa de um nome.</translation>
        </message>
    </context>
    <context>
        <name>DataFolderError</name>
        <message>
            <source>The data folder chosen in Settings, {folder}, is not there. Connect the drive it is on, or delete this file to use the default folder</source>
            <translation>A pasta de dados escolhida nas Configurações, {folder}, não está lá. Conecte a unidade em que ela fica ou exclua este arquivo para usar a pasta padrão</translation>
        </message>
        <message>
            <source>The record of your data folder cannot be read ({error}); fix or delete this file</source>
            <translation>Não é possível ler o registro da sua pasta de dados ({error}); corrija ou exclua este arquivo</translation>
        </message>
        <message>
            <source>The record of your data folder holds no full path under "data_folder"; fix or delete this file</source>
            <translation>O registro da sua pasta de dados não tem um caminho completo em "data_folder"; corrija ou exclua este arquivo</translation>
        </message>
    </context>
    <context>
        <name>DataFolderPage</name>
        <message>
            <source>&amp;Data</source>
            <translation>&amp;Dados</translation>
        </message>
        <message>
            <source>Data folder</source>
            <translation>Pasta de dados</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Procurar…</translation>
        </message>
        <message>
            <source>Choose the data folder</source>
            <translation>Escolher a pasta de dados</translation>
        </message>
        <message>
            <source>Use the d&amp;efault</source>
            <translation>&amp;Usar o padrão</translation>
        </message>
        <message>
            <source>Use the default data folder</source>
            <translation>Usar a pasta de dados padrão</translation>
        </message>
        <message>
            <source>&amp;Copy my contacts, history, templates and settings there</source>
            <translation>&amp;Copiar meus contatos, histórico, modelos e configurações para lá</translation>
        </message>
        <message>
            <source>Copy my data to the new folder</source>
            <translation>Copiar meus dados para a nova pasta</translation>
        </message>
        <message>
            <source>What changing the data folder does</source>
            <translation>O que acontece ao mudar a pasta de dados</translation>
        </message>
        <message>
            <source>&amp;Folder</source>
            <translation>Pa&amp;sta</translation>
        </message>
        <message>
            <source>Your contacts, message history, own templates and settings live in this folder. Passwords and API keys do not: they stay in the system keyring.</source>
            <translation>Seus contatos, o histórico de mensagens, seus modelos e suas configurações ficam nesta pasta. Senhas e chaves de API não: elas ficam no chaveiro do sistema.</translation>
        </message>
        <message>
            <source>RAPPORT_HOME is set, so Rapport keeps its data in {folder}. Start Rapport without it to choose a folder here.</source>
            <translation>A variável RAPPORT_HOME está definida, então o Rapport guarda os dados em {folder}. Abra o Rapport sem ela para escolher uma pasta aqui.</translation>
        </message>
        <message>
            <source>This is the folder Rapport uses now.</source>
            <translation>Esta é a pasta que o Rapport usa agora.</translation>
        </message>
        <message>
            <source>Chosen earlier: Rapport uses this folder from its next start, and {current} until then.</source>
            <translation>Escolhida antes: o Rapport passa a usar esta pasta na próxima vez que for aberto e, até lá, continua com {current}.</translation>
        </message>
        <message>
            <source>Rapport stays with this folder, the one it uses now.</source>
            <translation>O Rapport continua com esta pasta, a que usa agora.</translation>
        </message>
        <message>
            <source>That folder already holds Rapport data: Rapport will use it as it is, from the next start. Your data in {current} stays where it is.</source>
            <translation>Essa pasta já contém dados do Rapport: o Rapport vai usá-la como está, a partir da próxima vez que for aberto. Seus dados em {current} ficam onde estão.</translation>
        </message>
        <message>
            <source>Rapport uses the new folder from the next start. A copy of your data goes there; the data in {current} stays where it is.</source>
            <translation>O Rapport passa a usar a nova pasta na próxima vez que for aberto. Uma cópia dos seus dados vai para lá; os dados em {current} ficam onde estão.</translation>
        </message>
        <message>
            <source>Rapport uses the new folder from the next start. Nothing of your data goes there; the data in {current} stays where it is.</source>
            <translation>O Rapport passa a usar a nova pasta na próxima vez que for aberto. Nenhum dado seu vai para lá; os dados em {current} ficam onde estão.</translation>
        </message>
    </context>
    <context>
        <name>DetailsForm</name>
        <message>
            <source>Details for this message</source>
            <translation>Dados para esta mensagem</translation>
        </message>
    </context>
    <context>
        <name>DictionaryError</name>
        <message>
            <source>The dictionary {name} cannot be read: {error}.</source>
            <translation>Não é possível ler o dicionário {name}: {error}.</translation>
        </message>
        <message>
            <source>The dictionary {name} is not a regular file.</source>
            <translation>O dicionário {name} não é um arquivo comum.</translation>
        </message>
        <message>
            <source>The dictionary {name} is larger than {limit} KB.</source>
            <translation>O dicionário {name} tem mais de {limit} KB.</translation>
        </message>
        <message>
            <source>The dictionary {name} is not UTF-8 text.</source>
            <translation>O dicionário {name} não é texto UTF-8.</translation>
        </message>
        <message>
            <source>“{word}” cannot go in your dictionary.</source>
            <translation>“{word}” não pode entrar no seu dicionário.</translation>
        </message>
        <message>
            <source>Your dictionary holds {count} words already.</source>
            <translation>Seu dicionário já tem {count} palavras.</translation>
        </message>
        <message>
            <source>Your dictionary is full.</source>
            <translation>Seu dicionário está cheio.</translation>
        </message>
    </context>
    <context>
        <name>Draft</name>
        <message>
            <source>Pick a contact to write to.</source>
            <translation>Escolha um contato para quem escrever.</translation>
        </message>
    </context>
    <context>
        <name>DraftError</name>
        <message>
            <source>Your draft to {name} could not be saved to {path}: {error}</source>
            <translation>Não foi possível salvar seu rascunho para {name} em {path}: {error}</translation>
        </message>
        <message>
            <source>line {line}: {problem}</source>
            <translation>linha {line}: {problem}</translation>
        </message>
        <message>
            <source>'{key}' is missing</source>
            <translation>falta '{key}'</translation>
        </message>
        <message>
            <source>The saved draft {path} could not be removed: {error}</source>
            <translation>Não foi possível remover o rascunho salvo {path}: {error}</translation>
        </message>
        <message>
            <source>The saved draft {path} could not be read ({reason}), nor moved aside ({error}); it was left as it is.</source>
            <translation>Não foi possível ler o rascunho salvo {path} ({reason}) nem deixá-lo de lado ({error}); ele ficou como estava.</translation>
        </message>
        <message>
            <source>The saved draft {path} could not be read ({reason}); it was kept as {name} in the same folder.</source>
            <translation>Não foi possível ler o rascunho salvo {path} ({reason}); ele foi mantido como {name} na mesma pasta.</translation>
        </message>
        <message>
            <source>it does not hold a draft</source>
            <translation>o arquivo não contém um rascunho</translation>
        </message>
        <message>
            <source>unknown format version {version}</source>
            <translation>versão de formato desconhecida {version}</translation>
        </message>
        <message>
            <source>it belongs to another contact</source>
            <translation>o arquivo pertence a outro contato</translation>
        </message>
        <message>
            <source>its text is not text</source>
            <translation>o texto que ele contém não é texto</translation>
        </message>
        <message>
            <source>its time has no time zone</source>
            <translation>o horário indicado não tem fuso horário</translation>
        </message>
        <message>
            <source>'{key}' is not text</source>
            <translation>'{key}' não é texto</translation>
        </message>
        <message>
            <source>'{key}' is not a set of named texts</source>
            <translation>'{key}' não é um conjunto de textos com nome</translation>
        </message>
    </context>
    <context>
        <name>DraftShelf</name>
        <message>
            <source>Your unsent draft to {name} could not be restored: {error}</source>
            <translation>Não foi possível restaurar seu rascunho não enviado para {name}: {error}</translation>
        </message>
        <message>
            <source>Restored your unsent draft to {name} from {when}.</source>
            <translation>Seu rascunho não enviado para {name} ({when}) foi restaurado.</translation>
        </message>
        <message>
            <source>January</source>
            <translation>janeiro</translation>
        </message>
        <message>
            <source>February</source>
            <translation>fevereiro</translation>
        </message>
        <message>
            <source>March</source>
            <translation>março</translation>
        </message>
        <message>
            <source>April</source>
            <translation>abril</translation>
        </message>
        <message>
            <source>May</source>
            <translation>maio</translation>
        </message>
        <message>
            <source>June</source>
            <translation>junho</translation>
        </message>
        <message>
            <source>July</source>
            <translation>julho</translation>
        </message>
        <message>
            <source>August</source>
            <translation>agosto</translation>
        </message>
        <message>
            <source>September</source>
            <translation>setembro</translation>
        </message>
        <message>
            <source>October</source>
            <translation>outubro</translation>
        </message>
        <message>
            <source>November</source>
            <translation>novembro</translation>
        </message>
        <message>
            <source>December</source>
            <translation>dezembro</translation>
        </message>
        <message>
            <source>yesterday at {time}</source>
            <translation>ontem às {time}</translation>
        </message>
        <message>
            <source>{day} {month} {year} at {time}</source>
            <translation>{day} de {month} de {year} às {time}</translation>
        </message>
        <message>
            <source>{day} {month} at {time}</source>
            <translation>{day} de {month} às {time}</translation>
        </message>
    </context>
    <context>
        <name>Duration</name>
        <message numerus="yes">
            <source>%Ln hours</source>
            <translation>
                <numerusform>%Ln hora</numerusform>
                <numerusform>%Ln horas</numerusform>
            </translation>
        </message>
        <message>
            <source>{days} days</source>
            <comment>one decimal</comment>
            <translation>{days} dias</translation>
        </message>
        <message numerus="yes">
            <source>%Ln days</source>
            <translation>
                <numerusform>%Ln dia</numerusform>
                <numerusform>%Ln dias</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EditorParts</name>
        <message>
            <source>Delete template</source>
            <translation>Excluir modelo</translation>
        </message>
        <message>
            <source>Delete your template '{name}'? Its file is removed from {folder}.</source>
            <translation>Excluir seu modelo “{name}”? O arquivo dele será removido de {folder}.</translation>
        </message>
        <message>
            <source>Replace a built-in template</source>
            <translation>Substituir um modelo integrado</translation>
        </message>
        <message>
            <source>A built-in template is named '{name}'. Yours will be used in its place everywhere. Save under this name?</source>
            <translation>Já existe um modelo integrado chamado “{name}”. O seu será usado no lugar dele em todo o Rapport. Salvar com este nome?</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Alterações não salvas</translation>
        </message>
        <message>
            <source>Save your changes to '{name}'?</source>
            <translation>Salvar as alterações em “{name}”?</translation>
        </message>
        <message>
            <source>Not saved: you already have a template named '{name}'.</source>
            <translation>Não foi salvo: você já tem um modelo chamado “{name}”.</translation>
        </message>
    </context>
    <context>
        <name>ExportError</name>
        <message>
            <source>{file}: could not be written ({error}).</source>
            <translation>{file}: não foi possível gravar ({error}).</translation>
        </message>
        <message>
            <source>'{name}' has no file to export.</source>
            <translation>“{name}” não tem arquivo para exportar.</translation>
        </message>
    </context>
    <context>
        <name>FieldHint</name>
        <message>
            <source>Taken from the name when empty</source>
            <translation>Tirado do nome quando vazio</translation>
        </message>
        <message>
            <source>e.g. at PyCon Lisbon; on the payments team at Stripe</source>
            <translation>ex.: na PyCon Lisboa; no time de pagamentos da Stripe</translation>
        </message>
        <message>
            <source>e.g. last week; in March 2025</source>
            <translation>ex.: semana passada; em março de 2025</translation>
        </message>
        <message>
            <source>Who put you in touch (pick a contact or type a name)</source>
            <translation>Quem apresentou vocês (escolha um contato ou digite um nome)</translation>
        </message>
        <message>
            <source>Something they wrote or did that matters to you</source>
            <translation>Algo que a pessoa escreveu ou fez e que importa para você</translation>
        </message>
        <message>
            <source>Comma-separated, e.g. chess, climbing</source>
            <translation>Separados por vírgula, ex.: xadrez, escalada</translation>
        </message>
        <message>
            <source>Comma-separated names</source>
            <translation>Nomes separados por vírgula</translation>
        </message>
        <message>
            <source>The note they sent with their request</source>
            <translation>A nota que a pessoa enviou com o convite</translation>
        </message>
        <message>
            <source>en, de, fr, es or pt; empty: yours</source>
            <translation>en, de, fr, es ou pt; vazio: o seu</translation>
        </message>
        <message>
            <source>formal or informal; empty: your default</source>
            <translation>formal ou informal; vazio: seu padrão</translation>
        </message>
    </context>
    <context>
        <name>FieldText</name>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Primeiro nome</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Sobrenome</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Empresa</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Cargo</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Localização</translation>
        </message>
        <message>
            <source>Industry</source>
            <translation>Setor</translation>
        </message>
        <message>
            <source>Profile URL</source>
            <translation>URL do perfil</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Grupo</translation>
        </message>
        <message>
            <source>Relationship strength</source>
            <translation>Grau de relacionamento</translation>
        </message>
        <message>
            <source>How you met</source>
            <translation>Como vocês se conheceram</translation>
        </message>
        <message>
            <source>When you met</source>
            <translation>Quando vocês se conheceram</translation>
        </message>
        <message>
            <source>Introduced by</source>
            <translation>Apresentado por</translation>
        </message>
        <message>
            <source>Their work that matters</source>
            <translation>Trabalho da pessoa que importa para você</translation>
        </message>
        <message>
            <source>Shared interests</source>
            <translation>Interesses em comum</translation>
        </message>
        <message>
            <source>Mutual contacts</source>
            <translation>Contatos em comum</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>Their note to you</source>
            <translation>Nota da pessoa para você</translation>
        </message>
        <message>
            <source>Keep in touch every (days)</source>
            <translation>Manter contato a cada (dias)</translation>
        </message>
        <message>
            <source>Connected on</source>
            <translation>Conectados em</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>Form of address</source>
            <translation>Tratamento</translation>
        </message>
    </context>
    <context>
        <name>FileKind</name>
        <message>
            <source>a front matter cache</source>
            <translation>um cache de cabeçalhos</translation>
        </message>
        <message>
            <source>a template</source>
            <translation>um modelo</translation>
        </message>
        <message>
            <source>a JSON file</source>
            <translation>um arquivo JSON</translation>
        </message>
        <message>
            <source>a JSON Lines file</source>
            <translation>um arquivo JSON Lines</translation>
        </message>
        <message>
            <source>a file to import</source>
            <translation>um arquivo para importar</translation>
        </message>
        <message>
            <source>a zip archive</source>
            <translation>um arquivo zip</translation>
        </message>
    </context>
    <context>
        <name>FileRefused</name>
        <message>
            <source>larger than {size}, too large for {kind}.</source>
            <translation>maior que {size}, grande demais para {kind}.</translation>
        </message>
        <message>
            <source>this is a folder, not a file.</source>
            <translation>isto é uma pasta, não um arquivo.</translation>
        </message>
        <message>
            <source>this is a pipe (FIFO), not a file; Rapport reads only regular files.</source>
            <translation>isto é um pipe (FIFO), não um arquivo; o Rapport só lê arquivos comuns.</translation>
        </message>
        <message>
            <source>this is a device, not a file; Rapport reads only regular files.</source>
            <translation>isto é um dispositivo, não um arquivo; o Rapport só lê arquivos comuns.</translation>
        </message>
        <message>
            <source>this is a socket, not a file; Rapport reads only regular files.</source>
            <translation>isto é um socket, não um arquivo; o Rapport só lê arquivos comuns.</translation>
        </message>
        <message>
            <source>cannot be read ({error}).</source>
            <translation>não pode ser lido ({error}).</translation>
        </message>
        <message>
            <source>{count} MB</source>
            <translation>{count} MB</translation>
        </message>
        <message>
            <source>{count} KB</source>
            <translation>{count} KB</translation>
        </message>
        <message>
            <source>no such file.</source>
            <translation>esse arquivo não existe.</translation>
        </message>
        <message>
            <source>a symbolic link, which is not read here.</source>
            <translation>um link simbólico, que não é lido aqui.</translation>
        </message>
        <message>
            <source>not a regular file; Rapport reads only regular files.</source>
            <translation>não é um arquivo comum; o Rapport só lê arquivos comuns.</translation>
        </message>
    </context>
    <context>
        <name>FindingsModel</name>
        <message>
            <source>“{words}”: {finding}</source>
            <translation>“{words}”: {finding}</translation>
        </message>
        <message>
            <source>{finding} (×{count})</source>
            <translation>{finding} (×{count})</translation>
        </message>
        <message>
            <source>{severity}: {finding}</source>
            <translation>{severity}: {finding}</translation>
        </message>
        <message>
            <source>{finding}
Suggestions: {suggestions}</source>
            <translation>{finding}
Sugestões: {suggestions}</translation>
        </message>
        <message>
            <source>Stops sending</source>
            <translation>Impede o envio</translation>
        </message>
        <message>
            <source>Weak</source>
            <comment>a finding that weakens the message</comment>
            <translation>Enfraquece</translation>
        </message>
        <message>
            <source>Note</source>
            <comment>a finding that is only a note</comment>
            <translation>Observação</translation>
        </message>
    </context>
    <context>
        <name>FirstRunDialog</name>
        <message>
            <source>Welcome to Rapport</source>
            <translation>Boas-vindas ao Rapport</translation>
        </message>
        <message>
            <source>As you sign your messages</source>
            <translation>Como você assina suas mensagens</translation>
        </message>
        <message>
            <source>e.g. Lisbon: people near you are offered a coffee</source>
            <translation>ex.: São Paulo (quem mora perto recebe um convite para um café)</translation>
        </message>
        <message numerus="yes">
            <source>&amp;Free: notes of up to {limit} characters, about %Ln personalised notes a month</source>
            <translation>
                <numerusform>&amp;Gratuita: notas de até {limit} caracteres, cerca de %Ln nota personalizada por mês</numerusform>
                <numerusform>&amp;Gratuita: notas de até {limit} caracteres, cerca de %Ln notas personalizadas por mês</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Premium: notes of up to {limit} characters</source>
            <translation>&amp;Premium: notas de até {limit} caracteres</translation>
        </message>
        <message>
            <source>&amp;Add a contact</source>
            <translation>&amp;Adicionar um contato</translation>
        </message>
        <message>
            <source>&amp;Import a LinkedIn export…</source>
            <translation>&amp;Importar uma exportação do LinkedIn…</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>Agora não</translation>
        </message>
        <message>
            <source>Your &amp;name</source>
            <translation>Seu &amp;nome</translation>
        </message>
        <message>
            <source>Your &amp;location</source>
            <translation>Sua &amp;localização</translation>
        </message>
        <message>
            <source>LinkedIn account</source>
            <translation>Conta do LinkedIn</translation>
        </message>
        <message>
            <source>Rapport signs messages with your name, knows who lives near you, and counts characters against your account's limit. Settings (Ctrl+,) change these later.</source>
            <translation>O Rapport assina as mensagens com seu nome, sabe quem mora perto de você e conta os caracteres de acordo com o limite da sua conta. Você pode mudar isso depois nas Configurações (Ctrl+,).</translation>
        </message>
        <message>
            <source>Next, add someone you want to write to, or import the connections and invitations of your LinkedIn data export.
Rapport then suggests a message for each person from what you know about them.</source>
            <translation>Agora adicione alguém para quem você quer escrever, ou importe as conexões e os convites da sua exportação de dados do LinkedIn.
O Rapport então sugere uma mensagem para cada pessoa com base no que você sabe sobre ela.</translation>
        </message>
    </context>
    <context>
        <name>FirstSteps</name>
        <message>
            <source>Pick someone in the list to write to, or add the person you want to connect with.
With a LinkedIn data export, your connections and invitations come in at once.</source>
            <translation>Escolha na lista alguém para quem escrever, ou adicione a pessoa com quem você quer se conectar.
Com uma exportação de dados do LinkedIn, suas conexões e seus convites entram de uma só vez.</translation>
        </message>
        <message>
            <source>&amp;New contact</source>
            <translation>&amp;Novo contato</translation>
        </message>
        <message>
            <source>Add someone to write to (Ctrl+N)</source>
            <translation>Adicionar alguém para quem escrever (Ctrl+N)</translation>
        </message>
        <message>
            <source>Import a &amp;LinkedIn export…</source>
            <translation>Importar exportação do &amp;LinkedIn…</translation>
        </message>
        <message>
            <source>Read the zip LinkedIn sends you (Ctrl+I)</source>
            <translation>Ler o arquivo zip que o LinkedIn envia para você (Ctrl+I)</translation>
        </message>
    </context>
    <context>
        <name>FolderText</name>
        <message>
            <source>Choose a folder for your data.</source>
            <translation>Escolha uma pasta para os seus dados.</translation>
        </message>
        <message>
            <source>{folder} is not a full path; give the whole path.</source>
            <translation>{folder} não é um caminho completo; informe o caminho inteiro.</translation>
        </message>
        <message>
            <source>{folder} is a file, not a folder.</source>
            <translation>{folder} é um arquivo, não uma pasta.</translation>
        </message>
        <message>
            <source>Rapport may not write in {folder}; choose another folder.</source>
            <translation>O Rapport não tem permissão para gravar em {folder}; escolha outra pasta.</translation>
        </message>
        <message>
            <source>{folder} cannot be created: Rapport may not write in {parent}.</source>
            <translation>Não é possível criar {folder}: o Rapport não tem permissão para gravar em {parent}.</translation>
        </message>
        <message>
            <source>Rapport cannot write in {folder} ({error}); choose another folder.</source>
            <translation>O Rapport não consegue gravar em {folder} ({error}); escolha outra pasta.</translation>
        </message>
        <message>
            <source>{folder} already holds Rapport data; nothing was copied.</source>
            <translation>{folder} já contém dados do Rapport; nada foi copiado.</translation>
        </message>
        <message>
            <source>Your data could not be copied to {folder} ({error}); nothing was copied, and your data stays in {current}.</source>
            <translation>Não foi possível copiar os seus dados para {folder} ({error}); nada foi copiado, e os seus dados continuam em {current}.</translation>
        </message>
        <message>
            <source>The new data folder could not be recorded in {file} ({error}).</source>
            <translation>Não foi possível registrar a nova pasta de dados em {file} ({error}).</translation>
        </message>
    </context>
    <context>
        <name>FollowUpModel</name>
        <message>
            <source>Say thank you</source>
            <translation>Agradecer</translation>
        </message>
        <message>
            <source>Keep in touch</source>
            <translation>Manter contato</translation>
        </message>
        <message>
            <source>{name} · {action}</source>
            <translation>{name} · {action}</translation>
        </message>
        <message>
            <source>{name}: {action}. {detail}</source>
            <translation>{name}: {action}. {detail}</translation>
        </message>
        <message>
            <source>Press Enter or double-click to write to {name} with “{template}”.</source>
            <translation>Pressione Enter ou clique duas vezes para escrever para {name} com “{template}”.</translation>
        </message>
    </context>
    <context>
        <name>FollowUpsView</name>
        <message>
            <source>Follow-ups to do</source>
            <translation>Acompanhamentos pendentes</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>Contando…</translation>
        </message>
        <message>
            <source>&amp;Write to them</source>
            <translation>Escre&amp;ver</translation>
        </message>
        <message>
            <source>Write to the chosen person</source>
            <translation>Escrever para a pessoa escolhida</translation>
        </message>
        <message>
            <source>Nothing to follow up: everyone who accepted lately has heard from you, and nobody is past their keep-in-touch cadence.</source>
            <translation>Nenhum acompanhamento pendente: todos que aceitaram recentemente já receberam uma mensagem sua, e ninguém passou da frequência de contato definida.</translation>
        </message>
        <message>
            <source>{to_thank} to thank for accepting, {due} due a word by their keep-in-touch cadence. Press Enter on one to write to them.</source>
            <translation>{to_thank} para agradecer por aceitar, {due} para contatar conforme a frequência definida. Pressione Enter em uma pessoa para escrever para ela.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln people</source>
            <translation>
                <numerusform>%Ln pessoa</numerusform>
                <numerusform>%Ln pessoas</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FrontMatterError</name>
        <message>
            <source>longer than {count} characters</source>
            <translation>tem mais de {count} caracteres</translation>
        </message>
        <message>
            <source>not valid YAML</source>
            <translation>não é YAML válido</translation>
        </message>
        <message>
            <source>using a YAML anchor or alias ('&amp;' or '*'), which Rapport does not read</source>
            <translation>usa uma âncora ou um alias YAML ('&amp;' ou '*'), que o Rapport não lê</translation>
        </message>
        <message>
            <source>nested more than {depth} levels deep</source>
            <translation>tem mais de {depth} níveis de aninhamento</translation>
        </message>
        <message>
            <source>more than {count} values</source>
            <translation>tem mais de {count} valores</translation>
        </message>
    </context>
    <context>
        <name>FrontMatterForm</name>
        <message>
            <source>Template name</source>
            <translation>Nome do modelo</translation>
        </message>
        <message>
            <source>letters, digits, - and _</source>
            <translation>letras, dígitos, - e _</translation>
        </message>
        <message>
            <source>Kind of message</source>
            <translation>Tipo de mensagem</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Canal</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Descrição</translation>
        </message>
        <message>
            <source>When to use this template</source>
            <translation>Quando usar este modelo</translation>
        </message>
        <message>
            <source>Required fields</source>
            <translation>Campos obrigatórios</translation>
        </message>
        <message>
            <source>first_name, how_met</source>
            <comment>an example of field names: keep them as written</comment>
            <translation>first_name, how_met</translation>
        </message>
        <message>
            <source>The contact fields this template cannot do without, separated by commas.</source>
            <translation>Os campos do contato sem os quais este modelo não funciona, separados por vírgulas.</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>N&amp;ome</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Tipo</translation>
        </message>
        <message>
            <source>C&amp;hannel</source>
            <translation>&amp;Canal</translation>
        </message>
        <message>
            <source>&amp;Description</source>
            <translation>Desc&amp;rição</translation>
        </message>
        <message>
            <source>&amp;Required fields</source>
            <translation>Campos obri&amp;gatórios</translation>
        </message>
    </context>
    <context>
        <name>GapForm</name>
        <message>
            <source>Missing from the contact</source>
            <translation>Faltando no contato</translation>
        </message>
        <message>
            <source>Fields missing from the contact</source>
            <translation>Campos que faltam no contato</translation>
        </message>
        <message>
            <source>Used for this message only, unless you save them.</source>
            <translation>Usados só nesta mensagem, a menos que você os salve.</translation>
        </message>
        <message>
            <source>Missing from {name}’s contact</source>
            <translation>Faltando no contato de {name}</translation>
        </message>
        <message>
            <source>Save to {name}’s contact</source>
            <translation>Salvar no contato de {name}</translation>
        </message>
        <message>
            <source>Save these fields to {name}’s contact</source>
            <translation>Salvar estes campos no contato de {name}</translation>
        </message>
        <message>
            <source>Keep these values in {name}’s contact for later messages ({shortcut})</source>
            <translation>Guardar estes valores no contato de {name} para as próximas mensagens ({shortcut})</translation>
        </message>
        <message>
            <source>Save to the contact</source>
            <translation>Salvar no contato</translation>
        </message>
        <message>
            <source>Save these fields to the contact</source>
            <translation>Salvar estes campos no contato</translation>
        </message>
        <message>
            <source>Keep these values in the contact for later messages ({shortcut})</source>
            <translation>Guardar estes valores no contato para as próximas mensagens ({shortcut})</translation>
        </message>
    </context>
    <context>
        <name>GrammarPage</name>
        <message>
            <source>On this &amp;computer (a LanguageTool server Rapport starts)</source>
            <translation>Neste &amp;computador (um servidor LanguageTool que o Rapport inicia)</translation>
        </message>
        <message>
            <source>On a LanguageTool &amp;server elsewhere</source>
            <translation>Em um &amp;servidor LanguageTool em outro lugar</translation>
        </message>
        <message>
            <source>With LanguageTool Pre&amp;mium</source>
            <translation>Com o LanguageTool Pre&amp;mium</translation>
        </message>
        <message>
            <source>&amp;Off</source>
            <translation>Des&amp;ativada</translation>
        </message>
        <message>
            <source>English (US)</source>
            <translation>Inglês (EUA)</translation>
        </message>
        <message>
            <source>English (UK)</source>
            <translation>Inglês (Reino Unido)</translation>
        </message>
        <message>
            <source>English (Canada)</source>
            <translation>Inglês (Canadá)</translation>
        </message>
        <message>
            <source>English (Australia)</source>
            <translation>Inglês (Austrália)</translation>
        </message>
        <message>
            <source>German (Germany)</source>
            <translation>Alemão (Alemanha)</translation>
        </message>
        <message>
            <source>German (Austria)</source>
            <translation>Alemão (Áustria)</translation>
        </message>
        <message>
            <source>German (Switzerland)</source>
            <translation>Alemão (Suíça)</translation>
        </message>
        <message>
            <source>French</source>
            <translation>Francês</translation>
        </message>
        <message>
            <source>Spanish</source>
            <translation>Espanhol</translation>
        </message>
        <message>
            <source>Italian</source>
            <translation>Italiano</translation>
        </message>
        <message>
            <source>Dutch</source>
            <translation>Holandês</translation>
        </message>
        <message>
            <source>Portuguese (Portugal)</source>
            <translation>Português (Portugal)</translation>
        </message>
        <message>
            <source>Portuguese (Brazil)</source>
            <translation>Português (Brasil)</translation>
        </message>
        <message>
            <source>Polish</source>
            <translation>Polonês</translation>
        </message>
        <message>
            <source>Swedish</source>
            <translation>Sueco</translation>
        </message>
        <message>
            <source>Danish</source>
            <translation>Dinamarquês</translation>
        </message>
        <message>
            <source>Catalan</source>
            <translation>Catalão</translation>
        </message>
        <message>
            <source>Ukrainian</source>
            <translation>Ucraniano</translation>
        </message>
        <message>
            <source>Detect the language</source>
            <translation>Detectar o idioma</translation>
        </message>
        <message>
            <source>&amp;Grammar</source>
            <translation>&amp;Gramática</translation>
        </message>
        <message>
            <source>Grammar and spelling checks</source>
            <translation>Verificação de gramática e ortografia</translation>
        </message>
        <message>
            <source>Grammar checks: {where}</source>
            <translation>Verificação gramatical: {where}</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>Idi&amp;oma</translation>
        </message>
        <message>
            <source>LanguageTool on this computer</source>
            <translation>LanguageTool neste computador</translation>
        </message>
        <message>
            <source>Do&amp;wnload LanguageTool ({size}) if it is not installed</source>
            <translation>&amp;Baixar o LanguageTool ({size}) se não estiver instalado</translation>
        </message>
        <message>
            <source> min</source>
            <comment>spin box suffix: minutes</comment>
            <translation> min</translation>
        </message>
        <message>
            <source>Stop it after, &amp;unused</source>
            <translation>Parar se ficar sem &amp;uso por</translation>
        </message>
        <message>
            <source>One server serves the window and the rapport command alike.</source>
            <translation>Um único servidor atende a janela e o comando rapport.</translation>
        </message>
        <message>
            <source>Grammar server</source>
            <translation>Servidor de gramática</translation>
        </message>
        <message>
            <source>Only if it asks for a login</source>
            <translation>Só se o servidor pedir login</translation>
        </message>
        <message>
            <source>Add&amp;ress</source>
            <translation>&amp;Endereço</translation>
        </message>
        <message>
            <source>&amp;Username</source>
            <translation>&amp;Nome de usuário</translation>
        </message>
        <message>
            <source>Pass&amp;word or API key</source>
            <translation>Senha ou c&amp;have de API</translation>
        </message>
        <message>
            <source>LanguageTool Premium</source>
            <translation>LanguageTool Premium</translation>
        </message>
        <message>
            <source>Your account's e-mail address</source>
            <translation>O e-mail da sua conta</translation>
        </message>
        <message>
            <source>API &amp;key</source>
            <translation>Chave de A&amp;PI</translation>
        </message>
        <message>
            <source>The API key is in your LanguageTool account, under Access tokens.</source>
            <translation>A chave de API está na sua conta do LanguageTool, em Access tokens.</translation>
        </message>
        <message>
            <source>System keyring</source>
            <translation>Chaveiro do sistema</translation>
        </message>
        <message>
            <source>Cannot be stored: see below</source>
            <translation>Não pode ser guardada: veja abaixo</translation>
        </message>
        <message>
            <source>Passwords and API keys go to the system keyring.</source>
            <translation>Senhas e chaves de API ficam no chaveiro do sistema.</translation>
        </message>
    </context>
    <context>
        <name>GrammarText</name>
        <message>
            <source>Restarting it.</source>
            <translation>Reiniciando.</translation>
        </message>
        <message>
            <source>It restarts with the next check.</source>
            <translation>Ele será reiniciado na próxima verificação.</translation>
        </message>
        <message>
            <source>Trying again.</source>
            <translation>Tentando novamente.</translation>
        </message>
        <message>
            <source>LanguageTool Premium</source>
            <translation>O LanguageTool Premium</translation>
        </message>
        <message>
            <source>The grammar server at {host}</source>
            <translation>O servidor de gramática em {host}</translation>
        </message>
        <message>
            <source>The local grammar server</source>
            <translation>O servidor de gramática local</translation>
        </message>
        <message>
            <source>about {megabytes} MB</source>
            <translation>cerca de {megabytes} MB</translation>
        </message>
        <message numerus="yes">
            <source>%n seconds</source>
            <translation>
                <numerusform>%n segundo</numerusform>
                <numerusform>%n segundos</numerusform>
            </translation>
        </message>
        <message>
            <source>{number} seconds</source>
            <translation>{number} segundos</translation>
        </message>
        <message numerus="yes">
            <source>%n minutes</source>
            <translation>
                <numerusform>%n minuto</numerusform>
                <numerusform>%n minutos</numerusform>
            </translation>
        </message>
        <message>
            <source>{number} minutes</source>
            <translation>{number} minutos</translation>
        </message>
        <message numerus="yes">
            <source>%n ports</source>
            <translation>
                <numerusform>%n porta</numerusform>
                <numerusform>%n portas</numerusform>
            </translation>
        </message>
        <message>
            <source>{number} ports</source>
            <translation>{number} portas</translation>
        </message>
        <message>
            <source>English</source>
            <translation>inglês</translation>
        </message>
        <message>
            <source>German</source>
            <translation>alemão</translation>
        </message>
        <message>
            <source>French</source>
            <translation>francês</translation>
        </message>
        <message>
            <source>Spanish</source>
            <translation>espanhol</translation>
        </message>
        <message>
            <source>Portuguese</source>
            <translation>português</translation>
        </message>
        <message>
            <source>language detection</source>
            <translation>detecção de idioma</translation>
        </message>
        <message>
            <source>{languages} and {language}</source>
            <translation>{languages} e {language}</translation>
        </message>
        <message>
            <source>Checking with LanguageTool Premium.</source>
            <translation>Verificando com o LanguageTool Premium.</translation>
        </message>
        <message>
            <source>Checking with the grammar server at {host}.</source>
            <translation>Verificando com o servidor de gramática em {host}.</translation>
        </message>
        <message>
            <source>Checking with the local LanguageTool {version} server.</source>
            <translation>Verificando com o servidor local do LanguageTool {version}.</translation>
        </message>
        <message>
            <source>{server} stopped unexpectedly (killed by {signal}).</source>
            <translation>{server} parou inesperadamente (encerrado por {signal}).</translation>
        </message>
        <message>
            <source>{server} stopped unexpectedly (killed by signal {number}).</source>
            <translation>{server} parou inesperadamente (encerrado pelo sinal {number}).</translation>
        </message>
        <message>
            <source>{server} stopped unexpectedly (exit code {code}): {detail}</source>
            <translation>{server} parou inesperadamente (código de saída {code}): {detail}</translation>
        </message>
        <message>
            <source>{server} stopped unexpectedly (exit code {code}).</source>
            <translation>{server} parou inesperadamente (código de saída {code}).</translation>
        </message>
        <message>
            <source>{server} refused access (HTTP {code}): {detail}</source>
            <translation>{server} recusou o acesso (HTTP {code}): {detail}</translation>
        </message>
        <message>
            <source>{server} refused access (HTTP {code}).</source>
            <translation>{server} recusou o acesso (HTTP {code}).</translation>
        </message>
        <message>
            <source>{server} answered with an error (HTTP {code}): {detail}</source>
            <translation>{server} respondeu com um erro (HTTP {code}): {detail}</translation>
        </message>
        <message>
            <source>{server} answered with an error (HTTP {code}).</source>
            <translation>{server} respondeu com um erro (HTTP {code}).</translation>
        </message>
        <message>
            <source>LanguageTool Premium needs its API key from the system keyring, but this system has no keyring Rapport can use.</source>
            <translation>O LanguageTool Premium precisa da chave de API guardada no chaveiro do sistema, mas este sistema não tem nenhum chaveiro que o Rapport possa usar.</translation>
        </message>
        <message>
            <source>The grammar server's login needs its password from the system keyring, but this system has no keyring Rapport can use.</source>
            <translation>O login no servidor de gramática precisa da senha guardada no chaveiro do sistema, mas este sistema não tem nenhum chaveiro que o Rapport possa usar.</translation>
        </message>
        <message>
            <source>LanguageTool Premium needs its API key from the system keyring, but the keyring configured for Python cannot be loaded ({error}).</source>
            <translation>O LanguageTool Premium precisa da chave de API guardada no chaveiro do sistema, mas o chaveiro configurado para o Python não pode ser carregado ({error}).</translation>
        </message>
        <message>
            <source>The grammar server's login needs its password from the system keyring, but the keyring configured for Python cannot be loaded ({error}).</source>
            <translation>O login no servidor de gramática precisa da senha guardada no chaveiro do sistema, mas o chaveiro configurado para o Python não pode ser carregado ({error}).</translation>
        </message>
        <message>
            <source>LanguageTool Premium needs its API key from the system keyring, but the keyring refused ({error}).</source>
            <translation>O LanguageTool Premium precisa da chave de API guardada no chaveiro do sistema, mas o chaveiro recusou o acesso ({error}).</translation>
        </message>
        <message>
            <source>The grammar server's login needs its password from the system keyring, but the keyring refused ({error}).</source>
            <translation>O login no servidor de gramática precisa da senha guardada no chaveiro do sistema, mas o chaveiro recusou o acesso ({error}).</translation>
        </message>
        <message>
            <source>No LanguageTool Premium API key is stored in the system keyring (service "{service}", entry "{entry}"). Add it in Settings.</source>
            <translation>Nenhuma chave de API do LanguageTool Premium está guardada no chaveiro do sistema (serviço "{service}", entrada "{entry}"). Adicione-a nas Configurações.</translation>
        </message>
        <message>
            <source>No grammar server password or API key is stored in the system keyring (service "{service}", entry "{entry}"). Add it in Settings.</source>
            <translation>Nenhuma senha ou chave de API do servidor de gramática está guardada no chaveiro do sistema (serviço "{service}", entrada "{entry}"). Adicione-a nas Configurações.</translation>
        </message>
        <message>
            <source>Grammar checks are off: LanguageTool {version} has to be downloaded once (about {megabytes} MB), and {host} cannot be reached ({error}). Connect to the internet, or choose a remote LanguageTool server in Settings.</source>
            <translation>A verificação gramatical está desativada: o LanguageTool {version} precisa ser baixado uma vez (cerca de {megabytes} MB), e não é possível acessar {host} ({error}). Conecte-se à internet ou escolha um servidor remoto do LanguageTool nas Configurações.</translation>
        </message>
        <message>
            <source>Grammar checks are off: LanguageTool {version} has to be downloaded once (about {megabytes} MB), and {host} does not answer. Connect to the internet, or choose a remote LanguageTool server in Settings.</source>
            <translation>A verificação gramatical está desativada: o LanguageTool {version} precisa ser baixado uma vez (cerca de {megabytes} MB), e {host} não responde. Conecte-se à internet ou escolha um servidor remoto do LanguageTool nas Configurações.</translation>
        </message>
        <message>
            <source>The local grammar server could not be started: {error}</source>
            <translation>Não foi possível iniciar o servidor de gramática local: {error}</translation>
        </message>
        <message>
            <source>The local grammar server could not be started.</source>
            <translation>Não foi possível iniciar o servidor de gramática local.</translation>
        </message>
        <message>
            <source>The LanguageTool server in {path} is incomplete ({file} is missing). Delete that folder and build it again with packaging/languagetool/build.sh.</source>
            <translation>O servidor do LanguageTool em {path} está incompleto (falta {file}). Exclua essa pasta e gere-o de novo com packaging/languagetool/build.sh.</translation>
        </message>
        <message>
            <source>The LanguageTool server in {path} is incomplete (its list of jars is empty). Delete that folder and build it again with packaging/languagetool/build.sh.</source>
            <translation>O servidor do LanguageTool em {path} está incompleto (a lista de arquivos JAR está vazia). Exclua essa pasta e gere-o de novo com packaging/languagetool/build.sh.</translation>
        </message>
        <message>
            <source>Grammar checks are turned off in the settings.</source>
            <translation>A verificação gramatical está desativada nas configurações.</translation>
        </message>
        <message>
            <source>Grammar checks have been shut down.</source>
            <translation>A verificação gramatical foi encerrada.</translation>
        </message>
        <message>
            <source>{server} starts with the first check.</source>
            <translation>{server} inicia com a primeira verificação.</translation>
        </message>
        <message>
            <source>Starting LanguageTool {version}; checks begin when it is ready.</source>
            <translation>Iniciando o LanguageTool {version}; as verificações começam quando ele estiver pronto.</translation>
        </message>
        <message>
            <source>Downloading LanguageTool {version} (about {megabytes} MB) for grammar checks…</source>
            <translation>Baixando o LanguageTool {version} (cerca de {megabytes} MB) para a verificação gramatical…</translation>
        </message>
        <message>
            <source>LanguageTool is loading its {languages} rules; the first check in a language takes a few seconds.</source>
            <translation>O LanguageTool está carregando as regras de {languages}; a primeira verificação em um idioma leva alguns segundos.</translation>
        </message>
        <message>
            <source>Grammar checks are off: LanguageTool is not installed on this computer, and Rapport downloads it (about {megabytes} MB) only when you ask. Allow the download in Settings, Grammar, or choose a remote LanguageTool server there.</source>
            <translation>A verificação gramatical está desativada: o LanguageTool não está instalado neste computador, e o Rapport só o baixa (cerca de {megabytes} MB) quando você pedir. Permita o download em Configurações, Gramática, ou escolha ali um servidor remoto do LanguageTool.</translation>
        </message>
        <message>
            <source>{server} was stopped.</source>
            <translation>{server} foi parado.</translation>
        </message>
        <message>
            <source>{server} stopped after {minutes} without checks.</source>
            <translation>{server} parou após {minutes} sem verificações.</translation>
        </message>
        <message>
            <source>{server} stopped unexpectedly.</source>
            <translation>{server} parou inesperadamente.</translation>
        </message>
        <message>
            <source>{server} ran out of memory and stopped.</source>
            <translation>{server} ficou sem memória e parou.</translation>
        </message>
        <message>
            <source>The Java found is too old for LanguageTool {version}; it needs Java {java} or newer.</source>
            <translation>O Java encontrado é antigo demais para o LanguageTool {version}; ele precisa do Java {java} ou mais recente.</translation>
        </message>
        <message>
            <source>Java was not found. Local grammar checks need Java {java} or newer; install it, or choose a remote LanguageTool server in Settings.</source>
            <translation>O Java não foi encontrado. A verificação gramatical local precisa do Java {java} ou mais recente; instale-o ou escolha um servidor remoto do LanguageTool nas Configurações.</translation>
        </message>
        <message>
            <source>{server} did not start within {seconds}.</source>
            <translation>{server} não iniciou em {seconds}.</translation>
        </message>
        <message>
            <source>{server} did not answer within {seconds}.</source>
            <translation>{server} não respondeu em {seconds}.</translation>
        </message>
        <message>
            <source>{server} refused the connection: it is not running, or not on that port.</source>
            <translation>{server} recusou a conexão: ele não está em execução, ou não nessa porta.</translation>
        </message>
        <message>
            <source>{server} cannot be found; check the address and the network connection.</source>
            <translation>{server} não foi encontrado; verifique o endereço e a conexão de rede.</translation>
        </message>
        <message>
            <source>{server} cannot be reached securely ({detail}).</source>
            <translation>{server} não pode ser acessado com segurança ({detail}).</translation>
        </message>
        <message>
            <source>{server} broke off the connection before answering.</source>
            <translation>{server} interrompeu a conexão antes de responder.</translation>
        </message>
        <message>
            <source>{server} sent an answer that is not LanguageTool's.</source>
            <translation>{server} enviou uma resposta que não é do LanguageTool.</translation>
        </message>
        <message>
            <source>{server} cannot be reached: {detail}.</source>
            <translation>{server} não pode ser acessado: {detail}.</translation>
        </message>
        <message>
            <source>{server} refused the text as too long.</source>
            <translation>{server} recusou o texto por ser longo demais.</translation>
        </message>
        <message>
            <source>{server} is limiting how often it may be asked; checks resume in a moment.</source>
            <translation>{server} está limitando a frequência das consultas; as verificações voltam em instantes.</translation>
        </message>
        <message>
            <source>Rapport sends the grammar server's password only over HTTPS, and its address in Settings does not start with https://.</source>
            <translation>O Rapport só envia a senha do servidor de gramática por HTTPS, e o endereço dele nas Configurações não começa com https://.</translation>
        </message>
        <message>
            <source>LanguageTool Premium sends your API key only over HTTPS, and its address in Settings does not start with https://.</source>
            <translation>Sua chave de API só é enviada ao LanguageTool Premium por HTTPS, e o endereço nas Configurações não começa com https://.</translation>
        </message>
        <message>
            <source>LanguageTool Premium needs your username (your account's e-mail address); set it in Settings.</source>
            <translation>O LanguageTool Premium precisa do seu nome de usuário (o e-mail da sua conta); informe-o nas Configurações.</translation>
        </message>
        <message>
            <source>Grammar checks are off: downloading LanguageTool {version} failed ({error}). Choose a remote LanguageTool server in Settings to check without it.</source>
            <translation>A verificação gramatical está desativada: o download do LanguageTool {version} falhou ({error}). Escolha um servidor remoto do LanguageTool nas Configurações para verificar sem ele.</translation>
        </message>
        <message>
            <source>Java at {path} could not be started: {error}.</source>
            <translation>Não foi possível iniciar o Java em {path}: {error}.</translation>
        </message>
        <message>
            <source>Another program answered on the local grammar server's port.</source>
            <translation>Outro programa respondeu na porta do servidor de gramática local.</translation>
        </message>
        <message>
            <source>The local grammar server found no free port on this computer; it tried {ports}.</source>
            <translation>O servidor de gramática local não encontrou nenhuma porta livre neste computador; tentou {ports}.</translation>
        </message>
        <message>
            <source>Another Rapport has been starting the local grammar server for {seconds}; try again in a moment.</source>
            <translation>Outra instância do Rapport está iniciando o servidor de gramática local há {seconds}; tente de novo daqui a pouco.</translation>
        </message>
        <message>
            <source>The LanguageTool {version} server is not installed in {path}. Build it with packaging/languagetool/build.sh (needs Maven and a network).</source>
            <translation>O servidor do LanguageTool {version} não está instalado em {path}. Gere-o com packaging/languagetool/build.sh (precisa do Maven e de conexão de rede).</translation>
        </message>
        <message>
            <source>The LanguageTool server in {path} cannot be read: {error}.</source>
            <translation>Não é possível ler o servidor do LanguageTool em {path}: {error}.</translation>
        </message>
        <message>
            <source>The LanguageTool download in {path} is incomplete ({file} is missing). Delete that folder, and Rapport downloads it again.</source>
            <translation>O download do LanguageTool em {path} está incompleto (falta {file}). Exclua essa pasta, e o Rapport vai baixá-lo de novo.</translation>
        </message>
        <message>
            <source>Grammar checks are off: the grammar server's address is not set. Enter it in Settings, Grammar.</source>
            <translation>A verificação gramatical está desativada: o endereço do servidor de gramática não está definido. Informe-o em Configurações, Gramática.</translation>
        </message>
        <message>
            <source>Grammar checks are off: the grammar server's address in the settings is not a web address such as https://languagetool.example.org or http://localhost:8081. Correct it in Settings, Grammar.</source>
            <translation>A verificação gramatical está desativada: o endereço do servidor de gramática nas configurações não é um endereço web como https://languagetool.example.org ou http://localhost:8081. Corrija-o em Configurações, Gramática.</translation>
        </message>
        <message>
            <source>Grammar checks are off: the grammar server's address in the settings holds a username or password. Enter those in their own fields in Settings, Grammar.</source>
            <translation>A verificação gramatical está desativada: o endereço do servidor de gramática nas configurações contém um nome de usuário ou uma senha. Informe-os nos campos próprios em Configurações, Gramática.</translation>
        </message>
    </context>
    <context>
        <name>GroupText</name>
        <message>
            <source>Friends</source>
            <translation>Amigos</translation>
        </message>
        <message>
            <source>Former colleagues</source>
            <translation>Ex-colegas</translation>
        </message>
        <message>
            <source>Clients</source>
            <translation>Clientes</translation>
        </message>
        <message>
            <source>Recruiters</source>
            <translation>Recrutadores</translation>
        </message>
        <message>
            <source>Vendors</source>
            <translation>Fornecedores</translation>
        </message>
        <message>
            <source>Met once</source>
            <translation>Vistos uma vez</translation>
        </message>
        <message>
            <source>Never met</source>
            <translation>Nunca vistos</translation>
        </message>
    </context>
    <context>
        <name>HistoryModel</name>
        <message>
            <source>Sent</source>
            <comment>column: when the message was sent</comment>
            <translation>Envio</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contato</translation>
        </message>
        <message>
            <source>Template</source>
            <translation>Modelo</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Mensagem</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Pontos</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>No template</source>
            <translation>Sem modelo</translation>
        </message>
        <message>
            <source>Template file: {file}</source>
            <translation>Arquivo do modelo: {file}</translation>
        </message>
        <message>
            <source>Sent without a note.</source>
            <translation>Enviado sem nota.</translation>
        </message>
        <message numerus="yes">
            <source>No answer in %Ln days: counted as no answer in the statistics. Click or press F2 to change.</source>
            <translation>
                <numerusform>Sem resposta há %Ln dia: conta como sem resposta nas estatísticas. Clique ou pressione F2 para alterar.</numerusform>
                <numerusform>Sem resposta há %Ln dias: conta como sem resposta nas estatísticas. Clique ou pressione F2 para alterar.</numerusform>
            </translation>
        </message>
        <message>
            <source>Click or press F2 to change.</source>
            <translation>Clique ou pressione F2 para alterar.</translation>
        </message>
        <message numerus="yes">
            <source>No answer (pending %Ln days)</source>
            <translation>
                <numerusform>Sem resposta (pendente há %Ln dia)</numerusform>
                <numerusform>Sem resposta (pendente há %Ln dias)</numerusform>
            </translation>
        </message>
        <message>
            <source>Pending (sent today)</source>
            <translation>Pendente (enviada hoje)</translation>
        </message>
        <message numerus="yes">
            <source>Pending (%Ln days)</source>
            <translation>
                <numerusform>Pendente (%Ln dia)</numerusform>
                <numerusform>Pendente (%Ln dias)</numerusform>
            </translation>
        </message>
        <message>
            <source>(no note)</source>
            <translation>(sem nota)</translation>
        </message>
    </context>
    <context>
        <name>HistoryPage</name>
        <message>
            <source>History, statistics and follow-ups</source>
            <translation>Histórico, estatísticas e acompanhamentos</translation>
        </message>
        <message>
            <source>&amp;History</source>
            <translation>&amp;Histórico</translation>
        </message>
        <message>
            <source>&amp;Statistics</source>
            <translation>&amp;Estatísticas</translation>
        </message>
        <message>
            <source>Follow-&amp;ups</source>
            <translation>Acom&amp;panhamentos</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Atualizar</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>Contando…</translation>
        </message>
        <message>
            <source>The statistics could not be counted: {error}</source>
            <translation>Não foi possível calcular as estatísticas: {error}</translation>
        </message>
        <message>
            <source>{messages} to {contacts}, as of {time}. Acceptance counts invitations accepted (replied ones included) out of those decided; invitations pending over {days} count as no answer.</source>
            <translation>{messages} para {contacts} (dados de {time}). A aceitação conta os convites aceitos (incluindo os respondidos) entre os concluídos; convites pendentes há mais de {days} contam como sem resposta.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln messages</source>
            <translation>
                <numerusform>%Ln mensagem</numerusform>
                <numerusform>%Ln mensagens</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln contacts</source>
            <translation>
                <numerusform>%Ln contato</numerusform>
                <numerusform>%Ln contatos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln days</source>
            <translation>
                <numerusform>%Ln dia</numerusform>
                <numerusform>%Ln dias</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HistoryPanel</name>
        <message>
            <source>Any contact</source>
            <translation>Qualquer contato</translation>
        </message>
        <message>
            <source>Filter by contact name</source>
            <translation>Filtrar pelo nome do contato</translation>
        </message>
        <message>
            <source>Filter by template</source>
            <translation>Filtrar por modelo</translation>
        </message>
        <message>
            <source>Any template</source>
            <translation>Qualquer modelo</translation>
        </message>
        <message>
            <source>Filter by kind</source>
            <translation>Filtrar por tipo</translation>
        </message>
        <message>
            <source>Any kind</source>
            <translation>Qualquer tipo</translation>
        </message>
        <message>
            <source>Filter by outcome</source>
            <translation>Filtrar por resultado</translation>
        </message>
        <message>
            <source>Any outcome</source>
            <translation>Qualquer resultado</translation>
        </message>
        <message>
            <source>Sent on or after</source>
            <translation>Enviadas a partir de</translation>
        </message>
        <message>
            <source>Sent on or before</source>
            <translation>Enviadas até</translation>
        </message>
        <message>
            <source>C&amp;lear filters</source>
            <translation>Limpar &amp;filtros</translation>
        </message>
        <message>
            <source>Clear the history filters</source>
            <translation>Limpar os filtros do histórico</translation>
        </message>
        <message>
            <source>Messages sent</source>
            <translation>Mensagens enviadas</translation>
        </message>
        <message>
            <source>C&amp;ontact</source>
            <translation>Co&amp;ntato</translation>
        </message>
        <message>
            <source>Templ&amp;ate</source>
            <translation>Mode&amp;lo</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>T&amp;ipo</translation>
        </message>
        <message>
            <source>Outcom&amp;e</source>
            <translation>&amp;Resultado</translation>
        </message>
        <message>
            <source>F&amp;rom</source>
            <comment>sent from this date</comment>
            <translation>&amp;Desde</translation>
        </message>
        <message>
            <source>Unt&amp;il</source>
            <comment>sent until this date</comment>
            <translation>A&amp;té</translation>
        </message>
        <message>
            <source>No template (imported or typed)</source>
            <translation>Sem modelo (importada ou digitada)</translation>
        </message>
        <message numerus="yes">
            <source>%Ln messages match the filters</source>
            <translation>
                <numerusform>%Ln mensagem corresponde aos filtros</numerusform>
                <numerusform>%Ln mensagens correspondem aos filtros</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln messages</source>
            <translation>
                <numerusform>%Ln mensagem</numerusform>
                <numerusform>%Ln mensagens</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HistoryTab</name>
        <message>
            <source>Any</source>
            <comment>any date</comment>
            <translation>Qualquer</translation>
        </message>
    </context>
    <context>
        <name>ImportCancelled</name>
        <message>
            <source>The import was cancelled; nothing was saved.</source>
            <translation>A importação foi cancelada; nada foi salvo.</translation>
        </message>
    </context>
    <context>
        <name>ImportFileError</name>
        <message>
            <source>the column mapping does not fit: {problems}</source>
            <translation>o mapeamento das colunas não confere: {problems}</translation>
        </message>
        <message>
            <source>“08 Feb 2026”, “2/8/26” or “2026-02-08”</source>
            <translation>“08 Feb 2026”, “2/8/26” ou “2026-02-08”</translation>
        </message>
        <message>
            <source>“08 Feb 2026”, “2/8/26, 2:37 PM” or “2026-02-08 14:37:00 UTC”</source>
            <translation>“08 Feb 2026”, “2/8/26, 2:37 PM” ou “2026-02-08 14:37:00 UTC”</translation>
        </message>
        <message>
            <source>connection date</source>
            <translation>data de conexão</translation>
        </message>
        <message>
            <source>“Connected On” date</source>
            <translation>data em “Connected On”</translation>
        </message>
        <message>
            <source>“Sent At” time</source>
            <translation>hora em “Sent At”</translation>
        </message>
        <message>
            <source>“DATE”</source>
            <translation>data em “DATE”</translation>
        </message>
        <message>
            <source>the {column} “{value}” is not a date Rapport can read; write it like {examples}.</source>
            <translation>a {column} “{value}” não é uma data que o Rapport consiga ler; escreva-a como {examples}.</translation>
        </message>
        <message>
            <source>{file}: {problem}</source>
            <translation>{file}: {problem}</translation>
        </message>
        <message>
            <source>{file}, line {line}: {problem}</source>
            <translation>{file}, linha {line}: {problem}</translation>
        </message>
        <message>
            <source>this is a folder; choose a file.</source>
            <translation>isto é uma pasta; escolha um arquivo.</translation>
        </message>
        <message>
            <source>the file is empty.</source>
            <translation>o arquivo está vazio.</translation>
        </message>
        <message>
            <source>this is not a text file: it holds binary data (such as a spreadsheet, an image or a damaged download). Export it as CSV text and try again.</source>
            <translation>este não é um arquivo de texto: ele contém dados binários (como uma planilha, uma imagem ou um download corrompido). Exporte-o como texto CSV e tente de novo.</translation>
        </message>
        <message>
            <source>the text is not in the {encoding} encoding (byte {byte} at column {column}). Save the file as UTF-8 (in Excel: “CSV UTF-8”) and import it again.</source>
            <translation>o texto não está na codificação {encoding} (byte {byte} na coluna {column}). Salve o arquivo como UTF-8 (no Excel: “CSV UTF-8”) e importe-o de novo.</translation>
        </message>
        <message>
            <source>the file is too large to import ({size} MB; the limit is {limit} MB).</source>
            <translation>o arquivo é grande demais para importar ({size} MB; o limite é de {limit} MB).</translation>
        </message>
        <message>
            <source>no such file or folder.</source>
            <translation>esse arquivo ou pasta não existe.</translation>
        </message>
        <message>
            <source>{member} in {archive}</source>
            <translation>{member} em {archive}</translation>
        </message>
        <message>
            <source>the zip file is damaged (an incomplete download?) and this file cannot be read. Download the export again.</source>
            <translation>o arquivo zip está corrompido (um download incompleto?) e este arquivo não pode ser lido. Baixe a exportação de novo.</translation>
        </message>
        <message>
            <source>the file is encrypted; unzip it yourself and import the folder.</source>
            <translation>o arquivo está criptografado; descompacte-o você mesmo e importe a pasta.</translation>
        </message>
        <message>
            <source>this is neither a folder nor a zip file. Choose the .zip LinkedIn sent you, or the folder you unzipped it into.</source>
            <translation>isto não é nem uma pasta nem um arquivo zip. Escolha o .zip que o LinkedIn enviou a você, ou a pasta em que você o descompactou.</translation>
        </message>
        <message>
            <source>the file cannot be read ({error})</source>
            <translation>o arquivo não pode ser lido ({error})</translation>
        </message>
        <message>
            <source>this holds none of the files of LinkedIn's data export ({files}). Choose the .zip LinkedIn sent, or its folder.</source>
            <translation>aqui não há nenhum dos arquivos da exportação de dados do LinkedIn ({files}). Escolha o .zip que o LinkedIn enviou, ou a pasta dele.</translation>
        </message>
        <message>
            <source>the file has its column names but no rows to import.</source>
            <translation>o arquivo tem os nomes das colunas, mas nenhuma linha para importar.</translation>
        </message>
        <message>
            <source>a quoted value that starts here is never closed (a missing "), so the rest of the file cannot be read.</source>
            <translation>um valor entre aspas que começa aqui nunca é fechado (falta uma "), então o resto do arquivo não pode ser lido.</translation>
        </message>
        <message>
            <source>one value is too long to be a real entry.</source>
            <translation>um valor é longo demais para ser uma entrada real.</translation>
        </message>
        <message>
            <source>a quoted value in the row that starts here is not closed where it should be; the row runs on to line {line}, where the quoting breaks.</source>
            <translation>um valor entre aspas na linha que começa aqui não é fechado onde deveria; a linha continua até a linha {line}, onde as aspas se quebram.</translation>
        </message>
        <message>
            <source>the quoting is broken: a value in quotes must end at a separator.</source>
            <translation>as aspas estão erradas: um valor entre aspas deve terminar em um separador.</translation>
        </message>
        <message>
            <source>the file holds no table; expected the columns {columns}.</source>
            <translation>o arquivo não contém nenhuma tabela; eram esperadas as colunas {columns}.</translation>
        </message>
        <message>
            <source>missing the column(s) {columns}; the table starts with “{row}”.</source>
            <translation>faltam as colunas {columns}; a tabela começa com “{row}”.</translation>
        </message>
        <message>
            <source>this is not a vCard file: it holds no BEGIN:VCARD.</source>
            <translation>este não é um arquivo vCard: ele não contém nenhum BEGIN:VCARD.</translation>
        </message>
        <message>
            <source>a card begins inside the card that starts on line {start}.</source>
            <translation>um cartão começa dentro do cartão que se inicia na linha {start}.</translation>
        </message>
        <message>
            <source>END:VCARD without a BEGIN:VCARD before it.</source>
            <translation>END:VCARD sem um BEGIN:VCARD antes.</translation>
        </message>
        <message>
            <source>this line is outside any card (a card starts with BEGIN:VCARD).</source>
            <translation>esta linha está fora de qualquer cartão (um cartão começa com BEGIN:VCARD).</translation>
        </message>
        <message>
            <source>this card never ends (no END:VCARD).</source>
            <translation>este cartão nunca termina (não há END:VCARD).</translation>
        </message>
        <message>
            <source>the value of {property} is not valid text in the {charset} encoding.</source>
            <translation>o valor de {property} não é um texto válido na codificação {charset}.</translation>
        </message>
        <message>
            <source>this line is not a vCard property (no “:” between name and value).</source>
            <translation>esta linha não é uma propriedade vCard (não há “:” entre o nome e o valor).</translation>
        </message>
        <message>
            <source>this line has a value but no property name.</source>
            <translation>esta linha tem um valor, mas nenhum nome de propriedade.</translation>
        </message>
    </context>
    <context>
        <name>ImportFlow</name>
        <message>
            <source>Import a LinkedIn data export</source>
            <translation>Importar uma exportação de dados do LinkedIn</translation>
        </message>
        <message>
            <source>LinkedIn export (*.zip *.csv);;All files (*)</source>
            <translation>Exportação do LinkedIn (*.zip *.csv);;Todos os arquivos (*)</translation>
        </message>
        <message>
            <source>Import contacts from a vCard file</source>
            <translation>Importar contatos de um arquivo vCard</translation>
        </message>
        <message>
            <source>vCard (*.vcf *.vcard)</source>
            <translation>vCard (*.vcf *.vcard)</translation>
        </message>
        <message>
            <source>Import contacts from a CSV file</source>
            <translation>Importar contatos de um arquivo CSV</translation>
        </message>
        <message>
            <source>CSV (*.csv *.txt)</source>
            <translation>CSV (*.csv *.txt)</translation>
        </message>
        <message>
            <source>Nothing was imported</source>
            <translation>Nada foi importado</translation>
        </message>
        <message>
            <source>An import is already running; wait for it to finish.</source>
            <translation>Já há uma importação em andamento; aguarde até que termine.</translation>
        </message>
        <message>
            <source>Importing {file}…</source>
            <translation>Importando {file}…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Importing</source>
            <translation>Importando</translation>
        </message>
        <message>
            <source>Import of {file} cancelled; nothing was saved.</source>
            <translation>Importação de {file} cancelada; nada foi salvo.</translation>
        </message>
        <message>
            <source>The import of {file} failed ({error}). Nothing was saved.</source>
            <translation>A importação de {file} falhou ({error}). Nada foi salvo.</translation>
        </message>
        <message>
            <source>Import finished</source>
            <translation>Importação concluída</translation>
        </message>
    </context>
    <context>
        <name>ImportProblem</name>
        <message>
            <source>{file}: {problem}</source>
            <translation>{file}: {problem}</translation>
        </message>
        <message>
            <source>not a plain file; skipped.</source>
            <translation>não é um arquivo comum; ignorado.</translation>
        </message>
        <message>
            <source>larger than {limit} KB; templates are far smaller.</source>
            <translation>maior que {limit} KB; os modelos são bem menores.</translation>
        </message>
        <message>
            <source>the entry is password-protected.</source>
            <translation>a entrada está protegida por senha.</translation>
        </message>
        <message>
            <source>the entry is damaged ({error}).</source>
            <translation>a entrada está corrompida ({error}).</translation>
        </message>
        <message>
            <source>'{other}' in this import has the same name.</source>
            <translation>“{other}”, nesta importação, tem o mesmo nome.</translation>
        </message>
        <message>
            <source>the file is not a text file.</source>
            <translation>o arquivo não é um arquivo de texto.</translation>
        </message>
        <message>
            <source>the sandbox refused it: {error}</source>
            <translation>a sandbox recusou o modelo: {error}</translation>
        </message>
    </context>
    <context>
        <name>ImportRefused</name>
        <message>
            <source>{file}: there is no such file or folder.</source>
            <translation>{file}: esse arquivo ou pasta não existe.</translation>
        </message>
        <message>
            <source>More than {count} template files: nothing was imported.</source>
            <translation>Mais de {count} arquivos de modelo: nada foi importado.</translation>
        </message>
        <message>
            <source>{file}: a damaged zip archive ({error}).</source>
            <translation>{file}: um arquivo zip corrompido ({error}).</translation>
        </message>
        <message>
            <source>{file}: not a zip archive that can be read ({error}).</source>
            <translation>{file}: não é um arquivo zip legível ({error}).</translation>
        </message>
        <message>
            <source>{file}: lists more than {count} entries; nothing imported.</source>
            <translation>{file}: lista mais de {count} entradas; nada foi importado.</translation>
        </message>
        <message>
            <source>{file}: the entry '{entry}' points outside the archive's folder, which only a malicious archive does; nothing was imported.</source>
            <translation>{file}: a entrada “{entry}” aponta para fora da pasta do arquivo, o que só um arquivo malicioso faz; nada foi importado.</translation>
        </message>
        <message>
            <source>{file}: its templates would unpack to more than {limit} MB; nothing was imported.</source>
            <translation>{file}: os modelos dele ocupariam mais de {limit} MB descompactados; nada foi importado.</translation>
        </message>
        <message>
            <source>The templates could not be written to {folder} ({error}); nothing was imported.</source>
            <translation>Não foi possível gravar os modelos em {folder} ({error}); nada foi importado.</translation>
        </message>
    </context>
    <context>
        <name>ImportReport</name>
        <message numerus="yes">
            <source>Imported {file}: %Ln new contacts, {completed} completed, {unchanged} unchanged.</source>
            <translation>
                <numerusform>{file} importado: %Ln contato novo; complementados: {completed}; sem alteração: {unchanged}.</numerusform>
                <numerusform>{file} importado: %Ln contatos novos; complementados: {completed}; sem alteração: {unchanged}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln invitations you sent ({accepted} accepted, {replied} of them answered with a message);</source>
            <translation>
                <numerusform>%Ln convite enviado por você (aceitos: {accepted}; respondidos com uma mensagem: {replied});</numerusform>
                <numerusform>%Ln convites enviados por você (aceitos: {accepted}; respondidos com uma mensagem: {replied});</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln earlier invitations now have an outcome.</source>
            <translation>
                <numerusform>%Ln convite anterior agora tem um resultado.</numerusform>
                <numerusform>%Ln convites anteriores agora têm um resultado.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln requests you received are in the Inbox ({accepted} of them accepted already).</source>
            <translation>
                <numerusform>%Ln solicitação recebida está na Caixa de entrada (já aceitas: {accepted}).</numerusform>
                <numerusform>%Ln solicitações recebidas estão na Caixa de entrada (já aceitas: {accepted}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Since your export of {day}: %Ln changed jobs, {new} new, {gone} no longer there (see the Network page).</source>
            <translation>
                <numerusform>Desde a sua exportação de {day}: %Ln pessoa mudou de emprego; novas: {new}; não estão mais lá: {gone} (veja a página Rede).</numerusform>
                <numerusform>Desde a sua exportação de {day}: %Ln pessoas mudaram de emprego; novas: {new}; não estão mais lá: {gone} (veja a página Rede).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln people share a name with someone:</source>
            <translation>
                <numerusform>%Ln pessoa tem o mesmo nome que outra:</numerusform>
                <numerusform>%Ln pessoas têm o mesmo nome que outra:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln rows were skipped:</source>
            <translation>
                <numerusform>%Ln linha foi ignorada:</numerusform>
                <numerusform>%Ln linhas foram ignoradas:</numerusform>
            </translation>
        </message>
        <message>
            <source>• and {count} more.</source>
            <translation>• e mais {count}.</translation>
        </message>
        <message>
            <source>• {file}, line {line}: {reason}</source>
            <translation>• {file}, linha {line}: {reason}</translation>
        </message>
    </context>
    <context>
        <name>InboxModel</name>
        <message>
            <source>From</source>
            <comment>column: who sent the request</comment>
            <translation>De</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Recebida</translation>
        </message>
        <message>
            <source>Their note</source>
            <translation>Nota recebida</translation>
        </message>
        <message>
            <source>Suggested</source>
            <translation>Sugestão</translation>
        </message>
        <message>
            <source>Done</source>
            <comment>column: what was done with the request</comment>
            <translation>Ação</translation>
        </message>
        <message>
            <source>{name} · {works}</source>
            <translation>{name} · {works}</translation>
        </message>
        <message>
            <source>(no note)</source>
            <translation>(sem nota)</translation>
        </message>
        <message>
            <source>{title} at {company}</source>
            <translation>{title} em {company}</translation>
        </message>
    </context>
    <context>
        <name>InboxPage</name>
        <message>
            <source>Incoming requests</source>
            <translation>Solicitações recebidas</translation>
        </message>
        <message>
            <source>Which requests to show</source>
            <translation>Quais solicitações mostrar</translation>
        </message>
        <message>
            <source>Waiting for an answer</source>
            <translation>Aguardando resposta</translation>
        </message>
        <message>
            <source>All requests</source>
            <translation>Todas as solicitações</translation>
        </message>
        <message>
            <source>Add request…</source>
            <translation>Nova solicitação…</translation>
        </message>
        <message>
            <source>Add a request you received</source>
            <translation>Adicionar uma solicitação que você recebeu</translation>
        </message>
        <message>
            <source>Import from LinkedIn…</source>
            <translation>Importar do LinkedIn…</translation>
        </message>
        <message>
            <source>Import requests from a LinkedIn data export</source>
            <translation>Importar solicitações de uma exportação de dados do LinkedIn</translation>
        </message>
        <message>
            <source>Their note</source>
            <translation>Nota recebida</translation>
        </message>
        <message>
            <source>Why this is suggested</source>
            <translation>Por que esta sugestão</translation>
        </message>
        <message>
            <source>Draft the reply</source>
            <translation>Redigir a resposta</translation>
        </message>
        <message>
            <source>Draft the reply in the composer</source>
            <translation>Redigir a resposta no editor de mensagens</translation>
        </message>
        <message>
            <source>What you did</source>
            <translation>O que você fez</translation>
        </message>
        <message>
            <source>Record</source>
            <comment>verb: record what you did</comment>
            <translation>Registrar</translation>
        </message>
        <message>
            <source>Record what you did with this request</source>
            <translation>Registrar o que você fez com esta solicitação</translation>
        </message>
        <message>
            <source>Undo: waiting again</source>
            <translation>Voltar a aguardar</translation>
        </message>
        <message>
            <source>Undo what you recorded: the request waits again</source>
            <translation>Desfazer o que você registrou: a solicitação volta a aguardar</translation>
        </message>
        <message>
            <source>&amp;Show</source>
            <translation>Mos&amp;trar</translation>
        </message>
        <message>
            <source>Request</source>
            <translation>Solicitação</translation>
        </message>
        <message>
            <source>&amp;You did:</source>
            <translation>O que &amp;você fez:</translation>
        </message>
        <message>
            <source>Between the requests and the chosen one</source>
            <translation>Entre as solicitações e a escolhida</translation>
        </message>
        <message>
            <source>Reading the inbox…</source>
            <translation>Lendo a caixa de entrada…</translation>
        </message>
        <message>
            <source>The inbox could not be read: {error}</source>
            <translation>Não foi possível ler a caixa de entrada: {error}</translation>
        </message>
        <message>
            <source>{waiting} waiting · {shown} shown</source>
            <translation>aguardando: {waiting} · exibidas: {shown}</translation>
        </message>
        <message>
            <source>No request chosen.</source>
            <translation>Nenhuma solicitação escolhida.</translation>
        </message>
        <message>
            <source>{name}, {works}</source>
            <translation>{name}, {works}</translation>
        </message>
        <message>
            <source>(They sent no note.)</source>
            <translation>(A pessoa não enviou nota.)</translation>
        </message>
        <message>
            <source>Suggested: {answer}</source>
            <translation>Sugestão: {answer}</translation>
        </message>
        <message>
            <source>Change</source>
            <comment>verb: change what you recorded</comment>
            <translation>Alterar</translation>
        </message>
        <message>
            <source>waiting again</source>
            <translation>aguardando de novo</translation>
        </message>
        <message>
            <source>{name}: {done}.</source>
            <translation>{name}: {done}.</translation>
        </message>
        <message>
            <source>Added the request from {name}.</source>
            <translation>Solicitação de {name} adicionada.</translation>
        </message>
        <message>
            <source>No requests waiting. Requests you receive come in with your LinkedIn data export (Import from LinkedIn…, or Ctrl+I), or add one by hand with Add request…: Rapport suggests an answer for each and drafts the reply.</source>
            <translation>Nenhuma solicitação aguardando. As solicitações que você recebe chegam com a sua exportação de dados do LinkedIn (Importar do LinkedIn…, ou Ctrl+I), ou adicione uma manualmente com Adicionar solicitação…: o Rapport sugere uma resposta para cada uma e redige a mensagem.</translation>
        </message>
    </context>
    <context>
        <name>Keyboard</name>
        <message>
            <source>Sort by {column}</source>
            <translation>Ordenar por {column}</translation>
        </message>
        <message>
            <source>Fit columns to their contents</source>
            <translation>Ajustar as colunas ao conteúdo</translation>
        </message>
    </context>
    <context>
        <name>KeyringText</name>
        <message>
            <source>On Linux, install and unlock GNOME Keyring or KWallet (any Secret Service provider) in your desktop session; if a keyring kept in a file is acceptable to you, install the keyrings.alt package into Rapport's Python (pip install keyrings.alt). Windows and macOS have a keyring built in.</source>
            <translation>No Linux, instale e desbloqueie o GNOME Keyring ou o KWallet (ou qualquer provedor do Secret Service) na sua sessão da área de trabalho; se um chaveiro guardado em arquivo servir para você, instale o pacote keyrings.alt no Python do Rapport (pip install keyrings.alt). O Windows e o macOS já têm um chaveiro embutido.</translation>
        </message>
        <message>
            <source>{failed}: the system keyring refused ({error}).</source>
            <translation>{failed}: o chaveiro do sistema recusou o acesso ({error}).</translation>
        </message>
        <message>
            <source>{failed}: Rapport keeps secrets only in the system keyring. {problem}</source>
            <translation>{failed}: o Rapport só guarda senhas e chaves no chaveiro do sistema. {problem}</translation>
        </message>
        <message>
            <source>The keyring configured for Python cannot be loaded ({error}). {how}</source>
            <translation>O chaveiro configurado para o Python não pode ser carregado ({error}). {how}</translation>
        </message>
        <message>
            <source>This system has no keyring Rapport can use. {how}</source>
            <translation>Este sistema não tem nenhum chaveiro que o Rapport possa usar. {how}</translation>
        </message>
        <message>
            <source>The system keyring refused ({error}).</source>
            <translation>O chaveiro do sistema recusou o acesso ({error}).</translation>
        </message>
        <message>
            <source>The LanguageTool Premium API key is empty; nothing was stored.</source>
            <translation>A chave de API do LanguageTool Premium está vazia; nada foi guardado.</translation>
        </message>
        <message>
            <source>The grammar server password or API key is empty; nothing was stored.</source>
            <translation>A senha ou chave de API do servidor de gramática está vazia; nada foi guardado.</translation>
        </message>
        <message>
            <source>The LanguageTool Premium API key cannot be read</source>
            <translation>Não é possível ler a chave de API do LanguageTool Premium</translation>
        </message>
        <message>
            <source>The LanguageTool Premium API key was not saved</source>
            <translation>A chave de API do LanguageTool Premium não foi salva</translation>
        </message>
        <message>
            <source>The LanguageTool Premium API key was not deleted</source>
            <translation>A chave de API do LanguageTool Premium não foi excluída</translation>
        </message>
        <message>
            <source>The grammar server password or API key cannot be read</source>
            <translation>Não é possível ler a senha ou chave de API do servidor de gramática</translation>
        </message>
        <message>
            <source>The grammar server password or API key was not saved</source>
            <translation>A senha ou chave de API do servidor de gramática não foi salva</translation>
        </message>
        <message>
            <source>The grammar server password or API key was not deleted</source>
            <translation>A senha ou chave de API do servidor de gramática não foi excluída</translation>
        </message>
    </context>
    <context>
        <name>KindText</name>
        <message>
            <source>Invitation</source>
            <translation>Convite</translation>
        </message>
        <message>
            <source>Thank-you</source>
            <translation>Agradecimento</translation>
        </message>
        <message>
            <source>Polite decline</source>
            <translation>Recusa educada</translation>
        </message>
        <message>
            <source>Coffee invitation</source>
            <translation>Convite para um café</translation>
        </message>
        <message>
            <source>Reply to a recruiter</source>
            <translation>Resposta a recrutador</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Acompanhamento</translation>
        </message>
        <message>
            <source>Introduction</source>
            <translation>Apresentação</translation>
        </message>
    </context>
    <context>
        <name>LanguagePage</name>
        <message>
            <source>L&amp;anguage</source>
            <comment>settings page</comment>
            <translation>&amp;Idioma</translation>
        </message>
        <message>
            <source>Window language</source>
            <translation>Idioma da janela</translation>
        </message>
        <message>
            <source>System default</source>
            <translation>Padrão do sistema</translation>
        </message>
        <message>
            <source>My language</source>
            <translation>Meu idioma</translation>
        </message>
        <message>
            <source>Formal</source>
            <translation>Formal (o senhor)</translation>
        </message>
        <message>
            <source>Informal</source>
            <translation>Informal (você)</translation>
        </message>
        <message>
            <source>Default register</source>
            <translation>Tratamento padrão</translation>
        </message>
        <message>
            <source>Window</source>
            <translation>Janela</translation>
        </message>
        <message>
            <source>&amp;Window language</source>
            <translation>Idioma da &amp;janela</translation>
        </message>
        <message>
            <source>Menus, buttons and dates in this language. A change applies at the next start.</source>
            <translation>Menus, botões e datas neste idioma. A mudança vale a partir da próxima vez que o Rapport for aberto.</translation>
        </message>
        <message>
            <source>Messages</source>
            <translation>Mensagens</translation>
        </message>
        <message>
            <source>&amp;My language</source>
            <translation>&amp;Meu idioma</translation>
        </message>
        <message>
            <source>The language you write in: templates and checks for contacts who have none.</source>
            <translation>O idioma em que você escreve: modelos e verificações para contatos sem idioma definido.</translation>
        </message>
        <message>
            <source>Default &amp;register</source>
            <translation>Tratamento &amp;padrão</translation>
        </message>
        <message>
            <source>How templates address people where the language has two ways: Sie or du, vous or tu, usted or tú, o senhor or você.</source>
            <translation>Como os modelos se dirigem às pessoas quando o idioma tem duas formas: Sie ou du, vous ou tu, usted ou tú, o senhor ou você.</translation>
        </message>
    </context>
    <context>
        <name>LexiconError</name>
        <message>
            <source>The word frequencies cannot be read: {error}.</source>
            <translation>Não é possível ler as frequências de palavras: {error}.</translation>
        </message>
        <message>
            <source>The phrase list {path} cannot be read: {error}.</source>
            <translation>Não é possível ler a lista de frases {path}: {error}.</translation>
        </message>
        <message>
            <source>The phrase list {path} is not UTF-8 text.</source>
            <translation>A lista de frases {path} não é texto UTF-8.</translation>
        </message>
    </context>
    <context>
        <name>LibraryListModel</name>
        <message>
            <source>mine</source>
            <comment>a template of the user's</comment>
            <translation>meu</translation>
        </message>
        <message>
            <source>built-in</source>
            <comment>a template shipped</comment>
            <translation>integrado</translation>
        </message>
        <message>
            <source>{template} ({source})</source>
            <translation>{template} ({source})</translation>
        </message>
        <message>
            <source>{name}: {description}</source>
            <translation>{name}: {description}</translation>
        </message>
        <message>
            <source>{name}: Ships with Rapport; read-only. {description}</source>
            <translation>{name}: vem com o Rapport; somente leitura. {description}</translation>
        </message>
    </context>
    <context>
        <name>ListEditor</name>
        <message>
            <source>Add</source>
            <comment>verb: add an entry to the list</comment>
            <translation>Adicionar</translation>
        </message>
        <message>
            <source>Add to {list}</source>
            <translation>Adicionar a {list}</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remover</translation>
        </message>
        <message>
            <source>Remove from {list}</source>
            <translation>Remover de {list}</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Between the contacts and the form</source>
            <translation>Entre os contatos e o formulário</translation>
        </message>
        <message>
            <source>Between the form and the composer</source>
            <translation>Entre o formulário e o editor de mensagens</translation>
        </message>
        <message>
            <source>&amp;Compose</source>
            <translation>&amp;Escrever</translation>
        </message>
        <message>
            <source>&amp;Inbox</source>
            <translation>&amp;Caixa de entrada</translation>
        </message>
        <message>
            <source>&amp;History</source>
            <translation>&amp;Histórico</translation>
        </message>
        <message>
            <source>&amp;Network</source>
            <translation>&amp;Rede</translation>
        </message>
        <message>
            <source>A template was skipped: {problem}</source>
            <translation>Um modelo foi ignorado: {problem}</translation>
        </message>
        <message>
            <source>Recorded as sent to {name}.</source>
            <translation>Mensagem para {name} registrada como enviada.</translation>
        </message>
        <message>
            <source>Welcome to Rapport. Add a contact to start writing (Ctrl+N).</source>
            <translation>Boas-vindas ao Rapport. Adicione um contato para começar a escrever (Ctrl+N).</translation>
        </message>
        <message numerus="yes">
            <source>%Ln contacts</source>
            <translation>
                <numerusform>%Ln contato</numerusform>
                <numerusform>%Ln contatos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln templates</source>
            <translation>
                <numerusform>%Ln modelo</numerusform>
                <numerusform>%Ln modelos</numerusform>
            </translation>
        </message>
        <message>
            <source>Earlier messages could not be read for the repeat check: {error}</source>
            <translation>Não foi possível ler as mensagens anteriores para verificar repetições: {error}</translation>
        </message>
    </context>
    <context>
        <name>MessageActions</name>
        <message>
            <source>Replace your message?</source>
            <translation>Substituir sua mensagem?</translation>
        </message>
        <message>
            <source>The template's words will replace the message as you edited it. Ctrl+Z brings your words back.</source>
            <translation>O texto do modelo vai substituir a mensagem com as suas edições. Ctrl+Z traz o seu texto de volta.</translation>
        </message>
    </context>
    <context>
        <name>MessageChecks</name>
        <message>
            <source>them</source>
            <comment>the contact</comment>
            <translation>a pessoa</translation>
        </message>
        <message>
            <source>Not added to your dictionary: {error}</source>
            <translation>Não adicionada ao seu dicionário: {error}</translation>
        </message>
        <message>
            <source>“{word}” is in your dictionary now.</source>
            <translation>“{word}” agora está no seu dicionário.</translation>
        </message>
    </context>
    <context>
        <name>MessageView</name>
        <message>
            <source>Replace “{words}” with “{replacement}”</source>
            <translation>Substituir “{words}” por “{replacement}”</translation>
        </message>
        <message>
            <source>Ignore “{words}” in this message</source>
            <translation>Ignorar “{words}” nesta mensagem</translation>
        </message>
        <message>
            <source>Add “{words}” to your dictionary</source>
            <translation>Adicionar “{words}” ao seu dicionário</translation>
        </message>
    </context>
    <context>
        <name>NetworkModels</name>
        <message>
            <source>{title} at {company}</source>
            <translation>{title} em {company}</translation>
        </message>
    </context>
    <context>
        <name>NetworkPage</name>
        <message>
            <source>Connections you may no longer know</source>
            <translation>Conexões que talvez você não conheça mais</translation>
        </message>
        <message>
            <source>Open contact</source>
            <translation>Abrir contato</translation>
        </message>
        <message>
            <source>Open the chosen contact to write to them</source>
            <translation>Abrir o contato escolhido para escrever para ele</translation>
        </message>
        <message>
            <source>Delete from Rapport…</source>
            <translation>Excluir do Rapport…</translation>
        </message>
        <message>
            <source>Delete the chosen contact from Rapport</source>
            <translation>Excluir o contato escolhido do Rapport</translation>
        </message>
        <message>
            <source>Removes them from Rapport only; remove the connection on LinkedIn yourself.</source>
            <translation>Remove a pessoa apenas do Rapport; remova a conexão no LinkedIn você mesmo.</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Atualizar</translation>
        </message>
        <message>
            <source>Refresh the network review</source>
            <translation>Atualizar a revisão da rede</translation>
        </message>
        <message>
            <source>Changed jobs, new and gone since your last export</source>
            <translation>Mudanças de emprego, conexões novas e que saíram desde a sua última exportação</translation>
        </message>
        <message>
            <source>Congratulate…</source>
            <translation>Parabenizar…</translation>
        </message>
        <message>
            <source>Write to the chosen person about their new job</source>
            <translation>Escrever para a pessoa escolhida sobre o novo emprego</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Grupo</translation>
        </message>
        <message>
            <source>Relationship</source>
            <translation>Relacionamento</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Empresa</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Localização</translation>
        </message>
        <message>
            <source>People you may no longer know</source>
            <translation>Pessoas que talvez você não conheça mais</translation>
        </message>
        <message>
            <source>Changed jobs since your last export</source>
            <translation>Mudaram de emprego desde a sua última exportação</translation>
        </message>
        <message>
            <source>Your network</source>
            <translation>Sua rede</translation>
        </message>
        <message>
            <source>Contacts by group</source>
            <translation>Contatos por grupo</translation>
        </message>
        <message>
            <source>Contacts by strength</source>
            <translation>Contatos por proximidade</translation>
        </message>
        <message>
            <source>Contacts by company</source>
            <translation>Contatos por empresa</translation>
        </message>
        <message>
            <source>Contacts by location</source>
            <translation>Contatos por localização</translation>
        </message>
        <message>
            <source>Reading your network…</source>
            <translation>Lendo a sua rede…</translation>
        </message>
        <message>
            <source>The network review could not be read: {error}</source>
            <translation>Não foi possível ler a revisão da rede: {error}</translation>
        </message>
        <message>
            <source>Nobody here: everyone you marked never met is recent or has heard from you.</source>
            <translation>Ninguém aqui: todas as pessoas que você marcou como nunca vistas pessoalmente são conexões recentes ou já receberam uma mensagem sua.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln connections you marked never met, connected over a year ago and never wrote to. Reconnect on purpose, or prune.</source>
            <translation>
                <numerusform>%Ln conexão que você marcou como nunca vista pessoalmente, conectada há mais de um ano e para quem você nunca escreveu. Retome o contato de forma intencional ou faça uma limpeza.</numerusform>
                <numerusform>%Ln conexões que você marcou como nunca vistas pessoalmente, conectadas há mais de um ano e para quem você nunca escreveu. Retome o contato de forma intencional ou faça uma limpeza.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln contacts</source>
            <translation>
                <numerusform>%Ln contato</numerusform>
                <numerusform>%Ln contatos</numerusform>
            </translation>
        </message>
        <message>
            <source>Import two LinkedIn exports, a while apart, to see who changed jobs.</source>
            <translation>Importe duas exportações do LinkedIn, com um intervalo entre elas, para ver quem mudou de emprego.</translation>
        </message>
        <message>
            <source>Your export of {day} is the first: import a newer one later.</source>
            <translation>Sua exportação de {day} é a primeira: importe uma mais recente depois.</translation>
        </message>
        <message>
            <source>Your export of {day} against {previous}: {changed} changed jobs, {new} new, {gone} no longer there.</source>
            <translation>Sua exportação de {day} comparada com a de {previous} — mudaram de emprego: {changed}; novas: {new}; não estão mais lá: {gone}.</translation>
        </message>
    </context>
    <context>
        <name>NewsModel</name>
        <message>
            <source>Changed jobs</source>
            <translation>Mudou de emprego</translation>
        </message>
        <message>
            <source>New connection</source>
            <translation>Nova conexão</translation>
        </message>
        <message>
            <source>No longer in the export</source>
            <translation>Não está mais na exportação</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>What</source>
            <comment>column: what changed</comment>
            <translation>O quê</translation>
        </message>
        <message>
            <source>Then</source>
            <comment>column: the job before</comment>
            <translation>Antes</translation>
        </message>
        <message>
            <source>Now</source>
            <comment>column: the job now</comment>
            <translation>Agora</translation>
        </message>
    </context>
    <context>
        <name>NextStepsText</name>
        <message>
            <source>Try {names}: never sent yet, so nothing is known about it.</source>
            <translation>Experimente {names}: nunca foi enviado, então ainda não se sabe nada sobre ele.</translation>
        </message>
        <message>
            <source>Try {names}: never sent yet, so nothing is known about them.</source>
            <translation>Experimente {names}: nunca foram enviados, então ainda não se sabe nada sobre eles.</translation>
        </message>
        <message>
            <source>Keep {approach}: {figures}; the best of the {tried} approaches tried with {probability} probability.</source>
            <translation>Mantenha {approach}: {figures}; a melhor das {tried} abordagens testadas, com probabilidade de {probability}.</translation>
        </message>
        <message>
            <source>Keep {approach}: {figures}; better than your other invitations' {rate} with {probability} probability.</source>
            <translation>Mantenha {approach}: {figures}; melhor que os {rate} dos seus outros convites, com probabilidade de {probability}.</translation>
        </message>
        <message>
            <source>Drop {approach}: {figures}; below {leader}’s {rate} with {probability} probability.</source>
            <translation>Descarte {approach}: {figures}; abaixo dos {rate} de {leader}, com probabilidade de {probability}.</translation>
        </message>
        <message>
            <source>Keep testing {approach}: {figures}; ahead for now, but not surely the best yet.</source>
            <translation>Continue testando {approach}: {figures}; à frente por enquanto, mas ainda não é com certeza a melhor abordagem.</translation>
        </message>
        <message>
            <source>Keep testing {approach}: {figures}; too close to {leader} to tell apart.</source>
            <translation>Continue testando {approach}: {figures}; próximo demais de {leader} para distinguir os dois.</translation>
        </message>
        <message>
            <source>Keep testing {approach}: {figures}; about {count} more sends, with {leader}, would likely tell.</source>
            <translation>Continue testando {approach}: {figures}; cerca de {count} envios a mais, junto com {leader}, provavelmente mostrariam.</translation>
        </message>
        <message>
            <source>invitations typed or imported</source>
            <translation>convites digitados ou importados</translation>
        </message>
        <message>
            <source>{approach} (no note)</source>
            <translation>{approach} (sem nota)</translation>
        </message>
        <message>
            <source>{accepted} of {decided} accepted, about {mean} expected (95% interval {low}–{high})</source>
            <translation>{accepted} de {decided} aceitos, cerca de {mean} esperados (intervalo de 95% {low}–{high})</translation>
        </message>
    </context>
    <context>
        <name>NextStepsView</name>
        <message>
            <source>What to do next</source>
            <translation>Próximos passos</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>Contando…</translation>
        </message>
        <message>
            <source>What to do next could not be worked out: {error}</source>
            <translation>Não foi possível definir os próximos passos: {error}</translation>
        </message>
        <message>
            <source>No invitation has been decided yet, so nothing is known about what works.</source>
            <translation>Nenhum convite foi concluído ainda, então não se sabe o que funciona.</translation>
        </message>
        <message numerus="yes">
            <source>From %Ln decided invitations. An approach is kept or dropped only when the difference holds with 0.95 probability; the rest need more sends.</source>
            <translation>
                <numerusform>Com base em %Ln convite concluído. Uma abordagem só é mantida ou descartada quando a diferença se confirma com probabilidade de 0,95; as demais precisam de mais envios.</numerusform>
                <numerusform>Com base em %Ln convites concluídos. Uma abordagem só é mantida ou descartada quando a diferença se confirma com probabilidade de 0,95; as demais precisam de mais envios.</numerusform>
            </translation>
        </message>
        <message>
            <source>Keep</source>
            <comment>heading: approaches to keep</comment>
            <translation>Manter</translation>
        </message>
        <message>
            <source>Drop</source>
            <comment>heading: approaches to drop</comment>
            <translation>Descartar</translation>
        </message>
        <message>
            <source>Test</source>
            <comment>heading: approaches to test</comment>
            <translation>Testar</translation>
        </message>
        <message>
            <source>{heading} ({count})</source>
            <translation>{heading} ({count})</translation>
        </message>
    </context>
    <context>
        <name>OutcomeDelegate</name>
        <message>
            <source>Outcome</source>
            <translation>Resultado</translation>
        </message>
    </context>
    <context>
        <name>OutcomeText</name>
        <message>
            <source>Pending</source>
            <translation>Pendente</translation>
        </message>
        <message>
            <source>Accepted</source>
            <translation>Aceito</translation>
        </message>
        <message>
            <source>Declined</source>
            <translation>Recusado</translation>
        </message>
        <message>
            <source>Replied</source>
            <translation>Respondido</translation>
        </message>
        <message>
            <source>No answer</source>
            <translation>Sem resposta</translation>
        </message>
    </context>
    <context>
        <name>PageTabs</name>
        <message>
            <source>Pages</source>
            <translation>Páginas</translation>
        </message>
    </context>
    <context>
        <name>PercentText</name>
        <message>
            <source>{number}%</source>
            <translation>{number}%</translation>
        </message>
    </context>
    <context>
        <name>ProfilePage</name>
        <message>
            <source>&amp;You</source>
            <translation>&amp;Você</translation>
        </message>
        <message>
            <source>As you sign your messages</source>
            <translation>Como você assina suas mensagens</translation>
        </message>
        <message>
            <source>e.g. Lisbon</source>
            <translation>ex.: São Paulo</translation>
        </message>
        <message>
            <source>&amp;Free: {limit}-character connection notes</source>
            <translation>Gr&amp;atuita: notas de conexão de até {limit} caracteres</translation>
        </message>
        <message>
            <source>&amp;Premium: {limit}-character notes</source>
            <translation>&amp;Premium: notas de até {limit} caracteres</translation>
        </message>
        <message>
            <source>Free LinkedIn account</source>
            <translation>Conta gratuita do LinkedIn</translation>
        </message>
        <message>
            <source>Premium LinkedIn account</source>
            <translation>Conta Premium do LinkedIn</translation>
        </message>
        <message>
            <source> notes</source>
            <comment>spin box suffix</comment>
            <translation> notas</translation>
        </message>
        <message>
            <source> days</source>
            <comment>spin box suffix</comment>
            <translation> dias</translation>
        </message>
        <message>
            <source>About you</source>
            <translation>Sobre você</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Nome</translation>
        </message>
        <message>
            <source>&amp;Location</source>
            <translation>&amp;Localização</translation>
        </message>
        <message>
            <source>Templates sign with your name; a stranger who lives near you is offered a coffee.</source>
            <translation>Os modelos assinam com o seu nome; um desconhecido que mora perto de você recebe um convite para um café.</translation>
        </message>
        <message>
            <source>LinkedIn</source>
            <translation>LinkedIn</translation>
        </message>
        <message>
            <source>Account</source>
            <comment>LinkedIn account type</comment>
            <translation>Conta</translation>
        </message>
        <message>
            <source>Personalised notes a &amp;month</source>
            <translation>Notas personalizadas por &amp;mês</translation>
        </message>
        <message>
            <source>Invitations pending f&amp;or</source>
            <translation>Convites pendentes p&amp;or</translation>
        </message>
        <message>
            <source>An invitation with no answer after this many days counts as unanswered.</source>
            <translation>Um convite sem resposta depois desse número de dias conta como não respondido.</translation>
        </message>
    </context>
    <context>
        <name>Questions</name>
        <message>
            <source>Where did you meet {who}?</source>
            <translation>Onde você conheceu {who}?</translation>
        </message>
        <message>
            <source>When did you meet {who}?</source>
            <translation>Quando você conheceu {who}?</translation>
        </message>
        <message>
            <source>Who introduced you to {who}?</source>
            <translation>Quem apresentou você a {who}?</translation>
        </message>
        <message>
            <source>What of {who}'s did you read, hear or use?</source>
            <translation>O que de {who} você leu, ouviu ou usou?</translation>
        </message>
        <message>
            <source>What are you both into?</source>
            <translation>Que interesses vocês têm em comum?</translation>
        </message>
        <message>
            <source>Who do you both know?</source>
            <translation>Quem vocês conhecem em comum?</translation>
        </message>
        <message>
            <source>Where does {who} live?</source>
            <translation>Onde {who} mora?</translation>
        </message>
        <message>
            <source>Where does {who} work?</source>
            <translation>Onde {who} trabalha?</translation>
        </message>
        <message>
            <source>What does {who} do?</source>
            <translation>O que {who} faz?</translation>
        </message>
        <message>
            <source>What is {who}'s last name?</source>
            <translation>Qual é o sobrenome de {who}?</translation>
        </message>
        <message>
            <source>What do you write about?</source>
            <translation>Sobre o que você escreve?</translation>
        </message>
        <message>
            <source>Who are you introducing?</source>
            <translation>Quem você está apresentando?</translation>
        </message>
        <message>
            <source>Why should they meet?</source>
            <translation>Por que se conhecerem?</translation>
        </message>
        <message>
            <source>Which role is it about?</source>
            <translation>De qual vaga se trata?</translation>
        </message>
        <message>
            <source>What did you talk about?</source>
            <translation>Sobre o que vocês conversaram?</translation>
        </message>
        <message>
            <source>What did {who} write about, in a few words?</source>
            <translation>Sobre o que {who} escreveu, em poucas palavras?</translation>
        </message>
        <message>
            <source>{label}?</source>
            <comment>a field asked for</comment>
            <translation>{label}?</translation>
        </message>
        <message>
            <source>“{label}”</source>
            <comment>a field's name, quoted</comment>
            <translation>“{label}”</translation>
        </message>
        <message>
            <source>This message needs {field}. Fill it in to continue.</source>
            <translation>Esta mensagem precisa de {field}. Preencha esse campo para continuar.</translation>
        </message>
        <message>
            <source>This message needs {fields}. Fill them in to continue.</source>
            <translation>Esta mensagem precisa de {fields}. Preencha esses campos para continuar.</translation>
        </message>
    </context>
    <context>
        <name>QuotaNotice</name>
        <message>
            <source>Personalised notes used this month</source>
            <translation>Notas personalizadas usadas neste mês</translation>
        </message>
        <message>
            <source>Note quota warning</source>
            <translation>Aviso da cota de notas</translation>
        </message>
        <message>
            <source>Past this month's note quota</source>
            <translation>Cota de notas do mês ultrapassada</translation>
        </message>
        <message>
            <source>{warning}

Record this note as sent anyway?</source>
            <translation>{warning}

Registrar esta nota como enviada mesmo assim?</translation>
        </message>
        <message>
            <source>The notes sent this month could not be counted: {error}</source>
            <translation>Não foi possível contar as notas enviadas neste mês: {error}</translation>
        </message>
    </context>
    <context>
        <name>QuotaText</name>
        <message numerus="yes">
            <source>%Ln personalised notes this month, past the {allowed} your account allows</source>
            <translation>
                <numerusform>%Ln nota personalizada neste mês, além das {allowed} que sua conta permite</numerusform>
                <numerusform>%Ln notas personalizadas neste mês, além das {allowed} que sua conta permite</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{used} of %Ln personalised notes used this month</source>
            <translation>
                <numerusform>{used} de %Ln nota personalizada usada neste mês</numerusform>
                <numerusform>{used} de %Ln notas personalizadas usadas neste mês</numerusform>
            </translation>
        </message>
        <message>
            <source>No personalised notes left this month ({used} of {allowed} used): LinkedIn will not send this note. Send the invitation without a note, wait until next month, or write them a message once they accept.</source>
            <translation>Você não tem mais notas personalizadas neste mês ({used} de {allowed} usadas): o LinkedIn não vai enviar esta nota. Envie o convite sem nota, espere até o mês que vem ou mande uma mensagem quando a pessoa aceitar.</translation>
        </message>
        <message>
            <source>This is the last personalised note your free account allows this month.</source>
            <translation>Esta é a última nota personalizada que sua conta gratuita permite neste mês.</translation>
        </message>
    </context>
    <context>
        <name>RateChart</name>
        <message>
            <source>Acceptance and reply rates by template, with 95% intervals</source>
            <translation>Taxas de aceitação e de resposta por modelo, com intervalos de 95%</translation>
        </message>
        <message>
            <source>Reply rate (of those accepted)</source>
            <translation>Taxa de resposta (entre os aceitos)</translation>
        </message>
        <message>
            <source>Acceptance rate</source>
            <translation>Taxa de aceitação</translation>
        </message>
        <message>
            <source>Replied, of those accepted: {rate}</source>
            <translation>Responderam, entre os aceitos: {rate}</translation>
        </message>
        <message>
            <source>Accepted: {rate}</source>
            <translation>Aceitos: {rate}</translation>
        </message>
        <message>
            <source>No template</source>
            <translation>Sem modelo</translation>
        </message>
        <message>
            <source>{template}  (n={count})</source>
            <translation>{template}  (n={count})</translation>
        </message>
    </context>
    <context>
        <name>RecommendationModel</name>
        <message>
            <source>Template</source>
            <translation>Modelo</translation>
        </message>
        <message>
            <source>Accepted here</source>
            <translation>Aceitos aqui</translation>
        </message>
        <message>
            <source>Expected</source>
            <translation>Esperado</translation>
        </message>
        <message>
            <source>95% interval</source>
            <translation>Intervalo de 95%</translation>
        </message>
        <message>
            <source>Chance best</source>
            <translation>Chance de ser o melhor</translation>
        </message>
        <message>
            <source>not sent yet</source>
            <translation>ainda não enviado</translation>
        </message>
        <message>
            <source>{accepted} of {sent}</source>
            <translation>{accepted} de {sent}</translation>
        </message>
        <message>
            <source>never tried</source>
            <translation>nunca testado</translation>
        </message>
    </context>
    <context>
        <name>RecommendationText</name>
        <message>
            <source>people you know well</source>
            <translation>pessoas que você conhece bem</translation>
        </message>
        <message>
            <source>people you have met</source>
            <translation>pessoas que você já encontrou</translation>
        </message>
        <message>
            <source>people you have never met</source>
            <translation>pessoas que você nunca encontrou</translation>
        </message>
        <message>
            <source>contacts no longer saved</source>
            <translation>contatos que não estão mais salvos</translation>
        </message>
        <message>
            <source>everyone</source>
            <translation>todos</translation>
        </message>
        <message>
            <source>{people} in {group}, nearby</source>
            <translation>{people} do grupo “{group}”, perto de você</translation>
        </message>
        <message>
            <source>{people} in {group}</source>
            <translation>{people} do grupo “{group}”</translation>
        </message>
        <message>
            <source>{people}, nearby</source>
            <translation>{people} perto de você</translation>
        </message>
        <message>
            <source>Send {template} next: not sent to people like them yet, it could reach {high}, and a few sends will show whether it does.</source>
            <translation>Envie {template} em seguida: ainda não foi enviado a pessoas como essa, pode chegar a {high}, e alguns envios vão mostrar se chega.</translation>
        </message>
        <message>
            <source>Send {template} next: it leads, and could reach {high}.</source>
            <translation>Envie {template} em seguida: ele está na frente e pode chegar a {high}.</translation>
        </message>
        <message>
            <source>Send {template} next: it could still be the best (up to {high}), and a few more sends of it will show whether it is.</source>
            <translation>Envie {template} em seguida: ele ainda pode ser o melhor (até {high}), e mais alguns envios vão mostrar se é.</translation>
        </message>
        <message>
            <source>No invitation templates to rank.</source>
            <translation>Nenhum modelo de convite para comparar.</translation>
        </message>
        <message>
            <source>Use {template}: best for {people} with {chance} probability.</source>
            <translation>Use {template}: o melhor para {people}, com probabilidade de {chance}.</translation>
        </message>
        <message>
            <source>Too early to tell: fewer than two invitation templates tried yet.</source>
            <translation>Ainda é cedo para dizer: menos de dois modelos de convite foram testados até agora.</translation>
        </message>
        <message>
            <source>Too early to tell: {first} and {second} are too close for the next few hundred sends to tell apart.</source>
            <translation>Ainda é cedo para dizer: {first} e {second} estão próximos demais para que as próximas centenas de envios os diferenciem.</translation>
        </message>
        <message>
            <source>Too early to tell: about {sends} more sends, split between {first} and {second}, would likely tell.</source>
            <translation>Ainda é cedo para dizer: cerca de {sends} envios a mais, divididos entre {first} e {second}, provavelmente mostrariam.</translation>
        </message>
        <message>
            <source>A note is likely to pay for this person: about {with_note} replies per 100 invitations with a note against {without_note} without.</source>
            <translation>Uma nota provavelmente vale a pena para esta pessoa: cerca de {with_note} respostas a cada 100 convites com nota, contra {without_note} sem.</translation>
        </message>
        <message>
            <source>Sending without a note loses little here: about {with_note} replies per 100 invitations with a note against {without_note} without.</source>
            <translation>Enviar sem nota perde pouco aqui: cerca de {with_note} respostas a cada 100 convites com nota, contra {without_note} sem.</translation>
        </message>
        <message>
            <source>A note shows no gain for people like them: about {with_note} replies per 100 invitations with a note against {without_note} without.</source>
            <translation>Uma nota não traz ganho para pessoas como essa: cerca de {with_note} respostas a cada 100 convites com nota, contra {without_note} sem.</translation>
        </message>
        <message>
            <source>No personalised notes left this month.</source>
            <translation>Não restam notas personalizadas este mês.</translation>
        </message>
        <message numerus="yes">
            <source>%n of {allowed} personalised notes left this month.</source>
            <translation>
                <numerusform>Resta %n de {allowed} notas personalizadas este mês.</numerusform>
                <numerusform>Restam %n de {allowed} notas personalizadas este mês.</numerusform>
            </translation>
        </message>
        <message>
            <source>Keep them for people where a note pays more.</source>
            <translation>Guarde-as para pessoas em que uma nota rende mais.</translation>
        </message>
    </context>
    <context>
        <name>RecommendationsView</name>
        <message>
            <source>What works for people like them</source>
            <translation>O que funciona com pessoas parecidas</translation>
        </message>
        <message>
            <source>Pick a contact to see which invitation works for people like them.</source>
            <translation>Escolha um contato para ver qual convite funciona com pessoas parecidas com ele.</translation>
        </message>
        <message>
            <source>Invitation templates ranked for this contact</source>
            <translation>Classificação dos modelos de convite para este contato</translation>
        </message>
        <message>
            <source>Invitation templates ranked</source>
            <translation>Classificação dos modelos de convite</translation>
        </message>
        <message>
            <source>Ranking…</source>
            <translation>Classificação…</translation>
        </message>
        <message>
            <source>Every invitation template with its counts and interval</source>
            <translation>Cada modelo de convite com suas contagens e seu intervalo</translation>
        </message>
        <message>
            <source>Explore: suggest the template that would teach the most</source>
            <translation>Explorar: sugerir o modelo com mais a ensinar</translation>
        </message>
        <message>
            <source>Counting what worked for people like {name}…</source>
            <translation>Contando o que funcionou com pessoas parecidas com {name}…</translation>
        </message>
        <message>
            <source>The recommendations could not be counted: {error}</source>
            <translation>Não foi possível calcular as recomendações: {error}</translation>
        </message>
        <message numerus="yes">
            <source>For {segment}, from your own history. %Ln invitations still pending are not counted yet.</source>
            <translation>
                <numerusform>Para {segment}, com base no seu próprio histórico. %Ln convite ainda pendente não entra na conta.</numerusform>
                <numerusform>Para {segment}, com base no seu próprio histórico. %Ln convites ainda pendentes não entram na conta.</numerusform>
            </translation>
        </message>
        <message>
            <source>For {segment}, from your own history.</source>
            <translation>Para {segment}, com base no seu próprio histórico.</translation>
        </message>
        <message>
            <source>Exploring: send {template} this time. It was drawn from what each template could still turn out to be, so the less-tested ones come up as often as they could well be the best.</source>
            <translation>Explorando: envie {template} desta vez. Ele foi sorteado de acordo com o que cada modelo ainda pode vir a ser, então os menos testados aparecem tantas vezes quanto têm chance de ser os melhores.</translation>
        </message>
    </context>
    <context>
        <name>Recovery</name>
        <message>
            <source>Rapport cannot open your data</source>
            <translation>O Rapport não consegue abrir seus dados</translation>
        </message>
        <message>
            <source>the data folder</source>
            <translation>a pasta de dados</translation>
        </message>
        <message>
            <source>{folder}: {problem}</source>
            <translation>{folder}: {problem}</translation>
        </message>
        <message>
            <source>Restore the backup made on {day} at {time}? Anything saved after it will be missing. The damaged file is kept next to the database, renamed; nothing is deleted.</source>
            <translation>Restaurar o backup feito em {day} às {time}? O que foi salvo depois dele será perdido. O arquivo danificado é mantido ao lado do banco de dados, com outro nome; nada é excluído.</translation>
        </message>
        <message>
            <source>Restore the backup</source>
            <translation>Restaurar o backup</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Sair</translation>
        </message>
        <message>
            <source>Quit without changing anything</source>
            <translation>Sair sem alterar nada</translation>
        </message>
        <message>
            <source>No backup was made today: {error}</source>
            <translation>Nenhum backup foi feito hoje: {error}</translation>
        </message>
    </context>
    <context>
        <name>RelativeDay</name>
        <message>
            <source>today</source>
            <translation>hoje</translation>
        </message>
        <message>
            <source>yesterday</source>
            <translation>ontem</translation>
        </message>
        <message>
            <source>{day} {time}</source>
            <translation>{day} {time}</translation>
        </message>
        <message numerus="yes">
            <source>%n days ago</source>
            <translation>
                <numerusform>há %n dia</numerusform>
                <numerusform>há %n dias</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RenderError</name>
        <message>
            <source>Template syntax: {error}</source>
            <translation>Sintaxe do modelo: {error}</translation>
        </message>
        <message>
            <source>The template is longer than {count} characters.</source>
            <translation>O modelo tem mais de {count} caracteres.</translation>
        </message>
        <message>
            <source>The template is nested too deeply.</source>
            <translation>O modelo está aninhado profundamente demais.</translation>
        </message>
        <message>
            <source>The template contains a number too long to use.</source>
            <translation>O modelo contém um número longo demais para ser usado.</translation>
        </message>
        <message>
            <source>The template could not be compiled: {error}</source>
            <translation>Não foi possível compilar o modelo: {error}</translation>
        </message>
        <message>
            <source>The template calls itself too deeply and was stopped.</source>
            <translation>O modelo chama a si mesmo profundamente demais e foi interrompido.</translation>
        </message>
        <message>
            <source>The template tried to use too much memory and was stopped.</source>
            <translation>O modelo tentou usar memória demais e foi interrompido.</translation>
        </message>
        <message>
            <source>The template failed: {error}</source>
            <translation>O modelo falhou: {error}</translation>
        </message>
    </context>
    <context>
        <name>RequestDialog</name>
        <message>
            <source>Add a connection request</source>
            <translation>Adicionar uma solicitação de conexão</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>No&amp;me</translation>
        </message>
        <message>
            <source>As shown on the request</source>
            <translation>Como aparece na solicitação</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <comment>job title</comment>
            <translation>&amp;Cargo</translation>
        </message>
        <message>
            <source>Their headline or job title</source>
            <translation>Título ou cargo da pessoa</translation>
        </message>
        <message>
            <source>&amp;Company</source>
            <translation>&amp;Empresa</translation>
        </message>
        <message>
            <source>&amp;Location</source>
            <translation>&amp;Localização</translation>
        </message>
        <message>
            <source>City or area, if the profile shows one</source>
            <translation>Cidade ou região, se o perfil mostrar</translation>
        </message>
        <message>
            <source>&amp;Profile URL</source>
            <translation>URL do &amp;perfil</translation>
        </message>
        <message>
            <source>Their note</source>
            <translation>Nota recebida</translation>
        </message>
        <message>
            <source>Paste the note they sent, or leave empty if none.</source>
            <translation>Cole a nota que a pessoa enviou, ou deixe em branco se não houver.</translation>
        </message>
        <message>
            <source>Their &amp;note</source>
            <translation>&amp;Nota recebida</translation>
        </message>
        <message>
            <source>Add to inbox</source>
            <translation>Adicionar</translation>
        </message>
    </context>
    <context>
        <name>SaveTemplateDialog</name>
        <message>
            <source>Save as template</source>
            <translation>Salvar como modelo</translation>
        </message>
        <message>
            <source>Template &amp;name</source>
            <translation>&amp;Nome do modelo</translation>
        </message>
        <message>
            <source>The contact's details become fields, filled in for each person you write to:</source>
            <translation>Os dados do contato viram campos, preenchidos para cada pessoa a quem você escrever:</translation>
        </message>
    </context>
    <context>
        <name>SecretField</name>
        <message>
            <source>LanguageTool Premium API key</source>
            <translation>Chave de API do LanguageTool Premium</translation>
        </message>
        <message>
            <source>Remove the stored LanguageTool Premium API key</source>
            <translation>Remover a chave de API do LanguageTool Premium salva</translation>
        </message>
        <message>
            <source>Grammar server password or API key</source>
            <translation>Senha ou chave de API do servidor de gramática</translation>
        </message>
        <message>
            <source>Remove the stored grammar server password or API key</source>
            <translation>Remover a senha ou chave de API salva do servidor de gramática</translation>
        </message>
        <message>
            <source>Remove the stored one</source>
            <translation>Remover a guardada</translation>
        </message>
        <message>
            <source>Checking the system keyring…</source>
            <translation>Verificando o chaveiro do sistema…</translation>
        </message>
        <message>
            <source>Stored in the keyring; type a new one to replace it</source>
            <translation>Guardada no chaveiro; digite uma nova para substituí-la</translation>
        </message>
        <message>
            <source>Not stored yet</source>
            <translation>Ainda não guardada</translation>
        </message>
    </context>
    <context>
        <name>SettingText</name>
        <message>
            <source>Your name</source>
            <translation>Seu nome</translation>
        </message>
        <message>
            <source>Your location</source>
            <translation>Sua localização</translation>
        </message>
        <message>
            <source>LinkedIn account type</source>
            <translation>Tipo de conta do LinkedIn</translation>
        </message>
        <message>
            <source>Personalised notes per month</source>
            <translation>Notas personalizadas por mês</translation>
        </message>
        <message>
            <source>Days an invitation stays pending</source>
            <translation>Dias que um convite fica pendente</translation>
        </message>
        <message>
            <source>Grammar checking</source>
            <translation>Verificação gramatical</translation>
        </message>
        <message>
            <source>Grammar language</source>
            <translation>Idioma da verificação gramatical</translation>
        </message>
        <message>
            <source>Grammar server address</source>
            <translation>Endereço do servidor de gramática</translation>
        </message>
        <message>
            <source>Grammar server username</source>
            <translation>Usuário do servidor de gramática</translation>
        </message>
        <message>
            <source>LanguageTool Premium username</source>
            <translation>Usuário do LanguageTool Premium</translation>
        </message>
        <message>
            <source>Download LanguageTool when it is not installed</source>
            <translation>Baixar o LanguageTool quando não estiver instalado</translation>
        </message>
        <message>
            <source>Minutes the grammar server runs unused</source>
            <translation>Minutos que o servidor de gramática fica ligado sem uso</translation>
        </message>
        <message>
            <source>Groups of people you know</source>
            <translation>Grupos de pessoas que você conhece</translation>
        </message>
        <message>
            <source>Strength that counts as known</source>
            <translation>Grau que conta como conhecido</translation>
        </message>
        <message>
            <source>Words in a recruiter's title</source>
            <translation>Palavras no cargo de um recrutador</translation>
        </message>
        <message>
            <source>Offer a coffee to nearby strangers</source>
            <translation>Oferecer um café a desconhecidos por perto</translation>
        </message>
        <message>
            <source>Your language</source>
            <translation>Seu idioma</translation>
        </message>
        <message>
            <source>Formal or informal address</source>
            <translation>Tratamento formal ou informal</translation>
        </message>
        <message>
            <source>Window language</source>
            <translation>Idioma da janela</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Rapport will use {folder} from its next start; your data was copied there.</source>
            <translation>O Rapport vai usar {folder} a partir da próxima vez que for aberto; seus dados foram copiados para lá.</translation>
        </message>
        <message>
            <source>Rapport will use {folder} from its next start.</source>
            <translation>O Rapport vai usar {folder} a partir da próxima vez que for aberto.</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Configurações</translation>
        </message>
        <message>
            <source>Settings pages</source>
            <translation>Páginas de configurações</translation>
        </message>
        <message>
            <source>Problems with the settings</source>
            <translation>Problemas nas configurações</translation>
        </message>
        <message>
            <source>Save the settings</source>
            <translation>Salvar as configurações</translation>
        </message>
        <message>
            <source>Close without changing anything</source>
            <translation>Fechar sem alterar nada</translation>
        </message>
        <message>
            <source>On the {page} page: {problem}</source>
            <translation>Na página {page}: {problem}</translation>
        </message>
    </context>
    <context>
        <name>SettingsError</name>
        <message>
            <source>{key} is a secret, kept in the system keyring: use rapport config set-secret {key} - (or delete-secret).</source>
            <translation>{key} é um segredo, guardado no chaveiro do sistema: use rapport config set-secret {key} - (ou delete-secret).</translation>
        </message>
        <message>
            <source>there is no setting '{key}'. The settings are: {keys}.</source>
            <translation>não existe a configuração '{key}'. As configurações são: {keys}.</translation>
        </message>
        <message>
            <source>there is no secret '{key}'. The secrets are: {keys}.</source>
            <translation>não existe o segredo '{key}'. Os segredos são: {keys}.</translation>
        </message>
        <message>
            <source>Grammar language must be a language code such as en-US, en-GB, de, fr or pt-BR (or auto, to detect it).</source>
            <translation>O idioma da verificação gramatical deve ser um código de idioma como en-US, en-GB, de, fr ou pt-BR (ou auto, para detectá-lo).</translation>
        </message>
        <message>
            <source>The grammar server address must be a web address, such as https://languagetool.example.org or http://localhost:8081.</source>
            <translation>O endereço do servidor de gramática deve ser um endereço web, como https://languagetool.example.org ou http://localhost:8081.</translation>
        </message>
        <message>
            <source>The grammar server address must not contain a username or password; enter those in their own fields.</source>
            <translation>O endereço do servidor de gramática não deve conter nome de usuário nem senha; informe-os nos campos próprios.</translation>
        </message>
        <message>
            <source>Checking with a grammar server needs the server's address.</source>
            <translation>Para verificar com um servidor de gramática, é preciso o endereço dele.</translation>
        </message>
        <message>
            <source>LanguageTool Premium needs your username (your account's e-mail address).</source>
            <translation>O LanguageTool Premium precisa do seu nome de usuário (o e-mail da sua conta).</translation>
        </message>
        <message>
            <source>{label} must be a list of text.</source>
            <translation>“{label}” deve ser uma lista de textos.</translation>
        </message>
        <message>
            <source>{label} must be true or false.</source>
            <translation>“{label}” deve ser true ou false.</translation>
        </message>
        <message>
            <source>{label} must be a whole number from {low} to {high}.</source>
            <translation>“{label}” deve ser um número inteiro de {low} a {high}.</translation>
        </message>
        <message>
            <source>{label} must be text.</source>
            <translation>“{label}” deve ser texto.</translation>
        </message>
        <message>
            <source>{label} must be {choices} or {last}.</source>
            <translation>“{label}” deve ser {choices} ou {last}.</translation>
        </message>
        <message>
            <source>{refusal}, not '{typed}'.</source>
            <translation>{refusal}, não '{typed}'.</translation>
        </message>
        <message>
            <source>The settings file {path} cannot be read: {error}</source>
            <translation>Não é possível ler o arquivo de configurações {path}: {error}</translation>
        </message>
        <message>
            <source>The settings file {path} does not hold a settings object.</source>
            <translation>O arquivo de configurações {path} não contém um objeto de configurações.</translation>
        </message>
        <message>
            <source>The settings file {path}, '{key}': {error}</source>
            <translation>O arquivo de configurações {path}, '{key}': {error}</translation>
        </message>
        <message>
            <source>The settings could not be saved to {path}: {error}</source>
            <translation>Não foi possível salvar as configurações em {path}: {error}</translation>
        </message>
        <message>
            <source>The settings file {path} has no valid schema_version.</source>
            <translation>O arquivo de configurações {path} não tem uma schema_version válida.</translation>
        </message>
        <message>
            <source>The settings file {path} was written by a newer version of Rapport; update Rapport to use it.</source>
            <translation>O arquivo de configurações {path} foi gravado por uma versão mais recente do Rapport; atualize o Rapport para usá-lo.</translation>
        </message>
        <message>
            <source>{label} must be one line of text.</source>
            <translation>“{label}” deve ser uma única linha de texto.</translation>
        </message>
        <message>
            <source>There is no setting called '{key}'.</source>
            <translation>Não existe uma configuração chamada '{key}'.</translation>
        </message>
    </context>
    <context>
        <name>SettingsFlow</name>
        <message>
            <source>Settings saved.</source>
            <translation>Configurações salvas.</translation>
        </message>
    </context>
    <context>
        <name>ShareLabel</name>
        <message>
            <source>No group</source>
            <translation>Sem grupo</translation>
        </message>
        <message>
            <source>Others</source>
            <comment>the companies or places past the ten most common</comment>
            <translation>Outros</translation>
        </message>
    </context>
    <context>
        <name>ShareModel</name>
        <message>
            <source>Contacts</source>
            <translation>Contatos</translation>
        </message>
        <message>
            <source>Share</source>
            <comment>noun: share of the network</comment>
            <translation>Participação</translation>
        </message>
        <message>
            <source>{percent}%</source>
            <translation>{percent}%</translation>
        </message>
    </context>
    <context>
        <name>SkippedRow</name>
        <message>
            <source>no name</source>
            <translation>sem nome</translation>
        </message>
        <message>
            <source>the {column} “{value}” is not a date Rapport can read; write it like {examples}</source>
            <translation>a {column} “{value}” não é uma data que o Rapport consiga ler; escreva-a como {examples}</translation>
        </message>
        <message>
            <source>no name (a member who hid or closed their profile)</source>
            <translation>sem nome (um membro que ocultou ou encerrou o perfil)</translation>
        </message>
        <message>
            <source>the direction “{direction}” is neither OUTGOING nor INCOMING</source>
            <translation>a direção “{direction}” não é OUTGOING nem INCOMING</translation>
        </message>
        <message>
            <source>the other person has no name</source>
            <translation>a outra pessoa não tem nome</translation>
        </message>
        <message>
            <source>no “Sent At” time</source>
            <translation>sem hora em “Sent At”</translation>
        </message>
        <message>
            <source>a contact you have</source>
            <translation>um dos seus contatos</translation>
        </message>
        <message>
            <source>kept apart from {where} of the same name: another company, position or connection date</source>
            <translation>mantido separado da pessoa com o mesmo nome ({where}): outra empresa, outro cargo ou outra data de conexão</translation>
        </message>
        <message>
            <source>{count} people are named “{name}”; linked by name to one of them, which may be the wrong one</source>
            <translation>{count} pessoas se chamam “{name}”; vinculada pelo nome a uma delas, que pode ser a errada</translation>
        </message>
        <message>
            <source>the same person as {where}</source>
            <translation>a mesma pessoa que na {where}</translation>
        </message>
        <message>
            <source>line {line}</source>
            <translation>linha {line}</translation>
        </message>
        <message>
            <source>{file}, line {line}</source>
            <translation>linha {line} de {file}</translation>
        </message>
        <message>
            <source>{values} values where the header has {columns} columns</source>
            <translation>{values} valores onde o cabeçalho tem {columns} colunas</translation>
        </message>
        <message>
            <source>a group card (“{group}”), not a person</source>
            <translation>um cartão de grupo (“{group}”), não uma pessoa</translation>
        </message>
        <message>
            <source>a group card</source>
            <translation>um cartão de grupo</translation>
        </message>
        <message>
            <source>the card has no name</source>
            <translation>o cartão não tem nome</translation>
        </message>
    </context>
    <context>
        <name>SpanText</name>
        <message numerus="yes">
            <source>%Ln days</source>
            <translation>
                <numerusform>%Ln dia</numerusform>
                <numerusform>%Ln dias</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln weeks</source>
            <translation>
                <numerusform>%Ln semana</numerusform>
                <numerusform>%Ln semanas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln months</source>
            <translation>
                <numerusform>%Ln mês</numerusform>
                <numerusform>%Ln meses</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln years</source>
            <translation>
                <numerusform>%Ln ano</numerusform>
                <numerusform>%Ln anos</numerusform>
            </translation>
        </message>
        <message>
            <source>today</source>
            <translation>hoje</translation>
        </message>
        <message>
            <source>yesterday</source>
            <translation>ontem</translation>
        </message>
        <message numerus="yes">
            <source>%Ln days ago</source>
            <translation>
                <numerusform>há %Ln dia</numerusform>
                <numerusform>há %Ln dias</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln weeks ago</source>
            <translation>
                <numerusform>há %Ln semana</numerusform>
                <numerusform>há %Ln semanas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln months ago</source>
            <translation>
                <numerusform>há %Ln mês</numerusform>
                <numerusform>há %Ln meses</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln years ago</source>
            <translation>
                <numerusform>há %Ln ano</numerusform>
                <numerusform>há %Ln anos</numerusform>
            </translation>
        </message>
        <message>
            <source>tomorrow</source>
            <translation>amanhã</translation>
        </message>
        <message numerus="yes">
            <source>in %Ln days</source>
            <translation>
                <numerusform>em %Ln dia</numerusform>
                <numerusform>em %Ln dias</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %Ln weeks</source>
            <translation>
                <numerusform>em %Ln semana</numerusform>
                <numerusform>em %Ln semanas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %Ln months</source>
            <translation>
                <numerusform>em %Ln mês</numerusform>
                <numerusform>em %Ln meses</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %Ln years</source>
            <translation>
                <numerusform>em %Ln ano</numerusform>
                <numerusform>em %Ln anos</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StaleModel</name>
        <message>
            <source>Name</source>
            <translation>Nome</translation>
        </message>
        <message>
            <source>Works as</source>
            <translation>Cargo</translation>
        </message>
        <message>
            <source>Connected</source>
            <comment>column: the day you connected</comment>
            <translation>Conexão desde</translation>
        </message>
        <message>
            <source>Why it is listed</source>
            <translation>Por que aparece aqui</translation>
        </message>
    </context>
    <context>
        <name>StaleReason</name>
        <message numerus="yes">
            <source>Marked never met, connected %Ln years ago, and never contacted.</source>
            <translation>
                <numerusform>Marcado como “Nunca vi”, conexão feita há %Ln ano e nenhum contato desde então.</numerusform>
                <numerusform>Marcado como “Nunca vi”, conexão feita há %Ln anos e nenhum contato desde então.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Marked never met, connected %Ln days ago, and never contacted.</source>
            <translation>
                <numerusform>Marcado como “Nunca vi”, conexão feita há %Ln dia e nenhum contato desde então.</numerusform>
                <numerusform>Marcado como “Nunca vi”, conexão feita há %Ln dias e nenhum contato desde então.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StatsView</name>
        <message>
            <source>Invitations</source>
            <comment>column: with or without a note</comment>
            <translation>Convites</translation>
        </message>
        <message>
            <source>invitations</source>
            <comment>break down by</comment>
            <translation>convites</translation>
        </message>
        <message>
            <source>Template</source>
            <comment>column</comment>
            <translation>Modelo</translation>
        </message>
        <message>
            <source>template</source>
            <comment>break down by</comment>
            <translation>modelo</translation>
        </message>
        <message>
            <source>Kind</source>
            <comment>column</comment>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>kind</source>
            <comment>break down by</comment>
            <translation>tipo</translation>
        </message>
        <message>
            <source>Group</source>
            <comment>column</comment>
            <translation>Grupo</translation>
        </message>
        <message>
            <source>group</source>
            <comment>break down by</comment>
            <translation>grupo</translation>
        </message>
        <message>
            <source>Relationship strength</source>
            <comment>column</comment>
            <translation>Proximidade</translation>
        </message>
        <message>
            <source>relationship strength</source>
            <comment>break down by</comment>
            <translation>proximidade</translation>
        </message>
        <message>
            <source>Checker score</source>
            <comment>column</comment>
            <translation>Pontuação da verificação</translation>
        </message>
        <message>
            <source>checker score</source>
            <comment>break down by</comment>
            <translation>pontuação da verificação</translation>
        </message>
        <message>
            <source>Month</source>
            <comment>column</comment>
            <translation>Mês</translation>
        </message>
        <message>
            <source>month</source>
            <comment>break down by</comment>
            <translation>mês</translation>
        </message>
        <message>
            <source>Differences unlikely to be chance</source>
            <translation>Diferenças que dificilmente são acaso</translation>
        </message>
        <message>
            <source>Differences that could well be chance</source>
            <translation>Diferenças que podem muito bem ser acaso</translation>
        </message>
        <message>
            <source>Too few to tell yet</source>
            <translation>Poucos dados para concluir ainda</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>Contando…</translation>
        </message>
        <message>
            <source>Acceptance rate</source>
            <translation>Taxa de aceitação</translation>
        </message>
        <message>
            <source>Reply rate</source>
            <translation>Taxa de resposta</translation>
        </message>
        <message>
            <source>Median time to acceptance</source>
            <translation>Tempo mediano até a aceitação</translation>
        </message>
        <message>
            <source>Still pending</source>
            <translation>Ainda pendentes</translation>
        </message>
        <message>
            <source>Break the statistics down by</source>
            <translation>Agrupar as estatísticas por</translation>
        </message>
        <message>
            <source>Statistics broken down</source>
            <translation>Estatísticas agrupadas</translation>
        </message>
        <message>
            <source>What the differences mean</source>
            <translation>O que as diferenças significam</translation>
        </message>
        <message>
            <source>&amp;Break down by</source>
            <translation>A&amp;grupar por</translation>
        </message>
        <message>
            <source>Breakdown</source>
            <translation>Detalhamento</translation>
        </message>
        <message>
            <source>Acceptance and reply rates by template, with 95% intervals</source>
            <translation>Taxas de aceitação e de resposta por modelo, com intervalos de 95%</translation>
        </message>
        <message>
            <source>Between the statistics table and the chart</source>
            <translation>Entre a tabela de estatísticas e o gráfico</translation>
        </message>
        <message>
            <source>Above what the differences mean</source>
            <translation>Acima do que as diferenças significam</translation>
        </message>
        <message>
            <source>No decided invitations yet.</source>
            <translation>Nenhum convite concluído ainda.</translation>
        </message>
        <message numerus="yes">
            <source>{successes} of %Ln decided invitations. 95% interval {low}–{high}.</source>
            <translation>
                <numerusform>{successes} de %Ln convite concluído. Intervalo de 95%: {low}–{high}.</numerusform>
                <numerusform>{successes} de %Ln convites concluídos. Intervalo de 95%: {low}–{high}.</numerusform>
            </translation>
        </message>
        <message>
            <source>No accepted invitations yet.</source>
            <translation>Nenhum convite aceito ainda.</translation>
        </message>
        <message numerus="yes">
            <source>{successes} of %Ln accepted invitations. 95% interval {low}–{high}.</source>
            <translation>
                <numerusform>{successes} de %Ln convite aceito. Intervalo de 95%: {low}–{high}.</numerusform>
                <numerusform>{successes} de %Ln convites aceitos. Intervalo de 95%: {low}–{high}.</numerusform>
            </translation>
        </message>
        <message>
            <source>No accepted invitation with a known acceptance time yet.</source>
            <translation>Nenhum convite aceito com tempo de aceitação conhecido ainda.</translation>
        </message>
        <message numerus="yes">
            <source>Of %Ln accepted invitations, half were accepted sooner, half later.</source>
            <translation>
                <numerusform>De %Ln convite aceito, metade foi aceita antes disso, metade depois.</numerusform>
                <numerusform>De %Ln convites aceitos, metade foi aceita antes disso, metade depois.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Invitations sent in the last %Ln days and not yet answered; left out of the rates until they are, or until the window passes.</source>
            <translation>
                <numerusform>Convites enviados no último %Ln dia e ainda sem resposta; ficam fora das taxas até serem respondidos ou até o prazo acabar.</numerusform>
                <numerusform>Convites enviados nos últimos %Ln dias e ainda sem resposta; ficam fora das taxas até serem respondidos ou até o prazo acabar.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing to compare yet: the statistics compare templates, groups, strengths and scores once invitations of more than one kind have been decided.</source>
            <translation>Nada para comparar ainda: as estatísticas comparam modelos, grupos, proximidade e pontuações quando convites de mais de um tipo tiverem sido concluídos.</translation>
        </message>
        <message>
            <source>{heading} ({count})</source>
            <translation>{heading} ({count})</translation>
        </message>
    </context>
    <context>
        <name>StoreDamaged</name>
        <message>
            <source>Rapport keeps backups in {folder}; the latest is {backup}.</source>
            <translation>O Rapport mantém backups em {folder}; o mais recente é {backup}.</translation>
        </message>
        <message>
            <source>Rapport keeps backups in {folder}, but none has been made yet.</source>
            <translation>O Rapport mantém backups em {folder}, mas nenhum foi feito ainda.</translation>
        </message>
        <message>
            <source>The database {path} is damaged and cannot be read. It has been left as it is. {backups}</source>
            <translation>O banco de dados {path} está danificado e não pode ser lido. Ele foi deixado como estava. {backups}</translation>
        </message>
    </context>
    <context>
        <name>StoreError</name>
        <message>
            <source>No contact has the id '{id}'.</source>
            <translation>Nenhum contato tem o id '{id}'.</translation>
        </message>
        <message>
            <source>No contact is named '{name}'.</source>
            <translation>Nenhum contato se chama '{name}'.</translation>
        </message>
        <message>
            <source>{count} contacts are named '{name}' (ids {ids}): give the id.</source>
            <translation>{count} contatos se chamam '{name}' (ids {ids}): informe o id.</translation>
        </message>
        <message>
            <source>There is no complete message to record.</source>
            <translation>Não há uma mensagem completa para registrar.</translation>
        </message>
        <message>
            <source>Save the contact first, then record the message.</source>
            <translation>Salve o contato primeiro e depois registre a mensagem.</translation>
        </message>
        <message>
            <source>Rapport could not back up {database} into {folder} ({error}).</source>
            <translation>O Rapport não conseguiu fazer backup de {database} em {folder} ({error}).</translation>
        </message>
        <message>
            <source>There is no usable backup of {database} in {folder}; the database has been left as it is.</source>
            <translation>Não há nenhum backup utilizável de {database} em {folder}; o banco de dados foi deixado como estava.</translation>
        </message>
        <message>
            <source>The backup {backup} could not be put in place of {database} ({error}).</source>
            <translation>Não foi possível colocar o backup {backup} no lugar de {database} ({error}).</translation>
        </message>
        <message>
            <source>{path} is a folder, not a database file.</source>
            <translation>{path} é uma pasta, não um arquivo de banco de dados.</translation>
        </message>
        <message>
            <source>The folder {folder} cannot be created ({error}).</source>
            <translation>Não é possível criar a pasta {folder} ({error}).</translation>
        </message>
        <message>
            <source>The database {path} cannot be read ({error}).</source>
            <translation>Não é possível ler o banco de dados {path} ({error}).</translation>
        </message>
        <message>
            <source>The database {path} cannot be opened. Check that its folder exists and that you are allowed to use it.</source>
            <translation>Não é possível abrir o banco de dados {path}. Verifique se a pasta dele existe e se você tem permissão para usá-la.</translation>
        </message>
        <message>
            <source>There is no space left to save to {path}. Free some disk space.</source>
            <translation>Não há mais espaço para salvar em {path}. Libere um pouco de espaço em disco.</translation>
        </message>
        <message>
            <source>Rapport could not read or write {path}: the disk reported an error.</source>
            <translation>O Rapport não conseguiu ler nem gravar {path}: o disco informou um erro.</translation>
        </message>
        <message>
            <source>The database {path} could not be used: {error}.</source>
            <translation>Não foi possível usar o banco de dados {path}: {error}.</translation>
        </message>
        <message>
            <source>A time without a time zone cannot be recorded; give it one (UTC).</source>
            <translation>Não é possível registrar um horário sem fuso horário; informe um (UTC).</translation>
        </message>
        <message>
            <source>Rapport must upgrade {path} and backs it up first, but the backup in {folder} failed ({error}). Nothing was changed.</source>
            <translation>O Rapport precisa atualizar {path} e antes faz um backup, mas o backup em {folder} falhou ({error}). Nada foi alterado.</translation>
        </message>
        <message>
            <source>The database {path} could not be upgraded for this version of Rapport ({error}). The upgrade was undone.</source>
            <translation>Não foi possível atualizar o banco de dados {path} para esta versão do Rapport ({error}). A atualização foi desfeita.</translation>
        </message>
        <message>
            <source>{name} is already saved (number {number}).</source>
            <translation>{name} já está salvo (número {number}).</translation>
        </message>
        <message>
            <source>{name} has not been saved yet, so cannot be updated.</source>
            <translation>{name} ainda não foi salvo, então não pode ser atualizado.</translation>
        </message>
        <message>
            <source>A personalisation score runs from 0 to 100.</source>
            <translation>Uma pontuação de personalização vai de 0 a 100.</translation>
        </message>
        <message>
            <source>An empty message cannot be recorded as sent.</source>
            <translation>Uma mensagem vazia não pode ser registrada como enviada.</translation>
        </message>
        <message>
            <source>The number of messages to show cannot be negative.</source>
            <translation>O número de mensagens a mostrar não pode ser negativo.</translation>
        </message>
        <message>
            <source>'{outcome}' is not an outcome; use one of: {choices}.</source>
            <translation>'{outcome}' não é um resultado; use um destes: {choices}.</translation>
        </message>
        <message>
            <source>No sent message number {number} is recorded.</source>
            <translation>Nenhuma mensagem enviada com o número {number} está registrada.</translation>
        </message>
        <message>
            <source>No incoming request number {number} is recorded.</source>
            <translation>Nenhuma solicitação recebida com o número {number} está registrada.</translation>
        </message>
        <message>
            <source>Some text contains characters that are not valid Unicode and cannot be saved.</source>
            <translation>Algum texto contém caracteres que não são Unicode válido e não pode ser salvo.</translation>
        </message>
        <message>
            <source>The database {path} has been closed.</source>
            <translation>O banco de dados {path} foi fechado.</translation>
        </message>
        <message>
            <source>No contact number {number} is saved; it may have been deleted.</source>
            <translation>Nenhum contato com o número {number} está salvo; talvez tenha sido excluído.</translation>
        </message>
    </context>
    <context>
        <name>StoreLocked</name>
        <message>
            <source>The database {path} is in use by another program. Close the other program (or the other Rapport window) and try again.</source>
            <translation>O banco de dados {path} está sendo usado por outro programa. Feche o outro programa (ou a outra janela do Rapport) e tente de novo.</translation>
        </message>
    </context>
    <context>
        <name>StoreReadOnly</name>
        <message>
            <source>Rapport cannot save to {path}: the file or its folder is read-only. Make both writable, or move the data folder somewhere you can write to.</source>
            <translation>O Rapport não consegue salvar em {path}: o arquivo ou a pasta dele está como somente leitura. Permita a gravação nos dois ou mova a pasta de dados para um lugar onde você possa gravar.</translation>
        </message>
    </context>
    <context>
        <name>StoreTooNew</name>
        <message>
            <source>The database {path} was written by a newer version of Rapport (schema {version}; this version knows up to {known}). Update Rapport to open it; the file has not been changed.</source>
            <translation>O banco de dados {path} foi gravado por uma versão mais recente do Rapport (esquema {version}; esta versão conhece até o {known}). Atualize o Rapport para abri-lo; o arquivo não foi alterado.</translation>
        </message>
    </context>
    <context>
        <name>StrengthText</name>
        <message>
            <source>Close</source>
            <translation>Próximo</translation>
        </message>
        <message>
            <source>Know well</source>
            <translation>Conheço bem</translation>
        </message>
        <message>
            <source>Know a little</source>
            <translation>Conheço um pouco</translation>
        </message>
        <message>
            <source>Met once</source>
            <translation>Vi uma vez</translation>
        </message>
        <message>
            <source>Never met</source>
            <translation>Nunca vi</translation>
        </message>
    </context>
    <context>
        <name>TemplateEditor</name>
        <message>
            <source>Templates</source>
            <translation>Modelos</translation>
        </message>
        <message>
            <source>Template file text</source>
            <translation>Texto do arquivo do modelo</translation>
        </message>
        <message>
            <source>Built-in template: read-only. Duplicate it (Ctrl+D) to make your own version.</source>
            <translation>Modelo integrado: somente leitura. Duplique-o (Ctrl+D) para criar sua própria versão.</translation>
        </message>
        <message>
            <source>Problem in the template</source>
            <translation>Problema no modelo</translation>
        </message>
        <message>
            <source>&amp;New template</source>
            <translation>&amp;Novo modelo</translation>
        </message>
        <message>
            <source>&amp;Duplicate to my templates</source>
            <translation>&amp;Duplicar para meus modelos</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Salvar</translation>
        </message>
        <message>
            <source>De&amp;lete…</source>
            <translation>Excl&amp;uir…</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Importar…</translation>
        </message>
        <message>
            <source>&amp;Export selected…</source>
            <translation>&amp;Exportar selecionados…</translation>
        </message>
        <message>
            <source>&amp;Templates</source>
            <translation>&amp;Modelos</translation>
        </message>
        <message>
            <source>Save the template</source>
            <translation>Salvar o modelo</translation>
        </message>
        <message>
            <source>Te&amp;xt</source>
            <translation>Te&amp;xto</translation>
        </message>
        <message>
            <source>Between the templates and the text</source>
            <translation>Entre os modelos e o texto</translation>
        </message>
        <message>
            <source>Between the text and the preview</source>
            <translation>Entre o texto e a prévia</translation>
        </message>
        <message>
            <source>The template's file was removed; saving writes it again.</source>
            <translation>O arquivo do modelo foi removido; ao salvar, ele é gravado de novo.</translation>
        </message>
        <message>
            <source>Line {line}: {problem}</source>
            <translation>Linha {line}: {problem}</translation>
        </message>
        <message>
            <source>{name}{modified} — Templates</source>
            <translation>{name}{modified} — Modelos</translation>
        </message>
        <message>
            <source>Not saved: {problem}</source>
            <translation>Não foi salvo: {problem}</translation>
        </message>
        <message>
            <source>Saved {file}.</source>
            <translation>{file} salvo.</translation>
        </message>
        <message>
            <source>Created {file} in your templates.</source>
            <translation>{file} criado nos seus modelos.</translation>
        </message>
        <message>
            <source>Duplicated as {file} in your templates.</source>
            <translation>Duplicado como {file} nos seus modelos.</translation>
        </message>
        <message>
            <source>No template was created: {problem}</source>
            <translation>Nenhum modelo foi criado: {problem}</translation>
        </message>
        <message>
            <source>Deleted {name}.</source>
            <translation>Modelo {name} excluído.</translation>
        </message>
    </context>
    <context>
        <name>TemplateFieldsModel</name>
        <message>
            <source>a contact field</source>
            <translation>um campo do contato</translation>
        </message>
        <message>
            <source>from your settings</source>
            <translation>das suas configurações</translation>
        </message>
        <message>
            <source>typed for each message</source>
            <translation>digitado a cada mensagem</translation>
        </message>
        <message>
            <source>{label} ({name}) · missing</source>
            <translation>{label} ({name}) · faltando</translation>
        </message>
        <message>
            <source>{label} ({name})</source>
            <translation>{label} ({name})</translation>
        </message>
        <message>
            <source>them</source>
            <comment>the contact</comment>
            <translation>a pessoa</translation>
        </message>
        <message>
            <source>Required; {origin}.</source>
            <translation>Obrigatório; {origin}.</translation>
        </message>
        <message>
            <source>Used; {origin}.</source>
            <translation>Usado; {origin}.</translation>
        </message>
        <message>
            <source>{name} has no value for it.</source>
            <translation>{name} não tem valor para este campo.</translation>
        </message>
        <message>
            <source>There is no value for it.</source>
            <translation>Não há valor para este campo.</translation>
        </message>
        <message>
            <source>{tip} {lacking}</source>
            <translation>{tip} {lacking}</translation>
        </message>
    </context>
    <context>
        <name>TemplateFileError</name>
        <message>
            <source>You already have a template named '{name}': choose another name.</source>
            <translation>Você já tem um modelo chamado “{name}”: escolha outro nome.</translation>
        </message>
        <message>
            <source>{file}: could not be saved ({error}).</source>
            <translation>{file}: não foi possível salvar ({error}).</translation>
        </message>
        <message>
            <source>'{name}' is a built-in template; it cannot be deleted.</source>
            <translation>“{name}” é um modelo integrado; não pode ser excluído.</translation>
        </message>
        <message>
            <source>{file}: could not be deleted ({error}).</source>
            <translation>{file}: não foi possível excluir ({error}).</translation>
        </message>
    </context>
    <context>
        <name>TemplateFormatError</name>
        <message>
            <source>{file}: {problem}</source>
            <translation>{file}: {problem}</translation>
        </message>
        <message>
            <source>{file}, line {line}: {problem}</source>
            <translation>{file}, linha {line}: {problem}</translation>
        </message>
        <message>
            <source>'{key}' must be one of: {allowed}.</source>
            <translation>“{key}” deve ser um destes valores: {allowed}.</translation>
        </message>
        <message>
            <source>the file is not UTF-8 text.</source>
            <translation>o arquivo não é texto UTF-8.</translation>
        </message>
        <message>
            <source>template</source>
            <translation>modelo</translation>
        </message>
        <message>
            <source>the file must start with a front matter block between '---' lines (name, kind, channel, description, requires).</source>
            <translation>o arquivo deve começar com um bloco de cabeçalho entre linhas '---' (name, kind, channel, description, requires).</translation>
        </message>
        <message>
            <source>the front matter is {problem}.</source>
            <translation>o cabeçalho não é válido: {problem}.</translation>
        </message>
        <message>
            <source>the front matter must be a set of 'key: value' lines.</source>
            <translation>o cabeçalho deve ser um conjunto de linhas 'key: value'.</translation>
        </message>
        <message>
            <source>'name' must be a short name of letters, digits, '-', '_' or '.'.</source>
            <translation>“name” deve ser um nome curto de letras, dígitos, '-', '_' ou '.'.</translation>
        </message>
        <message>
            <source>'{key}' must be text.</source>
            <translation>“{key}” deve ser texto.</translation>
        </message>
        <message>
            <source>'register' applies only to {languages}.</source>
            <translation>“register” só se aplica a {languages}.</translation>
        </message>
        <message>
            <source>'requires' must be a list of field names.</source>
            <translation>“requires” deve ser uma lista de nomes de campo.</translation>
        </message>
    </context>
    <context>
        <name>TemplateListModel</name>
        <message>
            <source>{template} (yours)</source>
            <translation>{template} (seu)</translation>
        </message>
    </context>
    <context>
        <name>TemplateMenu</name>
        <message>
            <source>&amp;Templates</source>
            <translation>Modelo&amp;s</translation>
        </message>
        <message>
            <source>&amp;Edit templates…</source>
            <translation>&amp;Editar modelos…</translation>
        </message>
        <message>
            <source>&amp;Import templates…</source>
            <translation>&amp;Importar modelos…</translation>
        </message>
        <message>
            <source>Import a &amp;folder of templates…</source>
            <translation>Importar uma &amp;pasta de modelos…</translation>
        </message>
        <message>
            <source>E&amp;xport my templates…</source>
            <translation>E&amp;xportar meus modelos…</translation>
        </message>
    </context>
    <context>
        <name>TemplatePicker</name>
        <message>
            <source>All kinds</source>
            <translation>Todos os tipos</translation>
        </message>
        <message>
            <source>All languages</source>
            <translation>Todos os idiomas</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>Ti&amp;po</translation>
        </message>
        <message>
            <source>Templ&amp;ate</source>
            <translation>Mo&amp;delo</translation>
        </message>
        <message>
            <source>Lang&amp;uage</source>
            <translation>Idi&amp;oma</translation>
        </message>
        <message>
            <source>There are no templates of this kind.</source>
            <translation>Não há modelos deste tipo.</translation>
        </message>
    </context>
    <context>
        <name>TemplatePreview</name>
        <message>
            <source>Contact to preview the template for</source>
            <translation>Contato para a prévia do modelo</translation>
        </message>
        <message>
            <source>{name} (an example: no contacts yet)</source>
            <translation>{name} (um exemplo: ainda não há contatos)</translation>
        </message>
        <message>
            <source>Fields the template uses</source>
            <translation>Campos que o modelo usa</translation>
        </message>
        <message>
            <source>Message preview</source>
            <translation>Prévia da mensagem</translation>
        </message>
        <message>
            <source>Character count</source>
            <translation>Contagem de caracteres</translation>
        </message>
        <message>
            <source>Why there is no preview</source>
            <translation>Por que não há prévia</translation>
        </message>
        <message>
            <source>Preview &amp;for</source>
            <translation>Prévia &amp;para</translation>
        </message>
        <message>
            <source>F&amp;ields</source>
            <translation>C&amp;ampos</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Mensagem</translation>
        </message>
        <message>
            <source>The preview failed: {error}</source>
            <translation>A prévia falhou: {error}</translation>
        </message>
        <message>
            <source>Line {line}: {problem}</source>
            <translation>Linha {line}: {problem}</translation>
        </message>
        <message numerus="yes">
            <source>%Ln characters</source>
            <translation>
                <numerusform>%Ln caractere</numerusform>
                <numerusform>%Ln caracteres</numerusform>
            </translation>
        </message>
        <message>
            <source>{length} / {limit}</source>
            <translation>{length} / {limit}</translation>
        </message>
        <message>
            <source>them</source>
            <comment>the contact, unnamed</comment>
            <translation>a pessoa</translation>
        </message>
    </context>
    <context>
        <name>TemplateRefused</name>
        <message>
            <source>The '{filter}' filter's width is limited to {limit}.</source>
            <translation>A largura do filtro “{filter}” é limitada a {limit}.</translation>
        </message>
        <message>
            <source>The 'wordwrap' filter's line break is limited to {limit} characters.</source>
            <translation>A quebra de linha do filtro “wordwrap” é limitada a {limit} caracteres.</translation>
        </message>
        <message>
            <source>The 'round' filter's precision is limited to {limit} digits.</source>
            <translation>A precisão do filtro “round” é limitada a {limit} dígitos.</translation>
        </message>
        <message>
            <source>The '{filter}' filter takes a count from 1 to {limit}.</source>
            <translation>O filtro “{filter}” aceita uma quantidade de 1 a {limit}.</translation>
        </message>
        <message>
            <source>The 'sum' filter adds numbers only.</source>
            <translation>O filtro “sum” só soma números.</translation>
        </message>
        <message>
            <source>The template took longer than {seconds} s to render and was stopped.</source>
            <translation>O modelo levou mais de {seconds} s para ser gerado e foi interrompido.</translation>
        </message>
        <message>
            <source>The template tried to build text longer than {limit} characters.</source>
            <translation>O modelo tentou criar um texto com mais de {limit} caracteres.</translation>
        </message>
        <message>
            <source>The template tried to build a list longer than {limit} items.</source>
            <translation>O modelo tentou criar uma lista com mais de {limit} itens.</translation>
        </message>
        <message>
            <source>The template tried to compute an enormous number.</source>
            <translation>O modelo tentou calcular um número enorme.</translation>
        </message>
        <message>
            <source>The template tried to print something longer than {limit} characters.</source>
            <translation>O modelo tentou exibir algo com mais de {limit} caracteres.</translation>
        </message>
        <message>
            <source>The template nested lists more than {depth} levels deep.</source>
            <translation>O modelo aninhou listas em mais de {depth} níveis.</translation>
        </message>
        <message>
            <source>The template is not allowed to do that: {error}</source>
            <translation>O modelo não tem permissão para fazer isso: {error}</translation>
        </message>
        <message>
            <source>The template produced more than {limit} characters.</source>
            <translation>O modelo gerou mais de {limit} caracteres.</translation>
        </message>
        <message>
            <source>An expression in the template printed nothing (None).</source>
            <translation>Uma expressão do modelo não exibiu nada (None).</translation>
        </message>
        <message>
            <source>Formatting text with % is not allowed; join text with ~.</source>
            <translation>Não é permitido formatar texto com %; junte o texto com ~.</translation>
        </message>
        <message>
            <source>The template may not call '{name}'.</source>
            <translation>O modelo não pode chamar “{name}”.</translation>
        </message>
        <message>
            <source>The template may not call that.</source>
            <translation>O modelo não pode chamar isso.</translation>
        </message>
        <message>
            <source>Templates cannot include, import or extend other files.</source>
            <translation>Os modelos não podem incluir, importar nem estender outros arquivos.</translation>
        </message>
        <message>
            <source>Templates cannot use autoescape: messages are plain text.</source>
            <translation>Os modelos não podem usar autoescape: as mensagens são texto simples.</translation>
        </message>
        <message>
            <source>'{name}' is not something a template can call.</source>
            <translation>“{name}” não é algo que um modelo possa chamar.</translation>
        </message>
    </context>
    <context>
        <name>TemplateText</name>
        <message>
            <source>Coffee catch up</source>
            <translation>Café para colocar o papo em dia</translation>
        </message>
        <message>
            <source>Coffee invitation</source>
            <translation>Convite para um café</translation>
        </message>
        <message>
            <source>Congratulate new role</source>
            <translation>Parabéns pelo novo cargo</translation>
        </message>
        <message>
            <source>Decline follow instead</source>
            <translation>Recusar e seguir em vez disso</translation>
        </message>
        <message>
            <source>Decline offer coffee</source>
            <translation>Recusar e oferecer um café</translation>
        </message>
        <message>
            <source>Follow up after meeting</source>
            <translation>Retorno depois de um encontro</translation>
        </message>
        <message>
            <source>Follow up no reply</source>
            <translation>Retorno sem resposta</translation>
        </message>
        <message>
            <source>Intro ask</source>
            <translation>Pedir uma apresentação</translation>
        </message>
        <message>
            <source>Intro make</source>
            <translation>Apresentar duas pessoas</translation>
        </message>
        <message>
            <source>Intro offer</source>
            <translation>Oferecer uma apresentação</translation>
        </message>
        <message>
            <source>Invite brief</source>
            <translation>Convite breve</translation>
        </message>
        <message>
            <source>Invite former colleague</source>
            <translation>Convite a ex-colegas</translation>
        </message>
        <message>
            <source>Invite introduced by</source>
            <translation>Convite após uma apresentação</translation>
        </message>
        <message>
            <source>Invite met at event</source>
            <translation>Convite após um evento</translation>
        </message>
        <message>
            <source>Invite read their work</source>
            <translation>Convite por um trabalho lido</translation>
        </message>
        <message>
            <source>Invite same city</source>
            <translation>Convite: mesma cidade</translation>
        </message>
        <message>
            <source>Recruiter interested</source>
            <translation>Recrutador: tenho interesse</translation>
        </message>
        <message>
            <source>Recruiter not now</source>
            <translation>Recrutador: agora não</translation>
        </message>
        <message>
            <source>Thanks for accepting</source>
            <translation>Agradecer o aceite</translation>
        </message>
        <message>
            <source>Thanks for connecting</source>
            <translation>Agradecer a conexão</translation>
        </message>
    </context>
    <context>
        <name>TemplateTransfer</name>
        <message>
            <source>Import templates</source>
            <translation>Importar modelos</translation>
        </message>
        <message>
            <source>Templates and zip archives (*.j2 *.zip);;All files (*)</source>
            <translation>Modelos e arquivos zip (*.j2 *.zip);;Todos os arquivos (*)</translation>
        </message>
        <message>
            <source>Import a folder of templates</source>
            <translation>Importar uma pasta de modelos</translation>
        </message>
        <message>
            <source>Checking the templates…</source>
            <translation>Verificando os modelos…</translation>
        </message>
        <message>
            <source>The templates could not be checked: {error}</source>
            <translation>Não foi possível verificar os modelos: {error}</translation>
        </message>
        <message>
            <source>Templates not imported</source>
            <translation>Modelos não importados</translation>
        </message>
        <message>
            <source>Nothing was imported.</source>
            <translation>Nada foi importado.</translation>
        </message>
        <message numerus="yes">
            <source>Imported %Ln templates.</source>
            <translation>
                <numerusform>%Ln modelo importado.</numerusform>
                <numerusform>%Ln modelos importados.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported %Ln templates; kept your own {names}.</source>
            <translation>
                <numerusform>%Ln modelo importado; os seus foram mantidos: {names}.</numerusform>
                <numerusform>%Ln modelos importados; os seus foram mantidos: {names}.</numerusform>
            </translation>
        </message>
        <message>
            <source>No template files found.</source>
            <translation>Nenhum arquivo de modelo encontrado.</translation>
        </message>
        <message>
            <source>Nothing to import</source>
            <translation>Nada para importar</translation>
        </message>
        <message>
            <source>Some templates cannot be imported</source>
            <translation>Alguns modelos não podem ser importados</translation>
        </message>
        <message numerus="yes">
            <source>{problems}

Import the other %Ln templates?</source>
            <translation>
                <numerusform>{problems}

Importar o outro modelo (%Ln)?</numerusform>
                <numerusform>{problems}

Importar os outros %Ln modelos?</numerusform>
            </translation>
        </message>
        <message>
            <source>Replace your templates?</source>
            <translation>Substituir seus modelos?</translation>
        </message>
        <message>
            <source>You already have templates named {names}. Replace them with the imported ones? (No keeps yours and imports the rest.)</source>
            <translation>Você já tem modelos chamados {names}. Substituí-los pelos importados? (Não mantém os seus e importa o restante.)</translation>
        </message>
        <message>
            <source>Nothing to export</source>
            <translation>Nada para exportar</translation>
        </message>
        <message>
            <source>You have no templates of your own yet.</source>
            <translation>Você ainda não tem modelos próprios.</translation>
        </message>
        <message>
            <source>Zip archive (*.zip)</source>
            <translation>Arquivo zip (*.zip)</translation>
        </message>
        <message>
            <source>Separate files in a folder (*)</source>
            <translation>Arquivos separados em uma pasta (*)</translation>
        </message>
        <message numerus="yes">
            <source>Export %Ln templates</source>
            <translation>
                <numerusform>Exportar %Ln modelo</numerusform>
                <numerusform>Exportar %Ln modelos</numerusform>
            </translation>
        </message>
        <message>
            <source>Templates not exported</source>
            <translation>Modelos não exportados</translation>
        </message>
        <message numerus="yes">
            <source>Exported %Ln templates to {destination}.</source>
            <translation>
                <numerusform>%Ln modelo exportado para {destination}.</numerusform>
                <numerusform>%Ln modelos exportados para {destination}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Replace files?</source>
            <translation>Substituir arquivos?</translation>
        </message>
        <message>
            <source>{files}

already exist in {folder}. Replace them?</source>
            <translation>{files}

já existem em {folder}. Substituí-los?</translation>
        </message>
        <message>
            <source>… and {count} more.</source>
            <translation>… e mais {count}.</translation>
        </message>
    </context>
    <context>
        <name>TextProblem</name>
        <message>
            <source>{file}: {problem}</source>
            <translation>{file}: {problem}</translation>
        </message>
        <message>
            <source>{file}, line {line}: {problem}</source>
            <translation>{file}, linha {line}: {problem}</translation>
        </message>
        <message>
            <source>'name' {name} is kept by Windows for a device; choose another name.</source>
            <translation>“name” {name} é reservado pelo Windows para um dispositivo; escolha outro nome.</translation>
        </message>
        <message>
            <source>The template</source>
            <translation>O modelo</translation>
        </message>
    </context>
    <context>
        <name>TheirNote</name>
        <message>
            <source>{name} wrote</source>
            <translation>{name} escreveu</translation>
        </message>
        <message>
            <source>{name}'s note</source>
            <translation>Nota de {name}</translation>
        </message>
    </context>
    <context>
        <name>TouchText</name>
        <message>
            <source>Never contacted</source>
            <translation>Nenhum contato ainda</translation>
        </message>
        <message>
            <source>Last contacted {when}</source>
            <translation>Último contato: {when}</translation>
        </message>
        <message>
            <source>{last} · {due}</source>
            <translation>{last} · {due}</translation>
        </message>
        <message>
            <source>due {when}</source>
            <translation>próximo contato {when}</translation>
        </message>
        <message>
            <source>due today</source>
            <translation>próximo contato hoje</translation>
        </message>
        <message>
            <source>overdue by {span}</source>
            <translation>{span} de atraso</translation>
        </message>
        <message>
            <source>Accepted your invitation {when} and replied; nothing sent to them since.</source>
            <translation>Aceitou seu convite {when} e respondeu; você não enviou nada desde então.</translation>
        </message>
        <message>
            <source>Accepted your invitation {when}; no thank-you sent yet.</source>
            <translation>Aceitou seu convite {when}; você ainda não agradeceu.</translation>
        </message>
        <message>
            <source>nothing sent or received yet</source>
            <translation>nada enviado ou recebido ainda</translation>
        </message>
        <message>
            <source>last in touch {when}</source>
            <translation>último contato {when}</translation>
        </message>
        <message>
            <source>Keep in touch every {cadence}: {last}; {due}.</source>
            <translation>Manter contato a cada {cadence}: {last}; {due}.</translation>
        </message>
    </context>
    <context>
        <name>TriagePage</name>
        <message>
            <source>&amp;Triage</source>
            <translation>&amp;Triagem</translation>
        </message>
        <message>
            <source>{value} · {label}</source>
            <translation>{value} · {label}</translation>
        </message>
        <message>
            <source>Offer a &amp;coffee to strangers who live near you</source>
            <translation>Oferecer um &amp;café a desconhecidos que moram perto de você</translation>
        </message>
        <message>
            <source>People you know</source>
            <translation>Pessoas que você conhece</translation>
        </message>
        <message>
            <source>Gro&amp;ups</source>
            <translation>Gr&amp;upos</translation>
        </message>
        <message>
            <source>Or &amp;strength up to</source>
            <translation>Ou &amp;proximidade até</translation>
        </message>
        <message>
            <source>A request from someone in one of these groups, or at this strength or closer, is accepted with a thank-you note.</source>
            <translation>Uma solicitação de alguém de um desses grupos, ou com essa proximidade ou maior, é aceita com uma nota de agradecimento.</translation>
        </message>
        <message>
            <source>Everyone else</source>
            <translation>Todas as outras pessoas</translation>
        </message>
        <message>
            <source>&amp;Recruiter titles</source>
            <translation>Cargos de &amp;recrutador</translation>
        </message>
        <message>
            <source>A title containing one of these words marks a recruiter's request.</source>
            <translation>Um cargo que contém uma destas palavras indica a solicitação de um recrutador.</translation>
        </message>
    </context>
    <context>
        <name>WindowMenus</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Arquivo</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>E&amp;xibir</translation>
        </message>
        <message>
            <source>&amp;Contact</source>
            <translation>&amp;Contato</translation>
        </message>
        <message>
            <source>&amp;Message</source>
            <translation>&amp;Mensagem</translation>
        </message>
        <message>
            <source>Import &amp;LinkedIn export…</source>
            <translation>Importar exportação do &amp;LinkedIn…</translation>
        </message>
        <message>
            <source>Import &amp;vCard contacts…</source>
            <translation>Importar contatos &amp;vCard…</translation>
        </message>
        <message>
            <source>Import CSV &amp;contacts…</source>
            <translation>Importar contatos C&amp;SV…</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Configurações…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>Sai&amp;r</translation>
        </message>
        <message>
            <source>&amp;New contact</source>
            <translation>&amp;Novo contato</translation>
        </message>
        <message>
            <source>&amp;Save contact</source>
            <translation>&amp;Salvar contato</translation>
        </message>
        <message>
            <source>&amp;Find contact</source>
            <translation>&amp;Buscar contato</translation>
        </message>
        <message>
            <source>&amp;Copy message</source>
            <translation>&amp;Copiar mensagem</translation>
        </message>
        <message>
            <source>Open &amp;profile</source>
            <translation>Abrir &amp;perfil</translation>
        </message>
        <message>
            <source>&amp;Record as sent</source>
            <translation>&amp;Registrar como enviada</translation>
        </message>
        <message>
            <source>Choose &amp;template</source>
            <translation>Escolher &amp;modelo</translation>
        </message>
    </context>
    <context>
        <name>WorkerError</name>
        <message>
            <source>The template took too long or used too much memory and was stopped.</source>
            <translation>O modelo demorou demais ou usou memória demais e foi interrompido.</translation>
        </message>
        <message>
            <source>Rapport could not start its template renderer.</source>
            <translation>O Rapport não conseguiu iniciar o renderizador de modelos.</translation>
        </message>
    </context>
    <context>
        <name>_Card</name>
        <message>
            <source>{value}. {detail}</source>
            <translation>{value}. {detail}</translation>
        </message>
    </context>
</TS>
