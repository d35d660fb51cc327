#include "actions/OutboxSender.h"

#include "../store/StoreTestFixture.h"
#include "FakeHttpClient.h"
#include "WaitUntil.h"
#include "actions/ActionPlanner.h"
#include "actions/ActionService.h"
#include "itemmodels/CaseEntryWording.h"
#include "store/CaseRepository.h"
#include "store/Outbox.h"

#include <QCoreApplication>
#include <chrono>
#include <functional>

namespace caseline::test {
namespace {

using namespace std::chrono_literals;

class OutboxSenderTest : public StoreTest
{
protected:
    OutboxSenderTest()
        : application(argc, argv)
    {
    }

    void SetUp() override
    {
        StoreTest::SetUp();
        SupportCase draft;
        draft.customerId = "CUS-1001";
        draft.customerLanguage = "it";
        draft.subject = "Wrong item";
        draft.department = "customer-service";
        caseId = CaseRepository(*db, clock).create(draft, "anna").id;
        entryId =
            ActionService(*db, clock)
                .submit(caseId, ActionPlanner::refund("ORD-1001", 500, "EUR", "goodwill"), "anna")
                .outboxId;
        policy.pollInterval = 5ms;
        policy.firstBackoff = 1000ms;
        policy.maxBackoff = 1000ms;
        policy.maxAttempts = 3;
    }

    std::unique_ptr<OutboxSender> makeSender()
    {
        auto sender = std::make_unique<OutboxSender>(
            *address, BackofficeConfig::forReferenceServer("http://backoffice.test"), http, clock,
            policy);
        QObject::connect(sender.get(), &OutboxSender::storeProblem,
                         [](const QString &reason) { ADD_FAILURE() << reason.toStdString(); });
        return sender;
    }

    OutboxEntry entry() { return *Outbox(*db).find(entryId); }
    std::vector<CaseEntry> history() { return CaseRepository(*db, clock).entries(caseId); }

