// The console's command line: what each option sets, the defaults from the environment, and
// the refusals in words.
#include "ConsoleOptions.h"

#include <QCoreApplication>
#include <gtest/gtest.h>
#include <map>
#include <stdexcept>

namespace caseline {
namespace {

ConsoleOptions::Environment environmentOf(std::map<std::string, QString> variables)
{
    return [variables = std::move(variables)](const char *name) {
        const auto found = variables.find(name);
        return found == variables.end() ? QString() : found->second;
    };
}

ConsoleOptions parse(QStringList arguments, std::map<std::string, QString> variables = {})
{
    arguments.prepend(QStringLiteral("caseline"));
    return ConsoleOptions::parse(arguments, environmentOf(std::move(variables)));
}

// The message of the refusal, or "" when the command line was accepted.
std::string refusal(QStringList arguments)
{
    try {
        parse(std::move(arguments));
    } catch (const std::invalid_argument &error) {
        return error.what();
    }
    return {};
}

bool contains(const std::string &text, const std::string &part)
{
    return text.find(part) != std::string::npos;
}

TEST(ConsoleOptions, DemoWithLatencyLeavesTheStoreToATemporaryOne)
{
    const ConsoleOptions options =
        parse({"--demo", "--latency", "250"}, {{"CASELINE_DB", "/srv/real.sqlite"}});
    EXPECT_TRUE(options.demo);
    EXPECT_EQ(options.latencyMs, 250);
    EXPECT_TRUE(options.backofficeUrl.isEmpty());
    EXPECT_TRUE(options.store.isEmpty()) << "the demo must never write into a real store";
    EXPECT_TRUE(options.handOffRequest().isEmpty());
}

TEST(ConsoleOptions, BackofficeStoreActorAndLookup)
{
    const ConsoleOptions options =
        parse({"--backoffice", "http://127.0.0.1:8480", "--db", "postgresql://anna@db/caseline",
               "--as", "anna", "--lookup", "+39 333 1234567"});
    EXPECT_FALSE(options.demo);
    EXPECT_EQ(options.backofficeUrl, "http://127.0.0.1:8480");
    EXPECT_TRUE(options.configFile.isEmpty());
    EXPECT_EQ(options.store, "postgresql://anna@db/caseline");
    EXPECT_EQ(options.actor, "anna");
    EXPECT_EQ(options.lookup, "+39 333 1234567");
    EXPECT_EQ(options.openCaseId, 0);
    EXPECT_EQ(options.handOffRequest(), QStringList({"lookup", "+39 333 1234567"}));
}

TEST(ConsoleOptions, OpenAcceptsTheCaseReferenceOrItsNumber)
{
    EXPECT_EQ(parse({"--open", "CASE-12"}).openCaseId, 12);
    EXPECT_EQ(parse({"--open", "case-7"}).openCaseId, 7);
    EXPECT_EQ(parse({"--open=12"}).openCaseId, 12);
    EXPECT_EQ(parse({"--config", "/etc/caseline.json", "--open", "12"}).handOffRequest(),
              QStringList({"open", "12"}));
    EXPECT_EQ(parse({"--config", "/etc/caseline.json"}).configFile, "/etc/caseline.json");
}

TEST(ConsoleOptions, DefaultsComeFromTheEnvironment)
{
    const ConsoleOptions fromDb =
        parse({}, {{"CASELINE_DB", "/tmp/cases.sqlite"}, {"USER", "marco"}, {"USERNAME", "other"}});
    EXPECT_EQ(fromDb.store, "/tmp/cases.sqlite");
    EXPECT_EQ(fromDb.actor, "marco");

    const ConsoleOptions windows = parse({}, {{"USERNAME", "lucia"}});
    EXPECT_EQ(windows.actor, "lucia");
    EXPECT_TRUE(windows.store.endsWith("cases.sqlite")) << windows.store.toStdString();

    EXPECT_EQ(parse({}).actor, "agent");
    EXPECT_EQ(parse({"--as", "anna"}, {{"USER", "marco"}}).actor, "anna");
}

TEST(ConsoleOptions, HelpAndVersionStopBeforeAnyCheck)
{
    EXPECT_TRUE(parse({"--help"}).help);
    EXPECT_TRUE(parse({"-h", "--demo", "--backoffice", "http://x"}).help);
    EXPECT_TRUE(parse({"--version"}).version);
    // The help is said in the language asked for; a wrong one does not stop it.
    EXPECT_EQ(parse({"--help", "--language", "DE"}).language, "de");
    EXPECT_TRUE(parse({"--help", "--language", "pt"}).language.isEmpty());
    EXPECT_TRUE(ConsoleOptions::versionText().startsWith("caseline "));
    const QString help = ConsoleOptions::helpText();
    for (const char *option : {"--demo", "--latency", "--backoffice", "--config", "--db", "--as",
                               "--language", "--lookup", "--open", "--version"}) {
        EXPECT_TRUE(help.contains(QLatin1String(option))) << option;
    }
    EXPECT_TRUE(help.startsWith(QStringLiteral("Usage: caseline "))) << help.toStdString();
}

TEST(ConsoleOptions, RefusesContradictionsInWords)
{
    EXPECT_TRUE(contains(refusal({"--demo", "--backoffice", "http://127.0.0.1:8480"}),
                         "--demo starts its own back-office"));
    EXPECT_TRUE(contains(refusal({"--demo", "--config", "a.json"}), "cannot be combined"));
    EXPECT_TRUE(contains(refusal({"--backoffice", "http://h", "--config", "a.json"}),
                         "either --backoffice or --config"));
    EXPECT_TRUE(
        contains(refusal({"--lookup", "ORD-1001", "--open", "3"}), "either --lookup or --open"));
    EXPECT_TRUE(contains(refusal({"--latency", "100"}), "needs --demo"));
}

TEST(ConsoleOptions, RefusesBadValuesNamingTheOption)
{
    const std::string latency = refusal({"--demo", "--latency", "fast"});
    EXPECT_TRUE(contains(latency, "--latency takes milliseconds")) << latency;
    EXPECT_TRUE(contains(latency, "\"fast\"")) << latency;
    EXPECT_TRUE(contains(refusal({"--demo", "--latency", "-5"}), "--latency"));
    EXPECT_TRUE(contains(refusal({"--demo", "--latency", "9999999"}), "--latency"));

    const std::string open = refusal({"--open", "ORD-1001"});
    EXPECT_TRUE(contains(open, "--open: a case is given as CASE-12 or 12")) << open;
    EXPECT_TRUE(contains(refusal({"--open", "0"}), "--open"));
    EXPECT_TRUE(contains(refusal({"--open", "CASE-"}), "--open"));

    const std::string url = refusal({"--backoffice", "ftp://example.com"});
    EXPECT_TRUE(contains(url, "--backoffice:")) << url;
    const std::string db = refusal({"--db", "mysql://db/cases"});
    EXPECT_TRUE(contains(db, "--db:")) << db;

    EXPECT_TRUE(contains(refusal({"--lookup", "  "}), "--lookup needs"));
    EXPECT_TRUE(contains(refusal({"--as", ""}), "--as needs a user name"));
    EXPECT_TRUE(contains(refusal({"--frobnicate"}), "Try --help"));
    EXPECT_TRUE(contains(refusal({"--open"}), "Try --help"));
    EXPECT_TRUE(contains(refusal({"ORD-1001"}), "unexpected argument \"ORD-1001\""));

    const std::string language = refusal({"--language", "pt"});
    EXPECT_TRUE(contains(language, "--language takes one of en, it, de, es, fr")) << language;
    EXPECT_TRUE(contains(language, "\"pt\"")) << language;
}

TEST(ConsoleOptions, LanguageIsOneOfTheTranslations)
{
    EXPECT_EQ(parse({"--language", "DE"}).language, "de");
    EXPECT_EQ(parse({"--language", "it"}).language, "it");
    EXPECT_TRUE(parse({}).language.isEmpty());
}

TEST(ConsoleOptions, CaseIdParsesReferencesOnly)
{
    EXPECT_EQ(ConsoleOptions::caseId(" CASE-42 "), 42);
    EXPECT_THROW(ConsoleOptions::caseId("42a"), std::invalid_argument);
    EXPECT_THROW(ConsoleOptions::caseId("CASE--1"), std::invalid_argument);
    EXPECT_THROW(ConsoleOptions::caseId("1234567890123456"), std::invalid_argument);
}

} // namespace
} // namespace caseline
