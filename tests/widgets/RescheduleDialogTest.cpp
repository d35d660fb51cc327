#include "RescheduleDialog.h"

#include "DemoOrders.h"
#include "DialogTesting.h"
#include "StatePalette.h"

#include <QCalendarWidget>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <gtest/gtest.h>

using namespace caseline;
using namespace caseline::testing;

namespace {

struct Requests
{
    std::vector<PlannedAction> plans;

    void listen(ActionDialog &dialog)
    {
        QObject::connect(&dialog, &ActionDialog::actionRequested,
                         [this](const PlannedAction &plan) { plans.push_back(plan); });
    }
};

std::vector<QString> itemTexts(const QListWidget *list)
{
    std::vector<QString> texts;
    for (int row = 0; row < list->count(); ++row) {
        texts.push_back(list->item(row)->text());
    }
    return texts;
}

} // namespace

TEST(RescheduleDialog, WaitsForTheCarrierBeforeAnythingCanBeSent)
{
    application();
    const OrderFacts facts = vacuumFacts();
    RescheduleDialog dialog(facts.shipments.front(), facts, demoNow());
    EXPECT_TRUE(dialog.isBusy());
    EXPECT_EQ(dialog.messageText(), QStringLiteral("Asking the carrier for slots…"));
    EXPECT_FALSE(dialog.sendButton()->isEnabled());
    EXPECT_FALSE(dialog.tabs()->isEnabled() && dialog.tabs()->isEnabledTo(&dialog));
    saveScreenshot(&dialog, QStringLiteral("reschedule-waiting"));

    dialog.showOptionsError(QStringLiteral("delivery answered 503 Service Unavailable"));
    EXPECT_FALSE(dialog.isBusy());
    EXPECT_EQ(dialog.messageTone(), ActionDialog::MessageTone::Problem);
    EXPECT_TRUE(dialog.messageText().contains(QStringLiteral("503")));
    EXPECT_FALSE(dialog.sendButton()->isEnabled());
}

TEST(RescheduleDialog, HighlightsOfferedDaysAndTagsEveningAndSaturdaySlots)
{
    application();
    const OrderFacts facts = vacuumFacts();
    RescheduleDialog dialog(facts.shipments.front(), facts, demoNow());
    dialog.setOptions(vacuumOptions());
    EXPECT_FALSE(dialog.isBusy());
    EXPECT_TRUE(dialog.sendButton()->isEnabled());
    EXPECT_TRUE(dialog.messageText().isEmpty());

    QCalendarWidget *calendar = dialog.calendar();
    EXPECT_EQ(calendar->minimumDate(), QDate(2026, 10, 20));
    EXPECT_EQ(calendar->maximumDate(), QDate(2026, 10, 26));
    for (int day : {20, 21, 22, 24, 26}) {
        EXPECT_EQ(calendar->dateTextFormat(QDate(2026, 10, day)).fontWeight(), QFont::Bold) << day;
    }
    for (int day : {23, 25}) {
        const QTextCharFormat format = calendar->dateTextFormat(QDate(2026, 10, day));
        EXPECT_NE(format.fontWeight(), QFont::Bold) << day;
        // Greyed as text that is not on offer, in the palette's variant.
        EXPECT_EQ(format.foreground().color(), StatePalette(dialog.palette()).muted()) << day;
    }
    // The first day with a slot still ahead is chosen: this morning's slot has begun.
    EXPECT_EQ(calendar->selectedDate(), QDate(2026, 10, 21));

    calendar->setSelectedDate(QDate(2026, 10, 21));
    EXPECT_EQ(itemTexts(dialog.slotList()),
              (std::vector<QString>{QStringLiteral("09:00–13:00 UTC · Office hours"),
                                    QStringLiteral("18:00–21:00 UTC · Evening")}));
    calendar->setSelectedDate(QDate(2026, 10, 24));
    EXPECT_EQ(itemTexts(dialog.slotList()),
              (std::vector<QString>{QStringLiteral("09:00–13:00 UTC · Saturday")}));
    calendar->setSelectedDate(QDate(2026, 10, 25));
    EXPECT_EQ(dialog.slotList()->count(), 0);
    calendar->setSelectedDate(QDate(2026, 10, 20));
    ASSERT_EQ(dialog.slotList()->count(), 1);
    EXPECT_TRUE(dialog.slotList()->item(0)->text().endsWith(QStringLiteral("(already begun)")));

    EXPECT_TRUE(dialog.selectSlot(QStringLiteral("SLOT-20261026-1821")));
    EXPECT_EQ(calendar->selectedDate(), QDate(2026, 10, 26));
    EXPECT_FALSE(dialog.selectSlot(QStringLiteral("SLOT-20261023-0913")));
    dialog.resize(640, 640);
    saveScreenshot(&dialog, QStringLiteral("reschedule-slots"));
}

