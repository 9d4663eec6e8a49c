// libFuzzer entry point: any text must convert without a crash; the HTML may contain only the tags
// TexConverter writes itself (corpus text is escaped), and mapped spans stay inside the output.
// Each input is parsed once and rendered both ways (a parse per rendering was half the target's
// time); span mapping is a binary search, so mapping a span every few characters stays linear.
#include "text/texconverter.h"
#include "text/texparser.h"

#include <QRegularExpression>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    QList<int> spans;
    spans.reserve(text.size() / 7 * 2 + 2);
    for (qsizetype i = 0; i + 1 < text.size(); i += 7)
        spans << int(i) << int(std::min<qsizetype>(5, text.size() - i));
    if (!TexParser::mightContainTex(text)) {
        if (TexConverter::toPlainText(text, &spans) != text || TexConverter::toHtml(text) != text.toHtmlEscaped())
            __builtin_trap();
        return 0;
    }
    const std::vector<TexSegment> segments = TexParser::parse(text);
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
