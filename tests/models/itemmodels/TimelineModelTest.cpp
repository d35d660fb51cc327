#include "itemmodels/TimelineModel.h"

#include "../timeline/TimelineTestFacts.h"
#include "StilettosTimeline.h"
#include "timeline/ConflictWatchdog.h"
#include "timeline/TimelineBuilder.h"

#include <QAbstractItemModelTester>
#include <QPersistentModelIndex>
#include <QSignalSpy>
#include <gtest/gtest.h>

using namespace caseline;
using namespace caseline::test;

namespace {

QString keyOf(const TimelineEvent &event)
{
    return QString::fromStdString(event.ref);
}

QStringList topLevelKeys(const TimelineModel &model)
{
    QStringList keys;
    for (int row = 0; row < model.rowCount(); ++row) {
        keys.append(model.index(row, 0).data(TimelineModel::KeyRole).toString());
    }
    return keys;
}

OutboxEntry outboxEntry(long long id, const std::string &action, const std::string &system,
                        OutboxEntry::State state, int attempts, const std::string &lastError)
{
    OutboxEntry entry;
    entry.id = id;
    entry.caseId = 7;
    entry.action = action;
    entry.system = system;
    entry.state = state;
    entry.attempts = attempts;
    entry.lastError = lastError;
    entry.actor = "marta";
    entry.createdAt = utc("2026-10-19T09:30:00Z");
    entry.nextAttemptAt = utc("2026-10-19T09:35:00Z");
    return entry;
}

struct Timeline : ::testing::Test
{
    Timeline() { itemModelApplication(); }

    TimelineModel model;
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::Fatal};
};

} // namespace

TEST_F(Timeline, MergesCaseHistoryAndOrderEventsNewestFirst)
{
    model.setCaseHistory(giulia::caseHistory());
    model.setOrderTimeline(giulia::original());
    EXPECT_EQ(model.eventCount(), 10);
    EXPECT_EQ(topLevelKeys(model),
              QStringList({"case:32", "case:31", keyOf(giulia::replacementDelivered()),
                           keyOf(giulia::returnAuthorized()), keyOf(giulia::cancellationMessage()),
                           keyOf(giulia::refunded()), keyOf(giulia::replacementCancelled()),
                           keyOf(giulia::replacementPlaced()), keyOf(giulia::firstDelivered()),
                           keyOf(giulia::placed())}));

    const QModelIndex delivered = model.indexOfKey(keyOf(giulia::replacementDelivered()));
    ASSERT_TRUE(delivered.isValid());
    EXPECT_EQ(delivered.row(), 2);
    auto cell = [&](int column) {
        return delivered.siblingAtColumn(column).data().toString();
    };
    EXPECT_EQ(cell(TimelineModel::WhenColumn), "18 Oct 2026 14:48");
    EXPECT_EQ(cell(TimelineModel::SystemColumn), "Delivery");
    EXPECT_EQ(cell(TimelineModel::WhatColumn), "SHP-1002 delivered in Bologna");
    EXPECT_EQ(delivered.data(Qt::ToolTipRole).toString(), "Delivered to the customer");
    EXPECT_EQ(delivered.data(TimelineModel::SystemRole).toString(), "delivery");
    EXPECT_EQ(delivered.data(TimelineModel::KindRole).toString(), "shipment.delivered");
    EXPECT_EQ(delivered.data(TimelineModel::AtRole).toDateTime(), utc("2026-10-18T14:48:00Z"));
    EXPECT_EQ(delivered.data(TimelineModel::SummaryRole).toString(),
              "SHP-1002 delivered in Bologna");
    EXPECT_EQ(delivered.data(TimelineModel::DetailRole).toString(), "Delivered to the customer");
    EXPECT_EQ(delivered.data(TimelineModel::ReferencesRole).toStringList(),
              QStringList({"ORD-1001-R1", "SHP-1002"}));
    EXPECT_EQ(delivered.data(TimelineModel::OrderIdRole).toString(), "ORD-1001");
    EXPECT_EQ(delivered.data(TimelineModel::OutboxStateRole).toString(), "");
    EXPECT_EQ(delivered.data(TimelineModel::OutboxEntryIdRole).toLongLong(), 0);

    const QModelIndex call = model.indexOfKey("case:31");
    EXPECT_EQ(call.siblingAtColumn(TimelineModel::SystemColumn).data().toString(), "Case");
    EXPECT_EQ(call.data(TimelineModel::SystemRole).toString(), "case");
    EXPECT_EQ(call.data(TimelineModel::ActorRole).toString(), "marta");
    EXPECT_EQ(call.data(TimelineModel::KindRole).toString(), "contact.inbound");
    EXPECT_EQ(model.indexOfKey(keyOf(giulia::cancellationMessage()))
                  .siblingAtColumn(TimelineModel::SystemColumn)
                  .data()
                  .toString(),
              "Messages");
    EXPECT_EQ(model.headerData(TimelineModel::WhatColumn, Qt::Horizontal).toString(), "What");
}

