#include "facets/fieldfacetindex.h"

#include <QHash>

#include <algorithm>

namespace {
QStringList fieldValues(const Corpus &corpus, qsizetype row, FieldFacetIndex::Kind kind)
{
    switch (kind) {
    case FieldFacetIndex::Kind::Year: {
        const int year = corpus.year(row);
        return year > 0 ? QStringList{QString::number(year)} : QStringList{};
    }
    case FieldFacetIndex::Kind::Category: return corpus.categories(row);
    case FieldFacetIndex::Kind::Keyword: return corpus.keywords(row);
    case FieldFacetIndex::Kind::Venue: break;
    }
    const QString venue = corpus.venue(row);
    return venue.isEmpty() ? QStringList{} : QStringList{venue};
}
} // namespace

bool FieldFacetIndex::parseKind(const QString &name, Kind *kind)
{
    static const std::pair<const char *, Kind> kinds[] = {
        {"year", Kind::Year}, {"category", Kind::Category}, {"venue", Kind::Venue}, {"keyword", Kind::Keyword}};
    for (const auto &[n, k] : kinds) {
        if (name.compare(QLatin1String(n), Qt::CaseInsensitive) == 0) {
            *kind = k;
            return true;
        }
    }
    return false;
}

FieldFacetIndex::FieldFacetIndex(const Corpus &corpus, Kind kind) : m_kind(kind)
{
    // First pass: distinct values (case kept as first seen), then their order, then the ids.
    QHash<QString, quint32> firstSeen;
    std::vector<QStringList> perRow(size_t(corpus.hasMetadata() ? corpus.size() : 0));
    for (size_t row = 0; row < perRow.size(); ++row) {
        perRow[row] = fieldValues(corpus, qsizetype(row), kind);
        for (const QString &v : perRow[row])
            firstSeen.insert(v.toCaseFolded(), 0);
    }
    QStringList folded = firstSeen.keys();
    if (kind == Kind::Year)
        std::sort(folded.begin(), folded.end(), [](const QString &a, const QString &b) { return a.toInt() < b.toInt(); });
    else
        std::sort(folded.begin(), folded.end());
    for (qsizetype i = 0; i < folded.size(); ++i)
        firstSeen[folded[i]] = quint32(i);
    m_values.resize(folded.size());
    m_begin.assign(size_t(corpus.size()) + 1, 0);
    for (size_t row = 0; row < perRow.size(); ++row) {
        for (const QString &v : perRow[row]) {
            const quint32 id = firstSeen.value(v.toCaseFolded());
            if (m_values[id].isNull())
                m_values[id] = v;
            if (std::find(m_ids.begin() + qsizetype(m_begin[row]), m_ids.end(), id) == m_ids.end())
                m_ids.push_back(id); // a value listed twice counts once
        }
        m_begin[row + 1] = m_ids.size();
    }
    for (size_t row = perRow.size(); row < size_t(corpus.size()); ++row)
        m_begin[row + 1] = m_ids.size();
}

std::vector<quint32> FieldFacetIndex::matchingValues(const QString &text) const
{
    std::vector<quint32> out;
    const QString t = text.trimmed();
    const qsizetype dots = t.indexOf(QLatin1String(".."));
    for (qsizetype id = 0; id < m_values.size(); ++id) {
        const QString &v = m_values[id];
        bool match = v.compare(t, Qt::CaseInsensitive) == 0;
        if (!match && m_kind == Kind::Category)
            match = v.startsWith(t + u'.', Qt::CaseInsensitive);
        if (!match && m_kind == Kind::Year && dots > 0) {
            const int year = v.toInt();
            match = year >= t.first(dots).toInt() && year <= t.sliced(dots + 2).toInt();
        }
        if (match)
            out.push_back(quint32(id));
    }
    return out;
}

std::vector<quint32> FieldFacetIndex::count(std::span<const quint32> rows) const
{
    std::vector<quint32> counts(size_t(m_values.size()), 0);
    for (const quint32 row : rows) {
        for (const quint32 id : valuesOf(row))
            ++counts[id];
    }
    return counts;
}
