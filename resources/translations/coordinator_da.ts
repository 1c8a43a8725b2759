<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>EndMembershipDialog</name>
    <message>
        <source>End membership</source>
        <translation>Afslut medlemskab</translation>
    </message>
    <message>
        <source>%1 leaves the group. They stay in the history and in past minutes.</source>
        <translation>%1 forlader gruppen, men bliver stående i historikken og i tidligere referater.</translation>
    </message>
    <message>
        <source>Leaving date</source>
        <translation>Udmeldelsesdato</translation>
    </message>
    <message>
        <source>&amp;Leaves on:</source>
        <translation>&amp;Udmeldelsesdato:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Welcome to Coordinator</source>
        <translation>Velkommen til Coordinator</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Welcome&lt;/h3&gt;&lt;p&gt;Coordinator keeps your network group&apos;s members, meetings, host visits and round-table minutes on this computer.&lt;/p&gt;&lt;p&gt;Start with a demo group to look around, or start empty with your own group.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Velkommen&lt;/h3&gt;&lt;p&gt;Coordinator samler netværksgruppens medlemmer, møder, værtsbesøg og referater fra rundt-om-bordet her på computeren.&lt;/p&gt;&lt;p&gt;Start med en demogruppe for at se dig omkring, eller opret din egen gruppe fra bunden.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>e.g. IT Operations</source>
        <translation>fx IT-drift</translation>
    </message>
    <message>
        <source>Name of your group</source>
        <translation>Gruppens navn</translation>
    </message>
    <message>
        <source>&amp;Your group&apos;s name:</source>
        <translation>&amp;Gruppens navn:</translation>
    </message>
    <message>
        <source>Start with &amp;demo data</source>
        <translation>Start med &amp;demodata</translation>
    </message>
    <message>
        <source>Start &amp;empty</source>
        <translation>Start med &amp;tom gruppe</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import contacts</source>
        <translation>Importér kontakter</translation>
    </message>
    <message>
        <source>This CSV file has an unfamiliar layout. Choose what each column contains; at least a name or an e-mail column is needed.</source>
        <translation>CSV-filen har et ukendt format. Vælg, hvad hver kolonne indeholder – der skal mindst være en kolonne med navn eller e-mail.</translation>
    </message>
    <message>
        <source>Columns in the file</source>
        <translation>Kolonner i filen</translation>
    </message>
    <message>
        <source>Import summary</source>
        <translation>Oversigt over importen</translation>
    </message>
    <message>
        <source>Contacts to import</source>
        <translation>Kontakter, der skal importeres</translation>
    </message>
    <message>
        <source>Problems in the file</source>
        <translation>Problemer i filen</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Næste</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importér</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <source>Contacts (*.vcf *.vcard *.csv *.txt);;All files (*)</source>
        <translation>Kontakter (*.vcf *.vcard *.csv *.txt);;Alle filer (*)</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Fil: %1</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Læser filen…</translation>
    </message>
    <message>
        <source>Reading contacts…</source>
        <translation>Læser kontakter…</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Filen kunne ikke læses: %1</translation>
    </message>
    <message>
        <source>Choose at least one column with a name or an e-mail address.</source>
        <translation>Vælg mindst én kolonne med navn eller e-mailadresse.</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) in the file</source>
        <translation>
            <numerusform>%n kontakt i filen</numerusform>
            <numerusform>%n kontakter i filen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already known</source>
        <translation>
            <numerusform>%n findes allerede</numerusform>
            <numerusform>%n findes allerede</numerusform>
        </translation>
    </message>
    <message>
        <source>Will add %1, update %2 and skip %3.</source>
        <translation>Der tilføjes %1, opdateres %2 og springes %3 over.</translation>
    </message>
    <message>
        <source>Choose in the Action column what to do with each duplicate.</source>
        <translation>Vælg i kolonnen Handling, hvad der skal ske med hver dublet.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found. Each says what is left out; the rest can be imported.</source>
        <translation>
            <numerusform>Der er fundet %n problem. Det viser, hvad der udelades; resten kan importeres.</numerusform>
            <numerusform>Der er fundet %n problemer. Hvert af dem viser, hvad der udelades; resten kan importeres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n contact(s)</source>
        <translation>
            <numerusform>&amp;Importér %n kontakt</numerusform>
            <numerusform>&amp;Importér %n kontakter</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing contacts…</source>
        <translation>Importerer kontakter…</translation>
    </message>
    <message>
        <source>Imported: %1 added, %2 updated, %3 skipped</source>
        <translation>Importeret: %1 tilføjet, %2 opdateret, %3 sprunget over</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Importen mislykkedes</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Intet blev importeret: %1</translation>
    </message>
    <message>
        <source>(do not import)</source>
        <translation>(importér ikke)</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Fulde navn</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Fornavn</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Efternavn</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Virksomhed</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Stilling</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Spring over</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>Opdatér</translation>
    </message>
    <message>
        <source>Add as new</source>
        <translation>Tilføj som ny</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Kolonne i filen</translation>
    </message>
    <message>
        <source>Example</source>
        <translation>Eksempel</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importér som</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linje</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>Already here: %1</source>
        <translation>Findes allerede: %1</translation>
    </message>
    <message>
        <source>Repeated in the file</source>
        <translation>Optræder flere gange i filen</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>JobHistoryModel</name>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>now</source>
        <translation>nu</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>siden %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>til %1</translation>
    </message>
    <message>
        <source>Job history</source>
        <translation>Jobhistorik</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Coordinator</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Visninger</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Medlemmer</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Databasefil</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gentag</translation>
    </message>
    <message>
        <source>New &amp;group…</source>
        <translation>Ny &amp;gruppe…</translation>
    </message>
    <message>
        <source>&amp;Import contacts…</source>
        <translation>&amp;Importér kontakter…</translation>
    </message>
    <message>
        <source>Members as &amp;CSV…</source>
        <translation>Medlemmer som &amp;CSV…</translation>
    </message>
    <message>
        <source>Members as &amp;vCard…</source>
        <translation>Medlemmer som &amp;vCard…</translation>
    </message>
    <message>
        <source>Member list as &amp;PDF…</source>
        <translation>Medlemsliste som &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastaturgenveje</translation>
    </message>
    <message>
        <source>&amp;About Coordinator</source>
        <translation>&amp;Om Coordinator</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Eksportér</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>R&amp;ediger</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Medlemmer</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Værktøjslinje</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Gruppe:</translation>
    </message>
    <message>
        <source>%1 – Coordinator</source>
        <translation>%1 – Coordinator</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Ny gruppe</translation>
    </message>
    <message>
        <source>Name of the group:</source>
        <translation>Gruppens navn:</translation>
    </message>
    <message>
        <source>Group “%1” created</source>
        <translation>Gruppen »%1« er oprettet</translation>
    </message>
    <message>
        <source>About Coordinator</source>
        <translation>Om Coordinator</translation>
    </message>
    <message>
        <source>&lt;b&gt;Coordinator&lt;/b&gt; %1&lt;br&gt;For the coordinator of a professional network group: members, meetings, host visits and round-table minutes, offline.</source>
        <translation>&lt;b&gt;Coordinator&lt;/b&gt; %1&lt;br&gt;Til koordinatoren af en faglig netværksgruppe: medlemmer, møder, værtsbesøg og referater fra rundt-om-bordet – også uden netforbindelse.</translation>
    </message>
