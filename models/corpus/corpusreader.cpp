#include "corpus/corpusreader.h"

#include "corpus/arxivreader.h"
#include "corpus/bibtexreader.h"
#include "corpus/csljsonreader.h"
#include "corpus/filereader.h"
#include "corpus/gzipdevice.h"
#include "corpus/openreviewreader.h"
#include "corpus/recordsink.h"
#include "corpus/risreader.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CorpusReader", text);
}

constexpr qint64 kDetectBytes = 64 * 1024;

struct FormatName
{
    CorpusReader::Format format;
    const char *name;
    const char *display;
};
constexpr FormatName kFormats[] = {
    {CorpusReader::Format::Native, "native", "Skimmer text"},
    {CorpusReader::Format::Arxiv, "arxiv", "arXiv JSON lines"},
    {CorpusReader::Format::Bibtex, "bibtex", "BibTeX"},
    {CorpusReader::Format::Ris, "ris", "RIS"},
    {CorpusReader::Format::CslJson, "csl-json", "CSL-JSON"},
    {CorpusReader::Format::OpenReview, "openreview", "OpenReview"},
};

// The first line that is neither blank nor a BibTeX-style % comment.
QByteArrayView firstContentLine(QByteArrayView head)
{
    while (!head.isEmpty()) {
        const qsizetype nl = head.indexOf('\n');
        const QByteArrayView line = (nl < 0 ? head : head.first(nl)).trimmed();
        if (!line.isEmpty() && !line.startsWith('%'))
            return line;
        if (nl < 0)
            break;
        head = head.sliced(nl + 1);
    }
    return {};
}

bool isBibtexStart(QByteArrayView line)
{
    if (!line.startsWith('@'))
        return false;
    qsizetype i = 1;
    while (i < line.size() && std::isalpha(quint8(line[i])))
        ++i;
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t'))
        ++i;
    return i > 1 && (i == line.size() || line[i] == '{' || line[i] == '(');
}

} // namespace

CorpusReader::Format CorpusReader::detect(QByteArrayView head)
{
    if (head.startsWith("\xEF\xBB\xBF"))
        head = head.sliced(3);
    const QByteArrayView line = firstContentLine(head);
    if (line.startsWith('[')) {
        const bool notes = head.contains("\"content\"")
            && (head.contains("\"forum\"") || head.contains("\"invitation\"") || head.contains("\"invitations\""));
        return notes ? Format::OpenReview : Format::CslJson;
    }
    if (line.startsWith('{')) {
        const QByteArrayView start = head.first(qMin<qsizetype>(head.size(), 4096));
        return start.contains("\"notes\"") && !start.contains("\"authors_parsed\"") ? Format::OpenReview
                                                                                    : Format::Arxiv;
    }
    if (isBibtexStart(line))
        return Format::Bibtex;
    if (line.startsWith("TY  -"))
        return Format::Ris;
    return Format::Native;
}

QStringList CorpusReader::formatNames()
{
    QStringList names;
    for (const FormatName &f : kFormats)
        names.append(QString::fromLatin1(f.name));
    return names;
}

QString CorpusReader::formatName(Format format)
{
    for (const FormatName &f : kFormats) {
        if (f.format == format)
            return QString::fromLatin1(f.name);
    }
    return QStringLiteral("auto");
}

QString CorpusReader::displayName(Format format)
{
    for (const FormatName &f : kFormats) {
        if (f.format == format)
            return QString::fromLatin1(f.display);
    }
    return {};
}

std::optional<CorpusReader::Format> CorpusReader::formatFromName(const QString &name)
{
    for (const FormatName &f : kFormats) {
        if (name.compare(QLatin1String(f.name), Qt::CaseInsensitive) == 0)
            return f.format;
    }
    if (name.compare(QLatin1String("auto"), Qt::CaseInsensitive) == 0)
        return Format::Auto;
    return std::nullopt;
}

CorpusParser::Result CorpusReader::dispatch(QIODevice &in, QFile *plain, const QString &name, const Options &options,
                                            qint64 size)
{
    const Format format = options.format == Format::Auto ? detect(in.peek(kDetectBytes)) : options.format;
    if (format == Format::Arxiv)
        return ArxivReader::read(in, name, options, size);
    if (format == Format::Bibtex)
        return BibtexReader::read(in, name, options, size);
    QByteArray data;
    if (plain) {
        // The file's own bytes, read by both cores within the size bound.
        FileReader::Read read = FileReader::readAll(plain->fileName(), FileReader::kMaxBytes, options.cancel);
        if (read.status != FileReader::Status::Ok)
            return readFailure(plain->fileName(), read);
        data = std::move(read.data);
    } else {
        data = in.readAll();
    }
    switch (format) {
    case Format::Ris:
        return RisReader::read(data, name, options);
    case Format::CslJson:
        return CslJsonReader::read(data, name, options);
    case Format::OpenReview:
        return OpenReviewReader::read(data, name, options);
    default:
        break;
    }
    CorpusParser::Result result = CorpusParser::parse(data, name, options);
    if (!result.ok() && options.format == Format::Auto && !data.isEmpty()
        && result.error != RecordSink::cancelled().error)
        result.error = tr("This file is none of the formats Skimmer reads (tried %1): %2")
                           .arg(formatNames().join(QStringLiteral(", ")), result.error);
    return result;
}

