<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>AgendaEditor</name>
    <message>
        <source>Agenda summary</source>
        <translation>Oversigt over dagsorden</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Dagsorden</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>&amp;Tilføj punkt</translation>
    </message>
    <message>
        <source>&amp;Remove item</source>
        <translation>&amp;Fjern punkt</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Flyt &amp;op</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Flyt n&amp;ed</translation>
    </message>
    <message>
        <source>No meeting selected</source>
        <translation>Intet møde valgt</translation>
    </message>
    <message>
        <source>Agenda for %1</source>
        <translation>Dagsorden for %1</translation>
    </message>
    <message>
        <source>%1–%2, ends %3</source>
        <translation>%1–%2, slutter %3</translation>
    </message>
    <message numerus="yes">
        <source>⚠ The agenda runs %n minute(s) past the end of the day (%1).</source>
        <translation>
            <numerusform>⚠ Dagsordenen går %n minut over dagens sluttid (%1).</numerusform>
            <numerusform>⚠ Dagsordenen går %n minutter over dagens sluttid (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Nyt punkt</translation>
    </message>
</context>
<context>
    <name>AgendaTableModel</name>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutter</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Oplægsholder</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <source>This item runs past the end of the day.</source>
        <translation>Punktet slutter efter dagens sluttid.</translation>
    </message>
    <message>
        <source>The member&apos;s company, from the roster.</source>
        <translation>Medlemmets virksomhed fra medlemslisten.</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <source>Back &amp;up now</source>
        <translation>&amp;Sikkerhedskopiér nu</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>Gen&amp;dan fra sikkerhedskopi…</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sikkerhedskopiér nu</translation>
    </message>
    <message>
        <source>Backup saved: %1</source>
        <translation>Sikkerhedskopi gemt: %1</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Gendan fra sikkerhedskopi</translation>
    </message>
    <message>
        <source>Replace everything in the database with the backup made %1? The database as it is now is kept as a backup first. Undo history is cleared.</source>
        <translation>Erstat alt i databasen med sikkerhedskopien fra %1? Databasen, som den er nu, gemmes først som sikkerhedskopi. Fortrydelseshistorikken ryddes.</translation>
    </message>
    <message>
        <source>The backup was restored.</source>
        <translation>Sikkerhedskopien er gendannet.</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Daily, at start</source>
        <translation>Dagligt, ved start</translation>
    </message>
    <message>
        <source>Made by you</source>
        <translation>Lavet af dig</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Før en opgradering</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Før en gendannelse</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 kB</source>
        <translation>%1 kB</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Gendan fra sikkerhedskopi</translation>
    </message>
    <message>
        <source>Choose the backup to restore. Everything in the database is replaced by the backup; the database as it is now is kept as a backup first, so a restore can be taken back. The backups are in %1.</source>
        <translation>Vælg den sikkerhedskopi, der skal gendannes. Alt i databasen erstattes af sikkerhedskopien; databasen, som den er nu, gemmes først som sikkerhedskopi, så en gendannelse kan fortrydes. Sikkerhedskopierne ligger i %1.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sikkerhedskopier</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Oprettet</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Årsag</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
    <message>
        <source>There are no backups yet.</source>
        <translation>Der er endnu ingen sikkerhedskopier.</translation>
    </message>
    <message>
        <source>Number of backups kept</source>
        <translation>Antal sikkerhedskopier, der gemmes</translation>
    </message>
    <message>
        <source>&amp;Keep the newest</source>
        <translation>&amp;Behold de nyeste</translation>
    </message>
    <message>
        <source>daily and manual backups</source>
        <translation>daglige og manuelle sikkerhedskopier</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Sikkerhedskopiér nu</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Gendan…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sikkerhedskopiér nu</translation>
    </message>
    <message>
        <source>Backup saved: %1</source>
        <translation>Sikkerhedskopi gemt: %1</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change the passphrase</source>
        <translation>Skift adgangsfrasen</translation>
    </message>
    <message>
        <source>The database keeps its data, its backups and its recovery key: only the passphrase that opens it changes.</source>
        <translation>Databasen beholder sine data, sine sikkerhedskopier og sin gendannelsesnøgle: Kun adgangsfrasen, der åbner den, skiftes.</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>Nu&amp;værende adgangsfrase:</translation>
    </message>
    <message>
        <source>Chan&amp;ge</source>
        <translation>S&amp;kift</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
</context>
<context>
    <name>ChecklistTemplateModel</name>
    <message>
        <source>Task</source>
        <translation>Opgave</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
</context>
<context>
    <name>CoordinatorFields</name>
    <message>
        <source>name@company.dk</source>
        <translation>navn@virksomhed.dk</translation>
    </message>
    <message>
        <source>+45 12 34 56 78</source>
        <translation>+45 12 34 56 78</translation>
    </message>
    <message>
        <source>The lines under your e-mails, e.g. your name and phone</source>
        <translation>Linjerne under dine e-mails, fx dit navn og telefonnummer</translation>
    </message>
    <message>
        <source>Coordinator&apos;s name</source>
        <translation>Koordinatorens navn</translation>
    </message>
    <message>
        <source>Coordinator&apos;s e-mail</source>
        <translation>Koordinatorens e-mail</translation>
    </message>
    <message>
        <source>Coordinator&apos;s phone</source>
        <translation>Koordinatorens telefon</translation>
    </message>
    <message>
        <source>Signature under e-mails</source>
        <translation>Signatur under e-mails</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Navn:</translation>
    </message>
    <message>
        <source>E-&amp;mail:</source>
        <translation>E-&amp;mail:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Tele&amp;fon:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>&amp;Signature:</source>
        <translation>&amp;Signatur:</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Signatur:</translation>
    </message>
</context>
<context>
    <name>CoordinatorsDialog</name>
    <message>
        <source>Coordinators of %1</source>
        <translation>Koordinatorer for %1</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordinator</translation>
    </message>
    <message>
        <source>The e-mail drafts are sent from this address and end with this signature; the agendas and minutes name the coordinator.</source>
        <translation>E-mailudkastene sendes fra denne adresse og slutter med denne signatur; dagsordener og referater nævner koordinatoren.</translation>
    </message>
    <message>
        <source>Co-coordinator (optional)</source>
        <translation>Medkoordinator (valgfrit)</translation>
    </message>
    <message>
        <source>Co-coordinator</source>
        <translation>Medkoordinator</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
</context>
<context>
    <name>Countries</name>
    <message>
        <source>Denmark</source>
        <translation>Danmark</translation>
    </message>
    <message>
        <source>Faroe Islands</source>
        <translation>Færøerne</translation>
    </message>
    <message>
        <source>Greenland</source>
        <translation>Grønland</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>Sverige</translation>
    </message>
    <message>
        <source>Norway</source>
        <translation>Norge</translation>
    </message>
    <message>
        <source>Finland</source>
        <translation>Finland</translation>
    </message>
    <message>
        <source>Iceland</source>
        <translation>Island</translation>
    </message>
    <message>
        <source>Åland Islands</source>
        <translation>Åland</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Tyskland</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Nederlandene</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>Belgien</translation>
    </message>
    <message>
        <source>Luxembourg</source>
        <translation>Luxembourg</translation>
    </message>
    <message>
        <source>France</source>
        <translation>Frankrig</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Storbritannien</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Irland</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>Spanien</translation>
    </message>
    <message>
        <source>Portugal</source>
        <translation>Portugal</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>Italien</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>Schweiz</translation>
    </message>
    <message>
        <source>Austria</source>
        <translation>Østrig</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Polen</translation>
    </message>
    <message>
        <source>Czechia</source>
        <translation>Tjekkiet</translation>
    </message>
    <message>
        <source>Slovakia</source>
        <translation>Slovakiet</translation>
    </message>
    <message>
        <source>Hungary</source>
        <translation>Ungarn</translation>
    </message>
    <message>
        <source>Estonia</source>
        <translation>Estland</translation>
    </message>
    <message>
        <source>Latvia</source>
        <translation>Letland</translation>
    </message>
    <message>
        <source>Lithuania</source>
        <translation>Litauen</translation>
    </message>
    <message>
        <source>Greece</source>
        <translation>Grækenland</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>USA</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Canada</translation>
    </message>
    <message>
        <source>India</source>
        <translation>Indien</translation>
    </message>
</context>
<context>
    <name>DatabaseFiles</name>
    <message>
        <source>Open &amp;database…</source>
        <extracomment>Another database is open: `ctx.db` is the new one; the window shows what it holds.</extracomment>
        <translation>&amp;Åbn database…</translation>
    </message>
    <message>
        <source>Recen&amp;t databases</source>
        <translation>Senes&amp;te databaser</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Åbn database</translation>
    </message>
    <message>
        <source>Coordinator databases (*.sqlite *.db);;All files (*)</source>
        <translation>Coordinator-databaser (*.sqlite *.db);;Alle filer (*)</translation>
    </message>
    <message>
        <source>The file is no longer there</source>
        <translation>Filen findes ikke længere</translation>
    </message>
    <message>
        <source>No other databases opened yet</source>
        <translation>Ingen andre databaser åbnet endnu</translation>
    </message>
    <message>
        <source>That database is open already.</source>
        <translation>Den database er allerede åben.</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Åbnede %1</translation>
    </message>
</context>
<context>
    <name>DateDelegate</name>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
</context>
<context>
    <name>EncryptionActions</name>
    <message>
        <source>E&amp;ncrypt database…</source>
        <translation>&amp;Kryptér databasen…</translation>
    </message>
    <message>
        <source>&amp;Change passphrase…</source>
        <translation>Skift adgangs&amp;frase…</translation>
    </message>
    <message>
        <source>&amp;Forget the remembered key</source>
        <translation>Glem den huskede &amp;nøgle</translation>
    </message>
    <message>
        <source>Loc&amp;k</source>
        <translation>&amp;Lås</translation>
    </message>
    <message>
        <source>The database is encrypted already.</source>
        <translation>Databasen er allerede krypteret.</translation>
    </message>
    <message>
        <source>A database opened read-only cannot be encrypted.</source>
        <translation>En database, der er åbnet skrivebeskyttet, kan ikke krypteres.</translation>
    </message>
    <message>
        <source>Encrypt the database and its backups with a passphrase</source>
        <translation>Kryptér databasen og dens sikkerhedskopier med en adgangsfrase</translation>
    </message>
    <message>
        <source>Close the database until its passphrase is typed again (%1)</source>
        <translation>Luk databasen, indtil dens adgangsfrase skrives igen (%1)</translation>
    </message>
    <message>
        <source>Only an encrypted database can be locked.</source>
        <translation>Kun en krypteret database kan låses.</translation>
    </message>
    <message>
        <source>The database is not encrypted.</source>
        <translation>Databasen er ikke krypteret.</translation>
    </message>
    <message>
        <source>Encrypting the database and its backups…</source>
        <translation>Krypterer databasen og dens sikkerhedskopier…</translation>
    </message>
    <message>
        <source>Encrypt the database</source>
        <translation>Kryptér databasen</translation>
    </message>
    <message>
        <source>The database is encrypted.</source>
        <translation>Databasen er krypteret.</translation>
    </message>
    <message numerus="yes">
        <source>The database and its backups are encrypted. These %n unencrypted file(s) were overwritten with zeros and removed:</source>
        <translation>
            <numerusform>Databasen og dens sikkerhedskopier er krypteret. Denne %n ukrypterede fil blev overskrevet med nuller og fjernet:</numerusform>
            <numerusform>Databasen og dens sikkerhedskopier er krypteret. Disse %n ukrypterede filer blev overskrevet med nuller og fjernet:</numerusform>
        </translation>
    </message>
    <message>
        <source>The passphrase was changed; the recovery key stays the same.</source>
        <translation>Adgangsfrasen er skiftet; gendannelsesnøglen er den samme.</translation>
    </message>
    <message>
        <source>Forget the remembered key</source>
        <translation>Glem den huskede nøgle</translation>
    </message>
    <message>
        <source>This computer no longer remembers the key: Coordinator asks for the passphrase at the next start.</source>
        <translation>Denne computer husker ikke længere nøglen: Coordinator beder om adgangsfrasen ved næste start.</translation>
    </message>
    <message>
        <source>This computer remembers no key for this database.</source>
        <translation>Denne computer husker ingen nøgle til denne database.</translation>
    </message>
</context>
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
    <name>ErasePersonDialog</name>
    <message>
        <source>Erase person</source>
        <translation>Slet person</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Erase the personal data of %1?&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Removed: the name, e-mail address, phone, address, notes, dietary needs, expertise and job history, and the diets and notes of their sign-ups.&lt;/p&gt;&lt;p&gt;Kept, shown as “former member”: their round-table entries, attendance and sign-up answers, so that past minutes stay readable.&lt;/p&gt;&lt;p&gt;This cannot be undone, and the undo history is cleared. The data is erased from the backups in the database&apos;s backups folder too. Copies kept elsewhere (a backup saved to another folder, exported files, e-mails) are not changed.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Slet personoplysningerne om %1?&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Fjernes: navn, e-mailadresse, telefon, adresse, noter, kostbehov, ekspertise og jobhistorik samt kostbehov og noter i personens tilmeldinger.&lt;/p&gt;&lt;p&gt;Bevares, vist som »tidligere medlem«: personens indlæg fra rundt-om-bordet, fremmøde og svar på tilmeldinger, så tidligere referater stadig kan læses.&lt;/p&gt;&lt;p&gt;Det kan ikke fortrydes, og fortrydelseshistorikken ryddes. Oplysningerne slettes også i sikkerhedskopierne i databasens mappe til sikkerhedskopier. Kopier andre steder (en sikkerhedskopi gemt i en anden mappe, eksporterede filer, e-mails) ændres ikke.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Name to confirm</source>
        <translation>Navn til bekræftelse</translation>
    </message>
    <message>
        <source>Type the name “%1” to confirm:</source>
        <translation>Skriv navnet »%1« for at bekræfte:</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Slet</translation>
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
        <source>Type your group&apos;s name to start with an empty group.</source>
        <translation>Skriv gruppens navn for at starte med en tom gruppe.</translation>
    </message>
    <message>
        <source>&amp;Your group&apos;s name:</source>
        <translation>&amp;Gruppens navn:</translation>
    </message>
    <message>
        <source>You, the coordinator (optional)</source>
        <translation>Dig som koordinator (valgfrit)</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Dig</translation>
    </message>
    <message>
        <source>Your e-mails to the members and the host are sent from this address and end with the signature; the agendas and minutes name you. You can change it later in File ▸ Group ▸ Coordinators.</source>
        <translation>Dine e-mails til medlemmerne og værten sendes fra denne adresse og slutter med signaturen; dagsordener og referater nævner dig. Du kan ændre det senere under Filer ▸ Gruppe ▸ Koordinatorer.</translation>
    </message>
    <message>
        <source>Start with &amp;demo data</source>
        <translation>Start med &amp;demodata</translation>
    </message>
    <message>
        <source>The demo data goes into a group of its own, “Demo – IT Drift”, with twelve made-up members; File ▸ Group ▸ Remove demo data removes it in one step. A group you have named above is made beside it.</source>
        <translation>Demodata lægges i en gruppe for sig, »Demo – IT Drift«, med tolv opdigtede medlemmer; Filer ▸ Gruppe ▸ Fjern demodata fjerner den i ét trin. En gruppe, du har navngivet ovenfor, oprettes ved siden af.</translation>
    </message>
    <message>
        <source>Demo – IT Drift</source>
        <translation>Demo – IT Drift</translation>
    </message>
    <message>
        <source>Start &amp;empty</source>
        <translation>Start med &amp;tom gruppe</translation>
    </message>
</context>
<context>
    <name>GroupActions</name>
    <message>
        <source>Rename group to %1</source>
        <translation>Omdøb gruppen til %1</translation>
    </message>
    <message>
        <source>Coordinators</source>
        <translation>Koordinatorer</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) who are only in this group</source>
        <translation>
            <numerusform>%n medlem, der kun er i denne gruppe</numerusform>
            <numerusform>%n medlemmer, der kun er i denne gruppe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n møde</numerusform>
            <numerusform>%n møder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the minutes of %n meeting(s)</source>
        <translation>
            <numerusform>referatet af %n møde</numerusform>
            <numerusform>referaterne af %n møder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) who are also in another group stay, with that group.</source>
        <translation>
            <numerusform>%n medlem, der også er i en anden gruppe, bliver i den gruppe.</numerusform>
            <numerusform>%n medlemmer, der også er i en anden gruppe, bliver i den gruppe.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Rename group…</source>
        <translation>&amp;Omdøb gruppe…</translation>
    </message>
    <message>
        <source>&amp;Delete group…</source>
        <translation>&amp;Slet gruppe…</translation>
    </message>
    <message>
        <source>&amp;Coordinators…</source>
        <translation>&amp;Koordinatorer…</translation>
    </message>
    <message>
        <source>Remove de&amp;mo data…</source>
        <translation>Fjern de&amp;modata…</translation>
    </message>
    <message>
        <source>Rename group</source>
        <translation>Omdøb gruppe</translation>
    </message>
    <message>
        <source>New name of the group:</source>
        <translation>Gruppens nye navn:</translation>
    </message>
    <message>
        <source>The group “%1” is now called “%2”</source>
        <translation>Gruppen »%1« hedder nu »%2«</translation>
    </message>
    <message>
        <source>Coordinators saved</source>
        <translation>Koordinatorerne er gemt</translation>
    </message>
    <message>
        <source>Delete group</source>
        <translation>Slet gruppe</translation>
    </message>
    <message>
        <source>The group “%1” was deleted</source>
        <translation>Gruppen »%1« er slettet</translation>
    </message>
    <message>
        <source>backup: %1</source>
        <translation>sikkerhedskopi: %1</translation>
    </message>
    <message>
        <source>Remove demo data</source>
        <translation>Fjern demodata</translation>
    </message>
    <message>
        <source>Remove the demo group “%1” and its made-up data?</source>
        <translation>Fjern demogruppen »%1« og dens opdigtede data?</translation>
    </message>
    <message>
        <source>Delete the group “%1”?</source>
        <translation>Slet gruppen »%1«?</translation>
    </message>
    <message>
        <source>This deletes:</source>
        <translation>Dette slettes:</translation>
    </message>
    <message>
        <source>A backup of the database is made first. This cannot be undone with Undo: to get the group back, restore that backup (File ▸ Restore from backup…).</source>
        <translation>Der tages først en sikkerhedskopi af databasen. Det kan ikke fortrydes med Fortryd: For at få gruppen tilbage skal du gendanne den sikkerhedskopi (Filer ▸ Gendan fra sikkerhedskopi…).</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
