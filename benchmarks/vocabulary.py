"""The words the benchmark generator builds its fiction from: names, companies, addresses,
round-table sentences, decisions, action items and themes (Danish, as the app's users write).
"""

# fmt: off
FIRST = (
    "Anders", "Anne", "Astrid", "Bente", "Birgitte", "Bjørn", "Camilla", "Christian", "Dorthe",
    "Emil", "Frederik", "Gitte", "Hanne", "Helle", "Henrik", "Ida", "Jakob", "Jens", "Jesper",
    "Julie", "Karen", "Kasper", "Kirsten", "Lars", "Lene", "Louise", "Mads", "Maja", "Malene",
    "Marianne", "Mette", "Michael", "Morten", "Niels", "Nanna", "Ole", "Peter", "Pia", "Rasmus",
    "Rikke", "Signe", "Sofie", "Søren", "Steen", "Susanne", "Thomas", "Tove", "Trine", "Ulla",
    "Vibeke", "Åse", "Ærenfrid", "Øjvind", "Asbjørn", "Sørine", "Jørgen", "Bodil", "Grethe",
)
LAST = (
    "Andersen", "Bækgaard", "Christensen", "Dahl", "Frølich", "Hansen", "Holm", "Iversen",
    "Jensen", "Jørgensen", "Kjærgaard", "Kristensen", "Larsen", "Lønborg", "Madsen", "Møller",
    "Mortensen", "Nielsen", "Nørgaard", "Olsen", "Pedersen", "Poulsen", "Rasmussen", "Schmidt",
    "Sørensen", "Thomsen", "Villadsen", "Ågård", "Østergaard", "Ærø", "Bøgh", "Krøyer",
    "Hjørringgaard", "Skovgård", "Lykkegård", "Brødsgaard", "Fæster", "Kærsgaard",
)
# Names from the rest of Europe, as members of Danish companies have them.
FOREIGN = (
    "Łukasz Żółć", "Małgorzata Wójcik", "Paweł Dąbrowski", "Þóra Jónsdóttir",
    "Björn Ólafsson", "Zoë Müller", "Jiří Dvořák", "Ayşe Yılmaz", "Chloé Lefèvre",
    "Ðorđe Petrović", "Ingrid Økland", "Günther Weiß", "Łucja Świątek", "Eiríkur Þórðarson",
    "Renée Dubois", "José Núñez", "Žaneta Horáková", "Ümit Çelik", "Sigrún Ásgeirsdóttir",
)
COMPANY_WORDS = (
    "Fjord", "Nordlys", "Grøn", "Kyst", "Hav", "Skov", "Bølge", "Dansk", "Jysk", "Fyns",
    "Sjællands", "Øresund", "Vestas", "Lyng", "Sø", "Bakke", "Ådal", "Klit", "Mølle", "Havne",
    "Region", "Kommune", "Nord", "Syd", "Øst", "Vest", "Midt", "Bornholms", "Limfjord", "Gudenå",
)
COMPANY_KINDS = (
    ("Energi", "Energi"), ("Banken", "Bank"), ("Forsikring", "Forsikring"),
    ("Logistik", "Transport"), ("Pharma", "Medicinal"), ("Data", "IT"), ("Vand", "Forsyning"),
    ("Byg", "Byggeri"), ("Mejeri", "Fødevarer"), ("Hospital", "Sundhed"),
    ("Revision", "Rådgivning"), ("Software", "IT"), ("Teknik", "Industri"),
    ("Trafik", "Transport"), ("Medie", "Medier"),
    ("Retail", "Detailhandel"), ("Akademi", "Uddannelse"), ("Telecom", "Tele"),
)
COMPANY_FORMS = ("A/S", "ApS", "", "I/S", "a.m.b.a.")
TITLES = (
    "IT-chef", "Driftschef", "Teamleder", "CIO", "CTO", "Arkitekt", "Platform Engineer",
    "Sikkerhedschef", "Projektleder", "HR-chef", "Økonomichef", "Direktør", "Specialist",
    "Konsulent", "Afdelingsleder", "Produktchef",
)
TAGS = (
    "ITIL", "Backup", "Kubernetes", "Cloud", "GDPR", "NIS2", "Observability", "SCADA", "SAP",
    "Ledelse", "Forandring", "Rekruttering", "Lean", "Agil", "Budget", "Indkøb", "Outsourcing",
    "Netværk", "Sikkerhed", "AI", "Data", "Arkitektur", "Linux", "Windows", "Azure", "AWS",
    "Servicedesk", "Kontrakter", "Bæredygtighed", "Arbejdsmiljø", "Økonomi", "Løn", "Jura",
    "Kommunikation", "Strategi", "Innovation", "Drift", "Test", "DevOps", "Compliance",
)
DIETS = ("vegetar", "vegan", "glutenfri", "laktosefri", "ingen svinekød", "nøddeallergi")
TOPICS = (
    "IT Drift", "HR Ledere", "Økonomichefer", "Indkøb", "Kommunikation", "Projektledelse",
    "Informationssikkerhed", "Kundeservice", "Logistik", "Bæredygtighed", "Produktion",
    "Salgsledere", "Jura og compliance", "Data og AI", "Arkitekter", "Servicedesk",
    "Facility Management", "Løn og personale", "Strategi", "Innovation", "Kvalitet",
    "Arbejdsmiljø", "Marketing", "Forretningsudvikling", "Ledelse",
)
REGIONS = (
    "Hovedstaden", "Nordsjælland", "Sjælland", "Fyn", "Sydjylland", "Østjylland", "Midtjylland",
    "Nordjylland", "Vestjylland", "Bornholm", "Trekanten", "Storkøbenhavn",
)
STREETS = (
    "Strandvejen", "Vestergade", "Østergade", "Nørregade", "Søndergade", "Åboulevarden",
    "Industrivej", "Havnegade", "Kongevejen", "Ringvejen", "Skovvej", "Møllevej",
)
TOWNS = (
    "2900 Hellerup", "8000 Aarhus C", "5000 Odense C", "9000 Aalborg", "6700 Esbjerg",
    "7100 Vejle", "4000 Roskilde", "2800 Kongens Lyngby", "8700 Horsens", "3400 Hillerød",
)
SENTENCES = (
    "Vi har netop flyttet {system} til skyen, og det har været sværere end ventet.",
    "Min afdeling er vokset med {n} medarbejdere siden sidst, så rekruttering fylder meget.",
    "Vi kæmper stadig med {system}; leverandøren har lovet en løsning inden sommerferien.",
    "Ledelsen har besluttet en ny strategi for {tag}, og jeg skal stå for udrulningen.",
    "Efter omstruktureringen har jeg fået ansvaret for {n} nye kolleger i Aarhus.",
    "Vi havde et alvorligt nedbrud i {system} i {month}; evalueringen er næsten færdig.",
    "NIS2 fylder meget hos os, og vi har ansat en ny sikkerhedschef.",
    "Jeg vil gerne høre, hvordan I andre har grebet {tag} an, for vi står over for det samme.",
    "Budgettet for næste år er skåret med {n} procent, så vi prioriterer hårdt.",
    "Vi har fået en ny direktør, og der er gang i en større forandringsproces.",
    "Vores servicedesk er nu døgnbemandet, og tilfredsheden er steget markant.",
    "Jeg har været på barsel siden sidst og er ved at finde fodfæstet igen.",
    "Udbuddet af {system} er endelig afgjort; det blev en dansk leverandør.",
    "Vi har indført fast hjemmearbejde to dage om ugen, og det fungerer over forventning.",
    "Der er sygdom i teamet, så jeg har selv haft vagten i {month}.",
    "Vi tester {tag} i et pilotprojekt med {n} brugere; jeg fortæller gerne mere næste gang.",
)
SYSTEMS = ("SAP", "ServiceNow", "lønsystemet", "e-mailen", "ERP-systemet", "backup-løsningen",
            "telefonien", "intranettet", "Microsoft 365", "overvågningen")
MONTHS = ("januar", "februar", "marts", "april", "maj", "juni", "august", "september",
           "oktober", "november", "december")
DECISIONS = (
    "Næste møde holdes hos {host}.",
    "Gruppen opretter en fælles kanal til erfaringsudveksling.",
    "Vi inviterer en ekstern oplægsholder om {tag}.",
    "Referatet godkendes uden ændringer.",
    "Mødedagen rykkes en time frem fremover.",
)
ACTIONS = (
    "Sende slides om {tag} til gruppen",
    "Undersøge pris på fælles kursus i {tag}",
    "Finde oplægsholder om {tag}",
    "Dele skabelonen til beredskabsplan",
    "Spørge værten om parkering",
)
THEMES = (
    "{tag} i praksis", "Erfaringer med {tag}", "Fremtidens {tag}", "{tag} og ledelse",
    "Hvordan vi måler {tag}", "{tag} – hvad virker?",
)
# fmt: on
