#pragma once

#include <QDialog>

class LibraryListsModel;
class QLabel;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;

// The Ctrl+L picker: type-ahead over the reading lists' names. Enter picks the highlighted list (the
// exact or else the first match; Up/Down choose another) or creates the typed name when no list
// matches; Shift+Enter creates the typed name even when lists match. Emits listChosen() and closes.
class ListPickerDialog : public QDialog
{
    Q_OBJECT

public:
    ListPickerDialog(LibraryListsModel *lists, const QString &title, QWidget *parent = nullptr);

    // The name Enter would choose now (a list's stored name, or the new name typed).
    QString choice() const;

signals:
    void listChosen(const QString &name);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateHint();
    // The typed name when no list has it (what Shift+Enter creates), else empty.
    QString newName() const;

    LibraryListsModel *m_lists;
    QSortFilterProxyModel *m_filter;
    QLineEdit *m_edit;
    QListView *m_view;
    QLabel *m_hint;
    bool m_createNew = false; // Shift+Enter
};