</context>
<context>
    <name>MemberDetails</name>
    <message>
        <source>Job history</source>
        <translation>Jobhistorik</translation>
    </message>
    <message>
        <source>No member selected</source>
        <translation>Intet medlem valgt</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 hos %2</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Expertise</source>
        <translation>Ekspertise</translation>
    </message>
    <message>
        <source>Dietary needs</source>
        <translation>Kostbehov</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Kontaktoplysninger</translation>
    </message>
    <message>
        <source>may be shared with the group</source>
        <translation>må deles med gruppen</translation>
    </message>
    <message>
        <source>not to be shared</source>
        <translation>må ikke deles</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>Medlem siden</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Udmeldt</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <source>Edit member</source>
        <translation>Rediger medlem</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>Tilføj medlem</translation>
    </message>
    <message>
        <source>May share contact details with the group</source>
        <translation>Kontaktoplysninger må deles med gruppen</translation>
    </message>
    <message>
        <source>name@company.dk</source>
        <translation>navn@virksomhed.dk</translation>
    </message>
    <message>
        <source>+45 12 34 56 78</source>
        <translation>+45 12 34 56 78</translation>
    </message>
    <message>
        <source>Separate with commas, e.g. Kubernetes, ITIL</source>
        <translation>Adskil med komma, fx Kubernetes, ITIL</translation>
    </message>
    <message>
        <source>e.g. vegetarian, gluten-free</source>
        <translation>fx vegetar, glutenfri</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Virksomhed</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Stilling</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Expertise</source>
        <translation>Ekspertise</translation>
    </message>
    <message>
        <source>Dietary needs</source>
        <translation>Kostbehov</translation>
    </message>
    <message>
        <source>Consent to share contact details</source>
        <translation>Samtykke til deling af kontaktoplysninger</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>Medlem siden</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>E&amp;xpertise:</source>
        <translation>E&amp;kspertise:</translation>
    </message>
    <message>
        <source>&amp;Dietary needs:</source>
        <translation>Kost&amp;behov:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;oter:</translation>
    </message>
    <message>
        <source>&amp;Member since:</source>
        <translation>&amp;Medlem siden:</translation>
    </message>
    <message>
        <source>Current job</source>
        <translation>Nuværende job</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Virksomhed:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Stilling:</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>B&amp;ranche:</translation>
    </message>
    <message>
        <source>Job history</source>
        <translation>Jobhistorik</translation>
    </message>
    <message>
        <source>New &amp;job…</source>
        <translation>Nyt &amp;job…</translation>
    </message>
    <message>
        <source>The member changed jobs: the current job is kept in the history</source>
        <translation>Medlemmet har skiftet job: det nuværende job gemmes i historikken</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Kunne ikke gemme</translation>
    </message>
