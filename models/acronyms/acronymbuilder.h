#pragma once

#include <QObject>

#include <memory>

class AcronymTable;
class BackgroundJob;
class Corpus;

// Mines a corpus's acronyms after it loads: at once for small corpora (the shipped one takes about
// 3 ms of CPU), on a low-priority worker for large ones (100k papers: ~0.6 s of CPU). A new build() cancels the running
// one; ready() reports only the latest.
class AcronymBuilder : public QObject
{
    Q_OBJECT

public:
    static constexpr qsizetype kSyncThreshold = 1000; // ~3 ms of CPU at 434 papers (skimmer-acronym-bench)

    explicit AcronymBuilder(QObject *parent = nullptr);
    ~AcronymBuilder() override;

    void build(std::shared_ptr<const Corpus> corpus);
    void stop();

signals:
    void ready(std::shared_ptr<const AcronymTable> table);

private:
    BackgroundJob *m_job;
};
