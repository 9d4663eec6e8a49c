#pragma once

#include "widgets/appearance.h"

#include <QList>
#include <QString>
#include <QWidget>

class QHBoxLayout;
class QToolButton;

// A row of removable chips, one per active filter (the text query, each included or excluded
// author, later a library scope), and a button that clears them all. The bar only shows chips;
// whoever owns the filters removes them when asked. Hidden while there are none.
class FilterChipBar : public QWidget
{
    Q_OBJECT

public:
    enum class Kind { Query, Include, Exclude, Scope };
    struct Chip
    {
        QString key; // how the owner recognises the filter, e.g. "query" or "author:17"
        QString text;
        Kind kind = Kind::Query;
        friend bool operator==(const Chip &, const Chip &) = default;
    };

    explicit FilterChipBar(QWidget *parent = nullptr);

    // The palette accent a chip of this kind is drawn in.
    static Appearance::Accent accentOf(Kind kind);

    void setChips(const QList<Chip> &chips);
    QList<Chip> chips() const { return m_chips; }
    // Asks for the last chip to be removed; false when there is none.
    bool removeLast();

signals:
    void removeRequested(const QString &key);
    void clearAllRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *createChip(const Chip &chip);

    QList<Chip> m_chips;
    QHBoxLayout *m_chipLayout;
    QToolButton *m_clearButton;
};
