#include "librarycommands.h"

#include "cli.h"
#include "paperids.h"
#include "corpus/corpusparser.h"
#include "library/libraryexporter.h"
#include "library/librarystore.h"
#include "ranking/listclassifier.h"
#include "search/similarityindex.h"
#include "text/controlescape.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSaveFile>

#include <cstdio>
#include <functional>

namespace LibraryCommands {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("LibraryCommands", text);
}

void printErr(const QString &text)
{
    std::fprintf(stderr, "skimmer: %s\n", text.toLocal8Bit().constData());
}

void printOut(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

std::shared_ptr<const Corpus> loadCorpus(const QCommandLineParser &parser)
{
    // Positional arguments are paper ids here, so the corpus comes only from --corpus.
    const QString path = parser.isSet(QStringLiteral("corpus")) ? parser.value(QStringLiteral("corpus"))
                                                                  : QString::fromLatin1(Cli::kEmbeddedCorpus);
    const CorpusParser::Result result = Cli::readCorpus(parser, path);
    if (!result.ok()) {
        printErr(QStringLiteral("%1: %2").arg(path, result.error));
        return nullptr;
    }
    return result.corpus;
}

// Reads the ids one at a time (see PaperIds) and keeps each paper once. An id is known when the
// corpus has it, or, with `alsoKnown`, when that says so (unbookmarking a paper of another corpus).
// Unknown ids are counted and a few named: false, and nothing is changed.
bool resolve(const QCommandLineParser &parser, const Corpus &corpus, QList<LibraryStore::Paper> *papers,
             const std::function<bool(const QString &)> &alsoKnown = {})
{
    PaperIds ids(parser);
    UnknownIds unknown;
    QSet<QString> seen; // ids, not papers: bounded by the corpus and the library, not by the input
    qint64 given = 0;
    for (QString id; ids.next(&id); ++given) {
        const qsizetype row = corpus.indexOfId(id);
        if (row < 0 && !(alsoKnown && alsoKnown(id)))
            unknown.add(id);
        else if (!seen.contains(id) && unknown.isEmpty()) // once one is unknown nothing is changed: stop collecting
            papers->append(row >= 0 ? LibraryStore::paperFrom(corpus, row) : LibraryStore::Paper{id, {}, {}});
        seen.insert(id);
    }
    if (given == 0) {
        printErr(tr("no paper ids given (pass them after the option, e.g. from --query … --format ids)"));
        return false;
    }
    if (!unknown.isEmpty())
        printErr(tr("not in the corpus “%1”: %2 — nothing was changed").arg(corpus.name(), unknown.describe()));
    return unknown.isEmpty();
}

int bookmark(const QCommandLineParser &parser, LibraryStore &store, bool on)
{
    const auto corpus = loadCorpus(parser);
    if (!corpus)
        return 1;
    QList<LibraryStore::Paper> papers;
    // A bookmark of a paper from another corpus can still be removed.
    const QSet<QString> bookmarked = on ? QSet<QString>() : store.bookmarkedIds();
    if (!resolve(parser, *corpus, &papers, [&bookmarked](const QString &id) { return bookmarked.contains(id); }))
        return 1;
    return store.setBookmarked(papers, on) ? 0 : 1;
}

int addToList(const QCommandLineParser &parser, LibraryStore &store)
{
    const auto corpus = loadCorpus(parser);
    QList<LibraryStore::Paper> papers;
    if (!corpus || !resolve(parser, *corpus, &papers))
        return 1;
    int added = 0;
    const QString name = parser.value(QStringLiteral("add-to-list"));
    if (!store.addToList(name, papers, &added))
        return 1;
    printOut(tr("added %1 of %2 papers to “%3”\n").arg(added).arg(papers.size()).arg(ControlEscape::escaped(store.canonicalListName(name))).toUtf8());
    return 0;
}

int lists(const QCommandLineParser &parser, const LibraryStore &store)
{
    const QString format = parser.value(QStringLiteral("format"));
    if (format == QLatin1String("json")) {
        QJsonArray array;
        for (const auto &l : store.lists())
            array.append(QJsonObject{{QStringLiteral("name"), l.name}, {QStringLiteral("count"), l.count}});
        printOut(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return 0;
    }
    QByteArray out;
    for (const auto &l : store.lists())
        out += QStringLiteral("%1\t%2\n").arg(ControlEscape::escaped(l.name)).arg(l.count).toUtf8();
    printOut(out);
    return 0;
}

bool writeOutput(const QCommandLineParser &parser, const QByteArray &bytes)
{
    if (!parser.isSet(QStringLiteral("output"))) {
        printOut(bytes);
        return true;
    }
    QSaveFile file(parser.value(QStringLiteral("output")));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        printErr(tr("cannot write “%1”: %2").arg(file.fileName(), file.errorString()));
        return false;
    }
    return true;
}

int exportList(const QCommandLineParser &parser, const LibraryStore &store)
{
    LibraryExporter::Format format = LibraryExporter::Format::Markdown;
    if (parser.isSet(QStringLiteral("format")))
        LibraryExporter::parseFormat(parser.value(QStringLiteral("format")), &format); // checked by checkArguments
    const QString name = parser.value(QStringLiteral("export-list"));
    LibraryExporter::Document doc;
    if (!LibraryExporter::documentFor(store, name, &doc)) {
        printErr(tr("no list named “%1” in %2").arg(ControlEscape::escaped(name), store.path()));
        return 1;
    }
    const auto corpus = format == LibraryExporter::Format::Json ? nullptr : loadCorpus(parser);
    if (format != LibraryExporter::Format::Json && !corpus)
        return 1;
    return writeOutput(parser, LibraryExporter::format(doc, format, corpus.get())) ? 0 : 1;
}

int notRelevant(const QCommandLineParser &parser, LibraryStore &store)
{
    const QString name = parser.value(QStringLiteral("not-relevant"));
    const auto corpus = loadCorpus(parser);
    QList<LibraryStore::Paper> papers;
    if (!corpus || !resolve(parser, *corpus, &papers))
        return 1;
    if (!store.setNotRelevant(name, papers, true))
        return 1;
    printOut(tr("%1 papers voted not relevant for “%2”\n").arg(papers.size()).arg(ControlEscape::escaped(name)).toUtf8());
    return 0;
}

// --more-like-list: the papers outside the list ranked by the list's classifier, best first.
int moreLikeList(const QCommandLineParser &parser, const LibraryStore &store)
{
    const QString name = parser.value(QStringLiteral("more-like-list"));
    LibraryExporter::Document doc;
    if (!LibraryExporter::documentFor(store, name, &doc)) {
        printErr(tr("no list named “%1” in %2").arg(ControlEscape::escaped(name), store.path()));
        return 1;
    }
    const QStringList positional = parser.positionalArguments();
    const QString path = !positional.isEmpty() ? positional.first()
                         : parser.isSet(QStringLiteral("corpus")) ? parser.value(QStringLiteral("corpus"))
                                                                    : QString::fromLatin1(Cli::kEmbeddedCorpus);
    const CorpusParser::Result parsed = Cli::readCorpus(parser, path);
    if (!parsed.ok()) {
        printErr(QStringLiteral("%1: %2").arg(path, parsed.error));
        return 1;
    }
    const Corpus &corpus = *parsed.corpus;
    QList<qsizetype> positives, negatives;
    for (const auto &e : doc.entries)
        if (const qsizetype row = corpus.indexOfId(e.paper.id); row >= 0)
            positives.append(row);
    for (const QString &id : doc.notRelevant)
        if (const qsizetype row = corpus.indexOfId(id); row >= 0)
            negatives.append(row);
    const auto classifier = ListClassifier::train(SimilarityIndex::build(parsed.corpus), positives, negatives);
    if (!classifier) {
        printErr(tr("“%1” has no paper in the corpus “%2”: nothing to learn from").arg(ControlEscape::escaped(doc.name), corpus.name()));
        return 1;
    }
    QSet<qsizetype> exclude(positives.begin(), positives.end());
    for (qsizetype row : negatives)
        exclude.insert(row);
    const auto ranked = classifier->rank(exclude);
    const QString format = parser.isSet(QStringLiteral("format")) ? parser.value(QStringLiteral("format")) : u"text"_qs;
    QByteArray out;
    if (format == QLatin1String("json")) {
        QJsonArray papers;
        for (const auto &r : ranked)
            papers.append(QJsonObject{{QStringLiteral("id"), corpus.id(r.row)},
                                      {QStringLiteral("score"), r.score},
                                      {QStringLiteral("headline"), corpus.headline(r.row)}});
        out = QJsonDocument(QJsonObject{{QStringLiteral("list"), doc.name},
                                        {QStringLiteral("topWords"), QJsonArray::fromStringList(classifier->topWords())},
                                        {QStringLiteral("papers"), papers}})
                  .toJson(QJsonDocument::Indented);
    } else {
        if (format == QLatin1String("text"))
            out += tr("# like “%1”: %2\n").arg(ControlEscape::escaped(doc.name), classifier->topWords().join(u", "_qs)).toUtf8();
        for (const auto &r : ranked)
            out += (format == QLatin1String("ids") ? corpus.id(r.row)
                                                    : QStringLiteral("%1\t%2\t%3")
                                                          .arg(r.score, 0, 'f', 3)
                                                          .arg(corpus.id(r.row), ControlEscape::escaped(corpus.headline(r.row))))
                       .toUtf8()
                   + '\n';
    }
    return writeOutput(parser, out) ? 0 : 1;
}

// The list file of --import-list, read and parsed before the library is touched.
bool readImport(const QCommandLineParser &parser, LibraryExporter::ParseResult *parsed)
{
    const QString path = parser.value(QStringLiteral("import-list"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        printErr(tr("cannot read “%1”: %2").arg(path, file.errorString()));
        return false;
    }
    *parsed = LibraryExporter::parseJson(file.readAll());
    if (!parsed->ok()) {
        printErr(QStringLiteral("%1: %2").arg(path, parsed->error));
        return false;
    }
    return true;
}

int importList(const QCommandLineParser &parser, LibraryStore &store, const LibraryExporter::ParseResult &parsed)
{
    const QString path = parser.value(QStringLiteral("import-list"));
    for (const QString &skip : parsed.skipped)
        printErr(QStringLiteral("%1: %2 — skipped").arg(path, ControlEscape::escaped(skip)));
    int added = 0;
    int viewsAdded = 0;
    if (!store.mergeList(parsed.document.name, parsed.document.entries, &added)
        || !store.mergeViews(parsed.document.views, &viewsAdded))
        return 1;
    UnknownIds missing;
    if (const auto corpus = loadCorpus(parser))
        for (const auto &e : parsed.document.entries)
            if (corpus->indexOfId(e.paper.id) < 0)
                missing.add(e.paper.id);
    QString summary = tr("imported “%1”: %2 new, %3 already there")
                          .arg(ControlEscape::escaped(parsed.document.name))
                          .arg(added)
                          .arg(parsed.document.entries.size() - added);
    if (!missing.isEmpty())
        summary += tr("; not in this corpus (kept): %1").arg(missing.describe());
    if (viewsAdded > 0)
        summary += QCoreApplication::translate("LibraryCommands", "; %n saved view(s) added", nullptr, viewsAdded);
    printOut((summary + QLatin1Char('\n')).toUtf8());
    return 0;
}

// Refuses bad arguments before the library file is opened, let alone created: exit code 2, or 0.
int checkArguments(const QCommandLineParser &parser)
{
    const QString format = parser.value(QStringLiteral("format"));
    if (parser.isSet(QStringLiteral("lists")) && format != QLatin1String("text") && format != QLatin1String("json")) {
        printErr(tr("unknown format “%1” for --lists (use text or json)").arg(format));
        return 2;
    }
    if (parser.isSet(QStringLiteral("more-like-list")) && parser.isSet(QStringLiteral("format"))
        && !QStringList({u"ids"_qs, u"json"_qs, u"text"_qs}).contains(format)) {
        printErr(tr("unknown format “%1” for --more-like-list (use ids, json or text)").arg(format));
        return 2;
    }
    LibraryExporter::Format exportFormat;
    if (parser.isSet(QStringLiteral("export-list")) && parser.isSet(QStringLiteral("format"))
        && !LibraryExporter::parseFormat(format, &exportFormat)) {
        printErr(tr("unknown export format “%1” (use md, csv, json, bib, ris or csljson)").arg(format));
        return 2;
    }
    return 0;
}

} // namespace

bool isCommandFlag(const QByteArray &arg)
{
    static const QByteArrayList flags{"--bookmark", "--unbookmark", "--add-to-list", "--lists", "--export-list",
                                      "--import-list", "--more-like-list", "--not-relevant"};
    for (const QByteArray &flag : flags)
        if (arg == flag || arg.startsWith(flag + '='))
            return true;
    return false;
}

void addOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("library"), tr("The library file (default: $SKIMMER_LIBRARY or the user's library)."),
                      QStringLiteral("path")});
    parser.addOption({QStringLiteral("bookmark"), tr("Bookmark the papers whose ids follow (- reads them from standard input).")});
    parser.addOption({QStringLiteral("unbookmark"), tr("Remove the bookmarks of the papers whose ids follow (- reads them from standard input).")});
    parser.addOption({QStringLiteral("add-to-list"), tr("Add the papers whose ids follow to a reading list, created when new (- reads the ids from standard input)."),
                      QStringLiteral("name")});
    parser.addOption({QStringLiteral("lists"), tr("Print the reading lists and their counts (--format text or json).")});
    parser.addOption({QStringLiteral("export-list"),
                      tr("Export a reading list (or Bookmarks) with --format md, csv, json, bib, ris or csljson."), QStringLiteral("name")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, tr("Write an export to this file."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("import-list"), tr("Merge a JSON list export into the library."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("more-like-list"),
                      tr("Print the papers outside a list ranked by likeness to it (--format ids, json or text)."),
                      QStringLiteral("name")});
    parser.addOption({QStringLiteral("not-relevant"),
                      tr("Vote the papers whose ids follow “not relevant” for a list (- reads them from standard input)."),
                      QStringLiteral("name")});
}

bool isRequested(const QCommandLineParser &parser)
{
    for (const char *name : {"bookmark", "unbookmark", "add-to-list", "lists", "export-list", "import-list", "more-like-list", "not-relevant"})
        if (parser.isSet(QString::fromLatin1(name)))
            return true;
    return false;
}

QString libraryPath(const QCommandLineParser &parser)
{
    return parser.isSet(QStringLiteral("library")) ? parser.value(QStringLiteral("library")) : LibraryStore::defaultPath();
}

int run(const QCommandLineParser &parser)
{
    // Errors are printed once, below, not also through the logging category.
    QLoggingCategory::setFilterRules(QStringLiteral("skimmer.library.warning=false\nskimmer.*.debug=false\nskimmer.*.info=false"));
    if (const int code = checkArguments(parser))
        return code;
    LibraryExporter::ParseResult parsed;
    if (parser.isSet(QStringLiteral("import-list")) && !readImport(parser, &parsed))
        return 1;
    LibraryStore store;
    if (!store.open(libraryPath(parser))) {
        printErr(store.errorString());
        return 1;
    }
    int code = 2;
    if (parser.isSet(QStringLiteral("bookmark")))
        code = bookmark(parser, store, true);
    else if (parser.isSet(QStringLiteral("unbookmark")))
        code = bookmark(parser, store, false);
    else if (parser.isSet(QStringLiteral("add-to-list")))
        code = addToList(parser, store);
    else if (parser.isSet(QStringLiteral("lists")))
        code = lists(parser, store);
    else if (parser.isSet(QStringLiteral("export-list")))
        code = exportList(parser, store);
    else if (parser.isSet(QStringLiteral("import-list")))
        code = importList(parser, store, parsed);
    else if (parser.isSet(QStringLiteral("more-like-list")))
        code = moreLikeList(parser, store);
    else if (parser.isSet(QStringLiteral("not-relevant")))
        code = notRelevant(parser, store);
    if (code == 1 && store.error() != LibraryStore::Error::None)
        printErr(store.errorString());
    return code;
}

} // namespace LibraryCommands
