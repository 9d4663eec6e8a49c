#include "search/paperdelegate.h"

#include "search/searchquery.h"

#include "widgets/appearance.h"
#include "corpus/papermodel.h"
#include "search/spannedtext.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

namespace {
QFont scaled(const QFont &base, qreal factor, QFont::Weight weight = QFont::Normal)
{
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() * factor);
    f.setWeight(weight);
    return f;
}

QFont labelFont(const QFont &base) { return scaled(base, 0.9); }
QFont chipFont(const QFont &base) { return scaled(base, 0.72, QFont::DemiBold); }
QFont bodyFont(const QFont &base) { return scaled(base, 0.9); }

QColor listColor(const QString &name)
{
    return QColor::fromHsv(int(qHash(name) % 360), 150, 200);
}

// Behind matched words: amber on a light list, a dark amber on a dark one, and on a selected row a
// shade of the highlight that keeps its text readable (darker under light text, lighter under dark).
QColor markColor(const QPalette &palette, bool selected)
{
    if (selected) {
        return palette.color(QPalette::HighlightedText).lightness() > 128 ? QColor(0, 0, 0, 80) : QColor(255, 255, 255, 90);
    }
    return Appearance::isDark(palette) ? QColor(150, 110, 0, 200) : QColor(255, 214, 80, 190);
}

constexpr int kMaxToolTipChars = 600;
} // namespace

struct PaperDelegate::Colors
{
    QColor text;
    QColor dim;
    QColor mark;
};

void PaperDelegate::setDensity(Density density)
{
    if (density == m_density)
        return;
    m_density = density;
    emit sizeHintChanged({});
}

QString PaperDelegate::densityName(Density density)
{
    switch (density) {
    case Density::Compact: return QStringLiteral("compact");
    case Density::Full: return QStringLiteral("full");
    case Density::Comfortable: break;
    }
    return QStringLiteral("comfortable");
}

PaperDelegate::Density PaperDelegate::densityFromName(const QString &name, Density fallback)
{
    for (Density d : {Density::Compact, Density::Comfortable, Density::Full}) {
        if (name == densityName(d))
            return d;
    }
    return fallback;
}

void PaperDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear(); // the style draws background, selection and focus; we draw the text
    opt.showDecorationSelected = true; // the whole card is selected, not an (empty) text rect
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = (opt.state & QStyle::State_Enabled) ? QPalette::Normal : QPalette::Disabled;
    Colors colors;
    colors.text = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    colors.dim = colors.text;
    colors.dim.setAlphaF(0.7f);
    colors.mark = markColor(opt.palette, selected);

    const QRect r = opt.rect.adjusted(kMargin, kMargin / 2, -kMargin, -kMargin / 2);
    const int labelHeight = QFontMetrics(labelFont(opt.font)).height();
    const int headHeight = headlineSpacing(opt.font) * headlineLines();
    painter->save();
    painter->setFont(opt.font);
    if (m_density == Density::Compact) {
        const int labelWidth = std::min(r.width() / 4, 220);
        QRect labelRect(r.left(), r.top(), labelWidth, r.height());
        paintLabelLine(painter, labelRect, index, colors, false);
        paintHeadline(painter, r.adjusted(labelWidth + kMargin, 0, 0, 0), index, colors, opt.font);
    } else {
        paintLabelLine(painter, QRect(r.left(), r.top(), r.width(), labelHeight), index, colors,
                       m_density == Density::Comfortable);
        paintHeadline(painter, QRect(r.left(), r.top() + labelHeight + 2, r.width(), headHeight), index, colors,
                      opt.font);
        if (m_density == Density::Full)
            paintBody(painter, r.adjusted(0, labelHeight + headHeight + 4, 0, 0), index, colors, opt.font);
    }
    painter->restore();
}

void PaperDelegate::paintBody(QPainter *painter, QRect rect, const QModelIndex &index, const Colors &colors,
                              const QFont &base) const
{
    const QFont body = bodyFont(base);
    const int lineHeight = QFontMetrics(body).lineSpacing();
    rect.setHeight(lineHeight * kFullAbstractLines);
    painter->setPen(colors.dim);
    const QString snippet = index.data(PaperRoles::SnippetRole).toString();
    if (!snippet.isEmpty()) {
        QList<int> spans = index.data(PaperRoles::SnippetMatchesRole).value<QList<int>>();
        const QString line = SpannedText::displayLine(snippet, &spans);
        SpannedText::drawLine(painter, QRect(rect.topLeft(), QSize(rect.width(), lineHeight)), line, spans, body,
                              colors.mark);
        rect.setTop(rect.top() + lineHeight);
    }
    const QString abstract = SpannedText::displayLine(index.data(PaperRoles::AbstractRole).toString());
    SpannedText::drawWrapped(painter, rect, abstract, {}, body, colors.mark, rect.height() / lineHeight);
}

