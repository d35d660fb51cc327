#include "AlertPanel.h"
#include "CaseActionFlow.h"
#include "CaseHeader.h"
#include "CasePane.h"
#include "ConsoleFixture.h"
#include "EscalateDialog.h"
#include "NewCaseDialog.h"
#include "QueuePane.h"
#include "RefundDialog.h"
#include "RescheduleDialog.h"
#include "ReturnLabelDialog.h"
#include "SearchPanel.h"
#include "SourceStatusBar.h"
#include "SourceStatusChip.h"
#include "domain/SystemClock.h"
#include "store/AccessPolicy.h"
#include "store/CaseDatabase.h"
#include "store/StaffDirectory.h"

#include <QAbstractProxyModel>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPdfDocument>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTreeView>

namespace caseline::test {
namespace {

class ConsoleFlowTest : public ConsoleFixture
{
protected:
    QPushButton *alertButton(const QString &action)
    {
        for (QPushButton *button : window->casePane()->alertPanel()->actionButtons()) {
            if (button->objectName() == QLatin1String("alert-action-") + action &&
                button->isVisible()) {
                return button;
            }
        }
        return nullptr;
    }

    bool timelineHas(const std::function<bool(const QModelIndex &)> &match)
    {
        TimelineModel &timeline = controller().timelineModel();
        for (int row = 0; row < timeline.rowCount(); ++row) {
            if (match(timeline.index(row, 0))) {
                return true;
            }
        }
        return false;
    }

    bool hasAlert(const QString &rule)
    {
        AlertListModel &alerts = controller().alertModel();
        for (int row = 0; row < alerts.rowCount(); ++row) {
            if (alerts.index(row, 0).data(AlertListModel::RuleRole).toString() == rule) {
                return true;
            }
        }
        return false;
    }

