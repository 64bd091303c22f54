<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>BookText</name>
    <message>
        <source>A contact needs a name.</source>
        <translation>Un contact a besoin d&apos;un nom.</translation>
    </message>
    <message>
        <source>A group needs a name.</source>
        <translation>Un groupe a besoin d&apos;un nom.</translation>
    </message>
    <message>
        <source>There is already a group called &apos;{0}&apos;.</source>
        <translation>Il existe déjà un groupe nommé «&#xa0;{0}&#xa0;».</translation>
    </message>
    <message>
        <source>There is no group called &apos;{0}&apos;.</source>
        <translation>Il n&apos;existe aucun groupe nommé «&#xa0;{0}&#xa0;».</translation>
    </message>
</context>
<context>
    <name>CampaignNameEdit</name>
    <message>
        <source>Campaign name</source>
        <translation>Nom de la campagne</translation>
    </message>
    <message>
        <source>A send to several recipients is followed as one campaign in the Outbox (By campaign); leave empty for the default</source>
        <translation>Un envoi à plusieurs destinataires est suivi comme une seule campagne dans la boîte d&apos;envoi (Par campagne) ; laissez vide pour le nom par défaut</translation>
    </message>
</context>
<context>
    <name>CampaignReportExporter</name>
    <message>
        <source>{0} report.csv</source>
        <translation>{0} rapport.csv</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV pour Excel (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported the campaign&apos;s report (%Ln message(s)) to {0}.</source>
        <translation>
            <numerusform>Rapport de la campagne (%Ln message) exporté vers {0}.</numerusform>
            <numerusform>Rapport de la campagne (%Ln messages) exporté vers {0}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignsModel</name>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>On the way</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Remis</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échoués</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnus</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Non envoyés</translation>
    </message>
    <message>
        <source>Delivery rate</source>
        <translation>Taux de remise</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Crédits</translation>
    </message>
    <message>
        <source>The parts of the messages the gateway took; in brackets, those of unknown ones, which may have cost too</source>
        <translation>Les parties des messages acceptés par la passerelle ; entre parenthèses, celles des messages inconnus, qui ont pu être facturés aussi</translation>
    </message>
    <message>
        <source>Delivered ÷ messages with a final delivery report</source>
        <translation>Remis ÷ messages ayant un accusé de réception définitif</translation>
    </message>
</context>
<context>
    <name>CampaignsView</name>
    <message>
        <source>By ca&amp;mpaign</source>
        <translation>Par ca&amp;mpagne</translation>
    </message>
    <message>
        <source>Group the Outbox by campaign</source>
        <translation>Regrouper la boîte d&apos;envoi par campagne</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <source>finished {0}</source>
        <translation>terminée le {0}</translation>
    </message>
    <message>
        <source>under way</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>Send again to unknown?</source>
        <translation>Renvoyer aux inconnus ?</translation>
    </message>
    <message>
        <source>Nothing was sent again.</source>
        <translation>Rien n&apos;a été renvoyé.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s), {0}; delivery rate {1}; credits {2}</source>
        <translation>
            <numerusform>%Ln message, {0} ; taux de remise {1} ; crédits {2}</numerusform>
            <numerusform>%Ln messages, {0} ; taux de remise {1} ; crédits {2}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) of this campaign may already have reached the gateway (the reply was lost): sent again, they may arrive twice. Send again to the failed and the unknown ones?</source>
        <translation>
            <numerusform>%Ln message de cette campagne a peut-être déjà atteint la passerelle (la réponse s&apos;est perdue) : renvoyé, il risque d&apos;arriver deux fois. Renvoyer aux échecs et aux inconnus ?</numerusform>
            <numerusform>%Ln messages de cette campagne ont peut-être déjà atteint la passerelle (la réponse s&apos;est perdue) : renvoyés, ils risquent d&apos;arriver deux fois. Renvoyer aux échecs et aux inconnus ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) queued again as a new campaign.</source>
        <translation>
            <numerusform>%Ln message remis en file d&apos;attente comme nouvelle campagne.</numerusform>
            <numerusform>%Ln messages remis en file d&apos;attente comme nouvelle campagne.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln had been sent again before.</source>
        <translation>
            <numerusform>%Ln avait déjà été renvoyé.</numerusform>
            <numerusform>%Ln avaient déjà été renvoyés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln on the opt-out list: not sent.</source>
        <translation>
            <numerusform>%Ln sur la liste d&apos;opposition : non envoyé.</numerusform>
            <numerusform>%Ln sur la liste d&apos;opposition : non envoyés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send again to fai&amp;led</source>
        <translation>Renvoyer aux é&amp;checs</translation>
    </message>
    <message>
        <source>Send again to un&amp;known…</source>
        <translation>Renvoyer aux &amp;inconnus…</translation>
    </message>
    <message>
        <source>Export repor&amp;t…</source>
        <translation>Expor&amp;ter le rapport…</translation>
    </message>
</context>
<context>
    <name>CheaperOffer</name>
    <message numerus="yes">
        <source>%Ln part(s)</source>
        <translation>
            <numerusform>%Ln partie</numerusform>
            <numerusform>%Ln parties</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheaperOfferButton</name>
    <message>
        <source>Cheaper form of the message</source>
        <translation>Forme moins chère du message</translation>
    </message>
    <message>
        <source>Send for less: {0}…</source>
        <translation>Envoyer pour moins cher&#xa0;: {0}…</translation>
    </message>
</context>
<context>
    <name>CheaperOfferDialog</name>
    <message>
        <source>{0} → {1}</source>
        <translation>{0} → {1}</translation>
    </message>
    <message>
        <source>{0:,} → {1:,} credits</source>
        <translation>{0:,} → {1:,} crédits</translation>
    </message>
    <message>
        <source>Send for less</source>
        <translation>Envoyer pour moins cher</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Forme</translation>
    </message>
    <message>
        <source>&amp;Typography: plain quotes, dashes and spaces</source>
        <translation>&amp;Typographie&#xa0;: guillemets, tirets et espaces simples</translation>
    </message>
    <message>
        <source>Greek &amp;capitals without accents</source>
        <translation>&amp;Majuscules grecques sans accents</translation>
    </message>
    <message>
        <source>Gree&amp;klish (Latin letters, ELOT 743)</source>
        <translation>Gree&amp;klish (lettres latines, ELOT 743)</translation>
    </message>
    <message>
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
    <message>
        <source>Converted text</source>
        <translation>Texte converti</translation>
    </message>
    <message>
        <source>Changed characters are underlined</source>
        <translation>Les caractères modifiés sont soulignés</translation>
    </message>
    <message>
        <source>Converted te&amp;xt (changes underlined):</source>
        <translation>Te&amp;xte converti (modifications soulignées)&#xa0;:</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Économie</translation>
    </message>
    <message>
        <source>&amp;Use this text</source>
        <translation>&amp;Utiliser ce texte</translation>
    </message>
    <message>
        <source>Greek letters</source>
        <translation>lettres grecques</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>This message is sent as UCS-2 (70 characters per part) because of {0}. No GSM-7 form exists: {1} cannot be written in GSM-7.</source>
        <translation>Ce message est envoyé en UCS-2 (70 caractères par partie) à cause de {0}. Aucune forme GSM-7 n&apos;existe&#xa0;: {1} ne peut pas s&apos;écrire en GSM-7.</translation>
    </message>
    <message>
        <source>No GSM-7 form of this message costs less.</source>
        <translation>Aucune forme GSM-7 de ce message ne coûte moins cher.</translation>
    </message>
    <message>
        <source>This message is sent as UCS-2 (70 characters per part) because of {0}. In GSM-7 a part holds 160 characters. Choose a form to see it:</source>
        <translation>Ce message est envoyé en UCS-2 (70 caractères par partie) à cause de {0}. En GSM-7, une partie contient 160 caractères. Choisissez une forme pour la voir&#xa0;:</translation>
    </message>
    <message>
        <source>same cost</source>
        <translation>même coût</translation>
    </message>
    <message numerus="yes">
        <source>saves %Ln credit(s)</source>
        <translation>
            <numerusform>économise %Ln crédit</numerusform>
            <numerusform>économise %Ln crédits</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}&#xa0;: {1}</translation>
    </message>
    <message>
        <source>{0} removed</source>
        <translation>{0} supprimé</translation>
    </message>
    <message>
        <source>{0} → space</source>
        <translation>{0} → espace</translation>
    </message>
    <message>
        <source>{0:,} more</source>
        <translation>{0:,} de plus</translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s) changed: {0}</source>
        <translation>
            <numerusform>%Ln caractère modifié&#xa0;: {0}</numerusform>
            <numerusform>%Ln caractères modifiés&#xa0;: {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>&amp;Garder le mien</translation>
    </message>
</context>
<context>
    <name>ComposeTab</name>
    <message>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>Numbers, contact names or groups, separated by commas</source>
        <translation>Numéros, noms de contacts ou groupes, séparés par des virgules</translation>
    </message>
    <message>
        <source>Checked recipients</source>
        <translation>Destinataires vérifiés</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Type your message…</source>
        <translation>Saisissez votre message…</translation>
    </message>
    <message>
        <source>Character counter</source>
        <translation>Compteur de caractères</translation>
    </message>
    <message>
        <source>Sender ID</source>
        <translation>Identifiant d&apos;expéditeur</translation>
    </message>
    <message>
        <source>Account default</source>
        <translation>Par défaut du compte</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>Envoyer (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Destinataires&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Message&#xa0;:</translation>
    </message>
    <message>
        <source>The message was not queued (see the error); it is back in the fields, so nothing is lost.</source>
        <translation>Le message n&apos;a pas été mis en attente (voir l&apos;erreur)&#xa0;; il est de retour dans les champs, rien n&apos;est perdu.</translation>
    </message>
    <message>
        <source>Unicode (70 per SMS) because of: {0}</source>
        <translation>Unicode (70 par SMS) à cause de&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Unicode (70 per SMS) in the texts that have: {0}</source>
        <translation>Unicode (70 par SMS) dans les textes qui contiennent&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Campai&amp;gn:</source>
        <translation>Campag&amp;ne :</translation>
    </message>
    <message>
        <source>F&amp;lash SMS (shown on screen, not stored)</source>
        <translation>&amp;SMS flash (affiché à l&apos;écran, non enregistré)</translation>
    </message>
    <message>
        <source>Re&amp;quest delivery report</source>
        <translation>Demander un accusé de ré&amp;ception</translation>
    </message>
    <message>
        <source>Sen&amp;der ID:</source>
        <translation>E&amp;xpéditeur (ID) :</translation>
    </message>
</context>
<context>
    <name>ComposeText</name>
    <message>
        <source>Merged per recipient: {0} · {1}</source>
        <translation>Fusionné par destinataire : {0} · {1}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln caractère</numerusform>
            <numerusform>%Ln caractères</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln left in this part</source>
        <translation>
            <numerusform>%Ln restant dans cette partie</numerusform>
            <numerusform>%Ln restants dans cette partie</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>{0} × {1} = {2}; balance {3}</source>
        <translation>{0} × {1} = {2} ; solde {3}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s)</source>
        <translation>
            <numerusform>%Ln destinataire</numerusform>
            <numerusform>%Ln destinataires</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln credit(s)</source>
        <translation>
            <numerusform>%Ln crédit</numerusform>
            <numerusform>%Ln crédits</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}–{1} parts</source>
        <translation>{0} à {1} parties</translation>
    </message>
    <message numerus="yes">
        <source>%Ln part(s)</source>
        <translation>
            <numerusform>%Ln partie</numerusform>
            <numerusform>%Ln parties</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking recipients… {0:,} of {1:,}</source>
        <translation>Vérification des destinataires… {0:,} sur {1:,}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) were not queued (see the error), and the fields were in use, so their text is not restored: “{0}”</source>
        <translation>
            <numerusform>%Ln message n&apos;a pas été mis en file d&apos;attente (voir l&apos;erreur) et les champs étaient occupés : son texte n&apos;est donc pas restauré : « {0} »</numerusform>
            <numerusform>%Ln messages n&apos;ont pas été mis en file d&apos;attente (voir l&apos;erreur) et les champs étaient occupés : leur texte n&apos;est donc pas restauré : « {0} »</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Edit contact</source>
        <translation>Modifier le contact</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <source>Add &amp;field</source>
        <translation>A&amp;jouter un champ</translation>
    </message>
    <message>
        <source>&amp;Remove field</source>
        <translation>&amp;Retirer le champ</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>F&amp;irst name:</source>
        <translation>&amp;Prénom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>Nom de &amp;famille&#xa0;:</translation>
    </message>
    <message>
        <source>N&amp;umber:</source>
        <translation>N&amp;uméro&#xa0;:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes&#xa0;:</translation>
    </message>
    <message>
        <source>Other fi&amp;elds:</source>
        <translation>&amp;Autres champs&#xa0;:</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
