#pragma once

#include <QtGlobal>

#include <string>
#include <string_view>
#include <vector>

// Interns token strings to dense ids in first-seen order while an index is built: an open-addressing
// hash table over one byte arena, far cheaper per token than a node-based map.
class TermDictionary
{
public:
    TermDictionary();

    quint32 intern(std::string_view term);
    quint32 size() const { return quint32(m_offsets.size()); }
    std::string_view term(quint32 id) const
    {
        return std::string_view(m_arena.data() + m_offsets[id], m_lengths[id]);
    }

private:
    static quint64 hash(std::string_view s);
    void grow();

    std::string m_arena;
    std::vector<quint64> m_offsets;
    std::vector<quint32> m_lengths;
    std::vector<quint32> m_slots; // id + 1, 0 = empty
    std::vector<quint32> m_slotHashes;
    quint64 m_mask = 0;
};
