#include "corpus/authortable.h"

#include "text/textfold.h"

qint64 AuthorTable::find(const QString &name) const
{
    const auto it = m_idByKey.constFind(TextFold::authorKey(name));
    return it == m_idByKey.cend() ? -1 : qint64(*it);
}

std::vector<AuthorTable::Id> AuthorTable::internAll(const std::vector<QString> &spellings,
                                                    const std::vector<QString> &keys, const std::vector<int> &counts)
{
    std::vector<Id> idOf(spellings.size());
    std::vector<int> displayCount; // occurrences of the current display spelling, per author
    m_idByKey.reserve(qsizetype(spellings.size()));
    for (size_t s = 0; s < spellings.size(); ++s) {
        Id id;
        if (const auto it = m_idByKey.constFind(keys[s]); it != m_idByKey.cend()) {
            id = *it;
            if (counts[s] > displayCount[id]) { // strictly more: the first seen wins a tie
                displayCount[id] = counts[s];
                m_display[id] = spellings[s];
            }
        } else {
            id = Id(m_keys.size());
            m_keys.append(keys[s]);
            m_display.append(spellings[s]);
            m_paperCounts.append(0);
            displayCount.push_back(counts[s]);
            m_idByKey.insert(keys[s], id);
        }
        m_paperCounts[id] += counts[s];
        idOf[s] = id;
    }
    return idOf;
}
