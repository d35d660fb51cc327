// caseline-cli's case verbs against a real caseline-backoffice --demo and a real case store
// (SQLite file and PostgreSQL): the stilettos story end to end, refusals that write nothing,
// an outage the outbox rides out, and two writers racing for one case.
#include "BackofficeServer.h"
#include "BackofficeTestKit.h"
#include "CliRun.h"
#include "HttpTestClient.h"
#include "StoreBackend.h"
#include "TempDirectory.h"
#include "domain/SystemClock.h"
#include "store/AccessPolicy.h"
#include "store/AuditLog.h"
#include "store/CaseDatabase.h"
#include "store/Outbox.h"

#include <QProcess>
#include <gtest/gtest.h>

namespace caseline::test {
namespace {

using nlohmann::json;

class CaselineCliCaseTest : public ::testing::TestWithParam<StoreBackend>
{
protected:
    // A server of its own per test: the story changes the demo data (a return for ORD-1001).
    BackofficeServer &server() { return m_server; }

    void SetUp() override
    {
        m_server.start(std::vector<std::string>{"--demo"});
        ASSERT_TRUE(server().running()) << server().error();
        http = std::make_unique<HttpTestClient>(server().baseUrl());
        http->del("/admin/faults");
        const StoreAddress address = freshStore(GetParam(), directory.path().string());
        store = address.driver() == StoreAddress::Driver::Sqlite ? address.path().toStdString()
                                                                 : postgresUrl(address);
    }
    void TearDown() override
    {
        if (http) {
            http->del("/admin/faults");
        }
    }

    static std::string postgresUrl(const StoreAddress &address)
    {
        return "postgresql://" + address.user().toStdString() + "@" + address.host().toStdString() +
               ":" + std::to_string(address.port()) + "/" + address.database().toStdString();
    }

    CliRun cli(std::vector<std::string> arguments, const std::string &actor = "anna")
    {
        arguments.insert(arguments.begin(),
                         {"--backoffice", server().baseUrl(), "--db", store, "--as", actor});
        return CliRun::run(arguments);
    }

    std::string openStilettosCase()
    {
        const CliRun opened = cli({"case", "new", "--customer", "CUS-1001", "--language", "it",
                                   "--subject", "Stivali blu invece della salopette", "--channel",
                                   "phone", "--order", "ORD-1001", "--json"});
        EXPECT_EQ(opened.exitCode, 0) << opened.err;
        return opened.parsed().value("id", "");
    }

    std::unique_ptr<CaseDatabase> openStore()
    {
        return std::make_unique<CaseDatabase>(StoreAddress::parse(store));
    }

