// The console's speed, as an agent feels it (offscreen, real widgets, real back-office):
//  1. start-up: from starting `caseline --demo` to the main window with the demo's queue on
//     screen (the process, including the demo back-office it starts), median of 7;
//  2. opening a case whose timeline was seen before: until the cached timeline is painted, and
//     until the fresh one (back-office at --latency 50) has replaced it, median of 21 opens
//     switching between two cases;
//  3. the longest stall of the GUI thread while a case opens, from an event-loop probe (a 1 ms
//     timer; a stall is the gap between two of its ticks).
#include "BackofficeProcess.h"
#include "CasePane.h"
#include "ConsoleController.h"
#include "ConsoleSession.h"
#include "MainWindow.h"
#include "TempDirectory.h"
#include "WaitUntil.h"
#include "workspace/CaseWorkspace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTimer>
#include <QTreeView>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace caseline;

namespace {

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

// Start-up measured from outside, as a user would: spawn to "interactive" on stdout.
std::vector<double> startups(int runs)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QProcess console;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        environment.insert(QStringLiteral("CASELINE_INSTANCE"),
                           QStringLiteral("caseline-bench-%1").arg(i));
        console.setProcessEnvironment(environment);
        QElapsedTimer clock;
        clock.start();
        console.start(QString::fromUtf8(CASELINE_BIN_DIR "/caseline"),
                      {QStringLiteral("--demo"), QStringLiteral("--quit-when-interactive")});
        QByteArray out;
        while (!out.contains("interactive after") && clock.elapsed() < 30000 &&
               console.state() != QProcess::NotRunning) {
            console.waitForReadyRead(50);
            out += console.readAllStandardOutput();
        }
        if (out.contains("interactive after")) {
            times.push_back(static_cast<double>(clock.nsecsElapsed()) / 1e6);
        } else {
            std::fprintf(stderr, "start-up %d failed: %s\n", i,
                         console.readAllStandardError().constData());
        }
        console.waitForFinished(10000);
    }
    return times;
}

// Counts paint events of the timeline's viewport, so "painted" means painted.
class PaintCounter : public QObject
{
public:
    int paints = 0;
    bool eventFilter(QObject *, QEvent *event) override
    {
        paints += event->type() == QEvent::Paint ? 1 : 0;
        return false;
    }
};

// Times every event the GUI thread handles at the top level, so a stall can be named: which
// object, which event.
class TimedApplication : public QApplication
{
public:
    using QApplication::QApplication;
    struct Slowest
    {
        double ms = 0;
        QString what;
    };
    Slowest slowest;
    bool notify(QObject *receiver, QEvent *event) override
    {
        if (m_depth++ > 0) {
            const bool handled = QApplication::notify(receiver, event);
            --m_depth;
            return handled;
        }
        QElapsedTimer clock;
        clock.start();
        const bool handled = QApplication::notify(receiver, event);
        const double ms = static_cast<double>(clock.nsecsElapsed()) / 1e6;
        if (ms > slowest.ms) {
            slowest = {ms, QStringLiteral("%1 (%2), event %3")
                               .arg(QString::fromLatin1(receiver->metaObject()->className()),
                                    receiver->objectName())
                               .arg(static_cast<int>(event->type()))};
        }
        --m_depth;
        return handled;
    }

private:
    int m_depth = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    const int startRuns = 7;
    const int openRuns = 21;
    const std::vector<double> started = startups(startRuns);

    TimedApplication application(argc, argv);
    test::BackofficeProcess server({"--demo", "--latency", "50"});
    test::TempDirectory directory("caseline-console-bench");
    MainWindow window;
    window.resize(1360, 860);
    ConsoleSession session(window, BackofficeConfig::forReferenceServer(server.baseUrl()),
                           StoreAddress::parse(directory.file("cases.sqlite")), "bench");
    window.show();
    ConsoleController &controller = session.controller();
    bool ready = false;
    QObject::connect(&controller, &ConsoleController::queueShown, [&] { ready = true; });
    controller.start();
    test::waitUntil([&] { return ready; }, "the console to show its queue");

