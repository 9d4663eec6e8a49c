#include "search/termdictionary.h"

#include <cstring>

TermDictionary::TermDictionary() : m_slots(emptySlots(1 << 12)), m_mask((1 << 12) - 1) { }

HugePageArray<TermDictionary::Slot> TermDictionary::emptySlots(quint64 capacity)
{
    HugePageArray<Slot> slots(capacity);
    std::memset(static_cast<void *>(slots.data()), 0, capacity * sizeof(Slot));
    return slots;
}

TermDictionary::Interned TermDictionary::insert(std::string_view term, quint64 slot, quint64 head, quint32 tag)
{
    const quint32 id = size();
    m_entries.push_back({quint64(m_arena.size()), quint32(term.size())});
    m_arena.append(term);
    m_slots[slot] = {head, tag, id + 1, {kNotSeen, 0, 0}};
    if (quint64(size()) * 2 > m_mask) {
        grow();
        return intern(term);
    }
    return {id, m_slots[slot].counts};
}

std::vector<TermDictionary::Counts> TermDictionary::counts() const
{
    std::vector<Counts> out(size());
    for (quint64 k = 0; k < m_slots.size(); ++k) {
        if (const Slot &slot = m_slots[k]; slot.id)
            out[slot.id - 1] = slot.counts;
    }
    return out;
}

void TermDictionary::grow()
{
    const quint64 capacity = (m_mask + 1) * 2;
    HugePageArray<Slot> slots = emptySlots(capacity);
    m_mask = capacity - 1;
    for (quint64 k = 0; k < m_slots.size(); ++k) {
        const Slot &old = m_slots[k];
        if (!old.id)
            continue;
        const std::string_view t = term(old.id - 1);
        quint64 i = hash(t, old.head) & m_mask;
        while (slots[i].id != 0)
            i = (i + 1) & m_mask;
        slots[i] = old;
    }
    m_slots = std::move(slots);
}
