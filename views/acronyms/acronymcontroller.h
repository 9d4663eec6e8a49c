#pragma once

#include <QObject>

#include <memory>

class AcronymBuilder;
class AcronymTable;
class PaperModel;
class QAction;
class QLabel;
class QMenu;
class QToolButton;
class QWidget;
class SearchController;

// Acronym expansion in the window: mines the corpus's acronyms after each load (AcronymBuilder),
// hands the table to the search controller while View ▸ Expand Acronyms is on (kept in the
// settings), and shows what a query also matches ("also: graph neural network") in a hint whose ×
// turns the expansion off. Off, queries run as typed.
class AcronymController : public QObject
{
    Q_OBJECT

public:
    static constexpr const char *kSettingsKey = "search/expandAcronyms";

    AcronymController(QWidget *window, QMenu *menu, PaperModel *papers, SearchController *search);
    ~AcronymController() override;

    QWidget *hint() const { return m_hint; }
    QAction *toggleAction() const { return m_action; }
    bool isEnabled() const;
    std::shared_ptr<const AcronymTable> table() const { return m_table; }

private:
    void setTable(std::shared_ptr<const AcronymTable> table);
    void setEnabled(bool on);
    void apply();
    void updateHint();

    SearchController *m_search;
    AcronymBuilder *m_builder;
    std::shared_ptr<const AcronymTable> m_table;
    QAction *m_action;
    QWidget *m_hint;
    QLabel *m_label;
    QToolButton *m_remove;
};
