"""Finnish text of the bundled templates (same keys as en.py).

Vocabulary: "asiakaspolku" for the journey, "kosketuspisteet" for the lane of touchpoints
(the service-design term), "asiakastilanne" in running text (the Finnish article's word),
"puskaradio" for word of mouth, "jälkihoito" for the follow-up after a sale.
"""

from __future__ import annotations

from .types import LanguageText, TemplateText

BLANK: TemplateText = {
    "title": "Tyhjä asiakaspolkukartta",
    "journey": {"name": "Uusi asiakaspolku", "goal": "", "description": ""},
    "departments": [],
    "personas": {},
    "stages": {
        "stage-before": {
            "name": "Inspiraatio",
            "description": "Asiakas huomaa tarpeen ja etsii tapaa ratkaista sen.",
        },
        "stage-during": {
            "name": "Valinta ja osto",
            "description": "Asiakas vertailee vaihtoehtoja, tekee päätöksen ja ostaa.",
        },
        "stage-after": {
            "name": "Toimitus ja käyttö",
            "description": "Toimitus, laskut, käyttö, tuki ja kaikki muu, mikä seuraa kaupan "
                           "jälkeen.",
        },
    },
    "lanes": {},
    "cards": {},
}

RETAIL: TemplateText = {
    "title": "Vähittäiskaupan asiakaspolku",
    "journey": {
        "name": "Sohvan ostaminen",
        "goal": "Nostetaan tyytyväisyyttä koko ostopolulla ensimmäisestä mainoksesta "
                "toimituksen jälkeiseen apuun etsimällä kohdat, joissa kokemus katkeaa kanavien "
                "välillä.",
        "description": "Nykytilan kartta asiakkaasta, joka ostaa sohvan sisustusketjulta, jolla "
                       "on myymälöitä ja verkkokauppa. Mukana ovat kaikki luettelon "
                       "asiakastilanteet ennen ostoa, sen aikana ja sen jälkeen: korvatkaa "
                       "esimerkit omilla havainnoillanne.",
    },
    "departments": ["Markkinointi", "Verkkokauppa", "Myymälät", "Logistiikka", "Talous",
                    "Asiakaspalvelu"],
    "personas": {
        "persona-first-home": {
            "name": "Aino Virtanen",
            "segment": "Nuoret parit, jotka sisustavat ensimmäistä yhteistä kotiaan",
            "goals": "Mukava ja kestävä sohva, joka mahtuu budjettiin ja toimitetaan hänelle "
                     "sopivana päivänä.",
            "needs": "Rehellisiä arvosteluja, toimituspäivä, johon voi luottaa, mahdollisuus "
                     "kokeilla sohvaa ennen ostoa, joustava maksutapa.",
            "frustrations": "Verkkosivu ja myymälä kertovat eri asioita, koko päivä kotona "
                            "toimitusta odotellen, puhelinnumeron etsiminen, kun jokin menee "
                            "pieleen.",
            "quote": "Kolme viikkoa odotusta ei haittaa. Haittaa se, etten tiedä, mitkä kolme "
                     "viikkoa.",
        },
    },
    "stages": {
        "stage-discover": {
            "name": "Inspiraatio",
            "description": "Vanha sohva ei enää sovi; ideoita alkaa tulla joka suunnasta.",
        },
        "stage-research": {
            "name": "Tiedonhaku",
            "description": "Merkkien, hintojen ja muiden ostajien kokemusten vertailua.",
        },
        "stage-choose": {
            "name": "Valinta",
            "description": "Vaihtoehdot karsitaan verkossa, ja suosikkeja käydään kokeilemassa "
                           "myymälässä.",
        },
        "stage-buy": {
            "name": "Osto",
            "description": "Päätös, tilaus ja maksu.",
        },
        "stage-receive": {
            "name": "Maksu ja toimitus",
            "description": "Tilauksen tilatiedot, lasku ja itse toimitus.",
        },
        "stage-use": {
            "name": "Käyttö ja tuki",
            "description": "Arki sohvan kanssa, avun saaminen ja myymälän uudet yhteydenotot.",
        },
    },
    "lanes": {
        "lane-social": "Sosiaalinen media ja julkisuus",
        "lane-online": "Verkkosivusto ja verkkopalvelut",
        "lane-store": "Myymälä ja henkilökunta",
        "lane-mail": "Sähköposti ja kirjeet",
        "lane-service": "Asiakaspalvelu ja tuki",
        "lane-teams": "Tiimit kosketuspisteen takana",
        "lane-systems": "Järjestelmät ja kumppanit",
    },
    "cards": {
        "card-advertising": {
            "title": "Mainonta", "channel": "Verkkovideot ja bussikatosmainokset",
            "owner": "Markkinointi",
            "notes": "Kevätkampanja olohuoneen kalusteille.",
            "pain_points": "Mainoksessa on yksi sohva, mutta linkki avaa etusivun.",
            "ideas": "Ohjataan jokainen mainos laskeutumissivulle, joka esittelee juuri "
                     "mainoksen mallin.",
            "evidence.analytics": "Klikkauksia tulee hyvin, mutta suurin osa mainoksen kautta "
                                  "tulleista poistuu minuutin sisällä.",
        },
        "card-social-media": {
            "title": "Sosiaalinen media", "channel": "Instagram ja Facebook",
            "owner": "Some-tiimi",
            "notes": "Ystävät julkaisevat kuvia uusista olohuoneistaan; tilimme jakaa niistä "
                     "osan.",
        },
        "card-word-of-mouth": {
            "title": "Puskaradio", "channel": "Ystävät, perhe, työkaverit",
            "owner": "Kaikki tiimit",
            "notes": "Työkaveri kehuu maasta taivaisiin sohvaa, jonka osti viime vuonna.",
            "evidence.interview": "Puolet haastattelemistamme ostajista kuuli meistä "
                                  "ensimmäisen kerran joltakulta tutultaan.",
        },
        "card-pr": {
            "title": "PR", "channel": "Sisustuslehdet", "owner": "Viestintä",
            "notes": "Designlehti julkaisee jutun uudesta sohvamallistosta.",
        },
        "card-community": {
            "title": "Paikallinen yhteisötoiminta",
            "channel": "Paikalliset tapahtumat ja sponsorointi", "owner": "Myymälän johto",
            "notes": "Lähimyymälä sisusti kaupunginkirjaston lukunurkkauksen.",
        },
        "card-ratings-reviews": {
            "title": "Arviot ja arvostelut", "channel": "Arvostelusivustot ja tuotesivut",
            "owner": "Verkkokauppatiimi",
            "customer_goal": "Selvittää, säilyttääkö sohva muotonsa vielä muutaman vuoden "
                             "päästä.",
            "expectations": "Paljon tuoreita arvosteluja hänen kotiaan muistuttavista kodeista.",
            "pain_points": "Arvostelut ovat hajallaan useilla sivustoilla, ja niitä on vaikea "
                           "vertailla.",
            "evidence.review_site": "Keskiarvo 4,1/5; useimmat huonot arviot koskevat "
                                    "toimitusta, eivät tuotetta.",
        },
        "card-testimonials": {
            "title": "Asiakkaiden suosittelut", "channel": "Asiakastarinat verkkosivuilla",
            "owner": "Markkinointi",
            "notes": "Lyhyitä tarinoita ja kuvia asiakkaiden omista kodeista.",
        },
        "card-website": {
            "title": "Verkkosivusto", "channel": "Verkkokauppa", "owner": "Verkkokauppatiimi",
            "customer_goal": "Vertailla malleja, kankaita ja hintoja ja nähdä, milloin sohvan "
                             "voi saada.",
            "expectations": "Todelliset varastosaldot ja toimituspäivä, johon voi luottaa.",
            "pain_points": "Tuotesivu lupaa toimituksen 3-5 päivässä; myymälässä sama sohva "
                           "tulee neljässä viikossa.",
            "desired_think": "He tietävät tarkalleen, milloin sohvani tulee.",
            "desired_do": "Tallentaa suosikin ja varata ajan sen kokeilemiseen myymälässä.",
            "desired_feel": "Luottavainen, asiat hallinnassa.",
            "ideas": "Haetaan toimituspäivät samasta varastojärjestelmästä, jota myymälät "
                     "käyttävät.",
            "evidence.analytics": "Moni kävijä poistuu tuotesivulta heti avattuaan "
                                  "toimitustiedot.",
        },
        "card-catalog": {
            "title": "Kuvasto", "channel": "Painettu kuvasto postissa", "owner": "Markkinointi",
            "notes": "Vuoden kuvasto kolahtaa postiluukusta; hän taittaa kolmen sohvasivun "
                     "kulmat.",
        },
        "card-promotions": {
            "title": "Kampanjat", "channel": "Kampanjasivu ja jäsenkoodit",
            "owner": "Markkinointi",
            "notes": "Jäsenille 15 % alennus; kampanjasivulla luetellaan mukana olevat mallit.",
        },
        "card-store": {
            "title": "Myymälä", "channel": "Myymälä", "owner": "Myymälähenkilökunta",
            "customer_goal": "Istua sohvilla ja tunnustella kankaita.",
            "expectations": "Verkossa tallennetut mallit ovat esillä.",
            "desired_feel": "Tervetullut, ja aikaa kokeilla rauhassa.",
            "evidence.observation": "Sohvaosastolla on ruuhkaisinta viikonloppuiltapäivisin, "
                                    "jolloin vapaita myyjiä on vähiten.",
        },
        "card-sales-staff": {
            "title": "Myyjät", "channel": "Myymälä", "owner": "Myymälähenkilökunta",
            "notes": "Auttavat koon ja kankaan valinnassa ja varaavat toimituksen.",
            "pain_points": "Myyjät eivät näe verkkokaupan toimituspäiviä ja lupaavat omiaan.",
        },
        "card-phone-line": {
            "title": "Puhelinpalvelu", "channel": "Asiakaspalvelun numero",
            "owner": "Asiakaspalvelu",
            "notes": "Hän soittaa ja kysyy, onko harmaata kangasta varastossa, ennen kuin lähtee "
                     "ajamaan myymälään.",
            "pain_points": "Lounasaikaan pitkä jono, eikä valikossa ole vaihtoehtoa "
                           "varastokysymyksille.",
        },
        "card-point-of-sale": {
            "title": "Kassa", "channel": "Myymälän kassa", "owner": "Myymälähenkilökunta",
            "customer_goal": "Maksaa turvallisesti ja jakaa kustannus osiin.",
            "expectations": "Useita maksutapoja ja kuitti, jossa näkyy toimituspäivä.",
        },
        "card-transactional-emails": {
            "title": "Tilaus- ja toimitusviestit",
            "channel": "Tilausvahvistus ja toimitusilmoitukset", "owner": "Verkkokauppatiimi",
            "customer_goal": "Tietää, mitä on tilannut ja milloin se tulee.",
            "expectations": "Vahvistus heti ja toimitusaika hyvissä ajoin.",
            "pain_points": "Toimituksen aikaikkuna ilmoitetaan vasta edellisenä iltana.",
            "desired_think": "Tiedän, milloin minun pitää olla kotona.",
            "ideas": "Lähetetään seurantalinkki ja kahden tunnin aikaikkuna kolme päivää "
                     "etukäteen.",
            "evidence.support_log": "”Missä tilaukseni on?” on yleisin syy soittaa.",
        },
        "card-billing": {
            "title": "Laskutus", "channel": "Lasku ja osamaksusopimus", "owner": "Talous",
            "notes": "Osamaksulaskut tulevat maksukumppanilta sen omalla nimellä.",
            "pain_points": "Hän ei tunnista lähettäjää ja jättää ensimmäisen laskun melkein "
                           "huomiotta.",
        },
        "card-thank-you-card": {
            "title": "Kiitoskortti",
            "channel": "Toimituksen yhteydessä jätetty käsin kirjoitettu viesti",
            "owner": "Logistiikka",
            "notes": "Työpajan idea: kuljettajat jättävät kortin, jossa on hoito-ohjeita.",
            "desired_feel": "Kohdeltu ihmisenä eikä tilausnumerona.",
        },
        "card-online-help-center": {
            "title": "Ohjekeskus verkossa", "channel": "Ohjesivut verkkosivustolla",
            "owner": "Asiakaspalvelu",
            "customer_goal": "Löytää hoito-ohjeet ja tavan ilmoittaa ratkenneesta saumasta.",
            "pain_points": "Yhteystiedot ovat pitkän UKK-sivun alalaidassa.",
        },
        "card-service-support": {
            "title": "Asiakaspalvelu ja tuki", "channel": "Puhelin, chat ja sähköposti",
            "owner": "Asiakaspalvelu",
            "expectations": "Yksi ihminen, joka hoitaa asian ilman, että tarina pitää kertoa "
                            "kahdesti.",
            "desired_do": "Ilmoittaa ongelmasta kerran, kuvan kanssa.",
            "evidence.survey": "Lyhyt kysely jokaisen ratkaistun tapauksen jälkeen.",
        },
        "card-follow-up": {
            "title": "Jälkihoito", "channel": "Palautekysely", "owner": "Asiakaspalvelu",
            "notes": "Kysely kaksi viikkoa toimituksen jälkeen.",
            "ideas": "Kysytään yksi kysymys toimituksesta ja yksi sohvasta, ei kahtakymmentä.",
        },
        "card-marketing-emails": {
            "title": "Markkinointisähköpostit", "channel": "Uutiskirje",
            "owner": "Markkinointi",
            "notes": "Tarjouksia tyynyistä ja torkkupeitoista, jotka sopivat hänen sohvaansa.",
            "pain_points": "Ensimmäisessä uutiskirjeessä hänen sohvansa oli halvemmalla.",
        },
        "card-goal-discover": {"title": "Löytää uuteen olohuoneeseen sopiva sohva"},
        "card-goal-research": {"title": "Selvittää, mitkä mallit kestävät ja mitä ne "
                                        "maksavat"},
        "card-goal-choose": {"title": "Kokeilla suosikkeja, valita koko ja kangas"},
        "card-goal-buy": {"title": "Maksaa turvallisesti ja sopia toimituspäivästä"},
        "card-goal-receive": {"title": "Saada sohva kotiin ehjänä luvattuna päivänä"},
        "card-goal-use": {"title": "Nauttia sohvasta ja saada nopeasti apua, jos jokin on "
                                   "vialla"},
        "card-question-research": {"title": "Kestääkö se lapset ja koiran?"},
        "card-question-choose": {"title": "Milloin sen oikeasti saa kotiin?"},
        "card-question-buy": {"title": "Voinko jakaa maksun vuodelle?"},
        "card-question-receive": {"title": "Missä tilaukseni on juuri nyt?"},
        "card-question-use": {"title": "Keneen otan yhteyttä ratkenneesta saumasta?"},
        "card-pain-research": {"title": "Arvostelut hajallaan monella sivustolla"},
        "card-pain-choose": {"title": "Verkko ja myymälä ilmoittavat eri toimitusajat"},
        "card-pain-receive": {"title": "Toimitusaika kerrotaan vasta edellisenä iltana"},
        "card-pain-use": {"title": "Tuen yhteystietoja on vaikea löytää"},
        "card-idea-choose": {"title": "Yksi lähde varasto- ja toimitustiedoille verkolle ja "
                                      "myymälälle"},
        "card-idea-receive": {"title": "Seurantalinkki ja kahden tunnin aikaikkuna kolme "
                                       "päivää etukäteen"},
        "card-idea-use": {"title": "Yhteystiedot laskuun ja jokaiseen sähköpostiin"},
        "card-team-discover": {"title": "Markkinointi, viestintä"},
        "card-team-research": {"title": "Verkkokauppa (arvostelut), markkinointi"},
        "card-team-choose": {"title": "Verkkokauppa, myymälähenkilökunta"},
        "card-team-buy": {"title": "Myymälähenkilökunta, maksukumppani"},
        "card-team-receive": {"title": "Logistiikka, talous"},
        "card-team-use": {"title": "Asiakaspalvelu"},
        "card-system-web-stock": {"title": "Verkkokaupan varastosyöte"},
        "card-system-store-stock": {"title": "Myymälän varastolista, päivittyy öisin"},
        "card-system-payment": {"title": "Maksupalvelu"},
        "card-system-carrier": {"title": "Kuljetusyhtiön seurantajärjestelmä"},
        "card-system-tickets": {"title": "Tukipyyntöjärjestelmä"},
    },
}

