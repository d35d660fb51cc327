#pragma once

#include "domain/Customer.h"
#include "domain/Order.h"
#include "domain/SupportCase.h"

#include <QAbstractItemModel>
#include <map>
#include <string>
#include <vector>

namespace caseline {

// The results of a Ctrl+K search: customers, each with their cases and orders below, then the
// cases found whose customer is not among the results. Each search replaces the results.
class CustomerSearchModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role
    {
        KindRole = Qt::UserRole + 1, // "customer", "order" or "case"
        CustomerIdRole,
        OrderIdRole,
        CaseIdRole, // qlonglong
        LanguageRole
    };

    explicit CustomerSearchModel(QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setResults(const QString &query, const std::vector<Customer> &customers,
                    const std::map<std::string, std::vector<Order>> &ordersByCustomer,
                    const std::vector<SupportCase> &cases);
    void clear();
    QString query() const;
    int customerCount() const;

    // 123450, "EUR" -> "1,234.50 EUR"
    static QString money(long long minorUnits, const QString &currency);
    static QString orderStatusTitle(OrderStatus status);

private:
    struct Result
    {
        QString kind;
        QString text;
        QString toolTip;
        QString customerId;
        QString orderId;
        qlonglong caseId = 0;
        QString language;
    };

    struct ResultGroup
    {
        Result top;
        std::vector<Result> children;
    };

    static Result customerResult(const Customer &customer);
    static Result caseResult(const SupportCase &supportCase);
    static Result orderResult(const Order &order, const QString &language);
    const Result *resultAt(const QModelIndex &index) const;

    QString m_query;
    std::vector<ResultGroup> m_groups;
    int m_customerCount = 0;
};

} // namespace caseline
