<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
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
        <translation>Ny från &amp;mall…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Öppna…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Spara s&amp;om…</translation>
    </message>
    <message>
        <source>Ask for a Su&amp;mmary When Saving</source>
        <translation>Be om en samman&amp;fattning vid sparande</translation>
    </message>
    <message>
        <source>On every save, ask for a short summary of what changed, kept in the map&apos;s history</source>
        <translation>Be vid varje sparande om en kort sammanfattning av ändringarna, som sparas i kartans historik</translation>
    </message>
    <message>
        <source>Revision &amp;History…</source>
        <translation>Versions&amp;historik…</translation>
    </message>
    <message>
        <source>Compare with Saved &amp;Version</source>
        <translation>Jämför med sparad &amp;version</translation>
    </message>
    <message>
        <source>What changed since the file was last saved</source>
        <translation>Vad som har ändrats sedan filen senast sparades</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportera…</translation>
    </message>
    <message>
        <source>&amp;Import Survey Results…</source>
        <translation>Importera enkät&amp;resultat…</translation>
    </message>
    <message>
        <source>Attach metrics from a survey CSV file to the touchpoints</source>
        <translation>Koppla mätvärden från en CSV-fil med enkätresultat till kontaktpunkterna</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Klipp &amp;ut</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiera</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Klistra i&amp;n</translation>
    </message>
    <message>
        <source>Dup&amp;licate</source>
        <translation>&amp;Duplicera</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Markera allt</translation>
    </message>
    <message>
        <source>C&amp;onnect Selected Cards</source>
        <translation>Koppla i&amp;hop markerade kort</translation>
    </message>
    <message>
        <source>Draw an arrow from the first selected card to the second</source>
        <translation>Rita en pil från det första markerade kortet till det andra</translation>
    </message>
    <message>
        <source>Edit in &amp;Inspector</source>
        <translation>Redigera i &amp;Inspektören</translation>
    </message>
    <message>
        <source>Put the keyboard in the selected item&apos;s first field; Esc there comes back</source>
        <translation>Flytta tangentbordet till det markerade objektets första fält; Esc där tar dig tillbaka</translation>
    </message>
    <message>
        <source>Add &amp;Card</source>
        <translation>Lägg till &amp;kort</translation>
    </message>
    <message>
        <source>Add &amp;Stage</source>
        <translation>Lägg till &amp;fas</translation>
    </message>
    <message>
        <source>Add &amp;Lane</source>
        <translation>Lägg till &amp;simbana</translation>
    </message>
    <message>
        <source>Show &amp;Unvalidated Cards Only</source>
        <translation>Visa bara &amp;ovaliderade kort</translation>
    </message>
    <message>
        <source>Dim the validated cards, so what still needs checking stands out</source>
        <translation>Tona ned de validerade korten så att det som återstår att kontrollera syns</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>In&amp;ställningar…</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zooma &amp;in</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zooma &amp;ut</translation>
    </message>
    <message>
        <source>Actual &amp;Size</source>
        <translation>&amp;Verklig storlek</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>&amp;Anpassa till fönstret</translation>
    </message>
    <message>
        <source>Next &amp;Pane</source>
        <translation>&amp;Nästa panel</translation>
    </message>
    <message>
        <source>Move the keyboard to the next of the map, the panels and the toolbar</source>
        <translation>Flytta tangentbordet till nästa av kartan, panelerna och verktygsfältet</translation>
    </message>
    <message>
        <source>Pre&amp;vious Pane</source>
        <translation>&amp;Föregående panel</translation>
    </message>
    <message>
        <source>High &amp;Contrast</source>
        <translation>&amp;Hög kontrast</translation>
    </message>
    <message>
        <source>Black text on light cards, black headers and lines</source>
        <translation>Svart text på ljusa kort, svarta rubriker och linjer</translation>
    </message>
    <message>
        <source>&amp;Workshop Mode</source>
        <translation>&amp;Workshopläge</translation>
    </message>
    <message>
        <source>The map full screen for a projector: stage by stage, dot voting; Esc leaves</source>
        <translation>Kartan i helskärm för en projektor: fas för fas, prickröstning; Esc avslutar</translation>
    </message>
    <message>
        <source>E&amp;xport as Web Page…</source>
        <translation>Ex&amp;portera som webbsida…</translation>
    </message>
    <message>
        <source>Overl&amp;ay Emotion Curves…</source>
        <translation>Känslokurvor tillsam&amp;mans…</translation>
    </message>
    <message>
        <source>Export as &amp;Web Page…</source>
        <translation type="vanished">Exportera som &amp;webbsida…</translation>
    </message>
    <message>
        <source>The whole map in one HTML file that opens offline in any browser: zoom, pan, click a card for its fields</source>
        <translation>Hela kartan i en HTML-fil som öppnas offline i valfri webbläsare: zooma, panorera, klicka på ett kort för att se dess fält</translation>
    </message>
    <message>
        <source>Interview &amp;Guide…</source>
        <translation>Intervj&amp;uguide…</translation>
    </message>
    <message>
        <source>Questions per stage and touchpoint for customer interviews, or a survey, in the map&apos;s language</source>
        <translation>Frågor per fas och kontaktpunkt för kundintervjuer, eller en enkät, på kartans språk</translation>
    </message>
    <message>
        <source>Mark &amp;Baseline…</source>
        <translation>Markera &amp;baslinje…</translation>
    </message>
    <message>
        <source>Keep the map as it is now under a name, to compare it with later</source>
        <translation>Spara kartan som den är nu under ett namn, för att jämföra med senare</translation>
    </message>
    <message>
        <source>&amp;Emotion Curves Together…</source>
        <translation type="vanished">Kän&amp;slokurvor tillsammans…</translation>
    </message>
    <message>
        <source>The emotion curves of several journeys over the same stages, in one chart</source>
        <translation>Känslokurvorna för flera resor över samma faser, i ett diagram</translation>
    </message>
    <message>
        <source>Pro&amp;perties…</source>
        <translation>E&amp;genskaper…</translation>
    </message>
    <message>
        <source>The map&apos;s title and what the file holds</source>
        <translation>Kartans titel och vad filen innehåller</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>&amp;Kom igång</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Tangent&amp;bordsgenvägar</translation>
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
        <translation>Arkiv</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Redigera</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Karta</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Visa</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hjälp</translation>
    </message>
    <message>
        <source>On the map</source>
        <translation>På kartan</translation>
    </message>
    <message>
        <source>Move the keyboard cursor across cells and cards</source>
        <translation>Flytta tangentbordsmarkören mellan celler och kort</translation>
    </message>
    <message>
        <source>Next or previous card</source>
        <translation>Nästa eller föregående kort</translation>
    </message>
    <message>
        <source>Edit the selected card, stage or lane name</source>
        <translation>Redigera det markerade kortet eller fasens eller simbanans namn</translation>
    </message>
    <message>
        <source>Move the selected cards to the next cell</source>
        <translation>Flytta de markerade korten till nästa cell</translation>
    </message>
    <message>
        <source>Cancel a drag or an edit</source>
        <translation>Avbryt en dragning eller redigering</translation>
    </message>
    <message>
        <source>Hold and drag to pan the map</source>
        <translation>Håll ned och dra för att panorera kartan</translation>
    </message>
    <message>
        <source>Leave the map for the next or previous control</source>
        <translation>Lämna kartan för nästa eller föregående kontroll</translation>
    </message>
    <message>
        <source>In the Inspector</source>
        <translation>I Inspektören</translation>
    </message>
    <message>
        <source>Back to the map, the item still selected</source>
        <translation>Tillbaka till kartan, objektet fortfarande markerat</translation>
    </message>
    <message>
        <source>Workshop mode</source>
        <translation>Workshopläge</translation>
    </message>
    <message>
        <source>Previous or next stage</source>
        <translation>Föregående eller nästa fas</translation>
    </message>
    <message>
        <source>Back to the whole map</source>
        <translation>Tillbaka till hela kartan</translation>
    </message>
    <message>
        <source>Scroll the stage up or down</source>
        <translation>Rulla fasen uppåt eller nedåt</translation>
    </message>
    <message>
        <source>Dot voting on or off</source>
        <translation>Prickröstning på eller av</translation>
    </message>
    <message>
        <source>Vote as the first, second, third… participant</source>
        <translation>Rösta som första, andra, tredje… deltagare</translation>
    </message>
    <message>
        <source>Leave workshop mode</source>
        <translation>Lämna workshopläget</translation>
    </message>
    <message>
        <source>Workshop timer</source>
        <translation>Workshoptimer</translation>
    </message>
    <message>
        <source>Show or hide the timer</source>
        <translation>Visa eller dölj timern</translation>
    </message>
    <message>
        <source>Start, pause or resume the timer</source>
        <translation>Starta, pausa eller återuppta timern</translation>
    </message>
    <message>
        <source>Add a minute to the timer</source>
        <translation>Lägg till en minut på timern</translation>
    </message>
    <message>
        <source>Reset the timer to its full time</source>
        <translation>Återställ timern till hela tiden</translation>
    </message>
    <message>
        <source>The timer&apos;s menu: duration and sound at the end</source>
        <translation>Timerns meny: längd och ljud vid slutet</translation>
    </message>
    <message>
        <source>The timer&apos;s menu: 1, 3, 5, 10 minutes or another duration; sound at the end</source>
        <translation type="vanished">Timerns meny: 1, 3, 5, 10 minuter eller en annan längd; ljud vid slutet</translation>
    </message>
    <message>
        <source>Move the timer to the next corner</source>
        <translation>Flytta timern till nästa hörn</translation>
    </message>
    <message>
        <source>Large or normal timer digits</source>
        <translation>Stora eller normala siffror på timern</translation>
    </message>
</context>
<context>
    <name>Baselines</name>
    <message>
        <source>A map keeps at most {0} baselines: remove the name of one you no longer need in Revision History.</source>
        <translation>En karta sparar högst {0} baslinjer: ta bort namnet på en du inte längre behöver i Revisionshistorik.</translation>
    </message>
    <message>
        <source>Baseline of {0}</source>
        <translation>Baslinje {0}</translation>
    </message>
    <message>
        <source>Mark Baseline</source>
        <translation>Markera baslinje</translation>
    </message>
    <message>
        <source>The map as it is now is kept in the file under this name, so that the Compare panel can show what changed since.</source>
        <translation>Kartan som den är nu sparas i filen under det här namnet, så att panelen Jämför kan visa vad som har ändrats sedan dess.</translation>
    </message>
    <message>
        <source>A baseline&apos;s name may have at most {0} characters.</source>
        <translation>En baslinjes namn får ha högst {0} tecken.</translation>
    </message>
    <message>
        <source>Another revision is already named &apos;{0}&apos;.</source>
        <translation>En annan revision heter redan &apos;{0}&apos;.</translation>
    </message>
    <message>
        <source>A baseline needs a name.</source>
        <translation>En baslinje behöver ett namn.</translation>
    </message>
    <message>
        <source>not merged: the two versions have {0} named baselines together, more than the {1} a map can keep. Remove at least {2} of them in one version (File &gt; Revision History), then merge again.</source>
        <translation>inte sammanslaget: de två versionerna har tillsammans {0} namngivna baslinjer, fler än de {1} en karta kan spara. Ta bort minst {2} av dem i en av versionerna (Arkiv &gt; Versionshistorik) och slå sedan samman igen.</translation>
    </message>
</context>
<context>
    <name>Bridges</name>
    <message>
        <source>&apos;{0}&apos; is not a colour like {1}</source>
        <translation>&apos;{0}&apos; är ingen färg som {1}</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a whole number from {1} to {2}</source>
        <translation>&apos;{0}&apos; är inte ett heltal från {1} till {2}</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not in the expected form</source>
        <translation>&apos;{0}&apos; har inte den förväntade formen</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not one of: {1}</source>
        <translation>&apos;{0}&apos; är inte något av: {1}</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not true or false</source>
        <translation>&apos;{0}&apos; är varken sant eller falskt</translation>
    </message>
    <message>
        <source>Journey Editor export: each section is a stage, each task a card; a task&apos;s first actor is the card&apos;s lane, the others are its owners.</source>
        <translation>Export från Journey Editor: varje avsnitt är en fas, varje uppgift ett kort; en uppgifts första aktör är kortets simbana, de övriga är dess ägare.</translation>
    </message>
    <message>
        <source>Mermaid does not allow &apos;;&apos; here</source>
        <translation>Mermaid tillåter inte &apos;;&apos; här</translation>
    </message>
    <message>
        <source>Score = emotion on Mermaid&apos;s 1..5 scale: -3 -&gt; 1, -2 and -1 -&gt; 2, 0 -&gt; 3, +1 and +2 -&gt; 4, +3 -&gt; 5; a card without an emotion scores 3.</source>
        <translation>Poäng = känsla på Mermaids skala 1..5: -3 -&gt; 1, -2 och -1 -&gt; 2, 0 -&gt; 3, +1 och +2 -&gt; 4, +3 -&gt; 5; ett kort utan känsla får 3.</translation>
    </message>
    <message>
        <source>a second &apos;journey&apos; line</source>
        <translation>en andra &apos;journey&apos;-rad</translation>
    </message>
    <message>
        <source>a section name cannot contain &apos;:&apos;</source>
        <translation>ett avsnittsnamn får inte innehålla &apos;:&apos;</translation>
    </message>
    <message>
        <source>column &apos;{0}&apos;</source>
        <translation>kolumnen &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>expected &apos;section NAME&apos; or &apos;Task name: score: actors&apos;</source>
        <translation>väntade &apos;section NAMN&apos; eller &apos;Uppgiftens namn: poäng: aktörer&apos;</translation>
    </message>
    <message>
        <source>no name, and no {0} has the id &apos;{1}&apos;</source>
        <translation>inget namn, och ingen {0} har id:t &apos;{1}&apos;</translation>
    </message>
    <message>
        <source>the &apos;accDescr {&apos; block is never closed with &apos;}&apos;</source>
        <translation>blocket &apos;accDescr {&apos; avslutas aldrig med &apos;}&apos;</translation>
    </message>
    <message>
        <source>the front matter &apos;---&apos; is never closed by a second &apos;---&apos;</source>
        <translation>inledningen &apos;---&apos; avslutas aldrig med en andra &apos;---&apos;</translation>
    </message>
    <message>
        <source>the id &apos;{0}&apos; is also on row {1}</source>
        <translation>id:t &apos;{0}&apos; finns också på rad {1}</translation>
    </message>
    <message>
        <source>the lane &apos;{0}&apos; is listed twice</source>
        <translation>simbanan &apos;{0}&apos; står två gånger</translation>
    </message>
    <message>
        <source>the score &apos;{0}&apos; is not a number from 1 to 5</source>
        <translation>poängen &apos;{0}&apos; är inte ett tal från 1 till 5</translation>
    </message>
    <message>
        <source>the task has no name before &apos;:&apos;</source>
        <translation>uppgiften har inget namn före &apos;:&apos;</translation>
    </message>
    <message>
        <source>this is not a Mermaid journey (it must start with &apos;journey&apos;)</source>
        <translation>detta är ingen Mermaid-resa (den måste börja med &apos;journey&apos;)</translation>
    </message>
    <message>
        <source>too many &apos;:&apos; (a task is &apos;Task name: score: actors&apos;)</source>
        <translation>för många &apos;:&apos; (en uppgift är &apos;Uppgiftens namn: poäng: aktörer&apos;)</translation>
    </message>
    <message>
        <source>; and {0} more</source>
        <translation>; och {0} till</translation>
    </message>
    <message>
        <source>CSV UTF-8</source>
        <translation>CSV UTF-8</translation>
    </message>
    <message>
        <source>Lane {0}</source>
        <translation>Simbana {0}</translation>
    </message>
    <message>
        <source>Stage {0}</source>
        <translation>Fas {0}</translation>
    </message>
    <message>
        <source>The lanes, for import back into Journey Editor:</source>
        <translation>Simbanorna, för import tillbaka till Journey Editor:</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Kontaktpunkter</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Namnlös</translation>
    </message>
    <message>
        <source>a value under a column without a name</source>
        <translation>ett värde under en kolumn utan namn</translation>
    </message>
    <message>
        <source>cannot be read: {0}</source>
        <translation>kan inte läsas: {0}</translation>
    </message>
    <message>
        <source>cards</source>
        <translation>kort</translation>
    </message>
    <message>
        <source>lanes</source>
        <translation>simbanor</translation>
    </message>
    <message>
        <source>line {0}</source>
        <translation>rad {0}</translation>
    </message>
    <message>
        <source>lines</source>
        <translation>rader</translation>
    </message>
    <message>
        <source>longer than {0} characters</source>
        <translation>längre än {0} tecken</translation>
    </message>
    <message>
        <source>more than {0:,} cards; the limit is {0:,}</source>
        <translation>fler än {0:,} kort; gränsen är {0:,}</translation>
    </message>
    <message>
        <source>more than {0} lanes</source>
        <translation>fler än {0} simbanor</translation>
    </message>
    <message>
        <source>more than {0} sections</source>
        <translation>fler än {0} avsnitt</translation>
    </message>
    <message>
        <source>more than {0} tasks</source>
        <translation>fler än {0} uppgifter</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>filen finns inte</translation>
    </message>
    <message>
        <source>not a card field (export a journey to see the columns)</source>
        <translation>inget kortfält (exportera en resa för att se kolumnerna)</translation>
    </message>
    <message>
        <source>not valid JSON: {0}</source>
        <translation>ogiltig JSON: {0}</translation>
    </message>
    <message>
        <source>plain UTF-8 text</source>
        <translation>vanlig UTF-8-text</translation>
    </message>
    <message>
        <source>row {0}</source>
        <translation>rad {0}</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>rader</translation>
    </message>
    <message>
        <source>stages</source>
        <translation>faser</translation>
    </message>
    <message>
        <source>that is a folder, not a file</source>
        <translation>det är en mapp, inte en fil</translation>
    </message>
    <message>
        <source>the card needs a {0} name</source>
        <translation>kortet behöver ett namn ({0})</translation>
    </message>
    <message>
        <source>the column is missing</source>
        <translation>kolumnen saknas</translation>
    </message>
    <message>
        <source>the diagram has no section and no task: nothing to import</source>
        <translation>diagrammet har varken avsnitt eller uppgifter: inget att importera</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>filen är tom</translation>
    </message>
    <message>
        <source>the file is too large ({0} MB; the limit is {1} MB)</source>
        <translation>filen är för stor ({0} MB; gränsen är {1} MB)</translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation>filen är för stor</translation>
    </message>
    <message>
        <source>the journey would have {0:,} {1}; the limit is {2:,}</source>
        <translation>resan skulle få {0:,} {1}; gränsen är {2:,}</translation>
    </message>
    <message>
        <source>the list does not fit: {0}</source>
        <translation>listan får inte plats: {0}</translation>
    </message>
    <message>
        <source>the text is not UTF-8; save the file as {0}</source>
        <translation>texten är inte UTF-8; spara filen som {0}</translation>
    </message>
    <message>
        <source>this column appears twice</source>
        <translation>kolumnen förekommer två gånger</translation>
    </message>
    <message>
        <source>this is a binary file, not {0}</source>
        <translation>detta är en binärfil, inte {0}</translation>
    </message>
    <message>
        <source>this is not valid CSV: {0}</source>
        <translation>detta är ingen giltig CSV: {0}</translation>
    </message>
    <message>
        <source>this is text in {0}; save it as {1}</source>
        <translation>detta är text i {0}; spara den som {1}</translation>
    </message>
    <message>
        <source>this is {0}</source>
        <translation>detta är {0}</translation>
    </message>
    <message>
        <source>{0} cells, but the header has {1} columns</source>
        <translation>{0} celler, men rubrikraden har {1} kolumner</translation>
    </message>
    <message>
        <source>{0} characters long; the limit is {1}</source>
        <translation>{0} tecken lång; gränsen är {1}</translation>
    </message>
    <message>
        <source>{0} {1} have problems, nothing was imported</source>
        <translation>{0} {1} har problem, inget importerades</translation>
    </message>
    <message>
        <source>an Excel workbook or another ZIP archive; save it as {0}</source>
        <translation>en Excel-arbetsbok eller ett annat ZIP-arkiv; spara den som {0}</translation>
    </message>
    <message>
        <source>an old Excel or Office document; save it as {0}</source>
        <translation>ett gammalt Excel- eller Office-dokument; spara det som {0}</translation>
    </message>
    <message>
        <source>a PDF document, not {0}</source>
        <translation>ett PDF-dokument, inte {0}</translation>
    </message>
    <message>
        <source>a PNG image, not {0}</source>
        <translation>en PNG-bild, inte {0}</translation>
    </message>
    <message>
        <source>a JPEG image, not {0}</source>
        <translation>en JPEG-bild, inte {0}</translation>
    </message>
    <message>
        <source>a compressed (gzip) file, not {0}</source>
        <translation>en komprimerad fil (gzip), inte {0}</translation>
    </message>
