#include "ReplacementDialog.h"

#include "OrderLineTable.h"
#include "ReasonBox.h"
#include "actions/ActionPlanner.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace caseline {

ReplacementDialog::ReplacementDialog(const Order &order, const OrderFacts &facts,
                                     const QDateTime &now, QWidget *parent)
    : ActionDialog(tr("Replacement for %1").arg(QString::fromStdString(order.id)), parent)
    , m_order(order)
    , m_facts(facts)
    , m_now(now)
{
    auto *intro = new QLabel(tr("Tick the lines to send again:"), body());
    m_lines = new OrderLineTable(order, body());
    intro->setBuddy(m_lines);
    m_reason = new ReasonBox(
        {tr("Wrong item delivered"), tr("Damaged"), tr("Lost in transit"), tr("Missing parts")},
        tr("Why it is sent again"), body());
    auto *form = new QFormLayout;
    form->addRow(tr("&Reason:"), m_reason);

    auto *layout = new QVBoxLayout(body());
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(intro);
    layout->addWidget(m_lines);
    layout->addLayout(form);
    layout->addStretch(1);
    resize(620, 300);
}

QTableWidget *ReplacementDialog::lineTable() const
{
    return m_lines;
}

QComboBox *ReplacementDialog::reasonBox() const
{
    return m_reason;
}

bool ReplacementDialog::checkLine(const QString &lineId, int quantity)
{
    return m_lines->checkLine(lineId, quantity);
}

void ReplacementDialog::submit()
{
    const std::vector<LineQuantity> lines = m_lines->checkedLines();
    if (lines.empty()) {
        showProblem(tr("Tick at least one line to send again."));
        return;
    }
    const std::string reason = m_reason->reason().toStdString();
    requestChecked([&] { return ActionPlanner::replace(m_order.id, lines, reason); }, m_facts,
                   m_now);
}

} // namespace caseline
