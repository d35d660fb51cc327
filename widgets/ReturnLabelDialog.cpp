#include "ReturnLabelDialog.h"

#include "LabelPreview.h"
#include "OrderLineTable.h"
#include "ReasonBox.h"
#include "actions/ActionPlanner.h"

#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace caseline {

ReturnLabelDialog::ReturnLabelDialog(const Order &order, const OrderFacts &facts,
                                     const QDateTime &now, QWidget *parent)
    : ActionDialog(tr("Return label for %1").arg(QString::fromStdString(order.id)), parent)
    , m_order(order)
    , m_facts(facts)
    , m_now(now)
{
    auto *intro = new QLabel(tr("Tick the delivered lines the customer sends back:"), body());
    m_lines = new OrderLineTable(order, body());
    intro->setBuddy(m_lines);
    m_reason = new ReasonBox({tr("Wrong size"), tr("Damaged"), tr("Not as described"),
                              tr("Wrong item delivered"), tr("Order cancelled but delivered")},
                             tr("Why the customer returns it"), body());
    auto *form = new QFormLayout;
    form->addRow(tr("&Reason:"), m_reason);

    auto *layout = new QVBoxLayout(body());
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(intro);
    layout->addWidget(m_lines);
    layout->addLayout(form);
    layout->addStretch(1);

    m_preview = new LabelPreview(this);
    m_sendToCustomer = new QPushButton(tr("Send to &customer"), m_preview);
    m_sendToCustomer->setAccessibleName(tr("Send the label to the customer"));
    m_sendToCustomer->setEnabled(false);
    m_preview->addButton(m_sendToCustomer);
    connect(m_sendToCustomer, &QPushButton::clicked, this,
            [this] { Q_EMIT sendToCustomerRequested(m_returnId); });
    m_preview->hide();
    addResultArea(m_preview);
    resize(640, 320);
}

void ReturnLabelDialog::showLabel(const QByteArray &pdf, const QString &returnId)
{
    m_returnId = returnId;
    m_preview->show();
    const bool loaded = m_preview->showPdf(pdf);
    m_sendToCustomer->setEnabled(loaded);
    if (loaded) {
        showOutcome(true, tr("Return %1 is authorized; its label is below.").arg(returnId));
    } else {
        finishWithProblem(
            tr("Return %1 is authorized, but its label is no readable PDF.").arg(returnId));
    }
    resize(width(), std::max(height(), 760));
}

void ReturnLabelDialog::showLabelError(const QString &reason)
{
    // The return may well exist; sending again would ask for a second one, so Send stays off.
    m_preview->show();
    m_preview->showError(reason);
    m_sendToCustomer->setEnabled(false);
    finishWithProblem(
        tr("The return was requested, but its label could not be fetched: %1").arg(reason));
}

QTableWidget *ReturnLabelDialog::lineTable() const
{
    return m_lines;
}

QComboBox *ReturnLabelDialog::reasonBox() const
{
    return m_reason;
}

QPdfDocument *ReturnLabelDialog::labelDocument() const
{
    return m_preview->document();
}

bool ReturnLabelDialog::checkLine(const QString &lineId, int quantity)
{
    return m_lines->checkLine(lineId, quantity);
}

void ReturnLabelDialog::submit()
{
    const std::vector<LineQuantity> lines = m_lines->checkedLines();
    if (lines.empty()) {
        showProblem(tr("Tick at least one line to return."));
        return;
    }
    const std::string reason = m_reason->reason().toStdString();
    requestChecked([&] { return ActionPlanner::returnLabel(m_order.id, lines, reason); }, m_facts,
                   m_now);
}

} // namespace caseline
