#pragma once

#include <QList>
#include <QString>

// One problem found while reading a corpus file: where it is and what it is, in words a user can act on.
struct Diagnostic
{
    enum Severity { Warning, Error };
    int line = 0; // 1-based source line; 0 when the problem concerns the whole file
    Severity severity = Warning;
    QString message;

    QString toString() const
    {
        return line > 0 ? QStringLiteral("line %1: %2").arg(line).arg(message) : message;
    }
};

using Diagnostics = QList<Diagnostic>;
