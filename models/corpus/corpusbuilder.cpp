#include "corpus/corpusbuilder.h"

#include "corpus/authorinterner.h"
#include "corpus/corpusparser.h"
#include "text/contenthash.h"
#include "text/parallelchunks.h"

#include <unordered_map>

void CorpusBuilder::warn(int line, const QString &message, int *counter)
{
    if (counter && ++*counter > CorpusParser::kMaxReportedLines)
        return;
    m_diags.append({line, Diagnostic::Warning, message});
}

Corpus::Span CorpusBuilder::span(const CorpusText::Line &l, qsizetype skip) const
{
    qsizetype pos = l.pos + skip;
    qsizetype len = l.len - skip;
    const char *d = m_corpus.m_text.constData();
    while (len > 0 && CorpusText::isBlank(d[pos])) {
        ++pos;
        --len;
    }
    return {pos, len};
}

Corpus::Span CorpusBuilder::append(const QString &text)
{
    if (text.isEmpty())
        return {};
    const QByteArray utf8 = text.toUtf8();
    const Corpus::Span s{m_corpus.m_text.size(), utf8.size()};
    m_corpus.m_text.append(utf8);
    m_corpus.m_text.append('\n');
    return s;
}

Corpus::Span CorpusBuilder::appendList(const QStringList &items, char separator)
{
    QString joined;
    for (const QString &item : items) {
        const QString clean = item.simplified();
        if (clean.isEmpty())
            continue;
        if (!joined.isEmpty())
            joined += QLatin1Char(separator);
        joined += clean;
    }
    return append(joined);
}

void CorpusBuilder::add(const Fields &f)
{
    // Metadata rows line up with records: a corpus that gains its first metadata fills the rest.
    m_corpus.m_meta.resize(m_corpus.m_records.size());
    QStringList names;
    names.reserve(f.authors.size());
    for (const QString &name : f.authors) {
        QString clean = name;
        clean.replace(QLatin1Char(','), QLatin1Char(' '));
        clean = clean.simplified();
        if (!clean.isEmpty())
            names.append(clean);
    }
    Corpus::Record r;
    r.line = f.line;
    r.flags = f.flags;
    r.authors = append(names.join(QLatin1String(", ")));
    if (r.authors.isNull())
        r.flags |= Corpus::NoAuthors;
    r.tldr = append(f.tldr.simplified());
    r.abstract = append(f.abstract.simplified());
    if (r.abstract.isNull())
        r.abstract = {m_corpus.m_text.size(), 0}; // present but empty: the paper has a title only

    Corpus::Metadata m;
    m.title = append(f.title.simplified());
    m.venue = append(f.venue.simplified());
    m.doi = append(f.doi.trimmed());
    m.url = append(f.url.trimmed());
    m.arxiv = append(f.arxiv.trimmed());
    m.categories = appendList(f.categories, Corpus::kListSeparator);
    m.keywords = appendList(f.keywords, Corpus::kListSeparator);
    m.year = qint16(f.year > 0 && f.year < 10000 ? f.year : 0);
    m.month = quint8(f.month >= 1 && f.month <= 12 ? f.month : 0);
    m.day = quint8(f.day >= 1 && f.day <= 31 ? f.day : 0);
    m_corpus.m_records.push_back(r);
    m_corpus.m_meta.push_back(m);
}

void CorpusBuilder::finishAll()
{
    auto &records = m_corpus.m_records;
    if (!m_corpus.m_meta.empty())
        m_corpus.m_meta.resize(records.size());
    const bool withMeta = !m_corpus.m_meta.empty();
    const ParallelChunks chunks(records.size(), 4096);
    chunks.run([&](size_t, size_t b, size_t e) {
        for (size_t i = b; i < e; ++i) {
            Corpus::Record &r = records[i];
            quint64 h = contentHash64(m_corpus.utf8(r.authors), 0x5EED);
            h = contentHash64(r.tldr.isNull() ? QByteArrayView("\x01") : m_corpus.utf8(r.tldr), h);
            h = contentHash64(m_corpus.utf8(r.abstract), h);
            // Native records keep the ids they always had; a title tells apart papers that share
            // an empty abstract.
            if (withMeta && !m_corpus.m_meta[i].title.isNull())
                h = contentHash64(m_corpus.utf8(m_corpus.m_meta[i].title), h);
            r.hash = h;
        }
    });
    AuthorInterner::run(m_corpus.m_text, records, m_corpus.m_authors, m_corpus.m_authorIds);
    std::unordered_map<quint64, quint32> seen; // hash -> copies after the first
    m_corpus.m_rowByHash.reserve(records.size());
    for (size_t row = 0; row < records.size(); ++row) {
        const auto [it, inserted] = m_corpus.m_rowByHash.try_emplace(records[row].hash, qsizetype(row));
        if (!inserted)
            records[row].duplicate = ++seen[records[row].hash];
    }
}