TEST_F(Timeline, EventsWithDetailOrReferencesExpandIntoChildRows)
{
    model.setCaseHistory(giulia::caseHistory());
    model.setOrderTimeline(giulia::original());

    const QModelIndex delivered = model.indexOfKey(keyOf(giulia::replacementDelivered()));
    ASSERT_EQ(model.rowCount(delivered), 2);
    const QModelIndex detail = model.index(0, TimelineModel::WhatColumn, delivered);
    const QModelIndex concerns = model.index(1, TimelineModel::WhatColumn, delivered);
    EXPECT_EQ(detail.data().toString(), "Delivered to the customer");
    EXPECT_EQ(concerns.data().toString(), "Concerns: ORD-1001-R1, SHP-1002");
    EXPECT_EQ(concerns.parent(), delivered.siblingAtColumn(0));
    EXPECT_EQ(model.index(0, TimelineModel::WhenColumn, delivered).data().toString(), "");
    EXPECT_EQ(detail.data(TimelineModel::SystemRole).toString(), "delivery");
    EXPECT_EQ(concerns.data(TimelineModel::KeyRole).toString(),
              keyOf(giulia::replacementDelivered()));
    EXPECT_EQ(model.rowCount(detail), 0);

    // Detail only, references only, neither.
    EXPECT_EQ(model.rowCount(model.indexOfKey(keyOf(giulia::cancellationMessage()))), 1);
    EXPECT_EQ(model.rowCount(model.indexOfKey(keyOf(giulia::placed()))), 1);
    EXPECT_EQ(model.index(0, TimelineModel::WhatColumn, model.indexOfKey(keyOf(giulia::placed())))
                  .data()
                  .toString(),
              "Concerns: ORD-1001");
    EXPECT_EQ(model.rowCount(model.indexOfKey("case:32")), 0);
    EXPECT_EQ(model.rowCount(model.indexOfKey("case:31")), 1);
}

TEST_F(Timeline, MarksAlertEvidenceAndReturnLabels)
{
    model.setOrderTimeline(giulia::original());
    auto evidence = [&](const TimelineEvent &event) {
        return model.indexOfKey(keyOf(event)).data(TimelineModel::IsEvidenceRole).toBool();
    };
    EXPECT_TRUE(evidence(giulia::replacementCancelled()));
    EXPECT_TRUE(evidence(giulia::replacementDelivered()));
    EXPECT_FALSE(evidence(giulia::refunded()));
    EXPECT_FALSE(evidence(giulia::placed()));

    const QModelIndex returned = model.indexOfKey(keyOf(giulia::returnAuthorized()));
    EXPECT_EQ(returned.data(TimelineModel::ReturnIdRole).toString(), "RMA-1001");
    EXPECT_EQ(returned.data(TimelineModel::LabelUrlRole).toString(),
              "/returns/v1/returns/RMA-1001/label.pdf");
    EXPECT_EQ(
        model.indexOfKey(keyOf(giulia::refunded())).data(TimelineModel::ReturnIdRole).toString(),
        "");

    // The alert is resolved: the evidence mark goes, in place.
    OrderTimeline quiet = giulia::original();
    quiet.alerts.clear();
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setOrderTimeline(quiet);
    EXPECT_FALSE(evidence(giulia::replacementCancelled()));
    EXPECT_FALSE(evidence(giulia::replacementDelivered()));
    EXPECT_EQ(reset.count(), 0);
    EXPECT_GE(changed.count(), 2);
}

