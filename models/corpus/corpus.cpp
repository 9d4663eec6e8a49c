#include "corpus/corpus.h"

#include "corpus/headline.h"

QByteArrayView Corpus::utf8(Span s) const
{
    if (s.isNull())
        return {};
    return QByteArrayView(m_text.constData() + s.pos, s.len);
}

QString Corpus::text(Span s) const
{
    return s.isNull() ? QString() : QString::fromUtf8(utf8(s));
}

QStringList Corpus::list(Span s) const
{
    if (s.isNull() || s.len == 0)
        return {};
    return text(s).split(QLatin1Char(kListSeparator), Qt::SkipEmptyParts);
}

const Corpus::Metadata &Corpus::metadata(qsizetype i) const
{
    static const Metadata none;
    return m_meta.empty() ? none : m_meta[size_t(i)];
}

QString Corpus::id(qsizetype i) const
{
    const Record &r = record(i);
    QString s = QStringLiteral("%1").arg(r.hash, 16, 16, QLatin1Char('0'));
    if (r.duplicate > 0)
        s += QLatin1Char('-') + QString::number(r.duplicate + 1);
    return s;
}

QStringList Corpus::authors(qsizetype i) const
{
    QStringList names;
    const auto ids = authorIds(i);
    if (ids.empty())
        return names;
    // Shown as written in this record, not the corpus-wide display spelling.
    const QString line = text(record(i).authors);
    for (const QString &part : line.split(QLatin1Char(','))) {
        const QString name = part.simplified();
        if (!name.isEmpty())
            names.append(name);
    }
    return names;
}

std::span<const AuthorTable::Id> Corpus::authorIds(qsizetype i) const
{
    const Record &r = record(i);
    return std::span<const AuthorTable::Id>(m_authorIds).subspan(r.authorBegin, r.authorCount);
}

QString Corpus::headline(qsizetype i) const
{
    if (const Span t = metadata(i).title; !t.isNull())
        return text(t);
    return hasTldr(i) ? Headline::shorten(tldr(i)) : Headline::firstSentence(abstract(i));
}

QString Corpus::authorLabel(qsizetype i) const
{
    return Headline::authorLabel(authors(i));
}

qsizetype Corpus::indexOfId(const QString &id) const
{
    // "<16 hex digits>" or "<16 hex digits>-<n>" for the n-th of identical records.
    const qsizetype dash = id.indexOf(QLatin1Char('-'));
    bool ok = false;
    const quint64 hash = QStringView(id).left(dash < 0 ? id.size() : dash).toULongLong(&ok, 16);
    if (!ok)
        return -1;
    quint32 duplicate = 0;
    if (dash >= 0) {
        const uint n = QStringView(id).mid(dash + 1).toUInt(&ok);
        if (!ok || n < 2)
            return -1;
        duplicate = n - 1;
    }
    const auto it = m_rowByHash.find(hash);
    if (it == m_rowByHash.end())
        return -1;
    for (qsizetype row = it->second; row < size(); ++row) {
        const Record &r = record(row);
        if (r.hash == hash && r.duplicate == duplicate)
            return row;
    }
    return -1;
}
