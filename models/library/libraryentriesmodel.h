#pragma once

#include "library/librarystore.h"
#include "corpus/papermodel.h"

#include <QAbstractListModel>
#include <QPointer>

#include <memory>

// One reading list's entries in the list's order, with notes, read state and whether the paper is
// in the open corpus (an entry whose paper is missing keeps its copied label and is never dropped).
// Shares PaperModel's role numbers where they mean the same, so the paper delegate can paint it.
class LibraryEntriesModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = PaperRoles::IdRole,
        AuthorLabelRole = PaperRoles::AuthorLabelRole,
        HeadlineRole = PaperRoles::HeadlineRole,
        CorpusIndexRole = PaperRoles::CorpusIndexRole, // -1 when not in the open corpus
        BookmarkedRole = PaperRoles::BookmarkedRole,
        ReadRole = PaperRoles::ReadRole,
        NoteRole = PaperRoles::NoteRole,
        InCorpusRole = Qt::UserRole + 300,
        AddedRole,
    };
    Q_ENUM(Role)

    explicit LibraryEntriesModel(QObject *parent = nullptr);

    void setStore(LibraryStore *store);
    void setList(const QString &name);
    QString list() const { return m_list; }
    void setCorpus(std::shared_ptr<const Corpus> corpus);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Re-reads the list and announces the difference as row removals, moves, insertions and
    // dataChanged, never a reset, so selection and scroll position survive.
    void refresh();

private:
    void removeMissing(const QList<LibraryStore::Entry> &next);
    void arrangeLike(const QList<LibraryStore::Entry> &next);

    QPointer<LibraryStore> m_store;
    QString m_list;
    std::shared_ptr<const Corpus> m_corpus;
    QList<LibraryStore::Entry> m_entries;
};