</context>
<context>
    <name>GuestDialog</name>
    <message>
        <source>Guest</source>
        <translation>Gæst</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Dietary needs</source>
        <translation>Kostbehov</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Answer:</source>
        <translation>&amp;Svar:</translation>
    </message>
    <message>
        <source>&amp;Dietary needs:</source>
        <translation>Kost&amp;behov:</translation>
    </message>
    <message>
        <source>No&amp;te:</source>
        <translation>No&amp;te:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
</context>
<context>
    <name>HeldBox</name>
    <message>
        <source>Meeting held</source>
        <translation>Mødet er afholdt</translation>
    </message>
    <message>
        <source>A cancelled meeting is never held.</source>
        <translation>Et aflyst møde er aldrig afholdt.</translation>
    </message>
    <message>
        <source>Choose a meeting first.</source>
        <translation>Vælg først et møde.</translation>
    </message>
    <message>
        <source>Ticked by itself once the meeting&apos;s day has passed and attendance or minutes are recorded. Untick it if the meeting did not take place; it is then confirmed.</source>
        <translation>Sættes af sig selv, når mødedagen er gået, og der er registreret fremmøde eller referat. Fjern fluebenet, hvis mødet ikke blev holdt; det står så som bekræftet.</translation>
    </message>
    <message>
        <source>Meeting on %1 held</source>
        <translation>Mødet %1 er afholdt</translation>
    </message>
    <message>
        <source>Meeting on %1 not held</source>
        <translation>Mødet %1 er ikke afholdt</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Kunne ikke gemme</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import contacts</source>
        <translation>Importér kontakter</translation>
    </message>
    <message>
        <source>Contacts are imported into a group, and there is none yet. Name of the new group:</source>
        <translation>Kontakter importeres i en gruppe, og der er ingen endnu. Navn på den nye gruppe:</translation>
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
        <source>Member since</source>
        <translation>Medlem siden</translation>
    </message>
    <message>
        <source>Member &amp;since:</source>
        <translation>Medlem &amp;siden:</translation>
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
    <message>
        <source>Every contact has its “member since” day in the file.</source>
        <translation>Alle kontakter har deres »medlem siden«-dato i filen.</translation>
    </message>
    <message>
        <source>%1 of %2 contacts have a “member since” day in the file; the rest get this day.</source>
        <translation>%1 af %2 kontakter har en »medlem siden«-dato i filen; resten får denne dato.</translation>
    </message>
    <message>
        <source>The file has no “member since” days: the contacts get this day.</source>
        <translation>Filen har ingen »medlem siden«-datoer: Kontakterne får denne dato.</translation>
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
    <message>
        <source>Nothing in this file can be imported:</source>
        <translation>Intet i denne fil kan importeres:</translation>
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
        <source>%1 of %2 contacts</source>
        <translation>%1 af %2 kontakter</translation>
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
        <source>Shares contact details</source>
        <translation>Deler kontaktoplysninger</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Udmeldt</translation>
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
        <source>In no group yet: joins this group</source>
        <translation>I ingen gruppe endnu: kommer med i denne gruppe</translation>
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
    <name>InvitationExporter</name>
    <message>
        <source>Invitations for the &amp;year…</source>
        <translation>Invitationer for året som e-&amp;mail…</translation>
    </message>
    <message>
        <source>Where should the invitations go?</source>
        <translation>Hvor skal invitationerne gemmes?</translation>
    </message>
    <message>
        <source>invitations</source>
        <translation>invitationer</translation>
    </message>
    <message>
        <source>Writing the invitations…</source>
        <translation>Skriver invitationerne…</translation>
    </message>
    <message>
        <source>Invitations for the year</source>
        <translation>Invitationer for året</translation>
    </message>
    <message>
        <source>No invitation was written: the year has no coming meeting, or no member has an e-mail address.</source>
        <translation>Der blev ikke skrevet nogen invitation: Året har intet kommende møde, eller intet medlem har en e-mailadresse.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n draft(s) to %1.</source>
        <translation>
            <numerusform>Skrev %n kladde til %1.</numerusform>
            <numerusform>Skrev %n kladder til %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open each in your mail program and send it: the members answer from their calendar, and you import the answers with File ▸ Import calendar replies…</source>
        <translation>Åbn hver af dem i dit mailprogram, og send den: Medlemmerne svarer fra deres kalender, og du importerer svarene med Filer ▸ Importér kalendersvar…</translation>
    </message>
    <message numerus="yes">
        <source>%n of them are cancellation(s).</source>
        <translation>
            <numerusform>%n af dem er en aflysning.</numerusform>
            <numerusform>%n af dem er aflysninger.</numerusform>
        </translation>
    </message>
    <message>
        <source>Without an e-mail address, so no invitation: %1</source>
        <translation>Uden e-mailadresse og derfor uden invitation: %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Gemt %1</translation>
    </message>
    <message>
        <source>The invitations could not be written: %1</source>
        <translation>Invitationerne kunne ikke skrives: %1</translation>
    </message>
</context>
<context>
    <name>JobDatesDialog</name>
    <message>
        <source>Job dates</source>
        <translation>Jobdatoer</translation>
    </message>
    <message>
        <source>S&amp;tarted on:</source>
        <translation>&amp;Begyndte:</translation>
    </message>
    <message>
        <source>&amp;Ended on:</source>
        <translation>&amp;Sluttede:</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdato</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Slutdato</translation>
    </message>
    <message>
        <source>Untick a date that is not known. A job without an end date is a current job.</source>
        <translation>Fjern fluebenet ved en dato, der ikke kendes. Et job uden slutdato er et nuværende job.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
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
    <name>Labels</name>
    <message>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bekræftet</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Afholdt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Aflyst</translation>
    </message>
    <message>
        <source>Not taken</source>
        <translation>Ikke registreret</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Til stede</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Fraværende</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Afbud</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Kom senere</translation>
    </message>
    <message>
        <source>Left early</source>
        <translation>Gik tidligere</translation>
    </message>
    <message>
        <source>Group only</source>
        <translation>Kun gruppen</translation>
    </message>
    <message>
        <source>May be shared without name</source>
        <translation>Må deles uden navn</translation>
    </message>
    <message>
        <source>May be shared</source>
        <translation>Må deles</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Kladde</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sendt</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Godkendt</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idé</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Spurgt</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Afslået</translation>
    </message>
    <message>
        <source>No answer yet</source>
        <translation>Ikke svaret endnu</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Maybe</source>
        <translation>Måske</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Ankomst</translation>
    </message>
    <message>
        <source>Welcome by the host</source>
        <translation>Velkomst ved værten</translation>
    </message>
    <message>
        <source>Tour</source>
        <translation>Rundvisning</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Oplæg</translation>
    </message>
    <message>
        <source>Lunch</source>
        <translation>Frokost</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Diskussion</translation>
    </message>
    <message>
        <source>Round table</source>
        <translation>Rundt om bordet</translation>
    </message>
    <message>
        <source>Next theme</source>
        <translation>Næste tema</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andet</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>mandag</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>tirsdag</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>onsdag</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>torsdag</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>fredag</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>lørdag</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>søndag</translation>
    </message>
    <message>
        <source>Jan</source>
        <translation>jan</translation>
    </message>
    <message>
        <source>Feb</source>
        <translation>feb</translation>
    </message>
    <message>
        <source>Mar</source>
        <translation>mar</translation>
    </message>
    <message>
        <source>Apr</source>
        <translation>apr</translation>
    </message>
    <message>
        <source>May</source>
        <translation>maj</translation>
    </message>
    <message>
        <source>Jun</source>
        <translation>jun</translation>
    </message>
    <message>
        <source>Jul</source>
        <translation>jul</translation>
    </message>
    <message>
        <source>Aug</source>
        <translation>aug</translation>
    </message>
    <message>
        <source>Sep</source>
        <translation>sep</translation>
    </message>
    <message>
        <source>Oct</source>
        <translation>okt</translation>
    </message>
    <message>
        <source>Nov</source>
        <translation>nov</translation>
    </message>
    <message>
        <source>Dec</source>
        <translation>dec</translation>
    </message>
    <message>
        <source>It is a weekend day.</source>
        <translation>Det er en weekenddag.</translation>
    </message>
    <message>
        <source>It is a public holiday: %1.</source>
        <translation>Det er en helligdag: %1.</translation>
    </message>
    <message>
        <source>It is in the Easter school holiday.</source>
        <translation>Det er i skolernes påskeferie.</translation>
    </message>
    <message>
        <source>It is in the Christmas holiday.</source>
        <translation>Det er i juleferien.</translation>
    </message>
    <message>
        <source>It is in a school-holiday week (week %1).</source>
        <translation>Det er i en skoleferieuge (uge %1).</translation>
    </message>
    <message>
        <source>The group already meets that day.</source>
        <translation>Gruppen har allerede møde den dag.</translation>
    </message>
    <message numerus="yes">
        <source>Only %n day(s) from the meeting on %1.</source>
        <translation>
            <numerusform>Kun %n dag fra mødet den %1.</numerusform>
            <numerusform>Kun %n dage fra mødet den %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LockController</name>
    <message>
        <source>Locked – Coordinator</source>
        <extracomment>What counts as the user being there: keys, clicks, the mouse moved over a window, touch. The database is closed and the lock screen shown. The database is open again and the views are back.</extracomment>
        <translation>Låst – Coordinator</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Coordinator is locked</source>
        <extracomment>The passphrase or recovery key typed opens the database: reopen it with this key. The user would rather quit than unlock.</extracomment>
        <translation>Coordinator er låst</translation>
    </message>
    <message>
        <source>The database %1 is closed, and nothing of it is shown. Type its passphrase to open it again where you left it.</source>
        <translation>Databasen %1 er lukket, og intet af den vises. Skriv dens adgangsfrase for at åbne den igen, hvor du slap.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Lås op</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
