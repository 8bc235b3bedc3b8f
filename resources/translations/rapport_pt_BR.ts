<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
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
            <translation>O que você digitou continua na janela e você pode seguir trabalhando. Se o Rapport se comportar de forma estranha daqui em diante, salve seu trabalho e reinicie o programa.</translation>
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
                <numerusform>Isso aconteceu %Ln vez desde que o Rapport foi iniciado.</numerusform>
                <numerusform>Isso aconteceu %Ln vezes desde que o Rapport foi iniciado.</numerusform>
            </translation>
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
            <translation>ex.: São Paulo: quem mora perto de você recebe o convite para um café</translation>
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
            <translation>O Rapport assina as mensagens com seu nome, sabe quem mora perto de você e conta os caracteres conforme o limite da sua conta. Você pode mudar isso depois nas Configurações (Ctrl+,).</translation>
        </message>
        <message>
            <source>Next, add someone you want to write to, or import the connections and invitations of your LinkedIn data export.
Rapport then suggests a message for each person from what you know about them.</source>
            <translation>Agora adicione alguém para quem você quer escrever, ou importe as conexões e os convites da sua exportação de dados do LinkedIn.
O Rapport então sugere uma mensagem para cada pessoa a partir do que você sabe sobre ela.</translation>
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
            <translation>O do sistema</translation>
        </message>
        <message>
            <source>My language</source>
            <translation>Meu idioma</translation>
        </message>
        <message>
            <source>Formal</source>
            <translation>Formal (o senhor / a senhora)</translation>
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
            <translation>O idioma em que você escreve: modelos e verificações para contatos que não têm um.</translation>
        </message>
        <message>
            <source>Default &amp;register</source>
            <translation>&amp;Tratamento padrão</translation>
        </message>
        <message>
            <source>How templates address people where the language has two ways: Sie or du, vous or tu, usted or tú, o senhor or você.</source>
            <translation>Como os modelos se dirigem às pessoas quando o idioma tem duas formas: Sie ou du, vous ou tu, usted ou tú, o senhor ou você.</translation>
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
            <translation>Entre o formulário e o editor</translation>
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
            <translation>Registrada como enviada para {name}.</translation>
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
        <name>PageTabs</name>
        <message>
            <source>Pages</source>
            <translation>Páginas</translation>
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
            <translation>Restaurar o backup de {day} às {time}? O que foi salvo depois dele vai faltar. O arquivo danificado fica ao lado do banco de dados, com outro nome; nada é apagado.</translation>
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
        <message numerus="yes">
            <source>%n days ago</source>
            <translation>
                <numerusform>há %n dia</numerusform>
                <numerusform>há %n dias</numerusform>
            </translation>
        </message>
        <message>
            <source>{day} {time}</source>
            <translation>{day} {time}</translation>
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
            <translation>&amp;Exibir</translation>
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
            <source>Import CS&amp;V contacts…</source>
            <translation>Importar contatos CS&amp;V…</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Configurações…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Sair</translation>
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
</TS>
