#include "paperdelegate.h"

#include "papermodel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

namespace {
QFont labelFont(const QFont &base)
{
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() * 0.9);
    return f;
}

QFont headlineFont(const QFont &base)
{
    QFont f = base;
    f.setWeight(QFont::DemiBold);
    return f;
}
} // namespace

void PaperDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear(); // the style draws background, selection and focus; we draw the text
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = (opt.state & QStyle::State_Enabled) ? QPalette::Normal : QPalette::Disabled;
    const QColor textColor = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor dimColor = textColor;
    dimColor.setAlphaF(0.7f);

    const QRect r = opt.rect.adjusted(kMargin, kMargin / 2, -kMargin, -kMargin / 2);
    const QFont lf = labelFont(opt.font);
    const QFont hf = headlineFont(opt.font);
    const QFontMetrics lfm(lf);
    const QFontMetrics hfm(hf);

    QString label = index.data(PaperModel::AuthorLabelRole).toString();
    if (index.data(PaperModel::TruncatedRole).toBool())
        label += QStringLiteral("  ·  ") + tr("truncated");
    const QString headline = index.data(PaperModel::HeadlineRole).toString();

    painter->save();
    painter->setFont(lf);
    painter->setPen(dimColor);
    const QRect labelRect(r.left(), r.top(), r.width(), lfm.height());
    painter->drawText(labelRect, Qt::AlignLeft | Qt::AlignVCenter, lfm.elidedText(label, Qt::ElideRight, r.width()));
    painter->setFont(hf);
    painter->setPen(textColor);
    const QRect headRect(r.left(), labelRect.bottom() + 2, r.width(), hfm.height());
    painter->drawText(headRect, Qt::AlignLeft | Qt::AlignVCenter,
                      hfm.elidedText(headline, Qt::ElideRight, r.width()));
    painter->restore();
}

QSize PaperDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const int h = QFontMetrics(labelFont(option.font)).height() + QFontMetrics(headlineFont(option.font)).height()
        + 2 + kMargin;
    return {200, h};
}

bool PaperDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                              const QModelIndex &index)
{
    if (event->type() != QEvent::ToolTip || !index.isValid())
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    // Corpus text is escaped: a tooltip would otherwise render (and load) HTML from the file.
    const QString authors = index.data(PaperModel::AuthorsRole).toStringList().join(QStringLiteral(", "));
    const QString headline = index.data(PaperModel::HeadlineRole).toString();
    QToolTip::showText(event->globalPos(),
                       QStringLiteral("<p>%1</p><p><i>%2</i></p>").arg(headline.toHtmlEscaped(), authors.toHtmlEscaped()),
                       view);
    return true;
}
