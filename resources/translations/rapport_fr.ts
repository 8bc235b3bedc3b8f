<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
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
        <name>PageTabs</name>
        <message>
            <source>Pages</source>
            <translation>Pages</translation>
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
        <message numerus="yes">
            <source>%n days ago</source>
            <translation>
                <numerusform>il y a %n jour</numerusform>
                <numerusform>il y a %n jours</numerusform>
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
</TS>
