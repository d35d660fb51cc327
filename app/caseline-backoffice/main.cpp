// caseline-backoffice: the reference back-office server (see README "Executables").
#include "BackofficeCommandLine.h"
#include "BackofficeRunner.h"

#include <QCoreApplication>
#include <csignal>
#include <cstdio>

namespace {

void quitOnSignal(int)
{
    QCoreApplication::quit();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("caseline-backoffice"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CASELINE_VERSION));

    const auto parsed = caseline::backoffice::BackofficeCommandLine::parse(app.arguments());
    if (const auto *exit = std::get_if<caseline::backoffice::BackofficeCommandLine::Exit>(&parsed)) {
        std::fprintf(exit->code == 0 ? stdout : stderr, "%s\n", qPrintable(exit->message));
        return exit->code;
    }
    const auto &options = std::get<caseline::backoffice::BackofficeOptions>(parsed);

    caseline::backoffice::BackofficeRunner runner;
    if (!runner.start(options)) {
        std::fprintf(stderr, "caseline-backoffice: %s\n", qPrintable(runner.errorString()));
        return 1;
    }
    // Scripts and tests read the port from this first line.
    std::printf("listening on %s\n", qPrintable(runner.baseUrl().toString()));
    std::fflush(stdout);

    std::signal(SIGTERM, quitOnSignal);
    std::signal(SIGINT, quitOnSignal);
    return app.exec();
}
