// The search engine against SQLite FTS5 (`unicode61 remove_diacritics 2`): for several hundred
// generated queries over the shipped corpus and a generated 10k corpus, the set of matching papers
// must equal FTS5's for the same parsed query.
#include "corpus/corpusparser.h"
#include "support/fts5reference.h"
#include "search/searchengine.h"
#include "support/metadatacorpus.h"
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
        if (m_corpus.hasMetadata() && m_rng.bounded(2))
            return nextMetadata();
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
    // Queries on the fields of formats that carry them, mixed with words, exclusions and OR.
    QString nextMetadata()
    {
        const qsizetype row = m_rng.bounded(int(m_corpus.size()));
        const QStringList title = m_corpus.title(row).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const QString titleWord = title.isEmpty() ? QStringLiteral("graph") : title[m_rng.bounded(int(title.size()))];
        const QStringList cats = m_corpus.categories(row), keys = m_corpus.keywords(row);
        const QString cat = cats.isEmpty() ? QStringLiteral("cs") : cats[m_rng.bounded(int(cats.size()))];
        const QString key = keys.isEmpty() ? QStringLiteral("learning") : keys[m_rng.bounded(int(keys.size()))];
        const int year = 2010 + int(m_rng.bounded(16));
        switch (m_rng.bounded(10)) {
        case 0: return (m_rng.bounded(2) ? QStringLiteral("title:") : QStringLiteral("t:")) + prefix(titleWord);
        case 1: return QStringLiteral("title:\"") + title.mid(0, 2).join(QLatin1Char(' ')) + QLatin1Char('"');
        case 2: return QStringLiteral("venue:") + prefix(m_corpus.venue(row).section(QLatin1Char(' '), 0, 0)) + QLatin1Char(' ') + prefix(word());
        case 3: return (m_rng.bounded(2) ? QStringLiteral("cat:") : QStringLiteral("category:")) + prefix(cat);
        case 4: return QStringLiteral("keyword:\"") + prefix(key) + QStringLiteral(" -cat:") + prefix(cat);
        case 5: return QStringLiteral("year:%1 ").arg(year) + prefix(word());
        case 6: return QStringLiteral("year:%1..%2 -year:%3").arg(year).arg(year + 3).arg(year + 1);
        case 7: return QStringLiteral("doi:") + m_corpus.doi(row);
        case 8: return prefix(titleWord) + QStringLiteral(" OR keyword:") + prefix(key);
        default: return prefix(titleWord) + QLatin1Char(' ') + prefix(word());
        }
    }
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
        QTest::addColumn<int>("metadataRecords"); // > 0: a MetadataCorpus of that size instead
        QTest::newRow("shipped") << shipped << 500 << 1u << 0;
        QTest::newRow("generated-10k") << TestCorpus::generate(shipped, 10000, 7) << 400 << 2u << 0;
        // Large enough for the index to be built by several workers and merged.
        QTest::newRow("generated-25k") << TestCorpus::generate(shipped, 25000, 11) << 100 << 3u << 0;
        QTest::newRow("metadata-5k") << shipped << 600 << 4u << 5000;
        QTest::newRow("metadata-22k") << shipped << 150 << 5u << 22000;
    }

    void matchingPapers_equalFts5()
    {
        QFETCH(QByteArray, corpus);
        QFETCH(int, queries);
        QFETCH(quint32, seed);
        QFETCH(int, metadataRecords);
        const auto parsed = metadataRecords > 0 ? MetadataCorpus::generate(corpus, metadataRecords, seed) : parseOrFail(corpus);
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