</context>
<context>
    <name>Canvas</name>
    <message>
        <source>Edit</source>
        <translation>Redigera</translation>
    </message>
    <message>
        <source>Add card</source>
        <translation>Lägg till kort</translation>
    </message>
    <message>
        <source>Resize {0}</source>
        <translation>Ändra storlek på {0}</translation>
    </message>
    <message>
        <source>Rename {0} &apos;{1}&apos;</source>
        <translation>Byt namn på {0} &apos;{1}&apos;</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>Social media</source>
        <translation>Sociala medier</translation>
    </message>
    <message>
        <source>Ratings and reviews</source>
        <translation>Betyg och recensioner</translation>
    </message>
    <message>
        <source>Review sites</source>
        <translation>Recensionssajter</translation>
    </message>
    <message>
        <source>Testimonials</source>
        <translation>Kundomdömen</translation>
    </message>
    <message>
        <source>Word of mouth</source>
        <translation>Mun till mun</translation>
    </message>
    <message>
        <source>Community involvement</source>
        <translation>Lokalt engagemang</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Evenemang</translation>
    </message>
    <message>
        <source>Advertising</source>
        <translation>Annonsering</translation>
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
        <translation>Sökning på nätet</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Sökning</translation>
    </message>
    <message>
        <source>Blog</source>
        <translation>Blogg</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Webbplats</translation>
    </message>
    <message>
        <source>Referral programme</source>
        <translation>Värvningsprogram</translation>
    </message>
    <message>
        <source>Ad landing page</source>
        <translation>Landningssida för annonser</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Konferens</translation>
    </message>
    <message>
        <source>Product demo</source>
        <translation>Produktdemonstration</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Sälj</translation>
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
        <translation>Tryck</translation>
    </message>
    <message>
        <source>Promotions</source>
        <translation>Kampanjer</translation>
    </message>
    <message>
        <source>Sales staff</source>
        <translation>Säljpersonal</translation>
    </message>
    <message>
        <source>Phone line</source>
        <translation>Telefonkundtjänst</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Point of sale</source>
        <translation>Kassan</translation>
    </message>
    <message>
        <source>Checkout and payment</source>
        <translation>Kassa och betalning</translation>
    </message>
    <message>
        <source>Sales call</source>
        <translation>Säljsamtal</translation>
    </message>
    <message>
        <source>Campaign code</source>
        <translation>Kampanjkod</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
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
        <translation>Transaktionsmejl</translation>
    </message>
    <message>
        <source>Marketing e-mails</source>
        <translation>Marknadsföringsmejl</translation>
    </message>
    <message>
        <source>Service and support</source>
        <translation>Service och support</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Online help center</source>
        <translation>Hjälpcenter på webben</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>Thank-you card</source>
        <translation>Tackkort</translation>
    </message>
    <message>
        <source>Packaging and unboxing</source>
        <translation>Förpackning och uppackning</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Leverans</translation>
    </message>
    <message>
        <source>Feedback survey</source>
        <translation>Feedbackenkät</translation>
    </message>
    <message>
        <source>Customer service survey</source>
        <translation>Kundtjänstenkät</translation>
    </message>
    <message>
        <source>Handwritten note</source>
        <translation>Handskriven hälsning</translation>
    </message>
    <message>
        <source>Where delivery times are found</source>
        <translation>Var leveranstider finns</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Who to contact about a problem</source>
        <translation>Vem man kontaktar vid problem</translation>
    </message>
    <message>
        <source>How easy contact details are to find</source>
        <translation>Hur lätta kontaktuppgifterna är att hitta</translation>
    </message>
    <message>
        <source>Online services</source>
        <translation>Onlinetjänster</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>What the customer has</source>
        <translation>Vad kunden har</translation>
    </message>
    <message>
        <source>How the touchpoints work</source>
        <translation>Hur kontaktpunkterna fungerar</translation>
    </message>
    <message>
        <source>How the organisation works</source>
        <translation>Hur organisationen fungerar</translation>
    </message>
    <message>
        <source>Does the customer know what will happen next, and when?</source>
        <translation>Vet kunden vad som händer härnäst, och när?</translation>
    </message>
    <message>
        <source>Does the customer get the information they need at the moment they need it?</source>
        <translation>Får kunden den information som behövs i det ögonblick den behövs?</translation>
    </message>
    <message>
        <source>For every kind of problem, does the customer know whom to contact and how?</source>
        <translation>Vet kunden för varje slags problem vem som ska kontaktas och hur?</translation>
    </message>
    <message>
        <source>Does the customer receive a confirmation of the order?</source>
        <translation>Får kunden en bekräftelse på beställningen?</translation>
    </message>
    <message>
        <source>Does the customer have a clear way to complain?</source>
        <translation>Har kunden ett tydligt sätt att klaga?</translation>
    </message>
    <message>
        <source>Do the touchpoints work the way they were designed to?</source>
        <translation>Fungerar kontaktpunkterna som det var tänkt?</translation>
    </message>
    <message>
        <source>Is the way through them logical and easy to follow?</source>
        <translation>Är vägen genom dem logisk och lätt att följa?</translation>
    </message>
    <message>
        <source>Do they give just enough information: not too much, not too little?</source>
        <translation>Ger de lagom mycket information: varken för mycket eller för lite?</translation>
    </message>
    <message>
        <source>Do they deliver the quality we mean to deliver?</source>
        <translation>Levererar de den kvalitet vi vill leverera?</translation>
    </message>
    <message>
        <source>Does the organisation behind the touchpoints work efficiently?</source>
        <translation>Arbetar organisationen bakom kontaktpunkterna effektivt?</translation>
    </message>
    <message>
        <source>Is the work organised around clear service-level goals?</source>
        <translation>Är arbetet organiserat kring tydliga servicenivåmål?</translation>
    </message>
    <message>
        <source>Does the customer deal with few enough people and departments not to be confused?</source>
        <translation>Har kunden att göra med så få personer och avdelningar att hen inte blir förvirrad?</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>partly</source>
        <translation>delvis</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>inte kontrollerad</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Note: {0}</source>
        <translation>Anteckning: {0}</translation>
    </message>
    <message>
        <source>No journey to check.</source>
        <translation>Ingen resa att kontrollera.</translation>
    </message>
    <message>
        <source>{0} of {1} answered</source>
        <translation>{0} av {1} besvarade</translation>
    </message>
    <message>
        <source>Other question {0}: {1}</source>
        <translation>Annan fråga {0}: {1}</translation>
    </message>
    <message>
        <source>Answer checklist question</source>
        <translation>Besvara checklistfråga</translation>
    </message>
    <message>
        <source>Edit checklist note</source>
        <translation>Redigera checklistans anteckning</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>&apos;desktop install&apos; is for Linux and BSD desktops (freedesktop.org); this system is {0}</source>
        <translation>&apos;desktop install&apos; är till för Linux- och BSD-skrivbord (freedesktop.org); det här systemet är {0}</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a number of posters from 1 to 20</source>
        <translation>&apos;{0}&apos; är inget antal affischer från 1 till 20</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a size in points (example: 8)</source>
        <translation>&apos;{0}&apos; är ingen storlek i punkter (exempel: 8)</translation>
    </message>
    <message>
        <source>A0-A5, Letter, Legal, Tabloid, ANSI C/D/E, Arch C/D/E or e.g. 420x297mm, 11x17in (default: A1 when fitting, else the map&apos;s own size)</source>
        <translation>A0-A5, Letter, Legal, Tabloid, ANSI C/D/E, Arch C/D/E eller t.ex. 420x297mm, 11x17in (standard: A1 vid anpassning, annars kartans egen storlek)</translation>
    </message>
    <message>
        <source>Added &apos;{0}&apos; to {1}</source>
        <translation>Lade till &apos;{0}&apos; i {1}</translation>
    </message>
    <message>
        <source>Both sides named a baseline &apos;{0}&apos;: the younger one is now &apos;{1}&apos;</source>
        <translation>Båda sidor namngav en baslinje &apos;{0}&apos;: den yngre heter nu &apos;{1}&apos;</translation>
    </message>
    <message>
        <source>Created {0} from the &apos;{1}&apos; template</source>
        <translation>Skapade {0} från mallen &apos;{1}&apos;</translation>
    </message>
    <message>
        <source>Exported {0} of &apos;{1}&apos; to {2}</source>
        <translation>Exporterade {0} av &apos;{1}&apos; till {2}</translation>
    </message>
    <message>
        <source>Imported &apos;{0}&apos; ({1} stages, {2} cards) from {3} into {{target}}</source>
        <translation>Importerade &apos;{0}&apos; ({1} faser, {2} kort) från {3} till {{target}}</translation>
    </message>
    <message>
        <source>Imported {0} into &apos;{1}&apos; in {{target}}: {2} new cards, {3} changed, {4} unchanged</source>
        <translation>Importerade {0} till &apos;{1}&apos; i {{target}}: {2} nya kort, {3} ändrade, {4} oförändrade</translation>
    </message>
    <message>
        <source>Set the merge driver &apos;{0}&apos; in {1}: {2}</source>
        <translation>Satte sammanslagningsdrivrutinen &apos;{0}&apos; i {1}: {2}</translation>
    </message>
    <message>
        <source>The merge driver &apos;{0}&apos; was already set in {1}: {2}</source>
        <translation>Sammanslagningsdrivrutinen &apos;{0}&apos; var redan satt i {1}: {2}</translation>
    </message>
    <message>
        <source>add Journey Editor to the desktop&apos;s menu and file types</source>
        <translation>lägg till Journey Editor i skrivbordets meny och filtyper</translation>
    </message>
    <message>
        <source>an interview guide for the journey: questions per stage and touchpoint, in the map&apos;s language</source>
        <translation>en intervjuguide för resan: frågor per steg och kontaktpunkt, på kartans språk</translation>
    </message>
    <message>
        <source>journey &apos;{0}&apos;: {1}</source>
        <translation>resan &apos;{0}&apos;: {1}</translation>
    </message>
    <message>
        <source>no journey named &apos;{0}&apos; (the file has: {1})</source>
        <translation>ingen resa heter &apos;{0}&apos; (filen har: {1})</translation>
    </message>
    <message>
        <source>not a whole number: &apos;{0}&apos;</source>
        <translation>inte ett heltal: &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>remove what &apos;desktop install&apos; installed</source>
        <translation>ta bort det som &apos;desktop install&apos; installerade</translation>
    </message>
    <message>
        <source>save the web page as .html or .htm, not &apos;{0}&apos;</source>
        <translation>spara webbsidan som .html eller .htm, inte &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>template name (see &apos;templates&apos;)</source>
        <translation>mallens namn (se &apos;templates&apos;)</translation>
    </message>
    <message>
        <source>the author named in the PDF&apos;s metadata (default: none)</source>
        <translation>författaren som anges i PDF:ens metadata (standard: ingen)</translation>
    </message>
    <message>
        <source>the map&apos;s name in messages (git passes a temporary file as OURS)</source>
        <translation>kartans namn i meddelanden (git skickar en tillfällig fil som OURS)</translation>
    </message>
    <message>
        <source>{0} already has &apos;{1}&apos;</source>
        <translation>{0} har redan &apos;{1}&apos;</translation>
    </message>
    <message>
        <source>{0}: no such file (a new map&apos;s name ends in .journey)</source>
        <translation>{0}: filen finns inte (en ny kartas namn slutar på .journey)</translation>
    </message>
    <message>
        <source>; new lanes: {0}</source>
        <translation>; nya simbanor: {0}</translation>
    </message>
    <message>
        <source>; new stages: {0}</source>
        <translation>; nya faser: {0}</translation>
    </message>
    <message>
        <source>Baselines: -</source>
        <translation>Baslinjer: -</translation>
    </message>
    <message>
        <source>Baselines:</source>
        <translation>Baslinjer:</translation>
    </message>
    <message>
        <source>Exit status: 0 merged, 1 merged with conflicts (listed in the file), 2 not merged (a file could not be read or written).</source>
        <translation type="vanished">Slutstatus: 0 sammanslagen, 1 sammanslagen med konflikter (listade i filen), 2 inte sammanslagen (en fil kunde inte läsas eller skrivas).</translation>
    </message>
    <message>
        <source>Installed the menu entry, the .journey file type ({0}) and the icon in {1}; the entry runs {2}</source>
        <translation>Installerade menyposten, filtypen .journey ({0}) och ikonen i {1}; posten kör {2}</translation>
    </message>
    <message>
        <source>Journey &quot;{0}&quot;: 1 finding</source>
        <translation>Resa &quot;{0}&quot;: 1 iakttagelse</translation>
    </message>
    <message>
        <source>Journey &quot;{0}&quot;: no findings</source>
        <translation>Resa &quot;{0}&quot;: inga iakttagelser</translation>
    </message>
    <message>
        <source>Journey &quot;{0}&quot;: {1} findings</source>
        <translation>Resa &quot;{0}&quot;: {1} iakttagelser</translation>
    </message>
    <message>
        <source>Journey &quot;{name}&quot; ({state}, persona: {persona}): {stages} stages, {lanes} lanes, {cards} cards, {connections} connections</source>
        <translation>Resa &quot;{name}&quot; ({state}, persona: {persona}): {stages} faser, {lanes} simbanor, {cards} kort, {connections} kopplingar</translation>
    </message>
    <message>
        <source>Map customer journeys: stages, channels, touchpoints and emotions.</source>
        <translation>Kartlägg kundresor: faser, kanaler, kontaktpunkter och känslor.</translation>
    </message>
    <message>
        <source>Merged into {0} with 1 conflict, listed in the file:</source>
        <translation>Sammanslaget i {0} med 1 konflikt, listad i filen:</translation>
    </message>
    <message>
        <source>Merged into {0} with {1} conflicts, listed in the file:</source>
        <translation>Sammanslaget i {0} med {1} konflikter, listade i filen:</translation>
    </message>
    <message>
        <source>Merged into {0}</source>
        <translation>Sammanslaget i {0}</translation>
    </message>
    <message>
        <source>N posters of consecutive stages instead of one (each with every lane), for a map too wide to read on one page</source>
        <translation>N affischer med på varandra följande faser i stället för en (var och en med alla simbanor), för en karta som är för bred för att läsas på en sida</translation>
    </message>
    <message>
        <source>No differences</source>
        <translation>Inga skillnader</translation>
    </message>
    <message>
        <source>Nothing to remove: Journey Editor is not installed in {0} (no {1})</source>
        <translation>Inget att ta bort: Journey Editor är inte installerat i {0} (ingen {1})</translation>
    </message>
    <message>
        <source>PNG and SVG: the map alone, without the title block and legend</source>
        <translation>PNG och SVG: bara kartan, utan titelblock och teckenförklaring</translation>
    </message>
    <message>
        <source>PNG resolution (default 150)</source>
        <translation>PNG-upplösning (standard 150)</translation>
    </message>
    <message>
        <source>Personas: {0}</source>
        <translation>Personor: {0}</translation>
    </message>
    <message>
        <source>Removed the menu entry, the .journey file type and the icon from {0} ({1} files)</source>
        <translation>Tog bort menyposten, filtypen .journey och ikonen från {0} ({1} filer)</translation>
    </message>
    <message>
        <source>Set the diff text of maps in {0}: {1}</source>
        <translation>Satte kartornas jämförelsetext i {0}: {1}</translation>
    </message>
    <message>
        <source>The diff text of maps was already set in {0}: {1}</source>
        <translation>Kartornas jämförelsetext var redan satt i {0}: {1}</translation>
    </message>
    <message>
        <source>nothing to export: give --pdf, --png, --svg, --mermaid, --csv, --html, --guide, --personas or --curves</source>
        <translation>inget att exportera: ange --pdf, --png, --svg, --mermaid, --csv, --html, --guide, --personas eller --curves</translation>
    </message>
    <message>
        <source>one sheet per persona for the workshop wall (A4 portrait unless --page-size)</source>
        <translation>ett blad per persona för workshopväggen (A4 stående om inte --page-size anges)</translation>
    </message>
    <message>
        <source>nothing to export: give --pdf, --png, --svg, --mermaid, --csv, --html or --guide</source>
        <translation type="vanished">inget att exportera: ange --pdf, --png, --svg, --mermaid, --csv, --html eller --guide</translation>
    </message>
    <message>
        <source>Wrote {0} (1 page)</source>
        <translation>Skrev {0} (1 sida)</translation>
    </message>
    <message>
        <source>Wrote {0} ({1} pages)</source>
        <translation>Skrev {0} ({1} sidor)</translation>
    </message>
    <message>
        <source>Wrote {0}</source>
        <translation>Skrev {0}</translation>
    </message>
    <message>
        <source>a Mermaid journey diagram</source>
        <translation>ett Mermaid-diagram av resan</translation>
    </message>
    <message>
        <source>a PNG picture of the journey</source>
        <translation>en PNG-bild av resan</translation>
    </message>
    <message>
        <source>a printable PDF poster</source>
        <translation>en utskrivbar PDF-affisch</translation>
    </message>
    <message>
        <source>a text size must be between 1 and 100 pt</source>
        <translation>en textstorlek måste vara mellan 1 och 100 pt</translation>
    </message>
    <message>
        <source>add workshop handout pages after each poster</source>
        <translation>lägg till sidor med workshopunderlag efter varje affisch</translation>
    </message>
    <message>
        <source>an SVG picture of the journey</source>
        <translation>en SVG-bild av resan</translation>
    </message>
    <message>
        <source>check that journey files are valid</source>
        <translation>kontrollera att resefiler är giltiga</translation>
    </message>
    <message>
        <source>compare only this journey</source>
        <translation>jämför bara den här resan</translation>
    </message>
    <message>
        <source>create a journey file from a template</source>
        <translation>skapa en resefil från en mall</translation>
    </message>
    <message>
        <source>default: auto, the one showing the map largest</source>
        <translation>standard: auto, den som visar kartan störst</translation>
    </message>
    <message>
        <source>desktop editor: autosave at most this long after a change</source>
        <translation>skrivbordsprogrammet: autospara högst så här länge efter en ändring</translation>
    </message>
    <message>
        <source>emotion at or below which a card needs an improvement idea (default: -2)</source>
        <translation>känsla vid eller under vilken ett kort behöver en förbättringsidé (standard: -2)</translation>
    </message>
    <message>
        <source>every journey, one poster each</source>
        <translation>varje resa, en affisch var</translation>
    </message>
    <message>
        <source>exit status {0}</source>
        <translation>slutstatus {0}</translation>
    </message>
    <message>
        <source>exit with status 1 when there are findings</source>
        <translation>avsluta med status 1 när det finns iakttagelser</translation>
    </message>
    <message>
        <source>export journeys: PDF poster, image, Mermaid, CSV</source>
        <translation>exportera resor: PDF-affisch, bild, Mermaid, CSV</translation>
    </message>
    <message>
        <source>fit the map to the page (default)</source>
        <translation>anpassa kartan till sidan (standard)</translation>
    </message>
    <message>
        <source>for a print shop: 3 mm bleed and crop marks around each poster (not with --tile)</source>
        <translation>för ett tryckeri: 3 mm utfall och skärmärken runt varje affisch (inte med --tile)</translation>
    </message>
    <message>
        <source>git is not installed (or not on the PATH)</source>
        <translation>git är inte installerat (eller finns inte i PATH)</translation>
    </message>
    <message>
        <source>import a Mermaid file (.mmd) or a CSV file (.csv)</source>
        <translation>importera en Mermaid-fil (.mmd) eller en CSV-fil (.csv)</translation>
    </message>
    <message>
        <source>import a Mermaid journey or cards from CSV</source>
        <translation>importera en Mermaid-resa eller kort från CSV</translation>
    </message>
    <message>
        <source>install the menu entry, the .journey file type and the icon for this user</source>
        <translation>installera menyposten, filtypen .journey och ikonen för den här användaren</translation>
    </message>
    <message>
        <source>let git merge and diff maps in this repository with this program</source>
        <translation>låt git slå samman och jämföra kartor i detta förråd med detta program</translation>
    </message>
    <message>
        <source>list the bundled templates</source>
        <translation>lista de medföljande mallarna</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>maskinläsbar utdata</translation>
    </message>
    <message>
        <source>merge two edited copies of a map with their common ancestor</source>
        <translation>slå samman två redigerade kopior av en karta med deras gemensamma ursprung</translation>
    </message>
    <message>
        <source>most teams a customer should meet in one stage (default: 3)</source>
        <translation>högst antal team som en kund bör möta i en fas (standard: 3)</translation>
    </message>
    <message>
        <source>must be between {0} and {1}</source>
        <translation>måste vara mellan {0} och {1}</translation>
    </message>
    <message>
        <source>nothing to export: give --pdf, --png, --svg, --mermaid or --csv</source>
        <translation type="vanished">inget att exportera: ange --pdf, --png, --svg, --mermaid eller --csv</translation>
    </message>
    <message>
        <source>Exit status: 0 merged, 1 merged with conflicts (listed in the file), 2 not merged (a file could not be read or written, or the two have more named baselines together than a map keeps).</source>
        <translation>Slutstatus: 0 sammanslagen, 1 sammanslagen med konflikter (listade i filen), 2 inte sammanslagen (en fil kunde inte läsas eller skrivas, eller de två har tillsammans fler namngivna baslinjer än en karta kan ha).</translation>
    </message>
    <message>
        <source>only this journey (default: all)</source>
        <translation>bara den här resan (standard: alla)</translation>
    </message>
    <message>
        <source>only this language</source>
        <translation>bara det här språket</translation>
    </message>
    <message>
        <source>our copy; replaced by the result unless -o is given</source>
        <translation>vår kopia; ersätts av resultatet om inte -o anges</translation>
    </message>
    <message>
        <source>overlap between tiled sheets (default: 10mm)</source>
        <translation>överlappning mellan delade ark (standard: 10mm)</translation>
    </message>
    <message>
        <source>page margin, e.g. 10mm or 0.5in (default: 10mm)</source>
        <translation>sidmarginal, t.ex. 10mm eller 0.5in (standard: 10mm)</translation>
    </message>
    <message>
        <source>print a map as one line per field (for git diff)</source>
        <translation>skriv ut en karta som en rad per fält (för git diff)</translation>
    </message>
    <message>
        <source>print at this scale, e.g. 100</source>
        <translation>skriv ut i den här skalan, t.ex. 100</translation>
    </message>
    <message>
        <source>print only problems</source>
        <translation>skriv bara ut problem</translation>
    </message>
    <message>
        <source>refuse a poster whose card text prints smaller than this (without it, a warning under 8 pt)</source>
        <translation>vägra en affisch vars korttext skrivs ut mindre än så här (utan det en varning under 8 pt)</translation>
    </message>
    <message>
        <source>replace an existing file</source>
        <translation>ersätt en befintlig fil</translation>
    </message>
    <message>
        <source>review journeys: the findings of the review panel</source>
        <translation>granska resor: granskningspanelens iakttagelser</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>visa versionen och avsluta</translation>
    </message>
    <message>
        <source>split the poster across sheets of this size, e.g. A4 or Letter</source>
        <translation>dela upp affischen på ark av den här storleken, t.ex. A4 eller Letter</translation>
    </message>
    <message>
        <source>summarise a journey file</source>
        <translation>sammanfatta en resefil</translation>
    </message>
    <message>
        <source>template language, e.g. en, da, sv, fi, nl</source>
        <translation>mallens språk, t.ex. en, da, sv, fi, nl</translation>
    </message>
    <message>
        <source>the .journey file to add to or create</source>
        <translation>.journey-filen att lägga till i eller skapa</translation>
    </message>
    <message>
        <source>the .journey file to create</source>
        <translation>.journey-filen att skapa</translation>
    </message>
    <message>
        <source>the cards as a spreadsheet</source>
        <translation>korten som ett kalkylark</translation>
    </message>
    <message>
        <source>the emotion curves of the journey (--journey, default the first) and of those sharing its stages, or of --all, on one page (A3 landscape unless --page-size)</source>
        <translation>känslokurvorna för resan (--journey, som standard den första) och för dem som delar dess faser, eller för --all, på en sida (A3 liggande om inte --page-size anges)</translation>
    </message>
    <message>
        <source>the file has no journey</source>
        <translation>filen har ingen resa</translation>
    </message>
    <message>
        <source>the file has {0} journeys; choose one with --journey: {1}</source>
        <translation>filen har {0} resor; välj en med --journey: {1}</translation>
    </message>
    <message>
        <source>the journey CSV cards go into</source>
        <translation>resan som CSV-korten hamnar i</translation>
    </message>
    <message>
        <source>the journey to export (default: the first)</source>
        <translation>resan som ska exporteras (standard: den första)</translation>
    </message>
    <message>
        <source>the map already has {0} journeys</source>
        <translation>kartan har redan {0} resor</translation>
    </message>
    <message>
        <source>the map as one web page that opens offline in any browser (zoom, pan, click a card for its fields)</source>
        <translation>kartan som en webbsida som öppnas offline i valfri webbläsare (zooma, panorera, klicka på ett kort för dess fält)</translation>
    </message>
    <message>
        <source>the version both copies started from</source>
        <translation>versionen som båda kopiorna utgick från</translation>
    </message>
    <message>
        <source>their copy</source>
        <translation>deras kopia</translation>
    </message>
    <message>
        <source>this would replace the journey file itself</source>
        <translation>det här skulle ersätta själva resefilen</translation>
    </message>
    <message>
        <source>warning: {0}</source>
        <translation>varning: {0}</translation>
    </message>
    <message>
        <source>what conflicts call our side (default: ours)</source>
        <translation>vad konflikter kallar vår sida (standard: ours)</translation>
    </message>
    <message>
        <source>what conflicts call their side (default: theirs)</source>
        <translation>vad konflikter kallar deras sida (standard: theirs)</translation>
    </message>
    <message>
        <source>what differs between two journey files</source>
        <translation>vad som skiljer två resefiler åt</translation>
    </message>
    <message>
        <source>with --guide: a customer survey of the key touchpoints instead, and its results sheet to fill in and import</source>
        <translation>med --guide: i stället en kundenkät om de viktiga kontaktpunkterna, och dess resultatblad att fylla i och importera</translation>
    </message>
    <message>
        <source>write the result here</source>
        <translation>skriv resultatet hit</translation>
    </message>
    <message>
        <source>{0} cards</source>
        <translation>{0} kort</translation>
    </message>
    <message>
        <source>{0} not found (package {1}): the desktop sees the change once it runs on {2}</source>
        <translation>{0} hittades inte (paketet {1}): skrivbordet ser ändringen när det körs på {2}</translation>
    </message>
    <message>
        <source>{0} {1} failed: {2}</source>
        <translation>{0} {1} misslyckades: {2}</translation>
    </message>
    <message>
        <source>{0}: &quot;{1}&quot;, format version {2}</source>
        <translation>{0}: &quot;{1}&quot;, formatversion {2}</translation>
    </message>
    <message>
        <source>{0}: already exists (use --force to replace it)</source>
        <translation>{0}: finns redan (använd --force för att ersätta den)</translation>
    </message>
    <message>
        <source>{0}: cannot create it, the folder {1} does not exist</source>
        <translation>{0}: kan inte skapas, mappen {1} finns inte</translation>
    </message>
    <message>
        <source>{0}: cannot create it, the folder {1} is not writable</source>
        <translation>{0}: kan inte skapas, mappen {1} är skrivskyddad</translation>
    </message>
    <message>
        <source>{0}: cannot read the install list: {1}</source>
        <translation>{0}: kan inte läsa installationslistan: {1}</translation>
    </message>
    <message>
        <source>{0}: not in a git repository</source>
        <translation>{0}: inte i ett git-förråd</translation>
    </message>
    <message>
        <source>{0}: valid</source>
        <translation>{0}: giltig</translation>
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
        <translation>fas</translation>
    </message>
    <message>
        <source>lane</source>
        <translation>simbana</translation>
    </message>
    <message>
        <source>journey</source>
        <translation>resa</translation>
    </message>
    <message>
        <source>persona</source>
        <translation>persona</translation>
    </message>
    <message>
        <source>connection</source>
        <translation>koppling</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; could not be done: {1}</source>
        <translation>&apos;{0}&apos; kunde inte utföras: {1}</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; could not be undone: {1}</source>
        <translation>&apos;{0}&apos; kunde inte ångras: {1}</translation>
    </message>
    <message>
        <source>It could not be fully taken back; please check the map.</source>
        <translation>Ändringen kunde inte tas tillbaka helt; kontrollera kartan.</translation>
    </message>
    <message>
        <source>The map was left as it was; the undo history was cleared.</source>
        <translation>Kartan lämnades som den var; ångra-historiken rensades.</translation>
    </message>
    <message>
        <source>Add card &apos;{0}&apos;</source>
        <translation>Lägg till kortet &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>Paste {0} cards</source>
        <translation>Klistra in {0} kort</translation>
    </message>
    <message>
        <source>Delete card &apos;{0}&apos;</source>
        <translation>Ta bort kortet &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>Delete {0} cards</source>
        <translation>Ta bort {0} kort</translation>
    </message>
    <message>
        <source>Move card &apos;{0}&apos;</source>
        <translation>Flytta kortet &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>Move {0} cards</source>
        <translation>Flytta {0} kort</translation>
    </message>
    <message>
        <source>Connect &apos;{0}&apos; to &apos;{1}&apos;</source>
        <translation>Koppla &apos;{0}&apos; till &apos;{1}&apos;</translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation>Ta bort koppling</translation>
    </message>
    <message>
        <source>Edit {0} &apos;{1}&apos;</source>
        <translation>Redigera {0} &apos;{1}&apos;</translation>
    </message>
    <message>
        <source>Add stage &apos;{0}&apos;</source>
        <translation>Lägg till fasen &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>Add lane &apos;{0}&apos;</source>
        <translation>Lägg till simbanan &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>Delete stage &apos;{0}&apos;</source>
        <translation>Ta bort fasen &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>Delete lane &apos;{0}&apos;</source>
        <translation>Ta bort simbanan &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>Move {0} &apos;{1}&apos;</source>
        <translation>Flytta {0} &apos;{1}&apos;</translation>
    </message>
    <message>
        <source>Import {0} survey results into {1} touchpoints</source>
        <translation>Importera {0} enkätresultat till {1} kontaktpunkter</translation>
    </message>
    <message>
        <source>Rename map &apos;{0}&apos;</source>
        <translation>Byt namn på kartan &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>Name the map</source>
        <translation>Namnge kartan</translation>
    </message>
    <message>
        <source>New persona</source>
        <translation>Ny persona</translation>
    </message>
    <message>
        <source>Add persona &apos;{0}&apos;</source>
        <translation>Lägg till personan &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>Delete persona &apos;{0}&apos;</source>
        <translation>Ta bort personan &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>Add journey &apos;{0}&apos;</source>
        <translation>Lägg till resan &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>{0} (copy)</source>
        <translation>{0} (kopia)</translation>
    </message>
    <message>
        <source>Duplicate journey &apos;{0}&apos;</source>
        <translation>Duplicera resan &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>{0} (future state)</source>
        <translation>{0} (framtida läge)</translation>
    </message>
    <message>
        <source>Create future state of &apos;{0}&apos;</source>
        <translation>Skapa framtida läge av &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>Rename journey &apos;{0}&apos; to &apos;{1}&apos;</source>
        <translation>Byt namn på resan &apos;{0}&apos; till &apos;{1}&apos;</translation>
    </message>
    <message>
        <source>Delete journey &apos;{0}&apos;</source>
        <translation>Ta bort resan &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>Set photo of persona &apos;{0}&apos;</source>
        <translation>Ange foto för personan &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>Remove photo of persona &apos;{0}&apos;</source>
        <translation>Ta bort foto för personan &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>The photo is still larger than {0} KB after scaling it down. Choose a simpler or smaller image.</source>
        <translation>Fotot är fortfarande större än {0} kB efter nedskalning. Välj en enklare eller mindre bild.</translation>
    </message>
    <message>
        <source>This file is not an image that can be read. Choose a PNG or JPEG photo.</source>
        <translation>Filen är ingen bild som kan läsas. Välj ett PNG- eller JPEG-foto.</translation>
    </message>
    <message>
        <source>This file is too large for a photo ({0} MB; at most {1} MB).</source>
        <translation>Filen är för stor för ett foto ({0} MB; högst {1} MB).</translation>
    </message>
    <message>
        <source>Keep {0} in a merge conflict</source>
        <translation>Behåll {0} i en sammanslagningskonflikt</translation>
    </message>
    <message>
        <source>Attach picture to card &apos;{0}&apos;</source>
        <translation>Bifoga bild till kortet &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>Remove picture from card &apos;{0}&apos;</source>
        <translation>Ta bort bild från kortet &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>Mark baseline &apos;{0}&apos;</source>
        <translation>Markera baslinje &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>Name revision &apos;{0}&apos;</source>
        <translation>Namnge revision &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>Remove baseline name &apos;{0}&apos;</source>
        <translation>Ta bort baslinjenamnet &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>Rename baseline &apos;{0}&apos; to &apos;{1}&apos;</source>
        <translation>Byt namn på baslinjen &apos;{0}&apos; till &apos;{1}&apos;</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <source>Removed: {0}</source>
        <translation>Borttaget: {0}</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Borttaget</translation>
    </message>
    <message>
        <source>map title</source>
        <translation>kartans titel</translation>
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
        <translation>personor</translation>
    </message>
    <message>
        <source>journeys</source>
        <translation>resor</translation>
    </message>
    <message>
        <source>revisions</source>
        <translation>versioner</translation>
    </message>
    <message>
        <source>baseline name</source>
        <translation>baslinjens namn</translation>
    </message>
    <message>
        <source>baseline&apos;s copy of the map</source>
        <translation>baslinjens kopia av kartan</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>name</source>
        <translation>namn</translation>
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
        <translation type="vanished">fototyp</translation>
    </message>
    <message>
        <source>picture</source>
        <translation>bild</translation>
    </message>
    <message>
        <source>persona</source>
        <translation>persona</translation>
    </message>
    <message>
        <source>state</source>
        <translation>läge</translation>
    </message>
    <message>
        <source>based on</source>
        <translation>baserad på</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>mål</translation>
    </message>
    <message>
        <source>scope</source>
        <translation>omfattning</translation>
    </message>
    <message>
        <source>language of its labels</source>
        <translation>språk för etiketterna</translation>
    </message>
    <message>
        <source>departments</source>
        <translation>avdelningar</translation>
    </message>
    <message>
        <source>description</source>
        <translation>beskrivning</translation>
    </message>
    <message>
        <source>stages</source>
        <translation>faser</translation>
    </message>
    <message>
        <source>lanes</source>
        <translation>simbanor</translation>
    </message>
    <message>
        <source>cards</source>
        <translation>kort</translation>
    </message>
    <message>
        <source>arrows</source>
        <translation>pilar</translation>
    </message>
    <message>
        <source>checklist</source>
        <translation>checklista</translation>
    </message>
    <message>
        <source>question</source>
        <translation>fråga</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>svar</translation>
    </message>
    <message>
        <source>note</source>
        <translation>anteckning</translation>
    </message>
    <message>
        <source>voting</source>
        <translation>röstning</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>deltagare</translation>
    </message>
    <message>
        <source>dots per participant</source>
        <translation>prickar per deltagare</translation>
    </message>
    <message>
        <source>phase</source>
        <translation>köpfas</translation>
    </message>
    <message>
        <source>width</source>
        <translation>bredd</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>typ</translation>
    </message>
    <message>
        <source>content</source>
        <translation>innehåll</translation>
    </message>
    <message>
        <source>zone</source>
        <translation>zon</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>färg</translation>
    </message>
    <message>
        <source>height</source>
        <translation>höjd</translation>
    </message>
    <message>
        <source>emotion values</source>
        <translation>känslovärden</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>fas</translation>
    </message>
    <message>
        <source>lane</source>
        <translation>simbana</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>anteckningar</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>kanal</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>ägare</translation>
    </message>
    <message>
        <source>control</source>
        <translation>kontroll</translation>
    </message>
    <message>
        <source>direct</source>
        <translation>direkt</translation>
    </message>
    <message>
        <source>emotion</source>
        <translation>känsla</translation>
    </message>
    <message>
        <source>customer goal</source>
        <translation>kundens mål</translation>
    </message>
    <message>
        <source>expectations</source>
        <translation>förväntningar</translation>
    </message>
    <message>
        <source>pain points</source>
        <translation>smärtpunkter</translation>
    </message>
    <message>
        <source>desired thinking</source>
        <translation>önskat tänkande</translation>
    </message>
    <message>
        <source>desired doing</source>
        <translation>önskat handlande</translation>
    </message>
    <message>
        <source>desired feeling</source>
        <translation>önskad känsla</translation>
    </message>
    <message>
        <source>ideas</source>
        <translation>idéer</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>belägg</translation>
    </message>
    <message>
        <source>inconsistent</source>
        <translation>inkonsekvent</translation>
    </message>
    <message>
        <source>key touchpoint</source>
        <translation>nyckelkontaktpunkt</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>votes</source>
        <translation>röster</translation>
    </message>
    <message>
        <source>metrics</source>
        <translation>mätvärden</translation>
    </message>
    <message>
        <source>comments</source>
        <translation>kommentarer</translation>
    </message>
    <message>
        <source>value</source>
        <translation>värde</translation>
    </message>
    <message>
        <source>date</source>
        <translation>datum</translation>
    </message>
    <message>
        <source>source</source>
        <translation>källa</translation>
    </message>
    <message>
        <source>target</source>
        <translation>mål</translation>
    </message>
    <message>
        <source>label</source>
        <translation>etikett</translation>
    </message>
    <message>
        <source>link</source>
        <translation>länk</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>author</source>
        <translation>författare</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>sammanfattning</translation>
    </message>
    <message>
        <source>order</source>
        <translation>ordning</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Tillagt</translation>
    </message>
    <message>
        <source>Changed or moved</source>
        <translation>Ändrat eller flyttat</translation>
    </message>
    <message>
        <source>Removed (ghost)</source>
        <translation>Borttaget (spöke)</translation>
    </message>
    <message>
        <source>How the differences are outlined on the map of the second journey</source>
        <translation>Hur skillnaderna markeras på kartan för den andra resan</translation>
    </message>
    <message>
        <source>Cards added</source>
        <translation>Tillagda kort</translation>
    </message>
    <message>
        <source>Cards changed</source>
        <translation>Ändrade kort</translation>
    </message>
    <message>
        <source>Cards removed</source>
        <translation>Borttagna kort</translation>
    </message>
    <message>
        <source>Stages added</source>
        <translation>Tillagda faser</translation>
    </message>
    <message>
        <source>Stages changed</source>
        <translation>Ändrade faser</translation>
    </message>
    <message>
        <source>Stages removed</source>
        <translation>Borttagna faser</translation>
    </message>
    <message>
        <source>Lanes added</source>
        <translation>Tillagda simbanor</translation>
    </message>
    <message>
        <source>Lanes changed</source>
        <translation>Ändrade simbanor</translation>
    </message>
    <message>
        <source>Lanes removed</source>
        <translation>Borttagna simbanor</translation>
    </message>
    <message>
        <source>Arrows added</source>
        <translation>Tillagda pilar</translation>
    </message>
    <message>
        <source>Arrows changed</source>
        <translation>Ändrade pilar</translation>
    </message>
    <message>
        <source>Arrows removed</source>
        <translation>Borttagna pilar</translation>
    </message>
    <message>
        <source>Journey details changed</source>
        <translation>Resans uppgifter ändrade</translation>
    </message>
    <message>
        <source>Emotion curve changed</source>
        <translation>Känslokurvan ändrad</translation>
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
        <translation>&apos;{0}&apos; bytte namn till &apos;{1}&apos;</translation>
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
        <translation>&apos;{0}&apos;: {1} ändringar</translation>
    </message>
    <message>
        <source>+ card &apos;{0}&apos; in {1} / {2}</source>
        <translation>+ kort &apos;{0}&apos; i {1} / {2}</translation>
    </message>
    <message>
        <source>+ journey &apos;{0}&apos;</source>
        <translation>+ resa &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>+ link &apos;{0}&apos; -&gt; &apos;{1}&apos;</source>
        <translation>+ länk &apos;{0}&apos; -&gt; &apos;{1}&apos;</translation>
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
        <translation>- resa &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>- link &apos;{0}&apos; -&gt; &apos;{1}&apos;</source>
        <translation>- länk &apos;{0}&apos; -&gt; &apos;{1}&apos;</translation>
    </message>
    <message>
        <source>- persona &apos;{0}&apos;</source>
        <translation>- persona &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>&gt; card &apos;{0}&apos; moved from {1} / {2} to {3} / {4}</source>
        <translation>&gt; kort &apos;{0}&apos; flyttat från {1} / {2} till {3} / {4}</translation>
    </message>
    <message>
        <source>journey &apos;{0}&apos;:</source>
        <translation>resa &apos;{0}&apos;:</translation>
    </message>
    <message>
        <source>no journey named &apos;{0}&apos; (the journeys are: {1})</source>
        <translation>ingen resa heter &apos;{0}&apos; (resorna är: {1})</translation>
    </message>
    <message>
        <source>~ card &apos;{0}&apos;: {1}</source>
        <translation>~ kort &apos;{0}&apos;: {1}</translation>
    </message>
    <message>
        <source>~ lane &apos;{0}&apos;: {1}</source>
        <translation>~ simbana &apos;{0}&apos;: {1}</translation>
    </message>
    <message>
        <source>~ persona &apos;{0}&apos; renamed to &apos;{1}&apos;</source>
        <translation>~ persona &apos;{0}&apos; bytte namn till &apos;{1}&apos;</translation>
    </message>
    <message>
        <source>~ persona &apos;{0}&apos;: {1}</source>
        <translation>~ persona &apos;{0}&apos;: {1}</translation>
    </message>
    <message>
        <source>~ stage &apos;{0}&apos;: {1}</source>
        <translation>~ fas &apos;{0}&apos;: {1}</translation>
    </message>
    <message>
        <source>~ {0} &apos;{1}&apos; renamed to &apos;{2}&apos;</source>
        <translation>~ {0} &apos;{1}&apos; bytte namn till &apos;{2}&apos;</translation>
    </message>
    <message>
        <source>Baseline: {0} ({1})</source>
        <translation type="vanished">Baslinje: {0} ({1})</translation>
    </message>
    <message>
        <source>Saved file</source>
        <translation>Sparad fil</translation>
    </message>
    <message>
        <source>That baseline is gone (its name was removed).</source>
        <translation>Den baslinjen finns inte längre (dess namn togs bort).</translation>
    </message>
    <message>
        <source>This journey map has not been saved yet.</source>
        <translation>Den här kundresekartan har inte sparats än.</translation>
    </message>
    <message>
        <source>This map</source>
        <translation>Den här kartan</translation>
    </message>
    <message>
        <source>arrows in another order in the file</source>
        <translation>pilar i en annan ordning i filen</translation>
    </message>
    <message>
        <source>cards in another order in the file (each cell keeps its order)</source>
        <translation>kort i en annan ordning i filen (varje cell behåller sin ordning)</translation>
    </message>
    <message>
        <source>cards in another order in {1}: {0}</source>
        <translation>kort i en annan ordning i {1}: {0}</translation>
    </message>
    <message>
        <source>journeys in another order: {0}</source>
        <translation>resor i en annan ordning: {0}</translation>
    </message>
    <message>
        <source>lanes in another order: {0}</source>
        <translation>simbanor i en annan ordning: {0}</translation>
    </message>
    <message>
        <source>moved from {0} / {1} to {2} / {3}</source>
        <translation>flyttat från {0} / {1} till {2} / {3}</translation>
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
        <translation>personor i en annan ordning: {0}</translation>
    </message>
    <message>
        <source>photo added</source>
        <translation>foto tillagt</translation>
    </message>
    <message>
        <source>photo changed</source>
        <translation>foto ändrat</translation>
    </message>
    <message>
        <source>photo removed</source>
        <translation>foto borttaget</translation>
    </message>
    <message>
        <source>picture added</source>
        <translation>bild tillagd</translation>
    </message>
    <message>
        <source>picture changed</source>
        <translation>bild ändrad</translation>
    </message>
    <message>
        <source>picture removed</source>
        <translation>bild borttagen</translation>
    </message>
    <message>
        <source>stages in another order: {0}</source>
        <translation>faser i en annan ordning: {0}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>{0} added: {1}</source>
        <translation>{0} tillagda: {1}</translation>
    </message>
    <message>
        <source>{0} removed: {1}</source>
        <translation>{0} borttagna: {1}</translation>
    </message>
    <message>
        <source>{0}: {1} → {2}</source>
        <translation>{0}: {1} → {2}</translation>
    </message>
    <message>
        <source>~ emotion {0}: {1} -&gt; {2}</source>
        <translation>~ känsla {0}: {1} -&gt; {2}</translation>
    </message>
    <message>
        <source>~ journey: {0}</source>
        <translation>~ resa: {0}</translation>
    </message>
    <message>
        <source>~ link {0}: {1}</source>
        <translation>~ länk {0}: {1}</translation>
    </message>
