// skimmer-format-bench [--repeat R] [--loads-only] [N ...] [native|arxiv|bibtex|ris|csl|openreview ...]: loads corpora of N records
// in each format (default: native, arXiv-shaped and BibTeX)
// (default 100000; made by scripts/make-corpus.py and cached in the temp folder) through
// CorpusReader R times (default 1), printing the median wall and CPU time and the peak RSS per format; then
// (unless --loads-only) times the JSON of one
// arXiv line with simdjson (what ArxivReader uses) against QJsonDocument, on one core.
#include "corpus/arxivreader.h"
#include "corpus/corpusreader.h"
#include "processstats.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTextStream>

#include <algorithm>

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QString corpusFile(const QString &format, qint64 records)
{
    static const QHash<QString, QString> extensions = {{u"arxiv"_qs, u"jsonl"_qs}, {u"bibtex"_qs, u"bib"_qs},
                                                       {u"ris"_qs, u"ris"_qs}, {u"csl"_qs, u"json"_qs},
                                                       {u"openreview"_qs, u"json"_qs}};
    const QString ext = extensions.value(format, u"txt"_qs);
    const QString path = QDir::temp().filePath(u"skimmer-bench-%1-%2.%3"_qs.arg(format).arg(records).arg(ext));
    if (QFileInfo::exists(path))
        return path;
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(u"python3"_qs, {QStringLiteral(SKIMMER_MAKE_CORPUS), QString::number(records), path, u"--format"_qs, format});
    if (!p.waitForFinished(-1) || p.exitCode() != 0)
        return {};
    return path;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}

void loadRow(const QString &format, qint64 records, int repeat)
{
    const QString path = corpusFile(format, records);
    if (path.isEmpty()) {
        out() << format << ": could not generate the corpus\n";
        return;
    }
    ProcessStats::resetPeak();
    QList<double> walls, cpus;
    qsizetype papers = -1;
    for (int i = 0; i < repeat; ++i) {
        QElapsedTimer t;
        t.start();
        const double cpu = ProcessStats::cpuMs();
        const CorpusParser::Result r = CorpusReader::readFile(path);
        walls.append(double(t.nsecsElapsed()) / 1e6);
        cpus.append(ProcessStats::cpuMs() - cpu);
        papers = r.ok() ? r.corpus->size() : -1;
    }
    const double wall = median(walls), cpuUsed = median(cpus);
    const double mb = double(QFileInfo(path).size()) / 1e6;
    out() << qSetFieldWidth(10) << format << qSetFieldWidth(10) << papers
          << qSetFieldWidth(10) << QString::number(mb, 'f', 0) << QString::number(wall, 'f', 0)
          << QString::number(cpuUsed, 'f', 0) << QString::number(double(ProcessStats::peakRss()) / 1e6, 'f', 0)
          << qSetFieldWidth(0) << '\n';
    out().flush();
}

// The same fields ArxivReader takes, through QJsonDocument.
bool qtJsonLine(const QByteArray &line, QString *sink)
{
    const QJsonObject o = QJsonDocument::fromJson(line).object();
    if (o.isEmpty())
        return false;
    QString s = o.value(u"title").toString() + o.value(u"abstract").toString() + o.value(u"categories").toString()
        + o.value(u"id").toString();
    for (const QJsonValue &name : o.value(u"authors_parsed").toArray())
        s += name.toArray().at(0).toString() + name.toArray().at(1).toString();
    s += o.value(u"versions").toArray().at(0).toObject().value(u"created").toString();
    sink->swap(s);
    return true;
}

void jsonTable(qint64 records)
{
    QFile f(corpusFile(u"arxiv"_qs, records));
    if (!f.open(QIODevice::ReadOnly))
        return;
    QList<QByteArray> lines;
    qint64 bytes = 0;
    while (lines.size() < 20000 && !f.atEnd()) {
        lines.append(f.readLine());
        bytes += lines.last().size();
    }
    out() << "\nJSON of " << lines.size() << " arXiv lines (" << QString::number(double(bytes) / 1e6, 'f', 1)
          << " MB), one core:\n" << qSetFieldWidth(16) << "parser" << "ms" << "MB/s" << qSetFieldWidth(0) << '\n';
    auto row = [&](const char *name, auto &&parse) {
        QElapsedTimer t;
        t.start();
        int ok = 0;
        for (const QByteArray &line : lines)
            ok += parse(line) ? 1 : 0;
        const double ms = double(t.nsecsElapsed()) / 1e6;
        out() << qSetFieldWidth(16) << name << QString::number(ms, 'f', 0)
              << QString::number(double(bytes) / 1e3 / ms, 'f', 0) << qSetFieldWidth(0) << "  (" << ok << " ok)\n";
    };
    row("simdjson", [](const QByteArray &line) {
        CorpusBuilder::Fields fields;
        QString error;
        return ArxivReader::parseLine(line, &fields, &error);
    });
    QString sink;
    row("QJsonDocument", [&sink](const QByteArray &line) { return qtJsonLine(line, &sink); });
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QList<qint64> sizes;
    QStringList formats;
    int repeat = 1;
    bool jsonToo = true;
    const QStringList args = app.arguments().mid(1);
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args[i];
        if (arg == u"--repeat" && i + 1 < args.size())
            repeat = std::max(1, args[++i].toInt());
        else if (arg == u"--loads-only")
            jsonToo = false;
        else if (arg.front().isDigit())
            sizes.append(arg.toLongLong());
        else
            formats.append(arg);
    }
    if (sizes.isEmpty())
        sizes = {100'000};
    if (formats.isEmpty())
        formats = {u"native"_qs, u"arxiv"_qs, u"bibtex"_qs};
    out() << "Loading through CorpusReader (read + parse + hash + authors):\n"
          << qSetFieldWidth(10) << "format" << "records" << "MB" << "wall ms" << "CPU ms" << "peak MB"
          << qSetFieldWidth(0) << '\n';
    for (qint64 n : sizes) {
        for (const QString &format : formats)
            loadRow(format, n, repeat);
    }
    if (jsonToo)
        jsonTable(sizes.first());
    return 0;
}