</context>
<context>
    <name>LogisticsCommands</name>
    <message>
        <source>Edit the visit</source>
        <translation>Rediger besøget</translation>
    </message>
    <message>
        <source>Change sign-up of %1</source>
        <translation>Ændr tilmelding for %1</translation>
    </message>
    <message>
        <source>Add guest %1</source>
        <translation>Tilføj gæst %1</translation>
    </message>
    <message>
        <source>Edit guest %1</source>
        <translation>Rediger gæst %1</translation>
    </message>
    <message>
        <source>Remove guest %1</source>
        <translation>Fjern gæst %1</translation>
    </message>
    <message>
        <source>Done: %1</source>
        <translation>Udført: %1</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>Ikke udført: %1</translation>
    </message>
    <message>
        <source>Add checklist item</source>
        <translation>Tilføj tjeklistepunkt</translation>
    </message>
    <message>
        <source>Edit checklist item</source>
        <translation>Rediger tjeklistepunkt</translation>
    </message>
    <message>
        <source>Remove checklist item</source>
        <translation>Fjern tjeklistepunkt</translation>
    </message>
    <message>
        <source>%1 pauses hosting</source>
        <translation>%1 holder pause som vært</translation>
    </message>
    <message>
        <source>%1 can host again</source>
        <translation>%1 kan være vært igen</translation>
    </message>
    <message numerus="yes">
        <source>Import %n answer(s) from calendars</source>
        <translation>
            <numerusform>Importér %n svar fra kalendere</numerusform>
            <numerusform>Importér %n svar fra kalendere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogisticsExporter</name>
    <message>
        <source>Save visitor list</source>
        <translation>Gem besøgsliste</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the visitor list…</source>
        <translation>Skriver besøgslisten…</translation>
    </message>
    <message>
        <source>Save e-mail to the host</source>
        <translation>Gem e-mail til værten</translation>
    </message>
    <message>
        <source>visitor list</source>
        <translation>besøgsliste</translation>
    </message>
    <message>
        <source>e-mail to host</source>
        <translation>e-mail til vært</translation>
    </message>
    <message>
        <source>E-mail drafts (*.eml)</source>
        <translation>E-mailkladder (*.eml)</translation>
    </message>
    <message>
        <source>Writing the e-mail…</source>
        <translation>Skriver e-mailen…</translation>
    </message>
    <message>
        <source>Save e-mail to the members</source>
        <translation>Gem e-mail til medlemmerne</translation>
    </message>
    <message>
        <source>invitation</source>
        <translation>invitation</translation>
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
    <name>LogisticsView</name>
    <message numerus="yes">
        <source>%n day(s) before</source>
        <translation>
            <numerusform>%n dag før</numerusform>
            <numerusform>%n dage før</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) after</source>
        <translation>
            <numerusform>%n dag efter</numerusform>
            <numerusform>%n dage efter</numerusform>
        </translation>
    </message>
    <message>
        <source>on the day</source>
        <translation>på dagen</translation>
    </message>
    <message>
        <source>Coming: %1 · Maybe: %2 · Not coming: %3 · No answer: %4</source>
        <translation>Kommer: %1 · Måske: %2 · Kommer ikke: %3 · Ikke svaret: %4</translation>
    </message>
    <message numerus="yes">
        <source>(of whom %n guest(s))</source>
        <translation>
            <numerusform>(heraf %n gæst)</numerusform>
            <numerusform>(heraf %n gæster)</numerusform>
        </translation>
    </message>
    <message>
        <source>Catering for %1 (up to %2 if everyone who said maybe comes)</source>
        <translation>Forplejning til %1 (op til %2, hvis alle, der har svaret måske, kommer)</translation>
    </message>
    <message>
        <source>Catering for %1</source>
        <translation>Forplejning til %1</translation>
    </message>
    <message>
        <source>Dietary needs: %1</source>
        <translation>Kostbehov: %1</translation>
    </message>
    <message>
        <source>No dietary needs among those coming</source>
        <translation>Ingen kostbehov blandt dem, der kommer</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Møde</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Virksomhed</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>Dietary needs</source>
        <translation>Kostbehov</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Sign-ups</source>
        <translation>Tilmeldinger</translation>
    </message>
    <message>
        <source>Catering numbers</source>
        <translation>Antal til forplejning</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Udført</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Opgave</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Tjekliste</translation>
    </message>
    <message>
        <source>Due across coming meetings</source>
        <translation>Frister for kommende møder</translation>
    </message>
    <message>
        <source>Open tasks of all coming meetings</source>
        <translation>Åbne opgaver for alle kommende møder</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>På pause</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>&amp;Practical</source>
        <translation>&amp;Praktisk</translation>
    </message>
    <message>
        <source>Sign-&amp;ups</source>
        <translation>&amp;Tilmeldinger</translation>
    </message>
    <message>
        <source>Add tasks from the templat&amp;e</source>
        <translation>Tilføj opgaver fra skabe&amp;lonen</translation>
    </message>
    <message>
        <source>Only guests can be removed here; members stay on the list.</source>
        <translation>Kun gæster kan fjernes her; medlemmer bliver stående på listen.</translation>
    </message>
    <message>
        <source>Last hosted</source>
        <translation>Sidst vært</translation>
    </message>
    <message>
        <source>Meeti&amp;ng:</source>
        <translation>M&amp;øde:</translation>
    </message>
    <message>
        <source>never</source>
        <translation>aldrig</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Booket</translation>
    </message>
    <message>
        <source>Host rotation</source>
        <translation>Værtsrotation</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Vært</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Hosting history</source>
        <translation>Værtshistorik</translation>
    </message>
    <message>
        <source>Whose turn is it?</source>
        <translation>Hvis tur er det?</translation>
    </message>
    <message>
        <source>Who has hosted</source>
        <translation>Hvem har været vært</translation>
    </message>
    <message>
        <source>Chec&amp;klist</source>
        <translation>Tje&amp;kliste</translation>
    </message>
    <message>
        <source>Host &amp;rotation</source>
        <translation>Værtsrotatio&amp;n</translation>
    </message>
    <message>
        <source>&amp;Visitor list (PDF)…</source>
        <translation>&amp;Besøgsliste (PDF)…</translation>
    </message>
    <message>
        <source>E-mail to the &amp;host…</source>
        <translation>E-mail til &amp;værten…</translation>
    </message>
    <message>
        <source>E-mail to the &amp;members…</source>
        <translation>E-mail til &amp;medlemmerne…</translation>
    </message>
    <message>
        <source>Add &amp;guest…</source>
        <translation>Tilføj &amp;gæst…</translation>
    </message>
    <message>
        <source>Remove g&amp;uest</source>
        <translation>&amp;Fjern gæst</translation>
    </message>
    <message>
        <source>Add &amp;task</source>
        <translation>Tilføj &amp;opgave</translation>
    </message>
    <message>
        <source>Remove t&amp;ask</source>
        <translation>Fjern o&amp;pgave</translation>
    </message>
    <message>
        <source>No meeting yet: plan one in the year plan.</source>
        <translation>Intet møde endnu: planlæg et i mødeplanen.</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>hos %1</translation>
    </message>
    <message>
        <source>No host chosen yet (see Host rotation).</source>
        <translation>Ingen vært valgt endnu (se Værtsrotation).</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) overdue</source>
        <translation>
            <numerusform>%n opgave over fristen</numerusform>
            <numerusform>%n opgaver over fristen</numerusform>
        </translation>
    </message>
    <message>
        <source>Next in turn to host: %1</source>
        <translation>Næste vært i rækken: %1</translation>
    </message>
    <message>
        <source>(last hosted %1)</source>
        <translation>(sidst vært %1)</translation>
    </message>
    <message>
        <source>(has not hosted yet)</source>
        <translation>(har ikke været vært endnu)</translation>
    </message>
    <message>
        <source>No member company can host at the moment.</source>
        <translation>Ingen medlemsvirksomhed kan være vært lige nu.</translation>
    </message>
    <message>
        <source>In the roster: %1</source>
        <translation>I medlemslisten: %1</translation>
    </message>
    <message>
        <source>From the roster</source>
        <translation>Fra medlemslisten</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overskredet</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Kunne ikke gemme</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Ny opgave</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Coordinator</source>
        <extracomment>The frame was painted for the first time (emitted from the event loop, after the paint).</extracomment>
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
        <source>Year plan</source>
        <translation>Mødeplan</translation>
    </message>
    <message>
        <source>&amp;Year plan</source>
        <translation>Møde&amp;plan</translation>
    </message>
    <message>
        <source>Host visit</source>
        <translation>Værtsbesøg</translation>
    </message>
    <message>
        <source>&amp;Host visit</source>
        <translation>&amp;Værtsbesøg</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Referat</translation>
    </message>
    <message>
        <source>Mi&amp;nutes</source>
        <translation>&amp;Referat</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Databasefil</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Skrivebeskyttet</translation>
    </message>
    <message>
        <source>The database is open read-only</source>
        <translation>Databasen er åbnet skrivebeskyttet</translation>
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
        <source>Planner &amp;settings…</source>
        <translation>Indstillinger for &amp;mødeplan…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>&amp;Indstillinger…</translation>
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
        <source>Gr&amp;oup</source>
        <translation>Gru&amp;ppe</translation>
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
        <source>Undo</source>
        <translation>Fortryd</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Gentag</translation>
    </message>
    <message>
        <source>The group whose members, meetings, visits and minutes are shown</source>
        <translation>Gruppen, hvis medlemmer, møder, besøg og referater vises</translation>
    </message>
    <message>
        <source>Import members from a CSV or vCard file (%1)</source>
        <translation>Importér medlemmer fra en CSV- eller vCard-fil (%1)</translation>
    </message>
    <message>
        <source>Save the group&apos;s member list as a PDF (%1)</source>
        <translation>Gem gruppens medlemsliste som PDF (%1)</translation>
    </message>
    <message>
        <source>Undo “%1” (%2)</source>
        <translation>Fortryd »%1« (%2)</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Intet at fortryde</translation>
    </message>
    <message>
        <source>Redo “%1” (%2)</source>
        <translation>Gentag »%1« (%2)</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>Intet at gentage</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>Mee&amp;tings</source>
        <translation>Mø&amp;der</translation>
    </message>
    <message>
        <source>Vi&amp;sit</source>
        <translation>&amp;Besøg</translation>
    </message>
    <message>
        <source>M&amp;inutes</source>
        <translation>&amp;Referat</translation>
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
        <source>%1 (read-only)</source>
        <translation>%1 (skrivebeskyttet)</translation>
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
        <source>Planner settings saved</source>
        <translation>Indstillingerne for mødeplanen er gemt</translation>
    </message>
    <message>
        <source>The language changes when Coordinator starts next time.</source>
        <translation>Sproget skifter, næste gang Coordinator starter.</translation>
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
    <name>MeetingBox</name>
    <message>
        <source>Meeting</source>
        <translation>Møde</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Weekday and week</source>
        <translation>Ugedag og uge</translation>
    </message>
    <message>
        <source>Warnings about the date</source>
        <translation>Advarsler om datoen</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Starter</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Slutter</translation>
    </message>
    <message>
        <source>to</source>
        <translation>til</translation>
    </message>
    <message>
        <source>Decided at the previous meeting&apos;s round table</source>
        <translation>Besluttet ved forrige mødes rundt om bordet</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Host company</source>
        <translation>Værtsvirksomhed</translation>
    </message>
    <message>
        <source>(not decided yet)</source>
        <translation>(ikke besluttet endnu)</translation>
    </message>
    <message>
        <source>Host rotation</source>
        <translation>Værtsrotation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Tid:</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>T&amp;ema:</translation>
    </message>
    <message>
        <source>H&amp;ost:</source>
        <translation>&amp;Vært:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Noter:</translation>
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
        <source>%1, week %2</source>
        <translation>%1, uge %2</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Kunne ikke gemme</translation>
    </message>
</context>
<context>
    <name>MeetingTableModel</name>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Uge</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Vært</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Dagsorden</translation>
    </message>
    <message>
        <source>(theme not decided yet)</source>
        <translation>(tema ikke besluttet endnu)</translation>
    </message>
    <message>
        <source>(no host yet)</source>
        <translation>(ingen vært endnu)</translation>
    </message>
</context>
<context>
    <name>MemberActions</name>
    <message>
        <source>Delete member</source>
        <extracomment>The files a drop on the roster imports: the endings File ▸ Import offers.</extracomment>
        <translation>Slet medlem</translation>
    </message>
    <message>
        <source>Delete %1 from the group?</source>
        <translation>Slet %1 fra gruppen?</translation>
    </message>
    <message>
        <source>For a member entered by mistake: their membership, jobs and expertise are removed (the person stays if they are in another group). A member who has taken part in meetings is kept: end their membership instead. Edit ▸ Undo brings them back.</source>
        <translation>Til et medlem, der er oprettet ved en fejl: Medlemskabet, jobbene og ekspertisen fjernes (personen bliver, hvis vedkommende er med i en anden gruppe). Et medlem, der har deltaget i møder, bevares: Afslut i stedet medlemskabet. Rediger ▸ Fortryd henter medlemmet tilbage.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <source>&amp;Delete member…</source>
        <translation>&amp;Slet medlem…</translation>
    </message>
    <message>
        <source>%1 was deleted</source>
        <translation>%1 blev slettet</translation>
    </message>
    <message>
        <source>Member actions</source>
        <translation>Medlemshandlinger</translation>
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
        <source>Co&amp;rrect job dates…</source>
        <translation>Ret job&amp;datoer…</translation>
    </message>
    <message>
        <source>When the job selected in the history started and ended</source>
        <translation>Hvornår det job, der er valgt i historikken, begyndte og sluttede</translation>
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
    <name>MinutesCommands</name>
    <message>
        <source>Attendance of %1</source>
        <translation>Fremmøde for %1</translation>
    </message>
    <message>
        <source>Note of %1</source>
        <translation>Note til %1</translation>
    </message>
    <message>
        <source>Sharing of the note of %1</source>
        <translation>Deling af noten til %1</translation>
    </message>
    <message>
        <source>Sharing level</source>
        <translation>Delingsniveau</translation>
    </message>
    <message>
        <source>Note of a talk</source>
        <translation>Note til et oplæg</translation>
    </message>
    <message>
        <source>Round table: %1</source>
        <translation>Rundt om bordet: %1</translation>
    </message>
    <message>
        <source>Add everyone present</source>
        <translation>Tilføj alle fremmødte</translation>
    </message>
    <message>
        <source>Change seating</source>
        <translation>Ændr siddeorden</translation>
    </message>
    <message>
        <source>Remove round-table entry</source>
        <translation>Fjern indlæg fra rundt om bordet</translation>
    </message>
    <message>
        <source>Add decision</source>
        <translation>Tilføj beslutning</translation>
    </message>
    <message>
        <source>Edit decision</source>
        <translation>Rediger beslutning</translation>
    </message>
    <message>
        <source>Remove decision</source>
        <translation>Fjern beslutning</translation>
    </message>
    <message>
        <source>Add action item</source>
        <translation>Tilføj opfølgningspunkt</translation>
    </message>
    <message>
        <source>Edit action item</source>
        <translation>Rediger opfølgningspunkt</translation>
    </message>
    <message>
        <source>Remove action item</source>
        <translation>Fjern opfølgningspunkt</translation>
    </message>
    <message>
        <source>Add theme proposal</source>
        <translation>Tilføj temaforslag</translation>
    </message>
    <message>
        <source>Edit theme proposal</source>
        <translation>Rediger temaforslag</translation>
    </message>
    <message>
        <source>Remove theme proposal</source>
        <translation>Fjern temaforslag</translation>
    </message>
    <message>
        <source>Next theme: %1</source>
        <translation>Næste tema: %1</translation>
    </message>
    <message>
        <source>Add speaker proposal</source>
        <translation>Tilføj forslag til oplægsholder</translation>
    </message>
    <message>
        <source>Edit speaker proposal</source>
        <translation>Rediger forslag til oplægsholder</translation>
    </message>
    <message>
        <source>Remove speaker proposal</source>
        <translation>Fjern forslag til oplægsholder</translation>
    </message>
    <message>
        <source>Minutes status</source>
        <translation>Referatstatus</translation>
    </message>
</context>
<context>
    <name>MinutesExportDialog</name>
    <message>
        <source>E-mail the minutes</source>
        <translation>Send referatet pr. e-mail</translation>
    </message>
    <message>
        <source>Export minutes</source>
        <translation>Eksportér referat</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Word document (DOCX)</source>
        <translation>Word-dokument (DOCX)</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Adgangskode</translation>
    </message>
    <message>
        <source>optional, PDF only</source>
        <translation>valgfri, kun PDF</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>Gentag adgangskoden</translation>
    </message>
    <message>
        <source>&amp;Leave out everything shared with the group only</source>
        <translation>&amp;Udelad alt, der kun er for gruppen</translation>
    </message>
    <message>
        <source>Print minutes</source>
        <translation>Udskriv referat</translation>
    </message>
    <message>
        <source>&amp;Anonymise what may be shared without name</source>
        <translation>&amp;Anonymisér det, der må deles uden navn</translation>
    </message>
    <message>
        <source>Left-out texts are not in the file at all. Every export is marked confidential.</source>
        <translation>Udeladte tekster kommer slet ikke med i filen. Alle eksporter mærkes som fortrolige.</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Adgangs&amp;kode:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Gentag:</translation>
    </message>
    <message>
        <source>&amp;Write e-mail</source>
        <translation>&amp;Skriv e-mail</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Eksportér</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Udskriv…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>De to adgangskoder er forskellige.</translation>
    </message>
