#include "facets/fieldfacetdock.h"

#include "facets/fieldfacetmodel.h"
#include "facets/fieldfacetpanel.h"
#include "facets/yearhistogram.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMainWindow>
#include <QSplitter>
#include <QVBoxLayout>

namespace {
const QString chipPrefix = QStringLiteral("field:");
constexpr std::array kKinds{FieldFacetIndex::Kind::Year, FieldFacetIndex::Kind::Category,
                            FieldFacetIndex::Kind::Venue, FieldFacetIndex::Kind::Keyword};
} // namespace

FieldFacetDock::FieldFacetDock(QMainWindow *window, QDockWidget *besides, QObject *parent) : QObject(parent)
{
    for (Kind kind : kKinds)
        m_models[size_t(kind)] = new FieldFacetModel(kind, this);
    auto *content = new QSplitter(Qt::Vertical);
    content->setObjectName(QStringLiteral("fieldFacets"));
    content->setChildrenCollapsible(false);
    content->setContentsMargins(4, 0, 2, 0);

    auto *yearSection = new QWidget;
    auto *yearLayout = new QVBoxLayout(yearSection);
    yearLayout->setContentsMargins(0, 0, 0, 0);
    auto *yearHeader = new QLabel(tr("Year"));
    QFont bold = yearHeader->font();
    bold.setBold(true);
    yearHeader->setFont(bold);
    m_years = new YearHistogram(model(Kind::Year));
    yearLayout->addWidget(yearHeader);
    yearLayout->addWidget(m_years);
    m_sections[size_t(Kind::Year)] = yearSection;
    content->addWidget(yearSection);
    connect(m_years, &YearHistogram::rangeRequested, this, [this](int first, int last) {
        FieldSelection next = model(Kind::Year)->selection();
        next.setYearRange(first, last);
        setSelection(Kind::Year, next);
    });
    connect(m_years, &YearHistogram::clearRequested, this, [this] { setSelection(Kind::Year, {}); });

    const std::pair<Kind, QString> lists[] = {
        {Kind::Category, tr("Category")}, {Kind::Venue, tr("Venue")}, {Kind::Keyword, tr("Keyword")}};
    for (const auto &[kind, title] : lists) {
        // A paper has one venue, so AND across venues would match nothing.
        auto *panel = new FieldFacetPanel(model(kind), title, kind != Kind::Venue);
        panel->setObjectName(QStringLiteral("fieldFacetPanel%1").arg(int(kind)));
        connect(panel, &FieldFacetPanel::selectionRequested, this,
                [this, k = kind](const FieldSelection &s) { setSelection(k, s); });
        connect(panel, &FieldFacetPanel::leaveRequested, this, &FieldFacetDock::leaveRequested);
        m_sections[size_t(kind)] = panel;
        content->addWidget(panel);
    }
    content->setStretchFactor(0, 0);
    m_dock = new QDockWidget(tr("Year, Category, Venue"), window);
    m_dock->setObjectName(QStringLiteral("fieldFacetDock"));
    m_dock->setWidget(content);
    m_dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    window->addDockWidget(Qt::LeftDockWidgetArea, m_dock);
    if (besides)
        window->splitDockWidget(besides, m_dock, Qt::Vertical);
    createActions(window);
    setCorpus(nullptr);
}

void FieldFacetDock::createActions(QMainWindow *window)
{
    QAction *toggle = m_dock->toggleViewAction();
    toggle->setText(tr("Show &Year, Category and Venue Panel"));
    toggle->setShortcut(Qt::Key_F10);
    QAction *years = new QAction(tr("Choose &Years…"), this);
    years->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_Y);
    connect(years, &QAction::triggered, this, [this] {
        m_dock->show();
        m_dock->raise();
        m_years->setFocus(Qt::ShortcutFocusReason);
    });
    QAction *categories = new QAction(tr("Filter &Categories…"), this);
    categories->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_G);
    connect(categories, &QAction::triggered, this, [this] {
        m_dock->show();
        m_dock->raise();
        panel(Kind::Category)->filterEdit()->setFocus(Qt::ShortcutFocusReason);
    });
    m_actions = {toggle, years, categories};
    window->addActions(m_actions);
}

