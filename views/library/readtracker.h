#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

class QAbstractItemView;

// Decides when a paper counts as read: the user chose it (moved to it with the keys, clicked it, or
// opened it from elsewhere: setCurrentChosen()) and kept it current for delay() ms of time with the
// window active and nothing modal or popup over it. A paper made current by the program (start-up,
// a new result, a filter change, focus arriving in the list) is never chosen.
class ReadTracker : public QObject
{
    Q_OBJECT

public:
    explicit ReadTracker(QAbstractItemView *view, QObject *parent = nullptr);

    int delay() const { return m_delay; }
    // Below 0: never read automatically.
    void setDelay(int ms);
    // The paper current now is one the user chose (e.g. opened from the similar papers).
    void setCurrentChosen();
    // True when the view's current paper is the one the user last chose.
    bool isCurrentChosen() const;
    // M (or another explicit choice) decided about this paper: the count stops.
    void cancel() { m_counting.clear(); }
    bool isCounting() const { return !m_counting.isEmpty(); }
    // Counts ms of time towards the chosen paper, if it is in view (the ticker calls this; tests do).
    void elapse(int ms);

signals:
    // The paper with this id has been read by the rules above.
    void readDue(const QString &id);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QString currentId() const;
    void currentChanged();
    bool isWatched() const; // the window active, nothing over it

    static constexpr int kTickMs = 200;
    QPointer<QAbstractItemView> m_view;
    QTimer m_ticker;
    int m_delay = 3000;
    int m_seenMs = 0;
    bool m_userInput = false; // a key or click on the view is being handled
    QString m_chosen;   // the paper the user chose last
    QString m_counting; // the chosen paper whose time is being counted
};
