<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AboutBox</name>
    <message>
        <source>About Journey Editor</source>
        <translation>Over Journey Editor</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nieuw</translation>
    </message>
    <message>
        <source>New from &amp;Template…</source>
        <translation>Nieuw van s&amp;jabloon…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Opslaan a&amp;ls…</translation>
    </message>
    <message>
        <source>Ask for a Su&amp;mmary When Saving</source>
        <translation>Vraag om een samenva&amp;tting bij opslaan</translation>
    </message>
    <message>
        <source>On every save, ask for a short summary of what changed, kept in the map&apos;s history</source>
        <translation>Vraag bij elke keer opslaan om een korte samenvatting van de wijzigingen, bewaard in de geschiedenis van de kaart</translation>
    </message>
    <message>
        <source>Revision &amp;History…</source>
        <translation>&amp;Versiegeschiedenis…</translation>
    </message>
    <message>
        <source>Compare with Saved &amp;Version</source>
        <translation>Ve&amp;rgelijken met opgeslagen versie</translation>
    </message>
    <message>
        <source>What changed since the file was last saved</source>
        <translation>Wat er veranderd is sinds het bestand voor het laatst is opgeslagen</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <source>&amp;Import Survey Results…</source>
        <translation>Enq&amp;uêteresultaten importeren…</translation>
    </message>
    <message>
        <source>Attach metrics from a survey CSV file to the touchpoints</source>
        <translation>Meetwaarden uit een CSV-bestand met enquêteresultaten aan de contactpunten koppelen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Herhalen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>K&amp;nippen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Plakken</translation>
    </message>
    <message>
        <source>Dup&amp;licate</source>
        <translation>&amp;Dupliceren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alles selecteren</translation>
    </message>
    <message>
        <source>C&amp;onnect Selected Cards</source>
        <translation>Geselecteerde kaartjes ver&amp;binden</translation>
    </message>
    <message>
        <source>Draw an arrow from the first selected card to the second</source>
        <translation>Een pijl tekenen van het eerste naar het tweede geselecteerde kaartje</translation>
    </message>
    <message>
        <source>Edit in &amp;Inspector</source>
        <translation>Bewerken in &amp;Inspector</translation>
    </message>
    <message>
        <source>Put the keyboard in the selected item&apos;s first field; Esc there comes back</source>
        <translation>Het toetsenbord naar het eerste veld van het geselecteerde item; Esc daar brengt je terug</translation>
    </message>
    <message>
        <source>Add &amp;Card</source>
        <translation>&amp;Kaartje toevoegen</translation>
    </message>
    <message>
        <source>Add &amp;Stage</source>
        <translation>&amp;Fase toevoegen</translation>
    </message>
    <message>
        <source>Add &amp;Lane</source>
        <translation>&amp;Baan toevoegen</translation>
    </message>
    <message>
        <source>Show &amp;Unvalidated Cards Only</source>
        <translation>&amp;Alleen niet-gevalideerde kaartjes tonen</translation>
    </message>
    <message>
        <source>Dim the validated cards, so what still needs checking stands out</source>
        <translation>De gevalideerde kaartjes dimmen, zodat opvalt wat nog gecontroleerd moet worden</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>Voorkeu&amp;ren…</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>In&amp;zoomen</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Uitzoomen</translation>
    </message>
    <message>
        <source>Actual &amp;Size</source>
        <translation>Werkelijke &amp;grootte</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>&amp;Passend in venster</translation>
    </message>
    <message>
        <source>Next &amp;Pane</source>
        <translation>&amp;Volgend paneel</translation>
    </message>
    <message>
        <source>Move the keyboard to the next of the map, the panels and the toolbar</source>
        <translation>Het toetsenbord naar het volgende van de kaart, de panelen en de werkbalk</translation>
    </message>
    <message>
        <source>Pre&amp;vious Pane</source>
        <translation>Vo&amp;rig paneel</translation>
    </message>
    <message>
        <source>High &amp;Contrast</source>
        <translation>Hoog &amp;contrast</translation>
    </message>
    <message>
        <source>Black text on light cards, black headers and lines</source>
        <translation>Zwarte tekst op lichte kaartjes, zwarte koppen en lijnen</translation>
    </message>
    <message>
        <source>&amp;Workshop Mode</source>
        <translation>&amp;Workshopmodus</translation>
    </message>
    <message>
        <source>The map full screen for a projector: stage by stage, dot voting; Esc leaves</source>
        <translation>De kaart schermvullend voor een projector: fase voor fase, stippenstemmen; Esc sluit af</translation>
    </message>
    <message>
        <source>E&amp;xport as Web Page…</source>
        <translation>Exporteren als web&amp;pagina…</translation>
    </message>
    <message>
        <source>Overl&amp;ay Emotion Curves…</source>
        <translation>Emotiecurves sa&amp;men…</translation>
    </message>
    <message>
        <source>Export as &amp;Web Page…</source>
        <translation type="vanished">Exporteren als &amp;webpagina…</translation>
    </message>
    <message>
        <source>The whole map in one HTML file that opens offline in any browser: zoom, pan, click a card for its fields</source>
        <translation>De hele kaart in één HTML-bestand dat offline in elke browser opent: zoomen, schuiven, klik op een kaartje voor de velden</translation>
    </message>
    <message>
        <source>Interview &amp;Guide…</source>
        <translation>&amp;Interviewgids…</translation>
    </message>
    <message>
        <source>Questions per stage and touchpoint for customer interviews, or a survey, in the map&apos;s language</source>
        <translation>Vragen per fase en contactmoment voor klantinterviews, of een enquête, in de taal van de kaart</translation>
    </message>
    <message>
        <source>Mark &amp;Baseline…</source>
        <translation>Basislijn &amp;markeren…</translation>
    </message>
    <message>
        <source>Keep the map as it is now under a name, to compare it with later</source>
        <translation>Bewaar de kaart zoals die nu is onder een naam, om later mee te vergelijken</translation>
    </message>
    <message>
        <source>&amp;Emotion Curves Together…</source>
        <translation type="vanished">&amp;Emotiecurves samen…</translation>
    </message>
    <message>
        <source>The emotion curves of several journeys over the same stages, in one chart</source>
        <translation>De emotiecurves van meerdere reizen over dezelfde fasen, in één grafiek</translation>
    </message>
    <message>
        <source>Pro&amp;perties…</source>
        <translation>Eigens&amp;chappen…</translation>
    </message>
    <message>
        <source>The map&apos;s title and what the file holds</source>
        <translation>De titel van de kaart en wat het bestand bevat</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>&amp;Aan de slag</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <source>&amp;File Format</source>
        <translation>&amp;Bestandsformaat</translation>
    </message>
    <message>
        <source>&amp;About Journey Editor</source>
        <translation>&amp;Over Journey Editor</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bewerken</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Kaart</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Beeld</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>On the map</source>
        <translation>Op de kaart</translation>
    </message>
    <message>
        <source>Move the keyboard cursor across cells and cards</source>
        <translation>De toetsenbordcursor over cellen en kaartjes bewegen</translation>
    </message>
    <message>
        <source>Next or previous card</source>
        <translation>Volgend of vorig kaartje</translation>
    </message>
    <message>
        <source>Edit the selected card, stage or lane name</source>
        <translation>Het geselecteerde kaartje of de naam van de fase of baan bewerken</translation>
    </message>
    <message>
        <source>Move the selected cards to the next cell</source>
        <translation>De geselecteerde kaartjes naar de volgende cel verplaatsen</translation>
    </message>
    <message>
        <source>Cancel a drag or an edit</source>
        <translation>Slepen of bewerken annuleren</translation>
    </message>
    <message>
        <source>Hold and drag to pan the map</source>
        <translation>Ingedrukt houden en slepen om de kaart te verschuiven</translation>
    </message>
    <message>
        <source>Leave the map for the next or previous control</source>
        <translation>De kaart verlaten naar het volgende of vorige bedieningselement</translation>
    </message>
    <message>
        <source>In the Inspector</source>
        <translation>In de Inspector</translation>
    </message>
    <message>
        <source>Back to the map, the item still selected</source>
        <translation>Terug naar de kaart, het item blijft geselecteerd</translation>
    </message>
    <message>
        <source>Workshop mode</source>
        <translation>Workshopmodus</translation>
    </message>
    <message>
        <source>Previous or next stage</source>
        <translation>Vorige of volgende fase</translation>
    </message>
    <message>
        <source>Back to the whole map</source>
        <translation>Terug naar de hele kaart</translation>
    </message>
    <message>
        <source>Scroll the stage up or down</source>
        <translation>De fase omhoog of omlaag scrollen</translation>
    </message>
    <message>
        <source>Dot voting on or off</source>
        <translation>Stippenstemmen aan of uit</translation>
    </message>
    <message>
        <source>Vote as the first, second, third… participant</source>
        <translation>Stemmen als eerste, tweede, derde… deelnemer</translation>
    </message>
    <message>
        <source>Leave workshop mode</source>
        <translation>Workshopmodus verlaten</translation>
    </message>
    <message>
        <source>Workshop timer</source>
        <translation>Workshoptimer</translation>
    </message>
    <message>
        <source>Show or hide the timer</source>
        <translation>De timer tonen of verbergen</translation>
    </message>
    <message>
        <source>Start, pause or resume the timer</source>
        <translation>De timer starten, pauzeren of hervatten</translation>
    </message>
    <message>
        <source>Add a minute to the timer</source>
        <translation>Een minuut bij de timer optellen</translation>
    </message>
    <message>
        <source>Reset the timer to its full time</source>
        <translation>De timer terugzetten op de volle tijd</translation>
    </message>
    <message>
        <source>The timer&apos;s menu: duration and sound at the end</source>
        <translation>Het menu van de timer: duur en geluid aan het eind</translation>
    </message>
    <message>
        <source>The timer&apos;s menu: 1, 3, 5, 10 minutes or another duration; sound at the end</source>
        <translation type="vanished">Het menu van de timer: 1, 3, 5, 10 minuten of een andere duur; geluid aan het eind</translation>
    </message>
    <message>
        <source>Move the timer to the next corner</source>
        <translation>De timer naar de volgende hoek verplaatsen</translation>
    </message>
    <message>
        <source>Large or normal timer digits</source>
        <translation>Grote of normale cijfers op de timer</translation>
    </message>
</context>
<context>
    <name>Baselines</name>
    <message>
        <source>A map keeps at most {0} baselines: remove the name of one you no longer need in Revision History.</source>
        <translation>Een kaart bewaart hoogstens {0} basislijnen: verwijder de naam van een die u niet meer nodig hebt in Revisiegeschiedenis.</translation>
    </message>
    <message>
        <source>Baseline of {0}</source>
        <translation>Basislijn van {0}</translation>
    </message>
    <message>
        <source>Mark Baseline</source>
        <translation>Basislijn markeren</translation>
    </message>
    <message>
        <source>The map as it is now is kept in the file under this name, so that the Compare panel can show what changed since.</source>
        <translation>De kaart zoals die nu is, wordt onder deze naam in het bestand bewaard, zodat het paneel Vergelijken kan tonen wat er sindsdien veranderde.</translation>
    </message>
    <message>
        <source>A baseline&apos;s name may have at most {0} characters.</source>
        <translation>De naam van een basislijn mag hoogstens {0} tekens hebben.</translation>
    </message>
    <message>
        <source>Another revision is already named &apos;{0}&apos;.</source>
        <translation>Een andere revisie heet al &apos;{0}&apos;.</translation>
    </message>
    <message>
        <source>A baseline needs a name.</source>
        <translation>Een basislijn heeft een naam nodig.</translation>
    </message>
    <message>
        <source>not merged: the two versions have {0} named baselines together, more than the {1} a map can keep. Remove at least {2} of them in one version (File &gt; Revision History), then merge again.</source>
        <translation>niet samengevoegd: de twee versies hebben samen {0} benoemde basislijnen, meer dan de {1} die een kaart kan bewaren. Verwijder er minstens {2} in één van beide versies (Bestand &gt; Versiegeschiedenis) en voeg daarna opnieuw samen.</translation>
    </message>
</context>
<context>
    <name>Bridges</name>
    <message>
        <source>&apos;{0}&apos; is not a colour like {1}</source>
        <translation>&apos;{0}&apos; is geen kleur zoals {1}</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a whole number from {1} to {2}</source>
        <translation>&apos;{0}&apos; is geen geheel getal van {1} tot {2}</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not in the expected form</source>
        <translation>&apos;{0}&apos; heeft niet de verwachte vorm</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not one of: {1}</source>
        <translation>&apos;{0}&apos; is niet een van: {1}</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not true or false</source>
        <translation>&apos;{0}&apos; is niet waar of onwaar</translation>
    </message>
    <message>
        <source>Journey Editor export: each section is a stage, each task a card; a task&apos;s first actor is the card&apos;s lane, the others are its owners.</source>
        <translation>Export uit Journey Editor: elke sectie is een fase, elke taak een kaartje; de eerste actor van een taak is de baan van het kaartje, de andere zijn de eigenaars.</translation>
    </message>
    <message>
        <source>Mermaid does not allow &apos;;&apos; here</source>
        <translation>Mermaid staat hier geen &apos;;&apos; toe</translation>
    </message>
    <message>
        <source>Score = emotion on Mermaid&apos;s 1..5 scale: -3 -&gt; 1, -2 and -1 -&gt; 2, 0 -&gt; 3, +1 and +2 -&gt; 4, +3 -&gt; 5; a card without an emotion scores 3.</source>
        <translation>Score = emotie op de schaal 1..5 van Mermaid: -3 -&gt; 1, -2 en -1 -&gt; 2, 0 -&gt; 3, +1 en +2 -&gt; 4, +3 -&gt; 5; een kaartje zonder emotie krijgt 3.</translation>
    </message>
    <message>
        <source>a second &apos;journey&apos; line</source>
        <translation>een tweede &apos;journey&apos;-regel</translation>
    </message>
    <message>
        <source>a section name cannot contain &apos;:&apos;</source>
        <translation>een sectienaam mag geen &apos;:&apos; bevatten</translation>
    </message>
    <message>
        <source>column &apos;{0}&apos;</source>
        <translation>kolom &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>expected &apos;section NAME&apos; or &apos;Task name: score: actors&apos;</source>
        <translation>verwacht werd &apos;section NAAM&apos; of &apos;Taaknaam: score: actoren&apos;</translation>
    </message>
    <message>
        <source>no name, and no {0} has the id &apos;{1}&apos;</source>
        <translation>geen naam, en geen {0} heeft de id &apos;{1}&apos;</translation>
    </message>
    <message>
        <source>the &apos;accDescr {&apos; block is never closed with &apos;}&apos;</source>
        <translation>het blok &apos;accDescr {&apos; wordt nooit gesloten met &apos;}&apos;</translation>
    </message>
    <message>
        <source>the front matter &apos;---&apos; is never closed by a second &apos;---&apos;</source>
        <translation>de front matter &apos;---&apos; wordt nooit gesloten met een tweede &apos;---&apos;</translation>
    </message>
    <message>
        <source>the id &apos;{0}&apos; is also on row {1}</source>
        <translation>de id &apos;{0}&apos; staat ook in rij {1}</translation>
    </message>
    <message>
        <source>the lane &apos;{0}&apos; is listed twice</source>
        <translation>de baan &apos;{0}&apos; staat er twee keer in</translation>
    </message>
    <message>
        <source>the score &apos;{0}&apos; is not a number from 1 to 5</source>
        <translation>de score &apos;{0}&apos; is geen getal van 1 tot 5</translation>
    </message>
    <message>
        <source>the task has no name before &apos;:&apos;</source>
        <translation>de taak heeft geen naam vóór &apos;:&apos;</translation>
    </message>
    <message>
        <source>this is not a Mermaid journey (it must start with &apos;journey&apos;)</source>
        <translation>dit is geen Mermaid-klantreis (die moet beginnen met &apos;journey&apos;)</translation>
    </message>
    <message>
        <source>too many &apos;:&apos; (a task is &apos;Task name: score: actors&apos;)</source>
        <translation>te veel &apos;:&apos; (een taak is &apos;Taaknaam: score: actoren&apos;)</translation>
    </message>
    <message>
        <source>; and {0} more</source>
        <translation>; en nog {0}</translation>
    </message>
    <message>
        <source>CSV UTF-8</source>
        <translation>CSV UTF-8</translation>
    </message>
    <message>
        <source>Lane {0}</source>
        <translation>Baan {0}</translation>
    </message>
    <message>
        <source>Stage {0}</source>
        <translation>Fase {0}</translation>
    </message>
    <message>
        <source>The lanes, for import back into Journey Editor:</source>
        <translation>De banen, om terug te importeren in Journey Editor:</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Contactpunten</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Naamloos</translation>
    </message>
    <message>
        <source>a value under a column without a name</source>
        <translation>een waarde onder een kolom zonder naam</translation>
    </message>
    <message>
        <source>cannot be read: {0}</source>
        <translation>kan niet worden gelezen: {0}</translation>
    </message>
    <message>
        <source>cards</source>
        <translation>kaartjes</translation>
    </message>
    <message>
        <source>lanes</source>
        <translation>banen</translation>
    </message>
    <message>
        <source>line {0}</source>
        <translation>regel {0}</translation>
    </message>
    <message>
        <source>lines</source>
        <translation>regels</translation>
    </message>
    <message>
        <source>longer than {0} characters</source>
        <translation>langer dan {0} tekens</translation>
    </message>
    <message>
        <source>more than {0:,} cards; the limit is {0:,}</source>
        <translation>meer dan {0:,} kaartjes; de grens is {0:,}</translation>
    </message>
    <message>
        <source>more than {0} lanes</source>
        <translation>meer dan {0} banen</translation>
    </message>
    <message>
        <source>more than {0} sections</source>
        <translation>meer dan {0} secties</translation>
    </message>
    <message>
        <source>more than {0} tasks</source>
        <translation>meer dan {0} taken</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>bestand bestaat niet</translation>
    </message>
    <message>
        <source>not a card field (export a journey to see the columns)</source>
        <translation>geen veld van een kaartje (exporteer een klantreis om de kolommen te zien)</translation>
    </message>
    <message>
        <source>not valid JSON: {0}</source>
        <translation>geen geldige JSON: {0}</translation>
    </message>
    <message>
        <source>plain UTF-8 text</source>
        <translation>platte UTF-8-tekst</translation>
    </message>
    <message>
        <source>row {0}</source>
        <translation>rij {0}</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>rijen</translation>
    </message>
    <message>
        <source>stages</source>
        <translation>fasen</translation>
    </message>
    <message>
        <source>that is a folder, not a file</source>
        <translation>dat is een map, geen bestand</translation>
    </message>
    <message>
        <source>the card needs a {0} name</source>
        <translation>het kaartje heeft een naam nodig ({0})</translation>
    </message>
    <message>
        <source>the column is missing</source>
        <translation>de kolom ontbreekt</translation>
    </message>
    <message>
        <source>the diagram has no section and no task: nothing to import</source>
        <translation>het diagram heeft geen sectie en geen taak: er valt niets te importeren</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>het bestand is leeg</translation>
    </message>
    <message>
        <source>the file is too large ({0} MB; the limit is {1} MB)</source>
        <translation>het bestand is te groot ({0} MB; de grens is {1} MB)</translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation>het bestand is te groot</translation>
    </message>
    <message>
        <source>the journey would have {0:,} {1}; the limit is {2:,}</source>
        <translation>de klantreis zou {0:,} {1} krijgen; de grens is {2:,}</translation>
    </message>
    <message>
        <source>the list does not fit: {0}</source>
        <translation>de lijst past niet: {0}</translation>
    </message>
    <message>
        <source>the text is not UTF-8; save the file as {0}</source>
        <translation>de tekst is geen UTF-8; sla het bestand op als {0}</translation>
    </message>
    <message>
        <source>this column appears twice</source>
        <translation>deze kolom komt twee keer voor</translation>
    </message>
    <message>
        <source>this is a binary file, not {0}</source>
        <translation>dit is een binair bestand, geen {0}</translation>
    </message>
    <message>
        <source>this is not valid CSV: {0}</source>
        <translation>dit is geen geldige CSV: {0}</translation>
    </message>
    <message>
        <source>this is text in {0}; save it as {1}</source>
        <translation>dit is tekst in {0}; sla het op als {1}</translation>
    </message>
    <message>
        <source>this is {0}</source>
        <translation>dit is {0}</translation>
    </message>
    <message>
        <source>{0} cells, but the header has {1} columns</source>
        <translation>{0} cellen, maar de kopregel heeft {1} kolommen</translation>
    </message>
    <message>
        <source>{0} characters long; the limit is {1}</source>
        <translation>{0} tekens lang; de grens is {1}</translation>
    </message>
    <message>
        <source>{0} {1} have problems, nothing was imported</source>
        <translation>{0} {1} hebben problemen, er is niets geïmporteerd</translation>
    </message>
    <message>
        <source>an Excel workbook or another ZIP archive; save it as {0}</source>
        <translation>een Excel-werkmap of een ander ZIP-archief; sla het op als {0}</translation>
    </message>
    <message>
        <source>an old Excel or Office document; save it as {0}</source>
        <translation>een oud Excel- of Office-document; sla het op als {0}</translation>
    </message>
    <message>
        <source>a PDF document, not {0}</source>
        <translation>een pdf-document, geen {0}</translation>
    </message>
    <message>
        <source>a PNG image, not {0}</source>
        <translation>een PNG-afbeelding, geen {0}</translation>
    </message>
    <message>
        <source>a JPEG image, not {0}</source>
        <translation>een JPEG-afbeelding, geen {0}</translation>
    </message>
    <message>
        <source>a compressed (gzip) file, not {0}</source>
        <translation>een gecomprimeerd bestand (gzip), geen {0}</translation>
    </message>
