// skimmer-startup-bench: how long the shipped corpus takes to open to a painted window, as
// app/main.cpp does it (parse, MainWindow, setCorpus, show), measured in fresh processes.
//   skimmer-startup-bench [--runs N]      prints the median and slowest of N runs (default 5)
//   skimmer-startup-bench --once          one run; prints "<ms from process start> <ms from main> <CPU ms>"
#include "corpus/corpusparser.h"
#include "window/mainwindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <ctime>
#include <unistd.h>

namespace {

// Milliseconds since this process started (Linux /proc), or -1.
double sinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat")), uptime(QStringLiteral("/proc/uptime"));
    if (!stat.open(QIODevice::ReadOnly) || !uptime.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray s = stat.readAll();
    const QList<QByteArray> fields = s.mid(s.lastIndexOf(')') + 2).split(' ');
    const double startTicks = fields.value(19).toDouble(); // field 22 of stat
    const double now = uptime.readAll().split(' ').value(0).toDouble();
    return (now - startTicks / double(sysconf(_SC_CLK_TCK))) * 1000.0;
}

int runOnce(int argc, char *argv[], const QElapsedTimer &sinceMain)
{
    QApplication app(argc, argv);
    const CorpusParser::Result result = CorpusParser::parseFile(QStringLiteral(SKIMMER_SHIPPED_CORPUS));
    if (!result.ok()) {
        QTextStream(stderr) << "error: " << result.error << '\n';
        return 1;
    }
    MainWindow window;
    window.setCorpus(result);
    // The first paint event of any widget in the window, then back to the event loop once it is done.
    struct PaintWatch : QObject
    {
        QWidget *window = nullptr;
        bool seen = false;
        std::function<void()> painted;
        bool eventFilter(QObject *o, QEvent *e) override
        {
            if (!seen && e->type() == QEvent::Paint && o->isWidgetType() && static_cast<QWidget *>(o)->window() == window) {
                seen = true;
                QTimer::singleShot(0, this, painted);
            }
            return false;
        }
    } watch;
    watch.window = &window;
    watch.painted = [&] {
        QTextStream(stdout) << sinceProcessStart() << ' ' << double(sinceMain.nsecsElapsed()) / 1e6 << ' '
                            << 1000.0 * double(std::clock()) / CLOCKS_PER_SEC << '\n';
        app.quit();
    };
    app.installEventFilter(&watch);
    window.show();
    return app.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    const QStringList args = [&] { QStringList a; for (int i = 1; i < argc; ++i) a << QString::fromLocal8Bit(argv[i]); return a; }();
    if (args.contains(QStringLiteral("--once")))
        return runOnce(argc, argv, sinceMain);
    const int runs = args.size() >= 2 && args.at(0) == QStringLiteral("--runs") ? std::max(1, args.at(1).toInt()) : 5;
    std::vector<double> fromStart, fromMain, cpu;
    for (int i = 0; i < runs; ++i) {
        QProcess p;
        p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p.start(QString::fromLocal8Bit(argv[0]), {QStringLiteral("--once")});
        if (!p.waitForFinished(60'000) || p.exitCode() != 0) {
            QTextStream(stderr) << "error: a startup run failed\n";
            return 1;
        }
        const QList<QByteArray> v = p.readAllStandardOutput().trimmed().split(' ');
        fromStart.push_back(v.value(0).toDouble());
        fromMain.push_back(v.value(1).toDouble());
        cpu.push_back(v.value(2).toDouble());
    }
    std::sort(fromStart.begin(), fromStart.end());
    std::sort(fromMain.begin(), fromMain.end());
    std::sort(cpu.begin(), cpu.end());
    QTextStream(stdout) << "Shipped corpus to a painted window (" << runs << " fresh processes, QPA "
                        << qEnvironmentVariable("QT_QPA_PLATFORM", QStringLiteral("default")) << "): median "
                        << fromStart[fromStart.size() / 2] << " ms from process start (" << fromMain[fromMain.size() / 2]
                        << " ms from main), slowest " << fromStart.back() << " ms; CPU time until then: median "
                        << cpu[cpu.size() / 2] << " ms\n";
    return 0;
}
