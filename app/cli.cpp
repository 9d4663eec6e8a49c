#include "cli.h"

#include "corpusformatter.h"
#include "corpusparser.h"
#include "librarycommands.h"

#include <QCoreApplication>
#include <QFile>

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
            || a == "--help-all" || a == "--version" || a == "-v" || LibraryCommands::isCommandFlag(a))
            return true;
    }
    return false;
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
                      QCoreApplication::translate("Cli", "Output format for --list: text, json or tsv."),
                      QStringLiteral("format"), QStringLiteral("text")});
    parser.addOption({QStringLiteral("corpus"),
                      QCoreApplication::translate("Cli", "The corpus file to open (default: the shipped corpus)."),
                      QStringLiteral("file")});
    LibraryCommands::addOptions(parser);
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QCoreApplication::translate("Cli", "A corpus file to open."),
                                 QStringLiteral("[file]"));
}

QString corpusPath(const QCommandLineParser &parser)
{
    if (parser.isSet(QStringLiteral("corpus")))
        return parser.value(QStringLiteral("corpus"));
    const QStringList positional = parser.positionalArguments();
    return positional.isEmpty() ? QString::fromLatin1(kEmbeddedCorpus) : positional.first();
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
    const QString path = corpusPath(parser);
    const CorpusParser::Result result = CorpusParser::parseFile(path);
    for (const Diagnostic &d : result.diagnostics)
        printErr(QStringLiteral("%1: %2").arg(path, d.toString()));
    if (!result.ok()) {
        printErr(result.error);
        return 1;
    }
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
