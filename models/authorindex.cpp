#include "authorindex.h"

#include "textfold.h"

#include <QCollator>

#include <algorithm>
#include <limits>
#include <numeric>

AuthorIndex::AuthorIndex(std::shared_ptr<const Corpus> corpus, const QCollator &collator)
    : m_corpus(std::move(corpus))
{
    if (!m_corpus)
        return;
    const AuthorTable &table = m_corpus->authorTable();
    const auto n = size_t(table.size());
    std::vector<QCollatorSortKey> keys;
    keys.reserve(n);
    for (Id id = 0; id < Id(n); ++id)
        keys.push_back(collator.sortKey(table.displayName(id)));
    m_idByRank.resize(n);
    std::iota(m_idByRank.begin(), m_idByRank.end(), Id(0));
    std::stable_sort(m_idByRank.begin(), m_idByRank.end(),
                     [&](Id a, Id b) { return keys[a].compare(keys[b]) < 0; });
    m_rankOf.resize(n);
    for (quint32 rank = 0; rank < quint32(n); ++rank)
        m_rankOf[m_idByRank[rank]] = rank;

    // A record may name one author twice ("A. Smith, A Smith"): each paper counts once per author.
    m_keyStart.reserve(n + 1);
    for (Id id = 0; id < Id(n); ++id) {
        m_keyStart.push_back(quint32(m_keyText.size()));
        m_keyText += table.key(id);
    }
    m_keyStart.push_back(quint32(m_keyText.size()));

    m_rowStart.assign(n + 1, 0);
    m_repeats.assign(size_t(m_corpus->size()), false);
    std::vector<quint32> lastRow(n, std::numeric_limits<quint32>::max());
    for (quint32 row = 0; row < quint32(m_corpus->size()); ++row) {
        for (Id id : m_corpus->authorIds(row)) {
            if (lastRow[id] == row) {
                m_repeats[row] = true;
                continue;
            }
            lastRow[id] = row;
            ++m_rowStart[id + 1];
        }
    }
    std::partial_sum(m_rowStart.begin(), m_rowStart.end(), m_rowStart.begin());
    m_rows.resize(m_rowStart.back());
    std::vector<quint32> next(m_rowStart.begin(), m_rowStart.end() - 1);
    for (quint32 row = 0; row < quint32(m_corpus->size()); ++row) {
        for (Id id : m_corpus->authorIds(row)) {
            if (next[id] == m_rowStart[id] || m_rows[next[id] - 1] != row)
                m_rows[next[id]++] = row;
        }
    }
}

std::span<const quint32> AuthorIndex::rowsOf(Id id) const
{
    return std::span<const quint32>(m_rows).subspan(m_rowStart[id], m_rowStart[id + 1] - m_rowStart[id]);
}

QStringList AuthorIndex::filterWords(const QString &text)
{
    return TextFold::authorKey(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

bool AuthorIndex::matchesFilter(Id id, const QStringList &words) const
{
    const QChar *key = m_keyText.constData() + m_keyStart[id];
    const qsizetype len = qsizetype(m_keyStart[id + 1] - m_keyStart[id]);
    for (const QString &word : words) {
        const qsizetype n = word.size();
        bool found = false;
        for (qsizetype pos = 0; pos + n <= len && !found; ++pos) {
            if ((pos == 0 || key[pos - 1] == u' ') && key[pos] == word[0])
                found = std::equal(word.cbegin(), word.cend(), key + pos);
        }
        if (!found)
            return false;
    }
    return true;
}

bool AuthorIndex::refines(const QStringList &narrower, const QStringList &wider)
{
    if (narrower.size() < wider.size())
        return false;
    for (qsizetype i = 0; i < wider.size(); ++i) {
        if (!narrower[i].startsWith(wider[i]))
            return false;
    }
    return true;
}
