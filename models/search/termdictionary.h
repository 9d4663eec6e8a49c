#pragma once

#include "text/hugepagearray.h"

#include <QtGlobal>

#include <cstring>
#include <string>
#include <string_view>
#include <vector>

// Interns token strings to dense ids in first-seen order while an index is built: an open-addressing
// hash table over one byte arena, far cheaper per token than a node-based map. A slot holds a term's
// first eight bytes and its length, so most terms (eight bytes or shorter) are found by reading one
// slot, without touching the arena, and the indexer's counts for the term, updated in the same cache
// line. At 1M papers the table is 16 MiB per worker, probed at random once per token, so the slots live
// in huge pages (in 4 KiB pages nearly every probe was also a TLB miss), and a caller that knows its
// next tokens hashes them first and prefetches their slots (see Probe), so the misses overlap.
class TermDictionary
{
public:
    struct Counts // trivial, as it lives in huge pages; a new term's is {kNotSeen, 0, 0}
    {
        quint32 lastDoc;  // the last paper the term was counted in
        quint32 docFreq;  // papers holding it
        quint64 termFreq; // occurrences
    };
    static constexpr quint32 kNotSeen = quint32(-1);
    struct Interned
    {
        quint32 id;
        Counts &counts;
    };
    // A term's hash, computed ahead of interning it.
    struct Probe
    {
        quint64 head;
        quint64 hash;
        quint32 tag;
    };

    TermDictionary();

    static Probe probe(std::string_view term)
    {
        const quint64 head = headOf(term);
        const quint64 h = hash(term, head);
        return {head, h, tagOf(h, term.size())};
    }
    // Asks for the cache line where interning the probed term starts looking.
    void prefetch(const Probe &p) const { __builtin_prefetch(&m_slots[p.hash & m_mask], 1); }

    Interned intern(std::string_view term) { return intern(term, probe(term)); }
    Interned intern(std::string_view term, const Probe &p)
    {
        for (quint64 i = p.hash & m_mask;; i = (i + 1) & m_mask) {
            Slot &slot = m_slots[i];
            if (slot.id == 0)
                return insert(term, i, p.head, p.tag);
            if (slot.tag == p.tag && slot.head == p.head && (term.size() <= 8 || this->term(slot.id - 1) == term))
                return {slot.id - 1, slot.counts};
        }
    }
    // Per id, in id order.
    std::vector<Counts> counts() const;
    quint32 size() const { return quint32(m_entries.size()); }
    std::string_view term(quint32 id) const
    {
        return std::string_view(m_arena.data() + m_entries[id].offset, m_entries[id].length);
    }

private:
    struct Slot
    {
        quint64 head; // the first eight bytes, zero-padded (tokens hold no NUL)
        quint32 tag;  // hash bits and the length (up to 255)
        quint32 id;   // id + 1; 0 = empty
        Counts counts;
    };
    struct Entry
    {
        quint64 offset;
        quint32 length;
    };

    static quint64 headOf(std::string_view s)
    {
        quint64 w = 0;
        std::memcpy(&w, s.data(), s.size() < 8 ? s.size() : 8);
        return w;
    }
    // Eight bytes per multiply (terms are short: one or two rounds), then a final mix.
    static quint64 hash(std::string_view s, quint64 head)
    {
        constexpr quint64 kMul = 0x9E3779B97F4A7C15ULL;
        quint64 h = (quint64(s.size()) * kMul) ^ head;
        for (size_t at = 8; at < s.size(); at += 8) {
            h *= kMul;
            h ^= h >> 29;
            quint64 w = 0;
            std::memcpy(&w, s.data() + at, s.size() - at < 8 ? s.size() - at : 8);
            h ^= w;
        }
        h *= 0xD6E8FEB86659FD93ULL;
        return h ^ (h >> 32);
    }
    static quint32 tagOf(quint64 h, size_t length)
    {
        return (quint32(h >> 32) & 0xFFFFFF00u) | quint32(length < 255 ? length : 255);
    }
    Interned insert(std::string_view term, quint64 slot, quint64 head, quint32 tag);
    void grow();
    static HugePageArray<Slot> emptySlots(quint64 capacity);

    std::string m_arena;
    std::vector<Entry> m_entries;
    HugePageArray<Slot> m_slots;
    quint64 m_mask = 0;
};
