#include "MessageDialog.h"

#include "DemoOrders.h"
#include "DialogTesting.h"
#include "actions/MessageTemplates.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <gtest/gtest.h>

using namespace caseline;
using namespace caseline::testing;

TEST(MessageDialog, FillsTheRescheduleTemplateInSpanishAndSendsIt)
{
    application();
    MessageDialog dialog(vacuumCase(), "ORD-2001");
    std::vector<PlannedAction> plans;
    QObject::connect(&dialog, &ActionDialog::actionRequested,
                     [&](const PlannedAction &plan) { plans.push_back(plan); });
    EXPECT_EQ(dialog.language(), QStringLiteral("es"));
    EXPECT_EQ(dialog.templateBox()->currentData().toString(), QStringLiteral("acknowledgement"));
    EXPECT_EQ(dialog.subjectEdit()->text(), QStringLiteral("Hemos recibido tu mensaje (CASE-42)"));

    dialog.selectTemplate(QStringLiteral("reschedule"));
    const PlannedAction expected =
        MessageTemplates::message("reschedule", "es", "CUS-1002", "ORD-2001", "CASE-42");
    EXPECT_EQ(dialog.subjectEdit()->text().toStdString(),
              expected.body.at("subject").get<std::string>());
    EXPECT_EQ(dialog.bodyEdit()->toPlainText().toStdString(),
              expected.body.at("body").get<std::string>());
    EXPECT_TRUE(dialog.preview()->toPlainText().contains(dialog.subjectEdit()->text()));
    saveScreenshot(&dialog, QStringLiteral("message-template"));

    mouseClick(dialog.sendButton());
    ASSERT_EQ(plans.size(), 1u);
    EXPECT_EQ(plans.front().path, "/messages");
    EXPECT_EQ(plans.front().body.at("channel"), "email");
    EXPECT_EQ(plans.front().body.at("language"), "es");
    EXPECT_EQ(plans.front().body.at("orderId"), "ORD-2001");
    EXPECT_EQ(plans.front().body.at("template"), "reschedule");
    EXPECT_EQ(plans.front().body.at("subject"), expected.body.at("subject"));
}

TEST(MessageDialog, PreviewsFreeTextAsTypedAndSendsItBySms)
{
    application();
    MessageDialog dialog(vacuumCase(), "ORD-2001");
    std::vector<PlannedAction> plans;
    QObject::connect(&dialog, &ActionDialog::actionRequested,
                     [&](const PlannedAction &plan) { plans.push_back(plan); });
    showActive(&dialog);
    dialog.selectTemplate(QStringLiteral("free text"));
    EXPECT_TRUE(dialog.subjectEdit()->text().isEmpty());
    dialog.channelBox()->setCurrentIndex(dialog.channelBox()->findData(QStringLiteral("sms")));

    mouseClick(dialog.sendButton());
    EXPECT_EQ(dialog.messageText(), QStringLiteral("The subject must be 1 to 500 characters"));

    dialog.subjectEdit()->setFocus();
    typeText(dialog.subjectEdit(), QStringLiteral("Tu aspiradora <X1>"));
    dialog.bodyEdit()->setFocus();
    typeText(dialog.bodyEdit(), QStringLiteral("Te llamamos mañana."));
    EXPECT_TRUE(dialog.preview()->toPlainText().contains(QStringLiteral("Tu aspiradora <X1>")));
    EXPECT_TRUE(dialog.preview()->toPlainText().contains(QStringLiteral("Te llamamos mañana.")));
    keyClick(dialog.bodyEdit(), Qt::Key_Return, Qt::ControlModifier);

    ASSERT_EQ(plans.size(), 1u);
    EXPECT_EQ(plans.front().body.at("channel"), "sms");
    EXPECT_EQ(plans.front().body.at("body"), "Te llamamos mañana.");
    EXPECT_FALSE(plans.front().body.contains("template"));
    saveScreenshot(&dialog, QStringLiteral("message-free-text"));
}

TEST(MessageDialog, AnEditedTemplateIsNoLongerTheTemplateAndAnUnknownLanguageReadsEnglish)
{
    application();
    SupportCase item = vacuumCase();
    item.customerLanguage = "pt";
    MessageDialog dialog(item, "ORD-2001");
    std::vector<PlannedAction> plans;
    QObject::connect(&dialog, &ActionDialog::actionRequested,
                     [&](const PlannedAction &plan) { plans.push_back(plan); });
    EXPECT_EQ(dialog.language(), QStringLiteral("en"));
    dialog.selectTemplate(QStringLiteral("refund"));
    dialog.bodyEdit()->appendPlainText(QStringLiteral("Sorry for the wait."));
    mouseClick(dialog.sendButton());
    ASSERT_EQ(plans.size(), 1u);
    EXPECT_EQ(plans.front().body.at("language"), "en");
    EXPECT_FALSE(plans.front().body.contains("template"));
}
