#include "searchhistorypopup.h"

#include "searchhistory.h"

#include <QAbstractItemView>
#include <QAction>
#include <QKeyEvent>
#include <QLineEdit>
#include <QStyle>

SearchHistoryPopup::SearchHistoryPopup(QLineEdit *field, SearchHistory *history)
    : QCompleter(history, field), m_field(field), m_history(history)
{
    setObjectName(QStringLiteral("searchHistory"));
    setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    setWidget(field);
    popup()->setObjectName(QStringLiteral("searchHistoryPopup"));
    popup()->setAccessibleName(tr("Recent searches"));
    QAction *button = field->addAction(field->style()->standardIcon(QStyle::SP_ArrowDown), QLineEdit::TrailingPosition);
    button->setObjectName(QStringLiteral("searchHistoryButton"));
    button->setToolTip(tr("Recent searches (Alt+Down)"));
    connect(button, &QAction::triggered, this, &SearchHistoryPopup::showHistory);
    connect(this, qOverload<const QString &>(&QCompleter::activated), field, &QLineEdit::setText);
    connect(field, &QLineEdit::editingFinished, this, [this] {
        if (m_history->add(m_field->text()))
            m_history->save();
    });
    field->installEventFilter(this);
}

void SearchHistoryPopup::showHistory()
{
    if (m_history->rowCount() == 0)
        return;
    setCompletionPrefix(QString());
    complete();
    popup()->setCurrentIndex(completionModel()->index(0, 0));
}

bool SearchHistoryPopup::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down && (key->modifiers() & Qt::AltModifier)) {
            showHistory();
            return true;
        }
    }
    return QCompleter::eventFilter(watched, event);
}
