#pragma once

#include <QString>
#include <QStringView>

#include "text/stopwords.h"
#include "text/textfold.h"

// The words of a text that can say what it is about: folded runs of letters and digits, at least
// kMinLength long, with a letter, and not stop words. Shared by the similar-papers index and the
// paper map, so both see the same vocabulary.
namespace TopicTerms {
inline constexpr qsizetype kMinLength = 3;

// Calls f(QStringView term) for every topic term of text, in order.
template<class F>
void forEach(QStringView text, F &&f)
{
    const QString folded = TextFold::fold(text);
    qsizetype i = 0;
    while (i < folded.size()) {
        while (i < folded.size() && !folded[i].isLetterOrNumber())
            ++i;
        const qsizetype start = i;
        bool hasLetter = false;
        while (i < folded.size() && folded[i].isLetterOrNumber())
            hasLetter |= folded[i++].isLetter();
        const QStringView term = QStringView(folded).sliced(start, i - start);
        if (term.size() >= kMinLength && hasLetter && !StopWords::contains(term))
            f(term);
    }
}
} // namespace TopicTerms
