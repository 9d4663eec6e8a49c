#pragma once

#include <QModelIndex>
#include <QString>

#include <functional>
#include <memory>

class SemanticSpace;
class SimilarityIndex;

// Builds the detail pane's HTML for one paper from model roles. Every piece of corpus text goes
// through render(), whose result must be HTML-safe; TeX is rendered around it unless showTexSource.
// Links use three schemes the pane handles itself: author:N, paper:ID, and web addresses (DOI and
// arXiv links go to https://doi.org/ and https://arxiv.org/abs/, opened by the system browser).
struct PaperHtml
{
    std::function<QString(const QString &plain)> render;
    bool showTexSource = false;
    // CSS colours (#rrggbb) from the window's palette: models do not link Qt Gui.
    QString tldrBackground = QStringLiteral("#f0f0f0");
    QString dimText = QStringLiteral("#808080"); // for the line numbers, ids and similarity notes
    std::shared_ptr<const SimilarityIndex> similarity; // null while it is being built
    int similarCount = 5;
    // The map's semantic space once it is ready (null before): similar papers and "More like these"
    // then re-order tf-idf's best matches by it (SemanticSpace), else tf-idf alone decides.
    std::shared_ptr<const SemanticSpace> space;

    QString paper(const QModelIndex &index) const;
    // One paper for triage, large and without distractions: the headline (the title, else the
    // headline), authors, year and venue, the tl;dr, the abstract and the library state.
    QString triage(const QModelIndex &index) const;
    // Several papers selected: their headlines, then "More like these" — the papers most like all
    // of them (SimilarityIndex::similarToAll), so a handful of good papers leads to more.
    QString selection(const QModelIndexList &rows) const;
    int moreLikeTheseCount = 10;

private:
    QString dim(const QString &html) const;
    QString corpusText(const QString &text) const;
    QString title(const QModelIndex &index) const;
    QString authors(const QModelIndex &index) const;
    QString published(const QModelIndex &index) const;
    QString subjects(const QModelIndex &index) const;
    QString links(const QModelIndex &index) const;
    QString library(const QModelIndex &index) const;
    QString meta(const QModelIndex &index) const;
    QString similar(const QModelIndex &index) const;
    // The space when it is of the similarity index's corpus, else null.
    const SemanticSpace *usableSpace() const;
    // The similarity index's corpus row of a shown paper, or -1 when the index is of another corpus.
    qsizetype similarityRow(const QModelIndex &index) const;
};
