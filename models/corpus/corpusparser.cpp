#include "corpus/corpusparser.h"

#include "corpus/authorline.h"
#include "corpus/corpusbuilder.h"
#include "corpus/corpusencoding.h"
#include "corpus/corpustext.h"
#include "corpus/filereader.h"
#include "text/logging.h"
#include "text/utf8.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <array>
#include <cstring>
#include <new>

namespace {

using CorpusText::isBlank;
using CorpusText::Line;

QString tr(const char *text)
{
    return QCoreApplication::translate("CorpusParser", text);
}

QByteArrayView view(const QByteArray &data, const Line &l)
{
    return QByteArrayView(data.constData() + l.pos, l.len);
}

bool isTldrLine(QByteArrayView line)
{
    return line.size() >= 6 && line.first(6).compare("tl;dr:", Qt::CaseInsensitive) == 0;
}

bool endsCleanly(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    static const char terminal[] = ".!?)]}\"'$";
    const char last = text.back();
    if (std::strchr(terminal, last) != nullptr)
        return true;
    // Closing typographic quotes (U+2019, U+201D) end in 0x99 / 0x9D after E2 80.
    return text.endsWith("\xE2\x80\x99") || text.endsWith("\xE2\x80\x9D");
}

} // namespace

// Reads the records of the native format's lines into a builder: an author line, maybe a tl;dr
// line, an abstract line; whatever does not fit is kept and reported.
class RecordReader
{
    Q_DECLARE_TR_FUNCTIONS(CorpusParser)

public:
    RecordReader(CorpusBuilder &builder, const QByteArray &text) : m_b(builder), m_text(text) { }

    // Cuts lines over CorpusParser::kMaxLineBytes, with a warning each.
    void clipLongLines(std::vector<Line> &lines);
    // Reads all records; false when cancelled.
    bool readRecords(const std::vector<Line> &lines, bool endsWithNewline, const CorpusParser::Options &options);
    void reportOverflow();
    qsizetype fullLength(const Line &l) const;

    int authorLike = 0;
    int firstProse = 0;

private:
    // One record starting at lines[i]; returns the index of the line after it.
    size_t readRecord(const std::vector<Line> &lines, size_t i, bool endsWithNewline);
    QByteArrayView text(const Line &l) const { return view(m_text, l); }

    CorpusBuilder &m_b;
    const QByteArray &m_text;
    int m_clipped = 0;
};

namespace {
// Names carry no digits and none of these; prose and tables do.
constexpr std::array<bool, 256> kNotInNames = [] {
    std::array<bool, 256> t{};
    for (char c = '0'; c <= '9'; ++c)
        t[quint8(c)] = true;
    for (const char *p = ";:!?()[]{}$=<>\"|\\"; *p; ++p)
        t[quint8(*p)] = true;
    return t;
}();
} // namespace

bool CorpusParser::looksLikeAuthorLine(QByteArrayView line)
{
    // No bound on the length: a large collaboration lists thousands of names (60–100 KB); the names decide.
    if (line.isEmpty() || isTldrLine(line))
        return false;
    int names = 0;
    const bool allNames = AuthorLine::forEachName(line, [&names](QByteArrayView part) {
        if (part.size() > 100 || part.count(' ') > 5)
            return false;
        for (char c : part) {
            if (kNotInNames[quint8(c)])
                return false;
        }
        // A sentence end: a period after a word that is not an initial or a suffix.
        if (part.endsWith('.') && part.sliced(part.lastIndexOf(' ') + 1).size() > 4)
            return false;
        ++names;
        return true;
    });
    return allNames && names > 0;
}

CorpusParser::Result CorpusParser::parseFile(const QString &path, const Options &options)
{
    Result result;
    const QFileInfo info(path);
    switch (FileReader::kindOf(path)) {
    case FileReader::Kind::Folder:
        result.error = tr("“%1” is a folder, not a corpus file.").arg(path);
        return result;
    case FileReader::Kind::Device:
        result.error = tr("“%1” is a device, not a corpus file: it is not read.").arg(path);
        return result;
    default:
        break;
    }
    try {
        QElapsedTimer timer;
        timer.start();
        FileReader::Read read = FileReader::readAll(path, FileReader::kMaxBytes, options.cancel);
        qCDebug(lcCorpus) << "read" << read.data.size() << "bytes in" << timer.elapsed() << "ms";
        switch (read.status) {
        case FileReader::Status::TooLarge:
            result.error = tr("“%1” is larger than %2 GB, more than Skimmer reads as a corpus.")
                               .arg(path).arg(FileReader::kMaxBytes >> 30);
            return result;
        case FileReader::Status::Cancelled:
            result.error = tr("Cancelled.");
            return result;
        case FileReader::Status::Failed:
            result.error = tr("Cannot read “%1”: %2.").arg(path, read.error);
            return result;
        case FileReader::Status::Ok:
            break;
        }
        result = parse(std::move(read.data), info.fileName(), options);
    } catch (const std::bad_alloc &) {
        result = Result();
        result.error = tr("Not enough memory to read “%1”.").arg(path);
        return result;
    }
    if (result.corpus)
        const_cast<Corpus &>(*result.corpus).m_sourcePath = info.absoluteFilePath();
    return result;
}

