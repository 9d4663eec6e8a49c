#include "image/indeximage.h"
#include "image/imageformat_p.h"

#include <QFile>
#include <QIODevice>

#include <cmath>
#include <cstring>
#include <limits>
#include <type_traits>

using namespace ImageFormat;

namespace {

// Reads the fields of a small section with every read checked against its end.
class Cursor
{
public:
    explicit Cursor(QByteArrayView b) : m_b(b) { }
    template<typename T>
    bool get(T &v)
    {
        if (m_b.size() - m_pos < qsizetype(sizeof v))
            return false;
        std::memcpy(&v, m_b.data() + m_pos, sizeof v);
        m_pos += qsizetype(sizeof v);
        return true;
    }
    bool getString(QString &s)
    {
        quint32 n;
        if (!get(n) || qint64(n) > m_b.size() - m_pos)
            return false;
        s = QString::fromUtf8(m_b.data() + m_pos, qsizetype(n));
        m_pos += qsizetype(n);
        return true;
    }
    bool atEnd() const { return m_pos == m_b.size(); }

private:
    QByteArrayView m_b;
    qsizetype m_pos = 0;
};

class BufferSource : public IndexImage::Source
{
public:
    explicit BufferSource(QByteArrayView b) : m_b(b) { }
    qint64 size() const override { return m_b.size(); }
    bool readAt(qint64 pos, char *out, qint64 n) override
    {
        if (pos < 0 || n < 0 || pos > m_b.size() || n > m_b.size() - pos)
            return false;
        if (n > 0)
            std::memcpy(out, m_b.data() + pos, size_t(n));
        return true;
    }

private:
    QByteArrayView m_b;
};

class FileSource : public IndexImage::Source
{
public:
    explicit FileSource(QFile &f) : m_f(f), m_size(f.size()) { }
    qint64 size() const override { return m_size; }
    bool readAt(qint64 pos, char *out, qint64 n) override
    {
        if (n == 0)
            return true;
        return m_f.seek(pos) && m_f.read(out, n) == n;
    }

private:
    QFile &m_f;
    qint64 m_size;
};

bool spanOk(const Corpus::Span &s, qint64 textSize)
{
    if (s.len == -1)
        return true;
    return s.len >= 0 && s.pos >= 0 && s.pos <= textSize && qint64(s.len) <= textSize - s.pos;
}

template<typename T>
bool offsetsOk(const std::vector<T> &o, size_t count, size_t end)
{
    if (o.size() != count + 1 || o[0] != 0 || o.back() != end)
        return false;
    for (size_t i = 1; i < o.size(); ++i)
        if (o[i] < o[i - 1])
            return false;
    return true;
}

} // namespace

class IndexImage::Reader
{
public:
    Reader(Source &source, bool verify) : m_src(source), m_verify(verify) { }

    bool open()
    {
        const qint64 size = m_src.size();
        char header[kHeaderBytes];
        if (size < kHeaderBytes || !m_src.readAt(0, header, kHeaderBytes) || std::memcmp(header, kMagic, 8) != 0)
            return false;
        Cursor h(QByteArrayView(header + 8, kHeaderBytes - 8));
        quint32 version, count, tableCrc, headerCrc;
        quint64 fileSize;
        h.get(version);
        h.get(count);
        h.get(fileSize);
        h.get(tableCrc);
        h.get(headerCrc);
        if (version != kFormatVersion || count > kMaxSections || fileSize != quint64(size))
            return false;
        if (m_verify && headerCrc != crcOf(header, kHeaderBytes - 4))
            return false;
        const qint64 tableBytes = kEntryBytes * qint64(count);
        if (tableBytes > size - kHeaderBytes)
            return false;
        QByteArray table(tableBytes, Qt::Uninitialized);
        if (!m_src.readAt(kHeaderBytes, table.data(), tableBytes))
            return false;
        if (m_verify && tableCrc != crcOf(table.constData(), tableBytes))
            return false;
        Cursor t(table);
        const quint64 dataStart = quint64(kHeaderBytes + tableBytes);
        for (quint32 i = 0; i < count; ++i) {
            Entry e;
            t.get(e.type);
            t.get(e.crc);
            t.get(e.offset);
            t.get(e.size);
            if (e.offset < dataStart || e.offset > quint64(size) || e.size > quint64(size) - e.offset)
                return false;
            for (const Entry &seen : m_entries)
                if (seen.type == e.type)
                    return false; // a section twice: not an image this writer made
            m_entries.push_back(e);
        }
        return true;
    }