</context>
<context>
    <name>ContactsExporter</name>
    <message>
        <source>CSV for Excel, UTF-8 (*.csv)</source>
        <translation>CSV pour Excel, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>CSV, Windows Greek (Windows-1253) (*.csv)</source>
        <translation>CSV, Windows grec (Windows-1253) (*.csv)</translation>
    </message>
    <message>
        <source>CSV, Windows Western (Windows-1252) (*.csv)</source>
        <translation>CSV, Windows occidental (Windows-1252) (*.csv)</translation>
    </message>
    <message>
        <source>vCard 4.0 (*.vcf)</source>
        <translation>vCard 4.0 (*.vcf)</translation>
    </message>
    <message>
        <source>contacts.csv</source>
        <translation>contacts.csv</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln contact(s) to {0}.</source>
        <translation>
            <numerusform>%Ln contact exporté vers {0}.</numerusform>
            <numerusform>%Ln contacts exportés vers {0}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <source>Search contacts</source>
        <translation>Rechercher des contacts</translation>
    </message>
    <message>
        <source>Search names, number, notes, fields…</source>
        <translation>Rechercher noms, numéro, notes, champs…</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>A&amp;jouter…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Send &amp;to selected</source>
        <translation>Envoyer à la &amp;sélection</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <source>Rena&amp;me…</source>
        <translation>Re&amp;nommer…</translation>
    </message>
    <message>
        <source>Delete group</source>
        <translation>Supprimer le groupe</translation>
    </message>
    <message>
        <source>Add selected to group</source>
        <translation>Ajouter la sélection au groupe</translation>
    </message>
    <message>
        <source>Remove selected from group</source>
        <translation>Retirer la sélection du groupe</translation>
    </message>
    <message>
        <source>Groups (click one to select its members)</source>
        <translation>Groupes (cliquez sur l&apos;un d&apos;eux pour sélectionner ses membres)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s)</source>
        <translation>
            <numerusform>%Ln membre</numerusform>
            <numerusform>%Ln membres</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete contacts</source>
        <translation>Supprimer des contacts</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln contact(s)? Their messages stay in the Outbox.</source>
        <translation>
            <numerusform>Supprimer %Ln contact&#xa0;? Ses messages restent dans la boîte d&apos;envoi.</numerusform>
            <numerusform>Supprimer %Ln contacts&#xa0;? Leurs messages restent dans la boîte d&apos;envoi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Importer des contacts</translation>
    </message>
    <message>
        <source>Contacts (*.csv *.txt *.tsv *.xlsx *.vcf);;All files (*)</source>
        <translation>Contacts (*.csv *.txt *.tsv *.xlsx *.vcf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Nouveau groupe</translation>
    </message>
    <message>
        <source>Group name:</source>
        <translation>Nom du groupe&#xa0;:</translation>
    </message>
    <message>
        <source>Rename group</source>
        <translation>Renommer le groupe</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nouveau nom&#xa0;:</translation>
    </message>
    <message>
        <source>Delete the group &apos;{0}&apos;? Its contacts are kept.</source>
        <translation>Supprimer le groupe «&#xa0;{0}&#xa0;»&#xa0;? Ses contacts sont conservés.</translation>
    </message>
    <message>
        <source>Choose a group in the list on the right first.</source>
        <translation>Choisissez d&apos;abord un groupe dans la liste de droite.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected contacts ({0})</source>
        <translation>Supprimer les contacts sélectionnés ({0})</translation>
    </message>
    <message>
        <source>Ne&amp;w group…</source>
        <translation>Nouveau &amp;groupe…</translation>
    </message>
</context>
<context>
    <name>CostCheck</name>
    <message>
        <source>Check the cost</source>
        <translation>Vérifier le coût</translation>
    </message>
    <message>
        <source>Recipients:</source>
        <translation>Destinataires&#xa0;:</translation>
    </message>
    <message>
        <source>Duplicates removed:</source>
        <translation>Doublons retirés&#xa0;:</translation>
    </message>
    <message>
        <source>On the opt-out list, skipped:</source>
        <translation>Sur la liste d&apos;opposition, ignorés&#xa0;:</translation>
    </message>
    <message>
        <source>Total cost:</source>
        <translation>Coût total&#xa0;:</translation>
    </message>
    <message>
        <source>{0} credits</source>
        <translation>{0} crédits</translation>
    </message>
    <message>
        <source>Balance now:</source>
        <translation>Solde actuel&#xa0;:</translation>
    </message>
    <message>
        <source>unknown: {0}</source>
        <translation>inconnu&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Balance after:</source>
        <translation>Solde après&#xa0;:</translation>
    </message>
    <message>
        <source>{0} (opted out)</source>
        <translation>{0} (opposé)</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Écartés</translation>
    </message>
    <message>
        <source>… and {0} more</source>
        <translation>… et {0} de plus</translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation>Écartés&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Send %Ln message(s)</source>
        <translation>
            <numerusform>&amp;Envoyer %Ln message</numerusform>
            <numerusform>&amp;Envoyer %Ln messages</numerusform>
        </translation>
    </message>
    <message>
        <source>Send anyway: the gateway may refuse the messages the balance does not cover</source>
        <translation>Envoyer quand même&#xa0;: la passerelle peut refuser les messages que le solde ne couvre pas</translation>
    </message>
    <message>
        <source>⚠ The balance is not known, so this send may cost more than it.</source>
        <translation>⚠ Le solde est inconnu&#xa0;: cet envoi peut coûter davantage.</translation>
    </message>
    <message>
        <source>⚠ This costs {0} credits more than the balance.</source>
        <translation>⚠ Cet envoi coûte {0} crédits de plus que le solde.</translation>
    </message>
    <message>
        <source>Not enough credit</source>
        <translation>Crédit insuffisant</translation>
    </message>
    <message>
        <source>Messages beyond the balance will be refused by the gateway. Send anyway?</source>
        <translation>Les messages au-delà du solde seront refusés par la passerelle. Envoyer quand même ?</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>The gateway refused the username or password. Check them in File → Settings; queued messages wait until then.</source>
        <translation>La passerelle a refusé le nom d&apos;utilisateur ou le mot de passe. Vérifiez-les dans Fichier → Paramètres&#xa0;; les messages en attente patientent jusque-là.</translation>
    </message>
    <message>
        <source>Offline: {0}. Queued messages will be sent when the gateway can be reached.</source>
        <translation>Hors ligne&#xa0;: {0}. Les messages en attente seront envoyés dès que la passerelle sera joignable.</translation>
    </message>
    <message>
        <source>{0} (and {1} more)</source>
        <translation>{0} (et {1} de plus)</translation>
    </message>
    <message>
        <source>Something went wrong that desktop-sms did not expect ({0}). Your messages are safe; the details are in the log file.</source>
        <translation>Une erreur inattendue s&apos;est produite dans desktop-sms ({0}). Vos messages sont en sécurité&#xa0;; les détails figurent dans le fichier journal.</translation>
    </message>
    <message>
        <source>The gateway did not do what was asked ({0}).</source>
        <translation>La passerelle n&apos;a pas fait ce qui était demandé ({0}).</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Nothing was exported: the file name {0} must end in {1}.</source>
        <translation>Rien n&apos;a été exporté&#xa0;: le nom de fichier {0} doit se terminer par {1}.</translation>
    </message>
    <message>
        <source>Nothing was exported: {0} cannot be written ({1}). Choose another folder or name.</source>
        <translation>Rien n&apos;a été exporté&#xa0;: impossible d&apos;écrire {0} ({1}). Choisissez un autre dossier ou un autre nom.</translation>
    </message>
    <message>
        <source>Nothing was exported: the contact &apos;{0}&apos; holds {1}, which {2} cannot hold. Export in UTF-8 instead, or change the contact.</source>
        <translation>Rien n&apos;a été exporté&#xa0;: le contact «&#xa0;{0}&#xa0;» contient {1}, que {2} ne peut pas représenter. Exportez plutôt en UTF-8, ou modifiez le contact.</translation>
    </message>
    <message>
        <source>Nothing was exported: the field &apos;{0}&apos; holds {1}, which {2} cannot hold. Export in UTF-8 instead.</source>
        <translation>Rien n&apos;a été exporté&#xa0;: le champ «&#xa0;{0}&#xa0;» contient {1}, que {2} ne peut pas représenter. Exportez plutôt en UTF-8.</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>L&apos;exportation a été annulée&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
</context>
<context>
    <name>ExportWords</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <source>Flash</source>
        <translation>Flash</translation>
    </message>
    <message>
        <source>Delivery report</source>
        <translation>Accusé de réception</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Gateway ID</source>
        <translation>ID passerelle</translation>
    </message>
    <message>
        <source>Gateway status</source>
        <translation>Statut passerelle</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Resend of</source>
        <translation>Renvoi de</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Delivery rate</source>
        <translation>Taux de remise</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Crédits</translation>
    </message>
    <message>
        <source>May have cost</source>
        <translation>A peut-être coûté</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>FieldButton</name>
    <message>
        <source>Insert a merge field</source>
        <translation>Insérer un champ de fusion</translation>
    </message>
    <message>
        <source>Put a placeholder in the message: each recipient gets their own value. {first_name|customer} gives a fallback.</source>
        <translation>Placez un champ dans le message&#xa0;: chaque destinataire reçoit sa propre valeur. {first_name|client} donne une valeur de repli.</translation>
    </message>
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
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Contact fields</source>
        <translation>Champs des contacts</translation>
    </message>
    <message>
        <source>&amp;Insert field</source>
        <translation>Insérer un c&amp;hamp</translation>
    </message>
</context>
<context>
    <name>GatewaySetupText</name>
    <message>
        <source>The CA bundle file “{0}” does not exist.</source>
        <translation>Le fichier d’autorités de certification « {0} » n’existe pas.</translation>
    </message>
    <message>
        <source>The CA bundle “{0}” is not a file: a PEM file of certificate authorities is needed.</source>
        <translation>« {0} » n’est pas un fichier : il faut un fichier PEM d’autorités de certification.</translation>
    </message>
    <message>
        <source>The CA bundle file “{0}” holds no usable certificate (PEM format expected).</source>
        <translation>Le fichier d’autorités de certification « {0} » ne contient aucun certificat utilisable (format PEM attendu).</translation>
    </message>
    <message>
        <source>The CA bundle file “{0}” cannot be read ({1}).</source>
        <translation>Le fichier d’autorités de certification « {0} » ne peut pas être lu ({1}).</translation>
    </message>
</context>
<context>
    <name>GatewayWorker</name>
    <message>
        <source>No account set up: open File → Settings to enter it.</source>
        <translation>Aucun compte configuré&#xa0;: ouvrez Fichier → Paramètres pour le saisir.</translation>
    </message>
    <message>
        <source>This was not done: desktop-sms could not open its database. Fix the cause shown in the status bar, then press Retry.</source>
        <translation>Cette action n&apos;a pas été effectuée&#xa0;: desktop-sms n&apos;a pas pu ouvrir sa base de données. Corrigez la cause indiquée dans la barre d&apos;état, puis cliquez sur Réessayer.</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>A message may not have been sent</source>
        <translation>Un message n&apos;a peut-être pas été envoyé</translation>
    </message>
    <message>
        <source>Message {0}</source>
        <translation>Message {0}</translation>
    </message>
    <message>
        <source>Delivery reports</source>
        <translation>Accusés de réception</translation>
    </message>
    <message>
        <source>Sending stopped</source>
        <translation>Envoi arrêté</translation>
    </message>
    <message>
        <source>Campaign finished</source>
        <translation>Campagne terminée</translation>
    </message>
    <message>
        <source>“{0}”: every message has its final state; see the Outbox.</source>
        <translation>« {0} » : chaque message a son état définitif ; voyez la boîte d&apos;envoi.</translation>
    </message>
    <message numerus="yes">
        <source>Sending stopped: the balance ({0}) does not cover the next message. %Ln message(s) stay queued and go once the account is topped up.</source>
        <translation>
            <numerusform>Envoi arrêté : le solde ({0}) ne couvre pas le message suivant. %Ln message reste en file d&apos;attente et partira une fois le compte rechargé.</numerusform>
            <numerusform>Envoi arrêté : le solde ({0}) ne couvre pas le message suivant. %Ln messages restent en file d&apos;attente et partiront une fois le compte rechargé.</numerusform>
        </translation>
    </message>
    <message>
        <source>{0:,} delivered, {1:,} failed</source>
        <translation>{0:,} remis, {1:,} en échec</translation>
    </message>
    <message>
        <source>Message {0} to {1} may or may not have reached the gateway ({2}). It is marked unknown in the Outbox: check it before sending it again. Sending is paused: press Resume when the gateway works again.</source>
        <translation>Le message {0} à {1} est peut-être parvenu à la passerelle, peut-être pas ({2}). Il est marqué « inconnu » dans la boîte d’envoi : vérifiez-le avant de le renvoyer. L’envoi est en pause : appuyez sur Reprendre quand la passerelle fonctionne à nouveau.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Cannot open {0}: {1}.</source>
        <translation>Impossible d&apos;ouvrir {0}&#xa0;: {1}.</translation>
    </message>
    <message>
        <source>The file is {0} MB; files up to {1} MB can be imported.</source>
        <translation>Le fichier fait {0} Mo&#xa0;; seuls les fichiers jusqu&apos;à {1} Mo peuvent être importés.</translation>
    </message>
    <message>
        <source>The file has more than {0:,} rows: split it into smaller files.</source>
        <translation>Le fichier a plus de {0:,} lignes&#xa0;: divisez-le en fichiers plus petits.</translation>
    </message>
    <message>
        <source>The file has more than {0:,} columns; a contacts file has a column for each thing known of a contact.</source>
        <translation>Le fichier a plus de {0:,} colonnes&#xa0;; un fichier de contacts a une colonne par information connue sur un contact.</translation>
    </message>
    <message>
        <source>The file has more than {0:,} cells (rows × columns): split it into smaller files or leave out the columns you do not need.</source>
        <translation>Le fichier a plus de {0:,} cellules (lignes × colonnes)&#xa0;: divisez-le en fichiers plus petits ou retirez les colonnes inutiles.</translation>
    </message>
    <message>
        <source>This file is not a CSV, Excel or vCard file.</source>
        <translation>Ce fichier n&apos;est pas un fichier CSV, Excel ou vCard.</translation>
    </message>
    <message>
        <source>This is an old Excel file (.xls): save it as .xlsx or CSV in Excel and import that.</source>
        <translation>Ceci est un ancien fichier Excel (.xls)&#xa0;: enregistrez-le en .xlsx ou CSV dans Excel, puis importez ce fichier.</translation>
    </message>
    <message>
        <source>This Excel file is damaged or not an .xlsx workbook.</source>
        <translation>Ce fichier Excel est endommagé ou n&apos;est pas un classeur .xlsx.</translation>
    </message>
    <message>
        <source>The text cannot be read as {0}: choose another encoding.</source>
        <translation>Le texte ne peut pas être lu en {0}&#xa0;: choisissez un autre encodage.</translation>
    </message>
    <message>
        <source>The text is not UTF-8, UTF-16, Windows-1253 or Windows-1252: choose its encoding.</source>
        <translation>Le texte n&apos;est ni en UTF-8, ni en UTF-16, ni en Windows-1253, ni en Windows-1252&#xa0;: choisissez son encodage.</translation>
    </message>
    <message>
        <source>The workbook has no sheet called &apos;{0}&apos;.</source>
        <translation>Le classeur n&apos;a pas de feuille nommée «&#xa0;{0}&#xa0;».</translation>
    </message>
    <message>
        <source>The file has no contacts in it.</source>
        <translation>Le fichier ne contient aucun contact.</translation>
    </message>
    <message>
        <source>The sheet &apos;{0}&apos; has no contacts; the workbook also has: {1}. Choose one of them above.</source>
        <translation>La feuille «&#xa0;{0}&#xa0;» ne contient aucun contact&#xa0;; le classeur contient aussi&#xa0;: {1}. Choisissez-en une ci-dessus.</translation>
    </message>
    <message>
        <source>No column holds phone numbers: choose the number column.</source>
        <translation>Aucune colonne ne contient de numéros de téléphone&#xa0;: choisissez la colonne des numéros.</translation>
    </message>
    <message>
        <source>Only one column can be the {0} column.</source>
        <translation>Une seule colonne peut être la colonne {0}.</translation>
    </message>
    <message>
        <source>No number.</source>
        <translation>Aucun numéro.</translation>
    </message>
    <message>
        <source>&apos;{0}&apos;: {1}.</source>
        <translation>«&#xa0;{0}&#xa0;»&#xa0;: {1}.</translation>
    </message>
    <message>
        <source>The row has {0} cells but the header has {1} (a separator inside a value that is not in quotes?).</source>
        <translation>La ligne a {0} cellules mais l&apos;en-tête en a {1} (un séparateur dans une valeur sans guillemets&#xa0;?).</translation>
    </message>
    <message>
        <source>This vCard cannot be read.</source>
        <translation>Cette vCard est illisible.</translation>
    </message>
    <message>
        <source>{0} is already on line {1}.</source>
        <translation>{0} figure déjà à la ligne {1}.</translation>
    </message>
    <message>
        <source>{0} is already in the address book ({1}).</source>
        <translation>{0} est déjà dans le carnet d&apos;adresses ({1}).</translation>
    </message>
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
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Custom field</source>
        <translation>Champ personnalisé</translation>
    </message>
    <message>
        <source>Do not import</source>
        <translation>Ne pas importer</translation>
    </message>
    <message numerus="yes">
        <source>The row has %Ln cell(s); the number is in column {0}.</source>
        <translation>
            <numerusform>La ligne a %Ln cellule ; le numéro est dans la colonne {0}.</numerusform>
            <numerusform>La ligne a %Ln cellules ; le numéro est dans la colonne {0}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import contacts — {0}</source>
        <translation>Importer des contacts — {0}</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 avec BOM</translation>
    </message>
    <message>
        <source>UTF-16 LE (Excel&apos;s Unicode text)</source>
        <translation>UTF-16 LE (texte Unicode d&apos;Excel)</translation>
    </message>
    <message>
        <source>UTF-16 BE</source>
        <translation>UTF-16 BE</translation>
    </message>
    <message>
        <source>Windows-1253 (Greek)</source>
        <translation>Windows-1253 (grec)</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (Europe occidentale)</translation>
    </message>
    <message>
        <source>, (comma)</source>
        <translation>, (virgule)</translation>
    </message>
    <message>
        <source>; (semicolon)</source>
        <translation>; (point-virgule)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encodage&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Séparateur&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation>&amp;Feuille&#xa0;:</translation>
    </message>
    <message>
        <source>Columns and what they become</source>
        <translation>Colonnes et ce qu&apos;elles deviennent</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Exemples</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importer comme</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Skip them</source>
        <translation>Les ignorer</translation>
    </message>
    <message>
        <source>Update the contact</source>
        <translation>Mettre à jour le contact</translation>
    </message>
    <message>
        <source>Add them as well</source>
        <translation>Les ajouter aussi</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Country of numbers without a country &amp;code:</source>
        <translation>Pays des numéros sans &amp;indicatif&#xa0;:</translation>
    </message>
    <message>
        <source>Add everyone to the &amp;group:</source>
        <translation>Ajouter tout le monde au &amp;groupe&#xa0;:</translation>
    </message>
    <message>
        <source>Numbers already in the &amp;address book:</source>
        <translation>Numéros déjà dans le &amp;carnet d&apos;adresses&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>I&amp;mporter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message>
        <source>Column {0}</source>
        <translation>Colonne {0}</translation>
    </message>
    <message>
        <source>Import {0} as</source>
        <translation>Importer {0} comme</translation>
    </message>
    <message>
        <source>Checking {0:,} rows…</source>
        <translation>Vérification de {0:,} lignes…</translation>
    </message>
    <message>
        <source>{0:,} to add, {1:,} to update, {2:,} skipped as duplicates, {3:,} rejected. Nothing is written until you press Import.</source>
        <translation>{0:,} à ajouter, {1:,} à mettre à jour, {2:,} doublons ignorés, {3:,} rejetés. Rien n&apos;est écrit tant que vous n&apos;avez pas cliqué sur Importer.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Import stopped: nothing was changed.</source>
        <translation>Importation arrêtée&#xa0;: rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt en cours…</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>Import finished</source>
        <translation>Importation terminée</translation>
    </message>
    <message>
        <source>{0:,} added, {1:,} updated, {2:,} skipped as duplicates, {3:,} rejected.</source>
        <translation>{0:,} ajoutés, {1:,} mis à jour, {2:,} doublons ignorés, {3:,} rejetés.</translation>
    </message>
    <message>
        <source>Rows not imported</source>
        <translation>Lignes non importées</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Écartés</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>doublon</translation>
    </message>
    <message>
        <source>The first {0:,} of {1:,} rows are shown.</source>
        <translation>Les {0:,} premières lignes sur {1:,} sont affichées.</translation>
    </message>
    <message>
        <source>&amp;Save rejected rows…</source>
        <translation>&amp;Enregistrer les lignes rejetées…</translation>
    </message>
    <message>
        <source>Save rejected rows</source>
        <translation>Enregistrer les lignes rejetées</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Lignes rejetées</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) saved to {0}.</source>
        <translation>
            <numerusform>%Ln ligne enregistrée dans {0}.</numerusform>
            <numerusform>%Ln lignes enregistrées dans {0}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The rows could not be saved to {0}: {1}.</source>
        <translation>Les lignes n&apos;ont pas pu être enregistrées dans {0}&#xa0;: {1}.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Compose</source>
        <translation>&amp;Rédiger</translation>
    </message>
    <message>
        <source>C&amp;ontacts</source>
        <translation>C&amp;ontacts</translation>
    </message>
    <message>
        <source>O&amp;utbox</source>
        <translation>&amp;Boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation>&amp;Actualiser maintenant</translation>
    </message>
    <message>
        <source>&amp;Opt-out list…</source>
        <translation>Liste d&apos;&amp;opposition…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About desktop-sms</source>
        <translation>À &amp;propos de desktop-sms</translation>
    </message>
    <message>
        <source>Fetching the balance for the cost check…</source>
        <translation>Récupération du solde pour la vérification du coût…</translation>
    </message>
    <message>
        <source>About desktop-sms</source>
        <translation>À propos de desktop-sms</translation>
    </message>
    <message>
        <source>&lt;h3&gt;desktop-sms {0}&lt;/h3&gt;&lt;p&gt;Send SMS through the easysms gateway, keep an address book, and follow every message until it is delivered.&lt;/p&gt;&lt;p&gt;Data folder: {1}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;desktop-sms {0}&lt;/h3&gt;&lt;p&gt;Envoyez des SMS par la passerelle easysms, tenez un carnet d&apos;adresses et suivez chaque message jusqu&apos;à sa remise.&lt;/p&gt;&lt;p&gt;Dossier des données&#xa0;: {1}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Quit desktop-sms?</source>
        <translation>Quitter desktop-sms&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) are still queued or scheduled. They stay and are sent the next time you start desktop-sms. Quit now?</source>
        <translation>
            <numerusform>%Ln message est encore en file d&apos;attente ou programmé. Il est conservé et sera envoyé au prochain démarrage de desktop-sms. Quitter maintenant ?</numerusform>
            <numerusform>%Ln messages sont encore en file d&apos;attente ou programmés. Ils sont conservés et seront envoyés au prochain démarrage de desktop-sms. Quitter maintenant ?</numerusform>
        </translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>DÉMO</translation>
    </message>
