#include "facets/authorfacetdelegate.h"

#include "widgets/appearance.h"
#include "facets/authorlistmodel.h"

#include <QApplication>
#include <QPainter>

namespace {
const QColor kIncluded(0x2e, 0x7d, 0x32);
const QColor kExcluded(0xc6, 0x28, 0x28);
} // namespace

void AuthorFacetDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    // The current row is where the keys act, not a choice: a focus frame, never the selection's
    // fill, which would read as a filter next to the included authors' ✓.
    opt.state &= ~QStyle::State_Selected;
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const auto state = FacetSelection::State(index.data(AuthorListModel::StateRole).toInt());
    const QColor text = opt.palette.color(QPalette::Text);
    QRect r = opt.rect.adjusted(kMargin, 0, -kMargin, 0);
    const int markWidth = opt.fontMetrics.height() + 2;

    painter->save();
    if (state != FacetSelection::State::Off) {
        const QRect mark(r.left(), r.top() + (r.height() - markWidth) / 2 + 1, markWidth - 2, markWidth - 2);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(state == FacetSelection::State::Included ? kIncluded : kExcluded);
        painter->drawRoundedRect(mark, 3, 3);
        painter->setPen(Qt::white);
        painter->drawText(mark, Qt::AlignCenter,
                          state == FacetSelection::State::Included ? QStringLiteral("✓") : QStringLiteral("✕"));
    }
    r.setLeft(r.left() + markWidth + 2);

    const int papers = index.data(AuthorListModel::CountRole).toInt();
    // A chosen author kept on top with nothing shown: say so rather than a bare 0.
    const QString count = papers == 0 && state != FacetSelection::State::Off ? AuthorFacetDelegate::tr("none shown")
                                                                             : QString::number(papers);
    QFont countFont = opt.font;
    countFont.setPointSizeF(opt.font.pointSizeF() * 0.9);
    const int countWidth = QFontMetrics(countFont).horizontalAdvance(count) + kMargin;
    QColor dim = text;
    dim.setAlphaF(0.6);
    painter->setFont(countFont);
    painter->setPen(dim);
    painter->drawText(r, Qt::AlignRight | Qt::AlignVCenter, count);

    QFont nameFont = opt.font;
    nameFont.setStrikeOut(state == FacetSelection::State::Excluded);
    nameFont.setBold(state == FacetSelection::State::Included);
    painter->setFont(nameFont);
    painter->setPen(state == FacetSelection::State::Excluded
                        ? Appearance::accent(Appearance::Accent::Exclude, opt.palette)
                        : text);
    r.setRight(r.right() - countWidth);
    const QString name = QFontMetrics(nameFont).elidedText(index.data().toString(), Qt::ElideRight, r.width());
    painter->drawText(r, Qt::AlignLeft | Qt::AlignVCenter, name);
    painter->restore();
}

QSize AuthorFacetDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    return {option.fontMetrics.averageCharWidth() * 24, option.fontMetrics.height() + 8};
}
