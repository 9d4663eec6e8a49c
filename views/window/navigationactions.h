#pragma once

#include <QObject>

class ActionFinderDialog;
class FocusTargets;
class QAbstractItemView;
class QLineEdit;
class QMainWindow;
class QMenu;
class SearchFieldNavigator;
class SearchHistory;
class SearchHistoryPopup;

// The Go menu and the keys that move around the window: Find (Ctrl+F, Ctrl+K, /), Recent Searches
// (Alt+Down), Ctrl+1…9 to the registered panes, the command palette (Ctrl+Shift+P), and Help ▸
// Keyboard Shortcuts (F1, ?). Owns the search field's navigator and its history.
class NavigationActions : public QObject
{
    Q_OBJECT

public:
    NavigationActions(QMainWindow *window, QMenu *go, QMenu *help, QLineEdit *searchEdit, QAbstractItemView *list);

    SearchFieldNavigator *navigator() const { return m_navigator; }
    SearchHistory *history() const { return m_history; }
    // Ctrl+<number> focuses target (1 search, 2 results; 3 facets and 4 lists by convention).
    void registerFocusTarget(int number, QWidget *target, const QString &name);

private:
    template<typename Finder>
    void showActionFinder(Finder *&finder);

    QMainWindow *m_window;
    QMenu *m_go;
    SearchFieldNavigator *m_navigator;
    SearchHistory *m_history;
    SearchHistoryPopup *m_historyPopup;
    FocusTargets *m_focusTargets;
    class ShortcutSheet *m_shortcutSheet = nullptr;
    class CommandPalette *m_commandPalette = nullptr;
};