</context>
<context>
    <name>MergePreview</name>
    <message>
        <source>Preview the message for</source>
        <translation>Aperçu du message pour</translation>
    </message>
    <message>
        <source>Pre&amp;view for:</source>
        <translation>A&amp;perçu pour&#xa0;:</translation>
    </message>
    <message>
        <source>Merged message</source>
        <translation>Message fusionné</translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln caractère</numerusform>
            <numerusform>%Ln caractères</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln part(s)</source>
        <translation>
            <numerusform>%Ln partie</numerusform>
            <numerusform>%Ln parties</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageEdit</name>
    <message>
        <source>Nothing was pasted: the text would be {0:,} characters long, and a message can have at most {1:,}. Paste a shorter text.</source>
        <translation>Rien n&apos;a été collé&#xa0;: le texte ferait {0:,} caractères, et un message peut en contenir au plus {1:,}. Collez un texte plus court.</translation>
    </message>
</context>
<context>
    <name>MessageErrorText</name>
    <message>
        <source>The gateway refused the message (code {0}): {1}</source>
        <translation>La passerelle a refusé le message (code {0})&#xa0;: {1}</translation>
    </message>
    <message>
        <source>The gateway refused the username or password.</source>
        <translation>La passerelle a refusé le nom d&apos;utilisateur ou le mot de passe.</translation>
    </message>
    <message>
        <source>The gateway could not be reached; the message was not sent ({0}).</source>
        <translation>La passerelle est injoignable&#xa0;; le message n&apos;a pas été envoyé ({0}).</translation>
    </message>
    <message>
        <source>No answer came from the gateway; the message may have been sent ({0}).</source>
        <translation>La passerelle n&apos;a pas répondu&#xa0;; le message a peut-être été envoyé ({0}).</translation>
    </message>
    <message>
        <source>The gateway&apos;s answer could not be read; the message may have been sent ({0}).</source>
        <translation>La réponse de la passerelle est illisible&#xa0;; le message a peut-être été envoyé ({0}).</translation>
    </message>
    <message>
        <source>The message was not sent: the gateway would refuse it ({0}).</source>
        <translation>Le message n&apos;a pas été envoyé&#xa0;: la passerelle le refuserait ({0}).</translation>
    </message>
    <message>
        <source>Not sent: the number is on the opt-out list.</source>
        <translation>Non envoyé&#xa0;: le numéro est sur la liste d&apos;opposition.</translation>
    </message>
    <message>
        <source>The program stopped while sending; the gateway may have the message.</source>
        <translation>Le programme s&apos;est arrêté pendant l&apos;envoi&#xa0;; la passerelle a peut-être reçu le message.</translation>
    </message>
    <message>
        <source>The mobile network reported that the message could not be delivered.</source>
        <translation>Le réseau mobile a signalé que le message n&apos;a pas pu être remis.</translation>
    </message>