// A Line's length saturates at 2 GB; past that the text says how long the line is.
qsizetype RecordReader::fullLength(const Line &l) const
{
    if (l.len < CorpusText::kLongLine)
        return l.len;
    qsizetype end = l.pos + l.len;
    while (end < m_text.size() && m_text[end] != '\n' && m_text[end] != '\r')
        ++end;
    while (end > l.pos && isBlank(m_text[end - 1]))
        --end;
    return end - l.pos;
}

void RecordReader::clipLongLines(std::vector<Line> &lines)
{
    const QByteArray &text = m_text;
    for (Line &l : lines) {
        if (l.len <= CorpusParser::kMaxLineBytes)
            continue;
        m_b.warn(l.number, tr("line is %1 bytes long; only the first %2 are kept.").arg(fullLength(l)).arg(CorpusParser::kMaxLineBytes),
                 &m_clipped);
        qsizetype len = CorpusParser::kMaxLineBytes;
        while (len > 0 && (quint8(text.at(l.pos + len)) & 0xC0) == 0x80)
            --len; // do not split a UTF-8 sequence
        l.len = qint32(len);
    }
}

size_t RecordReader::readRecord(const std::vector<Line> &lines, size_t i, bool endsWithNewline)
{
    const size_t n = lines.size();
    Corpus::Record r;
    const Line &first = lines[i];
    r.line = first.number;
    if (isTldrLine(text(first))) {
        r.flags |= Corpus::NoAuthors;
        m_b.warn(first.number, tr("a tl;dr line without an author line before it; kept as a paper with no authors."), &m_b.noAuthors);
    } else if (CorpusParser::looksLikeAuthorLine(text(first))) {
        r.authors = m_b.span(first);
        ++authorLike;
        ++i;
    } else {
        // Prose where an author line should be: keep it as an abstract of a paper with no authors.
        if (!firstProse)
            firstProse = first.number;
        r.flags |= Corpus::NoAuthors;
        r.abstract = m_b.span(first);
        m_b.warn(first.number, tr("expected a line of comma-separated author names, found prose; "
                              "kept as a paper with no authors."), &m_b.noAuthors);
        m_b.finishRecord(r);
        return i + 1;
    }
    if (i < n && isTldrLine(text(lines[i]))) {
        r.tldr = m_b.span(lines[i], 6);
        ++i;
    }
    // The abstract, unless the next line is clearly the start of another record.
    auto authorsAt = [&](size_t k) { return k < n && CorpusParser::looksLikeAuthorLine(text(lines[k])); };
    auto tldrAt = [&](size_t k) { return k < n && isTldrLine(text(lines[k])); };
    const bool nextStartsRecord = r.tldr.isNull() && authorsAt(i) && i + 1 < n && (tldrAt(i + 1) || !authorsAt(i + 1));
    const bool tldrThenAuthors = !r.tldr.isNull() && authorsAt(i) && tldrAt(i + 1);
    if (i >= n) {
        r.flags |= Corpus::Truncated | Corpus::MissingAbstract;
        m_b.warn(r.line, tr("the file ends before this record's abstract; the record is kept and marked truncated."));
    } else if (nextStartsRecord || tldrThenAuthors) {
        r.flags |= Corpus::MissingAbstract;
        m_b.warn(r.line, tr("author line with no abstract after it (line %1 starts the next record); "
                        "kept with an empty abstract.").arg(lines[i].number), &m_b.authorsOnly);
    } else {
        r.abstract = m_b.span(lines[i]);
        if (i + 1 == n && !endsWithNewline && !endsCleanly(text(lines[i]))) {
            r.flags |= Corpus::Truncated;
            m_b.warn(lines[i].number, tr("the last record is cut off mid-text (the file ends without a newline); "
                                     "it is kept and marked truncated."));
        }
        ++i;
    }
    if (m_clipped && (r.authors.len + r.tldr.len + r.abstract.len) >= CorpusParser::kMaxLineBytes - 2)
        r.flags |= Corpus::Clipped;
    m_b.finishRecord(r);
    return i;
}

