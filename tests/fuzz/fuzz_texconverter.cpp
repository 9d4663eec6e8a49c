// libFuzzer entry point: any text must convert without a crash; the HTML may contain only the tags
// TexConverter writes itself (corpus text is escaped), and mapped spans stay inside the output.
// Each input is parsed once and rendered both ways (a parse per rendering was half the target's
// time); spans are mapped at and across the segment boundaries, a binary search each.
#include "text/texconverter.h"
#include "text/texparser.h"

#include <QRegularExpression>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    if (!TexParser::mightContainTex(text)) {
        if (TexConverter::toPlainText(text) != text || TexConverter::toHtml(text) != text.toHtmlEscaped())
            __builtin_trap();
        return 0;
    }
    const std::vector<TexSegment> segments = TexParser::parse(text);
    // Spans where mapping can go wrong: each segment whole, one across each boundary between
    // segments, the first and last character of each (a span every 7 characters was most of the
    // target's time in span bookkeeping, and mostly inside plain text).
    QList<int> spans;
    spans.reserve(qsizetype(segments.size()) * 8);
    for (const TexSegment &seg : segments) {
        const int begin = int(seg.srcBegin), len = int(seg.srcEnd - seg.srcBegin);
        spans << begin << len << begin << 1 << int(seg.srcEnd) - 1 << 1;
        if (begin > 0)
            spans << begin - 1 << 2;
    }
    QString html = TexConverter::toHtml(segments);
    static const QRegularExpression ownTags(
        QStringLiteral("</?(sup|sub|b|i|code)>|<span style=\"text-decoration:overline\">|</span>|"
                       "<a href=\"https?://[^\"<>]*\">|</a>"));
    if (html.contains(u'<')) {
        html.remove(ownTags);
        if (html.contains(u'<'))
            __builtin_trap();
    }
    const QString plain = TexConverter::toPlainText(segments, &spans);
    for (qsizetype i = 0; i + 1 < spans.size(); i += 2) {
        if (spans[i] < 0 || spans[i + 1] <= 0 || spans[i] + spans[i + 1] > plain.size())
            __builtin_trap();
    }
    return 0;
}
