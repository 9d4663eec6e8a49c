#pragma once

#include <QObject>

class FileController;
class NoticeBar;
class QAbstractItemView;
class QLineEdit;
class QMainWindow;
class QSplitter;
class ResultsPipeline;

// The session kept between runs: window geometry and docks, the splitter, the open corpus, the
// query, the selected paper and the scroll position (SessionState), restored at start and saved at
// close.
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
    };
    explicit SessionController(const Parts &parts);

    // requestedPath (from the command line) wins over the last corpus, and fallbackPath is shown,
    // with a notice, when neither can be opened.
    void restore(const QString &requestedPath, const QString &fallbackPath);
    void save() const;

private:
    Parts m_parts;
};
