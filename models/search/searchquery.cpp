#include "search/searchquery.h"

#include "search/tokenizer.h"

// The query language (also in README.md, "Searching"):
//
//   graph neural            every word must match (AND)
//   extrapolat              a word matches words starting with it, ignoring case and accents:
//                           `scholkopf` finds "Schölkopf", `gnn` finds "GNNs"
//   "graph neural"          a phrase: the words consecutive, each a whole word; while the closing
//                           quote is missing the last word is still a prefix
//   model-based, GPT-3      a word with inner punctuation is a phrase of its parts, the last a prefix
//   -word  -"a phrase"      exclude papers that match
//   author:levine  a:levine restrict the next word or phrase to a field; also tldr: and abstract:
//   author:"sergey levine"
//   title:graph  t:graph    fields of formats that carry them: title:, venue:, cat: (category:),
//   venue:iclr  cat:cs.LG   keyword:, doi:; a word without a prefix searches authors, tl;dr,
//   keyword:"graph neural"  abstract, title and keywords (a title hit ranks above a tl;dr hit)
//   year:2019               papers of that year; year:2015..2019 a range (both ends included),
//   year:2015.. ..2019      open at one end; -year:2019 excludes; a year takes no part in OR
//   list:NAME  list:"to read"  the papers of a reading list of the library (names ignore case);
//   is:starred  is:read     is:bookmarked is is:starred; is:unread the papers not marked read;
//   is:unread               all negatable (-list:B) and combinable with OR (list:A OR is:starred)
//   cluster:7  cluster:2.15 the papers of a cluster of the paper map: N alone is cluster N of the
//                           overview level (the ids --map-json writes), L.N cluster N of level L
//                           (1 = the coarsest); no papers until the map is computed
//   graph OR tree neural    OR (upper case) between two items: either; binds tighter than AND,
//                           so this is (graph OR tree) AND neural
//
// Forgiving rules while typing: an unbalanced quote closes at the end; a dangling OR (first, last,
// doubled, or next to an excluded item) is ignored; a lone `-` is ignored; a field prefix with
// nothing after it (`author:`) is ignored, and `author: levine` applies to the next item; words that
// contain no letters or digits (`;`, `--`) are ignored; an empty query matches every paper; a year
// that is not four digits yet (`year:20`) is ignored.
namespace {

struct Item
{
    SearchQuery::Phrase phrase;
    bool excluded = false;
    bool isOr = false;
    int yearFrom = 0;
    int yearTo = 0;
    qsizetype start = 0; // where the item begins in the text (with its `-`) and its length
    qsizetype length = 0;
};

// readFieldPrefix's answers for `year:`, `list:` and `is:`, not field masks
constexpr quint8 kYearField = 0xFF;
constexpr quint8 kListField = 0xFE;
constexpr quint8 kIsField = 0xFD;
constexpr quint8 kClusterField = 0xFC;
constexpr int kMaxClusterLevels = 9;

// "7" -> overview level, cluster 7; "2.15" -> level index 1, cluster 15; false for anything else.
bool parseCluster(QStringView s, int *level, int *id)
{
    const qsizetype dot = s.indexOf(u'.');
    bool okLevel = true, okId = false;
    const int l = dot < 0 ? 1 : s.first(dot).toInt(&okLevel);
    const int n = (dot < 0 ? s : s.sliced(dot + 1)).toInt(&okId);
    if (!okLevel || !okId || l < 1 || l > kMaxClusterLevels || n < 0)
        return false;
    *level = l - 1;
    *id = n;
    return true;
}

SearchQuery::Library markOf(QStringView word)
{
    static const std::pair<const char16_t *, SearchQuery::Library> marks[] = {
        {u"starred", SearchQuery::Library::Starred}, {u"star", SearchQuery::Library::Starred},
        {u"bookmarked", SearchQuery::Library::Starred}, {u"read", SearchQuery::Library::Read},
        {u"unread", SearchQuery::Library::Unread}};
    for (const auto &[n, m] : marks) {
        if (word.compare(QStringView(n), Qt::CaseInsensitive) == 0)
            return m;
    }
    return SearchQuery::Library::None;
}

int yearOf(QStringView s)
{
    bool ok = false;
    const int y = s.size() == 4 ? s.toInt(&ok) : 0;
    return ok && y > 0 ? y : -1;
}

// "2019", "2015..2019", "2015..", "..2019" into [from, to]; false for anything else.
bool parseYears(QStringView s, int *from, int *to)
{
    const qsizetype dots = s.indexOf(u"..");
    const int a = dots < 0 ? yearOf(s) : dots == 0 ? 1 : yearOf(s.first(dots));
    const int b = dots < 0 ? a : dots + 2 == s.size() ? 9999 : yearOf(s.sliced(dots + 2));
    if (a < 0 || b < 0 || (dots == 0 && dots + 2 == s.size()))
        return false;
    *from = std::min(a, b);
    *to = std::max(a, b);
    return true;
}

quint8 fieldOf(QStringView name)
{
    if (name.compare(u"author", Qt::CaseInsensitive) == 0 || name.compare(u"a", Qt::CaseInsensitive) == 0
        || name.compare(u"authors", Qt::CaseInsensitive) == 0)
        return SearchQuery::Authors;
    if (name.compare(u"tldr", Qt::CaseInsensitive) == 0)
        return SearchQuery::Tldr;
    if (name.compare(u"abstract", Qt::CaseInsensitive) == 0)
        return SearchQuery::Abstract;
    static const std::pair<const char16_t *, quint8> more[] = {
        {u"title", SearchQuery::Title}, {u"t", SearchQuery::Title}, {u"venue", SearchQuery::Venue},
        {u"cat", SearchQuery::Categories}, {u"category", SearchQuery::Categories},
        {u"keyword", SearchQuery::Keywords}, {u"keywords", SearchQuery::Keywords}, {u"doi", SearchQuery::Doi},
        {u"year", kYearField}, {u"list", kListField}, {u"is", kIsField},
        {u"cluster", kClusterField}};
    for (const auto &[n, f] : more) {
        if (name.compare(QStringView(n), Qt::CaseInsensitive) == 0)
            return f;
    }
    return 0;
}

class Lexer
{
public:
    explicit Lexer(QStringView text) : m_text(text) { }

