#pragma once

#include <QObject>

#include <functional>

class QAbstractItemView;

// Paints a sentence in an item view whose model has no rows, so an empty pane always says why
// ("No papers match “zzyzx”. Try fewer words."). The text comes from a function asked at paint time.
class EmptyStateOverlay : public QObject
{
    Q_OBJECT

public:
    EmptyStateOverlay(QAbstractItemView *view, std::function<QString()> text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QAbstractItemView *m_view;
    std::function<QString()> m_text;
};
