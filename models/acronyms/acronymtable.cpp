#include "acronyms/acronymtable.h"

namespace {

// Fields whose text defines and uses acronyms; an author: or venue: word is never expanded.
constexpr quint8 kTextFields = SearchQuery::Tldr | SearchQuery::Abstract | SearchQuery::Title | SearchQuery::Keywords;

bool isPlainWord(const SearchQuery::Phrase &p)
{
    return !p.isLibrary() && p.words.size() == 1 && (p.fields & kTextFields);
}

SearchQuery::Phrase phraseOf(const QList<QByteArray> &words, quint8 fields)
{
    SearchQuery::Phrase p;
    p.words = words;
    p.lastIsPrefix = true;
    p.fields = fields;
    return p;
}

void note(QStringList &notes, const QString &text)
{
    if (!notes.contains(text))
        notes.append(text);
}

} // namespace

QString AcronymTable::Pair::expansionText() const
{
    QStringList parts;
    for (const QByteArray &w : words)
        parts.append(QString::fromUtf8(w));
    return parts.join(u' ');
}

QList<QByteArray> AcronymTable::Pair::queryWords() const
{
    QList<QByteArray> out = words;
    // "policy" also stands for "policies": search the stem both share.
    if (out.last().size() > 3 && out.last().endsWith('y'))
        out.last().chop(1);
    return out;
}

AcronymTable::AcronymTable(QList<Pair> pairs) : m_pairs(std::move(pairs))
{
    for (qsizetype i = 0; i < m_pairs.size(); ++i) {
        m_byAcronym[m_pairs[i].acronym].append(i);
        m_byExpansion[key(m_pairs[i].words)].append(i);
    }
}

QByteArray AcronymTable::singular(const QByteArray &word)
{
    const qsizetype n = word.size();
    if (n > 4 && word.endsWith("ies"))
        return word.left(n - 3) + 'y';
    for (const char *tail : {"sses", "ches", "shes", "xes", "zes"})
        if (word.endsWith(tail) && n > qsizetype(strlen(tail)) + 1)
            return word.left(n - 2);
    if (n > 3 && word.endsWith('s') && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is"))
        return word.left(n - 1);
    return word;
}

QByteArray AcronymTable::key(const QList<QByteArray> &words)
{
    QList<QByteArray> parts = words;
    if (!parts.isEmpty())
        parts.last() = singular(parts.last());
    return parts.join(' ');
}

QList<const AcronymTable::Pair *> AcronymTable::expansionsOf(const QByteArray &word) const
{
    auto it = m_byAcronym.constFind(word);
    if (it == m_byAcronym.cend() && word.size() > 2 && word.endsWith('s'))
        it = m_byAcronym.constFind(word.left(word.size() - 1)); // "gnns"
    QList<const Pair *> out;
    if (it != m_byAcronym.cend())
        for (qsizetype i : *it)
            out.append(&m_pairs[i]);
    return out;
}

QList<const AcronymTable::Pair *> AcronymTable::acronymsOf(const QList<QByteArray> &words) const
{
    QList<const Pair *> out;
    if (words.size() < 2)
        return out;
    for (qsizetype i : m_byExpansion.value(key(words)))
        out.append(&m_pairs[i]);
    return out;
}

SearchQuery AcronymTable::expand(const SearchQuery &query, QStringList *notes) const
{
    SearchQuery out = query;
    QStringList added;
    if (!m_pairs.isEmpty()) {
        for (qsizetype c = 0; c < out.clauses.size(); ++c)
            expandWords(out.clauses[c], query.clauses[c], added);
        expandRuns(query, out, added);
    }
    if (notes)
        *notes = added;
    return out;
}

// Within one clause: an acronym word gains its expansions, a phrase that is an expansion its acronyms.
void AcronymTable::expandWords(SearchQuery::Clause &clause, const SearchQuery::Clause &original, QStringList &notes) const
{
    for (const SearchQuery::Phrase &alt : original.alternatives) {
        if (alt.isLibrary() || !(alt.fields & kTextFields))
            continue;
        QList<SearchQuery::Phrase> more;
        if (alt.words.size() == 1) {
            for (const Pair *p : expansionsOf(alt.words.first())) {
                more.append(phraseOf(p->queryWords(), alt.fields));
                note(notes, p->expansionText());
            }
        } else {
            for (const Pair *p : acronymsOf(alt.words)) {
                more.append(phraseOf({p->acronym}, alt.fields));
                note(notes, p->acronymText);
            }
        }
        for (const SearchQuery::Phrase &p : more)
            if (!clause.alternatives.contains(p))
                clause.alternatives.append(p);
    }
}

// Consecutive plain words that spell an expansion (graph neural network) are an AND of clauses; so
// that the acronym matches too, it joins each of them: (graph|gnn) (neural|gnn) (network|gnn) is
// exactly (graph neural network) OR gnn. The longest run wins: "neural network" inside it adds no NN.
void AcronymTable::expandRuns(const SearchQuery &original, SearchQuery &out, QStringList &notes) const
{
    const auto plain = [&](qsizetype c) {
        const SearchQuery::Clause &cl = original.clauses[c];
        return !cl.excluded && !cl.isYear() && cl.alternatives.size() == 1 && isPlainWord(cl.alternatives.first());
    };
    const qsizetype n = original.clauses.size();
    for (qsizetype start = 0; start < n;) {
        QList<QByteArray> words;
        qsizetype best = -1;
        QList<const Pair *> found;
        const quint8 fields = plain(start) ? original.clauses[start].alternatives.first().fields : 0;
        for (qsizetype end = start; end < n && plain(end) && words.size() < 8; ++end) {
            if (original.clauses[end].alternatives.first().fields != fields)
                break;
            words.append(original.clauses[end].alternatives.first().words.first());
            if (const auto pairs = acronymsOf(words); !pairs.isEmpty())
                best = end, found = pairs;
        }
        if (best < 0) {
            ++start;
            continue;
        }
        for (const Pair *p : found) {
            const SearchQuery::Phrase acronym = phraseOf({p->acronym}, fields);
            for (qsizetype c = start; c <= best; ++c)
                if (!out.clauses[c].alternatives.contains(acronym))
                    out.clauses[c].alternatives.append(acronym);
            note(notes, p->acronymText);
        }
        start = best + 1;
    }
}
