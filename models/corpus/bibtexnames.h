#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

// BibTeX's name lists: "A and B and others" split at top-level "and", each name in any of the
// three forms ("First von Last", "von Last, First", "von Last, Jr, First") turned into the display
// form "First von Last Jr" with its TeX decoded. "others" is dropped.
namespace BibtexNames {

QStringList split(QStringView field);
QString displayName(QStringView name);
// split() and displayName() together: the authors of an author field, ready to show.
QStringList authors(QStringView field);

} // namespace BibtexNames
