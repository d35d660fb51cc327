#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <functional>

namespace caseline {

// The command line of the desktop console `caseline`:
//
//   caseline [--demo [--latency MS] | --backoffice URL | --config FILE] [--db ADDRESS]
//            [--as USER] [--language CODE] [--lookup PHONE_OR_ORDER | --open CASE]
//            | --help | --version
//
// parse() throws std::invalid_argument with a message in words (naming the option) when the
// command line cannot be used; the caller shows it and exits with status 2. Throwing keeps the
// successful result a plain value that every field of can be trusted.
struct ConsoleOptions
{
    Q_DECLARE_TR_FUNCTIONS(ConsoleOptions)

public:
    // Looks up an environment variable (empty when unset); tests pass their own.
    using Environment = std::function<QString(const char *name)>;
    static QString processEnvironment(const char *name);

    bool help = false;    // --help: print helpText() and exit
    bool version = false; // --version: print versionText() and exit
    // Start the reference back-office with the demo scenarios on a free loopback port.
    bool demo = false;
    int latencyMs = 0;     // --latency, for the demo back-office only
    QString backofficeUrl; // --backoffice: one reference server for all five systems
    QString configFile;    // --config: a back-office JSON configuration (BackofficeConfig)
    // --db, else $CASELINE_DB, else the default SQLite file. Empty with --demo and no --db:
    // the demo then uses a fresh SQLite store in a temporary directory, never a real one.
    QString store;
    bool storeChosen = false;         // by --db or $CASELINE_DB (else a saved choice may win)
    bool quitWhenInteractive = false; // hidden: the start-up benchmark's stopwatch
    QString actor;                    // --as, else $USER, else $USERNAME, else "agent"
    bool actorChosen = false;         // --as given: used as is, not mapped through staff logins
    QString language;                 // --language: en, it, de, es or fr; empty: not given
    QString lookup;                   // --lookup: a phone number, e-mail, order or tracking number
    long long openCaseId = 0;         // --open: the case to open, 0 for none

    // What a second `caseline` started with these options sends to the running one:
    // {"lookup", TEXT}, {"open", "12"}, or empty (just come to the front).
    QStringList handOffRequest() const;

    // arguments[0] is the program name, as in QCoreApplication::arguments().
    static ConsoleOptions parse(const QStringList &arguments,
                                const Environment &environment = processEnvironment);
    // "CASE-12", "case-12" or "12" -> 12; throws std::invalid_argument otherwise.
    static long long caseId(const QString &text);
    static QString helpText();
    static QString versionText();
};

} // namespace caseline