TEST(RescheduleDialog, BooksTheEveningSlotWithANoteOnCtrlReturn)
{
    application();
    const OrderFacts facts = vacuumFacts();
    RescheduleDialog dialog(facts.shipments.front(), facts, demoNow());
    Requests requests;
    requests.listen(dialog);
    dialog.setOptions(vacuumOptions());
    showActive(&dialog);

    dialog.calendar()->setSelectedDate(QDate(2026, 10, 21));
    QListWidget *slots = dialog.slotList();
    ASSERT_EQ(slots->count(), 2);
    slots->scrollToItem(slots->item(1));
    mouseClick(slots->viewport(), slots->visualItemRect(slots->item(1)).center());
    ASSERT_EQ(slots->currentRow(), 1);
    dialog.noteEdit()->setFocus();
    typeText(dialog.noteEdit(), QStringLiteral("Portero hasta las 20:00"));
    keyClick(dialog.noteEdit(), Qt::Key_Return, Qt::ControlModifier);

    ASSERT_EQ(requests.plans.size(), 1u);
    const PlannedAction &plan = requests.plans.front();
    EXPECT_EQ(plan.action, "reschedule");
    EXPECT_EQ(plan.system, "delivery");
    EXPECT_EQ(plan.path, "/shipments/SHP-2001/reschedule");
    EXPECT_EQ(plan.slotId, "SLOT-20261021-1821");
    EXPECT_EQ(plan.body, (nlohmann::json{{"slotId", "SLOT-20261021-1821"},
                                         {"note", "Portero hasta las 20:00"}}));
    EXPECT_TRUE(dialog.messageText().isEmpty());
}

TEST(RescheduleDialog, RedirectsToAPostOfficeShowingItsAddressAndHours)
{
    application();
    const OrderFacts facts = vacuumFacts();
    RescheduleDialog dialog(facts.shipments.front(), facts, demoNow());
    Requests requests;
    requests.listen(dialog);
    dialog.setOptions(vacuumOptions());

    ASSERT_EQ(dialog.pickupPointList()->count(), 2);
    const QString post = dialog.pickupPointList()->item(0)->text();
    EXPECT_EQ(post, QStringLiteral("Post office · Correos Oficina Madrid Lavapiés\n"
                                   "Calle de Embajadores 91, 28012 Madrid, ES\n"
                                   "Open Mon-Fri 08:30–20:30; Sat 09:30–13:00"));
    EXPECT_TRUE(dialog.pickupPointList()->item(1)->text().startsWith(
        QStringLiteral("Parcel locker · Taquilla 24 h")));

    EXPECT_FALSE(dialog.selectPickupPoint(QStringLiteral("PUP-MAD-999")));
    EXPECT_TRUE(dialog.selectPickupPoint(QStringLiteral("PUP-MAD-031")));
    EXPECT_EQ(dialog.tabs()->currentIndex(), 1);
    dialog.resize(640, 640);
    saveScreenshot(&dialog, QStringLiteral("reschedule-pickup"));
    mouseClick(dialog.sendButton());

    ASSERT_EQ(requests.plans.size(), 1u);
    EXPECT_EQ(requests.plans.front().pickupPointId, "PUP-MAD-031");
    EXPECT_EQ(requests.plans.front().body, (nlohmann::json{{"pickupPointId", "PUP-MAD-031"}}));
}