TEST_F(Timeline, ShowsAnEventReachedThroughTwoOrdersOnce)
{
    model.setOrderTimeline(giulia::original());
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.setOrderTimeline(giulia::replacement());
    EXPECT_EQ(model.eventCount(), 9); // only the shipping message is new
    ASSERT_EQ(inserted.count(), 1);
    EXPECT_TRUE(rowRange(inserted).topLevel);
    EXPECT_EQ(model.index(rowRange(inserted).first, 0).data(TimelineModel::KeyRole).toString(),
              keyOf(giulia::shippedMessage()));
    EXPECT_EQ(model.indexOfKey(keyOf(giulia::shippedMessage()))
                  .data(TimelineModel::OrderIdRole)
                  .toString(),
              "ORD-1001-R1");

    // Dropping ORD-1001 keeps what the replacement also reports, still marked as evidence.
    model.removeOrder("ORD-1001");
    EXPECT_EQ(
        topLevelKeys(model),
        QStringList({keyOf(giulia::replacementDelivered()), keyOf(giulia::shippedMessage()),
                     keyOf(giulia::replacementCancelled()), keyOf(giulia::replacementPlaced())}));
    EXPECT_TRUE(model.indexOfKey(keyOf(giulia::replacementDelivered()))
                    .data(TimelineModel::IsEvidenceRole)
                    .toBool());
    EXPECT_FALSE(model.indexOfKey(keyOf(giulia::returnAuthorized())).isValid());

    model.removeOrder("ORD-404"); // unknown: nothing happens
    EXPECT_EQ(model.eventCount(), 4);
    model.removeOrder("ORD-1001-R1");
    EXPECT_EQ(model.eventCount(), 0);
}

TEST_F(Timeline, RefreshWithOneNewEventInsertsOneRowAndKeepsExpansion)
{
    model.setCaseHistory(giulia::caseHistory());
    model.setOrderTimeline(giulia::original());
    QPersistentModelIndex delivered(model.indexOfKey(keyOf(giulia::replacementDelivered())));
    QPersistentModelIndex deliveredDetail(model.index(0, TimelineModel::WhatColumn, delivered));
    QPersistentModelIndex selected(
        model.indexOfKey(keyOf(giulia::refunded())).siblingAtColumn(TimelineModel::WhatColumn));
    const int deliveredRow = delivered.row();

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    // The same refresh again: nothing to say.
    model.setOrderTimeline(giulia::original());
    EXPECT_EQ(inserted.count() + removed.count() + reset.count() + layout.count() + changed.count(),
              0);

    OrderTimeline refreshed = giulia::original();
    refreshed.events.push_back(timelineEvent("2026-10-20T08:00:00Z", "notifications",
                                             "message.sent", "E-mail: La tua etichetta di reso",
                                             TimelineRefs::message("MSG-1006"), {"ORD-1001"},
                                             "Ecco l'etichetta per rispedirci le scarpe."));
    model.setOrderTimeline(refreshed);

    ASSERT_EQ(inserted.count(), 1);
    EXPECT_TRUE(rowRange(inserted).topLevel);
    EXPECT_EQ(rowRange(inserted).first, 0);
    EXPECT_EQ(rowRange(inserted).last, 0);
    EXPECT_EQ(removed.count(), 0);
    EXPECT_EQ(reset.count(), 0);
    EXPECT_EQ(layout.count(), 0);
    EXPECT_EQ(changed.count(), 0);

    ASSERT_TRUE(delivered.isValid());
    EXPECT_EQ(delivered.row(), deliveredRow + 1);
    EXPECT_EQ(delivered.data(TimelineModel::KeyRole).toString(),
              keyOf(giulia::replacementDelivered()));
    ASSERT_TRUE(deliveredDetail.isValid());
    EXPECT_EQ(deliveredDetail.data().toString(), "Delivered to the customer");
    EXPECT_EQ(deliveredDetail.parent(), QModelIndex(delivered));
    EXPECT_EQ(selected.data().toString(), "Refund REF-1001 of 49.90 EUR by finance");
    EXPECT_EQ(model.rowCount(model.index(0, 0)), 2);
}

