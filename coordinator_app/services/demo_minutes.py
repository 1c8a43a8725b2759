"""The demo group's minutes: attendance, round tables, decisions, action items, theme proposals
and the speaker pipeline of the meetings held so far (last year's and this year's).

Round-table statuses are confidential: the candid ones (failures, reprimands, burn-out) are
"group only", some are "may be shared without name", a few "may be shared". Everything is
fiction; companies and people are the demo's.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from sqlalchemy.orm import Session

from coordinator_app.domain.enums import (
    AttendanceStatus,
    Confidentiality,
    MeetingStatus,
    MinutesStatus,
    SpeakerStatus,
)
from coordinator_app.store.models import (
    ActionItem,
    Attendance,
    Decision,
    Group,
    Meeting,
    Person,
    RoundTableEntry,
    SpeakerProposal,
    ThemeProposal,
)

# A talk as the demo's agendas list it: (title, speaker, organisation, notes).
Talk = tuple[str, str, str, str]

# The held meetings are numbered 0-7: last year's four, then this year's four.
_SLOTS = 8

_G, _A, _S = Confidentiality.GROUP_ONLY, Confidentiality.ANONYMOUS, Confidentiality.SHAREABLE

# Per member and meeting: (confidentiality, topics, status); None where the member was away.
_Entry = tuple[Confidentiality, str, str] | None

_ROUND_TABLE: dict[str, tuple[_Entry, ...]] = {
    "Søren Østergaard": (
        (
            _G,
            "Mainframe, Leverandørstyring",
            "Mainframe-kontrakten udløber om to år, og leverandøren har varslet 18 % i "
            "prisstigning. Vi er begyndt at regne på, hvad en exit vil koste – ingen i "
            "direktionen vil høre ordet endnu.",
        ),
        (
            _G,
            "DORA, Beredskab",
            "Natlig beredskabstest af betalingsplatformen. Failover virkede, men vi fandt en "
            "glemt afhængighed til en gammel fax-gateway, som ingen vidste stadig var i brug. "
            "Lidt pinligt over for revisionen.",
        ),
        (
            _A,
            "Rekruttering, Mainframe",
            "To af vores tre mainframe-specialister går på pension inden for to år. Vi har slået "
            "stillingen op to gange uden kvalificerede ansøgere og vil nu oplære folk internt.",
        ),
        (
            _G,
            "Cloud-økonomi, FinOps",
            "Direktionen spurgte, hvorfor cloudregningen er vokset 30 % på et år. Det ærlige svar "
            "er, at ingen ejer den. Vi har oprettet en FinOps-rolle, og indtil videre er det mig.",
        ),
        (
            _G,
            "AI, Logdata, Persondata",
            "Pilot med en AI-assistent i driftsteamet. Den er god til at opsummere incidents, "
            "men vi fandt kundedata i de logudtræk, der blev sendt med i prompts. Piloten er sat "
            "på pause, til DPO'en har set på det.",
        ),
        (
            _G,
            "DORA, Tilsyn, Leverandørstyring",
            "Finanstilsynet har været på besøg om IKT-risici. Vi fik to påtaler om "
            "leverandørstyring – især manglende exit-planer for kritiske leverandører. Ikke "
            "overraskende, men det gør ondt.",
        ),
        (
            _S,
            "Alarmtræthed, On-call",
            "Vi får ca. 4.000 alarmer om ugen, og under 5 % kræver handling. Ny regel: en alarm, "
            "som ingen har handlet på i 30 dage, bliver slettet eller lavet om.",
        ),
        (
            _A,
            "Mainframe-exit, Business case",
            "Bestyrelsen har godkendt business casen for mainframe-exit: fem år. Den største "
            "risiko er ikke teknikken, men at vi mister viden undervejs.",
        ),
    ),
    "Mette Kjærsgaard": (
        (
            _S,
            "Automatisering, Entra ID",
            "Onboarding og offboarding af medarbejdere er nu fuldt automatiseret i Entra ID. "
            "De manuelle sager er faldet med 80 %, og revisionen er glad for sporbarheden.",
        ),
        (
            _G,
            "Beredskab, Dokumentation",
            "Vores tabletop-øvelse afslørede, at nøddokumentationen ligger i SharePoint – det "
            "første, der forsvinder ved et stort udfald. Nu har vi en papirudgave i en rød mappe. "
            "Det føles meget 1995.",
        ),
        None,
        (
            _G,
            "Azure, Cloud-økonomi",
            "Reserved instances har sparet os 22 % på Azure, men udviklingsmiljøerne kører hele "
            "weekenden. Mit forslag om at slukke dem automatisk har udløst en mindre "
            "religionskrig med udviklerne.",
        ),
        (
            _A,
            "Copilot, Microsoft 365, Rettigheder",
            "Copilot til Microsoft 365 er rullet ud til 50 piloter. Brugerne er begejstrede, "
            "compliance er nervøs: Copilot finder dokumenter, folk havde adgang til, men aldrig "
            "burde have haft. Vi rydder op i rettigheder før bred udrulning.",
        ),
        (
            _G,
            "NIS2, DORA",
            "Det er stadig uklart, om vi som pensionsselskab er omfattet af NIS2 eller kun DORA. "
            "Ledelsen har besluttet, at vi agerer, som om begge gælder. Det koster, men det kan "
            "forklares.",
        ),
        None,
        (
            _S,
            "Exchange, Migrering",
            "Den sidste on-prem Exchange-server er lukket. Hybrid-opsætningen drillede til det "
            "sidste. Jeg deler gerne vores tjekliste.",
        ),
    ),
    "Rasmus Bæk": (
        (
            _A,
            "Ansible, OT-sikkerhed",
            "Vi automatiserer med Ansible i IT-delen, men holder fingrene fra OT-miljøet. "
            "Leverandørerne af styresystemerne giver ikke support, hvis vi ændrer noget uden "
            "deres godkendelse.",
        ),
        (
            _G,
            "Beredskab, Ransomware, OT",
            "Øvelse med simuleret ransomware i kontrolrummet: seks timers manuel drift. Det gik, "
            "men kun fordi to ældre medarbejdere stadig kan gøre det i hånden. Den viden står "
            "ingen steder.",
        ),
        (
            _A,
            "Rekruttering, OT-sikkerhed",
            "Det er næsten umuligt at finde folk med OT-sikkerhed. Vi efteruddanner nu elektrikere "
            "i stedet for at ansætte IT-folk – det virker bedre end ventet.",
        ),
        (
            _G,
            "Cloud-økonomi, Historian-data",
            "Vi flyttede historian-data til cloud for at spare på storage. Regningen for at hente "
            "data ud igen var højere end besparelsen. Lærestreg.",
        ),
        (
            _G,
            "AI, Prædiktivt vedligehold",
            "En leverandør lover, at AI kan forudsige fejl i vores transformerstationer. Vi siger "
            "ja til en pilot, hvis data ikke forlader vores eget miljø. Det var de ikke glade for.",
        ),
        (
            _G,
            "NIS2, Ledelsesansvar",
            "Vi er væsentlig enhed under NIS2. Direktionen skal på kursus i ledelsesansvar, og en "
            "direktør spurgte helt ærligt, om han kunne ryge i fængsel. Sikkerhed har aldrig fået "
            "så meget opmærksomhed.",
        ),
        (
            _S,
            "OT-sikkerhed, Segmentering",
            "Efter to års arbejde har vi fuldt overblik over OT-netværket: 3.200 enheder, heraf "
            "140 vi ikke kendte. Næste skridt er segmentering.",
        ),
        None,
    ),
    "Åse Vestergård": (
        (
            _G,
            "RPA, Servicedesk",
            "Vores to RPA-robotter i servicedesken fejler, hver gang Windows opdaterer. Vi bruger "
            "mere tid på at passe robotterne end på de sager, de skulle løse. Jeg er tæt på at "
            "lukke dem.",
        ),
        (
            _S,
            "Beredskab, Stormflod",
            "Efter stormfloden gennemgik kommunen beredskabsplanen – IT-drift var slet ikke "
            "nævnt. Nu er vi med, og der er aftalt nødstrøm til det lokale serverrum.",
        ),
        (
            _G,
            "Rekruttering, Løn",
            "Vi har mistet tre gode folk til det private på et år. Vi kan ikke matche lønnen, så "
            "vi sælger på fleksibilitet og mening. Det holder kun til en vis grænse.",
        ),
        (
            _A,
            "Licenser, Budget",
            "Licensudgifterne til Microsoft stiger igen, og kommunens budget er lagt for fire år. "
            "Vi har måttet skære i noget andet for at betale.",
        ),
        (
            _S,
            "AI, Servicedesk, Chatbot",
            "Vores chatbot i servicedesken løser nu 30 % af henvendelserne. Den gav to "
            "medarbejdere forkerte svar om lønudbetaling, så nu må den ikke svare på noget om løn.",
        ),
        (
            _G,
            "NIS2, Leverandøraftaler",
            "Kommunen er omfattet af NIS2, og 40 leverandøraftaler skal gennemgås. Juristerne har "
            "først tid til marts. Jeg sover ikke godt.",
        ),
        (
            _G,
            "Brugertilfredshed, Chatbot",
            "Vi måler brugertilfredshed hver uge nu. Tallene er faldet, siden chatbotten kom – "
            "folk vil tale med et menneske. Det har vi ikke fortalt direktionen endnu.",
        ),
        (
            _G,
            "ESDH, Udbud, Legacy",
            "Det fælleskommunale udbud af nyt ESDH-system er forsinket et år. Det gamle kører på "
            "en Windows-version uden support. Vi har isoleret det, men det holder ikke længe.",
        ),
    ),
    "Karen Løvschall": (
        (
            _G,
            "Patching, Medicoudstyr",
            "Vi kan ikke patche medicoudstyr uden leverandørens godkendelse, og nogle leverandører "
            "svarer aldrig. 600 enheder kører gamle Windows-versioner bag en firewall, og vi "
            "krydser fingre.",
        ),
        (
            _S,
            "Beredskab, Nøddrift",
            "Vi har kørt et hospital på papir i 24 timer som øvelse. Det vigtigste, vi lærte: "
            "printerne. Alle nødprocedurer forudsætter, at man kan printe, og printerne hænger på "
            "netværket.",
        ),
        (
            _G,
            "On-call, Stress, Vagtplan",
            "Vagtplanen er presset til bristepunktet. To fra teamet er sygemeldt med stress, og "
            "jeg har selv haft vagt tre weekender i træk. Jeg har bedt om to stillinger mere og "
            "fået nej.",
        ),
        None,
        (
            _G,
            "AI, GPU, Datacenter",
            "Radiologerne vil have AI til billeddiagnostik, og det kræver GPU'er i eget "
            "datacenter – patientdata må ikke i public cloud. Strøm og køling er flaskehalsen, "
            "ikke pengene.",
        ),
        (
            _G,
            "NIS2, Audit, Systemejerskab",
            "Den første NIS2-audit er i efteråret. Vi har fundet 11 systemer, som ingen vil stå "
            "som ejer af. Det bliver en lang sommer.",
        ),
        (
            _A,
            "Trådløst netværk, Roaming",
            "Det nye trådløse netværk er rullet ud. Telemetriudstyret på sengene mister "
            "forbindelsen, når patienter flyttes mellem afsnit. Leverandøren arbejder på det.",
        ),
        (
            _G,
            "PACS, Udfasning",
            "Det gamle PACS-system skal udfases, men migreringen af 15 års billeder tager mindst "
            "et år. Vi kører to systemer parallelt i mellemtiden.",
        ),
    ),
    "Henrik Brøndum": (
        (
            _G,
            "SAP, Automatisering, Batchjobs",
            "Overvågningen af SAP-batchjobs er automatiseret, så natholdet først ringes op, når et "
            "job er fejlet to gange. De natlige opkald er halveret.",
        ),
        (
            _G,
            "Beredskab, Lagerstyring",
            "Lagerstyringen var nede i tre timer midt i julehandlen. Beredskabsplanen antog, at vi "
            "kunne pakke efter papirlister – ingen vidste, hvor de lå. Nu ligger de i en rød mappe "
            "på hvert lager.",
        ),
        (
            _G,
            "Rekruttering, SAP Basis, Konsulenter",
            "Vi har ikke kunnet rekruttere en SAP Basis-specialist i et år og betaler nu en "
            "konsulent 1.800 kr. i timen. Ledelsen spørger, om vi ikke bare kan flytte det hele i "
            "cloud. Det kan vi ikke.",
        ),
        (
            _G,
            "SAP, S/4HANA, Cloud-migrering",
            "Flytningen til S/4HANA i cloud er besluttet, go-live til efteråret næste år. "
            "Tidsplanen er stram, og det ved alle.",
        ),
        (
            _G,
            "S/4HANA, Migrering, Test",
            "Go-live for S/4HANA er udsat to måneder. Testdata var ikke repræsentative, og "
            "integrationen til transportørerne fejler under last. Jeg er bekymret.",
        ),
        (
            _G,
            "Fejlet migrering, Rollback",
            "Migreringen fejlede. Vi rullede tilbage efter 36 timer, og to lagre stod stille en "
            "hel dag. Ledelsen vil have et navn på, hvem der har skylden. Jeg har sagt, at det er "
            "mig.",
        ),
        (
            _G,
            "Post-mortem, Fejlet migrering",
            "Post-mortem efter den fejlede migrering er færdig. Halvdelen af fejlene var "
            "leverandørens, halvdelen vores egne – især at vi sprang generalprøven over for at nå "
            "datoen. Ny go-live i november.",
        ),
        (
            _A,
            "Migrering, Lessons learned",
            "Anden go-live lykkedes. To generalprøver og en klar go/no-go-beslutning gjorde "
            "forskellen. Jeg deler gerne vores lessons learned – bare uden firmanavn.",
        ),
    ),
    "Anne-Sofie Nørgaard": (
        (
            _G,
            "GitOps, Argo CD",
            "Vi har indført GitOps med Argo CD og deployer nu ti gange så ofte som for et år "
            "siden, med færre fejl. Det største arbejde var at få udviklerne til at stole på det.",
        ),
        (
            _A,
            "Chaos engineering, Test",
            "Vi har prøvet chaos engineering i testmiljøet og slukket tilfældige noder en "
            "fredag. Det fandt tre fejl, som ellers ville have ramt os i julehandlen.",
        ),
        (
            _G,
            "On-call, Udbrændthed, Opsigelser",
            "Tre ud af syv på vagtholdet har sagt op det seneste år, og alle nævner vagterne. Vi "
            "har i snit 14 nattekald om måneden. Jeg har ikke en god løsning, og det holder mig "
            "vågen.",
        ),
        (
            _A,
            "Kubernetes, FinOps",
            "FinOps-dashboardet viste, at 40 % af kapaciteten i vores Kubernetes-klynger står tom. "
            "Med ordentlige requests og limits sparer vi nu, hvad der svarer til en mellemstor bil "
            "om måneden.",
        ),
        (
            _G,
            "AI-genereret kode, Sikkerhed",
            "Udviklerne skriver kode med AI, og vi har fundet hemmeligheder og forældede "
            "biblioteker i pipelines, som ingen har læst igennem. Vi har strammet scanningen, og "
            "det er ikke populært.",
        ),
        (
            _A,
            "NIS2, Leverandørkrav",
            "Detailhandel er ikke direkte omfattet af NIS2, men vores store kunder og leverandører "
            "skriver nu NIS2-krav ind i kontrakterne. Så vi er omfattet alligevel.",
        ),
        (
            _G,
            "On-call, Follow-the-sun",
            "Ny vagtmodel: follow-the-sun med en partner i Indien om natten. Vagtbelastningen er "
            "halveret, og ingen har sagt op siden. Men jeg er nervøs for, hvad det gør ved vores "
            "egen viden.",
        ),
        (
            _S,
            "Udviklerplatform, Platform engineering",
            "Vores interne udviklerplatform er to år gammel. Teams opretter nu selv et nyt miljø "
            "på 20 minutter. Jeg fortæller gerne om det på et af de næste møder.",
        ),
    ),
    "Thomas Skårup": (
        (
            _G,
            "GxP, Validering, Automatisering",
            "Dokumentationen til GxP-validering af infrastrukturændringer er automatiseret. Det "
            "sparer uger pr. ændring, men QA skal stadig skrive under på papir.",
        ),
        None,
        (
            _G,
            "Kompetencer, Validering",
            "Nye medarbejdere bruger seks måneder på at lære vores valideringsprocesser, og vi har "
            "mistet to, før de blev produktive. Processen skal gøres enklere – ikke bare forklares "
            "bedre.",
        ),
        (
            _G,
            "Cloud, GxP, Audit",
            "Vores første GxP-system i public cloud er godkendt. Leverandør-auditten tog fire "
            "måneder, men nu har vi en skabelon.",
        ),
        (
            _G,
            "Backup, Restore-test",
            "Restore-testen fejlede: backup af LIMS kunne ikke genskabes, og tre måneders backups "
            "var ubrugelige. Ingen data er tabt – vi har været heldige. Nu tester vi restore hver "
            "måned.",
        ),
        (
            _G,
            "NIS2, Kvalitet",
            "NIS2-arbejdet kører sammen med kvalitetsafdelingen. Meget af det, NIS2 kræver, har "
            "GxP krævet i årevis – vi skal bare skrive det anderledes.",
        ),
        (
            _G,
            "VMware, Licenser",
            "VMware-licenserne er steget 300 % efter opkøbet. Tilbuddet udløber om seks uger, og "
            "vi har ingen valideret plan B. Vi bliver nødt til at betale i år.",
        ),
        (
            _G,
            "VMware-exit, Hypervisor",
            "Vi har startet en pilot med en anden hypervisor. Valideringen er den store post, men "
            "vi vil ikke stå i samme situation om tre år.",
        ),
    ),
    "Louise Bjørnholm": (
        (
            _G,
            "Terraform, Landing zones",
            "Vi har bygget Terraform-moduler, som vi genbruger på tværs af kunder. Det har "
            "halveret tiden til at sætte en ny landing zone op.",
        ),
        (
            _G,
            "Ransomware, Genetablering",
            "En kunde blev ramt af ransomware i foråret. Backuppen blev krypteret sammen med "
            "resten, fordi den lå i samme domæne. Tre ugers genetablering. Kunden vil ikke have, "
            "at det kommer ud.",
        ),
        (
            _G,
            "Rekruttering, Løn, Konsulenter",
            "I konsulentbranchen er lønnen steget 12 % på et år, og vi mister stadig folk til "
            "kunderne. Vi prøver nu med faste teams pr. kunde, så folk ikke flyttes rundt.",
        ),
        (
            _S,
            "FinOps, Cloud-økonomi",
            "Efter oplægget: flere kunder har bedt om hjælp til at slukke udviklingsmiljøer om "
            "natten. Det er ikke raketvidenskab – nogen skal bare eje regningen.",
        ),
        None,
        (
            _G,
            "NIS2, Gap-analyser",
            "NIS2-gap-analyser er halvdelen af vores omsætning nu. Ærligt talt ender mange af dem "
            "i en skuffe. Kunderne vil have et papir, ikke en forandring.",
        ),
        (
            _G,
            "Fejlet migrering, Datasynkronisering",
            "En kundemigrering, vi stod for, gik galt: datasynkroniseringen mistede ordrer i "
            "fire timer. Vi har betalt bod, og jeg har brugt tre uger på at genopbygge tilliden. "
            "Det har lært mig meget om generalprøver.",
        ),
        (
            _G,
            "Migrering, Applikationsejerskab",
            "Efter 400 applikationer på 18 måneder for en kunde: det svære er ikke teknikken, men "
            "at finde ud af, hvem der ejer hver applikation.",
        ),
    ),
    "Łukasz Żółć": (
        (
            _G,
            "Ansible, Skibe, Satellit",
            "Vi patcher servere på 30 skibe over satellit. Ansible med lange timeouts og meget "
            "tålmodighed. Et skib var offline i fire dage midt i en opdatering.",
        ),
        (
            _G,
            "Beredskab, Søfart",
            "Et skib mistede al forbindelse i to døgn i Det Indiske Ocean. Besætningen havde "
            "ingen procedure for IT uden forbindelse til land. Vi skriver nu nødprocedurer på "
            "engelsk, tagalog og polsk.",
        ),
        (
            _S,
            "Rekruttering, International",
            "Vi har fjernet kravet om dansk i vores stillingsopslag. Det har tredoblet antallet af "
            "kvalificerede ansøgere, og teamet taler nu engelsk.",
        ),
        (
            _G,
            "Satellit, Båndbredde, Omkostninger",
            "Satellitbåndbredde koster mere end hele vores cloudregning. Vi prioriterer trafik, "
            "men kaptajnerne vil streame fodbold. Det er blevet en ledelsesdiskussion.",
        ),
        (
            _G,
            "AI, Runbooks",
            "Vi har ladet en sprogmodel skrive udkast til runbooks ud fra gamle incidents. 70 % "
            "var brugbare med små rettelser. Resten var selvsikkert forkerte.",
        ),
        (
            _A,
            "NIS2, Søfart",
            "Søfart er omfattet af NIS2, og vi skal have styr på forbindelsen mellem skib og "
            "land. Skibene er juridisk danske, men fysisk kan de være hvor som helst.",
        ),
        (
            _G,
            "Observability, OpenTelemetry",
            "OpenTelemetry kører nu på alle tjenester på land. En tredjedel af vores alarmer kom "
            "fra én fejlkonfigureret tjeneste. Lidt pinligt, hvem der havde bygget den.",
        ),
        (
            _G,
            "Monitorering, Nagios, Udfasning",
            "Vi lukker vores Nagios efter 12 år. Det tog et halvt år at finde ud af, hvilke checks "
            "der stadig betød noget. Svaret var omkring en fjerdedel.",
        ),
    ),
    "Pernille Fogh Sørensen": (
        (
            _A,
            "SOAR, Phishing, Automatisering",
            "Håndteringen af anmeldte phishing-mails er automatiseret med SOAR. Analytikerne "
            "bruger nu tiden på de sager, der kræver et menneske.",
        ),
        (
            _G,
            "Tabletop, Direktion, Ransomware",
            "Tabletop-øvelse med direktionen: efter tyve minutter foreslog vores adm. direktør at "
            "betale løsesummen. Godt, at det kom frem under en øvelse. Nu har vi en beslutning på "
            "forhånd.",
        ),
        (
            _A,
            "Rekruttering, Sikkerhed, MSSP",
            "Vi kan ikke rekruttere nok sikkerhedsfolk og har lagt natovervågningen ud til en "
            "MSSP. Det fungerer, men de kender ikke vores forretning.",
        ),
        (
            _G,
            "Cloud-sikkerhed, Fejlkonfiguration",
            "En storage-bucket med testdata lå åben på internettet i tre uger. Ingen persondata, "
            "heldigvis. Med posture management fandt vi 200 andre fejlkonfigurationer den første "
            "uge.",
        ),
        (
            _A,
            "AI, Phishing",
            "AI-genererede phishing-mails er blevet markant bedre – stavefejlene er væk. Klikraten "
            "i vores phishing-test steg fra 4 til 11 %.",
        ),
        (
            _S,
            "NIS2, Tilsyn",
            "Tilsynet spørger mest om ledelsens involvering og leverandørstyring, ikke om teknik. "
            "Jeg deler gerne vores spørgeliste med gruppen.",
        ),
        (
            _G,
            "SIEM, Logning, Omkostninger",
            "Prisen på vores SIEM er fordoblet, fordi logmængden er vokset. Vi må vælge, hvad vi "
            "ikke logger – og det føles forkert som CISO.",
        ),
        (
            _G,
            "Legacy, Risikoaccept",
            "23 systemer er uden leverandørsupport, og direktionen har skrevet under på "
            "risikoaccept for dem alle. Jeg er ikke sikker på, at de har læst, hvad de skrev under "
            "på.",
        ),
    ),
    "Kasper Ravnsbæk": (
        None,
        (
            _G,
            "HPC, Slurm, Automatisering",
            "Oprettelsen af forskningsprojekter på HPC-klyngen er automatiseret: fra to uger til "
            "to timer.",
        ),
        (
            _G,
            "Strømsvigt, Nødstrøm, Datacenter",
            "Strømsvigt i datacentret i august: UPS'en holdt fire minutter, og generatoren "
            "startede ikke. Den var ikke testet under last i tre år. Forskerne mistede et par "
            "ugers beregninger.",
        ),
        (
            _G,
            "Cloud-økonomi, Skygge-IT",
            "Efter mit oplæg har ledelsen spurgt, om forskernes adgang til at købe cloud på "
            "kreditkort kan lukkes helt. Det ender i en konflikt med fakulteterne, og jeg står i "
            "midten.",
        ),
        (
            _G,
            "AI, GPU, Kapacitet",
            "Efterspørgslen på GPU'er er eksploderet med AI-forskningen. Ventetiden på klyngen er "
            "tre uger. Forskerne går til cloud, og så er vi tilbage ved regningerne.",
        ),
        None,
        (
            _G,
            "Storage, Forskningsdata",
            "Vi har 4 PB forskningsdata, og det vokser 40 % om året. Ingen forskere vil slette "
            "noget, så vi indfører et arkivlag på tape.",
        ),
        (
            _G,
            "Tape, Legacy, Reservedele",
            "Vores tape-bibliotek er 14 år gammelt, og reservedelene køber vi brugt på nettet. Det "
            "har jeg ikke fortalt ledelsen med de ord.",
        ),
    ),
    "Ole Gråbøl": (
        (
            _G,
            "Netværksautomatisering, Dokumentation",
            "Vi automatiserer konfigurationen af 8.000 netværksenheder. Det største problem er "
            "ikke værktøjet, men at dokumentationen af netværket er forkert.",
        ),
        (
            _G,
            "Farvel",
            "Mit sidste møde i gruppen – jeg går på pension til sommer. Tak for ni gode år. Jeg "
            "har lært mere her end på noget kursus, netop fordi vi har kunnet tale åbent.",
        ),
    ),
}

# Per meeting: who sent apologies, who came late, who left early (name, note).
_EXCUSED: tuple[tuple[str, str], ...] = (
    ("Kasper Ravnsbæk", "Meldte afbud – konference i Lyon."),
    ("Thomas Skårup", "Meldte afbud – audit hos leverandør."),
    ("Mette Kjærsgaard", "Meldte afbud – syg."),
    ("Karen Løvschall", "Meldte afbud – beredskabsøvelse i regionen."),
    ("Louise Bjørnholm", "Meldte afbud – kundeleverance."),
    ("Kasper Ravnsbæk", "Meldte afbud – ferie."),
    ("Mette Kjærsgaard", "Meldte afbud – bestyrelsesmøde."),
    ("Rasmus Bæk", "Meldte afbud – driftshændelse."),
)
_LATE: tuple[tuple[str, str], ...] = (
    ("Anne-Sofie Nørgaard", "Kom kl. 10.30 – forsinket tog."),
    ("Łukasz Żółć", "Kom kl. 11 – incident om morgenen."),
    ("Kasper Ravnsbæk", "Kom kl. 10.15."),
    ("Pernille Fogh Sørensen", "Kom efter frokost – møde med tilsynet."),
    ("Henrik Brøndum", "Kom kl. 10.45 – kø på motorvejen."),
    ("Karen Løvschall", "Kom kl. 10."),
    ("Henrik Brøndum", "Kom kl. 11 – go-live-møde om morgenen."),
    ("Åse Vestergård", "Kom kl. 10.30."),
)
_LEFT_EARLY: dict[int, tuple[str, str]] = {3: ("Rasmus Bæk", "Gik kl. 14.30 – vagt.")}

_DECISIONS: tuple[tuple[str, ...], ...] = (
    (
        "Gruppen opretter en fælles, krypteret kanal til spørgsmål mellem møderne.",
        "Referatet sendes kun til gruppens medlemmer og må ikke sendes videre.",
    ),
    ("Vi laver en fælles skabelon til tabletop-øvelser, som alle må bruge i egen organisation.",),
    (
        "Gruppen åbner for et nyt medlem fra produktionsindustrien; alle foreslår kandidater "
        "til koordinatoren.",
    ),
    ("Vi deler anonymiserede nøgletal for cloudforbrug, så vi kan sammenligne os.",),
    (
        "Der må ikke bruges AI-værktøjer til at optage eller opsummere gruppens møder.",
        "Åses erfaringer med chatbotten må deles med foreningens andre netværksgrupper.",
    ),
    ("Pernilles spørgeliste fra tilsynet deles i gruppens kanal – ikke uden for gruppen.",),
    ("Vi holder et online halvdagsmøde i januar om vagtmodeller og on-call.",),
    (
        "Næste års mødedatoer er godkendt; Mette er vært for det første møde.",
        "Fortrolighedsniveauerne i referatet fortsætter uændret.",
    ),
)

# Per meeting: (text, owner or "", days to the due date, days until done or None: still open).
_ACTIONS: tuple[tuple[tuple[str, str, int, int | None], ...], ...] = (
    (
        ("Opret gruppens krypterede kanal og inviter alle", "Søren Østergaard", 30, 21),
        ("Del tjeklisten for automatiseret onboarding i Entra ID", "Mette Kjærsgaard", 30, 12),
    ),
    (
        # Done only after the next meeting: carried there as open.
        ("Saml en fælles skabelon til tabletop-øvelser", "Pernille Fogh Sørensen", 60, 120),
        ("Send rundvisningsregler (sikkerhedssko) til næste møde", "Henrik Brøndum", 30, 20),
    ),
    (
        # Still open: carried to every later meeting.
        (
            "Spørg foreningen om tilskud til et fælles kursus i OT-sikkerhed",
            "Rasmus Bæk",
            90,
            None,
        ),
        ("Del jobopslaget uden danskkrav som eksempel", "Łukasz Żółć", 14, 7),
        ("Foreslå kandidater fra produktionsindustrien", "", 60, 45),
    ),
    (
        ("Send anonymiserede nøgletal for cloudforbrug til Louise", "", 30, 40),
        ("Lav en oversigt over FinOps-værktøjer til gruppen", "Louise Bjørnholm", 60, 70),
    ),
    (
        (
            "Del chatbot-erfaringerne med foreningens andre netværksgrupper",
            "Åse Vestergård",
            45,
            30,
        ),
        ("Formulér gruppens regel om AI-værktøjer og fortrolighed", "Søren Østergaard", 30, 14),
    ),
    (
        ("Del tilsynets spørgeliste i gruppens kanal", "Pernille Fogh Sørensen", 7, 3),
        (
            "Saml eksempler på NIS2-krav i kunde- og leverandørkontrakter",
            "Anne-Sofie Nørgaard",
            90,
            80,
        ),
    ),
    (
        ("Inviter til online halvdagsmøde om vagtmodeller", "Anne-Sofie Nørgaard", 45, 30),
        ("Del en anonymiseret skabelon til post-mortems", "Henrik Brøndum", 30, 25),
    ),
    (
        ("Book lokale og frokost til marts-mødet", "Mette Kjærsgaard", 30, 10),
        ("Find en ekstern oplægsholder om platform engineering", "Søren Østergaard", 60, None),
        ("Del tjekliste for udfasning af on-prem Exchange", "Mette Kjærsgaard", 21, None),
    ),
)

# Per meeting: the themes proposed for the next one, (theme, proposer, votes). The one equal
# to the next meeting's theme is the chosen one.
_THEMES: tuple[tuple[tuple[str, str, int], ...], ...] = (
    (
        ("Beredskab og øvelser", "Karen Løvschall", 7),
        ("Mainframe og legacy", "Søren Østergaard", 3),
        ("Kubernetes i drift", "Anne-Sofie Nørgaard", 2),
    ),
    (
        ("Kompetencer og rekruttering", "Henrik Brøndum", 6),
        ("Cloud-økonomi", "Louise Bjørnholm", 5),
        ("OT-sikkerhed", "Rasmus Bæk", 2),
    ),
    (
        ("Cloud-økonomi", "Louise Bjørnholm", 8),
        ("AI i driften", "Åse Vestergård", 4),
    ),
    (
        ("AI i driften", "Åse Vestergård", 7),
        ("NIS2 i praksis", "Pernille Fogh Sørensen", 5),
        ("Observability", "Łukasz Żółć", 1),
    ),
    (
        ("NIS2 i praksis", "Pernille Fogh Sørensen", 9),
        ("Observability", "Łukasz Żółć", 3),
        ("On-call og vagtbelastning", "Anne-Sofie Nørgaard", 3),
    ),
    (
        ("Observability", "Łukasz Żółć", 6),
        ("On-call og vagtbelastning", "Anne-Sofie Nørgaard", 4),
        ("Exit fra legacy", "Søren Østergaard", 2),
    ),
    (
        ("Exit fra legacy", "Søren Østergaard", 7),
        ("Platform engineering", "Anne-Sofie Nørgaard", 5),
    ),
    (
        ("Platform engineering", "Anne-Sofie Nørgaard", 8),
        ("On-call og vagtbelastning", "Karen Løvschall", 4),
        ("Leverandørstyring", "Pernille Fogh Sørensen", 3),
    ),
)

# Who proposed a speaker who is not a member (a colleague, an invited speaker).
_PROPOSED_BY = {
    "Jonas Kirkegaard": "Søren Østergaard",
    "Maja Lindqvist": "Łukasz Żółć",
    "Mikkel Aagaard Due": "Mette Kjærsgaard",
    "Tina Mølgaard": "Henrik Brøndum",
    "Sara Holmgaard": "Karen Løvschall",
}

# Talks not (yet) placed in the year plan: (topic, speaker, organisation, proposer, status,
# notes).
_PIPELINE: tuple[tuple[str, str, str, str, SpeakerStatus, str], ...] = (
    (
        "En AI-agent i NOC'en: hvad må den selv gøre?",
        "",
        "",
        "Åse Vestergård",
        SpeakerStatus.IDEA,
        "Åse spørger sin leverandør, om en kunde vil fortælle om erfaringerne.",
    ),
    (
        "Sådan lukkede vi vores sidste datacenter",
        "Jesper Vind",
        "Hedebo Data A/S",
        "Louise Bjørnholm",
        SpeakerStatus.IDEA,
        "Tidligere kollega af Louise; passer til et tema om exit fra legacy.",
    ),
    (
        "5G-kernenet og driftssikkerhed",
        "Birgitte Hald",
        "Nordlys Telekom A/S",
        "Søren Østergaard",
        SpeakerStatus.DECLINED,
        "Har ikke tid i år – spørg igen næste forår.",
    ),
)


def _member_on(person: Person, group_id: int, date: dt.date) -> bool:
    return any(
        m.group_id == group_id
        and (m.joined_on is None or m.joined_on <= date)
        and (m.left_on is None or m.left_on > date)
        for m in person.memberships
    )


def _done(date: dt.date, days: int | None, today: dt.date) -> dt.date | None:
    if days is None:
        return None
    done = date + dt.timedelta(days=days)
    return done if done < today else None


def add_minutes(
    session: Session,
    group: Group,
    meetings: Sequence[Meeting],
    people: Mapping[str, Person],
    talks: Mapping[str, Sequence[Talk]],
    coordinator: str,
    today: dt.date,
) -> None:
    """Minutes for the held meetings among the first eight of `meetings` (last year's and this
    year's, by date), and the group's speaker pipeline over all of them."""
    session.flush()
    held = [
        (slot, meeting)
        for slot, meeting in enumerate(meetings[:_SLOTS])
        if meeting.status is MeetingStatus.HELD
    ]
    for slot, meeting in held:
        following = meetings[slot + 1] if slot + 1 < len(meetings) else None
        _add_meeting_minutes(session, group, slot, meeting, following, people, today)
        last = slot == held[-1][0]
        meeting.minutes_status = MinutesStatus.DRAFT if last else MinutesStatus.SENT
    _add_pipeline(session, group, meetings, people, talks, coordinator)


def _add_meeting_minutes(
    session: Session,
    group: Group,
    slot: int,
    meeting: Meeting,
    following: Meeting | None,
    people: Mapping[str, Person],
    today: dt.date,
) -> None:
    statuses = {_EXCUSED[slot][0]: (AttendanceStatus.EXCUSED, _EXCUSED[slot][1])}
    statuses[_LATE[slot][0]] = (AttendanceStatus.LATE, _LATE[slot][1])
    if slot in _LEFT_EARLY:
        statuses[_LEFT_EARLY[slot][0]] = (AttendanceStatus.LEFT_EARLY, _LEFT_EARLY[slot][1])
    members = sorted(
        (name for name, person in people.items() if _member_on(person, group.id, meeting.date)),
    )
    present: list[str] = []
    for name in members:
        status, note = statuses.get(name, (AttendanceStatus.PRESENT, ""))
        session.add(
            Attendance(meeting_id=meeting.id, person_id=people[name].id, status=status, note=note)
        )
        if status is not AttendanceStatus.EXCUSED:
            present.append(name)

    # Round the table, starting at a different seat each time.
    start = (slot * 5) % len(present)
    for position, name in enumerate(present[start:] + present[:start]):
        entry = _ROUND_TABLE[name][slot]
        if entry is None:
            raise AssertionError(f"no round-table status for {name} at meeting {slot}")
        level, topics, text = entry
        session.add(
            RoundTableEntry(
                meeting_id=meeting.id,
                person_id=people[name].id,
                position=position,
                text=text,
                topics=topics,
                confidentiality=level,
            )
        )

    for position, text in enumerate(_DECISIONS[slot]):
        session.add(Decision(meeting_id=meeting.id, position=position, text=text))

    for text, owner, due_days, done_days in _ACTIONS[slot]:
        session.add(
            ActionItem(
                meeting_id=meeting.id,
                owner_person_id=people[owner].id if owner else None,
                text=text,
                due_on=meeting.date + dt.timedelta(days=due_days),
                done_on=_done(meeting.date, done_days, today),
            )
        )

    next_theme = following.theme if following is not None else ""
    for theme, proposer, votes in _THEMES[slot]:
        session.add(
            ThemeProposal(
                meeting_id=meeting.id,
                proposed_by_person_id=people[proposer].id,
                theme=theme,
                votes=votes,
                chosen=theme == next_theme,
            )
        )


_TALK_STATUS = {
    MeetingStatus.HELD: SpeakerStatus.HELD,
    MeetingStatus.CONFIRMED: SpeakerStatus.CONFIRMED,
    MeetingStatus.PLANNED: SpeakerStatus.ASKED,
}


def _add_pipeline(
    session: Session,
    group: Group,
    meetings: Sequence[Meeting],
    people: Mapping[str, Person],
    talks: Mapping[str, Sequence[Talk]],
    coordinator: str,
) -> None:
    """A speaker proposal for every talk on the year plan's agendas (held, confirmed for the
    next meeting, asked for later ones), and a few not placed yet."""
    for meeting in meetings:
        status = _TALK_STATUS.get(meeting.status)
        if status is None:
            continue
        for title, speaker, organisation, notes in talks.get(meeting.theme, ()):
            member = people.get(speaker)
            proposer = _PROPOSED_BY.get(speaker, speaker if member else coordinator)
            session.add(
                SpeakerProposal(
                    group_id=group.id,
                    proposed_by_person_id=people[proposer].id,
                    speaker_person_id=member.id if member else None,
                    speaker_name="" if member else speaker,
                    speaker_organisation="" if member else organisation.split(" (")[0],
                    topic=title,
                    status=status,
                    meeting_id=meeting.id,
                    notes=notes,
                )
            )
    for topic, speaker, organisation, proposer, status, notes in _PIPELINE:
        session.add(
            SpeakerProposal(
                group_id=group.id,
                proposed_by_person_id=people[proposer].id,
                speaker_name=speaker,
                speaker_organisation=organisation,
                topic=topic,
                status=status,
                notes=notes,
            )
        )
