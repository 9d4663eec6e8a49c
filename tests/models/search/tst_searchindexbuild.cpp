// The index builder against a reference built the obvious way (ordered maps over the tokenizer's
// tokens) on random corpora, one and two workers: the vocabulary, every posting (papers, packed
// frequencies, quantized impacts), the field lengths and every token stream must be the same.
#include "corpus/corpusparser.h"
#include "search/searchindex.h"
#include "search/tokenizer.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <array>
#include <cmath>
#include <map>

namespace {
QByteArray randomCorpus(quint32 seed, int papers)
{
    static const char *const kWords[] = {"graph", "neural", "Network", "learning", "the", "of", "a", "robot",
                                         "Schölkopf", "naïve", "Ωmega", "ß", "łódź", "x1", "2024", "data-driven",
                                         "attention", "über", "e\xcc\x81t\xc3\xa9", "中文", "kernels", "s"};
    QRandomGenerator rng(seed);
    auto word = [&rng]() -> QByteArray {
        // About half the tokens from a small skewed vocabulary, the rest rare (so ids and codes of
        // two and three bytes occur).
        if (rng.bounded(2))
            return kWords[std::min<quint32>(rng.bounded(22), rng.bounded(22))];
        return "w" + QByteArray::number(rng.bounded(40000));
    };
    auto name = [&rng]() -> QByteArray { // letters only, as the parser expects of author names
        static const char *const kNames[] = {"Ann", "Schölkopf", "Łukasz", "Chen", "O'Brien", "Émile", "Zoë"};
        if (rng.bounded(2))
            return kNames[rng.bounded(7)];
        QByteArray n("N");
        for (quint32 v = rng.bounded(30000) + 1; v; v /= 26)
            n += char('a' + v % 26);
        return n;
    };
    QByteArray text;
    for (int i = 0; i < papers; ++i) {
        const int authors = 1 + int(rng.bounded(4));
        if (rng.bounded(50) == 0) // beyond 15 repeats in the author and tl;dr fields
            text += "Ann Ann Ann, Ann Ann Ann, Ann Ann Ann, Ann Ann Ann, Ann Ann Ann, Ann Ann Ann, ";
        for (int a = 0; a < authors; ++a)
            text += (a ? ", " : "") + name() + ' ' + name() + (rng.bounded(9) ? "" : " " + name());
        text += '\n';
        if (rng.bounded(50) == 0)
            text += "tl;dr: " + QByteArray("graph ").repeated(17) + ".\n";
        else if (rng.bounded(3))
            text += "tl;dr: " + word() + ' ' + word() + ".\n";
        const int length = rng.bounded(40) == 0 ? 300 : 1 + int(rng.bounded(30)); // some beyond 255 repeats
        const QByteArray repeated = word();
        for (int w = 0; w < length; ++w)
            text += (rng.bounded(8) ? word() : repeated) + (w % 9 == 8 ? ". " : " ");
        text += "\n\n";
    }
    return text;
}

struct Reference
{
    using Freqs = std::array<int, SearchIndex::kFieldCount>;
    std::map<std::string, std::map<quint32, Freqs>> postings;
    std::map<std::string, quint64> occurrences;
    std::vector<std::vector<std::string>> tokens; // per paper field

    explicit Reference(const Corpus &corpus)
    {
        std::string buf;
        for (quint32 doc = 0; doc < quint32(corpus.size()); ++doc) {
            const Corpus::Record &r = corpus.record(doc);
            int f = 0;
            for (const Corpus::Span &span : {r.authors, r.tldr, r.abstract}) {
                const QByteArrayView bytes = corpus.utf8(span);
                tokens.emplace_back();
                Tokenizer::forEachToken(std::string_view(bytes.data(), size_t(bytes.size())), buf,
                                        [&](std::string_view t) {
                                            const std::string term(t);
                                            tokens.back().push_back(term);
                                            ++postings[term][doc][size_t(f)];
                                            ++occurrences[term];
                                        });
                ++f;
            }
        }
    }
};

quint16 packed(const Reference::Freqs &f)
{
    return quint16(std::min(f[0], 15) << 12 | std::min(f[1], 15) << 8 | std::min(f[2], 255));
}
} // namespace

class TestSearchIndexBuild : public QObject
{
    Q_OBJECT

private slots:
    void build_matchesTheReference_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<int>("papers");
        QTest::newRow("small, one worker") << 1u << 300;
        QTest::newRow("one worker") << 2u << 5000;
        QTest::newRow("two workers") << 3u << 21000;
        QTest::newRow("two workers, another corpus") << 4u << 26001;
    }
    void build_matchesTheReference()
    {
        QFETCH(quint32, seed);
        QFETCH(int, papers);
        const auto parsed = CorpusParser::parse(randomCorpus(seed, papers), QStringLiteral("random"));
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        const std::shared_ptr<const SearchIndex> index = SearchIndex::build(parsed.corpus);
        QVERIFY(index);
        const Reference ref(*parsed.corpus);

        // The vocabulary, sorted, and the terms by descending occurrences (ties by term order).
        QCOMPARE(index->termCount(), quint32(ref.postings.size()));
        std::vector<std::pair<quint64, quint32>> byFreq;
        std::map<std::string, quint32> rankOf;
        quint32 id = 0;
        for (const auto &[term, docs] : ref.postings) {
            QCOMPARE(std::string(index->term(id)), term);
            byFreq.emplace_back(ref.occurrences.at(term), id++);
        }
        std::sort(byFreq.begin(), byFreq.end(),
                  [](const auto &a, const auto &b) { return a.first != b.first ? a.first > b.first : a.second < b.second; });
        for (quint32 r = 0; r < byFreq.size(); ++r)
            rankOf[std::string(index->term(byFreq[r].second))] = r;

        // Every posting.
        id = 0;
        for (const auto &[term, docs] : ref.postings) {
            const auto d = index->postingDocs(id);
            const auto f = index->postingFreqs(id);
            QCOMPARE(d.size(), docs.size());
            size_t i = 0;
            for (const auto &[doc, freqs] : docs) {
                QCOMPARE(d[i], doc);
                QCOMPARE(f[i], packed(freqs));
                float impact = 0;
                for (int field = 0; field < SearchIndex::kFieldCount; ++field) {
                    if (const int tf = SearchIndex::fieldFreq(packed(freqs), field))
                        impact += index->fieldImpact(doc, field, tf);
                }
                const float quantized = std::clamp(std::floor(impact * 2048.0f + 0.5f), 1.0f, 65535.0f) / 2048.0f;
                QCOMPARE(index->postingImpact(id, i), quantized);
                ++i;
            }
            ++id;
        }

        // Field lengths and token streams: the rank codes in text order.
        std::string expected;
        for (quint32 doc = 0; doc < index->docCount(); ++doc) {
            for (int field = 0; field < SearchIndex::kFieldCount; ++field) {
                const auto &tokens = ref.tokens[size_t(doc) * SearchIndex::kFieldCount + size_t(field)];
                QCOMPARE(index->fieldLength(doc, field), quint32(tokens.size()));
                expected.clear();
                for (const std::string &t : tokens) {
                    uchar code[5];
                    expected.append(reinterpret_cast<const char *>(code),
                                    size_t(SearchIndex::encode(rankOf.at(t), code)));
                }
                const auto bytes = index->fieldBytes(doc, field);
                QCOMPARE(std::string(reinterpret_cast<const char *>(bytes.data()), bytes.size()), expected);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestSearchIndexBuild)
#include "tst_searchindexbuild.moc"
