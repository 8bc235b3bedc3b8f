<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>CrashDialog</name>
        <message>
            <source>Rapport ran into a problem</source>
            <translation>Rapport ist auf ein Problem gestoßen</translation>
        </message>
        <message>
            <source>Something went wrong inside Rapport.</source>
            <translation>In Rapport ist etwas schiefgelaufen.</translation>
        </message>
        <message>
            <source>What you typed is still in the window and you can carry on. If Rapport misbehaves from here, save your work and restart it.</source>
            <translation>Was Sie eingegeben haben, ist noch im Fenster, und Sie können weiterarbeiten. Wenn Rapport sich danach seltsam verhält, speichern Sie Ihre Arbeit und starten Sie Rapport neu.</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Was passiert ist</translation>
        </message>
        <message>
            <source>The details were written to the log file:
{file}</source>
            <translation>Die Einzelheiten stehen in der Protokolldatei:
{file}</translation>
        </message>
        <message>
            <source>Rapport could not write its log file, so the details are only shown here.</source>
            <translation>Rapport konnte seine Protokolldatei nicht schreiben; die Einzelheiten stehen daher nur hier.</translation>
        </message>
        <message>
            <source>Where the log is</source>
            <translation>Wo das Protokoll liegt</translation>
        </message>
        <message>
            <source>How often it happened</source>
            <translation>Wie oft es passiert ist</translation>
        </message>
        <message>
            <source>Error details</source>
            <translation>Fehlerdetails</translation>
        </message>
        <message>
            <source>&amp;Open log folder</source>
            <translation>Protokoll&amp;ordner öffnen</translation>
        </message>
        <message>
            <source>Open the folder of the log file</source>
            <translation>Den Ordner der Protokolldatei öffnen</translation>
        </message>
        <message>
            <source>&amp;Copy details</source>
            <translation>Details &amp;kopieren</translation>
        </message>
        <message>
            <source>Copy the error details</source>
            <translation>Die Fehlerdetails kopieren</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message numerus="yes">
            <source>This has happened %Ln times since Rapport started.</source>
            <translation>
                <numerusform>Das ist seit dem Start von Rapport %Ln-mal passiert.</numerusform>
                <numerusform>Das ist seit dem Start von Rapport %Ln-mal passiert.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FirstRunDialog</name>
        <message>
            <source>Welcome to Rapport</source>
            <translation>Willkommen bei Rapport</translation>
        </message>
        <message>
            <source>As you sign your messages</source>
            <translation>So, wie Sie Ihre Nachrichten unterschreiben</translation>
        </message>
        <message>
            <source>e.g. Lisbon: people near you are offered a coffee</source>
            <translation>z. B. Lissabon: Menschen in Ihrer Nähe wird ein Kaffee angeboten</translation>
        </message>
        <message numerus="yes">
            <source>&amp;Free: notes of up to {limit} characters, about %Ln personalised notes a month</source>
            <translation>
                <numerusform>&amp;Kostenlos: Notizen mit bis zu {limit} Zeichen, etwa %Ln personalisierte Notiz im Monat</numerusform>
                <numerusform>&amp;Kostenlos: Notizen mit bis zu {limit} Zeichen, etwa %Ln personalisierte Notizen im Monat</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Premium: notes of up to {limit} characters</source>
            <translation>&amp;Premium: Notizen mit bis zu {limit} Zeichen</translation>
        </message>
        <message>
            <source>&amp;Add a contact</source>
            <translation>Kontakt &amp;hinzufügen</translation>
        </message>
        <message>
            <source>&amp;Import a LinkedIn export…</source>
            <translation>LinkedIn-Export &amp;importieren…</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>Nicht jetzt</translation>
        </message>
        <message>
            <source>Your &amp;name</source>
            <translation>Ihr &amp;Name</translation>
        </message>
        <message>
            <source>Your &amp;location</source>
            <translation>Ihr &amp;Ort</translation>
        </message>
        <message>
            <source>LinkedIn account</source>
            <translation>LinkedIn-Konto</translation>
        </message>
        <message>
            <source>Rapport signs messages with your name, knows who lives near you, and counts characters against your account's limit. Settings (Ctrl+,) change these later.</source>
            <translation>Rapport unterschreibt Nachrichten mit Ihrem Namen, weiß, wer in Ihrer Nähe wohnt, und zählt die Zeichen gegen das Limit Ihres Kontos. In den Einstellungen (Strg+,) können Sie das später ändern.</translation>
        </message>
        <message>
            <source>Next, add someone you want to write to, or import the connections and invitations of your LinkedIn data export.
