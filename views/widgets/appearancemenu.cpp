#include "widgets/appearancemenu.h"

#include <QActionGroup>

AppearanceMenu::AppearanceMenu(QWidget *parent) : QMenu(tr("&Appearance"), parent)
{
    setObjectName(QStringLiteral("appearanceMenu"));
    m_group = new QActionGroup(this);
    const Appearance::Mode saved = Appearance::savedMode();
    const std::pair<Appearance::Mode, QString> choices[] = {
        {Appearance::Mode::System, tr("&System")},
        {Appearance::Mode::Light, tr("&Light")},
        {Appearance::Mode::Dark, tr("&Dark")},
    };
    for (const auto &[mode, label] : choices) {
        QAction *action = addAction(label);
        action->setObjectName(QStringLiteral("appearance_") + Appearance::modeName(mode));
        action->setCheckable(true);
        action->setChecked(mode == saved);
        action->setData(int(mode));
        m_group->addAction(action);
        connect(action, &QAction::triggered, this, [this, mode] { choose(mode); });
        if (mode == Appearance::Mode::System)
            addSeparator();
    }
}

Appearance::Mode AppearanceMenu::checkedMode() const
{
    const QAction *checked = m_group->checkedAction();
    return checked ? Appearance::Mode(checked->data().toInt()) : Appearance::Mode::System;
}

void AppearanceMenu::choose(Appearance::Mode mode)
{
    Appearance::save(mode);
    Appearance::apply(mode);
    emit modeChosen(mode);
}
