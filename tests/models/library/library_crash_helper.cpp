// Helper for tst_librarycrash: opens the library given on the command line and makes changes in a
// loop until killed, printing one line per change only after the store reported it committed:
//   B <id>                 bookmarked
//   R <id>                 marked read
//   L <list> <id>          appended to a list
//   N <list> <id> <note>   note set
//   D <list>               list created and deleted again
// Usage: library_crash_helper LIBRARY RUN
// With RUN "open" it only opens the library (creating it when new) and exits: parallel starts.
#include "library/librarystore.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <cstdio>

namespace {
void report(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("skimmer.library.info=false")); // stderr is for failures
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        std::fputs("usage: library_crash_helper LIBRARY RUN\n", stderr);
        return 2;
    }
    LibraryStore store;
    if (!store.open(args[1])) {
        std::fprintf(stderr, "open failed: %s\n", qPrintable(store.errorString()));
        return 1;
    }
    report(QStringLiteral("open"));
    const QString run = args[2];
    if (run == QLatin1String("open"))
        return 0;
    for (int i = 0;; ++i) {
        const QString id = QStringLiteral("r%1-p%2").arg(run).arg(i);
        const QString list = QStringLiteral("list%1").arg(i % 7);
        const LibraryStore::Paper paper{id, QStringLiteral("Author %1").arg(i), QStringLiteral("Headline %1").arg(i)};
        bool ok = true;
        switch (i % 5) {
        case 0:
            ok = store.setBookmarked({paper}, true);
            if (ok)
                report(QStringLiteral("B %1").arg(id));
            break;
        case 1:
            ok = store.setRead({id}, true);
            if (ok)
                report(QStringLiteral("R %1").arg(id));
            break;
        case 2:
            ok = store.addToList(list, {paper});
            if (ok)
                report(QStringLiteral("L %1 %2").arg(list, id));
            ok = ok && store.setNote(list, id, QStringLiteral("note-%1").arg(i));
            if (ok)
                report(QStringLiteral("N %1 %2 note-%3").arg(list, id).arg(i));
            break;
        case 3:
            ok = store.addToList(list, {paper}) && store.moveInList(list, id, 0);
            if (ok)
                report(QStringLiteral("L %1 %2").arg(list, id));
            break;
        default: {
            const QString temp = QStringLiteral("temp %1 %2").arg(run).arg(i);
            ok = store.createList(temp) && store.addToList(temp, {paper}) && store.deleteList(temp);
            if (ok)
                report(QStringLiteral("D %1").arg(temp));
        }
        }
        if (!ok) {
            std::fprintf(stderr, "change failed: %s\n", qPrintable(store.errorString()));
            return 1;
        }
    }
}
