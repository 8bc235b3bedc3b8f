<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
    <context>
        <name>ActionText</name>
        <message>
            <source>Accept and send a thank-you note</source>
            <translation>Aceptar y enviar una nota de agradecimiento</translation>
        </message>
        <message>
            <source>Accept</source>
            <translation>Aceptar</translation>
        </message>
        <message>
            <source>Reply and offer a coffee</source>
            <translation>Responder y ofrecer un café</translation>
        </message>
        <message>
            <source>Reply and invite them to follow you</source>
            <translation>Responder e invitar a que te siga</translation>
        </message>
        <message>
            <source>Decline without a reply</source>
            <translation>Rechazar sin responder</translation>
        </message>
    </context>
    <context>
        <name>BreakdownModel</name>
        <message>
            <source>Sent</source>
            <comment>column: invitations sent</comment>
            <translation>Enviadas</translation>
        </message>
        <message>
            <source>Decided</source>
            <translation>Resueltas</translation>
        </message>
        <message>
            <source>Accepted</source>
            <translation>Aceptadas</translation>
        </message>
        <message>
            <source>95% interval</source>
            <translation>Intervalo del 95%</translation>
        </message>
        <message>
            <source>Replied</source>
            <translation>Con respuesta</translation>
        </message>
        <message>
            <source>Reply rate</source>
            <translation>Tasa de respuesta</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>Pendientes</translation>
        </message>
        <message>
            <source>Accepted: {rate}</source>
            <translation>Aceptadas: {rate}</translation>
        </message>
        <message>
            <source>Replied, of those accepted: {rate}</source>
            <translation>Con respuesta, de las aceptadas: {rate}</translation>
        </message>
        <message>
            <source>Invitations accepted, replied to, declined or left without an answer.</source>
            <translation>Invitaciones aceptadas, respondidas, rechazadas o sin respuesta.</translation>
        </message>
        <message numerus="yes">
            <source>Fewer than %Ln decided: too few to tell much.</source>
            <translation>
                <numerusform>Menos de %Ln resuelta: demasiado pocas para sacar conclusiones.</numerusform>
                <numerusform>Menos de %Ln resueltas: demasiado pocas para sacar conclusiones.</numerusform>
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
            <translation>Con nota</translation>
        </message>
        <message>
            <source>Without a note</source>
            <translation>Sin nota</translation>
        </message>
        <message>
            <source>No template (imported or typed)</source>
            <translation>Sin plantilla (importado o escrito)</translation>
        </message>
        <message>
            <source>Contact deleted or never saved</source>
            <translation>Contacto eliminado o nunca guardado</translation>
        </message>
        <message>
            <source>No group</source>
            <translation>Sin grupo</translation>
        </message>
        <message>
            <source>{value} · {label}</source>
            <translation>{value} · {label}</translation>
        </message>
        <message>
            <source>Unscored</source>
            <translation>Sin puntuación</translation>
        </message>
        <message>
            <source>none decided yet</source>
            <translation>ninguna decidida todavía</translation>
        </message>
        <message>
            <source>{rate} ({successes} of {trials}; 95% interval {low}–{high})</source>
            <translation>{rate} ({successes} de {trials}; intervalo del 95 % {low}–{high})</translation>
        </message>
    </context>
    <context>
        <name>CadenceText</name>
        <message>
            <source>No reminder</source>
            <translation>Sin recordatorio</translation>
        </message>
        <message>
            <source>Every 2 weeks</source>
            <translation>Cada 2 semanas</translation>
        </message>
        <message>
            <source>Every month</source>
            <translation>Cada mes</translation>
        </message>
        <message>
            <source>Every quarter</source>
            <translation>Cada trimestre</translation>
        </message>
        <message>
            <source>Every 6 months</source>
            <translation>Cada 6 meses</translation>
        </message>
        <message>
            <source>Every year</source>
            <translation>Cada año</translation>
        </message>
    </context>
    <context>
        <name>ChannelText</name>
        <message>
            <source>LinkedIn connection note</source>
            <translation>Nota de invitación de LinkedIn</translation>
        </message>
        <message>
            <source>LinkedIn message</source>
            <translation>Mensaje de LinkedIn</translation>
        </message>
        <message>
            <source>LinkedIn InMail</source>
            <translation>InMail de LinkedIn</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <source>{channel} (up to {limit} characters)</source>
            <translation>{channel} (hasta {limit} caracteres)</translation>
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
                <numerusform>%Ln carácter</numerusform>
                <numerusform>%Ln caracteres</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ChecksPanel</name>
        <message>
            <source>Personal</source>
            <comment>verdict on a message</comment>
            <translation>Personal</translation>
        </message>
        <message>
            <source>Generic</source>
            <comment>verdict on a message</comment>
            <translation>Genérico</translation>
        </message>
        <message>
            <source>{verdict} · score {score}/100</source>
            <translation>{verdict} · {score}/100</translation>
        </message>
        <message>
            <source>What to improve</source>
            <translation>Qué mejorar</translation>
        </message>
        <message>
            <source>Nothing to fix: this reads as written for {name}.</source>
            <translation>Nada que corregir: se nota que está escrito para {name}.</translation>
        </message>
        <message>
            <source>Grammar: on</source>
            <translation>Gramática: activada</translation>
        </message>
    </context>
    <context>
        <name>ChoiceText</name>
        <message>
            <source>{name} wrote to you: reply</source>
            <translation>{name} te ha escrito: responde</translation>
        </message>
        <message>
            <source>introduced by {name}</source>
            <translation>presentación de {name}</translation>
        </message>
        <message>
            <source>a former colleague</source>
            <translation>habéis trabajado juntos</translation>
        </message>
        <message>
            <source>you met {how}</source>
            <translation>os conocisteis {how}</translation>
        </message>
        <message>
            <source>you know their work: {work}</source>
            <translation>conoces su trabajo: {work}</translation>
        </message>
        <message>
            <source>you are both in {place}</source>
            <translation>los dos estáis en {place}</translation>
        </message>
        <message>
            <source>say what of {name}'s caught your eye</source>
            <translation>di qué te llamó la atención de {name}</translation>
        </message>
        <message>
            <source>the first template</source>
            <translation>la primera plantilla</translation>
        </message>
        <message>
            <source>{reason} (accepted {accepted} of {decided} times)</source>
            <translation>{reason} (aceptada {accepted} de {decided} veces)</translation>
        </message>
        <message>
            <source>Suggested for {name}: {reason}.</source>
            <translation>Sugerida para {name}: {reason}.</translation>
        </message>
        <message>
            <source>You chose this template for {name}.</source>
            <translation>Elegiste esta plantilla para {name}.</translation>
        </message>
    </context>
    <context>
        <name>ComparisonText</name>
        <message>
            <source>{subject}: {rate} accepted, against {other} for {others}.</source>
            <translation>{subject}: {rate} aceptadas, frente a {other} en {others}.</translation>
        </message>
        <message>
            <source>Too few to tell yet: at least {count} decided invitations are needed on each side.</source>
            <translation>Aún son muy pocas para saberlo: hacen falta al menos {count} invitaciones resueltas en cada lado.</translation>
        </message>
        <message>
            <source>The difference could well be chance ({p}).</source>
            <translation>La diferencia bien podría ser casualidad ({p}).</translation>
        </message>
        <message numerus="yes">
            <source>The gap is small (%n point(s)), but with this many invitations it is unlikely to be chance ({p}).</source>
            <translation>
                <numerusform>La diferencia es pequeña (%n punto), pero con tantas invitaciones es poco probable que sea casualidad ({p}).</numerusform>
                <numerusform>La diferencia es pequeña (%n puntos), pero con tantas invitaciones es poco probable que sea casualidad ({p}).</numerusform>
            </translation>
        </message>
        <message>
            <source>Accepted more often, and a gap this large is unlikely to be chance ({p}).</source>
            <translation>Se aceptan más a menudo, y es poco probable que una diferencia tan grande sea casualidad ({p}).</translation>
        </message>
        <message>
            <source>Accepted less often, and a gap this large is unlikely to be chance ({p}).</source>
            <translation>Se aceptan menos a menudo, y es poco probable que una diferencia tan grande sea casualidad ({p}).</translation>
        </message>
        <message>
            <source>Invitations with a note</source>
            <translation>Invitaciones con nota</translation>
        </message>
        <message>
            <source>Invitations without a template (imported or typed)</source>
            <translation>Invitaciones sin plantilla (importadas o escritas a mano)</translation>
        </message>
        <message>
            <source>Invitations from “{template}”</source>
            <translation>Invitaciones con «{template}»</translation>
        </message>
        <message>
            <source>Invitations to contacts since deleted</source>
            <translation>Invitaciones a contactos ya eliminados</translation>
        </message>
        <message>
            <source>Invitations to people in no group</source>
            <translation>Invitaciones a personas sin grupo</translation>
        </message>
        <message>
            <source>Invitations to people in “{group}”</source>
            <translation>Invitaciones a personas del grupo «{group}»</translation>
        </message>
        <message>
            <source>Invitations to people marked “{label}” (strength {strength})</source>
            <translation>Invitaciones a personas marcadas como «{label}» (nivel {strength})</translation>
        </message>
        <message>
            <source>Invitations without a checker score</source>
            <translation>Invitaciones sin puntuación</translation>
        </message>
        <message>
            <source>Invitations scoring {band}</source>
            <translation>Invitaciones con una puntuación de {band}</translation>
        </message>
        <message>
            <source>invitations without one</source>
            <translation>las invitaciones sin nota</translation>
        </message>
        <message>
            <source>your other invitations</source>
            <translation>tus demás invitaciones</translation>
        </message>
        <message>
            <source>other groups</source>
            <translation>los demás grupos</translation>
        </message>
        <message>
            <source>other strengths</source>
            <translation>los demás niveles de relación</translation>
        </message>
        <message>
            <source>other scores</source>
            <translation>las demás puntuaciones</translation>
        </message>
        <message>
            <source>none decided</source>
            <translation>ninguna resuelta</translation>
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
            <translation>Mensaje copiado en el portapapeles.</translation>
        </message>
        <message>
            <source>Opening {address} in your browser.</source>
            <translation>Abriendo {address} en tu navegador.</translation>
        </message>
        <message>
            <source>No browser opened: copy the address instead, {address}</source>
            <translation>No se ha podido abrir el navegador; copia la dirección: {address}</translation>
        </message>
        <message>
            <source>The profile address is not a web address (https://…).</source>
            <translation>La dirección del perfil no es una dirección web (https://…).</translation>
        </message>
        <message>
            <source>Not recorded: {error}</source>
            <translation>No registrado: {error}</translation>
        </message>
        <message>
            <source>Saved as a template in {path}.</source>
            <translation>Guardado como plantilla en {path}.</translation>
        </message>
        <message>
            <source>Line {line}: {error}</source>
            <translation>Línea {line}: {error}</translation>
        </message>
    </context>
    <context>
        <name>ComposerWidgets</name>
        <message>
            <source>Messa&amp;ge</source>
            <translation>Men&amp;saje</translation>
        </message>
        <message>
            <source>Ref&amp;ill from template</source>
            <translation>Recargar p&amp;lantilla</translation>
        </message>
        <message>
            <source>Replace the message with the template's words again</source>
            <translation>Sustituir el mensaje por el texto de la plantilla</translation>
        </message>
        <message>
            <source>Save a&amp;s template…</source>
            <translation>&amp;Guardar como plantilla…</translation>
        </message>
        <message>
            <source>Turn this message into a template, with the contact's details as fields</source>
            <translation>Convertir este mensaje en una plantilla, con los datos del contacto como campos</translation>
        </message>
        <message>
            <source>C&amp;opy</source>
            <translation>C&amp;opiar</translation>
        </message>
        <message>
            <source>Copy the message to the clipboard</source>
            <translation>Copiar el mensaje en el portapapeles</translation>
        </message>
        <message>
            <source>Open &amp;profile</source>
            <translation>Abrir per&amp;fil</translation>
        </message>
        <message>
            <source>Open the contact's profile in your browser</source>
            <translation>Abrir el perfil del contacto en tu navegador</translation>
        </message>
        <message>
            <source>&amp;Record as sent</source>
            <translation>Registrar como &amp;enviado</translation>
        </message>
        <message>
            <source>The message appears here once you pick a contact.</source>
            <translation>El mensaje aparecerá aquí cuando elijas un contacto.</translation>
        </message>
        <message>
            <source>The message appears here once the fields above are filled in.</source>
            <translation>El mensaje aparecerá aquí cuando rellenes los campos de arriba.</translation>
        </message>
        <message>
            <source>them</source>
            <comment>the contact</comment>
            <translation>esa persona</translation>
        </message>
    </context>
    <context>
        <name>ContactError</name>
        <message>
            <source>A contact needs a name.</source>
            <translation>Un contacto necesita un nombre.</translation>
        </message>
        <message>
            <source>Relationship strength runs from 1 (close) to 5 (never met).</source>
            <translation>El grado de relación va de 1 (cercano) a 5 (nunca nos vimos).</translation>
        </message>
        <message>
            <source>Keep in touch every 1 to {most} days, or leave it empty.</source>
            <translation>El intervalo para mantener el contacto va de 1 a {most} días; si no, déjalo vacío.</translation>
        </message>
        <message>
            <source>Language is one of {codes}, or empty for yours.</source>
            <translation>El idioma es uno de {codes}, o vacío para el tuyo.</translation>
        </message>
        <message>
            <source>Form of address is formal or informal, or empty for your default.</source>
            <translation>El tratamiento es «formal» o «informal», o vacío para tu opción predeterminada.</translation>
        </message>
        <message>
            <source>Unknown contact field(s): {fields}.</source>
            <translation>Campos de contacto desconocidos: {fields}.</translation>
        </message>
        <message>
            <source>Relationship strength must be a whole number from 1 to 5.</source>
            <translation>El grado de relación debe ser un número entero del 1 al 5.</translation>
        </message>
        <message>
            <source>Keep-in-touch days must be a whole number.</source>
            <translation>El intervalo para mantener el contacto debe ser un número entero de días.</translation>
        </message>
        <message>
            <source>A contact's id must be a whole number from 1 up.</source>
            <translation>El id de un contacto debe ser un número entero a partir de 1.</translation>
        </message>
        <message>
            <source>Expected a list of names or interests.</source>
            <translation>Aquí se espera una lista de nombres o intereses.</translation>
        </message>
    </context>
    <context>
        <name>ContactFlows</name>
        <message>
            <source>Contact not saved</source>
            <translation>Contacto no guardado</translation>
        </message>
        <message>
            <source>Saved {name}.</source>
            <translation>Contacto guardado: {name}.</translation>
        </message>
        <message>
            <source>Delete contact</source>
            <translation>Eliminar contacto</translation>
        </message>
        <message>
            <source>Delete {name}? Messages already sent to them stay in the history.</source>
            <translation>¿Eliminar a {name}? Los mensajes que ya le has enviado se quedan en el historial.</translation>
        </message>
        <message>
            <source>Contact not deleted</source>
            <translation>Contacto no eliminado</translation>
        </message>
        <message>
            <source>Deleted {name}.</source>
            <translation>Contacto eliminado: {name}.</translation>
        </message>
        <message>
            <source>Your changes to this contact are not saved: a contact needs a name. Discard them?</source>
            <translation>Los cambios en este contacto no se han guardado: un contacto necesita un nombre. ¿Descartarlos?</translation>
        </message>
        <message>
            <source>Your changes to this contact are not saved: they could not be saved. Discard them?</source>
            <translation>Los cambios en este contacto no se han guardado: no se han podido guardar. ¿Descartarlos?</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Cambios sin guardar</translation>
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
            <translation>Elige uno o escribe otro</translation>
        </message>
        <message>
            <source>Relationship strength</source>
            <translation>Cercanía</translation>
        </message>
        <message>
            <source>Relationship</source>
            <translation>Relación</translation>
        </message>
        <message>
            <source>Yours</source>
            <translation>La tuya</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>Your default</source>
            <translation>Según tus ajustes</translation>
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
            <translation>Tratamiento</translation>
        </message>
        <message>
            <source>Sie or du, vous or tu, usted or tú, o senhor or você</source>
            <translation>Sie o du, vous o tu, usted o tú, o senhor o você</translation>
        </message>
        <message>
            <source>Keep in touch</source>
            <translation>Mantener el contacto</translation>
        </message>
        <message>
            <source>Last contacted</source>
            <translation>Último contacto</translation>
        </message>
        <message>
            <source>Save contact</source>
            <translation>Guardar contacto</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Eliminar…</translation>
        </message>
        <message>
            <source>Delete contact</source>
            <translation>Eliminar contacto</translation>
        </message>
        <message>
            <source>Custom…</source>
            <translation>Personalizado…</translation>
        </message>
        <message>
            <source>every </source>
            <comment>before a number of days</comment>
            <translation>cada </translation>
        </message>
        <message>
            <source> days</source>
            <comment>after a number of days</comment>
            <translation> días</translation>
        </message>
        <message>
            <source>Keep in touch every so many days</source>
            <translation>Cada cuántos días mantener el contacto</translation>
        </message>
        <message>
            <source>When you last contacted them could not be read: {error}</source>
            <translation>No se ha podido leer cuándo contactaste por última vez: {error}</translation>
        </message>
        <message>
            <source>A contact needs a name.</source>
            <translation>Un contacto necesita un nombre.</translation>
        </message>
    </context>
    <context>
        <name>ContactListModel</name>
        <message>
            <source>{title} at {company}</source>
            <translation>{title} en {company}</translation>
        </message>
    </context>
    <context>
        <name>ContactsPanel</name>
        <message>
            <source>Search contacts</source>
            <translation>Buscar contactos</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Contactos</translation>
        </message>
        <message>
            <source>New contact</source>
            <translation>Nuevo contacto</translation>
        </message>
        <message>
            <source>No contacts yet</source>
            <translation>Aún no hay contactos</translation>
        </message>
        <message numerus="yes">
            <source>%Ln contacts</source>
            <translation>
                <numerusform>%Ln contacto</numerusform>
                <numerusform>%Ln contactos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %Ln contacts</source>
            <translation>
                <numerusform>{shown} de %Ln contacto</numerusform>
                <numerusform>{shown} de %Ln contactos</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <source>Rapport ran into a problem</source>
            <translation>Rapport ha tenido un problema</translation>
        </message>
        <message>
            <source>Something went wrong inside Rapport.</source>
            <translation>Algo ha fallado dentro de Rapport.</translation>
        </message>
        <message>
            <source>What you typed is still in the window and you can carry on. If Rapport misbehaves from here, save your work and restart it.</source>
            <translation>Lo que has escrito sigue en la ventana y puedes continuar. Si a partir de ahora Rapport falla, guarda tu trabajo y reinícialo.</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Qué ha pasado</translation>
        </message>
        <message>
            <source>The details were written to the log file:
{file}</source>
            <translation>Los detalles se han guardado en el archivo de registro:
{file}</translation>
        </message>
        <message>
            <source>Rapport could not write its log file, so the details are only shown here.</source>
            <translation>Rapport no ha podido escribir su archivo de registro, así que los detalles solo aparecen aquí.</translation>
        </message>
        <message>
            <source>Where the log is</source>
            <translation>Dónde está el registro</translation>
        </message>
        <message>
            <source>How often it happened</source>
            <translation>Cuántas veces ha pasado</translation>
        </message>
        <message>
            <source>Error details</source>
            <translation>Detalles del error</translation>
        </message>
        <message>
            <source>&amp;Open log folder</source>
            <translation>&amp;Abrir carpeta del registro</translation>
        </message>
        <message>
            <source>Open the folder of the log file</source>
            <translation>Abrir la carpeta del archivo de registro</translation>
        </message>
        <message>
            <source>&amp;Copy details</source>
            <translation>&amp;Copiar detalles</translation>
        </message>
        <message>
            <source>Copy the error details</source>
            <translation>Copiar los detalles del error</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message numerus="yes">
            <source>This has happened %Ln times since Rapport started.</source>
            <translation>
                <numerusform>Ha pasado %Ln vez desde que se inició Rapport.</numerusform>
                <numerusform>Ha pasado %Ln veces desde que se inició Rapport.</numerusform>
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
            <translation>Columna para {field}</translation>
        </message>
        <message>
            <source>(not imported)</source>
            <translation>(no se importa)</translation>
        </message>
        <message>
            <source>Choose the column that holds each detail. Columns left out are not imported; contacts already saved only gain details they lack.</source>
            <translation>Elige la columna que contiene cada dato. Las columnas que no elijas no se importan; los contactos ya guardados solo reciben los datos que les faltan.</translation>
        </message>
        <message>
            <source>Import</source>
            <comment>button: import the file</comment>
            <translation>Importar</translation>
        </message>
        <message>
            <source>Choose the column for {name}, or for {first_name} and {last_name}: every contact needs a name.</source>
            <translation>Elige la columna de {name}, o las de {first_name} y {last_name}: todo contacto necesita un nombre.</translation>
        </message>
    </context>
    <context>
        <name>DataFolderError</name>
        <message>
            <source>The data folder chosen in Settings, {folder}, is not there. Connect the drive it is on, or delete this file to use the default folder</source>
            <translation>La carpeta de datos elegida en Ajustes, {folder}, no está. Conecta la unidad en la que se encuentra o borra este archivo para usar la carpeta predeterminada</translation>
        </message>
        <message>
            <source>The record of your data folder cannot be read ({error}); fix or delete this file</source>
            <translation>No se puede leer dónde está tu carpeta de datos ({error}); corrige o borra este archivo</translation>
        </message>
        <message>
            <source>The record of your data folder holds no full path under "data_folder"; fix or delete this file</source>
            <translation>El registro de tu carpeta de datos no tiene una ruta completa en "data_folder"; corrige o borra este archivo</translation>
        </message>
    </context>
    <context>
        <name>DataFolderPage</name>
        <message>
            <source>&amp;Data</source>
            <translation>&amp;Datos</translation>
        </message>
        <message>
            <source>Data folder</source>
            <translation>Carpeta de datos</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>E&amp;xaminar…</translation>
        </message>
        <message>
            <source>Choose the data folder</source>
            <translation>Elegir la carpeta de datos</translation>
        </message>
        <message>
            <source>Use the d&amp;efault</source>
            <translation>Usar la pr&amp;edeterminada</translation>
        </message>
        <message>
            <source>Use the default data folder</source>
            <translation>Usar la carpeta de datos predeterminada</translation>
        </message>
        <message>
            <source>&amp;Copy my contacts, history, templates and settings there</source>
            <translation>C&amp;opiar allí mis contactos, historial, plantillas y ajustes</translation>
        </message>
        <message>
            <source>Copy my data to the new folder</source>
            <translation>Copiar mis datos a la nueva carpeta</translation>
        </message>
        <message>
            <source>What changing the data folder does</source>
            <translation>Qué ocurre al cambiar la carpeta de datos</translation>
        </message>
        <message>
            <source>&amp;Folder</source>
            <translation>Ca&amp;rpeta</translation>
        </message>
        <message>
            <source>Your contacts, message history, own templates and settings live in this folder. Passwords and API keys do not: they stay in the system keyring.</source>
            <translation>Tus contactos, el historial de mensajes, tus plantillas y tus ajustes se guardan en esta carpeta. Las contraseñas y las claves de API no: se quedan en el llavero del sistema.</translation>
        </message>
        <message>
            <source>RAPPORT_HOME is set, so Rapport keeps its data in {folder}. Start Rapport without it to choose a folder here.</source>
            <translation>RAPPORT_HOME está definida, así que Rapport guarda sus datos en {folder}. Inicia Rapport sin ella para elegir aquí una carpeta.</translation>
        </message>
        <message>
            <source>This is the folder Rapport uses now.</source>
            <translation>Esta es la carpeta que Rapport usa ahora.</translation>
        </message>
        <message>
            <source>Chosen earlier: Rapport uses this folder from its next start, and {current} until then.</source>
            <translation>Elegida antes: Rapport usará esta carpeta a partir del próximo inicio y, hasta entonces, {current}.</translation>
        </message>
        <message>
            <source>Rapport stays with this folder, the one it uses now.</source>
            <translation>Rapport se queda con esta carpeta, la que usa ahora.</translation>
        </message>
        <message>
            <source>That folder already holds Rapport data: Rapport will use it as it is, from the next start. Your data in {current} stays where it is.</source>
            <translation>Esa carpeta ya contiene datos de Rapport: Rapport la usará tal cual a partir del próximo inicio. Tus datos de {current} se quedan donde están.</translation>
        </message>
        <message>
            <source>Rapport uses the new folder from the next start. A copy of your data goes there; the data in {current} stays where it is.</source>
            <translation>Rapport usará la nueva carpeta a partir del próximo inicio. Se copiarán allí tus datos; los de {current} se quedan donde están.</translation>
        </message>
        <message>
            <source>Rapport uses the new folder from the next start. Nothing of your data goes there; the data in {current} stays where it is.</source>
            <translation>Rapport usará la nueva carpeta a partir del próximo inicio. No se copiará allí ninguno de tus datos; los de {current} se quedan donde están.</translation>
        </message>
    </context>
    <context>
        <name>DetailsForm</name>
        <message>
            <source>Details for this message</source>
            <translation>Datos para este mensaje</translation>
        </message>
    </context>
    <context>
        <name>DictionaryError</name>
        <message>
            <source>The dictionary {name} cannot be read: {error}.</source>
            <translation>No se puede leer el diccionario {name}: {error}.</translation>
        </message>
        <message>
            <source>The dictionary {name} is not a regular file.</source>
            <translation>El diccionario {name} no es un archivo normal.</translation>
        </message>
        <message>
            <source>The dictionary {name} is larger than {limit} KB.</source>
            <translation>El diccionario {name} ocupa más de {limit} KB.</translation>
        </message>
        <message>
            <source>The dictionary {name} is not UTF-8 text.</source>
            <translation>El diccionario {name} no es texto UTF-8.</translation>
        </message>
        <message>
            <source>“{word}” cannot go in your dictionary.</source>
            <translation>«{word}» no puede ir en tu diccionario.</translation>
        </message>
        <message>
            <source>Your dictionary holds {count} words already.</source>
            <translation>Tu diccionario ya tiene {count} palabras.</translation>
        </message>
        <message>
            <source>Your dictionary is full.</source>
            <translation>Tu diccionario está lleno.</translation>
        </message>
    </context>
    <context>
        <name>Draft</name>
        <message>
            <source>Pick a contact to write to.</source>
            <translation>Elige un contacto al que escribir.</translation>
        </message>
    </context>
    <context>
        <name>DraftError</name>
        <message>
            <source>Your draft to {name} could not be saved to {path}: {error}</source>
            <translation>No se ha podido guardar tu borrador para {name} en {path}: {error}</translation>
        </message>
        <message>
            <source>line {line}: {problem}</source>
            <translation>línea {line}: {problem}</translation>
        </message>
        <message>
            <source>'{key}' is missing</source>
            <translation>falta '{key}'</translation>
        </message>
        <message>
            <source>The saved draft {path} could not be removed: {error}</source>
            <translation>No se ha podido eliminar el borrador guardado {path}: {error}</translation>
        </message>
        <message>
            <source>The saved draft {path} could not be read ({reason}), nor moved aside ({error}); it was left as it is.</source>
            <translation>No se ha podido leer el borrador guardado {path} ({reason}) ni apartarlo ({error}); se ha dejado tal como está.</translation>
        </message>
        <message>
            <source>The saved draft {path} could not be read ({reason}); it was kept as {name} in the same folder.</source>
            <translation>No se ha podido leer el borrador guardado {path} ({reason}); se ha guardado como {name} en la misma carpeta.</translation>
        </message>
        <message>
            <source>it does not hold a draft</source>
            <translation>el archivo no contiene ningún borrador</translation>
        </message>
        <message>
            <source>unknown format version {version}</source>
            <translation>versión de formato desconocida {version}</translation>
        </message>
        <message>
            <source>it belongs to another contact</source>
            <translation>el archivo pertenece a otro contacto</translation>
        </message>
        <message>
            <source>its text is not text</source>
            <translation>el texto que contiene no es texto</translation>
        </message>
        <message>
            <source>its time has no time zone</source>
            <translation>la hora que indica no tiene zona horaria</translation>
        </message>
        <message>
            <source>'{key}' is not text</source>
            <translation>'{key}' no es texto</translation>
        </message>
        <message>
            <source>'{key}' is not a set of named texts</source>
            <translation>'{key}' no es un conjunto de textos con nombre</translation>
        </message>
    </context>
    <context>
        <name>DraftShelf</name>
        <message>
            <source>Your unsent draft to {name} could not be restored: {error}</source>
            <translation>No se ha podido recuperar tu borrador sin enviar para {name}: {error}</translation>
        </message>
        <message>
            <source>Restored your unsent draft to {name} from {when}.</source>
            <translation>Se ha recuperado tu borrador sin enviar para {name} ({when}).</translation>
        </message>
        <message>
            <source>January</source>
            <translation>enero</translation>
        </message>
        <message>
            <source>February</source>
            <translation>febrero</translation>
        </message>
        <message>
            <source>March</source>
            <translation>marzo</translation>
        </message>
        <message>
            <source>April</source>
            <translation>abril</translation>
        </message>
        <message>
            <source>May</source>
            <translation>mayo</translation>
        </message>
        <message>
            <source>June</source>
            <translation>junio</translation>
        </message>
        <message>
            <source>July</source>
            <translation>julio</translation>
        </message>
        <message>
            <source>August</source>
            <translation>agosto</translation>
        </message>
        <message>
            <source>September</source>
            <translation>septiembre</translation>
        </message>
        <message>
            <source>October</source>
            <translation>octubre</translation>
        </message>
        <message>
            <source>November</source>
            <translation>noviembre</translation>
        </message>
        <message>
            <source>December</source>
            <translation>diciembre</translation>
        </message>
        <message>
            <source>yesterday at {time}</source>
            <translation>ayer a las {time}</translation>
        </message>
        <message>
            <source>{day} {month} {year} at {time}</source>
            <translation>{day} de {month} de {year} a las {time}</translation>
        </message>
        <message>
            <source>{day} {month} at {time}</source>
            <translation>{day} de {month} a las {time}</translation>
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
            <translation>{days} días</translation>
        </message>
        <message numerus="yes">
            <source>%Ln days</source>
            <translation>
                <numerusform>%Ln día</numerusform>
                <numerusform>%Ln días</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EditorParts</name>
        <message>
            <source>Delete template</source>
            <translation>Eliminar plantilla</translation>
        </message>
        <message>
            <source>Delete your template '{name}'? Its file is removed from {folder}.</source>
            <translation>¿Eliminar tu plantilla «{name}»? Su archivo se borrará de {folder}.</translation>
        </message>
        <message>
            <source>Replace a built-in template</source>
            <translation>Sustituir una plantilla integrada</translation>
        </message>
        <message>
            <source>A built-in template is named '{name}'. Yours will be used in its place everywhere. Save under this name?</source>
            <translation>Ya hay una plantilla integrada llamada «{name}». La tuya se usará en su lugar en todas partes. ¿Guardar con este nombre?</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Cambios sin guardar</translation>
        </message>
        <message>
            <source>Save your changes to '{name}'?</source>
            <translation>¿Guardar los cambios en «{name}»?</translation>
        </message>
        <message>
            <source>Not saved: you already have a template named '{name}'.</source>
            <translation>No guardada: ya tienes una plantilla llamada «{name}».</translation>
        </message>
    </context>
    <context>
        <name>ExportError</name>
        <message>
            <source>{file}: could not be written ({error}).</source>
            <translation>{file}: no se ha podido escribir ({error}).</translation>
        </message>
        <message>
            <source>'{name}' has no file to export.</source>
            <translation>«{name}» no tiene ningún archivo que exportar.</translation>
        </message>
    </context>
    <context>
        <name>FieldHint</name>
        <message>
            <source>Taken from the name when empty</source>
            <translation>Se toma del nombre si está vacío</translation>
        </message>
        <message>
            <source>e.g. at PyCon Lisbon; on the payments team at Stripe</source>
            <translation>p. ej., en la PyCon de Lisboa; en el equipo de pagos de Stripe</translation>
        </message>
        <message>
            <source>e.g. last week; in March 2025</source>
            <translation>p. ej., la semana pasada; en marzo de 2025</translation>
        </message>
        <message>
            <source>Who put you in touch (pick a contact or type a name)</source>
            <translation>Quién te presentó a esta persona (elige un contacto o escribe un nombre)</translation>
        </message>
        <message>
            <source>Something they wrote or did that matters to you</source>
            <translation>Algo que escribió o hizo y que te importa</translation>
        </message>
        <message>
            <source>Comma-separated, e.g. chess, climbing</source>
            <translation>Separados por comas, p. ej., ajedrez, escalada</translation>
        </message>
        <message>
            <source>Comma-separated names</source>
            <translation>Nombres separados por comas</translation>
        </message>
        <message>
            <source>The note they sent with their request</source>
            <translation>La nota que envió con su solicitud</translation>
        </message>
        <message>
            <source>en, de, fr, es or pt; empty: yours</source>
            <translation>en, de, fr, es o pt; vacío: el tuyo</translation>
        </message>
        <message>
            <source>formal or informal; empty: your default</source>
            <translation>formal o informal; vacío: según tus ajustes</translation>
        </message>
    </context>
    <context>
        <name>FieldText</name>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Nombre de pila</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Apellidos</translation>
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
            <translation>Ubicación</translation>
        </message>
        <message>
            <source>Industry</source>
            <translation>Sector</translation>
        </message>
        <message>
            <source>Profile URL</source>
            <translation>URL del perfil</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Grupo</translation>
        </message>
        <message>
            <source>Relationship strength</source>
            <translation>Grado de relación</translation>
        </message>
        <message>
            <source>How you met</source>
            <translation>Cómo conociste a esta persona</translation>
        </message>
        <message>
            <source>When you met</source>
            <translation>Cuándo conociste a esta persona</translation>
        </message>
        <message>
            <source>Introduced by</source>
            <translation>Presentado por</translation>
        </message>
        <message>
            <source>Their work that matters</source>
            <translation>Su trabajo que te importa</translation>
        </message>
        <message>
            <source>Shared interests</source>
            <translation>Intereses en común</translation>
        </message>
        <message>
            <source>Mutual contacts</source>
            <translation>Contactos en común</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>Their note to you</source>
            <translation>Su nota para ti</translation>
        </message>
        <message>
            <source>Keep in touch every (days)</source>
            <translation>Mantener el contacto cada (días)</translation>
        </message>
        <message>
            <source>Connected on</source>
            <translation>Conectados el</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Idioma</translation>
        </message>
        <message>
            <source>Form of address</source>
            <translation>Tratamiento</translation>
        </message>
    </context>
    <context>
        <name>FileKind</name>
        <message>
            <source>a front matter cache</source>
            <translation>una caché de cabeceras</translation>
        </message>
        <message>
            <source>a template</source>
            <translation>una plantilla</translation>
        </message>
        <message>
            <source>a JSON file</source>
            <translation>un archivo JSON</translation>
        </message>
        <message>
            <source>a JSON Lines file</source>
            <translation>un archivo JSON Lines</translation>
        </message>
        <message>
            <source>a file to import</source>
            <translation>un archivo para importar</translation>
        </message>
        <message>
            <source>a zip archive</source>
            <translation>un archivo zip</translation>
        </message>
    </context>
    <context>
        <name>FileRefused</name>
        <message>
            <source>larger than {size}, too large for {kind}.</source>
            <translation>ocupa más de {size}, demasiado para {kind}.</translation>
        </message>
        <message>
            <source>this is a folder, not a file.</source>
            <translation>es una carpeta, no un archivo.</translation>
        </message>
        <message>
            <source>this is a pipe (FIFO), not a file; Rapport reads only regular files.</source>
            <translation>es una tubería (FIFO), no un archivo; Rapport solo lee archivos normales.</translation>
        </message>
        <message>
            <source>this is a device, not a file; Rapport reads only regular files.</source>
            <translation>es un dispositivo, no un archivo; Rapport solo lee archivos normales.</translation>
        </message>
        <message>
            <source>this is a socket, not a file; Rapport reads only regular files.</source>
            <translation>es un socket, no un archivo; Rapport solo lee archivos normales.</translation>
        </message>
        <message>
            <source>cannot be read ({error}).</source>
            <translation>no se puede leer ({error}).</translation>
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
            <translation>ese archivo no existe.</translation>
        </message>
        <message>
            <source>a symbolic link, which is not read here.</source>
            <translation>un enlace simbólico, que aquí no se lee.</translation>
        </message>
        <message>
            <source>not a regular file; Rapport reads only regular files.</source>
            <translation>no es un archivo normal; Rapport solo lee archivos normales.</translation>
        </message>
    </context>
    <context>
        <name>FindingsModel</name>
        <message>
            <source>“{words}”: {finding}</source>
            <translation>«{words}»: {finding}</translation>
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
Sugerencias: {suggestions}</translation>
        </message>
        <message>
            <source>Stops sending</source>
            <translation>Impide el envío</translation>
        </message>
        <message>
            <source>Weak</source>
            <comment>a finding that weakens the message</comment>
            <translation>Debilita</translation>
        </message>
        <message>
            <source>Note</source>
            <comment>a finding that is only a note</comment>
            <translation>Nota</translation>
        </message>
    </context>
    <context>
        <name>FirstRunDialog</name>
        <message>
            <source>Welcome to Rapport</source>
            <translation>Te damos la bienvenida a Rapport</translation>
        </message>
        <message>
            <source>As you sign your messages</source>
            <translation>Tal como firmas tus mensajes</translation>
        </message>
        <message>
            <source>e.g. Lisbon: people near you are offered a coffee</source>
            <translation>p. ej., Lisboa: a quien viva cerca se le propone un café</translation>
        </message>
        <message numerus="yes">
            <source>&amp;Free: notes of up to {limit} characters, about %Ln personalised notes a month</source>
            <translation>
                <numerusform>&amp;Gratuita: notas de hasta {limit} caracteres, unas %Ln nota personalizada al mes</numerusform>
                <numerusform>&amp;Gratuita: notas de hasta {limit} caracteres, unas %Ln notas personalizadas al mes</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Premium: notes of up to {limit} characters</source>
            <translation>&amp;Premium: notas de hasta {limit} caracteres</translation>
        </message>
        <message>
            <source>&amp;Add a contact</source>
            <translation>&amp;Añadir un contacto</translation>
        </message>
        <message>
            <source>&amp;Import a LinkedIn export…</source>
            <translation>&amp;Importar una exportación de LinkedIn…</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>Ahora no</translation>
        </message>
        <message>
            <source>Your &amp;name</source>
            <translation>Tu &amp;nombre</translation>
        </message>
        <message>
            <source>Your &amp;location</source>
            <translation>Tu &amp;ubicación</translation>
        </message>
        <message>
            <source>LinkedIn account</source>
            <translation>Cuenta de LinkedIn</translation>
        </message>
        <message>
            <source>Rapport signs messages with your name, knows who lives near you, and counts characters against your account's limit. Settings (Ctrl+,) change these later.</source>
            <translation>Rapport firma los mensajes con tu nombre, sabe quién vive cerca de ti y cuenta los caracteres según el límite de tu cuenta. Puedes cambiar estos datos más adelante en Ajustes (Ctrl+,).</translation>
        </message>
        <message>
            <source>Next, add someone you want to write to, or import the connections and invitations of your LinkedIn data export.
Rapport then suggests a message for each person from what you know about them.</source>
            <translation>A continuación, añade a alguien a quien quieras escribir o importa los contactos e invitaciones de tu exportación de datos de LinkedIn.
Rapport te sugerirá un mensaje para cada persona a partir de lo que sabes de ella.</translation>
        </message>
    </context>
    <context>
        <name>FirstSteps</name>
        <message>
            <source>Pick someone in the list to write to, or add the person you want to connect with.
With a LinkedIn data export, your connections and invitations come in at once.</source>
            <translation>Elige en la lista a quién escribir o añade a la persona con la que quieres conectar.
Con una exportación de datos de LinkedIn, tus contactos e invitaciones llegan de una vez.</translation>
        </message>
        <message>
            <source>&amp;New contact</source>
            <translation>&amp;Nuevo contacto</translation>
        </message>
        <message>
            <source>Add someone to write to (Ctrl+N)</source>
            <translation>Añadir a alguien a quien escribir (Ctrl+N)</translation>
        </message>
        <message>
            <source>Import a &amp;LinkedIn export…</source>
            <translation>Importar e&amp;xportación de LinkedIn…</translation>
        </message>
        <message>
            <source>Read the zip LinkedIn sends you (Ctrl+I)</source>
            <translation>Leer el zip que te envía LinkedIn (Ctrl+I)</translation>
        </message>
    </context>
    <context>
        <name>FolderText</name>
        <message>
            <source>Choose a folder for your data.</source>
            <translation>Elige una carpeta para tus datos.</translation>
        </message>
        <message>
            <source>{folder} is not a full path; give the whole path.</source>
            <translation>{folder} no es una ruta completa; escribe la ruta entera.</translation>
        </message>
        <message>
            <source>{folder} is a file, not a folder.</source>
            <translation>{folder} es un archivo, no una carpeta.</translation>
        </message>
        <message>
            <source>Rapport may not write in {folder}; choose another folder.</source>
            <translation>Rapport no tiene permiso para escribir en {folder}; elige otra carpeta.</translation>
        </message>
        <message>
            <source>{folder} cannot be created: Rapport may not write in {parent}.</source>
            <translation>No se puede crear {folder}: Rapport no tiene permiso para escribir en {parent}.</translation>
        </message>
        <message>
            <source>Rapport cannot write in {folder} ({error}); choose another folder.</source>
            <translation>Rapport no puede escribir en {folder} ({error}); elige otra carpeta.</translation>
        </message>
        <message>
            <source>{folder} already holds Rapport data; nothing was copied.</source>
            <translation>{folder} ya contiene datos de Rapport; no se ha copiado nada.</translation>
        </message>
        <message>
            <source>Your data could not be copied to {folder} ({error}); nothing was copied, and your data stays in {current}.</source>
            <translation>No se han podido copiar tus datos a {folder} ({error}); no se ha copiado nada y tus datos siguen en {current}.</translation>
        </message>
        <message>
            <source>The new data folder could not be recorded in {file} ({error}).</source>
            <translation>No se ha podido guardar la nueva carpeta de datos en {file} ({error}).</translation>
        </message>
    </context>
    <context>
        <name>FollowUpModel</name>
        <message>
            <source>Say thank you</source>
            <translation>Dar las gracias</translation>
        </message>
        <message>
            <source>Keep in touch</source>
            <translation>Mantener el contacto</translation>
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
            <translation>Pulsa Intro o haz doble clic para escribir a {name} con «{template}».</translation>
        </message>
    </context>
    <context>
        <name>FollowUpsView</name>
        <message>
            <source>Follow-ups to do</source>
            <translation>Seguimientos pendientes</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>Contando…</translation>
        </message>
        <message>
            <source>&amp;Write to them</source>
            <translation>&amp;Escribirle</translation>
        </message>
        <message>
            <source>Write to the chosen person</source>
            <translation>Escribir a la persona elegida</translation>
        </message>
        <message>
            <source>Nothing to follow up: everyone who accepted lately has heard from you, and nobody is past their keep-in-touch cadence.</source>
            <translation>No hay seguimientos pendientes: todos los que aceptaron hace poco ya han sabido de ti y nadie ha superado su frecuencia de contacto.</translation>
        </message>
        <message>
            <source>{to_thank} to thank for accepting, {due} due a word by their keep-in-touch cadence. Press Enter on one to write to them.</source>
            <translation>{to_thank} a las que dar las gracias por aceptar, {due} a las que toca escribir según su frecuencia de contacto. Pulsa Intro en una para escribirle.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln people</source>
            <translation>
                <numerusform>%Ln persona</numerusform>
                <numerusform>%Ln personas</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FrontMatterError</name>
        <message>
            <source>longer than {count} characters</source>
            <translation>tiene más de {count} caracteres</translation>
        </message>
        <message>
            <source>not valid YAML</source>
            <translation>no es YAML válido</translation>
        </message>
        <message>
            <source>using a YAML anchor or alias ('&amp;' or '*'), which Rapport does not read</source>
            <translation>usa un ancla o un alias de YAML ('&amp;' o '*'), que Rapport no lee</translation>
        </message>
        <message>
            <source>nested more than {depth} levels deep</source>
            <translation>tiene más de {depth} niveles de anidación</translation>
        </message>
        <message>
            <source>more than {count} values</source>
            <translation>tiene más de {count} valores</translation>
        </message>
    </context>
    <context>
        <name>FrontMatterForm</name>
        <message>
            <source>Template name</source>
            <translation>Nombre de la plantilla</translation>
        </message>
        <message>
            <source>letters, digits, - and _</source>
            <translation>letras, números, - y _</translation>
        </message>
        <message>
            <source>Kind of message</source>
            <translation>Tipo de mensaje</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Canal</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Descripción</translation>
        </message>
        <message>
            <source>When to use this template</source>
            <translation>Cuándo usar esta plantilla</translation>
        </message>
        <message>
            <source>Required fields</source>
            <translation>Campos obligatorios</translation>
        </message>
        <message>
            <source>first_name, how_met</source>
            <comment>an example of field names: keep them as written</comment>
            <translation>first_name, how_met</translation>
        </message>
        <message>
            <source>The contact fields this template cannot do without, separated by commas.</source>
            <translation>Los campos del contacto sin los que esta plantilla no funciona, separados por comas.</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Nombre</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Tipo</translation>
        </message>
        <message>
            <source>C&amp;hannel</source>
            <translation>C&amp;anal</translation>
        </message>
        <message>
            <source>&amp;Description</source>
            <translation>&amp;Descripción</translation>
        </message>
        <message>
            <source>&amp;Required fields</source>
            <translation>Campos &amp;obligatorios</translation>
        </message>
    </context>
    <context>
        <name>GapForm</name>
        <message>
            <source>Missing from the contact</source>
            <translation>Falta en el contacto</translation>
        </message>
        <message>
            <source>Fields missing from the contact</source>
            <translation>Campos que faltan en el contacto</translation>
        </message>
        <message>
            <source>Used for this message only, unless you save them.</source>
            <translation>Se usan solo para este mensaje, salvo que los guardes.</translation>
        </message>
        <message>
            <source>Missing from {name}’s contact</source>
            <translation>Falta en el contacto de {name}</translation>
        </message>
        <message>
            <source>Save to {name}’s contact</source>
            <translation>Guardar en el contacto de {name}</translation>
        </message>
        <message>
            <source>Save these fields to {name}’s contact</source>
            <translation>Guardar estos campos en el contacto de {name}</translation>
        </message>
        <message>
            <source>Keep these values in {name}’s contact for later messages ({shortcut})</source>
            <translation>Conservar estos valores en el contacto de {name} para próximos mensajes ({shortcut})</translation>
        </message>
        <message>
            <source>Save to the contact</source>
            <translation>Guardar en el contacto</translation>
        </message>
        <message>
            <source>Save these fields to the contact</source>
            <translation>Guardar estos campos en el contacto</translation>
        </message>
        <message>
            <source>Keep these values in the contact for later messages ({shortcut})</source>
            <translation>Conservar estos valores en el contacto para próximos mensajes ({shortcut})</translation>
        </message>
    </context>
    <context>
        <name>GrammarPage</name>
        <message>
            <source>On this &amp;computer (a LanguageTool server Rapport starts)</source>
            <translation>En este &amp;equipo (un servidor LanguageTool que inicia Rapport)</translation>
        </message>
        <message>
            <source>On a LanguageTool &amp;server elsewhere</source>
            <translation>E&amp;n otro servidor LanguageTool</translation>
        </message>
        <message>
            <source>With LanguageTool Pre&amp;mium</source>
            <translation>Con LanguageTool Pre&amp;mium</translation>
        </message>
        <message>
            <source>&amp;Off</source>
            <translation>Desac&amp;tivada</translation>
        </message>
        <message>
            <source>English (US)</source>
            <translation>Inglés (EE. UU.)</translation>
        </message>
        <message>
            <source>English (UK)</source>
            <translation>Inglés (Reino Unido)</translation>
        </message>
        <message>
            <source>English (Canada)</source>
            <translation>Inglés (Canadá)</translation>
        </message>
        <message>
            <source>English (Australia)</source>
            <translation>Inglés (Australia)</translation>
        </message>
        <message>
            <source>German (Germany)</source>
            <translation>Alemán (Alemania)</translation>
        </message>
        <message>
            <source>German (Austria)</source>
            <translation>Alemán (Austria)</translation>
        </message>
        <message>
            <source>German (Switzerland)</source>
            <translation>Alemán (Suiza)</translation>
        </message>
        <message>
            <source>French</source>
            <translation>Francés</translation>
        </message>
        <message>
            <source>Spanish</source>
            <translation>Español</translation>
        </message>
        <message>
            <source>Italian</source>
            <translation>Italiano</translation>
        </message>
        <message>
            <source>Dutch</source>
            <translation>Neerlandés</translation>
        </message>
        <message>
            <source>Portuguese (Portugal)</source>
            <translation>Portugués (Portugal)</translation>
        </message>
        <message>
            <source>Portuguese (Brazil)</source>
            <translation>Portugués (Brasil)</translation>
        </message>
        <message>
            <source>Polish</source>
            <translation>Polaco</translation>
        </message>
        <message>
            <source>Swedish</source>
            <translation>Sueco</translation>
        </message>
        <message>
            <source>Danish</source>
            <translation>Danés</translation>
        </message>
        <message>
            <source>Catalan</source>
            <translation>Catalán</translation>
        </message>
        <message>
            <source>Ukrainian</source>
            <translation>Ucraniano</translation>
        </message>
        <message>
            <source>Detect the language</source>
            <translation>Detectar el idioma</translation>
        </message>
        <message>
            <source>&amp;Grammar</source>
            <translation>&amp;Gramática</translation>
        </message>
        <message>
            <source>Grammar and spelling checks</source>
            <translation>Revisión gramatical y ortográfica</translation>
        </message>
        <message>
            <source>Grammar checks: {where}</source>
            <translation>Revisión gramatical: {where}</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>Idiom&amp;a</translation>
        </message>
        <message>
            <source>LanguageTool on this computer</source>
            <translation>LanguageTool en este equipo</translation>
        </message>
        <message>
            <source>Do&amp;wnload LanguageTool ({size}) if it is not installed</source>
            <translation>Des&amp;cargar LanguageTool ({size}) si no está instalado</translation>
        </message>
        <message>
            <source> min</source>
            <comment>spin box suffix: minutes</comment>
            <translation> min</translation>
        </message>
        <message>
            <source>Stop it after, &amp;unused</source>
            <translation>Detenerlo si no se &amp;usa durante</translation>
        </message>
        <message>
            <source>One server serves the window and the rapport command alike.</source>
            <translation>Un mismo servidor atiende a la ventana y al comando rapport.</translation>
        </message>
        <message>
            <source>Grammar server</source>
            <translation>Servidor de gramática</translation>
        </message>
        <message>
            <source>Only if it asks for a login</source>
            <translation>Solo si pide iniciar sesión</translation>
        </message>
        <message>
            <source>Add&amp;ress</source>
            <translation>Di&amp;rección</translation>
        </message>
        <message>
            <source>&amp;Username</source>
            <translation>Usuari&amp;o</translation>
        </message>
        <message>
            <source>Pass&amp;word or API key</source>
            <translation>Contraseña o c&amp;lave de API</translation>
        </message>
        <message>
            <source>LanguageTool Premium</source>
            <translation>LanguageTool Premium</translation>
        </message>
        <message>
            <source>Your account's e-mail address</source>
            <translation>El correo electrónico de tu cuenta</translation>
        </message>
        <message>
            <source>API &amp;key</source>
            <translation>Cla&amp;ve de API</translation>
        </message>
        <message>
            <source>The API key is in your LanguageTool account, under Access tokens.</source>
            <translation>La clave de API está en tu cuenta de LanguageTool, en Access tokens.</translation>
        </message>
        <message>
            <source>System keyring</source>
            <translation>Llavero del sistema</translation>
        </message>
        <message>
            <source>Cannot be stored: see below</source>
            <translation>No se puede guardar: ver abajo</translation>
        </message>
        <message>
            <source>Passwords and API keys go to the system keyring.</source>
            <translation>Las contraseñas y las claves de API se guardan en el llavero del sistema.</translation>
        </message>
    </context>
    <context>
        <name>GrammarText</name>
        <message>
            <source>Restarting it.</source>
            <translation>Se está reiniciando.</translation>
        </message>
        <message>
            <source>It restarts with the next check.</source>
            <translation>Se reiniciará con la próxima revisión.</translation>
        </message>
        <message>
            <source>Trying again.</source>
            <translation>Volviendo a intentarlo.</translation>
        </message>
        <message>
            <source>LanguageTool Premium</source>
            <translation>LanguageTool Premium</translation>
        </message>
        <message>
            <source>The grammar server at {host}</source>
            <translation>El servidor de gramática en {host}</translation>
        </message>
        <message>
            <source>The local grammar server</source>
            <translation>El servidor de gramática local</translation>
        </message>
        <message>
            <source>about {megabytes} MB</source>
            <translation>unos {megabytes} MB</translation>
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
                <numerusform>%n puerto</numerusform>
                <numerusform>%n puertos</numerusform>
            </translation>
        </message>
        <message>
            <source>{number} ports</source>
            <translation>{number} puertos</translation>
        </message>
        <message>
            <source>English</source>
            <translation>inglés</translation>
        </message>
        <message>
            <source>German</source>
            <translation>alemán</translation>
        </message>
        <message>
            <source>French</source>
            <translation>francés</translation>
        </message>
        <message>
            <source>Spanish</source>
            <translation>español</translation>
        </message>
        <message>
            <source>Portuguese</source>
            <translation>portugués</translation>
        </message>
        <message>
            <source>language detection</source>
            <translation>detección de idioma</translation>
        </message>
        <message>
            <source>{languages} and {language}</source>
            <translation>{languages} y {language}</translation>
        </message>
        <message>
            <source>Checking with LanguageTool Premium.</source>
            <translation>Revisando con LanguageTool Premium.</translation>
        </message>
        <message>
            <source>Checking with the grammar server at {host}.</source>
            <translation>Revisando con el servidor de gramática en {host}.</translation>
        </message>
        <message>
            <source>Checking with the local LanguageTool {version} server.</source>
            <translation>Revisando con el servidor local de LanguageTool {version}.</translation>
        </message>
        <message>
            <source>{server} stopped unexpectedly (killed by {signal}).</source>
            <translation>{server} se detuvo inesperadamente (terminado por {signal}).</translation>
        </message>
        <message>
            <source>{server} stopped unexpectedly (killed by signal {number}).</source>
            <translation>{server} se detuvo inesperadamente (terminado por la señal {number}).</translation>
        </message>
        <message>
            <source>{server} stopped unexpectedly (exit code {code}): {detail}</source>
            <translation>{server} se detuvo inesperadamente (código de salida {code}): {detail}</translation>
        </message>
        <message>
            <source>{server} stopped unexpectedly (exit code {code}).</source>
            <translation>{server} se detuvo inesperadamente (código de salida {code}).</translation>
        </message>
        <message>
            <source>{server} refused access (HTTP {code}): {detail}</source>
            <translation>{server} denegó el acceso (HTTP {code}): {detail}</translation>
        </message>
        <message>
            <source>{server} refused access (HTTP {code}).</source>
            <translation>{server} denegó el acceso (HTTP {code}).</translation>
        </message>
        <message>
            <source>{server} answered with an error (HTTP {code}): {detail}</source>
            <translation>{server} respondió con un error (HTTP {code}): {detail}</translation>
        </message>
        <message>
            <source>{server} answered with an error (HTTP {code}).</source>
            <translation>{server} respondió con un error (HTTP {code}).</translation>
        </message>
        <message>
            <source>LanguageTool Premium needs its API key from the system keyring, but this system has no keyring Rapport can use.</source>
            <translation>LanguageTool Premium necesita su clave de API del llavero del sistema, pero este sistema no tiene ningún llavero que Rapport pueda usar.</translation>
        </message>
        <message>
            <source>The grammar server's login needs its password from the system keyring, but this system has no keyring Rapport can use.</source>
            <translation>El inicio de sesión en el servidor de gramática necesita su contraseña del llavero del sistema, pero este sistema no tiene ningún llavero que Rapport pueda usar.</translation>
        </message>
        <message>
            <source>LanguageTool Premium needs its API key from the system keyring, but the keyring configured for Python cannot be loaded ({error}).</source>
            <translation>LanguageTool Premium necesita su clave de API del llavero del sistema, pero el llavero configurado para Python no se puede cargar ({error}).</translation>
        </message>
        <message>
            <source>The grammar server's login needs its password from the system keyring, but the keyring configured for Python cannot be loaded ({error}).</source>
            <translation>El inicio de sesión en el servidor de gramática necesita su contraseña del llavero del sistema, pero el llavero configurado para Python no se puede cargar ({error}).</translation>
        </message>
        <message>
            <source>LanguageTool Premium needs its API key from the system keyring, but the keyring refused ({error}).</source>
            <translation>LanguageTool Premium necesita su clave de API del llavero del sistema, pero el llavero ha denegado el acceso ({error}).</translation>
        </message>
        <message>
            <source>The grammar server's login needs its password from the system keyring, but the keyring refused ({error}).</source>
            <translation>El inicio de sesión en el servidor de gramática necesita su contraseña del llavero del sistema, pero el llavero ha denegado el acceso ({error}).</translation>
        </message>
        <message>
            <source>No LanguageTool Premium API key is stored in the system keyring (service "{service}", entry "{entry}"). Add it in Settings.</source>
            <translation>No hay ninguna clave de API de LanguageTool Premium guardada en el llavero del sistema (servicio «{service}», entrada «{entry}»). Añádela en Ajustes.</translation>
        </message>
        <message>
            <source>No grammar server password or API key is stored in the system keyring (service "{service}", entry "{entry}"). Add it in Settings.</source>
            <translation>No hay ninguna contraseña ni clave de API del servidor de gramática guardada en el llavero del sistema (servicio «{service}», entrada «{entry}»). Añádela en Ajustes.</translation>
        </message>
        <message>
            <source>Grammar checks are off: LanguageTool {version} has to be downloaded once (about {megabytes} MB), and {host} cannot be reached ({error}). Connect to the internet, or choose a remote LanguageTool server in Settings.</source>
            <translation>La revisión gramatical está desactivada: LanguageTool {version} tiene que descargarse una vez (unos {megabytes} MB) y no se puede acceder a {host} ({error}). Conéctate a internet o elige un servidor remoto de LanguageTool en Ajustes.</translation>
        </message>
        <message>
            <source>Grammar checks are off: LanguageTool {version} has to be downloaded once (about {megabytes} MB), and {host} does not answer. Connect to the internet, or choose a remote LanguageTool server in Settings.</source>
            <translation>La revisión gramatical está desactivada: LanguageTool {version} tiene que descargarse una vez (unos {megabytes} MB) y {host} no responde. Conéctate a internet o elige un servidor remoto de LanguageTool en Ajustes.</translation>
        </message>
        <message>
            <source>The local grammar server could not be started: {error}</source>
            <translation>No se ha podido iniciar el servidor de gramática local: {error}</translation>
        </message>
        <message>
            <source>The local grammar server could not be started.</source>
            <translation>No se ha podido iniciar el servidor de gramática local.</translation>
        </message>
        <message>
            <source>The LanguageTool server in {path} is incomplete ({file} is missing). Delete that folder and build it again with packaging/languagetool/build.sh.</source>
            <translation>El servidor de LanguageTool en {path} está incompleto (falta {file}). Elimina esa carpeta y vuelve a construirlo con packaging/languagetool/build.sh.</translation>
        </message>
        <message>
            <source>The LanguageTool server in {path} is incomplete (its list of jars is empty). Delete that folder and build it again with packaging/languagetool/build.sh.</source>
            <translation>El servidor de LanguageTool en {path} está incompleto (su lista de archivos JAR está vacía). Elimina esa carpeta y vuelve a construirlo con packaging/languagetool/build.sh.</translation>
        </message>
        <message>
            <source>Grammar checks are turned off in the settings.</source>
            <translation>La revisión gramatical está desactivada en los ajustes.</translation>
        </message>
        <message>
            <source>Grammar checks have been shut down.</source>
            <translation>La revisión gramatical se ha detenido.</translation>
        </message>
        <message>
            <source>{server} starts with the first check.</source>
            <translation>{server} se inicia con la primera revisión.</translation>
        </message>
        <message>
            <source>Starting LanguageTool {version}; checks begin when it is ready.</source>
            <translation>Iniciando LanguageTool {version}; las revisiones empiezan en cuanto esté listo.</translation>
        </message>
        <message>
            <source>Downloading LanguageTool {version} (about {megabytes} MB) for grammar checks…</source>
            <translation>Descargando LanguageTool {version} (unos {megabytes} MB) para la revisión gramatical…</translation>
        </message>
        <message>
            <source>LanguageTool is loading its {languages} rules; the first check in a language takes a few seconds.</source>
            <translation>LanguageTool está cargando sus reglas de {languages}; la primera revisión en un idioma tarda unos segundos.</translation>
        </message>
        <message>
            <source>Grammar checks are off: LanguageTool is not installed on this computer, and Rapport downloads it (about {megabytes} MB) only when you ask. Allow the download in Settings, Grammar, or choose a remote LanguageTool server there.</source>
            <translation>La revisión gramatical está desactivada: LanguageTool no está instalado en este equipo y Rapport solo lo descarga (unos {megabytes} MB) si lo pides. Permite la descarga en Ajustes, Gramática, o elige allí un servidor remoto de LanguageTool.</translation>
        </message>
        <message>
            <source>{server} was stopped.</source>
            <translation>{server} se ha detenido.</translation>
        </message>
        <message>
            <source>{server} stopped after {minutes} without checks.</source>
            <translation>{server} se detuvo tras {minutes} sin revisiones.</translation>
        </message>
        <message>
            <source>{server} stopped unexpectedly.</source>
            <translation>{server} se detuvo inesperadamente.</translation>
        </message>
        <message>
            <source>{server} ran out of memory and stopped.</source>
            <translation>{server} se quedó sin memoria y se detuvo.</translation>
        </message>
        <message>
            <source>The Java found is too old for LanguageTool {version}; it needs Java {java} or newer.</source>
            <translation>El Java encontrado es demasiado antiguo para LanguageTool {version}; necesita Java {java} o posterior.</translation>
        </message>
        <message>
            <source>Java was not found. Local grammar checks need Java {java} or newer; install it, or choose a remote LanguageTool server in Settings.</source>
            <translation>No se ha encontrado Java. La revisión gramatical local necesita Java {java} o posterior; instálalo o elige un servidor remoto de LanguageTool en Ajustes.</translation>
        </message>
        <message>
            <source>{server} did not start within {seconds}.</source>
            <translation>{server} no se inició en {seconds}.</translation>
        </message>
        <message>
            <source>{server} did not answer within {seconds}.</source>
            <translation>{server} no respondió en {seconds}.</translation>
        </message>
        <message>
            <source>{server} refused the connection: it is not running, or not on that port.</source>
            <translation>{server} rechazó la conexión: no está en marcha, o no en ese puerto.</translation>
        </message>
        <message>
            <source>{server} cannot be found; check the address and the network connection.</source>
            <translation>{server} no se encuentra; revisa la dirección y la conexión de red.</translation>
        </message>
        <message>
            <source>{server} cannot be reached securely ({detail}).</source>
            <translation>{server} no es accesible de forma segura ({detail}).</translation>
        </message>
        <message>
            <source>{server} broke off the connection before answering.</source>
            <translation>{server} cortó la conexión antes de responder.</translation>
        </message>
        <message>
            <source>{server} sent an answer that is not LanguageTool's.</source>
            <translation>{server} envió una respuesta que no es de LanguageTool.</translation>
        </message>
        <message>
            <source>{server} cannot be reached: {detail}.</source>
            <translation>{server} no es accesible: {detail}.</translation>
        </message>
        <message>
            <source>{server} refused the text as too long.</source>
            <translation>{server} rechazó el texto por ser demasiado largo.</translation>
        </message>
        <message>
            <source>{server} is limiting how often it may be asked; checks resume in a moment.</source>
            <translation>{server} está limitando la frecuencia de las consultas; las revisiones se reanudan en un momento.</translation>
        </message>
        <message>
            <source>Rapport sends the grammar server's password only over HTTPS, and its address in Settings does not start with https://.</source>
            <translation>Rapport solo envía la contraseña del servidor de gramática por HTTPS, y su dirección en Ajustes no empieza por https://.</translation>
        </message>
        <message>
            <source>LanguageTool Premium sends your API key only over HTTPS, and its address in Settings does not start with https://.</source>
            <translation>Tu clave de API solo se envía a LanguageTool Premium por HTTPS, y la dirección en Ajustes no empieza por https://.</translation>
        </message>
        <message>
            <source>LanguageTool Premium needs your username (your account's e-mail address); set it in Settings.</source>
            <translation>LanguageTool Premium necesita tu nombre de usuario (el correo electrónico de tu cuenta); indícalo en Ajustes.</translation>
        </message>
        <message>
            <source>Grammar checks are off: downloading LanguageTool {version} failed ({error}). Choose a remote LanguageTool server in Settings to check without it.</source>
            <translation>La revisión gramatical está desactivada: la descarga de LanguageTool {version} ha fallado ({error}). Elige un servidor remoto de LanguageTool en Ajustes para revisar sin él.</translation>
        </message>
        <message>
            <source>Java at {path} could not be started: {error}.</source>
            <translation>No se ha podido iniciar Java en {path}: {error}.</translation>
        </message>
        <message>
            <source>Another program answered on the local grammar server's port.</source>
            <translation>Otro programa ha respondido en el puerto del servidor de gramática local.</translation>
        </message>
        <message>
            <source>The local grammar server found no free port on this computer; it tried {ports}.</source>
            <translation>El servidor de gramática local no ha encontrado ningún puerto libre en este equipo; ha probado {ports}.</translation>
        </message>
        <message>
            <source>Another Rapport has been starting the local grammar server for {seconds}; try again in a moment.</source>
            <translation>Otra instancia de Rapport lleva {seconds} iniciando el servidor de gramática local; vuelve a intentarlo en un momento.</translation>
        </message>
        <message>
            <source>The LanguageTool {version} server is not installed in {path}. Build it with packaging/languagetool/build.sh (needs Maven and a network).</source>
            <translation>El servidor de LanguageTool {version} no está instalado en {path}. Constrúyelo con packaging/languagetool/build.sh (necesita Maven y conexión a la red).</translation>
        </message>
        <message>
            <source>The LanguageTool server in {path} cannot be read: {error}.</source>
            <translation>No se puede leer el servidor de LanguageTool en {path}: {error}.</translation>
        </message>
        <message>
            <source>The LanguageTool download in {path} is incomplete ({file} is missing). Delete that folder, and Rapport downloads it again.</source>
            <translation>La descarga de LanguageTool en {path} está incompleta (falta {file}). Elimina esa carpeta y Rapport la volverá a descargar.</translation>
        </message>
        <message>
            <source>Grammar checks are off: the grammar server's address is not set. Enter it in Settings, Grammar.</source>
            <translation>La revisión gramatical está desactivada: la dirección del servidor de gramática no está configurada. Escríbela en Ajustes, Gramática.</translation>
        </message>
        <message>
            <source>Grammar checks are off: the grammar server's address in the settings is not a web address such as https://languagetool.example.org or http://localhost:8081. Correct it in Settings, Grammar.</source>
            <translation>La revisión gramatical está desactivada: la dirección del servidor de gramática en los ajustes no es una dirección web como https://languagetool.example.org o http://localhost:8081. Corrígela en Ajustes, Gramática.</translation>
        </message>
        <message>
            <source>Grammar checks are off: the grammar server's address in the settings holds a username or password. Enter those in their own fields in Settings, Grammar.</source>
            <translation>La revisión gramatical está desactivada: la dirección del servidor de gramática en los ajustes incluye un nombre de usuario o una contraseña. Escríbelos en sus propios campos en Ajustes, Gramática.</translation>
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
            <translation>Antiguos compañeros</translation>
        </message>
        <message>
            <source>Clients</source>
            <translation>Clientes</translation>
        </message>
        <message>
            <source>Recruiters</source>
            <translation>Reclutadores</translation>
        </message>
        <message>
            <source>Vendors</source>
            <translation>Proveedores</translation>
        </message>
        <message>
            <source>Met once</source>
            <translation>Vistos una vez</translation>
        </message>
        <message>
            <source>Never met</source>
            <translation>Sin conocer en persona</translation>
        </message>
    </context>
    <context>
        <name>HistoryModel</name>
        <message>
            <source>Sent</source>
            <comment>column: when the message was sent</comment>
            <translation>Enviado</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contacto</translation>
        </message>
        <message>
            <source>Template</source>
            <translation>Plantilla</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Mensaje</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Puntos</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>No template</source>
            <translation>Sin plantilla</translation>
        </message>
        <message>
            <source>Template file: {file}</source>
            <translation>Archivo de la plantilla: {file}</translation>
        </message>
        <message>
            <source>Sent without a note.</source>
            <translation>Enviada sin nota.</translation>
        </message>
        <message numerus="yes">
            <source>No answer in %Ln days: counted as no answer in the statistics. Click or press F2 to change.</source>
            <translation>
                <numerusform>Sin respuesta en %Ln día: cuenta como sin respuesta en las estadísticas. Haz clic o pulsa F2 para cambiarlo.</numerusform>
                <numerusform>Sin respuesta en %Ln días: cuenta como sin respuesta en las estadísticas. Haz clic o pulsa F2 para cambiarlo.</numerusform>
            </translation>
        </message>
        <message>
            <source>Click or press F2 to change.</source>
            <translation>Haz clic o pulsa F2 para cambiarlo.</translation>
        </message>
        <message numerus="yes">
            <source>No answer (pending %Ln days)</source>
            <translation>
                <numerusform>Sin respuesta (pendiente %Ln día)</numerusform>
                <numerusform>Sin respuesta (pendiente %Ln días)</numerusform>
            </translation>
        </message>
        <message>
            <source>Pending (sent today)</source>
            <translation>Pendiente (enviada hoy)</translation>
        </message>
        <message numerus="yes">
            <source>Pending (%Ln days)</source>
            <translation>
                <numerusform>Pendiente (%Ln día)</numerusform>
                <numerusform>Pendiente (%Ln días)</numerusform>
            </translation>
        </message>
        <message>
            <source>(no note)</source>
            <translation>(sin nota)</translation>
        </message>
    </context>
    <context>
        <name>HistoryPage</name>
        <message>
            <source>History, statistics and follow-ups</source>
            <translation>Historial, estadísticas y seguimiento</translation>
        </message>
        <message>
            <source>&amp;History</source>
            <translation>Historia&amp;l</translation>
        </message>
        <message>
            <source>&amp;Statistics</source>
            <translation>E&amp;stadísticas</translation>
        </message>
        <message>
            <source>Follow-&amp;ups</source>
            <translation>Se&amp;guimiento</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Actualizar</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>Contando…</translation>
        </message>
        <message>
            <source>The statistics could not be counted: {error}</source>
            <translation>No se han podido calcular las estadísticas: {error}</translation>
        </message>
        <message>
            <source>{messages} to {contacts}, as of {time}. Acceptance counts invitations accepted (replied ones included) out of those decided; invitations pending over {days} count as no answer.</source>
            <translation>{messages} a {contacts} (actualizado: {time}). La aceptación cuenta las invitaciones aceptadas (incluidas las respondidas) entre las resueltas; las invitaciones pendientes más de {days} cuentan como sin respuesta.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln messages</source>
            <translation>
                <numerusform>%Ln mensaje</numerusform>
                <numerusform>%Ln mensajes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln contacts</source>
            <translation>
                <numerusform>%Ln contacto</numerusform>
                <numerusform>%Ln contactos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln days</source>
            <translation>
                <numerusform>%Ln día</numerusform>
                <numerusform>%Ln días</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HistoryPanel</name>
        <message>
            <source>Any contact</source>
            <translation>Cualquier contacto</translation>
        </message>
        <message>
            <source>Filter by contact name</source>
            <translation>Filtrar por nombre de contacto</translation>
        </message>
        <message>
            <source>Filter by template</source>
            <translation>Filtrar por plantilla</translation>
        </message>
        <message>
            <source>Any template</source>
            <translation>Cualquier plantilla</translation>
        </message>
        <message>
            <source>Filter by kind</source>
            <translation>Filtrar por tipo</translation>
        </message>
        <message>
            <source>Any kind</source>
            <translation>Cualquier tipo</translation>
        </message>
        <message>
            <source>Filter by outcome</source>
            <translation>Filtrar por resultado</translation>
        </message>
        <message>
            <source>Any outcome</source>
            <translation>Cualquier resultado</translation>
        </message>
        <message>
            <source>Sent on or after</source>
            <translation>Enviados desde</translation>
        </message>
        <message>
            <source>Sent on or before</source>
            <translation>Enviados hasta</translation>
        </message>
        <message>
            <source>C&amp;lear filters</source>
            <translation>Quitar &amp;filtros</translation>
        </message>
        <message>
            <source>Clear the history filters</source>
            <translation>Quitar los filtros del historial</translation>
        </message>
        <message>
            <source>Messages sent</source>
            <translation>Mensajes enviados</translation>
        </message>
        <message>
            <source>C&amp;ontact</source>
            <translation>C&amp;ontacto</translation>
        </message>
        <message>
            <source>Templ&amp;ate</source>
            <translation>Pla&amp;ntilla</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>T&amp;ipo</translation>
        </message>
        <message>
            <source>Outcom&amp;e</source>
            <translation>Res&amp;ultado</translation>
        </message>
        <message>
            <source>F&amp;rom</source>
            <comment>sent from this date</comment>
            <translation>D&amp;esde</translation>
        </message>
        <message>
            <source>Unt&amp;il</source>
            <comment>sent until this date</comment>
            <translation>Has&amp;ta</translation>
        </message>
        <message>
            <source>No template (imported or typed)</source>
            <translation>Sin plantilla (importado o escrito a mano)</translation>
        </message>
        <message numerus="yes">
            <source>%Ln messages match the filters</source>
            <translation>
                <numerusform>%Ln mensaje coincide con los filtros</numerusform>
                <numerusform>%Ln mensajes coinciden con los filtros</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln messages</source>
            <translation>
                <numerusform>%Ln mensaje</numerusform>
                <numerusform>%Ln mensajes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HistoryTab</name>
        <message>
            <source>Any</source>
            <comment>any date</comment>
            <translation>Cualquiera</translation>
        </message>
    </context>
    <context>
        <name>ImportCancelled</name>
        <message>
            <source>The import was cancelled; nothing was saved.</source>
            <translation>Se ha cancelado la importación; no se ha guardado nada.</translation>
        </message>
    </context>
    <context>
        <name>ImportFileError</name>
        <message>
            <source>the column mapping does not fit: {problems}</source>
            <translation>la asignación de columnas no encaja: {problems}</translation>
        </message>
        <message>
            <source>“08 Feb 2026”, “2/8/26” or “2026-02-08”</source>
            <translation>«08 Feb 2026», «2/8/26» o «2026-02-08»</translation>
        </message>
        <message>
            <source>“08 Feb 2026”, “2/8/26, 2:37 PM” or “2026-02-08 14:37:00 UTC”</source>
            <translation>«08 Feb 2026», «2/8/26, 2:37 PM» o «2026-02-08 14:37:00 UTC»</translation>
        </message>
        <message>
            <source>connection date</source>
            <translation>fecha de conexión</translation>
        </message>
        <message>
            <source>“Connected On” date</source>
            <translation>fecha de «Connected On»</translation>
        </message>
        <message>
            <source>“Sent At” time</source>
            <translation>hora de «Sent At»</translation>
        </message>
        <message>
            <source>“DATE”</source>
            <translation>fecha de «DATE»</translation>
        </message>
        <message>
            <source>the {column} “{value}” is not a date Rapport can read; write it like {examples}.</source>
            <translation>la {column} «{value}» no es una fecha que Rapport pueda leer; escríbela como {examples}.</translation>
        </message>
        <message>
            <source>{file}: {problem}</source>
            <translation>{file}: {problem}</translation>
        </message>
        <message>
            <source>{file}, line {line}: {problem}</source>
            <translation>{file}, línea {line}: {problem}</translation>
        </message>
        <message>
            <source>this is a folder; choose a file.</source>
            <translation>es una carpeta; elige un archivo.</translation>
        </message>
        <message>
            <source>the file is empty.</source>
            <translation>el archivo está vacío.</translation>
        </message>
        <message>
            <source>this is not a text file: it holds binary data (such as a spreadsheet, an image or a damaged download). Export it as CSV text and try again.</source>
            <translation>no es un archivo de texto: contiene datos binarios (como una hoja de cálculo, una imagen o una descarga dañada). Expórtalo como texto CSV y vuelve a intentarlo.</translation>
        </message>
        <message>
            <source>the text is not in the {encoding} encoding (byte {byte} at column {column}). Save the file as UTF-8 (in Excel: “CSV UTF-8”) and import it again.</source>
            <translation>el texto no está en la codificación {encoding} (byte {byte} en la columna {column}). Guarda el archivo como UTF-8 (en Excel: «CSV UTF-8») y vuelve a importarlo.</translation>
        </message>
        <message>
            <source>the file is too large to import ({size} MB; the limit is {limit} MB).</source>
            <translation>el archivo es demasiado grande para importarlo ({size} MB; el límite es de {limit} MB).</translation>
        </message>
        <message>
            <source>no such file or folder.</source>
            <translation>no existe ese archivo o carpeta.</translation>
        </message>
        <message>
            <source>{member} in {archive}</source>
            <translation>{member} en {archive}</translation>
        </message>
        <message>
            <source>the zip file is damaged (an incomplete download?) and this file cannot be read. Download the export again.</source>
            <translation>el archivo zip está dañado (¿una descarga incompleta?) y este archivo no se puede leer. Vuelve a descargar la exportación.</translation>
        </message>
        <message>
            <source>the file is encrypted; unzip it yourself and import the folder.</source>
            <translation>el archivo está cifrado; descomprímelo tú y importa la carpeta.</translation>
        </message>
        <message>
            <source>this is neither a folder nor a zip file. Choose the .zip LinkedIn sent you, or the folder you unzipped it into.</source>
            <translation>no es ni una carpeta ni un archivo zip. Elige el .zip que te envió LinkedIn o la carpeta en la que lo descomprimiste.</translation>
        </message>
        <message>
            <source>the file cannot be read ({error})</source>
            <translation>el archivo no se puede leer ({error})</translation>
        </message>
        <message>
            <source>this holds none of the files of LinkedIn's data export ({files}). Choose the .zip LinkedIn sent, or its folder.</source>
            <translation>no contiene ninguno de los archivos de la exportación de datos de LinkedIn ({files}). Elige el .zip que envió LinkedIn o su carpeta.</translation>
        </message>
        <message>
            <source>the file has its column names but no rows to import.</source>
            <translation>el archivo tiene los nombres de las columnas, pero ninguna fila que importar.</translation>
        </message>
        <message>
            <source>a quoted value that starts here is never closed (a missing "), so the rest of the file cannot be read.</source>
            <translation>un valor entre comillas que empieza aquí nunca se cierra (falta una "), así que el resto del archivo no se puede leer.</translation>
        </message>
        <message>
            <source>one value is too long to be a real entry.</source>
            <translation>un valor es demasiado largo para ser una entrada real.</translation>
        </message>
        <message>
            <source>a quoted value in the row that starts here is not closed where it should be; the row runs on to line {line}, where the quoting breaks.</source>
            <translation>un valor entre comillas de la fila que empieza aquí no se cierra donde debería; la fila sigue hasta la línea {line}, donde las comillas se rompen.</translation>
        </message>
        <message>
            <source>the quoting is broken: a value in quotes must end at a separator.</source>
            <translation>las comillas están mal: un valor entre comillas debe terminar en un separador.</translation>
        </message>
        <message>
            <source>the file holds no table; expected the columns {columns}.</source>
            <translation>el archivo no contiene ninguna tabla; se esperaban las columnas {columns}.</translation>
        </message>
        <message>
            <source>missing the column(s) {columns}; the table starts with “{row}”.</source>
            <translation>faltan las columnas {columns}; la tabla empieza con «{row}».</translation>
        </message>
        <message>
            <source>this is not a vCard file: it holds no BEGIN:VCARD.</source>
            <translation>no es un archivo vCard: no contiene ningún BEGIN:VCARD.</translation>
        </message>
        <message>
            <source>a card begins inside the card that starts on line {start}.</source>
            <translation>una tarjeta empieza dentro de la tarjeta que comienza en la línea {start}.</translation>
        </message>
        <message>
            <source>END:VCARD without a BEGIN:VCARD before it.</source>
            <translation>END:VCARD sin un BEGIN:VCARD antes.</translation>
        </message>
        <message>
            <source>this line is outside any card (a card starts with BEGIN:VCARD).</source>
            <translation>esta línea está fuera de cualquier tarjeta (una tarjeta empieza con BEGIN:VCARD).</translation>
        </message>
        <message>
            <source>this card never ends (no END:VCARD).</source>
            <translation>esta tarjeta nunca termina (no hay END:VCARD).</translation>
        </message>
        <message>
            <source>the value of {property} is not valid text in the {charset} encoding.</source>
            <translation>el valor de {property} no es texto válido en la codificación {charset}.</translation>
        </message>
        <message>
            <source>this line is not a vCard property (no “:” between name and value).</source>
            <translation>esta línea no es una propiedad vCard (no hay «:» entre el nombre y el valor).</translation>
        </message>
        <message>
            <source>this line has a value but no property name.</source>
            <translation>esta línea tiene un valor, pero ningún nombre de propiedad.</translation>
        </message>
    </context>
    <context>
        <name>ImportFlow</name>
        <message>
            <source>Import a LinkedIn data export</source>
            <translation>Importar una exportación de datos de LinkedIn</translation>
        </message>
        <message>
            <source>LinkedIn export (*.zip *.csv);;All files (*)</source>
            <translation>Exportación de LinkedIn (*.zip *.csv);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Import contacts from a vCard file</source>
            <translation>Importar contactos de un archivo vCard</translation>
        </message>
        <message>
            <source>vCard (*.vcf *.vcard)</source>
            <translation>vCard (*.vcf *.vcard)</translation>
        </message>
        <message>
            <source>Import contacts from a CSV file</source>
            <translation>Importar contactos de un archivo CSV</translation>
        </message>
        <message>
            <source>CSV (*.csv *.txt)</source>
            <translation>CSV (*.csv *.txt)</translation>
        </message>
        <message>
            <source>Nothing was imported</source>
            <translation>No se ha importado nada</translation>
        </message>
        <message>
            <source>An import is already running; wait for it to finish.</source>
            <translation>Ya hay una importación en curso; espera a que termine.</translation>
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
            <translation>Importación de {file} cancelada; no se ha guardado nada.</translation>
        </message>
        <message>
            <source>The import of {file} failed ({error}). Nothing was saved.</source>
            <translation>La importación de {file} ha fallado ({error}). No se ha guardado nada.</translation>
        </message>
        <message>
            <source>Import finished</source>
            <translation>Importación terminada</translation>
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
            <translation>no es un archivo normal; se ha omitido.</translation>
        </message>
        <message>
            <source>larger than {limit} KB; templates are far smaller.</source>
            <translation>ocupa más de {limit} KB; las plantillas son mucho más pequeñas.</translation>
        </message>
        <message>
            <source>the entry is password-protected.</source>
            <translation>la entrada está protegida con contraseña.</translation>
        </message>
        <message>
            <source>the entry is damaged ({error}).</source>
            <translation>la entrada está dañada ({error}).</translation>
        </message>
        <message>
            <source>'{other}' in this import has the same name.</source>
            <translation>«{other}», en esta importación, tiene el mismo nombre.</translation>
        </message>
        <message>
            <source>the file is not a text file.</source>
            <translation>el archivo no es un archivo de texto.</translation>
        </message>
        <message>
            <source>the sandbox refused it: {error}</source>
            <translation>el entorno aislado ha rechazado la plantilla: {error}</translation>
        </message>
    </context>
    <context>
        <name>ImportRefused</name>
        <message>
            <source>{file}: there is no such file or folder.</source>
            <translation>{file}: no existe ese archivo o carpeta.</translation>
        </message>
        <message>
            <source>More than {count} template files: nothing was imported.</source>
            <translation>Más de {count} archivos de plantilla: no se ha importado nada.</translation>
        </message>
        <message>
            <source>{file}: a damaged zip archive ({error}).</source>
            <translation>{file}: un archivo zip dañado ({error}).</translation>
        </message>
        <message>
            <source>{file}: not a zip archive that can be read ({error}).</source>
            <translation>{file}: no es un archivo zip que se pueda leer ({error}).</translation>
        </message>
        <message>
            <source>{file}: lists more than {count} entries; nothing imported.</source>
            <translation>{file}: contiene más de {count} entradas; no se ha importado nada.</translation>
        </message>
        <message>
            <source>{file}: the entry '{entry}' points outside the archive's folder, which only a malicious archive does; nothing was imported.</source>
            <translation>{file}: la entrada «{entry}» apunta fuera de la carpeta del archivo, algo que solo hace un archivo malicioso; no se ha importado nada.</translation>
        </message>
        <message>
            <source>{file}: its templates would unpack to more than {limit} MB; nothing was imported.</source>
            <translation>{file}: sus plantillas ocuparían más de {limit} MB al descomprimirlas; no se ha importado nada.</translation>
        </message>
        <message>
            <source>The templates could not be written to {folder} ({error}); nothing was imported.</source>
            <translation>No se han podido escribir las plantillas en {folder} ({error}); no se ha importado nada.</translation>
        </message>
    </context>
    <context>
        <name>ImportReport</name>
        <message numerus="yes">
            <source>Imported {file}: %Ln new contacts, {completed} completed, {unchanged} unchanged.</source>
            <translation>
                <numerusform>{file} importado: %Ln contacto nuevo, {completed} completados, {unchanged} sin cambios.</numerusform>
                <numerusform>{file} importado: %Ln contactos nuevos, {completed} completados, {unchanged} sin cambios.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln invitations you sent ({accepted} accepted, {replied} of them answered with a message);</source>
            <translation>
                <numerusform>%Ln invitación que enviaste ({accepted} aceptadas, {replied} de ellas respondidas con un mensaje);</numerusform>
                <numerusform>%Ln invitaciones que enviaste ({accepted} aceptadas, {replied} de ellas respondidas con un mensaje);</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln earlier invitations now have an outcome.</source>
            <translation>
                <numerusform>%Ln invitación anterior ya tiene resultado.</numerusform>
                <numerusform>%Ln invitaciones anteriores ya tienen resultado.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln requests you received are in the Inbox ({accepted} of them accepted already).</source>
            <translation>
                <numerusform>%Ln solicitud que recibiste está en Recibidas ({accepted} de ellas ya aceptadas).</numerusform>
                <numerusform>%Ln solicitudes que recibiste están en Recibidas ({accepted} de ellas ya aceptadas).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Since your export of {day}: %Ln changed jobs, {new} new, {gone} no longer there (see the Network page).</source>
            <translation>
                <numerusform>Desde tu exportación del {day}: %Ln cambio de empleo, {new} nuevos, {gone} que ya no están (consulta la página Red).</numerusform>
                <numerusform>Desde tu exportación del {day}: %Ln cambios de empleo, {new} nuevos, {gone} que ya no están (consulta la página Red).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln people share a name with someone:</source>
            <translation>
                <numerusform>%Ln persona comparte nombre con alguien:</numerusform>
                <numerusform>%Ln personas comparten nombre con alguien:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln rows were skipped:</source>
            <translation>
                <numerusform>Se ha omitido %Ln fila:</numerusform>
                <numerusform>Se han omitido %Ln filas:</numerusform>
            </translation>
        </message>
        <message>
            <source>• and {count} more.</source>
            <translation>• y {count} más.</translation>
        </message>
        <message>
            <source>• {file}, line {line}: {reason}</source>
            <translation>• {file}, línea {line}: {reason}</translation>
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
            <translation>Recibida</translation>
        </message>
        <message>
            <source>Their note</source>
            <translation>Su nota</translation>
        </message>
        <message>
            <source>Suggested</source>
            <translation>Sugerencia</translation>
        </message>
        <message>
            <source>Done</source>
            <comment>column: what was done with the request</comment>
            <translation>Acción</translation>
        </message>
        <message>
            <source>{name} · {works}</source>
            <translation>{name} · {works}</translation>
        </message>
        <message>
            <source>(no note)</source>
            <translation>(sin nota)</translation>
        </message>
        <message>
            <source>{title} at {company}</source>
            <translation>{title} en {company}</translation>
        </message>
    </context>
    <context>
        <name>InboxPage</name>
        <message>
            <source>Incoming requests</source>
            <translation>Solicitudes recibidas</translation>
        </message>
        <message>
            <source>Which requests to show</source>
            <translation>Qué solicitudes mostrar</translation>
        </message>
        <message>
            <source>Waiting for an answer</source>
            <translation>Por responder</translation>
        </message>
        <message>
            <source>All requests</source>
            <translation>Todas las solicitudes</translation>
        </message>
        <message>
            <source>Add request…</source>
            <translation>Añadir solicitud…</translation>
        </message>
        <message>
            <source>Add a request you received</source>
            <translation>Añadir una solicitud que has recibido</translation>
        </message>
        <message>
            <source>Import from LinkedIn…</source>
            <translation>Importar de LinkedIn…</translation>
        </message>
        <message>
            <source>Import requests from a LinkedIn data export</source>
            <translation>Importar solicitudes de una exportación de datos de LinkedIn</translation>
        </message>
        <message>
            <source>Their note</source>
            <translation>Su nota</translation>
        </message>
        <message>
            <source>Why this is suggested</source>
            <translation>Por qué se sugiere esto</translation>
        </message>
        <message>
            <source>Draft the reply</source>
            <translation>Redactar la respuesta</translation>
        </message>
        <message>
            <source>Draft the reply in the composer</source>
            <translation>Redactar la respuesta en el editor</translation>
        </message>
        <message>
            <source>What you did</source>
            <translation>Lo que has hecho</translation>
        </message>
        <message>
            <source>Record</source>
            <comment>verb: record what you did</comment>
            <translation>Registrar</translation>
        </message>
        <message>
            <source>Record what you did with this request</source>
            <translation>Registrar lo que has hecho con esta solicitud</translation>
        </message>
        <message>
            <source>Undo: waiting again</source>
            <translation>Deshacer: pendiente</translation>
        </message>
        <message>
            <source>Undo what you recorded: the request waits again</source>
            <translation>Deshacer lo registrado: la solicitud vuelve a quedar pendiente</translation>
        </message>
        <message>
            <source>&amp;Show</source>
            <translation>M&amp;ostrar</translation>
        </message>
        <message>
            <source>Request</source>
            <translation>Solicitud</translation>
        </message>
        <message>
            <source>&amp;You did:</source>
            <translation>Acció&amp;n:</translation>
        </message>
        <message>
            <source>Between the requests and the chosen one</source>
            <translation>Entre las solicitudes y la elegida</translation>
        </message>
        <message>
            <source>Reading the inbox…</source>
            <translation>Leyendo solicitudes…</translation>
        </message>
        <message>
            <source>The inbox could not be read: {error}</source>
            <translation>No se han podido leer las solicitudes recibidas: {error}</translation>
        </message>
        <message>
            <source>{waiting} waiting · {shown} shown</source>
            <translation>{waiting} pendientes · {shown} mostradas</translation>
        </message>
        <message>
            <source>No request chosen.</source>
            <translation>No has elegido ninguna solicitud.</translation>
        </message>
        <message>
            <source>{name}, {works}</source>
            <translation>{name}, {works}</translation>
        </message>
        <message>
            <source>(They sent no note.)</source>
            <translation>(No ha enviado ninguna nota.)</translation>
        </message>
        <message>
            <source>Suggested: {answer}</source>
            <translation>Sugerencia: {answer}</translation>
        </message>
        <message>
            <source>Change</source>
            <comment>verb: change what you recorded</comment>
            <translation>Cambiar</translation>
        </message>
        <message>
            <source>waiting again</source>
            <translation>pendiente otra vez</translation>
        </message>
        <message>
            <source>{name}: {done}.</source>
            <translation>{name}: {done}.</translation>
        </message>
        <message>
            <source>Added the request from {name}.</source>
            <translation>Solicitud de {name} añadida.</translation>
        </message>
        <message>
            <source>No requests waiting. Requests you receive come in with your LinkedIn data export (Import from LinkedIn…, or Ctrl+I), or add one by hand with Add request…: Rapport suggests an answer for each and drafts the reply.</source>
            <translation>No hay solicitudes pendientes. Las solicitudes que recibes llegan con tu exportación de datos de LinkedIn (Importar de LinkedIn… o Ctrl+I), o puedes añadir una a mano con Añadir solicitud…: Rapport sugiere una respuesta para cada una y redacta el mensaje.</translation>
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
            <translation>Ajustar las columnas a su contenido</translation>
        </message>
    </context>
    <context>
        <name>KeyringText</name>
        <message>
            <source>On Linux, install and unlock GNOME Keyring or KWallet (any Secret Service provider) in your desktop session; if a keyring kept in a file is acceptable to you, install the keyrings.alt package into Rapport's Python (pip install keyrings.alt). Windows and macOS have a keyring built in.</source>
            <translation>En Linux, instala y desbloquea GNOME Keyring o KWallet (o cualquier proveedor de Secret Service) en tu sesión de escritorio; si te vale un llavero guardado en un archivo, instala el paquete keyrings.alt en el Python de Rapport (pip install keyrings.alt). Windows y macOS ya traen un llavero integrado.</translation>
        </message>
        <message>
            <source>{failed}: the system keyring refused ({error}).</source>
            <translation>{failed}: el llavero del sistema ha denegado el acceso ({error}).</translation>
        </message>
        <message>
            <source>{failed}: Rapport keeps secrets only in the system keyring. {problem}</source>
            <translation>{failed}: Rapport solo guarda las contraseñas y las claves en el llavero del sistema. {problem}</translation>
        </message>
        <message>
            <source>The keyring configured for Python cannot be loaded ({error}). {how}</source>
            <translation>El llavero configurado para Python no se puede cargar ({error}). {how}</translation>
        </message>
        <message>
            <source>This system has no keyring Rapport can use. {how}</source>
            <translation>Este sistema no tiene ningún llavero que Rapport pueda usar. {how}</translation>
        </message>
        <message>
            <source>The system keyring refused ({error}).</source>
            <translation>El llavero del sistema ha denegado el acceso ({error}).</translation>
        </message>
        <message>
            <source>The LanguageTool Premium API key is empty; nothing was stored.</source>
            <translation>La clave de API de LanguageTool Premium está vacía; no se ha guardado nada.</translation>
        </message>
        <message>
            <source>The grammar server password or API key is empty; nothing was stored.</source>
            <translation>La contraseña o clave de API del servidor de gramática está vacía; no se ha guardado nada.</translation>
        </message>
        <message>
            <source>The LanguageTool Premium API key cannot be read</source>
            <translation>No se puede leer la clave de API de LanguageTool Premium</translation>
        </message>
        <message>
            <source>The LanguageTool Premium API key was not saved</source>
            <translation>No se ha guardado la clave de API de LanguageTool Premium</translation>
        </message>
        <message>
            <source>The LanguageTool Premium API key was not deleted</source>
            <translation>No se ha eliminado la clave de API de LanguageTool Premium</translation>
        </message>
        <message>
            <source>The grammar server password or API key cannot be read</source>
            <translation>No se puede leer la contraseña o clave de API del servidor de gramática</translation>
        </message>
        <message>
            <source>The grammar server password or API key was not saved</source>
            <translation>No se ha guardado la contraseña o clave de API del servidor de gramática</translation>
        </message>
        <message>
            <source>The grammar server password or API key was not deleted</source>
            <translation>No se ha eliminado la contraseña o clave de API del servidor de gramática</translation>
        </message>
    </context>
    <context>
        <name>KindText</name>
        <message>
            <source>Invitation</source>
            <translation>Invitación</translation>
        </message>
        <message>
            <source>Thank-you</source>
            <translation>Agradecimiento</translation>
        </message>
        <message>
            <source>Polite decline</source>
            <translation>Rechazo amable</translation>
        </message>
        <message>
            <source>Coffee invitation</source>
            <translation>Invitación a un café</translation>
        </message>
        <message>
            <source>Reply to a recruiter</source>
            <translation>Respuesta a un reclutador</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Seguimiento</translation>
        </message>
        <message>
            <source>Introduction</source>
            <translation>Presentación</translation>
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
            <translation>Idioma de la ventana</translation>
        </message>
        <message>
            <source>System default</source>
            <translation>Idioma del sistema</translation>
        </message>
        <message>
            <source>My language</source>
            <translation>Mi idioma</translation>
        </message>
        <message>
            <source>Formal</source>
            <translation>Formal (usted)</translation>
        </message>
        <message>
            <source>Informal</source>
            <translation>Informal (tú)</translation>
        </message>
        <message>
            <source>Default register</source>
            <translation>Tratamiento predeterminado</translation>
        </message>
        <message>
            <source>Window</source>
            <translation>Ventana</translation>
        </message>
        <message>
            <source>&amp;Window language</source>
            <translation>Idioma de la &amp;ventana</translation>
        </message>
        <message>
            <source>Menus, buttons and dates in this language. A change applies at the next start.</source>
            <translation>Menús, botones y fechas en este idioma. El cambio se aplica la próxima vez que abras Rapport.</translation>
        </message>
        <message>
            <source>Messages</source>
            <translation>Mensajes</translation>
        </message>
        <message>
            <source>&amp;My language</source>
            <translation>&amp;Mi idioma</translation>
        </message>
        <message>
            <source>The language you write in: templates and checks for contacts who have none.</source>
            <translation>El idioma en el que escribes: plantillas y revisiones para los contactos que no tienen idioma propio.</translation>
        </message>
        <message>
            <source>Default &amp;register</source>
            <translation>&amp;Tratamiento predeterminado</translation>
        </message>
        <message>
            <source>How templates address people where the language has two ways: Sie or du, vous or tu, usted or tú, o senhor or você.</source>
            <translation>Cómo se dirigen las plantillas a las personas cuando el idioma tiene dos formas: Sie o du, vous o tu, usted o tú, o senhor o você.</translation>
        </message>
    </context>
    <context>
        <name>LexiconError</name>
        <message>
            <source>The word frequencies cannot be read: {error}.</source>
            <translation>No se pueden leer las frecuencias de palabras: {error}.</translation>
        </message>
        <message>
            <source>The phrase list {path} cannot be read: {error}.</source>
            <translation>No se puede leer la lista de frases {path}: {error}.</translation>
        </message>
        <message>
            <source>The phrase list {path} is not UTF-8 text.</source>
            <translation>La lista de frases {path} no es texto UTF-8.</translation>
        </message>
    </context>
    <context>
        <name>LibraryListModel</name>
        <message>
            <source>mine</source>
            <comment>a template of the user's</comment>
            <translation>mía</translation>
        </message>
        <message>
            <source>built-in</source>
            <comment>a template shipped</comment>
            <translation>integrada</translation>
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
            <translation>{name}: incluida con Rapport; solo lectura. {description}</translation>
        </message>
    </context>
    <context>
        <name>ListEditor</name>
        <message>
            <source>Add</source>
            <comment>verb: add an entry to the list</comment>
            <translation>Añadir</translation>
        </message>
        <message>
            <source>Add to {list}</source>
            <translation>Añadir a {list}</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Remove from {list}</source>
            <translation>Quitar de {list}</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Between the contacts and the form</source>
            <translation>Entre los contactos y el formulario</translation>
        </message>
        <message>
            <source>Between the form and the composer</source>
            <translation>Entre el formulario y el editor</translation>
        </message>
        <message>
            <source>&amp;Compose</source>
            <translation>&amp;Redactar</translation>
        </message>
        <message>
            <source>&amp;Inbox</source>
            <translation>Reci&amp;bidas</translation>
        </message>
        <message>
            <source>&amp;History</source>
            <translation>&amp;Historial</translation>
        </message>
        <message>
            <source>&amp;Network</source>
            <translation>Re&amp;d</translation>
        </message>
        <message>
            <source>A template was skipped: {problem}</source>
            <translation>Se ha omitido una plantilla: {problem}</translation>
        </message>
        <message>
            <source>Recorded as sent to {name}.</source>
            <translation>Registrado como enviado a {name}.</translation>
        </message>
        <message>
            <source>Welcome to Rapport. Add a contact to start writing (Ctrl+N).</source>
            <translation>Te damos la bienvenida a Rapport. Añade un contacto para empezar a escribir (Ctrl+N).</translation>
        </message>
        <message numerus="yes">
            <source>%Ln contacts</source>
            <translation>
                <numerusform>%Ln contacto</numerusform>
                <numerusform>%Ln contactos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln templates</source>
            <translation>
                <numerusform>%Ln plantilla</numerusform>
                <numerusform>%Ln plantillas</numerusform>
            </translation>
        </message>
        <message>
            <source>Earlier messages could not be read for the repeat check: {error}</source>
            <translation>No se han podido leer los mensajes anteriores para comprobar repeticiones: {error}</translation>
        </message>
    </context>
    <context>
        <name>MessageActions</name>
        <message>
            <source>Replace your message?</source>
            <translation>¿Sustituir tu mensaje?</translation>
        </message>
        <message>
            <source>The template's words will replace the message as you edited it. Ctrl+Z brings your words back.</source>
            <translation>El texto de la plantilla sustituirá al mensaje que has editado. Con Ctrl+Z recuperas tu texto.</translation>
        </message>
    </context>
    <context>
        <name>MessageChecks</name>
        <message>
            <source>them</source>
            <comment>the contact</comment>
            <translation>esa persona</translation>
        </message>
        <message>
            <source>Not added to your dictionary: {error}</source>
            <translation>No se ha añadido a tu diccionario: {error}</translation>
        </message>
        <message>
            <source>“{word}” is in your dictionary now.</source>
            <translation>«{word}» ya está en tu diccionario.</translation>
        </message>
    </context>
    <context>
        <name>MessageView</name>
        <message>
            <source>Replace “{words}” with “{replacement}”</source>
            <translation>Sustituir «{words}» por «{replacement}»</translation>
        </message>
        <message>
            <source>Ignore “{words}” in this message</source>
            <translation>Ignorar «{words}» en este mensaje</translation>
        </message>
        <message>
            <source>Add “{words}” to your dictionary</source>
            <translation>Añadir «{words}» a tu diccionario</translation>
        </message>
    </context>
    <context>
        <name>NetworkModels</name>
        <message>
            <source>{title} at {company}</source>
            <translation>{title} en {company}</translation>
        </message>
    </context>
    <context>
        <name>NetworkPage</name>
        <message>
            <source>Connections you may no longer know</source>
            <translation>Contactos que quizá ya no conoces</translation>
        </message>
        <message>
            <source>Open contact</source>
            <translation>Abrir contacto</translation>
        </message>
        <message>
            <source>Open the chosen contact to write to them</source>
            <translation>Abrir el contacto elegido para escribirle</translation>
        </message>
        <message>
            <source>Delete from Rapport…</source>
            <translation>Eliminar de Rapport…</translation>
        </message>
        <message>
            <source>Delete the chosen contact from Rapport</source>
            <translation>Eliminar el contacto elegido de Rapport</translation>
        </message>
        <message>
            <source>Removes them from Rapport only; remove the connection on LinkedIn yourself.</source>
            <translation>Solo lo elimina de Rapport; el contacto de LinkedIn tendrás que eliminarlo tú.</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Actualizar</translation>
        </message>
        <message>
            <source>Refresh the network review</source>
            <translation>Actualizar la revisión de la red</translation>
        </message>
        <message>
            <source>Changed jobs, new and gone since your last export</source>
            <translation>Cambios de empleo, altas y bajas desde tu última exportación</translation>
        </message>
        <message>
            <source>Congratulate…</source>
            <translation>Felicitar…</translation>
        </message>
        <message>
            <source>Write to the chosen person about their new job</source>
            <translation>Escribir a la persona elegida sobre su nuevo empleo</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Grupo</translation>
        </message>
        <message>
            <source>Relationship</source>
            <translation>Relación</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Empresa</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Ubicación</translation>
        </message>
        <message>
            <source>People you may no longer know</source>
            <translation>Personas que quizá ya no conoces</translation>
        </message>
        <message>
            <source>Changed jobs since your last export</source>
            <translation>Cambios de empleo desde tu última exportación</translation>
        </message>
        <message>
            <source>Your network</source>
            <translation>Tu red</translation>
        </message>
        <message>
            <source>Contacts by group</source>
            <translation>Contactos por grupo</translation>
        </message>
        <message>
            <source>Contacts by strength</source>
            <translation>Contactos por cercanía</translation>
        </message>
        <message>
            <source>Contacts by company</source>
            <translation>Contactos por empresa</translation>
        </message>
        <message>
            <source>Contacts by location</source>
            <translation>Contactos por ubicación</translation>
        </message>
        <message>
            <source>Reading your network…</source>
            <translation>Leyendo tu red…</translation>
        </message>
        <message>
            <source>The network review could not be read: {error}</source>
            <translation>No se ha podido leer la revisión de la red: {error}</translation>
        </message>
        <message>
            <source>Nobody here: everyone you marked never met is recent or has heard from you.</source>
            <translation>No hay nadie: todos los que has marcado como «nunca nos hemos visto» son recientes o ya han sabido de ti.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln connections you marked never met, connected over a year ago and never wrote to. Reconnect on purpose, or prune.</source>
            <translation>
                <numerusform>%Ln contacto que has marcado como «nunca nos hemos visto», con quien conectaste hace más de un año y a quien nunca has escrito. Vuelve a conectar a propósito o haz limpieza.</numerusform>
                <numerusform>%Ln contactos que has marcado como «nunca nos hemos visto», con quienes conectaste hace más de un año y a quienes nunca has escrito. Vuelve a conectar a propósito o haz limpieza.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln contacts</source>
            <translation>
                <numerusform>%Ln contacto</numerusform>
                <numerusform>%Ln contactos</numerusform>
            </translation>
        </message>
        <message>
            <source>Import two LinkedIn exports, a while apart, to see who changed jobs.</source>
            <translation>Importa dos exportaciones de LinkedIn, con un tiempo de diferencia, para ver quién ha cambiado de empleo.</translation>
        </message>
        <message>
            <source>Your export of {day} is the first: import a newer one later.</source>
            <translation>Tu exportación del {day} es la primera: importa una más reciente más adelante.</translation>
        </message>
        <message>
            <source>Your export of {day} against {previous}: {changed} changed jobs, {new} new, {gone} no longer there.</source>
            <translation>Tu exportación del {day} frente a la del {previous}: {changed} cambios de empleo, {new} nuevos, {gone} que ya no están.</translation>
        </message>
    </context>
    <context>
        <name>NewsModel</name>
        <message>
            <source>Changed jobs</source>
            <translation>Cambio de empleo</translation>
        </message>
        <message>
            <source>New connection</source>
            <translation>Nuevo contacto</translation>
        </message>
        <message>
            <source>No longer in the export</source>
            <translation>Ya no está en la exportación</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>What</source>
            <comment>column: what changed</comment>
            <translation>Qué</translation>
        </message>
        <message>
            <source>Then</source>
            <comment>column: the job before</comment>
            <translation>Antes</translation>
        </message>
        <message>
            <source>Now</source>
            <comment>column: the job now</comment>
            <translation>Ahora</translation>
        </message>
    </context>
    <context>
        <name>NextStepsText</name>
        <message>
            <source>Try {names}: never sent yet, so nothing is known about it.</source>
            <translation>Prueba {names}: aún no la has enviado nunca, así que no se sabe nada de ella.</translation>
        </message>
        <message>
            <source>Try {names}: never sent yet, so nothing is known about them.</source>
            <translation>Prueba {names}: aún no las has enviado nunca, así que no se sabe nada de ellas.</translation>
        </message>
        <message>
            <source>Keep {approach}: {figures}; the best of the {tried} approaches tried with {probability} probability.</source>
            <translation>Mantén {approach}: {figures}; el mejor de los {tried} enfoques probados, con una probabilidad de {probability}.</translation>
        </message>
        <message>
            <source>Keep {approach}: {figures}; better than your other invitations' {rate} with {probability} probability.</source>
            <translation>Mantén {approach}: {figures}; mejor que el {rate} de tus demás invitaciones, con una probabilidad de {probability}.</translation>
        </message>
        <message>
            <source>Drop {approach}: {figures}; below {leader}’s {rate} with {probability} probability.</source>
            <translation>Descarta {approach}: {figures}; por debajo del {rate} de {leader}, con una probabilidad de {probability}.</translation>
        </message>
        <message>
            <source>Keep testing {approach}: {figures}; ahead for now, but not surely the best yet.</source>
            <translation>Sigue probando {approach}: {figures}; va en cabeza por ahora, pero aún no es seguro que sea el mejor.</translation>
        </message>
        <message>
            <source>Keep testing {approach}: {figures}; too close to {leader} to tell apart.</source>
            <translation>Sigue probando {approach}: {figures}; demasiado parecido a {leader} para distinguirlos.</translation>
        </message>
        <message>
            <source>Keep testing {approach}: {figures}; about {count} more sends, with {leader}, would likely tell.</source>
            <translation>Sigue probando {approach}: {figures}; unos {count} envíos más, junto con {leader}, probablemente lo aclararían.</translation>
        </message>
        <message>
            <source>invitations typed or imported</source>
            <translation>invitaciones escritas a mano o importadas</translation>
        </message>
        <message>
            <source>{approach} (no note)</source>
            <translation>{approach} (sin nota)</translation>
        </message>
        <message>
            <source>{accepted} of {decided} accepted, about {mean} expected (95% interval {low}–{high})</source>
            <translation>{accepted} de {decided} aceptadas, en torno al {mean} esperado (intervalo del 95 % {low}–{high})</translation>
        </message>
    </context>
    <context>
        <name>NextStepsView</name>
        <message>
            <source>What to do next</source>
            <translation>Qué hacer ahora</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>Contando…</translation>
        </message>
        <message>
            <source>What to do next could not be worked out: {error}</source>
            <translation>No se ha podido calcular qué hacer ahora: {error}</translation>
        </message>
        <message>
            <source>No invitation has been decided yet, so nothing is known about what works.</source>
            <translation>Aún no se ha resuelto ninguna invitación, así que no se sabe qué funciona.</translation>
        </message>
        <message numerus="yes">
            <source>From %Ln decided invitations. An approach is kept or dropped only when the difference holds with 0.95 probability; the rest need more sends.</source>
            <translation>
                <numerusform>A partir de %Ln invitación resuelta. Un enfoque se mantiene o se descarta solo cuando la diferencia se sostiene con una probabilidad de 0,95; el resto necesita más envíos.</numerusform>
                <numerusform>A partir de %Ln invitaciones resueltas. Un enfoque se mantiene o se descarta solo cuando la diferencia se sostiene con una probabilidad de 0,95; el resto necesita más envíos.</numerusform>
            </translation>
        </message>
        <message>
            <source>Keep</source>
            <comment>heading: approaches to keep</comment>
            <translation>Mantener</translation>
        </message>
        <message>
            <source>Drop</source>
            <comment>heading: approaches to drop</comment>
            <translation>Descartar</translation>
        </message>
        <message>
            <source>Test</source>
            <comment>heading: approaches to test</comment>
            <translation>Probar</translation>
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
            <translation>Pendiente</translation>
        </message>
        <message>
            <source>Accepted</source>
            <translation>Aceptado</translation>
        </message>
        <message>
            <source>Declined</source>
            <translation>Rechazado</translation>
        </message>
        <message>
            <source>Replied</source>
            <translation>Respondido</translation>
        </message>
        <message>
            <source>No answer</source>
            <translation>Sin respuesta</translation>
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
            <translation>{number} %</translation>
        </message>
    </context>
    <context>
        <name>ProfilePage</name>
        <message>
            <source>&amp;You</source>
            <translation>&amp;Perfil</translation>
        </message>
        <message>
            <source>As you sign your messages</source>
            <translation>Tal como firmas tus mensajes</translation>
        </message>
        <message>
            <source>e.g. Lisbon</source>
            <translation>p. ej., Lisboa</translation>
        </message>
        <message>
            <source>&amp;Free: {limit}-character connection notes</source>
            <translation>Gra&amp;tuita: notas de invitación de hasta {limit} caracteres</translation>
        </message>
        <message>
            <source>&amp;Premium: {limit}-character notes</source>
            <translation>P&amp;remium: notas de hasta {limit} caracteres</translation>
        </message>
        <message>
            <source>Free LinkedIn account</source>
            <translation>Cuenta gratuita de LinkedIn</translation>
        </message>
        <message>
            <source>Premium LinkedIn account</source>
            <translation>Cuenta Premium de LinkedIn</translation>
        </message>
        <message>
            <source> notes</source>
            <comment>spin box suffix</comment>
            <translation> notas</translation>
        </message>
        <message>
            <source> days</source>
            <comment>spin box suffix</comment>
            <translation> días</translation>
        </message>
        <message>
            <source>About you</source>
            <translation>Sobre ti</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Nombre</translation>
        </message>
        <message>
            <source>&amp;Location</source>
            <translation>&amp;Ubicación</translation>
        </message>
        <message>
            <source>Templates sign with your name; a stranger who lives near you is offered a coffee.</source>
            <translation>Las plantillas se firman con tu nombre; a un desconocido que vive cerca de ti se le propone un café.</translation>
        </message>
        <message>
            <source>LinkedIn</source>
            <translation>LinkedIn</translation>
        </message>
        <message>
            <source>Account</source>
            <comment>LinkedIn account type</comment>
            <translation>Cuenta</translation>
        </message>
        <message>
            <source>Personalised notes a &amp;month</source>
            <translation>Notas personalizadas al &amp;mes</translation>
        </message>
        <message>
            <source>Invitations pending f&amp;or</source>
            <translation>Invitaciones pendientes dur&amp;ante</translation>
        </message>
        <message>
            <source>An invitation with no answer after this many days counts as unanswered.</source>
            <translation>Una invitación que siga sin respuesta pasados estos días cuenta como no respondida.</translation>
        </message>
    </context>
    <context>
        <name>Questions</name>
        <message>
            <source>Where did you meet {who}?</source>
            <translation>¿Dónde conociste a {who}?</translation>
        </message>
        <message>
            <source>When did you meet {who}?</source>
            <translation>¿Cuándo conociste a {who}?</translation>
        </message>
        <message>
            <source>Who introduced you to {who}?</source>
            <translation>¿Quién te presentó a {who}?</translation>
        </message>
        <message>
            <source>What of {who}'s did you read, hear or use?</source>
            <translation>¿Qué leíste, escuchaste o usaste de {who}?</translation>
        </message>
        <message>
            <source>What are you both into?</source>
            <translation>¿Qué intereses tienen en común?</translation>
        </message>
        <message>
            <source>Who do you both know?</source>
            <translation>¿A quién conocen en común?</translation>
        </message>
        <message>
            <source>Where does {who} live?</source>
            <translation>¿Dónde vive {who}?</translation>
        </message>
        <message>
            <source>Where does {who} work?</source>
            <translation>¿Dónde trabaja {who}?</translation>
        </message>
        <message>
            <source>What does {who} do?</source>
            <translation>¿A qué se dedica {who}?</translation>
        </message>
        <message>
            <source>What is {who}'s last name?</source>
            <translation>¿Cuál es el apellido de {who}?</translation>
        </message>
        <message>
            <source>What do you write about?</source>
            <translation>¿Sobre qué escribes?</translation>
        </message>
        <message>
            <source>Who are you introducing?</source>
            <translation>¿A quién presentas?</translation>
        </message>
        <message>
            <source>Why should they meet?</source>
            <translation>¿Por qué conocerse?</translation>
        </message>
        <message>
            <source>Which role is it about?</source>
            <translation>¿De qué puesto se trata?</translation>
        </message>
        <message>
            <source>What did you talk about?</source>
            <translation>¿De qué hablaron?</translation>
        </message>
        <message>
            <source>What did {who} write about, in a few words?</source>
            <translation>¿Sobre qué escribió {who}, en pocas palabras?</translation>
        </message>
        <message>
            <source>{label}?</source>
            <comment>a field asked for</comment>
            <translation>¿{label}?</translation>
        </message>
        <message>
            <source>“{label}”</source>
            <comment>a field's name, quoted</comment>
            <translation>«{label}»</translation>
        </message>
        <message>
            <source>This message needs {field}. Fill it in to continue.</source>
            <translation>Este mensaje necesita {field}. Complétalo para continuar.</translation>
        </message>
        <message>
            <source>This message needs {fields}. Fill them in to continue.</source>
            <translation>Este mensaje necesita {fields}. Complétalos para continuar.</translation>
        </message>
    </context>
    <context>
        <name>QuotaNotice</name>
        <message>
            <source>Personalised notes used this month</source>
            <translation>Notas personalizadas usadas este mes</translation>
        </message>
        <message>
            <source>Note quota warning</source>
            <translation>Aviso del cupo de notas</translation>
        </message>
        <message>
            <source>Past this month's note quota</source>
            <translation>Cupo de notas de este mes superado</translation>
        </message>
        <message>
            <source>{warning}

Record this note as sent anyway?</source>
            <translation>{warning}

¿Registrar esta nota como enviada de todos modos?</translation>
        </message>
        <message>
            <source>The notes sent this month could not be counted: {error}</source>
            <translation>No se han podido contar las notas enviadas este mes: {error}</translation>
        </message>
    </context>
    <context>
        <name>QuotaText</name>
        <message numerus="yes">
            <source>%Ln personalised notes this month, past the {allowed} your account allows</source>
            <translation>
                <numerusform>%Ln nota personalizada este mes, más de las {allowed} que permite tu cuenta</numerusform>
                <numerusform>%Ln notas personalizadas este mes, más de las {allowed} que permite tu cuenta</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{used} of %Ln personalised notes used this month</source>
            <translation>
                <numerusform>{used} de %Ln nota personalizada usada este mes</numerusform>
                <numerusform>{used} de %Ln notas personalizadas usadas este mes</numerusform>
            </translation>
        </message>
        <message>
            <source>No personalised notes left this month ({used} of {allowed} used): LinkedIn will not send this note. Send the invitation without a note, wait until next month, or write them a message once they accept.</source>
            <translation>No te quedan notas personalizadas este mes ({used} de {allowed} usadas): LinkedIn no enviará esta nota. Envía la invitación sin nota, espera al mes que viene o escríbele un mensaje cuando acepte.</translation>
        </message>
        <message>
            <source>This is the last personalised note your free account allows this month.</source>
            <translation>Esta es la última nota personalizada que tu cuenta gratuita permite este mes.</translation>
        </message>
    </context>
    <context>
        <name>RateChart</name>
        <message>
            <source>Acceptance and reply rates by template, with 95% intervals</source>
            <translation>Tasas de aceptación y de respuesta por plantilla, con intervalos del 95%</translation>
        </message>
        <message>
            <source>Reply rate (of those accepted)</source>
            <translation>Tasa de respuesta (de las aceptadas)</translation>
        </message>
        <message>
            <source>Acceptance rate</source>
            <translation>Tasa de aceptación</translation>
        </message>
        <message>
            <source>Replied, of those accepted: {rate}</source>
            <translation>Con respuesta, de las aceptadas: {rate}</translation>
        </message>
        <message>
            <source>Accepted: {rate}</source>
            <translation>Aceptadas: {rate}</translation>
        </message>
        <message>
            <source>No template</source>
            <translation>Sin plantilla</translation>
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
            <translation>Plantilla</translation>
        </message>
        <message>
            <source>Accepted here</source>
            <translation>Aceptadas aquí</translation>
        </message>
        <message>
            <source>Expected</source>
            <translation>Previsto</translation>
        </message>
        <message>
            <source>95% interval</source>
            <translation>Intervalo del 95%</translation>
        </message>
        <message>
            <source>Chance best</source>
            <translation>Prob. de ser la mejor</translation>
        </message>
        <message>
            <source>not sent yet</source>
            <translation>aún sin enviar</translation>
        </message>
        <message>
            <source>{accepted} of {sent}</source>
            <translation>{accepted} de {sent}</translation>
        </message>
        <message>
            <source>never tried</source>
            <translation>nunca probada</translation>
        </message>
    </context>
    <context>
        <name>RecommendationText</name>
        <message>
            <source>people you know well</source>
            <translation>personas que conoces bien</translation>
        </message>
        <message>
            <source>people you have met</source>
            <translation>personas que has conocido en persona</translation>
        </message>
        <message>
            <source>people you have never met</source>
            <translation>personas que no conoces en persona</translation>
        </message>
        <message>
            <source>contacts no longer saved</source>
            <translation>contactos que ya no están guardados</translation>
        </message>
        <message>
            <source>everyone</source>
            <translation>todos</translation>
        </message>
        <message>
            <source>{people} in {group}, nearby</source>
            <translation>{people} del grupo «{group}», cerca de ti</translation>
        </message>
        <message>
            <source>{people} in {group}</source>
            <translation>{people} del grupo «{group}»</translation>
        </message>
        <message>
            <source>{people}, nearby</source>
            <translation>{people} cerca de ti</translation>
        </message>
        <message>
            <source>Send {template} next: not sent to people like them yet, it could reach {high}, and a few sends will show whether it does.</source>
            <translation>Envía {template} a continuación: aún no se ha enviado a personas como esta, podría llegar al {high} y unos pocos envíos mostrarán si lo consigue.</translation>
        </message>
        <message>
            <source>Send {template} next: it leads, and could reach {high}.</source>
            <translation>Envía {template} a continuación: va en cabeza y podría llegar al {high}.</translation>
        </message>
        <message>
            <source>Send {template} next: it could still be the best (up to {high}), and a few more sends of it will show whether it is.</source>
            <translation>Envía {template} a continuación: aún podría ser la mejor (hasta el {high}), y unos cuantos envíos más mostrarán si lo es.</translation>
        </message>
        <message>
            <source>No invitation templates to rank.</source>
            <translation>No hay plantillas de invitación que comparar.</translation>
        </message>
        <message>
            <source>Use {template}: best for {people} with {chance} probability.</source>
            <translation>Usa {template}: la mejor para {people}, con una probabilidad de {chance}.</translation>
        </message>
        <message>
            <source>Too early to tell: fewer than two invitation templates tried yet.</source>
            <translation>Aún es pronto para saberlo: todavía no has probado dos plantillas de invitación.</translation>
        </message>
        <message>
            <source>Too early to tell: {first} and {second} are too close for the next few hundred sends to tell apart.</source>
            <translation>Aún es pronto para saberlo: {first} y {second} están demasiado igualadas para que los próximos cientos de envíos las distingan.</translation>
        </message>
        <message>
            <source>Too early to tell: about {sends} more sends, split between {first} and {second}, would likely tell.</source>
            <translation>Aún es pronto para saberlo: unos {sends} envíos más, repartidos entre {first} y {second}, probablemente lo aclararían.</translation>
        </message>
        <message>
            <source>A note is likely to pay for this person: about {with_note} replies per 100 invitations with a note against {without_note} without.</source>
            <translation>Es probable que una nota merezca la pena con esta persona: unas {with_note} respuestas por cada 100 invitaciones con nota frente a {without_note} sin ella.</translation>
        </message>
        <message>
            <source>Sending without a note loses little here: about {with_note} replies per 100 invitations with a note against {without_note} without.</source>
            <translation>Enviar sin nota apenas te hace perder aquí: unas {with_note} respuestas por cada 100 invitaciones con nota frente a {without_note} sin ella.</translation>
        </message>
        <message>
            <source>A note shows no gain for people like them: about {with_note} replies per 100 invitations with a note against {without_note} without.</source>
            <translation>Con personas como esta, una nota no aporta nada: unas {with_note} respuestas por cada 100 invitaciones con nota frente a {without_note} sin ella.</translation>
        </message>
        <message>
            <source>No personalised notes left this month.</source>
            <translation>No te quedan notas personalizadas este mes.</translation>
        </message>
        <message numerus="yes">
            <source>%n of {allowed} personalised notes left this month.</source>
            <translation>
                <numerusform>Te queda %n de {allowed} notas personalizadas este mes.</numerusform>
                <numerusform>Te quedan %n de {allowed} notas personalizadas este mes.</numerusform>
            </translation>
        </message>
        <message>
            <source>Keep them for people where a note pays more.</source>
            <translation>Guárdalas para personas con las que una nota rinda más.</translation>
        </message>
    </context>
    <context>
        <name>RecommendationsView</name>
        <message>
            <source>What works for people like them</source>
            <translation>Qué funciona con gente como esta persona</translation>
        </message>
        <message>
            <source>Pick a contact to see which invitation works for people like them.</source>
            <translation>Elige un contacto para ver qué invitación funciona con gente como esa persona.</translation>
        </message>
        <message>
            <source>Invitation templates ranked for this contact</source>
            <translation>Clasificación de las plantillas de invitación para este contacto</translation>
        </message>
        <message>
            <source>Invitation templates ranked</source>
            <translation>Clasificación de las plantillas de invitación</translation>
        </message>
        <message>
            <source>Ranking…</source>
            <translation>Clasificación…</translation>
        </message>
        <message>
            <source>Every invitation template with its counts and interval</source>
            <translation>Todas las plantillas de invitación con sus recuentos e intervalo</translation>
        </message>
        <message>
            <source>Explore: suggest the template that would teach the most</source>
            <translation>Explorar: sugerir la plantilla de la que más se aprendería</translation>
        </message>
        <message>
            <source>Counting what worked for people like {name}…</source>
            <translation>Contando qué ha funcionado con gente como {name}…</translation>
        </message>
        <message>
            <source>The recommendations could not be counted: {error}</source>
            <translation>No se han podido calcular las recomendaciones: {error}</translation>
        </message>
        <message numerus="yes">
            <source>For {segment}, from your own history. %Ln invitations still pending are not counted yet.</source>
            <translation>
                <numerusform>Para {segment}, según tu propio historial. %Ln invitación aún pendiente no se cuenta todavía.</numerusform>
                <numerusform>Para {segment}, según tu propio historial. %Ln invitaciones aún pendientes no se cuentan todavía.</numerusform>
            </translation>
        </message>
        <message>
            <source>For {segment}, from your own history.</source>
            <translation>Para {segment}, según tu propio historial.</translation>
        </message>
        <message>
            <source>Exploring: send {template} this time. It was drawn from what each template could still turn out to be, so the less-tested ones come up as often as they could well be the best.</source>
            <translation>Explorando: esta vez envía {template}. Se ha sorteado según lo que cada plantilla aún podría llegar a dar, así que las menos probadas salen tantas veces como probabilidades tienen de ser la mejor.</translation>
        </message>
    </context>
    <context>
        <name>Recovery</name>
        <message>
            <source>Rapport cannot open your data</source>
            <translation>Rapport no puede abrir tus datos</translation>
        </message>
        <message>
            <source>the data folder</source>
            <translation>la carpeta de datos</translation>
        </message>
        <message>
            <source>{folder}: {problem}</source>
            <translation>{folder}: {problem}</translation>
        </message>
        <message>
            <source>Restore the backup made on {day} at {time}? Anything saved after it will be missing. The damaged file is kept next to the database, renamed; nothing is deleted.</source>
            <translation>¿Restaurar la copia de seguridad del {day} a las {time}? Se perderá todo lo guardado después. El archivo dañado se conserva con otro nombre junto a la base de datos; no se borra nada.</translation>
        </message>
        <message>
            <source>Restore the backup</source>
            <translation>Restaurar la copia de seguridad</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Salir</translation>
        </message>
        <message>
            <source>Quit without changing anything</source>
            <translation>Salir sin cambiar nada</translation>
        </message>
        <message>
            <source>No backup was made today: {error}</source>
            <translation>Hoy no se ha hecho ninguna copia de seguridad: {error}</translation>
        </message>
    </context>
    <context>
        <name>RelativeDay</name>
        <message>
            <source>today</source>
            <translation>hoy</translation>
        </message>
        <message>
            <source>yesterday</source>
            <translation>ayer</translation>
        </message>
        <message>
            <source>{day} {time}</source>
            <translation>{day} {time}</translation>
        </message>
        <message numerus="yes">
            <source>%n days ago</source>
            <translation>
                <numerusform>hace %n día</numerusform>
                <numerusform>hace %n días</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RenderError</name>
        <message>
            <source>Template syntax: {error}</source>
            <translation>Sintaxis de la plantilla: {error}</translation>
        </message>
        <message>
            <source>The template is longer than {count} characters.</source>
            <translation>La plantilla tiene más de {count} caracteres.</translation>
        </message>
        <message>
            <source>The template is nested too deeply.</source>
            <translation>La plantilla está anidada a demasiada profundidad.</translation>
        </message>
        <message>
            <source>The template contains a number too long to use.</source>
            <translation>La plantilla contiene un número demasiado largo para usarlo.</translation>
        </message>
        <message>
            <source>The template could not be compiled: {error}</source>
            <translation>No se ha podido compilar la plantilla: {error}</translation>
        </message>
        <message>
            <source>The template calls itself too deeply and was stopped.</source>
            <translation>La plantilla se llama a sí misma con demasiada profundidad y se ha detenido.</translation>
        </message>
        <message>
            <source>The template tried to use too much memory and was stopped.</source>
            <translation>La plantilla ha intentado usar demasiada memoria y se ha detenido.</translation>
        </message>
        <message>
            <source>The template failed: {error}</source>
            <translation>La plantilla ha fallado: {error}</translation>
        </message>
    </context>
    <context>
        <name>RequestDialog</name>
        <message>
            <source>Add a connection request</source>
            <translation>Añadir una solicitud de contacto</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Nombre</translation>
        </message>
        <message>
            <source>As shown on the request</source>
            <translation>Tal como aparece en la solicitud</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <comment>job title</comment>
            <translation>&amp;Cargo</translation>
        </message>
        <message>
            <source>Their headline or job title</source>
            <translation>Su titular o cargo</translation>
        </message>
        <message>
            <source>&amp;Company</source>
            <translation>&amp;Empresa</translation>
        </message>
        <message>
            <source>&amp;Location</source>
            <translation>&amp;Ubicación</translation>
        </message>
        <message>
            <source>City or area, if the profile shows one</source>
            <translation>Ciudad o zona, si el perfil la muestra</translation>
        </message>
        <message>
            <source>&amp;Profile URL</source>
            <translation>URL del &amp;perfil</translation>
        </message>
        <message>
            <source>Their note</source>
            <translation>Su nota</translation>
        </message>
        <message>
            <source>Paste the note they sent, or leave empty if none.</source>
            <translation>Pega la nota que te ha enviado o déjalo en blanco si no ha enviado ninguna.</translation>
        </message>
        <message>
            <source>Their &amp;note</source>
            <translation>Su n&amp;ota</translation>
        </message>
        <message>
            <source>Add to inbox</source>
            <translation>Añadir a Recibidas</translation>
        </message>
    </context>
    <context>
        <name>SaveTemplateDialog</name>
        <message>
            <source>Save as template</source>
            <translation>Guardar como plantilla</translation>
        </message>
        <message>
            <source>Template &amp;name</source>
            <translation>&amp;Nombre de la plantilla</translation>
        </message>
        <message>
            <source>The contact's details become fields, filled in for each person you write to:</source>
            <translation>Los datos del contacto se convierten en campos, que se rellenan para cada persona a la que escribas:</translation>
        </message>
    </context>
    <context>
        <name>SecretField</name>
        <message>
            <source>LanguageTool Premium API key</source>
            <translation>Clave de API de LanguageTool Premium</translation>
        </message>
        <message>
            <source>Remove the stored LanguageTool Premium API key</source>
            <translation>Quitar la clave de API de LanguageTool Premium guardada</translation>
        </message>
        <message>
            <source>Grammar server password or API key</source>
            <translation>Contraseña o clave de API del servidor de gramática</translation>
        </message>
        <message>
            <source>Remove the stored grammar server password or API key</source>
            <translation>Quitar la contraseña o clave de API guardada del servidor de gramática</translation>
        </message>
        <message>
            <source>Remove the stored one</source>
            <translation>Quitar la guardada</translation>
        </message>
        <message>
            <source>Checking the system keyring…</source>
            <translation>Consultando el llavero del sistema…</translation>
        </message>
        <message>
            <source>Stored in the keyring; type a new one to replace it</source>
            <translation>Guardada en el llavero; escribe una nueva para sustituirla</translation>
        </message>
        <message>
            <source>Not stored yet</source>
            <translation>Aún no está guardada</translation>
        </message>
    </context>
    <context>
        <name>SettingText</name>
        <message>
            <source>Your name</source>
            <translation>Tu nombre</translation>
        </message>
        <message>
            <source>Your location</source>
            <translation>Tu ubicación</translation>
        </message>
        <message>
            <source>LinkedIn account type</source>
            <translation>Tipo de cuenta de LinkedIn</translation>
        </message>
        <message>
            <source>Personalised notes per month</source>
            <translation>Notas personalizadas al mes</translation>
        </message>
        <message>
            <source>Days an invitation stays pending</source>
            <translation>Días que una invitación queda pendiente</translation>
        </message>
        <message>
            <source>Grammar checking</source>
            <translation>Revisión gramatical</translation>
        </message>
        <message>
            <source>Grammar language</source>
            <translation>Idioma de la revisión gramatical</translation>
        </message>
        <message>
            <source>Grammar server address</source>
            <translation>Dirección del servidor de gramática</translation>
        </message>
        <message>
            <source>Grammar server username</source>
            <translation>Usuario del servidor de gramática</translation>
        </message>
        <message>
            <source>LanguageTool Premium username</source>
            <translation>Usuario de LanguageTool Premium</translation>
        </message>
        <message>
            <source>Download LanguageTool when it is not installed</source>
            <translation>Descargar LanguageTool si no está instalado</translation>
        </message>
        <message>
            <source>Minutes the grammar server runs unused</source>
            <translation>Minutos que el servidor de gramática sigue en marcha sin usarse</translation>
        </message>
        <message>
            <source>Groups of people you know</source>
            <translation>Grupos de personas que conoces</translation>
        </message>
        <message>
            <source>Strength that counts as known</source>
            <translation>Grado que cuenta como conocido</translation>
        </message>
        <message>
            <source>Words in a recruiter's title</source>
            <translation>Palabras en el cargo de un reclutador</translation>
        </message>
        <message>
            <source>Offer a coffee to nearby strangers</source>
            <translation>Ofrecer un café a desconocidos cercanos</translation>
        </message>
        <message>
            <source>Your language</source>
            <translation>Tu idioma</translation>
        </message>
        <message>
            <source>Formal or informal address</source>
            <translation>Trato formal o informal</translation>
        </message>
        <message>
            <source>Window language</source>
            <translation>Idioma de la ventana</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Rapport will use {folder} from its next start; your data was copied there.</source>
            <translation>Rapport usará {folder} a partir del próximo inicio; tus datos se han copiado allí.</translation>
        </message>
        <message>
            <source>Rapport will use {folder} from its next start.</source>
            <translation>Rapport usará {folder} a partir del próximo inicio.</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Ajustes</translation>
        </message>
        <message>
            <source>Settings pages</source>
            <translation>Páginas de ajustes</translation>
        </message>
        <message>
            <source>Problems with the settings</source>
            <translation>Problemas con los ajustes</translation>
        </message>
        <message>
            <source>Save the settings</source>
            <translation>Guardar los ajustes</translation>
        </message>
        <message>
            <source>Close without changing anything</source>
            <translation>Cerrar sin cambiar nada</translation>
        </message>
        <message>
            <source>On the {page} page: {problem}</source>
            <translation>En la página {page}: {problem}</translation>
        </message>
    </context>
    <context>
        <name>SettingsError</name>
        <message>
            <source>{key} is a secret, kept in the system keyring: use rapport config set-secret {key} - (or delete-secret).</source>
            <translation>{key} es un secreto y se guarda en el llavero del sistema: usa rapport config set-secret {key} - (o delete-secret).</translation>
        </message>
        <message>
            <source>there is no setting '{key}'. The settings are: {keys}.</source>
            <translation>no hay ningún ajuste '{key}'. Los ajustes son: {keys}.</translation>
        </message>
        <message>
            <source>there is no secret '{key}'. The secrets are: {keys}.</source>
            <translation>no hay ningún secreto '{key}'. Los secretos son: {keys}.</translation>
        </message>
        <message>
            <source>Grammar language must be a language code such as en-US, en-GB, de, fr or pt-BR (or auto, to detect it).</source>
            <translation>El idioma de la revisión gramatical debe ser un código de idioma como en-US, en-GB, de, fr o pt-BR (o auto, para detectarlo).</translation>
        </message>
        <message>
            <source>The grammar server address must be a web address, such as https://languagetool.example.org or http://localhost:8081.</source>
            <translation>La dirección del servidor de gramática debe ser una dirección web, como https://languagetool.example.org o http://localhost:8081.</translation>
        </message>
        <message>
            <source>The grammar server address must not contain a username or password; enter those in their own fields.</source>
            <translation>La dirección del servidor de gramática no debe incluir un nombre de usuario ni una contraseña; escríbelos en sus propios campos.</translation>
        </message>
        <message>
            <source>Checking with a grammar server needs the server's address.</source>
            <translation>Para revisar con un servidor de gramática hace falta su dirección.</translation>
        </message>
        <message>
            <source>LanguageTool Premium needs your username (your account's e-mail address).</source>
            <translation>LanguageTool Premium necesita tu nombre de usuario (el correo electrónico de tu cuenta).</translation>
        </message>
        <message>
            <source>{label} must be a list of text.</source>
            <translation>«{label}» debe ser una lista de textos.</translation>
        </message>
        <message>
            <source>{label} must be true or false.</source>
            <translation>«{label}» debe ser true o false.</translation>
        </message>
        <message>
            <source>{label} must be a whole number from {low} to {high}.</source>
            <translation>«{label}» debe ser un número entero del {low} al {high}.</translation>
        </message>
        <message>
            <source>{label} must be text.</source>
            <translation>«{label}» debe ser texto.</translation>
        </message>
        <message>
            <source>{label} must be {choices} or {last}.</source>
            <translation>«{label}» debe ser {choices} o {last}.</translation>
        </message>
        <message>
            <source>{refusal}, not '{typed}'.</source>
            <translation>{refusal}, no '{typed}'.</translation>
        </message>
        <message>
            <source>The settings file {path} cannot be read: {error}</source>
            <translation>No se puede leer el archivo de ajustes {path}: {error}</translation>
        </message>
        <message>
            <source>The settings file {path} does not hold a settings object.</source>
            <translation>El archivo de ajustes {path} no contiene un objeto de ajustes.</translation>
        </message>
        <message>
            <source>The settings file {path}, '{key}': {error}</source>
            <translation>El archivo de ajustes {path}, '{key}': {error}</translation>
        </message>
        <message>
            <source>The settings could not be saved to {path}: {error}</source>
            <translation>No se han podido guardar los ajustes en {path}: {error}</translation>
        </message>
        <message>
            <source>The settings file {path} has no valid schema_version.</source>
            <translation>El archivo de ajustes {path} no tiene una schema_version válida.</translation>
        </message>
        <message>
            <source>The settings file {path} was written by a newer version of Rapport; update Rapport to use it.</source>
            <translation>El archivo de ajustes {path} lo escribió una versión más reciente de Rapport; actualiza Rapport para usarlo.</translation>
        </message>
        <message>
            <source>{label} must be one line of text.</source>
            <translation>«{label}» debe ser una sola línea de texto.</translation>
        </message>
        <message>
            <source>There is no setting called '{key}'.</source>
            <translation>No hay ningún ajuste llamado '{key}'.</translation>
        </message>
    </context>
    <context>
        <name>SettingsFlow</name>
        <message>
            <source>Settings saved.</source>
            <translation>Ajustes guardados.</translation>
        </message>
    </context>
    <context>
        <name>ShareLabel</name>
        <message>
            <source>No group</source>
            <translation>Sin grupo</translation>
        </message>
        <message>
            <source>Others</source>
            <comment>the companies or places past the ten most common</comment>
            <translation>Otros</translation>
        </message>
    </context>
    <context>
        <name>ShareModel</name>
        <message>
            <source>Contacts</source>
            <translation>Contactos</translation>
        </message>
        <message>
            <source>Share</source>
            <comment>noun: share of the network</comment>
            <translation>Proporción</translation>
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
            <translation>sin nombre</translation>
        </message>
        <message>
            <source>the {column} “{value}” is not a date Rapport can read; write it like {examples}</source>
            <translation>la {column} «{value}» no es una fecha que Rapport pueda leer; escríbela como {examples}</translation>
        </message>
        <message>
            <source>no name (a member who hid or closed their profile)</source>
            <translation>sin nombre (un miembro que ocultó o cerró su perfil)</translation>
        </message>
        <message>
            <source>the direction “{direction}” is neither OUTGOING nor INCOMING</source>
            <translation>la dirección «{direction}» no es ni OUTGOING ni INCOMING</translation>
        </message>
        <message>
            <source>the other person has no name</source>
            <translation>la otra persona no tiene nombre</translation>
        </message>
        <message>
            <source>no “Sent At” time</source>
            <translation>sin hora en «Sent At»</translation>
        </message>
        <message>
            <source>a contact you have</source>
            <translation>uno de tus contactos</translation>
        </message>
        <message>
            <source>kept apart from {where} of the same name: another company, position or connection date</source>
            <translation>se mantiene aparte de la persona con el mismo nombre ({where}): otra empresa, otro puesto u otra fecha de conexión</translation>
        </message>
        <message>
            <source>{count} people are named “{name}”; linked by name to one of them, which may be the wrong one</source>
            <translation>{count} personas se llaman «{name}»; vinculada por el nombre a una de ellas, que puede no ser la correcta</translation>
        </message>
        <message>
            <source>the same person as {where}</source>
            <translation>la misma persona que en la {where}</translation>
        </message>
        <message>
            <source>line {line}</source>
            <translation>línea {line}</translation>
        </message>
        <message>
            <source>{file}, line {line}</source>
            <translation>línea {line} de {file}</translation>
        </message>
        <message>
            <source>{values} values where the header has {columns} columns</source>
            <translation>{values} valores donde la cabecera tiene {columns} columnas</translation>
        </message>
        <message>
            <source>a group card (“{group}”), not a person</source>
            <translation>una tarjeta de grupo («{group}»), no una persona</translation>
        </message>
        <message>
            <source>a group card</source>
            <translation>una tarjeta de grupo</translation>
        </message>
        <message>
            <source>the card has no name</source>
            <translation>la tarjeta no tiene nombre</translation>
        </message>
    </context>
    <context>
        <name>SpanText</name>
        <message numerus="yes">
            <source>%Ln days</source>
            <translation>
                <numerusform>%Ln día</numerusform>
                <numerusform>%Ln días</numerusform>
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
                <numerusform>%Ln mes</numerusform>
                <numerusform>%Ln meses</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln years</source>
            <translation>
                <numerusform>%Ln año</numerusform>
                <numerusform>%Ln años</numerusform>
            </translation>
        </message>
        <message>
            <source>today</source>
            <translation>hoy</translation>
        </message>
        <message>
            <source>yesterday</source>
            <translation>ayer</translation>
        </message>
        <message numerus="yes">
            <source>%Ln days ago</source>
            <translation>
                <numerusform>hace %Ln día</numerusform>
                <numerusform>hace %Ln días</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln weeks ago</source>
            <translation>
                <numerusform>hace %Ln semana</numerusform>
                <numerusform>hace %Ln semanas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln months ago</source>
            <translation>
                <numerusform>hace %Ln mes</numerusform>
                <numerusform>hace %Ln meses</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln years ago</source>
            <translation>
                <numerusform>hace %Ln año</numerusform>
                <numerusform>hace %Ln años</numerusform>
            </translation>
        </message>
        <message>
            <source>tomorrow</source>
            <translation>mañana</translation>
        </message>
        <message numerus="yes">
            <source>in %Ln days</source>
            <translation>
                <numerusform>en %Ln día</numerusform>
                <numerusform>en %Ln días</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %Ln weeks</source>
            <translation>
                <numerusform>en %Ln semana</numerusform>
                <numerusform>en %Ln semanas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %Ln months</source>
            <translation>
                <numerusform>en %Ln mes</numerusform>
                <numerusform>en %Ln meses</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %Ln years</source>
            <translation>
                <numerusform>en %Ln año</numerusform>
                <numerusform>en %Ln años</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StaleModel</name>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Works as</source>
            <translation>Trabaja como</translation>
        </message>
        <message>
            <source>Connected</source>
            <comment>column: the day you connected</comment>
            <translation>Conectado</translation>
        </message>
        <message>
            <source>Why it is listed</source>
            <translation>Por qué aparece</translation>
        </message>
    </context>
    <context>
        <name>StaleReason</name>
        <message numerus="yes">
            <source>Marked never met, connected %Ln years ago, and never contacted.</source>
            <translation>
                <numerusform>Marcado como «Nunca nos vimos», conectados hace %Ln año y sin ningún contacto.</numerusform>
                <numerusform>Marcado como «Nunca nos vimos», conectados hace %Ln años y sin ningún contacto.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Marked never met, connected %Ln days ago, and never contacted.</source>
            <translation>
                <numerusform>Marcado como «Nunca nos vimos», conectados hace %Ln día y sin ningún contacto.</numerusform>
                <numerusform>Marcado como «Nunca nos vimos», conectados hace %Ln días y sin ningún contacto.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StatsView</name>
        <message>
            <source>Invitations</source>
            <comment>column: with or without a note</comment>
            <translation>Invitaciones</translation>
        </message>
        <message>
            <source>invitations</source>
            <comment>break down by</comment>
            <translation>invitaciones</translation>
        </message>
        <message>
            <source>Template</source>
            <comment>column</comment>
            <translation>Plantilla</translation>
        </message>
        <message>
            <source>template</source>
            <comment>break down by</comment>
            <translation>plantilla</translation>
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
            <translation>Cercanía</translation>
        </message>
        <message>
            <source>relationship strength</source>
            <comment>break down by</comment>
            <translation>cercanía</translation>
        </message>
        <message>
            <source>Checker score</source>
            <comment>column</comment>
            <translation>Puntuación de la revisión</translation>
        </message>
        <message>
            <source>checker score</source>
            <comment>break down by</comment>
            <translation>puntuación de la revisión</translation>
        </message>
        <message>
            <source>Month</source>
            <comment>column</comment>
            <translation>Mes</translation>
        </message>
        <message>
            <source>month</source>
            <comment>break down by</comment>
            <translation>mes</translation>
        </message>
        <message>
            <source>Differences unlikely to be chance</source>
            <translation>Diferencias que probablemente no se deben al azar</translation>
        </message>
        <message>
            <source>Differences that could well be chance</source>
            <translation>Diferencias que bien podrían deberse al azar</translation>
        </message>
        <message>
            <source>Too few to tell yet</source>
            <translation>Aún hay muy pocos datos para saberlo</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>Contando…</translation>
        </message>
        <message>
            <source>Acceptance rate</source>
            <translation>Tasa de aceptación</translation>
        </message>
        <message>
            <source>Reply rate</source>
            <translation>Tasa de respuesta</translation>
        </message>
        <message>
            <source>Median time to acceptance</source>
            <translation>Mediana del tiempo hasta la aceptación</translation>
        </message>
        <message>
            <source>Still pending</source>
            <translation>Aún pendientes</translation>
        </message>
        <message>
            <source>Break the statistics down by</source>
            <translation>Desglosar las estadísticas por</translation>
        </message>
        <message>
            <source>Statistics broken down</source>
            <translation>Estadísticas desglosadas</translation>
        </message>
        <message>
            <source>What the differences mean</source>
            <translation>Qué significan las diferencias</translation>
        </message>
        <message>
            <source>&amp;Break down by</source>
            <translation>&amp;Desglosar por</translation>
        </message>
        <message>
            <source>Breakdown</source>
            <translation>Desglose</translation>
        </message>
        <message>
            <source>Acceptance and reply rates by template, with 95% intervals</source>
            <translation>Tasas de aceptación y de respuesta por plantilla, con intervalos del 95%</translation>
        </message>
        <message>
            <source>Between the statistics table and the chart</source>
            <translation>Entre la tabla de estadísticas y el gráfico</translation>
        </message>
        <message>
            <source>Above what the differences mean</source>
            <translation>Encima de la explicación de las diferencias</translation>
        </message>
        <message>
            <source>No decided invitations yet.</source>
            <translation>Aún no hay invitaciones resueltas.</translation>
        </message>
        <message numerus="yes">
            <source>{successes} of %Ln decided invitations. 95% interval {low}–{high}.</source>
            <translation>
                <numerusform>{successes} de %Ln invitación resuelta. Intervalo del 95%: {low}–{high}.</numerusform>
                <numerusform>{successes} de %Ln invitaciones resueltas. Intervalo del 95%: {low}–{high}.</numerusform>
            </translation>
        </message>
        <message>
            <source>No accepted invitations yet.</source>
            <translation>Aún no hay invitaciones aceptadas.</translation>
        </message>
        <message numerus="yes">
            <source>{successes} of %Ln accepted invitations. 95% interval {low}–{high}.</source>
            <translation>
                <numerusform>{successes} de %Ln invitación aceptada. Intervalo del 95%: {low}–{high}.</numerusform>
                <numerusform>{successes} de %Ln invitaciones aceptadas. Intervalo del 95%: {low}–{high}.</numerusform>
            </translation>
        </message>
        <message>
            <source>No accepted invitation with a known acceptance time yet.</source>
            <translation>Aún no hay ninguna invitación aceptada con fecha de aceptación conocida.</translation>
        </message>
        <message numerus="yes">
            <source>Of %Ln accepted invitations, half were accepted sooner, half later.</source>
            <translation>
                <numerusform>De %Ln invitación aceptada, la mitad se aceptó antes y la otra mitad después.</numerusform>
                <numerusform>De %Ln invitaciones aceptadas, la mitad se aceptaron antes y la otra mitad después.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Invitations sent in the last %Ln days and not yet answered; left out of the rates until they are, or until the window passes.</source>
            <translation>
                <numerusform>Invitaciones enviadas hace %Ln día o menos y aún sin respuesta; quedan fuera de las tasas hasta que se respondan o pase el plazo.</numerusform>
                <numerusform>Invitaciones enviadas hace %Ln días o menos y aún sin respuesta; quedan fuera de las tasas hasta que se respondan o pase el plazo.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing to compare yet: the statistics compare templates, groups, strengths and scores once invitations of more than one kind have been decided.</source>
            <translation>Aún no hay nada que comparar: las estadísticas comparan plantillas, grupos, cercanías y puntuaciones en cuanto se hayan resuelto invitaciones de más de un tipo.</translation>
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
            <translation>Rapport guarda copias de seguridad en {folder}; la más reciente es {backup}.</translation>
        </message>
        <message>
            <source>Rapport keeps backups in {folder}, but none has been made yet.</source>
            <translation>Rapport guarda copias de seguridad en {folder}, pero todavía no se ha hecho ninguna.</translation>
        </message>
        <message>
            <source>The database {path} is damaged and cannot be read. It has been left as it is. {backups}</source>
            <translation>La base de datos {path} está dañada y no se puede leer. Se ha dejado tal como está. {backups}</translation>
        </message>
    </context>
    <context>
        <name>StoreError</name>
        <message>
            <source>No contact has the id '{id}'.</source>
            <translation>Ningún contacto tiene el id '{id}'.</translation>
        </message>
        <message>
            <source>No contact is named '{name}'.</source>
            <translation>Ningún contacto se llama '{name}'.</translation>
        </message>
        <message>
            <source>{count} contacts are named '{name}' (ids {ids}): give the id.</source>
            <translation>{count} contactos se llaman '{name}' (ids {ids}): indica el id.</translation>
        </message>
        <message>
            <source>There is no complete message to record.</source>
            <translation>No hay ningún mensaje completo que registrar.</translation>
        </message>
        <message>
            <source>Save the contact first, then record the message.</source>
            <translation>Guarda primero el contacto y luego registra el mensaje.</translation>
        </message>
        <message>
            <source>Rapport could not back up {database} into {folder} ({error}).</source>
            <translation>Rapport no ha podido hacer una copia de seguridad de {database} en {folder} ({error}).</translation>
        </message>
        <message>
            <source>There is no usable backup of {database} in {folder}; the database has been left as it is.</source>
            <translation>No hay ninguna copia de seguridad utilizable de {database} en {folder}; la base de datos se ha dejado tal como está.</translation>
        </message>
        <message>
            <source>The backup {backup} could not be put in place of {database} ({error}).</source>
            <translation>No se ha podido poner la copia de seguridad {backup} en lugar de {database} ({error}).</translation>
        </message>
        <message>
            <source>{path} is a folder, not a database file.</source>
            <translation>{path} es una carpeta, no un archivo de base de datos.</translation>
        </message>
        <message>
            <source>The folder {folder} cannot be created ({error}).</source>
            <translation>No se puede crear la carpeta {folder} ({error}).</translation>
        </message>
        <message>
            <source>The database {path} cannot be read ({error}).</source>
            <translation>No se puede leer la base de datos {path} ({error}).</translation>
        </message>
        <message>
            <source>The database {path} cannot be opened. Check that its folder exists and that you are allowed to use it.</source>
            <translation>No se puede abrir la base de datos {path}. Comprueba que su carpeta existe y que tienes permiso para usarla.</translation>
        </message>
        <message>
            <source>There is no space left to save to {path}. Free some disk space.</source>
            <translation>No queda espacio para guardar en {path}. Libera algo de espacio en el disco.</translation>
        </message>
        <message>
            <source>Rapport could not read or write {path}: the disk reported an error.</source>
            <translation>Rapport no ha podido leer ni escribir {path}: el disco ha informado de un error.</translation>
        </message>
        <message>
            <source>The database {path} could not be used: {error}.</source>
            <translation>No se ha podido usar la base de datos {path}: {error}.</translation>
        </message>
        <message>
            <source>A time without a time zone cannot be recorded; give it one (UTC).</source>
            <translation>No se puede registrar una hora sin zona horaria; indica una (UTC).</translation>
        </message>
        <message>
            <source>Rapport must upgrade {path} and backs it up first, but the backup in {folder} failed ({error}). Nothing was changed.</source>
            <translation>Rapport tiene que actualizar {path} y antes hace una copia de seguridad, pero la copia en {folder} ha fallado ({error}). No se ha cambiado nada.</translation>
        </message>
        <message>
            <source>The database {path} could not be upgraded for this version of Rapport ({error}). The upgrade was undone.</source>
            <translation>No se ha podido actualizar la base de datos {path} para esta versión de Rapport ({error}). Se ha deshecho la actualización.</translation>
        </message>
        <message>
            <source>{name} is already saved (number {number}).</source>
            <translation>{name} ya está guardado (número {number}).</translation>
        </message>
        <message>
            <source>{name} has not been saved yet, so cannot be updated.</source>
            <translation>{name} todavía no está guardado, así que no se puede actualizar.</translation>
        </message>
        <message>
            <source>A personalisation score runs from 0 to 100.</source>
            <translation>Una puntuación de personalización va de 0 a 100.</translation>
        </message>
        <message>
            <source>An empty message cannot be recorded as sent.</source>
            <translation>Un mensaje vacío no se puede registrar como enviado.</translation>
        </message>
        <message>
            <source>The number of messages to show cannot be negative.</source>
            <translation>El número de mensajes que mostrar no puede ser negativo.</translation>
        </message>
        <message>
            <source>'{outcome}' is not an outcome; use one of: {choices}.</source>
            <translation>'{outcome}' no es un resultado; usa uno de estos: {choices}.</translation>
        </message>
        <message>
            <source>No sent message number {number} is recorded.</source>
            <translation>No hay registrado ningún mensaje enviado con el número {number}.</translation>
        </message>
        <message>
            <source>No incoming request number {number} is recorded.</source>
            <translation>No hay registrada ninguna solicitud recibida con el número {number}.</translation>
        </message>
        <message>
            <source>Some text contains characters that are not valid Unicode and cannot be saved.</source>
            <translation>Algún texto contiene caracteres que no son Unicode válido y no se puede guardar.</translation>
        </message>
        <message>
            <source>The database {path} has been closed.</source>
            <translation>La base de datos {path} se ha cerrado.</translation>
        </message>
        <message>
            <source>No contact number {number} is saved; it may have been deleted.</source>
            <translation>No hay guardado ningún contacto con el número {number}; puede que se haya eliminado.</translation>
        </message>
    </context>
    <context>
        <name>StoreLocked</name>
        <message>
            <source>The database {path} is in use by another program. Close the other program (or the other Rapport window) and try again.</source>
            <translation>Otro programa está usando la base de datos {path}. Cierra el otro programa (o la otra ventana de Rapport) y vuelve a intentarlo.</translation>
        </message>
    </context>
    <context>
        <name>StoreReadOnly</name>
        <message>
            <source>Rapport cannot save to {path}: the file or its folder is read-only. Make both writable, or move the data folder somewhere you can write to.</source>
            <translation>Rapport no puede guardar en {path}: el archivo o su carpeta son de solo lectura. Haz que ambos admitan escritura o mueve la carpeta de datos a un lugar donde puedas escribir.</translation>
        </message>
    </context>
    <context>
        <name>StoreTooNew</name>
        <message>
            <source>The database {path} was written by a newer version of Rapport (schema {version}; this version knows up to {known}). Update Rapport to open it; the file has not been changed.</source>
            <translation>La base de datos {path} la escribió una versión más reciente de Rapport (esquema {version}; esta versión conoce hasta el {known}). Actualiza Rapport para abrirla; el archivo no se ha cambiado.</translation>
        </message>
    </context>
    <context>
        <name>StrengthText</name>
        <message>
            <source>Close</source>
            <translation>Cercano</translation>
        </message>
        <message>
            <source>Know well</source>
            <translation>Conozco bien</translation>
        </message>
        <message>
            <source>Know a little</source>
            <translation>Conozco un poco</translation>
        </message>
        <message>
            <source>Met once</source>
            <translation>Nos vimos una vez</translation>
        </message>
        <message>
            <source>Never met</source>
            <translation>Nunca nos vimos</translation>
        </message>
    </context>
    <context>
        <name>TemplateEditor</name>
        <message>
            <source>Templates</source>
            <translation>Plantillas</translation>
        </message>
        <message>
            <source>Template file text</source>
            <translation>Texto del archivo de la plantilla</translation>
        </message>
        <message>
            <source>Built-in template: read-only. Duplicate it (Ctrl+D) to make your own version.</source>
            <translation>Plantilla integrada: solo lectura. Duplícala (Ctrl+D) para crear tu propia versión.</translation>
        </message>
        <message>
            <source>Problem in the template</source>
            <translation>Problema en la plantilla</translation>
        </message>
        <message>
            <source>&amp;New template</source>
            <translation>&amp;Nueva plantilla</translation>
        </message>
        <message>
            <source>&amp;Duplicate to my templates</source>
            <translation>&amp;Duplicar en mis plantillas</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Guardar</translation>
        </message>
        <message>
            <source>De&amp;lete…</source>
            <translation>E&amp;liminar…</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Importar…</translation>
        </message>
        <message>
            <source>&amp;Export selected…</source>
            <translation>E&amp;xportar selección…</translation>
        </message>
        <message>
            <source>&amp;Templates</source>
            <translation>&amp;Plantillas</translation>
        </message>
        <message>
            <source>Save the template</source>
            <translation>Guardar la plantilla</translation>
        </message>
        <message>
            <source>Te&amp;xt</source>
            <translation>Te&amp;xto</translation>
        </message>
        <message>
            <source>Between the templates and the text</source>
            <translation>Entre las plantillas y el texto</translation>
        </message>
        <message>
            <source>Between the text and the preview</source>
            <translation>Entre el texto y la vista previa</translation>
        </message>
        <message>
            <source>The template's file was removed; saving writes it again.</source>
            <translation>El archivo de la plantilla se ha borrado; al guardar se volverá a crear.</translation>
        </message>
        <message>
            <source>Line {line}: {problem}</source>
            <translation>Línea {line}: {problem}</translation>
        </message>
        <message>
            <source>{name}{modified} — Templates</source>
            <translation>{name}{modified} — Plantillas</translation>
        </message>
        <message>
            <source>Not saved: {problem}</source>
            <translation>No guardada: {problem}</translation>
        </message>
        <message>
            <source>Saved {file}.</source>
            <translation>{file} guardado.</translation>
        </message>
        <message>
            <source>Created {file} in your templates.</source>
            <translation>{file} creado en tus plantillas.</translation>
        </message>
        <message>
            <source>Duplicated as {file} in your templates.</source>
            <translation>Duplicada como {file} en tus plantillas.</translation>
        </message>
        <message>
            <source>No template was created: {problem}</source>
            <translation>No se ha creado ninguna plantilla: {problem}</translation>
        </message>
        <message>
            <source>Deleted {name}.</source>
            <translation>Plantilla eliminada: {name}.</translation>
        </message>
    </context>
    <context>
        <name>TemplateFieldsModel</name>
        <message>
            <source>a contact field</source>
            <translation>un campo del contacto</translation>
        </message>
        <message>
            <source>from your settings</source>
            <translation>de tus ajustes</translation>
        </message>
        <message>
            <source>typed for each message</source>
            <translation>se escribe en cada mensaje</translation>
        </message>
        <message>
            <source>{label} ({name}) · missing</source>
            <translation>{label} ({name}) · falta</translation>
        </message>
        <message>
            <source>{label} ({name})</source>
            <translation>{label} ({name})</translation>
        </message>
        <message>
            <source>them</source>
            <comment>the contact</comment>
            <translation>esa persona</translation>
        </message>
        <message>
            <source>Required; {origin}.</source>
            <translation>Obligatorio; {origin}.</translation>
        </message>
        <message>
            <source>Used; {origin}.</source>
            <translation>Se usa; {origin}.</translation>
        </message>
        <message>
            <source>{name} has no value for it.</source>
            <translation>{name} no tiene valor para este campo.</translation>
        </message>
        <message>
            <source>There is no value for it.</source>
            <translation>No hay valor para este campo.</translation>
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
            <translation>Ya tienes una plantilla llamada «{name}»: elige otro nombre.</translation>
        </message>
        <message>
            <source>{file}: could not be saved ({error}).</source>
            <translation>{file}: no se ha podido guardar ({error}).</translation>
        </message>
        <message>
            <source>'{name}' is a built-in template; it cannot be deleted.</source>
            <translation>«{name}» es una plantilla integrada; no se puede eliminar.</translation>
        </message>
        <message>
            <source>{file}: could not be deleted ({error}).</source>
            <translation>{file}: no se ha podido eliminar ({error}).</translation>
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
            <translation>{file}, línea {line}: {problem}</translation>
        </message>
        <message>
            <source>'{key}' must be one of: {allowed}.</source>
            <translation>«{key}» debe ser uno de estos valores: {allowed}.</translation>
        </message>
        <message>
            <source>the file is not UTF-8 text.</source>
            <translation>el archivo no es texto UTF-8.</translation>
        </message>
        <message>
            <source>template</source>
            <translation>plantilla</translation>
        </message>
        <message>
            <source>the file must start with a front matter block between '---' lines (name, kind, channel, description, requires).</source>
            <translation>el archivo debe empezar con un bloque de cabecera entre líneas '---' (name, kind, channel, description, requires).</translation>
        </message>
        <message>
            <source>the front matter is {problem}.</source>
            <translation>la cabecera no es válida: {problem}.</translation>
        </message>
        <message>
            <source>the front matter must be a set of 'key: value' lines.</source>
            <translation>la cabecera debe ser un conjunto de líneas 'key: value'.</translation>
        </message>
        <message>
            <source>'name' must be a short name of letters, digits, '-', '_' or '.'.</source>
            <translation>«name» debe ser un nombre corto de letras, dígitos, '-', '_' o '.'.</translation>
        </message>
        <message>
            <source>'{key}' must be text.</source>
            <translation>«{key}» debe ser texto.</translation>
        </message>
        <message>
            <source>'register' applies only to {languages}.</source>
            <translation>«register» solo se aplica a {languages}.</translation>
        </message>
        <message>
            <source>'requires' must be a list of field names.</source>
            <translation>«requires» debe ser una lista de nombres de campo.</translation>
        </message>
    </context>
    <context>
        <name>TemplateListModel</name>
        <message>
            <source>{template} (yours)</source>
            <translation>{template} (tuya)</translation>
        </message>
    </context>
    <context>
        <name>TemplateMenu</name>
        <message>
            <source>&amp;Templates</source>
            <translation>&amp;Plantillas</translation>
        </message>
        <message>
            <source>&amp;Edit templates…</source>
            <translation>&amp;Editar plantillas…</translation>
        </message>
        <message>
            <source>&amp;Import templates…</source>
            <translation>&amp;Importar plantillas…</translation>
        </message>
        <message>
            <source>Import a &amp;folder of templates…</source>
            <translation>Importar una &amp;carpeta de plantillas…</translation>
        </message>
        <message>
            <source>E&amp;xport my templates…</source>
            <translation>E&amp;xportar mis plantillas…</translation>
        </message>
    </context>
    <context>
        <name>TemplatePicker</name>
        <message>
            <source>All kinds</source>
            <translation>Todos los tipos</translation>
        </message>
        <message>
            <source>All languages</source>
            <translation>Todos los idiomas</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Tipo</translation>
        </message>
        <message>
            <source>Templ&amp;ate</source>
            <translation>Plant&amp;illa</translation>
        </message>
        <message>
            <source>Lang&amp;uage</source>
            <translation>I&amp;dioma</translation>
        </message>
        <message>
            <source>There are no templates of this kind.</source>
            <translation>No hay plantillas de este tipo.</translation>
        </message>
    </context>
    <context>
        <name>TemplatePreview</name>
        <message>
            <source>Contact to preview the template for</source>
            <translation>Contacto para la vista previa de la plantilla</translation>
        </message>
        <message>
            <source>{name} (an example: no contacts yet)</source>
            <translation>{name} (un ejemplo: aún no hay contactos)</translation>
        </message>
        <message>
            <source>Fields the template uses</source>
            <translation>Campos que usa la plantilla</translation>
        </message>
        <message>
            <source>Message preview</source>
            <translation>Vista previa del mensaje</translation>
        </message>
        <message>
            <source>Character count</source>
            <translation>Número de caracteres</translation>
        </message>
        <message>
            <source>Why there is no preview</source>
            <translation>Por qué no hay vista previa</translation>
        </message>
        <message>
            <source>Preview &amp;for</source>
            <translation>&amp;Vista previa para</translation>
        </message>
        <message>
            <source>F&amp;ields</source>
            <translation>Ca&amp;mpos</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Mensaje</translation>
        </message>
        <message>
            <source>The preview failed: {error}</source>
            <translation>La vista previa ha fallado: {error}</translation>
        </message>
        <message>
            <source>Line {line}: {problem}</source>
            <translation>Línea {line}: {problem}</translation>
        </message>
        <message numerus="yes">
            <source>%Ln characters</source>
            <translation>
                <numerusform>%Ln carácter</numerusform>
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
            <translation>esa persona</translation>
        </message>
    </context>
    <context>
        <name>TemplateRefused</name>
        <message>
            <source>The '{filter}' filter's width is limited to {limit}.</source>
            <translation>El ancho del filtro «{filter}» está limitado a {limit}.</translation>
        </message>
        <message>
            <source>The 'wordwrap' filter's line break is limited to {limit} characters.</source>
            <translation>El salto de línea del filtro «wordwrap» está limitado a {limit} caracteres.</translation>
        </message>
        <message>
            <source>The 'round' filter's precision is limited to {limit} digits.</source>
            <translation>La precisión del filtro «round» está limitada a {limit} dígitos.</translation>
        </message>
        <message>
            <source>The '{filter}' filter takes a count from 1 to {limit}.</source>
            <translation>El filtro «{filter}» admite una cantidad de 1 a {limit}.</translation>
        </message>
        <message>
            <source>The 'sum' filter adds numbers only.</source>
            <translation>El filtro «sum» solo suma números.</translation>
        </message>
        <message>
            <source>The template took longer than {seconds} s to render and was stopped.</source>
            <translation>La plantilla ha tardado más de {seconds} s en generarse y se ha detenido.</translation>
        </message>
        <message>
            <source>The template tried to build text longer than {limit} characters.</source>
            <translation>La plantilla ha intentado crear un texto de más de {limit} caracteres.</translation>
        </message>
        <message>
            <source>The template tried to build a list longer than {limit} items.</source>
            <translation>La plantilla ha intentado crear una lista de más de {limit} elementos.</translation>
        </message>
        <message>
            <source>The template tried to compute an enormous number.</source>
            <translation>La plantilla ha intentado calcular un número enorme.</translation>
        </message>
        <message>
            <source>The template tried to print something longer than {limit} characters.</source>
            <translation>La plantilla ha intentado mostrar algo de más de {limit} caracteres.</translation>
        </message>
        <message>
            <source>The template nested lists more than {depth} levels deep.</source>
            <translation>La plantilla ha anidado listas en más de {depth} niveles.</translation>
        </message>
        <message>
            <source>The template is not allowed to do that: {error}</source>
            <translation>La plantilla no tiene permiso para hacer eso: {error}</translation>
        </message>
        <message>
            <source>The template produced more than {limit} characters.</source>
            <translation>La plantilla ha generado más de {limit} caracteres.</translation>
        </message>
        <message>
            <source>An expression in the template printed nothing (None).</source>
            <translation>Una expresión de la plantilla no ha mostrado nada (None).</translation>
        </message>
        <message>
            <source>Formatting text with % is not allowed; join text with ~.</source>
            <translation>No se permite dar formato al texto con %; une el texto con ~.</translation>
        </message>
        <message>
            <source>The template may not call '{name}'.</source>
            <translation>La plantilla no puede llamar a «{name}».</translation>
        </message>
        <message>
            <source>The template may not call that.</source>
            <translation>La plantilla no puede llamar a eso.</translation>
        </message>
        <message>
            <source>Templates cannot include, import or extend other files.</source>
            <translation>Las plantillas no pueden incluir, importar ni extender otros archivos.</translation>
        </message>
        <message>
            <source>Templates cannot use autoescape: messages are plain text.</source>
            <translation>Las plantillas no pueden usar autoescape: los mensajes son texto sin formato.</translation>
        </message>
        <message>
            <source>'{name}' is not something a template can call.</source>
            <translation>«{name}» no es algo a lo que una plantilla pueda llamar.</translation>
        </message>
    </context>
    <context>
        <name>TemplateText</name>
        <message>
            <source>Coffee catch up</source>
            <translation>Café para ponernos al día</translation>
        </message>
        <message>
            <source>Coffee invitation</source>
            <translation>Invitación a un café</translation>
        </message>
        <message>
            <source>Congratulate new role</source>
            <translation>Felicitar por el nuevo puesto</translation>
        </message>
        <message>
            <source>Decline follow instead</source>
            <translation>Declinar y seguir en su lugar</translation>
        </message>
        <message>
            <source>Decline offer coffee</source>
            <translation>Declinar y ofrecer un café</translation>
        </message>
        <message>
            <source>Follow up after meeting</source>
            <translation>Seguimiento tras una reunión</translation>
        </message>
        <message>
            <source>Follow up no reply</source>
            <translation>Seguimiento sin respuesta</translation>
        </message>
        <message>
            <source>Intro ask</source>
            <translation>Pedir una presentación</translation>
        </message>
        <message>
            <source>Intro make</source>
            <translation>Presentar a dos personas</translation>
        </message>
        <message>
            <source>Intro offer</source>
            <translation>Ofrecer una presentación</translation>
        </message>
        <message>
            <source>Invite brief</source>
            <translation>Invitación breve</translation>
        </message>
        <message>
            <source>Invite former colleague</source>
            <translation>Invitación a antiguos compañeros</translation>
        </message>
        <message>
            <source>Invite introduced by</source>
            <translation>Invitación tras una presentación</translation>
        </message>
        <message>
            <source>Invite met at event</source>
            <translation>Invitación tras un evento</translation>
        </message>
        <message>
            <source>Invite read their work</source>
            <translation>Invitación por su trabajo</translation>
        </message>
        <message>
            <source>Invite same city</source>
            <translation>Invitación: misma ciudad</translation>
        </message>
        <message>
            <source>Recruiter interested</source>
            <translation>Reclutador: me interesa</translation>
        </message>
        <message>
            <source>Recruiter not now</source>
            <translation>Reclutador: ahora no</translation>
        </message>
        <message>
            <source>Thanks for accepting</source>
            <translation>Gracias por aceptar</translation>
        </message>
        <message>
            <source>Thanks for connecting</source>
            <translation>Gracias por conectar</translation>
        </message>
    </context>
    <context>
        <name>TemplateTransfer</name>
        <message>
            <source>Import templates</source>
            <translation>Importar plantillas</translation>
        </message>
        <message>
            <source>Templates and zip archives (*.j2 *.zip);;All files (*)</source>
            <translation>Plantillas y archivos zip (*.j2 *.zip);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Import a folder of templates</source>
            <translation>Importar una carpeta de plantillas</translation>
        </message>
        <message>
            <source>Checking the templates…</source>
            <translation>Revisando las plantillas…</translation>
        </message>
        <message>
            <source>The templates could not be checked: {error}</source>
            <translation>No se han podido revisar las plantillas: {error}</translation>
        </message>
        <message>
            <source>Templates not imported</source>
            <translation>Plantillas no importadas</translation>
        </message>
        <message>
            <source>Nothing was imported.</source>
            <translation>No se ha importado nada.</translation>
        </message>
        <message numerus="yes">
            <source>Imported %Ln templates.</source>
            <translation>
                <numerusform>Se ha importado %Ln plantilla.</numerusform>
                <numerusform>Se han importado %Ln plantillas.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported %Ln templates; kept your own {names}.</source>
            <translation>
                <numerusform>Se ha importado %Ln plantilla; se han conservado las tuyas: {names}.</numerusform>
                <numerusform>Se han importado %Ln plantillas; se han conservado las tuyas: {names}.</numerusform>
            </translation>
        </message>
        <message>
            <source>No template files found.</source>
            <translation>No se han encontrado archivos de plantilla.</translation>
        </message>
        <message>
            <source>Nothing to import</source>
            <translation>Nada que importar</translation>
        </message>
        <message>
            <source>Some templates cannot be imported</source>
            <translation>Algunas plantillas no se pueden importar</translation>
        </message>
        <message numerus="yes">
            <source>{problems}

Import the other %Ln templates?</source>
            <translation>
                <numerusform>{problems}

¿Importar %Ln plantilla restante?</numerusform>
                <numerusform>{problems}

¿Importar las %Ln plantillas restantes?</numerusform>
            </translation>
        </message>
        <message>
            <source>Replace your templates?</source>
            <translation>¿Sustituir tus plantillas?</translation>
        </message>
        <message>
            <source>You already have templates named {names}. Replace them with the imported ones? (No keeps yours and imports the rest.)</source>
            <translation>Ya tienes plantillas llamadas {names}. ¿Sustituirlas por las importadas? (Con «No» conservas las tuyas y se importa el resto).</translation>
        </message>
        <message>
            <source>Nothing to export</source>
            <translation>Nada que exportar</translation>
        </message>
        <message>
            <source>You have no templates of your own yet.</source>
            <translation>Aún no tienes plantillas propias.</translation>
        </message>
        <message>
            <source>Zip archive (*.zip)</source>
            <translation>Archivo zip (*.zip)</translation>
        </message>
        <message>
            <source>Separate files in a folder (*)</source>
            <translation>Archivos sueltos en una carpeta (*)</translation>
        </message>
        <message numerus="yes">
            <source>Export %Ln templates</source>
            <translation>
                <numerusform>Exportar %Ln plantilla</numerusform>
                <numerusform>Exportar %Ln plantillas</numerusform>
            </translation>
        </message>
        <message>
            <source>Templates not exported</source>
            <translation>Plantillas no exportadas</translation>
        </message>
        <message numerus="yes">
            <source>Exported %Ln templates to {destination}.</source>
            <translation>
                <numerusform>Se ha exportado %Ln plantilla a {destination}.</numerusform>
                <numerusform>Se han exportado %Ln plantillas a {destination}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Replace files?</source>
            <translation>¿Sustituir archivos?</translation>
        </message>
        <message>
            <source>{files}

already exist in {folder}. Replace them?</source>
            <translation>{files}

ya existen en {folder}. ¿Sustituirlos?</translation>
        </message>
        <message>
            <source>… and {count} more.</source>
            <translation>… y {count} más.</translation>
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
            <translation>{file}, línea {line}: {problem}</translation>
        </message>
        <message>
            <source>'name' {name} is kept by Windows for a device; choose another name.</source>
            <translation>«name» {name} está reservado por Windows para un dispositivo; elige otro nombre.</translation>
        </message>
        <message>
            <source>The template</source>
            <translation>La plantilla</translation>
        </message>
    </context>
    <context>
        <name>TheirNote</name>
        <message>
            <source>{name} wrote</source>
            <translation>{name} ha escrito</translation>
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
            <translation>Sin contacto todavía</translation>
        </message>
        <message>
            <source>Last contacted {when}</source>
            <translation>Último contacto: {when}</translation>
        </message>
        <message>
            <source>{last} · {due}</source>
            <translation>{last} · {due}</translation>
        </message>
        <message>
            <source>due {when}</source>
            <translation>próximo contacto {when}</translation>
        </message>
        <message>
            <source>due today</source>
            <translation>próximo contacto hoy</translation>
        </message>
        <message>
            <source>overdue by {span}</source>
            <translation>con {span} de retraso</translation>
        </message>
        <message>
            <source>Accepted your invitation {when} and replied; nothing sent to them since.</source>
            <translation>Aceptó tu invitación {when} y respondió; no le has enviado nada desde entonces.</translation>
        </message>
        <message>
            <source>Accepted your invitation {when}; no thank-you sent yet.</source>
            <translation>Aceptó tu invitación {when}; aún no le has dado las gracias.</translation>
        </message>
        <message>
            <source>nothing sent or received yet</source>
            <translation>nada enviado ni recibido todavía</translation>
        </message>
        <message>
            <source>last in touch {when}</source>
            <translation>último contacto {when}</translation>
        </message>
        <message>
            <source>Keep in touch every {cadence}: {last}; {due}.</source>
            <translation>Mantener el contacto cada {cadence}: {last}; {due}.</translation>
        </message>
    </context>
    <context>
        <name>TriagePage</name>
        <message>
            <source>&amp;Triage</source>
            <translation>&amp;Solicitudes</translation>
        </message>
        <message>
            <source>{value} · {label}</source>
            <translation>{value} · {label}</translation>
        </message>
        <message>
            <source>Offer a &amp;coffee to strangers who live near you</source>
            <translation>Proponer un ca&amp;fé a desconocidos que vivan cerca de ti</translation>
        </message>
        <message>
            <source>People you know</source>
            <translation>Personas que conoces</translation>
        </message>
        <message>
            <source>Gro&amp;ups</source>
            <translation>Gr&amp;upos</translation>
        </message>
        <message>
            <source>Or &amp;strength up to</source>
            <translation>O cerca&amp;nía hasta</translation>
        </message>
        <message>
            <source>A request from someone in one of these groups, or at this strength or closer, is accepted with a thank-you note.</source>
            <translation>La solicitud de alguien de uno de estos grupos, o con esta cercanía o más, se acepta con una nota de agradecimiento.</translation>
        </message>
        <message>
            <source>Everyone else</source>
            <translation>Todos los demás</translation>
        </message>
        <message>
            <source>&amp;Recruiter titles</source>
            <translation>Cargos de &amp;reclutador</translation>
        </message>
        <message>
            <source>A title containing one of these words marks a recruiter's request.</source>
            <translation>Un cargo que contenga una de estas palabras indica que la solicitud es de un reclutador.</translation>
        </message>
    </context>
    <context>
        <name>WindowMenus</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <source>&amp;Contact</source>
            <translation>&amp;Contacto</translation>
        </message>
        <message>
            <source>&amp;Message</source>
            <translation>&amp;Mensaje</translation>
        </message>
        <message>
            <source>Import &amp;LinkedIn export…</source>
            <translation>Importar exportación de &amp;LinkedIn…</translation>
        </message>
        <message>
            <source>Import &amp;vCard contacts…</source>
            <translation>Importar contactos v&amp;Card…</translation>
        </message>
        <message>
            <source>Import CSV &amp;contacts…</source>
            <translation>Importar contactos CS&amp;V…</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Ajustes…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>&amp;New contact</source>
            <translation>&amp;Nuevo contacto</translation>
        </message>
        <message>
            <source>&amp;Save contact</source>
            <translation>&amp;Guardar contacto</translation>
        </message>
        <message>
            <source>&amp;Find contact</source>
            <translation>&amp;Buscar contacto</translation>
        </message>
        <message>
            <source>&amp;Copy message</source>
            <translation>&amp;Copiar mensaje</translation>
        </message>
        <message>
            <source>Open &amp;profile</source>
            <translation>Abrir &amp;perfil</translation>
        </message>
        <message>
            <source>&amp;Record as sent</source>
            <translation>&amp;Registrar como enviado</translation>
        </message>
        <message>
            <source>Choose &amp;template</source>
            <translation>Elegir plan&amp;tilla</translation>
        </message>
    </context>
    <context>
        <name>WorkerError</name>
        <message>
            <source>The template took too long or used too much memory and was stopped.</source>
            <translation>La plantilla ha tardado demasiado o ha usado demasiada memoria y se ha detenido.</translation>
        </message>
        <message>
            <source>Rapport could not start its template renderer.</source>
            <translation>Rapport no ha podido iniciar su motor de plantillas.</translation>
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
