#include "facets/authorindex.h"

#include "text/textfold.h"

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

    m_keyStart.reserve(n + 1);
    for (Id id = 0; id < Id(n); ++id) {
        m_keyStart.push_back(quint32(m_keyText.size()));
        m_keyText += table.key(id);
    }
    m_keyStart.push_back(quint32(m_keyText.size()));
    buildPaperLists();
    buildNameWords();
}

// A record may name one author twice ("A. Smith, A Smith"): each paper counts once per author.
void AuthorIndex::buildPaperLists()
{
    const auto n = size_t(m_corpus->authorTable().size());
    const auto papers = quint32(m_corpus->size());
    m_rowStart.assign(n + 1, 0);
    m_paperStart.assign(size_t(papers) + 1, 0);
    std::vector<quint32> lastRow(n, std::numeric_limits<quint32>::max());
    for (quint32 row = 0; row < papers; ++row) {
        m_paperStart[row] = quint32(m_paperAuthors.size());
        for (Id id : m_corpus->authorIds(row)) {
            if (lastRow[id] == row)
                continue;
            lastRow[id] = row;
            ++m_rowStart[id + 1];
            m_paperAuthors.push_back(id);
        }
    }
    m_paperStart[papers] = quint32(m_paperAuthors.size());
    std::partial_sum(m_rowStart.begin(), m_rowStart.end(), m_rowStart.begin());
    m_rows.resize(m_rowStart.back());
    std::vector<quint32> next(m_rowStart.begin(), m_rowStart.end() - 1);
    for (quint32 row = 0; row < papers; ++row) {
        for (Id id : authorsOf(row))
            m_rows[next[id]++] = row;
    }
}

void AuthorIndex::buildNameWords()
{
    for (Id id = 0; id + 1 < Id(m_keyStart.size()); ++id) {
        const size_t first = m_words.size();
        quint32 begin = m_keyStart[id];
        const quint32 end = m_keyStart[id + 1];
        for (quint32 pos = begin; pos <= end; ++pos) {
            if (pos == end || m_keyText.at(pos) == u' ') {
                if (pos > begin)
                    m_words.push_back({begin, pos - begin, 0, id});
                begin = pos + 1;
            }
        }
        for (size_t k = first; k < m_words.size(); ++k) {
            for (size_t earlier = first; earlier < k; ++earlier) {
                const QStringView a = wordText(m_words[k]);
                const QStringView b = wordText(m_words[earlier]);
                const auto common = std::mismatch(a.begin(), a.end(), b.begin(), b.end()).first - a.begin();
                m_words[k].sharedWithEarlier = std::max(m_words[k].sharedWithEarlier, quint32(common));
            }
        }
    }
    std::sort(m_words.begin(), m_words.end(), [this](const NameWord &a, const NameWord &b) {
        return wordText(a) < wordText(b);
    });
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

QStringView AuthorIndex::wordText(const NameWord &w) const
{
    return QStringView(m_keyText).mid(w.pos, w.length);
}

// The name words that start with `prefix`: one contiguous run of the sorted words.
std::pair<size_t, size_t> AuthorIndex::wordRange(const QString &prefix) const
{
    const auto lo = std::lower_bound(m_words.begin(), m_words.end(), prefix,
                                     [this](const NameWord &w, const QString &p) { return wordText(w) < p; });
    const auto hi = std::upper_bound(lo, m_words.end(), prefix, [this](const QString &p, const NameWord &w) {
        return p < wordText(w).left(p.size());
    });
    return {size_t(lo - m_words.begin()), size_t(hi - m_words.begin())};
}

std::vector<AuthorIndex::Id> AuthorIndex::authorsMatching(const QStringList &words) const
{
    std::vector<Id> out;
    if (words.isEmpty()) {
        out.resize(size_t(size()));
        std::iota(out.begin(), out.end(), Id(0));
        return out;
    }
    // The rarest word's authors are the candidates; the other words are checked on them.
    qsizetype rarest = 0;
    std::pair<size_t, size_t> range = wordRange(words.first());
    for (qsizetype i = 1; i < words.size(); ++i) {
        const auto r = wordRange(words.at(i));
        if (r.second - r.first < range.second - range.first) {
            range = r;
            rarest = i;
        }
    }
    for (size_t k = range.first; k < range.second; ++k) {
        const NameWord &w = m_words[k];
        // "sergey sergeevich" has two words starting with "serg": the author counts at the first.
        const bool first = w.sharedWithEarlier < quint32(words.at(rarest).size());
        if (first && (words.size() == 1 || matchesFilter(w.id, words)))
            out.push_back(w.id);
    }
    return out;
}