</context>
<context>
    <name>Canvas</name>
    <message>
        <source>Edit</source>
        <translation>Bewerken</translation>
    </message>
    <message>
        <source>Add card</source>
        <translation>Kaartje toevoegen</translation>
    </message>
    <message>
        <source>Resize {0}</source>
        <translation>Formaat van {0} wijzigen</translation>
    </message>
    <message>
        <source>Rename {0} &apos;{1}&apos;</source>
        <translation>{0} &apos;{1}&apos; hernoemen</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>Social media</source>
        <translation>Sociale media</translation>
    </message>
    <message>
        <source>Ratings and reviews</source>
        <translation>Beoordelingen en reviews</translation>
    </message>
    <message>
        <source>Review sites</source>
        <translation>Reviewsites</translation>
    </message>
    <message>
        <source>Testimonials</source>
        <translation>Klantverhalen</translation>
    </message>
    <message>
        <source>Word of mouth</source>
        <translation>Mond-tot-mondreclame</translation>
    </message>
    <message>
        <source>Community involvement</source>
        <translation>Lokale betrokkenheid</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Evenementen</translation>
    </message>
    <message>
        <source>Advertising</source>
        <translation>Reclame</translation>
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
        <translation>Online zoeken</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>Blog</source>
        <translation>Blog</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Referral programme</source>
        <translation>Aanbrengprogramma</translation>
    </message>
    <message>
        <source>Ad landing page</source>
        <translation>Landingspagina van advertenties</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Congres</translation>
    </message>
    <message>
        <source>Product demo</source>
        <translation>Productdemo</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Sales</translation>
    </message>
    <message>
        <source>Store or office</source>
        <translation>Winkel of kantoor</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Winkel</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Catalogus</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drukwerk</translation>
    </message>
    <message>
        <source>Promotions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <source>Sales staff</source>
        <translation>Verkoopmedewerkers</translation>
    </message>
    <message>
        <source>Phone line</source>
        <translation>Telefonische klantenservice</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Point of sale</source>
        <translation>Kassa</translation>
    </message>
    <message>
        <source>Checkout and payment</source>
        <translation>Afrekenen en betalen</translation>
    </message>
    <message>
        <source>Sales call</source>
        <translation>Verkoopgesprek</translation>
    </message>
    <message>
        <source>Campaign code</source>
        <translation>Actiecode</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Facturering</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Transactional e-mails</source>
        <translation>Transactionele e-mails</translation>
    </message>
    <message>
        <source>Marketing e-mails</source>
        <translation>Marketingmails</translation>
    </message>
    <message>
        <source>Service and support</source>
        <translation>Service en support</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Online help center</source>
        <translation>Online helpcentrum</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Nazorg</translation>
    </message>
    <message>
        <source>Thank-you card</source>
        <translation>Bedankkaartje</translation>
    </message>
    <message>
        <source>Packaging and unboxing</source>
        <translation>Verpakking en uitpakken</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Levering</translation>
    </message>
    <message>
        <source>Feedback survey</source>
        <translation>Feedbackenquête</translation>
    </message>
    <message>
        <source>Customer service survey</source>
        <translation>Klantenservice-enquête</translation>
    </message>
    <message>
        <source>Handwritten note</source>
        <translation>Handgeschreven briefje</translation>
    </message>
    <message>
        <source>Where delivery times are found</source>
        <translation>Waar levertijden te vinden zijn</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Informatie</translation>
    </message>
    <message>
        <source>Who to contact about a problem</source>
        <translation>Bij wie je terechtkunt met een probleem</translation>
    </message>
    <message>
        <source>How easy contact details are to find</source>
        <translation>Hoe makkelijk contactgegevens te vinden zijn</translation>
    </message>
    <message>
        <source>Online services</source>
        <translation>Onlinediensten</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>What the customer has</source>
        <translation>Wat de klant heeft</translation>
    </message>
    <message>
        <source>How the touchpoints work</source>
        <translation>Hoe de contactpunten werken</translation>
    </message>
    <message>
        <source>How the organisation works</source>
        <translation>Hoe de organisatie werkt</translation>
    </message>
    <message>
        <source>Does the customer know what will happen next, and when?</source>
        <translation>Weet de klant wat er hierna gebeurt, en wanneer?</translation>
    </message>
    <message>
        <source>Does the customer get the information they need at the moment they need it?</source>
        <translation>Krijgt de klant de informatie die nodig is op het moment dat die nodig is?</translation>
    </message>
    <message>
        <source>For every kind of problem, does the customer know whom to contact and how?</source>
        <translation>Weet de klant bij elk soort probleem bij wie en hoe hij terechtkan?</translation>
    </message>
    <message>
        <source>Does the customer receive a confirmation of the order?</source>
        <translation>Krijgt de klant een bevestiging van de bestelling?</translation>
    </message>
    <message>
        <source>Does the customer have a clear way to complain?</source>
        <translation>Heeft de klant een duidelijke manier om te klagen?</translation>
    </message>
    <message>
        <source>Do the touchpoints work the way they were designed to?</source>
        <translation>Werken de contactpunten zoals ze bedoeld zijn?</translation>
    </message>
    <message>
        <source>Is the way through them logical and easy to follow?</source>
        <translation>Is de weg erdoorheen logisch en makkelijk te volgen?</translation>
    </message>
    <message>
        <source>Do they give just enough information: not too much, not too little?</source>
        <translation>Geven ze precies genoeg informatie: niet te veel, niet te weinig?</translation>
    </message>
    <message>
        <source>Do they deliver the quality we mean to deliver?</source>
        <translation>Leveren ze de kwaliteit die we willen leveren?</translation>
    </message>
    <message>
        <source>Does the organisation behind the touchpoints work efficiently?</source>
        <translation>Werkt de organisatie achter de contactpunten efficiënt?</translation>
    </message>
    <message>
        <source>Is the work organised around clear service-level goals?</source>
        <translation>Is het werk georganiseerd rond duidelijke serviceniveaudoelen?</translation>
    </message>
    <message>
        <source>Does the customer deal with few enough people and departments not to be confused?</source>
        <translation>Heeft de klant met zo weinig mensen en afdelingen te maken dat hij niet in verwarring raakt?</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>partly</source>
        <translation>deels</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>niet gecontroleerd</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Note: {0}</source>
        <translation>Notitie: {0}</translation>
    </message>
    <message>
        <source>No journey to check.</source>
        <translation>Geen klantreis om te controleren.</translation>
    </message>
    <message>
        <source>{0} of {1} answered</source>
        <translation>{0} van {1} beantwoord</translation>
    </message>
    <message>
        <source>Other question {0}: {1}</source>
        <translation>Andere vraag {0}: {1}</translation>
    </message>
    <message>
        <source>Answer checklist question</source>
        <translation>Vraag van de checklist beantwoorden</translation>
    </message>
    <message>
        <source>Edit checklist note</source>
        <translation>Notitie bij de checklist bewerken</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>&apos;desktop install&apos; is for Linux and BSD desktops (freedesktop.org); this system is {0}</source>
        <translation>&apos;desktop install&apos; is voor Linux- en BSD-desktops (freedesktop.org); dit systeem is {0}</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a number of posters from 1 to 20</source>
        <translation>&apos;{0}&apos; is geen aantal posters van 1 tot 20</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a size in points (example: 8)</source>
        <translation>&apos;{0}&apos; is geen grootte in punten (voorbeeld: 8)</translation>
    </message>
    <message>
        <source>A0-A5, Letter, Legal, Tabloid, ANSI C/D/E, Arch C/D/E or e.g. 420x297mm, 11x17in (default: A1 when fitting, else the map&apos;s own size)</source>
        <translation>A0-A5, Letter, Legal, Tabloid, ANSI C/D/E, Arch C/D/E of bijv. 420x297mm, 11x17in (standaard: A1 bij passend maken, anders de eigen grootte van de kaart)</translation>
    </message>
    <message>
        <source>Added &apos;{0}&apos; to {1}</source>
        <translation>&apos;{0}&apos; toegevoegd aan {1}</translation>
    </message>
    <message>
        <source>Both sides named a baseline &apos;{0}&apos;: the younger one is now &apos;{1}&apos;</source>
        <translation>Beide kanten gaven een basislijn de naam &apos;{0}&apos;: de jongste heet nu &apos;{1}&apos;</translation>
    </message>
    <message>
        <source>Created {0} from the &apos;{1}&apos; template</source>
        <translation>{0} gemaakt van het sjabloon &apos;{1}&apos;</translation>
    </message>
    <message>
        <source>Exported {0} of &apos;{1}&apos; to {2}</source>
        <translation>{0} van &apos;{1}&apos; geëxporteerd naar {2}</translation>
    </message>
    <message>
        <source>Imported &apos;{0}&apos; ({1} stages, {2} cards) from {3} into {{target}}</source>
        <translation>&apos;{0}&apos; ({1} fasen, {2} kaartjes) geïmporteerd uit {3} in {{target}}</translation>
    </message>
    <message>
        <source>Imported {0} into &apos;{1}&apos; in {{target}}: {2} new cards, {3} changed, {4} unchanged</source>
        <translation>{0} geïmporteerd in &apos;{1}&apos; in {{target}}: {2} nieuwe kaartjes, {3} gewijzigd, {4} ongewijzigd</translation>
    </message>
    <message>
        <source>Set the merge driver &apos;{0}&apos; in {1}: {2}</source>
        <translation>Samenvoegstuurprogramma &apos;{0}&apos; ingesteld in {1}: {2}</translation>
    </message>
    <message>
        <source>The merge driver &apos;{0}&apos; was already set in {1}: {2}</source>
        <translation>Samenvoegstuurprogramma &apos;{0}&apos; was al ingesteld in {1}: {2}</translation>
    </message>
    <message>
        <source>add Journey Editor to the desktop&apos;s menu and file types</source>
        <translation>Journey Editor toevoegen aan het menu en de bestandstypen van de desktop</translation>
    </message>
    <message>
        <source>an interview guide for the journey: questions per stage and touchpoint, in the map&apos;s language</source>
        <translation>een interviewgids voor de reis: vragen per fase en klantcontactpunt, in de taal van de kaart</translation>
    </message>
    <message>
        <source>journey &apos;{0}&apos;: {1}</source>
        <translation>klantreis &apos;{0}&apos;: {1}</translation>
    </message>
    <message>
        <source>no journey named &apos;{0}&apos; (the file has: {1})</source>
        <translation>geen klantreis met de naam &apos;{0}&apos; (het bestand bevat: {1})</translation>
    </message>
    <message>
        <source>not a whole number: &apos;{0}&apos;</source>
        <translation>geen geheel getal: &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>remove what &apos;desktop install&apos; installed</source>
        <translation>verwijderen wat &apos;desktop install&apos; heeft geïnstalleerd</translation>
    </message>
    <message>
        <source>save the web page as .html or .htm, not &apos;{0}&apos;</source>
        <translation>sla de webpagina op als .html of .htm, niet &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>template name (see &apos;templates&apos;)</source>
        <translation>naam van het sjabloon (zie &apos;templates&apos;)</translation>
    </message>
    <message>
        <source>the author named in the PDF&apos;s metadata (default: none)</source>
        <translation>de auteur in de metadata van de pdf (standaard: geen)</translation>
    </message>
    <message>
        <source>the map&apos;s name in messages (git passes a temporary file as OURS)</source>
        <translation>de naam van de kaart in meldingen (git geeft een tijdelijk bestand als OURS)</translation>
    </message>
    <message>
        <source>{0} already has &apos;{1}&apos;</source>
        <translation>{0} bevat al &apos;{1}&apos;</translation>
    </message>
    <message>
        <source>{0}: no such file (a new map&apos;s name ends in .journey)</source>
        <translation>{0}: bestand bestaat niet (de naam van een nieuwe kaart eindigt op .journey)</translation>
    </message>
    <message>
        <source>; new lanes: {0}</source>
        <translation>; nieuwe banen: {0}</translation>
    </message>
    <message>
        <source>; new stages: {0}</source>
        <translation>; nieuwe fasen: {0}</translation>
    </message>
    <message>
        <source>Baselines: -</source>
        <translation>Basislijnen: -</translation>
    </message>
    <message>
        <source>Baselines:</source>
        <translation>Basislijnen:</translation>
    </message>
    <message>
        <source>Exit status: 0 merged, 1 merged with conflicts (listed in the file), 2 not merged (a file could not be read or written).</source>
        <translation type="vanished">Afsluitstatus: 0 samengevoegd, 1 samengevoegd met conflicten (vermeld in het bestand), 2 niet samengevoegd (een bestand kon niet worden gelezen of geschreven).</translation>
    </message>
    <message>
        <source>Installed the menu entry, the .journey file type ({0}) and the icon in {1}; the entry runs {2}</source>
        <translation>Menu-item, bestandstype .journey ({0}) en pictogram geïnstalleerd in {1}; het item start {2}</translation>
    </message>
    <message>
        <source>Journey &quot;{0}&quot;: 1 finding</source>
        <translation>Klantreis &quot;{0}&quot;: 1 bevinding</translation>
    </message>
    <message>
        <source>Journey &quot;{0}&quot;: no findings</source>
        <translation>Klantreis &quot;{0}&quot;: geen bevindingen</translation>
    </message>
    <message>
        <source>Journey &quot;{0}&quot;: {1} findings</source>
        <translation>Klantreis &quot;{0}&quot;: {1} bevindingen</translation>
    </message>
    <message>
        <source>Journey &quot;{name}&quot; ({state}, persona: {persona}): {stages} stages, {lanes} lanes, {cards} cards, {connections} connections</source>
        <translation>Klantreis &quot;{name}&quot; ({state}, persona: {persona}): {stages} fasen, {lanes} banen, {cards} kaartjes, {connections} verbindingen</translation>
    </message>
    <message>
        <source>Map customer journeys: stages, channels, touchpoints and emotions.</source>
        <translation>Breng klantreizen in kaart: fasen, kanalen, contactpunten en emoties.</translation>
    </message>
    <message>
        <source>Merged into {0} with 1 conflict, listed in the file:</source>
        <translation>Samengevoegd in {0} met 1 conflict, vermeld in het bestand:</translation>
    </message>
    <message>
        <source>Merged into {0} with {1} conflicts, listed in the file:</source>
        <translation>Samengevoegd in {0} met {1} conflicten, vermeld in het bestand:</translation>
    </message>
    <message>
        <source>Merged into {0}</source>
        <translation>Samengevoegd in {0}</translation>
    </message>
    <message>
        <source>N posters of consecutive stages instead of one (each with every lane), for a map too wide to read on one page</source>
        <translation>N posters met opeenvolgende fasen in plaats van één (elk met alle banen), voor een kaart die te breed is om op één pagina te lezen</translation>
    </message>
    <message>
        <source>No differences</source>
        <translation>Geen verschillen</translation>
    </message>
    <message>
        <source>Nothing to remove: Journey Editor is not installed in {0} (no {1})</source>
        <translation>Niets te verwijderen: Journey Editor is niet geïnstalleerd in {0} (geen {1})</translation>
    </message>
    <message>
        <source>PNG and SVG: the map alone, without the title block and legend</source>
        <translation>PNG en SVG: alleen de kaart, zonder titelblok en legenda</translation>
    </message>
    <message>
        <source>PNG resolution (default 150)</source>
        <translation>PNG-resolutie (standaard 150)</translation>
    </message>
    <message>
        <source>Personas: {0}</source>
        <translation>Persona&apos;s: {0}</translation>
    </message>
    <message>
        <source>Removed the menu entry, the .journey file type and the icon from {0} ({1} files)</source>
        <translation>Menu-item, bestandstype .journey en pictogram verwijderd uit {0} ({1} bestanden)</translation>
    </message>
    <message>
        <source>Set the diff text of maps in {0}: {1}</source>
        <translation>Vergelijkingstekst van kaarten ingesteld in {0}: {1}</translation>
    </message>
    <message>
        <source>The diff text of maps was already set in {0}: {1}</source>
        <translation>Vergelijkingstekst van kaarten was al ingesteld in {0}: {1}</translation>
    </message>
    <message>
        <source>nothing to export: give --pdf, --png, --svg, --mermaid, --csv, --html, --guide, --personas or --curves</source>
        <translation>niets te exporteren: geef --pdf, --png, --svg, --mermaid, --csv, --html, --guide, --personas of --curves</translation>
    </message>
    <message>
        <source>one sheet per persona for the workshop wall (A4 portrait unless --page-size)</source>
        <translation>één vel per persona voor de workshopmuur (A4 staand, tenzij --page-size)</translation>
    </message>
    <message>
        <source>nothing to export: give --pdf, --png, --svg, --mermaid, --csv, --html or --guide</source>
        <translation type="vanished">niets te exporteren: geef --pdf, --png, --svg, --mermaid, --csv, --html of --guide</translation>
    </message>
    <message>
        <source>Wrote {0} (1 page)</source>
        <translation>{0} geschreven (1 pagina)</translation>
    </message>
    <message>
        <source>Wrote {0} ({1} pages)</source>
        <translation>{0} geschreven ({1} pagina&apos;s)</translation>
    </message>
    <message>
        <source>Wrote {0}</source>
        <translation>{0} geschreven</translation>
    </message>
    <message>
        <source>a Mermaid journey diagram</source>
        <translation>een Mermaid-diagram van de klantreis</translation>
    </message>
    <message>
        <source>a PNG picture of the journey</source>
        <translation>een PNG-afbeelding van de klantreis</translation>
    </message>
    <message>
        <source>a printable PDF poster</source>
        <translation>een afdrukbare pdf-poster</translation>
    </message>
    <message>
        <source>a text size must be between 1 and 100 pt</source>
        <translation>een tekstgrootte moet tussen 1 en 100 pt liggen</translation>
    </message>
    <message>
        <source>add workshop handout pages after each poster</source>
        <translation>werkbladen voor de workshop na elke poster toevoegen</translation>
    </message>
    <message>
        <source>an SVG picture of the journey</source>
        <translation>een SVG-afbeelding van de klantreis</translation>
    </message>
    <message>
        <source>check that journey files are valid</source>
        <translation>controleren of klantreisbestanden geldig zijn</translation>
    </message>
    <message>
        <source>compare only this journey</source>
        <translation>alleen deze klantreis vergelijken</translation>
    </message>
    <message>
        <source>create a journey file from a template</source>
        <translation>een klantreisbestand maken van een sjabloon</translation>
    </message>
    <message>
        <source>default: auto, the one showing the map largest</source>
        <translation>standaard: auto, degene die de kaart het grootst toont</translation>
    </message>
    <message>
        <source>desktop editor: autosave at most this long after a change</source>
        <translation>desktopeditor: automatisch opslaan uiterlijk zo lang na een wijziging</translation>
    </message>
    <message>
        <source>emotion at or below which a card needs an improvement idea (default: -2)</source>
        <translation>emotie waarbij of waaronder een kaartje een verbeteridee nodig heeft (standaard: -2)</translation>
    </message>
    <message>
        <source>every journey, one poster each</source>
        <translation>elke klantreis, elk een eigen poster</translation>
    </message>
    <message>
        <source>exit status {0}</source>
        <translation>afsluitstatus {0}</translation>
    </message>
    <message>
        <source>exit with status 1 when there are findings</source>
        <translation>afsluiten met status 1 als er bevindingen zijn</translation>
    </message>
    <message>
        <source>export journeys: PDF poster, image, Mermaid, CSV</source>
        <translation>klantreizen exporteren: pdf-poster, afbeelding, Mermaid, CSV</translation>
    </message>
    <message>
        <source>fit the map to the page (default)</source>
        <translation>de kaart passend maken op de pagina (standaard)</translation>
    </message>
    <message>
        <source>for a print shop: 3 mm bleed and crop marks around each poster (not with --tile)</source>
        <translation>voor een drukkerij: 3 mm afloop en snijtekens rond elke poster (niet met --tile)</translation>
    </message>
    <message>
        <source>git is not installed (or not on the PATH)</source>
        <translation>git is niet geïnstalleerd (of staat niet in het PATH)</translation>
    </message>
    <message>
        <source>import a Mermaid file (.mmd) or a CSV file (.csv)</source>
        <translation>een Mermaid-bestand (.mmd) of een CSV-bestand (.csv) importeren</translation>
    </message>
    <message>
        <source>import a Mermaid journey or cards from CSV</source>
        <translation>een Mermaid-klantreis of kaartjes uit CSV importeren</translation>
    </message>
    <message>
        <source>install the menu entry, the .journey file type and the icon for this user</source>
        <translation>het menu-item, bestandstype .journey en pictogram voor deze gebruiker installeren</translation>
    </message>
    <message>
        <source>let git merge and diff maps in this repository with this program</source>
        <translation>laat git kaarten in deze repository met dit programma samenvoegen en vergelijken</translation>
    </message>
    <message>
        <source>list the bundled templates</source>
        <translation>de meegeleverde sjablonen tonen</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>machineleesbare uitvoer</translation>
    </message>
    <message>
        <source>merge two edited copies of a map with their common ancestor</source>
        <translation>twee bewerkte kopieën van een kaart samenvoegen met hun gemeenschappelijke voorouder</translation>
    </message>
    <message>
        <source>most teams a customer should meet in one stage (default: 3)</source>
        <translation>maximaal aantal teams dat een klant in één fase ontmoet (standaard: 3)</translation>
    </message>
    <message>
        <source>must be between {0} and {1}</source>
        <translation>moet tussen {0} en {1} liggen</translation>
    </message>
    <message>
        <source>nothing to export: give --pdf, --png, --svg, --mermaid or --csv</source>
        <translation type="vanished">niets te exporteren: geef --pdf, --png, --svg, --mermaid of --csv op</translation>
    </message>
    <message>
        <source>Exit status: 0 merged, 1 merged with conflicts (listed in the file), 2 not merged (a file could not be read or written, or the two have more named baselines together than a map keeps).</source>
        <translation>Afsluitstatus: 0 samengevoegd, 1 samengevoegd met conflicten (vermeld in het bestand), 2 niet samengevoegd (een bestand kon niet worden gelezen of geschreven, of de twee hebben samen meer benoemde basislijnen dan een kaart kan bewaren).</translation>
    </message>
    <message>
        <source>only this journey (default: all)</source>
        <translation>alleen deze klantreis (standaard: alle)</translation>
    </message>
    <message>
        <source>only this language</source>
        <translation>alleen deze taal</translation>
    </message>
    <message>
        <source>our copy; replaced by the result unless -o is given</source>
        <translation>onze kopie; wordt vervangen door het resultaat tenzij -o is opgegeven</translation>
    </message>
    <message>
        <source>overlap between tiled sheets (default: 10mm)</source>
        <translation>overlap tussen de vellen van een tegelafdruk (standaard: 10mm)</translation>
    </message>
    <message>
        <source>page margin, e.g. 10mm or 0.5in (default: 10mm)</source>
        <translation>paginamarge, bijv. 10mm of 0.5in (standaard: 10mm)</translation>
    </message>
    <message>
        <source>print a map as one line per field (for git diff)</source>
        <translation>een kaart afdrukken als één regel per veld (voor git diff)</translation>
    </message>
    <message>
        <source>print at this scale, e.g. 100</source>
        <translation>op deze schaal afdrukken, bijv. 100</translation>
    </message>
    <message>
        <source>print only problems</source>
        <translation>alleen problemen tonen</translation>
    </message>
    <message>
        <source>refuse a poster whose card text prints smaller than this (without it, a warning under 8 pt)</source>
        <translation>een poster weigeren waarvan de tekst op de kaartjes kleiner wordt afgedrukt dan dit (zonder deze optie een waarschuwing onder 8 pt)</translation>
    </message>
    <message>
        <source>replace an existing file</source>
        <translation>een bestaand bestand vervangen</translation>
    </message>
    <message>
        <source>review journeys: the findings of the review panel</source>
        <translation>klantreizen beoordelen: de bevindingen van het beoordelingspaneel</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>de versie tonen en afsluiten</translation>
    </message>
    <message>
        <source>split the poster across sheets of this size, e.g. A4 or Letter</source>
        <translation>de poster verdelen over vellen van dit formaat, bijv. A4 of Letter</translation>
    </message>
    <message>
        <source>summarise a journey file</source>
        <translation>een klantreisbestand samenvatten</translation>
    </message>
    <message>
        <source>template language, e.g. en, da, sv, fi, nl</source>
        <translation>taal van het sjabloon, bijv. en, da, sv, fi, nl</translation>
    </message>
    <message>
        <source>the .journey file to add to or create</source>
        <translation>het .journey-bestand om aan toe te voegen of te maken</translation>
    </message>
    <message>
        <source>the .journey file to create</source>
        <translation>het te maken .journey-bestand</translation>
    </message>
    <message>
        <source>the cards as a spreadsheet</source>
        <translation>de kaartjes als spreadsheet</translation>
    </message>
    <message>
        <source>the emotion curves of the journey (--journey, default the first) and of those sharing its stages, or of --all, on one page (A3 landscape unless --page-size)</source>
        <translation>de emotiecurves van de reis (--journey, standaard de eerste) en van de reizen met dezelfde fasen, of van --all, op één pagina (A3 liggend, tenzij --page-size)</translation>
    </message>
    <message>
        <source>the file has no journey</source>
        <translation>het bestand heeft geen klantreis</translation>
    </message>
    <message>
        <source>the file has {0} journeys; choose one with --journey: {1}</source>
        <translation>het bestand heeft {0} klantreizen; kies er een met --journey: {1}</translation>
    </message>
    <message>
        <source>the journey CSV cards go into</source>
        <translation>de klantreis waarin de CSV-kaartjes komen</translation>
    </message>
    <message>
        <source>the journey to export (default: the first)</source>
        <translation>de te exporteren klantreis (standaard: de eerste)</translation>
    </message>
    <message>
        <source>the map already has {0} journeys</source>
        <translation>de kaart heeft al {0} klantreizen</translation>
    </message>
    <message>
        <source>the map as one web page that opens offline in any browser (zoom, pan, click a card for its fields)</source>
        <translation>de kaart als één webpagina die offline in elke browser opent (zoomen, schuiven, klik op een kaartje voor de velden)</translation>
    </message>
    <message>
        <source>the version both copies started from</source>
        <translation>de versie waarvan beide kopieën uitgingen</translation>
    </message>
    <message>
        <source>their copy</source>
        <translation>hun kopie</translation>
    </message>
    <message>
        <source>this would replace the journey file itself</source>
        <translation>dit zou het klantreisbestand zelf vervangen</translation>
    </message>
    <message>
        <source>warning: {0}</source>
        <translation>waarschuwing: {0}</translation>
    </message>
    <message>
        <source>what conflicts call our side (default: ours)</source>
        <translation>hoe conflicten onze kant noemen (standaard: ours)</translation>
    </message>
    <message>
        <source>what conflicts call their side (default: theirs)</source>
        <translation>hoe conflicten hun kant noemen (standaard: theirs)</translation>
    </message>
    <message>
        <source>what differs between two journey files</source>
        <translation>wat er verschilt tussen twee klantreisbestanden</translation>
    </message>
    <message>
        <source>with --guide: a customer survey of the key touchpoints instead, and its results sheet to fill in and import</source>
        <translation>met --guide: in plaats daarvan een klantenquête over de belangrijke klantcontactpunten, met het resultatenblad om in te vullen en te importeren</translation>
    </message>
    <message>
        <source>write the result here</source>
        <translation>het resultaat hierheen schrijven</translation>
    </message>
    <message>
        <source>{0} cards</source>
        <translation>{0} kaartjes</translation>
    </message>
    <message>
        <source>{0} not found (package {1}): the desktop sees the change once it runs on {2}</source>
        <translation>{0} niet gevonden (pakket {1}): de desktop ziet de wijziging zodra het op {2} draait</translation>
    </message>
    <message>
        <source>{0} {1} failed: {2}</source>
        <translation>{0} {1} mislukt: {2}</translation>
    </message>
    <message>
        <source>{0}: &quot;{1}&quot;, format version {2}</source>
        <translation>{0}: &quot;{1}&quot;, formaatversie {2}</translation>
    </message>
    <message>
        <source>{0}: already exists (use --force to replace it)</source>
        <translation>{0}: bestaat al (gebruik --force om het te vervangen)</translation>
    </message>
    <message>
        <source>{0}: cannot create it, the folder {1} does not exist</source>
        <translation>{0}: kan niet worden gemaakt, de map {1} bestaat niet</translation>
    </message>
    <message>
        <source>{0}: cannot create it, the folder {1} is not writable</source>
        <translation>{0}: kan niet worden gemaakt, de map {1} is niet beschrijfbaar</translation>
    </message>
    <message>
        <source>{0}: cannot read the install list: {1}</source>
        <translation>{0}: kan de installatielijst niet lezen: {1}</translation>
    </message>
    <message>
        <source>{0}: not in a git repository</source>
        <translation>{0}: niet in een git-repository</translation>
    </message>
    <message>
        <source>{0}: valid</source>
        <translation>{0}: geldig</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>card</source>
        <translation>kaartje</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>fase</translation>
    </message>
    <message>
        <source>lane</source>
        <translation>baan</translation>
    </message>
    <message>
        <source>journey</source>
        <translation>klantreis</translation>
    </message>
    <message>
        <source>persona</source>
        <translation>persona</translation>
    </message>
    <message>
        <source>connection</source>
        <translation>verbinding</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; could not be done: {1}</source>
        <translation>&apos;{0}&apos; kon niet worden uitgevoerd: {1}</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; could not be undone: {1}</source>
        <translation>&apos;{0}&apos; kon niet ongedaan worden gemaakt: {1}</translation>
    </message>
    <message>
        <source>It could not be fully taken back; please check the map.</source>
        <translation>De wijziging kon niet volledig worden teruggedraaid; controleer de kaart.</translation>
    </message>
    <message>
        <source>The map was left as it was; the undo history was cleared.</source>
        <translation>De kaart is gelaten zoals hij was; de geschiedenis voor ongedaan maken is gewist.</translation>
    </message>
    <message>
        <source>Add card &apos;{0}&apos;</source>
        <translation>Kaartje &apos;{0}&apos; toevoegen</translation>
    </message>
    <message>
        <source>Paste {0} cards</source>
        <translation>{0} kaartjes plakken</translation>
    </message>
    <message>
        <source>Delete card &apos;{0}&apos;</source>
        <translation>Kaartje &apos;{0}&apos; verwijderen</translation>
    </message>
    <message>
        <source>Delete {0} cards</source>
        <translation>{0} kaartjes verwijderen</translation>
    </message>
    <message>
        <source>Move card &apos;{0}&apos;</source>
        <translation>Kaartje &apos;{0}&apos; verplaatsen</translation>
    </message>
    <message>
        <source>Move {0} cards</source>
        <translation>{0} kaartjes verplaatsen</translation>
    </message>
    <message>
        <source>Connect &apos;{0}&apos; to &apos;{1}&apos;</source>
        <translation>&apos;{0}&apos; met &apos;{1}&apos; verbinden</translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation>Verbinding verwijderen</translation>
    </message>
    <message>
        <source>Edit {0} &apos;{1}&apos;</source>
        <translation>{0} &apos;{1}&apos; bewerken</translation>
    </message>
    <message>
        <source>Add stage &apos;{0}&apos;</source>
        <translation>Fase &apos;{0}&apos; toevoegen</translation>
    </message>
    <message>
        <source>Add lane &apos;{0}&apos;</source>
        <translation>Baan &apos;{0}&apos; toevoegen</translation>
    </message>
    <message>
        <source>Delete stage &apos;{0}&apos;</source>
        <translation>Fase &apos;{0}&apos; verwijderen</translation>
    </message>
    <message>
        <source>Delete lane &apos;{0}&apos;</source>
        <translation>Baan &apos;{0}&apos; verwijderen</translation>
    </message>
    <message>
        <source>Move {0} &apos;{1}&apos;</source>
        <translation>{0} &apos;{1}&apos; verplaatsen</translation>
    </message>
    <message>
        <source>Import {0} survey results into {1} touchpoints</source>
        <translation>{0} enquêteresultaten importeren in {1} contactpunten</translation>
    </message>
    <message>
        <source>Rename map &apos;{0}&apos;</source>
        <translation>Kaart &apos;{0}&apos; hernoemen</translation>
    </message>
    <message>
        <source>Name the map</source>
        <translation>Kaart een naam geven</translation>
    </message>
    <message>
        <source>New persona</source>
        <translation>Nieuwe persona</translation>
    </message>
    <message>
        <source>Add persona &apos;{0}&apos;</source>
        <translation>Persona &apos;{0}&apos; toevoegen</translation>
    </message>
    <message>
        <source>Delete persona &apos;{0}&apos;</source>
        <translation>Persona &apos;{0}&apos; verwijderen</translation>
    </message>
    <message>
        <source>Add journey &apos;{0}&apos;</source>
        <translation>Klantreis &apos;{0}&apos; toevoegen</translation>
    </message>
    <message>
        <source>{0} (copy)</source>
        <translation>{0} (kopie)</translation>
    </message>
    <message>
        <source>Duplicate journey &apos;{0}&apos;</source>
        <translation>Klantreis &apos;{0}&apos; dupliceren</translation>
    </message>
    <message>
        <source>{0} (future state)</source>
        <translation>{0} (gewenste situatie)</translation>
    </message>
    <message>
        <source>Create future state of &apos;{0}&apos;</source>
        <translation>Gewenste situatie van &apos;{0}&apos; maken</translation>
    </message>
    <message>
        <source>Rename journey &apos;{0}&apos; to &apos;{1}&apos;</source>
        <translation>Klantreis &apos;{0}&apos; hernoemen tot &apos;{1}&apos;</translation>
    </message>
    <message>
        <source>Delete journey &apos;{0}&apos;</source>
        <translation>Klantreis &apos;{0}&apos; verwijderen</translation>
    </message>
    <message>
        <source>Set photo of persona &apos;{0}&apos;</source>
        <translation>Foto van persona &apos;{0}&apos; instellen</translation>
    </message>
    <message>
        <source>Remove photo of persona &apos;{0}&apos;</source>
        <translation>Foto van persona &apos;{0}&apos; verwijderen</translation>
    </message>
    <message>
        <source>The photo is still larger than {0} KB after scaling it down. Choose a simpler or smaller image.</source>
        <translation>De foto is na verkleinen nog steeds groter dan {0} KB. Kies een eenvoudigere of kleinere afbeelding.</translation>
    </message>
    <message>
        <source>This file is not an image that can be read. Choose a PNG or JPEG photo.</source>
        <translation>Dit bestand is geen leesbare afbeelding. Kies een PNG- of JPEG-foto.</translation>
    </message>
    <message>
        <source>This file is too large for a photo ({0} MB; at most {1} MB).</source>
        <translation>Dit bestand is te groot voor een foto ({0} MB; maximaal {1} MB).</translation>
    </message>
    <message>
        <source>Keep {0} in a merge conflict</source>
        <translation>{0} behouden in een samenvoegconflict</translation>
    </message>
    <message>
        <source>Attach picture to card &apos;{0}&apos;</source>
        <translation>Afbeelding toevoegen aan kaart &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>Remove picture from card &apos;{0}&apos;</source>
        <translation>Afbeelding verwijderen van kaart &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>Mark baseline &apos;{0}&apos;</source>
        <translation>Basislijn &apos;{0}&apos; markeren</translation>
    </message>
    <message>
        <source>Name revision &apos;{0}&apos;</source>
        <translation>Revisie &apos;{0}&apos; een naam geven</translation>
    </message>
    <message>
        <source>Remove baseline name &apos;{0}&apos;</source>
        <translation>Basislijnnaam &apos;{0}&apos; verwijderen</translation>
    </message>
    <message>
        <source>Rename baseline &apos;{0}&apos; to &apos;{1}&apos;</source>
        <translation>Basislijn &apos;{0}&apos; hernoemen naar &apos;{1}&apos;</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>Removed: {0}</source>
        <translation>Verwijderd: {0}</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <source>map title</source>
        <translation>titel van de kaart</translation>
    </message>
    <message>
        <source>format</source>
        <translation>formaat</translation>
    </message>
    <message>
        <source>format version</source>
        <translation>formaatversie</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titel</translation>
    </message>
    <message>
        <source>personas</source>
        <translation>persona&apos;s</translation>
    </message>
    <message>
        <source>journeys</source>
        <translation>klantreizen</translation>
    </message>
    <message>
        <source>revisions</source>
        <translation>versies</translation>
    </message>
    <message>
        <source>baseline name</source>
        <translation>naam van de basislijn</translation>
    </message>
    <message>
        <source>baseline&apos;s copy of the map</source>
        <translation>kopie van de kaart bij de basislijn</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>segment</translation>
    </message>
    <message>
        <source>goals</source>
        <translation>doelen</translation>
    </message>
    <message>
        <source>needs</source>
        <translation>behoeften</translation>
    </message>
    <message>
        <source>frustrations</source>
        <translation>frustraties</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>citaat</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>foto</translation>
    </message>
    <message>
        <source>photo type</source>
        <translation type="vanished">fototype</translation>
    </message>
    <message>
        <source>picture</source>
        <translation>afbeelding</translation>
    </message>
    <message>
        <source>persona</source>
        <translation>persona</translation>
    </message>
    <message>
        <source>state</source>
        <translation>situatie</translation>
    </message>
    <message>
        <source>based on</source>
        <translation>gebaseerd op</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>doel</translation>
    </message>
    <message>
        <source>scope</source>
        <translation>reikwijdte</translation>
    </message>
    <message>
        <source>language of its labels</source>
        <translation>taal van de labels</translation>
    </message>
    <message>
        <source>departments</source>
        <translation>afdelingen</translation>
    </message>
    <message>
        <source>description</source>
        <translation>beschrijving</translation>
    </message>
    <message>
        <source>stages</source>
        <translation>fasen</translation>
    </message>
    <message>
        <source>lanes</source>
        <translation>banen</translation>
    </message>
    <message>
        <source>cards</source>
        <translation>kaartjes</translation>
    </message>
    <message>
        <source>arrows</source>
        <translation>pijlen</translation>
    </message>
    <message>
        <source>checklist</source>
        <translation>checklist</translation>
    </message>
    <message>
        <source>question</source>
        <translation>vraag</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>antwoord</translation>
    </message>
    <message>
        <source>note</source>
        <translation>notitie</translation>
    </message>
    <message>
        <source>voting</source>
        <translation>stemming</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>deelnemers</translation>
    </message>
    <message>
        <source>dots per participant</source>
        <translation>stippen per deelnemer</translation>
    </message>
    <message>
        <source>phase</source>
        <translation>aankoopfase</translation>
    </message>
    <message>
        <source>width</source>
        <translation>breedte</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>soort</translation>
    </message>
    <message>
        <source>content</source>
        <translation>inhoud</translation>
    </message>
    <message>
        <source>zone</source>
        <translation>zone</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>kleur</translation>
    </message>
    <message>
        <source>height</source>
        <translation>hoogte</translation>
    </message>
    <message>
        <source>emotion values</source>
        <translation>emotiewaarden</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>fase</translation>
    </message>
    <message>
        <source>lane</source>
        <translation>baan</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notities</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>kanaal</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>eigenaar</translation>
    </message>
    <message>
        <source>control</source>
        <translation>controle</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>direct</translation>
    </message>
    <message>
        <source>emotion</source>
        <translation>emotie</translation>
    </message>
    <message>
        <source>customer goal</source>
        <translation>doel van de klant</translation>
    </message>
    <message>
        <source>expectations</source>
        <translation>verwachtingen</translation>
    </message>
    <message>
        <source>pain points</source>
        <translation>pijnpunten</translation>
    </message>
    <message>
        <source>desired thinking</source>
        <translation>gewenst denken</translation>
    </message>
    <message>
        <source>desired doing</source>
        <translation>gewenst doen</translation>
    </message>
    <message>
        <source>desired feeling</source>
        <translation>gewenst gevoel</translation>
    </message>
    <message>
        <source>ideas</source>
        <translation>ideeën</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>onderbouwing</translation>
    </message>
    <message>
        <source>inconsistent</source>
        <translation>inconsistent</translation>
    </message>
    <message>
        <source>key touchpoint</source>
        <translation>belangrijk contactpunt</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>votes</source>
        <translation>stemmen</translation>
    </message>
    <message>
        <source>metrics</source>
        <translation>meetwaarden</translation>
    </message>
    <message>
        <source>comments</source>
        <translation>opmerkingen</translation>
    </message>
    <message>
        <source>value</source>
        <translation>waarde</translation>
    </message>
    <message>
        <source>date</source>
        <translation>datum</translation>
    </message>
    <message>
        <source>source</source>
        <translation>bron</translation>
    </message>
    <message>
        <source>target</source>
        <translation>doel</translation>
    </message>
    <message>
        <source>label</source>
        <translation>label</translation>
    </message>
    <message>
        <source>link</source>
        <translation>link</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>author</source>
        <translation>auteur</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>samenvatting</translation>
    </message>
    <message>
        <source>order</source>
        <translation>volgorde</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Toegevoegd</translation>
    </message>
    <message>
        <source>Changed or moved</source>
        <translation>Gewijzigd of verplaatst</translation>
    </message>
    <message>
        <source>Removed (ghost)</source>
        <translation>Verwijderd (schim)</translation>
    </message>
    <message>
        <source>How the differences are outlined on the map of the second journey</source>
        <translation>Hoe de verschillen worden gemarkeerd op de kaart van de tweede klantreis</translation>
    </message>
    <message>
        <source>Cards added</source>
        <translation>Toegevoegde kaartjes</translation>
    </message>
    <message>
        <source>Cards changed</source>
        <translation>Gewijzigde kaartjes</translation>
    </message>
    <message>
        <source>Cards removed</source>
        <translation>Verwijderde kaartjes</translation>
    </message>
    <message>
        <source>Stages added</source>
        <translation>Toegevoegde fasen</translation>
    </message>
    <message>
        <source>Stages changed</source>
        <translation>Gewijzigde fasen</translation>
    </message>
    <message>
        <source>Stages removed</source>
        <translation>Verwijderde fasen</translation>
    </message>
    <message>
        <source>Lanes added</source>
        <translation>Toegevoegde banen</translation>
    </message>
    <message>
        <source>Lanes changed</source>
        <translation>Gewijzigde banen</translation>
    </message>
    <message>
        <source>Lanes removed</source>
        <translation>Verwijderde banen</translation>
    </message>
    <message>
        <source>Arrows added</source>
        <translation>Toegevoegde pijlen</translation>
    </message>
    <message>
        <source>Arrows changed</source>
        <translation>Gewijzigde pijlen</translation>
    </message>
    <message>
        <source>Arrows removed</source>
        <translation>Verwijderde pijlen</translation>
    </message>
    <message>
        <source>Journey details changed</source>
        <translation>Gegevens van de klantreis gewijzigd</translation>
    </message>
    <message>
        <source>Emotion curve changed</source>
        <translation>Emotiecurve gewijzigd</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; in {1} / {2}</source>
        <translation>&apos;{0}&apos; in {1} / {2}</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; renamed to &apos;{1}&apos;</source>
        <translation>&apos;{0}&apos; hernoemd tot &apos;{1}&apos;</translation>
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
        <translation>&apos;{0}&apos;: {1} wijzigingen</translation>
    </message>
    <message>
        <source>+ card &apos;{0}&apos; in {1} / {2}</source>
        <translation>+ kaartje &apos;{0}&apos; in {1} / {2}</translation>
    </message>
    <message>
        <source>+ journey &apos;{0}&apos;</source>
        <translation>+ klantreis &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>+ link &apos;{0}&apos; -&gt; &apos;{1}&apos;</source>
        <translation>+ link &apos;{0}&apos; -&gt; &apos;{1}&apos;</translation>
    </message>
    <message>
        <source>+ persona &apos;{0}&apos;</source>
        <translation>+ persona &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>- card &apos;{0}&apos; in {1} / {2}</source>
        <translation>- kaartje &apos;{0}&apos; in {1} / {2}</translation>
    </message>
    <message>
        <source>- journey &apos;{0}&apos;</source>
        <translation>- klantreis &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>- link &apos;{0}&apos; -&gt; &apos;{1}&apos;</source>
        <translation>- link &apos;{0}&apos; -&gt; &apos;{1}&apos;</translation>
    </message>
    <message>
        <source>- persona &apos;{0}&apos;</source>
        <translation>- persona &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>&gt; card &apos;{0}&apos; moved from {1} / {2} to {3} / {4}</source>
        <translation>&gt; kaartje &apos;{0}&apos; verplaatst van {1} / {2} naar {3} / {4}</translation>
    </message>
    <message>
        <source>journey &apos;{0}&apos;:</source>
        <translation>klantreis &apos;{0}&apos;:</translation>
    </message>
    <message>
        <source>no journey named &apos;{0}&apos; (the journeys are: {1})</source>
        <translation>geen klantreis met de naam &apos;{0}&apos; (de klantreizen zijn: {1})</translation>
    </message>
    <message>
        <source>~ card &apos;{0}&apos;: {1}</source>
        <translation>~ kaartje &apos;{0}&apos;: {1}</translation>
    </message>
    <message>
        <source>~ lane &apos;{0}&apos;: {1}</source>
        <translation>~ baan &apos;{0}&apos;: {1}</translation>
    </message>
    <message>
        <source>~ persona &apos;{0}&apos; renamed to &apos;{1}&apos;</source>
        <translation>~ persona &apos;{0}&apos; hernoemd tot &apos;{1}&apos;</translation>
    </message>
    <message>
        <source>~ persona &apos;{0}&apos;: {1}</source>
        <translation>~ persona &apos;{0}&apos;: {1}</translation>
    </message>
    <message>
        <source>~ stage &apos;{0}&apos;: {1}</source>
        <translation>~ fase &apos;{0}&apos;: {1}</translation>
    </message>
    <message>
        <source>~ {0} &apos;{1}&apos; renamed to &apos;{2}&apos;</source>
        <translation>~ {0} &apos;{1}&apos; hernoemd tot &apos;{2}&apos;</translation>
    </message>
    <message>
        <source>Baseline: {0} ({1})</source>
        <translation type="vanished">Basislijn: {0} ({1})</translation>
    </message>
    <message>
        <source>Saved file</source>
        <translation>Opgeslagen bestand</translation>
    </message>
    <message>
        <source>That baseline is gone (its name was removed).</source>
        <translation>Die basislijn bestaat niet meer (de naam werd verwijderd).</translation>
    </message>
    <message>
        <source>This journey map has not been saved yet.</source>
        <translation>Deze klantreiskaart is nog niet opgeslagen.</translation>
    </message>
    <message>
        <source>This map</source>
        <translation>Deze kaart</translation>
    </message>
    <message>
        <source>arrows in another order in the file</source>
        <translation>pijlen in een andere volgorde in het bestand</translation>
    </message>
    <message>
        <source>cards in another order in the file (each cell keeps its order)</source>
        <translation>kaartjes in een andere volgorde in het bestand (elke cel houdt zijn volgorde)</translation>
    </message>
    <message>
        <source>cards in another order in {1}: {0}</source>
        <translation>kaartjes in een andere volgorde in {1}: {0}</translation>
    </message>
    <message>
        <source>journeys in another order: {0}</source>
        <translation>klantreizen in een andere volgorde: {0}</translation>
    </message>
    <message>
        <source>lanes in another order: {0}</source>
        <translation>banen in een andere volgorde: {0}</translation>
    </message>
    <message>
        <source>moved from {0} / {1} to {2} / {3}</source>
        <translation>verplaatst van {0} / {1} naar {2} / {3}</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>personas in another order: {0}</source>
        <translation>persona&apos;s in een andere volgorde: {0}</translation>
    </message>
    <message>
        <source>photo added</source>
        <translation>foto toegevoegd</translation>
    </message>
    <message>
        <source>photo changed</source>
        <translation>foto gewijzigd</translation>
    </message>
    <message>
        <source>photo removed</source>
        <translation>foto verwijderd</translation>
    </message>
    <message>
        <source>picture added</source>
        <translation>afbeelding toegevoegd</translation>
    </message>
    <message>
        <source>picture changed</source>
        <translation>afbeelding gewijzigd</translation>
    </message>
    <message>
        <source>picture removed</source>
        <translation>afbeelding verwijderd</translation>
    </message>
    <message>
        <source>stages in another order: {0}</source>
        <translation>fasen in een andere volgorde: {0}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>{0} added: {1}</source>
        <translation>{0} toegevoegd: {1}</translation>
    </message>
    <message>
        <source>{0} removed: {1}</source>
        <translation>{0} verwijderd: {1}</translation>
    </message>
    <message>
        <source>{0}: {1} → {2}</source>
        <translation>{0}: {1} → {2}</translation>
    </message>
    <message>
        <source>~ emotion {0}: {1} -&gt; {2}</source>
        <translation>~ emotie {0}: {1} -&gt; {2}</translation>
    </message>
    <message>
        <source>~ journey: {0}</source>
        <translation>~ klantreis: {0}</translation>
    </message>
    <message>
        <source>~ link {0}: {1}</source>
        <translation>~ link {0}: {1}</translation>
    </message>
