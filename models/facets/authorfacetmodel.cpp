#include "facets/authorfacetmodel.h"

#include "text/logging.h"

#include <algorithm>
#include <numeric>

AuthorFacetModel::AuthorFacetModel(QObject *parent) : AuthorListModel(parent) { }

AuthorFacetModel::~AuthorFacetModel() = default;

void AuthorFacetModel::setCorpus(std::shared_ptr<const Corpus> corpus)
{
    m_corpus = std::move(corpus);
    m_resultRows.resize(m_corpus ? size_t(m_corpus->size()) : 0);
    std::iota(m_resultRows.begin(), m_resultRows.end(), quint32(0));
    buildIndex();
}

// A new index resets the list (ids of another corpus mean nothing here), then counts the results.
void AuthorFacetModel::buildIndex()
{
    resetIndex(std::make_shared<const AuthorIndex>(m_corpus, m_collator));
    counter().count(m_resultRows);
    relist();
    emit authorIndexChanged();
}

void AuthorFacetModel::setResultRows(std::span<const quint32> rows)
{
    const auto size = quint32(m_corpus ? m_corpus->size() : 0);
    if (std::any_of(rows.begin(), rows.end(), [size](quint32 row) { return row >= size; })) {
        qCWarning(lcSearch) << "author facet: ignoring result rows that are not in the current corpus";
        return;
    }
    m_resultRows.assign(rows.begin(), rows.end());
    counter().count(m_resultRows);
    relist();
}

QString AuthorFacetModel::countText(int count) const
{
    return tr("%n paper(s) shown", nullptr, count);
}
