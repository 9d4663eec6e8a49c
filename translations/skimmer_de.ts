<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AcronymController</name>
    <message>
        <source>E&amp;xpand Acronyms in Searches</source>
        <translation>Abkürzungen in Suchen e&amp;rweitern</translation>
    </message>
    <message>
        <source>A known acronym also finds its expansion (GNN: graph neural network), and the other way round</source>
        <translation>Eine bekannte Abkürzung findet auch ihre Langform (GNN: graph neural network) und umgekehrt</translation>
    </message>
    <message>
        <source>Stop expanding acronyms (View ▸ Expand Acronyms in Searches turns it on again)</source>
        <translation>Abkürzungen nicht mehr erweitern (Ansicht ▸ Abkürzungen in Suchen erweitern schaltet es wieder ein)</translation>
    </message>
    <message>
        <source>Stop expanding acronyms</source>
        <translation>Abkürzungen nicht mehr erweitern</translation>
    </message>
    <message>
        <source>also: %1</source>
        <translation>auch: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>ActionListModel</name>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menü</translation>
    </message>
</context>
<context>
    <name>AppearanceMenu</name>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Erscheinungsbild</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
</context>
<context>
    <name>ArxivReader</name>
    <message>
        <source>arXiv JSON lines</source>
        <translation>arXiv-JSON-Zeilen</translation>
    </message>
</context>
<context>
    <name>ArxivTaxonomy</name>
    <message>
        <source>Astrophysics</source>
        <translation>Astrophysik</translation>
    </message>
    <message>
        <source>Condensed Matter</source>
        <translation>Physik der kondensierten Materie</translation>
    </message>
    <message>
        <source>Computer Science</source>
        <translation>Informatik</translation>
    </message>
    <message>
        <source>Artificial Intelligence</source>
        <translation>Künstliche Intelligenz</translation>
    </message>
    <message>
        <source>Hardware Architecture</source>
        <translation>Hardwarearchitektur</translation>
    </message>
    <message>
        <source>Computational Complexity</source>
        <translation>Komplexitätstheorie</translation>
    </message>
    <message>
        <source>Computational Engineering</source>
        <translation>Computational Engineering</translation>
    </message>
    <message>
        <source>Computational Geometry</source>
        <translation>Algorithmische Geometrie</translation>
    </message>
    <message>
        <source>Computation and Language</source>
        <translation>Computerlinguistik</translation>
    </message>
    <message>
        <source>Cryptography and Security</source>
        <translation>Kryptographie und Sicherheit</translation>
    </message>
    <message>
        <source>Computer Vision</source>
        <translation>Maschinelles Sehen</translation>
    </message>
    <message>
        <source>Computers and Society</source>
        <translation>Computer und Gesellschaft</translation>
    </message>
    <message>
        <source>Databases</source>
        <translation>Datenbanken</translation>
    </message>
    <message>
        <source>Distributed Computing</source>
        <translation>Verteiltes Rechnen</translation>
    </message>
    <message>
        <source>Digital Libraries</source>
        <translation>Digitale Bibliotheken</translation>
    </message>
    <message>
        <source>Data Structures and Algorithms</source>
        <translation>Datenstrukturen und Algorithmen</translation>
    </message>
    <message>
        <source>Game Theory</source>
        <translation>Spieltheorie</translation>
    </message>
    <message>
        <source>Human-Computer Interaction</source>
        <translation>Mensch-Computer-Interaktion</translation>
    </message>
    <message>
        <source>Information Retrieval</source>
        <translation>Information Retrieval</translation>
    </message>
    <message>
        <source>Information Theory</source>
        <translation>Informationstheorie</translation>
    </message>
    <message>
        <source>Machine Learning</source>
        <translation>Maschinelles Lernen</translation>
    </message>
    <message>
        <source>Logic in Computer Science</source>
        <translation>Logik in der Informatik</translation>
    </message>
    <message>
        <source>Multiagent Systems</source>
        <translation>Multiagentensysteme</translation>
    </message>
    <message>
        <source>Neural and Evolutionary Computing</source>
        <translation>Neuronales und evolutionäres Rechnen</translation>
    </message>
    <message>
        <source>Networking</source>
        <translation>Netzwerke</translation>
    </message>
    <message>
        <source>Programming Languages</source>
        <translation>Programmiersprachen</translation>
    </message>
    <message>
        <source>Robotics</source>
        <translation>Robotik</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Software Engineering</source>
        <translation>Softwaretechnik</translation>
    </message>
    <message>
        <source>Social and Information Networks</source>
        <translation>Soziale und Informationsnetzwerke</translation>
    </message>
    <message>
        <source>Economics</source>
        <translation>Wirtschaftswissenschaften</translation>
    </message>
    <message>
        <source>Electrical Engineering and Systems Science</source>
        <translation>Elektrotechnik und Systemwissenschaften</translation>
    </message>
    <message>
        <source>Audio and Speech Processing</source>
        <translation>Audio- und Sprachverarbeitung</translation>
    </message>
    <message>
        <source>Image and Video Processing</source>
        <translation>Bild- und Videoverarbeitung</translation>
    </message>
    <message>
        <source>Signal Processing</source>
        <translation>Signalverarbeitung</translation>
    </message>
    <message>
        <source>Systems and Control</source>
        <translation>Systeme und Regelung</translation>
    </message>
    <message>
        <source>General Relativity and Quantum Cosmology</source>
        <translation>Allgemeine Relativitätstheorie und Quantenkosmologie</translation>
    </message>
    <message>
        <source>High Energy Physics – Experiment</source>
        <translation>Hochenergiephysik – Experiment</translation>
    </message>
    <message>
        <source>High Energy Physics – Phenomenology</source>
        <translation>Hochenergiephysik – Phänomenologie</translation>
    </message>
    <message>
        <source>High Energy Physics – Theory</source>
        <translation>Hochenergiephysik – Theorie</translation>
    </message>
    <message>
        <source>Mathematics</source>
        <translation>Mathematik</translation>
    </message>
    <message>
        <source>Numerical Analysis</source>
        <translation>Numerische Mathematik</translation>
    </message>
    <message>
        <source>Optimization and Control</source>
        <translation>Optimierung und Steuerung</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Wahrscheinlichkeitstheorie</translation>
    </message>
    <message>
        <source>Statistics Theory</source>
        <translation>Statistische Theorie</translation>
    </message>
    <message>
        <source>Nonlinear Sciences</source>
        <translation>Nichtlineare Wissenschaften</translation>
    </message>
    <message>
        <source>Physics</source>
        <translation>Physik</translation>
    </message>
    <message>
        <source>Computational Physics</source>
        <translation>Computerphysik</translation>
    </message>
    <message>
        <source>Data Analysis, Statistics and Probability</source>
        <translation>Datenanalyse, Statistik und Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>Quantitative Biology</source>
        <translation>Quantitative Biologie</translation>
    </message>
    <message>
        <source>Neurons and Cognition</source>
        <translation>Neuronen und Kognition</translation>
    </message>
    <message>
        <source>Quantitative Methods</source>
        <translation>Quantitative Methoden</translation>
    </message>
    <message>
        <source>Quantitative Finance</source>
        <translation>Quantitative Finanzwirtschaft</translation>
    </message>
    <message>
        <source>Quantum Physics</source>
        <translation>Quantenphysik</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Anwendungen</translation>
    </message>
    <message>
        <source>Computation</source>
        <translation>Berechnung</translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation>Methodik</translation>
    </message>
</context>
<context>
    <name>AuthorFacetDelegate</name>
    <message>
        <source>none shown</source>
        <translation>keine angezeigt</translation>
    </message>
</context>
<context>
    <name>AuthorFacetModel</name>
    <message numerus="yes">
        <source>%n paper(s) shown</source>
        <translation>
            <numerusform>%n Paper angezeigt</numerusform>
            <numerusform>%n Paper angezeigt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuthorFacetPanel</name>
    <message>
        <source>Filter authors</source>
        <translation>Autoren filtern</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Autoren</translation>
    </message>
    <message>
        <source>Combine selected authors</source>
        <translation>Ausgewählte Autoren verknüpfen</translation>
    </message>
    <message>
        <source>Sort authors</source>
        <translation>Autoren sortieren</translation>
    </message>
    <message>
        <source>Co-authors of the selected author</source>
        <translation>Koautoren des ausgewählten Autors</translation>
    </message>
    <message>
        <source>&amp;Include Author</source>
        <translation>Autor &amp;einschließen</translation>
    </message>
    <message>
        <source>&amp;Exclude Author</source>
        <translation>Autor &amp;ausschließen</translation>
    </message>
    <message>
        <source>&amp;Hop to Author</source>
        <translation>Zu Autor &amp;wechseln</translation>
    </message>
    <message>
        <source>Show only this author&apos;s papers and their co-authors</source>
        <translation>Nur die Paper dieses Autors und seine Koautoren anzeigen</translation>
    </message>
    <message>
        <source>Match &amp;Any Selected Author</source>
        <translation>Einer der ausgewählten Autoren &amp;genügt</translation>
    </message>
    <message>
        <source>Any of</source>
        <translation>Einer von</translation>
    </message>
    <message>
        <source>All of</source>
        <translation>Alle von</translation>
    </message>
    <message>
        <source>Sort Authors by &amp;Name</source>
        <translation>Autoren nach &amp;Namen sortieren</translation>
    </message>
    <message>
        <source>A–Z</source>
        <translation>A–Z</translation>
    </message>
    <message>
        <source>By count</source>
        <translation>Nach Anzahl</translation>
    </message>
    <message>
        <source>Show &amp;Co-authors</source>
        <translation>&amp;Koautoren anzeigen</translation>
    </message>
    <message>
        <source>With one author selected, list the people who wrote with them</source>
        <translation>Bei einem ausgewählten Autor die Personen auflisten, die mit ihm veröffentlicht haben</translation>
    </message>
    <message>
        <source>Co-authors</source>
        <translation>Koautoren</translation>
    </message>
    <message>
        <source>Co-authors of %1: %2 (click to hop, Ctrl+click to add)</source>
        <translation>Koautoren von %1: %2 (Klick zum Wechseln, Strg+Klick zum Hinzufügen)</translation>
    </message>
    <message>
        <source>No authors in the shown papers.</source>
        <translation>Keine Autoren in den angezeigten Papern.</translation>
    </message>
    <message>
        <source>No author matches “%1”.</source>
        <translation>Kein Autor passt zu „%1“.</translation>
    </message>
    <message>
        <source>1 author in the shown papers</source>
        <translation>1 Autor in den angezeigten Papern</translation>
    </message>
    <message>
        <source>%1 authors in the shown papers</source>
        <translation>%1 Autoren in den angezeigten Papern</translation>
    </message>
    <message numerus="yes">
        <source>%n more author(s) — type to filter</source>
        <translation>
            <numerusform>%n weiterer Autor – zum Filtern tippen</numerusform>
            <numerusform>%n weitere Autoren – zum Filtern tippen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more match(es) — type more to narrow</source>
        <translation>
            <numerusform>%n weiterer Treffer – weitertippen zum Eingrenzen</numerusform>
            <numerusform>%n weitere Treffer – weitertippen zum Eingrenzen</numerusform>
        </translation>
    </message>
    <message>
        <source>No papers shown; your chosen authors stay listed</source>
        <translation>Keine Paper angezeigt; Ihre gewählten Autoren bleiben aufgeführt</translation>
    </message>
