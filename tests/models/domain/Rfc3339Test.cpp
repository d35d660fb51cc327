#include "domain/Rfc3339.h"
#include "domain/SystemClock.h"

#include <gtest/gtest.h>

using caseline::Rfc3339::format;
using caseline::Rfc3339::parse;

TEST(Rfc3339, FormatsUtcAtSecondPrecision)
{
    const QDateTime time(QDate(2026, 10, 17), QTime(9, 30, 5, 700), Qt::UTC);
    EXPECT_EQ(format(time), "2026-10-17T09:30:05Z");
}

TEST(Rfc3339, ParsesZuluOffsetsAndFractions)
{
    EXPECT_EQ(format(*parse("2026-10-17T09:30:00Z")), "2026-10-17T09:30:00Z");
    EXPECT_EQ(format(*parse("2026-10-17T11:30:00+02:00")), "2026-10-17T09:30:00Z");
    EXPECT_EQ(format(*parse("2026-10-17t09:30:00.250z")), "2026-10-17T09:30:00Z");
}

TEST(Rfc3339, RejectsWhatIsNotAnRfc3339Time)
{
    EXPECT_FALSE(parse("2026-10-17"));
    EXPECT_FALSE(parse("2026-10-17T09:30:00"));
    EXPECT_FALSE(parse("2026-13-17T09:30:00Z"));
    EXPECT_FALSE(parse("yesterday"));
    EXPECT_FALSE(parse(""));
}

TEST(SystemClock, IsUtcAndWholeSeconds)
{
    const QDateTime now = caseline::SystemClock().now();
    EXPECT_EQ(now.timeSpec(), Qt::UTC);
    EXPECT_EQ(now.time().msec(), 0);
}
