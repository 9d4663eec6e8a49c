#pragma once

#include "triage/triageview.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class DetailView;
class LibraryController;
class ListClassifier;
class QAbstractItemView;
class QAction;
class QMainWindow;
class QMenu;
class QModelIndex;
class QStackedWidget;
class QUndoCommand;
class ResultsPipeline;
class TriageRanker;
class TriageSession;

// Triage mode in the window (View ▸ Triage, Ctrl+T, the palette): a TriageSession over the
// current results, in their order, shown one paper at a time on a TriageView that replaces the
// window's panes (a page of a stack built around the central widget, so the panes' single-key
// shortcuts rest meanwhile). Each key is one library command on the library's undo stack; the keep
// list is asked for once and remembered while the window lives. Esc (or Ctrl+T) goes back to the
// list with the triaged paper current.
class TriageController : public QObject
{
    Q_OBJECT

public:
    enum class Order { Ranking, MostUncertain };

    struct Parts
    {
        QMainWindow *window;
        QMenu *viewMenu;
        QAbstractItemView *list;
        ResultsPipeline *pipeline;
        LibraryController *library;
        DetailView *detail; // its similar-papers index feeds the classifier
    };
    explicit TriageController(const Parts &parts);
    ~TriageController() override;

    QAction *action() const { return m_action; }
    TriageSession *session() const { return m_session; }
    TriageView *view() const { return m_view; }
    bool isActive() const;
    QString keepList() const { return m_keepList; }
    void setKeepList(const QString &name);
    Order order() const { return m_order; }

    bool enter();
    void leave();
    void setOrder(Order order);
    void run(TriageView::Command command);

signals:
    void activeChanged(bool active);
    // The "most uncertain first" order is in place (or could not be made: ok false).
    void orderReady(bool ok);

private:
    QModelIndex indexOf(const QString &id) const;
    void refresh();
    QString progress() const;
    void showMessage(const QString &text, int ms = 4000);
    // Pushes onto the library's undo stack; the stack's index after it, or -1 when it failed.
    int push(QUndoCommand *command);
    // Runs then() with the keep list, asking for one first when none is chosen (or always: ask).
    void withKeepList(std::function<void()> then, bool ask = false);
    // Opens the list picker; chosen() runs with the name picked (none when it is cancelled).
    void pickList(const QString &title, std::function<void(const QString &)> chosen);
    void keep();
    void skip();
    void star();
    void notRelevant();
    void file();
    void undo();
    void train();
    void classifierReady(std::shared_ptr<const ListClassifier> classifier);

    QMainWindow *m_window;
    QAbstractItemView *m_list;
    ResultsPipeline *m_pipeline;
    LibraryController *m_library;
    DetailView *m_detail;
    QStackedWidget *m_stack;
    QWidget *m_panes;
    TriageView *m_view;
    TriageSession *m_session;
    TriageRanker *m_ranker;
    QAction *m_action;
    QString m_keepList;
    QStringList m_rankingOrder; // the results' order when the pass began
    Order m_order = Order::Ranking;
    bool m_asking = false; // the list picker is open
};
