<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>AboutBox</name>
    <message>
        <source>About Journey Editor</source>
        <translation>Tietoja Journey Editorista</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Uusi</translation>
    </message>
    <message>
        <source>New from &amp;Template…</source>
        <translation>Uusi &amp;mallista…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Avaa…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Tallenna</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Tallenna &amp;nimellä…</translation>
    </message>
    <message>
        <source>Ask for a Su&amp;mmary When Saving</source>
        <translation>Kysy &amp;yhteenvetoa tallennettaessa</translation>
    </message>
    <message>
        <source>On every save, ask for a short summary of what changed, kept in the map&apos;s history</source>
        <translation>Kysy joka tallennuksella lyhyt yhteenveto muutoksista kartan historiaan</translation>
    </message>
    <message>
        <source>Revision &amp;History…</source>
        <translation>Versio&amp;historia…</translation>
    </message>
    <message>
        <source>Compare with Saved &amp;Version</source>
        <translation>Vertaa tallennettuun &amp;versioon</translation>
    </message>
    <message>
        <source>What changed since the file was last saved</source>
        <translation>Mitä on muuttunut tiedoston edellisen tallennuksen jälkeen</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>Vi&amp;e…</translation>
    </message>
    <message>
        <source>&amp;Import Survey Results…</source>
        <translation>Tuo kyselyn tul&amp;okset…</translation>
    </message>
    <message>
        <source>Attach metrics from a survey CSV file to the touchpoints</source>
        <translation>Liitä kyselyn CSV-tiedoston mittarit kosketuspisteisiin</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Lopeta</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Kumoa</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Tee uudelleen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Leikkaa</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>K&amp;opioi</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>L&amp;iitä</translation>
    </message>
    <message>
        <source>Dup&amp;licate</source>
        <translation>&amp;Monista</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Poista</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Valitse kaikki</translation>
    </message>
    <message>
        <source>C&amp;onnect Selected Cards</source>
        <translation>&amp;Yhdistä valitut kortit</translation>
    </message>
    <message>
        <source>Draw an arrow from the first selected card to the second</source>
        <translation>Piirrä nuoli ensimmäisestä valitusta kortista toiseen</translation>
    </message>
    <message>
        <source>Edit in &amp;Inspector</source>
        <translation>Muokkaa Tarkast&amp;elijassa</translation>
    </message>
    <message>
        <source>Put the keyboard in the selected item&apos;s first field; Esc there comes back</source>
        <translation>Siirrä näppäimistö valitun kohteen ensimmäiseen kenttään; Esc siellä palaa takaisin</translation>
    </message>
    <message>
        <source>Add &amp;Card</source>
        <translation>Lisää &amp;kortti</translation>
    </message>
    <message>
        <source>Add &amp;Stage</source>
        <translation>Lisää &amp;vaihe</translation>
    </message>
    <message>
        <source>Add &amp;Lane</source>
        <translation>Lisää k&amp;aista</translation>
    </message>
    <message>
        <source>Show &amp;Unvalidated Cards Only</source>
        <translation>&amp;Näytä vain vahvistamattomat kortit</translation>
    </message>
    <message>
        <source>Dim the validated cards, so what still needs checking stands out</source>
        <translation>Himmennä vahvistetut kortit, jotta tarkistamattomat erottuvat</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>&amp;Asetukset…</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>L&amp;ähennä</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>L&amp;oitonna</translation>
    </message>
    <message>
        <source>Actual &amp;Size</source>
        <translation>&amp;Todellinen koko</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>Sovita &amp;ikkunaan</translation>
    </message>
    <message>
        <source>Next &amp;Pane</source>
        <translation>Se&amp;uraava paneeli</translation>
    </message>
    <message>
        <source>Move the keyboard to the next of the map, the panels and the toolbar</source>
        <translation>Siirrä näppäimistö seuraavaan: kartta, paneelit ja työkalurivi</translation>
    </message>
    <message>
        <source>Pre&amp;vious Pane</source>
        <translation>E&amp;dellinen paneeli</translation>
    </message>
    <message>
        <source>High &amp;Contrast</source>
        <translation>&amp;Suuri kontrasti</translation>
    </message>
    <message>
        <source>Black text on light cards, black headers and lines</source>
        <translation>Musta teksti vaaleilla korteilla, mustat otsikot ja viivat</translation>
    </message>
    <message>
        <source>&amp;Workshop Mode</source>
        <translation>Ty&amp;öpajatila</translation>
    </message>
    <message>
        <source>The map full screen for a projector: stage by stage, dot voting; Esc leaves</source>
        <translation>Kartta koko näytöllä projektorille: vaihe kerrallaan, pisteäänestys; Esc lopettaa</translation>
    </message>
    <message>
        <source>E&amp;xport as Web Page…</source>
        <translation>Vie &amp;web-sivuksi…</translation>
    </message>
    <message>
        <source>Overl&amp;ay Emotion Curves…</source>
        <translation>Tunnekäyrät &amp;yhdessä…</translation>
    </message>
    <message>
        <source>Export as &amp;Web Page…</source>
        <translation type="vanished">Vie &amp;verkkosivuksi…</translation>
    </message>
    <message>
        <source>The whole map in one HTML file that opens offline in any browser: zoom, pan, click a card for its fields</source>
        <translation>Koko kartta yhdessä HTML-tiedostossa, joka avautuu ilman verkkoa missä tahansa selaimessa: zoomaa, panoroi, napsauta korttia nähdäksesi sen kentät</translation>
    </message>
    <message>
        <source>Interview &amp;Guide…</source>
        <translation>Haastattelu&amp;runko…</translation>
    </message>
    <message>
        <source>Questions per stage and touchpoint for customer interviews, or a survey, in the map&apos;s language</source>
        <translation>Kysymykset vaiheittain ja kosketuspisteittäin asiakashaastatteluihin tai kysely kartan kielellä</translation>
    </message>
    <message>
        <source>Mark &amp;Baseline…</source>
        <translation>Merkitse vertailu&amp;kohta…</translation>
    </message>
    <message>
        <source>Keep the map as it is now under a name, to compare it with later</source>
        <translation>Säilytä kartta nykyisellään nimellä myöhempää vertailua varten</translation>
    </message>
    <message>
        <source>&amp;Emotion Curves Together…</source>
        <translation type="vanished">Tunne&amp;käyrät yhdessä…</translation>
    </message>
    <message>
        <source>The emotion curves of several journeys over the same stages, in one chart</source>
        <translation>Useiden polkujen tunnekäyrät samojen vaiheiden yli yhdessä kaaviossa</translation>
    </message>
    <message>
        <source>Pro&amp;perties…</source>
        <translation>Ominai&amp;suudet…</translation>
    </message>
    <message>
        <source>The map&apos;s title and what the file holds</source>
        <translation>Kartan otsikko ja tiedoston sisältö</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>&amp;Aloitusopas</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Pikanäppäimet</translation>
    </message>
    <message>
        <source>&amp;File Format</source>
        <translation>Tiedosto&amp;muoto</translation>
    </message>
    <message>
        <source>&amp;About Journey Editor</source>
        <translation>&amp;Tietoja Journey Editorista</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tiedosto</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Muokkaa</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Kartta</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Näytä</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ohje</translation>
    </message>
    <message>
        <source>On the map</source>
        <translation>Kartalla</translation>
    </message>
    <message>
        <source>Move the keyboard cursor across cells and cards</source>
        <translation>Siirrä näppäimistökohdistinta solujen ja korttien välillä</translation>
    </message>
    <message>
        <source>Next or previous card</source>
        <translation>Seuraava tai edellinen kortti</translation>
    </message>
    <message>
        <source>Edit the selected card, stage or lane name</source>
        <translation>Muokkaa valittua korttia tai vaiheen tai kaistan nimeä</translation>
    </message>
    <message>
        <source>Move the selected cards to the next cell</source>
        <translation>Siirrä valitut kortit seuraavaan soluun</translation>
    </message>
    <message>
        <source>Cancel a drag or an edit</source>
        <translation>Peru vetäminen tai muokkaus</translation>
    </message>
    <message>
        <source>Hold and drag to pan the map</source>
        <translation>Pidä pohjassa ja vedä panoroidaksesi karttaa</translation>
    </message>
    <message>
        <source>Leave the map for the next or previous control</source>
        <translation>Siirry kartalta seuraavaan tai edelliseen säätimeen</translation>
    </message>
    <message>
        <source>In the Inspector</source>
        <translation>Tarkastelijassa</translation>
    </message>
    <message>
        <source>Back to the map, the item still selected</source>
        <translation>Takaisin kartalle, kohde yhä valittuna</translation>
    </message>
    <message>
        <source>Workshop mode</source>
        <translation>Työpajatila</translation>
    </message>
    <message>
        <source>Previous or next stage</source>
        <translation>Edellinen tai seuraava vaihe</translation>
    </message>
    <message>
        <source>Back to the whole map</source>
        <translation>Takaisin koko karttaan</translation>
    </message>
    <message>
        <source>Scroll the stage up or down</source>
        <translation>Vieritä vaihetta ylös tai alas</translation>
    </message>
    <message>
        <source>Dot voting on or off</source>
        <translation>Pisteäänestys päälle tai pois</translation>
    </message>
    <message>
        <source>Vote as the first, second, third… participant</source>
        <translation>Äänestä ensimmäisenä, toisena, kolmantena… osallistujana</translation>
    </message>
    <message>
        <source>Leave workshop mode</source>
        <translation>Poistu työpajatilasta</translation>
    </message>
    <message>
        <source>Workshop timer</source>
        <translation>Työpajan ajastin</translation>
    </message>
    <message>
        <source>Show or hide the timer</source>
        <translation>Näytä tai piilota ajastin</translation>
    </message>
    <message>
        <source>Start, pause or resume the timer</source>
        <translation>Käynnistä, keskeytä tai jatka ajastinta</translation>
    </message>
    <message>
        <source>Add a minute to the timer</source>
        <translation>Lisää ajastimeen minuutti</translation>
    </message>
    <message>
        <source>Reset the timer to its full time</source>
        <translation>Palauta ajastin koko aikaan</translation>
    </message>
    <message>
        <source>The timer&apos;s menu: duration and sound at the end</source>
        <translation>Ajastimen valikko: kesto ja ääni lopussa</translation>
    </message>
    <message>
        <source>The timer&apos;s menu: 1, 3, 5, 10 minutes or another duration; sound at the end</source>
        <translation type="vanished">Ajastimen valikko: 1, 3, 5, 10 minuuttia tai muu kesto; ääni lopussa</translation>
    </message>
    <message>
        <source>Move the timer to the next corner</source>
        <translation>Siirrä ajastin seuraavaan kulmaan</translation>
    </message>
    <message>
        <source>Large or normal timer digits</source>
        <translation>Ajastimen isot tai tavalliset numerot</translation>
    </message>
</context>
<context>
    <name>Baselines</name>
    <message>
        <source>A map keeps at most {0} baselines: remove the name of one you no longer need in Revision History.</source>
        <translation>Kartta säilyttää enintään {0} vertailukohtaa: poista tarpeettoman nimi Versiohistoriassa.</translation>
    </message>
    <message>
        <source>Baseline of {0}</source>
        <translation>Vertailukohta {0}</translation>
    </message>
    <message>
        <source>Mark Baseline</source>
        <translation>Merkitse vertailukohta</translation>
    </message>
    <message>
        <source>The map as it is now is kept in the file under this name, so that the Compare panel can show what changed since.</source>
        <translation>Kartta sellaisena kuin se nyt on tallennetaan tiedostoon tällä nimellä, jotta Vertaa-paneeli voi näyttää, mikä on sen jälkeen muuttunut.</translation>
    </message>
    <message>
        <source>A baseline&apos;s name may have at most {0} characters.</source>
        <translation>Vertailukohdan nimessä voi olla enintään {0} merkkiä.</translation>
    </message>
    <message>
        <source>Another revision is already named &apos;{0}&apos;.</source>
        <translation>Toisen version nimi on jo &apos;{0}&apos;.</translation>
    </message>
    <message>
        <source>A baseline needs a name.</source>
        <translation>Vertailukohta tarvitsee nimen.</translation>
    </message>
    <message>
        <source>not merged: the two versions have {0} named baselines together, more than the {1} a map can keep. Remove at least {2} of them in one version (File &gt; Revision History), then merge again.</source>
        <translation>ei yhdistetty: kahdessa versiossa on yhteensä {0} nimettyä vertailukohtaa, enemmän kuin kartta voi säilyttää ({1}). Poista niistä vähintään {2} toisesta versiosta (Tiedosto &gt; Versiohistoria) ja yhdistä sitten uudelleen.</translation>
    </message>
</context>
<context>
    <name>Bridges</name>
    <message>
        <source>&apos;{0}&apos; is not a colour like {1}</source>
        <translation>&apos;{0}&apos; ei ole väri, kuten {1}</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a whole number from {1} to {2}</source>
        <translation>&apos;{0}&apos; ei ole kokonaisluku väliltä {1}–{2}</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not in the expected form</source>
        <translation>&apos;{0}&apos; ei ole odotetussa muodossa</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not one of: {1}</source>
        <translation>&apos;{0}&apos; ei ole mikään näistä: {1}</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not true or false</source>
        <translation>&apos;{0}&apos; ei ole tosi eikä epätosi</translation>
    </message>
    <message>
        <source>Journey Editor export: each section is a stage, each task a card; a task&apos;s first actor is the card&apos;s lane, the others are its owners.</source>
        <translation>Journey Editorin vienti: jokainen osio on vaihe ja jokainen tehtävä kortti; tehtävän ensimmäinen toimija on kortin kaista, muut ovat sen omistajia.</translation>
    </message>
    <message>
        <source>Mermaid does not allow &apos;;&apos; here</source>
        <translation>Mermaid ei salli merkkiä &apos;;&apos; tässä</translation>
    </message>
    <message>
        <source>Score = emotion on Mermaid&apos;s 1..5 scale: -3 -&gt; 1, -2 and -1 -&gt; 2, 0 -&gt; 3, +1 and +2 -&gt; 4, +3 -&gt; 5; a card without an emotion scores 3.</source>
        <translation>Pisteet = tunne Mermaidin asteikolla 1..5: -3 -&gt; 1, -2 ja -1 -&gt; 2, 0 -&gt; 3, +1 ja +2 -&gt; 4, +3 -&gt; 5; kortti ilman tunnetta saa 3.</translation>
    </message>
    <message>
        <source>a second &apos;journey&apos; line</source>
        <translation>toinen &apos;journey&apos;-rivi</translation>
    </message>
    <message>
        <source>a section name cannot contain &apos;:&apos;</source>
        <translation>osion nimessä ei saa olla merkkiä &apos;:&apos;</translation>
    </message>
    <message>
        <source>column &apos;{0}&apos;</source>
        <translation>sarake &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>expected &apos;section NAME&apos; or &apos;Task name: score: actors&apos;</source>
        <translation>odotettiin &apos;section NIMI&apos; tai &apos;Tehtävän nimi: pisteet: toimijat&apos;</translation>
    </message>
    <message>
        <source>no name, and no {0} has the id &apos;{1}&apos;</source>
        <translation>ei nimeä, eikä millään kohteella ({0}) ole tunnistetta &apos;{1}&apos;</translation>
    </message>
    <message>
        <source>the &apos;accDescr {&apos; block is never closed with &apos;}&apos;</source>
        <translation>lohkoa &apos;accDescr {&apos; ei koskaan suljeta merkillä &apos;}&apos;</translation>
    </message>
    <message>
        <source>the front matter &apos;---&apos; is never closed by a second &apos;---&apos;</source>
        <translation>alkuosaa &apos;---&apos; ei koskaan suljeta toisella &apos;---&apos;-rivillä</translation>
    </message>
    <message>
        <source>the id &apos;{0}&apos; is also on row {1}</source>
        <translation>tunniste &apos;{0}&apos; on myös rivillä {1}</translation>
    </message>
    <message>
        <source>the lane &apos;{0}&apos; is listed twice</source>
        <translation>kaista &apos;{0}&apos; on luettelossa kahdesti</translation>
    </message>
    <message>
        <source>the score &apos;{0}&apos; is not a number from 1 to 5</source>
        <translation>pisteet &apos;{0}&apos; eivät ole luku väliltä 1–5</translation>
    </message>
    <message>
        <source>the task has no name before &apos;:&apos;</source>
        <translation>tehtävällä ei ole nimeä ennen merkkiä &apos;:&apos;</translation>
    </message>
    <message>
        <source>this is not a Mermaid journey (it must start with &apos;journey&apos;)</source>
        <translation>tämä ei ole Mermaid-asiakaspolku (sen on alettava sanalla &apos;journey&apos;)</translation>
    </message>
    <message>
        <source>too many &apos;:&apos; (a task is &apos;Task name: score: actors&apos;)</source>
        <translation>liian monta merkkiä &apos;:&apos; (tehtävä on muotoa &apos;Tehtävän nimi: pisteet: toimijat&apos;)</translation>
    </message>
    <message>
        <source>; and {0} more</source>
        <translation>; ja {0} muuta</translation>
    </message>
    <message>
        <source>CSV UTF-8</source>
        <translation>CSV UTF-8</translation>
    </message>
    <message>
        <source>Lane {0}</source>
        <translation>Kaista {0}</translation>
    </message>
    <message>
        <source>Stage {0}</source>
        <translation>Vaihe {0}</translation>
    </message>
    <message>
        <source>The lanes, for import back into Journey Editor:</source>
        <translation>Kaistat, jotta ne voi tuoda takaisin Journey Editoriin:</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Kosketuspisteet</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Nimetön</translation>
    </message>
    <message>
        <source>a value under a column without a name</source>
        <translation>arvo sarakkeessa, jolla ei ole nimeä</translation>
    </message>
    <message>
        <source>cannot be read: {0}</source>
        <translation>ei voi lukea: {0}</translation>
    </message>
    <message>
        <source>cards</source>
        <translation>korttia</translation>
    </message>
    <message>
        <source>lanes</source>
        <translation>kaistaa</translation>
    </message>
    <message>
        <source>line {0}</source>
        <translation>rivi {0}</translation>
    </message>
    <message>
        <source>lines</source>
        <translation>riviä</translation>
    </message>
    <message>
        <source>longer than {0} characters</source>
        <translation>pidempi kuin {0} merkkiä</translation>
    </message>
    <message>
        <source>more than {0:,} cards; the limit is {0:,}</source>
        <translation>yli {0:,} korttia; raja on {0:,}</translation>
    </message>
    <message>
        <source>more than {0} lanes</source>
        <translation>yli {0} kaistaa</translation>
    </message>
    <message>
        <source>more than {0} sections</source>
        <translation>yli {0} osiota</translation>
    </message>
    <message>
        <source>more than {0} tasks</source>
        <translation>yli {0} tehtävää</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>tiedostoa ei ole</translation>
    </message>
    <message>
        <source>not a card field (export a journey to see the columns)</source>
        <translation>ei kortin kenttä (vie asiakaspolku nähdäksesi sarakkeet)</translation>
    </message>
    <message>
        <source>not valid JSON: {0}</source>
        <translation>virheellinen JSON: {0}</translation>
    </message>
    <message>
        <source>plain UTF-8 text</source>
        <translation>tavallinen UTF-8-teksti</translation>
    </message>
    <message>
        <source>row {0}</source>
        <translation>rivi {0}</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>riviä</translation>
    </message>
    <message>
        <source>stages</source>
        <translation>vaihetta</translation>
    </message>
    <message>
        <source>that is a folder, not a file</source>
        <translation>tämä on kansio eikä tiedosto</translation>
    </message>
    <message>
        <source>the card needs a {0} name</source>
        <translation>kortti tarvitsee nimen ({0})</translation>
    </message>
    <message>
        <source>the column is missing</source>
        <translation>sarake puuttuu</translation>
    </message>
    <message>
        <source>the diagram has no section and no task: nothing to import</source>
        <translation>kaaviossa ei ole osioita eikä tehtäviä: ei mitään tuotavaa</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>tiedosto on tyhjä</translation>
    </message>
    <message>
        <source>the file is too large ({0} MB; the limit is {1} MB)</source>
        <translation>tiedosto on liian suuri ({0} Mt; raja on {1} Mt)</translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation>tiedosto on liian suuri</translation>
    </message>
    <message>
        <source>the journey would have {0:,} {1}; the limit is {2:,}</source>
        <translation>asiakaspolulla olisi {0:,} {1}; raja on {2:,}</translation>
    </message>
    <message>
        <source>the list does not fit: {0}</source>
        <translation>luettelo ei mahdu: {0}</translation>
    </message>
    <message>
        <source>the text is not UTF-8; save the file as {0}</source>
        <translation>teksti ei ole UTF-8-muodossa; tallenna tiedosto muodossa {0}</translation>
    </message>
    <message>
        <source>this column appears twice</source>
        <translation>sarake esiintyy kahdesti</translation>
    </message>
    <message>
        <source>this is a binary file, not {0}</source>
        <translation>tämä on binääritiedosto eikä {0}</translation>
    </message>
    <message>
        <source>this is not valid CSV: {0}</source>
        <translation>tämä ei ole kelvollinen CSV: {0}</translation>
    </message>
    <message>
        <source>this is text in {0}; save it as {1}</source>
        <translation>tämä on tekstiä muodossa {0}; tallenna se muodossa {1}</translation>
    </message>
    <message>
        <source>this is {0}</source>
        <translation>tämä on {0}</translation>
    </message>
    <message>
        <source>{0} cells, but the header has {1} columns</source>
        <translation>{0} solua, mutta otsikkorivillä on {1} saraketta</translation>
    </message>
    <message>
        <source>{0} characters long; the limit is {1}</source>
        <translation>{0} merkkiä pitkä; raja on {1}</translation>
    </message>
    <message>
        <source>{0} {1} have problems, nothing was imported</source>
        <translation>{0} {1}: ongelmia, mitään ei tuotu</translation>
    </message>
    <message>
        <source>an Excel workbook or another ZIP archive; save it as {0}</source>
        <translation>Excel-työkirja tai muu ZIP-arkisto; tallenna se muodossa {0}</translation>
    </message>
    <message>
        <source>an old Excel or Office document; save it as {0}</source>
        <translation>vanha Excel- tai Office-asiakirja; tallenna se muodossa {0}</translation>
    </message>
    <message>
        <source>a PDF document, not {0}</source>
        <translation>PDF-asiakirja eikä {0}</translation>
    </message>
    <message>
        <source>a PNG image, not {0}</source>
        <translation>PNG-kuva eikä {0}</translation>
    </message>
    <message>
        <source>a JPEG image, not {0}</source>
        <translation>JPEG-kuva eikä {0}</translation>
    </message>
    <message>
        <source>a compressed (gzip) file, not {0}</source>
        <translation>pakattu tiedosto (gzip) eikä {0}</translation>
    </message>
