#pragma once

#include <QHash>
#include <QIdentityProxyModel>
#include <QPointer>
#include <QSet>
#include <QStringList>

struct LibraryChange;

class LibraryStore;
class PaperRowLookup;

// Adds the user's library to any paper model: fills BookmarkedRole, ReadRole, ListsRole and NoteRole
// (PaperModel's roles) from a LibraryStore, matching rows by PaperRoles::IdRole. The store is read
// once into memory; then each change updates only the papers it touched (LibraryChange) and emits
// dataChanged for exactly the rows and roles that differ, never a reset. Another instance's change
// (whose details are unknown) re-reads everything and still announces only the differences.
// A source that is a PaperRowLookup (PaperModel, SearchResultsModel) finds a paper's row in O(1);
// any other is indexed by id once per change of its rows.
class LibraryDecorationModel : public QIdentityProxyModel
{
    Q_OBJECT

public:
    explicit LibraryDecorationModel(QObject *parent = nullptr);

    void setStore(LibraryStore *store);
    LibraryStore *store() const { return m_store; }
    // The list whose entry notes NoteRole shows (null: none).
    void setNoteList(const QString &name);
    QString noteList() const { return m_noteList; }

    void setSourceModel(QAbstractItemModel *source) override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // Papers can be dragged onto a reading list: the drag carries their ids.
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;

    // Re-reads the store and announces what changed.
    void refresh();
    // Applies one committed change: only the papers it names are looked at.
    void apply(const LibraryChange &change);

private:
    struct State
    {
        QSet<QString> bookmarked;
        QSet<QString> read;
        QHash<QString, QStringList> lists;
        QHash<QString, QString> notes;
    };
    State load() const;
    int rowOf(const QString &id) const;
    void announce(const QSet<QString> &ids, int role);
    void announce(const QString &id, int role);
    void applyFlags(const QHash<QString, bool> &now, QSet<QString> &state, int role);
    void applyLists(const QSet<QString> &ids);
    void reloadNotes();

    QPointer<LibraryStore> m_store;
    QString m_noteList;
    State m_state;
    const PaperRowLookup *m_lookup = nullptr; // the source's own row lookup, when it has one
    mutable QHash<QString, int> m_rowById; // built lazily for other sources
    mutable bool m_rowByIdValid = false;
};
