#include "facets/facetselection.h"

#include "facets/authorindex.h"

#include <QCoreApplication>

#include <algorithm>

namespace {
bool contains(std::span<const AuthorTable::Id> ids, AuthorTable::Id id)
{
    return std::find(ids.begin(), ids.end(), id) != ids.end();
}

QString joinNames(const AuthorTable &authors, const QList<AuthorTable::Id> &ids, const QString &last)
{
    QStringList names;
    for (AuthorTable::Id id : ids)
        names.append(authors.displayName(id));
    if (names.size() < 2)
        return names.join(QString());
    const QString tail = names.takeLast();
    return names.join(QStringLiteral(", ")) + QLatin1Char(' ') + last + QLatin1Char(' ') + tail;
}
} // namespace

FacetSelection::State FacetSelection::state(Id id) const
{
    if (m_included.contains(id))
        return State::Included;
    if (m_excluded.contains(id))
        return State::Excluded;
    return State::Off;
}

bool FacetSelection::setState(Id id, State state)
{
    if (this->state(id) == state)
        return false;
    m_included.removeOne(id);
    m_excluded.removeOne(id);
    m_order.removeOne(id);
    if (state == State::Included)
        m_included.append(id);
    else if (state == State::Excluded)
        m_excluded.append(id);
    if (state != State::Off)
        m_order.append(id);
    return true;
}

bool FacetSelection::cycle(Id id)
{
    switch (state(id)) {
    case State::Off:
        return setState(id, State::Included);
    case State::Included:
        return setState(id, State::Excluded);
    case State::Excluded:
        return setState(id, State::Off);
    }
    return false;
}

bool FacetSelection::setMode(Mode mode)
{
    if (m_mode == mode)
        return false;
    m_mode = mode;
    return true;
}

bool FacetSelection::clear()
{
    if (isEmpty())
        return false;
    m_included.clear();
    m_excluded.clear();
    m_order.clear();
    return true;
}

bool FacetSelection::removeLast()
{
    return !m_order.isEmpty() && setState(m_order.constLast(), State::Off);
}

bool FacetSelection::accepts(const Corpus &corpus, quint32 row) const
{
    const auto ids = corpus.authorIds(row);
    for (Id id : m_excluded) {
        if (contains(ids, id))
            return false;
    }
    if (m_included.isEmpty())
        return true;
    if (m_mode == Mode::All)
        return std::all_of(m_included.cbegin(), m_included.cend(), [&](Id id) { return contains(ids, id); });
    return std::any_of(m_included.cbegin(), m_included.cend(), [&](Id id) { return contains(ids, id); });
}

std::vector<quint32> FacetSelection::filter(const Corpus &corpus, std::span<const quint32> rows) const
{
    if (isEmpty())
        return std::vector<quint32>(rows.begin(), rows.end());
    std::vector<quint32> out;
    out.reserve(m_included.isEmpty() ? rows.size() : rows.size() / 8);
    for (quint32 row : rows) {
        if (accepts(corpus, row))
            out.push_back(row);
    }
    return out;
}

std::vector<quint32> FacetSelection::filter(const AuthorIndex &index, std::span<const quint32> rows) const
{
    if (isEmpty() || !index.corpus())
        return std::vector<quint32>(rows.begin(), rows.end());
    const std::vector<bool> accepted = acceptedRows(index);
    std::vector<quint32> out;
    out.reserve(m_included.isEmpty() ? rows.size() : std::min(rows.size(), size_t(1024)));
    for (quint32 row : rows) {
        if (row < accepted.size() && accepted[row])
            out.push_back(row);
    }
    return out;
}

// Included authors: only their papers can pass (all of them for Any, the fewest for All), each
// checked in full. Only excluded authors: everything passes but their papers.
std::vector<bool> FacetSelection::acceptedRows(const AuthorIndex &index) const
{
    const Corpus *corpus = index.corpus();
    std::vector<bool> accepted(corpus ? size_t(corpus->size()) : 0, m_included.isEmpty());
    if (!corpus)
        return accepted;
    const auto valid = [&](Id id) { return id < Id(index.size()); };
    if (m_included.isEmpty()) {
        for (Id id : m_excluded) {
            for (quint32 row : valid(id) ? index.rowsOf(id) : std::span<const quint32>())
                accepted[row] = false;
        }
        return accepted;
    }
    QList<Id> sources = m_included;
    if (m_mode == Mode::All) {
        const auto fewest = std::min_element(sources.cbegin(), sources.cend(), [&](Id a, Id b) {
            return (valid(a) ? index.corpusCount(a) : 0) < (valid(b) ? index.corpusCount(b) : 0);
        });
        sources = {*fewest};
    }
    for (Id id : sources) {
        for (quint32 row : valid(id) ? index.rowsOf(id) : std::span<const quint32>())
            accepted[row] = accepts(*corpus, row);
    }
    return accepted;
}

QString FacetSelection::describe(const AuthorTable &authors) const
{
    QStringList parts;
    if (!m_included.isEmpty()) {
        const QString joiner = m_mode == Mode::All ? QCoreApplication::translate("FacetSelection", "and")
                                                   : QCoreApplication::translate("FacetSelection", "or");
        parts.append(QCoreApplication::translate("FacetSelection", "by %1").arg(joinNames(authors, m_included, joiner)));
    }
    if (!m_excluded.isEmpty()) {
        const QString nor = QCoreApplication::translate("FacetSelection", "or");
        parts.append(QCoreApplication::translate("FacetSelection", "not by %1").arg(joinNames(authors, m_excluded, nor)));
    }
    return parts.join(QStringLiteral(", "));
}
