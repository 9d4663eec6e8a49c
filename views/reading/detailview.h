#pragma once

#include "corpus/paperexport.h"

#include <QList>
#include <QPersistentModelIndex>
#include <QWidget>

#include <functional>
#include <memory>

class QAction;
class QToolBar;
class SafeTextBrowser;
class SemanticSpace;
class SimilarityIndex;
struct PaperHtml;

// The reading pane: a tool bar (star, read, add to list, copy, TeX source) over a SafeTextBrowser
// showing all authors (links), the tl;dr set apart, the abstract with TeX rendered, the library
// state, where the record came from, and similar papers. Built from model roles only.
class DetailView : public QWidget
{
    Q_OBJECT

public:
    // Turns plain corpus text into HTML; must escape everything it does not mark up.
    using TextRenderer = std::function<QString(const QString &plain)>;

    explicit DetailView(QWidget *parent = nullptr);
    ~DetailView() override;

    void setCurrentIndex(const QModelIndex &index);
    // The list's selected rows: with two or more the pane shows them and "More like these".
    void setSelection(const QModelIndexList &rows);
    bool showsSelection() const { return m_selection.size() >= 2; }
    QModelIndex currentIndex() const { return m_index; }
    // What to say when no paper is selected.
    void setEmptyText(const QString &text);
    // Every piece of corpus text shown goes through this (default: HTML-escape), e.g. to highlight matches.
    void setTextRenderer(TextRenderer renderer);
    void setSimilarityIndex(std::shared_ptr<const SimilarityIndex> index);
    std::shared_ptr<const SimilarityIndex> similarityIndex() const { return m_similarity; }
    // The map's semantic space (null: tf-idf alone). Used from the next paper or selection shown, so
    // the similar papers on screen never reorder under the reader; null takes effect at once.
    void setSemanticSpace(std::shared_ptr<const SemanticSpace> space);
    // True when the shown lists use the space: it is adopted and its self-check picked the blend.
    bool usesSemanticSpace() const;
    bool showsTexSource() const;
    void setShowTexSource(bool raw);
    // The toolbar's "TeX Source" toggle, for the window's View menu (disabled without a paper).
    QAction *texSourceAction() const { return m_texSourceAction; }

    // The HTML shown for a paper, and what the pane shows now as plain text (for tests).
    QString html(const QModelIndex &index) const;
    QString selectionHtml() const;
    QString toPlainText() const;
    SafeTextBrowser *browser() const { return m_browser; }
    // Resource loads the browser refused (corpus HTML naming files); for tests and diagnostics.
    int refusedResources() const;

    QAction *bookmarkAction() const { return m_bookmarkAction; }
    QAction *readAction() const { return m_readAction; }
    QAction *addToListAction() const { return m_addToListAction; }

signals:
    void authorActivated(const QString &name);
    void paperActivated(const QString &id);
    void bookmarkToggleRequested();
    void readToggleRequested();
    void addToListRequested();

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void connectNotify(const QMetaMethod &signal) override;
    void disconnectNotify(const QMetaMethod &signal) override;

private:
    PaperHtml htmlBuilder() const; // PaperHtml with this pane's renderer, palette and index
    void createToolBar();
    void refresh();
    void updateActions();
    void openLink(const QUrl &url);
    void copyAs(PaperExport::Format format);
    void watchModel(const QAbstractItemModel *model);

    QPersistentModelIndex m_index;
    QList<QPersistentModelIndex> m_selection;
    QString m_emptyText;
    int m_measure = 0; // the widest line, in pixels
    TextRenderer m_renderer;
    std::shared_ptr<const SimilarityIndex> m_similarity;
    std::shared_ptr<const SemanticSpace> m_space;        // what the pane's lists use
    std::shared_ptr<const SemanticSpace> m_pendingSpace; // arrived while a paper was shown
    void adoptPendingSpace();
    SafeTextBrowser *m_browser = nullptr;
    QToolBar *m_toolBar = nullptr;
    QAction *m_bookmarkAction = nullptr;
    QAction *m_readAction = nullptr;
    QAction *m_addToListAction = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_texSourceAction = nullptr;
    QMetaObject::Connection m_modelConnection;
};
