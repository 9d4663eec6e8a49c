#pragma once

#include "facets/facetselection.h"
#include "search/searchquery.h"

#include <QObject>

#include <functional>
#include <memory>
#include <vector>

class AuthorFacetModel;
class AuthorFacetPanel;
class CoauthorFacetModel;
class FieldFacetDock;
class FilterChipBar;
class LibraryPanel;
class PaperModel;
class QDockWidget;
class QLineEdit;
class QMainWindow;
class QMenu;
class ResultsPipeline;

// Everything that narrows the paper list besides the text itself: the author facet (its dock, its
// menu, the rows its selection lets through, handed to the pipeline's search as a RowSet), the
// library scope as a filter, and the chip bar that shows
// each active filter — the query, every included or excluded author, the scope — as a removable
// chip. Backspace in the empty search field removes the last chip; clearAll() removes every filter.
// It owns the author selection: every change comes here, is applied to the search and passed
// down to the facet's two models (counts and co-authors), whose panel only asks for changes.
class FilterController : public QObject
{
    Q_OBJECT

public:
    // Fills menu (the window's Facets menu) and docks the authors panel in window.
    FilterController(QMainWindow *window, QMenu *menu, ResultsPipeline *pipeline, QLineEdit *searchEdit,
                     FilterChipBar *chipBar);

    AuthorFacetModel *facetModel() const { return m_facets; }
    CoauthorFacetModel *coauthorModel() const { return m_coauthors; }
    AuthorFacetPanel *facetPanel() const { return m_panel; }
    // The year, category, venue and keyword facets (hidden for a corpus without those fields).
    FieldFacetDock *fieldFacets() const { return m_fields; }
    // The library's panel owns the scope choice; removing the scope chip goes through it.
    void setLibraryPanel(LibraryPanel *panel) { m_libraryPanel = panel; }
    // Call before the new corpus reaches the search: facet ids must match the rows it reports.
    void setCorpus(const std::shared_ptr<const Corpus> &corpus);
    const FacetSelection &selection() const { return m_selection; }
    // Applies a new author selection; false when it is the current one.
    bool setSelection(const FacetSelection &selection);
    // Adds an author (as written in the corpus) to the selection and shows the panel.
    bool includeAuthor(const QString &name);
    // The author filter in words, for the status bar ("by Sergey Levine, not …"); empty without one.
    QString describeAuthors() const;

    // The active filters besides the query, as the chip bar names them ("list “queue”", "Sergey Levine").
    QStringList narrowingFilters() const;

    // Narrows to the papers of a region (one flag per corpus row), shown as the chip "region: N
    // papers" until removed; a new region replaces the old one.
    void setRegion(std::vector<bool> inside, int count);
    bool hasRegion() const { return !m_region.empty(); }
    // Names a cluster:L.N term's cluster for its chip (the map's label); empty when there is no
    // such cluster, *ready false while no map is ready. Without one, chips name the term's ids.
    using ClusterNamer = std::function<QString(int level, int id, bool *ready)>;
    void setClusterNamer(ClusterNamer namer) { m_clusterNamer = std::move(namer); }
    void updateChips();

    void removeFilter(const QString &key);
    void clearAll();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

    // A library term's chip: "in “to read”", "not starred".
    static QString termLabel(const SearchQuery::Phrase &term, bool excluded);

private:
    void createDock(QMainWindow *window);
    void createMenu(QMainWindow *window, QMenu *menu);
    void applyAuthorFilter();
    QString clusterLabel(const SearchQuery::Phrase &term, bool excluded) const;

    ResultsPipeline *m_pipeline;
    PaperModel *m_papers;
    QLineEdit *m_searchEdit;
    FilterChipBar *m_chipBar;
    LibraryPanel *m_libraryPanel = nullptr;
    FacetSelection m_selection;
    AuthorFacetModel *m_facets = nullptr;
    CoauthorFacetModel *m_coauthors = nullptr;
    AuthorFacetPanel *m_panel = nullptr;
    QDockWidget *m_dock = nullptr;
    FieldFacetDock *m_fields = nullptr;
    std::vector<bool> m_region; // empty: no region
    int m_regionCount = 0;
    ClusterNamer m_clusterNamer;
};
