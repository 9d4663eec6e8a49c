#include "search/searchhistoryrecorder.h"

#include "search/searchhistory.h"

#include <QLineEdit>
#include <QTimer>

SearchHistoryRecorder::SearchHistoryRecorder(QLineEdit *field, SearchHistory *history, std::function<int()> resultCount)
    : QObject(field), m_field(field), m_history(history), m_resultCount(std::move(resultCount)), m_dwell(new QTimer(this))
{
    m_dwell->setObjectName(QStringLiteral("searchDwellTimer"));
    m_dwell->setSingleShot(true);
    m_dwell->setInterval(1500);
    connect(m_dwell, &QTimer::timeout, this, [this] {
        // Looked at only while the window is in front and the results show something.
        if (m_field->window()->isActiveWindow() && m_resultCount() > 0)
            record(m_field->text());
    });
    connect(field, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.trimmed().isEmpty()) {
            m_dwell->stop();
            m_lastRecorded.clear(); // what comes next is a new search
        } else {
            m_dwell->start();
        }
    });
    connect(field, &QLineEdit::editingFinished, this, &SearchHistoryRecorder::commit); // Enter, focus out
}

void SearchHistoryRecorder::setDwellMs(int ms)
{
    m_dwell->setInterval(ms);
}

bool SearchHistoryRecorder::isFragment(const QString &query)
{
    return query.simplified().size() < 2;
}

void SearchHistoryRecorder::commit()
{
    m_dwell->stop();
    record(m_field->text());
}

void SearchHistoryRecorder::record(const QString &query)
{
    const QString text = query.simplified();
    if (isFragment(text))
        return;
    // "neur" kept while pausing, then "neural": one search, the longer one stays.
    const QStringList entries = m_history->stringList();
    if (!m_lastRecorded.isEmpty() && !entries.isEmpty() && entries.first() == m_lastRecorded && text != m_lastRecorded
        && (text.startsWith(m_lastRecorded) || m_lastRecorded.startsWith(text)))
        m_history->removeRows(0, 1);
    m_lastRecorded = text;
    if (m_history->add(text))
        m_history->save();
}
