<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AcronymController</name>
    <message>
        <source>E&amp;xpand Acronyms in Searches</source>
        <translation>Dé&amp;velopper les acronymes dans les recherches</translation>
    </message>
    <message>
        <source>A known acronym also finds its expansion (GNN: graph neural network), and the other way round</source>
        <translation>Un acronyme connu trouve aussi sa forme développée (GNN : graph neural network), et inversement</translation>
    </message>
    <message>
        <source>Stop expanding acronyms (View ▸ Expand Acronyms in Searches turns it on again)</source>
        <translation>Ne plus développer les acronymes (Affichage ▸ Développer les acronymes dans les recherches le réactive)</translation>
    </message>
    <message>
        <source>Stop expanding acronyms</source>
        <translation>Ne plus développer les acronymes</translation>
    </message>
    <message>
        <source>also: %1</source>
        <translation>aussi : %1</translation>
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
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
</context>
<context>
    <name>AppearanceMenu</name>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Apparence</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Système</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
</context>
<context>
    <name>ArxivReader</name>
    <message>
        <source>arXiv JSON lines</source>
        <translation>lignes JSON arXiv</translation>
    </message>
</context>
<context>
    <name>ArxivTaxonomy</name>
    <message>
        <source>Astrophysics</source>
        <translation>Astrophysique</translation>
    </message>
    <message>
        <source>Condensed Matter</source>
        <translation>Matière condensée</translation>
    </message>
    <message>
        <source>Computer Science</source>
        <translation>Informatique</translation>
    </message>
    <message>
        <source>Artificial Intelligence</source>
        <translation>Intelligence artificielle</translation>
    </message>
    <message>
        <source>Hardware Architecture</source>
        <translation>Architecture matérielle</translation>
    </message>
    <message>
        <source>Computational Complexity</source>
        <translation>Complexité algorithmique</translation>
    </message>
    <message>
        <source>Computational Engineering</source>
        <translation>Ingénierie numérique</translation>
    </message>
    <message>
        <source>Computational Geometry</source>
        <translation>Géométrie algorithmique</translation>
    </message>
    <message>
        <source>Computation and Language</source>
        <translation>Calcul et langage</translation>
    </message>
    <message>
        <source>Cryptography and Security</source>
        <translation>Cryptographie et sécurité</translation>
    </message>
    <message>
        <source>Computer Vision</source>
        <translation>Vision par ordinateur</translation>
    </message>
    <message>
        <source>Computers and Society</source>
        <translation>Informatique et société</translation>
    </message>
    <message>
        <source>Databases</source>
        <translation>Bases de données</translation>
    </message>
    <message>
        <source>Distributed Computing</source>
        <translation>Calcul distribué</translation>
    </message>
    <message>
        <source>Digital Libraries</source>
        <translation>Bibliothèques numériques</translation>
    </message>
    <message>
        <source>Data Structures and Algorithms</source>
        <translation>Structures de données et algorithmes</translation>
    </message>
    <message>
        <source>Game Theory</source>
        <translation>Théorie des jeux</translation>
    </message>
    <message>
        <source>Human-Computer Interaction</source>
        <translation>Interaction homme-machine</translation>
    </message>
    <message>
        <source>Information Retrieval</source>
        <translation>Recherche d’information</translation>
    </message>
    <message>
        <source>Information Theory</source>
        <translation>Théorie de l’information</translation>
    </message>
    <message>
        <source>Machine Learning</source>
        <translation>Apprentissage automatique</translation>
    </message>
    <message>
        <source>Logic in Computer Science</source>
        <translation>Logique en informatique</translation>
    </message>
    <message>
        <source>Multiagent Systems</source>
        <translation>Systèmes multi-agents</translation>
    </message>
    <message>
        <source>Neural and Evolutionary Computing</source>
        <translation>Calcul neuronal et évolutionnaire</translation>
    </message>
    <message>
        <source>Networking</source>
        <translation>Réseaux</translation>
    </message>
    <message>
        <source>Programming Languages</source>
        <translation>Langages de programmation</translation>
    </message>
    <message>
        <source>Robotics</source>
        <translation>Robotique</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>Son</translation>
    </message>
    <message>
        <source>Software Engineering</source>
        <translation>Génie logiciel</translation>
    </message>
    <message>
        <source>Social and Information Networks</source>
        <translation>Réseaux sociaux et d’information</translation>
    </message>
    <message>
        <source>Economics</source>
        <translation>Économie</translation>
    </message>
    <message>
        <source>Electrical Engineering and Systems Science</source>
        <translation>Génie électrique et science des systèmes</translation>
    </message>
    <message>
        <source>Audio and Speech Processing</source>
        <translation>Traitement audio et de la parole</translation>
    </message>
    <message>
        <source>Image and Video Processing</source>
        <translation>Traitement d’images et de vidéos</translation>
    </message>
    <message>
        <source>Signal Processing</source>
        <translation>Traitement du signal</translation>
    </message>
    <message>
        <source>Systems and Control</source>
        <translation>Systèmes et contrôle</translation>
    </message>
    <message>
        <source>General Relativity and Quantum Cosmology</source>
        <translation>Relativité générale et cosmologie quantique</translation>
    </message>
    <message>
        <source>High Energy Physics – Experiment</source>
        <translation>Physique des hautes énergies – expérience</translation>
    </message>
    <message>
        <source>High Energy Physics – Phenomenology</source>
        <translation>Physique des hautes énergies – phénoménologie</translation>
    </message>
    <message>
        <source>High Energy Physics – Theory</source>
        <translation>Physique des hautes énergies – théorie</translation>
    </message>
    <message>
        <source>Mathematics</source>
        <translation>Mathématiques</translation>
    </message>
    <message>
        <source>Numerical Analysis</source>
        <translation>Analyse numérique</translation>
    </message>
    <message>
        <source>Optimization and Control</source>
        <translation>Optimisation et contrôle</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Probabilités</translation>
    </message>
    <message>
        <source>Statistics Theory</source>
        <translation>Théorie statistique</translation>
    </message>
    <message>
        <source>Nonlinear Sciences</source>
        <translation>Sciences non linéaires</translation>
    </message>
    <message>
        <source>Physics</source>
        <translation>Physique</translation>
    </message>
    <message>
        <source>Computational Physics</source>
        <translation>Physique numérique</translation>
    </message>
    <message>
        <source>Data Analysis, Statistics and Probability</source>
        <translation>Analyse de données, statistiques et probabilités</translation>
    </message>
    <message>
        <source>Quantitative Biology</source>
        <translation>Biologie quantitative</translation>
    </message>
    <message>
        <source>Neurons and Cognition</source>
        <translation>Neurones et cognition</translation>
    </message>
    <message>
        <source>Quantitative Methods</source>
        <translation>Méthodes quantitatives</translation>
    </message>
    <message>
        <source>Quantitative Finance</source>
        <translation>Finance quantitative</translation>
    </message>
    <message>
        <source>Quantum Physics</source>
        <translation>Physique quantique</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Applications</translation>
    </message>
    <message>
        <source>Computation</source>
        <translation>Calcul</translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation>Méthodologie</translation>
    </message>
</context>
<context>
    <name>AuthorFacetDelegate</name>
    <message>
        <source>none shown</source>
        <translation>aucun affiché</translation>
    </message>
</context>
<context>
    <name>AuthorFacetModel</name>
    <message numerus="yes">
        <source>%n paper(s) shown</source>
        <translation>
            <numerusform>%n article affiché</numerusform>
            <numerusform>%n articles affichés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuthorFacetPanel</name>
    <message>
        <source>Filter authors</source>
        <translation>Filtrer les auteurs</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Auteurs</translation>
    </message>
    <message>
        <source>Combine selected authors</source>
        <translation>Combiner les auteurs sélectionnés</translation>
    </message>
    <message>
        <source>Sort authors</source>
        <translation>Trier les auteurs</translation>
    </message>
    <message>
        <source>Co-authors of the selected author</source>
        <translation>Co-auteurs de l’auteur sélectionné</translation>
    </message>
    <message>
        <source>&amp;Include Author</source>
        <translation>&amp;Inclure l’auteur</translation>
    </message>
    <message>
        <source>&amp;Exclude Author</source>
        <translation>&amp;Exclure l’auteur</translation>
    </message>
    <message>
        <source>&amp;Hop to Author</source>
        <translation>&amp;Passer à l’auteur</translation>
    </message>
    <message>
        <source>Show only this author&apos;s papers and their co-authors</source>
        <translation>Afficher uniquement les articles de cet auteur et ses co-auteurs</translation>
    </message>
    <message>
        <source>Match &amp;Any Selected Author</source>
        <translation>Au &amp;moins un des auteurs sélectionnés</translation>
    </message>
    <message>
        <source>Any of</source>
        <translation>Au moins un</translation>
    </message>
    <message>
        <source>All of</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Sort Authors by &amp;Name</source>
        <translation>Trier les auteurs par &amp;nom</translation>
    </message>
    <message>
        <source>A–Z</source>
        <translation>A–Z</translation>
    </message>
    <message>
        <source>By count</source>
        <translation>Par nombre</translation>
    </message>
    <message>
        <source>Show &amp;Co-authors</source>
        <translation>Afficher les &amp;co-auteurs</translation>
    </message>
    <message>
        <source>With one author selected, list the people who wrote with them</source>
        <translation>Quand un seul auteur est sélectionné, lister les personnes qui ont écrit avec lui</translation>
    </message>
    <message>
        <source>Co-authors</source>
        <translation>Co-auteurs</translation>
    </message>
    <message>
        <source>Co-authors of %1: %2 (click to hop, Ctrl+click to add)</source>
        <translation>Co-auteurs de %1&#xa0;: %2 (clic pour y passer, Ctrl+clic pour ajouter)</translation>
    </message>
    <message>
        <source>No authors in the shown papers.</source>
        <translation>Aucun auteur dans les articles affichés.</translation>
    </message>
    <message>
        <source>No author matches “%1”.</source>
        <translation>Aucun auteur ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>1 author in the shown papers</source>
        <translation>1 auteur dans les articles affichés</translation>
    </message>
    <message>
        <source>%1 authors in the shown papers</source>
        <translation>%1 auteurs dans les articles affichés</translation>
    </message>
    <message numerus="yes">
        <source>%n more author(s) — type to filter</source>
        <translation>
            <numerusform>%n autre auteur — tapez pour filtrer</numerusform>
            <numerusform>%n autres auteurs — tapez pour filtrer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more match(es) — type more to narrow</source>
        <translation>
            <numerusform>%n autre résultat — tapez la suite pour affiner</numerusform>
            <numerusform>%n autres résultats — tapez la suite pour affiner</numerusform>
        </translation>
    </message>
    <message>
        <source>No papers shown; your chosen authors stay listed</source>
        <translation>Aucun article affiché ; vos auteurs choisis restent listés</translation>
    </message>
