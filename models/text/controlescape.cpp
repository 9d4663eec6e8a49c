#include "text/controlescape.h"

#include <algorithm>

namespace ControlEscape {

namespace {
bool isControl(char16_t c)
{
    return c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0) || c == 0x2028 || c == 0x2029;
}
// "\x1b", "\u2028": what QString::arg(c, digits, 16, '0') wrote, without building a string per
// character (text full of controls took a formatted string each).
void appendHex(QString &out, char16_t c, char kind, int digits)
{
    static constexpr char kHex[] = "0123456789abcdef";
    out += QLatin1Char('\\');
    out += QLatin1Char(kind);
    for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4)
        out += QLatin1Char(kHex[(c >> shift) & 0xF]);
}
} // namespace

QString escaped(QStringView text)
{
    if (std::none_of(text.begin(), text.end(), [](QChar c) { return isControl(c.unicode()); }))
        return text.toString();
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (!isControl(c))
            out += ch;
        else if (c == u'\n')
            out += QLatin1String("\\n");
        else if (c == u'\r')
            out += QLatin1String("\\r");
        else if (c == u'\t')
            out += QLatin1String("\\t");
        else
            appendHex(out, c, c < 0x100 ? 'x' : 'u', c < 0x100 ? 2 : 4);
    }
    return out;
}

} // namespace ControlEscape
