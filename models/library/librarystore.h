#pragma once

#include "library/librarychange.h"
#include "library/savedview.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <functional>

class Corpus;

// The user's library on disk: bookmarks, read state and named reading lists with order and notes,
// in one SQLite file whose path is injected. Every public action is one immediate transaction, so
// a returned `true` means the change is committed. All of the library's SQL lives in this class
// (and its schema helper); nothing above it sees a query.
class LibraryStore : public QObject
{
    Q_OBJECT

public:
    static constexpr int kSchemaVersion = 4;

    enum class Error { None, CannotOpen, NotADatabase, Corrupt, NewerSchema, ReadOnly, Query, NoSuchList, Invalid };
    enum class OpenMode { ReadWrite, ReadOnly };

    // A paper as the library remembers it: its stable id and a copy of what identifies it to a
    // reader, so lists survive papers missing from the open corpus.
    struct Paper
    {
        QString id;
        QString authorLabel;
        QString headline;
        bool operator==(const Paper &) const = default;
    };

    struct Entry
    {
        Paper paper;
        QString note;
        QDateTime added; // UTC
        bool read = false;
        bool operator==(const Entry &) const = default;
    };

    struct ListInfo
    {
        QString name;
        int count = 0;
        bool operator==(const ListInfo &) const = default;
    };

    // $SKIMMER_LIBRARY when set, else AppDataLocation/library.sqlite.
    static QString defaultPath();
    // The paper at row of corpus, as the library remembers it.
    static Paper paperFrom(const Corpus &corpus, qsizetype row);

    explicit LibraryStore(QObject *parent = nullptr);
    ~LibraryStore() override;

    // Opens (creating when missing) the library at path. A file that is not an SQLite database,
    // fails PRAGMA integrity_check or has a newer schema is refused with a clear errorString()
    // and left byte-for-byte untouched; so is a path that is empty or not a regular file. Older
    // schemas are migrated forward. One that cannot be written opens read-only, with notice().
    bool open(const QString &path, OpenMode mode = OpenMode::ReadWrite);
    void close();
    bool isOpen() const;
    bool isReadOnly() const { return m_readOnly; }
    // Why a library asked for read-write was opened read-only (its file or folder cannot be
    // written), for a notice; empty otherwise.
    QString notice() const { return m_notice; }
    QString path() const { return m_path; }
    Error error() const { return m_error; }
    QString errorString() const { return m_errorString; }
    int schemaVersion() const;
    bool integrityCheck(QString *detail = nullptr) const;
    // What SQLite says went wrong, without the Qt driver's suffix ("Unable to fetch row").
    static QString sqlReason(const QSqlError &error);
    // SQLite result codes of permission and read-only problems, which are not damage.
    static bool isReadOnlyProblem(int sqliteCode);

    // For tests and exports: the clock that stamps "added" dates (default: now, UTC).
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    // Bookmarks
    bool setBookmarked(const QList<Paper> &papers, bool bookmarked);
    bool isBookmarked(const QString &id) const;
    QSet<QString> bookmarkedIds() const;
    QList<Entry> bookmarks() const; // oldest first

    // Read state
    bool setRead(const QStringList &ids, bool read);
    bool isRead(const QString &id) const;
    QSet<QString> readIds() const;

    // Reading lists, named case-insensitively unique
    QList<ListInfo> lists() const; // sorted by name
    bool hasList(const QString &name) const;
    QString canonicalListName(const QString &name) const; // the stored spelling, or null
    bool createList(const QString &name);
    bool renameList(const QString &name, const QString &newName);
    bool deleteList(const QString &name);
    // Restores a deleted list exactly (undo of deleteList).
    bool restoreList(const QString &name, const QList<Entry> &entries);
    // Appends the papers not already in the list (creating it when new); *added gets how many.
    bool addToList(const QString &name, const QList<Paper> &papers, int *added = nullptr);
    bool removeFromList(const QString &name, const QStringList &ids);
    // Puts entries back at their positions (undo of removeFromList).
    bool insertIntoList(const QString &name, const QList<QPair<int, Entry>> &positioned);
    bool moveInList(const QString &name, const QString &id, int newPosition);
    // Puts the list in exactly this order; ids must be the list's papers, each once.
    bool setOrder(const QString &name, const QStringList &ids);
    bool setNote(const QString &name, const QString &id, const QString &note);
    QList<Entry> entries(const QString &name) const; // in the list's order
    QStringList listsContaining(const QString &id) const;
    // For every paper in any list, the names of its lists (sorted): one query for views.
    QHash<QString, QStringList> listsByPaper() const;

