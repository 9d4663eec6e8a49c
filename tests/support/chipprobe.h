#pragma once

#include <QFrame>
#include <QLabel>
#include <QStringList>
#include <QToolButton>

// What a window's chip bar shows, for the GUI tests of the filters: "key=text" per visible chip,
// and the remove button of the chip with a key.
inline QStringList chips(const QWidget &w)
{
    QStringList out;
    for (QFrame *frame : w.findChildren<QFrame *>(QStringLiteral("filterChip"))) {
        if (!frame->isHidden())
            out.append(frame->property("chipKey").toString() + QLatin1Char('=') + frame->findChild<QLabel *>()->text());
    }
    return out;
}

inline QToolButton *removeButtonOf(const QWidget &w, const QString &key)
{
    for (QFrame *frame : w.findChildren<QFrame *>(QStringLiteral("filterChip"))) {
        if (!frame->isHidden() && frame->property("chipKey").toString() == key)
            return frame->findChild<QToolButton *>(QStringLiteral("chipRemoveButton"));
    }
    return nullptr;
}
