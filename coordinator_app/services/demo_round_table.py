"""The demo group's round tables: what each member said at each of the held meetings, with its
confidentiality. Everything is fiction; companies and people are the demo's.
"""

from __future__ import annotations

from coordinator_app.domain.enums import Confidentiality

_G, _A, _S = Confidentiality.GROUP_ONLY, Confidentiality.ANONYMOUS, Confidentiality.SHAREABLE

# Per member and meeting: (confidentiality, topics, status); None where the member was away.
_Entry = tuple[Confidentiality, str, str] | None

ROUND_TABLE: dict[str, tuple[_Entry, ...]] = {
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
