#include "acronyms/acronymminer.h"

#include "corpus/corpus.h"
#include "search/tokenizer.h"
#include "text/parallelchunks.h"
#include "text/stopwords.h"

#include <QHash>

#include <array>

#include <cstring>

namespace {

constexpr qsizetype kMaxAcronym = 10;
constexpr qsizetype kLookBack = 160; // bytes before the parenthesis that may hold the expansion

bool isFunctionWord(const QByteArray &w)
{
    static const QList<QByteArray> words = {"a", "an", "and", "at", "by", "for", "from", "in", "of", "on", "the", "to", "via", "with"};
    return words.contains(w);
}

bool isUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool isLower(char c) { return c >= 'a' && c <= 'z'; }

// The acronym inside "(…)" or before it: letters only, at least two capitals, the first a capital.
bool acronymShape(QByteArrayView raw, QByteArray *text)
{
    QByteArray s = raw.toByteArray();
    const auto capitals = [](const QByteArray &t) { return std::count_if(t.begin(), t.end(), isUpper); };
    if (s.size() > 2 && s.endsWith('s') && capitals(s.left(s.size() - 1)) >= 2)
        s.chop(1); // GNNs, ResFlows
    if (s.size() < 2 || s.size() > kMaxAcronym || !isUpper(s.front()) || capitals(s) < 2)
        return false;
    if (!std::all_of(s.begin(), s.end(), [](char c) { return isUpper(c) || isLower(c); }))
        return false;
    *text = s;
    return true;
}

// "ResFlow" → res, flow; "GNN" → g, n, n: what each word must start with.
QList<QByteArray> pieces(const QByteArray &acronym, bool byCapitals)
{
    QList<QByteArray> out;
    for (char c : acronym) {
        if (!byCapitals || isUpper(c) || out.isEmpty())
            out.append(QByteArray(1, char(c | 0x20)));
        else
            out.last().append(c);
    }
    return out;
}

// How many of the last words the pieces spell, right to left; 0 when they do not.
qsizetype matchTail(const QList<QByteArray> &words, const QList<QByteArray> &pieces)
{
    qsizetype i = pieces.size() - 1, j = words.size() - 1, skipped = 0;
    while (i >= 0) {
        if (j < 0)
            return 0;
        if (words[j].startsWith(pieces[i]))
            --i, --j;
        else if (i < pieces.size() - 1 && isFunctionWord(words[j]) && ++skipped <= 2)
            --j;
        else
            return 0;
    }
    return isFunctionWord(words[j + 1]) ? 0 : words.size() - 1 - j;
}

// Folded words of a stretch of text; empty when one holds a digit (a number is no expansion).
QList<QByteArray> wordsOf(QByteArrayView text)
{
    QList<QByteArray> out;
    bool digits = false;
    std::string buf;
    Tokenizer::forEachToken(std::string_view(text.data(), size_t(text.size())), buf, [&](std::string_view t) {
        digits |= std::any_of(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; });
        out.append(QByteArray(t.data(), qsizetype(t.size())));
    });
    return digits ? QList<QByteArray>() : out;
}

// The expansion the acronym makes of the words (the last ones, or all with `whole`), or nothing.
std::optional<AcronymMiner::Candidate> match(const QByteArray &acronym, const QList<QByteArray> &words, bool whole)
{
    for (bool byCapitals : {false, true}) {
        if (byCapitals && std::all_of(acronym.begin(), acronym.end(), isUpper))
            break;
        const qsizetype n = matchTail(words, pieces(acronym, byCapitals));
        if (n == 0 || (whole && n != words.size()))
            continue;
        AcronymMiner::Candidate c{acronym.toLower(), QString::fromLatin1(acronym), words.mid(words.size() - n)};
        c.words.last() = AcronymTable::singular(c.words.last());
        if (StopWords::contains(QString::fromLatin1(c.acronym)))
            return std::nullopt; // "IT", "ON": a word, not an acronym, for a query
        return c;
    }
    return std::nullopt;
}

qsizetype clauseStart(QByteArrayView text, qsizetype before)
{
    const qsizetype limit = std::max<qsizetype>(0, before - kLookBack);
    for (qsizetype i = before - 1; i >= limit; --i)
        if (std::strchr(".,;:()[]{}\"!?\n", text[i]) && text[i] != '\0')
            return i + 1;
    return limit;
}

// Counts the lower-case words of a text that are one of the acronyms ("map" for MAP).
class LowercaseUses
{
public:
    explicit LowercaseUses(const QList<AcronymTable::Pair> &pairs)
    {
        for (const auto &p : pairs) {
            m_counts.insert(p.acronym, 0);
            m_firstTwo[size_t(p.acronym[0] - 'a') * 26 + size_t(p.acronym[1] - 'a')] = true;
        }
    }
    void count(QByteArrayView text)
    {
        const char *p = text.data(), *end = p + text.size();
        while (p < end) {
            if (!isLower(*p)) {
                ++p;
                continue;
            }
            const char *q = p;
            while (q < end && isLower(*q))
                ++q;
            const bool word = (p == text.data() || !isUpper(p[-1])) && (q == end || !isUpper(*q));
            if (word && q - p >= 2 && q - p <= kMaxAcronym && m_firstTwo[size_t(p[0] - 'a') * 26 + size_t(p[1] - 'a')]) {
                auto it = m_counts.find(QByteArray::fromRawData(p, q - p));
                if (it != m_counts.end())
                    ++*it;
            }
            p = q;
        }
    }
    int uses(const QByteArray &acronym) const { return m_counts.value(acronym); }
    void add(const LowercaseUses &other)
    {
        for (auto it = other.m_counts.cbegin(); it != other.m_counts.cend(); ++it)
            m_counts[it.key()] += it.value();
    }

private:
    QHash<QByteArray, int> m_counts;
    std::array<bool, 26 * 26> m_firstTwo{};
};

