<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AcronymController</name>
    <message>
        <source>E&amp;xpand Acronyms in Searches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A known acronym also finds its expansion (GNN: graph neural network), and the other way round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop expanding acronyms (View ▸ Expand Acronyms in Searches turns it on again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop expanding acronyms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionListModel</name>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppearanceMenu</name>
    <message>
        <source>&amp;Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArxivReader</name>
    <message>
        <source>arXiv JSON lines</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArxivTaxonomy</name>
    <message>
        <source>Astrophysics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condensed Matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computer Science</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Artificial Intelligence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardware Architecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computational Complexity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computational Engineering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computational Geometry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computation and Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cryptography and Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computer Vision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computers and Society</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distributed Computing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digital Libraries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data Structures and Algorithms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Game Theory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Human-Computer Interaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information Retrieval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information Theory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine Learning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logic in Computer Science</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multiagent Systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neural and Evolutionary Computing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Networking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programming Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Robotics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Software Engineering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social and Information Networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Economics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electrical Engineering and Systems Science</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio and Speech Processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image and Video Processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signal Processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Systems and Control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General Relativity and Quantum Cosmology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High Energy Physics – Experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High Energy Physics – Phenomenology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High Energy Physics – Theory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mathematics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numerical Analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimization and Control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics Theory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nonlinear Sciences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Physics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computational Physics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data Analysis, Statistics and Probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantitative Biology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neurons and Cognition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantitative Methods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantitative Finance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantum Physics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthorFacetDelegate</name>
    <message>
        <source>none shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthorFacetModel</name>
    <message numerus="yes">
        <source>%n paper(s) shown</source>
        <translation>
            <numerusform>%n paper shown</numerusform>
            <numerusform>%n papers shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuthorFacetPanel</name>
    <message>
        <source>Filter authors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Combine selected authors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort authors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-authors of the selected author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Include Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Exclude Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hop to Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only this author&apos;s papers and their co-authors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match &amp;Any Selected Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort Authors by &amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A–Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Co-authors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With one author selected, list the people who wrote with them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-authors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-authors of %1: %2 (click to hop, Ctrl+click to add)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No authors in the shown papers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No author matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 author in the shown papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 authors in the shown papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more author(s) — type to filter</source>
        <translation>
            <numerusform>%n more author — type to filter</numerusform>
            <numerusform>%n more authors — type to filter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more match(es) — type more to narrow</source>
        <translation>
            <numerusform>%n more match — type more to narrow</numerusform>
            <numerusform>%n more matches — type more to narrow</numerusform>
        </translation>
    </message>
    <message>
        <source>No papers shown; your chosen authors stay listed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthorListModel</name>
    <message numerus="yes">
        <source>%1 — %2, %n in the corpus</source>
        <translation>
            <numerusform>%1 — %2, %n in the corpus</numerusform>
            <numerusform>%1 — %2, %n in the corpus</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BibtexReader</name>
    <message>
        <source>@%1 is not closed; reading goes on at the next entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (in the @%2 entry on line %3); skipped to the next entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file ends inside an entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected “name = value”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown @string macro “%1”; left empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a value in braces, quotes, a number or a macro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>braces nest deeper than %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unbalanced braces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file ends inside a value (unbalanced braces or quotes)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>A keyboard-first reader for corpora of research-paper abstracts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the parsed corpus and exit (no window).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The corpus file to open (default: the shipped corpus).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User interface language, e.g. de, fr, zh_CN or en (default: the saved choice, else the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A corpus file to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format “%1” (use text, json, tsv or ids).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the corpus, print the matches best first and exit (no window). See README for the query language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order for --query: relevance, corpus, author or authors (number of authors); add -reverse to reverse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format “%1” (use text, json, tsv, count or ids).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown sort order “%1” (use relevance, corpus, author or authors, optionally followed by -reverse).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: text, json or tsv for --list, --query and --facets (--query also count or ids); md, csv, json or bib for --export-list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the problems found while reading the corpus to stderr (always for --list and for your own files).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the corpus as this format instead of detecting it: native, arxiv, bibtex, ris, csl-json or openreview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown input format “%1” (use %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster: terms need the paper map, and this corpus has none: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the map has no cluster %1 at level %2 (it has %3 levels; this one has clusters 0 to %4; --map-json lists them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --query: an acronym the corpus defines also matches its expansion and the other way round, as in the window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliCache</name>
    <message>
        <source>Neither reopen the corpus from its saved index image nor save one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove every saved index image, say how much space that freed and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Removed %n index image(s) from %1, freeing %2.</source>
        <translation>
            <numerusform>Removed %n index image from %1, freeing %2.</numerusform>
            <numerusform>Removed %n index images from %1, freeing %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>reopened “%1” from its index image %2 in %3 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: the index image of “%1” was damaged and was removed; reading the file instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” changed since its index image was saved; reading it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved the index image %1 (%2) in %3 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not save an index image of “%1” in %2 (changed meanwhile, or the folder cannot be written)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliFacets</name>
    <message>
        <source> Did you mean %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no author named “%1” in this corpus (names match ignoring case and accents).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only papers by this author (repeatable: papers by all of them, or any with --any).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out papers by this author (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With several --author: papers by any of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the authors of the matching papers with their counts instead of the papers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --facets: only the first N authors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--top needs a positive number, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliFieldFacets</name>
    <message>
        <source>no paper in this corpus has “%1” there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only papers of this year or range, e.g. 2019 or 2015..2019 (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only papers in this category, e.g. cs.LG, or group, e.g. cs (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only papers from this venue (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --facets: author (default), year, category, venue or keyword.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this corpus has no %1 field (--%1 needs a format that carries it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown facet “%1” (use author, year, category, venue or keyword).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoauthorFacetModel</name>
    <message numerus="yes">
        <source>%n shared paper(s)</source>
        <translation>
            <numerusform>%n shared paper</numerusform>
            <numerusform>%n shared papers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <source>Command Palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CorpusEncoding</name>
    <message>
        <source>This file is %1 text%2: save it as UTF-8 (or as UTF-16 with a byte-order mark).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> without a byte-order mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a binary file, not a text corpus (it contains a NUL byte at offset %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not UTF-8 text: %1 of its %2 lines contain invalid bytes (it may be in another encoding; save it as UTF-8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid UTF-8 bytes were replaced by “�”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more lines with invalid UTF-8 were not listed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CorpusParser</name>
    <message>
        <source>“%1” is a folder, not a corpus file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty: a corpus needs at least one record (a line of authors followed by a line with the abstract).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds only blank lines: a corpus needs at least one record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This does not look like a corpus: only %1 of %2 records start with a line of comma-separated author names (line %3 reads like prose).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a device, not a corpus file: it is not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is larger than %2 GB, more than Skimmer reads as a corpus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory to read “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line is %1 bytes long; only the first %2 are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tl;dr line without an author line before it; kept as a paper with no authors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a line of comma-separated author names, found prose; kept as a paper with no authors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file ends before this record&apos;s abstract; the record is kept and marked truncated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>author line with no abstract after it (line %1 starts the next record); kept with an empty abstract.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last record is cut off mid-text (the file ends without a newline); it is kept and marked truncated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more over-long lines were not listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more records without an author line were not listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more author lines without an abstract were not listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot decompress this gzip file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gzip file is damaged: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only what came before was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CorpusProblems</name>
    <message>
        <source>Show Reading &amp;Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems found while reading “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CorpusReader</name>
    <message>
        <source>This file is none of the formats Skimmer reads (tried %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CslJsonReader</name>
    <message>
        <source>Cannot read this CSL-JSON file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an object; skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an item with neither a title nor an abstract; dropped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DensityActions</name>
    <message>
        <source>&amp;Compact List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;omfortable List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cycle List &amp;Density</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailView</name>
    <message>
        <source>Paper details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abstract and details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Star</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to List…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as Plain Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as BibTeX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Paper Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TeX Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the abstract as written, without rendering its TeX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Star or unstar this paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark this paper read or unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this paper to a reading list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs the library (not available yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a paper to read its abstract; from the search field, ↓ or Enter opens the best match.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FacetSelection</name>
    <message>
        <source>and</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not by %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldFacetDock</name>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyword</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year, Category, Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Year, Category and Venue Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose &amp;Years…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter &amp;Categories…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldFacetPanel</name>
    <message>
        <source>Filter %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space or Enter includes, Shift+Enter excludes, Delete clears; a click cycles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Papers must match all included values (AND) or any of them (ANY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ANY</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <source>&amp;Open Corpus…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading “%1” was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open “%1”: %2 “%3” stays open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;Sample Corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corpus files (*.txt *.json *.jsonl *.bib *.ris *.gz)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Index &amp;Cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the saved index images that make corpora reopen at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Removed %n saved index image(s), freeing %1.</source>
        <translation>
            <numerusform>Removed %n saved index image, freeing %1.</numerusform>
            <numerusform>Removed %n saved index images, freeing %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterChipBar</name>
    <message>
        <source>Active filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove every filter (Esc twice in the search field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove filter %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterController</name>
    <message>
        <source>Authors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;acets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Authors Panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter Authors…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Last Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also Backspace in the empty search field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear All Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also Esc twice in the search field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not starred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>region: %n paper(s)</source>
        <translation>
            <numerusform>region: %n paper</numerusform>
            <numerusform>region: %n papers</numerusform>
        </translation>
    </message>
    <message>
        <source>cluster %1 (no map yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster %1 (not on the map)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not cluster “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cluster “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FocusTargets</name>
    <message>
        <source>Go to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GzipDevice</name>
    <message>
        <source>the compressed data ends too early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the compressed data is corrupt (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonRecords</name>
    <message>
        <source>line %1: this is not valid JSON (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is JSON but not an array of records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is JSON but neither an array of records nor an object with a “%1” array.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skimmer will use %1 the next time it starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryCommands</name>
    <message>
        <source>no paper ids given (pass them after the option, e.g. from --query … --format ids)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the corpus “%1”: %2 — nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added %1 of %2 papers to “%3”
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format “%1” for --lists (use text or json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no list named “%1” in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported “%1”: %2 new, %3 already there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; not in this corpus (kept): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library file (default: $SKIMMER_LIBRARY or the user&apos;s library).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the reading lists and their counts (--format text or json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an export to this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge a JSON list export into the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmark the papers whose ids follow (- reads them from standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the bookmarks of the papers whose ids follow (- reads them from standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the papers whose ids follow to a reading list, created when new (- reads the ids from standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ids, the first %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown export format “%1” (use md, csv, json, bib, ris or csljson)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a reading list (or Bookmarks) with --format md, csv, json, bib, ris or csljson.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 papers voted not relevant for “%2”
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no paper in the corpus “%2”: nothing to learn from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># like “%1”: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format “%1” for --more-like-list (use ids, json or text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the papers outside a list ranked by likeness to it (--format ids, json or text).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vote the papers whose ids follow “not relevant” for a list (- reads them from standard input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>; %n saved view(s) added</source>
        <translation>
            <numerusform>; %n saved view added</numerusform>
            <numerusform>; %n saved views added</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryController</name>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toggle &amp;Bookmark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toggle &amp;Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add to List…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move from List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up in List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Down in List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name List…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete List…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add %n paper(s) to list</source>
        <translation>
            <numerusform>Add %n paper to list</numerusform>
            <numerusform>Add %n papers to list</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name for “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete List</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete the list “%1” with %n paper(s)? (Ctrl+Z brings it back.)</source>
        <translation>
            <numerusform>Delete the list “%1” with %n paper? (Ctrl+Z brings it back.)</numerusform>
            <numerusform>Delete the list “%1” with %n papers? (Ctrl+Z brings it back.)</numerusform>
        </translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryEntriesModel</name>
    <message>
        <source>%1 — not in this corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in this corpus</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryListsModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1”: %n paper(s)</source>
        <translation>
            <numerusform>“%1”: %n paper</numerusform>
            <numerusform>“%1”: %n papers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries of the selected list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note on this paper in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note on this paper in this list (Ctrl+Enter saves)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the selected list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (select a paper in a list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note in “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryScope</name>
    <message>
        <source>All papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bookmarked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unread</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryStore</name>
    <message>
        <source>the library “%1” does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder for the library “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open the library “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the library is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the library “%1” is open read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>library query failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a paper without an id cannot be stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the backup folder “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup did not verify: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the backup “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is reserved for the bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list named “%1” already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no list named “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not in the list “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new order of “%1” must hold each of its papers exactly once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no library file given: the path is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a regular file, so it cannot be a library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the library “%1” is being opened by another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the library “%1” cannot be written (%2); it is open read-only and changes cannot be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a saved view needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a saved view named “%1” already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no saved view named “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryUndo</name>
    <message numerus="yes">
        <source>bookmark %n paper(s)</source>
        <translation>
            <numerusform>bookmark %n paper</numerusform>
            <numerusform>bookmark %n papers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>remove the bookmark of %n paper(s)</source>
        <translation>
            <numerusform>remove the bookmark of %n paper</numerusform>
            <numerusform>remove the bookmarks of %n papers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>mark %n paper(s) read</source>
        <translation>
            <numerusform>mark %n paper read</numerusform>
            <numerusform>mark %n papers read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>mark %n paper(s) unread</source>
        <translation>
            <numerusform>mark %n paper unread</numerusform>
            <numerusform>mark %n papers unread</numerusform>
        </translation>
    </message>
    <message>
        <source>create list %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>add %n paper(s) to %1</source>
        <translation>
            <numerusform>add %n paper to %1</numerusform>
            <numerusform>add %n papers to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>remove %n paper(s) from %1</source>
        <translation>
            <numerusform>remove %n paper from %1</numerusform>
            <numerusform>remove %n papers from %1</numerusform>
        </translation>
    </message>
    <message>
        <source>rename %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete list %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit the note in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>move %n paper(s) in %1</source>
        <translation>
            <numerusform>move %n paper in %1</numerusform>
            <numerusform>move %n papers in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>import %n paper(s) into %1</source>
        <translation>
            <numerusform>import %n paper into %1</numerusform>
            <numerusform>import %n papers into %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Bookmarked %n paper(s)</source>
        <translation>
            <numerusform>Bookmarked %n paper</numerusform>
            <numerusform>Bookmarked %n papers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed the bookmark of %n paper(s)</source>
        <translation>
            <numerusform>Removed the bookmark of %n paper</numerusform>
            <numerusform>Removed the bookmark of %n papers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %n paper(s) read</source>
        <translation>
            <numerusform>Marked %n paper read</numerusform>
            <numerusform>Marked %n papers read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %n paper(s) unread</source>
        <translation>
            <numerusform>Marked %n paper unread</numerusform>
            <numerusform>Marked %n papers unread</numerusform>
        </translation>
    </message>
    <message>
        <source>Created list %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Added %n paper(s) to %1</source>
        <translation>
            <numerusform>Added %n paper to %1</numerusform>
            <numerusform>Added %n papers to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n paper(s) from %1</source>
        <translation>
            <numerusform>Removed %n paper from %1</numerusform>
            <numerusform>Removed %n papers from %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Renamed %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted list %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Moved %n paper(s) in %1</source>
        <translation>
            <numerusform>Moved %n paper in %1</numerusform>
            <numerusform>Moved %n papers in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved the note in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n paper(s) into %1</source>
        <translation>
            <numerusform>Imported %n paper into %1</numerusform>
            <numerusform>Imported %n papers into %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>mark %n paper(s) not relevant for %1</source>
        <translation>
            <numerusform>mark %n paper not relevant for %1</numerusform>
            <numerusform>mark %n papers not relevant for %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>take back %n “not relevant” vote(s) for %1</source>
        <translation>
            <numerusform>take back %n “not relevant” vote for %1</numerusform>
            <numerusform>take back %n “not relevant” votes for %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Already in %1: %n paper(s)</source>
        <translation>
            <numerusform>Already in %1: %n paper</numerusform>
            <numerusform>Already in %1: %n papers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LikeSortController</name>
    <message>
        <source>&amp;Not Relevant to This List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no paper in this corpus: nothing to learn from, so the papers are in relevance order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning what “%1” is about…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranked by likeness to “%1”: %2 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%n paper(s) of the list and its “not relevant” votes hidden; N: not relevant)</source>
        <translation>
            <numerusform>(%n paper of the list and its “not relevant” votes hidden; N: not relevant)</numerusform>
            <numerusform>(%n papers of the list and its “not relevant” votes hidden; N: not relevant)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListExportDialog</name>
    <message>
        <source>Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (can be imported again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BibTeX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no list named “%1” any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” already exists. Press Export again to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListPickerDialog</name>
    <message>
        <source>List name — type to filter or to create a new list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name to create your first list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter creates the list “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter adds to “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter adds to “%1”; Shift+Enter creates the list “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListTransferActions</name>
    <message>
        <source>&amp;Export List…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import List…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No library is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported “%1” to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library is not open for changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skimmer list exports (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not import “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported “%1”: %2 new, %3 already there (Ctrl+Z undoes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skimmer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Skimmer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year and Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vie&amp;ws</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapCommand</name>
    <message>
        <source>Paper map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute the paper map and write it as JSON to &lt;file&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --map-json: also draw the map to &lt;file&gt; (.png or .svg).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapController</name>
    <message>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map clusters</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>cluster:%1 · %2 · %n paper(s)</source>
        <translation>
            <numerusform>cluster:%1 · %2 · %n paper</numerusform>
            <numerusform>cluster:%1 · %2 · %n papers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapPipeline</name>
    <message numerus="yes">
        <source>Too few papers to draw a map: it needs at least %n.</source>
        <translation>
            <numerusform>Too few papers to draw a map: it needs at least %n.</numerusform>
            <numerusform>Too few papers to draw a map: it needs at least %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>No map: the papers share too few distinguishing words (empty or identical abstracts?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map could not be laid out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Paper map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The map is computed after the corpus loads…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing the map: %1 (%2%)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NavigationActions</name>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent &amp;Searches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Command Palette…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NavigationController</name>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the previous paper, query and filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;orward</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in “%1”; the papers were kept.</source>
        <translation>
            <numerusform>%n problem in “%1”; the papers were kept.</numerusform>
            <numerusform>%n problems in “%1”; the papers were kept.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenReviewReader</name>
    <message>
        <source>Cannot read these OpenReview notes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a note without a “content” object; skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a note with neither a title nor an abstract; dropped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaperCopyActions</name>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as &amp;Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as &amp;BibTeX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Paper &amp;Ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied %n paper(s)</source>
        <translation>
            <numerusform>Copied %n paper</numerusform>
            <numerusform>Copied %n papers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaperDelegate</name>
    <message>
        <source>truncated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TL;DR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ABS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tl;dr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>abstract</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaperHtml</name>
    <message>
        <source>tl;dr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record has no abstract.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no authors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In lists:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 · id %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated in the source file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similar papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding similar papers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No paper in this corpus shares its terms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keywords:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n papers selected</source>
        <translation>
            <numerusform>%n paper selected</numerusform>
            <numerusform>%n papers selected</numerusform>
        </translation>
    </message>
    <message>
        <source>More like these</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other paper shares their terms.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Library problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skimmer cannot use your library:

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a New Library (keep the old file aside)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue Without Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not move “%1” aside; continuing without a library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old library was kept as “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Skimmer list export (no &quot;format&quot;: &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written by a newer Skimmer (export version %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the export has no list name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry %1: no paper id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the library “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a Skimmer library (not an SQLite database); it was left untouched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the library “%1” is damaged (%2); it was left untouched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the library “%1” failed its integrity check (%2); it was left untouched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the library “%1” was written by a newer Skimmer (schema %2, this one knows up to %3); it was left untouched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the library “%1”: %2; it was left untouched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your library is open read-only:

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON at line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved view %1: no name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecentFilesMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordSink</name>
    <message>
        <source>a record with neither a title nor an abstract; dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more problems were not listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No paper could be read from this %1 file (a paper needs a title or an abstract).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsStatus</name>
    <message numerus="yes">
        <source>%n papers</source>
        <translation>
            <numerusform>%n paper</numerusform>
            <numerusform>%n papers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n papers</source>
        <translation>
            <numerusform>%1 of %n paper</numerusform>
            <numerusform>%1 of %n papers</numerusform>
        </translation>
    </message>
    <message>
        <source>showing “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) while reading</source>
        <translation>
            <numerusform>%n problem while reading</numerusform>
            <numerusform>%n problems while reading</numerusform>
        </translation>
    </message>
    <message>
        <source>No corpus is open. Open one with File ▸ Open or drop a file here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in “%1” yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No papers match “%1”. Try fewer words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No papers under the filters %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No papers match “%1” under the filters %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backspace removes “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+Backspace removes “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+X clears every filter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RisReader</name>
    <message>
        <source>a new record starts before the last one ended with ER; both are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tag %1 is outside a record (records start with TY); ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file ends inside a record (no ER); it is kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavedView</name>
    <message numerus="yes">
        <source>%n author(s)</source>
        <translation>
            <numerusform>%n author</numerusform>
            <numerusform>%n authors</numerusform>
        </translation>
    </message>
    <message>
        <source>in “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>like “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sorted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all papers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavedViewUndo</name>
    <message>
        <source>Saved the view %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the view %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced the view %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replace the view %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed the view %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rename the view %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved the view %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move the view %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the view %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete the view %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavedViewsController</name>
    <message>
        <source>&amp;Save Current View…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the query, facets, scope and sort under a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manage Views…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Current View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the view (a taken name is replaced):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in this corpus: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no list “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot sort like “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last session, not restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavedViewsDialog</name>
    <message>
        <source>Saved Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Del</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter recalls a view; F2 renames it, Alt+Up and Alt+Down move it, Delete deletes it; Ctrl+Z undoes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved views yet: Views ▸ Save Current View… (Ctrl+Alt+S) saves the query, facets, scope and sort under a name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search: words, &quot;a phrase&quot;, author:name, -exclude, this OR that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Every word must match; a word matches words starting with it, ignoring case and accents (&lt;i&gt;scholkopf&lt;/i&gt; finds Schölkopf).&lt;/p&gt;&lt;p&gt;&lt;b&gt;&quot;graph neural&quot;&lt;/b&gt; words in a row · &lt;b&gt;-word&lt;/b&gt; or &lt;b&gt;-&quot;a phrase&quot;&lt;/b&gt; exclude · &lt;b&gt;author:levine&lt;/b&gt;, &lt;b&gt;a:&lt;/b&gt;, &lt;b&gt;tldr:&lt;/b&gt;, &lt;b&gt;abstract:&lt;/b&gt; one field · &lt;b&gt;graph OR tree neural&lt;/b&gt; either of two, then AND.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchHistoryPopup</name>
    <message>
        <source>Recent searches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent searches (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>“%1” no longer exists; showing the shipped corpus instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the shipped corpus instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by action, key or menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No action or key matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SortMenu</name>
    <message>
        <source>&amp;Sort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By &amp;Relevance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In &amp;Corpus Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By &amp;First Author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By &amp;Number of Authors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;everse Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;%1 Like “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Like “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TexConverter</name>
    <message>
        <source>[link]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TriageController</name>
    <message>
        <source>&amp;Triage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One paper at a time over the current results: keep, skip, star, not relevant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triage: no papers to go through; search or clear the filters first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triage needs a library that can be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to triage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n kept</source>
        <translation>
            <numerusform>%n kept</numerusform>
            <numerusform>%n kept</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n skipped</numerusform>
            <numerusform>%n skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not relevant</source>
        <translation>
            <numerusform>%n not relevant</numerusform>
            <numerusform>%n not relevant</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n starred</source>
        <translation>
            <numerusform>%n starred</numerusform>
            <numerusform>%n starred</numerusform>
        </translation>
    </message>
    <message>
        <source>kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not relevant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — this paper: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triage: that was the last paper; Esc goes back to the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep papers in list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not relevant for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not relevant for “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the paper to list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triage: nothing to undo in this pass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most uncertain first needs the similar-papers index, still being computed; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most uncertain first: keep a paper in “%1” first, so there is something to learn from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>learning from “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>like “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TriageView</name>
    <message>
        <source>Triage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most uncertain first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O switches the order. Most uncertain first needs a keep list the classifier can learn from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The paper being triaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep (choose a list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep in “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skip (mark read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F or *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>star</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not relevant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add to another list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U or Ctrl+Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>previous, next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift+K</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other keep list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back to the list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndoHistoryDock</name>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library as opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ViewActions</name>
    <message>
        <source>&amp;About Skimmer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Skimmer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skimmer %1 — a keyboard-first reader for corpora of research-paper abstracts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YearHistogram</name>
    <message>
        <source>Years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left/Right choose a year, Shift extends a range, Enter applies, Esc clears</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n paper(s)</source>
        <translation>
            <numerusform>%1: %n paper</numerusform>
            <numerusform>%1: %n papers</numerusform>
        </translation>
    </message>
</context>
</TS>
