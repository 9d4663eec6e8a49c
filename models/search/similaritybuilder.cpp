#include "search/similaritybuilder.h"

#include "search/similarityindex.h"

#include "text/backgroundjob.h"

SimilarityBuilder::SimilarityBuilder(QObject *parent) : QObject(parent), m_job(new BackgroundJob(this)) {}

SimilarityBuilder::~SimilarityBuilder() = default; // the job waits for its threads

void SimilarityBuilder::build(std::shared_ptr<const Corpus> corpus)
{
    stop();
    if (!corpus)
        return;
    auto result = std::make_shared<std::shared_ptr<const SimilarityIndex>>();
    m_job->start([corpus, result](const std::atomic<bool> &cancelled) { *result = SimilarityIndex::build(corpus, &cancelled); },
                 [this, result] {
                     if (*result)
                         emit ready(*result);
                 });
}

void SimilarityBuilder::stop()
{
    m_job->cancel();
}