</context>
<context>
    <name>NewJobDialog</name>
    <message>
        <source>New job</source>
        <translation>Nyt job</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Virksomhed</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Stilling</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdato</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Virksomhed:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Stilling:</translation>
    </message>
    <message>
        <source>&amp;Industry:</source>
        <translation>&amp;Branche:</translation>
    </message>
    <message>
        <source>&amp;Started:</source>
        <translation>Start&amp;dato:</translation>
    </message>
    <message>
        <source>The current job ends when the new one starts and stays in the history.</source>
        <translation>Det nuværende job slutter, når det nye begynder, og bevares i historikken.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
</context>
<context>
    <name>RosterCommands</name>
    <message>
        <source>Add %1</source>
        <translation>Tilføj %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Rediger %1</translation>
    </message>
    <message>
        <source>New job for %1</source>
        <translation>Nyt job for %1</translation>
    </message>
    <message>
        <source>%1 leaves the group</source>
        <translation>Udmeld %1</translation>
    </message>
</context>
<context>
    <name>RosterExporter</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>vCard files (*.vcf)</source>
        <translation>vCard-filer (*.vcf)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>members</source>
        <translation>medlemmer</translation>
    </message>
    <message>
        <source>member-list</source>
        <translation>medlemsliste</translation>
    </message>
    <message>
        <source>Export members</source>
        <translation>Eksportér medlemmer</translation>
    </message>
    <message>
        <source>Exporting members…</source>
        <translation>Eksporterer medlemmer…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Gemt: %1</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Eksporten mislykkedes</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Filen kunne ikke gemmes: %1</translation>
    </message>
</context>
<context>
    <name>RosterTableModel</name>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Virksomhed</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Stilling</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Expertise</source>
        <translation>Ekspertise</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>Medlem siden</translation>
    </message>
    <message>
        <source>Left the group on %1</source>
        <translation>Udmeldt af gruppen %1</translation>
    </message>
