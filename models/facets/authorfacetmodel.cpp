#include "facets/authorfacetmodel.h"

#include "text/backgroundjob.h"
#include "text/logging.h"

#include <algorithm>
#include <numeric>

AuthorFacetModel::AuthorFacetModel(QObject *parent) : AuthorListModel(parent), m_job(new BackgroundJob(this)) { }

AuthorFacetModel::~AuthorFacetModel() = default;

void AuthorFacetModel::setCorpus(std::shared_ptr<const Corpus> corpus)
{
    m_corpus = std::move(corpus);
    m_resultRows.resize(m_corpus ? size_t(m_corpus->size()) : 0);
    std::iota(m_resultRows.begin(), m_resultRows.end(), quint32(0));
    m_job->cancel();
    if (!m_corpus || m_corpus->size() < kBackgroundIndexPapers) {
        m_indexing = false;
        installIndex(std::make_shared<const AuthorIndex>(m_corpus, m_collator));
        return;
    }
    m_indexing = true;
    resetIndex(nullptr); // ids of the old corpus mean nothing now
    relist();
    emit authorIndexChanged();
    auto index = std::make_shared<std::shared_ptr<const AuthorIndex>>();
    m_job->start(
        [index, corpus = m_corpus, locale = m_collator.locale()](const std::atomic<bool> &) {
            const QCollator collator(locale); // a collator of its own: QCollator is not shared across threads
            *index = std::make_shared<const AuthorIndex>(corpus, collator);
        },
        [this, index] {
            m_indexing = false;
            installIndex(*index);
        },
        QThread::NormalPriority);
}

// A new index resets the list (ids of another corpus mean nothing here), then counts the results.
void AuthorFacetModel::installIndex(std::shared_ptr<const AuthorIndex> index)
{
    resetIndex(std::move(index));
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
    if (m_indexing)
        return; // counted when the index is ready
    counter().count(m_resultRows);
    relist();
}

QString AuthorFacetModel::countText(int count) const
{
    return tr("%n paper(s) shown", nullptr, count);
}
