#include "corpus/corpusloader.h"

#include <QThread>

CorpusLoader::CorpusLoader(QObject *parent) : QObject(parent) { }

CorpusLoader::~CorpusLoader()
{
    stop();
}

void CorpusLoader::stop()
{
    if (!m_thread)
        return;
    m_cancel->store(true);
    m_thread->wait();
    m_thread = nullptr;
}

void CorpusLoader::load(const QString &path, CorpusReader::Format format, Reader reader)
{
    if (!reader)
        reader = [](const QString &p, const CorpusReader::Options &o) { return CorpusReader::readFile(p, o); };
    stop();
    m_path = path;
    auto cancel = std::make_shared<std::atomic_bool>(false);
    auto result = std::make_shared<CorpusParser::Result>();
    auto lastPercent = std::make_shared<std::atomic_int>(-1);
    m_cancel = cancel;
    QThread *thread = QThread::create([this, path, format, cancel, result, lastPercent, reader = std::move(reader)] {
        CorpusReader::Options options;
        options.format = format;
        options.cancel = cancel.get();
        options.progress = [this, lastPercent](double fraction) {
            const int percent = int(fraction * 100);
            if (lastPercent->exchange(percent) != percent) // queued: delivered on the GUI thread
                QMetaObject::invokeMethod(this, [this, percent] { emit progressChanged(percent); }, Qt::QueuedConnection);
        };
        *result = reader(path, options);
    });
    m_thread = thread;
    thread->setParent(this); // deleted with the loader, after stop() waited for it
    connect(thread, &QThread::finished, this, [this, thread, path, cancel, result] {
        thread->deleteLater();
        if (thread != m_thread)
            return; // superseded: stop() already waited for it
        m_thread = nullptr;
        if (cancel->load())
            emit cancelled(path);
        else
            emit finished(path, *result);
    });
    thread->start();
}

void CorpusLoader::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}
