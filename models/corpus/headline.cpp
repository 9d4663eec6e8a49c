#include "corpus/headline.h"

#include <QSet>

namespace Headline {

namespace {
// Words that end with a period without ending the sentence (compared lower-case, without the period).
const QSet<QString> &abbreviations()
{
    static const QSet<QString> set = {
        QStringLiteral("e.g"), QStringLiteral("i.e"), QStringLiteral("al"), QStringLiteral("etc"),
        QStringLiteral("fig"), QStringLiteral("figs"), QStringLiteral("eq"), QStringLiteral("eqs"),
        QStringLiteral("sec"), QStringLiteral("vs"), QStringLiteral("cf"), QStringLiteral("resp"),
        QStringLiteral("approx"), QStringLiteral("no"), QStringLiteral("ref"), QStringLiteral("refs"),
        QStringLiteral("dr"), QStringLiteral("mr"), QStringLiteral("ms"), QStringLiteral("prof"),
        QStringLiteral("a.k.a"), QStringLiteral("w.r.t"), QStringLiteral("viz"), QStringLiteral("tab"),
        QStringLiteral("st"), QStringLiteral("jr"), QStringLiteral("sr"), QStringLiteral("incl"),
    };
    return set;
}

bool endsSentence(const QString &text, qsizetype dot)
{
    // Period must be followed by white space (decimals like 3.5 and "a.k.a" have none).
    if (dot + 1 < text.size() && !text.at(dot + 1).isSpace())
        return false;
    if (text.at(dot) != QLatin1Char('.'))
        return true; // '?' or '!'
    qsizetype start = dot;
    while (start > 0 && !text.at(start - 1).isSpace() && text.at(start - 1) != QLatin1Char('('))
        --start;
    const QString word = text.mid(start, dot - start).toLower();
    if (word.size() == 1 && word.at(0).isLetter())
        return false; // an initial: "J. Smith"
    if (abbreviations().contains(word))
        return false;
    // The next word must start like a sentence (capital, digit, or TeX/quote).
    qsizetype next = dot + 1;
    while (next < text.size() && text.at(next).isSpace())
        ++next;
    if (next >= text.size())
        return true;
    const QChar c = text.at(next);
    return c.isUpper() || c.isDigit() || c == QLatin1Char('$') || c == QLatin1Char('"') || c == QLatin1Char('(');
}
} // namespace

QString shorten(const QString &text, int maxLength)
{
    const QString s = text.simplified();
    if (s.size() <= maxLength)
        return s;
    qsizetype cut = s.lastIndexOf(QLatin1Char(' '), maxLength - 1);
    if (cut < maxLength / 2)
        cut = maxLength - 1;
    QString out = s.left(cut);
    while (!out.isEmpty() && (out.back().isPunct() || out.back().isSpace()))
        out.chop(1);
    return out + QChar(0x2026);
}

QString firstSentence(const QString &abstract)
{
    const QString s = abstract.simplified();
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if ((c == QLatin1Char('.') || c == QLatin1Char('?') || c == QLatin1Char('!')) && endsSentence(s, i))
            return shorten(s.left(i + 1));
        if (i > kMaxLength * 2)
            break;
    }
    return shorten(s);
}

QString familyName(const QString &author)
{
    static const QSet<QString> suffixes = {QStringLiteral("jr"), QStringLiteral("jr."), QStringLiteral("sr"),
                                           QStringLiteral("sr."), QStringLiteral("ii"), QStringLiteral("iii"),
                                           QStringLiteral("iv")};
    QStringList words = author.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    while (words.size() > 1 && suffixes.contains(words.last().toLower()))
        words.removeLast();
    return words.isEmpty() ? QString() : words.last();
}

QString authorLabel(const QStringList &authors)
{
    switch (authors.size()) {
    case 0:
        return QString();
    case 1:
        return familyName(authors.at(0));
    case 2:
        return familyName(authors.at(0)) + QStringLiteral(", ") + familyName(authors.at(1));
    default:
        return familyName(authors.at(0)) + QStringLiteral(", ") + familyName(authors.at(1))
            + QStringLiteral(" et al.");
    }
}

} // namespace Headline
