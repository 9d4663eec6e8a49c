#include "facets/filterchipbar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace {

// The colour follows the palette (lighter shades on a dark one), so it is set again when that changes.
void styleChip(QWidget *chip, const QPalette &palette)
{
    const auto kind = FilterChipBar::Kind(chip->property("chipKind").toInt());
    chip->setStyleSheet(QStringLiteral("QFrame#filterChip { border: 1px solid %1; border-radius: 9px; }"
                                       "QFrame#filterChip QLabel { color: %1; }")
                            .arg(Appearance::accent(FilterChipBar::accentOf(kind), palette).name()));
}
} // namespace

Appearance::Accent FilterChipBar::accentOf(Kind kind)
{
    switch (kind) {
    case FilterChipBar::Kind::Include: return Appearance::Accent::Include;
    case FilterChipBar::Kind::Exclude: return Appearance::Accent::Exclude;
    case FilterChipBar::Kind::Scope: return Appearance::Accent::Scope;
    case FilterChipBar::Kind::Query: break;
    }
    return Appearance::Accent::Query;
}

FilterChipBar::FilterChipBar(QWidget *parent)
    : QWidget(parent), m_chipLayout(new QHBoxLayout), m_clearButton(new QToolButton)
{
    setObjectName(QStringLiteral("filterChipBar"));
    setAccessibleName(tr("Active filters"));
    m_clearButton->setObjectName(QStringLiteral("clearFiltersButton"));
    m_clearButton->setText(tr("Clear all"));
    m_clearButton->setAutoRaise(true);
    m_clearButton->setToolTip(tr("Remove every filter (Esc twice in the search field)"));
    connect(m_clearButton, &QToolButton::clicked, this, &FilterChipBar::clearAllRequested);
    m_chipLayout->setContentsMargins(0, 0, 0, 0);
    m_chipLayout->setSpacing(4);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 2, 0, 2);
    layout->addLayout(m_chipLayout);
    layout->addStretch(1);
    layout->addWidget(m_clearButton);
    setVisible(false);
}

void FilterChipBar::setChips(const QList<Chip> &chips)
{
    if (chips == m_chips)
        return;
    m_chips = chips;
    // Later, not now: the chip whose × was clicked is still delivering that click.
    while (QLayoutItem *item = m_chipLayout->takeAt(0)) {
        if (QWidget *w = item->widget()) {
            w->hide();
            w->deleteLater();
        }
        delete item;
    }
    for (const Chip &chip : m_chips) {
        QWidget *w = createChip(chip);
        m_chipLayout->addWidget(w);
        w->show(); // now, not when the layout gets round to it
    }
    setVisible(!m_chips.isEmpty());
}

bool FilterChipBar::removeLast()
{
    if (m_chips.isEmpty())
        return false;
    emit removeRequested(m_chips.constLast().key);
    return true;
}

QWidget *FilterChipBar::createChip(const Chip &chip)
{
    auto *frame = new QFrame;
    frame->setObjectName(QStringLiteral("filterChip"));
    frame->setProperty("chipKey", chip.key);
    frame->setProperty("chipKind", int(chip.kind));
    styleChip(frame, palette());
    auto *label = new QLabel(chip.text);
    label->setTextFormat(Qt::PlainText);
    auto *remove = new QToolButton;
    remove->setObjectName(QStringLiteral("chipRemoveButton"));
    remove->setText(QStringLiteral("×"));
    remove->setAutoRaise(true);
    remove->setToolTip(tr("Remove this filter"));
    remove->setAccessibleName(tr("Remove filter %1").arg(chip.text));
    connect(remove, &QToolButton::clicked, this, [this, key = chip.key] { emit removeRequested(key); });
    auto *layout = new QHBoxLayout(frame);
    layout->setContentsMargins(8, 0, 2, 0);
    layout->setSpacing(2);
    layout->addWidget(label);
    layout->addWidget(remove);
    return frame;
}

void FilterChipBar::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() != QEvent::PaletteChange)
        return;
    for (QFrame *chip : findChildren<QFrame *>(QStringLiteral("filterChip")))
        styleChip(chip, palette());
}
