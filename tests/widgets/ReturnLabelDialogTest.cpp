#include "ReturnLabelDialog.h"

#include "DemoOrders.h"
#include "DialogTesting.h"
#include "LabelPreview.h"

#include <QBuffer>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QPainter>
#include <QPdfDocument>
#include <QPdfWriter>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace caseline;
using namespace caseline::testing;

namespace {

// A two-page A6 label such as the returns system sends.
QByteArray labelPdf()
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A6));
    writer.setTitle(QStringLiteral("Return label RET-3107"));
    QPainter painter(&writer);
    painter.setFont(QFont(QStringLiteral("DejaVu Sans"), 14));
    painter.drawText(QRect(0, 0, writer.width(), writer.height() / 3), Qt::AlignCenter,
                     QStringLiteral("RETURN RET-3107\nORD-1001 · L1 × 1\nPoste Rapide"));
    painter.fillRect(
        QRect(writer.width() / 8, writer.height() / 2, writer.width() * 3 / 4, writer.height() / 6),
        Qt::black);
    writer.newPage();
    painter.drawText(QRect(0, 0, writer.width(), writer.height() / 3), Qt::AlignCenter,
                     QStringLiteral("Instructions"));
    painter.end();
    return bytes;
}

struct Requests
{
    std::vector<PlannedAction> plans;
    std::vector<QString> sendToCustomer;

    void listen(ReturnLabelDialog &dialog)
    {
        QObject::connect(&dialog, &ActionDialog::actionRequested,
                         [this](const PlannedAction &plan) { plans.push_back(plan); });
        QObject::connect(&dialog, &ReturnLabelDialog::sendToCustomerRequested,
                         [this](const QString &id) { sendToCustomer.push_back(id); });
    }
};

} // namespace

TEST(ReturnLabelDialog, ListsTheOrderLinesWithQuantitiesUpToWhatWasOrdered)
{
    application();
    const OrderFacts facts = vacuumFacts();
    ReturnLabelDialog dialog(facts.orders.front(), facts, demoNow());
    QTableWidget *table = dialog.lineTable();
    ASSERT_EQ(table->rowCount(), 2);
    EXPECT_EQ(table->item(1, 0)->text(), QStringLiteral("Spare HEPA filters, pack of 3 (L2)"));
    EXPECT_EQ(table->item(1, 1)->text(), QStringLiteral("VAC-FLT-3P"));
    EXPECT_EQ(table->item(1, 3)->text(), QStringLiteral("14.50 EUR"));
    EXPECT_TRUE(dialog.checkLine(QStringLiteral("L2"), 2));
    EXPECT_FALSE(dialog.checkLine(QStringLiteral("L2"), 3));
    EXPECT_FALSE(dialog.checkLine(QStringLiteral("L9"), 1));
    EXPECT_GE(dialog.reasonBox()->count(), 4);
    EXPECT_TRUE(dialog.reasonBox()->currentText().isEmpty());
    saveScreenshot(&dialog, QStringLiteral("return-label-form"));
}

TEST(ReturnLabelDialog, RefusesUndeliveredLinesNoLinesAndNoReason)
{
    application();
    const OrderFacts facts = vacuumFacts(); // still in transit: nothing delivered yet
    ReturnLabelDialog dialog(facts.orders.front(), facts, demoNow());
    Requests requests;
    requests.listen(dialog);

    mouseClick(dialog.sendButton());
    EXPECT_EQ(dialog.messageText(), QStringLiteral("Tick at least one line to return."));

    ASSERT_TRUE(dialog.checkLine(QStringLiteral("L1"), 1));
    mouseClick(dialog.sendButton());
    EXPECT_EQ(dialog.messageText(), QStringLiteral("The reason must be 1 to 500 characters"));

    dialog.reasonBox()->setCurrentIndex(0);
    mouseClick(dialog.sendButton());
    EXPECT_EQ(dialog.messageText(),
              QStringLiteral("Line L1 of ORD-2001: 0 delivered, 0 already "
                             "being returned; a label for 1 is not possible"));
    EXPECT_EQ(dialog.messageTone(), ActionDialog::MessageTone::Problem);
    EXPECT_TRUE(requests.plans.empty());
    saveScreenshot(&dialog, QStringLiteral("return-label-refused"));
}

