#include "MessageBar.h"

#include "DarkPalette.h"
#include "DialogTesting.h"
#include "RenderedText.h"

#include <QAccessible>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QToolButton>
#include <QVBoxLayout>
#include <gtest/gtest.h>

using namespace caseline;
using namespace caseline::testing;
using caseline::test::ApplicationLook;
using caseline::test::renderedText;

namespace {

// A bar in a window, as the console shows one.
struct Shown
{
    QWidget window;
    MessageBar *bar = new MessageBar(&window);

    Shown()
    {
        auto *layout = new QVBoxLayout(&window);
        layout->addWidget(bar);
        layout->addStretch(1);
        window.resize(420, 160);
        window.show();
        QApplication::processEvents();
    }
};

} // namespace

TEST(MessageBar, ShowsATextInAStateAndHidesWhenThereIsNone)
{
    application();
    Shown shown;
    MessageBar *bar = shown.bar;
    EXPECT_FALSE(bar->isVisible());
    bar->showMessage(QStringLiteral("The store did not answer."), MessageBar::State::Error);
    EXPECT_TRUE(bar->isVisible());
    EXPECT_EQ(bar->text(), QStringLiteral("The store did not answer."));
    EXPECT_EQ(bar->state(), MessageBar::State::Error);
    EXPECT_EQ(bar->accessibleDescription(), QStringLiteral("Problem"));
    bar->showMessage(QStringLiteral("Saved."), MessageBar::State::Ok);
    EXPECT_EQ(bar->state(), MessageBar::State::Ok);
    EXPECT_EQ(bar->accessibleDescription(), QStringLiteral("Done"));
    bar->showMessage(QString(), MessageBar::State::Info);
    EXPECT_FALSE(bar->isVisible());
}

TEST(MessageBar, ScreenReadersReadItsText)
{
    application();
    Shown shown;
    shown.bar->setAccessibleName(QStringLiteral("Outcome"));
    shown.bar->showMessage(QStringLiteral("Refund refused: over the limit"),
                           MessageBar::State::Warning);
    QAccessibleInterface *bar = QAccessible::queryAccessibleInterface(shown.bar);
    ASSERT_NE(bar, nullptr);
    EXPECT_EQ(bar->text(QAccessible::Name), QStringLiteral("Outcome"));
    EXPECT_EQ(bar->text(QAccessible::Description), QStringLiteral("Warning"));
    QAccessibleInterface *text = QAccessible::queryAccessibleInterface(shown.bar->textLabel());
    ASSERT_NE(text, nullptr);
    EXPECT_EQ(text->text(QAccessible::Name), QStringLiteral("Refund refused: over the limit"));
    EXPECT_GE(bar->indexOfChild(text), 0) << "the text is part of the bar for a screen reader";
}

TEST(MessageBar, TheCloseButtonHidesItAndSaysSo)
{
    application();
    Shown shown;
    QSignalSpy closed(shown.bar, &MessageBar::closed);
    shown.bar->showMessage(QStringLiteral("3 cases reassigned to marco"), MessageBar::State::Ok);
    ASSERT_TRUE(shown.bar->closeButton()->isVisible());
    EXPECT_EQ(shown.bar->closeButton()->accessibleName(), QStringLiteral("Close the message"));
    shown.bar->closeButton()->click();
    EXPECT_FALSE(shown.bar->isVisible());
    EXPECT_EQ(closed.count(), 1);

    shown.bar->setCloseButtonVisible(false);
    shown.bar->showMessage(QStringLiteral("Choose first."), MessageBar::State::Error);
    EXPECT_FALSE(shown.bar->closeButton()->isVisible());
}

TEST(MessageBar, ActionButtonsSitAfterTheTextAndBeforeTheCloseButton)
{
    application();
    Shown shown;
    QPushButton *apply = shown.bar->addActionButton(QStringLiteral("&Apply again"));
    QPushButton *keep = shown.bar->addActionButton(QStringLiteral("&Keep theirs"));
    int clicked = 0;
    QObject::connect(apply, &QPushButton::clicked, [&] { ++clicked; });
    shown.bar->showMessage(QStringLiteral("Someone else saved first."), MessageBar::State::Warning);
    QApplication::processEvents();
    EXPECT_TRUE(apply->isVisible());
    EXPECT_EQ(apply->parentWidget(), shown.bar);
    EXPECT_LT(shown.bar->textLabel()->geometry().right(), apply->geometry().left());
    EXPECT_LT(apply->geometry().right(), keep->geometry().left());
    EXPECT_LT(keep->geometry().right(), shown.bar->closeButton()->geometry().left());
    apply->click();
    EXPECT_EQ(clicked, 1);
    EXPECT_TRUE(shown.bar->isVisible()) << "what a button does is the caller's";
}

TEST(MessageBar, ALongTextWrapsInsteadOfWideningTheWindow)
{
    application();
    Shown shown;
    QString text;
    for (int i = 0; i < 12; ++i) {
        text += QStringLiteral("The carrier's options could not be read. ");
    }
    shown.bar->showMessage(text.trimmed(), MessageBar::State::Error);
    QApplication::processEvents();
    EXPECT_LE(shown.window.width(), 420);
    const int line = shown.bar->textLabel()->fontMetrics().lineSpacing();
    EXPECT_GE(shown.bar->textLabel()->height(), 3 * line);
}

TEST(MessageBar, EveryStateIsReadableOnALightAndADarkDesktop)
{
    application();
    for (const bool dark : {false, true}) {
        ApplicationLook look(dark);
        Shown shown;
        for (const MessageBar::State state : {MessageBar::State::Error, MessageBar::State::Warning,
                                              MessageBar::State::Ok, MessageBar::State::Info}) {
            shown.bar->showMessage(QStringLiteral("Could not write /tmp/export.csv"), state);
            QApplication::processEvents();
            const auto seen = renderedText(shown.bar->textLabel(), &shown.window);
            EXPECT_GE(seen.contrast, 4.5) << (dark ? "dark " : "light ") << static_cast<int>(state)
                                          << ": " << seen.describe();
            EXPECT_EQ(seen.background.lightness() < 128, dark) << seen.describe();
            EXPECT_EQ(seen.background, StatePalette(shown.window.palette()).background(state))
                << seen.describe();
        }
    }
}

TEST(MessageBar, FollowsThePaletteWhenTheDesktopTurnsDark)
{
    application();
    ApplicationLook light(false);
    Shown shown;
    shown.bar->showMessage(QStringLiteral("Not saved"), MessageBar::State::Error);
    QApplication::processEvents();
    const auto before = renderedText(shown.bar->textLabel(), &shown.window);
    EXPECT_GT(before.background.lightness(), 128) << before.describe();
    QApplication::setPalette(caseline::test::darkPalette());
    QApplication::processEvents();
    const auto after = renderedText(shown.bar->textLabel(), &shown.window);
    EXPECT_LT(after.background.lightness(), 128) << after.describe();
    EXPECT_GE(after.contrast, 4.5) << after.describe();
}
