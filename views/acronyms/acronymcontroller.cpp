#include "acronyms/acronymcontroller.h"

#include "acronyms/acronymbuilder.h"
#include "acronyms/acronymtable.h"
#include "corpus/papermodel.h"
#include "search/searchcontroller.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QToolButton>

AcronymController::AcronymController(QWidget *window, QMenu *menu, PaperModel *papers, SearchController *search)
    : QObject(window), m_search(search), m_builder(new AcronymBuilder(this))
{
    m_action = menu->addAction(tr("E&xpand Acronyms in Searches"));
    m_action->setObjectName(QStringLiteral("acronymAction"));
    m_action->setCheckable(true);
    m_action->setChecked(QSettings().value(QLatin1String(kSettingsKey), true).toBool());
    m_action->setToolTip(tr("A known acronym also finds its expansion (GNN: graph neural network), and the other way round"));
    connect(m_action, &QAction::toggled, this, &AcronymController::setEnabled);

    m_hint = new QWidget;
    m_hint->setObjectName(QStringLiteral("acronymHint"));
    auto *layout = new QHBoxLayout(m_hint);
    layout->setContentsMargins(2, 0, 2, 0);
    m_label = new QLabel;
    m_label->setObjectName(QStringLiteral("acronymHintLabel"));
    m_label->setTextFormat(Qt::PlainText); // words from the corpus
    m_label->setForegroundRole(QPalette::PlaceholderText);
    m_remove = new QToolButton;
    m_remove->setObjectName(QStringLiteral("acronymHintRemove"));
    m_remove->setText(QStringLiteral("×"));
    m_remove->setAutoRaise(true);
    m_remove->setToolTip(tr("Stop expanding acronyms (View ▸ Expand Acronyms in Searches turns it on again)"));
    m_remove->setAccessibleName(tr("Stop expanding acronyms"));
    connect(m_remove, &QToolButton::clicked, m_action, [this] { m_action->setChecked(false); });
    layout->addWidget(m_label);
    layout->addWidget(m_remove);
    layout->addStretch(1);
    m_hint->hide();

    connect(m_builder, &AcronymBuilder::ready, this, &AcronymController::setTable);
    connect(papers, &PaperModel::corpusChanged, this, [this, papers] {
        setTable(nullptr); // the old corpus's acronyms are not this one's
        m_builder->build(papers->corpus());
    });
    connect(m_search, &SearchController::expansionNotesChanged, this, &AcronymController::updateHint);
    if (papers->corpus())
        m_builder->build(papers->corpus());
}

AcronymController::~AcronymController() = default;

bool AcronymController::isEnabled() const
{
    return m_action->isChecked();
}

void AcronymController::setTable(std::shared_ptr<const AcronymTable> table)
{
    m_table = std::move(table);
    apply();
}

void AcronymController::setEnabled(bool on)
{
    QSettings().setValue(QLatin1String(kSettingsKey), on);
    apply();
}

void AcronymController::apply()
{
    m_search->setQueryExpander(isEnabled() ? m_table : nullptr);
    updateHint();
}

void AcronymController::updateHint()
{
    const QStringList notes = m_search->expansionNotes();
    m_label->setText(tr("also: %1").arg(notes.join(tr(", "))));
    m_hint->setVisible(!notes.isEmpty());
}
