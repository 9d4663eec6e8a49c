#pragma once

#include <QMetaObject>
#include <QObject>

class FileController;
class NoticeBar;
class QAbstractItemView;
class QLineEdit;
class QMainWindow;
class QSplitter;
class ResultsPipeline;
class SavedViewsController;
struct SessionState;

// The session kept between runs: window geometry and docks, the splitter, the open corpus, the
// query with the facet selections, scope and sort (as a saved view), the selected paper and the
// scroll position (SessionState), restored at start and saved at close. A corpus read in the
// background gets them once it is shown, and the paper once the results are in.
class SessionController : public QObject
{
    Q_OBJECT

public:
    struct Parts
    {
        QMainWindow *window;
        QSplitter *splitter;
        QLineEdit *searchEdit;
        QAbstractItemView *list;
        NoticeBar *notice;
        FileController *files;
        ResultsPipeline *pipeline;
        SavedViewsController *views;
    };
    explicit SessionController(const Parts &parts);

    // requestedPath (from the command line) wins over the last corpus, and fallbackPath is shown,
    // with a notice, when neither can be opened.
    void restore(const QString &requestedPath, const QString &fallbackPath);
    void save() const;

private:
    void restoreView(const SessionState &state);
    void restorePaper(const QString &id, int scroll);

    Parts m_parts;
    QMetaObject::Connection m_waitForPaper;
};