</context>
<context>
    <name>Canvas</name>
    <message>
        <source>Edit</source>
        <translation>Muokkaa</translation>
    </message>
    <message>
        <source>Add card</source>
        <translation>Lisää kortti</translation>
    </message>
    <message>
        <source>Resize {0}</source>
        <translation>Muuta kokoa: {0}</translation>
    </message>
    <message>
        <source>Rename {0} &apos;{1}&apos;</source>
        <translation>Nimeä uudelleen: {0} &apos;{1}&apos;</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>Social media</source>
        <translation>Sosiaalinen media</translation>
    </message>
    <message>
        <source>Ratings and reviews</source>
        <translation>Arviot ja arvostelut</translation>
    </message>
    <message>
        <source>Review sites</source>
        <translation>Arvostelusivustot</translation>
    </message>
    <message>
        <source>Testimonials</source>
        <translation>Asiakkaiden suosittelut</translation>
    </message>
    <message>
        <source>Word of mouth</source>
        <translation>Puskaradio</translation>
    </message>
    <message>
        <source>Community involvement</source>
        <translation>Paikallinen yhteisötoiminta</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Tapahtumat</translation>
    </message>
    <message>
        <source>Advertising</source>
        <translation>Mainonta</translation>
    </message>
    <message>
        <source>PR</source>
        <translation>PR</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Online search</source>
        <translation>Verkkohaku</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Haku</translation>
    </message>
    <message>
        <source>Blog</source>
        <translation>Blogi</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Verkkosivusto</translation>
    </message>
    <message>
        <source>Referral programme</source>
        <translation>Suositteluohjelma</translation>
    </message>
    <message>
        <source>Ad landing page</source>
        <translation>Mainoksen laskeutumissivu</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Konferenssi</translation>
    </message>
    <message>
        <source>Product demo</source>
        <translation>Tuote-esittely</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Myynti</translation>
    </message>
    <message>
        <source>Store or office</source>
        <translation>Myymälä tai toimisto</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Myymälä</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Kuvasto</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Painotuotteet</translation>
    </message>
    <message>
        <source>Promotions</source>
        <translation>Kampanjat</translation>
    </message>
    <message>
        <source>Sales staff</source>
        <translation>Myyjät</translation>
    </message>
    <message>
        <source>Phone line</source>
        <translation>Puhelinpalvelu</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <source>Point of sale</source>
        <translation>Kassa</translation>
    </message>
    <message>
        <source>Checkout and payment</source>
        <translation>Kassa ja maksaminen</translation>
    </message>
    <message>
        <source>Sales call</source>
        <translation>Myyntipuhelu</translation>
    </message>
    <message>
        <source>Campaign code</source>
        <translation>Kampanjakoodi</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Laskutus</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Posti</translation>
    </message>
    <message>
        <source>Transactional e-mails</source>
        <translation>Tilaus- ja toimitusviestit</translation>
    </message>
    <message>
        <source>Marketing e-mails</source>
        <translation>Markkinointisähköpostit</translation>
    </message>
    <message>
        <source>Service and support</source>
        <translation>Asiakaspalvelu ja tuki</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Tuki</translation>
    </message>
    <message>
        <source>Online help center</source>
        <translation>Ohjekeskus verkossa</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Jälkihoito</translation>
    </message>
    <message>
        <source>Thank-you card</source>
        <translation>Kiitoskortti</translation>
    </message>
    <message>
        <source>Packaging and unboxing</source>
        <translation>Pakkaus ja pakkauksen avaaminen</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Toimitus</translation>
    </message>
    <message>
        <source>Feedback survey</source>
        <translation>Palautekysely</translation>
    </message>
    <message>
        <source>Customer service survey</source>
        <translation>Asiakaspalvelukysely</translation>
    </message>
    <message>
        <source>Handwritten note</source>
        <translation>Käsin kirjoitettu viesti</translation>
    </message>
    <message>
        <source>Where delivery times are found</source>
        <translation>Mistä toimitusajat löytyvät</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Tieto</translation>
    </message>
    <message>
        <source>Who to contact about a problem</source>
        <translation>Keneen ottaa yhteyttä ongelmatilanteessa</translation>
    </message>
    <message>
        <source>How easy contact details are to find</source>
        <translation>Kuinka helposti yhteystiedot löytyvät</translation>
    </message>
    <message>
        <source>Online services</source>
        <translation>Verkkopalvelut</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>What the customer has</source>
        <translation>Mitä asiakkaalla on</translation>
    </message>
    <message>
        <source>How the touchpoints work</source>
        <translation>Miten kosketuspisteet toimivat</translation>
    </message>
    <message>
        <source>How the organisation works</source>
        <translation>Miten organisaatio toimii</translation>
    </message>
    <message>
        <source>Does the customer know what will happen next, and when?</source>
        <translation>Tietääkö asiakas, mitä seuraavaksi tapahtuu ja milloin?</translation>
    </message>
    <message>
        <source>Does the customer get the information they need at the moment they need it?</source>
        <translation>Saako asiakas tarvitsemansa tiedon sillä hetkellä, kun sitä tarvitaan?</translation>
    </message>
    <message>
        <source>For every kind of problem, does the customer know whom to contact and how?</source>
        <translation>Tietääkö asiakas jokaisessa ongelmatilanteessa, keneen ottaa yhteyttä ja miten?</translation>
    </message>
    <message>
        <source>Does the customer receive a confirmation of the order?</source>
        <translation>Saako asiakas tilausvahvistuksen?</translation>
    </message>
    <message>
        <source>Does the customer have a clear way to complain?</source>
        <translation>Onko asiakkaalla selkeä tapa tehdä valitus?</translation>
    </message>
    <message>
        <source>Do the touchpoints work the way they were designed to?</source>
        <translation>Toimivatko kosketuspisteet niin kuin oli tarkoitus?</translation>
    </message>
    <message>
        <source>Is the way through them logical and easy to follow?</source>
        <translation>Onko polku niiden läpi looginen ja helppo seurata?</translation>
    </message>
    <message>
        <source>Do they give just enough information: not too much, not too little?</source>
        <translation>Antavatko ne sopivasti tietoa: ei liikaa eikä liian vähän?</translation>
    </message>
    <message>
        <source>Do they deliver the quality we mean to deliver?</source>
        <translation>Tuottavatko ne sen laadun, jota tavoittelemme?</translation>
    </message>
    <message>
        <source>Does the organisation behind the touchpoints work efficiently?</source>
        <translation>Toimiiko kosketuspisteiden takana oleva organisaatio tehokkaasti?</translation>
    </message>
    <message>
        <source>Is the work organised around clear service-level goals?</source>
        <translation>Onko työ järjestetty selkeiden palvelutasotavoitteiden mukaan?</translation>
    </message>
    <message>
        <source>Does the customer deal with few enough people and departments not to be confused?</source>
        <translation>Asioiko asiakas niin harvojen ihmisten ja osastojen kanssa, ettei hän hämmenny?</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>kyllä</translation>
    </message>
    <message>
        <source>partly</source>
        <translation>osittain</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ei</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>tarkistamatta</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <source>Note</source>
        <translation>Huomautus</translation>
    </message>
    <message>
        <source>Note: {0}</source>
        <translation>Huomautus: {0}</translation>
    </message>
    <message>
        <source>No journey to check.</source>
        <translation>Ei tarkistettavaa asiakaspolkua.</translation>
    </message>
    <message>
        <source>{0} of {1} answered</source>
        <translation>{0}/{1} vastattu</translation>
    </message>
    <message>
        <source>Other question {0}: {1}</source>
        <translation>Muu kysymys {0}: {1}</translation>
    </message>
    <message>
        <source>Answer checklist question</source>
        <translation>Vastaa tarkistuslistan kysymykseen</translation>
    </message>
    <message>
        <source>Edit checklist note</source>
        <translation>Muokkaa tarkistuslistan huomautusta</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>&apos;desktop install&apos; is for Linux and BSD desktops (freedesktop.org); this system is {0}</source>
        <translation>&apos;desktop install&apos; on Linux- ja BSD-työpöydille (freedesktop.org); tämä järjestelmä on {0}</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a number of posters from 1 to 20</source>
        <translation>&apos;{0}&apos; ei ole julisteiden määrä väliltä 1–20</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a size in points (example: 8)</source>
        <translation>&apos;{0}&apos; ei ole koko pisteinä (esimerkki: 8)</translation>
    </message>
    <message>
        <source>A0-A5, Letter, Legal, Tabloid, ANSI C/D/E, Arch C/D/E or e.g. 420x297mm, 11x17in (default: A1 when fitting, else the map&apos;s own size)</source>
        <translation>A0-A5, Letter, Legal, Tabloid, ANSI C/D/E, Arch C/D/E tai esim. 420x297mm, 11x17in (oletus: A1 sovitettaessa, muuten kartan oma koko)</translation>
    </message>
    <message>
        <source>Added &apos;{0}&apos; to {1}</source>
        <translation>Lisättiin &apos;{0}&apos; tiedostoon {1}</translation>
    </message>
    <message>
        <source>Both sides named a baseline &apos;{0}&apos;: the younger one is now &apos;{1}&apos;</source>
        <translation>Molemmat osapuolet nimesivät vertailukohdan &apos;{0}&apos;: uudempi on nyt &apos;{1}&apos;</translation>
    </message>
    <message>
        <source>Created {0} from the &apos;{1}&apos; template</source>
        <translation>Luotiin {0} mallista &apos;{1}&apos;</translation>
    </message>
    <message>
        <source>Exported {0} of &apos;{1}&apos; to {2}</source>
        <translation>Vietiin {0} polusta &apos;{1}&apos; kohteeseen {2}</translation>
    </message>
    <message>
        <source>Imported &apos;{0}&apos; ({1} stages, {2} cards) from {3} into {{target}}</source>
        <translation>Tuotiin &apos;{0}&apos; ({1} vaihetta, {2} korttia) tiedostosta {3} kohteeseen {{target}}</translation>
    </message>
    <message>
        <source>Imported {0} into &apos;{1}&apos; in {{target}}: {2} new cards, {3} changed, {4} unchanged</source>
        <translation>Tuotiin {0} polkuun &apos;{1}&apos; kohteessa {{target}}: {2} uutta korttia, {3} muutettua, {4} ennallaan</translation>
    </message>
    <message>
        <source>Set the merge driver &apos;{0}&apos; in {1}: {2}</source>
        <translation>Yhdistämisajuri &apos;{0}&apos; asetettiin tiedostoon {1}: {2}</translation>
    </message>
    <message>
        <source>The merge driver &apos;{0}&apos; was already set in {1}: {2}</source>
        <translation>Yhdistämisajuri &apos;{0}&apos; oli jo asetettu tiedostoon {1}: {2}</translation>
    </message>
    <message>
        <source>add Journey Editor to the desktop&apos;s menu and file types</source>
        <translation>lisää Journey Editor työpöydän valikkoon ja tiedostotyyppeihin</translation>
    </message>
    <message>
        <source>an interview guide for the journey: questions per stage and touchpoint, in the map&apos;s language</source>
        <translation>polun haastatteluopas: kysymykset vaiheittain ja asiakastilanteittain, kartan kielellä</translation>
    </message>
    <message>
        <source>journey &apos;{0}&apos;: {1}</source>
        <translation>asiakaspolku &apos;{0}&apos;: {1}</translation>
    </message>
    <message>
        <source>no journey named &apos;{0}&apos; (the file has: {1})</source>
        <translation>polkua nimeltä &apos;{0}&apos; ei ole (tiedostossa on: {1})</translation>
    </message>
    <message>
        <source>not a whole number: &apos;{0}&apos;</source>
        <translation>ei kokonaisluku: &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>remove what &apos;desktop install&apos; installed</source>
        <translation>poista se, mitä &apos;desktop install&apos; asensi</translation>
    </message>
    <message>
        <source>save the web page as .html or .htm, not &apos;{0}&apos;</source>
        <translation>tallenna verkkosivu muodossa .html tai .htm, ei &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>template name (see &apos;templates&apos;)</source>
        <translation>mallin nimi (katso &apos;templates&apos;)</translation>
    </message>
    <message>
        <source>the author named in the PDF&apos;s metadata (default: none)</source>
        <translation>PDF:n metatiedoissa mainittu tekijä (oletus: ei mitään)</translation>
    </message>
    <message>
        <source>the map&apos;s name in messages (git passes a temporary file as OURS)</source>
        <translation>kartan nimi viesteissä (git antaa OURS-tiedostoksi väliaikaisen tiedoston)</translation>
    </message>
    <message>
        <source>{0} already has &apos;{1}&apos;</source>
        <translation>Tiedostossa {0} on jo &apos;{1}&apos;</translation>
    </message>
    <message>
        <source>{0}: no such file (a new map&apos;s name ends in .journey)</source>
        <translation>{0}: tiedostoa ei ole (uuden kartan nimen pääte on .journey)</translation>
    </message>
    <message>
        <source>; new lanes: {0}</source>
        <translation>; uudet kaistat: {0}</translation>
    </message>
    <message>
        <source>; new stages: {0}</source>
        <translation>; uudet vaiheet: {0}</translation>
    </message>
    <message>
        <source>Baselines: -</source>
        <translation>Vertailukohdat: -</translation>
    </message>
    <message>
        <source>Baselines:</source>
        <translation>Vertailukohdat:</translation>
    </message>
    <message>
        <source>Exit status: 0 merged, 1 merged with conflicts (listed in the file), 2 not merged (a file could not be read or written).</source>
        <translation type="vanished">Paluuarvo: 0 yhdistetty, 1 yhdistetty ristiriidoin (luetteloitu tiedostoon), 2 ei yhdistetty (tiedostoa ei voitu lukea tai kirjoittaa).</translation>
    </message>
    <message>
        <source>Installed the menu entry, the .journey file type ({0}) and the icon in {1}; the entry runs {2}</source>
        <translation>Asennettiin valikkokohta, .journey-tiedostotyyppi ({0}) ja kuvake kansioon {1}; kohta suorittaa {2}</translation>
    </message>
    <message>
        <source>Journey &quot;{0}&quot;: 1 finding</source>
        <translation>Polku &quot;{0}&quot;: 1 havainto</translation>
    </message>
    <message>
        <source>Journey &quot;{0}&quot;: no findings</source>
        <translation>Polku &quot;{0}&quot;: ei havaintoja</translation>
    </message>
    <message>
        <source>Journey &quot;{0}&quot;: {1} findings</source>
        <translation>Polku &quot;{0}&quot;: {1} havaintoa</translation>
    </message>
    <message>
        <source>Journey &quot;{name}&quot; ({state}, persona: {persona}): {stages} stages, {lanes} lanes, {cards} cards, {connections} connections</source>
        <translation>Polku &quot;{name}&quot; ({state}, persoona: {persona}): {stages} vaihetta, {lanes} kaistaa, {cards} korttia, {connections} yhteyttä</translation>
    </message>
    <message>
        <source>Map customer journeys: stages, channels, touchpoints and emotions.</source>
        <translation>Kartoita asiakaspolkuja: vaiheet, kanavat, kosketuspisteet ja tunteet.</translation>
    </message>
    <message>
        <source>Merged into {0} with 1 conflict, listed in the file:</source>
        <translation>Yhdistetty tiedostoon {0}, 1 ristiriita, luetteloitu tiedostoon:</translation>
    </message>
    <message>
        <source>Merged into {0} with {1} conflicts, listed in the file:</source>
        <translation>Yhdistetty tiedostoon {0}, {1} ristiriitaa, luetteloitu tiedostoon:</translation>
    </message>
    <message>
        <source>Merged into {0}</source>
        <translation>Yhdistetty tiedostoon {0}</translation>
    </message>
    <message>
        <source>N posters of consecutive stages instead of one (each with every lane), for a map too wide to read on one page</source>
        <translation>N julistetta peräkkäisistä vaiheista yhden sijaan (jokaisessa kaikki kaistat) kartalle, joka on liian leveä luettavaksi yhdeltä sivulta</translation>
    </message>
    <message>
        <source>No differences</source>
        <translation>Ei eroja</translation>
    </message>
    <message>
        <source>Nothing to remove: Journey Editor is not installed in {0} (no {1})</source>
        <translation>Ei poistettavaa: Journey Editoria ei ole asennettu kansioon {0} (ei tiedostoa {1})</translation>
    </message>
    <message>
        <source>PNG and SVG: the map alone, without the title block and legend</source>
        <translation>PNG ja SVG: pelkkä kartta ilman otsikkoaluetta ja selitettä</translation>
    </message>
    <message>
        <source>PNG resolution (default 150)</source>
        <translation>PNG-tarkkuus (oletus 150)</translation>
    </message>
    <message>
        <source>Personas: {0}</source>
        <translation>Persoonat: {0}</translation>
    </message>
    <message>
        <source>Removed the menu entry, the .journey file type and the icon from {0} ({1} files)</source>
        <translation>Poistettiin valikkokohta, .journey-tiedostotyyppi ja kuvake kansiosta {0} ({1} tiedostoa)</translation>
    </message>
    <message>
        <source>Set the diff text of maps in {0}: {1}</source>
        <translation>Karttojen vertailuteksti asetettiin tiedostoon {0}: {1}</translation>
    </message>
    <message>
        <source>The diff text of maps was already set in {0}: {1}</source>
        <translation>Karttojen vertailuteksti oli jo asetettu tiedostoon {0}: {1}</translation>
    </message>
    <message>
        <source>nothing to export: give --pdf, --png, --svg, --mermaid, --csv, --html, --guide, --personas or --curves</source>
        <translation>ei mitään vietävää: anna --pdf, --png, --svg, --mermaid, --csv, --html, --guide, --personas tai --curves</translation>
    </message>
    <message>
        <source>one sheet per persona for the workshop wall (A4 portrait unless --page-size)</source>
        <translation>yksi arkki personaa kohden työpajan seinälle (A4 pysty, ellei --page-size toisin kerro)</translation>
    </message>
    <message>
        <source>nothing to export: give --pdf, --png, --svg, --mermaid, --csv, --html or --guide</source>
        <translation type="vanished">ei mitään vietävää: anna --pdf, --png, --svg, --mermaid, --csv, --html tai --guide</translation>
    </message>
    <message>
        <source>Wrote {0} (1 page)</source>
        <translation>Kirjoitettiin {0} (1 sivu)</translation>
    </message>
    <message>
        <source>Wrote {0} ({1} pages)</source>
        <translation>Kirjoitettiin {0} ({1} sivua)</translation>
    </message>
    <message>
        <source>Wrote {0}</source>
        <translation>Kirjoitettiin {0}</translation>
    </message>
    <message>
        <source>a Mermaid journey diagram</source>
        <translation>Mermaid-kaavio polusta</translation>
    </message>
    <message>
        <source>a PNG picture of the journey</source>
        <translation>PNG-kuva polusta</translation>
    </message>
    <message>
        <source>a printable PDF poster</source>
        <translation>tulostettava PDF-juliste</translation>
    </message>
    <message>
        <source>a text size must be between 1 and 100 pt</source>
        <translation>tekstin koon on oltava 1–100 pt</translation>
    </message>
    <message>
        <source>add workshop handout pages after each poster</source>
        <translation>lisää työpajamateriaalin sivut jokaisen julisteen perään</translation>
    </message>
    <message>
        <source>an SVG picture of the journey</source>
        <translation>SVG-kuva polusta</translation>
    </message>
    <message>
        <source>check that journey files are valid</source>
        <translation>tarkista, että polkutiedostot ovat kelvollisia</translation>
    </message>
    <message>
        <source>compare only this journey</source>
        <translation>vertaa vain tätä polkua</translation>
    </message>
    <message>
        <source>create a journey file from a template</source>
        <translation>luo polkutiedosto mallista</translation>
    </message>
    <message>
        <source>default: auto, the one showing the map largest</source>
        <translation>oletus: auto, se joka näyttää kartan suurimpana</translation>
    </message>
    <message>
        <source>desktop editor: autosave at most this long after a change</source>
        <translation>työpöytäsovellus: automaattitallennus viimeistään näin pian muutoksen jälkeen</translation>
    </message>
    <message>
        <source>emotion at or below which a card needs an improvement idea (default: -2)</source>
        <translation>tunne, jolla tai jonka alapuolella kortti tarvitsee parannusidean (oletus: -2)</translation>
    </message>
    <message>
        <source>every journey, one poster each</source>
        <translation>jokainen polku, kullekin oma juliste</translation>
    </message>
    <message>
        <source>exit status {0}</source>
        <translation>paluuarvo {0}</translation>
    </message>
    <message>
        <source>exit with status 1 when there are findings</source>
        <translation>lopeta tilakoodilla 1, jos havaintoja on</translation>
    </message>
    <message>
        <source>export journeys: PDF poster, image, Mermaid, CSV</source>
        <translation>vie polkuja: PDF-juliste, kuva, Mermaid, CSV</translation>
    </message>
    <message>
        <source>fit the map to the page (default)</source>
        <translation>sovita kartta sivulle (oletus)</translation>
    </message>
    <message>
        <source>for a print shop: 3 mm bleed and crop marks around each poster (not with --tile)</source>
        <translation>painotaloa varten: 3 mm:n leikkuuvara ja leikkuumerkit jokaisen julisteen ympärille (ei yhdessä --tile-valinnan kanssa)</translation>
    </message>
    <message>
        <source>git is not installed (or not on the PATH)</source>
        <translation>git ei ole asennettu (tai se ei ole PATH-polussa)</translation>
    </message>
    <message>
        <source>import a Mermaid file (.mmd) or a CSV file (.csv)</source>
        <translation>tuo Mermaid-tiedosto (.mmd) tai CSV-tiedosto (.csv)</translation>
    </message>
    <message>
        <source>import a Mermaid journey or cards from CSV</source>
        <translation>tuo Mermaid-polku tai kortteja CSV:stä</translation>
    </message>
    <message>
        <source>install the menu entry, the .journey file type and the icon for this user</source>
        <translation>asenna valikkokohta, .journey-tiedostotyyppi ja kuvake tälle käyttäjälle</translation>
    </message>
    <message>
        <source>let git merge and diff maps in this repository with this program</source>
        <translation>anna gitin yhdistää ja verrata tämän tietovaraston karttoja tällä ohjelmalla</translation>
    </message>
    <message>
        <source>list the bundled templates</source>
        <translation>luettele mukana tulevat mallit</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>koneluettava tuloste</translation>
    </message>
    <message>
        <source>merge two edited copies of a map with their common ancestor</source>
        <translation>yhdistä kartan kaksi muokattua kopiota niiden yhteisen lähtöversion avulla</translation>
    </message>
    <message>
        <source>most teams a customer should meet in one stage (default: 3)</source>
        <translation>enintään näin monta tiimiä, jotka asiakas kohtaa yhdessä vaiheessa (oletus: 3)</translation>
    </message>
    <message>
        <source>must be between {0} and {1}</source>
        <translation>on oltava välillä {0}–{1}</translation>
    </message>
    <message>
        <source>nothing to export: give --pdf, --png, --svg, --mermaid or --csv</source>
        <translation type="vanished">ei mitään vietävää: anna --pdf, --png, --svg, --mermaid tai --csv</translation>
    </message>
    <message>
        <source>Exit status: 0 merged, 1 merged with conflicts (listed in the file), 2 not merged (a file could not be read or written, or the two have more named baselines together than a map keeps).</source>
        <translation>Paluuarvo: 0 yhdistetty, 1 yhdistetty ristiriidoin (luetteloitu tiedostoon), 2 ei yhdistetty (tiedostoa ei voitu lukea tai kirjoittaa, tai kahdessa versiossa on yhteensä enemmän nimettyjä vertailukohtia kuin kartta voi säilyttää).</translation>
    </message>
    <message>
        <source>only this journey (default: all)</source>
        <translation>vain tämä polku (oletus: kaikki)</translation>
    </message>
    <message>
        <source>only this language</source>
        <translation>vain tämä kieli</translation>
    </message>
    <message>
        <source>our copy; replaced by the result unless -o is given</source>
        <translation>oma kopiomme; tulos korvaa sen, ellei -o ole annettu</translation>
    </message>
    <message>
        <source>overlap between tiled sheets (default: 10mm)</source>
        <translation>limitys paloiteltujen arkkien välillä (oletus: 10mm)</translation>
    </message>
    <message>
        <source>page margin, e.g. 10mm or 0.5in (default: 10mm)</source>
        <translation>sivun marginaali, esim. 10mm tai 0.5in (oletus: 10mm)</translation>
    </message>
    <message>
        <source>print a map as one line per field (for git diff)</source>
        <translation>tulosta kartta rivi kenttää kohden (git diffiä varten)</translation>
    </message>
    <message>
        <source>print at this scale, e.g. 100</source>
        <translation>tulosta tässä mittakaavassa, esim. 100</translation>
    </message>
    <message>
        <source>print only problems</source>
        <translation>tulosta vain ongelmat</translation>
    </message>
    <message>
        <source>refuse a poster whose card text prints smaller than this (without it, a warning under 8 pt)</source>
        <translation>hylkää juliste, jonka korttien teksti tulostuu tätä pienempänä (ilman tätä varoitus alle 8 pt:n tekstistä)</translation>
    </message>
    <message>
        <source>replace an existing file</source>
        <translation>korvaa olemassa oleva tiedosto</translation>
    </message>
    <message>
        <source>review journeys: the findings of the review panel</source>
        <translation>arvioi polkuja: arviointipaneelin havainnot</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>näytä versio ja lopeta</translation>
    </message>
    <message>
        <source>split the poster across sheets of this size, e.g. A4 or Letter</source>
        <translation>jaa juliste tämänkokoisille arkeille, esim. A4 tai Letter</translation>
    </message>
    <message>
        <source>summarise a journey file</source>
        <translation>tiivistä polkutiedoston sisältö</translation>
    </message>
    <message>
        <source>template language, e.g. en, da, sv, fi, nl</source>
        <translation>mallin kieli, esim. en, da, sv, fi, nl</translation>
    </message>
    <message>
        <source>the .journey file to add to or create</source>
        <translation>.journey-tiedosto, johon lisätään tai joka luodaan</translation>
    </message>
    <message>
        <source>the .journey file to create</source>
        <translation>luotava .journey-tiedosto</translation>
    </message>
    <message>
        <source>the cards as a spreadsheet</source>
        <translation>kortit taulukkona</translation>
    </message>
    <message>
        <source>the emotion curves of the journey (--journey, default the first) and of those sharing its stages, or of --all, on one page (A3 landscape unless --page-size)</source>
        <translation>polun tunnekäyrät (--journey, oletuksena ensimmäinen) ja niiden, jotka jakavat sen vaiheet, tai kaikkien (--all) yhdellä sivulla (A3 vaaka, ellei --page-size toisin kerro)</translation>
    </message>
    <message>
        <source>the file has no journey</source>
        <translation>tiedostossa ei ole polkua</translation>
    </message>
    <message>
        <source>the file has {0} journeys; choose one with --journey: {1}</source>
        <translation>tiedostossa on {0} polkua; valitse yksi valinnalla --journey: {1}</translation>
    </message>
    <message>
        <source>the journey CSV cards go into</source>
        <translation>polku, johon CSV:n kortit tulevat</translation>
    </message>
    <message>
        <source>the journey to export (default: the first)</source>
        <translation>vietävä polku (oletus: ensimmäinen)</translation>
    </message>
    <message>
        <source>the map already has {0} journeys</source>
        <translation>kartassa on jo {0} polkua</translation>
    </message>
    <message>
        <source>the map as one web page that opens offline in any browser (zoom, pan, click a card for its fields)</source>
        <translation>kartta yhtenä verkkosivuna, joka avautuu ilman verkkoa missä tahansa selaimessa (zoomaa, panoroi, napsauta korttia nähdäksesi sen kentät)</translation>
    </message>
    <message>
        <source>the version both copies started from</source>
        <translation>versio, josta molemmat kopiot lähtivät</translation>
    </message>
    <message>
        <source>their copy</source>
        <translation>heidän kopionsa</translation>
    </message>
    <message>
        <source>this would replace the journey file itself</source>
        <translation>tämä korvaisi itse polkutiedoston</translation>
    </message>
    <message>
        <source>warning: {0}</source>
        <translation>varoitus: {0}</translation>
    </message>
    <message>
        <source>what conflicts call our side (default: ours)</source>
        <translation>mitä ristiriidat kutsuvat omaa puoltamme (oletus: ours)</translation>
    </message>
    <message>
        <source>what conflicts call their side (default: theirs)</source>
        <translation>mitä ristiriidat kutsuvat heidän puoltaan (oletus: theirs)</translation>
    </message>
    <message>
        <source>what differs between two journey files</source>
        <translation>mitä eroa kahdella polkutiedostolla on</translation>
    </message>
    <message>
        <source>with --guide: a customer survey of the key touchpoints instead, and its results sheet to fill in and import</source>
        <translation>valitsimen --guide kanssa: sen sijaan asiakaskysely tärkeistä asiakastilanteista ja sen tulostaulukko täytettäväksi ja tuotavaksi</translation>
    </message>
    <message>
        <source>write the result here</source>
        <translation>kirjoita tulos tähän</translation>
    </message>
    <message>
        <source>{0} cards</source>
        <translation>{0} korttia</translation>
    </message>
    <message>
        <source>{0} not found (package {1}): the desktop sees the change once it runs on {2}</source>
        <translation>{0} puuttuu (paketti {1}): työpöytä huomaa muutoksen, kun se suoritetaan kohteelle {2}</translation>
    </message>
    <message>
        <source>{0} {1} failed: {2}</source>
        <translation>{0} {1} epäonnistui: {2}</translation>
    </message>
    <message>
        <source>{0}: &quot;{1}&quot;, format version {2}</source>
        <translation>{0}: &quot;{1}&quot;, tiedostomuodon versio {2}</translation>
    </message>
    <message>
        <source>{0}: already exists (use --force to replace it)</source>
        <translation>{0}: on jo olemassa (korvaa se valinnalla --force)</translation>
    </message>
    <message>
        <source>{0}: cannot create it, the folder {1} does not exist</source>
        <translation>{0}: ei voi luoda, kansiota {1} ei ole</translation>
    </message>
    <message>
        <source>{0}: cannot create it, the folder {1} is not writable</source>
        <translation>{0}: ei voi luoda, kansioon {1} ei voi kirjoittaa</translation>
    </message>
    <message>
        <source>{0}: cannot read the install list: {1}</source>
        <translation>{0}: asennusluetteloa ei voi lukea: {1}</translation>
    </message>
    <message>
        <source>{0}: not in a git repository</source>
        <translation>{0}: ei git-tietovarastossa</translation>
    </message>
    <message>
        <source>{0}: valid</source>
        <translation>{0}: kelvollinen</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>card</source>
        <translation>kortti</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>vaihe</translation>
    </message>
    <message>
        <source>lane</source>
        <translation>kaista</translation>
    </message>
    <message>
        <source>journey</source>
        <translation>polku</translation>
    </message>
    <message>
        <source>persona</source>
        <translation>persoona</translation>
    </message>
    <message>
        <source>connection</source>
        <translation>yhteys</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; could not be done: {1}</source>
        <translation>&apos;{0}&apos; epäonnistui: {1}</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; could not be undone: {1}</source>
        <translation>Toimintoa &apos;{0}&apos; ei voitu kumota: {1}</translation>
    </message>
    <message>
        <source>It could not be fully taken back; please check the map.</source>
        <translation>Muutosta ei voitu perua kokonaan; tarkista kartta.</translation>
    </message>
    <message>
        <source>The map was left as it was; the undo history was cleared.</source>
        <translation>Kartta jätettiin ennalleen; kumoamishistoria tyhjennettiin.</translation>
    </message>
    <message>
        <source>Add card &apos;{0}&apos;</source>
        <translation>Lisää kortti &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>Paste {0} cards</source>
        <translation>Liitä {0} korttia</translation>
    </message>
    <message>
        <source>Delete card &apos;{0}&apos;</source>
        <translation>Poista kortti &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>Delete {0} cards</source>
        <translation>Poista {0} korttia</translation>
    </message>
    <message>
        <source>Move card &apos;{0}&apos;</source>
        <translation>Siirrä kortti &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>Move {0} cards</source>
        <translation>Siirrä {0} korttia</translation>
    </message>
    <message>
        <source>Connect &apos;{0}&apos; to &apos;{1}&apos;</source>
        <translation>Yhdistä &apos;{0}&apos; kohteeseen &apos;{1}&apos;</translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation>Poista yhteys</translation>
    </message>
    <message>
        <source>Edit {0} &apos;{1}&apos;</source>
        <translation>Muokkaa: {0} &apos;{1}&apos;</translation>
    </message>
    <message>
        <source>Add stage &apos;{0}&apos;</source>
        <translation>Lisää vaihe &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>Add lane &apos;{0}&apos;</source>
        <translation>Lisää kaista &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>Delete stage &apos;{0}&apos;</source>
        <translation>Poista vaihe &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>Delete lane &apos;{0}&apos;</source>
        <translation>Poista kaista &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>Move {0} &apos;{1}&apos;</source>
        <translation>Siirrä: {0} &apos;{1}&apos;</translation>
    </message>
    <message>
        <source>Import {0} survey results into {1} touchpoints</source>
        <translation>Tuo {0} kyselytulosta {1} kosketuspisteeseen</translation>
    </message>
    <message>
        <source>Rename map &apos;{0}&apos;</source>
        <translation>Nimeä kartta uudelleen &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>Name the map</source>
        <translation>Nimeä kartta</translation>
    </message>
    <message>
        <source>New persona</source>
        <translation>Uusi persoona</translation>
    </message>
    <message>
        <source>Add persona &apos;{0}&apos;</source>
        <translation>Lisää persoona &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>Delete persona &apos;{0}&apos;</source>
        <translation>Poista persoona &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>Add journey &apos;{0}&apos;</source>
        <translation>Lisää asiakaspolku &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>{0} (copy)</source>
        <translation>{0} (kopio)</translation>
    </message>
    <message>
        <source>Duplicate journey &apos;{0}&apos;</source>
        <translation>Monista asiakaspolku &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>{0} (future state)</source>
        <translation>{0} (tavoitetila)</translation>
    </message>
    <message>
        <source>Create future state of &apos;{0}&apos;</source>
        <translation>Luo tavoitetila polusta &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>Rename journey &apos;{0}&apos; to &apos;{1}&apos;</source>
        <translation>Nimeä asiakaspolku &apos;{0}&apos; uudelleen: &apos;{1}&apos;</translation>
    </message>
    <message>
        <source>Delete journey &apos;{0}&apos;</source>
        <translation>Poista asiakaspolku &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>Set photo of persona &apos;{0}&apos;</source>
        <translation>Aseta persoonan &apos;{0}&apos; kuva</translation>
    </message>
    <message>
        <source>Remove photo of persona &apos;{0}&apos;</source>
        <translation>Poista persoonan &apos;{0}&apos; kuva</translation>
    </message>
    <message>
        <source>The photo is still larger than {0} KB after scaling it down. Choose a simpler or smaller image.</source>
        <translation>Kuva on pienentämisen jälkeenkin yli {0} kt. Valitse yksinkertaisempi tai pienempi kuva.</translation>
    </message>
    <message>
        <source>This file is not an image that can be read. Choose a PNG or JPEG photo.</source>
        <translation>Tiedosto ei ole luettava kuva. Valitse PNG- tai JPEG-kuva.</translation>
    </message>
    <message>
        <source>This file is too large for a photo ({0} MB; at most {1} MB).</source>
        <translation>Tiedosto on liian suuri kuvaksi ({0} Mt; enintään {1} Mt).</translation>
    </message>
    <message>
        <source>Keep {0} in a merge conflict</source>
        <translation>Säilytä {0} yhdistämisen ristiriidassa</translation>
    </message>
    <message>
        <source>Attach picture to card &apos;{0}&apos;</source>
        <translation>Liitä kuva korttiin &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>Remove picture from card &apos;{0}&apos;</source>
        <translation>Poista kuva kortista &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>Mark baseline &apos;{0}&apos;</source>
        <translation>Merkitse vertailukohta &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>Name revision &apos;{0}&apos;</source>
        <translation>Nimeä versio &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>Remove baseline name &apos;{0}&apos;</source>
        <translation>Poista vertailukohdan nimi &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>Rename baseline &apos;{0}&apos; to &apos;{1}&apos;</source>
        <translation>Nimeä vertailukohta &apos;{0}&apos; uudelleen: &apos;{1}&apos;</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>Removed: {0}</source>
        <translation>Poistettu: {0}</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Poistettu</translation>
    </message>
    <message>
        <source>map title</source>
        <translation>kartan otsikko</translation>
    </message>
    <message>
        <source>format</source>
        <translation>tiedostomuoto</translation>
    </message>
    <message>
        <source>format version</source>
        <translation>tiedostomuodon versio</translation>
    </message>
    <message>
        <source>title</source>
        <translation>otsikko</translation>
    </message>
    <message>
        <source>personas</source>
        <translation>persoonat</translation>
    </message>
    <message>
        <source>journeys</source>
        <translation>asiakaspolut</translation>
    </message>
    <message>
        <source>revisions</source>
        <translation>versiot</translation>
    </message>
    <message>
        <source>baseline name</source>
        <translation>vertailukohdan nimi</translation>
    </message>
    <message>
        <source>baseline&apos;s copy of the map</source>
        <translation>vertailukohdan kopio kartasta</translation>
    </message>
    <message>
        <source>id</source>
        <translation>tunniste</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nimi</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>segmentti</translation>
    </message>
    <message>
        <source>goals</source>
        <translation>tavoitteet</translation>
    </message>
    <message>
        <source>needs</source>
        <translation>tarpeet</translation>
    </message>
    <message>
        <source>frustrations</source>
        <translation>turhautumiset</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>sitaatti</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>kuva</translation>
    </message>
    <message>
        <source>photo type</source>
        <translation type="vanished">kuvan tyyppi</translation>
    </message>
    <message>
        <source>picture</source>
        <translation>kuva</translation>
    </message>
    <message>
        <source>persona</source>
        <translation>persoona</translation>
    </message>
    <message>
        <source>state</source>
        <translation>tila</translation>
    </message>
    <message>
        <source>based on</source>
        <translation>pohjana</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>tavoite</translation>
    </message>
    <message>
        <source>scope</source>
        <translation>laajuus</translation>
    </message>
    <message>
        <source>language of its labels</source>
        <translation>nimikkeiden kieli</translation>
    </message>
    <message>
        <source>departments</source>
        <translation>osastot</translation>
    </message>
    <message>
        <source>description</source>
        <translation>kuvaus</translation>
    </message>
    <message>
        <source>stages</source>
        <translation>vaiheet</translation>
    </message>
    <message>
        <source>lanes</source>
        <translation>kaistat</translation>
    </message>
    <message>
        <source>cards</source>
        <translation>kortit</translation>
    </message>
    <message>
        <source>arrows</source>
        <translation>nuolet</translation>
    </message>
    <message>
        <source>checklist</source>
        <translation>tarkistuslista</translation>
    </message>
    <message>
        <source>question</source>
        <translation>kysymys</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>vastaus</translation>
    </message>
    <message>
        <source>note</source>
        <translation>huomautus</translation>
    </message>
    <message>
        <source>voting</source>
        <translation>äänestys</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>osallistujat</translation>
    </message>
    <message>
        <source>dots per participant</source>
        <translation>pisteitä osallistujaa kohden</translation>
    </message>
    <message>
        <source>phase</source>
        <translation>ostovaihe</translation>
    </message>
    <message>
        <source>width</source>
        <translation>leveys</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>laji</translation>
    </message>
    <message>
        <source>content</source>
        <translation>sisältö</translation>
    </message>
    <message>
        <source>zone</source>
        <translation>vyöhyke</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>väri</translation>
    </message>
    <message>
        <source>height</source>
        <translation>korkeus</translation>
    </message>
    <message>
        <source>emotion values</source>
        <translation>tunnearvot</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>vaihe</translation>
    </message>
    <message>
        <source>lane</source>
        <translation>kaista</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>muistiinpanot</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>kanava</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>omistaja</translation>
    </message>
    <message>
        <source>control</source>
        <translation>hallinta</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>suora</translation>
    </message>
    <message>
        <source>emotion</source>
        <translation>tunne</translation>
    </message>
    <message>
        <source>customer goal</source>
        <translation>asiakkaan tavoite</translation>
    </message>
    <message>
        <source>expectations</source>
        <translation>odotukset</translation>
    </message>
    <message>
        <source>pain points</source>
        <translation>kipupisteet</translation>
    </message>
    <message>
        <source>desired thinking</source>
        <translation>toivottu ajattelu</translation>
    </message>
    <message>
        <source>desired doing</source>
        <translation>toivottu toiminta</translation>
    </message>
    <message>
        <source>desired feeling</source>
        <translation>toivottu tunne</translation>
    </message>
    <message>
        <source>ideas</source>
        <translation>ideat</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>näyttö</translation>
    </message>
    <message>
        <source>inconsistent</source>
        <translation>ristiriitainen</translation>
    </message>
    <message>
        <source>key touchpoint</source>
        <translation>avainkosketuspiste</translation>
    </message>
    <message>
        <source>status</source>
        <translation>tila</translation>
    </message>
    <message>
        <source>votes</source>
        <translation>äänet</translation>
    </message>
    <message>
        <source>metrics</source>
        <translation>mittarit</translation>
    </message>
    <message>
        <source>comments</source>
        <translation>kommentit</translation>
    </message>
    <message>
        <source>value</source>
        <translation>arvo</translation>
    </message>
    <message>
        <source>date</source>
        <translation>päivämäärä</translation>
    </message>
    <message>
        <source>source</source>
        <translation>lähde</translation>
    </message>
    <message>
        <source>target</source>
        <translation>kohde</translation>
    </message>
    <message>
        <source>label</source>
        <translation>nimiö</translation>
    </message>
    <message>
        <source>link</source>
        <translation>linkki</translation>
    </message>
    <message>
        <source>text</source>
        <translation>teksti</translation>
    </message>
    <message>
        <source>author</source>
        <translation>tekijä</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>yhteenveto</translation>
    </message>
    <message>
        <source>order</source>
        <translation>järjestys</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Lisätty</translation>
    </message>
    <message>
        <source>Changed or moved</source>
        <translation>Muutettu tai siirretty</translation>
    </message>
    <message>
        <source>Removed (ghost)</source>
        <translation>Poistettu (haamu)</translation>
    </message>
    <message>
        <source>How the differences are outlined on the map of the second journey</source>
        <translation>Miten erot korostetaan toisen polun kartalla</translation>
    </message>
    <message>
        <source>Cards added</source>
        <translation>Lisätyt kortit</translation>
    </message>
    <message>
        <source>Cards changed</source>
        <translation>Muutetut kortit</translation>
    </message>
    <message>
        <source>Cards removed</source>
        <translation>Poistetut kortit</translation>
    </message>
    <message>
        <source>Stages added</source>
        <translation>Lisätyt vaiheet</translation>
    </message>
    <message>
        <source>Stages changed</source>
        <translation>Muutetut vaiheet</translation>
    </message>
    <message>
        <source>Stages removed</source>
        <translation>Poistetut vaiheet</translation>
    </message>
    <message>
        <source>Lanes added</source>
        <translation>Lisätyt kaistat</translation>
    </message>
    <message>
        <source>Lanes changed</source>
        <translation>Muutetut kaistat</translation>
    </message>
    <message>
        <source>Lanes removed</source>
        <translation>Poistetut kaistat</translation>
    </message>
    <message>
        <source>Arrows added</source>
        <translation>Lisätyt nuolet</translation>
    </message>
    <message>
        <source>Arrows changed</source>
        <translation>Muutetut nuolet</translation>
    </message>
    <message>
        <source>Arrows removed</source>
        <translation>Poistetut nuolet</translation>
    </message>
    <message>
        <source>Journey details changed</source>
        <translation>Polun tiedot muuttuneet</translation>
    </message>
    <message>
        <source>Emotion curve changed</source>
        <translation>Tunnekäyrä muuttunut</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; in {1} / {2}</source>
        <translation>&apos;{0}&apos; kohdassa {1} / {2}</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; renamed to &apos;{1}&apos;</source>
        <translation>&apos;{0}&apos; nimetty uudelleen: &apos;{1}&apos;</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; → &apos;{1}&apos;</source>
        <translation>&apos;{0}&apos; → &apos;{1}&apos;</translation>
    </message>
    <message>
        <source>&apos;{0}&apos;</source>
        <translation>&apos;{0}&apos;</translation>
    </message>
    <message>
        <source>&apos;{0}&apos;: {1} changes</source>
        <translation>&apos;{0}&apos;: {1} muutosta</translation>
    </message>
    <message>
        <source>+ card &apos;{0}&apos; in {1} / {2}</source>
        <translation>+ kortti &apos;{0}&apos; kohdassa {1} / {2}</translation>
    </message>
    <message>
        <source>+ journey &apos;{0}&apos;</source>
        <translation>+ polku &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>+ link &apos;{0}&apos; -&gt; &apos;{1}&apos;</source>
        <translation>+ linkki &apos;{0}&apos; -&gt; &apos;{1}&apos;</translation>
    </message>
    <message>
        <source>+ persona &apos;{0}&apos;</source>
        <translation>+ persoona &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>- card &apos;{0}&apos; in {1} / {2}</source>
        <translation>- kortti &apos;{0}&apos; kohdassa {1} / {2}</translation>
    </message>
    <message>
        <source>- journey &apos;{0}&apos;</source>
        <translation>- polku &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>- link &apos;{0}&apos; -&gt; &apos;{1}&apos;</source>
        <translation>- linkki &apos;{0}&apos; -&gt; &apos;{1}&apos;</translation>
    </message>
    <message>
        <source>- persona &apos;{0}&apos;</source>
        <translation>- persoona &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>&gt; card &apos;{0}&apos; moved from {1} / {2} to {3} / {4}</source>
        <translation>&gt; kortti &apos;{0}&apos; siirretty kohdasta {1} / {2} kohtaan {3} / {4}</translation>
    </message>
    <message>
        <source>journey &apos;{0}&apos;:</source>
        <translation>polku &apos;{0}&apos;:</translation>
    </message>
    <message>
        <source>no journey named &apos;{0}&apos; (the journeys are: {1})</source>
        <translation>polkua nimeltä &apos;{0}&apos; ei ole (polut ovat: {1})</translation>
    </message>
    <message>
        <source>~ card &apos;{0}&apos;: {1}</source>
        <translation>~ kortti &apos;{0}&apos;: {1}</translation>
    </message>
    <message>
        <source>~ lane &apos;{0}&apos;: {1}</source>
        <translation>~ kaista &apos;{0}&apos;: {1}</translation>
    </message>
    <message>
        <source>~ persona &apos;{0}&apos; renamed to &apos;{1}&apos;</source>
        <translation>~ persoona &apos;{0}&apos; nimetty uudelleen: &apos;{1}&apos;</translation>
    </message>
    <message>
        <source>~ persona &apos;{0}&apos;: {1}</source>
        <translation>~ persoona &apos;{0}&apos;: {1}</translation>
    </message>
    <message>
        <source>~ stage &apos;{0}&apos;: {1}</source>
        <translation>~ vaihe &apos;{0}&apos;: {1}</translation>
    </message>
    <message>
        <source>~ {0} &apos;{1}&apos; renamed to &apos;{2}&apos;</source>
        <translation>~ {0} &apos;{1}&apos; nimetty uudelleen: &apos;{2}&apos;</translation>
    </message>
    <message>
        <source>Baseline: {0} ({1})</source>
        <translation type="vanished">Vertailukohta: {0} ({1})</translation>
    </message>
    <message>
        <source>Saved file</source>
        <translation>Tallennettu tiedosto</translation>
    </message>
    <message>
        <source>That baseline is gone (its name was removed).</source>
        <translation>Vertailukohtaa ei enää ole (sen nimi poistettiin).</translation>
    </message>
    <message>
        <source>This journey map has not been saved yet.</source>
        <translation>Tätä asiakaspolkukarttaa ei ole vielä tallennettu.</translation>
    </message>
    <message>
        <source>This map</source>
        <translation>Tämä kartta</translation>
    </message>
    <message>
        <source>arrows in another order in the file</source>
        <translation>nuolet eri järjestyksessä tiedostossa</translation>
    </message>
    <message>
        <source>cards in another order in the file (each cell keeps its order)</source>
        <translation>kortit eri järjestyksessä tiedostossa (kunkin solun järjestys säilyy)</translation>
    </message>
    <message>
        <source>cards in another order in {1}: {0}</source>
        <translation>kortit eri järjestyksessä kohdassa {1}: {0}</translation>
    </message>
    <message>
        <source>journeys in another order: {0}</source>
        <translation>polut eri järjestyksessä: {0}</translation>
    </message>
    <message>
        <source>lanes in another order: {0}</source>
        <translation>kaistat eri järjestyksessä: {0}</translation>
    </message>
    <message>
        <source>moved from {0} / {1} to {2} / {3}</source>
        <translation>siirretty kohdasta {0} / {1} kohtaan {2} / {3}</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ei</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ei mitään</translation>
    </message>
    <message>
        <source>personas in another order: {0}</source>
        <translation>persoonat eri järjestyksessä: {0}</translation>
    </message>
    <message>
        <source>photo added</source>
        <translation>valokuva lisätty</translation>
    </message>
    <message>
        <source>photo changed</source>
        <translation>valokuva vaihdettu</translation>
    </message>
    <message>
        <source>photo removed</source>
        <translation>valokuva poistettu</translation>
    </message>
    <message>
        <source>picture added</source>
        <translation>kuva lisätty</translation>
    </message>
    <message>
        <source>picture changed</source>
        <translation>kuva vaihdettu</translation>
    </message>
    <message>
        <source>picture removed</source>
        <translation>kuva poistettu</translation>
    </message>
    <message>
        <source>stages in another order: {0}</source>
        <translation>vaiheet eri järjestyksessä: {0}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>kyllä</translation>
    </message>
    <message>
        <source>{0} added: {1}</source>
        <translation>{0} lisätty: {1}</translation>
    </message>
    <message>
        <source>{0} removed: {1}</source>
        <translation>{0} poistettu: {1}</translation>
    </message>
    <message>
        <source>{0}: {1} → {2}</source>
        <translation>{0}: {1} → {2}</translation>
    </message>
    <message>
        <source>~ emotion {0}: {1} -&gt; {2}</source>
        <translation>~ tunne {0}: {1} -&gt; {2}</translation>
    </message>
    <message>
        <source>~ journey: {0}</source>
        <translation>~ polku: {0}</translation>
    </message>
    <message>
        <source>~ link {0}: {1}</source>
        <translation>~ linkki {0}: {1}</translation>
    </message>