</context>
<context>
    <name>AuthorListModel</name>
    <message numerus="yes">
        <source>%1 — %2, %n in the corpus</source>
        <translation>
            <numerusform>%1 — %2, %n dans le corpus</numerusform>
            <numerusform>%1 — %2, %n dans le corpus</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BibtexReader</name>
    <message>
        <source>@%1 is not closed; reading goes on at the next entry.</source>
        <translation>@%1 n’est pas fermé ; la lecture reprend à l’entrée suivante.</translation>
    </message>
    <message>
        <source>%1 (in the @%2 entry on line %3); skipped to the next entry.</source>
        <translation>%1 (dans l’entrée @%2 de la ligne %3) ; passage à l’entrée suivante.</translation>
    </message>
    <message>
        <source>the file ends inside an entry</source>
        <translation>le fichier se termine au milieu d’une entrée</translation>
    </message>
    <message>
        <source>expected “name = value”</source>
        <translation>« nom = valeur » attendu</translation>
    </message>
    <message>
        <source>unknown @string macro “%1”; left empty.</source>
        <translation>macro @string inconnue « %1 » ; laissée vide.</translation>
    </message>
    <message>
        <source>expected a value in braces, quotes, a number or a macro</source>
        <translation>valeur attendue entre accolades ou guillemets, nombre ou macro</translation>
    </message>
    <message>
        <source>braces nest deeper than %1</source>
        <translation>les accolades sont imbriquées sur plus de %1 niveaux</translation>
    </message>
    <message>
        <source>unbalanced braces</source>
        <translation>accolades non équilibrées</translation>
    </message>
    <message>
        <source>the file ends inside a value (unbalanced braces or quotes)</source>
        <translation>le fichier se termine au milieu d’une valeur (accolades ou guillemets non équilibrés)</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>A keyboard-first reader for corpora of research-paper abstracts.</source>
        <translation>Un lecteur de corpus de résumés d’articles scientifiques, pensé pour le clavier.</translation>
    </message>
    <message>
        <source>Print the parsed corpus and exit (no window).</source>
        <translation>Afficher le corpus analysé et quitter (sans fenêtre).</translation>
    </message>
    <message>
        <source>The corpus file to open (default: the shipped corpus).</source>
        <translation>Le fichier de corpus à ouvrir (par défaut : le corpus fourni).</translation>
    </message>
    <message>
        <source>User interface language, e.g. de, fr, zh_CN or en (default: the saved choice, else the system&apos;s).</source>
        <translation>Langue de l’interface, par ex. de, fr, zh_CN ou en (par défaut : le choix enregistré, sinon celle du système).</translation>
    </message>
    <message>
        <source>A corpus file to open.</source>
        <translation>Un fichier de corpus à ouvrir.</translation>
    </message>
    <message>
        <source>unknown format “%1” (use text, json, tsv or ids).</source>
        <translation>format « %1 » inconnu (utilisez text, json, tsv ou ids).</translation>
    </message>
    <message>
        <source>Search the corpus, print the matches best first and exit (no window). See README for the query language.</source>
        <translation>Rechercher dans le corpus, afficher les résultats du plus pertinent au moins pertinent et quitter (sans fenêtre). Voir le README pour la syntaxe des requêtes.</translation>
    </message>
    <message>
        <source>Order for --query: relevance, corpus, author or authors (number of authors); add -reverse to reverse.</source>
        <translation>Ordre pour --query&#xa0;: relevance, corpus, author ou authors (nombre d’auteurs)&#xa0;; ajouter -reverse pour inverser.</translation>
    </message>
    <message>
        <source>unknown format “%1” (use text, json, tsv, count or ids).</source>
        <translation>format «&#xa0;%1&#xa0;» inconnu (utilisez text, json, tsv, count ou ids).</translation>
    </message>
    <message>
        <source>unknown sort order “%1” (use relevance, corpus, author or authors, optionally followed by -reverse).</source>
        <translation>ordre de tri «&#xa0;%1&#xa0;» inconnu (utilisez relevance, corpus, author ou authors, éventuellement suivi de -reverse).</translation>
    </message>
    <message>
        <source>Output format: text, json or tsv for --list, --query and --facets (--query also count or ids); md, csv, json or bib for --export-list.</source>
        <translation>Format de sortie : text, json ou tsv pour --list, --query et --facets (--query aussi count ou ids) ; md, csv, json ou bib pour --export-list.</translation>
    </message>
    <message>
        <source>Print the problems found while reading the corpus to stderr (always for --list and for your own files).</source>
        <translation>Afficher sur stderr les problèmes trouvés à la lecture du corpus (toujours avec --list et pour vos propres fichiers).</translation>
    </message>
    <message>
        <source>Read the corpus as this format instead of detecting it: native, arxiv, bibtex, ris, csl-json or openreview.</source>
        <translation>Lire le corpus dans ce format au lieu de le détecter : native, arxiv, bibtex, ris, csl-json ou openreview.</translation>
    </message>
    <message>
        <source>unknown input format “%1” (use %2).</source>
        <translation>format d’entrée inconnu « %1 » (utilisez %2).</translation>
    </message>
    <message>
        <source>cluster: terms need the paper map, and this corpus has none: %1</source>
        <translation>les termes cluster: demandent la carte des articles, et ce corpus n’en a pas : %1</translation>
    </message>
    <message>
        <source>the map has no cluster %1 at level %2 (it has %3 levels; this one has clusters 0 to %4; --map-json lists them)</source>
        <translation>la carte n’a pas de groupe %1 au niveau %2 (elle a %3 niveaux ; celui-ci a les groupes 0 à %4 ; --map-json les liste)</translation>
    </message>
    <message>
        <source>With --query: an acronym the corpus defines also matches its expansion and the other way round, as in the window.</source>
        <translation>Avec --query : un acronyme défini par le corpus trouve aussi sa forme développée, et inversement, comme dans la fenêtre.</translation>
    </message>
</context>
<context>
    <name>CliCache</name>
    <message>
        <source>Neither reopen the corpus from its saved index image nor save one.</source>
        <translation>Ne pas rouvrir le corpus depuis son image d’index enregistrée, ni en enregistrer une.</translation>
    </message>
    <message>
        <source>Remove every saved index image, say how much space that freed and exit.</source>
        <translation>Supprimer toutes les images d’index enregistrées, indiquer l’espace libéré et quitter.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n index image(s) from %1, freeing %2.</source>
        <translation>
            <numerusform>%n image d’index supprimée de %1, %2 libérés.</numerusform>
            <numerusform>%n images d’index supprimées de %1, %2 libérés.</numerusform>
        </translation>
    </message>
    <message>
        <source>reopened “%1” from its index image %2 in %3 ms</source>
        <translation>« %1 » rouvert depuis son image d’index %2 en %3 ms</translation>
    </message>
    <message>
        <source>warning: the index image of “%1” was damaged and was removed; reading the file instead</source>
        <translation>avertissement : l’image d’index de « %1 » était endommagée et a été supprimée ; lecture du fichier à la place</translation>
    </message>
    <message>
        <source>“%1” changed since its index image was saved; reading it again</source>
        <translation>« %1 » a changé depuis l’enregistrement de son image d’index ; nouvelle lecture</translation>
    </message>
    <message>
        <source>saved the index image %1 (%2) in %3 ms</source>
        <translation>image d’index %1 (%2) enregistrée en %3 ms</translation>
    </message>
    <message>
        <source>could not save an index image of “%1” in %2 (changed meanwhile, or the folder cannot be written)</source>
        <translation>impossible d’enregistrer une image d’index de « %1 » dans %2 (modifié entre-temps, ou dossier non inscriptible)</translation>
    </message>
