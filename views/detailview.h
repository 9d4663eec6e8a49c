#pragma once

#include "safetextbrowser.h"

#include <QPersistentModelIndex>

// The reading pane: all authors, the tl;dr set apart, the abstract, and where the record came from.
// Built from model roles only; every field is HTML-escaped.
class DetailView : public SafeTextBrowser
{
    Q_OBJECT

public:
    explicit DetailView(QWidget *parent = nullptr);

    void setCurrentIndex(const QModelIndex &index);
    QModelIndex currentIndex() const { return m_index; }
    // What to say when no paper is selected.
    void setEmptyText(const QString &text);

    // The HTML shown for a paper (exposed for tests).
    QString html(const QModelIndex &index) const;

private:
    void refresh();

    QPersistentModelIndex m_index;
    QString m_emptyText;
};