</context>
<context>
    <name>ComparePanel</name>
    <message>
        <source>What to compare with: another journey of this map, the map as last saved, or a baseline (File ▸ Mark Baseline…)</source>
        <translation>Mihin verrataan: kartan toiseen polkuun, viimeksi tallennettuun karttaan tai vertailukohtaan (Tiedosto ▸ Merkitse vertailukohta…)</translation>
    </message>
    <message>
        <source>Mark the differences on the map</source>
        <translation>Korosta erot kartalla</translation>
    </message>
    <message>
        <source>Side by Side…</source>
        <translation>Rinnakkain…</translation>
    </message>
    <message>
        <source>Both journeys stage by stage, in two columns</source>
        <translation>Molemmat polut vaihe vaiheelta kahdessa sarakkeessa</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versio</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vertaa</translation>
    </message>
    <message>
        <source>with</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Erot</translation>
    </message>
    <message>
        <source>As Text</source>
        <translation>Tekstinä</translation>
    </message>
    <message>
        <source>Choose two different journeys. To plan changes, Journey &gt; Create future state copies this one; the comparison then shows what you changed.</source>
        <translation>Valitse kaksi eri polkua. Muutosten suunnittelua varten Polku &gt; Luo tavoitetila kopioi tämän polun; vertailu näyttää sitten, mitä muutit.</translation>
    </message>
    <message>
        <source>No differences</source>
        <translation>Ei eroja</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <source>No merge conflicts in this map.</source>
        <translation>Tässä kartassa ei ole yhdistämisen ristiriitoja.</translation>
    </message>
    <message>
        <source>A merge left 1 conflict: pick the side to keep.</source>
        <translation>Yhdistämisestä jäi 1 ristiriita: valitse säilytettävä puoli.</translation>
    </message>
    <message>
        <source>A merge left {0} conflicts: pick the side to keep for each.</source>
        <translation>Yhdistämisestä jäi {0} ristiriitaa: valitse kullekin säilytettävä puoli.</translation>
    </message>
    <message>
        <source>Keep {0}</source>
        <translation>Säilytä {0}</translation>
    </message>
    <message>
        <source>That side no longer fits the map (what it refers to has changed): keep the other, or edit the map by hand.</source>
        <translation>Tämä puoli ei enää sovi karttaan (se, mihin se viittaa, on muuttunut): säilytä toinen tai muokkaa karttaa käsin.</translation>
    </message>
    <message>
        <source>ours</source>
        <translation>meidän</translation>
    </message>
    <message>
        <source>theirs</source>
        <translation>heidän</translation>
    </message>
    <message>
        <source>The map</source>
        <translation>Kartta</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Polku</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persoona</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Vaihe</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Kaista</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kortti</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Yhteys</translation>
    </message>
    <message>
        <source>Checklist answer</source>
        <translation>Tarkistuslistan vastaus</translation>
    </message>
    <message>
        <source>{0} &apos;{1}&apos;</source>
        <translation>{0} &apos;{1}&apos;</translation>
    </message>
    <message>
        <source>{0}: deleted on one side, changed on the other</source>
        <translation>{0}: poistettu toisella puolella, muutettu toisella</translation>
    </message>
    <message>
        <source>{0}: the order of its {1}</source>
        <translation>{0}: sen kohteiden {1} järjestys</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(poistettu)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ei mitään)</translation>
    </message>
    <message>
        <source>(kept)</source>
        <translation>(säilytetty)</translation>
    </message>
</context>
<context>
    <name>Curves</name>
    <message>
        <source>&apos;{0}&apos; and &apos;{1}&apos; do not share their stages: stage {2} is &apos;{3}&apos; in one and &apos;{4}&apos; in the other. Curves are drawn together only for journeys whose stages have the same names in the same order (one may have more stages at the end).</source>
        <translation>&apos;{0}&apos; ja &apos;{1}&apos; eivät jaa vaiheitaan: vaihe {2} on toisessa &apos;{3}&apos; ja toisessa &apos;{4}&apos;. Käyrät piirretään yhteen vain poluille, joiden vaiheilla on samat nimet samassa järjestyksessä (yhdellä saa olla lopussa enemmän vaiheita).</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; has no stages: it has no curve to draw.</source>
        <translation>Kohteella &apos;{0}&apos; ei ole vaiheita: piirrettävää käyrää ei ole.</translation>
    </message>
    <message>
        <source>At most {0} curves can be drawn together: more could not be told apart.</source>
        <translation>Yhteen voi piirtää enintään {0} käyrää: useampia ei erottaisi toisistaan.</translation>
    </message>
    <message>
        <source>Choose at least one journey.</source>
        <translation>Valitse vähintään yksi polku.</translation>
    </message>
    <message>
        <source>no emotions yet</source>
        <translation>ei vielä tunteita</translation>
    </message>
</context>
<context>
    <name>CurvesOverlayDialog</name>
    <message>
        <source>Emotion Curves Together</source>
        <translation>Tunnekäyrät yhdessä</translation>
    </message>
    <message>
        <source>Journeys to compare</source>
        <translation>Verrattavat polut</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Tallenna PDF-tiedostoksi…</translation>
    </message>
    <message>
        <source>The chart on a landscape A3 page, for the wall</source>
        <translation>Kaavio vaakasuuntaisella A3-sivulla seinälle</translation>
    </message>
    <message>
        <source>Journeys (at most {0}):</source>
        <translation>Polut (enintään {0}):</translation>
    </message>
    <message>
        <source>Emotion curves</source>
        <translation>Tunnekäyrät</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Tallenna PDF-tiedostoksi</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Vienti epäonnistui</translation>
    </message>
</context>
<context>
    <name>DecimalSeparator</name>
    <message>
        <source>.</source>
        <translation>,</translation>
    </message>
</context>
<context>
    <name>DockRails</name>
    <message>
        <source>Panels</source>
        <translation>Paneelit</translation>
    </message>
