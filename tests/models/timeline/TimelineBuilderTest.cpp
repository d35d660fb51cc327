#include "timeline/TimelineBuilder.h"

#include "TimelineTestFacts.h"

#include <gtest/gtest.h>

using namespace caseline;
using namespace caseline::test;

namespace {

const TimelineEvent *find(const std::vector<TimelineEvent> &events, const std::string &ref)
{
    for (const TimelineEvent &event : events) {
        if (event.ref == ref) {
            return &event;
        }
    }
    return nullptr;
}

} // namespace

TEST(TimelineBuilder, MergesEverySourceInTimeOrder)
{
    const std::vector<TimelineEvent> events = TimelineBuilder().build(stilettos());
    // 6 history entries, 2 windows + 6 scans, 1 refund, 4 messages.
    EXPECT_EQ(events.size(), 19u);
    for (std::size_t i = 1; i < events.size(); ++i) {
        EXPECT_LE(events[i - 1].at, events[i].at) << events[i].ref;
    }
    EXPECT_EQ(events.front().ref, "orders:ORD-1001:history:0");
    EXPECT_EQ(events.front().kind, "order.placed");
    EXPECT_EQ(events.back().ref, "delivery:SHP-1002:event:3");
    EXPECT_EQ(events.back().kind, "shipment.delivered");
}

TEST(TimelineBuilder, KeepsTheReportingSystemAndNamesTheActingDepartment)
{
    const std::vector<TimelineEvent> events = TimelineBuilder().build(stilettos());
    const TimelineEvent *cancel = find(events, "orders:ORD-1001-R1:history:1");
    ASSERT_NE(cancel, nullptr);
    EXPECT_EQ(cancel->system, "orders");
    EXPECT_EQ(cancel->kind, "order.cancelled");
    EXPECT_EQ(cancel->summary, "ORD-1001-R1 cancelled by payments");
    EXPECT_EQ(cancel->detail,
              "Replacement cancelled by finance: original order ORD-1001 refunded in full");
    EXPECT_EQ(cancel->references, std::vector<std::string>{"ORD-1001-R1"});

    const TimelineEvent *placed = find(events, "orders:ORD-1001-R1:history:0");
    ASSERT_NE(placed, nullptr);
    EXPECT_EQ(placed->summary,
              "ORD-1001-R1 placed by customer-service as a replacement for ORD-1001");
}

TEST(TimelineBuilder, ShowsANoteWithoutStatusChangeAsANote)
{
    const std::vector<TimelineEvent> events = TimelineBuilder().build(stilettos());
    const TimelineEvent *note = find(events, "orders:ORD-1001:history:3");
    ASSERT_NE(note, nullptr);
    EXPECT_EQ(note->kind, "order.note");
    EXPECT_EQ(note->summary, "Note on ORD-1001 by customer-service: replacement ORD-1001-R1 "
                             "ordered; return label promised");
}

TEST(TimelineBuilder, DescribesShipmentsRefundsReturnsAndMessages)
{
    OrderFacts facts = stilettos();
    facts.returns = {
        returnOf("RET-1", "ORD-1001", {{"L1", 1}}, "label_sent", "2026-10-19T10:00:00Z")};
    facts.messages.push_back(message("MSG-9", "ORD-1001", "2026-10-19T11:00:00Z", "sms", "",
                                     "BRT: your parcel for ORD-1001 will be collected tomorrow "
                                     "between 9 and 13, please have it ready at the door"));
    const std::vector<TimelineEvent> events = TimelineBuilder().build(facts);

    const TimelineEvent *delivered = find(events, "delivery:SHP-1002:event:3");
    ASSERT_NE(delivered, nullptr);
    EXPECT_EQ(delivered->system, "delivery");
    EXPECT_EQ(delivered->summary, "SHP-1002 (ORD-1001-R1) delivered, Bologna");
    EXPECT_EQ(delivered->detail, "Delivered to the customer");
    EXPECT_TRUE(contains(delivered->references, "TRK-SHP-1002"));

    const TimelineEvent *window = find(events, "delivery:SHP-1002");
    ASSERT_NE(window, nullptr);
    EXPECT_EQ(window->kind, "shipment.window");
    EXPECT_EQ(window->summary, "SHP-1002 (ORD-1001-R1) promised for 18 Oct 2026 09:00-18:00 UTC");

    const TimelineEvent *money = find(events, "payments:REF-1001");
    ASSERT_NE(money, nullptr);
    EXPECT_EQ(money->system, "payments");
    EXPECT_EQ(money->kind, "refund.created");
    EXPECT_EQ(money->summary, "Refund REF-1001 of 49.90 EUR on ORD-1001 by finance");

    const TimelineEvent *back = find(events, "returns:RET-1");
    ASSERT_NE(back, nullptr);
    EXPECT_EQ(back->kind, "return.created");
    EXPECT_EQ(back->summary, "Return RET-1 for ORD-1001, label sent; label BRT RTN-RET-1");

    const TimelineEvent *mail = find(events, "notifications:MSG-1004");
    ASSERT_NE(mail, nullptr);
    EXPECT_EQ(mail->system, "notifications");
    EXPECT_EQ(mail->kind, "message.sent");
    EXPECT_EQ(mail->summary, "Il tuo ordine sostitutivo ORD-1001-R1 è stato annullato");
    EXPECT_EQ(mail->detail, "L'importo di 49,90 € dell'ordine ORD-1001 è stato riaccreditato.");

    const TimelineEvent *sms = find(events, "notifications:MSG-9");
    ASSERT_NE(sms, nullptr);
    EXPECT_EQ(sms->summary,
              "BRT: your parcel for ORD-1001 will be collected tomorrow between 9 and 13,...");
}

TEST(TimelineBuilder, ListsEachRefOnceAndKeepsInputOrderForEqualTimes)
{
    OrderFacts facts = stilettos();
    facts.orders.push_back(facts.orders.back()); // R1 reported twice
    facts.refunds.push_back(facts.refunds.front());
    const std::vector<TimelineEvent> events = TimelineBuilder().build(facts);
    EXPECT_EQ(events.size(), 19u);

    // R1's placement and its shipment's creation share 09:50; orders come before delivery.
    std::vector<std::string> at0950;
    for (const TimelineEvent &event : events) {
        if (event.at == at("2026-10-15T09:50:00Z")) {
            at0950.push_back(event.ref);
        }
    }
    EXPECT_EQ(at0950,
              (std::vector<std::string>{"orders:ORD-1001:history:3", "orders:ORD-1001-R1:history:0",
                                        "delivery:SHP-1002:event:0"}));
}

TEST(TimelineBuilder, BuildsNothingFromNothing)
{
    EXPECT_TRUE(TimelineBuilder().build(OrderFacts{}).empty());
}
