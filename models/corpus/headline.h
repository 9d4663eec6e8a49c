#pragma once

#include <QString>
#include <QStringList>

// Papers in this format have no titles; these build what the list shows in their place.
namespace Headline {

constexpr int kMaxLength = 180;

// The first sentence of an abstract, aware of "e.g.", "et al.", "Fig. 2", initials and decimals,
// shortened to kMaxLength at a word boundary with an ellipsis.
QString firstSentence(const QString &abstract);

// Collapses white space and shortens to kMaxLength at a word boundary with an ellipsis.
QString shorten(const QString &text, int maxLength = kMaxLength);

// "Child" for one author, "Xu, Zhang" for two, "Xu, Zhang et al." for more.
QString authorLabel(const QStringList &authors);

// The family name used in labels: the last word, skipping suffixes such as "Jr.".
QString familyName(const QString &author);

} // namespace Headline
