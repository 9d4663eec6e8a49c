#pragma once

#include <QCompleter>

class QAbstractItemModel;
class QLineEdit;

// Completes the value of one query keyword in the search field: after `list:` (or `-list:`) the
// reading-list names, after `cluster:` the map's clusters. The word under the cursor is matched
// against the model's matchRole (from its start, or anywhere with Qt::MatchContains); choosing a
// row writes its valueRole after the keyword, quoted when it has a space: `list:to` → `list:"to read"`,
// `cluster:graph` → `cluster:7`.
class TermCompleter : public QCompleter
{
    Q_OBJECT

public:
    TermCompleter(QLineEdit *field, QAbstractItemModel *values, const QString &keyword, int matchRole, int valueRole,
                  Qt::MatchFlags filterMode = Qt::MatchStartsWith);

    // Where the value of the `keyword:` word under the cursor starts, or -1: for tests and the field.
    static qsizetype valueStart(const QString &text, qsizetype cursor, const QString &keyword);

private:
    void textEdited(const QString &text);
    void insertValue(const QModelIndex &index);

    QLineEdit *m_field;
    QString m_prefix; // "list:"
    int m_valueRole;
};
