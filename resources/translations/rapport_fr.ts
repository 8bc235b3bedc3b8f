<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
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
        <name>BreakdownModel</name>
        <message>
            <source>Sent</source>
            <comment>column: invitations sent</comment>
            <translation>Envoyées</translation>
        </message>
        <message>
            <source>Decided</source>
            <translation>Closes</translation>
        </message>
        <message>
            <source>Accepted</source>
            <translation>Acceptées</translation>
        </message>
        <message>
            <source>95% interval</source>
            <translation>Intervalle à 95 %</translation>
        </message>
        <message>
            <source>Replied</source>
            <translation>Avec réponse</translation>
        </message>
        <message>
            <source>Reply rate</source>
            <translation>Taux de réponse</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>En attente</translation>
        </message>
        <message>
            <source>Accepted: {rate}</source>
            <translation>Acceptées : {rate}</translation>
        </message>
        <message>
            <source>Replied, of those accepted: {rate}</source>
            <translation>Avec réponse, parmi les acceptées : {rate}</translation>
        </message>
        <message>
            <source>Invitations accepted, replied to, declined or left without an answer.</source>
            <translation>Invitations acceptées, suivies d’une réponse, refusées ou restées sans réponse.</translation>
        </message>
        <message numerus="yes">
            <source>Fewer than %Ln decided: too few to tell much.</source>
            <translation>
                <numerusform>Moins de %Ln invitation close : trop peu pour conclure.</numerusform>
                <numerusform>Moins de %Ln invitations closes : trop peu pour conclure.</numerusform>
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
        <name>CharacterCounter</name>
        <message>
            <source>{length} / {limit}</source>
            <comment>characters used / the channel's limit</comment>
            <translation>{length} / {limit}</translation>
        </message>
        <message numerus="yes">
            <source>%Ln characters</source>
            <translation>
                <numerusform>%Ln caractère</numerusform>
                <numerusform>%Ln caractères</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ChecksPanel</name>
        <message>
            <source>Personal</source>
            <comment>verdict on a message</comment>
            <translation>Personnalisé</translation>
        </message>
        <message>
            <source>Generic</source>
            <comment>verdict on a message</comment>
            <translation>Générique</translation>
        </message>
        <message>
            <source>{verdict} · score {score}/100</source>
            <translation>{verdict} · score {score}/100</translation>
        </message>
        <message>
            <source>What to improve</source>
            <translation>À améliorer</translation>
        </message>
        <message>
            <source>Nothing to fix: this reads as written for {name}.</source>
            <translation>Rien à corriger : on sent que ce message a été écrit pour {name}.</translation>
        </message>
        <message>
            <source>Grammar: on</source>
            <translation>Grammaire : activée</translation>
        </message>
    </context>
    <context>
        <name>ChoiceText</name>
        <message>
            <source>{name} wrote to you: reply</source>
            <translation>{name} vous a écrit : répondez</translation>
        </message>
        <message>
            <source>introduced by {name}</source>
            <translation>mise en relation par {name}</translation>
        </message>
        <message>
            <source>a former colleague</source>
            <translation>vous avez travaillé ensemble</translation>
        </message>
        <message>
            <source>you met {how}</source>
            <translation>vous vous êtes rencontrés {how}</translation>
        </message>
        <message>
            <source>you know their work: {work}</source>
            <translation>vous connaissez son travail : {work}</translation>
        </message>
        <message>
            <source>you are both in {place}</source>
            <translation>vous êtes tous les deux à {place}</translation>
        </message>
        <message>
            <source>say what of {name}'s caught your eye</source>
            <translation>dites ce qui vous a marqué chez {name}</translation>
        </message>
        <message>
            <source>the first template</source>
            <translation>le premier modèle</translation>
        </message>
        <message>
            <source>{reason} (accepted {accepted} of {decided} times)</source>
            <translation>{reason} (accepté {accepted} fois sur {decided})</translation>
        </message>
        <message>
            <source>Suggested for {name}: {reason}.</source>
            <translation>Suggéré pour {name} : {reason}.</translation>
        </message>
        <message>
            <source>You chose this template for {name}.</source>
            <translation>Vous avez choisi ce modèle pour {name}.</translation>
        </message>
    </context>
    <context>
        <name>ComparisonText</name>
        <message>
            <source>{subject}: {rate} accepted, against {other} for {others}.</source>
            <translation>{subject} : {rate} acceptées, contre {other} pour {others}.</translation>
        </message>
        <message>
            <source>Too few to tell yet: at least {count} decided invitations are needed on each side.</source>
            <translation>Trop peu pour conclure : il faut au moins {count} invitations closes de chaque côté.</translation>
        </message>
        <message>
            <source>The difference could well be chance ({p}).</source>
            <translation>La différence pourrait bien être due au hasard ({p}).</translation>
        </message>
        <message numerus="yes">
            <source>The gap is small (%n point(s)), but with this many invitations it is unlikely to be chance ({p}).</source>
            <translation>
                <numerusform>L’écart est faible (%n point), mais avec autant d’invitations, il n’est probablement pas dû au hasard ({p}).</numerusform>
                <numerusform>L’écart est faible (%n points), mais avec autant d’invitations, il n’est probablement pas dû au hasard ({p}).</numerusform>
            </translation>
        </message>
        <message>
            <source>Accepted more often, and a gap this large is unlikely to be chance ({p}).</source>
            <translation>Acceptées plus souvent, et un tel écart n’est probablement pas dû au hasard ({p}).</translation>
        </message>
        <message>
            <source>Accepted less often, and a gap this large is unlikely to be chance ({p}).</source>
            <translation>Acceptées moins souvent, et un tel écart n’est probablement pas dû au hasard ({p}).</translation>
        </message>
        <message>
            <source>Invitations with a note</source>
            <translation>Invitations avec une note</translation>
        </message>
        <message>
            <source>Invitations without a template (imported or typed)</source>
            <translation>Invitations sans modèle (importées ou saisies)</translation>
        </message>
        <message>
            <source>Invitations from “{template}”</source>
            <translation>Invitations avec « {template} »</translation>
        </message>
        <message>
            <source>Invitations to contacts since deleted</source>
            <translation>Invitations à des contacts supprimés depuis</translation>
        </message>
        <message>
            <source>Invitations to people in no group</source>
            <translation>Invitations à des personnes sans groupe</translation>
        </message>
        <message>
            <source>Invitations to people in “{group}”</source>
            <translation>Invitations à des personnes du groupe « {group} »</translation>
        </message>
        <message>
            <source>Invitations to people marked “{label}” (strength {strength})</source>
            <translation>Invitations à des personnes marquées « {label} » (proximité {strength})</translation>
        </message>
        <message>
            <source>Invitations without a checker score</source>
            <translation>Invitations sans score</translation>
        </message>
        <message>
            <source>Invitations scoring {band}</source>
            <translation>Invitations avec un score de {band}</translation>
        </message>
        <message>
            <source>invitations without one</source>
            <translation>les invitations sans note</translation>
        </message>
        <message>
            <source>your other invitations</source>
            <translation>vos autres invitations</translation>
        </message>
        <message>
            <source>other groups</source>
            <translation>les autres groupes</translation>
        </message>
        <message>
            <source>other strengths</source>
            <translation>les autres niveaux de proximité</translation>
        </message>
        <message>
            <source>other scores</source>
            <translation>les autres scores</translation>
        </message>
        <message>
            <source>none decided</source>
            <translation>aucune invitation close</translation>
        </message>
        <message>
            <source>{percent} ({successes} of {trials})</source>
            <translation>{percent} ({successes} sur {trials})</translation>
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
            <translation>Message copié dans le presse-papiers.</translation>
        </message>
        <message>
            <source>Opening {address} in your browser.</source>
            <translation>Ouverture de {address} dans votre navigateur.</translation>
        </message>
        <message>
            <source>No browser opened: copy the address instead, {address}</source>
            <translation>Aucun navigateur ne s’est ouvert : copiez plutôt l’adresse, {address}</translation>
        </message>
        <message>
            <source>The profile address is not a web address (https://…).</source>
            <translation>L’adresse du profil n’est pas une adresse web (https://…).</translation>
        </message>
        <message>
            <source>Not recorded: {error}</source>
            <translation>Non enregistré : {error}</translation>
        </message>
        <message>
            <source>Saved as a template in {path}.</source>
            <translation>Enregistré comme modèle dans {path}.</translation>
        </message>
        <message>
            <source>Line {line}: {error}</source>
            <translation>Ligne {line} : {error}</translation>
        </message>
    </context>
    <context>
        <name>ComposerWidgets</name>
        <message>
            <source>Messa&amp;ge</source>
            <translation>Messa&amp;ge</translation>
        </message>
        <message>
            <source>Ref&amp;ill from template</source>
            <translation>Re&amp;prendre le modèle</translation>
        </message>
        <message>
            <source>Replace the message with the template's words again</source>
            <translation>Remplacer le message par le texte du modèle</translation>
        </message>
        <message>
            <source>Save a&amp;s template…</source>
            <translation>&amp;Enregistrer comme modèle…</translation>
        </message>
        <message>
            <source>Turn this message into a template, with the contact's details as fields</source>
            <translation>Transformer ce message en modèle, les informations du contact devenant des champs</translation>
        </message>
        <message>
            <source>C&amp;opy</source>
            <translation>Cop&amp;ier</translation>
        </message>
        <message>
            <source>Copy the message to the clipboard</source>
            <translation>Copier le message dans le presse-papiers</translation>
        </message>
        <message>
            <source>Open &amp;profile</source>
            <translation>&amp;Ouvrir le profil</translation>
        </message>
        <message>
            <source>Open the contact's profile in your browser</source>
            <translation>Ouvrir le profil du contact dans votre navigateur</translation>
        </message>
        <message>
            <source>&amp;Record as sent</source>
            <translation>Marquer comme en&amp;voyé</translation>
        </message>
        <message>
            <source>The message appears here once you pick a contact.</source>
            <translation>Le message s’affiche ici une fois un contact choisi.</translation>
        </message>
        <message>
            <source>The message appears here once the fields above are filled in.</source>
            <translation>Le message s’affiche ici une fois les champs ci-dessus remplis.</translation>
        </message>
        <message>
            <source>them</source>
            <comment>the contact</comment>
            <translation>cette personne</translation>
        </message>
    </context>
    <context>
        <name>ContactError</name>
        <message>
            <source>A contact needs a name.</source>
            <translation>Un contact doit avoir un nom.</translation>
        </message>
        <message>
            <source>Relationship strength runs from 1 (close) to 5 (never met).</source>
            <translation>La force de la relation va de 1 (proche) à 5 (jamais rencontré).</translation>
        </message>
        <message>
            <source>Keep in touch every 1 to {most} days, or leave it empty.</source>
            <translation>L’intervalle pour garder le contact va de 1 à {most} jours ; sinon, laissez-le vide.</translation>
        </message>
        <message>
            <source>Language is one of {codes}, or empty for yours.</source>
            <translation>La langue est l’une de {codes}, ou vide pour la vôtre.</translation>
        </message>
        <message>
            <source>Form of address is formal or informal, or empty for your default.</source>
            <translation>Le tutoiement ou vouvoiement s’écrit « formal » ou « informal », ou reste vide pour votre réglage par défaut.</translation>
        </message>
        <message>
            <source>Unknown contact field(s): {fields}.</source>
            <translation>Champs de contact inconnus : {fields}.</translation>
        </message>
        <message>
            <source>Relationship strength must be a whole number from 1 to 5.</source>
            <translation>La force de la relation doit être un nombre entier de 1 à 5.</translation>
        </message>
        <message>
            <source>Keep-in-touch days must be a whole number.</source>
            <translation>L’intervalle pour garder le contact doit être un nombre entier de jours.</translation>
        </message>
        <message>
            <source>A contact's id must be a whole number from 1 up.</source>
            <translation>L’identifiant d’un contact doit être un nombre entier à partir de 1.</translation>
        </message>
        <message>
            <source>Expected a list of names or interests.</source>
            <translation>Une liste de noms ou de centres d’intérêt est attendue ici.</translation>
        </message>
    </context>
    <context>
        <name>ContactFlows</name>
        <message>
            <source>Contact not saved</source>
            <translation>Contact non enregistré</translation>
        </message>
        <message>
            <source>Saved {name}.</source>
            <translation>Contact {name} enregistré.</translation>
        </message>
        <message>
            <source>Delete contact</source>
            <translation>Supprimer le contact</translation>
        </message>
        <message>
            <source>Delete {name}? Messages already sent to them stay in the history.</source>
            <translation>Supprimer {name} ? Les messages déjà envoyés à cette personne restent dans l’historique.</translation>
        </message>
        <message>
            <source>Contact not deleted</source>
            <translation>Contact non supprimé</translation>
        </message>
        <message>
            <source>Deleted {name}.</source>
            <translation>Contact {name} supprimé.</translation>
        </message>
        <message>
            <source>Your changes to this contact are not saved: a contact needs a name. Discard them?</source>
            <translation>Vos modifications de ce contact ne sont pas enregistrées : un contact doit avoir un nom. Les abandonner ?</translation>
        </message>
        <message>
            <source>Your changes to this contact are not saved: they could not be saved. Discard them?</source>
            <translation>Vos modifications de ce contact ne sont pas enregistrées : l’enregistrement a échoué. Les abandonner ?</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Modifications non enregistrées</translation>
        </message>
    </context>
    <context>
        <name>ContactForm</name>
        <message>
            <source>Group</source>
            <translation>Groupe</translation>
        </message>
        <message>
            <source>Pick one or type your own</source>
            <translation>Choisissez-en un ou saisissez le vôtre</translation>
        </message>
        <message>
            <source>Relationship strength</source>
            <translation>Proximité</translation>
        </message>
        <message>
            <source>Relationship</source>
            <translation>Proximité</translation>
        </message>
        <message>
            <source>Yours</source>
            <translation>La vôtre</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>Your default</source>
            <translation>Votre réglage par défaut</translation>
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
            <source>Form of address</source>
            <translation>Tu ou vous</translation>
        </message>
        <message>
            <source>Sie or du, vous or tu, usted or tú, o senhor or você</source>
            <translation>Sie ou du, vous ou tu, usted ou tú, o senhor ou você</translation>
        </message>
        <message>
            <source>Keep in touch</source>
            <translation>Garder le contact</translation>
        </message>
        <message>
            <source>Last contacted</source>
            <translation>Dernier contact</translation>
        </message>
        <message>
            <source>Save contact</source>
            <translation>Enregistrer le contact</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Supprimer…</translation>
        </message>
        <message>
            <source>Delete contact</source>
            <translation>Supprimer le contact</translation>
        </message>
        <message>
            <source>Custom…</source>
            <translation>Personnalisé…</translation>
        </message>
        <message>
            <source>every </source>
            <comment>before a number of days</comment>
            <translation>tous les </translation>
        </message>
        <message>
            <source> days</source>
            <comment>after a number of days</comment>
            <translation> jours</translation>
        </message>
        <message>
            <source>Keep in touch every so many days</source>
            <translation>Intervalle en jours pour garder le contact</translation>
        </message>
        <message>
            <source>When you last contacted them could not be read: {error}</source>
            <translation>La date du dernier contact est illisible : {error}</translation>
        </message>
        <message>
            <source>A contact needs a name.</source>
            <translation>Un contact doit avoir un nom.</translation>
        </message>
    </context>
    <context>
        <name>ContactListModel</name>
        <message>
            <source>{title} at {company}</source>
            <translation>{title} chez {company}</translation>
        </message>
    </context>
    <context>
        <name>ContactsPanel</name>
        <message>
            <source>Search contacts</source>
            <translation>Rechercher des contacts</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <source>New contact</source>
            <translation>Nouveau contact</translation>
        </message>
        <message>
            <source>No contacts yet</source>
            <translation>Aucun contact pour l’instant</translation>
        </message>
        <message numerus="yes">
            <source>%Ln contacts</source>
            <translation>
                <numerusform>%Ln contact</numerusform>
                <numerusform>%Ln contacts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %Ln contacts</source>
            <translation>
                <numerusform>{shown} sur %Ln contact</numerusform>
                <numerusform>{shown} sur %Ln contacts</numerusform>
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
            <translation>Votre saisie est toujours dans la fenêtre et vous pouvez continuer. Si Rapport se comporte de façon anormale par la suite, enregistrez votre travail et redémarrez-le.</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>Ce qui s’est passé</translation>
        </message>
        <message>
            <source>The details were written to the log file:
{file}</source>
            <translation>Les détails ont été enregistrés dans le fichier journal :
{file}</translation>
        </message>
        <message>
            <source>Rapport could not write its log file, so the details are only shown here.</source>
            <translation>Rapport n’a pas pu écrire son fichier journal : les détails ne sont affichés qu’ici.</translation>
        </message>
        <message>
            <source>Where the log is</source>
            <translation>Emplacement du journal</translation>
        </message>
        <message>
            <source>How often it happened</source>
            <translation>Nombre d’occurrences</translation>
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
            <translation>Importer {file}</translation>
        </message>
        <message>
            <source>Column for {field}</source>
            <translation>Colonne pour {field}</translation>
        </message>
        <message>
            <source>(not imported)</source>
            <translation>(non importée)</translation>
        </message>
        <message>
            <source>Choose the column that holds each detail. Columns left out are not imported; contacts already saved only gain details they lack.</source>
            <translation>Choisissez la colonne qui contient chaque information. Les colonnes laissées de côté ne sont pas importées ; les contacts déjà enregistrés ne reçoivent que les informations qui leur manquent.</translation>
        </message>
        <message>
            <source>Import</source>
            <comment>button: import the file</comment>
            <translation>Importer</translation>
        </message>
        <message>
            <source>Choose the column for {name}, or for {first_name} and {last_name}: every contact needs a name.</source>
            <translation>Choisissez la colonne de {name}, ou celles de {first_name} et {last_name} : chaque contact doit avoir un nom.</translation>
        </message>
    </context>
    <context>
        <name>DataFolderError</name>
        <message>
            <source>The data folder chosen in Settings, {folder}, is not there. Connect the drive it is on, or delete this file to use the default folder</source>
            <translation>Le dossier de données choisi dans les Paramètres, {folder}, est introuvable. Branchez le disque sur lequel il se trouve, ou supprimez ce fichier pour utiliser le dossier par défaut</translation>
        </message>
        <message>
            <source>The record of your data folder cannot be read ({error}); fix or delete this file</source>
            <translation>L’emplacement enregistré de votre dossier de données est illisible ({error}) ; corrigez ou supprimez ce fichier</translation>
        </message>
        <message>
            <source>The record of your data folder holds no full path under "data_folder"; fix or delete this file</source>
            <translation>L’emplacement enregistré de votre dossier de données ne contient pas de chemin complet sous "data_folder" ; corrigez ou supprimez ce fichier</translation>
        </message>
    </context>
    <context>
        <name>DataFolderPage</name>
        <message>
            <source>&amp;Data</source>
            <translation>&amp;Données</translation>
        </message>
        <message>
            <source>Data folder</source>
            <translation>Dossier de données</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Parcourir…</translation>
        </message>
        <message>
            <source>Choose the data folder</source>
            <translation>Choisir le dossier de données</translation>
        </message>
        <message>
            <source>Use the d&amp;efault</source>
            <translation>&amp;Utiliser le dossier par défaut</translation>
        </message>
        <message>
            <source>Use the default data folder</source>
            <translation>Utiliser le dossier de données par défaut</translation>
        </message>
        <message>
            <source>&amp;Copy my contacts, history, templates and settings there</source>
            <translation>&amp;Copier mes contacts, mon historique, mes modèles et mes paramètres dans ce dossier</translation>
        </message>
        <message>
            <source>Copy my data to the new folder</source>
            <translation>Copier mes données dans le nouveau dossier</translation>
        </message>
        <message>
            <source>What changing the data folder does</source>
            <translation>Effet d’un changement de dossier de données</translation>
        </message>
        <message>
            <source>&amp;Folder</source>
            <translation>D&amp;ossier</translation>
        </message>
        <message>
            <source>Your contacts, message history, own templates and settings live in this folder. Passwords and API keys do not: they stay in the system keyring.</source>
            <translation>Vos contacts, l’historique de vos messages, vos propres modèles et vos paramètres se trouvent dans ce dossier. Les mots de passe et les clés d’API n’y sont pas : ils restent dans le trousseau du système.</translation>
        </message>
        <message>
            <source>RAPPORT_HOME is set, so Rapport keeps its data in {folder}. Start Rapport without it to choose a folder here.</source>
            <translation>RAPPORT_HOME est défini : Rapport conserve donc ses données dans {folder}. Lancez Rapport sans cette variable pour choisir un dossier ici.</translation>
        </message>
        <message>
            <source>This is the folder Rapport uses now.</source>
            <translation>C’est le dossier qu’utilise Rapport actuellement.</translation>
        </message>
        <message>
            <source>Chosen earlier: Rapport uses this folder from its next start, and {current} until then.</source>
            <translation>Choisi précédemment : Rapport utilisera ce dossier à partir de son prochain démarrage, et {current} d’ici là.</translation>
        </message>
        <message>
            <source>Rapport stays with this folder, the one it uses now.</source>
            <translation>Rapport garde ce dossier, celui qu’il utilise actuellement.</translation>
        </message>
        <message>
            <source>That folder already holds Rapport data: Rapport will use it as it is, from the next start. Your data in {current} stays where it is.</source>
            <translation>Ce dossier contient déjà des données Rapport : Rapport les utilisera telles quelles à partir du prochain démarrage. Vos données dans {current} restent où elles sont.</translation>
        </message>
        <message>
            <source>Rapport uses the new folder from the next start. A copy of your data goes there; the data in {current} stays where it is.</source>
            <translation>Rapport utilisera le nouveau dossier à partir du prochain démarrage. Une copie de vos données y sera placée ; les données de {current} restent où elles sont.</translation>
        </message>
        <message>
            <source>Rapport uses the new folder from the next start. Nothing of your data goes there; the data in {current} stays where it is.</source>
            <translation>Rapport utilisera le nouveau dossier à partir du prochain démarrage. Aucune de vos données n’y sera copiée ; les données de {current} restent où elles sont.</translation>
        </message>
    </context>
    <context>
        <name>DetailsForm</name>
        <message>
            <source>Details for this message</source>
            <translation>Informations pour ce message</translation>
        </message>
    </context>
    <context>
        <name>DictionaryError</name>
        <message>
            <source>The dictionary {name} cannot be read: {error}.</source>
            <translation>Le dictionnaire {name} est illisible : {error}.</translation>
        </message>
        <message>
            <source>The dictionary {name} is not a regular file.</source>
            <translation>Le dictionnaire {name} n’est pas un fichier ordinaire.</translation>
        </message>
        <message>
            <source>The dictionary {name} is larger than {limit} KB.</source>
            <translation>Le dictionnaire {name} dépasse {limit} Ko.</translation>
        </message>
        <message>
            <source>The dictionary {name} is not UTF-8 text.</source>
            <translation>Le dictionnaire {name} n’est pas du texte UTF-8.</translation>
        </message>
        <message>
            <source>“{word}” cannot go in your dictionary.</source>
            <translation>« {word} » ne peut pas aller dans votre dictionnaire.</translation>
        </message>
        <message>
            <source>Your dictionary holds {count} words already.</source>
            <translation>Votre dictionnaire contient déjà {count} mots.</translation>
        </message>
        <message>
            <source>Your dictionary is full.</source>
            <translation>Votre dictionnaire est plein.</translation>
        </message>
    </context>
    <context>
        <name>Draft</name>
        <message>
            <source>Pick a contact to write to.</source>
            <translation>Choisissez le contact à qui écrire.</translation>
        </message>
    </context>
    <context>
        <name>DraftError</name>
        <message>
            <source>Your draft to {name} could not be saved to {path}: {error}</source>
            <translation>Votre brouillon pour {name} n’a pas pu être enregistré dans {path} : {error}</translation>
        </message>
        <message>
            <source>line {line}: {problem}</source>
            <translation>ligne {line} : {problem}</translation>
        </message>
        <message>
            <source>'{key}' is missing</source>
            <translation>'{key}' manque</translation>
        </message>
        <message>
            <source>The saved draft {path} could not be removed: {error}</source>
            <translation>Le brouillon enregistré {path} n’a pas pu être supprimé : {error}</translation>
        </message>
        <message>
            <source>The saved draft {path} could not be read ({reason}), nor moved aside ({error}); it was left as it is.</source>
            <translation>Le brouillon enregistré {path} n’a pu être ni lu ({reason}) ni mis de côté ({error}) ; il a été laissé tel quel.</translation>
        </message>
        <message>
            <source>The saved draft {path} could not be read ({reason}); it was kept as {name} in the same folder.</source>
            <translation>Le brouillon enregistré {path} n’a pas pu être lu ({reason}) ; il a été conservé sous le nom {name} dans le même dossier.</translation>
        </message>
        <message>
            <source>it does not hold a draft</source>
            <translation>le fichier ne contient pas de brouillon</translation>
        </message>
        <message>
            <source>unknown format version {version}</source>
            <translation>version de format inconnue {version}</translation>
        </message>
        <message>
            <source>it belongs to another contact</source>
            <translation>le fichier appartient à un autre contact</translation>
        </message>
        <message>
            <source>its text is not text</source>
            <translation>le texte qu’il contient n’est pas du texte</translation>
        </message>
        <message>
            <source>its time has no time zone</source>
            <translation>l’heure qu’il indique n’a pas de fuseau horaire</translation>
        </message>
        <message>
            <source>'{key}' is not text</source>
            <translation>'{key}' n’est pas du texte</translation>
        </message>
        <message>
            <source>'{key}' is not a set of named texts</source>
            <translation>'{key}' n’est pas un ensemble de textes nommés</translation>
        </message>
    </context>
    <context>
        <name>DraftShelf</name>
        <message>
            <source>Your unsent draft to {name} could not be restored: {error}</source>
            <translation>Votre brouillon non envoyé pour {name} n’a pas pu être restauré : {error}</translation>
        </message>
        <message>
            <source>Restored your unsent draft to {name} from {when}.</source>
            <translation>Votre brouillon non envoyé pour {name} ({when}) a été restauré.</translation>
        </message>
        <message>
            <source>January</source>
            <translation>janvier</translation>
        </message>
        <message>
            <source>February</source>
            <translation>février</translation>
        </message>
        <message>
            <source>March</source>
            <translation>mars</translation>
        </message>
        <message>
            <source>April</source>
            <translation>avril</translation>
        </message>
        <message>
            <source>May</source>
            <translation>mai</translation>
        </message>
        <message>
            <source>June</source>
            <translation>juin</translation>
        </message>
        <message>
            <source>July</source>
            <translation>juillet</translation>
        </message>
        <message>
            <source>August</source>
            <translation>août</translation>
        </message>
        <message>
            <source>September</source>
            <translation>septembre</translation>
        </message>
        <message>
            <source>October</source>
            <translation>octobre</translation>
        </message>
        <message>
            <source>November</source>
            <translation>novembre</translation>
        </message>
        <message>
            <source>December</source>
            <translation>décembre</translation>
        </message>
        <message>
            <source>yesterday at {time}</source>
            <translation>hier à {time}</translation>
        </message>
        <message>
            <source>{day} {month} {year} at {time}</source>
            <translation>{day} {month} {year} à {time}</translation>
        </message>
        <message>
            <source>{day} {month} at {time}</source>
            <translation>{day} {month} à {time}</translation>
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
        <name>EditorParts</name>
        <message>
            <source>Delete template</source>
            <translation>Supprimer le modèle</translation>
        </message>
        <message>
            <source>Delete your template '{name}'? Its file is removed from {folder}.</source>
            <translation>Supprimer votre modèle « {name} » ? Son fichier sera supprimé de {folder}.</translation>
        </message>
        <message>
            <source>Replace a built-in template</source>
            <translation>Remplacer un modèle intégré</translation>
        </message>
        <message>
            <source>A built-in template is named '{name}'. Yours will be used in its place everywhere. Save under this name?</source>
            <translation>Un modèle intégré s’appelle « {name} ». Le vôtre sera utilisé à sa place partout. Enregistrer sous ce nom ?</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Modifications non enregistrées</translation>
        </message>
        <message>
            <source>Save your changes to '{name}'?</source>
            <translation>Enregistrer vos modifications de « {name} » ?</translation>
        </message>
        <message>
            <source>Not saved: you already have a template named '{name}'.</source>
            <translation>Non enregistré : vous avez déjà un modèle nommé « {name} ».</translation>
        </message>
    </context>
    <context>
        <name>ExportError</name>
        <message>
            <source>{file}: could not be written ({error}).</source>
            <translation>{file} : écriture impossible ({error}).</translation>
        </message>
        <message>
            <source>'{name}' has no file to export.</source>
            <translation>« {name} » n’a pas de fichier à exporter.</translation>
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
        <message>
            <source>formal or informal; empty: your default</source>
            <translation>vouvoiement ou tutoiement ; vide : votre réglage par défaut</translation>
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
        <message>
            <source>Form of address</source>
            <translation>Tu ou vous</translation>
        </message>
    </context>
    <context>
        <name>FileKind</name>
        <message>
            <source>a front matter cache</source>
            <translation>un cache d’en-têtes</translation>
        </message>
        <message>
            <source>a template</source>
            <translation>un modèle</translation>
        </message>
        <message>
            <source>a JSON file</source>
            <translation>un fichier JSON</translation>
        </message>
        <message>
            <source>a JSON Lines file</source>
            <translation>un fichier JSON Lines</translation>
        </message>
        <message>
            <source>a file to import</source>
            <translation>un fichier à importer</translation>
        </message>
        <message>
            <source>a zip archive</source>
            <translation>une archive zip</translation>
        </message>
    </context>
    <context>
        <name>FileRefused</name>
        <message>
            <source>larger than {size}, too large for {kind}.</source>
            <translation>plus de {size}, trop volumineux pour {kind}.</translation>
        </message>
        <message>
            <source>this is a folder, not a file.</source>
            <translation>c’est un dossier, pas un fichier.</translation>
        </message>
        <message>
            <source>this is a pipe (FIFO), not a file; Rapport reads only regular files.</source>
            <translation>c’est un tube (FIFO), pas un fichier ; Rapport ne lit que des fichiers ordinaires.</translation>
        </message>
        <message>
            <source>this is a device, not a file; Rapport reads only regular files.</source>
            <translation>c’est un périphérique, pas un fichier ; Rapport ne lit que des fichiers ordinaires.</translation>
        </message>
        <message>
            <source>this is a socket, not a file; Rapport reads only regular files.</source>
            <translation>c’est un socket, pas un fichier ; Rapport ne lit que des fichiers ordinaires.</translation>
        </message>
        <message>
            <source>cannot be read ({error}).</source>
            <translation>illisible ({error}).</translation>
        </message>
        <message>
            <source>{count} MB</source>
            <translation>{count} Mo</translation>
        </message>
        <message>
            <source>{count} KB</source>
            <translation>{count} Ko</translation>
        </message>
        <message>
            <source>no such file.</source>
            <translation>ce fichier n’existe pas.</translation>
        </message>
        <message>
            <source>a symbolic link, which is not read here.</source>
            <translation>un lien symbolique, qui n’est pas lu ici.</translation>
        </message>
        <message>
            <source>not a regular file; Rapport reads only regular files.</source>
            <translation>ce n’est pas un fichier ordinaire ; Rapport ne lit que des fichiers ordinaires.</translation>
        </message>
    </context>
    <context>
        <name>FindingsModel</name>
        <message>
            <source>“{words}”: {finding}</source>
            <translation>« {words} » : {finding}</translation>
        </message>
        <message>
            <source>{finding} (×{count})</source>
            <translation>{finding} (×{count})</translation>
        </message>
        <message>
            <source>{severity}: {finding}</source>
            <translation>{severity} : {finding}</translation>
        </message>
        <message>
            <source>{finding}
Suggestions: {suggestions}</source>
            <translation>{finding}
Suggestions : {suggestions}</translation>
        </message>
        <message>
            <source>Stops sending</source>
            <translation>Bloque l’envoi</translation>
        </message>
        <message>
            <source>Weak</source>
            <comment>a finding that weakens the message</comment>
            <translation>Affaiblit</translation>
        </message>
        <message>
            <source>Note</source>
            <comment>a finding that is only a note</comment>
            <translation>À noter</translation>
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
            <translation>Tel que vous signez vos messages</translation>
        </message>
        <message>
            <source>e.g. Lisbon: people near you are offered a coffee</source>
            <translation>p. ex. Lisbonne : on proposera un café aux personnes proches de chez vous</translation>
        </message>
        <message numerus="yes">
            <source>&amp;Free: notes of up to {limit} characters, about %Ln personalised notes a month</source>
            <translation>
                <numerusform>&amp;Gratuit : notes de {limit} caractères maximum, environ %Ln note personnalisée par mois</numerusform>
                <numerusform>&amp;Gratuit : notes de {limit} caractères maximum, environ %Ln notes personnalisées par mois</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Premium: notes of up to {limit} characters</source>
            <translation>&amp;Premium : notes de {limit} caractères maximum</translation>
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
            <translation>Plus tard</translation>
        </message>
        <message>
            <source>Your &amp;name</source>
            <translation>Votre &amp;nom</translation>
        </message>
        <message>
            <source>Your &amp;location</source>
            <translation>Votre &amp;localisation</translation>
        </message>
        <message>
            <source>LinkedIn account</source>
            <translation>Compte LinkedIn</translation>
        </message>
        <message>
            <source>Rapport signs messages with your name, knows who lives near you, and counts characters against your account's limit. Settings (Ctrl+,) change these later.</source>
            <translation>Rapport signe les messages de votre nom, sait qui habite près de chez vous et compte les caractères selon la limite de votre compte. Vous pourrez modifier ces réglages plus tard dans les Paramètres (Ctrl+,).</translation>
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
            <translation>Choisissez dans la liste une personne à qui écrire, ou ajoutez celle avec qui vous voulez entrer en relation.
Avec un export de données LinkedIn, vos relations et vos invitations arrivent d’un coup.</translation>
        </message>
        <message>
            <source>&amp;New contact</source>
            <translation>&amp;Nouveau contact</translation>
        </message>
        <message>
            <source>Add someone to write to (Ctrl+N)</source>
            <translation>Ajouter une personne à qui écrire (Ctrl+N)</translation>
        </message>
        <message>
            <source>Import a &amp;LinkedIn export…</source>
            <translation>Importer un export &amp;LinkedIn…</translation>
        </message>
        <message>
            <source>Read the zip LinkedIn sends you (Ctrl+I)</source>
            <translation>Lire le fichier zip que LinkedIn vous envoie (Ctrl+I)</translation>
        </message>
    </context>
    <context>
        <name>FolderText</name>
        <message>
            <source>Choose a folder for your data.</source>
            <translation>Choisissez un dossier pour vos données.</translation>
        </message>
        <message>
            <source>{folder} is not a full path; give the whole path.</source>
            <translation>{folder} n’est pas un chemin complet ; indiquez le chemin entier.</translation>
        </message>
        <message>
            <source>{folder} is a file, not a folder.</source>
            <translation>{folder} est un fichier, pas un dossier.</translation>
        </message>
        <message>
            <source>Rapport may not write in {folder}; choose another folder.</source>
            <translation>Rapport n’a pas le droit d’écrire dans {folder} ; choisissez un autre dossier.</translation>
        </message>
        <message>
            <source>{folder} cannot be created: Rapport may not write in {parent}.</source>
            <translation>{folder} ne peut pas être créé : Rapport n’a pas le droit d’écrire dans {parent}.</translation>
        </message>
        <message>
            <source>Rapport cannot write in {folder} ({error}); choose another folder.</source>
            <translation>Rapport ne peut pas écrire dans {folder} ({error}) ; choisissez un autre dossier.</translation>
        </message>
        <message>
            <source>{folder} already holds Rapport data; nothing was copied.</source>
            <translation>{folder} contient déjà des données de Rapport ; rien n’a été copié.</translation>
        </message>
        <message>
            <source>Your data could not be copied to {folder} ({error}); nothing was copied, and your data stays in {current}.</source>
            <translation>Vos données n’ont pas pu être copiées dans {folder} ({error}) ; rien n’a été copié, et vos données restent dans {current}.</translation>
        </message>
        <message>
            <source>The new data folder could not be recorded in {file} ({error}).</source>
            <translation>Le nouveau dossier de données n’a pas pu être enregistré dans {file} ({error}).</translation>
        </message>
    </context>
    <context>
        <name>FollowUpModel</name>
        <message>
            <source>Say thank you</source>
            <translation>Remercier</translation>
        </message>
        <message>
            <source>Keep in touch</source>
            <translation>Garder le contact</translation>
        </message>
        <message>
            <source>{name} · {action}</source>
            <translation>{name} · {action}</translation>
        </message>
        <message>
            <source>{name}: {action}. {detail}</source>
            <translation>{name} : {action}. {detail}</translation>
        </message>
        <message>
            <source>Press Enter or double-click to write to {name} with “{template}”.</source>
            <translation>Appuyez sur Entrée ou double-cliquez pour écrire à {name} avec « {template} ».</translation>
        </message>
    </context>
    <context>
        <name>FollowUpsView</name>
        <message>
            <source>Follow-ups to do</source>
            <translation>Relances à faire</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>Calcul en cours…</translation>
        </message>
        <message>
            <source>&amp;Write to them</source>
            <translation>Écrire à cette &amp;personne</translation>
        </message>
        <message>
            <source>Write to the chosen person</source>
            <translation>Écrire à la personne choisie</translation>
        </message>
        <message>
            <source>Nothing to follow up: everyone who accepted lately has heard from you, and nobody is past their keep-in-touch cadence.</source>
            <translation>Aucune relance à faire : toutes les personnes qui ont accepté récemment ont eu de vos nouvelles, et aucune n’a dépassé son rythme de contact.</translation>
        </message>
        <message>
            <source>{to_thank} to thank for accepting, {due} due a word by their keep-in-touch cadence. Press Enter on one to write to them.</source>
            <translation>{to_thank} à remercier d’avoir accepté, {due} à recontacter selon le rythme choisi. Appuyez sur Entrée sur une personne pour lui écrire.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln people</source>
            <translation>
                <numerusform>%Ln personne</numerusform>
                <numerusform>%Ln personnes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FrontMatterError</name>
        <message>
            <source>longer than {count} characters</source>
            <translation>plus de {count} caractères</translation>
        </message>
        <message>
            <source>not valid YAML</source>
            <translation>ce n’est pas du YAML valide</translation>
        </message>
        <message>
            <source>using a YAML anchor or alias ('&amp;' or '*'), which Rapport does not read</source>
            <translation>il utilise une ancre ou un alias YAML ('&amp;' ou '*'), que Rapport ne lit pas</translation>
        </message>
        <message>
            <source>nested more than {depth} levels deep</source>
            <translation>plus de {depth} niveaux d’imbrication</translation>
        </message>
        <message>
            <source>more than {count} values</source>
            <translation>plus de {count} valeurs</translation>
        </message>
    </context>
    <context>
        <name>FrontMatterForm</name>
        <message>
            <source>Template name</source>
            <translation>Nom du modèle</translation>
        </message>
        <message>
            <source>letters, digits, - and _</source>
            <translation>lettres, chiffres, - et _</translation>
        </message>
        <message>
            <source>Kind of message</source>
            <translation>Type de message</translation>
        </message>
        <message>
            <source>Channel</source>
            <translation>Canal</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>When to use this template</source>
            <translation>Quand utiliser ce modèle</translation>
        </message>
        <message>
            <source>Required fields</source>
            <translation>Champs obligatoires</translation>
        </message>
        <message>
            <source>first_name, how_met</source>
            <comment>an example of field names: keep them as written</comment>
            <translation>first_name, how_met</translation>
        </message>
        <message>
            <source>The contact fields this template cannot do without, separated by commas.</source>
            <translation>Les champs du contact indispensables à ce modèle, séparés par des virgules.</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>N&amp;om</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>T&amp;ype</translation>
        </message>
        <message>
            <source>C&amp;hannel</source>
            <translation>&amp;Canal</translation>
        </message>
        <message>
            <source>&amp;Description</source>
            <translation>Descri&amp;ption</translation>
        </message>
        <message>
            <source>&amp;Required fields</source>
            <translation>Champs o&amp;bligatoires</translation>
        </message>
    </context>
    <context>
        <name>GapForm</name>
        <message>
            <source>Missing from the contact</source>
            <translation>Absent de la fiche contact</translation>
        </message>
        <message>
            <source>Fields missing from the contact</source>
            <translation>Champs absents de la fiche contact</translation>
        </message>
        <message>
            <source>Used for this message only, unless you save them.</source>
            <translation>Utilisés pour ce message seulement, sauf si vous les enregistrez.</translation>
        </message>
        <message>
            <source>Missing from {name}’s contact</source>
            <translation>Absent de la fiche de {name}</translation>
        </message>
        <message>
            <source>Save to {name}’s contact</source>
            <translation>Enregistrer dans la fiche de {name}</translation>
        </message>
        <message>
            <source>Save these fields to {name}’s contact</source>
            <translation>Enregistrer ces champs dans la fiche de {name}</translation>
        </message>
        <message>
            <source>Keep these values in {name}’s contact for later messages ({shortcut})</source>
            <translation>Conserver ces valeurs dans la fiche de {name} pour les prochains messages ({shortcut})</translation>
        </message>
        <message>
            <source>Save to the contact</source>
            <translation>Enregistrer dans la fiche</translation>
        </message>
        <message>
            <source>Save these fields to the contact</source>
            <translation>Enregistrer ces champs dans la fiche contact</translation>
        </message>
        <message>
            <source>Keep these values in the contact for later messages ({shortcut})</source>
            <translation>Conserver ces valeurs dans la fiche contact pour les prochains messages ({shortcut})</translation>
        </message>
    </context>
    <context>
        <name>GrammarPage</name>
        <message>
            <source>On this &amp;computer (a LanguageTool server Rapport starts)</source>
            <translation>Sur cet &amp;ordinateur (un serveur LanguageTool lancé par Rapport)</translation>
        </message>
        <message>
            <source>On a LanguageTool &amp;server elsewhere</source>
            <translation>Sur un s&amp;erveur LanguageTool distant</translation>
        </message>
        <message>
            <source>With LanguageTool Pre&amp;mium</source>
            <translation>Avec LanguageTool Pre&amp;mium</translation>
        </message>
        <message>
            <source>&amp;Off</source>
            <translation>Dé&amp;sactivée</translation>
        </message>
        <message>
            <source>English (US)</source>
            <translation>Anglais (États-Unis)</translation>
        </message>
        <message>
            <source>English (UK)</source>
            <translation>Anglais (Royaume-Uni)</translation>
        </message>
        <message>
            <source>English (Canada)</source>
            <translation>Anglais (Canada)</translation>
        </message>
        <message>
            <source>English (Australia)</source>
            <translation>Anglais (Australie)</translation>
        </message>
        <message>
            <source>German (Germany)</source>
            <translation>Allemand (Allemagne)</translation>
        </message>
        <message>
            <source>German (Austria)</source>
            <translation>Allemand (Autriche)</translation>
        </message>
        <message>
            <source>German (Switzerland)</source>
            <translation>Allemand (Suisse)</translation>
        </message>
        <message>
            <source>French</source>
            <translation>Français</translation>
        </message>
        <message>
            <source>Spanish</source>
            <translation>Espagnol</translation>
        </message>
        <message>
            <source>Italian</source>
            <translation>Italien</translation>
        </message>
        <message>
            <source>Dutch</source>
            <translation>Néerlandais</translation>
        </message>
        <message>
            <source>Portuguese (Portugal)</source>
            <translation>Portugais (Portugal)</translation>
        </message>
        <message>
            <source>Portuguese (Brazil)</source>
            <translation>Portugais (Brésil)</translation>
        </message>
        <message>
            <source>Polish</source>
            <translation>Polonais</translation>
        </message>
        <message>
            <source>Swedish</source>
            <translation>Suédois</translation>
        </message>
        <message>
            <source>Danish</source>
            <translation>Danois</translation>
        </message>
        <message>
            <source>Catalan</source>
            <translation>Catalan</translation>
        </message>
        <message>
            <source>Ukrainian</source>
            <translation>Ukrainien</translation>
        </message>
        <message>
            <source>Detect the language</source>
            <translation>Détecter la langue</translation>
        </message>
        <message>
            <source>&amp;Grammar</source>
            <translation>&amp;Grammaire</translation>
        </message>
        <message>
            <source>Grammar and spelling checks</source>
            <translation>Vérification de la grammaire et de l’orthographe</translation>
        </message>
        <message>
            <source>Grammar checks: {where}</source>
            <translation>Vérification grammaticale : {where}</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Langue</translation>
        </message>
        <message>
            <source>LanguageTool on this computer</source>
            <translation>LanguageTool sur cet ordinateur</translation>
        </message>
        <message>
            <source>Do&amp;wnload LanguageTool ({size}) if it is not installed</source>
            <translation>Télé&amp;charger LanguageTool ({size}) s’il n’est pas installé</translation>
        </message>
        <message>
            <source> min</source>
            <comment>spin box suffix: minutes</comment>
            <translation> min</translation>
        </message>
        <message>
            <source>Stop it after, &amp;unused</source>
            <translation>Arrêter s’il est &amp;inutilisé depuis</translation>
        </message>
        <message>
            <source>One server serves the window and the rapport command alike.</source>
            <translation>Un seul serveur sert à la fois la fenêtre et la commande rapport.</translation>
        </message>
        <message>
            <source>Grammar server</source>
            <translation>Serveur de grammaire</translation>
        </message>
        <message>
            <source>Only if it asks for a login</source>
            <translation>Uniquement s’il demande un identifiant</translation>
        </message>
        <message>
            <source>Add&amp;ress</source>
            <translation>Ad&amp;resse</translation>
        </message>
        <message>
            <source>&amp;Username</source>
            <translation>&amp;Nom d’utilisateur</translation>
        </message>
        <message>
            <source>Pass&amp;word or API key</source>
            <translation>Mot de &amp;passe ou clé d’API</translation>
        </message>
        <message>
            <source>LanguageTool Premium</source>
            <translation>LanguageTool Premium</translation>
        </message>
        <message>
            <source>Your account's e-mail address</source>
            <translation>L’adresse e-mail de votre compte</translation>
        </message>
        <message>
            <source>API &amp;key</source>
            <translation>Clé d’A&amp;PI</translation>
        </message>
        <message>
            <source>The API key is in your LanguageTool account, under Access tokens.</source>
            <translation>La clé d’API se trouve dans votre compte LanguageTool, rubrique « Access tokens ».</translation>
        </message>
        <message>
            <source>System keyring</source>
            <translation>Trousseau du système</translation>
        </message>
        <message>
            <source>Cannot be stored: see below</source>
            <translation>Impossible à enregistrer : voir ci-dessous</translation>
        </message>
        <message>
            <source>Passwords and API keys go to the system keyring.</source>
            <translation>Les mots de passe et les clés d’API sont enregistrés dans le trousseau du système.</translation>
        </message>
    </context>
    <context>
        <name>GrammarText</name>
        <message>
            <source>Restarting it.</source>
            <translation>Redémarrage en cours.</translation>
        </message>
        <message>
            <source>It restarts with the next check.</source>
            <translation>Il redémarrera à la prochaine vérification.</translation>
        </message>
        <message>
            <source>Trying again.</source>
            <translation>Nouvelle tentative en cours.</translation>
        </message>
        <message>
            <source>LanguageTool Premium</source>
            <translation>LanguageTool Premium</translation>
        </message>
        <message>
            <source>The grammar server at {host}</source>
            <translation>Le serveur de grammaire à l’adresse {host}</translation>
        </message>
        <message>
            <source>The local grammar server</source>
            <translation>Le serveur de grammaire local</translation>
        </message>
        <message>
            <source>about {megabytes} MB</source>
            <translation>environ {megabytes} Mo</translation>
        </message>
        <message numerus="yes">
            <source>%n seconds</source>
            <translation>
                <numerusform>%n seconde</numerusform>
                <numerusform>%n secondes</numerusform>
            </translation>
        </message>
        <message>
            <source>{number} seconds</source>
            <translation>{number} secondes</translation>
        </message>
        <message numerus="yes">
            <source>%n minutes</source>
            <translation>
                <numerusform>%n minute</numerusform>
                <numerusform>%n minutes</numerusform>
            </translation>
        </message>
        <message>
            <source>{number} minutes</source>
            <translation>{number} minutes</translation>
        </message>
        <message numerus="yes">
            <source>%n ports</source>
            <translation>
                <numerusform>%n port</numerusform>
                <numerusform>%n ports</numerusform>
            </translation>
        </message>
        <message>
            <source>{number} ports</source>
            <translation>{number} ports</translation>
        </message>
        <message>
            <source>English</source>
            <translation>anglais</translation>
        </message>
        <message>
            <source>German</source>
            <translation>allemand</translation>
        </message>
        <message>
            <source>French</source>
            <translation>français</translation>
        </message>
        <message>
            <source>Spanish</source>
            <translation>espagnol</translation>
        </message>
        <message>
            <source>Portuguese</source>
            <translation>portugais</translation>
        </message>
        <message>
            <source>language detection</source>
            <translation>détection de la langue</translation>
        </message>
        <message>
            <source>{languages} and {language}</source>
            <translation>{languages} et {language}</translation>
        </message>
        <message>
            <source>Checking with LanguageTool Premium.</source>
            <translation>Vérification avec LanguageTool Premium.</translation>
        </message>
        <message>
            <source>Checking with the grammar server at {host}.</source>
            <translation>Vérification avec le serveur de grammaire à l’adresse {host}.</translation>
        </message>
        <message>
            <source>Checking with the local LanguageTool {version} server.</source>
            <translation>Vérification avec le serveur LanguageTool {version} local.</translation>
        </message>
        <message>
            <source>{server} stopped unexpectedly (killed by {signal}).</source>
            <translation>{server} s’est arrêté de façon inattendue (tué par {signal}).</translation>
        </message>
        <message>
            <source>{server} stopped unexpectedly (killed by signal {number}).</source>
            <translation>{server} s’est arrêté de façon inattendue (tué par le signal {number}).</translation>
        </message>
        <message>
            <source>{server} stopped unexpectedly (exit code {code}): {detail}</source>
            <translation>{server} s’est arrêté de façon inattendue (code de sortie {code}) : {detail}</translation>
        </message>
        <message>
            <source>{server} stopped unexpectedly (exit code {code}).</source>
            <translation>{server} s’est arrêté de façon inattendue (code de sortie {code}).</translation>
        </message>
        <message>
            <source>{server} refused access (HTTP {code}): {detail}</source>
            <translation>{server} a refusé l’accès (HTTP {code}) : {detail}</translation>
        </message>
        <message>
            <source>{server} refused access (HTTP {code}).</source>
            <translation>{server} a refusé l’accès (HTTP {code}).</translation>
        </message>
        <message>
            <source>{server} answered with an error (HTTP {code}): {detail}</source>
            <translation>{server} a répondu par une erreur (HTTP {code}) : {detail}</translation>
        </message>
        <message>
            <source>{server} answered with an error (HTTP {code}).</source>
            <translation>{server} a répondu par une erreur (HTTP {code}).</translation>
        </message>
        <message>
            <source>LanguageTool Premium needs its API key from the system keyring, but this system has no keyring Rapport can use.</source>
            <translation>LanguageTool Premium a besoin de sa clé d’API, conservée dans le trousseau du système, mais ce système n’a aucun trousseau utilisable par Rapport.</translation>
        </message>
        <message>
            <source>The grammar server's login needs its password from the system keyring, but this system has no keyring Rapport can use.</source>
            <translation>La connexion au serveur de grammaire a besoin de son mot de passe, conservé dans le trousseau du système, mais ce système n’a aucun trousseau utilisable par Rapport.</translation>
        </message>
        <message>
            <source>LanguageTool Premium needs its API key from the system keyring, but the keyring configured for Python cannot be loaded ({error}).</source>
            <translation>LanguageTool Premium a besoin de sa clé d’API, conservée dans le trousseau du système, mais le trousseau configuré pour Python ne peut pas être chargé ({error}).</translation>
        </message>
        <message>
            <source>The grammar server's login needs its password from the system keyring, but the keyring configured for Python cannot be loaded ({error}).</source>
            <translation>La connexion au serveur de grammaire a besoin de son mot de passe, conservé dans le trousseau du système, mais le trousseau configuré pour Python ne peut pas être chargé ({error}).</translation>
        </message>
        <message>
            <source>LanguageTool Premium needs its API key from the system keyring, but the keyring refused ({error}).</source>
            <translation>LanguageTool Premium a besoin de sa clé d’API, conservée dans le trousseau du système, mais le trousseau a refusé l’accès ({error}).</translation>
        </message>
        <message>
            <source>The grammar server's login needs its password from the system keyring, but the keyring refused ({error}).</source>
            <translation>La connexion au serveur de grammaire a besoin de son mot de passe, conservé dans le trousseau du système, mais le trousseau a refusé l’accès ({error}).</translation>
        </message>
        <message>
            <source>No LanguageTool Premium API key is stored in the system keyring (service "{service}", entry "{entry}"). Add it in Settings.</source>
            <translation>Aucune clé d’API LanguageTool Premium n’est enregistrée dans le trousseau du système (service « {service} », entrée « {entry} »). Ajoutez-la dans les Paramètres.</translation>
        </message>
        <message>
            <source>No grammar server password or API key is stored in the system keyring (service "{service}", entry "{entry}"). Add it in Settings.</source>
            <translation>Aucun mot de passe ni aucune clé d’API du serveur de grammaire n’est enregistré dans le trousseau du système (service « {service} », entrée « {entry} »). Ajoutez-le dans les Paramètres.</translation>
        </message>
        <message>
            <source>Grammar checks are off: LanguageTool {version} has to be downloaded once (about {megabytes} MB), and {host} cannot be reached ({error}). Connect to the internet, or choose a remote LanguageTool server in Settings.</source>
            <translation>La vérification grammaticale est désactivée : LanguageTool {version} doit être téléchargé une fois (environ {megabytes} Mo), et {host} n’est pas joignable ({error}). Connectez-vous à Internet, ou choisissez un serveur LanguageTool distant dans les Paramètres.</translation>
        </message>
        <message>
            <source>Grammar checks are off: LanguageTool {version} has to be downloaded once (about {megabytes} MB), and {host} does not answer. Connect to the internet, or choose a remote LanguageTool server in Settings.</source>
            <translation>La vérification grammaticale est désactivée : LanguageTool {version} doit être téléchargé une fois (environ {megabytes} Mo), et {host} ne répond pas. Connectez-vous à Internet, ou choisissez un serveur LanguageTool distant dans les Paramètres.</translation>
        </message>
        <message>
            <source>The local grammar server could not be started: {error}</source>
            <translation>Le serveur de grammaire local n’a pas pu être démarré : {error}</translation>
        </message>
        <message>
            <source>The local grammar server could not be started.</source>
            <translation>Le serveur de grammaire local n’a pas pu être démarré.</translation>
        </message>
        <message>
            <source>The LanguageTool server in {path} is incomplete ({file} is missing). Delete that folder and build it again with packaging/languagetool/build.sh.</source>
            <translation>Le serveur LanguageTool dans {path} est incomplet ({file} manque). Supprimez ce dossier et reconstruisez-le avec packaging/languagetool/build.sh.</translation>
        </message>
        <message>
            <source>The LanguageTool server in {path} is incomplete (its list of jars is empty). Delete that folder and build it again with packaging/languagetool/build.sh.</source>
            <translation>Le serveur LanguageTool dans {path} est incomplet (sa liste de fichiers JAR est vide). Supprimez ce dossier et reconstruisez-le avec packaging/languagetool/build.sh.</translation>
        </message>
        <message>
            <source>Grammar checks are turned off in the settings.</source>
            <translation>La vérification grammaticale est désactivée dans les paramètres.</translation>
        </message>
        <message>
            <source>Grammar checks have been shut down.</source>
            <translation>La vérification grammaticale a été arrêtée.</translation>
        </message>
        <message>
            <source>{server} starts with the first check.</source>
            <translation>{server} démarre à la première vérification.</translation>
        </message>
        <message>
            <source>Starting LanguageTool {version}; checks begin when it is ready.</source>
            <translation>Démarrage de LanguageTool {version} ; les vérifications commencent dès qu’il est prêt.</translation>
        </message>
        <message>
            <source>Downloading LanguageTool {version} (about {megabytes} MB) for grammar checks…</source>
            <translation>Téléchargement de LanguageTool {version} (environ {megabytes} Mo) pour la vérification grammaticale…</translation>
        </message>
        <message>
            <source>LanguageTool is loading its {languages} rules; the first check in a language takes a few seconds.</source>
            <translation>LanguageTool charge ses règles ({languages}) ; la première vérification dans une langue prend quelques secondes.</translation>
        </message>
        <message>
            <source>Grammar checks are off: LanguageTool is not installed on this computer, and Rapport downloads it (about {megabytes} MB) only when you ask. Allow the download in Settings, Grammar, or choose a remote LanguageTool server there.</source>
            <translation>La vérification grammaticale est désactivée : LanguageTool n’est pas installé sur cet ordinateur, et Rapport ne le télécharge (environ {megabytes} Mo) que si vous le demandez. Autorisez le téléchargement dans Paramètres, Grammaire, ou choisissez-y un serveur LanguageTool distant.</translation>
        </message>
        <message>
            <source>{server} was stopped.</source>
            <translation>{server} a été arrêté.</translation>
        </message>
        <message>
            <source>{server} stopped after {minutes} without checks.</source>
            <translation>{server} s’est arrêté après {minutes} sans vérification.</translation>
        </message>
        <message>
            <source>{server} stopped unexpectedly.</source>
            <translation>{server} s’est arrêté de façon inattendue.</translation>
        </message>
        <message>
            <source>{server} ran out of memory and stopped.</source>
            <translation>{server} a manqué de mémoire et s’est arrêté.</translation>
        </message>
        <message>
            <source>The Java found is too old for LanguageTool {version}; it needs Java {java} or newer.</source>
            <translation>Le Java trouvé est trop ancien pour LanguageTool {version} ; il faut Java {java} ou plus récent.</translation>
        </message>
        <message>
            <source>Java was not found. Local grammar checks need Java {java} or newer; install it, or choose a remote LanguageTool server in Settings.</source>
            <translation>Java est introuvable. La vérification grammaticale locale nécessite Java {java} ou plus récent ; installez-le, ou choisissez un serveur LanguageTool distant dans les Paramètres.</translation>
        </message>
        <message>
            <source>{server} did not start within {seconds}.</source>
            <translation>{server} n’a pas démarré en moins de {seconds}.</translation>
        </message>
        <message>
            <source>{server} did not answer within {seconds}.</source>
            <translation>{server} n’a pas répondu en moins de {seconds}.</translation>
        </message>
        <message>
            <source>{server} refused the connection: it is not running, or not on that port.</source>
            <translation>{server} a refusé la connexion : le serveur ne tourne pas, ou pas sur ce port.</translation>
        </message>
        <message>
            <source>{server} cannot be found; check the address and the network connection.</source>
            <translation>{server} est introuvable ; vérifiez l’adresse et la connexion réseau.</translation>
        </message>
        <message>
            <source>{server} cannot be reached securely ({detail}).</source>
            <translation>{server} n’est pas joignable de façon sécurisée ({detail}).</translation>
        </message>
        <message>
            <source>{server} broke off the connection before answering.</source>
            <translation>{server} a coupé la connexion avant de répondre.</translation>
        </message>
        <message>
            <source>{server} sent an answer that is not LanguageTool's.</source>
            <translation>{server} a envoyé une réponse qui ne vient pas de LanguageTool.</translation>
        </message>
        <message>
            <source>{server} cannot be reached: {detail}.</source>
            <translation>{server} n’est pas joignable : {detail}.</translation>
        </message>
        <message>
            <source>{server} refused the text as too long.</source>
            <translation>{server} a refusé le texte, jugé trop long.</translation>
        </message>
        <message>
            <source>{server} is limiting how often it may be asked; checks resume in a moment.</source>
            <translation>{server} limite la fréquence des requêtes ; les vérifications reprennent dans un instant.</translation>
        </message>
        <message>
            <source>Rapport sends the grammar server's password only over HTTPS, and its address in Settings does not start with https://.</source>
            <translation>Rapport n’envoie le mot de passe du serveur de grammaire que par HTTPS, et son adresse dans les Paramètres ne commence pas par https://.</translation>
        </message>
        <message>
            <source>LanguageTool Premium sends your API key only over HTTPS, and its address in Settings does not start with https://.</source>
            <translation>Votre clé d’API n’est envoyée à LanguageTool Premium que par HTTPS, et l’adresse dans les Paramètres ne commence pas par https://.</translation>
        </message>
        <message>
            <source>LanguageTool Premium needs your username (your account's e-mail address); set it in Settings.</source>
            <translation>LanguageTool Premium a besoin de votre nom d’utilisateur (l’adresse e-mail de votre compte) ; saisissez-le dans les Paramètres.</translation>
        </message>
        <message>
            <source>Grammar checks are off: downloading LanguageTool {version} failed ({error}). Choose a remote LanguageTool server in Settings to check without it.</source>
            <translation>La vérification grammaticale est désactivée : le téléchargement de LanguageTool {version} a échoué ({error}). Choisissez un serveur LanguageTool distant dans les Paramètres pour vérifier sans lui.</translation>
        </message>
        <message>
            <source>Java at {path} could not be started: {error}.</source>
            <translation>Java ({path}) n’a pas pu être démarré : {error}.</translation>
        </message>
        <message>
            <source>Another program answered on the local grammar server's port.</source>
            <translation>Un autre programme a répondu sur le port du serveur de grammaire local.</translation>
        </message>
        <message>
            <source>The local grammar server found no free port on this computer; it tried {ports}.</source>
            <translation>Le serveur de grammaire local n’a trouvé aucun port libre sur cet ordinateur ; il a essayé {ports}.</translation>
        </message>
        <message>
            <source>Another Rapport has been starting the local grammar server for {seconds}; try again in a moment.</source>
            <translation>Une autre instance de Rapport démarre le serveur de grammaire local depuis {seconds} ; réessayez dans un instant.</translation>
        </message>
        <message>
            <source>The LanguageTool {version} server is not installed in {path}. Build it with packaging/languagetool/build.sh (needs Maven and a network).</source>
            <translation>Le serveur LanguageTool {version} n’est pas installé dans {path}. Construisez-le avec packaging/languagetool/build.sh (nécessite Maven et une connexion réseau).</translation>
        </message>
        <message>
            <source>The LanguageTool server in {path} cannot be read: {error}.</source>
            <translation>Le serveur LanguageTool dans {path} ne peut pas être lu : {error}.</translation>
        </message>
        <message>
            <source>The LanguageTool download in {path} is incomplete ({file} is missing). Delete that folder, and Rapport downloads it again.</source>
            <translation>Le téléchargement de LanguageTool dans {path} est incomplet ({file} manque). Supprimez ce dossier, et Rapport le téléchargera de nouveau.</translation>
        </message>
        <message>
            <source>Grammar checks are off: the grammar server's address is not set. Enter it in Settings, Grammar.</source>
            <translation>La vérification grammaticale est désactivée : l’adresse du serveur de grammaire n’est pas définie. Saisissez-la dans Paramètres, Grammaire.</translation>
        </message>
        <message>
            <source>Grammar checks are off: the grammar server's address in the settings is not a web address such as https://languagetool.example.org or http://localhost:8081. Correct it in Settings, Grammar.</source>
            <translation>La vérification grammaticale est désactivée : l’adresse du serveur de grammaire dans les paramètres n’est pas une adresse web comme https://languagetool.example.org ou http://localhost:8081. Corrigez-la dans Paramètres, Grammaire.</translation>
        </message>
        <message>
            <source>Grammar checks are off: the grammar server's address in the settings holds a username or password. Enter those in their own fields in Settings, Grammar.</source>
            <translation>La vérification grammaticale est désactivée : l’adresse du serveur de grammaire dans les paramètres contient un nom d’utilisateur ou un mot de passe. Saisissez-les dans leurs propres champs, dans Paramètres, Grammaire.</translation>
        </message>
    </context>
    <context>
        <name>GroupText</name>
        <message>
            <source>Friends</source>
            <translation>Amis</translation>
        </message>
        <message>
            <source>Former colleagues</source>
            <translation>Anciens collègues</translation>
        </message>
        <message>
            <source>Clients</source>
            <translation>Clients</translation>
        </message>
        <message>
            <source>Recruiters</source>
            <translation>Recruteurs</translation>
        </message>
        <message>
            <source>Vendors</source>
            <translation>Fournisseurs</translation>
        </message>
        <message>
            <source>Met once</source>
            <translation>Rencontrés une fois</translation>
        </message>
        <message>
            <source>Never met</source>
            <translation>Jamais rencontrés</translation>
        </message>
    </context>
    <context>
        <name>HistoryModel</name>
        <message>
            <source>Sent</source>
            <comment>column: when the message was sent</comment>
            <translation>Envoyé le</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>Template</source>
            <translation>Modèle</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Message</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <source>No template</source>
            <translation>Sans modèle</translation>
        </message>
        <message>
            <source>Template file: {file}</source>
            <translation>Fichier du modèle : {file}</translation>
        </message>
        <message>
            <source>Sent without a note.</source>
            <translation>Invitation envoyée sans note.</translation>
        </message>
        <message numerus="yes">
            <source>No answer in %Ln days: counted as no answer in the statistics. Click or press F2 to change.</source>
            <translation>
                <numerusform>Sans réponse depuis %Ln jour : comptée comme sans réponse dans les statistiques. Cliquez ou appuyez sur F2 pour modifier.</numerusform>
                <numerusform>Sans réponse depuis %Ln jours : comptée comme sans réponse dans les statistiques. Cliquez ou appuyez sur F2 pour modifier.</numerusform>
            </translation>
        </message>
        <message>
            <source>Click or press F2 to change.</source>
            <translation>Cliquez ou appuyez sur F2 pour modifier.</translation>
        </message>
        <message numerus="yes">
            <source>No answer (pending %Ln days)</source>
            <translation>
                <numerusform>Sans réponse (en attente depuis %Ln jour)</numerusform>
                <numerusform>Sans réponse (en attente depuis %Ln jours)</numerusform>
            </translation>
        </message>
        <message>
            <source>Pending (sent today)</source>
            <translation>En attente (envoyée aujourd’hui)</translation>
        </message>
        <message numerus="yes">
            <source>Pending (%Ln days)</source>
            <translation>
                <numerusform>En attente (%Ln jour)</numerusform>
                <numerusform>En attente (%Ln jours)</numerusform>
            </translation>
        </message>
        <message>
            <source>(no note)</source>
            <translation>(sans note)</translation>
        </message>
    </context>
    <context>
        <name>HistoryPage</name>
        <message>
            <source>History, statistics and follow-ups</source>
            <translation>Historique, statistiques et relances</translation>
        </message>
        <message>
            <source>&amp;History</source>
            <translation>&amp;Historique</translation>
        </message>
        <message>
            <source>&amp;Statistics</source>
            <translation>S&amp;tatistiques</translation>
        </message>
        <message>
            <source>Follow-&amp;ups</source>
            <translation>Rela&amp;nces</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Actualiser</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>Calcul en cours…</translation>
        </message>
        <message>
            <source>The statistics could not be counted: {error}</source>
            <translation>Impossible de calculer les statistiques : {error}</translation>
        </message>
        <message>
            <source>{messages} to {contacts}, as of {time}. Acceptance counts invitations accepted (replied ones included) out of those decided; invitations pending over {days} count as no answer.</source>
            <translation>{messages} pour {contacts} (état à {time}). L’acceptation compte les invitations acceptées (y compris celles suivies d’une réponse) parmi les invitations closes ; les invitations en attente depuis plus de {days} comptent comme sans réponse.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln messages</source>
            <translation>
                <numerusform>%Ln message</numerusform>
                <numerusform>%Ln messages</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln contacts</source>
            <translation>
                <numerusform>%Ln contact</numerusform>
                <numerusform>%Ln contacts</numerusform>
            </translation>
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
        <name>HistoryPanel</name>
        <message>
            <source>Any contact</source>
            <translation>Tous les contacts</translation>
        </message>
        <message>
            <source>Filter by contact name</source>
            <translation>Filtrer par nom de contact</translation>
        </message>
        <message>
            <source>Filter by template</source>
            <translation>Filtrer par modèle</translation>
        </message>
        <message>
            <source>Any template</source>
            <translation>Tous les modèles</translation>
        </message>
        <message>
            <source>Filter by kind</source>
            <translation>Filtrer par type</translation>
        </message>
        <message>
            <source>Any kind</source>
            <translation>Tous les types</translation>
        </message>
        <message>
            <source>Filter by outcome</source>
            <translation>Filtrer par résultat</translation>
        </message>
        <message>
            <source>Any outcome</source>
            <translation>Tous les résultats</translation>
        </message>
        <message>
            <source>Sent on or after</source>
            <translation>Envoyés à partir du</translation>
        </message>
        <message>
            <source>Sent on or before</source>
            <translation>Envoyés jusqu’au</translation>
        </message>
        <message>
            <source>C&amp;lear filters</source>
            <translation>&amp;Effacer les filtres</translation>
        </message>
        <message>
            <source>Clear the history filters</source>
            <translation>Effacer les filtres de l’historique</translation>
        </message>
        <message>
            <source>Messages sent</source>
            <translation>Messages envoyés</translation>
        </message>
        <message>
            <source>C&amp;ontact</source>
            <translation>C&amp;ontact</translation>
        </message>
        <message>
            <source>Templ&amp;ate</source>
            <translation>Modè&amp;le</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>T&amp;ype</translation>
        </message>
        <message>
            <source>Outcom&amp;e</source>
            <translation>Rés&amp;ultat</translation>
        </message>
        <message>
            <source>F&amp;rom</source>
            <comment>sent from this date</comment>
            <translation>À &amp;partir du</translation>
        </message>
        <message>
            <source>Unt&amp;il</source>
            <comment>sent until this date</comment>
            <translation>&amp;Jusqu’au</translation>
        </message>
        <message>
            <source>No template (imported or typed)</source>
            <translation>Sans modèle (importé ou saisi)</translation>
        </message>
        <message numerus="yes">
            <source>%Ln messages match the filters</source>
            <translation>
                <numerusform>%Ln message correspond aux filtres</numerusform>
                <numerusform>%Ln messages correspondent aux filtres</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln messages</source>
            <translation>
                <numerusform>%Ln message</numerusform>
                <numerusform>%Ln messages</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HistoryTab</name>
        <message>
            <source>Any</source>
            <comment>any date</comment>
            <translation>Indifférente</translation>
        </message>
    </context>
    <context>
        <name>ImportCancelled</name>
        <message>
            <source>The import was cancelled; nothing was saved.</source>
            <translation>L’import a été annulé ; rien n’a été enregistré.</translation>
        </message>
    </context>
    <context>
        <name>ImportFileError</name>
        <message>
            <source>the column mapping does not fit: {problems}</source>
            <translation>la correspondance des colonnes ne convient pas : {problems}</translation>
        </message>
        <message>
            <source>“08 Feb 2026”, “2/8/26” or “2026-02-08”</source>
            <translation>« 08 Feb 2026 », « 2/8/26 » ou « 2026-02-08 »</translation>
        </message>
        <message>
            <source>“08 Feb 2026”, “2/8/26, 2:37 PM” or “2026-02-08 14:37:00 UTC”</source>
            <translation>« 08 Feb 2026 », « 2/8/26, 2:37 PM » ou « 2026-02-08 14:37:00 UTC »</translation>
        </message>
        <message>
            <source>connection date</source>
            <translation>date de mise en relation</translation>
        </message>
        <message>
            <source>“Connected On” date</source>
            <translation>date « Connected On »</translation>
        </message>
        <message>
            <source>“Sent At” time</source>
            <translation>heure « Sent At »</translation>
        </message>
        <message>
            <source>“DATE”</source>
            <translation>date « DATE »</translation>
        </message>
        <message>
            <source>the {column} “{value}” is not a date Rapport can read; write it like {examples}.</source>
            <translation>la {column} « {value} » n’est pas une date que Rapport sait lire ; écrivez-la comme {examples}.</translation>
        </message>
        <message>
            <source>{file}: {problem}</source>
            <translation>{file} : {problem}</translation>
        </message>
        <message>
            <source>{file}, line {line}: {problem}</source>
            <translation>{file}, ligne {line} : {problem}</translation>
        </message>
        <message>
            <source>this is a folder; choose a file.</source>
            <translation>c’est un dossier ; choisissez un fichier.</translation>
        </message>
        <message>
            <source>the file is empty.</source>
            <translation>le fichier est vide.</translation>
        </message>
        <message>
            <source>this is not a text file: it holds binary data (such as a spreadsheet, an image or a damaged download). Export it as CSV text and try again.</source>
            <translation>ce n’est pas un fichier texte : il contient des données binaires (un classeur, une image ou un téléchargement endommagé, par exemple). Exportez-le en texte CSV et réessayez.</translation>
        </message>
        <message>
            <source>the text is not in the {encoding} encoding (byte {byte} at column {column}). Save the file as UTF-8 (in Excel: “CSV UTF-8”) and import it again.</source>
            <translation>le texte n’est pas dans l’encodage {encoding} (octet {byte} à la colonne {column}). Enregistrez le fichier en UTF-8 (dans Excel : « CSV UTF-8 ») et importez-le à nouveau.</translation>
        </message>
        <message>
            <source>the file is too large to import ({size} MB; the limit is {limit} MB).</source>
            <translation>le fichier est trop volumineux pour être importé ({size} Mo ; la limite est de {limit} Mo).</translation>
        </message>
        <message>
            <source>no such file or folder.</source>
            <translation>ce fichier ou dossier n’existe pas.</translation>
        </message>
        <message>
            <source>{member} in {archive}</source>
            <translation>{member} dans {archive}</translation>
        </message>
        <message>
            <source>the zip file is damaged (an incomplete download?) and this file cannot be read. Download the export again.</source>
            <translation>le fichier zip est endommagé (un téléchargement incomplet ?) et ce fichier ne peut pas être lu. Téléchargez à nouveau l’export.</translation>
        </message>
        <message>
            <source>the file is encrypted; unzip it yourself and import the folder.</source>
            <translation>le fichier est chiffré ; décompressez-le vous-même et importez le dossier.</translation>
        </message>
        <message>
            <source>this is neither a folder nor a zip file. Choose the .zip LinkedIn sent you, or the folder you unzipped it into.</source>
            <translation>ce n’est ni un dossier ni un fichier zip. Choisissez le .zip que LinkedIn vous a envoyé, ou le dossier dans lequel vous l’avez décompressé.</translation>
        </message>
        <message>
            <source>the file cannot be read ({error})</source>
            <translation>le fichier ne peut pas être lu ({error})</translation>
        </message>
        <message>
            <source>this holds none of the files of LinkedIn's data export ({files}). Choose the .zip LinkedIn sent, or its folder.</source>
            <translation>aucun des fichiers de l’export de données LinkedIn ({files}) ne s’y trouve. Choisissez le .zip envoyé par LinkedIn, ou son dossier.</translation>
        </message>
        <message>
            <source>the file has its column names but no rows to import.</source>
            <translation>le fichier a ses noms de colonnes, mais aucune ligne à importer.</translation>
        </message>
        <message>
            <source>a quoted value that starts here is never closed (a missing "), so the rest of the file cannot be read.</source>
            <translation>une valeur entre guillemets qui commence ici n’est jamais fermée (il manque un "), donc le reste du fichier ne peut pas être lu.</translation>
        </message>
        <message>
            <source>one value is too long to be a real entry.</source>
            <translation>une valeur est trop longue pour être une vraie entrée.</translation>
        </message>
        <message>
            <source>a quoted value in the row that starts here is not closed where it should be; the row runs on to line {line}, where the quoting breaks.</source>
            <translation>une valeur entre guillemets de la ligne qui commence ici n’est pas fermée là où elle devrait l’être ; la ligne se poursuit jusqu’à la ligne {line}, où les guillemets ne concordent plus.</translation>
        </message>
        <message>
            <source>the quoting is broken: a value in quotes must end at a separator.</source>
            <translation>les guillemets sont mal placés : une valeur entre guillemets doit se terminer à un séparateur.</translation>
        </message>
        <message>
            <source>the file holds no table; expected the columns {columns}.</source>
            <translation>le fichier ne contient aucun tableau ; les colonnes {columns} étaient attendues.</translation>
        </message>
        <message>
            <source>missing the column(s) {columns}; the table starts with “{row}”.</source>
            <translation>il manque la ou les colonnes {columns} ; le tableau commence par « {row} ».</translation>
        </message>
        <message>
            <source>this is not a vCard file: it holds no BEGIN:VCARD.</source>
            <translation>ce n’est pas un fichier vCard : il ne contient aucun BEGIN:VCARD.</translation>
        </message>
        <message>
            <source>a card begins inside the card that starts on line {start}.</source>
            <translation>une fiche commence à l’intérieur de la fiche qui débute à la ligne {start}.</translation>
        </message>
        <message>
            <source>END:VCARD without a BEGIN:VCARD before it.</source>
            <translation>END:VCARD sans BEGIN:VCARD avant lui.</translation>
        </message>
        <message>
            <source>this line is outside any card (a card starts with BEGIN:VCARD).</source>
            <translation>cette ligne est en dehors de toute fiche (une fiche commence par BEGIN:VCARD).</translation>
        </message>
        <message>
            <source>this card never ends (no END:VCARD).</source>
            <translation>cette fiche ne se termine jamais (aucun END:VCARD).</translation>
        </message>
        <message>
            <source>the value of {property} is not valid text in the {charset} encoding.</source>
            <translation>la valeur de {property} n’est pas un texte valide dans l’encodage {charset}.</translation>
        </message>
        <message>
            <source>this line is not a vCard property (no “:” between name and value).</source>
            <translation>cette ligne n’est pas une propriété vCard (pas de « : » entre le nom et la valeur).</translation>
        </message>
        <message>
            <source>this line has a value but no property name.</source>
            <translation>cette ligne a une valeur, mais pas de nom de propriété.</translation>
        </message>
    </context>
    <context>
        <name>ImportFlow</name>
        <message>
            <source>Import a LinkedIn data export</source>
            <translation>Importer un export de données LinkedIn</translation>
        </message>
        <message>
            <source>LinkedIn export (*.zip *.csv);;All files (*)</source>
            <translation>Export LinkedIn (*.zip *.csv);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Import contacts from a vCard file</source>
            <translation>Importer des contacts depuis un fichier vCard</translation>
        </message>
        <message>
            <source>vCard (*.vcf *.vcard)</source>
            <translation>vCard (*.vcf *.vcard)</translation>
        </message>
        <message>
            <source>Import contacts from a CSV file</source>
            <translation>Importer des contacts depuis un fichier CSV</translation>
        </message>
        <message>
            <source>CSV (*.csv *.txt)</source>
            <translation>CSV (*.csv *.txt)</translation>
        </message>
        <message>
            <source>Nothing was imported</source>
            <translation>Rien n’a été importé</translation>
        </message>
        <message>
            <source>An import is already running; wait for it to finish.</source>
            <translation>Une importation est déjà en cours ; attendez qu’elle se termine.</translation>
        </message>
        <message>
            <source>Importing {file}…</source>
            <translation>Importation de {file}…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Importing</source>
            <translation>Importation</translation>
        </message>
        <message>
            <source>Import of {file} cancelled; nothing was saved.</source>
            <translation>Importation de {file} annulée ; rien n’a été enregistré.</translation>
        </message>
        <message>
            <source>The import of {file} failed ({error}). Nothing was saved.</source>
            <translation>L’importation de {file} a échoué ({error}). Rien n’a été enregistré.</translation>
        </message>
        <message>
            <source>Import finished</source>
            <translation>Importation terminée</translation>
        </message>
    </context>
    <context>
        <name>ImportProblem</name>
        <message>
            <source>{file}: {problem}</source>
            <translation>{file} : {problem}</translation>
        </message>
        <message>
            <source>not a plain file; skipped.</source>
            <translation>ce n’est pas un fichier ordinaire ; ignoré.</translation>
        </message>
        <message>
            <source>larger than {limit} KB; templates are far smaller.</source>
            <translation>plus de {limit} Ko ; les modèles sont bien plus petits.</translation>
        </message>
        <message>
            <source>the entry is password-protected.</source>
            <translation>l’entrée est protégée par un mot de passe.</translation>
        </message>
        <message>
            <source>the entry is damaged ({error}).</source>
            <translation>l’entrée est endommagée ({error}).</translation>
        </message>
        <message>
            <source>'{other}' in this import has the same name.</source>
            <translation>« {other} », dans cet import, porte le même nom.</translation>
        </message>
        <message>
            <source>the file is not a text file.</source>
            <translation>le fichier n’est pas un fichier texte.</translation>
        </message>
        <message>
            <source>the sandbox refused it: {error}</source>
            <translation>le bac à sable a refusé ce modèle : {error}</translation>
        </message>
    </context>
    <context>
        <name>ImportRefused</name>
        <message>
            <source>{file}: there is no such file or folder.</source>
            <translation>{file} : ce fichier ou dossier n’existe pas.</translation>
        </message>
        <message>
            <source>More than {count} template files: nothing was imported.</source>
            <translation>Plus de {count} fichiers de modèle : rien n’a été importé.</translation>
        </message>
        <message>
            <source>{file}: a damaged zip archive ({error}).</source>
            <translation>{file} : archive zip endommagée ({error}).</translation>
        </message>
        <message>
            <source>{file}: not a zip archive that can be read ({error}).</source>
            <translation>{file} : ce n’est pas une archive zip lisible ({error}).</translation>
        </message>
        <message>
            <source>{file}: lists more than {count} entries; nothing imported.</source>
            <translation>{file} : contient plus de {count} entrées ; rien n’a été importé.</translation>
        </message>
        <message>
            <source>{file}: the entry '{entry}' points outside the archive's folder, which only a malicious archive does; nothing was imported.</source>
            <translation>{file} : l’entrée « {entry} » pointe hors du dossier de l’archive, ce que seule une archive malveillante fait ; rien n’a été importé.</translation>
        </message>
        <message>
            <source>{file}: its templates would unpack to more than {limit} MB; nothing was imported.</source>
            <translation>{file} : ses modèles occuperaient plus de {limit} Mo une fois décompressés ; rien n’a été importé.</translation>
        </message>
        <message>
            <source>The templates could not be written to {folder} ({error}); nothing was imported.</source>
            <translation>Les modèles n’ont pas pu être écrits dans {folder} ({error}) ; rien n’a été importé.</translation>
        </message>
    </context>
    <context>
        <name>ImportReport</name>
        <message numerus="yes">
            <source>Imported {file}: %Ln new contacts, {completed} completed, {unchanged} unchanged.</source>
            <translation>
                <numerusform>{file} importé : %Ln nouveau contact ; complétés : {completed} ; inchangés : {unchanged}.</numerusform>
                <numerusform>{file} importé : %Ln nouveaux contacts ; complétés : {completed} ; inchangés : {unchanged}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln invitations you sent ({accepted} accepted, {replied} of them answered with a message);</source>
            <translation>
                <numerusform>%Ln invitation envoyée (acceptées : {accepted}, dont {replied} suivies d’un message) ;</numerusform>
                <numerusform>%Ln invitations envoyées (acceptées : {accepted}, dont {replied} suivies d’un message) ;</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln earlier invitations now have an outcome.</source>
            <translation>
                <numerusform>%Ln invitation précédente a maintenant un résultat.</numerusform>
                <numerusform>%Ln invitations précédentes ont maintenant un résultat.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln requests you received are in the Inbox ({accepted} of them accepted already).</source>
            <translation>
                <numerusform>%Ln invitation reçue se trouve dans la boîte de réception (déjà acceptées : {accepted}).</numerusform>
                <numerusform>%Ln invitations reçues se trouvent dans la boîte de réception (déjà acceptées : {accepted}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Since your export of {day}: %Ln changed jobs, {new} new, {gone} no longer there (see the Network page).</source>
            <translation>
                <numerusform>Depuis votre export du {day} : %Ln changement de poste ; nouvelles relations : {new} ; plus dans l’export : {gone} (voir la page Réseau).</numerusform>
                <numerusform>Depuis votre export du {day} : %Ln changements de poste ; nouvelles relations : {new} ; plus dans l’export : {gone} (voir la page Réseau).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln people share a name with someone:</source>
            <translation>
                <numerusform>%Ln personne porte le même nom qu’une autre :</numerusform>
                <numerusform>%Ln personnes portent le même nom qu’une autre :</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln rows were skipped:</source>
            <translation>
                <numerusform>%Ln ligne a été ignorée :</numerusform>
                <numerusform>%Ln lignes ont été ignorées :</numerusform>
            </translation>
        </message>
        <message>
            <source>• and {count} more.</source>
            <translation>• et {count} autres.</translation>
        </message>
        <message>
            <source>• {file}, line {line}: {reason}</source>
            <translation>• {file}, ligne {line} : {reason}</translation>
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
            <translation>Reçue le</translation>
        </message>
        <message>
            <source>Their note</source>
            <translation>Sa note</translation>
        </message>
        <message>
            <source>Suggested</source>
            <translation>Suggestion</translation>
        </message>
        <message>
            <source>Done</source>
            <comment>column: what was done with the request</comment>
            <translation>Suite donnée</translation>
        </message>
        <message>
            <source>{name} · {works}</source>
            <translation>{name} · {works}</translation>
        </message>
        <message>
            <source>(no note)</source>
            <translation>(sans note)</translation>
        </message>
        <message>
            <source>{title} at {company}</source>
            <translation>{title} chez {company}</translation>
        </message>
    </context>
    <context>
        <name>InboxPage</name>
        <message>
            <source>Incoming requests</source>
            <translation>Invitations reçues</translation>
        </message>
        <message>
            <source>Which requests to show</source>
            <translation>Invitations à afficher</translation>
        </message>
        <message>
            <source>Waiting for an answer</source>
            <translation>En attente</translation>
        </message>
        <message>
            <source>All requests</source>
            <translation>Toutes</translation>
        </message>
        <message>
            <source>Add request…</source>
            <translation>Ajouter…</translation>
        </message>
        <message>
            <source>Add a request you received</source>
            <translation>Ajouter une invitation que vous avez reçue</translation>
        </message>
        <message>
            <source>Import from LinkedIn…</source>
            <translation>Importer de LinkedIn…</translation>
        </message>
        <message>
            <source>Import requests from a LinkedIn data export</source>
            <translation>Importer les invitations d’un export de données LinkedIn</translation>
        </message>
        <message>
            <source>Their note</source>
            <translation>Sa note</translation>
        </message>
        <message>
            <source>Why this is suggested</source>
            <translation>Pourquoi cette suggestion</translation>
        </message>
        <message>
            <source>Draft the reply</source>
            <translation>Rédiger la réponse</translation>
        </message>
        <message>
            <source>Draft the reply in the composer</source>
            <translation>Préparer la réponse dans la page Rédiger</translation>
        </message>
        <message>
            <source>What you did</source>
            <translation>Ce que vous avez fait</translation>
        </message>
        <message>
            <source>Record</source>
            <comment>verb: record what you did</comment>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <source>Record what you did with this request</source>
            <translation>Enregistrer la suite donnée à cette invitation</translation>
        </message>
        <message>
            <source>Undo: waiting again</source>
            <translation>Annuler : remettre en attente</translation>
        </message>
        <message>
            <source>Undo what you recorded: the request waits again</source>
            <translation>Annuler ce que vous avez enregistré : l’invitation repasse en attente</translation>
        </message>
        <message>
            <source>&amp;Show</source>
            <translation>&amp;Voir</translation>
        </message>
        <message>
            <source>Request</source>
            <translation>Invitation</translation>
        </message>
        <message>
            <source>&amp;You did:</source>
            <translation>Suite do&amp;nnée :</translation>
        </message>
        <message>
            <source>Between the requests and the chosen one</source>
            <translation>Entre les invitations et celle choisie</translation>
        </message>
        <message>
            <source>Reading the inbox…</source>
            <translation>Lecture de la boîte de réception…</translation>
        </message>
        <message>
            <source>The inbox could not be read: {error}</source>
            <translation>Impossible de lire la boîte de réception : {error}</translation>
        </message>
        <message>
            <source>{waiting} waiting · {shown} shown</source>
            <translation>{waiting} en attente · {shown} affichées</translation>
        </message>
        <message>
            <source>No request chosen.</source>
            <translation>Aucune invitation choisie.</translation>
        </message>
        <message>
            <source>{name}, {works}</source>
            <translation>{name}, {works}</translation>
        </message>
        <message>
            <source>(They sent no note.)</source>
            <translation>(Invitation sans note.)</translation>
        </message>
        <message>
            <source>Suggested: {answer}</source>
            <translation>Suggestion : {answer}</translation>
        </message>
        <message>
            <source>Change</source>
            <comment>verb: change what you recorded</comment>
            <translation>Modifier</translation>
        </message>
        <message>
            <source>waiting again</source>
            <translation>de nouveau en attente</translation>
        </message>
        <message>
            <source>{name}: {done}.</source>
            <translation>{name} : {done}.</translation>
        </message>
        <message>
            <source>Added the request from {name}.</source>
            <translation>Invitation de {name} ajoutée.</translation>
        </message>
        <message>
            <source>No requests waiting. Requests you receive come in with your LinkedIn data export (Import from LinkedIn…, or Ctrl+I), or add one by hand with Add request…: Rapport suggests an answer for each and drafts the reply.</source>
            <translation>Aucune invitation en attente. Les invitations que vous recevez arrivent avec votre export de données LinkedIn (Importer de LinkedIn…, ou Ctrl+I) ; vous pouvez aussi en ajouter une à la main avec Ajouter… : Rapport suggère une réponse pour chacune et la rédige.</translation>
        </message>
    </context>
    <context>
        <name>Keyboard</name>
        <message>
            <source>Sort by {column}</source>
            <translation>Trier par {column}</translation>
        </message>
        <message>
            <source>Fit columns to their contents</source>
            <translation>Ajuster les colonnes à leur contenu</translation>
        </message>
    </context>
    <context>
        <name>KeyringText</name>
        <message>
            <source>On Linux, install and unlock GNOME Keyring or KWallet (any Secret Service provider) in your desktop session; if a keyring kept in a file is acceptable to you, install the keyrings.alt package into Rapport's Python (pip install keyrings.alt). Windows and macOS have a keyring built in.</source>
            <translation>Sous Linux, installez et déverrouillez GNOME Keyring ou KWallet (ou tout autre fournisseur Secret Service) dans votre session de bureau ; si un trousseau conservé dans un fichier vous convient, installez le paquet keyrings.alt dans le Python de Rapport (pip install keyrings.alt). Windows et macOS ont un trousseau intégré.</translation>
        </message>
        <message>
            <source>{failed}: the system keyring refused ({error}).</source>
            <translation>{failed} : le trousseau du système a refusé l’accès ({error}).</translation>
        </message>
        <message>
            <source>{failed}: Rapport keeps secrets only in the system keyring. {problem}</source>
            <translation>{failed} : Rapport ne conserve les mots de passe et les clés que dans le trousseau du système. {problem}</translation>
        </message>
        <message>
            <source>The keyring configured for Python cannot be loaded ({error}). {how}</source>
            <translation>Le trousseau configuré pour Python ne peut pas être chargé ({error}). {how}</translation>
        </message>
        <message>
            <source>This system has no keyring Rapport can use. {how}</source>
            <translation>Ce système n’a aucun trousseau utilisable par Rapport. {how}</translation>
        </message>
        <message>
            <source>The system keyring refused ({error}).</source>
            <translation>Le trousseau du système a refusé l’accès ({error}).</translation>
        </message>
        <message>
            <source>The LanguageTool Premium API key is empty; nothing was stored.</source>
            <translation>La clé d’API LanguageTool Premium est vide ; rien n’a été enregistré.</translation>
        </message>
        <message>
            <source>The grammar server password or API key is empty; nothing was stored.</source>
            <translation>Le mot de passe ou la clé d’API du serveur de grammaire est vide ; rien n’a été enregistré.</translation>
        </message>
        <message>
            <source>The LanguageTool Premium API key cannot be read</source>
            <translation>La clé d’API LanguageTool Premium ne peut pas être lue</translation>
        </message>
        <message>
            <source>The LanguageTool Premium API key was not saved</source>
            <translation>La clé d’API LanguageTool Premium n’a pas été enregistrée</translation>
        </message>
        <message>
            <source>The LanguageTool Premium API key was not deleted</source>
            <translation>La clé d’API LanguageTool Premium n’a pas été supprimée</translation>
        </message>
        <message>
            <source>The grammar server password or API key cannot be read</source>
            <translation>Le mot de passe ou la clé d’API du serveur de grammaire ne peut pas être lu</translation>
        </message>
        <message>
            <source>The grammar server password or API key was not saved</source>
            <translation>Le mot de passe ou la clé d’API du serveur de grammaire n’a pas été enregistré</translation>
        </message>
        <message>
            <source>The grammar server password or API key was not deleted</source>
            <translation>Le mot de passe ou la clé d’API du serveur de grammaire n’a pas été supprimé</translation>
        </message>
    </context>
    <context>
        <name>KindText</name>
        <message>
            <source>Invitation</source>
            <translation>Invitation</translation>
        </message>
        <message>
            <source>Thank-you</source>
            <translation>Remerciement</translation>
        </message>
        <message>
            <source>Polite decline</source>
            <translation>Refus poli</translation>
        </message>
        <message>
            <source>Coffee invitation</source>
            <translation>Invitation à un café</translation>
        </message>
        <message>
            <source>Reply to a recruiter</source>
            <translation>Réponse à un recruteur</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Relance</translation>
        </message>
        <message>
            <source>Introduction</source>
            <translation>Mise en relation</translation>
        </message>
    </context>
    <context>
        <name>LanguagePage</name>
        <message>
            <source>L&amp;anguage</source>
            <comment>settings page</comment>
            <translation>L&amp;angue</translation>
        </message>
        <message>
            <source>Window language</source>
            <translation>Langue de l’interface</translation>
        </message>
        <message>
            <source>System default</source>
            <translation>Langue du système</translation>
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
            <translation>Interface</translation>
        </message>
        <message>
            <source>&amp;Window language</source>
            <translation>Langue de l’&amp;interface</translation>
        </message>
        <message>
            <source>Menus, buttons and dates in this language. A change applies at the next start.</source>
            <translation>Menus, boutons et dates dans cette langue. Tout changement prend effet au prochain démarrage.</translation>
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
            <translation>La langue dans laquelle vous écrivez : modèles et vérifications pour les contacts dont la langue n’est pas indiquée.</translation>
        </message>
        <message>
            <source>Default &amp;register</source>
            <translation>&amp;Registre par défaut</translation>
        </message>
        <message>
            <source>How templates address people where the language has two ways: Sie or du, vous or tu, usted or tú, o senhor or você.</source>
            <translation>Comment les modèles s’adressent aux gens quand la langue distingue deux registres : Sie ou du, vous ou tu, usted ou tú, o senhor ou você.</translation>
        </message>
    </context>
    <context>
        <name>LexiconError</name>
        <message>
            <source>The word frequencies cannot be read: {error}.</source>
            <translation>Les fréquences des mots sont illisibles : {error}.</translation>
        </message>
        <message>
            <source>The phrase list {path} cannot be read: {error}.</source>
            <translation>La liste d’expressions {path} est illisible : {error}.</translation>
        </message>
        <message>
            <source>The phrase list {path} is not UTF-8 text.</source>
            <translation>La liste d’expressions {path} n’est pas du texte UTF-8.</translation>
        </message>
    </context>
    <context>
        <name>LibraryListModel</name>
        <message>
            <source>mine</source>
            <comment>a template of the user's</comment>
            <translation>personnel</translation>
        </message>
        <message>
            <source>built-in</source>
            <comment>a template shipped</comment>
            <translation>intégré</translation>
        </message>
        <message>
            <source>{template} ({source})</source>
            <translation>{template} ({source})</translation>
        </message>
        <message>
            <source>{name}: {description}</source>
            <translation>{name} : {description}</translation>
        </message>
        <message>
            <source>{name}: Ships with Rapport; read-only. {description}</source>
            <translation>{name} : fourni avec Rapport, en lecture seule. {description}</translation>
        </message>
    </context>
    <context>
        <name>ListEditor</name>
        <message>
            <source>Add</source>
            <comment>verb: add an entry to the list</comment>
            <translation>Ajouter</translation>
        </message>
        <message>
            <source>Add to {list}</source>
            <translation>Ajouter à {list}</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>Remove from {list}</source>
            <translation>Retirer de {list}</translation>
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
            <translation>Entre le formulaire et la zone de rédaction</translation>
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
            <translation>Message à {name} marqué comme envoyé.</translation>
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
            <translation>Remplacer votre message ?</translation>
        </message>
        <message>
            <source>The template's words will replace the message as you edited it. Ctrl+Z brings your words back.</source>
            <translation>Le texte du modèle remplacera le message tel que vous l’avez modifié. Ctrl+Z rétablit votre texte.</translation>
        </message>
    </context>
    <context>
        <name>MessageChecks</name>
        <message>
            <source>them</source>
            <comment>the contact</comment>
            <translation>cette personne</translation>
        </message>
        <message>
            <source>Not added to your dictionary: {error}</source>
            <translation>Non ajouté à votre dictionnaire : {error}</translation>
        </message>
        <message>
            <source>“{word}” is in your dictionary now.</source>
            <translation>« {word} » figure maintenant dans votre dictionnaire.</translation>
        </message>
    </context>
    <context>
        <name>MessageView</name>
        <message>
            <source>Replace “{words}” with “{replacement}”</source>
            <translation>Remplacer « {words} » par « {replacement} »</translation>
        </message>
        <message>
            <source>Ignore “{words}” in this message</source>
            <translation>Ignorer « {words} » dans ce message</translation>
        </message>
        <message>
            <source>Add “{words}” to your dictionary</source>
            <translation>Ajouter « {words} » à votre dictionnaire</translation>
        </message>
    </context>
    <context>
        <name>NetworkModels</name>
        <message>
            <source>{title} at {company}</source>
            <translation>{title} chez {company}</translation>
        </message>
    </context>
    <context>
        <name>NetworkPage</name>
        <message>
            <source>Connections you may no longer know</source>
            <translation>Relations que vous ne connaissez peut-être plus</translation>
        </message>
        <message>
            <source>Open contact</source>
            <translation>Ouvrir le contact</translation>
        </message>
        <message>
            <source>Open the chosen contact to write to them</source>
            <translation>Ouvrir le contact choisi pour lui écrire</translation>
        </message>
        <message>
            <source>Delete from Rapport…</source>
            <translation>Supprimer de Rapport…</translation>
        </message>
        <message>
            <source>Delete the chosen contact from Rapport</source>
            <translation>Supprimer de Rapport le contact choisi</translation>
        </message>
        <message>
            <source>Removes them from Rapport only; remove the connection on LinkedIn yourself.</source>
            <translation>Supprime le contact de Rapport uniquement ; retirez vous-même la relation sur LinkedIn.</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Actualiser</translation>
        </message>
        <message>
            <source>Refresh the network review</source>
            <translation>Actualiser l’analyse du réseau</translation>
        </message>
        <message>
            <source>Changed jobs, new and gone since your last export</source>
            <translation>Changements de poste, arrivées et départs depuis votre dernier export</translation>
        </message>
        <message>
            <source>Congratulate…</source>
            <translation>Féliciter…</translation>
        </message>
        <message>
            <source>Write to the chosen person about their new job</source>
            <translation>Écrire à la personne choisie au sujet de son nouveau poste</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Groupe</translation>
        </message>
        <message>
            <source>Relationship</source>
            <translation>Proximité</translation>
        </message>
        <message>
            <source>Company</source>
            <translation>Entreprise</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Localisation</translation>
        </message>
        <message>
            <source>People you may no longer know</source>
            <translation>Personnes que vous ne connaissez peut-être plus</translation>
        </message>
        <message>
            <source>Changed jobs since your last export</source>
            <translation>Changements de poste depuis votre dernier export</translation>
        </message>
        <message>
            <source>Your network</source>
            <translation>Votre réseau</translation>
        </message>
        <message>
            <source>Contacts by group</source>
            <translation>Contacts par groupe</translation>
        </message>
        <message>
            <source>Contacts by strength</source>
            <translation>Contacts par proximité</translation>
        </message>
        <message>
            <source>Contacts by company</source>
            <translation>Contacts par entreprise</translation>
        </message>
        <message>
            <source>Contacts by location</source>
            <translation>Contacts par localisation</translation>
        </message>
        <message>
            <source>Reading your network…</source>
            <translation>Lecture de votre réseau…</translation>
        </message>
        <message>
            <source>The network review could not be read: {error}</source>
            <translation>Impossible de lire l’analyse du réseau : {error}</translation>
        </message>
        <message>
            <source>Nobody here: everyone you marked never met is recent or has heard from you.</source>
            <translation>Personne ici : toutes les personnes marquées comme jamais rencontrées sont des relations récentes ou ont eu de vos nouvelles.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln connections you marked never met, connected over a year ago and never wrote to. Reconnect on purpose, or prune.</source>
            <translation>
                <numerusform>%Ln relation marquée comme jamais rencontrée, ajoutée il y a plus d’un an, à qui vous n’avez jamais écrit. Reprenez contact délibérément, ou faites le tri.</numerusform>
                <numerusform>%Ln relations marquées comme jamais rencontrées, ajoutées il y a plus d’un an, à qui vous n’avez jamais écrit. Reprenez contact délibérément, ou faites le tri.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln contacts</source>
            <translation>
                <numerusform>%Ln contact</numerusform>
                <numerusform>%Ln contacts</numerusform>
            </translation>
        </message>
        <message>
            <source>Import two LinkedIn exports, a while apart, to see who changed jobs.</source>
            <translation>Importez deux exports LinkedIn, à quelque temps d’intervalle, pour voir qui a changé de poste.</translation>
        </message>
        <message>
            <source>Your export of {day} is the first: import a newer one later.</source>
            <translation>Votre export du {day} est le premier : importez-en un plus récent plus tard.</translation>
        </message>
        <message>
            <source>Your export of {day} against {previous}: {changed} changed jobs, {new} new, {gone} no longer there.</source>
            <translation>Votre export du {day} comparé à celui du {previous} : nouveau poste : {changed} ; nouvelles relations : {new} ; plus dans l’export : {gone}.</translation>
        </message>
    </context>
    <context>
        <name>NewsModel</name>
        <message>
            <source>Changed jobs</source>
            <translation>Nouveau poste</translation>
        </message>
        <message>
            <source>New connection</source>
            <translation>Nouvelle relation</translation>
        </message>
        <message>
            <source>No longer in the export</source>
            <translation>Plus dans l’export</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>What</source>
            <comment>column: what changed</comment>
            <translation>Changement</translation>
        </message>
        <message>
            <source>Then</source>
            <comment>column: the job before</comment>
            <translation>Avant</translation>
        </message>
        <message>
            <source>Now</source>
            <comment>column: the job now</comment>
            <translation>Maintenant</translation>
        </message>
    </context>
    <context>
        <name>NextStepsText</name>
        <message>
            <source>Try {names}: never sent yet, so nothing is known about it.</source>
            <translation>Essayez {names} : jamais envoyé, on n’en sait donc encore rien.</translation>
        </message>
        <message>
            <source>Try {names}: never sent yet, so nothing is known about them.</source>
            <translation>Essayez {names} : jamais envoyés, on n’en sait donc encore rien.</translation>
        </message>
        <message>
            <source>Keep {approach}: {figures}; the best of the {tried} approaches tried with {probability} probability.</source>
            <translation>Gardez {approach} : {figures} ; la meilleure des {tried} approches essayées, avec une probabilité de {probability}.</translation>
        </message>
        <message>
            <source>Keep {approach}: {figures}; better than your other invitations' {rate} with {probability} probability.</source>
            <translation>Gardez {approach} : {figures} ; mieux que les {rate} de vos autres invitations, avec une probabilité de {probability}.</translation>
        </message>
        <message>
            <source>Drop {approach}: {figures}; below {leader}’s {rate} with {probability} probability.</source>
            <translation>Abandonnez {approach} : {figures} ; en dessous des {rate} de {leader}, avec une probabilité de {probability}.</translation>
        </message>
        <message>
            <source>Keep testing {approach}: {figures}; ahead for now, but not surely the best yet.</source>
            <translation>Continuez à tester {approach} : {figures} ; en tête pour l’instant, mais pas encore sûrement la meilleure approche.</translation>
        </message>
        <message>
            <source>Keep testing {approach}: {figures}; too close to {leader} to tell apart.</source>
            <translation>Continuez à tester {approach} : {figures} ; trop proche de {leader} pour les départager.</translation>
        </message>
        <message>
            <source>Keep testing {approach}: {figures}; about {count} more sends, with {leader}, would likely tell.</source>
            <translation>Continuez à tester {approach} : {figures} ; environ {count} envois de plus, avec {leader}, permettraient sans doute de trancher.</translation>
        </message>
        <message>
            <source>invitations typed or imported</source>
            <translation>invitations saisies ou importées</translation>
        </message>
        <message>
            <source>{approach} (no note)</source>
            <translation>{approach} (sans note)</translation>
        </message>
        <message>
            <source>{accepted} of {decided} accepted, about {mean} expected (95% interval {low}–{high})</source>
            <translation>{accepted} acceptées sur {decided}, environ {mean} attendues (intervalle à 95 % {low}–{high})</translation>
        </message>
    </context>
    <context>
        <name>NextStepsView</name>
        <message>
            <source>What to do next</source>
            <translation>Que faire ensuite</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>Calcul en cours…</translation>
        </message>
        <message>
            <source>What to do next could not be worked out: {error}</source>
            <translation>Impossible de déterminer que faire ensuite : {error}</translation>
        </message>
        <message>
            <source>No invitation has been decided yet, so nothing is known about what works.</source>
            <translation>Aucune invitation n’est encore close : on ne sait donc rien de ce qui fonctionne.</translation>
        </message>
        <message numerus="yes">
            <source>From %Ln decided invitations. An approach is kept or dropped only when the difference holds with 0.95 probability; the rest need more sends.</source>
            <translation>
                <numerusform>D’après %Ln invitation close. Une approche n’est gardée ou abandonnée que si la différence tient avec une probabilité de 0,95 ; les autres demandent davantage d’envois.</numerusform>
                <numerusform>D’après %Ln invitations closes. Une approche n’est gardée ou abandonnée que si la différence tient avec une probabilité de 0,95 ; les autres demandent davantage d’envois.</numerusform>
            </translation>
        </message>
        <message>
            <source>Keep</source>
            <comment>heading: approaches to keep</comment>
            <translation>À garder</translation>
        </message>
        <message>
            <source>Drop</source>
            <comment>heading: approaches to drop</comment>
            <translation>À abandonner</translation>
        </message>
        <message>
            <source>Test</source>
            <comment>heading: approaches to test</comment>
            <translation>À tester</translation>
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
            <translation>Résultat</translation>
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
        <name>PageTabs</name>
        <message>
            <source>Pages</source>
            <translation>Pages</translation>
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
            <translation>&amp;Vous</translation>
        </message>
        <message>
            <source>As you sign your messages</source>
            <translation>Tel que vous signez vos messages</translation>
        </message>
        <message>
            <source>e.g. Lisbon</source>
            <translation>p. ex. Lisbonne</translation>
        </message>
        <message>
            <source>&amp;Free: {limit}-character connection notes</source>
            <translation>Grat&amp;uit : notes d’invitation de {limit} caractères</translation>
        </message>
        <message>
            <source>&amp;Premium: {limit}-character notes</source>
            <translation>&amp;Premium : notes de {limit} caractères</translation>
        </message>
        <message>
            <source>Free LinkedIn account</source>
            <translation>Compte LinkedIn gratuit</translation>
        </message>
        <message>
            <source>Premium LinkedIn account</source>
            <translation>Compte LinkedIn Premium</translation>
        </message>
        <message>
            <source> notes</source>
            <comment>spin box suffix</comment>
            <translation> notes</translation>
        </message>
        <message>
            <source> days</source>
            <comment>spin box suffix</comment>
            <translation> jours</translation>
        </message>
        <message>
            <source>About you</source>
            <translation>À propos de vous</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Nom</translation>
        </message>
        <message>
            <source>&amp;Location</source>
            <translation>&amp;Localisation</translation>
        </message>
        <message>
            <source>Templates sign with your name; a stranger who lives near you is offered a coffee.</source>
            <translation>Les modèles sont signés de votre nom ; on propose un café aux inconnus qui habitent près de chez vous.</translation>
        </message>
        <message>
            <source>LinkedIn</source>
            <translation>LinkedIn</translation>
        </message>
        <message>
            <source>Account</source>
            <comment>LinkedIn account type</comment>
            <translation>Compte</translation>
        </message>
        <message>
            <source>Personalised notes a &amp;month</source>
            <translation>Notes personnalisées par &amp;mois</translation>
        </message>
        <message>
            <source>Invitations pending f&amp;or</source>
            <translation>Invitation sans &amp;réponse après</translation>
        </message>
        <message>
            <source>An invitation with no answer after this many days counts as unanswered.</source>
            <translation>Passé ce nombre de jours, une invitation restée en attente compte comme sans réponse.</translation>
        </message>
    </context>
    <context>
        <name>Questions</name>
        <message>
            <source>Where did you meet {who}?</source>
            <translation>Où avez-vous rencontré {who} ?</translation>
        </message>
        <message>
            <source>When did you meet {who}?</source>
            <translation>Quand avez-vous rencontré {who} ?</translation>
        </message>
        <message>
            <source>Who introduced you to {who}?</source>
            <translation>Qui vous a mis en relation avec {who} ?</translation>
        </message>
        <message>
            <source>What of {who}'s did you read, hear or use?</source>
            <translation>Qu'avez-vous lu, entendu ou utilisé de {who} ?</translation>
        </message>
        <message>
            <source>What are you both into?</source>
            <translation>Qu'est-ce qui vous intéresse tous les deux ?</translation>
        </message>
        <message>
            <source>Who do you both know?</source>
            <translation>Qui connaissez-vous tous les deux ?</translation>
        </message>
        <message>
            <source>Where does {who} live?</source>
            <translation>Où vit {who} ?</translation>
        </message>
        <message>
            <source>Where does {who} work?</source>
            <translation>Où travaille {who} ?</translation>
        </message>
        <message>
            <source>What does {who} do?</source>
            <translation>Quel est le métier de {who} ?</translation>
        </message>
        <message>
            <source>What is {who}'s last name?</source>
            <translation>Quel est le nom de famille de {who} ?</translation>
        </message>
        <message>
            <source>What do you write about?</source>
            <translation>Sur quoi écrivez-vous ?</translation>
        </message>
        <message>
            <source>Who are you introducing?</source>
            <translation>Qui présentez-vous ?</translation>
        </message>
        <message>
            <source>Why should they meet?</source>
            <translation>Pourquoi se rencontrer ?</translation>
        </message>
        <message>
            <source>Which role is it about?</source>
            <translation>De quel poste s'agit-il ?</translation>
        </message>
        <message>
            <source>What did you talk about?</source>
            <translation>De quoi avez-vous parlé ?</translation>
        </message>
        <message>
            <source>What did {who} write about, in a few words?</source>
            <translation>Sur quoi portait le message de {who}, en quelques mots ?</translation>
        </message>
        <message>
            <source>{label}?</source>
            <comment>a field asked for</comment>
            <translation>{label} ?</translation>
        </message>
        <message>
            <source>“{label}”</source>
            <comment>a field's name, quoted</comment>
            <translation>« {label} »</translation>
        </message>
        <message>
            <source>This message needs {field}. Fill it in to continue.</source>
            <translation>Ce message a besoin de {field}. Remplissez ce champ pour continuer.</translation>
        </message>
        <message>
            <source>This message needs {fields}. Fill them in to continue.</source>
            <translation>Ce message a besoin de {fields}. Remplissez ces champs pour continuer.</translation>
        </message>
    </context>
    <context>
        <name>QuotaNotice</name>
        <message>
            <source>Personalised notes used this month</source>
            <translation>Notes personnalisées utilisées ce mois-ci</translation>
        </message>
        <message>
            <source>Note quota warning</source>
            <translation>Alerte de quota de notes</translation>
        </message>
        <message>
            <source>Past this month's note quota</source>
            <translation>Quota de notes du mois dépassé</translation>
        </message>
        <message>
            <source>{warning}

Record this note as sent anyway?</source>
            <translation>{warning}

Marquer quand même cette note comme envoyée ?</translation>
        </message>
        <message>
            <source>The notes sent this month could not be counted: {error}</source>
            <translation>Impossible de compter les notes envoyées ce mois-ci : {error}</translation>
        </message>
    </context>
    <context>
        <name>QuotaText</name>
        <message numerus="yes">
            <source>%Ln personalised notes this month, past the {allowed} your account allows</source>
            <translation>
                <numerusform>%Ln note personnalisée ce mois-ci, au-delà des {allowed} que votre compte autorise</numerusform>
                <numerusform>%Ln notes personnalisées ce mois-ci, au-delà des {allowed} que votre compte autorise</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{used} of %Ln personalised notes used this month</source>
            <translation>
                <numerusform>Notes personnalisées utilisées ce mois-ci : {used} sur %Ln</numerusform>
                <numerusform>Notes personnalisées utilisées ce mois-ci : {used} sur %Ln</numerusform>
            </translation>
        </message>
        <message>
            <source>No personalised notes left this month ({used} of {allowed} used): LinkedIn will not send this note. Send the invitation without a note, wait until next month, or write them a message once they accept.</source>
            <translation>Plus aucune note personnalisée ce mois-ci ({used} sur {allowed} utilisées) : LinkedIn n’enverra pas cette note. Envoyez l’invitation sans note, attendez le mois prochain ou écrivez-lui un message une fois l’invitation acceptée.</translation>
        </message>
        <message>
            <source>This is the last personalised note your free account allows this month.</source>
            <translation>C’est la dernière note personnalisée que votre compte gratuit autorise ce mois-ci.</translation>
        </message>
    </context>
    <context>
        <name>RateChart</name>
        <message>
            <source>Acceptance and reply rates by template, with 95% intervals</source>
            <translation>Taux d’acceptation et de réponse par modèle, avec intervalles à 95 %</translation>
        </message>
        <message>
            <source>Reply rate (of those accepted)</source>
            <translation>Taux de réponse (parmi les acceptées)</translation>
        </message>
        <message>
            <source>Acceptance rate</source>
            <translation>Taux d’acceptation</translation>
        </message>
        <message>
            <source>Replied, of those accepted: {rate}</source>
            <translation>Avec réponse, parmi les acceptées : {rate}</translation>
        </message>
        <message>
            <source>Accepted: {rate}</source>
            <translation>Acceptées : {rate}</translation>
        </message>
        <message>
            <source>No template</source>
            <translation>Sans modèle</translation>
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
            <translation>Modèle</translation>
        </message>
        <message>
            <source>Accepted here</source>
            <translation>Acceptées ici</translation>
        </message>
        <message>
            <source>Expected</source>
            <translation>Attendu</translation>
        </message>
        <message>
            <source>95% interval</source>
            <translation>Intervalle à 95 %</translation>
        </message>
        <message>
            <source>Chance best</source>
            <translation>Chance d’être le meilleur</translation>
        </message>
        <message>
            <source>not sent yet</source>
            <translation>pas encore envoyé</translation>
        </message>
        <message>
            <source>{accepted} of {sent}</source>
            <translation>{accepted} sur {sent}</translation>
        </message>
        <message>
            <source>never tried</source>
            <translation>jamais essayé</translation>
        </message>
    </context>
    <context>
        <name>RecommendationText</name>
        <message>
            <source>people you know well</source>
            <translation>les personnes que vous connaissez bien</translation>
        </message>
        <message>
            <source>people you have met</source>
            <translation>les personnes que vous avez rencontrées</translation>
        </message>
        <message>
            <source>people you have never met</source>
            <translation>les personnes que vous n’avez jamais rencontrées</translation>
        </message>
        <message>
            <source>contacts no longer saved</source>
            <translation>les contacts qui ne sont plus enregistrés</translation>
        </message>
        <message>
            <source>everyone</source>
            <translation>tout le monde</translation>
        </message>
        <message>
            <source>{people} in {group}, nearby</source>
            <translation>{people} du groupe « {group} », près de chez vous</translation>
        </message>
        <message>
            <source>{people} in {group}</source>
            <translation>{people} du groupe « {group} »</translation>
        </message>
        <message>
            <source>{people}, nearby</source>
            <translation>{people} près de chez vous</translation>
        </message>
        <message>
            <source>Send {template} next: not sent to people like them yet, it could reach {high}, and a few sends will show whether it does.</source>
            <translation>Envoyez ensuite {template} : jamais envoyé à des personnes comme elles, il pourrait atteindre {high}, et quelques envois montreront si c’est le cas.</translation>
        </message>
        <message>
            <source>Send {template} next: it leads, and could reach {high}.</source>
            <translation>Envoyez ensuite {template} : il est en tête et pourrait atteindre {high}.</translation>
        </message>
        <message>
            <source>Send {template} next: it could still be the best (up to {high}), and a few more sends of it will show whether it is.</source>
            <translation>Envoyez ensuite {template} : il pourrait encore être le meilleur (jusqu’à {high}), et quelques envois de plus le montreront.</translation>
        </message>
        <message>
            <source>No invitation templates to rank.</source>
            <translation>Aucun modèle d’invitation à classer.</translation>
        </message>
        <message>
            <source>Use {template}: best for {people} with {chance} probability.</source>
            <translation>Utilisez {template} : le meilleur pour {people}, avec une probabilité de {chance}.</translation>
        </message>
        <message>
            <source>Too early to tell: fewer than two invitation templates tried yet.</source>
            <translation>Trop tôt pour le dire : moins de deux modèles d’invitation essayés pour l’instant.</translation>
        </message>
        <message>
            <source>Too early to tell: {first} and {second} are too close for the next few hundred sends to tell apart.</source>
            <translation>Trop tôt pour le dire : {first} et {second} sont trop proches pour que les quelques centaines d’envois à venir les départagent.</translation>
        </message>
        <message>
            <source>Too early to tell: about {sends} more sends, split between {first} and {second}, would likely tell.</source>
            <translation>Trop tôt pour le dire : environ {sends} envois de plus, répartis entre {first} et {second}, permettraient sans doute de trancher.</translation>
        </message>
        <message>
            <source>A note is likely to pay for this person: about {with_note} replies per 100 invitations with a note against {without_note} without.</source>
            <translation>Une note vaut probablement la peine pour cette personne : environ {with_note} réponses pour 100 invitations avec une note, contre {without_note} sans.</translation>
        </message>
        <message>
            <source>Sending without a note loses little here: about {with_note} replies per 100 invitations with a note against {without_note} without.</source>
            <translation>Envoyer sans note coûte peu ici : environ {with_note} réponses pour 100 invitations avec une note, contre {without_note} sans.</translation>
        </message>
        <message>
            <source>A note shows no gain for people like them: about {with_note} replies per 100 invitations with a note against {without_note} without.</source>
            <translation>Une note n’apporte rien pour les personnes comme elles : environ {with_note} réponses pour 100 invitations avec une note, contre {without_note} sans.</translation>
        </message>
        <message>
            <source>No personalised notes left this month.</source>
            <translation>Plus aucune note personnalisée ce mois-ci.</translation>
        </message>
        <message numerus="yes">
            <source>%n of {allowed} personalised notes left this month.</source>
            <translation>
                <numerusform>Il reste %n note personnalisée sur {allowed} ce mois-ci.</numerusform>
                <numerusform>Il reste %n notes personnalisées sur {allowed} ce mois-ci.</numerusform>
            </translation>
        </message>
        <message>
            <source>Keep them for people where a note pays more.</source>
            <translation>Gardez-les pour les personnes à qui une note apporte davantage.</translation>
        </message>
    </context>
    <context>
        <name>RecommendationsView</name>
        <message>
            <source>What works for people like them</source>
            <translation>Ce qui marche avec des profils similaires</translation>
        </message>
        <message>
            <source>Pick a contact to see which invitation works for people like them.</source>
            <translation>Choisissez un contact pour voir quelle invitation marche avec des profils similaires.</translation>
        </message>
        <message>
            <source>Invitation templates ranked for this contact</source>
            <translation>Modèles d’invitation classés pour ce contact</translation>
        </message>
        <message>
            <source>Invitation templates ranked</source>
            <translation>Modèles d’invitation classés</translation>
        </message>
        <message>
            <source>Ranking…</source>
            <translation>Classement…</translation>
        </message>
        <message>
            <source>Every invitation template with its counts and interval</source>
            <translation>Chaque modèle d’invitation avec ses chiffres et son intervalle</translation>
        </message>
        <message>
            <source>Explore: suggest the template that would teach the most</source>
            <translation>Explorer : suggérer le modèle dont on apprendrait le plus</translation>
        </message>
        <message>
            <source>Counting what worked for people like {name}…</source>
            <translation>Calcul de ce qui a marché avec des profils comme celui de {name}…</translation>
        </message>
        <message>
            <source>The recommendations could not be counted: {error}</source>
            <translation>Impossible de calculer les recommandations : {error}</translation>
        </message>
        <message numerus="yes">
            <source>For {segment}, from your own history. %Ln invitations still pending are not counted yet.</source>
            <translation>
                <numerusform>Pour {segment}, d’après votre propre historique. %Ln invitation encore en attente n’est pas encore comptée.</numerusform>
                <numerusform>Pour {segment}, d’après votre propre historique. %Ln invitations encore en attente ne sont pas encore comptées.</numerusform>
            </translation>
        </message>
        <message>
            <source>For {segment}, from your own history.</source>
            <translation>Pour {segment}, d’après votre propre historique.</translation>
        </message>
        <message>
            <source>Exploring: send {template} this time. It was drawn from what each template could still turn out to be, so the less-tested ones come up as often as they could well be the best.</source>
            <translation>Exploration : envoyez {template} cette fois-ci. Ce modèle a été tiré au sort d’après ce que chaque modèle pourrait encore valoir : les moins testés sortent aussi souvent qu’ils ont de chances d’être les meilleurs.</translation>
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
            <translation>Restaurer la sauvegarde du {day} à {time} ? Tout ce qui a été enregistré depuis sera perdu. Le fichier endommagé est conservé à côté de la base de données, sous un autre nom ; rien n’est supprimé.</translation>
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
        <name>RenderError</name>
        <message>
            <source>Template syntax: {error}</source>
            <translation>Syntaxe du modèle : {error}</translation>
        </message>
        <message>
            <source>The template is longer than {count} characters.</source>
            <translation>Le modèle dépasse {count} caractères.</translation>
        </message>
        <message>
            <source>The template is nested too deeply.</source>
            <translation>Le modèle est imbriqué trop profondément.</translation>
        </message>
        <message>
            <source>The template contains a number too long to use.</source>
            <translation>Le modèle contient un nombre trop long pour être utilisé.</translation>
        </message>
        <message>
            <source>The template could not be compiled: {error}</source>
            <translation>Le modèle n’a pas pu être compilé : {error}</translation>
        </message>
        <message>
            <source>The template calls itself too deeply and was stopped.</source>
            <translation>Le modèle s’appelle lui-même trop profondément et a été arrêté.</translation>
        </message>
        <message>
            <source>The template tried to use too much memory and was stopped.</source>
            <translation>Le modèle a tenté d’utiliser trop de mémoire et a été arrêté.</translation>
        </message>
        <message>
            <source>The template failed: {error}</source>
            <translation>Le modèle a échoué : {error}</translation>
        </message>
    </context>
    <context>
        <name>RequestDialog</name>
        <message>
            <source>Add a connection request</source>
            <translation>Ajouter une invitation reçue</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Nom</translation>
        </message>
        <message>
            <source>As shown on the request</source>
            <translation>Tel qu’affiché sur l’invitation</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <comment>job title</comment>
            <translation>&amp;Titre</translation>
        </message>
        <message>
            <source>Their headline or job title</source>
            <translation>Son titre ou son intitulé de poste</translation>
        </message>
        <message>
            <source>&amp;Company</source>
            <translation>&amp;Entreprise</translation>
        </message>
        <message>
            <source>&amp;Location</source>
            <translation>&amp;Localisation</translation>
        </message>
        <message>
            <source>City or area, if the profile shows one</source>
            <translation>Ville ou région, si le profil en indique une</translation>
        </message>
        <message>
            <source>&amp;Profile URL</source>
            <translation>&amp;URL du profil</translation>
        </message>
        <message>
            <source>Their note</source>
            <translation>Sa note</translation>
        </message>
        <message>
            <source>Paste the note they sent, or leave empty if none.</source>
            <translation>Collez la note reçue, ou laissez vide s’il n’y en a pas.</translation>
        </message>
        <message>
            <source>Their &amp;note</source>
            <translation>Sa n&amp;ote</translation>
        </message>
        <message>
            <source>Add to inbox</source>
            <translation>Ajouter à la boîte de réception</translation>
        </message>
    </context>
    <context>
        <name>SaveTemplateDialog</name>
        <message>
            <source>Save as template</source>
            <translation>Enregistrer comme modèle</translation>
        </message>
        <message>
            <source>Template &amp;name</source>
            <translation>&amp;Nom du modèle</translation>
        </message>
        <message>
            <source>The contact's details become fields, filled in for each person you write to:</source>
            <translation>Les informations du contact deviennent des champs, remplis pour chaque personne à qui vous écrivez :</translation>
        </message>
    </context>
    <context>
        <name>SecretField</name>
        <message>
            <source>LanguageTool Premium API key</source>
            <translation>Clé d’API LanguageTool Premium</translation>
        </message>
        <message>
            <source>Remove the stored LanguageTool Premium API key</source>
            <translation>Supprimer la clé d’API LanguageTool Premium enregistrée</translation>
        </message>
        <message>
            <source>Grammar server password or API key</source>
            <translation>Mot de passe ou clé d’API du serveur de grammaire</translation>
        </message>
        <message>
            <source>Remove the stored grammar server password or API key</source>
            <translation>Supprimer le mot de passe ou la clé d’API du serveur de grammaire enregistrés</translation>
        </message>
        <message>
            <source>Remove the stored one</source>
            <translation>Supprimer la valeur enregistrée</translation>
        </message>
        <message>
            <source>Checking the system keyring…</source>
            <translation>Vérification du trousseau du système…</translation>
        </message>
        <message>
            <source>Stored in the keyring; type a new one to replace it</source>
            <translation>Valeur enregistrée dans le trousseau ; saisissez-en une nouvelle pour la remplacer</translation>
        </message>
        <message>
            <source>Not stored yet</source>
            <translation>Aucune valeur enregistrée</translation>
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
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Rapport will use {folder} from its next start; your data was copied there.</source>
            <translation>Rapport utilisera {folder} à partir de son prochain démarrage ; vos données y ont été copiées.</translation>
        </message>
        <message>
            <source>Rapport will use {folder} from its next start.</source>
            <translation>Rapport utilisera {folder} à partir de son prochain démarrage.</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Paramètres</translation>
        </message>
        <message>
            <source>Settings pages</source>
            <translation>Pages des paramètres</translation>
        </message>
        <message>
            <source>Problems with the settings</source>
            <translation>Problèmes dans les paramètres</translation>
        </message>
        <message>
            <source>Save the settings</source>
            <translation>Enregistrer les paramètres</translation>
        </message>
        <message>
            <source>Close without changing anything</source>
            <translation>Fermer sans rien modifier</translation>
        </message>
        <message>
            <source>On the {page} page: {problem}</source>
            <translation>Page {page} : {problem}</translation>
        </message>
    </context>
    <context>
        <name>SettingsError</name>
        <message>
            <source>{key} is a secret, kept in the system keyring: use rapport config set-secret {key} - (or delete-secret).</source>
            <translation>{key} est un secret, conservé dans le trousseau du système : utilisez rapport config set-secret {key} - (ou delete-secret).</translation>
        </message>
        <message>
            <source>there is no setting '{key}'. The settings are: {keys}.</source>
            <translation>il n’y a pas de paramètre '{key}'. Les paramètres sont : {keys}.</translation>
        </message>
        <message>
            <source>there is no secret '{key}'. The secrets are: {keys}.</source>
            <translation>il n’y a pas de secret '{key}'. Les secrets sont : {keys}.</translation>
        </message>
        <message>
            <source>Grammar language must be a language code such as en-US, en-GB, de, fr or pt-BR (or auto, to detect it).</source>
            <translation>La langue de la vérification grammaticale doit être un code de langue comme en-US, en-GB, de, fr ou pt-BR (ou auto, pour la détecter).</translation>
        </message>
        <message>
            <source>The grammar server address must be a web address, such as https://languagetool.example.org or http://localhost:8081.</source>
            <translation>L’adresse du serveur de grammaire doit être une adresse web, comme https://languagetool.example.org ou http://localhost:8081.</translation>
        </message>
        <message>
            <source>The grammar server address must not contain a username or password; enter those in their own fields.</source>
            <translation>L’adresse du serveur de grammaire ne doit contenir ni nom d’utilisateur ni mot de passe ; saisissez-les dans leurs propres champs.</translation>
        </message>
        <message>
            <source>Checking with a grammar server needs the server's address.</source>
            <translation>Pour vérifier avec un serveur de grammaire, il faut son adresse.</translation>
        </message>
        <message>
            <source>LanguageTool Premium needs your username (your account's e-mail address).</source>
            <translation>LanguageTool Premium a besoin de votre nom d’utilisateur (l’adresse e-mail de votre compte).</translation>
        </message>
        <message>
            <source>{label} must be a list of text.</source>
            <translation>« {label} » doit être une liste de textes.</translation>
        </message>
        <message>
            <source>{label} must be true or false.</source>
            <translation>« {label} » doit valoir true ou false.</translation>
        </message>
        <message>
            <source>{label} must be a whole number from {low} to {high}.</source>
            <translation>« {label} » doit être un nombre entier de {low} à {high}.</translation>
        </message>
        <message>
            <source>{label} must be text.</source>
            <translation>« {label} » doit être du texte.</translation>
        </message>
        <message>
            <source>{label} must be {choices} or {last}.</source>
            <translation>« {label} » doit valoir {choices} ou {last}.</translation>
        </message>
        <message>
            <source>{refusal}, not '{typed}'.</source>
            <translation>{refusal}, pas '{typed}'.</translation>
        </message>
        <message>
            <source>The settings file {path} cannot be read: {error}</source>
            <translation>Le fichier de paramètres {path} est illisible : {error}</translation>
        </message>
        <message>
            <source>The settings file {path} does not hold a settings object.</source>
            <translation>Le fichier de paramètres {path} ne contient pas d’objet de paramètres.</translation>
        </message>
        <message>
            <source>The settings file {path}, '{key}': {error}</source>
            <translation>Le fichier de paramètres {path}, '{key}' : {error}</translation>
        </message>
        <message>
            <source>The settings could not be saved to {path}: {error}</source>
            <translation>Les paramètres n’ont pas pu être enregistrés dans {path} : {error}</translation>
        </message>
        <message>
            <source>The settings file {path} has no valid schema_version.</source>
            <translation>Le fichier de paramètres {path} n’a pas de schema_version valide.</translation>
        </message>
        <message>
            <source>The settings file {path} was written by a newer version of Rapport; update Rapport to use it.</source>
            <translation>Le fichier de paramètres {path} a été écrit par une version plus récente de Rapport ; mettez Rapport à jour pour l’utiliser.</translation>
        </message>
        <message>
            <source>{label} must be one line of text.</source>
            <translation>« {label} » doit tenir sur une seule ligne.</translation>
        </message>
        <message>
            <source>There is no setting called '{key}'.</source>
            <translation>Il n’y a pas de paramètre nommé '{key}'.</translation>
        </message>
    </context>
    <context>
        <name>SettingsFlow</name>
        <message>
            <source>Settings saved.</source>
            <translation>Paramètres enregistrés.</translation>
        </message>
    </context>
    <context>
        <name>ShareLabel</name>
        <message>
            <source>No group</source>
            <translation>Sans groupe</translation>
        </message>
        <message>
            <source>Others</source>
            <comment>the companies or places past the ten most common</comment>
            <translation>Autres</translation>
        </message>
    </context>
    <context>
        <name>ShareModel</name>
        <message>
            <source>Contacts</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <source>Share</source>
            <comment>noun: share of the network</comment>
            <translation>Part</translation>
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
            <translation>aucun nom</translation>
        </message>
        <message>
            <source>the {column} “{value}” is not a date Rapport can read; write it like {examples}</source>
            <translation>la {column} « {value} » n’est pas une date que Rapport sait lire ; écrivez-la comme {examples}</translation>
        </message>
        <message>
            <source>no name (a member who hid or closed their profile)</source>
            <translation>aucun nom (un membre qui a masqué ou fermé son profil)</translation>
        </message>
        <message>
            <source>the direction “{direction}” is neither OUTGOING nor INCOMING</source>
            <translation>la direction « {direction} » n’est ni OUTGOING ni INCOMING</translation>
        </message>
        <message>
            <source>the other person has no name</source>
            <translation>l’autre personne n’a pas de nom</translation>
        </message>
        <message>
            <source>no “Sent At” time</source>
            <translation>aucune heure « Sent At »</translation>
        </message>
        <message>
            <source>a contact you have</source>
            <translation>l’un de vos contacts</translation>
        </message>
        <message>
            <source>kept apart from {where} of the same name: another company, position or connection date</source>
            <translation>gardé à part d’une personne du même nom ({where}) : autre entreprise, autre poste ou autre date de mise en relation</translation>
        </message>
        <message>
            <source>{count} people are named “{name}”; linked by name to one of them, which may be the wrong one</source>
            <translation>{count} personnes s’appellent « {name} » ; liée par le nom à l’une d’elles, peut-être la mauvaise</translation>
        </message>
        <message>
            <source>the same person as {where}</source>
            <translation>la même personne qu’à la {where}</translation>
        </message>
        <message>
            <source>line {line}</source>
            <translation>ligne {line}</translation>
        </message>
        <message>
            <source>{file}, line {line}</source>
            <translation>ligne {line} de {file}</translation>
        </message>
        <message>
            <source>{values} values where the header has {columns} columns</source>
            <translation>{values} valeurs là où l’en-tête a {columns} colonnes</translation>
        </message>
        <message>
            <source>a group card (“{group}”), not a person</source>
            <translation>une fiche de groupe (« {group} »), pas une personne</translation>
        </message>
        <message>
            <source>a group card</source>
            <translation>une fiche de groupe</translation>
        </message>
        <message>
            <source>the card has no name</source>
            <translation>la fiche n’a pas de nom</translation>
        </message>
    </context>
    <context>
        <name>SpanText</name>
        <message numerus="yes">
            <source>%Ln days</source>
            <translation>
                <numerusform>%Ln jour</numerusform>
                <numerusform>%Ln jours</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln weeks</source>
            <translation>
                <numerusform>%Ln semaine</numerusform>
                <numerusform>%Ln semaines</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln months</source>
            <translation>
                <numerusform>%Ln mois</numerusform>
                <numerusform>%Ln mois</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln years</source>
            <translation>
                <numerusform>%Ln an</numerusform>
                <numerusform>%Ln ans</numerusform>
            </translation>
        </message>
        <message>
            <source>today</source>
            <translation>aujourd’hui</translation>
        </message>
        <message>
            <source>yesterday</source>
            <translation>hier</translation>
        </message>
        <message numerus="yes">
            <source>%Ln days ago</source>
            <translation>
                <numerusform>il y a %Ln jour</numerusform>
                <numerusform>il y a %Ln jours</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln weeks ago</source>
            <translation>
                <numerusform>il y a %Ln semaine</numerusform>
                <numerusform>il y a %Ln semaines</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln months ago</source>
            <translation>
                <numerusform>il y a %Ln mois</numerusform>
                <numerusform>il y a %Ln mois</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln years ago</source>
            <translation>
                <numerusform>il y a %Ln an</numerusform>
                <numerusform>il y a %Ln ans</numerusform>
            </translation>
        </message>
        <message>
            <source>tomorrow</source>
            <translation>demain</translation>
        </message>
        <message numerus="yes">
            <source>in %Ln days</source>
            <translation>
                <numerusform>dans %Ln jour</numerusform>
                <numerusform>dans %Ln jours</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %Ln weeks</source>
            <translation>
                <numerusform>dans %Ln semaine</numerusform>
                <numerusform>dans %Ln semaines</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %Ln months</source>
            <translation>
                <numerusform>dans %Ln mois</numerusform>
                <numerusform>dans %Ln mois</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %Ln years</source>
            <translation>
                <numerusform>dans %Ln an</numerusform>
                <numerusform>dans %Ln ans</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StaleModel</name>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Works as</source>
            <translation>Poste</translation>
        </message>
        <message>
            <source>Connected</source>
            <comment>column: the day you connected</comment>
            <translation>Relation depuis le</translation>
        </message>
        <message>
            <source>Why it is listed</source>
            <translation>Motif</translation>
        </message>
    </context>
    <context>
        <name>StaleReason</name>
        <message numerus="yes">
            <source>Marked never met, connected %Ln years ago, and never contacted.</source>
            <translation>
                <numerusform>Marqué « Jamais rencontré », connecté il y a %Ln an et jamais contacté.</numerusform>
                <numerusform>Marqué « Jamais rencontré », connecté il y a %Ln ans et jamais contacté.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Marked never met, connected %Ln days ago, and never contacted.</source>
            <translation>
                <numerusform>Marqué « Jamais rencontré », connecté il y a %Ln jour et jamais contacté.</numerusform>
                <numerusform>Marqué « Jamais rencontré », connecté il y a %Ln jours et jamais contacté.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StatsView</name>
        <message>
            <source>Invitations</source>
            <comment>column: with or without a note</comment>
            <translation>Invitations</translation>
        </message>
        <message>
            <source>invitations</source>
            <comment>break down by</comment>
            <translation>invitations</translation>
        </message>
        <message>
            <source>Template</source>
            <comment>column</comment>
            <translation>Modèle</translation>
        </message>
        <message>
            <source>template</source>
            <comment>break down by</comment>
            <translation>modèle</translation>
        </message>
        <message>
            <source>Kind</source>
            <comment>column</comment>
            <translation>Type</translation>
        </message>
        <message>
            <source>kind</source>
            <comment>break down by</comment>
            <translation>type</translation>
        </message>
        <message>
            <source>Group</source>
            <comment>column</comment>
            <translation>Groupe</translation>
        </message>
        <message>
            <source>group</source>
            <comment>break down by</comment>
            <translation>groupe</translation>
        </message>
        <message>
            <source>Relationship strength</source>
            <comment>column</comment>
            <translation>Proximité</translation>
        </message>
        <message>
            <source>relationship strength</source>
            <comment>break down by</comment>
            <translation>proximité</translation>
        </message>
        <message>
            <source>Checker score</source>
            <comment>column</comment>
            <translation>Score de vérification</translation>
        </message>
        <message>
            <source>checker score</source>
            <comment>break down by</comment>
            <translation>score de vérification</translation>
        </message>
        <message>
            <source>Month</source>
            <comment>column</comment>
            <translation>Mois</translation>
        </message>
        <message>
            <source>month</source>
            <comment>break down by</comment>
            <translation>mois</translation>
        </message>
        <message>
            <source>Differences unlikely to be chance</source>
            <translation>Différences probablement pas dues au hasard</translation>
        </message>
        <message>
            <source>Differences that could well be chance</source>
            <translation>Différences qui pourraient bien être dues au hasard</translation>
        </message>
        <message>
            <source>Too few to tell yet</source>
            <translation>Trop peu de données pour conclure</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>Calcul en cours…</translation>
        </message>
        <message>
            <source>Acceptance rate</source>
            <translation>Taux d’acceptation</translation>
        </message>
        <message>
            <source>Reply rate</source>
            <translation>Taux de réponse</translation>
        </message>
        <message>
            <source>Median time to acceptance</source>
            <translation>Délai médian d’acceptation</translation>
        </message>
        <message>
            <source>Still pending</source>
            <translation>Encore en attente</translation>
        </message>
        <message>
            <source>Break the statistics down by</source>
            <translation>Répartir les statistiques par</translation>
        </message>
        <message>
            <source>Statistics broken down</source>
            <translation>Statistiques détaillées</translation>
        </message>
        <message>
            <source>What the differences mean</source>
            <translation>Ce que signifient les différences</translation>
        </message>
        <message>
            <source>&amp;Break down by</source>
            <translation>Répartir &amp;par</translation>
        </message>
        <message>
            <source>Breakdown</source>
            <translation>Répartition</translation>
        </message>
        <message>
            <source>Acceptance and reply rates by template, with 95% intervals</source>
            <translation>Taux d’acceptation et de réponse par modèle, avec intervalles à 95 %</translation>
        </message>
        <message>
            <source>Between the statistics table and the chart</source>
            <translation>Entre le tableau des statistiques et le graphique</translation>
        </message>
        <message>
            <source>Above what the differences mean</source>
            <translation>Au-dessus de la signification des différences</translation>
        </message>
        <message>
            <source>No decided invitations yet.</source>
            <translation>Aucune invitation close pour l’instant.</translation>
        </message>
        <message numerus="yes">
            <source>{successes} of %Ln decided invitations. 95% interval {low}–{high}.</source>
            <translation>
                <numerusform>{successes} sur %Ln invitation close. Intervalle à 95 % : {low}–{high}.</numerusform>
                <numerusform>{successes} sur %Ln invitations closes. Intervalle à 95 % : {low}–{high}.</numerusform>
            </translation>
        </message>
        <message>
            <source>No accepted invitations yet.</source>
            <translation>Aucune invitation acceptée pour l’instant.</translation>
        </message>
        <message numerus="yes">
            <source>{successes} of %Ln accepted invitations. 95% interval {low}–{high}.</source>
            <translation>
                <numerusform>{successes} sur %Ln invitation acceptée. Intervalle à 95 % : {low}–{high}.</numerusform>
                <numerusform>{successes} sur %Ln invitations acceptées. Intervalle à 95 % : {low}–{high}.</numerusform>
            </translation>
        </message>
        <message>
            <source>No accepted invitation with a known acceptance time yet.</source>
            <translation>Aucune invitation acceptée dont on connaisse le délai d’acceptation.</translation>
        </message>
        <message numerus="yes">
            <source>Of %Ln accepted invitations, half were accepted sooner, half later.</source>
            <translation>
                <numerusform>Sur %Ln invitation acceptée, la moitié l’ont été plus vite, l’autre moitié moins vite.</numerusform>
                <numerusform>Sur %Ln invitations acceptées, la moitié l’ont été plus vite, l’autre moitié moins vite.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Invitations sent in the last %Ln days and not yet answered; left out of the rates until they are, or until the window passes.</source>
            <translation>
                <numerusform>Invitations envoyées depuis moins de %Ln jour et encore sans réponse ; exclues des taux jusqu’à ce qu’elles en reçoivent une ou que ce délai soit écoulé.</numerusform>
                <numerusform>Invitations envoyées depuis moins de %Ln jours et encore sans réponse ; exclues des taux jusqu’à ce qu’elles en reçoivent une ou que ce délai soit écoulé.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing to compare yet: the statistics compare templates, groups, strengths and scores once invitations of more than one kind have been decided.</source>
            <translation>Rien à comparer pour l’instant : les statistiques comparent modèles, groupes, degrés de proximité et scores dès que des invitations de plusieurs sortes ont été closes.</translation>
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
            <translation>Rapport conserve des sauvegardes dans {folder} ; la plus récente est {backup}.</translation>
        </message>
        <message>
            <source>Rapport keeps backups in {folder}, but none has been made yet.</source>
            <translation>Rapport conserve des sauvegardes dans {folder}, mais aucune n’a encore été faite.</translation>
        </message>
        <message>
            <source>The database {path} is damaged and cannot be read. It has been left as it is. {backups}</source>
            <translation>La base de données {path} est endommagée et illisible. Elle a été laissée telle quelle. {backups}</translation>
        </message>
    </context>
    <context>
        <name>StoreError</name>
        <message>
            <source>No contact has the id '{id}'.</source>
            <translation>Aucun contact n’a l’identifiant '{id}'.</translation>
        </message>
        <message>
            <source>No contact is named '{name}'.</source>
            <translation>Aucun contact ne s’appelle '{name}'.</translation>
        </message>
        <message>
            <source>{count} contacts are named '{name}' (ids {ids}): give the id.</source>
            <translation>{count} contacts s’appellent '{name}' (identifiants {ids}) : indiquez l’identifiant.</translation>
        </message>
        <message>
            <source>There is no complete message to record.</source>
            <translation>Il n’y a pas de message complet à enregistrer.</translation>
        </message>
        <message>
            <source>Save the contact first, then record the message.</source>
            <translation>Enregistrez d’abord le contact, puis enregistrez le message.</translation>
        </message>
        <message>
            <source>Rapport could not back up {database} into {folder} ({error}).</source>
            <translation>Rapport n’a pas pu sauvegarder {database} dans {folder} ({error}).</translation>
        </message>
        <message>
            <source>There is no usable backup of {database} in {folder}; the database has been left as it is.</source>
            <translation>Il n’y a aucune sauvegarde utilisable de {database} dans {folder} ; la base de données a été laissée telle quelle.</translation>
        </message>
        <message>
            <source>The backup {backup} could not be put in place of {database} ({error}).</source>
            <translation>La sauvegarde {backup} n’a pas pu remplacer {database} ({error}).</translation>
        </message>
        <message>
            <source>{path} is a folder, not a database file.</source>
            <translation>{path} est un dossier, pas un fichier de base de données.</translation>
        </message>
        <message>
            <source>The folder {folder} cannot be created ({error}).</source>
            <translation>Le dossier {folder} ne peut pas être créé ({error}).</translation>
        </message>
        <message>
            <source>The database {path} cannot be read ({error}).</source>
            <translation>La base de données {path} est illisible ({error}).</translation>
        </message>
        <message>
            <source>The database {path} cannot be opened. Check that its folder exists and that you are allowed to use it.</source>
            <translation>La base de données {path} ne peut pas être ouverte. Vérifiez que son dossier existe et que vous avez le droit de l’utiliser.</translation>
        </message>
        <message>
            <source>There is no space left to save to {path}. Free some disk space.</source>
            <translation>Il n’y a plus de place pour enregistrer dans {path}. Libérez de l’espace disque.</translation>
        </message>
        <message>
            <source>Rapport could not read or write {path}: the disk reported an error.</source>
            <translation>Rapport n’a pas pu lire ou écrire {path} : le disque a signalé une erreur.</translation>
        </message>
        <message>
            <source>The database {path} could not be used: {error}.</source>
            <translation>La base de données {path} n’a pas pu être utilisée : {error}.</translation>
        </message>
        <message>
            <source>A time without a time zone cannot be recorded; give it one (UTC).</source>
            <translation>Une heure sans fuseau horaire ne peut pas être enregistrée ; indiquez-en un (UTC).</translation>
        </message>
        <message>
            <source>Rapport must upgrade {path} and backs it up first, but the backup in {folder} failed ({error}). Nothing was changed.</source>
            <translation>Rapport doit mettre à jour {path} et le sauvegarde d’abord, mais la sauvegarde dans {folder} a échoué ({error}). Rien n’a été modifié.</translation>
        </message>
        <message>
            <source>The database {path} could not be upgraded for this version of Rapport ({error}). The upgrade was undone.</source>
            <translation>La base de données {path} n’a pas pu être mise à jour pour cette version de Rapport ({error}). La mise à jour a été annulée.</translation>
        </message>
        <message>
            <source>{name} is already saved (number {number}).</source>
            <translation>{name} est déjà enregistré (numéro {number}).</translation>
        </message>
        <message>
            <source>{name} has not been saved yet, so cannot be updated.</source>
            <translation>{name} n’est pas encore enregistré et ne peut donc pas être mis à jour.</translation>
        </message>
        <message>
            <source>A personalisation score runs from 0 to 100.</source>
            <translation>Un score de personnalisation va de 0 à 100.</translation>
        </message>
        <message>
            <source>An empty message cannot be recorded as sent.</source>
            <translation>Un message vide ne peut pas être enregistré comme envoyé.</translation>
        </message>
        <message>
            <source>The number of messages to show cannot be negative.</source>
            <translation>Le nombre de messages à afficher ne peut pas être négatif.</translation>
        </message>
        <message>
            <source>'{outcome}' is not an outcome; use one of: {choices}.</source>
            <translation>'{outcome}' n’est pas un résultat ; utilisez l’un de ceux-ci : {choices}.</translation>
        </message>
        <message>
            <source>No sent message number {number} is recorded.</source>
            <translation>Aucun message envoyé portant le numéro {number} n’est enregistré.</translation>
        </message>
        <message>
            <source>No incoming request number {number} is recorded.</source>
            <translation>Aucune demande reçue portant le numéro {number} n’est enregistrée.</translation>
        </message>
        <message>
            <source>Some text contains characters that are not valid Unicode and cannot be saved.</source>
            <translation>Un texte contient des caractères Unicode non valides et ne peut pas être enregistré.</translation>
        </message>
        <message>
            <source>The database {path} has been closed.</source>
            <translation>La base de données {path} a été fermée.</translation>
        </message>
        <message>
            <source>No contact number {number} is saved; it may have been deleted.</source>
            <translation>Aucun contact portant le numéro {number} n’est enregistré ; il a peut-être été supprimé.</translation>
        </message>
    </context>
    <context>
        <name>StoreLocked</name>
        <message>
            <source>The database {path} is in use by another program. Close the other program (or the other Rapport window) and try again.</source>
            <translation>La base de données {path} est utilisée par un autre programme. Fermez l’autre programme (ou l’autre fenêtre de Rapport) et réessayez.</translation>
        </message>
    </context>
    <context>
        <name>StoreReadOnly</name>
        <message>
            <source>Rapport cannot save to {path}: the file or its folder is read-only. Make both writable, or move the data folder somewhere you can write to.</source>
            <translation>Rapport ne peut pas enregistrer dans {path} : le fichier ou son dossier est en lecture seule. Rendez-les tous deux accessibles en écriture, ou déplacez le dossier de données à un endroit où vous pouvez écrire.</translation>
        </message>
    </context>
    <context>
        <name>StoreTooNew</name>
        <message>
            <source>The database {path} was written by a newer version of Rapport (schema {version}; this version knows up to {known}). Update Rapport to open it; the file has not been changed.</source>
            <translation>La base de données {path} a été écrite par une version plus récente de Rapport (schéma {version} ; cette version connaît les schémas jusqu’au {known}). Mettez Rapport à jour pour l’ouvrir ; le fichier n’a pas été modifié.</translation>
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
        <name>TemplateEditor</name>
        <message>
            <source>Templates</source>
            <translation>Modèles</translation>
        </message>
        <message>
            <source>Template file text</source>
            <translation>Texte du fichier du modèle</translation>
        </message>
        <message>
            <source>Built-in template: read-only. Duplicate it (Ctrl+D) to make your own version.</source>
            <translation>Modèle intégré : lecture seule. Dupliquez-le (Ctrl+D) pour créer votre propre version.</translation>
        </message>
        <message>
            <source>Problem in the template</source>
            <translation>Problème dans le modèle</translation>
        </message>
        <message>
            <source>&amp;New template</source>
            <translation>&amp;Nouveau modèle</translation>
        </message>
        <message>
            <source>&amp;Duplicate to my templates</source>
            <translation>&amp;Dupliquer dans mes modèles</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Enregistrer</translation>
        </message>
        <message>
            <source>De&amp;lete…</source>
            <translation>&amp;Supprimer…</translation>
        </message>
        <message>
            <source>&amp;Import…</source>
            <translation>&amp;Importer…</translation>
        </message>
        <message>
            <source>&amp;Export selected…</source>
            <translation>E&amp;xporter la sélection…</translation>
        </message>
        <message>
            <source>&amp;Templates</source>
            <translation>&amp;Modèles</translation>
        </message>
        <message>
            <source>Save the template</source>
            <translation>Enregistrer le modèle</translation>
        </message>
        <message>
            <source>Te&amp;xt</source>
            <translation>&amp;Texte</translation>
        </message>
        <message>
            <source>Between the templates and the text</source>
            <translation>Entre les modèles et le texte</translation>
        </message>
        <message>
            <source>Between the text and the preview</source>
            <translation>Entre le texte et l’aperçu</translation>
        </message>
        <message>
            <source>The template's file was removed; saving writes it again.</source>
            <translation>Le fichier du modèle a été supprimé ; l’enregistrement le recréera.</translation>
        </message>
        <message>
            <source>Line {line}: {problem}</source>
            <translation>Ligne {line} : {problem}</translation>
        </message>
        <message>
            <source>{name}{modified} — Templates</source>
            <translation>{name}{modified} — Modèles</translation>
        </message>
        <message>
            <source>Not saved: {problem}</source>
            <translation>Non enregistré : {problem}</translation>
        </message>
        <message>
            <source>Saved {file}.</source>
            <translation>{file} enregistré.</translation>
        </message>
        <message>
            <source>Created {file} in your templates.</source>
            <translation>{file} créé dans vos modèles.</translation>
        </message>
        <message>
            <source>Duplicated as {file} in your templates.</source>
            <translation>Dupliqué sous {file} dans vos modèles.</translation>
        </message>
        <message>
            <source>No template was created: {problem}</source>
            <translation>Aucun modèle créé : {problem}</translation>
        </message>
        <message>
            <source>Deleted {name}.</source>
            <translation>{name} supprimé.</translation>
        </message>
    </context>
    <context>
        <name>TemplateFieldsModel</name>
        <message>
            <source>a contact field</source>
            <translation>un champ du contact</translation>
        </message>
        <message>
            <source>from your settings</source>
            <translation>issu de vos paramètres</translation>
        </message>
        <message>
            <source>typed for each message</source>
            <translation>saisi pour chaque message</translation>
        </message>
        <message>
            <source>{label} ({name}) · missing</source>
            <translation>{label} ({name}) · manquant</translation>
        </message>
        <message>
            <source>{label} ({name})</source>
            <translation>{label} ({name})</translation>
        </message>
        <message>
            <source>them</source>
            <comment>the contact</comment>
            <translation>cette personne</translation>
        </message>
        <message>
            <source>Required; {origin}.</source>
            <translation>Obligatoire ; {origin}.</translation>
        </message>
        <message>
            <source>Used; {origin}.</source>
            <translation>Utilisé ; {origin}.</translation>
        </message>
        <message>
            <source>{name} has no value for it.</source>
            <translation>{name} n’a pas de valeur pour ce champ.</translation>
        </message>
        <message>
            <source>There is no value for it.</source>
            <translation>Ce champ n’a pas de valeur.</translation>
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
            <translation>Vous avez déjà un modèle nommé « {name} » : choisissez un autre nom.</translation>
        </message>
        <message>
            <source>{file}: could not be saved ({error}).</source>
            <translation>{file} : enregistrement impossible ({error}).</translation>
        </message>
        <message>
            <source>'{name}' is a built-in template; it cannot be deleted.</source>
            <translation>« {name} » est un modèle intégré ; il ne peut pas être supprimé.</translation>
        </message>
        <message>
            <source>{file}: could not be deleted ({error}).</source>
            <translation>{file} : suppression impossible ({error}).</translation>
        </message>
    </context>
    <context>
        <name>TemplateFormatError</name>
        <message>
            <source>{file}: {problem}</source>
            <translation>{file} : {problem}</translation>
        </message>
        <message>
            <source>{file}, line {line}: {problem}</source>
            <translation>{file}, ligne {line} : {problem}</translation>
        </message>
        <message>
            <source>'{key}' must be one of: {allowed}.</source>
            <translation>« {key} » doit être l’une de ces valeurs : {allowed}.</translation>
        </message>
        <message>
            <source>the file is not UTF-8 text.</source>
            <translation>le fichier n’est pas du texte UTF-8.</translation>
        </message>
        <message>
            <source>template</source>
            <translation>modèle</translation>
        </message>
        <message>
            <source>the file must start with a front matter block between '---' lines (name, kind, channel, description, requires).</source>
            <translation>le fichier doit commencer par un bloc d’en-tête entre deux lignes '---' (name, kind, channel, description, requires).</translation>
        </message>
        <message>
            <source>the front matter is {problem}.</source>
            <translation>l’en-tête n’est pas valide : {problem}.</translation>
        </message>
        <message>
            <source>the front matter must be a set of 'key: value' lines.</source>
            <translation>l’en-tête doit être une suite de lignes 'key: value'.</translation>
        </message>
        <message>
            <source>'name' must be a short name of letters, digits, '-', '_' or '.'.</source>
            <translation>« name » doit être un nom court fait de lettres, de chiffres, de '-', '_' ou '.'.</translation>
        </message>
        <message>
            <source>'{key}' must be text.</source>
            <translation>« {key} » doit être du texte.</translation>
        </message>
        <message>
            <source>'register' applies only to {languages}.</source>
            <translation>« register » ne s’applique qu’à {languages}.</translation>
        </message>
        <message>
            <source>'requires' must be a list of field names.</source>
            <translation>« requires » doit être une liste de noms de champs.</translation>
        </message>
    </context>
    <context>
        <name>TemplateListModel</name>
        <message>
            <source>{template} (yours)</source>
            <translation>{template} (le vôtre)</translation>
        </message>
    </context>
    <context>
        <name>TemplateMenu</name>
        <message>
            <source>&amp;Templates</source>
            <translation>Mo&amp;dèles</translation>
        </message>
        <message>
            <source>&amp;Edit templates…</source>
            <translation>&amp;Modifier les modèles…</translation>
        </message>
        <message>
            <source>&amp;Import templates…</source>
            <translation>&amp;Importer des modèles…</translation>
        </message>
        <message>
            <source>Import a &amp;folder of templates…</source>
            <translation>Importer un &amp;dossier de modèles…</translation>
        </message>
        <message>
            <source>E&amp;xport my templates…</source>
            <translation>E&amp;xporter mes modèles…</translation>
        </message>
    </context>
    <context>
        <name>TemplatePicker</name>
        <message>
            <source>All kinds</source>
            <translation>Tous les types</translation>
        </message>
        <message>
            <source>All languages</source>
            <translation>Toutes les langues</translation>
        </message>
        <message>
            <source>&amp;Kind</source>
            <translation>&amp;Type</translation>
        </message>
        <message>
            <source>Templ&amp;ate</source>
            <translation>Modè&amp;le</translation>
        </message>
        <message>
            <source>Lang&amp;uage</source>
            <translation>Lang&amp;ue</translation>
        </message>
        <message>
            <source>There are no templates of this kind.</source>
            <translation>Aucun modèle de ce type.</translation>
        </message>
    </context>
    <context>
        <name>TemplatePreview</name>
        <message>
            <source>Contact to preview the template for</source>
            <translation>Contact pour l’aperçu du modèle</translation>
        </message>
        <message>
            <source>{name} (an example: no contacts yet)</source>
            <translation>{name} (un exemple : pas encore de contacts)</translation>
        </message>
        <message>
            <source>Fields the template uses</source>
            <translation>Champs utilisés par le modèle</translation>
        </message>
        <message>
            <source>Message preview</source>
            <translation>Aperçu du message</translation>
        </message>
        <message>
            <source>Character count</source>
            <translation>Nombre de caractères</translation>
        </message>
        <message>
            <source>Why there is no preview</source>
            <translation>Pourquoi il n’y a pas d’aperçu</translation>
        </message>
        <message>
            <source>Preview &amp;for</source>
            <translation>&amp;Aperçu pour</translation>
        </message>
        <message>
            <source>F&amp;ields</source>
            <translation>C&amp;hamps</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Message</translation>
        </message>
        <message>
            <source>The preview failed: {error}</source>
            <translation>L’aperçu a échoué : {error}</translation>
        </message>
        <message>
            <source>Line {line}: {problem}</source>
            <translation>Ligne {line} : {problem}</translation>
        </message>
        <message numerus="yes">
            <source>%Ln characters</source>
            <translation>
                <numerusform>%Ln caractère</numerusform>
                <numerusform>%Ln caractères</numerusform>
            </translation>
        </message>
        <message>
            <source>{length} / {limit}</source>
            <translation>{length} / {limit}</translation>
        </message>
        <message>
            <source>them</source>
            <comment>the contact, unnamed</comment>
            <translation>cette personne</translation>
        </message>
    </context>
    <context>
        <name>TemplateRefused</name>
        <message>
            <source>The '{filter}' filter's width is limited to {limit}.</source>
            <translation>La largeur du filtre « {filter} » est limitée à {limit}.</translation>
        </message>
        <message>
            <source>The 'wordwrap' filter's line break is limited to {limit} characters.</source>
            <translation>Le saut de ligne du filtre « wordwrap » est limité à {limit} caractères.</translation>
        </message>
        <message>
            <source>The 'round' filter's precision is limited to {limit} digits.</source>
            <translation>La précision du filtre « round » est limitée à {limit} chiffres.</translation>
        </message>
        <message>
            <source>The '{filter}' filter takes a count from 1 to {limit}.</source>
            <translation>Le filtre « {filter} » prend un nombre de 1 à {limit}.</translation>
        </message>
        <message>
            <source>The 'sum' filter adds numbers only.</source>
            <translation>Le filtre « sum » n’additionne que des nombres.</translation>
        </message>
        <message>
            <source>The template took longer than {seconds} s to render and was stopped.</source>
            <translation>Le rendu du modèle a pris plus de {seconds} s et a été arrêté.</translation>
        </message>
        <message>
            <source>The template tried to build text longer than {limit} characters.</source>
            <translation>Le modèle a tenté de produire un texte de plus de {limit} caractères.</translation>
        </message>
        <message>
            <source>The template tried to build a list longer than {limit} items.</source>
            <translation>Le modèle a tenté de produire une liste de plus de {limit} éléments.</translation>
        </message>
        <message>
            <source>The template tried to compute an enormous number.</source>
            <translation>Le modèle a tenté de calculer un nombre énorme.</translation>
        </message>
        <message>
            <source>The template tried to print something longer than {limit} characters.</source>
            <translation>Le modèle a tenté d’afficher quelque chose de plus de {limit} caractères.</translation>
        </message>
        <message>
            <source>The template nested lists more than {depth} levels deep.</source>
            <translation>Le modèle a imbriqué des listes sur plus de {depth} niveaux.</translation>
        </message>
        <message>
            <source>The template is not allowed to do that: {error}</source>
            <translation>Le modèle n’a pas le droit de faire cela : {error}</translation>
        </message>
        <message>
            <source>The template produced more than {limit} characters.</source>
            <translation>Le modèle a produit plus de {limit} caractères.</translation>
        </message>
        <message>
            <source>An expression in the template printed nothing (None).</source>
            <translation>Une expression du modèle n’a rien affiché (None).</translation>
        </message>
        <message>
            <source>Formatting text with % is not allowed; join text with ~.</source>
            <translation>Formater du texte avec % n’est pas permis ; joignez le texte avec ~.</translation>
        </message>
        <message>
            <source>The template may not call '{name}'.</source>
            <translation>Le modèle ne peut pas appeler « {name} ».</translation>
        </message>
        <message>
            <source>The template may not call that.</source>
            <translation>Le modèle ne peut pas appeler cela.</translation>
        </message>
        <message>
            <source>Templates cannot include, import or extend other files.</source>
            <translation>Les modèles ne peuvent pas inclure, importer ni étendre d’autres fichiers.</translation>
        </message>
        <message>
            <source>Templates cannot use autoescape: messages are plain text.</source>
            <translation>Les modèles ne peuvent pas utiliser l’autoescape : les messages sont du texte brut.</translation>
        </message>
        <message>
            <source>'{name}' is not something a template can call.</source>
            <translation>« {name} » n’est pas quelque chose qu’un modèle peut appeler.</translation>
        </message>
    </context>
    <context>
        <name>TemplateText</name>
        <message>
            <source>Coffee catch up</source>
            <translation>Un café pour se retrouver</translation>
        </message>
        <message>
            <source>Coffee invitation</source>
            <translation>Invitation à prendre un café</translation>
        </message>
        <message>
            <source>Congratulate new role</source>
            <translation>Félicitations pour le nouveau poste</translation>
        </message>
        <message>
            <source>Decline follow instead</source>
            <translation>Décliner et proposer de suivre</translation>
        </message>
        <message>
            <source>Decline offer coffee</source>
            <translation>Décliner et proposer un café</translation>
        </message>
        <message>
            <source>Follow up after meeting</source>
            <translation>Relance après une rencontre</translation>
        </message>
        <message>
            <source>Follow up no reply</source>
            <translation>Relance sans réponse</translation>
        </message>
        <message>
            <source>Intro ask</source>
            <translation>Demander une mise en relation</translation>
        </message>
        <message>
            <source>Intro make</source>
            <translation>Mettre deux personnes en relation</translation>
        </message>
        <message>
            <source>Intro offer</source>
            <translation>Proposer une mise en relation</translation>
        </message>
        <message>
            <source>Invite brief</source>
            <translation>Invitation brève</translation>
        </message>
        <message>
            <source>Invite former colleague</source>
            <translation>Invitation entre anciens collègues</translation>
        </message>
        <message>
            <source>Invite introduced by</source>
            <translation>Invitation après une mise en relation</translation>
        </message>
        <message>
            <source>Invite met at event</source>
            <translation>Invitation après un événement</translation>
        </message>
        <message>
            <source>Invite read their work</source>
            <translation>Invitation après lecture de son travail</translation>
        </message>
        <message>
            <source>Invite same city</source>
            <translation>Invitation : même ville</translation>
        </message>
        <message>
            <source>Recruiter interested</source>
            <translation>Recruteur : ça m'intéresse</translation>
        </message>
        <message>
            <source>Recruiter not now</source>
            <translation>Recruteur : pas maintenant</translation>
        </message>
        <message>
            <source>Thanks for accepting</source>
            <translation>Merci d'avoir accepté</translation>
        </message>
        <message>
            <source>Thanks for connecting</source>
            <translation>Merci pour la connexion</translation>
        </message>
    </context>
    <context>
        <name>TemplateTransfer</name>
        <message>
            <source>Import templates</source>
            <translation>Importer des modèles</translation>
        </message>
        <message>
            <source>Templates and zip archives (*.j2 *.zip);;All files (*)</source>
            <translation>Modèles et archives zip (*.j2 *.zip);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Import a folder of templates</source>
            <translation>Importer un dossier de modèles</translation>
        </message>
        <message>
            <source>Checking the templates…</source>
            <translation>Vérification des modèles…</translation>
        </message>
        <message>
            <source>The templates could not be checked: {error}</source>
            <translation>Impossible de vérifier les modèles : {error}</translation>
        </message>
        <message>
            <source>Templates not imported</source>
            <translation>Modèles non importés</translation>
        </message>
        <message>
            <source>Nothing was imported.</source>
            <translation>Rien n’a été importé.</translation>
        </message>
        <message numerus="yes">
            <source>Imported %Ln templates.</source>
            <translation>
                <numerusform>%Ln modèle importé.</numerusform>
                <numerusform>%Ln modèles importés.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Imported %Ln templates; kept your own {names}.</source>
            <translation>
                <numerusform>%Ln modèle importé ; vos modèles {names} ont été conservés.</numerusform>
                <numerusform>%Ln modèles importés ; vos modèles {names} ont été conservés.</numerusform>
            </translation>
        </message>
        <message>
            <source>No template files found.</source>
            <translation>Aucun fichier de modèle trouvé.</translation>
        </message>
        <message>
            <source>Nothing to import</source>
            <translation>Rien à importer</translation>
        </message>
        <message>
            <source>Some templates cannot be imported</source>
            <translation>Certains modèles ne peuvent pas être importés</translation>
        </message>
        <message numerus="yes">
            <source>{problems}

Import the other %Ln templates?</source>
            <translation>
                <numerusform>{problems}

Importer les autres modèles (%Ln) ?</numerusform>
                <numerusform>{problems}

Importer les autres modèles (%Ln) ?</numerusform>
            </translation>
        </message>
        <message>
            <source>Replace your templates?</source>
            <translation>Remplacer vos modèles ?</translation>
        </message>
        <message>
            <source>You already have templates named {names}. Replace them with the imported ones? (No keeps yours and imports the rest.)</source>
            <translation>Vous avez déjà des modèles nommés {names}. Les remplacer par ceux importés ? (Non garde les vôtres et importe les autres.)</translation>
        </message>
        <message>
            <source>Nothing to export</source>
            <translation>Rien à exporter</translation>
        </message>
        <message>
            <source>You have no templates of your own yet.</source>
            <translation>Vous n’avez pas encore de modèles à vous.</translation>
        </message>
        <message>
            <source>Zip archive (*.zip)</source>
            <translation>Archive zip (*.zip)</translation>
        </message>
        <message>
            <source>Separate files in a folder (*)</source>
            <translation>Fichiers séparés dans un dossier (*)</translation>
        </message>
        <message numerus="yes">
            <source>Export %Ln templates</source>
            <translation>
                <numerusform>Exporter %Ln modèle</numerusform>
                <numerusform>Exporter %Ln modèles</numerusform>
            </translation>
        </message>
        <message>
            <source>Templates not exported</source>
            <translation>Modèles non exportés</translation>
        </message>
        <message numerus="yes">
            <source>Exported %Ln templates to {destination}.</source>
            <translation>
                <numerusform>%Ln modèle exporté vers {destination}.</numerusform>
                <numerusform>%Ln modèles exportés vers {destination}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Replace files?</source>
            <translation>Remplacer les fichiers ?</translation>
        </message>
        <message>
            <source>{files}

already exist in {folder}. Replace them?</source>
            <translation>{files}

existent déjà dans {folder}. Les remplacer ?</translation>
        </message>
        <message>
            <source>… and {count} more.</source>
            <translation>… et {count} autres.</translation>
        </message>
    </context>
    <context>
        <name>TextProblem</name>
        <message>
            <source>{file}: {problem}</source>
            <translation>{file} : {problem}</translation>
        </message>
        <message>
            <source>{file}, line {line}: {problem}</source>
            <translation>{file}, ligne {line} : {problem}</translation>
        </message>
        <message>
            <source>'name' {name} is kept by Windows for a device; choose another name.</source>
            <translation>« name » {name} est réservé par Windows à un périphérique ; choisissez un autre nom.</translation>
        </message>
        <message>
            <source>The template</source>
            <translation>Le modèle</translation>
        </message>
    </context>
    <context>
        <name>TheirNote</name>
        <message>
            <source>{name} wrote</source>
            <translation>{name} a écrit</translation>
        </message>
        <message>
            <source>{name}'s note</source>
            <translation>Note de {name}</translation>
        </message>
    </context>
    <context>
        <name>TouchText</name>
        <message>
            <source>Never contacted</source>
            <translation>Aucun contact pour l’instant</translation>
        </message>
        <message>
            <source>Last contacted {when}</source>
            <translation>Dernier contact : {when}</translation>
        </message>
        <message>
            <source>{last} · {due}</source>
            <translation>{last} · {due}</translation>
        </message>
        <message>
            <source>due {when}</source>
            <translation>prochain contact {when}</translation>
        </message>
        <message>
            <source>due today</source>
            <translation>prochain contact aujourd’hui</translation>
        </message>
        <message>
            <source>overdue by {span}</source>
            <translation>en retard de {span}</translation>
        </message>
        <message>
            <source>Accepted your invitation {when} and replied; nothing sent to them since.</source>
            <translation>A accepté votre invitation {when} et a répondu ; rien ne lui a été envoyé depuis.</translation>
        </message>
        <message>
            <source>Accepted your invitation {when}; no thank-you sent yet.</source>
            <translation>A accepté votre invitation {when} ; aucun remerciement envoyé pour l’instant.</translation>
        </message>
        <message>
            <source>nothing sent or received yet</source>
            <translation>rien d’envoyé ni de reçu pour l’instant</translation>
        </message>
        <message>
            <source>last in touch {when}</source>
            <translation>dernier contact {when}</translation>
        </message>
        <message>
            <source>Keep in touch every {cadence}: {last}; {due}.</source>
            <translation>Rythme de contact : {cadence} ; {last} ; {due}.</translation>
        </message>
    </context>
    <context>
        <name>TriagePage</name>
        <message>
            <source>&amp;Triage</source>
            <translation>&amp;Tri</translation>
        </message>
        <message>
            <source>{value} · {label}</source>
            <translation>{value} · {label}</translation>
        </message>
        <message>
            <source>Offer a &amp;coffee to strangers who live near you</source>
            <translation>Proposer un &amp;café aux inconnus qui habitent près de chez vous</translation>
        </message>
        <message>
            <source>People you know</source>
            <translation>Personnes que vous connaissez</translation>
        </message>
        <message>
            <source>Gro&amp;ups</source>
            <translation>Gro&amp;upes</translation>
        </message>
        <message>
            <source>Or &amp;strength up to</source>
            <translation>Ou &amp;proximité jusqu’à</translation>
        </message>
        <message>
            <source>A request from someone in one of these groups, or at this strength or closer, is accepted with a thank-you note.</source>
            <translation>Une invitation venant d’une personne de l’un de ces groupes, ou au moins aussi proche, est acceptée avec un mot de remerciement.</translation>
        </message>
        <message>
            <source>Everyone else</source>
            <translation>Tous les autres</translation>
        </message>
        <message>
            <source>&amp;Recruiter titles</source>
            <translation>Intitulés de &amp;recruteur</translation>
        </message>
        <message>
            <source>A title containing one of these words marks a recruiter's request.</source>
            <translation>Un intitulé de poste contenant l’un de ces mots signale l’invitation d’un recruteur.</translation>
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
            <source>Import CSV &amp;contacts…</source>
            <translation>Importer des contacts C&amp;SV…</translation>
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
        <name>WorkerError</name>
        <message>
            <source>The template took too long or used too much memory and was stopped.</source>
            <translation>Le modèle a pris trop de temps ou utilisé trop de mémoire et a été arrêté.</translation>
        </message>
        <message>
            <source>Rapport could not start its template renderer.</source>
            <translation>Rapport n’a pas pu démarrer son moteur de rendu des modèles.</translation>
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
