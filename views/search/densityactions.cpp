#include "search/densityactions.h"

#include "search/paperdelegate.h"

#include <QAction>
#include <QActionGroup>
#include <QListView>
#include <QMenu>
#include <QSettings>

DensityActions::DensityActions(QMenu *menu, QListView *list, PaperDelegate *delegate)
    : QObject(menu), m_list(list), m_delegate(delegate), m_group(new QActionGroup(this))
{
    menu->addSeparator();
    const std::pair<QString, PaperDelegate::Density> densities[] = {
        {tr("&Compact List"), PaperDelegate::Density::Compact},
        {tr("C&omfortable List"), PaperDelegate::Density::Comfortable},
        {tr("&Full List"), PaperDelegate::Density::Full}};
    const auto saved = PaperDelegate::densityFromName(QSettings().value(QStringLiteral("view/density")).toString());
    for (const auto &[label, density] : densities) {
        QAction *a = menu->addAction(label);
        a->setObjectName(PaperDelegate::densityName(density) + QStringLiteral("DensityAction"));
        a->setCheckable(true);
        a->setData(int(density));
        a->setChecked(density == saved);
        m_group->addAction(a);
        connect(a, &QAction::triggered, this, [this, d = int(density)] { setDensity(d); });
    }
    m_delegate->setDensity(saved);
    QAction *cycle = menu->addAction(tr("Cycle List &Density"), this, [this] {
        setDensity((int(m_delegate->density()) + 1) % 3);
    });
    cycle->setObjectName(QStringLiteral("cycleDensityAction"));
    cycle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
}

void DensityActions::setDensity(int density)
{
    const auto d = PaperDelegate::Density(density);
    m_delegate->setDensity(d);
    for (QAction *a : m_group->actions())
        a->setChecked(a->data().toInt() == density);
    QSettings().setValue(QStringLiteral("view/density"), PaperDelegate::densityName(d));
    m_list->scrollTo(m_list->currentIndex());
}