    std::vector<long long> cases;
    QObject::connect(&session.workspace(), &CaseWorkspace::caseCreated,
                     [&](const SupportCase &item) { cases.push_back(item.id); });
    for (const auto &[customer, order] :
         {std::pair{"CUS-1001", "ORD-1001"}, std::pair{"CUS-1002", "ORD-2001"}}) {
        SupportCase draft;
        draft.customerId = customer;
        draft.customerLanguage = "it";
        draft.subject = std::string("Bench ") + order;
        draft.department = "customer-service";
        draft.links = {{"order", order}};
        session.workspace().createCase(draft);
    }
    test::waitUntil([&] { return cases.size() == 2; }, "both cases created");

    long long settled = 0;
    long long shown = 0;
    QObject::connect(&controller, &ConsoleController::caseSettled,
                     [&](long long id) { settled = id; });
    QObject::connect(&controller, &ConsoleController::caseShown, [&](long long id) { shown = id; });
    PaintCounter painter;
    window.casePane()->timelineView()->viewport()->installEventFilter(&painter);
    for (const long long id : cases) { // each timeline fetched once: the cache is warm
        controller.openCase(id);
        test::waitUntil([&] { return settled == id; }, "the case's timeline to settle");
    }

    std::vector<double> cachedPainted;
    std::vector<double> freshShown;
    std::vector<double> freshFamily; // ORD-1001: the order, then its replacement (two rounds)
    std::vector<double> freshSingle; // ORD-2001: one round of five reads
    std::vector<double> stalls;
    QElapsedTimer probeClock;
    qint64 lastTick = 0;
    double longest = 0;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(1);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        const qint64 now = probeClock.nsecsElapsed();
        longest = std::max(longest, static_cast<double>(now - lastTick) / 1e6);
        lastTick = now;
    });
    for (int run = 0; run < openRuns; ++run) {
        const long long id = cases[static_cast<std::size_t>(run) % 2];
        settled = 0;
        shown = 0;
        probeClock.start();
        lastTick = 0;
        longest = 0;
        probe.start();
        application.slowest = {};
        QElapsedTimer clock;
        clock.start();
        controller.openCase(id);
        // The cached timeline arrives with the store's part; painted means a paint after it.
        test::waitUntil([&] { return shown == id && controller.timelineModel().eventCount() > 0; },
                        "the cached timeline on screen");
        const int paintsBefore = painter.paints;
        test::waitUntil([&] { return painter.paints > paintsBefore; }, "a paint after it",
                        std::chrono::seconds(2));
        cachedPainted.push_back(static_cast<double>(clock.nsecsElapsed()) / 1e6);
        test::waitUntil([&] { return settled == id; }, "the fresh timeline");
        freshShown.push_back(static_cast<double>(clock.nsecsElapsed()) / 1e6);
        (run % 2 == 0 ? freshFamily : freshSingle).push_back(freshShown.back());
        probe.stop();
        stalls.push_back(longest);
        if (longest > 8) {
            std::fprintf(stderr, "run %d: stall %.1f ms; slowest event %.1f ms: %s\n", run, longest,
                         application.slowest.ms, qPrintable(application.slowest.what));
        }
    }

    std::printf("ConsoleBench (offscreen, reference back-office --latency 50 for case opens)\n");
    if (!started.empty()) {
        std::printf("start-up to interactive main window (`caseline --demo`, %zu runs): median "
                    "%.0f ms, min %.0f ms, max %.0f ms\n",
                    started.size(), median(started),
                    *std::min_element(started.begin(), started.end()),
                    *std::max_element(started.begin(), started.end()));
    }
    std::printf("case open, cached timeline painted (%d opens): median %.1f ms, max %.1f ms\n",
                openRuns, median(cachedPainted),
                *std::max_element(cachedPainted.begin(), cachedPainted.end()));
    std::printf("case open, fresh timeline on screen: median %.1f ms, max %.1f ms; ORD-1001 "
                "(order + replacement: two rounds of reads) median %.1f ms, ORD-2001 (one round) "
                "median %.1f ms\n",
                median(freshShown), *std::max_element(freshShown.begin(), freshShown.end()),
                median(freshFamily), median(freshSingle));
    std::printf("longest GUI-thread stall during a case open: median %.1f ms, worst %.1f ms "
                "(budget 16 ms)\n",
                median(stalls), *std::max_element(stalls.begin(), stalls.end()));
    return 0;
}
