#include "store/CaseEntryJson.h"

#include "StoreTestFixture.h"
#include "backoffice/MappingError.h"
#include "store/CaseRepository.h"

namespace caseline::test {
namespace {

// One entry of every kind, with arguments that use every member (and texts people could type).
std::vector<CaseEntry> oneOfEveryKind(const QDateTime &now)
{
    HttpError refused;
    refused.kind = HttpError::Kind::HttpStatus;
    refused.status = 409;
    refused.problemTitle = "Conflict";
    refused.problemDetail = "ORD-1 has shipped";
    refused.field = "orderId";
    refused.url = "https://orders.example.com:8443";
    refused.attempts = 2;
    const RefundCommand refund{"ORD-1", 4990, "EUR", "wrong → item; sorry", {{"L1", 1}, {"L2", 3}}};
    const auto entry = [](CaseEntryKind kind, CaseEntryArguments arguments, std::string text) {
        CaseEntry made;
        made.kind = kind;
        made.arguments = std::move(arguments);
        made.text = std::move(text);
        return made;
    };
    return {
        entry(CaseEntryKind::CaseOpened, CaseOpening{CaseChannel::ComplaintForm}, "a → b; c"),
        entry(CaseEntryKind::CaseUpdated,
              CaseChanges{{{CaseField::Status, "new", "open"},
                           {CaseField::Priority, "normal", "urgent"},
                           {CaseField::Department, "store", "finance"},
                           {CaseField::Assignee, "", "lena"},
                           {CaseField::Subject, "a → b; c", "d; e → f"},
                           {CaseField::SlaDue, "2026-11-20T09:00:00Z", ""}},
                          true},
              ""),
        entry(CaseEntryKind::Note, std::monostate{}, "Call back after 5 pm.\nShe is at work."),
        entry(CaseEntryKind::ContactInbound, CaseContact{CaseChannel::Social}, "asked on X"),
        entry(CaseEntryKind::ContactOutbound, CaseContact{CaseChannel::Store}, "told in store"),
        entry(CaseEntryKind::ActionRequested, ActionCommand(refund), ""),
        entry(CaseEntryKind::ActionRequested,
              ActionCommand(RescheduleCommand{"SHP-1", "", "PUP-3", "ring twice"}), ""),
        entry(CaseEntryKind::ActionRequested,
              ActionCommand(CustomerMessageCommand{"CUS-1", "", "sms", "de", "Hallo", "Text"}), ""),
        entry(CaseEntryKind::ActionDelivered,
              ActionOutcome{ActionKind::ReturnLabel, BackofficeSystem::Returns, std::nullopt, 0},
              R"({"id":"RET-1"})"),
        entry(CaseEntryKind::ActionFailed,
              ActionOutcome{ActionKind::Cancel, BackofficeSystem::Orders, refused, 4}, ""),
        entry(CaseEntryKind::ActionFailed,
              ActionOutcome{ActionKind::Replacement, std::nullopt, std::nullopt, 0}, ""),
        entry(CaseEntryKind::EscalationOpened, EscalationOpening{"warehouse", now.addDays(1)},
              "stop it"),
        entry(CaseEntryKind::EscalationAccepted, EscalationAnswer{"warehouse"}, ""),
        entry(CaseEntryKind::EscalationResolved, EscalationAnswer{"warehouse"}, "stopped"),
        entry(CaseEntryKind::EscalationReturned, EscalationAnswer{"returns-desk"}, "not ours"),
        entry(CaseEntryKind::RefundHeld, HeldRefund{12, refund}, ""),
        entry(CaseEntryKind::RefundApproved, RefundDecision{12, "ORD-1", 4990, "EUR"}, ""),
        entry(CaseEntryKind::RefundRejected, RefundDecision{13, "ORD-1", 99900, "CHF"}, "too much"),
        entry(CaseEntryKind::Written, WrittenEntry{"status.changed", "second line"}, "as it was"),
    };
}

class CaseEntryJsonTest : public StoreTest
{
protected:
    void SetUp() override
    {
        StoreTest::SetUp();
        SupportCase draft;
        draft.customerId = "CUS-1";
        draft.customerLanguage = "de";
        draft.subject = "Paket fehlt";
        draft.department = "customer-service";
        caseId = CaseRepository(*db, clock).create(draft, "anna").id;
    }

    long long caseId = 0;
};

TEST_P(CaseEntryJsonTest, EveryKindRoundTripsThroughTheStoreWithAllItsArguments)
{
    CaseRepository cases(*db, clock);
    const std::vector<CaseEntry> written = oneOfEveryKind(clock.now());
    for (const CaseEntry &entry : written) {
        cases.insertEntry(caseId, "anna", entry.kind, entry.arguments, entry.text);
    }
    std::vector<CaseEntry> read = cases.entries(caseId);
    ASSERT_EQ(read.size(), written.size() + 1); // and the opening
    read.erase(read.begin());
    for (std::size_t i = 0; i < written.size(); ++i) {
        SCOPED_TRACE(toString(written[i].kind));
        EXPECT_EQ(read[i].kind, written[i].kind);
        EXPECT_EQ(read[i].text, written[i].text);
        EXPECT_EQ(read[i].actor, "anna");
        EXPECT_EQ(CaseEntryJson::write(read[i].arguments),
                  CaseEntryJson::write(written[i].arguments));
    }
    const ActionOutcome &failure = std::get<ActionOutcome>(read[9].arguments);
    ASSERT_TRUE(failure.error);
    EXPECT_EQ(failure.error->problemDetail, "ORD-1 has shipped");
    EXPECT_EQ(failure.error->attempts, 2);
    EXPECT_EQ(failure.gaveUpAfter, 4);
    EXPECT_EQ(std::get<HeldRefund>(read[15].arguments).refund.lines.size(), 2u);
    EXPECT_EQ(std::get<EscalationOpening>(read[11].arguments).due, clock.now().addDays(1));
}

TEST_P(CaseEntryJsonTest, NoSentenceIsStored)
{
    CaseRepository cases(*db, clock);
    for (const CaseEntry &entry : oneOfEveryKind(clock.now())) {
        cases.insertEntry(caseId, "anna", entry.kind, entry.arguments, entry.text);
    }
    QSqlQuery stored = db->run(QStringLiteral("SELECT arguments FROM case_entries"));
    while (stored.next()) {
        const std::string arguments = stored.value(0).toString().toStdString();
        for (const char *sentence : {"Case opened", "delivered to", "failed", "Escalated",
                                     "Refund of", "the escalation", "approval"}) {
            EXPECT_EQ(arguments.find(sentence), std::string::npos) << arguments;
        }
    }
}

TEST(CaseEntryJson, DamagedArgumentsAreAMappingErrorNamingTheMember)
{
    try {
        CaseEntryJson::read(CaseEntryKind::EscalationOpened, R"({"department": "x", "due": 7})");
        ADD_FAILURE() << "read a damaged entry";
    } catch (const MappingError &error) {
        EXPECT_EQ(error.field(), "due");
    }
    EXPECT_THROW(CaseEntryJson::read(CaseEntryKind::CaseUpdated, R"({"fields": []})"),
                 MappingError);
    EXPECT_THROW(CaseEntryJson::read(CaseEntryKind::RefundHeld,
                                     R"({"request": 1, "refund": {"kind": "cancel",
                                         "orderId": "ORD-1", "reason": "x"}})"),
                 MappingError);
    EXPECT_THROW(CaseEntryJson::read(CaseEntryKind::Note, "not json"), MappingError);
}

CASELINE_ON_BOTH_STORES(CaseEntryJsonTest);

} // namespace
} // namespace caseline::test
