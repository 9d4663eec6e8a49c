#pragma once

#include "facets/authorlistmodel.h"

#include <memory>

// The author facet's co-author view: while it is enabled and the passed-down selection includes
// exactly one author (the subject), it lists that author's co-authors over the whole corpus with
// the number of papers they share, the subject left out; the result rows do not change it. It
// lists as AuthorListModel lists (pins, bound, filter text) and is empty without a subject.
class CoauthorFacetModel : public AuthorListModel
{
    Q_OBJECT

public:
    explicit CoauthorFacetModel(QObject *parent = nullptr);
    ~CoauthorFacetModel() override;

    // The counts model's index (AuthorFacetModel::sharedAuthorIndex()); resets the list.
    void setAuthorIndex(std::shared_ptr<const AuthorIndex> index);
    void setEnabled(bool on);
    bool isEnabled() const { return m_enabled; }
    // The author whose co-authors are listed, or -1 when there is none.
    qint64 subject() const;

signals:
    // subject() changed.
    void subjectChanged();

protected:
    void onSelectionChanged() override;
    bool hasCounts() const override { return m_countedSubject >= 0; }
    qint64 unlistedAuthor() const override { return m_countedSubject; }
    QString countText(int count) const override;

private:
    void update();

    bool m_enabled = false;
    qint64 m_countedSubject = -1; // the subject the counter counted for
};