</context>
<context>
    <name>AuthorListModel</name>
    <message numerus="yes">
        <source>%1 — %2, %n in the corpus</source>
        <translation>
            <numerusform>%1 – %2, %n im Korpus</numerusform>
            <numerusform>%1 – %2, %n im Korpus</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BibtexReader</name>
    <message>
        <source>@%1 is not closed; reading goes on at the next entry.</source>
        <translation>@%1 ist nicht geschlossen; das Lesen geht beim nächsten Eintrag weiter.</translation>
    </message>
    <message>
        <source>%1 (in the @%2 entry on line %3); skipped to the next entry.</source>
        <translation>%1 (im @%2-Eintrag in Zeile %3); weiter beim nächsten Eintrag.</translation>
    </message>
    <message>
        <source>the file ends inside an entry</source>
        <translation>die Datei endet mitten in einem Eintrag</translation>
    </message>
    <message>
        <source>expected “name = value”</source>
        <translation>erwartet wurde „Name = Wert“</translation>
    </message>
    <message>
        <source>unknown @string macro “%1”; left empty.</source>
        <translation>unbekanntes @string-Makro „%1“; leer gelassen.</translation>
    </message>
    <message>
        <source>expected a value in braces, quotes, a number or a macro</source>
        <translation>erwartet wurde ein Wert in Klammern oder Anführungszeichen, eine Zahl oder ein Makro</translation>
    </message>
    <message>
        <source>braces nest deeper than %1</source>
        <translation>Klammern sind tiefer als %1 verschachtelt</translation>
    </message>
    <message>
        <source>unbalanced braces</source>
        <translation>unausgeglichene Klammern</translation>
    </message>
    <message>
        <source>the file ends inside a value (unbalanced braces or quotes)</source>
        <translation>die Datei endet mitten in einem Wert (unausgeglichene Klammern oder Anführungszeichen)</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>A keyboard-first reader for corpora of research-paper abstracts.</source>
        <translation>Ein Leseprogramm für Sammlungen von Paper-Abstracts, ganz auf die Tastatur ausgelegt.</translation>
    </message>
    <message>
        <source>Print the parsed corpus and exit (no window).</source>
        <translation>Das eingelesene Korpus ausgeben und beenden (ohne Fenster).</translation>
    </message>
    <message>
        <source>The corpus file to open (default: the shipped corpus).</source>
        <translation>Die zu öffnende Korpusdatei (Standard: das mitgelieferte Korpus).</translation>
    </message>
    <message>
        <source>User interface language, e.g. de, fr, zh_CN or en (default: the saved choice, else the system&apos;s).</source>
        <translation>Sprache der Benutzeroberfläche, z. B. de, fr, zh_CN oder en (Standard: die gespeicherte Wahl, sonst die des Systems).</translation>
    </message>
    <message>
        <source>A corpus file to open.</source>
        <translation>Eine zu öffnende Korpusdatei.</translation>
    </message>
    <message>
        <source>unknown format “%1” (use text, json, tsv or ids).</source>
        <translation>unbekanntes Format „%1“ (möglich sind text, json, tsv oder ids).</translation>
    </message>
    <message>
        <source>Search the corpus, print the matches best first and exit (no window). See README for the query language.</source>
        <translation>Das Korpus durchsuchen, die Treffer nach Relevanz ausgeben und beenden (ohne Fenster). Die Abfragesprache ist in der README beschrieben.</translation>
    </message>
    <message>
        <source>Order for --query: relevance, corpus, author or authors (number of authors); add -reverse to reverse.</source>
        <translation>Reihenfolge für --query: relevance, corpus, author oder authors (Anzahl der Autoren); mit angehängtem -reverse umgekehrt.</translation>
    </message>
    <message>
        <source>unknown format “%1” (use text, json, tsv, count or ids).</source>
        <translation>unbekanntes Format „%1“ (möglich sind text, json, tsv, count oder ids).</translation>
    </message>
    <message>
        <source>unknown sort order “%1” (use relevance, corpus, author or authors, optionally followed by -reverse).</source>
        <translation>unbekannte Sortierung „%1“ (möglich sind relevance, corpus, author oder authors, optional gefolgt von -reverse).</translation>
    </message>
    <message>
        <source>Output format: text, json or tsv for --list, --query and --facets (--query also count or ids); md, csv, json or bib for --export-list.</source>
        <translation>Ausgabeformat: text, json oder tsv für --list, --query und --facets (--query auch count oder ids); md, csv, json oder bib für --export-list.</translation>
    </message>
    <message>
        <source>Print the problems found while reading the corpus to stderr (always for --list and for your own files).</source>
        <translation>Die beim Lesen des Korpus gefundenen Probleme auf stderr ausgeben (immer bei --list und bei eigenen Dateien).</translation>
    </message>
    <message>
        <source>Read the corpus as this format instead of detecting it: native, arxiv, bibtex, ris, csl-json or openreview.</source>
        <translation>Das Korpus in diesem Format lesen, statt es zu erkennen: native, arxiv, bibtex, ris, csl-json oder openreview.</translation>
    </message>
    <message>
        <source>unknown input format “%1” (use %2).</source>
        <translation>unbekanntes Eingabeformat „%1“ (möglich sind %2).</translation>
    </message>
    <message>
        <source>cluster: terms need the paper map, and this corpus has none: %1</source>
        <translation>cluster:-Begriffe brauchen die Karte der Arbeiten, und dieser Korpus hat keine: %1</translation>
    </message>
    <message>
        <source>the map has no cluster %1 at level %2 (it has %3 levels; this one has clusters 0 to %4; --map-json lists them)</source>
        <translation>die Karte hat keinen Cluster %1 auf Ebene %2 (sie hat %3 Ebenen; diese hat die Cluster 0 bis %4; --map-json listet sie auf)</translation>
    </message>
    <message>
        <source>With --query: an acronym the corpus defines also matches its expansion and the other way round, as in the window.</source>
        <translation>Mit --query: Eine Abkürzung, die das Korpus definiert, findet auch ihre Langform und umgekehrt, wie im Fenster.</translation>
    </message>
</context>
<context>
    <name>CliCache</name>
    <message>
        <source>Neither reopen the corpus from its saved index image nor save one.</source>
        <translation>Den Korpus weder aus seinem gespeicherten Indexabbild öffnen noch eines speichern.</translation>
    </message>
    <message>
        <source>Remove every saved index image, say how much space that freed and exit.</source>
        <translation>Alle gespeicherten Indexabbilder entfernen, den freigegebenen Platz nennen und beenden.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n index image(s) from %1, freeing %2.</source>
        <translation>
            <numerusform>%n Indexabbild aus %1 entfernt, %2 freigegeben.</numerusform>
            <numerusform>%n Indexabbilder aus %1 entfernt, %2 freigegeben.</numerusform>
        </translation>
    </message>
    <message>
        <source>reopened “%1” from its index image %2 in %3 ms</source>
        <translation>„%1“ in %3 ms aus seinem Indexabbild %2 geöffnet</translation>
    </message>
    <message>
        <source>warning: the index image of “%1” was damaged and was removed; reading the file instead</source>
        <translation>Warnung: Das Indexabbild von „%1“ war beschädigt und wurde entfernt; die Datei wird stattdessen gelesen</translation>
    </message>
    <message>
        <source>“%1” changed since its index image was saved; reading it again</source>
        <translation>„%1“ hat sich seit dem Speichern seines Indexabbilds geändert; die Datei wird neu gelesen</translation>
    </message>
    <message>
        <source>saved the index image %1 (%2) in %3 ms</source>
        <translation>Indexabbild %1 (%2) in %3 ms gespeichert</translation>
    </message>
    <message>
        <source>could not save an index image of “%1” in %2 (changed meanwhile, or the folder cannot be written)</source>
        <translation>Indexabbild von „%1“ konnte nicht in %2 gespeichert werden (inzwischen geändert, oder der Ordner ist nicht beschreibbar)</translation>
    </message>
</context>
<context>
    <name>CliFacets</name>
    <message>
        <source> Did you mean %1?</source>
        <translation> Meinten Sie %1?</translation>
    </message>
    <message>
        <source>no author named “%1” in this corpus (names match ignoring case and accents).</source>
        <translation>kein Autor namens „%1“ in diesem Korpus (Groß-/Kleinschreibung und Akzente werden beim Namensvergleich ignoriert).</translation>
    </message>
    <message>
        <source>Only papers by this author (repeatable: papers by all of them, or any with --any).</source>
        <translation>Nur Paper dieses Autors (wiederholbar: Paper aller angegebenen Autoren, mit --any Paper eines beliebigen davon).</translation>
    </message>
    <message>
        <source>Leave out papers by this author (repeatable).</source>
        <translation>Paper dieses Autors auslassen (wiederholbar).</translation>
    </message>
    <message>
        <source>With several --author: papers by any of them.</source>
        <translation>Bei mehreren --author: Paper eines beliebigen davon.</translation>
    </message>
    <message>
        <source>Print the authors of the matching papers with their counts instead of the papers.</source>
        <translation>Statt der Paper die Autoren der Treffer mit ihrer Anzahl ausgeben.</translation>
    </message>
    <message>
        <source>With --facets: only the first N authors.</source>
        <translation>Mit --facets: nur die ersten N Autoren.</translation>
    </message>
    <message>
        <source>--top needs a positive number, not “%1”.</source>
        <translation>--top erwartet eine positive Zahl, nicht „%1“.</translation>
    </message>
</context>
<context>
    <name>CliFieldFacets</name>
    <message>
        <source>no paper in this corpus has “%1” there.</source>
        <translation>kein Paper in diesem Korpus hat dort „%1“.</translation>
    </message>
    <message>
        <source>Only papers of this year or range, e.g. 2019 or 2015..2019 (repeatable).</source>
        <translation>Nur Paper dieses Jahres oder Zeitraums, z. B. 2019 oder 2015..2019 (wiederholbar).</translation>
    </message>
    <message>
        <source>Only papers in this category, e.g. cs.LG, or group, e.g. cs (repeatable).</source>
        <translation>Nur Paper dieser Kategorie, z. B. cs.LG, oder Gruppe, z. B. cs (wiederholbar).</translation>
    </message>
    <message>
        <source>Only papers from this venue (repeatable).</source>
        <translation>Nur Paper von diesem Veröffentlichungsort (wiederholbar).</translation>
    </message>
    <message>
        <source>With --facets: author (default), year, category, venue or keyword.</source>
        <translation>Mit --facets: author (Standard), year, category, venue oder keyword.</translation>
    </message>
    <message>
        <source>this corpus has no %1 field (--%1 needs a format that carries it).</source>
        <translation>dieses Korpus hat kein Feld %1 (--%1 braucht ein Format, das es enthält).</translation>
    </message>
    <message>
        <source>unknown facet “%1” (use author, year, category, venue or keyword).</source>
        <translation>unbekannte Facette „%1“ (author, year, category, venue oder keyword verwenden).</translation>
    </message>
</context>
<context>
    <name>CoauthorFacetModel</name>
    <message numerus="yes">
        <source>%n shared paper(s)</source>
        <translation>
            <numerusform>%n gemeinsames Paper</numerusform>
            <numerusform>%n gemeinsame Paper</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <source>Command Palette</source>
        <translation>Befehlspalette</translation>
    </message>
    <message>
        <source>Command palette</source>
        <translation>Befehlspalette</translation>
    </message>
    <message>
        <source>Type a command</source>
        <translation>Befehl eingeben</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>Befehle</translation>
    </message>
    <message>
        <source>No command matches “%1”.</source>
        <translation>Kein Befehl passt zu „%1“.</translation>
    </message>
