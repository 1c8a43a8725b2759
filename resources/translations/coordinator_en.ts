<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
    <name>RosterView</name>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
</context>
</TS>
