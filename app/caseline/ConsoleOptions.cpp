#include "ConsoleOptions.h"

#include "InterfaceLanguage.h"
#include "backoffice/BackofficeConfig.h"
#include "backoffice/BackofficeConfigError.h"
#include "domain/SupportCase.h"
#include "store/StoreAddress.h"
#include "store/StoreError.h"

#include <QCommandLineParser>
#include <stdexcept>

namespace caseline {

namespace {

// The demo back-office accepts up to ten minutes (see BackofficeCommandLine).
constexpr int maximumLatencyMs = 600000;

[[noreturn]] void refuse(const QString &message)
{
    throw std::invalid_argument(message.toStdString());
}

// The parser and its options, built the same way for parse() and helpText().
struct ConsoleCommandLine
{
    QCommandLineParser parser;
    QCommandLineOption help{{QStringLiteral("h"), QStringLiteral("help")},
                            ConsoleOptions::tr("Show this help.")};
    QCommandLineOption version{QStringLiteral("version"), ConsoleOptions::tr("Show the version.")};
    QCommandLineOption demo{QStringLiteral("demo"),
                            ConsoleOptions::tr("Start the reference back-office with the demo "
                                               "scenarios and a fresh case store.")};
    QCommandLineOption latency{QStringLiteral("latency"),
                               ConsoleOptions::tr("With --demo: delay every back-office answer "
                                                  "by MS milliseconds."),
                               QStringLiteral("MS")};
    QCommandLineOption backoffice{QStringLiteral("backoffice"),
                                  ConsoleOptions::tr("One reference back-office server for all "
                                                     "five systems."),
                                  QStringLiteral("URL")};
    QCommandLineOption config{QStringLiteral("config"),
                              ConsoleOptions::tr("Back-office configuration file (JSON: "
                                                 "per-system URLs, tokens, timeouts)."),
                              QStringLiteral("FILE")};
    QCommandLineOption db{QStringLiteral("db"),
                          ConsoleOptions::tr("Case store: an SQLite file or a postgresql:// URL "
                                             "(default: $CASELINE_DB, else cases.sqlite in the "
                                             "application data folder)."),
                          QStringLiteral("ADDRESS")};
    QCommandLineOption as{QStringLiteral("as"),
                          ConsoleOptions::tr("Work as this user (default: the system user)."),
                          QStringLiteral("USER")};
    QCommandLineOption lookup{QStringLiteral("lookup"),
                              ConsoleOptions::tr("Search for a phone number, e-mail address, "
                                                 "order or tracking number at start."),
                              QStringLiteral("PHONE_OR_ORDER")};
    QCommandLineOption language{QStringLiteral("language"),
                                ConsoleOptions::tr("Interface language: en, it, de, es or fr "
                                                   "(default: the one chosen in Settings, else "
                                                   "the system's)."),
                                QStringLiteral("CODE")};
    QCommandLineOption open{QStringLiteral("open"),
                            ConsoleOptions::tr("Open this case at start (CASE-12 or 12)."),
                            QStringLiteral("CASE")};

    // For the start-up benchmark: print the time to an interactive window, then quit.
    QCommandLineOption quitWhenInteractive{QStringLiteral("quit-when-interactive"),
                                           ConsoleOptions::tr("Quit once the queue is shown.")};

