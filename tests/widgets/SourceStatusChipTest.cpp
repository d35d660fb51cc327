#include "SourceStatusChip.h"

#include "DialogTesting.h"

#include <QImage>
#include <QPixmap>
#include <gtest/gtest.h>

namespace {

using caseline::testing::application;

QColor centreColour(QWidget &widget)
{
    widget.adjustSize();
    const QImage image = widget.grab().toImage();
    return image.pixelColor(2, image.height() / 2);
}

} // namespace

TEST(SourceStatusChip, SaysEachStateInWordsAndColour)
{
    application();
    caseline::SourceStatusChip chip(QStringLiteral("payments"));
    EXPECT_EQ(chip.state(), caseline::SourceStatusChip::State::Ok);
    EXPECT_EQ(chip.text(), QStringLiteral("payments: ok"));
    const QColor ok = centreColour(chip);

    chip.showStale(QDateTime(QDate(2026, 11, 2), QTime(10, 0), Qt::UTC));
    EXPECT_EQ(chip.state(), caseline::SourceStatusChip::State::Stale);
    EXPECT_TRUE(chip.text().startsWith(QStringLiteral("payments: stale since")));
    const QColor stale = centreColour(chip);

    chip.showError(QStringLiteral("connection refused"));
    EXPECT_EQ(chip.state(), caseline::SourceStatusChip::State::Error);
    EXPECT_TRUE(chip.toolTip().contains(QStringLiteral("connection refused")));
    EXPECT_EQ(chip.accessibleName(), chip.text());
    const QColor error = centreColour(chip);

    EXPECT_NE(ok, stale);
    EXPECT_NE(stale, error);
    EXPECT_GT(error.red(), error.green());
}
