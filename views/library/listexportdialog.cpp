#include "library/listexportdialog.h"

#include "library/librarystore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QVBoxLayout>

namespace {

struct FormatChoice
{
    const char *label;
    LibraryExporter::Format format;
    const char *suffix;
};

constexpr FormatChoice kFormats[] = {
    {QT_TRANSLATE_NOOP("ListExportDialog", "Markdown"), LibraryExporter::Format::Markdown, "md"},
    {QT_TRANSLATE_NOOP("ListExportDialog", "CSV"), LibraryExporter::Format::Csv, "csv"},
    {QT_TRANSLATE_NOOP("ListExportDialog", "JSON (can be imported again)"), LibraryExporter::Format::Json, "json"},
    {QT_TRANSLATE_NOOP("ListExportDialog", "BibTeX"), LibraryExporter::Format::Bibtex, "bib"},
};

} // namespace

ListExportDialog::ListExportDialog(const LibraryStore *store, std::shared_ptr<const Corpus> corpus,
                                   const QString &preferredList, const QString &directory, QWidget *parent)
    : QDialog(parent), m_store(store), m_corpus(std::move(corpus)), m_directory(directory), m_list(new QComboBox(this)),
      m_format(new QComboBox(this)), m_path(new QLineEdit(this)), m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("listExportDialog"));
    setWindowTitle(tr("Export List"));
    m_list->setObjectName(QStringLiteral("exportListCombo"));
    m_format->setObjectName(QStringLiteral("exportFormatCombo"));
    m_path->setObjectName(QStringLiteral("exportPathEdit"));
    m_error->setObjectName(QStringLiteral("exportErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText); // paths and store messages are never HTML
    m_error->hide();
    for (const auto &l : store->lists())
        m_list->addItem(l.name);
    m_list->addItem(LibraryStore::kBookmarksName);
    m_list->setCurrentIndex(std::max(0, m_list->findText(store->canonicalListName(preferredList))));
    for (const auto &f : kFormats)
        m_format->addItem(tr(f.label), QString::fromLatin1(f.suffix));

    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("exportBrowseButton"));
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("&List:"), m_list);
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("F&ile:"), pathRow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &ListExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ListExportDialog::reject);
    connect(browse, &QPushButton::clicked, this, &ListExportDialog::browse);
    connect(m_path, &QLineEdit::textEdited, this, [this] { m_pathTyped = true; });
    connect(m_list, &QComboBox::currentIndexChanged, this, &ListExportDialog::updatePath);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ListExportDialog::updatePath);
    updatePath();
    m_list->setFocus();
}

QString ListExportDialog::path() const
{
    return m_path->text().trimmed();
}

LibraryExporter::Format ListExportDialog::format() const
{
    return kFormats[std::clamp(m_format->currentIndex(), 0, int(std::size(kFormats)) - 1)].format;
}

void ListExportDialog::updatePath()
{
    m_error->hide();
    if (m_pathTyped)
        return;
    // A file name from the list name, without the characters file systems refuse.
    QString base = m_list->currentText();
    base.replace(QRegularExpression(QStringLiteral(R"([\\/:*?"<>|]+)")), QStringLiteral("-"));
    m_path->setText(QDir(m_directory).filePath(base + QLatin1Char('.') + m_format->currentData().toString()));
}

void ListExportDialog::browse()
{
    // Qt's own dialog: the same on every desktop, and drivable by tests.
    QFileDialog dialog(this, tr("Export List"), path());
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setObjectName(QStringLiteral("exportFileDialog"));
    if (dialog.exec() == QDialog::Accepted && !dialog.selectedFiles().isEmpty()) {
        m_path->setText(dialog.selectedFiles().constFirst());
        m_pathTyped = true;
        m_replaceConfirmed = m_path->text(); // the file dialog already asked about replacing
    }
}

void ListExportDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->show();
    m_path->setFocus();
}

void ListExportDialog::accept()
{
    const QString file = path();
    LibraryExporter::Document document;
    if (file.isEmpty())
        return showError(tr("Choose a file to export to."));
    if (!LibraryExporter::documentFor(*m_store, m_list->currentText(), &document))
        return showError(tr("There is no list named “%1” any more.").arg(m_list->currentText()));
    if (QFileInfo::exists(file) && m_replaceConfirmed != file) {
        m_replaceConfirmed = file;
        return showError(tr("“%1” already exists. Press Export again to replace it.").arg(file));
    }
    // QSaveFile: a failed write leaves any existing file as it was.
    const QByteArray bytes = LibraryExporter::format(document, format(), m_corpus.get());
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
        return showError(tr("Cannot write “%1”: %2").arg(file, out.errorString()));
    emit exported(file, document.name);
    QDialog::accept();
}
