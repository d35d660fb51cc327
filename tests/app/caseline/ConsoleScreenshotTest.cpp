// Renders the console's main screens to PNG (offscreen) for review and for the README:
// the main window with the queue and the ORD-1001 case with its alerts, the reschedule dialog
// (the furniture delivery, Saturday slots) and the return-label dialog with its label.
// Written to $CASELINE_SCREENSHOT_DIR, else <build>/screenshots.
#include "AlertPanel.h"
#include "CaseActionFlow.h"
#include "CasePane.h"
#include "ConsoleFixture.h"
#include "QueuePane.h"
#include "RescheduleDialog.h"
#include "ReturnLabelDialog.h"

#include <QAbstractItemModelTester>
#include <QCalendarWidget>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QListWidget>
#include <QPdfDocument>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTreeView>

namespace caseline::test {
namespace {

class ConsoleScreenshotTest : public ConsoleFixture
{
protected:
    static QString target(const QString &name)
    {
        const QString folder = qEnvironmentVariable(
            "CASELINE_SCREENSHOT_DIR", QStringLiteral(CASELINE_BIN_DIR "/../screenshots"));
        QDir().mkpath(folder);
        return QDir(folder).filePath(name);
    }

    static void save(QWidget *widget, const QString &name)
    {
        QCoreApplication::processEvents();
        const QImage image = widget->grab().toImage();
        ASSERT_FALSE(image.isNull());
        ASSERT_TRUE(image.save(target(name))) << target(name).toStdString();
    }

    void click(const QString &action)
    {
        for (QPushButton *button : window->casePane()->alertPanel()->actionButtons()) {
            if (button->objectName() == QLatin1String("alert-action-") + action) {
                QTest::mouseClick(button, Qt::LeftButton);
                return;
            }
        }
        FAIL() << "no alert offers " << action.toStdString();
    }
};

TEST_F(ConsoleScreenshotTest, MainWindowRescheduleAndReturnLabel)
{
    // The proxies the views show go through the whole flow under the model tester too.
    QAbstractItemModelTester queueView(window->queuePane()->view()->model(),
                                       QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester timelineView(window->casePane()->timelineView()->model(),
                                          QAbstractItemModelTester::FailureReportingMode::Fatal);
    openCaseFor("CUS-2001", "ORD-4001", "de"); // an ordinary case in the queue
    openCaseFor("CUS-1003", "ORD-3001");
    std::optional<DeliveryOptions> offered;
    QObject offeredScope; // ends the connection before `offered` goes
    QObject::connect(&session->workspace(), &CaseWorkspace::deliveryOptionsArrived, &offeredScope,
                     [&](const QString &, const DeliveryOptions &options) { offered = options; });
    click(QStringLiteral("reschedule-delivery"));
    RescheduleDialog *reschedule = nullptr;
    ASSERT_TRUE(waitUntil(
        [&] {
            reschedule = qobject_cast<RescheduleDialog *>(controller().actions().currentDialog());
            return reschedule && reschedule->slotList() && reschedule->calendar()->isEnabled();
        },
        "the reschedule dialog with its calendar"));
    ASSERT_TRUE(waitUntil([&] { return offered.has_value(); }, "the delivery options to arrive"));
    QCoreApplication::processEvents();
    for (const DeliverySlot &slot : offered->slots) {
        if (slot.kind == "saturday") {
            ASSERT_TRUE(reschedule->selectSlot(QString::fromStdString(slot.id)));
            break;
        }
    }
    save(reschedule, QStringLiteral("reschedule-dialog.png"));
    reschedule->close();

    openCaseFor("CUS-1001", "ORD-1001");
    ASSERT_GT(controller().alertModel().rowCount(), 0);
    window->queuePane()->setCurrentKind(QueueKind::AllOpen);
    ASSERT_TRUE(waitUntil([&] { return controller().queueModel().rowCount() == 3; },
                          "the three open cases in the queue"));
    QTest::qWait(1000); // a fixed second on purpose: the alert badges arrive, unannounced
    // The view shows exactly the queue's rows (a proxy chain once left stale rows behind).
    EXPECT_EQ(window->queuePane()->view()->verticalHeader()->count(), 3);
    save(window.get(), QStringLiteral("main-window.png"));

    click(QStringLiteral("issue-return-label"));
    ReturnLabelDialog *label = nullptr;
    ASSERT_TRUE(waitUntil(
        [&] {
            label = qobject_cast<ReturnLabelDialog *>(controller().actions().currentDialog());
            return label != nullptr;
        },
        "the return-label dialog to open"));
    ASSERT_TRUE(label->checkLine(QStringLiteral("L1"), 1));
    label->reasonBox()->setCurrentText(QStringLiteral("Wrong item delivered"));
    QTest::mouseClick(label->sendButton(), Qt::LeftButton);
    ASSERT_TRUE(waitUntil([&] { return label->labelDocument()->pageCount() > 0; },
                          "the return label's PDF in the dialog"));
    QTest::qWait(2000); // two fixed seconds on purpose: the view renders pages late
    save(label, QStringLiteral("return-label-dialog.png"));
    EXPECT_TRUE(QFile::exists(target(QStringLiteral("main-window.png"))));
}

} // namespace
} // namespace caseline::test
