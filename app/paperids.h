#pragma once

#include <QCommandLineParser>
#include <QFile>
#include <QString>
#include <QStringList>

// The paper ids a library command names: its arguments, or whitespace-separated ids streamed from
// standard input when the only argument is "-" (10 M ids must not become 10 M strings at once).
class PaperIds
{
public:
    explicit PaperIds(const QCommandLineParser &parser);

    // The next id, or false at the end. An id longer than any real one is returned cut short.
    bool next(QString *id);

private:
    bool fill();

    QStringList m_arguments;
    qsizetype m_argument = 0;
    bool m_stdin = false;
    QFile m_in;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    bool m_eof = false;
};

// Ids that were not found: how many, and the first few, for one short message.
class UnknownIds
{
public:
    static constexpr int kShown = 5;

    void add(const QString &id);
    qint64 count() const { return m_count; }
    bool isEmpty() const { return m_count == 0; }
    // "a b c" when there are at most kShown, else "12 ids, the first 5: a b c d e"; control
    // characters escaped.
    QString describe() const;

private:
    qint64 m_count = 0;
    QStringList m_first;
};