</context>
<context>
    <name>ComparePanel</name>
    <message>
        <source>What to compare with: another journey of this map, the map as last saved, or a baseline (File ▸ Mark Baseline…)</source>
        <translation>Vad som ska jämföras med: en annan resa på den här kartan, kartan som den senast sparades, eller en baslinje (Arkiv ▸ Markera baslinje…)</translation>
    </message>
    <message>
        <source>Mark the differences on the map</source>
        <translation>Markera skillnaderna på kartan</translation>
    </message>
    <message>
        <source>Side by Side…</source>
        <translation>Sida vid sida…</translation>
    </message>
    <message>
        <source>Both journeys stage by stage, in two columns</source>
        <translation>Båda resorna fas för fas, i två kolumner</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Jämför</translation>
    </message>
    <message>
        <source>with</source>
        <translation>med</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Skillnader</translation>
    </message>
    <message>
        <source>As Text</source>
        <translation>Som text</translation>
    </message>
    <message>
        <source>Choose two different journeys. To plan changes, Journey &gt; Create future state copies this one; the comparison then shows what you changed.</source>
        <translation>Välj två olika resor. För att planera förändringar kopierar Kundresa &gt; Skapa framtida läge den här; jämförelsen visar sedan vad du har ändrat.</translation>
    </message>
    <message>
        <source>No differences</source>
        <translation>Inga skillnader</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <source>No merge conflicts in this map.</source>
        <translation>Inga sammanslagningskonflikter i denna karta.</translation>
    </message>
    <message>
        <source>A merge left 1 conflict: pick the side to keep.</source>
        <translation>En sammanslagning lämnade 1 konflikt: välj vilken sida som ska behållas.</translation>
    </message>
    <message>
        <source>A merge left {0} conflicts: pick the side to keep for each.</source>
        <translation>En sammanslagning lämnade {0} konflikter: välj för var och en vilken sida som ska behållas.</translation>
    </message>
    <message>
        <source>Keep {0}</source>
        <translation>Behåll {0}</translation>
    </message>
    <message>
        <source>That side no longer fits the map (what it refers to has changed): keep the other, or edit the map by hand.</source>
        <translation>Den sidan passar inte längre kartan (det den hänvisar till har ändrats): behåll den andra, eller redigera kartan för hand.</translation>
    </message>
    <message>
        <source>ours</source>
        <translation>vår</translation>
    </message>
    <message>
        <source>theirs</source>
        <translation>deras</translation>
    </message>
    <message>
        <source>The map</source>
        <translation>Kartan</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Resa</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fas</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Simbana</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kort</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Koppling</translation>
    </message>
    <message>
        <source>Checklist answer</source>
        <translation>Checklistsvar</translation>
    </message>
    <message>
        <source>{0} &apos;{1}&apos;</source>
        <translation>{0} &apos;{1}&apos;</translation>
    </message>
    <message>
        <source>{0}: deleted on one side, changed on the other</source>
        <translation>{0}: raderad på ena sidan, ändrad på den andra</translation>
    </message>
    <message>
        <source>{0}: the order of its {1}</source>
        <translation>{0}: ordningen på dess {1}</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <translation>(raderad)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>(kept)</source>
        <translation>(behållen)</translation>
    </message>
</context>
<context>
    <name>Curves</name>
    <message>
        <source>&apos;{0}&apos; and &apos;{1}&apos; do not share their stages: stage {2} is &apos;{3}&apos; in one and &apos;{4}&apos; in the other. Curves are drawn together only for journeys whose stages have the same names in the same order (one may have more stages at the end).</source>
        <translation>&apos;{0}&apos; och &apos;{1}&apos; har inte samma steg: steg {2} heter &apos;{3}&apos; i den ena och &apos;{4}&apos; i den andra. Kurvor ritas tillsammans bara för resor vars steg har samma namn i samma ordning (en av dem får ha fler steg i slutet).</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; has no stages: it has no curve to draw.</source>
        <translation>&apos;{0}&apos; har inga steg: det finns ingen kurva att rita.</translation>
    </message>
    <message>
        <source>At most {0} curves can be drawn together: more could not be told apart.</source>
        <translation>Högst {0} kurvor kan ritas tillsammans: fler skulle inte gå att skilja åt.</translation>
    </message>
    <message>
        <source>Choose at least one journey.</source>
        <translation>Välj minst en resa.</translation>
    </message>
    <message>
        <source>no emotions yet</source>
        <translation>inga känslor än</translation>
    </message>
