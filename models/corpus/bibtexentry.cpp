#include "corpus/bibtexentry.h"

#include "corpus/bibtexnames.h"
#include "text/texdecoder.h"

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

CorpusBuilder::Fields fields(const BibtexScanner::Result &scanned, const BibtexScanner::Entry &entry, int line)
{
    using S = BibtexScanner;
    const auto has = [&](S::Field f) { return entry.fields[f].present(); };
    const auto bytes = [&](S::Field f) { return value(scanned, entry.fields[f]); };
    const auto text = [&](S::Field f) { return QString::fromUtf8(bytes(f)); };
    CorpusBuilder::Fields f;
    f.line = line;
    f.title = TexDecoder::decode(text(S::Title));
    f.authors = BibtexNames::authors(text(S::Author));
    f.abstract = TexDecoder::decode(text(S::Abstract));
    f.year = firstYear(bytes(has(S::Year) ? S::Year : S::Date));
    f.month = monthNumber(text(S::Month));
    for (const S::Field venue : {S::Journal, S::JournalTitle, S::BookTitle}) {
        if (f.venue.isEmpty())
            f.venue = TexDecoder::decode(text(venue));
    }
    f.doi = plainField(text(S::Doi));
    f.url = plainField(text(S::Url));
    const QString archive = text(has(S::ArchivePrefix) ? S::ArchivePrefix : S::EprintType);
    if (archive.compare(QLatin1String("arxiv"), Qt::CaseInsensitive) == 0)
        f.arxiv = plainField(text(S::Eprint));
    f.keywords = keywords(TexDecoder::decode(text(S::Keywords)));
    return f;
}

} // namespace BibtexEntry
