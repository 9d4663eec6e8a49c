#include "search/similaritycheck.h"

#include "corpus/corpus.h"
#include "search/semanticspace.h"
#include "search/similarityindex.h"

SharedAuthors::SharedAuthors(const Corpus &corpus) : m_authors(size_t(corpus.size()))
{
    for (qsizetype i = 0; i < corpus.size(); ++i)
        for (const QString &a : corpus.authors(i))
            if (m_authors[size_t(i)].insert(a).second)
                m_rows[a].push_back(i);
}

bool SharedAuthors::shares(const std::vector<qsizetype> &query, qsizetype row) const
{
    if (row < 0 || size_t(row) >= m_authors.size())
        return false;
    for (const qsizetype p : query)
        for (const QString &a : m_authors[size_t(p)])
            if (p != row && m_authors[size_t(row)].count(a))
                return true;
    return false;
}

std::vector<qsizetype> SharedAuthors::papersWithPeers() const
{
    std::vector<qsizetype> out;
    for (size_t i = 0; i < m_authors.size(); ++i)
        for (const QString &a : m_authors[i])
            if (m_rows.value(a).size() > 1) {
                out.push_back(qsizetype(i));
                break;
            }
    return out;
}

QStringList SharedAuthors::names() const
{
    QStringList out = m_rows.keys();
    out.sort();
    return out;
}

const std::vector<qsizetype> &SharedAuthors::rowsOf(const QString &author) const
{
    static const std::vector<qsizetype> none;
    const auto it = m_rows.constFind(author);
    return it == m_rows.constEnd() ? none : *it;
}

QString SimilarityCheck::describe() const
{
    if (!ran)
        return QStringLiteral("similarity self-check: too few papers share an author (%1); tf-idf").arg(queries);
    return QStringLiteral("similarity self-check: P@10 shared author over %1 papers: tf-idf %2, blend %3; %4")
        .arg(queries)
        .arg(tfidfPrecision, 0, 'f', 3)
        .arg(blendPrecision, 0, 'f', 3)
        .arg(blends() ? QStringLiteral("blend") : QStringLiteral("tf-idf"));
}

std::vector<qsizetype> SimilarityCheck::sample(const SharedAuthors &authors)
{
    const std::vector<qsizetype> all = authors.papersWithPeers();
    if (all.size() <= size_t(kSample))
        return all;
    std::vector<qsizetype> out;
    for (size_t k = 0; k < size_t(kSample); ++k)
        out.push_back(all[k * all.size() / size_t(kSample)]);
    return out;
}

SimilarityCheck SimilarityCheck::run(const Corpus &corpus, const SimilarityIndex &index, const SemanticSpace &space)
{
    SimilarityCheck check;
    if (index.paperCount() != corpus.size() || space.size() != corpus.size())
        return check;
    const SharedAuthors authors(corpus);
    const std::vector<qsizetype> rows = sample(authors);
    check.queries = int(rows.size());
    if (check.queries < kMinQueries)
        return check;
    check.ran = true;
    const auto precision = [&](qsizetype row, const QList<SimilarityIndex::Match> &found) {
        int hits = 0;
        for (const SimilarityIndex::Match &m : found)
            hits += m.row != row && authors.shares({row}, m.row) ? 1 : 0;
        return double(hits) / kDepth;
    };
    for (const qsizetype row : rows) {
        check.tfidfPrecision += precision(row, index.similar(row, kDepth));
        check.blendPrecision += precision(row, space.similar(index, row, kDepth));
    }
    check.tfidfPrecision /= check.queries;
    check.blendPrecision /= check.queries;
    return check;
}

SimilarityCheck SimilarityCheck::forCorpus(const Corpus &corpus, const SemanticSpace &space, const std::atomic<bool> *cancelled)
{
    SimilarityCheck check;
    check.queries = int(sample(SharedAuthors(corpus)).size());
    if (check.queries < kMinQueries)
        return check;
    const auto index = SimilarityIndex::build(std::shared_ptr<const Corpus>(&corpus, [](const Corpus *) {}), cancelled);
    return index ? run(corpus, *index, space) : SimilarityCheck();
}
