<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>AboutBox</name>
    <message>
        <source>About Journey Editor</source>
        <translation>Om Journey Editor</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Ny</translation>
    </message>
    <message>
        <source>New from &amp;Template…</source>
        <translation>Ny fra s&amp;kabelon…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Åbn…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Gem s&amp;om…</translation>
    </message>
    <message>
        <source>Ask for a Su&amp;mmary When Saving</source>
        <translation>Bed om et &amp;resumé ved hver gemning</translation>
    </message>
    <message>
        <source>On every save, ask for a short summary of what changed, kept in the map&apos;s history</source>
        <translation>Bed ved hver gemning om et kort resumé af ændringerne, som gemmes i kortets historik</translation>
    </message>
    <message>
        <source>Revision &amp;History…</source>
        <translation>Versions&amp;historik…</translation>
    </message>
    <message>
        <source>Compare with Saved &amp;Version</source>
        <translation>Sammenlign med gemt &amp;version</translation>
    </message>
    <message>
        <source>What changed since the file was last saved</source>
        <translation>Hvad der er ændret, siden filen sidst blev gemt</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Eksportér…</translation>
    </message>
    <message>
        <source>&amp;Import Survey Results…</source>
        <translation>&amp;Importér undersøgelsesresultater…</translation>
    </message>
    <message>
        <source>Attach metrics from a survey CSV file to the touchpoints</source>
        <translation>Knyt målinger fra en CSV-fil med undersøgelsesresultater til berøringspunkterna</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
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
        <source>Cu&amp;t</source>
        <translation>Kli&amp;p</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiér</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Indsæt</translation>
    </message>
    <message>
        <source>Dup&amp;licate</source>
        <translation>&amp;Duplikér</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Slet</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Markér &amp;alt</translation>
    </message>
    <message>
        <source>C&amp;onnect Selected Cards</source>
        <translation>Forbind &amp;valgte kort</translation>
    </message>
    <message>
        <source>Draw an arrow from the first selected card to the second</source>
        <translation>Tegn en pil fra det første valgte kort til det andet</translation>
    </message>
    <message>
        <source>Edit in &amp;Inspector</source>
        <translation>Redigér i Inspektø&amp;ren</translation>
    </message>
    <message>
        <source>Put the keyboard in the selected item&apos;s first field; Esc there comes back</source>
        <translation>Flyt tastaturet til det valgte elements første felt; Esc der fører tilbage</translation>
    </message>
    <message>
        <source>Add &amp;Card</source>
        <translation>Tilføj &amp;kort</translation>
    </message>
    <message>
        <source>Add &amp;Stage</source>
        <translation>Tilføj &amp;fase</translation>
    </message>
    <message>
        <source>Add &amp;Lane</source>
        <translation>Tilføj &amp;bane</translation>
    </message>
    <message>
        <source>Show &amp;Unvalidated Cards Only</source>
        <translation>Vis kun &amp;ikke-validerede kort</translation>
    </message>
    <message>
        <source>Dim the validated cards, so what still needs checking stands out</source>
        <translation>Nedton de validerede kort, så det, der stadig skal tjekkes, træder frem</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>Indstilli&amp;nger…</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Zoom ind</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom &amp;ud</translation>
    </message>
    <message>
        <source>Actual &amp;Size</source>
        <translation>&amp;Faktisk størrelse</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>&amp;Tilpas til vinduet</translation>
    </message>
    <message>
        <source>Next &amp;Pane</source>
        <translation>&amp;Næste panel</translation>
    </message>
    <message>
        <source>Move the keyboard to the next of the map, the panels and the toolbar</source>
        <translation>Flyt tastaturet til det næste af kortet, panelerne og værktøjslinjen</translation>
    </message>
    <message>
        <source>Pre&amp;vious Pane</source>
        <translation>Forri&amp;ge panel</translation>
    </message>
    <message>
        <source>High &amp;Contrast</source>
        <translation>&amp;Høj kontrast</translation>
    </message>
    <message>
        <source>Black text on light cards, black headers and lines</source>
        <translation>Sort tekst på lyse kort, sorte overskrifter og linjer</translation>
    </message>
    <message>
        <source>&amp;Workshop Mode</source>
        <translation>&amp;Workshoptilstand</translation>
    </message>
    <message>
        <source>The map full screen for a projector: stage by stage, dot voting; Esc leaves</source>
        <translation>Kortet i fuld skærm til en projektor: fase for fase, prikafstemning; Esc afslutter</translation>
    </message>
    <message>
        <source>E&amp;xport as Web Page…</source>
        <translation>Eks&amp;portér som webside…</translation>
    </message>
    <message>
        <source>Overl&amp;ay Emotion Curves…</source>
        <translation>Følelseskurver sam&amp;let…</translation>
    </message>
    <message>
        <source>Export as &amp;Web Page…</source>
        <translation type="vanished">Eksportér som &amp;webside…</translation>
    </message>
    <message>
        <source>The whole map in one HTML file that opens offline in any browser: zoom, pan, click a card for its fields</source>
        <translation>Hele kortet i én HTML-fil, der åbner offline i enhver browser: zoom, panorér, klik på et kort for at se dets felter</translation>
    </message>
    <message>
        <source>Interview &amp;Guide…</source>
        <translation>Interviewg&amp;uide…</translation>
    </message>
    <message>
        <source>Questions per stage and touchpoint for customer interviews, or a survey, in the map&apos;s language</source>
        <translation>Spørgsmål pr. fase og kontaktpunkt til kundeinterviews, eller en spørgeskemaundersøgelse, på kortets sprog</translation>
    </message>
    <message>
        <source>Mark &amp;Baseline…</source>
        <translation>Markér &amp;baseline…</translation>
    </message>
    <message>
        <source>Keep the map as it is now under a name, to compare it with later</source>
        <translation>Gem kortet, som det er nu, under et navn for at sammenligne med det senere</translation>
    </message>
    <message>
        <source>&amp;Emotion Curves Together…</source>
        <translation type="vanished">Føl&amp;elseskurver samlet…</translation>
    </message>
    <message>
        <source>The emotion curves of several journeys over the same stages, in one chart</source>
        <translation>Følelseskurverne for flere rejser over de samme faser, i ét diagram</translation>
    </message>
    <message>
        <source>Pro&amp;perties…</source>
        <translation>Egen&amp;skaber…</translation>
    </message>
    <message>
        <source>The map&apos;s title and what the file holds</source>
        <translation>Kortets titel og hvad filen indeholder</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>&amp;Kom i gang</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastaturgenveje</translation>
    </message>
    <message>
        <source>&amp;File Format</source>
        <translation>&amp;Filformat</translation>
    </message>
    <message>
        <source>&amp;About Journey Editor</source>
        <translation>&amp;Om Journey Editor</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Filer</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Rediger</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Kort</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Vis</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hjælp</translation>
    </message>
    <message>
        <source>On the map</source>
        <translation>På kortet</translation>
    </message>
    <message>
        <source>Move the keyboard cursor across cells and cards</source>
        <translation>Flyt tastaturmarkøren mellem celler og kort</translation>
    </message>
    <message>
        <source>Next or previous card</source>
        <translation>Næste eller forrige kort</translation>
    </message>
    <message>
        <source>Edit the selected card, stage or lane name</source>
        <translation>Redigér det valgte kort eller navnet på den valgte fase eller bane</translation>
    </message>
    <message>
        <source>Move the selected cards to the next cell</source>
        <translation>Flyt de valgte kort til den næste celle</translation>
    </message>
    <message>
        <source>Cancel a drag or an edit</source>
        <translation>Annullér en trækning eller redigering</translation>
    </message>
    <message>
        <source>Hold and drag to pan the map</source>
        <translation>Hold nede og træk for at panorere kortet</translation>
    </message>
    <message>
        <source>Leave the map for the next or previous control</source>
        <translation>Forlad kortet til den næste eller forrige kontrol</translation>
    </message>
    <message>
        <source>In the Inspector</source>
        <translation>I Inspektøren</translation>
    </message>
    <message>
        <source>Back to the map, the item still selected</source>
        <translation>Tilbage til kortet, elementet stadig valgt</translation>
    </message>
    <message>
        <source>Workshop mode</source>
        <translation>Workshoptilstand</translation>
    </message>
    <message>
        <source>Previous or next stage</source>
        <translation>Forrige eller næste fase</translation>
    </message>
    <message>
        <source>Back to the whole map</source>
        <translation>Tilbage til hele kortet</translation>
    </message>
    <message>
        <source>Scroll the stage up or down</source>
        <translation>Rul fasen op eller ned</translation>
    </message>
    <message>
        <source>Dot voting on or off</source>
        <translation>Prikafstemning til eller fra</translation>
    </message>
    <message>
        <source>Vote as the first, second, third… participant</source>
        <translation>Stem som første, anden, tredje… deltager</translation>
    </message>
    <message>
        <source>Leave workshop mode</source>
        <translation>Forlad workshoptilstand</translation>
    </message>
    <message>
        <source>Workshop timer</source>
        <translation>Workshoptimer</translation>
    </message>
    <message>
        <source>Show or hide the timer</source>
        <translation>Vis eller skjul timeren</translation>
    </message>
    <message>
        <source>Start, pause or resume the timer</source>
        <translation>Start, sæt på pause eller genoptag timeren</translation>
    </message>
    <message>
        <source>Add a minute to the timer</source>
        <translation>Læg et minut til timeren</translation>
    </message>
    <message>
        <source>Reset the timer to its full time</source>
        <translation>Nulstil timeren til den fulde tid</translation>
    </message>
    <message>
        <source>The timer&apos;s menu: duration and sound at the end</source>
        <translation>Timerens menu: varighed og lyd til sidst</translation>
    </message>
    <message>
        <source>The timer&apos;s menu: 1, 3, 5, 10 minutes or another duration; sound at the end</source>
        <translation type="vanished">Timerens menu: 1, 3, 5, 10 minutter eller en anden varighed; lyd til sidst</translation>
    </message>
    <message>
        <source>Move the timer to the next corner</source>
        <translation>Flyt timeren til næste hjørne</translation>
    </message>
    <message>
        <source>Large or normal timer digits</source>
        <translation>Store eller normale cifre på timeren</translation>
    </message>
</context>
<context>
    <name>Baselines</name>
    <message>
        <source>A map keeps at most {0} baselines: remove the name of one you no longer need in Revision History.</source>
        <translation>Et kort gemmer højst {0} baselines: fjern navnet på en, du ikke længere har brug for, i Revisionshistorik.</translation>
    </message>
    <message>
        <source>Baseline of {0}</source>
        <translation>Baseline {0}</translation>
    </message>
    <message>
        <source>Mark Baseline</source>
        <translation>Markér baseline</translation>
    </message>
    <message>
        <source>The map as it is now is kept in the file under this name, so that the Compare panel can show what changed since.</source>
        <translation>Kortet, som det er nu, gemmes i filen under dette navn, så panelet Sammenlign kan vise, hvad der er ændret siden.</translation>
    </message>
    <message>
        <source>A baseline&apos;s name may have at most {0} characters.</source>
        <translation>En baselines navn må have højst {0} tegn.</translation>
    </message>
    <message>
        <source>Another revision is already named &apos;{0}&apos;.</source>
        <translation>En anden revision hedder allerede &apos;{0}&apos;.</translation>
    </message>
    <message>
        <source>A baseline needs a name.</source>
        <translation>En baseline skal have et navn.</translation>
    </message>
    <message>
        <source>not merged: the two versions have {0} named baselines together, more than the {1} a map can keep. Remove at least {2} of them in one version (File &gt; Revision History), then merge again.</source>
        <translation>ikke flettet: de to versioner har tilsammen {0} navngivne baselines, flere end de {1} et kort kan gemme. Fjern mindst {2} af dem i den ene version (Filer &gt; Versionshistorik), og flet så igen.</translation>
    </message>
</context>
<context>
    <name>Bridges</name>
    <message>
        <source>&apos;{0}&apos; is not a colour like {1}</source>
        <translation>&apos;{0}&apos; er ikke en farve som {1}</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a whole number from {1} to {2}</source>
        <translation>&apos;{0}&apos; er ikke et heltal fra {1} til {2}</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not in the expected form</source>
        <translation>&apos;{0}&apos; har ikke den forventede form</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not one of: {1}</source>
        <translation>&apos;{0}&apos; er ikke en af: {1}</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not true or false</source>
        <translation>&apos;{0}&apos; er hverken sand eller falsk</translation>
    </message>
    <message>
        <source>Journey Editor export: each section is a stage, each task a card; a task&apos;s first actor is the card&apos;s lane, the others are its owners.</source>
        <translation>Eksport fra Journey Editor: hver sektion er en fase, hver opgave et kort; en opgaves første aktør er kortets bane, de øvrige er dets ejere.</translation>
    </message>
    <message>
        <source>Mermaid does not allow &apos;;&apos; here</source>
        <translation>Mermaid tillader ikke &apos;;&apos; her</translation>
    </message>
    <message>
        <source>Score = emotion on Mermaid&apos;s 1..5 scale: -3 -&gt; 1, -2 and -1 -&gt; 2, 0 -&gt; 3, +1 and +2 -&gt; 4, +3 -&gt; 5; a card without an emotion scores 3.</source>
        <translation>Score = følelse på Mermaids skala 1..5: -3 -&gt; 1, -2 og -1 -&gt; 2, 0 -&gt; 3, +1 og +2 -&gt; 4, +3 -&gt; 5; et kort uden følelse får 3.</translation>
    </message>
    <message>
        <source>a second &apos;journey&apos; line</source>
        <translation>en anden &apos;journey&apos;-linje</translation>
    </message>
    <message>
        <source>a section name cannot contain &apos;:&apos;</source>
        <translation>et sektionsnavn må ikke indeholde &apos;:&apos;</translation>
    </message>
    <message>
        <source>column &apos;{0}&apos;</source>
        <translation>kolonnen &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>expected &apos;section NAME&apos; or &apos;Task name: score: actors&apos;</source>
        <translation>forventede &apos;section NAVN&apos; eller &apos;Opgavens navn: score: aktører&apos;</translation>
    </message>
    <message>
        <source>no name, and no {0} has the id &apos;{1}&apos;</source>
        <translation>intet navn, og ingen {0} har id&apos;et &apos;{1}&apos;</translation>
    </message>
    <message>
        <source>the &apos;accDescr {&apos; block is never closed with &apos;}&apos;</source>
        <translation>blokken &apos;accDescr {&apos; lukkes aldrig med &apos;}&apos;</translation>
    </message>
    <message>
        <source>the front matter &apos;---&apos; is never closed by a second &apos;---&apos;</source>
        <translation>indledningen &apos;---&apos; lukkes aldrig med en anden &apos;---&apos;</translation>
    </message>
    <message>
        <source>the id &apos;{0}&apos; is also on row {1}</source>
        <translation>id&apos;et &apos;{0}&apos; står også i række {1}</translation>
    </message>
    <message>
        <source>the lane &apos;{0}&apos; is listed twice</source>
        <translation>banen &apos;{0}&apos; står der to gange</translation>
    </message>
    <message>
        <source>the score &apos;{0}&apos; is not a number from 1 to 5</source>
        <translation>scoren &apos;{0}&apos; er ikke et tal fra 1 til 5</translation>
    </message>
    <message>
        <source>the task has no name before &apos;:&apos;</source>
        <translation>opgaven har intet navn før &apos;:&apos;</translation>
    </message>
    <message>
        <source>this is not a Mermaid journey (it must start with &apos;journey&apos;)</source>
        <translation>dette er ikke en Mermaid-rejse (den skal begynde med &apos;journey&apos;)</translation>
    </message>
    <message>
        <source>too many &apos;:&apos; (a task is &apos;Task name: score: actors&apos;)</source>
        <translation>for mange &apos;:&apos; (en opgave er &apos;Opgavens navn: score: aktører&apos;)</translation>
    </message>
    <message>
        <source>; and {0} more</source>
        <translation>; og {0} mere</translation>
    </message>
    <message>
        <source>CSV UTF-8</source>
        <translation>CSV UTF-8</translation>
    </message>
    <message>
        <source>Lane {0}</source>
        <translation>Bane {0}</translation>
    </message>
    <message>
        <source>Stage {0}</source>
        <translation>Fase {0}</translation>
    </message>
    <message>
        <source>The lanes, for import back into Journey Editor:</source>
        <translation>Banerne, til import tilbage i Journey Editor:</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Berøringspunkter</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unavngivet</translation>
    </message>
    <message>
        <source>a value under a column without a name</source>
        <translation>en værdi under en kolonne uden navn</translation>
    </message>
    <message>
        <source>cannot be read: {0}</source>
        <translation>kan ikke læses: {0}</translation>
    </message>
    <message>
        <source>cards</source>
        <translation>kort</translation>
    </message>
    <message>
        <source>lanes</source>
        <translation>baner</translation>
    </message>
    <message>
        <source>line {0}</source>
        <translation>linje {0}</translation>
    </message>
    <message>
        <source>lines</source>
        <translation>linjer</translation>
    </message>
    <message>
        <source>longer than {0} characters</source>
        <translation>længere end {0} tegn</translation>
    </message>
    <message>
        <source>more than {0:,} cards; the limit is {0:,}</source>
        <translation>mere end {0:,} kort; grænsen er {0:,}</translation>
    </message>
    <message>
        <source>more than {0} lanes</source>
        <translation>mere end {0} baner</translation>
    </message>
    <message>
        <source>more than {0} sections</source>
        <translation>mere end {0} sektioner</translation>
    </message>
    <message>
        <source>more than {0} tasks</source>
        <translation>mere end {0} opgaver</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>filen findes ikke</translation>
    </message>
    <message>
        <source>not a card field (export a journey to see the columns)</source>
        <translation>ikke et kortfelt (eksportér en rejse for at se kolonnerne)</translation>
    </message>
    <message>
        <source>not valid JSON: {0}</source>
        <translation>ugyldig JSON: {0}</translation>
    </message>
    <message>
        <source>plain UTF-8 text</source>
        <translation>almindelig UTF-8-tekst</translation>
    </message>
    <message>
        <source>row {0}</source>
        <translation>række {0}</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>rækker</translation>
    </message>
    <message>
        <source>stages</source>
        <translation>faser</translation>
    </message>
    <message>
        <source>that is a folder, not a file</source>
        <translation>det er en mappe, ikke en fil</translation>
    </message>
    <message>
        <source>the card needs a {0} name</source>
        <translation>kortet skal have et navn ({0})</translation>
    </message>
    <message>
        <source>the column is missing</source>
        <translation>kolonnen mangler</translation>
    </message>
    <message>
        <source>the diagram has no section and no task: nothing to import</source>
        <translation>diagrammet har ingen sektioner og ingen opgaver: intet at importere</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>filen er tom</translation>
    </message>
    <message>
        <source>the file is too large ({0} MB; the limit is {1} MB)</source>
        <translation>filen er for stor ({0} MB; grænsen er {1} MB)</translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation>filen er for stor</translation>
    </message>
    <message>
        <source>the journey would have {0:,} {1}; the limit is {2:,}</source>
        <translation>rejsen ville få {0:,} {1}; grænsen er {2:,}</translation>
    </message>
    <message>
        <source>the list does not fit: {0}</source>
        <translation>listen er for lang: {0}</translation>
    </message>
    <message>
        <source>the text is not UTF-8; save the file as {0}</source>
        <translation>teksten er ikke UTF-8; gem filen som {0}</translation>
    </message>
    <message>
        <source>this column appears twice</source>
        <translation>kolonnen forekommer to gange</translation>
    </message>
    <message>
        <source>this is a binary file, not {0}</source>
        <translation>dette er en binær fil, ikke {0}</translation>
    </message>
    <message>
        <source>this is not valid CSV: {0}</source>
        <translation>dette er ikke gyldig CSV: {0}</translation>
    </message>
    <message>
        <source>this is text in {0}; save it as {1}</source>
        <translation>dette er tekst i {0}; gem den som {1}</translation>
    </message>
    <message>
        <source>this is {0}</source>
        <translation>dette er {0}</translation>
    </message>
    <message>
        <source>{0} cells, but the header has {1} columns</source>
        <translation>{0} celler, men overskriftsrækken har {1} kolonner</translation>
    </message>
    <message>
        <source>{0} characters long; the limit is {1}</source>
        <translation>{0} tegn lang; grænsen er {1}</translation>
    </message>
    <message>
        <source>{0} {1} have problems, nothing was imported</source>
        <translation>{0} {1} har problemer, intet blev importeret</translation>
    </message>
    <message>
        <source>an Excel workbook or another ZIP archive; save it as {0}</source>
        <translation>en Excel-projektmappe eller et andet ZIP-arkiv; gem den som {0}</translation>
    </message>
    <message>
        <source>an old Excel or Office document; save it as {0}</source>
        <translation>et gammelt Excel- eller Office-dokument; gem det som {0}</translation>
    </message>
    <message>
        <source>a PDF document, not {0}</source>
        <translation>et PDF-dokument, ikke {0}</translation>
    </message>
    <message>
        <source>a PNG image, not {0}</source>
        <translation>et PNG-billede, ikke {0}</translation>
    </message>
    <message>
        <source>a JPEG image, not {0}</source>
        <translation>et JPEG-billede, ikke {0}</translation>
    </message>
    <message>
        <source>a compressed (gzip) file, not {0}</source>
        <translation>en komprimeret fil (gzip), ikke {0}</translation>
    </message>
