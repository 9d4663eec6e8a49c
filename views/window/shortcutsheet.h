#pragma once

#include "window/actionfinderdialog.h"

// Help ▸ Keyboard Shortcuts (? or F1): every action of the window, with its keys (if any) and menu,
// generated from the QActions themselves and searchable.
class ShortcutSheet : public ActionFinderDialog
{
    Q_OBJECT

public:
    explicit ShortcutSheet(QWidget *window);
};
