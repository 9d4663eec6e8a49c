#pragma once

#include <QByteArrayView>

// The names of an author line: comma-separated, trimmed, empty ones skipped.
namespace AuthorLine {

// Calls fn(name) for each name in order while it returns true; false if fn stopped early.
template<typename Fn>
bool forEachName(QByteArrayView line, Fn &&fn)
{
    for (qsizetype start = 0; !line.isEmpty() && start <= line.size();) {
        qsizetype comma = line.indexOf(',', start);
        if (comma < 0)
            comma = line.size();
        const QByteArrayView part = line.sliced(start, comma - start).trimmed();
        start = comma + 1;
        if (!part.isEmpty() && !fn(part))
            return false;
    }
    return true;
}

} // namespace AuthorLine
