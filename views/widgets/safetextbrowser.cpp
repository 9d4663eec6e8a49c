#include "widgets/safetextbrowser.h"

#include "text/logging.h"

SafeTextBrowser::SafeTextBrowser(QWidget *parent) : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setUndoRedoEnabled(false);
}

QVariant SafeTextBrowser::loadResource(int type, const QUrl &name)
{
    if (name.scheme() == QLatin1String("qrc"))
        return QTextBrowser::loadResource(type, name);
    ++m_refused;
    qCWarning(lcUi) << "refused to load resource" << name.toString().left(200);
    return {};
}

void SafeTextBrowser::doSetSource(const QUrl &name, QTextDocument::ResourceType type)
{
    // Navigation happens only through anchorClicked(), handled by the owner.
    if (name.scheme() == QLatin1String("qrc"))
        QTextBrowser::doSetSource(name, type);
}
