<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AcronymController</name>
    <message>
        <source>E&amp;xpand Acronyms in Searches</source>
        <translation>搜索时展开缩写(&amp;X)</translation>
    </message>
    <message>
        <source>A known acronym also finds its expansion (GNN: graph neural network), and the other way round</source>
        <translation>已知的缩写也会匹配其全称（GNN：graph neural network），反之亦然</translation>
    </message>
    <message>
        <source>Stop expanding acronyms (View ▸ Expand Acronyms in Searches turns it on again)</source>
        <translation>停止展开缩写（视图 ▸ 搜索时展开缩写 可重新开启）</translation>
    </message>
    <message>
        <source>Stop expanding acronyms</source>
        <translation>停止展开缩写</translation>
    </message>
    <message>
        <source>also: %1</source>
        <translation>另含：%1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
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
    <name>AppearanceMenu</name>
    <message>
        <source>&amp;Appearance</source>
        <translation>外观(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
</context>
<context>
    <name>ArxivReader</name>
    <message>
        <source>arXiv JSON lines</source>
        <translation>arXiv JSON 行</translation>
    </message>
</context>
<context>
    <name>ArxivTaxonomy</name>
    <message>
        <source>Astrophysics</source>
        <translation>天体物理学</translation>
    </message>
    <message>
        <source>Condensed Matter</source>
        <translation>凝聚态物理</translation>
    </message>
    <message>
        <source>Computer Science</source>
        <translation>计算机科学</translation>
    </message>
    <message>
        <source>Artificial Intelligence</source>
        <translation>人工智能</translation>
    </message>
    <message>
        <source>Hardware Architecture</source>
        <translation>硬件体系结构</translation>
    </message>
    <message>
        <source>Computational Complexity</source>
        <translation>计算复杂性</translation>
    </message>
    <message>
        <source>Computational Engineering</source>
        <translation>计算工程</translation>
    </message>
    <message>
        <source>Computational Geometry</source>
        <translation>计算几何</translation>
    </message>
    <message>
        <source>Computation and Language</source>
        <translation>计算与语言</translation>
    </message>
    <message>
        <source>Cryptography and Security</source>
        <translation>密码学与安全</translation>
    </message>
    <message>
        <source>Computer Vision</source>
        <translation>计算机视觉</translation>
    </message>
    <message>
        <source>Computers and Society</source>
        <translation>计算机与社会</translation>
    </message>
    <message>
        <source>Databases</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Distributed Computing</source>
        <translation>分布式计算</translation>
    </message>
    <message>
        <source>Digital Libraries</source>
        <translation>数字图书馆</translation>
    </message>
    <message>
        <source>Data Structures and Algorithms</source>
        <translation>数据结构与算法</translation>
    </message>
    <message>
        <source>Game Theory</source>
        <translation>博弈论</translation>
    </message>
    <message>
        <source>Human-Computer Interaction</source>
        <translation>人机交互</translation>
    </message>
    <message>
        <source>Information Retrieval</source>
        <translation>信息检索</translation>
    </message>
    <message>
        <source>Information Theory</source>
        <translation>信息论</translation>
    </message>
    <message>
        <source>Machine Learning</source>
        <translation>机器学习</translation>
    </message>
    <message>
        <source>Logic in Computer Science</source>
        <translation>计算机科学中的逻辑</translation>
    </message>
    <message>
        <source>Multiagent Systems</source>
        <translation>多智能体系统</translation>
    </message>
    <message>
        <source>Neural and Evolutionary Computing</source>
        <translation>神经与演化计算</translation>
    </message>
    <message>
        <source>Networking</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Programming Languages</source>
        <translation>程序设计语言</translation>
    </message>
    <message>
        <source>Robotics</source>
        <translation>机器人学</translation>
    </message>
    <message>
        <source>Sound</source>
        <translation>声音</translation>
    </message>
    <message>
        <source>Software Engineering</source>
        <translation>软件工程</translation>
    </message>
    <message>
        <source>Social and Information Networks</source>
        <translation>社会与信息网络</translation>
    </message>
    <message>
        <source>Economics</source>
        <translation>经济学</translation>
    </message>
    <message>
        <source>Electrical Engineering and Systems Science</source>
        <translation>电气工程与系统科学</translation>
    </message>
    <message>
        <source>Audio and Speech Processing</source>
        <translation>音频与语音处理</translation>
    </message>
    <message>
        <source>Image and Video Processing</source>
        <translation>图像与视频处理</translation>
    </message>
    <message>
        <source>Signal Processing</source>
        <translation>信号处理</translation>
    </message>
    <message>
        <source>Systems and Control</source>
        <translation>系统与控制</translation>
    </message>
    <message>
        <source>General Relativity and Quantum Cosmology</source>
        <translation>广义相对论与量子宇宙学</translation>
    </message>
    <message>
        <source>High Energy Physics – Experiment</source>
        <translation>高能物理 – 实验</translation>
    </message>
    <message>
        <source>High Energy Physics – Phenomenology</source>
        <translation>高能物理 – 唯象学</translation>
    </message>
    <message>
        <source>High Energy Physics – Theory</source>
        <translation>高能物理 – 理论</translation>
    </message>
    <message>
        <source>Mathematics</source>
        <translation>数学</translation>
    </message>
    <message>
        <source>Numerical Analysis</source>
        <translation>数值分析</translation>
    </message>
    <message>
        <source>Optimization and Control</source>
        <translation>优化与控制</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>概率论</translation>
    </message>
    <message>
        <source>Statistics Theory</source>
        <translation>统计理论</translation>
    </message>
    <message>
        <source>Nonlinear Sciences</source>
        <translation>非线性科学</translation>
    </message>
    <message>
        <source>Physics</source>
        <translation>物理学</translation>
    </message>
    <message>
        <source>Computational Physics</source>
        <translation>计算物理</translation>
    </message>
    <message>
        <source>Data Analysis, Statistics and Probability</source>
        <translation>数据分析、统计与概率</translation>
    </message>
    <message>
        <source>Quantitative Biology</source>
        <translation>定量生物学</translation>
    </message>
    <message>
        <source>Neurons and Cognition</source>
        <translation>神经元与认知</translation>
    </message>
    <message>
        <source>Quantitative Methods</source>
        <translation>定量方法</translation>
    </message>
    <message>
        <source>Quantitative Finance</source>
        <translation>定量金融</translation>
    </message>
    <message>
        <source>Quantum Physics</source>
        <translation>量子物理</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>统计学</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Computation</source>
        <translation>计算</translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation>方法论</translation>
    </message>
</context>
<context>
    <name>AuthorFacetDelegate</name>
    <message>
        <source>none shown</source>
        <translation>未显示</translation>
    </message>
</context>
<context>
    <name>AuthorFacetModel</name>
    <message numerus="yes">
        <source>%n paper(s) shown</source>
        <translation>
            <numerusform>当前显示 %n 篇论文</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuthorFacetPanel</name>
    <message>
        <source>Filter authors</source>
        <translation>筛选作者</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Combine selected authors</source>
        <translation>所选作者的组合方式</translation>
    </message>
    <message>
        <source>Sort authors</source>
        <translation>作者排序</translation>
    </message>
    <message>
        <source>Co-authors of the selected author</source>
        <translation>所选作者的合著者</translation>
    </message>
    <message>
        <source>&amp;Include Author</source>
        <translation>包含作者(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Exclude Author</source>
        <translation>排除作者(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Hop to Author</source>
        <translation>跳转到作者(&amp;H)</translation>
    </message>
    <message>
        <source>Show only this author&apos;s papers and their co-authors</source>
        <translation>只显示此作者的论文及其合著者</translation>
    </message>
    <message>
        <source>Match &amp;Any Selected Author</source>
        <translation>匹配任一所选作者(&amp;A)</translation>
    </message>
    <message>
        <source>Any of</source>
        <translation>任一</translation>
    </message>
    <message>
        <source>All of</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Sort Authors by &amp;Name</source>
        <translation>按姓名排序作者(&amp;N)</translation>
    </message>
    <message>
        <source>A–Z</source>
        <translation>A–Z</translation>
    </message>
    <message>
        <source>By count</source>
        <translation>按数量</translation>
    </message>
    <message>
        <source>Show &amp;Co-authors</source>
        <translation>显示合著者(&amp;C)</translation>
    </message>
    <message>
        <source>With one author selected, list the people who wrote with them</source>
        <translation>选中一位作者时，列出与其合写过论文的人</translation>
    </message>
    <message>
        <source>Co-authors</source>
        <translation>合著者</translation>
    </message>
    <message>
        <source>Co-authors of %1: %2 (click to hop, Ctrl+click to add)</source>
        <translation>%1 的合著者：%2（单击跳转，Ctrl+单击添加）</translation>
    </message>
    <message>
        <source>No authors in the shown papers.</source>
        <translation>当前显示的论文中没有作者。</translation>
    </message>
    <message>
        <source>No author matches “%1”.</source>
        <translation>没有与“%1”匹配的作者。</translation>
    </message>
    <message>
        <source>1 author in the shown papers</source>
        <translation>当前显示的论文中有 1 位作者</translation>
    </message>
    <message>
        <source>%1 authors in the shown papers</source>
        <translation>当前显示的论文中有 %1 位作者</translation>
    </message>
    <message numerus="yes">
        <source>%n more author(s) — type to filter</source>
        <translation>
            <numerusform>还有 %n 位作者 — 输入以筛选</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more match(es) — type more to narrow</source>
        <translation>
            <numerusform>还有 %n 个匹配 — 继续输入以缩小范围</numerusform>
        </translation>
    </message>
    <message>
        <source>No papers shown; your chosen authors stay listed</source>
        <translation>未显示论文；您选择的作者仍保留在列表中</translation>
    </message>
</context>
<context>
    <name>AuthorListModel</name>
    <message numerus="yes">
        <source>%1 — %2, %n in the corpus</source>
        <translation>
            <numerusform>%1 — %2，语料中共 %n 篇</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BibtexReader</name>
    <message>
        <source>@%1 is not closed; reading goes on at the next entry.</source>
        <translation>@%1 未闭合；从下一个条目继续读取。</translation>
    </message>
    <message>
        <source>%1 (in the @%2 entry on line %3); skipped to the next entry.</source>
        <translation>%1（位于第 %3 行的 @%2 条目中）；已跳到下一个条目。</translation>
    </message>
    <message>
        <source>the file ends inside an entry</source>
        <translation>文件在条目中间结束</translation>
    </message>
    <message>
        <source>expected “name = value”</source>
        <translation>应为“名称 = 值”</translation>
    </message>
    <message>
        <source>unknown @string macro “%1”; left empty.</source>
        <translation>未知的 @string 宏“%1”；留空。</translation>
    </message>
    <message>
        <source>expected a value in braces, quotes, a number or a macro</source>
        <translation>应为花括号或引号中的值、数字或宏</translation>
    </message>
    <message>
        <source>braces nest deeper than %1</source>
        <translation>花括号嵌套超过 %1 层</translation>
    </message>
    <message>
        <source>unbalanced braces</source>
        <translation>花括号不匹配</translation>
    </message>
    <message>
        <source>the file ends inside a value (unbalanced braces or quotes)</source>
        <translation>文件在值中间结束（花括号或引号不匹配）</translation>
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
    <message>
        <source>Search the corpus, print the matches best first and exit (no window). See README for the query language.</source>
        <translation>搜索语料，按匹配度从高到低输出结果并退出（不打开窗口）。查询语法见 README。</translation>
    </message>
    <message>
        <source>Order for --query: relevance, corpus, author or authors (number of authors); add -reverse to reverse.</source>
        <translation>--query 的排序方式：relevance、corpus、author 或 authors（作者人数）；加上 -reverse 可倒序。</translation>
    </message>
    <message>
        <source>unknown format “%1” (use text, json, tsv, count or ids).</source>
        <translation>未知格式“%1”（可用 text、json、tsv、count 或 ids）。</translation>
    </message>
    <message>
        <source>unknown sort order “%1” (use relevance, corpus, author or authors, optionally followed by -reverse).</source>
        <translation>未知排序方式“%1”（可用 relevance、corpus、author 或 authors，后面可加 -reverse）。</translation>
    </message>
    <message>
        <source>Output format: text, json or tsv for --list, --query and --facets (--query also count or ids); md, csv, json or bib for --export-list.</source>
        <translation>输出格式：--list、--query 和 --facets 使用 text、json 或 tsv（--query 还可用 count 或 ids）；--export-list 使用 md、csv、json 或 bib。</translation>
    </message>
    <message>
        <source>Print the problems found while reading the corpus to stderr (always for --list and for your own files).</source>
        <translation>将读取语料时发现的问题输出到 stderr（--list 和您自己的文件总是输出）。</translation>
    </message>
    <message>
        <source>Read the corpus as this format instead of detecting it: native, arxiv, bibtex, ris, csl-json or openreview.</source>
        <translation>按此格式读取语料库，而不是自动检测：native、arxiv、bibtex、ris、csl-json 或 openreview。</translation>
    </message>
    <message>
        <source>unknown input format “%1” (use %2).</source>
        <translation>未知的输入格式“%1”（可用：%2）。</translation>
    </message>
    <message>
        <source>cluster: terms need the paper map, and this corpus has none: %1</source>
        <translation>cluster: 条件需要论文地图，而此语料库没有地图：%1</translation>
    </message>
    <message>
        <source>the map has no cluster %1 at level %2 (it has %3 levels; this one has clusters 0 to %4; --map-json lists them)</source>
        <translation>地图在第 %2 层没有聚类 %1（共有 %3 层；这一层的聚类为 0 到 %4；--map-json 会列出它们）</translation>
    </message>
    <message>
        <source>With --query: an acronym the corpus defines also matches its expansion and the other way round, as in the window.</source>
        <translation>与 --query 一起使用：语料中定义的缩写也会匹配其全称，反之亦然，与窗口中相同。</translation>
    </message>
</context>
<context>
    <name>CliCache</name>
    <message>
        <source>Neither reopen the corpus from its saved index image nor save one.</source>
        <translation>既不从已保存的索引映像重新打开语料库，也不保存映像。</translation>
    </message>
    <message>
        <source>Remove every saved index image, say how much space that freed and exit.</source>
        <translation>删除所有已保存的索引映像，报告释放的空间并退出。</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n index image(s) from %1, freeing %2.</source>
        <translation>
            <numerusform>已从 %1 删除 %n 个索引映像，释放 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>reopened “%1” from its index image %2 in %3 ms</source>
        <translation>已在 %3 毫秒内从索引映像 %2 重新打开“%1”</translation>
    </message>
    <message>
        <source>warning: the index image of “%1” was damaged and was removed; reading the file instead</source>
        <translation>警告：“%1”的索引映像已损坏并已删除；改为读取文件</translation>
    </message>
    <message>
        <source>“%1” changed since its index image was saved; reading it again</source>
        <translation>“%1”自保存索引映像后已更改；重新读取</translation>
    </message>
    <message>
        <source>saved the index image %1 (%2) in %3 ms</source>
        <translation>已在 %3 毫秒内保存索引映像 %1（%2）</translation>
    </message>
    <message>
        <source>could not save an index image of “%1” in %2 (changed meanwhile, or the folder cannot be written)</source>
        <translation>无法在 %2 中保存“%1”的索引映像（文件已更改，或文件夹不可写）</translation>
    </message>
</context>
<context>
    <name>CliFacets</name>
    <message>
        <source> Did you mean %1?</source>
        <translation>您是不是要找 %1？</translation>
    </message>
    <message>
        <source>no author named “%1” in this corpus (names match ignoring case and accents).</source>
        <translation>此语料中没有名为“%1”的作者（姓名匹配不区分大小写和重音符号）。</translation>
    </message>
    <message>
        <source>Only papers by this author (repeatable: papers by all of them, or any with --any).</source>
        <translation>只包括此作者的论文（可重复指定：须由所有指定作者共同撰写；加 --any 则任一作者即可）。</translation>
    </message>
    <message>
        <source>Leave out papers by this author (repeatable).</source>
        <translation>排除此作者的论文（可重复指定）。</translation>
    </message>
    <message>
        <source>With several --author: papers by any of them.</source>
        <translation>指定多个 --author 时：包括其中任一作者的论文。</translation>
    </message>
    <message>
        <source>Print the authors of the matching papers with their counts instead of the papers.</source>
        <translation>输出匹配论文的作者及其论文数，而不是论文本身。</translation>
    </message>
    <message>
        <source>With --facets: only the first N authors.</source>
        <translation>与 --facets 一起使用：只列出前 N 位作者。</translation>
    </message>
    <message>
        <source>--top needs a positive number, not “%1”.</source>
        <translation>--top 需要一个正数，而不是“%1”。</translation>
    </message>
</context>
<context>
    <name>CliFieldFacets</name>
    <message>
        <source>no paper in this corpus has “%1” there.</source>
        <translation>此语料库中没有论文在该处含有“%1”。</translation>
    </message>
    <message>
        <source>Only papers of this year or range, e.g. 2019 or 2015..2019 (repeatable).</source>
        <translation>仅限该年份或年份范围的论文，例如 2019 或 2015..2019（可重复）。</translation>
    </message>
    <message>
        <source>Only papers in this category, e.g. cs.LG, or group, e.g. cs (repeatable).</source>
        <translation>仅限该分类（例如 cs.LG）或分类组（例如 cs）的论文（可重复）。</translation>
    </message>
    <message>
        <source>Only papers from this venue (repeatable).</source>
        <translation>仅限该发表场所的论文（可重复）。</translation>
    </message>
    <message>
        <source>With --facets: author (default), year, category, venue or keyword.</source>
        <translation>与 --facets 一起使用：author（默认）、year、category、venue 或 keyword。</translation>
    </message>
    <message>
        <source>this corpus has no %1 field (--%1 needs a format that carries it).</source>
        <translation>此语料库没有 %1 字段（--%1 需要包含该字段的格式）。</translation>
    </message>
    <message>
        <source>unknown facet “%1” (use author, year, category, venue or keyword).</source>
        <translation>未知的分面“%1”（请使用 author、year、category、venue 或 keyword）。</translation>
    </message>
</context>
<context>
    <name>CoauthorFacetModel</name>
    <message numerus="yes">
        <source>%n shared paper(s)</source>
        <translation>
            <numerusform>%n 篇合著论文</numerusform>
        </translation>
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
    <message>
        <source>No command matches “%1”.</source>
        <translation>没有命令匹配“%1”。</translation>
    </message>
</context>
<context>
    <name>CorpusEncoding</name>
    <message>
        <source>This file is %1 text%2: save it as UTF-8 (or as UTF-16 with a byte-order mark).</source>
        <translation>此文件是 %1 文本%2：请将其另存为 UTF-8（或带字节顺序标记的 UTF-16）。</translation>
    </message>
    <message>
        <source> without a byte-order mark</source>
        <translation>（无字节顺序标记）</translation>
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
</context>
<context>
    <name>CorpusParser</name>
    <message>
        <source>“%1” is a folder, not a corpus file.</source>
        <translation>“%1”是文件夹，不是语料文件。</translation>
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
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>The file holds only blank lines: a corpus needs at least one record.</source>
        <translation>文件只有空行：语料至少需要一条记录。</translation>
    </message>
    <message>
        <source>This does not look like a corpus: only %1 of %2 records start with a line of comma-separated author names (line %3 reads like prose).</source>
        <translation>这看起来不像语料：%2 条记录中只有 %1 条以逗号分隔的作者名开头（第 %3 行像是正文）。</translation>
    </message>
    <message>
        <source>“%1” is a device, not a corpus file: it is not read.</source>
        <translation>“%1”是设备，不是语料库文件：不会读取。</translation>
    </message>
    <message>
        <source>“%1” is larger than %2 GB, more than Skimmer reads as a corpus.</source>
        <translation>“%1”大于 %2 GB，超出 Skimmer 可读取的语料库大小。</translation>
    </message>
    <message>
        <source>Not enough memory to read “%1”.</source>
        <translation>内存不足，无法读取“%1”。</translation>
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
        <source>Cannot decompress this gzip file.</source>
        <translation>无法解压此 gzip 文件。</translation>
    </message>
    <message>
        <source>The gzip file is damaged: %1.</source>
        <translation>gzip 文件已损坏：%1。</translation>
    </message>
    <message>
        <source>Only what came before was read.</source>
        <translation>只读取了损坏处之前的内容。</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2.</source>
        <translation>无法打开“%1”：%2。</translation>
    </message>
</context>
<context>
    <name>CorpusProblems</name>
    <message>
        <source>Show Reading &amp;Problems</source>
        <translation>显示读取问题(&amp;P)</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <source>Problems found while reading “%1”</source>
        <translation>读取“%1”时发现的问题</translation>
    </message>
</context>
<context>
    <name>CorpusReader</name>
    <message>
        <source>This file is none of the formats Skimmer reads (tried %1): %2</source>
        <translation>此文件不属于 Skimmer 可读取的任何格式（已尝试 %1）：%2</translation>
    </message>
</context>
<context>
    <name>CslJsonReader</name>
    <message>
        <source>Cannot read this CSL-JSON file: %1</source>
        <translation>无法读取此 CSL-JSON 文件：%1</translation>
    </message>
    <message>
        <source>not an object; skipped.</source>
        <translation>不是对象；已跳过。</translation>
    </message>
    <message>
        <source>an item with neither a title nor an abstract; dropped.</source>
        <translation>既无标题也无摘要的条目；已丢弃。</translation>
    </message>
</context>
<context>
    <name>DensityActions</name>
    <message>
        <source>&amp;Compact List</source>
        <translation>紧凑列表(&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;omfortable List</source>
        <translation>宽松列表(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Full List</source>
        <translation>完整列表(&amp;F)</translation>
    </message>
    <message>
        <source>Cycle List &amp;Density</source>
        <translation>切换列表密度(&amp;D)</translation>
    </message>
</context>
<context>
    <name>DetailView</name>
    <message>
        <source>Paper details</source>
        <translation>论文详情</translation>
    </message>
    <message>
        <source>Abstract and details</source>
        <translation>摘要与详情</translation>
    </message>
    <message>
        <source>Paper actions</source>
        <translation>论文操作</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>星标</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>已读</translation>
    </message>
    <message>
        <source>Add to List…</source>
        <translation>添加到列表…</translation>
    </message>
    <message>
        <source>Copy as Plain Text</source>
        <translation>复制为纯文本</translation>
    </message>
    <message>
        <source>Copy as Markdown</source>
        <translation>复制为 Markdown</translation>
    </message>
    <message>
        <source>Copy as BibTeX</source>
        <translation>复制为 BibTeX</translation>
    </message>
    <message>
        <source>Copy Paper Id</source>
        <translation>复制论文 ID</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>TeX Source</source>
        <translation>TeX 源码</translation>
    </message>
    <message>
        <source>Show the abstract as written, without rendering its TeX</source>
        <translation>按原文显示摘要，不渲染其中的 TeX</translation>
    </message>
    <message>
        <source>Star or unstar this paper</source>
        <translation>为此论文添加或取消星标</translation>
    </message>
    <message>
        <source>Mark this paper read or unread</source>
        <translation>将此论文标记为已读或未读</translation>
    </message>
    <message>
        <source>Add this paper to a reading list</source>
        <translation>将此论文添加到阅读列表</translation>
    </message>
    <message>
        <source>Needs the library (not available yet)</source>
        <translation>需要文献库（暂不可用）</translation>
    </message>
    <message>
        <source>Select a paper to read its abstract; from the search field, ↓ or Enter opens the best match.</source>
        <translation>选择一篇论文以阅读摘要；在搜索框中按 ↓ 或回车打开最佳匹配。</translation>
    </message>
</context>
<context>
    <name>FacetSelection</name>
    <message>
        <source>and</source>
        <translation>和</translation>
    </message>
    <message>
        <source>or</source>
        <translation>或</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>作者为 %1</translation>
    </message>
    <message>
        <source>not by %1</source>
        <translation>排除作者 %1</translation>
    </message>
</context>
<context>
    <name>FieldFacetDock</name>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>发表场所</translation>
    </message>
    <message>
        <source>Keyword</source>
        <translation>关键词</translation>
    </message>
    <message>
        <source>Year, Category, Venue</source>
        <translation>年份、类别、场所</translation>
    </message>
    <message>
        <source>Show &amp;Year, Category and Venue Panel</source>
        <translation>显示年份、类别和场所面板(&amp;Y)</translation>
    </message>
    <message>
        <source>Choose &amp;Years…</source>
        <translation>选择年份(&amp;Y)…</translation>
    </message>
    <message>
        <source>Filter &amp;Categories…</source>
        <translation>筛选类别(&amp;C)…</translation>
    </message>
    <message>
        <source>year %1</source>
        <translation>年份 %1</translation>
    </message>
    <message>
        <source>not %1</source>
        <translation>非 %1</translation>
    </message>
</context>
<context>
    <name>FieldFacetPanel</name>
    <message>
        <source>Filter %1…</source>
        <translation>筛选%1…</translation>
    </message>
    <message>
        <source>Filter %1</source>
        <translation>筛选%1</translation>
    </message>
    <message>
        <source>Space or Enter includes, Shift+Enter excludes, Delete clears; a click cycles</source>
        <translation>空格或回车包含，Shift+回车排除，Delete 清除；单击循环切换</translation>
    </message>
    <message>
        <source>Papers must match all included values (AND) or any of them (ANY)</source>
        <translation>论文须匹配所有包含的值（与）或其中任一（或）</translation>
    </message>
    <message>
        <source>AND</source>
        <translation>与</translation>
    </message>
    <message>
        <source>ANY</source>
        <translation>或</translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <source>&amp;Open Corpus…</source>
        <translation>打开语料(&amp;O)…</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>重新加载(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Loading progress</source>
        <translation>加载进度</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel loading</source>
        <translation>取消加载</translation>
    </message>
    <message>
        <source>Loading “%1” was cancelled.</source>
        <translation>已取消加载“%1”。</translation>
    </message>
    <message>
        <source>Open Corpus</source>
        <translation>打开语料</translation>
    </message>
    <message>
        <source>Loading “%1”…</source>
        <translation>正在加载“%1”…</translation>
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
        <source>Open the &amp;Sample Corpus</source>
        <translation>打开示例语料(&amp;S)</translation>
    </message>
    <message>
        <source>Corpus files (*.txt *.json *.jsonl *.bib *.ris *.gz)</source>
        <translation>语料库文件 (*.txt *.json *.jsonl *.bib *.ris *.gz)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Clear Index &amp;Cache</source>
        <translation>清除索引缓存(&amp;C)</translation>
    </message>
    <message>
        <source>Remove the saved index images that make corpora reopen at once</source>
        <translation>删除用于立即重新打开语料库的已保存索引映像</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n saved index image(s), freeing %1.</source>
        <translation>
            <numerusform>已删除 %n 个已保存的索引映像，释放 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterChipBar</name>
    <message>
        <source>Active filters</source>
        <translation>当前筛选条件</translation>
    </message>
    <message>
        <source>Clear all</source>
        <translation>全部清除</translation>
    </message>
    <message>
        <source>Remove every filter (Esc twice in the search field)</source>
        <translation>移除所有筛选条件（在搜索框中按两次 Esc）</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>移除此筛选条件</translation>
    </message>
    <message>
        <source>Remove filter %1</source>
        <translation>移除筛选条件 %1</translation>
    </message>
</context>
<context>
    <name>FilterController</name>
    <message>
        <source>Authors</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>F&amp;acets</source>
        <translation>筛选(&amp;A)</translation>
    </message>
    <message>
        <source>Show &amp;Authors Panel</source>
        <translation>显示作者面板(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Filter Authors…</source>
        <translation>筛选作者(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Remove Last Filter</source>
        <translation>移除最后一个筛选条件(&amp;R)</translation>
    </message>
    <message>
        <source>Also Backspace in the empty search field</source>
        <translation>也可在空的搜索框中按 Backspace</translation>
    </message>
    <message>
        <source>&amp;Clear All Filters</source>
        <translation>清除所有筛选条件(&amp;C)</translation>
    </message>
    <message>
        <source>Also Esc twice in the search field</source>
        <translation>也可在搜索框中按两次 Esc</translation>
    </message>
    <message>
        <source>list “%1”</source>
        <translation>列表“%1”</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>not %1</source>
        <translation>排除 %1</translation>
    </message>
    <message>
        <source>not in “%1”</source>
        <translation>不在“%1”中</translation>
    </message>
    <message>
        <source>in “%1”</source>
        <translation>在“%1”中</translation>
    </message>
    <message>
        <source>not starred</source>
        <translation>未加星标</translation>
    </message>
    <message>
        <source>starred</source>
        <translation>已加星标</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>未读过</translation>
    </message>
    <message>
        <source>read</source>
        <translation>已读</translation>
    </message>
    <message>
        <source>not unread</source>
        <translation>非未读</translation>
    </message>
    <message>
        <source>unread</source>
        <translation>未读</translation>
    </message>
    <message numerus="yes">
        <source>region: %n paper(s)</source>
        <translation>
            <numerusform>区域：%n 篇论文</numerusform>
        </translation>
    </message>
    <message>
        <source>cluster %1 (no map yet)</source>
        <translation>聚类 %1（地图尚未就绪）</translation>
    </message>
    <message>
        <source>cluster %1 (not on the map)</source>
        <translation>聚类 %1（不在地图上）</translation>
    </message>
    <message>
        <source>cluster %1</source>
        <translation>聚类 %1</translation>
    </message>
    <message>
        <source>not cluster “%1”</source>
        <translation>不在聚类“%1”</translation>
    </message>
    <message>
        <source>cluster “%1”</source>
        <translation>聚类“%1”</translation>
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
    <name>GzipDevice</name>
    <message>
        <source>the compressed data ends too early</source>
        <translation>压缩数据提前结束</translation>
    </message>
    <message>
        <source>the compressed data is corrupt (%1)</source>
        <translation>压缩数据已损坏（%1）</translation>
    </message>
</context>
<context>
    <name>JsonRecords</name>
    <message>
        <source>line %1: this is not valid JSON (%2).</source>
        <translation>第 %1 行：不是有效的 JSON（%2）。</translation>
    </message>
    <message>
        <source>the file is JSON but not an array of records.</source>
        <translation>文件是 JSON，但不是记录数组。</translation>
    </message>
    <message>
        <source>the file is JSON but neither an array of records nor an object with a “%1” array.</source>
        <translation>文件是 JSON，但既不是记录数组，也不是带有“%1”数组的对象。</translation>
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
    <name>LibraryCommands</name>
    <message>
        <source>no paper ids given (pass them after the option, e.g. from --query … --format ids)</source>
        <translation>未提供论文 ID（请在该选项后给出，例如取自 --query … --format ids 的输出）</translation>
    </message>
    <message>
        <source>not in the corpus “%1”: %2 — nothing was changed</source>
        <translation>不在语料“%1”中：%2——未做任何更改</translation>
    </message>
    <message>
        <source>added %1 of %2 papers to “%3”
</source>
        <translation>已将 %2 篇论文中的 %1 篇添加到“%3”
</translation>
    </message>
    <message>
        <source>unknown format “%1” for --lists (use text or json)</source>
        <translation>--lists 的格式“%1”未知（可用 text 或 json）</translation>
    </message>
    <message>
        <source>cannot write “%1”: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message>
        <source>no list named “%1” in %2</source>
        <translation>%2 中没有名为“%1”的列表</translation>
    </message>
    <message>
        <source>cannot read “%1”: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>imported “%1”: %2 new, %3 already there</source>
        <translation>已导入“%1”：新增 %2 篇，%3 篇已存在</translation>
    </message>
    <message>
        <source>; not in this corpus (kept): %1</source>
        <translation>；不在此语料中（已保留）：%1</translation>
    </message>
    <message>
        <source>The library file (default: $SKIMMER_LIBRARY or the user&apos;s library).</source>
        <translation>文献库文件（默认：$SKIMMER_LIBRARY 或用户的文献库）。</translation>
    </message>
    <message>
        <source>Print the reading lists and their counts (--format text or json).</source>
        <translation>输出各阅读列表及其论文数（--format text 或 json）。</translation>
    </message>
    <message>
        <source>Write an export to this file.</source>
        <translation>将导出内容写入此文件。</translation>
    </message>
    <message>
        <source>Merge a JSON list export into the library.</source>
        <translation>将 JSON 格式的列表导出文件合并到文献库。</translation>
    </message>
    <message>
        <source>Bookmark the papers whose ids follow (- reads them from standard input).</source>
        <translation>为其后 ID 所指的论文添加书签（用 - 则从标准输入读取 ID）。</translation>
    </message>
    <message>
        <source>Remove the bookmarks of the papers whose ids follow (- reads them from standard input).</source>
        <translation>移除其后 ID 所指论文的书签（用 - 则从标准输入读取 ID）。</translation>
    </message>
    <message>
        <source>Add the papers whose ids follow to a reading list, created when new (- reads the ids from standard input).</source>
        <translation>将其后 ID 所指的论文添加到阅读列表，列表不存在时自动创建（用 - 则从标准输入读取 ID）。</translation>
    </message>
    <message>
        <source>%1 ids, the first %2: %3</source>
        <translation>%1 个 ID，前 %2 个：%3</translation>
    </message>
    <message>
        <source>unknown export format “%1” (use md, csv, json, bib, ris or csljson)</source>
        <translation>未知的导出格式“%1”（请使用 md、csv、json、bib、ris 或 csljson）</translation>
    </message>
    <message>
        <source>Export a reading list (or Bookmarks) with --format md, csv, json, bib, ris or csljson.</source>
        <translation>以 --format md、csv、json、bib、ris 或 csljson 导出阅读列表（或书签）。</translation>
    </message>
    <message>
        <source>%1 papers voted not relevant for “%2”
</source>
        <translation>已将 %1 篇论文标记为与“%2”不相关
</translation>
    </message>
    <message>
        <source>“%1” has no paper in the corpus “%2”: nothing to learn from</source>
        <translation>“%1”中没有语料库“%2”的论文：无可学习</translation>
    </message>
    <message>
        <source># like “%1”: %2
</source>
        <translation># 类似“%1”：%2
</translation>
    </message>
    <message>
        <source>unknown format “%1” for --more-like-list (use ids, json or text)</source>
        <translation>--more-like-list 的格式“%1”未知（请使用 ids、json 或 text）</translation>
    </message>
    <message>
        <source>Print the papers outside a list ranked by likeness to it (--format ids, json or text).</source>
        <translation>输出列表之外的论文，按与该列表的相似度排序（--format ids、json 或 text）。</translation>
    </message>
    <message>
        <source>Vote the papers whose ids follow “not relevant” for a list (- reads them from standard input).</source>
        <translation>将随后给出 ID 的论文标记为与某列表“不相关”（- 表示从标准输入读取）。</translation>
    </message>
    <message numerus="yes">
        <source>; %n saved view(s) added</source>
        <translation>
            <numerusform>；已添加 %n 个保存的视图</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryController</name>
    <message>
        <source>Library</source>
        <translation>文献库</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>文献库(&amp;L)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Toggle &amp;Bookmark</source>
        <translation>切换书签(&amp;B)</translation>
    </message>
    <message>
        <source>Toggle &amp;Read</source>
        <translation>切换已读(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Add to List…</source>
        <translation>添加到列表(&amp;A)…</translation>
    </message>
    <message>
        <source>Re&amp;move from List</source>
        <translation>从列表中移除(&amp;M)</translation>
    </message>
    <message>
        <source>Move &amp;Up in List</source>
        <translation>在列表中上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;Down in List</source>
        <translation>在列表中下移(&amp;D)</translation>
    </message>
    <message>
        <source>Re&amp;name List…</source>
        <translation>重命名列表(&amp;N)…</translation>
    </message>
    <message>
        <source>De&amp;lete List…</source>
        <translation>删除列表(&amp;L)…</translation>
    </message>
    <message>
        <source>Library: %1</source>
        <translation>文献库：%1</translation>
    </message>
    <message numerus="yes">
        <source>Add %n paper(s) to list</source>
        <translation>
            <numerusform>将 %n 篇论文添加到列表</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename List</source>
        <translation>重命名列表</translation>
    </message>
    <message>
        <source>New name for “%1”:</source>
        <translation>“%1”的新名称：</translation>
    </message>
    <message>
        <source>Delete List</source>
        <translation>删除列表</translation>
    </message>
    <message numerus="yes">
        <source>Delete the list “%1” with %n paper(s)? (Ctrl+Z brings it back.)</source>
        <translation>
            <numerusform>要删除包含 %n 篇论文的列表“%1”吗？（按 Ctrl+Z 可恢复。）</numerusform>
        </translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>已撤销：%1</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>已重做：%1</translation>
    </message>
</context>
<context>
    <name>LibraryEntriesModel</name>
    <message>
        <source>%1 — not in this corpus</source>
        <translation>%1 — 不在此语料中</translation>
    </message>
    <message>
        <source>Not in this corpus</source>
        <translation>不在此语料中</translation>
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
            <numerusform>“%1”：%n 篇论文</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryPanel</name>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Library scopes</source>
        <translation>文献库范围</translation>
    </message>
    <message>
        <source>Reading lists</source>
        <translation>阅读列表</translation>
    </message>
    <message>
        <source>Entries of the selected list</source>
        <translation>所选列表中的条目</translation>
    </message>
    <message>
        <source>Note on this paper in the list</source>
        <translation>此论文在列表中的备注</translation>
    </message>
    <message>
        <source>A note on this paper in this list (Ctrl+Enter saves)</source>
        <translation>此论文在本列表中的备注（按 Ctrl+Enter 保存）</translation>
    </message>
    <message>
        <source>In the selected list</source>
        <translation>所选列表中</translation>
    </message>
    <message>
        <source>Note (select a paper in a list)</source>
        <translation>备注（请在列表中选择一篇论文）</translation>
    </message>
    <message>
        <source>Note in “%1”</source>
        <translation>“%1”中的备注</translation>
    </message>
</context>
<context>
    <name>LibraryScope</name>
    <message>
        <source>All papers</source>
        <translation>全部论文</translation>
    </message>
    <message>
        <source>Bookmarked</source>
        <translation>已加书签</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>未读</translation>
    </message>
</context>
<context>
    <name>LibraryStore</name>
    <message>
        <source>the library “%1” does not exist</source>
        <translation>文献库“%1”不存在</translation>
    </message>
    <message>
        <source>cannot create the folder for the library “%1”</source>
        <translation>无法为文献库“%1”创建文件夹</translation>
    </message>
    <message>
        <source>cannot open the library “%1”: %2</source>
        <translation>无法打开文献库“%1”：%2</translation>
    </message>
    <message>
        <source>the library is not open</source>
        <translation>文献库未打开</translation>
    </message>
    <message>
        <source>the library “%1” is open read-only</source>
        <translation>文献库“%1”以只读方式打开</translation>
    </message>
    <message>
        <source>library query failed: %1</source>
        <translation>文献库查询失败：%1</translation>
    </message>
    <message>
        <source>a paper without an id cannot be stored</source>
        <translation>无法存储没有 ID 的论文</translation>
    </message>
    <message>
        <source>cannot create the backup folder “%1”</source>
        <translation>无法创建备份文件夹“%1”</translation>
    </message>
    <message>
        <source>the backup did not verify: %1</source>
        <translation>备份校验未通过：%1</translation>
    </message>
    <message>
        <source>cannot write the backup “%1”</source>
        <translation>无法写入备份“%1”</translation>
    </message>
    <message>
        <source>a list needs a name</source>
        <translation>列表必须有名称</translation>
    </message>
    <message>
        <source>“%1” is reserved for the bookmarks</source>
        <translation>“%1”是书签的保留名称</translation>
    </message>
    <message>
        <source>a list named “%1” already exists</source>
        <translation>名为“%1”的列表已存在</translation>
    </message>
    <message>
        <source>no list named “%1”</source>
        <translation>没有名为“%1”的列表</translation>
    </message>
    <message>
        <source>“%1” is not in the list “%2”</source>
        <translation>“%1”不在列表“%2”中</translation>
    </message>
    <message>
        <source>a new order of “%1” must hold each of its papers exactly once</source>
        <translation>“%1”的新顺序必须恰好包含其中每篇论文一次</translation>
    </message>
    <message>
        <source>no library file given: the path is empty</source>
        <translation>未指定文献库文件：路径为空</translation>
    </message>
    <message>
        <source>“%1” is not a regular file, so it cannot be a library</source>
        <translation>“%1”不是普通文件，因此不能作为文献库</translation>
    </message>
    <message>
        <source>the library “%1” is being opened by another program</source>
        <translation>文献库“%1”正被另一个程序打开</translation>
    </message>
    <message>
        <source>the library “%1” cannot be written (%2); it is open read-only and changes cannot be saved</source>
        <translation>无法写入文献库“%1”（%2）；已以只读方式打开，更改无法保存</translation>
    </message>
    <message>
        <source>a saved view needs a name</source>
        <translation>保存的视图需要一个名称</translation>
    </message>
    <message>
        <source>a saved view named “%1” already exists</source>
        <translation>名为“%1”的保存视图已存在</translation>
    </message>
    <message>
        <source>no saved view named “%1”</source>
        <translation>没有名为“%1”的保存视图</translation>
    </message>
</context>
<context>
    <name>LibraryUndo</name>
    <message numerus="yes">
        <source>bookmark %n paper(s)</source>
        <translation>
            <numerusform>为 %n 篇论文添加书签</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>remove the bookmark of %n paper(s)</source>
        <translation>
            <numerusform>移除 %n 篇论文的书签</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>mark %n paper(s) read</source>
        <translation>
            <numerusform>将 %n 篇论文标为已读</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>mark %n paper(s) unread</source>
        <translation>
            <numerusform>将 %n 篇论文标为未读</numerusform>
        </translation>
    </message>
    <message>
        <source>create list %1</source>
        <translation>创建列表 %1</translation>
    </message>
    <message numerus="yes">
        <source>add %n paper(s) to %1</source>
        <translation>
            <numerusform>将 %n 篇论文添加到 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>remove %n paper(s) from %1</source>
        <translation>
            <numerusform>从 %1 中移除 %n 篇论文</numerusform>
        </translation>
    </message>
    <message>
        <source>rename %1 to %2</source>
        <translation>将 %1 重命名为 %2</translation>
    </message>
    <message>
        <source>delete list %1</source>
        <translation>删除列表 %1</translation>
    </message>
    <message>
        <source>edit the note in %1</source>
        <translation>编辑 %1 中的备注</translation>
    </message>
    <message numerus="yes">
        <source>move %n paper(s) in %1</source>
        <translation>
            <numerusform>在 %1 中移动 %n 篇论文</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>import %n paper(s) into %1</source>
        <translation>
            <numerusform>将 %n 篇论文导入 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Bookmarked %n paper(s)</source>
        <translation>
            <numerusform>已为 %n 篇论文添加书签</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed the bookmark of %n paper(s)</source>
        <translation>
            <numerusform>已移除 %n 篇论文的书签</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %n paper(s) read</source>
        <translation>
            <numerusform>已将 %n 篇论文标为已读</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %n paper(s) unread</source>
        <translation>
            <numerusform>已将 %n 篇论文标为未读</numerusform>
        </translation>
    </message>
    <message>
        <source>Created list %1</source>
        <translation>已创建列表 %1</translation>
    </message>
    <message numerus="yes">
        <source>Added %n paper(s) to %1</source>
        <translation>
            <numerusform>已将 %n 篇论文添加到 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed %n paper(s) from %1</source>
        <translation>
            <numerusform>已从 %1 移除 %n 篇论文</numerusform>
        </translation>
    </message>
    <message>
        <source>Renamed %1 to %2</source>
        <translation>已将 %1 重命名为 %2</translation>
    </message>
    <message>
        <source>Deleted list %1</source>
        <translation>已删除列表 %1</translation>
    </message>
    <message numerus="yes">
        <source>Moved %n paper(s) in %1</source>
        <translation>
            <numerusform>已在 %1 中移动 %n 篇论文</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved the note in %1</source>
        <translation>已保存 %1 中的笔记</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n paper(s) into %1</source>
        <translation>
            <numerusform>已将 %n 篇论文导入 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>mark %n paper(s) not relevant for %1</source>
        <translation>
            <numerusform>将 %n 篇论文标记为与 %1 不相关</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>take back %n “not relevant” vote(s) for %1</source>
        <translation>
            <numerusform>撤回 %n 个对 %1 的“不相关”标记</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Already in %1: %n paper(s)</source>
        <translation>
            <numerusform>已在 %1 中：%n 篇论文</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LikeSortController</name>
    <message>
        <source>&amp;Not Relevant to This List</source>
        <translation>与此列表无关(&amp;N)</translation>
    </message>
    <message>
        <source>“%1” has no paper in this corpus: nothing to learn from, so the papers are in relevance order.</source>
        <translation>“%1”在此语料库中没有论文：无从学习，因此论文按相关度排序。</translation>
    </message>
    <message>
        <source>Learning what “%1” is about…</source>
        <translation>正在学习“%1”的主题…</translation>
    </message>
    <message>
        <source>Ranked by likeness to “%1”: %2 …</source>
        <translation>按与“%1”的相似度排序：%2 …</translation>
    </message>
    <message numerus="yes">
        <source>(%n paper(s) of the list and its “not relevant” votes hidden; N: not relevant)</source>
        <translation>
            <numerusform>（已隐藏列表及其“无关”投票中的 %n 篇论文；N：无关）</numerusform>
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
        <translation>JSON（可再次导入）</translation>
    </message>
    <message>
        <source>BibTeX</source>
        <translation>BibTeX</translation>
    </message>
    <message>
        <source>Export List</source>
        <translation>导出列表</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation>列表(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>文件(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>请选择要导出到的文件。</translation>
    </message>
    <message>
        <source>There is no list named “%1” any more.</source>
        <translation>名为“%1”的列表已不存在。</translation>
    </message>
    <message>
        <source>“%1” already exists. Press Export again to replace it.</source>
        <translation>“%1”已存在。再次按“导出”即可替换。</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
</context>
<context>
    <name>ListPickerDialog</name>
    <message>
        <source>List name — type to filter or to create a new list</source>
        <translation>列表名称——输入文字以筛选或新建列表</translation>
    </message>
    <message>
        <source>Type a name to create your first list.</source>
        <translation>输入名称即可创建第一个列表。</translation>
    </message>
    <message>
        <source>Enter creates the list “%1”.</source>
        <translation>按 Enter 创建列表“%1”。</translation>
    </message>
    <message>
        <source>Enter adds to “%1”.</source>
        <translation>按 Enter 添加到“%1”。</translation>
    </message>
    <message>
        <source>Enter adds to “%1”; Shift+Enter creates the list “%2”.</source>
        <translation>按 Enter 添加到“%1”；按 Shift+Enter 新建列表“%2”。</translation>
    </message>
</context>
<context>
    <name>ListTransferActions</name>
    <message>
        <source>&amp;Export List…</source>
        <translation>导出列表(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Import List…</source>
        <translation>导入列表(&amp;I)…</translation>
    </message>
    <message>
        <source>No library is open.</source>
        <translation>没有打开的文献库。</translation>
    </message>
    <message>
        <source>Exported “%1” to %2</source>
        <translation>已将“%1”导出到 %2</translation>
    </message>
    <message>
        <source>The library is not open for changes.</source>
        <translation>文献库未以可修改方式打开。</translation>
    </message>
    <message>
        <source>Import List</source>
        <translation>导入列表</translation>
    </message>
    <message>
        <source>Skimmer list exports (*.json)</source>
        <translation>Skimmer 列表导出文件 (*.json)</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>无法读取“%1”：%2</translation>
    </message>
    <message>
        <source>Could not import “%1”: %2</source>
        <translation>无法导入“%1”：%2</translation>
    </message>
    <message>
        <source>Imported “%1”: %2 new, %3 already there (Ctrl+Z undoes)</source>
        <translation>已导入“%1”：新增 %2 篇，已有 %3 篇（Ctrl+Z 可撤销）</translation>
    </message>
    <message>
        <source>; skipped: %1</source>
        <translation>；已跳过：%1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Papers</source>
        <translation>论文</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
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
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>文献库</translation>
    </message>
    <message>
        <source>Year and Category</source>
        <translation>年份与类别</translation>
    </message>
    <message>
        <source>Reading lists</source>
        <translation>阅读列表</translation>
    </message>
    <message>
        <source>Vie&amp;ws</source>
        <translation>视图(&amp;W)</translation>
    </message>
</context>
<context>
    <name>MapCommand</name>
    <message>
        <source>Paper map</source>
        <translation>论文地图</translation>
    </message>
    <message>
        <source>Compute the paper map and write it as JSON to &lt;file&gt;.</source>
        <translation>计算论文地图并以 JSON 写入 &lt;file&gt;。</translation>
    </message>
    <message>
        <source>With --map-json: also draw the map to &lt;file&gt; (.png or .svg).</source>
        <translation>与 --map-json 一起：同时把地图绘制到 &lt;file&gt;（.png 或 .svg）。</translation>
    </message>
    <message>
        <source>Cannot write “%1”.</source>
        <translation>无法写入“%1”。</translation>
    </message>
</context>
<context>
    <name>MapController</name>
    <message>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation>地图(&amp;M)</translation>
    </message>
    <message>
        <source>Map clusters</source>
        <translation>地图聚类</translation>
    </message>
    <message numerus="yes">
        <source>cluster:%1 · %2 · %n paper(s)</source>
        <translation>
            <numerusform>cluster:%1 · %2 · %n 篇论文</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapPipeline</name>
    <message numerus="yes">
        <source>Too few papers to draw a map: it needs at least %n.</source>
        <translation>
            <numerusform>论文太少，无法绘制地图：至少需要 %n 篇。</numerusform>
        </translation>
    </message>
    <message>
        <source>No map: the papers share too few distinguishing words (empty or identical abstracts?).</source>
        <translation>无法绘制地图：论文之间可区分的词太少（摘要为空或完全相同？）。</translation>
    </message>
    <message>
        <source>The map could not be laid out.</source>
        <translation>无法完成地图布局。</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Paper map</source>
        <translation>论文地图</translation>
    </message>
    <message>
        <source>The map is computed after the corpus loads…</source>
        <translation>语料加载后将计算地图…</translation>
    </message>
    <message>
        <source>Drawing the map: %1 (%2%)</source>
        <translation>正在绘制地图：%1（%2%）</translation>
    </message>
</context>
<context>
    <name>NavigationActions</name>
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
        <source>Search</source>
        <translation>搜索</translation>
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
</context>
<context>
    <name>NavigationController</name>
    <message>
        <source>&amp;Back</source>
        <translation>后退(&amp;B)</translation>
    </message>
    <message>
        <source>Back to the previous paper, query and filters</source>
        <translation>返回上一篇论文、查询和筛选条件</translation>
    </message>
    <message>
        <source>F&amp;orward</source>
        <translation>前进(&amp;O)</translation>
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
    <name>OpenReviewReader</name>
    <message>
        <source>Cannot read these OpenReview notes: %1</source>
        <translation>无法读取这些 OpenReview 笔记：%1</translation>
    </message>
    <message>
        <source>a note without a “content” object; skipped.</source>
        <translation>没有“content”对象的笔记；已跳过。</translation>
    </message>
    <message>
        <source>a note with neither a title nor an abstract; dropped.</source>
        <translation>既无标题也无摘要的笔记；已丢弃。</translation>
    </message>
</context>
<context>
    <name>PaperCopyActions</name>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Copy Papers</source>
        <translation>复制论文(&amp;C)</translation>
    </message>
    <message>
        <source>Copy as &amp;Markdown</source>
        <translation>复制为 Markdown(&amp;M)</translation>
    </message>
    <message>
        <source>Copy as &amp;BibTeX</source>
        <translation>复制为 BibTeX(&amp;B)</translation>
    </message>
    <message>
        <source>Copy Paper &amp;Ids</source>
        <translation>复制论文 ID(&amp;I)</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n paper(s)</source>
        <translation>
            <numerusform>已复制 %n 篇论文</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaperDelegate</name>
    <message>
        <source>truncated</source>
        <translation>已截断</translation>
    </message>
    <message>
        <source>TL;DR</source>
        <translation>TL;DR</translation>
    </message>
    <message>
        <source>ABS</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>In: %1</source>
        <translation>所在列表：%1</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>authors</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>tl;dr</source>
        <translation>摘要要点</translation>
    </message>
    <message>
        <source>abstract</source>
        <translation>摘要</translation>
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
        <translation>此记录没有摘要。</translation>
    </message>
    <message>
        <source>(no authors)</source>
        <translation>（无作者）</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>已加星标</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>已读</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>未读</translation>
    </message>
    <message>
        <source>In lists:</source>
        <translation>所在列表：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Line %1 · id %2</source>
        <translation>第 %1 行 · ID %2</translation>
    </message>
    <message>
        <source>truncated in the source file</source>
        <translation>在源文件中被截断</translation>
    </message>
    <message>
        <source>Similar papers</source>
        <translation>相似论文</translation>
    </message>
    <message>
        <source>Finding similar papers…</source>
        <translation>正在查找相似论文…</translation>
    </message>
    <message>
        <source>No paper in this corpus shares its terms.</source>
        <translation>此语料中没有与其包含相同词语的论文。</translation>
    </message>
    <message>
        <source>Categories:</source>
        <translation>分类：</translation>
    </message>
    <message>
        <source>Keywords:</source>
        <translation>关键词：</translation>
    </message>
    <message numerus="yes">
        <source>%n papers selected</source>
        <translation>
            <numerusform>已选择 %n 篇论文</numerusform>
        </translation>
    </message>
    <message>
        <source>More like these</source>
        <translation>更多类似论文</translation>
    </message>
    <message>
        <source>No other paper shares their terms.</source>
        <translation>没有其他论文与它们共享术语。</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Library problem</source>
        <translation>文献库问题</translation>
    </message>
    <message>
        <source>Skimmer cannot use your library:

%1</source>
        <translation>Skimmer 无法使用您的文献库：

%1</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>以只读方式打开</translation>
    </message>
    <message>
        <source>Start a New Library (keep the old file aside)</source>
        <translation>新建文献库（保留旧文件）</translation>
    </message>
    <message>
        <source>Continue Without Library</source>
        <translation>不使用文献库，继续</translation>
    </message>
    <message>
        <source>Could not move “%1” aside; continuing without a library.</source>
        <translation>无法将“%1”移到一旁；将在不使用文献库的情况下继续。</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>文献库</translation>
    </message>
    <message>
        <source>The old library was kept as “%1”.</source>
        <translation>旧文献库已保留为“%1”。</translation>
    </message>
    <message>
        <source>not a Skimmer list export (no &quot;format&quot;: &quot;%1&quot;)</source>
        <translation>不是 Skimmer 列表导出文件（缺少 &quot;format&quot;: &quot;%1&quot;）</translation>
    </message>
    <message>
        <source>written by a newer Skimmer (export version %1)</source>
        <translation>由较新版本的 Skimmer 写入（导出版本 %1）</translation>
    </message>
    <message>
        <source>the export has no list name</source>
        <translation>导出文件中没有列表名称</translation>
    </message>
    <message>
        <source>entry %1: no paper id</source>
        <translation>第 %1 个条目：没有论文 ID</translation>
    </message>
    <message>
        <source>cannot read the library “%1”: %2</source>
        <translation>无法读取文献库“%1”：%2</translation>
    </message>
    <message>
        <source>“%1” is not a Skimmer library (not an SQLite database); it was left untouched</source>
        <translation>“%1”不是 Skimmer 文献库（不是 SQLite 数据库）；未对其做任何改动</translation>
    </message>
    <message>
        <source>the library “%1” is damaged (%2); it was left untouched</source>
        <translation>文献库“%1”已损坏（%2）；未对其做任何改动</translation>
    </message>
    <message>
        <source>the library “%1” failed its integrity check (%2); it was left untouched</source>
        <translation>文献库“%1”未通过完整性检查（%2）；未对其做任何改动</translation>
    </message>
    <message>
        <source>the library “%1” was written by a newer Skimmer (schema %2, this one knows up to %3); it was left untouched</source>
        <translation>文献库“%1”由较新版本的 Skimmer 写入（架构版本 %2，当前版本最高支持 %3）；未对其做任何改动</translation>
    </message>
    <message>
        <source>%1 more problems</source>
        <translation>另有 %1 个问题</translation>
    </message>
    <message>
        <source>cannot read the library “%1”: %2; it was left untouched</source>
        <translation>无法读取文献库“%1”：%2；文件未被改动</translation>
    </message>
    <message>
        <source>Your library is open read-only:

%1</source>
        <translation>您的文献库以只读方式打开：

%1</translation>
    </message>
    <message>
        <source>not valid JSON at line %1, column %2: %3</source>
        <translation>第 %1 行第 %2 列不是有效的 JSON：%3</translation>
    </message>
    <message>
        <source>saved view %1: no name</source>
        <translation>保存的视图 %1：没有名称</translation>
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
    <name>RecordSink</name>
    <message>
        <source>a record with neither a title nor an abstract; dropped.</source>
        <translation>既无标题也无摘要的记录；已丢弃。</translation>
    </message>
    <message>
        <source>record %1: %2</source>
        <translation>第 %1 条记录：%2</translation>
    </message>
    <message>
        <source>%1 more problems were not listed.</source>
        <translation>另有 %1 个问题未列出。</translation>
    </message>
    <message>
        <source>No paper could be read from this %1 file (a paper needs a title or an abstract).</source>
        <translation>无法从此 %1 文件中读取任何论文（论文需要标题或摘要）。</translation>
    </message>
    <message>
        <source>First problem: %1</source>
        <translation>第一个问题：%1</translation>
    </message>
</context>
<context>
    <name>ResultsStatus</name>
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
    <message>
        <source>showing “%1”</source>
        <translation>正在显示“%1”</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) while reading</source>
        <translation>
            <numerusform>读取时发现 %n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <source>No corpus is open. Open one with File ▸ Open or drop a file here.</source>
        <translation>尚未打开语料。请通过“文件 ▸ 打开”打开，或将文件拖放到此处。</translation>
    </message>
    <message>
        <source>Nothing in “%1” yet.</source>
        <translation>“%1”中还没有内容。</translation>
    </message>
    <message>
        <source>No papers match “%1”. Try fewer words.</source>
        <translation>没有与“%1”匹配的论文。试试减少关键词。</translation>
    </message>
    <message>
        <source>No papers under the filters %1.</source>
        <translation>在筛选条件 %1 下没有论文。</translation>
    </message>
    <message>
        <source>No papers match “%1” under the filters %2.</source>
        <translation>在筛选条件 %2 下没有论文匹配“%1”。</translation>
    </message>
    <message>
        <source>Backspace removes “%1”.</source>
        <translation>退格键移除“%1”。</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Backspace removes “%1”.</source>
        <translation>Ctrl+Shift+Backspace 移除“%1”。</translation>
    </message>
    <message>
        <source>Ctrl+Shift+X clears every filter.</source>
        <translation>Ctrl+Shift+X 清除所有筛选条件。</translation>
    </message>
</context>
<context>
    <name>RisReader</name>
    <message>
        <source>a new record starts before the last one ended with ER; both are kept.</source>
        <translation>上一条记录尚未以 ER 结束就开始了新记录；两者均保留。</translation>
    </message>
    <message>
        <source>the tag %1 is outside a record (records start with TY); ignored.</source>
        <translation>标签 %1 位于记录之外（记录以 TY 开始）；已忽略。</translation>
    </message>
    <message>
        <source>the file ends inside a record (no ER); it is kept.</source>
        <translation>文件在记录中间结束（没有 ER）；该记录已保留。</translation>
    </message>
</context>
<context>
    <name>SavedView</name>
    <message numerus="yes">
        <source>%n author(s)</source>
        <translation>
            <numerusform>%n 位作者</numerusform>
        </translation>
    </message>
    <message>
        <source>in “%1”</source>
        <translation>在“%1”中</translation>
    </message>
    <message>
        <source>like “%1”</source>
        <translation>类似“%1”</translation>
    </message>
    <message>
        <source>sorted</source>
        <translation>已排序</translation>
    </message>
    <message>
        <source>all papers</source>
        <translation>全部论文</translation>
    </message>
</context>
<context>
    <name>SavedViewUndo</name>
    <message>
        <source>Saved the view %1</source>
        <translation>已保存视图 %1</translation>
    </message>
    <message>
        <source>save the view %1</source>
        <translation>保存视图 %1</translation>
    </message>
    <message>
        <source>Replaced the view %1</source>
        <translation>已替换视图 %1</translation>
    </message>
    <message>
        <source>replace the view %1</source>
        <translation>替换视图 %1</translation>
    </message>
    <message>
        <source>Renamed the view %1 to %2</source>
        <translation>已将视图 %1 重命名为 %2</translation>
    </message>
    <message>
        <source>rename the view %1 to %2</source>
        <translation>将视图 %1 重命名为 %2</translation>
    </message>
    <message>
        <source>Moved the view %1</source>
        <translation>已移动视图 %1</translation>
    </message>
    <message>
        <source>move the view %1</source>
        <translation>移动视图 %1</translation>
    </message>
    <message>
        <source>Deleted the view %1</source>
        <translation>已删除视图 %1</translation>
    </message>
    <message>
        <source>delete the view %1</source>
        <translation>删除视图 %1</translation>
    </message>
</context>
<context>
    <name>SavedViewsController</name>
    <message>
        <source>&amp;Save Current View…</source>
        <translation>保存当前视图(&amp;S)…</translation>
    </message>
    <message>
        <source>Keep the query, facets, scope and sort under a name</source>
        <translation>以一个名称保存查询、分面、范围和排序</translation>
    </message>
    <message>
        <source>&amp;Manage Views…</source>
        <translation>管理视图(&amp;M)…</translation>
    </message>
    <message>
        <source>No saved views</source>
        <translation>没有保存的视图</translation>
    </message>
    <message>
        <source>Save Current View</source>
        <translation>保存当前视图</translation>
    </message>
    <message>
        <source>Name of the view (a taken name is replaced):</source>
        <translation>视图名称（已用的名称会被替换）：</translation>
    </message>
    <message>
        <source>not in this corpus: %1</source>
        <translation>不在此语料库中：%1</translation>
    </message>
    <message>
        <source>no list “%1”</source>
        <translation>没有列表“%1”</translation>
    </message>
    <message>
        <source>cannot sort like “%1”</source>
        <translation>无法按“%1”的相似度排序</translation>
    </message>
    <message>
        <source>View “%1”</source>
        <translation>视图“%1”</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>Last session, not restored: %1</source>
        <translation>上次会话中未能恢复：%1</translation>
    </message>
</context>
<context>
    <name>SavedViewsDialog</name>
    <message>
        <source>Saved Views</source>
        <translation>保存的视图</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>保存的视图</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>重命名(&amp;R)</translation>
    </message>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+上</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation>Alt+下</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>删除(&amp;L)</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>Re&amp;call</source>
        <translation>调出(&amp;C)</translation>
    </message>
    <message>
        <source>Enter recalls a view; F2 renames it, Alt+Up and Alt+Down move it, Delete deletes it; Ctrl+Z undoes.</source>
        <translation>回车调出视图；F2 重命名，Alt+上 和 Alt+下 移动，Delete 删除；Ctrl+Z 撤销。</translation>
    </message>
    <message>
        <source>No saved views yet: Views ▸ Save Current View… (Ctrl+Alt+S) saves the query, facets, scope and sort under a name.</source>
        <translation>还没有保存的视图：视图 ▸ 保存当前视图…（Ctrl+Alt+S）会以一个名称保存查询、分面、范围和排序。</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Search: words, &quot;a phrase&quot;, author:name, -exclude, this OR that</source>
        <translation>搜索：词语、&quot;短语&quot;、author:姓名、-排除词、this OR that</translation>
    </message>
    <message>
        <source>&lt;p&gt;Every word must match; a word matches words starting with it, ignoring case and accents (&lt;i&gt;scholkopf&lt;/i&gt; finds Schölkopf).&lt;/p&gt;&lt;p&gt;&lt;b&gt;&quot;graph neural&quot;&lt;/b&gt; words in a row · &lt;b&gt;-word&lt;/b&gt; or &lt;b&gt;-&quot;a phrase&quot;&lt;/b&gt; exclude · &lt;b&gt;author:levine&lt;/b&gt;, &lt;b&gt;a:&lt;/b&gt;, &lt;b&gt;tldr:&lt;/b&gt;, &lt;b&gt;abstract:&lt;/b&gt; one field · &lt;b&gt;graph OR tree neural&lt;/b&gt; either of two, then AND.&lt;/p&gt;</source>
        <translation>&lt;p&gt;每个词都必须匹配；一个词可匹配以它开头的词，不区分大小写和重音符号（&lt;i&gt;scholkopf&lt;/i&gt; 可找到 Schölkopf）。&lt;/p&gt;&lt;p&gt;&lt;b&gt;&quot;graph neural&quot;&lt;/b&gt; 词语连续出现 · &lt;b&gt;-word&lt;/b&gt; 或 &lt;b&gt;-&quot;a phrase&quot;&lt;/b&gt; 排除 · &lt;b&gt;author:levine&lt;/b&gt;、&lt;b&gt;a:&lt;/b&gt;、&lt;b&gt;tldr:&lt;/b&gt;、&lt;b&gt;abstract:&lt;/b&gt; 只搜索单个字段 · &lt;b&gt;graph OR tree neural&lt;/b&gt; 两者之一，再与其余词 AND 组合。&lt;/p&gt;</translation>
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
    <name>SessionController</name>
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
    <message>
        <source>No action or key matches “%1”.</source>
        <translation>没有操作或按键匹配“%1”。</translation>
    </message>
</context>
<context>
    <name>SortMenu</name>
    <message>
        <source>&amp;Sort</source>
        <translation>排序(&amp;S)</translation>
    </message>
    <message>
        <source>By &amp;Relevance</source>
        <translation>按相关度(&amp;R)</translation>
    </message>
    <message>
        <source>In &amp;Corpus Order</source>
        <translation>按语料顺序(&amp;C)</translation>
    </message>
    <message>
        <source>By &amp;First Author</source>
        <translation>按第一作者(&amp;F)</translation>
    </message>
    <message>
        <source>By &amp;Number of Authors</source>
        <translation>按作者人数(&amp;N)</translation>
    </message>
    <message>
        <source>R&amp;everse Order</source>
        <translation>倒序(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;%1 Like “%2”</source>
        <translation>&amp;%1 类似“%2”</translation>
    </message>
    <message>
        <source>Like “%1”</source>
        <translation>类似“%1”</translation>
    </message>
</context>
<context>
    <name>TexConverter</name>
    <message>
        <source>[link]</source>
        <translation>[链接]</translation>
    </message>
</context>
<context>
    <name>TriageController</name>
    <message>
        <source>&amp;Triage</source>
        <translation>分拣(&amp;T)</translation>
    </message>
    <message>
        <source>One paper at a time over the current results: keep, skip, star, not relevant</source>
        <translation>在当前结果中逐篇处理：保留、跳过、加星、无关</translation>
    </message>
    <message>
        <source>Triage: no papers to go through; search or clear the filters first.</source>
        <translation>分拣：没有可处理的论文；请先搜索或清除筛选。</translation>
    </message>
    <message>
        <source>Triage needs a library that can be written.</source>
        <translation>分拣需要可写入的文献库。</translation>
    </message>
    <message>
        <source>Triage: %1</source>
        <translation>分拣：%1</translation>
    </message>
    <message>
        <source>nothing to triage</source>
        <translation>没有可分拣的内容</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>第 %1 篇，共 %2 篇</translation>
    </message>
    <message numerus="yes">
        <source>%n kept</source>
        <translation>
            <numerusform>已保留 %n 篇</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>已跳过 %n 篇</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not relevant</source>
        <translation>
            <numerusform>%n 篇无关</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n starred</source>
        <translation>
            <numerusform>已加星 %n 篇</numerusform>
        </translation>
    </message>
    <message>
        <source>kept</source>
        <translation>已保留</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>not relevant</source>
        <translation>无关</translation>
    </message>
    <message>
        <source>%1 — this paper: %2</source>
        <translation>%1 — 本篇：%2</translation>
    </message>
    <message>
        <source>Library: %1</source>
        <translation>文献库：%1</translation>
    </message>
    <message>
        <source>Triage: that was the last paper; Esc goes back to the list.</source>
        <translation>分拣：这是最后一篇论文；按 Esc 返回列表。</translation>
    </message>
    <message>
        <source>Keep papers in list</source>
        <translation>保留论文到列表</translation>
    </message>
    <message>
        <source>not relevant for “%1”</source>
        <translation>与“%1”无关</translation>
    </message>
    <message>
        <source>Not relevant for “%1”</source>
        <translation>与“%1”无关</translation>
    </message>
    <message>
        <source>Add the paper to list</source>
        <translation>将论文添加到列表</translation>
    </message>
    <message>
        <source>Triage: nothing to undo in this pass.</source>
        <translation>分拣：本轮没有可撤销的操作。</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>已撤销：%1</translation>
    </message>
    <message>
        <source>Most uncertain first needs the similar-papers index, still being computed; try again in a moment.</source>
        <translation>“最不确定的优先”需要相似论文索引，仍在计算中；请稍后再试。</translation>
    </message>
    <message>
        <source>Most uncertain first: keep a paper in “%1” first, so there is something to learn from.</source>
        <translation>最不确定的优先：请先在“%1”中保留一篇论文，才有可学习的内容。</translation>
    </message>
    <message>
        <source>learning from “%1”…</source>
        <translation>正在从“%1”学习…</translation>
    </message>
    <message>
        <source>like “%1”: %2</source>
        <translation>类似“%1”：%2</translation>
    </message>
</context>
<context>
    <name>TriageView</name>
    <message>
        <source>Triage</source>
        <translation>分拣</translation>
    </message>
    <message>
        <source>Current ranking</source>
        <translation>当前排序</translation>
    </message>
    <message>
        <source>Most uncertain first</source>
        <translation>最不确定的优先</translation>
    </message>
    <message>
        <source>O switches the order. Most uncertain first needs a keep list the classifier can learn from.</source>
        <translation>O 切换顺序。“最不确定的优先”需要一个分类器可以学习的保留列表。</translation>
    </message>
    <message>
        <source>Order:</source>
        <translation>顺序：</translation>
    </message>
    <message>
        <source>The paper being triaged</source>
        <translation>正在分拣的论文</translation>
    </message>
    <message>
        <source>keep (choose a list)</source>
        <translation>保留（选择列表）</translation>
    </message>
    <message>
        <source>keep in “%1”</source>
        <translation>保留到“%1”</translation>
    </message>
    <message>
        <source>skip (mark read)</source>
        <translation>跳过（标为已读）</translation>
    </message>
    <message>
        <source>F or *</source>
        <translation>F 或 *</translation>
    </message>
    <message>
        <source>star</source>
        <translation>加星</translation>
    </message>
    <message>
        <source>not relevant</source>
        <translation>无关</translation>
    </message>
    <message>
        <source>add to another list</source>
        <translation>添加到其他列表</translation>
    </message>
    <message>
        <source>U or Ctrl+Z</source>
        <translation>U 或 Ctrl+Z</translation>
    </message>
    <message>
        <source>undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>previous, next</source>
        <translation>上一篇、下一篇</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>空格</translation>
    </message>
    <message>
        <source>scroll</source>
        <translation>滚动</translation>
    </message>
    <message>
        <source>Shift+K</source>
        <translation>Shift+K</translation>
    </message>
    <message>
        <source>other keep list</source>
        <translation>其他保留列表</translation>
    </message>
    <message>
        <source>order</source>
        <translation>顺序</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>back to the list</source>
        <translation>返回列表</translation>
    </message>
</context>
<context>
    <name>UndoHistoryDock</name>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Library as opened</source>
        <translation>打开时的文献库</translation>
    </message>
    <message>
        <source>Library history</source>
        <translation>文献库历史记录</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>历史记录(&amp;H)</translation>
    </message>
</context>
<context>
    <name>ViewActions</name>
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
</context>
<context>
    <name>YearHistogram</name>
    <message>
        <source>Years</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Left/Right choose a year, Shift extends a range, Enter applies, Esc clears</source>
        <translation>左/右选择年份，Shift 扩展范围，回车应用，Esc 清除</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n paper(s)</source>
        <translation>
            <numerusform>%1：%n 篇论文</numerusform>
        </translation>
    </message>
</context>
</TS>