</context>
<context>
    <name>MinutesExporter</name>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Word-dokumenter (*.docx)</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Markdown-filer (*.md)</translation>
    </message>
    <message>
        <source>Export minutes</source>
        <translation>Eksportér referat</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>referat</translation>
    </message>
    <message>
        <source>Writing the minutes…</source>
        <translation>Skriver referatet…</translation>
    </message>
    <message>
        <source>Save e-mail with the minutes</source>
        <translation>Gem e-mail med referatet</translation>
    </message>
    <message>
        <source>E-mail drafts (*.eml)</source>
        <translation>E-mailkladder (*.eml)</translation>
    </message>
    <message>
        <source>Writing the e-mail…</source>
        <translation>Skriver e-mailen…</translation>
    </message>
    <message>
        <source>annual report</source>
        <translation>årsberetning</translation>
    </message>
    <message>
        <source>Annual report</source>
        <translation>Årsberetning</translation>
    </message>
    <message>
        <source>Writing the annual report…</source>
        <translation>Skriver årsberetningen…</translation>
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
    <name>MinutesView</name>
    <message>
        <source>Member</source>
        <translation>Medlem</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Fremmøde</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>#</source>
        <extracomment>The lines of a member&apos;s words the editor shows at least (and asks for).</extracomment>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>What they said</source>
        <translation>Indlæg</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Deling</translation>
    </message>
    <message>
        <source>Minutes status</source>
        <translation>Referatstatus</translation>
    </message>
    <message>
        <source>Meeti&amp;ng:</source>
        <translation>M&amp;øde:</translation>
    </message>
    <message>
        <source>Minutes stat&amp;us:</source>
        <translation>Referat&amp;status:</translation>
    </message>
    <message>
        <source>Keys: 1 present · 2 absent · 3 excused · 4 late · 5 left early · 0 clear</source>
        <translation>Taster: 1 til stede · 2 fraværende · 3 afbud · 4 kom senere · 5 gik tidligere · 0 ryd</translation>
    </message>
    <message>
        <source>Round table, in seating order</source>
        <translation>Rundt om bordet, i siddeorden</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Oplæg</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Oplægsholder</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <source>Talks</source>
        <translation>Oplæg</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslutning</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Beslutninger</translation>
    </message>
    <message>
        <source>New decision</source>
        <translation>Ny beslutning</translation>
    </message>
    <message>
        <source>New decision – press Enter to add</source>
        <translation>Ny beslutning – tryk Enter for at tilføje</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Udført</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Opfølgningspunkt</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>From meeting</source>
        <translation>Fra møde</translation>
    </message>
    <message>
        <source>Action items</source>
        <translation>Opfølgningspunkter</translation>
    </message>
    <message>
        <source>New action item</source>
        <translation>Nyt opfølgningspunkt</translation>
    </message>
    <message>
        <source>New action item – press Enter to add</source>
        <translation>Nyt opfølgningspunkt – tryk Enter for at tilføje</translation>
    </message>
    <message>
        <source>Talks and notes</source>
        <translation>Oplæg og noter</translation>
    </message>
    <message>
        <source>Action items (open items of earlier meetings are carried over)</source>
        <translation>Opfølgningspunkter (åbne punkter fra tidligere møder føres videre)</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>Valgt</translation>
    </message>
    <message>
        <source>Proposed theme</source>
        <translation>Foreslået tema</translation>
    </message>
    <message>
        <source>Proposed by</source>
        <translation>Foreslået af</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Stemmer</translation>
    </message>
    <message>
        <source>Theme proposals</source>
        <translation>Temaforslag</translation>
    </message>
    <message>
        <source>New theme proposal</source>
        <translation>Nyt temaforslag</translation>
    </message>
    <message>
        <source>Proposed theme – press Enter to add</source>
        <translation>Foreslået tema – tryk Enter for at tilføje</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Emne</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>For meeting</source>
        <translation>Til møde</translation>
    </message>
    <message>
        <source>Speaker pipeline</source>
        <translation>Oplægsholdere i støbeskeen</translation>
    </message>
    <message>
        <source>Theme proposals and votes</source>
        <translation>Temaforslag og stemmer</translation>
    </message>
    <message>
        <source>Speaker proposals (all meetings)</source>
        <translation>Forslag til oplægsholdere (alle møder)</translation>
    </message>
    <message>
        <source>&amp;Round table</source>
        <translation>R&amp;undt om bordet</translation>
    </message>
    <message>
        <source>&amp;Decisions and actions</source>
        <translation>Beslutninger og &amp;opfølgning</translation>
    </message>
    <message>
        <source>Themes and spea&amp;kers</source>
        <translation>&amp;Temaer og oplægsholdere</translation>
    </message>
    <message>
        <source>Add e&amp;veryone present</source>
        <translation>Tilføj &amp;alle fremmødte</translation>
    </message>
    <message>
        <source>Remove entr&amp;y</source>
        <translation>&amp;Fjern indlæg</translation>
    </message>
    <message>
        <source>&amp;Export minutes…</source>
        <translation>&amp;Eksportér referat…</translation>
    </message>
    <message>
        <source>Confidential: what members say stays in the group. Each entry, note, decision, action item and proposal has its own sharing level; exports can leave them out or anonymise them.</source>
        <translation>Fortroligt: Det, medlemmerne siger, bliver i gruppen. Hvert indlæg, hver note, beslutning, opgave og hvert forslag har sit eget delingsniveau; eksporter kan udelade dem eller anonymisere dem.</translation>
    </message>
    <message>
        <source>Keys 1–5 set attendance, 0 clears</source>
        <translation>Tast 1–5 for fremmøde, 0 rydder</translation>
    </message>
    <message>
        <source>E-&amp;mail the minutes…</source>
        <translation>Send referatet pr. e-&amp;mail…</translation>
    </message>
    <message>
        <source>Annual &amp;report…</source>
        <translation>Års&amp;beretning…</translation>
    </message>
    <message>
        <source>&amp;Fill in from the sign-ups</source>
        <translation>&amp;Udfyld fra tilmeldingerne</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Flyt &amp;op</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Flyt &amp;ned</translation>
    </message>
    <message>
        <source>Remove decision</source>
        <translation>Fjern beslutning</translation>
    </message>
    <message>
        <source>Remove action item</source>
        <translation>Fjern opfølgningspunkt</translation>
    </message>
    <message>
        <source>&amp;Choose as next theme</source>
        <translation>&amp;Vælg som næste tema</translation>
    </message>
    <message>
        <source>Remove proposal</source>
        <translation>Fjern forslag</translation>
    </message>
    <message>
        <source>Add speaker &amp;proposal</source>
        <translation>&amp;Tilføj forslag til oplægsholder</translation>
    </message>
    <message>
        <source>Remove speaker proposal</source>
        <translation>Fjern forslag til oplægsholder</translation>
    </message>
    <message>
        <source>No meeting yet: plan one in the year plan.</source>
        <translation>Intet møde endnu: planlæg et i mødeplanen.</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>hos %1</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>(not decided)</source>
        <translation>(ikke besluttet)</translation>
    </message>
    <message>
        <source>No theme chosen yet for the next meeting.</source>
        <translation>Der er endnu ikke valgt tema til næste møde.</translation>
    </message>
    <message>
        <source>Chosen theme: %1 (no next meeting is planned yet)</source>
        <translation>Valgt tema: %1 (næste møde er ikke planlagt endnu)</translation>
    </message>
    <message>
        <source>Chosen theme: %1 – the theme of the meeting on %2</source>
        <translation>Valgt tema: %1 – tema for mødet %2</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Kunne ikke gemme</translation>
    </message>
    <message>
        <source>Attendance has already been taken.</source>
        <translation>Fremmødet er allerede registreret.</translation>
    </message>
    <message>
        <source>Next theme</source>
        <translation>Næste tema</translation>
    </message>
    <message>
        <source>The meeting on %1 already has the theme “%2”. Replace it with “%3”?</source>
        <translation>Mødet %1 har allerede temaet »%2«. Erstat det med »%3«?</translation>
    </message>
    <message>
        <source>New proposal</source>
        <translation>Nyt forslag</translation>
    </message>
</context>
<context>
    <name>NewJobDialog</name>
    <message>
        <source>New job</source>
        <translation>Nyt job</translation>
    </message>
    <message>
        <source>name@company.dk</source>
        <translation>navn@virksomhed.dk</translation>
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
        <source>Work e-mail</source>
        <translation>Arbejdsmail</translation>
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
        <source>Work &amp;e-mail:</source>
        <translation>&amp;Arbejdsmail:</translation>
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
    <name>NewPassphraseDialog</name>
    <message>
        <source>Re&amp;member on this computer</source>
        <translation>&amp;Husk på denne computer</translation>
    </message>
    <message>
        <source>The key is kept in the system&apos;s keyring, so Coordinator opens without asking for the passphrase when you are logged in. Anyone using your login can then open it too.</source>
        <translation>Nøglen gemmes i systemets nøglering, så Coordinator åbner uden at spørge om adgangsfrasen, når du er logget ind. Alle, der bruger dit login, kan så også åbne den.</translation>
    </message>
    <message>
        <source>Keep &amp;unencrypted…</source>
        <translation>Behold &amp;ukrypteret…</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <source>New passphrase</source>
        <extracomment>What was typed changed (whether it can be used may have changed with it).</extracomment>
        <translation>Ny adgangsfrase</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Ny adgangsfrase igen</translation>
    </message>
    <message>
        <source>S&amp;how what I type</source>
        <translation>Vi&amp;s det, jeg skriver</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>De to adgangsfraser er ikke ens.</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Ny adgangsfrase:</translation>
    </message>
    <message>
        <source>Re&amp;peat it:</source>
        <translation>&amp;Gentag den:</translation>
    </message>
</context>
<context>
    <name>OffsetSpinBox</name>
    <message>
        <source>Days from the meeting</source>
        <translation>Dage fra mødet</translation>
    </message>
    <message>
        <source>Days before (−) or after the meeting, for example −90 or “7 days after”</source>
        <translation>Dage før (−) eller efter mødet, for eksempel −90 eller »7 dage efter«</translation>
    </message>
