#include "facets/fieldselection.h"

#include <algorithm>

namespace {
qsizetype find(const QList<FieldSelection::Term> &terms, const QString &text)
{
    for (qsizetype i = 0; i < terms.size(); ++i) {
        if (terms[i].text.compare(text, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}
} // namespace

FieldSelection::State FieldSelection::state(const QString &term) const
{
    const qsizetype i = find(m_terms, term);
    return i < 0 ? State::Off : m_terms[i].state;
}

bool FieldSelection::setState(const QString &term, State state)
{
    if (term.trimmed().isEmpty() || this->state(term) == state)
        return false;
    if (const qsizetype i = find(m_terms, term); i >= 0)
        m_terms.removeAt(i);
    if (state != State::Off)
        m_terms.append({term.trimmed(), state});
    return true;
}

bool FieldSelection::cycle(const QString &term)
{
    switch (state(term)) {
    case State::Off: return setState(term, State::Included);
    case State::Included: return setState(term, State::Excluded);
    case State::Excluded: break;
    }
    return setState(term, State::Off);
}

bool FieldSelection::setMode(Mode mode)
{
    if (m_mode == mode)
        return false;
    m_mode = mode;
    return true;
}

bool FieldSelection::clear()
{
    if (m_terms.isEmpty())
        return false;
    m_terms.clear();
    return true;
}

bool FieldSelection::setYearRange(int first, int last)
{
    if (first > last)
        std::swap(first, last);
    const QString text = first == last ? QString::number(first)
                                       : QStringLiteral("%1..%2").arg(first).arg(last);
    QList<Term> next;
    for (const Term &t : m_terms) {
        if (t.state != State::Included)
            next.append(t);
    }
    next.append({text, State::Included});
    if (next == m_terms)
        return false;
    m_terms = next;
    return true;
}

bool FieldSelection::yearRange(int *first, int *last) const
{
    for (const Term &t : m_terms) {
        if (t.state != State::Included)
            continue;
        const qsizetype dots = t.text.indexOf(QLatin1String(".."));
        bool ok1 = false, ok2 = false;
        *first = (dots > 0 ? t.text.first(dots) : t.text).toInt(&ok1);
        *last = (dots > 0 ? t.text.sliced(dots + 2) : t.text).toInt(&ok2);
        if (ok1 && ok2)
            return true;
    }
    return false;
}

// Each term becomes a bit per value id; then every paper is tested against the terms' bits.
std::vector<bool> FieldSelection::acceptedRows(const FieldFacetIndex &index) const
{
    const size_t rows = index.rowCount();
    if (m_terms.isEmpty())
        return std::vector<bool>(rows, true);
    std::vector<std::vector<bool>> included, excluded;
    for (const Term &t : m_terms) {
        std::vector<bool> bits(size_t(index.valueCount()), false);
        for (quint32 id : index.matchingValues(t.text))
            bits[id] = true;
        (t.state == State::Included ? included : excluded).push_back(std::move(bits));
    }
    const auto hits = [&](const std::vector<bool> &bits, quint32 row) {
        const auto values = index.valuesOf(row);
        return std::any_of(values.begin(), values.end(), [&](quint32 id) { return bits[id]; });
    };
    std::vector<bool> accepted(rows, false);
    for (quint32 row = 0; row < rows; ++row) {
        bool ok = std::none_of(excluded.begin(), excluded.end(), [&](const auto &b) { return hits(b, row); });
        if (ok && !included.empty()) {
            ok = m_mode == Mode::All
                     ? std::all_of(included.begin(), included.end(), [&](const auto &b) { return hits(b, row); })
                     : std::any_of(included.begin(), included.end(), [&](const auto &b) { return hits(b, row); });
        }
        accepted[row] = ok;
    }
    return accepted;
}