TEST(RescheduleDialog, RefusesABegunSlotNoChoiceAndADeliveredParcel)
{
    application();
    OrderFacts facts = vacuumFacts();
    RescheduleDialog dialog(facts.shipments.front(), facts, demoNow());
    Requests requests;
    requests.listen(dialog);
    dialog.setOptions(vacuumOptions());

    dialog.calendar()->setSelectedDate(QDate(2026, 10, 25)); // Sunday: nothing offered
    mouseClick(dialog.sendButton());
    EXPECT_EQ(dialog.messageText(), QStringLiteral("Choose a day and one of its slots."));
    EXPECT_EQ(dialog.messageTone(), ActionDialog::MessageTone::Problem);

    ASSERT_TRUE(dialog.selectSlot(QStringLiteral("SLOT-20261020-0913")));
    mouseClick(dialog.sendButton());
    EXPECT_TRUE(dialog.messageText().contains(QStringLiteral("has already begun")));

    dialog.tabs()->setCurrentIndex(1);
    mouseClick(dialog.sendButton());
    EXPECT_EQ(dialog.messageText(), QStringLiteral("Choose a pickup point."));
    EXPECT_TRUE(requests.plans.empty());

    facts.shipments.front().status = ShipmentStatus::Delivered;
    RescheduleDialog late(facts.shipments.front(), facts, demoNow());
    requests.listen(late);
    late.setOptions(vacuumOptions());
    ASSERT_TRUE(late.selectSlot(QStringLiteral("SLOT-20261022-1318")));
    mouseClick(late.sendButton());
    EXPECT_EQ(late.messageText(),
              QStringLiteral("SHP-2001 is delivered; it can no longer be rescheduled"));
    EXPECT_TRUE(requests.plans.empty());
}

TEST(RescheduleDialog, LocksWhileSendingAndReportsTheOutcome)
{
    application();
    const OrderFacts facts = vacuumFacts();
    RescheduleDialog dialog(facts.shipments.front(), facts, demoNow());
    Requests requests;
    requests.listen(dialog);
    dialog.setOptions(vacuumOptions());
    showActive(&dialog);
    ASSERT_TRUE(dialog.selectSlot(QStringLiteral("SLOT-20261024-0913")));
    QObject::connect(&dialog, &ActionDialog::actionRequested,
                     [&dialog] { dialog.setBusy(QStringLiteral("Sending to the carrier…")); });
    keyClick(dialog.slotList(), Qt::Key_Return, Qt::ControlModifier);
    ASSERT_EQ(requests.plans.size(), 1u);
    EXPECT_TRUE(dialog.isBusy());
    EXPECT_FALSE(dialog.sendButton()->isEnabled());
    EXPECT_FALSE(dialog.slotList()->isEnabled());
    EXPECT_TRUE(dialog.findChild<QProgressBar *>()->isVisible());
    keyClick(dialog.slotList(), Qt::Key_Return, Qt::ControlModifier); // nothing while busy
    EXPECT_EQ(requests.plans.size(), 1u);

    dialog.showOutcome(false, QStringLiteral("delivery answered 409: slot taken"));
    EXPECT_FALSE(dialog.isBusy());
    EXPECT_EQ(dialog.messageTone(), ActionDialog::MessageTone::Problem);
    EXPECT_TRUE(dialog.sendButton()->isEnabled());
    EXPECT_TRUE(dialog.slotList()->isEnabled());
    EXPECT_FALSE(dialog.findChild<QProgressBar *>()->isVisible());

    mouseClick(dialog.sendButton());
    ASSERT_EQ(requests.plans.size(), 2u);
    dialog.showOutcome(true, QStringLiteral("Delivery moved to Saturday 24 October, 09:00–13:00"));
    EXPECT_EQ(dialog.messageTone(), ActionDialog::MessageTone::Success);
    EXPECT_FALSE(dialog.sendButton()->isEnabled());
    EXPECT_TRUE(dialog.closeButton()->hasFocus());
    saveScreenshot(&dialog, QStringLiteral("reschedule-done"));

    keyClick(dialog.closeButton(), Qt::Key_Escape);
    EXPECT_FALSE(dialog.isVisible());
}