</context>
<context>
    <name>CorpusEncoding</name>
    <message>
        <source>This file is %1 text%2: save it as UTF-8 (or as UTF-16 with a byte-order mark).</source>
        <translation>Diese Datei ist %1-Text%2: Speichern Sie sie als UTF-8 (oder als UTF-16 mit Byte-Order-Mark).</translation>
    </message>
    <message>
        <source> without a byte-order mark</source>
        <translation> ohne Byte-Order-Mark</translation>
    </message>
    <message>
        <source>This is a binary file, not a text corpus (it contains a NUL byte at offset %1).</source>
        <translation>Das ist eine Binärdatei, kein Textkorpus (sie enthält ein NUL-Byte an Position %1).</translation>
    </message>
    <message>
        <source>This file is not UTF-8 text: %1 of its %2 lines contain invalid bytes (it may be in another encoding; save it as UTF-8).</source>
        <translation>Diese Datei ist kein UTF-8-Text: %1 ihrer %2 Zeilen enthalten ungültige Bytes (vielleicht eine andere Kodierung; speichern Sie sie als UTF-8).</translation>
    </message>
    <message>
        <source>invalid UTF-8 bytes were replaced by “�”.</source>
        <translation>ungültige UTF-8-Bytes wurden durch „�“ ersetzt.</translation>
    </message>
    <message>
        <source>%1 more lines with invalid UTF-8 were not listed.</source>
        <translation>%1 weitere Zeilen mit ungültigem UTF-8 sind nicht aufgeführt.</translation>
    </message>
</context>
<context>
    <name>CorpusParser</name>
    <message>
        <source>“%1” is a folder, not a corpus file.</source>
        <translation>„%1“ ist ein Ordner, keine Korpusdatei.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation>„%1“ lässt sich nicht lesen: %2.</translation>
    </message>
    <message>
        <source>The file is empty: a corpus needs at least one record (a line of authors followed by a line with the abstract).</source>
        <translation>Die Datei ist leer: Ein Korpus braucht mindestens einen Eintrag (eine Autorenzeile, gefolgt von einer Zeile mit dem Abstract).</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The file holds only blank lines: a corpus needs at least one record.</source>
        <translation>Die Datei enthält nur Leerzeilen: Ein Korpus braucht mindestens einen Eintrag.</translation>
    </message>
    <message>
        <source>This does not look like a corpus: only %1 of %2 records start with a line of comma-separated author names (line %3 reads like prose).</source>
        <translation>Das sieht nicht nach einem Korpus aus: Nur %1 von %2 Einträgen beginnen mit einer Zeile kommagetrennter Autorennamen (Zeile %3 liest sich wie Fließtext).</translation>
    </message>
    <message>
        <source>“%1” is a device, not a corpus file: it is not read.</source>
        <translation>„%1“ ist ein Gerät, keine Korpusdatei: Es wird nicht gelesen.</translation>
    </message>
    <message>
        <source>“%1” is larger than %2 GB, more than Skimmer reads as a corpus.</source>
        <translation>„%1“ ist größer als %2 GB und damit mehr, als Skimmer als Korpus liest.</translation>
    </message>
    <message>
        <source>Not enough memory to read “%1”.</source>
        <translation>Nicht genug Arbeitsspeicher, um „%1“ zu lesen.</translation>
    </message>
    <message>
        <source>line is %1 bytes long; only the first %2 are kept.</source>
        <translation>Zeile ist %1 Bytes lang; nur die ersten %2 werden behalten.</translation>
    </message>
    <message>
        <source>a tl;dr line without an author line before it; kept as a paper with no authors.</source>
        <translation>tl;dr-Zeile ohne vorangehende Autorenzeile; als Paper ohne Autoren übernommen.</translation>
    </message>
    <message>
        <source>expected a line of comma-separated author names, found prose; kept as a paper with no authors.</source>
        <translation>erwartet wurde eine Zeile mit kommagetrennten Autorennamen, gefunden wurde Fließtext; als Paper ohne Autoren übernommen.</translation>
    </message>
    <message>
        <source>the file ends before this record&apos;s abstract; the record is kept and marked truncated.</source>
        <translation>die Datei endet vor dem Abstract dieses Eintrags; der Eintrag bleibt erhalten und wird als abgeschnitten markiert.</translation>
    </message>
    <message>
        <source>author line with no abstract after it (line %1 starts the next record); kept with an empty abstract.</source>
        <translation>Autorenzeile ohne folgendes Abstract (Zeile %1 beginnt den nächsten Eintrag); mit leerem Abstract übernommen.</translation>
    </message>
    <message>
        <source>the last record is cut off mid-text (the file ends without a newline); it is kept and marked truncated.</source>
        <translation>der letzte Eintrag bricht mitten im Text ab (die Datei endet ohne Zeilenumbruch); er bleibt erhalten und wird als abgeschnitten markiert.</translation>
    </message>
    <message>
        <source>%1 more over-long lines were not listed.</source>
        <translation>%1 weitere überlange Zeilen sind nicht aufgeführt.</translation>
    </message>
    <message>
        <source>%1 more records without an author line were not listed.</source>
        <translation>%1 weitere Einträge ohne Autorenzeile sind nicht aufgeführt.</translation>
    </message>
    <message>
        <source>%1 more author lines without an abstract were not listed.</source>
        <translation>%1 weitere Autorenzeilen ohne Abstract sind nicht aufgeführt.</translation>
    </message>
    <message>
        <source>Cannot decompress this gzip file.</source>
        <translation>Diese gzip-Datei lässt sich nicht entpacken.</translation>
    </message>
    <message>
        <source>The gzip file is damaged: %1.</source>
        <translation>Die gzip-Datei ist beschädigt: %1.</translation>
    </message>
    <message>
        <source>Only what came before was read.</source>
        <translation>Nur das Vorangehende wurde gelesen.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2.</source>
        <translation>„%1“ lässt sich nicht öffnen: %2.</translation>
    </message>
</context>
<context>
    <name>CorpusProblems</name>
    <message>
        <source>Show Reading &amp;Problems</source>
        <translation>Lese&amp;probleme anzeigen</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n Problem</numerusform>
            <numerusform>%n Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems found while reading “%1”</source>
        <translation>Probleme beim Lesen von „%1“</translation>
    </message>
</context>
<context>
    <name>CorpusReader</name>
    <message>
        <source>This file is none of the formats Skimmer reads (tried %1): %2</source>
        <translation>Diese Datei hat keines der Formate, die Skimmer liest (versucht: %1): %2</translation>
    </message>
</context>
<context>
    <name>CslJsonReader</name>
    <message>
        <source>Cannot read this CSL-JSON file: %1</source>
        <translation>Diese CSL-JSON-Datei lässt sich nicht lesen: %1</translation>
    </message>
    <message>
        <source>not an object; skipped.</source>
        <translation>kein Objekt; übersprungen.</translation>
    </message>
    <message>
        <source>an item with neither a title nor an abstract; dropped.</source>
        <translation>ein Eintrag ohne Titel und ohne Abstract; verworfen.</translation>
    </message>
</context>
<context>
    <name>DensityActions</name>
    <message>
        <source>&amp;Compact List</source>
        <translation>&amp;Kompakte Liste</translation>
    </message>
    <message>
        <source>C&amp;omfortable List</source>
        <translation>K&amp;omfortable Liste</translation>
    </message>
    <message>
        <source>&amp;Full List</source>
        <translation>&amp;Vollständige Liste</translation>
    </message>
    <message>
        <source>Cycle List &amp;Density</source>
        <translation>Listen&amp;dichte wechseln</translation>
    </message>
</context>
<context>
    <name>DetailView</name>
    <message>
        <source>Paper details</source>
        <translation>Paper-Details</translation>
    </message>
    <message>
        <source>Abstract and details</source>
        <translation>Abstract und Details</translation>
    </message>
    <message>
        <source>Paper actions</source>
        <translation>Paper-Aktionen</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Lesezeichen</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <source>Add to List…</source>
        <translation>Zu Liste hinzufügen …</translation>
    </message>
    <message>
        <source>Copy as Plain Text</source>
        <translation>Als reinen Text kopieren</translation>
    </message>
    <message>
        <source>Copy as Markdown</source>
        <translation>Als Markdown kopieren</translation>
    </message>
    <message>
        <source>Copy as BibTeX</source>
        <translation>Als BibTeX kopieren</translation>
    </message>
    <message>
        <source>Copy Paper Id</source>
        <translation>Paper-ID kopieren</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>TeX Source</source>
        <translation>TeX-Quelltext</translation>
    </message>
    <message>
        <source>Show the abstract as written, without rendering its TeX</source>
        <translation>Das Abstract so anzeigen, wie es geschrieben ist, ohne das TeX darzustellen</translation>
    </message>
    <message>
        <source>Star or unstar this paper</source>
        <translation>Lesezeichen für dieses Paper setzen oder entfernen</translation>
    </message>
    <message>
        <source>Mark this paper read or unread</source>
        <translation>Dieses Paper als gelesen oder ungelesen markieren</translation>
    </message>
    <message>
        <source>Add this paper to a reading list</source>
        <translation>Dieses Paper zu einer Leseliste hinzufügen</translation>
    </message>
    <message>
        <source>Needs the library (not available yet)</source>
        <translation>Benötigt die Bibliothek (noch nicht verfügbar)</translation>
    </message>
    <message>
        <source>Select a paper to read its abstract; from the search field, ↓ or Enter opens the best match.</source>
        <translation>Wählen Sie einen Artikel, um seine Zusammenfassung zu lesen; im Suchfeld öffnet ↓ oder Eingabe den besten Treffer.</translation>
    </message>
</context>
<context>
    <name>FacetSelection</name>
    <message>
        <source>and</source>
        <translation>und</translation>
    </message>
    <message>
        <source>or</source>
        <translation>oder</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>not by %1</source>
        <translation>nicht von %1</translation>
    </message>
</context>
<context>
    <name>FieldFacetDock</name>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Publikationsort</translation>
    </message>
    <message>
        <source>Keyword</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <source>Year, Category, Venue</source>
        <translation>Jahr, Kategorie, Publikationsort</translation>
    </message>
    <message>
        <source>Show &amp;Year, Category and Venue Panel</source>
        <translation>Bereich &amp;Jahr, Kategorie und Publikationsort anzeigen</translation>
    </message>
    <message>
        <source>Choose &amp;Years…</source>
        <translation>&amp;Jahre wählen…</translation>
    </message>
    <message>
        <source>Filter &amp;Categories…</source>
        <translation>&amp;Kategorien filtern…</translation>
    </message>
    <message>
        <source>year %1</source>
        <translation>Jahr %1</translation>
    </message>
    <message>
        <source>not %1</source>
        <translation>nicht %1</translation>
    </message>