</context>
<context>
    <name>OneSearch</name>
    <message>
        <source>Who has tried…? (Ctrl+K)</source>
        <translation>Hvem har prøvet …? (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search members and minutes</source>
        <translation>Søg i medlemmer og referater</translation>
    </message>
    <message>
        <source>Search the group&apos;s members and years of minutes: names, companies, expertise, round-table statuses, talks, decisions, action items and proposals</source>
        <translation>Søg i gruppens medlemmer og mange års referater: navne, virksomheder, kompetencer, rundt om bordet, oplæg, beslutninger, opfølgninger og forslag</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Søg</translation>
    </message>
</context>
<context>
    <name>PlanYearDialog</name>
    <message>
        <source>Plan %1</source>
        <translation>Planlæg %1</translation>
    </message>
    <message>
        <source>Dates spread evenly over %1, avoiding public holidays, school holidays and the group&apos;s other meetings. Untick a date to leave it out, or double-click it to move it.</source>
        <translation>Datoerne er fordelt jævnt over %1 uden om helligdage, skoleferier og gruppens andre møder. Fjern fluebenet ved en dato for at udelade den, eller dobbeltklik på den for at flytte den.</translation>
    </message>
    <message>
        <source>Each date&apos;s host is proposed in the order of the host rotation; double-click it to choose another.</source>
        <translation>Værten for hver dato er foreslået i værtsrotationens rækkefølge; dobbeltklik for at vælge en anden.</translation>
    </message>
    <message numerus="yes">
        <source>The group already has %n meeting(s) in %1.</source>
        <translation>
            <numerusform>Gruppen har allerede %n møde i %1.</numerusform>
            <numerusform>Gruppen har allerede %n møder i %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Weekday</source>
        <translation>Ugedag</translation>
    </message>
    <message>
        <source>Meetings per year</source>
        <translation>Møder pr. år</translation>
    </message>
    <message>
        <source>&amp;Weekday:</source>
        <translation>&amp;Ugedag:</translation>
    </message>
    <message>
        <source>&amp;Meetings per year:</source>
        <translation>&amp;Møder pr. år:</translation>
    </message>
    <message>
        <source>Proposed dates</source>
        <translation>Foreslåede datoer</translation>
    </message>
    <message>
        <source>Every part of the year already has a meeting.</source>
        <translation>Der er allerede et møde i hver del af året.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <source>&amp;Create meetings</source>
        <translation>&amp;Opret møder</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Create %n meeting(s)</source>
        <translation>
            <numerusform>&amp;Opret %n møde</numerusform>
            <numerusform>&amp;Opret %n møder</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlannerCommands</name>
    <message>
        <source>New meeting on %1</source>
        <translation>Nyt møde %1</translation>
    </message>
    <message>
        <source>Add agenda item</source>
        <translation>Tilføj dagsordenspunkt</translation>
    </message>
    <message>
        <source>Edit agenda item</source>
        <translation>Rediger dagsordenspunkt</translation>
    </message>
    <message>
        <source>Remove agenda item</source>
        <translation>Fjern dagsordenspunkt</translation>
    </message>
    <message>
        <source>Move agenda item</source>
        <translation>Flyt dagsordenspunkt</translation>
    </message>
</context>
<context>
    <name>PlannerExporter</name>
    <message>
        <source>Export calendar</source>
        <translation>Eksportér kalender</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Kalenderfiler (*.ics)</translation>
    </message>
    <message>
        <source>Exporting the calendar…</source>
        <translation>Eksporterer kalenderen…</translation>
    </message>
    <message>
        <source>agenda</source>
        <translation>dagsorden</translation>
    </message>
    <message>
        <source>Save agenda</source>
        <translation>Gem dagsorden</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the agenda…</source>
        <translation>Skriver dagsordenen…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Gemt: %1</translation>
    </message>
    <message>
        <source>The agenda was sent to the printer</source>
        <translation>Dagsordenen blev sendt til printeren</translation>
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
    <name>PlannerSettingsDialog</name>
    <message>
        <source>Planner settings</source>
        <translation>Indstillinger for mødeplan</translation>
    </message>
    <message>
        <source>Country for public holidays</source>
        <translation>Land for helligdage</translation>
    </message>
    <message>
        <source>School-holiday weeks</source>
        <translation>Skoleferieuger</translation>
    </message>
    <message>
        <source>The week before &amp;Easter Monday</source>
        <translation>Ugen før &amp;2. påskedag</translation>
    </message>
    <message>
        <source>C&amp;hristmas and New Year (20 December to 3 January)</source>
        <translation>&amp;Jul og nytår (20. december til 3. januar)</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>School-holiday &amp;weeks:</source>
        <translation>&amp;Skoleferieuger:</translation>
    </message>
    <message>
        <source>Public holidays follow the country&apos;s calendar. School holidays are ISO weeks, for example “7, 27-31, 42”. Proposed dates avoid all of them; moving a meeting onto one only warns.</source>
        <translation>Helligdage følger landets kalender. Skoleferier angives som ISO-uger, fx »7, 27-31, 42«. Foreslåede datoer undgår dem alle; flyttes et møde til en af dem, vises kun en advarsel.</translation>
    </message>
    <message>
        <source>Agenda template</source>
        <translation>Dagsordensskabelon</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Tilføj</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Fjern</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Flyt &amp;op</translation>
    </message>
    <message>
        <source>Move d&amp;own</source>
        <translation>Flyt n&amp;ed</translation>
    </message>
    <message>
        <source>Re&amp;set to default</source>
        <translation>&amp;Nulstil til standard</translation>
    </message>
    <message>
        <source>A new meeting starts with this agenda.</source>
        <translation>Et nyt møde starter med denne dagsorden.</translation>
    </message>
    <message>
        <source>Days to avoid</source>
        <translation>Dage at undgå</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Tjekliste</translation>
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
        <source>Checklist template</source>
        <translation>Tjeklisteskabelon</translation>
    </message>
    <message>
        <source>A new meeting starts with these tasks. Each is due a number of days before (−) or after the meeting; type for example −90 or “7 days after”.</source>
        <translation>Et nyt møde starter med disse opgaver. Hver skal være klaret et antal dage før (−) eller efter mødet; skriv for eksempel −90 eller »7 dage efter«.</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Ny opgave</translation>
    </message>
    <message>
        <source>Total: %1 h %2 min</source>
        <translation>I alt %1 t %2 min</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Nyt punkt</translation>
    </message>
    <message>
        <source>“%1” is not a week number or a range of weeks such as 27-31.</source>
        <translation>»%1« er ikke et ugenummer eller et ugeinterval som fx 27-31.</translation>
    </message>
</context>
<context>
    <name>PlannerView</name>
    <message>
        <source>Previous year</source>
        <translation>Forrige år</translation>
    </message>
    <message>
        <source>Previous year (Ctrl+PgUp)</source>
        <translation>Forrige år (Ctrl+PgUp)</translation>
    </message>
    <message>
        <source>Next year</source>
        <translation>Næste år</translation>
    </message>
    <message>
        <source>Next year (Ctrl+PgDown)</source>
        <translation>Næste år (Ctrl+PgDown)</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Meetings this year</source>
        <translation>Møder i året</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Møde</translation>
    </message>
    <message>
        <source>Public holiday</source>
        <translation>Helligdag</translation>
    </message>
    <message>
        <source>School holiday</source>
        <translation>Skoleferie</translation>
    </message>
    <message>
        <source>Weekend</source>
        <translation>Weekend</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Møder</translation>
    </message>
    <message>
        <source>&amp;Plan the year…</source>
        <translation>&amp;Planlæg året…</translation>
    </message>
    <message>
        <source>&amp;New meeting…</source>
        <translation>&amp;Nyt møde…</translation>
    </message>
    <message>
        <source>&amp;Edit meeting…</source>
        <translation>&amp;Rediger møde…</translation>
    </message>
    <message>
        <source>Cance&amp;l meeting</source>
        <translation>&amp;Aflys møde</translation>
    </message>
    <message>
        <source>Year plan as &amp;iCalendar…</source>
        <translation>Mødeplan som &amp;iCalendar…</translation>
    </message>
    <message>
        <source>Meetin&amp;g as iCalendar…</source>
        <translation>Mø&amp;de som iCalendar…</translation>
    </message>
    <message>
        <source>&amp;Save agenda as PDF…</source>
        <translation>&amp;Gem dagsorden som PDF…</translation>
    </message>
    <message>
        <source>Pre&amp;vious year</source>
        <translation>Forr&amp;ige år</translation>
    </message>
    <message>
        <source>Ne&amp;xt year</source>
        <translation>Næ&amp;ste år</translation>
    </message>
    <message>
        <source>Create a group first.</source>
        <translation>Opret først en gruppe.</translation>
    </message>
    <message>
        <source>There are no meetings in %1 yet: plan the year first.</source>
        <translation>Der er endnu ingen møder i %1: Planlæg først året.</translation>
    </message>
    <message>
        <source>Choose a meeting in the list first.</source>
        <translation>Vælg først et møde på listen.</translation>
    </message>
    <message>
        <source>There are no meetings in %1 to export.</source>
        <translation>Der er ingen møder i %1 at eksportere.</translation>
    </message>
    <message>
        <source>The meeting is cancelled already.</source>
        <translation>Mødet er allerede aflyst.</translation>
    </message>
    <message>
        <source>Next in turn: %1, which has not hosted yet.</source>
        <translation>Næste i rækken: %1, som ikke har været vært endnu.</translation>
    </message>
    <message>
        <source>Next in turn: %1, which last hosted on %2.</source>
        <translation>Næste i rækken: %1, som sidst var vært den %2.</translation>
    </message>
    <message>
        <source>Cancel the meeting on %1? It stays in the plan, marked as cancelled, and the next calendar export updates members&apos; calendars.</source>
        <translation>Aflys mødet %1? Det bliver stående i mødeplanen, markeret som aflyst, og næste kalendereksport opdaterer medlemmernes kalendere.</translation>
    </message>
    <message>
        <source>&amp;Print anyway</source>
        <translation>&amp;Udskriv alligevel</translation>
    </message>
    <message>
        <source>&amp;Save anyway</source>
        <translation>&amp;Gem alligevel</translation>
    </message>
    <message>
        <source>The programme runs late</source>
        <translation>Programmet slutter for sent</translation>
    </message>
    <message>
        <source>The programme ends at %1, after the planned end %2. The agenda says so in a warning line; shorten the programme or move the end of the meeting to avoid it.</source>
        <translation>Programmet slutter kl. %1, efter det planlagte sluttidspunkt %2. Dagsordenen siger det i en advarselslinje; forkort programmet eller flyt mødets sluttidspunkt for at undgå den.</translation>
    </message>
    <message>
        <source>&amp;Delete meeting</source>
        <translation>&amp;Slet møde</translation>
    </message>
    <message>
        <source>&amp;Print agenda</source>
        <translation>&amp;Udskriv dagsorden</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n møde</numerusform>
            <numerusform>%n møder</numerusform>
        </translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Nyt møde</translation>
    </message>
    <message>
        <source>Meeting on %1 created</source>
        <translation>Mødet %1 er oprettet</translation>
    </message>
    <message>
        <source>Edit meeting on %1</source>
        <translation>Rediger møde %1</translation>
    </message>
    <message>
        <source>Meeting on %1</source>
        <translation>Møde %1</translation>
    </message>
    <message>
        <source>Cancel meeting</source>
        <translation>Aflys møde</translation>
    </message>
    <message>
        <source>Cancel meeting on %1</source>
        <translation>Aflys møde %1</translation>
    </message>
    <message>
        <source>Meeting on %1 cancelled</source>
        <translation>Mødet %1 er aflyst</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>Slet møde</translation>
    </message>
    <message>
        <source>Delete the meeting on %1 and its agenda? Use this for a meeting entered by mistake; a meeting that will not take place should be cancelled instead.</source>
        <translation>Slet mødet %1 og dets dagsorden? Brug det til et møde, der er oprettet ved en fejl; et møde, der ikke bliver afholdt, bør i stedet aflyses.</translation>
    </message>
    <message>
        <source>Delete meeting on %1</source>
        <translation>Slet møde %1</translation>
    </message>
    <message>
        <source>Plan %1</source>
        <translation>Planlæg %1</translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) planned</source>
        <translation>
            <numerusform>%n møde planlagt</numerusform>
            <numerusform>%n møder planlagt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <extracomment>An encrypted database locks after this many minutes without input, unless set otherwise.</extracomment>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>As the system (Danish on a Danish system)</source>
        <translation>Som systemet (dansk på et dansk system)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprog:</translation>
    </message>
    <message>
        <source>The language of menus, dates and new documents. A change takes effect the next time Coordinator starts; exports can also be written in the other language.</source>
        <translation>Sproget i menuer, datoer og nye dokumenter. En ændring træder i kraft, næste gang Coordinator starter; eksporter kan også skrives på det andet sprog.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Aldrig</translation>
    </message>
    <message>
        <source>Lock after minutes without use</source>
        <translation>Lås efter minutter uden brug</translation>
    </message>
    <message>
        <source>Loc&amp;k after:</source>
        <translation>&amp;Lås efter:</translation>
    </message>
    <message>
        <source>An encrypted database closes after this many minutes without use, and when the screen locks or the computer goes to sleep; its passphrase opens it again.</source>
        <translation>En krypteret database lukkes efter så mange minutter uden brug, og når skærmen låses, eller computeren går i dvale; dens adgangsfrase åbner den igen.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Udskriv…</translation>
    </message>
    <message>
        <source>%1 was sent to the printer</source>
        <translation>%1 blev sendt til printeren</translation>
    </message>
    <message>
        <source>There is no group to print the member list of.</source>
        <translation>Der er ingen gruppe at udskrive medlemslisten for.</translation>
    </message>
    <message>
        <source>The member list</source>
        <translation>Medlemslisten</translation>
    </message>
    <message>
        <source>member list</source>
        <translation>medlemsliste</translation>
    </message>
    <message>
        <source>Choose a meeting to print its visitor list.</source>
        <translation>Vælg et møde for at udskrive dets besøgsliste.</translation>
    </message>
    <message>
        <source>visitor list</source>
        <translation>besøgsliste</translation>
    </message>
    <message>
        <source>The visitor list</source>
        <translation>Besøgslisten</translation>
    </message>
    <message>
        <source>Choose a meeting to print its minutes.</source>
        <translation>Vælg et møde for at udskrive dets referat.</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>referat</translation>
    </message>
    <message>
        <source>The minutes</source>
        <translation>Referatet</translation>
    </message>
</context>
<context>
    <name>ProposalModel</name>
    <message>
        <source>Include</source>
        <translation>Medtag</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Uge</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Vært</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikter</translation>
    </message>
    <message>
        <source>No host yet</source>
        <extracomment>The companies that can host, in the order of the rotation.</extracomment>
        <translation>Ingen vært endnu</translation>
    </message>
    <message>
        <source>No conflicts</source>
        <translation>Ingen konflikter</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Coordinator recovery key</source>
        <extracomment>Groups of four letters per line, as the key is shown and printed.</extracomment>
        <translation>Gendannelsesnøgle til Coordinator</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>It opens the database and every backup without the passphrase. Keep it apart from the computer, where nobody else can read it.</source>
        <translation>Den åbner databasen og alle sikkerhedskopier uden adgangsfrasen. Opbevar den væk fra computeren, hvor ingen andre kan læse den.</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Din gendannelsesnøgle</translation>
    </message>
    <message>
        <source>This recovery key opens the database and every backup of it if the passphrase is forgotten or the key file beside the database is lost. It is shown only now.

Print it or write it down, and keep it apart from this computer: not in a file beside the database.</source>
        <translation>Denne gendannelsesnøgle åbner databasen og alle dens sikkerhedskopier, hvis adgangsfrasen glemmes, eller nøglefilen ved siden af databasen går tabt. Den vises kun nu.

Udskriv den eller skriv den ned, og opbevar den væk fra denne computer: ikke i en fil ved siden af databasen.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Gendannelsesnøgle</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Udskriv…</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Gem som…</translation>
    </message>
    <message>
        <source>Where the recovery key went</source>
        <translation>Hvor gendannelsesnøglen er</translation>
    </message>
    <message>
        <source>I have &amp;written down or saved the recovery key</source>
        <translation>Jeg har &amp;skrevet gendannelsesnøglen ned eller gemt den</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Fortsæt</translation>
    </message>
    <message>
        <source>Coordinator recovery key.txt</source>
        <translation>Gendannelsesnøgle til Coordinator.txt</translation>
    </message>
    <message>
        <source>Save the recovery key</source>
        <translation>Gem gendannelsesnøglen</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Tekstfiler (*.txt)</translation>
    </message>
    <message>
        <source>Saved to %1. Move it off this computer (a USB stick in a drawer).</source>
        <translation>Gemt i %1. Flyt den væk fra denne computer (en USB-nøgle i en skuffe).</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Sendt til printeren.</translation>
    </message>
</context>
<context>
    <name>ReplyImporter</name>
    <message>
        <source>Import ca&amp;lendar replies…</source>
        <translation>Importér ka&amp;lendersvar…</translation>
    </message>
    <message>
        <source>Import calendar replies</source>
        <translation>Importér kalendersvar</translation>
    </message>
    <message>
        <source>E-mails and calendar files (*.eml *.ics *.vcs);;All files (*)</source>
        <translation>E-mails og kalenderfiler (*.eml *.ics *.vcs);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Reading the replies…</source>
        <translation>Læser svarene…</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Kunne ikke gemme</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n answer(s) from the calendars.</source>
        <translation>
            <numerusform>Gemte %n svar fra kalenderne.</numerusform>
            <numerusform>Gemte %n svar fra kalenderne.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import replies</source>
        <translation>Importér svar</translation>
    </message>
    <message>
        <source>The replies could not be read: %1</source>
        <translation>Svarene kunne ikke læses: %1</translation>
    </message>
