#pragma once

#include "ActionDialog.h"
#include "domain/Order.h"
#include "timeline/OrderFacts.h"

#include <QDateTime>

class QComboBox;
class QTableWidget;

namespace caseline {

class OrderLineTable;
class ReasonBox;

// Sends chosen lines of an order again, as a replacement order.
class ReplacementDialog : public ActionDialog
{
    Q_OBJECT

public:
    ReplacementDialog(const Order &order, const OrderFacts &facts, const QDateTime &now,
                      QWidget *parent = nullptr);

    QTableWidget *lineTable() const;
    QComboBox *reasonBox() const;
    bool checkLine(const QString &lineId, int quantity);

protected:
    void submit() override;

private:
    Order m_order;
    OrderFacts m_facts;
    QDateTime m_now;
    OrderLineTable *m_lines = nullptr;
    ReasonBox *m_reason = nullptr;
};

} // namespace caseline