</context>
<context>
    <name>MoveReportDialog</name>
    <message>
        <source>Moved to the team database</source>
        <translation>Déplacé vers la base d’équipe</translation>
    </message>
    <message>
        <source>What was moved</source>
        <translation>Ce qui a été déplacé</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>In this computer&apos;s file</source>
        <translation>Dans le fichier de cet ordinateur</translation>
    </message>
    <message>
        <source>Copied now</source>
        <translation>Copié maintenant</translation>
    </message>
    <message>
        <source>&amp;Use the team database from the next start</source>
        <translation>&amp;Utiliser la base d’équipe dès le prochain démarrage</translation>
    </message>
    <message>
        <source>From the next start, desktop-sms uses the team database. Restart it to work there with the others; this computer&apos;s file stays as it is.</source>
        <translation>Dès le prochain démarrage, desktop-sms utilise la base d’équipe. Redémarrez-le pour y travailler avec les autres&#xa0;; le fichier de cet ordinateur reste tel quel.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) copied into the team database at {0}. This computer&apos;s file is kept as it was; rows the team database had already were not copied again.</source>
        <translation>
            <numerusform>%Ln ligne copiée dans la base d’équipe sur {0}. Le fichier de cet ordinateur est conservé tel quel&#xa0;; les lignes que la base d’équipe avait déjà n’ont pas été copiées à nouveau.</numerusform>
            <numerusform>%Ln lignes copiées dans la base d’équipe sur {0}. Le fichier de cet ordinateur est conservé tel quel&#xa0;; les lignes que la base d’équipe avait déjà n’ont pas été copiées à nouveau.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OptOutAction</name>
    <message>
        <source>Add to &amp;opt-out list…</source>
        <translation>Ajouter à la liste d&apos;opposi&amp;tion…</translation>
    </message>
    <message numerus="yes">
        <source>Add the numbers of %Ln selected contact(s) to the opt-out list?</source>
        <translation>
            <numerusform>Ajouter le numéro de %Ln contact sélectionné à la liste d&apos;opposition&#xa0;?</numerusform>
            <numerusform>Ajouter les numéros de %Ln contacts sélectionnés à la liste d&apos;opposition&#xa0;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add the recipients of %Ln selected message(s) to the opt-out list?</source>
        <translation>
            <numerusform>Ajouter le destinataire de %Ln message sélectionné à la liste d&apos;opposition&#xa0;?</numerusform>
            <numerusform>Ajouter les destinataires de %Ln messages sélectionnés à la liste d&apos;opposition&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Opt-out list</source>
        <translation>Liste d&apos;opposition</translation>
    </message>
    <message>
        <source>No message is sent to a number on the list, from the window or the command line, until it is taken off (File → Opt-out list…).</source>
        <translation>Aucun message n&apos;est envoyé à un numéro de la liste, depuis la fenêtre ou la ligne de commande, tant qu&apos;il n&apos;en est pas retiré (Fichier → Liste d&apos;opposition…).</translation>
    </message>
    <message>
        <source>from Contacts</source>
        <translation>depuis les contacts</translation>
    </message>
    <message>
        <source>from the Outbox</source>
        <translation>depuis la boîte d&apos;envoi</translation>
    </message>
    <message numerus="yes">
        <source>%Ln number(s) added to the opt-out list.</source>
        <translation>
            <numerusform>%Ln numéro ajouté à la liste d&apos;opposition.</numerusform>
            <numerusform>%Ln numéros ajoutés à la liste d&apos;opposition.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln were on it already.</source>
        <translation>
            <numerusform>%Ln y figurait déjà.</numerusform>
            <numerusform>%Ln y figuraient déjà.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OptOutDialog</name>
    <message>
        <source>Opt-out list</source>
        <translation>Liste d&apos;opposition</translation>
    </message>
    <message>
        <source>No message is sent to these numbers, from the window or the command line, even when typed as a recipient.</source>
        <translation>Aucun message n&apos;est envoyé à ces numéros, depuis la fenêtre ou la ligne de commande, même s&apos;ils sont saisis comme destinataires.</translation>
    </message>
    <message>
        <source>Search the opt-out list</source>
        <translation>Rechercher dans la liste d&apos;opposition</translation>
    </message>
    <message>
        <source>Search number, contact or reason…</source>
        <translation>Rechercher un numéro, un contact ou un motif…</translation>
    </message>
    <message>
        <source>Number to add</source>
        <translation>Numéro à ajouter</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Reason (optional)</source>
        <translation>Motif (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation>&amp;Retirer la sélection</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Add the numbers of a CSV, Excel or vCard file</source>
        <translation>Ajouter les numéros d&apos;un fichier CSV, Excel ou vCard</translation>
    </message>
    <message>
        <source>Add a &amp;number:</source>
        <translation>Ajouter un &amp;numéro&#xa0;:</translation>
    </message>
    <message>
        <source>{0:,} found, of {1:,} numbers on the list.</source>
        <translation>{0:,} trouvés, sur {1:,} numéros dans la liste.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln number(s) on the list.</source>
        <translation>
            <numerusform>%Ln numéro dans la liste.</numerusform>
            <numerusform>%Ln numéros dans la liste.</numerusform>
        </translation>
    </message>
    <message>
        <source>The newest {0:,} are shown: search to find others.</source>
        <translation>Les {0:,} plus récents sont affichés&#xa0;: lancez une recherche pour trouver les autres.</translation>
    </message>
    <message>
        <source>{0} added.</source>
        <translation>{0} ajouté.</translation>
    </message>
    <message>
        <source>{0} was on the list already.</source>
        <translation>{0} figurait déjà dans la liste.</translation>
    </message>
    <message>
        <source>Remove from the opt-out list</source>
        <translation>Retirer de la liste d&apos;opposition</translation>
    </message>
    <message numerus="yes">
        <source>Take %Ln number(s) off the opt-out list? Messages can then be sent to them again.</source>
        <translation>
            <numerusform>Retirer %Ln numéro de la liste d&apos;opposition&#xa0;? Des messages pourront de nouveau lui être envoyés.</numerusform>
            <numerusform>Retirer %Ln numéros de la liste d&apos;opposition&#xa0;? Des messages pourront de nouveau leur être envoyés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import opt-outs</source>
        <translation>Importer des oppositions</translation>
    </message>
    <message>
        <source>Numbers (*.csv *.txt *.tsv *.xlsx *.vcf);;All files (*)</source>
        <translation>Numéros (*.csv *.txt *.tsv *.xlsx *.vcf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Importing {0}…</source>
        <translation>Importation de {0}…</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importation terminée</translation>
    </message>
    <message>
        <source>{0} was not imported: {1}</source>
        <translation>{0} n&apos;a pas été importé&#xa0;: {1}</translation>
    </message>
    <message>
        <source>{0}: {1:,} added, {2:,} on the list already, {3:,} rejected.</source>
        <translation>{0}&#xa0;: {1:,} ajoutés, {2:,} déjà dans la liste, {3:,} rejetés.</translation>
    </message>
    <message>
        <source>Line {0}: {1}</source>
        <translation>Ligne {0}&#xa0;: {1}</translation>
    </message>
    <message>
        <source>… and {0:,} more.</source>
        <translation>… et {0:,} de plus.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln added number(s) may not be what was meant: see the details.</source>
        <translation>
            <numerusform>%Ln numéro ajouté n&apos;est peut-être pas celui voulu&#xa0;: voir les détails.</numerusform>
            <numerusform>%Ln numéros ajoutés ne sont peut-être pas ceux voulus&#xa0;: voir les détails.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line {0}, added: {1}</source>
        <translation>Ligne {0}, ajouté&#xa0;: {1}</translation>
    </message>
</context>
<context>
    <name>OptOutModel</name>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté le</translation>
    </message>
</context>
<context>
    <name>OutboxExporter</name>
    <message>
        <source>outbox.xlsx</source>
        <translation>boite-d-envoi.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV pour Excel (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln message(s) to {0}.</source>
        <translation>
            <numerusform>%Ln message exporté vers {0}.</numerusform>
            <numerusform>%Ln messages exportés vers {0}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Gateway ID</source>
        <translation>ID passerelle</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
</context>
<context>
    <name>OutboxRefusalText</name>
    <message>
        <source>Message #{0} no longer exists.</source>
        <translation>Le message n°&#xa0;{0} n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Message #{0} is {1} now: only failed, rejected, unknown or cancelled messages can be sent again.</source>
        <translation>Le message n°&#xa0;{0} est désormais «&#xa0;{1}&#xa0;»&#xa0;: seuls les messages en échec, refusés, inconnus ou annulés peuvent être renvoyés.</translation>
    </message>
    <message>
        <source>Campaign #{0} no longer exists.</source>
        <translation>La campagne n°&#xa0;{0} n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Message #{0} was sent again already, as message #{1}.</source>
        <translation>Le message n°&#xa0;{0} a déjà été renvoyé, comme message n°&#xa0;{1}.</translation>
    </message>
</context>
<context>
    <name>OutboxTab</name>
    <message>
        <source>Show messages in state</source>
        <translation>Afficher les messages dans l&apos;état</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>Search messages</source>
        <translation>Rechercher des messages</translation>
    </message>
    <message>
        <source>Search text, number or contact…</source>
        <translation>Rechercher un texte, un numéro ou un contact…</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>Message details</source>
        <translation>Détails du message</translation>
    </message>
    <message>
        <source>Send &amp;again</source>
        <translation>Ren&amp;voyer</translation>
    </message>
    <message>
        <source>&amp;Delete from history</source>
        <translation>&amp;Supprimer de l&apos;historique</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Save the messages shown to a spreadsheet</source>
        <translation>Enregistrer les messages affichés dans un tableur</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>account default</source>
        <translation>par défaut du compte</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>Gateway ID</source>
        <translation>ID passerelle</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Resent from</source>
        <translation>Renvoyé depuis</translation>
    </message>
    <message>
        <source>Send again?</source>
        <translation>Renvoyer&#xa0;?</translation>
    </message>
    <message>
        <source>Delete from history</source>
        <translation>Supprimer de l&apos;historique</translation>
    </message>
    <message>
        <source>Cancel the selected queued or scheduled messages</source>
        <translation>Annuler les messages sélectionnés en file d&apos;attente ou programmés</translation>
    </message>
    <message>
        <source>Give the selected scheduled messages a new time</source>
        <translation>Donner une nouvelle heure aux messages programmés sélectionnés</translation>
    </message>
    <message>
        <source>Send at</source>
        <translation>Envoi à</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) found</source>
        <translation>
            <numerusform>%Ln message trouvé</numerusform>
            <numerusform>%Ln messages trouvés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) may already have reached the gateway (the reply was lost). Sending again may deliver them twice. Send again anyway?</source>
        <translation>
            <numerusform>%Ln message a peut-être déjà atteint la passerelle (la réponse s&apos;est perdue). Le renvoyer risque de le remettre deux fois. Renvoyer quand même ?</numerusform>
            <numerusform>%Ln messages ont peut-être déjà atteint la passerelle (la réponse s&apos;est perdue). Les renvoyer risque de les remettre deux fois. Renvoyer quand même ?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln message(s) from the history? Messages still queued or on their way are kept.</source>
        <translation>
            <numerusform>Retirer %Ln message de l&apos;historique ? Les messages encore en attente ou en cours d&apos;envoi sont conservés.</numerusform>
            <numerusform>Retirer %Ln messages de l&apos;historique ? Les messages encore en attente ou en cours d&apos;envoi sont conservés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel &amp;sending</source>
        <translation>Annu&amp;ler l&apos;envoi</translation>
    </message>
    <message>
        <source>R&amp;eschedule…</source>
        <translation>Re&amp;programmer…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the selected messages ({0})</source>
        <translation>Copier les messages sélectionnés ({0})</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Queued by</source>
        <translation>Mis en file par</translation>
    </message>
</context>
<context>
    <name>PhoneText</name>
    <message>
        <source>no number given</source>
        <translation>aucun numéro indiqué</translation>
    </message>
    <message>
        <source>only digits, spaces, dashes, brackets and a leading + are allowed</source>
        <translation>seuls les chiffres, les espaces, les tirets, les parenthèses et un + initial sont autorisés</translation>
    </message>
    <message>
        <source>this is not a phone number</source>
        <translation>ce n&apos;est pas un numéro de téléphone</translation>
    </message>
    <message>
        <source>this is not a valid phone number</source>
        <translation>ce n&apos;est pas un numéro de téléphone valide</translation>
    </message>
    <message>
        <source>the country code does not exist</source>
        <translation>l&apos;indicatif de pays n&apos;existe pas</translation>
    </message>
    <message>
        <source>too few digits</source>
        <translation>trop peu de chiffres</translation>
    </message>
    <message>
        <source>the number of digits does not fit the country</source>
        <translation>le nombre de chiffres ne correspond pas au pays</translation>
    </message>
    <message>
        <source>too many digits</source>
        <translation>trop de chiffres</translation>
    </message>
    <message>
        <source>the number is not in use according to the numbering plan</source>
        <translation>le numéro n&apos;est pas attribué selon le plan de numérotation</translation>
    </message>
    <message>
        <source> (add the country code, e.g. +30)</source>
        <translation> (ajoutez l&apos;indicatif du pays, par ex. +33)</translation>
    </message>
</context>
<context>
    <name>ProblemReporter</name>
    <message>
        <source>desktop-sms will close now.</source>
        <translation>desktop-sms va maintenant se fermer.</translation>
    </message>
    <message>
        <source>Something went wrong that desktop-sms did not expect ({0}). Your messages are safe.</source>
        <translation>Une erreur inattendue s&apos;est produite dans desktop-sms ({0}). Vos messages sont en sécurité.</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>Add at least one recipient.</source>
        <translation>Ajoutez au moins un destinataire.</translation>
    </message>
    <message>
        <source>A recipient entry is empty.</source>
        <translation>Une entrée de destinataire est vide.</translation>
    </message>
    <message>
        <source>Fix the recipient &apos;{0}&apos;: {1}.</source>
        <translation>Corrigez le destinataire «&#xa0;{0}&#xa0;»&#xa0;: {1}.</translation>
    </message>
    <message>
        <source>Fix the recipient &apos;{0}&apos;: the group is empty.</source>
        <translation>Corrigez le destinataire «&#xa0;{0}&#xa0;»&#xa0;: le groupe est vide.</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>Le message est vide.</translation>
    </message>
    <message>
        <source>The message is {0:,} characters long; the limit is {1:,}.</source>
        <translation>Le message compte {0:,} caractères&#xa0;; la limite est de {1:,}.</translation>
    </message>
    <message>
        <source>The message contains an invisible control character ({0}) at position {1}; phones cannot show it — remove it.</source>
        <translation>Le message contient un caractère de contrôle invisible ({0}) à la position {1}&#xa0;; les téléphones ne peuvent pas l&apos;afficher — supprimez-le.</translation>
    </message>
    <message>
        <source>The message contains bytes that are not valid text (UTF-8).</source>
        <translation>Le message contient des octets qui ne sont pas du texte valide (UTF-8).</translation>
    </message>
    <message>
        <source>Check the recipient &apos;{0}&apos;: {1}.</source>
        <translation>Vérifiez le destinataire «&#xa0;{0}&#xa0;»&#xa0;: {1}.</translation>
    </message>
    <message>
        <source>Sending needs {0} credits but the balance is {1}.</source>
        <translation>L&apos;envoi nécessite {0} crédits, mais le solde est de {1}.</translation>
    </message>
    <message>
        <source>There is no field called “{0}”: use name, first_name, last_name, number or a field of the contacts (Insert field lists them).</source>
        <translation>Il n&apos;existe aucun champ nommé «&#xa0;{0}&#xa0;»&#xa0;: utilisez name, first_name, last_name, number ou un champ des contacts (Insérer un champ les liste).</translation>
    </message>
    <message>
        <source>“{0}” at position {1} is not a placeholder: put a field&apos;s name in braces, like {{first_name}}, and write {{{{ or }}}} for a brace itself.</source>
        <translation>«&#xa0;{0}&#xa0;» à la position {1} n&apos;est pas un champ&#xa0;: mettez le nom d&apos;un champ entre accolades, comme {{first_name}}, et écrivez {{{{ ou }}}} pour une accolade elle-même.</translation>
    </message>
    <message>
        <source>For {0}: {1}</source>
        <translation>Pour {0}&#xa0;: {1}</translation>
    </message>
    <message>
        <source>Every recipient ({0:,}) is on the opt-out list: there is no one to send to.</source>
        <translation>Tous les destinataires ({0:,}) sont sur la liste d&apos;opposition&#xa0;: il n&apos;y a personne à qui envoyer.</translation>
    </message>
    <message>
        <source>{0} is on the opt-out list: not sent.</source>
        <translation>{0} est sur la liste d&apos;opposition&#xa0;: non envoyé.</translation>
    </message>
    <message>
        <source>Fix the sender ID: {0}.</source>
        <translation>Corrigez l&apos;identifiant d&apos;expéditeur&#xa0;: {0}.</translation>
    </message>
    <message>
        <source>A numeric sender ID can have at most {0} digits</source>
        <translation>Un identifiant d&apos;expéditeur numérique peut compter au plus {0} chiffres</translation>
    </message>
    <message>
        <source>The sender ID &apos;{0}&apos; is {1} characters long; the limit is {2} letters and digits</source>
        <translation>L&apos;identifiant d&apos;expéditeur «&#xa0;{0}&#xa0;» compte {1} caractères&#xa0;; la limite est de {2} lettres et chiffres</translation>
    </message>
    <message>
        <source>The sender ID &apos;{0}&apos; may only use the letters A-Z, digits, spaces, dots and dashes</source>
        <translation>L&apos;identifiant d&apos;expéditeur «&#xa0;{0}&#xa0;» ne peut contenir que les lettres A-Z, des chiffres, des espaces, des points et des tirets</translation>
    </message>
    <message numerus="yes">
        <source>For {0} and %Ln other(s): {1}</source>
        <translation>
            <numerusform>Pour {0} et %Ln autre : {1}</numerusform>
            <numerusform>Pour {0} et %Ln autres : {1}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s) have no {0} ({1}): it is left out of their message. {{{0}|text}} gives a fallback.</source>
        <translation>
            <numerusform>%Ln destinataire n&apos;a pas de {0} ({1}) : il est omis de son message. {{{0}|texte}} donne une valeur de repli.</numerusform>
            <numerusform>%Ln destinataires n&apos;ont pas de {0} ({1}) : il est omis de leur message. {{{0}|texte}} donne une valeur de repli.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s) on the opt-out list will be skipped: {0}</source>
        <translation>
            <numerusform>%Ln destinataire sur la liste d&apos;opposition sera ignoré : {0}</numerusform>
            <numerusform>%Ln destinataires sur la liste d&apos;opposition seront ignorés : {0}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueuedFromFilter</name>
    <message>
        <source>Queued on workstation</source>
        <translation>Mis en file sur le poste</translation>
    </message>
    <message>
        <source>All workstations</source>
        <translation>Tous les postes</translation>
    </message>
    <message>
        <source>Queued by user</source>
        <translation>Mis en file par l’utilisateur</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Tous les utilisateurs</translation>
    </message>
