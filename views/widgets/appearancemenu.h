#pragma once

#include "widgets/appearance.h"

#include <QMenu>

class QActionGroup;

// View ▸ Appearance: System / Light / Dark. A choice is applied to the whole application at once and
// saved, so the next start opens with it (main() applies the saved mode before the window is shown).
class AppearanceMenu : public QMenu
{
    Q_OBJECT

public:
    explicit AppearanceMenu(QWidget *parent = nullptr);

    Appearance::Mode checkedMode() const;

signals:
    void modeChosen(Appearance::Mode mode);

private:
    void choose(Appearance::Mode mode);

    QActionGroup *m_group = nullptr;
};
