#include "search/tokenizer.h"

#include "text/fts5tables.h"

#include <algorithm>
#include <memory>

namespace Tokenizer {

namespace {
char32_t lookupSlow(char32_t cp)
{
    using namespace Fts5Tables;
    const CodeRange *ranges = kTokenRanges;
    const CodeRange *r = std::upper_bound(ranges, ranges + kTokenRangeCount, cp,
                                          [](char32_t c, const CodeRange &range) { return c < range.end; });
    if (r == ranges + kTokenRangeCount || cp < r->first)
        return kSeparator;
    const FoldPair *f = std::lower_bound(kFolds, kFolds + kFoldCount, cp,
                                         [](const FoldPair &pair, char32_t c) { return pair.from < c; });
    return (f != kFolds + kFoldCount && f->from == cp) ? f->to : cp;
}

// The Basic Multilingual Plane answered by one array lookup (built once, 256 KiB).
const char32_t *bmpTable()
{
    static const std::unique_ptr<char32_t[]> table = [] {
        auto t = std::make_unique<char32_t[]>(0x10000);
        for (char32_t cp = 0; cp < 0x10000; ++cp) {
            if (cp < 0x80) {
                const bool alnum = (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
                t[cp] = !alnum ? kSeparator : (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp;
            } else {
                t[cp] = (cp >= 0xD800 && cp < 0xE000) ? kSeparator : lookupSlow(cp);
            }
        }
        return t;
    }();
    return table.get();
}
} // namespace

char32_t fold(char32_t cp)
{
    return cp < 0x10000 ? bmpTable()[cp] : cp <= 0x10FFFF ? lookupSlow(cp) : kSeparator;
}

void appendUtf8(std::string &out, char32_t cp)
{
    if (cp < 0x80) {
        out.push_back(char(cp));
    } else if (cp < 0x800) {
        out.push_back(char(0xC0 | (cp >> 6)));
        out.push_back(char(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(char(0xE0 | (cp >> 12)));
        out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(char(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(char(0xF0 | (cp >> 18)));
        out.push_back(char(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(char(0x80 | (cp & 0x3F)));
    }
}

QList<Token> tokenize(QStringView text)
{
    QList<Token> tokens;
    std::string buf;
    qsizetype start = -1;
    auto finish = [&](qsizetype end) {
        if (start >= 0 && !buf.empty())
            tokens.append(Token{start, end - start, QByteArray(buf.data(), qsizetype(buf.size()))});
        buf.clear();
        start = -1;
    };
    for (qsizetype i = 0; i < text.size();) {
        char32_t cp = text[i].unicode();
        qsizetype next = i + 1;
        if (QChar::isHighSurrogate(cp) && next < text.size() && text[next].isLowSurrogate())
            cp = QChar::surrogateToUcs4(char16_t(cp), text[next++].unicode());
        const char32_t folded = fold(cp);
        if (folded == kSeparator) {
            finish(i);
        } else {
            if (start < 0)
                start = i;
            if (folded)
                appendUtf8(buf, folded);
        }
        i = next;
    }
    finish(text.size());
    return tokens;
}

} // namespace Tokenizer