// Calls f(UTF-8 text) for the tl;dr, abstract and title of each paper in [begin, end); false when cancelled.
template<typename F>
bool forEachText(const Corpus &corpus, size_t begin, size_t end, const std::atomic<bool> *cancel, F &&f)
{
    for (size_t i = begin; i < end; ++i) {
        if ((i & 1023) == 0 && cancel && cancel->load())
            return false;
        const Corpus::Record &r = corpus.record(qsizetype(i));
        for (const Corpus::Span &span : {r.tldr, r.abstract})
            if (!span.isNull())
                f(corpus.utf8(span));
        if (corpus.hasMetadata() && !corpus.metadata(qsizetype(i)).title.isNull())
            f(corpus.utf8(corpus.metadata(qsizetype(i)).title));
    }
    return true;
}

} // namespace

QList<AcronymMiner::Candidate> AcronymMiner::scan(QByteArrayView text)
{
    QList<Candidate> out;
    for (qsizetype open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
        const qsizetype close = text.indexOf(')', open + 1);
        if (close < 0)
            break;
        const QByteArrayView inner = text.sliced(open + 1, close - open - 1);
        QByteArray acronym;
        if (inner.size() <= kMaxAcronym + 1 && acronymShape(inner, &acronym)) {
            // graph neural networks (GNNs)
            const qsizetype from = clauseStart(text, open);
            if (auto c = match(acronym, wordsOf(text.sliced(from, open - from)), false))
                out.append(*c);
            continue;
        }
        // GNN (graph neural network): the acronym is the word right before the parenthesis.
        qsizetype end = open;
        while (end > 0 && text[end - 1] == ' ')
            --end;
        qsizetype begin = end;
        while (begin > 0 && (isUpper(text[begin - 1]) || isLower(text[begin - 1])))
            --begin;
        if (begin < end && inner.size() < kLookBack && acronymShape(text.sliced(begin, end - begin), &acronym))
            if (auto c = match(acronym, wordsOf(inner), true))
                out.append(*c);
    }
    return out;
}

QList<AcronymTable::Pair> AcronymMiner::collect(const QList<Candidate> &candidates)
{
    struct Seen
    {
        QList<QByteArray> words;
        int count = 0;
        QHash<QString, int> spellings;
    };
    QList<QByteArray> order;                             // acronyms by first definition
    QHash<QByteArray, QList<Seen>> byAcronym;            // their expansions by first definition
    for (const Candidate &c : candidates) {
        auto it = byAcronym.find(c.acronym);
        if (it == byAcronym.end()) {
            order.append(c.acronym);
            it = byAcronym.insert(c.acronym, {});
        }
        auto seen = std::find_if(it->begin(), it->end(), [&](const Seen &s) { return s.words == c.words; });
        if (seen == it->end())
            seen = it->insert(it->end(), Seen{c.words, 0, {}});
        ++seen->count;
        ++seen->spellings[c.acronymText];
    }
    QList<AcronymTable::Pair> pairs;
    for (const QByteArray &acronym : order) {
        const QList<Seen> &all = byAcronym[acronym];
        const int best = std::max_element(all.begin(), all.end(), [](const Seen &a, const Seen &b) { return a.count < b.count; })->count;
        for (const Seen &s : all) {
            if (s.count != best && s.count < 2)
                continue;
            QString text;
            int most = 0;
            for (auto sp = s.spellings.cbegin(); sp != s.spellings.cend(); ++sp)
                if (sp.value() > most || (sp.value() == most && sp.key() < text))
                    text = sp.key(), most = sp.value();
            pairs.append({acronym, text, s.words, s.count});
        }
    }
    return pairs;
}

std::shared_ptr<const AcronymTable> AcronymMiner::mine(const Corpus &corpus, const std::atomic<bool> *cancel)
{
    const ParallelChunks chunks(size_t(corpus.size()), 4096);
    std::vector<QList<Candidate>> found(chunks.count());
    std::atomic<bool> stopped = false;
    chunks.run([&](size_t chunk, size_t begin, size_t end) {
        if (!forEachText(corpus, begin, end, cancel, [&](QByteArrayView text) { found[chunk] += scan(text); }))
            stopped = true;
    });
    if (stopped)
        return nullptr;
    QList<Candidate> all;
    for (const auto &part : found)
        all += part;
    QList<AcronymTable::Pair> pairs = collect(all);
    // An acronym the corpus also writes as a lower-case word ("feature map" beside MAP) would widen
    // every search for that word: left out.
    std::vector<LowercaseUses> uses(chunks.count(), LowercaseUses(pairs));
    chunks.run([&](size_t chunk, size_t begin, size_t end) {
        if (!forEachText(corpus, begin, end, cancel, [&](QByteArrayView text) { uses[chunk].count(text); }))
            stopped = true;
    });
    if (stopped)
        return nullptr;
    for (size_t c = 1; c < uses.size(); ++c)
        uses[0].add(uses[c]);
    pairs.removeIf([&](const AcronymTable::Pair &p) { return uses[0].uses(p.acronym) >= 2; });
    return std::make_shared<const AcronymTable>(std::move(pairs));
}