</context>
<context>
    <name>EditController</name>
    <message>
        <source>Duplicate {0} cards</source>
        <translation>Monista {0} korttia</translation>
    </message>
    <message>
        <source>Deleted stage &apos;{0}&apos;.</source>
        <translation>Vaihe &apos;{0}&apos; poistettiin.</translation>
    </message>
    <message>
        <source>Deleted stage &apos;{0}&apos; and its card.</source>
        <translation>Vaihe &apos;{0}&apos; ja sen kortti poistettiin.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted stage &apos;{0}&apos; and its %n cards.</source>
        <translation>
            <numerusform>Vaihe &apos;{0}&apos; ja sen %n kortti poistettiin.</numerusform>
            <numerusform>Vaihe &apos;{0}&apos; ja sen %n korttia poistettiin.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted lane &apos;{0}&apos;.</source>
        <translation>Kaista &apos;{0}&apos; poistettiin.</translation>
    </message>
    <message>
        <source>Deleted lane &apos;{0}&apos; and its card.</source>
        <translation>Kaista &apos;{0}&apos; ja sen kortti poistettiin.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted lane &apos;{0}&apos; and its %n cards.</source>
        <translation>
            <numerusform>Kaista &apos;{0}&apos; ja sen %n kortti poistettiin.</numerusform>
            <numerusform>Kaista &apos;{0}&apos; ja sen %n korttia poistettiin.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select exactly two cards to connect them ({0} selected)</source>
        <translation>Valitse täsmälleen kaksi korttia yhdistääksesi ne ({0} valittu)</translation>
    </message>
    <message>
        <source>These two cards are already connected</source>
        <translation>Nämä kaksi korttia on jo yhdistetty</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Uusi vaihe</translation>
    </message>
    <message>
        <source>New lane</source>
        <translation>Uusi kaista</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>&apos;{0}&apos; is not a length (examples: 10mm, 0.5in, 12pt)</source>
        <translation>&apos;{0}&apos; ei ole pituus (esimerkkejä: 10mm, 0.5in, 12pt)</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a scale in percent (example: 100)</source>
        <translation>&apos;{0}&apos; ei ole mittakaava prosentteina (esimerkki: 100)</translation>
    </message>
    <message>
        <source>The analysis questions of the method&apos;s step 7, as answered for this journey.</source>
        <translation>Menetelmän vaiheen 7 analyysikysymykset tämän polun osalta vastattuina.</translation>
    </message>
    <message>
        <source>at {0:.0f} % the map &apos;{1}&apos; needs {2} and does not fit on {3}: fit it to the page, lower the scale, or choose a larger page or tiling</source>
        <translation>{0:.0f} %:n mittakaavassa kartta &apos;{1}&apos; vaatii {2} eikä mahdu arkille {3}: sovita se sivulle, pienennä mittakaavaa tai valitse suurempi sivu tai paloittelu</translation>
    </message>
    <message>
        <source>at {0:.0f} % the poster of &apos;{1}&apos; would be {2}, larger than PDF viewers open: lower the scale, fit it to a page or tile it</source>
        <translation>{0:.0f} %:n mittakaavassa polun &apos;{1}&apos; julisteesta tulisi {2}, suurempi kuin PDF-lukijat pystyvät avaamaan: pienennä mittakaavaa, sovita se sivulle tai paloittele se</translation>
    </message>
    <message>
        <source>no journey named &apos;{0}&apos; (the file has: {1})</source>
        <translation>polkua nimeltä &apos;{0}&apos; ei ole (tiedostossa on: {1})</translation>
    </message>
    <message>
        <source>page size &apos;{0}&apos; is out of range: each side must be between 18 mm and 5 m</source>
        <translation>sivukoko &apos;{0}&apos; on sallitun alueen ulkopuolella: kunkin sivun on oltava 18 mm – 5 m</translation>
    </message>
    <message>
        <source>unknown orientation &apos;{0}&apos; (use portrait, landscape or auto)</source>
        <translation>tuntematon suunta &apos;{0}&apos; (käytä arvoa portrait, landscape tai auto)</translation>
    </message>
    <message>
        <source>unknown page size &apos;{0}&apos; (use A0-A5, Letter, Legal, Tabloid, ANSI C/D/E, Arch C/D/E, or a size like 420x297mm or 11x17in)</source>
        <translation>tuntematon sivukoko &apos;{0}&apos; (käytä kokoa A0-A5, Letter, Legal, Tabloid, ANSI C/D/E, Arch C/D/E tai esim. 420x297mm tai 11x17in)</translation>
    </message>
    <message>
        <source>, or </source>
        <translation>, tai </translation>
    </message>
    <message>
        <source>1 touchpoint</source>
        <translation>1 kosketuspiste</translation>
    </message>
    <message>
        <source>Also in: {0}</source>
        <translation>Myös poluissa: {0}</translation>
    </message>
    <message>
        <source>Baselines</source>
        <translation>Vertailukohdat</translation>
    </message>
    <message>
        <source>Card &quot;{0}&quot;</source>
        <translation>Kortti ”{0}”</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakti</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sisältö</translation>
    </message>
    <message>
        <source>Current state</source>
        <translation>Nykytila</translation>
    </message>
    <message>
        <source>Customer journey map: {0}</source>
        <translation>Asiakaspolkukartta: {0}</translation>
    </message>
    <message>
        <source>Date: {0}</source>
        <translation>Päivämäärä: {0}</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Osastot</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Suora</translation>
    </message>
    <message>
        <source>Emotion curve</source>
        <translation>Tunnekäyrä</translation>
    </message>
    <message>
        <source>Emotion curves</source>
        <translation>Tunnekäyrät</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Tunne</translation>
    </message>
    <message>
        <source>File: {0}</source>
        <translation>Tiedosto: {0}</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Liput</translation>
    </message>
    <message>
        <source>Frustrations</source>
        <translation>Turhautumiset</translation>
    </message>
    <message>
        <source>Future state</source>
        <translation>Tavoitetila</translation>
    </message>
    <message>
        <source>Goal: {0}</source>
        <translation>Tavoite: {0}</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Tavoitteet</translation>
    </message>
    <message>
        <source>How to assemble: {0}</source>
        <translation>Kokoaminen: {0}</translation>
    </message>
    <message>
        <source>Inconsistent information</source>
        <translation>Ristiriitaista tietoa</translation>
    </message>
    <message>
        <source>Indirect (through others)</source>
        <translation>Epäsuora (muiden kautta)</translation>
    </message>
    <message>
        <source>Journey &quot;{0}&quot;</source>
        <translation>Asiakaspolku ”{0}”</translation>
    </message>
    <message>
        <source>Journeys</source>
        <translation>Polut</translation>
    </message>
    <message>
        <source>Journey Editor {0}</source>
        <translation>Journey Editor {0}</translation>
    </message>
    <message>
        <source>Key touchpoint</source>
        <translation>Avainkosketuspiste</translation>
    </message>
    <message>
        <source>Lane &quot;{0}&quot;</source>
        <translation>Kaista ”{0}”</translation>
    </message>
    <message>
        <source>Lanes</source>
        <translation>Kaistat</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Merkinnät</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Tarpeet</translation>
    </message>
    <message>
        <source>No touchpoints in this stage yet.</source>
        <translation>Tässä vaiheessa ei ole vielä kosketuspisteitä.</translation>
    </message>
    <message>
        <source>Not in any journey yet.</source>
        <translation>Ei vielä missään polussa.</translation>
    </message>
    <message>
        <source>Other questions</source>
        <translation>Muut kysymykset</translation>
    </message>
    <message>
        <source>Path between touchpoints</source>
        <translation>Polku kosketuspisteiden välillä</translation>
    </message>
    <message>
        <source>Persona: {0}</source>
        <translation>Persoona: {0}</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Persoonat</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Suunniteltu</translation>
    </message>
    <message>
        <source>Print at 100 % (no “fit to page”). Cut each sheet along the dashed line at its left and top edge,</source>
        <translation>Tulosta 100 %:n koossa (ei ”sovita sivulle”). Leikkaa jokainen arkki katkoviivaa pitkin sen vasemmasta ja yläreunasta,</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Sitaatti</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Poistunut</translation>
    </message>
    <message>
        <source>Review checklist</source>
        <translation>Arvioinnin tarkistuslista</translation>
    </message>
    <message>
        <source>Review comments</source>
        <translation>Arvioinnin kommentit</translation>
    </message>
    <message>
        <source>Revision: {0}</source>
        <translation>Versio: {0}</translation>
    </message>
    <message>
        <source>R{0} C{1}</source>
        <translation>R{0} S{1}</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmentti</translation>
    </message>
    <message>
        <source>Stage &quot;{0}&quot;</source>
        <translation>Vaihe ”{0}”</translation>
    </message>
    <message>
        <source>Stage {0}</source>
        <translation>Vaihe {0}</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Vaiheet</translation>
    </message>
    <message>
        <source>This journey has no stages or lanes yet.</source>
        <translation>Tällä polulla ei ole vielä vaiheita eikä kaistoja.</translation>
    </message>
    <message>
        <source>This journey has no stages yet.</source>
        <translation>Tällä polulla ei ole vielä vaiheita.</translation>
    </message>
    <message>
        <source>Untitled journey</source>
        <translation>Nimetön asiakaspolku</translation>
    </message>
    <message>
        <source>Untitled touchpoint</source>
        <translation>Nimetön kosketuspiste</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Vahvistettu</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Äänet</translation>
    </message>
    <message>
        <source>Workshop handout</source>
        <translation>Työpajamateriaali</translation>
    </message>
    <message>
        <source>bleed and crop marks are for a poster on one page, not for tiled sheets</source>
        <translation>leikkuuvara ja leikkuumerkit ovat yhden sivun julisteelle, eivät paloitelluille arkeille</translation>
    </message>
    <message>
        <source>card text prints at {0}&#xa0;pt (smallest text {1}&#xa0;pt), under the {2}&#xa0;pt a wall poster needs</source>
        <translation>korttien teksti tulostuu {0}&#xa0;pt:n kokoisena (pienin teksti {1}&#xa0;pt), alle seinäjulisteen vaatiman {2}&#xa0;pt:n</translation>
    </message>
    <message>
        <source>choose {0} ({1}&#xa0;pt)</source>
        <translation>valitse {0} ({1}&#xa0;pt)</translation>
    </message>
    <message>
        <source>split it into {0} posters ({1}&#xa0;pt)</source>
        <translation>jaa se {0} julisteeksi ({1}&#xa0;pt)</translation>
    </message>
    <message>
        <source>card text prints at {0:.1f}&#xa0;pt (smallest text {1:.1f}&#xa0;pt), under the {2:g}&#xa0;pt a wall poster needs</source>
        <translation type="vanished">korttien teksti tulostuu {0:.1f}&#xa0;pt:n kokoisena (pienin teksti {1:.1f}&#xa0;pt), alle seinäjulisteen vaatiman {2:g}&#xa0;pt:n</translation>
    </message>
    <message>
        <source>choose {0} ({1:.1f}&#xa0;pt)</source>
        <translation type="vanished">valitse {0} ({1:.1f}&#xa0;pt)</translation>
    </message>
    <message>
        <source>print it at 100&#xa0;% on tiled sheets</source>
        <translation>tulosta se 100&#xa0;%:n koossa paloitelluille arkeille</translation>
    </message>
    <message>
        <source>split it into {0} posters ({1:.1f}&#xa0;pt)</source>
        <translation type="vanished">jaa se {0} julisteeksi ({1:.1f}&#xa0;pt)</translation>
    </message>
    <message>
        <source>choose {0} ({1:.1f}&#xa0;pt), or print it at 100&#xa0;% on tiled sheets</source>
        <translation type="vanished">valitse {0} ({1:.1f}&#xa0;pt) tai tulosta se 100&#xa0;%:n koossa paloitelluille arkeille</translation>
    </message>
    <message>
        <source>customer journey map</source>
        <translation>asiakaspolkukartta</translation>
    </message>
    <message>
        <source>lay it over its neighbour so that the half targets meet the whole ones, and tape it from the back.</source>
        <translation>aseta se naapuriarkin päälle niin, että puolikkaat kohdistusmerkit osuvat kokonaisiin, ja teippaa takapuolelta.</translation>
    </message>
    <message>
        <source>page {0} of {1}</source>
        <translation>sivu {0}/{1}</translation>
    </message>
    <message>
        <source>page {0}</source>
        <translation>sivu {0}</translation>
    </message>
    <message>
        <source>print it at 100&#xa0;% on tiled sheets, or split it into several posters</source>
        <translation type="vanished">tulosta se 100&#xa0;%:n koossa paloitelluille arkeille tai jaa se useaksi julisteeksi</translation>
    </message>
    <message>
        <source>the file has no journey to export</source>
        <translation>tiedostossa ei ole vietävää polkua</translation>
    </message>
    <message>
        <source>the margin cannot be negative</source>
        <translation>marginaali ei voi olla negatiivinen</translation>
    </message>
    <message>
        <source>the margins leave no room on the page</source>
        <translation>marginaalit eivät jätä sivulle tilaa</translation>
    </message>
    <message>
        <source>the overlap must be between 0 and {0:.0f} mm on this paper</source>
        <translation>limityksen on oltava 0–{0:.0f} mm tällä paperilla</translation>
    </message>
    <message>
        <source>the scale must be between 1 % and 1000 %</source>
        <translation>mittakaavan on oltava 1–1000 %</translation>
    </message>
    <message>
        <source>very negative</source>
        <translation>hyvin kielteinen</translation>
    </message>
    <message>
        <source>very positive</source>
        <translation>hyvin myönteinen</translation>
    </message>
    <message>
        <source>{0} (continued)</source>
        <translation>{0} (jatkoa)</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>{0} by {1}</source>
        <translation>{0}, tekijä {1}</translation>
    </message>
    <message>
        <source>{0} journeys over the same stages</source>
        <translation>{0} polkua samojen vaiheiden läpi</translation>
    </message>
    <message>
        <source>{0} rows × {1} columns = {2} sheets, overlapping by {3:.0f} mm, numbered row by row.</source>
        <translation>{0} riviä × {1} saraketta = {2} arkkia, {3:.0f} mm:n limitys, numeroitu rivi kerrallaan.</translation>
    </message>
    <message>
        <source>{0} rows × {1} columns, {2} sheets ({3} would be blank and are left out), overlapping by {4:.0f} mm, numbered row by row.</source>
        <translation>{0} riviä × {1} saraketta, {2} arkkia ({3} olisi tyhjiä ja ne jätetään pois), {4:.0f} mm:n limitys, numeroitu rivi kerrallaan.</translation>
    </message>
    <message>
        <source>{0} touchpoints</source>
        <translation>{0} kosketuspistettä</translation>
    </message>
    <message>
        <source>{0} · row {1}, column {2} · page {3} of {4}</source>
        <translation>{0} · rivi {1}, sarake {2} · sivu {3}/{4}</translation>
    </message>
    <message>
        <source>{0}, {1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <source>{0}: no installed font has {1}; printed as �</source>
        <translation>{0}: yhdessäkään asennetussa fontissa ei ole merkkiä {1}; tulostetaan merkkinä �</translation>
    </message>
    <message>
        <source>{0} ({1}/{2}: {3} – {4})</source>
        <translation>{0} ({1}/{2}: {3} – {4})</translation>
    </message>
    <message>
        <source>the file has no persona to print</source>
        <translation>tiedostossa ei ole tulostettavaa persoonaa</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Vie</translation>
    </message>
    <message>
        <source>PDF poster</source>
        <translation>PDF-juliste</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG-kuva</translation>
    </message>
    <message>
        <source>SVG image</source>
        <translation>SVG-kuva</translation>
    </message>
    <message>
        <source>Persona sheets (PDF)</source>
        <translation>Persoonakortit (PDF)</translation>
    </message>
    <message>
        <source>Emotion curves together (PDF)</source>
        <translation>Tunnekäyrät yhdessä (PDF)</translation>
    </message>
    <message>
        <source>This journey</source>
        <translation>Tämä polku</translation>
    </message>
    <message>
        <source>All journeys</source>
        <translation>Kaikki polut</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automaattinen</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Vaaka</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Pysty</translation>
    </message>
    <message>
        <source>Fit to the page</source>
        <translation>Sovita sivulle</translation>
    </message>
    <message>
        <source>Tile onto sheets of</source>
        <translation>Paloittele arkeille</translation>
    </message>
    <message>
        <source>Add workshop handout pages</source>
        <translation>Lisää työpajamateriaalin sivut</translation>
    </message>
    <message>
        <source>Bleed and crop marks</source>
        <translation>Leikkuuvara ja -merkit</translation>
    </message>
    <message>
        <source>For a print shop: 3 mm of bleed around the poster and marks showing where to cut. Not for tiled sheets.</source>
        <translation>Painotaloa varten: 3 mm:n leikkuuvara julisteen ympärillä ja merkit, jotka näyttävät leikkauskohdan. Ei paloitelluille arkeille.</translation>
    </message>
    <message>
        <source>Title block and legend</source>
        <translation>Otsikkoalue ja selite</translation>
    </message>
    <message>
        <source>Warn when card text prints smaller than this: about 8 pt for a wall poster read from a step away</source>
        <translation>Varoita, kun korttien teksti tulostuu tätä pienempänä: noin 8 pt seinäjulisteelle, jota luetaan askeleen päästä</translation>
    </message>
    <message>
        <source>Print a wide map as several posters, consecutive stages on each, every lane on all: they hang side by side</source>
        <translation>Tulosta leveä kartta useaksi julisteeksi, joissa kussakin on peräkkäisiä vaiheita ja kaikissa kaikki kaistat: ne ripustetaan rinnakkain</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Muoto</translation>
    </message>
    <message>
        <source>Journeys</source>
        <translation>Polut</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Sivukoko</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Suunta</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Mittakaava</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>Marginaalit</translation>
    </message>
    <message>
        <source>Card text at least</source>
        <translation>Korttien teksti vähintään</translation>
    </message>
    <message>
        <source>Posters side by side</source>
        <translation>Julisteet rinnakkain</translation>
    </message>
    <message>
        <source>Tiling</source>
        <translation>Paloittelu</translation>
    </message>
    <message>
        <source>Overlap</source>
        <translation>Limitys</translation>
    </message>
    <message>
        <source>Handout</source>
        <translation>Materiaali</translation>
    </message>
    <message>
        <source>Print shop</source>
        <translation>Painotalo</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Tarkkuus</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Kuva</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… ja %n muu</numerusform>
            <numerusform>… ja %n muuta</numerusform>
        </translation>
    </message>
    <message>
        <source>{0:.0f} × {1:.0f} pixels</source>
        <translation>{0:.0f} × {1:.0f} kuvapistettä</translation>
    </message>
    <message>
        <source>{0:.0f} × {1:.0f} mm at {2} %</source>
        <translation>{0:.0f} × {1:.0f} mm, {2} %</translation>
    </message>
    <message numerus="yes">
        <source>%n posters, the first shown: </source>
        <translation>
            <numerusform>%n juliste, ensimmäinen näytetään: </numerusform>
            <numerusform>%n julistetta, ensimmäinen näytetään: </numerusform>
        </translation>
    </message>
    <message>
        <source>on {0} sheets ({1} across, {2} down) plus an assembly sheet</source>
        <translation>{0} arkille ({1} vaakasuunnassa, {2} pystysuunnassa) sekä kokoamisarkki</translation>
    </message>
    <message>
        <source>printed on {0:.0f} × {1:.0f} mm with {2:.0f} mm bleed and crop marks</source>
        <translation>painettuna {0:.0f} × {1:.0f} mm:n arkille, {2:.0f} mm:n leikkuuvara ja leikkuumerkit</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Vie kohteeseen</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Vienti epäonnistui</translation>
    </message>
</context>
<context>
    <name>ExportSheets</name>
    <message>
        <source>This map has no persona yet: add one in the Personas panel.</source>
        <translation>Kartalla ei ole vielä persoonaa: lisää sellainen Persoonat-paneelissa.</translation>
    </message>
    <message>
        <source>{0:.0f} × {1:.0f} mm, a page for each persona: {2}</source>
        <translation>{0:.0f} × {1:.0f} mm, sivu kullekin persoonalle: {2}</translation>
    </message>
    <message>
        <source>{0:.0f} × {1:.0f} mm: {2}. View &gt; Emotion Curves Together… chooses other journeys.</source>
        <translation>{0:.0f} × {1:.0f} mm: {2}. Näytä &gt; Tunnekäyrät yhdessä… valitsee muut polut.</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Open journey map</source>
        <translation>Avaa asiakaspolkukartta</translation>
    </message>
    <message>
        <source>Cannot open journey map</source>
        <translation>Asiakaspolkukarttaa ei voi avata</translation>
    </message>
    <message>
        <source>Cannot reload journey map</source>
        <translation>Asiakaspolkukarttaa ei voi ladata uudelleen</translation>
    </message>
    <message>
        <source>{0} (copy)</source>
        <translation>{0} (kopio)</translation>
    </message>
    <message>
        <source>journey</source>
        <translation>polku</translation>
    </message>
    <message>
        <source>Save journey map</source>
        <translation>Tallenna asiakaspolkukartta</translation>
    </message>
    <message>
        <source>Cannot save journey map</source>
        <translation>Asiakaspolkukarttaa ei voi tallentaa</translation>
    </message>
    <message>
        <source>{0} is being edited in another window; save under another name.</source>
        <translation>Tiedostoa {0} muokataan toisessa ikkunassa; tallenna se toisella nimellä.</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>Tallennettiin {0}</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Tallentamattomia muutoksia</translation>
    </message>
    <message>
        <source>Save the changes to this journey map before closing it?</source>
        <translation>Tallennetaanko tämän asiakaspolkukartan muutokset ennen sulkemista?</translation>
    </message>
    <message>
        <source>Journey maps (*.journey);;All files (*)</source>
        <translation>Asiakaspolkukartat (*.journey);;Kaikki tiedostot (*)</translation>
    </message>
</context>
<context>
    <name>FileErrors</name>
    <message>
        <source>the disk is full</source>
        <translation>levy on täynnä</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>levykiintiö on käytetty loppuun</translation>
    </message>
    <message>
        <source>the folder {folder} is on a read-only disk</source>
        <translation>kansio {folder} on kirjoitussuojatulla levyllä</translation>
    </message>
    <message>
        <source>no permission to write in {folder}</source>
        <translation>ei kirjoitusoikeutta kansioon {folder}</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist</source>
        <translation>kansiota {folder} ei ole</translation>
    </message>
    <message>
        <source>that is a folder, not a file</source>
        <translation>tämä on kansio eikä tiedosto</translation>
    </message>
    <message>
        <source>{0}; nothing was written</source>
        <translation>{0}; mitään ei kirjoitettu</translation>
    </message>
    <message>
        <source>the file is write-protected</source>
        <translation>tiedosto on kirjoitussuojattu</translation>
    </message>
    <message>
        <source>the file belongs to {0}, and saving over it would make you its owner</source>
        <translation>tiedoston omistaa {0}, ja sen päälle tallentaminen tekisi sinusta sen omistajan</translation>
    </message>
    <message>
        <source>another user</source>
        <translation>toinen käyttäjä</translation>
    </message>
    <message>
        <source>another revision is already named &apos;{0}&apos;</source>
        <translation>toisen version nimi on jo &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>refers to a picture &apos;{0}…&apos; that is not in the file&apos;s images</source>
        <translation>viittaa kuvaan &apos;{0}…&apos;, jota ei ole tiedoston kuvissa</translation>
    </message>
    <message>
        <source>refers to a {0} &apos;{1}&apos; that does not exist</source>
        <translation>viittaa kohteeseen {0} &apos;{1}&apos;, jota ei ole</translation>
    </message>
    <message>
        <source>the id &apos;{0}&apos; is used twice</source>
        <translation>tunnistetta &apos;{0}&apos; käytetään kahdesti</translation>
    </message>
    <message>
        <source>this is not a journey map (its format is &apos;{0}&apos;)</source>
        <translation>tämä ei ole asiakaspolkukartta (sen muoto on &apos;{0}&apos;)</translation>
    </message>
    <message>
        <source> (allowed: {0})</source>
        <translation> (sallitut: {0})</translation>
    </message>
    <message>
        <source> or </source>
        <translation> tai </translation>
    </message>
    <message>
        <source>a baseline needs both a name and a copy of the map (snapshot)</source>
        <translation>vertailukohta tarvitsee sekä nimen että kopion kartasta (snapshot)</translation>
    </message>
    <message>
        <source>a photo needs its type (image/png or image/jpeg)</source>
        <translation type="vanished">kuvalla on oltava tyyppi (image/png tai image/jpeg)</translation>
    </message>
    <message>
        <source>another revision keeps the same copy of the map</source>
        <translation>toinen versio säilyttää saman kopion kartasta</translation>
    </message>
    <message>
        <source>cannot be read: {0}</source>
        <translation>ei voi lukea: {0}</translation>
    </message>
    <message>
        <source>cards</source>
        <translation>korttia</translation>
    </message>
    <message>
        <source>connections</source>
        <translation>yhteyttä</translation>
    </message>
    <message>
        <source>connects a card to itself</source>
        <translation>yhdistää kortin itseensä</translation>
    </message>
    <message>
        <source>entries (stages, lanes, checklist answers, evidence, metrics, comments and votes)</source>
        <translation>merkintää (vaiheet, kaistat, tarkistuslistan vastaukset, näyttö, mittarit, kommentit ja äänet)</translation>
    </message>
    <message>
        <source>expected {0}, found {1}</source>
        <translation>odotettiin {0}, löytyi {1}</translation>
    </message>
    <message>
        <source>format version {0} is too old to read</source>
        <translation>tiedostomuodon versio {0} on liian vanha luettavaksi</translation>
    </message>
    <message>
        <source>has a key in the wrong form</source>
        <translation>sisältää väärän muotoisen avaimen</translation>
    </message>
    <message>
        <source>line {0}, column {1}</source>
        <translation>rivi {0}, sarake {1}</translation>
    </message>
    <message>
        <source>made with a newer Journey Editor (format version {0}; this one reads up to {1}): please update Journey Editor</source>
        <translation>tehty uudemmalla Journey Editorilla (tiedostomuodon versio {0}; tämä lukee versioon {1} asti): päivitä Journey Editor</translation>
    </message>
    <message>
        <source>no named revision keeps this copy of the map</source>
        <translation>mikään nimetty versio ei säilytä tätä kopiota kartasta</translation>
    </message>
    <message>
        <source>no permission to read the file</source>
        <translation>ei lukuoikeutta tiedostoon</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>tiedostoa ei ole</translation>
    </message>
    <message>
        <source>not saved: the file would not open again ({0}{1})</source>
        <translation>ei tallennettu: tiedostoa ei voisi avata uudelleen ({0}{1})</translation>
    </message>
    <message>
        <source>not saved: the map would take {0:.1f} MB, and a map file may hold at most {1:.1f} MB</source>
        <translation>ei tallennettu: kartta veisi {0:.1f} Mt, ja karttatiedosto saa olla enintään {1:.1f} Mt</translation>
    </message>
    <message>
        <source>that is not a regular file</source>
        <translation>tämä ei ole tavallinen tiedosto</translation>
    </message>
    <message>
        <source>the data is nested too deeply</source>
        <translation>tiedot ovat liian syvälle sisäkkäisiä</translation>
    </message>
    <message>
        <source>the file ends too early (it may be cut off)</source>
        <translation>tiedosto päättyy liian aikaisin (se voi olla katkennut)</translation>
    </message>
    <message>
        <source>the file holds {0:,} {1}; a file may hold at most {2:,}</source>
        <translation>tiedostossa on {0:,} {1}; tiedostossa saa olla enintään {2:,}</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>tiedosto on tyhjä</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>tiedosto ei ole UTF-8-tekstiä</translation>
    </message>
    <message>
        <source>the file is too large ({0} MB; the limit is {1} MB)</source>
        <translation>tiedosto on liian suuri ({0} Mt; raja on {1} Mt)</translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation>tiedosto on liian suuri</translation>
    </message>
    <message>
        <source>the format version is missing</source>
        <translation>tiedostomuodon versio puuttuu</translation>
    </message>
    <message>
        <source>the format version must be a whole number, found {0}</source>
        <translation>tiedostomuodon version on oltava kokonaisluku, löytyi {0}</translation>
    </message>
    <message>
        <source>the map could not be written: {0}</source>
        <translation>karttaa ei voitu kirjoittaa: {0}</translation>
    </message>
    <message>
        <source>the photo is not a valid {0} image</source>
        <translation type="vanished">kuva ei ole kelvollinen {0}-kuva</translation>
    </message>
    <message>
        <source>the picture {0} does not match its key: its data was changed or damaged</source>
        <translation>kuva {0} ei vastaa avaintaan: sen tietoja on muutettu tai ne ovat vahingoittuneet</translation>
    </message>
    <message>
        <source>the picture {0} has no readable size in its header</source>
        <translation>kuvan {0} otsakkeessa ei ole luettavaa kokoa</translation>
    </message>
    <message>
        <source>the picture {0} is cut short (its end is missing)</source>
        <translation>kuva {0} on katkennut (sen loppu puuttuu)</translation>
    </message>
    <message>
        <source>the picture {0} is not a {1} image</source>
        <translation>kuva {0} ei ole {1}-kuva</translation>
    </message>
    <message>
        <source>the picture {0} is {1} x {2} pixels, but its entry says {3} x {4}</source>
        <translation>kuva {0} on {1} x {2} pikseliä, mutta sen tiedoissa lukee {3} x {4}</translation>
    </message>
    <message>
        <source>this is a binary file, not a journey map</source>
        <translation>tämä on binääritiedosto eikä asiakaspolkukartta</translation>
    </message>
    <message>
        <source>this is not a journey map (no Journey Editor data in it)</source>
        <translation>tämä ei ole asiakaspolkukartta (siinä ei ole Journey Editorin tietoja)</translation>
    </message>
    <message>
        <source>this is not a journey map (the format marker is missing)</source>
        <translation>tämä ei ole asiakaspolkukartta (tiedostomuodon tunniste puuttuu)</translation>
    </message>
    <message>
        <source>this is not valid JSON here</source>
        <translation>tämä ei ole kelvollista JSONia tässä kohdassa</translation>
    </message>
    <message>
        <source>this is text in {0}; save it as UTF-8</source>
        <translation>tämä on tekstiä muodossa {0}; tallenna se UTF-8-muodossa</translation>
    </message>
    <message>
        <source>this is {0}, not a journey map</source>
        <translation>tämä on {0} eikä asiakaspolkukartta</translation>
    </message>
    <message>
        <source>this older file is damaged and cannot be upgraded</source>
        <translation>tämä vanhempi tiedosto on vioittunut, eikä sitä voi päivittää</translation>
    </message>
    <message>
        <source>unexpected text after the end of the data</source>
        <translation>odottamatonta tekstiä tietojen lopun jälkeen</translation>
    </message>
    <message>
        <source>{0} is not allowed here</source>
        <translation>{0} ei ole sallittu tässä</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>kokonaisluku</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>luku</translation>
    </message>
    <message>
        <source>text</source>
        <translation>teksti</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>tosi tai epätosi</translation>
    </message>
    <message>
        <source>nothing (null)</source>
        <translation>ei mitään (null)</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>luettelo</translation>
    </message>
    <message>
        <source>a group of fields</source>
        <translation>kenttäryhmä</translation>
    </message>
    <message>
        <source>base64 data</source>
        <translation>base64-tietoa</translation>
    </message>
    <message>
        <source>has an unknown field &apos;{0}&apos; (a newer Journey Editor may have written it: update to open this file)</source>
        <translation>sisältää tuntemattoman kentän &apos;{0}&apos; (uudempi Journey Editor on ehkä kirjoittanut sen: päivitä avataksesi tiedoston)</translation>
    </message>
    <message>
        <source>a ZIP archive (or an Office document)</source>
        <translation>ZIP-arkisto (tai Office-asiakirja)</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>PNG-kuva</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>JPEG-kuva</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>GIF-kuva</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>PDF-asiakirja</translation>
    </message>
    <message>
        <source>a compressed (gzip) file</source>
        <translation>pakattu tiedosto (gzip)</translation>
    </message>
    <message>
        <source>a program</source>
        <translation>ohjelma</translation>
    </message>
    <message>
        <source>is too long (at most {1} items or characters)</source>
        <translation>on liian pitkä (enintään {1} kohdetta tai merkkiä)</translation>
    </message>
    <message>
        <source>is too short (at least {1} items or characters)</source>
        <translation>on liian lyhyt (vähintään {1} kohdetta tai merkkiä)</translation>
    </message>
    <message>
        <source>has a value in the wrong form</source>
        <translation>arvo on väärässä muodossa</translation>
    </message>
    <message>
        <source>must be at most {1}</source>
        <translation>saa olla enintään {1}</translation>
    </message>
    <message>
        <source>must be at least {1}</source>
        <translation>on oltava vähintään {1}</translation>
    </message>
    <message>
        <source>is a number too large to use</source>
        <translation>on liian suuri luku käytettäväksi</translation>
    </message>
    <message>
        <source>the required field &apos;{0}&apos; is missing</source>
        <translation>pakollinen kenttä &apos;{0}&apos; puuttuu</translation>
    </message>
    <message>
        <source>has an unknown field &apos;{0}&apos;</source>
        <translation type="vanished">sisältää tuntemattoman kentän &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>is not a valid {0} (write it as 2026-10-01)</source>
        <translation>ei ole kelvollinen {0} (kirjoita muodossa 2026-10-01)</translation>
    </message>
    <message>
        <source>is not valid base64 data</source>
        <translation>ei ole kelvollista base64-tietoa</translation>
    </message>
    <message>
        <source>persona</source>
        <translation>persoona</translation>
    </message>
    <message>
        <source>journey</source>
        <translation>polku</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>vaihe</translation>
    </message>
    <message>
        <source>lane</source>
        <translation>kaista</translation>
    </message>
    <message>
        <source>card</source>
        <translation>kortti</translation>
    </message>
    <message>
        <source>copy of the map</source>
        <translation>kopio kartasta</translation>
    </message>
    <message>
        <source>the photo of persona &apos;{0}&apos; is damaged or too large for this version and was left out</source>
        <translation>personan &apos;{0}&apos; kuva on vioittunut tai liian suuri tälle versiolle, ja se jätettiin pois</translation>
    </message>
</context>
<context>
    <name>FileFormat</name>
    <message>
        <source>Marks the file as a Journey Editor map.</source>
        <translation>Merkitsee tiedoston Journey Editorin kartaksi.</translation>
    </message>
    <message>
        <source>The format version the file is written in.</source>
        <translation>Tiedostomuodon versio, jolla tiedosto on kirjoitettu.</translation>
    </message>
    <message>
        <source>The map&apos;s title.</source>
        <translation>Kartan otsikko.</translation>
    </message>
    <message>
        <source>The people the journeys are about: name, segment, goals, needs, frustrations, quote and photo.</source>
        <translation>Ihmiset, joista asiakaspolut kertovat: nimi, segmentti, tavoitteet, tarpeet, turhautumat, sitaatti ja kuva.</translation>
    </message>
    <message>
        <source>The journey maps: stages, lanes, cards, connections, the review checklist and dot voting.</source>
        <translation>Asiakaspolkujen kartat: vaiheet, kaistat, kortit, yhteydet, arvioinnin tarkistuslista ja pisteäänestys.</translation>
    </message>
    <message>
        <source>The revision log: when, by whom and what changed, one entry per save with a summary.</source>
        <translation>Muutosloki: milloin, kuka ja mitä muuttui, yksi merkintä jokaisesta tallennuksesta, jolla on yhteenveto.</translation>
    </message>
    <message>
        <source>What a merge of two versions of the map could not decide, until someone picks a side; left out when there is none.</source>
        <translation>Se, mitä kartan kahden version yhdistäminen ei pystynyt ratkaisemaan, kunnes joku valitsee puolen; jätetään pois, kun sellaista ei ole.</translation>
    </message>
    <message>
        <source>The named revisions&apos; (baselines&apos;) copies of the journeys, to compare the map with later; left out when there is none.</source>
        <translation>Nimettyjen versioiden (vertailukohtien) kopiot poluista, joihin karttaa voi myöhemmin verrata; jätetään pois, kun niitä ei ole.</translation>
    </message>
    <message>
        <source>The pictures on cards and the personas&apos; photos, once each, by the SHA-256 of their bytes (a card&apos;s or persona&apos;s picture key): PNG or JPEG as base64, with their size in pixels; only those a card or persona shows; left out when there is none.</source>
        <translation>Korttien kuvat ja persoonien valokuvat, kukin kerran, tavujensa SHA-256-tiivisteen mukaan (kortin tai persoonan kuva-avain): PNG tai JPEG base64-muodossa, kokonsa pikseleinä; vain ne, jotka jokin kortti tai persoona näyttää; jätetään pois, kun niitä ei ole.</translation>
    </message>
    <message>
        <source>The pictures on cards, once each, by the SHA-256 of their bytes (a card&apos;s picture key): PNG or JPEG as base64, with their size in pixels; only those a card shows; left out when there is none.</source>
        <translation type="vanished">Korttien kuvat, kukin kerran, tavujensa SHA-256-tiivisteen mukaan (kortin kuva-avain): PNG tai JPEG base64-muodossa, kokonsa pikseleinä; vain ne, jotka jokin kortti näyttää; jätetään pois, kun niitä ei ole.</translation>
    </message>
    <message>
        <source>A file holds at most {0} MB, {1} journeys, {2} cards and as many connections in all its journeys together ({3} of each in one journey), and {4} entries: stages, lanes, checklist answers, and the cards&apos; evidence, metrics, comments and votes.</source>
        <translation>Tiedostossa voi olla enintään {0} Mt, {1} asiakaspolkua, {2} korttia ja yhtä monta yhteyttä kaikissa poluissa yhteensä ({3} kumpaakin yhdessä polussa) sekä {4} merkintää: vaiheet, kaistat, tarkistuslistan vastaukset sekä korttien näyttö, mittarit, kommentit ja äänet.</translation>
    </message>
    <message>
        <source>A name holds at most {0} characters, a longer text {1}, a list {2} entries, and a persona&apos;s photo {3} KB.</source>
        <translation type="vanished">Nimessä voi olla enintään {0} merkkiä, pidemmässä tekstissä {1}, luettelossa {2} merkintää ja persoonan kuva voi olla {3} kt.</translation>
    </message>
    <message>
        <source>A name holds at most {0} characters, a longer text {1}, a list {2} entries, and a picture (on a card, or a persona&apos;s photo) {3} KB.</source>
        <translation>Nimessä voi olla enintään {0} merkkiä, pidemmässä tekstissä {1}, luettelossa {2} merkintää ja kuva (kortilla tai persoonan valokuva) voi olla {3} kt.</translation>
    </message>
    <message>
        <source>Each object and its keys, the required ones in bold; the schema gives each key&apos;s type, range and default.</source>
        <translation>Jokainen objekti ja sen avaimet, pakolliset lihavoituina; skeema kertoo kunkin avaimen tyypin, arvoalueen ja oletusarvon.</translation>
    </message>
    <message>
        <source>A .journey file is one workspace of journey maps as JSON text in UTF-8, indented so that version control shows small differences. This page is made from the JSON Schema that describes the format, installed with the editor:</source>
        <translation>.journey-tiedosto on yksi asiakaspolkukarttojen työtila JSON-tekstinä UTF-8-muodossa, sisennettynä niin, että versionhallinta näyttää pienet erot. Tämä sivu on tehty muotoa kuvaavasta JSON-skeemasta, joka asennetaan editorin mukana:</translation>
    </message>
    <message>
        <source>An id is text of {0} to {1} characters that never changes when a name does, so that references hold and a version control diff stays small. Personas and journeys are unique in the file, the others in their journey.</source>
        <translation>Tunniste on {0}–{1} merkin teksti, joka ei muutu nimen muuttuessa, joten viittaukset pysyvät ja versionhallinnan erot pysyvät pieninä. Persoonat ja asiakaspolut ovat yksilöllisiä tiedostossa, muut omassa polussaan.</translation>
    </message>
    <message>
        <source>Ids and references</source>
        <translation>Tunnisteet ja viittaukset</translation>
    </message>
    <message>
        <source>Its identifier: {0}</source>
        <translation>Sen tunniste: {0}</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Avain</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Rajat</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objektit</translation>
    </message>
    <message>
        <source>The editor refuses a file whose references lead nowhere:</source>
        <translation>Editori ei avaa tiedostoa, jonka viittaukset eivät johda mihinkään:</translation>
    </message>
    <message>
        <source>These objects carry an id: {0}.</source>
        <translation>Näillä objekteilla on tunniste: {0}.</translation>
    </message>
    <message>
        <source>This editor writes format version {0} and reads versions {1} to {0}. An older file is upgraded step by step as it opens; the file itself changes only when you save, and the save keeps the previous file beside it as a .bak. A file from a newer Journey Editor is not opened: the message names its version, and the file stays as it is.</source>
        <translation>Tämä editori kirjoittaa tiedostomuodon versiota {0} ja lukee versioita {1}–{0}. Vanhempi tiedosto päivitetään vaihe vaiheelta avattaessa; itse tiedosto muuttuu vasta, kun tallennat, ja tallennus säilyttää edellisen tiedoston vieressä .bak-tiedostona. Uudemman Journey Editorin tiedostoa ei avata: ilmoitus kertoo sen version, ja tiedosto jää ennalleen.</translation>
    </message>
    <message>
        <source>Top-level keys</source>
        <translation>Ylimmän tason avaimet</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Arvo</translation>
    </message>
    <message>
        <source>Versions and upgrades</source>
        <translation>Versiot ja päivitykset</translation>
    </message>
    <message>
        <source>What it holds</source>
        <translation>Mitä se sisältää</translation>
    </message>
    <message>
        <source>list of {0}</source>
        <translation>luettelo: {0}</translation>
    </message>
    <message>
        <source>number</source>
        <translation>luku</translation>
    </message>
    <message>
        <source>object</source>
        <translation>objekti</translation>
    </message>
    <message>
        <source>required</source>
        <translation>pakollinen</translation>
    </message>
    <message>
        <source>text of at most {0} characters</source>
        <translation>teksti, enintään {0} merkkiä</translation>
    </message>
    <message>
        <source>text</source>
        <translation>teksti</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>tosi tai epätosi</translation>
    </message>
    <message>
        <source>whole number</source>
        <translation>kokonaisluku</translation>
    </message>
    <message>
        <source>{0}, at most {1}</source>
        <translation>{0}, enintään {1}</translation>
    </message>
</context>
<context>
    <name>FileFormatDialog</name>
    <message>
        <source>The .journey File Format</source>
        <translation>.journey-tiedostomuoto</translation>
    </message>
</context>
<context>
    <name>FileSafety</name>
    <message>
        <source>An edit failed</source>
        <translation>Muokkaus epäonnistui</translation>
    </message>
    <message>
        <source>Cannot save journey map</source>
        <translation>Asiakaspolkukarttaa ei voi tallentaa</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Tallenna nimellä…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>Tiedosto on muuttunut levyllä</translation>
    </message>
    <message>
        <source>{0} changed on disk since you opened or last saved it (another computer or a sync client may have written it). Overwriting it loses those changes.</source>
        <translation>{0} on muuttunut levyllä sen jälkeen, kun avasit tai viimeksi tallensit sen (toinen tietokone tai synkronointipalvelu on voinut kirjoittaa sen). Jos korvaat sen, ne muutokset menetetään.</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Korvaa</translation>
    </message>
    <message>
        <source>{0} changed on disk; saving will ask before overwriting it</source>
        <translation>{0} on muuttunut levyllä; tallennettaessa sinulta kysytään ennen korvaamista</translation>
    </message>
    <message>
        <source>{0} changed on disk. Reload it? You have no unsaved changes.</source>
        <translation>{0} on muuttunut levyllä. Ladataanko se uudelleen? Sinulla ei ole tallentamattomia muutoksia.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Lataa uudelleen</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Säilytä</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Tallenna</translation>
    </message>
    <message>
        <source>Summary of this revision (optional):</source>
        <translation>Tämän version yhteenveto (valinnainen):</translation>
    </message>
    <message>
        <source>Compare with Saved Version</source>
        <translation>Vertaa tallennettuun versioon</translation>
    </message>
    <message>
        <source>This journey map has not been saved yet.</source>
        <translation>Tätä asiakaspolkukarttaa ei ole vielä tallennettu.</translation>
    </message>
    <message>
        <source>Cannot read the saved version</source>
        <translation>Tallennettua versiota ei voi lukea</translation>
    </message>
    <message>
        <source>No changes since the last save</source>
        <translation>Ei muutoksia edellisen tallennuksen jälkeen</translation>
    </message>
</context>
<context>
    <name>GettingStartedDialog</name>
    <message>
        <source>Getting Started</source>
        <translation>Aloitusopas</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>Enter each item&apos;s average score in the value column (and the date of the survey), save the sheet as CSV and bring it into the map with File &gt; Import Survey Results. Keep the column names and the touchpoint ids as they are: they tell the import which card each result belongs to.</source>
        <translation>Kirjoita kunkin kysymyksen keskiarvo value-sarakkeeseen (ja kyselyn päivämäärä date-sarakkeeseen), tallenna taulukko CSV-muodossa ja tuo se karttaan valitsemalla Tiedosto &gt; Tuo kyselyn tulokset. Jätä sarakkeiden nimet ja asiakastilanteiden tunnisteet ennalleen: niiden avulla tuonti tietää, mihin korttiin kukin tulos kuuluu.</translation>
    </message>
    <message>
        <source>no touchpoints to survey: put the journey&apos;s touchpoints in a channel lane first</source>
        <translation>ei kysyttäviä asiakastilanteita: lisää polun asiakastilanteet ensin kanavakaistalle</translation>
    </message>
    <message>
        <source>save the guide as .pdf, .md or .docx, not &apos;{0}&apos;</source>
        <translation>tallenna opas muodossa .pdf, .md tai .docx, ei &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>1 = {0}, {1} = {2}</source>
        <translation>1 = {0}, {1} = {2}</translation>
    </message>
    <message>
        <source>After the purchase, at “{0}”, what did you need from us?</source>
        <translation>Oston jälkeen, kohdassa ”{0}”: mitä tarvitsit meiltä?</translation>
    </message>
    <message>
        <source>Ask about this stage</source>
        <translation>Kysy tästä vaiheesta</translation>
    </message>
    <message>
        <source>Ask the customer to tell the experience step by step, in their own words, and take their point of view. The questions are prompts, not a script: follow what they say.</source>
        <translation>Pyydä asiakasta kertomaan kokemuksestaan vaihe vaiheelta omin sanoin ja katso asiaa hänen näkökulmastaan. Kysymykset ovat apuna, eivät käsikirjoitus: seuraa sitä, mitä asiakas kertoo.</translation>
    </message>
    <message>
        <source>At “{0}”, what did you need to get done?</source>
        <translation type="vanished">Mitä sinun piti saada tehdyksi kohdassa ”{0}”?</translation>
    </message>
    <message>
        <source>At “{0}”, what did you want to achieve?</source>
        <translation type="vanished">Mitä halusit saada aikaan vaiheessa ”{0}”?</translation>
    </message>
    <message>
        <source>At “{0}”, what did you want to get done?</source>
        <translation type="vanished">Mitä halusit saada hoidettua vaiheessa ”{0}”?</translation>
    </message>
    <message>
        <source>At “{0}”, what had you settled on already, and what was still open?</source>
        <translation type="vanished">Vaiheessa ”{0}”: mistä olit jo päättänyt ja mikä oli vielä auki?</translation>
    </message>
    <message>
        <source>By the time you got to “{0}”, what did you already know, and what did you still need to find out?</source>
        <translation>Kun pääsit kohtaan ”{0}”, mitä tiesit jo ja mitä sinun piti vielä selvittää?</translation>
    </message>
    <message>
        <source>Closing the interview</source>
        <translation>Haastattelun lopuksi</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentit</translation>
    </message>
    <message>
        <source>Customer survey</source>
        <translation>Asiakaskysely</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <source>Did anyone or anything outside our company play a part (friends, reviews, social media)?</source>
        <translation>Vaikuttiko matkan varrella joku tai jokin yrityksemme ulkopuolelta (ystävät, arvostelut, sosiaalinen media)?</translation>
    </message>
    <message>
        <source>Did it meet your expectations? What was missing, or too much?</source>
        <translation>Vastasiko se odotuksiasi? Mitä puuttui tai mitä oli liikaa?</translation>
    </message>
    <message>
        <source>Here you would meet us through {0}. Which of them would you use, and what would you miss?</source>
        <translation type="vanished">Tässä vaiheessa meidät tavoittaisi näiden kautta: {0}. Mitä niistä käyttäisit ja mitä jäisit kaipaamaan?</translation>
    </message>
    <message>
        <source>How did we stay in touch after you bought, and was it welcome?</source>
        <translation>Miten pidimme yhteyttä oston jälkeen ja oliko se tervetullutta?</translation>
    </message>
    <message>
        <source>How did you feel there? Point to the scale.</source>
        <translation>Miltä se tuntui? Näytä asteikolta.</translation>
    </message>
    <message>
        <source>How easy was it to get what you needed at “{0}”?</source>
        <translation type="vanished">Kuinka helppoa oli saada tarvitsemasi kohdassa ”{0}”?</translation>
    </message>
    <message>
        <source>How satisfied were you with “{0}”?</source>
        <translation>”{0}”: kuinka tyytyväinen olit?</translation>
    </message>
    <message>
        <source>Interview guide</source>
        <translation>Haastatteluopas</translation>
    </message>
    <message>
        <source>Interviewee</source>
        <translation>Haastateltava</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Haastattelija</translation>
    </message>
    <message>
        <source>Kept the existing results sheet {0}</source>
        <translation>Olemassa oleva tulostaulukko {0} säilytettiin</translation>
    </message>
    <message>
        <source>Looking at the whole journey: which step did we miss, or put in the wrong order?</source>
        <translation>Koko polkua ajatellen: minkä vaiheen unohdimme tai panimme väärään järjestykseen?</translation>
    </message>
    <message>
        <source>May we contact you again when we change this journey?</source>
        <translation>Saammeko ottaa sinuun uudelleen yhteyttä, kun muutamme tätä polkua?</translation>
    </message>
    <message>
        <source>No touchpoint is marked as key yet, so the survey asks about every one. Mark the key touchpoints on the map to keep it short.</source>
        <translation>Yhtään asiakastilannetta ei ole vielä merkitty tärkeäksi, joten kysely kysyy kaikista. Merkitse tärkeät asiakastilanteet karttaan, niin kysely pysyy lyhyenä.</translation>
    </message>
    <message>
        <source>No touchpoints in this stage yet: ask where the customer met us.</source>
        <translation>Tässä vaiheessa ei ole vielä asiakastilanteita: kysy, missä asiakas oli meihin yhteydessä.</translation>
    </message>
    <message>
        <source>Notes on this stage</source>
        <translation>Muistiinpanot tästä vaiheesta</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Muistiinpanot</translation>
    </message>
    <message>
        <source>Open questions from the map</source>
        <translation>Avoimet kysymykset kartasta</translation>
    </message>
    <message>
        <source>Results sheet (for the facilitator)</source>
        <translation>Tulostaulukko (fasilitaattorille)</translation>
    </message>
    <message>
        <source>Stage {0}</source>
        <translation>Vaihe {0}</translation>
    </message>
    <message>
        <source>The map assumes they expect</source>
        <translation>Kartan oletus asiakkaan odotuksista</translation>
    </message>
    <message>
        <source>The map assumes they feel</source>
        <translation>Kartan oletus asiakkaan tunteesta</translation>
    </message>
    <message>
        <source>Think of your last experience with us. For each moment below, tick one box per question.</source>
        <translation>Ajattele viimeisintä asiointiasi meillä. Rastita jokaisen alla olevan kysymyksen kohdalla yksi ruutu.</translation>
    </message>
    <message>
        <source>This journey has no stages yet.</source>
        <translation>Polulla ei ole vielä vaiheita.</translation>
    </message>
    <message>
        <source>This journey has no touchpoints yet.</source>
        <translation type="vanished">Polulla ei ole vielä asiakastilanteita.</translation>
    </message>
    <message>
        <source>How do you think you would feel there? Point to the scale.</source>
        <translation>Miltä luulet sen tuntuvan? Näytä asteikolta.</translation>
    </message>
    <message>
        <source>How easy was it to get done what you wanted through “{0}”?</source>
        <translation type="vanished">”{0}”: kuinka helppoa asiasi hoitaminen oli?</translation>
    </message>
    <message>
        <source>How easy was it to do what you wanted through “{0}”?</source>
        <translation>”{0}”: kuinka helppoa asiasi hoitaminen oli?</translation>
    </message>
    <message>
        <source>If you had a question or a problem, where would you turn, and how?</source>
        <translation>Jos sinulla olisi kysyttävää tai ongelma, mihin kääntyisit ja miten?</translation>
    </message>
    <message>
        <source>Imagine you are at “{0}”. What would you want to get done here?</source>
        <translation type="vanished">Kuvittele olevasi vaiheessa ”{0}”. Mitä haluaisit saada siinä hoidettua?</translation>
    </message>
    <message>
        <source>Later on, at “{0}”, what mattered most to you?</source>
        <translation>Myöhemmin, kohdassa ”{0}”: mikä oli sinulle tärkeintä?</translation>
    </message>
    <message>
        <source>Next comes “{0}”. What would you expect to happen here?</source>
        <translation type="vanished">Seuraavaksi tulee vaihe ”{0}”. Mitä odottaisit siinä tapahtuvan?</translation>
    </message>
    <message>
        <source>On the map (not to read out)</source>
        <translation>Kartalla (ei lueta ääneen)</translation>
    </message>
    <message>
        <source>There are {0} key touchpoints, too many for one guide: it asks about {1} of them, the first of each stage.</source>
        <translation>Tärkeitä asiakastilanteita on {0}, liian monta yhteen oppaaseen: siinä kysytään niistä {1}, kunkin vaiheen ensimmäiset.</translation>
    </message>
    <message>
        <source>There are {0} touchpoints, too many for one guide: it asks about {1} of them, the first of each stage. Mark the key touchpoints on the map to choose them.</source>
        <translation>Asiakastilanteita on {0}, liian monta yhteen oppaaseen: siinä kysytään niistä {1}, kunkin vaiheen ensimmäiset. Merkitse tärkeät asiakastilanteet karttaan, niin voit valita ne itse.</translation>
    </message>
    <message>
        <source>This journey is a future state: the guide tests the idea with the customer (“what would you…”) instead of asking what happened.</source>
        <translation>Polku kuvaa tavoitetilaa: opas testaa ideaa asiakkaan kanssa (”mitä tekisit…”) sen sijaan, että kysyisi, mitä tapahtui.</translation>
    </message>
    <message>
        <source>This map has {0} touchpoints, too many for one interview: the guide asks about its {1} key touchpoints only.</source>
        <translation>Kartalla on {0} asiakastilannetta, liian monta yhteen haastatteluun: opas kysyy vain sen {1} tärkeästä asiakastilanteesta.</translation>
    </message>
    <message>
        <source>This map shows a journey that does not exist yet. Describe or show each stage, then ask how the customer would act and feel there: the questions test the idea, they do not ask for memories.</source>
        <translation>Kartta kuvaa polkua, jota ei vielä ole. Kuvaile tai näytä kukin vaihe ja kysy sitten, miten asiakas toimisi ja miltä hänestä tuntuisi: kysymykset testaavat ideaa, eivätkä ne kysy muistoja.</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Asiakastilanteet</translation>
    </message>
    <message>
        <source>Was there a moment here when you needed help from us? What happened?</source>
        <translation>Tarvitsitko tässä vaiheessa apuamme? Mitä tapahtui?</translation>
    </message>
    <message>
        <source>What did you expect from “{0}”?</source>
        <translation>”{0}”: mitä odotit etukäteen?</translation>
    </message>
    <message>
        <source>What did you notice of us here, and what was missing?</source>
        <translation>Mitä huomasit meistä tässä vaiheessa ja mitä jäi puuttumaan?</translation>
    </message>
    <message>
        <source>What did you read or hear about us here, and from whom?</source>
        <translation>Mitä luit tai kuulit meistä tässä vaiheessa ja keneltä?</translation>
    </message>
    <message>
        <source>What did you see or hear of us at this point, and what stayed with you?</source>
        <translation>Mitä näit tai kuulit meistä tässä vaiheessa ja mikä jäi mieleen?</translation>
    </message>
    <message>
        <source>What made you decide to buy, and what nearly stopped you?</source>
        <translation>Mikä sai sinut tekemään ostopäätöksen ja mikä oli vähällä estää sen?</translation>
    </message>
    <message>
        <source>What made you decide to go on to the next step?</source>
        <translation>Mikä sai sinut siirtymään seuraavaan vaiheeseen?</translation>
    </message>
    <message>
        <source>What made you decide to look closer, or to look elsewhere?</source>
        <translation>Mikä sai sinut tutustumaan tarkemmin tai etsimään muualta?</translation>
    </message>
    <message>
        <source>What made you move on from here to “{0}”, and what nearly held you back?</source>
        <translation type="vanished">Mikä sai sinut siirtymään tästä vaiheeseen ”{0}” ja mikä oli vähällä pidätellä sinua?</translation>
    </message>
    <message>
        <source>What surprised or pleased you, and what annoyed you or got in your way?</source>
        <translation>Mikä yllätti tai ilahdutti sinua ja mikä ärsytti tai oli esteenä?</translation>
    </message>
    <message>
        <source>What will decide whether you buy from us again or recommend us?</source>
        <translation>Mikä ratkaisee, ostatko meiltä uudelleen tai suositteletko meitä?</translation>
    </message>
    <message>
        <source>What would have to be there for it to work for you, and what would be too much?</source>
        <translation>Mitä siinä pitäisi olla, jotta se toimisi sinulle, ja mikä olisi liikaa?</translation>
    </message>
    <message>
        <source>What would make this step better than today, and what would worry you?</source>
        <translation type="vanished">Mikä tekisi tästä vaiheesta paremman kuin nyt ja mikä huolestuttaisi sinua?</translation>
    </message>
    <message>
        <source>What would make you move on to “{0}”, and what could hold you back?</source>
        <translation type="vanished">Mikä saisi sinut siirtymään vaiheeseen ”{0}” ja mikä voisi pidätellä sinua?</translation>
    </message>
    <message>
        <source>What would please you, and what would put you off?</source>
        <translation>Mikä ilahduttaisi sinua ja mikä saisi sinut luopumaan koko asiasta?</translation>
    </message>
    <message>
        <source>What would you expect from “{0}”?</source>
        <translation>”{0}”: mitä odottaisit?</translation>
    </message>
    <message>
        <source>What would you want from us at this point, and what would you rather do yourself?</source>
        <translation>Mitä toivoisit meiltä tässä vaiheessa ja mitä hoitaisit mieluummin itse?</translation>
    </message>
    <message>
        <source>When did you last hear from us, and did it help or get in the way?</source>
        <translation>Milloin kuulit meistä viimeksi ja oliko siitä apua vai haittaa?</translation>
    </message>
    <message>
        <source>When you got to “{0}”, what did you want to achieve next?</source>
        <translation>Kun pääsit kohtaan ”{0}”, mitä halusit seuraavaksi saada aikaan?</translation>
    </message>
    <message>
        <source>When you had a question or a problem, where did you turn, and how?</source>
        <translation>Kun sinulla oli kysyttävää tai ongelma, mihin käännyit ja miten?</translation>
    </message>
    <message>
        <source>When you reached “{0}”, what problem did you want to solve?</source>
        <translation type="vanished">Kun tulit vaiheeseen ”{0}”, minkä ongelman halusit ratkaista?</translation>
    </message>
    <message>
        <source>After the purchase, at the “{0}” stage, what did you need from us?</source>
        <translation>Oston jälkeen, vaiheessa ”{0}”: mitä tarvitsit meiltä?</translation>
    </message>
    <message>
        <source>At the “{0}” stage, what had you already settled on, and what was still open?</source>
        <translation>Vaiheessa ”{0}”: mistä olit jo päättänyt ja mikä oli vielä auki?</translation>
    </message>
    <message>
        <source>At the “{0}” stage, what problem were you trying to solve?</source>
        <translation>Minkä ongelman yritit ratkaista vaiheessa ”{0}”?</translation>
    </message>
    <message>
        <source>At this stage you could reach us through {0}. Which did you use, and why that one?</source>
        <translation type="vanished">Tässä vaiheessa meidät tavoitti näiden kautta: {0}. Minkä niistä valitsit ja miksi juuri sen?</translation>
    </message>
    <message>
        <source>At this stage you could reach us through {0}. Which would you choose, and why?</source>
        <translation type="vanished">Tässä vaiheessa meidät tavoittaisi näiden kautta: {0}. Minkä niistä valitsisit ja miksi?</translation>
    </message>
    <message>
        <source>At this stage you could find us through {0}. Which did you use, and why that one?</source>
        <translation>Tässä vaiheessa meidät löysi näiden kautta: {0}. Minkä niistä valitsit ja miksi juuri sen?</translation>
    </message>
    <message>
        <source>At this stage you could find us through {0}. Which would you choose, and why?</source>
        <translation>Tässä vaiheessa meidät löytäisi näiden kautta: {0}. Minkä niistä valitsisit ja miksi?</translation>
    </message>
    <message>
        <source>At “{0}”, what had you already settled on, and what was still open?</source>
        <translation>Kohdassa ”{0}”: mistä olit jo päättänyt ja mikä oli vielä auki?</translation>
    </message>
    <message>
        <source>At “{0}”, what problem were you trying to solve?</source>
        <translation>Minkä ongelman yritit ratkaista kohdassa ”{0}”?</translation>
    </message>
    <message>
        <source>By the time you got to the “{0}” stage, what did you already know, and what did you still need to find out?</source>
        <translation>Kun pääsit vaiheeseen ”{0}”, mitä tiesit jo ja mitä sinun piti vielä selvittää?</translation>
    </message>
    <message>
        <source>During the “{0}” stage, what did you want to get done?</source>
        <translation>Mitä halusit saada hoidettua vaiheessa ”{0}”?</translation>
    </message>
    <message>
        <source>During “{0}”, what did you want to get done?</source>
        <translation>Mitä halusit saada hoidettua kohdassa ”{0}”?</translation>
    </message>
    <message>
        <source>Here you might have come across us through {0}. Which of them did you notice or use, and what else did you turn to?</source>
        <translation>Tässä vaiheessa olet ehkä törmännyt meihin näissä: {0}. Mitkä niistä huomasit tai mitä käytit, ja mistä muualta hait tietoa tai apua?</translation>
    </message>
    <message>
        <source>Here you would come across us through {0}. Which of them would you use, and what would you miss?</source>
        <translation>Tässä vaiheessa törmäisit meihin näissä: {0}. Mitä niistä käyttäisit ja mitä jäisit kaipaamaan?</translation>
    </message>
    <message>
        <source>How easy do you think it would be to do what you want through “{0}”?</source>
        <translation>”{0}”: kuinka helppoa asiasi hoitaminen olisi mielestäsi?</translation>
    </message>
    <message>
        <source>How much would “{0}” help you?</source>
        <translation>”{0}”: kuinka paljon siitä olisi sinulle apua?</translation>
    </message>
    <message>
        <source>Imagine the moments below as we plan them. For each one, tick one box per question.</source>
        <translation>Kuvittele alla olevat tilanteet sellaisina kuin suunnittelemme ne. Rastita jokaisen kysymyksen kohdalla yksi ruutu.</translation>
    </message>
    <message>
        <source>Imagine you have reached the “{0}” stage. What would you want to get done?</source>
        <translation>Kuvittele, että olet vaiheessa ”{0}”. Mitä haluaisit saada hoidettua?</translation>
    </message>
    <message>
        <source>Imagine you have reached “{0}”. What would you want to get done?</source>
        <translation>Kuvittele, että olet kohdassa ”{0}”. Mitä haluaisit saada hoidettua?</translation>
    </message>
    <message>
        <source>In the “{0}” stage, what were you hoping to achieve?</source>
        <translation>Mitä toivoit saavasi aikaan vaiheessa ”{0}”?</translation>
    </message>
    <message>
        <source>In “{0}”, what were you hoping to achieve?</source>
        <translation>Mitä toivoit saavasi aikaan kohdassa ”{0}”?</translation>
    </message>
    <message>
        <source>Later on, at the “{0}” stage, what mattered most to you?</source>
        <translation>Myöhemmin, vaiheessa ”{0}”: mikä oli sinulle tärkeintä?</translation>
    </message>
    <message>
        <source>Next comes the “{0}” stage. What would you expect to happen?</source>
        <translation>Seuraavaksi tulee vaihe ”{0}”. Mitä odottaisit siinä tapahtuvan?</translation>
    </message>
    <message>
        <source>Next comes “{0}”. What would you expect to happen?</source>
        <translation>Seuraavaksi tulee ”{0}”. Mitä odottaisit siinä tapahtuvan?</translation>
    </message>
    <message>
        <source>There are {0} key touchpoints in {2} stages, too many for one guide: it asks about one in each of {1} stages spread over the journey and leaves out the other {3}.</source>
        <translation>Tärkeitä asiakastilanteita on {0} ja vaiheita {2}, liian monta yhteen oppaaseen: siinä kysytään yhdestä tilanteesta {1} vaiheessa tasaisesti koko polun varrelta, ja loput {3} jätetään pois.</translation>
    </message>
    <message>
        <source>There are {0} touchpoints in {2} stages, too many for one guide: it asks about one in each of {1} stages spread over the journey and leaves out the other {3}. Mark the key touchpoints on the map to choose them.</source>
        <translation>Asiakastilanteita on {0} ja vaiheita {2}, liian monta yhteen oppaaseen: siinä kysytään yhdestä tilanteesta {1} vaiheessa tasaisesti koko polun varrelta, ja loput {3} jätetään pois. Merkitse tärkeät asiakastilanteet karttaan, niin voit valita ne itse.</translation>
    </message>
    <message>
        <source>This guide leaves out the touchpoints of this stage (see the note at the start): ask where the customer met us.</source>
        <translation>Tämän vaiheen asiakastilanteet on jätetty oppaasta pois (katso huomautus alussa): kysy, missä asiakas oli meihin yhteydessä.</translation>
    </message>
    <message>
        <source>This journey is a future state: the survey asks how much each moment would help and how easy it would be, instead of how it went.</source>
        <translation>Polku kuvaa tavoitetilaa: kysely kysyy, kuinka paljon kustakin tilanteesta olisi apua ja kuinka helppoa se olisi, eikä sitä, miten asiat menivät.</translation>
    </message>
    <message>
        <source>What made you move on to the next stage, “{0}”, and what almost stopped you?</source>
        <translation>Mikä sai sinut siirtymään seuraavaan vaiheeseen, ”{0}”, ja mikä sai sinut epäröimään?</translation>
    </message>
    <message>
        <source>What made you move on to “{0}”, and what almost stopped you?</source>
        <translation>Mikä sai sinut siirtymään kohtaan ”{0}”, ja mikä sai sinut epäröimään?</translation>
    </message>
    <message>
        <source>What would make this stage better than today, and what would worry you?</source>
        <translation>Mikä tekisi tästä vaiheesta paremman kuin nyt ja mikä huolestuttaisi sinua?</translation>
    </message>
    <message>
        <source>What would make you move on to the next stage, “{0}”, and what could stop you?</source>
        <translation>Mikä saisi sinut siirtymään seuraavaan vaiheeseen, ”{0}”, ja mikä voisi saada sinut jättämään sen väliin?</translation>
    </message>
    <message>
        <source>What would make you move on to “{0}”, and what could stop you?</source>
        <translation>Mikä saisi sinut siirtymään kohtaan ”{0}”, ja mikä voisi saada sinut jättämään sen väliin?</translation>
    </message>
    <message>
        <source>When you got to the “{0}” stage, what did you want to achieve next?</source>
        <translation>Kun pääsit vaiheeseen ”{0}”, mitä halusit seuraavaksi saada aikaan?</translation>
    </message>
    <message>
        <source>Where and how would you want to buy: in a store, online, by phone?</source>
        <translation>Missä ja miten haluaisit ostaa: myymälässä, verkossa, puhelimitse?</translation>
    </message>
    <message>
        <source>Where did you go for it, and how?</source>
        <translation>Mihin käännyit tässä ja miten?</translation>
    </message>
    <message>
        <source>Where did you go to buy, and how (in a store, online, by phone)?</source>
        <translation>Mistä ostit ja miten (myymälästä, verkosta, puhelimitse)?</translation>
    </message>
    <message>
        <source>Where did you look for a product or a company that could solve it, and how did you find us?</source>
        <translation>Mistä etsit tuotetta tai yritystä, joka voisi ratkaista sen, ja miten löysit meidät?</translation>
    </message>
    <message>
        <source>Where did you turn at this point, and how did you get there?</source>
        <translation>Mihin käännyit tässä vaiheessa ja millä tavalla?</translation>
    </message>
    <message>
        <source>Where else did you look, and what did you find there?</source>
        <translation>Mistä muualta etsit ja mitä sieltä löysit?</translation>
    </message>
    <message>
        <source>Where else would you look, and what would you hope to find there?</source>
        <translation>Mistä muualta etsisit ja mitä toivoisit sieltä löytäväsi?</translation>
    </message>
    <message>
        <source>Where would you look for a solution, and how would you like to find us?</source>
        <translation>Mistä etsisit ratkaisua ja miten haluaisit löytää meidät?</translation>
    </message>
    <message>
        <source>Where would you turn at this point, and how would you get there?</source>
        <translation>Mihin kääntyisit tässä vaiheessa ja millä tavalla?</translation>
    </message>
    <message>
        <source>Where would you turn for this, and how?</source>
        <translation>Mihin kääntyisit tässä ja miten?</translation>
    </message>
    <message>
        <source>Which moment mattered most to you, and which would you change first?</source>
        <translation>Mikä hetki oli sinulle tärkein ja minkä muuttaisit ensimmäisenä?</translation>
    </message>
    <message>
        <source>Which moment would matter most to you, and what would you want us to get right first?</source>
        <translation>Mikä hetki olisi sinulle tärkein ja mikä meidän pitäisi saada ensimmäisenä kuntoon?</translation>
    </message>
    <message>
        <source>Which way did you choose this time: a store, online or the phone? Why?</source>
        <translation>Minkä tavan valitsit tällä kertaa: myymälän, verkon vai puhelimen? Miksi?</translation>
    </message>
    <message>
        <source>Which way would suit you here: a store, online or the phone? Why?</source>
        <translation>Mikä tapa sopisi sinulle tässä: myymälä, verkko vai puhelin? Miksi?</translation>
    </message>
    <message>
        <source>Whom did you contact at this point, if anyone, and how did you reach them?</source>
        <translation>Keneen otit yhteyttä tässä vaiheessa, jos keneenkään, ja miten tavoitit hänet?</translation>
    </message>
    <message>
        <source>Whom did you deal with from our side, and how did it go?</source>
        <translation>Kenen kanssa asioit meillä ja miten se sujui?</translation>
    </message>
    <message>
        <source>Whom or what did you meet from our side here, and how did it go?</source>
        <translation>Kenen tai minkä kanssa olit meillä tekemisissä tässä vaiheessa, ja miten se sujui?</translation>
    </message>
    <message>
        <source>Whom or what outside our company would you listen to along the way (friends, reviews, social media)?</source>
        <translation>Ketä tai mitä yrityksemme ulkopuolelta kuuntelisit matkan varrella (ystävät, arvostelut, sosiaalinen media)?</translation>
    </message>
    <message>
        <source>Whom would you want to contact at this point, and how would you reach them?</source>
        <translation>Keneen haluaisit ottaa yhteyttä tässä vaiheessa ja miten tavoittaisit hänet?</translation>
    </message>
    <message>
        <source>Why did you go on to the “{0}” stage next, and what nearly held you back?</source>
        <translation>Miksi siirryit seuraavaksi vaiheeseen ”{0}”, ja mikä oli vähällä saada sinut luopumaan?</translation>
    </message>
    <message>
        <source>Why did you go on to “{0}” next, and what nearly held you back?</source>
        <translation>Miksi siirryit seuraavaksi kohtaan ”{0}”, ja mikä oli vähällä saada sinut luopumaan?</translation>
    </message>
    <message>
        <source>Why would you go on to the “{0}” stage next, and what might hold you back?</source>
        <translation>Miksi siirtyisit seuraavaksi vaiheeseen ”{0}”, ja mikä voisi saada sinut epäröimään?</translation>
    </message>
    <message>
        <source>Why would you go on to “{0}” next, and what might hold you back?</source>
        <translation>Miksi siirtyisit seuraavaksi kohtaan ”{0}”, ja mikä voisi saada sinut epäröimään?</translation>
    </message>
    <message>
        <source>Word documents need the python-docx package; export the guide as PDF or Markdown instead</source>
        <translation>Word-asiakirjat tarvitsevat python-docx-paketin; vie opas sen sijaan PDF- tai Markdown-muodossa</translation>
    </message>
    <message>
        <source>Would this make you come back to us or recommend us? Why?</source>
        <translation>Saisiko tämä sinut palaamaan meille tai suosittelemaan meitä? Miksi?</translation>
    </message>
    <message>
        <source>Wrote {0}</source>
        <translation>Kirjoitettiin {0}</translation>
    </message>
    <message>
        <source>You could meet us here through {0}. Which of them did you use, and what else did you turn to?</source>
        <translation type="vanished">Tässä vaiheessa meidät tavoitti näiden kautta: {0}. Mitä niistä käytit ja mistä muualta hait tietoa tai apua?</translation>
    </message>
    <message>
        <source>a guide is for one journey: name it with --journey</source>
        <translation>opas koskee yhtä polkua: nimeä se valitsimella --journey</translation>
    </message>
    <message>
        <source>key touchpoint</source>
        <translation>tärkeä asiakastilanne</translation>
    </message>
    <message>
        <source>not at all</source>
        <translation>ei lainkaan</translation>
    </message>
    <message>
        <source>this would replace the journey file itself</source>
        <translation>tämä korvaisi itse karttatiedoston</translation>
    </message>
    <message>
        <source>very difficult</source>
        <translation>erittäin vaikeaa</translation>
    </message>
    <message>
        <source>very dissatisfied</source>
        <translation>erittäin tyytymätön</translation>
    </message>
    <message>
        <source>very easy</source>
        <translation>erittäin helppoa</translation>
    </message>
    <message>
        <source>very much</source>
        <translation>erittäin paljon</translation>
    </message>
    <message>
        <source>very satisfied</source>
        <translation>erittäin tyytyväinen</translation>
    </message>
    <message>
        <source>{0} (continued)</source>
        <translation>{0} (jatkoa)</translation>
    </message>
    <message>
        <source>{0} or {1}</source>
        <translation>{0} tai {1}</translation>
    </message>
    <message>
        <source>“{0}”</source>
        <translation>”{0}”</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Export Interview Guide</source>
        <translation>Vie haastatteluopas</translation>
    </message>
    <message>
        <source>&amp;Interview guide: questions per stage and touchpoint, with room for notes</source>
        <translation>&amp;Haastatteluopas: kysymykset vaiheittain ja asiakastilanteittain, tilaa muistiinpanoille</translation>
    </message>
    <message>
        <source>Customer &amp;survey: satisfaction and effort at the key touchpoints, with a results sheet</source>
        <translation>Asiakas&amp;kysely: tyytyväisyys ja vaivattomuus tärkeissä asiakastilanteissa, tulostaulukon kanssa</translation>
    </message>
    <message>
        <source>PDF, to print</source>
        <translation>PDF, tulostettavaksi</translation>
    </message>
    <message>
        <source>Word document (.docx), to adapt</source>
        <translation>Word-asiakirja (.docx), muokattavaksi</translation>
    </message>
    <message>
        <source>Markdown, for a wiki or e-mail</source>
        <translation>Markdown, wikiin tai sähköpostiin</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Selaa…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Vie</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Muoto:</translation>
    </message>
    <message>
        <source>Fi&amp;le:</source>
        <translation>&amp;Tiedosto:</translation>
    </message>
    <message>
        <source>Journey: {0}</source>
        <translation>Polku: {0}</translation>
    </message>
    <message>
        <source>interview-guide</source>
        <comment>the end of a file name: no spaces</comment>
        <translation>haastatteluopas</translation>
    </message>
    <message>
        <source>survey</source>
        <comment>the end of a file name: no spaces</comment>
        <translation>asiakaskysely</translation>
    </message>
    <message>
        <source>This journey has no touchpoints to survey: put them in a channel lane first.</source>
        <translation>Polulla ei ole kysyttäviä asiakastilanteita: lisää ne ensin kanavakaistalle.</translation>
    </message>
    <message>
        <source>The results sheet is written beside it as {0}, unless one is there already: fill it in and bring it back with File &gt; Import Survey Results.</source>
        <translation>Tulostaulukko tallennetaan viereen nimellä {0}, ellei sellaista jo ole: täytä se ja tuo se takaisin valitsemalla Tiedosto &gt; Tuo kyselyn tulokset.</translation>
    </message>
    <message>
        <source>The guide is in the map&apos;s language, with the open questions of its Questions lane.</source>
        <translation>Opas on kartan kielellä, ja siinä ovat kartan kysymyskaistan avoimet kysymykset.</translation>
    </message>
    <message>
        <source>Not exported: {0}</source>
        <translation>Ei viety: {0}</translation>
    </message>
</context>
<context>
    <name>HeatOverlay</name>
    <message>
        <source>No card has the metric &apos;{0}&apos;</source>
        <translation>Millään kortilla ei ole mittaria &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>Heat: {0} — red {1:g} · amber · green {2:g}; grey: no value</source>
        <translation type="vanished">Lämpö: {0} — punainen {1:g} · keltainen · vihreä {2:g}; harmaa: ei arvoa</translation>
    </message>
    <message>
        <source>Heat: {0} — red {1} · amber · green {2}; grey: no value</source>
        <translation>Lämpö: {0} — punainen {1} · keltainen · vihreä {2}; harmaa: ei arvoa</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Pois</translation>
    </message>
    <message>
        <source>No metrics on this journey</source>
        <translation>Tällä polulla ei ole mittareita</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Stages and lanes</source>
        <translation type="vanished">Vaiheet ja kaistat</translation>
    </message>
    <message>
        <source>Stages are the columns: the steps the customer goes through before, during and after the purchase. Lanes are the rows: goals, touchpoints, the emotion curve, pain points, ideas and the teams behind them. Map &gt; Add Stage ({0}) and Add Lane ({1}) add one after the selected one, in its phase or zone. Drag a header to move it, its edge to resize it.</source>
        <translation type="vanished">Vaiheet ovat sarakkeita: askeleet, jotka asiakas käy läpi ennen ostoa, sen aikana ja sen jälkeen. Kaistat ovat rivejä: tavoitteet, kosketuspisteet, tunnekäyrä, kipupisteet, ideat ja niiden takana olevat tiimit. Kartta &gt; Lisää vaihe ({0}) ja Lisää kaista ({1}) lisäävät uuden valitun perään samaan ostovaiheeseen tai vyöhykkeeseen. Siirrä otsikkoa vetämällä sitä ja muuta kokoa vetämällä sen reunaa.</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation type="vanished">Kortit</translation>
    </message>
    <message>
        <source>Double-click an empty cell and type to add a card; Enter keeps it, Esc drops it. Add Card ({0}) does the same in the selected card&apos;s cell, or the cell you clicked last. Select a card to fill in its details in the Inspector, in a form that fits its lane. Drag cards to move them to another cell.</source>
        <translation type="vanished">Lisää kortti kaksoisnapsauttamalla tyhjää solua ja kirjoittamalla; Enter säilyttää sen, Esc hylkää sen. Lisää kortti ({0}) tekee saman valitun kortin soluun tai viimeksi napsauttamaasi soluun. Valitse kortti täyttääksesi sen tiedot Tarkastelijassa kortin kaistalle sopivalla lomakkeella. Siirrä kortteja toiseen soluun vetämällä.</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation type="vanished">Yhdistäminen</translation>
    </message>
    <message>
        <source>Drag from the handle on a card&apos;s right edge to another card to draw the customer&apos;s path, or select two cards and press {0}.</source>
        <translation type="vanished">Piirrä asiakkaan polku vetämällä kortin oikeassa reunassa olevasta kahvasta toiseen korttiin, tai valitse kaksi korttia ja paina {0}.</translation>
    </message>
    <message>
        <source>Workshop mode</source>
        <translation type="vanished">Työpajatila</translation>
    </message>
    <message>
        <source>{0} shows the map full screen for the projector: the arrow keys step through the stages, and participants dot-vote on the cards that matter most. Esc leaves it.</source>
        <translation type="vanished">{0} näyttää kartan koko näytöllä projektorille: nuolinäppäimet siirtyvät vaiheesta toiseen, ja osallistujat antavat pisteitä tärkeimmille korteille. Esc poistuu tilasta.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="vanished">Vienti</translation>
    </message>
    <message>
        <source>File &gt; Export ({0}) prints the map as a PDF poster on any page size, or tiled onto A4 or Letter sheets, and saves pictures as PNG or SVG.</source>
        <translation type="vanished">Tiedosto &gt; Vie ({0}) tulostaa kartan PDF-julisteeksi mille tahansa sivukoolle tai paloiteltuna A4- tai Letter-arkeille ja tallentaa kuvia PNG- tai SVG-muodossa.</translation>
    </message>
    <message>
        <source>Undo and shortcuts</source>
        <translation type="vanished">Kumoaminen ja pikanäppäimet</translation>
    </message>
    <message>
        <source>Every change can be undone ({0}). Help &gt; Keyboard Shortcuts ({1}) lists every key.</source>
        <translation type="vanished">Jokaisen muutoksen voi kumota ({0}). Ohje &gt; Pikanäppäimet ({1}) luettelee kaikki näppäimet.</translation>
    </message>
    <message>
        <source>Journey Editor {0}</source>
        <translation>Journey Editor {0}</translation>
    </message>
    <message>
        <source>Map customer journeys offline: stages, touchpoints, emotions, and posters for the wall.</source>
        <translation>Kartoita asiakaspolkuja ilman verkkoyhteyttä: vaiheet, kosketuspisteet, tunteet ja julisteet seinälle.</translation>
    </message>
    <message>
        <source>Licence: {0}</source>
        <translation>Lisenssi: {0}</translation>
    </message>
    <message>
        <source>see the LICENSE file</source>
        <translation>katso tiedosto LICENSE</translation>
    </message>
    <message>
        <source>Qt {0}, PySide6 {1}, Python {2}</source>
        <translation>Qt {0}, PySide6 {1}, Python {2}</translation>
    </message>
    <message>
        <source>File format version {0}</source>
        <translation>Tiedostomuodon versio {0}</translation>
    </message>
    <message>
        <source>About Journey Editor</source>
        <translation type="vanished">Tietoja Journey Editorista</translation>
    </message>
    <message>
        <source>All keyboard shortcuts</source>
        <translation>Kaikki pikanäppäimet</translation>
    </message>
    <message>
        <source>The .journey file format</source>
        <translation>.journey-tiedostomuoto</translation>
    </message>
    <message>
        <source>Start a map</source>
        <translation>Aloita kartta</translation>
    </message>
    <message>
        <source>{0} offers a blank map and worked examples (a retail purchase, a B2B software service), each in English, Swedish, Danish, Finnish or Dutch, with their stages, lanes and first cards in place. {1} starts an empty map and {2} opens a .journey file. Everything stays on this computer: no account, no network.</source>
        <translation>{0} tarjoaa tyhjän kartan ja valmiita esimerkkejä (vähittäiskaupan osto, B2B-ohjelmistopalvelu) englanniksi, ruotsiksi, tanskaksi, suomeksi tai hollanniksi, vaiheet, kaistat ja ensimmäiset kortit valmiina. {1} aloittaa tyhjän kartan ja {2} avaa .journey-tiedoston. Kaikki pysyy tällä tietokoneella: ei tiliä, ei verkkoa.</translation>
    </message>
    <message>
        <source>Stages, lanes and cards</source>
        <translation>Vaiheet, kaistat ja kortit</translation>
    </message>
    <message>
        <source>Stages are the columns: the steps the customer goes through before, during and after the purchase. Lanes are the rows: goals, touchpoints, the emotion curve, pain points, ideas and the teams behind them. {0} and {1} add one after the selected one; drag a header to move it, its edge to resize it. Double-click an empty cell and type to add a card: Enter keeps it, Esc drops it. {2} does the same in the cell you clicked last. Drag cards to another cell to move them.</source>
        <translation>Vaiheet ovat sarakkeita: askeleet, jotka asiakas käy läpi ennen ostoa, sen aikana ja sen jälkeen. Kaistat ovat rivejä: tavoitteet, kosketuspisteet, tunnekäyrä, kipupisteet, ideat ja niiden takana olevat tiimit. {0} ja {1} lisäävät uuden valitun perään; siirrä otsikkoa vetämällä sitä ja muuta kokoa vetämällä sen reunaa. Lisää kortti kaksoisnapsauttamalla tyhjää solua ja kirjoittamalla: Enter säilyttää sen, Esc hylkää sen. {2} tekee saman viimeksi napsauttamaasi soluun. Siirrä kortteja vetämällä ne toiseen soluun.</translation>
    </message>
    <message>
        <source>The Inspector</source>
        <translation>Tarkastelija</translation>
    </message>
    <message>
        <source>Select a card, a stage or a lane and the Inspector shows its fields, in a form that fits the card&apos;s lane: a touchpoint&apos;s channel, owner and control, what the customer expects and feels, evidence and validation status. With nothing selected it shows the map&apos;s title and the journey. {0} puts the keyboard in the first field; Esc there goes back to the map.</source>
        <translation>Valitse kortti, vaihe tai kaista, niin Tarkastelija näyttää sen kentät kortin kaistalle sopivalla lomakkeella: kosketuspisteen kanava, omistaja ja hallinta, mitä asiakas odottaa ja tuntee, näyttö ja vahvistuksen tila. Kun mitään ei ole valittu, se näyttää kartan otsikon ja asiakaspolun. {0} vie näppäimistön ensimmäiseen kenttään; Esc siellä palaa karttaan.</translation>
    </message>
    <message>
        <source>Connecting cards</source>
        <translation>Korttien yhdistäminen</translation>
    </message>
    <message>
        <source>Drag from the handle on a card&apos;s right edge to another card to draw the customer&apos;s path, or select two cards and use {0}.</source>
        <translation>Piirrä asiakkaan polku vetämällä kortin oikeassa reunassa olevasta kahvasta toiseen korttiin, tai valitse kaksi korttia ja käytä komentoa {0}.</translation>
    </message>
    <message>
        <source>The emotion curve</source>
        <translation>Tunnekäyrä</translation>
    </message>
    <message>
        <source>Give the cards an emotion in the Inspector, from -3 (very negative) to +3 (very positive). The emotion lane draws the customer&apos;s feelings as a curve across the stages, through the mean of each stage&apos;s cards, and shows each point as a face and a score, so that it reads without colour too.</source>
        <translation>Anna korteille tunne Tarkastelijassa, arvosta -3 (hyvin kielteinen) arvoon +3 (hyvin myönteinen). Tunnekaista piirtää asiakkaan tunteet käyränä vaiheiden yli kunkin vaiheen korttien keskiarvon kautta ja näyttää jokaisen pisteen kasvona ja lukuna, joten sen voi lukea myös ilman värejä.</translation>
    </message>
    <message>
        <source>Personas and journeys</source>
        <translation>Persoonat ja asiakaspolut</translation>
    </message>
    <message>
        <source>One file holds several personas and several journeys: the Personas and Journeys panels list them (the tabs along the window&apos;s edges open and close each panel). Choose a journey&apos;s persona in the Inspector. Create future state copies a journey into a linked future-state journey, and the Compare panel lists what differs, each difference a click away on the map.</source>
        <translation>Yksi tiedosto sisältää useita persoonia ja useita asiakaspolkuja: Persoonat- ja Polut-paneelit luettelevat ne (ikkunan reunojen välilehdet avaavat ja sulkevat kunkin paneelin). Valitse asiakaspolun persoona Tarkastelijassa. Luo tavoitetila kopioi asiakaspolun siihen linkitetyksi tavoitetilan poluksi, ja Vertailu-paneeli luettelee erot, kukin yhden napsautuksen päässä kartalla.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Arviointi</translation>
    </message>
    <message>
        <source>The Review panel lists what deserves a second look: touchpoints without an owner, dead ends, too many teams in one stage, moments of truth. Click a finding to see it on the map. The Checklist panel holds the method&apos;s questions about the map, and {0} dims the validated cards so that what still needs checking stands out.</source>
        <translation>Arviointi-paneeli luettelee, mikä ansaitsee toisen katseen: kosketuspisteet ilman omistajaa, umpikujat, liian monta tiimiä yhdessä vaiheessa, totuuden hetket. Napsauta havaintoa nähdäksesi sen kartalla. Tarkistuslista-paneelissa ovat menetelmän kysymykset kartasta, ja {0} himmentää vahvistetut kortit, jotta vielä tarkistettava erottuu.</translation>
    </message>
    <message>
        <source>Workshop mode and dot voting</source>
        <translation>Työpajatila ja pisteäänestys</translation>
    </message>
    <message>
        <source>{0} shows the map full screen for the projector: the arrow keys step through the stages, Home shows the whole map, Esc leaves. Round… sets up dot voting: the participants and how many dots each may place. Choose who votes with the number keys 1 to 9, press V and click the cards that matter most; Shift+click takes a dot back. Results… ranks the cards by their dots. T shows a countdown timer for timed exercises: S starts or pauses it, + adds a minute, D chooses the time.</source>
        <translation>{0} näyttää kartan koko näytöllä projektorille: nuolinäppäimet siirtyvät vaiheesta toiseen, Home näyttää koko kartan, Esc poistuu tilasta. Kierros… valmistelee pisteäänestyksen: osallistujat ja kuinka monta pistettä kukin saa antaa. Valitse äänestäjä numeronäppäimillä 1–9, paina V ja napsauta tärkeimpiä kortteja; Vaihto+napsautus ottaa pisteen takaisin. Tulokset… asettaa kortit järjestykseen pisteiden mukaan. T näyttää ajastimen ajoitettuja harjoituksia varten: S käynnistää tai keskeyttää sen, + lisää minuutin, D valitsee ajan.</translation>
    </message>
    <message>
        <source>{0} shows the map full screen for the projector: the arrow keys step through the stages, Home shows the whole map, Esc leaves. Round… sets up dot voting: the participants and how many dots each may place. Choose who votes with the number keys 1 to 9, press V and click the cards that matter most; Shift+click takes a dot back. Results… ranks the cards by their dots.</source>
        <translation type="vanished">{0} näyttää kartan koko näytöllä projektorille: nuolinäppäimet siirtyvät vaiheesta toiseen, Home näyttää koko kartan, Esc poistuu tilasta. Kierros… valmistelee pisteäänestyksen: osallistujat ja kuinka monta pistettä kukin saa antaa. Valitse äänestäjä numeronäppäimillä 1–9, paina V ja napsauta tärkeimpiä kortteja; Vaihto+napsautus ottaa pisteen takaisin. Tulokset… asettaa kortit järjestykseen pisteiden mukaan.</translation>
    </message>
    <message>
        <source>Export and posters</source>
        <translation>Vienti ja julisteet</translation>
    </message>
    <message>
        <source>{0} prints the map as a PDF poster on any page size, or tiled onto A4 or Letter sheets for an office printer, with workshop handout pages if you like, and saves pictures as PNG or SVG. The dialog says how large the card text will print. When it would be hard to read on a wall, it warns you and offers a larger page, or a wide map split into several posters of consecutive stages (Posters side by side).</source>
        <translation>{0} tulostaa kartan PDF-julisteeksi mille tahansa sivukoolle tai paloiteltuna A4- tai Letter-arkeille toimistotulostimelle, halutessasi työpajamateriaalin sivujen kanssa, ja tallentaa kuvia PNG- tai SVG-muodossa. Ikkuna kertoo, kuinka suurena korttien teksti tulostuu. Jos tekstiä olisi vaikea lukea seinältä, se varoittaa ja ehdottaa suurempaa sivua tai leveän kartan jakamista useaksi julisteeksi peräkkäisistä vaiheista (Julisteet rinnakkain).</translation>
    </message>
    <message>
        <source>The map&apos;s language</source>
        <translation>Kartan kieli</translation>
    </message>
    <message>
        <source>Menus and dialogs speak your system&apos;s language, or the one chosen in {0}, from the next start. The map&apos;s own words (lane kinds, phases, the poster&apos;s title block, legend and handout) follow the journey&apos;s Labels in field in the Inspector, shown when nothing is selected: a team can print a Finnish map from a Danish desktop.</source>
        <translation>Valikot ja ikkunat puhuvat järjestelmäsi kieltä tai kohdassa {0} valittua kieltä seuraavasta käynnistyksestä alkaen. Kartan omat sanat (kaistatyypit, ostovaiheet, julisteen otsikkoalue, selite ja materiaali) noudattavat asiakaspolun kenttää Nimikkeet kielellä Tarkastelijassa, joka näkyy, kun mitään ei ole valittu: tiimi voi tulostaa suomenkielisen kartan tanskankieliseltä työpöydältä.</translation>
    </message>
    <message>
        <source>To find Journey Editor in your desktop&apos;s menu and open .journey files with a double-click, run the first command below once in a terminal; the second removes exactly what the first added.</source>
        <translation>Jotta Journey Editor löytyy työpöydän valikosta ja .journey-tiedostot avautuvat kaksoisnapsautuksella, suorita alla oleva ensimmäinen komento kerran päätteessä; toinen poistaa täsmälleen sen, minkä ensimmäinen lisäsi.</translation>
    </message>
    <message>
        <source>Menus and dialogs speak the language of your system. The map&apos;s own words (lane kinds, phases, the poster&apos;s title block, legend and handout) follow the journey&apos;s Labels in field in the Inspector, shown when nothing is selected: a team can print a Finnish map from a Danish desktop.</source>
        <translation type="vanished">Valikot ja ikkunat puhuvat järjestelmäsi kieltä. Kartan omat sanat (kaistatyypit, ostovaiheet, julisteen otsikkoalue, selite ja materiaali) noudattavat asiakaspolun kenttää Nimikkeet kielellä Tarkastelijassa, joka näkyy, kun mitään ei ole valittu: tiimi voi tulostaa suomenkielisen kartan tanskankieliseltä työpöydältä.</translation>
    </message>
    <message>
        <source>On your desktop</source>
        <translation>Työpöydällä</translation>
    </message>
    <message>
        <source>To find Journey Editor in your desktop&apos;s menu and open .journey files with a double-click, run {0} once in a terminal; {1} removes exactly what it added.</source>
        <translation type="vanished">Jotta Journey Editor löytyy työpöydän valikosta ja .journey-tiedostot avautuvat kaksoisnapsautuksella, suorita {0} kerran päätteessä; {1} poistaa täsmälleen sen, mitä lisättiin.</translation>
    </message>
    <message>
        <source>Undo, keys and the file</source>
        <translation>Kumoaminen, näppäimet ja tiedosto</translation>
    </message>
    <message>
        <source>Every change can be undone with {0}; the History panel lists them. {1} lists every key. A map is saved as one .journey file of readable JSON, a format documented with its schema.</source>
        <translation>Jokaisen muutoksen voi kumota komennolla {0}; Historia-paneeli luettelee ne. {1} luettelee kaikki näppäimet. Kartta tallennetaan yhdeksi .journey-tiedostoksi, jossa on luettavaa JSONia, ja muoto on kuvattu skeemallaan.</translation>
    </message>
    <message>
        <source>Journey Editor maps customer journeys: the stages a customer goes through, what they do, meet and feel on the way, and the teams behind each touchpoint. This page walks through the editor.</source>
        <translation>Journey Editor kartoittaa asiakaspolkuja: vaiheet, jotka asiakas käy läpi, mitä hän tekee, kohtaa ja tuntee matkan varrella, ja tiimit kunkin kosketuspisteen takana. Tämä sivu esittelee editorin.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Revision History</source>
        <translation>Versiohistoria</translation>
    </message>
    <message>
        <source>Filter by name, author or summary</source>
        <translation>Suodata nimen, tekijän tai yhteenvedon mukaan</translation>
    </message>
    <message>
        <source>Baselines only</source>
        <translation>Vain vertailukohdat</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Tekijä</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Vertailukohta</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Yhteenveto</translation>
    </message>
    <message>
        <source>Name…</source>
        <translation>Nimeä…</translation>
    </message>
    <message>
        <source>Remove Name</source>
        <translation>Poista nimi</translation>
    </message>
    <message>
        <source>No revisions yet. Turn on File ▸ Ask for a Summary When Saving to record one with every save, or name the map as it is now with File ▸ Mark Baseline….</source>
        <translation>Ei vielä versioita. Ota käyttöön Tiedosto ▸ Kysy yhteenvetoa tallennettaessa, niin jokainen tallennus kirjataan, tai nimeä kartta sellaisena kuin se nyt on: Tiedosto ▸ Merkitse vertailukohta….</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Nimeä uudelleen…</translation>
    </message>
    <message>
        <source>The log keeps no copy of the map at older revisions: only the newest can be named. File ▸ Mark Baseline… names the map as it is now.</source>
        <translation>Loki ei säilytä kopiota kartasta vanhemmissa versioissa: vain uusimman voi nimetä. Tiedosto ▸ Merkitse vertailukohta… nimeää kartan sellaisena kuin se nyt on.</translation>
    </message>
    <message>
        <source>A new name for this baseline.</source>
        <translation>Uusi nimi tälle vertailukohdalle.</translation>
    </message>
    <message>
        <source>The map as last saved is kept in the file under this name, so that the Compare panel can show what changed since.</source>
        <translation>Viimeksi tallennettu kartta säilytetään tiedostossa tällä nimellä, jotta Vertaa-paneeli voi näyttää, mikä on sen jälkeen muuttunut.</translation>
    </message>
    <message>
        <source>Name Revision</source>
        <translation>Nimeä versio</translation>
    </message>
    <message>
        <source>The saved file no longer holds the map of this revision: save, then use File ▸ Mark Baseline….</source>
        <translation>Tallennetussa tiedostossa ei enää ole tämän version karttaa: tallenna ja valitse sitten Tiedosto ▸ Merkitse vertailukohta….</translation>
    </message>
    <message>
        <source>No revisions yet. Turn on File ▸ Ask for a Summary When Saving to record one with every save.</source>
        <translation type="vanished">Ei vielä versioita. Ota käyttöön Tiedosto ▸ Kysy yhteenvetoa tallennettaessa, niin jokainen tallennus kirjataan.</translation>
    </message>
</context>
<context>
    <name>HostInfo</name>
    <message>
        <source>Workshop session</source>
        <translation>Työpajaistunto</translation>
    </message>
    <message>
        <source>To join, choose File &gt; Join Session and type:</source>
        <translation>Liity valitsemalla Tiedosto &gt; Liity jaettuun istuntoon ja kirjoita:</translation>
    </message>
    <message>
        <source>{0} joined</source>
        <translation>{0} liittynyt</translation>
    </message>
    <message>
        <source>End Session</source>
        <translation>Päätä istunto</translation>
    </message>
</context>
<context>
    <name>HtmlExport</name>
    <message>
        <source>Click a card to see all its fields. Drag to move the map; wheel or + and − to zoom; Tab goes from card to card, Enter opens one.</source>
        <translation type="vanished">Napsauta korttia nähdäksesi kaikki sen kentät. Vedä siirtääksesi karttaa; rulla tai + ja − zoomaa; Tab siirtyy kortista korttiin, Enter avaa kortin.</translation>
    </message>
    <message>
        <source>Click a card to see all its fields. Drag to pan; wheel or + and − to zoom, 0 for the whole map; Tab goes from card to card, Enter opens one.</source>
        <translation>Napsauta korttia nähdäksesi kaikki sen kentät. Vedä panoroidaksesi; rulla tai + ja − zoomaa, 0 näyttää koko kartan; Tab siirtyy kortista korttiin, Enter avaa kortin.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Selite</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Loitonna</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>Sovita ikkunaan</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Lähennä</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>Touchpoint</source>
        <translation>Kosketuspiste</translation>
    </message>
    <message>
        <source>Where the customer meets the brand</source>
        <translation>Missä asiakas kohtaa brändin</translation>
    </message>
    <message>
        <source>Sticky note</source>
        <translation>Muistilappu</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Tunne</translation>
    </message>
    <message>
        <source>Customer goal</source>
        <translation>Asiakkaan tavoite</translation>
    </message>
    <message>
        <source>What the customer wants to achieve</source>
        <translation>Mitä asiakas haluaa saavuttaa</translation>
    </message>
    <message>
        <source>Customer action</source>
        <translation>Asiakkaan toiminta</translation>
    </message>
    <message>
        <source>What the customer does</source>
        <translation>Mitä asiakas tekee</translation>
    </message>
    <message>
        <source>Customer question</source>
        <translation>Asiakkaan kysymys</translation>
    </message>
    <message>
        <source>What the customer asks here</source>
        <translation>Mitä asiakas kysyy tässä</translation>
    </message>
    <message>
        <source>Thought</source>
        <translation>Ajatus</translation>
    </message>
    <message>
        <source>Feeling</source>
        <translation>Tuntemus</translation>
    </message>
    <message>
        <source>Pain point</source>
        <translation>Kipupiste</translation>
    </message>
    <message>
        <source>What gets in the customer&apos;s way</source>
        <translation>Mikä on asiakkaan esteenä</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idea</translation>
    </message>
    <message>
        <source>How the experience could be better</source>
        <translation>Miten kokemusta voisi parantaa</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Mahdollisuus</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Tiimi</translation>
    </message>
    <message>
        <source>Which teams the customer meets here</source>
        <translation>Mitkä tiimit asiakas kohtaa tässä</translation>
    </message>
    <message>
        <source>Backstage</source>
        <translation>Kulissit</translation>
    </message>
    <message>
        <source>What happens behind the scenes</source>
        <translation>Mitä tapahtuu kulisseissa</translation>
    </message>
    <message>
        <source>System or partner</source>
        <translation>Järjestelmä tai kumppani</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Tieto</translation>
    </message>
    <message>
        <source>What the customer needs to know</source>
        <translation>Mitä asiakkaan täytyy tietää</translation>
    </message>
    <message>
        <source>This value cannot be used here.</source>
        <translation>Tätä arvoa ei voi käyttää tässä.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Tyhjennä</translation>
    </message>
    <message>
        <source>Use the default colour</source>
        <translation>Käytä oletusväriä</translation>
    </message>
    <message>
        <source>Choose a colour</source>
        <translation>Valitse väri</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Oletus</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>auto</translation>
    </message>
    <message>
        <source>Use at least 10 points, or auto.</source>
        <translation>Käytä vähintään 10:tä pistettä tai arvoa auto.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Lisää</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Not saved: a text in the table is too long or a number is out of range.</source>
        <translation>Ei tallennettu: taulukon teksti on liian pitkä tai luku on sallitun alueen ulkopuolella.</translation>
    </message>
    <message>
        <source>Write a number, for example 4.2.</source>
        <translation>Kirjoita luku, esimerkiksi 4,2.</translation>
    </message>
    <message>
        <source>Write a date as year-month-day, for example 2026-10-31.</source>
        <translation>Kirjoita päivämäärä muodossa vuosi-kuukausi-päivä, esimerkiksi 2026-10-31.</translation>
    </message>
    <message>
        <source>Too long: at most {0} characters, this has {1}.</source>
        <translation>Liian pitkä: enintään {0} merkkiä, tässä on {1}.</translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation>Nimet pilkuilla erotettuina</translation>
    </message>
    <message>
        <source>Each name may have at most {0} characters.</source>
        <translation>Kussakin nimessä saa olla enintään {0} merkkiä.</translation>
    </message>
    <message>
        <source>Select a card, stage or lane to edit it</source>
        <translation>Valitse muokattava kortti, vaihe tai kaista</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ei mitään</translation>
    </message>
    <message>
        <source>Edit {0} &apos;{1}&apos;: {2}</source>
        <translation>Muokkaa: {0} &apos;{1}&apos;: {2}</translation>
    </message>
    <message>
        <source>+3 delighted</source>
        <translation>+3 ihastunut</translation>
    </message>
    <message>
        <source>+2 pleased</source>
        <translation>+2 iloinen</translation>
    </message>
    <message>
        <source>+1 content</source>
        <translation>+1 tyytyväinen</translation>
    </message>
    <message>
        <source>0 neutral</source>
        <translation>0 neutraali</translation>
    </message>
    <message>
        <source>-1 uneasy</source>
        <translation>-1 levoton</translation>
    </message>
    <message>
        <source>-2 frustrated</source>
        <translation>-2 turhautunut</translation>
    </message>
    <message>
        <source>-3 angry</source>
        <translation>-3 vihainen</translation>
    </message>
    <message>
        <source>Owned</source>
        <translation>Oma</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Maksettu</translation>
    </message>
    <message>
        <source>Earned</source>
        <translation>Ansaittu</translation>
    </message>
    <message>
        <source>Not controlled by us</source>
        <translation>Ei meidän hallinnassamme</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Luonnos</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Vahvistettu</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Suunniteltu</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Poistunut</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Kysely</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Haastattelu</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Analytiikka</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Havainnointi</translation>
    </message>
    <message>
        <source>Focus group</source>
        <translation>Fokusryhmä</translation>
    </message>
    <message>
        <source>Support log</source>
        <translation>Tukiloki</translation>
    </message>
    <message>
        <source>Market research</source>
        <translation>Markkinatutkimus</translation>
    </message>
    <message>
        <source>Review site</source>
        <translation>Arvostelusivusto</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Muu</translation>
    </message>
    <message>
        <source>Customer forum</source>
        <translation>Asiakasfoorumi</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Osasto</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Henkilöstö</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>Before purchase</source>
        <translation>Ennen ostoa</translation>
    </message>
    <message>
        <source>During purchase</source>
        <translation>Oston aikana</translation>
    </message>
    <message>
        <source>After purchase</source>
        <translation>Oston jälkeen</translation>
    </message>
    <message>
        <source>Frontstage</source>
        <translation>Näyttämö</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Tuki</translation>
    </message>
    <message>
        <source>Current state</source>
        <translation>Nykytila</translation>
    </message>
    <message>
        <source>Future state</source>
        <translation>Tavoitetila</translation>
    </message>
    <message>
        <source>As the interface</source>
        <translation>Kuten käyttöliittymä</translation>
    </message>
    <message>
        <source>Broad: the whole journey</source>
        <translation>Laaja: koko polku</translation>
    </message>
    <message>
        <source>Specific: one problem</source>
        <translation>Rajattu: yksi ongelma</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Kosketuspisteet</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Tavoitteet</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Toiminnot</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Kysymykset</translation>
    </message>
    <message>
        <source>Thoughts</source>
        <translation>Ajatukset</translation>
    </message>
    <message>
        <source>Feelings</source>
        <translation>Tuntemukset</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Kipupisteet</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Ideat</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Mahdollisuudet</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Tiimit</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>Järjestelmät</translation>
    </message>
    <message>
        <source>No dots yet</source>
        <translation>Ei vielä pisteitä</translation>
    </message>
    <message>
        <source>Dots: {0} ({1})</source>
        <translation>Pisteet: {0} ({1})</translation>
    </message>
    <message>
        <source>No review questions answered yet</source>
        <translation>Arvioinnin kysymyksiin ei ole vielä vastattu</translation>
    </message>
    <message>
        <source>Review questions answered: {0} of {1}</source>
        <translation>Vastatut arviointikysymykset: {0}/{1}</translation>
    </message>
    <message>
        <source>No dot voting set up</source>
        <translation>Pisteäänestystä ei ole määritetty</translation>
    </message>
    <message>
        <source>Participants: {0}, dots each: {1}</source>
        <translation>Osallistujat: {0}, pisteitä kullakin: {1}</translation>
    </message>
    <message>
        <source>Follows the cards&apos; emotions</source>
        <translation>Seuraa korttien tunteita</translation>
    </message>
    <message>
        <source>Stages set by hand: {0}</source>
        <translation>Käsin asetetut vaiheet: {0}</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Otsikko</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Kuva</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanava</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Omistaja</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Hallinta</translation>
    </message>
    <message>
        <source>Direct contact with the brand</source>
        <translation>Suora kontakti brändiin</translation>
    </message>
    <message>
        <source>Key touchpoint</source>
        <translation>Avainkosketuspiste</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Muistiinpanot</translation>
    </message>
    <message>
        <source>Expectations</source>
        <translation>Odotukset</translation>
    </message>
    <message>
        <source>Experience we want</source>
        <translation>Tavoiteltu kokemus</translation>
    </message>
    <message>
        <source>Should think</source>
        <translation>Ajattelee</translation>
    </message>
    <message>
        <source>Should do</source>
        <translation>Tekee</translation>
    </message>
    <message>
        <source>Should feel</source>
        <translation>Tuntee</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Vahvistus</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Inconsistent or wrong service</source>
        <translation>Ristiriitainen tai väärä palvelu</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Näyttö</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Huomautus</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Mittarit</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Arvo</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <source>New metric</source>
        <translation>Uusi mittari</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentit</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentti</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Lähde</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Tekijä</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Äänet</translation>
    </message>
    <message>
        <source>Place and colour</source>
        <translation>Sijainti ja väri</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Vaihe</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Kaista</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Väri</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Ostovaihe</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Kuvaus</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Leveys</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Sisältö</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Vyöhyke</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Ulkoasu</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Korkeus</translation>
    </message>
    <message>
        <source>Emotion values</source>
        <translation>Tunnearvot</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Kartta</translation>
    </message>
    <message>
        <source>Map title</source>
        <translation>Kartan otsikko</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Asiakaspolku</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persoona</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Based on</source>
        <translation>Pohjana</translation>
    </message>
    <message>
        <source>Labels in</source>
        <translation>Nimikkeet kielellä</translation>
    </message>
    <message>
        <source>Goal of the map</source>
        <translation>Kartan tavoite</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Tavoite</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Laajuus</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Osastot</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Arviointi</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Tarkistuslista</translation>
    </message>
    <message>
        <source>Dot voting</source>
        <translation>Pisteäänestys</translation>
    </message>
    <message>
        <source>card</source>
        <translation>kortti</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>vaihe</translation>
    </message>
    <message>
        <source>lane</source>
        <translation>kaista</translation>
    </message>
    <message>
        <source>journey</source>
        <translation>polku</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kortti</translation>
    </message>
    <message>
        <source>Map and journey</source>
        <translation>Kartta ja polku</translation>
    </message>
    <message>
        <source>Attach Picture…</source>
        <translation>Liitä kuva…</translation>
    </message>
    <message>
        <source>Attach a picture</source>
        <translation>Liitä kuva</translation>
    </message>
    <message>
        <source>No picture. Attach one, drop a PNG or JPEG file here, or paste one onto the selected card.</source>
        <translation>Ei kuvaa. Liitä kuva, pudota PNG- tai JPEG-tiedosto tähän tai liitä kuva valittuun korttiin.</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Kuvat (*.png *.jpg *.jpeg);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>Take the picture off the card</source>
        <translation>Poista kuva kortista</translation>
    </message>
    <message>
        <source>The card shows this picture already, or the map holds as many pictures as a file may ({0}).</source>
        <translation>Kortissa on jo tämä kuva, tai kartassa on niin monta kuvaa kuin tiedostossa voi olla ({0}).</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <source>Join Session</source>
        <translation>Liity istuntoon</translation>
    </message>
    <message>
        <source>Sessions &amp;found on this network:</source>
        <translation>&amp;Löydetyt istunnot tässä verkossa:</translation>
    </message>
    <message>
        <source>Host &amp;address:</source>
        <translation>Isännän &amp;osoite:</translation>
    </message>
    <message>
        <source>Session &amp;code:</source>
        <translation>Istunto&amp;koodi:</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>&amp;Nimesi:</translation>
    </message>
    <message>
        <source>{0} hosted by {1}</source>
        <translation>{0}, isäntä: {1}</translation>
    </message>
    <message>
        <source>None found yet: you can type the address the host shows below.</source>
        <translation>Yhtään ei ole vielä löytynyt: voit kirjoittaa isännän näyttämän osoitteen alle.</translation>
    </message>
    <message>
        <source>This computer cannot look for sessions: type the address the host shows below.</source>
        <translation>Tämä tietokone ei voi etsiä istuntoja: kirjoita isännän näyttämä osoite alle.</translation>
    </message>
</context>
<context>
    <name>JourneyBox</name>
    <message>
        <source>Journey shown on the canvas</source>
        <translation>Piirtoalueella näytettävä polku</translation>
    </message>
</context>
<context>
    <name>JourneysPanel</name>
    <message>
        <source>Add</source>
        <translation type="vanished">Lisää</translation>
    </message>
    <message>
        <source>Add a blank journey</source>
        <translation>Lisää tyhjä asiakaspolku</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="vanished">Monista</translation>
    </message>
    <message>
        <source>Copy the selected journey</source>
        <translation>Kopioi valittu polku</translation>
    </message>
    <message>
        <source>Create future state</source>
        <translation type="vanished">Luo tavoitetila</translation>
    </message>
    <message>
        <source>Copy the current-state journey into a linked future-state journey</source>
        <translation>Kopioi nykytilan polku linkitetyksi tavoitetilan poluksi</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="vanished">Poista</translation>
    </message>
    <message>
        <source>Delete the selected journey</source>
        <translation>Poista valittu polku</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="vanished">Siirrä ylös</translation>
    </message>
    <message>
        <source>Move the journey up the list</source>
        <translation>Siirrä polkua ylemmäs luettelossa</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="vanished">Siirrä alas</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Lisää</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Monista</translation>
    </message>
    <message>
        <source>Create &amp;future state</source>
        <translation>Luo &amp;tavoitetila</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Poista</translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation>Siirrä &amp;ylös</translation>
    </message>
    <message>
        <source>Move the journey down the list</source>
        <translation>Siirrä polkua alemmas luettelossa</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Siirrä &amp;alas</translation>
    </message>
    <message>
        <source>Future state</source>
        <translation>Tavoitetila</translation>
    </message>
    <message>
        <source>Current state</source>
        <translation>Nykytila</translation>
    </message>
    <message>
        <source>no persona</source>
        <translation>ei persoonaa</translation>
    </message>
    <message>
        <source>Future state of &apos;{0}&apos;</source>
        <translation>Polun &apos;{0}&apos; tavoitetila</translation>
    </message>
    <message>
        <source>No persona</source>
        <translation>Ei persoonaa</translation>
    </message>
    <message>
        <source>Choose one for this journey in the Inspector.</source>
        <translation>Valitse polulle persoona Tarkastelijassa.</translation>
    </message>
    <message>
        <source>“{0}”</source>
        <translation>”{0}”</translation>
    </message>
</context>
<context>
    <name>Layout</name>
    <message>
        <source>Before purchase</source>
        <translation>Ennen ostoa</translation>
    </message>
    <message>
        <source>During purchase</source>
        <translation>Oston aikana</translation>
    </message>
    <message>
        <source>After purchase</source>
        <translation>Oston jälkeen</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Kosketuspisteet</translation>
    </message>
    <message>
        <source>Sticky notes</source>
        <translation>Muistilaput</translation>
    </message>
    <message>
        <source>Emotion curve</source>
        <translation>Tunnekäyrä</translation>
    </message>
    <message>
        <source>Line of interaction</source>
        <translation>Vuorovaikutuslinja</translation>
    </message>
    <message>
        <source>Line of visibility</source>
        <translation>Näkyvyyslinja</translation>
    </message>
    <message>
        <source>Line of internal interaction</source>
        <translation>Sisäisen vuorovaikutuksen linja</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>Search touchpoints…</source>
        <translation>Hae kosketuspisteitä…</translation>
    </message>
    <message>
        <source>Add my own…</source>
        <translation>Lisää oma…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Before purchase</source>
        <translation>Ennen ostoa</translation>
    </message>
    <message>
        <source>During purchase</source>
        <translation>Oston aikana</translation>
    </message>
    <message>
        <source>After purchase</source>
        <translation>Oston jälkeen</translation>
    </message>
    <message>
        <source>Information and other</source>
        <translation>Tieto ja muut</translation>
    </message>
    <message>
        <source>My touchpoints</source>
        <translation>Omat kosketuspisteet</translation>
    </message>
    <message>
        <source>Add a touchpoint</source>
        <translation>Lisää kosketuspiste</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nimi:</translation>
    </message>
    <message>
        <source>Phase:</source>
        <translation>Ostovaihe:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Inspector</source>
        <translation>Tarkastelija</translation>
    </message>
    <message>
        <source>I&amp;nspector</source>
        <translation>Tarkastelij&amp;a</translation>
    </message>
    <message>
        <source>Con&amp;flicts</source>
        <translation type="vanished">&amp;Konfliktit</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konfliktit</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <source>His&amp;tory</source>
        <translation>&amp;Historia</translation>
    </message>
    <message>
        <source>&amp;Conflicts</source>
        <translation type="vanished">&amp;Konfliktit</translation>
    </message>
    <message>
        <source>Journeys</source>
        <translation>Polut</translation>
    </message>
    <message>
        <source>&amp;Journeys</source>
        <translation>&amp;Polut</translation>
    </message>
    <message>
        <source>Mer&amp;ge Conflicts</source>
        <translation>&amp;Konfliktit</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Persoonat</translation>
    </message>
    <message>
        <source>Pe&amp;rsonas</source>
        <translation>P&amp;ersoonat</translation>
    </message>
    <message>
        <source>Touchpoint library</source>
        <translation>Kosketuspistekirjasto</translation>
    </message>
    <message>
        <source>Touchpoint &amp;library</source>
        <translation>Kosketuspistekir&amp;jasto</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vertailu</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>&amp;Vertailu</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Arviointi</translation>
    </message>
    <message>
        <source>R&amp;eview</source>
        <translation>A&amp;rviointi</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Tarkistuslista</translation>
    </message>
    <message>
        <source>Chec&amp;klist</source>
        <translation>Tarkistus&amp;lista</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Muokkaa</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Kartta</translation>
    </message>
    <message>
        <source>&amp;Journey</source>
        <translation>&amp;Polku</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Näytä</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ohje</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>V&amp;iimeaikaiset</translation>
    </message>
    <message>
        <source>&amp;Heat Overlay</source>
        <translation>Lä&amp;mpökartta</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Päätyökalurivi</translation>
    </message>
    <message>
        <source>Journey: </source>
        <translation>Polku: </translation>
    </message>
    <message>
        <source>Autosave failed: {0}</source>
        <translation>Automaattitallennus epäonnistui: {0}</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; not done: this map is open read-only (Save As makes a copy you can edit)</source>
        <translation>&apos;{0}&apos; jäi tekemättä: kartta on avattu vain luku -tilassa (Tallenna nimellä tekee kopion, jota voit muokata)</translation>
    </message>
    <message>
        <source>Select one card, stage or lane to edit it</source>
        <translation>Valitse yksi kortti, vaihe tai kaista muokattavaksi</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Nimetön</translation>
    </message>
    <message>
        <source>{0} (read-only)</source>
        <translation>{0} (vain luku)</translation>
    </message>
    <message>
        <source>{0}[*] — Journey Editor</source>
        <translation>{0}[*] — Journey Editor</translation>
    </message>
    <message>
        <source>Wrote {0}</source>
        <translation>Kirjoitettu {0}</translation>
    </message>
</context>
<context>
    <name>MapAccessibility</name>
    <message>
        <source>Arrow keys and Tab move between the cards, Return or F2 edits a title, {0} opens its fields in the Inspector, {1} moves to the panels.</source>
        <translation>Nuolinäppäimet ja Sarkain siirtävät korttien välillä, Enter tai F2 muokkaa otsikkoa, {0} avaa kortin kentät Tarkastelijaan, {1} siirtyy paneeleihin.</translation>
    </message>
    <message>
        <source>Card: {0}</source>
        <translation>Kortti: {0}</translation>
    </message>
    <message>
        <source>Journey map: {0}</source>
        <translation>Asiakaspolkukartta: {0}</translation>
    </message>
    <message>
        <source>Lane {0} of {1}: {2}</source>
        <translation>Kaista {0}/{1}: {2}</translation>
    </message>
    <message>
        <source>Stage {0} of {1}: {2}</source>
        <translation>Vaihe {0}/{1}: {2}</translation>
    </message>
    <message>
        <source>emotion {0}</source>
        <translation>tunne {0}</translation>
    </message>
    <message>
        <source>key touchpoint</source>
        <translation>avainkosketuspiste</translation>
    </message>
    <message>
        <source>lane {0}</source>
        <translation>kaista {0}</translation>
    </message>
    <message>
        <source>stage {0}</source>
        <translation>vaihe {0}</translation>
    </message>
    <message>
        <source>status {0}</source>
        <translation>tila {0}</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>nimetön</translation>
    </message>
</context>
<context>
    <name>MetricChart</name>
    <message>
        <source>{0} over time</source>
        <translation>{0} ajan mittaan</translation>
    </message>
</context>
<context>
    <name>MissingFile</name>
    <message>
        <source>Create journey map</source>
        <translation>Luo asiakaspolkukartta</translation>
    </message>
    <message>
        <source>{0} does not exist yet. Create a new journey map there?</source>
        <translation>Tiedostoa {0} ei vielä ole. Luodaanko siihen uusi asiakaspolkukartta?</translation>
    </message>
    <message>
        <source>Create &amp;Blank Map</source>
        <translation>Luo &amp;tyhjä kartta</translation>
    </message>
    <message>
        <source>Choose a &amp;Template…</source>
        <translation>Valitse &amp;malli…</translation>
    </message>
    <message>
        <source>Cannot create journey map</source>
        <translation>Asiakaspolkukarttaa ei voi luoda</translation>
    </message>
</context>
<context>
    <name>Panels</name>
    <message>
        <source>Arrow from &apos;{0}&apos; to &apos;{1}&apos;.
Press Delete to remove it.</source>
        <translation>Nuoli kohteesta &apos;{0}&apos; kohteeseen &apos;{1}&apos;.
Poista se painamalla Delete.</translation>
    </message>
    <message>
        <source>&lt;original&gt;</source>
        <translation>&lt;alkuperäinen&gt;</translation>
    </message>
    <message>
        <source>{0} cards selected.
Drag them, or press Delete or Ctrl+D, to act on all; select one to edit it.</source>
        <translation>{0} korttia valittu.
Vedä niitä tai paina Delete tai Ctrl+D käsitelläksesi kaikkia; valitse yksi muokataksesi sitä.</translation>
    </message>
    <message>
        <source>{0} items selected.
Select one to edit it.</source>
        <translation>{0} kohdetta valittu.
Valitse yksi muokataksesi sitä.</translation>
    </message>
</context>
<context>
    <name>PersonasPanel</name>
    <message>
        <source>Add</source>
        <translation>Lisää</translation>
    </message>
    <message>
        <source>Add a persona</source>
        <translation>Lisää persoona</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Delete the selected persona</source>
        <translation>Poista valittu persoona</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Siirrä ylös</translation>
    </message>
    <message>
        <source>Move the persona up the list</source>
        <translation>Siirrä persoonaa ylemmäs luettelossa</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Siirrä alas</translation>
    </message>
    <message>
        <source>Move the persona down the list</source>
        <translation>Siirrä persoonaa alemmas luettelossa</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Segment or role</source>
        <translation>Segmentti tai rooli</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Tavoitteet</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Tarpeet</translation>
    </message>
    <message>
        <source>Frustrations</source>
        <translation>Turhautumiset</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Sitaatti</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Kuva</translation>
    </message>
    <message>
        <source>Choose photo…</source>
        <translation>Valitse kuva…</translation>
    </message>
    <message>
        <source>Paste photo</source>
        <translation>Liitä valokuva</translation>
    </message>
    <message>
        <source>The picture on the clipboard as the photo</source>
        <translation>Leikepöydän kuva valokuvaksi</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Poista kuva</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(ei nimeä)</translation>
    </message>
    <message>
        <source>Edit persona &apos;{0}&apos;: {1}</source>
        <translation>Muokkaa persoonaa &apos;{0}&apos;: {1}</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Valitse kuva</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Kuvat (*.png *.jpg *.jpeg);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp);;All files (*)</source>
        <translation type="vanished">Kuvat (*.png *.jpg *.jpeg *.gif *.bmp *.webp);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>Cannot read {0}: {1}</source>
        <translation type="vanished">Tiedostoa {0} ei voi lukea: {1}</translation>
    </message>
</context>
<context>
    <name>Pictures</name>
    <message>
        <source>&apos;{0}&apos; cannot be read: {1}</source>
        <translation>Tiedostoa &apos;{0}&apos; ei voi lukea: {1}</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is cut short: the end of the picture is missing</source>
        <translation>&apos;{0}&apos; on katkennut: kuvan loppu puuttuu</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is damaged: its header gives no picture size</source>
        <translation>&apos;{0}&apos; on vahingoittunut: sen otsake ei kerro kuvan kokoa</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a PNG or JPEG picture</source>
        <translation>&apos;{0}&apos; ei ole PNG- tai JPEG-kuva</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is too large for a picture ({1} MB; at most {2} MB)</source>
        <translation>&apos;{0}&apos; on liian suuri kuvaksi ({1} Mt; enintään {2} Mt)</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is too large: {1} x {2} pixels (at most {3} pixels on a side)</source>
        <translation>&apos;{0}&apos; on liian suuri: {1} x {2} pikseliä (enintään {3} pikseliä sivulla)</translation>
    </message>
    <message>
        <source>Picture attached to the card</source>
        <translation>Kuva liitettiin korttiin</translation>
    </message>
    <message>
        <source>Select one card to paste the picture onto it</source>
        <translation>Valitse yksi kortti, johon kuva liitetään</translation>
    </message>
    <message>
        <source>the pasted picture</source>
        <translation>liitetty kuva</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Asetukset</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Ask for a summary when saving</source>
        <translation>Kysy yhteenvetoa tallennettaessa</translation>
    </message>
    <message>
        <source>Left empty, exports name no author</source>
        <translation>Tyhjä: tekijää ei mainita</translation>
    </message>
    <message>
        <source>A new language takes effect when Journey Editor is restarted.</source>
        <translation>Uusi kieli otetaan käyttöön, kun Journey Editor käynnistetään uudelleen.</translation>
    </message>
    <message>
        <source>Autosave at most every</source>
        <translation>Tallenna automaattisesti viimeistään</translation>
    </message>
    <message>
        <source>Author name for exports</source>
        <translation>Tekijän nimi vienneissä</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Järjestelmän kieli</translation>
    </message>
</context>
<context>
    <name>PropertiesDialog</name>
    <message>
        <source>Map Properties</source>
        <translation>Kartan ominaisuudet</translation>
    </message>
    <message>
        <source>e.g. Bike repair journeys, spring workshop</source>
        <translation>esim. Pyöränkorjauksen polut, kevään työpaja</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Otsikko:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Tiedosto:</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Ei vielä tallennettu</translation>
    </message>
    <message>
        <source>Journeys:</source>
        <translation>Polut:</translation>
    </message>
    <message>
        <source>Personas:</source>
        <translation>Persoonat:</translation>
    </message>
    <message>
        <source>Cards:</source>
        <translation>Kortit:</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>Aloitettu:</translation>
    </message>
    <message>
        <source>Last revision:</source>
        <translation>Viimeisin versio:</translation>
    </message>
</context>
<context>
    <name>ReadOnlyMode</name>
    <message>
        <source>Save a Copy As…</source>
        <translation>Tallenna kopio nimellä…</translation>
    </message>
    <message>
        <source>another window is editing it</source>
        <translation>toinen ikkuna muokkaa sitä</translation>
    </message>
    <message>
        <source>{0} is open read-only: {1}. Nothing you do here changes it; save a copy to make changes of your own.</source>
        <translation>{0} on avattu vain luku -tilassa: {1}. Mikään täällä tekemäsi ei muuta sitä; tallenna kopio tehdäksesi omia muutoksia.</translation>
    </message>
</context>
<context>
    <name>ReadabilityNote</name>
    <message>
        <source>Card text prints at {0:.1f}&#xa0;pt, the smallest text at {1:.1f}&#xa0;pt.</source>
        <translation type="vanished">Korttien teksti tulostuu {0:.1f}&#xa0;pt:n kokoisena, pienin teksti {1:.1f}&#xa0;pt:n kokoisena.</translation>
    </message>
    <message>
        <source>Card text prints at {0}&#xa0;pt, the smallest text at {1}&#xa0;pt.</source>
        <translation>Korttien teksti tulostuu {0}&#xa0;pt:n kokoisena, pienin teksti {1}&#xa0;pt:n kokoisena.</translation>
    </message>
    <message>
        <source>Hard to read on a wall: {0}.</source>
        <translation>Vaikea lukea seinältä: {0}.</translation>
    </message>
    <message>
        <source>Use {0}</source>
        <translation>Käytä: {0}</translation>
    </message>
    <message numerus="yes">
        <source>Split into %n</source>
        <translation>
            <numerusform>Jaa %n osaan</numerusform>
            <numerusform>Jaa %n osaan</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Recover Unsaved Work</source>
        <translation>Palauta tallentamaton työ</translation>
    </message>
    <message>
        <source>Journey Editor did not close properly. These maps have changes that were not saved; restore them to keep working, or discard them.</source>
        <translation>Journey Editor ei sulkeutunut oikein. Näissä kartoissa on tallentamattomia muutoksia; palauta ne jatkaaksesi työtä tai hylkää ne.</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Kartta</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tiedosto</translation>
    </message>
    <message>
        <source>Last autosave</source>
        <translation>Viimeisin automaattitallennus</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Palauta</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Hylkää</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Myöhemmin</translation>
    </message>
    <message>
        <source>(never saved)</source>
        <translation>(ei koskaan tallennettu)</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>Palautus ei onnistu</translation>
    </message>
    <message>
        <source>Discard unsaved work</source>
        <translation>Hylkää tallentamaton työ</translation>
    </message>
    <message>
        <source>Delete the unsaved changes of {0} map(s)? This cannot be undone.</source>
        <translation>Poistetaanko {0} kartan tallentamattomat muutokset? Tätä ei voi kumota.</translation>
    </message>
    <message>
        <source>File in use</source>
        <translation>Tiedosto on käytössä</translation>
    </message>
    <message>
        <source>If you both save, one of you loses changes.</source>
        <translation>Jos tallennatte molemmat, toisen muutokset menetetään.</translation>
    </message>
    <message>
        <source>Open &amp;Anyway</source>
        <translation>Avaa &amp;silti</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation>Avaa &amp;vain luku</translation>
    </message>
    <message>
        <source>{0} is held by an unknown editor: its lock file cannot be read (last written {1}).</source>
        <translation>Tiedostoa {0} pitää varattuna tuntematon muokkaaja: sen lukitustiedostoa ei voi lukea (kirjoitettu viimeksi {1}).</translation>
    </message>
    <message>
        <source>{0} is open in another Journey Editor: {1} on {2}, since {3}.</source>
        <translation>{0} on auki toisessa Journey Editorissa: {1} koneella {2}, alkaen {3}.</translation>
    </message>
</context>
<context>
    <name>ResultsDialog</name>
    <message>
        <source>Dot Voting Results</source>
        <translation>Pisteäänestyksen tulokset</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Sija</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kortti</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Vaihe</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Pisteet</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(nimetön)</translation>
    </message>
    <message>
        <source>No dots placed yet</source>
        <translation>Pisteitä ei ole vielä annettu</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>Stages without touchpoints</source>
        <translation>Vaiheet ilman kosketuspisteitä</translation>
    </message>
    <message>
        <source>Touchpoints without an owning team</source>
        <translation>Kosketuspisteet ilman vastuutiimiä</translation>
    </message>
    <message>
        <source>Negative emotion without an improvement idea</source>
        <translation>Kielteinen tunne ilman parannusideaa</translation>
    </message>
    <message>
        <source>Inconsistent or wrong information</source>
        <translation>Ristiriitaista tai väärää tietoa</translation>
    </message>
    <message>
        <source>Touchpoints unreachable from the first stage</source>
        <translation>Kosketuspisteet, joihin ei pääse ensimmäisestä vaiheesta</translation>
    </message>
    <message>
        <source>Dead ends before the last stage</source>
        <translation>Umpikujat ennen viimeistä vaihetta</translation>
    </message>
    <message>
        <source>Stages with too many teams</source>
        <translation>Vaiheet, joissa on liian monta tiimiä</translation>
    </message>
    <message>
        <source>Key touchpoints without metrics or survey</source>
        <translation>Avainkosketuspisteet ilman mittareita tai kyselyä</translation>
    </message>
    <message>
        <source>Moments of truth</source>
        <translation>Totuuden hetket</translation>
    </message>
    <message>
        <source>Retired touchpoints still connected</source>
        <translation>Poistuneet kosketuspisteet, jotka ovat yhä yhdistettyinä</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>ongelma</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>varoitus</translation>
    </message>
    <message>
        <source>note</source>
        <translation>huomio</translation>
    </message>
    <message>
        <source>Stage “{stage}” has no touchpoints: where does the customer meet you here?</source>
        <translation>Vaiheessa ”{stage}” ei ole kosketuspisteitä: missä asiakas kohtaa teidät tässä?</translation>
    </message>
    <message>
        <source>Touchpoint {card} has no owning team.</source>
        <translation>Kosketuspisteellä {card} ei ole vastuutiimiä.</translation>
    </message>
    <message>
        <source>{card} feels negative (emotion {emotion}) and has no improvement idea.</source>
        <translation>{card} tuntuu kielteiseltä (tunne {emotion}), eikä sillä ole parannusideaa.</translation>
    </message>
    <message>
        <source>{card} is flagged as inconsistent or wrong information.</source>
        <translation>{card} on merkitty ristiriitaiseksi tai vääräksi tiedoksi.</translation>
    </message>
    <message>
        <source>Touchpoint {card} cannot be reached from the first stage: no chain of connections leads to it.</source>
        <translation>Kosketuspisteeseen {card} ei pääse ensimmäisestä vaiheesta: mikään yhteysketju ei johda sinne.</translation>
    </message>
    <message>
        <source>Touchpoint {card} is a dead end: the journey stops there, before the last stage.</source>
        <translation>Kosketuspiste {card} on umpikuja: polku päättyy siihen ennen viimeistä vaihetta.</translation>
    </message>
    <message>
        <source>In stage “{stage}” the customer meets {count} teams ({teams}); more than {limit} makes the experience feel disjointed.</source>
        <translation>Vaiheessa ”{stage}” asiakas kohtaa {count} tiimiä ({teams}); yli {limit} tiimiä tekee kokemuksesta hajanaisen.</translation>
    </message>
    <message>
        <source>Key touchpoint {card} has no metric and no survey feedback.</source>
        <translation>Avainkosketuspisteellä {card} ei ole mittaria eikä kyselypalautetta.</translation>
    </message>
    <message>
        <source>Moment of truth: “{stage}” is a low point of the emotion curve ({value}).</source>
        <translation>Totuuden hetki: ”{stage}” on tunnekäyrän pohjakohta ({value}).</translation>
    </message>
    <message>
        <source>Retired touchpoint {card} is still connected to {cards}.</source>
        <translation>Poistunut kosketuspiste {card} on yhä yhdistetty kohteisiin {cards}.</translation>
    </message>
    <message>
        <source>“{title}” ({lane}, {stage})</source>
        <translation>”{title}” ({lane}, {stage})</translation>
    </message>
    <message>
        <source>untitled card</source>
        <translation>nimetön kortti</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>… and {0} more</source>
        <translation>… ja {0} muuta</translation>
    </message>
    <message>
        <source>Thresholds…</source>
        <translation>Kynnysarvot…</translation>
    </message>
    <message>
        <source>No journey to review.</source>
        <translation>Ei arvioitavaa polkua.</translation>
    </message>
    <message>
        <source>No findings: this journey passes the review.</source>
        <translation>Ei havaintoja: polku läpäisee arvioinnin.</translation>
    </message>
    <message>
        <source>1 finding. Click it to show it on the map.</source>
        <translation>1 havainto. Näytä se kartalla napsauttamalla.</translation>
    </message>
    <message>
        <source>{0} findings. Click one to show it on the map.</source>
        <translation>{0} havaintoa. Näytä havainto kartalla napsauttamalla sitä.</translation>
    </message>
</context>
<context>
    <name>SessionMenu</name>
    <message>
        <source>Host &amp;Workshop Session…</source>
        <translation>Is&amp;ännöi työpajaistuntoa…</translation>
    </message>
    <message>
        <source>&amp;Join Session…</source>
        <translation>Liity &amp;jaettuun istuntoon…</translation>
    </message>
    <message>
        <source>End &amp;Live Session</source>
        <translation>&amp;Päätä live-istunto</translation>
    </message>
    <message>
        <source>Host Workshop Session</source>
        <translation>Isännöi työpajaistuntoa</translation>
    </message>
    <message>
        <source>The session could not start: {0}</source>
        <translation>Istuntoa ei voitu aloittaa: {0}</translation>
    </message>
    <message>
        <source>Joining {0}:{1}…</source>
        <translation type="vanished">Liitytään: {0}:{1}…</translation>
    </message>
    <message>
        <source>Joining {0}…</source>
        <translation>Liitytään: {0}…</translation>
    </message>
    <message>
        <source>The host did not accept the session code. Check it and try again.</source>
        <translation>Isäntä ei hyväksynyt istuntokoodia. Tarkista se ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>The host did not accept the session code.</source>
        <translation>Isäntä ei hyväksynyt istuntokoodia.</translation>
    </message>
    <message>
        <source>The host refused an edit from this laptop and left it out of the session. The map stays open as it is.</source>
        <translation>Isäntä hylkäsi tämän koneen muutoksen ja jätti sen istunnon ulkopuolelle. Kartta pysyy auki sellaisenaan.</translation>
    </message>
    <message>
        <source>The session has ended. The map stays open as your own copy: save it to keep it.</source>
        <translation>Istunto on päättynyt. Kartta pysyy auki omana kopionasi: tallenna se, jos haluat säilyttää sen.</translation>
    </message>
    <message>
        <source>Live session</source>
        <translation>Live-istunto</translation>
    </message>
    <message>
        <source>Hosting on {0}:{1} · {2} joined</source>
        <translation>Isäntänä osoitteessa {0}:{1} · {2} liittynyt</translation>
    </message>
    <message>
        <source>{0} joined</source>
        <translation>{0} liittynyt</translation>
    </message>
    <message>
        <source>Back online</source>
        <translation>Taas verkossa</translation>
    </message>
    <message>
        <source>In a live session</source>
        <translation>Live-istunnossa</translation>
    </message>
    <message>
        <source>Reconnecting… (working offline: your edits are kept)</source>
        <translation>Yhdistetään uudelleen… (työskennellään offline-tilassa: muutoksesi säilyvät)</translation>
    </message>
    <message>
        <source>Session: connection lost, working offline…</source>
        <translation type="vanished">Istunto: yhteys katkesi, työskennellään offline-tilassa…</translation>
    </message>
    <message>
        <source>{0} on &apos;{1}&apos;</source>
        <translation>{0}: &apos;{1}&apos;</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Pikanäppäimet</translation>
    </message>
    <message>
        <source>Filter, e.g. undo or Ctrl+D</source>
        <translation>Suodata, esim. kumoa tai Ctrl+D</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Komento</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Näppäimet</translation>
    </message>
</context>
<context>
    <name>SideBySideDialog</name>
    <message>
        <source>Side by Side: {0} and {1}</source>
        <translation>Rinnakkain: {0} ja {1}</translation>
    </message>
    <message>
        <source>Only the rows with differences</source>
        <translation>Vain rivit, joissa on eroja</translation>
    </message>
    <message>
        <source>{0} (removed)</source>
        <translation>{0} (poistettu)</translation>
    </message>
    <message>
        <source>{0} (added)</source>
        <translation>{0} (lisätty)</translation>
    </message>
    <message>
        <source>{0} (was {1})</source>
        <translation>{0} (oli {1})</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Kaista</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Journey Editor needs system libraries that are not installed. Install them with:
    sudo apt-get install {0}</source>
        <translation>Journey Editor tarvitsee järjestelmäkirjastoja, joita ei ole asennettu. Asenna ne komennolla:
    sudo apt-get install {0}</translation>
    </message>
    <message>
        <source>No display found (DISPLAY is not set): start Journey Editor from a desktop session. The command-line tools (journey-editor --help) work without one.</source>
        <translation>Näyttöä ei löytynyt (DISPLAY-muuttujaa ei ole asetettu): käynnistä Journey Editor työpöytäistunnosta. Komentorivityökalut (journey-editor --help) toimivat ilman näyttöä.</translation>
    </message>
</context>
<context>
    <name>StateBadge</name>
    <message>
        <source>Future state: a plan for the journey, not today&apos;s journey</source>
        <translation>Tavoitetila: suunnitelma polusta, ei nykyinen polku</translation>
    </message>
    <message>
        <source>Future state</source>
        <translation>Tavoitetila</translation>
    </message>
</context>
<context>
    <name>Survey</name>
    <message>
        <source>&apos;{0}&apos; is not a date (use 2026-03-31 or 31.3.2026)</source>
        <translation>&apos;{0}&apos; ei ole päivämäärä (käytä muotoa 2026-03-31 tai 31.3.2026)</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a number</source>
        <translation>&apos;{0}&apos; ei ole luku</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a valid date</source>
        <translation>&apos;{0}&apos; ei ole kelvollinen päivämäärä</translation>
    </message>
    <message>
        <source>column &apos;{0}&apos;</source>
        <translation>sarake &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>no touchpoint has the title or id &apos;{0}&apos;</source>
        <translation>millään kosketuspisteellä ei ole otsikkoa tai tunnistetta &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>there is no column &apos;{0}&apos; for the {1}</source>
        <translation>sarake &apos;{0}&apos; puuttuu ({1})</translation>
    </message>
    <message>
        <source>unknown column role &apos;{0}&apos;</source>
        <translation>tuntematon sarakkeen rooli &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>{0} touchpoints are called &apos;{1}&apos;; use the card&apos;s id instead</source>
        <translation>{0} kosketuspisteen nimi on &apos;{1}&apos;; käytä kortin tunnistetta</translation>
    </message>
    <message>
        <source>CSV UTF-8</source>
        <translation>CSV UTF-8</translation>
    </message>
    <message>
        <source>missing column(s): {0} (choose them in the mapping)</source>
        <translation>puuttuvat sarakkeet: {0} (valitse ne sarakkeiden määrityksessä)</translation>
    </message>
    <message>
        <source>more than {0:,} rows; the limit is {0:,}</source>
        <translation>yli {0:,} riviä; raja on {0:,}</translation>
    </message>
    <message>
        <source>row {0}</source>
        <translation>rivi {0}</translation>
    </message>
    <message>
        <source>the file has no data rows</source>
        <translation>tiedostossa ei ole datarivejä</translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation>tiedosto on liian suuri</translation>
    </message>
    <message>
        <source>the first row should name the columns, but it is empty</source>
        <translation>ensimmäisellä rivillä pitäisi olla sarakkeiden nimet, mutta se on tyhjä</translation>
    </message>
    <message>
        <source>the metric name is empty</source>
        <translation>mittarin nimi on tyhjä</translation>
    </message>
    <message>
        <source>the metric name is longer than {0} characters</source>
        <translation>mittarin nimi on yli {0} merkkiä pitkä</translation>
    </message>
    <message>
        <source>the touchpoint is empty</source>
        <translation>kosketuspiste on tyhjä</translation>
    </message>
    <message>
        <source>the touchpoint would have more than {0} metrics</source>
        <translation>kosketuspisteellä olisi yli {0} mittaria</translation>
    </message>
    <message>
        <source>the value is empty</source>
        <translation>arvo on tyhjä</translation>
    </message>
    <message>
        <source>{0} is out of range</source>
        <translation>{0} on sallitun alueen ulkopuolella</translation>
    </message>
</context>
<context>
    <name>SurveyDialog</name>
    <message>
        <source>Import Survey Results</source>
        <translation>Tuo kyselyn tulokset</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Tiedostoa ei ole valittu</translation>
    </message>
    <message>
        <source>Choose File…</source>
        <translation>Valitse tiedosto…</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Sarakkeet</translation>
    </message>
    <message>
        <source>Touchpoint (title or id)</source>
        <translation>Kosketuspiste (otsikko tai tunniste)</translation>
    </message>
    <message>
        <source>Metric name</source>
        <translation>Mittarin nimi</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Arvo</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Lähde</translation>
    </message>
    <message>
        <source> (optional)</source>
        <translation> (valinnainen)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Tuo</translation>
    </message>
    <message>
        <source>Import survey results</source>
        <translation>Tuo kyselyn tulokset</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ei mitään)</translation>
    </message>
    <message>
        <source>… and {0} more</source>
        <translation>… ja {0} muuta</translation>
    </message>
    <message>
        <source>{0} problem(s): fix the file or the column choice; nothing is imported while there are any.</source>
        <translation>{0} ongelmaa: korjaa tiedosto tai sarakevalinta; mitään ei tuoda, niin kauan kuin ongelmia on.</translation>
    </message>
    <message>
        <source>{0} result(s) for {1} touchpoint(s) are ready to import.</source>
        <translation>{0} tulosta {1} kosketuspisteelle on valmiina tuotavaksi.</translation>
    </message>
    <message>
        <source>The journey changed; choose the file again.</source>
        <translation>Polku on muuttunut; valitse tiedosto uudelleen.</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-tiedostot (*.csv *.txt);;Kaikki tiedostot (*)</translation>
    </message>
</context>
<context>
    <name>TemplateGallery</name>
    <message>
        <source>New from Template</source>
        <translation>Uusi mallista</translation>
    </message>
    <message>
        <source>Language of the template&apos;s text</source>
        <translation>Mallin tekstin kieli</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Kieli:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Luo</translation>
    </message>
    <message>
        <source>An empty map: the purchase phases as stages and the basic lanes, ready to fill in.</source>
        <translation>Tyhjä kartta: ostovaiheet vaiheina ja peruskaistat valmiina täytettäviksi.</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>no template &apos;{0}&apos; in language &apos;{1}&apos; (known: {2})</source>
        <translation>mallia &apos;{0}&apos; ei ole kielellä &apos;{1}&apos; (tunnetut: {2})</translation>
    </message>
    <message>
        <source>Created from the &apos;{0}&apos; template</source>
        <translation>Luotu mallista &apos;{0}&apos;</translation>
    </message>
</context>
<context>
    <name>ThresholdsForm</name>
    <message>
        <source>none</source>
        <translation>ei mitään</translation>
    </message>
    <message>
        <source>Most teams in a stage</source>
        <translation>Enimmäismäärä tiimejä vaiheessa</translation>
    </message>
    <message>
        <source>Negative emotion at or below</source>
        <translation>Kielteinen tunne enintään</translation>
    </message>
    <message>
        <source>Moments of truth to name</source>
        <translation>Nimettävät totuuden hetket</translation>
    </message>
</context>
<context>
    <name>TimerFace</name>
    <message>
        <source>Time&apos;s up!</source>
        <translation>Aika loppui!</translation>
    </message>
</context>
<context>
    <name>UndoNotice</name>
    <message>
        <source>Undo</source>
        <translation>Kumoa</translation>
    </message>
    <message>
        <source>Undo this edit</source>
        <translation>Kumoa tämä muutos</translation>
    </message>
</context>
<context>
    <name>VotingBar</name>
    <message>
        <source>&amp;Vote</source>
        <translation>&amp;Äänestä</translation>
    </message>
    <message>
        <source>Click a card to place a dot; Shift+click or right-click takes one off (V)</source>
        <translation>Anna piste napsauttamalla korttia; vaihto+napsautus tai oikea napsautus poistaa pisteen (V)</translation>
    </message>
    <message>
        <source>Who is voting (number keys 1-9)</source>
        <translation>Kuka äänestää (numeronäppäimet 1–9)</translation>
    </message>
    <message>
        <source>&amp;Round…</source>
        <translation>&amp;Kierros…</translation>
    </message>
    <message>
        <source>R&amp;esults…</source>
        <translation>&amp;Tulokset…</translation>
    </message>
    <message>
        <source>{0} of {1} dots left</source>
        <translation>{0}/{1} pistettä jäljellä</translation>
    </message>
    <message>
        <source>No round yet</source>
        <translation>Ei vielä kierrosta</translation>
    </message>
</context>
<context>
    <name>VotingDialog</name>
    <message>
        <source>Dot Voting Round</source>
        <translation>Pisteäänestyskierros</translation>
    </message>
    <message>
        <source>One name per line</source>
        <translation>Yksi nimi riviä kohden</translation>
    </message>
    <message>
        <source>Take off the dots already placed</source>
        <translation>Poista jo annetut pisteet</translation>
    </message>
    <message>
        <source>&amp;Participants:</source>
        <translation>&amp;Osallistujat:</translation>
    </message>
    <message>
        <source>&amp;Dots each:</source>
        <translation>&amp;Pisteitä kullekin:</translation>
    </message>
</context>
<context>
    <name>VotingState</name>
    <message>
        <source>Vote</source>
        <translation>Äänestä</translation>
    </message>
    <message>
        <source>Set up a voting round first.</source>
        <translation>Määritä ensin äänestyskierros.</translation>
    </message>
    <message>
        <source>Remove {0}&apos;s dot from &apos;{1}&apos;</source>
        <translation>Poista osallistujan {0} piste kortista &apos;{1}&apos;</translation>
    </message>
    <message>
        <source>Dot from {0} on &apos;{1}&apos;</source>
        <translation>Piste osallistujalta {0} korttiin &apos;{1}&apos;</translation>
    </message>
    <message>
        <source>Choose who is voting.</source>
        <translation>Valitse, kuka äänestää.</translation>
    </message>
    <message>
        <source>That card is gone.</source>
        <translation>Korttia ei enää ole.</translation>
    </message>
    <message>
        <source>{0} has no dots left.</source>
        <translation>Osallistujalla {0} ei ole pisteitä jäljellä.</translation>
    </message>
    <message>
        <source>{0} has no dot on this card.</source>
        <translation>Osallistujalla {0} ei ole pistettä tässä kortissa.</translation>
    </message>
    <message>
        <source>Set up dot voting</source>
        <translation>Määritä pisteäänestys</translation>
    </message>
</context>
<context>
    <name>WebPageExport</name>
    <message>
        <source>Could not write {0}: {1}</source>
        <translation>Tiedostoa {0} ei voitu kirjoittaa: {1}</translation>
    </message>
    <message>
        <source>Export as Web Page</source>
        <translation>Vie verkkosivuksi</translation>
    </message>
    <message>
        <source>Journey map</source>
        <translation>Asiakaspolkukartta</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Verkkosivu (*.html)</translation>
    </message>
</context>
<context>
    <name>WorkshopMode</name>
    <message>
        <source>Workshop Mode</source>
        <translation>Työpajatila</translation>
    </message>
    <message>
        <source>Show the map on:</source>
        <translation>Näytä kartta näytöllä:</translation>
    </message>
    <message>
        <source>Stage {0} of {1}: {2}</source>
        <translation>Vaihe {0}/{1}: {2}</translation>
    </message>
</context>
<context>
    <name>WorkshopPanel</name>
    <message>
        <source>← → stages · ↑ ↓ scroll · Home: whole map · 1-9: who votes · V: vote · Esc: leave</source>
        <translation type="vanished">← → vaiheet · ↑ ↓ vieritä · Home: koko kartta · 1-9: kuka äänestää · V: äänestä · Esc: poistu</translation>
    </message>
    <message>
        <source>← → stages · ↑ ↓ scroll · Home: whole map · 1-9: who votes · V: vote · T: timer · Esc: leave</source>
        <translation>← → vaiheet · ↑ ↓ vieritä · Home: koko kartta · 1-9: kuka äänestää · V: äänestä · T: ajastin · Esc: poistu</translation>
    </message>
</context>
<context>
    <name>WorkshopTimer</name>
    <message>
        <source>Workshop timer</source>
        <translation>Työpajan ajastin</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Käynnistä</translation>
    </message>
    <message>
        <source>Start or pause (S)</source>
        <translation>Käynnistä tai keskeytä (S)</translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation>+1 min</translation>
    </message>
    <message>
        <source>Add a minute (+)</source>
        <translation>Lisää minuutti (+)</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Palauta</translation>
    </message>
    <message>
        <source>Back to the full time (R)</source>
        <translation>Takaisin koko aikaan (R)</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Ajastin</translation>
    </message>
    <message>
        <source>Duration, sound, corner and size (D)</source>
        <translation>Kesto, ääni, kulma ja koko (D)</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Other Duration…</source>
        <translation>&amp;Muu kesto…</translation>
    </message>
    <message>
        <source>&amp;Sound at the End</source>
        <translation>Ää&amp;ni lopussa</translation>
    </message>
    <message>
        <source>&amp;Large Digits</source>
        <translation>&amp;Isot numerot</translation>
    </message>
    <message>
        <source>Next &amp;Corner</source>
        <translation>Seuraava &amp;kulma</translation>
    </message>
    <message>
        <source>&amp;Hide Timer</source>
        <translation>&amp;Piilota ajastin</translation>
    </message>
    <message>
        <source>Minutes:</source>
        <translation>Minuutit:</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Päättyi</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Keskeytä</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Jatka</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Aloita alusta</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Keskeytetty</translation>
    </message>
    <message>
        <source>Last minute</source>
        <translation>Viimeinen minuutti</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Käynnissä</translation>
    </message>
    <message>
        <source>Ready: S starts</source>
        <translation>Valmis: S käynnistää</translation>
    </message>
    <message>
        <source>Time&apos;s up</source>
        <translation>Aika loppui</translation>
    </message>
    <message>
        <source>Timer: less than a minute left</source>
        <translation>Ajastin: alle minuutti jäljellä</translation>
    </message>
    <message>
        <source>Timer set to {0}</source>
        <translation>Ajastin asetettu: {0}</translation>
    </message>
    <message>
        <source>Timer running, {0} left</source>
        <translation>Ajastin käynnissä, {0} jäljellä</translation>
    </message>
    <message>
        <source>Timer paused, {0} left</source>
        <translation>Ajastin keskeytetty, {0} jäljellä</translation>
    </message>
    <message>
        <source>A minute added, {0} left</source>
        <translation>Minuutti lisätty, {0} jäljellä</translation>
    </message>
    <message numerus="yes">
        <source>Timer: %n min left</source>
        <translation>
            <numerusform>Ajastin: %n min jäljellä</numerusform>
            <numerusform>Ajastin: %n min jäljellä</numerusform>
        </translation>
    </message>
    <message>
        <source>One minute left</source>
        <translation>Minuutti jäljellä</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>käyttö: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>sijaintiargumentit</translation>
    </message>
    <message>
        <source>options</source>
        <translation>valitsimet</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>näytä tämä ohje ja lopeta</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: virhe: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumentti %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>virheellinen valinta: %(value)r (valitse näistä: %(choices)s)</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>seuraavat argumentit ovat pakollisia: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>tuntemattomat argumentit: %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>odotettiin yhtä argumenttia</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>odotettiin vähintään yhtä argumenttia</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>odotettiin enintään yhtä argumenttia</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>virheellinen %(type)s-arvo: %(value)r</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>monitulkintainen valitsin: %(option)s voi tarkoittaa näitä: %(matches)s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>ei sallittu yhdessä argumentin %s kanssa</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>jokin argumenteista %s on pakollinen</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>File in use</source>
        <translation type="vanished">Tiedosto on käytössä</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation type="vanished">Avaa &amp;vain luku</translation>
    </message>
    <message>
        <source>Open &amp;Anyway</source>
        <translation type="vanished">Avaa &amp;silti</translation>
    </message>
    <message>
        <source>{0} is held by an unknown editor: its lock file cannot be read (last written {1}).</source>
        <translation type="vanished">Tiedostoa {0} pitää varattuna tuntematon muokkaaja: sen lukitustiedostoa ei voi lukea (kirjoitettu viimeksi {1}).</translation>
    </message>
    <message>
        <source>{0} is open in another Journey Editor: {1} on {2}, since {3}.</source>
        <translation type="vanished">{0} on auki toisessa Journey Editorissa: {1} koneella {2}, alkaen {3}.</translation>
    </message>
    <message>
        <source>If you both save, one of you loses changes.</source>
        <translation type="vanished">Jos tallennatte molemmat, toisen muutokset menetetään.</translation>
    </message>
</context>
</TS>
