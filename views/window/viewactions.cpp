#include "window/viewactions.h"

#include "search/densityactions.h"
#include "search/paperdelegate.h"
#include "session/translationloader.h"
#include "widgets/appearancemenu.h"
#include "window/languagemenu.h"

#include <QCoreApplication>
#include <QListView>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>

ViewActions::ViewActions(QMainWindow *window, QMenu *view, QMenu *help, QListView *list) : QObject(window)
{
    auto *language = new LanguageMenu(TranslationLoader().availableLanguages(), view);
    view->addMenu(language);
    connect(language, &LanguageMenu::languageChosen, window,
            [window](const QString &, const QString &notice) { window->statusBar()->showMessage(notice); });
    view->addMenu(new AppearanceMenu(view));
    new DensityActions(view, list, static_cast<PaperDelegate *>(list->itemDelegate()));
    help->addAction(tr("&About Skimmer"), window, [window] {
        QMessageBox::about(window, tr("About Skimmer"),
                           tr("Skimmer %1 — a keyboard-first reader for corpora of research-paper abstracts.")
                               .arg(QCoreApplication::applicationVersion()));
    });
}
