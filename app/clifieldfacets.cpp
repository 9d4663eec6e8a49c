#include "clifieldfacets.h"

#include "facets/fieldfacetindex.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <numeric>

namespace CliFieldFacets {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

constexpr std::pair<const char *, FieldFacetIndex::Kind> kFilters[] = {
    {"year", FieldFacetIndex::Kind::Year},
    {"category", FieldFacetIndex::Kind::Category},
    {"venue", FieldFacetIndex::Kind::Venue},
};

// Keeps the rows holding any of `values`.
bool keep(const FieldFacetIndex &index, const QStringList &values, std::vector<quint32> &rows,
          std::vector<float> &scores, QString *error)
{
    std::vector<bool> wanted(size_t(index.valueCount()), false);
    for (const QString &v : values) {
        const std::vector<quint32> ids = index.matchingValues(v);
        if (ids.empty()) {
            *error = tr("no paper in this corpus has “%1” there.").arg(v);
            return false;
        }
        for (quint32 id : ids)
            wanted[id] = true;
    }
    keepRows(rows, scores, [&index, &wanted](quint32 row) {
        const auto held = index.valuesOf(row);
        return std::any_of(held.begin(), held.end(), [&wanted](quint32 id) { return wanted[id]; });
    });
    return true;
}
} // namespace

void addOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("year"), tr("Only papers of this year or range, e.g. 2019 or 2015..2019 (repeatable)."),
                      QStringLiteral("year")});
    parser.addOption({QStringLiteral("category"), tr("Only papers in this category, e.g. cs.LG, or group, e.g. cs (repeatable)."),
                      QStringLiteral("category")});
    parser.addOption({QStringLiteral("venue"), tr("Only papers from this venue (repeatable)."), QStringLiteral("venue")});
    parser.addOption({QStringLiteral("facet"), tr("With --facets: author (default), year, category, venue or keyword."),
                      QStringLiteral("field")});
}

bool isSet(const QCommandLineParser &parser)
{
    for (const char *name : {"year", "category", "venue", "facet"}) {
        if (parser.isSet(QString::fromLatin1(name)))
            return true;
    }
    return false;
}

bool isHeadlessFlag(const QByteArray &a)
{
    for (const char *name : {"--year", "--category", "--venue", "--facet"}) {
        if (a == name || a.startsWith(QByteArray(name) + '='))
            return true;
    }
    return false;
}

bool filter(const QCommandLineParser &parser, const Corpus &corpus, std::vector<quint32> &rows,
            std::vector<float> &scores, QString *error)
{
    for (const auto &[option, kind] : kFilters) {
        const QStringList values = parser.values(QString::fromLatin1(option));
        if (values.isEmpty())
            continue;
        const FieldFacetIndex index(corpus, kind);
        if (index.isEmpty()) {
            *error = tr("this corpus has no %1 field (--%1 needs a format that carries it).").arg(QLatin1String(option));
            return false;
        }
        if (!keep(index, values, rows, scores, error))
            return false;
    }
    return true;
}

bool facets(const QCommandLineParser &parser, const Corpus &corpus, const std::vector<quint32> &rows,
            CorpusFormatter::Format format, QByteArray *out, QString *error)
{
    FieldFacetIndex::Kind kind;
    const QString name = parser.value(QStringLiteral("facet"));
    if (name.isEmpty() || name.compare(QLatin1String("author"), Qt::CaseInsensitive) == 0)
        return false;
    if (!FieldFacetIndex::parseKind(name, &kind)) {
        *error = tr("unknown facet “%1” (use author, year, category, venue or keyword).").arg(name);
        return true;
    }
    const FieldFacetIndex index(corpus, kind);
    const std::vector<quint32> counts = index.count(rows);
    std::vector<quint32> order(counts.size());
    std::iota(order.begin(), order.end(), 0u);
    if (kind != FieldFacetIndex::Kind::Year) // years stay in order, as the year strip shows them
        std::stable_sort(order.begin(), order.end(), [&counts](quint32 a, quint32 b) { return counts[a] > counts[b]; });
    const int top = parser.isSet(QStringLiteral("top")) ? parser.value(QStringLiteral("top")).toInt() : -1;
    QJsonArray array;
    *out = format == CorpusFormatter::Format::Tsv ? "name\tcount\n" : "";
    int shown = 0;
    for (quint32 id : order) {
        if (counts[id] == 0 || (top > 0 && shown++ >= top))
            continue;
        const QString value = index.value(id);
        if (format == CorpusFormatter::Format::Json)
            array.append(QJsonObject{{QStringLiteral("name"), value}, {QStringLiteral("count"), int(counts[id])}});
        else if (format == CorpusFormatter::Format::Tsv)
            *out += value.toUtf8() + '\t' + QByteArray::number(counts[id]) + '\n';
        else
            *out += QByteArray::number(counts[id]).rightJustified(6) + "  " + value.toUtf8() + '\n';
    }
    if (format == CorpusFormatter::Format::Json)
        *out = QJsonDocument(array).toJson(QJsonDocument::Indented);
    return true;
}

} // namespace CliFieldFacets
