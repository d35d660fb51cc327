#include "CaseHeader.h"

#include "CaseWords.h"
#include "domain/Customer.h"
#include "domain/SupportCase.h"
#include "itemmodels/CaseQueueModel.h"
#include "itemmodels/DepartmentWords.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace caseline {

CaseHeader::CaseHeader(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_state(new QLabel(this))
    , m_customer(new QLabel(this))
    , m_orders(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    for (QLabel *label : {m_title, m_state, m_customer, m_orders}) {
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setWordWrap(true);
        layout->addWidget(label);
    }
    m_title->setAccessibleName(tr("Case"));
    m_customer->setAccessibleName(tr("Customer"));
    m_orders->setAccessibleName(tr("Linked orders"));
    clear();
}

void CaseHeader::clear()
{
    m_title->setText(tr("No case open"));
    m_state->setText(tr("Pick a case from the queue, or search (Ctrl+K) for a customer."));
    m_customer->clear();
    m_orders->clear();
}

void CaseHeader::showCase(const SupportCase &item)
{
    m_title->setText(tr("%1 · %2").arg(QString::fromStdString(item.reference()),
                                       QString::fromStdString(item.subject)));
    QStringList state{CaseQueueModel::statusTitle(item.status),
                      CaseQueueModel::priorityTitle(item.priority),
                      tr("%1 desk").arg(DepartmentWords::of(item.department))};
    state << (item.assignee.empty() ? tr("unassigned")
                                    : tr("with %1").arg(QString::fromStdString(item.assignee)));
    if (item.slaDue.isValid()) {
        state << tr("due %1").arg(
            QLocale().toString(item.slaDue.toLocalTime(), QLocale::ShortFormat));
    }
    m_state->setText(state.join(QStringLiteral(" · ")));
    if (m_customer->text().isEmpty()) {
        m_customer->setText(
            tr("Customer %1 · speaks %2 · came by %3")
                .arg(QString::fromStdString(item.customerId),
                     CaseWords::language(QString::fromStdString(item.customerLanguage)),
                     CaseWords::channel(QString::fromStdString(toString(item.channel)))));
    }
    QStringList orders;
    for (const CaseLink &link : item.links) {
        orders << QString::fromStdString(link.ref);
    }
    m_orders->setText(orders.isEmpty() ? tr("No order linked")
                                       : tr("About: %1").arg(orders.join(QStringLiteral(", "))));
}

void CaseHeader::showCustomer(const Customer &customer)
{
    QStringList parts{
        QString::fromStdString(customer.name),
        tr("speaks %1").arg(CaseWords::language(QString::fromStdString(customer.language)))};
    if (!customer.preferredChannel.empty()) {
        parts << tr("prefers %1")
                     .arg(CaseWords::channel(QString::fromStdString(customer.preferredChannel)));
    }
    if (!customer.phone.empty()) {
        parts << QString::fromStdString(customer.phone);
    }
    if (!customer.email.empty()) {
        parts << QString::fromStdString(customer.email);
    }
    m_customer->setText(parts.join(QStringLiteral(" · ")));
}

QString CaseHeader::titleText() const
{
    return m_title->text();
}

QString CaseHeader::customerText() const
{
    return m_customer->text();
}

} // namespace caseline
