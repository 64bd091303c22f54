<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="el">
<context>
    <name>BookText</name>
    <message>
        <source>A contact needs a name.</source>
        <translation>Μια επαφή χρειάζεται όνομα.</translation>
    </message>
    <message>
        <source>A group needs a name.</source>
        <translation>Μια ομάδα χρειάζεται όνομα.</translation>
    </message>
    <message>
        <source>There is already a group called &apos;{0}&apos;.</source>
        <translation>Υπάρχει ήδη ομάδα με το όνομα «{0}».</translation>
    </message>
    <message>
        <source>There is no group called &apos;{0}&apos;.</source>
        <translation>Δεν υπάρχει ομάδα με το όνομα «{0}».</translation>
    </message>
</context>
<context>
    <name>CampaignNameEdit</name>
    <message>
        <source>Campaign name</source>
        <translation>Όνομα καμπάνιας</translation>
    </message>
    <message>
        <source>A send to several recipients is followed as one campaign in the Outbox (By campaign); leave empty for the default</source>
        <translation>Μια αποστολή σε πολλούς παραλήπτες παρακολουθείται ως μία καμπάνια στα Εξερχόμενα (Ανά καμπάνια)· αφήστε κενό για το προεπιλεγμένο όνομα</translation>
    </message>
</context>
<context>
    <name>CampaignReportExporter</name>
    <message>
        <source>{0} report.csv</source>
        <translation>{0} αναφορά.csv</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV για Excel (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported the campaign&apos;s report (%Ln message(s)) to {0}.</source>
        <translation>
            <numerusform>Η αναφορά της καμπάνιας (%Ln μήνυμα) εξήχθη στο {0}.</numerusform>
            <numerusform>Η αναφορά της καμπάνιας (%Ln μηνύματα) εξήχθη στο {0}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignsModel</name>
    <message>
        <source>Campaign</source>
        <translation>Καμπάνια</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Δημιουργία</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Μηνύματα</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Σε αναμονή</translation>
    </message>
    <message>
        <source>On the way</source>
        <translation>Καθ’ οδόν</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Παραδόθηκαν</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Απέτυχαν</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Άγνωστα</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Δεν στάλθηκαν</translation>
    </message>
    <message>
        <source>Delivery rate</source>
        <translation>Ποσοστό παράδοσης</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Μονάδες</translation>
    </message>
    <message>
        <source>The parts of the messages the gateway took; in brackets, those of unknown ones, which may have cost too</source>
        <translation>Τα τμήματα των μηνυμάτων που δέχτηκε η πύλη· σε παρένθεση, όσα των άγνωστων μηνυμάτων, που ίσως χρεώθηκαν κι αυτά</translation>
    </message>
    <message>
        <source>Delivered ÷ messages with a final delivery report</source>
        <translation>Παραδοθέντα ÷ μηνύματα με οριστική αναφορά παράδοσης</translation>
    </message>
</context>
<context>
    <name>CampaignsView</name>
    <message>
        <source>By ca&amp;mpaign</source>
        <translation>Ανά κα&amp;μπάνια</translation>
    </message>
    <message>
        <source>Group the Outbox by campaign</source>
        <translation>Ομαδοποίηση των Εξερχομένων ανά καμπάνια</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Καμπάνιες</translation>
    </message>
    <message>
        <source>finished {0}</source>
        <translation>ολοκληρώθηκε {0}</translation>
    </message>
    <message>
        <source>under way</source>
        <translation>σε εξέλιξη</translation>
    </message>
    <message>
        <source>Send again to unknown?</source>
        <translation>Ξανά αποστολή στα άγνωστα;</translation>
    </message>
    <message>
        <source>Nothing was sent again.</source>
        <translation>Δεν στάλθηκε τίποτα ξανά.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s), {0}; delivery rate {1}; credits {2}</source>
        <translation>
            <numerusform>%Ln μήνυμα, {0}· ποσοστό παράδοσης {1}· μονάδες {2}</numerusform>
            <numerusform>%Ln μηνύματα, {0}· ποσοστό παράδοσης {1}· μονάδες {2}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) of this campaign may already have reached the gateway (the reply was lost): sent again, they may arrive twice. Send again to the failed and the unknown ones?</source>
        <translation>
            <numerusform>%Ln μήνυμα αυτής της καμπάνιας ίσως έχει ήδη φτάσει στην πύλη (η απάντηση χάθηκε): αν σταλεί ξανά, μπορεί να φτάσει δύο φορές. Να σταλούν ξανά τα αποτυχημένα και τα άγνωστα;</numerusform>
            <numerusform>%Ln μηνύματα αυτής της καμπάνιας ίσως έχουν ήδη φτάσει στην πύλη (η απάντηση χάθηκε): αν σταλούν ξανά, μπορεί να φτάσουν δύο φορές. Να σταλούν ξανά τα αποτυχημένα και τα άγνωστα;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) queued again as a new campaign.</source>
        <translation>
            <numerusform>%Ln μήνυμα μπήκε ξανά στην ουρά ως νέα καμπάνια.</numerusform>
            <numerusform>%Ln μηνύματα μπήκαν ξανά στην ουρά ως νέα καμπάνια.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln had been sent again before.</source>
        <translation>
            <numerusform>%Ln είχε ήδη σταλεί ξανά.</numerusform>
            <numerusform>%Ln είχαν ήδη σταλεί ξανά.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln on the opt-out list: not sent.</source>
        <translation>
            <numerusform>%Ln στη λίστα απεγγραφών: δεν στάλθηκε.</numerusform>
            <numerusform>%Ln στη λίστα απεγγραφών: δεν στάλθηκαν.</numerusform>
        </translation>
    </message>
    <message>
        <source>Send again to fai&amp;led</source>
        <translation>Ξανά αποστολή στα απο&amp;τυχημένα</translation>
    </message>
    <message>
        <source>Send again to un&amp;known…</source>
        <translation>Ξανά αποστολή στα ά&amp;γνωστα…</translation>
    </message>
    <message>
        <source>Export repor&amp;t…</source>
        <translation>Εξαγωγή α&amp;ναφοράς…</translation>
    </message>
</context>
<context>
    <name>CheaperOffer</name>
    <message numerus="yes">
        <source>%Ln part(s)</source>
        <translation>
            <numerusform>%Ln τμήμα</numerusform>
            <numerusform>%Ln τμήματα</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheaperOfferButton</name>
    <message>
        <source>Cheaper form of the message</source>
        <translation>Φθηνότερη μορφή του μηνύματος</translation>
    </message>
    <message>
        <source>Send for less: {0}…</source>
        <translation>Αποστολή με λιγότερο κόστος: {0}…</translation>
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
        <translation>{0:,} → {1:,} μονάδες</translation>
    </message>
    <message>
        <source>Send for less</source>
        <translation>Αποστολή με λιγότερο κόστος</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Μορφή</translation>
    </message>
    <message>
        <source>&amp;Typography: plain quotes, dashes and spaces</source>
        <translation>&amp;Τυπογραφία: απλά εισαγωγικά, παύλες και κενά</translation>
    </message>
    <message>
        <source>Greek &amp;capitals without accents</source>
        <translation>&amp;Κεφαλαία χωρίς τόνους</translation>
    </message>
    <message>
        <source>Gree&amp;klish (Latin letters, ELOT 743)</source>
        <translation>Gree&amp;klish (λατινικοί χαρακτήρες, ΕΛΟΤ 743)</translation>
    </message>
    <message>
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
    <message>
        <source>Converted text</source>
        <translation>Μετατρεπόμενο κείμενο</translation>
    </message>
    <message>
        <source>Changed characters are underlined</source>
        <translation>Οι χαρακτήρες που αλλάζουν είναι υπογραμμισμένοι</translation>
    </message>
    <message>
        <source>Converted te&amp;xt (changes underlined):</source>
        <translation>Μετατρεπόμενο κεί&amp;μενο (οι αλλαγές υπογραμμισμένες):</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Εξοικονόμηση</translation>
    </message>
    <message>
        <source>&amp;Use this text</source>
        <translation>&amp;Χρήση αυτού του κειμένου</translation>
    </message>
    <message>
        <source>Greek letters</source>
        <translation>ελληνικούς χαρακτήρες</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>This message is sent as UCS-2 (70 characters per part) because of {0}. No GSM-7 form exists: {1} cannot be written in GSM-7.</source>
        <translation>Το μήνυμα αυτό αποστέλλεται ως UCS-2 (70 χαρακτήρες ανά τμήμα) λόγω: {0}. Δεν υπάρχει μορφή GSM-7: {1} δεν γράφεται σε GSM-7.</translation>
    </message>
    <message>
        <source>No GSM-7 form of this message costs less.</source>
        <translation>Καμία μορφή GSM-7 αυτού του μηνύματος δεν κοστίζει λιγότερο.</translation>
    </message>
    <message>
        <source>This message is sent as UCS-2 (70 characters per part) because of {0}. In GSM-7 a part holds 160 characters. Choose a form to see it:</source>
        <translation>Το μήνυμα αυτό αποστέλλεται ως UCS-2 (70 χαρακτήρες ανά τμήμα) λόγω: {0}. Σε GSM-7 ένα τμήμα χωράει 160 χαρακτήρες. Επιλέξτε μια μορφή για να τη δείτε:</translation>
    </message>
    <message>
        <source>same cost</source>
        <translation>ίδιο κόστος</translation>
    </message>
    <message numerus="yes">
        <source>saves %Ln credit(s)</source>
        <translation>
            <numerusform>εξοικονομεί %Ln μονάδα</numerusform>
            <numerusform>εξοικονομεί %Ln μονάδες</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>{0} removed</source>
        <translation>{0} αφαιρείται</translation>
    </message>
    <message>
        <source>{0} → space</source>
        <translation>{0} → κενό</translation>
    </message>
    <message>
        <source>{0:,} more</source>
        <translation>{0:,} ακόμη</translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s) changed: {0}</source>
        <translation>
            <numerusform>%Ln χαρακτήρας αλλάζει: {0}</numerusform>
            <numerusform>%Ln χαρακτήρες αλλάζουν: {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>&amp;Διατήρηση του δικού μου</translation>
    </message>
</context>
<context>
    <name>ComposeTab</name>
    <message>
        <source>Recipients</source>
        <translation>Παραλήπτες</translation>
    </message>
    <message>
        <source>Numbers, contact names or groups, separated by commas</source>
        <translation>Αριθμοί, ονόματα επαφών ή ομάδες, χωρισμένα με κόμματα</translation>
    </message>
    <message>
        <source>Checked recipients</source>
        <translation>Ελεγμένοι παραλήπτες</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Μήνυμα</translation>
    </message>
    <message>
        <source>Type your message…</source>
        <translation>Πληκτρολογήστε το μήνυμά σας…</translation>
    </message>
    <message>
        <source>Character counter</source>
        <translation>Μετρητής χαρακτήρων</translation>
    </message>
    <message>
        <source>Sender ID</source>
        <translation>Αναγνωριστικό αποστολέα</translation>
    </message>
    <message>
        <source>Account default</source>
        <translation>Προεπιλογή λογαριασμού</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>Αποσ&amp;τολή</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Αποστολή</translation>
    </message>
    <message>
        <source>Send (Ctrl+Enter)</source>
        <translation>Αποστολή (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Προς:</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Μήνυμα:</translation>
    </message>
    <message>
        <source>The message was not queued (see the error); it is back in the fields, so nothing is lost.</source>
        <translation>Το μήνυμα δεν μπήκε σε αναμονή (δείτε το σφάλμα)· επέστρεψε στα πεδία, οπότε δεν χάθηκε τίποτα.</translation>
    </message>
    <message>
        <source>Unicode (70 per SMS) because of: {0}</source>
        <translation>Unicode (70 ανά SMS) λόγω: {0}</translation>
    </message>
    <message>
        <source>Unicode (70 per SMS) in the texts that have: {0}</source>
        <translation>Unicode (70 ανά SMS) στα κείμενα που περιέχουν: {0}</translation>
    </message>
    <message>
        <source>Campai&amp;gn:</source>
        <translation>Καμπάν&amp;ια:</translation>
    </message>
    <message>
        <source>F&amp;lash SMS (shown on screen, not stored)</source>
        <translation>&amp;Flash SMS (εμφανίζεται στην οθόνη, δεν αποθηκεύεται)</translation>
    </message>
    <message>
        <source>Re&amp;quest delivery report</source>
        <translation>Αίτηση α&amp;ναφοράς παράδοσης</translation>
    </message>
    <message>
        <source>Sen&amp;der ID:</source>
        <translation>Αποστο&amp;λέας (ID):</translation>
    </message>
</context>
<context>
    <name>ComposeText</name>
    <message>
        <source>Merged per recipient: {0} · {1}</source>
        <translation>Συγχωνευμένο ανά παραλήπτη: {0} · {1}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln χαρακτήρας</numerusform>
            <numerusform>%Ln χαρακτήρες</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln left in this part</source>
        <translation>
            <numerusform>απομένει %Ln σε αυτό το τμήμα</numerusform>
            <numerusform>απομένουν %Ln σε αυτό το τμήμα</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>άγνωστο</translation>
    </message>
    <message>
        <source>{0} × {1} = {2}; balance {3}</source>
        <translation>{0} × {1} = {2}· υπόλοιπο {3}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s)</source>
        <translation>
            <numerusform>%Ln παραλήπτης</numerusform>
            <numerusform>%Ln παραλήπτες</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln credit(s)</source>
        <translation>
            <numerusform>%Ln μονάδα</numerusform>
            <numerusform>%Ln μονάδες</numerusform>
        </translation>
    </message>
    <message>
        <source>{0}–{1} parts</source>
        <translation>{0}–{1} τμήματα</translation>
    </message>
    <message numerus="yes">
        <source>%Ln part(s)</source>
        <translation>
            <numerusform>%Ln τμήμα</numerusform>
            <numerusform>%Ln τμήματα</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking recipients… {0:,} of {1:,}</source>
        <translation>Έλεγχος παραληπτών… {0:,} από {1:,}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) were not queued (see the error), and the fields were in use, so their text is not restored: “{0}”</source>
        <translation>
            <numerusform>%Ln μήνυμα δεν μπήκε σε αναμονή (δείτε το σφάλμα) και τα πεδία ήταν σε χρήση, οπότε το κείμενό του δεν επαναφέρεται: «{0}»</numerusform>
            <numerusform>%Ln μηνύματα δεν μπήκαν σε αναμονή (δείτε το σφάλμα) και τα πεδία ήταν σε χρήση, οπότε το κείμενό τους δεν επαναφέρεται: «{0}»</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Edit contact</source>
        <translation>Επεξεργασία επαφής</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Νέα επαφή</translation>
    </message>
    <message>
        <source>Add &amp;field</source>
        <translation>Προσθήκη &amp;πεδίου</translation>
    </message>
    <message>
        <source>&amp;Remove field</source>
        <translation>Α&amp;φαίρεση πεδίου</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Όν&amp;ομα:</translation>
    </message>
    <message>
        <source>F&amp;irst name:</source>
        <translation>&amp;Μικρό όνομα:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Επώνυμο:</translation>
    </message>
    <message>
        <source>N&amp;umber:</source>
        <translation>Α&amp;ριθμός:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Σημειώσεις:</translation>
    </message>
    <message>
        <source>Other fi&amp;elds:</source>
        <translation>Άλλα πεδ&amp;ία:</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Πεδίο</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Τιμή</translation>
    </message>
