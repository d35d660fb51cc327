<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>AlertText</name>
    <message numerus="yes">
        <source>%n days</source>
        <extracomment>A duration of two days or more</extracomment>
        <translation>
            <numerusform>%n days</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <extracomment>A duration in hours, abbreviated</extracomment>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <extracomment>A duration in minutes, abbreviated</extracomment>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n units</source>
        <extracomment>A quantity of an order line&apos;s article</extracomment>
        <translation>
            <numerusform>%n unit</numerusform>
            <numerusform>%n units</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseEntryWording</name>
    <message numerus="yes">
        <source>Gave up after %n tries.</source>
        <extracomment>Follows the error sentence of an action the outbox stopped sending</extracomment>
        <translation>
            <numerusform>Gave up after %n try.</numerusform>
            <numerusform>Gave up after %n tries.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseRowPresentation</name>
    <message numerus="yes">
        <source>%n alerts: systems contradict each other</source>
        <translation>
            <numerusform>%n alert: systems contradict each other</numerusform>
            <numerusform>%n alerts: systems contradict each other</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContradictingMessagesRule</name>
    <message numerus="yes">
        <source>%n more contradicting pairs in messages about this order.</source>
        <extracomment>Follows the alert&apos;s first sentence when more pairs of messages contradict</extracomment>
        <translation>
            <numerusform>%n more contradicting pair in messages about this order.</numerusform>
            <numerusform>%n more contradicting pairs in messages about this order.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineRow</name>
    <message numerus="yes">
        <source>%n tries</source>
        <extracomment>How often sending an action was tried so far</extracomment>
        <translation>
            <numerusform>%n try</numerusform>
            <numerusform>%n tries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caseline::CaseListPanel</name>
    <message numerus="yes">
        <source>Exported %n row(s) of %1 to %2</source>
        <translation>
            <numerusform>Exported %n row of %1 to %2</numerusform>
            <numerusform>Exported %n rows of %1 to %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caseline::EscalateDialog</name>
    <message numerus="yes">
        <source>%1 (answers within %n h)</source>
        <translation>
            <numerusform>%1 (answers within %n h)</numerusform>
            <numerusform>%1 (answers within %n h)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caseline::LabelPreview</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caseline::QueueCountsModel</name>
    <message numerus="yes">
        <source>%1: %n open case(s)</source>
        <translation>
            <numerusform>%1: %n open case</numerusform>
            <numerusform>%1: %n open cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %n case(s)</source>
        <translation>
            <numerusform>%1, %2: %n case</numerusform>
            <numerusform>%1, %2: %n cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caseline::QueuePane</name>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln case</numerusform>
            <numerusform>%Ln cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln case(s)</source>
        <translation>
            <numerusform>%1 of %Ln case</numerusform>
            <numerusform>%1 of %Ln cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caseline::SupervisorConsole</name>
    <message numerus="yes">
        <source>%n case(s) reassigned.</source>
        <translation>
            <numerusform>%n case reassigned.</numerusform>
            <numerusform>%n cases reassigned.</numerusform>
        </translation>
    </message>
</context>
</TS>