    bool has(quint32 type) const { return find(type) != nullptr; }

    bool bytes(quint32 type, QByteArray &out)
    {
        const Entry *e = find(type);
        if (!e || e->size > quint64(std::numeric_limits<qsizetype>::max() / 2))
            return false;
        out = QByteArray(qsizetype(e->size), Qt::Uninitialized);
        return fill(*e, out.data());
    }
    bool string(quint32 type, std::string &out)
    {
        const Entry *e = find(type);
        if (!e)
            return false;
        out.resize(size_t(e->size));
        return fill(*e, out.data());
    }
    template<typename T>
    bool array(quint32 type, std::vector<T> &out)
    {
        const Entry *e = find(type);
        if (!e || e->size % sizeof(T))
            return false;
        out.resize(size_t(e->size / sizeof(T)));
        return fill(*e, out.data());
    }
    template<typename T>
    bool array(quint32 type, HugePageArray<T> &out)
    {
        const Entry *e = find(type);
        if (!e || e->size % sizeof(T))
            return false;
        out = HugePageArray<T>(size_t(e->size / sizeof(T)));
        return fill(*e, out.data());
    }

private:
    struct Entry
    {
        quint32 type = 0;
        quint32 crc = 0;
        quint64 offset = 0;
        quint64 size = 0;
    };
    const Entry *find(quint32 type) const
    {
        for (const Entry &e : m_entries)
            if (e.type == type)
                return &e;
        return nullptr;
    }
    bool fill(const Entry &e, void *out)
    {
        if (!m_src.readAt(qint64(e.offset), static_cast<char *>(out), qint64(e.size)))
            return false;
        return !m_verify || crcOf(out, qint64(e.size)) == e.crc;
    }

    Source &m_src;
    bool m_verify;
    std::vector<Entry> m_entries;
};

