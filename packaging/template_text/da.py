"""Danish text of the bundled templates (same keys as en.py).

Vocabulary follows the Danish touchpoint catalog: "berøringspunkter", "mund til mund",
"vurderinger og anmeldelser", "salgssted", "takkekort".
"""

from __future__ import annotations

from .types import LanguageText, TemplateText

BLANK: TemplateText = {
    "title": "Tomt kunderejsekort",
    "journey": {"name": "Ny kunderejse", "goal": "", "description": ""},
    "departments": [],
    "personas": {},
    "stages": {
        "stage-before": {
            "name": "Inspiration",
            "description": "Kunden bliver opmærksom på et behov og leder efter en måde at "
                           "dække det på.",
        },
        "stage-during": {
            "name": "Valg og køb",
            "description": "Kunden sammenligner mulighederne, beslutter sig og køber.",
        },
        "stage-after": {
            "name": "Levering og brug",
            "description": "Levering, regninger, brug, support og alt det, der følger efter "
                           "salget.",
        },
    },
    "lanes": {},
    "cards": {},
}

RETAIL: TemplateText = {
    "title": "Kunderejse i detailhandlen",
    "journey": {
        "name": "Køb af en sofa",
        "goal": "Øg tilfredsheden gennem hele købet, fra den første annonce til hjælpen efter "
                "leveringen, ved at finde de steder, hvor oplevelsen knækker mellem kanalerne.",
        "description": "Kortlægning af den nuværende rejse for en kunde, der køber en sofa hos en "
                       "boligkæde med butikker og webshop. Alle berøringspunkter fra kataloget "
                       "før, under og efter købet er med: udskift eksemplerne med jeres egne "
                       "fund.",
    },
    "departments": ["Marketing", "E-handel", "Butikker", "Logistik", "Økonomi", "Kundeservice"],
    "personas": {
        "persona-first-home": {
            "name": "Sofie Lund",
            "segment": "Unge par, der indretter deres første hjem",
            "goals": "En behagelig sofa, der holder, inden for budgettet og leveret på en dag, "
                     "der passer hende.",
            "needs": "Ærlige anmeldelser, leveringsdatoer hun kan stole på, mulighed for at "
                     "prøve sofaen før købet, fleksibel betaling.",
            "frustrations": "At hjemmesiden og butikken siger noget forskelligt, at vente hjemme "
                            "hele dagen på en levering, at lede efter et telefonnummer, når "
                            "noget er galt.",
            "quote": "Jeg har ikke noget imod at vente tre uger. Men jeg vil vide, hvilke tre "
                     "uger.",
        },
    },
    "stages": {
        "stage-discover": {
            "name": "Inspiration",
            "description": "Den gamle sofa passer ikke længere; idéerne begynder at komme fra "
                           "alle sider.",
        },
        "stage-research": {
            "name": "Undersøgelse",
            "description": "Mærker, priser og andre køberes erfaringer bliver sammenlignet.",
        },
        "stage-choose": {
            "name": "Valg",
            "description": "Feltet indsnævres på nettet, og favoritterne prøves i en butik.",
        },
        "stage-buy": {
            "name": "Køb",
            "description": "Beslutningen, bestillingen og betalingen.",
        },
        "stage-receive": {
            "name": "Betaling og levering",
            "description": "Ordreopdateringer, fakturaen og selve leveringen.",
        },
        "stage-use": {
            "name": "Brug og hjælp",
            "description": "Hverdagen med sofaen, hjælp når der er brug for den, og nye "
                           "henvendelser fra butikken.",
        },
    },
    "lanes": {
        "lane-social": "Sociale medier og omtale",
        "lane-online": "Hjemmeside og online",
        "lane-store": "Butik og personale",
        "lane-mail": "E-mail og post",
        "lane-service": "Service og support",
        "lane-teams": "Teams bag berøringspunktet",
        "lane-systems": "Systemer og partnere",
    },
    "cards": {
        "card-advertising": {
            "title": "Annoncering", "channel": "Onlinevideo og reklamer i busskure",
            "owner": "Marketing",
            "notes": "Forårskampagne for stuemøbler.",
            "pain_points": "Annoncen viser én sofa, men linket åbner forsiden.",
            "ideas": "Send hver annonce til en landingsside for den model, den viser.",
            "evidence.analytics": "Der kommer fint med klik, men de fleste besøgende fra "
                                  "annoncen forlader siden inden for et minut.",
        },
        "card-social-media": {
            "title": "Sociale medier", "channel": "Instagram og Facebook",
            "owner": "SoMe-teamet",
            "notes": "Venner deler billeder af deres nye stuer; vores profil deler nogle af dem "
                     "videre.",
        },
        "card-word-of-mouth": {
            "title": "Mund til mund", "channel": "Venner, familie, kolleger",
            "owner": "Alle teams",
            "notes": "En kollega roser den sofa, hun købte sidste år, til skyerne.",
            "evidence.interview": "Halvdelen af de købere, vi interviewede, hørte først om os "
                                  "fra en, de kender.",
        },
        "card-pr": {
            "title": "PR", "channel": "Boligmagasiner", "owner": "Kommunikation",
            "notes": "Et designmagasin bringer en artikel om den nye sofaserie.",
        },
        "card-community": {
            "title": "Lokalt engagement", "channel": "Lokale arrangementer og sponsorater",
            "owner": "Butiksledelsen",
            "notes": "Den lokale butik har indrettet læsehjørnet på byens bibliotek.",
        },
        "card-ratings-reviews": {
            "title": "Vurderinger og anmeldelser", "channel": "Anmeldelsessider og produktsider",
            "owner": "E-handelsteamet",
            "customer_goal": "Finde ud af, om sofaen holder formen efter nogle år.",
            "expectations": "Mange nye anmeldelser fra hjem, der ligner hendes.",
            "pain_points": "Anmeldelserne er spredt over flere sider og svære at sammenligne.",
            "evidence.review_site": "Gennemsnit 4,1 ud af 5; de fleste lave karakterer handler "
                                    "om leveringen, ikke om produktet.",
        },
        "card-testimonials": {
            "title": "Kundeudtalelser", "channel": "Kundehistorier på hjemmesiden",
            "owner": "Marketing",
            "notes": "Korte historier og billeder fra kunder i deres egne hjem.",
        },
        "card-website": {
            "title": "Hjemmeside", "channel": "Webshop", "owner": "E-handelsteamet",
            "customer_goal": "Sammenligne modeller, stoffer og priser og se, hvornår sofaen kan "
                             "komme.",
            "expectations": "Rigtige lagertal og en leveringsdato, hun kan regne med.",
            "pain_points": "Produktsiden lover levering på 3-5 dage; i butikken tager den samme "
                           "sofa fire uger.",
            "desired_think": "De ved præcis, hvornår min sofa kommer.",
            "desired_do": "Gemme en favorit og booke en tid til at prøve den i butikken.",
            "desired_feel": "Tryg og i kontrol.",
            "ideas": "Hent leveringsdatoerne fra det samme lagersystem, som butikkerne bruger.",
            "evidence.analytics": "Mange besøgende forlader produktsiden, lige efter at de har "
                                  "åbnet leveringsoplysningerne.",
        },
        "card-catalog": {
            "title": "Katalog", "channel": "Trykt katalog med posten", "owner": "Marketing",
            "notes": "Årets katalog dumper ind ad døren; hun folder hjørnet ned på tre sider med "
                     "sofaer.",
        },
        "card-promotions": {
            "title": "Kampagner", "channel": "Kampagneside og medlemskoder",
            "owner": "Marketing",
            "notes": "15 % rabat til medlemmer; kampagnesiden viser, hvilke modeller der er med.",
        },
        "card-store": {
            "title": "Butik", "channel": "Butik", "owner": "Butikspersonalet",
            "customer_goal": "Sidde i sofaerne og mærke på stofferne.",
            "expectations": "De modeller, hun har gemt online, står fremme.",
            "desired_feel": "Velkommen og med ro til at prøve i sit eget tempo.",
            "evidence.observation": "Der er flest kunder ved sofaerne lørdag og søndag "
                                    "eftermiddag, hvor færrest medarbejdere er ledige.",
        },
        "card-sales-staff": {
            "title": "Salgspersonale", "channel": "Butik", "owner": "Butikspersonalet",
            "notes": "Hjælper med størrelse og stof og booker leveringen.",
            "pain_points": "Personalet kan ikke se webshoppens leveringsdatoer og oplyser deres "
                           "egne.",
        },
        "card-phone-line": {
            "title": "Kundetelefon", "channel": "Kundeservicenummer",
            "owner": "Kundeservice",
            "notes": "Hun ringer for at høre, om det grå stof er på lager, før hun kører derud.",
            "pain_points": "Lang kø i frokosttiden og intet menuvalg til spørgsmål om lager.",
        },
        "card-point-of-sale": {
            "title": "Salgssted", "channel": "Butikkens kasse", "owner": "Butikspersonalet",
            "customer_goal": "Betale sikkert og dele udgiften op.",
            "expectations": "Flere betalingsmuligheder og en kvittering, der viser "
                            "leveringsdatoen.",
        },
        "card-transactional-emails": {
            "title": "Transaktionsmails", "channel": "Ordrebekræftelse og leveringsbeskeder",
            "owner": "E-handelsteamet",
            "customer_goal": "Vide, hvad hun har bestilt, og hvornår det kommer.",
            "expectations": "En bekræftelse med det samme og et leveringstidsrum i god tid.",
            "pain_points": "Tidsrummet for leveringen kommer først aftenen før.",
            "desired_think": "Jeg ved, hvornår jeg skal være hjemme.",
            "ideas": "Send et sporingslink med et vindue på to timer tre dage i forvejen.",
            "evidence.support_log": "»Hvor er min ordre?« er den hyppigste grund til at ringe.",
        },
        "card-billing": {
            "title": "Fakturering", "channel": "Faktura og afbetalingsordning",
            "owner": "Økonomi",
            "notes": "Afdragsfakturaerne kommer fra betalingspartneren under dens eget navn.",
            "pain_points": "Hun genkender ikke afsenderen og er lige ved at overse den første "
                           "faktura.",
        },
        "card-thank-you-card": {
            "title": "Takkekort", "channel": "Håndskrevet hilsen efterladt ved leveringen",
            "owner": "Logistik",
            "notes": "Idé fra workshoppen: leveringsfolkene efterlader en hilsen med plejeråd.",
            "desired_feel": "Behandlet som et menneske, ikke som et ordrenummer.",
        },
        "card-online-help-center": {
            "title": "Online hjælpecenter", "channel": "Hjælpesider på hjemmesiden",
            "owner": "Kundeservice",
            "customer_goal": "Finde plejevejledning og se, hvordan hun melder en løs søm.",
            "pain_points": "Kontaktoplysningerne står nederst i en lang FAQ.",
        },
        "card-service-support": {
            "title": "Service og support", "channel": "Telefon, chat og e-mail",
            "owner": "Kundeservice",
            "expectations": "Én person, der løser det, uden at hun skal fortælle historien to "
                            "gange.",
            "desired_do": "Melde problemet én gang, med et billede.",
            "evidence.survey": "Kort spørgeskema efter hver afsluttet sag.",
        },
        "card-follow-up": {
            "title": "Opfølgning", "channel": "Feedbackundersøgelse", "owner": "Kundeservice",
            "notes": "En undersøgelse to uger efter leveringen.",
            "ideas": "Stil ét spørgsmål om leveringen og ét om sofaen, ikke tyve.",
        },
        "card-marketing-emails": {
            "title": "Markedsføringsmails", "channel": "Nyhedsbrev", "owner": "Marketing",
            "notes": "Tilbud på puder og plaider, der passer til hendes sofa.",
            "pain_points": "Det første nyhedsbrev viste hendes sofa til en lavere pris.",
        },
        "card-goal-discover": {"title": "Finde en sofa, der passer til den nye stue"},
        "card-goal-research": {"title": "Finde ud af, hvilke modeller der holder, og hvad de "
                                        "koster"},
        "card-goal-choose": {"title": "Prøve favoritterne, vælge størrelse og stof"},
        "card-goal-buy": {"title": "Betale sikkert og aftale en leveringsdag"},
        "card-goal-receive": {"title": "Få sofaen hjem uden skader på den lovede dag"},
        "card-goal-use": {"title": "Nyde den og få hurtig hjælp, hvis noget er galt"},
        "card-question-research": {"title": "Kan den klare børn og en hund?"},
        "card-question-choose": {"title": "Hvornår kan den reelt leveres?"},
        "card-question-buy": {"title": "Kan jeg dele betalingen ud over et år?"},
        "card-question-receive": {"title": "Hvor er min ordre lige nu?"},
        "card-question-use": {"title": "Hvem kontakter jeg om en løs søm?"},
        "card-pain-research": {"title": "Anmeldelser spredt over mange sider"},
        "card-pain-choose": {"title": "Hjemmeside og butik oplyser forskellige leveringstider"},
        "card-pain-receive": {"title": "Leveringstidspunktet meldes først aftenen før"},
        "card-pain-use": {"title": "Supportens kontaktoplysninger er svære at finde"},
        "card-idea-choose": {"title": "Én kilde til lager og leveringsdatoer for web og butik"},
        "card-idea-receive": {"title": "Sporingslink med et vindue på to timer, tre dage før"},
        "card-idea-use": {"title": "Kontaktoplysninger på fakturaen og i alle e-mails"},
        "card-team-discover": {"title": "Marketing, kommunikation"},
        "card-team-research": {"title": "E-handel (anmeldelser), marketing"},
        "card-team-choose": {"title": "E-handel, butikspersonale"},
        "card-team-buy": {"title": "Butikspersonale, betalingspartner"},
        "card-team-receive": {"title": "Logistik, økonomi"},
        "card-team-use": {"title": "Kundeservice"},
        "card-system-web-stock": {"title": "Webshoppens lagerfeed"},
        "card-system-store-stock": {"title": "Butikkens lagerliste, opdateret hver nat"},
        "card-system-payment": {"title": "Betalingsudbyder"},
        "card-system-carrier": {"title": "Fragtfirmaets sporingssystem"},
        "card-system-tickets": {"title": "Sagssystem til support"},
    },
}