</context>
<context>
    <name>Canvas</name>
    <message>
        <source>Edit</source>
        <translation>Redigér</translation>
    </message>
    <message>
        <source>Add card</source>
        <translation>Tilføj kort</translation>
    </message>
    <message>
        <source>Resize {0}</source>
        <translation>Tilpas størrelsen på {0}</translation>
    </message>
    <message>
        <source>Rename {0} &apos;{1}&apos;</source>
        <translation>Omdøb {0} &apos;{1}&apos;</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>Social media</source>
        <translation>Sociale medier</translation>
    </message>
    <message>
        <source>Ratings and reviews</source>
        <translation>Vurderinger og anmeldelser</translation>
    </message>
    <message>
        <source>Review sites</source>
        <translation>Anmeldelsessider</translation>
    </message>
    <message>
        <source>Testimonials</source>
        <translation>Kundeudtalelser</translation>
    </message>
    <message>
        <source>Word of mouth</source>
        <translation>Mund til mund</translation>
    </message>
    <message>
        <source>Community involvement</source>
        <translation>Lokalt engagement</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Arrangementer</translation>
    </message>
    <message>
        <source>Advertising</source>
        <translation>Annoncering</translation>
    </message>
    <message>
        <source>PR</source>
        <translation>PR</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Medier</translation>
    </message>
    <message>
        <source>Online search</source>
        <translation>Onlinesøgning</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Søgning</translation>
    </message>
    <message>
        <source>Blog</source>
        <translation>Blog</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Hjemmeside</translation>
    </message>
    <message>
        <source>Referral programme</source>
        <translation>Henvisningsprogram</translation>
    </message>
    <message>
        <source>Ad landing page</source>
        <translation>Landingsside for annoncer</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Konference</translation>
    </message>
    <message>
        <source>Product demo</source>
        <translation>Produktdemo</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Salg</translation>
    </message>
    <message>
        <source>Store or office</source>
        <translation>Butik eller kontor</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Butik</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Tryk</translation>
    </message>
    <message>
        <source>Promotions</source>
        <translation>Kampagner</translation>
    </message>
    <message>
        <source>Sales staff</source>
        <translation>Salgspersonale</translation>
    </message>
    <message>
        <source>Phone line</source>
        <translation>Kundetelefon</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Point of sale</source>
        <translation>Salgssted</translation>
    </message>
    <message>
        <source>Checkout and payment</source>
        <translation>Kasse og betaling</translation>
    </message>
    <message>
        <source>Sales call</source>
        <translation>Salgsopkald</translation>
    </message>
    <message>
        <source>Campaign code</source>
        <translation>Kampagnekode</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Fakturering</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Transactional e-mails</source>
        <translation>Transaktionsmails</translation>
    </message>
    <message>
        <source>Marketing e-mails</source>
        <translation>Markedsføringsmails</translation>
    </message>
    <message>
        <source>Service and support</source>
        <translation>Service og support</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Online help center</source>
        <translation>Online hjælpecenter</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Opfølgning</translation>
    </message>
    <message>
        <source>Thank-you card</source>
        <translation>Takkekort</translation>
    </message>
    <message>
        <source>Packaging and unboxing</source>
        <translation>Emballage og udpakning</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Levering</translation>
    </message>
    <message>
        <source>Feedback survey</source>
        <translation>Feedbackundersøgelse</translation>
    </message>
    <message>
        <source>Customer service survey</source>
        <translation>Kundeserviceundersøgelse</translation>
    </message>
    <message>
        <source>Handwritten note</source>
        <translation>Håndskrevet hilsen</translation>
    </message>
    <message>
        <source>Where delivery times are found</source>
        <translation>Hvor leveringstider står</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Who to contact about a problem</source>
        <translation>Hvem man kontakter ved problemer</translation>
    </message>
    <message>
        <source>How easy contact details are to find</source>
        <translation>Hvor lette kontaktoplysningerne er at finde</translation>
    </message>
    <message>
        <source>Online services</source>
        <translation>Onlinetjenester</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>What the customer has</source>
        <translation>Hvad kunden har</translation>
    </message>
    <message>
        <source>How the touchpoints work</source>
        <translation>Hvordan berøringspunkterne fungerer</translation>
    </message>
    <message>
        <source>How the organisation works</source>
        <translation>Hvordan organisationen fungerer</translation>
    </message>
    <message>
        <source>Does the customer know what will happen next, and when?</source>
        <translation>Ved kunden, hvad der sker nu, og hvornår?</translation>
    </message>
    <message>
        <source>Does the customer get the information they need at the moment they need it?</source>
        <translation>Får kunden de oplysninger, der er brug for, i det øjeblik, der er brug for dem?</translation>
    </message>
    <message>
        <source>For every kind of problem, does the customer know whom to contact and how?</source>
        <translation>Ved kunden for hver slags problem, hvem der skal kontaktes og hvordan?</translation>
    </message>
    <message>
        <source>Does the customer receive a confirmation of the order?</source>
        <translation>Får kunden en bekræftelse på ordren?</translation>
    </message>
    <message>
        <source>Does the customer have a clear way to complain?</source>
        <translation>Har kunden en klar måde at klage på?</translation>
    </message>
    <message>
        <source>Do the touchpoints work the way they were designed to?</source>
        <translation>Fungerer berøringspunkterne, som det var tænkt?</translation>
    </message>
    <message>
        <source>Is the way through them logical and easy to follow?</source>
        <translation>Er vejen gennem dem logisk og let at følge?</translation>
    </message>
    <message>
        <source>Do they give just enough information: not too much, not too little?</source>
        <translation>Giver de tilpas meget information: hverken for meget eller for lidt?</translation>
    </message>
    <message>
        <source>Do they deliver the quality we mean to deliver?</source>
        <translation>Leverer de den kvalitet, vi vil levere?</translation>
    </message>
    <message>
        <source>Does the organisation behind the touchpoints work efficiently?</source>
        <translation>Arbejder organisationen bag berøringspunkterne effektivt?</translation>
    </message>
    <message>
        <source>Is the work organised around clear service-level goals?</source>
        <translation>Er arbejdet organiseret om klare serviceniveaumål?</translation>
    </message>
    <message>
        <source>Does the customer deal with few enough people and departments not to be confused?</source>
        <translation>Har kunden med så få personer og afdelinger at gøre, at kunden ikke bliver forvirret?</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>partly</source>
        <translation>delvist</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>ikke tjekket</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Note: {0}</source>
        <translation>Note: {0}</translation>
    </message>
    <message>
        <source>No journey to check.</source>
        <translation>Ingen rejse at tjekke.</translation>
    </message>
    <message>
        <source>{0} of {1} answered</source>
        <translation>{0} af {1} besvaret</translation>
    </message>
    <message>
        <source>Other question {0}: {1}</source>
        <translation>Andet spørgsmål {0}: {1}</translation>
    </message>
    <message>
        <source>Answer checklist question</source>
        <translation>Besvar tjeklistespørgsmål</translation>
    </message>
    <message>
        <source>Edit checklist note</source>
        <translation>Redigér tjeklistens note</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>&apos;desktop install&apos; is for Linux and BSD desktops (freedesktop.org); this system is {0}</source>
        <translation>&apos;desktop install&apos; er til Linux- og BSD-skriveborde (freedesktop.org); dette system er {0}</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a number of posters from 1 to 20</source>
        <translation>&apos;{0}&apos; er ikke et antal plakater fra 1 til 20</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a size in points (example: 8)</source>
        <translation>&apos;{0}&apos; er ikke en størrelse i punkter (eksempel: 8)</translation>
    </message>
    <message>
        <source>A0-A5, Letter, Legal, Tabloid, ANSI C/D/E, Arch C/D/E or e.g. 420x297mm, 11x17in (default: A1 when fitting, else the map&apos;s own size)</source>
        <translation>A0-A5, Letter, Legal, Tabloid, ANSI C/D/E, Arch C/D/E eller f.eks. 420x297mm, 11x17in (standard: A1 ved tilpasning, ellers kortets egen størrelse)</translation>
    </message>
    <message>
        <source>Added &apos;{0}&apos; to {1}</source>
        <translation>Tilføjede &apos;{0}&apos; til {1}</translation>
    </message>
    <message>
        <source>Both sides named a baseline &apos;{0}&apos;: the younger one is now &apos;{1}&apos;</source>
        <translation>Begge sider navngav en baseline &apos;{0}&apos;: den yngste hedder nu &apos;{1}&apos;</translation>
    </message>
    <message>
        <source>Created {0} from the &apos;{1}&apos; template</source>
        <translation>Oprettede {0} fra skabelonen &apos;{1}&apos;</translation>
    </message>
    <message>
        <source>Exported {0} of &apos;{1}&apos; to {2}</source>
        <translation>Eksporterede {0} af &apos;{1}&apos; til {2}</translation>
    </message>
    <message>
        <source>Imported &apos;{0}&apos; ({1} stages, {2} cards) from {3} into {{target}}</source>
        <translation>Importerede &apos;{0}&apos; ({1} faser, {2} kort) fra {3} til {{target}}</translation>
    </message>
    <message>
        <source>Imported {0} into &apos;{1}&apos; in {{target}}: {2} new cards, {3} changed, {4} unchanged</source>
        <translation>Importerede {0} til &apos;{1}&apos; i {{target}}: {2} nye kort, {3} ændrede, {4} uændrede</translation>
    </message>
    <message>
        <source>Set the merge driver &apos;{0}&apos; in {1}: {2}</source>
        <translation>Satte sammenfletningsdriveren &apos;{0}&apos; i {1}: {2}</translation>
    </message>
    <message>
        <source>The merge driver &apos;{0}&apos; was already set in {1}: {2}</source>
        <translation>Sammenfletningsdriveren &apos;{0}&apos; var allerede sat i {1}: {2}</translation>
    </message>
    <message>
        <source>add Journey Editor to the desktop&apos;s menu and file types</source>
        <translation>føj Journey Editor til skrivebordets menu og filtyper</translation>
    </message>
    <message>
        <source>an interview guide for the journey: questions per stage and touchpoint, in the map&apos;s language</source>
        <translation>en interviewguide til rejsen: spørgsmål pr. fase og berøringspunkt, på kortets sprog</translation>
    </message>
    <message>
        <source>journey &apos;{0}&apos;: {1}</source>
        <translation>rejsen &apos;{0}&apos;: {1}</translation>
    </message>
    <message>
        <source>no journey named &apos;{0}&apos; (the file has: {1})</source>
        <translation>ingen rejse hedder &apos;{0}&apos; (filen har: {1})</translation>
    </message>
    <message>
        <source>not a whole number: &apos;{0}&apos;</source>
        <translation>ikke et heltal: &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>remove what &apos;desktop install&apos; installed</source>
        <translation>fjern det, &apos;desktop install&apos; installerede</translation>
    </message>
    <message>
        <source>save the web page as .html or .htm, not &apos;{0}&apos;</source>
        <translation>gem websiden som .html eller .htm, ikke &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>template name (see &apos;templates&apos;)</source>
        <translation>skabelonens navn (se &apos;templates&apos;)</translation>
    </message>
    <message>
        <source>the author named in the PDF&apos;s metadata (default: none)</source>
        <translation>forfatteren, der angives i PDF&apos;ens metadata (standard: ingen)</translation>
    </message>
    <message>
        <source>the map&apos;s name in messages (git passes a temporary file as OURS)</source>
        <translation>kortets navn i meddelelser (git sender en midlertidig fil som OURS)</translation>
    </message>
    <message>
        <source>{0} already has &apos;{1}&apos;</source>
        <translation>{0} har allerede &apos;{1}&apos;</translation>
    </message>
    <message>
        <source>{0}: no such file (a new map&apos;s name ends in .journey)</source>
        <translation>{0}: filen findes ikke (et nyt korts navn slutter på .journey)</translation>
    </message>
    <message>
        <source>; new lanes: {0}</source>
        <translation>; nye baner: {0}</translation>
    </message>
    <message>
        <source>; new stages: {0}</source>
        <translation>; nye faser: {0}</translation>
    </message>
    <message>
        <source>Baselines: -</source>
        <translation>Baselines: -</translation>
    </message>
    <message>
        <source>Baselines:</source>
        <translation>Baselines:</translation>
    </message>
    <message>
        <source>Exit status: 0 merged, 1 merged with conflicts (listed in the file), 2 not merged (a file could not be read or written).</source>
        <translation type="vanished">Afslutningsstatus: 0 flettet, 1 flettet med konflikter (oplistet i filen), 2 ikke flettet (en fil kunne ikke læses eller skrives).</translation>
    </message>
    <message>
        <source>Installed the menu entry, the .journey file type ({0}) and the icon in {1}; the entry runs {2}</source>
        <translation>Installerede menupunktet, filtypen .journey ({0}) og ikonet i {1}; punktet kører {2}</translation>
    </message>
    <message>
        <source>Journey &quot;{0}&quot;: 1 finding</source>
        <translation>Rejse &quot;{0}&quot;: 1 fund</translation>
    </message>
    <message>
        <source>Journey &quot;{0}&quot;: no findings</source>
        <translation>Rejse &quot;{0}&quot;: ingen fund</translation>
    </message>
    <message>
        <source>Journey &quot;{0}&quot;: {1} findings</source>
        <translation>Rejse &quot;{0}&quot;: {1} fund</translation>
    </message>
    <message>
        <source>Journey &quot;{name}&quot; ({state}, persona: {persona}): {stages} stages, {lanes} lanes, {cards} cards, {connections} connections</source>
        <translation>Rejse &quot;{name}&quot; ({state}, persona: {persona}): {stages} faser, {lanes} baner, {cards} kort, {connections} forbindelser</translation>
    </message>
    <message>
        <source>Map customer journeys: stages, channels, touchpoints and emotions.</source>
        <translation>Kortlæg kunderejser: faser, kanaler, berøringspunkter og følelser.</translation>
    </message>
    <message>
        <source>Merged into {0} with 1 conflict, listed in the file:</source>
        <translation>Flettet ind i {0} med 1 konflikt, oplistet i filen:</translation>
    </message>
    <message>
        <source>Merged into {0} with {1} conflicts, listed in the file:</source>
        <translation>Flettet ind i {0} med {1} konflikter, oplistet i filen:</translation>
    </message>
    <message>
        <source>Merged into {0}</source>
        <translation>Flettet ind i {0}</translation>
    </message>
    <message>
        <source>N posters of consecutive stages instead of one (each with every lane), for a map too wide to read on one page</source>
        <translation>N plakater med på hinanden følgende faser i stedet for én (hver med alle baner), til et kort, der er for bredt til at kunne læses på én side</translation>
    </message>
    <message>
        <source>No differences</source>
        <translation>Ingen forskelle</translation>
    </message>
    <message>
        <source>Nothing to remove: Journey Editor is not installed in {0} (no {1})</source>
        <translation>Intet at fjerne: Journey Editor er ikke installeret i {0} (ingen {1})</translation>
    </message>
    <message>
        <source>PNG and SVG: the map alone, without the title block and legend</source>
        <translation>PNG og SVG: kun kortet, uden titelfelt og signaturforklaring</translation>
    </message>
    <message>
        <source>PNG resolution (default 150)</source>
        <translation>PNG-opløsning (standard 150)</translation>
    </message>
    <message>
        <source>Personas: {0}</source>
        <translation>Personaer: {0}</translation>
    </message>
    <message>
        <source>Removed the menu entry, the .journey file type and the icon from {0} ({1} files)</source>
        <translation>Fjernede menupunktet, filtypen .journey og ikonet fra {0} ({1} filer)</translation>
    </message>
    <message>
        <source>Set the diff text of maps in {0}: {1}</source>
        <translation>Satte kortenes sammenligningstekst i {0}: {1}</translation>
    </message>
    <message>
        <source>The diff text of maps was already set in {0}: {1}</source>
        <translation>Kortenes sammenligningstekst var allerede sat i {0}: {1}</translation>
    </message>
    <message>
        <source>nothing to export: give --pdf, --png, --svg, --mermaid, --csv, --html, --guide, --personas or --curves</source>
        <translation>intet at eksportere: angiv --pdf, --png, --svg, --mermaid, --csv, --html, --guide, --personas eller --curves</translation>
    </message>
    <message>
        <source>one sheet per persona for the workshop wall (A4 portrait unless --page-size)</source>
        <translation>ét ark pr. persona til workshopvæggen (A4 stående, medmindre --page-size angives)</translation>
    </message>
    <message>
        <source>nothing to export: give --pdf, --png, --svg, --mermaid, --csv, --html or --guide</source>
        <translation type="vanished">intet at eksportere: angiv --pdf, --png, --svg, --mermaid, --csv, --html eller --guide</translation>
    </message>
    <message>
        <source>Wrote {0} (1 page)</source>
        <translation>Skrev {0} (1 side)</translation>
    </message>
    <message>
        <source>Wrote {0} ({1} pages)</source>
        <translation>Skrev {0} ({1} sider)</translation>
    </message>
    <message>
        <source>Wrote {0}</source>
        <translation>Skrev {0}</translation>
    </message>
    <message>
        <source>a Mermaid journey diagram</source>
        <translation>et Mermaid-diagram over rejsen</translation>
    </message>
    <message>
        <source>a PNG picture of the journey</source>
        <translation>et PNG-billede af rejsen</translation>
    </message>
    <message>
        <source>a printable PDF poster</source>
        <translation>en PDF-plakat til udskrivning</translation>
    </message>
    <message>
        <source>a text size must be between 1 and 100 pt</source>
        <translation>en tekststørrelse skal være mellem 1 og 100 pt</translation>
    </message>
    <message>
        <source>add workshop handout pages after each poster</source>
        <translation>tilføj workshopark efter hver plakat</translation>
    </message>
    <message>
        <source>an SVG picture of the journey</source>
        <translation>et SVG-billede af rejsen</translation>
    </message>
    <message>
        <source>check that journey files are valid</source>
        <translation>tjek at rejsefiler er gyldige</translation>
    </message>
    <message>
        <source>compare only this journey</source>
        <translation>sammenlign kun denne rejse</translation>
    </message>
    <message>
        <source>create a journey file from a template</source>
        <translation>opret en rejsefil fra en skabelon</translation>
    </message>
    <message>
        <source>default: auto, the one showing the map largest</source>
        <translation>standard: auto, den der viser kortet størst</translation>
    </message>
    <message>
        <source>desktop editor: autosave at most this long after a change</source>
        <translation>skrivebordsprogrammet: gem automatisk senest så længe efter en ændring</translation>
    </message>
    <message>
        <source>emotion at or below which a card needs an improvement idea (default: -2)</source>
        <translation>følelse, ved eller under hvilken et kort skal have en forbedringsidé (standard: -2)</translation>
    </message>
    <message>
        <source>every journey, one poster each</source>
        <translation>hver rejse, en plakat hver</translation>
    </message>
    <message>
        <source>exit status {0}</source>
        <translation>afslutningsstatus {0}</translation>
    </message>
    <message>
        <source>exit with status 1 when there are findings</source>
        <translation>afslut med status 1, når der er fund</translation>
    </message>
    <message>
        <source>export journeys: PDF poster, image, Mermaid, CSV</source>
        <translation>eksportér rejser: PDF-plakat, billede, Mermaid, CSV</translation>
    </message>
    <message>
        <source>fit the map to the page (default)</source>
        <translation>tilpas kortet til siden (standard)</translation>
    </message>
    <message>
        <source>for a print shop: 3 mm bleed and crop marks around each poster (not with --tile)</source>
        <translation>til et trykkeri: 3 mm beskæring og skæremærker om hver plakat (ikke med --tile)</translation>
    </message>
    <message>
        <source>git is not installed (or not on the PATH)</source>
        <translation>git er ikke installeret (eller ikke i PATH)</translation>
    </message>
    <message>
        <source>import a Mermaid file (.mmd) or a CSV file (.csv)</source>
        <translation>importér en Mermaid-fil (.mmd) eller en CSV-fil (.csv)</translation>
    </message>
    <message>
        <source>import a Mermaid journey or cards from CSV</source>
        <translation>importér en Mermaid-rejse eller kort fra CSV</translation>
    </message>
    <message>
        <source>install the menu entry, the .journey file type and the icon for this user</source>
        <translation>installér menupunktet, filtypen .journey og ikonet for denne bruger</translation>
    </message>
    <message>
        <source>let git merge and diff maps in this repository with this program</source>
        <translation>lad git flette og sammenligne kort i dette depot med dette program</translation>
    </message>
    <message>
        <source>list the bundled templates</source>
        <translation>vis de medfølgende skabeloner</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>maskinlæsbart output</translation>
    </message>
    <message>
        <source>merge two edited copies of a map with their common ancestor</source>
        <translation>flet to redigerede kopier af et kort med deres fælles ophav</translation>
    </message>
    <message>
        <source>most teams a customer should meet in one stage (default: 3)</source>
        <translation>højeste antal teams, en kunde bør møde i én fase (standard: 3)</translation>
    </message>
    <message>
        <source>must be between {0} and {1}</source>
        <translation>skal være mellem {0} og {1}</translation>
    </message>
    <message>
        <source>nothing to export: give --pdf, --png, --svg, --mermaid or --csv</source>
        <translation type="vanished">intet at eksportere: angiv --pdf, --png, --svg, --mermaid eller --csv</translation>
    </message>
    <message>
        <source>Exit status: 0 merged, 1 merged with conflicts (listed in the file), 2 not merged (a file could not be read or written, or the two have more named baselines together than a map keeps).</source>
        <translation>Afslutningsstatus: 0 flettet, 1 flettet med konflikter (oplistet i filen), 2 ikke flettet (en fil kunne ikke læses eller skrives, eller de to har tilsammen flere navngivne baselines, end et kort kan rumme).</translation>
    </message>
    <message>
        <source>only this journey (default: all)</source>
        <translation>kun denne rejse (standard: alle)</translation>
    </message>
    <message>
        <source>only this language</source>
        <translation>kun dette sprog</translation>
    </message>
    <message>
        <source>our copy; replaced by the result unless -o is given</source>
        <translation>vores kopi; erstattes af resultatet, medmindre -o er angivet</translation>
    </message>
    <message>
        <source>overlap between tiled sheets (default: 10mm)</source>
        <translation>overlap mellem delte ark (standard: 10mm)</translation>
    </message>
    <message>
        <source>page margin, e.g. 10mm or 0.5in (default: 10mm)</source>
        <translation>sidemargen, f.eks. 10mm eller 0.5in (standard: 10mm)</translation>
    </message>
    <message>
        <source>print a map as one line per field (for git diff)</source>
        <translation>udskriv et kort som én linje pr. felt (til git diff)</translation>
    </message>
    <message>
        <source>print at this scale, e.g. 100</source>
        <translation>udskriv i dette målforhold, f.eks. 100</translation>
    </message>
    <message>
        <source>print only problems</source>
        <translation>vis kun problemer</translation>
    </message>
    <message>
        <source>refuse a poster whose card text prints smaller than this (without it, a warning under 8 pt)</source>
        <translation>afvis en plakat, hvis korttekst udskrives mindre end dette (uden det en advarsel under 8 pt)</translation>
    </message>
    <message>
        <source>replace an existing file</source>
        <translation>erstat en eksisterende fil</translation>
    </message>
    <message>
        <source>review journeys: the findings of the review panel</source>
        <translation>gennemgå rejser: fundene fra gennemgangspanelet</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>vis versionen og afslut</translation>
    </message>
    <message>
        <source>split the poster across sheets of this size, e.g. A4 or Letter</source>
        <translation>del plakaten op på ark i denne størrelse, f.eks. A4 eller Letter</translation>
    </message>
    <message>
        <source>summarise a journey file</source>
        <translation>opsummér en rejsefil</translation>
    </message>
    <message>
        <source>template language, e.g. en, da, sv, fi, nl</source>
        <translation>skabelonens sprog, f.eks. en, da, sv, fi, nl</translation>
    </message>
    <message>
        <source>the .journey file to add to or create</source>
        <translation>.journey-filen, der skal tilføjes til eller oprettes</translation>
    </message>
    <message>
        <source>the .journey file to create</source>
        <translation>.journey-filen, der skal oprettes</translation>
    </message>
    <message>
        <source>the cards as a spreadsheet</source>
        <translation>kortene som et regneark</translation>
    </message>
    <message>
        <source>the emotion curves of the journey (--journey, default the first) and of those sharing its stages, or of --all, on one page (A3 landscape unless --page-size)</source>
        <translation>følelseskurverne for rejsen (--journey, som standard den første) og for dem, der deler dens faser, eller for --all, på én side (A3 liggende, medmindre --page-size angives)</translation>
    </message>
    <message>
        <source>the file has no journey</source>
        <translation>filen har ingen rejse</translation>
    </message>
    <message>
        <source>the file has {0} journeys; choose one with --journey: {1}</source>
        <translation>filen har {0} rejser; vælg en med --journey: {1}</translation>
    </message>
    <message>
        <source>the journey CSV cards go into</source>
        <translation>rejsen, som CSV-kortene kommer i</translation>
    </message>
    <message>
        <source>the journey to export (default: the first)</source>
        <translation>rejsen, der skal eksporteres (standard: den første)</translation>
    </message>
    <message>
        <source>the map already has {0} journeys</source>
        <translation>kortet har allerede {0} rejser</translation>
    </message>
    <message>
        <source>the map as one web page that opens offline in any browser (zoom, pan, click a card for its fields)</source>
        <translation>kortet som én webside, der åbner offline i enhver browser (zoom, panorér, klik på et kort for dets felter)</translation>
    </message>
    <message>
        <source>the version both copies started from</source>
        <translation>den version, begge kopier tog udgangspunkt i</translation>
    </message>
    <message>
        <source>their copy</source>
        <translation>deres kopi</translation>
    </message>
    <message>
        <source>this would replace the journey file itself</source>
        <translation>dette ville erstatte selve rejsefilen</translation>
    </message>
    <message>
        <source>warning: {0}</source>
        <translation>advarsel: {0}</translation>
    </message>
    <message>
        <source>what conflicts call our side (default: ours)</source>
        <translation>hvad konflikter kalder vores side (standard: ours)</translation>
    </message>
    <message>
        <source>what conflicts call their side (default: theirs)</source>
        <translation>hvad konflikter kalder deres side (standard: theirs)</translation>
    </message>
    <message>
        <source>what differs between two journey files</source>
        <translation>hvad der adskiller to rejsefiler</translation>
    </message>
    <message>
        <source>with --guide: a customer survey of the key touchpoints instead, and its results sheet to fill in and import</source>
        <translation>med --guide: i stedet en kundeundersøgelse af de vigtige berøringspunkter og dens resultatark til at udfylde og importere</translation>
    </message>
    <message>
        <source>write the result here</source>
        <translation>skriv resultatet her</translation>
    </message>
    <message>
        <source>{0} cards</source>
        <translation>{0} kort</translation>
    </message>
    <message>
        <source>{0} not found (package {1}): the desktop sees the change once it runs on {2}</source>
        <translation>{0} blev ikke fundet (pakken {1}): skrivebordet ser ændringen, når det kører på {2}</translation>
    </message>
    <message>
        <source>{0} {1} failed: {2}</source>
        <translation>{0} {1} mislykkedes: {2}</translation>
    </message>
    <message>
        <source>{0}: &quot;{1}&quot;, format version {2}</source>
        <translation>{0}: &quot;{1}&quot;, formatversion {2}</translation>
    </message>
    <message>
        <source>{0}: already exists (use --force to replace it)</source>
        <translation>{0}: findes allerede (brug --force for at erstatte den)</translation>
    </message>
    <message>
        <source>{0}: cannot create it, the folder {1} does not exist</source>
        <translation>{0}: kan ikke oprettes, mappen {1} findes ikke</translation>
    </message>
    <message>
        <source>{0}: cannot create it, the folder {1} is not writable</source>
        <translation>{0}: kan ikke oprettes, der kan ikke skrives i mappen {1}</translation>
    </message>
    <message>
        <source>{0}: cannot read the install list: {1}</source>
        <translation>{0}: kan ikke læse installationslisten: {1}</translation>
    </message>
    <message>
        <source>{0}: not in a git repository</source>
        <translation>{0}: ikke i et git-depot</translation>
    </message>
    <message>
        <source>{0}: valid</source>
        <translation>{0}: gyldig</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>card</source>
        <translation>kort</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>fase</translation>
    </message>
    <message>
        <source>lane</source>
        <translation>bane</translation>
    </message>
    <message>
        <source>journey</source>
        <translation>rejse</translation>
    </message>
    <message>
        <source>persona</source>
        <translation>persona</translation>
    </message>
    <message>
        <source>connection</source>
        <translation>forbindelse</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; could not be done: {1}</source>
        <translation>&apos;{0}&apos; kunne ikke udføres: {1}</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; could not be undone: {1}</source>
        <translation>&apos;{0}&apos; kunne ikke fortrydes: {1}</translation>
    </message>
    <message>
        <source>It could not be fully taken back; please check the map.</source>
        <translation>Ændringen kunne ikke rulles helt tilbage; tjek kortet.</translation>
    </message>
    <message>
        <source>The map was left as it was; the undo history was cleared.</source>
        <translation>Kortet blev efterladt, som det var; fortrydelseshistorikken blev ryddet.</translation>
    </message>
    <message>
        <source>Add card &apos;{0}&apos;</source>
        <translation>Tilføj kortet &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>Paste {0} cards</source>
        <translation>Indsæt {0} kort</translation>
    </message>
    <message>
        <source>Delete card &apos;{0}&apos;</source>
        <translation>Slet kortet &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>Delete {0} cards</source>
        <translation>Slet {0} kort</translation>
    </message>
    <message>
        <source>Move card &apos;{0}&apos;</source>
        <translation>Flyt kortet &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>Move {0} cards</source>
        <translation>Flyt {0} kort</translation>
    </message>
    <message>
        <source>Connect &apos;{0}&apos; to &apos;{1}&apos;</source>
        <translation>Forbind &apos;{0}&apos; med &apos;{1}&apos;</translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation>Fjern forbindelse</translation>
    </message>
    <message>
        <source>Edit {0} &apos;{1}&apos;</source>
        <translation>Redigér {0} &apos;{1}&apos;</translation>
    </message>
    <message>
        <source>Add stage &apos;{0}&apos;</source>
        <translation>Tilføj fasen &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>Add lane &apos;{0}&apos;</source>
        <translation>Tilføj banen &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>Delete stage &apos;{0}&apos;</source>
        <translation>Slet fasen &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>Delete lane &apos;{0}&apos;</source>
        <translation>Slet banen &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>Move {0} &apos;{1}&apos;</source>
        <translation>Flyt {0} &apos;{1}&apos;</translation>
    </message>
    <message>
        <source>Import {0} survey results into {1} touchpoints</source>
        <translation>Importér {0} undersøgelsesresultater til {1} berøringspunkter</translation>
    </message>
    <message>
        <source>Rename map &apos;{0}&apos;</source>
        <translation>Omdøb kortet &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>Name the map</source>
        <translation>Navngiv kortet</translation>
    </message>
    <message>
        <source>New persona</source>
        <translation>Ny persona</translation>
    </message>
    <message>
        <source>Add persona &apos;{0}&apos;</source>
        <translation>Tilføj personaen &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>Delete persona &apos;{0}&apos;</source>
        <translation>Slet personaen &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>Add journey &apos;{0}&apos;</source>
        <translation>Tilføj rejsen &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>{0} (copy)</source>
        <translation>{0} (kopi)</translation>
    </message>
    <message>
        <source>Duplicate journey &apos;{0}&apos;</source>
        <translation>Duplikér rejsen &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>{0} (future state)</source>
        <translation>{0} (fremtidig tilstand)</translation>
    </message>
    <message>
        <source>Create future state of &apos;{0}&apos;</source>
        <translation>Opret fremtidig tilstand af &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>Rename journey &apos;{0}&apos; to &apos;{1}&apos;</source>
        <translation>Omdøb rejsen &apos;{0}&apos; til &apos;{1}&apos;</translation>
    </message>
    <message>
        <source>Delete journey &apos;{0}&apos;</source>
        <translation>Slet rejsen &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>Set photo of persona &apos;{0}&apos;</source>
        <translation>Angiv foto af personaen &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>Remove photo of persona &apos;{0}&apos;</source>
        <translation>Fjern foto af personaen &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>The photo is still larger than {0} KB after scaling it down. Choose a simpler or smaller image.</source>
        <translation>Billedet er stadig større end {0} KB efter nedskalering. Vælg et enklere eller mindre billede.</translation>
    </message>
    <message>
        <source>This file is not an image that can be read. Choose a PNG or JPEG photo.</source>
        <translation>Filen er ikke et billede, der kan læses. Vælg et PNG- eller JPEG-foto.</translation>
    </message>
    <message>
        <source>This file is too large for a photo ({0} MB; at most {1} MB).</source>
        <translation>Filen er for stor til et foto ({0} MB; højst {1} MB).</translation>
    </message>
    <message>
        <source>Keep {0} in a merge conflict</source>
        <translation>Behold {0} i en fletningskonflikt</translation>
    </message>
    <message>
        <source>Attach picture to card &apos;{0}&apos;</source>
        <translation>Vedhæft billede til kortet &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>Remove picture from card &apos;{0}&apos;</source>
        <translation>Fjern billede fra kortet &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>Mark baseline &apos;{0}&apos;</source>
        <translation>Markér baseline &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>Name revision &apos;{0}&apos;</source>
        <translation>Navngiv revision &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>Remove baseline name &apos;{0}&apos;</source>
        <translation>Fjern baseline-navnet &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>Rename baseline &apos;{0}&apos; to &apos;{1}&apos;</source>
        <translation>Omdøb baseline &apos;{0}&apos; til &apos;{1}&apos;</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>Removed: {0}</source>
        <translation>Fjernet: {0}</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Fjernet</translation>
    </message>
    <message>
        <source>map title</source>
        <translation>kortets titel</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>format version</source>
        <translation>formatversion</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titel</translation>
    </message>
    <message>
        <source>personas</source>
        <translation>personaer</translation>
    </message>
    <message>
        <source>journeys</source>
        <translation>rejser</translation>
    </message>
    <message>
        <source>revisions</source>
        <translation>versioner</translation>
    </message>
    <message>
        <source>baseline name</source>
        <translation>baseline-navn</translation>
    </message>
    <message>
        <source>baseline&apos;s copy of the map</source>
        <translation>baselinens kopi af kortet</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>name</source>
        <translation>navn</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>segment</translation>
    </message>
    <message>
        <source>goals</source>
        <translation>mål</translation>
    </message>
    <message>
        <source>needs</source>
        <translation>behov</translation>
    </message>
    <message>
        <source>frustrations</source>
        <translation>frustrationer</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>citat</translation>
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
        <translation>billede</translation>
    </message>
    <message>
        <source>persona</source>
        <translation>persona</translation>
    </message>
    <message>
        <source>state</source>
        <translation>tilstand</translation>
    </message>
    <message>
        <source>based on</source>
        <translation>baseret på</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>mål</translation>
    </message>
    <message>
        <source>scope</source>
        <translation>omfang</translation>
    </message>
    <message>
        <source>language of its labels</source>
        <translation>sprog for etiketterne</translation>
    </message>
    <message>
        <source>departments</source>
        <translation>afdelinger</translation>
    </message>
    <message>
        <source>description</source>
        <translation>beskrivelse</translation>
    </message>
    <message>
        <source>stages</source>
        <translation>faser</translation>
    </message>
    <message>
        <source>lanes</source>
        <translation>baner</translation>
    </message>
    <message>
        <source>cards</source>
        <translation>kort</translation>
    </message>
    <message>
        <source>arrows</source>
        <translation>pile</translation>
    </message>
    <message>
        <source>checklist</source>
        <translation>tjekliste</translation>
    </message>
    <message>
        <source>question</source>
        <translation>spørgsmål</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>svar</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>voting</source>
        <translation>afstemning</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>deltagere</translation>
    </message>
    <message>
        <source>dots per participant</source>
        <translation>prikker pr. deltager</translation>
    </message>
    <message>
        <source>phase</source>
        <translation>købsfase</translation>
    </message>
    <message>
        <source>width</source>
        <translation>bredde</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <source>content</source>
        <translation>indhold</translation>
    </message>
    <message>
        <source>zone</source>
        <translation>zone</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>farve</translation>
    </message>
    <message>
        <source>height</source>
        <translation>højde</translation>
    </message>
    <message>
        <source>emotion values</source>
        <translation>følelsesværdier</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>fase</translation>
    </message>
    <message>
        <source>lane</source>
        <translation>bane</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>noter</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>kanal</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>ejer</translation>
    </message>
    <message>
        <source>control</source>
        <translation>kontrol</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>direkte</translation>
    </message>
    <message>
        <source>emotion</source>
        <translation>følelse</translation>
    </message>
    <message>
        <source>customer goal</source>
        <translation>kundens mål</translation>
    </message>
    <message>
        <source>expectations</source>
        <translation>forventninger</translation>
    </message>
    <message>
        <source>pain points</source>
        <translation>smertepunkter</translation>
    </message>
    <message>
        <source>desired thinking</source>
        <translation>ønsket tænkning</translation>
    </message>
    <message>
        <source>desired doing</source>
        <translation>ønsket handling</translation>
    </message>
    <message>
        <source>desired feeling</source>
        <translation>ønsket følelse</translation>
    </message>
    <message>
        <source>ideas</source>
        <translation>idéer</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>evidens</translation>
    </message>
    <message>
        <source>inconsistent</source>
        <translation>inkonsistent</translation>
    </message>
    <message>
        <source>key touchpoint</source>
        <translation>vigtigt berøringspunkt</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>votes</source>
        <translation>stemmer</translation>
    </message>
    <message>
        <source>metrics</source>
        <translation>målinger</translation>
    </message>
    <message>
        <source>comments</source>
        <translation>kommentarer</translation>
    </message>
    <message>
        <source>value</source>
        <translation>værdi</translation>
    </message>
    <message>
        <source>date</source>
        <translation>dato</translation>
    </message>
    <message>
        <source>source</source>
        <translation>kilde</translation>
    </message>
    <message>
        <source>target</source>
        <translation>mål</translation>
    </message>
    <message>
        <source>label</source>
        <translation>etiket</translation>
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
        <translation>forfatter</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>resumé</translation>
    </message>
    <message>
        <source>order</source>
        <translation>rækkefølge</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Tilføjet</translation>
    </message>
    <message>
        <source>Changed or moved</source>
        <translation>Ændret eller flyttet</translation>
    </message>
    <message>
        <source>Removed (ghost)</source>
        <translation>Fjernet (spøgelse)</translation>
    </message>
    <message>
        <source>How the differences are outlined on the map of the second journey</source>
        <translation>Hvordan forskellene markeres på kortet for den anden rejse</translation>
    </message>
    <message>
        <source>Cards added</source>
        <translation>Tilføjede kort</translation>
    </message>
    <message>
        <source>Cards changed</source>
        <translation>Ændrede kort</translation>
    </message>
    <message>
        <source>Cards removed</source>
        <translation>Fjernede kort</translation>
    </message>
    <message>
        <source>Stages added</source>
        <translation>Tilføjede faser</translation>
    </message>
    <message>
        <source>Stages changed</source>
        <translation>Ændrede faser</translation>
    </message>
    <message>
        <source>Stages removed</source>
        <translation>Fjernede faser</translation>
    </message>
    <message>
        <source>Lanes added</source>
        <translation>Tilføjede baner</translation>
    </message>
    <message>
        <source>Lanes changed</source>
        <translation>Ændrede baner</translation>
    </message>
    <message>
        <source>Lanes removed</source>
        <translation>Fjernede baner</translation>
    </message>
    <message>
        <source>Arrows added</source>
        <translation>Tilføjede pile</translation>
    </message>
    <message>
        <source>Arrows changed</source>
        <translation>Ændrede pile</translation>
    </message>
    <message>
        <source>Arrows removed</source>
        <translation>Fjernede pile</translation>
    </message>
    <message>
        <source>Journey details changed</source>
        <translation>Rejsens oplysninger ændret</translation>
    </message>
    <message>
        <source>Emotion curve changed</source>
        <translation>Følelseskurven ændret</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; in {1} / {2}</source>
        <translation>&apos;{0}&apos; i {1} / {2}</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; renamed to &apos;{1}&apos;</source>
        <translation>&apos;{0}&apos; omdøbt til &apos;{1}&apos;</translation>
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
        <translation>&apos;{0}&apos;: {1} ændringer</translation>
    </message>
    <message>
        <source>+ card &apos;{0}&apos; in {1} / {2}</source>
        <translation>+ kort &apos;{0}&apos; i {1} / {2}</translation>
    </message>
    <message>
        <source>+ journey &apos;{0}&apos;</source>
        <translation>+ rejse &apos;{0}&apos;</translation>
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
        <translation>- kort &apos;{0}&apos; i {1} / {2}</translation>
    </message>
    <message>
        <source>- journey &apos;{0}&apos;</source>
        <translation>- rejse &apos;{0}&apos;</translation>
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
        <translation>&gt; kort &apos;{0}&apos; flyttet fra {1} / {2} til {3} / {4}</translation>
    </message>
    <message>
        <source>journey &apos;{0}&apos;:</source>
        <translation>rejse &apos;{0}&apos;:</translation>
    </message>
    <message>
        <source>no journey named &apos;{0}&apos; (the journeys are: {1})</source>
        <translation>ingen rejse hedder &apos;{0}&apos; (rejserne er: {1})</translation>
    </message>
    <message>
        <source>~ card &apos;{0}&apos;: {1}</source>
        <translation>~ kort &apos;{0}&apos;: {1}</translation>
    </message>
    <message>
        <source>~ lane &apos;{0}&apos;: {1}</source>
        <translation>~ bane &apos;{0}&apos;: {1}</translation>
    </message>
    <message>
        <source>~ persona &apos;{0}&apos; renamed to &apos;{1}&apos;</source>
        <translation>~ persona &apos;{0}&apos; omdøbt til &apos;{1}&apos;</translation>
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
        <translation>~ {0} &apos;{1}&apos; omdøbt til &apos;{2}&apos;</translation>
    </message>
    <message>
        <source>Baseline: {0} ({1})</source>
        <translation type="vanished">Baseline: {0} ({1})</translation>
    </message>
    <message>
        <source>Saved file</source>
        <translation>Gemt fil</translation>
    </message>
    <message>
        <source>That baseline is gone (its name was removed).</source>
        <translation>Den baseline findes ikke længere (dens navn blev fjernet).</translation>
    </message>
    <message>
        <source>This journey map has not been saved yet.</source>
        <translation>Dette kunderejsekort er ikke gemt endnu.</translation>
    </message>
    <message>
        <source>This map</source>
        <translation>Dette kort</translation>
    </message>
    <message>
        <source>arrows in another order in the file</source>
        <translation>pile i en anden rækkefølge i filen</translation>
    </message>
    <message>
        <source>cards in another order in the file (each cell keeps its order)</source>
        <translation>kort i en anden rækkefølge i filen (hver celle beholder sin rækkefølge)</translation>
    </message>
    <message>
        <source>cards in another order in {1}: {0}</source>
        <translation>kort i en anden rækkefølge i {1}: {0}</translation>
    </message>
    <message>
        <source>journeys in another order: {0}</source>
        <translation>rejser i en anden rækkefølge: {0}</translation>
    </message>
    <message>
        <source>lanes in another order: {0}</source>
        <translation>baner i en anden rækkefølge: {0}</translation>
    </message>
    <message>
        <source>moved from {0} / {1} to {2} / {3}</source>
        <translation>flyttet fra {0} / {1} til {2} / {3}</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>personas in another order: {0}</source>
        <translation>personaer i en anden rækkefølge: {0}</translation>
    </message>
    <message>
        <source>photo added</source>
        <translation>foto tilføjet</translation>
    </message>
    <message>
        <source>photo changed</source>
        <translation>foto ændret</translation>
    </message>
    <message>
        <source>photo removed</source>
        <translation>foto fjernet</translation>
    </message>
    <message>
        <source>picture added</source>
        <translation>billede tilføjet</translation>
    </message>
    <message>
        <source>picture changed</source>
        <translation>billede ændret</translation>
    </message>
    <message>
        <source>picture removed</source>
        <translation>billede fjernet</translation>
    </message>
    <message>
        <source>stages in another order: {0}</source>
        <translation>faser i en anden rækkefølge: {0}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>{0} added: {1}</source>
        <translation>{0} tilføjet: {1}</translation>
    </message>
    <message>
        <source>{0} removed: {1}</source>
        <translation>{0} fjernet: {1}</translation>
    </message>
    <message>
        <source>{0}: {1} → {2}</source>
        <translation>{0}: {1} → {2}</translation>
    </message>
    <message>
        <source>~ emotion {0}: {1} -&gt; {2}</source>
        <translation>~ følelse {0}: {1} -&gt; {2}</translation>
    </message>
    <message>
        <source>~ journey: {0}</source>
        <translation>~ rejse: {0}</translation>
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
        <translation>Hvad der sammenlignes med: en anden rejse på dette kort, kortet som sidst gemt, eller en baseline (Filer ▸ Markér baseline…)</translation>
    </message>
    <message>
        <source>Mark the differences on the map</source>
        <translation>Markér forskellene på kortet</translation>
    </message>
    <message>
        <source>Side by Side…</source>
        <translation>Side om side…</translation>
    </message>
    <message>
        <source>Both journeys stage by stage, in two columns</source>
        <translation>Begge rejser fase for fase, i to kolonner</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Sammenlign</translation>
    </message>
    <message>
        <source>with</source>
        <translation>med</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Forskelle</translation>
    </message>
    <message>
        <source>As Text</source>
        <translation>Som tekst</translation>
    </message>
    <message>
        <source>Choose two different journeys. To plan changes, Journey &gt; Create future state copies this one; the comparison then shows what you changed.</source>
        <translation>Vælg to forskellige rejser. Til at planlægge ændringer kopierer Rejse &gt; Opret fremtidig tilstand denne; sammenligningen viser så, hvad du har ændret.</translation>
    </message>
    <message>
        <source>No differences</source>
        <translation>Ingen forskelle</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <source>No merge conflicts in this map.</source>
        <translation>Ingen fletningskonflikter i dette kort.</translation>
    </message>
    <message>
        <source>A merge left 1 conflict: pick the side to keep.</source>
        <translation>En fletning efterlod 1 konflikt: vælg den side, der skal beholdes.</translation>
    </message>
    <message>
        <source>A merge left {0} conflicts: pick the side to keep for each.</source>
        <translation>En fletning efterlod {0} konflikter: vælg for hver den side, der skal beholdes.</translation>
    </message>
    <message>
        <source>Keep {0}</source>
        <translation>Behold {0}</translation>
    </message>
    <message>
        <source>That side no longer fits the map (what it refers to has changed): keep the other, or edit the map by hand.</source>
        <translation>Den side passer ikke længere til kortet (det, den henviser til, er ændret): behold den anden, eller rediger kortet i hånden.</translation>
    </message>
    <message>
        <source>ours</source>
        <translation>vores</translation>
    </message>
    <message>
        <source>theirs</source>
        <translation>deres</translation>
    </message>
    <message>
        <source>The map</source>
        <translation>Kortet</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Rejse</translation>
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
        <translation>Bane</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kort</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Forbindelse</translation>
    </message>
    <message>
        <source>Checklist answer</source>
        <translation>Tjeklistesvar</translation>
    </message>
    <message>
        <source>{0} &apos;{1}&apos;</source>
        <translation>{0} &apos;{1}&apos;</translation>
    </message>
    <message>
        <source>{0}: deleted on one side, changed on the other</source>
        <translation>{0}: slettet på den ene side, ændret på den anden</translation>
    </message>
    <message>
        <source>{0}: the order of its {1}</source>
        <translation>{0}: rækkefølgen af dens {1}</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(slettet)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>(kept)</source>
        <translation>(beholdt)</translation>
    </message>