</context>
<context>
    <name>FieldFacetPanel</name>
    <message>
        <source>Filter %1…</source>
        <translation>%1 filtern…</translation>
    </message>
    <message>
        <source>Filter %1</source>
        <translation>%1 filtern</translation>
    </message>
    <message>
        <source>Space or Enter includes, Shift+Enter excludes, Delete clears; a click cycles</source>
        <translation>Leertaste oder Eingabe schließt ein, Umschalt+Eingabe schließt aus, Entf hebt auf; ein Klick wechselt reihum</translation>
    </message>
    <message>
        <source>Papers must match all included values (AND) or any of them (ANY)</source>
        <translation>Artikel müssen alle eingeschlossenen Werte haben (UND) oder einen davon (ODER)</translation>
    </message>
    <message>
        <source>AND</source>
        <translation>UND</translation>
    </message>
    <message>
        <source>ANY</source>
        <translation>ODER</translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <source>&amp;Open Corpus…</source>
        <translation>Korpus ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>Ladefortschritt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel loading</source>
        <translation>Laden abbrechen</translation>
    </message>
    <message>
        <source>Loading “%1” was cancelled.</source>
        <translation>Das Laden von „%1“ wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Open Corpus</source>
        <translation>Korpus öffnen</translation>
    </message>
    <message>
        <source>Loading “%1”…</source>
        <translation>„%1“ wird geladen …</translation>
    </message>
    <message>
        <source>Could not open “%1”: %2</source>
        <translation>„%1“ konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Could not open “%1”: %2 “%3” stays open.</source>
        <translation>„%1“ konnte nicht geöffnet werden: %2 „%3“ bleibt geöffnet.</translation>
    </message>
    <message>
        <source>Open the &amp;Sample Corpus</source>
        <translation>&amp;Beispielkorpus öffnen</translation>
    </message>
    <message>
        <source>Corpus files (*.txt *.json *.jsonl *.bib *.ris *.gz)</source>
        <translation>Korpusdateien (*.txt *.json *.jsonl *.bib *.ris *.gz)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Clear Index &amp;Cache</source>
        <translation>Index-&amp;Cache leeren</translation>
    </message>
    <message>
        <source>Remove the saved index images that make corpora reopen at once</source>
        <translation>Die gespeicherten Indexabbilder entfernen, mit denen Korpora sofort wieder geöffnet werden</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n saved index image(s), freeing %1.</source>
        <translation>
            <numerusform>%n gespeichertes Indexabbild entfernt, %1 freigegeben.</numerusform>
            <numerusform>%n gespeicherte Indexabbilder entfernt, %1 freigegeben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterChipBar</name>
    <message>
        <source>Active filters</source>
        <translation>Aktive Filter</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>Alle entfernen</translation>
    </message>
    <message>
        <source>Remove every filter (Esc twice in the search field)</source>
        <translation>Alle Filter entfernen (zweimal Esc im Suchfeld)</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Diesen Filter entfernen</translation>
    </message>
    <message>
        <source>Remove filter %1</source>
        <translation>Filter %1 entfernen</translation>
    </message>
</context>
<context>
    <name>FilterController</name>
    <message>
        <source>Authors</source>
        <translation>Autoren</translation>
    </message>
    <message>
        <source>F&amp;acets</source>
        <translation>&amp;Facetten</translation>
    </message>
    <message>
        <source>Show &amp;Authors Panel</source>
        <translation>&amp;Autorenleiste anzeigen</translation>
    </message>
    <message>
        <source>&amp;Filter Authors…</source>
        <translation>Autoren &amp;filtern …</translation>
    </message>
    <message>
        <source>&amp;Remove Last Filter</source>
        <translation>Letzten Filter &amp;entfernen</translation>
    </message>
    <message>
        <source>Also Backspace in the empty search field</source>
        <translation>Auch Rücktaste im leeren Suchfeld</translation>
    </message>
    <message>
        <source>&amp;Clear All Filters</source>
        <translation>Alle Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Also Esc twice in the search field</source>
        <translation>Auch zweimal Esc im Suchfeld</translation>
    </message>
    <message>
        <source>list “%1”</source>
        <translation>Liste „%1“</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>not %1</source>
        <translation>nicht %1</translation>
    </message>
    <message>
        <source>not in “%1”</source>
        <translation>nicht in „%1“</translation>
    </message>
    <message>
        <source>in “%1”</source>
        <translation>in „%1“</translation>
    </message>
    <message>
        <source>not starred</source>
        <translation>ohne Stern</translation>
    </message>
    <message>
        <source>starred</source>
        <translation>mit Stern</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>nicht gelesen</translation>
    </message>
    <message>
        <source>read</source>
        <translation>gelesen</translation>
    </message>
    <message>
        <source>not unread</source>
        <translation>nicht ungelesen</translation>
    </message>
    <message>
        <source>unread</source>
        <translation>ungelesen</translation>
    </message>
    <message numerus="yes">
        <source>region: %n paper(s)</source>
        <translation>
            <numerusform>Region: %n Paper</numerusform>
            <numerusform>Region: %n Paper</numerusform>
        </translation>
    </message>
    <message>
        <source>cluster %1 (no map yet)</source>
        <translation>Cluster %1 (noch keine Karte)</translation>
    </message>
    <message>
        <source>cluster %1 (not on the map)</source>
        <translation>Cluster %1 (nicht auf der Karte)</translation>
    </message>
    <message>
        <source>cluster %1</source>
        <translation>Cluster %1</translation>
    </message>
    <message>
        <source>not cluster “%1”</source>
        <translation>nicht Cluster „%1“</translation>
    </message>
    <message>
        <source>cluster “%1”</source>
        <translation>Cluster „%1“</translation>
    </message>
</context>
<context>
    <name>FocusTargets</name>
    <message>
        <source>Go to %1</source>
        <translation>Zu „%1“ wechseln</translation>
    </message>
</context>
<context>
    <name>GzipDevice</name>
    <message>
        <source>the compressed data ends too early</source>
        <translation>die komprimierten Daten enden zu früh</translation>
    </message>
    <message>
        <source>the compressed data is corrupt (%1)</source>
        <translation>die komprimierten Daten sind fehlerhaft (%1)</translation>
    </message>
</context>
<context>
    <name>JsonRecords</name>
    <message>
        <source>line %1: this is not valid JSON (%2).</source>
        <translation>Zeile %1: das ist kein gültiges JSON (%2).</translation>
    </message>
    <message>
        <source>the file is JSON but not an array of records.</source>
        <translation>die Datei ist JSON, aber keine Liste von Einträgen.</translation>
    </message>
    <message>
        <source>the file is JSON but neither an array of records nor an object with a “%1” array.</source>
        <translation>die Datei ist JSON, aber weder eine Liste von Einträgen noch ein Objekt mit einer Liste „%1“.</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>the system language</source>
        <translation>die Systemsprache</translation>
    </message>
    <message>
        <source>Skimmer will use %1 the next time it starts.</source>
        <translation>Skimmer verwendet %1 ab dem nächsten Start.</translation>
    </message>
</context>
<context>
    <name>LibraryCommands</name>
    <message>
        <source>no paper ids given (pass them after the option, e.g. from --query … --format ids)</source>
        <translation>keine Paper-IDs angegeben (übergeben Sie sie nach der Option, z. B. aus --query … --format ids)</translation>
    </message>
    <message>
        <source>not in the corpus “%1”: %2 — nothing was changed</source>
        <translation>nicht im Korpus „%1“: %2 – es wurde nichts geändert</translation>
    </message>
    <message>
        <source>added %1 of %2 papers to “%3”
</source>
        <translation>%1 von %2 Paper zu „%3“ hinzugefügt
</translation>
    </message>
    <message>
        <source>unknown format “%1” for --lists (use text or json)</source>
        <translation>unbekanntes Format „%1“ für --lists (möglich sind text oder json)</translation>
    </message>
    <message>
        <source>cannot write “%1”: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>no list named “%1” in %2</source>
        <translation>keine Liste namens „%1“ in %2</translation>
    </message>
    <message>
        <source>cannot read “%1”: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>imported “%1”: %2 new, %3 already there</source>
        <translation>„%1“ importiert: %2 neu, %3 bereits vorhanden</translation>
    </message>
    <message>
        <source>; not in this corpus (kept): %1</source>
        <translation>; nicht in diesem Korpus (beibehalten): %1</translation>
    </message>
    <message>
        <source>The library file (default: $SKIMMER_LIBRARY or the user&apos;s library).</source>
        <translation>Die Bibliotheksdatei (Standard: $SKIMMER_LIBRARY oder die Bibliothek des Benutzers).</translation>
    </message>
    <message>
        <source>Print the reading lists and their counts (--format text or json).</source>
        <translation>Die Leselisten mit ihrer Anzahl an Papern ausgeben (--format text oder json).</translation>
    </message>
    <message>
        <source>Write an export to this file.</source>
        <translation>Den Export in diese Datei schreiben.</translation>
    </message>
    <message>
        <source>Merge a JSON list export into the library.</source>
        <translation>Einen JSON-Listenexport in die Bibliothek übernehmen.</translation>
    </message>
    <message>
        <source>Bookmark the papers whose ids follow (- reads them from standard input).</source>
        <translation>Lesezeichen für die Paper setzen, deren IDs folgen (- liest sie von der Standardeingabe).</translation>
    </message>
    <message>
        <source>Remove the bookmarks of the papers whose ids follow (- reads them from standard input).</source>
        <translation>Lesezeichen der Paper entfernen, deren IDs folgen (- liest sie von der Standardeingabe).</translation>
    </message>
    <message>
        <source>Add the papers whose ids follow to a reading list, created when new (- reads the ids from standard input).</source>
        <translation>Die Paper, deren IDs folgen, zu einer Leseliste hinzufügen; sie wird bei Bedarf angelegt (- liest die IDs von der Standardeingabe).</translation>
    </message>
    <message>
        <source>%1 ids, the first %2: %3</source>
        <translation>%1 IDs, die ersten %2: %3</translation>
    </message>
    <message>
        <source>unknown export format “%1” (use md, csv, json, bib, ris or csljson)</source>
        <translation>unbekanntes Exportformat „%1“ (md, csv, json, bib, ris oder csljson verwenden)</translation>
    </message>
    <message>
        <source>Export a reading list (or Bookmarks) with --format md, csv, json, bib, ris or csljson.</source>
        <translation>Eine Leseliste (oder die Lesezeichen) mit --format md, csv, json, bib, ris oder csljson exportieren.</translation>
    </message>
    <message>
        <source>%1 papers voted not relevant for “%2”
</source>
        <translation>%1 Arbeiten für „%2“ als nicht relevant markiert
</translation>
    </message>
    <message>
        <source>“%1” has no paper in the corpus “%2”: nothing to learn from</source>
        <translation>„%1“ enthält keine Arbeit des Korpus „%2“: nichts zu lernen</translation>
    </message>
    <message>
        <source># like “%1”: %2
</source>
        <translation># wie „%1“: %2
