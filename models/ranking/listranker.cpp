#include "ranking/listranker.h"

#include "corpus/corpus.h"
#include "library/librarystore.h"
#include "ranking/listclassifier.h"
#include "search/similarityindex.h"
#include "text/backgroundjob.h"

#include <algorithm>

namespace {
QList<qsizetype> rowsOf(const Corpus &corpus, const QStringList &ids)
{
    QList<qsizetype> rows;
    for (const QString &id : ids)
        if (const qsizetype row = corpus.indexOfId(id); row >= 0)
            rows.append(row);
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    return rows;
}
} // namespace

ListRanker::ListRanker(QObject *parent) : QObject(parent), m_job(new BackgroundJob(this)) {}

ListRanker::~ListRanker() = default; // the job waits for its threads

void ListRanker::setStore(LibraryStore *store)
{
    if (m_store)
        disconnect(m_store, nullptr, this, nullptr);
    m_store = store;
    if (store)
        connect(store, &LibraryStore::changed, this, &ListRanker::update);
    update();
}

void ListRanker::setIndex(std::shared_ptr<const SimilarityIndex> index)
{
    if (index == m_index)
        return;
    m_index = std::move(index);
    m_positives.clear(); // rows of another corpus
    m_votes.clear();
    update();
}

void ListRanker::setList(const QString &name)
{
    if (name == m_list)
        return;
    m_list = name;
    m_positives.clear();
    m_votes.clear();
    update();
}

std::shared_ptr<const std::vector<float>> ListRanker::scores() const
{
    if (!m_classifier)
        return nullptr;
    return {m_classifier, &m_classifier->scores()}; // shares the classifier's lifetime
}

bool ListRanker::isTraining() const
{
    return m_job->isRunning();
}

void ListRanker::update()
{
    QList<qsizetype> positives, votes;
    if (m_store && m_index && !m_list.isEmpty()) {
        const bool bookmarks = m_list.compare(LibraryStore::kBookmarksName, Qt::CaseInsensitive) == 0;
        QStringList ids;
        for (const LibraryStore::Entry &e : bookmarks ? m_store->bookmarks() : m_store->entries(m_list))
            ids.append(e.paper.id);
        positives = rowsOf(*m_index->corpus(), ids);
        votes = rowsOf(*m_index->corpus(), m_store->notRelevant(m_list));
    }
    const bool same = positives == m_positives && votes == m_votes && (m_classifier || m_job->isRunning());
    if (same && !positives.isEmpty())
        return; // a star or a read mark: nothing to learn
    m_positives = positives;
    m_votes = votes;
    std::vector<bool> bits(m_index ? size_t(m_index->paperCount()) : 0, true);
    for (qsizetype row : positives + votes)
        bits[size_t(row)] = false;
    m_candidates = m_index && !m_list.isEmpty() ? RowSet(std::move(bits)) : RowSet::all();
    emit candidatesChanged();
    train();
}

void ListRanker::train()
{
    m_job->cancel();
    m_classifier.reset();
    m_topWords.clear();
    if (m_positives.isEmpty()) {
        emit ranked();
        return;
    }
    auto result = std::make_shared<std::shared_ptr<const ListClassifier>>();
    m_job->start([index = m_index, positives = m_positives, votes = m_votes,
                  result](const std::atomic<bool> &) { *result = ListClassifier::train(index, positives, votes); },
                 [this, result] {
                     m_classifier = *result;
                     m_topWords = m_classifier ? m_classifier->topWords(8) : QStringList();
                     emit ranked();
                 });
}
