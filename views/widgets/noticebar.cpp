#include "widgets/noticebar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

NoticeBar::NoticeBar(QWidget *parent)
    : QFrame(parent), m_label(new QLabel), m_toggle(new QToolButton), m_close(new QToolButton), m_details(new QPlainTextEdit)
{
    setObjectName(QStringLiteral("noticeBar"));
    setAccessibleName(tr("Notice"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_toggle->setObjectName(QStringLiteral("noticeDetailsButton"));
    m_toggle->setAccessibleName(tr("Show problems"));
    m_close->setObjectName(QStringLiteral("noticeCloseButton"));
    m_close->setAccessibleName(tr("Close notice"));
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setAutoRaise(true);
    m_details->setObjectName(QStringLiteral("noticeDetails"));
    m_details->setAccessibleName(tr("Problems"));
    m_details->setReadOnly(true);
    m_details->setMaximumHeight(fontMetrics().lineSpacing() * 8);

    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(QStringLiteral("⚠")));
    row->addWidget(m_label, 1);
    row->addWidget(m_toggle);
    row->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addLayout(row);
    layout->addWidget(m_details);
    connect(m_toggle, &QToolButton::clicked, this, [this] { setDetailsShown(m_details->isHidden()); });
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void NoticeBar::showDiagnostics(const QString &fileName, const Diagnostics &diagnostics, bool expanded)
{
    if (diagnostics.isEmpty()) {
        hide();
        return;
    }
    QStringList lines;
    for (const Diagnostic &d : diagnostics)
        lines << (d.line > 0 ? tr("Line %1: %2").arg(d.line).arg(d.message) : d.message);
    m_label->setText(tr("%n problem(s) in “%1”; the papers were kept.", nullptr, int(diagnostics.size())).arg(fileName));
    m_details->setPlainText(lines.join(QLatin1Char('\n')));
    m_toggle->show();
    setDetailsShown(expanded);
    show();
}

void NoticeBar::showMessage(const QString &text)
{
    m_label->setText(text);
    m_details->clear();
    m_toggle->hide();
    m_details->hide();
    show();
}

QString NoticeBar::text() const
{
    return m_label->text();
}

QString NoticeBar::details() const
{
    return m_details->toPlainText();
}

bool NoticeBar::detailsVisible() const
{
    return !m_details->isHidden();
}

void NoticeBar::setDetailsShown(bool shown)
{
    m_details->setVisible(shown);
    m_toggle->setText(shown ? tr("Hide") : tr("Show"));
}
