#include "triage/triagesession.h"

TriageSession::TriageSession(QObject *parent) : QObject(parent) {}

void TriageSession::start(const QStringList &ids, qsizetype position)
{
    m_ids.clear();
    QSet<QString> seen;
    for (const QString &id : ids)
        if (!seen.contains(id)) {
            seen.insert(id);
            m_ids.append(id);
        }
    m_decisions.clear();
    std::fill(std::begin(m_counts), std::end(m_counts), 0);
    m_starred.clear();
    m_filed = 0;
    m_steps.clear();
    m_position = m_ids.isEmpty() ? -1 : std::clamp<qsizetype>(position, 0, m_ids.size() - 1);
    emit changed();
}

void TriageSession::setOrder(const QStringList &ids)
{
    const QString current = currentId();
    QStringList ordered;
    QSet<QString> known(m_ids.cbegin(), m_ids.cend());
    for (const QString &id : ids)
        if (known.remove(id))
            ordered.append(id);
    for (const QString &id : std::as_const(m_ids)) // papers the new order forgot keep their turn at the end
        if (known.contains(id))
            ordered.append(id);
    m_ids = ordered;
    m_position = m_ids.isEmpty() ? -1 : std::max<qsizetype>(0, m_ids.indexOf(current));
    for (qsizetype i = 0; i < m_ids.size(); ++i)
        if (decision(m_ids.at(i)) == Decision::None) {
            m_position = i;
            break;
        }
    for (Step &step : m_steps) // undo finds its papers in the new order
        step.position = m_ids.indexOf(step.id);
    emit changed();
}

QString TriageSession::currentId() const
{
    return m_position >= 0 ? m_ids.at(m_position) : QString();
}

bool TriageSession::setPosition(qsizetype position)
{
    if (position < 0 || position >= m_ids.size() || position == m_position)
        return false;
    m_position = position;
    emit changed();
    return true;
}

bool TriageSession::next()
{
    return setPosition(m_position + 1);
}

bool TriageSession::previous()
{
    return m_position > 0 && setPosition(m_position - 1);
}

void TriageSession::setDecision(const QString &id, Decision decision)
{
    --m_counts[int(this->decision(id))];
    ++m_counts[int(decision)];
    if (decision == Decision::None)
        m_decisions.remove(id);
    else
        m_decisions.insert(id, decision);
}

TriageSession::Step TriageSession::stepHere(Kind kind) const
{
    Step step;
    step.kind = kind;
    step.id = currentId();
    step.position = m_position;
    return step;
}

void TriageSession::decide(Decision decision, int undoIndex)
{
    const QString id = currentId();
    if (id.isEmpty())
        return;
    Step step = stepHere(Kind::Decide);
    step.before = this->decision(id);
    step.after = decision;
    step.undoIndex = undoIndex;
    m_steps.append(step);
    setDecision(id, decision);
    if (m_position + 1 < m_ids.size())
        ++m_position;
    emit changed();
}

void TriageSession::recordStar(bool starredBefore, bool starredAfter, int undoIndex)
{
    const QString id = currentId();
    if (id.isEmpty())
        return;
    Step step = stepHere(Kind::Star);
    step.starredBefore = starredBefore;
    step.starredAfter = starredAfter;
    step.undoIndex = undoIndex;
    m_steps.append(step);
    if (starredAfter)
        m_starred.insert(id);
    else
        m_starred.remove(id);
    emit changed();
}

void TriageSession::recordFiled(int undoIndex)
{
    const QString id = currentId();
    if (id.isEmpty())
        return;
    Step step = stepHere(Kind::File);
    step.undoIndex = undoIndex;
    m_steps.append(step);
    ++m_filed;
    emit changed();
}

TriageSession::Step TriageSession::undo()
{
    if (m_steps.isEmpty())
        return {};
    const Step step = m_steps.takeLast();
    switch (step.kind) {
    case Kind::Decide:
        setDecision(step.id, step.before);
        break;
    case Kind::Star:
        // The star as it was before this pass touched it, or as an earlier step of the pass left it.
        if (step.starredBefore && std::any_of(m_steps.cbegin(), m_steps.cend(), [&step](const Step &s) {
                return s.kind == Kind::Star && s.id == step.id && s.starredAfter;
            }))
            m_starred.insert(step.id);
        else
            m_starred.remove(step.id);
        break;
    case Kind::File:
        --m_filed;
        break;
    }
    if (step.position >= 0 && step.position < m_ids.size())
        m_position = step.position;
    emit changed();
    return step;
}
