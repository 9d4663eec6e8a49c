#include "library/listnamecompleter.h"

#include "library/librarylistsmodel.h"

#include <QAbstractItemView>
#include <QLineEdit>

ListNameCompleter::ListNameCompleter(QLineEdit *field, QAbstractItemModel *lists)
    : QCompleter(lists, field), m_field(field)
{
    setObjectName(QStringLiteral("listNameCompleter"));
    setCompletionRole(LibraryListsModel::NameRole);
    setCaseSensitivity(Qt::CaseInsensitive);
    setFilterMode(Qt::MatchStartsWith);
    setCompletionMode(QCompleter::PopupCompletion);
    setWidget(field);
    popup()->setObjectName(QStringLiteral("listNamePopup"));
    popup()->setAccessibleName(tr("Reading lists"));
    connect(field, &QLineEdit::textEdited, this, &ListNameCompleter::textEdited);
    connect(this, qOverload<const QString &>(&QCompleter::activated), this, &ListNameCompleter::insertName);
}

qsizetype ListNameCompleter::nameStart(const QString &text, qsizetype cursor)
{
    // The word under the cursor: back to the last space outside quotes.
    qsizetype start = cursor;
    bool quoted = false;
    for (qsizetype i = 0; i < cursor; ++i) {
        if (text[i] == u'"')
            quoted = !quoted;
        else if (text[i].isSpace() && !quoted)
            start = i + 1;
    }
    QStringView word = QStringView(text).mid(start, cursor - start);
    while (word.startsWith(u'-')) {
        word = word.mid(1);
        ++start;
    }
    if (!word.startsWith(QLatin1String("list:"), Qt::CaseInsensitive))
        return -1;
    return start + 5;
}

void ListNameCompleter::textEdited(const QString &text)
{
    const qsizetype start = nameStart(text, m_field->cursorPosition());
    if (start < 0) {
        popup()->hide();
        return;
    }
    QString typed = text.mid(start, m_field->cursorPosition() - start);
    if (typed.startsWith(u'"'))
        typed.remove(0, 1);
    setCompletionPrefix(typed);
    if (completionCount() == 0) {
        popup()->hide();
        return;
    }
    complete();
}

void ListNameCompleter::insertName(const QString &name)
{
    const QString text = m_field->text();
    const qsizetype cursor = m_field->cursorPosition();
    const qsizetype start = nameStart(text, cursor);
    if (start < 0)
        return;
    const QString quoted = name.contains(u' ') || name.contains(u'"') ? u'"' + QString(name).remove(u'"') + u'"' : name;
    m_field->setText(text.left(start) + quoted + text.mid(cursor));
    m_field->setCursorPosition(int(start + quoted.size()));
}
