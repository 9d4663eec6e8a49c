#include "triage/triageview.h"

#include "widgets/safetextbrowser.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QScrollBar>
#include <QTextDocument>
#include <QVBoxLayout>

namespace {
constexpr int kMeasureColumns = 72; // a comfortable line at the larger size
constexpr double kReadingScale = 1.4;
} // namespace

TriageView::TriageView(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("triageView"));
    setAccessibleName(tr("Triage"));
    setFocusPolicy(Qt::StrongFocus);

    m_progress = new QLabel;
    m_progress->setObjectName(QStringLiteral("triageProgress"));
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_progress->setFont(big);
    m_order = new QComboBox;
    m_order->setObjectName(QStringLiteral("triageOrder"));
    m_order->setFocusPolicy(Qt::NoFocus); // O switches; the page keeps the keys
    m_order->addItems({tr("Current ranking"), tr("Most uncertain first")});
    m_order->setToolTip(tr("O switches the order. Most uncertain first needs a keep list the classifier can learn from."));
    m_orderNote = new QLabel;
    m_orderNote->setObjectName(QStringLiteral("triageOrderNote"));
    m_orderNote->setTextFormat(Qt::PlainText);
    auto *orderLabel = new QLabel(tr("Order:"));
    auto *header = new QHBoxLayout;
    header->addWidget(m_progress, 1);
    header->addWidget(m_orderNote);
    header->addWidget(orderLabel);
    header->addWidget(m_order);

    m_browser = new SafeTextBrowser;
    m_browser->setObjectName(QStringLiteral("triageBrowser"));
    m_browser->setAccessibleName(tr("The paper being triaged"));
    m_browser->setFocusPolicy(Qt::NoFocus);
    m_browser->setFrameShape(QFrame::NoFrame);
    m_browser->document()->setDocumentMargin(24);
    QFont reading = m_browser->font();
    reading.setPointSizeF(reading.pointSizeF() * kReadingScale);
    m_browser->document()->setDefaultFont(reading);
    m_browser->document()->setDefaultStyleSheet(QStringLiteral("a { text-decoration: none; color: palette(text); }"));
    m_browser->setMaximumWidth(QFontMetrics(reading).averageCharWidth() * kMeasureColumns + 48
                               + m_browser->verticalScrollBar()->sizeHint().width());
    auto *page = new QHBoxLayout;
    page->addStretch(1);
    page->addWidget(m_browser, 100);
    page->addStretch(1);

    m_legend = new QLabel;
    m_legend->setObjectName(QStringLiteral("triageLegend"));
    m_legend->setTextFormat(Qt::RichText);
    m_legend->setAlignment(Qt::AlignCenter);
    m_legend->setWordWrap(true);
    QFont legendFont = font();
    legendFont.setPointSizeF(legendFont.pointSizeF() * 1.1);
    m_legend->setFont(legendFont);
    m_legend->setAutoFillBackground(true);
    m_legend->setBackgroundRole(QPalette::AlternateBase);
    m_legend->setMargin(8);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 8);
    layout->addLayout(header);
    layout->addLayout(page, 1);
    layout->addWidget(m_legend);
    updateLegend();
}

std::optional<TriageView::Command> TriageView::commandFor(const QKeyEvent &event)
{
    const Qt::KeyboardModifiers mods = event.modifiers() & ~(Qt::KeypadModifier);
    if (mods == Qt::ControlModifier)
        return event.key() == Qt::Key_Z ? std::optional(Command::Undo) : std::nullopt;
    if (event.key() == Qt::Key_Asterisk)
        return Command::Star; // Shift+8 on most layouts, or the keypad
    if (mods == Qt::ShiftModifier)
        return event.key() == Qt::Key_K ? std::optional(Command::ChooseKeepList) : std::nullopt;
    if (mods != Qt::NoModifier)
        return std::nullopt;
    switch (event.key()) {
    case Qt::Key_K: return Command::Keep;
    case Qt::Key_S: return Command::Skip;
    case Qt::Key_F: return Command::Star;
    case Qt::Key_N: return Command::NotRelevant;
    case Qt::Key_L: return Command::File;
    case Qt::Key_U: return Command::Undo;
    case Qt::Key_Right: return Command::Next;
    case Qt::Key_Left: return Command::Previous;
    case Qt::Key_Home: return Command::First;
    case Qt::Key_End: return Command::Last;
    case Qt::Key_O: return Command::ToggleOrder;
    case Qt::Key_Escape: return Command::Leave;
    default: return std::nullopt;
    }
}

