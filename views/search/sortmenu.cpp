#include "search/sortmenu.h"

#include "search/searchcontroller.h"

#include <QActionGroup>

SortMenu::SortMenu(SearchController *search, QWidget *parent)
    : QMenu(tr("&Sort"), parent), m_search(search), m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("sortMenu"));
    const std::pair<QString, SortOrder> orders[] = {
        {tr("By &Relevance"), SortOrder::Relevance},
        {tr("In &Corpus Order"), SortOrder::CorpusOrder},
        {tr("By &First Author"), SortOrder::FirstAuthor},
        {tr("By &Number of Authors"), SortOrder::AuthorCount},
    };
    for (const auto &[label, order] : orders) {
        QAction *a = addAction(label);
        a->setCheckable(true);
        a->setChecked(order == m_search->sortOrder());
        a->setData(int(order));
        a->setObjectName(QStringLiteral("sortAction%1").arg(int(order)));
        m_group->addAction(a);
    }
    addSeparator();
    m_reverse = addAction(tr("R&everse Order"));
    m_reverse->setObjectName(QStringLiteral("sortReverseAction"));
    m_reverse->setCheckable(true);
    connect(m_group, &QActionGroup::triggered, this, &SortMenu::apply);
    connect(m_reverse, &QAction::toggled, this, &SortMenu::apply);
}

void SortMenu::apply()
{
    const QAction *checked = m_group->checkedAction();
    m_search->setSortOrder(checked ? SortOrder(checked->data().toInt()) : SortOrder::Relevance, m_reverse->isChecked());
}
