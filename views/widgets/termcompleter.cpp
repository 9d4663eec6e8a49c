#include "widgets/termcompleter.h"

#include <QAbstractItemView>
#include <QLineEdit>

TermCompleter::TermCompleter(QLineEdit *field, QAbstractItemModel *values, const QString &keyword, int matchRole,
                             int valueRole, Qt::MatchFlags filterMode)
    : QCompleter(values, field), m_field(field), m_prefix(keyword + u':'), m_valueRole(valueRole)
{
    setObjectName(keyword + QStringLiteral("Completer"));
    setCompletionRole(matchRole);
    setCaseSensitivity(Qt::CaseInsensitive);
    setFilterMode(filterMode);
    setCompletionMode(QCompleter::PopupCompletion);
    setWidget(field);
    popup()->setObjectName(keyword + QStringLiteral("Popup"));
    connect(field, &QLineEdit::textEdited, this, &TermCompleter::textEdited);
    connect(this, qOverload<const QModelIndex &>(&QCompleter::activated), this, &TermCompleter::insertValue);
}

qsizetype TermCompleter::valueStart(const QString &text, qsizetype cursor, const QString &keyword)
{
    // The word under the cursor: back to the last space outside quotes, or the start of the text.
    qsizetype start = 0;
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
    if (!word.startsWith(keyword, Qt::CaseInsensitive) || !word.mid(keyword.size()).startsWith(u':'))
        return -1;
    return start + keyword.size() + 1;
}

void TermCompleter::textEdited(const QString &text)
{
    const qsizetype start = valueStart(text, m_field->cursorPosition(), m_prefix.chopped(1));
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

void TermCompleter::insertValue(const QModelIndex &index)
{
    const QString value = index.data(m_valueRole).toString();
    const QString text = m_field->text();
    const qsizetype cursor = m_field->cursorPosition();
    const qsizetype start = valueStart(text, cursor, m_prefix.chopped(1));
    if (start < 0 || value.isEmpty())
        return;
    const QString quoted = value.contains(u' ') || value.contains(u'"') ? u'"' + QString(value).remove(u'"') + u'"' : value;
    m_field->setText(text.left(start) + quoted + text.mid(cursor));
    m_field->setCursorPosition(int(start + quoted.size()));
}
