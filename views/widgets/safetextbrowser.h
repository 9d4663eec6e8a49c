#pragma once

#include <QTextBrowser>

// A QTextBrowser that never loads anything but the application's own qrc: resources and never
// follows a link by itself. Corpus text can name local files in HTML (<img src="/dev/zero">);
// a plain QTextBrowser would read them.
class SafeTextBrowser : public QTextBrowser
{
    Q_OBJECT

public:
    explicit SafeTextBrowser(QWidget *parent = nullptr);

    QVariant loadResource(int type, const QUrl &name) override;

    // Number of resource requests refused so far (for tests and diagnostics).
    int refusedResources() const { return m_refused; }

protected:
    void doSetSource(const QUrl &name, QTextDocument::ResourceType type) override;

private:
    int m_refused = 0;
};