</context>
<context>
    <name>ContactsExporter</name>
    <message>
        <source>CSV for Excel, UTF-8 (*.csv)</source>
        <translation>CSV για Excel, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>CSV, Windows Greek (Windows-1253) (*.csv)</source>
        <translation>CSV, Windows ελληνικά (Windows-1253) (*.csv)</translation>
    </message>
    <message>
        <source>CSV, Windows Western (Windows-1252) (*.csv)</source>
        <translation>CSV, Windows δυτικά (Windows-1252) (*.csv)</translation>
    </message>
    <message>
        <source>vCard 4.0 (*.vcf)</source>
        <translation>vCard 4.0 (*.vcf)</translation>
    </message>
    <message>
        <source>contacts.csv</source>
        <translation>epafes.csv</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln contact(s) to {0}.</source>
        <translation>
            <numerusform>Εξήχθη %Ln επαφή στο {0}.</numerusform>
            <numerusform>Εξήχθησαν %Ln επαφές στο {0}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <source>Name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Αριθμός</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Ομάδες</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Σημειώσεις</translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <source>Search contacts</source>
        <translation>Αναζήτηση επαφών</translation>
    </message>
    <message>
        <source>Search names, number, notes, fields…</source>
        <translation>Αναζήτηση σε ονόματα, αριθμό, σημειώσεις, πεδία…</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Επαφές</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>Προσ&amp;θήκη…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Επεξε&amp;ργασία…</translation>
    </message>
    <message>
        <source>Send &amp;to selected</source>
        <translation>Αποστολή σε ε&amp;πιλεγμένους</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>Εισα&amp;γωγή…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>Εξαγ&amp;ωγή…</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Ομάδες</translation>
    </message>
    <message>
        <source>Rena&amp;me…</source>
        <translation>&amp;Μετονομασία…</translation>
    </message>
    <message>
        <source>Delete group</source>
        <translation>Διαγραφή ομάδας</translation>
    </message>
    <message>
        <source>Add selected to group</source>
        <translation>Προσθήκη στην ομάδα</translation>
    </message>
    <message>
        <source>Remove selected from group</source>
        <translation>Αφαίρεση από την ομάδα</translation>
    </message>
    <message>
        <source>Groups (click one to select its members)</source>
        <translation>Ομάδες (κάντε κλικ σε μία για να επιλέξετε τα μέλη της)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s)</source>
        <translation>
            <numerusform>%Ln μέλος</numerusform>
            <numerusform>%Ln μέλη</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete contacts</source>
        <translation>Διαγραφή επαφών</translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln contact(s)? Their messages stay in the Outbox.</source>
        <translation>
            <numerusform>Διαγραφή %Ln επαφής; Τα μηνύματά της παραμένουν στα Εξερχόμενα.</numerusform>
            <numerusform>Διαγραφή %Ln επαφών; Τα μηνύματά τους παραμένουν στα Εξερχόμενα.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Εισαγωγή επαφών</translation>
    </message>
    <message>
        <source>Contacts (*.csv *.txt *.tsv *.xlsx *.vcf);;All files (*)</source>
        <translation>Επαφές (*.csv *.txt *.tsv *.xlsx *.vcf);;Όλα τα αρχεία (*)</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Νέα ομάδα</translation>
    </message>
    <message>
        <source>Group name:</source>
        <translation>Όνομα ομάδας:</translation>
    </message>
    <message>
        <source>Rename group</source>
        <translation>Μετονομασία ομάδας</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Νέο όνομα:</translation>
    </message>
    <message>
        <source>Delete the group &apos;{0}&apos;? Its contacts are kept.</source>
        <translation>Διαγραφή της ομάδας «{0}»; Οι επαφές της διατηρούνται.</translation>
    </message>
    <message>
        <source>Choose a group in the list on the right first.</source>
        <translation>Επιλέξτε πρώτα μια ομάδα από τη λίστα στα δεξιά.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Διαγραφή</translation>
    </message>
    <message>
        <source>Delete the selected contacts ({0})</source>
        <translation>Διαγραφή των επιλεγμένων επαφών ({0})</translation>
    </message>
    <message>
        <source>Ne&amp;w group…</source>
        <translation>&amp;Νέα ομάδα…</translation>
    </message>
</context>
<context>
    <name>CostCheck</name>
    <message>
        <source>Check the cost</source>
        <translation>Έλεγχος κόστους</translation>
    </message>
    <message>
        <source>Recipients:</source>
        <translation>Παραλήπτες:</translation>
    </message>
    <message>
        <source>Duplicates removed:</source>
        <translation>Διπλότυπα που αφαιρέθηκαν:</translation>
    </message>
    <message>
        <source>On the opt-out list, skipped:</source>
        <translation>Στη λίστα απεγγραφών, παραλείπονται:</translation>
    </message>
    <message>
        <source>Total cost:</source>
        <translation>Συνολικό κόστος:</translation>
    </message>
    <message>
        <source>{0} credits</source>
        <translation>{0} μονάδες</translation>
    </message>
    <message>
        <source>Balance now:</source>
        <translation>Τρέχον υπόλοιπο:</translation>
    </message>
    <message>
        <source>unknown: {0}</source>
        <translation>άγνωστο: {0}</translation>
    </message>
    <message>
        <source>Balance after:</source>
        <translation>Υπόλοιπο μετά:</translation>
    </message>
    <message>
        <source>{0} (opted out)</source>
        <translation>{0} (απεγγραφή)</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Παραλείπονται</translation>
    </message>
    <message>
        <source>… and {0} more</source>
        <translation>… και {0} ακόμη</translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation>Παραλείπονται:</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Send %Ln message(s)</source>
        <translation>
            <numerusform>&amp;Αποστολή %Ln μηνύματος</numerusform>
            <numerusform>&amp;Αποστολή %Ln μηνυμάτων</numerusform>
        </translation>
    </message>
    <message>
        <source>Send anyway: the gateway may refuse the messages the balance does not cover</source>
        <translation>Αποστολή παρ&apos; όλα αυτά: η πύλη μπορεί να απορρίψει τα μηνύματα που δεν καλύπτει το υπόλοιπο</translation>
    </message>
    <message>
        <source>⚠ The balance is not known, so this send may cost more than it.</source>
        <translation>⚠ Το υπόλοιπο δεν είναι γνωστό, οπότε η αποστολή μπορεί να κοστίσει περισσότερο από αυτό.</translation>
    </message>
    <message>
        <source>⚠ This costs {0} credits more than the balance.</source>
        <translation>⚠ Η αποστολή κοστίζει {0} μονάδες περισσότερες από το υπόλοιπο.</translation>
    </message>
    <message>
        <source>Not enough credit</source>
        <translation>Ανεπαρκές υπόλοιπο</translation>
    </message>
    <message>
        <source>Messages beyond the balance will be refused by the gateway. Send anyway?</source>
        <translation>Τα μηνύματα πέρα από το υπόλοιπο θα απορριφθούν από την πύλη. Να σταλούν παρ&apos; όλα αυτά;</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>The gateway refused the username or password. Check them in File → Settings; queued messages wait until then.</source>
        <translation>Η πύλη απέρριψε το όνομα χρήστη ή τον κωδικό πρόσβασης. Ελέγξτε τα στο Αρχείο → Ρυθμίσεις· τα μηνύματα σε αναμονή περιμένουν μέχρι τότε.</translation>
    </message>
    <message>
        <source>Offline: {0}. Queued messages will be sent when the gateway can be reached.</source>
        <translation>Χωρίς σύνδεση: {0}. Τα μηνύματα σε αναμονή θα σταλούν μόλις η πύλη γίνει προσβάσιμη.</translation>
    </message>
    <message>
        <source>{0} (and {1} more)</source>
        <translation>{0} (και {1} ακόμη)</translation>
    </message>
    <message>
        <source>Something went wrong that desktop-sms did not expect ({0}). Your messages are safe; the details are in the log file.</source>
        <translation>Παρουσιάστηκε ένα απρόσμενο πρόβλημα στο desktop-sms ({0}). Τα μηνύματά σας είναι ασφαλή· οι λεπτομέρειες βρίσκονται στο αρχείο καταγραφής.</translation>
    </message>
    <message>
        <source>The gateway did not do what was asked ({0}).</source>
        <translation>Η πύλη δεν εκτέλεσε το αίτημα ({0}).</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Nothing was exported: the file name {0} must end in {1}.</source>
        <translation>Δεν εξήχθη τίποτα: το όνομα αρχείου {0} πρέπει να τελειώνει σε {1}.</translation>
    </message>
    <message>
        <source>Nothing was exported: {0} cannot be written ({1}). Choose another folder or name.</source>
        <translation>Δεν εξήχθη τίποτα: το {0} δεν μπορεί να γραφτεί ({1}). Επιλέξτε άλλον φάκελο ή άλλο όνομα.</translation>
    </message>
    <message>
        <source>Nothing was exported: the contact &apos;{0}&apos; holds {1}, which {2} cannot hold. Export in UTF-8 instead, or change the contact.</source>
        <translation>Δεν εξήχθη τίποτα: η επαφή «{0}» περιέχει {1}, που δεν υποστηρίζεται από το {2}. Κάντε εξαγωγή σε UTF-8 ή αλλάξτε την επαφή.</translation>
    </message>
    <message>
        <source>Nothing was exported: the field &apos;{0}&apos; holds {1}, which {2} cannot hold. Export in UTF-8 instead.</source>
        <translation>Δεν εξήχθη τίποτα: το πεδίο «{0}» περιέχει {1}, που δεν υποστηρίζεται από το {2}. Κάντε εξαγωγή σε UTF-8.</translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation>Η εξαγωγή ακυρώθηκε· δεν γράφτηκε τίποτα.</translation>
    </message>
</context>
<context>
    <name>ExportWords</name>
    <message>
        <source>ID</source>
        <translation>Α/Α</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Παρτίδα</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Παραλήπτης</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Επαφή</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Κείμενο</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Αποστολέας</translation>
    </message>
    <message>
        <source>Flash</source>
        <translation>Flash</translation>
    </message>
    <message>
        <source>Delivery report</source>
        <translation>Αναφορά παράδοσης</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>Τμήματα</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <source>Gateway ID</source>
        <translation>Αναγνωριστικό πύλης</translation>
    </message>
    <message>
        <source>Gateway status</source>
        <translation>Κατάσταση πύλης</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Σφάλμα</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Προσπάθειες</translation>
    </message>
    <message>
        <source>Resend of</source>
        <translation>Επανάληψη του</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Δημιουργήθηκε</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Ενημερώθηκε</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Αποστολή</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Έγινε δεκτό</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Εστάλη</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Τελικό</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Καμπάνια</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Πρότυπο</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Ολοκληρώθηκε</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Μηνύματα</translation>
    </message>
    <message>
        <source>Delivery rate</source>
        <translation>Ποσοστό παράδοσης</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Μονάδες</translation>
    </message>
    <message>
        <source>May have cost</source>
        <translation>Ίσως κόστισε</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ναι</translation>
    </message>
    <message>
        <source>no</source>
        <translation>όχι</translation>
    </message>
</context>
<context>
    <name>FieldButton</name>
    <message>
        <source>Insert a merge field</source>
        <translation>Εισαγωγή πεδίου συγχώνευσης</translation>
    </message>
    <message>
        <source>Put a placeholder in the message: each recipient gets their own value. {first_name|customer} gives a fallback.</source>
        <translation>Βάλτε ένα πεδίο στο μήνυμα: κάθε παραλήπτης παίρνει τη δική του τιμή. Το {first_name|πελάτη} δίνει μια εναλλακτική τιμή.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Μικρό όνομα</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Επώνυμο</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Αριθμός</translation>
    </message>
    <message>
        <source>Contact fields</source>
        <translation>Πεδία επαφών</translation>
    </message>
    <message>
        <source>&amp;Insert field</source>
        <translation>Εισαγωγή πε&amp;δίου</translation>
    </message>
