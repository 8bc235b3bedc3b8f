<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
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
            <translation>Lo que escribiste sigue en la ventana y puedes continuar. Si a partir de ahora Rapport no funciona bien, guarda tu trabajo y reinícialo.</translation>
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
            <translation>Rapport no ha podido escribir su archivo de registro, así que los detalles solo se muestran aquí.</translation>
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
        <name>FirstRunDialog</name>
        <message>
            <source>Welcome to Rapport</source>
            <translation>Te damos la bienvenida a Rapport</translation>
        </message>
        <message>
            <source>As you sign your messages</source>
            <translation>Como firmas tus mensajes</translation>
        </message>
        <message>
            <source>e.g. Lisbon: people near you are offered a coffee</source>
            <translation>p. ej., Lisboa: a quien viva cerca se le ofrece un café</translation>
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
            <translation>Rapport firma los mensajes con tu nombre, sabe quién vive cerca de ti y cuenta los caracteres según el límite de tu cuenta. Puedes cambiarlo más adelante en Ajustes (Ctrl+,).</translation>
        </message>
        <message>
            <source>Next, add someone you want to write to, or import the connections and invitations of your LinkedIn data export.
Rapport then suggests a message for each person from what you know about them.</source>
            <translation>Ahora añade a alguien a quien quieras escribir, o importa los contactos e invitaciones de tu exportación de datos de LinkedIn.
Rapport te sugerirá un mensaje para cada persona a partir de lo que sabes de ella.</translation>
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
            <translation>El del sistema</translation>
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
            <translation>El idioma en que escribes: plantillas y revisiones para los contactos que no tienen uno.</translation>
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
            <translation>&amp;Bandeja de entrada</translation>
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
        <message numerus="yes">
            <source>%n days ago</source>
            <translation>
                <numerusform>hace %n día</numerusform>
                <numerusform>hace %n días</numerusform>
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
            <translation>Importar contactos &amp;vCard…</translation>
        </message>
        <message>
            <source>Import CS&amp;V contacts…</source>
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
</TS>
