#include "corpus/corpusparser.h"

#include "corpus/authorline.h"
#include "corpus/corpusbuilder.h"
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
    if (line.isEmpty() || line.size() > 20'000 || isTldrLine(line))
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
    QFile file(path);
    const QFileInfo info(path);
    if (info.isDir()) {
        result.error = tr("“%1” is a folder, not a corpus file.").arg(path);
        return result;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = tr("Cannot open “%1”: %2.").arg(path, file.errorString());
        return result;
    }
    QElapsedTimer timer;
    timer.start();
    QByteArray data = FileReader::readAll(file);
    qCDebug(lcCorpus) << "read" << data.size() << "bytes in" << timer.elapsed() << "ms";
    if (file.error() != QFileDevice::NoError) {
        result.error = tr("Cannot read “%1”: %2.").arg(path, file.errorString());
        return result;
    }
    result = parse(std::move(data), info.fileName(), options);
    if (result.corpus)
        const_cast<Corpus &>(*result.corpus).m_sourcePath = info.absoluteFilePath();
    return result;
}

CorpusParser::Result CorpusParser::parse(QByteArray data, const QString &name, const Options &options)
{
    Result result;
    auto corpus = std::make_shared<Corpus>();
    corpus->m_name = name;
    auto progress = [&](double f) {
        if (options.progress)
            options.progress(f);
    };
    auto cancelled = [&] { return options.cancel && options.cancel->load(std::memory_order_relaxed); };

    if (data.isEmpty()) {
        result.error = tr("The file is empty: a corpus needs at least one record "
                          "(a line of authors followed by a line with the abstract).");
        return result;
    }
    QElapsedTimer timer;
    timer.start();
    qsizetype start = data.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    const CorpusText::ByteCheck check = CorpusText::checkBytes(data, start);
    if (check.nul >= 0) {
        const qsizetype at = check.nul;
        result.error = tr("This is a binary file, not a text corpus (it contains a NUL byte at offset %1).").arg(at);
        return result;
    }

    // Invalid UTF-8 is replaced by U+FFFD and reported line by line.
    if (!check.validUtf8) {
        const QList<int> badLines = Utf8::invalidLines(QByteArrayView(data).sliced(start));
        const int total = int(std::count(data.cbegin(), data.cend(), '\n')) + 1;
        if (badLines.size() > 10 && badLines.size() * 4 > total) {
            result.error = tr("This file is not UTF-8 text: %1 of its %2 lines contain invalid bytes "
                              "(it may be in another encoding; save it as UTF-8).").arg(badLines.size()).arg(total);
            return result;
        }
        int reported = 0;
        for (int line : badLines) {
            if (++reported > kMaxReportedLines)
                break;
            result.diagnostics.append({line, Diagnostic::Warning,
                                       tr("invalid UTF-8 bytes were replaced by “\uFFFD”.")});
        }
        if (badLines.size() > kMaxReportedLines)
            result.diagnostics.append({0, Diagnostic::Warning,
                                       tr("%1 more lines with invalid UTF-8 were not listed.")
                                           .arg(badLines.size() - kMaxReportedLines)});
        data = QString::fromUtf8(QByteArrayView(data).sliced(start)).toUtf8();
        start = 0;
    }
    progress(0.1);
    if (cancelled()) {
        result.error = tr("Cancelled.");
        return result;
    }

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

    CorpusBuilder b(*corpus, result.diagnostics);
    int clipped = 0;
    for (Line &l : lines) {
        if (l.len > kMaxLineBytes) {
            b.warn(l.number, tr("line is %1 bytes long; only the first %2 are kept.").arg(l.len).arg(kMaxLineBytes),
                   &clipped);
            qsizetype len = kMaxLineBytes;
            while (len > 0 && (quint8(corpus->m_text.at(l.pos + len)) & 0xC0) == 0x80)
                --len; // do not split a UTF-8 sequence
            l.len = len;
        }
    }

    const auto &text = corpus->m_text;
    int authorLike = 0;
    int firstProse = 0;
    const size_t n = lines.size();
    for (size_t i = 0; i < n;) {
        if ((i & 0xFFFF) == 0) {
            progress(0.3 + 0.4 * double(i) / double(n));
            if (cancelled()) {
                result.error = tr("Cancelled.");
                return result;
            }
        }
        Corpus::Record r;
        const Line &first = lines[i];
        r.line = first.number;
        const QByteArrayView firstText = view(text, first);
        if (isTldrLine(firstText)) {
            r.flags |= Corpus::NoAuthors;
            b.warn(first.number, tr("a tl;dr line without an author line before it; kept as a paper with no authors."),
                   &b.noAuthors);
        } else if (looksLikeAuthorLine(firstText)) {
            r.authors = b.span(first);
            ++authorLike;
            ++i;
        } else {
            // Prose where an author line should be: keep it as an abstract of a paper with no authors.
            if (!firstProse)
                firstProse = first.number;
            r.flags |= Corpus::NoAuthors;
            r.abstract = b.span(first);
            b.warn(first.number, tr("expected a line of comma-separated author names, found prose; "
                                    "kept as a paper with no authors."), &b.noAuthors);
            ++i;
            b.finishRecord(r);
            continue;
        }
        if (i < n && isTldrLine(view(text, lines[i]))) {
            r.tldr = b.span(lines[i], 6);
            ++i;
        }
        // The abstract, unless the next line is clearly the start of another record.
        const bool nextStartsRecord = i < n && r.tldr.isNull() && looksLikeAuthorLine(view(text, lines[i]))
            && i + 1 < n && (isTldrLine(view(text, lines[i + 1])) || !looksLikeAuthorLine(view(text, lines[i + 1])));
        const bool tldrThenAuthors = i < n && !r.tldr.isNull() && looksLikeAuthorLine(view(text, lines[i]))
            && i + 1 < n && isTldrLine(view(text, lines[i + 1]));
        if (i >= n) {
            r.flags |= Corpus::Truncated | Corpus::MissingAbstract;
            b.warn(r.line, tr("the file ends before this record's abstract; the record is kept and marked truncated."));
        } else if (nextStartsRecord || tldrThenAuthors) {
            r.flags |= Corpus::MissingAbstract;
            b.warn(r.line, tr("author line with no abstract after it (line %1 starts the next record); "
                              "kept with an empty abstract.").arg(lines[i].number), &b.authorsOnly);
        } else {
            r.abstract = b.span(lines[i]);
            if (i + 1 == n && !endsWithNewline && !endsCleanly(view(text, lines[i]))) {
                r.flags |= Corpus::Truncated;
                b.warn(lines[i].number, tr("the last record is cut off mid-text (the file ends without a newline); "
                                           "it is kept and marked truncated."));
            }
            ++i;
        }
        if (clipped && (r.authors.len + r.tldr.len + r.abstract.len) >= kMaxLineBytes - 2)
            r.flags |= Corpus::Clipped;
        b.finishRecord(r);
    }
    if (clipped > kMaxReportedLines)
        b.warn(0, tr("%1 more over-long lines were not listed.").arg(clipped - kMaxReportedLines));
    if (b.noAuthors > kMaxReportedLines)
        b.warn(0, tr("%1 more records without an author line were not listed.").arg(b.noAuthors - kMaxReportedLines));
    if (b.authorsOnly > kMaxReportedLines)
        b.warn(0, tr("%1 more author lines without an abstract were not listed.").arg(b.authorsOnly - kMaxReportedLines));

    const qsizetype records = qsizetype(corpus->m_records.size());
    if (authorLike == 0 || authorLike * 2 < records) {
        result.error = tr("This does not look like a corpus: only %1 of %2 records start with a line of "
                          "comma-separated author names (line %3 reads like prose).")
                           .arg(authorLike).arg(records).arg(firstProse ? firstProse : lines.front().number);
        result.diagnostics.clear();
        return result;
    }
    progress(0.7);
    if (cancelled()) {
        result.error = tr("Cancelled.");
        return result;
    }
    const qint64 recordsMs = timer.restart();
    b.finishAll();
    progress(1.0);
    qCDebug(lcCorpus) << "parsed" << records << "records," << corpus->m_authors.size() << "authors,"
                      << result.diagnostics.size() << "diagnostics from" << name << "in ms: check" << checkMs
                      << "split" << splitMs << "records" << recordsMs << "hash+authors" << timer.elapsed();
    result.corpus = std::move(corpus);
    return result;
}
