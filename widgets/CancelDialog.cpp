#include "CancelDialog.h"

#include "MessageBar.h"
#include "ReasonBox.h"
#include "actions/ActionPlanner.h"
#include "timeline/AlertText.h"

#include <QFormLayout>
#include <QLabel>
#include <QStringList>
#include <QVBoxLayout>

namespace caseline {

CancelDialog::CancelDialog(const Order &order, const OrderFacts &facts, const QDateTime &now,
                           QWidget *parent)
    : ActionDialog(tr("Cancel %1").arg(QString::fromStdString(order.id)), parent)
    , m_order(order)
    , m_facts(facts)
    , m_now(now)
{
    QStringList lines;
    for (const OrderLine &line : order.lines) {
        lines << tr("%1 × %2")
                     .arg(line.quantity)
                     .arg(QString::fromStdString(line.description))
                     .toHtmlEscaped();
    }
    auto *summary =
        new QLabel(tr("<b>%1</b> · %2 · placed %3<br>%4<br>Total %5, paid %6")
                       .arg(QString::fromStdString(order.id).toHtmlEscaped(),
                            QString::fromStdString(toString(order.status)),
                            QString::fromStdString(AlertText::time(order.placedAt)),
                            lines.join(QStringLiteral("<br>")),
                            QString::fromStdString(AlertText::money(order.total, order.currency)),
                            QString::fromStdString(AlertText::money(order.paid, order.currency))),
                   body());
    summary->setWordWrap(true);
    summary->setAccessibleName(tr("Order"));

    QStringList left;
    for (const Shipment &shipment : facts.shipments) {
        if (shipment.orderId == order.id &&
            (isUnderway(shipment.status) || shipment.status == ShipmentStatus::Delivered)) {
            left << tr("%1 (%2, %3)")
                        .arg(QString::fromStdString(shipment.id),
                             QString::fromStdString(shipment.carrier),
                             QString::fromStdString(AlertText::status(toString(shipment.status))));
        }
    }
    m_warning = new MessageBar(body());
    m_warning->setAccessibleName(tr("Warning"));
    m_warning->setCloseButtonVisible(false);
    if (!left.isEmpty()) {
        m_warning->showMessage(tr("Already left the warehouse: %1. The shop can no longer cancel; "
                                  "offer a redirect to a pickup point or a return instead.")
                                   .arg(left.join(QStringLiteral(", "))),
                               MessageBar::State::Warning);
    }

    m_reason = new ReasonBox({tr("Customer changed their mind"), tr("Ordered twice"),
                              tr("Delivery date does not suit"), tr("Found it cheaper")},
                             tr("Why the order is cancelled"), body());
    auto *form = new QFormLayout;
    form->addRow(tr("&Reason:"), m_reason);

    auto *layout = new QVBoxLayout(body());
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(summary);
    layout->addWidget(m_warning);
    layout->addLayout(form);
    layout->addStretch(1);
    resize(520, 300);
}

QComboBox *CancelDialog::reasonBox() const
{
    return m_reason;
}

QString CancelDialog::warningText() const
{
    return m_warning->isHidden() ? QString() : m_warning->text();
}

void CancelDialog::submit()
{
    const std::string reason = m_reason->reason().toStdString();
    requestChecked([&] { return ActionPlanner::cancel(m_order.id, reason); }, m_facts, m_now);
}

} // namespace caseline