</context>
<context>
    <name>GatewaySetupText</name>
    <message>
        <source>The CA bundle file “{0}” does not exist.</source>
        <translation>Το αρχείο αρχών πιστοποίησης «{0}» δεν υπάρχει.</translation>
    </message>
    <message>
        <source>The CA bundle “{0}” is not a file: a PEM file of certificate authorities is needed.</source>
        <translation>Το «{0}» δεν είναι αρχείο: χρειάζεται ένα αρχείο PEM με αρχές πιστοποίησης.</translation>
    </message>
    <message>
        <source>The CA bundle file “{0}” holds no usable certificate (PEM format expected).</source>
        <translation>Το αρχείο αρχών πιστοποίησης «{0}» δεν περιέχει κανένα χρησιμοποιήσιμο πιστοποιητικό (αναμένεται μορφή PEM).</translation>
    </message>
    <message>
        <source>The CA bundle file “{0}” cannot be read ({1}).</source>
        <translation>Το αρχείο αρχών πιστοποίησης «{0}» δεν μπορεί να διαβαστεί ({1}).</translation>
    </message>
</context>
<context>
    <name>GatewayWorker</name>
    <message>
        <source>No account set up: open File → Settings to enter it.</source>
        <translation>Δεν έχει οριστεί λογαριασμός: ανοίξτε Αρχείο → Ρυθμίσεις για να τον καταχωρίσετε.</translation>
    </message>
    <message>
        <source>This was not done: desktop-sms could not open its database. Fix the cause shown in the status bar, then press Retry.</source>
        <translation>Η ενέργεια δεν έγινε: το desktop-sms δεν μπόρεσε να ανοίξει τη βάση δεδομένων του. Διορθώστε την αιτία που φαίνεται στη γραμμή κατάστασης και πατήστε Ξαναδοκιμή.</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Συνδέθηκε</translation>
    </message>
    <message>
        <source>A message may not have been sent</source>
        <translation>Ένα μήνυμα ίσως δεν στάλθηκε</translation>
    </message>
    <message>
        <source>Message {0}</source>
        <translation>Μήνυμα {0}</translation>
    </message>
    <message>
        <source>Delivery reports</source>
        <translation>Αναφορές παράδοσης</translation>
    </message>
    <message>
        <source>Sending stopped</source>
        <translation>Η αποστολή σταμάτησε</translation>
    </message>
    <message>
        <source>Campaign finished</source>
        <translation>Η καμπάνια ολοκληρώθηκε</translation>
    </message>
    <message>
        <source>“{0}”: every message has its final state; see the Outbox.</source>
        <translation>«{0}»: κάθε μήνυμα έχει την οριστική του κατάσταση· δείτε τα Εξερχόμενα.</translation>
    </message>
    <message numerus="yes">
        <source>Sending stopped: the balance ({0}) does not cover the next message. %Ln message(s) stay queued and go once the account is topped up.</source>
        <translation>
            <numerusform>Η αποστολή σταμάτησε: το υπόλοιπο ({0}) δεν καλύπτει το επόμενο μήνυμα. %Ln μήνυμα μένει στην ουρά και θα σταλεί μόλις ανανεωθεί ο λογαριασμός.</numerusform>
            <numerusform>Η αποστολή σταμάτησε: το υπόλοιπο ({0}) δεν καλύπτει το επόμενο μήνυμα. %Ln μηνύματα μένουν στην ουρά και θα σταλούν μόλις ανανεωθεί ο λογαριασμός.</numerusform>
        </translation>
    </message>
    <message>
        <source>{0:,} delivered, {1:,} failed</source>
        <translation>{0:,} παραδόθηκαν, {1:,} απέτυχαν</translation>
    </message>
    <message>
        <source>Message {0} to {1} may or may not have reached the gateway ({2}). It is marked unknown in the Outbox: check it before sending it again. Sending is paused: press Resume when the gateway works again.</source>
        <translation>Το μήνυμα {0} προς {1} μπορεί να έφτασε ή να μην έφτασε στην πύλη ({2}). Σημειώθηκε ως άγνωστο στα Εξερχόμενα: ελέγξτε το πριν το στείλετε ξανά. Η αποστολή είναι σε παύση: πατήστε Συνέχιση όταν η πύλη λειτουργεί ξανά.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Cannot open {0}: {1}.</source>
        <translation>Δεν είναι δυνατό το άνοιγμα του {0}: {1}.</translation>
    </message>
    <message>
        <source>The file is {0} MB; files up to {1} MB can be imported.</source>
        <translation>Το αρχείο είναι {0} MB· μπορούν να εισαχθούν αρχεία έως {1} MB.</translation>
    </message>
    <message>
        <source>The file has more than {0:,} rows: split it into smaller files.</source>
        <translation>Το αρχείο έχει περισσότερες από {0:,} γραμμές: χωρίστε το σε μικρότερα αρχεία.</translation>
    </message>
    <message>
        <source>The file has more than {0:,} columns; a contacts file has a column for each thing known of a contact.</source>
        <translation>Το αρχείο έχει περισσότερες από {0:,} στήλες· ένα αρχείο επαφών έχει μία στήλη για κάθε στοιχείο μιας επαφής.</translation>
    </message>
    <message>
        <source>The file has more than {0:,} cells (rows × columns): split it into smaller files or leave out the columns you do not need.</source>
        <translation>Το αρχείο έχει περισσότερα από {0:,} κελιά (γραμμές × στήλες): χωρίστε το σε μικρότερα αρχεία ή αφαιρέστε τις στήλες που δεν χρειάζεστε.</translation>
    </message>
    <message>
        <source>This file is not a CSV, Excel or vCard file.</source>
        <translation>Το αρχείο αυτό δεν είναι αρχείο CSV, Excel ή vCard.</translation>
    </message>
    <message>
        <source>This is an old Excel file (.xls): save it as .xlsx or CSV in Excel and import that.</source>
        <translation>Αυτό είναι παλιό αρχείο Excel (.xls): αποθηκεύστε το ως .xlsx ή CSV στο Excel και εισαγάγετε εκείνο.</translation>
    </message>
    <message>
        <source>This Excel file is damaged or not an .xlsx workbook.</source>
        <translation>Το αρχείο Excel είναι κατεστραμμένο ή δεν είναι βιβλίο εργασίας .xlsx.</translation>
    </message>
    <message>
        <source>The text cannot be read as {0}: choose another encoding.</source>
        <translation>Το κείμενο δεν διαβάζεται ως {0}: επιλέξτε άλλη κωδικοποίηση.</translation>
    </message>
    <message>
        <source>The text is not UTF-8, UTF-16, Windows-1253 or Windows-1252: choose its encoding.</source>
        <translation>Το κείμενο δεν είναι UTF-8, UTF-16, Windows-1253 ή Windows-1252: επιλέξτε την κωδικοποίησή του.</translation>
    </message>
    <message>
        <source>The workbook has no sheet called &apos;{0}&apos;.</source>
        <translation>Το βιβλίο εργασίας δεν έχει φύλλο με όνομα «{0}».</translation>
    </message>
    <message>
        <source>The file has no contacts in it.</source>
        <translation>Το αρχείο δεν περιέχει επαφές.</translation>
    </message>
    <message>
        <source>The sheet &apos;{0}&apos; has no contacts; the workbook also has: {1}. Choose one of them above.</source>
        <translation>Το φύλλο «{0}» δεν έχει επαφές· το βιβλίο εργασίας έχει επίσης: {1}. Επιλέξτε ένα από αυτά παραπάνω.</translation>
    </message>
    <message>
        <source>No column holds phone numbers: choose the number column.</source>
        <translation>Καμία στήλη δεν περιέχει αριθμούς τηλεφώνου: επιλέξτε τη στήλη του αριθμού.</translation>
    </message>
    <message>
        <source>Only one column can be the {0} column.</source>
        <translation>Μόνο μία στήλη μπορεί να είναι η στήλη «{0}».</translation>
    </message>
    <message>
        <source>No number.</source>
        <translation>Χωρίς αριθμό.</translation>
    </message>
    <message>
        <source>&apos;{0}&apos;: {1}.</source>
        <translation>«{0}»: {1}.</translation>
    </message>
    <message>
        <source>The row has {0} cells but the header has {1} (a separator inside a value that is not in quotes?).</source>
        <translation>Η γραμμή έχει {0} κελιά αλλά η κεφαλίδα έχει {1} (διαχωριστικό μέσα σε τιμή χωρίς εισαγωγικά;).</translation>
    </message>
    <message>
        <source>This vCard cannot be read.</source>
        <translation>Αυτή η vCard δεν μπορεί να διαβαστεί.</translation>
    </message>
    <message>
        <source>{0} is already on line {1}.</source>
        <translation>Το {0} υπάρχει ήδη στη γραμμή {1}.</translation>
    </message>
    <message>
        <source>{0} is already in the address book ({1}).</source>
        <translation>Το {0} υπάρχει ήδη στις επαφές ({1}).</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Όνομα</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Μικρό όνομα</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Επώνυμο</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Αριθμός</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Ομάδα</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Σημειώσεις</translation>
    </message>
    <message>
        <source>Custom field</source>
        <translation>Προσαρμοσμένο πεδίο</translation>
    </message>
    <message>
        <source>Do not import</source>
        <translation>Να μην εισαχθεί</translation>
    </message>
    <message numerus="yes">
        <source>The row has %Ln cell(s); the number is in column {0}.</source>
        <translation>
            <numerusform>Η γραμμή έχει %Ln κελί· ο αριθμός είναι στη στήλη {0}.</numerusform>
            <numerusform>Η γραμμή έχει %Ln κελιά· ο αριθμός είναι στη στήλη {0}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import contacts — {0}</source>
        <translation>Εισαγωγή επαφών — {0}</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 με BOM</translation>
    </message>
    <message>
        <source>UTF-16 LE (Excel&apos;s Unicode text)</source>
        <translation>UTF-16 LE (κείμενο Unicode του Excel)</translation>
    </message>
    <message>
        <source>UTF-16 BE</source>
        <translation>UTF-16 BE</translation>
    </message>
    <message>
        <source>Windows-1253 (Greek)</source>
        <translation>Windows-1253 (ελληνικά)</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (δυτικοευρωπαϊκά)</translation>
    </message>
    <message>
        <source>, (comma)</source>
        <translation>, (κόμμα)</translation>
    </message>
    <message>
        <source>; (semicolon)</source>
        <translation>; (ερωτηματικό)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Στηλοθέτης</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Αρχείο</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Κωδικοποίηση:</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Διαχωριστικό:</translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation>&amp;Φύλλο:</translation>
    </message>
    <message>
        <source>Columns and what they become</source>
        <translation>Στήλες και τι γίνονται</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Στήλη</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Παραδείγματα</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Εισαγωγή ως</translation>
    </message>
    <message>
        <source>none</source>
        <translation>κανένα</translation>
    </message>
    <message>
        <source>Skip them</source>
        <translation>Να παραλειφθούν</translation>
    </message>
    <message>
        <source>Update the contact</source>
        <translation>Ενημέρωση της επαφής</translation>
    </message>
    <message>
        <source>Add them as well</source>
        <translation>Να προστεθούν κι αυτοί</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Επιλογές</translation>
    </message>
    <message>
        <source>Country of numbers without a country &amp;code:</source>
        <translation>&amp;Χώρα για αριθμούς χωρίς κωδικό χώρας:</translation>
    </message>
    <message>
        <source>Add everyone to the &amp;group:</source>
        <translation>Προσθήκη όλων στην &amp;ομάδα:</translation>
    </message>
    <message>
        <source>Numbers already in the &amp;address book:</source>
        <translation>Αριθμοί που υπάρχουν ήδη στις &amp;επαφές:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>Ει&amp;σαγωγή</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Άκυρο</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Ανάγνωση του αρχείου…</translation>
    </message>
    <message>
        <source>Column {0}</source>
        <translation>Στήλη {0}</translation>
    </message>
    <message>
        <source>Import {0} as</source>
        <translation>Εισαγωγή του {0} ως</translation>
    </message>
    <message>
        <source>Checking {0:,} rows…</source>
        <translation>Έλεγχος {0:,} γραμμών…</translation>
    </message>
    <message>
        <source>{0:,} to add, {1:,} to update, {2:,} skipped as duplicates, {3:,} rejected. Nothing is written until you press Import.</source>
        <translation>{0:,} για προσθήκη, {1:,} για ενημέρωση, {2:,} διπλότυπα παραλείπονται, {3:,} απορρίπτονται. Δεν γράφεται τίποτα μέχρι να πατήσετε Εισαγωγή.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Εισαγωγή…</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>Διακο&amp;πή</translation>
    </message>
    <message>
        <source>Import stopped: nothing was changed.</source>
        <translation>Η εισαγωγή διακόπηκε: δεν άλλαξε τίποτα.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Διακοπή…</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Πρόοδος</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>Import finished</source>
        <translation>Η εισαγωγή ολοκληρώθηκε</translation>
    </message>
    <message>
        <source>{0:,} added, {1:,} updated, {2:,} skipped as duplicates, {3:,} rejected.</source>
        <translation>{0:,} προστέθηκαν, {1:,} ενημερώθηκαν, {2:,} διπλότυπα παραλείφθηκαν, {3:,} απορρίφθηκαν.</translation>
    </message>
    <message>
        <source>Rows not imported</source>
        <translation>Γραμμές που δεν εισήχθησαν</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Γραμμή</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Παραλείπονται</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Αιτία</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>απορρίφθηκε</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>διπλότυπο</translation>
    </message>
    <message>
        <source>The first {0:,} of {1:,} rows are shown.</source>
        <translation>Εμφανίζονται οι πρώτες {0:,} από {1:,} γραμμές.</translation>
    </message>
    <message>
        <source>&amp;Save rejected rows…</source>
        <translation>&amp;Αποθήκευση απορριφθεισών γραμμών…</translation>
    </message>
    <message>
        <source>Save rejected rows</source>
        <translation>Αποθήκευση απορριφθεισών γραμμών</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Αρχεία CSV (*.csv)</translation>
    </message>
    <message>
        <source>Rejected rows</source>
        <translation>Απορριφθείσες γραμμές</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) saved to {0}.</source>
        <translation>
            <numerusform>Αποθηκεύτηκε %Ln γραμμή στο {0}.</numerusform>
            <numerusform>Αποθηκεύτηκαν %Ln γραμμές στο {0}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The rows could not be saved to {0}: {1}.</source>
        <translation>Οι γραμμές δεν αποθηκεύτηκαν στο {0}: {1}.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Compose</source>
        <translation>&amp;Σύνταξη</translation>
    </message>
    <message>
        <source>C&amp;ontacts</source>
        <translation>&amp;Επαφές</translation>
    </message>
    <message>
        <source>O&amp;utbox</source>
        <translation>Ε&amp;ξερχόμενα</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Αρχείο</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Ρυθμίσεις…</translation>
    </message>
    <message>
        <source>&amp;Refresh now</source>
        <translation>&amp;Ανανέωση τώρα</translation>
    </message>
    <message>
        <source>&amp;Opt-out list…</source>
        <translation>Λίστα α&amp;πεγγραφών…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Έ&amp;ξοδος</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Βοήθεια</translation>
    </message>
    <message>
        <source>&amp;About desktop-sms</source>
        <translation>&amp;Σχετικά με το desktop-sms</translation>
    </message>
    <message>
        <source>Fetching the balance for the cost check…</source>
        <translation>Λήψη του υπολοίπου για τον έλεγχο κόστους…</translation>
    </message>
    <message>
        <source>About desktop-sms</source>
        <translation>Σχετικά με το desktop-sms</translation>
    </message>
    <message>
        <source>&lt;h3&gt;desktop-sms {0}&lt;/h3&gt;&lt;p&gt;Send SMS through the easysms gateway, keep an address book, and follow every message until it is delivered.&lt;/p&gt;&lt;p&gt;Data folder: {1}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;desktop-sms {0}&lt;/h3&gt;&lt;p&gt;Στείλτε SMS μέσω της πύλης easysms, κρατήστε ένα βιβλίο διευθύνσεων και παρακολουθήστε κάθε μήνυμα μέχρι να παραδοθεί.&lt;/p&gt;&lt;p&gt;Φάκελος δεδομένων: {1}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Quit desktop-sms?</source>
        <translation>Έξοδος από το desktop-sms;</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) are still queued or scheduled. They stay and are sent the next time you start desktop-sms. Quit now?</source>
        <translation>
            <numerusform>%Ln μήνυμα είναι ακόμη σε αναμονή ή προγραμματισμένο. Παραμένει και θα σταλεί την επόμενη φορά που θα ξεκινήσετε το desktop-sms. Έξοδος τώρα;</numerusform>
            <numerusform>%Ln μηνύματα είναι ακόμη σε αναμονή ή προγραμματισμένα. Παραμένουν και θα σταλούν την επόμενη φορά που θα ξεκινήσετε το desktop-sms. Έξοδος τώρα;</numerusform>
        </translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>ΕΠΙΔΕΙΞΗ</translation>
    </message>
