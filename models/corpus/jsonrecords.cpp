#include "corpus/jsonrecords.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace JsonRecords {

namespace {
// Lines where an object opens at the given nesting depth (1: inside the top-level value).
QList<int> objectLines(QByteArrayView data, int depth)
{
    QList<int> lines;
    int line = 1, level = 0;
    bool inString = false;
    for (qsizetype i = 0; i < data.size(); ++i) {
        const char c = data[i];
        if (c == '\n')
            ++line;
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            if (c == '{' && level == depth)
                lines.append(line);
            ++level;
        } else if (c == '}' || c == ']') {
            --level;
        }
    }
    return lines;
}

int lineOf(QByteArrayView data, qsizetype offset)
{
    return int(data.first(qBound<qsizetype>(0, offset, data.size())).count('\n')) + 1;
}
} // namespace

Parsed parse(const QByteArray &data, const QString &arrayKey)
{
    Parsed parsed;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError) {
        parsed.error = QCoreApplication::translate("JsonRecords", "line %1: this is not valid JSON (%2).")
                           .arg(lineOf(data, error.offset))
                           .arg(error.errorString());
        return parsed;
    }
    if (doc.isArray()) {
        parsed.items = doc.array();
        parsed.lines = objectLines(data, 1);
    } else if (!arrayKey.isEmpty() && doc.object().value(arrayKey).isArray()) {
        parsed.items = doc.object().value(arrayKey).toArray();
        parsed.lines = objectLines(data, 2);
    } else {
        parsed.error = arrayKey.isEmpty()
            ? QCoreApplication::translate("JsonRecords", "the file is JSON but not an array of records.")
            : QCoreApplication::translate("JsonRecords", "the file is JSON but neither an array of records nor an "
                                                         "object with a “%1” array.").arg(arrayKey);
    }
    if (parsed.lines.size() != parsed.items.size())
        parsed.lines.clear(); // objects elsewhere at that depth: better no line than a wrong one
    return parsed;
}

} // namespace JsonRecords
