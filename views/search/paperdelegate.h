#pragma once

#include <QStyledItemDelegate>

// Paints a paper as a card: author label with year and venue, the headline (title, tl;dr or first
// sentence, marked which; wrapped to a few lines but in the compact density) with
// search matches highlighted, the search snippet, the star, read/unread style, reading-list markers
// and a "truncated" mark. Three densities; every row of one density has the same height.
class PaperDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    enum class Density { Compact, Comfortable, Full };
    Q_ENUM(Density)

    using QStyledItemDelegate::QStyledItemDelegate;

    Density density() const { return m_density; }
    // Emits sizeHintChanged() so views lay their rows out again.
    void setDensity(Density density);
    // "compact", "comfortable", "full": the values stored under the view/density setting.
    static QString densityName(Density density);
    static Density densityFromName(const QString &name, Density fallback = Density::Comfortable);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

    // The tooltip text for a paper: plain text (the caller escapes it before showing).
    static QString toolTipText(const QModelIndex &index);
    // The dim line above the headline: authors, then year and venue where known.
    static QString labelText(const QModelIndex &index);
    // The badges naming the fields the query matched ("authors", "title", "tl;dr", "abstract").
    static QStringList badges(const QModelIndex &index);
    // The colour behind matched words on an unselected card, opaque over the palette's base, for
    // the detail pane to highlight with the same colour.
    static QColor highlightColor(const QPalette &palette);

private:
    struct Colors;
    void paintLabelLine(QPainter *painter, QRect rect, const QModelIndex &index, const Colors &colors,
                        bool withSnippet) const;
    void paintHeadline(QPainter *painter, QRect rect, const QModelIndex &index, const Colors &colors,
                       const QFont &base) const;
    void paintBody(QPainter *painter, QRect rect, const QModelIndex &index, const Colors &colors,
                   const QFont &base) const;
    // Lines a headline wraps to in the current density, and the height of one.
    int headlineLines() const;
    static int headlineSpacing(const QFont &base);
    int paintMarkers(QPainter *painter, const QRect &rect, const QModelIndex &index, const QFont &font) const;
    int paintBadges(QPainter *painter, const QRect &rect, const QModelIndex &index, const Colors &colors,
                    const QFont &font) const;

    static constexpr int kMargin = 6;
    static constexpr int kFullAbstractLines = 3;
    // A typical headline (100–150 characters) reads whole at the default window size.
    static constexpr int kComfortableHeadlineLines = 3;
    static constexpr int kFullHeadlineLines = 2;
    Density m_density = Density::Comfortable;
    mutable QString m_cachedFontKey;
    mutable Density m_cachedDensity = Density::Comfortable;
    mutable QSize m_cachedSize;
};
