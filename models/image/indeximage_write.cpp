#include "image/indeximage.h"
#include "image/imageformat_p.h"

#include <QIODevice>

using namespace ImageFormat;

class IndexImage::Writer
{
public:
    void add(quint32 type, const void *data, size_t bytes) { m_pieces.push_back({type, data, bytes, {}}); }
    template<typename T>
    void addArray(quint32 type, const T *data, size_t n) { add(type, data, n * sizeof(T)); }
    void addOwned(quint32 type, QByteArray b)
    {
        m_pieces.push_back({type, nullptr, 0, std::move(b)});
        m_pieces.back().data = m_pieces.back().owned.constData();
        m_pieces.back().bytes = size_t(m_pieces.back().owned.size());
    }

    bool write(QIODevice &out)
    {
        QByteArray table;
        qint64 offset = align(kHeaderBytes + kEntryBytes * qint64(m_pieces.size()));
        for (const Piece &p : m_pieces) {
            put(table, p.type);
            put(table, crcOf(p.data, qint64(p.bytes)));
            put(table, quint64(offset));
            put(table, quint64(p.bytes));
            offset = align(offset + qint64(p.bytes));
        }
        QByteArray header(kMagic, 8);
        put(header, kFormatVersion);
        put(header, quint32(m_pieces.size()));
        put(header, quint64(offset));
        put(header, crcOf(table.constData(), table.size()));
        put(header, crcOf(header.constData(), header.size()));
        if (out.write(header) != header.size() || out.write(table) != table.size())
            return false;
        qint64 pos = header.size() + table.size();
        static const char zeros[8] = {};
        for (const Piece &p : m_pieces) {
            if (const qint64 pad = align(pos) - pos; pad && out.write(zeros, pad) != pad)
                return false;
            pos = align(pos);
            if (p.bytes && out.write(static_cast<const char *>(p.data), qint64(p.bytes)) != qint64(p.bytes))
                return false;
            pos += qint64(p.bytes);
        }
        const qint64 pad = align(pos) - pos;
        return !pad || out.write(zeros, pad) == pad;
    }

private:
    // No padding: every byte of an image is in the header, the table or a checksummed section, so
    // any flipped byte is noticed (sections are copied out, so they need no alignment).
    static qint64 align(qint64 v) { return v; }
    struct Piece
    {
        quint32 type;
        const void *data;
        size_t bytes;
        QByteArray owned;
    };
    std::vector<Piece> m_pieces;
};

bool IndexImage::write(QIODevice &out, const QByteArray &key, const SearchIndex &index, const Diagnostics &diagnostics)
{
    const Corpus &c = *index.corpus();
    Writer w;
    w.addOwned(Key, key);
    QByteArray info;
    put(info, quint32(c.m_records.size()));
    put(info, quint32(sizeof(Corpus::Record)));
    put(info, quint32(sizeof(Corpus::Metadata)));
    put(info, quint32(sizeof(Corpus::Span)));
    putString(info, c.m_name);
    putString(info, c.m_sourcePath);
    put(info, quint32(diagnostics.size()));
    for (const Diagnostic &d : diagnostics) {
        put(info, qint32(d.line));
        put(info, quint32(d.severity));
        putString(info, d.message);
    }
    w.addOwned(Info, info);
    w.add(CorpusText, c.m_text.constData(), size_t(c.m_text.size()));
    w.addArray(Records, c.m_records.data(), c.m_records.size());
    w.addArray(Metadata, c.m_meta.data(), c.m_meta.size());
    w.addArray(AuthorIds, c.m_authorIds.data(), c.m_authorIds.size());
    const AuthorTable &a = c.m_authors;
    QByteArray authors;
    put(authors, quint32(a.m_keys.size()));
    for (qsizetype i = 0; i < a.m_keys.size(); ++i) {
        putString(authors, a.m_keys[i]);
        putString(authors, a.m_display[i]);
        put(authors, qint32(a.m_paperCounts[i]));
    }
    w.addOwned(Authors, authors);

    QByteArray indexInfo;
    put(indexInfo, index.m_docCount);
    for (float f : index.m_avgFieldLength)
        put(indexInfo, f);
    const MetadataTokens *m = index.m_metadata.get();
    put(indexInfo, quint32(m ? 1 : 0));
    w.addOwned(IndexInfo, indexInfo);
    w.add(Terms, index.m_terms.data(), index.m_terms.size());
    w.addArray(TermOffsets, index.m_termOffsets.data(), index.m_termOffsets.size());
    w.addArray(PostingOffsets, index.m_postingOffsets.data(), index.m_postingOffsets.size());
    w.addArray(PostingDocs, index.m_postingDocs.data(), index.m_postingDocs.size());
    w.addArray(PostingFreqs, index.m_postingFreqs.data(), index.m_postingFreqs.size());
    w.addArray(PostingImpacts, index.m_postingImpacts.data(), index.m_postingImpacts.size());
    w.addArray(RankToTerm, index.m_rankToTerm.data(), index.m_rankToTerm.size());
    w.addArray(TermToRank, index.m_termToRank.data(), index.m_termToRank.size());
    w.addArray(TokenBytes, index.m_tokenBytes.data(), index.m_tokenBytes.size());
    w.addArray(TokenOffsets, index.m_tokenOffsets.data(), index.m_tokenOffsets.size());
    w.addArray(FieldLengths, index.m_fieldLengths.data(), index.m_fieldLengths.size());
    w.addArray(FirstAuthorRank, index.m_firstAuthorRank.data(), index.m_firstAuthorRank.size());
    if (m) {
        QByteArray metaInfo;
        for (float f : m->m_avgLength)
            put(metaInfo, f);
        w.addOwned(MetaInfo, metaInfo);
        w.add(MetaText, m->m_text.data(), m->m_text.size());
        w.addArray(MetaTokenEnd, m->m_tokenEnd.data(), m->m_tokenEnd.size());
        w.addArray(MetaTokenLength, m->m_tokenLength.data(), m->m_tokenLength.size());
        w.addArray(MetaFieldBegin, m->m_fieldBegin.data(), m->m_fieldBegin.size());
    }
    return w.write(out);
}
