#pragma once

#include <QObject>

#include <memory>

class Corpus;
class DetailView;
class QAbstractItemView;
class QLineEdit;
class ResultsPipeline;
class SimilarityBuilder;

// The detail pane's similar papers: their index built off the GUI thread for each corpus (the pane
// says so until it is ready), and a click on one selects that paper in the list — clearing the
// query first when the query hides it.
class SimilarPapers : public QObject
{
    Q_OBJECT

public:
    SimilarPapers(DetailView *detail, ResultsPipeline *pipeline, QLineEdit *searchEdit, QAbstractItemView *list);

    void build(const std::shared_ptr<const Corpus> &corpus);
    void open(const QString &id);

private:
    DetailView *m_detail;
    ResultsPipeline *m_pipeline;
    QLineEdit *m_searchEdit;
    QAbstractItemView *m_list;
    SimilarityBuilder *m_builder;
};
