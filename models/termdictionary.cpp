#include "termdictionary.h"

#include <cstring>

TermDictionary::TermDictionary() : m_slots(1 << 12), m_slotHashes(1 << 12), m_mask((1 << 12) - 1) { }

quint64 TermDictionary::hash(std::string_view s)
{
    // FNV-1a with a final mix: terms are short, so this beats anything fancier.
    quint64 h = 1469598103934665603ULL;
    for (unsigned char c : s)
        h = (h ^ c) * 1099511628211ULL;
    return h ^ (h >> 29);
}

quint32 TermDictionary::intern(std::string_view term)
{
    const quint64 h = hash(term);
    const quint32 tag = quint32(h >> 32);
    for (quint64 slot = h & m_mask;; slot = (slot + 1) & m_mask) {
        const quint32 entry = m_slots[slot];
        if (entry == 0) {
            const quint32 id = size();
            m_offsets.push_back(m_arena.size());
            m_lengths.push_back(quint32(term.size()));
            m_arena.append(term);
            m_slots[slot] = id + 1;
            m_slotHashes[slot] = tag;
            if (quint64(size()) * 2 > m_mask)
                grow();
            return id;
        }
        if (m_slotHashes[slot] == tag && this->term(entry - 1) == term)
            return entry - 1;
    }
}

void TermDictionary::grow()
{
    const quint64 capacity = (m_mask + 1) * 2;
    std::vector<quint32> slots(capacity);
    std::vector<quint32> hashes(capacity);
    m_mask = capacity - 1;
    for (quint32 id = 0; id < size(); ++id) {
        const quint64 h = hash(term(id));
        quint64 slot = h & m_mask;
        while (slots[slot] != 0)
            slot = (slot + 1) & m_mask;
        slots[slot] = id + 1;
        hashes[slot] = quint32(h >> 32);
    }
    m_slots.swap(slots);
    m_slotHashes.swap(hashes);
}
