#pragma once

#include "corpus/diagnostic.h"

#include <QFrame>

class QLabel;
class QPlainTextEdit;
class QToolButton;

// A non-blocking banner above the panes: problems found in the open corpus ("3 problems — Show",
// expanding to the list with line numbers), or a sentence about something that did not work.
// Never modal; Esc-free; closed with its × button.
class NoticeBar : public QFrame
{
    Q_OBJECT

public:
    explicit NoticeBar(QWidget *parent = nullptr);

    // Shows the diagnostics of fileName (their list too when expanded), or hides the bar when there are none.
    void showDiagnostics(const QString &fileName, const Diagnostics &diagnostics, bool expanded = false);
    // Shows one message (an error that left the current corpus open, a fallback that happened).
    void showMessage(const QString &text);

    QString text() const;
    QString details() const;
    bool detailsVisible() const;

private:
    void setDetailsShown(bool shown);

    QLabel *m_label;
    QToolButton *m_toggle;
    QToolButton *m_close;
    QPlainTextEdit *m_details;
};