CorpusParser::Result CorpusReader::readFailure(const QString &path, const FileReader::Read &read)
{
    CorpusParser::Result result;
    switch (read.status) {
    case FileReader::Status::TooLarge:
        result.error = QCoreApplication::translate("CorpusParser", "“%1” is larger than %2 GB, more than Skimmer reads as a corpus.")
                           .arg(path).arg(FileReader::kMaxBytes >> 30);
        break;
    case FileReader::Status::Cancelled:
        result.error = QCoreApplication::translate("CorpusParser", "Cancelled.");
        break;
    default:
        result.error = QCoreApplication::translate("CorpusParser", "Cannot read “%1”: %2.").arg(path, read.error);
        break;
    }
    return result;
}

namespace {
// Reads through the gzip layer when the bytes are gzip; a corrupt stream becomes the error.
template<typename Read>
CorpusParser::Result unwrapped(QIODevice &raw, Read read)
{
    if (!GzipDevice::isGzip(raw.peek(2)))
        return read(raw, true);
    GzipDevice gz(&raw);
    if (!gz.open(QIODevice::ReadOnly)) {
        CorpusParser::Result result;
        result.error = tr("Cannot decompress this gzip file.");
        return result;
    }
    CorpusParser::Result result = read(gz, false);
    if (gz.failed()) {
        const QString why = tr("The gzip file is damaged: %1.").arg(gz.errorString());
        if (result.ok())
            result.diagnostics.append({0, Diagnostic::Warning, why + QLatin1Char(' ') + tr("Only what came before was read.")});
        else
            result.error = why;
    }
    return result;
}
} // namespace

CorpusParser::Result CorpusReader::readFile(const QString &path, const Options &options)
{
    try {
        return readFileUnguarded(path, options);
    } catch (const std::bad_alloc &) {
        CorpusParser::Result result;
        result.error = QCoreApplication::translate("CorpusParser", "Not enough memory to read “%1”.").arg(path);
        return result;
    }
}

CorpusParser::Result CorpusReader::readFileUnguarded(const QString &path, const Options &options)
{
    CorpusParser::Result result;
    const QFileInfo info(path);
    switch (FileReader::kindOf(path)) {
    case FileReader::Kind::Folder:
        result.error = QCoreApplication::translate("CorpusParser", "“%1” is a folder, not a corpus file.").arg(path);
        return result;
    case FileReader::Kind::Device:
        result.error = QCoreApplication::translate("CorpusParser", "“%1” is a device, not a corpus file: it is not read.").arg(path);
        return result;
    case FileReader::Kind::Stream: {
        // Pipes and FIFOs: read whole within the bound (a cancel gets through while waiting for a
        // writer), then detected and parsed like any bytes.
        FileReader::Read read = FileReader::readAll(path, FileReader::kMaxBytes, options.cancel);
        if (read.status != FileReader::Status::Ok)
            return readFailure(path, read);
        result = CorpusReader::read(read.data, info.fileName(), options);
        if (result.corpus)
            const_cast<Corpus &>(*result.corpus).m_sourcePath = info.absoluteFilePath();
        return result;
    }
    default:
        break;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = QCoreApplication::translate("CorpusParser", "Cannot open “%1”: %2.").arg(path, file.errorString());
        return result;
    }
    if (file.size() > FileReader::kMaxBytes) {
        FileReader::Read tooLarge;
        tooLarge.status = FileReader::Status::TooLarge;
        return readFailure(path, tooLarge);
    }
    result = unwrapped(file, [&](QIODevice &in, bool plain) {
        return dispatch(in, plain ? &file : nullptr, info.fileName(), options, plain ? file.size() : 0);
    });
    if (file.error() != QFileDevice::NoError) {
        result = {};
        result.error = QCoreApplication::translate("CorpusParser", "Cannot read “%1”: %2.").arg(path, file.errorString());
    }
    if (result.corpus)
        const_cast<Corpus &>(*result.corpus).m_sourcePath = info.absoluteFilePath();
    return result;
}

CorpusParser::Result CorpusReader::read(const QByteArray &data, const QString &name, const Options &options)
{
    QByteArray copy = data; // shared, not copied: QBuffer only reads
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return unwrapped(buffer, [&](QIODevice &in, bool plain) {
        return dispatch(in, nullptr, name, options, plain ? data.size() : 0);
    });
}
