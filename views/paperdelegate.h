#pragma once

#include <QStyledItemDelegate>

// Paints a paper as a two-line card: the author label above the headline, both elided.
// Stateless apart from a size hint cached per font; every row has the same height.
class PaperDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

private:
    static constexpr int kMargin = 6;
};
