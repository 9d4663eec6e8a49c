#pragma once

#include <QString>
#include <QStringList>

class QModelIndex;

// A paper as text for the clipboard: plain text, Markdown or a BibTeX entry.
namespace PaperExport {

struct Paper
{
    QString id;
    QStringList authors;
    QString tldr; // null when the paper has none
    QString abstract;
    QString headline;
    // Metadata where the format had it (null or 0 otherwise)
    QString title;
    int year = 0;
    QString venue;
    QString doi;
    QString arxiv;
};

QString plainText(const Paper &paper);
QString markdown(const Paper &paper);
QString bibTeX(const Paper &paper);

enum class Format { PlainText, Markdown, BibTeX, Id };
// The paper in one of the formats above (Id: the bare id, no newline).
QString text(const Paper &paper, Format format);
// The paper a PaperModel index (or a proxy of one) shows, read through its roles.
Paper fromIndex(const QModelIndex &index);

// True when every '}' closes an earlier '{' and none stays open (BibTeX fields need that).
bool bracesBalance(QStringView text);

} // namespace PaperExport