    template<typename Dialog>
    Dialog *dialogOpen()
    {
        Dialog *dialog = nullptr;
        EXPECT_TRUE(waitUntil(
            [&] {
                dialog = qobject_cast<Dialog *>(controller().actions().currentDialog());
                return dialog != nullptr && dialog->isVisible();
            },
            "the action dialog to open"));
        return dialog;
    }
};

// Search → open the case → see the alert → reschedule to a Saturday slot → on the timeline.
TEST_F(ConsoleFlowTest, TheFurnitureDeliveryMovesToASaturdayFromTheAlert)
{
    SearchPanel *search = window->searchPanel();
    search->searchBox()->setFocus();
    QTest::keyClicks(search->searchBox(), QStringLiteral("Chiara"));
    QTest::keyClick(search->searchBox(), Qt::Key_Return);
    CustomerSearchModel &results = controller().searchModel();
    ASSERT_TRUE(
        waitUntil([&] { return results.customerCount() > 0; }, "customers found for \"Chiara\""));
    QModelIndex order;
    for (int row = 0; row < results.rowCount() && !order.isValid(); ++row) {
        const QModelIndex customer = results.index(row, 0);
        for (int child = 0; child < results.rowCount(customer); ++child) {
            const QModelIndex candidate = results.index(child, 0, customer);
            if (candidate.data(CustomerSearchModel::OrderIdRole).toString() == "ORD-3001") {
                order = candidate;
            }
        }
    }
    ASSERT_TRUE(order.isValid());
    Q_EMIT search->results()->activated(order);
    NewCaseDialog *newCase = nullptr;
    ASSERT_TRUE(waitUntil(
        [&] {
            newCase = window->findChild<NewCaseDialog *>();
            return newCase && newCase->isVisible();
        },
        "the new-case dialog to open"));
    EXPECT_EQ(newCase->customerBox()->text(), "CUS-1003"); // Chiara Conti
    EXPECT_EQ(newCase->languageBox()->currentData().toString(), "it");
    QTest::keyClicks(newCase->subjectBox(), QStringLiteral("Delivery cancelled the day before"));
    bool settled = false;
    QObject settledScope; // ends the connection before `settled` goes
    QObject::connect(&controller(), &ConsoleController::caseSettled, &settledScope,
                     [&](long long) { settled = true; });
    QTest::keyClick(newCase->subjectBox(), Qt::Key_Return);
    ASSERT_TRUE(waitUntil([&] { return settled; }, "the new case's timeline to settle"));
    EXPECT_TRUE(window->casePane()->header()->titleText().contains("Delivery cancelled"));
    EXPECT_TRUE(window->casePane()->header()->customerText().contains("Chiara Conti"));
    ASSERT_TRUE(hasAlert("missed-delivery-window"));

    std::optional<DeliveryOptions> offered;
    QObject offeredScope; // ends the connection before `offered` goes
    QObject::connect(&session->workspace(), &CaseWorkspace::deliveryOptionsArrived, &offeredScope,
                     [&](const QString &, const DeliveryOptions &options) { offered = options; });
    QPushButton *reschedule = alertButton("reschedule-delivery");
    ASSERT_NE(reschedule, nullptr);
    QTest::mouseClick(reschedule, Qt::LeftButton);
    RescheduleDialog *dialog = dialogOpen<RescheduleDialog>();
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(waitUntil([&] { return offered.has_value(); }, "the delivery options to arrive"));
    QCoreApplication::processEvents();
    std::string saturday;
    for (const DeliverySlot &slot : offered->slots) {
        if (slot.kind == "saturday" && saturday.empty()) {
            saturday = slot.id;
        }
    }
    ASSERT_FALSE(saturday.empty()) << "the carrier offers Saturdays for SHP-3001";
    ASSERT_TRUE(dialog->selectSlot(QString::fromStdString(saturday)));
    QTest::mouseClick(dialog->sendButton(), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return !dialog->isBusy() && !dialog->messageText().isEmpty(); },
                          "the reschedule's outcome in the dialog"));
    EXPECT_TRUE(dialog->messageText().startsWith("Done")) << dialog->messageText().toStdString();
    // The reschedule is on the timeline: the case's action, the carrier's rescheduling and
    // the new window on that Saturday.
    QString saturdayDate;
    for (const DeliverySlot &slot : offered->slots) {
        if (slot.id == saturday) {
            saturdayDate = QLocale::c().toString(slot.from.toUTC(), QStringLiteral("d MMM yyyy"));
        }
    }
    const auto has = [&](const QString &kind, const QString &words) {
        return timelineHas([&](const QModelIndex &index) {
            return index.data(TimelineModel::KindRole).toString() == kind &&
                   index.data(TimelineModel::SummaryRole).toString().contains(words);
        });
    };
    EXPECT_TRUE(waitUntil(
        [&] {
            return has(QStringLiteral("action.delivered"), QStringLiteral("reschedule")) &&
                   has(QStringLiteral("shipment.rescheduled"), QStringLiteral("SHP-3001")) &&
                   has(QStringLiteral("shipment.window"), saturdayDate);
        },
        "the reschedule, the carrier's rescheduling and the new window on the timeline"))
        << saturdayDate.toStdString();
}

TEST_F(ConsoleFlowTest, AReturnLabelFromTheAlertPutsTheLabelOnTheTimeline)
{
    openCaseFor("CUS-1001", "ORD-1001");
    QPushButton *label = alertButton("issue-return-label");
    ASSERT_NE(label, nullptr);
    QTest::mouseClick(label, Qt::LeftButton);
    ReturnLabelDialog *dialog = dialogOpen<ReturnLabelDialog>();
    ASSERT_NE(dialog, nullptr);
    ASSERT_TRUE(dialog->checkLine("L1", 1));
    dialog->reasonBox()->setCurrentText(QStringLiteral("Wrong item delivered"));
    QTest::mouseClick(dialog->sendButton(), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return dialog->labelDocument()->pageCount() > 0; },
                          "the return label's PDF in the dialog"))
        << dialog->messageText().toStdString();
    EXPECT_TRUE(timelineHas([](const QModelIndex &index) {
        return !index.data(TimelineModel::ReturnIdRole).toString().isEmpty() &&
               index.data(TimelineModel::LabelUrlRole).toString().endsWith("label.pdf");
    }));
    // And to the customer, in Italian, from the same dialog.
    QTest::mouseClick(dialog->sendToCustomerButton(), Qt::LeftButton);
    ASSERT_TRUE(waitUntil(
        [&] {
            return timelineHas([](const QModelIndex &index) {
                return index.data(TimelineModel::SystemRole).toString() == "notifications" &&
                       index.data(TimelineModel::SummaryRole).toString().contains("etichetta");
            });
        },
        "the label's message to the customer on the timeline"));
}