</context>
<context>
    <name>MergePreview</name>
    <message>
        <source>Preview the message for</source>
        <translation>Προεπισκόπηση του μηνύματος για</translation>
    </message>
    <message>
        <source>Pre&amp;view for:</source>
        <translation>Πρ&amp;οεπισκόπηση για:</translation>
    </message>
    <message>
        <source>Merged message</source>
        <translation>Συγχωνευμένο μήνυμα</translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln χαρακτήρας</numerusform>
            <numerusform>%Ln χαρακτήρες</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln part(s)</source>
        <translation>
            <numerusform>%Ln τμήμα</numerusform>
            <numerusform>%Ln τμήματα</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageEdit</name>
    <message>
        <source>Nothing was pasted: the text would be {0:,} characters long, and a message can have at most {1:,}. Paste a shorter text.</source>
        <translation>Δεν επικολλήθηκε τίποτα: το κείμενο θα είχε {0:,} χαρακτήρες, ενώ ένα μήνυμα μπορεί να έχει το πολύ {1:,}. Επικολλήστε ένα μικρότερο κείμενο.</translation>
    </message>
</context>
<context>
    <name>MessageErrorText</name>
    <message>
        <source>The gateway refused the message (code {0}): {1}</source>
        <translation>Η πύλη απέρριψε το μήνυμα (κωδικός {0}): {1}</translation>
    </message>
    <message>
        <source>The gateway refused the username or password.</source>
        <translation>Η πύλη απέρριψε το όνομα χρήστη ή τον κωδικό πρόσβασης.</translation>
    </message>
    <message>
        <source>The gateway could not be reached; the message was not sent ({0}).</source>
        <translation>Η πύλη δεν ήταν προσβάσιμη· το μήνυμα δεν στάλθηκε ({0}).</translation>
    </message>
    <message>
        <source>No answer came from the gateway; the message may have been sent ({0}).</source>
        <translation>Η πύλη δεν απάντησε· το μήνυμα μπορεί να έχει σταλεί ({0}).</translation>
    </message>
    <message>
        <source>The gateway&apos;s answer could not be read; the message may have been sent ({0}).</source>
        <translation>Η απάντηση της πύλης δεν ήταν αναγνώσιμη· το μήνυμα μπορεί να έχει σταλεί ({0}).</translation>
    </message>
    <message>
        <source>The message was not sent: the gateway would refuse it ({0}).</source>
        <translation>Το μήνυμα δεν στάλθηκε: η πύλη θα το απέρριπτε ({0}).</translation>
    </message>
    <message>
        <source>Not sent: the number is on the opt-out list.</source>
        <translation>Δεν στάλθηκε: ο αριθμός είναι στη λίστα απεγγραφών.</translation>
    </message>
    <message>
        <source>The program stopped while sending; the gateway may have the message.</source>
        <translation>Το πρόγραμμα σταμάτησε κατά την αποστολή· η πύλη μπορεί να έχει το μήνυμα.</translation>
    </message>
    <message>
        <source>The mobile network reported that the message could not be delivered.</source>
        <translation>Το κινητό δίκτυο ανέφερε ότι το μήνυμα δεν μπόρεσε να παραδοθεί.</translation>
    </message>
</context>
<context>
    <name>MoveReportDialog</name>
    <message>
        <source>Moved to the team database</source>
        <translation>Μεταφέρθηκαν στη βάση ομάδας</translation>
    </message>
    <message>
        <source>What was moved</source>
        <translation>Τι μεταφέρθηκε</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Τι</translation>
    </message>
    <message>
        <source>In this computer&apos;s file</source>
        <translation>Στο αρχείο αυτού του υπολογιστή</translation>
    </message>
    <message>
        <source>Copied now</source>
        <translation>Αντιγράφηκαν τώρα</translation>
    </message>
    <message>
        <source>&amp;Use the team database from the next start</source>
        <translation>&amp;Χρήση της βάσης ομάδας από την επόμενη εκκίνηση</translation>
    </message>
    <message>
        <source>From the next start, desktop-sms uses the team database. Restart it to work there with the others; this computer&apos;s file stays as it is.</source>
        <translation>Από την επόμενη εκκίνηση το desktop-sms χρησιμοποιεί τη βάση ομάδας. Επανεκκινήστε το για να δουλέψετε εκεί μαζί με τους άλλους· το αρχείο αυτού του υπολογιστή μένει όπως είναι.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) copied into the team database at {0}. This computer&apos;s file is kept as it was; rows the team database had already were not copied again.</source>
        <translation>
            <numerusform>%Ln γραμμή αντιγράφηκε στη βάση ομάδας στο {0}. Το αρχείο αυτού του υπολογιστή διατηρείται όπως ήταν· όσες γραμμές είχε ήδη η βάση ομάδας δεν αντιγράφηκαν ξανά.</numerusform>
            <numerusform>%Ln γραμμές αντιγράφηκαν στη βάση ομάδας στο {0}. Το αρχείο αυτού του υπολογιστή διατηρείται όπως ήταν· όσες γραμμές είχε ήδη η βάση ομάδας δεν αντιγράφηκαν ξανά.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OptOutAction</name>
    <message>
        <source>Add to &amp;opt-out list…</source>
        <translation>Προσθήκη στη &amp;λίστα απεγγραφών…</translation>
    </message>
    <message numerus="yes">
        <source>Add the numbers of %Ln selected contact(s) to the opt-out list?</source>
        <translation>
            <numerusform>Προσθήκη του αριθμού %Ln επιλεγμένης επαφής στη λίστα απεγγραφών;</numerusform>
            <numerusform>Προσθήκη των αριθμών %Ln επιλεγμένων επαφών στη λίστα απεγγραφών;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add the recipients of %Ln selected message(s) to the opt-out list?</source>
        <translation>
            <numerusform>Προσθήκη του παραλήπτη %Ln επιλεγμένου μηνύματος στη λίστα απεγγραφών;</numerusform>
            <numerusform>Προσθήκη των παραληπτών %Ln επιλεγμένων μηνυμάτων στη λίστα απεγγραφών;</numerusform>
        </translation>
    </message>
    <message>
        <source>Opt-out list</source>
        <translation>Λίστα απεγγραφών</translation>
    </message>
    <message>
        <source>No message is sent to a number on the list, from the window or the command line, until it is taken off (File → Opt-out list…).</source>
        <translation>Κανένα μήνυμα δεν στέλνεται σε αριθμό της λίστας, από το παράθυρο ή τη γραμμή εντολών, μέχρι να αφαιρεθεί από αυτήν (Αρχείο → Λίστα απεγγραφών…).</translation>
    </message>
    <message>
        <source>from Contacts</source>
        <translation>από τις Επαφές</translation>
    </message>
    <message>
        <source>from the Outbox</source>
        <translation>από τα Εξερχόμενα</translation>
    </message>
    <message numerus="yes">
        <source>%Ln number(s) added to the opt-out list.</source>
        <translation>
            <numerusform>Προστέθηκε %Ln αριθμός στη λίστα απεγγραφών.</numerusform>
            <numerusform>Προστέθηκαν %Ln αριθμοί στη λίστα απεγγραφών.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln were on it already.</source>
        <translation>
            <numerusform>%Ln υπήρχε ήδη.</numerusform>
            <numerusform>%Ln υπήρχαν ήδη.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OptOutDialog</name>
    <message>
        <source>Opt-out list</source>
        <translation>Λίστα απεγγραφών</translation>
    </message>
    <message>
        <source>No message is sent to these numbers, from the window or the command line, even when typed as a recipient.</source>
        <translation>Κανένα μήνυμα δεν στέλνεται σε αυτούς τους αριθμούς, από το παράθυρο ή τη γραμμή εντολών, ακόμη κι αν πληκτρολογηθούν ως παραλήπτες.</translation>
    </message>
    <message>
        <source>Search the opt-out list</source>
        <translation>Αναζήτηση στη λίστα απεγγραφών</translation>
    </message>
    <message>
        <source>Search number, contact or reason…</source>
        <translation>Αναζήτηση αριθμού, επαφής ή αιτίας…</translation>
    </message>
    <message>
        <source>Number to add</source>
        <translation>Αριθμός για προσθήκη</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Αιτία</translation>
    </message>
    <message>
        <source>Reason (optional)</source>
        <translation>Αιτία (προαιρετικά)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Προσθήκη</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation>&amp;Αφαίρεση επιλεγμένων</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>Εισα&amp;γωγή…</translation>
    </message>
    <message>
        <source>Add the numbers of a CSV, Excel or vCard file</source>
        <translation>Προσθήκη των αριθμών ενός αρχείου CSV, Excel ή vCard</translation>
    </message>
    <message>
        <source>Add a &amp;number:</source>
        <translation>Προσθήκη α&amp;ριθμού:</translation>
    </message>
    <message>
        <source>{0:,} found, of {1:,} numbers on the list.</source>
        <translation>Βρέθηκαν {0:,} από {1:,} αριθμούς της λίστας.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln number(s) on the list.</source>
        <translation>
            <numerusform>%Ln αριθμός στη λίστα.</numerusform>
            <numerusform>%Ln αριθμοί στη λίστα.</numerusform>
        </translation>
    </message>
    <message>
        <source>The newest {0:,} are shown: search to find others.</source>
        <translation>Εμφανίζονται οι {0:,} πιο πρόσφατοι: κάντε αναζήτηση για να βρείτε άλλους.</translation>
    </message>
    <message>
        <source>{0} added.</source>
        <translation>Το {0} προστέθηκε.</translation>
    </message>
    <message>
        <source>{0} was on the list already.</source>
        <translation>Το {0} υπήρχε ήδη στη λίστα.</translation>
    </message>
    <message>
        <source>Remove from the opt-out list</source>
        <translation>Αφαίρεση από τη λίστα απεγγραφών</translation>
    </message>
    <message numerus="yes">
        <source>Take %Ln number(s) off the opt-out list? Messages can then be sent to them again.</source>
        <translation>
            <numerusform>Αφαίρεση %Ln αριθμού από τη λίστα απεγγραφών; Θα μπορούν ξανά να του σταλούν μηνύματα.</numerusform>
            <numerusform>Αφαίρεση %Ln αριθμών από τη λίστα απεγγραφών; Θα μπορούν ξανά να τους σταλούν μηνύματα.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import opt-outs</source>
        <translation>Εισαγωγή απεγγραφών</translation>
    </message>
    <message>
        <source>Numbers (*.csv *.txt *.tsv *.xlsx *.vcf);;All files (*)</source>
        <translation>Αριθμοί (*.csv *.txt *.tsv *.xlsx *.vcf);;Όλα τα αρχεία (*)</translation>
    </message>
    <message>
        <source>Importing {0}…</source>
        <translation>Εισαγωγή του {0}…</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Η εισαγωγή ολοκληρώθηκε</translation>
    </message>
    <message>
        <source>{0} was not imported: {1}</source>
        <translation>Το {0} δεν εισήχθη: {1}</translation>
    </message>
    <message>
        <source>{0}: {1:,} added, {2:,} on the list already, {3:,} rejected.</source>
        <translation>{0}: {1:,} προστέθηκαν, {2:,} υπήρχαν ήδη στη λίστα, {3:,} απορρίφθηκαν.</translation>
    </message>
    <message>
        <source>Line {0}: {1}</source>
        <translation>Γραμμή {0}: {1}</translation>
    </message>
    <message>
        <source>… and {0:,} more.</source>
        <translation>… και {0:,} ακόμη.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln added number(s) may not be what was meant: see the details.</source>
        <translation>
            <numerusform>%Ln αριθμός που προστέθηκε ίσως δεν είναι ο σωστός: δείτε τις λεπτομέρειες.</numerusform>
            <numerusform>%Ln αριθμοί που προστέθηκαν ίσως δεν είναι οι σωστοί: δείτε τις λεπτομέρειες.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line {0}, added: {1}</source>
        <translation>Γραμμή {0}, προστέθηκε: {1}</translation>
    </message>
