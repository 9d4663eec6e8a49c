#pragma once

#include "corpus/corpusreader.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

class QThread;

// Parses a corpus file on a worker thread, reporting progress and accepting a cancel, so the window
// keeps repainting and taking keys while a large file loads. One load at a time: a new load()
// cancels the running one.
class CorpusLoader : public QObject
{
    Q_OBJECT

public:
    explicit CorpusLoader(QObject *parent = nullptr);
    ~CorpusLoader() override; // cancels and waits for the worker

    // How the worker reads: CorpusReader::readFile unless the caller brings its own (a cache).
    using Reader = std::function<CorpusParser::Result(const QString &path, const CorpusReader::Options &options)>;

    // Reads any format CorpusReader knows; `format` forces one (Auto: detect from the content).
    void load(const QString &path, CorpusReader::Format format = CorpusReader::Format::Auto, Reader reader = {});
    void cancel();
    bool isLoading() const { return m_thread != nullptr; }
    QString path() const { return m_path; }

signals:
    void progressChanged(int percent);
    // Not emitted for a cancelled load.
    void finished(const QString &path, const CorpusParser::Result &result);
    void cancelled(const QString &path);

private:
    void stop();

    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QString m_path;
};
