#include "DeliveryOptionsPlanner.h"

#include <QRegularExpression>
#include <QTimeZone>
#include <algorithm>
#include <gtest/gtest.h>
#include <set>

using caseline::backoffice::DeliveryOptionsPlanner;
using caseline::backoffice::DeliverySlot;

namespace {

QDateTime utc(int year, int month, int day, int hour, int minute = 0, int second = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), Qt::UTC);
}

std::size_t countKind(const std::vector<DeliverySlot> &offered, const std::string &kind)
{
    return static_cast<std::size_t>(
        std::count_if(offered.begin(), offered.end(),
                      [&kind](const DeliverySlot &slot) { return slot.kind == kind; }));
}

bool containsId(const std::vector<DeliverySlot> &offered, const std::string &id)
{
    return DeliveryOptionsPlanner::findSlot(offered, id).has_value();
}

// Sunday 2026-11-22 12:00: the next 14 days are exactly two full working weeks (23 Nov - 4 Dec)
// and two Saturdays (28 Nov, 5 Dec), ending on Sunday 6 Dec at noon.
const QDateTime sundayNoon = utc(2026, 11, 22, 12);

} // namespace

TEST(DeliveryOptionsPlannerTest, OfficeHoursCarrierOffersTwoSlotsPerWeekday)
{
    const auto offered = DeliveryOptionsPlanner(false, false).availableSlots(sundayNoon);

    EXPECT_EQ(offered.size(), 20u); // 10 weekdays x (09-13, 13-18)
    EXPECT_EQ(countKind(offered, "office-hours"), 20u);
    EXPECT_EQ(countKind(offered, "evening"), 0u);
    EXPECT_EQ(countKind(offered, "saturday"), 0u);

    std::size_t firstWeek = 0;
    for (const DeliverySlot &slot : offered) {
        firstWeek += slot.from < utc(2026, 11, 30, 0) ? 1 : 0;
    }
    EXPECT_EQ(firstWeek, 10u);
    ASSERT_FALSE(offered.empty());
    EXPECT_EQ(offered.front().id, "SLOT-20261123-0913");
    EXPECT_EQ(offered.back().id, "SLOT-20261204-1318");
}

TEST(DeliveryOptionsPlannerTest, EveningAndSaturdayCarrierAddsThoseSlots)
{
    const auto offered = DeliveryOptionsPlanner(true, true).availableSlots(sundayNoon);

    EXPECT_EQ(offered.size(), 32u); // 10 weekdays x 3 + 2 Saturdays
    EXPECT_EQ(countKind(offered, "office-hours"), 20u);
    EXPECT_EQ(countKind(offered, "evening"), 10u);
    EXPECT_EQ(countKind(offered, "saturday"), 2u);

    const auto evening = DeliveryOptionsPlanner::findSlot(offered, "SLOT-20261124-1821");
    ASSERT_TRUE(evening.has_value());
    EXPECT_EQ(evening->kind, "evening");
    EXPECT_EQ(evening->from, utc(2026, 11, 24, 18));
    EXPECT_EQ(evening->to, utc(2026, 11, 24, 21));

    const auto saturday = DeliveryOptionsPlanner::findSlot(offered, "SLOT-20261128-0913");
    ASSERT_TRUE(saturday.has_value());
    EXPECT_EQ(saturday->kind, "saturday");
    EXPECT_EQ(saturday->from.date().dayOfWeek(), Qt::Saturday);
    // Saturdays are mornings only.
    EXPECT_FALSE(containsId(offered, "SLOT-20261128-1318"));
    EXPECT_FALSE(containsId(offered, "SLOT-20261128-1821"));
}

TEST(DeliveryOptionsPlannerTest, EveningOnlyOrSaturdayOnlyAreIndependent)
{
    const auto evening = DeliveryOptionsPlanner(true, false).availableSlots(sundayNoon);
    EXPECT_EQ(countKind(evening, "evening"), 10u);
    EXPECT_EQ(countKind(evening, "saturday"), 0u);

    const auto saturday = DeliveryOptionsPlanner(false, true).availableSlots(sundayNoon);
    EXPECT_EQ(countKind(saturday, "evening"), 0u);
    EXPECT_EQ(countKind(saturday, "saturday"), 2u);
}

TEST(DeliveryOptionsPlannerTest, NeverOnSunday)
{
    const auto offered = DeliveryOptionsPlanner(true, true).availableSlots(utc(2026, 11, 24, 10));
    ASSERT_FALSE(offered.empty());
    for (const DeliverySlot &slot : offered) {
        EXPECT_NE(slot.from.date().dayOfWeek(), Qt::Sunday) << slot.id;
    }
}

TEST(DeliveryOptionsPlannerTest, SlotsAlreadyStartedAreExcluded)
{
    // Tuesday 10:00: the morning slot has begun, the afternoon one has not.
    const auto offered = DeliveryOptionsPlanner(true, true).availableSlots(utc(2026, 11, 24, 10));

    EXPECT_FALSE(containsId(offered, "SLOT-20261124-0913"));
    ASSERT_FALSE(offered.empty());
    EXPECT_EQ(offered.front().id, "SLOT-20261124-1318");
    EXPECT_TRUE(containsId(offered, "SLOT-20261124-1821"));
    for (const DeliverySlot &slot : offered) {
        EXPECT_GT(slot.from, utc(2026, 11, 24, 10)) << slot.id;
    }
}

