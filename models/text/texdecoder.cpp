#include "text/texdecoder.h"

#include <QHash>

namespace {

// Text-mode accent commands and the combining marks they put on the following letter.
QChar accentMark(QChar command)
{
    switch (command.unicode()) {
    case '`': return QChar(0x0300);
    case '\'': return QChar(0x0301);
    case '^': return QChar(0x0302);
    case '~': return QChar(0x0303);
    case '=': return QChar(0x0304);
    case 'u': return QChar(0x0306);
    case '.': return QChar(0x0307);
    case '"': return QChar(0x0308);
    case 'r': return QChar(0x030A);
    case 'H': return QChar(0x030B);
    case 'v': return QChar(0x030C);
    case 'd': return QChar(0x0323);
    case 'c': return QChar(0x0327);
    case 'k': return QChar(0x0328);
    case 'b': return QChar(0x0331);
    default: return {};
    }
}

// Letter commands: \ss, \o, \ae, … (and \i, \j, the dotless letters accents sit on).
QString letter(QStringView name)
{
    static const QHash<QString, QString> letters = {
        {QStringLiteral("ss"), QStringLiteral("ß")}, {QStringLiteral("o"), QStringLiteral("ø")},
        {QStringLiteral("O"), QStringLiteral("Ø")},  {QStringLiteral("ae"), QStringLiteral("æ")},
        {QStringLiteral("AE"), QStringLiteral("Æ")}, {QStringLiteral("oe"), QStringLiteral("œ")},
        {QStringLiteral("OE"), QStringLiteral("Œ")}, {QStringLiteral("aa"), QStringLiteral("å")},
        {QStringLiteral("AA"), QStringLiteral("Å")}, {QStringLiteral("l"), QStringLiteral("ł")},
        {QStringLiteral("L"), QStringLiteral("Ł")},  {QStringLiteral("i"), QStringLiteral("ı")},
        {QStringLiteral("j"), QStringLiteral("ȷ")},  {QStringLiteral("dh"), QStringLiteral("ð")},
        {QStringLiteral("DH"), QStringLiteral("Ð")}, {QStringLiteral("th"), QStringLiteral("þ")},
        {QStringLiteral("TH"), QStringLiteral("Þ")}, {QStringLiteral("ng"), QStringLiteral("ŋ")},
        {QStringLiteral("S"), QStringLiteral("§")},  {QStringLiteral("P"), QStringLiteral("¶")},
        {QStringLiteral("textendash"), QStringLiteral("–")}, {QStringLiteral("textemdash"), QStringLiteral("—")},
        {QStringLiteral("textquoteright"), QStringLiteral("’")}, {QStringLiteral("textquoteleft"), QStringLiteral("‘")},
        {QStringLiteral("LaTeX"), QStringLiteral("LaTeX")}, {QStringLiteral("TeX"), QStringLiteral("TeX")},
    };
    return letters.value(name.toString());
}

class Decoder
{
public:
    explicit Decoder(QStringView s, int depth = 0) : m_s(s), m_depth(depth) { }
    QString run();

private:
    QChar at(qsizetype i) const { return i < m_s.size() ? m_s[i] : QChar(); }
    void command();
    void accent(QChar mark);
    void math();
    // Drops a dotless i or j when an accent is put on it: \'{\i} is í.
    static QChar undotted(QChar c) { return c == u'ı' ? u'i' : c == u'ȷ' ? u'j' : c; }