void PaperDelegate::paintLabelLine(QPainter *painter, QRect rect, const QModelIndex &index, const Colors &colors,
                                   bool withSnippet) const
{
    const QFont lf = labelFont(painter->font());
    const QFontMetrics fm(lf);
    const QVariant bookmarked = index.data(PaperRoles::BookmarkedRole);
    if (bookmarked.isValid()) {
        const int starWidth = fm.horizontalAdvance(u'★') + 4;
        if (bookmarked.toBool()) {
            painter->setFont(lf);
            painter->setPen(QColor(230, 170, 0));
            painter->drawText(QRect(rect.left(), rect.top(), starWidth, rect.height()), Qt::AlignLeft | Qt::AlignVCenter,
                              QStringLiteral("★"));
        }
        rect.setLeft(rect.left() + starWidth);
    }
    rect.setRight(rect.right() - paintMarkers(painter, rect, index, lf));
    rect.setRight(rect.right() - paintBadges(painter, rect, index, colors, lf));
    QString label = labelText(index);
    painter->setFont(lf);
    painter->setPen(colors.dim);
    const QString snippet = withSnippet ? index.data(PaperRoles::SnippetRole).toString() : QString();
    if (snippet.isEmpty()) {
        painter->drawText(rect, Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(label, Qt::ElideRight, rect.width()));
        return;
    }
    // The snippet is there to show why the paper matched: it gets the larger share of the line.
    label = fm.elidedText(label, Qt::ElideRight, rect.width() * 2 / 5) + QStringLiteral(" — ");
    const int labelWidth = fm.horizontalAdvance(label);
    painter->drawText(rect, Qt::AlignLeft | Qt::AlignVCenter, label);
    QList<int> spans = index.data(PaperRoles::SnippetMatchesRole).value<QList<int>>();
    const QString line = SpannedText::displayLine(snippet, &spans);
    SpannedText::drawLine(painter, rect.adjusted(labelWidth, 0, 0, 0), line, spans, lf, colors.mark);
}

QColor PaperDelegate::highlightColor(const QPalette &palette)
{
    const QColor mark = markColor(palette, false);
    const QColor base = palette.color(QPalette::Base);
    const auto mix = [&](int m, int b) { return int(m * mark.alphaF() + b * (1 - mark.alphaF())); };
    return QColor(mix(mark.red(), base.red()), mix(mark.green(), base.green()), mix(mark.blue(), base.blue()));
}

QStringList PaperDelegate::badges(const QModelIndex &index)
{
    const int fields = index.data(PaperRoles::MatchedFieldsRole).toInt();
    QStringList out;
    const std::pair<int, const char *> names[] = {{SearchQuery::Authors, QT_TR_NOOP("authors")},
                                                  {SearchQuery::Title, QT_TR_NOOP("title")},
                                                  {SearchQuery::Tldr, QT_TR_NOOP("tl;dr")},
                                                  {SearchQuery::Abstract, QT_TR_NOOP("abstract")}};
    for (const auto &[bit, name] : names) {
        if (fields & bit)
            out << tr(name);
    }
    return out;
}

// Small outlined badges at the right of the label line naming the fields that matched; their width.
int PaperDelegate::paintBadges(QPainter *painter, const QRect &rect, const QModelIndex &index, const Colors &colors,
                               const QFont &font) const
{
    const QStringList names = badges(index);
    if (names.isEmpty())
        return 0;
    QFont small = font;
    small.setPointSizeF(font.pointSizeF() * 0.85);
    const QFontMetrics fm(small);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setFont(small);
    int right = rect.right();
    for (qsizetype i = names.size() - 1; i >= 0; --i) {
        const int w = fm.horizontalAdvance(names[i]) + 8;
        const QRect box(right - w, rect.center().y() - fm.height() / 2, w, fm.height());
        if (box.left() < rect.left() + rect.width() / 3)
            break; // the label keeps two thirds of the line
        QColor fill = colors.mark;
        painter->setPen(Qt::NoPen);
        painter->setBrush(fill);
        painter->drawRoundedRect(box, 3, 3);
        painter->setPen(colors.dim);
        painter->drawText(box, Qt::AlignCenter, names[i]);
        right = box.left() - 3;
    }
    painter->restore();
    return rect.right() - right + 3;
}

int PaperDelegate::paintMarkers(QPainter *painter, const QRect &rect, const QModelIndex &index, const QFont &font) const
{
    const QStringList lists = index.data(PaperRoles::ListsRole).toStringList();
    if (lists.isEmpty())
        return 0;
    const int d = QFontMetrics(font).height() / 2;
    const int shown = int(std::min<qsizetype>(lists.size(), 3));
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    for (int i = 0; i < shown; ++i) {
        painter->setBrush(listColor(lists.at(i)));
        painter->drawEllipse(QRect(rect.right() - (shown - i) * (d + 3) + 3, rect.center().y() - d / 2, d, d));
    }
    painter->restore();
    return shown * (d + 3) + 3;
}