TEST(DeliveryOptionsPlannerTest, SlotStartingExactlyNowIsExcluded)
{
    const auto offered = DeliveryOptionsPlanner(false, false).availableSlots(utc(2026, 11, 24, 9));
    EXPECT_FALSE(containsId(offered, "SLOT-20261124-0913"));
    EXPECT_TRUE(containsId(offered, "SLOT-20261124-1318"));
}

TEST(DeliveryOptionsPlannerTest, HorizonIsExactlyFourteenDays)
{
    const DeliveryOptionsPlanner planner(true, true);

    // One second before 09:00: today's morning slot is in, the one 14 days later is not.
    const QDateTime before = utc(2026, 11, 24, 8, 59, 59);
    const auto early = planner.availableSlots(before);
    EXPECT_TRUE(containsId(early, "SLOT-20261124-0913"));
    EXPECT_FALSE(containsId(early, "SLOT-20261208-0913"));
    ASSERT_FALSE(early.empty());
    EXPECT_EQ(early.back().id, "SLOT-20261207-1821");

    // Exactly 09:00: neither (one has not started after now, the other not before the horizon).
    const auto onTheHour = planner.availableSlots(utc(2026, 11, 24, 9));
    EXPECT_FALSE(containsId(onTheHour, "SLOT-20261124-0913"));
    EXPECT_FALSE(containsId(onTheHour, "SLOT-20261208-0913"));

    // One second after: the slot 14 days later starts just before the horizon.
    const auto late = planner.availableSlots(utc(2026, 11, 24, 9, 0, 1));
    EXPECT_FALSE(containsId(late, "SLOT-20261124-0913"));
    EXPECT_TRUE(containsId(late, "SLOT-20261208-0913"));
    EXPECT_FALSE(containsId(late, "SLOT-20261208-1318"));

    for (const DeliverySlot &slot : early) {
        EXPECT_LT(before.secsTo(slot.from), 14 * 24 * 3600) << slot.id;
    }
}

TEST(DeliveryOptionsPlannerTest, IdsAreUniqueWellFormedAndMatchTheTimes)
{
    const auto offered =
        DeliveryOptionsPlanner(true, true).availableSlots(utc(2026, 12, 29, 15, 30));
    const QRegularExpression shape(QStringLiteral("^SLOT-(\\d{8})-(\\d{2})(\\d{2})$"));
    std::set<std::string> seen;
    QDateTime previous;
    for (const DeliverySlot &slot : offered) {
        EXPECT_TRUE(seen.insert(slot.id).second) << "duplicate " << slot.id;
        const auto match = shape.match(QString::fromStdString(slot.id));
        ASSERT_TRUE(match.hasMatch()) << slot.id;
        EXPECT_EQ(match.captured(1), slot.from.toString(QStringLiteral("yyyyMMdd")));
        EXPECT_EQ(match.captured(2).toInt(), slot.from.time().hour());
        EXPECT_EQ(match.captured(3).toInt(), slot.to.time().hour());
        EXPECT_EQ(slot.from.date(), slot.to.date());
        EXPECT_EQ(slot.from.time().minute(), 0);
        EXPECT_EQ(slot.from.timeSpec(), Qt::UTC);
        if (previous.isValid()) {
            EXPECT_LT(previous, slot.from) << "not in order at " << slot.id;
        }
        previous = slot.from;
    }
    // Crossing the new year keeps the full date in the id.
    EXPECT_TRUE(seen.count("SLOT-20261229-1821"));
    EXPECT_TRUE(seen.count("SLOT-20270102-0913"));
    EXPECT_FALSE(seen.count("SLOT-20261229-1318"));
}

TEST(DeliveryOptionsPlannerTest, NowWithAnOffsetIsTheSameInstant)
{
    const DeliveryOptionsPlanner planner(true, false);
    const QDateTime rome(QDate(2026, 11, 24), QTime(11, 0), QTimeZone(3600)); // 10:00 UTC
    const auto fromRome = planner.availableSlots(rome);
    const auto fromUtc = planner.availableSlots(utc(2026, 11, 24, 10));
    ASSERT_EQ(fromRome.size(), fromUtc.size());
    for (std::size_t i = 0; i < fromUtc.size(); ++i) {
        EXPECT_EQ(fromRome[i].id, fromUtc[i].id);
    }
}

TEST(DeliveryOptionsPlannerTest, FindSlotReturnsNothingForUnknownIds)
{
    const auto offered = DeliveryOptionsPlanner(false, false).availableSlots(sundayNoon);
    EXPECT_FALSE(DeliveryOptionsPlanner::findSlot(offered, "SLOT-20261122-0913")); // Sunday
    EXPECT_FALSE(DeliveryOptionsPlanner::findSlot(offered, "SLOT-20261123-1821")); // no evenings
    EXPECT_FALSE(DeliveryOptionsPlanner::findSlot(offered, ""));
    EXPECT_FALSE(DeliveryOptionsPlanner::findSlot({}, "SLOT-20261123-0913"));
    EXPECT_TRUE(DeliveryOptionsPlanner::findSlot(offered, "SLOT-20261123-0913"));
}

TEST(DeliveryOptionsPlannerTest, JsonUsesRfc3339Times)
{
    const auto offered = DeliveryOptionsPlanner(false, false).availableSlots(sundayNoon);
    const auto slot = DeliveryOptionsPlanner::findSlot(offered, "SLOT-20261124-0913");
    ASSERT_TRUE(slot.has_value());
    const nlohmann::json expected = {{"id", "SLOT-20261124-0913"},
                                     {"from", "2026-11-24T09:00:00Z"},
                                     {"to", "2026-11-24T13:00:00Z"},
                                     {"kind", "office-hours"}};
    EXPECT_EQ(toJson(*slot), expected);
}
