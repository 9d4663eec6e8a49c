#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QList>
#include <QString>

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

} // namespace JsonRecords