bool RecordReader::readRecords(const std::vector<Line> &lines, bool endsWithNewline, const CorpusParser::Options &options)
{
    const size_t n = lines.size();
    // Once, for the usual two or three lines per record: growing by doubling held a copy and a half
    // of the records at the peak. A file of one-line records (prose) grows past it, and is refused.
    m_b.reserveRecords(n / 2 + 1);
    for (size_t i = 0, next = 0x10000; i < n; i = readRecord(lines, i, endsWithNewline)) {
        if (i >= next) {
            next = i + 0x10000;
            if (options.progress)
                options.progress(0.3 + 0.4 * double(i) / double(n));
            if (options.cancel && options.cancel->load(std::memory_order_relaxed))
                return false;
        }
    }
    return true;
}

void RecordReader::reportOverflow()
{
    const int max = CorpusParser::kMaxReportedLines;
    if (m_clipped > max)
        m_b.warn(0, tr("%1 more over-long lines were not listed.").arg(m_clipped - max));
    if (m_b.noAuthors > max)
        m_b.warn(0, tr("%1 more records without an author line were not listed.").arg(m_b.noAuthors - max));
    if (m_b.authorsOnly > max)
        m_b.warn(0, tr("%1 more author lines without an abstract were not listed.").arg(m_b.authorsOnly - max));
}

CorpusParser::Result CorpusParser::parse(QByteArray data, const QString &name, const Options &options)
{
    Result result;
    auto progress = [&](double f) {
        if (options.progress)
            options.progress(f);
    };
    auto cancelled = [&] {
        if (options.cancel && options.cancel->load(std::memory_order_relaxed))
            result.error = tr("Cancelled.");
        return !result.error.isEmpty();
    };
    if (data.isEmpty()) {
        result.error = tr("The file is empty: a corpus needs at least one record "
                          "(a line of authors followed by a line with the abstract).");
        return result;
    }
    QElapsedTimer timer;
    timer.start();
    qsizetype start = 0;
    if (!CorpusEncoding::makeUtf8(data, &start, result.diagnostics, &result.error))
        return result;
    progress(0.1);
    if (cancelled())
        return result;

    auto corpus = std::make_shared<Corpus>();
    corpus->m_name = name;
    const bool endsWithNewline = data.endsWith('\n') || data.endsWith('\r');
    corpus->m_text = std::move(data);
    const qint64 checkMs = timer.restart();
    std::vector<Line> lines = CorpusText::splitLines(corpus->m_text, start);
    const qint64 splitMs = timer.restart();
    progress(0.3);
    if (lines.empty()) {
        result.error = tr("The file holds only blank lines: a corpus needs at least one record.");
        return result;
    }

    const int firstLine = lines.front().number;
    CorpusBuilder b(*corpus, result.diagnostics);
    RecordReader reader(b, corpus->m_text);
    reader.clipLongLines(lines);
    const qsizetype clipDiagnostics = result.diagnostics.size();
    if (!reader.readRecords(lines, endsWithNewline, options) && cancelled())
        return result;
    reader.reportOverflow();
    lines = {}; // 16 bytes a line: freed before hashing and interning need their memory
    const qsizetype records = qsizetype(corpus->m_records.size());
    if (reader.authorLike == 0 || reader.authorLike * 2 < records) {
        result.error = tr("This does not look like a corpus: only %1 of %2 records start with a line of "
                          "comma-separated author names (line %3 reads like prose).")
                           .arg(reader.authorLike).arg(records).arg(reader.firstProse ? reader.firstProse : firstLine);
        // What was wrong with single lines is moot; over-long lines and bad bytes still explain the file.
        result.diagnostics.resize(clipDiagnostics);
        return result;
    }
    progress(0.7);
    if (cancelled())
        return result;
    const qint64 recordsMs = timer.restart();
    b.finishAll();
    progress(1.0);
    qCDebug(lcCorpus) << "parsed" << records << "records," << corpus->m_authors.size() << "authors,"
                      << result.diagnostics.size() << "diagnostics from" << name << "in ms: check" << checkMs
                      << "split" << splitMs << "records" << recordsMs << "hash+authors" << timer.elapsed();
    result.corpus = std::move(corpus);
    return result;
}