</context>
<context>
    <name>CurvesOverlayDialog</name>
    <message>
        <source>Emotion Curves Together</source>
        <translation>Känslokurvor tillsammans</translation>
    </message>
    <message>
        <source>Journeys to compare</source>
        <translation>Resor att jämföra</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Spara som PDF…</translation>
    </message>
    <message>
        <source>The chart on a landscape A3 page, for the wall</source>
        <translation>Diagrammet på en liggande A3-sida, för väggen</translation>
    </message>
    <message>
        <source>Journeys (at most {0}):</source>
        <translation>Resor (högst {0}):</translation>
    </message>
    <message>
        <source>Emotion curves</source>
        <translation>Känslokurvor</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Spara som PDF</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Exporten misslyckades</translation>
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
        <translation>Duplicera {0} kort</translation>
    </message>
    <message>
        <source>Deleted stage &apos;{0}&apos;.</source>
        <translation>Tog bort fasen &apos;{0}&apos;.</translation>
    </message>
    <message>
        <source>Deleted stage &apos;{0}&apos; and its card.</source>
        <translation>Tog bort fasen &apos;{0}&apos; och dess kort.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted stage &apos;{0}&apos; and its %n cards.</source>
        <translation>
            <numerusform>Tog bort fasen &apos;{0}&apos; och dess %n kort.</numerusform>
            <numerusform>Tog bort fasen &apos;{0}&apos; och dess %n kort.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted lane &apos;{0}&apos;.</source>
        <translation>Tog bort simbanan &apos;{0}&apos;.</translation>
    </message>
    <message>
        <source>Deleted lane &apos;{0}&apos; and its card.</source>
        <translation>Tog bort simbanan &apos;{0}&apos; och dess kort.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted lane &apos;{0}&apos; and its %n cards.</source>
        <translation>
            <numerusform>Tog bort simbanan &apos;{0}&apos; och dess %n kort.</numerusform>
            <numerusform>Tog bort simbanan &apos;{0}&apos; och dess %n kort.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select exactly two cards to connect them ({0} selected)</source>
        <translation>Markera exakt två kort för att koppla ihop dem ({0} markerade)</translation>
    </message>
    <message>
        <source>These two cards are already connected</source>
        <translation>De här två korten är redan ihopkopplade</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Ny fas</translation>
    </message>
    <message>
        <source>New lane</source>
        <translation>Ny simbana</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>&apos;{0}&apos; is not a length (examples: 10mm, 0.5in, 12pt)</source>
        <translation>&apos;{0}&apos; är ingen längd (exempel: 10mm, 0.5in, 12pt)</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a scale in percent (example: 100)</source>
        <translation>&apos;{0}&apos; är ingen skala i procent (exempel: 100)</translation>
    </message>
    <message>
        <source>The analysis questions of the method&apos;s step 7, as answered for this journey.</source>
        <translation>Analysfrågorna i metodens steg 7, som de besvarats för den här resan.</translation>
    </message>
    <message>
        <source>at {0:.0f} % the map &apos;{1}&apos; needs {2} and does not fit on {3}: fit it to the page, lower the scale, or choose a larger page or tiling</source>
        <translation>vid {0:.0f} % behöver kartan &apos;{1}&apos; {2} och får inte plats på {3}: anpassa den till sidan, sänk skalan eller välj en större sida eller delning</translation>
    </message>
    <message>
        <source>at {0:.0f} % the poster of &apos;{1}&apos; would be {2}, larger than PDF viewers open: lower the scale, fit it to a page or tile it</source>
        <translation>vid {0:.0f} % skulle affischen för &apos;{1}&apos; bli {2}, större än PDF-läsare kan öppna: sänk skalan, anpassa den till en sida eller dela upp den</translation>
    </message>
    <message>
        <source>no journey named &apos;{0}&apos; (the file has: {1})</source>
        <translation>ingen resa heter &apos;{0}&apos; (filen har: {1})</translation>
    </message>
    <message>
        <source>page size &apos;{0}&apos; is out of range: each side must be between 18 mm and 5 m</source>
        <translation>sidstorleken &apos;{0}&apos; ligger utanför intervallet: varje sida måste vara mellan 18 mm och 5 m</translation>
    </message>
    <message>
        <source>unknown orientation &apos;{0}&apos; (use portrait, landscape or auto)</source>
        <translation>okänd orientering &apos;{0}&apos; (använd portrait, landscape eller auto)</translation>
    </message>
    <message>
        <source>unknown page size &apos;{0}&apos; (use A0-A5, Letter, Legal, Tabloid, ANSI C/D/E, Arch C/D/E, or a size like 420x297mm or 11x17in)</source>
        <translation>okänd sidstorlek &apos;{0}&apos; (använd A0-A5, Letter, Legal, Tabloid, ANSI C/D/E, Arch C/D/E eller en storlek som 420x297mm eller 11x17in)</translation>
    </message>
    <message>
        <source>, or </source>
        <translation>, eller </translation>
    </message>
    <message>
        <source>1 touchpoint</source>
        <translation>1 kontaktpunkt</translation>
    </message>
    <message>
        <source>Also in: {0}</source>
        <translation>Även i: {0}</translation>
    </message>
    <message>
        <source>Baselines</source>
        <translation>Baslinjer</translation>
    </message>
    <message>
        <source>Card &quot;{0}&quot;</source>
        <translation>Kort ”{0}”</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Innehåll</translation>
    </message>
    <message>
        <source>Current state</source>
        <translation>Nuläge</translation>
    </message>
    <message>
        <source>Customer journey map: {0}</source>
        <translation>Kundresekarta: {0}</translation>
    </message>
    <message>
        <source>Date: {0}</source>
        <translation>Datum: {0}</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Avdelningar</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Direkt</translation>
    </message>
    <message>
        <source>Emotion curve</source>
        <translation>Känslokurva</translation>
    </message>
    <message>
        <source>Emotion curves</source>
        <translation>Känslokurvor</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Känsla</translation>
    </message>
    <message>
        <source>File: {0}</source>
        <translation>Fil: {0}</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flaggor</translation>
    </message>
    <message>
        <source>Frustrations</source>
        <translation>Frustrationer</translation>
    </message>
    <message>
        <source>Future state</source>
        <translation>Framtida läge</translation>
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
        <translation>Så sätter du ihop den: {0}</translation>
    </message>
    <message>
        <source>Inconsistent information</source>
        <translation>Inkonsekvent information</translation>
    </message>
    <message>
        <source>Indirect (through others)</source>
        <translation>Indirekt (via andra)</translation>
    </message>
    <message>
        <source>Journey &quot;{0}&quot;</source>
        <translation>Resa ”{0}”</translation>
    </message>
    <message>
        <source>Journeys</source>
        <translation>Resor</translation>
    </message>
    <message>
        <source>Journey Editor {0}</source>
        <translation>Journey Editor {0}</translation>
    </message>
    <message>
        <source>Key touchpoint</source>
        <translation>Nyckelkontaktpunkt</translation>
    </message>
    <message>
        <source>Lane &quot;{0}&quot;</source>
        <translation>Simbana ”{0}”</translation>
    </message>
    <message>
        <source>Lanes</source>
        <translation>Simbanor</translation>
    </message>
    <message>
        <source>Marks</source>
        <translation>Markeringar</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Behov</translation>
    </message>
    <message>
        <source>No touchpoints in this stage yet.</source>
        <translation>Inga kontaktpunkter i den här fasen än.</translation>
    </message>
    <message>
        <source>Not in any journey yet.</source>
        <translation>Finns inte i någon resa än.</translation>
    </message>
    <message>
        <source>Other questions</source>
        <translation>Andra frågor</translation>
    </message>
    <message>
        <source>Path between touchpoints</source>
        <translation>Väg mellan kontaktpunkter</translation>
    </message>
    <message>
        <source>Persona: {0}</source>
        <translation>Persona: {0}</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Personor</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planerad</translation>
    </message>
    <message>
        <source>Print at 100 % (no “fit to page”). Cut each sheet along the dashed line at its left and top edge,</source>
        <translation>Skriv ut i 100 % (ingen ”anpassa till sidan”). Skär varje ark längs den streckade linjen vid dess vänstra och övre kant,</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citat</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Avvecklad</translation>
    </message>
    <message>
        <source>Review checklist</source>
        <translation>Granskningschecklista</translation>
    </message>
    <message>
        <source>Review comments</source>
        <translation>Granskningskommentarer</translation>
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
        <translation>Fas ”{0}”</translation>
    </message>
    <message>
        <source>Stage {0}</source>
        <translation>Fas {0}</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Faser</translation>
    </message>
    <message>
        <source>This journey has no stages or lanes yet.</source>
        <translation>Den här resan har inga faser eller simbanor än.</translation>
    </message>
    <message>
        <source>This journey has no stages yet.</source>
        <translation>Den här resan har inga faser än.</translation>
    </message>
    <message>
        <source>Untitled journey</source>
        <translation>Namnlös resa</translation>
    </message>
    <message>
        <source>Untitled touchpoint</source>
        <translation>Namnlös kontaktpunkt</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Validerad</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Röster</translation>
    </message>
    <message>
        <source>Workshop handout</source>
        <translation>Workshopunderlag</translation>
    </message>
    <message>
        <source>bleed and crop marks are for a poster on one page, not for tiled sheets</source>
        <translation>utfall och skärmärken är till för en affisch på en sida, inte för delade ark</translation>
    </message>
    <message>
        <source>card text prints at {0}&#xa0;pt (smallest text {1}&#xa0;pt), under the {2}&#xa0;pt a wall poster needs</source>
        <translation>korttexten skrivs ut i {0}&#xa0;pt (minsta text {1}&#xa0;pt), under de {2}&#xa0;pt som en väggaffisch behöver</translation>
    </message>
    <message>
        <source>choose {0} ({1}&#xa0;pt)</source>
        <translation>välj {0} ({1}&#xa0;pt)</translation>
    </message>
    <message>
        <source>split it into {0} posters ({1}&#xa0;pt)</source>
        <translation>dela upp den i {0} affischer ({1}&#xa0;pt)</translation>
    </message>
    <message>
        <source>card text prints at {0:.1f}&#xa0;pt (smallest text {1:.1f}&#xa0;pt), under the {2:g}&#xa0;pt a wall poster needs</source>
        <translation type="vanished">korttexten skrivs ut i {0:.1f}&#xa0;pt (minsta text {1:.1f}&#xa0;pt), under de {2:g}&#xa0;pt som en väggaffisch behöver</translation>
    </message>
    <message>
        <source>choose {0} ({1:.1f}&#xa0;pt)</source>
        <translation type="vanished">välj {0} ({1:.1f}&#xa0;pt)</translation>
    </message>
    <message>
        <source>print it at 100&#xa0;% on tiled sheets</source>
        <translation>skriv ut den i 100&#xa0;% på delade ark</translation>
    </message>
    <message>
        <source>split it into {0} posters ({1:.1f}&#xa0;pt)</source>
        <translation type="vanished">dela upp den i {0} affischer ({1:.1f}&#xa0;pt)</translation>
    </message>
    <message>
        <source>choose {0} ({1:.1f}&#xa0;pt), or print it at 100&#xa0;% on tiled sheets</source>
        <translation type="vanished">välj {0} ({1:.1f}&#xa0;pt) eller skriv ut den i 100&#xa0;% på delade ark</translation>
    </message>
    <message>
        <source>customer journey map</source>
        <translation>kundresekarta</translation>
    </message>
    <message>
        <source>lay it over its neighbour so that the half targets meet the whole ones, and tape it from the back.</source>
        <translation>lägg det över grannarket så att halvmålen möter de hela och tejpa från baksidan.</translation>
    </message>
    <message>
        <source>page {0} of {1}</source>
        <translation>sida {0} av {1}</translation>
    </message>
    <message>
        <source>page {0}</source>
        <translation>sida {0}</translation>
    </message>
    <message>
        <source>print it at 100&#xa0;% on tiled sheets, or split it into several posters</source>
        <translation type="vanished">skriv ut den i 100&#xa0;% på delade ark eller dela upp den i flera affischer</translation>
    </message>
    <message>
        <source>the file has no journey to export</source>
        <translation>filen har ingen resa att exportera</translation>
    </message>
    <message>
        <source>the margin cannot be negative</source>
        <translation>marginalen kan inte vara negativ</translation>
    </message>
    <message>
        <source>the margins leave no room on the page</source>
        <translation>marginalerna lämnar inget utrymme på sidan</translation>
    </message>
    <message>
        <source>the overlap must be between 0 and {0:.0f} mm on this paper</source>
        <translation>överlappningen måste vara mellan 0 och {0:.0f} mm på det här papperet</translation>
    </message>
    <message>
        <source>the scale must be between 1 % and 1000 %</source>
        <translation>skalan måste vara mellan 1 % och 1000 %</translation>
    </message>
    <message>
        <source>very negative</source>
        <translation>mycket negativ</translation>
    </message>
    <message>
        <source>very positive</source>
        <translation>mycket positiv</translation>
    </message>
    <message>
        <source>{0} (continued)</source>
        <translation>{0} (forts.)</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>{0} by {1}</source>
        <translation>{0} av {1}</translation>
    </message>
    <message>
        <source>{0} journeys over the same stages</source>
        <translation>{0} resor genom samma steg</translation>
    </message>
    <message>
        <source>{0} rows × {1} columns = {2} sheets, overlapping by {3:.0f} mm, numbered row by row.</source>
        <translation>{0} rader × {1} kolumner = {2} ark, med {3:.0f} mm överlappning, numrerade rad för rad.</translation>
    </message>
    <message>
        <source>{0} rows × {1} columns, {2} sheets ({3} would be blank and are left out), overlapping by {4:.0f} mm, numbered row by row.</source>
        <translation>{0} rader × {1} kolumner, {2} ark ({3} skulle vara tomma och utelämnas), med {4:.0f} mm överlappning, numrerade rad för rad.</translation>
    </message>
    <message>
        <source>{0} touchpoints</source>
        <translation>{0} kontaktpunkter</translation>
    </message>
    <message>
        <source>{0} · row {1}, column {2} · page {3} of {4}</source>
        <translation>{0} · rad {1}, kolumn {2} · sida {3} av {4}</translation>
    </message>
    <message>
        <source>{0}, {1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <source>{0}: no installed font has {1}; printed as �</source>
        <translation>{0}: inget installerat typsnitt har {1}; skrivs ut som �</translation>
    </message>
    <message>
        <source>{0} ({1}/{2}: {3} – {4})</source>
        <translation>{0} ({1}/{2}: {3} – {4})</translation>
    </message>
    <message>
        <source>the file has no persona to print</source>
        <translation>filen har ingen persona att skriva ut</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exportera</translation>
    </message>
    <message>
        <source>PDF poster</source>
        <translation>PDF-affisch</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG-bild</translation>
    </message>
    <message>
        <source>SVG image</source>
        <translation>SVG-bild</translation>
    </message>
    <message>
        <source>Persona sheets (PDF)</source>
        <translation>Personablad (PDF)</translation>
    </message>
    <message>
        <source>Emotion curves together (PDF)</source>
        <translation>Känslokurvor tillsammans (PDF)</translation>
    </message>
    <message>
        <source>This journey</source>
        <translation>Den här resan</translation>
    </message>
    <message>
        <source>All journeys</source>
        <translation>Alla resor</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisk</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Liggande</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Stående</translation>
    </message>
    <message>
        <source>Fit to the page</source>
        <translation>Anpassa till sidan</translation>
    </message>
    <message>
        <source>Tile onto sheets of</source>
        <translation>Dela upp på ark av storleken</translation>
    </message>
    <message>
        <source>Add workshop handout pages</source>
        <translation>Lägg till sidor med workshopunderlag</translation>
    </message>
    <message>
        <source>Bleed and crop marks</source>
        <translation>Utfall och skärmärken</translation>
    </message>
    <message>
        <source>For a print shop: 3 mm of bleed around the poster and marks showing where to cut. Not for tiled sheets.</source>
        <translation>För ett tryckeri: 3 mm utfall runt affischen och märken som visar var den ska skäras. Inte för delade ark.</translation>
    </message>
    <message>
        <source>Title block and legend</source>
        <translation>Titelblock och teckenförklaring</translation>
    </message>
    <message>
        <source>Warn when card text prints smaller than this: about 8 pt for a wall poster read from a step away</source>
        <translation>Varna när korttexten skrivs ut mindre än så här: cirka 8 pt för en väggaffisch som läses på ett stegs avstånd</translation>
    </message>
    <message>
        <source>Print a wide map as several posters, consecutive stages on each, every lane on all: they hang side by side</source>
        <translation>Skriv ut en bred karta som flera affischer, med på varandra följande faser på var och en och alla simbanor på alla: de hängs sida vid sida</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Journeys</source>
        <translation>Resor</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Sidstorlek</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientering</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Skala</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>Marginaler</translation>
    </message>
    <message>
        <source>Card text at least</source>
        <translation>Korttext minst</translation>
    </message>
    <message>
        <source>Posters side by side</source>
        <translation>Affischer sida vid sida</translation>
    </message>
    <message>
        <source>Tiling</source>
        <translation>Delning</translation>
    </message>
    <message>
        <source>Overlap</source>
        <translation>Överlappning</translation>
    </message>
    <message>
        <source>Handout</source>
        <translation>Underlag</translation>
    </message>
    <message>
        <source>Print shop</source>
        <translation>Tryckeri</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Upplösning</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Bild</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… och %n till</numerusform>
            <numerusform>… och %n till</numerusform>
        </translation>
    </message>
    <message>
        <source>{0:.0f} × {1:.0f} pixels</source>
        <translation>{0:.0f} × {1:.0f} pixlar</translation>
    </message>
    <message>
        <source>{0:.0f} × {1:.0f} mm at {2} %</source>
        <translation>{0:.0f} × {1:.0f} mm i {2} %</translation>
    </message>
    <message numerus="yes">
        <source>%n posters, the first shown: </source>
        <translation>
            <numerusform>%n affisch, den första visas: </numerusform>
            <numerusform>%n affischer, den första visas: </numerusform>
        </translation>
    </message>
    <message>
        <source>on {0} sheets ({1} across, {2} down) plus an assembly sheet</source>
        <translation>på {0} ark ({1} på bredden, {2} på höjden) plus ett monteringsark</translation>
    </message>
    <message>
        <source>printed on {0:.0f} × {1:.0f} mm with {2:.0f} mm bleed and crop marks</source>
        <translation>tryckt på {0:.0f} × {1:.0f} mm med {2:.0f} mm utfall och skärmärken</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportera till</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Exporten misslyckades</translation>
    </message>
</context>
<context>
    <name>ExportSheets</name>
    <message>
        <source>This map has no persona yet: add one in the Personas panel.</source>
        <translation>Kartan har ingen persona än: lägg till en i panelen Personor.</translation>
    </message>
    <message>
        <source>{0:.0f} × {1:.0f} mm, a page for each persona: {2}</source>
        <translation>{0:.0f} × {1:.0f} mm, en sida för varje persona: {2}</translation>
    </message>
    <message>
        <source>{0:.0f} × {1:.0f} mm: {2}. View &gt; Emotion Curves Together… chooses other journeys.</source>
        <translation>{0:.0f} × {1:.0f} mm: {2}. Visa &gt; Känslokurvor tillsammans… väljer andra resor.</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Open journey map</source>
        <translation>Öppna kundresekarta</translation>
    </message>
    <message>
        <source>Cannot open journey map</source>
        <translation>Kan inte öppna kundresekartan</translation>
    </message>
    <message>
        <source>Cannot reload journey map</source>
        <translation>Kan inte läsa in kundresekartan igen</translation>
    </message>
    <message>
        <source>{0} (copy)</source>
        <translation>{0} (kopia)</translation>
    </message>
    <message>
        <source>journey</source>
        <translation>resa</translation>
    </message>
    <message>
        <source>Save journey map</source>
        <translation>Spara kundresekarta</translation>
    </message>
    <message>
        <source>Cannot save journey map</source>
        <translation>Kan inte spara kundresekartan</translation>
    </message>
    <message>
        <source>{0} is being edited in another window; save under another name.</source>
        <translation>{0} redigeras i ett annat fönster; spara under ett annat namn.</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>Sparade {0}</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <source>Save the changes to this journey map before closing it?</source>
        <translation>Vill du spara ändringarna i den här kundresekartan innan den stängs?</translation>
    </message>
    <message>
        <source>Journey maps (*.journey);;All files (*)</source>
        <translation>Kundresekartor (*.journey);;Alla filer (*)</translation>
    </message>
</context>
<context>
    <name>FileErrors</name>
    <message>
        <source>the disk is full</source>
        <translation>disken är full</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>diskkvoten är förbrukad</translation>
    </message>
    <message>
        <source>the folder {folder} is on a read-only disk</source>
        <translation>mappen {folder} ligger på en skrivskyddad disk</translation>
    </message>
    <message>
        <source>no permission to write in {folder}</source>
        <translation>ingen behörighet att skriva i {folder}</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist</source>
        <translation>mappen {folder} finns inte</translation>
    </message>
    <message>
        <source>that is a folder, not a file</source>
        <translation>det är en mapp, inte en fil</translation>
    </message>
    <message>
        <source>{0}; nothing was written</source>
        <translation>{0}; ingenting skrevs</translation>
    </message>
    <message>
        <source>the file is write-protected</source>
        <translation>filen är skrivskyddad</translation>
    </message>
    <message>
        <source>the file belongs to {0}, and saving over it would make you its owner</source>
        <translation>filen tillhör {0}, och om du sparar över den blir du dess ägare</translation>
    </message>
    <message>
        <source>another user</source>
        <translation>en annan användare</translation>
    </message>
    <message>
        <source>another revision is already named &apos;{0}&apos;</source>
        <translation>en annan revision heter redan &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>refers to a picture &apos;{0}…&apos; that is not in the file&apos;s images</source>
        <translation>hänvisar till en bild &apos;{0}…&apos; som inte finns bland filens bilder</translation>
    </message>
    <message>
        <source>refers to a {0} &apos;{1}&apos; that does not exist</source>
        <translation>hänvisar till {0} &apos;{1}&apos; som inte finns</translation>
    </message>
    <message>
        <source>the id &apos;{0}&apos; is used twice</source>
        <translation>id:t &apos;{0}&apos; används två gånger</translation>
    </message>
    <message>
        <source>this is not a journey map (its format is &apos;{0}&apos;)</source>
        <translation>detta är ingen kundresekarta (dess format är &apos;{0}&apos;)</translation>
    </message>
    <message>
        <source> (allowed: {0})</source>
        <translation> (tillåtet: {0})</translation>
    </message>
    <message>
        <source> or </source>
        <translation> eller </translation>
    </message>
    <message>
        <source>a baseline needs both a name and a copy of the map (snapshot)</source>
        <translation>en baslinje behöver både ett namn och en kopia av kartan (snapshot)</translation>
    </message>
    <message>
        <source>a photo needs its type (image/png or image/jpeg)</source>
        <translation type="vanished">ett foto behöver sin typ (image/png eller image/jpeg)</translation>
    </message>
    <message>
        <source>another revision keeps the same copy of the map</source>
        <translation>en annan revision sparar samma kopia av kartan</translation>
    </message>
    <message>
        <source>cannot be read: {0}</source>
        <translation>kan inte läsas: {0}</translation>
    </message>
    <message>
        <source>cards</source>
        <translation>kort</translation>
    </message>
    <message>
        <source>connections</source>
        <translation>kopplingar</translation>
    </message>
    <message>
        <source>connects a card to itself</source>
        <translation>kopplar ett kort till sig självt</translation>
    </message>
    <message>
        <source>entries (stages, lanes, checklist answers, evidence, metrics, comments and votes)</source>
        <translation>poster (faser, simbanor, checklistsvar, belägg, mätvärden, kommentarer och röster)</translation>
    </message>
    <message>
        <source>expected {0}, found {1}</source>
        <translation>väntade {0}, hittade {1}</translation>
    </message>
    <message>
        <source>format version {0} is too old to read</source>
        <translation>formatversion {0} är för gammal för att läsas</translation>
    </message>
    <message>
        <source>has a key in the wrong form</source>
        <translation>har en nyckel i fel form</translation>
    </message>
    <message>
        <source>line {0}, column {1}</source>
        <translation>rad {0}, kolumn {1}</translation>
    </message>
    <message>
        <source>made with a newer Journey Editor (format version {0}; this one reads up to {1}): please update Journey Editor</source>
        <translation>skapad med en nyare Journey Editor (formatversion {0}; den här läser upp till {1}): uppdatera Journey Editor</translation>
    </message>
    <message>
        <source>no named revision keeps this copy of the map</source>
        <translation>ingen namngiven revision sparar den här kopian av kartan</translation>
    </message>
    <message>
        <source>no permission to read the file</source>
        <translation>ingen behörighet att läsa filen</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>filen finns inte</translation>
    </message>
    <message>
        <source>not saved: the file would not open again ({0}{1})</source>
        <translation>inte sparad: filen skulle inte gå att öppna igen ({0}{1})</translation>
    </message>
    <message>
        <source>not saved: the map would take {0:.1f} MB, and a map file may hold at most {1:.1f} MB</source>
        <translation>inte sparad: kartan skulle ta {0:.1f} MB, och en kartfil får vara högst {1:.1f} MB</translation>
    </message>
    <message>
        <source>that is not a regular file</source>
        <translation>det är ingen vanlig fil</translation>
    </message>
    <message>
        <source>the data is nested too deeply</source>
        <translation>data är för djupt nästlade</translation>
    </message>
    <message>
        <source>the file ends too early (it may be cut off)</source>
        <translation>filen tar slut för tidigt (den kan vara avkortad)</translation>
    </message>
    <message>
        <source>the file holds {0:,} {1}; a file may hold at most {2:,}</source>
        <translation>filen innehåller {0:,} {1}; en fil får innehålla högst {2:,}</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>filen är tom</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text</source>
        <translation>filen är ingen UTF-8-text</translation>
    </message>
    <message>
        <source>the file is too large ({0} MB; the limit is {1} MB)</source>
        <translation>filen är för stor ({0} MB; gränsen är {1} MB)</translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation>filen är för stor</translation>
    </message>
    <message>
        <source>the format version is missing</source>
        <translation>formatversionen saknas</translation>
    </message>
    <message>
        <source>the format version must be a whole number, found {0}</source>
        <translation>formatversionen måste vara ett heltal, hittade {0}</translation>
    </message>
    <message>
        <source>the map could not be written: {0}</source>
        <translation>kartan kunde inte skrivas: {0}</translation>
    </message>
    <message>
        <source>the photo is not a valid {0} image</source>
        <translation type="vanished">fotot är ingen giltig {0}-bild</translation>
    </message>
    <message>
        <source>the picture {0} does not match its key: its data was changed or damaged</source>
        <translation>bilden {0} stämmer inte med sin nyckel: dess data har ändrats eller skadats</translation>
    </message>
    <message>
        <source>the picture {0} has no readable size in its header</source>
        <translation>bilden {0} har ingen läsbar storlek i sitt huvud</translation>
    </message>
    <message>
        <source>the picture {0} is cut short (its end is missing)</source>
        <translation>bilden {0} är avkortad (slutet saknas)</translation>
    </message>
    <message>
        <source>the picture {0} is not a {1} image</source>
        <translation>bilden {0} är inte en {1}-bild</translation>
    </message>
    <message>
        <source>the picture {0} is {1} x {2} pixels, but its entry says {3} x {4}</source>
        <translation>bilden {0} är {1} x {2} pixlar, men dess post säger {3} x {4}</translation>
    </message>
    <message>
        <source>this is a binary file, not a journey map</source>
        <translation>detta är en binärfil, inte en kundresekarta</translation>
    </message>
    <message>
        <source>this is not a journey map (no Journey Editor data in it)</source>
        <translation>detta är ingen kundresekarta (den innehåller inga Journey Editor-data)</translation>
    </message>
    <message>
        <source>this is not a journey map (the format marker is missing)</source>
        <translation>detta är ingen kundresekarta (formatmarkören saknas)</translation>
    </message>
    <message>
        <source>this is not valid JSON here</source>
        <translation>detta är ingen giltig JSON här</translation>
    </message>
    <message>
        <source>this is text in {0}; save it as UTF-8</source>
        <translation>detta är text i {0}; spara den som UTF-8</translation>
    </message>
    <message>
        <source>this is {0}, not a journey map</source>
        <translation>detta är {0}, inte en kundresekarta</translation>
    </message>
    <message>
        <source>this older file is damaged and cannot be upgraded</source>
        <translation>den här äldre filen är skadad och kan inte uppgraderas</translation>
    </message>
    <message>
        <source>unexpected text after the end of the data</source>
        <translation>oväntad text efter slutet av data</translation>
    </message>
    <message>
        <source>{0} is not allowed here</source>
        <translation>{0} är inte tillåtet här</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>ett heltal</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>ett tal</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>sant eller falskt</translation>
    </message>
    <message>
        <source>nothing (null)</source>
        <translation>ingenting (null)</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>en lista</translation>
    </message>
    <message>
        <source>a group of fields</source>
        <translation>en grupp av fält</translation>
    </message>
    <message>
        <source>base64 data</source>
        <translation>base64-data</translation>
    </message>
    <message>
        <source>has an unknown field &apos;{0}&apos; (a newer Journey Editor may have written it: update to open this file)</source>
        <translation>har ett okänt fält &apos;{0}&apos; (en nyare Journey Editor kan ha skrivit det: uppdatera för att öppna filen)</translation>
    </message>
    <message>
        <source>a ZIP archive (or an Office document)</source>
        <translation>ett ZIP-arkiv (eller ett Office-dokument)</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>en PNG-bild</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>en JPEG-bild</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>en GIF-bild</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>ett PDF-dokument</translation>
    </message>
    <message>
        <source>a compressed (gzip) file</source>
        <translation>en komprimerad fil (gzip)</translation>
    </message>
    <message>
        <source>a program</source>
        <translation>ett program</translation>
    </message>
    <message>
        <source>is too long (at most {1} items or characters)</source>
        <translation>är för lång (högst {1} element eller tecken)</translation>
    </message>
    <message>
        <source>is too short (at least {1} items or characters)</source>
        <translation>är för kort (minst {1} element eller tecken)</translation>
    </message>
    <message>
        <source>has a value in the wrong form</source>
        <translation>har ett värde i fel form</translation>
    </message>
    <message>
        <source>must be at most {1}</source>
        <translation>får vara högst {1}</translation>
    </message>
    <message>
        <source>must be at least {1}</source>
        <translation>måste vara minst {1}</translation>
    </message>
    <message>
        <source>is a number too large to use</source>
        <translation>är ett för stort tal för att användas</translation>
    </message>
    <message>
        <source>the required field &apos;{0}&apos; is missing</source>
        <translation>det obligatoriska fältet &apos;{0}&apos; saknas</translation>
    </message>
    <message>
        <source>has an unknown field &apos;{0}&apos;</source>
        <translation type="vanished">har ett okänt fält &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>is not a valid {0} (write it as 2026-10-01)</source>
        <translation>är inte ett giltigt {0} (skriv det som 2026-10-01)</translation>
    </message>
    <message>
        <source>is not valid base64 data</source>
        <translation>är inte giltiga base64-data</translation>
    </message>
    <message>
        <source>persona</source>
        <translation>persona</translation>
    </message>
    <message>
        <source>journey</source>
        <translation>resa</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>fas</translation>
    </message>
    <message>
        <source>lane</source>
        <translation>simbana</translation>
    </message>
    <message>
        <source>card</source>
        <translation>kort</translation>
    </message>
    <message>
        <source>copy of the map</source>
        <translation>kopia av kartan</translation>
    </message>
    <message>
        <source>the photo of persona &apos;{0}&apos; is damaged or too large for this version and was left out</source>
        <translation>fotot av personan &apos;{0}&apos; är skadat eller för stort för den här versionen och utelämnades</translation>
    </message>
</context>
<context>
    <name>FileFormat</name>
    <message>
        <source>Marks the file as a Journey Editor map.</source>
        <translation>Markerar filen som en karta från Journey Editor.</translation>
    </message>
    <message>
        <source>The format version the file is written in.</source>
        <translation>Formatversionen som filen är skriven i.</translation>
    </message>
    <message>
        <source>The map&apos;s title.</source>
        <translation>Kartans titel.</translation>
    </message>
    <message>
        <source>The people the journeys are about: name, segment, goals, needs, frustrations, quote and photo.</source>
        <translation>Personerna som resorna handlar om: namn, segment, mål, behov, frustrationer, citat och foto.</translation>
    </message>
    <message>
        <source>The journey maps: stages, lanes, cards, connections, the review checklist and dot voting.</source>
        <translation>Resekartorna: faser, simbanor, kort, kopplingar, granskningens checklista och prickröstningen.</translation>
    </message>
    <message>
        <source>The revision log: when, by whom and what changed, one entry per save with a summary.</source>
        <translation>Revisionsloggen: när, av vem och vad som ändrades, en post per sparande med en sammanfattning.</translation>
    </message>
    <message>
        <source>What a merge of two versions of the map could not decide, until someone picks a side; left out when there is none.</source>
        <translation>Det som en sammanslagning av två versioner av kartan inte kunde avgöra, tills någon väljer sida; utelämnas när det inte finns något.</translation>
    </message>
    <message>
        <source>The named revisions&apos; (baselines&apos;) copies of the journeys, to compare the map with later; left out when there is none.</source>
        <translation>De namngivna revisionernas (baslinjernas) kopior av resorna, att jämföra kartan med senare; utelämnas när det inte finns några.</translation>
    </message>
    <message>
        <source>The pictures on cards and the personas&apos; photos, once each, by the SHA-256 of their bytes (a card&apos;s or persona&apos;s picture key): PNG or JPEG as base64, with their size in pixels; only those a card or persona shows; left out when there is none.</source>
        <translation>Bilderna på korten och personornas foton, en gång var, efter SHA-256 av sina byte (ett korts eller en personas bildnyckel): PNG eller JPEG som base64, med sin storlek i pixlar; bara de som ett kort eller en persona visar; utelämnas när det inte finns några.</translation>
    </message>
    <message>
        <source>The pictures on cards, once each, by the SHA-256 of their bytes (a card&apos;s picture key): PNG or JPEG as base64, with their size in pixels; only those a card shows; left out when there is none.</source>
        <translation type="vanished">Bilderna på korten, en gång var, efter SHA-256 av sina byte (ett korts bildnyckel): PNG eller JPEG som base64, med sin storlek i pixlar; bara de som ett kort visar; utelämnas när det inte finns några.</translation>
    </message>
    <message>
        <source>A file holds at most {0} MB, {1} journeys, {2} cards and as many connections in all its journeys together ({3} of each in one journey), and {4} entries: stages, lanes, checklist answers, and the cards&apos; evidence, metrics, comments and votes.</source>
        <translation>En fil rymmer högst {0} MB, {1} resor, {2} kort och lika många kopplingar i alla sina resor tillsammans ({3} av varje i en resa), och {4} poster: faser, simbanor, svar i checklistan samt kortens belägg, mätvärden, kommentarer och röster.</translation>
    </message>
    <message>
        <source>A name holds at most {0} characters, a longer text {1}, a list {2} entries, and a persona&apos;s photo {3} KB.</source>
        <translation type="vanished">Ett namn rymmer högst {0} tecken, en längre text {1}, en lista {2} poster och en personas foto {3} kB.</translation>
    </message>
    <message>
        <source>A name holds at most {0} characters, a longer text {1}, a list {2} entries, and a picture (on a card, or a persona&apos;s photo) {3} KB.</source>
        <translation>Ett namn rymmer högst {0} tecken, en längre text {1}, en lista {2} poster och en bild (på ett kort eller en personas foto) {3} kB.</translation>
    </message>
    <message>
        <source>Each object and its keys, the required ones in bold; the schema gives each key&apos;s type, range and default.</source>
        <translation>Varje objekt och dess nycklar, de obligatoriska i fetstil; schemat anger varje nyckels typ, intervall och standardvärde.</translation>
    </message>
    <message>
        <source>A .journey file is one workspace of journey maps as JSON text in UTF-8, indented so that version control shows small differences. This page is made from the JSON Schema that describes the format, installed with the editor:</source>
        <translation>En .journey-fil är en arbetsyta med resekartor som JSON-text i UTF-8, indragen så att versionshantering visar små skillnader. Den här sidan är gjord utifrån det JSON-schema som beskriver formatet och som installeras med redigeraren:</translation>
    </message>
    <message>
        <source>An id is text of {0} to {1} characters that never changes when a name does, so that references hold and a version control diff stays small. Personas and journeys are unique in the file, the others in their journey.</source>
        <translation>Ett id är text på {0} till {1} tecken som aldrig ändras när ett namn ändras, så att referenserna håller och en diff i versionshanteringen förblir liten. Personor och resor är unika i filen, de andra i sin resa.</translation>
    </message>
    <message>
        <source>Ids and references</source>
        <translation>Id och referenser</translation>
    </message>
    <message>
        <source>Its identifier: {0}</source>
        <translation>Dess identifierare: {0}</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Nyckel</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Gränser</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>The editor refuses a file whose references lead nowhere:</source>
        <translation>Redigeraren vägrar öppna en fil vars referenser inte leder någonstans:</translation>
    </message>
    <message>
        <source>These objects carry an id: {0}.</source>
        <translation>Dessa objekt har ett id: {0}.</translation>
    </message>
    <message>
        <source>This editor writes format version {0} and reads versions {1} to {0}. An older file is upgraded step by step as it opens; the file itself changes only when you save, and the save keeps the previous file beside it as a .bak. A file from a newer Journey Editor is not opened: the message names its version, and the file stays as it is.</source>
        <translation>Den här redigeraren skriver formatversion {0} och läser version {1} till {0}. En äldre fil uppgraderas steg för steg när den öppnas; själva filen ändras först när du sparar, och sparandet behåller den tidigare filen bredvid som .bak. En fil från en nyare Journey Editor öppnas inte: meddelandet anger dess version, och filen lämnas som den är.</translation>
    </message>
    <message>
        <source>Top-level keys</source>
        <translation>Nycklar på översta nivån</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Versions and upgrades</source>
        <translation>Versioner och uppgraderingar</translation>
    </message>
    <message>
        <source>What it holds</source>
        <translation>Vad den rymmer</translation>
    </message>
    <message>
        <source>list of {0}</source>
        <translation>lista med {0}</translation>
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
        <translation>text på högst {0} tecken</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>sant eller falskt</translation>
    </message>
    <message>
        <source>whole number</source>
        <translation>heltal</translation>
    </message>
    <message>
        <source>{0}, at most {1}</source>
        <translation>{0}, högst {1}</translation>
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
        <translation>En redigering misslyckades</translation>
    </message>
    <message>
        <source>Cannot save journey map</source>
        <translation>Kan inte spara kundresekartan</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Spara som…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>Filen har ändrats på disken</translation>
    </message>
    <message>
        <source>{0} changed on disk since you opened or last saved it (another computer or a sync client may have written it). Overwriting it loses those changes.</source>
        <translation>{0} har ändrats på disken sedan du öppnade eller senast sparade den (en annan dator eller en synkroniseringstjänst kan ha skrivit den). Om du skriver över den går de ändringarna förlorade.</translation>
    </message>
    <message>
        <source>Overwrite</source>
        <translation>Skriv över</translation>
    </message>
    <message>
        <source>{0} changed on disk; saving will ask before overwriting it</source>
        <translation>{0} har ändrats på disken; när du sparar får du frågan innan den skrivs över</translation>
    </message>
    <message>
        <source>{0} changed on disk. Reload it? You have no unsaved changes.</source>
        <translation>{0} har ändrats på disken. Vill du läsa in den igen? Du har inga osparade ändringar.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Läs in igen</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behåll</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Spara</translation>
    </message>
    <message>
        <source>Summary of this revision (optional):</source>
        <translation>Sammanfattning av den här versionen (valfri):</translation>
    </message>
    <message>
        <source>Compare with Saved Version</source>
        <translation>Jämför med sparad version</translation>
    </message>
    <message>
        <source>This journey map has not been saved yet.</source>
        <translation>Den här kundresekartan har inte sparats än.</translation>
    </message>
    <message>
        <source>Cannot read the saved version</source>
        <translation>Kan inte läsa den sparade versionen</translation>
    </message>
    <message>
        <source>No changes since the last save</source>
        <translation>Inga ändringar sedan senaste sparandet</translation>
    </message>
</context>
<context>
    <name>GettingStartedDialog</name>
    <message>
        <source>Getting Started</source>
        <translation>Kom igång</translation>
    </message>
</context>
<context>
    <name>Guide</name>
    <message>
        <source>Enter each item&apos;s average score in the value column (and the date of the survey), save the sheet as CSV and bring it into the map with File &gt; Import Survey Results. Keep the column names and the touchpoint ids as they are: they tell the import which card each result belongs to.</source>
        <translation>Skriv varje frågas medelvärde i kolumnen value (och enkätens datum i date), spara bladet som CSV och hämta in det i kartan med Arkiv &gt; Importera enkätresultat. Låt kolumnnamnen och kontaktpunkternas id stå kvar som de är: de talar om för importen vilket kort varje resultat hör till.</translation>
    </message>
    <message>
        <source>no touchpoints to survey: put the journey&apos;s touchpoints in a channel lane first</source>
        <translation>inga kontaktpunkter att fråga om: lägg resans kontaktpunkter i en simbana av typen kanal först</translation>
    </message>
    <message>
        <source>save the guide as .pdf, .md or .docx, not &apos;{0}&apos;</source>
        <translation>spara guiden som .pdf, .md eller .docx, inte &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>1 = {0}, {1} = {2}</source>
        <translation>1 = {0}, {1} = {2}</translation>
    </message>
    <message>
        <source>After the purchase, at “{0}”, what did you need from us?</source>
        <translation>Vad behövde du av oss efter köpet, i ”{0}”?</translation>
    </message>
    <message>
        <source>Ask about this stage</source>
        <translation>Fråga om det här steget</translation>
    </message>
    <message>
        <source>Ask the customer to tell the experience step by step, in their own words, and take their point of view. The questions are prompts, not a script: follow what they say.</source>
        <translation>Be kunden berätta om sin upplevelse steg för steg, med egna ord, och se det ur kundens perspektiv. Frågorna är stöd, inget manus: följ det kunden berättar.</translation>
    </message>
    <message>
        <source>At “{0}”, what did you need to get done?</source>
        <translation type="vanished">Vad behövde du få gjort vid ”{0}”?</translation>
    </message>
    <message>
        <source>At “{0}”, what did you want to achieve?</source>
        <translation type="vanished">Vad ville du uppnå vid ”{0}”?</translation>
    </message>
    <message>
        <source>At “{0}”, what did you want to get done?</source>
        <translation type="vanished">Vad ville du få ordnat vid ”{0}”?</translation>
    </message>
    <message>
        <source>At “{0}”, what had you settled on already, and what was still open?</source>
        <translation type="vanished">Vid ”{0}”: vad hade du redan bestämt dig för, och vad var fortfarande öppet?</translation>
    </message>
    <message>
        <source>By the time you got to “{0}”, what did you already know, and what did you still need to find out?</source>
        <translation>När du kom till ”{0}”, vad visste du redan och vad behövde du fortfarande ta reda på?</translation>
    </message>
    <message>
        <source>Closing the interview</source>
        <translation>Avsluta intervjun</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentarer</translation>
    </message>
    <message>
        <source>Customer survey</source>
        <translation>Kundenkät</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Did anyone or anything outside our company play a part (friends, reviews, social media)?</source>
        <translation>Spelade någon eller något utanför vårt företag någon roll (vänner, recensioner, sociala medier)?</translation>
    </message>
    <message>
        <source>Did it meet your expectations? What was missing, or too much?</source>
        <translation>Motsvarade det dina förväntningar? Vad saknades, och vad var överflödigt?</translation>
    </message>
    <message>
        <source>Here you would meet us through {0}. Which of them would you use, and what would you miss?</source>
        <translation type="vanished">Här skulle du kunna nå oss via {0}. Vilka av dem skulle du använda, och vad skulle du sakna?</translation>
    </message>
    <message>
        <source>How did we stay in touch after you bought, and was it welcome?</source>
        <translation>Hur höll vi kontakten med dig efter köpet, och uppskattade du det?</translation>
    </message>
    <message>
        <source>How did you feel there? Point to the scale.</source>
        <translation>Hur kändes det? Peka på skalan.</translation>
    </message>
    <message>
        <source>How easy was it to get what you needed at “{0}”?</source>
        <translation type="vanished">Hur lätt var det att få det du behövde vid ”{0}”?</translation>
    </message>
    <message>
        <source>How satisfied were you with “{0}”?</source>
        <translation>Hur nöjd var du med ”{0}”?</translation>
    </message>
    <message>
        <source>Interview guide</source>
        <translation>Intervjuguide</translation>
    </message>
    <message>
        <source>Interviewee</source>
        <translation>Intervjuperson</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Intervjuare</translation>
    </message>
    <message>
        <source>Kept the existing results sheet {0}</source>
        <translation>Behöll det befintliga resultatbladet {0}</translation>
    </message>
    <message>
        <source>Looking at the whole journey: which step did we miss, or put in the wrong order?</source>
        <translation>Om du ser på hela resan: vilket steg har vi missat eller lagt i fel ordning?</translation>
    </message>
    <message>
        <source>May we contact you again when we change this journey?</source>
        <translation>Får vi kontakta dig igen när vi ändrar den här resan?</translation>
    </message>
    <message>
        <source>No touchpoint is marked as key yet, so the survey asks about every one. Mark the key touchpoints on the map to keep it short.</source>
        <translation>Ingen kontaktpunkt är markerad som viktig ännu, så enkäten frågar om alla. Markera de viktiga kontaktpunkterna på kartan för att hålla den kort.</translation>
    </message>
    <message>
        <source>No touchpoints in this stage yet: ask where the customer met us.</source>
        <translation>Inga kontaktpunkter i det här steget ännu: fråga var kunden kom i kontakt med oss.</translation>
    </message>
    <message>
        <source>Notes on this stage</source>
        <translation>Anteckningar om steget</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Open questions from the map</source>
        <translation>Öppna frågor från kartan</translation>
    </message>
    <message>
        <source>Results sheet (for the facilitator)</source>
        <translation>Resultatblad (för facilitatorn)</translation>
    </message>
    <message>
        <source>Stage {0}</source>
        <translation>Steg {0}</translation>
    </message>
    <message>
        <source>The map assumes they expect</source>
        <translation>Enligt kartan förväntar sig kunden</translation>
    </message>
    <message>
        <source>The map assumes they feel</source>
        <translation>Enligt kartan känner sig kunden</translation>
    </message>
    <message>
        <source>Think of your last experience with us. For each moment below, tick one box per question.</source>
        <translation>Tänk tillbaka på din senaste kontakt med oss. Kryssa i en ruta per fråga för varje tillfälle nedan.</translation>
    </message>
    <message>
        <source>This journey has no stages yet.</source>
        <translation>Resan har inga steg ännu.</translation>
    </message>
    <message>
        <source>This journey has no touchpoints yet.</source>
        <translation type="vanished">Resan har inga kontaktpunkter ännu.</translation>
    </message>
    <message>
        <source>How do you think you would feel there? Point to the scale.</source>
        <translation>Hur tror du att det skulle kännas? Peka på skalan.</translation>
    </message>
    <message>
        <source>How easy was it to get done what you wanted through “{0}”?</source>
        <translation type="vanished">Hur lätt var det att göra det du ville via ”{0}”?</translation>
    </message>
    <message>
        <source>How easy was it to do what you wanted through “{0}”?</source>
        <translation>Hur lätt var det att göra det du ville via ”{0}”?</translation>
    </message>
    <message>
        <source>If you had a question or a problem, where would you turn, and how?</source>
        <translation>Om du hade en fråga eller ett problem, vart skulle du vända dig, och hur?</translation>
    </message>
    <message>
        <source>Imagine you are at “{0}”. What would you want to get done here?</source>
        <translation type="vanished">Föreställ dig att du är vid ”{0}”. Vad skulle du vilja få ordnat här?</translation>
    </message>
    <message>
        <source>Later on, at “{0}”, what mattered most to you?</source>
        <translation>Vad var viktigast för dig längre fram, i ”{0}”?</translation>
    </message>
    <message>
        <source>Next comes “{0}”. What would you expect to happen here?</source>
        <translation type="vanished">Sedan kommer ”{0}”. Vad skulle du vänta dig här?</translation>
    </message>
    <message>
        <source>On the map (not to read out)</source>
        <translation>På kartan (läses inte upp)</translation>
    </message>
    <message>
        <source>There are {0} key touchpoints, too many for one guide: it asks about {1} of them, the first of each stage.</source>
        <translation>Det finns {0} viktiga kontaktpunkter, för många för en guide: den frågar om {1} av dem, de första i varje steg.</translation>
    </message>
    <message>
        <source>There are {0} touchpoints, too many for one guide: it asks about {1} of them, the first of each stage. Mark the key touchpoints on the map to choose them.</source>
        <translation>Det finns {0} kontaktpunkter, för många för en guide: den frågar om {1} av dem, de första i varje steg. Markera de viktiga kontaktpunkterna på kartan för att välja själv.</translation>
    </message>
    <message>
        <source>This journey is a future state: the guide tests the idea with the customer (“what would you…”) instead of asking what happened.</source>
        <translation>Resan är ett framtida läge: guiden prövar idén med kunden (”vad skulle du …”) i stället för att fråga vad som hände.</translation>
    </message>
    <message>
        <source>This map has {0} touchpoints, too many for one interview: the guide asks about its {1} key touchpoints only.</source>
        <translation>Kartan har {0} kontaktpunkter, för många för en intervju: guiden frågar bara om de {1} viktiga kontaktpunkterna.</translation>
    </message>
    <message>
        <source>This map shows a journey that does not exist yet. Describe or show each stage, then ask how the customer would act and feel there: the questions test the idea, they do not ask for memories.</source>
        <translation>Kartan visar en resa som inte finns ännu. Beskriv eller visa varje steg och fråga sedan hur kunden skulle göra och känna sig där: frågorna prövar idén, de frågar inte efter minnen.</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Kontaktpunkter</translation>
    </message>
    <message>
        <source>Was there a moment here when you needed help from us? What happened?</source>
        <translation>Behövde du hjälp av oss någon gång här? Vad hände då?</translation>
    </message>
    <message>
        <source>What did you expect from “{0}”?</source>
        <translation>Vad förväntade du dig av ”{0}”?</translation>
    </message>
    <message>
        <source>What did you notice of us here, and what was missing?</source>
        <translation>Vad märkte du av oss här, och vad saknade du?</translation>
    </message>
    <message>
        <source>What did you read or hear about us here, and from whom?</source>
        <translation>Vad läste eller hörde du om oss här, och från vem?</translation>
    </message>
    <message>
        <source>What did you see or hear of us at this point, and what stayed with you?</source>
        <translation>Vad såg eller hörde du från oss här, och vad minns du mest?</translation>
    </message>
    <message>
        <source>What made you decide to buy, and what nearly stopped you?</source>
        <translation>Vad fick dig att till slut köpa, och vad fick dig att tveka?</translation>
    </message>
    <message>
        <source>What made you decide to go on to the next step?</source>
        <translation>Vad fick dig att gå vidare till nästa steg?</translation>
    </message>
    <message>
        <source>What made you decide to look closer, or to look elsewhere?</source>
        <translation>Vad fick dig att titta närmare, eller att leta någon annanstans?</translation>
    </message>
    <message>
        <source>What made you move on from here to “{0}”, and what nearly held you back?</source>
        <translation type="vanished">Vad fick dig att gå vidare härifrån till ”{0}”, och vad var nära att hålla dig tillbaka?</translation>
    </message>
    <message>
        <source>What surprised or pleased you, and what annoyed you or got in your way?</source>
        <translation>Vad överraskade eller gladde dig, och vad irriterade dig eller ställde till det?</translation>
    </message>
    <message>
        <source>What will decide whether you buy from us again or recommend us?</source>
        <translation>Vad avgör om du köper av oss igen eller rekommenderar oss?</translation>
    </message>
    <message>
        <source>What would have to be there for it to work for you, and what would be too much?</source>
        <translation>Vad skulle behövas för att det ska fungera för dig, och vad vore överflödigt?</translation>
    </message>
    <message>
        <source>What would make this step better than today, and what would worry you?</source>
        <translation type="vanished">Vad skulle göra det här steget bättre än i dag, och vad skulle du vara orolig för?</translation>
    </message>
    <message>
        <source>What would make you move on to “{0}”, and what could hold you back?</source>
        <translation type="vanished">Vad skulle få dig att gå vidare till ”{0}”, och vad skulle kunna hålla dig tillbaka?</translation>
    </message>
    <message>
        <source>What would please you, and what would put you off?</source>
        <translation>Vad skulle du uppskatta, och vad skulle få dig att tappa intresset?</translation>
    </message>
    <message>
        <source>What would you expect from “{0}”?</source>
        <translation>Vad skulle du förvänta dig av ”{0}”?</translation>
    </message>
    <message>
        <source>What would you want from us at this point, and what would you rather do yourself?</source>
        <translation>Vad skulle du vilja ha hjälp med av oss här, och vad skulle du hellre göra själv?</translation>
    </message>
    <message>
        <source>When did you last hear from us, and did it help or get in the way?</source>
        <translation>När hörde du av oss senast, och var det till hjälp eller mest i vägen?</translation>
    </message>
    <message>
        <source>When you got to “{0}”, what did you want to achieve next?</source>
        <translation>Vad ville du uppnå sedan, när du kom till ”{0}”?</translation>
    </message>
    <message>
        <source>When you had a question or a problem, where did you turn, and how?</source>
        <translation>När du hade en fråga eller ett problem, vart vände du dig, och hur?</translation>
    </message>
    <message>
        <source>When you reached “{0}”, what problem did you want to solve?</source>
        <translation type="vanished">När du kom till ”{0}”, vilket problem ville du lösa?</translation>
    </message>
    <message>
        <source>After the purchase, at the “{0}” stage, what did you need from us?</source>
        <translation>Vad behövde du av oss efter köpet, i steget ”{0}”?</translation>
    </message>
    <message>
        <source>At the “{0}” stage, what had you already settled on, and what was still open?</source>
        <translation>Vad hade du redan bestämt dig för i steget ”{0}”, och vad återstod att avgöra?</translation>
    </message>
    <message>
        <source>At the “{0}” stage, what problem were you trying to solve?</source>
        <translation>Vilket problem försökte du lösa i steget ”{0}”?</translation>
    </message>
    <message>
        <source>At this stage you could reach us through {0}. Which did you use, and why that one?</source>
        <translation type="vanished">I det här steget kunde du nå oss via {0}. Vilken väg valde du, och varför just den?</translation>
    </message>
    <message>
        <source>At this stage you could reach us through {0}. Which would you choose, and why?</source>
        <translation type="vanished">I det här steget skulle du kunna nå oss via {0}. Vilken väg skulle du välja, och varför?</translation>
    </message>
    <message>
        <source>At this stage you could find us through {0}. Which did you use, and why that one?</source>
        <translation>I det här steget kunde du hitta oss via {0}. Vilken väg valde du, och varför just den?</translation>
    </message>
    <message>
        <source>At this stage you could find us through {0}. Which would you choose, and why?</source>
        <translation>I det här steget skulle du kunna hitta oss via {0}. Vilken väg skulle du välja, och varför?</translation>
    </message>
    <message>
        <source>At “{0}”, what had you already settled on, and what was still open?</source>
        <translation>Vad hade du redan bestämt dig för i ”{0}”, och vad återstod att avgöra?</translation>
    </message>
    <message>
        <source>At “{0}”, what problem were you trying to solve?</source>
        <translation>Vilket problem försökte du lösa i ”{0}”?</translation>
    </message>
    <message>
        <source>By the time you got to the “{0}” stage, what did you already know, and what did you still need to find out?</source>
        <translation>När du kom till steget ”{0}”, vad visste du redan och vad behövde du fortfarande ta reda på?</translation>
    </message>
    <message>
        <source>During the “{0}” stage, what did you want to get done?</source>
        <translation>Vad ville du få gjort under steget ”{0}”?</translation>
    </message>
    <message>
        <source>During “{0}”, what did you want to get done?</source>
        <translation>Vad ville du få gjort under ”{0}”?</translation>
    </message>
    <message>
        <source>Here you might have come across us through {0}. Which of them did you notice or use, and what else did you turn to?</source>
        <translation>Här kan du ha stött på oss via {0}. Vilka av dem lade du märke till eller använde, och vart mer vände du dig?</translation>
    </message>
    <message>
        <source>Here you would come across us through {0}. Which of them would you use, and what would you miss?</source>
        <translation>Här skulle du stöta på oss via {0}. Vilka av dem skulle du använda, och vad skulle du sakna?</translation>
    </message>
    <message>
        <source>How easy do you think it would be to do what you want through “{0}”?</source>
        <translation>Hur lätt tror du att det skulle vara att göra det du vill via ”{0}”?</translation>
    </message>
    <message>
        <source>How much would “{0}” help you?</source>
        <translation>Hur mycket skulle ”{0}” hjälpa dig?</translation>
    </message>
    <message>
        <source>Imagine the moments below as we plan them. For each one, tick one box per question.</source>
        <translation>Föreställ dig tillfällena nedan så som vi planerar dem. Kryssa i en ruta per fråga för varje tillfälle.</translation>
    </message>
    <message>
        <source>Imagine you have reached the “{0}” stage. What would you want to get done?</source>
        <translation>Föreställ dig att du har kommit till steget ”{0}”. Vad skulle du vilja få gjort?</translation>
    </message>
    <message>
        <source>Imagine you have reached “{0}”. What would you want to get done?</source>
        <translation>Föreställ dig att du har kommit till ”{0}”. Vad skulle du vilja få gjort?</translation>
    </message>
    <message>
        <source>In the “{0}” stage, what were you hoping to achieve?</source>
        <translation>Vad hoppades du uppnå i steget ”{0}”?</translation>
    </message>
    <message>
        <source>In “{0}”, what were you hoping to achieve?</source>
        <translation>Vad hoppades du uppnå i ”{0}”?</translation>
    </message>
    <message>
        <source>Later on, at the “{0}” stage, what mattered most to you?</source>
        <translation>Vad var viktigast för dig längre fram, i steget ”{0}”?</translation>
    </message>
    <message>
        <source>Next comes the “{0}” stage. What would you expect to happen?</source>
        <translation>Sedan kommer steget ”{0}”. Vad skulle du förvänta dig ska hända där?</translation>
    </message>
    <message>
        <source>Next comes “{0}”. What would you expect to happen?</source>
        <translation>Sedan kommer ”{0}”. Vad skulle du förvänta dig ska hända där?</translation>
    </message>
    <message>
        <source>There are {0} key touchpoints in {2} stages, too many for one guide: it asks about one in each of {1} stages spread over the journey and leaves out the other {3}.</source>
        <translation>Det finns {0} viktiga kontaktpunkter i {2} steg, för många för en guide: den frågar om en i vart och ett av {1} steg utspridda över resan och utelämnar de övriga {3}.</translation>
    </message>
    <message>
        <source>There are {0} touchpoints in {2} stages, too many for one guide: it asks about one in each of {1} stages spread over the journey and leaves out the other {3}. Mark the key touchpoints on the map to choose them.</source>
        <translation>Det finns {0} kontaktpunkter i {2} steg, för många för en guide: den frågar om en i vart och ett av {1} steg utspridda över resan och utelämnar de övriga {3}. Markera de viktiga kontaktpunkterna på kartan för att välja själv.</translation>
    </message>
    <message>
        <source>This guide leaves out the touchpoints of this stage (see the note at the start): ask where the customer met us.</source>
        <translation>Guiden utelämnar kontaktpunkterna i det här steget (se noteringen i början): fråga var kunden kom i kontakt med oss.</translation>
    </message>
    <message>
        <source>This journey is a future state: the survey asks how much each moment would help and how easy it would be, instead of how it went.</source>
        <translation>Resan är ett framtida läge: enkäten frågar hur mycket varje tillfälle skulle hjälpa och hur lätt det skulle vara, i stället för hur det gick.</translation>
    </message>
    <message>
        <source>What made you move on to the next stage, “{0}”, and what almost stopped you?</source>
        <translation>Vad fick dig att gå vidare till nästa steg, ”{0}”, och fanns det något som nästan fick dig att avstå?</translation>
    </message>
    <message>
        <source>What made you move on to “{0}”, and what almost stopped you?</source>
        <translation>Vad fick dig att gå vidare till ”{0}”, och fanns det något som nästan fick dig att avstå?</translation>
    </message>
    <message>
        <source>What would make this stage better than today, and what would worry you?</source>
        <translation>Vad skulle göra det här steget bättre än i dag, och vad skulle du vara orolig för?</translation>
    </message>
    <message>
        <source>What would make you move on to the next stage, “{0}”, and what could stop you?</source>
        <translation>Vad skulle få dig att gå vidare till nästa steg, ”{0}”, och vad skulle kunna få dig att avstå?</translation>
    </message>
    <message>
        <source>What would make you move on to “{0}”, and what could stop you?</source>
        <translation>Vad skulle få dig att gå vidare till ”{0}”, och vad skulle kunna få dig att avstå?</translation>
    </message>
    <message>
        <source>When you got to the “{0}” stage, what did you want to achieve next?</source>
        <translation>Vad ville du uppnå sedan, när du kom till steget ”{0}”?</translation>
    </message>
    <message>
        <source>Where and how would you want to buy: in a store, online, by phone?</source>
        <translation>Var och hur skulle du vilja handla: i butik, på nätet, per telefon?</translation>
    </message>
    <message>
        <source>Where did you go for it, and how?</source>
        <translation>Vart vände du dig för det, och hur?</translation>
    </message>
    <message>
        <source>Where did you go to buy, and how (in a store, online, by phone)?</source>
        <translation>Var handlade du, och hur (i butik, på nätet, per telefon)?</translation>
    </message>
    <message>
        <source>Where did you look for a product or a company that could solve it, and how did you find us?</source>
        <translation>Var letade du efter en produkt eller ett företag som kunde lösa det, och hur hittade du oss?</translation>
    </message>
    <message>
        <source>Where did you turn at this point, and how did you get there?</source>
        <translation>Vart vände du dig i det här skedet, och på vilket sätt?</translation>
    </message>
    <message>
        <source>Where else did you look, and what did you find there?</source>
        <translation>Var mer letade du, och vad hittade du där?</translation>
    </message>
    <message>
        <source>Where else would you look, and what would you hope to find there?</source>
        <translation>Var mer skulle du leta, och vad skulle du hoppas hitta där?</translation>
    </message>
    <message>
        <source>Where would you look for a solution, and how would you like to find us?</source>
        <translation>Var skulle du leta efter en lösning, och hur skulle du vilja hitta oss?</translation>
    </message>
    <message>
        <source>Where would you turn at this point, and how would you get there?</source>
        <translation>Vart skulle du vända dig i det här skedet, och på vilket sätt?</translation>
    </message>
    <message>
        <source>Where would you turn for this, and how?</source>
        <translation>Vart skulle du vända dig för det här, och hur?</translation>
    </message>
    <message>
        <source>Which moment mattered most to you, and which would you change first?</source>
        <translation>Vilket ögonblick betydde mest för dig, och vilket skulle du ändra först?</translation>
    </message>
    <message>
        <source>Which moment would matter most to you, and what would you want us to get right first?</source>
        <translation>Vilket ögonblick skulle betyda mest för dig, och vad är viktigast att vi gör rätt från början?</translation>
    </message>
    <message>
        <source>Which way did you choose this time: a store, online or the phone? Why?</source>
        <translation>Vilken väg valde du den här gången: butiken, nätet eller telefonen? Varför?</translation>
    </message>
    <message>
        <source>Which way would suit you here: a store, online or the phone? Why?</source>
        <translation>Vilken väg skulle passa dig här: butiken, nätet eller telefonen? Varför?</translation>
    </message>
    <message>
        <source>Whom did you contact at this point, if anyone, and how did you reach them?</source>
        <translation>Vem kontaktade du i det här skedet, om någon, och hur nådde du dem?</translation>
    </message>
    <message>
        <source>Whom did you deal with from our side, and how did it go?</source>
        <translation>Vem hade du kontakt med hos oss, och hur gick det?</translation>
    </message>
    <message>
        <source>Whom or what did you meet from our side here, and how did it go?</source>
        <translation>Vem eller vad hos oss kom du i kontakt med här, och hur gick det?</translation>
    </message>
    <message>
        <source>Whom or what outside our company would you listen to along the way (friends, reviews, social media)?</source>
        <translation>Vem eller vad utanför vårt företag skulle du lyssna på under resans gång (vänner, recensioner, sociala medier)?</translation>
    </message>
    <message>
        <source>Whom would you want to contact at this point, and how would you reach them?</source>
        <translation>Vem skulle du vilja kontakta i det här skedet, och hur skulle du nå dem?</translation>
    </message>
    <message>
        <source>Why did you go on to the “{0}” stage next, and what nearly held you back?</source>
        <translation>Varför gick du sedan vidare till steget ”{0}”, och vad fick dig nästan att tveka?</translation>
    </message>
    <message>
        <source>Why did you go on to “{0}” next, and what nearly held you back?</source>
        <translation>Varför gick du sedan vidare till ”{0}”, och vad fick dig nästan att tveka?</translation>
    </message>
    <message>
        <source>Why would you go on to the “{0}” stage next, and what might hold you back?</source>
        <translation>Varför skulle du gå vidare till steget ”{0}”, och vad skulle kunna få dig att tveka?</translation>
    </message>
    <message>
        <source>Why would you go on to “{0}” next, and what might hold you back?</source>
        <translation>Varför skulle du gå vidare till ”{0}”, och vad skulle kunna få dig att tveka?</translation>
    </message>
    <message>
        <source>Word documents need the python-docx package; export the guide as PDF or Markdown instead</source>
        <translation>Word-dokument kräver paketet python-docx; exportera guiden som PDF eller Markdown i stället</translation>
    </message>
    <message>
        <source>Would this make you come back to us or recommend us? Why?</source>
        <translation>Skulle det här få dig att komma tillbaka till oss eller rekommendera oss? Varför?</translation>
    </message>
    <message>
        <source>Wrote {0}</source>
        <translation>Skrev {0}</translation>
    </message>
    <message>
        <source>You could meet us here through {0}. Which of them did you use, and what else did you turn to?</source>
        <translation type="vanished">Här kunde du komma i kontakt med oss via {0}. Vilka av dem använde du, och vart mer vände du dig?</translation>
    </message>
    <message>
        <source>a guide is for one journey: name it with --journey</source>
        <translation>en guide gäller en resa: ange den med --journey</translation>
    </message>
    <message>
        <source>key touchpoint</source>
        <translation>viktig kontaktpunkt</translation>
    </message>
    <message>
        <source>not at all</source>
        <translation>inte alls</translation>
    </message>
    <message>
        <source>this would replace the journey file itself</source>
        <translation>detta skulle ersätta själva kartfilen</translation>
    </message>
    <message>
        <source>very difficult</source>
        <translation>mycket svårt</translation>
    </message>
    <message>
        <source>very dissatisfied</source>
        <translation>mycket missnöjd</translation>
    </message>
    <message>
        <source>very easy</source>
        <translation>mycket lätt</translation>
    </message>
    <message>
        <source>very much</source>
        <translation>mycket</translation>
    </message>
    <message>
        <source>very satisfied</source>
        <translation>mycket nöjd</translation>
    </message>
    <message>
        <source>{0} (continued)</source>
        <translation>{0} (forts.)</translation>
    </message>
    <message>
        <source>{0} or {1}</source>
        <translation>{0} eller {1}</translation>
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
        <translation>Exportera intervjuguide</translation>
    </message>
    <message>
        <source>&amp;Interview guide: questions per stage and touchpoint, with room for notes</source>
        <translation>&amp;Intervjuguide: frågor per steg och kontaktpunkt, med plats för anteckningar</translation>
    </message>
    <message>
        <source>Customer &amp;survey: satisfaction and effort at the key touchpoints, with a results sheet</source>
        <translation>Kund&amp;enkät: nöjdhet och ansträngning vid de viktiga kontaktpunkterna, med ett resultatblad</translation>
    </message>
    <message>
        <source>PDF, to print</source>
        <translation>PDF, för utskrift</translation>
    </message>
    <message>
        <source>Word document (.docx), to adapt</source>
        <translation>Word-dokument (.docx), att anpassa</translation>
    </message>
    <message>
        <source>Markdown, for a wiki or e-mail</source>
        <translation>Markdown, för en wiki eller e-post</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xportera</translation>
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
        <translation>Resa: {0}</translation>
    </message>
    <message>
        <source>interview-guide</source>
        <comment>the end of a file name: no spaces</comment>
        <translation>intervjuguide</translation>
    </message>
    <message>
        <source>survey</source>
        <comment>the end of a file name: no spaces</comment>
        <translation>kundenkät</translation>
    </message>
    <message>
        <source>This journey has no touchpoints to survey: put them in a channel lane first.</source>
        <translation>Resan har inga kontaktpunkter att fråga om: lägg dem i en simbana av typen kanal först.</translation>
    </message>
    <message>
        <source>The results sheet is written beside it as {0}, unless one is there already: fill it in and bring it back with File &gt; Import Survey Results.</source>
        <translation>Resultatbladet sparas bredvid som {0}, om det inte redan finns ett: fyll i det och hämta tillbaka det med Arkiv &gt; Importera enkätresultat.</translation>
    </message>
    <message>
        <source>The guide is in the map&apos;s language, with the open questions of its Questions lane.</source>
        <translation>Guiden är på kartans språk, med de öppna frågorna från dess frågebana.</translation>
    </message>
    <message>
        <source>Not exported: {0}</source>
        <translation>Inte exporterad: {0}</translation>
    </message>
</context>
<context>
    <name>HeatOverlay</name>
    <message>
        <source>No card has the metric &apos;{0}&apos;</source>
        <translation>Inget kort har mätvärdet &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>Heat: {0} — red {1:g} · amber · green {2:g}; grey: no value</source>
        <translation type="vanished">Värme: {0} — röd {1:g} · gul · grön {2:g}; grå: inget värde</translation>
    </message>
    <message>
        <source>Heat: {0} — red {1} · amber · green {2}; grey: no value</source>
        <translation>Värme: {0} — röd {1} · gul · grön {2}; grå: inget värde</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Av</translation>
    </message>
    <message>
        <source>No metrics on this journey</source>
        <translation>Inga mätvärden för den här resan</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Stages and lanes</source>
        <translation type="vanished">Faser och simbanor</translation>
    </message>
    <message>
        <source>Stages are the columns: the steps the customer goes through before, during and after the purchase. Lanes are the rows: goals, touchpoints, the emotion curve, pain points, ideas and the teams behind them. Map &gt; Add Stage ({0}) and Add Lane ({1}) add one after the selected one, in its phase or zone. Drag a header to move it, its edge to resize it.</source>
        <translation type="vanished">Faserna är kolumnerna: stegen som kunden går igenom före, under och efter köpet. Simbanorna är raderna: mål, kontaktpunkter, känslokurvan, smärtpunkter, idéer och teamen bakom dem. Karta &gt; Lägg till fas ({0}) och Lägg till simbana ({1}) lägger till en efter den markerade, i dess köpfas eller zon. Dra i en rubrik för att flytta den, i dess kant för att ändra storleken.</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation type="vanished">Kort</translation>
    </message>
    <message>
        <source>Double-click an empty cell and type to add a card; Enter keeps it, Esc drops it. Add Card ({0}) does the same in the selected card&apos;s cell, or the cell you clicked last. Select a card to fill in its details in the Inspector, in a form that fits its lane. Drag cards to move them to another cell.</source>
        <translation type="vanished">Dubbelklicka i en tom cell och skriv för att lägga till ett kort; Enter behåller det, Esc kastar det. Lägg till kort ({0}) gör samma sak i det markerade kortets cell eller i cellen du klickade i senast. Markera ett kort för att fylla i dess uppgifter i Inspektören, i ett formulär som passar dess simbana. Dra korten för att flytta dem till en annan cell.</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation type="vanished">Koppla ihop</translation>
    </message>
    <message>
        <source>Drag from the handle on a card&apos;s right edge to another card to draw the customer&apos;s path, or select two cards and press {0}.</source>
        <translation type="vanished">Dra från handtaget på ett korts högra kant till ett annat kort för att rita kundens väg, eller markera två kort och tryck på {0}.</translation>
    </message>
    <message>
        <source>Workshop mode</source>
        <translation type="vanished">Workshopläge</translation>
    </message>
    <message>
        <source>{0} shows the map full screen for the projector: the arrow keys step through the stages, and participants dot-vote on the cards that matter most. Esc leaves it.</source>
        <translation type="vanished">{0} visar kartan i helskärm för projektorn: piltangenterna stegar genom faserna, och deltagarna prickröstar på de kort som betyder mest. Esc lämnar läget.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="vanished">Export</translation>
    </message>
    <message>
        <source>File &gt; Export ({0}) prints the map as a PDF poster on any page size, or tiled onto A4 or Letter sheets, and saves pictures as PNG or SVG.</source>
        <translation type="vanished">Arkiv &gt; Exportera ({0}) skriver ut kartan som en PDF-affisch i valfri sidstorlek eller uppdelad på A4- eller Letter-ark, och sparar bilder som PNG eller SVG.</translation>
    </message>
    <message>
        <source>Undo and shortcuts</source>
        <translation type="vanished">Ångra och kortkommandon</translation>
    </message>
    <message>
        <source>Every change can be undone ({0}). Help &gt; Keyboard Shortcuts ({1}) lists every key.</source>
        <translation type="vanished">Varje ändring kan ångras ({0}). Hjälp &gt; Tangentbordsgenvägar ({1}) listar alla tangenter.</translation>
    </message>
    <message>
        <source>Journey Editor {0}</source>
        <translation>Journey Editor {0}</translation>
    </message>
    <message>
        <source>Map customer journeys offline: stages, touchpoints, emotions, and posters for the wall.</source>
        <translation>Kartlägg kundresor offline: faser, kontaktpunkter, känslor och affischer för väggen.</translation>
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
        <translation>Alla kortkommandon</translation>
    </message>
    <message>
        <source>The .journey file format</source>
        <translation>Filformatet .journey</translation>
    </message>
    <message>
        <source>Start a map</source>
        <translation>Börja en karta</translation>
    </message>
    <message>
        <source>{0} offers a blank map and worked examples (a retail purchase, a B2B software service), each in English, Swedish, Danish, Finnish or Dutch, with their stages, lanes and first cards in place. {1} starts an empty map and {2} opens a .journey file. Everything stays on this computer: no account, no network.</source>
        <translation>{0} erbjuder en tom karta och genomarbetade exempel (ett köp i detaljhandeln, en B2B-programvarutjänst), vart och ett på engelska, svenska, danska, finska eller nederländska, med faser, simbanor och de första korten på plats. {1} börjar en tom karta och {2} öppnar en .journey-fil. Allt stannar på den här datorn: inget konto, inget nätverk.</translation>
    </message>
    <message>
        <source>Stages, lanes and cards</source>
        <translation>Faser, simbanor och kort</translation>
    </message>
    <message>
        <source>Stages are the columns: the steps the customer goes through before, during and after the purchase. Lanes are the rows: goals, touchpoints, the emotion curve, pain points, ideas and the teams behind them. {0} and {1} add one after the selected one; drag a header to move it, its edge to resize it. Double-click an empty cell and type to add a card: Enter keeps it, Esc drops it. {2} does the same in the cell you clicked last. Drag cards to another cell to move them.</source>
        <translation>Faserna är kolumnerna: stegen som kunden går igenom före, under och efter köpet. Simbanorna är raderna: mål, kontaktpunkter, känslokurvan, smärtpunkter, idéer och teamen bakom dem. {0} och {1} lägger till en efter den markerade; dra i en rubrik för att flytta den, i dess kant för att ändra storleken. Dubbelklicka i en tom cell och skriv för att lägga till ett kort: Enter behåller det, Esc kastar det. {2} gör samma sak i cellen du klickade i senast. Dra korten till en annan cell för att flytta dem.</translation>
    </message>
    <message>
        <source>The Inspector</source>
        <translation>Inspektören</translation>
    </message>
    <message>
        <source>Select a card, a stage or a lane and the Inspector shows its fields, in a form that fits the card&apos;s lane: a touchpoint&apos;s channel, owner and control, what the customer expects and feels, evidence and validation status. With nothing selected it shows the map&apos;s title and the journey. {0} puts the keyboard in the first field; Esc there goes back to the map.</source>
        <translation>Markera ett kort, en fas eller en simbana så visar Inspektören dess fält, i ett formulär som passar kortets simbana: en kontaktpunkts kanal, ägare och kontroll, vad kunden förväntar sig och känner, belägg och valideringsstatus. När inget är markerat visar den kartans titel och resan. {0} flyttar tangentbordet till det första fältet; Esc där går tillbaka till kartan.</translation>
    </message>
    <message>
        <source>Connecting cards</source>
        <translation>Koppla ihop kort</translation>
    </message>
    <message>
        <source>Drag from the handle on a card&apos;s right edge to another card to draw the customer&apos;s path, or select two cards and use {0}.</source>
        <translation>Dra från handtaget på ett korts högra kant till ett annat kort för att rita kundens väg, eller markera två kort och använd {0}.</translation>
    </message>
    <message>
        <source>The emotion curve</source>
        <translation>Känslokurvan</translation>
    </message>
    <message>
        <source>Give the cards an emotion in the Inspector, from -3 (very negative) to +3 (very positive). The emotion lane draws the customer&apos;s feelings as a curve across the stages, through the mean of each stage&apos;s cards, and shows each point as a face and a score, so that it reads without colour too.</source>
        <translation>Ge korten en känsla i Inspektören, från -3 (mycket negativ) till +3 (mycket positiv). Känslobanan ritar kundens känslor som en kurva över faserna, genom medelvärdet av varje fas kort, och visar varje punkt som ett ansikte och ett tal, så att den går att läsa även utan färg.</translation>
    </message>
    <message>
        <source>Personas and journeys</source>
        <translation>Personor och resor</translation>
    </message>
    <message>
        <source>One file holds several personas and several journeys: the Personas and Journeys panels list them (the tabs along the window&apos;s edges open and close each panel). Choose a journey&apos;s persona in the Inspector. Create future state copies a journey into a linked future-state journey, and the Compare panel lists what differs, each difference a click away on the map.</source>
        <translation>En fil rymmer flera personor och flera resor: panelerna Personor och Resor listar dem (flikarna längs fönstrets kanter öppnar och stänger varje panel). Välj en resas persona i Inspektören. Skapa framtida läge kopierar en resa till en länkad resa i framtida läge, och panelen Jämför listar det som skiljer, varje skillnad ett klick bort på kartan.</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Granskning</translation>
    </message>
    <message>
        <source>The Review panel lists what deserves a second look: touchpoints without an owner, dead ends, too many teams in one stage, moments of truth. Click a finding to see it on the map. The Checklist panel holds the method&apos;s questions about the map, and {0} dims the validated cards so that what still needs checking stands out.</source>
        <translation>Panelen Granskning listar det som förtjänar en extra titt: kontaktpunkter utan ägare, återvändsgränder, för många team i en fas, sanningens ögonblick. Klicka på ett fynd för att se det på kartan. Panelen Checklista innehåller metodens frågor om kartan, och {0} tonar ned de validerade korten så att det som fortfarande behöver kontrolleras syns tydligt.</translation>
    </message>
    <message>
        <source>Workshop mode and dot voting</source>
        <translation>Workshopläge och prickröstning</translation>
    </message>
    <message>
        <source>{0} shows the map full screen for the projector: the arrow keys step through the stages, Home shows the whole map, Esc leaves. Round… sets up dot voting: the participants and how many dots each may place. Choose who votes with the number keys 1 to 9, press V and click the cards that matter most; Shift+click takes a dot back. Results… ranks the cards by their dots. T shows a countdown timer for timed exercises: S starts or pauses it, + adds a minute, D chooses the time.</source>
        <translation>{0} visar kartan i helskärm för projektorn: piltangenterna stegar genom faserna, Home visar hela kartan, Esc lämnar läget. Omgång… förbereder prickröstningen: deltagarna och hur många prickar var och en får sätta. Välj vem som röstar med siffertangenterna 1 till 9, tryck på V och klicka på de kort som betyder mest; Skift+klick tar tillbaka en prick. Resultat… rangordnar korten efter deras prickar. T visar en nedräkningstimer för tidsatta övningar: S startar eller pausar den, + lägger till en minut, D väljer tiden.</translation>
    </message>
    <message>
        <source>{0} shows the map full screen for the projector: the arrow keys step through the stages, Home shows the whole map, Esc leaves. Round… sets up dot voting: the participants and how many dots each may place. Choose who votes with the number keys 1 to 9, press V and click the cards that matter most; Shift+click takes a dot back. Results… ranks the cards by their dots.</source>
        <translation type="vanished">{0} visar kartan i helskärm för projektorn: piltangenterna stegar genom faserna, Home visar hela kartan, Esc lämnar läget. Omgång… förbereder prickröstningen: deltagarna och hur många prickar var och en får sätta. Välj vem som röstar med siffertangenterna 1 till 9, tryck på V och klicka på de kort som betyder mest; Skift+klick tar tillbaka en prick. Resultat… rangordnar korten efter deras prickar.</translation>
    </message>
    <message>
        <source>Export and posters</source>
        <translation>Export och affischer</translation>
    </message>
    <message>
        <source>{0} prints the map as a PDF poster on any page size, or tiled onto A4 or Letter sheets for an office printer, with workshop handout pages if you like, and saves pictures as PNG or SVG. The dialog says how large the card text will print. When it would be hard to read on a wall, it warns you and offers a larger page, or a wide map split into several posters of consecutive stages (Posters side by side).</source>
        <translation>{0} skriver ut kartan som en PDF-affisch i valfri sidstorlek, eller uppdelad på A4- eller Letter-ark för en kontorsskrivare, med sidor med workshopunderlag om du vill, och sparar bilder som PNG eller SVG. Dialogen talar om hur stor korttexten blir i tryck. Om den skulle bli svårläst på en vägg varnar den och föreslår en större sida, eller att en bred karta delas upp i flera affischer med på varandra följande faser (Affischer sida vid sida).</translation>
    </message>
    <message>
        <source>The map&apos;s language</source>
        <translation>Kartans språk</translation>
    </message>
    <message>
        <source>Menus and dialogs speak your system&apos;s language, or the one chosen in {0}, from the next start. The map&apos;s own words (lane kinds, phases, the poster&apos;s title block, legend and handout) follow the journey&apos;s Labels in field in the Inspector, shown when nothing is selected: a team can print a Finnish map from a Danish desktop.</source>
        <translation>Menyer och dialogrutor talar ditt systems språk, eller det som valts i {0}, från nästa start. Kartans egna ord (simbanetyper, köpfaser, affischens titelblock, teckenförklaring och underlag) följer resans fält Etiketter på i Inspektören, som visas när inget är markerat: ett team kan skriva ut en finsk karta från ett danskt skrivbord.</translation>
    </message>
    <message>
        <source>To find Journey Editor in your desktop&apos;s menu and open .journey files with a double-click, run the first command below once in a terminal; the second removes exactly what the first added.</source>
        <translation>För att hitta Journey Editor i skrivbordets meny och öppna .journey-filer med ett dubbelklick, kör det första kommandot nedan en gång i en terminal; det andra tar bort exakt det som det första lade till.</translation>
    </message>
    <message>
        <source>Menus and dialogs speak the language of your system. The map&apos;s own words (lane kinds, phases, the poster&apos;s title block, legend and handout) follow the journey&apos;s Labels in field in the Inspector, shown when nothing is selected: a team can print a Finnish map from a Danish desktop.</source>
        <translation type="vanished">Menyer och dialogrutor talar ditt systems språk. Kartans egna ord (simbanetyper, köpfaser, affischens titelblock, teckenförklaring och underlag) följer resans fält Etiketter på i Inspektören, som visas när inget är markerat: ett team kan skriva ut en finsk karta från ett danskt skrivbord.</translation>
    </message>
    <message>
        <source>On your desktop</source>
        <translation>På skrivbordet</translation>
    </message>
    <message>
        <source>To find Journey Editor in your desktop&apos;s menu and open .journey files with a double-click, run {0} once in a terminal; {1} removes exactly what it added.</source>
        <translation type="vanished">För att hitta Journey Editor i skrivbordets meny och öppna .journey-filer med ett dubbelklick, kör {0} en gång i en terminal; {1} tar bort exakt det som lades till.</translation>
    </message>
    <message>
        <source>Undo, keys and the file</source>
        <translation>Ångra, tangenter och filen</translation>
    </message>
    <message>
        <source>Every change can be undone with {0}; the History panel lists them. {1} lists every key. A map is saved as one .journey file of readable JSON, a format documented with its schema.</source>
        <translation>Varje ändring kan ångras med {0}; panelen Historik listar dem. {1} listar alla tangenter. En karta sparas som en enda .journey-fil med läsbar JSON, ett format som är dokumenterat med sitt schema.</translation>
    </message>
    <message>
        <source>Journey Editor maps customer journeys: the stages a customer goes through, what they do, meet and feel on the way, and the teams behind each touchpoint. This page walks through the editor.</source>
        <translation>Journey Editor kartlägger kundresor: de faser en kund går igenom, vad kunden gör, möter och känner på vägen, och teamen bakom varje kontaktpunkt. Den här sidan går igenom redigeraren.</translation>
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
        <translation>Filtrera på namn, författare eller sammanfattning</translation>
    </message>
    <message>
        <source>Baselines only</source>
        <translation>Endast baslinjer</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Författare</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Baslinje</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <source>Name…</source>
        <translation>Namnge…</translation>
    </message>
    <message>
        <source>Remove Name</source>
        <translation>Ta bort namn</translation>
    </message>
    <message>
        <source>No revisions yet. Turn on File ▸ Ask for a Summary When Saving to record one with every save, or name the map as it is now with File ▸ Mark Baseline….</source>
        <translation>Inga revisioner än. Slå på Arkiv ▸ Fråga efter en sammanfattning vid sparande för att registrera en vid varje sparande, eller namnge kartan som den är nu med Arkiv ▸ Markera baslinje….</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Byt namn…</translation>
    </message>
    <message>
        <source>The log keeps no copy of the map at older revisions: only the newest can be named. File ▸ Mark Baseline… names the map as it is now.</source>
        <translation>Loggen sparar ingen kopia av kartan vid äldre revisioner: bara den senaste kan namnges. Arkiv ▸ Markera baslinje… namnger kartan som den är nu.</translation>
    </message>
    <message>
        <source>A new name for this baseline.</source>
        <translation>Ett nytt namn på den här baslinjen.</translation>
    </message>
    <message>
        <source>The map as last saved is kept in the file under this name, so that the Compare panel can show what changed since.</source>
        <translation>Kartan som den senast sparades sparas i filen under det här namnet, så att panelen Jämför kan visa vad som har ändrats sedan dess.</translation>
    </message>
    <message>
        <source>Name Revision</source>
        <translation>Namnge revision</translation>
    </message>
    <message>
        <source>The saved file no longer holds the map of this revision: save, then use File ▸ Mark Baseline….</source>
        <translation>Den sparade filen innehåller inte längre kartan från den här revisionen: spara och använd sedan Arkiv ▸ Markera baslinje….</translation>
    </message>
    <message>
        <source>No revisions yet. Turn on File ▸ Ask for a Summary When Saving to record one with every save.</source>
        <translation type="vanished">Inga versioner än. Slå på Arkiv ▸ Be om en sammanfattning vid sparande för att registrera en vid varje sparande.</translation>
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
        <translation>Gå med genom att välja Arkiv &gt; Gå med i session och skriva:</translation>
    </message>
    <message>
        <source>{0} joined</source>
        <translation>{0} anslutna</translation>
    </message>
    <message>
        <source>End Session</source>
        <translation>Avsluta sessionen</translation>
    </message>
</context>
<context>
    <name>HtmlExport</name>
    <message>
        <source>Click a card to see all its fields. Drag to move the map; wheel or + and − to zoom; Tab goes from card to card, Enter opens one.</source>
        <translation type="vanished">Klicka på ett kort för att se alla dess fält. Dra för att flytta kartan; hjul eller + och − för att zooma; Tab går från kort till kort, Enter öppnar ett.</translation>
    </message>
    <message>
        <source>Click a card to see all its fields. Drag to pan; wheel or + and − to zoom, 0 for the whole map; Tab goes from card to card, Enter opens one.</source>
        <translation>Klicka på ett kort för att se alla dess fält. Dra för att panorera; hjul eller + och − för att zooma, 0 för hela kartan; Tab går från kort till kort, Enter öppnar ett.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Teckenförklaring</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zooma ut</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>Anpassa till fönstret</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zooma in</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>Touchpoint</source>
        <translation>Kontaktpunkt</translation>
    </message>
    <message>
        <source>Where the customer meets the brand</source>
        <translation>Där kunden möter varumärket</translation>
    </message>
    <message>
        <source>Sticky note</source>
        <translation>Lapp</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Känsla</translation>
    </message>
    <message>
        <source>Customer goal</source>
        <translation>Kundens mål</translation>
    </message>
    <message>
        <source>What the customer wants to achieve</source>
        <translation>Vad kunden vill uppnå</translation>
    </message>
    <message>
        <source>Customer action</source>
        <translation>Kundens handling</translation>
    </message>
    <message>
        <source>What the customer does</source>
        <translation>Vad kunden gör</translation>
    </message>
    <message>
        <source>Customer question</source>
        <translation>Kundens fråga</translation>
    </message>
    <message>
        <source>What the customer asks here</source>
        <translation>Vad kunden frågar här</translation>
    </message>
    <message>
        <source>Thought</source>
        <translation>Tanke</translation>
    </message>
    <message>
        <source>Feeling</source>
        <translation>Känsla</translation>
    </message>
    <message>
        <source>Pain point</source>
        <translation>Smärtpunkt</translation>
    </message>
    <message>
        <source>What gets in the customer&apos;s way</source>
        <translation>Vad som står i vägen för kunden</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idé</translation>
    </message>
    <message>
        <source>How the experience could be better</source>
        <translation>Hur upplevelsen kunde bli bättre</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Möjlighet</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Which teams the customer meets here</source>
        <translation>Vilka team kunden möter här</translation>
    </message>
    <message>
        <source>Backstage</source>
        <translation>Backstage</translation>
    </message>
    <message>
        <source>What happens behind the scenes</source>
        <translation>Vad som händer bakom kulisserna</translation>
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
        <translation>Vad kunden behöver veta</translation>
    </message>
    <message>
        <source>This value cannot be used here.</source>
        <translation>Det här värdet kan inte användas här.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Rensa</translation>
    </message>
    <message>
        <source>Use the default colour</source>
        <translation>Använd standardfärgen</translation>
    </message>
    <message>
        <source>Choose a colour</source>
        <translation>Välj en färg</translation>
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
        <translation>Använd minst 10 punkter, eller auto.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Lägg till</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Not saved: a text in the table is too long or a number is out of range.</source>
        <translation>Inte sparat: en text i tabellen är för lång eller ett tal ligger utanför intervallet.</translation>
    </message>
    <message>
        <source>Write a number, for example 4.2.</source>
        <translation>Skriv ett tal, till exempel 4,2.</translation>
    </message>
    <message>
        <source>Write a date as year-month-day, for example 2026-10-31.</source>
        <translation>Skriv ett datum som år-månad-dag, till exempel 2026-10-31.</translation>
    </message>
    <message>
        <source>Too long: at most {0} characters, this has {1}.</source>
        <translation>För långt: högst {0} tecken, det här har {1}.</translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation>Namn, åtskilda med kommatecken</translation>
    </message>
    <message>
        <source>Each name may have at most {0} characters.</source>
        <translation>Varje namn får ha högst {0} tecken.</translation>
    </message>
    <message>
        <source>Select a card, stage or lane to edit it</source>
        <translation>Markera ett kort, en fas eller en simbana för att redigera</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>Edit {0} &apos;{1}&apos;: {2}</source>
        <translation>Redigera {0} &apos;{1}&apos;: {2}</translation>
    </message>
    <message>
        <source>+3 delighted</source>
        <translation>+3 förtjust</translation>
    </message>
    <message>
        <source>+2 pleased</source>
        <translation>+2 nöjd</translation>
    </message>
    <message>
        <source>+1 content</source>
        <translation>+1 belåten</translation>
    </message>
    <message>
        <source>0 neutral</source>
        <translation>0 neutral</translation>
    </message>
    <message>
        <source>-1 uneasy</source>
        <translation>-1 osäker</translation>
    </message>
    <message>
        <source>-2 frustrated</source>
        <translation>-2 frustrerad</translation>
    </message>
    <message>
        <source>-3 angry</source>
        <translation>-3 arg</translation>
    </message>
    <message>
        <source>Owned</source>
        <translation>Egen</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Betald</translation>
    </message>
    <message>
        <source>Earned</source>
        <translation>Förtjänad</translation>
    </message>
    <message>
        <source>Not controlled by us</source>
        <translation>Inte styrd av oss</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Validerad</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planerad</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Avvecklad</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Enkät</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Intervju</translation>
    </message>
    <message>
        <source>Analytics</source>
        <translation>Webbanalys</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
    <message>
        <source>Focus group</source>
        <translation>Fokusgrupp</translation>
    </message>
    <message>
        <source>Support log</source>
        <translation>Supportlogg</translation>
    </message>
    <message>
        <source>Market research</source>
        <translation>Marknadsundersökning</translation>
    </message>
    <message>
        <source>Review site</source>
        <translation>Recensionssajt</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
    <message>
        <source>Customer forum</source>
        <translation>Kundforum</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Avdelning</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Before purchase</source>
        <translation>Före köpet</translation>
    </message>
    <message>
        <source>During purchase</source>
        <translation>Under köpet</translation>
    </message>
    <message>
        <source>After purchase</source>
        <translation>Efter köpet</translation>
    </message>
    <message>
        <source>Frontstage</source>
        <translation>Frontstage</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Stöd</translation>
    </message>
    <message>
        <source>Current state</source>
        <translation>Nuläge</translation>
    </message>
    <message>
        <source>Future state</source>
        <translation>Framtida läge</translation>
    </message>
    <message>
        <source>As the interface</source>
        <translation>Som gränssnittet</translation>
    </message>
    <message>
        <source>Broad: the whole journey</source>
        <translation>Brett: hela resan</translation>
    </message>
    <message>
        <source>Specific: one problem</source>
        <translation>Specifikt: ett problem</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Kontaktpunkter</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Handlingar</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Frågor</translation>
    </message>
    <message>
        <source>Thoughts</source>
        <translation>Tankar</translation>
    </message>
    <message>
        <source>Feelings</source>
        <translation>Känslor</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Smärtpunkter</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Idéer</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Möjligheter</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>System</translation>
    </message>
    <message>
        <source>No dots yet</source>
        <translation>Inga prickar än</translation>
    </message>
    <message>
        <source>Dots: {0} ({1})</source>
        <translation>Prickar: {0} ({1})</translation>
    </message>
    <message>
        <source>No review questions answered yet</source>
        <translation>Inga granskningsfrågor besvarade än</translation>
    </message>
    <message>
        <source>Review questions answered: {0} of {1}</source>
        <translation>Besvarade granskningsfrågor: {0} av {1}</translation>
    </message>
    <message>
        <source>No dot voting set up</source>
        <translation>Ingen prickröstning förberedd</translation>
    </message>
    <message>
        <source>Participants: {0}, dots each: {1}</source>
        <translation>Deltagare: {0}, prickar var: {1}</translation>
    </message>
    <message>
        <source>Follows the cards&apos; emotions</source>
        <translation>Följer kortens känslor</translation>
    </message>
    <message>
        <source>Stages set by hand: {0}</source>
        <translation>Faser angivna för hand: {0}</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ägare</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Kontroll</translation>
    </message>
    <message>
        <source>Direct contact with the brand</source>
        <translation>Direkt kontakt med varumärket</translation>
    </message>
    <message>
        <source>Key touchpoint</source>
        <translation>Nyckelkontaktpunkt</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Expectations</source>
        <translation>Förväntningar</translation>
    </message>
    <message>
        <source>Experience we want</source>
        <translation>Önskad upplevelse</translation>
    </message>
    <message>
        <source>Should think</source>
        <translation>Ska tänka</translation>
    </message>
    <message>
        <source>Should do</source>
        <translation>Ska göra</translation>
    </message>
    <message>
        <source>Should feel</source>
        <translation>Ska känna</translation>
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
        <translation>Inkonsekvent eller felaktig service</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belägg</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Mätvärden</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>New metric</source>
        <translation>Nytt mätvärde</translation>
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
        <translation>Källa</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Författare</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Röster</translation>
    </message>
    <message>
        <source>Place and colour</source>
        <translation>Plats och färg</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fas</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Simbana</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Färg</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Köpfas</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Bredd</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Innehåll</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zon</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Utseende</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Höjd</translation>
    </message>
    <message>
        <source>Emotion values</source>
        <translation>Känslovärden</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Karta</translation>
    </message>
    <message>
        <source>Map title</source>
        <translation>Kartans titel</translation>
    </message>
    <message>
        <source>Journey</source>
        <translation>Resa</translation>
    </message>
    <message>
        <source>Persona</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Läge</translation>
    </message>
    <message>
        <source>Based on</source>
        <translation>Baserad på</translation>
    </message>
    <message>
        <source>Labels in</source>
        <translation>Etiketter på</translation>
    </message>
    <message>
        <source>Goal of the map</source>
        <translation>Kartans mål</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Omfattning</translation>
    </message>
    <message>
        <source>Departments</source>
        <translation>Avdelningar</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Granskning</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklista</translation>
    </message>
    <message>
        <source>Dot voting</source>
        <translation>Prickröstning</translation>
    </message>
    <message>
        <source>card</source>
        <translation>kort</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>fas</translation>
    </message>
    <message>
        <source>lane</source>
        <translation>simbana</translation>
    </message>
    <message>
        <source>journey</source>
        <translation>resa</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kort</translation>
    </message>
    <message>
        <source>Map and journey</source>
        <translation>Karta och resa</translation>
    </message>
    <message>
        <source>Attach Picture…</source>
        <translation>Bifoga bild…</translation>
    </message>
    <message>
        <source>Attach a picture</source>
        <translation>Bifoga en bild</translation>
    </message>
    <message>
        <source>No picture. Attach one, drop a PNG or JPEG file here, or paste one onto the selected card.</source>
        <translation>Ingen bild. Bifoga en, släpp en PNG- eller JPEG-fil här eller klistra in en på det markerade kortet.</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Bilder (*.png *.jpg *.jpeg);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Take the picture off the card</source>
        <translation>Ta bort bilden från kortet</translation>
    </message>
    <message>
        <source>The card shows this picture already, or the map holds as many pictures as a file may ({0}).</source>
        <translation>Kortet visar redan den här bilden, eller så har kartan så många bilder som en fil får ha ({0}).</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <source>Join Session</source>
        <translation>Gå med i session</translation>
    </message>
    <message>
        <source>Sessions &amp;found on this network:</source>
        <translation>Sessioner som &amp;hittats i nätverket:</translation>
    </message>
    <message>
        <source>Host &amp;address:</source>
        <translation>Värdens &amp;adress:</translation>
    </message>
    <message>
        <source>Session &amp;code:</source>
        <translation>Sessions&amp;kod:</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ditt &amp;namn:</translation>
    </message>
    <message>
        <source>{0} hosted by {1}</source>
        <translation>{0}, värd: {1}</translation>
    </message>
    <message>
        <source>None found yet: you can type the address the host shows below.</source>
        <translation>Inga hittade ännu: du kan skriva adressen som värden visar nedan.</translation>
    </message>
    <message>
        <source>This computer cannot look for sessions: type the address the host shows below.</source>
        <translation>Den här datorn kan inte söka efter sessioner: skriv adressen som värden visar nedan.</translation>
    </message>
</context>
<context>
    <name>JourneyBox</name>
    <message>
        <source>Journey shown on the canvas</source>
        <translation>Resan som visas på arbetsytan</translation>
    </message>
</context>
<context>
    <name>JourneysPanel</name>
    <message>
        <source>Add</source>
        <translation type="vanished">Lägg till</translation>
    </message>
    <message>
        <source>Add a blank journey</source>
        <translation>Lägg till en tom resa</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="vanished">Duplicera</translation>
    </message>
    <message>
        <source>Copy the selected journey</source>
        <translation>Kopiera den markerade resan</translation>
    </message>
    <message>
        <source>Create future state</source>
        <translation type="vanished">Skapa framtida läge</translation>
    </message>
    <message>
        <source>Copy the current-state journey into a linked future-state journey</source>
        <translation>Kopiera nulägesresan till en länkad resa för framtida läge</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="vanished">Ta bort</translation>
    </message>
    <message>
        <source>Delete the selected journey</source>
        <translation>Ta bort den markerade resan</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="vanished">Flytta upp</translation>
    </message>
    <message>
        <source>Move the journey up the list</source>
        <translation>Flytta upp resan i listan</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="vanished">Flytta ned</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Lägg till</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplicera</translation>
    </message>
    <message>
        <source>Create &amp;future state</source>
        <translation>Skapa &amp;framtida läge</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation>Flytta &amp;upp</translation>
    </message>
    <message>
        <source>Move the journey down the list</source>
        <translation>Flytta ned resan i listan</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Flytta &amp;ned</translation>
    </message>
    <message>
        <source>Future state</source>
        <translation>Framtida läge</translation>
    </message>
    <message>
        <source>Current state</source>
        <translation>Nuläge</translation>
    </message>
    <message>
        <source>no persona</source>
        <translation>ingen persona</translation>
    </message>
    <message>
        <source>Future state of &apos;{0}&apos;</source>
        <translation>Framtida läge av &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>No persona</source>
        <translation>Ingen persona</translation>
    </message>
    <message>
        <source>Choose one for this journey in the Inspector.</source>
        <translation>Välj en för den här resan i Inspektören.</translation>
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
        <translation>Före köpet</translation>
    </message>
    <message>
        <source>During purchase</source>
        <translation>Under köpet</translation>
    </message>
    <message>
        <source>After purchase</source>
        <translation>Efter köpet</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Kontaktpunkter</translation>
    </message>
    <message>
        <source>Sticky notes</source>
        <translation>Lappar</translation>
    </message>
    <message>
        <source>Emotion curve</source>
        <translation>Känslokurva</translation>
    </message>
    <message>
        <source>Line of interaction</source>
        <translation>Interaktionslinje</translation>
    </message>
    <message>
        <source>Line of visibility</source>
        <translation>Synlighetslinje</translation>
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
        <translation>Sök kontaktpunkter…</translation>
    </message>
    <message>
        <source>Add my own…</source>
        <translation>Lägg till egen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Before purchase</source>
        <translation>Före köpet</translation>
    </message>
    <message>
        <source>During purchase</source>
        <translation>Under köpet</translation>
    </message>
    <message>
        <source>After purchase</source>
        <translation>Efter köpet</translation>
    </message>
    <message>
        <source>Information and other</source>
        <translation>Information och övrigt</translation>
    </message>
    <message>
        <source>My touchpoints</source>
        <translation>Mina kontaktpunkter</translation>
    </message>
    <message>
        <source>Add a touchpoint</source>
        <translation>Lägg till en kontaktpunkt</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Namn:</translation>
    </message>
    <message>
        <source>Phase:</source>
        <translation>Köpfas:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Inspector</source>
        <translation>Inspektör</translation>
    </message>
    <message>
        <source>I&amp;nspector</source>
        <translation>In&amp;spektör</translation>
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
        <translation>His&amp;torik</translation>
    </message>
    <message>
        <source>&amp;Conflicts</source>
        <translation type="vanished">K&amp;onflikter</translation>
    </message>
    <message>
        <source>Journeys</source>
        <translation>Resor</translation>
    </message>
    <message>
        <source>&amp;Journeys</source>
        <translation>&amp;Resor</translation>
    </message>
    <message>
        <source>Mer&amp;ge Conflicts</source>
        <translation>Konf&amp;likter</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Personor</translation>
    </message>
    <message>
        <source>Pe&amp;rsonas</source>
        <translation>&amp;Personor</translation>
    </message>
    <message>
        <source>Touchpoint library</source>
        <translation>Kontaktpunktsbibliotek</translation>
    </message>
    <message>
        <source>Touchpoint &amp;library</source>
        <translation>Kontaktpunkts&amp;bibliotek</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Jämför</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>&amp;Jämför</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Granskning</translation>
    </message>
    <message>
        <source>R&amp;eview</source>
        <translation>&amp;Granskning</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklista</translation>
    </message>
    <message>
        <source>Chec&amp;klist</source>
        <translation>&amp;Checklista</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Karta</translation>
    </message>
    <message>
        <source>&amp;Journey</source>
        <translation>Kun&amp;dresa</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Senas&amp;te filer</translation>
    </message>
    <message>
        <source>&amp;Heat Overlay</source>
        <translation>Värme&amp;karta</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Huvudverktygsfält</translation>
    </message>
    <message>
        <source>Journey: </source>
        <translation>Resa: </translation>
    </message>
    <message>
        <source>Autosave failed: {0}</source>
        <translation>Automatisk sparning misslyckades: {0}</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; not done: this map is open read-only (Save As makes a copy you can edit)</source>
        <translation>&apos;{0}&apos; utfördes inte: kartan är öppen skrivskyddad (Spara som gör en kopia som du kan redigera)</translation>
    </message>
    <message>
        <source>Select one card, stage or lane to edit it</source>
        <translation>Markera ett kort, en fas eller en simbana för att redigera</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Namnlös</translation>
    </message>
    <message>
        <source>{0} (read-only)</source>
        <translation>{0} (skrivskyddad)</translation>
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
        <translation>Piltangenterna och Tab flyttar mellan korten, Retur eller F2 redigerar en titel, {0} öppnar kortets fält i Inspektören, {1} går till panelerna.</translation>
    </message>
    <message>
        <source>Card: {0}</source>
        <translation>Kort: {0}</translation>
    </message>
    <message>
        <source>Journey map: {0}</source>
        <translation>Kundresekarta: {0}</translation>
    </message>
    <message>
        <source>Lane {0} of {1}: {2}</source>
        <translation>Simbana {0} av {1}: {2}</translation>
    </message>
    <message>
        <source>Stage {0} of {1}: {2}</source>
        <translation>Fas {0} av {1}: {2}</translation>
    </message>
    <message>
        <source>emotion {0}</source>
        <translation>känsla {0}</translation>
    </message>
    <message>
        <source>key touchpoint</source>
        <translation>nyckelkontaktpunkt</translation>
    </message>
    <message>
        <source>lane {0}</source>
        <translation>simbana {0}</translation>
    </message>
    <message>
        <source>stage {0}</source>
        <translation>fas {0}</translation>
    </message>
    <message>
        <source>status {0}</source>
        <translation>status {0}</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>namnlöst</translation>
    </message>
</context>
<context>
    <name>MetricChart</name>
    <message>
        <source>{0} over time</source>
        <translation>{0} över tid</translation>
    </message>
</context>
<context>
    <name>MissingFile</name>
    <message>
        <source>Create journey map</source>
        <translation>Skapa kundresekarta</translation>
    </message>
    <message>
        <source>{0} does not exist yet. Create a new journey map there?</source>
        <translation>{0} finns inte än. Vill du skapa en ny kundresekarta där?</translation>
    </message>
    <message>
        <source>Create &amp;Blank Map</source>
        <translation>Skapa &amp;tom karta</translation>
    </message>
    <message>
        <source>Choose a &amp;Template…</source>
        <translation>Välj en &amp;mall…</translation>
    </message>
    <message>
        <source>Cannot create journey map</source>
        <translation>Kan inte skapa kundresekartan</translation>
    </message>
</context>
<context>
    <name>Panels</name>
    <message>
        <source>Arrow from &apos;{0}&apos; to &apos;{1}&apos;.
Press Delete to remove it.</source>
        <translation>Pil från &apos;{0}&apos; till &apos;{1}&apos;.
Tryck på Delete för att ta bort den.</translation>
    </message>
    <message>
        <source>&lt;original&gt;</source>
        <translation>&lt;original&gt;</translation>
    </message>
    <message>
        <source>{0} cards selected.
Drag them, or press Delete or Ctrl+D, to act on all; select one to edit it.</source>
        <translation>{0} kort markerade.
Dra dem eller tryck på Delete eller Ctrl+D för att påverka alla; markera ett för att redigera det.</translation>
    </message>
    <message>
        <source>{0} items selected.
Select one to edit it.</source>
        <translation>{0} objekt markerade.
Markera ett för att redigera det.</translation>
    </message>
</context>
<context>
    <name>PersonasPanel</name>
    <message>
        <source>Add</source>
        <translation>Lägg till</translation>
    </message>
    <message>
        <source>Add a persona</source>
        <translation>Lägg till en persona</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Delete the selected persona</source>
        <translation>Ta bort den markerade personan</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Flytta upp</translation>
    </message>
    <message>
        <source>Move the persona up the list</source>
        <translation>Flytta upp personan i listan</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Flytta ned</translation>
    </message>
    <message>
        <source>Move the persona down the list</source>
        <translation>Flytta ned personan i listan</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Segment or role</source>
        <translation>Segment eller roll</translation>
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
        <translation>Välj foto…</translation>
    </message>
    <message>
        <source>Paste photo</source>
        <translation>Klistra in foto</translation>
    </message>
    <message>
        <source>The picture on the clipboard as the photo</source>
        <translation>Bilden i urklippet som foto</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Ta bort foto</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(inget namn)</translation>
    </message>
    <message>
        <source>Edit persona &apos;{0}&apos;: {1}</source>
        <translation>Redigera personan &apos;{0}&apos;: {1}</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Välj ett foto</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Bilder (*.png *.jpg *.jpeg);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp *.webp);;All files (*)</source>
        <translation type="vanished">Bilder (*.png *.jpg *.jpeg *.gif *.bmp *.webp);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Cannot read {0}: {1}</source>
        <translation type="vanished">Kan inte läsa {0}: {1}</translation>
    </message>
</context>
<context>
    <name>Pictures</name>
    <message>
        <source>&apos;{0}&apos; cannot be read: {1}</source>
        <translation>&apos;{0}&apos; kan inte läsas: {1}</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is cut short: the end of the picture is missing</source>
        <translation>&apos;{0}&apos; är avkortad: bildens slut saknas</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is damaged: its header gives no picture size</source>
        <translation>&apos;{0}&apos; är skadad: dess huvud anger ingen bildstorlek</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a PNG or JPEG picture</source>
        <translation>&apos;{0}&apos; är inte en PNG- eller JPEG-bild</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is too large for a picture ({1} MB; at most {2} MB)</source>
        <translation>&apos;{0}&apos; är för stor för en bild ({1} MB; högst {2} MB)</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is too large: {1} x {2} pixels (at most {3} pixels on a side)</source>
        <translation>&apos;{0}&apos; är för stor: {1} x {2} pixlar (högst {3} pixlar per sida)</translation>
    </message>
    <message>
        <source>Picture attached to the card</source>
        <translation>Bilden bifogades till kortet</translation>
    </message>
    <message>
        <source>Select one card to paste the picture onto it</source>
        <translation>Markera ett kort för att klistra in bilden på det</translation>
    </message>
    <message>
        <source>the pasted picture</source>
        <translation>den inklistrade bilden</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Ask for a summary when saving</source>
        <translation>Be om en sammanfattning vid sparande</translation>
    </message>
    <message>
        <source>Left empty, exports name no author</source>
        <translation>Tomt: ingen författare anges</translation>
    </message>
    <message>
        <source>A new language takes effect when Journey Editor is restarted.</source>
        <translation>Ett nytt språk börjar gälla när Journey Editor startas om.</translation>
    </message>
    <message>
        <source>Autosave at most every</source>
        <translation>Spara automatiskt senast efter</translation>
    </message>
    <message>
        <source>Author name for exports</source>
        <translation>Författarnamn för exporter</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemets språk</translation>
    </message>
</context>
<context>
    <name>PropertiesDialog</name>
    <message>
        <source>Map Properties</source>
        <translation>Kartans egenskaper</translation>
    </message>
    <message>
        <source>e.g. Bike repair journeys, spring workshop</source>
        <translation>t.ex. Cykelreparationsresor, vårens workshop</translation>
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
        <translation>Inte sparad än</translation>
    </message>
    <message>
        <source>Journeys:</source>
        <translation>Resor:</translation>
    </message>
    <message>
        <source>Personas:</source>
        <translation>Personor:</translation>
    </message>
    <message>
        <source>Cards:</source>
        <translation>Kort:</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>Påbörjad:</translation>
    </message>
    <message>
        <source>Last revision:</source>
        <translation>Senaste version:</translation>
    </message>
</context>
<context>
    <name>ReadOnlyMode</name>
    <message>
        <source>Save a Copy As…</source>
        <translation>Spara en kopia som…</translation>
    </message>
    <message>
        <source>another window is editing it</source>
        <translation>ett annat fönster redigerar den</translation>
    </message>
    <message>
        <source>{0} is open read-only: {1}. Nothing you do here changes it; save a copy to make changes of your own.</source>
        <translation>{0} är öppen skrivskyddad: {1}. Inget du gör här ändrar den; spara en kopia för att göra egna ändringar.</translation>
    </message>
</context>
<context>
    <name>ReadabilityNote</name>
    <message>
        <source>Card text prints at {0:.1f}&#xa0;pt, the smallest text at {1:.1f}&#xa0;pt.</source>
        <translation type="vanished">Korttexten skrivs ut i {0:.1f}&#xa0;pt, den minsta texten i {1:.1f}&#xa0;pt.</translation>
    </message>
    <message>
        <source>Card text prints at {0}&#xa0;pt, the smallest text at {1}&#xa0;pt.</source>
        <translation>Korttexten skrivs ut i {0}&#xa0;pt, den minsta texten i {1}&#xa0;pt.</translation>
    </message>
    <message>
        <source>Hard to read on a wall: {0}.</source>
        <translation>Svårläst på en vägg: {0}.</translation>
    </message>
    <message>
        <source>Use {0}</source>
        <translation>Använd {0}</translation>
    </message>
    <message numerus="yes">
        <source>Split into %n</source>
        <translation>
            <numerusform>Dela upp i %n</numerusform>
            <numerusform>Dela upp i %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Recover Unsaved Work</source>
        <translation>Återställ osparat arbete</translation>
    </message>
    <message>
        <source>Journey Editor did not close properly. These maps have changes that were not saved; restore them to keep working, or discard them.</source>
        <translation>Journey Editor stängdes inte korrekt. De här kartorna har ändringar som inte sparades; återställ dem för att fortsätta arbeta, eller släng dem.</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Karta</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Last autosave</source>
        <translation>Senaste autosparning</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Återställ</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Släng</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Senare</translation>
    </message>
    <message>
        <source>(never saved)</source>
        <translation>(aldrig sparad)</translation>
    </message>
    <message>
        <source>Cannot restore</source>
        <translation>Kan inte återställa</translation>
    </message>
    <message>
        <source>Discard unsaved work</source>
        <translation>Släng osparat arbete</translation>
    </message>
    <message>
        <source>Delete the unsaved changes of {0} map(s)? This cannot be undone.</source>
        <translation>Vill du radera de osparade ändringarna i {0} karta/kartor? Det går inte att ångra.</translation>
    </message>
    <message>
        <source>File in use</source>
        <translation>Filen används</translation>
    </message>
    <message>
        <source>If you both save, one of you loses changes.</source>
        <translation>Om ni båda sparar går den enas ändringar förlorade.</translation>
    </message>
    <message>
        <source>Open &amp;Anyway</source>
        <translation>Öppna &amp;ändå</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation>Öppna &amp;skrivskyddad</translation>
    </message>
    <message>
        <source>{0} is held by an unknown editor: its lock file cannot be read (last written {1}).</source>
        <translation>{0} hålls av en okänd redigerare: dess låsfil kan inte läsas (senast skriven {1}).</translation>
    </message>
    <message>
        <source>{0} is open in another Journey Editor: {1} on {2}, since {3}.</source>
        <translation>{0} är öppen i en annan Journey Editor: {1} på {2}, sedan {3}.</translation>
    </message>
</context>
<context>
    <name>ResultsDialog</name>
    <message>
        <source>Dot Voting Results</source>
        <translation>Resultat av prickröstningen</translation>
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
        <translation>Fas</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Prickar</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(namnlöst)</translation>
    </message>
    <message>
        <source>No dots placed yet</source>
        <translation>Inga prickar placerade än</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>Stages without touchpoints</source>
        <translation>Faser utan kontaktpunkter</translation>
    </message>
    <message>
        <source>Touchpoints without an owning team</source>
        <translation>Kontaktpunkter utan ansvarigt team</translation>
    </message>
    <message>
        <source>Negative emotion without an improvement idea</source>
        <translation>Negativ känsla utan förbättringsidé</translation>
    </message>
    <message>
        <source>Inconsistent or wrong information</source>
        <translation>Inkonsekvent eller felaktig information</translation>
    </message>
    <message>
        <source>Touchpoints unreachable from the first stage</source>
        <translation>Kontaktpunkter som inte kan nås från första fasen</translation>
    </message>
    <message>
        <source>Dead ends before the last stage</source>
        <translation>Återvändsgränder före sista fasen</translation>
    </message>
    <message>
        <source>Stages with too many teams</source>
        <translation>Faser med för många team</translation>
    </message>
    <message>
        <source>Key touchpoints without metrics or survey</source>
        <translation>Nyckelkontaktpunkter utan mätvärden eller enkät</translation>
    </message>
    <message>
        <source>Moments of truth</source>
        <translation>Sanningens ögonblick</translation>
    </message>
    <message>
        <source>Retired touchpoints still connected</source>
        <translation>Avvecklade kontaktpunkter som fortfarande är kopplade</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>problem</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>varning</translation>
    </message>
    <message>
        <source>note</source>
        <translation>notering</translation>
    </message>
    <message>
        <source>Stage “{stage}” has no touchpoints: where does the customer meet you here?</source>
        <translation>Fasen ”{stage}” har inga kontaktpunkter: var möter kunden er här?</translation>
    </message>
    <message>
        <source>Touchpoint {card} has no owning team.</source>
        <translation>Kontaktpunkten {card} har inget ansvarigt team.</translation>
    </message>
    <message>
        <source>{card} feels negative (emotion {emotion}) and has no improvement idea.</source>
        <translation>{card} känns negativ (känsla {emotion}) och har ingen förbättringsidé.</translation>
    </message>
    <message>
        <source>{card} is flagged as inconsistent or wrong information.</source>
        <translation>{card} är markerad som inkonsekvent eller felaktig information.</translation>
    </message>
    <message>
        <source>Touchpoint {card} cannot be reached from the first stage: no chain of connections leads to it.</source>
        <translation>Kontaktpunkten {card} kan inte nås från första fasen: ingen kedja av kopplingar leder dit.</translation>
    </message>
    <message>
        <source>Touchpoint {card} is a dead end: the journey stops there, before the last stage.</source>
        <translation>Kontaktpunkten {card} är en återvändsgränd: resan tar slut där, före sista fasen.</translation>
    </message>
    <message>
        <source>In stage “{stage}” the customer meets {count} teams ({teams}); more than {limit} makes the experience feel disjointed.</source>
        <translation>I fasen ”{stage}” möter kunden {count} team ({teams}); fler än {limit} gör att upplevelsen känns splittrad.</translation>
    </message>
    <message>
        <source>Key touchpoint {card} has no metric and no survey feedback.</source>
        <translation>Nyckelkontaktpunkten {card} har varken mätvärde eller enkätsvar.</translation>
    </message>
    <message>
        <source>Moment of truth: “{stage}” is a low point of the emotion curve ({value}).</source>
        <translation>Sanningens ögonblick: ”{stage}” är en lågpunkt i känslokurvan ({value}).</translation>
    </message>
    <message>
        <source>Retired touchpoint {card} is still connected to {cards}.</source>
        <translation>Den avvecklade kontaktpunkten {card} är fortfarande kopplad till {cards}.</translation>
    </message>
    <message>
        <source>“{title}” ({lane}, {stage})</source>
        <translation>”{title}” ({lane}, {stage})</translation>
    </message>
    <message>
        <source>untitled card</source>
        <translation>namnlöst kort</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>… and {0} more</source>
        <translation>… och {0} till</translation>
    </message>
    <message>
        <source>Thresholds…</source>
        <translation>Tröskelvärden…</translation>
    </message>
    <message>
        <source>No journey to review.</source>
        <translation>Ingen resa att granska.</translation>
    </message>
    <message>
        <source>No findings: this journey passes the review.</source>
        <translation>Inga iakttagelser: resan klarar granskningen.</translation>
    </message>
    <message>
        <source>1 finding. Click it to show it on the map.</source>
        <translation>1 iakttagelse. Klicka på den för att visa den på kartan.</translation>
    </message>
    <message>
        <source>{0} findings. Click one to show it on the map.</source>
        <translation>{0} iakttagelser. Klicka på en för att visa den på kartan.</translation>
    </message>
</context>
<context>
    <name>SessionMenu</name>
    <message>
        <source>Host &amp;Workshop Session…</source>
        <translation>Var värd för &amp;workshopsession…</translation>
    </message>
    <message>
        <source>&amp;Join Session…</source>
        <translation>Gå med i sess&amp;ion…</translation>
    </message>
    <message>
        <source>End &amp;Live Session</source>
        <translation>Avsluta &amp;live-session</translation>
    </message>
    <message>
        <source>Host Workshop Session</source>
        <translation>Var värd för workshopsession</translation>
    </message>
    <message>
        <source>The session could not start: {0}</source>
        <translation>Sessionen kunde inte starta: {0}</translation>
    </message>
    <message>
        <source>Joining {0}:{1}…</source>
        <translation type="vanished">Ansluter till {0}:{1}…</translation>
    </message>
    <message>
        <source>Joining {0}…</source>
        <translation>Ansluter till {0}…</translation>
    </message>
    <message>
        <source>The host did not accept the session code. Check it and try again.</source>
        <translation>Värden godtog inte sessionskoden. Kontrollera den och försök igen.</translation>
    </message>
    <message>
        <source>The host did not accept the session code.</source>
        <translation>Värden godtog inte sessionskoden.</translation>
    </message>
    <message>
        <source>The host refused an edit from this laptop and left it out of the session. The map stays open as it is.</source>
        <translation>Värden avvisade en ändring från den här datorn och lämnade den utanför sessionen. Kartan är kvar öppen som den är.</translation>
    </message>
    <message>
        <source>The session has ended. The map stays open as your own copy: save it to keep it.</source>
        <translation>Sessionen har avslutats. Kartan är kvar öppen som din egen kopia: spara den för att behålla den.</translation>
    </message>
    <message>
        <source>Live session</source>
        <translation>Live-session</translation>
    </message>
    <message>
        <source>Hosting on {0}:{1} · {2} joined</source>
        <translation>Värd på {0}:{1} · {2} anslutna</translation>
    </message>
    <message>
        <source>{0} joined</source>
        <translation>{0} anslutna</translation>
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
        <translation>Återansluter… (arbetar offline: dina ändringar sparas)</translation>
    </message>
    <message>
        <source>Session: connection lost, working offline…</source>
        <translation type="vanished">Session: anslutningen bröts, arbetar offline…</translation>
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
        <translation>Tangentbordsgenvägar</translation>
    </message>
    <message>
        <source>Filter, e.g. undo or Ctrl+D</source>
        <translation>Filtrera, t.ex. ångra eller Ctrl+D</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Kommando</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tangenter</translation>
    </message>
</context>
<context>
    <name>SideBySideDialog</name>
    <message>
        <source>Side by Side: {0} and {1}</source>
        <translation>Sida vid sida: {0} och {1}</translation>
    </message>
    <message>
        <source>Only the rows with differences</source>
        <translation>Bara raderna med skillnader</translation>
    </message>
    <message>
        <source>{0} (removed)</source>
        <translation>{0} (borttagen)</translation>
    </message>
    <message>
        <source>{0} (added)</source>
        <translation>{0} (tillagd)</translation>
    </message>
    <message>
        <source>{0} (was {1})</source>
        <translation>{0} (var {1})</translation>
    </message>
    <message>
        <source>Lane</source>
        <translation>Simbana</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Journey Editor needs system libraries that are not installed. Install them with:
    sudo apt-get install {0}</source>
        <translation>Journey Editor behöver systembibliotek som inte är installerade. Installera dem med:
    sudo apt-get install {0}</translation>
    </message>
    <message>
        <source>No display found (DISPLAY is not set): start Journey Editor from a desktop session. The command-line tools (journey-editor --help) work without one.</source>
        <translation>Ingen skärm hittades (DISPLAY är inte satt): starta Journey Editor från en skrivbordssession. Kommandoradsverktygen (journey-editor --help) fungerar utan.</translation>
    </message>
</context>
<context>
    <name>StateBadge</name>
    <message>
        <source>Future state: a plan for the journey, not today&apos;s journey</source>
        <translation>Framtida läge: en plan för resan, inte dagens resa</translation>
    </message>
    <message>
        <source>Future state</source>
        <translation>Framtida läge</translation>
    </message>
</context>
<context>
    <name>Survey</name>
    <message>
        <source>&apos;{0}&apos; is not a date (use 2026-03-31 or 31.3.2026)</source>
        <translation>&apos;{0}&apos; är inget datum (använd 2026-03-31 eller 31.3.2026)</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a number</source>
        <translation>&apos;{0}&apos; är inget tal</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a valid date</source>
        <translation>&apos;{0}&apos; är inget giltigt datum</translation>
    </message>
    <message>
        <source>column &apos;{0}&apos;</source>
        <translation>kolumnen &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>no touchpoint has the title or id &apos;{0}&apos;</source>
        <translation>ingen kontaktpunkt har titeln eller id:t &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>there is no column &apos;{0}&apos; for the {1}</source>
        <translation>det finns ingen kolumn &apos;{0}&apos; för {1}</translation>
    </message>
    <message>
        <source>unknown column role &apos;{0}&apos;</source>
        <translation>okänd kolumnroll &apos;{0}&apos;</translation>
    </message>
    <message>
        <source>{0} touchpoints are called &apos;{1}&apos;; use the card&apos;s id instead</source>
        <translation>{0} kontaktpunkter heter &apos;{1}&apos;; använd kortets id i stället</translation>
    </message>
    <message>
        <source>CSV UTF-8</source>
        <translation>CSV UTF-8</translation>
    </message>
    <message>
        <source>missing column(s): {0} (choose them in the mapping)</source>
        <translation>kolumner saknas: {0} (välj dem i mappningen)</translation>
    </message>
    <message>
        <source>more than {0:,} rows; the limit is {0:,}</source>
        <translation>fler än {0:,} rader; gränsen är {0:,}</translation>
    </message>
    <message>
        <source>row {0}</source>
        <translation>rad {0}</translation>
    </message>
    <message>
        <source>the file has no data rows</source>
        <translation>filen har inga datarader</translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation>filen är för stor</translation>
    </message>
    <message>
        <source>the first row should name the columns, but it is empty</source>
        <translation>första raden ska namnge kolumnerna, men den är tom</translation>
    </message>
    <message>
        <source>the metric name is empty</source>
        <translation>mätvärdets namn är tomt</translation>
    </message>
    <message>
        <source>the metric name is longer than {0} characters</source>
        <translation>mätvärdets namn är längre än {0} tecken</translation>
    </message>
    <message>
        <source>the touchpoint is empty</source>
        <translation>kontaktpunkten är tom</translation>
    </message>
    <message>
        <source>the touchpoint would have more than {0} metrics</source>
        <translation>kontaktpunkten skulle få fler än {0} mätvärden</translation>
    </message>
    <message>
        <source>the value is empty</source>
        <translation>värdet är tomt</translation>
    </message>
    <message>
        <source>{0} is out of range</source>
        <translation>{0} ligger utanför intervallet</translation>
    </message>
</context>
<context>
    <name>SurveyDialog</name>
    <message>
        <source>Import Survey Results</source>
        <translation>Importera enkätresultat</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Ingen fil vald</translation>
    </message>
    <message>
        <source>Choose File…</source>
        <translation>Välj fil…</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolumner</translation>
    </message>
    <message>
        <source>Touchpoint (title or id)</source>
        <translation>Kontaktpunkt (titel eller id)</translation>
    </message>
    <message>
        <source>Metric name</source>
        <translation>Mätvärdets namn</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <source> (optional)</source>
        <translation> (valfri)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <source>Import survey results</source>
        <translation>Importera enkätresultat</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>… and {0} more</source>
        <translation>… och {0} till</translation>
    </message>
    <message>
        <source>{0} problem(s): fix the file or the column choice; nothing is imported while there are any.</source>
        <translation>{0} problem: rätta filen eller kolumnvalet; inget importeras så länge det finns några.</translation>
    </message>
    <message>
        <source>{0} result(s) for {1} touchpoint(s) are ready to import.</source>
        <translation>{0} resultat för {1} kontaktpunkt(er) är klara att importeras.</translation>
    </message>
    <message>
        <source>The journey changed; choose the file again.</source>
        <translation>Resan har ändrats; välj filen igen.</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-filer (*.csv *.txt);;Alla filer (*)</translation>
    </message>
</context>
<context>
    <name>TemplateGallery</name>
    <message>
        <source>New from Template</source>
        <translation>Ny från mall</translation>
    </message>
    <message>
        <source>Language of the template&apos;s text</source>
        <translation>Språket i mallens text</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Skapa</translation>
    </message>
    <message>
        <source>An empty map: the purchase phases as stages and the basic lanes, ready to fill in.</source>
        <translation>En tom karta: köpfaserna som faser och de grundläggande simbanorna, redo att fyllas i.</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>no template &apos;{0}&apos; in language &apos;{1}&apos; (known: {2})</source>
        <translation>ingen mall &apos;{0}&apos; på språket &apos;{1}&apos; (kända: {2})</translation>
    </message>
    <message>
        <source>Created from the &apos;{0}&apos; template</source>
        <translation>Skapad från mallen &apos;{0}&apos;</translation>
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
        <translation>Flest team i en fas</translation>
    </message>
    <message>
        <source>Negative emotion at or below</source>
        <translation>Negativ känsla vid eller under</translation>
    </message>
    <message>
        <source>Moments of truth to name</source>
        <translation>Sanningens ögonblick att namnge</translation>
    </message>
</context>
<context>
    <name>TimerFace</name>
    <message>
        <source>Time&apos;s up!</source>
        <translation>Tiden är ute!</translation>
    </message>
</context>
<context>
    <name>UndoNotice</name>
    <message>
        <source>Undo</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <source>Undo this edit</source>
        <translation>Ångra den här ändringen</translation>
    </message>
</context>
<context>
    <name>VotingBar</name>
    <message>
        <source>&amp;Vote</source>
        <translation>&amp;Rösta</translation>
    </message>
    <message>
        <source>Click a card to place a dot; Shift+click or right-click takes one off (V)</source>
        <translation>Klicka på ett kort för att sätta en prick; Skift+klick eller högerklick tar bort en (V)</translation>
    </message>
    <message>
        <source>Who is voting (number keys 1-9)</source>
        <translation>Vem som röstar (siffertangenterna 1–9)</translation>
    </message>
    <message>
        <source>&amp;Round…</source>
        <translation>&amp;Omgång…</translation>
    </message>
    <message>
        <source>R&amp;esults…</source>
        <translation>R&amp;esultat…</translation>
    </message>
    <message>
        <source>{0} of {1} dots left</source>
        <translation>{0} av {1} prickar kvar</translation>
    </message>
    <message>
        <source>No round yet</source>
        <translation>Ingen omgång än</translation>
    </message>
</context>
<context>
    <name>VotingDialog</name>
    <message>
        <source>Dot Voting Round</source>
        <translation>Prickröstningsomgång</translation>
    </message>
    <message>
        <source>One name per line</source>
        <translation>Ett namn per rad</translation>
    </message>
    <message>
        <source>Take off the dots already placed</source>
        <translation>Ta bort prickarna som redan satts</translation>
    </message>
    <message>
        <source>&amp;Participants:</source>
        <translation>&amp;Deltagare:</translation>
    </message>
    <message>
        <source>&amp;Dots each:</source>
        <translation>&amp;Prickar var:</translation>
    </message>
</context>
<context>
    <name>VotingState</name>
    <message>
        <source>Vote</source>
        <translation>Rösta</translation>
    </message>
    <message>
        <source>Set up a voting round first.</source>
        <translation>Förbered en röstningsomgång först.</translation>
    </message>
    <message>
        <source>Remove {0}&apos;s dot from &apos;{1}&apos;</source>
        <translation>Ta bort {0}s prick från &apos;{1}&apos;</translation>
    </message>
    <message>
        <source>Dot from {0} on &apos;{1}&apos;</source>
        <translation>Prick från {0} på &apos;{1}&apos;</translation>
    </message>
    <message>
        <source>Choose who is voting.</source>
        <translation>Välj vem som röstar.</translation>
    </message>
    <message>
        <source>That card is gone.</source>
        <translation>Det kortet finns inte längre.</translation>
    </message>
    <message>
        <source>{0} has no dots left.</source>
        <translation>{0} har inga prickar kvar.</translation>
    </message>
    <message>
        <source>{0} has no dot on this card.</source>
        <translation>{0} har ingen prick på det här kortet.</translation>
    </message>
    <message>
        <source>Set up dot voting</source>
        <translation>Förbered prickröstning</translation>
    </message>
</context>
<context>
    <name>WebPageExport</name>
    <message>
        <source>Could not write {0}: {1}</source>
        <translation>Kunde inte skriva {0}: {1}</translation>
    </message>
    <message>
        <source>Export as Web Page</source>
        <translation>Exportera som webbsida</translation>
    </message>
    <message>
        <source>Journey map</source>
        <translation>Kundresekarta</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Webbsida (*.html)</translation>
    </message>
</context>
<context>
    <name>WorkshopMode</name>
    <message>
        <source>Workshop Mode</source>
        <translation>Workshopläge</translation>
    </message>
    <message>
        <source>Show the map on:</source>
        <translation>Visa kartan på:</translation>
    </message>
    <message>
        <source>Stage {0} of {1}: {2}</source>
        <translation>Fas {0} av {1}: {2}</translation>
    </message>
</context>
<context>
    <name>WorkshopPanel</name>
    <message>
        <source>← → stages · ↑ ↓ scroll · Home: whole map · 1-9: who votes · V: vote · Esc: leave</source>
        <translation type="vanished">← → faser · ↑ ↓ rulla · Home: hela kartan · 1-9: vem röstar · V: rösta · Esc: avsluta</translation>
    </message>
    <message>
        <source>← → stages · ↑ ↓ scroll · Home: whole map · 1-9: who votes · V: vote · T: timer · Esc: leave</source>
        <translation>← → faser · ↑ ↓ rulla · Home: hela kartan · 1-9: vem röstar · V: rösta · T: timer · Esc: avsluta</translation>
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
        <translation>Starta</translation>
    </message>
    <message>
        <source>Start or pause (S)</source>
        <translation>Starta eller pausa (S)</translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation>+1 min</translation>
    </message>
    <message>
        <source>Add a minute (+)</source>
        <translation>Lägg till en minut (+)</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <source>Back to the full time (R)</source>
        <translation>Tillbaka till hela tiden (R)</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Timer</translation>
    </message>
    <message>
        <source>Duration, sound, corner and size (D)</source>
        <translation>Längd, ljud, hörn och storlek (D)</translation>
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
        <translation>&amp;Annan längd…</translation>
    </message>
    <message>
        <source>&amp;Sound at the End</source>
        <translation>L&amp;jud vid slutet</translation>
    </message>
    <message>
        <source>&amp;Large Digits</source>
        <translation>&amp;Stora siffror</translation>
    </message>
    <message>
        <source>Next &amp;Corner</source>
        <translation>Nästa &amp;hörn</translation>
    </message>
    <message>
        <source>&amp;Hide Timer</source>
        <translation>&amp;Dölj timern</translation>
    </message>
    <message>
        <source>Minutes:</source>
        <translation>Minuter:</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Slut</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsätt</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Börja om</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausad</translation>
    </message>
    <message>
        <source>Last minute</source>
        <translation>Sista minuten</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <source>Ready: S starts</source>
        <translation>Redo: S startar</translation>
    </message>
    <message>
        <source>Time&apos;s up</source>
        <translation>Tiden är ute</translation>
    </message>
    <message>
        <source>Timer: less than a minute left</source>
        <translation>Timer: mindre än en minut kvar</translation>
    </message>
    <message>
        <source>Timer set to {0}</source>
        <translation>Timern satt till {0}</translation>
    </message>
    <message>
        <source>Timer running, {0} left</source>
        <translation>Timern går, {0} kvar</translation>
    </message>
    <message>
        <source>Timer paused, {0} left</source>
        <translation>Timern pausad, {0} kvar</translation>
    </message>
    <message>
        <source>A minute added, {0} left</source>
        <translation>En minut tillagd, {0} kvar</translation>
    </message>
    <message numerus="yes">
        <source>Timer: %n min left</source>
        <translation>
            <numerusform>Timer: %n min kvar</numerusform>
            <numerusform>Timer: %n min kvar</numerusform>
        </translation>
    </message>
    <message>
        <source>One minute left</source>
        <translation>En minut kvar</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>usage: </source>
        <translation>användning: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>positionsargument</translation>
    </message>
    <message>
        <source>options</source>
        <translation>flaggor</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>visa den här hjälpen och avsluta</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: fel: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumentet %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ogiltigt val: %(value)r (välj bland %(choices)s)</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>följande argument krävs: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>okända argument: %s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>förväntade ett argument</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>förväntade minst ett argument</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>förväntade högst ett argument</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ogiltigt %(type)s-värde: %(value)r</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>tvetydig flagga: %(option)s kan vara %(matches)s</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>inte tillåtet tillsammans med argumentet %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>ett av argumenten %s krävs</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>File in use</source>
        <translation type="vanished">Filen används</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation type="vanished">Öppna &amp;skrivskyddad</translation>
    </message>
    <message>
        <source>Open &amp;Anyway</source>
        <translation type="vanished">Öppna &amp;ändå</translation>
    </message>
    <message>
        <source>{0} is held by an unknown editor: its lock file cannot be read (last written {1}).</source>
        <translation type="vanished">{0} hålls av en okänd redigerare: dess låsfil kan inte läsas (senast skriven {1}).</translation>
    </message>
    <message>
        <source>{0} is open in another Journey Editor: {1} on {2}, since {3}.</source>
        <translation type="vanished">{0} är öppen i en annan Journey Editor: {1} på {2}, sedan {3}.</translation>
    </message>
    <message>
        <source>If you both save, one of you loses changes.</source>
        <translation type="vanished">Om ni båda sparar går den enas ändringar förlorade.</translation>
    </message>
</context>
</TS>
