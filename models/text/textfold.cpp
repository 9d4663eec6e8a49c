#include "text/textfold.h"

#include <QChar>
#include <QList>

namespace TextFold {

namespace {
// Letters that Unicode does not decompose but that readers treat as accented forms.
char32_t specialBase(char32_t ch)
{
    switch (ch) {
    case U'ø': case U'Ø': return U'o';
    case U'ł': case U'Ł': return U'l';
    case U'đ': case U'Đ': return U'd';
    case U'ħ': case U'Ħ': return U'h';
    case U'ı': return U'i';
    default: return 0;
    }
}
} // namespace

void appendFolded(QString &out, char32_t ch)
{
    if (ch < 0x80) {
        out.append(QChar(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch));
        return;
    }
    if (char32_t base = specialBase(ch)) {
        out.append(QChar(base));
        return;
    }
    const QString decomposed = QString::fromUcs4(&ch, 1).normalized(QString::NormalizationForm_KD);
    for (char32_t c : decomposed.toUcs4()) {
        if (QChar::category(c) == QChar::Mark_NonSpacing || QChar::category(c) == QChar::Mark_Enclosing)
            continue;
        const QString folded = QString::fromUcs4(&c, 1).toCaseFolded();
        out.append(folded);
    }
}

QString fold(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t ch = text[i].unicode();
        if (QChar::isHighSurrogate(ch) && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            ch = QChar::surrogateToUcs4(text[i].unicode(), text[i + 1].unicode());
            ++i;
        }
        appendFolded(out, ch);
    }
    return out;
}

QString authorKey(QStringView name)
{
    const QString folded = fold(name);
    QString key;
    key.reserve(folded.size());
    bool pendingSpace = false;
    for (QChar c : folded) {
        if (c.isLetterOrNumber()) {
            if (pendingSpace && !key.isEmpty())
                key.append(u' ');
            pendingSpace = false;
            key.append(c);
        } else {
            pendingSpace = true;
        }
    }
    return key;
}

} // namespace TextFold
