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
    <name>EncryptionActions</name>
    <message numerus="yes">
        <source>The database and its backups are encrypted. These %n unencrypted file(s) were overwritten with zeros and removed:</source>
        <translation>
            <numerusform>The database and its backups are encrypted. This %n unencrypted file was overwritten with zeros and removed:</numerusform>
            <numerusform>The database and its backups are encrypted. These %n unencrypted files were overwritten with zeros and removed:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupActions</name>
    <message numerus="yes">
        <source>%n member(s) who are only in this group</source>
        <translation>
            <numerusform>%n member who is only in this group</numerusform>
            <numerusform>%n members who are only in this group</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n meeting</numerusform>
            <numerusform>%n meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the minutes of %n meeting(s)</source>
        <translation>
            <numerusform>the minutes of %n meeting</numerusform>
            <numerusform>the minutes of %n meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) who are also in another group stay, with that group.</source>
        <translation>
            <numerusform>%n member who is also in another group stays, with that group.</numerusform>
            <numerusform>%n members who are also in another group stay, with that group.</numerusform>
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
    <name>InvitationExporter</name>
    <message numerus="yes">
        <source>Wrote %n draft(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n draft to %1.</numerusform>
            <numerusform>Wrote %n drafts to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them are cancellation(s).</source>
        <translation>
            <numerusform>%n of them is a cancellation.</numerusform>
            <numerusform>%n of them are cancellations.</numerusform>
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
    <name>LogisticsCommands</name>
    <message numerus="yes">
        <source>Import %n answer(s) from calendars</source>
        <translation>
            <numerusform>Import %n answer from calendars</numerusform>
            <numerusform>Import %n answers from calendars</numerusform>
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
    <name>ReplyImporter</name>
    <message numerus="yes">
        <source>Saved %n answer(s) from the calendars.</source>
        <translation>
            <numerusform>Saved %n answer from the calendars.</numerusform>
            <numerusform>Saved %n answers from the calendars.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReplyPreviewDialog</name>
    <message numerus="yes">
        <source>%n answer(s) will be saved in the sign-ups.</source>
        <translation>
            <numerusform>%n answer will be saved in the sign-ups.</numerusform>
            <numerusform>%n answers will be saved in the sign-ups.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) are stale: a newer answer is saved or among the files.</source>
        <translation>
            <numerusform>%n answer is stale: a newer answer is saved or among the files.</numerusform>
            <numerusform>%n answers are stale: a newer answer is saved or among the files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) or answer(s) cannot be matched.</source>
        <translation>
            <numerusform>%n file or answer cannot be matched.</numerusform>
            <numerusform>%n files or answers cannot be matched.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RosterCommands</name>
    <message numerus="yes">
        <source>Share contact details of %n member(s)</source>
        <translation>
            <numerusform>Share contact details of %n member</numerusform>
            <numerusform>Share contact details of %n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stop sharing contact details of %n member(s)</source>
        <translation>
            <numerusform>Stop sharing contact details of %n member</numerusform>
            <numerusform>Stop sharing contact details of %n members</numerusform>
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
    <message numerus="yes">
        <source>Contact details of %n member(s) may be shared with the group</source>
        <translation>
            <numerusform>Contact details of %n member may be shared with the group</numerusform>
            <numerusform>Contact details of %n members may be shared with the group</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Contact details of %n member(s) are not shared</source>
        <translation>
            <numerusform>Contact details of %n member are not shared</numerusform>
            <numerusform>Contact details of %n members are not shared</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The personal data was erased, here and in %n backup(s) in the backups folder</source>
        <translation>
            <numerusform>The personal data was erased, here and in %n backup in the backups folder</numerusform>
            <numerusform>The personal data was erased, here and in %n backups in the backups folder</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message numerus="yes">
        <source>%n result(s) for “%1”</source>
        <translation>
            <numerusform>%n result for “%1”</numerusform>
            <numerusform>%n results for “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(the best; %n more)</source>
        <translation>
            <numerusform>(the best; %n more)</numerusform>
            <numerusform>(the best; %n more)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n result(s) that may be shared</source>
        <translation>
            <numerusform>Copied %n result that may be shared</numerusform>
            <numerusform>Copied %n results that may be shared</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out by its sharing level</source>
        <translation>
            <numerusform>%n left out by its sharing level</numerusform>
            <numerusform>%n left out by its sharing level</numerusform>
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
<context>
    <name>messages</name>
    <message numerus="yes">
        <source>%n backup(s) in the backups folder hold it but could not be cleaned (damaged, from a newer version of Coordinator, or changed by another program). Delete them yourself:</source>
        <translation>
            <numerusform>%n backup in the backups folder holds it but could not be cleaned (damaged, from a newer version of Coordinator, or changed by another program). Delete it yourself:</numerusform>
            <numerusform>%n backups in the backups folder hold it but could not be cleaned (damaged, from a newer version of Coordinator, or changed by another program). Delete them yourself:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
</context>
</TS>
