#pragma once

#include <QObject>

#include <memory>

class AcronymTable;
class BackgroundJob;
class Corpus;

// Mines a corpus's acronyms after it loads: at once for small corpora (the shipped one takes well
// under a millisecond), on a low-priority worker for large ones. A new build() cancels the running
// one; ready() reports only the latest.
class AcronymBuilder : public QObject
{
    Q_OBJECT

public:
    static constexpr qsizetype kSyncThreshold = 2000;

    explicit AcronymBuilder(QObject *parent = nullptr);
    ~AcronymBuilder() override;

    void build(std::shared_ptr<const Corpus> corpus);
    void stop();

signals:
    void ready(std::shared_ptr<const AcronymTable> table);

private:
    BackgroundJob *m_job;
};
