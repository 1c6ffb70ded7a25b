"""Swedish text of the bundled templates (same keys as en.py).

Vocabulary follows the Swedish articles: "kontaktytor" for the lane of touchpoints,
"kontaktpunkter" in running text, "mun till mun", "betyg och recensioner", "kundresa".
"""

from __future__ import annotations

from .types import LanguageText, TemplateText

BLANK: TemplateText = {
    "title": "Tom kundresekarta",
    "journey": {"name": "Ny kundresa", "goal": "", "description": ""},
    "departments": [],
    "personas": {},
    "stages": {
        "stage-before": {
            "name": "Upptäckt",
            "description": "Kunden märker ett behov och letar efter ett sätt att lösa det.",
        },
        "stage-during": {
            "name": "Val och köp",
            "description": "Kunden jämför alternativen, bestämmer sig och köper.",
        },
        "stage-after": {
            "name": "Leverans och bruk",
            "description": "Leverans, fakturor, användning, support och allt som följer efter "
                           "affären.",
        },
    },
    "lanes": {},
    "cards": {},
}

RETAIL: TemplateText = {
    "title": "Kundresa i detaljhandeln",
    "journey": {
        "name": "Köpa en soffa",
        "goal": "Höj kundnöjdheten genom hela köpet, från den första annonsen till hjälpen efter "
                "leveransen, genom att hitta var upplevelsen brister mellan kanalerna.",
        "description": "Nulägeskarta över en kund som köper en soffa från en heminredningskedja "
                       "med butiker och webbutik. Alla kontaktpunkter i katalogen före, under "
                       "och efter köpet finns med: byt ut exemplen mot era egna iakttagelser.",
    },
    "departments": ["Marknadsföring", "E-handel", "Butiker", "Logistik", "Ekonomi",
                    "Kundtjänst"],
    "personas": {
        "persona-first-home": {
            "name": "Emma Lind",
            "segment": "Unga par som inreder sitt första hem",
            "goals": "En bekväm soffa som håller, inom budgeten, levererad en dag som passar "
                     "henne.",
            "needs": "Ärliga recensioner, leveransdatum hon kan lita på, en chans att provsitta "
                     "soffan före köpet, flexibel betalning.",
            "frustrations": "Att webben och butiken säger olika saker, att vänta hemma en hel "
                            "dag på en leverans, att leta efter ett telefonnummer när något har "
                            "gått snett.",
            "quote": "Jag har inget emot att vänta tre veckor. Men jag vill veta vilka tre "
                     "veckor.",
        },
    },
    "stages": {
        "stage-discover": {
            "name": "Upptäckt",
            "description": "Den gamla soffan passar inte längre; idéer börjar dyka upp från "
                           "alla håll.",
        },
        "stage-research": {
            "name": "Informationssökning",
            "description": "Märken, priser och andra köpares erfarenheter jämförs.",
        },
        "stage-choose": {
            "name": "Val",
            "description": "Urvalet krymper på nätet, och favoriterna provas i en butik.",
        },
        "stage-buy": {
            "name": "Köp",
            "description": "Beslut, beställning och betalning.",
        },
        "stage-receive": {
            "name": "Betalning och leverans",
            "description": "Orderbesked, fakturan och själva leveransen.",
        },
        "stage-use": {
            "name": "Användning och hjälp",
            "description": "Vardagen med soffan, hjälp när den behövs och nya kontakter från "
                           "butiken.",
        },
    },
    "lanes": {
        "lane-social": "Sociala medier och press",
        "lane-online": "Webb och digitalt",
        "lane-store": "Butik och personal",
        "lane-mail": "Mejl och brev",
        "lane-service": "Service och support",
        "lane-teams": "Team bakom kontaktytan",
        "lane-systems": "System och partner",
    },
    "cards": {
        "card-advertising": {
            "title": "Annonsering", "channel": "Webbvideo och reklam i busskurer",
            "owner": "Marknadsföring",
            "notes": "Vårkampanj för vardagsrumsmöbler.",
            "pain_points": "Annonsen visar en soffa, men länken öppnar startsidan.",
            "ideas": "Låt varje annons leda till en landningssida för modellen den visar.",
            "evidence.analytics": "Klicken ser bra ut, men de flesta besökare från annonsen "
                                  "lämnar sidan inom en minut.",
        },
        "card-social-media": {
            "title": "Sociala medier", "channel": "Instagram och Facebook",
            "owner": "Teamet för sociala medier",
            "notes": "Vänner lägger upp bilder på sina nya vardagsrum; vårt konto delar några "
                     "av dem.",
        },
        "card-word-of-mouth": {
            "title": "Mun till mun", "channel": "Vänner, familj, kollegor",
            "owner": "Alla team",
            "notes": "En kollega är full av lovord om soffan hon köpte förra året.",
            "evidence.interview": "Hälften av köparna vi intervjuade hörde först talas om oss "
                                  "från någon de känner.",
        },
        "card-pr": {
            "title": "PR", "channel": "Inredningstidningar", "owner": "Kommunikation",
            "notes": "En designtidning gör ett reportage om den nya soffserien.",
        },
        "card-community": {
            "title": "Lokalt engagemang", "channel": "Lokala evenemang och sponsring",
            "owner": "Butiksledningen",
            "notes": "Den lokala butiken har möblerat läshörnan på stadsbiblioteket.",
        },
        "card-ratings-reviews": {
            "title": "Betyg och recensioner", "channel": "Recensionssajter och produktsidor",
            "owner": "E-handelsteamet",
            "customer_goal": "Ta reda på om soffan behåller formen efter några år.",
            "expectations": "Många färska recensioner från hem som liknar hennes.",
            "pain_points": "Recensionerna är utspridda på flera sajter och svåra att jämföra.",
            "evidence.review_site": "Snittbetyg 4,1 av 5; de flesta låga betygen gäller "
                                    "leveransen, inte produkten.",
        },
        "card-testimonials": {
            "title": "Kundomdömen", "channel": "Kundberättelser på webbplatsen",
            "owner": "Marknadsföring",
            "notes": "Korta berättelser och bilder från kunder i deras egna hem.",
        },
        "card-website": {
            "title": "Webbplats", "channel": "Webbutik", "owner": "E-handelsteamet",
            "customer_goal": "Jämföra modeller, tyger och priser och se när soffan kan komma.",
            "expectations": "Verkligt lagersaldo och ett leveransdatum hon kan lita på.",
            "pain_points": "Produktsidan lovar leverans på 3-5 dagar; i butiken tar samma soffa "
                           "fyra veckor.",
            "desired_think": "De vet exakt när min soffa kommer.",
            "desired_do": "Spara en favorit och boka en tid för att provsitta den i butiken.",
            "desired_feel": "Trygg och med koll på läget.",
            "ideas": "Hämta leveransdatumen från samma lagersystem som butikerna använder.",
            "evidence.analytics": "Många besökare lämnar produktsidan direkt efter att ha öppnat "
                                  "leveransinformationen.",
        },
        "card-catalog": {
            "title": "Katalog", "channel": "Tryckt katalog med posten",
            "owner": "Marknadsföring",
            "notes": "Årets katalog dimper ner i brevlådan; hon viker hörnen på tre soffsidor.",
        },
        "card-promotions": {
            "title": "Kampanjer", "channel": "Kampanjsida och medlemskoder",
            "owner": "Marknadsföring",
            "notes": "15 % rabatt för medlemmar; kampanjsidan visar vilka modeller som ingår.",
        },
        "card-store": {
            "title": "Butik", "channel": "Butik", "owner": "Butikspersonalen",
            "customer_goal": "Provsitta sofforna och känna på tygerna.",
            "expectations": "Modellerna hon sparade på nätet finns utställda.",
            "desired_feel": "Välkommen, med tid att prova i lugn och ro.",
            "evidence.observation": "Soffavdelningen har flest besökare på helgeftermiddagar, "
                                    "när minst personal är ledig.",
        },
        "card-sales-staff": {
            "title": "Säljpersonal", "channel": "Butik", "owner": "Butikspersonalen",
            "notes": "Hjälper till med storlek och tyg och bokar leveransen.",
            "pain_points": "Personalen ser inte webbutikens leveransdatum och uppger sina egna.",
        },
        "card-phone-line": {
            "title": "Telefonkundtjänst", "channel": "Kundtjänstens nummer",
            "owner": "Kundtjänst",
            "notes": "Hon ringer och frågar om det grå tyget finns i lager innan hon åker dit.",
            "pain_points": "Lång kö vid lunch och inget menyval för lagerfrågor.",
        },
        "card-point-of-sale": {
            "title": "Kassan", "channel": "Kassadisken i butiken", "owner": "Butikspersonalen",
            "customer_goal": "Betala säkert och dela upp kostnaden.",
            "expectations": "Flera sätt att betala och ett kvitto som visar leveransdatumet.",
        },
        "card-transactional-emails": {
            "title": "Transaktionsmejl", "channel": "Orderbekräftelse och leveransaviseringar",
            "owner": "E-handelsteamet",
            "customer_goal": "Veta vad hon har beställt och när det kommer.",
            "expectations": "En bekräftelse direkt och ett leveransfönster i god tid.",
            "pain_points": "Leveranstiden meddelas först kvällen innan.",
            "desired_think": "Jag vet när jag ska vara hemma.",
            "ideas": "Skicka en spårningslänk med ett tvåtimmarsfönster tre dagar i förväg.",
            "evidence.support_log": "”Var är min beställning?” är det vanligaste skälet till "
                                    "att kunder ringer.",
        },
        "card-billing": {
            "title": "Fakturering", "channel": "Faktura och delbetalning", "owner": "Ekonomi",
            "notes": "Delbetalningsfakturorna kommer från betalpartnern, i dess eget namn.",
            "pain_points": "Hon känner inte igen avsändaren och struntar nästan i den första "
                           "fakturan.",
        },
        "card-thank-you-card": {
            "title": "Tackkort", "channel": "Handskriven hälsning som lämnas vid leveransen",
            "owner": "Logistik",
            "notes": "Idé från workshoppen: leveranspersonalen lämnar en hälsning med "
                     "skötselråd.",
            "desired_feel": "Sedd som en människa, inte som ett ordernummer.",
        },
        "card-online-help-center": {
            "title": "Hjälpcenter på webben", "channel": "Hjälpsidor på webbplatsen",
            "owner": "Kundtjänst",
            "customer_goal": "Hitta skötselråd och hur man anmäler en söm som gått upp.",
            "pain_points": "Kontaktuppgifterna ligger längst ner i en lång lista med vanliga "
                           "frågor.",
        },
        "card-service-support": {
            "title": "Service och support", "channel": "Telefon, chatt och mejl",
            "owner": "Kundtjänst",
            "expectations": "En person som löser det utan att hon behöver berätta allt två "
                            "gånger.",
            "desired_do": "Anmäla problemet en gång, med ett foto.",
            "evidence.survey": "Kort enkät efter varje avslutat ärende.",
        },
        "card-follow-up": {
            "title": "Uppföljning", "channel": "Enkät om upplevelsen", "owner": "Kundtjänst",
            "notes": "En enkät två veckor efter leveransen.",
            "ideas": "Ställ en fråga om leveransen och en om soffan, inte tjugo.",
        },
        "card-marketing-emails": {
            "title": "Marknadsföringsmejl", "channel": "Nyhetsbrev", "owner": "Marknadsföring",
            "notes": "Erbjudanden på kuddar och plädar som passar till hennes soffa.",
            "pain_points": "Det första nyhetsbrevet visade hennes soffa till ett lägre pris.",
        },
        "card-goal-discover": {"title": "Hitta en soffa som passar det nya vardagsrummet"},
        "card-goal-research": {"title": "Ta reda på vilka modeller som håller och vad de "
                                        "kostar"},
        "card-goal-choose": {"title": "Provsitta favoriterna, välja storlek och tyg"},
        "card-goal-buy": {"title": "Betala säkert och komma överens om en leveransdag"},
        "card-goal-receive": {"title": "Få hem soffan hel, på utlovad dag"},
        "card-goal-use": {"title": "Njuta av den och få snabb hjälp om något är fel"},
        "card-question-research": {"title": "Klarar den barn och en hund?"},
        "card-question-choose": {"title": "När kan den levereras på riktigt?"},
        "card-question-buy": {"title": "Kan jag dela upp betalningen på ett år?"},
        "card-question-receive": {"title": "Var är min beställning just nu?"},
        "card-question-use": {"title": "Vem kontaktar jag om en söm som gått upp?"},
        "card-pain-research": {"title": "Recensioner utspridda på många sajter"},
        "card-pain-choose": {"title": "Webb och butik anger olika leveranstider"},
        "card-pain-receive": {"title": "Leveranstiden meddelas kvällen innan"},
        "card-pain-use": {"title": "Supportens kontaktuppgifter är svåra att hitta"},
        "card-idea-choose": {"title": "En gemensam källa för lager och leveransdatum i webb "
                                      "och butik"},
        "card-idea-receive": {"title": "Spårningslänk med tvåtimmarsfönster, tre dagar i "
                                       "förväg"},
        "card-idea-use": {"title": "Kontaktuppgifter på fakturan och i varje mejl"},
        "card-team-discover": {"title": "Marknadsföring, kommunikation"},
        "card-team-research": {"title": "E-handel (recensioner), marknadsföring"},
        "card-team-choose": {"title": "E-handel, butikspersonal"},
        "card-team-buy": {"title": "Butikspersonal, betalpartner"},
        "card-team-receive": {"title": "Logistik, ekonomi"},
        "card-team-use": {"title": "Kundtjänst"},
        "card-system-web-stock": {"title": "Webbutikens lagerflöde"},
        "card-system-store-stock": {"title": "Butikens lagerlista, uppdateras varje natt"},
        "card-system-payment": {"title": "Betalleverantör"},
        "card-system-carrier": {"title": "Transportörens spårningssystem"},
        "card-system-tickets": {"title": "Ärendesystem för support"},
    },
}

