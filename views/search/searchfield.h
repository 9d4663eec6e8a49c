#pragma once

#include <QLineEdit>

// The search field on top of the window ("searchEdit"): its placeholder and tooltip teach the query
// language; the text goes to the SearchController as typed.
class SearchField : public QLineEdit
{
    Q_OBJECT

public:
    explicit SearchField(QWidget *parent = nullptr);
};
