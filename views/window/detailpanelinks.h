#pragma once

#include <QObject>

#include <memory>

class Corpus;
class DetailView;
class FilterController;
class LibraryController;
class QAbstractItemView;
class QLineEdit;
class ResultsPipeline;
class SimilarityBuilder;

// What the detail pane's links and buttons do in the window: its similar papers (their index built
// off the GUI thread for each corpus; a click selects that paper in the list, clearing the query
// first when the query hides it), its author links (they join the facet selection) and its star,
// read and add-to-list buttons (the library's commands).
class DetailPaneLinks : public QObject
{
    Q_OBJECT

public:
    DetailPaneLinks(DetailView *detail, ResultsPipeline *pipeline, QLineEdit *searchEdit, QAbstractItemView *list);
    void connectCommands(LibraryController *library, FilterController *filters);

    void build(const std::shared_ptr<const Corpus> &corpus);
    void open(const QString &id);
    // Builds the similar-papers index; its ready() also feeds the Like sort.
    SimilarityBuilder *similarityBuilder() const { return m_builder; }

private:
    DetailView *m_detail;
    ResultsPipeline *m_pipeline;
    QLineEdit *m_searchEdit;
    QAbstractItemView *m_list;
    SimilarityBuilder *m_builder;
    FilterController *m_filters = nullptr;
};