    static constexpr int kMaxDepth = 4; // accents on accented groups, bounded
    QStringView m_s;
    int m_depth = 0;
    qsizetype m_i = 0;
    QString m_out;
};

QString Decoder::run()
{
    m_out.reserve(m_s.size());
    while (m_i < m_s.size()) {
        const QChar c = m_s[m_i];
        if (c == u'\\') {
            command();
        } else if (c == u'$') {
            math();
        } else if (c == u'{' || c == u'}') {
            ++m_i; // grouping only
        } else if (c == u'~') {
            m_out += u' ';
            ++m_i;
        } else if (c == u'-' && at(m_i + 1) == u'-') {
            const bool em = at(m_i + 2) == u'-';
            m_out += em ? u'—' : u'–';
            m_i += em ? 3 : 2;
        } else {
            m_out += c;
            ++m_i;
        }
    }
    return TexDecoder::composed(m_out);
}

void Decoder::command()
{
    ++m_i; // the backslash
    const QChar c = at(m_i);
    if (c.isNull())
        return;
    if (const QChar mark = accentMark(c); !mark.isNull() && (!c.isLetter() || !at(m_i + 1).isLetter())) {
        ++m_i;
        accent(mark);
        return;
    }
    if (!c.isLetter()) {
        m_out += c == u'\\' ? QChar(u' ') : c; // \& → &, \% → %; \\ (a line break) → a space
        ++m_i;
        return;
    }
    const qsizetype begin = m_i;
    while (at(m_i).isLetter())
        ++m_i;
    const QStringView name = m_s.sliced(begin, m_i - begin);
    const QString l = letter(name);
    if (!l.isNull()) {
        m_out += l;
        if (at(m_i) == u' ' || (at(m_i) == u'{' && at(m_i + 1) == u'}'))
            m_i += at(m_i) == u' ' ? 1 : 2; // the space or {} that ended the command name
        return;
    }
    // An unknown command (\emph, \textbf, \url): its braced argument stays as text.
    while (at(m_i) == u' ')
        ++m_i;
}

void Decoder::accent(QChar mark)
{
    while (at(m_i) == u' ')
        ++m_i;
    QString base;
    if (at(m_i) == u'{') {
        const qsizetype close = m_s.indexOf(u'}', m_i);
        const qsizetype end = close < 0 ? m_s.size() : close;
        const QStringView inner = m_s.sliced(m_i + 1, end - m_i - 1);
        base = m_depth < kMaxDepth ? Decoder(inner, m_depth + 1).run() : inner.toString();
        m_i = close < 0 ? end : end + 1;
    } else if (at(m_i) == u'\\') {
        const qsizetype begin = ++m_i;
        while (at(m_i).isLetter())
            ++m_i;
        base = letter(m_s.sliced(begin, m_i - begin));
        if (at(m_i) == u' ')
            ++m_i;
    } else if (!at(m_i).isNull()) {
        base = at(m_i);
        ++m_i;
    }
    if (base.isEmpty()) {
        m_out += mark;
        return;
    }
    m_out += undotted(base[0]);
    m_out += mark;
    m_out += QStringView(base).sliced(1);
}

void Decoder::math()
{
    const qsizetype close = m_s.indexOf(u'$', m_i + 1);
    if (close < 0) {
        m_out += m_s.sliced(m_i);
        m_i = m_s.size();
        return;
    }
    m_out += m_s.sliced(m_i, close - m_i + 1);
    m_i = close + 1;
}

} // namespace

QString TexDecoder::decode(QStringView tex)
{
    if (!needsDecoding(tex))
        return tex.toString();
    return Decoder(tex).run();
}

namespace {
// A character with combining class 0 that is never the second of a canonical composition, so
// normalizing the text before it and the text from it apart gives the same as normalizing both:
// Latin, Greek, Cyrillic and the rest below the combining marks at U+0300, kana and CJK (but not
// the combining voiced marks U+3099/U+309A), and Hangul syllables (whose trailing jamo compose
// with them, never they with what precedes).
bool startsPiece(char16_t c)
{
    return c < 0x300 || (c >= 0x3040 && c <= 0x9FFF && c != 0x3099 && c != 0x309A) || (c >= 0xAC00 && c <= 0xD7A3);
}
} // namespace

QString TexDecoder::composed(const QString &text)
{
    constexpr qsizetype kPiece = 2048;
    if (text.size() <= kPiece)
        return text.normalized(QString::NormalizationForm_C);
    QString out;
    out.reserve(text.size());
    qsizetype begin = 0;
    for (qsizetype i = kPiece; i < text.size(); ++i) {
        if (i - begin >= kPiece && startsPiece(text[i].unicode())) {
            out += QStringView(text).sliced(begin, i - begin).toString().normalized(QString::NormalizationForm_C);
            begin = i;
        }
    }
    out += QStringView(text).sliced(begin).toString().normalized(QString::NormalizationForm_C);
    return out;
}

bool TexDecoder::needsDecoding(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'\\' || c == u'{' || c == u'}' || c == u'~' || (c == u'-' && i + 1 < text.size() && text[i + 1] == u'-'))
            return true;
    }
    return false;
}