</context>
<context>
    <name>OptOutModel</name>
    <message>
        <source>Number</source>
        <translation>Αριθμός</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Επαφή</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Αιτία</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Προστέθηκε</translation>
    </message>
</context>
<context>
    <name>OutboxExporter</name>
    <message>
        <source>outbox.xlsx</source>
        <translation>exerxomena.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Βιβλίο εργασίας Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV για Excel (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln message(s) to {0}.</source>
        <translation>
            <numerusform>Εξήχθη %Ln μήνυμα στο {0}.</numerusform>
            <numerusform>Εξήχθησαν %Ln μηνύματα στο {0}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxModel</name>
    <message>
        <source>Time</source>
        <translation>Ώρα</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Παραλήπτης</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Μήνυμα</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>Τμήματα</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <source>Gateway ID</source>
        <translation>Αναγνωριστικό πύλης</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Σφάλμα</translation>
    </message>
</context>
<context>
    <name>OutboxRefusalText</name>
    <message>
        <source>Message #{0} no longer exists.</source>
        <translation>Το μήνυμα #{0} δεν υπάρχει πλέον.</translation>
    </message>
    <message>
        <source>Message #{0} is {1} now: only failed, rejected, unknown or cancelled messages can be sent again.</source>
        <translation>Το μήνυμα #{0} είναι πλέον «{1}»: μόνο αποτυχημένα, απορριφθέντα, άγνωστα ή ακυρωμένα μηνύματα μπορούν να σταλούν ξανά.</translation>
    </message>
    <message>
        <source>Campaign #{0} no longer exists.</source>
        <translation>Η καμπάνια #{0} δεν υπάρχει πλέον.</translation>
    </message>
    <message>
        <source>Message #{0} was sent again already, as message #{1}.</source>
        <translation>Το μήνυμα #{0} έχει ήδη σταλεί ξανά, ως μήνυμα #{1}.</translation>
    </message>
</context>
<context>
    <name>OutboxTab</name>
    <message>
        <source>Show messages in state</source>
        <translation>Εμφάνιση μηνυμάτων σε κατάσταση</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Όλες οι καταστάσεις</translation>
    </message>
    <message>
        <source>Search messages</source>
        <translation>Αναζήτηση μηνυμάτων</translation>
    </message>
    <message>
        <source>Search text, number or contact…</source>
        <translation>Αναζήτηση κειμένου, αριθμού ή επαφής…</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Εξερχόμενα</translation>
    </message>
    <message>
        <source>Message details</source>
        <translation>Λεπτομέρειες μηνύματος</translation>
    </message>
    <message>
        <source>Send &amp;again</source>
        <translation>Ξανά απ&amp;οστολή</translation>
    </message>
    <message>
        <source>&amp;Delete from history</source>
        <translation>&amp;Διαγραφή από το ιστορικό</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>Εξαγ&amp;ωγή…</translation>
    </message>
    <message>
        <source>Save the messages shown to a spreadsheet</source>
        <translation>Αποθήκευση των εμφανιζόμενων μηνυμάτων σε υπολογιστικό φύλλο</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Αναζήτηση…</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Κατάσταση</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Προς</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Από</translation>
    </message>
    <message>
        <source>account default</source>
        <translation>προεπιλογή λογαριασμού</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>Τμήματα</translation>
    </message>
    <message>
        <source>Gateway ID</source>
        <translation>Αναγνωριστικό πύλης</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Δημιουργήθηκε</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Ενημερώθηκε</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Πρόβλημα</translation>
    </message>
    <message>
        <source>Resent from</source>
        <translation>Επαναποστολή από</translation>
    </message>
    <message>
        <source>Send again?</source>
        <translation>Αποστολή ξανά;</translation>
    </message>
    <message>
        <source>Delete from history</source>
        <translation>Διαγραφή από το ιστορικό</translation>
    </message>
    <message>
        <source>Cancel the selected queued or scheduled messages</source>
        <translation>Ακύρωση των επιλεγμένων μηνυμάτων σε αναμονή ή προγραμματισμένων</translation>
    </message>
    <message>
        <source>Give the selected scheduled messages a new time</source>
        <translation>Νέα ώρα για τα επιλεγμένα προγραμματισμένα μηνύματα</translation>
    </message>
    <message>
        <source>Send at</source>
        <translation>Αποστολή στις</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) found</source>
        <translation>
            <numerusform>Βρέθηκε %Ln μήνυμα</numerusform>
            <numerusform>Βρέθηκαν %Ln μηνύματα</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) may already have reached the gateway (the reply was lost). Sending again may deliver them twice. Send again anyway?</source>
        <translation>
            <numerusform>%Ln μήνυμα ίσως έχει ήδη φτάσει στην πύλη (η απάντηση χάθηκε). Αν σταλεί ξανά, μπορεί να παραδοθεί δύο φορές. Αποστολή ξανά παρ&apos; όλα αυτά;</numerusform>
            <numerusform>%Ln μηνύματα ίσως έχουν ήδη φτάσει στην πύλη (η απάντηση χάθηκε). Αν σταλούν ξανά, μπορεί να παραδοθούν δύο φορές. Αποστολή ξανά παρ&apos; όλα αυτά;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln message(s) from the history? Messages still queued or on their way are kept.</source>
        <translation>
            <numerusform>Αφαίρεση %Ln μηνύματος από το ιστορικό; Τα μηνύματα που είναι ακόμη σε αναμονή ή καθ&apos; οδόν διατηρούνται.</numerusform>
            <numerusform>Αφαίρεση %Ln μηνυμάτων από το ιστορικό; Τα μηνύματα που είναι ακόμη σε αναμονή ή καθ&apos; οδόν διατηρούνται.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel &amp;sending</source>
        <translation>Ακύ&amp;ρωση αποστολής</translation>
    </message>
    <message>
        <source>R&amp;eschedule…</source>
        <translation>Ανα&amp;προγραμματισμός…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Αντιγραφή</translation>
    </message>
    <message>
        <source>Copy the selected messages ({0})</source>
        <translation>Αντιγραφή των επιλεγμένων μηνυμάτων ({0})</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Σταθμός εργασίας</translation>
    </message>
    <message>
        <source>Queued by</source>
        <translation>Σε αναμονή από</translation>
    </message>
</context>
<context>
    <name>PhoneText</name>
    <message>
        <source>no number given</source>
        <translation>δεν δόθηκε αριθμός</translation>
    </message>
    <message>
        <source>only digits, spaces, dashes, brackets and a leading + are allowed</source>
        <translation>επιτρέπονται μόνο ψηφία, κενά, παύλες, παρενθέσεις και ένα + στην αρχή</translation>
    </message>
    <message>
        <source>this is not a phone number</source>
        <translation>αυτό δεν είναι αριθμός τηλεφώνου</translation>
    </message>
    <message>
        <source>this is not a valid phone number</source>
        <translation>αυτό δεν είναι έγκυρος αριθμός τηλεφώνου</translation>
    </message>
    <message>
        <source>the country code does not exist</source>
        <translation>ο κωδικός χώρας δεν υπάρχει</translation>
    </message>
    <message>
        <source>too few digits</source>
        <translation>πολύ λίγα ψηφία</translation>
    </message>
    <message>
        <source>the number of digits does not fit the country</source>
        <translation>το πλήθος των ψηφίων δεν ταιριάζει με τη χώρα</translation>
    </message>
    <message>
        <source>too many digits</source>
        <translation>πάρα πολλά ψηφία</translation>
    </message>
    <message>
        <source>the number is not in use according to the numbering plan</source>
        <translation>ο αριθμός δεν χρησιμοποιείται σύμφωνα με το σχέδιο αριθμοδότησης</translation>
    </message>
    <message>
        <source> (add the country code, e.g. +30)</source>
        <translation> (προσθέστε τον κωδικό χώρας, π.χ. +30)</translation>
    </message>
</context>
<context>
    <name>ProblemReporter</name>
    <message>
        <source>desktop-sms will close now.</source>
        <translation>Το desktop-sms θα κλείσει τώρα.</translation>
    </message>
    <message>
        <source>Something went wrong that desktop-sms did not expect ({0}). Your messages are safe.</source>
        <translation>Παρουσιάστηκε ένα απρόσμενο πρόβλημα στο desktop-sms ({0}). Τα μηνύματά σας είναι ασφαλή.</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <source>Add at least one recipient.</source>
        <translation>Προσθέστε τουλάχιστον έναν παραλήπτη.</translation>
    </message>
    <message>
        <source>A recipient entry is empty.</source>
        <translation>Μια καταχώριση παραλήπτη είναι κενή.</translation>
    </message>
    <message>
        <source>Fix the recipient &apos;{0}&apos;: {1}.</source>
        <translation>Διορθώστε τον παραλήπτη «{0}»: {1}.</translation>
    </message>
    <message>
        <source>Fix the recipient &apos;{0}&apos;: the group is empty.</source>
        <translation>Διορθώστε τον παραλήπτη «{0}»: η ομάδα είναι κενή.</translation>
    </message>
    <message>
        <source>The message is empty.</source>
        <translation>Το μήνυμα είναι κενό.</translation>
    </message>
    <message>
        <source>The message is {0:,} characters long; the limit is {1:,}.</source>
        <translation>Το μήνυμα έχει {0:,} χαρακτήρες· το όριο είναι {1:,}.</translation>
    </message>
    <message>
        <source>The message contains an invisible control character ({0}) at position {1}; phones cannot show it — remove it.</source>
        <translation>Το μήνυμα περιέχει έναν αόρατο χαρακτήρα ελέγχου ({0}) στη θέση {1}· τα τηλέφωνα δεν μπορούν να τον εμφανίσουν — αφαιρέστε τον.</translation>
    </message>
    <message>
        <source>The message contains bytes that are not valid text (UTF-8).</source>
        <translation>Το μήνυμα περιέχει byte που δεν είναι έγκυρο κείμενο (UTF-8).</translation>
    </message>
    <message>
        <source>Check the recipient &apos;{0}&apos;: {1}.</source>
        <translation>Ελέγξτε τον παραλήπτη «{0}»: {1}.</translation>
    </message>
    <message>
        <source>Sending needs {0} credits but the balance is {1}.</source>
        <translation>Η αποστολή χρειάζεται {0} μονάδες, αλλά το υπόλοιπο είναι {1}.</translation>
    </message>
    <message>
        <source>There is no field called “{0}”: use name, first_name, last_name, number or a field of the contacts (Insert field lists them).</source>
        <translation>Δεν υπάρχει πεδίο με όνομα «{0}»: χρησιμοποιήστε name, first_name, last_name, number ή ένα πεδίο των επαφών (η Εισαγωγή πεδίου τα εμφανίζει).</translation>
    </message>
    <message>
        <source>“{0}” at position {1} is not a placeholder: put a field&apos;s name in braces, like {{first_name}}, and write {{{{ or }}}} for a brace itself.</source>
        <translation>Το «{0}» στη θέση {1} δεν είναι πεδίο: γράψτε το όνομα ενός πεδίου μέσα σε άγκιστρα, όπως {{first_name}}, και γράψτε {{{{ ή }}}} για το ίδιο το άγκιστρο.</translation>
    </message>
    <message>
        <source>For {0}: {1}</source>
        <translation>Για {0}: {1}</translation>
    </message>
    <message>
        <source>Every recipient ({0:,}) is on the opt-out list: there is no one to send to.</source>
        <translation>Όλοι οι παραλήπτες ({0:,}) είναι στη λίστα απεγγραφών: δεν υπάρχει κανείς για αποστολή.</translation>
    </message>
    <message>
        <source>{0} is on the opt-out list: not sent.</source>
        <translation>Το {0} είναι στη λίστα απεγγραφών: δεν στέλνεται.</translation>
    </message>
    <message>
        <source>Fix the sender ID: {0}.</source>
        <translation>Διορθώστε το αναγνωριστικό αποστολέα: {0}.</translation>
    </message>
    <message>
        <source>A numeric sender ID can have at most {0} digits</source>
        <translation>Ένα αριθμητικό αναγνωριστικό αποστολέα μπορεί να έχει έως {0} ψηφία</translation>
    </message>
    <message>
        <source>The sender ID &apos;{0}&apos; is {1} characters long; the limit is {2} letters and digits</source>
        <translation>Το αναγνωριστικό αποστολέα «{0}» έχει {1} χαρακτήρες· το όριο είναι {2} γράμματα και ψηφία</translation>
    </message>
    <message>
        <source>The sender ID &apos;{0}&apos; may only use the letters A-Z, digits, spaces, dots and dashes</source>
        <translation>Το αναγνωριστικό αποστολέα «{0}» μπορεί να περιέχει μόνο τα γράμματα A-Z, ψηφία, κενά, τελείες και παύλες</translation>
    </message>
    <message numerus="yes">
        <source>For {0} and %Ln other(s): {1}</source>
        <translation>
            <numerusform>Για {0} και %Ln ακόμη: {1}</numerusform>
            <numerusform>Για {0} και %Ln ακόμη: {1}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s) have no {0} ({1}): it is left out of their message. {{{0}|text}} gives a fallback.</source>
        <translation>
            <numerusform>%Ln παραλήπτης δεν έχει {0} ({1}): παραλείπεται από το μήνυμά του. Το {{{0}|κείμενο}} δίνει μια εναλλακτική τιμή.</numerusform>
            <numerusform>%Ln παραλήπτες δεν έχουν {0} ({1}): παραλείπεται από το μήνυμά τους. Το {{{0}|κείμενο}} δίνει μια εναλλακτική τιμή.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s) on the opt-out list will be skipped: {0}</source>
        <translation>
            <numerusform>%Ln παραλήπτης στη λίστα απεγγραφών θα παραλειφθεί: {0}</numerusform>
            <numerusform>%Ln παραλήπτες στη λίστα απεγγραφών θα παραλειφθούν: {0}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueuedFromFilter</name>
    <message>
        <source>Queued on workstation</source>
        <translation>Σε αναμονή από τον σταθμό εργασίας</translation>
    </message>
    <message>
        <source>All workstations</source>
        <translation>Όλοι οι σταθμοί εργασίας</translation>
    </message>
    <message>
        <source>Queued by user</source>
        <translation>Σε αναμονή από τον χρήστη</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Όλοι οι χρήστες</translation>
    </message>