</context>
<context>
    <name>RosterView</name>
    <message>
        <source>Search name, company, industry or expertise</source>
        <translation>Søg på navn, virksomhed, branche eller ekspertise</translation>
    </message>
    <message>
        <source>Search members</source>
        <translation>Søg blandt medlemmer</translation>
    </message>
    <message>
        <source>Show &amp;former members</source>
        <translation>Vis &amp;tidligere medlemmer</translation>
    </message>
    <message>
        <source>Show former members</source>
        <translation>Vis tidligere medlemmer</translation>
    </message>
    <message>
        <source>Number of members</source>
        <translation>Antal medlemmer</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Medlemmer</translation>
    </message>
    <message>
        <source>&amp;Add member…</source>
        <translation>&amp;Tilføj medlem…</translation>
    </message>
    <message>
        <source>&amp;Edit member…</source>
        <translation>&amp;Rediger medlem…</translation>
    </message>
    <message>
        <source>New &amp;job…</source>
        <translation>Nyt &amp;job…</translation>
    </message>
    <message>
        <source>E&amp;nd membership…</source>
        <translation>&amp;Afslut medlemskab…</translation>
    </message>
    <message>
        <source>&amp;Find member</source>
        <translation>&amp;Søg efter medlem</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n medlem</numerusform>
            <numerusform>%n medlemmer</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 members shown</source>
        <translation>Viser %1 af %2 medlemmer</translation>
    </message>
    <message>
        <source>Member added</source>
        <translation>Medlemmet er tilføjet</translation>
    </message>
    <message>
        <source>Edit member</source>
        <translation>Rediger medlem</translation>
    </message>
    <message>
        <source>Changes saved</source>
        <translation>Ændringerne er gemt</translation>
    </message>
    <message>
        <source>New job for %1</source>
        <translation>Nyt job for %1</translation>
    </message>
    <message>
        <source>New job</source>
        <translation>Nyt job</translation>
    </message>
    <message>
        <source>New job recorded for %1</source>
        <translation>Nyt job registreret for %1</translation>
    </message>
    <message>
        <source>End membership</source>
        <translation>Afslut medlemskab</translation>
    </message>
    <message>
        <source>%1 has left the group</source>
        <translation>%1 er udmeldt af gruppen</translation>
    </message>
</context>
<context>
    <name>ShortcutModel</name>
    <message>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Genvej</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastaturgenveje</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Coordinator</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <source>The database could not be opened.</source>
        <translation>Databasen kunne ikke åbnes.</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>Please enter a name.</source>
        <translation>Angiv et navn.</translation>
    </message>
    <message>
        <source>The name is too long.</source>
        <translation>Navnet er for langt.</translation>
    </message>
    <message>
        <source>“%1” is not a valid e-mail address.</source>
        <translation>»%1« er ikke en gyldig e-mailadresse.</translation>
    </message>
    <message>
        <source>“%1” is not a valid phone number.</source>
        <translation>»%1« er ikke et gyldigt telefonnummer.</translation>
    </message>
    <message>
        <source>The text is too long.</source>
        <translation>Teksten er for lang.</translation>
    </message>
    <message>
        <source>Please enter the company.</source>
        <translation>Angiv virksomheden.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Filen er tom.</translation>
    </message>
    <message>
        <source>No column holds a name or an e-mail address (columns: %1).</source>
        <translation>Ingen kolonne indeholder et navn eller en e-mailadresse (kolonner: %1).</translation>
    </message>
    <message>
        <source>The contact has no name, e-mail address or phone number; it was skipped.</source>
        <translation>Kontakten har hverken navn, e-mailadresse eller telefonnummer; den blev sprunget over.</translation>
    </message>
    <message>
        <source>“%1” is not a valid e-mail address; it was left out.</source>
        <translation>»%1« er ikke en gyldig e-mailadresse; den blev udeladt.</translation>
    </message>
    <message>
        <source>“%1” is not a phone number; it was left out.</source>
        <translation>»%1« er ikke et telefonnummer; det blev udeladt.</translation>
    </message>
    <message>
        <source>The rest of the file could not be read: a cell is too long or a quotation mark is not closed.</source>
        <translation>Resten af filen kunne ikke læses: en celle er for lang, eller et anførselstegn er ikke lukket.</translation>
    </message>
    <message>
        <source>No vCard (BEGIN:VCARD) was found in the file.</source>
        <translation>Der blev ikke fundet noget vCard (BEGIN:VCARD) i filen.</translation>
    </message>
    <message>
        <source>This card has no END:VCARD line; the file may be cut off.</source>
        <translation>Kortet mangler linjen END:VCARD; filen er måske afkortet.</translation>
    </message>
    <message>
        <source>This card could not be read; it was skipped.</source>
        <translation>Kortet kunne ikke læses; det blev sprunget over.</translation>
    </message>
</context>
</TS>
