#include "library/readtracker.h"

#include "corpus/paperroles.h"
#include "widgets/navigationkeys.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QKeyEvent>

namespace {
bool movesCurrent(const QKeyEvent *event)
{
    return isListNavigationKey(event->key());
}
} // namespace

ReadTracker::ReadTracker(QAbstractItemView *view, QObject *parent) : QObject(parent), m_view(view)
{
    m_ticker.setInterval(kTickMs);
    connect(&m_ticker, &QTimer::timeout, this, [this] { elapse(m_ticker.interval()); });
    view->installEventFilter(this);
    view->viewport()->installEventFilter(this);
    connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this, &ReadTracker::currentChanged);
}

void ReadTracker::setDelay(int ms)
{
    m_delay = ms;
    m_ticker.setInterval(ms >= 0 ? std::min(kTickMs, std::max(1, ms / 4)) : kTickMs);
}

QString ReadTracker::currentId() const
{
    return m_view ? m_view->currentIndex().data(PaperRoles::IdRole).toString() : QString();
}

bool ReadTracker::isCurrentChosen() const
{
    return !m_chosen.isEmpty() && m_chosen == currentId();
}

void ReadTracker::setCurrentChosen()
{
    m_chosen = currentId();
    m_counting = m_chosen;
    m_seenMs = 0;
    if (!m_counting.isEmpty() && m_delay >= 0)
        m_ticker.start();
}

bool ReadTracker::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    const bool input = (type == QEvent::KeyPress && movesCurrent(static_cast<QKeyEvent *>(event)))
        || type == QEvent::MouseButtonPress || type == QEvent::MouseButtonDblClick;
    if (input) {
        // The view moves its current index while it handles this event; the first change seen
        // before the release (or the event loop's return) is the user's.
        m_userInput = true;
        QTimer::singleShot(0, this, [this] { m_userInput = false; });
    } else if (type == QEvent::KeyRelease || type == QEvent::MouseButtonRelease) {
        m_userInput = false;
    }
    return QObject::eventFilter(watched, event);
}

void ReadTracker::currentChanged()
{
    const QString id = currentId();
    if (m_userInput && !id.isEmpty()) {
        m_userInput = false; // one key or click moves the current paper once
        setCurrentChosen();
        return;
    }
    // The program moved the current index: a result restored to the same paper stays chosen;
    // another paper is not the user's choice. (Invalid in between a reset and its restore.)
    if (!id.isEmpty() && id != m_chosen) {
        m_chosen.clear();
        m_counting.clear();
        m_ticker.stop();
    }
}

bool ReadTracker::isWatched() const
{
    const QWidget *window = m_view ? m_view->window() : nullptr;
    return window && window->isActiveWindow() && !QApplication::activeModalWidget()
        && !QApplication::activePopupWidget() && m_view->isVisible();
}

void ReadTracker::elapse(int ms)
{
    if (m_counting.isEmpty() || m_counting != currentId()) {
        m_ticker.stop();
        return;
    }
    if (!isWatched())
        return; // the time behind a dialog or in another window does not count
    m_seenMs += ms;
    if (m_seenMs < m_delay)
        return;
    m_ticker.stop();
    const QString id = m_counting;
    m_counting.clear();
    emit readDue(id);
}