    // The next item, or false at the end of the text.
    bool next(Item *item)
    {
        for (;;) {
            skipSpace();
            if (m_pos >= m_text.size())
                return false;
            *item = Item{};
            item->start = m_pos;
            quint8 fields = 0;
            while (m_pos < m_text.size() && m_text[m_pos] == u'-') {
                item->excluded = true;
                ++m_pos;
            }
            fields = readFieldPrefix();
            if (fields && (m_pos >= m_text.size() || m_text[m_pos].isSpace())) {
                skipSpace(); // "author: levine" applies to the next item; "author:" alone is dropped
                if (m_pos >= m_text.size())
                    return false;
            }
            if (fields == kYearField) {
                const QStringView years = readWord();
                item->length = m_pos - item->start;
                if (parseYears(years, &item->yearFrom, &item->yearTo))
                    return true;
                continue;
            }
            if (fields == kClusterField) {
                const QStringView body = readWord();
                item->length = m_pos - item->start;
                item->phrase = {};
                item->phrase.fields = 0;
                item->phrase.lastIsPrefix = false;
                item->phrase.library = SearchQuery::Library::Cluster;
                if (parseCluster(body, &item->phrase.clusterLevel, &item->phrase.clusterId))
                    return true;
                continue;
            }
            if (fields == kListField || fields == kIsField) {
                const bool quoted = m_pos < m_text.size() && m_text[m_pos] == u'"';
                bool unclosed = false;
                const QString body = (quoted ? readQuoted(&unclosed) : readWord()).trimmed().toString();
                item->length = m_pos - item->start;
                item->phrase = {};
                item->phrase.fields = 0;
                item->phrase.lastIsPrefix = false;
                if (fields == kListField && !body.isEmpty()) {
                    item->phrase.library = SearchQuery::Library::List;
                    item->phrase.listName = body;
                    return true;
                }
                if (fields == kIsField && (item->phrase.library = markOf(body)) != SearchQuery::Library::None)
                    return true;
                continue;
            }
            item->phrase.fields = fields ? fields : quint8(SearchQuery::AnyField);
            const bool quoted = m_pos < m_text.size() && m_text[m_pos] == u'"';
            const QStringView body = quoted ? readQuoted(&item->phrase.lastIsPrefix) : readWord();
            if (!quoted && !item->excluded && !fields && body == u"OR") {
                item->isOr = true;
                return true;
            }
            item->length = m_pos - item->start;
            for (const Tokenizer::Token &t : Tokenizer::tokenize(body))
                item->phrase.words.append(t.folded);
            if (!item->phrase.words.isEmpty())
                return true;
        }
    }

private:
    void skipSpace()
    {
        while (m_pos < m_text.size() && m_text[m_pos].isSpace())
            ++m_pos;
    }
    quint8 readFieldPrefix()
    {
        qsizetype end = m_pos;
        while (end < m_text.size() && end - m_pos < 9 && m_text[end].isLetter())
            ++end;
        if (end >= m_text.size() || m_text[end] != u':')
            return 0;
        const quint8 f = fieldOf(m_text.sliced(m_pos, end - m_pos));
        if (f)
            m_pos = end + 1;
        return f;
    }
    QStringView readQuoted(bool *unclosed)
    {
        const qsizetype start = ++m_pos;
        const qsizetype close = m_text.indexOf(u'"', start);
        *unclosed = close < 0;
        m_pos = close < 0 ? m_text.size() : close + 1;
        return m_text.sliced(start, (close < 0 ? m_text.size() : close) - start);
    }
    QStringView readWord()
    {
        const qsizetype start = m_pos;
        while (m_pos < m_text.size() && !m_text[m_pos].isSpace() && m_text[m_pos] != u'"')
            ++m_pos;
        return m_text.sliced(start, m_pos - start);
    }