B2B: TemplateText = {
    "title": "Kundresa vid köp av B2B-programvara",
    "journey": {
        "name": "Välja ett servicedeskverktyg",
        "goal": "Minska supportärendena under en ny kunds första 90 dagar med en tredjedel, med "
                "fokus på överlämningen från sälj, införandet och hjälpcentret.",
        "description": "Nulägeskarta över ett företag med omkring 300 anställda som byter en "
                       "gemensam IT-inkorg mot en servicedesk i molnet. Sedd genom IT-chefen som "
                       "leder utvärderingen; ekonomiansvarig kommer in när det är dags att "
                       "köpa.",
    },
    "departments": ["Sälj", "Kundframgång", "Support", "Ekonomi", "Marknadsföring"],
    "personas": {
        "persona-it-lead": {
            "name": "Jonas Berg",
            "segment": "IT-chef på ett medelstort företag (100-500 anställda)",
            "goals": "En servicedesk som hans team på fyra personer kan sköta utan konsulter.",
            "needs": "En testperiod med riktiga data, single sign-on, tydliga "
                     "säkerhetsdokument och ett pris han kan försvara.",
            "frustrations": "Säljsamtal innan han har sett produkten, priser bakom ett "
                            "formulär, en testperiod som tar slut mitt i testandet.",
            "quote": "Låt mig köra en vanlig veckas ärenden genom det innan någon skickar ett "
                     "avtal.",
        },
        "persona-buyer": {
            "name": "Lena Holm",
            "segment": "Ekonomi och inköp på ett medelstort företag",
            "goals": "En förutsägbar kostnad under hela avtalstiden och villkor som klarar "
                     "inköpspolicyn.",
            "needs": "Pris per användare i skrift, ett standardavtal för "
                     "personuppgiftsbiträden, fakturor med ordernumret på.",
            "frustrations": "Priser som rusar efter första året, fakturor som inte stämmer med "
                            "ordern, ovisshet om vem som ska skriva under.",
            "quote": "Visa mig totalkostnaden för tre år på en sida.",
        },
    },
    "stages": {
        "stage-need": {
            "name": "Behovet väcks",
            "description": "Ärenden försvinner i den gemensamma inkorgen; IT-chefen letar "
                           "efter en lösning.",
        },
        "stage-research": {
            "name": "Informationssökning",
            "description": "Söker, läser och frågar kollegor i branschen vilka verktyg som "
                           "passar ett team av den storleken.",
        },
        "stage-evaluate": {
            "name": "Utvärdering",
            "description": "Demo, testperiod med teamets egna ärenden, säkerhetsgranskning.",
        },
        "stage-buy": {
            "name": "Köp",
            "description": "Offert, inköpets kontroller, avtal och den första fakturan.",
        },
        "stage-onboard": {
            "name": "Införande",
            "description": "Uppstartsmöte, konfiguration, single sign-on, de första användarna "
                           "flyttas över.",
        },
        "stage-adopt": {
            "name": "Drift och förnyelse",
            "description": "Daglig användning, support, nya funktioner och beslutet om "
                           "förnyelse.",
        },
    },
    "lanes": {
        "lane-search": "Sökningar och bloggar",
        "lane-events": "Evenemang och konferenser",
        "lane-sales": "Sälj och demo",
        "lane-web": "Webbplats och testperiod",
        "lane-email": "E-post",
        "lane-support": "Support och hjälpcenter",
    },
    "cards": {
        "card-peer-advice": {
            "title": "Råd från kollegor i branschen", "channel": "IT-forum",
            "owner": "Alla team",
            "notes": "En annan IT-chef skriver i en forumtråd att en riktig servicedesk räddade "
                     "hans team.",
        },
        "card-online-search": {
            "title": "Sökning på nätet", "channel": "Sökmotor", "owner": "Marknadsföring",
            "customer_goal": "Ta reda på vad sådana verktyg kallas och vad som finns.",
            "notes": "Söker på ”helpdesk för litet IT-team”; vår guide syns på första sidan.",
        },
        "card-blog": {
            "title": "Bloggartikel", "channel": "Företagets blogg", "owner": "Marknadsföring",
            "notes": "Guide: fem tecken på att ni har vuxit ur den gemensamma inkorgen.",
            "evidence.analytics": "Den mest lästa sidan bland besökare som senare startar en "
                                  "testperiod.",
        },
        "card-review-sites": {
            "title": "Recensionssajter för programvara",
            "channel": "Jämförelse- och recensionssajter", "owner": "Marknadsföring",
            "expectations": "Ärliga omdömen från företag av samma storlek.",
            "evidence.review_site": "Betyg 4,5 av 5; beröm för uppsättningen, klagomål på "
                                    "rapporterna.",
        },
        "card-conference": {
            "title": "Branschkonferens", "channel": "Monter och kundföredrag",
            "owner": "Marknadsföring",
            "notes": "Träffar teamet i montern och hör en kund berätta om sitt första år.",
        },
        "card-pricing-page": {
            "title": "Prissida", "channel": "Webbplats", "owner": "Marknadsföring",
            "customer_goal": "Räkna ut kostnaden för fyra agenter och 300 anställda.",
            "expectations": "Ett pris per agent utan att behöva boka ett samtal.",
            "pain_points": "För planen han behöver står det bara ”kontakta oss”.",
            "ideas": "Publicera alla priser och lägg till en priskalkylator.",
            "evidence.analytics": "En tredjedel av alla besök slutar på prissidan.",
        },
        "card-email-campaign": {
            "title": "E-postkampanj", "channel": "Mejlserie efter en nedladdning",
            "owner": "Marknadsföring",
            "notes": "Tre mejl efter att han har laddat ner checklistan för att jämföra "
                     "verktyg.",
        },
        "card-free-trial": {
            "title": "Gratis testperiod", "channel": "Testkonto", "owner": "Produktteamet",
            "customer_goal": "Köra en vanlig veckas ärenden genom verktyget.",
            "expectations": "Uppsatt på en eftermiddag, med den riktiga inkorgen kopplad.",
            "desired_think": "Det här skulle fungera för oss.",
            "desired_do": "Bjuda in teamet och koppla den gemensamma inkorgen.",
            "desired_feel": "Lättad över att det är enklare än han befarade.",
        },
        "card-trial-emails": {
            "title": "Mejl under testperioden", "channel": "Automatiska mejl under testperioden",
            "owner": "Marknadsföring",
            "pain_points": "Ett mejl om dagen om funktioner han inte behöver; inget av dem "
                           "säger hur många dagar som är kvar.",
        },
        "card-product-demo": {
            "title": "Produktdemonstration", "channel": "Videomöte", "owner": "Sälj",
            "notes": "En säljingenjör visar rapporter och automatisering med hans egna "
                     "testdata.",
            "evidence.interview": "Köpare som fick en demo under testperioden kallar den "
                                  "vändpunkten.",
        },
        "card-sales-call": {
            "title": "Säljsamtal", "channel": "Telefon", "owner": "Sälj",
            "notes": "Frågor om antal agenter, tidsplan och vem som fattar beslutet.",
        },
        "card-security-docs": {
            "title": "Säkerhetsdokumentation",
            "channel": "Säkerhetssida, dokument på begäran",
            "owner": "Säkerhet och juridik",
            "pain_points": "Personuppgiftsbiträdesavtalet måste begäras via mejl och tar en "
                           "vecka.",
        },
        "card-quote": {
            "title": "Offert och avtal", "channel": "Mejl med pdf", "owner": "Sälj",
            "notes": "Treårsoffert med rabatt första året.",
            "pain_points": "Ekonomiansvarig kan inte se priset för år två och tre.",
        },
        "card-supplier-questionnaire": {
            "title": "Leverantörsenkät", "channel": "Inköpsportal", "owner": "Ekonomi",
            "notes": "Fyrtio frågor om säkerhet, ekonomi och hållbarhet.",
        },
        "card-e-signing": {
            "title": "Digital avtalssignering", "channel": "E-signeringstjänst",
            "owner": "Sälj",
            "notes": "Ekonomichefen skriver under på några minuter.",
        },
        "card-invoice": {
            "title": "Faktura", "channel": "Faktura via mejl", "owner": "Ekonomi",
            "pain_points": "Den första fakturan saknar inköpsordernumret och skickas tillbaka.",
            "ideas": "Fråga efter ordernumret vid signeringen och skriv det på varje faktura.",
        },
        "card-welcome-email": {
            "title": "Välkomstmejl", "channel": "Mejl", "owner": "Kundframgång",
            "notes": "Nämner den som ansvarar för införandet och länkar till "
                     "installationsguiderna.",
        },
        "card-kickoff": {
            "title": "Uppstartsmöte", "channel": "Videomöte", "owner": "Kundframgång",
            "customer_goal": "Komma överens om en plan för att vara i drift inom en månad.",
            "expectations": "Personer som redan vet vad som utlovades under försäljningen.",
            "pain_points": "Han förklarar uppsättningen igen eftersom säljanteckningarna aldrig "
                           "lämnades över.",
            "desired_think": "De känner till vår situation.",
            "evidence.interview": "Flera nya kunder berättar att de fick upprepa sina behov vid "
                                  "uppstarten.",
        },
        "card-setup-guides": {
            "title": "Installationsguider", "channel": "Hjälpcenter", "owner": "Support",
            "notes": "Steg-för-steg-guider för single sign-on, mejlkanaler och import av "
                     "användare.",
        },
        "card-who-to-contact": {
            "title": "Vem kontaktar man vid problem?",
            "channel": "Kontaktuppgifter i mejl, hjälpcenter och avtal",
            "owner": "Kundframgång",
            "pain_points": "Välkomstmejlet säger att man ska fråga den som ansvarar för "
                           "införandet, hjälpcentret säger att man ska skapa ett ärende och "
                           "avtalet anger en allmän brevlåda.",
            "ideas": "En kontaktsida per kund, länkad från varje mejl.",
            "evidence.support_log": "Vart fjärde tidigt ärende hamnade först på fel ställe.",
        },
        "card-support-tickets": {
            "title": "Supportärenden", "channel": "Supportportal och chatt", "owner": "Support",
            "evidence.survey": "Kort enkät efter varje stängt ärende.",
        },
        "card-user-conference": {
            "title": "Användarkonferens", "channel": "Årligt kundevenemang",
            "owner": "Marknadsföring",
            "notes": "Kunder berättar hur de arbetar; produktteamet visar vad som är på gång.",
        },
        "card-update-emails": {
            "title": "Mejl om produktnyheter", "channel": "Månadsmejl",
            "owner": "Produktteamet",
            "notes": "Nya funktioner och tips, oftare lästa av agenterna än av IT-chefen.",
        },
        "card-renewal": {
            "title": "Genomgång inför förnyelse", "channel": "Möte med kundansvarig",
            "owner": "Kundframgång",
            "customer_goal": "Besluta om avtalet ska förnyas, och för hur många agenter.",
            "expectations": "Användningssiffror och nästa års pris i god tid före sista dagen.",
        },
        "card-goal-need": {"title": "Sluta tappa ärenden i den gemensamma inkorgen"},
        "card-goal-research": {"title": "En kortlista med tre verktyg som passar teamet"},
        "card-goal-evaluate": {"title": "Bevisa att det fungerar med riktiga ärenden"},
        "card-goal-buy": {"title": "Ett rimligt avtal, signerat utan dröjsmål"},
        "card-goal-onboard": {"title": "I drift inom en månad"},
        "card-goal-adopt": {"title": "Inga tappade ärenden, tydlig överblick över "
                                     "arbetsbelastningen"},
        "card-question-research": {"title": "Vad kostar fyra agenter?"},
        "card-question-evaluate": {"title": "Fungerar det med vår single sign-on?"},
        "card-question-buy": {"title": "Vem måste godkänna och skriva under?"},
        "card-question-onboard": {"title": "Vem ringer vi när importen misslyckas?"},
        "card-question-adopt": {"title": "Är det värt att förnya till det nya priset?"},
        "card-pain-research": {"title": "Viktiga priser gömda bakom ”kontakta oss”"},
        "card-pain-evaluate": {"title": "Testperioden tar slut innan "
                                        "säkerhetsgranskningen är klar"},
        "card-pain-buy": {"title": "Fakturan avvisad: inget ordernummer"},
        "card-pain-onboard": {"title": "Behoven upprepas vid uppstarten"},
        "card-idea-research": {"title": "Öppna priser och en priskalkylator"},
        "card-idea-evaluate": {"title": "Förläng testperioden medan en affär pågår"},
        "card-idea-onboard": {"title": "Säljanteckningar lämnas över till kundframgång"},
        "card-team-need": {"title": "Marknadsföring (innehåll)"},
        "card-team-research": {"title": "Marknadsföring"},
        "card-team-evaluate": {"title": "Sälj, säljingenjörer, produkt"},
        "card-team-buy": {"title": "Sälj, ekonomi, juridik"},
        "card-team-onboard": {"title": "Kundframgång, support"},
        "card-team-adopt": {"title": "Support, kundframgång, produkt"},
    },
}

TEXT: LanguageText = {
    "lanes": {
        "lane-goals": "Kundens mål",
        "lane-questions": "Frågor",
        "lane-touchpoints": "Kontaktytor",
        "lane-emotion": "Känslor",
        "lane-pain": "Smärtpunkter",
        "lane-ideas": "Idéer",
        "lane-teams": "Team",
    },
    "metrics": {
        "csat": {"name": "Kundnöjdhet (CSAT, 1-5)", "source": "Enkät efter varje ärende"},
        "conversion": {"name": "Konverteringsgrad (%)", "source": "Webbanalys"},
        "trial_conversion": {"name": "Testperioder som blir kunder (%)", "source": "CRM"},
        "early_tickets": {"name": "Ärenden per kund de första 90 dagarna",
                          "source": "Ärendesystem för support"},
    },
    "templates": {"blank": BLANK, "retail": RETAIL, "b2b-software": B2B},
}