</translation>
    </message>
    <message>
        <source>unknown format “%1” for --more-like-list (use ids, json or text)</source>
        <translation>unbekanntes Format „%1“ für --more-like-list (ids, json oder text verwenden)</translation>
    </message>
    <message>
        <source>Print the papers outside a list ranked by likeness to it (--format ids, json or text).</source>
        <translation>Die Arbeiten außerhalb einer Liste nach Ähnlichkeit zu ihr sortiert ausgeben (--format ids, json oder text).</translation>
    </message>
    <message>
        <source>Vote the papers whose ids follow “not relevant” for a list (- reads them from standard input).</source>
        <translation>Die Arbeiten mit den folgenden IDs für eine Liste als „nicht relevant“ markieren (- liest sie von der Standardeingabe).</translation>
    </message>
    <message numerus="yes">
        <source>; %n saved view(s) added</source>
        <translation>
            <numerusform>; %n gespeicherte Ansicht hinzugefügt</numerusform>
            <numerusform>; %n gespeicherte Ansichten hinzugefügt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryController</name>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Bibliothek</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Toggle &amp;Bookmark</source>
        <translation>&amp;Lesezeichen umschalten</translation>
    </message>
    <message>
        <source>Toggle &amp;Read</source>
        <translation>&amp;Gelesen-Status umschalten</translation>
    </message>
    <message>
        <source>&amp;Add to List…</source>
        <translation>Zu Liste &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>Re&amp;move from List</source>
        <translation>Aus Liste &amp;entfernen</translation>
    </message>
    <message>
        <source>Move &amp;Up in List</source>
        <translation>In Liste nach &amp;oben verschieben</translation>
    </message>
    <message>
        <source>Move &amp;Down in List</source>
        <translation>In Liste nach &amp;unten verschieben</translation>
    </message>
    <message>
        <source>Re&amp;name List…</source>
        <translation>Liste umbe&amp;nennen …</translation>
    </message>
    <message>
        <source>De&amp;lete List…</source>
        <translation>Liste lö&amp;schen …</translation>
    </message>
    <message>
        <source>Library: %1</source>
        <translation>Bibliothek: %1</translation>
    </message>
    <message numerus="yes">
        <source>Add %n paper(s) to list</source>
        <translation>
            <numerusform>%n Paper zu Liste hinzufügen</numerusform>
            <numerusform>%n Paper zu Liste hinzufügen</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename List</source>
        <translation>Liste umbenennen</translation>
    </message>
    <message>
        <source>New name for “%1”:</source>
        <translation>Neuer Name für „%1“:</translation>
    </message>
    <message>
        <source>Delete List</source>
        <translation>Liste löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete the list “%1” with %n paper(s)? (Ctrl+Z brings it back.)</source>
        <translation>
            <numerusform>Die Liste „%1“ mit %n Paper löschen? (Strg+Z stellt sie wieder her.)</numerusform>
            <numerusform>Die Liste „%1“ mit %n Papern löschen? (Strg+Z stellt sie wieder her.)</numerusform>
        </translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Rückgängig gemacht: %1</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>Wiederhergestellt: %1</translation>
    </message>
</context>
<context>
    <name>LibraryEntriesModel</name>
    <message>
        <source>%1 — not in this corpus</source>
        <translation>%1 – nicht in diesem Korpus</translation>
    </message>
    <message>
        <source>Not in this corpus</source>
        <translation>Nicht in diesem Korpus</translation>
    </message>
</context>
<context>
    <name>LibraryListsModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>“%1”: %n paper(s)</source>
        <translation>
            <numerusform>„%1“: %n Paper</numerusform>
            <numerusform>„%1“: %n Paper</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Library scopes</source>
        <translation>Bibliotheksbereiche</translation>
    </message>
    <message>
        <source>Reading lists</source>
        <translation>Leselisten</translation>
    </message>
    <message>
        <source>Entries of the selected list</source>
        <translation>Einträge der ausgewählten Liste</translation>
    </message>
    <message>
        <source>Note on this paper in the list</source>
        <translation>Notiz zu diesem Paper in der Liste</translation>
    </message>
    <message>
        <source>A note on this paper in this list (Ctrl+Enter saves)</source>
        <translation>Eine Notiz zu diesem Paper in dieser Liste (Strg+Eingabe speichert)</translation>
    </message>
    <message>
        <source>In the selected list</source>
        <translation>In der ausgewählten Liste</translation>
    </message>
    <message>
        <source>Note (select a paper in a list)</source>
        <translation>Notiz (wählen Sie ein Paper in einer Liste)</translation>
    </message>
    <message>
        <source>Note in “%1”</source>
        <translation>Notiz in „%1“</translation>
    </message>
</context>
<context>
    <name>LibraryScope</name>
    <message>
        <source>All papers</source>
        <translation>Alle Paper</translation>
    </message>
    <message>
        <source>Bookmarked</source>
        <translation>Lesezeichen</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Ungelesen</translation>
    </message>
</context>
<context>
    <name>LibraryStore</name>
    <message>
        <source>the library “%1” does not exist</source>
        <translation>die Bibliothek „%1“ existiert nicht</translation>
    </message>
    <message>
        <source>cannot create the folder for the library “%1”</source>
        <translation>der Ordner für die Bibliothek „%1“ kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot open the library “%1”: %2</source>
        <translation>die Bibliothek „%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>the library is not open</source>
        <translation>die Bibliothek ist nicht geöffnet</translation>
    </message>
    <message>
        <source>the library “%1” is open read-only</source>
        <translation>die Bibliothek „%1“ ist schreibgeschützt geöffnet</translation>
    </message>
    <message>
        <source>library query failed: %1</source>
        <translation>Bibliotheksabfrage fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>a paper without an id cannot be stored</source>
        <translation>ein Paper ohne ID kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>cannot create the backup folder “%1”</source>
        <translation>der Sicherungsordner „%1“ kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>the backup did not verify: %1</source>
        <translation>die Überprüfung der Sicherung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>cannot write the backup “%1”</source>
        <translation>die Sicherung „%1“ kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>a list needs a name</source>
        <translation>eine Liste braucht einen Namen</translation>
    </message>
    <message>
        <source>“%1” is reserved for the bookmarks</source>
        <translation>„%1“ ist für die Lesezeichen reserviert</translation>
    </message>
    <message>
        <source>a list named “%1” already exists</source>
        <translation>eine Liste namens „%1“ existiert bereits</translation>
    </message>
    <message>
        <source>no list named “%1”</source>
        <translation>keine Liste namens „%1“</translation>
    </message>
    <message>
        <source>“%1” is not in the list “%2”</source>
        <translation>„%1“ ist nicht in der Liste „%2“</translation>
    </message>
    <message>
        <source>a new order of “%1” must hold each of its papers exactly once</source>
        <translation>„%1“ muss in der neuen Reihenfolge jedes seiner Paper genau einmal enthalten</translation>
    </message>
    <message>
        <source>no library file given: the path is empty</source>
        <translation>keine Bibliotheksdatei angegeben: Der Pfad ist leer</translation>
    </message>
    <message>
        <source>“%1” is not a regular file, so it cannot be a library</source>
        <translation>„%1“ ist keine gewöhnliche Datei und kann daher keine Bibliothek sein</translation>
    </message>
    <message>
        <source>the library “%1” is being opened by another program</source>
        <translation>die Bibliothek „%1“ wird gerade von einem anderen Programm geöffnet</translation>
    </message>
    <message>
        <source>the library “%1” cannot be written (%2); it is open read-only and changes cannot be saved</source>
        <translation>in die Bibliothek „%1“ kann nicht geschrieben werden (%2); sie ist schreibgeschützt geöffnet, Änderungen können nicht gespeichert werden</translation>
    </message>
    <message>
        <source>a saved view needs a name</source>
        <translation>eine gespeicherte Ansicht braucht einen Namen</translation>
    </message>
    <message>
        <source>a saved view named “%1” already exists</source>
        <translation>eine gespeicherte Ansicht namens „%1“ gibt es schon</translation>
    </message>
    <message>
        <source>no saved view named “%1”</source>
        <translation>keine gespeicherte Ansicht namens „%1“</translation>
    </message>
</context>
<context>
    <name>LibraryUndo</name>
    <message numerus="yes">
        <source>bookmark %n paper(s)</source>
        <translation>
            <numerusform>Lesezeichen für %n Paper setzen</numerusform>
            <numerusform>Lesezeichen für %n Paper setzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>remove the bookmark of %n paper(s)</source>
        <translation>
            <numerusform>Lesezeichen von %n Paper entfernen</numerusform>
            <numerusform>Lesezeichen von %n Papern entfernen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>mark %n paper(s) read</source>
        <translation>
            <numerusform>%n Paper als gelesen markieren</numerusform>
            <numerusform>%n Paper als gelesen markieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>mark %n paper(s) unread</source>
        <translation>
            <numerusform>%n Paper als ungelesen markieren</numerusform>
            <numerusform>%n Paper als ungelesen markieren</numerusform>
        </translation>
    </message>
    <message>
        <source>create list %1</source>
        <translation>Liste %1 anlegen</translation>
    </message>
    <message numerus="yes">
        <source>add %n paper(s) to %1</source>
        <translation>
            <numerusform>%n Paper zu %1 hinzufügen</numerusform>
            <numerusform>%n Paper zu %1 hinzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>remove %n paper(s) from %1</source>
        <translation>
            <numerusform>%n Paper aus %1 entfernen</numerusform>
            <numerusform>%n Paper aus %1 entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>rename %1 to %2</source>
        <translation>%1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>delete list %1</source>
        <translation>Liste %1 löschen</translation>
    </message>
    <message>
        <source>edit the note in %1</source>
        <translation>die Notiz in %1 bearbeiten</translation>
    </message>
    <message numerus="yes">
        <source>move %n paper(s) in %1</source>
        <translation>
            <numerusform>%n Paper in %1 verschieben</numerusform>
            <numerusform>%n Paper in %1 verschieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>import %n paper(s) into %1</source>
        <translation>
            <numerusform>%n Paper in %1 importieren</numerusform>
            <numerusform>%n Paper in %1 importieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Bookmarked %n paper(s)</source>
        <translation>
            <numerusform>%n Paper mit Lesezeichen versehen</numerusform>
            <numerusform>%n Paper mit Lesezeichen versehen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed the bookmark of %n paper(s)</source>
        <translation>
            <numerusform>Lesezeichen von %n Paper entfernt</numerusform>
            <numerusform>Lesezeichen von %n Papern entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %n paper(s) read</source>
        <translation>
            <numerusform>%n Paper als gelesen markiert</numerusform>
            <numerusform>%n Paper als gelesen markiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %n paper(s) unread</source>
        <translation>
            <numerusform>%n Paper als ungelesen markiert</numerusform>
            <numerusform>%n Paper als ungelesen markiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Created list %1</source>
        <translation>Liste %1 angelegt</translation>
    </message>
    <message numerus="yes">
        <source>Added %n paper(s) to %1</source>
        <translation>
            <numerusform>%n Paper zu %1 hinzugefügt</numerusform>
            <numerusform>%n Paper zu %1 hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n paper(s) from %1</source>
        <translation>
            <numerusform>%n Paper aus %1 entfernt</numerusform>
            <numerusform>%n Paper aus %1 entfernt</numerusform>
        </translation>
    </message>
    <message>
        <source>Renamed %1 to %2</source>
        <translation>%1 in %2 umbenannt</translation>
    </message>
    <message>
        <source>Deleted list %1</source>
        <translation>Liste %1 gelöscht</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n paper(s) in %1</source>
        <translation>
            <numerusform>%n Paper in %1 verschoben</numerusform>
            <numerusform>%n Paper in %1 verschoben</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved the note in %1</source>
        <translation>Notiz in %1 gespeichert</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n paper(s) into %1</source>
        <translation>
            <numerusform>%n Paper in %1 importiert</numerusform>
            <numerusform>%n Paper in %1 importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>mark %n paper(s) not relevant for %1</source>
        <translation>
            <numerusform>%n Arbeit für %1 als nicht relevant markieren</numerusform>
            <numerusform>%n Arbeiten für %1 als nicht relevant markieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>take back %n “not relevant” vote(s) for %1</source>
        <translation>
            <numerusform>%n „nicht relevant“-Markierung für %1 zurücknehmen</numerusform>
            <numerusform>%n „nicht relevant“-Markierungen für %1 zurücknehmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Already in %1: %n paper(s)</source>
        <translation>
            <numerusform>Schon in %1: %n Paper</numerusform>
            <numerusform>Schon in %1: %n Paper</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LikeSortController</name>
    <message>
        <source>&amp;Not Relevant to This List</source>
        <translation>&amp;Nicht relevant für diese Liste</translation>
    </message>
    <message>
        <source>“%1” has no paper in this corpus: nothing to learn from, so the papers are in relevance order.</source>
        <translation>„%1“ hat kein Paper in diesem Korpus: nichts zu lernen, daher sind die Paper nach Relevanz sortiert.</translation>
    </message>
    <message>
        <source>Learning what “%1” is about…</source>
        <translation>Lerne, worum es in „%1“ geht…</translation>
    </message>
    <message>
        <source>Ranked by likeness to “%1”: %2 …</source>
        <translation>Nach Ähnlichkeit zu „%1“ geordnet: %2 …</translation>
    </message>
    <message numerus="yes">
        <source>(%n paper(s) of the list and its “not relevant” votes hidden; N: not relevant)</source>
        <translation>
            <numerusform>(%n Paper der Liste und ihrer „nicht relevant“-Stimmen ausgeblendet; N: nicht relevant)</numerusform>
            <numerusform>(%n Paper der Liste und ihrer „nicht relevant“-Stimmen ausgeblendet; N: nicht relevant)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListExportDialog</name>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>JSON (can be imported again)</source>
        <translation>JSON (kann wieder importiert werden)</translation>
    </message>
    <message>
        <source>BibTeX</source>
        <translation>BibTeX</translation>
    </message>
    <message>
        <source>Export List</source>
        <translation>Liste exportieren</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation>&amp;Liste:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>Da&amp;tei:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>Wählen Sie eine Datei für den Export.</translation>
    </message>
    <message>
        <source>There is no list named “%1” any more.</source>
        <translation>Es gibt keine Liste namens „%1“ mehr.</translation>
    </message>
    <message>
        <source>“%1” already exists. Press Export again to replace it.</source>
        <translation>„%1“ existiert bereits. Drücken Sie erneut auf Exportieren, um die Datei zu ersetzen.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ListPickerDialog</name>
    <message>
        <source>List name — type to filter or to create a new list</source>
        <translation>Listenname – tippen, um zu filtern oder eine neue Liste anzulegen</translation>
    </message>
    <message>
        <source>Type a name to create your first list.</source>
        <translation>Geben Sie einen Namen ein, um Ihre erste Liste anzulegen.</translation>
    </message>
    <message>
        <source>Enter creates the list “%1”.</source>
        <translation>Eingabe legt die Liste „%1“ an.</translation>
    </message>
    <message>
        <source>Enter adds to “%1”.</source>
        <translation>Eingabe fügt zu „%1“ hinzu.</translation>
    </message>
    <message>
        <source>Enter adds to “%1”; Shift+Enter creates the list “%2”.</source>
        <translation>Eingabe fügt zu „%1“ hinzu; Umschalt+Eingabe legt die Liste „%2“ an.</translation>
    </message>
