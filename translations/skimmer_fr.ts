<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
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
        <source>Output format for --list: text, json or tsv.</source>
        <translation>Format de sortie de --list : text, json ou tsv.</translation>
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
</context>
<context>
    <name>CorpusParser</name>
    <message>
        <source>“%1” is a folder, not a corpus file.</source>
        <translation>« %1 » est un dossier, pas un fichier de corpus.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2.</source>
        <translation>Impossible d’ouvrir « %1 » : %2.</translation>
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
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>The file holds only blank lines: a corpus needs at least one record.</source>
        <translation>Le fichier ne contient que des lignes vides : un corpus doit contenir au moins une notice.</translation>
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
        <source>This does not look like a corpus: only %1 of %2 records start with a line of comma-separated author names (line %3 reads like prose).</source>
        <translation>Ceci ne ressemble pas à un corpus : seules %1 notices sur %2 commencent par une ligne de noms d’auteurs séparés par des virgules (la ligne %3 ressemble à de la prose).</translation>
    </message>
</context>
<context>
    <name>DetailView</name>
    <message>
        <source>Paper details</source>
        <translation>Détails de l’article</translation>
    </message>
    <message>
        <source>Select a paper to read its abstract.</source>
        <translation>Sélectionnez un article pour lire son résumé.</translation>
    </message>
    <message>
        <source>(no authors)</source>
        <translation>(aucun auteur)</translation>
    </message>
    <message>
        <source>tl;dr</source>
        <translation>En bref</translation>
    </message>
    <message>
        <source>This record has no abstract.</source>
        <translation>Cette notice n’a pas de résumé.</translation>
    </message>
    <message>
        <source>Line %1 · id %2</source>
        <translation>Ligne %1 · id %2</translation>
    </message>
    <message>
        <source>truncated in the source file</source>
        <translation>tronqué dans le fichier source</translation>
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
    <name>MainWindow</name>
    <message>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Search abstracts, tl;drs and authors</source>
        <translation>Rechercher dans les résumés, les « en bref » et les auteurs</translation>
    </message>
    <message>
        <source>Papers</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open Corpus…</source>
        <translation>&amp;Ouvrir un corpus…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
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
    <message>
        <source>Skimmer</source>
        <translation>Skimmer</translation>
    </message>
    <message>
        <source>%1 — Skimmer</source>
        <translation>%1 — Skimmer</translation>
    </message>
    <message>
        <source>Open Corpus</source>
        <translation>Ouvrir un corpus</translation>
    </message>
    <message>
        <source>Corpus files (*.txt);;All files (*)</source>
        <translation>Fichiers de corpus (*.txt);;Tous les fichiers (*)</translation>
    </message>
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
    <message numerus="yes">
        <source>%n problem(s) while reading</source>
        <translation>
            <numerusform>%n problème à la lecture</numerusform>
            <numerusform>%n problèmes à la lecture</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
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
    <message>
        <source>No corpus is open. Open one with File ▸ Open or drop a file here.</source>
        <translation>Aucun corpus ouvert. Ouvrez-en un via Fichier ▸ Ouvrir ou déposez un fichier ici.</translation>
    </message>
    <message>
        <source>No papers match “%1”. Try fewer words.</source>
        <translation>Aucun article ne correspond à « %1 ». Essayez avec moins de mots.</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Recharger</translation>
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
        <source>“%1” no longer exists; showing the shipped corpus instead.</source>
        <translation>« %1 » n’existe plus ; le corpus fourni est affiché à la place.</translation>
    </message>
    <message>
        <source>Showing the shipped corpus instead.</source>
        <translation>Le corpus fourni est affiché à la place.</translation>
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
    <name>PaperDelegate</name>
    <message>
        <source>truncated</source>
        <translation>tronqué</translation>
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
</context>
</TS>