</context>
<context>
    <name>ReplyPreview</name>
    <message>
        <source>Will be saved</source>
        <translation>Gemmes</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Forældet</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Ukendt</translation>
    </message>
    <message>
        <source>Answers an invitation from before the meeting last changed.</source>
        <translation>Svarer på en invitation fra før mødet sidst blev ændret.</translation>
    </message>
    <message>
        <source>This answer is saved already.</source>
        <translation>Dette svar er allerede gemt.</translation>
    </message>
    <message>
        <source>A newer answer is saved.</source>
        <translation>Et nyere svar er gemt.</translation>
    </message>
    <message>
        <source>A newer answer of the member is among the files.</source>
        <translation>Et nyere svar fra medlemmet er blandt filerne.</translation>
    </message>
    <message>
        <source>No meeting in the plan has this invitation.</source>
        <translation>Intet møde i mødeplanen har denne invitation.</translation>
    </message>
    <message>
        <source>The meeting is cancelled.</source>
        <translation>Mødet er aflyst.</translation>
    </message>
    <message>
        <source>No member of the group has the address %1.</source>
        <translation>Intet medlem af gruppen har adressen %1.</translation>
    </message>
    <message>
        <source>The answer is neither yes, no nor maybe.</source>
        <translation>Svaret er hverken ja, nej eller måske.</translation>
    </message>
    <message>
        <source>Not an e-mail or calendar file that can be read.</source>
        <translation>Ikke en e-mail- eller kalenderfil, der kan læses.</translation>
    </message>
    <message>
        <source>The file is too large.</source>
        <translation>Filen er for stor.</translation>
    </message>
    <message>
        <source>No answer from a calendar in it.</source>
        <translation>Der er intet svar fra en kalender i den.</translation>
    </message>
    <message>
        <source>A calendar file, but not an answer to an invitation.</source>
        <translation>En kalenderfil, men ikke et svar på en invitation.</translation>
    </message>
    <message>
        <source>Outlook sent the answer as winmail.dat, which cannot be read. Ask the member to answer again, or enter the answer by hand.</source>
        <translation>Outlook sendte svaret som winmail.dat, som ikke kan læses. Bed medlemmet svare igen, eller skriv svaret ind i hånden.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Medlem</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Møde</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>ReplyPreviewDialog</name>
    <message>
        <source>Import replies</source>
        <translation>Importér svar</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Svar</translation>
    </message>
    <message>
        <source>&amp;Save the answers</source>
        <translation>&amp;Gem svarene</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) will be saved in the sign-ups.</source>
        <translation>
            <numerusform>%n svar gemmes i tilmeldingerne.</numerusform>
            <numerusform>%n svar gemmes i tilmeldingerne.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) are stale: a newer answer is saved or among the files.</source>
        <translation>
            <numerusform>%n svar er forældet: Et nyere svar er gemt eller blandt filerne.</numerusform>
            <numerusform>%n svar er forældede: Et nyere svar er gemt eller blandt filerne.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) or answer(s) cannot be matched.</source>
        <translation>
            <numerusform>%n fil eller svar kan ikke genkendes.</numerusform>
            <numerusform>%n filer eller svar kan ikke genkendes.</numerusform>
        </translation>
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
        <source>Job dates</source>
        <translation>Jobdatoer</translation>
    </message>
    <message numerus="yes">
        <source>Share contact details of %n member(s)</source>
        <translation>
            <numerusform>Del kontaktoplysninger for %n medlem</numerusform>
            <numerusform>Del kontaktoplysninger for %n medlemmer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stop sharing contact details of %n member(s)</source>
        <translation>
            <numerusform>Stop deling af kontaktoplysninger for %n medlem</numerusform>
            <numerusform>Stop deling af kontaktoplysninger for %n medlemmer</numerusform>
        </translation>
    </message>
    <message>
        <source>New job for %1</source>
        <translation>Nyt job for %1</translation>
    </message>
    <message>
        <source>%1 leaves the group</source>
        <translation>Udmeld %1</translation>
    </message>
    <message>
        <source>Import of %1</source>
        <translation>Import af %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Slet %1</translation>
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
        <source>Show f&amp;ormer members</source>
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
        <source>Search name, company, title, e-mail or expertise</source>
        <translation>Søg på navn, virksomhed, titel, e-mail eller ekspertise</translation>
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
        <source>E&amp;xport personal data…</source>
        <translation>E&amp;ksportér personoplysninger…</translation>
    </message>
    <message>
        <source>Erase &amp;person…</source>
        <translation>Slet &amp;person…</translation>
    </message>
    <message>
        <source>&amp;Share contact details</source>
        <translation>Del k&amp;ontaktoplysninger</translation>
    </message>
    <message>
        <source>The selected members&apos; e-mail and phone may go on the member list</source>
        <translation>De valgte medlemmers e-mail og telefon må stå på medlemslisten</translation>
    </message>
    <message>
        <source>Don&apos;&amp;t share contact details</source>
        <translation>Del &amp;ikke kontaktoplysninger</translation>
    </message>
    <message>
        <source>&amp;Find member</source>
        <translation>&amp;Søg efter medlem</translation>
    </message>
    <message>
        <source>Reading the members …</source>
        <translation>Henter medlemmerne …</translation>
    </message>
    <message>
        <source>%1 found so far, searching …</source>
        <translation>%1 fundet indtil videre, søger …</translation>
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
    <message numerus="yes">
        <source>Contact details of %n member(s) may be shared with the group</source>
        <translation>
            <numerusform>Kontaktoplysningerne for %n medlem må deles med gruppen</numerusform>
            <numerusform>Kontaktoplysningerne for %n medlemmer må deles med gruppen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Contact details of %n member(s) are not shared</source>
        <translation>
            <numerusform>Kontaktoplysningerne for %n medlem deles ikke</numerusform>
            <numerusform>Kontaktoplysningerne for %n medlemmer deles ikke</numerusform>
        </translation>
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
    <message>
        <source>Export personal data</source>
        <translation>Eksportér personoplysninger</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-filer (*.json)</translation>
    </message>
    <message>
        <source>The personal data of %1 was saved to %2</source>
        <translation>Personoplysningerne om %1 er gemt i %2</translation>
    </message>
    <message numerus="yes">
        <source>The personal data was erased, here and in %n backup(s) in the backups folder</source>
        <translation>
            <numerusform>Personoplysningerne er slettet, her og i %n sikkerhedskopi i mappen til sikkerhedskopier</numerusform>
            <numerusform>Personoplysningerne er slettet, her og i %n sikkerhedskopier i mappen til sikkerhedskopier</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoundTablePanel</name>
    <message>
        <source>Round table</source>
        <translation>Rundt om bordet</translation>
    </message>
    <message>
        <source>What the member said</source>
        <translation>Hvad medlemmet fortalte</translation>
    </message>
    <message>
        <source>What occupies them right now… (Enter: next member, Shift+Enter: new line)</source>
        <translation>Hvad optager medlemmet lige nu… (Enter: næste medlem, Shift+Enter: ny linje)</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Emner</translation>
    </message>
    <message>
        <source>Topics, separated by commas</source>
        <translation>Emner, adskilt med komma</translation>
    </message>
    <message>
        <source>May be shared</source>
        <translation>Må deles</translation>
    </message>
    <message>
        <source>T&amp;opics:</source>
        <translation>Em&amp;ner:</translation>
    </message>
    <message>
        <source>Sh&amp;aring:</source>
        <translation>De&amp;ling:</translation>
    </message>
    <message>
        <source>Save state</source>
        <translation>Lagringsstatus</translation>
    </message>
    <message>
        <source>Choose a member in the list</source>
        <translation>Vælg et medlem på listen</translation>
    </message>
    <message>
        <source>Typing…</source>
        <translation>Skriver…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gemt</translation>
    </message>
</context>
<context>
    <name>SavedCommand</name>
    <message>
        <source>Could not save</source>
        <translation>Kunne ikke gemme</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search results</source>
        <extracomment>How long typing pauses before the search runs (ms). The results&apos; width beside the views when first shown (px); the splitter&apos;s handle moves it.</extracomment>
        <translation>Søgeresultater</translation>
    </message>
    <message>
        <source>Close the search results</source>
        <translation>Luk søgeresultaterne</translation>
    </message>
    <message>
        <source>What the search found</source>
        <translation>Hvad søgningen fandt</translation>
    </message>
    <message>
        <source>Every sharing level is found here. Copy answer copies only what each text&apos;s level allows, without names where it says so.</source>
        <translation>Her findes alle delingsniveauer. Kopiér svar kopierer kun det, hver teksts niveau tillader, og uden navn, hvor niveauet siger det.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åbn</translation>
    </message>
    <message>
        <source>Open the result</source>
        <translation>Åbn resultatet</translation>
    </message>
    <message>
        <source>Copy answer</source>
        <translation>Kopiér svar</translation>
    </message>
    <message>
        <source>Copy what may be shared of these results, to send to the member who asked</source>
        <translation>Kopiér det af resultaterne, der må deles, så du kan sende det til medlemmet, der spurgte</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Søg</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>Intet fundet for »%1«.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) for “%1”</source>
        <translation>
            <numerusform>%n resultat for »%1«</numerusform>
            <numerusform>%n resultater for »%1«</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(the best; %n more)</source>
        <translation>
            <numerusform>(de bedste; %n mere)</numerusform>
            <numerusform>(de bedste; %n flere)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n result(s) that may be shared</source>
        <translation>
            <numerusform>Kopierede %n resultat, der må deles</numerusform>
            <numerusform>Kopierede %n resultater, der må deles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out by its sharing level</source>
        <translation>
            <numerusform>%n udeladt på grund af sit delingsniveau</numerusform>
            <numerusform>%n udeladt på grund af deres delingsniveau</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchResults</name>
    <message>
        <source>Meeting theme</source>
        <extracomment>The snippet&apos;s marked ranges, a tuple of (start, end). The `Evidence` of a row (None for a member&apos;s row).</extracomment>
        <translation>Mødetema</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Medlem</translation>
    </message>
    <message>
        <source>Round table</source>
        <translation>Rundt om bordet</translation>
    </message>
    <message>
        <source>Talk</source>
        <translation>Oplæg</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Beslutning</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>Opfølgning</translation>
    </message>
    <message>
        <source>Theme proposal</source>
        <translation>Temaforslag</translation>
    </message>
    <message>
        <source>Speaker proposal</source>
        <translation>Forslag til oplæg</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Not tied to a member (decisions, themes, guests&apos; talks)</source>
        <translation>Ikke knyttet til et medlem (beslutninger, temaer, gæsters oplæg)</translation>
    </message>
    <message>
        <source>Who and what</source>
        <translation>Hvem og hvad</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Slags</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Deling</translation>
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
    <name>StartPreview</name>
    <message>
        <source>Opening the database…</source>
        <translation>Åbner databasen …</translation>
    </message>
</context>
<context>
    <name>TemplateModel</name>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutter</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock the database</source>
        <translation>Lås databasen op</translation>
    </message>
    <message>
        <source>The database %1 is encrypted. Type its passphrase to open it.</source>
        <translation>Databasen %1 er krypteret. Skriv dens adgangsfrase for at åbne den.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Lås op</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
</context>
<context>
    <name>UnlockFields</name>
    <message>
        <source>Passphrase</source>
        <translation>Adgangsfrase</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Gendannelsesnøgle</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>A&amp;dgangsfrase:</translation>
    </message>
    <message>
        <source>&amp;Recovery key:</source>
        <translation>Gen&amp;dannelsesnøgle:</translation>
    </message>
    <message>
        <source>Re&amp;member on this computer</source>
        <translation>&amp;Husk på denne computer</translation>
    </message>
    <message>
        <source>The key is kept in the system&apos;s keyring, so Coordinator opens without asking for the passphrase when you are logged in. Anyone using your login can then open it too.</source>
        <translation>Nøglen gemmes i systemets nøglering, så Coordinator åbner uden at spørge om adgangsfrasen, når du er logget ind. Alle, der bruger dit login, kan så også åbne den.</translation>
    </message>
    <message>
        <source>Use the passphrase instead</source>
        <translation>Brug adgangsfrasen i stedet</translation>
    </message>
    <message>
        <source>Use the recovery key instead</source>
        <translation>Brug gendannelsesnøglen i stedet</translation>
    </message>
</context>
<context>
    <name>VisitForm</name>
    <message>
        <source>Choose the contact from the host company</source>
        <translation>Vælg kontaktpersonen fra værtsvirksomheden</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Kontaktperson</translation>
    </message>
    <message>
        <source>Contact&apos;s e-mail</source>
        <translation>Kontaktpersonens e-mail</translation>
    </message>
    <message>
        <source>Contact&apos;s phone</source>
        <translation>Kontaktpersonens telefon</translation>
    </message>
    <message>
        <source>Visiting address</source>
        <translation>Besøgsadresse</translation>
    </message>
    <message>
        <source>Directions</source>
        <translation>Vejvisning</translation>
    </message>
    <message>
        <source>Public transport</source>
        <translation>Offentlig transport</translation>
    </message>
    <message>
        <source>Parking</source>
        <translation>Parkering</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Lokale</translation>
    </message>
    <message>
        <source>AV equipment</source>
        <translation>AV-udstyr</translation>
    </message>
    <message>
        <source>Wi-Fi</source>
        <translation>Wi-Fi</translation>
    </message>
    <message>
        <source>Breakfast</source>
        <translation>Morgenmad</translation>
    </message>
    <message>
        <source>Lunch</source>
        <translation>Frokost</translation>
    </message>
    <message>
        <source>Coffee and cake</source>
        <translation>Kaffe og kage</translation>
    </message>
    <message>
        <source>Tour guide</source>
        <translation>Rundviser</translation>
    </message>
    <message>
        <source>Length of the tour</source>
        <translation>Rundvisningens varighed</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Maximum participants on the tour</source>
        <translation>Højst antal deltagere i rundvisningen</translation>
    </message>
    <message>
        <source> people</source>
        <translation> personer</translation>
    </message>
    <message>
        <source>I&amp;D</source>
        <translation>&amp;ID</translation>
    </message>
    <message>
        <source>Safet&amp;y shoes</source>
        <translation>Sikkerheds&amp;sko</translation>
    </message>
    <message>
        <source>From the c&amp;ompany:</source>
        <translation>Fra virk&amp;somheden:</translation>
    </message>
    <message>
        <source>E-mai&amp;l:</source>
        <translation>E-m&amp;ail:</translation>
    </message>
    <message>
        <source>Pho&amp;ne:</source>
        <translation>Te&amp;lefon:</translation>
    </message>
    <message>
        <source>P&amp;ublic transport:</source>
        <translation>&amp;Offentlig transport:</translation>
    </message>
    <message>
        <source>&amp;AV:</source>
        <translation>&amp;AV:</translation>
    </message>
    <message>
        <source>&amp;NDA</source>
        <translation>&amp;NDA</translation>
    </message>
    <message>
        <source>No &amp;photos</source>
        <translation>Ingen fo&amp;tos</translation>
    </message>
    <message>
        <source>Other requirements of the tour</source>
        <translation>Andre krav ved rundvisningen</translation>
    </message>
    <message>
        <source>Notes on the visit</source>
        <translation>Noter om besøget</translation>
    </message>
    <message>
        <source>Host contact</source>
        <translation>Kontakt hos værten</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <source>Getting there</source>
        <translation>Find vej</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Directions:</source>
        <translation>Ve&amp;jvisning:</translation>
    </message>
    <message>
        <source>Par&amp;king:</source>
        <translation>&amp;Parkering:</translation>
    </message>
    <message>
        <source>Room and catering</source>
        <translation>Lokale og forplejning</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>&amp;Lokale:</translation>
    </message>
    <message>
        <source>&amp;Wi-Fi:</source>
        <translation>&amp;Wi-Fi:</translation>
    </message>
    <message>
        <source>&amp;Breakfast:</source>
        <translation>M&amp;orgenmad:</translation>
    </message>
    <message>
        <source>&amp;Lunch:</source>
        <translation>Fr&amp;okost:</translation>
    </message>
    <message>
        <source>&amp;Coffee:</source>
        <translation>K&amp;affe:</translation>
    </message>
    <message>
        <source>Tour</source>
        <translation>Rundvisning</translation>
    </message>
    <message>
        <source>G&amp;uide:</source>
        <translation>R&amp;undviser:</translation>
    </message>
    <message>
        <source>Len&amp;gth:</source>
        <translation>Vari&amp;ghed:</translation>
    </message>
    <message>
        <source>Max. partici&amp;pants:</source>
        <translation>H&amp;øjst antal deltagere:</translation>
    </message>
    <message>
        <source>Requires:</source>
        <translation>Krav:</translation>
    </message>
    <message>
        <source>&amp;Other:</source>
        <translation>&amp;Andet:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <source>(someone else)</source>
        <translation>(en anden)</translation>
    </message>
    <message>
        <source> (not a member)</source>
        <translation> (ikke medlem)</translation>
    </message>
</context>
<context>
    <name>YearStrip</name>
    <message>
        <source>Year overview</source>
        <translation>Årsoversigt</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n meeting(s)</source>
        <translation>
            <numerusform>%1: %n møde</numerusform>
            <numerusform>%1: %n møder</numerusform>
        </translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Møde</translation>
    </message>
    <message>
        <source>School holiday</source>
        <translation>Skoleferie</translation>
    </message>
</context>
<context>
    <name>_DurationDelegate</name>
    <message>
        <source>Minutes</source>
        <translation>Minutter</translation>
    </message>
</context>
<context>
    <name>_MinutesDelegate</name>
    <message>
        <source>Minutes</source>
        <translation>Minutter</translation>
    </message>
</context>
<context>
    <name>_SpeakerDelegate</name>
    <message>
        <source>Speaker</source>
        <translation>Oplægsholder</translation>
    </message>
