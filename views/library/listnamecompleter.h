#pragma once

#include <QCompleter>

class QAbstractItemModel;
class QLineEdit;

// Completes reading-list names in the search field after `list:` (and `-list:`): typing
// `list:to` offers "to read"; choosing it writes `list:"to read"` (quoted when the name has a
// space). The names come from the lists model's NameRole.
class ListNameCompleter : public QCompleter
{
    Q_OBJECT

public:
    ListNameCompleter(QLineEdit *field, QAbstractItemModel *lists);

    // Where the `list:` word under the cursor starts its name, or -1: for tests and the field.
    static qsizetype nameStart(const QString &text, qsizetype cursor);

private:
    void textEdited(const QString &text);
    void insertName(const QString &name);

    QLineEdit *m_field;
};
