<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActionListModel</name>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>菜单</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>A keyboard-first reader for corpora of research-paper abstracts.</source>
        <translation>以键盘为先的论文摘要集阅读器。</translation>
    </message>
    <message>
        <source>Print the parsed corpus and exit (no window).</source>
        <translation>输出解析后的语料并退出（不打开窗口）。</translation>
    </message>
    <message>
        <source>Output format for --list: text, json or tsv.</source>
        <translation>--list 的输出格式：text、json 或 tsv。</translation>
    </message>
    <message>
        <source>The corpus file to open (default: the shipped corpus).</source>
        <translation>要打开的语料文件（默认：自带语料）。</translation>
    </message>
    <message>
        <source>User interface language, e.g. de, fr, zh_CN or en (default: the saved choice, else the system&apos;s).</source>
        <translation>界面语言，例如 de、fr、zh_CN 或 en（默认：已保存的选择，否则跟随系统）。</translation>
    </message>
    <message>
        <source>A corpus file to open.</source>
        <translation>要打开的语料文件。</translation>
    </message>
    <message>
        <source>unknown format “%1” (use text, json, tsv or ids).</source>
        <translation>未知格式“%1”（可用 text、json、tsv 或 ids）。</translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <source>Command Palette</source>
        <translation>命令面板</translation>
    </message>
    <message>
        <source>Command palette</source>
        <translation>命令面板</translation>
    </message>
    <message>
        <source>Type a command</source>
        <translation>输入命令</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>命令列表</translation>
    </message>
</context>
<context>
    <name>CorpusParser</name>
    <message>
        <source>“%1” is a folder, not a corpus file.</source>
        <translation>“%1”是文件夹，不是语料文件。</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2.</source>
        <translation>无法打开“%1”：%2。</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2.</source>
        <translation>无法读取“%1”：%2。</translation>
    </message>
    <message>
        <source>The file is empty: a corpus needs at least one record (a line of authors followed by a line with the abstract).</source>
        <translation>文件为空：语料至少需要一条记录（一行作者，后接一行摘要）。</translation>
    </message>
    <message>
        <source>This is a binary file, not a text corpus (it contains a NUL byte at offset %1).</source>
        <translation>这是二进制文件，不是文本语料（偏移 %1 处有 NUL 字节）。</translation>
    </message>
    <message>
        <source>This file is not UTF-8 text: %1 of its %2 lines contain invalid bytes (it may be in another encoding; save it as UTF-8).</source>
        <translation>此文件不是 UTF-8 文本：%2 行中有 %1 行含无效字节（可能是其他编码，请另存为 UTF-8）。</translation>
    </message>
    <message>
        <source>invalid UTF-8 bytes were replaced by “�”.</source>
        <translation>无效的 UTF-8 字节已替换为“�”。</translation>
    </message>
    <message>
        <source>%1 more lines with invalid UTF-8 were not listed.</source>
        <translation>另有 %1 行无效 UTF-8 未列出。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>The file holds only blank lines: a corpus needs at least one record.</source>
        <translation>文件只有空行：语料至少需要一条记录。</translation>
    </message>
    <message>
        <source>line is %1 bytes long; only the first %2 are kept.</source>
        <translation>该行长 %1 字节，只保留前 %2 字节。</translation>
    </message>
    <message>
        <source>a tl;dr line without an author line before it; kept as a paper with no authors.</source>
        <translation>tl;dr 行前没有作者行；已作为无作者论文保留。</translation>
    </message>
    <message>
        <source>expected a line of comma-separated author names, found prose; kept as a paper with no authors.</source>
        <translation>此处应为逗号分隔的作者名，实为正文；已作为无作者论文保留。</translation>
    </message>
    <message>
        <source>the file ends before this record&apos;s abstract; the record is kept and marked truncated.</source>
        <translation>文件在此记录的摘要之前结束；记录已保留并标记为截断。</translation>
    </message>
    <message>
        <source>author line with no abstract after it (line %1 starts the next record); kept with an empty abstract.</source>
        <translation>作者行后没有摘要（第 %1 行开始下一条记录）；已以空摘要保留。</translation>
    </message>
    <message>
        <source>the last record is cut off mid-text (the file ends without a newline); it is kept and marked truncated.</source>
        <translation>最后一条记录在文字中途中断（文件末尾没有换行）；已保留并标记为截断。</translation>
    </message>
    <message>
        <source>%1 more over-long lines were not listed.</source>
        <translation>另有 %1 个超长行未列出。</translation>
    </message>
    <message>
        <source>%1 more records without an author line were not listed.</source>
        <translation>另有 %1 条无作者行的记录未列出。</translation>
    </message>
    <message>
        <source>%1 more author lines without an abstract were not listed.</source>
        <translation>另有 %1 个无摘要的作者行未列出。</translation>
    </message>
    <message>
        <source>This does not look like a corpus: only %1 of %2 records start with a line of comma-separated author names (line %3 reads like prose).</source>
        <translation>这看起来不像语料：%2 条记录中只有 %1 条以逗号分隔的作者名开头（第 %3 行像是正文）。</translation>
    </message>
