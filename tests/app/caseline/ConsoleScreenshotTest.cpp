// Renders the console's main screens to PNG (offscreen) for review and for the README:
// the main window with the queue and the ORD-1001 case with its alerts, the reschedule dialog
// (the furniture delivery, Saturday slots) and the return-label dialog with its label.
// Written to $CASELINE_SCREENSHOT_DIR, else <build>/screenshots.
#include "AlertPanel.h"
#include "CaseActionFlow.h"
#include "CasePane.h"
#include "ConsoleFixture.h"
#include "RescheduleDialog.h"
#include "ReturnLabelDialog.h"

#include <QCalendarWidget>
#include <QComboBox>
#include <QDir>
#include <QListWidget>
#include <QPdfDocument>
#include <QPushButton>
#include <QTest>

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
    openCaseFor("CUS-2001", "ORD-4001", "de"); // an ordinary case in the queue
    openCaseFor("CUS-3001", "ORD-3001");
    click(QStringLiteral("reschedule-delivery"));
    RescheduleDialog *reschedule = nullptr;
    ASSERT_TRUE(spinUntil([&] {
        reschedule = qobject_cast<RescheduleDialog *>(controller().actions().currentDialog());
        return reschedule && reschedule->slotList() && reschedule->calendar()->isEnabled();
    }));
    spinUntil([&] { return reschedule->slotList()->count() > 0; }, std::chrono::seconds(5));
    save(reschedule, QStringLiteral("reschedule-dialog.png"));
    reschedule->close();

    openCaseFor("CUS-1001", "ORD-1001");
    ASSERT_GT(controller().alertModel().rowCount(), 0);
    window->queuePane();
    save(window.get(), QStringLiteral("main-window.png"));

    click(QStringLiteral("issue-return-label"));
    ReturnLabelDialog *label = nullptr;
    ASSERT_TRUE(spinUntil([&] {
        label = qobject_cast<ReturnLabelDialog *>(controller().actions().currentDialog());
        return label != nullptr;
    }));
    ASSERT_TRUE(label->checkLine(QStringLiteral("L1"), 1));
    label->reasonBox()->setCurrentText(QStringLiteral("Wrong item delivered"));
    QTest::mouseClick(label->sendButton(), Qt::LeftButton);
    ASSERT_TRUE(spinUntil([&] { return label->labelDocument()->pageCount() > 0; }));
    save(label, QStringLiteral("return-label-dialog.png"));
    EXPECT_TRUE(QFile::exists(target(QStringLiteral("main-window.png"))));
}

} // namespace
} // namespace caseline::test
