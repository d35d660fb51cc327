#include "StatePalette.h"

#include "DarkPalette.h"
#include "DialogTesting.h"

#include <QSet>
#include <gtest/gtest.h>
#include <memory>

using namespace caseline;
using caseline::test::darkPalette;

namespace {

constexpr double readable = 4.5; // WCAG AA for ordinary text

const std::vector<StatePalette::State> &states()
{
    static const std::vector<StatePalette::State> all = {
        StatePalette::State::Error, StatePalette::State::Warning, StatePalette::State::Ok,
        StatePalette::State::Info};
    return all;
}

QPalette lightPalette()
{
    caseline::testing::application();
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    return fusion->standardPalette();
}

} // namespace

TEST(StatePalette, ContrastIsTheWcagRatio)
{
    EXPECT_DOUBLE_EQ(StatePalette::contrast(Qt::black, Qt::white), 21.0);
    EXPECT_DOUBLE_EQ(StatePalette::contrast(Qt::white, Qt::black), 21.0);
    EXPECT_DOUBLE_EQ(StatePalette::contrast(QColor(0x77, 0x77, 0x77), QColor(0x77, 0x77, 0x77)),
                     1.0);
    // #767676 on white is the classic lightest grey that passes AA.
    EXPECT_NEAR(StatePalette::contrast(QColor(0x76, 0x76, 0x76), Qt::white), 4.54, 0.01);
}

TEST(StatePalette, TakesTheDarkVariantWhenTheWindowIsDark)
{
    caseline::testing::application();
    EXPECT_FALSE(StatePalette(lightPalette()).isDark());
    EXPECT_TRUE(StatePalette(darkPalette()).isDark());
    const StatePalette light(lightPalette());
    const StatePalette dark(darkPalette());
    for (const StatePalette::State state : states()) {
        EXPECT_GT(light.background(state).lightness(), 200);
        EXPECT_LT(dark.background(state).lightness(), 100);
        EXPECT_NE(light.foreground(state), dark.foreground(state));
    }
    const QPalette before = QApplication::palette();
    QApplication::setPalette(darkPalette());
    EXPECT_TRUE(StatePalette().isDark()) << "the default follows the application's palette";
    QApplication::setPalette(before);
}

TEST(StatePalette, EveryTextIsReadableOnWhatItIsDrawnOnInBothVariants)
{
    caseline::testing::application();
    for (const QPalette &palette : {lightPalette(), darkPalette()}) {
        const StatePalette colours(palette);
        const std::string variant = colours.isDark() ? "dark" : "light";
        for (const StatePalette::State state : states()) {
            const int which = static_cast<int>(state);
            EXPECT_GE(StatePalette::contrast(colours.foreground(state), colours.background(state)),
                      readable)
                << variant << " state " << which;
            for (const QPalette::ColorRole role : {QPalette::Base, QPalette::Window}) {
                EXPECT_GE(StatePalette::contrast(colours.emphasis(state), palette.color(role)),
                          readable)
                    << variant << " state " << which << " emphasis on role " << role;
            }
            // A failed action (error emphasis) on an alert's evidence row (warning tint).
            EXPECT_GE(StatePalette::contrast(colours.emphasis(state),
                                             colours.background(StatePalette::State::Warning)),
                      readable)
                << variant << " state " << which << " on the warning tint";
        }
        for (const char *system :
             {"orders", "delivery", "payments", "returns", "notifications", "case", "unknown"}) {
            EXPECT_GE(StatePalette::contrast(colours.badgeText(),
                                             colours.system(QString::fromLatin1(system))),
                      readable)
                << variant << " badge " << system;
        }
    }
}

TEST(StatePalette, SystemsAndChartLinesTellApart)
{
    const StatePalette colours(lightPalette());
    QSet<QRgb> seen;
    for (const char *system :
         {"orders", "delivery", "payments", "returns", "notifications", "case"}) {
        seen.insert(colours.system(QString::fromLatin1(system)).rgb());
    }
    EXPECT_EQ(seen.size(), 6);
    EXPECT_EQ(colours.system(QStringLiteral("something else")),
              colours.system(QStringLiteral("case")));
    EXPECT_NE(colours.chart(StatePalette::ChartLine::Backlog),
              colours.chart(StatePalette::ChartLine::Opened));
    EXPECT_NE(colours.chart(StatePalette::ChartLine::Opened),
              colours.chart(StatePalette::ChartLine::Resolved));
}

TEST(StatePalette, SeveritiesAreStates)
{
    EXPECT_EQ(StatePalette::ofSeverity(QStringLiteral("critical")), StatePalette::State::Error);
    EXPECT_EQ(StatePalette::ofSeverity(QStringLiteral("warning")), StatePalette::State::Warning);
    EXPECT_EQ(StatePalette::ofSeverity(QStringLiteral("info")), StatePalette::State::Info);
    EXPECT_EQ(StatePalette::ofSeverity(QString()), StatePalette::State::Info);
}
