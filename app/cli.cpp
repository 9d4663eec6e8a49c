#include "cli.h"

#include "mapcommand.h"

#include "acronyms/acronymminer.h"
#include "clicache.h"
#include "clifacets.h"
#include "corpus/corpusformatter.h"
#include "corpus/corpusreader.h"
#include "search/searchengine.h"
#include "librarycommands.h"
#include "library/librarystore.h"
#include "library/librarytermsource.h"
#include "map/mapcache.h"
#include "map/mapclusterterms.h"

#include <QCoreApplication>
#include <QFile>
#include <QScopeGuard>

#include <cstdio>

namespace Cli {

namespace {
void printErr(const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fprintf(stderr, "skimmer: %s\n", bytes.constData());
}
} // namespace

bool isHeadless(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "--list" || a == "--query" || a.startsWith("--query=") || a == "--help" || a == "-h"
            || a == "--help-all" || a == "--version" || a == "-v" || LibraryCommands::isCommandFlag(a)
            || CliFacets::isHeadlessFlag(a) || CliCache::isHeadlessFlag(a))
            return true;
    }
    // A command line with an unknown option ends in its usage, which needs no window either.
    // (Qt's own window options, which QApplication takes out of argv, are not unknown.)
    static const QByteArrayList qtOptionsWithValue = {"-platform", "-platformtheme", "-plugin", "-style",
                                                      "-stylesheet", "-display", "-geometry", "-qwindowgeometry",
                                                      "-session", "-qwindowtitle", "-qwindowicon"};
    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        if (qtOptionsWithValue.contains(QByteArray(argv[i])) && i > 0) {
            ++i;
            continue;
        }
        if (QByteArray(argv[i]) != "-reverse")
            arguments << QString::fromLocal8Bit(argv[i]);
    }
    QCommandLineParser parser;
    addOptions(parser);
    MapCommand::addOptions(parser);
    return !parser.parse(arguments);
}

int usageError(const QCommandLineParser &parser)
{
    printErr(parser.errorText());
    std::fprintf(stderr, "\n%s", parser.helpText().toLocal8Bit().constData());
    return 2;
}

QString languageArgument(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "--lang" && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
        if (a.startsWith("--lang="))
            return QString::fromLocal8Bit(a.mid(7));
    }
    return {};
}

void addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        QCoreApplication::translate("Cli", "A keyboard-first reader for corpora of research-paper abstracts."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("list"),
                      QCoreApplication::translate("Cli", "Print the parsed corpus and exit (no window).")});
    parser.addOption({QStringLiteral("format"),
                      QCoreApplication::translate("Cli", "Output format: text, json or tsv for --list, --query and "
                                                         "--facets (--query also count or ids); md, csv, json or bib "
                                                         "for --export-list."),
                      QStringLiteral("format"), QStringLiteral("text")});
    parser.addOption({QStringLiteral("verbose"),
                      QCoreApplication::translate("Cli", "Print the problems found while reading the corpus to "
                                                         "stderr (always for --list and for your own files).")});
    parser.addOption({QStringLiteral("query"),
                      QCoreApplication::translate("Cli", "Search the corpus, print the matches best first and exit "
                                                         "(no window). See README for the query language."),
                      QStringLiteral("text")});
    parser.addOption({QStringLiteral("sort"),
                      QCoreApplication::translate("Cli", "Order for --query: relevance, corpus, author or "
                                                         "authors (number of authors); add -reverse to reverse."),
                      QStringLiteral("order"), QStringLiteral("relevance")});
    parser.addOption({QStringLiteral("acronyms"),
                      QCoreApplication::translate("Cli", "With --query: an acronym the corpus defines also matches "
                                                         "its expansion and the other way round, as in the window.")});
    CliFacets::addOptions(parser);
    parser.addOption({QStringLiteral("corpus"),
                      QCoreApplication::translate("Cli", "The corpus file to open (default: the shipped corpus)."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("input-format"),
                      QCoreApplication::translate("Cli", "Read the corpus as this format instead of detecting it: "
                                                         "native, arxiv, bibtex, ris, csl-json or openreview."),
                      QStringLiteral("name")});
    parser.addOption({QStringLiteral("lang"),
                      QCoreApplication::translate("Cli", "User interface language, e.g. de, fr, zh_CN or en "
                                                         "(default: the saved choice, else the system's)."),
                      QStringLiteral("language")});
    LibraryCommands::addOptions(parser);
    CliCache::addOptions(parser);
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QCoreApplication::translate("Cli", "A corpus file to open."),
                                 QStringLiteral("[file]"));
}