    BackofficeServer m_server;
    TempDirectory directory;
    std::string store;
    std::unique_ptr<HttpTestClient> http;
};

TEST_P(CaselineCliCaseTest, TheStilettosStoryEndToEnd)
{
    const std::string caseId = openStilettosCase();
    ASSERT_EQ(caseId.rfind("CASE-", 0), 0u);
    EXPECT_EQ(cli({"act", "contact", caseId, "--channel", "phone", "--direction", "inbound",
                   "--text", "Giulia: wrong item, replacement cancelled yet delivered, no label"})
                  .exitCode,
              0);
    // The label, and the customer told in Italian once it exists.
    const CliRun label = cli({"act", "return-label", caseId, "--order", "ORD-1001", "--lines",
                              "L1:1", "--reason", "wrong item delivered", "--notify"});
    ASSERT_EQ(label.exitCode, 0) << label.err << label.out;
    EXPECT_NE(label.out.find("La tua etichetta di reso per ORD-1001"), std::string::npos)
        << label.out;
    // Finance gets the double compensation, accepts and resolves it.
    const CliRun escalated = cli({"act", "escalate", caseId, "--department", "finance", "--reason",
                                  "replacement and full refund for the same line"});
    ASSERT_EQ(escalated.exitCode, 0) << escalated.err;
    const json queue = cli({"escalation", "list", "--department", "finance", "--json"}).parsed();
    ASSERT_EQ(queue.size(), 1u) << queue.dump();
    const std::string escalationId = std::to_string(queue[0].at("id").get<long long>());
    // Only finance answers finance's escalations; marco is nobody yet (an agent), then finance.
    EXPECT_EQ(cli({"escalation", "accept", escalationId}, "marco").exitCode, 8);
    ASSERT_EQ(
        cli({"staff", "set", "marco", "--department", "finance", "--role", "finance"}).exitCode, 0);
    EXPECT_EQ(cli({"escalation", "accept", escalationId}, "marco").exitCode, 0);
    EXPECT_EQ(cli({"escalation", "resolve", escalationId, "--text",
                   "refund stands; the replacement is kept, the stilettos come back"},
                  "marco")
                  .exitCode,
              0);
    EXPECT_EQ(cli({"case", "update", caseId, "--status", "resolved"}).exitCode, 0);

    const CliRun shown = cli({"case", "show", caseId, "--json"});
    ASSERT_EQ(shown.exitCode, 0) << shown.err;
    const json result = shown.parsed();
    EXPECT_EQ(result.at("case").at("status"), "resolved");
    EXPECT_EQ(result.at("escalations").at(0).at("state"), "resolved");
    std::multiset<std::string> kinds;
    for (const json &event : result.at("events")) {
        kinds.insert(event.at("system").get<std::string>() + ":" +
                     event.at("kind").get<std::string>());
    }
    // The case's own history and the back-office events, on one timeline.
    EXPECT_EQ(kinds.count("case:case.opened"), 1u);
    EXPECT_EQ(kinds.count("case:contact.inbound"), 1u);
    EXPECT_EQ(kinds.count("case:action.requested"), 2u);
    EXPECT_EQ(kinds.count("case:action.delivered"), 2u);
    EXPECT_EQ(kinds.count("case:case.updated"), 1u);
    EXPECT_EQ(kinds.count("case:escalation.opened"), 1u);
    EXPECT_EQ(kinds.count("case:escalation.accepted"), 1u);
    EXPECT_EQ(kinds.count("case:escalation.resolved"), 1u);
    EXPECT_GE(kinds.count("returns:return.authorized") + kinds.count("returns:return.created"), 1u)
        << shown.out;
    EXPECT_GE(kinds.count("notifications:message.sent"), 6u); // the story's five and ours
    EXPECT_GE(kinds.count("delivery:shipment.delivered"), 2u);

    // Each action reached the back-office exactly once, under the key the outbox made for it.
    auto db = openStore();
    EXPECT_TRUE(Outbox(*db).unfinished().empty());
    const json ledger = ledgerEntries(*http);
    QSqlQuery keys = db->run(QStringLiteral("SELECT idempotency_key FROM outbox"));
    int checked = 0;
    while (keys.next()) {
        EXPECT_EQ(countLedgerEntries(ledger, keys.value(0).toString().toStdString()), 1u);
        ++checked;
    }
    EXPECT_EQ(checked, 2); // the label and the message
    EXPECT_EQ(cli({"audit", "verify"}).exitCode, 0);
}

TEST_P(CaselineCliCaseTest, AWrittenComplaintIsAcknowledgedInTheCustomersLanguage)
{
    const CliRun opened =
        cli({"case", "new", "--customer", "CUS-2001", "--language", "de", "--subject",
             "Paket beschädigt", "--channel", "complaint-form", "--order", "ORD-4001", "--json"});
    ASSERT_EQ(opened.exitCode, 0) << opened.err;
    const std::string caseId = opened.parsed().at("id");
    const HttpResponse messages = http->get("/notifications/v1/messages?customer=CUS-2001");
    const json items = messages.json().at("items");
    const bool acknowledged = std::any_of(items.begin(), items.end(), [&](const json &message) {
        return message.at("language") == "de" &&
               message.at("subject").get<std::string>().find(caseId) != std::string::npos;
    });
    EXPECT_TRUE(acknowledged) << items.dump();
    // A phone call needs none.
    const std::size_t before = items.size();
    ASSERT_EQ(cli({"case", "new", "--customer", "CUS-2001", "--language", "de", "--subject",
                   "Rückruf", "--channel", "phone"})
                  .exitCode,
              0);
    EXPECT_EQ(http->get("/notifications/v1/messages?customer=CUS-2001").json().at("items").size(),
              before);
}

TEST_P(CaselineCliCaseTest, TheVacuumIsRedirectedToAPostOffice)
{
    const CliRun opened = cli({"case", "new", "--customer", "CUS-1002", "--language", "es",
                               "--subject", "Entrega solo en horario de oficina", "--channel",
                               "phone", "--order", "ORD-2001", "--json"});
    ASSERT_EQ(opened.exitCode, 0) << opened.err;
    const std::string caseId = opened.parsed().at("id");
    // A slot the carrier does not offer is refused before anything is written.
    const CliRun noSuchSlot =
        cli({"act", "reschedule", caseId, "--shipment", "SHP-2001", "--slot", "SLOT-NOPE"});
    EXPECT_EQ(noSuchSlot.exitCode, 2);
    EXPECT_NE(noSuchSlot.err.find("does not offer"), std::string::npos) << noSuchSlot.err;
    EXPECT_TRUE(cli({"outbox", "--json"}).parsed().empty());

    const CliRun redirected = cli({"act", "reschedule", caseId, "--shipment", "SHP-2001",
                                   "--pickup-point", "PUP-MAD-031", "--notify"});
    ASSERT_EQ(redirected.exitCode, 0) << redirected.err << redirected.out;
    const json shipment = http->get("/delivery/v1/shipments/SHP-2001").json();
    EXPECT_EQ(shipment.at("pickupPoint").at("id"), "PUP-MAD-031") << shipment.dump();
    EXPECT_NE(redirected.out.find("Hemos cambiado la entrega de ORD-2001"), std::string::npos)
        << redirected.out;
}

TEST_P(CaselineCliCaseTest, AuditVerifyFindsATamperedEntry)
{
    const std::string caseId = openStilettosCase();
    ASSERT_EQ(cli({"act", "note", caseId, "--text", "called back"}).exitCode, 0);
    const CliRun intact = cli({"audit", "verify"});
    EXPECT_EQ(intact.exitCode, 0) << intact.err;
    EXPECT_NE(intact.out.find("intact: 2 entries"), std::string::npos) << intact.out;
    {
        auto db = openStore();
        db->run(QStringLiteral("UPDATE audit_log SET actor = 'mallory' WHERE seq = 1"));
    }
    const CliRun broken = cli({"audit", "verify"});
    EXPECT_EQ(broken.exitCode, 6);
    EXPECT_NE(broken.err.find("audit entry 1 was changed"), std::string::npos) << broken.err;
}

TEST_P(CaselineCliCaseTest, InvalidActionsAreRefusedAndWriteNothing)
{
    const std::string caseId = openStilettosCase();
    const std::size_t ledgerBefore = ledgerEntries(*http).size();
    auto db = openStore();
    const long long auditBefore = AuditLog::verify(*db).entries;

    const CliRun tooMuch = cli({"act", "refund", caseId, "--order", "ORD-1001", "--amount", "100",
                                "--currency", "EUR", "--reason", "goodwill"});
    EXPECT_EQ(tooMuch.exitCode, 2);
    EXPECT_NE(tooMuch.err.find("more than is left"), std::string::npos) << tooMuch.err;
    EXPECT_EQ(cli({"act", "cancel", caseId, "--order", "ORD-1001", "--reason", "x"}).exitCode, 2);
    EXPECT_EQ(cli({"act", "return-label", caseId, "--order", "ORD-2001", "--lines", "L1:1",
                   "--reason", "x"})
                  .exitCode,
              2); // not an order of this case
    EXPECT_EQ(cli({"act", "refund", caseId, "--order", "ORD-1001", "--amount", "12.50",
                   "--currency", "EUR", "--reason", "x"})
                  .exitCode,
              2);
    EXPECT_EQ(cli({"act", "note", "CASE-999", "--text", "hello"}).exitCode, 4);
    EXPECT_EQ(cli({"case", "new", "--customer", "CUS-1", "--language", "it", "--subject", "x",
                   "--department", "marketing"})
                  .exitCode,
              2);
    EXPECT_EQ(cli({"act", "frobnicate", caseId}).exitCode, 2);

    EXPECT_EQ(ledgerEntries(*http).size(), ledgerBefore);
    EXPECT_TRUE(Outbox(*db).unfinished().empty());
    EXPECT_EQ(AuditLog::verify(*db).entries, auditBefore);
}

TEST_P(CaselineCliCaseTest, RolesDecideAndALargeRefundWaitsForASupervisor)
{
    const CliRun opened =
        cli({"case", "new", "--customer", "CUS-2001", "--language", "de", "--subject",
             "Paket zu spät", "--channel", "phone", "--order", "ORD-4001", "--json"});
    ASSERT_EQ(opened.exitCode, 0) << opened.err;
    const std::string caseId = opened.parsed().at("id");
    // The first registration sets up; after it, only supervisors manage staff and roles.
    ASSERT_EQ(cli({"staff", "set", "sara", "--department", "supervisors", "--role", "supervisor",
                   "--login", "sara.b"})
                  .exitCode,
              0);
    const CliRun notAllowed =
        cli({"staff", "set", "giulia", "--department", "store", "--role", "store"});
    EXPECT_EQ(notAllowed.exitCode, 8);
    EXPECT_NE(notAllowed.err.find("anna (agent) may not manage staff"), std::string::npos)
        << notAllowed.err;
    EXPECT_EQ(
        cli({"staff", "set", "x", "--department", "store", "--role", "lead"}, "sara").exitCode, 2);
    const json roles = cli({"roles", "list", "--json"}).parsed();
    EXPECT_EQ(roles.at("supervisor").size(), 19u) << roles.dump();
    EXPECT_EQ(roles.at("store").size(), 9u) << roles.dump();
    EXPECT_EQ(cli({"roles", "grant", "store", "refund"}).exitCode, 8);
    EXPECT_EQ(cli({"roles", "grant", "store", "refund"}, "sara").exitCode, 0);
    EXPECT_EQ(cli({"roles", "list", "--json"}).parsed().at("store").size(), 10u);
    EXPECT_EQ(cli({"roles", "revoke", "store", "refund"}, "sara").exitCode, 0);
    EXPECT_EQ(cli({"roles", "grant", "store", "fly"}, "sara").exitCode, 2);

    {
        auto db = openStore();
        SystemClock clock;
        AccessPolicy(*db, clock).setRefundApprovalThreshold(100, "sara"); // 1.00
    }
    const CliRun held = cli({"act", "refund", caseId, "--order", "ORD-4001", "--amount", "500",
                             "--currency", "EUR", "--reason", "late parcel"});
    ASSERT_EQ(held.exitCode, 0) << held.err;
    EXPECT_NE(held.out.find("Held for a supervisor's approval (request 1)"), std::string::npos)
        << held.out;
    EXPECT_TRUE(cli({"outbox", "--json"}).parsed().empty());
    const json pending = cli({"approvals", "list", "--json"}).parsed();
    ASSERT_EQ(pending.size(), 1u);
    EXPECT_EQ(pending[0].at("amount"), 500);
    EXPECT_EQ(pending[0].at("requestedBy"), "anna");

    const CliRun selfApproved = cli({"approvals", "approve", "1", "--note", "mine"});
    EXPECT_EQ(selfApproved.exitCode, 8);
    EXPECT_NE(selfApproved.err.find("may not approve refunds"), std::string::npos)
        << selfApproved.err;
    EXPECT_EQ(cli({"approvals", "reject", "1"}, "sara").exitCode, 2); // needs --note
    const CliRun approved = cli({"approvals", "approve", "1", "--note", "late twice"}, "sara");
    ASSERT_EQ(approved.exitCode, 0) << approved.err;
    EXPECT_EQ(cli({"approvals", "approve", "1", "--note", "again"}, "sara").exitCode, 7);
    EXPECT_EQ(cli({"outbox", "--json"}).parsed().size(), 1u);
    EXPECT_EQ(cli({"outbox", "send"}).exitCode, 0);
    EXPECT_TRUE(cli({"outbox", "--json"}).parsed().empty());

    EXPECT_EQ(cli({"case", "reassign", caseId, "--to", "bob"}).exitCode, 8);
    const CliRun moved = cli({"case", "reassign", caseId + ",CASE-999", "--to", "bob"}, "sara");
    EXPECT_EQ(moved.exitCode, 4) << moved.err;
    EXPECT_EQ(cli({"case", "reassign", caseId, "--to", "bob"}, "sara").exitCode, 0);
    const json shown = cli({"case", "show", caseId, "--json"}).parsed();
    EXPECT_EQ(shown.at("case").at("assignee"), "bob");
    std::multiset<std::string> kinds;
    for (const json &event : shown.at("events")) {
        kinds.insert(event.at("kind").get<std::string>());
    }
    EXPECT_EQ(kinds.count("refund.awaiting-approval"), 1u);
    EXPECT_EQ(kinds.count("refund.approved"), 1u);
    EXPECT_EQ(cli({"audit", "verify"}).exitCode, 0);
}

TEST_P(CaselineCliCaseTest, AnOutageLeavesTheActionInTheOutboxUntilItIsDelivered)
{
    const std::string caseId = openStilettosCase();
    ASSERT_EQ(http->postJson("/admin/faults", {{"route", "/notifications/v1/messages"},
                                               {"method", "POST"},
                                               {"status", 503}})
                  .status,
              201);
    const CliRun queued = cli({"act", "message", caseId, "--channel", "sms", "--subject", "Reso",
                               "--text", "Etichetta in arrivo", "--timeout", "2"});
    EXPECT_EQ(queued.exitCode, 3) << queued.err;
    EXPECT_NE(queued.err.find("stays in the outbox"), std::string::npos) << queued.err;
    const CliRun listed = cli({"outbox", "--json"});
    ASSERT_EQ(listed.parsed().size(), 1u) << listed.out;
    EXPECT_EQ(listed.parsed()[0].at("state"), "pending");
    EXPECT_NE(listed.parsed()[0].at("lastError").get<std::string>().find("503"), std::string::npos);
    const std::string key = listed.parsed()[0].at("idempotencyKey");

    http->del("/admin/faults");
    const CliRun sent = cli({"outbox", "send", "--timeout", "30", "--lease", "1"});
    EXPECT_EQ(sent.exitCode, 0) << sent.err << sent.out;
    EXPECT_EQ(countLedgerEntries(ledgerEntries(*http), key), 1u);
    EXPECT_TRUE(cli({"outbox", "--json"}).parsed().empty());
}

TEST_P(CaselineCliCaseTest, ARefusalByTheBackofficeIsAVisibleFailure)
{
    const std::string caseId = openStilettosCase();
    ASSERT_EQ(http->postJson("/admin/faults", {{"route", "/notifications/v1/messages"},
                                               {"method", "POST"},
                                               {"status", 422}})
                  .status,
              201);
    const CliRun refused =
        cli({"act", "message", caseId, "--channel", "email", "--subject", "x", "--text", "y"});
    EXPECT_EQ(refused.exitCode, 5) << refused.err;
    EXPECT_NE(refused.err.find("refused"), std::string::npos) << refused.err;
    const json listed = cli({"outbox", "--json"}).parsed();
    ASSERT_EQ(listed.size(), 1u);
    EXPECT_EQ(listed[0].at("state"), "failed");
    const json shown = cli({"case", "show", caseId, "--json"}).parsed();
    const bool onTimeline =
        std::any_of(shown.at("events").begin(), shown.at("events").end(),
                    [](const json &event) { return event.at("kind") == "action.failed"; });
    EXPECT_TRUE(onTimeline);
}

TEST_P(CaselineCliCaseTest, TwoWritersRacingForOneCaseLoseNoUpdate)
{
    const std::string caseId = openStilettosCase();
    for (int round = 0; round < 5; ++round) {
        const std::string version = std::to_string(1 + round);
        // Two processes save a change made from the same version at the same moment.
        QProcess first;
        QProcess second;
        const auto start = [&](QProcess &process, const std::string &assignee) {
            QStringList arguments{"--db",
                                  QString::fromStdString(store),
                                  "--as",
                                  QString::fromStdString(assignee),
                                  "case",
                                  "update",
                                  QString::fromStdString(caseId),
                                  "--expect-version",
                                  QString::fromStdString(version),
                                  "--assignee",
                                  QString::fromStdString(assignee)};
            process.start(QString::fromStdString(CliRun::program()), arguments);
        };
        // New names each round, so neither change is a no-op.
        const std::string anna = "anna-" + version;
        const std::string luca = "luca-" + version;
        start(first, anna);
        start(second, luca);
        ASSERT_TRUE(first.waitForFinished(30000) && second.waitForFinished(30000));
        const std::vector<int> codes{first.exitCode(), second.exitCode()};
        EXPECT_EQ(std::count(codes.begin(), codes.end(), 0), 1)
            << first.readAllStandardError().toStdString()
            << second.readAllStandardError().toStdString();
        EXPECT_EQ(std::count(codes.begin(), codes.end(), 7), 1);
        const std::string winner = codes[0] == 0 ? anna : luca;
        const json shown = cli({"case", "show", caseId, "--json"}).parsed();
        EXPECT_EQ(shown.at("case").at("assignee"), winner);
        EXPECT_EQ(shown.at("case").at("version"), 2 + round);
    }
}

INSTANTIATE_TEST_SUITE_P(Stores, CaselineCliCaseTest,
                         ::testing::Values(StoreBackend::Sqlite, StoreBackend::Postgresql),
                         [](const ::testing::TestParamInfo<StoreBackend> &info) {
                             return toString(info.param);
                         });

} // namespace
} // namespace caseline::test
