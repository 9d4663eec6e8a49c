#pragma once

#include "facets/fieldselection.h"

#include <QWidget>

class FieldFacetModel;
class QLabel;
class QLineEdit;
class QListView;
class QToolButton;

// One flat or two-level metadata facet (category, venue, keyword): a header, a filter field and
// the values of the shown papers with their counts. Space or Enter includes the current value,
// Shift+Enter excludes it, Delete clears it; a click cycles include → exclude → off; Down in the
// filter field enters the list, Esc leaves the panel. With allowModes, a button switches AND/ANY.
// Changes are asked for (selectionRequested); the owner applies them and passes them down.
class FieldFacetPanel : public QWidget
{
    Q_OBJECT

public:
    FieldFacetPanel(FieldFacetModel *model, const QString &title, bool allowModes, QWidget *parent = nullptr);

    QLineEdit *filterEdit() const { return m_filterEdit; }
    QListView *list() const { return m_list; }
    void setCurrentState(FieldSelection::State state);

signals:
    void selectionRequested(const FieldSelection &selection);
    void leaveRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateHeader();

    FieldFacetModel *m_model;
    QString m_title;
    QLabel *m_header;
    QLineEdit *m_filterEdit;
    QListView *m_list;
    QToolButton *m_modeButton = nullptr;
    QString m_lastCurrent; // the term under the list's cursor, kept across recounts
};
