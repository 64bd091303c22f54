<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CampaignReportExporter</name>
    <message numerus="yes">
        <source>Exported the campaign&apos;s report (%Ln message(s)) to {0}.</source>
        <translation>
            <numerusform>Exported the campaign&apos;s report (%Ln message) to {0}.</numerusform>
            <numerusform>Exported the campaign&apos;s report (%Ln messages) to {0}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignsView</name>
    <message numerus="yes">
        <source>%Ln message(s), {0}; delivery rate {1}; credits {2}</source>
        <translation>
            <numerusform>%Ln message, {0}; delivery rate {1}; credits {2}</numerusform>
            <numerusform>%Ln messages, {0}; delivery rate {1}; credits {2}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) of this campaign may already have reached the gateway (the reply was lost): sent again, they may arrive twice. Send again to the failed and the unknown ones?</source>
        <translation>
            <numerusform>%Ln message of this campaign may already have reached the gateway (the reply was lost): sent again, it may arrive twice. Send again to the failed and the unknown ones?</numerusform>
            <numerusform>%Ln messages of this campaign may already have reached the gateway (the reply was lost): sent again, they may arrive twice. Send again to the failed and the unknown ones?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) queued again as a new campaign.</source>
        <translation>
            <numerusform>%Ln message queued again as a new campaign.</numerusform>
            <numerusform>%Ln messages queued again as a new campaign.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln had been sent again before.</source>
        <translation>
            <numerusform>%Ln had been sent again before.</numerusform>
            <numerusform>%Ln had been sent again before.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln on the opt-out list: not sent.</source>
        <translation>
            <numerusform>%Ln on the opt-out list: not sent.</numerusform>
            <numerusform>%Ln on the opt-out list: not sent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheaperOffer</name>
    <message numerus="yes">
        <source>%Ln part(s)</source>
        <translation>
            <numerusform>%Ln part</numerusform>
            <numerusform>%Ln parts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheaperOfferDialog</name>
    <message numerus="yes">
        <source>saves %Ln credit(s)</source>
        <translation>
            <numerusform>saves %Ln credit</numerusform>
            <numerusform>saves %Ln credits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s) changed: {0}</source>
        <translation>
            <numerusform>%Ln character changed: {0}</numerusform>
            <numerusform>%Ln characters changed: {0}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComposeText</name>
    <message numerus="yes">
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln character</numerusform>
            <numerusform>%Ln characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln left in this part</source>
        <translation>
            <numerusform>%Ln left in this part</numerusform>
            <numerusform>%Ln left in this part</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s)</source>
        <translation>
            <numerusform>%Ln recipient</numerusform>
            <numerusform>%Ln recipients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln credit(s)</source>
        <translation>
            <numerusform>%Ln credit</numerusform>
            <numerusform>%Ln credits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln part(s)</source>
        <translation>
            <numerusform>%Ln part</numerusform>
            <numerusform>%Ln parts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) were not queued (see the error), and the fields were in use, so their text is not restored: “{0}”</source>
        <translation>
            <numerusform>%Ln message was not queued (see the error), and the fields were in use, so its text is not restored: “{0}”</numerusform>
            <numerusform>%Ln messages were not queued (see the error), and the fields were in use, so their text is not restored: “{0}”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactsExporter</name>
    <message numerus="yes">
        <source>Exported %Ln contact(s) to {0}.</source>
        <translation>
            <numerusform>Exported %Ln contact to {0}.</numerusform>
            <numerusform>Exported %Ln contacts to {0}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message numerus="yes">
        <source>%Ln member(s)</source>
        <translation>
            <numerusform>%Ln member</numerusform>
            <numerusform>%Ln members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln contact(s)? Their messages stay in the Outbox.</source>
        <translation>
            <numerusform>Delete %Ln contact? Their messages stay in the Outbox.</numerusform>
            <numerusform>Delete %Ln contacts? Their messages stay in the Outbox.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CostCheck</name>
    <message numerus="yes">
        <source>&amp;Send %Ln message(s)</source>
        <translation>
            <numerusform>&amp;Send %Ln message</numerusform>
            <numerusform>&amp;Send %Ln messages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GatewayWorker</name>
    <message numerus="yes">
        <source>Sending stopped: the balance ({0}) does not cover the next message. %Ln message(s) stay queued and go once the account is topped up.</source>
        <translation>
            <numerusform>Sending stopped: the balance ({0}) does not cover the next message. %Ln message stays queued and goes once the account is topped up.</numerusform>
            <numerusform>Sending stopped: the balance ({0}) does not cover the next message. %Ln messages stay queued and go once the account is topped up.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message numerus="yes">
        <source>The row has %Ln cell(s); the number is in column {0}.</source>
        <translation>
            <numerusform>The row has %Ln cell; the number is in column {0}.</numerusform>
            <numerusform>The row has %Ln cells; the number is in column {0}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message numerus="yes">
        <source>%Ln row(s) saved to {0}.</source>
        <translation>
            <numerusform>%Ln row saved to {0}.</numerusform>
            <numerusform>%Ln rows saved to {0}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%Ln message(s) are still queued or scheduled. They stay and are sent the next time you start desktop-sms. Quit now?</source>
        <translation>
            <numerusform>%Ln message is still queued or scheduled. It stays and is sent the next time you start desktop-sms. Quit now?</numerusform>
            <numerusform>%Ln messages are still queued or scheduled. They stay and are sent the next time you start desktop-sms. Quit now?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergePreview</name>
    <message numerus="yes">
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln character</numerusform>
            <numerusform>%Ln characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln part(s)</source>
        <translation>
            <numerusform>%Ln part</numerusform>
            <numerusform>%Ln parts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MoveReportDialog</name>
    <message numerus="yes">
        <source>%Ln row(s) copied into the team database at {0}. This computer&apos;s file is kept as it was; rows the team database had already were not copied again.</source>
        <translation>
            <numerusform>%Ln row copied into the team database at {0}. This computer&apos;s file is kept as it was; rows the team database had already were not copied again.</numerusform>
            <numerusform>%Ln rows copied into the team database at {0}. This computer&apos;s file is kept as it was; rows the team database had already were not copied again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OptOutAction</name>
    <message numerus="yes">
        <source>Add the numbers of %Ln selected contact(s) to the opt-out list?</source>
        <translation>
            <numerusform>Add the number of %Ln selected contact to the opt-out list?</numerusform>
            <numerusform>Add the numbers of %Ln selected contacts to the opt-out list?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add the recipients of %Ln selected message(s) to the opt-out list?</source>
        <translation>
            <numerusform>Add the recipient of %Ln selected message to the opt-out list?</numerusform>
            <numerusform>Add the recipients of %Ln selected messages to the opt-out list?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln number(s) added to the opt-out list.</source>
        <translation>
            <numerusform>%Ln number added to the opt-out list.</numerusform>
            <numerusform>%Ln numbers added to the opt-out list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln were on it already.</source>
        <translation>
            <numerusform>%Ln was on it already.</numerusform>
            <numerusform>%Ln were on it already.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OptOutDialog</name>
    <message numerus="yes">
        <source>%Ln number(s) on the list.</source>
        <translation>
            <numerusform>%Ln number on the list.</numerusform>
            <numerusform>%Ln numbers on the list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Take %Ln number(s) off the opt-out list? Messages can then be sent to them again.</source>
        <translation>
            <numerusform>Take %Ln number off the opt-out list? Messages can then be sent to it again.</numerusform>
            <numerusform>Take %Ln numbers off the opt-out list? Messages can then be sent to them again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln added number(s) may not be what was meant: see the details.</source>
        <translation>
            <numerusform>%Ln added number may not be what was meant: see the details.</numerusform>
            <numerusform>%Ln added numbers may not be what was meant: see the details.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxExporter</name>
    <message numerus="yes">
        <source>Exported %Ln message(s) to {0}.</source>
        <translation>
            <numerusform>Exported %Ln message to {0}.</numerusform>
            <numerusform>Exported %Ln messages to {0}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxTab</name>
    <message numerus="yes">
        <source>%Ln message(s) found</source>
        <translation>
            <numerusform>%Ln message found</numerusform>
            <numerusform>%Ln messages found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) may already have reached the gateway (the reply was lost). Sending again may deliver them twice. Send again anyway?</source>
        <translation>
            <numerusform>%Ln message may already have reached the gateway (the reply was lost). Sending it again may deliver it twice. Send again anyway?</numerusform>
            <numerusform>%Ln messages may already have reached the gateway (the reply was lost). Sending them again may deliver them twice. Send again anyway?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln message(s) from the history? Messages still queued or on their way are kept.</source>
        <translation>
            <numerusform>Remove %Ln message from the history? Messages still queued or on their way are kept.</numerusform>
            <numerusform>Remove %Ln messages from the history? Messages still queued or on their way are kept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message numerus="yes">
        <source>For {0} and %Ln other(s): {1}</source>
        <translation>
            <numerusform>For {0} and %Ln other: {1}</numerusform>
            <numerusform>For {0} and %Ln others: {1}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s) have no {0} ({1}): it is left out of their message. {{{0}|text}} gives a fallback.</source>
        <translation>
            <numerusform>%Ln recipient has no {0} ({1}): it is left out of their message. {{{0}|text}} gives a fallback.</numerusform>
            <numerusform>%Ln recipients have no {0} ({1}): it is left out of their message. {{{0}|text}} gives a fallback.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recipient(s) on the opt-out list will be skipped: {0}</source>
        <translation>
            <numerusform>%Ln recipient on the opt-out list will be skipped: {0}</numerusform>
            <numerusform>%Ln recipients on the opt-out list will be skipped: {0}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message numerus="yes">
        <source>&amp;New time for %Ln scheduled message(s), local time:</source>
        <translation>
            <numerusform>&amp;New time for %Ln scheduled message, local time:</numerusform>
            <numerusform>&amp;New time for %Ln scheduled messages, local time:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Scheduler</name>
    <message numerus="yes">
        <source>%Ln scheduled message(s) were due {0}, more than an hour ago: desktop-sms was not running, or the computer was asleep. Send them now?</source>
        <translation>
            <numerusform>%Ln scheduled message was due {0}, more than an hour ago: desktop-sms was not running, or the computer was asleep. Send it now?</numerusform>
            <numerusform>%Ln scheduled messages were due {0}, more than an hour ago: desktop-sms was not running, or the computer was asleep. Send them now?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendAtField</name>
    <message numerus="yes">
        <source>%Ln message(s) queued</source>
        <translation>
            <numerusform>%Ln message queued</numerusform>
            <numerusform>%Ln messages queued</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) scheduled for {0}</source>
        <translation>
            <numerusform>%Ln message scheduled for {0}</numerusform>
            <numerusform>%Ln messages scheduled for {0}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message numerus="yes">
        <source>%Ln message(s) were being sent when the program stopped; they are marked unknown. Check the Outbox before sending them again.</source>
        <translation>
            <numerusform>%Ln message was being sent when the program stopped; it is marked unknown. Check the Outbox before sending it again.</numerusform>
            <numerusform>%Ln messages were being sent when the program stopped; they are marked unknown. Check the Outbox before sending them again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamMove</name>
    <message numerus="yes">
        <source>Moved: %Ln row(s) copied.</source>
        <translation>
            <numerusform>Moved: %Ln row copied.</numerusform>
            <numerusform>Moved: %Ln rows copied.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamSection</name>
    <message numerus="yes">
        <source>Connected: schema {0}, %Ln message(s).</source>
        <translation>
            <numerusform>Connected: schema {0}, %Ln message.</numerusform>
            <numerusform>Connected: schema {0}, %Ln messages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamText</name>
    <message numerus="yes">
        <source>%Ln message(s) are being sent from this computer. Let the sending finish, then move again. Nothing was copied.</source>
        <translation>
            <numerusform>%Ln message is being sent from this computer. Let the sending finish, then move again. Nothing was copied.</numerusform>
            <numerusform>%Ln messages are being sent from this computer. Let the sending finish, then move again. Nothing was copied.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) on this computer are still queued or scheduled. Send or cancel them first: moved, they would go out from here and from the team database. Nothing was copied.</source>
        <translation>
            <numerusform>%Ln message on this computer is still queued or scheduled. Send or cancel it first: moved, it would go out from here and from the team database. Nothing was copied.</numerusform>
            <numerusform>%Ln messages on this computer are still queued or scheduled. Send or cancel them first: moved, they would go out from here and from the team database. Nothing was copied.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplateText</name>
    <message numerus="yes">
        <source>{0} and %Ln other(s)</source>
        <translation>
            <numerusform>{0} and %Ln other</numerusform>
            <numerusform>{0} and %Ln others</numerusform>
        </translation>
    </message>
</context>
</TS>
