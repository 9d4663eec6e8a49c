#include "librarycommands.h"

#include "cli.h"
#include "corpus/corpusparser.h"
#include "library/libraryexporter.h"
#include "library/librarystore.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSaveFile>

#include <cstdio>

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
    const CorpusParser::Result result = CorpusParser::parseFile(path);
    if (!result.ok()) {
        printErr(QStringLiteral("%1: %2").arg(path, result.error));
        return nullptr;
    }
    return result.corpus;
}

// The paper ids after the option, or read from standard input (whitespace-separated) when the only
// argument is "-": more ids than a command line can hold, e.g. `skimmer --query g --format ids |
// skimmer --add-to-list all -`.
QStringList paperIds(const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args != QStringList{QStringLiteral("-")})
        return args;
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(in.readAll()).split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
}

// The corpus papers for ids; false (with a message) when any id is unknown or none was given.
bool resolve(const QCommandLineParser &parser, const Corpus &corpus, QList<LibraryStore::Paper> *papers)
{
    const QStringList ids = paperIds(parser);
    if (ids.isEmpty()) {
        printErr(tr("no paper ids given (pass them after the option, e.g. from --query … --format ids)"));
        return false;
    }
    QStringList unknown;
    for (const QString &id : ids) {
        const qsizetype row = corpus.indexOfId(id);
        if (row < 0)
            unknown << id;
        else
            papers->append(LibraryStore::paperFrom(corpus, row));
    }
    if (!unknown.isEmpty())
        printErr(tr("not in the corpus “%1”: %2 — nothing was changed").arg(corpus.name(), unknown.join(QLatin1Char(' '))));
    return unknown.isEmpty();
}

int bookmark(const QCommandLineParser &parser, LibraryStore &store, bool on)
{
    QList<LibraryStore::Paper> papers;
    if (on) {
        const auto corpus = loadCorpus(parser);
        if (!corpus || !resolve(parser, *corpus, &papers))
            return 1;
    } else {
        for (const QString &id : paperIds(parser))
            papers.append({id, {}, {}});
        if (papers.isEmpty()) {
            printErr(tr("no paper ids given"));
            return 1;
        }
    }
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
    printOut(tr("added %1 of %2 papers to “%3”\n").arg(added).arg(papers.size()).arg(store.canonicalListName(name)).toUtf8());
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
    if (format != QLatin1String("text")) {
        printErr(tr("unknown format “%1” for --lists (use text or json)").arg(format));
        return 2;
    }
    QByteArray out;
    for (const auto &l : store.lists())
        out += QStringLiteral("%1\t%2\n").arg(l.name).arg(l.count).toUtf8();
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
    const QString formatName = parser.value(QStringLiteral("format"));
    if (parser.isSet(QStringLiteral("format")) && !LibraryExporter::parseFormat(formatName, &format)) {
        printErr(tr("unknown export format “%1” (use md, csv, json or bib)").arg(formatName));
        return 2;
    }
    const QString name = parser.value(QStringLiteral("export-list"));
    LibraryExporter::Document doc;
    if (!LibraryExporter::documentFor(store, name, &doc)) {
        printErr(tr("no list named “%1” in %2").arg(name, store.path()));
        return 1;
    }
    const auto corpus = format == LibraryExporter::Format::Json ? nullptr : loadCorpus(parser);
    if (format != LibraryExporter::Format::Json && !corpus)
        return 1;
    return writeOutput(parser, LibraryExporter::format(doc, format, corpus.get())) ? 0 : 1;
}

int importList(const QCommandLineParser &parser, LibraryStore &store)
{
    const QString path = parser.value(QStringLiteral("import-list"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        printErr(tr("cannot read “%1”: %2").arg(path, file.errorString()));
        return 1;
    }
    const auto parsed = LibraryExporter::parseJson(file.readAll());
    if (!parsed.ok()) {
        printErr(QStringLiteral("%1: %2").arg(path, parsed.error));
        return 1;
    }
    for (const QString &skip : parsed.skipped)
        printErr(QStringLiteral("%1: %2 — skipped").arg(path, skip));
    int added = 0;
    if (!store.mergeList(parsed.document.name, parsed.document.entries, &added))
        return 1;
    QStringList missing;
    if (const auto corpus = loadCorpus(parser))
        for (const auto &e : parsed.document.entries)
            if (corpus->indexOfId(e.paper.id) < 0)
                missing << e.paper.id;
    QString summary = tr("imported “%1”: %2 new, %3 already there")
                          .arg(parsed.document.name)
                          .arg(added)
                          .arg(parsed.document.entries.size() - added);
    if (!missing.isEmpty())
        summary += tr("; not in this corpus (kept): %1").arg(missing.join(QLatin1Char(' ')));
    printOut((summary + QLatin1Char('\n')).toUtf8());
    return 0;
}

} // namespace

bool isCommandFlag(const QByteArray &arg)
{
    static const QByteArrayList flags{"--bookmark", "--unbookmark", "--add-to-list", "--lists", "--export-list",
                                      "--import-list"};
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
                      tr("Export a reading list (or Bookmarks) with --format md, csv, json or bib."), QStringLiteral("name")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, tr("Write an export to this file."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("import-list"), tr("Merge a JSON list export into the library."), QStringLiteral("file")});
}

bool isRequested(const QCommandLineParser &parser)
{
    for (const char *name : {"bookmark", "unbookmark", "add-to-list", "lists", "export-list", "import-list"})
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
        code = importList(parser, store);
    if (code == 1 && store.error() != LibraryStore::Error::None)
        printErr(store.errorString());
    return code;
}

} // namespace LibraryCommands
