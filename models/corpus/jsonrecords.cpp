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

namespace JsonRecords {

namespace {

// Walks the structure around the records: strings, nesting and separators, counting lines. What
// is inside a record is left to Qt's parser, which checks it.
class Scanner
{
public:
    explicit Scanner(QByteArrayView data) : m_p(data.data()), m_end(data.data() + data.size()) {}

    int line() const { return m_line; }
    const char *pos() const { return m_p; }
    bool atEnd() const { return m_p == m_end; }
    bool at(char c) const { return m_p < m_end && *m_p == c; }
    void step() { ++m_p; }

    void skipSpace()
    {
        for (; m_p < m_end; ++m_p) {
            const char c = *m_p;
            if (c == '\n')
                ++m_line;
            else if (c != ' ' && c != '\t' && c != '\r')
                return;
        }
    }
    // At a '"': past the closing quote; false when the data ends first.
    bool skipString()
    {
        for (++m_p; m_p < m_end; ++m_p) {
            const char c = *m_p;
            if (c == '"') {
                ++m_p;
                return true;
            }
            if (c == '\n')
                ++m_line;
            else if (c == '\\' && ++m_p < m_end && *m_p == '\n')
                ++m_line;
        }
        return false;
    }
    // Past one value (a string, an object or array by its brackets, or a scalar's characters);
    // false when there is none or the data ends inside it.
    bool skipValue()
    {
        if (at('"'))
            return skipString();
        if (at('{') || at('[')) {
            int depth = 0;
            while (m_p < m_end) {
                const char c = *m_p;
                if (c == '"') {
                    if (!skipString())
                        return false;
                    continue;
                }
                if (c == '\n')
                    ++m_line;
                else if (c == '{' || c == '[')
                    ++depth;
                else if ((c == '}' || c == ']') && --depth == 0) {
                    ++m_p;
                    return true;
                }
                ++m_p;
            }
            return false;
        }
        const char *start = m_p;
        while (m_p < m_end && *m_p != ',' && *m_p != ']' && *m_p != '}' && *m_p != ' ' && *m_p != '\n'
               && *m_p != '\t' && *m_p != '\r')
            ++m_p;
        return m_p > start;
    }

private:
    const char *m_p;
    const char *m_end;
    int m_line = 1;
};

// One value from its bytes, checked by Qt's parser; false when it is not valid JSON.
bool readValue(const char *begin, const char *end, QJsonValue *value)
{
    QJsonParseError error;
    if (*begin == '{' || *begin == '[') {
        const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromRawData(begin, end - begin), &error);
        if (error.error != QJsonParseError::NoError)
            return false;
        *value = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
        return true;
    }
    const QJsonDocument doc = QJsonDocument::fromJson('[' + QByteArray(begin, end - begin) + ']', &error);
    if (error.error != QJsonParseError::NoError || doc.array().size() != 1)
        return false;
    *value = doc.array().first();
    return true;
}

// The records of the array the scanner is at ('['), each given to `each`; false when the scan
// cannot follow it (a trailing comma, for one, ends in a value that is not there).
bool readArray(Scanner &scan, const EachRecord &each)
{
    scan.step();
    scan.skipSpace();
    if (scan.at(']')) {
        scan.step();
        return true;
    }
    for (qsizetype index = 0;; ++index) {
        const char *begin = scan.pos();
        const int line = scan.line();
        QJsonValue record;
        if (!scan.skipValue() || !readValue(begin, scan.pos(), &record))
            return false;
        each(record, line, index);
        scan.skipSpace();
        if (scan.at(']')) {
            scan.step();
            return true;
        }
        if (!scan.at(','))
            return false;
        scan.step();
        scan.skipSpace();
    }
}

// The members of the top-level object the scanner is at ('{'): the array under `key` record by
// record, every other value checked whole.
bool readObject(Scanner &scan, QByteArrayView key, const EachRecord &each)
{
    scan.step();
    bool found = false;
    for (bool first = true;; first = false) {
        scan.skipSpace();
        if (first && scan.at('}'))
            break;
        if (!scan.at('"'))
            return false;
        const char *nameBegin = scan.pos() + 1;
        if (!scan.skipString())
            return false;
        const QByteArrayView name(nameBegin, scan.pos() - 1 - nameBegin);
        if (name.contains('\\'))
            return false; // an escaped key: let Qt's parser decide what it says
        scan.skipSpace();
        if (!scan.at(':'))
            return false;
        scan.step();
        scan.skipSpace();
        if (name == key) {
            if (found || !scan.at('[') || !readArray(scan, each))
                return false; // a second array under the key, or not an array: as parse() decides
            found = true;
        } else {
            const char *begin = scan.pos();
            QJsonValue ignored;
            if (!scan.skipValue() || !readValue(begin, scan.pos(), &ignored))
                return false;
        }
        scan.skipSpace();
        if (scan.at('}'))
            break;
        if (!scan.at(','))
            return false;
        scan.step();
    }
    scan.step();
    return found;
}

} // namespace

QString forEach(const QByteArray &data, const QString &arrayKey, const EachRecord &each,
                const std::function<void()> &restart)
{
    Scanner scan(data);
    scan.skipSpace();
    bool read = false;
    if (scan.at('['))
        read = readArray(scan, each);
    else if (scan.at('{') && !arrayKey.isEmpty())
        read = readObject(scan, arrayKey.toUtf8(), each);
    if (read) {
        scan.skipSpace();
        if (scan.atEnd())
            return {};
    }
    restart();
    const Parsed parsed = parse(data, arrayKey);
    if (!parsed.error.isEmpty())
        return parsed.error;
    for (qsizetype i = 0; i < parsed.items.size(); ++i)
        each(parsed.items.at(i), parsed.line(i), i);
    return {};
}

} // namespace JsonRecords