</context>
<context>
    <name>Curves</name>
    <message>
        <source>&apos;{0}&apos; and &apos;{1}&apos; do not share their stages: stage {2} is &apos;{3}&apos; in one and &apos;{4}&apos; in the other. Curves are drawn together only for journeys whose stages have the same names in the same order (one may have more stages at the end).</source>
        <translation>&apos;{0}&apos; og &apos;{1}&apos; har ikke de samme faser: fase {2} hedder &apos;{3}&apos; i den ene og &apos;{4}&apos; i den anden. Kurver tegnes kun sammen for rejser, hvis faser har de samme navne i samme rækkefølge (en af dem må have flere faser til sidst).</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; has no stages: it has no curve to draw.</source>
        <translation>&apos;{0}&apos; har ingen faser: der er ingen kurve at tegne.</translation>
    </message>
    <message>
        <source>At most {0} curves can be drawn together: more could not be told apart.</source>
        <translation>Højst {0} kurver kan tegnes sammen: flere ville ikke kunne skelnes fra hinanden.</translation>
    </message>
    <message>
        <source>Choose at least one journey.</source>
        <translation>Vælg mindst én rejse.</translation>
    </message>
    <message>
        <source>no emotions yet</source>
        <translation>ingen følelser endnu</translation>
    </message>
</context>
<context>
    <name>CurvesOverlayDialog</name>
    <message>
        <source>Emotion Curves Together</source>
        <translation>Følelseskurver samlet</translation>
    </message>
    <message>
        <source>Journeys to compare</source>
        <translation>Rejser, der skal sammenlignes</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Gem som PDF…</translation>
    </message>
    <message>
        <source>The chart on a landscape A3 page, for the wall</source>
        <translation>Diagrammet på en liggende A3-side, til væggen</translation>
    </message>
    <message>
        <source>Journeys (at most {0}):</source>
        <translation>Rejser (højst {0}):</translation>
    </message>
    <message>
        <source>Emotion curves</source>
        <translation>Følelseskurver</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Gem som PDF</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Eksporten mislykkedes</translation>
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
        <translation>Paneler</translation>
    </message>
