#include "support/metadatacorpus.h"

#include "corpus/corpusparser.h"
#include "support/testcorpus.h"

#include <QRandomGenerator>

namespace MetadataCorpus {

std::shared_ptr<const Corpus> build(const QList<CorpusBuilder::Fields> &records)
{
    auto corpus = std::make_shared<Corpus>();
    Diagnostics diags;
    CorpusBuilder builder(*corpus, diags);
    for (const CorpusBuilder::Fields &f : records)
        builder.add(f);
    builder.finishAll();
    return corpus;
}

namespace {
const QStringList kVenues = {QStringLiteral("ICLR"), QStringLiteral("NeurIPS"), QStringLiteral("ICML"),
                             QStringLiteral("Journal of Machine Learning Research"), QStringLiteral("ACL")};
const QStringList kCategories = {QStringLiteral("cs.LG"), QStringLiteral("cs.CL"), QStringLiteral("cs.CV"),
                                 QStringLiteral("stat.ML"), QStringLiteral("math.OC"), QStringLiteral("q-bio.NC")};
const QStringList kKeywords = {QStringLiteral("reinforcement learning"), QStringLiteral("graph neural networks"),
                               QStringLiteral("transformers"), QStringLiteral("robustness"), QStringLiteral("Übersetzung"),
                               QStringLiteral("generalization")};

QStringList pick(QRandomGenerator &rng, const QStringList &from, int most)
{
    QStringList out;
    const int n = int(rng.bounded(most + 1));
    for (int k = 0; k < n; ++k) {
        const QString &s = from[rng.bounded(int(from.size()))];
        if (!out.contains(s))
            out << s;
    }
    return out;
}
} // namespace

std::shared_ptr<const Corpus> generate(const QByteArray &shipped, int records, quint32 seed)
{
    const auto native = CorpusParser::parse(TestCorpus::generate(shipped, records, seed), {}).corpus;
    QRandomGenerator rng(seed ^ 0x5eedu);
    QList<CorpusBuilder::Fields> out;
    for (qsizetype i = 0; i < native->size(); ++i) {
        CorpusBuilder::Fields f;
        f.authors = native->authors(i);
        f.tldr = native->tldr(i);
        f.abstract = native->abstract(i);
        f.line = native->sourceLine(i);
        if (rng.bounded(10) != 0) {
            const QStringList words = native->abstract(i).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            const int from = int(rng.bounded(int(qMax<qsizetype>(1, words.size() - 8))));
            f.title = words.mid(from, 3 + int(rng.bounded(6))).join(QLatin1Char(' '));
            f.year = 2012 + int(rng.bounded(12));
            f.venue = kVenues[rng.bounded(int(kVenues.size()))];
            f.categories = pick(rng, kCategories, 3);
            f.keywords = pick(rng, kKeywords, 3);
            f.doi = QStringLiteral("10.%1/x.%2").arg(1000 + rng.bounded(9000)).arg(i);
        }
        out << f;
    }
    return build(out);
}

QStringList fieldValues(const Corpus &c, qsizetype row, FieldFacetIndex::Kind kind)
{
    using Kind = FieldFacetIndex::Kind;
    switch (kind) {
    case Kind::Year: return c.year(row) ? QStringList{QString::number(c.year(row))} : QStringList{};
    case Kind::Category: return c.categories(row);
    case Kind::Keyword: return c.keywords(row);
    case Kind::Venue: break;
    }
    return c.venue(row).isEmpty() ? QStringList{} : QStringList{c.venue(row)};
}

} // namespace MetadataCorpus
