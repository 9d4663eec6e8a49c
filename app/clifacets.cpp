#include "clifacets.h"

#include "clifieldfacets.h"

#include "facets/authorfacetmodel.h"
#include "facets/authorindex.h"
#include "facets/facetselection.h"

#include <QCollator>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <limits>

namespace CliFacets {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

// " Did you mean …?" with up to three authors whose name words start with the given words.
QString suggestions(const Corpus &corpus, const QString &name)
{
    // Non-owning: the index lives only in this function, the corpus outlives it.
    const AuthorIndex index(std::shared_ptr<const Corpus>(&corpus, [](const Corpus *) { }), QCollator());
    const QStringList words = AuthorIndex::filterWords(name);
    QStringList found;
    for (AuthorTable::Id id = 0; id < AuthorTable::Id(index.size()) && found.size() < 3; ++id) {
        if (index.matchesFilter(id, words))
            found.append(corpus.authorTable().displayName(id));
    }
    return found.isEmpty() ? QString() : tr(" Did you mean %1?").arg(found.join(QStringLiteral(", ")));
}

bool selection(const QCommandLineParser &parser, const Corpus &corpus, FacetSelection *out, QString *error)
{
    const std::pair<const char *, FacetSelection::State> options[] = {
        {"author", FacetSelection::State::Included},
        {"exclude-author", FacetSelection::State::Excluded},
    };
    for (const auto &[option, state] : options) {
        for (const QString &name : parser.values(QString::fromLatin1(option))) {
            const qint64 id = corpus.authorTable().find(name);
            if (id < 0) {
                *error = tr("no author named “%1” in this corpus (names match ignoring case and accents).")
                             .arg(name) + suggestions(corpus, name);
                return false;
            }
            out->setState(AuthorTable::Id(id), state);
        }
    }
    out->setMode(parser.isSet(QStringLiteral("any")) ? FacetSelection::Mode::Any : FacetSelection::Mode::All);
    return true;
}
} // namespace

void addOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("author"),
                      tr("Only papers by this author (repeatable: papers by all of them, or any with --any)."),
                      QStringLiteral("name")});
    parser.addOption({QStringLiteral("exclude-author"), tr("Leave out papers by this author (repeatable)."),
                      QStringLiteral("name")});
    parser.addOption({QStringLiteral("any"), tr("With several --author: papers by any of them.")});
    parser.addOption({QStringLiteral("facets"),
                      tr("Print the authors of the matching papers with their counts instead of the papers.")});
    parser.addOption({QStringLiteral("top"), tr("With --facets: only the first N authors."), QStringLiteral("n")});
    CliFieldFacets::addOptions(parser);
}

bool isSet(const QCommandLineParser &parser)
{
    for (const char *name : {"author", "exclude-author", "any", "facets", "top"}) {
        if (parser.isSet(QString::fromLatin1(name)))
            return true;
    }
    return CliFieldFacets::isSet(parser);
}

bool isHeadlessFlag(const QByteArray &a)
{
    for (const char *name : {"--author", "--exclude-author", "--any", "--facets", "--top"}) {
        if (a == name || a.startsWith(QByteArray(name) + '='))
            return true;
    }
    return CliFieldFacets::isHeadlessFlag(a);
}

bool filter(const QCommandLineParser &parser, const Corpus &corpus, std::vector<quint32> &rows,
            std::vector<float> &scores, QString *error)
{
    if (parser.isSet(QStringLiteral("top"))) {
        bool ok = false;
        if (parser.value(QStringLiteral("top")).toInt(&ok) <= 0 || !ok) {
            *error = tr("--top needs a positive number, not “%1”.").arg(parser.value(QStringLiteral("top")));
            return false;
        }
    }
    if (!CliFieldFacets::filter(parser, corpus, rows, scores, error))
        return false;
    QByteArray unused; // checks the --facet name here, where errors can still be reported
    if (CliFieldFacets::facets(parser, corpus, {}, CorpusFormatter::Format::Text, &unused, error) && !error->isEmpty())
        return false;
    FacetSelection s;
    if (!selection(parser, corpus, &s, error))
        return false;
    if (s.isEmpty())
        return true;
    CliFieldFacets::keepRows(rows, scores, [&s, &corpus](quint32 row) { return s.accepts(corpus, row); });
    return true;
}

QByteArray facets(const QCommandLineParser &parser, std::shared_ptr<const Corpus> corpus,
                  const std::vector<quint32> &rows, CorpusFormatter::Format format)
{
    QByteArray fieldCounts;
    QString ignoredError; // reported by filter()
    if (CliFieldFacets::facets(parser, *corpus, rows, format, &fieldCounts, &ignoredError))
        return fieldCounts;
    AuthorFacetModel model;
    const int top = parser.isSet(QStringLiteral("top")) ? parser.value(QStringLiteral("top")).toInt() : -1;
    // The window's list is bounded; the command line prints every author unless --top says otherwise.
    model.setRowLimit(top > 0 ? top : std::numeric_limits<int>::max());
    model.setCorpus(corpus);
    FacetSelection s;
    QString ignored; // names were checked by filter()
    selection(parser, *corpus, &s, &ignored);
    model.setSelection(s);
    model.setResultRows(rows);
    const int n = top > 0 ? std::min(top, model.rowCount()) : model.rowCount();
    QJsonArray array;
    QByteArray out = format == CorpusFormatter::Format::Tsv ? "name\tcount\n" : "";
    for (int r = 0; r < n; ++r) {
        const QString name = model.index(r).data(AuthorFacetModel::NameRole).toString();
        const int count = model.index(r).data(AuthorFacetModel::CountRole).toInt();
        if (format == CorpusFormatter::Format::Json)
            array.append(QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("count"), count}});
        else if (format == CorpusFormatter::Format::Tsv)
            out += name.toUtf8() + '\t' + QByteArray::number(count) + '\n';
        else
            out += QByteArray::number(count).rightJustified(6) + "  " + name.toUtf8() + '\n';
    }
    return format == CorpusFormatter::Format::Json ? QJsonDocument(array).toJson(QJsonDocument::Indented) : out;
}

} // namespace CliFacets
