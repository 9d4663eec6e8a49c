// The search engine against SQLite FTS5 (`unicode61 remove_diacritics 2`): for several hundred
// generated queries over the shipped corpus and a generated 10k corpus, the set of matching papers
// must equal FTS5's for the same parsed query.
#include "corpus/corpusparser.h"
#include "support/fts5reference.h"
#include "search/searchengine.h"
#include "support/testcorpus.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>

namespace {

// Query texts built from words of the corpus itself: prefixes, phrases, fields, exclusions, OR,
// accented and unaccented spellings, words with inner punctuation, and half-typed forms.
class QueryGenerator
{
public:
    QueryGenerator(const Corpus &corpus, quint32 seed) : m_corpus(corpus), m_rng(seed) { }

    QString next()
    {
        switch (m_rng.bounded(12)) {
        case 0: return prefix(word());
        case 1: return prefix(word()) + QLatin1Char(' ') + prefix(word());
        case 2: return word() + QLatin1Char(' ') + prefix(word()) + QLatin1Char(' ') + prefix(word());
        case 3: return phrase(true);
        case 4: return phrase(false);
        case 5: return QStringLiteral("author:") + prefix(familyName());
        case 6: return QStringLiteral("a:\"") + author() + QLatin1Char('"');
        case 7: return prefix(word()) + QStringLiteral(" -") + prefix(word()) + QStringLiteral(" -author:") + familyName();
        case 8: return prefix(word()) + QStringLiteral(" OR ") + prefix(word()) + QLatin1Char(' ') + prefix(word());
        case 9: return stripAccents(m_rng.bounded(2) ? author() : familyName()).toUpper();
        case 10: return (m_rng.bounded(2) ? QStringLiteral("tldr:") : QStringLiteral("abstract:")) + prefix(word())
                     + QStringLiteral(" -\"") + phraseWords(2) + QLatin1Char('"');
        default: return messy();
        }
    }

private:
    QString abstractOf(qsizetype row) const { return m_corpus.abstract(row); }
    QString word()
    {
        const QStringList words = abstractOf(m_rng.bounded(int(m_corpus.size()))).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        return words.isEmpty() ? QStringLiteral("graph") : words[m_rng.bounded(int(words.size()))];
    }
    QString prefix(const QString &w)
    {
        if (w.size() <= 1 || m_rng.bounded(3) == 0)
            return w;
        return w.left(1 + m_rng.bounded(int(w.size()) - 1));
    }
    QString phraseWords(int n)
    {
        const QStringList words = abstractOf(m_rng.bounded(int(m_corpus.size()))).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (words.size() < n)
            return QStringLiteral("neural networks");
        const int start = m_rng.bounded(int(words.size()) - n + 1);
        return words.mid(start, n).join(QLatin1Char(' '));
    }
    QString phrase(bool closed)
    {
        const QString p = phraseWords(2 + m_rng.bounded(2));
        return QLatin1Char('"') + (closed ? p + QLatin1Char('"') : prefix(p));
    }
    QString author()
    {
        for (int tries = 0; tries < 20; ++tries) {
            const QStringList names = m_corpus.authors(m_rng.bounded(int(m_corpus.size())));
            if (!names.isEmpty())
                return names[m_rng.bounded(int(names.size()))];
        }
        return QStringLiteral("Levine");
    }
    QString familyName() { return author().split(QLatin1Char(' ')).last(); }
    static QString stripAccents(const QString &s)
    {
        QString out;
        for (QChar c : s.normalized(QString::NormalizationForm_D)) {
            if (c.category() != QChar::Mark_NonSpacing)
                out += c;
        }
        return out;
    }
    QString messy()
    {
        static const QStringList forms = {
            QStringLiteral("OR %1"), QStringLiteral("%1 OR"), QStringLiteral("%1 OR OR %2"), QStringLiteral("- %1"),
            QStringLiteral("author: %1"), QStringLiteral("%1 author:"), QStringLiteral("\"%1 %2"),
            QStringLiteral("%1-%2"), QStringLiteral("-%1 OR %2"), QStringLiteral("%1 \"\" %2"),
            QStringLiteral("(%1) [%2]"), QStringLiteral("%1 -"), QStringLiteral("tl;dr: %1"),
            QStringLiteral("%1 OR -%2"), QStringLiteral("-\"%1"),
        };
        QString form = forms[m_rng.bounded(int(forms.size()))];
        return form.replace(QStringLiteral("%1"), prefix(word())).replace(QStringLiteral("%2"), prefix(word()));
    }

    const Corpus &m_corpus;
    QRandomGenerator m_rng;
};

std::shared_ptr<const Corpus> parseOrFail(const QByteArray &bytes)
{
    const CorpusParser::Result r = CorpusParser::parse(bytes, QStringLiteral("test"));
    return r.corpus;
}

} // namespace

class TestFts5Differential : public QObject
{
    Q_OBJECT

private slots:
    void matchingPapers_equalFts5_data()
    {
        QFile f(QStringLiteral(SKIMMER_SHIPPED_CORPUS));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray shipped = f.readAll();
        QTest::addColumn<QByteArray>("corpus");
        QTest::addColumn<int>("queries");
        QTest::addColumn<quint32>("seed");
        QTest::newRow("shipped") << shipped << 500 << 1u;
        QTest::newRow("generated-10k") << TestCorpus::generate(shipped, 10000, 7) << 400 << 2u;
        // Large enough for the index to be built by several workers and merged.
        QTest::newRow("generated-25k") << TestCorpus::generate(shipped, 25000, 11) << 100 << 3u;
    }

    void matchingPapers_equalFts5()
    {
        QFETCH(QByteArray, corpus);
        QFETCH(int, queries);
        QFETCH(quint32, seed);
        const auto parsed = parseOrFail(corpus);
        QVERIFY(parsed);
        const auto index = SearchIndex::build(parsed);
        Fts5Reference fts(parsed.get());
        QueryGenerator generator(*parsed, seed);
        int nonEmpty = 0;
        for (int q = 0; q < queries; ++q) {
            const QString text = generator.next();
            const SearchQuery query = SearchQuery::parse(text);
            QString error;
            const QList<quint32> expected = fts.rows(query, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            SearchResult result = SearchEngine::run(*index, query, SortOrder::CorpusOrder);
            const QList<quint32> actual(result.rows.begin(), result.rows.end());
            QVERIFY2(actual == expected,
                     qPrintable(QStringLiteral("query «%1» parsed %2: engine %3 papers, FTS5 %4 (%5)")
                                    .arg(text, query.toString()).arg(actual.size()).arg(expected.size())
                                    .arg(Fts5Reference::matchExpression(query.clauses))));
            nonEmpty += (!expected.isEmpty() && expected.size() < parsed->size()) ? 1 : 0;
        }
        // The generator must exercise real matches, not only empty or total sets.
        QVERIFY2(nonEmpty > queries / 2, qPrintable(QString::number(nonEmpty)));
    }
};

QTEST_GUILESS_MAIN(TestFts5Differential)
#include "tst_fts5differential.moc"