    ConsoleCommandLine()
    {
        quitWhenInteractive.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.setApplicationDescription(
            ConsoleOptions::tr("Caseline: one case timeline from every back-office system. A "
                               "second start hands --lookup or --open to the running console."));
        parser.addOptions({help, version, demo, latency, backoffice, config, db, as, language,
                           lookup, open, quitWhenInteractive});
    }
};

QString checkedStore(const QString &text)
{
    try {
        StoreAddress::parse(text.toStdString());
    } catch (const StoreError &error) {
        refuse(ConsoleOptions::tr("--db: %1").arg(QString::fromStdString(error.what())));
    }
    return text;
}

} // namespace

QString ConsoleOptions::processEnvironment(const char *name)
{
    return qEnvironmentVariable(name);
}

long long ConsoleOptions::caseId(const QString &text)
{
    const std::optional<long long> id = SupportCase::idFromReference(text.toStdString());
    if (!id) {
        refuse(tr("a case is given as CASE-12 or 12, not \"%1\"").arg(text));
    }
    return *id;
}

ConsoleOptions ConsoleOptions::parse(const QStringList &arguments, const Environment &environment)
{
    ConsoleCommandLine line;
    QCommandLineParser &parser = line.parser;
    if (!parser.parse(arguments)) {
        refuse(tr("%1 Try --help.").arg(parser.errorText()));
    }
    ConsoleOptions options;
    options.help = parser.isSet(line.help);
    options.version = parser.isSet(line.version);
    if (options.help || options.version) {
        // The help is printed in the language asked for; a wrong one is left to the next start.
        const QString language = parser.value(line.language).trimmed().toLower();
        if (InterfaceLanguage::isKnown(language)) {
            options.language = language;
        }
        return options;
    }
    if (!parser.positionalArguments().isEmpty()) {
        refuse(tr("unexpected argument \"%1\". Try --help.")
                   .arg(parser.positionalArguments().constFirst()));
    }

    options.demo = parser.isSet(line.demo);
    options.backofficeUrl = parser.value(line.backoffice);
    options.configFile = parser.value(line.config);
    if (options.demo && (parser.isSet(line.backoffice) || parser.isSet(line.config))) {
        refuse(tr("--demo starts its own back-office, so it cannot be combined with "
                  "--backoffice or --config."));
    }
    if (parser.isSet(line.backoffice) && parser.isSet(line.config)) {
        refuse(tr("give either --backoffice or --config, not both."));
    }
    if (parser.isSet(line.backoffice)) {
        try {
            // Only the URL is checked here; tokens are read when the console connects.
            BackofficeConfig::forReferenceServer(options.backofficeUrl.toStdString(),
                                                 [](const std::string &) { return std::nullopt; });
        } catch (const BackofficeConfigError &error) {
            refuse(tr("--backoffice: %1").arg(QString::fromStdString(error.what())));
        }
    }
    if (parser.isSet(line.config) && options.configFile.trimmed().isEmpty()) {
        refuse(tr("--config needs the path of a configuration file."));
    }

    if (parser.isSet(line.latency)) {
        if (!options.demo) {
            refuse(tr("--latency slows the demo back-office down, so it needs --demo."));
        }
        bool ok = false;
        options.latencyMs = parser.value(line.latency).toInt(&ok);
        if (!ok || options.latencyMs < 0 || options.latencyMs > maximumLatencyMs) {
            refuse(tr("--latency takes milliseconds from 0 to %1, not \"%2\".")
                       .arg(maximumLatencyMs)
                       .arg(parser.value(line.latency)));
        }
    }

    options.quitWhenInteractive = parser.isSet(line.quitWhenInteractive);
    options.storeChosen = parser.isSet(line.db) || !environment("CASELINE_DB").isEmpty();
    if (parser.isSet(line.db)) {
        options.store = checkedStore(parser.value(line.db));
    } else if (!options.demo) {
        const QString fromEnvironment = environment("CASELINE_DB");
        options.store = fromEnvironment.isEmpty() ? StoreAddress::defaultSqlite().path()
                                                  : checkedStore(fromEnvironment);
    }

    options.actor = parser.value(line.as).trimmed();
    options.actorChosen = parser.isSet(line.as);
    if (parser.isSet(line.as) && options.actor.isEmpty()) {
        refuse(tr("--as needs a user name."));
    }
    for (const char *variable : {"USER", "USERNAME"}) {
        if (options.actor.isEmpty()) {
            options.actor = environment(variable).trimmed();
        }
    }
    if (options.actor.isEmpty()) {
        options.actor = QStringLiteral("agent");
    }

    if (parser.isSet(line.language)) {
        options.language = parser.value(line.language).trimmed().toLower();
        if (!InterfaceLanguage::isKnown(options.language)) {
            refuse(tr("--language takes one of %1, not \"%2\".")
                       .arg(InterfaceLanguage::codes().join(QStringLiteral(", ")),
                            parser.value(line.language)));
        }
    }

    if (parser.isSet(line.lookup) && parser.isSet(line.open)) {
        refuse(tr("give either --lookup or --open, not both."));
    }
    if (parser.isSet(line.lookup)) {
        options.lookup = parser.value(line.lookup).trimmed();
        if (options.lookup.isEmpty()) {
            refuse(tr("--lookup needs a phone number, e-mail address, order or tracking "
                      "number."));
        }
    }
    if (parser.isSet(line.open)) {
        try {
            options.openCaseId = caseId(parser.value(line.open));
        } catch (const std::invalid_argument &error) {
            refuse(tr("--open: %1").arg(QString::fromStdString(error.what())));
        }
    }
    return options;
}

QStringList ConsoleOptions::handOffRequest() const
{
    if (openCaseId > 0) {
        return {QStringLiteral("open"), QString::number(openCaseId)};
    }
    if (!lookup.isEmpty()) {
        return {QStringLiteral("lookup"), lookup};
    }
    return {};
}

QString ConsoleOptions::helpText()
{
    ConsoleCommandLine line;
    // Printed before the application exists, when Qt does not know the program's name yet.
    return line.parser.helpText().replace(QStringLiteral("<executable_name>"),
                                          QStringLiteral("caseline"));
}

QString ConsoleOptions::versionText()
{
    return QStringLiteral("caseline %1").arg(QLatin1String(CASELINE_VERSION));
}

} // namespace caseline
