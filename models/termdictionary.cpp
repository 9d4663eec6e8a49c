#include "termdictionary.h"

TermDictionary::TermDictionary() : m_slots(1 << 12), m_mask((1 << 12) - 1) { }

quint32 TermDictionary::insert(std::string_view term, quint64 slot, quint64 head, quint32 tag)
{
    const quint32 id = size();
    m_entries.push_back({quint64(m_arena.size()), quint32(term.size())});
    m_arena.append(term);
    m_slots[slot] = {head, tag, id + 1};
    if (quint64(size()) * 2 > m_mask)
        grow();
    return id;
}

void TermDictionary::grow()
{
    const quint64 capacity = (m_mask + 1) * 2;
    std::vector<Slot> slots(capacity);
    m_mask = capacity - 1;
    for (quint32 id = 0; id < size(); ++id) {
        const std::string_view t = term(id);
        const quint64 head = headOf(t);
        const quint64 h = hash(t, head);
        quint64 i = h & m_mask;
        while (slots[i].id != 0)
            i = (i + 1) & m_mask;
        slots[i] = {head, tagOf(h, t.size()), id + 1};
    }
    m_slots.swap(slots);
}
