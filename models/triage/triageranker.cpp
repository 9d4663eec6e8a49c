#include "triage/triageranker.h"

#include "ranking/listclassifier.h"
#include "text/backgroundjob.h"

TriageRanker::TriageRanker(QObject *parent) : QObject(parent), m_job(new BackgroundJob(this)) {}

TriageRanker::~TriageRanker() = default; // the job waits for its threads

void TriageRanker::train(std::shared_ptr<const SimilarityIndex> index, const QList<qsizetype> &positives,
                         const QList<qsizetype> &notRelevant)
{
    stop();
    auto result = std::make_shared<std::shared_ptr<const ListClassifier>>();
    m_job->start(
        [index, positives, notRelevant, result](const std::atomic<bool> &) {
            if (index)
                *result = ListClassifier::train(index, positives, notRelevant);
        },
        [this, result] { emit ready(*result); });
}

void TriageRanker::stop()
{
    m_job->cancel();
}

bool TriageRanker::isRunning() const
{
    return m_job->isRunning();
}