TEST_F(ConsoleFlowTest, AnEscalationToFinanceLandsOnTheCase)
{
    openCaseFor("CUS-1001", "ORD-1001");
    ASSERT_TRUE(window->casePane()->caseAction("escalate")->isEnabled());
    window->casePane()->caseAction("escalate")->trigger();
    EscalateDialog *dialog = dialogOpen<EscalateDialog>();
    ASSERT_NE(dialog, nullptr);
    QComboBox *departments = dialog->departmentBox();
    departments->setCurrentIndex(departments->findData(QStringLiteral("finance")));
    ASSERT_EQ(departments->currentData().toString(), "finance");
    dialog->reasonEdit()->setPlainText(QStringLiteral("Refund and replacement for the same line"));
    QTest::mouseClick(dialog->sendButton(), Qt::LeftButton);
    ASSERT_TRUE(waitUntil(
        [&] {
            return timelineHas([](const QModelIndex &index) {
                return index.data(TimelineModel::KindRole).toString() == "escalation.opened";
            });
        },
        "the escalation on the timeline"));
    EXPECT_TRUE(dialog->messageText().contains("Saved")) << dialog->messageText().toStdString();
    EXPECT_TRUE(window->casePane()->header()->titleText().contains("CASE-"));
}

TEST_F(ConsoleFlowTest, ASystemDownShowsItsErrorChipAndTheRestStays)
{
    ASSERT_EQ(admin.postJson("/admin/faults", {{"route", "/payments/v1"}, {"status", 503}}).status,
              201);
    openCaseFor("CUS-1001", "ORD-1001");
    const QList<SourceStatusChip *> chips = window->casePane()->statusBar()->chips();
    ASSERT_EQ(chips.size(), 5);
    SourceStatusChip *payments = nullptr;
    for (SourceStatusChip *chip : chips) {
        if (chip->text().startsWith("Payments")) {
            payments = chip;
        }
    }
    ASSERT_NE(payments, nullptr);
    EXPECT_EQ(payments->state(), SourceStatusChip::State::Error);
    EXPECT_FALSE(payments->toolTip().isEmpty());
    int others = 0;
    for (SourceStatusChip *chip : chips) {
        others += chip != payments && chip->state() == SourceStatusChip::State::Ok ? 1 : 0;
    }
    EXPECT_EQ(others, 4);
    EXPECT_TRUE(timelineHas([](const QModelIndex &index) {
        return index.data(TimelineModel::SystemRole).toString() == "delivery";
    }));
    EXPECT_FALSE(timelineHas([](const QModelIndex &index) {
        return index.data(TimelineModel::SystemRole).toString() == "payments";
    }));
}

// A refund above the approval threshold is held, and the dialog says so in words.
TEST_F(ConsoleFlowTest, ALargeRefundIsHeldForASupervisorsApproval)
{
    openCaseFor("CUS-2001", "ORD-4001", "de");
    {
        CaseDatabase db(StoreAddress::parse(directory.file("cases.sqlite")));
        SystemClock clock;
        StaffDirectory(db, clock).save({"sara", "supervisors", StaffMember::Role::Supervisor, ""},
                                       "setup");
        AccessPolicy(db, clock).setRefundApprovalThreshold(100, "sara"); // 1.00
    }
    window->casePane()->caseAction("refund")->trigger();
    RefundDialog *dialog = dialogOpen<RefundDialog>();
    ASSERT_NE(dialog, nullptr);
    dialog->amountBox()->setValue(5.00);
    dialog->reasonBox()->setCurrentText(QStringLiteral("Goodwill for the late parcel"));
    QTest::mouseClick(dialog->sendButton(), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return !dialog->isBusy() && !dialog->messageText().isEmpty(); },
                          "the refund's outcome in the dialog"));
    EXPECT_TRUE(dialog->messageText().contains("Held for a supervisor's approval (request 1)"))
        << dialog->messageText().toStdString();
    dialog->close();
}

