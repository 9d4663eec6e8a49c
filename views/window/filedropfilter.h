#pragma once

#include <QObject>

// Lets a widget accept one local file dropped onto it (from a file manager); emits fileDropped().
class FileDropFilter : public QObject
{
    Q_OBJECT

public:
    explicit FileDropFilter(QWidget *target);

signals:
    void fileDropped(const QString &path);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};