    int argc = 1;
    char name[18] = "OutboxSenderTest";
    char *argv[2] = {name, nullptr};
    QCoreApplication application;
    FakeHttpClient http;
    OutboxPolicy policy;
    long long caseId = 0;
    long long entryId = 0;
};

TEST_P(OutboxSenderTest, DeliversWithTheActionsKeyAndRecordsItOnTheCase)
{
    http.route("/payments/v1/refunds", FakeHttpClient::json(R"({"id":"REF-9"})", 201));
    auto sender = makeSender();
    bool drained = false;
    QObject::connect(sender.get(), &OutboxSender::drained, [&] { drained = true; });
    sender->start();
    ASSERT_TRUE(waitUntil([&] { return drained; }, "the outbox drained"));

    EXPECT_EQ(entry().state, OutboxEntry::State::Delivered);
    EXPECT_EQ(entry().result, R"({"id":"REF-9"})");
    ASSERT_EQ(http.requests().size(), 1u);
    const HttpRequest request = http.requests()[0];
    EXPECT_EQ(request.method, "POST");
    EXPECT_EQ(request.url, "http://backoffice.test/payments/v1/refunds");
    EXPECT_EQ(request.idempotencyKey, entry().idempotencyKey);
    EXPECT_EQ(nlohmann::json::parse(request.body).at("amount"), 500);
    const CaseEntry delivered = history().back();
    EXPECT_EQ(delivered.kind, CaseEntryKind::ActionDelivered);
    const auto &outcome = std::get<ActionOutcome>(delivered.arguments);
    EXPECT_EQ(outcome.action, ActionKind::Refund);
    EXPECT_EQ(outcome.system, BackofficeSystem::Payments);
    EXPECT_FALSE(outcome.error);
    EXPECT_EQ(delivered.text, R"({"id":"REF-9"})") << "the system's answer, as it came";
    EXPECT_EQ(CaseEntryWording::summary(delivered).toStdString(), "refund delivered to Payments");
}

TEST_P(OutboxSenderTest, RetriesATemporaryFailureWithTheSameKey)
{
    int calls = 0;
    http.setResponder([&](const HttpRequest &) {
        return ++calls == 1 ? FakeHttpClient::failure(HttpError::Kind::HttpStatus, 503)
                            : FakeHttpClient::json(R"({"id":"REF-9"})", 201);
    });
    auto sender = makeSender();
    bool retrying = false;
    QObject::connect(sender.get(), &OutboxSender::retrying, [&] { retrying = true; });
    sender->start();
    ASSERT_TRUE(waitUntil([&] { return retrying; }, "the sender to retry"));
    EXPECT_EQ(entry().state, OutboxEntry::State::Pending);
    EXPECT_FALSE(entry().lastError.empty());

    clock.advance(2); // past the backoff
    ASSERT_TRUE(waitUntil([&] { return entry().state == OutboxEntry::State::Delivered; },
                          "the retried entry delivered"));
    const auto requests = http.requests();
    ASSERT_EQ(requests.size(), 2u);
    EXPECT_EQ(requests[0].idempotencyKey, requests[1].idempotencyKey);
    EXPECT_EQ(entry().attempts, 2);
}

TEST_P(OutboxSenderTest, ARefusalFailsAtOnceAndSaysWhyOnTheCase)
{
    http.route("/payments/v1/refunds", FakeHttpClient::failure(HttpError::Kind::HttpStatus, 409));
    auto sender = makeSender();
    QString reason;
    QObject::connect(sender.get(), &OutboxSender::failed,
                     [&](long long, long long, const QString &why) { reason = why; });
    sender->start();
    ASSERT_TRUE(waitUntil([&] { return !reason.isEmpty(); }, "the refusal"));
    EXPECT_EQ(entry().state, OutboxEntry::State::Failed);
    EXPECT_NE(entry().lastError.find("409"), std::string::npos) << entry().lastError;
    EXPECT_EQ(http.requests().size(), 1u);
    const CaseEntry failure = history().back();
    EXPECT_EQ(failure.kind, CaseEntryKind::ActionFailed);
    const auto &outcome = std::get<ActionOutcome>(failure.arguments);
    ASSERT_TRUE(outcome.error);
    EXPECT_EQ(outcome.error->kind, HttpError::Kind::HttpStatus);
    EXPECT_EQ(outcome.error->status, 409);
    EXPECT_EQ(outcome.gaveUpAfter, 0);
    EXPECT_EQ(CaseEntryWording::summary(failure).toStdString(),
              "refund failed: " + outcome.error->message());
}

TEST_P(OutboxSenderTest, GivesUpVisiblyAfterTheLastTry)
{
    http.setResponder(
        [](const HttpRequest &) { return FakeHttpClient::failure(HttpError::Kind::Timeout); });
    auto sender = makeSender();
    bool failed = false;
    QObject::connect(sender.get(), &OutboxSender::failed, [&] { failed = true; });
    sender->start();
    ASSERT_TRUE(waitUntil(
        [&] {
            clock.advance(2);
            return failed;
        },
        "the sender to give up"));
    EXPECT_EQ(entry().state, OutboxEntry::State::Failed);
    EXPECT_EQ(entry().attempts, 3);
    EXPECT_NE(entry().lastError.find("Gave up after 3 tries"), std::string::npos)
        << entry().lastError;
    const CaseEntry failure = history().back();
    EXPECT_EQ(std::get<ActionOutcome>(failure.arguments).gaveUpAfter, 3);
    const std::string said = CaseEntryWording::summary(failure).toStdString();
    EXPECT_EQ(said.rfind("refund failed: ", 0), 0u) << said;
    EXPECT_NE(said.find(" did not answer"), std::string::npos) << said;
    EXPECT_TRUE(said.ends_with(". Gave up after 3 tries.")) << said;
}

CASELINE_ON_BOTH_STORES(OutboxSenderTest);

} // namespace
} // namespace caseline::test
