#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QList>
#include <QString>

#include <functional>

// The records of a JSON file that is one array of objects (CSL-JSON) or an object holding one
// (OpenReview's {"notes": [...]}), with the line each record starts on, so messages can name both.
// Qt's parser bounds the nesting; a file that does not parse is refused with the line of the error.
namespace JsonRecords {

struct Parsed
{
    QJsonArray items;
    QList<int> lines; // the line of items[i], where known
    QString error;    // empty when the file parsed
    int line(qsizetype i) const { return i < lines.size() ? lines[i] : 0; }
};

// arrayKey: the key of the array inside a top-level object; a bare top-level array is taken too.
Parsed parse(const QByteArray &data, const QString &arrayKey = {});

// The same records one at a time, in order, with the line each starts on: `each` gets every
// record; the result is the error that refuses the file (empty when it was read). A scan of the
// bytes finds where each record starts and ends and Qt's parser reads one record at a time, so
// memory stays near the file's size (parse() builds every value of the file at once: 5-6x it).
// A file the scan does not follow — not well-formed, or shaped unusually (a duplicate or escaped
// key, …) — is read by parse() instead, with the same records and messages; `restart` is called
// before that, so the caller drops what it had taken.
using EachRecord = std::function<void(const QJsonValue &record, int line, qsizetype index)>;
QString forEach(const QByteArray &data, const QString &arrayKey, const EachRecord &each,
                const std::function<void()> &restart);

} // namespace JsonRecords
