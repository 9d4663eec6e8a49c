#include "reading/detailview.h"

#include "widgets/appearance.h"
#include "text/logging.h"
#include "reading/paperhtml.h"
#include "search/semanticspace.h"
#include "corpus/papermodel.h"
#include "widgets/safetextbrowser.h"

#include <QAction>
#include <QClipboard>
#include <QDesktopServices>
#include <QElapsedTimer>
#include <QEvent>
#include <QGuiApplication>
#include <QMenu>
#include <QMetaMethod>
#include <QToolBar>
#include <QToolButton>
#include <QScrollBar>
#include <QVBoxLayout>

namespace {
constexpr int kMeasureColumns = 80; // a comfortable line length for reading
} // namespace

DetailView::DetailView(QWidget *parent)
    : QWidget(parent), m_renderer([](const QString &plain) { return plain.toHtmlEscaped(); })
{
    setObjectName(QStringLiteral("detailView"));
    setAccessibleName(tr("Paper details"));
    m_browser = new SafeTextBrowser;
    m_browser->setObjectName(QStringLiteral("detailBrowser"));
    m_browser->setAccessibleName(tr("Abstract and details"));
    m_browser->document()->setDocumentMargin(16);
    QFont reading = m_browser->font();
    reading.setPointSizeF(reading.pointSizeF() * 1.1);
    m_browser->document()->setDefaultFont(reading);
    m_browser->setLineWrapMode(QTextEdit::FixedPixelWidth);
    m_measure = QFontMetrics(reading).averageCharWidth() * kMeasureColumns;
    m_browser->setLineWrapColumnOrWidth(m_measure);
    m_browser->document()->setDefaultStyleSheet(QStringLiteral("a { text-decoration: none; }"));
    createToolBar();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_browser, 1);
    setFocusProxy(m_browser);
    connect(m_browser, &QTextBrowser::anchorClicked, this, &DetailView::openLink);
    m_emptyText = tr("Select a paper to read its abstract; from the search field, ↓ or Enter opens the best match.");
    refresh();
}

DetailView::~DetailView() = default;

void DetailView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Lines stop at a comfortable measure, and wrap earlier in a narrow pane rather than scroll sideways.
    const int available = width() - 2 * m_browser->frameWidth() - m_browser->verticalScrollBar()->sizeHint().width();
    m_browser->setLineWrapColumnOrWidth(std::max(100, std::min(m_measure, available)));
}

