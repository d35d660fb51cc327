#include "BackofficeCommandLine.h"

#include "domain/Rfc3339.h"

#include <QCommandLineParser>
#include <QHostAddress>

namespace caseline::backoffice {

std::variant<BackofficeOptions, BackofficeCommandLine::Exit>
BackofficeCommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Caseline reference back-office: orders, delivery, payments, returns and notifications "
        "over HTTP, with scenarios, idempotency and fault injection."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help."));
    const QCommandLineOption version(QStringLiteral("version"), QStringLiteral("Show the version."));
    const QCommandLineOption listen(QStringLiteral("listen"),
                                    QStringLiteral("Address to listen on (default 127.0.0.1)."),
                                    QStringLiteral("ADDRESS"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption port(QStringLiteral("port"),
                                  QStringLiteral("TCP port; 0 picks a free one (default 8480)."),
                                  QStringLiteral("N"), QStringLiteral("8480"));
    const QCommandLineOption data(QStringLiteral("data"),
                                  QStringLiteral("SQLite file for the state (default: in memory)."),
                                  QStringLiteral("FILE"));
    const QCommandLineOption token(QStringLiteral("token"),
                                   QStringLiteral("Require 'Authorization: Bearer T'."),
                                   QStringLiteral("T"));
    const QCommandLineOption scenario(QStringLiteral("scenario"),
                                      QStringLiteral("Load a scenario file (repeatable)."),
                                      QStringLiteral("FILE.json"));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QStringLiteral("Load the built-in demo scenarios."));
    const QCommandLineOption clock(QStringLiteral("clock"),
                                   QStringLiteral("Freeze the simulated clock at this RFC 3339 "
                                                  "time; only POST /admin/clock moves it."),
                                   QStringLiteral("RFC3339"));
    const QCommandLineOption latency(QStringLiteral("latency"),
                                     QStringLiteral("Delay every response by MS milliseconds."),
                                     QStringLiteral("MS"), QStringLiteral("0"));
    const QCommandLineOption faultRate(QStringLiteral("fault-rate"),
                                       QStringLiteral("Fail this share (0..1) of API requests at "
                                                      "random."),
                                       QStringLiteral("P"), QStringLiteral("0"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  QStringLiteral("Seed for --fault-rate (repeatable runs)."),
                                  QStringLiteral("N"));
    parser.addOptions({help, version, listen, port, data, token, scenario, demo, clock, latency,
                       faultRate, seed});

    if (!parser.parse(arguments)) {
        return Exit{2, parser.errorText() + QStringLiteral("\nTry --help.")};
    }
    if (parser.isSet(help)) {
        return Exit{0, parser.helpText()};
    }
    if (parser.isSet(version)) {
        return Exit{0, QStringLiteral("caseline-backoffice %1").arg(QLatin1String(CASELINE_VERSION))};
    }
    if (!parser.positionalArguments().isEmpty()) {
        return Exit{2, QStringLiteral("unexpected argument: %1\nTry --help.")
                           .arg(parser.positionalArguments().constFirst())};
    }

    BackofficeOptions options;
    options.listen = parser.value(listen);
    if (QHostAddress(options.listen).isNull()) {
        return Exit{2, QStringLiteral("--listen: not an IP address: %1").arg(options.listen)};
    }
    bool ok = false;
    const uint portNumber = parser.value(port).toUInt(&ok);
    if (!ok || portNumber > 65535) {
        return Exit{2, QStringLiteral("--port: expected 0 to 65535, got %1").arg(parser.value(port))};
    }
    options.port = static_cast<quint16>(portNumber);
    options.dataFile = parser.value(data);
    options.token = parser.value(token);
    options.scenarios = parser.values(scenario);
    options.demo = parser.isSet(demo);
    if (parser.isSet(clock)) {
        const auto start = Rfc3339::parse(parser.value(clock).toStdString());
        if (!start) {
            return Exit{2, QStringLiteral("--clock: expected an RFC 3339 time such as "
                                          "2026-11-02T10:00:00Z, got %1")
                               .arg(parser.value(clock))};
        }
        options.clock = *start;
    }
    options.latencyMs = parser.value(latency).toInt(&ok);
    if (!ok || options.latencyMs < 0 || options.latencyMs > 600000) {
        return Exit{2, QStringLiteral("--latency: expected milliseconds, got %1")
                           .arg(parser.value(latency))};
    }
    options.faultRate = parser.value(faultRate).toDouble(&ok);
    if (!ok || options.faultRate < 0.0 || options.faultRate > 1.0) {
        return Exit{2, QStringLiteral("--fault-rate: expected 0 to 1, got %1")
                           .arg(parser.value(faultRate))};
    }
    if (parser.isSet(seed)) {
        options.seed = parser.value(seed).toULongLong(&ok);
        options.seedGiven = true;
        if (!ok) {
            return Exit{2, QStringLiteral("--seed: expected a number, got %1").arg(parser.value(seed))};
        }
    }
    return options;
}

} // namespace caseline::backoffice