QWidget *FieldFacetDock::focusTarget() const
{
    for (Kind kind : kKinds) {
        if (!m_sections[size_t(kind)]->isHidden())
            return kind == Kind::Year ? static_cast<QWidget *>(m_years) : static_cast<QWidget *>(panel(kind)->list());
    }
    return m_years;
}

FieldFacetPanel *FieldFacetDock::panel(Kind kind) const
{
    return kind == Kind::Year ? nullptr : static_cast<FieldFacetPanel *>(m_sections[size_t(kind)]);
}

void FieldFacetDock::setCorpus(const std::shared_ptr<const Corpus> &corpus)
{
    const bool hadData = hasData();
    for (Kind kind : kKinds) {
        model(kind)->setCorpus(corpus && corpus->hasMetadata() ? corpus : nullptr);
        m_sections[size_t(kind)]->setHidden(model(kind)->isEmpty());
    }
    const bool data = hasData();
    for (QAction *a : m_actions)
        a->setEnabled(data);
    if (!data)
        m_dock->hide();
    else if (!hadData)
        m_dock->show();
}

void FieldFacetDock::setResultRows(std::span<const quint32> rows)
{
    for (Kind kind : kKinds) {
        if (!model(kind)->isEmpty())
            model(kind)->setResultRows(rows);
    }
}

bool FieldFacetDock::hasData() const
{
    return std::any_of(m_models.begin(), m_models.end(), [](const FieldFacetModel *m) { return !m->isEmpty(); });
}

bool FieldFacetDock::isSelectionEmpty() const
{
    return std::all_of(m_models.begin(), m_models.end(),
                       [](const FieldFacetModel *m) { return m->selection().isEmpty(); });
}

void FieldFacetDock::narrow(std::vector<bool> &accepted) const
{
    for (const FieldFacetModel *m : m_models) {
        if (m->selection().isEmpty() || !m->facetIndex())
            continue;
        const std::vector<bool> rows = m->selection().acceptedRows(*m->facetIndex());
        for (size_t r = 0; r < accepted.size(); ++r)
            accepted[r] = accepted[r] && r < rows.size() && rows[r];
    }
}

QList<FilterChipBar::Chip> FieldFacetDock::chips() const
{
    QList<FilterChipBar::Chip> chips;
    for (Kind kind : kKinds) {
        for (const FieldSelection::Term &t : model(kind)->selection().terms()) {
            QString text = t.text;
            if (kind == Kind::Year)
                text = tr("year %1").arg(QString(text).replace(QLatin1String(".."), QStringLiteral("–")));
            const bool included = t.state == FieldSelection::State::Included;
            chips.append({chipPrefix + QString::number(int(kind)) + u':' + t.text,
                          included ? text : tr("not %1").arg(text),
                          included ? FilterChipBar::Kind::Include : FilterChipBar::Kind::Exclude});
        }
    }
    return chips;
}

bool FieldFacetDock::isChipKey(const QString &key)
{
    return key.startsWith(chipPrefix);
}

void FieldFacetDock::removeChip(const QString &key)
{
    const QString rest = key.mid(chipPrefix.size());
    const qsizetype colon = rest.indexOf(u':');
    const int kind = rest.first(std::max<qsizetype>(colon, 0)).toInt();
    if (colon < 0 || kind < 0 || kind > 3)
        return;
    FieldSelection next = model(Kind(kind))->selection();
    if (next.setState(rest.mid(colon + 1), FieldSelection::State::Off))
        setSelection(Kind(kind), next);
}

void FieldFacetDock::clear()
{
    bool changed = false;
    for (FieldFacetModel *m : m_models) {
        FieldSelection next = m->selection();
        if (next.clear()) {
            m->setSelection(next);
            changed = true;
        }
    }
    if (changed)
        emit selectionChanged();
}

bool FieldFacetDock::setSelection(Kind kind, const FieldSelection &selection)
{
    if (model(kind)->selection() == selection)
        return false;
    model(kind)->setSelection(selection);
    emit selectionChanged();
    return true;
}
