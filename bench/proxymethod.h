#pragma once

#include "benchmethod.h"
#include "corpus/corpus.h"

#include <QAbstractListModel>
#include <QSortFilterProxyModel>

// Baseline (a): what a first Qt implementation would do. A list model holding each paper's
// authors + tl;dr + abstract as one QString, under a QSortFilterProxyModel with a case-insensitive
// fixed-string filter; per keystroke setFilterFixedString() and rowCount().
class ProxyMethod : public BenchMethod
{
public:
    explicit ProxyMethod(const Corpus &corpus);
    QString name() const override { return QStringLiteral("QSortFilterProxyModel"); }
    qint64 run(const QString &keystroke) override;

    static constexpr int kVisibleRows = 20;

private:
    class TextModel : public QAbstractListModel
    {
    public:
        explicit TextModel(QStringList texts) : m_texts(std::move(texts)) { }
        int rowCount(const QModelIndex &parent = {}) const override
        {
            return parent.isValid() ? 0 : int(m_texts.size());
        }
        QVariant data(const QModelIndex &index, int role) const override
        {
            return role == Qt::DisplayRole && index.isValid() ? QVariant(m_texts.at(index.row())) : QVariant();
        }

    private:
        QStringList m_texts;
    };

    TextModel m_model;
    QSortFilterProxyModel m_proxy;
};
