#include "bibtexsamples.h"

#include <QList>

#include <zlib.h>

namespace BibtexSamples {

namespace {

template<typename T, size_t N>
const T &pick(QRandomGenerator &rng, const T (&items)[N])
{
    return items[rng.bounded(int(N))];
}

const char *const kWords[] = {"graph", "Learning", "neural", "Sch{\\\"o}lkopf", "na\\\"{\\i}ve", "--", "{\\ss}",
                              "\xC3\xBC" "ber", "caf\xC3\xA9", "\xF0\x9D\x94\xB8" "x", "a\xC2\xA0" "b", "\\{", "\\}",
                              "$\\alpha$", "10\\%", "@home", "x@y", "{nested {deep}}", "\\\"", "~", "and", "\xE2\x80\x94",
                              "\xFF", "\xC3", "\xE2\x82", "\xED\xA0\x80", "\r", "1999", "\\_", "A"};
const char *const kMacros[] = {"jun", "jan", "dec", "neurips", "proc", "icml", "Jun", "x_1", "\xC3\xA9t\xC3\xA9",
                               "undefined", "a-b", "k:v", "\xE2\x84\xAA" "ey"};
const char *const kFields[] = {"title", "author", "abstract", "year", "date", "month", "journal", "journaltitle",
                               "booktitle", "doi", "url", "eprint", "archivePrefix", "eprinttype", "keywords",
                               "note", "TITLE", "Author", "\xE2\x84\xAA" "eywords", "pages"};

QByteArray words(QRandomGenerator &rng, int n)
{
    QByteArray out;
    for (int i = 0; i < n; ++i) {
        if (i)
            out += rng.bounded(8) == 0 ? "\n   " : " ";
        out += pick(rng, kWords);
    }
    return out;
}

QByteArray part(QRandomGenerator &rng)
{
    switch (rng.bounded(6)) {
    case 0:
        return '"' + words(rng, rng.bounded(1, 6)).replace("\\\"", "x").replace("\"", "") + '"';
    case 1:
        return QByteArray::number(rng.bounded(1990, 2030));
    case 2:
        return pick(rng, kMacros);
    default:
        return '{' + words(rng, rng.bounded(0, 12)) + '}';
    }
}

QByteArray value(QRandomGenerator &rng)
{
    QByteArray out = part(rng);
    while (rng.bounded(4) == 0)
        out += (rng.bounded(2) ? " # " : "#") + part(rng);
    return out;
}

QByteArray fields(QRandomGenerator &rng, int n)
{
    QByteArray out;
    for (int i = 0; i < n; ++i) {
        const QByteArray name = i == 0 && rng.bounded(3) ? QByteArray("title") : QByteArray(pick(rng, kFields));
        out += "  " + name + (rng.bounded(2) ? " = " : "=") + value(rng) + (i + 1 < n || rng.bounded(2) ? ",\n" : "\n");
    }
    return out;
}

QByteArray entry(QRandomGenerator &rng, int key)
{
    const bool parens = rng.bounded(10) == 0;
    const QByteArray open = parens ? "(" : "{", close = parens ? ")" : "}";
    switch (rng.bounded(20)) {
    case 0:
    case 1:
        return "@string" + open + pick(rng, kMacros) + " = " + value(rng) + close + "\n";
    case 2:
        return "@comment{" + words(rng, rng.bounded(0, 8)) + "}\n";
    case 3:
        return "@preamble{ \"\\newcommand{\\noopsort}[1]{}\" }\n";
    case 4: // unbalanced: the next entry line ends it
        return "@article{broken" + QByteArray::number(key) + ",\n  title = {An {unbalanced brace,\n  year = 2018\n}\n";
    case 5:
        return "Free text with an @ sign and @misc words.\n";
    case 6:
        return "@misc{nokey" + QByteArray::number(key) + "}\n";
    case 7:
        return "@article" + open + "k" + QByteArray::number(key) + ", title = " + value(rng) + close + " @inline{x, title={y}}\n";
    default:
        return "@" + QByteArray(rng.bounded(2) ? "article" : "InProceedings") + (rng.bounded(4) ? "" : " ") + open + "key"
            + QByteArray::number(key) + ",\n" + fields(rng, rng.bounded(0, 8)) + close + "\n\n";
    }
}

} // namespace

QByteArray randomFile(QRandomGenerator &rng, int entries)
{
    QByteArray out = rng.bounded(10) == 0 ? "\xEF\xBB\xBF" : "";
    if (rng.bounded(3) == 0)
        out += "% Encoding: UTF-8\n";
    for (int i = 0; i < entries; ++i)
        out += entry(rng, i);
    if (rng.bounded(4) == 0)
        out.replace("\n", "\r\n");
    return out;
}

QByteArray mutated(QRandomGenerator &rng, QByteArray data)
{
    static const char *const kInserts[] = {"{", "}", "\"", "\n@article{", "\n@string{jun = \"Juni\"}\n", ",", "=", "#",
                                           "\\", "@", "\n", "(", ")"};
    for (int n = rng.bounded(1, 4); n > 0 && !data.isEmpty(); --n) {
        const qsizetype at = rng.bounded(data.size());
        switch (rng.bounded(3)) {
        case 0:
            data.remove(at, rng.bounded(1, 20));
            break;
        case 1:
            data.insert(at, pick(rng, kInserts));
            break;
        default:
            data.insert(at, data.mid(at, rng.bounded(1, 200)));
            break;
        }
    }
    return data;
}

QByteArray gzip(const QByteArray &data)
{
    z_stream z{};
    deflateInit2(&z, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(qsizetype(deflateBound(&z, uLong(data.size()))), Qt::Uninitialized);
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    z.avail_in = uInt(data.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    deflate(&z, Z_FINISH);
    out.truncate(qsizetype(z.total_out));
    deflateEnd(&z);
    return out;
}

} // namespace BibtexSamples
