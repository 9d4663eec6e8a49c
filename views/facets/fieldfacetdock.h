#pragma once

#include "facets/fieldselection.h"
#include "facets/filterchipbar.h"

#include <QObject>

#include <array>
#include <memory>
#include <span>

class Corpus;
class FieldFacetModel;
class FieldFacetPanel;
class QDockWidget;
class QMainWindow;
class QMenu;
class QWidget;
class YearHistogram;

// The metadata facets' dock: the year strip and the category, venue and keyword lists, each with
// its model of live counts and its selection. A facet whose field the open corpus lacks is hidden,
// and the whole dock with its menu entry when none has data (the shipped corpus shows as before).
// It owns the four selections; FilterController asks it for the rows they accept, their chips,
// and to drop a chip's term. Keys of its chips start with "field:".
class FieldFacetDock : public QObject
{
    Q_OBJECT

public:
    using Kind = FieldFacetIndex::Kind;
    FieldFacetDock(QMainWindow *window, QDockWidget *besides, QObject *parent = nullptr);

    QDockWidget *dock() const { return m_dock; }
    QWidget *focusTarget() const;
    FieldFacetModel *model(Kind kind) const { return m_models[size_t(kind)]; }
    YearHistogram *yearStrip() const { return m_years; }
    FieldFacetPanel *panel(Kind kind) const;
    // The actions for the Facets menu (show the dock, go to the years or the categories).
    QList<QAction *> actions() const { return m_actions; }

    void setCorpus(const std::shared_ptr<const Corpus> &corpus);
    void setResultRows(std::span<const quint32> rows);
    bool hasData() const;
    bool isSelectionEmpty() const;
    // ANDs the rows every facet's selection accepts into accepted (one bit per corpus row).
    void narrow(std::vector<bool> &accepted) const;
    QList<FilterChipBar::Chip> chips() const;
    static bool isChipKey(const QString &key);
    void removeChip(const QString &key);
    void clear();
    bool setSelection(Kind kind, const FieldSelection &selection);

signals:
    void selectionChanged();
    void leaveRequested();

private:
    void createActions(QMainWindow *window);

    std::array<FieldFacetModel *, 4> m_models{};
    std::array<QWidget *, 4> m_sections{};
    YearHistogram *m_years = nullptr;
    QDockWidget *m_dock = nullptr;
    QList<QAction *> m_actions;
};
