#pragma once

#include <QList>
#include <QObject>

#include <memory>

class BackgroundJob;
class ListClassifier;
class SimilarityIndex;

// Trains a list's classifier (ListClassifier) for the "most uncertain first" triage order on a
// low-priority worker thread, as the similar-papers index is built: a new train() cancels the one
// waiting, ready() reports only the latest (null when the list has nothing to learn from).
class TriageRanker : public QObject
{
    Q_OBJECT

public:
    explicit TriageRanker(QObject *parent = nullptr);
    ~TriageRanker() override;

    void train(std::shared_ptr<const SimilarityIndex> index, const QList<qsizetype> &positives,
               const QList<qsizetype> &notRelevant);
    void stop();
    bool isRunning() const;

signals:
    void ready(std::shared_ptr<const ListClassifier> classifier);

private:
    BackgroundJob *m_job;
};