</context>
<context>
    <name>RecipientListModel</name>
    <message>
        <source>on the opt-out list, not sent</source>
        <translation>sur la liste d&apos;opposition, non envoyé</translation>
    </message>
</context>
<context>
    <name>RecipientsEdit</name>
    <message>
        <source>Nothing was pasted: that would make {0:,} recipients, and the To field takes up to {1:,}. Put a long list in a group (Contacts tab) and send to the group, or send it with the desktop-sms command line.</source>
        <translation>Rien n&apos;a été collé&#xa0;: cela ferait {0:,} destinataires, et le champ Destinataires en accepte au plus {1:,}. Placez une longue liste dans un groupe (onglet Contacts) et envoyez au groupe, ou envoyez-la avec la ligne de commande desktop-sms.</translation>
    </message>
    <message>
        <source>Nothing was pasted: it holds an entry of {0:,} characters, which is neither a phone number nor a name. Separate recipients with commas or new lines.</source>
        <translation>Rien n&apos;a été collé&#xa0;: le texte contient une entrée de {0:,} caractères, qui n&apos;est ni un numéro de téléphone ni un nom. Séparez les destinataires par des virgules ou des retours à la ligne.</translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message>
        <source>Reschedule</source>
        <translation>Reprogrammer</translation>
    </message>
    <message>
        <source>&amp;Reschedule</source>
        <translation>&amp;Reprogrammer</translation>
    </message>
    <message numerus="yes">
        <source>&amp;New time for %Ln scheduled message(s), local time:</source>
        <translation>
            <numerusform>&amp;Nouvelle heure pour %Ln message programmé, heure locale :</numerusform>
            <numerusform>&amp;Nouvelle heure pour %Ln messages programmés, heure locale :</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Scheduler</name>
    <message>
        <source>Scheduled messages overdue</source>
        <translation>Messages programmés en retard</translation>
    </message>
    <message>
        <source>&amp;Send now</source>
        <translation>&amp;Envoyer maintenant</translation>
    </message>
    <message>
        <source>&amp;Reschedule…</source>
        <translation>&amp;Reprogrammer…</translation>
    </message>
    <message>
        <source>&amp;Cancel them</source>
        <translation>&amp;Les annuler</translation>
    </message>
    <message>
        <source>&amp;Decide later</source>
        <translation>&amp;Décider plus tard</translation>
    </message>
    <message>
        <source>at {0}</source>
        <translation>à {0}</translation>
    </message>
    <message>
        <source>from {0} to {1}</source>
        <translation>entre {0} et {1}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln scheduled message(s) were due {0}, more than an hour ago: desktop-sms was not running, or the computer was asleep. Send them now?</source>
        <translation>
            <numerusform>%Ln message programmé devait partir {0}, il y a plus d&apos;une heure : desktop-sms n&apos;était pas lancé, ou l&apos;ordinateur était en veille. L&apos;envoyer maintenant ?</numerusform>
            <numerusform>%Ln messages programmés devaient partir {0}, il y a plus d&apos;une heure : desktop-sms n&apos;était pas lancé, ou l&apos;ordinateur était en veille. Les envoyer maintenant ?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendAt</name>
    <message>
        <source>Date and time to send</source>
        <translation>Date et heure d&apos;envoi</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a date and time.</source>
        <translation>« {0} » n&apos;est pas une date et une heure.</translation>
    </message>
    <message>
        <source>{0} does not exist here: the clocks go forward from {1} to {2} that night. Choose a time outside it.</source>
        <translation>{0} n&apos;existe pas ici : cette nuit-là, les horloges avancent de {1} à {2}. Choisissez une heure en dehors de cet intervalle.</translation>
    </message>
    <message>
        <source>{0} is in the past. Choose a later time.</source>
        <translation>{0} est dans le passé. Choisissez une heure plus tardive.</translation>
    </message>
    <message>
        <source>{0} happens twice (the clocks go back that night): the first, {1}, is used.</source>
        <translation>{0} existe deux fois (les horloges reculent cette nuit-là) : la première, {1}, est retenue.</translation>
    </message>