TEST(ReturnLabelDialog, AsksForTheDeliveredStilettosThenShowsPrintsAndSendsTheLabel)
{
    application();
    const OrderFacts facts = stilettoFacts();
    ReturnLabelDialog dialog(facts.orders.front(), facts, demoNow());
    Requests requests;
    requests.listen(dialog);
    showActive(&dialog);

    QTableWidget *table = dialog.lineTable();
    const QRect box = table->visualItemRect(table->item(0, 0));
    // The check box sits at the start of the cell.
    mouseClick(table->viewport(), QPoint(box.left() + 10, box.center().y()));
    ASSERT_EQ(table->item(0, 0)->checkState(), Qt::Checked);
    dialog.reasonBox()->setFocus();
    typeText(dialog.reasonBox()->lineEdit(),
             QStringLiteral("Wrong item delivered: blue stilettos"));
    keyClick(dialog.reasonBox()->lineEdit(), Qt::Key_Return, Qt::ControlModifier);

    ASSERT_EQ(requests.plans.size(), 1u);
    const PlannedAction &plan = requests.plans.front();
    EXPECT_EQ(plan.action, "return-label");
    EXPECT_EQ(plan.system, "returns");
    EXPECT_EQ(plan.path, "/returns");
    EXPECT_EQ(plan.lines, (std::vector<LineQuantity>{{"L1", 1}}));
    EXPECT_EQ(plan.body, (nlohmann::json{{"orderId", "ORD-1001"},
                                         {"lines", {{{"lineId", "L1"}, {"quantity", 1}}}},
                                         {"reason", "Wrong item delivered: blue stilettos"}}));

    dialog.setBusy(QStringLiteral("Asking the returns system for a label…"));
    EXPECT_FALSE(dialog.sendToCustomerButton()->isVisible());
    dialog.showLabel(labelPdf(), QStringLiteral("RET-3107"));
    EXPECT_FALSE(dialog.isBusy());
    EXPECT_EQ(dialog.messageTone(), ActionDialog::MessageTone::Success);
    EXPECT_FALSE(dialog.sendButton()->isEnabled());
    EXPECT_EQ(dialog.labelDocument()->status(), QPdfDocument::Status::Ready);
    EXPECT_EQ(dialog.labelDocument()->pageCount(), 2);
    EXPECT_NEAR(dialog.labelDocument()->pagePointSize(0).width(), 297.6, 1.0); // A6
    EXPECT_TRUE(dialog.labelPreview()->printButton()->isEnabled());
    ASSERT_TRUE(dialog.sendToCustomerButton()->isEnabled());
    saveScreenshot(&dialog, QStringLiteral("return-label-shown"));

    mouseClick(dialog.sendToCustomerButton());
    EXPECT_EQ(requests.sendToCustomer, (std::vector<QString>{QStringLiteral("RET-3107")}));

    QTemporaryDir directory;
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(directory.filePath(QStringLiteral("printed.pdf")));
    ASSERT_TRUE(dialog.labelPreview()->printTo(&printer));
    QPdfDocument printed;
    ASSERT_EQ(printed.load(printer.outputFileName()), QPdfDocument::Error::None);
    EXPECT_EQ(printed.pageCount(), 2);
}

TEST(ReturnLabelDialog, SaysWhenTheLabelIsMissingOrUnreadable)
{
    application();
    const OrderFacts facts = stilettoFacts();
    ReturnLabelDialog dialog(facts.orders.front(), facts, demoNow());
    dialog.setBusy(QStringLiteral("Asking the returns system for a label…"));
    dialog.showLabelError(QStringLiteral("returns answered 502 Bad Gateway"));
    EXPECT_EQ(dialog.messageTone(), ActionDialog::MessageTone::Problem);
    EXPECT_TRUE(dialog.messageText().contains(QStringLiteral("502 Bad Gateway")));
    EXPECT_FALSE(dialog.sendButton()->isEnabled());
    EXPECT_FALSE(dialog.sendToCustomerButton()->isEnabled());

    dialog.showLabel(QByteArray("%PDF-1.4 torn"), QStringLiteral("RET-3107"));
    EXPECT_EQ(dialog.labelDocument()->pageCount(), 0);
    EXPECT_FALSE(dialog.sendToCustomerButton()->isEnabled());
    EXPECT_EQ(dialog.messageTone(), ActionDialog::MessageTone::Problem);
    EXPECT_TRUE(dialog.labelPreview()->statusText().startsWith(QStringLiteral("No label")));
}
