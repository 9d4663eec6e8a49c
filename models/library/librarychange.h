#pragma once

#include <QHash>
#include <QMetaType>
#include <QSet>
#include <QString>

// What one committed library change did to which papers, so models stacked on the store update
// just those rows instead of re-reading everything. `everything` means "unknown" (another running
// instance changed the file): re-read it all.
struct LibraryChange
{
    QHash<QString, bool> bookmarked; // paper id -> bookmarked now
    QHash<QString, bool> read;       // paper id -> read now
    QSet<QString> listed;            // papers whose lists changed (added, removed, a list renamed or deleted)
    QSet<QString> noted;             // papers whose note changed in some list
    bool reordered = false;          // the order of some list changed
    bool everything = false;

    bool isEmpty() const
    {
        return bookmarked.isEmpty() && read.isEmpty() && listed.isEmpty() && noted.isEmpty() && !reordered
               && !everything;
    }
};
Q_DECLARE_METATYPE(LibraryChange)
