#pragma once

#include <QAbstractItemModel>
#include <QStringList>

// A model's whole state as one string, so a single QCOMPARE shows every row (KDE's
// test_model_helpers.h does the same): rows joined by '|', the roles of one row by ',', a string
// list's items by '+'.
namespace ModelRows {

inline QString value(const QModelIndex &index, int role)
{
    const QVariant v = index.data(role);
    return v.userType() == QMetaType::QStringList ? v.toStringList().join(QLatin1Char('+')) : v.toString();
}

inline QString flatten(const QAbstractItemModel &model, const QList<int> &roles)
{
    QStringList rows;
    for (int r = 0; r < model.rowCount(); ++r) {
        QStringList values;
        for (int role : roles)
            values << value(model.index(r, 0), role);
        rows << values.join(QLatin1Char(','));
    }
    return rows.join(QLatin1Char('|'));
}

inline QString flatten(const QAbstractItemModel &model, int role = Qt::DisplayRole)
{
    return flatten(model, QList<int>{role});
}

} // namespace ModelRows