</context>
<context>
    <name>encryption</name>
    <message>
        <source>Encrypt the database</source>
        <translation>Kryptér databasen</translation>
    </message>
    <message>
        <source>The database and every backup in its backups folder are encrypted with a new passphrase. The unencrypted files are then overwritten and removed, and you get a recovery key to print or write down.

From then on Coordinator asks for the passphrase when it starts (unless it is remembered on this computer). Exports (member lists, minutes, calendars) stay unencrypted: they are made to be sent.

On an SSD or a copy-on-write file system, old copies of the unencrypted file may remain where no program can reach them; an encrypted disk covers those too.</source>
        <translation>Databasen og alle sikkerhedskopier i dens mappe til sikkerhedskopier krypteres med en ny adgangsfrase. De ukrypterede filer overskrives derefter og fjernes, og du får en gendannelsesnøgle, som du kan udskrive eller skrive ned.

Fra da af beder Coordinator om adgangsfrasen, når den starter (medmindre den huskes på denne computer). Eksporter (medlemslister, referater, kalendere) forbliver ukrypterede: De er lavet til at blive sendt.

På en SSD eller et copy-on-write-filsystem kan gamle kopier af den ukrypterede fil blive liggende, hvor intet program kan nå dem; en krypteret disk dækker også dem.</translation>
    </message>
    <message>
        <source>&amp;Encrypt</source>
        <translation>&amp;Kryptér</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <source>Protect the database</source>
        <extracomment>Set once the user was told that this computer&apos;s keyring would not keep a key.</extracomment>
        <translation>Beskyt databasen</translation>
    </message>
    <message>
        <source>Coordinator keeps the members&apos; contact details and what they share in confidence on this computer. Choose a passphrase: the database is then encrypted on the disk, and whoever gets hold of the laptop or a copy of the file cannot read it.

You will type the passphrase when Coordinator starts (unless it is remembered on this computer), and you get a recovery key to keep in case you forget it.</source>
        <translation>Coordinator gemmer medlemmernes kontaktoplysninger og det, de fortæller i fortrolighed, på denne computer. Vælg en adgangsfrase: Så krypteres databasen på disken, og den, der får fat i den bærbare eller en kopi af filen, kan ikke læse den.

Du skriver adgangsfrasen, når Coordinator starter (medmindre den huskes på denne computer), og du får en gendannelsesnøgle at gemme, hvis du glemmer den.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <source>Not remembered</source>
        <translation>Ikke husket</translation>
    </message>
    <message>
        <source>This computer has no keyring that Coordinator can use, so it could not remember the key. Coordinator asks for the passphrase at every start.</source>
        <translation>Denne computer har ingen nøglering, som Coordinator kan bruge, så nøglen kunne ikke huskes. Coordinator beder om adgangsfrasen ved hver start.</translation>
    </message>
    <message>
        <source>Set a new passphrase</source>
        <translation>Vælg en ny adgangsfrase</translation>
    </message>
    <message>
        <source>You opened the database with its recovery key. Set a new passphrase now, so that you do not need the recovery key next time? The recovery key stays the same.</source>
        <translation>Du åbnede databasen med dens gendannelsesnøgle. Vil du vælge en ny adgangsfrase nu, så du ikke skal bruge gendannelsesnøglen næste gang? Gendannelsesnøglen er den samme.</translation>
    </message>
    <message>
        <source>&amp;Set passphrase</source>
        <translation>&amp;Vælg adgangsfrase</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Ikke nu</translation>
    </message>
    <message>
        <source>Too short: a passphrase needs at least %1 characters.</source>
        <translation>For kort: En adgangsfrase skal have mindst %1 tegn.</translation>
    </message>
    <message>
        <source>Weak: easy to guess. Four or five unrelated words, with a capital or a digit somewhere, are strong and still easy to remember.</source>
        <translation>Svag: let at gætte. Fire eller fem ord, der ikke hører sammen, med et stort bogstav eller et tal et sted, er stærke og stadig lette at huske.</translation>
    </message>
    <message>
        <source>Fair. A word or two more would make it much harder to guess.</source>
        <translation>Middel. Et ord eller to mere ville gøre den meget sværere at gætte.</translation>
    </message>
    <message>
        <source>Strong: hard to guess.</source>
        <translation>Stærk: svær at gætte.</translation>
    </message>
    <message>
        <source>Keep the database unencrypted?</source>
        <translation>Beholde databasen ukrypteret?</translation>
    </message>
    <message>
        <source>Then anyone who gets hold of this laptop or a copy of the file (a thief, a repair shop, a cloud backup) can read every member&apos;s name, contact details and job, and everything said in confidence at the round table, without any password.

You can encrypt it later with File ▸ Encrypt database…</source>
        <translation>Så kan enhver, der får fat i denne bærbare eller en kopi af filen (en tyv, et værksted, en sikkerhedskopi i skyen), læse alle medlemmers navne, kontaktoplysninger og job og alt, der er sagt i fortrolighed ved bordrunden, uden nogen adgangskode.