namespace {
bool parseSort(QString name, SortOrder *order, bool *reverse)
{
    *reverse = name.endsWith(QLatin1String("-reverse"));
    if (*reverse)
        name.chop(8);
    static const QHash<QString, SortOrder> orders = {
        {QStringLiteral("relevance"), SortOrder::Relevance},
        {QStringLiteral("corpus"), SortOrder::CorpusOrder},
        {QStringLiteral("author"), SortOrder::FirstAuthor},
        {QStringLiteral("authors"), SortOrder::AuthorCount},
    };
    const auto it = orders.constFind(name.toLower());
    if (it == orders.cend())
        return false;
    *order = *it;
    return true;
}
} // namespace

QString corpusPath(const QCommandLineParser &parser)
{
    if (parser.isSet(QStringLiteral("corpus")))
        return parser.value(QStringLiteral("corpus"));
    const QStringList positional = parser.positionalArguments();
    return positional.isEmpty() ? QString::fromLatin1(kEmbeddedCorpus) : positional.first();
}

bool checkInputFormat(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("input-format")) || inputFormat(parser))
        return true;
    printErr(QCoreApplication::translate("Cli", "unknown input format “%1” (use %2).")
                 .arg(parser.value(QStringLiteral("input-format")),
                      CorpusReader::formatNames().join(QStringLiteral(", "))));
    return false;
}

std::optional<CorpusReader::Format> inputFormat(const QCommandLineParser &parser)
{
    if (!parser.isSet(QStringLiteral("input-format")))
        return CorpusReader::Format::Auto;
    return CorpusReader::formatFromName(parser.value(QStringLiteral("input-format")));
}

static CachedCorpusReader::Read readThroughCache(const QCommandLineParser &parser, const QString &path)
{
    CorpusReader::Options options;
    options.format = inputFormat(parser).value_or(CorpusReader::Format::Auto);
    return CliCache::read(parser, path, options);
}

CorpusParser::Result readCorpus(const QCommandLineParser &parser, const QString &path)
{
    return readThroughCache(parser, path).result;
}

// Reads the corpus the command line names (from its index image when there is one), printing the
// error to stderr, and its diagnostics for --list, with --verbose, or for the user's own file (the
// shipped corpus's known flaw would only clutter scripts).
static CachedCorpusReader::Read loadCorpus(const QCommandLineParser &parser)
{
    const QString path = corpusPath(parser);
    CachedCorpusReader::Read read = readThroughCache(parser, path);
    const CorpusParser::Result &result = read.result;
    const bool tell = parser.isSet(QStringLiteral("list")) || parser.isSet(QStringLiteral("verbose"))
        || path != QLatin1String(kEmbeddedCorpus);
    for (const Diagnostic &d : tell ? result.diagnostics : Diagnostics())
        printErr(QStringLiteral("%1: %2").arg(path, d.toString()));
    if (!result.ok())
        printErr(result.error);
    return read;
}

int runList(const QCommandLineParser &parser)
{
    CorpusFormatter::Format format;
    if (!CorpusFormatter::parseFormat(parser.value(QStringLiteral("format")), &format)
        || format == CorpusFormatter::Format::Count) {
        printErr(QCoreApplication::translate("Cli", "unknown format “%1” (use text, json, tsv or ids).")
                     .arg(parser.value(QStringLiteral("format"))));
        return 2;
    }
    // --list never indexes, so it reopens from an image but does not build one.
    const CorpusParser::Result result = loadCorpus(parser).result;
    if (!result.ok())
        return 1;
    QList<qsizetype> rows(result.corpus->size());
    for (qsizetype i = 0; i < rows.size(); ++i)
        rows[i] = i;
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return 1;
    out.write(CorpusFormatter::format(*result.corpus, rows, format));
    return 0;
}

} // namespace Cli

