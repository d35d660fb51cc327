#include "timeline/AlertText.h"

#include "TimelineTestFacts.h"

#include <QLocale>
#include <gtest/gtest.h>

using namespace caseline;
using namespace caseline::test;
using namespace std::chrono_literals;

namespace {

// Sets the default locale for one test and puts the previous one back, so no test leaks its
// language into another.
class AlertTextTest : public ::testing::Test
{
protected:
    void TearDown() override { QLocale::setDefault(m_previous); }

private:
    QLocale m_previous;
};

DeliveryWindow window(const char *from, const char *to)
{
    DeliveryWindow window;
    window.from = at(from);
    window.to = at(to);
    return window;
}

// What the console shows in English; the C locale and en_US must both give exactly this.
void expectEnglish()
{
    EXPECT_EQ(AlertText::money(4990, "EUR"), "49.90 EUR");
    EXPECT_EQ(AlertText::money(123456789, "EUR"), "1234567.89 EUR");
    EXPECT_EQ(AlertText::money(-5, "EUR"), "-0.05 EUR");
    EXPECT_EQ(AlertText::money(0, ""), "0.00");
    EXPECT_EQ(AlertText::time(at("2026-10-16T07:30:00Z")), "16 Oct 2026 07:30 UTC");
    EXPECT_EQ(AlertText::time(QDateTime()), "an unknown time");
    EXPECT_EQ(AlertText::window(window("2026-10-19T08:00:00Z", "2026-10-19T12:00:00Z")),
              "19 Oct 2026 08:00-12:00 UTC");
    EXPECT_EQ(AlertText::window(window("2026-10-19T18:00:00Z", "2026-10-20T09:00:00Z")),
              "19 Oct 2026 18:00 UTC to 20 Oct 2026 09:00 UTC");
    EXPECT_EQ(AlertText::duration(59min), "59 min");
    EXPECT_EQ(AlertText::duration(36h), "36 h");
    EXPECT_EQ(AlertText::duration(24h * 3 + 5h), "3 days");
    EXPECT_EQ(AlertText::units(1), "1 unit");
    EXPECT_EQ(AlertText::units(3), "3 units");
    EXPECT_EQ(AlertText::list({"a", "b", "c"}), "a, b and c");
    EXPECT_EQ(AlertText::status("out_for_delivery"), "out for delivery");
    EXPECT_EQ(AlertText::status("some_new_code"), "some new code");
    const char *months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                            "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    for (int month = 1; month <= 12; ++month) {
        const QDateTime first(QDate(2026, month, 1), QTime(9, 5), Qt::UTC);
        EXPECT_EQ(AlertText::time(first),
                  "1 " + std::string(months[month - 1]) + " 2026 09:05 UTC");
    }
}

} // namespace

TEST_F(AlertTextTest, ReadsEnglishInTheCLocale)
{
    QLocale::setDefault(QLocale::c());
    expectEnglish();
}

TEST_F(AlertTextTest, ReadsTheSameInAmericanEnglish)
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    expectEnglish();
}

TEST_F(AlertTextTest, FollowsAnItalianDefaultLocale)
{
    QLocale::setDefault(QLocale(QLocale::Italian, QLocale::Italy));
    EXPECT_EQ(AlertText::money(4990, "EUR"), "49,90 EUR");
    EXPECT_EQ(AlertText::money(123456789, "EUR"), "1234567,89 EUR");
    EXPECT_EQ(AlertText::time(at("2026-10-16T07:30:00Z")), "16 ott 2026 07:30 UTC");
    EXPECT_EQ(AlertText::window(window("2026-05-19T08:00:00Z", "2026-05-19T12:00:00Z")),
              "19 mag 2026 08:00-12:00 UTC");
    // Without a translation loaded the words stay English; only the formats follow the locale.
    EXPECT_EQ(AlertText::duration(36h), "36 h");
}