void DetailView::createToolBar()
{
    m_toolBar = new QToolBar;
    m_toolBar->setObjectName(QStringLiteral("detailToolBar"));
    m_toolBar->setAccessibleName(tr("Paper actions"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_bookmarkAction = m_toolBar->addAction(QStringLiteral("★ ") + tr("Star"), this, &DetailView::bookmarkToggleRequested);
    m_bookmarkAction->setObjectName(QStringLiteral("bookmarkAction"));
    m_readAction = m_toolBar->addAction(tr("Read"), this, &DetailView::readToggleRequested);
    m_readAction->setObjectName(QStringLiteral("readAction"));
    m_addToListAction = m_toolBar->addAction(tr("Add to List…"), this, &DetailView::addToListRequested);
    m_addToListAction->setObjectName(QStringLiteral("addToListAction"));
    for (QAction *a : {m_bookmarkAction, m_readAction})
        a->setCheckable(true);

    auto *copyMenu = new QMenu(this);
    using Format = PaperExport::Format;
    const std::pair<QString, Format> formats[] = {{tr("Copy as Plain Text"), Format::PlainText},
                                                  {tr("Copy as Markdown"), Format::Markdown},
                                                  {tr("Copy as BibTeX"), Format::BibTeX},
                                                  {tr("Copy Paper Id"), Format::Id}};
    for (const auto &[label, format] : formats)
        copyMenu->addAction(label, this, [this, format = format] { copyAs(format); });
    m_copyAction = m_toolBar->addAction(tr("Copy"), this, [this] { copyAs(Format::PlainText); });
    m_copyAction->setObjectName(QStringLiteral("copyAction"));
    m_copyAction->setMenu(copyMenu);
    if (auto *button = qobject_cast<QToolButton *>(m_toolBar->widgetForAction(m_copyAction)))
        button->setPopupMode(QToolButton::MenuButtonPopup);

    m_toolBar->addSeparator();
    m_texSourceAction = m_toolBar->addAction(tr("TeX Source"), this, [this] { refresh(); });
    m_texSourceAction->setObjectName(QStringLiteral("texSourceAction"));
    m_texSourceAction->setCheckable(true);
    m_texSourceAction->setToolTip(tr("Show the abstract as written, without rendering its TeX"));
    updateActions();
}

void DetailView::setCurrentIndex(const QModelIndex &index)
{
    watchModel(index.model());
    if (QPersistentModelIndex(index) != m_index)
        adoptPendingSpace();
    m_index = index;
    refresh();
}

void DetailView::setSelection(const QModelIndexList &rows)
{
    const bool wasShown = showsSelection();
    const QList<QPersistentModelIndex> before = m_selection;
    m_selection.clear();
    for (const QModelIndex &index : rows)
        m_selection.append(index);
    if (m_selection != before)
        adoptPendingSpace();
    if (wasShown || showsSelection())
        refresh();
}

void DetailView::watchModel(const QAbstractItemModel *model)
{
    if (model == m_index.model())
        return;
    disconnect(m_modelConnection);
    if (!model)
        return;
    // Library changes (star, read, lists) arrive as dataChanged for the row.
    m_modelConnection = connect(model, &QAbstractItemModel::dataChanged, this,
                                [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                                    if (m_index.isValid() && m_index.row() >= topLeft.row()
                                        && m_index.row() <= bottomRight.row())
                                        refresh();
                                });
}

void DetailView::setEmptyText(const QString &text)
{
    m_emptyText = text;
    refresh();
}

void DetailView::setTextRenderer(TextRenderer renderer)
{
    m_renderer = renderer ? std::move(renderer) : [](const QString &plain) { return plain.toHtmlEscaped(); };
    refresh();
}

void DetailView::setSimilarityIndex(std::shared_ptr<const SimilarityIndex> index)
{
    m_similarity = std::move(index);
    adoptPendingSpace(); // no list was on screen yet
    refresh();
}

void DetailView::setSemanticSpace(std::shared_ptr<const SemanticSpace> space)
{
    if (!space || !m_similarity || (!m_index.isValid() && !showsSelection())) { // nothing listed yet
        m_pendingSpace = nullptr;
        const bool changed = m_space != space;
        m_space = std::move(space);
        if (changed)
            refresh();
        return;
    }
    m_pendingSpace = std::move(space);
}

bool DetailView::usesSemanticSpace() const
{
    return m_space && m_space->blends();
}

void DetailView::adoptPendingSpace()
{
    if (m_pendingSpace)
        m_space = std::move(m_pendingSpace);
    m_pendingSpace = nullptr;
}

bool DetailView::showsTexSource() const
{
    return m_texSourceAction->isChecked();
}

void DetailView::setShowTexSource(bool raw)
{
    m_texSourceAction->setChecked(raw);
    refresh();
}

QString DetailView::html(const QModelIndex &index) const
{
    return htmlBuilder().paper(index);
}

PaperHtml DetailView::htmlBuilder() const
{
    PaperHtml builder;
    builder.render = m_renderer;
    builder.showTexSource = showsTexSource();
    builder.tldrBackground = palette().color(QPalette::AlternateBase).name();
    builder.dimText = Appearance::dimText(palette()).name();
    builder.similarity = m_similarity;
    builder.space = m_space;
    return builder;
}

QString DetailView::selectionHtml() const
{
    QModelIndexList rows;
    for (const QPersistentModelIndex &index : m_selection)
        if (index.isValid())
            rows.append(index);
    return htmlBuilder().selection(rows);
}

int DetailView::refusedResources() const
{
    return m_browser->refusedResources();
}

QString DetailView::toPlainText() const
{
    return m_browser->toPlainText();
}

void DetailView::refresh()
{
    updateActions();
    if (!showsSelection() && !m_index.isValid()) {
        m_browser->setHtml(QStringLiteral("<p style='color:%1'>%2</p>")
                               .arg(Appearance::dimText(palette()).name(), m_emptyText.toHtmlEscaped()));
        return;
    }
    QElapsedTimer timer;
    timer.start();
    m_browser->setHtml(showsSelection() ? selectionHtml() : html(m_index));
    qCDebug(lcUi) << "detail pane shown in" << timer.elapsed() << "ms";
}

void DetailView::updateActions()
{
    const bool hasPaper = m_index.isValid();
    const std::tuple<QAction *, QMetaMethod, QVariant, QString> actions[] = {
        {m_bookmarkAction, QMetaMethod::fromSignal(&DetailView::bookmarkToggleRequested),
         m_index.data(PaperRoles::BookmarkedRole), tr("Star or unstar this paper")},
        {m_readAction, QMetaMethod::fromSignal(&DetailView::readToggleRequested), m_index.data(PaperRoles::ReadRole),
         tr("Mark this paper read or unread")},
        {m_addToListAction, QMetaMethod::fromSignal(&DetailView::addToListRequested), QVariant(),
         tr("Add this paper to a reading list")},
    };
    for (const auto &[action, signal, state, help] : actions) {
        const bool connected = isSignalConnected(signal);
        action->setEnabled(hasPaper && connected);
        action->setToolTip(connected ? help : tr("Needs the library (not available yet)"));
        if (action->isCheckable())
            action->setChecked(state.toBool());
    }
    m_copyAction->setEnabled(hasPaper);
    if (m_texSourceAction)
        m_texSourceAction->setEnabled(hasPaper); // nothing to show the source of
}

void DetailView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // The HTML carries colours taken from the palette (tl;dr box, dim text): build it again.
    if (event->type() == QEvent::PaletteChange)
        refresh();
}

void DetailView::connectNotify(const QMetaMethod &)
{
    if (m_toolBar)
        QMetaObject::invokeMethod(this, &DetailView::updateActions, Qt::QueuedConnection);
}

void DetailView::disconnectNotify(const QMetaMethod &)
{
    if (m_toolBar)
        QMetaObject::invokeMethod(this, &DetailView::updateActions, Qt::QueuedConnection);
}

void DetailView::openLink(const QUrl &url)
{
    const QString scheme = url.scheme();
    if (scheme == QLatin1String("author")) {
        const QStringList authors = m_index.data(PaperRoles::AuthorsRole).toStringList();
        bool ok = false;
        const int i = url.path().toInt(&ok);
        if (ok && i >= 0 && i < authors.size())
            emit authorActivated(authors.at(i));
    } else if (scheme == QLatin1String("paper")) {
        emit paperActivated(url.path());
    } else if (scheme == QLatin1String("https") || scheme == QLatin1String("http")) {
        QDesktopServices::openUrl(url); // the system browser; Skimmer itself opens no connection
    } else {
        qCWarning(lcUi) << "refused to open link" << url.toString().left(200);
    }
}

void DetailView::copyAs(PaperExport::Format format)
{
    if (m_index.isValid())
        QGuiApplication::clipboard()->setText(PaperExport::text(PaperExport::fromIndex(m_index), format));
}