namespace Cli {

int runQuery(const QCommandLineParser &parser)
{
    CorpusFormatter::Format format;
    if (!CorpusFormatter::parseFormat(parser.value(QStringLiteral("format")), &format)) {
        printErr(QCoreApplication::translate("Cli", "unknown format “%1” (use text, json, tsv, count or ids).")
                     .arg(parser.value(QStringLiteral("format"))));
        return 2;
    }
    SortOrder order;
    bool reverse;
    if (!parseSort(parser.value(QStringLiteral("sort")), &order, &reverse)) {
        printErr(QCoreApplication::translate("Cli", "unknown sort order “%1” (use relevance, corpus, author or "
                                                    "authors, optionally followed by -reverse).")
                     .arg(parser.value(QStringLiteral("sort"))));
        return 2;
    }
    const CachedCorpusReader::Read read = loadCorpus(parser);
    const CorpusParser::Result &result = read.result;
    if (!result.ok())
        return 1;
    const auto index = read.fromImage() ? read.index : SearchIndex::build(result.corpus);
    // The results first; then, when the file was parsed, its image for the next call.
    const auto saveImage = qScopeGuard([&] {
        std::fflush(stdout);
        CliCache::save(parser, corpusPath(parser), inputFormat(parser).value_or(CorpusReader::Format::Auto), read,
                       *index);
    });
    SearchQuery query = SearchQuery::parse(parser.value(QStringLiteral("query")));
    // cluster: terms read the paper map the window draws: kept in the same cache, else computed now.
    MapClusterTerms clusters;
    if (query.hasLibraryTerm(SearchQuery::Library::Cluster)) {
        clusters.setMap(MapCache::buildOrLoad(*result.corpus, MapCache::defaultFolder()));
        if (!clusters.isReady()) {
            printErr(QCoreApplication::translate("Cli", "cluster: terms need the paper map, and this corpus has none: %1")
                         .arg(clusters.map()->emptyReason));
            return 2;
        }
        for (const SearchQuery::Clause &c : query.clauses) {
            for (const SearchQuery::Phrase &p : c.alternatives) {
                if (p.library != SearchQuery::Library::Cluster || !clusters.label(p.clusterLevel, p.clusterId).isEmpty())
                    continue;
                const int levels = int(clusters.map()->levels.size());
                const int count = p.clusterLevel < levels ? int(clusters.map()->levels[size_t(p.clusterLevel)].clusters.size()) : 0;
                printErr(QCoreApplication::translate("Cli", "the map has no cluster %1 at level %2 (it has %3 levels; "
                                                            "this one has clusters 0 to %4; --map-json lists them)")
                             .arg(p.clusterId).arg(p.clusterLevel + 1).arg(levels).arg(count - 1));
                return 2;
            }
        }
    }
    if (parser.isSet(QStringLiteral("acronyms")))
        query = AcronymMiner::mine(*result.corpus)->expand(query, nullptr);
    // list: and is: terms read the library (--library, $SKIMMER_LIBRARY or the default), never writing it.
    LibraryRows library;
    LibraryStore store;
    const bool needsStore = query.hasLibraryTerm(SearchQuery::Library::List) ||
                            query.hasLibraryTerm(SearchQuery::Library::Starred) ||
                            query.hasLibraryTerm(SearchQuery::Library::Read) ||
                            query.hasLibraryTerm(SearchQuery::Library::Unread);
    if (needsStore && !store.open(LibraryCommands::libraryPath(parser), LibraryStore::OpenMode::ReadOnly)) {
        printErr(store.errorString());
        return 1;
    }
    if (query.hasLibraryTerms()) {
        const LibraryTermSource source([&result] { return result.corpus.get(); }, &store);
        library = LibraryRows::resolve(query, needsStore ? &source : nullptr, &clusters);
    }
    SearchResult found = SearchEngine::run(*index, query, order, reverse, nullptr, &library);
    QString error;
    if (!CliFacets::filter(parser, *result.corpus, found.rows, found.scores, &error)) {
        printErr(error);
        return 2;
    }
    if (parser.isSet(QStringLiteral("facets"))) {
        QFile facetsOut;
        if (!facetsOut.open(stdout, QIODevice::WriteOnly))
            return 1;
        facetsOut.write(CliFacets::facets(parser, result.corpus, found.rows, format));
        return 0;
    }
    const QList<qsizetype> rows(found.rows.begin(), found.rows.end());
    const QList<double> scores(found.scores.begin(), found.scores.end());
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return 1;
    out.write(CorpusFormatter::format(*result.corpus, rows, format, scores));
    return 0;
}

} // namespace Cli