</context>
<context>
    <name>DetailView</name>
    <message>
        <source>Paper details</source>
        <translation>论文详情</translation>
    </message>
    <message>
        <source>Select a paper to read its abstract.</source>
        <translation>选择一篇论文即可阅读摘要。</translation>
    </message>
    <message>
        <source>(no authors)</source>
        <translation>（无作者）</translation>
    </message>
    <message>
        <source>tl;dr</source>
        <translation>一句话总结</translation>
    </message>
    <message>
        <source>This record has no abstract.</source>
        <translation>此记录没有摘要。</translation>
    </message>
    <message>
        <source>Line %1 · id %2</source>
        <translation>第 %1 行 · ID %2</translation>
    </message>
    <message>
        <source>truncated in the source file</source>
        <translation>在源文件中被截断</translation>
    </message>
</context>
<context>
    <name>FocusTargets</name>
    <message>
        <source>Go to %1</source>
        <translation>转到%1</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>the system language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>Skimmer will use %1 the next time it starts.</source>
        <translation>Skimmer 将在下次启动时使用%1。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Search abstracts, tl;drs and authors</source>
        <translation>搜索摘要、一句话总结和作者</translation>
    </message>
    <message>
        <source>Papers</source>
        <translation>论文</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open Corpus…</source>
        <translation>打开语料(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Skimmer</source>
        <translation>关于 Skimmer(&amp;A)</translation>
    </message>
    <message>
        <source>About Skimmer</source>
        <translation>关于 Skimmer</translation>
    </message>
    <message>
        <source>Skimmer %1 — a keyboard-first reader for corpora of research-paper abstracts.</source>
        <translation>Skimmer %1 —— 以键盘为先的论文摘要集阅读器。</translation>
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
        <translation>打开语料</translation>
    </message>
    <message>
        <source>Corpus files (*.txt);;All files (*)</source>
        <translation>语料文件 (*.txt);;所有文件 (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n papers</source>
        <translation>
            <numerusform>%n 篇论文</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n papers</source>
        <translation>
            <numerusform>%1 / %n 篇论文</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) while reading</source>
        <translation>
            <numerusform>读取时发现 %n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>Recent &amp;Searches</source>
        <translation>最近的搜索(&amp;S)</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>&amp;Command Palette…</source>
        <translation>命令面板(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>No corpus is open. Open one with File ▸ Open or drop a file here.</source>
        <translation>尚未打开语料。请通过“文件 ▸ 打开”打开，或将文件拖放到此处。</translation>
    </message>
    <message>
        <source>No papers match “%1”. Try fewer words.</source>
        <translation>没有与“%1”匹配的论文。试试减少关键词。</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>重新加载(&amp;L)</translation>
    </message>
    <message>
        <source>Could not open “%1”: %2</source>
        <translation>无法打开“%1”：%2</translation>
    </message>
    <message>
        <source>Could not open “%1”: %2 “%3” stays open.</source>
        <translation>无法打开“%1”：%2 “%3”保持打开。</translation>
    </message>
    <message>
        <source>“%1” no longer exists; showing the shipped corpus instead.</source>
        <translation>“%1”已不存在；改为显示自带语料。</translation>
    </message>
    <message>
        <source>Showing the shipped corpus instead.</source>
        <translation>改为显示自带语料。</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Notice</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Show problems</source>
        <translation>显示问题</translation>
    </message>
    <message>
        <source>Close notice</source>
        <translation>关闭提示</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in “%1”; the papers were kept.</source>
        <translation>
            <numerusform>“%1”中有 %n 个问题；论文均已保留。</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
</context>
<context>
    <name>PaperDelegate</name>
    <message>
        <source>truncated</source>
        <translation>已截断</translation>
    </message>
</context>
<context>
    <name>RecentFilesMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>没有最近的文件</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>清除列表(&amp;C)</translation>
    </message>
</context>
<context>
    <name>SearchHistoryPopup</name>
    <message>
        <source>Recent searches</source>
        <translation>最近的搜索</translation>
    </message>
    <message>
        <source>Recent searches (Alt+Down)</source>
        <translation>最近的搜索（Alt+下箭头）</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Filter by action, key or menu</source>
        <translation>按操作、按键或菜单筛选</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>筛选快捷键</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>快捷键</translation>
    </message>
</context>
</TS>
