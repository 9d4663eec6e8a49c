#include "search/termdictionary.h"

TermDictionary::TermDictionary() : m_slots(1 << 12), m_mask((1 << 12) - 1) { }

TermDictionary::Interned TermDictionary::insert(std::string_view term, quint64 slot, quint64 head, quint32 tag)
{
    const quint32 id = size();
    m_entries.push_back({quint64(m_arena.size()), quint32(term.size())});
    m_arena.append(term);
    m_slots[slot] = {head, tag, id + 1, {}};
    if (quint64(size()) * 2 > m_mask) {
        grow();
        return intern(term);
    }
    return {id, m_slots[slot].counts};
}

std::vector<TermDictionary::Counts> TermDictionary::counts() const
{
    std::vector<Counts> out(size());
    for (const Slot &slot : m_slots) {
        if (slot.id)
            out[slot.id - 1] = slot.counts;
    }
    return out;
}

void TermDictionary::grow()
{
    const quint64 capacity = (m_mask + 1) * 2;
    std::vector<Slot> slots(capacity);
    m_mask = capacity - 1;
    for (const Slot &old : m_slots) {
        if (!old.id)
            continue;
        const std::string_view t = term(old.id - 1);
        quint64 i = hash(t, old.head) & m_mask;
        while (slots[i].id != 0)
            i = (i + 1) & m_mask;
        slots[i] = old;
    }
    m_slots.swap(slots);
}