TEST_F(Timeline, ChangedEventUpdatesInPlaceAndGrowsItsChildren)
{
    model.setOrderTimeline(giulia::original());
    QPersistentModelIndex first(model.indexOfKey(keyOf(giulia::firstDelivered())));
    QPersistentModelIndex concerns(model.index(0, TimelineModel::WhatColumn, first));
    ASSERT_EQ(concerns.data().toString(), "Concerns: ORD-1001, SHP-1001");

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    OrderTimeline refreshed = giulia::original();
    refreshed.events[1].summary = "SHP-1001 delivered by BRT to a neighbour";
    refreshed.events[1].detail = "Left with the neighbour at number 12";
    model.setOrderTimeline(refreshed);

    ASSERT_EQ(inserted.count(), 1); // the detail child, in front of the references child
    EXPECT_EQ(inserted.at(0).at(0).value<QModelIndex>(), QModelIndex(first));
    EXPECT_EQ(rowRange(inserted).first, 0);
    EXPECT_EQ(removed.count(), 0);
    EXPECT_GE(changed.count(), 1);
    EXPECT_EQ(first.data(TimelineModel::SummaryRole).toString(),
              "SHP-1001 delivered by BRT to a neighbour");
    EXPECT_EQ(model.rowCount(first), 2);
    EXPECT_EQ(concerns.row(), 1);
    EXPECT_EQ(concerns.data().toString(), "Concerns: ORD-1001, SHP-1001");

    // The references go: only their child row leaves.
    refreshed.events[1].references.clear();
    model.setOrderTimeline(refreshed);
    ASSERT_EQ(removed.count(), 1);
    EXPECT_EQ(rowRange(removed).first, 1);
    EXPECT_FALSE(concerns.isValid());
    EXPECT_EQ(model.rowCount(first), 1);
}

TEST_F(Timeline, EventThatMovesInTimeChangesTheLayoutNotTheModel)
{
    OrderTimeline timeline = giulia::replacement();
    timeline.events.push_back(timelineEvent("2026-10-18T09:00:00Z", "delivery", "delivery.window",
                                            "Delivery promised 18 Oct 09:00-18:00",
                                            TimelineRefs::shipment("SHP-1002"), {"SHP-1002"}));
    model.setOrderTimeline(timeline);
    QPersistentModelIndex window(model.indexOfKey(keyOf(timeline.events.back())));
    QPersistentModelIndex windowChild(model.index(0, TimelineModel::WhatColumn, window));
    QPersistentModelIndex placed(model.indexOfKey(keyOf(giulia::replacementPlaced())));
    const int placedRow = placed.row();
    ASSERT_EQ(window.row(), 1);

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

    // Rescheduled: the window moves after everything else.
    timeline.events.back().at = utc("2026-10-21T09:00:00Z");
    timeline.events.back().summary = "Delivery promised 21 Oct 09:00-18:00";
    model.setOrderTimeline(timeline);

    EXPECT_EQ(reset.count(), 0);
    EXPECT_EQ(layout.count(), 1);
    EXPECT_EQ(inserted.count(), 0);
    ASSERT_TRUE(window.isValid());
    EXPECT_EQ(window.row(), 0);
    EXPECT_EQ(window.data(TimelineModel::SummaryRole).toString(),
              "Delivery promised 21 Oct 09:00-18:00");
    ASSERT_TRUE(windowChild.isValid());
    EXPECT_EQ(windowChild.parent(), QModelIndex(window));
    EXPECT_EQ(placed.row(), placedRow);
}

