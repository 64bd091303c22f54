<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CampaignReportExporter</name>
    <message numerus="yes">
        <source>Exported the campaign&apos;s report (%Ln message(s)) to {0}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
</TS>
