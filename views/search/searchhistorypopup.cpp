#include "search/searchhistorypopup.h"

#include "search/searchhistory.h"

#include <QAbstractItemView>
#include <QAction>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPainter>

namespace {
// A drop-down chevron in the field's text colour, drawn at twice the size for HiDPI screens.
QIcon chevronIcon(const QWidget *widget)
{
    QPixmap pixmap(32, 32);
    pixmap.setDevicePixelRatio(2.0);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    QColor color = widget->palette().color(QPalette::Text);
    color.setAlphaF(0.6);
    painter.setPen(QPen(color, 1.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawPolyline(QPolygonF({QPointF(4, 6.5), QPointF(8, 10.5), QPointF(12, 6.5)}));
    return QIcon(pixmap);
}
} // namespace

SearchHistoryPopup::SearchHistoryPopup(QLineEdit *field, SearchHistory *history)
    : QCompleter(history, field), m_field(field), m_history(history)
{
    setObjectName(QStringLiteral("searchHistory"));
    setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    setWidget(field);
    popup()->setObjectName(QStringLiteral("searchHistoryPopup"));
    popup()->setAccessibleName(tr("Recent searches"));
    m_button = field->addAction(chevronIcon(field), QLineEdit::TrailingPosition);
    m_button->setObjectName(QStringLiteral("searchHistoryButton"));
    m_button->setToolTip(tr("Recent searches (Alt+Down)"));
    connect(m_button, &QAction::triggered, this, &SearchHistoryPopup::showHistory);
    connect(this, qOverload<const QString &>(&QCompleter::activated), field, &QLineEdit::setText);
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
    if (watched == m_field && (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange))
        m_button->setIcon(chevronIcon(m_field)); // a theme switch: the chevron follows the text colour
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down && (key->modifiers() & Qt::AltModifier)) {
            showHistory();
            return true;
        }
    }
    return QCompleter::eventFilter(watched, event);
}
