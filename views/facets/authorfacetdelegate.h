#pragma once

#include <QStyledItemDelegate>

// Paints one author of the facet list: a state mark (✓ included, ✕ excluded, struck-through name),
// the name elided, the count right-aligned. Stateless; every row has the same height.
class AuthorFacetDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    static constexpr int kMargin = 6;
};
