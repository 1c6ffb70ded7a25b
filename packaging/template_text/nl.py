"""Dutch text of the bundled templates (same keys as en.py).

Vocabulary follows the Dutch article: "klantcontactpunten", "klantreis",
"mond-tot-mondreclame"; "je" as the workshop register.
"""

from __future__ import annotations

from .types import LanguageText, TemplateText

BLANK: TemplateText = {
    "title": "Lege klantreiskaart",
    "journey": {"name": "Nieuwe klantreis", "goal": "", "description": ""},
    "departments": [],
    "personas": {},
    "stages": {
        "stage-before": {
            "name": "Oriëntatie",
            "description": "De klant merkt een behoefte op en zoekt een manier om die in te "
                           "vullen.",
        },
        "stage-during": {
            "name": "Keuze en aankoop",
            "description": "De klant vergelijkt de mogelijkheden, beslist en koopt.",
        },
        "stage-after": {
            "name": "Ontvangst en gebruik",
            "description": "Levering, rekeningen, gebruik, ondersteuning en alles wat na de "
                           "verkoop komt.",
        },
    },
    "lanes": {},
    "cards": {},
}

RETAIL: TemplateText = {
    "title": "Klantreis in de detailhandel",
    "journey": {
        "name": "Een nieuwe bank kopen",
        "goal": "Verhoog de tevredenheid over de hele aankoop, van de eerste advertentie tot de "
                "hulp na de levering, door te vinden waar de ervaring tussen de kanalen hapert.",
        "description": "Kaart van de huidige situatie: een klant koopt een bank bij een "
                       "woonwinkelketen met winkels en een webshop. Alle klantcontactpunten uit "
                       "de lijst van vóór, tijdens en na de aankoop staan erop: vervang de "
                       "voorbeelden door jullie eigen bevindingen.",
    },
    "departments": ["Marketing", "E-commerce", "Winkels", "Logistiek", "Financiën",
                    "Klantenservice"],
    "personas": {
        "persona-first-home": {
            "name": "Sanne de Vries",
            "segment": "Jonge stellen die hun eerste huis inrichten",
            "goals": "Een comfortabele bank die lang meegaat, binnen het budget, geleverd op een "
                     "dag die haar uitkomt.",
            "needs": "Eerlijke reviews, levertijden waar ze op kan vertrouwen, de kans om de "
                     "bank uit te proberen vóór de aankoop, flexibel betalen.",
            "frustrations": "Website en winkel die elk iets anders zeggen, een hele dag thuis "
                            "wachten op een levering, zoeken naar een telefoonnummer als er iets "
                            "misgaat.",
            "quote": "Drie weken wachten vind ik niet erg. Niet weten wélke drie weken wel.",
        },
    },
    "stages": {
        "stage-discover": {
            "name": "Ontdekken",
            "description": "De oude bank past niet meer; ideeën komen van alle kanten.",
        },
        "stage-research": {
            "name": "Oriënteren",
            "description": "Merken, prijzen en ervaringen van andere kopers vergelijken.",
        },
        "stage-choose": {
            "name": "Kiezen",
            "description": "Online de keuze beperken en daarna de favorieten in een winkel "
                           "uitproberen.",
        },
        "stage-buy": {
            "name": "Kopen",
            "description": "Beslissen, bestellen en betalen.",
        },
        "stage-receive": {
            "name": "Betalen en ontvangen",
            "description": "Orderupdates, de factuur en de levering zelf.",
        },
        "stage-use": {
            "name": "Gebruik en service",
            "description": "Leven met de bank, hulp krijgen en opnieuw iets van de winkel "
                           "horen.",
        },
    },
    "lanes": {
        "lane-social": "Sociale media en pers",
        "lane-online": "Website en online",
        "lane-store": "Winkel en personeel",
        "lane-mail": "E-mail en post",
        "lane-service": "Service en support",
        "lane-teams": "Teams achter het contactpunt",
        "lane-systems": "Systemen en partners",
    },
    "cards": {
        "card-advertising": {
            "title": "Reclame", "channel": "Onlinevideo en abri-reclame",
            "owner": "Marketing",
            "notes": "Voorjaarscampagne voor woonkamermeubels.",
            "pain_points": "De advertentie toont één bank, maar de link opent de homepage.",
            "ideas": "Laat elke advertentie uitkomen op een landingspagina voor het model dat "
                     "erin staat.",
            "evidence.analytics": "Het aantal klikken is prima, maar de meeste bezoekers via de "
                                  "advertentie vertrekken binnen een minuut.",
        },
        "card-social-media": {
            "title": "Sociale media", "channel": "Instagram en Facebook",
            "owner": "Socialmediateam",
            "notes": "Vrienden posten foto's van hun nieuwe woonkamer; ons account deelt er een "
                     "paar van.",
        },
        "card-word-of-mouth": {
            "title": "Mond-tot-mondreclame", "channel": "Vrienden, familie, collega's",
            "owner": "Alle teams",
            "notes": "Een collega is vol lof over de bank die ze vorig jaar kocht.",
            "evidence.interview": "De helft van de kopers die we spraken, hoorde voor het "
                                  "eerst van ons via iemand die ze kennen.",
        },
        "card-pr": {
            "title": "PR", "channel": "Woonbladen", "owner": "Communicatie",
            "notes": "Een designtijdschrift publiceert een artikel over de nieuwe collectie "
                     "banken.",
        },
        "card-community": {
            "title": "Lokale betrokkenheid", "channel": "Lokale evenementen en sponsoring",
            "owner": "Winkelmanagement",
            "notes": "De winkel in de buurt heeft de leeshoek van de bibliotheek ingericht.",
        },
        "card-ratings-reviews": {
            "title": "Beoordelingen en reviews", "channel": "Reviewsites en productpagina's",
            "owner": "E-commerceteam",
            "customer_goal": "Weten of de bank na een paar jaar nog in vorm is.",
            "expectations": "Veel recente reviews uit huishoudens zoals het hare.",
            "pain_points": "De reviews staan verspreid over verschillende sites en zijn lastig "
                           "te vergelijken.",
            "evidence.review_site": "Gemiddeld 4,1 van de 5; de meeste lage scores gaan over de "
                                    "levering, niet over het product.",
        },
        "card-testimonials": {
            "title": "Klantverhalen", "channel": "Ervaringen van klanten op de website",
            "owner": "Marketing",
            "notes": "Korte verhalen en foto's van klanten in hun eigen huis.",
        },
        "card-website": {
            "title": "Website", "channel": "Webwinkel", "owner": "E-commerceteam",
            "customer_goal": "Modellen, stoffen en prijzen vergelijken en zien wanneer de bank "
                             "kan komen.",
            "expectations": "Echte voorraadgegevens en een leverdatum waarop ze kan rekenen.",
            "pain_points": "De productpagina belooft levering binnen 3-5 dagen; in de winkel "
                           "duurt dezelfde bank vier weken.",
            "desired_think": "Ze weten precies wanneer mijn bank komt.",
            "desired_do": "Een favoriet bewaren en een afspraak maken om hem in de winkel uit "
                          "te proberen.",
            "desired_feel": "Gerust en in controle.",
            "ideas": "Haal de leverdata uit hetzelfde voorraadsysteem dat de winkels gebruiken.",
            "evidence.analytics": "Veel bezoekers verlaten de productpagina direct nadat ze de "
                                  "levergegevens hebben geopend.",
        },
        "card-catalog": {
            "title": "Catalogus", "channel": "Gedrukte catalogus per post", "owner": "Marketing",
            "notes": "De jaarlijkse catalogus valt op de mat; ze vouwt de hoekjes om van drie "
                     "pagina's met banken.",
        },
        "card-promotions": {
            "title": "Acties", "channel": "Actiepagina en ledencodes", "owner": "Marketing",
            "notes": "15% korting voor leden; de actiepagina laat zien welke modellen meedoen.",
        },
        "card-store": {
            "title": "Winkel", "channel": "Winkel", "owner": "Winkelpersoneel",
            "customer_goal": "Op de banken zitten en de stoffen voelen.",
            "expectations": "De modellen die ze online heeft bewaard, staan in de showroom.",
            "desired_feel": "Welkom, met tijd om rustig te proberen.",
            "evidence.observation": "Bij de banken is het in het weekend 's middags het "
                                    "drukst, juist wanneer de minste medewerkers vrij zijn.",
        },
        "card-sales-staff": {
            "title": "Verkoopmedewerkers", "channel": "Winkel", "owner": "Winkelpersoneel",
            "notes": "Helpen met maat en stof en plannen de levering in.",
            "pain_points": "Medewerkers zien de levertijden van de webshop niet en noemen hun "
                           "eigen.",
        },
        "card-phone-line": {
            "title": "Telefonische klantenservice", "channel": "Klantenservicenummer",
            "owner": "Klantenservice",
            "notes": "Ze belt om te vragen of de grijze stof op voorraad is voordat ze erheen "
                     "rijdt.",
            "pain_points": "Lange wachtrij rond lunchtijd en geen keuzemenu voor "
                           "voorraadvragen.",
        },
        "card-point-of-sale": {
            "title": "Kassa", "channel": "Kassa in de winkel", "owner": "Winkelpersoneel",
            "customer_goal": "Veilig betalen en de kosten spreiden.",
            "expectations": "Verschillende betaalmogelijkheden en een bon waarop de leverdatum "
                            "staat.",
        },
        "card-transactional-emails": {
            "title": "Transactionele e-mails", "channel": "Orderbevestiging en leveringsberichten",
            "owner": "E-commerceteam",
            "customer_goal": "Weten wat ze heeft besteld en wanneer het komt.",
            "expectations": "Meteen een bevestiging en ruim van tevoren een tijdvak voor de "
                            "levering.",
            "pain_points": "Het tijdvak van de levering komt pas de avond ervoor.",
            "desired_think": "Ik weet wanneer ik thuis moet zijn.",
            "ideas": "Stuur drie dagen vooraf een track-and-tracelink met een tijdvak van twee "
                     "uur.",
            "evidence.support_log": "'Waar is mijn bestelling?' is de meest voorkomende reden "
                                    "om te bellen.",
        },
        "card-billing": {
            "title": "Facturering", "channel": "Factuur en betaling in termijnen",
            "owner": "Financiën",
            "notes": "De termijnfacturen komen van de betaalpartner, onder diens eigen naam.",
            "pain_points": "Ze herkent de afzender niet en negeert de eerste factuur bijna.",
        },
        "card-thank-you-card": {
            "title": "Bedankkaartje",
            "channel": "Handgeschreven briefje achtergelaten bij de levering",
            "owner": "Logistiek",
            "notes": "Idee uit de workshop: de bezorgers laten een briefje met onderhoudstips "
                     "achter.",
            "desired_feel": "Behandeld als mens, niet als ordernummer.",
        },
        "card-online-help-center": {
            "title": "Online helpcentrum", "channel": "Hulppagina's op de website",
            "owner": "Klantenservice",
            "customer_goal": "Onderhoudsinstructies vinden en weten hoe ze een losse naad meldt.",
            "pain_points": "De contactgegevens staan onderaan een lange lijst met veelgestelde "
                           "vragen.",
        },
        "card-service-support": {
            "title": "Service en support", "channel": "Telefoon, chat en e-mail",
            "owner": "Klantenservice",
            "expectations": "Eén persoon die het oplost zonder dat ze haar verhaal twee keer "
                            "hoeft te doen.",
            "desired_do": "Het probleem één keer melden, met een foto.",
            "evidence.survey": "Korte enquête na elke afgesloten melding.",
        },
        "card-follow-up": {
            "title": "Nazorg", "channel": "Feedbackenquête", "owner": "Klantenservice",
            "notes": "Een enquête twee weken na de levering.",
            "ideas": "Stel één vraag over de levering en één over de bank, geen twintig.",
        },
        "card-marketing-emails": {
            "title": "Marketingmails", "channel": "Nieuwsbrief", "owner": "Marketing",
            "notes": "Aanbiedingen voor kussens en plaids die bij haar bank passen.",
            "pain_points": "De eerste nieuwsbrief toonde haar bank voor een lagere prijs.",
        },
        "card-goal-discover": {"title": "Een bank vinden die in de nieuwe woonkamer past"},
        "card-goal-research": {"title": "Uitzoeken welke modellen lang meegaan en wat ze "
                                        "kosten"},
        "card-goal-choose": {"title": "De favorieten uitproberen, maat en stof kiezen"},
        "card-goal-buy": {"title": "Veilig betalen en een leverdag afspreken"},
        "card-goal-receive": {"title": "De bank heel en op de beloofde dag in huis krijgen"},
        "card-goal-use": {"title": "Ervan genieten en snel hulp krijgen als er iets mis is"},
        "card-question-research": {"title": "Overleeft hij kinderen en een hond?"},
        "card-question-choose": {"title": "Wanneer kan hij echt geleverd worden?"},
        "card-question-buy": {"title": "Kan ik de kosten over een jaar spreiden?"},
        "card-question-receive": {"title": "Waar is mijn bestelling nu?"},
        "card-question-use": {"title": "Bij wie meld ik een losse naad?"},
        "card-pain-research": {"title": "Reviews verspreid over veel sites"},
        "card-pain-choose": {"title": "Website en winkel noemen verschillende levertijden"},
        "card-pain-receive": {"title": "Tijdvak pas de avond voor de levering bekend"},
        "card-pain-use": {"title": "Contactgegevens van support moeilijk te vinden"},
        "card-idea-choose": {"title": "Eén bron voor voorraad en leverdata voor web en winkel"},
        "card-idea-receive": {"title": "Track-and-tracelink met tijdvak van twee uur, drie "
                                       "dagen vooraf"},
        "card-idea-use": {"title": "Contactgegevens op de factuur en in elke e-mail"},
        "card-team-discover": {"title": "Marketing, communicatie"},
        "card-team-research": {"title": "Webshopteam (reviews), marketing"},
        "card-team-choose": {"title": "Webshopteam, winkelpersoneel"},
        "card-team-buy": {"title": "Winkelpersoneel, betaalpartner"},
        "card-team-receive": {"title": "Logistiek, financiën"},
        "card-team-use": {"title": "Klantenservice"},
        "card-system-web-stock": {"title": "Voorraadfeed van de webshop"},
        "card-system-store-stock": {"title": "Voorraadlijst van de winkel, elke nacht "
                                             "bijgewerkt"},
        "card-system-payment": {"title": "Betaalprovider"},
        "card-system-carrier": {"title": "Track-and-tracesysteem van de vervoerder"},
        "card-system-tickets": {"title": "Ticketsysteem van de klantenservice"},
    },
}

