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
    m_likeSeparator = addSeparator();
    addSeparator();
    m_reverse = addAction(tr("R&everse Order"));
    m_reverse->setObjectName(QStringLiteral("sortReverseAction"));
    m_reverse->setCheckable(true);
    connect(m_group, &QActionGroup::triggered, this, &SortMenu::apply);
    connect(m_reverse, &QAction::toggled, this, &SortMenu::apply);
}

void SortMenu::setLikeLists(const QStringList &names)
{
    qDeleteAll(m_likeActions);
    m_likeActions.clear();
    QAction *before = actions().at(actions().indexOf(m_likeSeparator) + 1);
    bool chosenKept = false;
    for (int i = 0; i < names.size(); ++i) {
        // The first nine take a mnemonic digit: Alt+S, 1 sorts like the first list.
        const QString name = QString(names[i]).replace(u'&', u"&&"_qs);
        auto *a = new QAction(i < 9 ? tr("&%1 Like “%2”").arg(i + 1).arg(name) : tr("Like “%1”").arg(name), this);
        a->setCheckable(true);
        a->setData(int(SortOrder::Likeness));
        a->setProperty("likeList", names[i]);
        a->setObjectName(QStringLiteral("sortLikeAction%1").arg(i));
        const bool chosen = !m_likeList.isEmpty() && names[i].compare(m_likeList, Qt::CaseInsensitive) == 0;
        a->setChecked(chosen);
        chosenKept |= chosen;
        m_group->addAction(a);
        insertAction(before, a);
        m_likeActions.append(a);
    }
    if (!m_likeList.isEmpty() && !chosenKept) {
        m_group->actions().first()->setChecked(true);
        apply();
    }
}

QString SortMenu::likeList() const
{
    return m_likeList;
}

void SortMenu::apply()
{
    const QAction *checked = m_group->checkedAction();
    const SortOrder order = checked ? SortOrder(checked->data().toInt()) : SortOrder::Relevance;
    const QString like = order == SortOrder::Likeness ? checked->property("likeList").toString() : QString();
    if (like != m_likeList) {
        m_likeList = like;
        emit likeListChosen(like); // before the order: the ranker hands the search its rows first
    }
    m_search->setSortOrder(order, m_reverse->isChecked());
}
