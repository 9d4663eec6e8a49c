#pragma once

#include <QString>

// The corpus file for a benchmark size: the shipped corpus for 434 records, otherwise a file made
// by scripts/make-corpus.py in the cache folder (made once, reused afterwards).
class BenchCorpus
{
public:
    BenchCorpus(QString cacheDir, QString generator) : m_cacheDir(std::move(cacheDir)), m_generator(std::move(generator)) { }

    // The path of the corpus with `records` records, generating it if needed; empty with error() set on failure.
    QString pathFor(qint64 records);
    QString cacheDir() const { return m_cacheDir; }
    QString error() const { return m_error; }

    static constexpr qint64 kShippedRecords = 434;
    // "434", "10k", "100k", "1M", "2.5M" -> record count, or -1.
    static qint64 parseSize(const QString &text);
    static QString sizeLabel(qint64 records);

private:
    QString m_cacheDir;
    QString m_generator;
    QString m_error;
};