B2B: TemplateText = {
    "title": "Kunderejse for køb af B2B-software",
    "journey": {
        "name": "Valg af et servicedesk-værktøj",
        "goal": "Skær en tredjedel af supportsagerne væk i en ny kundes første 90 dage med fokus "
                "på overdragelsen fra salg, onboardingen og hjælpecentret.",
        "description": "Kortlægning af den nuværende rejse for en virksomhed med omkring 300 "
                       "ansatte, der udskifter en fælles IT-indbakke med en servicedesk i "
                       "skyen. Set gennem IT-chefen, der står for evalueringen; den "
                       "økonomiansvarlige kommer med, når det er tid til at købe.",
    },
    "departments": ["Salg", "Kundesucces", "Support", "Økonomi", "Marketing"],
    "personas": {
        "persona-it-lead": {
            "name": "Jonas Bech",
            "segment": "IT-chef i en mellemstor virksomhed (100-500 ansatte)",
            "goals": "Én servicedesk, som hans team på fire kan drive uden konsulenter.",
            "needs": "En prøveperiode med rigtige data, single sign-on, klare "
                     "sikkerhedsdokumenter og en pris, han kan forsvare.",
            "frustrations": "Salgsopkald, før han har set produktet, priser gemt bag en "
                            "formular, en prøveperiode, der udløber midt i testen.",
            "quote": "Lad mig køre en helt almindelig uges sager igennem, før nogen sender en "
                     "kontrakt.",
        },
        "persona-buyer": {
            "name": "Lene Holm",
            "segment": "Økonomi og indkøb i en mellemstor virksomhed",
            "goals": "En forudsigelig udgift i hele kontraktperioden og vilkår, der lever op til "
                     "indkøbspolitikken.",
            "needs": "Pris pr. bruger på skrift, en standard databehandleraftale, fakturaer med "
                     "ordrenummeret på.",
            "frustrations": "Priser, der stiger efter det første år, fakturaer, der ikke passer "
                            "til ordren, uvished om, hvem der skal skrive under.",
            "quote": "Vis mig den samlede pris for tre år på én side.",
        },
    },
    "stages": {
        "stage-need": {
            "name": "Behovet opstår",
            "description": "Henvendelser forsvinder i den fælles indbakke; IT-chefen leder "
                           "efter en løsning.",
        },
        "stage-research": {
            "name": "Undersøgelse",
            "description": "Søger, læser og spørger fagfæller, hvilke værktøjer der passer til "
                           "et team af den størrelse.",
        },
        "stage-evaluate": {
            "name": "Evaluering",
            "description": "Demo, prøveperiode med teamets egne sager, sikkerhedsgennemgang.",
        },
        "stage-buy": {
            "name": "Køb",
            "description": "Tilbud, tjek hos indkøb, kontrakt og den første faktura.",
        },
        "stage-onboard": {
            "name": "Opstart",
            "description": "Kickoff, opsætning, single sign-on, de første brugere flyttes over.",
        },
        "stage-adopt": {
            "name": "Brug og fornyelse",
            "description": "Daglig brug, support, nye funktioner og beslutningen om fornyelse.",
        },
    },
    "lanes": {
        "lane-search": "Onlinesøgning og blogs",
        "lane-events": "Arrangementer og konferencer",
        "lane-sales": "Salg og demoer",
        "lane-web": "Hjemmeside og prøveperiode",
        "lane-email": "E-mail",
        "lane-support": "Support og hjælpecenter",
    },
    "cards": {
        "card-peer-advice": {
            "title": "Råd fra fagfæller", "channel": "IT-forum", "owner": "Alle teams",
            "notes": "En anden IT-chef skriver i en forumtråd, at en rigtig servicedesk reddede "
                     "hans team.",
        },
        "card-online-search": {
            "title": "Onlinesøgning", "channel": "Søgemaskine", "owner": "Marketing",
            "customer_goal": "Finde ud af, hvad den slags værktøjer hedder, og hvad der findes.",
            "notes": "Søger på »helpdesk til et lille IT-team«; vores guide ligger på første "
                     "side.",
        },
        "card-blog": {
            "title": "Blogindlæg", "channel": "Virksomhedens blog", "owner": "Marketing",
            "notes": "Guide: fem tegn på, at I er vokset fra den fælles indbakke.",
            "evidence.analytics": "Den mest læste side blandt besøgende, der senere starter en "
                                  "prøveperiode.",
        },
        "card-review-sites": {
            "title": "Anmeldelsessider for software",
            "channel": "Sammenlignings- og anmeldelsessider", "owner": "Marketing",
            "expectations": "Ærlige anmeldelser fra virksomheder af samme størrelse.",
            "evidence.review_site": "Bedømt til 4,5 ud af 5; ros for opsætningen, klager over "
                                    "rapporterne.",
        },
        "card-conference": {
            "title": "Branchekonference", "channel": "Stand og kundeoplæg",
            "owner": "Marketing",
            "notes": "Møder teamet på standen og hører en kunde fortælle om sit første år.",
        },
        "card-pricing-page": {
            "title": "Prisside", "channel": "Hjemmeside", "owner": "Marketing",
            "customer_goal": "Regne prisen ud for fire agenter og 300 medarbejdere.",
            "expectations": "En pris pr. agent uden at skulle booke et opkald.",
            "pain_points": "Ved den plan, han har brug for, står der kun »kontakt os«.",
            "ideas": "Offentliggør alle priser, og tilføj en prisberegner.",
            "evidence.analytics": "En tredjedel af alle besøg slutter på prissiden.",
        },
        "card-email-campaign": {
            "title": "E-mailkampagne", "channel": "E-mailserie efter en download",
            "owner": "Marketing",
            "notes": "Tre e-mails, efter at han har hentet tjeklisten til at sammenligne "
                     "værktøjer.",
        },
        "card-free-trial": {
            "title": "Gratis prøveperiode", "channel": "Prøvekonto", "owner": "Produktteamet",
            "customer_goal": "Køre en almindelig uges sager gennem værktøjet.",
            "expectations": "Sat op på en eftermiddag, med den rigtige indbakke koblet på.",
            "desired_think": "Det her ville fungere for os.",
            "desired_do": "Invitere teamet og koble den fælles indbakke på.",
            "desired_feel": "Lettet over, at det er enklere, end han frygtede.",
        },
        "card-trial-emails": {
            "title": "Mails i prøveperioden", "channel": "Automatiske e-mails i prøveperioden",
            "owner": "Marketing",
            "pain_points": "En daglig mail om funktioner, han ikke har brug for; ingen af dem "
                           "fortæller, hvor mange dage der er tilbage.",
        },
        "card-product-demo": {
            "title": "Produktdemo", "channel": "Videomøde", "owner": "Salg",
            "notes": "En salgsingeniør viser rapporter og automatisering på hans egne prøvedata.",
            "evidence.interview": "Købere, der fik en demo i prøveperioden, kalder den "
                                  "vendepunktet.",
        },
        "card-sales-call": {
            "title": "Salgsopkald", "channel": "Telefon", "owner": "Salg",
            "notes": "Spørgsmål om antallet af agenter, tidsplanen og hvem der beslutter.",
        },
        "card-security-docs": {
            "title": "Sikkerhedsdokumentation",
            "channel": "Trust-side, dokumenter på anmodning",
            "owner": "Sikkerhed og jura",
            "pain_points": "Databehandleraftalen skal bestilles pr. e-mail og tager en uge.",
        },
        "card-quote": {
            "title": "Tilbud og kontrakt", "channel": "E-mail med PDF", "owner": "Salg",
            "notes": "Tilbud på tre år med rabat det første år.",
            "pain_points": "Den økonomiansvarlige kan ikke se prisen for år to og tre.",
        },
        "card-supplier-questionnaire": {
            "title": "Leverandørspørgeskema", "channel": "Indkøbsportal", "owner": "Økonomi",
            "notes": "Fyrre spørgsmål om sikkerhed, økonomi og bæredygtighed.",
        },
        "card-e-signing": {
            "title": "Digital kontraktunderskrift", "channel": "E-signaturtjeneste",
            "owner": "Salg",
            "notes": "Økonomichefen skriver under på få minutter.",
        },
        "card-invoice": {
            "title": "Faktura", "channel": "Faktura pr. e-mail", "owner": "Økonomi",
            "pain_points": "Den første faktura mangler indkøbsordrenummeret og bliver sendt "
                           "retur.",
            "ideas": "Bed om ordrenummeret ved underskriften, og sæt det på alle fakturaer.",
        },
        "card-welcome-email": {
            "title": "Velkomstmail", "channel": "E-mail", "owner": "Kundesucces",
            "notes": "Nævner den opstartsansvarlige og linker til opsætningsguiderne.",
        },
        "card-kickoff": {
            "title": "Kickoff-møde", "channel": "Videomøde", "owner": "Kundesucces",
            "customer_goal": "Aftale en plan for at gå i drift inden for en måned.",
            "expectations": "Folk, der allerede ved, hvad der blev lovet under salget.",
            "pain_points": "Han forklarer opsætningen igen, fordi salgsnoterne ikke blev givet "
                           "videre.",
            "desired_think": "De kender vores situation.",
            "evidence.interview": "Flere nye kunder fortæller, at de måtte gentage deres behov "
                                  "ved kickoff.",
        },
        "card-setup-guides": {
            "title": "Opsætningsguider", "channel": "Hjælpecenter", "owner": "Support",
            "notes": "Trin-for-trin-guider til single sign-on, e-mailkanaler og import af "
                     "brugere.",
        },
        "card-who-to-contact": {
            "title": "Hvem kontakter man ved problemer?",
            "channel": "Kontaktoplysninger i e-mails, hjælpecenter og kontrakt",
            "owner": "Kundesucces",
            "pain_points": "Velkomstmailen siger, at man skal spørge den opstartsansvarlige, "
                           "hjælpecentret siger, at man skal oprette en sag, og kontrakten "
                           "nævner en fælles postkasse.",
            "ideas": "Én kontaktside pr. kunde med link fra alle e-mails.",
            "evidence.support_log": "Hver fjerde tidlige sag endte først det forkerte sted.",
        },
        "card-support-tickets": {
            "title": "Supportsager", "channel": "Supportportal og chat", "owner": "Support",
            "evidence.survey": "Kort spørgeskema efter hver lukket sag.",
        },
        "card-user-conference": {
            "title": "Brugerkonference", "channel": "Årligt kundearrangement",
            "owner": "Marketing",
            "notes": "Kunder fortæller, hvordan de arbejder; produktteamet viser, hvad der "
                     "kommer.",
        },
        "card-update-emails": {
            "title": "Mails om produktnyheder", "channel": "Månedlig e-mail",
            "owner": "Produktteamet",
            "notes": "Nye funktioner og tips, oftere læst af agenterne end af IT-chefen.",
        },
        "card-renewal": {
            "title": "Gennemgang før fornyelse", "channel": "Møde med kundeansvarlig",
            "owner": "Kundesucces",
            "customer_goal": "Beslutte, om aftalen skal fornyes, og til hvor mange agenter.",
            "expectations": "Forbrugstal og næste års pris i god tid før fristen.",
        },
        "card-goal-need": {"title": "Stop med at miste henvendelser i den fælles indbakke"},
        "card-goal-research": {"title": "En kortliste med tre værktøjer, der passer til teamet"},
        "card-goal-evaluate": {"title": "Bevise, at det virker med rigtige sager"},
        "card-goal-buy": {"title": "En fair kontrakt, underskrevet uden forsinkelser"},
        "card-goal-onboard": {"title": "I drift inden for en måned"},
        "card-goal-adopt": {"title": "Ingen tabte henvendelser og klart overblik over "
                                     "arbejdsbyrden"},
        "card-question-research": {"title": "Hvad koster fire agenter?"},
        "card-question-evaluate": {"title": "Virker det med vores single sign-on?"},
        "card-question-buy": {"title": "Hvem skal godkende og skrive under?"},
        "card-question-onboard": {"title": "Hvem ringer vi til, når importen fejler?"},
        "card-question-adopt": {"title": "Kan det betale sig at forny til den nye pris?"},
        "card-pain-research": {"title": "Vigtige priser gemt bag »kontakt os«"},
        "card-pain-evaluate": {"title": "Prøveperioden slutter, før "
                                        "sikkerhedsgennemgangen er færdig"},
        "card-pain-buy": {"title": "Faktura afvist: intet ordrenummer"},
        "card-pain-onboard": {"title": "Behov gentaget ved kickoff"},
        "card-idea-research": {"title": "Offentlige priser og en prisberegner"},
        "card-idea-evaluate": {"title": "Forlæng prøveperioden, mens en aftale er på vej"},
        "card-idea-onboard": {"title": "Salgsnoter overdraget til kundesucces"},
        "card-team-need": {"title": "Marketing (indhold)"},
        "card-team-research": {"title": "Marketing"},
        "card-team-evaluate": {"title": "Salg, salgsingeniører, produkt"},
        "card-team-buy": {"title": "Salg, økonomi, jura"},
        "card-team-onboard": {"title": "Kundesucces, support"},
        "card-team-adopt": {"title": "Support, kundesucces, produkt"},
    },
}

TEXT: LanguageText = {
    "lanes": {
        "lane-goals": "Kundens mål",
        "lane-questions": "Spørgsmål",
        "lane-touchpoints": "Berøringspunkter",
        "lane-emotion": "Følelser",
        "lane-pain": "Smertepunkter",
        "lane-ideas": "Idéer",
        "lane-teams": "Teams",
    },
    "metrics": {
        "csat": {"name": "Kundetilfredshed (CSAT, 1-5)",
                 "source": "Spørgeskema efter hver sag"},
        "conversion": {"name": "Konverteringsrate (%)", "source": "Webanalyse"},
        "trial_conversion": {"name": "Prøveperioder, der bliver til kunder (%)",
                             "source": "CRM"},
        "early_tickets": {"name": "Supportsager pr. kunde de første 90 dage",
                          "source": "Sagssystem til support"},
    },
    "templates": {"blank": BLANK, "retail": RETAIL, "b2b-software": B2B},
}
