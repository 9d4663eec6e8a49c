#pragma once

#include "window/actionfinderdialog.h"

// Help ▸ Keyboard Shortcuts (? or F1): every action of the window that has a shortcut, with its keys
// and menu, generated from the QActions themselves and searchable.
class ShortcutSheet : public ActionFinderDialog
{
    Q_OBJECT

public:
    explicit ShortcutSheet(QWidget *window);
};
