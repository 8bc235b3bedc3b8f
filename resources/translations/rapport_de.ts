<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>ActionText</name>
        <message>
            <source>Accept and send a thank-you note</source>
            <translation>Annehmen und eine Dankesnachricht senden</translation>
        </message>
        <message>
            <source>Accept</source>
            <translation>Annehmen</translation>
        </message>
        <message>
            <source>Reply and offer a coffee</source>
            <translation>Antworten und einen Kaffee anbieten</translation>
        </message>
        <message>
            <source>Reply and invite them to follow you</source>
            <translation>Antworten und einladen, Ihnen zu folgen</translation>
        </message>
        <message>
            <source>Decline without a reply</source>
            <translation>Ohne Antwort ablehnen</translation>
        </message>
    </context>
    <context>
        <name>BreakdownModel</name>
        <message>
            <source>Sent</source>
            <comment>column: invitations sent</comment>
            <translation>Gesendet</translation>
        </message>
        <message>
            <source>Decided</source>
            <translation>Entschieden</translation>
        </message>
        <message>
            <source>Accepted</source>
            <translation>Angenommen</translation>
        </message>
        <message>
            <source>95% interval</source>
            <translation>95-%-Intervall</translation>
        </message>
        <message>
            <source>Replied</source>
            <translation>Beantwortet</translation>
        </message>
        <message>
            <source>Reply rate</source>
            <translation>Antwortquote</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>Ausstehend</translation>
        </message>
        <message>
            <source>Accepted: {rate}</source>
            <translation>Angenommen: {rate}</translation>
        </message>
        <message>
            <source>Replied, of those accepted: {rate}</source>
            <translation>Beantwortet (von den angenommenen): {rate}</translation>
        </message>
        <message>
            <source>Invitations accepted, replied to, declined or left without an answer.</source>
            <translation>Angenommene, beantwortete, abgelehnte und unbeantwortet gebliebene Einladungen.</translation>
        </message>
        <message numerus="yes">
            <source>Fewer than %Ln decided: too few to tell much.</source>
            <translation>
                <numerusform>Weniger als %Ln entschiedene: zu wenige für eine belastbare Aussage.</numerusform>
                <numerusform>Weniger als %Ln entschiedene: zu wenige für eine belastbare Aussage.</numerusform>
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
            <translation>Mit Notiz</translation>
        </message>
        <message>
            <source>Without a note</source>
            <translation>Ohne Notiz</translation>
        </message>
        <message>
            <source>No template (imported or typed)</source>
            <translation>Keine Vorlage (importiert oder getippt)</translation>
        </message>
        <message>
            <source>Contact deleted or never saved</source>
            <translation>Kontakt gelöscht oder nie gespeichert</translation>
        </message>
        <message>
            <source>No group</source>
            <translation>Keine Gruppe</translation>
        </message>
        <message>
            <source>{value} · {label}</source>
            <translation>{value} · {label}</translation>
        </message>
        <message>
            <source>Unscored</source>
            <translation>Ohne Bewertung</translation>
        </message>
        <message>
            <source>none decided yet</source>
            <translation>noch keine entschieden</translation>
        </message>
        <message>
            <source>{rate} ({successes} of {trials}; 95% interval {low}–{high})</source>
            <translation>{rate} ({successes} von {trials}; 95-%-Intervall {low}–{high})</translation>
        </message>
    </context>
    <context>
        <name>CadenceText</name>
        <message>
            <source>No reminder</source>
            <translation>Keine Erinnerung</translation>
        </message>
        <message>
            <source>Every 2 weeks</source>
            <translation>Alle 2 Wochen</translation>
        </message>
        <message>
            <source>Every month</source>
            <translation>Jeden Monat</translation>
        </message>
        <message>
            <source>Every quarter</source>
            <translation>Jedes Quartal</translation>
        </message>
        <message>
            <source>Every 6 months</source>
            <translation>Alle 6 Monate</translation>
        </message>
        <message>
            <source>Every year</source>
            <translation>Jedes Jahr</translation>
        </message>
    </context>
    <context>
        <name>ChannelText</name>
        <message>
            <source>LinkedIn connection note</source>
            <translation>Notiz zur LinkedIn-Kontaktanfrage</translation>
        </message>
        <message>
            <source>LinkedIn message</source>
            <translation>LinkedIn-Nachricht</translation>
        </message>
        <message>
            <source>LinkedIn InMail</source>
            <translation>LinkedIn-InMail</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>{channel} (up to {limit} characters)</source>
            <translation>{channel} (bis zu {limit} Zeichen)</translation>
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
                <numerusform>%Ln Zeichen</numerusform>
                <numerusform>%Ln Zeichen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ChecksPanel</name>
        <message>
            <source>Personal</source>
            <comment>verdict on a message</comment>
            <translation>Persönlich</translation>
        </message>
        <message>
            <source>Generic</source>
            <comment>verdict on a message</comment>
            <translation>Austauschbar</translation>
        </message>
        <message>
            <source>{verdict} · score {score}/100</source>
            <translation>{verdict} · {score}/100 Punkte</translation>
        </message>
        <message>
            <source>What to improve</source>
            <translation>Was sich verbessern lässt</translation>
        </message>
        <message>
            <source>Nothing to fix: this reads as written for {name}.</source>
            <translation>Nichts zu verbessern: Das liest sich, als wäre es für {name} geschrieben.</translation>
        </message>
        <message>
            <source>Grammar: on</source>
            <translation>Grammatik: an</translation>
        </message>
    </context>
    <context>
        <name>ChoiceText</name>
        <message>
            <source>{name} wrote to you: reply</source>
            <translation>{name} hat Ihnen geschrieben: antworten</translation>
        </message>
        <message>
            <source>introduced by {name}</source>
            <translation>vermittelt von {name}</translation>
        </message>
        <message>
            <source>a former colleague</source>
            <translation>frühere Zusammenarbeit</translation>
        </message>
        <message>
            <source>you met {how}</source>
            <translation>Sie haben sich {how} kennengelernt</translation>
        </message>
        <message>
            <source>you know their work: {work}</source>
            <translation>Sie kennen die Arbeit der Person: {work}</translation>
        </message>
        <message>
            <source>you are both in {place}</source>
            <translation>Sie sind beide in {place}</translation>
        </message>
        <message>
            <source>say what of {name}'s caught your eye</source>
            <translation>sagen Sie, was Ihnen bei {name} aufgefallen ist</translation>
        </message>
        <message>
            <source>the first template</source>
            <translation>die erste Vorlage</translation>
        </message>
        <message>
            <source>{reason} (accepted {accepted} of {decided} times)</source>
            <translation>{reason} ({accepted} von {decided} Mal angenommen)</translation>
        </message>
        <message>
            <source>Suggested for {name}: {reason}.</source>
            <translation>Vorschlag für {name}: {reason}.</translation>
        </message>
        <message>
            <source>You chose this template for {name}.</source>
            <translation>Sie haben diese Vorlage für {name} gewählt.</translation>
        </message>
    </context>
    <context>
        <name>ComparisonText</name>
        <message>
            <source>{subject}: {rate} accepted, against {other} for {others}.</source>
            <translation>{subject}: {rate} angenommen, gegenüber {other} für {others}.</translation>
        </message>
        <message>
            <source>Too few to tell yet: at least {count} decided invitations are needed on each side.</source>
            <translation>Zu wenige für ein Urteil: Auf jeder Seite braucht es mindestens {count} entschiedene Einladungen.</translation>
        </message>
        <message>
            <source>The difference could well be chance ({p}).</source>
            <translation>Der Unterschied kann gut Zufall sein ({p}).</translation>
        </message>
        <message numerus="yes">
            <source>The gap is small (%n point(s)), but with this many invitations it is unlikely to be chance ({p}).</source>
            <translation>
                <numerusform>Der Abstand ist klein (%n Prozentpunkt), aber bei so vielen Einladungen ist er kaum Zufall ({p}).</numerusform>
                <numerusform>Der Abstand ist klein (%n Prozentpunkte), aber bei so vielen Einladungen ist er kaum Zufall ({p}).</numerusform>
            </translation>
        </message>
        <message>
            <source>Accepted more often, and a gap this large is unlikely to be chance ({p}).</source>
            <translation>Häufiger angenommen, und ein so großer Abstand ist kaum Zufall ({p}).</translation>
        </message>
        <message>
            <source>Accepted less often, and a gap this large is unlikely to be chance ({p}).</source>
            <translation>Seltener angenommen, und ein so großer Abstand ist kaum Zufall ({p}).</translation>
        </message>
        <message>
            <source>Invitations with a note</source>
            <translation>Einladungen mit Notiz</translation>
        </message>
        <message>
            <source>Invitations without a template (imported or typed)</source>
            <translation>Einladungen ohne Vorlage (importiert oder getippt)</translation>
        </message>
        <message>
            <source>Invitations from “{template}”</source>
            <translation>Einladungen mit „{template}“</translation>
        </message>
        <message>
            <source>Invitations to contacts since deleted</source>
            <translation>Einladungen an inzwischen gelöschte Kontakte</translation>
        </message>
        <message>
            <source>Invitations to people in no group</source>
            <translation>Einladungen an Personen ohne Gruppe</translation>
        </message>
        <message>
            <source>Invitations to people in “{group}”</source>
            <translation>Einladungen an Personen in der Gruppe „{group}“</translation>
        </message>
        <message>
            <source>Invitations to people marked “{label}” (strength {strength})</source>
            <translation>Einladungen an Personen mit der Beziehung „{label}“ (Stufe {strength})</translation>
        </message>
        <message>
            <source>Invitations without a checker score</source>
            <translation>Einladungen ohne Punktzahl</translation>
        </message>
        <message>
            <source>Invitations scoring {band}</source>
            <translation>Einladungen mit {band} Punkten</translation>
        </message>
        <message>
            <source>invitations without one</source>
            <translation>Einladungen ohne Notiz</translation>
        </message>
        <message>
            <source>your other invitations</source>
            <translation>Ihre übrigen Einladungen</translation>
        </message>
        <message>
            <source>other groups</source>
            <translation>die übrigen Gruppen</translation>
        </message>
        <message>
            <source>other strengths</source>
            <translation>die übrigen Beziehungsstufen</translation>
        </message>
        <message>
            <source>other scores</source>
            <translation>die übrigen Punktzahlen</translation>
        </message>
        <message>
            <source>none decided</source>
            <translation>keine entschieden</translation>
        </message>
        <message>
            <source>{percent} ({successes} of {trials})</source>
            <translation>{percent} ({successes} von {trials})</translation>
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
            <translation>Nachricht in die Zwischenablage kopiert.</translation>
        </message>
        <message>
            <source>Opening {address} in your browser.</source>
            <translation>{address} wird im Browser geöffnet.</translation>
        </message>
        <message>
            <source>No browser opened: copy the address instead, {address}</source>
            <translation>Kein Browser geöffnet – kopieren Sie stattdessen die Adresse: {address}</translation>
        </message>
        <message>
            <source>The profile address is not a web address (https://…).</source>
            <translation>Die Profiladresse ist keine Webadresse (https://…).</translation>
        </message>
        <message>
            <source>Not recorded: {error}</source>
            <translation>Nicht erfasst: {error}</translation>
        </message>
        <message>
            <source>Saved as a template in {path}.</source>
            <translation>Als Vorlage in {path} gespeichert.</translation>
        </message>
        <message>
            <source>Line {line}: {error}</source>
            <translation>Zeile {line}: {error}</translation>
        </message>
    </context>
    <context>
        <name>ComposerWidgets</name>
        <message>
            <source>Messa&amp;ge</source>
            <translation>Nachri&amp;cht</translation>
        </message>
        <message>
            <source>Ref&amp;ill from template</source>
            <translation>Aus Vorlage &amp;zurücksetzen</translation>
        </message>
        <message>
            <source>Replace the message with the template's words again</source>
            <translation>Die Nachricht wieder durch den Text der Vorlage ersetzen</translation>
        </message>
        <message>
            <source>Save a&amp;s template…</source>
            <translation>Als Vorlage &amp;speichern…</translation>
        </message>
        <message>
            <source>Turn this message into a template, with the contact's details as fields</source>
            <translation>Aus dieser Nachricht eine Vorlage machen, mit den Angaben des Kontakts als Feldern</translation>
        </message>
        <message>
            <source>C&amp;opy</source>
            <translation>Kop&amp;ieren</translation>
        </message>
        <message>
            <source>Copy the message to the clipboard</source>
            <translation>Die Nachricht in die Zwischenablage kopieren</translation>
        </message>
        <message>
            <source>Open &amp;profile</source>
            <translation>Pro&amp;fil öffnen</translation>
        </message>
        <message>
            <source>Open the contact's profile in your browser</source>
            <translation>Das Profil des Kontakts im Browser öffnen</translation>
        </message>
        <message>
            <source>&amp;Record as sent</source>
            <translation>Als &amp;gesendet erfassen</translation>
        </message>
        <message>
            <source>The message appears here once you pick a contact.</source>
            <translation>Die Nachricht erscheint hier, sobald Sie einen Kontakt auswählen.</translation>
        </message>
        <message>
            <source>The message appears here once the fields above are filled in.</source>
            <translation>Die Nachricht erscheint hier, sobald die Felder oben ausgefüllt sind.</translation>
        </message>
        <message>
            <source>them</source>
            <comment>the contact</comment>
            <translation>sie</translation>
        </message>
    </context>
    <context>
        <name>ContactError</name>
        <message>
            <source>A contact needs a name.</source>
            <translation>Ein Kontakt braucht einen Namen.</translation>
        </message>
        <message>
            <source>Relationship strength runs from 1 (close) to 5 (never met).</source>
            <translation>Die Beziehungsstärke reicht von 1 (eng) bis 5 (nie getroffen).</translation>
        </message>
        <message>
            <source>Keep in touch every 1 to {most} days, or leave it empty.</source>
            <translation>Für „In Kontakt bleiben“ sind 1 bis {most} Tage möglich; oder lassen Sie das Feld leer.</translation>
        </message>
        <message>
            <source>Language is one of {codes}, or empty for yours.</source>
            <translation>Die Sprache ist eine von {codes} oder leer für Ihre eigene.</translation>
        </message>
        <message>
            <source>Form of address is formal or informal, or empty for your default.</source>
            <translation>Die Anrede ist „formal“ oder „informal“ oder leer für Ihre Voreinstellung.</translation>
        </message>
        <message>
            <source>Unknown contact field(s): {fields}.</source>
            <translation>Unbekannte Kontaktfelder: {fields}.</translation>
        </message>
        <message>
            <source>Relationship strength must be a whole number from 1 to 5.</source>
            <translation>Die Beziehungsstärke muss eine ganze Zahl von 1 bis 5 sein.</translation>
        </message>
        <message>
            <source>Keep-in-touch days must be a whole number.</source>
            <translation>Die Tage für „In Kontakt bleiben“ müssen eine ganze Zahl sein.</translation>
        </message>
        <message>
            <source>A contact's id must be a whole number from 1 up.</source>
            <translation>Die ID eines Kontakts muss eine ganze Zahl ab 1 sein.</translation>
        </message>
        <message>
            <source>Expected a list of names or interests.</source>
            <translation>Hier wird eine Liste von Namen oder Interessen erwartet.</translation>
        </message>
    </context>
    <context>
        <name>ContactFlows</name>
        <message>
            <source>Contact not saved</source>
            <translation>Kontakt nicht gespeichert</translation>
        </message>
        <message>
            <source>Saved {name}.</source>
            <translation>{name} gespeichert.</translation>
        </message>
        <message>
            <source>Delete contact</source>
            <translation>Kontakt löschen</translation>
        </message>
        <message>
            <source>Delete {name}? Messages already sent to them stay in the history.</source>
            <translation>{name} löschen? Bereits gesendete Nachrichten bleiben im Verlauf.</translation>
        </message>
        <message>
            <source>Contact not deleted</source>
            <translation>Kontakt nicht gelöscht</translation>
        </message>
        <message>
            <source>Deleted {name}.</source>
            <translation>{name} gelöscht.</translation>
        </message>
        <message>
            <source>Your changes to this contact are not saved: a contact needs a name. Discard them?</source>
            <translation>Ihre Änderungen an diesem Kontakt sind nicht gespeichert: Ein Kontakt braucht einen Namen. Änderungen verwerfen?</translation>
        </message>
        <message>
            <source>Your changes to this contact are not saved: they could not be saved. Discard them?</source>
            <translation>Ihre Änderungen an diesem Kontakt sind nicht gespeichert: Sie konnten nicht gespeichert werden. Änderungen verwerfen?</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Ungespeicherte Änderungen</translation>
        </message>
    </context>
    <context>
        <name>ContactForm</name>
        <message>
            <source>Group</source>
            <translation>Gruppe</translation>
        </message>
        <message>
            <source>Pick one or type your own</source>
            <translation>Auswählen oder selbst eingeben</translation>
        </message>
        <message>
            <source>Relationship strength</source>
            <translation>Beziehungsstärke</translation>
        </message>
        <message>
            <source>Relationship</source>
            <translation>Beziehung</translation>
        </message>
        <message>
            <source>Yours</source>
            <translation>Ihre Sprache</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <source>Your default</source>
            <translation>Ihre Voreinstellung</translation>
        </message>
        <message>
            <source>Formal</source>
            <translation>Förmlich</translation>
        </message>
        <message>
            <source>Informal</source>
            <translation>Informell</translation>
        </message>
        <message>
            <source>Form of address</source>
            <translation>Anrede</translation>
        </message>
        <message>
            <source>Sie or du, vous or tu, usted or tú, o senhor or você</source>
            <translation>Sie oder du, vous oder tu, usted oder tú, o senhor oder você</translation>
        </message>
        <message>
            <source>Keep in touch</source>
            <translation>In Kontakt bleiben</translation>
        </message>
        <message>
            <source>Last contacted</source>
            <translation>Zuletzt kontaktiert</translation>
        </message>
        <message>
            <source>Save contact</source>
            <translation>Kontakt speichern</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Löschen…</translation>
        </message>
        <message>
            <source>Delete contact</source>
            <translation>Kontakt löschen</translation>
        </message>
        <message>
            <source>Custom…</source>
            <translation>Eigener Wert…</translation>
        </message>
        <message>
            <source>every </source>
            <comment>before a number of days</comment>
            <translation>alle </translation>
        </message>
        <message>
            <source> days</source>
            <comment>after a number of days</comment>
            <translation> Tage</translation>
        </message>
        <message>
            <source>Keep in touch every so many days</source>
            <translation>Im Abstand von so vielen Tagen in Kontakt bleiben</translation>
        </message>
        <message>
            <source>When you last contacted them could not be read: {error}</source>
            <translation>Das Datum des letzten Kontakts ließ sich nicht lesen: {error}</translation>
        </message>
        <message>
            <source>A contact needs a name.</source>
            <translation>Ein Kontakt braucht einen Namen.</translation>
        </message>
    </context>
    <context>
        <name>ContactListModel</name>
        <message>
            <source>{title} at {company}</source>
            <translation>{title} bei {company}</translation>
        </message>
    </context>
    <context>
        <name>ContactsPanel</name>
        <message>
            <source>Search contacts</source>
            <translation>Kontakte durchsuchen</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Kontakte</translation>
        </message>
        <message>
            <source>New contact</source>
            <translation>Neuer Kontakt</translation>
        </message>
        <message>
            <source>No contacts yet</source>
            <translation>Noch keine Kontakte</translation>
        </message>
        <message numerus="yes">
            <source>%Ln contacts</source>
            <translation>
                <numerusform>%Ln Kontakt</numerusform>
                <numerusform>%Ln Kontakte</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %Ln contacts</source>
            <translation>
                <numerusform>{shown} von %Ln Kontakt</numerusform>
                <numerusform>{shown} von %Ln Kontakten</numerusform>
            </translation>
        </message>
    </context>
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
            <translation>Ihre Eingaben sind noch im Fenster, und Sie können weiterarbeiten. Falls sich Rapport danach ungewöhnlich verhält, speichern Sie Ihre Arbeit und starten Sie Rapport neu.</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Was passiert ist</translation>
        </message>
        <message>
            <source>The details were written to the log file:
{file}</source>
            <translation>Die Details stehen in der Protokolldatei:
{file}</translation>
        </message>
        <message>
            <source>Rapport could not write its log file, so the details are only shown here.</source>
            <translation>Rapport konnte keine Protokolldatei schreiben; die Details stehen daher nur hier.</translation>
        </message>
        <message>
            <source>Where the log is</source>
            <translation>Speicherort des Protokolls</translation>
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
        <name>CsvMappingDialog</name>
        <message>
            <source>Import {file}</source>
            <translation>{file} importieren</translation>
        </message>
        <message>
            <source>Column for {field}</source>
            <translation>Spalte für {field}</translation>
        </message>
        <message>
            <source>(not imported)</source>
            <translation>(nicht importieren)</translation>
        </message>
        <message>
            <source>Choose the column that holds each detail. Columns left out are not imported; contacts already saved only gain details they lack.</source>
            <translation>Wählen Sie für jede Angabe die Spalte, in der sie steht. Nicht zugeordnete Spalten werden nicht importiert; bereits gespeicherte Kontakte erhalten nur Angaben, die ihnen noch fehlen.</translation>
        </message>
        <message>
            <source>Import</source>
            <comment>button: import the file</comment>
            <translation>Importieren</translation>
        </message>
        <message>
            <source>Choose the column for {name}, or for {first_name} and {last_name}: every contact needs a name.</source>
            <translation>Wählen Sie die Spalte für {name} oder für {first_name} und {last_name}: Jeder Kontakt braucht einen Namen.</translation>
        </message>
    </context>
    <context>
        <name>DataFolderError</name>
        <message>
            <source>The data folder chosen in Settings, {folder}, is not there. Connect the drive it is on, or delete this file to use the default folder</source>
            <translation>Der in den Einstellungen gewählte Datenordner {folder} ist nicht da. Schließen Sie das Laufwerk an, auf dem er liegt, oder löschen Sie diese Datei, um den Standardordner zu verwenden</translation>
        </message>
        <message>
            <source>The record of your data folder cannot be read ({error}); fix or delete this file</source>
            <translation>Die Angabe Ihres Datenordners lässt sich nicht lesen ({error}); korrigieren oder löschen Sie diese Datei</translation>
        </message>
        <message>
            <source>The record of your data folder holds no full path under "data_folder"; fix or delete this file</source>
            <translation>Die Angabe Ihres Datenordners enthält unter "data_folder" keinen vollständigen Pfad; korrigieren oder löschen Sie diese Datei</translation>
        </message>
    </context>
    <context>
        <name>DataFolderPage</name>
        <message>
            <source>&amp;Data</source>
            <translation>&amp;Daten</translation>
        </message>
        <message>
            <source>Data folder</source>
            <translation>Datenordner</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>Aus&amp;wählen…</translation>
        </message>
        <message>
            <source>Choose the data folder</source>
            <translation>Datenordner auswählen</translation>
        </message>
        <message>
            <source>Use the d&amp;efault</source>
            <translation>Standard &amp;verwenden</translation>
        </message>
        <message>
            <source>Use the default data folder</source>
            <translation>Den Standard-Datenordner verwenden</translation>
        </message>
        <message>
            <source>&amp;Copy my contacts, history, templates and settings there</source>
            <translation>Meine Kontakte, den Verlauf, Vorlagen und Einstellungen dorthin &amp;kopieren</translation>
        </message>
        <message>
            <source>Copy my data to the new folder</source>
            <translation>Meine Daten in den neuen Ordner kopieren</translation>
        </message>
        <message>
            <source>What changing the data folder does</source>
            <translation>Was ein Wechsel des Datenordners bewirkt</translation>
        </message>
        <message>
            <source>&amp;Folder</source>
            <translation>&amp;Ordner</translation>
        </message>
        <message>
            <source>Your contacts, message history, own templates and settings live in this folder. Passwords and API keys do not: they stay in the system keyring.</source>
            <translation>Ihre Kontakte, der Nachrichtenverlauf, Ihre eigenen Vorlagen und Einstellungen liegen in diesem Ordner. Passwörter und API-Schlüssel nicht: Sie bleiben im Schlüsselbund des Systems.</translation>
        </message>
        <message>
            <source>RAPPORT_HOME is set, so Rapport keeps its data in {folder}. Start Rapport without it to choose a folder here.</source>
            <translation>RAPPORT_HOME ist gesetzt, daher speichert Rapport seine Daten in {folder}. Starten Sie Rapport ohne diese Variable, um hier einen Ordner zu wählen.</translation>
        </message>
        <message>
            <source>This is the folder Rapport uses now.</source>
            <translation>Diesen Ordner verwendet Rapport derzeit.</translation>
        </message>
        <message>
            <source>Chosen earlier: Rapport uses this folder from its next start, and {current} until then.</source>
            <translation>Bereits gewählt: Rapport verwendet diesen Ordner ab dem nächsten Start, bis dahin {current}.</translation>
        </message>
        <message>
            <source>Rapport stays with this folder, the one it uses now.</source>
            <translation>Rapport bleibt beim derzeit verwendeten Ordner.</translation>
        </message>
        <message>
            <source>That folder already holds Rapport data: Rapport will use it as it is, from the next start. Your data in {current} stays where it is.</source>
            <translation>Dieser Ordner enthält bereits Rapport-Daten: Rapport verwendet sie ab dem nächsten Start unverändert. Ihre Daten in {current} bleiben, wo sie sind.</translation>
        </message>
        <message>
            <source>Rapport uses the new folder from the next start. A copy of your data goes there; the data in {current} stays where it is.</source>
            <translation>Rapport verwendet den neuen Ordner ab dem nächsten Start. Eine Kopie Ihrer Daten wird dort abgelegt; die Daten in {current} bleiben, wo sie sind.</translation>
        </message>
        <message>
            <source>Rapport uses the new folder from the next start. Nothing of your data goes there; the data in {current} stays where it is.</source>
            <translation>Rapport verwendet den neuen Ordner ab dem nächsten Start. Ihre Daten werden nicht dorthin kopiert; die Daten in {current} bleiben, wo sie sind.</translation>
        </message>
    </context>
    <context>
        <name>DetailsForm</name>
        <message>
            <source>Details for this message</source>
            <translation>Angaben für diese Nachricht</translation>
        </message>
    </context>
    <context>
        <name>DictionaryError</name>
        <message>
            <source>The dictionary {name} cannot be read: {error}.</source>
            <translation>Das Wörterbuch {name} lässt sich nicht lesen: {error}.</translation>
        </message>
        <message>
            <source>The dictionary {name} is not a regular file.</source>
            <translation>Das Wörterbuch {name} ist keine normale Datei.</translation>
        </message>
        <message>
            <source>The dictionary {name} is larger than {limit} KB.</source>
            <translation>Das Wörterbuch {name} ist größer als {limit} KB.</translation>
        </message>
        <message>
            <source>The dictionary {name} is not UTF-8 text.</source>
            <translation>Das Wörterbuch {name} ist kein UTF-8-Text.</translation>
        </message>
        <message>
            <source>“{word}” cannot go in your dictionary.</source>
            <translation>„{word}“ kann nicht in Ihr Wörterbuch aufgenommen werden.</translation>
        </message>
        <message>
            <source>Your dictionary holds {count} words already.</source>
            <translation>Ihr Wörterbuch enthält bereits {count} Wörter.</translation>
        </message>
        <message>
            <source>Your dictionary is full.</source>
            <translation>Ihr Wörterbuch ist voll.</translation>
        </message>
    </context>
    <context>
        <name>Draft</name>
        <message>
            <source>Pick a contact to write to.</source>
            <translation>Wählen Sie einen Kontakt, dem Sie schreiben möchten.</translation>
        </message>
    </context>
    <context>
        <name>DraftError</name>
        <message>
            <source>Your draft to {name} could not be saved to {path}: {error}</source>
            <translation>Ihr Entwurf an {name} ließ sich nicht in {path} speichern: {error}</translation>
        </message>
        <message>
            <source>line {line}: {problem}</source>
            <translation>Zeile {line}: {problem}</translation>
        </message>
        <message>
            <source>'{key}' is missing</source>
            <translation>'{key}' fehlt</translation>
        </message>
        <message>
            <source>The saved draft {path} could not be removed: {error}</source>
            <translation>Der gespeicherte Entwurf {path} ließ sich nicht entfernen: {error}</translation>
        </message>
        <message>
            <source>The saved draft {path} could not be read ({reason}), nor moved aside ({error}); it was left as it is.</source>
            <translation>Der gespeicherte Entwurf {path} ließ sich weder lesen ({reason}) noch beiseitelegen ({error}); er bleibt, wie er ist.</translation>
        </message>
        <message>
            <source>The saved draft {path} could not be read ({reason}); it was kept as {name} in the same folder.</source>
            <translation>Der gespeicherte Entwurf {path} ließ sich nicht lesen ({reason}); er wurde als {name} im selben Ordner aufbewahrt.</translation>
        </message>
        <message>
            <source>it does not hold a draft</source>
            <translation>die Datei enthält keinen Entwurf</translation>
        </message>
        <message>
            <source>unknown format version {version}</source>
            <translation>unbekannte Formatversion {version}</translation>
        </message>
        <message>
            <source>it belongs to another contact</source>
            <translation>die Datei gehört zu einem anderen Kontakt</translation>
        </message>
        <message>
            <source>its text is not text</source>
            <translation>der Text darin ist kein Text</translation>
        </message>
        <message>
            <source>its time has no time zone</source>
            <translation>die Uhrzeit darin hat keine Zeitzone</translation>
        </message>
        <message>
            <source>'{key}' is not text</source>
            <translation>'{key}' ist kein Text</translation>
        </message>
        <message>
            <source>'{key}' is not a set of named texts</source>
            <translation>'{key}' ist keine Reihe benannter Texte</translation>
        </message>
    </context>
    <context>
        <name>DraftShelf</name>
        <message>
            <source>Your unsent draft to {name} could not be restored: {error}</source>
            <translation>Ihr nicht gesendeter Entwurf an {name} ließ sich nicht wiederherstellen: {error}</translation>
        </message>
        <message>
            <source>Restored your unsent draft to {name} from {when}.</source>
            <translation>Ihr nicht gesendeter Entwurf an {name} ({when}) wurde wiederhergestellt.</translation>
        </message>
        <message>
            <source>January</source>
            <translation>Januar</translation>
        </message>
        <message>
            <source>February</source>
            <translation>Februar</translation>
        </message>
        <message>
            <source>March</source>
            <translation>März</translation>
        </message>
        <message>
            <source>April</source>
            <translation>April</translation>
        </message>
        <message>
            <source>May</source>
            <translation>Mai</translation>
        </message>
        <message>
            <source>June</source>
            <translation>Juni</translation>
        </message>
        <message>
            <source>July</source>
            <translation>Juli</translation>
        </message>
        <message>
            <source>August</source>
            <translation>August</translation>
        </message>
        <message>
            <source>September</source>
            <translation>September</translation>
        </message>
        <message>
            <source>October</source>
            <translation>Oktober</translation>
        </message>
        <message>
            <source>November</source>
            <translation>November</translation>
        </message>
        <message>
            <source>December</source>
            <translation>Dezember</translation>
        </message>
        <message>
            <source>yesterday at {time}</source>
            <translation>gestern um {time}</translation>
        </message>
        <message>
            <source>{day} {month} {year} at {time}</source>
            <translation>{day}. {month} {year} um {time}</translation>
        </message>
        <message>
            <source>{day} {month} at {time}</source>
            <translation>{day}. {month} um {time}</translation>
        </message>
    </context>
    <context>
        <name>Duration</name>
        <message numerus="yes">
            <source>%Ln hours</source>
            <translation>
                <numerusform>%Ln Stunde</numerusform>
                <numerusform>%Ln Stunden</numerusform>
            </translation>
        </message>
        <message>
            <source>{days} days</source>
            <comment>one decimal</comment>
            <translation>{days} Tage</translation>
        </message>
        <message numerus="yes">
            <source>%Ln days</source>
            <translation>
                <numerusform>%Ln Tag</numerusform>
                <numerusform>%Ln Tage</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>EditorParts</name>
        <message>
            <source>Delete template</source>
            <translation>Vorlage löschen</translation>
        </message>
        <message>
            <source>Delete your template '{name}'? Its file is removed from {folder}.</source>
            <translation>Ihre Vorlage „{name}“ löschen? Die Datei wird aus {folder} entfernt.</translation>
        </message>
        <message>
            <source>Replace a built-in template</source>
            <translation>Mitgelieferte Vorlage ersetzen</translation>
        </message>
        <message>
            <source>A built-in template is named '{name}'. Yours will be used in its place everywhere. Save under this name?</source>
            <translation>Eine mitgelieferte Vorlage heißt „{name}“. Ihre Vorlage wird überall an deren Stelle verwendet. Unter diesem Namen speichern?</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Ungespeicherte Änderungen</translation>
        </message>
        <message>
            <source>Save your changes to '{name}'?</source>
            <translation>Änderungen an „{name}“ speichern?</translation>
        </message>
        <message>
            <source>Not saved: you already have a template named '{name}'.</source>
            <translation>Nicht gespeichert: Sie haben bereits eine Vorlage namens „{name}“.</translation>
        </message>
    </context>
    <context>
        <name>ExportError</name>
        <message>
            <source>{file}: could not be written ({error}).</source>
            <translation>{file}: ließ sich nicht schreiben ({error}).</translation>
        </message>
        <message>
            <source>'{name}' has no file to export.</source>
            <translation>„{name}“ hat keine Datei, die sich exportieren ließe.</translation>
        </message>
    </context>
    <context>
        <name>FieldHint</name>
        <message>
            <source>Taken from the name when empty</source>
            <translation>Wenn leer, aus dem Namen übernommen</translation>
        </message>
        <message>
            <source>e.g. at PyCon Lisbon; on the payments team at Stripe</source>
            <translation>z. B. auf der PyCon in Lissabon; im Payments-Team bei Stripe</translation>
        </message>
        <message>
            <source>e.g. last week; in March 2025</source>
            <translation>z. B. letzte Woche; im März 2025</translation>
        </message>
        <message>
            <source>Who put you in touch (pick a contact or type a name)</source>
            <translation>Wer Sie miteinander bekannt gemacht hat (Kontakt wählen oder Namen eingeben)</translation>
        </message>
        <message>
            <source>Something they wrote or did that matters to you</source>
            <translation>Etwas, das die Person geschrieben oder getan hat und das Ihnen wichtig ist</translation>
        </message>
        <message>
            <source>Comma-separated, e.g. chess, climbing</source>
            <translation>Durch Kommas getrennt, z. B. Schach, Klettern</translation>
        </message>
        <message>
            <source>Comma-separated names</source>
            <translation>Namen, durch Kommas getrennt</translation>
        </message>
        <message>
            <source>The note they sent with their request</source>
            <translation>Die Notiz, die mit der Kontaktanfrage kam</translation>
        </message>
        <message>
            <source>en, de, fr, es or pt; empty: yours</source>
            <translation>en, de, fr, es oder pt; leer: Ihre</translation>
        </message>
        <message>
            <source>formal or informal; empty: your default</source>
            <translation>formal oder informell; leer: Ihre Voreinstellung</translation>
        </message>
    </context>
    <context>
        <name>FieldText</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Vorname</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Nachname</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Unternehmen</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Position</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Ort</translation>
        </message>
        <message>
            <source>Industry</source>
            <translation>Branche</translation>
        </message>
        <message>
            <source>Profile URL</source>
            <translation>Profil-URL</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Gruppe</translation>
        </message>
        <message>
            <source>Relationship strength</source>
            <translation>Beziehungsstärke</translation>
        </message>
        <message>
            <source>How you met</source>
            <translation>Wie Sie sich kennengelernt haben</translation>
        </message>
        <message>
            <source>When you met</source>
            <translation>Wann Sie sich kennengelernt haben</translation>
        </message>
        <message>
            <source>Introduced by</source>
            <translation>Vorgestellt von</translation>
        </message>
        <message>
            <source>Their work that matters</source>
            <translation>Arbeit der Person, die Ihnen wichtig ist</translation>
        </message>
        <message>
            <source>Shared interests</source>
            <translation>Gemeinsame Interessen</translation>
        </message>
        <message>
            <source>Mutual contacts</source>
            <translation>Gemeinsame Kontakte</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notizen</translation>
        </message>
        <message>
            <source>Their note to you</source>
            <translation>Notiz der Person an Sie</translation>
        </message>
        <message>
            <source>Keep in touch every (days)</source>
            <translation>In Kontakt bleiben alle (Tage)</translation>
        </message>
        <message>
            <source>Connected on</source>
            <translation>Vernetzt am</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <source>Form of address</source>
            <translation>Anrede</translation>
        </message>
    </context>
    <context>
        <name>FileKind</name>
        <message>
            <source>a front matter cache</source>
            <translation>einen Zwischenspeicher für Kopfbereiche</translation>
        </message>
        <message>
            <source>a template</source>
            <translation>eine Vorlage</translation>
        </message>
        <message>
            <source>a JSON file</source>
            <translation>eine JSON-Datei</translation>
        </message>
        <message>
            <source>a JSON Lines file</source>
            <translation>eine JSON-Lines-Datei</translation>
        </message>
        <message>
            <source>a file to import</source>
            <translation>eine Importdatei</translation>
        </message>
        <message>
            <source>a zip archive</source>
            <translation>ein ZIP-Archiv</translation>
        </message>
    </context>
    <context>
        <name>FileRefused</name>
        <message>
            <source>larger than {size}, too large for {kind}.</source>
            <translation>größer als {size}, zu groß für {kind}.</translation>
        </message>
        <message>
            <source>this is a folder, not a file.</source>
            <translation>Das ist ein Ordner, keine Datei.</translation>
        </message>
        <message>
            <source>this is a pipe (FIFO), not a file; Rapport reads only regular files.</source>
            <translation>Das ist eine Pipe (FIFO), keine Datei; Rapport liest nur normale Dateien.</translation>
        </message>
        <message>
            <source>this is a device, not a file; Rapport reads only regular files.</source>
            <translation>Das ist ein Gerät, keine Datei; Rapport liest nur normale Dateien.</translation>
        </message>
        <message>
            <source>this is a socket, not a file; Rapport reads only regular files.</source>
            <translation>Das ist ein Socket, keine Datei; Rapport liest nur normale Dateien.</translation>
        </message>
        <message>
            <source>cannot be read ({error}).</source>
            <translation>lässt sich nicht lesen ({error}).</translation>
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
            <translation>Diese Datei gibt es nicht.</translation>
        </message>
        <message>
            <source>a symbolic link, which is not read here.</source>
            <translation>eine symbolische Verknüpfung, die hier nicht gelesen wird.</translation>
        </message>
        <message>
            <source>not a regular file; Rapport reads only regular files.</source>
            <translation>keine normale Datei; Rapport liest nur normale Dateien.</translation>
        </message>
    </context>
    <context>
        <name>FindingsModel</name>
        <message>
            <source>“{words}”: {finding}</source>
            <translation>„{words}“: {finding}</translation>
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
Vorschläge: {suggestions}</translation>
        </message>
        <message>
            <source>Stops sending</source>
            <translation>Blockiert das Senden</translation>
        </message>
        <message>
            <source>Weak</source>
            <comment>a finding that weakens the message</comment>
            <translation>Schwäche</translation>
        </message>
        <message>
            <source>Note</source>
            <comment>a finding that is only a note</comment>
            <translation>Anmerkung</translation>
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
            <translation>z. B. Lissabon: Wer in Ihrer Nähe wohnt, bekommt einen Kaffee angeboten</translation>
        </message>
        <message numerus="yes">
            <source>&amp;Free: notes of up to {limit} characters, about %Ln personalised notes a month</source>
            <translation>
                <numerusform>&amp;Kostenlos: Notizen mit bis zu {limit} Zeichen, etwa %Ln personalisierte Notiz pro Monat</numerusform>
                <numerusform>&amp;Kostenlos: Notizen mit bis zu {limit} Zeichen, etwa %Ln personalisierte Notizen pro Monat</numerusform>
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
            <translation>Ihr &amp;Standort</translation>
        </message>
        <message>
            <source>LinkedIn account</source>
            <translation>LinkedIn-Konto</translation>
        </message>
        <message>
            <source>Rapport signs messages with your name, knows who lives near you, and counts characters against your account's limit. Settings (Ctrl+,) change these later.</source>
            <translation>Rapport unterschreibt Nachrichten mit Ihrem Namen, weiß, wer in Ihrer Nähe wohnt, und achtet auf die Zeichengrenze Ihres Kontos. In den Einstellungen (Strg+,) können Sie das später ändern.</translation>
        </message>
        <message>
            <source>Next, add someone you want to write to, or import the connections and invitations of your LinkedIn data export.
Rapport then suggests a message for each person from what you know about them.</source>
            <translation>Fügen Sie als Nächstes jemanden hinzu, dem Sie schreiben möchten, oder importieren Sie die Kontakte und Einladungen aus Ihrem LinkedIn-Datenexport.
Rapport schlägt dann für jede Person eine Nachricht vor, anhand dessen, was Sie über sie wissen.</translation>
        </message>
    </context>
    <context>
        <name>FirstSteps</name>
        <message>
            <source>Pick someone in the list to write to, or add the person you want to connect with.
With a LinkedIn data export, your connections and invitations come in at once.</source>
            <translation>Wählen Sie in der Liste jemanden aus, dem Sie schreiben möchten, oder fügen Sie die Person hinzu, mit der Sie sich vernetzen möchten.
Mit einem LinkedIn-Datenexport übernehmen Sie Ihre Kontakte und Einladungen in einem Schritt.</translation>
        </message>
        <message>
            <source>&amp;New contact</source>
            <translation>Neuer Kon&amp;takt</translation>
        </message>
        <message>
            <source>Add someone to write to (Ctrl+N)</source>
            <translation>Jemanden hinzufügen, dem Sie schreiben möchten (Strg+N)</translation>
        </message>
        <message>
            <source>Import a &amp;LinkedIn export…</source>
            <translation>LinkedIn-E&amp;xport importieren…</translation>
        </message>
        <message>
            <source>Read the zip LinkedIn sends you (Ctrl+I)</source>
            <translation>Die ZIP-Datei lesen, die LinkedIn Ihnen schickt (Strg+I)</translation>
        </message>
    </context>
    <context>
        <name>FolderText</name>
        <message>
            <source>Choose a folder for your data.</source>
            <translation>Wählen Sie einen Ordner für Ihre Daten.</translation>
        </message>
        <message>
            <source>{folder} is not a full path; give the whole path.</source>
            <translation>{folder} ist kein vollständiger Pfad; geben Sie den ganzen Pfad an.</translation>
        </message>
        <message>
            <source>{folder} is a file, not a folder.</source>
            <translation>{folder} ist eine Datei, kein Ordner.</translation>
        </message>
        <message>
            <source>Rapport may not write in {folder}; choose another folder.</source>
            <translation>Rapport darf in {folder} nicht schreiben; wählen Sie einen anderen Ordner.</translation>
        </message>
        <message>
            <source>{folder} cannot be created: Rapport may not write in {parent}.</source>
            <translation>{folder} lässt sich nicht anlegen: Rapport darf in {parent} nicht schreiben.</translation>
        </message>
        <message>
            <source>Rapport cannot write in {folder} ({error}); choose another folder.</source>
            <translation>Rapport kann in {folder} nicht schreiben ({error}); wählen Sie einen anderen Ordner.</translation>
        </message>
        <message>
            <source>{folder} already holds Rapport data; nothing was copied.</source>
            <translation>{folder} enthält bereits Daten von Rapport; es wurde nichts kopiert.</translation>
        </message>
        <message>
            <source>Your data could not be copied to {folder} ({error}); nothing was copied, and your data stays in {current}.</source>
            <translation>Ihre Daten ließen sich nicht nach {folder} kopieren ({error}); es wurde nichts kopiert, und Ihre Daten bleiben in {current}.</translation>
        </message>
        <message>
            <source>The new data folder could not be recorded in {file} ({error}).</source>
            <translation>Der neue Datenordner ließ sich nicht in {file} festhalten ({error}).</translation>
        </message>
    </context>
    <context>
        <name>FollowUpModel</name>
        <message>
            <source>Say thank you</source>
            <translation>Bedanken</translation>
        </message>
        <message>
            <source>Keep in touch</source>
            <translation>In Kontakt bleiben</translation>
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
            <translation>Drücken Sie die Eingabetaste oder doppelklicken Sie, um {name} mit „{template}“ zu schreiben.</translation>
        </message>
    </context>
    <context>
        <name>FollowUpsView</name>
        <message>
            <source>Follow-ups to do</source>
            <translation>Anstehende Follow-ups</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>Wird gezählt…</translation>
        </message>
        <message>
            <source>&amp;Write to them</source>
            <translation>Sc&amp;hreiben</translation>
        </message>
        <message>
            <source>Write to the chosen person</source>
            <translation>Der ausgewählten Person schreiben</translation>
        </message>
        <message>
            <source>Nothing to follow up: everyone who accepted lately has heard from you, and nobody is past their keep-in-touch cadence.</source>
            <translation>Keine Follow-ups offen: Alle, die zuletzt angenommen haben, haben von Ihnen gehört, und bei niemandem ist der Kontaktrhythmus überschritten.</translation>
        </message>
        <message>
            <source>{to_thank} to thank for accepting, {due} due a word by their keep-in-touch cadence. Press Enter on one to write to them.</source>
            <translation>Zum Bedanken für die Annahme: {to_thank}; laut Kontaktrhythmus fällig: {due}. Drücken Sie auf einem Eintrag die Eingabetaste, um zu schreiben.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln people</source>
            <translation>
                <numerusform>%Ln Person</numerusform>
                <numerusform>%Ln Personen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FrontMatterError</name>
        <message>
            <source>longer than {count} characters</source>
            <translation>länger als {count} Zeichen</translation>
        </message>
        <message>
            <source>not valid YAML</source>
            <translation>kein gültiges YAML</translation>
        </message>
        <message>
            <source>using a YAML anchor or alias ('&amp;' or '*'), which Rapport does not read</source>
            <translation>Er verwendet einen YAML-Anker oder -Alias ('&amp;' oder '*'), den Rapport nicht liest</translation>
        </message>
        <message>
            <source>nested more than {depth} levels deep</source>
            <translation>mehr als {depth} Ebenen tief verschachtelt</translation>
        </message>
        <message>
            <source>more than {count} values</source>
            <translation>mehr als {count} Werte</translation>
        </message>
    </context>
    <context>
        <name>FrontMatterForm</name>
        <message>
            <source>Template name</source>
            <translation>Name der Vorlage</translation>
        </message>
        <message>
            <source>letters, digits, - and _</source>
            <translation>Buchstaben, Ziffern, - und _</translation>
        </message>
        <message>
            <source>Kind of message</source>
            <translation>Art der Nachricht</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Kanal</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Beschreibung</translation>
        </message>
        <message>
            <source>When to use this template</source>
            <translation>Wann diese Vorlage passt</translation>
        </message>
        <message>
            <source>Required fields</source>
            <translation>Pflichtfelder</translation>
        </message>
        <message>
            <source>first_name, how_met</source>
            <comment>an example of field names: keep them as written</comment>
            <translation>first_name, how_met</translation>
        </message>
        <message>
            <source>The contact fields this template cannot do without, separated by commas.</source>
            <translation>Die Kontaktfelder, ohne die diese Vorlage nicht auskommt, durch Kommas getrennt.</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>Na&amp;me</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Art</translation>
        </message>
        <message>
            <source>C&amp;hannel</source>
            <translation>&amp;Kanal</translation>
        </message>
        <message>
            <source>&amp;Description</source>
            <translation>&amp;Beschreibung</translation>
        </message>
        <message>
            <source>&amp;Required fields</source>
            <translation>&amp;Pflichtfelder</translation>
        </message>
    </context>
    <context>
        <name>GapForm</name>
        <message>
            <source>Missing from the contact</source>
            <translation>Fehlt im Kontakt</translation>
        </message>
        <message>
            <source>Fields missing from the contact</source>
            <translation>Im Kontakt fehlende Felder</translation>
        </message>
        <message>
            <source>Used for this message only, unless you save them.</source>
            <translation>Nur für diese Nachricht verwendet, sofern Sie sie nicht speichern.</translation>
        </message>
        <message>
            <source>Missing from {name}’s contact</source>
            <translation>Fehlt im Kontakt von {name}</translation>
        </message>
        <message>
            <source>Save to {name}’s contact</source>
            <translation>Im Kontakt von {name} speichern</translation>
        </message>
        <message>
            <source>Save these fields to {name}’s contact</source>
            <translation>Diese Felder im Kontakt von {name} speichern</translation>
        </message>
        <message>
            <source>Keep these values in {name}’s contact for later messages ({shortcut})</source>
            <translation>Diese Werte für spätere Nachrichten im Kontakt von {name} behalten ({shortcut})</translation>
        </message>
        <message>
            <source>Save to the contact</source>
            <translation>Im Kontakt speichern</translation>
        </message>
        <message>
            <source>Save these fields to the contact</source>
            <translation>Diese Felder im Kontakt speichern</translation>
        </message>
        <message>
            <source>Keep these values in the contact for later messages ({shortcut})</source>
            <translation>Diese Werte für spätere Nachrichten im Kontakt behalten ({shortcut})</translation>
        </message>
    </context>
    <context>
        <name>GrammarPage</name>
        <message>
            <source>On this &amp;computer (a LanguageTool server Rapport starts)</source>
            <translation>Auf diesem &amp;Computer (ein LanguageTool-Server, den Rapport startet)</translation>
        </message>
        <message>
            <source>On a LanguageTool &amp;server elsewhere</source>
            <translation>Auf einem anderen LanguageTool-Ser&amp;ver</translation>
        </message>
        <message>
            <source>With LanguageTool Pre&amp;mium</source>
            <translation>Mit LanguageTool Pre&amp;mium</translation>
        </message>
        <message>
            <source>&amp;Off</source>
            <translation>A&amp;us</translation>
        </message>
        <message>
            <source>English (US)</source>
            <translation>Englisch (USA)</translation>
        </message>
        <message>
            <source>English (UK)</source>
            <translation>Englisch (Großbritannien)</translation>
        </message>
        <message>
            <source>English (Canada)</source>
            <translation>Englisch (Kanada)</translation>
        </message>
        <message>
            <source>English (Australia)</source>
            <translation>Englisch (Australien)</translation>
        </message>
        <message>
            <source>German (Germany)</source>
            <translation>Deutsch (Deutschland)</translation>
        </message>
        <message>
            <source>German (Austria)</source>
            <translation>Deutsch (Österreich)</translation>
        </message>
        <message>
            <source>German (Switzerland)</source>
            <translation>Deutsch (Schweiz)</translation>
        </message>
        <message>
            <source>French</source>
            <translation>Französisch</translation>
        </message>
        <message>
            <source>Spanish</source>
            <translation>Spanisch</translation>
        </message>
        <message>
            <source>Italian</source>
            <translation>Italienisch</translation>
        </message>
        <message>
            <source>Dutch</source>
            <translation>Niederländisch</translation>
        </message>
        <message>
            <source>Portuguese (Portugal)</source>
            <translation>Portugiesisch (Portugal)</translation>
        </message>
        <message>
            <source>Portuguese (Brazil)</source>
            <translation>Portugiesisch (Brasilien)</translation>
        </message>
        <message>
            <source>Polish</source>
            <translation>Polnisch</translation>
        </message>
        <message>
            <source>Swedish</source>
            <translation>Schwedisch</translation>
        </message>
        <message>
            <source>Danish</source>
            <translation>Dänisch</translation>
        </message>
        <message>
            <source>Catalan</source>
            <translation>Katalanisch</translation>
        </message>
        <message>
            <source>Ukrainian</source>
            <translation>Ukrainisch</translation>
        </message>
        <message>
            <source>Detect the language</source>
            <translation>Sprache automatisch erkennen</translation>
        </message>
        <message>
            <source>&amp;Grammar</source>
            <translation>&amp;Grammatik</translation>
        </message>
        <message>
            <source>Grammar and spelling checks</source>
            <translation>Grammatik- und Rechtschreibprüfung</translation>
        </message>
        <message>
            <source>Grammar checks: {where}</source>
            <translation>Grammatikprüfung: {where}</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>S&amp;prache</translation>
        </message>
        <message>
            <source>LanguageTool on this computer</source>
            <translation>LanguageTool auf diesem Computer</translation>
        </message>
        <message>
            <source>Do&amp;wnload LanguageTool ({size}) if it is not installed</source>
            <translation>LanguageTool ({size}) &amp;herunterladen, falls nicht installiert</translation>
        </message>
        <message>
            <source> min</source>
            <comment>spin box suffix: minutes</comment>
            <translation> Min.</translation>
        </message>
        <message>
            <source>Stop it after, &amp;unused</source>
            <translation>Beenden, wenn unge&amp;nutzt seit</translation>
        </message>
        <message>
            <source>One server serves the window and the rapport command alike.</source>
            <translation>Derselbe Server bedient das Fenster und den Befehl „rapport“.</translation>
        </message>
        <message>
            <source>Grammar server</source>
            <translation>Grammatikserver</translation>
        </message>
        <message>
            <source>Only if it asks for a login</source>
            <translation>Nur, wenn er eine Anmeldung verlangt</translation>
        </message>
        <message>
            <source>Add&amp;ress</source>
            <translation>Adr&amp;esse</translation>
        </message>
        <message>
            <source>&amp;Username</source>
            <translation>Benut&amp;zername</translation>
        </message>
        <message>
            <source>Pass&amp;word or API key</source>
            <translation>Pass&amp;wort oder API-Schlüssel</translation>
        </message>
        <message>
            <source>LanguageTool Premium</source>
            <translation>LanguageTool Premium</translation>
        </message>
        <message>
            <source>Your account's e-mail address</source>
            <translation>E-Mail-Adresse Ihres Kontos</translation>
        </message>
        <message>
            <source>API &amp;key</source>
            <translation>API-Sch&amp;lüssel</translation>
        </message>
        <message>
            <source>The API key is in your LanguageTool account, under Access tokens.</source>
            <translation>Den API-Schlüssel finden Sie in Ihrem LanguageTool-Konto unter „Access tokens“.</translation>
        </message>
        <message>
            <source>System keyring</source>
            <translation>Schlüsselbund des Systems</translation>
        </message>
        <message>
            <source>Cannot be stored: see below</source>
            <translation>Kann nicht gespeichert werden: siehe unten</translation>
        </message>
        <message>
            <source>Passwords and API keys go to the system keyring.</source>
            <translation>Passwörter und API-Schlüssel werden im Schlüsselbund des Systems gespeichert.</translation>
        </message>
    </context>
    <context>
        <name>GrammarText</name>
        <message>
            <source>Restarting it.</source>
            <translation>Er wird neu gestartet.</translation>
        </message>
        <message>
            <source>It restarts with the next check.</source>
            <translation>Er startet mit der nächsten Prüfung neu.</translation>
        </message>
        <message>
            <source>Trying again.</source>
            <translation>Rapport versucht es erneut.</translation>
        </message>
        <message>
            <source>LanguageTool Premium</source>
            <translation>LanguageTool Premium</translation>
        </message>
        <message>
            <source>The grammar server at {host}</source>
            <translation>Der Grammatikserver unter {host}</translation>
        </message>
        <message>
            <source>The local grammar server</source>
            <translation>Der lokale Grammatikserver</translation>
        </message>
        <message>
            <source>about {megabytes} MB</source>
            <translation>etwa {megabytes} MB</translation>
        </message>
        <message numerus="yes">
            <source>%n seconds</source>
            <translation>
                <numerusform>%n Sekunde</numerusform>
                <numerusform>%n Sekunden</numerusform>
            </translation>
        </message>
        <message>
            <source>{number} seconds</source>
            <translation>{number} Sekunden</translation>
        </message>
        <message numerus="yes">
            <source>%n minutes</source>
            <translation>
                <numerusform>%n Minute</numerusform>
                <numerusform>%n Minuten</numerusform>
            </translation>
        </message>
        <message>
            <source>{number} minutes</source>
            <translation>{number} Minuten</translation>
        </message>
        <message numerus="yes">
            <source>%n ports</source>
            <translation>
                <numerusform>%n Port</numerusform>
                <numerusform>%n Ports</numerusform>
            </translation>
        </message>
        <message>
            <source>{number} ports</source>
            <translation>{number} Ports</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Englisch</translation>
        </message>
        <message>
            <source>German</source>
            <translation>Deutsch</translation>
        </message>
        <message>
            <source>French</source>
            <translation>Französisch</translation>
        </message>
        <message>
            <source>Spanish</source>
            <translation>Spanisch</translation>
        </message>
        <message>
            <source>Portuguese</source>
            <translation>Portugiesisch</translation>
        </message>
        <message>
            <source>language detection</source>
            <translation>Spracherkennung</translation>
        </message>
        <message>
            <source>{languages} and {language}</source>
            <translation>{languages} und {language}</translation>
        </message>
        <message>
            <source>Checking with LanguageTool Premium.</source>
            <translation>Prüfung mit LanguageTool Premium.</translation>
        </message>
        <message>
            <source>Checking with the grammar server at {host}.</source>
            <translation>Prüfung mit dem Grammatikserver unter {host}.</translation>
        </message>
        <message>
            <source>Checking with the local LanguageTool {version} server.</source>
            <translation>Prüfung mit dem lokalen LanguageTool-{version}-Server.</translation>
        </message>
        <message>
            <source>{server} stopped unexpectedly (killed by {signal}).</source>
            <translation>{server} wurde unerwartet beendet (durch {signal} abgebrochen).</translation>
        </message>
        <message>
            <source>{server} stopped unexpectedly (killed by signal {number}).</source>
            <translation>{server} wurde unerwartet beendet (durch Signal {number} abgebrochen).</translation>
        </message>
        <message>
            <source>{server} stopped unexpectedly (exit code {code}): {detail}</source>
            <translation>{server} wurde unerwartet beendet (Exit-Code {code}): {detail}</translation>
        </message>
        <message>
            <source>{server} stopped unexpectedly (exit code {code}).</source>
            <translation>{server} wurde unerwartet beendet (Exit-Code {code}).</translation>
        </message>
        <message>
            <source>{server} refused access (HTTP {code}): {detail}</source>
            <translation>{server} hat den Zugriff verweigert (HTTP {code}): {detail}</translation>
        </message>
        <message>
            <source>{server} refused access (HTTP {code}).</source>
            <translation>{server} hat den Zugriff verweigert (HTTP {code}).</translation>
        </message>
        <message>
            <source>{server} answered with an error (HTTP {code}): {detail}</source>
            <translation>{server} hat mit einem Fehler geantwortet (HTTP {code}): {detail}</translation>
        </message>
        <message>
            <source>{server} answered with an error (HTTP {code}).</source>
            <translation>{server} hat mit einem Fehler geantwortet (HTTP {code}).</translation>
        </message>
        <message>
            <source>LanguageTool Premium needs its API key from the system keyring, but this system has no keyring Rapport can use.</source>
            <translation>LanguageTool Premium braucht seinen API-Schlüssel aus dem Schlüsselbund des Systems, aber auf diesem System gibt es keinen Schlüsselbund, den Rapport nutzen kann.</translation>
        </message>
        <message>
            <source>The grammar server's login needs its password from the system keyring, but this system has no keyring Rapport can use.</source>
            <translation>Die Anmeldung am Grammatikserver braucht ihr Passwort aus dem Schlüsselbund des Systems, aber auf diesem System gibt es keinen Schlüsselbund, den Rapport nutzen kann.</translation>
        </message>
        <message>
            <source>LanguageTool Premium needs its API key from the system keyring, but the keyring configured for Python cannot be loaded ({error}).</source>
            <translation>LanguageTool Premium braucht seinen API-Schlüssel aus dem Schlüsselbund des Systems, aber der für Python eingerichtete Schlüsselbund lässt sich nicht laden ({error}).</translation>
        </message>
        <message>
            <source>The grammar server's login needs its password from the system keyring, but the keyring configured for Python cannot be loaded ({error}).</source>
            <translation>Die Anmeldung am Grammatikserver braucht ihr Passwort aus dem Schlüsselbund des Systems, aber der für Python eingerichtete Schlüsselbund lässt sich nicht laden ({error}).</translation>
        </message>
        <message>
            <source>LanguageTool Premium needs its API key from the system keyring, but the keyring refused ({error}).</source>
            <translation>LanguageTool Premium braucht seinen API-Schlüssel aus dem Schlüsselbund des Systems, aber der Schlüsselbund hat den Zugriff verweigert ({error}).</translation>
        </message>
        <message>
            <source>The grammar server's login needs its password from the system keyring, but the keyring refused ({error}).</source>
            <translation>Die Anmeldung am Grammatikserver braucht ihr Passwort aus dem Schlüsselbund des Systems, aber der Schlüsselbund hat den Zugriff verweigert ({error}).</translation>
        </message>
        <message>
            <source>No LanguageTool Premium API key is stored in the system keyring (service "{service}", entry "{entry}"). Add it in Settings.</source>
            <translation>Im Schlüsselbund des Systems ist kein API-Schlüssel für LanguageTool Premium gespeichert (Dienst „{service}“, Eintrag „{entry}“). Tragen Sie ihn in den Einstellungen ein.</translation>
        </message>
        <message>
            <source>No grammar server password or API key is stored in the system keyring (service "{service}", entry "{entry}"). Add it in Settings.</source>
            <translation>Im Schlüsselbund des Systems ist weder ein Passwort noch ein API-Schlüssel für den Grammatikserver gespeichert (Dienst „{service}“, Eintrag „{entry}“). Tragen Sie eines davon in den Einstellungen ein.</translation>
        </message>
        <message>
            <source>Grammar checks are off: LanguageTool {version} has to be downloaded once (about {megabytes} MB), and {host} cannot be reached ({error}). Connect to the internet, or choose a remote LanguageTool server in Settings.</source>
            <translation>Die Grammatikprüfung ist aus: LanguageTool {version} muss einmal heruntergeladen werden (etwa {megabytes} MB), und {host} ist nicht erreichbar ({error}). Verbinden Sie sich mit dem Internet, oder wählen Sie in den Einstellungen einen entfernten LanguageTool-Server.</translation>
        </message>
        <message>
            <source>Grammar checks are off: LanguageTool {version} has to be downloaded once (about {megabytes} MB), and {host} does not answer. Connect to the internet, or choose a remote LanguageTool server in Settings.</source>
            <translation>Die Grammatikprüfung ist aus: LanguageTool {version} muss einmal heruntergeladen werden (etwa {megabytes} MB), und {host} antwortet nicht. Verbinden Sie sich mit dem Internet, oder wählen Sie in den Einstellungen einen entfernten LanguageTool-Server.</translation>
        </message>
        <message>
            <source>The local grammar server could not be started: {error}</source>
            <translation>Der lokale Grammatikserver ließ sich nicht starten: {error}</translation>
        </message>
        <message>
            <source>The local grammar server could not be started.</source>
            <translation>Der lokale Grammatikserver ließ sich nicht starten.</translation>
        </message>
        <message>
            <source>The LanguageTool server in {path} is incomplete ({file} is missing). Delete that folder and build it again with packaging/languagetool/build.sh.</source>
            <translation>Der LanguageTool-Server in {path} ist unvollständig ({file} fehlt). Löschen Sie diesen Ordner und bauen Sie ihn mit packaging/languagetool/build.sh neu.</translation>
        </message>
        <message>
            <source>The LanguageTool server in {path} is incomplete (its list of jars is empty). Delete that folder and build it again with packaging/languagetool/build.sh.</source>
            <translation>Der LanguageTool-Server in {path} ist unvollständig (seine Liste der JAR-Dateien ist leer). Löschen Sie diesen Ordner und bauen Sie ihn mit packaging/languagetool/build.sh neu.</translation>
        </message>
        <message>
            <source>Grammar checks are turned off in the settings.</source>
            <translation>Die Grammatikprüfung ist in den Einstellungen ausgeschaltet.</translation>
        </message>
        <message>
            <source>Grammar checks have been shut down.</source>
            <translation>Die Grammatikprüfung wurde beendet.</translation>
        </message>
        <message>
            <source>{server} starts with the first check.</source>
            <translation>{server} startet mit der ersten Prüfung.</translation>
        </message>
        <message>
            <source>Starting LanguageTool {version}; checks begin when it is ready.</source>
            <translation>LanguageTool {version} wird gestartet; die Prüfungen beginnen, sobald es bereit ist.</translation>
        </message>
        <message>
            <source>Downloading LanguageTool {version} (about {megabytes} MB) for grammar checks…</source>
            <translation>LanguageTool {version} wird für die Grammatikprüfung heruntergeladen (etwa {megabytes} MB)…</translation>
        </message>
        <message>
            <source>LanguageTool is loading its {languages} rules; the first check in a language takes a few seconds.</source>
            <translation>LanguageTool lädt seine Regeln für {languages}; die erste Prüfung in einer Sprache dauert einige Sekunden.</translation>
        </message>
        <message>
            <source>Grammar checks are off: LanguageTool is not installed on this computer, and Rapport downloads it (about {megabytes} MB) only when you ask. Allow the download in Settings, Grammar, or choose a remote LanguageTool server there.</source>
            <translation>Die Grammatikprüfung ist aus: LanguageTool ist auf diesem Computer nicht installiert, und Rapport lädt es (etwa {megabytes} MB) nur auf Ihren Wunsch herunter. Erlauben Sie den Download unter Einstellungen, Grammatik, oder wählen Sie dort einen entfernten LanguageTool-Server.</translation>
        </message>
        <message>
            <source>{server} was stopped.</source>
            <translation>{server} wurde gestoppt.</translation>
        </message>
        <message>
            <source>{server} stopped after {minutes} without checks.</source>
            <translation>{server} wurde nach {minutes} ohne Prüfungen beendet.</translation>
        </message>
        <message>
            <source>{server} stopped unexpectedly.</source>
            <translation>{server} wurde unerwartet beendet.</translation>
        </message>
        <message>
            <source>{server} ran out of memory and stopped.</source>
            <translation>{server} hatte nicht mehr genug Speicher und wurde beendet.</translation>
        </message>
        <message>
            <source>The Java found is too old for LanguageTool {version}; it needs Java {java} or newer.</source>
            <translation>Das gefundene Java ist zu alt für LanguageTool {version}; es braucht Java {java} oder neuer.</translation>
        </message>
        <message>
            <source>Java was not found. Local grammar checks need Java {java} or newer; install it, or choose a remote LanguageTool server in Settings.</source>
            <translation>Java wurde nicht gefunden. Die lokale Grammatikprüfung braucht Java {java} oder neuer; installieren Sie es, oder wählen Sie in den Einstellungen einen entfernten LanguageTool-Server.</translation>
        </message>
        <message>
            <source>{server} did not start within {seconds}.</source>
            <translation>{server} ist nicht innerhalb von {seconds} gestartet.</translation>
        </message>
        <message>
            <source>{server} did not answer within {seconds}.</source>
            <translation>{server} hat nicht innerhalb von {seconds} geantwortet.</translation>
        </message>
        <message>
            <source>{server} refused the connection: it is not running, or not on that port.</source>
            <translation>{server} hat die Verbindung abgelehnt: Der Server läuft nicht oder nicht auf diesem Port.</translation>
        </message>
        <message>
            <source>{server} cannot be found; check the address and the network connection.</source>
            <translation>{server} ist nicht auffindbar; prüfen Sie die Adresse und die Netzwerkverbindung.</translation>
        </message>
        <message>
            <source>{server} cannot be reached securely ({detail}).</source>
            <translation>{server} ist nicht sicher erreichbar ({detail}).</translation>
        </message>
        <message>
            <source>{server} broke off the connection before answering.</source>
            <translation>{server} hat die Verbindung vor der Antwort abgebrochen.</translation>
        </message>
        <message>
            <source>{server} sent an answer that is not LanguageTool's.</source>
            <translation>{server} hat eine Antwort gesendet, die nicht von LanguageTool stammt.</translation>
        </message>
        <message>
            <source>{server} cannot be reached: {detail}.</source>
            <translation>{server} ist nicht erreichbar: {detail}.</translation>
        </message>
        <message>
            <source>{server} refused the text as too long.</source>
            <translation>{server} hat den Text als zu lang abgelehnt.</translation>
        </message>
        <message>
            <source>{server} is limiting how often it may be asked; checks resume in a moment.</source>
            <translation>{server} begrenzt die Zahl der Anfragen; die Prüfungen gehen gleich weiter.</translation>
        </message>
        <message>
            <source>Rapport sends the grammar server's password only over HTTPS, and its address in Settings does not start with https://.</source>
            <translation>Rapport sendet das Passwort des Grammatikservers nur über HTTPS, und seine Adresse in den Einstellungen beginnt nicht mit https://.</translation>
        </message>
        <message>
            <source>LanguageTool Premium sends your API key only over HTTPS, and its address in Settings does not start with https://.</source>
            <translation>LanguageTool Premium erhält Ihren API-Schlüssel nur über HTTPS, und die Adresse in den Einstellungen beginnt nicht mit https://.</translation>
        </message>
        <message>
            <source>LanguageTool Premium needs your username (your account's e-mail address); set it in Settings.</source>
            <translation>LanguageTool Premium benötigt Ihren Benutzernamen (die E-Mail-Adresse Ihres Kontos); tragen Sie ihn in den Einstellungen ein.</translation>
        </message>
        <message>
            <source>Grammar checks are off: downloading LanguageTool {version} failed ({error}). Choose a remote LanguageTool server in Settings to check without it.</source>
            <translation>Die Grammatikprüfung ist aus: Der Download von LanguageTool {version} ist fehlgeschlagen ({error}). Wählen Sie in den Einstellungen einen entfernten LanguageTool-Server, um ohne ihn zu prüfen.</translation>
        </message>
        <message>
            <source>Java at {path} could not be started: {error}.</source>
            <translation>Java unter {path} ließ sich nicht starten: {error}.</translation>
        </message>
        <message>
            <source>Another program answered on the local grammar server's port.</source>
            <translation>Auf dem Port des lokalen Grammatikservers hat ein anderes Programm geantwortet.</translation>
        </message>
        <message>
            <source>The local grammar server found no free port on this computer; it tried {ports}.</source>
            <translation>Der lokale Grammatikserver hat auf diesem Computer keinen freien Port gefunden; versucht wurden {ports}.</translation>
        </message>
        <message>
            <source>Another Rapport has been starting the local grammar server for {seconds}; try again in a moment.</source>
            <translation>Ein anderes Rapport startet den lokalen Grammatikserver schon seit {seconds}; versuchen Sie es gleich noch einmal.</translation>
        </message>
        <message>
            <source>The LanguageTool {version} server is not installed in {path}. Build it with packaging/languagetool/build.sh (needs Maven and a network).</source>
            <translation>Der LanguageTool-{version}-Server ist nicht in {path} installiert. Bauen Sie ihn mit packaging/languagetool/build.sh (braucht Maven und eine Netzwerkverbindung).</translation>
        </message>
        <message>
            <source>The LanguageTool server in {path} cannot be read: {error}.</source>
            <translation>Der LanguageTool-Server in {path} kann nicht gelesen werden: {error}.</translation>
        </message>
        <message>
            <source>The LanguageTool download in {path} is incomplete ({file} is missing). Delete that folder, and Rapport downloads it again.</source>
            <translation>Der LanguageTool-Download in {path} ist unvollständig ({file} fehlt). Löschen Sie diesen Ordner, dann lädt Rapport ihn erneut herunter.</translation>
        </message>
        <message>
            <source>Grammar checks are off: the grammar server's address is not set. Enter it in Settings, Grammar.</source>
            <translation>Die Grammatikprüfung ist aus: Die Adresse des Grammatikservers ist nicht festgelegt. Tragen Sie sie unter Einstellungen, Grammatik ein.</translation>
        </message>
        <message>
            <source>Grammar checks are off: the grammar server's address in the settings is not a web address such as https://languagetool.example.org or http://localhost:8081. Correct it in Settings, Grammar.</source>
            <translation>Die Grammatikprüfung ist aus: Die Adresse des Grammatikservers in den Einstellungen ist keine Webadresse wie https://languagetool.example.org oder http://localhost:8081. Korrigieren Sie sie unter Einstellungen, Grammatik.</translation>
        </message>
        <message>
            <source>Grammar checks are off: the grammar server's address in the settings holds a username or password. Enter those in their own fields in Settings, Grammar.</source>
            <translation>Die Grammatikprüfung ist aus: Die Adresse des Grammatikservers in den Einstellungen enthält einen Benutzernamen oder ein Passwort. Tragen Sie diese unter Einstellungen, Grammatik in die eigenen Felder dafür ein.</translation>
        </message>
    </context>
    <context>
        <name>GroupText</name>
        <message>
            <source>Friends</source>
            <translation>Freunde</translation>
        </message>
        <message>
            <source>Former colleagues</source>
            <translation>Ehemalige Kollegen</translation>
        </message>
        <message>
            <source>Clients</source>
            <translation>Kunden</translation>
        </message>
        <message>
            <source>Recruiters</source>
            <translation>Recruiter</translation>
        </message>
        <message>
            <source>Vendors</source>
            <translation>Dienstleister</translation>
        </message>
        <message>
            <source>Met once</source>
            <translation>Einmal getroffen</translation>
        </message>
        <message>
            <source>Never met</source>
            <translation>Nie getroffen</translation>
        </message>
    </context>
    <context>
        <name>HistoryModel</name>
        <message>
            <source>Sent</source>
            <comment>column: when the message was sent</comment>
            <translation>Gesendet</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Kontakt</translation>
        </message>
        <message>
            <source>Template</source>
            <translation>Vorlage</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Nachricht</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Punkte</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <source>No template</source>
            <translation>Keine Vorlage</translation>
        </message>
        <message>
            <source>Template file: {file}</source>
            <translation>Vorlagendatei: {file}</translation>
        </message>
        <message>
            <source>Sent without a note.</source>
            <translation>Ohne Notiz gesendet.</translation>
        </message>
        <message numerus="yes">
            <source>No answer in %Ln days: counted as no answer in the statistics. Click or press F2 to change.</source>
            <translation>
                <numerusform>Seit %Ln Tag keine Antwort: zählt in der Statistik als unbeantwortet. Zum Ändern klicken oder F2 drücken.</numerusform>
                <numerusform>Seit %Ln Tagen keine Antwort: zählt in der Statistik als unbeantwortet. Zum Ändern klicken oder F2 drücken.</numerusform>
            </translation>
        </message>
        <message>
            <source>Click or press F2 to change.</source>
            <translation>Zum Ändern klicken oder F2 drücken.</translation>
        </message>
        <message numerus="yes">
            <source>No answer (pending %Ln days)</source>
            <translation>
                <numerusform>Keine Antwort (%Ln Tag ausstehend)</numerusform>
                <numerusform>Keine Antwort (%Ln Tage ausstehend)</numerusform>
            </translation>
        </message>
        <message>
            <source>Pending (sent today)</source>
            <translation>Ausstehend (heute gesendet)</translation>
        </message>
        <message numerus="yes">
            <source>Pending (%Ln days)</source>
            <translation>
                <numerusform>Ausstehend (%Ln Tag)</numerusform>
                <numerusform>Ausstehend (%Ln Tage)</numerusform>
            </translation>
        </message>
        <message>
            <source>(no note)</source>
            <translation>(keine Notiz)</translation>
        </message>
    </context>
    <context>
        <name>HistoryPage</name>
        <message>
            <source>History, statistics and follow-ups</source>
            <translation>Verlauf, Statistik und Follow-ups</translation>
        </message>
        <message>
            <source>&amp;History</source>
            <translation>Verlau&amp;f</translation>
        </message>
        <message>
            <source>&amp;Statistics</source>
            <translation>&amp;Statistik</translation>
        </message>
        <message>
            <source>Follow-&amp;ups</source>
            <translation>Follow-&amp;ups</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Aktualisieren</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>Wird gezählt…</translation>
        </message>
        <message>
            <source>The statistics could not be counted: {error}</source>
            <translation>Die Statistik konnte nicht berechnet werden: {error}</translation>
        </message>
        <message>
            <source>{messages} to {contacts}, as of {time}. Acceptance counts invitations accepted (replied ones included) out of those decided; invitations pending over {days} count as no answer.</source>
            <translation>{messages} an {contacts}, Stand {time}. Die Annahmequote zählt angenommene Einladungen (auch beantwortete) unter den entschiedenen; Einladungen, die länger als {days} ausstehen, gelten als unbeantwortet.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln messages</source>
            <translation>
                <numerusform>%Ln Nachricht</numerusform>
                <numerusform>%Ln Nachrichten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln contacts</source>
            <translation>
                <numerusform>%Ln Kontakt</numerusform>
                <numerusform>%Ln Kontakte</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln days</source>
            <translation>
                <numerusform>%Ln Tag</numerusform>
                <numerusform>%Ln Tage</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HistoryPanel</name>
        <message>
            <source>Any contact</source>
            <translation>Alle Kontakte</translation>
        </message>
        <message>
            <source>Filter by contact name</source>
            <translation>Nach Kontaktname filtern</translation>
        </message>
        <message>
            <source>Filter by template</source>
            <translation>Nach Vorlage filtern</translation>
        </message>
        <message>
            <source>Any template</source>
            <translation>Alle Vorlagen</translation>
        </message>
        <message>
            <source>Filter by kind</source>
            <translation>Nach Art filtern</translation>
        </message>
        <message>
            <source>Any kind</source>
            <translation>Alle Arten</translation>
        </message>
        <message>
            <source>Filter by outcome</source>
            <translation>Nach Ergebnis filtern</translation>
        </message>
        <message>
            <source>Any outcome</source>
            <translation>Alle Ergebnisse</translation>
        </message>
        <message>
            <source>Sent on or after</source>
            <translation>Gesendet am oder nach</translation>
        </message>
        <message>
            <source>Sent on or before</source>
            <translation>Gesendet am oder vor</translation>
        </message>
        <message>
            <source>C&amp;lear filters</source>
            <translation>Filter &amp;zurücksetzen</translation>
        </message>
        <message>
            <source>Clear the history filters</source>
            <translation>Die Filter des Verlaufs zurücksetzen</translation>
        </message>
        <message>
            <source>Messages sent</source>
            <translation>Gesendete Nachrichten</translation>
        </message>
        <message>
            <source>C&amp;ontact</source>
            <translation>Kon&amp;takt</translation>
        </message>
        <message>
            <source>Templ&amp;ate</source>
            <translation>Vorla&amp;ge</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>A&amp;rt</translation>
        </message>
        <message>
            <source>Outcom&amp;e</source>
            <translation>&amp;Ergebnis</translation>
        </message>
        <message>
            <source>F&amp;rom</source>
            <comment>sent from this date</comment>
            <translation>A&amp;b</translation>
        </message>
        <message>
            <source>Unt&amp;il</source>
            <comment>sent until this date</comment>
            <translation>B&amp;is</translation>
        </message>
        <message>
            <source>No template (imported or typed)</source>
            <translation>Keine Vorlage (importiert oder selbst geschrieben)</translation>
        </message>
        <message numerus="yes">
            <source>%Ln messages match the filters</source>
            <translation>
                <numerusform>%Ln Nachricht entspricht den Filtern</numerusform>
                <numerusform>%Ln Nachrichten entsprechen den Filtern</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln messages</source>
            <translation>
                <numerusform>%Ln Nachricht</numerusform>
                <numerusform>%Ln Nachrichten</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HistoryTab</name>
        <message>
            <source>Any</source>
            <comment>any date</comment>
            <translation>Beliebig</translation>
        </message>
    </context>
    <context>
        <name>ImportCancelled</name>
        <message>
            <source>The import was cancelled; nothing was saved.</source>
            <translation>Der Import wurde abgebrochen; es wurde nichts gespeichert.</translation>
        </message>
    </context>
    <context>
        <name>ImportFileError</name>
        <message>
            <source>the column mapping does not fit: {problems}</source>
            <translation>Die Zuordnung der Spalten passt nicht: {problems}</translation>
        </message>
        <message>
            <source>“08 Feb 2026”, “2/8/26” or “2026-02-08”</source>
            <translation>„08 Feb 2026“, „2/8/26“ oder „2026-02-08“</translation>
        </message>
        <message>
            <source>“08 Feb 2026”, “2/8/26, 2:37 PM” or “2026-02-08 14:37:00 UTC”</source>
            <translation>„08 Feb 2026“, „2/8/26, 2:37 PM“ oder „2026-02-08 14:37:00 UTC“</translation>
        </message>
        <message>
            <source>connection date</source>
            <translation>Verbindungsdatum</translation>
        </message>
        <message>
            <source>“Connected On” date</source>
            <translation>Datum in „Connected On“</translation>
        </message>
        <message>
            <source>“Sent At” time</source>
            <translation>Zeitpunkt in „Sent At“</translation>
        </message>
        <message>
            <source>“DATE”</source>
            <translation>Datum in „DATE“</translation>
        </message>
        <message>
            <source>the {column} “{value}” is not a date Rapport can read; write it like {examples}.</source>
            <translation>„{value}“ ({column}) ist kein Datum, das Rapport lesen kann; schreiben Sie es wie {examples}.</translation>
        </message>
        <message>
            <source>{file}: {problem}</source>
            <translation>{file}: {problem}</translation>
        </message>
        <message>
            <source>{file}, line {line}: {problem}</source>
            <translation>{file}, Zeile {line}: {problem}</translation>
        </message>
        <message>
            <source>this is a folder; choose a file.</source>
            <translation>Das ist ein Ordner; wählen Sie eine Datei.</translation>
        </message>
        <message>
            <source>the file is empty.</source>
            <translation>Die Datei ist leer.</translation>
        </message>
        <message>
            <source>this is not a text file: it holds binary data (such as a spreadsheet, an image or a damaged download). Export it as CSV text and try again.</source>
            <translation>Das ist keine Textdatei: Sie enthält Binärdaten (etwa eine Tabellenkalkulation, ein Bild oder einen beschädigten Download). Exportieren Sie sie als CSV-Text und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <source>the text is not in the {encoding} encoding (byte {byte} at column {column}). Save the file as UTF-8 (in Excel: “CSV UTF-8”) and import it again.</source>
            <translation>Der Text ist nicht in der Kodierung {encoding} (Byte {byte} in Spalte {column}). Speichern Sie die Datei als UTF-8 (in Excel: „CSV UTF-8“) und importieren Sie sie erneut.</translation>
        </message>
        <message>
            <source>the file is too large to import ({size} MB; the limit is {limit} MB).</source>
            <translation>Die Datei ist zu groß für einen Import ({size} MB; die Grenze liegt bei {limit} MB).</translation>
        </message>
        <message>
            <source>no such file or folder.</source>
            <translation>Diese Datei oder dieser Ordner existiert nicht.</translation>
        </message>
        <message>
            <source>{member} in {archive}</source>
            <translation>{member} aus {archive}</translation>
        </message>
        <message>
            <source>the zip file is damaged (an incomplete download?) and this file cannot be read. Download the export again.</source>
            <translation>Die ZIP-Datei ist beschädigt (ein unvollständiger Download?) und diese Datei lässt sich nicht lesen. Laden Sie den Export erneut herunter.</translation>
        </message>
        <message>
            <source>the file is encrypted; unzip it yourself and import the folder.</source>
            <translation>Die Datei ist verschlüsselt; entpacken Sie sie selbst und importieren Sie den Ordner.</translation>
        </message>
        <message>
            <source>this is neither a folder nor a zip file. Choose the .zip LinkedIn sent you, or the folder you unzipped it into.</source>
            <translation>Das ist weder ein Ordner noch eine ZIP-Datei. Wählen Sie die .zip-Datei, die LinkedIn Ihnen geschickt hat, oder den Ordner, in den Sie sie entpackt haben.</translation>
        </message>
        <message>
            <source>the file cannot be read ({error})</source>
            <translation>Die Datei lässt sich nicht lesen ({error})</translation>
        </message>
        <message>
            <source>this holds none of the files of LinkedIn's data export ({files}). Choose the .zip LinkedIn sent, or its folder.</source>
            <translation>Hier ist keine der Dateien aus dem LinkedIn-Datenexport ({files}). Wählen Sie die .zip-Datei, die LinkedIn geschickt hat, oder ihren Ordner.</translation>
        </message>
        <message>
            <source>the file has its column names but no rows to import.</source>
            <translation>Die Datei hat Spaltennamen, aber keine Zeilen zum Importieren.</translation>
        </message>
        <message>
            <source>a quoted value that starts here is never closed (a missing "), so the rest of the file cannot be read.</source>
            <translation>Ein Wert in Anführungszeichen, der hier beginnt, wird nie geschlossen (ein fehlendes "), daher lässt sich der Rest der Datei nicht lesen.</translation>
        </message>
        <message>
            <source>one value is too long to be a real entry.</source>
            <translation>Ein Wert ist zu lang, um ein echter Eintrag zu sein.</translation>
        </message>
        <message>
            <source>a quoted value in the row that starts here is not closed where it should be; the row runs on to line {line}, where the quoting breaks.</source>
            <translation>Ein Wert in Anführungszeichen in der Zeile, die hier beginnt, wird nicht dort geschlossen, wo er sollte; die Zeile läuft bis Zeile {line} weiter, wo die Anführungszeichen brechen.</translation>
        </message>
        <message>
            <source>the quoting is broken: a value in quotes must end at a separator.</source>
            <translation>Die Anführungszeichen stimmen nicht: Ein Wert in Anführungszeichen muss an einem Trennzeichen enden.</translation>
        </message>
        <message>
            <source>the file holds no table; expected the columns {columns}.</source>
            <translation>Die Datei enthält keine Tabelle; erwartet wurden die Spalten {columns}.</translation>
        </message>
        <message>
            <source>missing the column(s) {columns}; the table starts with “{row}”.</source>
            <translation>Folgende Spalten fehlen: {columns}; die Tabelle beginnt mit „{row}“.</translation>
        </message>
        <message>
            <source>this is not a vCard file: it holds no BEGIN:VCARD.</source>
            <translation>Das ist keine vCard-Datei: Sie enthält kein BEGIN:VCARD.</translation>
        </message>
        <message>
            <source>a card begins inside the card that starts on line {start}.</source>
            <translation>Eine Karte beginnt innerhalb der Karte, die in Zeile {start} anfängt.</translation>
        </message>
        <message>
            <source>END:VCARD without a BEGIN:VCARD before it.</source>
            <translation>END:VCARD ohne ein BEGIN:VCARD davor.</translation>
        </message>
        <message>
            <source>this line is outside any card (a card starts with BEGIN:VCARD).</source>
            <translation>Diese Zeile steht außerhalb jeder Karte (eine Karte beginnt mit BEGIN:VCARD).</translation>
        </message>
        <message>
            <source>this card never ends (no END:VCARD).</source>
            <translation>Diese Karte endet nie (kein END:VCARD).</translation>
        </message>
        <message>
            <source>the value of {property} is not valid text in the {charset} encoding.</source>
            <translation>Der Wert von {property} ist kein gültiger Text in der Kodierung {charset}.</translation>
        </message>
        <message>
            <source>this line is not a vCard property (no “:” between name and value).</source>
            <translation>Diese Zeile ist keine vCard-Eigenschaft (kein „:“ zwischen Name und Wert).</translation>
        </message>
        <message>
            <source>this line has a value but no property name.</source>
            <translation>Diese Zeile hat einen Wert, aber keinen Eigenschaftsnamen.</translation>
        </message>
    </context>
    <context>
        <name>ImportFlow</name>
        <message>
            <source>Import a LinkedIn data export</source>
            <translation>LinkedIn-Datenexport importieren</translation>
        </message>
        <message>
            <source>LinkedIn export (*.zip *.csv);;All files (*)</source>
            <translation>LinkedIn-Export (*.zip *.csv);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Import contacts from a vCard file</source>
            <translation>Kontakte aus einer vCard-Datei importieren</translation>
        </message>
        <message>
            <source>vCard (*.vcf *.vcard)</source>
            <translation>vCard (*.vcf *.vcard)</translation>
        </message>
        <message>
            <source>Import contacts from a CSV file</source>
            <translation>Kontakte aus einer CSV-Datei importieren</translation>
        </message>
        <message>
            <source>CSV (*.csv *.txt)</source>
            <translation>CSV (*.csv *.txt)</translation>
        </message>
        <message>
            <source>Nothing was imported</source>
            <translation>Nichts importiert</translation>
        </message>
        <message>
            <source>An import is already running; wait for it to finish.</source>
            <translation>Es läuft bereits ein Import; warten Sie, bis er abgeschlossen ist.</translation>
        </message>
        <message>
            <source>Importing {file}…</source>
            <translation>{file} wird importiert…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Importing</source>
            <translation>Import läuft</translation>
        </message>
        <message>
            <source>Import of {file} cancelled; nothing was saved.</source>
            <translation>Import von {file} abgebrochen; es wurde nichts gespeichert.</translation>
        </message>
        <message>
            <source>The import of {file} failed ({error}). Nothing was saved.</source>
            <translation>Der Import von {file} ist fehlgeschlagen ({error}). Es wurde nichts gespeichert.</translation>
        </message>
        <message>
            <source>Import finished</source>
            <translation>Import abgeschlossen</translation>
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
            <translation>keine normale Datei; übersprungen.</translation>
        </message>
        <message>
            <source>larger than {limit} KB; templates are far smaller.</source>
            <translation>größer als {limit} KB; Vorlagen sind weit kleiner.</translation>
        </message>
        <message>
            <source>the entry is password-protected.</source>
            <translation>Der Eintrag ist passwortgeschützt.</translation>
        </message>
        <message>
            <source>the entry is damaged ({error}).</source>
            <translation>Der Eintrag ist beschädigt ({error}).</translation>
        </message>
        <message>
            <source>'{other}' in this import has the same name.</source>
            <translation>„{other}“ in diesem Import hat denselben Namen.</translation>
        </message>
        <message>
            <source>the file is not a text file.</source>
            <translation>Die Datei ist keine Textdatei.</translation>
        </message>
        <message>
            <source>the sandbox refused it: {error}</source>
            <translation>Die Sandbox hat die Vorlage abgelehnt: {error}</translation>
        </message>
    </context>
    <context>
        <name>ImportRefused</name>
        <message>
            <source>{file}: there is no such file or folder.</source>
            <translation>{file}: Diese Datei oder dieser Ordner existiert nicht.</translation>
        </message>
        <message>
            <source>More than {count} template files: nothing was imported.</source>
            <translation>Mehr als {count} Vorlagendateien: Es wurde nichts importiert.</translation>
        </message>
        <message>
            <source>{file}: a damaged zip archive ({error}).</source>
            <translation>{file}: ein beschädigtes ZIP-Archiv ({error}).</translation>
        </message>
        <message>
            <source>{file}: not a zip archive that can be read ({error}).</source>
            <translation>{file}: kein lesbares ZIP-Archiv ({error}).</translation>
        </message>
        <message>
            <source>{file}: lists more than {count} entries; nothing imported.</source>
            <translation>{file}: enthält mehr als {count} Einträge; nichts importiert.</translation>
        </message>
        <message>
            <source>{file}: the entry '{entry}' points outside the archive's folder, which only a malicious archive does; nothing was imported.</source>
            <translation>{file}: Der Eintrag „{entry}“ zeigt aus dem Ordner des Archivs hinaus, was nur ein bösartiges Archiv tut; es wurde nichts importiert.</translation>
        </message>
        <message>
            <source>{file}: its templates would unpack to more than {limit} MB; nothing was imported.</source>
            <translation>{file}: Die Vorlagen darin würden entpackt mehr als {limit} MB belegen; es wurde nichts importiert.</translation>
        </message>
        <message>
            <source>The templates could not be written to {folder} ({error}); nothing was imported.</source>
            <translation>Die Vorlagen ließen sich nicht nach {folder} schreiben ({error}); es wurde nichts importiert.</translation>
        </message>
    </context>
    <context>
        <name>ImportReport</name>
        <message numerus="yes">
            <source>Imported {file}: %Ln new contacts, {completed} completed, {unchanged} unchanged.</source>
            <translation>
                <numerusform>{file} importiert: %Ln neuer Kontakt, {completed} ergänzt, {unchanged} unverändert.</numerusform>
                <numerusform>{file} importiert: %Ln neue Kontakte, {completed} ergänzt, {unchanged} unverändert.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln invitations you sent ({accepted} accepted, {replied} of them answered with a message);</source>
            <translation>
                <numerusform>%Ln von Ihnen gesendete Einladung ({accepted} angenommen, davon {replied} mit einer Nachricht beantwortet);</numerusform>
                <numerusform>%Ln von Ihnen gesendete Einladungen ({accepted} angenommen, davon {replied} mit einer Nachricht beantwortet);</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln earlier invitations now have an outcome.</source>
            <translation>
                <numerusform>%Ln frühere Einladung hat jetzt ein Ergebnis.</numerusform>
                <numerusform>%Ln frühere Einladungen haben jetzt ein Ergebnis.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln requests you received are in the Inbox ({accepted} of them accepted already).</source>
            <translation>
                <numerusform>%Ln erhaltene Anfrage ist im Posteingang ({accepted} davon bereits angenommen).</numerusform>
                <numerusform>%Ln erhaltene Anfragen sind im Posteingang ({accepted} davon bereits angenommen).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Since your export of {day}: %Ln changed jobs, {new} new, {gone} no longer there (see the Network page).</source>
            <translation>
                <numerusform>Seit Ihrem Export vom {day}: %Ln Jobwechsel, {new} neu, {gone} nicht mehr vorhanden (siehe Seite „Netzwerk“).</numerusform>
                <numerusform>Seit Ihrem Export vom {day}: %Ln Jobwechsel, {new} neu, {gone} nicht mehr vorhanden (siehe Seite „Netzwerk“).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln people share a name with someone:</source>
            <translation>
                <numerusform>%Ln Person hat denselben Namen wie jemand anderes:</numerusform>
                <numerusform>%Ln Personen haben denselben Namen wie jemand anderes:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln rows were skipped:</source>
            <translation>
                <numerusform>%Ln Zeile wurde übersprungen:</numerusform>
                <numerusform>%Ln Zeilen wurden übersprungen:</numerusform>
            </translation>
        </message>
        <message>
            <source>• and {count} more.</source>
            <translation>• und {count} weitere.</translation>
        </message>
        <message>
            <source>• {file}, line {line}: {reason}</source>
            <translation>• {file}, Zeile {line}: {reason}</translation>
        </message>
    </context>
    <context>
        <name>InboxModel</name>
        <message>
            <source>From</source>
            <comment>column: who sent the request</comment>
            <translation>Von</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Erhalten</translation>
        </message>
        <message>
            <source>Their note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <source>Suggested</source>
            <translation>Vorschlag</translation>
        </message>
        <message>
            <source>Done</source>
            <comment>column: what was done with the request</comment>
            <translation>Erledigt</translation>
        </message>
        <message>
            <source>{name} · {works}</source>
            <translation>{name} · {works}</translation>
        </message>
        <message>
            <source>(no note)</source>
            <translation>(keine Notiz)</translation>
        </message>
        <message>
            <source>{title} at {company}</source>
            <translation>{title} bei {company}</translation>
        </message>
    </context>
    <context>
        <name>InboxPage</name>
        <message>
            <source>Incoming requests</source>
            <translation>Eingegangene Anfragen</translation>
        </message>
        <message>
            <source>Which requests to show</source>
            <translation>Welche Anfragen angezeigt werden</translation>
        </message>
        <message>
            <source>Waiting for an answer</source>
            <translation>Offen</translation>
        </message>
        <message>
            <source>All requests</source>
            <translation>Alle Anfragen</translation>
        </message>
        <message>
            <source>Add request…</source>
            <translation>Anfrage hinzufügen…</translation>
        </message>
        <message>
            <source>Add a request you received</source>
            <translation>Eine erhaltene Anfrage hinzufügen</translation>
        </message>
        <message>
            <source>Import from LinkedIn…</source>
            <translation>Aus LinkedIn importieren…</translation>
        </message>
        <message>
            <source>Import requests from a LinkedIn data export</source>
            <translation>Anfragen aus einem LinkedIn-Datenexport importieren</translation>
        </message>
        <message>
            <source>Their note</source>
            <translation>Mitgesendete Notiz</translation>
        </message>
        <message>
            <source>Why this is suggested</source>
            <translation>Warum dieser Vorschlag</translation>
        </message>
        <message>
            <source>Draft the reply</source>
            <translation>Antwort entwerfen</translation>
        </message>
        <message>
            <source>Draft the reply in the composer</source>
            <translation>Die Antwort im Editor entwerfen</translation>
        </message>
        <message>
            <source>What you did</source>
            <translation>Was Sie getan haben</translation>
        </message>
        <message>
            <source>Record</source>
            <comment>verb: record what you did</comment>
            <translation>Erfassen</translation>
        </message>
        <message>
            <source>Record what you did with this request</source>
            <translation>Erfassen, was Sie mit dieser Anfrage getan haben</translation>
        </message>
        <message>
            <source>Undo: waiting again</source>
            <translation>Rückgängig: wieder offen</translation>
        </message>
        <message>
            <source>Undo what you recorded: the request waits again</source>
            <translation>Erfasstes rückgängig machen: Die Anfrage ist wieder offen</translation>
        </message>
        <message>
            <source>&amp;Show</source>
            <translation>An&amp;zeigen</translation>
        </message>
        <message>
            <source>Request</source>
            <translation>Anfrage</translation>
        </message>
        <message>
            <source>&amp;You did:</source>
            <translation>Ihre &amp;Reaktion:</translation>
        </message>
        <message>
            <source>Between the requests and the chosen one</source>
            <translation>Zwischen den Anfragen und der ausgewählten</translation>
        </message>
        <message>
            <source>Reading the inbox…</source>
            <translation>Wird gelesen…</translation>
        </message>
        <message>
            <source>The inbox could not be read: {error}</source>
            <translation>Der Posteingang konnte nicht gelesen werden: {error}</translation>
        </message>
        <message>
            <source>{waiting} waiting · {shown} shown</source>
            <translation>{waiting} offen · {shown} angezeigt</translation>
        </message>
        <message>
            <source>No request chosen.</source>
            <translation>Keine Anfrage ausgewählt.</translation>
        </message>
        <message>
            <source>{name}, {works}</source>
            <translation>{name}, {works}</translation>
        </message>
        <message>
            <source>(They sent no note.)</source>
            <translation>(Ohne Notiz gesendet.)</translation>
        </message>
        <message>
            <source>Suggested: {answer}</source>
            <translation>Vorschlag: {answer}</translation>
        </message>
        <message>
            <source>Change</source>
            <comment>verb: change what you recorded</comment>
            <translation>Ändern</translation>
        </message>
        <message>
            <source>waiting again</source>
            <translation>wieder offen</translation>
        </message>
        <message>
            <source>{name}: {done}.</source>
            <translation>{name}: {done}.</translation>
        </message>
        <message>
            <source>Added the request from {name}.</source>
            <translation>Anfrage von {name} hinzugefügt.</translation>
        </message>
        <message>
            <source>No requests waiting. Requests you receive come in with your LinkedIn data export (Import from LinkedIn…, or Ctrl+I), or add one by hand with Add request…: Rapport suggests an answer for each and drafts the reply.</source>
            <translation>Keine offenen Anfragen. Erhaltene Anfragen kommen mit Ihrem LinkedIn-Datenexport („Aus LinkedIn importieren…“ oder Strg+I), oder Sie fügen eine mit „Anfrage hinzufügen…“ von Hand hinzu: Rapport schlägt für jede eine Antwort vor und entwirft sie.</translation>
        </message>
    </context>
    <context>
        <name>Keyboard</name>
        <message>
            <source>Sort by {column}</source>
            <translation>Nach {column} sortieren</translation>
        </message>
        <message>
            <source>Fit columns to their contents</source>
            <translation>Spaltenbreite an den Inhalt anpassen</translation>
        </message>
    </context>
    <context>
        <name>KeyringText</name>
        <message>
            <source>On Linux, install and unlock GNOME Keyring or KWallet (any Secret Service provider) in your desktop session; if a keyring kept in a file is acceptable to you, install the keyrings.alt package into Rapport's Python (pip install keyrings.alt). Windows and macOS have a keyring built in.</source>
            <translation>Unter Linux installieren und entsperren Sie in Ihrer Desktopsitzung GNOME Keyring oder KWallet (oder einen anderen Secret-Service-Anbieter); ist Ihnen ein Schlüsselbund in einer Datei recht, installieren Sie das Paket keyrings.alt in das Python von Rapport (pip install keyrings.alt). Windows und macOS haben einen Schlüsselbund eingebaut.</translation>
        </message>
        <message>
            <source>{failed}: the system keyring refused ({error}).</source>
            <translation>{failed}: Der Schlüsselbund des Systems hat den Zugriff verweigert ({error}).</translation>
        </message>
        <message>
            <source>{failed}: Rapport keeps secrets only in the system keyring. {problem}</source>
            <translation>{failed}: Rapport bewahrt Passwörter und Schlüssel nur im Schlüsselbund des Systems auf. {problem}</translation>
        </message>
        <message>
            <source>The keyring configured for Python cannot be loaded ({error}). {how}</source>
            <translation>Der für Python eingerichtete Schlüsselbund lässt sich nicht laden ({error}). {how}</translation>
        </message>
        <message>
            <source>This system has no keyring Rapport can use. {how}</source>
            <translation>Auf diesem System gibt es keinen Schlüsselbund, den Rapport nutzen kann. {how}</translation>
        </message>
        <message>
            <source>The system keyring refused ({error}).</source>
            <translation>Der Schlüsselbund des Systems hat den Zugriff verweigert ({error}).</translation>
        </message>
        <message>
            <source>The LanguageTool Premium API key is empty; nothing was stored.</source>
            <translation>Der API-Schlüssel für LanguageTool Premium ist leer; es wurde nichts gespeichert.</translation>
        </message>
        <message>
            <source>The grammar server password or API key is empty; nothing was stored.</source>
            <translation>Das Passwort oder der API-Schlüssel des Grammatikservers ist leer; es wurde nichts gespeichert.</translation>
        </message>
        <message>
            <source>The LanguageTool Premium API key cannot be read</source>
            <translation>Der API-Schlüssel für LanguageTool Premium kann nicht gelesen werden</translation>
        </message>
        <message>
            <source>The LanguageTool Premium API key was not saved</source>
            <translation>Der API-Schlüssel für LanguageTool Premium wurde nicht gespeichert</translation>
        </message>
        <message>
            <source>The LanguageTool Premium API key was not deleted</source>
            <translation>Der API-Schlüssel für LanguageTool Premium wurde nicht gelöscht</translation>
        </message>
        <message>
            <source>The grammar server password or API key cannot be read</source>
            <translation>Das Passwort oder der API-Schlüssel des Grammatikservers kann nicht gelesen werden</translation>
        </message>
        <message>
            <source>The grammar server password or API key was not saved</source>
            <translation>Das Passwort oder der API-Schlüssel des Grammatikservers wurde nicht gespeichert</translation>
        </message>
        <message>
            <source>The grammar server password or API key was not deleted</source>
            <translation>Das Passwort oder der API-Schlüssel des Grammatikservers wurde nicht gelöscht</translation>
        </message>
    </context>
    <context>
        <name>KindText</name>
        <message>
            <source>Invitation</source>
            <translation>Einladung</translation>
        </message>
        <message>
            <source>Thank-you</source>
            <translation>Dankeschön</translation>
        </message>
        <message>
            <source>Polite decline</source>
            <translation>Höfliche Absage</translation>
        </message>
        <message>
            <source>Coffee invitation</source>
            <translation>Einladung auf einen Kaffee</translation>
        </message>
        <message>
            <source>Reply to a recruiter</source>
            <translation>Antwort an Recruiter</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Follow-up</translation>
        </message>
        <message>
            <source>Introduction</source>
            <translation>Kontaktvermittlung</translation>
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
            <translation>Sprache der Oberfläche</translation>
        </message>
        <message>
            <source>System default</source>
            <translation>Systemsprache</translation>
        </message>
        <message>
            <source>My language</source>
            <translation>Meine Sprache</translation>
        </message>
        <message>
            <source>Formal</source>
            <translation>Förmlich</translation>
        </message>
        <message>
            <source>Informal</source>
            <translation>Informell</translation>
        </message>
        <message>
            <source>Default register</source>
            <translation>Standard-Anrede</translation>
        </message>
        <message>
            <source>Window</source>
            <translation>Oberfläche</translation>
        </message>
        <message>
            <source>&amp;Window language</source>
            <translation>Sprache der &amp;Oberfläche</translation>
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
            <translation>Die Sprache, in der Sie schreiben: Vorlagen und Prüfungen für Kontakte ohne angegebene Sprache.</translation>
        </message>
        <message>
            <source>Default &amp;register</source>
            <translation>Standard-A&amp;nrede</translation>
        </message>
        <message>
            <source>How templates address people where the language has two ways: Sie or du, vous or tu, usted or tú, o senhor or você.</source>
            <translation>Wie Vorlagen Personen ansprechen, wenn die Sprache zwei Formen kennt: Sie oder du, vous oder tu, usted oder tú, o senhor oder você.</translation>
        </message>
    </context>
    <context>
        <name>LexiconError</name>
        <message>
            <source>The word frequencies cannot be read: {error}.</source>
            <translation>Die Worthäufigkeiten lassen sich nicht lesen: {error}.</translation>
        </message>
        <message>
            <source>The phrase list {path} cannot be read: {error}.</source>
            <translation>Die Phrasenliste {path} lässt sich nicht lesen: {error}.</translation>
        </message>
        <message>
            <source>The phrase list {path} is not UTF-8 text.</source>
            <translation>Die Phrasenliste {path} ist kein UTF-8-Text.</translation>
        </message>
    </context>
    <context>
        <name>LibraryListModel</name>
        <message>
            <source>mine</source>
            <comment>a template of the user's</comment>
            <translation>eigene</translation>
        </message>
        <message>
            <source>built-in</source>
            <comment>a template shipped</comment>
            <translation>mitgeliefert</translation>
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
            <translation>{name}: Wird mit Rapport geliefert; schreibgeschützt. {description}</translation>
        </message>
    </context>
    <context>
        <name>ListEditor</name>
        <message>
            <source>Add</source>
            <comment>verb: add an entry to the list</comment>
            <translation>Hinzufügen</translation>
        </message>
        <message>
            <source>Add to {list}</source>
            <translation>Zu {list} hinzufügen</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>Remove from {list}</source>
            <translation>Aus {list} entfernen</translation>
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
            <translation>Netz&amp;werk</translation>
        </message>
        <message>
            <source>A template was skipped: {problem}</source>
            <translation>Eine Vorlage wurde übersprungen: {problem}</translation>
        </message>
        <message>
            <source>Recorded as sent to {name}.</source>
            <translation>Als an {name} gesendet erfasst.</translation>
        </message>
        <message>
            <source>Welcome to Rapport. Add a contact to start writing (Ctrl+N).</source>
            <translation>Willkommen bei Rapport. Fügen Sie einen Kontakt hinzu, um mit dem Schreiben zu beginnen (Strg+N).</translation>
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
        <name>MessageActions</name>
        <message>
            <source>Replace your message?</source>
            <translation>Ihre Nachricht ersetzen?</translation>
        </message>
        <message>
            <source>The template's words will replace the message as you edited it. Ctrl+Z brings your words back.</source>
            <translation>Der Text der Vorlage ersetzt Ihre bearbeitete Nachricht. Mit Strg+Z holen Sie Ihren Text zurück.</translation>
        </message>
    </context>
    <context>
        <name>MessageChecks</name>
        <message>
            <source>them</source>
            <comment>the contact</comment>
            <translation>sie</translation>
        </message>
        <message>
            <source>Not added to your dictionary: {error}</source>
            <translation>Nicht in Ihr Wörterbuch aufgenommen: {error}</translation>
        </message>
        <message>
            <source>“{word}” is in your dictionary now.</source>
            <translation>„{word}“ steht jetzt in Ihrem Wörterbuch.</translation>
        </message>
    </context>
    <context>
        <name>MessageView</name>
        <message>
            <source>Replace “{words}” with “{replacement}”</source>
            <translation>„{words}“ durch „{replacement}“ ersetzen</translation>
        </message>
        <message>
            <source>Ignore “{words}” in this message</source>
            <translation>„{words}“ in dieser Nachricht ignorieren</translation>
        </message>
        <message>
            <source>Add “{words}” to your dictionary</source>
            <translation>„{words}“ zum Wörterbuch hinzufügen</translation>
        </message>
    </context>
    <context>
        <name>NetworkModels</name>
        <message>
            <source>{title} at {company}</source>
            <translation>{title} bei {company}</translation>
        </message>
    </context>
    <context>
        <name>NetworkPage</name>
        <message>
            <source>Connections you may no longer know</source>
            <translation>Kontakte, die Sie vielleicht nicht mehr kennen</translation>
        </message>
        <message>
            <source>Open contact</source>
            <translation>Kontakt öffnen</translation>
        </message>
        <message>
            <source>Open the chosen contact to write to them</source>
            <translation>Den ausgewählten Kontakt öffnen, um ihm zu schreiben</translation>
        </message>
        <message>
            <source>Delete from Rapport…</source>
            <translation>Aus Rapport löschen…</translation>
        </message>
        <message>
            <source>Delete the chosen contact from Rapport</source>
            <translation>Den ausgewählten Kontakt aus Rapport löschen</translation>
        </message>
        <message>
            <source>Removes them from Rapport only; remove the connection on LinkedIn yourself.</source>
            <translation>Entfernt den Kontakt nur aus Rapport; auf LinkedIn entfernen Sie ihn selbst.</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Aktualisieren</translation>
        </message>
        <message>
            <source>Refresh the network review</source>
            <translation>Netzwerkübersicht aktualisieren</translation>
        </message>
        <message>
            <source>Changed jobs, new and gone since your last export</source>
            <translation>Jobwechsel, neue und verschwundene Kontakte seit Ihrem letzten Export</translation>
        </message>
        <message>
            <source>Congratulate…</source>
            <translation>Gratulieren…</translation>
        </message>
        <message>
            <source>Write to the chosen person about their new job</source>
            <translation>Der ausgewählten Person zum neuen Job schreiben</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Gruppe</translation>
        </message>
        <message>
            <source>Relationship</source>
            <translation>Beziehung</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Unternehmen</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Standort</translation>
        </message>
        <message>
            <source>People you may no longer know</source>
            <translation>Personen, die Sie vielleicht nicht mehr kennen</translation>
        </message>
        <message>
            <source>Changed jobs since your last export</source>
            <translation>Jobwechsel seit Ihrem letzten Export</translation>
        </message>
        <message>
            <source>Your network</source>
            <translation>Ihr Netzwerk</translation>
        </message>
        <message>
            <source>Contacts by group</source>
            <translation>Kontakte nach Gruppe</translation>
        </message>
        <message>
            <source>Contacts by strength</source>
            <translation>Kontakte nach Beziehungsstärke</translation>
        </message>
        <message>
            <source>Contacts by company</source>
            <translation>Kontakte nach Unternehmen</translation>
        </message>
        <message>
            <source>Contacts by location</source>
            <translation>Kontakte nach Standort</translation>
        </message>
        <message>
            <source>Reading your network…</source>
            <translation>Netzwerk wird gelesen…</translation>
        </message>
        <message>
            <source>The network review could not be read: {error}</source>
            <translation>Die Netzwerkübersicht konnte nicht gelesen werden: {error}</translation>
        </message>
        <message>
            <source>Nobody here: everyone you marked never met is recent or has heard from you.</source>
            <translation>Hier ist niemand: Alle, die Sie als nie getroffen markiert haben, sind erst kurz vernetzt oder haben von Ihnen gehört.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln connections you marked never met, connected over a year ago and never wrote to. Reconnect on purpose, or prune.</source>
            <translation>
                <numerusform>%Ln Kontakt, den Sie als nie getroffen markiert haben: vor über einem Jahr vernetzt und nie angeschrieben. Nehmen Sie gezielt wieder Kontakt auf, oder räumen Sie auf.</numerusform>
                <numerusform>%Ln Kontakte, die Sie als nie getroffen markiert haben: vor über einem Jahr vernetzt und nie angeschrieben. Nehmen Sie gezielt wieder Kontakt auf, oder räumen Sie auf.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln contacts</source>
            <translation>
                <numerusform>%Ln Kontakt</numerusform>
                <numerusform>%Ln Kontakte</numerusform>
            </translation>
        </message>
        <message>
            <source>Import two LinkedIn exports, a while apart, to see who changed jobs.</source>
            <translation>Importieren Sie zwei LinkedIn-Exporte im Abstand von einiger Zeit, um zu sehen, wer den Job gewechselt hat.</translation>
        </message>
        <message>
            <source>Your export of {day} is the first: import a newer one later.</source>
            <translation>Ihr Export vom {day} ist der erste: Importieren Sie später einen neueren.</translation>
        </message>
        <message>
            <source>Your export of {day} against {previous}: {changed} changed jobs, {new} new, {gone} no longer there.</source>
            <translation>Ihr Export vom {day} im Vergleich zum {previous}: {changed} Jobwechsel, {new} neu, {gone} nicht mehr vorhanden.</translation>
        </message>
    </context>
    <context>
        <name>NewsModel</name>
        <message>
            <source>Changed jobs</source>
            <translation>Job gewechselt</translation>
        </message>
        <message>
            <source>New connection</source>
            <translation>Neuer Kontakt</translation>
        </message>
        <message>
            <source>No longer in the export</source>
            <translation>Nicht mehr im Export</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>What</source>
            <comment>column: what changed</comment>
            <translation>Was</translation>
        </message>
        <message>
            <source>Then</source>
            <comment>column: the job before</comment>
            <translation>Vorher</translation>
        </message>
        <message>
            <source>Now</source>
            <comment>column: the job now</comment>
            <translation>Jetzt</translation>
        </message>
    </context>
    <context>
        <name>NextStepsText</name>
        <message>
            <source>Try {names}: never sent yet, so nothing is known about it.</source>
            <translation>Probieren Sie {names} aus: Sie wurde noch nie gesendet, daher ist über sie nichts bekannt.</translation>
        </message>
        <message>
            <source>Try {names}: never sent yet, so nothing is known about them.</source>
            <translation>Probieren Sie {names} aus: Sie wurden noch nie gesendet, daher ist über sie nichts bekannt.</translation>
        </message>
        <message>
            <source>Keep {approach}: {figures}; the best of the {tried} approaches tried with {probability} probability.</source>
            <translation>Behalten Sie {approach} bei: {figures}; mit der Wahrscheinlichkeit {probability} der beste der {tried} erprobten Ansätze.</translation>
        </message>
        <message>
            <source>Keep {approach}: {figures}; better than your other invitations' {rate} with {probability} probability.</source>
            <translation>Behalten Sie {approach} bei: {figures}; mit der Wahrscheinlichkeit {probability} besser als die {rate} Ihrer übrigen Einladungen.</translation>
        </message>
        <message>
            <source>Drop {approach}: {figures}; below {leader}’s {rate} with {probability} probability.</source>
            <translation>Verwerfen Sie {approach}: {figures}; mit der Wahrscheinlichkeit {probability} unter den {rate} von {leader}.</translation>
        </message>
        <message>
            <source>Keep testing {approach}: {figures}; ahead for now, but not surely the best yet.</source>
            <translation>Testen Sie {approach} weiter: {figures}; vorerst vorn, aber noch nicht sicher der beste Ansatz.</translation>
        </message>
        <message>
            <source>Keep testing {approach}: {figures}; too close to {leader} to tell apart.</source>
            <translation>Testen Sie {approach} weiter: {figures}; zu nah an {leader}, um die beiden zu unterscheiden.</translation>
        </message>
        <message>
            <source>Keep testing {approach}: {figures}; about {count} more sends, with {leader}, would likely tell.</source>
            <translation>Testen Sie {approach} weiter: {figures}; etwa {count} weitere Einladungen, zusammen mit {leader}, würden es wahrscheinlich zeigen.</translation>
        </message>
        <message>
            <source>invitations typed or imported</source>
            <translation>getippte oder importierte Einladungen</translation>
        </message>
        <message>
            <source>{approach} (no note)</source>
            <translation>{approach} (ohne Notiz)</translation>
        </message>
        <message>
            <source>{accepted} of {decided} accepted, about {mean} expected (95% interval {low}–{high})</source>
            <translation>{accepted} von {decided} angenommen, erwartet etwa {mean} (95-%-Intervall {low}–{high})</translation>
        </message>
    </context>
    <context>
        <name>NextStepsView</name>
        <message>
            <source>What to do next</source>
            <translation>Nächste Schritte</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>Wird gezählt…</translation>
        </message>
        <message>
            <source>What to do next could not be worked out: {error}</source>
            <translation>Die nächsten Schritte konnten nicht ermittelt werden: {error}</translation>
        </message>
        <message>
            <source>No invitation has been decided yet, so nothing is known about what works.</source>
            <translation>Noch ist keine Einladung entschieden, daher ist nicht bekannt, was funktioniert.</translation>
        </message>
        <message numerus="yes">
            <source>From %Ln decided invitations. An approach is kept or dropped only when the difference holds with 0.95 probability; the rest need more sends.</source>
            <translation>
                <numerusform>Aus %Ln entschiedenen Einladung. Ein Ansatz wird nur beibehalten oder verworfen, wenn der Unterschied mit einer Wahrscheinlichkeit von 0,95 besteht; für die übrigen braucht es mehr Einladungen.</numerusform>
                <numerusform>Aus %Ln entschiedenen Einladungen. Ein Ansatz wird nur beibehalten oder verworfen, wenn der Unterschied mit einer Wahrscheinlichkeit von 0,95 besteht; für die übrigen braucht es mehr Einladungen.</numerusform>
            </translation>
        </message>
        <message>
            <source>Keep</source>
            <comment>heading: approaches to keep</comment>
            <translation>Beibehalten</translation>
        </message>
        <message>
            <source>Drop</source>
            <comment>heading: approaches to drop</comment>
            <translation>Verwerfen</translation>
        </message>
        <message>
            <source>Test</source>
            <comment>heading: approaches to test</comment>
            <translation>Testen</translation>
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
            <translation>Ergebnis</translation>
        </message>
    </context>
    <context>
        <name>OutcomeText</name>
        <message>
            <source>Pending</source>
            <translation>Ausstehend</translation>
        </message>
        <message>
            <source>Accepted</source>
            <translation>Angenommen</translation>
        </message>
        <message>
            <source>Declined</source>
            <translation>Abgelehnt</translation>
        </message>
        <message>
            <source>Replied</source>
            <translation>Beantwortet</translation>
        </message>
        <message>
            <source>No answer</source>
            <translation>Keine Antwort</translation>
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
            <translation>Ü&amp;ber Sie</translation>
        </message>
        <message>
            <source>As you sign your messages</source>
            <translation>So, wie Sie Ihre Nachrichten unterschreiben</translation>
        </message>
        <message>
            <source>e.g. Lisbon</source>
            <translation>z. B. Lissabon</translation>
        </message>
        <message>
            <source>&amp;Free: {limit}-character connection notes</source>
            <translation>&amp;Kostenlos: Einladungsnotizen mit {limit} Zeichen</translation>
        </message>
        <message>
            <source>&amp;Premium: {limit}-character notes</source>
            <translation>&amp;Premium: Notizen mit {limit} Zeichen</translation>
        </message>
        <message>
            <source>Free LinkedIn account</source>
            <translation>Kostenloses LinkedIn-Konto</translation>
        </message>
        <message>
            <source>Premium LinkedIn account</source>
            <translation>LinkedIn-Premium-Konto</translation>
        </message>
        <message>
            <source> notes</source>
            <comment>spin box suffix</comment>
            <translation> Notizen</translation>
        </message>
        <message>
            <source> days</source>
            <comment>spin box suffix</comment>
            <translation> Tage</translation>
        </message>
        <message>
            <source>About you</source>
            <translation>Über Sie</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Name</translation>
        </message>
        <message>
            <source>&amp;Location</source>
            <translation>S&amp;tandort</translation>
        </message>
        <message>
            <source>Templates sign with your name; a stranger who lives near you is offered a coffee.</source>
            <translation>Vorlagen unterschreiben mit Ihrem Namen; wer Sie nicht kennt und in Ihrer Nähe wohnt, bekommt einen Kaffee angeboten.</translation>
        </message>
        <message>
            <source>LinkedIn</source>
            <translation>LinkedIn</translation>
        </message>
        <message>
            <source>Account</source>
            <comment>LinkedIn account type</comment>
            <translation>Konto</translation>
        </message>
        <message>
            <source>Personalised notes a &amp;month</source>
            <translation>Personalisierte Notizen pro &amp;Monat</translation>
        </message>
        <message>
            <source>Invitations pending f&amp;or</source>
            <translation>Einladungen gelten als offen &amp;für</translation>
        </message>
        <message>
            <source>An invitation with no answer after this many days counts as unanswered.</source>
            <translation>Eine Einladung ohne Antwort nach so vielen Tagen zählt als unbeantwortet.</translation>
        </message>
    </context>
    <context>
        <name>Questions</name>
        <message>
            <source>Where did you meet {who}?</source>
            <translation>Wo haben Sie {who} kennengelernt?</translation>
        </message>
        <message>
            <source>When did you meet {who}?</source>
            <translation>Wann haben Sie {who} kennengelernt?</translation>
        </message>
        <message>
            <source>Who introduced you to {who}?</source>
            <translation>Wer hat Sie mit {who} bekannt gemacht?</translation>
        </message>
        <message>
            <source>What of {who}'s did you read, hear or use?</source>
            <translation>Was von {who} haben Sie gelesen, gehört oder genutzt?</translation>
        </message>
        <message>
            <source>What are you both into?</source>
            <translation>Wofür interessieren Sie sich beide?</translation>
        </message>
        <message>
            <source>Who do you both know?</source>
            <translation>Wen kennen Sie beide?</translation>
        </message>
        <message>
            <source>Where does {who} live?</source>
            <translation>Wo lebt {who}?</translation>
        </message>
        <message>
            <source>Where does {who} work?</source>
            <translation>Wo arbeitet {who}?</translation>
        </message>
        <message>
            <source>What does {who} do?</source>
            <translation>Was macht {who} beruflich?</translation>
        </message>
        <message>
            <source>What is {who}'s last name?</source>
            <translation>Wie lautet der Nachname von {who}?</translation>
        </message>
        <message>
            <source>What do you write about?</source>
            <translation>Worüber schreiben Sie?</translation>
        </message>
        <message>
            <source>Who are you introducing?</source>
            <translation>Wen stellen Sie vor?</translation>
        </message>
        <message>
            <source>Why should they meet?</source>
            <translation>Warum sollten sie sich treffen?</translation>
        </message>
        <message>
            <source>Which role is it about?</source>
            <translation>Um welche Stelle geht es?</translation>
        </message>
        <message>
            <source>What did you talk about?</source>
            <translation>Worüber haben Sie gesprochen?</translation>
        </message>
        <message>
            <source>What did {who} write about, in a few words?</source>
            <translation>Worüber hat {who} geschrieben, in wenigen Worten?</translation>
        </message>
        <message>
            <source>{label}?</source>
            <comment>a field asked for</comment>
            <translation>{label}?</translation>
        </message>
        <message>
            <source>“{label}”</source>
            <comment>a field's name, quoted</comment>
            <translation>„{label}“</translation>
        </message>
        <message>
            <source>This message needs {field}. Fill it in to continue.</source>
            <translation>Diese Nachricht braucht {field}. Füllen Sie das Feld aus, um weiterzumachen.</translation>
        </message>
        <message>
            <source>This message needs {fields}. Fill them in to continue.</source>
            <translation>Diese Nachricht braucht {fields}. Füllen Sie die Felder aus, um weiterzumachen.</translation>
        </message>
    </context>
    <context>
        <name>QuotaNotice</name>
        <message>
            <source>Personalised notes used this month</source>
            <translation>In diesem Monat genutzte personalisierte Notizen</translation>
        </message>
        <message>
            <source>Note quota warning</source>
            <translation>Warnung zum Notizkontingent</translation>
        </message>
        <message>
            <source>Past this month's note quota</source>
            <translation>Notizkontingent für diesen Monat überschritten</translation>
        </message>
        <message>
            <source>{warning}

Record this note as sent anyway?</source>
            <translation>{warning}

Diese Notiz trotzdem als gesendet erfassen?</translation>
        </message>
        <message>
            <source>The notes sent this month could not be counted: {error}</source>
            <translation>Die in diesem Monat gesendeten Notizen konnten nicht gezählt werden: {error}</translation>
        </message>
    </context>
    <context>
        <name>QuotaText</name>
        <message numerus="yes">
            <source>%Ln personalised notes this month, past the {allowed} your account allows</source>
            <translation>
                <numerusform>%Ln personalisierte Notiz in diesem Monat – mehr als die {allowed}, die Ihr Konto erlaubt</numerusform>
                <numerusform>%Ln personalisierte Notizen in diesem Monat – mehr als die {allowed}, die Ihr Konto erlaubt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{used} of %Ln personalised notes used this month</source>
            <translation>
                <numerusform>{used} von %Ln personalisierten Notiz in diesem Monat genutzt</numerusform>
                <numerusform>{used} von %Ln personalisierten Notizen in diesem Monat genutzt</numerusform>
            </translation>
        </message>
        <message>
            <source>No personalised notes left this month ({used} of {allowed} used): LinkedIn will not send this note. Send the invitation without a note, wait until next month, or write them a message once they accept.</source>
            <translation>Keine personalisierten Notizen mehr in diesem Monat ({used} von {allowed} genutzt): LinkedIn sendet diese Notiz nicht. Senden Sie die Einladung ohne Notiz, warten Sie bis zum nächsten Monat oder schreiben Sie der Person eine Nachricht, sobald sie angenommen hat.</translation>
        </message>
        <message>
            <source>This is the last personalised note your free account allows this month.</source>
            <translation>Dies ist die letzte personalisierte Notiz, die Ihr kostenloses Konto in diesem Monat erlaubt.</translation>
        </message>
    </context>
    <context>
        <name>RateChart</name>
        <message>
            <source>Acceptance and reply rates by template, with 95% intervals</source>
            <translation>Annahme- und Antwortquoten nach Vorlage, mit 95-%-Intervallen</translation>
        </message>
        <message>
            <source>Reply rate (of those accepted)</source>
            <translation>Antwortquote (unter den angenommenen)</translation>
        </message>
        <message>
            <source>Acceptance rate</source>
            <translation>Annahmequote</translation>
        </message>
        <message>
            <source>Replied, of those accepted: {rate}</source>
            <translation>Beantwortet (von den angenommenen): {rate}</translation>
        </message>
        <message>
            <source>Accepted: {rate}</source>
            <translation>Angenommen: {rate}</translation>
        </message>
        <message>
            <source>No template</source>
            <translation>Keine Vorlage</translation>
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
            <translation>Vorlage</translation>
        </message>
        <message>
            <source>Accepted here</source>
            <translation>Hier angenommen</translation>
        </message>
        <message>
            <source>Expected</source>
            <translation>Erwartet</translation>
        </message>
        <message>
            <source>95% interval</source>
            <translation>95-%-Intervall</translation>
        </message>
        <message>
            <source>Chance best</source>
            <translation>Chance auf Platz 1</translation>
        </message>
        <message>
            <source>not sent yet</source>
            <translation>noch nicht gesendet</translation>
        </message>
        <message>
            <source>{accepted} of {sent}</source>
            <translation>{accepted} von {sent}</translation>
        </message>
        <message>
            <source>never tried</source>
            <translation>nie ausprobiert</translation>
        </message>
    </context>
    <context>
        <name>RecommendationText</name>
        <message>
            <source>people you know well</source>
            <translation>Menschen, die Sie gut kennen</translation>
        </message>
        <message>
            <source>people you have met</source>
            <translation>Menschen, die Sie schon getroffen haben</translation>
        </message>
        <message>
            <source>people you have never met</source>
            <translation>Menschen, die Sie nie getroffen haben</translation>
        </message>
        <message>
            <source>contacts no longer saved</source>
            <translation>nicht mehr gespeicherte Kontakte</translation>
        </message>
        <message>
            <source>everyone</source>
            <translation>alle</translation>
        </message>
        <message>
            <source>{people} in {group}, nearby</source>
            <translation>{people}, in der Gruppe „{group}“, in Ihrer Nähe</translation>
        </message>
        <message>
            <source>{people} in {group}</source>
            <translation>{people}, in der Gruppe „{group}“</translation>
        </message>
        <message>
            <source>{people}, nearby</source>
            <translation>{people}, in Ihrer Nähe</translation>
        </message>
        <message>
            <source>Send {template} next: not sent to people like them yet, it could reach {high}, and a few sends will show whether it does.</source>
            <translation>Senden Sie als Nächstes {template}: Noch nie an Menschen wie diese gesendet, könnte die Vorlage {high} erreichen, und ein paar Einladungen zeigen, ob sie es tut.</translation>
        </message>
        <message>
            <source>Send {template} next: it leads, and could reach {high}.</source>
            <translation>Senden Sie als Nächstes {template}: Die Vorlage liegt vorn und könnte {high} erreichen.</translation>
        </message>
        <message>
            <source>Send {template} next: it could still be the best (up to {high}), and a few more sends of it will show whether it is.</source>
            <translation>Senden Sie als Nächstes {template}: Die Vorlage könnte noch die beste sein (bis zu {high}), und ein paar weitere Einladungen zeigen, ob sie es ist.</translation>
        </message>
        <message>
            <source>No invitation templates to rank.</source>
            <translation>Keine Einladungsvorlagen zum Vergleichen.</translation>
        </message>
        <message>
            <source>Use {template}: best for {people} with {chance} probability.</source>
            <translation>Nehmen Sie {template}: am besten für {people}, mit einer Wahrscheinlichkeit von {chance}.</translation>
        </message>
        <message>
            <source>Too early to tell: fewer than two invitation templates tried yet.</source>
            <translation>Noch zu früh für ein Urteil: Bisher wurden weniger als zwei Einladungsvorlagen ausprobiert.</translation>
        </message>
        <message>
            <source>Too early to tell: {first} and {second} are too close for the next few hundred sends to tell apart.</source>
            <translation>Noch zu früh für ein Urteil: {first} und {second} liegen so nah beieinander, dass auch die nächsten paar hundert Einladungen sie nicht unterscheiden.</translation>
        </message>
        <message>
            <source>Too early to tell: about {sends} more sends, split between {first} and {second}, would likely tell.</source>
            <translation>Noch zu früh für ein Urteil: Etwa {sends} weitere Einladungen, aufgeteilt auf {first} und {second}, würden es wahrscheinlich zeigen.</translation>
        </message>
        <message>
            <source>A note is likely to pay for this person: about {with_note} replies per 100 invitations with a note against {without_note} without.</source>
            <translation>Eine Notiz lohnt sich bei dieser Person wahrscheinlich: etwa {with_note} Antworten pro 100 Einladungen mit Notiz gegenüber {without_note} ohne.</translation>
        </message>
        <message>
            <source>Sending without a note loses little here: about {with_note} replies per 100 invitations with a note against {without_note} without.</source>
            <translation>Ohne Notiz zu senden kostet hier wenig: etwa {with_note} Antworten pro 100 Einladungen mit Notiz gegenüber {without_note} ohne.</translation>
        </message>
        <message>
            <source>A note shows no gain for people like them: about {with_note} replies per 100 invitations with a note against {without_note} without.</source>
            <translation>Bei Menschen wie diesen bringt eine Notiz nichts: etwa {with_note} Antworten pro 100 Einladungen mit Notiz gegenüber {without_note} ohne.</translation>
        </message>
        <message>
            <source>No personalised notes left this month.</source>
            <translation>Diesen Monat sind keine personalisierten Notizen mehr übrig.</translation>
        </message>
        <message numerus="yes">
            <source>%n of {allowed} personalised notes left this month.</source>
            <translation>
                <numerusform>Noch %n von {allowed} personalisierten Notizen in diesem Monat.</numerusform>
                <numerusform>Noch %n von {allowed} personalisierten Notizen in diesem Monat.</numerusform>
            </translation>
        </message>
        <message>
            <source>Keep them for people where a note pays more.</source>
            <translation>Heben Sie sie für Menschen auf, bei denen sich eine Notiz mehr lohnt.</translation>
        </message>
    </context>
    <context>
        <name>RecommendationsView</name>
        <message>
            <source>What works for people like them</source>
            <translation>Was bei ähnlichen Personen funktioniert</translation>
        </message>
        <message>
            <source>Pick a contact to see which invitation works for people like them.</source>
            <translation>Wählen Sie einen Kontakt, um zu sehen, welche Einladung bei ähnlichen Personen funktioniert.</translation>
        </message>
        <message>
            <source>Invitation templates ranked for this contact</source>
            <translation>Rangliste der Einladungsvorlagen für diesen Kontakt</translation>
        </message>
        <message>
            <source>Invitation templates ranked</source>
            <translation>Rangliste der Einladungsvorlagen</translation>
        </message>
        <message>
            <source>Ranking…</source>
            <translation>Rangliste…</translation>
        </message>
        <message>
            <source>Every invitation template with its counts and interval</source>
            <translation>Alle Einladungsvorlagen mit ihren Zahlen und Intervallen</translation>
        </message>
        <message>
            <source>Explore: suggest the template that would teach the most</source>
            <translation>Erkunden: die Vorlage vorschlagen, aus der sich am meisten lernen lässt</translation>
        </message>
        <message>
            <source>Counting what worked for people like {name}…</source>
            <translation>Es wird gezählt, was bei Personen wie {name} funktioniert hat…</translation>
        </message>
        <message>
            <source>The recommendations could not be counted: {error}</source>
            <translation>Die Empfehlungen konnten nicht berechnet werden: {error}</translation>
        </message>
        <message numerus="yes">
            <source>For {segment}, from your own history. %Ln invitations still pending are not counted yet.</source>
            <translation>
                <numerusform>Für {segment}, aus Ihrem eigenen Verlauf. %Ln noch ausstehende Einladung ist noch nicht mitgezählt.</numerusform>
                <numerusform>Für {segment}, aus Ihrem eigenen Verlauf. %Ln noch ausstehende Einladungen sind noch nicht mitgezählt.</numerusform>
            </translation>
        </message>
        <message>
            <source>For {segment}, from your own history.</source>
            <translation>Für {segment}, aus Ihrem eigenen Verlauf.</translation>
        </message>
        <message>
            <source>Exploring: send {template} this time. It was drawn from what each template could still turn out to be, so the less-tested ones come up as often as they could well be the best.</source>
            <translation>Erkunden: Senden Sie diesmal {template}. Die Vorlage wurde danach ausgelost, wie gut jede Vorlage sich noch erweisen könnte; so kommen weniger getestete Vorlagen so oft an die Reihe, wie sie tatsächlich die beste sein könnten.</translation>
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
            <translation>Die Sicherung vom {day} um {time} wiederherstellen? Alles, was danach gespeichert wurde, fehlt dann. Die beschädigte Datei bleibt umbenannt neben der Datenbank erhalten; es wird nichts gelöscht.</translation>
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
        <message>
            <source>{day} {time}</source>
            <translation>{day} {time}</translation>
        </message>
        <message numerus="yes">
            <source>%n days ago</source>
            <translation>
                <numerusform>vor %n Tag</numerusform>
                <numerusform>vor %n Tagen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RenderError</name>
        <message>
            <source>Template syntax: {error}</source>
            <translation>Vorlagensyntax: {error}</translation>
        </message>
        <message>
            <source>The template is longer than {count} characters.</source>
            <translation>Die Vorlage ist länger als {count} Zeichen.</translation>
        </message>
        <message>
            <source>The template is nested too deeply.</source>
            <translation>Die Vorlage ist zu tief verschachtelt.</translation>
        </message>
        <message>
            <source>The template contains a number too long to use.</source>
            <translation>Die Vorlage enthält eine Zahl, die zu lang ist, um sie zu verwenden.</translation>
        </message>
        <message>
            <source>The template could not be compiled: {error}</source>
            <translation>Die Vorlage ließ sich nicht kompilieren: {error}</translation>
        </message>
        <message>
            <source>The template calls itself too deeply and was stopped.</source>
            <translation>Die Vorlage ruft sich selbst zu tief auf und wurde angehalten.</translation>
        </message>
        <message>
            <source>The template tried to use too much memory and was stopped.</source>
            <translation>Die Vorlage wollte zu viel Speicher belegen und wurde angehalten.</translation>
        </message>
        <message>
            <source>The template failed: {error}</source>
            <translation>Die Vorlage ist fehlgeschlagen: {error}</translation>
        </message>
    </context>
    <context>
        <name>RequestDialog</name>
        <message>
            <source>Add a connection request</source>
            <translation>Kontaktanfrage hinzufügen</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Name</translation>
        </message>
        <message>
            <source>As shown on the request</source>
            <translation>Wie in der Anfrage angezeigt</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <comment>job title</comment>
            <translation>&amp;Titel</translation>
        </message>
        <message>
            <source>Their headline or job title</source>
            <translation>Überschrift oder Jobtitel der Person</translation>
        </message>
        <message>
            <source>&amp;Company</source>
            <translation>&amp;Unternehmen</translation>
        </message>
        <message>
            <source>&amp;Location</source>
            <translation>&amp;Standort</translation>
        </message>
        <message>
            <source>City or area, if the profile shows one</source>
            <translation>Stadt oder Region, falls im Profil angegeben</translation>
        </message>
        <message>
            <source>&amp;Profile URL</source>
            <translation>&amp;Profil-URL</translation>
        </message>
        <message>
            <source>Their note</source>
            <translation>Mitgesendete Notiz</translation>
        </message>
        <message>
            <source>Paste the note they sent, or leave empty if none.</source>
            <translation>Fügen Sie die mitgesendete Notiz ein, oder lassen Sie das Feld leer, wenn es keine gibt.</translation>
        </message>
        <message>
            <source>Their &amp;note</source>
            <translation>Mitgesendete N&amp;otiz</translation>
        </message>
        <message>
            <source>Add to inbox</source>
            <translation>Zum Posteingang hinzufügen</translation>
        </message>
    </context>
    <context>
        <name>SaveTemplateDialog</name>
        <message>
            <source>Save as template</source>
            <translation>Als Vorlage speichern</translation>
        </message>
        <message>
            <source>Template &amp;name</source>
            <translation>&amp;Name der Vorlage</translation>
        </message>
        <message>
            <source>The contact's details become fields, filled in for each person you write to:</source>
            <translation>Die Angaben des Kontakts werden zu Feldern, die für jede Person ausgefüllt werden, der Sie schreiben:</translation>
        </message>
    </context>
    <context>
        <name>SecretField</name>
        <message>
            <source>LanguageTool Premium API key</source>
            <translation>API-Schlüssel für LanguageTool Premium</translation>
        </message>
        <message>
            <source>Remove the stored LanguageTool Premium API key</source>
            <translation>Gespeicherten API-Schlüssel für LanguageTool Premium entfernen</translation>
        </message>
        <message>
            <source>Grammar server password or API key</source>
            <translation>Passwort oder API-Schlüssel des Grammatikservers</translation>
        </message>
        <message>
            <source>Remove the stored grammar server password or API key</source>
            <translation>Gespeichertes Passwort oder gespeicherten API-Schlüssel des Grammatikservers entfernen</translation>
        </message>
        <message>
            <source>Remove the stored one</source>
            <translation>Gespeicherten Wert entfernen</translation>
        </message>
        <message>
            <source>Checking the system keyring…</source>
            <translation>Schlüsselbund des Systems wird geprüft…</translation>
        </message>
        <message>
            <source>Stored in the keyring; type a new one to replace it</source>
            <translation>Im Schlüsselbund gespeichert; geben Sie einen neuen Wert ein, um ihn zu ersetzen</translation>
        </message>
        <message>
            <source>Not stored yet</source>
            <translation>Noch nicht gespeichert</translation>
        </message>
    </context>
    <context>
        <name>SettingText</name>
        <message>
            <source>Your name</source>
            <translation>Ihr Name</translation>
        </message>
        <message>
            <source>Your location</source>
            <translation>Ihr Ort</translation>
        </message>
        <message>
            <source>LinkedIn account type</source>
            <translation>LinkedIn-Kontotyp</translation>
        </message>
        <message>
            <source>Personalised notes per month</source>
            <translation>Personalisierte Notizen pro Monat</translation>
        </message>
        <message>
            <source>Days an invitation stays pending</source>
            <translation>Tage, die eine Einladung aussteht</translation>
        </message>
        <message>
            <source>Grammar checking</source>
            <translation>Grammatikprüfung</translation>
        </message>
        <message>
            <source>Grammar language</source>
            <translation>Sprache der Grammatikprüfung</translation>
        </message>
        <message>
            <source>Grammar server address</source>
            <translation>Adresse des Grammatikservers</translation>
        </message>
        <message>
            <source>Grammar server username</source>
            <translation>Benutzername für den Grammatikserver</translation>
        </message>
        <message>
            <source>LanguageTool Premium username</source>
            <translation>Benutzername für LanguageTool Premium</translation>
        </message>
        <message>
            <source>Download LanguageTool when it is not installed</source>
            <translation>LanguageTool herunterladen, wenn es nicht installiert ist</translation>
        </message>
        <message>
            <source>Minutes the grammar server runs unused</source>
            <translation>Minuten, die der Grammatikserver ungenutzt läuft</translation>
        </message>
        <message>
            <source>Groups of people you know</source>
            <translation>Gruppen von Menschen, die Sie kennen</translation>
        </message>
        <message>
            <source>Strength that counts as known</source>
            <translation>Stärke, die als bekannt gilt</translation>
        </message>
        <message>
            <source>Words in a recruiter's title</source>
            <translation>Wörter im Titel einer Recruiterin oder eines Recruiters</translation>
        </message>
        <message>
            <source>Offer a coffee to nearby strangers</source>
            <translation>Unbekannten in der Nähe einen Kaffee anbieten</translation>
        </message>
        <message>
            <source>Your language</source>
            <translation>Ihre Sprache</translation>
        </message>
        <message>
            <source>Formal or informal address</source>
            <translation>Förmliche oder vertraute Anrede</translation>
        </message>
        <message>
            <source>Window language</source>
            <translation>Sprache des Fensters</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Rapport will use {folder} from its next start; your data was copied there.</source>
            <translation>Rapport verwendet {folder} ab dem nächsten Start; Ihre Daten wurden dorthin kopiert.</translation>
        </message>
        <message>
            <source>Rapport will use {folder} from its next start.</source>
            <translation>Rapport verwendet {folder} ab dem nächsten Start.</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <source>Settings pages</source>
            <translation>Seiten der Einstellungen</translation>
        </message>
        <message>
            <source>Problems with the settings</source>
            <translation>Probleme mit den Einstellungen</translation>
        </message>
        <message>
            <source>Save the settings</source>
            <translation>Die Einstellungen speichern</translation>
        </message>
        <message>
            <source>Close without changing anything</source>
            <translation>Schließen, ohne etwas zu ändern</translation>
        </message>
        <message>
            <source>On the {page} page: {problem}</source>
            <translation>Auf der Seite „{page}“: {problem}</translation>
        </message>
    </context>
    <context>
        <name>SettingsError</name>
        <message>
            <source>{key} is a secret, kept in the system keyring: use rapport config set-secret {key} - (or delete-secret).</source>
            <translation>{key} ist ein Geheimnis und liegt im Schlüsselbund des Systems: Verwenden Sie rapport config set-secret {key} - (oder delete-secret).</translation>
        </message>
        <message>
            <source>there is no setting '{key}'. The settings are: {keys}.</source>
            <translation>es gibt keine Einstellung '{key}'. Die Einstellungen sind: {keys}.</translation>
        </message>
        <message>
            <source>there is no secret '{key}'. The secrets are: {keys}.</source>
            <translation>es gibt kein Geheimnis '{key}'. Die Geheimnisse sind: {keys}.</translation>
        </message>
        <message>
            <source>Grammar language must be a language code such as en-US, en-GB, de, fr or pt-BR (or auto, to detect it).</source>
            <translation>Die Sprache der Grammatikprüfung muss ein Sprachcode wie en-US, en-GB, de, fr oder pt-BR sein (oder auto, um sie zu erkennen).</translation>
        </message>
        <message>
            <source>The grammar server address must be a web address, such as https://languagetool.example.org or http://localhost:8081.</source>
            <translation>Die Adresse des Grammatikservers muss eine Webadresse sein, etwa https://languagetool.example.org oder http://localhost:8081.</translation>
        </message>
        <message>
            <source>The grammar server address must not contain a username or password; enter those in their own fields.</source>
            <translation>Die Adresse des Grammatikservers darf keinen Benutzernamen und kein Passwort enthalten; tragen Sie diese in ihre eigenen Felder ein.</translation>
        </message>
        <message>
            <source>Checking with a grammar server needs the server's address.</source>
            <translation>Für die Prüfung mit einem Grammatikserver wird dessen Adresse benötigt.</translation>
        </message>
        <message>
            <source>LanguageTool Premium needs your username (your account's e-mail address).</source>
            <translation>LanguageTool Premium benötigt Ihren Benutzernamen (die E-Mail-Adresse Ihres Kontos).</translation>
        </message>
        <message>
            <source>{label} must be a list of text.</source>
            <translation>„{label}“ muss eine Liste von Texten sein.</translation>
        </message>
        <message>
            <source>{label} must be true or false.</source>
            <translation>„{label}“ muss true oder false sein.</translation>
        </message>
        <message>
            <source>{label} must be a whole number from {low} to {high}.</source>
            <translation>„{label}“ muss eine ganze Zahl von {low} bis {high} sein.</translation>
        </message>
        <message>
            <source>{label} must be text.</source>
            <translation>„{label}“ muss Text sein.</translation>
        </message>
        <message>
            <source>{label} must be {choices} or {last}.</source>
            <translation>„{label}“ muss {choices} oder {last} sein.</translation>
        </message>
        <message>
            <source>{refusal}, not '{typed}'.</source>
            <translation>{refusal}, nicht '{typed}'.</translation>
        </message>
        <message>
            <source>The settings file {path} cannot be read: {error}</source>
            <translation>Die Einstellungsdatei {path} lässt sich nicht lesen: {error}</translation>
        </message>
        <message>
            <source>The settings file {path} does not hold a settings object.</source>
            <translation>Die Einstellungsdatei {path} enthält kein Objekt mit Einstellungen.</translation>
        </message>
        <message>
            <source>The settings file {path}, '{key}': {error}</source>
            <translation>Die Einstellungsdatei {path}, '{key}': {error}</translation>
        </message>
        <message>
            <source>The settings could not be saved to {path}: {error}</source>
            <translation>Die Einstellungen ließen sich nicht in {path} speichern: {error}</translation>
        </message>
        <message>
            <source>The settings file {path} has no valid schema_version.</source>
            <translation>Die Einstellungsdatei {path} hat keine gültige schema_version.</translation>
        </message>
        <message>
            <source>The settings file {path} was written by a newer version of Rapport; update Rapport to use it.</source>
            <translation>Die Einstellungsdatei {path} stammt von einer neueren Version von Rapport; aktualisieren Sie Rapport, um sie zu verwenden.</translation>
        </message>
        <message>
            <source>{label} must be one line of text.</source>
            <translation>„{label}“ muss eine einzige Textzeile sein.</translation>
        </message>
        <message>
            <source>There is no setting called '{key}'.</source>
            <translation>Es gibt keine Einstellung namens '{key}'.</translation>
        </message>
    </context>
    <context>
        <name>SettingsFlow</name>
        <message>
            <source>Settings saved.</source>
            <translation>Einstellungen gespeichert.</translation>
        </message>
    </context>
    <context>
        <name>ShareLabel</name>
        <message>
            <source>No group</source>
            <translation>Keine Gruppe</translation>
        </message>
        <message>
            <source>Others</source>
            <comment>the companies or places past the ten most common</comment>
            <translation>Sonstige</translation>
        </message>
    </context>
    <context>
        <name>ShareModel</name>
        <message>
            <source>Contacts</source>
            <translation>Kontakte</translation>
        </message>
        <message>
            <source>Share</source>
            <comment>noun: share of the network</comment>
            <translation>Anteil</translation>
        </message>
        <message>
            <source>{percent}%</source>
            <translation>{percent} %</translation>
        </message>
    </context>
    <context>
        <name>SkippedRow</name>
        <message>
            <source>no name</source>
            <translation>kein Name</translation>
        </message>
        <message>
            <source>the {column} “{value}” is not a date Rapport can read; write it like {examples}</source>
            <translation>„{value}“ ({column}) ist kein Datum, das Rapport lesen kann; schreiben Sie es wie {examples}</translation>
        </message>
        <message>
            <source>no name (a member who hid or closed their profile)</source>
            <translation>kein Name (ein Mitglied, das sein Profil verborgen oder geschlossen hat)</translation>
        </message>
        <message>
            <source>the direction “{direction}” is neither OUTGOING nor INCOMING</source>
            <translation>Die Richtung „{direction}“ ist weder OUTGOING noch INCOMING</translation>
        </message>
        <message>
            <source>the other person has no name</source>
            <translation>Die andere Person hat keinen Namen</translation>
        </message>
        <message>
            <source>no “Sent At” time</source>
            <translation>kein Zeitpunkt in „Sent At“</translation>
        </message>
        <message>
            <source>a contact you have</source>
            <translation>einer Ihrer Kontakte</translation>
        </message>
        <message>
            <source>kept apart from {where} of the same name: another company, position or connection date</source>
            <translation>nicht mit der gleichnamigen Person ({where}) zusammengeführt: andere Firma, Position oder anderes Verbindungsdatum</translation>
        </message>
        <message>
            <source>{count} people are named “{name}”; linked by name to one of them, which may be the wrong one</source>
            <translation>{count} Personen heißen „{name}“; über den Namen mit einer davon verknüpft, womöglich der falschen</translation>
        </message>
        <message>
            <source>the same person as {where}</source>
            <translation>dieselbe Person wie in {where}</translation>
        </message>
        <message>
            <source>line {line}</source>
            <translation>Zeile {line}</translation>
        </message>
        <message>
            <source>{file}, line {line}</source>
            <translation>Zeile {line} von {file}</translation>
        </message>
        <message>
            <source>{values} values where the header has {columns} columns</source>
            <translation>{values} Werte, die Kopfzeile hat aber {columns} Spalten</translation>
        </message>
        <message>
            <source>a group card (“{group}”), not a person</source>
            <translation>eine Gruppenkarte („{group}“), keine Person</translation>
        </message>
        <message>
            <source>a group card</source>
            <translation>eine Gruppenkarte</translation>
        </message>
        <message>
            <source>the card has no name</source>
            <translation>Die Karte hat keinen Namen</translation>
        </message>
    </context>
    <context>
        <name>SpanText</name>
        <message numerus="yes">
            <source>%Ln days</source>
            <translation>
                <numerusform>%Ln Tag</numerusform>
                <numerusform>%Ln Tage</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln weeks</source>
            <translation>
                <numerusform>%Ln Woche</numerusform>
                <numerusform>%Ln Wochen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln months</source>
            <translation>
                <numerusform>%Ln Monat</numerusform>
                <numerusform>%Ln Monate</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln years</source>
            <translation>
                <numerusform>%Ln Jahr</numerusform>
                <numerusform>%Ln Jahre</numerusform>
            </translation>
        </message>
        <message>
            <source>today</source>
            <translation>heute</translation>
        </message>
        <message>
            <source>yesterday</source>
            <translation>gestern</translation>
        </message>
        <message numerus="yes">
            <source>%Ln days ago</source>
            <translation>
                <numerusform>vor %Ln Tag</numerusform>
                <numerusform>vor %Ln Tagen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln weeks ago</source>
            <translation>
                <numerusform>vor %Ln Woche</numerusform>
                <numerusform>vor %Ln Wochen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln months ago</source>
            <translation>
                <numerusform>vor %Ln Monat</numerusform>
                <numerusform>vor %Ln Monaten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln years ago</source>
            <translation>
                <numerusform>vor %Ln Jahr</numerusform>
                <numerusform>vor %Ln Jahren</numerusform>
            </translation>
        </message>
        <message>
            <source>tomorrow</source>
            <translation>morgen</translation>
        </message>
        <message numerus="yes">
            <source>in %Ln days</source>
            <translation>
                <numerusform>in %Ln Tag</numerusform>
                <numerusform>in %Ln Tagen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %Ln weeks</source>
            <translation>
                <numerusform>in %Ln Woche</numerusform>
                <numerusform>in %Ln Wochen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %Ln months</source>
            <translation>
                <numerusform>in %Ln Monat</numerusform>
                <numerusform>in %Ln Monaten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %Ln years</source>
            <translation>
                <numerusform>in %Ln Jahr</numerusform>
                <numerusform>in %Ln Jahren</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StaleModel</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Works as</source>
            <translation>Tätig als</translation>
        </message>
        <message>
            <source>Connected</source>
            <comment>column: the day you connected</comment>
            <translation>Vernetzt</translation>
        </message>
        <message>
            <source>Why it is listed</source>
            <translation>Warum aufgeführt</translation>
        </message>
    </context>
    <context>
        <name>StaleReason</name>
        <message numerus="yes">
            <source>Marked never met, connected %Ln years ago, and never contacted.</source>
            <translation>
                <numerusform>Als „Nie getroffen“ markiert, vor %Ln Jahr verbunden und nie kontaktiert.</numerusform>
                <numerusform>Als „Nie getroffen“ markiert, vor %Ln Jahren verbunden und nie kontaktiert.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Marked never met, connected %Ln days ago, and never contacted.</source>
            <translation>
                <numerusform>Als „Nie getroffen“ markiert, vor %Ln Tag verbunden und nie kontaktiert.</numerusform>
                <numerusform>Als „Nie getroffen“ markiert, vor %Ln Tagen verbunden und nie kontaktiert.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StatsView</name>
        <message>
            <source>Invitations</source>
            <comment>column: with or without a note</comment>
            <translation>Einladungen</translation>
        </message>
        <message>
            <source>invitations</source>
            <comment>break down by</comment>
            <translation>Einladungen</translation>
        </message>
        <message>
            <source>Template</source>
            <comment>column</comment>
            <translation>Vorlage</translation>
        </message>
        <message>
            <source>template</source>
            <comment>break down by</comment>
            <translation>Vorlage</translation>
        </message>
        <message>
            <source>Kind</source>
            <comment>column</comment>
            <translation>Art</translation>
        </message>
        <message>
            <source>kind</source>
            <comment>break down by</comment>
            <translation>Art</translation>
        </message>
        <message>
            <source>Group</source>
            <comment>column</comment>
            <translation>Gruppe</translation>
        </message>
        <message>
            <source>group</source>
            <comment>break down by</comment>
            <translation>Gruppe</translation>
        </message>
        <message>
            <source>Relationship strength</source>
            <comment>column</comment>
            <translation>Beziehungsstärke</translation>
        </message>
        <message>
            <source>relationship strength</source>
            <comment>break down by</comment>
            <translation>Beziehungsstärke</translation>
        </message>
        <message>
            <source>Checker score</source>
            <comment>column</comment>
            <translation>Prüfpunkte</translation>
        </message>
        <message>
            <source>checker score</source>
            <comment>break down by</comment>
            <translation>Prüfpunkte</translation>
        </message>
        <message>
            <source>Month</source>
            <comment>column</comment>
            <translation>Monat</translation>
        </message>
        <message>
            <source>month</source>
            <comment>break down by</comment>
            <translation>Monat</translation>
        </message>
        <message>
            <source>Differences unlikely to be chance</source>
            <translation>Unterschiede, die kaum Zufall sind</translation>
        </message>
        <message>
            <source>Differences that could well be chance</source>
            <translation>Unterschiede, die durchaus Zufall sein können</translation>
        </message>
        <message>
            <source>Too few to tell yet</source>
            <translation>Noch zu wenige für eine Aussage</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>Wird gezählt…</translation>
        </message>
        <message>
            <source>Acceptance rate</source>
            <translation>Annahmequote</translation>
        </message>
        <message>
            <source>Reply rate</source>
            <translation>Antwortquote</translation>
        </message>
        <message>
            <source>Median time to acceptance</source>
            <translation>Zeit bis zur Annahme (Median)</translation>
        </message>
        <message>
            <source>Still pending</source>
            <translation>Noch ausstehend</translation>
        </message>
        <message>
            <source>Break the statistics down by</source>
            <translation>Statistik aufschlüsseln nach</translation>
        </message>
        <message>
            <source>Statistics broken down</source>
            <translation>Aufgeschlüsselte Statistik</translation>
        </message>
        <message>
            <source>What the differences mean</source>
            <translation>Was die Unterschiede bedeuten</translation>
        </message>
        <message>
            <source>&amp;Break down by</source>
            <translation>Aufschlüsseln na&amp;ch</translation>
        </message>
        <message>
            <source>Breakdown</source>
            <translation>Aufschlüsselung</translation>
        </message>
        <message>
            <source>Acceptance and reply rates by template, with 95% intervals</source>
            <translation>Annahme- und Antwortquoten nach Vorlage, mit 95-%-Intervallen</translation>
        </message>
        <message>
            <source>Between the statistics table and the chart</source>
            <translation>Zwischen der Statistiktabelle und dem Diagramm</translation>
        </message>
        <message>
            <source>Above what the differences mean</source>
            <translation>Über der Erläuterung der Unterschiede</translation>
        </message>
        <message>
            <source>No decided invitations yet.</source>
            <translation>Noch keine entschiedenen Einladungen.</translation>
        </message>
        <message numerus="yes">
            <source>{successes} of %Ln decided invitations. 95% interval {low}–{high}.</source>
            <translation>
                <numerusform>{successes} von %Ln entschiedenen Einladung. Intervall (95 %): {low}–{high}.</numerusform>
                <numerusform>{successes} von %Ln entschiedenen Einladungen. Intervall (95 %): {low}–{high}.</numerusform>
            </translation>
        </message>
        <message>
            <source>No accepted invitations yet.</source>
            <translation>Noch keine angenommenen Einladungen.</translation>
        </message>
        <message numerus="yes">
            <source>{successes} of %Ln accepted invitations. 95% interval {low}–{high}.</source>
            <translation>
                <numerusform>{successes} von %Ln angenommenen Einladung. Intervall (95 %): {low}–{high}.</numerusform>
                <numerusform>{successes} von %Ln angenommenen Einladungen. Intervall (95 %): {low}–{high}.</numerusform>
            </translation>
        </message>
        <message>
            <source>No accepted invitation with a known acceptance time yet.</source>
            <translation>Noch keine angenommene Einladung mit bekanntem Annahmezeitpunkt.</translation>
        </message>
        <message numerus="yes">
            <source>Of %Ln accepted invitations, half were accepted sooner, half later.</source>
            <translation>
                <numerusform>Von %Ln angenommenen Einladung wurde die Hälfte früher, die Hälfte später angenommen.</numerusform>
                <numerusform>Von %Ln angenommenen Einladungen wurde die Hälfte früher, die Hälfte später angenommen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Invitations sent in the last %Ln days and not yet answered; left out of the rates until they are, or until the window passes.</source>
            <translation>
                <numerusform>Innerhalb von %Ln Tag gesendete und noch nicht beantwortete Einladungen; sie bleiben in den Quoten unberücksichtigt, bis sie beantwortet sind oder die Frist verstrichen ist.</numerusform>
                <numerusform>In den letzten %Ln Tagen gesendete und noch nicht beantwortete Einladungen; sie bleiben in den Quoten unberücksichtigt, bis sie beantwortet sind oder die Frist verstrichen ist.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing to compare yet: the statistics compare templates, groups, strengths and scores once invitations of more than one kind have been decided.</source>
            <translation>Noch nichts zu vergleichen: Die Statistik vergleicht Vorlagen, Gruppen, Beziehungsstärken und Punkte, sobald Einladungen mehr als einer Art entschieden sind.</translation>
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
            <translation>Rapport legt Sicherungen in {folder} ab; die neueste ist {backup}.</translation>
        </message>
        <message>
            <source>Rapport keeps backups in {folder}, but none has been made yet.</source>
            <translation>Rapport legt Sicherungen in {folder} ab, aber bisher wurde noch keine erstellt.</translation>
        </message>
        <message>
            <source>The database {path} is damaged and cannot be read. It has been left as it is. {backups}</source>
            <translation>Die Datenbank {path} ist beschädigt und lässt sich nicht lesen. Sie wurde nicht verändert. {backups}</translation>
        </message>
    </context>
    <context>
        <name>StoreError</name>
        <message>
            <source>No contact has the id '{id}'.</source>
            <translation>Kein Kontakt hat die ID '{id}'.</translation>
        </message>
        <message>
            <source>No contact is named '{name}'.</source>
            <translation>Kein Kontakt heißt '{name}'.</translation>
        </message>
        <message>
            <source>{count} contacts are named '{name}' (ids {ids}): give the id.</source>
            <translation>{count} Kontakte heißen '{name}' (IDs {ids}): Geben Sie die ID an.</translation>
        </message>
        <message>
            <source>There is no complete message to record.</source>
            <translation>Es gibt keine vollständige Nachricht, die erfasst werden könnte.</translation>
        </message>
        <message>
            <source>Save the contact first, then record the message.</source>
            <translation>Speichern Sie zuerst den Kontakt und erfassen Sie dann die Nachricht.</translation>
        </message>
        <message>
            <source>Rapport could not back up {database} into {folder} ({error}).</source>
            <translation>Rapport konnte {database} nicht in {folder} sichern ({error}).</translation>
        </message>
        <message>
            <source>There is no usable backup of {database} in {folder}; the database has been left as it is.</source>
            <translation>In {folder} gibt es keine brauchbare Sicherung von {database}; die Datenbank wurde nicht verändert.</translation>
        </message>
        <message>
            <source>The backup {backup} could not be put in place of {database} ({error}).</source>
            <translation>Die Sicherung {backup} ließ sich nicht an die Stelle von {database} setzen ({error}).</translation>
        </message>
        <message>
            <source>{path} is a folder, not a database file.</source>
            <translation>{path} ist ein Ordner, keine Datenbankdatei.</translation>
        </message>
        <message>
            <source>The folder {folder} cannot be created ({error}).</source>
            <translation>Der Ordner {folder} lässt sich nicht anlegen ({error}).</translation>
        </message>
        <message>
            <source>The database {path} cannot be read ({error}).</source>
            <translation>Die Datenbank {path} lässt sich nicht lesen ({error}).</translation>
        </message>
        <message>
            <source>The database {path} cannot be opened. Check that its folder exists and that you are allowed to use it.</source>
            <translation>Die Datenbank {path} lässt sich nicht öffnen. Prüfen Sie, ob ihr Ordner existiert und ob Sie ihn verwenden dürfen.</translation>
        </message>
        <message>
            <source>There is no space left to save to {path}. Free some disk space.</source>
            <translation>Es ist kein Platz mehr, um in {path} zu speichern. Geben Sie etwas Speicherplatz frei.</translation>
        </message>
        <message>
            <source>Rapport could not read or write {path}: the disk reported an error.</source>
            <translation>Rapport konnte {path} nicht lesen oder schreiben: Der Datenträger hat einen Fehler gemeldet.</translation>
        </message>
        <message>
            <source>The database {path} could not be used: {error}.</source>
            <translation>Die Datenbank {path} ließ sich nicht verwenden: {error}.</translation>
        </message>
        <message>
            <source>A time without a time zone cannot be recorded; give it one (UTC).</source>
            <translation>Eine Uhrzeit ohne Zeitzone lässt sich nicht erfassen; geben Sie eine an (UTC).</translation>
        </message>
        <message>
            <source>Rapport must upgrade {path} and backs it up first, but the backup in {folder} failed ({error}). Nothing was changed.</source>
            <translation>Rapport muss {path} aktualisieren und sichert die Datei vorher, aber die Sicherung in {folder} ist fehlgeschlagen ({error}). Es wurde nichts geändert.</translation>
        </message>
        <message>
            <source>The database {path} could not be upgraded for this version of Rapport ({error}). The upgrade was undone.</source>
            <translation>Die Datenbank {path} ließ sich nicht für diese Version von Rapport aktualisieren ({error}). Die Aktualisierung wurde rückgängig gemacht.</translation>
        </message>
        <message>
            <source>{name} is already saved (number {number}).</source>
            <translation>{name} ist bereits gespeichert (Nummer {number}).</translation>
        </message>
        <message>
            <source>{name} has not been saved yet, so cannot be updated.</source>
            <translation>{name} ist noch nicht gespeichert und lässt sich daher nicht aktualisieren.</translation>
        </message>
        <message>
            <source>A personalisation score runs from 0 to 100.</source>
            <translation>Eine Personalisierungsbewertung reicht von 0 bis 100.</translation>
        </message>
        <message>
            <source>An empty message cannot be recorded as sent.</source>
            <translation>Eine leere Nachricht lässt sich nicht als gesendet erfassen.</translation>
        </message>
        <message>
            <source>The number of messages to show cannot be negative.</source>
            <translation>Die Zahl der anzuzeigenden Nachrichten darf nicht negativ sein.</translation>
        </message>
        <message>
            <source>'{outcome}' is not an outcome; use one of: {choices}.</source>
            <translation>'{outcome}' ist kein Ergebnis; verwenden Sie eines von: {choices}.</translation>
        </message>
        <message>
            <source>No sent message number {number} is recorded.</source>
            <translation>Es ist keine gesendete Nachricht mit der Nummer {number} erfasst.</translation>
        </message>
        <message>
            <source>No incoming request number {number} is recorded.</source>
            <translation>Es ist keine eingegangene Anfrage mit der Nummer {number} erfasst.</translation>
        </message>
        <message>
            <source>Some text contains characters that are not valid Unicode and cannot be saved.</source>
            <translation>Ein Text enthält Zeichen, die kein gültiges Unicode sind, und lässt sich nicht speichern.</translation>
        </message>
        <message>
            <source>The database {path} has been closed.</source>
            <translation>Die Datenbank {path} wurde geschlossen.</translation>
        </message>
        <message>
            <source>No contact number {number} is saved; it may have been deleted.</source>
            <translation>Es ist kein Kontakt mit der Nummer {number} gespeichert; vielleicht wurde er gelöscht.</translation>
        </message>
    </context>
    <context>
        <name>StoreLocked</name>
        <message>
            <source>The database {path} is in use by another program. Close the other program (or the other Rapport window) and try again.</source>
            <translation>Die Datenbank {path} wird von einem anderen Programm verwendet. Schließen Sie das andere Programm (oder das andere Rapport-Fenster) und versuchen Sie es erneut.</translation>
        </message>
    </context>
    <context>
        <name>StoreReadOnly</name>
        <message>
            <source>Rapport cannot save to {path}: the file or its folder is read-only. Make both writable, or move the data folder somewhere you can write to.</source>
            <translation>Rapport kann nicht in {path} speichern: Die Datei oder ihr Ordner ist schreibgeschützt. Machen Sie beide beschreibbar oder verschieben Sie den Datenordner an einen Ort, an dem Sie schreiben dürfen.</translation>
        </message>
    </context>
    <context>
        <name>StoreTooNew</name>
        <message>
            <source>The database {path} was written by a newer version of Rapport (schema {version}; this version knows up to {known}). Update Rapport to open it; the file has not been changed.</source>
            <translation>Die Datenbank {path} stammt von einer neueren Version von Rapport (Schema {version}; diese Version kennt Schemas bis {known}). Aktualisieren Sie Rapport, um sie zu öffnen; die Datei wurde nicht verändert.</translation>
        </message>
    </context>
    <context>
        <name>StrengthText</name>
        <message>
            <source>Close</source>
            <translation>Eng</translation>
        </message>
        <message>
            <source>Know well</source>
            <translation>Gut bekannt</translation>
        </message>
        <message>
            <source>Know a little</source>
            <translation>Etwas bekannt</translation>
        </message>
        <message>
            <source>Met once</source>
            <translation>Einmal getroffen</translation>
        </message>
        <message>
            <source>Never met</source>
            <translation>Nie getroffen</translation>
        </message>
    </context>
    <context>
        <name>TemplateEditor</name>
        <message>
            <source>Templates</source>
            <translation>Vorlagen</translation>
        </message>
        <message>
            <source>Template file text</source>
            <translation>Text der Vorlagendatei</translation>
        </message>
        <message>
            <source>Built-in template: read-only. Duplicate it (Ctrl+D) to make your own version.</source>
            <translation>Mitgelieferte Vorlage: schreibgeschützt. Duplizieren Sie sie (Strg+D), um eine eigene Version anzulegen.</translation>
        </message>
        <message>
            <source>Problem in the template</source>
            <translation>Problem in der Vorlage</translation>
        </message>
        <message>
            <source>&amp;New template</source>
            <translation>&amp;Neue Vorlage</translation>
        </message>
        <message>
            <source>&amp;Duplicate to my templates</source>
            <translation>In meine Vorlagen &amp;duplizieren</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Speichern</translation>
        </message>
        <message>
            <source>De&amp;lete…</source>
            <translation>&amp;Löschen…</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Importieren…</translation>
        </message>
        <message>
            <source>&amp;Export selected…</source>
            <translation>Auswahl expor&amp;tieren…</translation>
        </message>
        <message>
            <source>&amp;Templates</source>
            <translation>&amp;Vorlagen</translation>
        </message>
        <message>
            <source>Save the template</source>
            <translation>Die Vorlage speichern</translation>
        </message>
        <message>
            <source>Te&amp;xt</source>
            <translation>Te&amp;xt</translation>
        </message>
        <message>
            <source>Between the templates and the text</source>
            <translation>Zwischen den Vorlagen und dem Text</translation>
        </message>
        <message>
            <source>Between the text and the preview</source>
            <translation>Zwischen dem Text und der Vorschau</translation>
        </message>
        <message>
            <source>The template's file was removed; saving writes it again.</source>
            <translation>Die Datei der Vorlage wurde entfernt; beim Speichern wird sie neu geschrieben.</translation>
        </message>
        <message>
            <source>Line {line}: {problem}</source>
            <translation>Zeile {line}: {problem}</translation>
        </message>
        <message>
            <source>{name}{modified} — Templates</source>
            <translation>{name}{modified} – Vorlagen</translation>
        </message>
        <message>
            <source>Not saved: {problem}</source>
            <translation>Nicht gespeichert: {problem}</translation>
        </message>
        <message>
            <source>Saved {file}.</source>
            <translation>{file} gespeichert.</translation>
        </message>
        <message>
            <source>Created {file} in your templates.</source>
            <translation>{file} in Ihren Vorlagen angelegt.</translation>
        </message>
        <message>
            <source>Duplicated as {file} in your templates.</source>
            <translation>Als {file} in Ihre Vorlagen dupliziert.</translation>
        </message>
        <message>
            <source>No template was created: {problem}</source>
            <translation>Es wurde keine Vorlage angelegt: {problem}</translation>
        </message>
        <message>
            <source>Deleted {name}.</source>
            <translation>{name} gelöscht.</translation>
        </message>
    </context>
    <context>
        <name>TemplateFieldsModel</name>
        <message>
            <source>a contact field</source>
            <translation>ein Kontaktfeld</translation>
        </message>
        <message>
            <source>from your settings</source>
            <translation>aus Ihren Einstellungen</translation>
        </message>
        <message>
            <source>typed for each message</source>
            <translation>für jede Nachricht eingegeben</translation>
        </message>
        <message>
            <source>{label} ({name}) · missing</source>
            <translation>{label} ({name}) · fehlt</translation>
        </message>
        <message>
            <source>{label} ({name})</source>
            <translation>{label} ({name})</translation>
        </message>
        <message>
            <source>them</source>
            <comment>the contact</comment>
            <translation>sie</translation>
        </message>
        <message>
            <source>Required; {origin}.</source>
            <translation>Pflichtfeld; {origin}.</translation>
        </message>
        <message>
            <source>Used; {origin}.</source>
            <translation>Verwendet; {origin}.</translation>
        </message>
        <message>
            <source>{name} has no value for it.</source>
            <translation>{name} hat dafür keinen Wert.</translation>
        </message>
        <message>
            <source>There is no value for it.</source>
            <translation>Dafür gibt es keinen Wert.</translation>
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
            <translation>Sie haben bereits eine Vorlage namens „{name}“: Wählen Sie einen anderen Namen.</translation>
        </message>
        <message>
            <source>{file}: could not be saved ({error}).</source>
            <translation>{file}: ließ sich nicht speichern ({error}).</translation>
        </message>
        <message>
            <source>'{name}' is a built-in template; it cannot be deleted.</source>
            <translation>„{name}“ ist eine mitgelieferte Vorlage; sie lässt sich nicht löschen.</translation>
        </message>
        <message>
            <source>{file}: could not be deleted ({error}).</source>
            <translation>{file}: ließ sich nicht löschen ({error}).</translation>
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
            <translation>{file}, Zeile {line}: {problem}</translation>
        </message>
        <message>
            <source>'{key}' must be one of: {allowed}.</source>
            <translation>„{key}“ muss einer dieser Werte sein: {allowed}.</translation>
        </message>
        <message>
            <source>the file is not UTF-8 text.</source>
            <translation>Die Datei ist kein UTF-8-Text.</translation>
        </message>
        <message>
            <source>template</source>
            <translation>Vorlage</translation>
        </message>
        <message>
            <source>the file must start with a front matter block between '---' lines (name, kind, channel, description, requires).</source>
            <translation>Die Datei muss mit einem Kopfbereich zwischen '---'-Zeilen beginnen (name, kind, channel, description, requires).</translation>
        </message>
        <message>
            <source>the front matter is {problem}.</source>
            <translation>Der Kopfbereich ist fehlerhaft: {problem}.</translation>
        </message>
        <message>
            <source>the front matter must be a set of 'key: value' lines.</source>
            <translation>Der Kopfbereich muss aus Zeilen der Form 'key: value' bestehen.</translation>
        </message>
        <message>
            <source>'name' must be a short name of letters, digits, '-', '_' or '.'.</source>
            <translation>„name“ muss ein kurzer Name aus Buchstaben, Ziffern, '-', '_' oder '.' sein.</translation>
        </message>
        <message>
            <source>'{key}' must be text.</source>
            <translation>„{key}“ muss Text sein.</translation>
        </message>
        <message>
            <source>'register' applies only to {languages}.</source>
            <translation>„register“ gilt nur für {languages}.</translation>
        </message>
        <message>
            <source>'requires' must be a list of field names.</source>
            <translation>„requires“ muss eine Liste von Feldnamen sein.</translation>
        </message>
    </context>
    <context>
        <name>TemplateListModel</name>
        <message>
            <source>{template} (yours)</source>
            <translation>{template} (eigene)</translation>
        </message>
    </context>
    <context>
        <name>TemplateMenu</name>
        <message>
            <source>&amp;Templates</source>
            <translation>V&amp;orlagen</translation>
        </message>
        <message>
            <source>&amp;Edit templates…</source>
            <translation>Vorlagen &amp;bearbeiten…</translation>
        </message>
        <message>
            <source>&amp;Import templates…</source>
            <translation>Vorlagen &amp;importieren…</translation>
        </message>
        <message>
            <source>Import a &amp;folder of templates…</source>
            <translation>&amp;Ordner mit Vorlagen importieren…</translation>
        </message>
        <message>
            <source>E&amp;xport my templates…</source>
            <translation>Meine Vorlagen e&amp;xportieren…</translation>
        </message>
    </context>
    <context>
        <name>TemplatePicker</name>
        <message>
            <source>All kinds</source>
            <translation>Alle Arten</translation>
        </message>
        <message>
            <source>All languages</source>
            <translation>Alle Sprachen</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>A&amp;rt</translation>
        </message>
        <message>
            <source>Templ&amp;ate</source>
            <translation>Vorlag&amp;e</translation>
        </message>
        <message>
            <source>Lang&amp;uage</source>
            <translation>Sprac&amp;he</translation>
        </message>
        <message>
            <source>There are no templates of this kind.</source>
            <translation>Es gibt keine Vorlagen dieser Art.</translation>
        </message>
    </context>
    <context>
        <name>TemplatePreview</name>
        <message>
            <source>Contact to preview the template for</source>
            <translation>Kontakt, für den die Vorschau der Vorlage gezeigt wird</translation>
        </message>
        <message>
            <source>{name} (an example: no contacts yet)</source>
            <translation>{name} (ein Beispiel: noch keine Kontakte)</translation>
        </message>
        <message>
            <source>Fields the template uses</source>
            <translation>Von der Vorlage verwendete Felder</translation>
        </message>
        <message>
            <source>Message preview</source>
            <translation>Vorschau der Nachricht</translation>
        </message>
        <message>
            <source>Character count</source>
            <translation>Zeichenzahl</translation>
        </message>
        <message>
            <source>Why there is no preview</source>
            <translation>Warum es keine Vorschau gibt</translation>
        </message>
        <message>
            <source>Preview &amp;for</source>
            <translation>Vorschau &amp;für</translation>
        </message>
        <message>
            <source>F&amp;ields</source>
            <translation>F&amp;elder</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Nachricht</translation>
        </message>
        <message>
            <source>The preview failed: {error}</source>
            <translation>Die Vorschau ist fehlgeschlagen: {error}</translation>
        </message>
        <message>
            <source>Line {line}: {problem}</source>
            <translation>Zeile {line}: {problem}</translation>
        </message>
        <message numerus="yes">
            <source>%Ln characters</source>
            <translation>
                <numerusform>%Ln Zeichen</numerusform>
                <numerusform>%Ln Zeichen</numerusform>
            </translation>
        </message>
        <message>
            <source>{length} / {limit}</source>
            <translation>{length} / {limit}</translation>
        </message>
        <message>
            <source>them</source>
            <comment>the contact, unnamed</comment>
            <translation>sie</translation>
        </message>
    </context>
    <context>
        <name>TemplateRefused</name>
        <message>
            <source>The '{filter}' filter's width is limited to {limit}.</source>
            <translation>Die Breite des Filters „{filter}“ ist auf {limit} begrenzt.</translation>
        </message>
        <message>
            <source>The 'wordwrap' filter's line break is limited to {limit} characters.</source>
            <translation>Der Zeilenumbruch des Filters „wordwrap“ ist auf {limit} Zeichen begrenzt.</translation>
        </message>
        <message>
            <source>The 'round' filter's precision is limited to {limit} digits.</source>
            <translation>Die Genauigkeit des Filters „round“ ist auf {limit} Stellen begrenzt.</translation>
        </message>
        <message>
            <source>The '{filter}' filter takes a count from 1 to {limit}.</source>
            <translation>Der Filter „{filter}“ nimmt eine Anzahl von 1 bis {limit}.</translation>
        </message>
        <message>
            <source>The 'sum' filter adds numbers only.</source>
            <translation>Der Filter „sum“ addiert nur Zahlen.</translation>
        </message>
        <message>
            <source>The template took longer than {seconds} s to render and was stopped.</source>
            <translation>Die Vorlage brauchte länger als {seconds} s zum Rendern und wurde angehalten.</translation>
        </message>
        <message>
            <source>The template tried to build text longer than {limit} characters.</source>
            <translation>Die Vorlage wollte einen Text mit mehr als {limit} Zeichen erzeugen.</translation>
        </message>
        <message>
            <source>The template tried to build a list longer than {limit} items.</source>
            <translation>Die Vorlage wollte eine Liste mit mehr als {limit} Einträgen erzeugen.</translation>
        </message>
        <message>
            <source>The template tried to compute an enormous number.</source>
            <translation>Die Vorlage wollte eine riesige Zahl berechnen.</translation>
        </message>
        <message>
            <source>The template tried to print something longer than {limit} characters.</source>
            <translation>Die Vorlage wollte etwas mit mehr als {limit} Zeichen ausgeben.</translation>
        </message>
        <message>
            <source>The template nested lists more than {depth} levels deep.</source>
            <translation>Die Vorlage hat Listen mehr als {depth} Ebenen tief verschachtelt.</translation>
        </message>
        <message>
            <source>The template is not allowed to do that: {error}</source>
            <translation>Das darf die Vorlage nicht: {error}</translation>
        </message>
        <message>
            <source>The template produced more than {limit} characters.</source>
            <translation>Die Vorlage hat mehr als {limit} Zeichen erzeugt.</translation>
        </message>
        <message>
            <source>An expression in the template printed nothing (None).</source>
            <translation>Ein Ausdruck in der Vorlage hat nichts ausgegeben (None).</translation>
        </message>
        <message>
            <source>Formatting text with % is not allowed; join text with ~.</source>
            <translation>Text mit % zu formatieren ist nicht erlaubt; verbinden Sie Text mit ~.</translation>
        </message>
        <message>
            <source>The template may not call '{name}'.</source>
            <translation>Die Vorlage darf „{name}“ nicht aufrufen.</translation>
        </message>
        <message>
            <source>The template may not call that.</source>
            <translation>Das darf die Vorlage nicht aufrufen.</translation>
        </message>
        <message>
            <source>Templates cannot include, import or extend other files.</source>
            <translation>Vorlagen können keine anderen Dateien einbinden, importieren oder erweitern.</translation>
        </message>
        <message>
            <source>Templates cannot use autoescape: messages are plain text.</source>
            <translation>Vorlagen können kein Autoescape verwenden: Nachrichten sind reiner Text.</translation>
        </message>
        <message>
            <source>'{name}' is not something a template can call.</source>
            <translation>„{name}“ ist nichts, was eine Vorlage aufrufen kann.</translation>
        </message>
    </context>
    <context>
        <name>TemplateText</name>
        <message>
            <source>Coffee catch up</source>
            <translation>Kaffee zum Austauschen</translation>
        </message>
        <message>
            <source>Coffee invitation</source>
            <translation>Einladung auf einen Kaffee</translation>
        </message>
        <message>
            <source>Congratulate new role</source>
            <translation>Glückwunsch zur neuen Stelle</translation>
        </message>
        <message>
            <source>Decline follow instead</source>
            <translation>Ablehnen, stattdessen folgen</translation>
        </message>
        <message>
            <source>Decline offer coffee</source>
            <translation>Ablehnen, Kaffee anbieten</translation>
        </message>
        <message>
            <source>Follow up after meeting</source>
            <translation>Nachfassen nach einem Treffen</translation>
        </message>
        <message>
            <source>Follow up no reply</source>
            <translation>Nachfassen ohne Antwort</translation>
        </message>
        <message>
            <source>Intro ask</source>
            <translation>Um eine Vorstellung bitten</translation>
        </message>
        <message>
            <source>Intro make</source>
            <translation>Zwei Kontakte miteinander bekannt machen</translation>
        </message>
        <message>
            <source>Intro offer</source>
            <translation>Eine Vorstellung anbieten</translation>
        </message>
        <message>
            <source>Invite brief</source>
            <translation>Kurze Einladung</translation>
        </message>
        <message>
            <source>Invite former colleague</source>
            <translation>Einladung an frühere Kollegen</translation>
        </message>
        <message>
            <source>Invite introduced by</source>
            <translation>Einladung nach einer Vorstellung</translation>
        </message>
        <message>
            <source>Invite met at event</source>
            <translation>Einladung nach einer Veranstaltung</translation>
        </message>
        <message>
            <source>Invite read their work</source>
            <translation>Einladung wegen einer Arbeit</translation>
        </message>
        <message>
            <source>Invite same city</source>
            <translation>Einladung: gleiche Stadt</translation>
        </message>
        <message>
            <source>Recruiter interested</source>
            <translation>Recruiter: interessiert</translation>
        </message>
        <message>
            <source>Recruiter not now</source>
            <translation>Recruiter: gerade nicht</translation>
        </message>
        <message>
            <source>Thanks for accepting</source>
            <translation>Danke fürs Annehmen</translation>
        </message>
        <message>
            <source>Thanks for connecting</source>
            <translation>Danke für die Vernetzung</translation>
        </message>
    </context>
    <context>
        <name>TemplateTransfer</name>
        <message>
            <source>Import templates</source>
            <translation>Vorlagen importieren</translation>
        </message>
        <message>
            <source>Templates and zip archives (*.j2 *.zip);;All files (*)</source>
            <translation>Vorlagen und ZIP-Archive (*.j2 *.zip);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Import a folder of templates</source>
            <translation>Ordner mit Vorlagen importieren</translation>
        </message>
        <message>
            <source>Checking the templates…</source>
            <translation>Vorlagen werden geprüft…</translation>
        </message>
        <message>
            <source>The templates could not be checked: {error}</source>
            <translation>Die Vorlagen konnten nicht geprüft werden: {error}</translation>
        </message>
        <message>
            <source>Templates not imported</source>
            <translation>Vorlagen nicht importiert</translation>
        </message>
        <message>
            <source>Nothing was imported.</source>
            <translation>Es wurde nichts importiert.</translation>
        </message>
        <message numerus="yes">
            <source>Imported %Ln templates.</source>
            <translation>
                <numerusform>%Ln Vorlage importiert.</numerusform>
                <numerusform>%Ln Vorlagen importiert.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported %Ln templates; kept your own {names}.</source>
            <translation>
                <numerusform>%Ln Vorlage importiert; Ihre eigenen {names} wurden behalten.</numerusform>
                <numerusform>%Ln Vorlagen importiert; Ihre eigenen {names} wurden behalten.</numerusform>
            </translation>
        </message>
        <message>
            <source>No template files found.</source>
            <translation>Keine Vorlagendateien gefunden.</translation>
        </message>
        <message>
            <source>Nothing to import</source>
            <translation>Nichts zu importieren</translation>
        </message>
        <message>
            <source>Some templates cannot be imported</source>
            <translation>Einige Vorlagen können nicht importiert werden</translation>
        </message>
        <message numerus="yes">
            <source>{problems}

Import the other %Ln templates?</source>
            <translation>
                <numerusform>{problems}

Die übrige %Ln Vorlage importieren?</numerusform>
                <numerusform>{problems}

Die übrigen %Ln Vorlagen importieren?</numerusform>
            </translation>
        </message>
        <message>
            <source>Replace your templates?</source>
            <translation>Ihre Vorlagen ersetzen?</translation>
        </message>
        <message>
            <source>You already have templates named {names}. Replace them with the imported ones? (No keeps yours and imports the rest.)</source>
            <translation>Sie haben bereits Vorlagen namens {names}. Durch die importierten ersetzen? („Nein“ behält Ihre und importiert den Rest.)</translation>
        </message>
        <message>
            <source>Nothing to export</source>
            <translation>Nichts zu exportieren</translation>
        </message>
        <message>
            <source>You have no templates of your own yet.</source>
            <translation>Sie haben noch keine eigenen Vorlagen.</translation>
        </message>
        <message>
            <source>Zip archive (*.zip)</source>
            <translation>ZIP-Archiv (*.zip)</translation>
        </message>
        <message>
            <source>Separate files in a folder (*)</source>
            <translation>Einzelne Dateien in einem Ordner (*)</translation>
        </message>
        <message numerus="yes">
            <source>Export %Ln templates</source>
            <translation>
                <numerusform>%Ln Vorlage exportieren</numerusform>
                <numerusform>%Ln Vorlagen exportieren</numerusform>
            </translation>
        </message>
        <message>
            <source>Templates not exported</source>
            <translation>Vorlagen nicht exportiert</translation>
        </message>
        <message numerus="yes">
            <source>Exported %Ln templates to {destination}.</source>
            <translation>
                <numerusform>%Ln Vorlage nach {destination} exportiert.</numerusform>
                <numerusform>%Ln Vorlagen nach {destination} exportiert.</numerusform>
            </translation>
        </message>
        <message>
            <source>Replace files?</source>
            <translation>Dateien ersetzen?</translation>
        </message>
        <message>
            <source>{files}

already exist in {folder}. Replace them?</source>
            <translation>{files}

sind in {folder} bereits vorhanden. Ersetzen?</translation>
        </message>
        <message>
            <source>… and {count} more.</source>
            <translation>… und {count} weitere.</translation>
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
            <translation>{file}, Zeile {line}: {problem}</translation>
        </message>
        <message>
            <source>'name' {name} is kept by Windows for a device; choose another name.</source>
            <translation>„name“ {name} ist unter Windows für ein Gerät reserviert; wählen Sie einen anderen Namen.</translation>
        </message>
        <message>
            <source>The template</source>
            <translation>Die Vorlage</translation>
        </message>
    </context>
    <context>
        <name>TheirNote</name>
        <message>
            <source>{name} wrote</source>
            <translation>{name} schrieb</translation>
        </message>
        <message>
            <source>{name}'s note</source>
            <translation>Notiz von {name}</translation>
        </message>
    </context>
    <context>
        <name>TouchText</name>
        <message>
            <source>Never contacted</source>
            <translation>Noch nie kontaktiert</translation>
        </message>
        <message>
            <source>Last contacted {when}</source>
            <translation>Zuletzt kontaktiert: {when}</translation>
        </message>
        <message>
            <source>{last} · {due}</source>
            <translation>{last} · {due}</translation>
        </message>
        <message>
            <source>due {when}</source>
            <translation>fällig {when}</translation>
        </message>
        <message>
            <source>due today</source>
            <translation>heute fällig</translation>
        </message>
        <message>
            <source>overdue by {span}</source>
            <translation>{span} überfällig</translation>
        </message>
        <message>
            <source>Accepted your invitation {when} and replied; nothing sent to them since.</source>
            <translation>Hat Ihre Einladung {when} angenommen und geantwortet; seitdem haben Sie nichts gesendet.</translation>
        </message>
        <message>
            <source>Accepted your invitation {when}; no thank-you sent yet.</source>
            <translation>Hat Ihre Einladung {when} angenommen; noch kein Dankeschön gesendet.</translation>
        </message>
        <message>
            <source>nothing sent or received yet</source>
            <translation>noch nichts gesendet oder erhalten</translation>
        </message>
        <message>
            <source>last in touch {when}</source>
            <translation>zuletzt in Kontakt {when}</translation>
        </message>
        <message>
            <source>Keep in touch every {cadence}: {last}; {due}.</source>
            <translation>Kontaktrhythmus: {cadence}; {last}; {due}.</translation>
        </message>
    </context>
    <context>
        <name>TriagePage</name>
        <message>
            <source>&amp;Triage</source>
            <translation>&amp;Anfragen</translation>
        </message>
        <message>
            <source>{value} · {label}</source>
            <translation>{value} · {label}</translation>
        </message>
        <message>
            <source>Offer a &amp;coffee to strangers who live near you</source>
            <translation>Unbekannten in Ihrer Nähe einen &amp;Kaffee anbieten</translation>
        </message>
        <message>
            <source>People you know</source>
            <translation>Personen, die Sie kennen</translation>
        </message>
        <message>
            <source>Gro&amp;ups</source>
            <translation>Gr&amp;uppen</translation>
        </message>
        <message>
            <source>Or &amp;strength up to</source>
            <translation>Oder S&amp;tärke bis</translation>
        </message>
        <message>
            <source>A request from someone in one of these groups, or at this strength or closer, is accepted with a thank-you note.</source>
            <translation>Eine Anfrage von jemandem aus einer dieser Gruppen oder mit dieser oder einer engeren Beziehungsstärke wird mit einem Dankeschön angenommen.</translation>
        </message>
        <message>
            <source>Everyone else</source>
            <translation>Alle anderen</translation>
        </message>
        <message>
            <source>&amp;Recruiter titles</source>
            <translation>&amp;Recruiter-Titel</translation>
        </message>
        <message>
            <source>A title containing one of these words marks a recruiter's request.</source>
            <translation>Ein Titel mit einem dieser Wörter kennzeichnet die Anfrage eines Recruiters.</translation>
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
            <source>Import CSV &amp;contacts…</source>
            <translation>&amp;CSV-Kontakte importieren…</translation>
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
            <translation>Kontakt s&amp;uchen</translation>
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
            <translation>&amp;Vorlage auswählen</translation>
        </message>
    </context>
    <context>
        <name>WorkerError</name>
        <message>
            <source>The template took too long or used too much memory and was stopped.</source>
            <translation>Die Vorlage hat zu lange gebraucht oder zu viel Speicher belegt und wurde angehalten.</translation>
        </message>
        <message>
            <source>Rapport could not start its template renderer.</source>
            <translation>Rapport konnte seinen Vorlagen-Renderer nicht starten.</translation>
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