    // "Not relevant" votes for a list (or kBookmarksName): the negatives of "more like this list".
    bool setNotRelevant(const QString &name, const QList<Paper> &papers, bool notRelevant);
    QStringList notRelevant(const QString &name) const; // paper ids, oldest vote first

    // Merges a list as exported (name, entries in order): appends missing entries, fills notes
    // that are empty here, marks read what was read. Importing the same data twice changes nothing.
    // "Bookmarks" (kBookmarksName) merges into the bookmarks. *added gets how many entries were new.
    bool mergeList(const QString &name, const QList<Entry> &entries, int *added = nullptr);
    static inline const QString kBookmarksName = QStringLiteral("Bookmarks");

    // Saved views (SavedView), in the user's order, named case-insensitively unique.
    QList<SavedView> views() const;
    bool hasView(const QString &name) const;
    // Adds a new view at position (clamped; -1 appends); its name must be free.
    bool insertView(const SavedView &view, int position = -1);
    // Replaces the state of the view called view.name, which keeps its place.
    bool updateView(const SavedView &view);
    bool renameView(const QString &name, const QString &newName);
    bool moveView(const QString &name, int newPosition);
    bool deleteView(const QString &name);
    // Appends the views whose names are free (an import: the same views twice change nothing);
    // *added gets how many were new.
    bool mergeViews(const QList<SavedView> &views, int *added = nullptr);

    // True (and emits changed()) when another connection committed since the last call.
    bool checkForExternalChanges();

    // Copies the open library to dir as a verified backup (it counts only once it opens and passes
    // integrity_check) and deletes the oldest verified backups beyond keep. Returns the new file.
    QString makeBackup(const QString &dir, int keep);

signals:
    // Emitted after every committed change made here, and by checkForExternalChanges().
    void changed();
    // Emitted just before changed(): which papers the change touched (everything for another
    // instance's change, whose details are unknown).
    void papersChanged(const LibraryChange &change);

private:
    friend class LibrarySchema;
    bool fail(Error error, const QString &message);
    bool connectTo(const QString &path, bool immutable = false);

    bool begin();
    bool commit();
    bool rollback(const QString &why);
    bool exec(const QString &sql, const QVariantList &values = {}, QVariantList *firstRow = nullptr);
    QList<QVariantList> select(const QString &sql, const QVariantList &values = {}) const;
    QSet<QString> idSet(const QString &sql) const;
    bool requireWritable();
    qint64 listId(const QString &name) const;
    qint64 voteListId(const QString &name) const; // 0 for the bookmarks
    // Starts a transaction on an existing list: its id, or -1 (rolled back, error set).
    qint64 beginOnList(const QString &name);
    bool upsertPaper(const Paper &paper);
    // Appends at *next (the list's size, read once per transaction by nextPosition()) when new.
    bool appendEntry(qint64 list, const Entry &entry, int *next, bool *inserted);
    int nextPosition(qint64 list);
    void markListed(const QStringList &ids);
    QStringList order(qint64 list) const;
    bool writeOrder(qint64 list, const QStringList &ids);
    bool checkNewName(const QString &name, qint64 except);
    qint64 ensureList(const QString &name);
    QList<Entry> entriesWhere(const QString &from, const QVariantList &values) const;
    qint64 dataVersion() const;
    qint64 viewId(const QString &name) const;
    bool checkNewViewName(const QString &name, qint64 except);
    bool writeViewOrder(const QList<qint64> &ids);
    QString now() const;

    QString m_connection;
    QHash<QString, QSqlQuery> m_statements; // prepared once, reused
    QString m_path;
    bool m_readOnly = false;
    Error m_error = Error::None;
    QString m_errorString;
    QString m_notice;
    int m_sqliteCode = 0; // of the last failed statement
    qint64 m_dataVersion = -1;
    LibraryChange m_pending; // what the open transaction touched
    std::function<QDateTime()> m_clock;
};