Rapport then suggests a message for each person from what you know about them.</source>
            <translation>Fügen Sie als Nächstes jemanden hinzu, dem Sie schreiben möchten, oder importieren Sie die Kontakte und Einladungen aus Ihrem LinkedIn-Datenexport.
Rapport schlägt dann für jede Person eine Nachricht vor, ausgehend von dem, was Sie über sie wissen.</translation>
        </message>
    </context>
    <context>
        <name>LanguagePage</name>
        <message>
            <source>L&amp;anguage</source>
            <comment>settings page</comment>
            <translation>&amp;Sprache</translation>
        </message>
        <message>
            <source>Window language</source>
            <translation>Sprache des Fensters</translation>
        </message>
        <message>
            <source>System default</source>
            <translation>Wie das System</translation>
        </message>
        <message>
            <source>My language</source>
            <translation>Meine Sprache</translation>
        </message>
        <message>
            <source>Formal</source>
            <translation>Förmlich (Sie)</translation>
        </message>
        <message>
            <source>Informal</source>
            <translation>Vertraut (du)</translation>
        </message>
        <message>
            <source>Default register</source>
            <translation>Standard-Anrede</translation>
        </message>
        <message>
            <source>Window</source>
            <translation>Fenster</translation>
        </message>
        <message>
            <source>&amp;Window language</source>
            <translation>Sprache des &amp;Fensters</translation>
        </message>
        <message>
            <source>Menus, buttons and dates in this language. A change applies at the next start.</source>
            <translation>Menüs, Schaltflächen und Datumsangaben in dieser Sprache. Eine Änderung gilt ab dem nächsten Start.</translation>
        </message>
        <message>
            <source>Messages</source>
            <translation>Nachrichten</translation>
        </message>
        <message>
            <source>&amp;My language</source>
            <translation>&amp;Meine Sprache</translation>
        </message>
        <message>
            <source>The language you write in: templates and checks for contacts who have none.</source>
            <translation>Die Sprache, in der Sie schreiben: Vorlagen und Prüfungen für Kontakte ohne eigene Sprache.</translation>
        </message>
        <message>
            <source>Default &amp;register</source>
            <translation>Standard-&amp;Anrede</translation>
        </message>
        <message>
            <source>How templates address people where the language has two ways: Sie or du, vous or tu, usted or tú, o senhor or você.</source>
            <translation>Wie Vorlagen Menschen ansprechen, wo die Sprache zwei Formen kennt: Sie oder du, vous oder tu, usted oder tú, o senhor oder você.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Between the contacts and the form</source>
            <translation>Zwischen den Kontakten und dem Formular</translation>
        </message>
        <message>
            <source>Between the form and the composer</source>
            <translation>Zwischen dem Formular und dem Editor</translation>
        </message>
        <message>
            <source>&amp;Compose</source>
            <translation>&amp;Verfassen</translation>
        </message>
        <message>
            <source>&amp;Inbox</source>
            <translation>&amp;Posteingang</translation>
        </message>
        <message>
            <source>&amp;History</source>
            <translation>Ver&amp;lauf</translation>
        </message>
        <message>
            <source>&amp;Network</source>
            <translation>&amp;Netzwerk</translation>
        </message>
        <message>
            <source>A template was skipped: {problem}</source>
            <translation>Eine Vorlage wurde übersprungen: {problem}</translation>
        </message>
        <message>
            <source>Recorded as sent to {name}.</source>
            <translation>Als gesendet an {name} erfasst.</translation>
        </message>
        <message>
            <source>Welcome to Rapport. Add a contact to start writing (Ctrl+N).</source>
            <translation>Willkommen bei Rapport. Fügen Sie einen Kontakt hinzu, um loszuschreiben (Strg+N).</translation>
        </message>
        <message numerus="yes">
            <source>%Ln contacts</source>
            <translation>
                <numerusform>%Ln Kontakt</numerusform>
                <numerusform>%Ln Kontakte</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln templates</source>
            <translation>
                <numerusform>%Ln Vorlage</numerusform>
                <numerusform>%Ln Vorlagen</numerusform>
            </translation>
        </message>
        <message>
            <source>Earlier messages could not be read for the repeat check: {error}</source>
            <translation>Frühere Nachrichten konnten für die Wiederholungsprüfung nicht gelesen werden: {error}</translation>
        </message>
    </context>
    <context>
        <name>PageTabs</name>
        <message>
            <source>Pages</source>
            <translation>Seiten</translation>
        </message>
    </context>
    <context>
        <name>Recovery</name>
        <message>
            <source>Rapport cannot open your data</source>
            <translation>Rapport kann Ihre Daten nicht öffnen</translation>
        </message>
        <message>
            <source>the data folder</source>
            <translation>der Datenordner</translation>
        </message>
        <message>
            <source>{folder}: {problem}</source>
            <translation>{folder}: {problem}</translation>
        </message>
        <message>
            <source>Restore the backup made on {day} at {time}? Anything saved after it will be missing. The damaged file is kept next to the database, renamed; nothing is deleted.</source>
            <translation>Die Sicherung vom {day} um {time} wiederherstellen? Was danach gespeichert wurde, fehlt dann. Die beschädigte Datei bleibt umbenannt neben der Datenbank liegen; nichts wird gelöscht.</translation>
        </message>
        <message>
            <source>Restore the backup</source>
            <translation>Sicherung wiederherstellen</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Beenden</translation>
        </message>
        <message>
            <source>Quit without changing anything</source>
            <translation>Beenden, ohne etwas zu ändern</translation>
        </message>
        <message>
            <source>No backup was made today: {error}</source>
            <translation>Heute wurde keine Sicherung erstellt: {error}</translation>
        </message>
    </context>
    <context>
        <name>RelativeDay</name>
        <message>
            <source>today</source>
            <translation>heute</translation>
        </message>
        <message>
            <source>yesterday</source>
            <translation>gestern</translation>
        </message>
        <message numerus="yes">
            <source>%n days ago</source>
            <translation>
                <numerusform>vor %n Tag</numerusform>
                <numerusform>vor %n Tagen</numerusform>
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
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <source>&amp;Contact</source>
            <translation>&amp;Kontakt</translation>
        </message>
        <message>
            <source>&amp;Message</source>
            <translation>&amp;Nachricht</translation>
        </message>
        <message>
            <source>Import &amp;LinkedIn export…</source>
            <translation>&amp;LinkedIn-Export importieren…</translation>
        </message>
        <message>
            <source>Import &amp;vCard contacts…</source>
            <translation>&amp;vCard-Kontakte importieren…</translation>
        </message>
        <message>
            <source>Import CS&amp;V contacts…</source>
            <translation>CS&amp;V-Kontakte importieren…</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Einstellungen…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>&amp;New contact</source>
            <translation>&amp;Neuer Kontakt</translation>
        </message>
        <message>
            <source>&amp;Save contact</source>
            <translation>Kontakt &amp;speichern</translation>
        </message>
        <message>
            <source>&amp;Find contact</source>
            <translation>Kontakt &amp;finden</translation>
        </message>
        <message>
            <source>&amp;Copy message</source>
            <translation>Nachricht &amp;kopieren</translation>
        </message>
        <message>
            <source>Open &amp;profile</source>
            <translation>&amp;Profil öffnen</translation>
        </message>
        <message>
            <source>&amp;Record as sent</source>
            <translation>Als &amp;gesendet erfassen</translation>
        </message>
        <message>
            <source>Choose &amp;template</source>
            <translation>&amp;Vorlage wählen</translation>
        </message>
    </context>
</TS>
