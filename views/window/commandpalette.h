#pragma once

#include "window/actionfinderdialog.h"

// Ctrl+Shift+P: type part of any action's name, Enter runs it (VS Code's and Sublime's palette).
class CommandPalette : public ActionFinderDialog
{
    Q_OBJECT

public:
    explicit CommandPalette(QWidget *window);

protected:
    void activate(QAction *action) override;
};