</context>
<context>
    <name>RecipientListModel</name>
    <message>
        <source>on the opt-out list, not sent</source>
        <translation>στη λίστα απεγγραφών, δεν στέλνεται</translation>
    </message>
</context>
<context>
    <name>RecipientsEdit</name>
    <message>
        <source>Nothing was pasted: that would make {0:,} recipients, and the To field takes up to {1:,}. Put a long list in a group (Contacts tab) and send to the group, or send it with the desktop-sms command line.</source>
        <translation>Δεν επικολλήθηκε τίποτα: θα γίνονταν {0:,} παραλήπτες, ενώ το πεδίο «Προς» δέχεται έως {1:,}. Βάλτε μια μεγάλη λίστα σε μια ομάδα (καρτέλα Επαφές) και στείλτε στην ομάδα ή στείλτε τη με τη γραμμή εντολών του desktop-sms.</translation>
    </message>
    <message>
        <source>Nothing was pasted: it holds an entry of {0:,} characters, which is neither a phone number nor a name. Separate recipients with commas or new lines.</source>
        <translation>Δεν επικολλήθηκε τίποτα: περιέχει μια καταχώριση {0:,} χαρακτήρων, που δεν είναι ούτε αριθμός τηλεφώνου ούτε όνομα. Χωρίστε τους παραλήπτες με κόμματα ή αλλαγές γραμμής.</translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message>
        <source>Reschedule</source>
        <translation>Αναπρογραμματισμός</translation>
    </message>
    <message>
        <source>&amp;Reschedule</source>
        <translation>&amp;Αναπρογραμματισμός</translation>
    </message>
    <message numerus="yes">
        <source>&amp;New time for %Ln scheduled message(s), local time:</source>
        <translation>
            <numerusform>&amp;Νέα ώρα για %Ln προγραμματισμένο μήνυμα, τοπική ώρα:</numerusform>
            <numerusform>&amp;Νέα ώρα για %Ln προγραμματισμένα μηνύματα, τοπική ώρα:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Scheduler</name>
    <message>
        <source>Scheduled messages overdue</source>
        <translation>Εκπρόθεσμα προγραμματισμένα μηνύματα</translation>
    </message>
    <message>
        <source>&amp;Send now</source>
        <translation>&amp;Αποστολή τώρα</translation>
    </message>
    <message>
        <source>&amp;Reschedule…</source>
        <translation>Ανα&amp;προγραμματισμός…</translation>
    </message>
    <message>
        <source>&amp;Cancel them</source>
        <translation>Α&amp;κύρωσή τους</translation>
    </message>
    <message>
        <source>&amp;Decide later</source>
        <translation>Απόφαση α&amp;ργότερα</translation>
    </message>
    <message>
        <source>at {0}</source>
        <translation>στις {0}</translation>
    </message>
    <message>
        <source>from {0} to {1}</source>
        <translation>από {0} έως {1}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln scheduled message(s) were due {0}, more than an hour ago: desktop-sms was not running, or the computer was asleep. Send them now?</source>
        <translation>
            <numerusform>%Ln προγραμματισμένο μήνυμα έπρεπε να σταλεί {0}, πριν από περισσότερο από μία ώρα: το desktop-sms δεν εκτελούνταν ή ο υπολογιστής ήταν σε αναστολή. Να σταλεί τώρα;</numerusform>
            <numerusform>%Ln προγραμματισμένα μηνύματα έπρεπε να σταλούν {0}, πριν από περισσότερο από μία ώρα: το desktop-sms δεν εκτελούνταν ή ο υπολογιστής ήταν σε αναστολή. Να σταλούν τώρα;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendAt</name>
    <message>
        <source>Date and time to send</source>
        <translation>Ημερομηνία και ώρα αποστολής</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a date and time.</source>
        <translation>Το «{0}» δεν είναι ημερομηνία και ώρα.</translation>
    </message>
    <message>
        <source>{0} does not exist here: the clocks go forward from {1} to {2} that night. Choose a time outside it.</source>
        <translation>Η ώρα {0} δεν υπάρχει εδώ: εκείνη τη νύχτα τα ρολόγια πάνε μπροστά από {1} σε {2}. Επιλέξτε ώρα εκτός αυτού του διαστήματος.</translation>
    </message>
    <message>
        <source>{0} is in the past. Choose a later time.</source>
        <translation>Η ώρα {0} έχει παρέλθει. Επιλέξτε μεταγενέστερη ώρα.</translation>
    </message>
    <message>
        <source>{0} happens twice (the clocks go back that night): the first, {1}, is used.</source>
        <translation>Η ώρα {0} υπάρχει δύο φορές (εκείνη τη νύχτα τα ρολόγια γυρίζουν πίσω): χρησιμοποιείται η πρώτη, {1}.</translation>
    </message>