</context>
<context>
    <name>ListTransferActions</name>
    <message>
        <source>&amp;Export List…</source>
        <translation>Liste &amp;exportieren …</translation>
    </message>
    <message>
        <source>&amp;Import List…</source>
        <translation>Liste &amp;importieren …</translation>
    </message>
    <message>
        <source>No library is open.</source>
        <translation>Keine Bibliothek ist geöffnet.</translation>
    </message>
    <message>
        <source>Exported “%1” to %2</source>
        <translation>„%1“ nach %2 exportiert</translation>
    </message>
    <message>
        <source>The library is not open for changes.</source>
        <translation>Die Bibliothek ist nicht zum Ändern geöffnet.</translation>
    </message>
    <message>
        <source>Import List</source>
        <translation>Liste importieren</translation>
    </message>
    <message>
        <source>Skimmer list exports (*.json)</source>
        <translation>Skimmer-Listenexporte (*.json)</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Could not import “%1”: %2</source>
        <translation>„%1“ konnte nicht importiert werden: %2</translation>
    </message>
    <message>
        <source>Imported “%1”: %2 new, %3 already there (Ctrl+Z undoes)</source>
        <translation>„%1“ importiert: %2 neu, %3 schon vorhanden (Strg+Z macht es rückgängig)</translation>
    </message>
    <message>
        <source>; skipped: %1</source>
        <translation>; übersprungen: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Papers</source>
        <translation>Paper</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Skimmer</source>
        <translation>Skimmer</translation>
    </message>
    <message>
        <source>%1 — Skimmer</source>
        <translation>%1 – Skimmer</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Autoren</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Year and Category</source>
        <translation>Jahr und Kategorie</translation>
    </message>
    <message>
        <source>Reading lists</source>
        <translation>Leselisten</translation>
    </message>
    <message>
        <source>Vie&amp;ws</source>
        <translation>&amp;Ansichten</translation>
    </message>
</context>
<context>
    <name>MapCommand</name>
    <message>
        <source>Paper map</source>
        <translation>Papierkarte</translation>
    </message>
    <message>
        <source>Compute the paper map and write it as JSON to &lt;file&gt;.</source>
        <translation>Die Papierkarte berechnen und als JSON nach &lt;file&gt; schreiben.</translation>
    </message>
    <message>
        <source>With --map-json: also draw the map to &lt;file&gt; (.png or .svg).</source>
        <translation>Mit --map-json: die Karte auch nach &lt;file&gt; zeichnen (.png oder .svg).</translation>
    </message>
    <message>
        <source>Cannot write “%1”.</source>
        <translation>„%1“ kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>MapController</name>
    <message>
        <source>Map</source>
        <translation>Karte</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Karte</translation>
    </message>
    <message>
        <source>Map clusters</source>
        <translation>Cluster der Karte</translation>
    </message>
    <message numerus="yes">
        <source>cluster:%1 · %2 · %n paper(s)</source>
        <translation>
            <numerusform>cluster:%1 · %2 · %n Paper</numerusform>
            <numerusform>cluster:%1 · %2 · %n Paper</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapPipeline</name>
    <message numerus="yes">
        <source>Too few papers to draw a map: it needs at least %n.</source>
        <translation>
            <numerusform>Zu wenige Papers für eine Karte: Sie braucht mindestens %n.</numerusform>
            <numerusform>Zu wenige Papers für eine Karte: Sie braucht mindestens %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>No map: the papers share too few distinguishing words (empty or identical abstracts?).</source>
        <translation>Keine Karte: Die Papers teilen zu wenige unterscheidende Wörter (leere oder identische Abstracts?).</translation>
    </message>
    <message>
        <source>The map could not be laid out.</source>
        <translation>Die Karte konnte nicht angeordnet werden.</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Paper map</source>
        <translation>Papierkarte</translation>
    </message>
    <message>
        <source>The map is computed after the corpus loads…</source>
        <translation>Die Karte wird nach dem Laden des Korpus berechnet …</translation>
    </message>
    <message>
        <source>Drawing the map: %1 (%2%)</source>
        <translation>Die Karte wird gezeichnet: %1 (%2 %)</translation>
    </message>
</context>
<context>
    <name>NavigationActions</name>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Recent &amp;Searches</source>
        <translation>&amp;Letzte Suchen</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>&amp;Command Palette…</source>
        <translation>&amp;Befehlspalette …</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>NavigationController</name>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Back to the previous paper, query and filters</source>
        <translation>Zurück zum vorigen Paper, zur vorigen Suche und zu den vorigen Filtern</translation>
    </message>
    <message>
        <source>F&amp;orward</source>
        <translation>&amp;Vorwärts</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Show problems</source>
        <translation>Probleme anzeigen</translation>
    </message>
    <message>
        <source>Close notice</source>
        <translation>Hinweis schließen</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in “%1”; the papers were kept.</source>
        <translation>
            <numerusform>%n Problem in „%1“; die Paper wurden trotzdem übernommen.</numerusform>
            <numerusform>%n Probleme in „%1“; die Paper wurden trotzdem übernommen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
</context>
<context>
    <name>OpenReviewReader</name>
    <message>
        <source>Cannot read these OpenReview notes: %1</source>
        <translation>Diese OpenReview-Notizen lassen sich nicht lesen: %1</translation>
    </message>
    <message>
        <source>a note without a “content” object; skipped.</source>
        <translation>eine Notiz ohne „content“-Objekt; übersprungen.</translation>
    </message>
    <message>
        <source>a note with neither a title nor an abstract; dropped.</source>
        <translation>eine Notiz ohne Titel und ohne Abstract; verworfen.</translation>
    </message>
</context>
<context>
    <name>PaperCopyActions</name>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Copy Papers</source>
        <translation>Papers &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy as &amp;Markdown</source>
        <translation>Als &amp;Markdown kopieren</translation>
    </message>
    <message>
        <source>Copy as &amp;BibTeX</source>
        <translation>Als &amp;BibTeX kopieren</translation>
    </message>
    <message>
        <source>Copy Paper &amp;Ids</source>
        <translation>Paper-&amp;IDs kopieren</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n paper(s)</source>
        <translation>
            <numerusform>%n Paper kopiert</numerusform>
            <numerusform>%n Paper kopiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaperDelegate</name>
    <message>
        <source>truncated</source>
        <translation>abgeschnitten</translation>
    </message>
    <message>
        <source>TL;DR</source>
        <translation>TL;DR</translation>
    </message>
    <message>
        <source>ABS</source>
        <translation>ABS</translation>
    </message>
    <message>
        <source>In: %1</source>
        <translation>In: %1</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITEL</translation>
    </message>
    <message>
        <source>authors</source>
        <translation>Autoren</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>tl;dr</source>
        <translation>tl;dr</translation>
    </message>
    <message>
        <source>abstract</source>
        <translation>Abstract</translation>
    </message>
</context>
<context>
    <name>PaperHtml</name>
    <message>
        <source>tl;dr</source>
        <translation>tl;dr</translation>
    </message>
    <message>
        <source>This record has no abstract.</source>
        <translation>Dieser Eintrag hat kein Abstract.</translation>
    </message>
    <message>
        <source>(no authors)</source>
        <translation>(keine Autoren)</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Mit Lesezeichen</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Ungelesen</translation>
    </message>
    <message>
        <source>In lists:</source>
        <translation>In Listen:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
    <message>
        <source>Line %1 · id %2</source>
        <translation>Zeile %1 · ID %2</translation>
    </message>
    <message>
        <source>truncated in the source file</source>
        <translation>in der Quelldatei abgeschnitten</translation>
    </message>
    <message>
        <source>Similar papers</source>
        <translation>Ähnliche Paper</translation>
    </message>
    <message>
        <source>Finding similar papers…</source>
        <translation>Ähnliche Paper werden gesucht …</translation>
    </message>
    <message>
        <source>No paper in this corpus shares its terms.</source>
        <translation>Kein Paper in diesem Korpus hat Begriffe mit diesem gemeinsam.</translation>
    </message>
    <message>
        <source>Categories:</source>
        <translation>Kategorien:</translation>
    </message>
    <message>
        <source>Keywords:</source>
        <translation>Schlagwörter:</translation>
    </message>
    <message numerus="yes">
        <source>%n papers selected</source>
        <translation>
            <numerusform>%n Paper ausgewählt</numerusform>
            <numerusform>%n Paper ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>More like these</source>
        <translation>Mehr wie diese</translation>
    </message>
    <message>
        <source>No other paper shares their terms.</source>
        <translation>Kein anderes Paper teilt ihre Begriffe.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Library problem</source>
        <translation>Problem mit der Bibliothek</translation>
    </message>
    <message>
        <source>Skimmer cannot use your library:

%1</source>
        <translation>Skimmer kann Ihre Bibliothek nicht verwenden:

%1</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>Schreibgeschützt öffnen</translation>
    </message>
    <message>
        <source>Start a New Library (keep the old file aside)</source>
        <translation>Neue Bibliothek anlegen (alte Datei beiseitelegen)</translation>
    </message>
    <message>
        <source>Continue Without Library</source>
        <translation>Ohne Bibliothek fortfahren</translation>
    </message>
    <message>
        <source>Could not move “%1” aside; continuing without a library.</source>
        <translation>„%1“ konnte nicht beiseitegelegt werden; es wird ohne Bibliothek fortgefahren.</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>The old library was kept as “%1”.</source>
        <translation>Die alte Bibliothek wurde als „%1“ aufbewahrt.</translation>
    </message>
    <message>
        <source>not a Skimmer list export (no &quot;format&quot;: &quot;%1&quot;)</source>
        <translation>kein Skimmer-Listenexport (kein &quot;format&quot;: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>written by a newer Skimmer (export version %1)</source>
        <translation>von einer neueren Skimmer-Version geschrieben (Exportversion %1)</translation>
    </message>
    <message>
        <source>the export has no list name</source>
        <translation>der Export hat keinen Listennamen</translation>
    </message>
    <message>
        <source>entry %1: no paper id</source>
        <translation>Eintrag %1: keine Paper-ID</translation>
    </message>
    <message>
        <source>cannot read the library “%1”: %2</source>
        <translation>die Bibliothek „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>“%1” is not a Skimmer library (not an SQLite database); it was left untouched</source>
        <translation>„%1“ ist keine Skimmer-Bibliothek (keine SQLite-Datenbank); sie wurde nicht verändert</translation>
    </message>
    <message>
        <source>the library “%1” is damaged (%2); it was left untouched</source>
        <translation>die Bibliothek „%1“ ist beschädigt (%2); sie wurde nicht verändert</translation>
    </message>
    <message>
        <source>the library “%1” failed its integrity check (%2); it was left untouched</source>
        <translation>die Bibliothek „%1“ hat die Integritätsprüfung nicht bestanden (%2); sie wurde nicht verändert</translation>
    </message>
    <message>
        <source>the library “%1” was written by a newer Skimmer (schema %2, this one knows up to %3); it was left untouched</source>
        <translation>die Bibliothek „%1“ wurde von einer neueren Skimmer-Version geschrieben (Schema %2, diese Version kennt bis %3); sie wurde nicht verändert</translation>
    </message>
    <message>
        <source>%1 more problems</source>
        <translation>%1 weitere Probleme</translation>
    </message>
    <message>
        <source>cannot read the library “%1”: %2; it was left untouched</source>
        <translation>die Bibliothek „%1“ kann nicht gelesen werden: %2; sie wurde nicht verändert</translation>
    </message>
    <message>
        <source>Your library is open read-only:

%1</source>
        <translation>Ihre Bibliothek ist schreibgeschützt geöffnet:

%1</translation>
    </message>
    <message>
        <source>not valid JSON at line %1, column %2: %3</source>
        <translation>kein gültiges JSON in Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>saved view %1: no name</source>
        <translation>gespeicherte Ansicht %1: kein Name</translation>
    </message>
</context>
<context>
    <name>RecentFilesMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>Liste &amp;leeren</translation>
    </message>
</context>
<context>
    <name>RecordSink</name>
    <message>
        <source>a record with neither a title nor an abstract; dropped.</source>
        <translation>ein Eintrag ohne Titel und ohne Abstract; verworfen.</translation>
    </message>
    <message>
        <source>record %1: %2</source>
        <translation>Eintrag %1: %2</translation>
    </message>
    <message>
        <source>%1 more problems were not listed.</source>
        <translation>%1 weitere Probleme sind nicht aufgeführt.</translation>
    </message>
    <message>
        <source>No paper could be read from this %1 file (a paper needs a title or an abstract).</source>
        <translation>Aus dieser %1-Datei ließ sich kein Paper lesen (ein Paper braucht einen Titel oder ein Abstract).</translation>
    </message>
    <message>
        <source>First problem: %1</source>
        <translation>Erstes Problem: %1</translation>
    </message>
</context>
<context>
    <name>ResultsStatus</name>
    <message numerus="yes">
        <source>%n papers</source>
        <translation>
            <numerusform>%n Paper</numerusform>
            <numerusform>%n Paper</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n papers</source>
        <translation>
            <numerusform>%1 von %n Paper</numerusform>
            <numerusform>%1 von %n Paper</numerusform>
        </translation>
    </message>
    <message>
        <source>showing “%1”</source>
        <translation>„%1“ wird angezeigt</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) while reading</source>
        <translation>
            <numerusform>%n Problem beim Einlesen</numerusform>
            <numerusform>%n Probleme beim Einlesen</numerusform>
        </translation>
    </message>
    <message>
        <source>No corpus is open. Open one with File ▸ Open or drop a file here.</source>
        <translation>Kein Korpus geöffnet. Öffnen Sie eines über Datei ▸ Öffnen oder ziehen Sie eine Datei hierher.</translation>
    </message>
    <message>
        <source>Nothing in “%1” yet.</source>
        <translation>Noch nichts in „%1“.</translation>
    </message>
    <message>
        <source>No papers match “%1”. Try fewer words.</source>
        <translation>Keine Paper passen zu „%1“. Versuchen Sie es mit weniger Wörtern.</translation>
    </message>
    <message>
        <source>No papers under the filters %1.</source>
        <translation>Keine Paper unter den Filtern %1.</translation>
    </message>
    <message>
        <source>No papers match “%1” under the filters %2.</source>
        <translation>Keine Paper passen zu „%1“ unter den Filtern %2.</translation>
    </message>
    <message>
        <source>Backspace removes “%1”.</source>
        <translation>Rücktaste entfernt „%1“.</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Backspace removes “%1”.</source>
        <translation>Strg+Umschalt+Rücktaste entfernt „%1“.</translation>
    </message>
    <message>
        <source>Ctrl+Shift+X clears every filter.</source>
        <translation>Strg+Umschalt+X entfernt alle Filter.</translation>
    </message>
</context>
<context>
    <name>RisReader</name>
    <message>
        <source>a new record starts before the last one ended with ER; both are kept.</source>
        <translation>ein neuer Eintrag beginnt, bevor der vorige mit ER endete; beide bleiben erhalten.</translation>
    </message>
    <message>
        <source>the tag %1 is outside a record (records start with TY); ignored.</source>
        <translation>das Tag %1 steht außerhalb eines Eintrags (Einträge beginnen mit TY); ignoriert.</translation>
    </message>
    <message>
        <source>the file ends inside a record (no ER); it is kept.</source>
        <translation>die Datei endet mitten in einem Eintrag (kein ER); er bleibt erhalten.</translation>
    </message>
</context>
<context>
    <name>SavedView</name>
    <message numerus="yes">
        <source>%n author(s)</source>
        <translation>
            <numerusform>%n Autor</numerusform>
            <numerusform>%n Autoren</numerusform>
        </translation>
    </message>
    <message>
        <source>in “%1”</source>
        <translation>in „%1“</translation>
    </message>
    <message>
        <source>like “%1”</source>
        <translation>wie „%1“</translation>
    </message>
    <message>
        <source>sorted</source>
        <translation>sortiert</translation>
    </message>
    <message>
        <source>all papers</source>
        <translation>alle Arbeiten</translation>
    </message>
</context>
<context>
    <name>SavedViewUndo</name>
    <message>
        <source>Saved the view %1</source>
        <translation>Ansicht %1 gespeichert</translation>
    </message>
    <message>
        <source>save the view %1</source>
        <translation>Ansicht %1 speichern</translation>
    </message>
    <message>
        <source>Replaced the view %1</source>
        <translation>Ansicht %1 ersetzt</translation>
    </message>
    <message>
        <source>replace the view %1</source>
        <translation>Ansicht %1 ersetzen</translation>
    </message>
    <message>
        <source>Renamed the view %1 to %2</source>
        <translation>Ansicht %1 in %2 umbenannt</translation>
    </message>
    <message>
        <source>rename the view %1 to %2</source>
        <translation>Ansicht %1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>Moved the view %1</source>
        <translation>Ansicht %1 verschoben</translation>
    </message>
    <message>
        <source>move the view %1</source>
        <translation>Ansicht %1 verschieben</translation>
    </message>
    <message>
        <source>Deleted the view %1</source>
        <translation>Ansicht %1 gelöscht</translation>
    </message>
    <message>
        <source>delete the view %1</source>
        <translation>Ansicht %1 löschen</translation>
    </message>
</context>
<context>
    <name>SavedViewsController</name>
    <message>
        <source>&amp;Save Current View…</source>
        <translation>Aktuelle Ansicht &amp;speichern…</translation>
    </message>
    <message>
        <source>Keep the query, facets, scope and sort under a name</source>
        <translation>Suche, Facetten, Bereich und Sortierung unter einem Namen behalten</translation>
    </message>
    <message>
        <source>&amp;Manage Views…</source>
        <translation>Ansichten &amp;verwalten…</translation>
    </message>
    <message>
        <source>No saved views</source>
        <translation>Keine gespeicherten Ansichten</translation>
    </message>
    <message>
        <source>Save Current View</source>
        <translation>Aktuelle Ansicht speichern</translation>
    </message>
    <message>
        <source>Name of the view (a taken name is replaced):</source>
        <translation>Name der Ansicht (ein vergebener Name wird ersetzt):</translation>
    </message>
    <message>
        <source>not in this corpus: %1</source>
        <translation>nicht in diesem Korpus: %1</translation>
    </message>
    <message>
        <source>no list “%1”</source>
        <translation>keine Liste „%1“</translation>
    </message>
    <message>
        <source>cannot sort like “%1”</source>
        <translation>kann nicht nach Ähnlichkeit zu „%1“ sortieren</translation>
    </message>
    <message>
        <source>View “%1”</source>
        <translation>Ansicht „%1“</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>Last session, not restored: %1</source>
        <translation>Letzte Sitzung, nicht wiederhergestellt: %1</translation>
    </message>
