#include "corpus/bibtexentry.h"

#include "corpus/bibtexnames.h"
#include "text/texdecoder.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace BibtexEntry {

namespace {

const char *const kMonths[] = {"january", "february", "march",     "april",   "may",      "june",
                               "july",    "august",   "september", "october", "november", "december"};

// Braces and the escapes of identifiers (DOIs, URLs, eprints) go; nothing else is TeX there.
QString plainField(const QString &v)
{
    QString out = v;
    out.remove(u'{').remove(u'}');
    out.replace(QLatin1String("\\_"), QLatin1String("_")).replace(QLatin1String("\\%"), QLatin1String("%"))
        .replace(QLatin1String("\\&"), QLatin1String("&")).replace(QLatin1String("\\#"), QLatin1String("#"));
    return out.trimmed();
}

int monthNumber(const QString &v)
{
    bool ok = false;
    const int n = v.trimmed().toInt(&ok);
    if (ok)
        return n;
    const QString word = v.trimmed().toLower();
    for (int m = 0; m < 12 && word.size() >= 3; ++m) {
        if (QString::fromLatin1(kMonths[m]).startsWith(word.left(3)))
            return m + 1;
    }
    return 0;
}

// The first four ASCII digits in a row, as the number they spell; 0 without them.
int firstYear(QByteArrayView v)
{
    for (qsizetype i = 0, run = 0; i < v.size(); ++i) {
        run = v[i] >= '0' && v[i] <= '9' ? run + 1 : 0;
        if (run == 4)
            return v.sliced(i - 3, 4).toInt();
    }
    return 0;
}

QStringList keywords(const QString &decoded)
{
    QStringList out;
    qsizetype begin = 0;
    for (qsizetype i = 0; i <= decoded.size(); ++i) {
        if (i < decoded.size() && decoded[i] != u',' && decoded[i] != u';')
            continue;
        const QString k = decoded.sliced(begin, i - begin).trimmed();
        if (!k.isEmpty())
            out.append(k);
        begin = i + 1;
    }
    return out;
}

// TexDecoder::needsDecoding() on UTF-8: a backslash, brace, tilde or double dash (all ASCII).
bool needsDecoding(QByteArrayView v)
{
    const char *d = v.data();
    const qsizetype n = v.size();
    qsizetype i = 0;
#if defined(__SSE2__)
    for (; i + 16 <= n; i += 16) {
        const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i *>(d + i));
        const int tex = _mm_movemask_epi8(
            _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('\\')), _mm_cmpeq_epi8(x, _mm_set1_epi8('{'))),
                         _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('}')), _mm_cmpeq_epi8(x, _mm_set1_epi8('~')))));
        const int dash = _mm_movemask_epi8(_mm_cmpeq_epi8(x, _mm_set1_epi8('-')));
        if (tex || (dash & (dash >> 1)) || ((dash & 0x8000) && i + 16 < n && d[i + 16] == '-'))
            return true;
    }
#endif
    for (; i < n; ++i) {
        const char c = d[i];
        if (c == '\\' || c == '{' || c == '}' || c == '~' || (c == '-' && i + 1 < n && d[i + 1] == '-'))
            return true;
    }
    return false;
}

// A text field: as it is in UTF-8 when there is no TeX in it (CorpusBuilder takes it from there
// without a QString), else decoded.
void textField(const QByteArray &bytes, QString *text, QByteArrayView *utf8)
{
    if (needsDecoding(bytes))
        *text = TexDecoder::decode(QString::fromUtf8(bytes));
    else
        *utf8 = bytes;
}

} // namespace

QByteArray value(const BibtexScanner::Result &scanned, BibtexScanner::Range range)
{
    if (range.count == 1) {
        const BibtexScanner::Part &part = scanned.parts[size_t(range.first)];
        return part.macro ? part.resolved : part.text;
    }
    QByteArray out;
    for (int p = range.first; p < range.first + range.count; ++p)
        out += scanned.parts[size_t(p)].bytes();
    return out;
}

CorpusBuilder::Prepared prepare(const BibtexScanner::Result &scanned, const BibtexScanner::Entry &entry, int line)
{
    using S = BibtexScanner;
    const auto has = [&](S::Field f) { return entry.fields[f].present(); };
    const auto bytes = [&](S::Field f) { return value(scanned, entry.fields[f]); };
    const auto text = [&](S::Field f) { return QString::fromUtf8(bytes(f)); };
    CorpusBuilder::Fields f;
    f.line = line;
    const QByteArray title = bytes(S::Title), abstract = bytes(S::Abstract);
    textField(title, &f.title, &f.utf8.title);
    f.authors = BibtexNames::authors(text(S::Author));
    textField(abstract, &f.abstract, &f.utf8.abstract);
    f.year = firstYear(bytes(has(S::Year) ? S::Year : S::Date));
    f.month = monthNumber(text(S::Month));
    QByteArray venue;
    for (const S::Field field : {S::Journal, S::JournalTitle, S::BookTitle}) {
        if (!f.venue.isEmpty() || !f.utf8.venue.isEmpty())
            break;
        venue = bytes(field);
        textField(venue, &f.venue, &f.utf8.venue);
    }
    f.doi = plainField(text(S::Doi));
    f.url = plainField(text(S::Url));
    const QString archive = text(has(S::ArchivePrefix) ? S::ArchivePrefix : S::EprintType);
    if (archive.compare(QLatin1String("arxiv"), Qt::CaseInsensitive) == 0)
        f.arxiv = plainField(text(S::Eprint));
    f.keywords = keywords(TexDecoder::decode(text(S::Keywords)));
    return CorpusBuilder::prepare(f); // while the UTF-8 views are alive
}

} // namespace BibtexEntry
