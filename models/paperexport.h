#pragma once

#include <QString>
#include <QStringList>

// A paper as text for the clipboard: plain text, Markdown or a BibTeX entry.
namespace PaperExport {

struct Paper
{
    QString id;
    QStringList authors;
    QString tldr; // null when the paper has none
    QString abstract;
    QString headline;
};

QString plainText(const Paper &paper);
QString markdown(const Paper &paper);
QString bibTeX(const Paper &paper);

// True when every '}' closes an earlier '{' and none stays open (BibTeX fields need that).
bool bracesBalance(QStringView text);

} // namespace PaperExport
