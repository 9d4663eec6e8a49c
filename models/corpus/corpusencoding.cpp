#include "corpus/corpusencoding.h"

#include "corpus/corpusparser.h"
#include "corpus/corpustext.h"
#include "text/utf8.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <algorithm>

#include <array>

namespace CorpusEncoding {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("CorpusEncoding", text);
}
} // namespace

Encoding fromBom(QByteArrayView data)
{
    if (data.startsWith(QByteArrayView("\xFF\xFE\x00\x00", 4)))
        return Encoding::Utf32LE; // before UTF-16 LE, whose mark it starts with
    if (data.startsWith(QByteArrayView("\x00\x00\xFE\xFF", 4)))
        return Encoding::Utf32BE;
    if (data.startsWith("\xFF\xFE"))
        return Encoding::Utf16LE;
    if (data.startsWith("\xFE\xFF"))
        return Encoding::Utf16BE;
    return Encoding::Utf8;
}

QByteArray toUtf8(QByteArrayView data, Encoding encoding)
{
    QStringDecoder decode(encoding == Encoding::Utf16BE ? QStringConverter::Utf16BE : QStringConverter::Utf16LE);
    QString text = decode(data); // skips the byte-order mark
    // The decoder passes unpaired surrogates through and toUtf8() would write them as '?'.
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
            ++i;
        else if (text[i].isSurrogate())
            text[i] = QChar::ReplacementCharacter;
    }
    return text.toUtf8();
}

Encoding guessWithoutBom(QByteArrayView data)
{
    // NUL bytes at each position modulo 4 in the first few kilobytes.
    const QByteArrayView head = data.first(std::min<qsizetype>(data.size(), 4096) & ~qsizetype(3));
    if (head.size() < 4)
        return Encoding::Utf8;
    std::array<qsizetype, 4> nuls{};
    for (qsizetype i = 0; i < head.size(); ++i)
        nuls[size_t(i & 3)] += head[i] == '\0';
    const qsizetype quarter = head.size() / 4;
    auto mostly = [quarter](qsizetype n) { return n * 10 >= quarter * 9; };
    auto rarely = [quarter](qsizetype n) { return n * 10 <= quarter; };
    if (mostly(nuls[1]) && mostly(nuls[2]) && mostly(nuls[3]) && rarely(nuls[0]))
        return Encoding::Utf32LE;
    if (mostly(nuls[0]) && mostly(nuls[1]) && mostly(nuls[2]) && rarely(nuls[3]))
        return Encoding::Utf32BE;
    const qsizetype even = nuls[0] + nuls[2];
    const qsizetype odd = nuls[1] + nuls[3];
    const qsizetype half = head.size() / 2;
    if (odd * 10 >= half * 6 && even * 10 <= half)
        return Encoding::Utf16LE;
    if (even * 10 >= half * 6 && odd * 10 <= half)
        return Encoding::Utf16BE;
    return Encoding::Utf8;
}

QString name(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Utf16LE:
        return QStringLiteral("UTF-16 (little-endian)");
    case Encoding::Utf16BE:
        return QStringLiteral("UTF-16 (big-endian)");
    case Encoding::Utf32LE:
        return QStringLiteral("UTF-32 (little-endian)");
    case Encoding::Utf32BE:
        return QStringLiteral("UTF-32 (big-endian)");
    case Encoding::Utf8:
        break;
    }
    return QStringLiteral("UTF-8");
}

// Turns data into UTF-8 from *start on: decodes UTF-16 with a byte-order mark, refuses binary and
// other encodings, replaces invalid UTF-8 (reported line by line). False with result.error set.
bool makeUtf8(QByteArray &data, qsizetype *start, Diagnostics &diagnostics, QString *error)
{
    const Encoding bom = CorpusEncoding::fromBom(data);
    if (bom == Encoding::Utf16LE || bom == Encoding::Utf16BE)
        data = CorpusEncoding::toUtf8(data, bom);
    *start = data.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    const CorpusText::ByteCheck check = CorpusText::checkBytes(data, *start);
    if (check.nul >= 0) {
        const Encoding guess = bom != Encoding::Utf8 ? bom : CorpusEncoding::guessWithoutBom(data);
        if (guess != Encoding::Utf8)
            *error = tr("This file is %1 text%2: save it as UTF-8 (or as UTF-16 with a byte-order mark).")
                               .arg(CorpusEncoding::name(guess), bom == Encoding::Utf8 ? tr(" without a byte-order mark") : QString());
        else
            *error = tr("This is a binary file, not a text corpus (it contains a NUL byte at offset %1).").arg(check.nul);
        return false;
    }
    if (check.validUtf8)
        return true;
    const QList<int> badLines = Utf8::invalidLines(QByteArrayView(data).sliced(*start));
    const int total = int(std::count(data.cbegin(), data.cend(), '\n')) + 1;
    if (badLines.size() > 10 && badLines.size() * 4 > total) {
        *error = tr("This file is not UTF-8 text: %1 of its %2 lines contain invalid bytes "
                          "(it may be in another encoding; save it as UTF-8).").arg(badLines.size()).arg(total);
        return false;
    }
    for (qsizetype k = 0; k < std::min<qsizetype>(badLines.size(), CorpusParser::kMaxReportedLines); ++k)
        diagnostics.append({badLines[k], Diagnostic::Warning, tr("invalid UTF-8 bytes were replaced by “\uFFFD”.")});
    if (badLines.size() > CorpusParser::kMaxReportedLines)
        diagnostics.append({0, Diagnostic::Warning, tr("%1 more lines with invalid UTF-8 were not listed.")
                                                               .arg(badLines.size() - CorpusParser::kMaxReportedLines)});
    data = QString::fromUtf8(QByteArrayView(data).sliced(*start)).toUtf8();
    *start = 0;
    return true;
}

} // namespace CorpusEncoding
