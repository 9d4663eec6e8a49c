#include "search/searchfieldnavigator.h"

#include "widgets/navigationkeys.h"

#include <QAbstractItemView>
#include <QCoreApplication>
#include <QKeyEvent>
#include <QLineEdit>

namespace {
bool isTypedText(const QKeyEvent *event)
{
    const Qt::KeyboardModifiers mods = event->modifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier);
    const QString text = event->text();
    return mods == Qt::NoModifier && !text.isEmpty() && text.at(0).isPrint() && !text.at(0).isSpace();
}
} // namespace

SearchFieldNavigator::SearchFieldNavigator(QLineEdit *field, QAbstractItemView *view, QObject *parent)
    : QObject(parent), m_field(field), m_view(view)
{
    field->installEventFilter(this);
    view->installEventFilter(this);
}

void SearchFieldNavigator::focusField()
{
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

bool SearchFieldNavigator::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress && event->type() != QEvent::ShortcutOverride)
        return QObject::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_field && event->type() == QEvent::ShortcutOverride) {
        // Esc must reach the field even when a window-wide shortcut could claim it.
        if (key->key() == Qt::Key_Escape)
            event->accept();
        return false;
    }
    if (event->type() != QEvent::KeyPress)
        return false;
    if (watched == m_field)
        return handleFieldKey(key);
    if (watched == m_view)
        return handleViewKey(key);
    return false;
}

bool SearchFieldNavigator::handleFieldKey(QKeyEvent *event)
{
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    if (isListNavigationKey(event->key()) && (mods == Qt::NoModifier || mods == Qt::ShiftModifier) && m_view) {
        // The view moves its current index as if it had focus; the field keeps focus and text.
        QKeyEvent copy(QEvent::KeyPress, event->key(), event->modifiers(), event->text());
        QCoreApplication::sendEvent(m_view, &copy);
        return true;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && mods == Qt::NoModifier) {
        emit enterPressed();
        return false; // the field still emits returnPressed/editingFinished
    }
    if (event->key() == Qt::Key_Escape && mods == Qt::NoModifier) {
        if (m_field->text().isEmpty())
            emit clearAllFilters();
        else
            m_field->clear();
        return true;
    }
    return false;
}

bool SearchFieldNavigator::handleViewKey(QKeyEvent *event)
{
    if (!isTypedText(event) || !m_field)
        return false;
    m_field->setFocus(Qt::OtherFocusReason);
    m_field->deselect();
    m_field->end(false);
    m_field->insert(event->text());
    return true;
}