// A refund the payments system refuses is a failed action on the timeline, in red, that the
// agent retries once the cause is gone; the same key makes it apply once.
TEST_F(ConsoleFlowTest, ARefusedRefundIsVisibleOnTheCaseAndCanBeRetried)
{
    openCaseFor("CUS-2001", "ORD-4001", "de");
    ASSERT_EQ(
        admin
            .postJson("/admin/faults",
                      {{"route", "/payments/v1/refunds"}, {"method", "POST"}, {"status", 422}})
            .status,
        201);
    window->casePane()->caseAction("refund")->trigger();
    RefundDialog *dialog = dialogOpen<RefundDialog>();
    ASSERT_NE(dialog, nullptr);
    dialog->amountBox()->setValue(5.00);
    dialog->reasonBox()->setCurrentText(QStringLiteral("Goodwill for the late parcel"));
    QTest::mouseClick(dialog->sendButton(), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return !dialog->isBusy() && !dialog->messageText().isEmpty(); },
                          "the refusal in the dialog"));
    EXPECT_TRUE(dialog->messageText().contains("refused")) << dialog->messageText().toStdString();
    dialog->close();

    const auto failedRow = [&] {
        TimelineModel &timeline = controller().timelineModel();
        for (int row = 0; row < timeline.rowCount(); ++row) {
            if (timeline.index(row, 0).data(TimelineModel::OutboxStateRole).toString() ==
                "failed") {
                return row;
            }
        }
        return -1;
    };
    ASSERT_TRUE(waitUntil([&] { return failedRow() >= 0; }, "the failed refund on the timeline"));
    admin.del("/admin/faults");
    QTreeView *view = window->casePane()->timelineView();
    const QModelIndex source = controller().timelineModel().index(failedRow(), 0);
    const QModelIndex shown =
        qobject_cast<QAbstractProxyModel *>(view->model())->mapFromSource(source);
    view->setCurrentIndex(shown);
    ASSERT_TRUE(window->casePane()->retryButton()->isEnabled());
    QTest::mouseClick(window->casePane()->retryButton(), Qt::LeftButton);
    ASSERT_TRUE(waitUntil(
        [&] {
            return failedRow() < 0 && timelineHas([](const QModelIndex &index) {
                       return index.data(TimelineModel::SystemRole).toString() == "payments" &&
                              index.data(TimelineModel::SummaryRole).toString().contains("5.00");
                   });
        },
        "the retried refund delivered to payments"));
}

TEST_F(ConsoleFlowTest, QueuesShowTheOpenCasesAndFlagTheOnesThatNeedAttention)
{
    const long long flagged = openCaseFor("CUS-1001", "ORD-1001");
    openCaseFor("CUS-2001", "ORD-4001", "de");
    QueuePane *queue = window->queuePane();
    queue->setCurrentKind(QueueKind::AllOpen);
    ASSERT_TRUE(waitUntil([&] { return queue->view()->model()->rowCount() == 2; },
                          "both cases in the queue of all open cases"));
    queue->setCurrentKind(QueueKind::NeedsAttention);
    ASSERT_TRUE(waitUntil([&] { return queue->view()->model()->rowCount() == 1; },
                          "only the flagged case in the queue that needs attention"));
    EXPECT_EQ(queue->view()->model()->index(0, 0).data(CaseQueueModel::CaseIdRole).toLongLong(),
              flagged);
}

} // namespace
} // namespace caseline::test
