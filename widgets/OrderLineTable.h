#pragma once

#include "domain/LineQuantity.h"
#include "domain/Order.h"

#include <QTableWidget>
#include <vector>

class QSpinBox;

namespace caseline {

// An order's lines to pick from: a check box per line and how many of it, at most what was
// ordered. Returns, refunds and replacements all name lines this way.
class OrderLineTable : public QTableWidget
{
    Q_OBJECT

public:
    explicit OrderLineTable(const Order &order, QWidget *parent = nullptr);

    std::vector<LineQuantity> checkedLines() const;
    // Checks a line with that quantity; false if the order has no such line or the quantity
    // is outside 1..ordered.
    bool checkLine(const QString &lineId, int quantity);
    // unitPrice × quantity over the checked lines, in minor units.
    long long checkedAmount() const;
    QSpinBox *quantityBox(int row) const;

    // Tall enough for the lines (up to a handful), so the dialog does not grow empty space.
    QSize sizeHint() const override;

Q_SIGNALS:
    void linesChanged();

private:
    enum Column
    {
        Description,
        Sku,
        Quantity,
        UnitPrice,
        ColumnCount
    };

    Order m_order;
};

} // namespace caseline
