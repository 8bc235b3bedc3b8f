<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>BreakdownModel</name>
        <message>
            <source>Sent</source>
            <comment>column: invitations sent</comment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Decided</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Accepted</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>95% interval</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Replied</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Reply rate</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Pending</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Accepted: {rate}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Replied, of those accepted: {rate}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Invitations accepted, replied to, declined or left without an answer.</source>
            <translation type="unfinished"></translation>
        </message>
        <message numerus="yes">
            <source>Fewer than %Ln decided: too few to tell much.</source>
            <translation type="unfinished">
                <numerusform></numerusform>
                <numerusform></numerusform>
            </translation>
        </message>
        <message>
            <source>{figure} {caveat}</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>CharacterCounter</name>
        <message>
            <source>{length} / {limit}</source>
            <comment>characters used / the channel's limit</comment>
            <translation type="unfinished"></translation>
        </message>
        <message numerus="yes">
            <source>%Ln characters</source>
            <translation type="unfinished">
                <numerusform></numerusform>
                <numerusform></numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ChecksPanel</name>
        <message>
            <source>Personal</source>
            <comment>verdict on a message</comment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Generic</source>
            <comment>verdict on a message</comment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>{verdict} · score {score}/100</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>What to improve</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Nothing to fix: this reads as written for {name}.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Grammar: on</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>Composer</name>
        <message>
            <source>Message copied to the clipboard.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Opening {address} in your browser.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>No browser opened: copy the address instead, {address}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The profile address is not a web address (https://…).</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Not recorded: {error}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Saved as a template in {path}.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Line {line}: {error}</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>ComposerWidgets</name>
        <message>
            <source>Messa&amp;ge</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Ref&amp;ill from template</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Replace the message with the template's words again</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Save as templat&amp;e…</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Turn this message into a template, with the contact's details as fields</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>C&amp;opy</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Copy the message to the clipboard</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Open &amp;profile</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Open the contact's profile in your browser</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>&amp;Record as sent</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The message appears here once you pick a contact.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The message appears here once the fields above are filled in.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>them</source>
            <comment>the contact</comment>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>ContactFlows</name>
        <message>
            <source>Contact not saved</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Saved {name}.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Delete contact</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Delete {name}? Messages already sent to them stay in the history.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Contact not deleted</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Deleted {name}.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Your changes to this contact are not saved: a contact needs a name. Discard them?</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Your changes to this contact are not saved: they could not be saved. Discard them?</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>ContactForm</name>
        <message>
            <source>Group</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Pick one or type your own</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Relationship strength</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Relationship</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Keep in touch</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Last contacted</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Save contact</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Delete contact</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Custom…</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>every </source>
            <comment>before a number of days</comment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source> days</source>
            <comment>after a number of days</comment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Keep in touch every so many days</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>When you last contacted them could not be read: {error}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>A contact needs a name.</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>ContactListModel</name>
        <message>
            <source>{title} at {company}</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>ContactsPanel</name>
        <message>
            <source>Search contacts</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>New contact</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>No contacts yet</source>
            <translation type="unfinished"></translation>
        </message>
        <message numerus="yes">
            <source>%Ln contacts</source>
            <translation type="unfinished">
                <numerusform></numerusform>
                <numerusform></numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %Ln contacts</source>
            <translation type="unfinished">
                <numerusform></numerusform>
                <numerusform></numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <source>Rapport ran into a problem</source>
            <translation>Rapport a rencontré un problème</translation>
        </message>
        <message>
            <source>Something went wrong inside Rapport.</source>
            <translation>Une erreur s’est produite dans Rapport.</translation>
        </message>
        <message>
            <source>What you typed is still in the window and you can carry on. If Rapport misbehaves from here, save your work and restart it.</source>
            <translation>Ce que vous avez saisi est toujours dans la fenêtre et vous pouvez continuer. Si Rapport se comporte bizarrement ensuite, enregistrez votre travail et redémarrez-le.</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Ce qui s’est passé</translation>
        </message>
        <message>
            <source>The details were written to the log file:
{file}</source>
            <translation>Les détails ont été écrits dans le fichier journal :
{file}</translation>
        </message>
        <message>
            <source>Rapport could not write its log file, so the details are only shown here.</source>
            <translation>Rapport n’a pas pu écrire son fichier journal ; les détails ne figurent donc qu’ici.</translation>
        </message>
        <message>
            <source>Where the log is</source>
            <translation>Emplacement du journal</translation>
        </message>
        <message>
            <source>How often it happened</source>
            <translation>Nombre de fois où c’est arrivé</translation>
        </message>
        <message>
            <source>Error details</source>
            <translation>Détails de l’erreur</translation>
        </message>
        <message>
            <source>&amp;Open log folder</source>
            <translation>&amp;Ouvrir le dossier du journal</translation>
        </message>
        <message>
            <source>Open the folder of the log file</source>
            <translation>Ouvrir le dossier du fichier journal</translation>
        </message>
        <message>
            <source>&amp;Copy details</source>
            <translation>&amp;Copier les détails</translation>
        </message>
        <message>
            <source>Copy the error details</source>
            <translation>Copier les détails de l’erreur</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message numerus="yes">
            <source>This has happened %Ln times since Rapport started.</source>
            <translation>
                <numerusform>C’est arrivé %Ln fois depuis le démarrage de Rapport.</numerusform>
                <numerusform>C’est arrivé %Ln fois depuis le démarrage de Rapport.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CsvMappingDialog</name>
        <message>
            <source>Import {file}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Column for {field}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>(not imported)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Choose the column that holds each detail. Columns left out are not imported; contacts already saved only gain details they lack.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Import</source>
            <comment>button: import the file</comment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Choose the column for {name}, or for {first_name} and {last_name}: every contact needs a name.</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>DataFolderPage</name>
        <message>
            <source>&amp;Data</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Data folder</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Choose the data folder</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Use the d&amp;efault</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Use the default data folder</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>&amp;Copy my contacts, history, templates and settings there</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Copy my data to the new folder</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>What changing the data folder does</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>&amp;Folder</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Your contacts, message history, own templates and settings live in this folder. Passwords and API keys do not: they stay in the system keyring.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>RAPPORT_HOME is set, so Rapport keeps its data in {folder}. Start Rapport without it to choose a folder here.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>This is the folder Rapport uses now.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Chosen earlier: Rapport uses this folder from its next start, and {current} until then.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Rapport stays with this folder, the one it uses now.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>That folder already holds Rapport data: Rapport will use it as it is, from the next start. Your data in {current} stays where it is.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Rapport uses the new folder from the next start. A copy of your data goes there; the data in {current} stays where it is.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Rapport uses the new folder from the next start. Nothing of your data goes there; the data in {current} stays where it is.</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>DetailsForm</name>
        <message>
            <source>Details for this message</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>EditorParts</name>
        <message>
            <source>Delete template</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Delete your template '{name}'? Its file is removed from {folder}.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Replace a built-in template</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>A built-in template is named '{name}'. Yours will be used in its place everywhere. Save under this name?</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Save your changes to '{name}'?</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Not saved: you already have a template named '{name}'.</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>FindingsModel</name>
        <message>
            <source>“{words}”: {finding}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>{finding} (×{count})</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>{severity}: {finding}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>{finding}
Suggestions: {suggestions}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Stops sending</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Weak</source>
            <comment>a finding that weakens the message</comment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Note</source>
            <comment>a finding that is only a note</comment>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>FirstRunDialog</name>
        <message>
            <source>Welcome to Rapport</source>
            <translation>Bienvenue dans Rapport</translation>
        </message>
        <message>
            <source>As you sign your messages</source>
            <translation>Comme vous signez vos messages</translation>
        </message>
        <message>
            <source>e.g. Lisbon: people near you are offered a coffee</source>
            <translation>p. ex. Lisbonne : on propose un café aux personnes proches de chez vous</translation>
        </message>
        <message numerus="yes">
            <source>&amp;Free: notes of up to {limit} characters, about %Ln personalised notes a month</source>
            <translation>
                <numerusform>&amp;Gratuit : notes de {limit} caractères au plus, environ %Ln note personnalisée par mois</numerusform>
                <numerusform>&amp;Gratuit : notes de {limit} caractères au plus, environ %Ln notes personnalisées par mois</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Premium: notes of up to {limit} characters</source>
            <translation>&amp;Premium : notes de {limit} caractères au plus</translation>
        </message>
        <message>
            <source>&amp;Add a contact</source>
            <translation>&amp;Ajouter un contact</translation>
        </message>
        <message>
            <source>&amp;Import a LinkedIn export…</source>
            <translation>&amp;Importer un export LinkedIn…</translation>
        </message>
        <message>
            <source>Not now</source>
            <translation>Pas maintenant</translation>
        </message>
        <message>
            <source>Your &amp;name</source>
            <translation>Votre &amp;nom</translation>
        </message>
        <message>
            <source>Your &amp;location</source>
            <translation>Votre &amp;ville</translation>
        </message>
        <message>
            <source>LinkedIn account</source>
            <translation>Compte LinkedIn</translation>
        </message>
        <message>
            <source>Rapport signs messages with your name, knows who lives near you, and counts characters against your account's limit. Settings (Ctrl+,) change these later.</source>
            <translation>Rapport signe les messages de votre nom, sait qui habite près de chez vous et compte les caractères selon la limite de votre compte. Vous pourrez modifier tout cela plus tard dans les Paramètres (Ctrl+,).</translation>
        </message>
        <message>
            <source>Next, add someone you want to write to, or import the connections and invitations of your LinkedIn data export.
Rapport then suggests a message for each person from what you know about them.</source>
            <translation>Ajoutez ensuite une personne à qui écrire, ou importez les relations et invitations de votre export de données LinkedIn.
Rapport propose alors un message pour chaque personne, à partir de ce que vous savez d’elle.</translation>
        </message>
    </context>
    <context>
        <name>FirstSteps</name>
        <message>
            <source>Pick someone in the list to write to, or add the person you want to connect with.
With a LinkedIn data export, your connections and invitations come in at once.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>&amp;New contact</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Add someone to write to (Ctrl+N)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Import a &amp;LinkedIn export…</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Read the zip LinkedIn sends you (Ctrl+I)</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>FollowUpModel</name>
        <message>
            <source>Say thank you</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Keep in touch</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>{name} · {action}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>{name}: {action}. {detail}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Press Enter or double-click to write to {name} with “{template}”.</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>FollowUpsView</name>
        <message>
            <source>Follow-ups to do</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>&amp;Write to them</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Write to the chosen person</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Nothing to follow up: everyone who accepted lately has heard from you, and nobody is past their keep-in-touch cadence.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>{to_thank} to thank for accepting, {due} due a word by their keep-in-touch cadence. Press Enter on one to write to them.</source>
            <translation type="unfinished"></translation>
        </message>
        <message numerus="yes">
            <source>%Ln people</source>
            <translation type="unfinished">
                <numerusform></numerusform>
                <numerusform></numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FrontMatterForm</name>
        <message>
            <source>Template name</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>letters, digits, - and _</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Kind of message</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Channel</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Description</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>When to use this template</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Required fields</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The contact fields this template cannot do without, separated by commas.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>C&amp;hannel</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>&amp;Description</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>&amp;Required fields</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>GapForm</name>
        <message>
            <source>Missing from the contact</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Fields missing from the contact</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Used for this message only, unless you save them.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Missing from {name}’s contact</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Save to {name}’s contact</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Save these fields to {name}’s contact</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Keep these values in {name}’s contact for later messages ({shortcut})</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Save to the contact</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Save these fields to the contact</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Keep these values in the contact for later messages ({shortcut})</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>GrammarPage</name>
        <message>
            <source>On this &amp;computer (a LanguageTool server Rapport starts)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>On a LanguageTool &amp;server elsewhere</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>With LanguageTool Pre&amp;mium</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>&amp;Off</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>English (US)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>English (UK)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>English (Canada)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>English (Australia)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>German (Germany)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>German (Austria)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>German (Switzerland)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>French</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Spanish</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Italian</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Dutch</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Portuguese (Portugal)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Portuguese (Brazil)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Polish</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Swedish</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Danish</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Catalan</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Ukrainian</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Detect the language</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>&amp;Grammar</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Grammar and spelling checks</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Grammar checks: {where}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>LanguageTool on this computer</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>&amp;Download LanguageTool ({size}) if it is not installed</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source> min</source>
            <comment>spin box suffix: minutes</comment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Stop it after, &amp;unused</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>One server serves the window and the rapport command alike.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Grammar server</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Only if it asks for a login</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>&amp;Address</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>&amp;Username</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Pass&amp;word or API key</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>LanguageTool Premium</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Your account's e-mail address</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>API &amp;key</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The API key is in your LanguageTool account, under Access tokens.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>System keyring</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Cannot be stored: see below</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Passwords and API keys go to the system keyring.</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>HistoryModel</name>
        <message>
            <source>Sent</source>
            <comment>column: when the message was sent</comment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Contact</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Template</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Message</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Score</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>No template</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Template file: {file}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Sent without a note.</source>
            <translation type="unfinished"></translation>
        </message>
        <message numerus="yes">
            <source>No answer in %Ln days: counted as no answer in the statistics. Click or press F2 to change.</source>
            <translation type="unfinished">
                <numerusform></numerusform>
                <numerusform></numerusform>
            </translation>
        </message>
        <message>
            <source>Click or press F2 to change.</source>
            <translation type="unfinished"></translation>
        </message>
        <message numerus="yes">
            <source>No answer (pending %Ln days)</source>
            <translation type="unfinished">
                <numerusform></numerusform>
                <numerusform></numerusform>
            </translation>
        </message>
        <message>
            <source>Pending (sent today)</source>
            <translation type="unfinished"></translation>
        </message>
        <message numerus="yes">
            <source>Pending (%Ln days)</source>
            <translation type="unfinished">
                <numerusform></numerusform>
                <numerusform></numerusform>
            </translation>
        </message>
        <message>
            <source>(no note)</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>HistoryPage</name>
        <message>
            <source>History, statistics and follow-ups</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>&amp;History</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>&amp;Statistics</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Follow-&amp;ups</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The statistics could not be counted: {error}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>{messages} to {contacts}, as of {time}. Acceptance counts invitations accepted (replied ones included) out of those decided; invitations pending over {days} count as no answer.</source>
            <translation type="unfinished"></translation>
        </message>
        <message numerus="yes">
            <source>%Ln messages</source>
            <translation type="unfinished">
                <numerusform></numerusform>
                <numerusform></numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln contacts</source>
            <translation type="unfinished">
                <numerusform></numerusform>
                <numerusform></numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln days</source>
            <translation type="unfinished">
                <numerusform></numerusform>
                <numerusform></numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HistoryPanel</name>
        <message>
            <source>Any contact</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Filter by contact name</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Filter by template</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Any template</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Filter by kind</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Any kind</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Filter by outcome</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Any outcome</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Sent on or after</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Sent on or before</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>C&amp;lear filters</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Clear the history filters</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Messages sent</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>C&amp;ontact</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Templ&amp;ate</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Outcom&amp;e</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>F&amp;rom</source>
            <comment>sent from this date</comment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Unt&amp;il</source>
            <comment>sent until this date</comment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>No template (imported or typed)</source>
            <translation type="unfinished"></translation>
        </message>
        <message numerus="yes">
            <source>%Ln messages match the filters</source>
            <translation type="unfinished">
                <numerusform></numerusform>
                <numerusform></numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln messages</source>
            <translation type="unfinished">
                <numerusform></numerusform>
                <numerusform></numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HistoryTab</name>
        <message>
            <source>Any</source>
            <comment>any date</comment>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>ImportFlow</name>
        <message>
            <source>Import a LinkedIn data export</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>LinkedIn export (*.zip *.csv);;All files (*)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Import contacts from a vCard file</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>vCard (*.vcf *.vcard)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Import contacts from a CSV file</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>CSV (*.csv *.txt)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Nothing was imported</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>An import is already running; wait for it to finish.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Importing {file}…</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Importing</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Import of {file} cancelled; nothing was saved.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The import of {file} failed ({error}). Nothing was saved.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Import finished</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>ImportReport</name>
        <message numerus="yes">
            <source>Imported {file}: %Ln new contacts, {completed} completed, {unchanged} unchanged.</source>
            <translation type="unfinished">
                <numerusform></numerusform>
                <numerusform></numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln invitations you sent ({accepted} accepted, {replied} of them answered with a message);</source>
            <translation type="unfinished">
                <numerusform></numerusform>
                <numerusform></numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln earlier invitations now have an outcome.</source>
            <translation type="unfinished">
                <numerusform></numerusform>
                <numerusform></numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln requests you received are in the Inbox ({accepted} of them accepted already).</source>
            <translation type="unfinished">
                <numerusform></numerusform>
                <numerusform></numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Since your export of {day}: %Ln changed jobs, {new} new, {gone} no longer there (see the Network page).</source>
            <translation type="unfinished">
                <numerusform></numerusform>
                <numerusform></numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln people share a name with someone:</source>
            <translation type="unfinished">
                <numerusform></numerusform>
                <numerusform></numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln rows were skipped:</source>
            <translation type="unfinished">
                <numerusform></numerusform>
                <numerusform></numerusform>
            </translation>
        </message>
        <message>
            <source>• and {count} more.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>• {file}, line {line}: {reason}</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>InboxModel</name>
        <message>
            <source>From</source>
            <comment>column: who sent the request</comment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Received</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Their note</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Suggested</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Done</source>
            <comment>column: what was done with the request</comment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>{name} · {works}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>(no note)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>{title} at {company}</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>InboxPage</name>
        <message>
            <source>Incoming requests</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Which requests to show</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Waiting for an answer</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>All requests</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Add request…</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Add a request you received</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Import from LinkedIn…</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Import requests from a LinkedIn data export</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Their note</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Why this is suggested</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Draft the reply</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Draft the reply in the composer</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>What you did</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Record</source>
            <comment>verb: record what you did</comment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Record what you did with this request</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Undo: waiting again</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Undo what you recorded: the request waits again</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>&amp;Show</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Request</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>&amp;You did:</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Between the requests and the chosen one</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Reading the inbox…</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The inbox could not be read: {error}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>{waiting} waiting · {shown} shown</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>No request chosen.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>{name}, {works}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>(They sent no note.)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Suggested: {answer}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Change</source>
            <comment>verb: change what you recorded</comment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>waiting again</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>{name}: {done}.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Added the request from {name}.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>No requests waiting. Requests you receive come in with your LinkedIn data export (Import from LinkedIn…, or Ctrl+I), or add one by hand with Add request…: Rapport suggests an answer for each and drafts the reply.</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>Keyboard</name>
        <message>
            <source>Sort by {column}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Fit columns to their contents</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>KindText</name>
        <message>
            <source>Invitation</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Thank-you</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Polite decline</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Coffee invitation</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Reply to a recruiter</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Introduction</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>LanguagePage</name>
        <message>
            <source>L&amp;anguage</source>
            <comment>settings page</comment>
            <translation>&amp;Langue</translation>
        </message>
        <message>
            <source>Window language</source>
            <translation>Langue de la fenêtre</translation>
        </message>
        <message>
            <source>System default</source>
            <translation>Celle du système</translation>
        </message>
        <message>
            <source>My language</source>
            <translation>Ma langue</translation>
        </message>
        <message>
            <source>Formal</source>
            <translation>Vouvoiement</translation>
        </message>
        <message>
            <source>Informal</source>
            <translation>Tutoiement</translation>
        </message>
        <message>
            <source>Default register</source>
            <translation>Registre par défaut</translation>
        </message>
        <message>
            <source>Window</source>
            <translation>Fenêtre</translation>
        </message>
        <message>
            <source>&amp;Window language</source>
            <translation>Langue de la &amp;fenêtre</translation>
        </message>
        <message>
            <source>Menus, buttons and dates in this language. A change applies at the next start.</source>
            <translation>Menus, boutons et dates dans cette langue. Un changement prend effet au prochain démarrage.</translation>
        </message>
        <message>
            <source>Messages</source>
            <translation>Messages</translation>
        </message>
        <message>
            <source>&amp;My language</source>
            <translation>&amp;Ma langue</translation>
        </message>
        <message>
            <source>The language you write in: templates and checks for contacts who have none.</source>
            <translation>La langue dans laquelle vous écrivez : modèles et vérifications pour les contacts qui n’en ont pas.</translation>
        </message>
        <message>
            <source>Default &amp;register</source>
            <translation>&amp;Registre par défaut</translation>
        </message>
        <message>
            <source>How templates address people where the language has two ways: Sie or du, vous or tu, usted or tú, o senhor or você.</source>
            <translation>La façon dont les modèles s’adressent aux gens quand la langue en a deux : Sie ou du, vous ou tu, usted ou tú, o senhor ou você.</translation>
        </message>
    </context>
    <context>
        <name>LibraryListModel</name>
        <message>
            <source>mine</source>
            <comment>a template of the user's</comment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>built-in</source>
            <comment>a template shipped</comment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>{template} ({source})</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>{name}: {description}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>{name}: Ships with Rapport; read-only. {description}</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>ListEditor</name>
        <message>
            <source>Add</source>
            <comment>verb: add an entry to the list</comment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Add to {list}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Remove</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Remove from {list}</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Between the contacts and the form</source>
            <translation>Entre les contacts et le formulaire</translation>
        </message>
        <message>
            <source>Between the form and the composer</source>
            <translation>Entre le formulaire et l’éditeur</translation>
        </message>
        <message>
            <source>&amp;Compose</source>
            <translation>&amp;Rédiger</translation>
        </message>
        <message>
            <source>&amp;Inbox</source>
            <translation>&amp;Boîte de réception</translation>
        </message>
        <message>
            <source>&amp;History</source>
            <translation>&amp;Historique</translation>
        </message>
        <message>
            <source>&amp;Network</source>
            <translation>Ré&amp;seau</translation>
        </message>
        <message>
            <source>A template was skipped: {problem}</source>
            <translation>Un modèle a été ignoré : {problem}</translation>
        </message>
        <message>
            <source>Recorded as sent to {name}.</source>
            <translation>Enregistré comme envoyé à {name}.</translation>
        </message>
        <message>
            <source>Welcome to Rapport. Add a contact to start writing (Ctrl+N).</source>
            <translation>Bienvenue dans Rapport. Ajoutez un contact pour commencer à écrire (Ctrl+N).</translation>
        </message>
        <message numerus="yes">
            <source>%Ln contacts</source>
            <translation>
                <numerusform>%Ln contact</numerusform>
                <numerusform>%Ln contacts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln templates</source>
            <translation>
                <numerusform>%Ln modèle</numerusform>
                <numerusform>%Ln modèles</numerusform>
            </translation>
        </message>
        <message>
            <source>Earlier messages could not be read for the repeat check: {error}</source>
            <translation>Les messages précédents n’ont pas pu être lus pour la vérification des répétitions : {error}</translation>
        </message>
    </context>
    <context>
        <name>MessageActions</name>
        <message>
            <source>Replace your message?</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The template's words will replace the message as you edited it. Ctrl+Z brings your words back.</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>MessageChecks</name>
        <message>
            <source>them</source>
            <comment>the contact</comment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Not added to your dictionary: {error}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>“{word}” is in your dictionary now.</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>MessageView</name>
        <message>
            <source>Replace “{words}” with “{replacement}”</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Ignore “{words}” in this message</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Add “{words}” to your dictionary</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>NetworkModels</name>
        <message>
            <source>{title} at {company}</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>NetworkPage</name>
        <message>
            <source>Connections you may no longer know</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Open contact</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Open the chosen contact to write to them</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Delete from Rapport…</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Delete the chosen contact from Rapport</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Removes them from Rapport only; remove the connection on LinkedIn yourself.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Refresh the network review</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Changed jobs, new and gone since your last export</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Congratulate…</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Write to the chosen person about their new job</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Group</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Relationship</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Company</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Location</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>People you may no longer know</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Changed jobs since your last export</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Your network</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Contacts by group</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Contacts by strength</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Contacts by company</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Contacts by location</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Reading your network…</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The network review could not be read: {error}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Nobody here: everyone you marked never met is recent or has heard from you.</source>
            <translation type="unfinished"></translation>
        </message>
        <message numerus="yes">
            <source>%Ln connections you marked never met, connected over a year ago and never wrote to. Reconnect on purpose, or prune.</source>
            <translation type="unfinished">
                <numerusform></numerusform>
                <numerusform></numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln contacts</source>
            <translation type="unfinished">
                <numerusform></numerusform>
                <numerusform></numerusform>
            </translation>
        </message>
        <message>
            <source>Import two LinkedIn exports, a while apart, to see who changed jobs.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Your export of {day} is the first: import a newer one later.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Your export of {day} against {previous}: {changed} changed jobs, {new} new, {gone} no longer there.</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>NewsModel</name>
        <message>
            <source>Changed jobs</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>New connection</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>No longer in the export</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>What</source>
            <comment>column: what changed</comment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Then</source>
            <comment>column: the job before</comment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Now</source>
            <comment>column: the job now</comment>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>NextStepsView</name>
        <message>
            <source>What to do next</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>What to do next could not be worked out: {error}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>No invitation has been decided yet, so nothing is known about what works.</source>
            <translation type="unfinished"></translation>
        </message>
        <message numerus="yes">
            <source>From %Ln decided invitations. An approach is kept or dropped only when the difference holds with 0.95 probability; the rest need more sends.</source>
            <translation type="unfinished">
                <numerusform></numerusform>
                <numerusform></numerusform>
            </translation>
        </message>
        <message>
            <source>Keep</source>
            <comment>heading: approaches to keep</comment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Drop</source>
            <comment>heading: approaches to drop</comment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Test</source>
            <comment>heading: approaches to test</comment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>{heading} ({count})</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>OutcomeDelegate</name>
        <message>
            <source>Outcome</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>PageTabs</name>
        <message>
            <source>Pages</source>
            <translation>Pages</translation>
        </message>
    </context>
    <context>
        <name>ProfilePage</name>
        <message>
            <source>&amp;You</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>As you sign your messages</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>e.g. Lisbon</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>&amp;Free: {limit}-character connection notes</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>&amp;Premium: {limit}-character notes</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Free LinkedIn account</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Premium LinkedIn account</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source> notes</source>
            <comment>spin box suffix</comment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source> days</source>
            <comment>spin box suffix</comment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>About you</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>&amp;Location</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Templates sign with your name; a stranger who lives near you is offered a coffee.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>LinkedIn</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Account</source>
            <comment>LinkedIn account type</comment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Personalised notes a &amp;month</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Invitations pending f&amp;or</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>An invitation with no answer after this many days counts as unanswered.</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>QuotaNotice</name>
        <message>
            <source>Personalised notes used this month</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Note quota warning</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Past this month's note quota</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>{warning}

Record this note as sent anyway?</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The notes sent this month could not be counted: {error}</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>RateChart</name>
        <message>
            <source>Acceptance and reply rates by template, with 95% intervals</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>{template}  (n={count})</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Reply rate (of those accepted)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Acceptance rate</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Replied, of those accepted: {rate}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Accepted: {rate}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>No template</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>RecommendationModel</name>
        <message>
            <source>Template</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Accepted here</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Expected</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>95% interval</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Chance best</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>not sent yet</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>{accepted} of {sent}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>never tried</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>RecommendationsView</name>
        <message>
            <source>What works for people like them</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Pick a contact to see which invitation works for people like them.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Invitation templates ranked for this contact</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Invitation templates ranked</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Ranking…</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Every invitation template with its counts and interval</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Explore: suggest the template that would teach the most</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Counting what worked for people like {name}…</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The recommendations could not be counted: {error}</source>
            <translation type="unfinished"></translation>
        </message>
        <message numerus="yes">
            <source>For {segment}, from your own history. %Ln invitations still pending are not counted yet.</source>
            <translation type="unfinished">
                <numerusform></numerusform>
                <numerusform></numerusform>
            </translation>
        </message>
        <message>
            <source>For {segment}, from your own history.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Exploring: send {template} this time. It was drawn from what each template could still turn out to be, so the less-tested ones come up as often as they could well be the best.</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>Recovery</name>
        <message>
            <source>Rapport cannot open your data</source>
            <translation>Rapport ne peut pas ouvrir vos données</translation>
        </message>
        <message>
            <source>the data folder</source>
            <translation>le dossier de données</translation>
        </message>
        <message>
            <source>{folder}: {problem}</source>
            <translation>{folder} : {problem}</translation>
        </message>
        <message>
            <source>Restore the backup made on {day} at {time}? Anything saved after it will be missing. The damaged file is kept next to the database, renamed; nothing is deleted.</source>
            <translation>Restaurer la sauvegarde du {day} à {time} ? Tout ce qui a été enregistré depuis sera perdu. Le fichier endommagé est conservé, renommé, à côté de la base de données ; rien n’est supprimé.</translation>
        </message>
        <message>
            <source>Restore the backup</source>
            <translation>Restaurer la sauvegarde</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Quitter</translation>
        </message>
        <message>
            <source>Quit without changing anything</source>
            <translation>Quitter sans rien modifier</translation>
        </message>
        <message>
            <source>No backup was made today: {error}</source>
            <translation>Aucune sauvegarde n’a été faite aujourd’hui : {error}</translation>
        </message>
    </context>
    <context>
        <name>RelativeDay</name>
        <message>
            <source>today</source>
            <translation>aujourd’hui</translation>
        </message>
        <message>
            <source>yesterday</source>
            <translation>hier</translation>
        </message>
        <message>
            <source>{day} {time}</source>
            <translation>{day} {time}</translation>
        </message>
        <message numerus="yes">
            <source>%n days ago</source>
            <translation>
                <numerusform>il y a %n jour</numerusform>
                <numerusform>il y a %n jours</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RequestDialog</name>
        <message>
            <source>Add a connection request</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>As shown on the request</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <comment>job title</comment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Their headline or job title</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>&amp;Company</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>&amp;Location</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>City or area, if the profile shows one</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>&amp;Profile URL</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Their note</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Paste the note they sent, or leave empty if none.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Their &amp;note</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Add to inbox</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>SaveTemplateDialog</name>
        <message>
            <source>Save as template</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Template &amp;name</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The contact's details become fields, filled in for each person you write to:</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>SecretField</name>
        <message>
            <source>Remove the stored one</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Remove the stored {secret}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Checking the system keyring…</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Stored in the keyring; type a new one to replace it</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Not stored yet</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Rapport will use {folder} from its next start; your data was copied there.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Rapport will use {folder} from its next start.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Settings</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Settings pages</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Problems with the settings</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Save the settings</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Close without changing anything</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>On the {page} page: {problem}</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>SettingsFlow</name>
        <message>
            <source>Settings saved.</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>ShareModel</name>
        <message>
            <source>Contacts</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Share</source>
            <comment>noun: share of the network</comment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>{percent}%</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>StaleModel</name>
        <message>
            <source>Name</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Works as</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Connected</source>
            <comment>column: the day you connected</comment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Why it is listed</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>StatsView</name>
        <message>
            <source>Invitations</source>
            <comment>column: with or without a note</comment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>invitations</source>
            <comment>break down by</comment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Template</source>
            <comment>column</comment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>template</source>
            <comment>break down by</comment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Kind</source>
            <comment>column</comment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>kind</source>
            <comment>break down by</comment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Group</source>
            <comment>column</comment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>group</source>
            <comment>break down by</comment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Relationship strength</source>
            <comment>column</comment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>relationship strength</source>
            <comment>break down by</comment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Checker score</source>
            <comment>column</comment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>checker score</source>
            <comment>break down by</comment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Month</source>
            <comment>column</comment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>month</source>
            <comment>break down by</comment>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Differences unlikely to be chance</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Differences that could well be chance</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Too few to tell yet</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Acceptance rate</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Reply rate</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Median time to acceptance</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Still pending</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Break the statistics down by</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Statistics broken down</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>What the differences mean</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>&amp;Break down by</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Breakdown</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Acceptance and reply rates by template, with 95% intervals</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Between the statistics table and the chart</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Above what the differences mean</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>No decided invitations yet.</source>
            <translation type="unfinished"></translation>
        </message>
        <message numerus="yes">
            <source>{successes} of %Ln decided invitations. 95% interval {low}–{high}.</source>
            <translation type="unfinished">
                <numerusform></numerusform>
                <numerusform></numerusform>
            </translation>
        </message>
        <message>
            <source>No accepted invitations yet.</source>
            <translation type="unfinished"></translation>
        </message>
        <message numerus="yes">
            <source>{successes} of %Ln accepted invitations. 95% interval {low}–{high}.</source>
            <translation type="unfinished">
                <numerusform></numerusform>
                <numerusform></numerusform>
            </translation>
        </message>
        <message>
            <source>No accepted invitation with a known acceptance time yet.</source>
            <translation type="unfinished"></translation>
        </message>
        <message numerus="yes">
            <source>Of %Ln accepted invitations, half were accepted sooner, half later.</source>
            <translation type="unfinished">
                <numerusform></numerusform>
                <numerusform></numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Invitations sent in the last %Ln days and not yet answered; left out of the rates until they are, or until the window passes.</source>
            <translation type="unfinished">
                <numerusform></numerusform>
                <numerusform></numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing to compare yet: the statistics compare templates, groups, strengths and scores once invitations of more than one kind have been decided.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>{heading} ({count})</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>TemplateEditor</name>
        <message>
            <source>Templates</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Template file text</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Built-in template: read-only. Duplicate it (Ctrl+D) to make your own version.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Problem in the template</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>&amp;New template</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>&amp;Duplicate to my templates</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>De&amp;lete…</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>&amp;Export selected…</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>&amp;Templates</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Save the template</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Te&amp;xt</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Between the templates and the text</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Between the text and the preview</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The template's file was removed; saving writes it again.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>{file} cannot be read: {error}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Line {line}: {problem}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>{name}{modified} — Templates</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Not saved: {problem}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Saved {file}.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Created {file} in your templates.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Duplicated as {file} in your templates.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>No template was created: {problem}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Deleted {name}.</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>TemplateFieldsModel</name>
        <message>
            <source>a contact field</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>from your settings</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>typed for each message</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>{label} ({name}) · missing</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>{label} ({name})</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Required; {origin}.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Used; {origin}.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>{name} has no value for it.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>There is no value for it.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>{tip} {lacking}</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>TemplateListModel</name>
        <message>
            <source>{template} (yours)</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>TemplateMenu</name>
        <message>
            <source>&amp;Templates</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>&amp;Edit templates…</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>&amp;Import templates…</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Import a &amp;folder of templates…</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>E&amp;xport my templates…</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>TemplatePicker</name>
        <message>
            <source>All kinds</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Templ&amp;ate</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>There are no templates of this kind.</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>TemplatePreview</name>
        <message>
            <source>Contact to preview the template for</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>{name} (an example: no contacts yet)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Fields the template uses</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Message preview</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Character count</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Why there is no preview</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Preview &amp;for</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>F&amp;ields</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Message</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The preview failed: {error}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Line {line}: {problem}</source>
            <translation type="unfinished"></translation>
        </message>
        <message numerus="yes">
            <source>%Ln characters</source>
            <translation type="unfinished">
                <numerusform></numerusform>
                <numerusform></numerusform>
            </translation>
        </message>
        <message>
            <source>{length} / {limit}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>them</source>
            <comment>the contact, unnamed</comment>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>TemplateTransfer</name>
        <message>
            <source>Import templates</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Templates and zip archives (*.j2 *.zip);;All files (*)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Import a folder of templates</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Checking the templates…</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>The templates could not be checked: {error}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Templates not imported</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Nothing was imported.</source>
            <translation type="unfinished"></translation>
        </message>
        <message numerus="yes">
            <source>Imported %Ln templates.</source>
            <translation type="unfinished">
                <numerusform></numerusform>
                <numerusform></numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported %Ln templates; kept your own {names}.</source>
            <translation type="unfinished">
                <numerusform></numerusform>
                <numerusform></numerusform>
            </translation>
        </message>
        <message>
            <source>No template files found.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Nothing to import</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Some templates cannot be imported</source>
            <translation type="unfinished"></translation>
        </message>
        <message numerus="yes">
            <source>{problems}

Import the other %Ln templates?</source>
            <translation type="unfinished">
                <numerusform></numerusform>
                <numerusform></numerusform>
            </translation>
        </message>
        <message>
            <source>Replace your templates?</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>You already have templates named {names}. Replace them with the imported ones? (No keeps yours and imports the rest.)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Nothing to export</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>You have no templates of your own yet.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Zip archive (*.zip)</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Separate files in a folder (*)</source>
            <translation type="unfinished"></translation>
        </message>
        <message numerus="yes">
            <source>Export %Ln templates</source>
            <translation type="unfinished">
                <numerusform></numerusform>
                <numerusform></numerusform>
            </translation>
        </message>
        <message>
            <source>Templates not exported</source>
            <translation type="unfinished"></translation>
        </message>
        <message numerus="yes">
            <source>Exported %Ln templates to {destination}.</source>
            <translation type="unfinished">
                <numerusform></numerusform>
                <numerusform></numerusform>
            </translation>
        </message>
        <message>
            <source>Replace files?</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>{files}

already exist in {folder}. Replace them?</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>… and {count} more.</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>TheirNote</name>
        <message>
            <source>{name} wrote</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>{name}'s note</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>TriagePage</name>
        <message>
            <source>&amp;Triage</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>{value} · {label}</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Offer a &amp;coffee to strangers who live near you</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>People you know</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Gro&amp;ups</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Or &amp;strength up to</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>A request from someone in one of these groups, or at this strength or closer, is accepted with a thank-you note.</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>Everyone else</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>&amp;Recruiter titles</source>
            <translation type="unfinished"></translation>
        </message>
        <message>
            <source>A title containing one of these words marks a recruiter's request.</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>WindowMenus</name>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Affichage</translation>
        </message>
        <message>
            <source>&amp;Contact</source>
            <translation>&amp;Contact</translation>
        </message>
        <message>
            <source>&amp;Message</source>
            <translation>&amp;Message</translation>
        </message>
        <message>
            <source>Import &amp;LinkedIn export…</source>
            <translation>Importer un export &amp;LinkedIn…</translation>
        </message>
        <message>
            <source>Import &amp;vCard contacts…</source>
            <translation>Importer des contacts &amp;vCard…</translation>
        </message>
        <message>
            <source>Import CS&amp;V contacts…</source>
            <translation>Importer des contacts CS&amp;V…</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Paramètres…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>&amp;New contact</source>
            <translation>&amp;Nouveau contact</translation>
        </message>
        <message>
            <source>&amp;Save contact</source>
            <translation>&amp;Enregistrer le contact</translation>
        </message>
        <message>
            <source>&amp;Find contact</source>
            <translation>&amp;Rechercher un contact</translation>
        </message>
        <message>
            <source>&amp;Copy message</source>
            <translation>&amp;Copier le message</translation>
        </message>
        <message>
            <source>Open &amp;profile</source>
            <translation>Ouvrir le &amp;profil</translation>
        </message>
        <message>
            <source>&amp;Record as sent</source>
            <translation>Marquer comme &amp;envoyé</translation>
        </message>
        <message>
            <source>Choose &amp;template</source>
            <translation>Choisir un &amp;modèle</translation>
        </message>
    </context>
    <context>
        <name>_Card</name>
        <message>
            <source>{value}. {detail}</source>
            <translation type="unfinished"></translation>
        </message>
    </context>
    <context>
        <name>OutcomeText</name>
        <message>
            <source>Pending</source>
            <translation>En attente</translation>
        </message>
        <message>
            <source>Accepted</source>
            <translation>Accepté</translation>
        </message>
        <message>
            <source>Declined</source>
            <translation>Refusé</translation>
        </message>
        <message>
            <source>Replied</source>
            <translation>Réponse reçue</translation>
        </message>
        <message>
            <source>No answer</source>
            <translation>Sans réponse</translation>
        </message>
    </context>
    <context>
        <name>ChannelText</name>
        <message>
            <source>LinkedIn connection note</source>
            <translation>Note d’invitation LinkedIn</translation>
        </message>
        <message>
            <source>LinkedIn message</source>
            <translation>Message LinkedIn</translation>
        </message>
        <message>
            <source>LinkedIn InMail</source>
            <translation>InMail LinkedIn</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>{channel} (up to {limit} characters)</source>
            <translation>{channel} (jusqu’à {limit} caractères)</translation>
        </message>
    </context>
    <context>
        <name>FieldText</name>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Prénom</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Nom de famille</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Entreprise</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Poste</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <source>Industry</source>
            <translation>Secteur</translation>
        </message>
        <message>
            <source>Profile URL</source>
            <translation>URL du profil</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Groupe</translation>
        </message>
        <message>
            <source>Relationship strength</source>
            <translation>Force de la relation</translation>
        </message>
        <message>
            <source>How you met</source>
            <translation>Comment vous vous êtes rencontrés</translation>
        </message>
        <message>
            <source>When you met</source>
            <translation>Quand vous vous êtes rencontrés</translation>
        </message>
        <message>
            <source>Introduced by</source>
            <translation>Présenté par</translation>
        </message>
        <message>
            <source>Their work that matters</source>
            <translation>Son travail qui compte pour vous</translation>
        </message>
        <message>
            <source>Shared interests</source>
            <translation>Centres d’intérêt communs</translation>
        </message>
        <message>
            <source>Mutual contacts</source>
            <translation>Contacts en commun</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Their note to you</source>
            <translation>Son message pour vous</translation>
        </message>
        <message>
            <source>Keep in touch every (days)</source>
            <translation>Garder le contact tous les (jours)</translation>
        </message>
        <message>
            <source>Connected on</source>
            <translation>En relation depuis le</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Langue</translation>
        </message>
    </context>
    <context>
        <name>FieldHint</name>
        <message>
            <source>Taken from the name when empty</source>
            <translation>Tiré du nom s’il est vide</translation>
        </message>
        <message>
            <source>e.g. at PyCon Lisbon; on the payments team at Stripe</source>
            <translation>p. ex. à la PyCon de Lisbonne ; dans l’équipe paiements de Stripe</translation>
        </message>
        <message>
            <source>e.g. last week; in March 2025</source>
            <translation>p. ex. la semaine dernière ; en mars 2025</translation>
        </message>
        <message>
            <source>Who put you in touch (pick a contact or type a name)</source>
            <translation>Qui vous a mis en relation (choisissez un contact ou saisissez un nom)</translation>
        </message>
        <message>
            <source>Something they wrote or did that matters to you</source>
            <translation>Quelque chose que cette personne a écrit ou fait et qui compte pour vous</translation>
        </message>
        <message>
            <source>Comma-separated, e.g. chess, climbing</source>
            <translation>Séparés par des virgules, p. ex. échecs, escalade</translation>
        </message>
        <message>
            <source>Comma-separated names</source>
            <translation>Noms séparés par des virgules</translation>
        </message>
        <message>
            <source>The note they sent with their request</source>
            <translation>Le message envoyé avec sa demande</translation>
        </message>
        <message>
            <source>en, de, fr, es or pt; empty: yours</source>
            <translation>en, de, fr, es ou pt ; vide : la vôtre</translation>
        </message>
    </context>
    <context>
        <name>StrengthText</name>
        <message>
            <source>Close</source>
            <translation>Proche</translation>
        </message>
        <message>
            <source>Know well</source>
            <translation>Bien connu</translation>
        </message>
        <message>
            <source>Know a little</source>
            <translation>Un peu connu</translation>
        </message>
        <message>
            <source>Met once</source>
            <translation>Rencontré une fois</translation>
        </message>
        <message>
            <source>Never met</source>
            <translation>Jamais rencontré</translation>
        </message>
    </context>
    <context>
        <name>CadenceText</name>
        <message>
            <source>No reminder</source>
            <translation>Aucun rappel</translation>
        </message>
        <message>
            <source>Every 2 weeks</source>
            <translation>Toutes les 2 semaines</translation>
        </message>
        <message>
            <source>Every month</source>
            <translation>Tous les mois</translation>
        </message>
        <message>
            <source>Every quarter</source>
            <translation>Tous les trimestres</translation>
        </message>
        <message>
            <source>Every 6 months</source>
            <translation>Tous les 6 mois</translation>
        </message>
        <message>
            <source>Every year</source>
            <translation>Tous les ans</translation>
        </message>
    </context>
    <context>
        <name>ActionText</name>
        <message>
            <source>Accept and send a thank-you note</source>
            <translation>Accepter et envoyer un mot de remerciement</translation>
        </message>
        <message>
            <source>Accept</source>
            <translation>Accepter</translation>
        </message>
        <message>
            <source>Reply and offer a coffee</source>
            <translation>Répondre et proposer un café</translation>
        </message>
        <message>
            <source>Reply and invite them to follow you</source>
            <translation>Répondre et l’inviter à vous suivre</translation>
        </message>
        <message>
            <source>Decline without a reply</source>
            <translation>Refuser sans répondre</translation>
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
        <name>Duration</name>
        <message numerus="yes">
            <source>%Ln hours</source>
            <translation>
                <numerusform>%Ln heure</numerusform>
                <numerusform>%Ln heures</numerusform>
            </translation>
        </message>
        <message>
            <source>{days} days</source>
            <comment>one decimal</comment>
            <translation>{days} jours</translation>
        </message>
        <message numerus="yes">
            <source>%Ln days</source>
            <translation>
                <numerusform>%Ln jour</numerusform>
                <numerusform>%Ln jours</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BreakdownText</name>
        <message>
            <source>With a note</source>
            <translation>Avec une note</translation>
        </message>
        <message>
            <source>Without a note</source>
            <translation>Sans note</translation>
        </message>
        <message>
            <source>No template (imported or typed)</source>
            <translation>Sans modèle (importé ou saisi)</translation>
        </message>
        <message>
            <source>Contact deleted or never saved</source>
            <translation>Contact supprimé ou jamais enregistré</translation>
        </message>
        <message>
            <source>No group</source>
            <translation>Sans groupe</translation>
        </message>
        <message>
            <source>{value} · {label}</source>
            <translation>{value} · {label}</translation>
        </message>
        <message>
            <source>Unscored</source>
            <translation>Sans score</translation>
        </message>
        <message>
            <source>none decided yet</source>
            <translation>aucune décidée pour l’instant</translation>
        </message>
        <message>
            <source>{rate} ({successes} of {trials}; 95% interval {low}–{high})</source>
            <translation>{rate} ({successes} sur {trials} ; intervalle à 95 % {low}–{high})</translation>
        </message>
    </context>
    <context>
        <name>SettingText</name>
        <message>
            <source>Your name</source>
            <translation>Votre nom</translation>
        </message>
        <message>
            <source>Your location</source>
            <translation>Votre lieu</translation>
        </message>
        <message>
            <source>LinkedIn account type</source>
            <translation>Type de compte LinkedIn</translation>
        </message>
        <message>
            <source>Personalised notes per month</source>
            <translation>Notes personnalisées par mois</translation>
        </message>
        <message>
            <source>Days an invitation stays pending</source>
            <translation>Jours pendant lesquels une invitation reste en attente</translation>
        </message>
        <message>
            <source>Grammar checking</source>
            <translation>Vérification grammaticale</translation>
        </message>
        <message>
            <source>Grammar language</source>
            <translation>Langue de la vérification grammaticale</translation>
        </message>
        <message>
            <source>Grammar server address</source>
            <translation>Adresse du serveur de grammaire</translation>
        </message>
        <message>
            <source>Grammar server username</source>
            <translation>Nom d’utilisateur du serveur de grammaire</translation>
        </message>
        <message>
            <source>LanguageTool Premium username</source>
            <translation>Nom d’utilisateur LanguageTool Premium</translation>
        </message>
        <message>
            <source>Download LanguageTool when it is not installed</source>
            <translation>Télécharger LanguageTool s’il n’est pas installé</translation>
        </message>
        <message>
            <source>Minutes the grammar server runs unused</source>
            <translation>Minutes pendant lesquelles le serveur de grammaire tourne sans servir</translation>
        </message>
        <message>
            <source>Groups of people you know</source>
            <translation>Groupes de personnes que vous connaissez</translation>
        </message>
        <message>
            <source>Strength that counts as known</source>
            <translation>Force de relation considérée comme connue</translation>
        </message>
        <message>
            <source>Words in a recruiter's title</source>
            <translation>Mots dans l’intitulé de poste d’un recruteur</translation>
        </message>
        <message>
            <source>Offer a coffee to nearby strangers</source>
            <translation>Proposer un café aux inconnus proches de chez vous</translation>
        </message>
        <message>
            <source>Your language</source>
            <translation>Votre langue</translation>
        </message>
        <message>
            <source>Formal or informal address</source>
            <translation>Vouvoiement ou tutoiement</translation>
        </message>
        <message>
            <source>Window language</source>
            <translation>Langue de la fenêtre</translation>
        </message>
    </context>
</TS>