</context>
<context>
    <name>SendAtField</name>
    <message>
        <source>Send &amp;at</source>
        <translation>Envoyer &amp;à</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>Pro&amp;grammer</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Programmer</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Choose another time</source>
        <translation>Choisissez une autre heure</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) queued</source>
        <translation>
            <numerusform>%Ln message en file d&apos;attente</numerusform>
            <numerusform>%Ln messages en file d&apos;attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) scheduled for {0}</source>
        <translation>
            <numerusform>%Ln message programmé pour {0}</numerusform>
            <numerusform>%Ln messages programmés pour {0}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendProgress</name>
    <message>
        <source>Sending %v/%m</source>
        <translation>Envoi %v/%m</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>Paus&amp;e</translation>
    </message>
    <message>
        <source>Send no more for now: the messages on their way finish; the rest waits, also after a restart, until Resume</source>
        <translation>Ne plus rien envoyer pour l’instant : les messages en route se terminent ; le reste attend, même après un redémarrage, jusqu’à Reprendre</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>R&amp;eprendre</translation>
    </message>
    <message>
        <source>Ca&amp;ncel…</source>
        <translation>Ann&amp;uler…</translation>
    </message>
    <message>
        <source>Cancel the messages not sent yet, or keep them</source>
        <translation>Annuler les messages pas encore envoyés, ou les garder</translation>
    </message>
    <message>
        <source>{0:.1f}/s</source>
        <translation>{0:.1f}/s</translation>
    </message>
    <message>
        <source>{0:.1f}/min</source>
        <translation>{0:.1f}/min</translation>
    </message>
    <message>
        <source>{0}, {1}:{2:02d} left</source>
        <translation>{0}, encore {1}:{2:02d}</translation>
    </message>
    <message>
        <source>Cancel sending</source>
        <translation>Annuler l’envoi</translation>
    </message>
    <message>
        <source>Cancel the messages not sent yet, or keep them queued? Kept messages wait, paused, until you press Resume. Messages already on their way cannot be called back.</source>
        <translation>Annuler les messages pas encore envoyés, ou les garder en file d’attente ? Les messages gardés attendent, en pause, jusqu’à ce que vous appuyiez sur Reprendre. Les messages déjà en route ne peuvent pas être rappelés.</translation>
    </message>
    <message>
        <source>&amp;Cancel them</source>
        <translation>&amp;Les annuler</translation>
    </message>
    <message>
        <source>&amp;Keep them queued</source>
        <translation>Les &amp;garder en file d’attente</translation>
    </message>
    <message>
        <source>Go on &amp;sending</source>
        <translation>&amp;Continuer l’envoi</translation>
    </message>
    <message>
        <source>Sending is paused</source>
        <translation>L’envoi est en pause</translation>
    </message>
    <message>
        <source>Sending progress</source>
        <translation>Progression de l&apos;envoi</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message numerus="yes">
        <source>%Ln message(s) were being sent when the program stopped; they are marked unknown. Check the Outbox before sending them again.</source>
        <translation>
            <numerusform>%Ln message était en cours d&apos;envoi à l&apos;arrêt du programme ; il est marqué inconnu. Vérifiez la boîte d&apos;envoi avant de le renvoyer.</numerusform>
            <numerusform>%Ln messages étaient en cours d&apos;envoi à l&apos;arrêt du programme ; ils sont marqués inconnus. Vérifiez la boîte d&apos;envoi avant de les renvoyer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>easysms password</source>
        <translation>mot de passe easysms</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source> recipients</source>
        <translation> destinataires</translation>
    </message>
    <message>
        <source>Notify when a message is delivered or fails</source>
        <translation>Avertir quand un message est remis ou échoue</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Applies after a restart.</source>
        <translation>S&apos;applique après un redémarrage.</translation>
    </message>
    <message>
        <source>easysms account</source>
        <translation>Compte easysms</translation>
    </message>
    <message>
        <source>Gateway &amp;URL:</source>
        <translation>&amp;URL de la passerelle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>DEMO: the built-in simulator. Nothing here touches your real account or your keyring.</source>
        <translation>DÉMO&#xa0;: le simulateur intégré. Rien ici ne touche à votre vrai compte ni à votre trousseau.</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Default &amp;sender ID:</source>
        <translation>E&amp;xpéditeur par défaut (ID)&#xa0;:</translation>
    </message>
    <message>
        <source>Default &amp;country:</source>
        <translation>&amp;Pays par défaut&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Refresh statuses every:</source>
        <translation>&amp;Actualiser les états toutes les&#xa0;:</translation>
    </message>
    <message>
        <source>Show the cost &amp;before sending to more than:</source>
        <translation>Afficher le &amp;coût avant un envoi à plus de&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a web address (https://…).</source>
        <translation>«&#xa0;{0}&#xa0;» n&apos;est pas une adresse web (https://…).</translation>
    </message>
    <message>
        <source>The gateway URL must not contain a username or password; enter them in the account settings instead.</source>
        <translation>L&apos;URL de la passerelle ne doit contenir ni nom d&apos;utilisateur ni mot de passe&#xa0;; saisissez-les plutôt dans les paramètres du compte.</translation>
    </message>
    <message>
        <source>The gateway URL must start with https:// — plain http would send your password unencrypted (it is only allowed for a simulator on this computer).</source>
        <translation>L&apos;URL de la passerelle doit commencer par https:// — en simple http, votre mot de passe circulerait en clair (ce n&apos;est permis que pour un simulateur sur cet ordinateur).</translation>
    </message>
    <message>
        <source>(saved)</source>
        <translation>(enregistré)</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <source>Connected. Balance: {0} credits.</source>
        <translation>Connecté. Solde&#xa0;: {0} crédits.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>No system keyring is available, so the password is kept for this session only. It was not written to any file.</source>
        <translation>Aucun trousseau système n&apos;est disponible&#xa0;: le mot de passe n&apos;est conservé que pour cette session. Il n&apos;a été écrit dans aucun fichier.</translation>
    </message>
    <message>
        <source> at once</source>
        <translation> à la fois</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <source> a minute</source>
        <translation> par minute</translation>
    </message>
    <message>
        <source>Send &amp;messages:</source>
        <translation>&amp;Envoyer les messages :</translation>
    </message>
    <message>
        <source>Us&amp;ername:</source>
        <translation>&amp;Nom d&apos;utilisateur :</translation>
    </message>
    <message>
        <source>Send at m&amp;ost:</source>
        <translation>Envoyer au max&amp;imum :</translation>
    </message>
    <message>
        <source>Shared team database</source>
        <translation>Base de données d’équipe partagée</translation>
    </message>
    <message>
        <source>The new database is used after a restart of desktop-sms.</source>
        <translation>La nouvelle base de données sera utilisée après un redémarrage de desktop-sms.</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>New message: Compose, in the To field (what is typed stays)</source>
        <translation>Nouveau message : Rédiger, dans le champ Destinataires (ce qui est saisi reste)</translation>
    </message>
    <message>
        <source>Send (or schedule) the message in Compose</source>
        <translation>Envoyer (ou programmer) le message de Rédiger</translation>
    </message>
    <message>
        <source>Search the contacts or the Outbox (the tab shown)</source>
        <translation>Rechercher dans les contacts ou la boîte d&apos;envoi (l&apos;onglet affiché)</translation>
    </message>
    <message>
        <source>Refresh the statuses and the balance now</source>
        <translation>Actualiser maintenant les états et le solde</translation>
    </message>
    <message>
        <source>Show Compose / Contacts / Outbox</source>
        <translation>Afficher Rédiger / Contacts / Boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>Alt+underlined letter</source>
        <translation>Alt+lettre soulignée</translation>
    </message>
    <message>
        <source>Go to that field or press that button</source>
        <translation>Aller à ce champ ou appuyer sur ce bouton</translation>
    </message>
    <message>
        <source>Next / previous field</source>
        <translation>Champ suivant / précédent</translation>
    </message>
    <message>
        <source>Delete the selected contacts</source>
        <translation>Supprimer les contacts sélectionnés</translation>
    </message>
    <message>
        <source>Copy the selected messages (Outbox)</source>
        <translation>Copier les messages sélectionnés (boîte d&apos;envoi)</translation>
    </message>
    <message>
        <source>The list&apos;s menu: add to the opt-out list</source>
        <translation>Le menu de la liste : ajouter à la liste d&apos;opposition</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>Action</translation>
    </message>
</context>
<context>
    <name>State</name>
    <message>
        <source>scheduled</source>
        <translation>programmé</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>en cours d&apos;envoi</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>accepté</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>envoyé</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>remis</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échoué</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Balance: —</source>
        <translation>Solde : —</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <source>Balance: {0} credits</source>
        <translation>Solde : {0} crédits</translation>
    </message>
    <message>
        <source>Updated {0}</source>
        <translation>Mis à jour à {0}</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Statuses updated</source>
        <translation>États mis à jour</translation>
    </message>
    <message>
        <source>Status bar</source>
        <translation>Barre d&apos;état</translation>
    </message>
    <message>
        <source>Retr&amp;y</source>
        <translation>Réessa&amp;yer</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>The disk that holds {0} is full, so desktop-sms could not save its work. Free some space, then try again.</source>
        <translation>Le disque qui contient {0} est plein&#xa0;: desktop-sms n&apos;a pas pu enregistrer son travail. Libérez de l&apos;espace, puis réessayez.</translation>
    </message>
    <message>
        <source>The database {0} is in use by another program (another desktop-sms, or a backup or sync tool) and stayed locked. Nothing was changed. Close the other program or wait a moment, then try again.</source>
        <translation>La base de données {0} est utilisée par un autre programme (un autre desktop-sms, ou un outil de sauvegarde ou de synchronisation) et est restée verrouillée. Rien n&apos;a été modifié. Fermez l&apos;autre programme ou patientez un instant, puis réessayez.</translation>
    </message>
    <message>
        <source>{0} is a folder where desktop-sms keeps its database file. Move it away, or choose another data folder with --data-dir or $DESKTOP_SMS_DATA_DIR.</source>
        <translation>{0} est un dossier, là où desktop-sms garde son fichier de base de données. Déplacez-le, ou choisissez un autre dossier de données avec --data-dir ou $DESKTOP_SMS_DATA_DIR.</translation>
    </message>
    <message>
        <source>desktop-sms cannot write in its data folder {0} ({1}). Make the folder writable, or choose another one with --data-dir or $DESKTOP_SMS_DATA_DIR.</source>
        <translation>desktop-sms ne peut pas écrire dans son dossier de données {0} ({1}). Rendez le dossier accessible en écriture, ou choisissez-en un autre avec --data-dir ou $DESKTOP_SMS_DATA_DIR.</translation>
    </message>
    <message>
        <source>The data folder {0} cannot be used: a file is in the way where a folder should be. Move that file, or choose another folder with --data-dir or $DESKTOP_SMS_DATA_DIR.</source>
        <translation>Le dossier de données {0} est inutilisable&#xa0;: un fichier se trouve là où devrait être un dossier. Déplacez ce fichier, ou choisissez un autre dossier avec --data-dir ou $DESKTOP_SMS_DATA_DIR.</translation>
    </message>
    <message>
        <source>restore the backup copy {0} (rename it to {1})</source>
        <translation>restaurez la copie de sauvegarde {0} (renommez-la en {1})</translation>
    </message>
    <message>
        <source>restore a copy from your own backups</source>
        <translation>restaurez une copie depuis vos propres sauvegardes</translation>
    </message>
    <message>
        <source>The database {0} is damaged ({1}). Quit desktop-sms, keep a copy of that file for recovery, then {2}; or move the file away to start with an empty outbox and address book.</source>
        <translation>La base de données {0} est endommagée ({1}). Quittez desktop-sms, gardez une copie de ce fichier pour une récupération, puis {2}&#xa0;; ou déplacez le fichier pour repartir avec une boîte d&apos;envoi et un carnet d&apos;adresses vides.</translation>
    </message>
    <message>
        <source>desktop-sms could not use its data in {0}: {1}.</source>
        <translation>desktop-sms n&apos;a pas pu utiliser ses données dans {0}&#xa0;: {1}.</translation>
    </message>
</context>
<context>
    <name>TeamLink</name>
    <message>
        <source>Trying again in {1} s: {0}</source>
        <translation>Nouvel essai dans {1} s : {0}</translation>
    </message>
</context>
<context>
    <name>TeamMove</name>
    <message>
        <source>Move my data to the team database</source>
        <translation>Déplacer mes données vers la base d’équipe</translation>
    </message>
    <message>
        <source>Copy this computer&apos;s contacts, groups, templates, opt-out list, campaigns and messages into the team database at {0}?

This computer&apos;s file is kept as it was. What the team database has already (from an earlier move, or the same group, template or opt-out) is not copied twice.

This window goes on using this computer&apos;s file: the team database is used after a restart, once you choose it.</source>
        <translation>Copier les contacts, groupes, modèles, la liste d’opposition, les campagnes et les messages de cet ordinateur dans la base d’équipe sur {0}&#xa0;?

Le fichier de cet ordinateur est conservé tel quel. Ce que la base d’équipe a déjà (d’un déplacement précédent, ou le même groupe, modèle ou numéro opposé) n’est pas copié deux fois.

Cette fenêtre continue d’utiliser le fichier de cet ordinateur&#xa0;: la base d’équipe est utilisée après un redémarrage, une fois que vous l’avez choisie.</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Déplacer</translation>
    </message>
    <message>
        <source>Moving…</source>
        <translation>Déplacement en cours…</translation>
    </message>
    <message>
        <source>Copying: {0}…</source>
        <translation>Copie&#xa0;: {0}…</translation>
    </message>
    <message numerus="yes">
        <source>Moved: %Ln row(s) copied.</source>
        <translation>
            <numerusform>Déplacé&#xa0;: %Ln ligne copiée.</numerusform>
            <numerusform>Déplacé&#xa0;: %Ln lignes copiées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamSection</name>
    <message>
        <source>database password</source>
        <translation>mot de passe de la base</translation>
    </message>
    <message>
        <source>Empty: the data stays in this computer&apos;s own file. A server that is not on this computer is reached over an encrypted connection (TLS), its certificate checked. The password is kept in the system keyring. Changes apply after a restart.</source>
        <translation>Vide : les données restent dans le fichier propre à cet ordinateur. Un serveur qui n’est pas sur cet ordinateur est joint par une connexion chiffrée (TLS), son certificat vérifié. Le mot de passe est conservé dans le trousseau du système. Les changements s’appliquent après un redémarrage.</translation>
    </message>
    <message>
        <source>Test d&amp;atabase</source>
        <translation>Tester la ba&amp;se</translation>
    </message>
    <message>
        <source>Shared team database</source>
        <translation>Base de données d’équipe partagée</translation>
    </message>
    <message>
        <source>&amp;Database address:</source>
        <translation>Adresse de la &amp;base :</translation>
    </message>
    <message>
        <source>Database pass&amp;word:</source>
        <translation>Mot &amp;de passe de la base :</translation>
    </message>
    <message>
        <source>No team database: the data stays in this computer&apos;s own file.</source>
        <translation>Pas de base d’équipe : les données restent dans le fichier propre à cet ordinateur.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <source>Connected: the database is empty; desktop-sms sets it up when it first opens it.</source>
        <translation>Connecté : la base est vide ; desktop-sms la prépare la première fois qu’il l’ouvre.</translation>
    </message>
    <message numerus="yes">
        <source>Connected: schema {0}, %Ln message(s).</source>
        <translation>
            <numerusform>Connecté : schéma {0}, %Ln message.</numerusform>
            <numerusform>Connecté : schéma {0}, %Ln messages.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mo&amp;ve my data to the team database…</source>
        <translation>Déplace&amp;r mes données vers la base d’équipe…</translation>
    </message>
    <message>
        <source>Copy this computer&apos;s contacts, lists and messages into the team database; this computer&apos;s file is kept.</source>
        <translation>Copier les contacts, les listes et les messages de cet ordinateur dans la base d’équipe&#xa0;; le fichier de cet ordinateur est conservé.</translation>
    </message>
</context>
<context>
    <name>TeamText</name>
    <message>
        <source>The team database at {0} was set up by a newer version of desktop-sms. Update the program on this workstation.</source>
        <translation>La base d’équipe sur {0} a été préparée par une version plus récente de desktop-sms. Mettez à jour le programme sur ce poste.</translation>
    </message>
    <message>
        <source>The team database at {0} refused the user name or password ({1}). Check them in File → Settings → Shared team database.</source>
        <translation>La base d’équipe sur {0} a refusé le nom d’utilisateur ou le mot de passe ({1}). Vérifiez-les dans Fichier → Paramètres → Base de données d’équipe partagée.</translation>
    </message>
    <message>
        <source>The team database at {0} has no such database or user ({1}). Check the address in File → Settings → Shared team database.</source>
        <translation>Le serveur {0} ne connaît pas cette base ou cet utilisateur ({1}). Vérifiez l’adresse dans Fichier → Paramètres → Base de données d’équipe partagée.</translation>
    </message>
    <message>
        <source>The team database at {0} cannot be reached ({1}). Nothing is sent, and nothing is queued on this computer meanwhile. Check the network or ask whoever runs the server, then try again.</source>
        <translation>La base d’équipe sur {0} est injoignable ({1}). Rien n’est envoyé, et rien n’est mis en file sur cet ordinateur en attendant. Vérifiez le réseau ou demandez à qui gère le serveur, puis réessayez.</translation>
    </message>
    <message>
        <source>To work with this computer&apos;s own data meanwhile, remove the team_database line from {0}.</source>
        <translation>Pour travailler en attendant avec les données propres à cet ordinateur, supprimez la ligne team_database de {0}.</translation>
    </message>
    <message>
        <source>The address must start with postgresql:// — for example postgresql://office@server/desktop_sms.</source>
        <translation>L’adresse doit commencer par postgresql:// — par exemple postgresql://office@server/desktop_sms.</translation>
    </message>
    <message>
        <source>The address names no database: postgresql://USER@HOST/DATABASE.</source>
        <translation>L’adresse ne nomme aucune base : postgresql://UTILISATEUR@SERVEUR/BASE.</translation>
    </message>
    <message>
        <source>The address names no user: postgresql://USER@HOST/DATABASE.</source>
        <translation>L’adresse ne nomme aucun utilisateur : postgresql://UTILISATEUR@SERVEUR/BASE.</translation>
    </message>
    <message>
        <source>The server is not on this computer, so the connection must be encrypted: remove sslmode, or use sslmode=require, verify-ca or verify-full.</source>
        <translation>Le serveur n’est pas sur cet ordinateur : la connexion doit donc être chiffrée. Retirez sslmode, ou utilisez sslmode=require, verify-ca ou verify-full.</translation>
    </message>
    <message>
        <source>The address has settings desktop-sms does not use ({0}); only sslmode and sslrootcert may follow the ?.</source>
        <translation>L’adresse contient des réglages que desktop-sms n’utilise pas ({0}) ; seuls sslmode et sslrootcert peuvent suivre le ?.</translation>
    </message>
    <message>
        <source>This is not a valid address ({0}).</source>
        <translation>Cette adresse n’est pas valide ({0}).</translation>
    </message>
    <message>
        <source>The team database refused a row ({0}). Nothing was copied.</source>
        <translation>La base d’équipe a refusé une ligne ({0}). Rien n’a été copié.</translation>
    </message>
    <message>
        <source>{0}: {1} in this computer&apos;s file, but {2} found in the team database after copying. Nothing was copied.</source>
        <translation>{0}&#xa0;: {1} dans le fichier de cet ordinateur, mais {2} trouvés dans la base d’équipe après la copie. Rien n’a été copié.</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <source>Group memberships</source>
        <translation>Appartenances aux groupes</translation>
    </message>
    <message>
        <source>Contacts&apos; custom fields</source>
        <translation>Champs personnalisés des contacts</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Opt-out list</source>
        <translation>Liste d’opposition</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Balance history</source>
        <translation>Historique du solde</translation>
    </message>
    <message>
        <source>Delivery reports not yet matched</source>
        <translation>Accusés de réception pas encore rapprochés</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) are being sent from this computer. Let the sending finish, then move again. Nothing was copied.</source>
        <translation>
            <numerusform>%Ln message est en cours d’envoi depuis cet ordinateur. Laissez l’envoi se terminer, puis déplacez à nouveau. Rien n’a été copié.</numerusform>
            <numerusform>%Ln messages sont en cours d’envoi depuis cet ordinateur. Laissez l’envoi se terminer, puis déplacez à nouveau. Rien n’a été copié.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) on this computer are still queued or scheduled. Send or cancel them first: moved, they would go out from here and from the team database. Nothing was copied.</source>
        <translation>
            <numerusform>%Ln message de cet ordinateur est encore en file d’attente ou programmé. Envoyez-le ou annulez-le d’abord&#xa0;: déplacé, il partirait d’ici et de la base d’équipe. Rien n’a été copié.</numerusform>
            <numerusform>%Ln messages de cet ordinateur sont encore en file d’attente ou programmés. Envoyez-les ou annulez-les d’abord&#xa0;: déplacés, ils partiraient d’ici et de la base d’équipe. Rien n’a été copié.</numerusform>
        </translation>
    </message>
    <message>
        <source>The address is too long ({0} characters; at most {1}).</source>
        <translation>L’adresse est trop longue ({0} caractères ; {1} au plus).</translation>
    </message>
    <message>
        <source>The address has an invisible character ({0}), such as a line break pasted with it. Type it again.</source>
        <translation>L’adresse contient un caractère invisible ({0}), par exemple un saut de ligne collé avec elle. Tapez-la de nouveau.</translation>
    </message>
    <message>
        <source>The server&apos;s name {0} cannot be looked up: each part between dots must have 1 to 63 characters.</source>
        <translation>Le nom du serveur {0} ne peut pas être résolu : chaque partie entre deux points doit compter de 1 à 63 caractères.</translation>
    </message>
    <message>
        <source>The address has a #: write %23 for a # in a name.</source>
        <translation>L’adresse contient un # : écrivez %23 pour un # dans un nom.</translation>
    </message>
    <message>
        <source>{0}: the row {1} has a value the team database cannot hold ({2}). Nothing was copied.</source>
        <translation>{0}&#xa0;: la ligne {1} a une valeur que la base d’équipe ne peut pas contenir ({2}). Rien n’a été copié.</translation>
    </message>
