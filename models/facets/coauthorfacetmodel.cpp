#include "facets/coauthorfacetmodel.h"

CoauthorFacetModel::CoauthorFacetModel(QObject *parent) : AuthorListModel(parent) { }

CoauthorFacetModel::~CoauthorFacetModel() = default;

void CoauthorFacetModel::setAuthorIndex(std::shared_ptr<const AuthorIndex> index)
{
    resetIndex(std::move(index));
    update();
}

void CoauthorFacetModel::setEnabled(bool on)
{
    if (on == m_enabled)
        return;
    m_enabled = on;
    update();
}

qint64 CoauthorFacetModel::subject() const
{
    const QList<Id> &included = selection().included();
    return m_enabled && included.size() == 1 ? qint64(included.constFirst()) : -1;
}

void CoauthorFacetModel::onSelectionChanged()
{
    update();
}

// Counts only when the subject changes: the pins and states of one subject's list need no recount.
void CoauthorFacetModel::update()
{
    const qint64 now = subject();
    const bool changed = now != m_countedSubject;
    m_countedSubject = now;
    if (changed && now >= 0)
        counter().countCoauthors(Id(now));
    relist();
    if (changed)
        emit subjectChanged();
}

QString CoauthorFacetModel::countText(int count) const
{
    return tr("%n shared paper(s)", nullptr, count);
}
