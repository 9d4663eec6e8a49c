// libFuzzer entry point: any text must convert without a crash; the HTML may contain only the tags
// TexConverter writes itself (corpus text is escaped), and mapped spans stay inside the output.
// Each input is parsed once and rendered both ways (a parse per rendering was half the target's
// time); spans are mapped on and across segment boundaries, a binary search each.
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
    // Spans where mapping can go wrong: each segment whole and one across its start, for the first
    // 48 and the last 16 segments (a span every 7 characters, and then four per segment, were most
    // of the target's time in span bookkeeping; the mapping is the same binary search for any).
    QList<int> spans;
    spans.reserve(64 * 4);
    const size_t n = segments.size();
    for (size_t k = 0; k < n; k = (k + 1 == 48 && n > 64) ? n - 16 : k + 1) {
        const int begin = int(segments[k].srcBegin), len = int(segments[k].srcEnd - segments[k].srcBegin);
        spans << begin << len;
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
