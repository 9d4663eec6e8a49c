#pragma once

#include "facets/facetselection.h"

#include <QObject>

#include <memory>

class AuthorFacetModel;
class AuthorFacetPanel;
class CoauthorFacetModel;
class FilterChipBar;
class LibraryPanel;
class LibraryScopeProxyModel;
class PaperModel;
class QDockWidget;
class QLineEdit;
class QMainWindow;
class SearchController;

// Everything that narrows the paper list besides the text itself: the author facet (its dock, its
// menu, its row filter on the search), the library scope as a filter, and the chip bar that shows
// each active filter — the query, every included or excluded author, the scope — as a removable
// chip. Backspace in the empty search field removes the last chip; clearAll() removes every filter.
// It owns the author selection: every change comes here, is applied to the search and passed
// down to the facet's two models (counts and co-authors), whose panel only asks for changes.
class FilterController : public QObject
{
    Q_OBJECT

public:
    FilterController(QMainWindow *window, SearchController *search, PaperModel *papers, QLineEdit *searchEdit,
                     FilterChipBar *chipBar, LibraryScopeProxyModel *scope);

    AuthorFacetModel *facetModel() const { return m_facets; }
    CoauthorFacetModel *coauthorModel() const { return m_coauthors; }
    AuthorFacetPanel *facetPanel() const { return m_panel; }
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

    void removeFilter(const QString &key);
    void clearAll();

signals:
    // The set of filters changed (the status bar describes them).
    void filtersChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createDock(QMainWindow *window);
    void createMenu(QMainWindow *window);
    void applyAuthorFilter();
    void updateChips();

    SearchController *m_search;
    PaperModel *m_papers;
    QLineEdit *m_searchEdit;
    FilterChipBar *m_chipBar;
    LibraryScopeProxyModel *m_scope;
    LibraryPanel *m_libraryPanel = nullptr;
    FacetSelection m_selection;
    AuthorFacetModel *m_facets = nullptr;
    CoauthorFacetModel *m_coauthors = nullptr;
    AuthorFacetPanel *m_panel = nullptr;
    QDockWidget *m_dock = nullptr;
};
