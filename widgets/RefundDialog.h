#pragma once

#include "ActionDialog.h"
#include "domain/Order.h"
#include "timeline/OrderFacts.h"

#include <QDateTime>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QRadioButton;

namespace caseline {

class OrderLineTable;
class ReasonBox;

// Gives money back: what is left of the order (or part of it), or the price of chosen lines.
class RefundDialog : public ActionDialog
{
    Q_OBJECT

public:
    RefundDialog(const Order &order, const OrderFacts &facts, const QDateTime &now,
                 QWidget *parent = nullptr);

    QRadioButton *fullButton() const { return m_full; }
    QRadioButton *linesButton() const { return m_byLines; }
    OrderLineTable *lineTable() const { return m_lines; }
    QDoubleSpinBox *amountBox() const { return m_amount; }
    QComboBox *reasonBox() const;
    // Paid minus what was refunded already, in minor units.
    long long leftToRefund() const { return m_left; }
    // What Send would refund now, in minor units.
    long long amount() const;

protected:
    void submit() override;

private:
    void updateMode();

    Order m_order;
    OrderFacts m_facts;
    QDateTime m_now;
    long long m_refunded = 0;
    long long m_left = 0;
    QRadioButton *m_full = nullptr;
    QRadioButton *m_byLines = nullptr;
    OrderLineTable *m_lines = nullptr;
    QDoubleSpinBox *m_amount = nullptr;
    ReasonBox *m_reason = nullptr;
};

} // namespace caseline