B2B: TemplateText = {
    "title": "B2B-ohjelmiston ostajan asiakaspolku",
    "journey": {
        "name": "Palvelupistetyökalun valinta",
        "goal": "Vähennetään uuden asiakkaan tukipyyntöjä ensimmäisten 90 päivän aikana "
                "kolmanneksella keskittymällä siirtoon myynniltä, käyttöönottoon ja "
                "ohjekeskukseen.",
        "description": "Nykytilan kartta noin 300 hengen yrityksestä, joka vaihtaa yhteisen "
                       "IT-postilaatikon pilvipohjaiseen palvelupisteeseen. Kuvattu arviointia "
                       "vetävän IT-päällikön näkökulmasta; talouspuolen ostaja tulee mukaan, "
                       "kun on oston aika.",
    },
    "departments": ["Myynti", "Asiakasmenestys", "Tuki", "Talous", "Markkinointi"],
    "personas": {
        "persona-it-lead": {
            "name": "Juha Mäkinen",
            "segment": "IT-päällikkö keskisuuressa yrityksessä (100-500 työntekijää)",
            "goals": "Yksi palvelupiste, jota hänen neljän hengen tiiminsä pystyy pyörittämään "
                     "ilman konsultteja.",
            "needs": "Kokeilujakso oikealla datalla, kertakirjautuminen, selkeät "
                     "tietoturva-asiakirjat ja hinta, jonka hän pystyy perustelemaan.",
            "frustrations": "Myyntipuhelut ennen kuin hän on nähnyt tuotetta, hinnat lomakkeen "
                            "takana, kokeilujakso, joka päättyy kesken testauksen.",
            "quote": "Antakaa minun ajaa tavallisen viikon tukipyynnöt sen läpi, ennen kuin "
                     "kukaan lähettää sopimusta.",
        },
        "persona-buyer": {
            "name": "Leena Heikkinen",
            "segment": "Talous ja hankinnat keskisuuressa yrityksessä",
            "goals": "Ennustettava kustannus koko sopimuskauden ajan ja ehdot, jotka läpäisevät "
                     "hankintaohjeen.",
            "needs": "Käyttäjäkohtainen hinta kirjallisena, vakiomuotoinen "
                     "tietojenkäsittelysopimus, laskut, joissa on tilausnumero.",
            "frustrations": "Hinnat, jotka nousevat ensimmäisen vuoden jälkeen, laskut, jotka "
                            "eivät vastaa tilausta, epätietoisuus siitä, kenen pitää "
                            "allekirjoittaa.",
            "quote": "Näyttäkää minulle kolmen vuoden kokonaishinta yhdellä sivulla.",
        },
    },
    "stages": {
        "stage-need": {
            "name": "Tarpeen tunnistaminen",
            "description": "Pyynnöt hukkuvat yhteiseen postilaatikkoon; IT-päällikkö etsii "
                           "ratkaisua.",
        },
        "stage-research": {
            "name": "Tiedonhaku",
            "description": "Hakua, lukemista ja kollegoiden kyselyä siitä, mitkä työkalut "
                           "sopivat tämänkokoiselle tiimille.",
        },
        "stage-evaluate": {
            "name": "Arviointi",
            "description": "Esittely, kokeilu tiimin omilla tukipyynnöillä, "
                           "tietoturvakatselmus.",
        },
        "stage-buy": {
            "name": "Osto",
            "description": "Tarjous, hankintatarkistukset, sopimus ja ensimmäinen lasku.",
        },
        "stage-onboard": {
            "name": "Käyttöönotto",
            "description": "Aloituspalaveri, asetukset, kertakirjautuminen, ensimmäiset "
                           "käyttäjät siirtyvät.",
        },
        "stage-adopt": {
            "name": "Käyttö ja jatko",
            "description": "Päivittäinen käyttö, tuki, uudet ominaisuudet ja päätös sopimuksen "
                           "jatkamisesta.",
        },
    },
    "lanes": {
        "lane-search": "Verkkohaku ja blogit",
        "lane-events": "Tapahtumat ja konferenssit",
        "lane-sales": "Myynti ja esittelyt",
        "lane-web": "Verkkosivusto ja kokeilu",
        "lane-email": "Sähköposti",
        "lane-support": "Tuki ja ohjekeskus",
    },
    "cards": {
        "card-peer-advice": {
            "title": "Kollegoiden neuvot", "channel": "IT-foorumi", "owner": "Kaikki tiimit",
            "notes": "Toinen IT-päällikkö kertoo foorumiketjussa, että kunnon palvelupiste "
                     "pelasti hänen tiiminsä.",
        },
        "card-online-search": {
            "title": "Verkkohaku", "channel": "Hakukone", "owner": "Markkinointi",
            "customer_goal": "Selvittää, millä nimellä tällaisia työkaluja kutsutaan ja mitä "
                             "vaihtoehtoja on.",
            "notes": "Hakee sanoilla ”helpdesk pienelle IT-tiimille”; oppaamme on ensimmäisellä "
                     "sivulla.",
        },
        "card-blog": {
            "title": "Blogikirjoitus", "channel": "Yrityksen blogi", "owner": "Markkinointi",
            "notes": "Opas: viisi merkkiä siitä, että yhteinen postilaatikko on käynyt teille "
                     "liian pieneksi.",
            "evidence.analytics": "Luetuin sivu niiden kävijöiden joukossa, jotka aloittavat "
                                  "myöhemmin kokeilun.",
        },
        "card-review-sites": {
            "title": "Ohjelmistojen arvostelusivustot",
            "channel": "Vertailu- ja arvostelusivustot", "owner": "Markkinointi",
            "expectations": "Rehellisiä arvioita samankokoisilta yrityksiltä.",
            "evidence.review_site": "Arvosana 4,5/5; kiitosta käyttöönotosta, moitteita "
                                    "raporteista.",
        },
        "card-conference": {
            "title": "Alan konferenssi", "channel": "Messuosasto ja asiakkaan puheenvuoro",
            "owner": "Markkinointi",
            "notes": "Tapaa tiimin osastolla ja kuulee asiakkaan kertovan ensimmäisestä "
                     "vuodestaan.",
        },
        "card-pricing-page": {
            "title": "Hinnastosivu", "channel": "Verkkosivusto", "owner": "Markkinointi",
            "customer_goal": "Laskea hinta neljälle tukihenkilölle ja 300 työntekijälle.",
            "expectations": "Hinta tukihenkilöä kohden ilman puhelun varaamista.",
            "pain_points": "Hänen tarvitsemansa paketin kohdalla lukee vain ”ota yhteyttä”.",
            "ideas": "Julkaistaan kaikki hinnat ja lisätään hintalaskuri.",
            "evidence.analytics": "Kolmannes kaikista käynneistä päättyy hinnastosivulle.",
        },
        "card-email-campaign": {
            "title": "Sähköpostikampanja", "channel": "Sähköpostisarja latauksen jälkeen",
            "owner": "Markkinointi",
            "notes": "Kolme viestiä sen jälkeen, kun hän on ladannut vertailun "
                     "tarkistuslistan.",
        },
        "card-free-trial": {
            "title": "Ilmainen kokeilu", "channel": "Kokeilutili", "owner": "Tuotetiimi",
            "customer_goal": "Ajaa tavallisen viikon tukipyynnöt työkalun läpi.",
            "expectations": "Käyttövalmis yhdessä iltapäivässä, oikea postilaatikko "
                            "kytkettynä.",
            "desired_think": "Tämä toimisi meillä.",
            "desired_do": "Kutsua tiimi mukaan ja kytkeä yhteinen postilaatikko.",
            "desired_feel": "Helpottunut, että se on pelättyä yksinkertaisempi.",
        },
        "card-trial-emails": {
            "title": "Kokeilun sähköpostit", "channel": "Automaattiset viestit kokeilun aikana",
            "owner": "Markkinointi",
            "pain_points": "Joka päivä viesti ominaisuuksista, joita hän ei tarvitse; mikään "
                           "ei kerro, montako päivää on jäljellä.",
        },
        "card-product-demo": {
            "title": "Tuote-esittely", "channel": "Videopalaveri", "owner": "Myynti",
            "notes": "Myyntiinsinööri näyttää raportit ja automaatiot hänen omalla "
                     "kokeiludatallaan.",
            "evidence.interview": "Ostajat, jotka saivat esittelyn kokeilun aikana, pitävät "
                                  "sitä käännekohtana.",
        },
        "card-sales-call": {
            "title": "Myyntipuhelu", "channel": "Puhelin", "owner": "Myynti",
            "notes": "Kysymyksiä tukihenkilöiden määrästä, aikataulusta ja siitä, kuka päättää.",
        },
        "card-security-docs": {
            "title": "Tietoturvadokumentaatio", "channel": "Luottamussivu, asiakirjat pyynnöstä",
            "owner": "Tietoturva ja lakiasiat",
            "pain_points": "Tietojenkäsittelysopimus pitää pyytää sähköpostilla, ja sen "
                           "saaminen kestää viikon.",
        },
        "card-quote": {
            "title": "Tarjous ja sopimus", "channel": "Sähköposti ja PDF", "owner": "Myynti",
            "notes": "Kolmen vuoden tarjous, jossa ensimmäinen vuosi alennettuun hintaan.",
            "pain_points": "Talouspuolen ostaja ei näe toisen ja kolmannen vuoden hintaa.",
        },
        "card-supplier-questionnaire": {
            "title": "Toimittajakysely", "channel": "Hankintaportaali", "owner": "Talous",
            "notes": "Neljäkymmentä kysymystä tietoturvasta, taloudesta ja vastuullisuudesta.",
        },
        "card-e-signing": {
            "title": "Sopimuksen sähköinen allekirjoitus",
            "channel": "Sähköisen allekirjoituksen palvelu", "owner": "Myynti",
            "notes": "Talousjohtaja allekirjoittaa muutamassa minuutissa.",
        },
        "card-invoice": {
            "title": "Lasku", "channel": "Sähköpostilasku", "owner": "Talous",
            "pain_points": "Ensimmäisestä laskusta puuttuu ostotilauksen numero, ja se "
                           "palautetaan.",
            "ideas": "Kysytään tilausnumero allekirjoituksen yhteydessä ja merkitään se "
                     "jokaiseen laskuun.",
        },
        "card-welcome-email": {
            "title": "Tervetuloviesti", "channel": "Sähköposti", "owner": "Asiakasmenestys",
            "notes": "Kertoo käyttöönottovastaavan nimen ja linkittää asennusohjeisiin.",
        },
        "card-kickoff": {
            "title": "Aloituspalaveri", "channel": "Videopalaveri", "owner": "Asiakasmenestys",
            "customer_goal": "Sopia suunnitelmasta, jolla päästään tuotantoon kuukaudessa.",
            "expectations": "Ihmisiä, jotka jo tietävät, mitä myynnin aikana luvattiin.",
            "pain_points": "Hän selittää ympäristönsä uudelleen, koska myynnin muistiinpanoja "
                           "ei välitetty eteenpäin.",
            "desired_think": "He tuntevat tilanteemme.",
            "evidence.interview": "Moni uusi asiakas kertoo joutuneensa toistamaan tarpeensa "
                                  "aloituspalaverissa.",
        },
        "card-setup-guides": {
            "title": "Asennusohjeet", "channel": "Ohjekeskus", "owner": "Tuki",
            "notes": "Vaiheittaiset ohjeet kertakirjautumiseen, sähköpostikanaviin ja "
                     "käyttäjien tuontiin.",
        },
        "card-who-to-contact": {
            "title": "Keneen ottaa yhteyttä ongelmatilanteessa?",
            "channel": "Yhteystiedot sähköposteissa, ohjekeskuksessa ja sopimuksessa",
            "owner": "Asiakasmenestys",
            "pain_points": "Tervetuloviestin mukaan pitää kysyä käyttöönottovastaavalta, "
                           "ohjekeskuksen mukaan avata tukipyyntö, ja sopimuksessa mainitaan "
                           "yleinen postilaatikko.",
            "ideas": "Jokaiselle asiakkaalle oma yhteystietosivu, johon linkitetään jokaisesta "
                     "viestistä.",
            "evidence.support_log": "Joka neljäs varhainen tukipyyntö meni ensin väärään "
                                    "paikkaan.",
        },
        "card-support-tickets": {
            "title": "Tukipyynnöt", "channel": "Tukiportaali ja chat", "owner": "Tuki",
            "evidence.survey": "Lyhyt kysely jokaisen suljetun tukipyynnön jälkeen.",
        },
        "card-user-conference": {
            "title": "Käyttäjäkonferenssi", "channel": "Vuosittainen asiakastapahtuma",
            "owner": "Markkinointi",
            "notes": "Asiakkaat kertovat työtavoistaan; tuotetiimi näyttää, mitä on tulossa.",
        },
        "card-update-emails": {
            "title": "Tuotepäivitysviestit", "channel": "Kuukausittainen sähköposti",
            "owner": "Tuotetiimi",
            "notes": "Uusia ominaisuuksia ja vinkkejä; tukihenkilöt lukevat niitä useammin kuin "
                     "IT-päällikkö.",
        },
        "card-renewal": {
            "title": "Jatkosopimuksen katselmus",
            "channel": "Tapaaminen asiakkuuspäällikön kanssa", "owner": "Asiakasmenestys",
            "customer_goal": "Päättää, jatketaanko sopimusta ja kuinka monelle "
                             "tukihenkilölle.",
            "expectations": "Käyttöluvut ja ensi vuoden hinta hyvissä ajoin ennen määräpäivää.",
        },
        "card-goal-need": {"title": "Pyyntöjä ei enää katoa yhteiseen postilaatikkoon"},
        "card-goal-research": {"title": "Lyhyt lista kolmesta tiimille sopivasta työkalusta"},
        "card-goal-evaluate": {"title": "Osoittaa, että se toimii oikeilla tukipyynnöillä"},
        "card-goal-buy": {"title": "Reilu sopimus, allekirjoitettu ilman viivytyksiä"},
        "card-goal-onboard": {"title": "Tuotannossa kuukauden sisällä"},
        "card-goal-adopt": {"title": "Ei kadonneita pyyntöjä, selkeä kuva työkuormasta"},
        "card-question-research": {"title": "Mitä lisenssit neljälle tukihenkilölle maksavat?"},
        "card-question-evaluate": {"title": "Toimiiko se meidän kertakirjautumisemme kanssa?"},
        "card-question-buy": {"title": "Kenen pitää hyväksyä ja allekirjoittaa?"},
        "card-question-onboard": {"title": "Kenelle soitamme, kun tuonti epäonnistuu?"},
        "card-question-adopt": {"title": "Kannattaako jatkaa uudella hinnalla?"},
        "card-pain-research": {"title": "Tärkeät hinnat ”ota yhteyttä” -lomakkeen takana"},
        "card-pain-evaluate": {"title": "Kokeilu päättyy ennen kuin tietoturvakatselmus on valmis"},
        "card-pain-buy": {"title": "Lasku hylätty: tilausnumero puuttuu"},
        "card-pain-onboard": {"title": "Tarpeet kerrottava uudelleen aloituspalaverissa"},
        "card-idea-research": {"title": "Julkiset hinnat ja hintalaskuri"},
        "card-idea-evaluate": {"title": "Kokeilua jatketaan, kun kauppa on vielä kesken"},
        "card-idea-onboard": {"title": "Myynnin muistiinpanot siirretään asiakasmenestykselle"},
        "card-team-need": {"title": "Markkinointi (sisältö)"},
        "card-team-research": {"title": "Markkinointi"},
        "card-team-evaluate": {"title": "Myynti, myyntiinsinöörit, tuote"},
        "card-team-buy": {"title": "Myynti, talous, lakiasiat"},
        "card-team-onboard": {"title": "Asiakasmenestys, tuki"},
        "card-team-adopt": {"title": "Tuki, asiakasmenestys, tuote"},
    },
}

TEXT: LanguageText = {
    "lanes": {
        "lane-goals": "Asiakkaan tavoitteet",
        "lane-questions": "Kysymykset",
        "lane-touchpoints": "Kosketuspisteet",
        "lane-emotion": "Tunteet",
        "lane-pain": "Kipupisteet",
        "lane-ideas": "Ideat",
        "lane-teams": "Tiimit",
    },
    "metrics": {
        "csat": {"name": "Asiakastyytyväisyys (CSAT, 1-5)",
                 "source": "Kysely jokaisen tapauksen jälkeen"},
        "conversion": {"name": "Konversioprosentti (%)", "source": "Verkkoanalytiikka"},
        "trial_conversion": {"name": "Asiakkaaksi johtaneet kokeilut (%)", "source": "CRM"},
        "early_tickets": {"name": "Tukipyynnöt asiakasta kohden ensimmäisten 90 päivän aikana",
                          "source": "Tukipyyntöjärjestelmä"},
    },
    "templates": {"blank": BLANK, "retail": RETAIL, "b2b-software": B2B},
}
