#pragma once

#include "library/libraryexporter.h"

#include <QDialog>

#include <memory>

class Corpus;
class LibraryStore;
class QComboBox;
class QLabel;
class QLineEdit;

// Library ▸ Export List…: which list, which format, which file. The file is written byte for byte as
// `skimmer --export-list` writes it (LibraryExporter over the open corpus). The path follows the list
// and the format until the user types one; a failed write or an existing file keeps the dialog open
// with its choices, so nothing typed is lost and no file is replaced unasked.
class ListExportDialog : public QDialog
{
    Q_OBJECT

public:
    ListExportDialog(const LibraryStore *store, std::shared_ptr<const Corpus> corpus, const QString &preferredList,
                     const QString &directory, QWidget *parent = nullptr);

    QString path() const;
    void accept() override;

signals:
    void exported(const QString &path, const QString &list);

private:
    LibraryExporter::Format format() const;
    void updatePath();
    void browse();
    void showError(const QString &text);

    const LibraryStore *m_store;
    std::shared_ptr<const Corpus> m_corpus;
    QString m_directory;
    QComboBox *m_list;
    QComboBox *m_format;
    QLineEdit *m_path;
    QLabel *m_error;
    bool m_pathTyped = false;
    QString m_replaceConfirmed; // the existing file the user agreed to replace (second Export)
};