</context>
<context>
    <name>TemplateText</name>
    <message numerus="yes">
        <source>{0} and %Ln other(s)</source>
        <translation>
            <numerusform>{0} et %Ln autre</numerusform>
            <numerusform>{0} et %Ln autres</numerusform>
        </translation>
    </message>
    <message>
        <source>A template needs a name.</source>
        <translation>Un modèle doit avoir un nom.</translation>
    </message>
    <message>
        <source>A template&apos;s name can have at most {1:,} characters; this one has {0:,}.</source>
        <translation>Le nom d&apos;un modèle peut compter au plus {1:,} caractères&#xa0;; celui-ci en compte {0:,}.</translation>
    </message>
    <message>
        <source>The template&apos;s name is not valid text (UTF-8).</source>
        <translation>Le nom du modèle n&apos;est pas un texte valide (UTF-8).</translation>
    </message>
    <message>
        <source>A template needs a text.</source>
        <translation>Un modèle doit avoir un texte.</translation>
    </message>
    <message>
        <source>The template&apos;s text is not valid text (UTF-8).</source>
        <translation>Le texte du modèle n&apos;est pas un texte valide (UTF-8).</translation>
    </message>
    <message>
        <source>There is already a template called &apos;{0}&apos;.</source>
        <translation>Il existe déjà un modèle nommé «&#xa0;{0}&#xa0;».</translation>
    </message>
    <message>
        <source>There is no template called &apos;{0}&apos;; none is saved yet.</source>
        <translation>Il n&apos;y a pas de modèle nommé «&#xa0;{0}&#xa0;»&#xa0;; aucun n&apos;est encore enregistré.</translation>
    </message>
    <message>
        <source>There is no template called &apos;{0}&apos;. The templates are: {1}.</source>
        <translation>Il n&apos;y a pas de modèle nommé «&#xa0;{0}&#xa0;». Les modèles sont&#xa0;: {1}.</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Template text</source>
        <translation>Texte du modèle</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Re&amp;nommer…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Rename template</source>
        <translation>Renommer le modèle</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nouveau nom&#xa0;:</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>Supprimer le modèle</translation>
    </message>
    <message>
        <source>Delete the template &apos;{0}&apos;?</source>
        <translation>Supprimer le modèle «&#xa0;{0}&#xa0;»&#xa0;?</translation>
    </message>
