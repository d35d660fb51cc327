#pragma once

#include "ActionDialog.h"
#include "domain/Order.h"
#include "timeline/OrderFacts.h"

#include <QByteArray>
#include <QDateTime>

class QComboBox;
class QPdfDocument;
class QTableWidget;

namespace caseline {

class LabelPreview;
class OrderLineTable;
class ReasonBox;

// Issues a free return label for delivered lines, then shows the label the returns system
// made so the agent can print it or send it to the customer.
class ReturnLabelDialog : public ActionDialog
{
    Q_OBJECT

public:
    ReturnLabelDialog(const Order &order, const OrderFacts &facts, const QDateTime &now,
                      QWidget *parent = nullptr);

    void showLabel(const QByteArray &pdf, const QString &returnId);
    void showLabelError(const QString &reason);

    QTableWidget *lineTable() const;
    QComboBox *reasonBox() const;
    QPdfDocument *labelDocument() const;
    QPushButton *sendToCustomerButton() const { return m_sendToCustomer; }
    LabelPreview *labelPreview() const { return m_preview; }
    QString returnId() const { return m_returnId; }

    bool checkLine(const QString &lineId, int quantity);

Q_SIGNALS:
    void sendToCustomerRequested(const QString &returnId);

protected:
    void submit() override;

private:
    Order m_order;
    OrderFacts m_facts;
    QDateTime m_now;
    QString m_returnId;
    OrderLineTable *m_lines = nullptr;
    ReasonBox *m_reason = nullptr;
    LabelPreview *m_preview = nullptr;
    QPushButton *m_sendToCustomer = nullptr;
};

} // namespace caseline