bool TriageView::event(QEvent *event)
{
    // The page's keys win over the window's shortcuts (Ctrl+Z is the library's undo, which triage
    // takes so the pass's counts and cursor go back too).
    if (event->type() == QEvent::ShortcutOverride && commandFor(*static_cast<QKeyEvent *>(event))) {
        event->accept();
        return true;
    }
    return QWidget::event(event);
}

void TriageView::keyPressEvent(QKeyEvent *event)
{
    if (const auto command = commandFor(*event)) {
        emit commandRequested(*command);
        return;
    }
    switch (event->key()) {
    case Qt::Key_Up: scrollBy(-1, false); return;
    case Qt::Key_Down: scrollBy(1, false); return;
    case Qt::Key_PageUp: scrollBy(-1, true); return;
    case Qt::Key_PageDown:
    case Qt::Key_Space: scrollBy(event->modifiers() & Qt::ShiftModifier ? -1 : 1, true); return;
    default: QWidget::keyPressEvent(event);
    }
}

void TriageView::scrollBy(int steps, bool page)
{
    QScrollBar *bar = m_browser->verticalScrollBar();
    bar->setValue(bar->value() + steps * (page ? bar->pageStep() : bar->singleStep() * 3));
}

void TriageView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        updateLegend();
}

void TriageView::setPaperHtml(const QString &html)
{
    m_browser->setHtml(html);
    m_browser->verticalScrollBar()->setValue(0);
}

void TriageView::setProgress(const QString &text)
{
    m_progress->setText(text);
}

QString TriageView::progressText() const
{
    return m_progress->text();
}

void TriageView::setKeepList(const QString &name)
{
    m_keepList = name;
    updateLegend();
}

void TriageView::setOrderNote(const QString &text)
{
    m_orderNote->setText(text);
    m_orderNote->setVisible(!text.isEmpty());
}

QString TriageView::legendText() const
{
    QTextDocument doc;
    doc.setHtml(m_legend->text());
    return doc.toPlainText();
}

void TriageView::updateLegend()
{
    const auto key = [](const QString &k, const QString &what) {
        return QStringLiteral("<b>&nbsp;%1&nbsp;</b>&nbsp;%2").arg(k.toHtmlEscaped(), what.toHtmlEscaped());
    };
    const QString keep = m_keepList.isEmpty() ? tr("keep (choose a list)") : tr("keep in “%1”").arg(m_keepList);
    const QStringList first = {key(QStringLiteral("K"), keep), key(QStringLiteral("S"), tr("skip (mark read)")),
                               key(tr("F or *"), tr("star")), key(QStringLiteral("N"), tr("not relevant")),
                               key(QStringLiteral("L"), tr("add to another list"))};
    const QStringList second = {key(tr("U or Ctrl+Z"), tr("undo")), key(QStringLiteral("← →"), tr("previous, next")),
                                key(tr("Space"), tr("scroll")), key(tr("Shift+K"), tr("other keep list")),
                                key(QStringLiteral("O"), tr("order")), key(tr("Esc"), tr("back to the list"))};
    const QString gap = QStringLiteral("&nbsp;&nbsp;&nbsp;&nbsp;");
    m_legend->setText(first.join(gap) + QStringLiteral("<br>") + second.join(gap));
}