</context>
<context>
    <name>SendAtField</name>
    <message>
        <source>Send &amp;at</source>
        <translation>Αποστολή σ&amp;τις</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>Προ&amp;γραμματισμός</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>Αποσ&amp;τολή</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Προγραμματισμός</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Αποστολή</translation>
    </message>
    <message>
        <source>Choose another time</source>
        <translation>Επιλέξτε άλλη ώρα</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) queued</source>
        <translation>
            <numerusform>%Ln μήνυμα σε αναμονή</numerusform>
            <numerusform>%Ln μηνύματα σε αναμονή</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) scheduled for {0}</source>
        <translation>
            <numerusform>%Ln μήνυμα προγραμματίστηκε για {0}</numerusform>
            <numerusform>%Ln μηνύματα προγραμματίστηκαν για {0}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendProgress</name>
    <message>
        <source>Sending %v/%m</source>
        <translation>Αποστολή %v/%m</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>Παύσ&amp;η</translation>
    </message>
    <message>
        <source>Send no more for now: the messages on their way finish; the rest waits, also after a restart, until Resume</source>
        <translation>Καμία νέα αποστολή προς το παρόν: όσα μηνύματα είναι καθ’ οδόν ολοκληρώνονται· τα υπόλοιπα περιμένουν, και μετά από επανεκκίνηση, μέχρι τη Συνέχιση</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>Συνέ&amp;χιση</translation>
    </message>
    <message>
        <source>Ca&amp;ncel…</source>
        <translation>Α&amp;κύρωση…</translation>
    </message>
    <message>
        <source>Cancel the messages not sent yet, or keep them</source>
        <translation>Ακύρωση των μηνυμάτων που δεν έχουν σταλεί ακόμη, ή διατήρησή τους</translation>
    </message>
    <message>
        <source>{0:.1f}/s</source>
        <translation>{0:.1f}/δ</translation>
    </message>
    <message>
        <source>{0:.1f}/min</source>
        <translation>{0:.1f}/λεπτό</translation>
    </message>
    <message>
        <source>{0}, {1}:{2:02d} left</source>
        <translation>{0}, απομένουν {1}:{2:02d}</translation>
    </message>
    <message>
        <source>Cancel sending</source>
        <translation>Ακύρωση αποστολής</translation>
    </message>
    <message>
        <source>Cancel the messages not sent yet, or keep them queued? Kept messages wait, paused, until you press Resume. Messages already on their way cannot be called back.</source>
        <translation>Ακύρωση των μηνυμάτων που δεν έχουν σταλεί ακόμη, ή διατήρησή τους στην ουρά; Όσα διατηρούνται περιμένουν, σε παύση, μέχρι να πατήσετε Συνέχιση. Τα μηνύματα που είναι ήδη καθ’ οδόν δεν ανακαλούνται.</translation>
    </message>
    <message>
        <source>&amp;Cancel them</source>
        <translation>Α&amp;κύρωσή τους</translation>
    </message>
    <message>
        <source>&amp;Keep them queued</source>
        <translation>&amp;Διατήρηση στην ουρά</translation>
    </message>
    <message>
        <source>Go on &amp;sending</source>
        <translation>Συνέχεια &amp;αποστολής</translation>
    </message>
    <message>
        <source>Sending is paused</source>
        <translation>Η αποστολή είναι σε παύση</translation>
    </message>
    <message>
        <source>Sending progress</source>
        <translation>Πρόοδος αποστολής</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message numerus="yes">
        <source>%Ln message(s) were being sent when the program stopped; they are marked unknown. Check the Outbox before sending them again.</source>
        <translation>
            <numerusform>%Ln μήνυμα αποστελλόταν όταν σταμάτησε το πρόγραμμα· σημειώνεται ως άγνωστο. Ελέγξτε τα Εξερχόμενα πριν το στείλετε ξανά.</numerusform>
            <numerusform>%Ln μηνύματα αποστέλλονταν όταν σταμάτησε το πρόγραμμα· σημειώνονται ως άγνωστα. Ελέγξτε τα Εξερχόμενα πριν τα στείλετε ξανά.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ρυθμίσεις</translation>
    </message>
    <message>
        <source>easysms password</source>
        <translation>κωδικός πρόσβασης easysms</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Δοκιμή σύνδεσης</translation>
    </message>
    <message>
        <source> s</source>
        <translation> δευτ.</translation>
    </message>
    <message>
        <source> recipients</source>
        <translation> παραλήπτες</translation>
    </message>
    <message>
        <source>Notify when a message is delivered or fails</source>
        <translation>Ειδοποίηση όταν ένα μήνυμα παραδίδεται ή αποτυγχάνει</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Γλώσσα συστήματος</translation>
    </message>
    <message>
        <source>Applies after a restart.</source>
        <translation>Ισχύει μετά από επανεκκίνηση.</translation>
    </message>
    <message>
        <source>easysms account</source>
        <translation>Λογαριασμός easysms</translation>
    </message>
    <message>
        <source>Gateway &amp;URL:</source>
        <translation>&amp;URL πύλης:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Κωδικός πρόσβασης:</translation>
    </message>
    <message>
        <source>DEMO: the built-in simulator. Nothing here touches your real account or your keyring.</source>
        <translation>ΕΠΙΔΕΙΞΗ: ο ενσωματωμένος προσομοιωτής. Τίποτα εδώ δεν αγγίζει τον πραγματικό σας λογαριασμό ή την κλειδοθήκη σας.</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Προτιμήσεις</translation>
    </message>
    <message>
        <source>Default &amp;sender ID:</source>
        <translation>Προεπιλεγμένος &amp;αποστολέας (ID):</translation>
    </message>
    <message>
        <source>Default &amp;country:</source>
        <translation>Προεπιλεγμένη χώ&amp;ρα:</translation>
    </message>
    <message>
        <source>&amp;Refresh statuses every:</source>
        <translation>Ανα&amp;νέωση καταστάσεων κάθε:</translation>
    </message>
    <message>
        <source>Show the cost &amp;before sending to more than:</source>
        <translation>Εμφάνιση κό&amp;στους πριν από αποστολή σε περισσότερους από:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Γλώσσα:</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a web address (https://…).</source>
        <translation>Το «{0}» δεν είναι διεύθυνση ιστού (https://…).</translation>
    </message>
    <message>
        <source>The gateway URL must not contain a username or password; enter them in the account settings instead.</source>
        <translation>Η διεύθυνση URL της πύλης δεν πρέπει να περιέχει όνομα χρήστη ή κωδικό πρόσβασης· καταχωρίστε τα στις ρυθμίσεις του λογαριασμού.</translation>
    </message>
    <message>
        <source>The gateway URL must start with https:// — plain http would send your password unencrypted (it is only allowed for a simulator on this computer).</source>
        <translation>Η διεύθυνση URL της πύλης πρέπει να ξεκινά με https:// — με απλό http ο κωδικός σας θα στελνόταν χωρίς κρυπτογράφηση (επιτρέπεται μόνο για προσομοιωτή σε αυτόν τον υπολογιστή).</translation>
    </message>
    <message>
        <source>(saved)</source>
        <translation>(αποθηκευμένος)</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Δοκιμή…</translation>
    </message>
    <message>
        <source>Connected. Balance: {0} credits.</source>
        <translation>Συνδέθηκε. Υπόλοιπο: {0} μονάδες.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Κωδικός πρόσβασης</translation>
    </message>
    <message>
        <source>No system keyring is available, so the password is kept for this session only. It was not written to any file.</source>
        <translation>Δεν υπάρχει διαθέσιμη κλειδοθήκη συστήματος, οπότε ο κωδικός κρατείται μόνο για αυτή τη συνεδρία. Δεν γράφτηκε σε κανένα αρχείο.</translation>
    </message>
    <message>
        <source> at once</source>
        <translation> ταυτόχρονα</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>χωρίς όριο</translation>
    </message>
    <message>
        <source> a minute</source>
        <translation> ανά λεπτό</translation>
    </message>
    <message>
        <source>Send &amp;messages:</source>
        <translation>Αποστολή &amp;μηνυμάτων:</translation>
    </message>
    <message>
        <source>Us&amp;ername:</source>
        <translation>Όνομα &amp;χρήστη:</translation>
    </message>
    <message>
        <source>Send at m&amp;ost:</source>
        <translation>Αποστολή το &amp;πολύ:</translation>
    </message>
    <message>
        <source>Shared team database</source>
        <translation>Κοινή βάση δεδομένων ομάδας</translation>
    </message>
    <message>
        <source>The new database is used after a restart of desktop-sms.</source>
        <translation>Η νέα βάση δεδομένων χρησιμοποιείται μετά από επανεκκίνηση του desktop-sms.</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Συντομεύσεις &amp;πληκτρολογίου</translation>
    </message>
    <message>
        <source>New message: Compose, in the To field (what is typed stays)</source>
        <translation>Νέο μήνυμα: Σύνταξη, στο πεδίο Προς (ό,τι έχει γραφτεί μένει)</translation>
    </message>
    <message>
        <source>Send (or schedule) the message in Compose</source>
        <translation>Αποστολή (ή προγραμματισμός) του μηνύματος της Σύνταξης</translation>
    </message>
    <message>
        <source>Search the contacts or the Outbox (the tab shown)</source>
        <translation>Αναζήτηση στις επαφές ή στα εξερχόμενα (την καρτέλα που εμφανίζεται)</translation>
    </message>
    <message>
        <source>Refresh the statuses and the balance now</source>
        <translation>Ανανέωση καταστάσεων και υπολοίπου τώρα</translation>
    </message>
    <message>
        <source>Show Compose / Contacts / Outbox</source>
        <translation>Εμφάνιση Σύνταξης / Επαφών / Εξερχομένων</translation>
    </message>
    <message>
        <source>Alt+underlined letter</source>
        <translation>Alt+υπογραμμισμένο γράμμα</translation>
    </message>
    <message>
        <source>Go to that field or press that button</source>
        <translation>Μετάβαση σε αυτό το πεδίο ή πάτημα αυτού του κουμπιού</translation>
    </message>
    <message>
        <source>Next / previous field</source>
        <translation>Επόμενο / προηγούμενο πεδίο</translation>
    </message>
    <message>
        <source>Delete the selected contacts</source>
        <translation>Διαγραφή των επιλεγμένων επαφών</translation>
    </message>
    <message>
        <source>Copy the selected messages (Outbox)</source>
        <translation>Αντιγραφή των επιλεγμένων μηνυμάτων (Εξερχόμενα)</translation>
    </message>
    <message>
        <source>The list&apos;s menu: add to the opt-out list</source>
        <translation>Το μενού της λίστας: προσθήκη στη λίστα εξαίρεσης</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Έξοδος</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Συντομεύσεις πληκτρολογίου</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Πλήκτρα</translation>
    </message>
    <message>
        <source>Does</source>
        <translation>Ενέργεια</translation>
    </message>
</context>
<context>
    <name>State</name>
    <message>
        <source>scheduled</source>
        <translation>προγραμματισμένο</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>σε αναμονή</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>αποστέλλεται</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>έγινε δεκτό</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>εστάλη</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>παραδόθηκε</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>απέτυχε</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>απορρίφθηκε</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>άγνωστο</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>ακυρώθηκε</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>Balance: —</source>
        <translation>Υπόλοιπο: —</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Υπόλοιπο</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Σύνδεση…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Ρυθμίσεις…</translation>
    </message>
    <message>
        <source>Balance: {0} credits</source>
        <translation>Υπόλοιπο: {0} μονάδες</translation>
    </message>
    <message>
        <source>Updated {0}</source>
        <translation>Ενημέρωση {0}</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Σύνδεση</translation>
    </message>
    <message>
        <source>Statuses updated</source>
        <translation>Καταστάσεις ενημερώθηκαν</translation>
    </message>
    <message>
        <source>Status bar</source>
        <translation>Γραμμή κατάστασης</translation>
    </message>
    <message>
        <source>Retr&amp;y</source>
        <translation>Επανάλη&amp;ψη</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>The disk that holds {0} is full, so desktop-sms could not save its work. Free some space, then try again.</source>
        <translation>Ο δίσκος που περιέχει το {0} είναι γεμάτος, οπότε το desktop-sms δεν μπόρεσε να αποθηκεύσει την εργασία του. Ελευθερώστε χώρο και δοκιμάστε ξανά.</translation>
    </message>
    <message>
        <source>The database {0} is in use by another program (another desktop-sms, or a backup or sync tool) and stayed locked. Nothing was changed. Close the other program or wait a moment, then try again.</source>
        <translation>Η βάση δεδομένων {0} χρησιμοποιείται από άλλο πρόγραμμα (άλλο desktop-sms ή εργαλείο αντιγράφων ασφαλείας ή συγχρονισμού) και έμεινε κλειδωμένη. Δεν άλλαξε τίποτα. Κλείστε το άλλο πρόγραμμα ή περιμένετε λίγο και δοκιμάστε ξανά.</translation>
    </message>
    <message>
        <source>{0} is a folder where desktop-sms keeps its database file. Move it away, or choose another data folder with --data-dir or $DESKTOP_SMS_DATA_DIR.</source>
        <translation>Το {0} είναι φάκελος, εκεί όπου το desktop-sms κρατά το αρχείο της βάσης δεδομένων του. Μετακινήστε τον ή επιλέξτε άλλον φάκελο δεδομένων με --data-dir ή $DESKTOP_SMS_DATA_DIR.</translation>
    </message>
    <message>
        <source>desktop-sms cannot write in its data folder {0} ({1}). Make the folder writable, or choose another one with --data-dir or $DESKTOP_SMS_DATA_DIR.</source>
        <translation>Το desktop-sms δεν μπορεί να γράψει στον φάκελο δεδομένων του {0} ({1}). Κάντε τον φάκελο εγγράψιμο ή επιλέξτε άλλον με --data-dir ή $DESKTOP_SMS_DATA_DIR.</translation>
    </message>
    <message>
        <source>The data folder {0} cannot be used: a file is in the way where a folder should be. Move that file, or choose another folder with --data-dir or $DESKTOP_SMS_DATA_DIR.</source>
        <translation>Ο φάκελος δεδομένων {0} δεν μπορεί να χρησιμοποιηθεί: υπάρχει ένα αρχείο εκεί όπου θα έπρεπε να είναι φάκελος. Μετακινήστε το αρχείο ή επιλέξτε άλλον φάκελο με --data-dir ή $DESKTOP_SMS_DATA_DIR.</translation>
    </message>
    <message>
        <source>restore the backup copy {0} (rename it to {1})</source>
        <translation>επαναφέρετε το αντίγραφο ασφαλείας {0} (μετονομάστε το σε {1})</translation>
    </message>
    <message>
        <source>restore a copy from your own backups</source>
        <translation>επαναφέρετε ένα αντίγραφο από τα δικά σας αντίγραφα ασφαλείας</translation>
    </message>
    <message>
        <source>The database {0} is damaged ({1}). Quit desktop-sms, keep a copy of that file for recovery, then {2}; or move the file away to start with an empty outbox and address book.</source>
        <translation>Η βάση δεδομένων {0} είναι κατεστραμμένη ({1}). Κλείστε το desktop-sms, κρατήστε ένα αντίγραφο του αρχείου για ανάκτηση και έπειτα {2}· ή μετακινήστε το αρχείο για να ξεκινήσετε με κενά Εξερχόμενα και κενές επαφές.</translation>
    </message>
    <message>
        <source>desktop-sms could not use its data in {0}: {1}.</source>
        <translation>Το desktop-sms δεν μπόρεσε να χρησιμοποιήσει τα δεδομένα του στο {0}: {1}.</translation>
    </message>
</context>
<context>
    <name>TeamLink</name>
    <message>
        <source>Trying again in {1} s: {0}</source>
        <translation>Νέα προσπάθεια σε {1} δευτ.: {0}</translation>
    </message>
</context>
<context>
    <name>TeamMove</name>
    <message>
        <source>Move my data to the team database</source>
        <translation>Μεταφορά των δεδομένων μου στη βάση ομάδας</translation>
    </message>
    <message>
        <source>Copy this computer&apos;s contacts, groups, templates, opt-out list, campaigns and messages into the team database at {0}?

This computer&apos;s file is kept as it was. What the team database has already (from an earlier move, or the same group, template or opt-out) is not copied twice.

This window goes on using this computer&apos;s file: the team database is used after a restart, once you choose it.</source>
        <translation>Να αντιγραφούν οι επαφές, οι ομάδες, τα πρότυπα, η λίστα απεγγραφών, οι καμπάνιες και τα μηνύματα αυτού του υπολογιστή στη βάση ομάδας στο {0};

Το αρχείο αυτού του υπολογιστή διατηρείται όπως ήταν. Ό,τι έχει ήδη η βάση ομάδας (από προηγούμενη μεταφορά, ή η ίδια ομάδα, το ίδιο πρότυπο ή αριθμός απεγγραφής) δεν αντιγράφεται δύο φορές.

Αυτό το παράθυρο συνεχίζει να χρησιμοποιεί το αρχείο αυτού του υπολογιστή· η βάση ομάδας χρησιμοποιείται μετά από επανεκκίνηση, αφού την επιλέξετε.</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Μεταφορά</translation>
    </message>
    <message>
        <source>Moving…</source>
        <translation>Μεταφορά…</translation>
    </message>
    <message>
        <source>Copying: {0}…</source>
        <translation>Αντιγραφή: {0}…</translation>
    </message>
    <message numerus="yes">
        <source>Moved: %Ln row(s) copied.</source>
        <translation>
            <numerusform>Μεταφέρθηκε: %Ln γραμμή αντιγράφηκε.</numerusform>
            <numerusform>Μεταφέρθηκαν: %Ln γραμμές αντιγράφηκαν.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamSection</name>
    <message>
        <source>database password</source>
        <translation>κωδικός της βάσης</translation>
    </message>
    <message>
        <source>Empty: the data stays in this computer&apos;s own file. A server that is not on this computer is reached over an encrypted connection (TLS), its certificate checked. The password is kept in the system keyring. Changes apply after a restart.</source>
        <translation>Κενό: τα δεδομένα μένουν στο αρχείο αυτού του υπολογιστή. Σε διακομιστή που δεν βρίσκεται σε αυτόν τον υπολογιστή η σύνδεση είναι κρυπτογραφημένη (TLS) και το πιστοποιητικό του ελέγχεται. Ο κωδικός φυλάσσεται στην κλειδοθήκη του συστήματος. Οι αλλαγές ισχύουν μετά από επανεκκίνηση.</translation>
    </message>
    <message>
        <source>Test d&amp;atabase</source>
        <translation>Δοκ&amp;ιμή βάσης</translation>
    </message>
    <message>
        <source>Shared team database</source>
        <translation>Κοινή βάση δεδομένων ομάδας</translation>
    </message>
    <message>
        <source>&amp;Database address:</source>
        <translation>Διεύ&amp;θυνση βάσης:</translation>
    </message>
    <message>
        <source>Database pass&amp;word:</source>
        <translation>Κωδικός &amp;βάσης:</translation>
    </message>
    <message>
        <source>No team database: the data stays in this computer&apos;s own file.</source>
        <translation>Χωρίς βάση ομάδας: τα δεδομένα μένουν στο αρχείο αυτού του υπολογιστή.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Δοκιμή…</translation>
    </message>
    <message>
        <source>Connected: the database is empty; desktop-sms sets it up when it first opens it.</source>
        <translation>Συνδέθηκε: η βάση είναι κενή· το desktop-sms την προετοιμάζει όταν την ανοίξει για πρώτη φορά.</translation>
    </message>
    <message numerus="yes">
        <source>Connected: schema {0}, %Ln message(s).</source>
        <translation>
            <numerusform>Συνδέθηκε: σχήμα {0}, %Ln μήνυμα.</numerusform>
            <numerusform>Συνδέθηκε: σχήμα {0}, %Ln μηνύματα.</numerusform>
        </translation>
    </message>
    <message>
        <source>Mo&amp;ve my data to the team database…</source>
        <translation>Με&amp;ταφορά των δεδομένων μου στη βάση ομάδας…</translation>
    </message>
    <message>
        <source>Copy this computer&apos;s contacts, lists and messages into the team database; this computer&apos;s file is kept.</source>
        <translation>Αντιγραφή των επαφών, των λιστών και των μηνυμάτων αυτού του υπολογιστή στη βάση ομάδας· το αρχείο αυτού του υπολογιστή διατηρείται.</translation>
    </message>
</context>
<context>
    <name>TeamText</name>
    <message>
        <source>The team database at {0} was set up by a newer version of desktop-sms. Update the program on this workstation.</source>
        <translation>Η βάση ομάδας στο {0} προετοιμάστηκε από νεότερη έκδοση του desktop-sms. Ενημερώστε το πρόγραμμα σε αυτόν τον σταθμό εργασίας.</translation>
    </message>
    <message>
        <source>The team database at {0} refused the user name or password ({1}). Check them in File → Settings → Shared team database.</source>
        <translation>Η βάση ομάδας στο {0} απέρριψε το όνομα χρήστη ή τον κωδικό ({1}). Ελέγξτε τα στο Αρχείο → Ρυθμίσεις → Κοινή βάση δεδομένων ομάδας.</translation>
    </message>
    <message>
        <source>The team database at {0} has no such database or user ({1}). Check the address in File → Settings → Shared team database.</source>
        <translation>Ο διακομιστής {0} δεν έχει αυτή τη βάση ή αυτόν τον χρήστη ({1}). Ελέγξτε τη διεύθυνση στο Αρχείο → Ρυθμίσεις → Κοινή βάση δεδομένων ομάδας.</translation>
    </message>
    <message>
        <source>The team database at {0} cannot be reached ({1}). Nothing is sent, and nothing is queued on this computer meanwhile. Check the network or ask whoever runs the server, then try again.</source>
        <translation>Η βάση ομάδας στο {0} δεν είναι προσβάσιμη ({1}). Στο μεταξύ δεν στέλνεται τίποτα και τίποτα δεν μπαίνει σε αναμονή σε αυτόν τον υπολογιστή. Ελέγξτε το δίκτυο ή ρωτήστε όποιον διαχειρίζεται τον διακομιστή και δοκιμάστε ξανά.</translation>
    </message>
    <message>
        <source>To work with this computer&apos;s own data meanwhile, remove the team_database line from {0}.</source>
        <translation>Για να δουλέψετε στο μεταξύ με τα δεδομένα αυτού του υπολογιστή, αφαιρέστε τη γραμμή team_database από το {0}.</translation>
    </message>
    <message>
        <source>The address must start with postgresql:// — for example postgresql://office@server/desktop_sms.</source>
        <translation>Η διεύθυνση πρέπει να αρχίζει με postgresql:// — για παράδειγμα postgresql://office@server/desktop_sms.</translation>
    </message>
    <message>
        <source>The address names no database: postgresql://USER@HOST/DATABASE.</source>
        <translation>Η διεύθυνση δεν ορίζει βάση: postgresql://ΧΡΗΣΤΗΣ@ΔΙΑΚΟΜΙΣΤΗΣ/ΒΑΣΗ.</translation>
    </message>
    <message>
        <source>The address names no user: postgresql://USER@HOST/DATABASE.</source>
        <translation>Η διεύθυνση δεν ορίζει χρήστη: postgresql://ΧΡΗΣΤΗΣ@ΔΙΑΚΟΜΙΣΤΗΣ/ΒΑΣΗ.</translation>
    </message>
    <message>
        <source>The server is not on this computer, so the connection must be encrypted: remove sslmode, or use sslmode=require, verify-ca or verify-full.</source>
        <translation>Ο διακομιστής δεν βρίσκεται σε αυτόν τον υπολογιστή, άρα η σύνδεση πρέπει να είναι κρυπτογραφημένη: αφαιρέστε το sslmode ή χρησιμοποιήστε sslmode=require, verify-ca ή verify-full.</translation>
    </message>
    <message>
        <source>The address has settings desktop-sms does not use ({0}); only sslmode and sslrootcert may follow the ?.</source>
        <translation>Η διεύθυνση έχει ρυθμίσεις που το desktop-sms δεν χρησιμοποιεί ({0})· μετά το ? επιτρέπονται μόνο τα sslmode και sslrootcert.</translation>
    </message>
    <message>
        <source>This is not a valid address ({0}).</source>
        <translation>Η διεύθυνση δεν είναι έγκυρη ({0}).</translation>
    </message>
    <message>
        <source>The team database refused a row ({0}). Nothing was copied.</source>
        <translation>Η βάση ομάδας απέρριψε μια γραμμή ({0}). Δεν αντιγράφηκε τίποτα.</translation>
    </message>
    <message>
        <source>{0}: {1} in this computer&apos;s file, but {2} found in the team database after copying. Nothing was copied.</source>
        <translation>{0}: {1} στο αρχείο αυτού του υπολογιστή, αλλά {2} βρέθηκαν στη βάση ομάδας μετά την αντιγραφή. Δεν αντιγράφηκε τίποτα.</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Επαφές</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Ομάδες</translation>
    </message>
    <message>
        <source>Group memberships</source>
        <translation>Μέλη ομάδων</translation>
    </message>
    <message>
        <source>Contacts&apos; custom fields</source>
        <translation>Προσαρμοσμένα πεδία επαφών</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Πρότυπα</translation>
    </message>
    <message>
        <source>Opt-out list</source>
        <translation>Λίστα απεγγραφών</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Καμπάνιες</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Μηνύματα</translation>
    </message>
    <message>
        <source>Balance history</source>
        <translation>Ιστορικό υπολοίπου</translation>
    </message>
    <message>
        <source>Delivery reports not yet matched</source>
        <translation>Αναφορές παράδοσης που δεν έχουν αντιστοιχιστεί ακόμα</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) are being sent from this computer. Let the sending finish, then move again. Nothing was copied.</source>
        <translation>
            <numerusform>%Ln μήνυμα στέλνεται από αυτόν τον υπολογιστή. Αφήστε την αποστολή να τελειώσει και μεταφέρετε ξανά. Δεν αντιγράφηκε τίποτα.</numerusform>
            <numerusform>%Ln μηνύματα στέλνονται από αυτόν τον υπολογιστή. Αφήστε την αποστολή να τελειώσει και μεταφέρετε ξανά. Δεν αντιγράφηκε τίποτα.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) on this computer are still queued or scheduled. Send or cancel them first: moved, they would go out from here and from the team database. Nothing was copied.</source>
        <translation>
            <numerusform>%Ln μήνυμα αυτού του υπολογιστή είναι ακόμα σε αναμονή ή προγραμματισμένο. Στείλτε το ή ακυρώστε το πρώτα· αν μεταφερόταν, θα έφευγε και από εδώ και από τη βάση ομάδας. Δεν αντιγράφηκε τίποτα.</numerusform>
            <numerusform>%Ln μηνύματα αυτού του υπολογιστή είναι ακόμα σε αναμονή ή προγραμματισμένα. Στείλτε τα ή ακυρώστε τα πρώτα· αν μεταφέρονταν, θα έφευγαν και από εδώ και από τη βάση ομάδας. Δεν αντιγράφηκε τίποτα.</numerusform>
        </translation>
    </message>
    <message>
        <source>The address is too long ({0} characters; at most {1}).</source>
        <translation>Η διεύθυνση είναι πολύ μεγάλη ({0} χαρακτήρες· το πολύ {1}).</translation>
    </message>
    <message>
        <source>The address has an invisible character ({0}), such as a line break pasted with it. Type it again.</source>
        <translation>Η διεύθυνση έχει έναν αόρατο χαρακτήρα ({0}), π.χ. μια αλλαγή γραμμής που επικολλήθηκε μαζί της. Πληκτρολογήστε την ξανά.</translation>
    </message>
    <message>
        <source>The server&apos;s name {0} cannot be looked up: each part between dots must have 1 to 63 characters.</source>
        <translation>Το όνομα του διακομιστή {0} δεν μπορεί να αναζητηθεί: κάθε τμήμα ανάμεσα σε τελείες πρέπει να έχει από 1 έως 63 χαρακτήρες.</translation>
    </message>
    <message>
        <source>The address has a #: write %23 for a # in a name.</source>
        <translation>Η διεύθυνση έχει ένα #: γράψτε %23 για ένα # μέσα σε όνομα.</translation>
    </message>
    <message>
        <source>{0}: the row {1} has a value the team database cannot hold ({2}). Nothing was copied.</source>
        <translation>{0}: η γραμμή {1} έχει μια τιμή που η βάση ομάδας δεν μπορεί να κρατήσει ({2}). Δεν αντιγράφηκε τίποτα.</translation>
    </message>
