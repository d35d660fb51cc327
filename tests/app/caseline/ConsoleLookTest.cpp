// The console on a light and on a dark desktop (Fusion style): the main window with the
// stilettos case open, its alerts, source chips and timeline badges readable (WCAG contrast of
// at least 4.5:1, measured on the rendered pixels), saved as main-window-light.png and
// main-window-dark.png to $CASELINE_SCREENSHOT_DIR, else <build>/screenshots. The README shows
// the dark one.
#include "AlertPanel.h"
#include "CasePane.h"
#include "ConsoleFixture.h"
#include "DarkPalette.h"
#include "QueuePane.h"
#include "RenderedText.h"
#include "SourceStatusBar.h"
#include "SourceStatusChip.h"
#include "StatePalette.h"
#include "itemmodels/TimelineModel.h"

#include <QDir>
#include <QLabel>
#include <QTableView>
#include <QTest>
#include <QTreeView>

namespace caseline::test {
namespace {

constexpr double readable = 4.5; // WCAG AA for ordinary text

// The look is set before the fixture builds the window, as a desktop's would be.
class LookFirst
{
protected:
    LookFirst()
        : look((testApplication(),
                ::testing::WithParamInterface<QString>::GetParam() == QLatin1String("dark")))
    {
    }
    ApplicationLook look;
};

class ConsoleLookTest : protected LookFirst,
                        public ConsoleFixture,
                        public ::testing::WithParamInterface<QString>
{
protected:
    bool dark() const { return GetParam() == QLatin1String("dark"); }

    static QString target(const QString &name)
    {
        const QString folder = qEnvironmentVariable(
            "CASELINE_SCREENSHOT_DIR", QStringLiteral(CASELINE_BIN_DIR "/../screenshots"));
        QDir().mkpath(folder);
        return QDir(folder).filePath(name);
    }

    // The stilettos case (alerts on every system) beside an ordinary one in the queue.
    void openTheStilettos()
    {
        openCaseFor("CUS-2001", "ORD-4001", "de");
        openCaseFor("CUS-1001", "ORD-1001");
        window->queuePane()->setCurrentKind(QueueKind::AllOpen);
        ASSERT_TRUE(
            waitUntil([this] { return window->queuePane()->view()->model()->rowCount() >= 2; },
                      "both cases in the queue"));
        QTest::qWait(1000); // a fixed second on purpose: the alert badges arrive, unannounced
        ASSERT_GT(controller().alertModel().rowCount(), 0);
    }
};

TEST_P(ConsoleLookTest, TheAlertsAreReadable)
{
    openTheStilettos();
    AlertPanel *alerts = window->casePane()->alertPanel();
    ASSERT_TRUE(alerts->isVisible());
    int measured = 0;
    for (QLabel *message : alerts->findChildren<QLabel *>()) {
        if (!message->isVisibleTo(alerts) || message->text().isEmpty()) {
            continue;
        }
        const RenderedText seen = renderedText(message, alerts);
        EXPECT_GE(seen.contrast, readable)
            << message->text().toStdString() << ": " << seen.describe();
        EXPECT_EQ(seen.background.lightness() < 128, dark()) << seen.describe();
        ++measured;
    }
    EXPECT_GE(measured, 2) << "the stilettos case has several alerts";
}

TEST_P(ConsoleLookTest, TheSourceChipsAndTheSystemBadgesAreReadable)
{
    openTheStilettos();
    SourceStatusBar *sources = window->casePane()->statusBar();
    const QList<SourceStatusChip *> chips = sources->findChildren<SourceStatusChip *>();
    ASSERT_GE(chips.size(), 5); // one per back-office system
    for (SourceStatusChip *chip : chips) {
        ASSERT_TRUE(chip->isVisible());
        const RenderedText seen = renderedText(chip, sources);
        EXPECT_GE(seen.contrast, readable) << chip->text().toStdString() << ": " << seen.describe();
        // The colours the chip was given, not only what antialiasing left of them.
        EXPECT_GE(StatePalette::contrast(chip->palette().color(QPalette::WindowText),
                                         chip->palette().color(QPalette::Window)),
                  readable)
            << chip->text().toStdString();
    }

    QAbstractItemModel *timeline = window->casePane()->timelineView()->model();
    QSet<QString> systems;
    int tinted = 0;
    for (int row = 0; row < timeline->rowCount(); ++row) {
        // Rows that carry a tint of their own (an alert's evidence) keep their text readable.
        const QModelIndex what = timeline->index(row, TimelineModel::WhatColumn);
        const QVariant tint = what.data(Qt::BackgroundRole);
        if (tint.isValid()) {
            const QVariant text = what.data(Qt::ForegroundRole);
            const QColor ink = text.isValid() ? qvariant_cast<QColor>(text)
                                              : window->palette().color(QPalette::Text);
            EXPECT_GE(StatePalette::contrast(ink, qvariant_cast<QColor>(tint)), readable)
                << what.data().toString().toStdString();
            ++tinted;
        }
        const QModelIndex cell = timeline->index(row, TimelineModel::SystemColumn);
        const QString system = cell.data(TimelineModel::SystemRole).toString();
        if (systems.contains(system)) {
            continue;
        }
        systems.insert(system);
        const QIcon badge = qvariant_cast<QIcon>(cell.data(Qt::DecorationRole));
        ASSERT_FALSE(badge.isNull()) << system.toStdString();
        for (const int size : {16, 32}) {
            const RenderedText seen = renderedText(badge.pixmap(size, size).toImage());
            EXPECT_GE(seen.contrast, readable)
                << system.toStdString() << " at " << size << " px: " << seen.describe();
        }
    }
    EXPECT_GT(tinted, 0) << "the alerts' evidence is highlighted on the timeline";
    EXPECT_GE(systems.size(), 4) << "the stilettos case has events of most systems";
}

TEST_P(ConsoleLookTest, TheMainWindowIsSavedForTheDocumentation)
{
    openTheStilettos();
    const QImage image = window->grab().toImage();
    ASSERT_FALSE(image.isNull());
    // The window is drawn in the desktop's variant, not a light console on a dark desktop.
    const RenderedText whole = renderedText(image);
    EXPECT_EQ(whole.background.lightness() < 128, dark()) << whole.describe();
    const QString file = target(QStringLiteral("main-window-%1.png").arg(GetParam()));
    EXPECT_TRUE(image.save(file)) << file.toStdString();
}

INSTANTIATE_TEST_SUITE_P(Looks, ConsoleLookTest,
                         ::testing::Values(QStringLiteral("light"), QStringLiteral("dark")),
                         [](const ::testing::TestParamInfo<QString> &info) {
                             return info.param.toStdString();
                         });

} // namespace
} // namespace caseline::test
