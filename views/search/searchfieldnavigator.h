#pragma once

#include <QObject>
#include <QPointer>

class QAbstractItemView;
class QKeyEvent;
class QLineEdit;

// Makes a search field and its result view work as one from the keyboard (Zeal's model): while the
// field has focus, Up/Down/PageUp/PageDown/Home/End move through the results without taking focus or
// text from the field; Enter emits enterPressed(); Esc clears the text, and Esc on an empty field
// emits clearAllFilters(). In the view, a printable character jumps back into the field with it.
class SearchFieldNavigator : public QObject
{
    Q_OBJECT

public:
    SearchFieldNavigator(QLineEdit *field, QAbstractItemView *view, QObject *parent = nullptr);

    // Gives the field focus and selects its text (what Ctrl+F, Ctrl+K and / do).
    void focusField();

signals:
    void enterPressed();
    void clearAllFilters();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool handleFieldKey(QKeyEvent *event);
    bool handleViewKey(QKeyEvent *event);

    QPointer<QLineEdit> m_field;
    QPointer<QAbstractItemView> m_view;
};