</context>
<context>
    <name>SavedViewsDialog</name>
    <message>
        <source>Saved Views</source>
        <translation>Gespeicherte Ansichten</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Gespeicherte Ansichten</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Hoch</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation>Alt+Runter</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Entf</translation>
    </message>
    <message>
        <source>Re&amp;call</source>
        <translation>&amp;Aufrufen</translation>
    </message>
    <message>
        <source>Enter recalls a view; F2 renames it, Alt+Up and Alt+Down move it, Delete deletes it; Ctrl+Z undoes.</source>
        <translation>Eingabe ruft eine Ansicht auf; F2 benennt sie um, Alt+Hoch und Alt+Runter verschieben sie, Entf löscht sie; Strg+Z macht rückgängig.</translation>
    </message>
    <message>
        <source>No saved views yet: Views ▸ Save Current View… (Ctrl+Alt+S) saves the query, facets, scope and sort under a name.</source>
        <translation>Noch keine gespeicherten Ansichten: Ansichten ▸ Aktuelle Ansicht speichern… (Strg+Alt+S) speichert Suche, Facetten, Bereich und Sortierung unter einem Namen.</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Search: words, &quot;a phrase&quot;, author:name, -exclude, this OR that</source>
        <translation>Suche: Wörter, &quot;eine Phrase&quot;, author:Name, -ausschließen, dies OR das</translation>
    </message>
    <message>
        <source>&lt;p&gt;Every word must match; a word matches words starting with it, ignoring case and accents (&lt;i&gt;scholkopf&lt;/i&gt; finds Schölkopf).&lt;/p&gt;&lt;p&gt;&lt;b&gt;&quot;graph neural&quot;&lt;/b&gt; words in a row · &lt;b&gt;-word&lt;/b&gt; or &lt;b&gt;-&quot;a phrase&quot;&lt;/b&gt; exclude · &lt;b&gt;author:levine&lt;/b&gt;, &lt;b&gt;a:&lt;/b&gt;, &lt;b&gt;tldr:&lt;/b&gt;, &lt;b&gt;abstract:&lt;/b&gt; one field · &lt;b&gt;graph OR tree neural&lt;/b&gt; either of two, then AND.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Jedes Wort muss passen; ein Wort passt auf alle Wörter, die damit beginnen, ohne Rücksicht auf Groß-/Kleinschreibung und Akzente (&lt;i&gt;scholkopf&lt;/i&gt; findet Schölkopf).&lt;/p&gt;&lt;p&gt;&lt;b&gt;&quot;graph neural&quot;&lt;/b&gt; Wörter direkt hintereinander · &lt;b&gt;-word&lt;/b&gt; oder &lt;b&gt;-&quot;a phrase&quot;&lt;/b&gt; ausschließen · &lt;b&gt;author:levine&lt;/b&gt;, &lt;b&gt;a:&lt;/b&gt;, &lt;b&gt;tldr:&lt;/b&gt;, &lt;b&gt;abstract:&lt;/b&gt; nur ein Feld · &lt;b&gt;graph OR tree neural&lt;/b&gt; eines von zweien, dann UND.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>SearchHistoryPopup</name>
    <message>
        <source>Recent searches</source>
        <translation>Letzte Suchen</translation>
    </message>
    <message>
        <source>Recent searches (Alt+Down)</source>
        <translation>Letzte Suchen (Alt+Runter)</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>“%1” no longer exists; showing the shipped corpus instead.</source>
        <translation>„%1“ existiert nicht mehr; stattdessen wird das mitgelieferte Korpus angezeigt.</translation>
    </message>
    <message>
        <source>Showing the shipped corpus instead.</source>
        <translation>Stattdessen wird das mitgelieferte Korpus angezeigt.</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Filter by action, key or menu</source>
        <translation>Nach Aktion, Taste oder Menü filtern</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>Tastenkürzel filtern</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>No action or key matches “%1”.</source>
        <translation>Keine Aktion und keine Taste passt zu „%1“.</translation>
    </message>
</context>
<context>
    <name>SortMenu</name>
    <message>
        <source>&amp;Sort</source>
        <translation>&amp;Sortieren</translation>
    </message>
    <message>
        <source>By &amp;Relevance</source>
        <translation>Nach &amp;Relevanz</translation>
    </message>
    <message>
        <source>In &amp;Corpus Order</source>
        <translation>In &amp;Korpusreihenfolge</translation>
    </message>
    <message>
        <source>By &amp;First Author</source>
        <translation>Nach &amp;Erstautor</translation>
    </message>
    <message>
        <source>By &amp;Number of Authors</source>
        <translation>Nach &amp;Anzahl der Autoren</translation>
    </message>
    <message>
        <source>R&amp;everse Order</source>
        <translation>&amp;Umgekehrte Reihenfolge</translation>
    </message>
    <message>
        <source>&amp;%1 Like “%2”</source>
        <translation>&amp;%1 Wie „%2“</translation>
    </message>
    <message>
        <source>Like “%1”</source>
        <translation>Wie „%1“</translation>
    </message>
</context>
<context>
    <name>TexConverter</name>
    <message>
        <source>[link]</source>
        <translation>[Link]</translation>
    </message>
</context>
<context>
    <name>TriageController</name>
    <message>
        <source>&amp;Triage</source>
        <translation>&amp;Sichten</translation>
    </message>
    <message>
        <source>One paper at a time over the current results: keep, skip, star, not relevant</source>
        <translation>Ein Paper nach dem anderen über die aktuellen Ergebnisse: behalten, überspringen, markieren, nicht relevant</translation>
    </message>
    <message>
        <source>Triage: no papers to go through; search or clear the filters first.</source>
        <translation>Sichten: keine Papers zum Durchgehen; suchen Sie oder entfernen Sie zuerst die Filter.</translation>
    </message>
    <message>
        <source>Triage needs a library that can be written.</source>
        <translation>Sichten braucht eine beschreibbare Bibliothek.</translation>
    </message>
    <message>
        <source>Triage: %1</source>
        <translation>Sichten: %1</translation>
    </message>
    <message>
        <source>nothing to triage</source>
        <translation>nichts zu sichten</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>%n kept</source>
        <translation>
            <numerusform>%n behalten</numerusform>
            <numerusform>%n behalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n übersprungen</numerusform>
            <numerusform>%n übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not relevant</source>
        <translation>
            <numerusform>%n nicht relevant</numerusform>
            <numerusform>%n nicht relevant</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n starred</source>
        <translation>
            <numerusform>%n markiert</numerusform>
            <numerusform>%n markiert</numerusform>
        </translation>
    </message>
    <message>
        <source>kept</source>
        <translation>behalten</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>not relevant</source>
        <translation>nicht relevant</translation>
    </message>
    <message>
        <source>%1 — this paper: %2</source>
        <translation>%1 — dieses Paper: %2</translation>
    </message>
    <message>
        <source>Library: %1</source>
        <translation>Bibliothek: %1</translation>
    </message>
    <message>
        <source>Triage: that was the last paper; Esc goes back to the list.</source>
        <translation>Sichten: das war das letzte Paper; Esc führt zurück zur Liste.</translation>
    </message>
    <message>
        <source>Keep papers in list</source>
        <translation>Papers behalten in Liste</translation>
    </message>
    <message>
        <source>not relevant for “%1”</source>
        <translation>nicht relevant für „%1“</translation>
    </message>
    <message>
        <source>Not relevant for “%1”</source>
        <translation>Nicht relevant für „%1“</translation>
    </message>
    <message>
        <source>Add the paper to list</source>
        <translation>Paper zu Liste hinzufügen</translation>
    </message>
    <message>
        <source>Triage: nothing to undo in this pass.</source>
        <translation>Sichten: in diesem Durchgang gibt es nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Rückgängig gemacht: %1</translation>
    </message>
    <message>
        <source>Most uncertain first needs the similar-papers index, still being computed; try again in a moment.</source>
        <translation>„Unsicherste zuerst“ braucht den Index ähnlicher Papers, der noch berechnet wird; bitte gleich noch einmal versuchen.</translation>
    </message>
    <message>
        <source>Most uncertain first: keep a paper in “%1” first, so there is something to learn from.</source>
        <translation>Unsicherste zuerst: Behalten Sie zuerst ein Paper in „%1“, damit es etwas zu lernen gibt.</translation>
    </message>
    <message>
        <source>learning from “%1”…</source>
        <translation>lerne aus „%1“…</translation>
    </message>
    <message>
        <source>like “%1”: %2</source>
        <translation>wie „%1“: %2</translation>
    </message>
</context>
<context>
    <name>TriageView</name>
    <message>
        <source>Triage</source>
        <translation>Sichten</translation>
    </message>
    <message>
        <source>Current ranking</source>
        <translation>Aktuelle Rangfolge</translation>
    </message>
    <message>
        <source>Most uncertain first</source>
        <translation>Unsicherste zuerst</translation>
    </message>
    <message>
        <source>O switches the order. Most uncertain first needs a keep list the classifier can learn from.</source>
        <translation>O wechselt die Reihenfolge. „Unsicherste zuerst“ braucht eine Behalten-Liste, aus der der Klassifikator lernen kann.</translation>
    </message>
    <message>
        <source>Order:</source>
        <translation>Reihenfolge:</translation>
    </message>
    <message>
        <source>The paper being triaged</source>
        <translation>Das gesichtete Paper</translation>
    </message>
    <message>
        <source>keep (choose a list)</source>
        <translation>behalten (Liste wählen)</translation>
    </message>
    <message>
        <source>keep in “%1”</source>
        <translation>behalten in „%1“</translation>
    </message>
    <message>
        <source>skip (mark read)</source>
        <translation>überspringen (als gelesen markieren)</translation>
    </message>
    <message>
        <source>F or *</source>
        <translation>F oder *</translation>
    </message>
    <message>
        <source>star</source>
        <translation>markieren</translation>
    </message>
    <message>
        <source>not relevant</source>
        <translation>nicht relevant</translation>
    </message>
    <message>
        <source>add to another list</source>
        <translation>zu anderer Liste hinzufügen</translation>
    </message>
    <message>
        <source>U or Ctrl+Z</source>
        <translation>U oder Strg+Z</translation>
    </message>
    <message>
        <source>undo</source>
        <translation>rückgängig</translation>
    </message>
    <message>
        <source>previous, next</source>
        <translation>zurück, weiter</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Leertaste</translation>
    </message>
    <message>
        <source>scroll</source>
        <translation>blättern</translation>
    </message>
    <message>
        <source>Shift+K</source>
        <translation>Umschalt+K</translation>
    </message>
    <message>
        <source>other keep list</source>
        <translation>andere Behalten-Liste</translation>
    </message>
    <message>
        <source>order</source>
        <translation>Reihenfolge</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>back to the list</source>
        <translation>zurück zur Liste</translation>
    </message>
</context>
<context>
    <name>UndoHistoryDock</name>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Library as opened</source>
        <translation>Bibliothek wie geöffnet</translation>
    </message>
    <message>
        <source>Library history</source>
        <translation>Verlauf der Bibliothek</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
</context>
<context>
    <name>ViewActions</name>
    <message>
        <source>&amp;About Skimmer</source>
        <translation>Ü&amp;ber Skimmer</translation>
    </message>
    <message>
        <source>About Skimmer</source>
        <translation>Über Skimmer</translation>
    </message>
    <message>
        <source>Skimmer %1 — a keyboard-first reader for corpora of research-paper abstracts.</source>
        <translation>Skimmer %1 – ein Leseprogramm für Sammlungen von Paper-Abstracts, ganz auf die Tastatur ausgelegt.</translation>
    </message>
</context>
<context>
    <name>YearHistogram</name>
    <message>
        <source>Years</source>
        <translation>Jahre</translation>
    </message>
    <message>
        <source>Left/Right choose a year, Shift extends a range, Enter applies, Esc clears</source>
        <translation>Links/Rechts wählt ein Jahr, Umschalt erweitert den Bereich, Eingabe wendet an, Esc hebt auf</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n paper(s)</source>
        <translation>
            <numerusform>%1: %n Artikel</numerusform>
            <numerusform>%1: %n Artikel</numerusform>
        </translation>
    </message>
</context>
</TS>
