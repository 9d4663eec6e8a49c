#include "authortable.h"

#include "textfold.h"

qint64 AuthorTable::find(const QString &name) const
{
    const auto it = m_idByKey.constFind(TextFold::authorKey(name));
    return it == m_idByKey.cend() ? -1 : qint64(*it);
}

AuthorTable::Id AuthorTable::intern(const QString &spelling)
{
    Id id;
    if (const auto it = m_idBySpelling.constFind(spelling); it != m_idBySpelling.cend()) {
        id = *it;
    } else {
        const QString key = TextFold::authorKey(spelling);
        if (const auto k = m_idByKey.constFind(key); k != m_idByKey.cend()) {
            id = *k;
        } else {
            id = Id(m_keys.size());
            m_keys.append(key);
            m_display.append(spelling);
            m_paperCounts.append(0);
            m_spellings.append(QHash<QString, int>());
            m_firstSpelling.append(spelling);
            m_idByKey.insert(key, id);
        }
        m_idBySpelling.insert(spelling, id);
    }
    ++m_paperCounts[id];
    ++m_spellings[id][spelling];
    return id;
}

void AuthorTable::finish()
{
    for (Id id = 0; id < Id(m_keys.size()); ++id) {
        const auto &spellings = m_spellings.at(id);
        if (spellings.size() < 2)
            continue;
        QString best = m_firstSpelling.at(id);
        int bestCount = spellings.value(best);
        for (auto it = spellings.cbegin(); it != spellings.cend(); ++it) {
            if (it.value() > bestCount) {
                best = it.key();
                bestCount = it.value();
            }
        }
        m_display[id] = best;
    }
    m_spellings.clear();
    m_spellings.squeeze();
    m_firstSpelling.clear();
    m_firstSpelling.squeeze();
    m_idBySpelling.clear();
    m_idBySpelling.squeeze();
}