Du kan kryptere den senere med Filer ▸ Kryptér databasen…</translation>
    </message>
    <message>
        <source>&amp;Keep unencrypted</source>
        <translation>&amp;Behold ukrypteret</translation>
    </message>
    <message>
        <source>That is not the passphrase of this database. Try again.</source>
        <translation>Det er ikke denne databases adgangsfrase. Prøv igen.</translation>
    </message>
    <message>
        <source>The recovery key has a typo: a letter too many or too few, or one that is not in it. Compare it group by group with the printed key.</source>
        <translation>Gendannelsesnøglen har en tastefejl: et tegn for meget eller for lidt, eller et, der ikke hører til. Sammenlign den gruppe for gruppe med den udskrevne nøgle.</translation>
    </message>
    <message>
        <source>That recovery key belongs to another database: it does not open this one.</source>
        <translation>Den gendannelsesnøgle hører til en anden database: Den åbner ikke denne.</translation>
    </message>
    <message>
        <source>A passphrase needs at least %1 characters.</source>
        <translation>En adgangsfrase skal have mindst %1 tegn.</translation>
    </message>
    <message>
        <source>The key file beside the database is damaged or was written by another version of Coordinator, so the passphrase cannot be checked. The recovery key still opens the database.</source>
        <translation>Nøglefilen ved siden af databasen er beskadiget eller skrevet af en anden version af Coordinator, så adgangsfrasen kan ikke kontrolleres. Gendannelsesnøglen åbner stadig databasen.</translation>
    </message>
    <message>
        <source>The database is encrypted: it opens with its passphrase or its recovery key.</source>
        <translation>Databasen er krypteret: Den åbnes med dens adgangsfrase eller dens gendannelsesnøgle.</translation>
    </message>
    <message>
        <source>The database is encrypted and its key file (ending in .keys) is missing, so the passphrase cannot open it. Open it with its recovery key.</source>
        <translation>Databasen er krypteret, og dens nøglefil (der ender på .keys) mangler, så adgangsfrasen kan ikke åbne den. Åbn den med dens gendannelsesnøgle.</translation>
    </message>
    <message>
        <source>The key does not open this database (or the file is damaged). The file was not changed.</source>
        <translation>Nøglen åbner ikke denne database (eller filen er beskadiget). Filen blev ikke ændret.</translation>
    </message>
    <message>
        <source>The file is not encrypted, although it should be: it may have been replaced. It was not opened.</source>
        <translation>Filen er ikke krypteret, selv om den burde være det: Den kan være blevet udskiftet. Den blev ikke åbnet.</translation>
    </message>
    <message>
        <source>This installation of Coordinator cannot encrypt (its SQLite is not SQLCipher), so no encrypted database is opened with it.</source>
        <translation>Denne installation af Coordinator kan ikke kryptere (dens SQLite er ikke SQLCipher), så ingen krypteret database åbnes med den.</translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <source>%1 (exports are not encrypted: they are made to be sent)</source>
        <translation>%1 (eksporter er ikke krypterede: de er lavet til at blive sendt)</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>Please enter a name.</source>
        <extracomment>What a save can raise that the user must be told about: the request cannot be done (ServiceError), or the storage failed (DatabaseError: disk full, read-only, locked, damaged). Either way nothing was saved, and the form keeps what was typed.</extracomment>
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
        <source>Please choose a date between 1900 and 2200.</source>
        <translation>Vælg en dato mellem 1900 og 2200.</translation>
    </message>
    <message>
        <source>The meeting must end after it starts (%1).</source>
        <translation>Mødet skal slutte efter starttidspunktet (%1).</translation>
    </message>
    <message>
        <source>The text is too long (at most %1 characters).</source>
        <translation>Teksten er for lang (højst %1 tegn).</translation>
    </message>
    <message>
        <source>The duration must be between 0 and 720 minutes.</source>
        <translation>Varigheden skal være mellem 0 og 720 minutter.</translation>
    </message>
    <message>
        <source>The member left on %1: they cannot have joined after that.</source>
        <translation>Medlemmet blev udmeldt %1 og kan ikke være indmeldt senere end det.</translation>
    </message>
    <message>
        <source>The job started on %1: it cannot end before that.</source>
        <translation>Jobbet begyndte %1 og kan ikke slutte før det.</translation>
    </message>
    <message>
        <source>Please enter the task.</source>
        <translation>Skriv opgaven.</translation>
    </message>
    <message>
        <source>A task can be due at most %1 days before or after the meeting.</source>
        <translation>En opgave kan højst ligge %1 dage før eller efter mødet.</translation>
    </message>
    <message>
        <source>The tour must allow between 1 and %1 participants.</source>
        <translation>Rundvisningen skal have plads til mellem 1 og %1 deltagere.</translation>
    </message>
    <message>
        <source>The votes must be between 0 and %1.</source>
        <translation>Antallet af stemmer skal være mellem 0 og %1.</translation>
    </message>
    <message>
        <source>Record the attendance first: a note belongs to an attendance status.</source>
        <translation>Registrér fremmødet først: En note hører til en fremmødestatus.</translation>
    </message>
    <message>
        <source>That meeting is not one of the group&apos;s.</source>
        <translation>Mødet hører ikke til gruppen.</translation>
    </message>
    <message>
        <source>Please choose a sharing level.</source>
        <translation>Vælg et delingsniveau.</translation>
    </message>
    <message>
        <source>Please enter the text.</source>
        <translation>Skriv teksten.</translation>
    </message>
    <message>
        <source>Please enter the proposed theme.</source>
        <translation>Skriv det foreslåede tema.</translation>
    </message>
    <message>
        <source>Please enter the topic of the talk.</source>
        <translation>Skriv oplæggets emne.</translation>
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
        <source>“%1” is not a date; it was left out.</source>
        <translation>»%1« er ikke en dato; den blev udeladt.</translation>
    </message>
    <message>
        <source>“%1” is neither yes nor no; it was left out.</source>
        <translation>»%1« er hverken ja eller nej; det blev udeladt.</translation>
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
    <message>
        <source>This is a calendar file (iCalendar), not a contact list.</source>
        <translation>Dette er en kalenderfil (iCalendar), ikke en kontaktliste.</translation>
    </message>
    <message>
        <source>This is a PDF document, not a contact list.</source>
        <translation>Dette er et PDF-dokument, ikke en kontaktliste.</translation>
    </message>
    <message>
        <source>This is a spreadsheet (such as Excel), not a contact list. Save it as CSV in the spreadsheet program, then import the CSV file.</source>
        <translation>Dette er et regneark (f.eks. Excel), ikke en kontaktliste. Gem det som CSV i regnearksprogrammet, og importér derefter CSV-filen.</translation>
    </message>
    <message>
        <source>This is a document (such as Word), not a contact list.</source>
        <translation>Dette er et dokument (f.eks. Word), ikke en kontaktliste.</translation>
    </message>
    <message>
        <source>This is a Microsoft Office file, not a contact list.</source>
        <translation>Dette er en Microsoft Office-fil, ikke en kontaktliste.</translation>
    </message>
    <message>
        <source>This is an e-mail message, not a contact list. Save the contact file attached to it, then import that file.</source>
        <translation>Dette er en e-mail, ikke en kontaktliste. Gem den vedhæftede kontaktfil, og importér derefter den fil.</translation>
    </message>
    <message>
        <source>This is an image, not a contact list.</source>
        <translation>Dette er et billede, ikke en kontaktliste.</translation>
    </message>
    <message>
        <source>This is a compressed archive (such as ZIP), not a contact list. Unpack it, then import the contact file inside.</source>
        <translation>Dette er et komprimeret arkiv (f.eks. ZIP), ikke en kontaktliste. Pak det ud, og importér derefter kontaktfilen i det.</translation>
    </message>
    <message>
        <source>This is a web page (HTML), not a contact list.</source>
        <translation>Dette er en webside (HTML), ikke en kontaktliste.</translation>
    </message>
    <message>
        <source>This is a database file, not a contact list.</source>
        <translation>Dette er en databasefil, ikke en kontaktliste.</translation>
    </message>
    <message>
        <source>The file has %1 contacts; at most %2 are imported at a time.</source>
        <translation>Filen har %1 kontakter; der importeres højst %2 ad gangen.</translation>
    </message>
    <message>
        <source>The file has %1 columns; a contact file has at most %2.</source>
        <translation>Filen har %1 kolonner; en kontaktfil har højst %2.</translation>
    </message>
    <message>
        <source>The file has %1 lines; contact files with more than %2 are not imported.</source>
        <translation>Filen har %1 linjer; kontaktfiler med mere end %2 importeres ikke.</translation>
    </message>
    <message>
        <source>The file is %1 MB; contact files over %2 MB are not imported.</source>
        <translation>Filen fylder %1 MB; kontaktfiler over %2 MB importeres ikke.</translation>
    </message>
    <message>
        <source>The personal data was erased.</source>
        <translation>Personoplysningerne er slettet.</translation>
    </message>
    <message>
        <source>Old copies of it may remain in the database file: another program kept reading it, or the disk was too full to compact it. They go when Coordinator closes the database while no other program has it open, or at the latest with the next erasure.</source>
        <translation>Gamle kopier af dem kan stadig ligge i databasefilen: et andet program blev ved med at læse den, eller disken var for fuld til at komprimere den. De forsvinder, når Coordinator lukker databasen, mens intet andet program har den åben, eller senest ved næste sletning.</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) in the backups folder hold it but could not be cleaned (damaged, from a newer version of Coordinator, or changed by another program). Delete them yourself:</source>
        <translation>
            <numerusform>%n sikkerhedskopi i mappen til sikkerhedskopier indeholder dem, men kunne ikke renses (beskadiget, fra en nyere version af Coordinator eller ændret af et andet program). Slet den selv:</numerusform>
            <numerusform>%n sikkerhedskopier i mappen til sikkerhedskopier indeholder dem, men kunne ikke renses (beskadigede, fra en nyere version af Coordinator eller ændret af et andet program). Slet dem selv:</numerusform>
        </translation>
    </message>
    <message>
        <source>The database is open in another Coordinator window (process %1 on %2). Close it there first.</source>
        <translation>Databasen er åben i et andet Coordinator-vindue (proces %1 på %2). Luk den i det vindue først.</translation>
    </message>
    <message>
        <source>The disk is full, so the change was not saved. Free some space and try again; what you entered is still there.</source>
        <translation>Disken er fuld, så ændringen blev ikke gemt. Frigør noget plads, og prøv igen; det, du har indtastet, er der stadig.</translation>
    </message>
    <message>
        <source>The database is read-only, so the change was not saved. It may be open in another Coordinator window, or the file or its folder cannot be written.</source>
        <translation>Databasen er skrivebeskyttet, så ændringen blev ikke gemt. Den er måske åben i et andet Coordinator-vindue, eller der kan ikke skrives til filen eller dens mappe.</translation>
    </message>
    <message>
        <source>Another program is using the database, so the change was not saved. Try again in a moment.</source>
        <translation>Et andet program bruger databasen, så ændringen blev ikke gemt. Prøv igen om lidt.</translation>
    </message>
    <message>
        <source>The database file could not be read or written (a disk error, or the file was moved), so the change was not saved.</source>
        <translation>Databasefilen kunne ikke læses eller skrives (en diskfejl, eller filen er flyttet), så ændringen blev ikke gemt.</translation>
    </message>
    <message>
        <source>The database file is damaged or is not a Coordinator database.</source>
        <translation>Databasefilen er beskadiget eller er ikke en Coordinator-database.</translation>
    </message>
    <message>
        <source>Another program is reading the database, so nothing was erased: the erased data would stay in the file for as long as it reads. Close it (or wait until it is done) and try again.</source>
        <translation>Et andet program læser databasen, så intet blev slettet: de slettede oplysninger ville blive liggende i filen, så længe det læser. Luk det (eller vent, til det er færdigt), og prøv igen.</translation>
    </message>
    <message>
        <source>The database was written by a newer version of Coordinator. Please update the app; the file was not changed.</source>
        <translation>Databasen er skrevet af en nyere version af Coordinator. Opdater programmet; filen blev ikke ændret.</translation>
    </message>
    <message>
        <source>The database file holds something this version of Coordinator does not know (a trigger, view, table or column), or part of its structure is missing, so it was not opened. The file was not changed.</source>
        <translation>Databasefilen indeholder noget, som denne version af Coordinator ikke kender (en trigger, et view, en tabel eller en kolonne), eller en del af dens struktur mangler, så den blev ikke åbnet. Filen blev ikke ændret.</translation>
    </message>
    <message>
        <source>The database cannot be read where it is: to read its log or journal file (ending in -wal or -journal), Coordinator must write beside it, and the folder is read-only. Copy the database with that file to a folder you can write to. The file was not changed.</source>
        <translation>Databasen kan ikke læses, hvor den ligger: For at læse dens log- eller journalfil (der ender på -wal eller -journal) skal Coordinator skrive ved siden af den, og mappen er skrivebeskyttet. Kopiér databasen sammen med den fil til en mappe, du kan skrive i. Filen blev ikke ændret.</translation>
    </message>
    <message>
        <source>The lock file beside the database is a link, a folder or another user&apos;s file, so Coordinator left it alone. Remove it and try again.</source>
        <translation>Låsefilen ved siden af databasen er et link, en mappe eller en anden brugers fil, så Coordinator lod den være. Fjern den, og prøv igen.</translation>
    </message>
    <message>
        <source>The search index does not erase deleted text, so the database was not changed. Coordinator needs SQLite 3.44 or later; run “coordinator-app check”.</source>
        <translation>Søgeindekset sletter ikke slettet tekst, så databasen blev ikke ændret. Coordinator kræver SQLite 3.44 eller nyere; kør »coordinator-app check«.</translation>
    </message>
    <message>
        <source>The e-mail was not saved: read back, it did not give every recipient with their name as meant. Please report this.</source>
        <translation>E-mailen blev ikke gemt: læst igen gav den ikke alle modtagere med deres navn, som den skulle. Meld venligst fejlen.</translation>
    </message>
    <message>
        <source>The e-mail was not saved: read back, its subject was not the one meant. Please report this.</source>
        <translation>E-mailen blev ikke gemt: læst igen var emnet ikke det tilsigtede. Meld venligst fejlen.</translation>
    </message>
    <message>
        <source>The e-mail was not saved: read back, an attachment was not the one meant. Please report this.</source>
        <translation>E-mailen blev ikke gemt: læst igen var en vedhæftet fil ikke den tilsigtede. Meld venligst fejlen.</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>fremmøde</translation>
    </message>
    <message>
        <source>round-table entries</source>
        <translation>indlæg i rundt-om-bordet</translation>
    </message>
    <message>
        <source>sign-ups</source>
        <translation>tilmeldinger</translation>
    </message>
    <message>
        <source>minutes (decisions, action items or proposals)</source>
        <translation>referat (beslutninger, opfølgningspunkter eller forslag)</translation>
    </message>
    <message>
        <source>talks on an agenda</source>
        <translation>oplæg på en dagsorden</translation>
    </message>
    <message>
        <source>a host visit as its contact</source>
        <translation>et værtsbesøg som kontaktperson</translation>
    </message>
    <message>
        <source>other meeting records</source>
        <translation>andre oplysninger fra møder</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>og %n mere</numerusform>
            <numerusform>og %n mere</numerusform>
        </translation>
    </message>
    <message>
        <source>The import cannot be undone: people it added now have %2 on record (%1). Delete the others one by one (Members ▸ Delete member…) where that is meant.</source>
        <translation>Importen kan ikke fortrydes: Personer, den tilføjede, har nu %2 registreret (%1). Slet de andre én ad gangen (Medlemmer ▸ Slet medlem…), hvor det er meningen.</translation>
    </message>
    <message>
        <source>%1 cannot be deleted: they have %2 on record in this group. Deleting is for a member entered by mistake. End the membership instead (Members ▸ End membership…), or erase the personal data (Members ▸ Erase person…).</source>
        <translation>%1 kan ikke slettes: Der er %2 registreret i denne gruppe. Sletning er til et medlem, der er oprettet ved en fejl. Afslut i stedet medlemskabet (Medlemmer ▸ Afslut medlemskab…), eller slet personoplysningerne (Medlemmer ▸ Slet person…).</translation>
    </message>
    <message>
        <source>That group no longer exists.</source>
        <translation>Gruppen findes ikke længere.</translation>
    </message>
    <message>
        <source>That person no longer exists.</source>
        <translation>Personen findes ikke længere.</translation>
    </message>
    <message>
        <source>That person is no longer in the roster.</source>
        <translation>Personen er ikke længere i medlemslisten.</translation>
    </message>
    <message>
        <source>The owner is no longer in the roster.</source>
        <translation>Den ansvarlige er ikke længere i medlemslisten.</translation>
    </message>
    <message>
        <source>The proposer is no longer in the roster.</source>
        <translation>Forslagsstilleren er ikke længere i medlemslisten.</translation>
    </message>
    <message>
        <source>That speaker is no longer in the roster.</source>
        <translation>Oplægsholderen er ikke længere i medlemslisten.</translation>
    </message>
    <message>
        <source>That contact person is no longer in the roster.</source>
        <translation>Kontaktpersonen er ikke længere i medlemslisten.</translation>
    </message>
    <message>
        <source>That meeting no longer exists.</source>
        <translation>Mødet findes ikke længere.</translation>
    </message>
    <message>
        <source>There is no meeting with number %1.</source>
        <translation>Der findes intet møde med nummer %1.</translation>
    </message>
    <message>
        <source>That agenda item no longer exists.</source>
        <translation>Dagsordenspunktet findes ikke længere.</translation>
    </message>
    <message>
        <source>That host company no longer exists.</source>
        <translation>Værtsvirksomheden findes ikke længere.</translation>
    </message>
    <message>
        <source>That company no longer exists.</source>
        <translation>Virksomheden findes ikke længere.</translation>
    </message>
    <message>
        <source>That guest is no longer signed up.</source>
        <translation>Gæsten er ikke længere tilmeldt.</translation>
    </message>
    <message>
        <source>That task no longer exists.</source>
        <translation>Opgaven findes ikke længere.</translation>
    </message>
    <message>
        <source>That round-table entry no longer exists.</source>
        <translation>Indlægget fra rundt om bordet findes ikke længere.</translation>
    </message>
    <message>
        <source>That decision no longer exists.</source>
        <translation>Beslutningen findes ikke længere.</translation>
    </message>
    <message>
        <source>That action item no longer exists.</source>
        <translation>Opfølgningspunktet findes ikke længere.</translation>
    </message>
    <message>
        <source>That theme proposal no longer exists.</source>
        <translation>Temaforslaget findes ikke længere.</translation>
    </message>
    <message>
        <source>That speaker proposal no longer exists.</source>
        <translation>Forslaget til oplægsholder findes ikke længere.</translation>
    </message>
    <message>
        <source>That job is no longer on record.</source>
        <translation>Jobbet er ikke længere registreret.</translation>
    </message>
    <message>
        <source>There is already a group called “%1”.</source>
        <translation>Der findes allerede en gruppe, der hedder »%1«.</translation>
    </message>
    <message>
        <source>There is no group called “%1”.</source>
        <translation>Der findes ingen gruppe, der hedder »%1«.</translation>
    </message>
    <message>
        <source>That person is not a member of the group.</source>
        <translation>Personen er ikke medlem af gruppen.</translation>
    </message>
    <message>
        <source>That person is not a current member of the group.</source>
        <translation>Personen er ikke nuværende medlem af gruppen.</translation>
    </message>
    <message>
        <source>That person was never a member of the group.</source>
        <translation>Personen har aldrig været medlem af gruppen.</translation>
    </message>
    <message>
        <source>A member cannot leave before they joined.</source>
        <translation>Et medlem kan ikke udtræde, før det er indtrådt.</translation>
    </message>
    <message>
        <source>The new job cannot start before the current job started.</source>
        <translation>Det nye job kan ikke begynde, før det nuværende job begyndte.</translation>
    </message>
    <message>
        <source>This meeting has logistics, sign-ups, attendance or minutes, so it cannot be deleted. Cancel it instead: it stays in the plan, marked cancelled.</source>
        <translation>Mødet har praktiske oplysninger, tilmeldinger, fremmøde eller referat, så det kan ikke slettes. Aflys det i stedet: Det bliver stående i mødeplanen, markeret som aflyst.</translation>
    </message>
    <message>
        <source>The group&apos;s coordinator has no e-mail address, so the members&apos; calendars would not know whom to answer. Add it under File ▸ Group ▸ Coordinators.</source>
        <translation>Gruppens koordinator har ingen e-mailadresse, så medlemmernes kalendere ville ikke vide, hvem de skal svare. Tilføj den under Filer ▸ Gruppe ▸ Koordinatorer.</translation>
    </message>
    <message>
        <source>Please enter the host company&apos;s name.</source>
        <translation>Skriv værtsvirksomhedens navn.</translation>
    </message>
    <message>
        <source>There is no company called “%1”. Known companies: %2.</source>
        <translation>Der findes ingen virksomhed, der hedder »%1«. Kendte virksomheder: %2.</translation>
    </message>
    <message>
        <source>There is no company called “%1”, and no companies yet.</source>
        <translation>Der findes ingen virksomhed, der hedder »%1«, og endnu ingen virksomheder.</translation>
    </message>
    <message>
        <source>This database has no file to back up.</source>
        <translation>Databasen har ingen fil, der kan sikkerhedskopieres.</translation>
    </message>
    <message>
        <source>Keep between %1 and %2 backups.</source>
        <translation>Behold mellem %1 og %2 sikkerhedskopier.</translation>
    </message>
    <message>
        <source>A database opened read-only cannot be restored.</source>
        <translation>En database, der er åbnet skrivebeskyttet, kan ikke gendannes.</translation>
    </message>
    <message>
        <source>The database is not empty: demo data can only be put into an empty database.</source>
        <translation>Databasen er ikke tom: Demodata kan kun lægges i en tom database.</translation>
    </message>
    <message>
        <source>Please enter the person&apos;s e-mail address.</source>
        <translation>Skriv personens e-mailadresse.</translation>
    </message>
    <message>
        <source>Nobody has the e-mail address %1.</source>
        <translation>Ingen har e-mailadressen %1.</translation>
    </message>
    <message>
        <source>%1 people have the e-mail address %2; correct the duplicate in the roster first.</source>
        <translation>%1 personer har e-mailadressen %2; ret dubletten i medlemslisten først.</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <source>Print preview</source>
        <extracomment>The highest resolution pages are rendered at for a printer, and for the preview. The print preview&apos;s size where the screen has the room; the window&apos;s frame around it. Draws the document on a printer (the preview&apos;s, or the one chosen in the print dialog).</extracomment>
        <translation>Vis udskrift</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Udskriv</translation>
    </message>
    <message>
        <source>The document could not be printed.</source>
        <translation>Dokumentet kunne ikke udskrives.</translation>
    </message>
    <message>
        <source>The document could not be written: %1</source>
        <translation>Dokumentet kunne ikke skrives: %1</translation>
    </message>
    <message>
        <source>Preparing to print…</source>
        <translation>Gør klar til udskrift…</translation>
    </message>
</context>
<context>
    <name>startup</name>
    <message>
        <source>Coordinator is already open</source>
        <translation>Coordinator er allerede åben</translation>
    </message>
    <message>
        <source>You can open the database read-only here: you can look and export, but not change anything.</source>
        <translation>Du kan åbne databasen skrivebeskyttet her: du kan se og eksportere, men ikke ændre noget.</translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation>Åbn &amp;skrivebeskyttet</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>Databasen er beskadiget</translation>
    </message>
    <message>
        <source>The database %1 is damaged or is not a Coordinator database. It was not changed.</source>
        <translation>Databasen %1 er beskadiget eller er ikke en Coordinator-database. Den blev ikke ændret.</translation>
    </message>
    <message>
        <source>Restore the newest backup, made %1? The damaged file is kept beside it under a new name; it is never deleted.</source>
        <translation>Gendan den nyeste sikkerhedskopi fra %1? Den beskadigede fil gemmes ved siden af under et nyt navn; den bliver aldrig slettet.</translation>
    </message>
    <message>
        <source>&amp;Restore backup</source>
        <translation>&amp;Gendan sikkerhedskopi</translation>
    </message>
    <message>
        <source>The database %1 could not be opened.</source>
        <translation>Databasen %1 kunne ikke åbnes.</translation>
    </message>
    <message>
        <source>There is no backup to restore. The file was not changed.</source>
        <translation>Der er ingen sikkerhedskopi at gendanne. Filen blev ikke ændret.</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <source>Opened read-only</source>
        <translation>Åbnet skrivebeskyttet</translation>
    </message>
    <message>
        <source>The database %1 cannot be written where it is (a read-only file or folder, or a write-protected medium). It was opened read-only: you can look and export, but not change anything.</source>
        <translation>Databasen %1 kan ikke skrives, hvor den ligger (en skrivebeskyttet fil eller mappe eller et skrivebeskyttet medie). Den blev åbnet skrivebeskyttet: Du kan se og eksportere, men ikke ændre noget.</translation>
    </message>
    <message>
        <source>The backup was restored. The damaged file was kept as %1.</source>
        <translation>Sikkerhedskopien er gendannet. Den beskadigede fil er gemt som %1.</translation>
    </message>
    <message>
        <source>The daily backup could not be made: %1</source>
        <translation>Den daglige sikkerhedskopi kunne ikke tages: %1</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Kunne ikke gemme</translation>
    </message>
</context>
</TS>
