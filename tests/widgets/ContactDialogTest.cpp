#include "ContactDialog.h"

#include "DialogTesting.h"

#include <QComboBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <gtest/gtest.h>
#include <tuple>

using namespace caseline;
using namespace caseline::testing;

TEST(ContactDialog, RecordsAnOutboundCallWithTheCaseChannelName)
{
    application();
    ContactDialog dialog;
    std::vector<std::tuple<QString, QString, QString>> contacts;
    QObject::connect(&dialog, &ContactDialog::contactRequested,
                     [&](const QString &direction, const QString &channel, const QString &text) {
                         contacts.emplace_back(direction, channel, text);
                     });
    QStringList channels;
    for (int i = 0; i < dialog.channelBox()->count(); ++i) {
        channels << dialog.channelBox()->itemData(i).toString();
    }
    EXPECT_EQ(channels,
              (QStringList{"phone", "email", "chat", "store", "social", "complaint-form"}));

    mouseClick(dialog.sendButton());
    EXPECT_EQ(dialog.messageText(), QStringLiteral("Sum up the contact first."));

    dialog.directionBox()->setCurrentIndex(1);
    dialog.channelBox()->setCurrentIndex(0);
    dialog.summaryEdit()->setPlainText(
        QStringLiteral("Called Lucía back: parcel goes to Correos Lavapiés, she is fine with it."));
    saveScreenshot(&dialog, QStringLiteral("contact"));
    mouseClick(dialog.sendButton());
    ASSERT_EQ(contacts.size(), 1u);
    EXPECT_EQ(std::get<0>(contacts.front()), QStringLiteral("outbound"));
    EXPECT_EQ(std::get<1>(contacts.front()), QStringLiteral("phone"));
    EXPECT_TRUE(std::get<2>(contacts.front()).startsWith(QStringLiteral("Called Lucía back")));
}
