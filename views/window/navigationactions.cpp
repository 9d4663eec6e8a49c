#include "window/navigationactions.h"

#include "search/searchfieldnavigator.h"
#include "search/searchhistory.h"
#include "search/searchhistorypopup.h"
#include "search/searchhistoryrecorder.h"
#include "window/commandpalette.h"
#include "window/focustargets.h"
#include "window/shortcutsheet.h"

#include <QAbstractItemView>
#include <QAction>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>

NavigationActions::NavigationActions(QMainWindow *window, QMenu *go, QMenu *help, QLineEdit *searchEdit,
                                     QAbstractItemView *list)
    : QObject(window), m_window(window), m_go(go), m_navigator(new SearchFieldNavigator(searchEdit, list, window)),
      m_history(new SearchHistory(window)), m_focusTargets(new FocusTargets(window))
{
    m_history->load();
    m_historyPopup = new SearchHistoryPopup(searchEdit, m_history);
    new SearchHistoryRecorder(searchEdit, m_history, [list] { return list->model() ? list->model()->rowCount() : 0; });
    go->setTitle(tr("&Go"));
    QAction *find = go->addAction(tr("&Find"), m_navigator, &SearchFieldNavigator::focusField);
    find->setObjectName(QStringLiteral("findAction"));
    find->setShortcuts({QKeySequence::Find, QKeySequence(Qt::CTRL | Qt::Key_K), QKeySequence(Qt::Key_Slash)});
    QAction *recent = go->addAction(tr("Recent &Searches"), this, [this] {
        m_navigator->focusField();
        m_historyPopup->showHistory();
    });
    recent->setObjectName(QStringLiteral("searchHistoryAction"));
    recent->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    recent->setShortcutContext(Qt::WidgetShortcut); // Alt+Down is handled by the field itself
    go->addSeparator();
    registerFocusTarget(1, searchEdit, tr("Search"));
    registerFocusTarget(2, list, tr("Results"));
    go->addSeparator();
    QAction *palette = go->addAction(tr("&Command Palette…"), this, [this] { showActionFinder(m_commandPalette); });
    palette->setObjectName(QStringLiteral("commandPaletteAction"));
    palette->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));

    QAction *sheet = new QAction(tr("&Keyboard Shortcuts"), window);
    help->insertAction(help->actions().value(0), sheet);
    sheet->setObjectName(QStringLiteral("shortcutSheetAction"));
    sheet->setShortcuts({QKeySequence::HelpContents, QKeySequence(Qt::Key_Question)});
    connect(sheet, &QAction::triggered, this, [this] { showActionFinder(m_shortcutSheet); });
}

void NavigationActions::registerFocusTarget(int number, QWidget *target, const QString &name)
{
    QAction *action = m_focusTargets->registerTarget(number, target, name);
    if (!m_go->actions().contains(action))
        m_go->addAction(action);
}

template<typename Finder>
void NavigationActions::showActionFinder(Finder *&finder)
{
    if (!finder)
        finder = new Finder(m_window);
    finder->refresh(); // the actions may have changed since it was last open
    finder->show();
    finder->activateWindow();
}
