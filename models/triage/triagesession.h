#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QStringList>

// A triage pass over a list of papers (ids, in the order they are shown), one at a time: the
// cursor, the decision taken on each paper (kept, skipped, voted not relevant), the papers starred
// and filed during the pass, and the steps in the order they were taken so the last one can be
// undone (its paper becomes current again). Knows nothing of the library: the caller applies each
// step to the store and tells the session what it did. Screen-free.
class TriageSession : public QObject
{
    Q_OBJECT

public:
    enum class Decision { None, Kept, Skipped, NotRelevant };
    enum class Kind { Decide, Star, File };

    // One step taken, what undo needs to put the session back.
    struct Step
    {
        Kind kind = Kind::Decide;
        QString id;
        qsizetype position = -1;           // where the cursor was
        Decision before = Decision::None;  // the paper's decision before a Decide step
        Decision after = Decision::None;
        bool starredBefore = false;        // a Star step: the star as it was and became
        bool starredAfter = false;
        int undoIndex = -1;                // the caller's undo stack index after applying it (-1: nothing to undo there)
    };

    explicit TriageSession(QObject *parent = nullptr);

    // Starts a new pass over ids (duplicates dropped) at position; forgets every decision and step.
    void start(const QStringList &ids, qsizetype position = 0);
    // The same papers in another order: decisions and steps stay; the cursor goes to the first
    // paper without a decision (or stays on the current paper when every paper has one).
    void setOrder(const QStringList &ids);
    QStringList ids() const { return m_ids; }
    qsizetype count() const { return m_ids.size(); }
    qsizetype position() const { return m_position; } // -1 when empty
    QString currentId() const;
    bool isEmpty() const { return m_ids.isEmpty(); }

    bool next();
    bool previous();
    bool setPosition(qsizetype position);

    Decision decision(const QString &id) const { return m_decisions.value(id, Decision::None); }
    bool isStarred(const QString &id) const { return m_starred.contains(id); }
    int keptCount() const { return m_counts[int(Decision::Kept)]; }
    int skippedCount() const { return m_counts[int(Decision::Skipped)]; }
    int notRelevantCount() const { return m_counts[int(Decision::NotRelevant)]; }
    int decidedCount() const { return keptCount() + skippedCount() + notRelevantCount(); }
    int starredCount() const { return int(m_starred.size()); }
    int filedCount() const { return m_filed; }

    // Records a decision on the current paper and moves to the next one (stays on the last).
    void decide(Decision decision, int undoIndex = -1);
    // Records that the current paper was starred (or unstarred); the cursor stays.
    void recordStar(bool starredBefore, bool starredAfter, int undoIndex = -1);
    // Records that the current paper was added to another list; the cursor stays.
    void recordFiled(int undoIndex = -1);

    bool canUndo() const { return !m_steps.isEmpty(); }
    const QList<Step> &steps() const { return m_steps; }
    // Takes the last step back: its paper's decision (or star, or filing) as before, the cursor on it.
    Step undo();

signals:
    void changed();

private:
    void setDecision(const QString &id, Decision decision);
    Step stepHere(Kind kind) const; // a step on the current paper

    QStringList m_ids;
    qsizetype m_position = -1;
    QHash<QString, Decision> m_decisions;
    int m_counts[4] = {};
    QSet<QString> m_starred;
    int m_filed = 0;
    QList<Step> m_steps;
};
