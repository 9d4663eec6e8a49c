#pragma once

#include <QByteArray>
#include <QList>
#include <QStringView>

#include <string>
#include <string_view>

// The one tokenizer shared by indexing, querying and highlighting. It is exactly SQLite FTS5's
// `unicode61` tokenizer with `remove_diacritics 2`: ASCII letters and digits and the non-ASCII
// characters FTS5 counts (letters, numbers, private use, …) form tokens; everything else separates
// them; tokens are case-folded and stripped of diacritics ("Schölkopf" → "scholkopf", but "ø", "ł"
// and "ß" stay as FTS5 keeps them). Folded tokens are UTF-8, so byte order is code point order.
namespace Tokenizer {

inline constexpr char32_t kSeparator = 0xFFFFFFFF;

// The folded form of one code point: kSeparator when it separates tokens, 0 when it belongs to a
// token but folds to nothing (a combining accent), else the folded code point.
char32_t fold(char32_t cp);

// Appends the UTF-8 encoding of cp.
void appendUtf8(std::string &out, char32_t cp);

// A token of a UTF-16 text: its position in that text and its folded UTF-8 bytes.
struct Token
{
    qsizetype start = 0;
    qsizetype length = 0;
    QByteArray folded;
};

QList<Token> tokenize(QStringView text);

constexpr bool isLowerAsciiAlnum(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}
constexpr bool isAsciiAlnum(unsigned char c)
{
    return isLowerAsciiAlnum(c) || (c >= 'A' && c <= 'Z');
}

// Calls f(std::string_view folded) for every token of UTF-8 text (invalid bytes separate tokens).
// Inline so the indexer's ASCII fast path is not a function call per byte.
template<class F>
void forEachToken(std::string_view text, std::string &buf, F &&f)
{
    const auto *p = reinterpret_cast<const unsigned char *>(text.data());
    const auto *end = p + text.size();
    buf.clear();
    bool inToken = false;
    while (p < end) {
        // Most tokens are a run of lower-case ASCII letters and digits ended by ASCII punctuation or
        // space: passed on as a view of the text, without copying or folding.
        if (!inToken && isLowerAsciiAlnum(*p)) {
            const unsigned char *q = p + 1;
            while (q < end && isLowerAsciiAlnum(*q))
                ++q;
            if (q == end || (*q < 0x80 && !isAsciiAlnum(*q))) {
                f(std::string_view(reinterpret_cast<const char *>(p), size_t(q - p)));
                p = q;
                continue;
            }
        }
        char32_t cp = *p;
        if (cp < 0x80) {
            ++p;
            if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9')) {
                buf.push_back(char(cp));
                inToken = true;
                continue;
            }
            if (cp >= 'A' && cp <= 'Z') {
                buf.push_back(char(cp + 32));
                inToken = true;
                continue;
            }
            cp = kSeparator;
        } else {
            int len = cp >= 0xF0 ? 4 : cp >= 0xE0 ? 3 : cp >= 0xC0 ? 2 : 1;
            if (end - p < len)
                len = 1;
            if (len == 1) {
                cp = kSeparator;
            } else {
                cp &= (0xFF >> (len + 1));
                for (int k = 1; k < len; ++k)
                    cp = (cp << 6) | (p[k] & 0x3F);
                cp = fold(cp);
            }
            p += len;
            if (cp != kSeparator) {
                if (cp)
                    appendUtf8(buf, cp);
                inToken = true;
                continue;
            }
        }
        if (inToken && !buf.empty())
            f(std::string_view(buf));
        buf.clear();
        inToken = false;
    }
    if (inToken && !buf.empty())
        f(std::string_view(buf));
}

} // namespace Tokenizer