std::optional<IndexImage::Contents> IndexImage::read(Source &source, const QByteArray &key, bool verifyChecksums,
                                                     bool *stale)
{
    if (stale)
        *stale = false;
    Reader r(source, verifyChecksums);
    if (!r.open())
        return std::nullopt;
    QByteArray storedKey;
    if (!r.bytes(Key, storedKey))
        return std::nullopt;
    if (!key.isEmpty() && storedKey != key) {
        if (stale)
            *stale = true; // whole up to here, for another version of the file
        return std::nullopt;
    }

    // The corpus.
    auto corpus = std::make_shared<Corpus>();
    Corpus &c = *corpus;
    Contents contents;
    QByteArray info;
    if (!r.bytes(Info, info))
        return std::nullopt;
    Cursor in(info);
    quint32 records, recordSize, metaSize, spanSize, diagnosticCount;
    if (!in.get(records) || !in.get(recordSize) || !in.get(metaSize) || !in.get(spanSize)
        || recordSize != sizeof(Corpus::Record) || metaSize != sizeof(Corpus::Metadata) || spanSize != sizeof(Corpus::Span)
        || !in.getString(c.m_name) || !in.getString(c.m_sourcePath) || !in.get(diagnosticCount))
        return std::nullopt;
    for (quint32 i = 0; i < diagnosticCount; ++i) {
        Diagnostic d;
        qint32 line;
        quint32 severity;
        if (!in.get(line) || !in.get(severity) || severity > Diagnostic::Error || !in.getString(d.message))
            return std::nullopt;
        d.line = line;
        d.severity = Diagnostic::Severity(severity);
        contents.diagnostics.append(d);
    }
    if (!in.atEnd())
        return std::nullopt;
    if (!r.bytes(CorpusText, c.m_text) || !r.array(Records, c.m_records) || !r.array(Metadata, c.m_meta)
        || !r.array(AuthorIds, c.m_authorIds))
        return std::nullopt;
    if (c.m_records.size() != records || (!c.m_meta.empty() && c.m_meta.size() != records))
        return std::nullopt;
    QByteArray authorBytes;
    if (!r.bytes(Authors, authorBytes))
        return std::nullopt;
    Cursor au(authorBytes);
    quint32 authorCount;
    if (!au.get(authorCount) || authorCount > quint32(authorBytes.size()))
        return std::nullopt;
    AuthorTable &a = c.m_authors;
    a.m_keys.reserve(authorCount);
    a.m_display.reserve(authorCount);
    a.m_paperCounts.reserve(authorCount);
    a.m_idByKey.reserve(authorCount);
    for (quint32 i = 0; i < authorCount; ++i) {
        QString k, d;
        qint32 n;
        if (!au.getString(k) || !au.getString(d) || !au.get(n))
            return std::nullopt;
        a.m_idByKey.insert(k, AuthorTable::Id(i));
        a.m_keys.append(std::move(k));
        a.m_display.append(std::move(d));
        a.m_paperCounts.append(n);
    }
    if (!au.atEnd())
        return std::nullopt;
    const qint64 textSize = c.m_text.size();
    for (const Corpus::Record &rec : c.m_records) {
        if (!spanOk(rec.authors, textSize) || !spanOk(rec.tldr, textSize) || !spanOk(rec.abstract, textSize)
            || quint64(rec.authorBegin) + rec.authorCount > c.m_authorIds.size())
            return std::nullopt;
    }
    for (const Corpus::Metadata &m : c.m_meta) {
        for (const Corpus::Span &s : {m.title, m.venue, m.doi, m.url, m.arxiv, m.categories, m.keywords})
            if (!spanOk(s, textSize))
                return std::nullopt;
    }
    for (AuthorTable::Id id : c.m_authorIds)
        if (id >= authorCount)
            return std::nullopt;
    c.m_rowByHash.reserve(c.m_records.size());
    for (size_t row = 0; row < c.m_records.size(); ++row)
        c.m_rowByHash.try_emplace(c.m_records[row].hash, qsizetype(row));

    // The search index.
    std::shared_ptr<SearchIndex> index(new SearchIndex);
    SearchIndex &x = *index;
    QByteArray indexInfo;
    if (!r.bytes(IndexInfo, indexInfo))
        return std::nullopt;
    Cursor ii(indexInfo);
    quint32 hasMeta;
    if (!ii.get(x.m_docCount))
        return std::nullopt;
    for (float &f : x.m_avgFieldLength)
        if (!ii.get(f) || !std::isfinite(f))
            return std::nullopt;
    if (!ii.get(hasMeta) || hasMeta > 1 || !ii.atEnd() || x.m_docCount != records)
        return std::nullopt;
    if (!r.string(Terms, x.m_terms) || !r.array(TermOffsets, x.m_termOffsets) || !r.array(PostingOffsets, x.m_postingOffsets)
        || !r.array(PostingDocs, x.m_postingDocs) || !r.array(PostingFreqs, x.m_postingFreqs)
        || !r.array(PostingImpacts, x.m_postingImpacts) || !r.array(RankToTerm, x.m_rankToTerm)
        || !r.array(TermToRank, x.m_termToRank) || !r.array(TokenBytes, x.m_tokenBytes)
        || !r.array(TokenOffsets, x.m_tokenOffsets) || !r.array(FieldLengths, x.m_fieldLengths)
        || !r.array(FirstAuthorRank, x.m_firstAuthorRank))
        return std::nullopt;
    if (x.m_termOffsets.empty())
        return std::nullopt;
    const size_t terms = x.m_termOffsets.size() - 1;
    const size_t postings = x.m_postingDocs.size();
    const size_t docs = x.m_docCount;
    if (!offsetsOk(x.m_termOffsets, terms, x.m_terms.size()) || !offsetsOk(x.m_postingOffsets, terms, postings)
        || x.m_postingFreqs.size() != postings || x.m_postingImpacts.size() != postings
        || x.m_rankToTerm.size() != terms || x.m_termToRank.size() != terms
        || !offsetsOk(x.m_tokenOffsets, docs * SearchIndex::kFieldCount, x.m_tokenBytes.size())
        || x.m_fieldLengths.size() != docs * SearchIndex::kFieldCount || x.m_firstAuthorRank.size() != docs)
        return std::nullopt;
    for (size_t t = 1; t < terms; ++t)
        if (!(x.term(quint32(t - 1)) < x.term(quint32(t))))
            return std::nullopt; // prefix ranges are binary searches
    for (size_t t = 0; t < terms; ++t) {
        if (x.m_rankToTerm[t] >= terms || x.m_termToRank[t] >= terms)
            return std::nullopt;
        const quint64 begin = x.m_postingOffsets[t], end = x.m_postingOffsets[t + 1];
        for (quint64 i = begin; i < end; ++i)
            if (x.m_postingDocs[i] >= docs || (i > begin && x.m_postingDocs[i] <= x.m_postingDocs[i - 1]))
                return std::nullopt;
    }
    // Every field's token stream is whole codes of ranks that exist (decode() trusts both).
    for (size_t k = 0; k < docs * SearchIndex::kFieldCount; ++k) {
        const uchar *p = x.m_tokenBytes.data() + x.m_tokenOffsets[k];
        const uchar *end = x.m_tokenBytes.data() + x.m_tokenOffsets[k + 1];
        while (p < end) {
            quint64 v = 0;
            int shift = 0;
            for (;;) {
                if (p == end || shift > 28)
                    return std::nullopt;
                const uchar b = *p++;
                v |= quint64(b & 0x7F) << shift;
                shift += 7;
                if (b < 0x80)
                    break;
            }
            if (v >= terms)
                return std::nullopt;
        }
    }
    if (hasMeta) {
        auto meta = std::make_shared<MetadataTokens>();
        QByteArray metaInfo;
        if (!r.bytes(MetaInfo, metaInfo) || !r.string(MetaText, meta->m_text) || !r.array(MetaTokenEnd, meta->m_tokenEnd)
            || !r.array(MetaTokenLength, meta->m_tokenLength) || !r.array(MetaFieldBegin, meta->m_fieldBegin))
            return std::nullopt;
        Cursor mi(metaInfo);
        for (float &f : meta->m_avgLength)
            if (!mi.get(f) || !std::isfinite(f))
                return std::nullopt;
        const size_t tokens = meta->m_tokenEnd.size();
        if (!mi.atEnd() || meta->m_tokenLength.size() != tokens
            || !offsetsOk(meta->m_fieldBegin, docs * MetadataTokens::kFieldCount, tokens))
            return std::nullopt;
        for (size_t i = 0; i < tokens; ++i)
            if (meta->m_tokenEnd[i] < meta->m_tokenLength[i] || meta->m_tokenEnd[i] > meta->m_text.size())
                return std::nullopt;
        x.m_metadata = std::move(meta);
    }
    x.m_corpus = corpus;
    contents.corpus = corpus;
    contents.index = std::move(index);
    return contents;
}

std::optional<IndexImage::Contents> IndexImage::read(QByteArrayView bytes, const QByteArray &key, bool verifyChecksums)
{
    BufferSource source(bytes);
    return read(source, key, verifyChecksums);
}

std::optional<IndexImage::Contents> IndexImage::read(QFile &file, const QByteArray &key, bool *stale)
{
    FileSource source(file);
    return read(source, key, true, stale);
}
