<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AgendaEditor</name>
    <message numerus="yes">
        <source>⚠ The agenda runs %n minute(s) past the end of the day (%1).</source>
        <translation>
            <numerusform>⚠ The agenda runs %n minute past the end of the day (%1).</numerusform>
            <numerusform>⚠ The agenda runs %n minutes past the end of the day (%1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>%n contact(s) in the file</source>
        <translation>
            <numerusform>%n contact in the file</numerusform>
            <numerusform>%n contacts in the file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already known</source>
        <translation>
            <numerusform>%n already known</numerusform>
            <numerusform>%n already known</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found. Each says what is left out; the rest can be imported.</source>
        <translation>
            <numerusform>%n problem found. Each says what is left out; the rest can be imported.</numerusform>
            <numerusform>%n problems found. Each says what is left out; the rest can be imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n contact(s)</source>
        <translation>
            <numerusform>&amp;Import %n contact</numerusform>
            <numerusform>&amp;Import %n contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message numerus="yes">
        <source>Only %n day(s) from the meeting on %1.</source>
        <translation>
            <numerusform>Only %n day from the meeting on %1.</numerusform>
            <numerusform>Only %n days from the meeting on %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogisticsView</name>
    <message numerus="yes">
        <source>%n day(s) before</source>
        <translation>
            <numerusform>%n day before</numerusform>
            <numerusform>%n days before</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) after</source>
        <translation>
            <numerusform>%n day after</numerusform>
            <numerusform>%n days after</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(of whom %n guest(s))</source>
        <translation>
            <numerusform>(of whom %n guest)</numerusform>
            <numerusform>(of whom %n guests)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) overdue</source>
        <translation>
            <numerusform>%n task overdue</numerusform>
            <numerusform>%n tasks overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanYearDialog</name>
    <message numerus="yes">
        <source>The group already has %n meeting(s) in %1.</source>
        <translation>
            <numerusform>The group already has %n meeting in %1.</numerusform>
            <numerusform>The group already has %n meetings in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Create %n meeting(s)</source>
        <translation>
            <numerusform>&amp;Create %n meeting</numerusform>
            <numerusform>&amp;Create %n meetings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlannerView</name>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n meeting</numerusform>
            <numerusform>%n meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) planned</source>
        <translation>
            <numerusform>%n meeting planned</numerusform>
            <numerusform>%n meetings planned</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RosterView</name>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>YearStrip</name>
    <message numerus="yes">
        <source>%1: %n meeting(s)</source>
        <translation>
            <numerusform>%1: %n meeting</numerusform>
            <numerusform>%1: %n meetings</numerusform>
        </translation>
    </message>
</context>
</TS>
