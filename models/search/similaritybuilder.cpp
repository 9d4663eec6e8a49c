#include "search/similaritybuilder.h"

#include "search/similarityindex.h"

#include <QThread>

SimilarityBuilder::SimilarityBuilder(QObject *parent) : QObject(parent) {}

SimilarityBuilder::~SimilarityBuilder()
{
    stop();
}

void SimilarityBuilder::build(std::shared_ptr<const Corpus> corpus)
{
    stop();
    if (!corpus)
        return;
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    auto result = std::make_shared<std::shared_ptr<const SimilarityIndex>>();
    m_cancel = cancel;
    m_thread = QThread::create([corpus, cancel, result] { *result = SimilarityIndex::build(corpus, cancel.get()); });
    QThread *thread = m_thread;
    thread->setParent(this); // deleted with the builder, after stop() waited for it
    connect(thread, &QThread::finished, this, [this, thread, result] {
        if (thread == m_thread && *result) {
            m_thread = nullptr;
            emit ready(*result);
        }
        thread->deleteLater();
    });
    thread->start(QThread::LowPriority);
}

void SimilarityBuilder::stop()
{
    if (!m_thread)
        return;
    m_cancel->store(true);
    m_thread->wait();
    m_thread = nullptr;
}
