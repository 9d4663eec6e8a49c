#include "corpus/bibtexnames.h"

#include "text/texdecoder.h"

namespace BibtexNames {

namespace {
// Positions of `c` outside braces.
QList<qsizetype> topLevel(QStringView s, QChar c)
{
    QList<qsizetype> at;
    int depth = 0;
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s[i] == u'{')
            ++depth;
        else if (s[i] == u'}')
            depth = qMax(0, depth - 1);
        else if (s[i] == c && depth == 0)
            at.append(i);
    }
    return at;
}
} // namespace

QStringList split(QStringView field)
{
    QStringList names;
    int depth = 0;
    qsizetype begin = 0;
    for (qsizetype i = 0; i < field.size(); ++i) {
        const QChar c = field[i];
        if (c == u'{') {
            ++depth;
        } else if (c == u'}') {
            depth = qMax(0, depth - 1);
        } else if (depth == 0 && c.isSpace() && i + 4 < field.size()
                   && field.sliced(i + 1, 3).compare(u"and", Qt::CaseInsensitive) == 0 && field[i + 4].isSpace()) {
            names.append(field.sliced(begin, i - begin).trimmed().toString());
            begin = i + 5;
            i += 4;
        }
    }
    names.append(field.sliced(qMin(begin, field.size())).trimmed().toString());
    names.removeAll(QString());
    return names;
}

QString displayName(QStringView name)
{
    const QList<qsizetype> commas = topLevel(name, u',');
    QString display;
    if (commas.isEmpty()) {
        display = name.toString();
    } else {
        const QStringView last = name.first(commas[0]).trimmed();
        const bool withJr = commas.size() >= 2;
        const QStringView jr = withJr ? name.sliced(commas[0] + 1, commas[1] - commas[0] - 1).trimmed() : QStringView();
        const QStringView first = name.sliced((withJr ? commas[1] : commas[0]) + 1).trimmed();
        display = first.toString() + u' ' + last.toString() + (jr.isEmpty() ? QString() : u' ' + jr.toString());
    }
    return TexDecoder::decode(display).simplified();
}

QStringList authors(QStringView field)
{
    QStringList out;
    for (const QString &name : split(field)) {
        if (name.compare(QLatin1String("others"), Qt::CaseInsensitive) == 0)
            continue;
        const QString display = displayName(name);
        if (!display.isEmpty())
            out.append(display);
    }
    return out;
}

} // namespace BibtexNames