TEST_F(Timeline, ShowsPendingAndFailedOutboxEntriesInWords)
{
    model.setOrderTimeline(giulia::original());
    model.setOutboxEntries({
        outboxEntry(12, "return-label", "returns", OutboxEntry::State::Pending, 2,
                    "connection refused"),
        outboxEntry(13, "refund", "payments", OutboxEntry::State::Failed, 5,
                    "payments refused: card expired."),
        outboxEntry(14, "reschedule", "delivery", OutboxEntry::State::Delivered, 1, ""),
    });
    EXPECT_EQ(model.eventCount(), 10);
    EXPECT_FALSE(model.indexOfKey("outbox:14").isValid());

    const QModelIndex pending = model.indexOfKey("outbox:12");
    ASSERT_TRUE(pending.isValid());
    EXPECT_EQ(pending.data(TimelineModel::SummaryRole).toString(),
              "Waiting to send: return label (2 tries; last error: connection refused)");
    EXPECT_EQ(pending.data(TimelineModel::SystemRole).toString(), "returns");
    EXPECT_EQ(pending.data(TimelineModel::KindRole).toString(), "outbox.pending");
    EXPECT_EQ(pending.data(TimelineModel::OutboxStateRole).toString(), "pending");
    EXPECT_EQ(pending.data(TimelineModel::OutboxEntryIdRole).toLongLong(), 12);
    EXPECT_EQ(pending.data(TimelineModel::AtRole).toDateTime(), utc("2026-10-19T09:30:00Z"));
    EXPECT_EQ(pending.data(TimelineModel::ActorRole).toString(), "marta");
    EXPECT_EQ(pending.data(TimelineModel::DetailRole).toString(), "Next try at 19 Oct 09:35.");

    const QModelIndex failed = model.indexOfKey("outbox:13");
    EXPECT_EQ(failed.data(TimelineModel::SummaryRole).toString(),
              "Failed: refund — payments refused: card expired. Can be retried.");
    EXPECT_EQ(failed.data(TimelineModel::KindRole).toString(), "outbox.failed");
    EXPECT_EQ(failed.data(TimelineModel::OutboxStateRole).toString(), "failed");
    EXPECT_EQ(failed.siblingAtColumn(TimelineModel::SystemColumn).data().toString(), "Payments");

    // The label went out: its outbox row leaves, nothing else moves.
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setOutboxEntries({outboxEntry(13, "refund", "payments", OutboxEntry::State::Failed, 5,
                                        "payments refused: card expired.")});
    ASSERT_EQ(removed.count(), 1);
    EXPECT_EQ(reset.count(), 0);
    EXPECT_EQ(model.eventCount(), 9);
    EXPECT_FALSE(model.indexOfKey("outbox:12").isValid());

    model.setOutboxEntries(
        {outboxEntry(15, "cancel-order", "orders", OutboxEntry::State::Pending, 0, "")});
    EXPECT_EQ(model.indexOfKey("outbox:15").data(TimelineModel::SummaryRole).toString(),
              "Waiting to send: cancel order");
}

TEST_F(Timeline, ClearEmptiesTheTimeline)
{
    model.setCaseHistory(giulia::caseHistory());
    model.setOrderTimeline(giulia::original());
    model.clear();
    EXPECT_EQ(model.eventCount(), 0);
    EXPECT_FALSE(model.indexOfKey("case:31").isValid());
    model.setOrderTimeline(giulia::replacement()); // usable again
    EXPECT_EQ(model.eventCount(), 4);
}

TEST_F(Timeline, TakesTheAssembledStilettosTimelineAsIs)
{
    const OrderFacts facts = test::stilettos();
    OrderTimeline timeline;
    timeline.orderId = "ORD-1001";
    timeline.facts = facts;
    timeline.events = TimelineBuilder().build(facts);
    timeline.alerts = ConflictWatchdog::withDefaultRules().evaluate(facts, asOf());
    ASSERT_FALSE(timeline.alerts.empty());

    model.setOrderTimeline(timeline);
    EXPECT_EQ(model.eventCount(), static_cast<int>(timeline.events.size()));
    for (int row = 1; row < model.rowCount(); ++row) {
        EXPECT_GE(model.index(row - 1, 0).data(TimelineModel::AtRole).toDateTime(),
                  model.index(row, 0).data(TimelineModel::AtRole).toDateTime());
    }
    for (const Alert &alert : timeline.alerts) {
        for (const std::string &ref : alert.evidence) {
            const QModelIndex event = model.indexOfKey(QString::fromStdString(ref));
            ASSERT_TRUE(event.isValid()) << ref;
            EXPECT_TRUE(event.data(TimelineModel::IsEvidenceRole).toBool()) << ref;
        }
    }
}
