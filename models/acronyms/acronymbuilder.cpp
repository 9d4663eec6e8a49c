#include "acronyms/acronymbuilder.h"

#include "acronyms/acronymminer.h"
#include "corpus/corpus.h"
#include "text/backgroundjob.h"

AcronymBuilder::AcronymBuilder(QObject *parent) : QObject(parent), m_job(new BackgroundJob(this)) {}

AcronymBuilder::~AcronymBuilder() = default; // the job waits for its threads

void AcronymBuilder::build(std::shared_ptr<const Corpus> corpus)
{
    stop();
    if (!corpus) {
        emit ready(nullptr);
        return;
    }
    if (corpus->size() < kSyncThreshold) {
        emit ready(AcronymMiner::mine(*corpus));
        return;
    }
    auto result = std::make_shared<std::shared_ptr<const AcronymTable>>();
    m_job->start([corpus, result](const std::atomic<bool> &cancelled) { *result = AcronymMiner::mine(*corpus, &cancelled); },
                 [this, result] {
                     if (*result)
                         emit ready(*result);
                 });
}

void AcronymBuilder::stop()
{
    m_job->cancel();
}