</context>
<context>
    <name>TemplateText</name>
    <message numerus="yes">
        <source>{0} and %Ln other(s)</source>
        <translation>
            <numerusform>{0} και %Ln ακόμη</numerusform>
            <numerusform>{0} και %Ln ακόμη</numerusform>
        </translation>
    </message>
    <message>
        <source>A template needs a name.</source>
        <translation>Ένα πρότυπο χρειάζεται όνομα.</translation>
    </message>
    <message>
        <source>A template&apos;s name can have at most {1:,} characters; this one has {0:,}.</source>
        <translation>Το όνομα ενός προτύπου μπορεί να έχει έως {1:,} χαρακτήρες· αυτό έχει {0:,}.</translation>
    </message>
    <message>
        <source>The template&apos;s name is not valid text (UTF-8).</source>
        <translation>Το όνομα του προτύπου δεν είναι έγκυρο κείμενο (UTF-8).</translation>
    </message>
    <message>
        <source>A template needs a text.</source>
        <translation>Ένα πρότυπο χρειάζεται κείμενο.</translation>
    </message>
    <message>
        <source>The template&apos;s text is not valid text (UTF-8).</source>
        <translation>Το κείμενο του προτύπου δεν είναι έγκυρο κείμενο (UTF-8).</translation>
    </message>
    <message>
        <source>There is already a template called &apos;{0}&apos;.</source>
        <translation>Υπάρχει ήδη πρότυπο με το όνομα «{0}».</translation>
    </message>
    <message>
        <source>There is no template called &apos;{0}&apos;; none is saved yet.</source>
        <translation>Δεν υπάρχει πρότυπο με το όνομα «{0}»· δεν έχει αποθηκευτεί ακόμη κανένα.</translation>
    </message>
    <message>
        <source>There is no template called &apos;{0}&apos;. The templates are: {1}.</source>
        <translation>Δεν υπάρχει πρότυπο με το όνομα «{0}». Τα πρότυπα είναι: {1}.</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>Templates</source>
        <translation>Πρότυπα</translation>
    </message>
    <message>
        <source>Template text</source>
        <translation>Κείμενο προτύπου</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;Μετονομασία…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Διαγραφή</translation>
    </message>
    <message>
        <source>Rename template</source>
        <translation>Μετονομασία προτύπου</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Νέο όνομα:</translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>Διαγραφή προτύπου</translation>
    </message>
    <message>
        <source>Delete the template &apos;{0}&apos;?</source>
        <translation>Διαγραφή του προτύπου «{0}»;</translation>
    </message>
</context>
<context>
    <name>TemplatesMenu</name>
    <message>
        <source>Templates</source>
        <translation>Πρότυπα</translation>
    </message>
    <message>
        <source>Start the message from a saved template, or save it as one</source>
        <translation>Ξεκινήστε το μήνυμα από ένα αποθηκευμένο πρότυπο ή αποθηκεύστε το ως πρότυπο</translation>
    </message>
    <message>
        <source>No templates saved yet</source>
        <translation>Δεν υπάρχουν ακόμη αποθηκευμένα πρότυπα</translation>
    </message>
    <message>
        <source>&amp;Save as template…</source>
        <translation>&amp;Αποθήκευση ως πρότυπο…</translation>
    </message>
    <message>
        <source>&amp;Manage templates…</source>
        <translation>&amp;Διαχείριση προτύπων…</translation>
    </message>
    <message>
        <source>Use template</source>
        <translation>Χρήση προτύπου</translation>
    </message>
    <message>
        <source>Replace the message with the template &apos;{0}&apos;?</source>
        <translation>Αντικατάσταση του μηνύματος με το πρότυπο «{0}»;</translation>
    </message>
    <message>
        <source>Save as template</source>
        <translation>Αποθήκευση ως πρότυπο</translation>
    </message>
    <message>
        <source>Template name:</source>
        <translation>Όνομα προτύπου:</translation>
    </message>
    <message>
        <source>There is already a template called &apos;{0}&apos;. Replace its text with this message?</source>
        <translation>Υπάρχει ήδη πρότυπο με όνομα «{0}». Αντικατάσταση του κειμένου του με αυτό το μήνυμα;</translation>
    </message>
    <message>
        <source>T&amp;emplates</source>
        <translation>Π&amp;ρότυπα</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>&amp;Show desktop-sms</source>
        <translation>&amp;Εμφάνιση του desktop-sms</translation>
    </message>
    <message>
        <source>&amp;Hide to the tray (scheduled messages still go out)</source>
        <translation>&amp;Απόκρυψη στην περιοχή ειδοποιήσεων (τα προγραμματισμένα μηνύματα στέλνονται κανονικά)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Έ&amp;ξοδος</translation>
    </message>
</context>
<context>
    <name>Ucs2Highlighter</name>
    <message>
        <source>This character forces Unicode (UCS-2): 70 characters per SMS</source>
        <translation>Αυτός ο χαρακτήρας επιβάλλει Unicode (UCS-2): 70 χαρακτήρες ανά SMS</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to desktop-sms</source>
        <translation>Καλώς ήρθατε στο desktop-sms</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome&lt;/h2&gt;&lt;p&gt;desktop-sms sends SMS through your &lt;b&gt;easysms&lt;/b&gt; account, keeps your contacts, and follows every message until it is delivered.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Καλώς ήρθατε&lt;/h2&gt;&lt;p&gt;Το desktop-sms στέλνει SMS μέσω του λογαριασμού σας &lt;b&gt;easysms&lt;/b&gt;, κρατά τις επαφές σας και παρακολουθεί κάθε μήνυμα μέχρι να παραδοθεί.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Enter my easysms account…</source>
        <translation>&amp;Εισαγωγή του λογαριασμού μου easysms…</translation>
    </message>
    <message>
        <source>Try the &amp;demo (no account needed)</source>
        <translation>&amp;Δοκιμαστική χρήση (χωρίς λογαριασμό)</translation>
    </message>
</context>
<context>
    <name>_Exporter</name>
    <message>
        <source>Export</source>
        <translation>Εξαγωγή</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Εξαγωγή…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Άκυρο</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Πρόοδος εξαγωγής</translation>
    </message>
</context>
</TS>
