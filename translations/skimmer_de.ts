<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
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
        <source>Output format for --list: text, json or tsv.</source>
        <translation>Ausgabeformat für --list: text, json oder tsv.</translation>
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
</context>
<context>
    <name>CorpusParser</name>
    <message>
        <source>“%1” is a folder, not a corpus file.</source>
        <translation>„%1“ ist ein Ordner, keine Korpusdatei.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2.</source>
        <translation>„%1“ lässt sich nicht öffnen: %2.</translation>
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
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The file holds only blank lines: a corpus needs at least one record.</source>
        <translation>Die Datei enthält nur Leerzeilen: Ein Korpus braucht mindestens einen Eintrag.</translation>
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
        <source>This does not look like a corpus: only %1 of %2 records start with a line of comma-separated author names (line %3 reads like prose).</source>
        <translation>Das sieht nicht nach einem Korpus aus: Nur %1 von %2 Einträgen beginnen mit einer Zeile kommagetrennter Autorennamen (Zeile %3 liest sich wie Fließtext).</translation>
    </message>
</context>
<context>
    <name>DetailView</name>
    <message>
        <source>Paper details</source>
        <translation>Paper-Details</translation>
    </message>
    <message>
        <source>Select a paper to read its abstract.</source>
        <translation>Wählen Sie ein Paper, um sein Abstract zu lesen.</translation>
    </message>
    <message>
        <source>(no authors)</source>
        <translation>(keine Autoren)</translation>
    </message>
    <message>
        <source>tl;dr</source>
        <translation>Kurz gesagt</translation>
    </message>
    <message>
        <source>This record has no abstract.</source>
        <translation>Dieser Eintrag hat kein Abstract.</translation>
    </message>
    <message>
        <source>Line %1 · id %2</source>
        <translation>Zeile %1 · ID %2</translation>
    </message>
    <message>
        <source>truncated in the source file</source>
        <translation>in der Quelldatei abgeschnitten</translation>
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
    <name>MainWindow</name>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Search abstracts, tl;drs and authors</source>
        <translation>Abstracts, Kurzfassungen und Autoren durchsuchen</translation>
    </message>
    <message>
        <source>Papers</source>
        <translation>Paper</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open Corpus…</source>
        <translation>Korpus ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
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
    <message>
        <source>Skimmer</source>
        <translation>Skimmer</translation>
    </message>
    <message>
        <source>%1 — Skimmer</source>
        <translation>%1 – Skimmer</translation>
    </message>
    <message>
        <source>Open Corpus</source>
        <translation>Korpus öffnen</translation>
    </message>
    <message>
        <source>Corpus files (*.txt);;All files (*)</source>
        <translation>Korpusdateien (*.txt);;Alle Dateien (*)</translation>
    </message>
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
    <message numerus="yes">
        <source>%n problem(s) while reading</source>
        <translation>
            <numerusform>%n Problem beim Einlesen</numerusform>
            <numerusform>%n Probleme beim Einlesen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
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
    <message>
        <source>No corpus is open. Open one with File ▸ Open or drop a file here.</source>
        <translation>Kein Korpus geöffnet. Öffnen Sie eines über Datei ▸ Öffnen oder ziehen Sie eine Datei hierher.</translation>
    </message>
    <message>
        <source>No papers match “%1”. Try fewer words.</source>
        <translation>Keine Paper passen zu „%1“. Versuchen Sie es mit weniger Wörtern.</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Neu laden</translation>
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
        <source>“%1” no longer exists; showing the shipped corpus instead.</source>
        <translation>„%1“ existiert nicht mehr; stattdessen wird das mitgelieferte Korpus angezeigt.</translation>
    </message>
    <message>
        <source>Showing the shipped corpus instead.</source>
        <translation>Stattdessen wird das mitgelieferte Korpus angezeigt.</translation>
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
    <name>PaperDelegate</name>
    <message>
        <source>truncated</source>
        <translation>abgeschnitten</translation>
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
</context>
</TS>