</context>
<context>
    <name>TemplatesMenu</name>
    <message>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Start the message from a saved template, or save it as one</source>
        <translation>Commencer le message à partir d&apos;un modèle enregistré, ou l&apos;enregistrer comme modèle</translation>
    </message>
    <message>
        <source>No templates saved yet</source>
        <translation>Aucun modèle enregistré pour l&apos;instant</translation>
    </message>
    <message>
        <source>&amp;Save as template…</source>
        <translation>&amp;Enregistrer comme modèle…</translation>
    </message>
    <message>
        <source>&amp;Manage templates…</source>
        <translation>&amp;Gérer les modèles…</translation>
    </message>
    <message>
        <source>Use template</source>
        <translation>Utiliser un modèle</translation>
    </message>
    <message>
        <source>Replace the message with the template &apos;{0}&apos;?</source>
        <translation>Remplacer le message par le modèle «&#xa0;{0}&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>Enregistrer comme modèle</translation>
    </message>
    <message>
        <source>Template name:</source>
        <translation>Nom du modèle&#xa0;:</translation>
    </message>
    <message>
        <source>There is already a template called &apos;{0}&apos;. Replace its text with this message?</source>
        <translation>Un modèle nommé «&#xa0;{0}&#xa0;» existe déjà. Remplacer son texte par ce message&#xa0;?</translation>
    </message>
    <message>
        <source>T&amp;emplates</source>
        <translation>Modè&amp;les</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>&amp;Show desktop-sms</source>
        <translation>&amp;Afficher desktop-sms</translation>
    </message>
    <message>
        <source>&amp;Hide to the tray (scheduled messages still go out)</source>
        <translation>&amp;Réduire dans la zone de notification (les messages programmés partent quand même)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
</context>
<context>
    <name>Ucs2Highlighter</name>
    <message>
        <source>This character forces Unicode (UCS-2): 70 characters per SMS</source>
        <translation>Ce caractère impose l&apos;Unicode (UCS-2)&#xa0;: 70 caractères par SMS</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to desktop-sms</source>
        <translation>Bienvenue dans desktop-sms</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome&lt;/h2&gt;&lt;p&gt;desktop-sms sends SMS through your &lt;b&gt;easysms&lt;/b&gt; account, keeps your contacts, and follows every message until it is delivered.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Bienvenue&lt;/h2&gt;&lt;p&gt;desktop-sms envoie des SMS par votre compte &lt;b&gt;easysms&lt;/b&gt;, conserve vos contacts et suit chaque message jusqu&apos;à sa remise.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Enter my easysms account…</source>
        <translation>&amp;Saisir mon compte easysms…</translation>
    </message>
    <message>
        <source>Try the &amp;demo (no account needed)</source>
        <translation>Essayer la &amp;démo (sans compte)</translation>
    </message>
</context>
<context>
    <name>_Exporter</name>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progression de l&apos;exportation</translation>
    </message>
</context>
</TS>
