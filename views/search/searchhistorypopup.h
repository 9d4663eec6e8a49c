#pragma once

#include <QCompleter>

class QAction;
class QLineEdit;
class SearchHistory;

// The search field's history drop-down: Alt+Down or the arrow button in the field opens the last
// queries; choosing one puts it in the field. Queries are recorded when editing finishes.
class SearchHistoryPopup : public QCompleter
{
    Q_OBJECT

public:
    SearchHistoryPopup(QLineEdit *field, SearchHistory *history);

    void showHistory();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QLineEdit *m_field;
    SearchHistory *m_history;
    QAction *m_button;
};
