// caseline-cli's command line as the README documents it, read by QCommandLineParser like the
// console's and the back-office's: a wrong one is exit code 2 with the reason and the usage on
// stderr, before anything is read or written; --help and --version always answer.
#include "CliRun.h"
#include "TempDirectory.h"

#include <gtest/gtest.h>

namespace caseline::test {
namespace {

// The first line caseline-cli writes to stderr.
std::string reason(const CliRun &run)
{
    return run.err.substr(0, run.err.find('\n'));
}

void expectUsageError(const std::vector<std::string> &arguments, const std::string &why)
{
    const CliRun run = CliRun::run(arguments);
    std::string line;
    for (const std::string &argument : arguments) {
        line += " " + argument;
    }
    EXPECT_EQ(run.exitCode, 2) << "caseline-cli" << line << "\n" << run.err;
    EXPECT_EQ(reason(run), "caseline-cli: " + why) << "caseline-cli" << line;
    EXPECT_NE(run.err.find("\nUsage:\n"), std::string::npos) << "caseline-cli" << line;
    EXPECT_TRUE(run.out.empty()) << run.out;
}

TEST(CaselineCliUsageTest, ACommandIsNeededAndMustBeKnown)
{
    expectUsageError({}, "no command given");
    expectUsageError({"--json"}, "no command given");
    expectUsageError({"frobnicate", "x"}, "unknown command 'frobnicate'");
    expectUsageError({"case", "frobnicate"}, "unknown command 'case'");
}

TEST(CaselineCliUsageTest, EachCommandTakesItsArguments)
{
    expectUsageError({"timeline"}, "timeline needs ORDER_ID");
    expectUsageError({"timeline", "ORD-1", "ORD-2"}, "timeline needs ORDER_ID");
    expectUsageError({"timeline", ""}, "timeline needs ORDER_ID");
    expectUsageError({"act", "refund"}, "act needs ACTION CASE_ID");
    expectUsageError({"case", "list", "extra"}, "case list takes no arguments");
    expectUsageError({"escalation", "accept"},
                     "escalation needs accept|resolve|return ESCALATION_ID");
}

TEST(CaselineCliUsageTest, OnlyKnownOptionsAreTaken)
{
    expectUsageError({"case", "list", "--frobnicate"}, "unknown option --frobnicate");
    expectUsageError({"case", "list", "--frobnicate=1"}, "unknown option --frobnicate=1");
    // Options are long; -h is the only short one.
    expectUsageError({"case", "list", "-json"}, "unknown option -json");
    expectUsageError({"-x", "case", "list"}, "unknown option -x");
    // The first mistake from the left is the one reported.
    expectUsageError({"--nope", "case", "list", "--db"}, "unknown option --nope");
}

TEST(CaselineCliUsageTest, OptionsWithAValueNeedOneAndFlagsTakeNone)
{
    expectUsageError({"case", "list", "--db"}, "--db needs a value");
    expectUsageError({"--db", "", "case", "list"}, "--db needs a value");
    expectUsageError({"--db=", "case", "list"}, "--db needs a value");
    expectUsageError({"case", "list", "--json=yes"}, "--json takes no value");
    expectUsageError(
        {"--backoffice", "http://127.0.0.1:1", "--config", "/etc/caseline.json", "search", "rossi"},
        "give either --backoffice or --config, not both");
}

TEST(CaselineCliUsageTest, AnOptionsValueMayLookLikeAnOption)
{
    // "--text --json" is a note that says "--json", not a flag.
    TempDirectory directory;
    const std::string store = directory.file("cases.sqlite");
    const CliRun opened = CliRun::run({"--db", store, "--as", "anna", "case", "new", "--customer",
                                       "CUS-1001", "--language", "it", "--subject", "-- call --",
                                       "--order=ORD-1001", "--order", "ORD-1002", "--json"});
    ASSERT_EQ(opened.exitCode, 0) << opened.err;
    const nlohmann::json created = opened.parsed();
    ASSERT_TRUE(created.is_object()) << opened.out;
    EXPECT_EQ(created.at("subject"), "-- call --");
    EXPECT_EQ(created.at("links"), nlohmann::json::parse(R"([{"kind": "order", "ref": "ORD-1001"},
                                                             {"kind": "order", "ref": "ORD-1002"}])"));
    const CliRun noted =
        CliRun::run({"--db", store, "--as", "anna", "act", "note", "CASE-1", "--text", "--json"});
    EXPECT_EQ(noted.exitCode, 0) << noted.err;
    EXPECT_EQ(noted.out, "Recorded on CASE-1.\n");
}

TEST(CaselineCliUsageTest, HelpAndVersionAlwaysAnswer)
{
    for (const std::vector<std::string> &asked :
         std::vector<std::vector<std::string>>{{"--help"},
                                               {"-h"},
                                               {"timeline", "--help"},
                                               {"--frobnicate", "--help"},
                                               {"case", "new", "-h", "--customer"}}) {
        const CliRun help = CliRun::run(asked);
        EXPECT_EQ(help.exitCode, 0) << help.err;
        EXPECT_EQ(help.out.rfind("Usage:\n  caseline-cli [--backoffice URL | --config FILE] "
                                 "search QUERY [--json]\n",
                                 0),
                  0u)
            << help.out;
        EXPECT_NE(help.out.find("Exit codes: 0 ok, 2 usage error"), std::string::npos);
        EXPECT_TRUE(help.err.empty()) << help.err;
    }
    const CliRun version = CliRun::run({"case", "list", "--version"});
    EXPECT_EQ(version.exitCode, 0) << version.err;
    EXPECT_EQ(version.out.rfind("caseline-cli ", 0), 0u) << version.out;
}

} // namespace
} // namespace caseline::test