</context>
<context>
    <name>EditController</name>
    <message>
        <source>Duplicate {0} cards</source>
        <translation>Duplikér {0} kort</translation>
    </message>
    <message>
        <source>Deleted stage &apos;{0}&apos;.</source>
        <translation>Slettede fasen &apos;{0}&apos;.</translation>
    </message>
    <message>
        <source>Deleted stage &apos;{0}&apos; and its card.</source>
        <translation>Slettede fasen &apos;{0}&apos; og dens kort.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted stage &apos;{0}&apos; and its %n cards.</source>
        <translation>
            <numerusform>Slettede fasen &apos;{0}&apos; og dens %n kort.</numerusform>
            <numerusform>Slettede fasen &apos;{0}&apos; og dens %n kort.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted lane &apos;{0}&apos;.</source>
        <translation>Slettede banen &apos;{0}&apos;.</translation>
    </message>
    <message>
        <source>Deleted lane &apos;{0}&apos; and its card.</source>
        <translation>Slettede banen &apos;{0}&apos; og dens kort.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted lane &apos;{0}&apos; and its %n cards.</source>
        <translation>
            <numerusform>Slettede banen &apos;{0}&apos; og dens %n kort.</numerusform>
            <numerusform>Slettede banen &apos;{0}&apos; og dens %n kort.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select exactly two cards to connect them ({0} selected)</source>
        <translation>Vælg præcis to kort for at forbinde dem ({0} valgt)</translation>
    </message>
    <message>
        <source>These two cards are already connected</source>
        <translation>De to kort er allerede forbundet</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Ny fase</translation>
    </message>
    <message>
        <source>New lane</source>
        <translation>Ny bane</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>&apos;{0}&apos; is not a length (examples: 10mm, 0.5in, 12pt)</source>
        <translation>&apos;{0}&apos; er ikke en længde (eksempler: 10mm, 0.5in, 12pt)</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a scale in percent (example: 100)</source>
        <translation>&apos;{0}&apos; er ikke et målforhold i procent (eksempel: 100)</translation>
    </message>
    <message>
        <source>The analysis questions of the method&apos;s step 7, as answered for this journey.</source>
        <translation>Analysespørgsmålene i metodens trin 7, som de er besvaret for denne rejse.</translation>
    </message>
    <message>
        <source>at {0:.0f} % the map &apos;{1}&apos; needs {2} and does not fit on {3}: fit it to the page, lower the scale, or choose a larger page or tiling</source>
        <translation>ved {0:.0f} % kræver kortet &apos;{1}&apos; {2} og kan ikke være på {3}: tilpas det til siden, sænk målforholdet, eller vælg en større side eller opdeling</translation>
    </message>
    <message>
        <source>at {0:.0f} % the poster of &apos;{1}&apos; would be {2}, larger than PDF viewers open: lower the scale, fit it to a page or tile it</source>
        <translation>ved {0:.0f} % ville plakaten for &apos;{1}&apos; blive {2}, større end PDF-læsere kan åbne: sænk målforholdet, tilpas den til en side, eller del den op</translation>
    </message>
    <message>
        <source>no journey named &apos;{0}&apos; (the file has: {1})</source>
        <translation>ingen rejse hedder &apos;{0}&apos; (filen har: {1})</translation>
    </message>
    <message>
        <source>page size &apos;{0}&apos; is out of range: each side must be between 18 mm and 5 m</source>
        <translation>sidestørrelsen &apos;{0}&apos; er uden for området: hver side skal være mellem 18 mm og 5 m</translation>
    </message>
    <message>
        <source>unknown orientation &apos;{0}&apos; (use portrait, landscape or auto)</source>
        <translation>ukendt retning &apos;{0}&apos; (brug portrait, landscape eller auto)</translation>
    </message>
    <message>
        <source>unknown page size &apos;{0}&apos; (use A0-A5, Letter, Legal, Tabloid, ANSI C/D/E, Arch C/D/E, or a size like 420x297mm or 11x17in)</source>
        <translation>ukendt sidestørrelse &apos;{0}&apos; (brug A0-A5, Letter, Legal, Tabloid, ANSI C/D/E, Arch C/D/E eller en størrelse som 420x297mm eller 11x17in)</translation>
    </message>
    <message>
        <source>, or </source>
        <translation>, eller </translation>
    </message>
    <message>
        <source>1 touchpoint</source>
        <translation>1 berøringspunkt</translation>
    </message>
    <message>
        <source>Also in: {0}</source>
        <translation>Også i: {0}</translation>
    </message>
    <message>
        <source>Baselines</source>
        <translation>Baselines</translation>
    </message>
    <message>
        <source>Card &quot;{0}&quot;</source>
        <translation>Kort »{0}«</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Indhold</translation>
    </message>
    <message>
        <source>Current state</source>
        <translation>Nuværende tilstand</translation>
    </message>
    <message>
        <source>Customer journey map: {0}</source>
        <translation>Kunderejsekort: {0}</translation>
    </message>
    <message>
        <source>Date: {0}</source>
        <translation>Dato: {0}</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Afdelinger</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Direkte</translation>
    </message>
    <message>
        <source>Emotion curve</source>
        <translation>Følelseskurve</translation>
    </message>
    <message>
        <source>Emotion curves</source>
        <translation>Følelseskurver</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Følelse</translation>
    </message>
    <message>
        <source>File: {0}</source>
        <translation>Fil: {0}</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Markeringer</translation>
    </message>
    <message>
        <source>Frustrations</source>
        <translation>Frustrationer</translation>
    </message>
    <message>
        <source>Future state</source>
        <translation>Fremtidig tilstand</translation>
    </message>
    <message>
        <source>Goal: {0}</source>
        <translation>Mål: {0}</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>How to assemble: {0}</source>
        <translation>Sådan samles den: {0}</translation>
    </message>
    <message>
        <source>Inconsistent information</source>
        <translation>Inkonsistent information</translation>
    </message>
    <message>
        <source>Indirect (through others)</source>
        <translation>Indirekte (gennem andre)</translation>
    </message>
    <message>
        <source>Journey &quot;{0}&quot;</source>
        <translation>Rejse »{0}«</translation>
    </message>
    <message>
        <source>Journeys</source>
        <translation>Rejser</translation>
    </message>
    <message>
        <source>Journey Editor {0}</source>
        <translation>Journey Editor {0}</translation>
    </message>
    <message>
        <source>Key touchpoint</source>
        <translation>Vigtigt berøringspunkt</translation>
    </message>
    <message>
        <source>Lane &quot;{0}&quot;</source>
        <translation>Bane »{0}«</translation>
    </message>
    <message>
        <source>Lanes</source>
        <translation>Baner</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Mærker</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Behov</translation>
    </message>
    <message>
        <source>No touchpoints in this stage yet.</source>
        <translation>Ingen berøringspunkter i denne fase endnu.</translation>
    </message>
    <message>
        <source>Not in any journey yet.</source>
        <translation>Indgår endnu ikke i nogen rejse.</translation>
    </message>
    <message>
        <source>Other questions</source>
        <translation>Andre spørgsmål</translation>
    </message>
    <message>
        <source>Path between touchpoints</source>
        <translation>Vej mellem berøringspunkter</translation>
    </message>
    <message>
        <source>Persona: {0}</source>
        <translation>Persona: {0}</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Personaer</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <source>Print at 100 % (no “fit to page”). Cut each sheet along the dashed line at its left and top edge,</source>
        <translation>Udskriv i 100 % (ikke “tilpas til siden”). Skær hvert ark langs den stiplede linje ved dets venstre og øverste kant,</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citat</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Udfaset</translation>
    </message>
    <message>
        <source>Review checklist</source>
        <translation>Tjekliste til gennemgang</translation>
    </message>
    <message>
        <source>Review comments</source>
        <translation>Kommentarer fra gennemgangen</translation>
    </message>
    <message>
        <source>Revision: {0}</source>
        <translation>Version: {0}</translation>
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
        <translation>Fase »{0}«</translation>
    </message>
    <message>
        <source>Stage {0}</source>
        <translation>Fase {0}</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Faser</translation>
    </message>
    <message>
        <source>This journey has no stages or lanes yet.</source>
        <translation>Denne rejse har endnu ingen faser eller baner.</translation>
    </message>
    <message>
        <source>This journey has no stages yet.</source>
        <translation>Denne rejse har endnu ingen faser.</translation>
    </message>
    <message>
        <source>Untitled journey</source>
        <translation>Unavngiven rejse</translation>
    </message>
    <message>
        <source>Untitled touchpoint</source>
        <translation>Unavngivet berøringspunkt</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Valideret</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Stemmer</translation>
    </message>
    <message>
        <source>Workshop handout</source>
        <translation>Workshopark</translation>
    </message>
    <message>
        <source>bleed and crop marks are for a poster on one page, not for tiled sheets</source>
        <translation>beskæring og skæremærker er til en plakat på én side, ikke til opdelte ark</translation>
    </message>
    <message>
        <source>card text prints at {0}&#xa0;pt (smallest text {1}&#xa0;pt), under the {2}&#xa0;pt a wall poster needs</source>
        <translation>korttekst udskrives i {0}&#xa0;pt (mindste tekst {1}&#xa0;pt), under de {2}&#xa0;pt, en vægplakat kræver</translation>
    </message>
    <message>
        <source>choose {0} ({1}&#xa0;pt)</source>
        <translation>vælg {0} ({1}&#xa0;pt)</translation>
    </message>
    <message>
        <source>split it into {0} posters ({1}&#xa0;pt)</source>
        <translation>del den op i {0} plakater ({1}&#xa0;pt)</translation>
    </message>
    <message>
        <source>card text prints at {0:.1f}&#xa0;pt (smallest text {1:.1f}&#xa0;pt), under the {2:g}&#xa0;pt a wall poster needs</source>
        <translation type="vanished">korttekst udskrives i {0:.1f}&#xa0;pt (mindste tekst {1:.1f}&#xa0;pt), under de {2:g}&#xa0;pt, en vægplakat kræver</translation>
    </message>
    <message>
        <source>choose {0} ({1:.1f}&#xa0;pt)</source>
        <translation type="vanished">vælg {0} ({1:.1f}&#xa0;pt)</translation>
    </message>
    <message>
        <source>print it at 100&#xa0;% on tiled sheets</source>
        <translation>udskriv den i 100&#xa0;% på opdelte ark</translation>
    </message>
    <message>
        <source>split it into {0} posters ({1:.1f}&#xa0;pt)</source>
        <translation type="vanished">del den op i {0} plakater ({1:.1f}&#xa0;pt)</translation>
    </message>
    <message>
        <source>choose {0} ({1:.1f}&#xa0;pt), or print it at 100&#xa0;% on tiled sheets</source>
        <translation type="vanished">vælg {0} ({1:.1f}&#xa0;pt), eller udskriv den i 100&#xa0;% på opdelte ark</translation>
    </message>
    <message>
        <source>customer journey map</source>
        <translation>kunderejsekort</translation>
    </message>
    <message>
        <source>lay it over its neighbour so that the half targets meet the whole ones, and tape it from the back.</source>
        <translation>læg det over nabosiden, så halvmærkerne møder de hele, og tape det fast bagfra.</translation>
    </message>
    <message>
        <source>page {0} of {1}</source>
        <translation>side {0} af {1}</translation>
    </message>
    <message>
        <source>page {0}</source>
        <translation>side {0}</translation>
    </message>
    <message>
        <source>print it at 100&#xa0;% on tiled sheets, or split it into several posters</source>
        <translation type="vanished">udskriv den i 100&#xa0;% på opdelte ark, eller del den op i flere plakater</translation>
    </message>
    <message>
        <source>the file has no journey to export</source>
        <translation>filen har ingen rejse at eksportere</translation>
    </message>
    <message>
        <source>the margin cannot be negative</source>
        <translation>margenen kan ikke være negativ</translation>
    </message>
    <message>
        <source>the margins leave no room on the page</source>
        <translation>margenerne efterlader ingen plads på siden</translation>
    </message>
    <message>
        <source>the overlap must be between 0 and {0:.0f} mm on this paper</source>
        <translation>overlappet skal være mellem 0 og {0:.0f} mm på dette papir</translation>
    </message>
    <message>
        <source>the scale must be between 1 % and 1000 %</source>
        <translation>målforholdet skal være mellem 1 % og 1000 %</translation>
    </message>
    <message>
        <source>very negative</source>
        <translation>meget negativ</translation>
    </message>
    <message>
        <source>very positive</source>
        <translation>meget positiv</translation>
    </message>
    <message>
        <source>{0} (continued)</source>
        <translation>{0} (fortsat)</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>{0} by {1}</source>
        <translation>{0} af {1}</translation>
    </message>
    <message>
        <source>{0} journeys over the same stages</source>
        <translation>{0} rejser gennem de samme faser</translation>
    </message>
    <message>
        <source>{0} rows × {1} columns = {2} sheets, overlapping by {3:.0f} mm, numbered row by row.</source>
        <translation>{0} rækker × {1} kolonner = {2} ark, med {3:.0f} mm overlap, nummereret række for række.</translation>
    </message>
    <message>
        <source>{0} rows × {1} columns, {2} sheets ({3} would be blank and are left out), overlapping by {4:.0f} mm, numbered row by row.</source>
        <translation>{0} rækker × {1} kolonner, {2} ark ({3} ville være tomme og er udeladt), med {4:.0f} mm overlap, nummereret række for række.</translation>
    </message>
    <message>
        <source>{0} touchpoints</source>
        <translation>{0} berøringspunkter</translation>
    </message>
    <message>
        <source>{0} · row {1}, column {2} · page {3} of {4}</source>
        <translation>{0} · række {1}, kolonne {2} · side {3} af {4}</translation>
    </message>
    <message>
        <source>{0}, {1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <source>{0}: no installed font has {1}; printed as �</source>
        <translation>{0}: ingen installeret skrifttype har {1}; udskrives som �</translation>
    </message>
    <message>
        <source>{0} ({1}/{2}: {3} – {4})</source>
        <translation>{0} ({1}/{2}: {3} – {4})</translation>
    </message>
    <message>
        <source>the file has no persona to print</source>
        <translation>filen har ingen persona at udskrive</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Eksportér</translation>
    </message>
    <message>
        <source>PDF poster</source>
        <translation>PDF-plakat</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG-billede</translation>
    </message>
    <message>
        <source>SVG image</source>
        <translation>SVG-billede</translation>
    </message>
    <message>
        <source>Persona sheets (PDF)</source>
        <translation>Personaark (PDF)</translation>
    </message>
    <message>
        <source>Emotion curves together (PDF)</source>
        <translation>Følelseskurver samlet (PDF)</translation>
    </message>
    <message>
        <source>This journey</source>
        <translation>Denne rejse</translation>
    </message>
    <message>
        <source>All journeys</source>
        <translation>Alle rejser</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisk</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Liggende</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Stående</translation>
    </message>
    <message>
        <source>Fit to the page</source>
        <translation>Tilpas til siden</translation>
    </message>
    <message>
        <source>Tile onto sheets of</source>
        <translation>Del op på ark i størrelsen</translation>
    </message>
    <message>
        <source>Add workshop handout pages</source>
        <translation>Tilføj workshopark</translation>
    </message>
    <message>
        <source>Bleed and crop marks</source>
        <translation>Beskæring og skæremærker</translation>
    </message>
    <message>
        <source>For a print shop: 3 mm of bleed around the poster and marks showing where to cut. Not for tiled sheets.</source>
        <translation>Til et trykkeri: 3 mm beskæring om plakaten og mærker, der viser, hvor der skal skæres. Ikke til opdelte ark.</translation>
    </message>
    <message>
        <source>Title block and legend</source>
        <translation>Titelfelt og signaturforklaring</translation>
    </message>
    <message>
        <source>Warn when card text prints smaller than this: about 8 pt for a wall poster read from a step away</source>
        <translation>Advar, når korttekst udskrives mindre end dette: cirka 8 pt til en vægplakat, der læses et skridt væk fra</translation>
    </message>
    <message>
        <source>Print a wide map as several posters, consecutive stages on each, every lane on all: they hang side by side</source>
        <translation>Udskriv et bredt kort som flere plakater med på hinanden følgende faser på hver og alle baner på dem alle: de hænges side om side</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Journeys</source>
        <translation>Rejser</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Sidestørrelse</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Retning</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Målforhold</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>Margener</translation>
    </message>
    <message>
        <source>Card text at least</source>
        <translation>Korttekst mindst</translation>
    </message>
    <message>
        <source>Posters side by side</source>
        <translation>Plakater side om side</translation>
    </message>
    <message>
        <source>Tiling</source>
        <translation>Opdeling</translation>
    </message>
    <message>
        <source>Overlap</source>
        <translation>Overlap</translation>
    </message>
    <message>
        <source>Handout</source>
        <translation>Workshopark</translation>
    </message>
    <message>
        <source>Print shop</source>
        <translation>Trykkeri</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Opløsning</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Billede</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… og %n mere</numerusform>
            <numerusform>… og %n mere</numerusform>
        </translation>
    </message>
    <message>
        <source>{0:.0f} × {1:.0f} pixels</source>
        <translation>{0:.0f} × {1:.0f} pixel</translation>
    </message>
    <message>
        <source>{0:.0f} × {1:.0f} mm at {2} %</source>
        <translation>{0:.0f} × {1:.0f} mm ved {2} %</translation>
    </message>
    <message numerus="yes">
        <source>%n posters, the first shown: </source>
        <translation>
            <numerusform>%n plakat, den første vises: </numerusform>
            <numerusform>%n plakater, den første vises: </numerusform>
        </translation>
    </message>
    <message>
        <source>on {0} sheets ({1} across, {2} down) plus an assembly sheet</source>
        <translation>på {0} ark ({1} i bredden, {2} i højden) plus et samlevejledningsark</translation>
    </message>
    <message>
        <source>printed on {0:.0f} × {1:.0f} mm with {2:.0f} mm bleed and crop marks</source>
        <translation>trykt på {0:.0f} × {1:.0f} mm med {2:.0f} mm beskæring og skæremærker</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Eksportér til</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Eksporten mislykkedes</translation>
    </message>
</context>
<context>
    <name>ExportSheets</name>
    <message>
        <source>This map has no persona yet: add one in the Personas panel.</source>
        <translation>Kortet har endnu ingen persona: tilføj en i panelet Personaer.</translation>
    </message>
    <message>
        <source>{0:.0f} × {1:.0f} mm, a page for each persona: {2}</source>
        <translation>{0:.0f} × {1:.0f} mm, en side for hver persona: {2}</translation>
    </message>
    <message>
        <source>{0:.0f} × {1:.0f} mm: {2}. View &gt; Emotion Curves Together… chooses other journeys.</source>
        <translation>{0:.0f} × {1:.0f} mm: {2}. Vis &gt; Følelseskurver samlet… vælger andre rejser.</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Open journey map</source>
        <translation>Åbn kunderejsekort</translation>
    </message>
    <message>
        <source>Cannot open journey map</source>
        <translation>Kan ikke åbne kunderejsekortet</translation>
    </message>
    <message>
        <source>Cannot reload journey map</source>
        <translation>Kan ikke genindlæse kunderejsekortet</translation>
    </message>
    <message>
        <source>{0} (copy)</source>
        <translation>{0} (kopi)</translation>
    </message>
    <message>
        <source>journey</source>
        <translation>rejse</translation>
    </message>
    <message>
        <source>Save journey map</source>
        <translation>Gem kunderejsekort</translation>
    </message>
    <message>
        <source>Cannot save journey map</source>
        <translation>Kan ikke gemme kunderejsekortet</translation>
    </message>
    <message>
        <source>{0} is being edited in another window; save under another name.</source>
        <translation>{0} redigeres i et andet vindue; gem under et andet navn.</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>Gemte {0}</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ikke-gemte ændringer</translation>
    </message>
    <message>
        <source>Save the changes to this journey map before closing it?</source>
        <translation>Vil du gemme ændringerne i dette kunderejsekort, før det lukkes?</translation>
    </message>
    <message>
        <source>Journey maps (*.journey);;All files (*)</source>
        <translation>Kunderejsekort (*.journey);;Alle filer (*)</translation>
    </message>
</context>
<context>
    <name>FileErrors</name>
    <message>
        <source>the disk is full</source>
        <translation>disken er fuld</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>diskkvoten er brugt op</translation>
    </message>
    <message>
        <source>the folder {folder} is on a read-only disk</source>
        <translation>mappen {folder} ligger på en skrivebeskyttet disk</translation>
    </message>
    <message>
        <source>no permission to write in {folder}</source>
        <translation>ingen tilladelse til at skrive i {folder}</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist</source>
        <translation>mappen {folder} findes ikke</translation>
    </message>
    <message>
        <source>that is a folder, not a file</source>
        <translation>det er en mappe, ikke en fil</translation>
    </message>
    <message>
        <source>{0}; nothing was written</source>
        <translation>{0}; intet blev skrevet</translation>
    </message>
    <message>
        <source>the file is write-protected</source>
        <translation>filen er skrivebeskyttet</translation>
    </message>
    <message>
        <source>the file belongs to {0}, and saving over it would make you its owner</source>
        <translation>filen tilhører {0}, og hvis du gemmer oven i den, bliver du dens ejer</translation>
    </message>
    <message>
        <source>another user</source>
        <translation>en anden bruger</translation>
    </message>
    <message>
        <source>another revision is already named &apos;{0}&apos;</source>
        <translation>en anden revision hedder allerede &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>refers to a picture &apos;{0}…&apos; that is not in the file&apos;s images</source>
        <translation>henviser til et billede &apos;{0}…&apos;, som ikke er blandt filens billeder</translation>
    </message>
    <message>
        <source>refers to a {0} &apos;{1}&apos; that does not exist</source>
        <translation>henviser til {0} &apos;{1}&apos;, som ikke findes</translation>
    </message>
    <message>
        <source>the id &apos;{0}&apos; is used twice</source>
        <translation>id&apos;et &apos;{0}&apos; bruges to gange</translation>
    </message>
    <message>
        <source>this is not a journey map (its format is &apos;{0}&apos;)</source>
        <translation>dette er ikke et kunderejsekort (formatet er &apos;{0}&apos;)</translation>
    </message>
    <message>
        <source> (allowed: {0})</source>
        <translation> (tilladt: {0})</translation>
    </message>
    <message>
        <source> or </source>
        <translation> eller </translation>
    </message>
    <message>
        <source>a baseline needs both a name and a copy of the map (snapshot)</source>
        <translation>en baseline skal have både et navn og en kopi af kortet (snapshot)</translation>
    </message>
    <message>
        <source>a photo needs its type (image/png or image/jpeg)</source>
        <translation type="vanished">et foto skal have sin type (image/png eller image/jpeg)</translation>
    </message>
    <message>
        <source>another revision keeps the same copy of the map</source>
        <translation>en anden revision gemmer den samme kopi af kortet</translation>
    </message>
    <message>
        <source>cannot be read: {0}</source>
        <translation>kan ikke læses: {0}</translation>
    </message>
    <message>
        <source>cards</source>
        <translation>kort</translation>
    </message>
    <message>
        <source>connections</source>
        <translation>forbindelser</translation>
    </message>
    <message>
        <source>connects a card to itself</source>
        <translation>forbinder et kort med sig selv</translation>
    </message>
    <message>
        <source>entries (stages, lanes, checklist answers, evidence, metrics, comments and votes)</source>
        <translation>poster (faser, baner, svar i tjeklisten, evidens, målinger, kommentarer og stemmer)</translation>
    </message>
    <message>
        <source>expected {0}, found {1}</source>
        <translation>forventede {0}, fandt {1}</translation>
    </message>
    <message>
        <source>format version {0} is too old to read</source>
        <translation>formatversion {0} er for gammel til at blive læst</translation>
    </message>
    <message>
        <source>has a key in the wrong form</source>
        <translation>har en nøgle i forkert form</translation>
    </message>
    <message>
        <source>line {0}, column {1}</source>
        <translation>linje {0}, kolonne {1}</translation>
    </message>
    <message>
        <source>made with a newer Journey Editor (format version {0}; this one reads up to {1}): please update Journey Editor</source>
        <translation>lavet med en nyere Journey Editor (formatversion {0}; denne læser op til {1}): opdatér Journey Editor</translation>
    </message>
    <message>
        <source>no named revision keeps this copy of the map</source>
        <translation>ingen navngiven revision gemmer denne kopi af kortet</translation>
    </message>
    <message>
        <source>no permission to read the file</source>
        <translation>ingen tilladelse til at læse filen</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>filen findes ikke</translation>
    </message>
    <message>
        <source>not saved: the file would not open again ({0}{1})</source>
        <translation>ikke gemt: filen ville ikke kunne åbnes igen ({0}{1})</translation>
    </message>
    <message>
        <source>not saved: the map would take {0:.1f} MB, and a map file may hold at most {1:.1f} MB</source>
        <translation>ikke gemt: kortet ville fylde {0:.1f} MB, og en kortfil må højst fylde {1:.1f} MB</translation>
    </message>
    <message>
        <source>that is not a regular file</source>
        <translation>det er ikke en almindelig fil</translation>
    </message>
    <message>
        <source>the data is nested too deeply</source>
        <translation>dataene er for dybt indlejrede</translation>
    </message>
    <message>
        <source>the file ends too early (it may be cut off)</source>
        <translation>filen slutter for tidligt (den kan være afkortet)</translation>
    </message>
    <message>
        <source>the file holds {0:,} {1}; a file may hold at most {2:,}</source>
        <translation>filen indeholder {0:,} {1}; en fil må højst indeholde {2:,}</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>filen er tom</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>filen er ikke UTF-8-tekst</translation>
    </message>
    <message>
        <source>the file is too large ({0} MB; the limit is {1} MB)</source>
        <translation>filen er for stor ({0} MB; grænsen er {1} MB)</translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation>filen er for stor</translation>
    </message>
    <message>
        <source>the format version is missing</source>
        <translation>formatversionen mangler</translation>
    </message>
    <message>
        <source>the format version must be a whole number, found {0}</source>
        <translation>formatversionen skal være et heltal, fandt {0}</translation>
    </message>
    <message>
        <source>the map could not be written: {0}</source>
        <translation>kortet kunne ikke skrives: {0}</translation>
    </message>
    <message>
        <source>the photo is not a valid {0} image</source>
        <translation type="vanished">fotoet er ikke et gyldigt {0}-billede</translation>
    </message>
    <message>
        <source>the picture {0} does not match its key: its data was changed or damaged</source>
        <translation>billedet {0} passer ikke til sin nøgle: dets data er ændret eller beskadiget</translation>
    </message>
    <message>
        <source>the picture {0} has no readable size in its header</source>
        <translation>billedet {0} har ingen læsbar størrelse i sit hoved</translation>
    </message>
    <message>
        <source>the picture {0} is cut short (its end is missing)</source>
        <translation>billedet {0} er afkortet (slutningen mangler)</translation>
    </message>
    <message>
        <source>the picture {0} is not a {1} image</source>
        <translation>billedet {0} er ikke et {1}-billede</translation>
    </message>
    <message>
        <source>the picture {0} is {1} x {2} pixels, but its entry says {3} x {4}</source>
        <translation>billedet {0} er {1} x {2} pixels, men dets post siger {3} x {4}</translation>
    </message>
    <message>
        <source>this is a binary file, not a journey map</source>
        <translation>dette er en binær fil, ikke et kunderejsekort</translation>
    </message>
    <message>
        <source>this is not a journey map (no Journey Editor data in it)</source>
        <translation>dette er ikke et kunderejsekort (det indeholder ingen Journey Editor-data)</translation>
    </message>
    <message>
        <source>this is not a journey map (the format marker is missing)</source>
        <translation>dette er ikke et kunderejsekort (formatmarkøren mangler)</translation>
    </message>
    <message>
        <source>this is not valid JSON here</source>
        <translation>dette er ikke gyldig JSON her</translation>
    </message>
    <message>
        <source>this is text in {0}; save it as UTF-8</source>
        <translation>dette er tekst i {0}; gem den som UTF-8</translation>
    </message>
    <message>
        <source>this is {0}, not a journey map</source>
        <translation>dette er {0}, ikke et kunderejsekort</translation>
    </message>
    <message>
        <source>this older file is damaged and cannot be upgraded</source>
        <translation>denne ældre fil er beskadiget og kan ikke opgraderes</translation>
    </message>
    <message>
        <source>unexpected text after the end of the data</source>
        <translation>uventet tekst efter dataenes slutning</translation>
    </message>
    <message>
        <source>{0} is not allowed here</source>
        <translation>{0} er ikke tilladt her</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>et heltal</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>et tal</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>sand eller falsk</translation>
    </message>
    <message>
        <source>nothing (null)</source>
        <translation>ingenting (null)</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>en liste</translation>
    </message>
    <message>
        <source>a group of fields</source>
        <translation>en gruppe felter</translation>
    </message>
    <message>
        <source>base64 data</source>
        <translation>base64-data</translation>
    </message>
    <message>
        <source>has an unknown field &apos;{0}&apos; (a newer Journey Editor may have written it: update to open this file)</source>
        <translation>har et ukendt felt &apos;{0}&apos; (en nyere Journey Editor kan have skrevet det: opdatér for at åbne filen)</translation>
    </message>
    <message>
        <source>a ZIP archive (or an Office document)</source>
        <translation>et ZIP-arkiv (eller et Office-dokument)</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>et PNG-billede</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>et JPEG-billede</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>et GIF-billede</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>et PDF-dokument</translation>
    </message>
    <message>
        <source>a compressed (gzip) file</source>
        <translation>en komprimeret fil (gzip)</translation>
    </message>
    <message>
        <source>a program</source>
        <translation>et program</translation>
    </message>
    <message>
        <source>is too long (at most {1} items or characters)</source>
        <translation>er for lang (højst {1} elementer eller tegn)</translation>
    </message>
    <message>
        <source>is too short (at least {1} items or characters)</source>
        <translation>er for kort (mindst {1} elementer eller tegn)</translation>
    </message>
    <message>
        <source>has a value in the wrong form</source>
        <translation>har en værdi i forkert form</translation>
    </message>
    <message>
        <source>must be at most {1}</source>
        <translation>må højst være {1}</translation>
    </message>
    <message>
        <source>must be at least {1}</source>
        <translation>skal være mindst {1}</translation>
    </message>
    <message>
        <source>is a number too large to use</source>
        <translation>er et for stort tal til at blive brugt</translation>
    </message>
    <message>
        <source>the required field &apos;{0}&apos; is missing</source>
        <translation>det påkrævede felt &apos;{0}&apos; mangler</translation>
    </message>
    <message>
        <source>has an unknown field &apos;{0}&apos;</source>
        <translation type="vanished">har et ukendt felt &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>is not a valid {0} (write it as 2026-10-01)</source>
        <translation>er ikke en gyldig {0} (skriv den som 2026-10-01)</translation>
    </message>
    <message>
        <source>is not valid base64 data</source>
        <translation>er ikke gyldige base64-data</translation>
    </message>
    <message>
        <source>persona</source>
        <translation>persona</translation>
    </message>
    <message>
        <source>journey</source>
        <translation>rejse</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>fase</translation>
    </message>
    <message>
        <source>lane</source>
        <translation>bane</translation>
    </message>
    <message>
        <source>card</source>
        <translation>kort</translation>
    </message>
    <message>
        <source>copy of the map</source>
        <translation>kopi af kortet</translation>
    </message>
    <message>
        <source>the photo of persona &apos;{0}&apos; is damaged or too large for this version and was left out</source>
        <translation>billedet af personaen &apos;{0}&apos; er beskadiget eller for stort til denne version og blev udeladt</translation>
    </message>
</context>
<context>
    <name>FileFormat</name>
    <message>
        <source>Marks the file as a Journey Editor map.</source>
        <translation>Markerer filen som et kort fra Journey Editor.</translation>
    </message>
    <message>
        <source>The format version the file is written in.</source>
        <translation>Den formatversion, filen er skrevet i.</translation>
    </message>
    <message>
        <source>The map&apos;s title.</source>
        <translation>Kortets titel.</translation>
    </message>
    <message>
        <source>The people the journeys are about: name, segment, goals, needs, frustrations, quote and photo.</source>
        <translation>De personer, rejserne handler om: navn, segment, mål, behov, frustrationer, citat og foto.</translation>
    </message>
    <message>
        <source>The journey maps: stages, lanes, cards, connections, the review checklist and dot voting.</source>
        <translation>Rejsekortene: faser, baner, kort, forbindelser, gennemgangens tjekliste og prikafstemningen.</translation>
    </message>
    <message>
        <source>The revision log: when, by whom and what changed, one entry per save with a summary.</source>
        <translation>Revisionsloggen: hvornår, af hvem og hvad der blev ændret, én post pr. gemning med et resumé.</translation>
    </message>
    <message>
        <source>What a merge of two versions of the map could not decide, until someone picks a side; left out when there is none.</source>
        <translation>Det, som en sammenfletning af to versioner af kortet ikke kunne afgøre, indtil nogen vælger side; udelades, når der ikke er noget.</translation>
    </message>
    <message>
        <source>The named revisions&apos; (baselines&apos;) copies of the journeys, to compare the map with later; left out when there is none.</source>
        <translation>De navngivne revisioners (baselines&apos;) kopier af rejserne, som kortet senere kan sammenlignes med; udelades, når der ingen er.</translation>
    </message>
    <message>
        <source>The pictures on cards and the personas&apos; photos, once each, by the SHA-256 of their bytes (a card&apos;s or persona&apos;s picture key): PNG or JPEG as base64, with their size in pixels; only those a card or persona shows; left out when there is none.</source>
        <translation>Billederne på kortene og personaernes fotos, én gang hver, efter SHA-256 af deres byte (et korts eller en personas billednøgle): PNG eller JPEG som base64, med deres størrelse i pixels; kun dem, et kort eller en persona viser; udeladt, når der ingen er.</translation>
    </message>
    <message>
        <source>The pictures on cards, once each, by the SHA-256 of their bytes (a card&apos;s picture key): PNG or JPEG as base64, with their size in pixels; only those a card shows; left out when there is none.</source>
        <translation type="vanished">Billederne på kortene, én gang hver, efter SHA-256 af deres byte (et korts billednøgle): PNG eller JPEG som base64, med deres størrelse i pixels; kun dem, et kort viser; udeladt, når der ingen er.</translation>
    </message>
    <message>
        <source>A file holds at most {0} MB, {1} journeys, {2} cards and as many connections in all its journeys together ({3} of each in one journey), and {4} entries: stages, lanes, checklist answers, and the cards&apos; evidence, metrics, comments and votes.</source>
        <translation>En fil rummer højst {0} MB, {1} rejser, {2} kort og lige så mange forbindelser i alle sine rejser tilsammen ({3} af hver i én rejse) og {4} poster: faser, baner, svar i tjeklisten samt kortenes evidens, målinger, kommentarer og stemmer.</translation>
    </message>
    <message>
        <source>A name holds at most {0} characters, a longer text {1}, a list {2} entries, and a persona&apos;s photo {3} KB.</source>
        <translation type="vanished">Et navn rummer højst {0} tegn, en længere tekst {1}, en liste {2} poster og en personas foto {3} kB.</translation>
    </message>
    <message>
        <source>A name holds at most {0} characters, a longer text {1}, a list {2} entries, and a picture (on a card, or a persona&apos;s photo) {3} KB.</source>
        <translation>Et navn rummer højst {0} tegn, en længere tekst {1}, en liste {2} poster og et billede (på et kort eller en personas foto) {3} kB.</translation>
    </message>
    <message>
        <source>Each object and its keys, the required ones in bold; the schema gives each key&apos;s type, range and default.</source>
        <translation>Hvert objekt og dets nøgler, de obligatoriske med fed; skemaet angiver hver nøgles type, interval og standardværdi.</translation>
    </message>
    <message>
        <source>A .journey file is one workspace of journey maps as JSON text in UTF-8, indented so that version control shows small differences. This page is made from the JSON Schema that describes the format, installed with the editor:</source>
        <translation>En .journey-fil er ét arbejdsområde med rejsekort som JSON-tekst i UTF-8, indrykket, så versionsstyring viser små forskelle. Denne side er lavet ud fra det JSON-skema, der beskriver formatet, og som installeres med editoren:</translation>
    </message>
    <message>
        <source>An id is text of {0} to {1} characters that never changes when a name does, so that references hold and a version control diff stays small. Personas and journeys are unique in the file, the others in their journey.</source>
        <translation>Et id er tekst på {0} til {1} tegn, som aldrig ændres, når et navn ændres, så referencerne holder, og en diff i versionsstyringen forbliver lille. Personaer og rejser er unikke i filen, de andre i deres rejse.</translation>
    </message>
    <message>
        <source>Ids and references</source>
        <translation>Id&apos;er og referencer</translation>
    </message>
    <message>
        <source>Its identifier: {0}</source>
        <translation>Dets identifikator: {0}</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Nøgle</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Grænser</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objekter</translation>
    </message>
    <message>
        <source>The editor refuses a file whose references lead nowhere:</source>
        <translation>Editoren afviser en fil, hvis referencer ikke fører nogen steder hen:</translation>
    </message>
    <message>
        <source>These objects carry an id: {0}.</source>
        <translation>Disse objekter har et id: {0}.</translation>
    </message>
    <message>
        <source>This editor writes format version {0} and reads versions {1} to {0}. An older file is upgraded step by step as it opens; the file itself changes only when you save, and the save keeps the previous file beside it as a .bak. A file from a newer Journey Editor is not opened: the message names its version, and the file stays as it is.</source>
        <translation>Denne editor skriver formatversion {0} og læser version {1} til {0}. En ældre fil opgraderes trin for trin, når den åbnes; selve filen ændres først, når du gemmer, og gemningen beholder den tidligere fil ved siden af som .bak. En fil fra en nyere Journey Editor åbnes ikke: meddelelsen nævner dens version, og filen forbliver, som den er.</translation>
    </message>
    <message>
        <source>Top-level keys</source>
        <translation>Nøgler på øverste niveau</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Værdi</translation>
    </message>
    <message>
        <source>Versions and upgrades</source>
        <translation>Versioner og opgraderinger</translation>
    </message>
    <message>
        <source>What it holds</source>
        <translation>Hvad den rummer</translation>
    </message>
    <message>
        <source>list of {0}</source>
        <translation>liste med {0}</translation>
    </message>
    <message>
        <source>number</source>
        <translation>tal</translation>
    </message>
    <message>
        <source>object</source>
        <translation>objekt</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatorisk</translation>
    </message>
    <message>
        <source>text of at most {0} characters</source>
        <translation>tekst på højst {0} tegn</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>sand eller falsk</translation>
    </message>
    <message>
        <source>whole number</source>
        <translation>heltal</translation>
    </message>
    <message>
        <source>{0}, at most {1}</source>
        <translation>{0}, højst {1}</translation>
    </message>
</context>
<context>
    <name>FileFormatDialog</name>
    <message>
        <source>The .journey File Format</source>
        <translation>Filformatet .journey</translation>
    </message>
</context>
<context>
    <name>FileSafety</name>
    <message>
        <source>An edit failed</source>
        <translation>En redigering mislykkedes</translation>
    </message>
    <message>
        <source>Cannot save journey map</source>
        <translation>Kan ikke gemme kunderejsekortet</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Gem som…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>Filen er ændret på disken</translation>
    </message>
    <message>
        <source>{0} changed on disk since you opened or last saved it (another computer or a sync client may have written it). Overwriting it loses those changes.</source>
        <translation>{0} er ændret på disken, siden du åbnede eller sidst gemte den (en anden computer eller en synkroniseringstjeneste kan have skrevet den). Hvis du overskriver den, går de ændringer tabt.</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Overskriv</translation>
    </message>
    <message>
        <source>{0} changed on disk; saving will ask before overwriting it</source>
        <translation>{0} er ændret på disken; når du gemmer, bliver du spurgt, før den overskrives</translation>
    </message>
    <message>
        <source>{0} changed on disk. Reload it? You have no unsaved changes.</source>
        <translation>{0} er ændret på disken. Vil du genindlæse den? Du har ingen ikke-gemte ændringer.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Genindlæs</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behold</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Gem</translation>
    </message>
    <message>
        <source>Summary of this revision (optional):</source>
        <translation>Resumé af denne version (valgfrit):</translation>
    </message>
    <message>
        <source>Compare with Saved Version</source>
        <translation>Sammenlign med gemt version</translation>
    </message>
    <message>
        <source>This journey map has not been saved yet.</source>
        <translation>Dette kunderejsekort er ikke gemt endnu.</translation>
    </message>
    <message>
        <source>Cannot read the saved version</source>
        <translation>Kan ikke læse den gemte version</translation>
    </message>
    <message>
        <source>No changes since the last save</source>
        <translation>Ingen ændringer siden sidste gemning</translation>
    </message>
</context>
<context>
    <name>GettingStartedDialog</name>
    <message>
        <source>Getting Started</source>
        <translation>Kom i gang</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>Enter each item&apos;s average score in the value column (and the date of the survey), save the sheet as CSV and bring it into the map with File &gt; Import Survey Results. Keep the column names and the touchpoint ids as they are: they tell the import which card each result belongs to.</source>
        <translation>Skriv hvert spørgsmåls gennemsnit i kolonnen value (og datoen for undersøgelsen i date), gem arket som CSV, og hent det ind i kortet med Filer &gt; Importér undersøgelsesresultater. Lad kolonnenavnene og berøringspunkternes id stå, som de er: de fortæller importen, hvilket kort hvert resultat hører til.</translation>
    </message>
    <message>
        <source>no touchpoints to survey: put the journey&apos;s touchpoints in a channel lane first</source>
        <translation>ingen berøringspunkter at spørge til: læg rejsens berøringspunkter i en kanalbane først</translation>
    </message>
    <message>
        <source>save the guide as .pdf, .md or .docx, not &apos;{0}&apos;</source>
        <translation>gem guiden som .pdf, .md eller .docx, ikke &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>1 = {0}, {1} = {2}</source>
        <translation>1 = {0}, {1} = {2}</translation>
    </message>
    <message>
        <source>After the purchase, at “{0}”, what did you need from us?</source>
        <translation>Efter købet, i »{0}«: hvad havde du så brug for fra os?</translation>
    </message>
    <message>
        <source>Ask about this stage</source>
        <translation>Spørg om denne fase</translation>
    </message>
    <message>
        <source>Ask the customer to tell the experience step by step, in their own words, and take their point of view. The questions are prompts, not a script: follow what they say.</source>
        <translation>Bed kunden fortælle om oplevelsen trin for trin, med egne ord, og se det fra kundens side. Spørgsmålene er en hjælp, ikke et manuskript: følg det, kunden fortæller.</translation>
    </message>
    <message>
        <source>At “{0}”, what did you need to get done?</source>
        <translation type="vanished">Hvad skulle du have gjort ved »{0}«?</translation>
    </message>
    <message>
        <source>At “{0}”, what did you want to achieve?</source>
        <translation type="vanished">Hvad ville du gerne opnå ved »{0}«?</translation>
    </message>
    <message>
        <source>At “{0}”, what did you want to get done?</source>
        <translation type="vanished">Hvad ville du gerne have klaret ved »{0}«?</translation>
    </message>
    <message>
        <source>At “{0}”, what had you settled on already, and what was still open?</source>
        <translation type="vanished">Ved »{0}«: hvad havde du allerede besluttet dig for, og hvad stod stadig åbent?</translation>
    </message>
    <message>
        <source>By the time you got to “{0}”, what did you already know, and what did you still need to find out?</source>
        <translation>Da du nåede til »{0}«, hvad vidste du så allerede, og hvad skulle du stadig finde ud af?</translation>
    </message>
    <message>
        <source>Closing the interview</source>
        <translation>Afslutning af interviewet</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentarer</translation>
    </message>
    <message>
        <source>Customer survey</source>
        <translation>Kundeundersøgelse</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Did anyone or anything outside our company play a part (friends, reviews, social media)?</source>
        <translation>Spillede nogen eller noget uden for vores virksomhed en rolle (venner, anmeldelser, sociale medier)?</translation>
    </message>
    <message>
        <source>Did it meet your expectations? What was missing, or too much?</source>
        <translation>Levede det op til dine forventninger? Hvad manglede, eller hvad var for meget?</translation>
    </message>
    <message>
        <source>Here you would meet us through {0}. Which of them would you use, and what would you miss?</source>
        <translation type="vanished">Her ville du kunne komme i kontakt med os via {0}. Hvilke af dem ville du bruge, og hvad ville du savne?</translation>
    </message>
    <message>
        <source>How did we stay in touch after you bought, and was it welcome?</source>
        <translation>Hvordan holdt vi kontakten efter købet, og satte du pris på det?</translation>
    </message>
    <message>
        <source>How did you feel there? Point to the scale.</source>
        <translation>Hvordan havde du det? Peg på skalaen.</translation>
    </message>
    <message>
        <source>How easy was it to get what you needed at “{0}”?</source>
        <translation type="vanished">Hvor nemt var det at få det, du havde brug for, ved »{0}«?</translation>
    </message>
    <message>
        <source>How satisfied were you with “{0}”?</source>
        <translation>Hvor tilfreds var du med »{0}«?</translation>
    </message>
    <message>
        <source>Interview guide</source>
        <translation>Interviewguide</translation>
    </message>
    <message>
        <source>Interviewee</source>
        <translation>Interviewperson</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Interviewer</translation>
    </message>
    <message>
        <source>Kept the existing results sheet {0}</source>
        <translation>Beholdt det eksisterende resultatark {0}</translation>
    </message>
    <message>
        <source>Looking at the whole journey: which step did we miss, or put in the wrong order?</source>
        <translation>Når du ser på hele rejsen: hvilket trin har vi overset eller sat i forkert rækkefølge?</translation>
    </message>
    <message>
        <source>May we contact you again when we change this journey?</source>
        <translation>Må vi kontakte dig igen, når vi ændrer denne rejse?</translation>
    </message>
    <message>
        <source>No touchpoint is marked as key yet, so the survey asks about every one. Mark the key touchpoints on the map to keep it short.</source>
        <translation>Intet berøringspunkt er markeret som vigtigt endnu, så undersøgelsen spørger til dem alle. Markér de vigtige berøringspunkter på kortet for at holde den kort.</translation>
    </message>
    <message>
        <source>No touchpoints in this stage yet: ask where the customer met us.</source>
        <translation>Ingen berøringspunkter i denne fase endnu: spørg, hvor kunden mødte os.</translation>
    </message>
    <message>
        <source>Notes on this stage</source>
        <translation>Noter om denne fase</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <source>Open questions from the map</source>
        <translation>Åbne spørgsmål fra kortet</translation>
    </message>
    <message>
        <source>Results sheet (for the facilitator)</source>
        <translation>Resultatark (til facilitatoren)</translation>
    </message>
    <message>
        <source>Stage {0}</source>
        <translation>Fase {0}</translation>
    </message>
    <message>
        <source>The map assumes they expect</source>
        <translation>Ifølge kortet forventer kunden</translation>
    </message>
    <message>
        <source>The map assumes they feel</source>
        <translation>Ifølge kortet føler kunden sig</translation>
    </message>
    <message>
        <source>Think of your last experience with us. For each moment below, tick one box per question.</source>
        <translation>Tænk tilbage på din seneste kontakt med os. Sæt ét kryds ved hvert spørgsmål nedenfor.</translation>
    </message>
    <message>
        <source>This journey has no stages yet.</source>
        <translation>Rejsen har ingen faser endnu.</translation>
    </message>
    <message>
        <source>This journey has no touchpoints yet.</source>
        <translation type="vanished">Rejsen har ingen berøringspunkter endnu.</translation>
    </message>
    <message>
        <source>How do you think you would feel there? Point to the scale.</source>
        <translation>Hvordan tror du, du ville have det? Peg på skalaen.</translation>
    </message>
    <message>
        <source>How easy was it to get done what you wanted through “{0}”?</source>
        <translation type="vanished">Hvor nemt var det at få klaret det, du ville, via »{0}«?</translation>
    </message>
    <message>
        <source>How easy was it to do what you wanted through “{0}”?</source>
        <translation>Hvor nemt var det at få klaret det, du ville, via »{0}«?</translation>
    </message>
    <message>
        <source>If you had a question or a problem, where would you turn, and how?</source>
        <translation>Hvis du havde et spørgsmål eller et problem, hvor ville du så henvende dig, og hvordan?</translation>
    </message>
    <message>
        <source>Imagine you are at “{0}”. What would you want to get done here?</source>
        <translation type="vanished">Forestil dig, at du er ved »{0}«. Hvad ville du gerne have klaret her?</translation>
    </message>
    <message>
        <source>Later on, at “{0}”, what mattered most to you?</source>
        <translation>Senere, i »{0}«: hvad betød mest for dig?</translation>
    </message>
    <message>
        <source>Next comes “{0}”. What would you expect to happen here?</source>
        <translation type="vanished">Så kommer »{0}«. Hvad ville du forvente her?</translation>
    </message>
    <message>
        <source>On the map (not to read out)</source>
        <translation>På kortet (læses ikke op)</translation>
    </message>
    <message>
        <source>There are {0} key touchpoints, too many for one guide: it asks about {1} of them, the first of each stage.</source>
        <translation>Der er {0} vigtige berøringspunkter, for mange til én guide: den spørger til {1} af dem, de første i hver fase.</translation>
    </message>
    <message>
        <source>There are {0} touchpoints, too many for one guide: it asks about {1} of them, the first of each stage. Mark the key touchpoints on the map to choose them.</source>
        <translation>Der er {0} berøringspunkter, for mange til én guide: den spørger til {1} af dem, de første i hver fase. Markér de vigtige berøringspunkter på kortet for selv at vælge.</translation>
    </message>
    <message>
        <source>This journey is a future state: the guide tests the idea with the customer (“what would you…”) instead of asking what happened.</source>
        <translation>Rejsen er en fremtidig tilstand: guiden afprøver idéen med kunden (»hvad ville du …«) i stedet for at spørge, hvad der skete.</translation>
    </message>
    <message>
        <source>This map has {0} touchpoints, too many for one interview: the guide asks about its {1} key touchpoints only.</source>
        <translation>Kortet har {0} berøringspunkter, for mange til ét interview: guiden spørger kun til de {1} vigtige berøringspunkter.</translation>
    </message>
    <message>
        <source>This map shows a journey that does not exist yet. Describe or show each stage, then ask how the customer would act and feel there: the questions test the idea, they do not ask for memories.</source>
        <translation>Kortet viser en rejse, der ikke findes endnu. Beskriv eller vis hver fase, og spørg så, hvad kunden ville gøre og føle der: spørgsmålene afprøver idéen, de spørger ikke til minder.</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Berøringspunkter</translation>
    </message>
    <message>
        <source>Was there a moment here when you needed help from us? What happened?</source>
        <translation>Var der et øjeblik her, hvor du havde brug for hjælp fra os? Hvad skete der?</translation>
    </message>
    <message>
        <source>What did you expect from “{0}”?</source>
        <translation>Hvad forventede du af »{0}«?</translation>
    </message>
    <message>
        <source>What did you notice of us here, and what was missing?</source>
        <translation>Hvad lagde du mærke til fra vores side her, og hvad savnede du?</translation>
    </message>
    <message>
        <source>What did you read or hear about us here, and from whom?</source>
        <translation>Hvad læste eller hørte du om os her, og fra hvem?</translation>
    </message>
    <message>
        <source>What did you see or hear of us at this point, and what stayed with you?</source>
        <translation>Hvad så eller hørte du fra os her, og hvad blev hængende?</translation>
    </message>
    <message>
        <source>What made you decide to buy, and what nearly stopped you?</source>
        <translation>Hvad fik dig til at købe, og hvad fik dig til at tøve?</translation>
    </message>
    <message>
        <source>What made you decide to go on to the next step?</source>
        <translation>Hvad fik dig til at gå videre til næste trin?</translation>
    </message>
    <message>
        <source>What made you decide to look closer, or to look elsewhere?</source>
        <translation>Hvad fik dig til at se nærmere efter eller til at kigge andre steder?</translation>
    </message>
    <message>
        <source>What made you move on from here to “{0}”, and what nearly held you back?</source>
        <translation type="vanished">Hvad fik dig til at gå videre herfra til »{0}«, og hvad var lige ved at holde dig tilbage?</translation>
    </message>
    <message>
        <source>What surprised or pleased you, and what annoyed you or got in your way?</source>
        <translation>Hvad overraskede eller glædede dig, og hvad irriterede dig eller spændte ben for dig?</translation>
    </message>
    <message>
        <source>What will decide whether you buy from us again or recommend us?</source>
        <translation>Hvad afgør, om du køber hos os igen eller anbefaler os?</translation>
    </message>
    <message>
        <source>What would have to be there for it to work for you, and what would be too much?</source>
        <translation>Hvad skal der til, for at det virker for dig, og hvad ville være for meget?</translation>
    </message>
    <message>
        <source>What would make this step better than today, and what would worry you?</source>
        <translation type="vanished">Hvad ville gøre dette trin bedre end i dag, og hvad ville bekymre dig?</translation>
    </message>
    <message>
        <source>What would make you move on to “{0}”, and what could hold you back?</source>
        <translation type="vanished">Hvad ville få dig til at gå videre til »{0}«, og hvad kunne holde dig tilbage?</translation>
    </message>
    <message>
        <source>What would please you, and what would put you off?</source>
        <translation>Hvad ville glæde dig, og hvad ville skræmme dig væk?</translation>
    </message>
    <message>
        <source>What would you expect from “{0}”?</source>
        <translation>Hvad ville du forvente af »{0}«?</translation>
    </message>
    <message>
        <source>What would you want from us at this point, and what would you rather do yourself?</source>
        <translation>Hvad ville du gerne have fra os her, og hvad ville du hellere klare selv?</translation>
    </message>
    <message>
        <source>When did you last hear from us, and did it help or get in the way?</source>
        <translation>Hvornår hørte du sidst fra os, og var det en hjælp eller mest til besvær?</translation>
    </message>
    <message>
        <source>When you got to “{0}”, what did you want to achieve next?</source>
        <translation>Da du nåede til »{0}«, hvad ville du så gerne opnå?</translation>
    </message>
    <message>
        <source>When you had a question or a problem, where did you turn, and how?</source>
        <translation>Når du havde et spørgsmål eller et problem, hvor henvendte du dig, og hvordan?</translation>
    </message>
    <message>
        <source>When you reached “{0}”, what problem did you want to solve?</source>
        <translation type="vanished">Da du nåede til »{0}«, hvilket problem ville du så løse?</translation>
    </message>
    <message>
        <source>After the purchase, at the “{0}” stage, what did you need from us?</source>
        <translation>Efter købet, i fasen »{0}«: hvad havde du så brug for fra os?</translation>
    </message>
    <message>
        <source>At the “{0}” stage, what had you already settled on, and what was still open?</source>
        <translation>I fasen »{0}«: hvad havde du allerede besluttet dig for, og hvad var stadig uafklaret?</translation>
    </message>
    <message>
        <source>At the “{0}” stage, what problem were you trying to solve?</source>
        <translation>Hvilket problem prøvede du at løse i fasen »{0}«?</translation>
    </message>
    <message>
        <source>At this stage you could reach us through {0}. Which did you use, and why that one?</source>
        <translation type="vanished">I denne fase kunne du komme i kontakt med os via {0}. Hvilken vej valgte du, og hvorfor lige den?</translation>
    </message>
    <message>
        <source>At this stage you could reach us through {0}. Which would you choose, and why?</source>
        <translation type="vanished">I denne fase ville du kunne komme i kontakt med os via {0}. Hvilken vej ville du vælge, og hvorfor?</translation>
    </message>
    <message>
        <source>At this stage you could find us through {0}. Which did you use, and why that one?</source>
        <translation>I denne fase kunne du finde os via {0}. Hvilken vej valgte du, og hvorfor lige den?</translation>
    </message>
    <message>
        <source>At this stage you could find us through {0}. Which would you choose, and why?</source>
        <translation>I denne fase ville du kunne finde os via {0}. Hvilken vej ville du vælge, og hvorfor?</translation>
    </message>
    <message>
        <source>At “{0}”, what had you already settled on, and what was still open?</source>
        <translation>I »{0}«: hvad havde du allerede besluttet dig for, og hvad var stadig uafklaret?</translation>
    </message>
    <message>
        <source>At “{0}”, what problem were you trying to solve?</source>
        <translation>Hvilket problem prøvede du at løse i »{0}«?</translation>
    </message>
    <message>
        <source>By the time you got to the “{0}” stage, what did you already know, and what did you still need to find out?</source>
        <translation>Da du nåede til fasen »{0}«, hvad vidste du så allerede, og hvad skulle du stadig finde ud af?</translation>
    </message>
    <message>
        <source>During the “{0}” stage, what did you want to get done?</source>
        <translation>Hvad ville du gerne have klaret i fasen »{0}«?</translation>
    </message>
    <message>
        <source>During “{0}”, what did you want to get done?</source>
        <translation>Hvad ville du gerne have klaret i »{0}«?</translation>
    </message>
    <message>
        <source>Here you might have come across us through {0}. Which of them did you notice or use, and what else did you turn to?</source>
        <translation>Her er du måske stødt på os via {0}. Hvilke af dem lagde du mærke til eller brugte, og hvor søgte du ellers hen?</translation>
    </message>
    <message>
        <source>Here you would come across us through {0}. Which of them would you use, and what would you miss?</source>
        <translation>Her ville du støde på os via {0}. Hvilke af dem ville du bruge, og hvad ville du savne?</translation>
    </message>
    <message>
        <source>How easy do you think it would be to do what you want through “{0}”?</source>
        <translation>Hvor nemt tror du, det ville være at få klaret det, du vil, via »{0}«?</translation>
    </message>
    <message>
        <source>How much would “{0}” help you?</source>
        <translation>Hvor meget ville »{0}« hjælpe dig?</translation>
    </message>
    <message>
        <source>Imagine the moments below as we plan them. For each one, tick one box per question.</source>
        <translation>Forestil dig øjeblikkene nedenfor, sådan som vi planlægger dem. Sæt ét kryds ved hvert spørgsmål.</translation>
    </message>
    <message>
        <source>Imagine you have reached the “{0}” stage. What would you want to get done?</source>
        <translation>Forestil dig, at du er nået til fasen »{0}«. Hvad ville du gerne have klaret?</translation>
    </message>
    <message>
        <source>Imagine you have reached “{0}”. What would you want to get done?</source>
        <translation>Forestil dig, at du er nået til »{0}«. Hvad ville du gerne have klaret?</translation>
    </message>
    <message>
        <source>In the “{0}” stage, what were you hoping to achieve?</source>
        <translation>Hvad håbede du at opnå i fasen »{0}«?</translation>
    </message>
    <message>
        <source>In “{0}”, what were you hoping to achieve?</source>
        <translation>Hvad håbede du at opnå i »{0}«?</translation>
    </message>
    <message>
        <source>Later on, at the “{0}” stage, what mattered most to you?</source>
        <translation>Senere, i fasen »{0}«: hvad betød mest for dig?</translation>
    </message>
    <message>
        <source>Next comes the “{0}” stage. What would you expect to happen?</source>
        <translation>Så kommer fasen »{0}«. Hvad ville du forvente, der skete?</translation>
    </message>
    <message>
        <source>Next comes “{0}”. What would you expect to happen?</source>
        <translation>Så kommer »{0}«. Hvad ville du forvente, der skete?</translation>
    </message>
    <message>
        <source>There are {0} key touchpoints in {2} stages, too many for one guide: it asks about one in each of {1} stages spread over the journey and leaves out the other {3}.</source>
        <translation>Der er {0} vigtige berøringspunkter i {2} faser, for mange til én guide: den spørger til ét i hver af {1} faser fordelt over rejsen og udelader de øvrige {3}.</translation>
    </message>
    <message>
        <source>There are {0} touchpoints in {2} stages, too many for one guide: it asks about one in each of {1} stages spread over the journey and leaves out the other {3}. Mark the key touchpoints on the map to choose them.</source>
        <translation>Der er {0} berøringspunkter i {2} faser, for mange til én guide: den spørger til ét i hver af {1} faser fordelt over rejsen og udelader de øvrige {3}. Markér de vigtige berøringspunkter på kortet for selv at vælge.</translation>
    </message>
    <message>
        <source>This guide leaves out the touchpoints of this stage (see the note at the start): ask where the customer met us.</source>
        <translation>Guiden udelader berøringspunkterne i denne fase (se noten i starten): spørg, hvor kunden mødte os.</translation>
    </message>
    <message>
        <source>This journey is a future state: the survey asks how much each moment would help and how easy it would be, instead of how it went.</source>
        <translation>Rejsen er en fremtidig tilstand: undersøgelsen spørger, hvor meget hvert øjeblik ville hjælpe, og hvor nemt det ville være, i stedet for hvordan det gik.</translation>
    </message>
    <message>
        <source>What made you move on to the next stage, “{0}”, and what almost stopped you?</source>
        <translation>Hvad fik dig til at gå videre til næste fase, »{0}«, og var der noget, der nær havde fået dig til at springe fra?</translation>
    </message>
    <message>
        <source>What made you move on to “{0}”, and what almost stopped you?</source>
        <translation>Hvad fik dig til at gå videre til »{0}«, og var der noget, der nær havde fået dig til at springe fra?</translation>
    </message>
    <message>
        <source>What would make this stage better than today, and what would worry you?</source>
        <translation>Hvad ville gøre denne fase bedre end i dag, og hvad ville bekymre dig?</translation>
    </message>
    <message>
        <source>What would make you move on to the next stage, “{0}”, and what could stop you?</source>
        <translation>Hvad ville få dig til at gå videre til næste fase, »{0}«, og hvad kunne få dig til at springe fra?</translation>
    </message>
    <message>
        <source>What would make you move on to “{0}”, and what could stop you?</source>
        <translation>Hvad ville få dig til at gå videre til »{0}«, og hvad kunne få dig til at springe fra?</translation>
    </message>
    <message>
        <source>When you got to the “{0}” stage, what did you want to achieve next?</source>
        <translation>Da du nåede til fasen »{0}«, hvad ville du så gerne opnå?</translation>
    </message>
    <message>
        <source>Where and how would you want to buy: in a store, online, by phone?</source>
        <translation>Hvor og hvordan ville du helst købe: i butik, online, over telefonen?</translation>
    </message>
    <message>
        <source>Where did you go for it, and how?</source>
        <translation>Hvor henvendte du dig, og hvordan?</translation>
    </message>
    <message>
        <source>Where did you go to buy, and how (in a store, online, by phone)?</source>
        <translation>Hvor købte du, og hvordan (i butik, online, over telefonen)?</translation>
    </message>
    <message>
        <source>Where did you look for a product or a company that could solve it, and how did you find us?</source>
        <translation>Hvor ledte du efter et produkt eller en virksomhed, der kunne løse det, og hvordan fandt du os?</translation>
    </message>
    <message>
        <source>Where did you turn at this point, and how did you get there?</source>
        <translation>Hvor henvendte du dig på dette tidspunkt, og på hvilken måde?</translation>
    </message>
    <message>
        <source>Where else did you look, and what did you find there?</source>
        <translation>Hvor kiggede du ellers, og hvad fandt du der?</translation>
    </message>
    <message>
        <source>Where else would you look, and what would you hope to find there?</source>
        <translation>Hvor ville du ellers kigge, og hvad ville du håbe at finde der?</translation>
    </message>
    <message>
        <source>Where would you look for a solution, and how would you like to find us?</source>
        <translation>Hvor ville du lede efter en løsning, og hvordan ville du gerne finde os?</translation>
    </message>
    <message>
        <source>Where would you turn at this point, and how would you get there?</source>
        <translation>Hvor ville du henvende dig på dette tidspunkt, og på hvilken måde?</translation>
    </message>
    <message>
        <source>Where would you turn for this, and how?</source>
        <translation>Hvor ville du henvende dig, og hvordan?</translation>
    </message>
    <message>
        <source>Which moment mattered most to you, and which would you change first?</source>
        <translation>Hvilket øjeblik betød mest for dig, og hvilket ville du ændre først?</translation>
    </message>
    <message>
        <source>Which moment would matter most to you, and what would you want us to get right first?</source>
        <translation>Hvilket øjeblik ville betyde mest for dig, og hvad skal vi først og fremmest gøre rigtigt?</translation>
    </message>
    <message>
        <source>Which way did you choose this time: a store, online or the phone? Why?</source>
        <translation>Hvilken vej valgte du denne gang: butikken, nettet eller telefonen? Hvorfor?</translation>
    </message>
    <message>
        <source>Which way would suit you here: a store, online or the phone? Why?</source>
        <translation>Hvilken vej ville passe dig her: butikken, nettet eller telefonen? Hvorfor?</translation>
    </message>
    <message>
        <source>Whom did you contact at this point, if anyone, and how did you reach them?</source>
        <translation>Hvem kontaktede du på dette tidspunkt, hvis nogen, og hvordan fik du fat i dem?</translation>
    </message>
    <message>
        <source>Whom did you deal with from our side, and how did it go?</source>
        <translation>Hvem havde du med at gøre hos os, og hvordan gik det?</translation>
    </message>
    <message>
        <source>Whom or what did you meet from our side here, and how did it go?</source>
        <translation>Hvem eller hvad stødte du på fra vores side her, og hvordan gik det?</translation>
    </message>
    <message>
        <source>Whom or what outside our company would you listen to along the way (friends, reviews, social media)?</source>
        <translation>Hvem eller hvad uden for vores virksomhed ville du lytte til undervejs (venner, anmeldelser, sociale medier)?</translation>
    </message>
    <message>
        <source>Whom would you want to contact at this point, and how would you reach them?</source>
        <translation>Hvem ville du gerne kontakte på dette tidspunkt, og hvordan ville du få fat i dem?</translation>
    </message>
    <message>
        <source>Why did you go on to the “{0}” stage next, and what nearly held you back?</source>
        <translation>Hvorfor gik du derefter videre til fasen »{0}«, og hvad fik dig næsten til at tøve?</translation>
    </message>
    <message>
        <source>Why did you go on to “{0}” next, and what nearly held you back?</source>
        <translation>Hvorfor gik du derefter videre til »{0}«, og hvad fik dig næsten til at tøve?</translation>
    </message>
    <message>
        <source>Why would you go on to the “{0}” stage next, and what might hold you back?</source>
        <translation>Hvorfor ville du gå videre til fasen »{0}«, og hvad kunne få dig til at tøve?</translation>
    </message>
    <message>
        <source>Why would you go on to “{0}” next, and what might hold you back?</source>
        <translation>Hvorfor ville du gå videre til »{0}«, og hvad kunne få dig til at tøve?</translation>
    </message>
    <message>
        <source>Word documents need the python-docx package; export the guide as PDF or Markdown instead</source>
        <translation>Word-dokumenter kræver pakken python-docx; eksportér guiden som PDF eller Markdown i stedet</translation>
    </message>
    <message>
        <source>Would this make you come back to us or recommend us? Why?</source>
        <translation>Ville det her få dig til at komme tilbage til os eller anbefale os? Hvorfor?</translation>
    </message>
    <message>
        <source>Wrote {0}</source>
        <translation>Skrev {0}</translation>
    </message>
    <message>
        <source>You could meet us here through {0}. Which of them did you use, and what else did you turn to?</source>
        <translation type="vanished">Her kunne du komme i kontakt med os via {0}. Hvilke af dem brugte du, og hvor søgte du ellers hen?</translation>
    </message>
    <message>
        <source>a guide is for one journey: name it with --journey</source>
        <translation>en guide gælder én rejse: angiv den med --journey</translation>
    </message>
    <message>
        <source>key touchpoint</source>
        <translation>vigtigt berøringspunkt</translation>
    </message>
    <message>
        <source>not at all</source>
        <translation>slet ikke</translation>
    </message>
    <message>
        <source>this would replace the journey file itself</source>
        <translation>dette ville erstatte selve kortfilen</translation>
    </message>
    <message>
        <source>very difficult</source>
        <translation>meget svært</translation>
    </message>
    <message>
        <source>very dissatisfied</source>
        <translation>meget utilfreds</translation>
    </message>
    <message>
        <source>very easy</source>
        <translation>meget nemt</translation>
    </message>
    <message>
        <source>very much</source>
        <translation>rigtig meget</translation>
    </message>
    <message>
        <source>very satisfied</source>
        <translation>meget tilfreds</translation>
    </message>
    <message>
        <source>{0} (continued)</source>
        <translation>{0} (fortsat)</translation>
    </message>
    <message>
        <source>{0} or {1}</source>
        <translation>{0} eller {1}</translation>
    </message>
    <message>
        <source>“{0}”</source>
        <translation>»{0}«</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>Export Interview Guide</source>
        <translation>Eksportér interviewguide</translation>
    </message>
    <message>
        <source>&amp;Interview guide: questions per stage and touchpoint, with room for notes</source>
        <translation>&amp;Interviewguide: spørgsmål pr. fase og berøringspunkt, med plads til noter</translation>
    </message>
    <message>
        <source>Customer &amp;survey: satisfaction and effort at the key touchpoints, with a results sheet</source>
        <translation>Kunde&amp;undersøgelse: tilfredshed og indsats ved de vigtige berøringspunkter, med et resultatark</translation>
    </message>
    <message>
        <source>PDF, to print</source>
        <translation>PDF, til udskrivning</translation>
    </message>
    <message>
        <source>Word document (.docx), to adapt</source>
        <translation>Word-dokument (.docx), til tilpasning</translation>
    </message>
    <message>
        <source>Markdown, for a wiki or e-mail</source>
        <translation>Markdown, til en wiki eller e-mail</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Gennemse…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;ksportér</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Fi&amp;le:</source>
        <translation>Fi&amp;l:</translation>
    </message>
    <message>
        <source>Journey: {0}</source>
        <translation>Rejse: {0}</translation>
    </message>
    <message>
        <source>interview-guide</source>
        <comment>the end of a file name: no spaces</comment>
        <translation>interviewguide</translation>
    </message>
    <message>
        <source>survey</source>
        <comment>the end of a file name: no spaces</comment>
        <translation>kundeundersøgelse</translation>
    </message>
    <message>
        <source>This journey has no touchpoints to survey: put them in a channel lane first.</source>
        <translation>Rejsen har ingen berøringspunkter at spørge til: læg dem i en kanalbane først.</translation>
    </message>
    <message>
        <source>The results sheet is written beside it as {0}, unless one is there already: fill it in and bring it back with File &gt; Import Survey Results.</source>
        <translation>Resultatarket gemmes ved siden af som {0}, medmindre der allerede er et: udfyld det, og hent det tilbage med Filer &gt; Importér undersøgelsesresultater.</translation>
    </message>
    <message>
        <source>The guide is in the map&apos;s language, with the open questions of its Questions lane.</source>
        <translation>Guiden er på kortets sprog, med de åbne spørgsmål fra dets spørgsmålsbane.</translation>
    </message>
    <message>
        <source>Not exported: {0}</source>
        <translation>Ikke eksporteret: {0}</translation>
    </message>
</context>
<context>
    <name>HeatOverlay</name>
    <message>
        <source>No card has the metric &apos;{0}&apos;</source>
        <translation>Intet kort har målingen &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>Heat: {0} — red {1:g} · amber · green {2:g}; grey: no value</source>
        <translation type="vanished">Varme: {0} — rød {1:g} · gul · grøn {2:g}; grå: ingen værdi</translation>
    </message>
    <message>
        <source>Heat: {0} — red {1} · amber · green {2}; grey: no value</source>
        <translation>Varme: {0} — rød {1} · gul · grøn {2}; grå: ingen værdi</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>No metrics on this journey</source>
        <translation>Ingen målinger på denne rejse</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Stages and lanes</source>
        <translation type="vanished">Faser og baner</translation>
    </message>
    <message>
        <source>Stages are the columns: the steps the customer goes through before, during and after the purchase. Lanes are the rows: goals, touchpoints, the emotion curve, pain points, ideas and the teams behind them. Map &gt; Add Stage ({0}) and Add Lane ({1}) add one after the selected one, in its phase or zone. Drag a header to move it, its edge to resize it.</source>
        <translation type="vanished">Faserne er kolonnerne: de trin, kunden går igennem før, under og efter købet. Banerne er rækkerne: mål, berøringspunkter, følelseskurven, smertepunkter, idéer og teamene bag dem. Kort &gt; Tilføj fase ({0}) og Tilføj bane ({1}) tilføjer en efter den valgte, i dens købsfase eller zone. Træk i en overskrift for at flytte den, i dens kant for at ændre størrelsen.</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation type="vanished">Kort</translation>
    </message>
    <message>
        <source>Double-click an empty cell and type to add a card; Enter keeps it, Esc drops it. Add Card ({0}) does the same in the selected card&apos;s cell, or the cell you clicked last. Select a card to fill in its details in the Inspector, in a form that fits its lane. Drag cards to move them to another cell.</source>
        <translation type="vanished">Dobbeltklik på en tom celle, og skriv for at tilføje et kort; Enter beholder det, Esc kasserer det. Tilføj kort ({0}) gør det samme i det valgte korts celle eller i den celle, du sidst klikkede på. Vælg et kort for at udfylde dets detaljer i Inspektøren, i en formular, der passer til dets bane. Træk kort for at flytte dem til en anden celle.</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation type="vanished">Forbind</translation>
    </message>
    <message>
        <source>Drag from the handle on a card&apos;s right edge to another card to draw the customer&apos;s path, or select two cards and press {0}.</source>
        <translation type="vanished">Træk fra håndtaget i et korts højre kant til et andet kort for at tegne kundens vej, eller vælg to kort, og tryk på {0}.</translation>
    </message>
    <message>
        <source>Workshop mode</source>
        <translation type="vanished">Workshoptilstand</translation>
    </message>
    <message>
        <source>{0} shows the map full screen for the projector: the arrow keys step through the stages, and participants dot-vote on the cards that matter most. Esc leaves it.</source>
        <translation type="vanished">{0} viser kortet i fuld skærm til projektoren: piletasterne går gennem faserne, og deltagerne sætter prikker på de kort, der betyder mest. Esc forlader tilstanden.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="vanished">Eksport</translation>
    </message>
    <message>
        <source>File &gt; Export ({0}) prints the map as a PDF poster on any page size, or tiled onto A4 or Letter sheets, and saves pictures as PNG or SVG.</source>
        <translation type="vanished">Filer &gt; Eksportér ({0}) udskriver kortet som en PDF-plakat i en vilkårlig sidestørrelse eller opdelt på A4- eller Letter-ark og gemmer billeder som PNG eller SVG.</translation>
    </message>
    <message>
        <source>Undo and shortcuts</source>
        <translation type="vanished">Fortryd og genveje</translation>
    </message>
    <message>
        <source>Every change can be undone ({0}). Help &gt; Keyboard Shortcuts ({1}) lists every key.</source>
        <translation type="vanished">Enhver ændring kan fortrydes ({0}). Hjælp &gt; Tastaturgenveje ({1}) viser alle taster.</translation>
    </message>
    <message>
        <source>Journey Editor {0}</source>
        <translation>Journey Editor {0}</translation>
    </message>
    <message>
        <source>Map customer journeys offline: stages, touchpoints, emotions, and posters for the wall.</source>
        <translation>Kortlæg kunderejser offline: faser, berøringspunkter, følelser og plakater til væggen.</translation>
    </message>
    <message>
        <source>Licence: {0}</source>
        <translation>Licens: {0}</translation>
    </message>
    <message>
        <source>see the LICENSE file</source>
        <translation>se filen LICENSE</translation>
    </message>
    <message>
        <source>Qt {0}, PySide6 {1}, Python {2}</source>
        <translation>Qt {0}, PySide6 {1}, Python {2}</translation>
    </message>
    <message>
        <source>File format version {0}</source>
        <translation>Filformat version {0}</translation>
    </message>
    <message>
        <source>About Journey Editor</source>
        <translation type="vanished">Om Journey Editor</translation>
    </message>
    <message>
        <source>All keyboard shortcuts</source>
        <translation>Alle tastaturgenveje</translation>
    </message>
    <message>
        <source>The .journey file format</source>
        <translation>Filformatet .journey</translation>
    </message>
    <message>
        <source>Start a map</source>
        <translation>Start et kort</translation>
    </message>
    <message>
        <source>{0} offers a blank map and worked examples (a retail purchase, a B2B software service), each in English, Swedish, Danish, Finnish or Dutch, with their stages, lanes and first cards in place. {1} starts an empty map and {2} opens a .journey file. Everything stays on this computer: no account, no network.</source>
        <translation>{0} tilbyder et tomt kort og gennemarbejdede eksempler (et køb i detailhandlen, en B2B-softwaretjeneste), hver på engelsk, svensk, dansk, finsk eller nederlandsk, med faser, baner og de første kort på plads. {1} starter et tomt kort, og {2} åbner en .journey-fil. Alt bliver på denne computer: ingen konto, intet netværk.</translation>
    </message>
    <message>
        <source>Stages, lanes and cards</source>
        <translation>Faser, baner og kort</translation>
    </message>
    <message>
        <source>Stages are the columns: the steps the customer goes through before, during and after the purchase. Lanes are the rows: goals, touchpoints, the emotion curve, pain points, ideas and the teams behind them. {0} and {1} add one after the selected one; drag a header to move it, its edge to resize it. Double-click an empty cell and type to add a card: Enter keeps it, Esc drops it. {2} does the same in the cell you clicked last. Drag cards to another cell to move them.</source>
        <translation>Faserne er kolonnerne: de trin, kunden går igennem før, under og efter købet. Banerne er rækkerne: mål, berøringspunkter, følelseskurven, smertepunkter, idéer og teamene bag dem. {0} og {1} tilføjer en efter den valgte; træk i en overskrift for at flytte den, i dens kant for at ændre størrelsen. Dobbeltklik på en tom celle, og skriv for at tilføje et kort: Enter beholder det, Esc kasserer det. {2} gør det samme i den celle, du sidst klikkede på. Træk kort til en anden celle for at flytte dem.</translation>
    </message>
    <message>
        <source>The Inspector</source>
        <translation>Inspektøren</translation>
    </message>
    <message>
        <source>Select a card, a stage or a lane and the Inspector shows its fields, in a form that fits the card&apos;s lane: a touchpoint&apos;s channel, owner and control, what the customer expects and feels, evidence and validation status. With nothing selected it shows the map&apos;s title and the journey. {0} puts the keyboard in the first field; Esc there goes back to the map.</source>
        <translation>Vælg et kort, en fase eller en bane, så viser Inspektøren dets felter i en formular, der passer til kortets bane: et berøringspunkts kanal, ejer og kontrol, hvad kunden forventer og føler, evidens og valideringsstatus. Når intet er valgt, viser den kortets titel og rejsen. {0} flytter tastaturet til det første felt; Esc dér går tilbage til kortet.</translation>
    </message>
    <message>
        <source>Connecting cards</source>
        <translation>Forbind kort</translation>
    </message>
    <message>
        <source>Drag from the handle on a card&apos;s right edge to another card to draw the customer&apos;s path, or select two cards and use {0}.</source>
        <translation>Træk fra håndtaget i et korts højre kant til et andet kort for at tegne kundens vej, eller vælg to kort, og brug {0}.</translation>
    </message>
    <message>
        <source>The emotion curve</source>
        <translation>Følelseskurven</translation>
    </message>
    <message>
        <source>Give the cards an emotion in the Inspector, from -3 (very negative) to +3 (very positive). The emotion lane draws the customer&apos;s feelings as a curve across the stages, through the mean of each stage&apos;s cards, and shows each point as a face and a score, so that it reads without colour too.</source>
        <translation>Giv kortene en følelse i Inspektøren, fra -3 (meget negativ) til +3 (meget positiv). Følelsesbanen tegner kundens følelser som en kurve hen over faserne, gennem gennemsnittet af hver fases kort, og viser hvert punkt som et ansigt og et tal, så den også kan læses uden farve.</translation>
    </message>
    <message>
        <source>Personas and journeys</source>
        <translation>Personaer og rejser</translation>
    </message>
    <message>
        <source>One file holds several personas and several journeys: the Personas and Journeys panels list them (the tabs along the window&apos;s edges open and close each panel). Choose a journey&apos;s persona in the Inspector. Create future state copies a journey into a linked future-state journey, and the Compare panel lists what differs, each difference a click away on the map.</source>
        <translation>Én fil rummer flere personaer og flere rejser: panelerne Personaer og Rejser viser dem (fanerne langs vinduets kanter åbner og lukker hvert panel). Vælg en rejses persona i Inspektøren. Opret fremtidig tilstand kopierer en rejse til en forbundet rejse i fremtidig tilstand, og panelet Sammenlign viser, hvad der er forskelligt, hver forskel et klik væk på kortet.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Gennemgang</translation>
    </message>
    <message>
        <source>The Review panel lists what deserves a second look: touchpoints without an owner, dead ends, too many teams in one stage, moments of truth. Click a finding to see it on the map. The Checklist panel holds the method&apos;s questions about the map, and {0} dims the validated cards so that what still needs checking stands out.</source>
        <translation>Panelet Gennemgang viser, hvad der fortjener et ekstra blik: berøringspunkter uden ejer, blindgyder, for mange teams i én fase, sandhedens øjeblikke. Klik på et fund for at se det på kortet. Panelet Tjekliste rummer metodens spørgsmål om kortet, og {0} nedtoner de validerede kort, så det, der stadig skal tjekkes, træder frem.</translation>
    </message>
    <message>
        <source>Workshop mode and dot voting</source>
        <translation>Workshoptilstand og prikafstemning</translation>
    </message>
    <message>
        <source>{0} shows the map full screen for the projector: the arrow keys step through the stages, Home shows the whole map, Esc leaves. Round… sets up dot voting: the participants and how many dots each may place. Choose who votes with the number keys 1 to 9, press V and click the cards that matter most; Shift+click takes a dot back. Results… ranks the cards by their dots. T shows a countdown timer for timed exercises: S starts or pauses it, + adds a minute, D chooses the time.</source>
        <translation>{0} viser kortet i fuld skærm til projektoren: piletasterne går gennem faserne, Home viser hele kortet, Esc forlader tilstanden. Runde… forbereder prikafstemningen: deltagerne og hvor mange prikker hver må sætte. Vælg, hvem der stemmer, med taltasterne 1 til 9, tryk på V, og klik på de kort, der betyder mest; Skift+klik tager en prik tilbage. Resultater… rangordner kortene efter deres prikker. T viser en nedtællingsur til øvelser på tid: S starter eller sætter det på pause, + lægger et minut til, D vælger tiden.</translation>
    </message>
    <message>
        <source>{0} shows the map full screen for the projector: the arrow keys step through the stages, Home shows the whole map, Esc leaves. Round… sets up dot voting: the participants and how many dots each may place. Choose who votes with the number keys 1 to 9, press V and click the cards that matter most; Shift+click takes a dot back. Results… ranks the cards by their dots.</source>
        <translation type="vanished">{0} viser kortet i fuld skærm til projektoren: piletasterne går gennem faserne, Home viser hele kortet, Esc forlader tilstanden. Runde… forbereder prikafstemningen: deltagerne og hvor mange prikker hver må sætte. Vælg, hvem der stemmer, med taltasterne 1 til 9, tryk på V, og klik på de kort, der betyder mest; Skift+klik tager en prik tilbage. Resultater… rangordner kortene efter deres prikker.</translation>
    </message>
    <message>
        <source>Export and posters</source>
        <translation>Eksport og plakater</translation>
    </message>
    <message>
        <source>{0} prints the map as a PDF poster on any page size, or tiled onto A4 or Letter sheets for an office printer, with workshop handout pages if you like, and saves pictures as PNG or SVG. The dialog says how large the card text will print. When it would be hard to read on a wall, it warns you and offers a larger page, or a wide map split into several posters of consecutive stages (Posters side by side).</source>
        <translation>{0} udskriver kortet som en PDF-plakat i en vilkårlig sidestørrelse eller opdelt på A4- eller Letter-ark til en kontorprinter, med workshopark, hvis du vil, og gemmer billeder som PNG eller SVG. Dialogen fortæller, hvor stor kortteksten bliver på tryk. Hvis den ville være svær at læse på en væg, advarer den og foreslår en større side eller at dele et bredt kort op i flere plakater med på hinanden følgende faser (Plakater side om side).</translation>
    </message>
    <message>
        <source>The map&apos;s language</source>
        <translation>Kortets sprog</translation>
    </message>
    <message>
        <source>Menus and dialogs speak your system&apos;s language, or the one chosen in {0}, from the next start. The map&apos;s own words (lane kinds, phases, the poster&apos;s title block, legend and handout) follow the journey&apos;s Labels in field in the Inspector, shown when nothing is selected: a team can print a Finnish map from a Danish desktop.</source>
        <translation>Menuer og dialoger taler dit systems sprog eller det, der er valgt i {0}, fra næste start. Kortets egne ord (banetyper, købsfaser, plakatens titelfelt, signaturforklaring og workshopark) følger rejsens felt Etiketter på i Inspektøren, som vises, når intet er valgt: et team kan udskrive et finsk kort fra et dansk skrivebord.</translation>
    </message>
    <message>
        <source>To find Journey Editor in your desktop&apos;s menu and open .journey files with a double-click, run the first command below once in a terminal; the second removes exactly what the first added.</source>
        <translation>For at finde Journey Editor i skrivebordets menu og åbne .journey-filer med et dobbeltklik skal du køre den første kommando herunder én gang i en terminal; den anden fjerner præcis det, den første tilføjede.</translation>
    </message>
    <message>
        <source>Menus and dialogs speak the language of your system. The map&apos;s own words (lane kinds, phases, the poster&apos;s title block, legend and handout) follow the journey&apos;s Labels in field in the Inspector, shown when nothing is selected: a team can print a Finnish map from a Danish desktop.</source>
        <translation type="vanished">Menuer og dialoger taler dit systems sprog. Kortets egne ord (banetyper, købsfaser, plakatens titelfelt, signaturforklaring og workshopark) følger rejsens felt Etiketter på i Inspektøren, som vises, når intet er valgt: et team kan udskrive et finsk kort fra et dansk skrivebord.</translation>
    </message>
    <message>
        <source>On your desktop</source>
        <translation>På skrivebordet</translation>
    </message>
    <message>
        <source>To find Journey Editor in your desktop&apos;s menu and open .journey files with a double-click, run {0} once in a terminal; {1} removes exactly what it added.</source>
        <translation type="vanished">For at finde Journey Editor i skrivebordets menu og åbne .journey-filer med et dobbeltklik skal du køre {0} én gang i en terminal; {1} fjerner præcis det, der blev tilføjet.</translation>
    </message>
    <message>
        <source>Undo, keys and the file</source>
        <translation>Fortryd, taster og filen</translation>
    </message>
    <message>
        <source>Every change can be undone with {0}; the History panel lists them. {1} lists every key. A map is saved as one .journey file of readable JSON, a format documented with its schema.</source>
        <translation>Enhver ændring kan fortrydes med {0}; panelet Historik viser dem. {1} viser alle taster. Et kort gemmes som én .journey-fil med læsbar JSON, et format, der er dokumenteret med sit skema.</translation>
    </message>
    <message>
        <source>Journey Editor maps customer journeys: the stages a customer goes through, what they do, meet and feel on the way, and the teams behind each touchpoint. This page walks through the editor.</source>
        <translation>Journey Editor kortlægger kunderejser: de faser, en kunde går igennem, hvad kunden gør, møder og føler undervejs, og teamene bag hvert berøringspunkt. Denne side gennemgår editoren.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Revision History</source>
        <translation>Versionshistorik</translation>
    </message>
    <message>
        <source>Filter by name, author or summary</source>
        <translation>Filtrér efter navn, forfatter eller resumé</translation>
    </message>
    <message>
        <source>Baselines only</source>
        <translation>Kun baselines</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Forfatter</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumé</translation>
    </message>
    <message>
        <source>Name…</source>
        <translation>Navngiv…</translation>
    </message>
    <message>
        <source>Remove Name</source>
        <translation>Fjern navn</translation>
    </message>
    <message>
        <source>No revisions yet. Turn on File ▸ Ask for a Summary When Saving to record one with every save, or name the map as it is now with File ▸ Mark Baseline….</source>
        <translation>Ingen revisioner endnu. Slå Filer ▸ Spørg om et resumé ved gemning til for at registrere en ved hver gemning, eller navngiv kortet, som det er nu, med Filer ▸ Markér baseline….</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Omdøb…</translation>
    </message>
    <message>
        <source>The log keeps no copy of the map at older revisions: only the newest can be named. File ▸ Mark Baseline… names the map as it is now.</source>
        <translation>Loggen gemmer ingen kopi af kortet ved ældre revisioner: kun den nyeste kan navngives. Filer ▸ Markér baseline… navngiver kortet, som det er nu.</translation>
    </message>
    <message>
        <source>A new name for this baseline.</source>
        <translation>Et nyt navn til denne baseline.</translation>
    </message>
    <message>
        <source>The map as last saved is kept in the file under this name, so that the Compare panel can show what changed since.</source>
        <translation>Kortet, som det sidst blev gemt, gemmes i filen under dette navn, så panelet Sammenlign kan vise, hvad der er ændret siden.</translation>
    </message>
    <message>
        <source>Name Revision</source>
        <translation>Navngiv revision</translation>
    </message>
    <message>
        <source>The saved file no longer holds the map of this revision: save, then use File ▸ Mark Baseline….</source>
        <translation>Den gemte fil indeholder ikke længere kortet fra denne revision: gem, og brug så Filer ▸ Markér baseline….</translation>
    </message>
    <message>
        <source>No revisions yet. Turn on File ▸ Ask for a Summary When Saving to record one with every save.</source>
        <translation type="vanished">Ingen versioner endnu. Slå Filer ▸ Bed om et resumé ved hver gemning til for at registrere en ved hver gemning.</translation>
    </message>
</context>
<context>
    <name>HostInfo</name>
    <message>
        <source>Workshop session</source>
        <translation>Workshopsession</translation>
    </message>
    <message>
        <source>To join, choose File &gt; Join Session and type:</source>
        <translation>Vælg Filer &gt; Deltag i session for at deltage, og skriv:</translation>
    </message>
    <message>
        <source>{0} joined</source>
        <translation>{0} deltager</translation>
    </message>
    <message>
        <source>End Session</source>
        <translation>Afslut sessionen</translation>
    </message>
</context>
<context>
    <name>HtmlExport</name>
    <message>
        <source>Click a card to see all its fields. Drag to move the map; wheel or + and − to zoom; Tab goes from card to card, Enter opens one.</source>
        <translation type="vanished">Klik på et kort for at se alle dets felter. Træk for at flytte kortet; hjul eller + og − for at zoome; Tab går fra kort til kort, Enter åbner et.</translation>
    </message>
    <message>
        <source>Click a card to see all its fields. Drag to pan; wheel or + and − to zoom, 0 for the whole map; Tab goes from card to card, Enter opens one.</source>
        <translation>Klik på et kort for at se alle dets felter. Træk for at panorere; hjul eller + og − for at zoome, 0 for at se det hele; Tab går fra kort til kort, Enter åbner et.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Signaturforklaring</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom ud</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>Tilpas til vinduet</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom ind</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>Touchpoint</source>
        <translation>Berøringspunkt</translation>
    </message>
    <message>
        <source>Where the customer meets the brand</source>
        <translation>Hvor kunden møder brandet</translation>
    </message>
    <message>
        <source>Sticky note</source>
        <translation>Post-it</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Følelse</translation>
    </message>
    <message>
        <source>Customer goal</source>
        <translation>Kundens mål</translation>
    </message>
    <message>
        <source>What the customer wants to achieve</source>
        <translation>Hvad kunden vil opnå</translation>
    </message>
    <message>
        <source>Customer action</source>
        <translation>Kundens handling</translation>
    </message>
    <message>
        <source>What the customer does</source>
        <translation>Hvad kunden gør</translation>
    </message>
    <message>
        <source>Customer question</source>
        <translation>Kundens spørgsmål</translation>
    </message>
    <message>
        <source>What the customer asks here</source>
        <translation>Hvad kunden spørger om her</translation>
    </message>
    <message>
        <source>Thought</source>
        <translation>Tanke</translation>
    </message>
    <message>
        <source>Feeling</source>
        <translation>Følelse</translation>
    </message>
    <message>
        <source>Pain point</source>
        <translation>Smertepunkt</translation>
    </message>
    <message>
        <source>What gets in the customer&apos;s way</source>
        <translation>Hvad der står i vejen for kunden</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idé</translation>
    </message>
    <message>
        <source>How the experience could be better</source>
        <translation>Hvordan oplevelsen kunne blive bedre</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Mulighed</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Which teams the customer meets here</source>
        <translation>Hvilke teams kunden møder her</translation>
    </message>
    <message>
        <source>Backstage</source>
        <translation>Backstage</translation>
    </message>
    <message>
        <source>What happens behind the scenes</source>
        <translation>Hvad der sker bag kulisserne</translation>
    </message>
    <message>
        <source>System or partner</source>
        <translation>System eller partner</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>What the customer needs to know</source>
        <translation>Hvad kunden har brug for at vide</translation>
    </message>
    <message>
        <source>This value cannot be used here.</source>
        <translation>Denne værdi kan ikke bruges her.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Ryd</translation>
    </message>
    <message>
        <source>Use the default colour</source>
        <translation>Brug standardfarven</translation>
    </message>
    <message>
        <source>Choose a colour</source>
        <translation>Vælg en farve</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
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
        <translation>Brug mindst 10 punkter, eller auto.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Tilføj</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Not saved: a text in the table is too long or a number is out of range.</source>
        <translation>Ikke gemt: en tekst i tabellen er for lang, eller et tal er uden for området.</translation>
    </message>
    <message>
        <source>Write a number, for example 4.2.</source>
        <translation>Skriv et tal, for eksempel 4,2.</translation>
    </message>
    <message>
        <source>Write a date as year-month-day, for example 2026-10-31.</source>
        <translation>Skriv en dato som år-måned-dag, for eksempel 2026-10-31.</translation>
    </message>
    <message>
        <source>Too long: at most {0} characters, this has {1}.</source>
        <translation>For langt: højst {0} tegn, dette har {1}.</translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation>Navne, adskilt med komma</translation>
    </message>
    <message>
        <source>Each name may have at most {0} characters.</source>
        <translation>Hvert navn må højst have {0} tegn.</translation>
    </message>
    <message>
        <source>Select a card, stage or lane to edit it</source>
        <translation>Vælg et kort, en fase eller en bane for at redigere</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>Edit {0} &apos;{1}&apos;: {2}</source>
        <translation>Redigér {0} &apos;{1}&apos;: {2}</translation>
    </message>
    <message>
        <source>+3 delighted</source>
        <translation>+3 begejstret</translation>
    </message>
    <message>
        <source>+2 pleased</source>
        <translation>+2 glad</translation>
    </message>
    <message>
        <source>+1 content</source>
        <translation>+1 tilfreds</translation>
    </message>
    <message>
        <source>0 neutral</source>
        <translation>0 neutral</translation>
    </message>
    <message>
        <source>-1 uneasy</source>
        <translation>-1 utryg</translation>
    </message>
    <message>
        <source>-2 frustrated</source>
        <translation>-2 frustreret</translation>
    </message>
    <message>
        <source>-3 angry</source>
        <translation>-3 vred</translation>
    </message>
    <message>
        <source>Owned</source>
        <translation>Egen</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Betalt</translation>
    </message>
    <message>
        <source>Earned</source>
        <translation>Fortjent</translation>
    </message>
    <message>
        <source>Not controlled by us</source>
        <translation>Ikke styret af os</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Udkast</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Valideret</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Udfaset</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Spørgeskema</translation>
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
        <translation>Observation</translation>
    </message>
    <message>
        <source>Focus group</source>
        <translation>Fokusgruppe</translation>
    </message>
    <message>
        <source>Support log</source>
        <translation>Supportlog</translation>
    </message>
    <message>
        <source>Market research</source>
        <translation>Markedsundersøgelse</translation>
    </message>
    <message>
        <source>Review site</source>
        <translation>Anmeldelsesside</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andet</translation>
    </message>
    <message>
        <source>Customer forum</source>
        <translation>Kundeforum</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personale</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Before purchase</source>
        <translation>Før købet</translation>
    </message>
    <message>
        <source>During purchase</source>
        <translation>Under købet</translation>
    </message>
    <message>
        <source>After purchase</source>
        <translation>Efter købet</translation>
    </message>
    <message>
        <source>Frontstage</source>
        <translation>Frontstage</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Current state</source>
        <translation>Nuværende tilstand</translation>
    </message>
    <message>
        <source>Future state</source>
        <translation>Fremtidig tilstand</translation>
    </message>
    <message>
        <source>As the interface</source>
        <translation>Som brugerfladen</translation>
    </message>
    <message>
        <source>Broad: the whole journey</source>
        <translation>Bredt: hele rejsen</translation>
    </message>
    <message>
        <source>Specific: one problem</source>
        <translation>Specifikt: ét problem</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Berøringspunkter</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Handlinger</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Spørgsmål</translation>
    </message>
    <message>
        <source>Thoughts</source>
        <translation>Tanker</translation>
    </message>
    <message>
        <source>Feelings</source>
        <translation>Følelser</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Smertepunkter</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Idéer</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Muligheder</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>Systemer</translation>
    </message>
    <message>
        <source>No dots yet</source>
        <translation>Ingen prikker endnu</translation>
    </message>
    <message>
        <source>Dots: {0} ({1})</source>
        <translation>Prikker: {0} ({1})</translation>
    </message>
    <message>
        <source>No review questions answered yet</source>
        <translation>Ingen gennemgangsspørgsmål besvaret endnu</translation>
    </message>
    <message>
        <source>Review questions answered: {0} of {1}</source>
        <translation>Besvarede gennemgangsspørgsmål: {0} af {1}</translation>
    </message>
    <message>
        <source>No dot voting set up</source>
        <translation>Ingen prikafstemning sat op</translation>
    </message>
    <message>
        <source>Participants: {0}, dots each: {1}</source>
        <translation>Deltagere: {0}, prikker hver: {1}</translation>
    </message>
    <message>
        <source>Follows the cards&apos; emotions</source>
        <translation>Følger kortenes følelser</translation>
    </message>
    <message>
        <source>Stages set by hand: {0}</source>
        <translation>Faser angivet manuelt: {0}</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Billede</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ejer</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Kontrol</translation>
    </message>
    <message>
        <source>Direct contact with the brand</source>
        <translation>Direkte kontakt med brandet</translation>
    </message>
    <message>
        <source>Key touchpoint</source>
        <translation>Vigtigt berøringspunkt</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <source>Expectations</source>
        <translation>Forventninger</translation>
    </message>
    <message>
        <source>Experience we want</source>
        <translation>Ønsket oplevelse</translation>
    </message>
    <message>
        <source>Should think</source>
        <translation>Skal tænke</translation>
    </message>
    <message>
        <source>Should do</source>
        <translation>Skal gøre</translation>
    </message>
    <message>
        <source>Should feel</source>
        <translation>Skal føle</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validering</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Inconsistent or wrong service</source>
        <translation>Inkonsistent eller forkert service</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidens</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Målinger</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Værdi</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>New metric</source>
        <translation>Ny måling</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentarer</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Forfatter</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Stemmer</translation>
    </message>
    <message>
        <source>Place and colour</source>
        <translation>Placering og farve</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Bane</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farve</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Købsfase</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Bredde</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Indhold</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Udseende</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Højde</translation>
    </message>
    <message>
        <source>Emotion values</source>
        <translation>Følelsesværdier</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Kunderejsekort</translation>
    </message>
    <message>
        <source>Map title</source>
        <translation>Kortets titel</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Rejse</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tilstand</translation>
    </message>
    <message>
        <source>Based on</source>
        <translation>Baseret på</translation>
    </message>
    <message>
        <source>Labels in</source>
        <translation>Etiketter på</translation>
    </message>
    <message>
        <source>Goal of the map</source>
        <translation>Kortets mål</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Omfang</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Afdelinger</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Gennemgang</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Tjekliste</translation>
    </message>
    <message>
        <source>Dot voting</source>
        <translation>Prikafstemning</translation>
    </message>
    <message>
        <source>card</source>
        <translation>kort</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>fase</translation>
    </message>
    <message>
        <source>lane</source>
        <translation>bane</translation>
    </message>
    <message>
        <source>journey</source>
        <translation>rejse</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kort</translation>
    </message>
    <message>
        <source>Map and journey</source>
        <translation>Kort og rejse</translation>
    </message>
    <message>
        <source>Attach Picture…</source>
        <translation>Vedhæft billede…</translation>
    </message>
    <message>
        <source>Attach a picture</source>
        <translation>Vedhæft et billede</translation>
    </message>
    <message>
        <source>No picture. Attach one, drop a PNG or JPEG file here, or paste one onto the selected card.</source>
        <translation>Intet billede. Vedhæft et, slip en PNG- eller JPEG-fil her, eller indsæt et på det valgte kort.</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Billeder (*.png *.jpg *.jpeg);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Take the picture off the card</source>
        <translation>Tag billedet af kortet</translation>
    </message>
    <message>
        <source>The card shows this picture already, or the map holds as many pictures as a file may ({0}).</source>
        <translation>Kortet viser allerede dette billede, eller kortet har så mange billeder, som en fil må have ({0}).</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <source>Join Session</source>
        <translation>Deltag i session</translation>
    </message>
    <message>
        <source>Sessions &amp;found on this network:</source>
        <translation>Sessioner &amp;fundet på netværket:</translation>
    </message>
    <message>
        <source>Host &amp;address:</source>
        <translation>Værtens &amp;adresse:</translation>
    </message>
    <message>
        <source>Session &amp;code:</source>
        <translation>Sessions&amp;kode:</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Dit &amp;navn:</translation>
    </message>
    <message>
        <source>{0} hosted by {1}</source>
        <translation>{0}, vært: {1}</translation>
    </message>
    <message>
        <source>None found yet: you can type the address the host shows below.</source>
        <translation>Ingen fundet endnu: du kan skrive den adresse, værten viser, nedenfor.</translation>
    </message>
    <message>
        <source>This computer cannot look for sessions: type the address the host shows below.</source>
        <translation>Denne computer kan ikke søge efter sessioner: skriv den adresse, værten viser, nedenfor.</translation>
    </message>
</context>
<context>
    <name>JourneyBox</name>
    <message>
        <source>Journey shown on the canvas</source>
        <translation>Rejsen, der vises på lærredet</translation>
    </message>
</context>
<context>
    <name>JourneysPanel</name>
    <message>
        <source>Add</source>
        <translation type="vanished">Tilføj</translation>
    </message>
    <message>
        <source>Add a blank journey</source>
        <translation>Tilføj en tom rejse</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="vanished">Duplikér</translation>
    </message>
    <message>
        <source>Copy the selected journey</source>
        <translation>Kopiér den valgte rejse</translation>
    </message>
    <message>
        <source>Create future state</source>
        <translation type="vanished">Opret fremtidig tilstand</translation>
    </message>
    <message>
        <source>Copy the current-state journey into a linked future-state journey</source>
        <translation>Kopiér rejsen i nuværende tilstand til en tilknyttet rejse i fremtidig tilstand</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="vanished">Slet</translation>
    </message>
    <message>
        <source>Delete the selected journey</source>
        <translation>Slet den valgte rejse</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="vanished">Flyt op</translation>
    </message>
    <message>
        <source>Move the journey up the list</source>
        <translation>Flyt rejsen op på listen</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="vanished">Flyt ned</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Tilføj</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplikér</translation>
    </message>
    <message>
        <source>Create &amp;future state</source>
        <translation>Opret &amp;fremtidig tilstand</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Slet</translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation>Flyt &amp;op</translation>
    </message>
    <message>
        <source>Move the journey down the list</source>
        <translation>Flyt rejsen ned på listen</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Flyt &amp;ned</translation>
    </message>
    <message>
        <source>Future state</source>
        <translation>Fremtidig tilstand</translation>
    </message>
    <message>
        <source>Current state</source>
        <translation>Nuværende tilstand</translation>
    </message>
    <message>
        <source>no persona</source>
        <translation>ingen persona</translation>
    </message>
    <message>
        <source>Future state of &apos;{0}&apos;</source>
        <translation>Fremtidig tilstand af &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>No persona</source>
        <translation>Ingen persona</translation>
    </message>
    <message>
        <source>Choose one for this journey in the Inspector.</source>
        <translation>Vælg en til denne rejse i Inspektøren.</translation>
    </message>
    <message>
        <source>“{0}”</source>
        <translation>»{0}«</translation>
    </message>
</context>
<context>
    <name>Layout</name>
    <message>
        <source>Before purchase</source>
        <translation>Før købet</translation>
    </message>
    <message>
        <source>During purchase</source>
        <translation>Under købet</translation>
    </message>
    <message>
        <source>After purchase</source>
        <translation>Efter købet</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Berøringspunkter</translation>
    </message>
    <message>
        <source>Sticky notes</source>
        <translation>Post-its</translation>
    </message>
    <message>
        <source>Emotion curve</source>
        <translation>Følelseskurve</translation>
    </message>
    <message>
        <source>Line of interaction</source>
        <translation>Interaktionslinje</translation>
    </message>
    <message>
        <source>Line of visibility</source>
        <translation>Synlighedslinje</translation>
    </message>
    <message>
        <source>Line of internal interaction</source>
        <translation>Intern interaktionslinje</translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>Search touchpoints…</source>
        <translation>Søg i berøringspunkter…</translation>
    </message>
    <message>
        <source>Add my own…</source>
        <translation>Tilføj egne…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Before purchase</source>
        <translation>Før købet</translation>
    </message>
    <message>
        <source>During purchase</source>
        <translation>Under købet</translation>
    </message>
    <message>
        <source>After purchase</source>
        <translation>Efter købet</translation>
    </message>
    <message>
        <source>Information and other</source>
        <translation>Information og andet</translation>
    </message>
    <message>
        <source>My touchpoints</source>
        <translation>Mine berøringspunkter</translation>
    </message>
    <message>
        <source>Add a touchpoint</source>
        <translation>Tilføj et berøringspunkt</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Navn:</translation>
    </message>
    <message>
        <source>Phase:</source>
        <translation>Købsfase:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Inspector</source>
        <translation>Inspektør</translation>
    </message>
    <message>
        <source>I&amp;nspector</source>
        <translation>Inspe&amp;ktør</translation>
    </message>
    <message>
        <source>Con&amp;flicts</source>
        <translation type="vanished">K&amp;onflikter</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikter</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <source>His&amp;tory</source>
        <translation>Hi&amp;storik</translation>
    </message>
    <message>
        <source>&amp;Conflicts</source>
        <translation type="vanished">K&amp;onflikter</translation>
    </message>
    <message>
        <source>Journeys</source>
        <translation>Rejser</translation>
    </message>
    <message>
        <source>&amp;Journeys</source>
        <translation>&amp;Rejser</translation>
    </message>
    <message>
        <source>Mer&amp;ge Conflicts</source>
        <translation>K&amp;onflikter</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Personaer</translation>
    </message>
    <message>
        <source>Pe&amp;rsonas</source>
        <translation>&amp;Personaer</translation>
    </message>
    <message>
        <source>Touchpoint library</source>
        <translation>Berøringspunktsbibliotek</translation>
    </message>
    <message>
        <source>Touchpoint &amp;library</source>
        <translation>Berøringspunkts&amp;bibliotek</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Sammenlign</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>S&amp;ammenlign</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Gennemgang</translation>
    </message>
    <message>
        <source>R&amp;eview</source>
        <translation>Genne&amp;mgang</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Tjekliste</translation>
    </message>
    <message>
        <source>Chec&amp;klist</source>
        <translation>Tj&amp;ekliste</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Kort</translation>
    </message>
    <message>
        <source>&amp;Journey</source>
        <translation>Re&amp;jse</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Seneste &amp;filer</translation>
    </message>
    <message>
        <source>&amp;Heat Overlay</source>
        <translation>&amp;Varmekort</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hovedværktøjslinje</translation>
    </message>
    <message>
        <source>Journey: </source>
        <translation>Rejse: </translation>
    </message>
    <message>
        <source>Autosave failed: {0}</source>
        <translation>Automatisk gemning mislykkedes: {0}</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; not done: this map is open read-only (Save As makes a copy you can edit)</source>
        <translation>&apos;{0}&apos; blev ikke udført: kortet er åbnet skrivebeskyttet (Gem som laver en kopi, du kan redigere)</translation>
    </message>
    <message>
        <source>Select one card, stage or lane to edit it</source>
        <translation>Vælg ét kort, én fase eller én bane for at redigere</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unavngivet</translation>
    </message>
    <message>
        <source>{0} (read-only)</source>
        <translation>{0} (skrivebeskyttet)</translation>
    </message>
    <message>
        <source>{0}[*] — Journey Editor</source>
        <translation>{0}[*] — Journey Editor</translation>
    </message>
    <message>
        <source>Wrote {0}</source>
        <translation>Skrev {0}</translation>
    </message>
</context>
<context>
    <name>MapAccessibility</name>
    <message>
        <source>Arrow keys and Tab move between the cards, Return or F2 edits a title, {0} opens its fields in the Inspector, {1} moves to the panels.</source>
        <translation>Piletasterne og Tab flytter mellem kortene, Retur eller F2 redigerer en titel, {0} åbner kortets felter i Inspektøren, {1} går til panelerne.</translation>
    </message>
    <message>
        <source>Card: {0}</source>
        <translation>Kort: {0}</translation>
    </message>
    <message>
        <source>Journey map: {0}</source>
        <translation>Kunderejsekort: {0}</translation>
    </message>
    <message>
        <source>Lane {0} of {1}: {2}</source>
        <translation>Bane {0} af {1}: {2}</translation>
    </message>
    <message>
        <source>Stage {0} of {1}: {2}</source>
        <translation>Fase {0} af {1}: {2}</translation>
    </message>
    <message>
        <source>emotion {0}</source>
        <translation>følelse {0}</translation>
    </message>
    <message>
        <source>key touchpoint</source>
        <translation>vigtigt berøringspunkt</translation>
    </message>
    <message>
        <source>lane {0}</source>
        <translation>bane {0}</translation>
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
        <translation>unavngivet</translation>
    </message>
</context>
<context>
    <name>MetricChart</name>
    <message>
        <source>{0} over time</source>
        <translation>{0} over tid</translation>
    </message>
</context>
<context>
    <name>MissingFile</name>
    <message>
        <source>Create journey map</source>
        <translation>Opret kunderejsekort</translation>
    </message>
    <message>
        <source>{0} does not exist yet. Create a new journey map there?</source>
        <translation>{0} findes ikke endnu. Vil du oprette et nyt kunderejsekort der?</translation>
    </message>
    <message>
        <source>Create &amp;Blank Map</source>
        <translation>Opret &amp;tomt kort</translation>
    </message>
    <message>
        <source>Choose a &amp;Template…</source>
        <translation>Vælg en &amp;skabelon…</translation>
    </message>
    <message>
        <source>Cannot create journey map</source>
        <translation>Kan ikke oprette kunderejsekortet</translation>
    </message>
</context>
<context>
    <name>Panels</name>
    <message>
        <source>Arrow from &apos;{0}&apos; to &apos;{1}&apos;.
Press Delete to remove it.</source>
        <translation>Pil fra &apos;{0}&apos; til &apos;{1}&apos;.
Tryk på Delete for at fjerne den.</translation>
    </message>
    <message>
        <source>&lt;original&gt;</source>
        <translation>&lt;original&gt;</translation>
    </message>
    <message>
        <source>{0} cards selected.
Drag them, or press Delete or Ctrl+D, to act on all; select one to edit it.</source>
        <translation>{0} kort valgt.
Træk dem, eller tryk på Delete eller Ctrl+D for at handle på dem alle; vælg ét for at redigere det.</translation>
    </message>
    <message>
        <source>{0} items selected.
Select one to edit it.</source>
        <translation>{0} elementer valgt.
Vælg ét for at redigere det.</translation>
    </message>
</context>
<context>
    <name>PersonasPanel</name>
    <message>
        <source>Add</source>
        <translation>Tilføj</translation>
    </message>
    <message>
        <source>Add a persona</source>
        <translation>Tilføj en persona</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <source>Delete the selected persona</source>
        <translation>Slet den valgte persona</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Flyt op</translation>
    </message>
    <message>
        <source>Move the persona up the list</source>
        <translation>Flyt personaen op på listen</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Flyt ned</translation>
    </message>
    <message>
        <source>Move the persona down the list</source>
        <translation>Flyt personaen ned på listen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Segment or role</source>
        <translation>Segment eller rolle</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Behov</translation>
    </message>
    <message>
        <source>Frustrations</source>
        <translation>Frustrationer</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citat</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Choose photo…</source>
        <translation>Vælg foto…</translation>
    </message>
    <message>
        <source>Paste photo</source>
        <translation>Indsæt foto</translation>
    </message>
    <message>
        <source>The picture on the clipboard as the photo</source>
        <translation>Billedet på udklipsholderen som foto</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Fjern foto</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(intet navn)</translation>
    </message>
    <message>
        <source>Edit persona &apos;{0}&apos;: {1}</source>
        <translation>Redigér personaen &apos;{0}&apos;: {1}</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Vælg et foto</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Billeder (*.png *.jpg *.jpeg);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp);;All files (*)</source>
        <translation type="vanished">Billeder (*.png *.jpg *.jpeg *.gif *.bmp *.webp);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Cannot read {0}: {1}</source>
        <translation type="vanished">Kan ikke læse {0}: {1}</translation>
    </message>
</context>
<context>
    <name>Pictures</name>
    <message>
        <source>&apos;{0}&apos; cannot be read: {1}</source>
        <translation>&apos;{0}&apos; kan ikke læses: {1}</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is cut short: the end of the picture is missing</source>
        <translation>&apos;{0}&apos; er afkortet: billedets slutning mangler</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is damaged: its header gives no picture size</source>
        <translation>&apos;{0}&apos; er beskadiget: dets hoved angiver ingen billedstørrelse</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a PNG or JPEG picture</source>
        <translation>&apos;{0}&apos; er ikke et PNG- eller JPEG-billede</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is too large for a picture ({1} MB; at most {2} MB)</source>
        <translation>&apos;{0}&apos; er for stor til et billede ({1} MB; højst {2} MB)</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is too large: {1} x {2} pixels (at most {3} pixels on a side)</source>
        <translation>&apos;{0}&apos; er for stor: {1} x {2} pixels (højst {3} pixels på en side)</translation>
    </message>
    <message>
        <source>Picture attached to the card</source>
        <translation>Billedet blev vedhæftet kortet</translation>
    </message>
    <message>
        <source>Select one card to paste the picture onto it</source>
        <translation>Vælg ét kort for at indsætte billedet på det</translation>
    </message>
    <message>
        <source>the pasted picture</source>
        <translation>det indsatte billede</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Ask for a summary when saving</source>
        <translation>Bed om et resumé ved hver gemning</translation>
    </message>
    <message>
        <source>Left empty, exports name no author</source>
        <translation>Tomt: ingen forfatter angives</translation>
    </message>
    <message>
        <source>A new language takes effect when Journey Editor is restarted.</source>
        <translation>Et nyt sprog træder i kraft, når Journey Editor genstartes.</translation>
    </message>
    <message>
        <source>Autosave at most every</source>
        <translation>Gem automatisk senest efter</translation>
    </message>
    <message>
        <source>Author name for exports</source>
        <translation>Forfatternavn til eksporter</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemets sprog</translation>
    </message>
</context>
<context>
    <name>PropertiesDialog</name>
    <message>
        <source>Map Properties</source>
        <translation>Kortets egenskaber</translation>
    </message>
    <message>
        <source>e.g. Bike repair journeys, spring workshop</source>
        <translation>f.eks. Cykelreparationsrejser, forårsworkshop</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fil:</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Ikke gemt endnu</translation>
    </message>
    <message>
        <source>Journeys:</source>
        <translation>Rejser:</translation>
    </message>
    <message>
        <source>Personas:</source>
        <translation>Personaer:</translation>
    </message>
    <message>
        <source>Cards:</source>
        <translation>Kort:</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>Påbegyndt:</translation>
    </message>
    <message>
        <source>Last revision:</source>
        <translation>Seneste version:</translation>
    </message>
</context>
<context>
    <name>ReadOnlyMode</name>
    <message>
        <source>Save a Copy As…</source>
        <translation>Gem en kopi som…</translation>
    </message>
    <message>
        <source>another window is editing it</source>
        <translation>et andet vindue redigerer den</translation>
    </message>
    <message>
        <source>{0} is open read-only: {1}. Nothing you do here changes it; save a copy to make changes of your own.</source>
        <translation>{0} er åbnet skrivebeskyttet: {1}. Intet, du gør her, ændrer den; gem en kopi for at lave dine egne ændringer.</translation>
    </message>
</context>
<context>
    <name>ReadabilityNote</name>
    <message>
        <source>Card text prints at {0:.1f}&#xa0;pt, the smallest text at {1:.1f}&#xa0;pt.</source>
        <translation type="vanished">Korttekst udskrives i {0:.1f}&#xa0;pt, den mindste tekst i {1:.1f}&#xa0;pt.</translation>
    </message>
    <message>
        <source>Card text prints at {0}&#xa0;pt, the smallest text at {1}&#xa0;pt.</source>
        <translation>Korttekst udskrives i {0}&#xa0;pt, den mindste tekst i {1}&#xa0;pt.</translation>
    </message>
    <message>
        <source>Hard to read on a wall: {0}.</source>
        <translation>Svær at læse på en væg: {0}.</translation>
    </message>
    <message>
        <source>Use {0}</source>
        <translation>Brug {0}</translation>
    </message>
    <message numerus="yes">
        <source>Split into %n</source>
        <translation>
            <numerusform>Del op i %n</numerusform>
            <numerusform>Del op i %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Recover Unsaved Work</source>
        <translation>Gendan ikke-gemt arbejde</translation>
    </message>
    <message>
        <source>Journey Editor did not close properly. These maps have changes that were not saved; restore them to keep working, or discard them.</source>
        <translation>Journey Editor blev ikke lukket korrekt. Disse kort har ændringer, der ikke blev gemt; gendan dem for at arbejde videre, eller kassér dem.</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Kort</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Last autosave</source>
        <translation>Seneste automatiske gemning</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Gendan</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Kassér</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Senere</translation>
    </message>
    <message>
        <source>(never saved)</source>
        <translation>(aldrig gemt)</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>Kan ikke gendanne</translation>
    </message>
    <message>
        <source>Discard unsaved work</source>
        <translation>Kassér ikke-gemt arbejde</translation>
    </message>
    <message>
        <source>Delete the unsaved changes of {0} map(s)? This cannot be undone.</source>
        <translation>Vil du slette de ikke-gemte ændringer i {0} kort? Det kan ikke fortrydes.</translation>
    </message>
    <message>
        <source>File in use</source>
        <translation>Filen er i brug</translation>
    </message>
    <message>
        <source>If you both save, one of you loses changes.</source>
        <translation>Hvis I begge gemmer, mister en af jer ændringer.</translation>
    </message>
    <message>
        <source>Open &amp;Anyway</source>
        <translation>Åbn &amp;alligevel</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation>Åbn &amp;skrivebeskyttet</translation>
    </message>
    <message>
        <source>{0} is held by an unknown editor: its lock file cannot be read (last written {1}).</source>
        <translation>{0} holdes af en ukendt redigering: dens låsefil kan ikke læses (sidst skrevet {1}).</translation>
    </message>
    <message>
        <source>{0} is open in another Journey Editor: {1} on {2}, since {3}.</source>
        <translation>{0} er åben i en anden Journey Editor: {1} på {2}, siden {3}.</translation>
    </message>
</context>
<context>
    <name>ResultsDialog</name>
    <message>
        <source>Dot Voting Results</source>
        <translation>Resultater af prikafstemningen</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Placering</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kort</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Prikker</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(unavngivet)</translation>
    </message>
    <message>
        <source>No dots placed yet</source>
        <translation>Ingen prikker sat endnu</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>Stages without touchpoints</source>
        <translation>Faser uden berøringspunkter</translation>
    </message>
    <message>
        <source>Touchpoints without an owning team</source>
        <translation>Berøringspunkter uden ansvarligt team</translation>
    </message>
    <message>
        <source>Negative emotion without an improvement idea</source>
        <translation>Negativ følelse uden forbedringsidé</translation>
    </message>
    <message>
        <source>Inconsistent or wrong information</source>
        <translation>Inkonsistent eller forkert information</translation>
    </message>
    <message>
        <source>Touchpoints unreachable from the first stage</source>
        <translation>Berøringspunkter, der ikke kan nås fra første fase</translation>
    </message>
    <message>
        <source>Dead ends before the last stage</source>
        <translation>Blindgyder før sidste fase</translation>
    </message>
    <message>
        <source>Stages with too many teams</source>
        <translation>Faser med for mange teams</translation>
    </message>
    <message>
        <source>Key touchpoints without metrics or survey</source>
        <translation>Vigtige berøringspunkter uden målinger eller spørgeskema</translation>
    </message>
    <message>
        <source>Moments of truth</source>
        <translation>Sandhedens øjeblikke</translation>
    </message>
    <message>
        <source>Retired touchpoints still connected</source>
        <translation>Udfasede berøringspunkter, der stadig er forbundet</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>problem</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>advarsel</translation>
    </message>
    <message>
        <source>note</source>
        <translation>bemærkning</translation>
    </message>
    <message>
        <source>Stage “{stage}” has no touchpoints: where does the customer meet you here?</source>
        <translation>Fasen »{stage}« har ingen berøringspunkter: hvor møder kunden jer her?</translation>
    </message>
    <message>
        <source>Touchpoint {card} has no owning team.</source>
        <translation>Berøringspunktet {card} har intet ansvarligt team.</translation>
    </message>
    <message>
        <source>{card} feels negative (emotion {emotion}) and has no improvement idea.</source>
        <translation>{card} føles negativt (følelse {emotion}) og har ingen forbedringsidé.</translation>
    </message>
    <message>
        <source>{card} is flagged as inconsistent or wrong information.</source>
        <translation>{card} er markeret som inkonsistent eller forkert information.</translation>
    </message>
    <message>
        <source>Touchpoint {card} cannot be reached from the first stage: no chain of connections leads to it.</source>
        <translation>Berøringspunktet {card} kan ikke nås fra første fase: ingen kæde af forbindelser fører dertil.</translation>
    </message>
    <message>
        <source>Touchpoint {card} is a dead end: the journey stops there, before the last stage.</source>
        <translation>Berøringspunktet {card} er en blindgyde: rejsen stopper der, før sidste fase.</translation>
    </message>
    <message>
        <source>In stage “{stage}” the customer meets {count} teams ({teams}); more than {limit} makes the experience feel disjointed.</source>
        <translation>I fasen »{stage}« møder kunden {count} teams ({teams}); flere end {limit} får oplevelsen til at føles usammenhængende.</translation>
    </message>
    <message>
        <source>Key touchpoint {card} has no metric and no survey feedback.</source>
        <translation>Det vigtige berøringspunkt {card} har hverken måling eller feedback fra spørgeskema.</translation>
    </message>
    <message>
        <source>Moment of truth: “{stage}” is a low point of the emotion curve ({value}).</source>
        <translation>Sandhedens øjeblik: »{stage}« er et lavpunkt på følelseskurven ({value}).</translation>
    </message>
    <message>
        <source>Retired touchpoint {card} is still connected to {cards}.</source>
        <translation>Det udfasede berøringspunkt {card} er stadig forbundet med {cards}.</translation>
    </message>
    <message>
        <source>“{title}” ({lane}, {stage})</source>
        <translation>»{title}« ({lane}, {stage})</translation>
    </message>
    <message>
        <source>untitled card</source>
        <translation>unavngivet kort</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>… and {0} more</source>
        <translation>… og {0} mere</translation>
    </message>
    <message>
        <source>Thresholds…</source>
        <translation>Tærskler…</translation>
    </message>
    <message>
        <source>No journey to review.</source>
        <translation>Ingen rejse at gennemgå.</translation>
    </message>
    <message>
        <source>No findings: this journey passes the review.</source>
        <translation>Ingen fund: rejsen består gennemgangen.</translation>
    </message>
    <message>
        <source>1 finding. Click it to show it on the map.</source>
        <translation>1 fund. Klik på det for at vise det på kortet.</translation>
    </message>
    <message>
        <source>{0} findings. Click one to show it on the map.</source>
        <translation>{0} fund. Klik på et for at vise det på kortet.</translation>
    </message>
</context>
<context>
    <name>SessionMenu</name>
    <message>
        <source>Host &amp;Workshop Session…</source>
        <translation>Vær vært for &amp;workshopsession…</translation>
    </message>
    <message>
        <source>&amp;Join Session…</source>
        <translation>&amp;Deltag i session…</translation>
    </message>
    <message>
        <source>End &amp;Live Session</source>
        <translation>Afslut &amp;live-session</translation>
    </message>
    <message>
        <source>Host Workshop Session</source>
        <translation>Vær vært for workshopsession</translation>
    </message>
    <message>
        <source>The session could not start: {0}</source>
        <translation>Sessionen kunne ikke starte: {0}</translation>
    </message>
    <message>
        <source>Joining {0}:{1}…</source>
        <translation type="vanished">Forbinder til {0}:{1}…</translation>
    </message>
    <message>
        <source>Joining {0}…</source>
        <translation>Forbinder til {0}…</translation>
    </message>
    <message>
        <source>The host did not accept the session code. Check it and try again.</source>
        <translation>Værten godtog ikke sessionskoden. Tjek den, og prøv igen.</translation>
    </message>
    <message>
        <source>The host did not accept the session code.</source>
        <translation>Værten godtog ikke sessionskoden.</translation>
    </message>
    <message>
        <source>The host refused an edit from this laptop and left it out of the session. The map stays open as it is.</source>
        <translation>Værten afviste en ændring fra denne computer og holdt den uden for sessionen. Kortet forbliver åbent, som det er.</translation>
    </message>
    <message>
        <source>The session has ended. The map stays open as your own copy: save it to keep it.</source>
        <translation>Sessionen er afsluttet. Kortet forbliver åbent som din egen kopi: gem det for at beholde det.</translation>
    </message>
    <message>
        <source>Live session</source>
        <translation>Live-session</translation>
    </message>
    <message>
        <source>Hosting on {0}:{1} · {2} joined</source>
        <translation>Vært på {0}:{1} · {2} deltager</translation>
    </message>
    <message>
        <source>{0} joined</source>
        <translation>{0} deltager</translation>
    </message>
    <message>
        <source>Back online</source>
        <translation>Online igen</translation>
    </message>
    <message>
        <source>In a live session</source>
        <translation>I en live-session</translation>
    </message>
    <message>
        <source>Reconnecting… (working offline: your edits are kept)</source>
        <translation>Genopretter forbindelsen… (arbejder offline: dine ændringer bevares)</translation>
    </message>
    <message>
        <source>Session: connection lost, working offline…</source>
        <translation type="vanished">Session: forbindelsen blev afbrudt, arbejder offline…</translation>
    </message>
    <message>
        <source>{0} on &apos;{1}&apos;</source>
        <translation>{0} på &apos;{1}&apos;</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastaturgenveje</translation>
    </message>
    <message>
        <source>Filter, e.g. undo or Ctrl+D</source>
        <translation>Filtrér, f.eks. fortryd eller Ctrl+D</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Kommando</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Taster</translation>
    </message>
</context>
<context>
    <name>SideBySideDialog</name>
    <message>
        <source>Side by Side: {0} and {1}</source>
        <translation>Side om side: {0} og {1}</translation>
    </message>
    <message>
        <source>Only the rows with differences</source>
        <translation>Kun rækkerne med forskelle</translation>
    </message>
    <message>
        <source>{0} (removed)</source>
        <translation>{0} (fjernet)</translation>
    </message>
    <message>
        <source>{0} (added)</source>
        <translation>{0} (tilføjet)</translation>
    </message>
    <message>
        <source>{0} (was {1})</source>
        <translation>{0} (var {1})</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Bane</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Journey Editor needs system libraries that are not installed. Install them with:
    sudo apt-get install {0}</source>
        <translation>Journey Editor kræver systembiblioteker, der ikke er installeret. Installér dem med:
    sudo apt-get install {0}</translation>
    </message>
    <message>
        <source>No display found (DISPLAY is not set): start Journey Editor from a desktop session. The command-line tools (journey-editor --help) work without one.</source>
        <translation>Ingen skærm fundet (DISPLAY er ikke sat): start Journey Editor fra en skrivebordssession. Kommandolinjeværktøjerne (journey-editor --help) virker uden.</translation>
    </message>
</context>
<context>
    <name>StateBadge</name>
    <message>
        <source>Future state: a plan for the journey, not today&apos;s journey</source>
        <translation>Fremtidig tilstand: en plan for rejsen, ikke rejsen i dag</translation>
    </message>
    <message>
        <source>Future state</source>
        <translation>Fremtidig tilstand</translation>
    </message>
</context>
<context>
    <name>Survey</name>
    <message>
        <source>&apos;{0}&apos; is not a date (use 2026-03-31 or 31.3.2026)</source>
        <translation>&apos;{0}&apos; er ikke en dato (brug 2026-03-31 eller 31.3.2026)</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a number</source>
        <translation>&apos;{0}&apos; er ikke et tal</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a valid date</source>
        <translation>&apos;{0}&apos; er ikke en gyldig dato</translation>
    </message>
    <message>
        <source>column &apos;{0}&apos;</source>
        <translation>kolonnen &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>no touchpoint has the title or id &apos;{0}&apos;</source>
        <translation>intet berøringspunkt har titlen eller id&apos;et &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>there is no column &apos;{0}&apos; for the {1}</source>
        <translation>der er ingen kolonne &apos;{0}&apos; til {1}</translation>
    </message>
    <message>
        <source>unknown column role &apos;{0}&apos;</source>
        <translation>ukendt kolonnerolle &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>{0} touchpoints are called &apos;{1}&apos;; use the card&apos;s id instead</source>
        <translation>{0} berøringspunkter hedder &apos;{1}&apos;; brug kortets id i stedet</translation>
    </message>
    <message>
        <source>CSV UTF-8</source>
        <translation>CSV UTF-8</translation>
    </message>
    <message>
        <source>missing column(s): {0} (choose them in the mapping)</source>
        <translation>manglende kolonner: {0} (vælg dem i tilknytningen)</translation>
    </message>
    <message>
        <source>more than {0:,} rows; the limit is {0:,}</source>
        <translation>mere end {0:,} rækker; grænsen er {0:,}</translation>
    </message>
    <message>
        <source>row {0}</source>
        <translation>række {0}</translation>
    </message>
    <message>
        <source>the file has no data rows</source>
        <translation>filen har ingen datarækker</translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation>filen er for stor</translation>
    </message>
    <message>
        <source>the first row should name the columns, but it is empty</source>
        <translation>første række skal navngive kolonnerne, men den er tom</translation>
    </message>
    <message>
        <source>the metric name is empty</source>
        <translation>målingens navn er tomt</translation>
    </message>
    <message>
        <source>the metric name is longer than {0} characters</source>
        <translation>målingens navn er længere end {0} tegn</translation>
    </message>
    <message>
        <source>the touchpoint is empty</source>
        <translation>berøringspunktet er tomt</translation>
    </message>
    <message>
        <source>the touchpoint would have more than {0} metrics</source>
        <translation>berøringspunktet ville få mere end {0} målinger</translation>
    </message>
    <message>
        <source>the value is empty</source>
        <translation>værdien er tom</translation>
    </message>
    <message>
        <source>{0} is out of range</source>
        <translation>{0} er uden for området</translation>
    </message>
</context>
<context>
    <name>SurveyDialog</name>
    <message>
        <source>Import Survey Results</source>
        <translation>Importér undersøgelsesresultater</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Ingen fil valgt</translation>
    </message>
    <message>
        <source>Choose File…</source>
        <translation>Vælg fil…</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolonner</translation>
    </message>
    <message>
        <source>Touchpoint (title or id)</source>
        <translation>Berøringspunkt (titel eller id)</translation>
    </message>
    <message>
        <source>Metric name</source>
        <translation>Målingens navn</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Værdi</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <source> (optional)</source>
        <translation> (valgfri)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importér</translation>
    </message>
    <message>
        <source>Import survey results</source>
        <translation>Importér undersøgelsesresultater</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>… and {0} more</source>
        <translation>… og {0} mere</translation>
    </message>
    <message>
        <source>{0} problem(s): fix the file or the column choice; nothing is imported while there are any.</source>
        <translation>{0} problem(er): ret filen eller kolonnevalget; intet importeres, så længe der er nogen.</translation>
    </message>
    <message>
        <source>{0} result(s) for {1} touchpoint(s) are ready to import.</source>
        <translation>{0} resultat(er) for {1} berøringspunkt(er) er klar til import.</translation>
    </message>
    <message>
        <source>The journey changed; choose the file again.</source>
        <translation>Rejsen er ændret; vælg filen igen.</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-filer (*.csv *.txt);;Alle filer (*)</translation>
    </message>
</context>
<context>
    <name>TemplateGallery</name>
    <message>
        <source>New from Template</source>
        <translation>Ny fra skabelon</translation>
    </message>
    <message>
        <source>Language of the template&apos;s text</source>
        <translation>Sproget i skabelonens tekst</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprog:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Opret</translation>
    </message>
    <message>
        <source>An empty map: the purchase phases as stages and the basic lanes, ready to fill in.</source>
        <translation>Et tomt kort: købsfaserne som faser og de grundlæggende baner, klar til at blive udfyldt.</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>no template &apos;{0}&apos; in language &apos;{1}&apos; (known: {2})</source>
        <translation>ingen skabelon &apos;{0}&apos; på sproget &apos;{1}&apos; (kendte: {2})</translation>
    </message>
    <message>
        <source>Created from the &apos;{0}&apos; template</source>
        <translation>Oprettet fra skabelonen &apos;{0}&apos;</translation>
    </message>
</context>
<context>
    <name>ThresholdsForm</name>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>Most teams in a stage</source>
        <translation>Flest teams i en fase</translation>
    </message>
    <message>
        <source>Negative emotion at or below</source>
        <translation>Negativ følelse ved eller under</translation>
    </message>
    <message>
        <source>Moments of truth to name</source>
        <translation>Sandhedens øjeblikke, der skal nævnes</translation>
    </message>
</context>
<context>
    <name>TimerFace</name>
    <message>
        <source>Time&apos;s up!</source>
        <translation>Tiden er gået!</translation>
    </message>
</context>
<context>
    <name>UndoNotice</name>
    <message>
        <source>Undo</source>
        <translation>Fortryd</translation>
    </message>
    <message>
        <source>Undo this edit</source>
        <translation>Fortryd denne ændring</translation>
    </message>
</context>
<context>
    <name>VotingBar</name>
    <message>
        <source>&amp;Vote</source>
        <translation>&amp;Stem</translation>
    </message>
    <message>
        <source>Click a card to place a dot; Shift+click or right-click takes one off (V)</source>
        <translation>Klik på et kort for at sætte en prik; Skift+klik eller højreklik fjerner en (V)</translation>
    </message>
    <message>
        <source>Who is voting (number keys 1-9)</source>
        <translation>Hvem der stemmer (taltasterne 1-9)</translation>
    </message>
    <message>
        <source>&amp;Round…</source>
        <translation>&amp;Runde…</translation>
    </message>
    <message>
        <source>R&amp;esults…</source>
        <translation>R&amp;esultater…</translation>
    </message>
    <message>
        <source>{0} of {1} dots left</source>
        <translation>{0} af {1} prikker tilbage</translation>
    </message>
    <message>
        <source>No round yet</source>
        <translation>Ingen runde endnu</translation>
    </message>
</context>
<context>
    <name>VotingDialog</name>
    <message>
        <source>Dot Voting Round</source>
        <translation>Prikafstemningsrunde</translation>
    </message>
    <message>
        <source>One name per line</source>
        <translation>Ét navn pr. linje</translation>
    </message>
    <message>
        <source>Take off the dots already placed</source>
        <translation>Fjern de prikker, der allerede er sat</translation>
    </message>
    <message>
        <source>&amp;Participants:</source>
        <translation>&amp;Deltagere:</translation>
    </message>
    <message>
        <source>&amp;Dots each:</source>
        <translation>&amp;Prikker hver:</translation>
    </message>
</context>
<context>
    <name>VotingState</name>
    <message>
        <source>Vote</source>
        <translation>Stem</translation>
    </message>
    <message>
        <source>Set up a voting round first.</source>
        <translation>Sæt en afstemningsrunde op først.</translation>
    </message>
    <message>
        <source>Remove {0}&apos;s dot from &apos;{1}&apos;</source>
        <translation>Fjern {0}s prik fra &apos;{1}&apos;</translation>
    </message>
    <message>
        <source>Dot from {0} on &apos;{1}&apos;</source>
        <translation>Prik fra {0} på &apos;{1}&apos;</translation>
    </message>
    <message>
        <source>Choose who is voting.</source>
        <translation>Vælg, hvem der stemmer.</translation>
    </message>
    <message>
        <source>That card is gone.</source>
        <translation>Det kort findes ikke længere.</translation>
    </message>
    <message>
        <source>{0} has no dots left.</source>
        <translation>{0} har ingen prikker tilbage.</translation>
    </message>
    <message>
        <source>{0} has no dot on this card.</source>
        <translation>{0} har ingen prik på dette kort.</translation>
    </message>
    <message>
        <source>Set up dot voting</source>
        <translation>Sæt prikafstemning op</translation>
    </message>
</context>
<context>
    <name>WebPageExport</name>
    <message>
        <source>Could not write {0}: {1}</source>
        <translation>Kunne ikke skrive {0}: {1}</translation>
    </message>
    <message>
        <source>Export as Web Page</source>
        <translation>Eksportér som webside</translation>
    </message>
    <message>
        <source>Journey map</source>
        <translation>Kunderejsekort</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Webside (*.html)</translation>
    </message>
</context>
<context>
    <name>WorkshopMode</name>
    <message>
        <source>Workshop Mode</source>
        <translation>Workshoptilstand</translation>
    </message>
    <message>
        <source>Show the map on:</source>
        <translation>Vis kortet på:</translation>
    </message>
    <message>
        <source>Stage {0} of {1}: {2}</source>
        <translation>Fase {0} af {1}: {2}</translation>
    </message>
</context>
<context>
    <name>WorkshopPanel</name>
    <message>
        <source>← → stages · ↑ ↓ scroll · Home: whole map · 1-9: who votes · V: vote · Esc: leave</source>
        <translation type="vanished">← → faser · ↑ ↓ rul · Home: hele kortet · 1-9: hvem stemmer · V: stem · Esc: afslut</translation>
    </message>
    <message>
        <source>← → stages · ↑ ↓ scroll · Home: whole map · 1-9: who votes · V: vote · T: timer · Esc: leave</source>
        <translation>← → faser · ↑ ↓ rul · Home: hele kortet · 1-9: hvem stemmer · V: stem · T: timer · Esc: afslut</translation>
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
        <translation>Start eller pause (S)</translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation>+1 min</translation>
    </message>
    <message>
        <source>Add a minute (+)</source>
        <translation>Læg et minut til (+)</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Nulstil</translation>
    </message>
    <message>
        <source>Back to the full time (R)</source>
        <translation>Tilbage til den fulde tid (R)</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Timer</translation>
    </message>
    <message>
        <source>Duration, sound, corner and size (D)</source>
        <translation>Varighed, lyd, hjørne og størrelse (D)</translation>
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
        <translation>&amp;Anden varighed…</translation>
    </message>
    <message>
        <source>&amp;Sound at the End</source>
        <translation>&amp;Lyd til sidst</translation>
    </message>
    <message>
        <source>&amp;Large Digits</source>
        <translation>&amp;Store cifre</translation>
    </message>
    <message>
        <source>Next &amp;Corner</source>
        <translation>Næste &amp;hjørne</translation>
    </message>
    <message>
        <source>&amp;Hide Timer</source>
        <translation>S&amp;kjul timeren</translation>
    </message>
    <message>
        <source>Minutes:</source>
        <translation>Minutter:</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Slut</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsæt</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Start igen</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>På pause</translation>
    </message>
    <message>
        <source>Last minute</source>
        <translation>Sidste minut</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Kører</translation>
    </message>
    <message>
        <source>Ready: S starts</source>
        <translation>Klar: S starter</translation>
    </message>
    <message>
        <source>Time&apos;s up</source>
        <translation>Tiden er gået</translation>
    </message>
    <message>
        <source>Timer: less than a minute left</source>
        <translation>Timer: under et minut tilbage</translation>
    </message>
    <message>
        <source>Timer set to {0}</source>
        <translation>Timeren sat til {0}</translation>
    </message>
    <message>
        <source>Timer running, {0} left</source>
        <translation>Timeren kører, {0} tilbage</translation>
    </message>
    <message>
        <source>Timer paused, {0} left</source>
        <translation>Timeren er sat på pause, {0} tilbage</translation>
    </message>
    <message>
        <source>A minute added, {0} left</source>
        <translation>Et minut lagt til, {0} tilbage</translation>
    </message>
    <message numerus="yes">
        <source>Timer: %n min left</source>
        <translation>
            <numerusform>Timer: %n min tilbage</numerusform>
            <numerusform>Timer: %n min tilbage</numerusform>
        </translation>
    </message>
    <message>
        <source>One minute left</source>
        <translation>Et minut tilbage</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>brug: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>positionelle argumenter</translation>
    </message>
    <message>
        <source>options</source>
        <translation>tilvalg</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>vis denne hjælp og afslut</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: fejl: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumentet %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ugyldigt valg: %(value)r (vælg blandt %(choices)s)</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>disse argumenter skal angives: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>ukendte argumenter: %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>forventede ét argument</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>forventede mindst ét argument</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>forventede højst ét argument</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ugyldig %(type)s-værdi: %(value)r</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>tvetydigt tilvalg: %(option)s kan være %(matches)s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>ikke tilladt sammen med argumentet %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>et af argumenterne %s skal angives</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>File in use</source>
        <translation type="vanished">Filen er i brug</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation type="vanished">Åbn &amp;skrivebeskyttet</translation>
    </message>
    <message>
        <source>Open &amp;Anyway</source>
        <translation type="vanished">Åbn &amp;alligevel</translation>
    </message>
    <message>
        <source>{0} is held by an unknown editor: its lock file cannot be read (last written {1}).</source>
        <translation type="vanished">{0} holdes af en ukendt redigering: dens låsefil kan ikke læses (sidst skrevet {1}).</translation>
    </message>
    <message>
        <source>{0} is open in another Journey Editor: {1} on {2}, since {3}.</source>
        <translation type="vanished">{0} er åben i en anden Journey Editor: {1} på {2}, siden {3}.</translation>
    </message>
    <message>
        <source>If you both save, one of you loses changes.</source>
        <translation type="vanished">Hvis I begge gemmer, mister en af jer ændringer.</translation>
    </message>
</context>
</TS>