B2B: TemplateText = {
    "title": "Klantreis bij de aankoop van B2B-software",
    "journey": {
        "name": "Een servicedesktool kiezen",
        "goal": "Het aantal supporttickets in de eerste 90 dagen van een nieuwe klant met een "
                "derde verlagen, met de nadruk op de overdracht vanuit sales, de implementatie "
                "en het helpcentrum.",
        "description": "Kaart van de huidige situatie: een bedrijf met zo'n 300 medewerkers "
                       "vervangt een gedeelde IT-mailbox door een servicedesk in de cloud. "
                       "Gezien door de ogen van de IT-manager die de evaluatie leidt; de "
                       "financiële inkoper schuift aan zodra het tijd is om te kopen.",
    },
    "departments": ["Sales", "Klantsucces", "Support", "Financiën", "Marketing"],
    "personas": {
        "persona-it-lead": {
            "name": "Jeroen Bakker",
            "segment": "IT-manager bij een middelgroot bedrijf (100-500 medewerkers)",
            "goals": "Eén servicedesk die zijn team van vier zonder consultants kan draaien.",
            "needs": "Een proefperiode met echte data, single sign-on, duidelijke "
                     "beveiligingsdocumenten en een prijs die hij kan verdedigen.",
            "frustrations": "Verkoopgesprekken voordat hij het product heeft gezien, prijzen "
                            "achter een formulier, een proefperiode die halverwege het testen "
                            "afloopt.",
            "quote": "Laat me er eerst een gewone week aan tickets doorheen halen voordat iemand "
                     "een contract stuurt.",
        },
        "persona-buyer": {
            "name": "Linda Visser",
            "segment": "Financiën en inkoop bij een middelgroot bedrijf",
            "goals": "Voorspelbare kosten over de hele looptijd en voorwaarden die door het "
                     "inkoopbeleid komen.",
            "needs": "Prijs per gebruiker op papier, een standaard verwerkersovereenkomst, "
                     "facturen met het inkoopordernummer erop.",
            "frustrations": "Prijzen die na het eerste jaar omhoogschieten, facturen die niet "
                            "met de order overeenkomen, niet weten wie er moet tekenen.",
            "quote": "Laat me het totaal voor drie jaar op één pagina zien.",
        },
    },
    "stages": {
        "stage-need": {
            "name": "Behoefte herkennen",
            "description": "Verzoeken raken zoek in de gedeelde mailbox; de IT-manager zoekt "
                           "een oplossing.",
        },
        "stage-research": {
            "name": "Oriënteren",
            "description": "Zoeken, lezen en vakgenoten vragen welke tools bij een team van "
                           "deze omvang passen.",
        },
        "stage-evaluate": {
            "name": "Evalueren",
            "description": "Demo, proefperiode met de eigen tickets van het team, "
                           "beveiligingsreview.",
        },
        "stage-buy": {
            "name": "Kopen",
            "description": "Offerte, controles door inkoop, contract en de eerste factuur.",
        },
        "stage-onboard": {
            "name": "Implementeren",
            "description": "Kick-off, inrichting, single sign-on, de eerste gebruikers gaan "
                           "over.",
        },
        "stage-adopt": {
            "name": "Gebruik en verlenging",
            "description": "Dagelijks gebruik, support, nieuwe functies en het besluit over "
                           "verlenging.",
        },
    },
    "lanes": {
        "lane-search": "Online zoeken en blogs",
        "lane-events": "Evenementen en congressen",
        "lane-sales": "Sales en demo's",
        "lane-web": "Website en proefperiode",
        "lane-email": "E-mail",
        "lane-support": "Support en helpcentrum",
    },
    "cards": {
        "card-peer-advice": {
            "title": "Advies van vakgenoten", "channel": "IT-forum", "owner": "Alle teams",
            "notes": "Een andere IT-manager schrijft in een forumdraad dat een echte servicedesk "
                     "zijn team heeft gered.",
        },
        "card-online-search": {
            "title": "Online zoeken", "channel": "Zoekmachine", "owner": "Marketing",
            "customer_goal": "Uitzoeken hoe zulke tools heten en wat er te krijgen is.",
            "notes": "Zoekt op 'helpdesk voor een klein IT-team'; onze gids staat op de eerste "
                     "pagina.",
        },
        "card-blog": {
            "title": "Blogartikel", "channel": "Bedrijfsblog", "owner": "Marketing",
            "notes": "Gids: vijf tekenen dat je de gedeelde mailbox bent ontgroeid.",
            "evidence.analytics": "De meest gelezen pagina onder bezoekers die later een "
                                  "proefperiode starten.",
        },
        "card-review-sites": {
            "title": "Reviewsites voor software", "channel": "Vergelijkings- en reviewsites",
            "owner": "Marketing",
            "expectations": "Eerlijke reviews van bedrijven van dezelfde omvang.",
            "evidence.review_site": "Beoordeeld met 4,5 van de 5; lof voor de inrichting, "
                                    "klachten over de rapportages.",
        },
        "card-conference": {
            "title": "Branchecongres", "channel": "Stand en klantpresentatie",
            "owner": "Marketing",
            "notes": "Ontmoet het team bij de stand en hoort een klant vertellen over het eerste "
                     "jaar.",
        },
        "card-pricing-page": {
            "title": "Prijspagina", "channel": "Website", "owner": "Marketing",
            "customer_goal": "De kosten uitrekenen voor vier behandelaars en 300 medewerkers.",
            "expectations": "Een prijs per behandelaar zonder eerst een gesprek te moeten "
                            "inplannen.",
            "pain_points": "Bij het pakket dat hij nodig heeft, staat alleen 'neem contact op'.",
            "ideas": "Publiceer alle prijzen en voeg een kostencalculator toe.",
            "evidence.analytics": "Een derde van alle bezoeken eindigt op de prijspagina.",
        },
        "card-email-campaign": {
            "title": "E-mailcampagne", "channel": "E-mailreeks na een download",
            "owner": "Marketing",
            "notes": "Drie e-mails nadat hij de checklist voor het vergelijken van tools heeft "
                     "gedownload.",
        },
        "card-free-trial": {
            "title": "Gratis proefperiode", "channel": "Proefaccount", "owner": "Productteam",
            "customer_goal": "Een gewone week aan tickets door de tool halen.",
            "expectations": "In één middag ingericht, met de echte mailbox gekoppeld.",
            "desired_think": "Dit zou bij ons werken.",
            "desired_do": "Het team uitnodigen en de gedeelde mailbox koppelen.",
            "desired_feel": "Opgelucht dat het eenvoudiger is dan hij vreesde.",
        },
        "card-trial-emails": {
            "title": "E-mails tijdens de proefperiode",
            "channel": "Automatische e-mails tijdens de proefperiode", "owner": "Marketing",
            "pain_points": "Elke dag een e-mail over functies die hij niet nodig heeft; geen "
                           "enkele zegt hoeveel dagen er nog over zijn.",
        },
        "card-product-demo": {
            "title": "Productdemo", "channel": "Videogesprek", "owner": "Sales",
            "notes": "Een technisch adviseur laat rapportages en automatisering zien op zijn "
                     "eigen proefdata.",
            "evidence.interview": "Kopers die tijdens de proefperiode een demo kregen, noemen "
                                  "die het keerpunt.",
        },
        "card-sales-call": {
            "title": "Verkoopgesprek", "channel": "Telefoon", "owner": "Sales",
            "notes": "Vragen over het aantal behandelaars, de planning en wie er beslist.",
        },
        "card-security-docs": {
            "title": "Beveiligingsdocumentatie",
            "channel": "Trustpagina, documenten op aanvraag",
            "owner": "Security en juridische zaken",
            "pain_points": "De verwerkersovereenkomst moet per e-mail worden aangevraagd en dat "
                           "duurt een week.",
        },
        "card-quote": {
            "title": "Offerte en contract", "channel": "E-mail met pdf", "owner": "Sales",
            "notes": "Offerte voor drie jaar met korting in het eerste jaar.",
            "pain_points": "De financiële inkoper ziet de prijs voor jaar twee en drie niet.",
        },
        "card-supplier-questionnaire": {
            "title": "Leveranciersvragenlijst", "channel": "Inkoopportaal", "owner": "Financiën",
            "notes": "Veertig vragen over beveiliging, financiën en duurzaamheid.",
        },
        "card-e-signing": {
            "title": "Contract online ondertekenen",
            "channel": "Dienst voor digitale handtekeningen",
            "owner": "Sales",
            "notes": "De financieel manager tekent binnen een paar minuten.",
        },
        "card-invoice": {
            "title": "Factuur", "channel": "Factuur per e-mail", "owner": "Financiën",
            "pain_points": "Op de eerste factuur ontbreekt het inkoopordernummer, dus die wordt "
                           "teruggestuurd.",
            "ideas": "Vraag bij het tekenen naar het ordernummer en zet het op elke factuur.",
        },
        "card-welcome-email": {
            "title": "Welkomstmail", "channel": "E-mail", "owner": "Klantsucces",
            "notes": "Noemt de implementatiemanager en linkt naar de installatiehandleidingen.",
        },
        "card-kickoff": {
            "title": "Kick-offmeeting", "channel": "Videogesprek", "owner": "Klantsucces",
            "customer_goal": "Een plan afspreken om binnen een maand live te gaan.",
            "expectations": "Mensen die al weten wat er tijdens de verkoop is beloofd.",
            "pain_points": "Hij legt de inrichting opnieuw uit, omdat de verkoopnotities niet "
                           "zijn doorgegeven.",
            "desired_think": "Ze kennen onze situatie.",
            "evidence.interview": "Meerdere nieuwe klanten vertellen dat ze hun wensen bij de "
                                  "kick-off opnieuw moesten uitleggen.",
        },
        "card-setup-guides": {
            "title": "Installatiehandleidingen", "channel": "Helpcentrum", "owner": "Support",
            "notes": "Stapsgewijze handleidingen voor single sign-on, e-mailkanalen en het "
                     "importeren van gebruikers.",
        },
        "card-who-to-contact": {
            "title": "Bij wie kun je terecht met een probleem?",
            "channel": "Contactgegevens in e-mails, helpcentrum en contract",
            "owner": "Klantsucces",
            "pain_points": "Volgens de welkomstmail vraag je het de implementatiemanager, "
                           "volgens het helpcentrum maak je een ticket aan, en het contract "
                           "noemt een algemene mailbox.",
            "ideas": "Eén contactpagina per klant, met een link vanuit elke e-mail.",
            "evidence.support_log": "Een op de vier vroege tickets kwam eerst op de verkeerde "
                                    "plek terecht.",
        },
        "card-support-tickets": {
            "title": "Supporttickets", "channel": "Supportportaal en chat", "owner": "Support",
            "evidence.survey": "Korte enquête na elk gesloten ticket.",
        },
        "card-user-conference": {
            "title": "Gebruikersdag", "channel": "Jaarlijks klantevenement",
            "owner": "Marketing",
            "notes": "Klanten vertellen hoe ze werken; het productteam laat zien wat er komt.",
        },
        "card-update-emails": {
            "title": "Mails met productnieuws", "channel": "Maandelijkse e-mail",
            "owner": "Productteam",
            "notes": "Nieuwe functies en tips, vaker gelezen door de behandelaars dan door de "
                     "IT-manager.",
        },
        "card-renewal": {
            "title": "Verlengingsgesprek", "channel": "Gesprek met de accountmanager",
            "owner": "Klantsucces",
            "customer_goal": "Beslissen of het contract wordt verlengd, en voor hoeveel "
                             "behandelaars.",
            "expectations": "Gebruikscijfers en de prijs voor volgend jaar ruim voor de "
                            "deadline.",
        },
        "card-goal-need": {"title": "Geen verzoeken meer kwijtraken in de gedeelde mailbox"},
        "card-goal-research": {"title": "Een shortlist van drie tools die bij het team passen"},
        "card-goal-evaluate": {"title": "Aantonen dat het werkt met echte tickets"},
        "card-goal-buy": {"title": "Een eerlijk contract, zonder vertraging getekend"},
        "card-goal-onboard": {"title": "Binnen een maand live"},
        "card-goal-adopt": {"title": "Geen verloren verzoeken, helder zicht op de werklast"},
        "card-question-research": {"title": "Wat kosten vier behandelaars?"},
        "card-question-evaluate": {"title": "Werkt het met onze single sign-on?"},
        "card-question-buy": {"title": "Wie moet goedkeuren en tekenen?"},
        "card-question-onboard": {"title": "Wie bellen we als de import mislukt?"},
        "card-question-adopt": {"title": "Is verlengen tegen de nieuwe prijs het waard?"},
        "card-pain-research": {"title": "Belangrijke prijzen verstopt achter 'neem contact op'"},
        "card-pain-evaluate": {"title": "Proefperiode loopt af voordat de beveiligingsreview "
                                        "klaar is"},
        "card-pain-buy": {"title": "Factuur afgewezen: geen ordernummer"},
        "card-pain-onboard": {"title": "Wensen opnieuw uitgelegd bij de kick-off"},
        "card-idea-research": {"title": "Openbare prijzen en een kostencalculator"},
        "card-idea-evaluate": {"title": "Proefperiode verlengen zolang er een deal loopt"},
        "card-idea-onboard": {"title": "Verkoopnotities overdragen aan klantsucces"},
        "card-team-need": {"title": "Marketing (content)"},
        "card-team-research": {"title": "Marketing"},
        "card-team-evaluate": {"title": "Sales, technisch adviseurs, product"},
        "card-team-buy": {"title": "Sales, financiën, juridisch"},
        "card-team-onboard": {"title": "Klantsucces, support"},
        "card-team-adopt": {"title": "Support, klantsucces, product"},
    },
}

TEXT: LanguageText = {
    "lanes": {
        "lane-goals": "Doelen van de klant",
        "lane-questions": "Vragen",
        "lane-touchpoints": "Klantcontactpunten",
        "lane-emotion": "Emotie",
        "lane-pain": "Pijnpunten",
        "lane-ideas": "Ideeën",
        "lane-teams": "Teams",
    },
    "metrics": {
        "csat": {"name": "Klanttevredenheid (CSAT, 1-5)", "source": "Enquête na elke melding"},
        "conversion": {"name": "Conversieratio (%)", "source": "Webanalyse"},
        "trial_conversion": {"name": "Proefperiodes die klant worden (%)", "source": "CRM"},
        "early_tickets": {"name": "Tickets per klant in de eerste 90 dagen",
                          "source": "Ticketsysteem"},
    },
    "templates": {"blank": BLANK, "retail": RETAIL, "b2b-software": B2B},
}