</context>
<context>
    <name>ComparePanel</name>
    <message>
        <source>What to compare with: another journey of this map, the map as last saved, or a baseline (File ▸ Mark Baseline…)</source>
        <translation>Waarmee vergelijken: een andere reis van deze kaart, de kaart zoals laatst opgeslagen, of een basislijn (Bestand ▸ Basislijn markeren…)</translation>
    </message>
    <message>
        <source>Mark the differences on the map</source>
        <translation>De verschillen op de kaart markeren</translation>
    </message>
    <message>
        <source>Side by Side…</source>
        <translation>Naast elkaar…</translation>
    </message>
    <message>
        <source>Both journeys stage by stage, in two columns</source>
        <translation>Beide klantreizen fase voor fase, in twee kolommen</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergelijken</translation>
    </message>
    <message>
        <source>with</source>
        <translation>met</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Verschillen</translation>
    </message>
    <message>
        <source>As Text</source>
        <translation>Als tekst</translation>
    </message>
    <message>
        <source>Choose two different journeys. To plan changes, Journey &gt; Create future state copies this one; the comparison then shows what you changed.</source>
        <translation>Kies twee verschillende klantreizen. Om veranderingen te plannen kopieert Reis &gt; Gewenste situatie maken deze; de vergelijking toont dan wat je hebt veranderd.</translation>
    </message>
    <message>
        <source>No differences</source>
        <translation>Geen verschillen</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <source>No merge conflicts in this map.</source>
        <translation>Geen samenvoegconflicten in deze kaart.</translation>
    </message>
    <message>
        <source>A merge left 1 conflict: pick the side to keep.</source>
        <translation>Een samenvoeging liet 1 conflict achter: kies de kant die blijft.</translation>
    </message>
    <message>
        <source>A merge left {0} conflicts: pick the side to keep for each.</source>
        <translation>Een samenvoeging liet {0} conflicten achter: kies voor elk de kant die blijft.</translation>
    </message>
    <message>
        <source>Keep {0}</source>
        <translation>{0} behouden</translation>
    </message>
    <message>
        <source>That side no longer fits the map (what it refers to has changed): keep the other, or edit the map by hand.</source>
        <translation>Die kant past niet meer bij de kaart (waar hij naar verwijst is veranderd): behoud de andere, of bewerk de kaart met de hand.</translation>
    </message>
    <message>
        <source>ours</source>
        <translation>ons</translation>
    </message>
    <message>
        <source>theirs</source>
        <translation>hun</translation>
    </message>
    <message>
        <source>The map</source>
        <translation>De kaart</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Reis</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Baan</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kaart</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbinding</translation>
    </message>
    <message>
        <source>Checklist answer</source>
        <translation>Antwoord op de checklist</translation>
    </message>
    <message>
        <source>{0} &apos;{1}&apos;</source>
        <translation>{0} &apos;{1}&apos;</translation>
    </message>
    <message>
        <source>{0}: deleted on one side, changed on the other</source>
        <translation>{0}: aan de ene kant verwijderd, aan de andere gewijzigd</translation>
    </message>
    <message>
        <source>{0}: the order of its {1}</source>
        <translation>{0}: de volgorde van zijn {1}</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(verwijderd)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>(kept)</source>
        <translation>(behouden)</translation>
    </message>
</context>
<context>
    <name>Curves</name>
    <message>
        <source>&apos;{0}&apos; and &apos;{1}&apos; do not share their stages: stage {2} is &apos;{3}&apos; in one and &apos;{4}&apos; in the other. Curves are drawn together only for journeys whose stages have the same names in the same order (one may have more stages at the end).</source>
        <translation>&apos;{0}&apos; en &apos;{1}&apos; hebben niet dezelfde fasen: fase {2} heet &apos;{3}&apos; in de ene en &apos;{4}&apos; in de andere. Curves worden alleen samen getekend voor klantreizen waarvan de fasen dezelfde namen in dezelfde volgorde hebben (één mag aan het eind meer fasen hebben).</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; has no stages: it has no curve to draw.</source>
        <translation>&apos;{0}&apos; heeft geen fasen: er is geen curve om te tekenen.</translation>
    </message>
    <message>
        <source>At most {0} curves can be drawn together: more could not be told apart.</source>
        <translation>Er kunnen hoogstens {0} curves samen worden getekend: meer zijn niet uit elkaar te houden.</translation>
    </message>
    <message>
        <source>Choose at least one journey.</source>
        <translation>Kies minstens één klantreis.</translation>
    </message>
    <message>
        <source>no emotions yet</source>
        <translation>nog geen emoties</translation>
    </message>
</context>
<context>
    <name>CurvesOverlayDialog</name>
    <message>
        <source>Emotion Curves Together</source>
        <translation>Emotiecurves samen</translation>
    </message>
    <message>
        <source>Journeys to compare</source>
        <translation>Klantreizen om te vergelijken</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Opslaan als PDF…</translation>
    </message>
    <message>
        <source>The chart on a landscape A3 page, for the wall</source>
        <translation>De grafiek op een liggende A3-pagina, voor aan de muur</translation>
    </message>
    <message>
        <source>Journeys (at most {0}):</source>
        <translation>Klantreizen (hoogstens {0}):</translation>
    </message>
    <message>
        <source>Emotion curves</source>
        <translation>Emotiecurves</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Opslaan als PDF</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Exporteren mislukt</translation>
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
        <translation>Panelen</translation>
    </message>