void PaperDelegate::paintHeadline(QPainter *painter, QRect rect, const QModelIndex &index, const Colors &colors,
                                  const QFont &base) const
{
    const QFont chip = chipFont(base);
    const QFontMetrics cfm(chip);
    const QString mark = !index.data(PaperRoles::TitleRole).toString().isNull() ? tr("TITLE")
        : index.data(PaperRoles::HeadlineIsTldrRole).toBool()                 ? tr("TL;DR")
                                                                              : tr("ABS");
    const int lines = headlineLines();
    const int firstLineCenter = lines == 1 ? rect.center().y() : rect.top() + headlineSpacing(base) / 2;
    const QRect chipRect(rect.left(), firstLineCenter - cfm.height() / 2, cfm.horizontalAdvance(mark) + 6, cfm.height());
    painter->setFont(chip);
    painter->setPen(colors.dim);
    painter->drawRoundedRect(QRectF(chipRect).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
    painter->drawText(chipRect, Qt::AlignCenter, mark);
    const int indent = chipRect.width() + 6;

    const QVariant read = index.data(PaperRoles::ReadRole);
    QFont hf = base;
    hf.setWeight(!read.isValid() ? QFont::DemiBold : read.toBool() ? QFont::Normal : QFont::Bold);
    QList<int> spans = index.data(PaperRoles::HeadlineMatchesRole).value<QList<int>>();
    const QString headline = SpannedText::displayLine(index.data(PaperRoles::HeadlineRole).toString(), &spans);
    painter->setPen(read.isValid() && read.toBool() ? colors.dim : colors.text);
    if (lines == 1)
        SpannedText::drawLine(painter, rect.adjusted(indent, 0, 0, 0), headline, spans, hf, colors.mark);
    else
        SpannedText::drawWrapped(painter, rect, headline, spans, hf, colors.mark, lines, indent);
}

int PaperDelegate::headlineLines() const
{
    switch (m_density) {
    case Density::Compact: return 1;
    case Density::Full: return kFullHeadlineLines;
    case Density::Comfortable: break;
    }
    return kComfortableHeadlineLines;
}

int PaperDelegate::headlineSpacing(const QFont &base)
{
    QFont bold = base;
    bold.setWeight(QFont::Bold);
    return std::max(QFontMetrics(base).lineSpacing(), QFontMetrics(bold).lineSpacing());
}

QSize PaperDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QString key = option.font.key();
    if (key == m_cachedFontKey && m_density == m_cachedDensity && m_cachedSize.isValid())
        return m_cachedSize;
    const int label = QFontMetrics(labelFont(option.font)).height();
    const int head = headlineSpacing(option.font) * headlineLines();
    int h = 0;
    switch (m_density) {
    case Density::Compact: h = std::max(label, head) + kMargin; break;
    case Density::Comfortable: h = label + 2 + head + kMargin; break;
    case Density::Full:
        h = label + 2 + head + 2 + QFontMetrics(bodyFont(option.font)).lineSpacing() * kFullAbstractLines + kMargin;
        break;
    }
    m_cachedFontKey = key;
    m_cachedDensity = m_density;
    m_cachedSize = QSize(200, h);
    return m_cachedSize;
}

QString PaperDelegate::labelText(const QModelIndex &index)
{
    QStringList parts = {index.data(PaperRoles::AuthorLabelRole).toString()};
    if (const int year = index.data(PaperRoles::YearRole).toInt(); year > 0)
        parts << QString::number(year);
    if (const QString venue = index.data(PaperRoles::VenueRole).toString(); !venue.isEmpty())
        parts << venue;
    if (index.data(PaperRoles::TruncatedRole).toBool())
        parts << tr("truncated");
    return parts.join(QStringLiteral(" · "));
}

QString PaperDelegate::toolTipText(const QModelIndex &index)
{
    QString authors = index.data(PaperRoles::AuthorsRole).toStringList().join(QStringLiteral(", "));
    if (authors.size() > kMaxToolTipChars)
        authors = authors.left(kMaxToolTipChars) + u'…';
    QString text = SpannedText::displayLine(index.data(PaperRoles::HeadlineRole).toString()) + u'\n' + authors;
    const QStringList lists = index.data(PaperRoles::ListsRole).toStringList();
    if (!lists.isEmpty())
        text += u'\n' + tr("In: %1").arg(lists.join(QStringLiteral(", ")));
    return text;
}

bool PaperDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                              const QModelIndex &index)
{
    if (event->type() != QEvent::ToolTip || !index.isValid())
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    // Tooltips render rich text when it looks like HTML; escaped, corpus text can only show literally.
    const QString html = QStringLiteral("<p style='white-space:pre-wrap'>%1</p>").arg(toolTipText(index).toHtmlEscaped());
    QToolTip::showText(event->globalPos(), html, view);
    return true;
}
