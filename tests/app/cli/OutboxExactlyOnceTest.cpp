// Exactly-once, proven: 300 actions delivered by `caseline-cli outbox send` while the
// back-office fails 30 % of the requests (503, dropped connections, applied but the answer
// lost) plus slow answers beyond the client's timeout, and while the sending process is killed
// with SIGKILL at random moments, at least 10 times. In the end the back-office's ledger holds
// every action exactly once and the outbox is empty.
#include "BackofficeServer.h"
#include "BackofficeTestKit.h"
#include "CliRun.h"
#include "HttpTestClient.h"
#include "StoreBackend.h"
#include "TempDirectory.h"
#include "actions/ActionPlanner.h"
#include "actions/ActionService.h"
#include "domain/SystemClock.h"
#include "store/CaseDatabase.h"
#include "store/CaseRepository.h"
#include "store/Outbox.h"
#include "store/SchemaMigrations.h"

#include <QProcess>
#include <gtest/gtest.h>
#include <random>

namespace caseline::test {
namespace {

constexpr int actionCount = 300;
constexpr int killCount = 12;

class OutboxExactlyOnceTest : public ::testing::TestWithParam<StoreBackend>
{
protected:
    void SetUp() override
    {
        server.start(std::vector<std::string>{"--demo", "--fault-rate", "0.3", "--seed", "11"});
        ASSERT_TRUE(server.running()) << server.error();
        address = std::make_unique<StoreAddress>(freshStore(GetParam(), directory.path().string()));
        // Short timeouts, so a slow answer is a timeout; only the outbox retries.
        config = directory.write("backoffice.json", nlohmann::json{{"backoffice", server.baseUrl()},
                                                                   {"connectTimeoutMs", 1000},
                                                                   {"totalTimeoutMs", 800}}
                                                        .dump());
    }

    std::string storeArgument() const
    {
        if (address->driver() == StoreAddress::Driver::Sqlite) {
            return address->path().toStdString();
        }
        return "postgresql://" + address->user().toStdString() + "@" +
               address->host().toStdString() + ":" + std::to_string(address->port()) + "/" +
               address->database().toStdString();
    }

    QStringList sendArguments() const
    {
        return {"--config",      QString::fromStdString(config),
                "--db",          QString::fromStdString(storeArgument()),
                "outbox",        "send",
                "--timeout",     "300",
                "--lease",       "2",
                "--max-backoff", "2"};
    }

    // 250 messages and 50 one-cent refunds on delivered demo orders, on one case.
    void submitActions()
    {
        CaseDatabase db(*address);
        SchemaMigrations::migrate(db);
        SystemClock clock;
        SupportCase draft;
        draft.customerId = "CUS-2001";
        draft.customerLanguage = "de";
        draft.subject = "Exactly-once proof";
        draft.department = "customer-service";
        const long long caseId = CaseRepository(db, clock).create(draft, "test").id;
        ActionService service(db, clock);
        const std::vector<std::string> orders{"ORD-4001", "ORD-4004", "ORD-4013", "ORD-4006",
                                              "ORD-4016"};
        for (int i = 0; i < actionCount; ++i) {
            const PlannedAction plan =
                i % 6 == 5
                    ? ActionPlanner::refund(orders[static_cast<std::size_t>(i) % orders.size()], 1,
                                            "EUR", "goodwill " + std::to_string(i))
                    : ActionPlanner::message("CUS-2001", "", "email", "de",
                                             "Nachricht " + std::to_string(i), "Hallo");
            service.submit(caseId, plan, "test");
        }
    }

    BackofficeServer server;
    TempDirectory directory;
    std::unique_ptr<StoreAddress> address;
    std::string config;
};

TEST_P(OutboxExactlyOnceTest, EveryActionReachesTheBackofficeOnceThroughFaultsAndKills)
{
    HttpTestClient http(server.baseUrl());
    // Some answers come too late for the client's 800 ms: it times out, though the back-office
    // may well apply the write.
    for (const char *route : {"/notifications/v1/messages", "/payments/v1/refunds"}) {
        ASSERT_EQ(
            http.postJson("/admin/faults",
                          {{"route", route}, {"method", "POST"}, {"delayMs", 1200}, {"rate", 0.1}})
                .status,
            201);
    }
    submitActions();

    std::mt19937 random(20261201);
    std::uniform_int_distribution<int> lifetimeMs(150, 700);
    int kills = 0;
    for (int round = 0; round < killCount; ++round) {
        QProcess sender;
        sender.start(QString::fromStdString(CliRun::program()), sendArguments());
        ASSERT_TRUE(sender.waitForStarted(10000));
        if (sender.waitForFinished(lifetimeMs(random))) {
            break; // everything was delivered before this kill
        }
        sender.kill(); // SIGKILL: no chance to finish anything
        sender.waitForFinished(10000);
        ++kills;
    }
    QProcess last;
    last.start(QString::fromStdString(CliRun::program()), sendArguments());
    ASSERT_TRUE(last.waitForFinished(300000));
    EXPECT_EQ(last.exitCode(), 0) << last.readAllStandardError().toStdString()
                                  << last.readAllStandardOutput().toStdString();
    EXPECT_GE(kills, 10) << "the outbox was drained before the sender was killed 10 times";

    CaseDatabase db(*address);
    Outbox outbox(db);
    const std::vector<OutboxEntry> left = outbox.unfinished();
    EXPECT_TRUE(left.empty()) << left.size() << " left, e.g. " << toString(left.front().state)
                              << ": " << left.front().lastError;
    EXPECT_EQ(outbox.count(OutboxEntry::State::Delivered), actionCount);
    const nlohmann::json ledger = ledgerEntries(http);
    QSqlQuery keys = db.run(QStringLiteral("SELECT idempotency_key, attempts FROM outbox"));
    int checked = 0;
    int retried = 0;
    while (keys.next()) {
        const std::string key = keys.value(0).toString().toStdString();
        EXPECT_EQ(countLedgerEntries(ledger, key), 1u) << key;
        retried += keys.value(1).toInt() > 1 ? 1 : 0;
        ++checked;
    }
    EXPECT_EQ(checked, actionCount);
    EXPECT_EQ(ledger.size(), static_cast<std::size_t>(actionCount)); // nothing else was applied
    EXPECT_GT(retried, actionCount / 10) << "the faults did not bite";
    std::printf("exactly-once (%s): %d actions, %d sender kills, %d actions needed more than one "
                "try, ledger entries %zu\n",
                toString(GetParam()).c_str(), checked, kills, retried, ledger.size());
}

INSTANTIATE_TEST_SUITE_P(Stores, OutboxExactlyOnceTest,
                         ::testing::Values(StoreBackend::Sqlite, StoreBackend::Postgresql),
                         [](const ::testing::TestParamInfo<StoreBackend> &info) {
                             return toString(info.param);
                         });

} // namespace
} // namespace caseline::test