</context>
<context>
    <name>EditController</name>
    <message>
        <source>Duplicate {0} cards</source>
        <translation>{0} kaartjes dupliceren</translation>
    </message>
    <message>
        <source>Deleted stage &apos;{0}&apos;.</source>
        <translation>Fase &apos;{0}&apos; verwijderd.</translation>
    </message>
    <message>
        <source>Deleted stage &apos;{0}&apos; and its card.</source>
        <translation>Fase &apos;{0}&apos; en het kaartje erin verwijderd.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted stage &apos;{0}&apos; and its %n cards.</source>
        <translation>
            <numerusform>Fase &apos;{0}&apos; en het %n kaartje erin verwijderd.</numerusform>
            <numerusform>Fase &apos;{0}&apos; en de %n kaartjes erin verwijderd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted lane &apos;{0}&apos;.</source>
        <translation>Baan &apos;{0}&apos; verwijderd.</translation>
    </message>
    <message>
        <source>Deleted lane &apos;{0}&apos; and its card.</source>
        <translation>Baan &apos;{0}&apos; en het kaartje erin verwijderd.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted lane &apos;{0}&apos; and its %n cards.</source>
        <translation>
            <numerusform>Baan &apos;{0}&apos; en het %n kaartje erin verwijderd.</numerusform>
            <numerusform>Baan &apos;{0}&apos; en de %n kaartjes erin verwijderd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select exactly two cards to connect them ({0} selected)</source>
        <translation>Selecteer precies twee kaartjes om ze te verbinden ({0} geselecteerd)</translation>
    </message>
    <message>
        <source>These two cards are already connected</source>
        <translation>Deze twee kaartjes zijn al verbonden</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Nieuwe fase</translation>
    </message>
    <message>
        <source>New lane</source>
        <translation>Nieuwe baan</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>&apos;{0}&apos; is not a length (examples: 10mm, 0.5in, 12pt)</source>
        <translation>&apos;{0}&apos; is geen lengte (voorbeelden: 10mm, 0.5in, 12pt)</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a scale in percent (example: 100)</source>
        <translation>&apos;{0}&apos; is geen schaal in procenten (voorbeeld: 100)</translation>
    </message>
    <message>
        <source>The analysis questions of the method&apos;s step 7, as answered for this journey.</source>
        <translation>De analysevragen van stap 7 van de methode, zoals beantwoord voor deze klantreis.</translation>
    </message>
    <message>
        <source>at {0:.0f} % the map &apos;{1}&apos; needs {2} and does not fit on {3}: fit it to the page, lower the scale, or choose a larger page or tiling</source>
        <translation>op {0:.0f} % heeft de kaart &apos;{1}&apos; {2} nodig en past die niet op {3}: maak hem passend op de pagina, verlaag de schaal of kies een grotere pagina of tegelafdruk</translation>
    </message>
    <message>
        <source>at {0:.0f} % the poster of &apos;{1}&apos; would be {2}, larger than PDF viewers open: lower the scale, fit it to a page or tile it</source>
        <translation>op {0:.0f} % zou de poster van &apos;{1}&apos; {2} worden, groter dan pdf-lezers kunnen openen: verlaag de schaal, maak hem passend op een pagina of verdeel hem over vellen</translation>
    </message>
    <message>
        <source>no journey named &apos;{0}&apos; (the file has: {1})</source>
        <translation>geen klantreis met de naam &apos;{0}&apos; (het bestand bevat: {1})</translation>
    </message>
    <message>
        <source>page size &apos;{0}&apos; is out of range: each side must be between 18 mm and 5 m</source>
        <translation>paginaformaat &apos;{0}&apos; valt buiten het bereik: elke zijde moet tussen 18 mm en 5 m liggen</translation>
    </message>
    <message>
        <source>unknown orientation &apos;{0}&apos; (use portrait, landscape or auto)</source>
        <translation>onbekende stand &apos;{0}&apos; (gebruik portrait, landscape of auto)</translation>
    </message>
    <message>
        <source>unknown page size &apos;{0}&apos; (use A0-A5, Letter, Legal, Tabloid, ANSI C/D/E, Arch C/D/E, or a size like 420x297mm or 11x17in)</source>
        <translation>onbekend paginaformaat &apos;{0}&apos; (gebruik A0-A5, Letter, Legal, Tabloid, ANSI C/D/E, Arch C/D/E of een formaat als 420x297mm of 11x17in)</translation>
    </message>
    <message>
        <source>, or </source>
        <translation>, of </translation>
    </message>
    <message>
        <source>1 touchpoint</source>
        <translation>1 contactpunt</translation>
    </message>
    <message>
        <source>Also in: {0}</source>
        <translation>Ook in: {0}</translation>
    </message>
    <message>
        <source>Baselines</source>
        <translation>Basislijnen</translation>
    </message>
    <message>
        <source>Card &quot;{0}&quot;</source>
        <translation>Kaartje “{0}”</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <source>Current state</source>
        <translation>Huidige situatie</translation>
    </message>
    <message>
        <source>Customer journey map: {0}</source>
        <translation>Klantreiskaart: {0}</translation>
    </message>
    <message>
        <source>Date: {0}</source>
        <translation>Datum: {0}</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Afdelingen</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Direct</translation>
    </message>
    <message>
        <source>Emotion curve</source>
        <translation>Emotiecurve</translation>
    </message>
    <message>
        <source>Emotion curves</source>
        <translation>Emotiecurves</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Emotie</translation>
    </message>
    <message>
        <source>File: {0}</source>
        <translation>Bestand: {0}</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Markeringen</translation>
    </message>
    <message>
        <source>Frustrations</source>
        <translation>Frustraties</translation>
    </message>
    <message>
        <source>Future state</source>
        <translation>Gewenste situatie</translation>
    </message>
    <message>
        <source>Goal: {0}</source>
        <translation>Doel: {0}</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Doelen</translation>
    </message>
    <message>
        <source>How to assemble: {0}</source>
        <translation>Zo zet je hem in elkaar: {0}</translation>
    </message>
    <message>
        <source>Inconsistent information</source>
        <translation>Inconsistente informatie</translation>
    </message>
    <message>
        <source>Indirect (through others)</source>
        <translation>Indirect (via anderen)</translation>
    </message>
    <message>
        <source>Journey &quot;{0}&quot;</source>
        <translation>Klantreis “{0}”</translation>
    </message>
    <message>
        <source>Journeys</source>
        <translation>Klantreizen</translation>
    </message>
    <message>
        <source>Journey Editor {0}</source>
        <translation>Journey Editor {0}</translation>
    </message>
    <message>
        <source>Key touchpoint</source>
        <translation>Belangrijk contactpunt</translation>
    </message>
    <message>
        <source>Lane &quot;{0}&quot;</source>
        <translation>Baan “{0}”</translation>
    </message>
    <message>
        <source>Lanes</source>
        <translation>Banen</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Markeringen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Behoeften</translation>
    </message>
    <message>
        <source>No touchpoints in this stage yet.</source>
        <translation>Nog geen contactpunten in deze fase.</translation>
    </message>
    <message>
        <source>Not in any journey yet.</source>
        <translation>Komt nog in geen enkele klantreis voor.</translation>
    </message>
    <message>
        <source>Other questions</source>
        <translation>Andere vragen</translation>
    </message>
    <message>
        <source>Path between touchpoints</source>
        <translation>Pad tussen contactpunten</translation>
    </message>
    <message>
        <source>Persona: {0}</source>
        <translation>Persona: {0}</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Persona&apos;s</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>Print at 100 % (no “fit to page”). Cut each sheet along the dashed line at its left and top edge,</source>
        <translation>Druk af op 100 % (niet ‘passend op pagina’). Snijd elk vel langs de stippellijn aan de linker- en bovenrand,</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citaat</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Uitgefaseerd</translation>
    </message>
    <message>
        <source>Review checklist</source>
        <translation>Checklist voor de beoordeling</translation>
    </message>
    <message>
        <source>Review comments</source>
        <translation>Opmerkingen bij de beoordeling</translation>
    </message>
    <message>
        <source>Revision: {0}</source>
        <translation>Versie: {0}</translation>
    </message>
    <message>
        <source>R{0} C{1}</source>
        <translation>R{0} K{1}</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Stage &quot;{0}&quot;</source>
        <translation>Fase “{0}”</translation>
    </message>
    <message>
        <source>Stage {0}</source>
        <translation>Fase {0}</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Fasen</translation>
    </message>
    <message>
        <source>This journey has no stages or lanes yet.</source>
        <translation>Deze klantreis heeft nog geen fasen of banen.</translation>
    </message>
    <message>
        <source>This journey has no stages yet.</source>
        <translation>Deze klantreis heeft nog geen fasen.</translation>
    </message>
    <message>
        <source>Untitled journey</source>
        <translation>Naamloze klantreis</translation>
    </message>
    <message>
        <source>Untitled touchpoint</source>
        <translation>Naamloos contactpunt</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Gevalideerd</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Stemmen</translation>
    </message>
    <message>
        <source>Workshop handout</source>
        <translation>Werkblad voor de workshop</translation>
    </message>
    <message>
        <source>bleed and crop marks are for a poster on one page, not for tiled sheets</source>
        <translation>afloop en snijtekens zijn voor een poster op één pagina, niet voor een tegelafdruk</translation>
    </message>
    <message>
        <source>card text prints at {0}&#xa0;pt (smallest text {1}&#xa0;pt), under the {2}&#xa0;pt a wall poster needs</source>
        <translation>de tekst op de kaartjes wordt afgedrukt op {0}&#xa0;pt (kleinste tekst {1}&#xa0;pt), onder de {2}&#xa0;pt die een wandposter nodig heeft</translation>
    </message>
    <message>
        <source>choose {0} ({1}&#xa0;pt)</source>
        <translation>kies {0} ({1}&#xa0;pt)</translation>
    </message>
    <message>
        <source>split it into {0} posters ({1}&#xa0;pt)</source>
        <translation>verdeel hem over {0} posters ({1}&#xa0;pt)</translation>
    </message>
    <message>
        <source>card text prints at {0:.1f}&#xa0;pt (smallest text {1:.1f}&#xa0;pt), under the {2:g}&#xa0;pt a wall poster needs</source>
        <translation type="vanished">de tekst op de kaartjes wordt afgedrukt op {0:.1f}&#xa0;pt (kleinste tekst {1:.1f}&#xa0;pt), onder de {2:g}&#xa0;pt die een wandposter nodig heeft</translation>
    </message>
    <message>
        <source>choose {0} ({1:.1f}&#xa0;pt)</source>
        <translation type="vanished">kies {0} ({1:.1f}&#xa0;pt)</translation>
    </message>
    <message>
        <source>print it at 100&#xa0;% on tiled sheets</source>
        <translation>druk hem af op 100&#xa0;% als tegelafdruk</translation>
    </message>
    <message>
        <source>split it into {0} posters ({1:.1f}&#xa0;pt)</source>
        <translation type="vanished">verdeel hem over {0} posters ({1:.1f}&#xa0;pt)</translation>
    </message>
    <message>
        <source>choose {0} ({1:.1f}&#xa0;pt), or print it at 100&#xa0;% on tiled sheets</source>
        <translation type="vanished">kies {0} ({1:.1f}&#xa0;pt) of druk hem af op 100&#xa0;% als tegelafdruk</translation>
    </message>
    <message>
        <source>customer journey map</source>
        <translation>klantreiskaart</translation>
    </message>
    <message>
        <source>lay it over its neighbour so that the half targets meet the whole ones, and tape it from the back.</source>
        <translation>leg het over het buurvel zodat de halve doelen op de hele aansluiten, en plak het aan de achterkant vast.</translation>
    </message>
    <message>
        <source>page {0} of {1}</source>
        <translation>pagina {0} van {1}</translation>
    </message>
    <message>
        <source>page {0}</source>
        <translation>pagina {0}</translation>
    </message>
    <message>
        <source>print it at 100&#xa0;% on tiled sheets, or split it into several posters</source>
        <translation type="vanished">druk hem af op 100&#xa0;% als tegelafdruk of verdeel hem over meerdere posters</translation>
    </message>
    <message>
        <source>the file has no journey to export</source>
        <translation>het bestand heeft geen klantreis om te exporteren</translation>
    </message>
    <message>
        <source>the margin cannot be negative</source>
        <translation>de marge kan niet negatief zijn</translation>
    </message>
    <message>
        <source>the margins leave no room on the page</source>
        <translation>de marges laten geen ruimte op de pagina</translation>
    </message>
    <message>
        <source>the overlap must be between 0 and {0:.0f} mm on this paper</source>
        <translation>de overlap moet op dit papier tussen 0 en {0:.0f} mm liggen</translation>
    </message>
    <message>
        <source>the scale must be between 1 % and 1000 %</source>
        <translation>de schaal moet tussen 1 % en 1000 % liggen</translation>
    </message>
    <message>
        <source>very negative</source>
        <translation>zeer negatief</translation>
    </message>
    <message>
        <source>very positive</source>
        <translation>zeer positief</translation>
    </message>
    <message>
        <source>{0} (continued)</source>
        <translation>{0} (vervolg)</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>{0} by {1}</source>
        <translation>{0} door {1}</translation>
    </message>
    <message>
        <source>{0} journeys over the same stages</source>
        <translation>{0} klantreizen door dezelfde fasen</translation>
    </message>
    <message>
        <source>{0} rows × {1} columns = {2} sheets, overlapping by {3:.0f} mm, numbered row by row.</source>
        <translation>{0} rijen × {1} kolommen = {2} vellen, {3:.0f} mm overlappend, rij voor rij genummerd.</translation>
    </message>
    <message>
        <source>{0} rows × {1} columns, {2} sheets ({3} would be blank and are left out), overlapping by {4:.0f} mm, numbered row by row.</source>
        <translation>{0} rijen × {1} kolommen, {2} vellen ({3} zouden leeg zijn en zijn weggelaten), {4:.0f} mm overlappend, rij voor rij genummerd.</translation>
    </message>
    <message>
        <source>{0} touchpoints</source>
        <translation>{0} contactpunten</translation>
    </message>
    <message>
        <source>{0} · row {1}, column {2} · page {3} of {4}</source>
        <translation>{0} · rij {1}, kolom {2} · pagina {3} van {4}</translation>
    </message>
    <message>
        <source>{0}, {1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <source>{0}: no installed font has {1}; printed as �</source>
        <translation>{0}: geen geïnstalleerd lettertype heeft {1}; afgedrukt als �</translation>
    </message>
    <message>
        <source>{0} ({1}/{2}: {3} – {4})</source>
        <translation>{0} ({1}/{2}: {3} – {4})</translation>
    </message>
    <message>
        <source>the file has no persona to print</source>
        <translation>het bestand heeft geen persona om af te drukken</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>PDF poster</source>
        <translation>Pdf-poster</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG-afbeelding</translation>
    </message>
    <message>
        <source>SVG image</source>
        <translation>SVG-afbeelding</translation>
    </message>
    <message>
        <source>Persona sheets (PDF)</source>
        <translation>Personabladen (PDF)</translation>
    </message>
    <message>
        <source>Emotion curves together (PDF)</source>
        <translation>Emotiecurves samen (PDF)</translation>
    </message>
    <message>
        <source>This journey</source>
        <translation>Deze klantreis</translation>
    </message>
    <message>
        <source>All journeys</source>
        <translation>Alle klantreizen</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Liggend</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Staand</translation>
    </message>
    <message>
        <source>Fit to the page</source>
        <translation>Passend op de pagina</translation>
    </message>
    <message>
        <source>Tile onto sheets of</source>
        <translation>Verdelen over vellen van</translation>
    </message>
    <message>
        <source>Add workshop handout pages</source>
        <translation>Werkbladen voor de workshop toevoegen</translation>
    </message>
    <message>
        <source>Bleed and crop marks</source>
        <translation>Afloop en snijtekens</translation>
    </message>
    <message>
        <source>For a print shop: 3 mm of bleed around the poster and marks showing where to cut. Not for tiled sheets.</source>
        <translation>Voor een drukkerij: 3 mm afloop rond de poster en tekens die laten zien waar gesneden moet worden. Niet voor een tegelafdruk.</translation>
    </message>
    <message>
        <source>Title block and legend</source>
        <translation>Titelblok en legenda</translation>
    </message>
    <message>
        <source>Warn when card text prints smaller than this: about 8 pt for a wall poster read from a step away</source>
        <translation>Waarschuwen als de tekst op de kaartjes kleiner wordt afgedrukt dan dit: ongeveer 8 pt voor een wandposter die je van een stap afstand leest</translation>
    </message>
    <message>
        <source>Print a wide map as several posters, consecutive stages on each, every lane on all: they hang side by side</source>
        <translation>Druk een brede kaart af als meerdere posters, met opeenvolgende fasen op elke poster en alle banen op allemaal: ze hangen naast elkaar</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formaat</translation>
    </message>
    <message>
        <source>Journeys</source>
        <translation>Klantreizen</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Paginaformaat</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Schaal</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>Marges</translation>
    </message>
    <message>
        <source>Card text at least</source>
        <translation>Tekst op kaartjes minstens</translation>
    </message>
    <message>
        <source>Posters side by side</source>
        <translation>Posters naast elkaar</translation>
    </message>
    <message>
        <source>Tiling</source>
        <translation>Tegelafdruk</translation>
    </message>
    <message>
        <source>Overlap</source>
        <translation>Overlap</translation>
    </message>
    <message>
        <source>Handout</source>
        <translation>Werkbladen</translation>
    </message>
    <message>
        <source>Print shop</source>
        <translation>Drukkerij</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolutie</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Afbeelding</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… en nog %n</numerusform>
            <numerusform>… en nog %n</numerusform>
        </translation>
    </message>
    <message>
        <source>{0:.0f} × {1:.0f} pixels</source>
        <translation>{0:.0f} × {1:.0f} pixels</translation>
    </message>
    <message>
        <source>{0:.0f} × {1:.0f} mm at {2} %</source>
        <translation>{0:.0f} × {1:.0f} mm op {2} %</translation>
    </message>
    <message numerus="yes">
        <source>%n posters, the first shown: </source>
        <translation>
            <numerusform>%n poster, de eerste getoond: </numerusform>
            <numerusform>%n posters, de eerste getoond: </numerusform>
        </translation>
    </message>
    <message>
        <source>on {0} sheets ({1} across, {2} down) plus an assembly sheet</source>
        <translation>op {0} vellen ({1} naast elkaar, {2} onder elkaar) plus een montagevel</translation>
    </message>
    <message>
        <source>printed on {0:.0f} × {1:.0f} mm with {2:.0f} mm bleed and crop marks</source>
        <translation>gedrukt op {0:.0f} × {1:.0f} mm met {2:.0f} mm afloop en snijtekens</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exporteren naar</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Exporteren mislukt</translation>
    </message>
</context>
<context>
    <name>ExportSheets</name>
    <message>
        <source>This map has no persona yet: add one in the Personas panel.</source>
        <translation>De kaart heeft nog geen persona: voeg er een toe in het paneel Persona&apos;s.</translation>
    </message>
    <message>
        <source>{0:.0f} × {1:.0f} mm, a page for each persona: {2}</source>
        <translation>{0:.0f} × {1:.0f} mm, een pagina per persona: {2}</translation>
    </message>
    <message>
        <source>{0:.0f} × {1:.0f} mm: {2}. View &gt; Emotion Curves Together… chooses other journeys.</source>
        <translation>{0:.0f} × {1:.0f} mm: {2}. Beeld &gt; Emotiecurves samen… kiest andere klantreizen.</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Open journey map</source>
        <translation>Klantreiskaart openen</translation>
    </message>
    <message>
        <source>Cannot open journey map</source>
        <translation>Kan de klantreiskaart niet openen</translation>
    </message>
    <message>
        <source>Cannot reload journey map</source>
        <translation>Kan de klantreiskaart niet opnieuw laden</translation>
    </message>
    <message>
        <source>{0} (copy)</source>
        <translation>{0} (kopie)</translation>
    </message>
    <message>
        <source>journey</source>
        <translation>klantreis</translation>
    </message>
    <message>
        <source>Save journey map</source>
        <translation>Klantreiskaart opslaan</translation>
    </message>
    <message>
        <source>Cannot save journey map</source>
        <translation>Kan de klantreiskaart niet opslaan</translation>
    </message>
    <message>
        <source>{0} is being edited in another window; save under another name.</source>
        <translation>{0} wordt in een ander venster bewerkt; sla op onder een andere naam.</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>{0} opgeslagen</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <source>Save the changes to this journey map before closing it?</source>
        <translation>De wijzigingen in deze klantreiskaart opslaan voordat je hem sluit?</translation>
    </message>
    <message>
        <source>Journey maps (*.journey);;All files (*)</source>
        <translation>Klantreiskaarten (*.journey);;Alle bestanden (*)</translation>
    </message>
</context>
<context>
    <name>FileErrors</name>
    <message>
        <source>the disk is full</source>
        <translation>de schijf is vol</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>het schijfquotum is op</translation>
    </message>
    <message>
        <source>the folder {folder} is on a read-only disk</source>
        <translation>de map {folder} staat op een alleen-lezen schijf</translation>
    </message>
    <message>
        <source>no permission to write in {folder}</source>
        <translation>geen toestemming om te schrijven in {folder}</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist</source>
        <translation>de map {folder} bestaat niet</translation>
    </message>
    <message>
        <source>that is a folder, not a file</source>
        <translation>dat is een map, geen bestand</translation>
    </message>
    <message>
        <source>{0}; nothing was written</source>
        <translation>{0}; er is niets geschreven</translation>
    </message>
    <message>
        <source>the file is write-protected</source>
        <translation>het bestand is tegen schrijven beveiligd</translation>
    </message>
    <message>
        <source>the file belongs to {0}, and saving over it would make you its owner</source>
        <translation>het bestand is van {0}, en als je het overschrijft, word jij de eigenaar</translation>
    </message>
    <message>
        <source>another user</source>
        <translation>een andere gebruiker</translation>
    </message>
    <message>
        <source>another revision is already named &apos;{0}&apos;</source>
        <translation>een andere revisie heet al &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>refers to a picture &apos;{0}…&apos; that is not in the file&apos;s images</source>
        <translation>verwijst naar een afbeelding &apos;{0}…&apos; die niet bij de afbeeldingen van het bestand staat</translation>
    </message>
    <message>
        <source>refers to a {0} &apos;{1}&apos; that does not exist</source>
        <translation>verwijst naar {0} &apos;{1}&apos; die niet bestaat</translation>
    </message>
    <message>
        <source>the id &apos;{0}&apos; is used twice</source>
        <translation>de id &apos;{0}&apos; wordt twee keer gebruikt</translation>
    </message>
    <message>
        <source>this is not a journey map (its format is &apos;{0}&apos;)</source>
        <translation>dit is geen klantreiskaart (het formaat is &apos;{0}&apos;)</translation>
    </message>
    <message>
        <source> (allowed: {0})</source>
        <translation> (toegestaan: {0})</translation>
    </message>
    <message>
        <source> or </source>
        <translation> of </translation>
    </message>
    <message>
        <source>a baseline needs both a name and a copy of the map (snapshot)</source>
        <translation>een basislijn heeft zowel een naam als een kopie van de kaart (snapshot) nodig</translation>
    </message>
    <message>
        <source>a photo needs its type (image/png or image/jpeg)</source>
        <translation type="vanished">een foto heeft een type nodig (image/png of image/jpeg)</translation>
    </message>
    <message>
        <source>another revision keeps the same copy of the map</source>
        <translation>een andere revisie bewaart dezelfde kopie van de kaart</translation>
    </message>
    <message>
        <source>cannot be read: {0}</source>
        <translation>kan niet worden gelezen: {0}</translation>
    </message>
    <message>
        <source>cards</source>
        <translation>kaartjes</translation>
    </message>
    <message>
        <source>connections</source>
        <translation>verbindingen</translation>
    </message>
    <message>
        <source>connects a card to itself</source>
        <translation>verbindt een kaartje met zichzelf</translation>
    </message>
    <message>
        <source>entries (stages, lanes, checklist answers, evidence, metrics, comments and votes)</source>
        <translation>items (fasen, banen, antwoorden in de checklist, onderbouwing, meetwaarden, opmerkingen en stemmen)</translation>
    </message>
    <message>
        <source>expected {0}, found {1}</source>
        <translation>{0} verwacht, {1} gevonden</translation>
    </message>
    <message>
        <source>format version {0} is too old to read</source>
        <translation>formaatversie {0} is te oud om te lezen</translation>
    </message>
    <message>
        <source>has a key in the wrong form</source>
        <translation>heeft een sleutel in de verkeerde vorm</translation>
    </message>
    <message>
        <source>line {0}, column {1}</source>
        <translation>regel {0}, kolom {1}</translation>
    </message>
    <message>
        <source>made with a newer Journey Editor (format version {0}; this one reads up to {1}): please update Journey Editor</source>
        <translation>gemaakt met een nieuwere Journey Editor (formaatversie {0}; deze leest tot en met {1}): werk Journey Editor bij</translation>
    </message>
    <message>
        <source>no named revision keeps this copy of the map</source>
        <translation>geen revisie met een naam bewaart deze kopie van de kaart</translation>
    </message>
    <message>
        <source>no permission to read the file</source>
        <translation>geen toestemming om het bestand te lezen</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>bestand bestaat niet</translation>
    </message>
    <message>
        <source>not saved: the file would not open again ({0}{1})</source>
        <translation>niet opgeslagen: het bestand zou niet meer opengaan ({0}{1})</translation>
    </message>
    <message>
        <source>not saved: the map would take {0:.1f} MB, and a map file may hold at most {1:.1f} MB</source>
        <translation>niet opgeslagen: de kaart zou {0:.1f} MB beslaan, en een kaartbestand mag maximaal {1:.1f} MB zijn</translation>
    </message>
    <message>
        <source>that is not a regular file</source>
        <translation>dat is geen gewoon bestand</translation>
    </message>
    <message>
        <source>the data is nested too deeply</source>
        <translation>de gegevens zijn te diep genest</translation>
    </message>
    <message>
        <source>the file ends too early (it may be cut off)</source>
        <translation>het bestand houdt te vroeg op (het is misschien afgekapt)</translation>
    </message>
    <message>
        <source>the file holds {0:,} {1}; a file may hold at most {2:,}</source>
        <translation>het bestand bevat {0:,} {1}; een bestand mag er maximaal {2:,} bevatten</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>het bestand is leeg</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>het bestand is geen UTF-8-tekst</translation>
    </message>
    <message>
        <source>the file is too large ({0} MB; the limit is {1} MB)</source>
        <translation>het bestand is te groot ({0} MB; de grens is {1} MB)</translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation>het bestand is te groot</translation>
    </message>
    <message>
        <source>the format version is missing</source>
        <translation>de formaatversie ontbreekt</translation>
    </message>
    <message>
        <source>the format version must be a whole number, found {0}</source>
        <translation>de formaatversie moet een geheel getal zijn, gevonden: {0}</translation>
    </message>
    <message>
        <source>the map could not be written: {0}</source>
        <translation>de kaart kon niet worden geschreven: {0}</translation>
    </message>
    <message>
        <source>the photo is not a valid {0} image</source>
        <translation type="vanished">de foto is geen geldige {0}-afbeelding</translation>
    </message>
    <message>
        <source>the picture {0} does not match its key: its data was changed or damaged</source>
        <translation>de afbeelding {0} past niet bij haar sleutel: de gegevens zijn gewijzigd of beschadigd</translation>
    </message>
    <message>
        <source>the picture {0} has no readable size in its header</source>
        <translation>de afbeelding {0} heeft geen leesbare grootte in haar kop</translation>
    </message>
    <message>
        <source>the picture {0} is cut short (its end is missing)</source>
        <translation>de afbeelding {0} is afgebroken (het einde ontbreekt)</translation>
    </message>
    <message>
        <source>the picture {0} is not a {1} image</source>
        <translation>de afbeelding {0} is geen {1}-afbeelding</translation>
    </message>
    <message>
        <source>the picture {0} is {1} x {2} pixels, but its entry says {3} x {4}</source>
        <translation>de afbeelding {0} is {1} x {2} pixels, maar haar gegevens zeggen {3} x {4}</translation>
    </message>
    <message>
        <source>this is a binary file, not a journey map</source>
        <translation>dit is een binair bestand, geen klantreiskaart</translation>
    </message>
    <message>
        <source>this is not a journey map (no Journey Editor data in it)</source>
        <translation>dit is geen klantreiskaart (er staan geen Journey Editor-gegevens in)</translation>
    </message>
    <message>
        <source>this is not a journey map (the format marker is missing)</source>
        <translation>dit is geen klantreiskaart (de formaatmarkering ontbreekt)</translation>
    </message>
    <message>
        <source>this is not valid JSON here</source>
        <translation>dit is hier geen geldige JSON</translation>
    </message>
    <message>
        <source>this is text in {0}; save it as UTF-8</source>
        <translation>dit is tekst in {0}; sla het op als UTF-8</translation>
    </message>
    <message>
        <source>this is {0}, not a journey map</source>
        <translation>dit is {0}, geen klantreiskaart</translation>
    </message>
    <message>
        <source>this older file is damaged and cannot be upgraded</source>
        <translation>dit oudere bestand is beschadigd en kan niet worden bijgewerkt</translation>
    </message>
    <message>
        <source>unexpected text after the end of the data</source>
        <translation>onverwachte tekst na het einde van de gegevens</translation>
    </message>
    <message>
        <source>{0} is not allowed here</source>
        <translation>{0} is hier niet toegestaan</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>een geheel getal</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>een getal</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>waar of onwaar</translation>
    </message>
    <message>
        <source>nothing (null)</source>
        <translation>niets (null)</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>een lijst</translation>
    </message>
    <message>
        <source>a group of fields</source>
        <translation>een groep velden</translation>
    </message>
    <message>
        <source>base64 data</source>
        <translation>base64-gegevens</translation>
    </message>
    <message>
        <source>has an unknown field &apos;{0}&apos; (a newer Journey Editor may have written it: update to open this file)</source>
        <translation>heeft een onbekend veld &apos;{0}&apos; (een nieuwere Journey Editor kan het hebben geschreven: werk bij om dit bestand te openen)</translation>
    </message>
    <message>
        <source>a ZIP archive (or an Office document)</source>
        <translation>een ZIP-archief (of een Office-document)</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>een PNG-afbeelding</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>een JPEG-afbeelding</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>een GIF-afbeelding</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>een pdf-document</translation>
    </message>
    <message>
        <source>a compressed (gzip) file</source>
        <translation>een gecomprimeerd bestand (gzip)</translation>
    </message>
    <message>
        <source>a program</source>
        <translation>een programma</translation>
    </message>
    <message>
        <source>is too long (at most {1} items or characters)</source>
        <translation>is te lang (maximaal {1} items of tekens)</translation>
    </message>
    <message>
        <source>is too short (at least {1} items or characters)</source>
        <translation>is te kort (minstens {1} items of tekens)</translation>
    </message>
    <message>
        <source>has a value in the wrong form</source>
        <translation>heeft een waarde in de verkeerde vorm</translation>
    </message>
    <message>
        <source>must be at most {1}</source>
        <translation>mag hoogstens {1} zijn</translation>
    </message>
    <message>
        <source>must be at least {1}</source>
        <translation>moet minstens {1} zijn</translation>
    </message>
    <message>
        <source>is a number too large to use</source>
        <translation>is een te groot getal om te gebruiken</translation>
    </message>
    <message>
        <source>the required field &apos;{0}&apos; is missing</source>
        <translation>het verplichte veld &apos;{0}&apos; ontbreekt</translation>
    </message>
    <message>
        <source>has an unknown field &apos;{0}&apos;</source>
        <translation type="vanished">heeft een onbekend veld &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>is not a valid {0} (write it as 2026-10-01)</source>
        <translation>is geen geldige {0} (schrijf het als 2026-10-01)</translation>
    </message>
    <message>
        <source>is not valid base64 data</source>
        <translation>is geen geldige base64-gegevens</translation>
    </message>
    <message>
        <source>persona</source>
        <translation>persona</translation>
    </message>
    <message>
        <source>journey</source>
        <translation>klantreis</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>fase</translation>
    </message>
    <message>
        <source>lane</source>
        <translation>baan</translation>
    </message>
    <message>
        <source>card</source>
        <translation>kaartje</translation>
    </message>
    <message>
        <source>copy of the map</source>
        <translation>kopie van de kaart</translation>
    </message>
    <message>
        <source>the photo of persona &apos;{0}&apos; is damaged or too large for this version and was left out</source>
        <translation>de foto van persona &apos;{0}&apos; is beschadigd of te groot voor deze versie en is weggelaten</translation>
    </message>
</context>
<context>
    <name>FileFormat</name>
    <message>
        <source>Marks the file as a Journey Editor map.</source>
        <translation>Markeert het bestand als een kaart van Journey Editor.</translation>
    </message>
    <message>
        <source>The format version the file is written in.</source>
        <translation>De formaatversie waarin het bestand is geschreven.</translation>
    </message>
    <message>
        <source>The map&apos;s title.</source>
        <translation>De titel van de kaart.</translation>
    </message>
    <message>
        <source>The people the journeys are about: name, segment, goals, needs, frustrations, quote and photo.</source>
        <translation>De mensen over wie de klantreizen gaan: naam, segment, doelen, behoeften, frustraties, citaat en foto.</translation>
    </message>
    <message>
        <source>The journey maps: stages, lanes, cards, connections, the review checklist and dot voting.</source>
        <translation>De klantreiskaarten: fasen, banen, kaartjes, verbindingen, de checklist van de beoordeling en het stippenstemmen.</translation>
    </message>
    <message>
        <source>The revision log: when, by whom and what changed, one entry per save with a summary.</source>
        <translation>Het revisielogboek: wanneer, door wie en wat er veranderde, één regel per opslag met een samenvatting.</translation>
    </message>
    <message>
        <source>What a merge of two versions of the map could not decide, until someone picks a side; left out when there is none.</source>
        <translation>Wat een samenvoeging van twee versies van de kaart niet kon beslissen, totdat iemand een kant kiest; weggelaten als er niets is.</translation>
    </message>
    <message>
        <source>The named revisions&apos; (baselines&apos;) copies of the journeys, to compare the map with later; left out when there is none.</source>
        <translation>De kopieën van de reizen bij revisies met een naam (basislijnen), om de kaart later mee te vergelijken; weggelaten als er geen zijn.</translation>
    </message>
    <message>
        <source>The pictures on cards and the personas&apos; photos, once each, by the SHA-256 of their bytes (a card&apos;s or persona&apos;s picture key): PNG or JPEG as base64, with their size in pixels; only those a card or persona shows; left out when there is none.</source>
        <translation>De afbeeldingen op kaarten en de foto&apos;s van persona&apos;s, elk één keer, op de SHA-256 van hun bytes (de afbeeldingssleutel van een kaart of persona): PNG of JPEG als base64, met hun grootte in pixels; alleen die een kaart of persona toont; weggelaten als er geen zijn.</translation>
    </message>
    <message>
        <source>The pictures on cards, once each, by the SHA-256 of their bytes (a card&apos;s picture key): PNG or JPEG as base64, with their size in pixels; only those a card shows; left out when there is none.</source>
        <translation type="vanished">De afbeeldingen op kaarten, elk één keer, op de SHA-256 van hun bytes (de afbeeldingssleutel van een kaart): PNG of JPEG als base64, met hun grootte in pixels; alleen die een kaart toont; weggelaten als er geen zijn.</translation>
    </message>
    <message>
        <source>A file holds at most {0} MB, {1} journeys, {2} cards and as many connections in all its journeys together ({3} of each in one journey), and {4} entries: stages, lanes, checklist answers, and the cards&apos; evidence, metrics, comments and votes.</source>
        <translation>Een bestand bevat ten hoogste {0} MB, {1} klantreizen, {2} kaartjes en evenveel verbindingen in al zijn klantreizen samen ({3} van elk in één klantreis), en {4} items: fasen, banen, antwoorden op de checklist en de onderbouwing, metingen, opmerkingen en stemmen van de kaartjes.</translation>
    </message>
    <message>
        <source>A name holds at most {0} characters, a longer text {1}, a list {2} entries, and a persona&apos;s photo {3} KB.</source>
        <translation type="vanished">Een naam bevat ten hoogste {0} tekens, een langere tekst {1}, een lijst {2} items en de foto van een persona {3} kB.</translation>
    </message>
    <message>
        <source>A name holds at most {0} characters, a longer text {1}, a list {2} entries, and a picture (on a card, or a persona&apos;s photo) {3} KB.</source>
        <translation>Een naam bevat ten hoogste {0} tekens, een langere tekst {1}, een lijst {2} items en een afbeelding (op een kaart, of de foto van een persona) {3} kB.</translation>
    </message>
    <message>
        <source>Each object and its keys, the required ones in bold; the schema gives each key&apos;s type, range and default.</source>
        <translation>Elk object en zijn sleutels, de verplichte vetgedrukt; het schema geeft van elke sleutel het type, het bereik en de standaardwaarde.</translation>
    </message>
    <message>
        <source>A .journey file is one workspace of journey maps as JSON text in UTF-8, indented so that version control shows small differences. This page is made from the JSON Schema that describes the format, installed with the editor:</source>
        <translation>Een .journey-bestand is één werkruimte met klantreiskaarten als JSON-tekst in UTF-8, ingesprongen zodat versiebeheer kleine verschillen toont. Deze pagina is gemaakt uit het JSON-schema dat het formaat beschrijft en met de editor wordt geïnstalleerd:</translation>
    </message>
    <message>
        <source>An id is text of {0} to {1} characters that never changes when a name does, so that references hold and a version control diff stays small. Personas and journeys are unique in the file, the others in their journey.</source>
        <translation>Een id is tekst van {0} tot {1} tekens die nooit verandert als een naam verandert, zodat verwijzingen blijven kloppen en een diff in versiebeheer klein blijft. Persona&apos;s en klantreizen zijn uniek in het bestand, de andere in hun klantreis.</translation>
    </message>
    <message>
        <source>Ids and references</source>
        <translation>Id&apos;s en verwijzingen</translation>
    </message>
    <message>
        <source>Its identifier: {0}</source>
        <translation>De identificatie ervan: {0}</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Sleutel</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Grenzen</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objecten</translation>
    </message>
    <message>
        <source>The editor refuses a file whose references lead nowhere:</source>
        <translation>De editor weigert een bestand waarvan de verwijzingen nergens naartoe leiden:</translation>
    </message>
    <message>
        <source>These objects carry an id: {0}.</source>
        <translation>Deze objecten hebben een id: {0}.</translation>
    </message>
    <message>
        <source>This editor writes format version {0} and reads versions {1} to {0}. An older file is upgraded step by step as it opens; the file itself changes only when you save, and the save keeps the previous file beside it as a .bak. A file from a newer Journey Editor is not opened: the message names its version, and the file stays as it is.</source>
        <translation>Deze editor schrijft formaatversie {0} en leest versie {1} tot en met {0}. Een ouder bestand wordt bij het openen stap voor stap bijgewerkt; het bestand zelf verandert pas als je opslaat, en bij het opslaan blijft het vorige bestand ernaast bewaard als .bak. Een bestand van een nieuwere Journey Editor wordt niet geopend: de melding noemt de versie ervan, en het bestand blijft zoals het is.</translation>
    </message>
    <message>
        <source>Top-level keys</source>
        <translation>Sleutels op het hoogste niveau</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Versions and upgrades</source>
        <translation>Versies en upgrades</translation>
    </message>
    <message>
        <source>What it holds</source>
        <translation>Wat erin staat</translation>
    </message>
    <message>
        <source>list of {0}</source>
        <translation>lijst van {0}</translation>
    </message>
    <message>
        <source>number</source>
        <translation>getal</translation>
    </message>
    <message>
        <source>object</source>
        <translation>object</translation>
    </message>
    <message>
        <source>required</source>
        <translation>verplicht</translation>
    </message>
    <message>
        <source>text of at most {0} characters</source>
        <translation>tekst van ten hoogste {0} tekens</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>waar of onwaar</translation>
    </message>
    <message>
        <source>whole number</source>
        <translation>geheel getal</translation>
    </message>
    <message>
        <source>{0}, at most {1}</source>
        <translation>{0}, ten hoogste {1}</translation>
    </message>
</context>
<context>
    <name>FileFormatDialog</name>
    <message>
        <source>The .journey File Format</source>
        <translation>Het bestandsformaat .journey</translation>
    </message>
</context>
<context>
    <name>FileSafety</name>
    <message>
        <source>An edit failed</source>
        <translation>Een bewerking is mislukt</translation>
    </message>
    <message>
        <source>Cannot save journey map</source>
        <translation>Kan de klantreiskaart niet opslaan</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Opslaan als…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>Bestand op schijf gewijzigd</translation>
    </message>
    <message>
        <source>{0} changed on disk since you opened or last saved it (another computer or a sync client may have written it). Overwriting it loses those changes.</source>
        <translation>{0} is op schijf gewijzigd sinds je het hebt geopend of voor het laatst hebt opgeslagen (een andere computer of een synchronisatiedienst heeft het misschien geschreven). Als je het overschrijft, gaan die wijzigingen verloren.</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Overschrijven</translation>
    </message>
    <message>
        <source>{0} changed on disk; saving will ask before overwriting it</source>
        <translation>{0} is op schijf gewijzigd; bij opslaan wordt eerst gevraagd of het overschreven mag worden</translation>
    </message>
    <message>
        <source>{0} changed on disk. Reload it? You have no unsaved changes.</source>
        <translation>{0} is op schijf gewijzigd. Opnieuw laden? Je hebt geen niet-opgeslagen wijzigingen.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Opnieuw laden</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behouden</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Summary of this revision (optional):</source>
        <translation>Samenvatting van deze versie (optioneel):</translation>
    </message>
    <message>
        <source>Compare with Saved Version</source>
        <translation>Vergelijken met opgeslagen versie</translation>
    </message>
    <message>
        <source>This journey map has not been saved yet.</source>
        <translation>Deze klantreiskaart is nog niet opgeslagen.</translation>
    </message>
    <message>
        <source>Cannot read the saved version</source>
        <translation>Kan de opgeslagen versie niet lezen</translation>
    </message>
    <message>
        <source>No changes since the last save</source>
        <translation>Geen wijzigingen sinds de laatste keer opslaan</translation>
    </message>
</context>
<context>
    <name>GettingStartedDialog</name>
    <message>
        <source>Getting Started</source>
        <translation>Aan de slag</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>Enter each item&apos;s average score in the value column (and the date of the survey), save the sheet as CSV and bring it into the map with File &gt; Import Survey Results. Keep the column names and the touchpoint ids as they are: they tell the import which card each result belongs to.</source>
        <translation>Vul bij elke vraag het gemiddelde in de kolom value in (en de datum van de enquête in date), sla het blad op als CSV en haal het in de kaart met Bestand &gt; Enquêteresultaten importeren. Laat de kolomnamen en de id&apos;s van de klantcontactpunten zoals ze zijn: daaraan ziet de import bij welke kaart elk resultaat hoort.</translation>
    </message>
    <message>
        <source>no touchpoints to survey: put the journey&apos;s touchpoints in a channel lane first</source>
        <translation>geen klantcontactpunten om naar te vragen: zet de klantcontactpunten van de reis eerst in een kanaalbaan</translation>
    </message>
    <message>
        <source>save the guide as .pdf, .md or .docx, not &apos;{0}&apos;</source>
        <translation>sla de gids op als .pdf, .md of .docx, niet &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>1 = {0}, {1} = {2}</source>
        <translation>1 = {0}, {1} = {2}</translation>
    </message>
    <message>
        <source>After the purchase, at “{0}”, what did you need from us?</source>
        <translation>Wat had je na de aankoop, in ‘{0}’, van ons nodig?</translation>
    </message>
    <message>
        <source>Ask about this stage</source>
        <translation>Vraag naar deze fase</translation>
    </message>
    <message>
        <source>Ask the customer to tell the experience step by step, in their own words, and take their point of view. The questions are prompts, not a script: follow what they say.</source>
        <translation>Vraag de klant de ervaring stap voor stap in eigen woorden te vertellen, en kijk vanuit zijn standpunt. De vragen zijn een steun, geen script: volg wat de klant vertelt.</translation>
    </message>
    <message>
        <source>At “{0}”, what did you need to get done?</source>
        <translation type="vanished">Wat moest je gedaan krijgen bij ‘{0}’?</translation>
    </message>
    <message>
        <source>At “{0}”, what did you want to achieve?</source>
        <translation type="vanished">Wat wilde je bereiken bij ‘{0}’?</translation>
    </message>
    <message>
        <source>At “{0}”, what did you want to get done?</source>
        <translation type="vanished">Wat wilde je voor elkaar krijgen bij ‘{0}’?</translation>
    </message>
    <message>
        <source>At “{0}”, what had you settled on already, and what was still open?</source>
        <translation type="vanished">Bij ‘{0}’: waarover had je al besloten, en wat lag nog open?</translation>
    </message>
    <message>
        <source>By the time you got to “{0}”, what did you already know, and what did you still need to find out?</source>
        <translation>Wat wist je al toen je in ‘{0}’ kwam, en wat moest je nog uitzoeken?</translation>
    </message>
    <message>
        <source>Closing the interview</source>
        <translation>Afsluiting van het interview</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <source>Customer survey</source>
        <translation>Klantenquête</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Did anyone or anything outside our company play a part (friends, reviews, social media)?</source>
        <translation>Speelde iemand of iets buiten ons bedrijf een rol (vrienden, reviews, sociale media)?</translation>
    </message>
    <message>
        <source>Did it meet your expectations? What was missing, or too much?</source>
        <translation>Voldeed het aan je verwachtingen? Wat ontbrak er, of wat was te veel?</translation>
    </message>
    <message>
        <source>Here you would meet us through {0}. Which of them would you use, and what would you miss?</source>
        <translation type="vanished">Hier zou je ons tegenkomen via {0}. Welke daarvan zou je gebruiken, en wat zou je missen?</translation>
    </message>
    <message>
        <source>How did we stay in touch after you bought, and was it welcome?</source>
        <translation>Hoe hielden we na de aankoop contact met je, en stelde je dat op prijs?</translation>
    </message>
    <message>
        <source>How did you feel there? Point to the scale.</source>
        <translation>Hoe voelde je je daarbij? Wijs het aan op de schaal.</translation>
    </message>
    <message>
        <source>How easy was it to get what you needed at “{0}”?</source>
        <translation type="vanished">Hoe makkelijk was het om te krijgen wat je nodig had bij ‘{0}’?</translation>
    </message>
    <message>
        <source>How satisfied were you with “{0}”?</source>
        <translation>Hoe tevreden was je over ‘{0}’?</translation>
    </message>
    <message>
        <source>Interview guide</source>
        <translation>Interviewgids</translation>
    </message>
    <message>
        <source>Interviewee</source>
        <translation>Geïnterviewde</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Interviewer</translation>
    </message>
    <message>
        <source>Kept the existing results sheet {0}</source>
        <translation>Het bestaande resultatenblad {0} is bewaard</translation>
    </message>
    <message>
        <source>Looking at the whole journey: which step did we miss, or put in the wrong order?</source>
        <translation>Als je naar de hele reis kijkt: welke stap hebben we gemist of in de verkeerde volgorde gezet?</translation>
    </message>
    <message>
        <source>May we contact you again when we change this journey?</source>
        <translation>Mogen we weer contact met je opnemen als we deze reis veranderen?</translation>
    </message>
    <message>
        <source>No touchpoint is marked as key yet, so the survey asks about every one. Mark the key touchpoints on the map to keep it short.</source>
        <translation>Nog geen klantcontactpunt is als belangrijk gemarkeerd, dus de enquête vraagt naar allemaal. Markeer de belangrijke klantcontactpunten op de kaart om haar kort te houden.</translation>
    </message>
    <message>
        <source>No touchpoints in this stage yet: ask where the customer met us.</source>
        <translation>Nog geen klantcontactpunten in deze fase: vraag waar de klant ons tegenkwam.</translation>
    </message>
    <message>
        <source>Notes on this stage</source>
        <translation>Aantekeningen bij deze fase</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Aantekeningen</translation>
    </message>
    <message>
        <source>Open questions from the map</source>
        <translation>Open vragen uit de kaart</translation>
    </message>
    <message>
        <source>Results sheet (for the facilitator)</source>
        <translation>Resultatenblad (voor de facilitator)</translation>
    </message>
    <message>
        <source>Stage {0}</source>
        <translation>Fase {0}</translation>
    </message>
    <message>
        <source>The map assumes they expect</source>
        <translation>Volgens de kaart verwacht de klant</translation>
    </message>
    <message>
        <source>The map assumes they feel</source>
        <translation>Volgens de kaart voelt de klant zich</translation>
    </message>
    <message>
        <source>Think of your last experience with us. For each moment below, tick one box per question.</source>
        <translation>Denk terug aan je laatste contact met ons. Kruis bij elk moment hieronder één vakje per vraag aan.</translation>
    </message>
    <message>
        <source>This journey has no stages yet.</source>
        <translation>Deze reis heeft nog geen fasen.</translation>
    </message>
    <message>
        <source>This journey has no touchpoints yet.</source>
        <translation type="vanished">Deze reis heeft nog geen klantcontactpunten.</translation>
    </message>
    <message>
        <source>How do you think you would feel there? Point to the scale.</source>
        <translation>Hoe denk je dat je je daarbij zou voelen? Wijs het aan op de schaal.</translation>
    </message>
    <message>
        <source>How easy was it to get done what you wanted through “{0}”?</source>
        <translation type="vanished">Hoe makkelijk kon je via ‘{0}’ regelen wat je wilde?</translation>
    </message>
    <message>
        <source>How easy was it to do what you wanted through “{0}”?</source>
        <translation>Hoe makkelijk kon je via ‘{0}’ regelen wat je wilde?</translation>
    </message>
    <message>
        <source>If you had a question or a problem, where would you turn, and how?</source>
        <translation>Als je een vraag of een probleem had, waar zou je je dan melden, en hoe?</translation>
    </message>
    <message>
        <source>Imagine you are at “{0}”. What would you want to get done here?</source>
        <translation type="vanished">Stel je voor dat je bij ‘{0}’ bent. Wat zou je hier voor elkaar willen krijgen?</translation>
    </message>
    <message>
        <source>Later on, at “{0}”, what mattered most to you?</source>
        <translation>Later, in ‘{0}’: wat vond je toen het belangrijkst?</translation>
    </message>
    <message>
        <source>Next comes “{0}”. What would you expect to happen here?</source>
        <translation type="vanished">Dan komt ‘{0}’. Wat zou je hier verwachten?</translation>
    </message>
    <message>
        <source>On the map (not to read out)</source>
        <translation>Op de kaart (niet voorlezen)</translation>
    </message>
    <message>
        <source>There are {0} key touchpoints, too many for one guide: it asks about {1} of them, the first of each stage.</source>
        <translation>Er zijn {0} belangrijke klantcontactpunten, te veel voor één gids: die vraagt naar {1} ervan, de eerste van elke fase.</translation>
    </message>
    <message>
        <source>There are {0} touchpoints, too many for one guide: it asks about {1} of them, the first of each stage. Mark the key touchpoints on the map to choose them.</source>
        <translation>Er zijn {0} klantcontactpunten, te veel voor één gids: die vraagt naar {1} ervan, de eerste van elke fase. Markeer de belangrijke klantcontactpunten op de kaart om zelf te kiezen.</translation>
    </message>
    <message>
        <source>This journey is a future state: the guide tests the idea with the customer (“what would you…”) instead of asking what happened.</source>
        <translation>Deze reis is een gewenste situatie: de gids toetst het idee bij de klant (‘wat zou je …’) in plaats van te vragen wat er gebeurde.</translation>
    </message>
    <message>
        <source>This map has {0} touchpoints, too many for one interview: the guide asks about its {1} key touchpoints only.</source>
        <translation>De kaart heeft {0} klantcontactpunten, te veel voor één interview: de gids vraagt alleen naar de {1} belangrijke klantcontactpunten.</translation>
    </message>
    <message>
        <source>This map shows a journey that does not exist yet. Describe or show each stage, then ask how the customer would act and feel there: the questions test the idea, they do not ask for memories.</source>
        <translation>De kaart laat een reis zien die nog niet bestaat. Beschrijf of toon elke fase en vraag dan hoe de klant daar zou handelen en zich zou voelen: de vragen toetsen het idee, ze vragen niet naar herinneringen.</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Klantcontactpunten</translation>
    </message>
    <message>
        <source>Was there a moment here when you needed help from us? What happened?</source>
        <translation>Was er hier een moment waarop je hulp van ons nodig had? Wat gebeurde er?</translation>
    </message>
    <message>
        <source>What did you expect from “{0}”?</source>
        <translation>Wat verwachtte je van ‘{0}’?</translation>
    </message>
    <message>
        <source>What did you notice of us here, and what was missing?</source>
        <translation>Wat merkte je hier van ons, en wat ontbrak er?</translation>
    </message>
    <message>
        <source>What did you read or hear about us here, and from whom?</source>
        <translation>Wat las of hoorde je hier over ons, en van wie?</translation>
    </message>
    <message>
        <source>What did you see or hear of us at this point, and what stayed with you?</source>
        <translation>Wat zag of hoorde je hier van ons, en wat is je bijgebleven?</translation>
    </message>
    <message>
        <source>What made you decide to buy, and what nearly stopped you?</source>
        <translation>Waardoor besloot je te kopen, en wat hield je bijna tegen?</translation>
    </message>
    <message>
        <source>What made you decide to go on to the next step?</source>
        <translation>Waardoor besloot je door te gaan naar de volgende stap?</translation>
    </message>
    <message>
        <source>What made you decide to look closer, or to look elsewhere?</source>
        <translation>Waardoor ging je beter kijken, of juist ergens anders zoeken?</translation>
    </message>
    <message>
        <source>What made you move on from here to “{0}”, and what nearly held you back?</source>
        <translation type="vanished">Waardoor ging je van hier verder naar ‘{0}’, en wat hield je bijna tegen?</translation>
    </message>
    <message>
        <source>What surprised or pleased you, and what annoyed you or got in your way?</source>
        <translation>Wat verraste of beviel je, en wat ergerde je of zat je in de weg?</translation>
    </message>
    <message>
        <source>What will decide whether you buy from us again or recommend us?</source>
        <translation>Wat bepaalt of je opnieuw bij ons koopt of ons aanbeveelt?</translation>
    </message>
    <message>
        <source>What would have to be there for it to work for you, and what would be too much?</source>
        <translation>Wat zou er nodig zijn om het voor jou te laten werken, en wat zou overbodig zijn?</translation>
    </message>
    <message>
        <source>What would make this step better than today, and what would worry you?</source>
        <translation type="vanished">Wat zou deze stap beter maken dan nu, en waar zou je je zorgen over maken?</translation>
    </message>
    <message>
        <source>What would make you move on to “{0}”, and what could hold you back?</source>
        <translation type="vanished">Waardoor zou je doorgaan naar ‘{0}’, en wat zou je kunnen tegenhouden?</translation>
    </message>
    <message>
        <source>What would please you, and what would put you off?</source>
        <translation>Wat zou je blij maken, en wat zou je afschrikken?</translation>
    </message>
    <message>
        <source>What would you expect from “{0}”?</source>
        <translation>Wat zou je verwachten van ‘{0}’?</translation>
    </message>
    <message>
        <source>What would you want from us at this point, and what would you rather do yourself?</source>
        <translation>Wat zou je hier van ons willen, en wat zou je liever zelf doen?</translation>
    </message>
    <message>
        <source>When did you last hear from us, and did it help or get in the way?</source>
        <translation>Wanneer hoorde je voor het laatst van ons, en had je daar iets aan of was het eerder lastig?</translation>
    </message>
    <message>
        <source>When you got to “{0}”, what did you want to achieve next?</source>
        <translation>Wat wilde je daarna bereiken, toen je in ‘{0}’ kwam?</translation>
    </message>
    <message>
        <source>When you had a question or a problem, where did you turn, and how?</source>
        <translation>Als je een vraag of een probleem had, waar kon je dan terecht, en hoe?</translation>
    </message>
    <message>
        <source>When you reached “{0}”, what problem did you want to solve?</source>
        <translation type="vanished">Toen je bij ‘{0}’ kwam, welk probleem wilde je oplossen?</translation>
    </message>
    <message>
        <source>After the purchase, at the “{0}” stage, what did you need from us?</source>
        <translation>Wat had je na de aankoop, in de fase ‘{0}’, van ons nodig?</translation>
    </message>
    <message>
        <source>At the “{0}” stage, what had you already settled on, and what was still open?</source>
        <translation>In de fase ‘{0}’: wat had je al besloten, en wat lag nog open?</translation>
    </message>
    <message>
        <source>At the “{0}” stage, what problem were you trying to solve?</source>
        <translation>Welk probleem probeerde je op te lossen in de fase ‘{0}’?</translation>
    </message>
    <message>
        <source>At this stage you could reach us through {0}. Which did you use, and why that one?</source>
        <translation type="vanished">In deze fase kon je ons bereiken via {0}. Welke weg koos je, en waarom juist die?</translation>
    </message>
    <message>
        <source>At this stage you could reach us through {0}. Which would you choose, and why?</source>
        <translation type="vanished">In deze fase zou je ons kunnen bereiken via {0}. Welke weg zou je kiezen, en waarom?</translation>
    </message>
    <message>
        <source>At this stage you could find us through {0}. Which did you use, and why that one?</source>
        <translation>In deze fase kon je ons vinden via {0}. Welke weg koos je, en waarom juist die?</translation>
    </message>
    <message>
        <source>At this stage you could find us through {0}. Which would you choose, and why?</source>
        <translation>In deze fase zou je ons kunnen vinden via {0}. Welke weg zou je kiezen, en waarom?</translation>
    </message>
    <message>
        <source>At “{0}”, what had you already settled on, and what was still open?</source>
        <translation>In ‘{0}’: wat had je al besloten, en wat lag nog open?</translation>
    </message>
    <message>
        <source>At “{0}”, what problem were you trying to solve?</source>
        <translation>Welk probleem probeerde je op te lossen in ‘{0}’?</translation>
    </message>
    <message>
        <source>By the time you got to the “{0}” stage, what did you already know, and what did you still need to find out?</source>
        <translation>Wat wist je al toen je in de fase ‘{0}’ kwam, en wat moest je nog uitzoeken?</translation>
    </message>
    <message>
        <source>During the “{0}” stage, what did you want to get done?</source>
        <translation>Wat wilde je geregeld krijgen in de fase ‘{0}’?</translation>
    </message>
    <message>
        <source>During “{0}”, what did you want to get done?</source>
        <translation>Wat wilde je geregeld krijgen in ‘{0}’?</translation>
    </message>
    <message>
        <source>Here you might have come across us through {0}. Which of them did you notice or use, and what else did you turn to?</source>
        <translation>Hier ben je ons misschien tegengekomen via {0}. Welke daarvan zag of gebruikte je, en waar ging je nog meer naartoe?</translation>
    </message>
    <message>
        <source>Here you would come across us through {0}. Which of them would you use, and what would you miss?</source>
        <translation>Hier zou je ons tegenkomen via {0}. Welke daarvan zou je gebruiken, en wat zou je missen?</translation>
    </message>
    <message>
        <source>How easy do you think it would be to do what you want through “{0}”?</source>
        <translation>Hoe makkelijk denk je dat je via ‘{0}’ zou kunnen regelen wat je wilt?</translation>
    </message>
    <message>
        <source>How much would “{0}” help you?</source>
        <translation>Hoeveel zou je hebben aan ‘{0}’?</translation>
    </message>
    <message>
        <source>Imagine the moments below as we plan them. For each one, tick one box per question.</source>
        <translation>Stel je de momenten hieronder voor zoals we ze van plan zijn. Kruis per vraag één vakje aan.</translation>
    </message>
    <message>
        <source>Imagine you have reached the “{0}” stage. What would you want to get done?</source>
        <translation>Stel je voor dat je in de fase ‘{0}’ bent aangekomen. Wat zou je geregeld willen krijgen?</translation>
    </message>
    <message>
        <source>Imagine you have reached “{0}”. What would you want to get done?</source>
        <translation>Stel je voor dat je in ‘{0}’ bent aangekomen. Wat zou je geregeld willen krijgen?</translation>
    </message>
    <message>
        <source>In the “{0}” stage, what were you hoping to achieve?</source>
        <translation>Wat hoopte je te bereiken in de fase ‘{0}’?</translation>
    </message>
    <message>
        <source>In “{0}”, what were you hoping to achieve?</source>
        <translation>Wat hoopte je te bereiken in ‘{0}’?</translation>
    </message>
    <message>
        <source>Later on, at the “{0}” stage, what mattered most to you?</source>
        <translation>Later, in de fase ‘{0}’: wat vond je toen het belangrijkst?</translation>
    </message>
    <message>
        <source>Next comes the “{0}” stage. What would you expect to happen?</source>
        <translation>Dan komt de fase ‘{0}’. Wat zou je verwachten dat er gebeurt?</translation>
    </message>
    <message>
        <source>Next comes “{0}”. What would you expect to happen?</source>
        <translation>Dan komt ‘{0}’. Wat zou je verwachten dat er gebeurt?</translation>
    </message>
    <message>
        <source>There are {0} key touchpoints in {2} stages, too many for one guide: it asks about one in each of {1} stages spread over the journey and leaves out the other {3}.</source>
        <translation>Er zijn {0} belangrijke klantcontactpunten in {2} fasen, te veel voor één gids: die vraagt naar één in elk van {1} fasen, verspreid over de reis, en laat de overige {3} weg.</translation>
    </message>
    <message>
        <source>There are {0} touchpoints in {2} stages, too many for one guide: it asks about one in each of {1} stages spread over the journey and leaves out the other {3}. Mark the key touchpoints on the map to choose them.</source>
        <translation>Er zijn {0} klantcontactpunten in {2} fasen, te veel voor één gids: die vraagt naar één in elk van {1} fasen, verspreid over de reis, en laat de overige {3} weg. Markeer de belangrijke klantcontactpunten op de kaart om zelf te kiezen.</translation>
    </message>
    <message>
        <source>This guide leaves out the touchpoints of this stage (see the note at the start): ask where the customer met us.</source>
        <translation>Deze gids laat de klantcontactpunten van deze fase weg (zie de opmerking aan het begin): vraag waar de klant ons tegenkwam.</translation>
    </message>
    <message>
        <source>This journey is a future state: the survey asks how much each moment would help and how easy it would be, instead of how it went.</source>
        <translation>Deze reis is een gewenste situatie: de enquête vraagt hoeveel elk moment zou helpen en hoe makkelijk het zou zijn, in plaats van hoe het ging.</translation>
    </message>
    <message>
        <source>What made you move on to the next stage, “{0}”, and what almost stopped you?</source>
        <translation>Waardoor ging je door naar de volgende fase, ‘{0}’, en wat liet je bijna afhaken?</translation>
    </message>
    <message>
        <source>What made you move on to “{0}”, and what almost stopped you?</source>
        <translation>Waardoor ging je door naar ‘{0}’, en wat liet je bijna afhaken?</translation>
    </message>
    <message>
        <source>What would make this stage better than today, and what would worry you?</source>
        <translation>Wat zou deze fase beter maken dan nu, en waar zou je je zorgen over maken?</translation>
    </message>
    <message>
        <source>What would make you move on to the next stage, “{0}”, and what could stop you?</source>
        <translation>Waardoor zou je doorgaan naar de volgende fase, ‘{0}’, en waardoor zou je kunnen afhaken?</translation>
    </message>
    <message>
        <source>What would make you move on to “{0}”, and what could stop you?</source>
        <translation>Waardoor zou je doorgaan naar ‘{0}’, en waardoor zou je kunnen afhaken?</translation>
    </message>
    <message>
        <source>When you got to the “{0}” stage, what did you want to achieve next?</source>
        <translation>Wat wilde je daarna bereiken, toen je in de fase ‘{0}’ kwam?</translation>
    </message>
    <message>
        <source>Where and how would you want to buy: in a store, online, by phone?</source>
        <translation>Waar en hoe zou je willen kopen: in een winkel, online, telefonisch?</translation>
    </message>
    <message>
        <source>Where did you go for it, and how?</source>
        <translation>Waar ging je daarvoor naartoe, en hoe?</translation>
    </message>
    <message>
        <source>Where did you go to buy, and how (in a store, online, by phone)?</source>
        <translation>Waar kocht je, en hoe (in een winkel, online, telefonisch)?</translation>
    </message>
    <message>
        <source>Where did you look for a product or a company that could solve it, and how did you find us?</source>
        <translation>Waar zocht je naar een product of een bedrijf dat het kon oplossen, en hoe vond je ons?</translation>
    </message>
    <message>
        <source>Where did you turn at this point, and how did you get there?</source>
        <translation>Bij wie of waar klopte je op dat moment aan, en hoe?</translation>
    </message>
    <message>
        <source>Where else did you look, and what did you find there?</source>
        <translation>Waar keek je nog meer, en wat vond je daar?</translation>
    </message>
    <message>
        <source>Where else would you look, and what would you hope to find there?</source>
        <translation>Waar zou je nog meer kijken, en wat zou je daar hopen te vinden?</translation>
    </message>
    <message>
        <source>Where would you look for a solution, and how would you like to find us?</source>
        <translation>Waar zou je naar een oplossing zoeken, en hoe zou je ons willen vinden?</translation>
    </message>
    <message>
        <source>Where would you turn at this point, and how would you get there?</source>
        <translation>Bij wie of waar zou je op dat moment aankloppen, en hoe?</translation>
    </message>
    <message>
        <source>Where would you turn for this, and how?</source>
        <translation>Waar zou je hiervoor naartoe gaan, en hoe?</translation>
    </message>
    <message>
        <source>Which moment mattered most to you, and which would you change first?</source>
        <translation>Welk moment was voor jou het belangrijkst, en welk zou je als eerste veranderen?</translation>
    </message>
    <message>
        <source>Which moment would matter most to you, and what would you want us to get right first?</source>
        <translation>Welk moment zou voor jou het belangrijkst zijn, en wat moeten we als eerste goed doen?</translation>
    </message>
    <message>
        <source>Which way did you choose this time: a store, online or the phone? Why?</source>
        <translation>Hoe deed je het deze keer: in de winkel, online of telefonisch? Waarom?</translation>
    </message>
    <message>
        <source>Which way would suit you here: a store, online or the phone? Why?</source>
        <translation>Wat zou je hier het beste passen: de winkel, online of telefonisch? Waarom?</translation>
    </message>
    <message>
        <source>Whom did you contact at this point, if anyone, and how did you reach them?</source>
        <translation>Met wie nam je op dat moment contact op, als je dat deed, en hoe bereikte je ze?</translation>
    </message>
    <message>
        <source>Whom did you deal with from our side, and how did it go?</source>
        <translation>Met wie had je bij ons te maken, en hoe ging dat?</translation>
    </message>
    <message>
        <source>Whom or what did you meet from our side here, and how did it go?</source>
        <translation>Wie of wat kwam je hier van ons tegen, en hoe ging dat?</translation>
    </message>
    <message>
        <source>Whom or what outside our company would you listen to along the way (friends, reviews, social media)?</source>
        <translation>Naar wie of wat buiten ons bedrijf zou je onderweg luisteren (vrienden, reviews, sociale media)?</translation>
    </message>
    <message>
        <source>Whom would you want to contact at this point, and how would you reach them?</source>
        <translation>Met wie zou je op dat moment contact willen opnemen, en hoe zou je ze bereiken?</translation>
    </message>
    <message>
        <source>Why did you go on to the “{0}” stage next, and what nearly held you back?</source>
        <translation>Waarom ging je daarna verder naar de fase ‘{0}’, en wat hield je bijna tegen?</translation>
    </message>
    <message>
        <source>Why did you go on to “{0}” next, and what nearly held you back?</source>
        <translation>Waarom ging je daarna verder naar ‘{0}’, en wat hield je bijna tegen?</translation>
    </message>
    <message>
        <source>Why would you go on to the “{0}” stage next, and what might hold you back?</source>
        <translation>Waarom zou je daarna verder gaan naar de fase ‘{0}’, en wat zou je kunnen tegenhouden?</translation>
    </message>
    <message>
        <source>Why would you go on to “{0}” next, and what might hold you back?</source>
        <translation>Waarom zou je daarna verder gaan naar ‘{0}’, en wat zou je kunnen tegenhouden?</translation>
    </message>
    <message>
        <source>Word documents need the python-docx package; export the guide as PDF or Markdown instead</source>
        <translation>Word-documenten hebben het pakket python-docx nodig; exporteer de gids in plaats daarvan als PDF of Markdown</translation>
    </message>
    <message>
        <source>Would this make you come back to us or recommend us? Why?</source>
        <translation>Zou je hierdoor bij ons terugkomen of ons aanbevelen? Waarom?</translation>
    </message>
    <message>
        <source>Wrote {0}</source>
        <translation>{0} geschreven</translation>
    </message>
    <message>
        <source>You could meet us here through {0}. Which of them did you use, and what else did you turn to?</source>
        <translation type="vanished">Hier kon je ons tegenkomen via {0}. Welke daarvan gebruikte je, en waar ging je nog meer naartoe?</translation>
    </message>
    <message>
        <source>a guide is for one journey: name it with --journey</source>
        <translation>een gids is voor één reis: noem die met --journey</translation>
    </message>
    <message>
        <source>key touchpoint</source>
        <translation>belangrijk klantcontactpunt</translation>
    </message>
    <message>
        <source>not at all</source>
        <translation>helemaal niet</translation>
    </message>
    <message>
        <source>this would replace the journey file itself</source>
        <translation>dit zou het kaartbestand zelf vervangen</translation>
    </message>
    <message>
        <source>very difficult</source>
        <translation>heel moeilijk</translation>
    </message>
    <message>
        <source>very dissatisfied</source>
        <translation>zeer ontevreden</translation>
    </message>
    <message>
        <source>very easy</source>
        <translation>heel makkelijk</translation>
    </message>
    <message>
        <source>very much</source>
        <translation>heel veel</translation>
    </message>
    <message>
        <source>very satisfied</source>
        <translation>zeer tevreden</translation>
    </message>
    <message>
        <source>{0} (continued)</source>
        <translation>{0} (vervolg)</translation>
    </message>
    <message>
        <source>{0} or {1}</source>
        <translation>{0} of {1}</translation>
    </message>
    <message>
        <source>“{0}”</source>
        <translation>‘{0}’</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Export Interview Guide</source>
        <translation>Interviewgids exporteren</translation>
    </message>
    <message>
        <source>&amp;Interview guide: questions per stage and touchpoint, with room for notes</source>
        <translation>&amp;Interviewgids: vragen per fase en klantcontactpunt, met ruimte voor aantekeningen</translation>
    </message>
    <message>
        <source>Customer &amp;survey: satisfaction and effort at the key touchpoints, with a results sheet</source>
        <translation>Klant&amp;enquête: tevredenheid en inspanning bij de belangrijke klantcontactpunten, met een resultatenblad</translation>
    </message>
    <message>
        <source>PDF, to print</source>
        <translation>PDF, om af te drukken</translation>
    </message>
    <message>
        <source>Word document (.docx), to adapt</source>
        <translation>Word-document (.docx), om aan te passen</translation>
    </message>
    <message>
        <source>Markdown, for a wiki or e-mail</source>
        <translation>Markdown, voor een wiki of e-mail</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xporteren</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formaat:</translation>
    </message>
    <message>
        <source>Fi&amp;le:</source>
        <translation>Be&amp;stand:</translation>
    </message>
    <message>
        <source>Journey: {0}</source>
        <translation>Reis: {0}</translation>
    </message>
    <message>
        <source>interview-guide</source>
        <comment>the end of a file name: no spaces</comment>
        <translation>interviewgids</translation>
    </message>
    <message>
        <source>survey</source>
        <comment>the end of a file name: no spaces</comment>
        <translation>klantenquête</translation>
    </message>
    <message>
        <source>This journey has no touchpoints to survey: put them in a channel lane first.</source>
        <translation>Deze reis heeft geen klantcontactpunten om naar te vragen: zet ze eerst in een kanaalbaan.</translation>
    </message>
    <message>
        <source>The results sheet is written beside it as {0}, unless one is there already: fill it in and bring it back with File &gt; Import Survey Results.</source>
        <translation>Het resultatenblad wordt ernaast opgeslagen als {0}, tenzij er al een is: vul het in en haal het terug met Bestand &gt; Enquêteresultaten importeren.</translation>
    </message>
    <message>
        <source>The guide is in the map&apos;s language, with the open questions of its Questions lane.</source>
        <translation>De gids is in de taal van de kaart, met de open vragen uit haar vragenbaan.</translation>
    </message>
    <message>
        <source>Not exported: {0}</source>
        <translation>Niet geëxporteerd: {0}</translation>
    </message>
</context>
<context>
    <name>HeatOverlay</name>
    <message>
        <source>No card has the metric &apos;{0}&apos;</source>
        <translation>Geen kaartje heeft de meetwaarde &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>Heat: {0} — red {1:g} · amber · green {2:g}; grey: no value</source>
        <translation type="vanished">Heatmap: {0} — rood {1:g} · oranje · groen {2:g}; grijs: geen waarde</translation>
    </message>
    <message>
        <source>Heat: {0} — red {1} · amber · green {2}; grey: no value</source>
        <translation>Heatmap: {0} — rood {1} · oranje · groen {2}; grijs: geen waarde</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Uit</translation>
    </message>
    <message>
        <source>No metrics on this journey</source>
        <translation>Geen meetwaarden bij deze klantreis</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Stages and lanes</source>
        <translation type="vanished">Fasen en banen</translation>
    </message>
    <message>
        <source>Stages are the columns: the steps the customer goes through before, during and after the purchase. Lanes are the rows: goals, touchpoints, the emotion curve, pain points, ideas and the teams behind them. Map &gt; Add Stage ({0}) and Add Lane ({1}) add one after the selected one, in its phase or zone. Drag a header to move it, its edge to resize it.</source>
        <translation type="vanished">Fasen zijn de kolommen: de stappen die de klant doorloopt vóór, tijdens en na de aankoop. Banen zijn de rijen: doelen, contactpunten, de emotiecurve, pijnpunten, ideeën en de teams erachter. Kaart &gt; Fase toevoegen ({0}) en Baan toevoegen ({1}) voegen er een toe na de geselecteerde, in dezelfde aankoopfase of zone. Sleep een kop om hem te verplaatsen, of de rand ervan om het formaat te wijzigen.</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation type="vanished">Kaartjes</translation>
    </message>
    <message>
        <source>Double-click an empty cell and type to add a card; Enter keeps it, Esc drops it. Add Card ({0}) does the same in the selected card&apos;s cell, or the cell you clicked last. Select a card to fill in its details in the Inspector, in a form that fits its lane. Drag cards to move them to another cell.</source>
        <translation type="vanished">Dubbelklik op een lege cel en typ om een kaartje toe te voegen; Enter houdt het, Esc gooit het weg. Kaartje toevoegen ({0}) doet hetzelfde in de cel van het geselecteerde kaartje of de cel waarop je het laatst klikte. Selecteer een kaartje om de details in te vullen in de Inspector, in een formulier dat bij de baan past. Sleep kaartjes om ze naar een andere cel te verplaatsen.</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation type="vanished">Verbinden</translation>
    </message>
    <message>
        <source>Drag from the handle on a card&apos;s right edge to another card to draw the customer&apos;s path, or select two cards and press {0}.</source>
        <translation type="vanished">Sleep van de greep aan de rechterrand van een kaartje naar een ander kaartje om het pad van de klant te tekenen, of selecteer twee kaartjes en druk op {0}.</translation>
    </message>
    <message>
        <source>Workshop mode</source>
        <translation type="vanished">Workshopmodus</translation>
    </message>
    <message>
        <source>{0} shows the map full screen for the projector: the arrow keys step through the stages, and participants dot-vote on the cards that matter most. Esc leaves it.</source>
        <translation type="vanished">{0} toont de kaart schermvullend voor de projector: met de pijltoetsen loop je door de fasen, en deelnemers stemmen met stippen op de kaartjes die het meest tellen. Esc sluit af.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="vanished">Exporteren</translation>
    </message>
    <message>
        <source>File &gt; Export ({0}) prints the map as a PDF poster on any page size, or tiled onto A4 or Letter sheets, and saves pictures as PNG or SVG.</source>
        <translation type="vanished">Bestand &gt; Exporteren ({0}) drukt de kaart af als pdf-poster op elk paginaformaat of verdeeld over A4- of Letter-vellen, en slaat afbeeldingen op als PNG of SVG.</translation>
    </message>
    <message>
        <source>Undo and shortcuts</source>
        <translation type="vanished">Ongedaan maken en sneltoetsen</translation>
    </message>
    <message>
        <source>Every change can be undone ({0}). Help &gt; Keyboard Shortcuts ({1}) lists every key.</source>
        <translation type="vanished">Elke wijziging kan ongedaan worden gemaakt ({0}). Help &gt; Sneltoetsen ({1}) toont alle toetsen.</translation>
    </message>
    <message>
        <source>Journey Editor {0}</source>
        <translation>Journey Editor {0}</translation>
    </message>
    <message>
        <source>Map customer journeys offline: stages, touchpoints, emotions, and posters for the wall.</source>
        <translation>Breng klantreizen offline in kaart: fasen, contactpunten, emoties en posters voor aan de muur.</translation>
    </message>
    <message>
        <source>Licence: {0}</source>
        <translation>Licentie: {0}</translation>
    </message>
    <message>
        <source>see the LICENSE file</source>
        <translation>zie het bestand LICENSE</translation>
    </message>
    <message>
        <source>Qt {0}, PySide6 {1}, Python {2}</source>
        <translation>Qt {0}, PySide6 {1}, Python {2}</translation>
    </message>
    <message>
        <source>File format version {0}</source>
        <translation>Bestandsformaat versie {0}</translation>
    </message>
    <message>
        <source>About Journey Editor</source>
        <translation type="vanished">Over Journey Editor</translation>
    </message>
    <message>
        <source>All keyboard shortcuts</source>
        <translation>Alle sneltoetsen</translation>
    </message>
    <message>
        <source>The .journey file format</source>
        <translation>Het bestandsformaat .journey</translation>
    </message>
    <message>
        <source>Start a map</source>
        <translation>Een kaart beginnen</translation>
    </message>
    <message>
        <source>{0} offers a blank map and worked examples (a retail purchase, a B2B software service), each in English, Swedish, Danish, Finnish or Dutch, with their stages, lanes and first cards in place. {1} starts an empty map and {2} opens a .journey file. Everything stays on this computer: no account, no network.</source>
        <translation>{0} biedt een lege kaart en uitgewerkte voorbeelden (een aankoop in de winkel, een B2B-softwaredienst), elk in het Engels, Zweeds, Deens, Fins of Nederlands, met de fasen, banen en eerste kaartjes al klaar. {1} begint een lege kaart en {2} opent een .journey-bestand. Alles blijft op deze computer: geen account, geen netwerk.</translation>
    </message>
    <message>
        <source>Stages, lanes and cards</source>
        <translation>Fasen, banen en kaartjes</translation>
    </message>
    <message>
        <source>Stages are the columns: the steps the customer goes through before, during and after the purchase. Lanes are the rows: goals, touchpoints, the emotion curve, pain points, ideas and the teams behind them. {0} and {1} add one after the selected one; drag a header to move it, its edge to resize it. Double-click an empty cell and type to add a card: Enter keeps it, Esc drops it. {2} does the same in the cell you clicked last. Drag cards to another cell to move them.</source>
        <translation>Fasen zijn de kolommen: de stappen die de klant doorloopt vóór, tijdens en na de aankoop. Banen zijn de rijen: doelen, contactpunten, de emotiecurve, pijnpunten, ideeën en de teams erachter. {0} en {1} voegen er een toe na de geselecteerde; sleep een kop om hem te verplaatsen, of de rand ervan om het formaat te wijzigen. Dubbelklik op een lege cel en typ om een kaartje toe te voegen: Enter houdt het, Esc gooit het weg. {2} doet hetzelfde in de cel waarop je het laatst klikte. Sleep kaartjes naar een andere cel om ze te verplaatsen.</translation>
    </message>
    <message>
        <source>The Inspector</source>
        <translation>De Inspector</translation>
    </message>
    <message>
        <source>Select a card, a stage or a lane and the Inspector shows its fields, in a form that fits the card&apos;s lane: a touchpoint&apos;s channel, owner and control, what the customer expects and feels, evidence and validation status. With nothing selected it shows the map&apos;s title and the journey. {0} puts the keyboard in the first field; Esc there goes back to the map.</source>
        <translation>Selecteer een kaartje, een fase of een baan en de Inspector toont de velden ervan, in een formulier dat bij de baan van het kaartje past: het kanaal, de eigenaar en de controle van een contactpunt, wat de klant verwacht en voelt, onderbouwing en validatiestatus. Als er niets geselecteerd is, toont hij de titel van de kaart en de klantreis. {0} zet het toetsenbord in het eerste veld; Esc daar gaat terug naar de kaart.</translation>
    </message>
    <message>
        <source>Connecting cards</source>
        <translation>Kaartjes verbinden</translation>
    </message>
    <message>
        <source>Drag from the handle on a card&apos;s right edge to another card to draw the customer&apos;s path, or select two cards and use {0}.</source>
        <translation>Sleep van de greep aan de rechterrand van een kaartje naar een ander kaartje om het pad van de klant te tekenen, of selecteer twee kaartjes en gebruik {0}.</translation>
    </message>
    <message>
        <source>The emotion curve</source>
        <translation>De emotiecurve</translation>
    </message>
    <message>
        <source>Give the cards an emotion in the Inspector, from -3 (very negative) to +3 (very positive). The emotion lane draws the customer&apos;s feelings as a curve across the stages, through the mean of each stage&apos;s cards, and shows each point as a face and a score, so that it reads without colour too.</source>
        <translation>Geef de kaartjes een emotie in de Inspector, van -3 (heel negatief) tot +3 (heel positief). De emotiebaan tekent de gevoelens van de klant als een curve over de fasen, door het gemiddelde van de kaartjes van elke fase, en toont elk punt als een gezichtje en een getal, zodat hij ook zonder kleur te lezen is.</translation>
    </message>
    <message>
        <source>Personas and journeys</source>
        <translation>Persona&apos;s en klantreizen</translation>
    </message>
    <message>
        <source>One file holds several personas and several journeys: the Personas and Journeys panels list them (the tabs along the window&apos;s edges open and close each panel). Choose a journey&apos;s persona in the Inspector. Create future state copies a journey into a linked future-state journey, and the Compare panel lists what differs, each difference a click away on the map.</source>
        <translation>Eén bestand bevat meerdere persona&apos;s en meerdere klantreizen: de panelen Persona&apos;s en Klantreizen tonen ze (de tabs langs de randen van het venster openen en sluiten elk paneel). Kies de persona van een klantreis in de Inspector. Gewenste situatie maken kopieert een klantreis naar een gekoppelde klantreis in de gewenste situatie, en het paneel Vergelijken toont wat er verschilt, elk verschil één klik verwijderd op de kaart.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Beoordeling</translation>
    </message>
    <message>
        <source>The Review panel lists what deserves a second look: touchpoints without an owner, dead ends, too many teams in one stage, moments of truth. Click a finding to see it on the map. The Checklist panel holds the method&apos;s questions about the map, and {0} dims the validated cards so that what still needs checking stands out.</source>
        <translation>Het paneel Beoordeling toont wat een tweede blik verdient: contactpunten zonder eigenaar, doodlopende paden, te veel teams in één fase, momenten van de waarheid. Klik op een bevinding om haar op de kaart te zien. Het paneel Checklist bevat de vragen van de methode over de kaart, en {0} dimt de gevalideerde kaartjes zodat opvalt wat nog gecontroleerd moet worden.</translation>
    </message>
    <message>
        <source>Workshop mode and dot voting</source>
        <translation>Workshopmodus en stippenstemmen</translation>
    </message>
    <message>
        <source>{0} shows the map full screen for the projector: the arrow keys step through the stages, Home shows the whole map, Esc leaves. Round… sets up dot voting: the participants and how many dots each may place. Choose who votes with the number keys 1 to 9, press V and click the cards that matter most; Shift+click takes a dot back. Results… ranks the cards by their dots. T shows a countdown timer for timed exercises: S starts or pauses it, + adds a minute, D chooses the time.</source>
        <translation>{0} toont de kaart schermvullend voor de projector: met de pijltoetsen loop je door de fasen, Home toont de hele kaart, Esc sluit af. Ronde… zet het stippenstemmen klaar: de deelnemers en hoeveel stippen ieder mag plakken. Kies wie stemt met de cijfertoetsen 1 tot 9, druk op V en klik op de kaartjes die het meest tellen; Shift+klik neemt een stip terug. Resultaten… rangschikt de kaartjes op hun stippen. T toont een afteltimer voor oefeningen op tijd: S start of pauzeert hem, + voegt een minuut toe, D kiest de tijd.</translation>
    </message>
    <message>
        <source>{0} shows the map full screen for the projector: the arrow keys step through the stages, Home shows the whole map, Esc leaves. Round… sets up dot voting: the participants and how many dots each may place. Choose who votes with the number keys 1 to 9, press V and click the cards that matter most; Shift+click takes a dot back. Results… ranks the cards by their dots.</source>
        <translation type="vanished">{0} toont de kaart schermvullend voor de projector: met de pijltoetsen loop je door de fasen, Home toont de hele kaart, Esc sluit af. Ronde… zet het stippenstemmen klaar: de deelnemers en hoeveel stippen ieder mag plakken. Kies wie stemt met de cijfertoetsen 1 tot 9, druk op V en klik op de kaartjes die het meest tellen; Shift+klik neemt een stip terug. Resultaten… rangschikt de kaartjes op hun stippen.</translation>
    </message>
    <message>
        <source>Export and posters</source>
        <translation>Exporteren en posters</translation>
    </message>
    <message>
        <source>{0} prints the map as a PDF poster on any page size, or tiled onto A4 or Letter sheets for an office printer, with workshop handout pages if you like, and saves pictures as PNG or SVG. The dialog says how large the card text will print. When it would be hard to read on a wall, it warns you and offers a larger page, or a wide map split into several posters of consecutive stages (Posters side by side).</source>
        <translation>{0} drukt de kaart af als pdf-poster op elk paginaformaat, of verdeeld over A4- of Letter-vellen voor een kantoorprinter, desgewenst met werkbladen voor de workshop, en slaat afbeeldingen op als PNG of SVG. Het venster zegt hoe groot de tekst op de kaartjes wordt afgedrukt. Als die aan de muur moeilijk leesbaar zou zijn, waarschuwt het en stelt het een grotere pagina voor, of een brede kaart verdeeld over meerdere posters met opeenvolgende fasen (Posters naast elkaar).</translation>
    </message>
    <message>
        <source>The map&apos;s language</source>
        <translation>De taal van de kaart</translation>
    </message>
    <message>
        <source>Menus and dialogs speak your system&apos;s language, or the one chosen in {0}, from the next start. The map&apos;s own words (lane kinds, phases, the poster&apos;s title block, legend and handout) follow the journey&apos;s Labels in field in the Inspector, shown when nothing is selected: a team can print a Finnish map from a Danish desktop.</source>
        <translation>Menu&apos;s en vensters spreken de taal van je systeem, of de taal die je in {0} kiest, vanaf de volgende start. De eigen woorden van de kaart (baansoorten, aankoopfasen, het titelblok, de legenda en de werkbladen van de poster) volgen het veld Labels in van de klantreis in de Inspector, dat je ziet als er niets geselecteerd is: een team kan een Finse kaart afdrukken vanaf een Deens bureaublad.</translation>
    </message>
    <message>
        <source>To find Journey Editor in your desktop&apos;s menu and open .journey files with a double-click, run the first command below once in a terminal; the second removes exactly what the first added.</source>
        <translation>Om Journey Editor in het menu van je bureaublad te vinden en .journey-bestanden met een dubbelklik te openen, voer je de eerste opdracht hieronder één keer uit in een terminal; de tweede verwijdert precies wat de eerste toevoegde.</translation>
    </message>
    <message>
        <source>Menus and dialogs speak the language of your system. The map&apos;s own words (lane kinds, phases, the poster&apos;s title block, legend and handout) follow the journey&apos;s Labels in field in the Inspector, shown when nothing is selected: a team can print a Finnish map from a Danish desktop.</source>
        <translation type="vanished">Menu&apos;s en vensters spreken de taal van je systeem. De eigen woorden van de kaart (baansoorten, aankoopfasen, het titelblok, de legenda en de werkbladen van de poster) volgen het veld Labels in van de klantreis in de Inspector, dat je ziet als er niets geselecteerd is: een team kan een Finse kaart afdrukken vanaf een Deens bureaublad.</translation>
    </message>
    <message>
        <source>On your desktop</source>
        <translation>Op je bureaublad</translation>
    </message>
    <message>
        <source>To find Journey Editor in your desktop&apos;s menu and open .journey files with a double-click, run {0} once in a terminal; {1} removes exactly what it added.</source>
        <translation type="vanished">Om Journey Editor in het menu van je bureaublad te vinden en .journey-bestanden met een dubbelklik te openen, voer je {0} één keer uit in een terminal; {1} verwijdert precies wat het toevoegde.</translation>
    </message>
    <message>
        <source>Undo, keys and the file</source>
        <translation>Ongedaan maken, toetsen en het bestand</translation>
    </message>
    <message>
        <source>Every change can be undone with {0}; the History panel lists them. {1} lists every key. A map is saved as one .journey file of readable JSON, a format documented with its schema.</source>
        <translation>Elke wijziging kan ongedaan worden gemaakt met {0}; het paneel Geschiedenis toont ze. {1} toont alle toetsen. Een kaart wordt opgeslagen als één .journey-bestand met leesbare JSON, een formaat dat met zijn schema is beschreven.</translation>
    </message>
    <message>
        <source>Journey Editor maps customer journeys: the stages a customer goes through, what they do, meet and feel on the way, and the teams behind each touchpoint. This page walks through the editor.</source>
        <translation>Journey Editor brengt klantreizen in kaart: de fasen die een klant doorloopt, wat hij onderweg doet, tegenkomt en voelt, en de teams achter elk contactpunt. Deze pagina loopt de editor door.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Revision History</source>
        <translation>Versiegeschiedenis</translation>
    </message>
    <message>
        <source>Filter by name, author or summary</source>
        <translation>Filteren op naam, auteur of samenvatting</translation>
    </message>
    <message>
        <source>Baselines only</source>
        <translation>Alleen basislijnen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Basislijn</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>Name…</source>
        <translation>Naam geven…</translation>
    </message>
    <message>
        <source>Remove Name</source>
        <translation>Naam verwijderen</translation>
    </message>
    <message>
        <source>No revisions yet. Turn on File ▸ Ask for a Summary When Saving to record one with every save, or name the map as it is now with File ▸ Mark Baseline….</source>
        <translation>Nog geen revisies. Zet Bestand ▸ Om een samenvatting vragen bij opslaan aan om er bij elke keer opslaan een vast te leggen, of geef de kaart zoals die nu is een naam met Bestand ▸ Basislijn markeren….</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Hernoemen…</translation>
    </message>
    <message>
        <source>The log keeps no copy of the map at older revisions: only the newest can be named. File ▸ Mark Baseline… names the map as it is now.</source>
        <translation>Het logboek bewaart geen kopie van de kaart bij oudere revisies: alleen de nieuwste kan een naam krijgen. Bestand ▸ Basislijn markeren… geeft de kaart zoals die nu is een naam.</translation>
    </message>
    <message>
        <source>A new name for this baseline.</source>
        <translation>Een nieuwe naam voor deze basislijn.</translation>
    </message>
    <message>
        <source>The map as last saved is kept in the file under this name, so that the Compare panel can show what changed since.</source>
        <translation>De kaart zoals laatst opgeslagen wordt onder deze naam in het bestand bewaard, zodat het paneel Vergelijken kan tonen wat er sindsdien veranderde.</translation>
    </message>
    <message>
        <source>Name Revision</source>
        <translation>Revisie een naam geven</translation>
    </message>
    <message>
        <source>The saved file no longer holds the map of this revision: save, then use File ▸ Mark Baseline….</source>
        <translation>Het opgeslagen bestand bevat de kaart van deze revisie niet meer: sla op en kies dan Bestand ▸ Basislijn markeren….</translation>
    </message>
    <message>
        <source>No revisions yet. Turn on File ▸ Ask for a Summary When Saving to record one with every save.</source>
        <translation type="vanished">Nog geen versies. Zet Bestand ▸ Vraag om een samenvatting bij opslaan aan om er bij elke keer opslaan een vast te leggen.</translation>
    </message>
</context>
<context>
    <name>HostInfo</name>
    <message>
        <source>Workshop session</source>
        <translation>Workshopsessie</translation>
    </message>
    <message>
        <source>To join, choose File &gt; Join Session and type:</source>
        <translation>Kies om deel te nemen Bestand &gt; Deelnemen aan sessie en typ:</translation>
    </message>
    <message>
        <source>{0} joined</source>
        <translation>{0} deelnemers</translation>
    </message>
    <message>
        <source>End Session</source>
        <translation>Sessie beëindigen</translation>
    </message>
</context>
<context>
    <name>HtmlExport</name>
    <message>
        <source>Click a card to see all its fields. Drag to move the map; wheel or + and − to zoom; Tab goes from card to card, Enter opens one.</source>
        <translation type="vanished">Klik op een kaart om al haar velden te zien. Sleep om de kaart te verplaatsen; wieltje of + en − om te zoomen; Tab gaat van kaart naar kaart, Enter opent er een.</translation>
    </message>
    <message>
        <source>Click a card to see all its fields. Drag to pan; wheel or + and − to zoom, 0 for the whole map; Tab goes from card to card, Enter opens one.</source>
        <translation>Klik op een kaart om al haar velden te zien. Sleep om te verschuiven; wieltje of + en − om te zoomen, 0 om alles te zien; Tab gaat van kaart naar kaart, Enter opent er een.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Uitzoomen</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>Passend in venster</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Inzoomen</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>Touchpoint</source>
        <translation>Contactpunt</translation>
    </message>
    <message>
        <source>Where the customer meets the brand</source>
        <translation>Waar de klant het merk ontmoet</translation>
    </message>
    <message>
        <source>Sticky note</source>
        <translation>Plakbriefje</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Emotie</translation>
    </message>
    <message>
        <source>Customer goal</source>
        <translation>Doel van de klant</translation>
    </message>
    <message>
        <source>What the customer wants to achieve</source>
        <translation>Wat de klant wil bereiken</translation>
    </message>
    <message>
        <source>Customer action</source>
        <translation>Actie van de klant</translation>
    </message>
    <message>
        <source>What the customer does</source>
        <translation>Wat de klant doet</translation>
    </message>
    <message>
        <source>Customer question</source>
        <translation>Vraag van de klant</translation>
    </message>
    <message>
        <source>What the customer asks here</source>
        <translation>Wat de klant hier vraagt</translation>
    </message>
    <message>
        <source>Thought</source>
        <translation>Gedachte</translation>
    </message>
    <message>
        <source>Feeling</source>
        <translation>Gevoel</translation>
    </message>
    <message>
        <source>Pain point</source>
        <translation>Pijnpunt</translation>
    </message>
    <message>
        <source>What gets in the customer&apos;s way</source>
        <translation>Wat de klant in de weg zit</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idee</translation>
    </message>
    <message>
        <source>How the experience could be better</source>
        <translation>Hoe de ervaring beter kan</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Kans</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Which teams the customer meets here</source>
        <translation>Welke teams de klant hier ontmoet</translation>
    </message>
    <message>
        <source>Backstage</source>
        <translation>Backstage</translation>
    </message>
    <message>
        <source>What happens behind the scenes</source>
        <translation>Wat er achter de schermen gebeurt</translation>
    </message>
    <message>
        <source>System or partner</source>
        <translation>Systeem of partner</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Informatie</translation>
    </message>
    <message>
        <source>What the customer needs to know</source>
        <translation>Wat de klant moet weten</translation>
    </message>
    <message>
        <source>This value cannot be used here.</source>
        <translation>Deze waarde kan hier niet worden gebruikt.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Wissen</translation>
    </message>
    <message>
        <source>Use the default colour</source>
        <translation>De standaardkleur gebruiken</translation>
    </message>
    <message>
        <source>Choose a colour</source>
        <translation>Een kleur kiezen</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standaard</translation>
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
        <translation>Gebruik minstens 10 punten, of auto.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Not saved: a text in the table is too long or a number is out of range.</source>
        <translation>Niet opgeslagen: een tekst in de tabel is te lang of een getal valt buiten het bereik.</translation>
    </message>
    <message>
        <source>Write a number, for example 4.2.</source>
        <translation>Schrijf een getal, bijvoorbeeld 4,2.</translation>
    </message>
    <message>
        <source>Write a date as year-month-day, for example 2026-10-31.</source>
        <translation>Schrijf een datum als jaar-maand-dag, bijvoorbeeld 2026-10-31.</translation>
    </message>
    <message>
        <source>Too long: at most {0} characters, this has {1}.</source>
        <translation>Te lang: maximaal {0} tekens, dit heeft er {1}.</translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation>Namen, gescheiden door komma&apos;s</translation>
    </message>
    <message>
        <source>Each name may have at most {0} characters.</source>
        <translation>Elke naam mag maximaal {0} tekens hebben.</translation>
    </message>
    <message>
        <source>Select a card, stage or lane to edit it</source>
        <translation>Selecteer een kaartje, fase of baan om te bewerken</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>Edit {0} &apos;{1}&apos;: {2}</source>
        <translation>{0} &apos;{1}&apos; bewerken: {2}</translation>
    </message>
    <message>
        <source>+3 delighted</source>
        <translation>+3 verrukt</translation>
    </message>
    <message>
        <source>+2 pleased</source>
        <translation>+2 blij</translation>
    </message>
    <message>
        <source>+1 content</source>
        <translation>+1 tevreden</translation>
    </message>
    <message>
        <source>0 neutral</source>
        <translation>0 neutraal</translation>
    </message>
    <message>
        <source>-1 uneasy</source>
        <translation>-1 onbehaaglijk</translation>
    </message>
    <message>
        <source>-2 frustrated</source>
        <translation>-2 gefrustreerd</translation>
    </message>
    <message>
        <source>-3 angry</source>
        <translation>-3 boos</translation>
    </message>
    <message>
        <source>Owned</source>
        <translation>Eigen</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Betaald</translation>
    </message>
    <message>
        <source>Earned</source>
        <translation>Verdiend</translation>
    </message>
    <message>
        <source>Not controlled by us</source>
        <translation>Niet door ons gestuurd</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Concept</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Gevalideerd</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Uitgefaseerd</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Enquête</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Interview</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Webanalyse</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Observatie</translation>
    </message>
    <message>
        <source>Focus group</source>
        <translation>Focusgroep</translation>
    </message>
    <message>
        <source>Support log</source>
        <translation>Supportlog</translation>
    </message>
    <message>
        <source>Market research</source>
        <translation>Marktonderzoek</translation>
    </message>
    <message>
        <source>Review site</source>
        <translation>Reviewsite</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
    <message>
        <source>Customer forum</source>
        <translation>Klantenforum</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personeel</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Klant</translation>
    </message>
    <message>
        <source>Before purchase</source>
        <translation>Vóór de aankoop</translation>
    </message>
    <message>
        <source>During purchase</source>
        <translation>Tijdens de aankoop</translation>
    </message>
    <message>
        <source>After purchase</source>
        <translation>Na de aankoop</translation>
    </message>
    <message>
        <source>Frontstage</source>
        <translation>Frontstage</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Ondersteuning</translation>
    </message>
    <message>
        <source>Current state</source>
        <translation>Huidige situatie</translation>
    </message>
    <message>
        <source>Future state</source>
        <translation>Gewenste situatie</translation>
    </message>
    <message>
        <source>As the interface</source>
        <translation>Als de interface</translation>
    </message>
    <message>
        <source>Broad: the whole journey</source>
        <translation>Breed: de hele klantreis</translation>
    </message>
    <message>
        <source>Specific: one problem</source>
        <translation>Specifiek: één probleem</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Contactpunten</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Doelen</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Vragen</translation>
    </message>
    <message>
        <source>Thoughts</source>
        <translation>Gedachten</translation>
    </message>
    <message>
        <source>Feelings</source>
        <translation>Gevoelens</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Pijnpunten</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Ideeën</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Kansen</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>Systemen</translation>
    </message>
    <message>
        <source>No dots yet</source>
        <translation>Nog geen stippen</translation>
    </message>
    <message>
        <source>Dots: {0} ({1})</source>
        <translation>Stippen: {0} ({1})</translation>
    </message>
    <message>
        <source>No review questions answered yet</source>
        <translation>Nog geen beoordelingsvragen beantwoord</translation>
    </message>
    <message>
        <source>Review questions answered: {0} of {1}</source>
        <translation>Beantwoorde beoordelingsvragen: {0} van {1}</translation>
    </message>
    <message>
        <source>No dot voting set up</source>
        <translation>Geen stippenstemming ingesteld</translation>
    </message>
    <message>
        <source>Participants: {0}, dots each: {1}</source>
        <translation>Deelnemers: {0}, stippen per persoon: {1}</translation>
    </message>
    <message>
        <source>Follows the cards&apos; emotions</source>
        <translation>Volgt de emoties van de kaartjes</translation>
    </message>
    <message>
        <source>Stages set by hand: {0}</source>
        <translation>Handmatig ingestelde fasen: {0}</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Afbeelding</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Controle</translation>
    </message>
    <message>
        <source>Direct contact with the brand</source>
        <translation>Direct contact met het merk</translation>
    </message>
    <message>
        <source>Key touchpoint</source>
        <translation>Belangrijk contactpunt</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Expectations</source>
        <translation>Verwachtingen</translation>
    </message>
    <message>
        <source>Experience we want</source>
        <translation>Gewenste ervaring</translation>
    </message>
    <message>
        <source>Should think</source>
        <translation>Moet denken</translation>
    </message>
    <message>
        <source>Should do</source>
        <translation>Moet doen</translation>
    </message>
    <message>
        <source>Should feel</source>
        <translation>Moet voelen</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validatie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Inconsistent or wrong service</source>
        <translation>Inconsistente of verkeerde service</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Onderbouwing</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Meetwaarden</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>New metric</source>
        <translation>Nieuwe meetwaarde</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Stemmen</translation>
    </message>
    <message>
        <source>Place and colour</source>
        <translation>Plaats en kleur</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Baan</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Kleur</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Aankoopfase</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Breedte</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Weergave</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Hoogte</translation>
    </message>
    <message>
        <source>Emotion values</source>
        <translation>Emotiewaarden</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Kaart</translation>
    </message>
    <message>
        <source>Map title</source>
        <translation>Titel van de kaart</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Klantreis</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Situatie</translation>
    </message>
    <message>
        <source>Based on</source>
        <translation>Gebaseerd op</translation>
    </message>
    <message>
        <source>Labels in</source>
        <translation>Labels in</translation>
    </message>
    <message>
        <source>Goal of the map</source>
        <translation>Doel van de kaart</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Reikwijdte</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Afdelingen</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Beoordeling</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Dot voting</source>
        <translation>Stippenstemmen</translation>
    </message>
    <message>
        <source>card</source>
        <translation>kaartje</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>fase</translation>
    </message>
    <message>
        <source>lane</source>
        <translation>baan</translation>
    </message>
    <message>
        <source>journey</source>
        <translation>klantreis</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kaartje</translation>
    </message>
    <message>
        <source>Map and journey</source>
        <translation>Kaart en klantreis</translation>
    </message>
    <message>
        <source>Attach Picture…</source>
        <translation>Afbeelding toevoegen…</translation>
    </message>
    <message>
        <source>Attach a picture</source>
        <translation>Een afbeelding toevoegen</translation>
    </message>
    <message>
        <source>No picture. Attach one, drop a PNG or JPEG file here, or paste one onto the selected card.</source>
        <translation>Geen afbeelding. Voeg er een toe, sleep hier een PNG- of JPEG-bestand naartoe of plak er een op de geselecteerde kaart.</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Afbeeldingen (*.png *.jpg *.jpeg);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Take the picture off the card</source>
        <translation>De afbeelding van de kaart halen</translation>
    </message>
    <message>
        <source>The card shows this picture already, or the map holds as many pictures as a file may ({0}).</source>
        <translation>De kaart toont deze afbeelding al, of de map bevat zoveel afbeeldingen als een bestand mag ({0}).</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <source>Join Session</source>
        <translation>Deelnemen aan sessie</translation>
    </message>
    <message>
        <source>Sessions &amp;found on this network:</source>
        <translation>&amp;Gevonden sessies op dit netwerk:</translation>
    </message>
    <message>
        <source>Host &amp;address:</source>
        <translation>&amp;Adres van de host:</translation>
    </message>
    <message>
        <source>Session &amp;code:</source>
        <translation>Sessie&amp;code:</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Je &amp;naam:</translation>
    </message>
    <message>
        <source>{0} hosted by {1}</source>
        <translation>{0}, host: {1}</translation>
    </message>
    <message>
        <source>None found yet: you can type the address the host shows below.</source>
        <translation>Nog niets gevonden: je kunt hieronder het adres typen dat de host toont.</translation>
    </message>
    <message>
        <source>This computer cannot look for sessions: type the address the host shows below.</source>
        <translation>Deze computer kan niet naar sessies zoeken: typ hieronder het adres dat de host toont.</translation>
    </message>
</context>
<context>
    <name>JourneyBox</name>
    <message>
        <source>Journey shown on the canvas</source>
        <translation>Klantreis die op het canvas wordt getoond</translation>
    </message>
</context>
<context>
    <name>JourneysPanel</name>
    <message>
        <source>Add</source>
        <translation type="vanished">Toevoegen</translation>
    </message>
    <message>
        <source>Add a blank journey</source>
        <translation>Een lege klantreis toevoegen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="vanished">Dupliceren</translation>
    </message>
    <message>
        <source>Copy the selected journey</source>
        <translation>De geselecteerde klantreis kopiëren</translation>
    </message>
    <message>
        <source>Create future state</source>
        <translation type="vanished">Gewenste situatie maken</translation>
    </message>
    <message>
        <source>Copy the current-state journey into a linked future-state journey</source>
        <translation>De klantreis van de huidige situatie kopiëren naar een gekoppelde klantreis voor de gewenste situatie</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="vanished">Verwijderen</translation>
    </message>
    <message>
        <source>Delete the selected journey</source>
        <translation>De geselecteerde klantreis verwijderen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="vanished">Omhoog</translation>
    </message>
    <message>
        <source>Move the journey up the list</source>
        <translation>De klantreis omhoog verplaatsen in de lijst</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="vanished">Omlaag</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Toevoegen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Dupliceren</translation>
    </message>
    <message>
        <source>Create &amp;future state</source>
        <translation>&amp;Gewenste situatie maken</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation>&amp;Omhoog</translation>
    </message>
    <message>
        <source>Move the journey down the list</source>
        <translation>De klantreis omlaag verplaatsen in de lijst</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Om&amp;laag</translation>
    </message>
    <message>
        <source>Future state</source>
        <translation>Gewenste situatie</translation>
    </message>
    <message>
        <source>Current state</source>
        <translation>Huidige situatie</translation>
    </message>
    <message>
        <source>no persona</source>
        <translation>geen persona</translation>
    </message>
    <message>
        <source>Future state of &apos;{0}&apos;</source>
        <translation>Gewenste situatie van &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>No persona</source>
        <translation>Geen persona</translation>
    </message>
    <message>
        <source>Choose one for this journey in the Inspector.</source>
        <translation>Kies er een voor deze klantreis in de Inspector.</translation>
    </message>
    <message>
        <source>“{0}”</source>
        <translation>“{0}”</translation>
    </message>
</context>
<context>
    <name>Layout</name>
    <message>
        <source>Before purchase</source>
        <translation>Vóór de aankoop</translation>
    </message>
    <message>
        <source>During purchase</source>
        <translation>Tijdens de aankoop</translation>
    </message>
    <message>
        <source>After purchase</source>
        <translation>Na de aankoop</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Contactpunten</translation>
    </message>
    <message>
        <source>Sticky notes</source>
        <translation>Plakbriefjes</translation>
    </message>
    <message>
        <source>Emotion curve</source>
        <translation>Emotiecurve</translation>
    </message>
    <message>
        <source>Line of interaction</source>
        <translation>Interactielijn</translation>
    </message>
    <message>
        <source>Line of visibility</source>
        <translation>Zichtbaarheidslijn</translation>
    </message>
    <message>
        <source>Line of internal interaction</source>
        <translation>Interne interactielijn</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>Search touchpoints…</source>
        <translation>Contactpunten zoeken…</translation>
    </message>
    <message>
        <source>Add my own…</source>
        <translation>Eigen toevoegen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Before purchase</source>
        <translation>Vóór de aankoop</translation>
    </message>
    <message>
        <source>During purchase</source>
        <translation>Tijdens de aankoop</translation>
    </message>
    <message>
        <source>After purchase</source>
        <translation>Na de aankoop</translation>
    </message>
    <message>
        <source>Information and other</source>
        <translation>Informatie en overig</translation>
    </message>
    <message>
        <source>My touchpoints</source>
        <translation>Mijn contactpunten</translation>
    </message>
    <message>
        <source>Add a touchpoint</source>
        <translation>Een contactpunt toevoegen</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <source>Phase:</source>
        <translation>Aankoopfase:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>I&amp;nspector</source>
        <translation>&amp;Inspector</translation>
    </message>
    <message>
        <source>Con&amp;flicts</source>
        <translation type="vanished">C&amp;onflicten</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflicten</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>His&amp;tory</source>
        <translation>G&amp;eschiedenis</translation>
    </message>
    <message>
        <source>&amp;Conflicts</source>
        <translation type="vanished">C&amp;onflicten</translation>
    </message>
    <message>
        <source>Journeys</source>
        <translation>Klantreizen</translation>
    </message>
    <message>
        <source>&amp;Journeys</source>
        <translation>K&amp;lantreizen</translation>
    </message>
    <message>
        <source>Mer&amp;ge Conflicts</source>
        <translation>C&amp;onflicten</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Persona&apos;s</translation>
    </message>
    <message>
        <source>Pe&amp;rsonas</source>
        <translation>Per&amp;sona&apos;s</translation>
    </message>
    <message>
        <source>Touchpoint library</source>
        <translation>Contactpuntenbibliotheek</translation>
    </message>
    <message>
        <source>Touchpoint &amp;library</source>
        <translation>Contactpuntenbi&amp;bliotheek</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergelijken</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>Vergelijke&amp;n</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Beoordeling</translation>
    </message>
    <message>
        <source>R&amp;eview</source>
        <translation>Beoor&amp;deling</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Chec&amp;klist</source>
        <translation>Chec&amp;klist</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Kaart</translation>
    </message>
    <message>
        <source>&amp;Journey</source>
        <translation>&amp;Reis</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Recent &amp;geopend</translation>
    </message>
    <message>
        <source>&amp;Heat Overlay</source>
        <translation>&amp;Heatmap</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hoofdwerkbalk</translation>
    </message>
    <message>
        <source>Journey: </source>
        <translation>Klantreis: </translation>
    </message>
    <message>
        <source>Autosave failed: {0}</source>
        <translation>Automatisch opslaan mislukt: {0}</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; not done: this map is open read-only (Save As makes a copy you can edit)</source>
        <translation>&apos;{0}&apos; niet uitgevoerd: deze kaart is alleen-lezen geopend (Opslaan als maakt een kopie die je kunt bewerken)</translation>
    </message>
    <message>
        <source>Select one card, stage or lane to edit it</source>
        <translation>Selecteer één kaartje, fase of baan om te bewerken</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Naamloos</translation>
    </message>
    <message>
        <source>{0} (read-only)</source>
        <translation>{0} (alleen-lezen)</translation>
    </message>
    <message>
        <source>{0}[*] — Journey Editor</source>
        <translation>{0}[*] — Journey Editor</translation>
    </message>
    <message>
        <source>Wrote {0}</source>
        <translation>{0} geschreven</translation>
    </message>
</context>
<context>
    <name>MapAccessibility</name>
    <message>
        <source>Arrow keys and Tab move between the cards, Return or F2 edits a title, {0} opens its fields in the Inspector, {1} moves to the panels.</source>
        <translation>Pijltoetsen en Tab gaan van kaartje naar kaartje, Enter of F2 bewerkt een titel, {0} opent de velden in de Inspector, {1} gaat naar de panelen.</translation>
    </message>
    <message>
        <source>Card: {0}</source>
        <translation>Kaartje: {0}</translation>
    </message>
    <message>
        <source>Journey map: {0}</source>
        <translation>Klantreiskaart: {0}</translation>
    </message>
    <message>
        <source>Lane {0} of {1}: {2}</source>
        <translation>Baan {0} van {1}: {2}</translation>
    </message>
    <message>
        <source>Stage {0} of {1}: {2}</source>
        <translation>Fase {0} van {1}: {2}</translation>
    </message>
    <message>
        <source>emotion {0}</source>
        <translation>emotie {0}</translation>
    </message>
    <message>
        <source>key touchpoint</source>
        <translation>belangrijk contactpunt</translation>
    </message>
    <message>
        <source>lane {0}</source>
        <translation>baan {0}</translation>
    </message>
    <message>
        <source>stage {0}</source>
        <translation>fase {0}</translation>
    </message>
    <message>
        <source>status {0}</source>
        <translation>status {0}</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>naamloos</translation>
    </message>
</context>
<context>
    <name>MetricChart</name>
    <message>
        <source>{0} over time</source>
        <translation>{0} in de tijd</translation>
    </message>
</context>
<context>
    <name>MissingFile</name>
    <message>
        <source>Create journey map</source>
        <translation>Klantreiskaart maken</translation>
    </message>
    <message>
        <source>{0} does not exist yet. Create a new journey map there?</source>
        <translation>{0} bestaat nog niet. Daar een nieuwe klantreiskaart maken?</translation>
    </message>
    <message>
        <source>Create &amp;Blank Map</source>
        <translation>&amp;Lege kaart maken</translation>
    </message>
    <message>
        <source>Choose a &amp;Template…</source>
        <translation>Een &amp;sjabloon kiezen…</translation>
    </message>
    <message>
        <source>Cannot create journey map</source>
        <translation>Kan de klantreiskaart niet maken</translation>
    </message>
</context>
<context>
    <name>Panels</name>
    <message>
        <source>Arrow from &apos;{0}&apos; to &apos;{1}&apos;.
Press Delete to remove it.</source>
        <translation>Pijl van &apos;{0}&apos; naar &apos;{1}&apos;.
Druk op Delete om hem te verwijderen.</translation>
    </message>
    <message>
        <source>&lt;original&gt;</source>
        <translation>&lt;origineel&gt;</translation>
    </message>
    <message>
        <source>{0} cards selected.
Drag them, or press Delete or Ctrl+D, to act on all; select one to edit it.</source>
        <translation>{0} kaartjes geselecteerd.
Sleep ze, of druk op Delete of Ctrl+D, om ze allemaal te bewerken; selecteer er één om het te bewerken.</translation>
    </message>
    <message>
        <source>{0} items selected.
Select one to edit it.</source>
        <translation>{0} items geselecteerd.
Selecteer er één om het te bewerken.</translation>
    </message>
</context>
<context>
    <name>PersonasPanel</name>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Add a persona</source>
        <translation>Een persona toevoegen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Delete the selected persona</source>
        <translation>De geselecteerde persona verwijderen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <source>Move the persona up the list</source>
        <translation>De persona omhoog verplaatsen in de lijst</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <source>Move the persona down the list</source>
        <translation>De persona omlaag verplaatsen in de lijst</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Segment or role</source>
        <translation>Segment of rol</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Doelen</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Behoeften</translation>
    </message>
    <message>
        <source>Frustrations</source>
        <translation>Frustraties</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citaat</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Choose photo…</source>
        <translation>Foto kiezen…</translation>
    </message>
    <message>
        <source>Paste photo</source>
        <translation>Foto plakken</translation>
    </message>
    <message>
        <source>The picture on the clipboard as the photo</source>
        <translation>De afbeelding op het klembord als foto</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Foto verwijderen</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(geen naam)</translation>
    </message>
    <message>
        <source>Edit persona &apos;{0}&apos;: {1}</source>
        <translation>Persona &apos;{0}&apos; bewerken: {1}</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Een foto kiezen</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Afbeeldingen (*.png *.jpg *.jpeg);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp);;All files (*)</source>
        <translation type="vanished">Afbeeldingen (*.png *.jpg *.jpeg *.gif *.bmp *.webp);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Cannot read {0}: {1}</source>
        <translation type="vanished">Kan {0} niet lezen: {1}</translation>
    </message>
</context>
<context>
    <name>Pictures</name>
    <message>
        <source>&apos;{0}&apos; cannot be read: {1}</source>
        <translation>&apos;{0}&apos; kan niet gelezen worden: {1}</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is cut short: the end of the picture is missing</source>
        <translation>&apos;{0}&apos; is afgebroken: het einde van de afbeelding ontbreekt</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is damaged: its header gives no picture size</source>
        <translation>&apos;{0}&apos; is beschadigd: de kop geeft geen afbeeldingsgrootte</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a PNG or JPEG picture</source>
        <translation>&apos;{0}&apos; is geen PNG- of JPEG-afbeelding</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is too large for a picture ({1} MB; at most {2} MB)</source>
        <translation>&apos;{0}&apos; is te groot voor een afbeelding ({1} MB; hoogstens {2} MB)</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is too large: {1} x {2} pixels (at most {3} pixels on a side)</source>
        <translation>&apos;{0}&apos; is te groot: {1} x {2} pixels (hoogstens {3} pixels per zijde)</translation>
    </message>
    <message>
        <source>Picture attached to the card</source>
        <translation>Afbeelding aan de kaart toegevoegd</translation>
    </message>
    <message>
        <source>Select one card to paste the picture onto it</source>
        <translation>Selecteer één kaart om de afbeelding erop te plakken</translation>
    </message>
    <message>
        <source>the pasted picture</source>
        <translation>de geplakte afbeelding</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Voorkeuren</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Ask for a summary when saving</source>
        <translation>Vraag om een samenvatting bij opslaan</translation>
    </message>
    <message>
        <source>Left empty, exports name no author</source>
        <translation>Leeg: geen auteur vermeld</translation>
    </message>
    <message>
        <source>A new language takes effect when Journey Editor is restarted.</source>
        <translation>Een nieuwe taal gaat in wanneer Journey Editor opnieuw wordt gestart.</translation>
    </message>
    <message>
        <source>Autosave at most every</source>
        <translation>Automatisch opslaan uiterlijk na</translation>
    </message>
    <message>
        <source>Author name for exports</source>
        <translation>Auteursnaam voor exports</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systeemtaal</translation>
    </message>
</context>
<context>
    <name>PropertiesDialog</name>
    <message>
        <source>Map Properties</source>
        <translation>Eigenschappen van de kaart</translation>
    </message>
    <message>
        <source>e.g. Bike repair journeys, spring workshop</source>
        <translation>bijv. Klantreizen fietsreparatie, voorjaarsworkshop</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Bestand:</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Nog niet opgeslagen</translation>
    </message>
    <message>
        <source>Journeys:</source>
        <translation>Klantreizen:</translation>
    </message>
    <message>
        <source>Personas:</source>
        <translation>Persona&apos;s:</translation>
    </message>
    <message>
        <source>Cards:</source>
        <translation>Kaartjes:</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>Begonnen:</translation>
    </message>
    <message>
        <source>Last revision:</source>
        <translation>Laatste versie:</translation>
    </message>
</context>
<context>
    <name>ReadOnlyMode</name>
    <message>
        <source>Save a Copy As…</source>
        <translation>Kopie opslaan als…</translation>
    </message>
    <message>
        <source>another window is editing it</source>
        <translation>een ander venster bewerkt het</translation>
    </message>
    <message>
        <source>{0} is open read-only: {1}. Nothing you do here changes it; save a copy to make changes of your own.</source>
        <translation>{0} is alleen-lezen geopend: {1}. Niets wat je hier doet verandert het; sla een kopie op om zelf wijzigingen te maken.</translation>
    </message>
</context>
<context>
    <name>ReadabilityNote</name>
    <message>
        <source>Card text prints at {0:.1f}&#xa0;pt, the smallest text at {1:.1f}&#xa0;pt.</source>
        <translation type="vanished">De tekst op de kaartjes wordt afgedrukt op {0:.1f}&#xa0;pt, de kleinste tekst op {1:.1f}&#xa0;pt.</translation>
    </message>
    <message>
        <source>Card text prints at {0}&#xa0;pt, the smallest text at {1}&#xa0;pt.</source>
        <translation>De tekst op de kaartjes wordt afgedrukt op {0}&#xa0;pt, de kleinste tekst op {1}&#xa0;pt.</translation>
    </message>
    <message>
        <source>Hard to read on a wall: {0}.</source>
        <translation>Moeilijk leesbaar aan de muur: {0}.</translation>
    </message>
    <message>
        <source>Use {0}</source>
        <translation>Gebruik {0}</translation>
    </message>
    <message numerus="yes">
        <source>Split into %n</source>
        <translation>
            <numerusform>Verdeel over %n</numerusform>
            <numerusform>Verdeel over %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Recover Unsaved Work</source>
        <translation>Niet-opgeslagen werk herstellen</translation>
    </message>
    <message>
        <source>Journey Editor did not close properly. These maps have changes that were not saved; restore them to keep working, or discard them.</source>
        <translation>Journey Editor is niet goed afgesloten. Deze kaarten hebben wijzigingen die niet zijn opgeslagen; herstel ze om verder te werken, of gooi ze weg.</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Kaart</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Last autosave</source>
        <translation>Laatst automatisch opgeslagen</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Herstellen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Weggooien</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <source>(never saved)</source>
        <translation>(nooit opgeslagen)</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>Kan niet herstellen</translation>
    </message>
    <message>
        <source>Discard unsaved work</source>
        <translation>Niet-opgeslagen werk weggooien</translation>
    </message>
    <message>
        <source>Delete the unsaved changes of {0} map(s)? This cannot be undone.</source>
        <translation>De niet-opgeslagen wijzigingen van {0} kaart(en) verwijderen? Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>File in use</source>
        <translation>Bestand in gebruik</translation>
    </message>
    <message>
        <source>If you both save, one of you loses changes.</source>
        <translation>Als jullie allebei opslaan, raakt een van jullie wijzigingen kwijt.</translation>
    </message>
    <message>
        <source>Open &amp;Anyway</source>
        <translation>Toch &amp;openen</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation>&amp;Alleen-lezen openen</translation>
    </message>
    <message>
        <source>{0} is held by an unknown editor: its lock file cannot be read (last written {1}).</source>
        <translation>{0} wordt vastgehouden door een onbekende editor: het vergrendelbestand kan niet worden gelezen (laatst geschreven {1}).</translation>
    </message>
    <message>
        <source>{0} is open in another Journey Editor: {1} on {2}, since {3}.</source>
        <translation>{0} is geopend in een andere Journey Editor: {1} op {2}, sinds {3}.</translation>
    </message>
</context>
<context>
    <name>ResultsDialog</name>
    <message>
        <source>Dot Voting Results</source>
        <translation>Resultaten van het stippenstemmen</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kaartje</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Stippen</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(naamloos)</translation>
    </message>
    <message>
        <source>No dots placed yet</source>
        <translation>Nog geen stippen geplaatst</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>Stages without touchpoints</source>
        <translation>Fasen zonder contactpunten</translation>
    </message>
    <message>
        <source>Touchpoints without an owning team</source>
        <translation>Contactpunten zonder verantwoordelijk team</translation>
    </message>
    <message>
        <source>Negative emotion without an improvement idea</source>
        <translation>Negatieve emotie zonder verbeteridee</translation>
    </message>
    <message>
        <source>Inconsistent or wrong information</source>
        <translation>Inconsistente of verkeerde informatie</translation>
    </message>
    <message>
        <source>Touchpoints unreachable from the first stage</source>
        <translation>Contactpunten die vanuit de eerste fase onbereikbaar zijn</translation>
    </message>
    <message>
        <source>Dead ends before the last stage</source>
        <translation>Doodlopende paden vóór de laatste fase</translation>
    </message>
    <message>
        <source>Stages with too many teams</source>
        <translation>Fasen met te veel teams</translation>
    </message>
    <message>
        <source>Key touchpoints without metrics or survey</source>
        <translation>Belangrijke contactpunten zonder meetwaarden of enquête</translation>
    </message>
    <message>
        <source>Moments of truth</source>
        <translation>Momenten van de waarheid</translation>
    </message>
    <message>
        <source>Retired touchpoints still connected</source>
        <translation>Uitgefaseerde contactpunten die nog verbonden zijn</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>probleem</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>waarschuwing</translation>
    </message>
    <message>
        <source>note</source>
        <translation>opmerking</translation>
    </message>
    <message>
        <source>Stage “{stage}” has no touchpoints: where does the customer meet you here?</source>
        <translation>Fase “{stage}” heeft geen contactpunten: waar ontmoet de klant jullie hier?</translation>
    </message>
    <message>
        <source>Touchpoint {card} has no owning team.</source>
        <translation>Contactpunt {card} heeft geen verantwoordelijk team.</translation>
    </message>
    <message>
        <source>{card} feels negative (emotion {emotion}) and has no improvement idea.</source>
        <translation>{card} voelt negatief (emotie {emotion}) en heeft geen verbeteridee.</translation>
    </message>
    <message>
        <source>{card} is flagged as inconsistent or wrong information.</source>
        <translation>{card} is gemarkeerd als inconsistente of verkeerde informatie.</translation>
    </message>
    <message>
        <source>Touchpoint {card} cannot be reached from the first stage: no chain of connections leads to it.</source>
        <translation>Contactpunt {card} is vanuit de eerste fase niet te bereiken: geen keten van verbindingen leidt ernaartoe.</translation>
    </message>
    <message>
        <source>Touchpoint {card} is a dead end: the journey stops there, before the last stage.</source>
        <translation>Contactpunt {card} is doodlopend: de klantreis stopt daar, vóór de laatste fase.</translation>
    </message>
    <message>
        <source>In stage “{stage}” the customer meets {count} teams ({teams}); more than {limit} makes the experience feel disjointed.</source>
        <translation>In fase “{stage}” ontmoet de klant {count} teams ({teams}); meer dan {limit} maakt de ervaring versnipperd.</translation>
    </message>
    <message>
        <source>Key touchpoint {card} has no metric and no survey feedback.</source>
        <translation>Belangrijk contactpunt {card} heeft geen meetwaarde en geen enquêtefeedback.</translation>
    </message>
    <message>
        <source>Moment of truth: “{stage}” is a low point of the emotion curve ({value}).</source>
        <translation>Moment van de waarheid: “{stage}” is een dieptepunt van de emotiecurve ({value}).</translation>
    </message>
    <message>
        <source>Retired touchpoint {card} is still connected to {cards}.</source>
        <translation>Uitgefaseerd contactpunt {card} is nog verbonden met {cards}.</translation>
    </message>
    <message>
        <source>“{title}” ({lane}, {stage})</source>
        <translation>“{title}” ({lane}, {stage})</translation>
    </message>
    <message>
        <source>untitled card</source>
        <translation>naamloos kaartje</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>… and {0} more</source>
        <translation>… en nog {0}</translation>
    </message>
    <message>
        <source>Thresholds…</source>
        <translation>Drempels…</translation>
    </message>
    <message>
        <source>No journey to review.</source>
        <translation>Geen klantreis om te beoordelen.</translation>
    </message>
    <message>
        <source>No findings: this journey passes the review.</source>
        <translation>Geen bevindingen: deze klantreis doorstaat de beoordeling.</translation>
    </message>
    <message>
        <source>1 finding. Click it to show it on the map.</source>
        <translation>1 bevinding. Klik erop om hem op de kaart te tonen.</translation>
    </message>
    <message>
        <source>{0} findings. Click one to show it on the map.</source>
        <translation>{0} bevindingen. Klik op een bevinding om hem op de kaart te tonen.</translation>
    </message>
</context>
<context>
    <name>SessionMenu</name>
    <message>
        <source>Host &amp;Workshop Session…</source>
        <translation>&amp;Workshopsessie hosten…</translation>
    </message>
    <message>
        <source>&amp;Join Session…</source>
        <translation>&amp;Deelnemen aan sessie…</translation>
    </message>
    <message>
        <source>End &amp;Live Session</source>
        <translation>Live-sessie &amp;beëindigen</translation>
    </message>
    <message>
        <source>Host Workshop Session</source>
        <translation>Workshopsessie hosten</translation>
    </message>
    <message>
        <source>The session could not start: {0}</source>
        <translation>De sessie kon niet starten: {0}</translation>
    </message>
    <message>
        <source>Joining {0}:{1}…</source>
        <translation type="vanished">Verbinden met {0}:{1}…</translation>
    </message>
    <message>
        <source>Joining {0}…</source>
        <translation>Verbinden met {0}…</translation>
    </message>
    <message>
        <source>The host did not accept the session code. Check it and try again.</source>
        <translation>De host heeft de sessiecode niet geaccepteerd. Controleer hem en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The host did not accept the session code.</source>
        <translation>De host heeft de sessiecode niet geaccepteerd.</translation>
    </message>
    <message>
        <source>The host refused an edit from this laptop and left it out of the session. The map stays open as it is.</source>
        <translation>De host heeft een wijziging van deze laptop geweigerd en hem buiten de sessie gelaten. De kaart blijft open zoals hij is.</translation>
    </message>
    <message>
        <source>The session has ended. The map stays open as your own copy: save it to keep it.</source>
        <translation>De sessie is beëindigd. De kaart blijft open als je eigen kopie: sla hem op om hem te bewaren.</translation>
    </message>
    <message>
        <source>Live session</source>
        <translation>Live-sessie</translation>
    </message>
    <message>
        <source>Hosting on {0}:{1} · {2} joined</source>
        <translation>Host op {0}:{1} · {2} deelnemers</translation>
    </message>
    <message>
        <source>{0} joined</source>
        <translation>{0} deelnemers</translation>
    </message>
    <message>
        <source>Back online</source>
        <translation>Weer online</translation>
    </message>
    <message>
        <source>In a live session</source>
        <translation>In een live-sessie</translation>
    </message>
    <message>
        <source>Reconnecting… (working offline: your edits are kept)</source>
        <translation>Opnieuw verbinden… (offline aan het werk: je wijzigingen blijven bewaard)</translation>
    </message>
    <message>
        <source>Session: connection lost, working offline…</source>
        <translation type="vanished">Sessie: verbinding verbroken, offline verder…</translation>
    </message>
    <message>
        <source>{0} on &apos;{1}&apos;</source>
        <translation>{0} op &apos;{1}&apos;</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <source>Filter, e.g. undo or Ctrl+D</source>
        <translation>Filteren, bijv. ongedaan of Ctrl+D</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Opdracht</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Toetsen</translation>
    </message>
</context>
<context>
    <name>SideBySideDialog</name>
    <message>
        <source>Side by Side: {0} and {1}</source>
        <translation>Naast elkaar: {0} en {1}</translation>
    </message>
    <message>
        <source>Only the rows with differences</source>
        <translation>Alleen de rijen met verschillen</translation>
    </message>
    <message>
        <source>{0} (removed)</source>
        <translation>{0} (verwijderd)</translation>
    </message>
    <message>
        <source>{0} (added)</source>
        <translation>{0} (toegevoegd)</translation>
    </message>
    <message>
        <source>{0} (was {1})</source>
        <translation>{0} (was {1})</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Baan</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Journey Editor needs system libraries that are not installed. Install them with:
    sudo apt-get install {0}</source>
        <translation>Journey Editor heeft systeembibliotheken nodig die niet zijn geïnstalleerd. Installeer ze met:
    sudo apt-get install {0}</translation>
    </message>
    <message>
        <source>No display found (DISPLAY is not set): start Journey Editor from a desktop session. The command-line tools (journey-editor --help) work without one.</source>
        <translation>Geen beeldscherm gevonden (DISPLAY is niet ingesteld): start Journey Editor vanuit een desktopsessie. De opdrachtregelprogramma&apos;s (journey-editor --help) werken zonder.</translation>
    </message>
</context>
<context>
    <name>StateBadge</name>
    <message>
        <source>Future state: a plan for the journey, not today&apos;s journey</source>
        <translation>Gewenste situatie: een plan voor de klantreis, niet de klantreis van vandaag</translation>
    </message>
    <message>
        <source>Future state</source>
        <translation>Gewenste situatie</translation>
    </message>
</context>
<context>
    <name>Survey</name>
    <message>
        <source>&apos;{0}&apos; is not a date (use 2026-03-31 or 31.3.2026)</source>
        <translation>&apos;{0}&apos; is geen datum (gebruik 2026-03-31 of 31.3.2026)</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a number</source>
        <translation>&apos;{0}&apos; is geen getal</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a valid date</source>
        <translation>&apos;{0}&apos; is geen geldige datum</translation>
    </message>
    <message>
        <source>column &apos;{0}&apos;</source>
        <translation>kolom &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>no touchpoint has the title or id &apos;{0}&apos;</source>
        <translation>geen contactpunt heeft de titel of id &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>there is no column &apos;{0}&apos; for the {1}</source>
        <translation>er is geen kolom &apos;{0}&apos; voor {1}</translation>
    </message>
    <message>
        <source>unknown column role &apos;{0}&apos;</source>
        <translation>onbekende kolomrol &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>{0} touchpoints are called &apos;{1}&apos;; use the card&apos;s id instead</source>
        <translation>{0} contactpunten heten &apos;{1}&apos;; gebruik de id van het kaartje</translation>
    </message>
    <message>
        <source>CSV UTF-8</source>
        <translation>CSV UTF-8</translation>
    </message>
    <message>
        <source>missing column(s): {0} (choose them in the mapping)</source>
        <translation>ontbrekende kolom(men): {0} (kies ze bij de koppeling)</translation>
    </message>
    <message>
        <source>more than {0:,} rows; the limit is {0:,}</source>
        <translation>meer dan {0:,} rijen; de grens is {0:,}</translation>
    </message>
    <message>
        <source>row {0}</source>
        <translation>rij {0}</translation>
    </message>
    <message>
        <source>the file has no data rows</source>
        <translation>het bestand heeft geen gegevensrijen</translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation>het bestand is te groot</translation>
    </message>
    <message>
        <source>the first row should name the columns, but it is empty</source>
        <translation>de eerste rij moet de kolommen benoemen, maar die is leeg</translation>
    </message>
    <message>
        <source>the metric name is empty</source>
        <translation>de naam van de meetwaarde is leeg</translation>
    </message>
    <message>
        <source>the metric name is longer than {0} characters</source>
        <translation>de naam van de meetwaarde is langer dan {0} tekens</translation>
    </message>
    <message>
        <source>the touchpoint is empty</source>
        <translation>het contactpunt is leeg</translation>
    </message>
    <message>
        <source>the touchpoint would have more than {0} metrics</source>
        <translation>het contactpunt zou meer dan {0} meetwaarden krijgen</translation>
    </message>
    <message>
        <source>the value is empty</source>
        <translation>de waarde is leeg</translation>
    </message>
    <message>
        <source>{0} is out of range</source>
        <translation>{0} valt buiten het bereik</translation>
    </message>
</context>
<context>
    <name>SurveyDialog</name>
    <message>
        <source>Import Survey Results</source>
        <translation>Enquêteresultaten importeren</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Geen bestand gekozen</translation>
    </message>
    <message>
        <source>Choose File…</source>
        <translation>Bestand kiezen…</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolommen</translation>
    </message>
    <message>
        <source>Touchpoint (title or id)</source>
        <translation>Contactpunt (titel of id)</translation>
    </message>
    <message>
        <source>Metric name</source>
        <translation>Naam van de meetwaarde</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source> (optional)</source>
        <translation> (optioneel)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <source>Import survey results</source>
        <translation>Enquêteresultaten importeren</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>… and {0} more</source>
        <translation>… en nog {0}</translation>
    </message>
    <message>
        <source>{0} problem(s): fix the file or the column choice; nothing is imported while there are any.</source>
        <translation>{0} probleem/problemen: pas het bestand of de kolomkeuze aan; zolang er problemen zijn, wordt niets geïmporteerd.</translation>
    </message>
    <message>
        <source>{0} result(s) for {1} touchpoint(s) are ready to import.</source>
        <translation>{0} resultaat/resultaten voor {1} contactpunt(en) klaar om te importeren.</translation>
    </message>
    <message>
        <source>The journey changed; choose the file again.</source>
        <translation>De klantreis is gewijzigd; kies het bestand opnieuw.</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-bestanden (*.csv *.txt);;Alle bestanden (*)</translation>
    </message>
</context>
<context>
    <name>TemplateGallery</name>
    <message>
        <source>New from Template</source>
        <translation>Nieuw van sjabloon</translation>
    </message>
    <message>
        <source>Language of the template&apos;s text</source>
        <translation>Taal van de tekst in het sjabloon</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Maken</translation>
    </message>
    <message>
        <source>An empty map: the purchase phases as stages and the basic lanes, ready to fill in.</source>
        <translation>Een lege kaart: de aankoopfasen als fasen en de basisbanen, klaar om in te vullen.</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>no template &apos;{0}&apos; in language &apos;{1}&apos; (known: {2})</source>
        <translation>geen sjabloon &apos;{0}&apos; in de taal &apos;{1}&apos; (bekend: {2})</translation>
    </message>
    <message>
        <source>Created from the &apos;{0}&apos; template</source>
        <translation>Gemaakt van het sjabloon &apos;{0}&apos;</translation>
    </message>
</context>
<context>
    <name>ThresholdsForm</name>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>Most teams in a stage</source>
        <translation>Maximaal aantal teams in een fase</translation>
    </message>
    <message>
        <source>Negative emotion at or below</source>
        <translation>Negatieve emotie bij of onder</translation>
    </message>
    <message>
        <source>Moments of truth to name</source>
        <translation>Te noemen momenten van de waarheid</translation>
    </message>
</context>
<context>
    <name>TimerFace</name>
    <message>
        <source>Time&apos;s up!</source>
        <translation>De tijd is om!</translation>
    </message>
</context>
<context>
    <name>UndoNotice</name>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>Undo this edit</source>
        <translation>Deze bewerking ongedaan maken</translation>
    </message>
</context>
<context>
    <name>VotingBar</name>
    <message>
        <source>&amp;Vote</source>
        <translation>&amp;Stemmen</translation>
    </message>
    <message>
        <source>Click a card to place a dot; Shift+click or right-click takes one off (V)</source>
        <translation>Klik op een kaartje om een stip te plaatsen; Shift+klik of rechtsklik haalt er een weg (V)</translation>
    </message>
    <message>
        <source>Who is voting (number keys 1-9)</source>
        <translation>Wie stemt (cijfertoetsen 1-9)</translation>
    </message>
    <message>
        <source>&amp;Round…</source>
        <translation>&amp;Ronde…</translation>
    </message>
    <message>
        <source>R&amp;esults…</source>
        <translation>R&amp;esultaten…</translation>
    </message>
    <message>
        <source>{0} of {1} dots left</source>
        <translation>{0} van {1} stippen over</translation>
    </message>
    <message>
        <source>No round yet</source>
        <translation>Nog geen ronde</translation>
    </message>
</context>
<context>
    <name>VotingDialog</name>
    <message>
        <source>Dot Voting Round</source>
        <translation>Ronde stippenstemmen</translation>
    </message>
    <message>
        <source>One name per line</source>
        <translation>Eén naam per regel</translation>
    </message>
    <message>
        <source>Take off the dots already placed</source>
        <translation>De al geplaatste stippen weghalen</translation>
    </message>
    <message>
        <source>&amp;Participants:</source>
        <translation>&amp;Deelnemers:</translation>
    </message>
    <message>
        <source>&amp;Dots each:</source>
        <translation>&amp;Stippen per persoon:</translation>
    </message>
</context>
<context>
    <name>VotingState</name>
    <message>
        <source>Vote</source>
        <translation>Stemmen</translation>
    </message>
    <message>
        <source>Set up a voting round first.</source>
        <translation>Stel eerst een stemronde in.</translation>
    </message>
    <message>
        <source>Remove {0}&apos;s dot from &apos;{1}&apos;</source>
        <translation>Stip van {0} weghalen bij &apos;{1}&apos;</translation>
    </message>
    <message>
        <source>Dot from {0} on &apos;{1}&apos;</source>
        <translation>Stip van {0} op &apos;{1}&apos;</translation>
    </message>
    <message>
        <source>Choose who is voting.</source>
        <translation>Kies wie er stemt.</translation>
    </message>
    <message>
        <source>That card is gone.</source>
        <translation>Dat kaartje bestaat niet meer.</translation>
    </message>
    <message>
        <source>{0} has no dots left.</source>
        <translation>{0} heeft geen stippen meer.</translation>
    </message>
    <message>
        <source>{0} has no dot on this card.</source>
        <translation>{0} heeft geen stip op dit kaartje.</translation>
    </message>
    <message>
        <source>Set up dot voting</source>
        <translation>Stippenstemmen instellen</translation>
    </message>
</context>
<context>
    <name>WebPageExport</name>
    <message>
        <source>Could not write {0}: {1}</source>
        <translation>Kon {0} niet schrijven: {1}</translation>
    </message>
    <message>
        <source>Export as Web Page</source>
        <translation>Exporteren als webpagina</translation>
    </message>
    <message>
        <source>Journey map</source>
        <translation>Klantreiskaart</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Webpagina (*.html)</translation>
    </message>
</context>
<context>
    <name>WorkshopMode</name>
    <message>
        <source>Workshop Mode</source>
        <translation>Workshopmodus</translation>
    </message>
    <message>
        <source>Show the map on:</source>
        <translation>De kaart tonen op:</translation>
    </message>
    <message>
        <source>Stage {0} of {1}: {2}</source>
        <translation>Fase {0} van {1}: {2}</translation>
    </message>
</context>
<context>
    <name>WorkshopPanel</name>
    <message>
        <source>← → stages · ↑ ↓ scroll · Home: whole map · 1-9: who votes · V: vote · Esc: leave</source>
        <translation type="vanished">← → fasen · ↑ ↓ scrollen · Home: hele kaart · 1-9: wie stemt · V: stemmen · Esc: verlaten</translation>
    </message>
    <message>
        <source>← → stages · ↑ ↓ scroll · Home: whole map · 1-9: who votes · V: vote · T: timer · Esc: leave</source>
        <translation>← → fasen · ↑ ↓ scrollen · Home: hele kaart · 1-9: wie stemt · V: stemmen · T: timer · Esc: verlaten</translation>
    </message>
</context>
<context>
    <name>WorkshopTimer</name>
    <message>
        <source>Workshop timer</source>
        <translation>Workshoptimer</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Start or pause (S)</source>
        <translation>Starten of pauzeren (S)</translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation>+1 min</translation>
    </message>
    <message>
        <source>Add a minute (+)</source>
        <translation>Een minuut erbij (+)</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <source>Back to the full time (R)</source>
        <translation>Terug naar de volle tijd (R)</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Timer</translation>
    </message>
    <message>
        <source>Duration, sound, corner and size (D)</source>
        <translation>Duur, geluid, hoek en grootte (D)</translation>
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
        <translation>&amp;Andere duur…</translation>
    </message>
    <message>
        <source>&amp;Sound at the End</source>
        <translation>&amp;Geluid aan het eind</translation>
    </message>
    <message>
        <source>&amp;Large Digits</source>
        <translation>G&amp;rote cijfers</translation>
    </message>
    <message>
        <source>Next &amp;Corner</source>
        <translation>Volgende &amp;hoek</translation>
    </message>
    <message>
        <source>&amp;Hide Timer</source>
        <translation>Timer &amp;verbergen</translation>
    </message>
    <message>
        <source>Minutes:</source>
        <translation>Minuten:</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Afgelopen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pauze</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Hervatten</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Opnieuw starten</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Gepauzeerd</translation>
    </message>
    <message>
        <source>Last minute</source>
        <translation>Laatste minuut</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Loopt</translation>
    </message>
    <message>
        <source>Ready: S starts</source>
        <translation>Klaar: S start</translation>
    </message>
    <message>
        <source>Time&apos;s up</source>
        <translation>De tijd is om</translation>
    </message>
    <message>
        <source>Timer: less than a minute left</source>
        <translation>Timer: minder dan een minuut over</translation>
    </message>
    <message>
        <source>Timer set to {0}</source>
        <translation>Timer ingesteld op {0}</translation>
    </message>
    <message>
        <source>Timer running, {0} left</source>
        <translation>Timer loopt, nog {0}</translation>
    </message>
    <message>
        <source>Timer paused, {0} left</source>
        <translation>Timer gepauzeerd, nog {0}</translation>
    </message>
    <message>
        <source>A minute added, {0} left</source>
        <translation>Een minuut erbij, nog {0}</translation>
    </message>
    <message numerus="yes">
        <source>Timer: %n min left</source>
        <translation>
            <numerusform>Timer: nog %n min</numerusform>
            <numerusform>Timer: nog %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>One minute left</source>
        <translation>Nog één minuut</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>gebruik: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>positionele argumenten</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opties</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>toon deze hulp en stop</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: fout: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ongeldige keuze: %(value)r (kies uit %(choices)s)</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>de volgende argumenten zijn verplicht: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>onbekende argumenten: %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>verwachtte één argument</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>verwachtte ten minste één argument</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>verwachtte hoogstens één argument</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ongeldige %(type)s-waarde: %(value)r</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>dubbelzinnige optie: %(option)s kan %(matches)s zijn</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>niet toegestaan samen met argument %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>een van de argumenten %s is verplicht</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>File in use</source>
        <translation type="vanished">Bestand in gebruik</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation type="vanished">&amp;Alleen-lezen openen</translation>
    </message>
    <message>
        <source>Open &amp;Anyway</source>
        <translation type="vanished">Toch &amp;openen</translation>
    </message>
    <message>
        <source>{0} is held by an unknown editor: its lock file cannot be read (last written {1}).</source>
        <translation type="vanished">{0} wordt vastgehouden door een onbekende editor: het vergrendelbestand kan niet worden gelezen (laatst geschreven {1}).</translation>
    </message>
    <message>
        <source>{0} is open in another Journey Editor: {1} on {2}, since {3}.</source>
        <translation type="vanished">{0} is geopend in een andere Journey Editor: {1} op {2}, sinds {3}.</translation>
    </message>
    <message>
        <source>If you both save, one of you loses changes.</source>
        <translation type="vanished">Als jullie allebei opslaan, raakt een van jullie wijzigingen kwijt.</translation>
    </message>
</context>
</TS>
