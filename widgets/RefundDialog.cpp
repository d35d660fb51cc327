#include "RefundDialog.h"

#include "OrderLineTable.h"
#include "ReasonBox.h"
#include "actions/ActionPlanner.h"
#include "timeline/AlertText.h"

#include <QButtonGroup>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>
#include <cmath>

namespace caseline {

namespace {

QString money(long long minorUnits, const std::string &currency)
{
    return QString::fromStdString(AlertText::money(minorUnits, currency));
}

} // namespace

RefundDialog::RefundDialog(const Order &order, const OrderFacts &facts, const QDateTime &now,
                           QWidget *parent)
    : ActionDialog(tr("Refund on %1").arg(QString::fromStdString(order.id)), parent)
    , m_order(order)
    , m_facts(facts)
    , m_now(now)
{
    for (const Refund &refund : facts.refunds) {
        if (refund.orderId == order.id) {
            m_refunded += refund.amount;
        }
    }
    m_left = order.paid - m_refunded;

    auto *summary =
        new QLabel(tr("Paid %1, refunded %2, <b>left %3</b>")
                       .arg(money(order.paid, order.currency), money(m_refunded, order.currency),
                            money(m_left, order.currency)),
                   body());
    summary->setAccessibleName(tr("Payments so far"));

    m_full = new QRadioButton(tr("&Full refund of what is left"), body());
    m_full->setAccessibleName(tr("Refund an amount"));
    m_byLines = new QRadioButton(tr("Selected &lines"), body());
    m_byLines->setAccessibleName(tr("Refund selected lines"));
    auto *modes = new QButtonGroup(this);
    modes->addButton(m_full);
    modes->addButton(m_byLines);
    m_full->setChecked(true);

    m_lines = new OrderLineTable(order, body());

    m_amount = new QDoubleSpinBox(body());
    m_amount->setAccessibleName(tr("Amount"));
    m_amount->setDecimals(2); // every currency the back-office handles has two decimals
    // Up to what was paid: a figure above what is left gets a refusal in words, not a silent cap.
    m_amount->setRange(0.0, static_cast<double>(order.paid) / 100.0);
    m_amount->setSuffix(QStringLiteral(" ") + QString::fromStdString(order.currency));
    m_amount->setValue(static_cast<double>(std::max(0LL, m_left)) / 100.0);
    m_amount->setToolTip(tr("Lower it for a partial refund"));

    m_reason = new ReasonBox({tr("Goodwill"), tr("Item not delivered"), tr("Damaged"),
                              tr("Returned item received"), tr("Order cancelled but delivered"),
                              tr("Delivery window missed")},
                             tr("Why the customer gets money back"), body());

    auto *form = new QFormLayout;
    form->addRow(tr("&Amount:"), m_amount);
    form->addRow(tr("&Reason:"), m_reason);

    auto *layout = new QVBoxLayout(body());
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(summary);
    layout->addWidget(m_full);
    layout->addWidget(m_byLines);
    layout->addWidget(m_lines);
    layout->addLayout(form);
    layout->addStretch(1);

    connect(m_full, &QRadioButton::toggled, this, &RefundDialog::updateMode);
    connect(m_lines, &OrderLineTable::linesChanged, this, &RefundDialog::updateMode);
    updateMode();
    resize(620, 420);
}

QComboBox *RefundDialog::reasonBox() const
{
    return m_reason;
}

long long RefundDialog::amount() const
{
    if (m_byLines->isChecked()) {
        return m_lines->checkedAmount();
    }
    return std::llround(m_amount->value() * 100.0);
}

void RefundDialog::updateMode()
{
    const bool byLines = m_byLines->isChecked();
    m_lines->setEnabled(byLines);
    m_amount->setReadOnly(byLines);
    m_amount->setButtonSymbols(byLines ? QAbstractSpinBox::NoButtons
                                       : QAbstractSpinBox::UpDownArrows);
    if (byLines) {
        m_amount->setMaximum(
            std::max(m_amount->maximum(), static_cast<double>(m_lines->checkedAmount()) / 100.0));
        m_amount->setValue(static_cast<double>(m_lines->checkedAmount()) / 100.0);
    }
}

void RefundDialog::submit()
{
    std::vector<LineQuantity> lines;
    if (m_byLines->isChecked()) {
        lines = m_lines->checkedLines();
        if (lines.empty()) {
            showProblem(tr("Tick the lines to refund."));
            return;
        }
    }
    const long long minorUnits = amount();
    const std::string reason = m_reason->reason().toStdString();
    requestChecked(
        [&] {
            return ActionPlanner::refund(m_order.id, minorUnits, m_order.currency, reason, lines);
        },
        m_facts, m_now);
}

} // namespace caseline
