#pragma once

#include "ActionDialog.h"
#include "domain/Order.h"
#include "timeline/OrderFacts.h"

#include <QDateTime>

class QComboBox;

namespace caseline {

class MessageBar;
class ReasonBox;

// Cancels an order that has not left the warehouse; warns when a parcel is already on its way.
class CancelDialog : public ActionDialog
{
    Q_OBJECT

public:
    CancelDialog(const Order &order, const OrderFacts &facts, const QDateTime &now,
                 QWidget *parent = nullptr);

    QComboBox *reasonBox() const;
    // Empty when nothing has left yet.
    QString warningText() const;

protected:
    void submit() override;

private:
    Order m_order;
    OrderFacts m_facts;
    QDateTime m_now;
    MessageBar *m_warning = nullptr;
    ReasonBox *m_reason = nullptr;
};

} // namespace caseline