</context>
<context>
    <name>CliFacets</name>
    <message>
        <source> Did you mean %1?</source>
        <translation> Vouliez-vous dire %1&#xa0;?</translation>
    </message>
    <message>
        <source>no author named “%1” in this corpus (names match ignoring case and accents).</source>
        <translation>aucun auteur nommé «&#xa0;%1&#xa0;» dans ce corpus (les noms sont comparés sans tenir compte de la casse ni des accents).</translation>
    </message>
    <message>
        <source>Only papers by this author (repeatable: papers by all of them, or any with --any).</source>
        <translation>Uniquement les articles de cet auteur (répétable&#xa0;: articles de tous ces auteurs, ou de l’un d’eux avec --any).</translation>
    </message>
    <message>
        <source>Leave out papers by this author (repeatable).</source>
        <translation>Exclure les articles de cet auteur (répétable).</translation>
    </message>
    <message>
        <source>With several --author: papers by any of them.</source>
        <translation>Avec plusieurs --author&#xa0;: articles de l’un quelconque d’entre eux.</translation>
    </message>
    <message>
        <source>Print the authors of the matching papers with their counts instead of the papers.</source>
        <translation>Afficher les auteurs des articles trouvés avec leur nombre d’articles, au lieu des articles.</translation>
    </message>
    <message>
        <source>With --facets: only the first N authors.</source>
        <translation>Avec --facets&#xa0;: seulement les N premiers auteurs.</translation>
    </message>
    <message>
        <source>--top needs a positive number, not “%1”.</source>
        <translation>--top attend un nombre positif, pas «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>CliFieldFacets</name>
    <message>
        <source>no paper in this corpus has “%1” there.</source>
        <translation>aucun article de ce corpus n’a « %1 » à cet endroit.</translation>
    </message>
    <message>
        <source>Only papers of this year or range, e.g. 2019 or 2015..2019 (repeatable).</source>
        <translation>Seulement les articles de cette année ou période, p. ex. 2019 ou 2015..2019 (répétable).</translation>
    </message>
    <message>
        <source>Only papers in this category, e.g. cs.LG, or group, e.g. cs (repeatable).</source>
        <translation>Seulement les articles de cette catégorie, p. ex. cs.LG, ou de ce groupe, p. ex. cs (répétable).</translation>
    </message>
    <message>
        <source>Only papers from this venue (repeatable).</source>
        <translation>Seulement les articles de ce lieu de publication (répétable).</translation>
    </message>
    <message>
        <source>With --facets: author (default), year, category, venue or keyword.</source>
        <translation>Avec --facets : author (par défaut), year, category, venue ou keyword.</translation>
    </message>
    <message>
        <source>this corpus has no %1 field (--%1 needs a format that carries it).</source>
        <translation>ce corpus n’a pas de champ %1 (--%1 demande un format qui le contient).</translation>
    </message>
    <message>
        <source>unknown facet “%1” (use author, year, category, venue or keyword).</source>
        <translation>facette inconnue « %1 » (utilisez author, year, category, venue ou keyword).</translation>
    </message>
</context>
<context>
    <name>CoauthorFacetModel</name>
    <message numerus="yes">
        <source>%n shared paper(s)</source>
        <translation>
            <numerusform>%n article en commun</numerusform>
            <numerusform>%n articles en commun</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <source>Command Palette</source>
        <translation>Palette de commandes</translation>
    </message>
    <message>
        <source>Command palette</source>
        <translation>Palette de commandes</translation>
    </message>
    <message>
        <source>Type a command</source>
        <translation>Tapez une commande</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>No command matches “%1”.</source>
        <translation>Aucune commande ne correspond à « %1 ».</translation>
    </message>
</context>
<context>
    <name>CorpusEncoding</name>
    <message>
        <source>This file is %1 text%2: save it as UTF-8 (or as UTF-16 with a byte-order mark).</source>
        <translation>Ce fichier est du texte %1%2 : enregistrez-le en UTF-8 (ou en UTF-16 avec une marque d’ordre des octets).</translation>
    </message>
    <message>
        <source> without a byte-order mark</source>
        <translation> sans marque d’ordre des octets</translation>
    </message>
    <message>
        <source>This is a binary file, not a text corpus (it contains a NUL byte at offset %1).</source>
        <translation>Ceci est un fichier binaire, pas un corpus texte (il contient un octet NUL à la position %1).</translation>
    </message>
    <message>
        <source>This file is not UTF-8 text: %1 of its %2 lines contain invalid bytes (it may be in another encoding; save it as UTF-8).</source>
        <translation>Ce fichier n’est pas du texte UTF-8 : %1 de ses %2 lignes contiennent des octets invalides (autre encodage ? enregistrez-le en UTF-8).</translation>
    </message>
    <message>
        <source>invalid UTF-8 bytes were replaced by “�”.</source>
        <translation>des octets UTF-8 invalides ont été remplacés par « � ».</translation>
    </message>
    <message>
        <source>%1 more lines with invalid UTF-8 were not listed.</source>
        <translation>%1 autres lignes en UTF-8 invalide ne sont pas listées.</translation>
    </message>
</context>
<context>
    <name>CorpusParser</name>
    <message>
        <source>“%1” is a folder, not a corpus file.</source>
        <translation>« %1 » est un dossier, pas un fichier de corpus.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation>Impossible de lire « %1 » : %2.</translation>
    </message>
    <message>
        <source>The file is empty: a corpus needs at least one record (a line of authors followed by a line with the abstract).</source>
        <translation>Le fichier est vide : un corpus doit contenir au moins une notice (une ligne d’auteurs suivie d’une ligne de résumé).</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>The file holds only blank lines: a corpus needs at least one record.</source>
        <translation>Le fichier ne contient que des lignes vides : un corpus doit contenir au moins une notice.</translation>
    </message>
    <message>
        <source>This does not look like a corpus: only %1 of %2 records start with a line of comma-separated author names (line %3 reads like prose).</source>
        <translation>Ceci ne ressemble pas à un corpus : seules %1 notices sur %2 commencent par une ligne de noms d’auteurs séparés par des virgules (la ligne %3 ressemble à de la prose).</translation>
    </message>
    <message>
        <source>“%1” is a device, not a corpus file: it is not read.</source>
        <translation>« %1 » est un périphérique, pas un fichier de corpus : il n’est pas lu.</translation>
    </message>
    <message>
        <source>“%1” is larger than %2 GB, more than Skimmer reads as a corpus.</source>
        <translation>« %1 » dépasse %2 Go, plus que ce que Skimmer lit comme corpus.</translation>
    </message>
    <message>
        <source>Not enough memory to read “%1”.</source>
        <translation>Mémoire insuffisante pour lire « %1 ».</translation>
    </message>
    <message>
        <source>line is %1 bytes long; only the first %2 are kept.</source>
        <translation>la ligne fait %1 octets ; seuls les %2 premiers sont conservés.</translation>
    </message>
    <message>
        <source>a tl;dr line without an author line before it; kept as a paper with no authors.</source>
        <translation>ligne tl;dr sans ligne d’auteurs avant elle ; conservée comme article sans auteurs.</translation>
    </message>
    <message>
        <source>expected a line of comma-separated author names, found prose; kept as a paper with no authors.</source>
        <translation>une ligne de noms d’auteurs séparés par des virgules était attendue, mais c’est de la prose ; conservé comme article sans auteurs.</translation>
    </message>
    <message>
        <source>the file ends before this record&apos;s abstract; the record is kept and marked truncated.</source>
        <translation>le fichier se termine avant le résumé de cette notice ; elle est conservée et marquée comme tronquée.</translation>
    </message>
    <message>
        <source>author line with no abstract after it (line %1 starts the next record); kept with an empty abstract.</source>
        <translation>ligne d’auteurs sans résumé à la suite (la ligne %1 commence la notice suivante) ; conservée avec un résumé vide.</translation>
    </message>
    <message>
        <source>the last record is cut off mid-text (the file ends without a newline); it is kept and marked truncated.</source>
        <translation>la dernière notice s’interrompt en plein texte (le fichier se termine sans saut de ligne) ; elle est conservée et marquée comme tronquée.</translation>
    </message>
    <message>
        <source>%1 more over-long lines were not listed.</source>
        <translation>%1 autres lignes trop longues ne sont pas listées.</translation>
    </message>
    <message>
        <source>%1 more records without an author line were not listed.</source>
        <translation>%1 autres notices sans ligne d’auteurs ne sont pas listées.</translation>
    </message>
    <message>
        <source>%1 more author lines without an abstract were not listed.</source>
        <translation>%1 autres lignes d’auteurs sans résumé ne sont pas listées.</translation>
    </message>
    <message>
        <source>Cannot decompress this gzip file.</source>
        <translation>Impossible de décompresser ce fichier gzip.</translation>
    </message>
    <message>
        <source>The gzip file is damaged: %1.</source>
        <translation>Le fichier gzip est endommagé : %1.</translation>
    </message>
    <message>
        <source>Only what came before was read.</source>
        <translation>Seul ce qui précède a été lu.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2.</source>
        <translation>Impossible d’ouvrir « %1 » : %2.</translation>
    </message>
</context>
<context>
    <name>CorpusProblems</name>
    <message>
        <source>Show Reading &amp;Problems</source>
        <translation>Afficher les &amp;problèmes de lecture</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problème</numerusform>
            <numerusform>%n problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems found while reading “%1”</source>
        <translation>Problèmes trouvés à la lecture de « %1 »</translation>
    </message>
</context>
<context>
    <name>CorpusReader</name>
    <message>
        <source>This file is none of the formats Skimmer reads (tried %1): %2</source>
        <translation>Ce fichier n’est dans aucun des formats que Skimmer lit (essayés : %1) : %2</translation>
    </message>
</context>
<context>
    <name>CslJsonReader</name>
    <message>
        <source>Cannot read this CSL-JSON file: %1</source>
        <translation>Impossible de lire ce fichier CSL-JSON : %1</translation>
    </message>
    <message>
        <source>not an object; skipped.</source>
        <translation>pas un objet ; ignoré.</translation>
    </message>
    <message>
        <source>an item with neither a title nor an abstract; dropped.</source>
        <translation>un élément sans titre ni résumé ; écarté.</translation>
    </message>
</context>
<context>
    <name>DensityActions</name>
    <message>
        <source>&amp;Compact List</source>
        <translation>Liste co&amp;mpacte</translation>
    </message>
    <message>
        <source>C&amp;omfortable List</source>
        <translation>Liste &amp;aérée</translation>
    </message>
    <message>
        <source>&amp;Full List</source>
        <translation>Liste &amp;complète</translation>
    </message>
    <message>
        <source>Cycle List &amp;Density</source>
        <translation>Alterner la &amp;densité de la liste</translation>
    </message>
</context>
<context>
    <name>DetailView</name>
    <message>
        <source>Paper details</source>
        <translation>Détails de l’article</translation>
    </message>
    <message>
        <source>Abstract and details</source>
        <translation>Résumé et détails</translation>
    </message>
    <message>
        <source>Paper actions</source>
        <translation>Actions sur l’article</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Signet</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lu</translation>
    </message>
    <message>
        <source>Add to List…</source>
        <translation>Ajouter à une liste…</translation>
    </message>
    <message>
        <source>Copy as Plain Text</source>
        <translation>Copier en texte brut</translation>
    </message>
    <message>
        <source>Copy as Markdown</source>
        <translation>Copier en Markdown</translation>
    </message>
    <message>
        <source>Copy as BibTeX</source>
        <translation>Copier en BibTeX</translation>
    </message>
    <message>
        <source>Copy Paper Id</source>
        <translation>Copier l’identifiant de l’article</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>TeX Source</source>
        <translation>Source TeX</translation>
    </message>
    <message>
        <source>Show the abstract as written, without rendering its TeX</source>
        <translation>Afficher le résumé tel qu’il est écrit, sans interpréter le TeX</translation>
    </message>
    <message>
        <source>Star or unstar this paper</source>
        <translation>Ajouter cet article aux signets ou l’en retirer</translation>
    </message>
    <message>
        <source>Mark this paper read or unread</source>
        <translation>Marquer cet article comme lu ou non lu</translation>
    </message>
    <message>
        <source>Add this paper to a reading list</source>
        <translation>Ajouter cet article à une liste de lecture</translation>
    </message>
    <message>
        <source>Needs the library (not available yet)</source>
        <translation>Nécessite la bibliothèque (pas encore disponible)</translation>
    </message>
    <message>
        <source>Select a paper to read its abstract; from the search field, ↓ or Enter opens the best match.</source>
        <translation>Sélectionnez un article pour lire son résumé ; depuis le champ de recherche, ↓ ou Entrée ouvre le meilleur résultat.</translation>
    </message>
</context>
<context>
    <name>FacetSelection</name>
    <message>
        <source>and</source>
        <translation>et</translation>
    </message>
    <message>
        <source>or</source>
        <translation>ou</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>par %1</translation>
    </message>
    <message>
        <source>not by %1</source>
        <translation>pas par %1</translation>
    </message>
</context>
<context>
    <name>FieldFacetDock</name>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lieu de publication</translation>
    </message>
    <message>
        <source>Keyword</source>
        <translation>Mot-clé</translation>
    </message>
    <message>
        <source>Year, Category, Venue</source>
        <translation>Année, catégorie, lieu</translation>
    </message>
    <message>
        <source>Show &amp;Year, Category and Venue Panel</source>
        <translation>Afficher le panneau &amp;Année, catégorie et lieu</translation>
    </message>
    <message>
        <source>Choose &amp;Years…</source>
        <translation>Choisir les &amp;années…</translation>
    </message>
    <message>
        <source>Filter &amp;Categories…</source>
        <translation>Filtrer les &amp;catégories…</translation>
    </message>
    <message>
        <source>year %1</source>
        <translation>année %1</translation>
    </message>
    <message>
        <source>not %1</source>
        <translation>pas %1</translation>
    </message>
</context>
<context>
    <name>FieldFacetPanel</name>
    <message>
        <source>Filter %1…</source>
        <translation>Filtrer %1…</translation>
    </message>
    <message>
        <source>Filter %1</source>
        <translation>Filtrer %1</translation>
    </message>
    <message>
        <source>Space or Enter includes, Shift+Enter excludes, Delete clears; a click cycles</source>
        <translation>Espace ou Entrée inclut, Maj+Entrée exclut, Suppr efface ; un clic fait défiler les états</translation>
    </message>
    <message>
        <source>Papers must match all included values (AND) or any of them (ANY)</source>
        <translation>Les articles doivent avoir toutes les valeurs incluses (ET) ou l’une d’elles (OU)</translation>
    </message>
    <message>
        <source>AND</source>
        <translation>ET</translation>
    </message>
    <message>
        <source>ANY</source>
        <translation>OU</translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <source>&amp;Open Corpus…</source>
        <translation>&amp;Ouvrir un corpus…</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>Progression du chargement</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel loading</source>
        <translation>Annuler le chargement</translation>
    </message>
    <message>
        <source>Loading “%1” was cancelled.</source>
        <translation>Le chargement de « %1 » a été annulé.</translation>
    </message>
    <message>
        <source>Open Corpus</source>
        <translation>Ouvrir un corpus</translation>
    </message>
    <message>
        <source>Loading “%1”…</source>
        <translation>Chargement de « %1 »…</translation>
    </message>
    <message>
        <source>Could not open “%1”: %2</source>
        <translation>Impossible d’ouvrir « %1 » : %2</translation>
    </message>
    <message>
        <source>Could not open “%1”: %2 “%3” stays open.</source>
        <translation>Impossible d’ouvrir « %1 » : %2 « %3 » reste ouvert.</translation>
    </message>
    <message>
        <source>Open the &amp;Sample Corpus</source>
        <translation>Ouvrir le corpus d’e&amp;xemple</translation>
    </message>
    <message>
        <source>Corpus files (*.txt *.json *.jsonl *.bib *.ris *.gz)</source>
        <translation>Fichiers de corpus (*.txt *.json *.jsonl *.bib *.ris *.gz)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Clear Index &amp;Cache</source>
        <translation>Vider le &amp;cache d’index</translation>
    </message>
    <message>
        <source>Remove the saved index images that make corpora reopen at once</source>
        <translation>Supprimer les images d’index enregistrées qui permettent de rouvrir les corpus aussitôt</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n saved index image(s), freeing %1.</source>
        <translation>
            <numerusform>%n image d’index enregistrée supprimée, %1 libérés.</numerusform>
            <numerusform>%n images d’index enregistrées supprimées, %1 libérés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterChipBar</name>
    <message>
        <source>Active filters</source>
        <translation>Filtres actifs</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>Tout effacer</translation>
    </message>
    <message>
        <source>Remove every filter (Esc twice in the search field)</source>
        <translation>Retirer tous les filtres (Échap deux fois dans le champ de recherche)</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Retirer ce filtre</translation>
    </message>
    <message>
        <source>Remove filter %1</source>
        <translation>Retirer le filtre %1</translation>
    </message>
</context>
<context>
    <name>FilterController</name>
    <message>
        <source>Authors</source>
        <translation>Auteurs</translation>
    </message>
    <message>
        <source>F&amp;acets</source>
        <translation>Fa&amp;cettes</translation>
    </message>
    <message>
        <source>Show &amp;Authors Panel</source>
        <translation>Afficher le panneau des &amp;auteurs</translation>
    </message>
    <message>
        <source>&amp;Filter Authors…</source>
        <translation>&amp;Filtrer les auteurs…</translation>
    </message>
    <message>
        <source>&amp;Remove Last Filter</source>
        <translation>&amp;Retirer le dernier filtre</translation>
    </message>
    <message>
        <source>Also Backspace in the empty search field</source>
        <translation>Aussi avec Retour arrière dans le champ de recherche vide</translation>
    </message>
    <message>
        <source>&amp;Clear All Filters</source>
        <translation>Effacer &amp;tous les filtres</translation>
    </message>
    <message>
        <source>Also Esc twice in the search field</source>
        <translation>Aussi avec Échap deux fois dans le champ de recherche</translation>
    </message>
    <message>
        <source>list “%1”</source>
        <translation>liste « %1 »</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>not %1</source>
        <translation>sauf %1</translation>
    </message>
    <message>
        <source>not in “%1”</source>
        <translation>hors de « %1 »</translation>
    </message>
    <message>
        <source>in “%1”</source>
        <translation>dans « %1 »</translation>
    </message>
    <message>
        <source>not starred</source>
        <translation>sans étoile</translation>
    </message>
    <message>
        <source>starred</source>
        <translation>étoilé</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>non lu</translation>
    </message>
    <message>
        <source>read</source>
        <translation>lu</translation>
    </message>
    <message>
        <source>not unread</source>
        <translation>pas non lu</translation>
    </message>
    <message>
        <source>unread</source>
        <translation>non lu</translation>
    </message>
    <message numerus="yes">
        <source>region: %n paper(s)</source>
        <translation>
            <numerusform>région : %n article</numerusform>
            <numerusform>région : %n articles</numerusform>
        </translation>
    </message>
    <message>
        <source>cluster %1 (no map yet)</source>
        <translation>groupe %1 (pas encore de carte)</translation>
    </message>
    <message>
        <source>cluster %1 (not on the map)</source>
        <translation>groupe %1 (absent de la carte)</translation>
    </message>
    <message>
        <source>cluster %1</source>
        <translation>groupe %1</translation>
    </message>
    <message>
        <source>not cluster “%1”</source>
        <translation>hors du groupe « %1 »</translation>
    </message>
    <message>
        <source>cluster “%1”</source>
        <translation>groupe « %1 »</translation>
    </message>
</context>
<context>
    <name>FocusTargets</name>
    <message>
        <source>Go to %1</source>
        <translation>Aller à : %1</translation>
    </message>
</context>
<context>
    <name>GzipDevice</name>
    <message>
        <source>the compressed data ends too early</source>
        <translation>les données compressées s’arrêtent trop tôt</translation>
    </message>
    <message>
        <source>the compressed data is corrupt (%1)</source>
        <translation>les données compressées sont corrompues (%1)</translation>
    </message>
</context>
<context>
    <name>JsonRecords</name>
    <message>
        <source>line %1: this is not valid JSON (%2).</source>
        <translation>ligne %1 : ce n’est pas du JSON valide (%2).</translation>
    </message>
    <message>
        <source>the file is JSON but not an array of records.</source>
        <translation>le fichier est du JSON, mais pas un tableau d’enregistrements.</translation>
    </message>
    <message>
        <source>the file is JSON but neither an array of records nor an object with a “%1” array.</source>
        <translation>le fichier est du JSON, mais ni un tableau d’enregistrements ni un objet avec un tableau « %1 ».</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>the system language</source>
        <translation>la langue du système</translation>
    </message>
    <message>
        <source>Skimmer will use %1 the next time it starts.</source>
        <translation>Skimmer passera en %1 au prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>LibraryCommands</name>
    <message>
        <source>no paper ids given (pass them after the option, e.g. from --query … --format ids)</source>
        <translation>aucun identifiant d’article fourni (passez-les après l’option, par ex. issus de --query … --format ids)</translation>
    </message>
    <message>
        <source>not in the corpus “%1”: %2 — nothing was changed</source>
        <translation>absents du corpus «&#xa0;%1&#xa0;»&#xa0;: %2 — rien n’a été modifié</translation>
    </message>
    <message>
        <source>added %1 of %2 papers to “%3”
</source>
        <translation>%1 articles sur %2 ajoutés à «&#xa0;%3&#xa0;»
</translation>
    </message>
    <message>
        <source>unknown format “%1” for --lists (use text or json)</source>
        <translation>format «&#xa0;%1&#xa0;» inconnu pour --lists (utilisez text ou json)</translation>
    </message>
    <message>
        <source>cannot write “%1”: %2</source>
        <translation>impossible d’écrire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>no list named “%1” in %2</source>
        <translation>aucune liste nommée «&#xa0;%1&#xa0;» dans %2</translation>
    </message>
    <message>
        <source>cannot read “%1”: %2</source>
        <translation>impossible de lire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>imported “%1”: %2 new, %3 already there</source>
        <translation>liste «&#xa0;%1&#xa0;» importée&#xa0;: %2 nouveaux articles, %3 déjà présents</translation>
    </message>
    <message>
        <source>; not in this corpus (kept): %1</source>
        <translation>&#xa0;; absents de ce corpus (conservés)&#xa0;: %1</translation>
    </message>
    <message>
        <source>The library file (default: $SKIMMER_LIBRARY or the user&apos;s library).</source>
        <translation>Le fichier de bibliothèque (par défaut&#xa0;: $SKIMMER_LIBRARY ou la bibliothèque de l’utilisateur).</translation>
    </message>
    <message>
        <source>Print the reading lists and their counts (--format text or json).</source>
        <translation>Afficher les listes de lecture et leur nombre d’articles (--format text ou json).</translation>
    </message>
    <message>
        <source>Write an export to this file.</source>
        <translation>Écrire l’export dans ce fichier.</translation>
    </message>
    <message>
        <source>Merge a JSON list export into the library.</source>
        <translation>Fusionner un export de liste JSON dans la bibliothèque.</translation>
    </message>
    <message>
        <source>Bookmark the papers whose ids follow (- reads them from standard input).</source>
        <translation>Ajouter aux signets les articles dont les identifiants suivent (- les lit sur l’entrée standard).</translation>
    </message>
    <message>
        <source>Remove the bookmarks of the papers whose ids follow (- reads them from standard input).</source>
        <translation>Retirer des signets les articles dont les identifiants suivent (- les lit sur l’entrée standard).</translation>
    </message>
    <message>
        <source>Add the papers whose ids follow to a reading list, created when new (- reads the ids from standard input).</source>
        <translation>Ajouter les articles dont les identifiants suivent à une liste de lecture, créée si elle n’existe pas (- lit les identifiants sur l’entrée standard).</translation>
    </message>
    <message>
        <source>%1 ids, the first %2: %3</source>
        <translation>%1 identifiants, les %2 premiers : %3</translation>
    </message>
    <message>
        <source>unknown export format “%1” (use md, csv, json, bib, ris or csljson)</source>
        <translation>format d’export inconnu « %1 » (utilisez md, csv, json, bib, ris ou csljson)</translation>
    </message>
    <message>
        <source>Export a reading list (or Bookmarks) with --format md, csv, json, bib, ris or csljson.</source>
        <translation>Exporter une liste de lecture (ou les favoris) avec --format md, csv, json, bib, ris ou csljson.</translation>
    </message>
    <message>
        <source>%1 papers voted not relevant for “%2”
</source>
        <translation>%1 articles marqués non pertinents pour « %2 »
</translation>
    </message>
    <message>
        <source>“%1” has no paper in the corpus “%2”: nothing to learn from</source>
        <translation>« %1 » ne contient aucun article du corpus « %2 » : rien à apprendre</translation>
    </message>
    <message>
        <source># like “%1”: %2
</source>
        <translation># comme « %1 » : %2
</translation>
    </message>
    <message>
        <source>unknown format “%1” for --more-like-list (use ids, json or text)</source>
        <translation>format « %1 » inconnu pour --more-like-list (utilisez ids, json ou text)</translation>
    </message>
    <message>
        <source>Print the papers outside a list ranked by likeness to it (--format ids, json or text).</source>
        <translation>Afficher les articles hors d’une liste classés par ressemblance avec elle (--format ids, json ou text).</translation>
    </message>
    <message>
        <source>Vote the papers whose ids follow “not relevant” for a list (- reads them from standard input).</source>
        <translation>Marquer « non pertinents » pour une liste les articles dont les identifiants suivent (- les lit sur l’entrée standard).</translation>
    </message>
    <message numerus="yes">
        <source>; %n saved view(s) added</source>
        <translation>
            <numerusform>; %n vue enregistrée ajoutée</numerusform>
            <numerusform>; %n vues enregistrées ajoutées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryController</name>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Bibliothèque</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Toggle &amp;Bookmark</source>
        <translation>Ajouter aux &amp;signets / retirer</translation>
    </message>
    <message>
        <source>Toggle &amp;Read</source>
        <translation>Marquer comme &amp;lu / non lu</translation>
    </message>
    <message>
        <source>&amp;Add to List…</source>
        <translation>&amp;Ajouter à une liste…</translation>
    </message>
    <message>
        <source>Re&amp;move from List</source>
        <translation>Re&amp;tirer de la liste</translation>
    </message>
    <message>
        <source>Move &amp;Up in List</source>
        <translation>&amp;Monter dans la liste</translation>
    </message>
    <message>
        <source>Move &amp;Down in List</source>
        <translation>&amp;Descendre dans la liste</translation>
    </message>
    <message>
        <source>Re&amp;name List…</source>
        <translation>Re&amp;nommer la liste…</translation>
    </message>
    <message>
        <source>De&amp;lete List…</source>
        <translation>Su&amp;pprimer la liste…</translation>
    </message>
    <message>
        <source>Library: %1</source>
        <translation>Bibliothèque&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Add %n paper(s) to list</source>
        <translation>
            <numerusform>Ajouter %n article à une liste</numerusform>
            <numerusform>Ajouter %n articles à une liste</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename List</source>
        <translation>Renommer la liste</translation>
    </message>
    <message>
        <source>New name for “%1”:</source>
        <translation>Nouveau nom pour «&#xa0;%1&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>Delete List</source>
        <translation>Supprimer la liste</translation>
    </message>
    <message numerus="yes">
        <source>Delete the list “%1” with %n paper(s)? (Ctrl+Z brings it back.)</source>
        <translation>
            <numerusform>Supprimer la liste «&#xa0;%1&#xa0;», qui contient %n article&#xa0;? (Ctrl+Z permet de la rétablir.)</numerusform>
            <numerusform>Supprimer la liste «&#xa0;%1&#xa0;», qui contient %n articles&#xa0;? (Ctrl+Z permet de la rétablir.)</numerusform>
        </translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Annulé : %1</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>Rétabli : %1</translation>
    </message>
</context>
<context>
    <name>LibraryEntriesModel</name>
    <message>
        <source>%1 — not in this corpus</source>
        <translation>%1 — absent de ce corpus</translation>
    </message>
    <message>
        <source>Not in this corpus</source>
        <translation>Absent de ce corpus</translation>
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
            <numerusform>«&#xa0;%1&#xa0;»&#xa0;: %n article</numerusform>
            <numerusform>«&#xa0;%1&#xa0;»&#xa0;: %n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Library scopes</source>
        <translation>Vues de la bibliothèque</translation>
    </message>
    <message>
        <source>Reading lists</source>
        <translation>Listes de lecture</translation>
    </message>
    <message>
        <source>Entries of the selected list</source>
        <translation>Éléments de la liste sélectionnée</translation>
    </message>
    <message>
        <source>Note on this paper in the list</source>
        <translation>Note sur cet article dans la liste</translation>
    </message>
    <message>
        <source>A note on this paper in this list (Ctrl+Enter saves)</source>
        <translation>Une note sur cet article dans cette liste (Ctrl+Entrée pour enregistrer)</translation>
    </message>
    <message>
        <source>In the selected list</source>
        <translation>Dans la liste sélectionnée</translation>
    </message>
    <message>
        <source>Note (select a paper in a list)</source>
        <translation>Note (sélectionnez un article dans une liste)</translation>
    </message>
    <message>
        <source>Note in “%1”</source>
        <translation>Note dans «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>LibraryScope</name>
    <message>
        <source>All papers</source>
        <translation>Tous les articles</translation>
    </message>
    <message>
        <source>Bookmarked</source>
        <translation>Signets</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Non lus</translation>
    </message>
</context>
<context>
    <name>LibraryStore</name>
    <message>
        <source>the library “%1” does not exist</source>
        <translation>la bibliothèque «&#xa0;%1&#xa0;» n’existe pas</translation>
    </message>
    <message>
        <source>cannot create the folder for the library “%1”</source>
        <translation>impossible de créer le dossier de la bibliothèque «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>cannot open the library “%1”: %2</source>
        <translation>impossible d’ouvrir la bibliothèque «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>the library is not open</source>
        <translation>la bibliothèque n’est pas ouverte</translation>
    </message>
    <message>
        <source>the library “%1” is open read-only</source>
        <translation>la bibliothèque «&#xa0;%1&#xa0;» est ouverte en lecture seule</translation>
    </message>
    <message>
        <source>library query failed: %1</source>
        <translation>échec de la requête sur la bibliothèque&#xa0;: %1</translation>
    </message>
    <message>
        <source>a paper without an id cannot be stored</source>
        <translation>un article sans identifiant ne peut pas être enregistré</translation>
    </message>
    <message>
        <source>cannot create the backup folder “%1”</source>
        <translation>impossible de créer le dossier de sauvegarde «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the backup did not verify: %1</source>
        <translation>la vérification de la sauvegarde a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot write the backup “%1”</source>
        <translation>impossible d’écrire la sauvegarde «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>a list needs a name</source>
        <translation>une liste doit avoir un nom</translation>
    </message>
    <message>
        <source>“%1” is reserved for the bookmarks</source>
        <translation>«&#xa0;%1&#xa0;» est réservé aux signets</translation>
    </message>
    <message>
        <source>a list named “%1” already exists</source>
        <translation>une liste nommée «&#xa0;%1&#xa0;» existe déjà</translation>
    </message>
    <message>
        <source>no list named “%1”</source>
        <translation>aucune liste nommée «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>“%1” is not in the list “%2”</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas dans la liste «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>a new order of “%1” must hold each of its papers exactly once</source>
        <translation>le nouvel ordre de «&#xa0;%1&#xa0;» doit contenir chacun de ses articles exactement une fois</translation>
    </message>
    <message>
        <source>no library file given: the path is empty</source>
        <translation>aucun fichier de bibliothèque indiqué : le chemin est vide</translation>
    </message>
    <message>
        <source>“%1” is not a regular file, so it cannot be a library</source>
        <translation>« %1 » n’est pas un fichier ordinaire et ne peut donc pas être une bibliothèque</translation>
    </message>
    <message>
        <source>the library “%1” is being opened by another program</source>
        <translation>la bibliothèque « %1 » est en cours d’ouverture par un autre programme</translation>
    </message>
    <message>
        <source>the library “%1” cannot be written (%2); it is open read-only and changes cannot be saved</source>
        <translation>impossible d’écrire dans la bibliothèque « %1 » (%2) ; elle est ouverte en lecture seule et les modifications ne peuvent pas être enregistrées</translation>
    </message>
    <message>
        <source>a saved view needs a name</source>
        <translation>une vue enregistrée doit avoir un nom</translation>
    </message>
    <message>
        <source>a saved view named “%1” already exists</source>
        <translation>une vue enregistrée nommée « %1 » existe déjà</translation>
    </message>
    <message>
        <source>no saved view named “%1”</source>
        <translation>aucune vue enregistrée nommée « %1 »</translation>
    </message>
</context>
<context>
    <name>LibraryUndo</name>
    <message numerus="yes">
        <source>bookmark %n paper(s)</source>
        <translation>
            <numerusform>ajouter %n article aux signets</numerusform>
            <numerusform>ajouter %n articles aux signets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>remove the bookmark of %n paper(s)</source>
        <translation>
            <numerusform>retirer %n article des signets</numerusform>
            <numerusform>retirer %n articles des signets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>mark %n paper(s) read</source>
        <translation>
            <numerusform>marquer %n article comme lu</numerusform>
            <numerusform>marquer %n articles comme lus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>mark %n paper(s) unread</source>
        <translation>
            <numerusform>marquer %n article comme non lu</numerusform>
            <numerusform>marquer %n articles comme non lus</numerusform>
        </translation>
    </message>
    <message>
        <source>create list %1</source>
        <translation>créer la liste %1</translation>
    </message>
    <message numerus="yes">
        <source>add %n paper(s) to %1</source>
        <translation>
            <numerusform>ajouter %n article à %1</numerusform>
            <numerusform>ajouter %n articles à %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>remove %n paper(s) from %1</source>
        <translation>
            <numerusform>retirer %n article de %1</numerusform>
            <numerusform>retirer %n articles de %1</numerusform>
        </translation>
    </message>
    <message>
        <source>rename %1 to %2</source>
        <translation>renommer %1 en %2</translation>
    </message>
    <message>
        <source>delete list %1</source>
        <translation>supprimer la liste %1</translation>
    </message>
    <message>
        <source>edit the note in %1</source>
        <translation>modifier la note dans %1</translation>
    </message>
    <message numerus="yes">
        <source>move %n paper(s) in %1</source>
        <translation>
            <numerusform>déplacer %n article dans %1</numerusform>
            <numerusform>déplacer %n articles dans %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>import %n paper(s) into %1</source>
        <translation>
            <numerusform>importer %n article dans %1</numerusform>
            <numerusform>importer %n articles dans %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Bookmarked %n paper(s)</source>
        <translation>
            <numerusform>%n article mis en favori</numerusform>
            <numerusform>%n articles mis en favori</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed the bookmark of %n paper(s)</source>
        <translation>
            <numerusform>Favori retiré de %n article</numerusform>
            <numerusform>Favori retiré de %n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %n paper(s) read</source>
        <translation>
            <numerusform>%n article marqué comme lu</numerusform>
            <numerusform>%n articles marqués comme lus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %n paper(s) unread</source>
        <translation>
            <numerusform>%n article marqué comme non lu</numerusform>
            <numerusform>%n articles marqués comme non lus</numerusform>
        </translation>
    </message>
    <message>
        <source>Created list %1</source>
        <translation>Liste %1 créée</translation>
    </message>
    <message numerus="yes">
        <source>Added %n paper(s) to %1</source>
        <translation>
            <numerusform>%n article ajouté à %1</numerusform>
            <numerusform>%n articles ajoutés à %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n paper(s) from %1</source>
        <translation>
            <numerusform>%n article retiré de %1</numerusform>
            <numerusform>%n articles retirés de %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Renamed %1 to %2</source>
        <translation>%1 renommée en %2</translation>
    </message>
    <message>
        <source>Deleted list %1</source>
        <translation>Liste %1 supprimée</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n paper(s) in %1</source>
        <translation>
            <numerusform>%n article déplacé dans %1</numerusform>
            <numerusform>%n articles déplacés dans %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved the note in %1</source>
        <translation>Note enregistrée dans %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n paper(s) into %1</source>
        <translation>
            <numerusform>%n article importé dans %1</numerusform>
            <numerusform>%n articles importés dans %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>mark %n paper(s) not relevant for %1</source>
        <translation>
            <numerusform>marquer %n article non pertinent pour %1</numerusform>
            <numerusform>marquer %n articles non pertinents pour %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>take back %n “not relevant” vote(s) for %1</source>
        <translation>
            <numerusform>retirer %n vote « non pertinent » pour %1</numerusform>
            <numerusform>retirer %n votes « non pertinent » pour %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Already in %1: %n paper(s)</source>
        <translation>
            <numerusform>Déjà dans %1 : %n article</numerusform>
            <numerusform>Déjà dans %1 : %n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LikeSortController</name>
    <message>
        <source>&amp;Not Relevant to This List</source>
        <translation>&amp;Non pertinent pour cette liste</translation>
    </message>
    <message>
        <source>“%1” has no paper in this corpus: nothing to learn from, so the papers are in relevance order.</source>
        <translation>« %1 » n’a aucun article dans ce corpus : rien à apprendre, les articles sont donc triés par pertinence.</translation>
    </message>
    <message>
        <source>Learning what “%1” is about…</source>
        <translation>Apprentissage du sujet de « %1 »…</translation>
    </message>
    <message>
        <source>Ranked by likeness to “%1”: %2 …</source>
        <translation>Classé par ressemblance avec « %1 » : %2 …</translation>
    </message>
    <message numerus="yes">
        <source>(%n paper(s) of the list and its “not relevant” votes hidden; N: not relevant)</source>
        <translation>
            <numerusform>(%n article de la liste et de ses votes « non pertinent » masqué ; N : non pertinent)</numerusform>
            <numerusform>(%n articles de la liste et de ses votes « non pertinent » masqués ; N : non pertinent)</numerusform>
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
        <translation>JSON (réimportable)</translation>
    </message>
    <message>
        <source>BibTeX</source>
        <translation>BibTeX</translation>
    </message>
    <message>
        <source>Export List</source>
        <translation>Exporter la liste</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation>&amp;Liste :</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>F&amp;ichier :</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>Choisissez un fichier de destination.</translation>
    </message>
    <message>
        <source>There is no list named “%1” any more.</source>
        <translation>Il n’y a plus de liste nommée « %1 ».</translation>
    </message>
    <message>
        <source>“%1” already exists. Press Export again to replace it.</source>
        <translation>« %1 » existe déjà. Appuyez de nouveau sur Exporter pour le remplacer.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Impossible d’écrire « %1 » : %2</translation>
    </message>
</context>
<context>
    <name>ListPickerDialog</name>
    <message>
        <source>List name — type to filter or to create a new list</source>
        <translation>Nom de la liste — tapez pour filtrer ou pour créer une nouvelle liste</translation>
    </message>
    <message>
        <source>Type a name to create your first list.</source>
        <translation>Tapez un nom pour créer votre première liste.</translation>
    </message>
    <message>
        <source>Enter creates the list “%1”.</source>
        <translation>Entrée crée la liste «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Enter adds to “%1”.</source>
        <translation>Entrée ajoute à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Enter adds to “%1”; Shift+Enter creates the list “%2”.</source>
        <translation>Entrée ajoute à «&#xa0;%1&#xa0;»&#xa0;; Maj+Entrée crée la liste «&#xa0;%2&#xa0;».</translation>
    </message>
</context>
<context>
    <name>ListTransferActions</name>
    <message>
        <source>&amp;Export List…</source>
        <translation>&amp;Exporter la liste…</translation>
    </message>
    <message>
        <source>&amp;Import List…</source>
        <translation>&amp;Importer une liste…</translation>
    </message>
    <message>
        <source>No library is open.</source>
        <translation>Aucune bibliothèque n’est ouverte.</translation>
    </message>
    <message>
        <source>Exported “%1” to %2</source>
        <translation>« %1 » exportée vers %2</translation>
    </message>
    <message>
        <source>The library is not open for changes.</source>
        <translation>La bibliothèque n’est pas ouverte en écriture.</translation>
    </message>
    <message>
        <source>Import List</source>
        <translation>Importer une liste</translation>
    </message>
    <message>
        <source>Skimmer list exports (*.json)</source>
        <translation>Exports de listes Skimmer (*.json)</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>Impossible de lire « %1 » : %2</translation>
    </message>
    <message>
        <source>Could not import “%1”: %2</source>
        <translation>Impossible d’importer « %1 » : %2</translation>
    </message>
    <message>
        <source>Imported “%1”: %2 new, %3 already there (Ctrl+Z undoes)</source>
        <translation>« %1 » importée : %2 nouveaux, %3 déjà présents (Ctrl+Z annule)</translation>
    </message>
    <message>
        <source>; skipped: %1</source>
        <translation> ; ignorés : %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Papers</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Skimmer</source>
        <translation>Skimmer</translation>
    </message>
    <message>
        <source>%1 — Skimmer</source>
        <translation>%1 — Skimmer</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Auteurs</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Year and Category</source>
        <translation>Année et catégorie</translation>
    </message>
    <message>
        <source>Reading lists</source>
        <translation>Listes de lecture</translation>
    </message>
    <message>
        <source>Vie&amp;ws</source>
        <translation>V&amp;ues</translation>
    </message>
</context>
<context>
    <name>MapCommand</name>
    <message>
        <source>Paper map</source>
        <translation>Carte des articles</translation>
    </message>
    <message>
        <source>Compute the paper map and write it as JSON to &lt;file&gt;.</source>
        <translation>Calculer la carte des articles et l’écrire en JSON dans &lt;file&gt;.</translation>
    </message>
    <message>
        <source>With --map-json: also draw the map to &lt;file&gt; (.png or .svg).</source>
        <translation>Avec --map-json : dessiner aussi la carte dans &lt;file&gt; (.png ou .svg).</translation>
    </message>
    <message>
        <source>Cannot write “%1”.</source>
        <translation>Impossible d’écrire « %1 ».</translation>
    </message>
</context>
<context>
    <name>MapController</name>
    <message>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>&amp;Carte</translation>
    </message>
    <message>
        <source>Map clusters</source>
        <translation>Groupes de la carte</translation>
    </message>
    <message numerus="yes">
        <source>cluster:%1 · %2 · %n paper(s)</source>
        <translation>
            <numerusform>cluster:%1 · %2 · %n article</numerusform>
            <numerusform>cluster:%1 · %2 · %n articles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapPipeline</name>
    <message numerus="yes">
        <source>Too few papers to draw a map: it needs at least %n.</source>
        <translation>
            <numerusform>Trop peu d’articles pour dessiner une carte : il en faut au moins %n.</numerusform>
            <numerusform>Trop peu d’articles pour dessiner une carte : il en faut au moins %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>No map: the papers share too few distinguishing words (empty or identical abstracts?).</source>
        <translation>Pas de carte : les articles partagent trop peu de mots distinctifs (résumés vides ou identiques ?).</translation>
    </message>
    <message>
        <source>The map could not be laid out.</source>
        <translation>La carte n’a pas pu être disposée.</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Paper map</source>
        <translation>Carte des articles</translation>
    </message>
    <message>
        <source>The map is computed after the corpus loads…</source>
        <translation>La carte est calculée après le chargement du corpus…</translation>
    </message>
    <message>
        <source>Drawing the map: %1 (%2%)</source>
        <translation>Dessin de la carte : %1 (%2 %)</translation>
    </message>
</context>
<context>
    <name>NavigationActions</name>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>Recent &amp;Searches</source>
        <translation>Recherches &amp;récentes</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>&amp;Command Palette…</source>
        <translation>Palette de &amp;commandes…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>NavigationController</name>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>Back to the previous paper, query and filters</source>
        <translation>Revenir à l’article, à la recherche et aux filtres précédents</translation>
    </message>
    <message>
        <source>F&amp;orward</source>
        <translation>&amp;Suivant</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Notice</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Show problems</source>
        <translation>Afficher les problèmes</translation>
    </message>
    <message>
        <source>Close notice</source>
        <translation>Fermer l’avertissement</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in “%1”; the papers were kept.</source>
        <translation>
            <numerusform>%n problème dans « %1 » ; les articles ont été conservés.</numerusform>
            <numerusform>%n problèmes dans « %1 » ; les articles ont été conservés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
</context>
<context>
    <name>OpenReviewReader</name>
    <message>
        <source>Cannot read these OpenReview notes: %1</source>
        <translation>Impossible de lire ces notes OpenReview : %1</translation>
    </message>
    <message>
        <source>a note without a “content” object; skipped.</source>
        <translation>une note sans objet « content » ; ignorée.</translation>
    </message>
    <message>
        <source>a note with neither a title nor an abstract; dropped.</source>
        <translation>une note sans titre ni résumé ; écartée.</translation>
    </message>
</context>
<context>
    <name>PaperCopyActions</name>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Copy Papers</source>
        <translation>&amp;Copier les articles</translation>
    </message>
    <message>
        <source>Copy as &amp;Markdown</source>
        <translation>Copier en &amp;Markdown</translation>
    </message>
    <message>
        <source>Copy as &amp;BibTeX</source>
        <translation>Copier en &amp;BibTeX</translation>
    </message>
    <message>
        <source>Copy Paper &amp;Ids</source>
        <translation>Copier les &amp;identifiants</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n paper(s)</source>
        <translation>
            <numerusform>%n article copié</numerusform>
            <numerusform>%n articles copiés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaperDelegate</name>
    <message>
        <source>truncated</source>
        <translation>tronqué</translation>
    </message>
    <message>
        <source>TL;DR</source>
        <translation>TL;DR</translation>
    </message>
    <message>
        <source>ABS</source>
        <translation>RÉS</translation>
    </message>
    <message>
        <source>In: %1</source>
        <translation>Dans&#xa0;: %1</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITRE</translation>
    </message>
    <message>
        <source>authors</source>
        <translation>auteurs</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <source>tl;dr</source>
        <translation>tl;dr</translation>
    </message>
    <message>
        <source>abstract</source>
        <translation>résumé</translation>
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
        <translation>Cette notice n’a pas de résumé.</translation>
    </message>
    <message>
        <source>(no authors)</source>
        <translation>(aucun auteur)</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Dans les signets</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lu</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Non lu</translation>
    </message>
    <message>
        <source>In lists:</source>
        <translation>Dans les listes&#xa0;:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note&#xa0;:</translation>
    </message>
    <message>
        <source>Line %1 · id %2</source>
        <translation>Ligne %1 · id %2</translation>
    </message>
    <message>
        <source>truncated in the source file</source>
        <translation>tronqué dans le fichier source</translation>
    </message>
    <message>
        <source>Similar papers</source>
        <translation>Articles similaires</translation>
    </message>
    <message>
        <source>Finding similar papers…</source>
        <translation>Recherche d’articles similaires…</translation>
    </message>
    <message>
        <source>No paper in this corpus shares its terms.</source>
        <translation>Aucun article de ce corpus ne partage ses termes.</translation>
    </message>
    <message>
        <source>Categories:</source>
        <translation>Catégories :</translation>
    </message>
    <message>
        <source>Keywords:</source>
        <translation>Mots-clés :</translation>
    </message>
    <message numerus="yes">
        <source>%n papers selected</source>
        <translation>
            <numerusform>%n article sélectionné</numerusform>
            <numerusform>%n articles sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <source>More like these</source>
        <translation>D’autres comme ceux-ci</translation>
    </message>
    <message>
        <source>No other paper shares their terms.</source>
        <translation>Aucun autre article ne partage leurs termes.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Library problem</source>
        <translation>Problème de bibliothèque</translation>
    </message>
    <message>
        <source>Skimmer cannot use your library:

%1</source>
        <translation>Skimmer ne peut pas utiliser votre bibliothèque&#xa0;:

%1</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>Ouvrir en lecture seule</translation>
    </message>
    <message>
        <source>Start a New Library (keep the old file aside)</source>
        <translation>Créer une nouvelle bibliothèque (mettre l’ancien fichier de côté)</translation>
    </message>
    <message>
        <source>Continue Without Library</source>
        <translation>Continuer sans bibliothèque</translation>
    </message>
    <message>
        <source>Could not move “%1” aside; continuing without a library.</source>
        <translation>Impossible de mettre «&#xa0;%1&#xa0;» de côté&#xa0;; poursuite sans bibliothèque.</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>The old library was kept as “%1”.</source>
        <translation>L’ancienne bibliothèque a été conservée sous le nom «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>not a Skimmer list export (no &quot;format&quot;: &quot;%1&quot;)</source>
        <translation>pas un export de liste Skimmer (pas de &quot;format&quot;: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>written by a newer Skimmer (export version %1)</source>
        <translation>écrit par une version plus récente de Skimmer (version d’export %1)</translation>
    </message>
    <message>
        <source>the export has no list name</source>
        <translation>l’export n’a pas de nom de liste</translation>
    </message>
    <message>
        <source>entry %1: no paper id</source>
        <translation>entrée %1&#xa0;: pas d’identifiant d’article</translation>
    </message>
    <message>
        <source>cannot read the library “%1”: %2</source>
        <translation>impossible de lire la bibliothèque «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” is not a Skimmer library (not an SQLite database); it was left untouched</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une bibliothèque Skimmer (ce n’est pas une base de données SQLite)&#xa0;; le fichier n’a pas été modifié</translation>
    </message>
    <message>
        <source>the library “%1” is damaged (%2); it was left untouched</source>
        <translation>la bibliothèque «&#xa0;%1&#xa0;» est endommagée (%2)&#xa0;; elle n’a pas été modifiée</translation>
    </message>
    <message>
        <source>the library “%1” failed its integrity check (%2); it was left untouched</source>
        <translation>la bibliothèque «&#xa0;%1&#xa0;» n’a pas passé la vérification d’intégrité (%2)&#xa0;; elle n’a pas été modifiée</translation>
    </message>
    <message>
        <source>the library “%1” was written by a newer Skimmer (schema %2, this one knows up to %3); it was left untouched</source>
        <translation>la bibliothèque «&#xa0;%1&#xa0;» a été écrite par une version plus récente de Skimmer (schéma %2, cette version connaît jusqu’au %3)&#xa0;; elle n’a pas été modifiée</translation>
    </message>
    <message>
        <source>%1 more problems</source>
        <translation>%1 autres problèmes</translation>
    </message>
    <message>
        <source>cannot read the library “%1”: %2; it was left untouched</source>
        <translation>impossible de lire la bibliothèque « %1 » : %2 ; elle n’a pas été modifiée</translation>
    </message>
    <message>
        <source>Your library is open read-only:

%1</source>
        <translation>Votre bibliothèque est ouverte en lecture seule :

%1</translation>
    </message>
    <message>
        <source>not valid JSON at line %1, column %2: %3</source>
        <translation>JSON invalide à la ligne %1, colonne %2 : %3</translation>
    </message>
    <message>
        <source>saved view %1: no name</source>
        <translation>vue enregistrée %1 : sans nom</translation>
    </message>
</context>
<context>
    <name>RecentFilesMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Aucun fichier récent</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>&amp;Effacer la liste</translation>
    </message>
</context>
<context>
    <name>RecordSink</name>
    <message>
        <source>a record with neither a title nor an abstract; dropped.</source>
        <translation>un enregistrement sans titre ni résumé ; écarté.</translation>
    </message>
    <message>
        <source>record %1: %2</source>
        <translation>enregistrement %1 : %2</translation>
    </message>
    <message>
        <source>%1 more problems were not listed.</source>
        <translation>%1 autres problèmes ne sont pas listés.</translation>
    </message>
    <message>
        <source>No paper could be read from this %1 file (a paper needs a title or an abstract).</source>
        <translation>Aucun article n’a pu être lu dans ce fichier %1 (un article a besoin d’un titre ou d’un résumé).</translation>
    </message>
    <message>
        <source>First problem: %1</source>
        <translation>Premier problème : %1</translation>
    </message>
</context>
<context>
    <name>ResultsStatus</name>
    <message numerus="yes">
        <source>%n papers</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n papers</source>
        <translation>
            <numerusform>%1 article sur %n</numerusform>
            <numerusform>%1 articles sur %n</numerusform>
        </translation>
    </message>
    <message>
        <source>showing “%1”</source>
        <translation>affichage&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) while reading</source>
        <translation>
            <numerusform>%n problème à la lecture</numerusform>
            <numerusform>%n problèmes à la lecture</numerusform>
        </translation>
    </message>
    <message>
        <source>No corpus is open. Open one with File ▸ Open or drop a file here.</source>
        <translation>Aucun corpus ouvert. Ouvrez-en un via Fichier ▸ Ouvrir ou déposez un fichier ici.</translation>
    </message>
    <message>
        <source>Nothing in “%1” yet.</source>
        <translation>Rien dans «&#xa0;%1&#xa0;» pour l’instant.</translation>
    </message>
    <message>
        <source>No papers match “%1”. Try fewer words.</source>
        <translation>Aucun article ne correspond à « %1 ». Essayez avec moins de mots.</translation>
    </message>
    <message>
        <source>No papers under the filters %1.</source>
        <translation>Aucun article avec les filtres %1.</translation>
    </message>
    <message>
        <source>No papers match “%1” under the filters %2.</source>
        <translation>Aucun article ne correspond à « %1 » avec les filtres %2.</translation>
    </message>
    <message>
        <source>Backspace removes “%1”.</source>
        <translation>Retour arrière retire « %1 ».</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Backspace removes “%1”.</source>
        <translation>Ctrl+Maj+Retour arrière retire « %1 ».</translation>
    </message>
    <message>
        <source>Ctrl+Shift+X clears every filter.</source>
        <translation>Ctrl+Maj+X efface tous les filtres.</translation>
    </message>
</context>
<context>
    <name>RisReader</name>
    <message>
        <source>a new record starts before the last one ended with ER; both are kept.</source>
        <translation>un nouvel enregistrement commence avant que le précédent ne se termine par ER ; les deux sont conservés.</translation>
    </message>
    <message>
        <source>the tag %1 is outside a record (records start with TY); ignored.</source>
        <translation>la balise %1 est hors d’un enregistrement (les enregistrements commencent par TY) ; ignorée.</translation>
    </message>
    <message>
        <source>the file ends inside a record (no ER); it is kept.</source>
        <translation>le fichier se termine au milieu d’un enregistrement (pas de ER) ; il est conservé.</translation>
    </message>
</context>
<context>
    <name>SavedView</name>
    <message numerus="yes">
        <source>%n author(s)</source>
        <translation>
            <numerusform>%n auteur</numerusform>
            <numerusform>%n auteurs</numerusform>
        </translation>
    </message>
    <message>
        <source>in “%1”</source>
        <translation>dans « %1 »</translation>
    </message>
    <message>
        <source>like “%1”</source>
        <translation>comme « %1 »</translation>
    </message>
    <message>
        <source>sorted</source>
        <translation>trié</translation>
    </message>
    <message>
        <source>all papers</source>
        <translation>tous les articles</translation>
    </message>
</context>
<context>
    <name>SavedViewUndo</name>
    <message>
        <source>Saved the view %1</source>
        <translation>Vue %1 enregistrée</translation>
    </message>
    <message>
        <source>save the view %1</source>
        <translation>enregistrer la vue %1</translation>
    </message>
    <message>
        <source>Replaced the view %1</source>
        <translation>Vue %1 remplacée</translation>
    </message>
    <message>
        <source>replace the view %1</source>
        <translation>remplacer la vue %1</translation>
    </message>
    <message>
        <source>Renamed the view %1 to %2</source>
        <translation>Vue %1 renommée en %2</translation>
    </message>
    <message>
        <source>rename the view %1 to %2</source>
        <translation>renommer la vue %1 en %2</translation>
    </message>
    <message>
        <source>Moved the view %1</source>
        <translation>Vue %1 déplacée</translation>
    </message>
    <message>
        <source>move the view %1</source>
        <translation>déplacer la vue %1</translation>
    </message>
    <message>
        <source>Deleted the view %1</source>
        <translation>Vue %1 supprimée</translation>
    </message>
    <message>
        <source>delete the view %1</source>
        <translation>supprimer la vue %1</translation>
    </message>
</context>
<context>
    <name>SavedViewsController</name>
    <message>
        <source>&amp;Save Current View…</source>
        <translation>&amp;Enregistrer la vue actuelle…</translation>
    </message>
    <message>
        <source>Keep the query, facets, scope and sort under a name</source>
        <translation>Garder la requête, les facettes, la portée et le tri sous un nom</translation>
    </message>
    <message>
        <source>&amp;Manage Views…</source>
        <translation>&amp;Gérer les vues…</translation>
    </message>
    <message>
        <source>No saved views</source>
        <translation>Aucune vue enregistrée</translation>
    </message>
    <message>
        <source>Save Current View</source>
        <translation>Enregistrer la vue actuelle</translation>
    </message>
    <message>
        <source>Name of the view (a taken name is replaced):</source>
        <translation>Nom de la vue (un nom déjà pris est remplacé) :</translation>
    </message>
    <message>
        <source>not in this corpus: %1</source>
        <translation>absent de ce corpus : %1</translation>
    </message>
    <message>
        <source>no list “%1”</source>
        <translation>pas de liste « %1 »</translation>
    </message>
    <message>
        <source>cannot sort like “%1”</source>
        <translation>impossible de trier comme « %1 »</translation>
    </message>
    <message>
        <source>View “%1”</source>
        <translation>Vue « %1 »</translation>
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
        <translation>Dernière session, non restauré : %1</translation>
    </message>
</context>
<context>
    <name>SavedViewsDialog</name>
    <message>
        <source>Saved Views</source>
        <translation>Vues enregistrées</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Vues enregistrées</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Renommer</translation>
    </message>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Monter (&amp;U)</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Haut</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation>Alt+Bas</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>Supprimer (&amp;L)</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Suppr</translation>
    </message>
    <message>
        <source>Re&amp;call</source>
        <translation>R&amp;appeler</translation>
    </message>
    <message>
        <source>Enter recalls a view; F2 renames it, Alt+Up and Alt+Down move it, Delete deletes it; Ctrl+Z undoes.</source>
        <translation>Entrée rappelle une vue ; F2 la renomme, Alt+Haut et Alt+Bas la déplacent, Suppr la supprime ; Ctrl+Z annule.</translation>
    </message>
    <message>
        <source>No saved views yet: Views ▸ Save Current View… (Ctrl+Alt+S) saves the query, facets, scope and sort under a name.</source>
        <translation>Aucune vue enregistrée : Vues ▸ Enregistrer la vue actuelle… (Ctrl+Alt+S) enregistre la requête, les facettes, la portée et le tri sous un nom.</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Search: words, &quot;a phrase&quot;, author:name, -exclude, this OR that</source>
        <translation>Rechercher&#xa0;: mots, &quot;une expression&quot;, author:nom, -exclure, ceci OR cela</translation>
    </message>
    <message>
        <source>&lt;p&gt;Every word must match; a word matches words starting with it, ignoring case and accents (&lt;i&gt;scholkopf&lt;/i&gt; finds Schölkopf).&lt;/p&gt;&lt;p&gt;&lt;b&gt;&quot;graph neural&quot;&lt;/b&gt; words in a row · &lt;b&gt;-word&lt;/b&gt; or &lt;b&gt;-&quot;a phrase&quot;&lt;/b&gt; exclude · &lt;b&gt;author:levine&lt;/b&gt;, &lt;b&gt;a:&lt;/b&gt;, &lt;b&gt;tldr:&lt;/b&gt;, &lt;b&gt;abstract:&lt;/b&gt; one field · &lt;b&gt;graph OR tree neural&lt;/b&gt; either of two, then AND.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Chaque mot doit correspondre&#xa0;; un mot trouve les mots qui commencent par lui, sans tenir compte de la casse ni des accents (&lt;i&gt;scholkopf&lt;/i&gt; trouve Schölkopf).&lt;/p&gt;&lt;p&gt;&lt;b&gt;&quot;graph neural&quot;&lt;/b&gt; mots qui se suivent · &lt;b&gt;-word&lt;/b&gt; ou &lt;b&gt;-&quot;a phrase&quot;&lt;/b&gt; exclure · &lt;b&gt;author:levine&lt;/b&gt;, &lt;b&gt;a:&lt;/b&gt;, &lt;b&gt;tldr:&lt;/b&gt;, &lt;b&gt;abstract:&lt;/b&gt; un seul champ · &lt;b&gt;graph OR tree neural&lt;/b&gt; l’un ou l’autre, puis ET.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>SearchHistoryPopup</name>
    <message>
        <source>Recent searches</source>
        <translation>Recherches récentes</translation>
    </message>
    <message>
        <source>Recent searches (Alt+Down)</source>
        <translation>Recherches récentes (Alt+Bas)</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>“%1” no longer exists; showing the shipped corpus instead.</source>
        <translation>« %1 » n’existe plus ; le corpus fourni est affiché à la place.</translation>
    </message>
    <message>
        <source>Showing the shipped corpus instead.</source>
        <translation>Le corpus fourni est affiché à la place.</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Filter by action, key or menu</source>
        <translation>Filtrer par action, touche ou menu</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>Filtrer les raccourcis</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>Raccourcis</translation>
    </message>
    <message>
        <source>No action or key matches “%1”.</source>
        <translation>Aucune action ni touche ne correspond à « %1 ».</translation>
    </message>
</context>
<context>
    <name>SortMenu</name>
    <message>
        <source>&amp;Sort</source>
        <translation>&amp;Trier</translation>
    </message>
    <message>
        <source>By &amp;Relevance</source>
        <translation>Par &amp;pertinence</translation>
    </message>
    <message>
        <source>In &amp;Corpus Order</source>
        <translation>Dans l’ordre du &amp;corpus</translation>
    </message>
    <message>
        <source>By &amp;First Author</source>
        <translation>Par premier &amp;auteur</translation>
    </message>
    <message>
        <source>By &amp;Number of Authors</source>
        <translation>Par &amp;nombre d’auteurs</translation>
    </message>
    <message>
        <source>R&amp;everse Order</source>
        <translation>Ordre &amp;inverse</translation>
    </message>
    <message>
        <source>&amp;%1 Like “%2”</source>
        <translation>&amp;%1 Comme « %2 »</translation>
    </message>
    <message>
        <source>Like “%1”</source>
        <translation>Comme « %1 »</translation>
    </message>
</context>
<context>
    <name>TexConverter</name>
    <message>
        <source>[link]</source>
        <translation>[lien]</translation>
    </message>
</context>
<context>
    <name>TriageController</name>
    <message>
        <source>&amp;Triage</source>
        <translation>&amp;Tri</translation>
    </message>
    <message>
        <source>One paper at a time over the current results: keep, skip, star, not relevant</source>
        <translation>Un article à la fois parmi les résultats actuels : garder, passer, étoiler, non pertinent</translation>
    </message>
    <message>
        <source>Triage: no papers to go through; search or clear the filters first.</source>
        <translation>Tri : aucun article à parcourir ; cherchez ou retirez d’abord les filtres.</translation>
    </message>
    <message>
        <source>Triage needs a library that can be written.</source>
        <translation>Le tri a besoin d’une bibliothèque modifiable.</translation>
    </message>
    <message>
        <source>Triage: %1</source>
        <translation>Tri : %1</translation>
    </message>
    <message>
        <source>nothing to triage</source>
        <translation>rien à trier</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%n kept</source>
        <translation>
            <numerusform>%n gardé</numerusform>
            <numerusform>%n gardés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n passé</numerusform>
            <numerusform>%n passés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not relevant</source>
        <translation>
            <numerusform>%n non pertinent</numerusform>
            <numerusform>%n non pertinents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n starred</source>
        <translation>
            <numerusform>%n étoilé</numerusform>
            <numerusform>%n étoilés</numerusform>
        </translation>
    </message>
    <message>
        <source>kept</source>
        <translation>gardé</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>passé</translation>
    </message>
    <message>
        <source>not relevant</source>
        <translation>non pertinent</translation>
    </message>
    <message>
        <source>%1 — this paper: %2</source>
        <translation>%1 — cet article : %2</translation>
    </message>
    <message>
        <source>Library: %1</source>
        <translation>Bibliothèque&#xa0;: %1</translation>
    </message>
    <message>
        <source>Triage: that was the last paper; Esc goes back to the list.</source>
        <translation>Tri : c’était le dernier article ; Échap revient à la liste.</translation>
    </message>
    <message>
        <source>Keep papers in list</source>
        <translation>Garder les articles dans la liste</translation>
    </message>
    <message>
        <source>not relevant for “%1”</source>
        <translation>non pertinent pour « %1 »</translation>
    </message>
    <message>
        <source>Not relevant for “%1”</source>
        <translation>Non pertinent pour « %1 »</translation>
    </message>
    <message>
        <source>Add the paper to list</source>
        <translation>Ajouter l’article à une liste</translation>
    </message>
    <message>
        <source>Triage: nothing to undo in this pass.</source>
        <translation>Tri : rien à annuler dans ce passage.</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Annulé : %1</translation>
    </message>
    <message>
        <source>Most uncertain first needs the similar-papers index, still being computed; try again in a moment.</source>
        <translation>« Les plus incertains d’abord » a besoin de l’index des articles similaires, encore en calcul ; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Most uncertain first: keep a paper in “%1” first, so there is something to learn from.</source>
        <translation>Les plus incertains d’abord : gardez d’abord un article dans « %1 », pour qu’il y ait de quoi apprendre.</translation>
    </message>
    <message>
        <source>learning from “%1”…</source>
        <translation>apprentissage sur « %1 »…</translation>
    </message>
    <message>
        <source>like “%1”: %2</source>
        <translation>comme « %1 » : %2</translation>
    </message>
</context>
<context>
    <name>TriageView</name>
    <message>
        <source>Triage</source>
        <translation>Tri</translation>
    </message>
    <message>
        <source>Current ranking</source>
        <translation>Classement actuel</translation>
    </message>
    <message>
        <source>Most uncertain first</source>
        <translation>Les plus incertains d’abord</translation>
    </message>
    <message>
        <source>O switches the order. Most uncertain first needs a keep list the classifier can learn from.</source>
        <translation>O change l’ordre. « Les plus incertains d’abord » a besoin d’une liste à garder dont le classifieur peut apprendre.</translation>
    </message>
    <message>
        <source>Order:</source>
        <translation>Ordre :</translation>
    </message>
    <message>
        <source>The paper being triaged</source>
        <translation>L’article en cours de tri</translation>
    </message>
    <message>
        <source>keep (choose a list)</source>
        <translation>garder (choisir une liste)</translation>
    </message>
    <message>
        <source>keep in “%1”</source>
        <translation>garder dans « %1 »</translation>
    </message>
    <message>
        <source>skip (mark read)</source>
        <translation>passer (marquer lu)</translation>
    </message>
    <message>
        <source>F or *</source>
        <translation>F ou *</translation>
    </message>
    <message>
        <source>star</source>
        <translation>étoiler</translation>
    </message>
    <message>
        <source>not relevant</source>
        <translation>non pertinent</translation>
    </message>
    <message>
        <source>add to another list</source>
        <translation>ajouter à une autre liste</translation>
    </message>
    <message>
        <source>U or Ctrl+Z</source>
        <translation>U ou Ctrl+Z</translation>
    </message>
    <message>
        <source>undo</source>
        <translation>annuler</translation>
    </message>
    <message>
        <source>previous, next</source>
        <translation>précédent, suivant</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <source>scroll</source>
        <translation>défiler</translation>
    </message>
    <message>
        <source>Shift+K</source>
        <translation>Maj+K</translation>
    </message>
    <message>
        <source>other keep list</source>
        <translation>autre liste à garder</translation>
    </message>
    <message>
        <source>order</source>
        <translation>ordre</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Échap</translation>
    </message>
    <message>
        <source>back to the list</source>
        <translation>retour à la liste</translation>
    </message>
</context>
<context>
    <name>UndoHistoryDock</name>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Library as opened</source>
        <translation>Bibliothèque à l’ouverture</translation>
    </message>
    <message>
        <source>Library history</source>
        <translation>Historique de la bibliothèque</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
</context>
<context>
    <name>ViewActions</name>
    <message>
        <source>&amp;About Skimmer</source>
        <translation>À &amp;propos de Skimmer</translation>
    </message>
    <message>
        <source>About Skimmer</source>
        <translation>À propos de Skimmer</translation>
    </message>
    <message>
        <source>Skimmer %1 — a keyboard-first reader for corpora of research-paper abstracts.</source>
        <translation>Skimmer %1 — un lecteur de corpus de résumés d’articles scientifiques, pensé pour le clavier.</translation>
    </message>
</context>
<context>
    <name>YearHistogram</name>
    <message>
        <source>Years</source>
        <translation>Années</translation>
    </message>
    <message>
        <source>Left/Right choose a year, Shift extends a range, Enter applies, Esc clears</source>
        <translation>Gauche/Droite choisit une année, Maj étend la plage, Entrée applique, Échap efface</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n paper(s)</source>
        <translation>
            <numerusform>%1 : %n article</numerusform>
            <numerusform>%1 : %n articles</numerusform>
        </translation>
    </message>
</context>
</TS>