    QStringView m_text;
    qsizetype m_pos = 0;
};

} // namespace

SearchQuery SearchQuery::parse(QStringView text)
{
    SearchQuery query;
    Lexer lexer(text);
    Item item;
    bool pendingOr = false;
    while (lexer.next(&item)) {
        if (item.isOr) {
            pendingOr = !query.clauses.isEmpty() && !query.clauses.last().excluded;
            continue;
        }
        if (item.yearFrom > 0) {
            Clause year{{}, item.excluded};
            year.yearFrom = item.yearFrom;
            year.yearTo = item.yearTo;
            query.clauses.append(year);
        } else if (pendingOr && !item.excluded && !query.clauses.last().isYear()) {
            query.clauses.last().alternatives.append(item.phrase);
        } else {
            query.clauses.append(Clause{{item.phrase}, item.excluded});
        }
        pendingOr = false;
    }
    return query;
}

QList<SearchQuery::LibrarySpan> SearchQuery::librarySpans(QStringView text)
{
    QList<LibrarySpan> spans;
    Lexer lexer(text);
    Item item;
    while (lexer.next(&item)) {
        if (!item.isOr && item.yearFrom == 0 && item.phrase.isLibrary())
            spans.append({item.start, item.length, item.phrase, item.excluded});
    }
    return spans;
}

bool SearchQuery::hasLibraryTerms() const
{
    for (const Clause &c : clauses) {
        for (const Phrase &p : c.alternatives) {
            if (p.isLibrary())
                return true;
        }
    }
    return false;
}

QStringList SearchQuery::listNames() const
{
    QStringList names;
    for (const Clause &c : clauses) {
        for (const Phrase &p : c.alternatives) {
            if (p.library == Library::List && !names.contains(p.listName, Qt::CaseInsensitive))
                names.append(p.listName);
        }
    }
    return names;
}

bool SearchQuery::hasPositiveClause() const
{
    return std::any_of(clauses.cbegin(), clauses.cend(), [](const Clause &c) { return !c.excluded; });
}

QString SearchQuery::toString() const
{
    QStringList parts;
    for (const Clause &c : clauses) {
        QStringList alternatives;
        if (c.isYear())
            alternatives << QStringLiteral("year:%1..%2").arg(c.yearFrom).arg(c.yearTo);
        for (const Phrase &p : c.alternatives) {
            if (p.isLibrary()) {
                static const char *const kMarks[] = {"", "", "is:starred", "is:read", "is:unread", ""};
                if (p.library == Library::Cluster)
                    alternatives << QStringLiteral("cluster:%1.%2").arg(p.clusterLevel + 1).arg(p.clusterId);
                else
                    alternatives << (p.library == Library::List ? QStringLiteral("list:\"%1\"").arg(p.listName)
                                                                : QLatin1String(kMarks[int(p.library)]));
                continue;
            }
            QString s;
            if (p.fields != AnyField) {
                QStringList names;
                static const std::pair<quint8, const char *> kNames[] = {
                    {Authors, "author"}, {Tldr, "tldr"}, {Abstract, "abstract"}, {Title, "title"},
                    {Venue, "venue"}, {Categories, "cat"}, {Keywords, "keyword"}, {Doi, "doi"}};
                for (const auto &[bit, name] : kNames) {
                    if (p.fields & bit)
                        names << QLatin1String(name);
                }
                s = names.join(QLatin1Char('|')) + QLatin1Char(':');
            }
            QStringList words;
            for (const QByteArray &w : p.words)
                words << QString::fromUtf8(w);
            QString body = words.join(QLatin1Char(' ')) + (p.lastIsPrefix ? QStringLiteral("*") : QString());
            s += p.words.size() > 1 ? QLatin1Char('"') + body + QLatin1Char('"') : body;
            alternatives << s;
        }
        const QString joined = alternatives.join(QStringLiteral(" | "));
        parts << (c.excluded ? QStringLiteral("-") : QString())
                + (alternatives.size() > 1 ? QLatin1Char('(') + joined + QLatin1Char(')') : joined);
    }
    return parts.join(QLatin1Char(' '));
}
