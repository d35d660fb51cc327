#include "OrderLineTable.h"

#include "timeline/AlertText.h"

#include <QHeaderView>
#include <QSpinBox>
#include <algorithm>

namespace caseline {

OrderLineTable::OrderLineTable(const Order &order, QWidget *parent)
    : QTableWidget(static_cast<int>(order.lines.size()), ColumnCount, parent)
    , m_order(order)
{
    setAccessibleName(tr("Order lines"));
    setHorizontalHeaderLabels({tr("Line"), tr("SKU"), tr("Quantity"), tr("Unit price")});
    setSelectionMode(QAbstractItemView::NoSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    verticalHeader()->hide();
    horizontalHeader()->setSectionResizeMode(Description, QHeaderView::Stretch);
    for (int column : {Sku, Quantity, UnitPrice}) {
        horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    }

    for (int row = 0; row < rowCount(); ++row) {
        const OrderLine &line = m_order.lines[static_cast<std::size_t>(row)];
        auto *description = new QTableWidgetItem(tr("%1 (%2)").arg(
            QString::fromStdString(line.description), QString::fromStdString(line.lineId)));
        description->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        description->setCheckState(Qt::Unchecked);
        description->setData(Qt::UserRole, QString::fromStdString(line.lineId));
        setItem(row, Description, description);

        auto *sku = new QTableWidgetItem(QString::fromStdString(line.sku));
        sku->setFlags(Qt::ItemIsEnabled);
        setItem(row, Sku, sku);

        auto *quantity = new QSpinBox(this);
        quantity->setRange(1, static_cast<int>(std::max<long long>(1, line.quantity)));
        quantity->setValue(static_cast<int>(std::max<long long>(1, line.quantity)));
        quantity->setSuffix(tr(" of %1").arg(line.quantity));
        quantity->setAccessibleName(
            tr("Quantity of %1").arg(QString::fromStdString(line.description)));
        connect(quantity, &QSpinBox::valueChanged, this, &OrderLineTable::linesChanged);
        setCellWidget(row, Quantity, quantity);

        auto *price = new QTableWidgetItem(
            QString::fromStdString(AlertText::money(line.unitPrice, m_order.currency)));
        price->setFlags(Qt::ItemIsEnabled);
        price->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        setItem(row, UnitPrice, price);
    }
    connect(this, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (item->column() == Description) {
            Q_EMIT linesChanged();
        }
    });
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    if (rowCount() > 0) {
        verticalHeader()->setDefaultSectionSize(quantityBox(0)->sizeHint().height() + 4);
    }
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);
}

QSize OrderLineTable::sizeHint() const
{
    const int rows = std::clamp(rowCount(), 1, 6);
    const int height = horizontalHeader()->sizeHint().height() +
                       rows * verticalHeader()->defaultSectionSize() + 2 * frameWidth();
    return {QTableWidget::sizeHint().width(), height};
}

std::vector<LineQuantity> OrderLineTable::checkedLines() const
{
    std::vector<LineQuantity> lines;
    for (int row = 0; row < rowCount(); ++row) {
        if (item(row, Description)->checkState() == Qt::Checked) {
            lines.push_back({item(row, Description)->data(Qt::UserRole).toString().toStdString(),
                             quantityBox(row)->value()});
        }
    }
    return lines;
}

bool OrderLineTable::checkLine(const QString &lineId, int quantity)
{
    for (int row = 0; row < rowCount(); ++row) {
        if (item(row, Description)->data(Qt::UserRole).toString() != lineId) {
            continue;
        }
        QSpinBox *box = quantityBox(row);
        if (quantity < box->minimum() || quantity > box->maximum()) {
            return false;
        }
        box->setValue(quantity);
        item(row, Description)->setCheckState(Qt::Checked);
        return true;
    }
    return false;
}

long long OrderLineTable::checkedAmount() const
{
    long long amount = 0;
    for (const LineQuantity &line : checkedLines()) {
        if (const OrderLine *ordered = m_order.line(line.lineId)) {
            amount += ordered->unitPrice * line.quantity;
        }
    }
    return amount;
}

QSpinBox *OrderLineTable::quantityBox(int row) const
{
    return qobject_cast<QSpinBox *>(cellWidget(row, Quantity));
}

} // namespace caseline
