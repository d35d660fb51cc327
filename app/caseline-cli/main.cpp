// caseline-cli: search customers and print an order's unified timeline from the command line
// (see README "Executables").
#include "CliInvocation.h"
#include "CliSession.h"
#include "SearchReport.h"
#include "TimelineReport.h"
#include "backoffice/BackofficeConfigError.h"
#include "timeline/OrderTimelineJson.h"

#include <QCoreApplication>
#include <cstdio>
#include <optional>

namespace {

std::optional<std::string> environment(const char *name)
{
    if (!qEnvironmentVariableIsSet(name)) {
        return std::nullopt;
    }
    return qEnvironmentVariable(name).toStdString();
}

void print(const std::string &text)
{
    std::fwrite(text.data(), 1, text.size(), stdout);
    std::fflush(stdout);
}

caseline::BackofficeConfig configFor(const caseline::cli::CliInvocation &invocation)
{
    if (!invocation.configPath.empty()) {
        return caseline::BackofficeConfig::fromFile(QString::fromStdString(invocation.configPath));
    }
    return caseline::BackofficeConfig::forReferenceServer(invocation.backofficeUrl);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("caseline-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CASELINE_VERSION));

    std::vector<std::string> arguments;
    for (int i = 1; i < argc; ++i) {
        arguments.emplace_back(argv[i]);
    }
    using caseline::cli::CliInvocation;
    const CliInvocation invocation = CliInvocation::parse(arguments, environment);
    if (!invocation.error.empty()) {
        std::fprintf(stderr, "caseline-cli: %s\n\n%s", invocation.error.c_str(),
                     CliInvocation::usage().c_str());
        return 2;
    }
    if (invocation.command == CliInvocation::Command::Help) {
        print(CliInvocation::usage());
        return 0;
    }
    if (invocation.command == CliInvocation::Command::Version) {
        print("caseline-cli " CASELINE_VERSION "\n");
        return 0;
    }

    std::optional<caseline::BackofficeConfig> config;
    try {
        config = configFor(invocation);
    } catch (const caseline::BackofficeConfigError &error) {
        std::fprintf(stderr, "caseline-cli: %s\n", error.what());
        return 2;
    }
    caseline::cli::CliSession session(*config);

    if (invocation.command == CliInvocation::Command::Search) {
        const auto report =
            caseline::cli::SearchReport::run(*session.connectors().orders, invocation.argument);
        print(invocation.json ? report.json().dump(2) + "\n" : report.text());
        return report.exitCode();
    }
    QFuture<caseline::OrderTimeline> future = session.assembler().assemble(invocation.argument);
    future.waitForFinished();
    const caseline::OrderTimeline timeline = future.result();
    const caseline::cli::TimelineReport report(timeline, session.clock().now());
    print(invocation.json ? caseline::toJson(timeline).dump(2) + "\n" : report.text());
    if (report.exitCode() == 3) {
        std::fprintf(stderr, "caseline-cli: some systems could not be read; the timeline is "
                             "partial (see SOURCES)\n");
    }
    return report.exitCode();
}
