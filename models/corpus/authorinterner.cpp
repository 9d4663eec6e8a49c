#include "corpus/authorinterner.h"

#include "corpus/authorline.h"
#include "text/contenthash.h"
#include "text/parallelchunks.h"
#include "text/textfold.h"

#include <string>
#include <string_view>

namespace {

// Whether QString::simplified() could change these bytes: a blank other than a single space, or
// the lead byte of a non-ASCII space (U+0085, U+00A0, U+1680, U+2000-U+205F, U+3000). Rare in
// names; those take the slow path through QString.
bool needsSimplifying(QByteArrayView part)
{
    char prev = 0;
    for (char c : part) {
        const auto u = quint8(c);
        if (u == 0xC2 || u == 0xE1 || u == 0xE2 || u == 0xE3)
            return true;
        if (c == ' ' ? prev == ' ' : (c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'))
            return true;
        prev = c;
    }
    return false;
}

// Distinct byte strings numbered in order of insertion: an open-addressing table over a compact
// arena, so a lookup touches a slot and the arena rather than a random place in the file's text.
class SpellingSet
{
public:
    size_t size() const { return m_offsets.size() - 1; }
    std::string_view at(size_t i) const
    {
        return std::string_view(m_arena).substr(m_offsets[i], m_offsets[i + 1] - m_offsets[i]);
    }

    // The number of `s`, adding it if new.
    quint32 insert(std::string_view s)
    {
        if ((size() + 1) * 2 > m_slots.size())
            grow();
        const quint64 h = contentHash64(QByteArrayView(s.data(), qsizetype(s.size())));
        for (size_t i = h & (m_slots.size() - 1);; i = (i + 1) & (m_slots.size() - 1)) {
            Slot &slot = m_slots[i];
            if (slot.index == 0) {
                slot = {quint32(h >> 32), quint32(size() + 1)};
                m_arena.append(s);
                m_offsets.push_back(m_arena.size());
                return slot.index - 1;
            }
            if (slot.hash == quint32(h >> 32) && at(slot.index - 1) == s)
                return slot.index - 1;
        }
    }

private:
    struct Slot
    {
        quint32 hash = 0;  // high half of the 64-bit hash; the low half picks the slot
        quint32 index = 0; // string number + 1; 0 when empty
    };

    void grow()
    {
        std::vector<Slot> old = std::move(m_slots);
        // From 16 slots: a table of 1,024 (8 KB, cleared) for every small file was a tenth of a
        // reader fuzz target's time under ASan; big corpora double their way up as before.
        m_slots.assign(std::max<size_t>(16, old.size() * 2), Slot());
        for (size_t n = 0; n < size(); ++n) {
            const std::string_view s = at(n);
            const quint64 h = contentHash64(QByteArrayView(s.data(), qsizetype(s.size())));
            size_t i = h & (m_slots.size() - 1);
            while (m_slots[i].index != 0)
                i = (i + 1) & (m_slots.size() - 1);
            m_slots[i] = {quint32(h >> 32), quint32(n + 1)};
        }
    }

    std::string m_arena;
    std::vector<size_t> m_offsets{0};
    std::vector<Slot> m_slots;
};

// One chunk of records: its distinct spellings and, per author occurrence, the local spelling
// number. authorBegin of its records is chunk-local until the merge.
struct Chunk
{
    SpellingSet spellings;
    std::vector<int> counts;
    std::vector<quint32> occurrences;
    std::vector<quint32> globalOf; // local spelling -> corpus-wide spelling
};

void scan(Chunk &c, const QByteArray &text, std::vector<Corpus::Record> &records, size_t b, size_t e)
{
    c.occurrences.reserve((e - b) * 5);
    for (size_t i = b; i < e; ++i) {
        Corpus::Record &r = records[i];
        r.authorBegin = quint32(c.occurrences.size());
        const QByteArrayView line = r.authors.isNull() ? QByteArrayView()
                                                       : QByteArrayView(text.constData() + r.authors.pos, r.authors.len);
        AuthorLine::forEachName(line, [&c](QByteArrayView part) {
            const bool slow = needsSimplifying(part);
            const std::string simplified = slow ? QString::fromUtf8(part).simplified().toStdString() : std::string();
            const quint32 local = c.spellings.insert(slow ? std::string_view(simplified)
                                                          : std::string_view(part.data(), size_t(part.size())));
            if (local == c.counts.size())
                c.counts.push_back(0);
            ++c.counts[local];
            c.occurrences.push_back(local);
            return true;
        });
        r.authorCount = quint32(c.occurrences.size()) - r.authorBegin;
    }
}

} // namespace

void AuthorInterner::run(const QByteArray &text, std::vector<Corpus::Record> &records, AuthorTable &table,
                         std::vector<AuthorTable::Id> &ids)
{
    const ParallelChunks chunks(records.size(), 4096);
    std::vector<Chunk> parts(chunks.count());
    chunks.run([&](size_t c, size_t b, size_t e) { scan(parts[c], text, records, b, e); });

    // Distinct spellings of the whole corpus in order of first occurrence, with their counts.
    SpellingSet global;
    std::vector<int> counts;
    for (Chunk &c : parts) {
        c.globalOf.reserve(c.spellings.size());
        for (size_t j = 0; j < c.spellings.size(); ++j) {
            const quint32 g = global.insert(c.spellings.at(j));
            if (g == counts.size())
                counts.push_back(0);
            counts[g] += c.counts[j];
            c.globalOf.push_back(g);
        }
    }

    // Each distinct spelling is converted and folded once.
    std::vector<QString> names(global.size());
    std::vector<QString> keys(global.size());
    ParallelChunks(global.size(), 1024).run([&](size_t, size_t b, size_t e) {
        for (size_t g = b; g < e; ++g) {
            const std::string_view spelling = global.at(g);
            names[g] = QString::fromUtf8(spelling.data(), qsizetype(spelling.size()));
            keys[g] = TextFold::authorKey(names[g]);
        }
    });
    const std::vector<AuthorTable::Id> idOf = table.internAll(names, keys, counts);

    std::vector<size_t> offset(parts.size() + 1, 0);
    for (size_t c = 0; c < parts.size(); ++c)
        offset[c + 1] = offset[c] + parts[c].occurrences.size();
    ids.resize(offset.back());
    chunks.run([&](size_t c, size_t b, size_t e) {
        const Chunk &part = parts[c];
        for (size_t k = 0; k < part.occurrences.size(); ++k)
            ids[offset[c] + k] = idOf[part.globalOf[part.occurrences[k]]];
        for (size_t i = b; i < e; ++i)
            records[i].authorBegin += quint32(offset[c]);
    });
}
