#include "SearchReport.h"

#include "TextTable.h"
#include "domain/Rfc3339.h"
#include "timeline/AlertText.h"

#include <QFuture>

namespace caseline::cli {

SearchReport SearchReport::run(OrdersConnector &orders, const std::string &query)
{
    SearchReport report;
    report.m_query = query;
    QFuture<Fetched<std::vector<Customer>>> customers = orders.searchCustomers(query);
    customers.waitForFinished();
    report.m_customers = customers.result();
    if (!report.m_customers.ok()) {
        return report;
    }
    std::vector<QFuture<Fetched<std::vector<Order>>>> pending;
    for (const Customer &customer : report.m_customers.value()) {
        pending.push_back(orders.ordersOfCustomer(customer.id));
    }
    for (QFuture<Fetched<std::vector<Order>>> &future : pending) {
        future.waitForFinished();
        report.m_orders.push_back(future.result());
    }
    return report;
}

int SearchReport::exitCode() const
{
    if (!m_customers.ok()) {
        return 3;
    }
    for (const auto &orders : m_orders) {
        if (!orders.ok()) {
            return 3;
        }
    }
    return m_customers.value().empty() ? 4 : 0;
}

std::string SearchReport::text() const
{
    if (!m_customers.ok()) {
        return "Search for \"" + m_query + "\" failed: " + m_customers.error().message() + "\n";
    }
    const std::vector<Customer> &customers = m_customers.value();
    if (customers.empty()) {
        return "No customer matches \"" + m_query + "\".\n";
    }
    std::string text = std::to_string(customers.size()) +
                       (customers.size() == 1 ? " customer matches" : " customers match") + " \"" +
                       m_query + "\":\n";
    for (std::size_t i = 0; i < customers.size(); ++i) {
        const Customer &customer = customers[i];
        text += "\n" + customer.name + "  (" + customer.id + ", " + customer.language + ")\n";
        text +=
            "  " + customer.email + (customer.phone.empty() ? "" : "  " + customer.phone) + "\n";
        const Fetched<std::vector<Order>> &orders = m_orders.at(i);
        if (!orders.ok()) {
            text += "  orders could not be listed: " + orders.error().message() + "\n";
            continue;
        }
        if (orders.value().empty()) {
            text += "  no orders\n";
            continue;
        }
        TextTable table;
        for (const Order &order : orders.value()) {
            table.addRow({"  " + order.id, toString(order.status),
                          order.placedAt.toString(QStringLiteral("yyyy-MM-dd")).toStdString(),
                          AlertText::money(order.total, order.currency),
                          order.replacementFor ? "replaces " + *order.replacementFor : ""});
        }
        text += table.text();
    }
    return text;
}

nlohmann::json SearchReport::json() const
{
    nlohmann::json result = {{"query", m_query}};
    if (!m_customers.ok()) {
        result["error"] = m_customers.error().message();
        result["customers"] = nlohmann::json::array();
        return result;
    }
    nlohmann::json customers = nlohmann::json::array();
    for (std::size_t i = 0; i < m_customers.value().size(); ++i) {
        const Customer &customer = m_customers.value()[i];
        nlohmann::json item = {{"id", customer.id},
                               {"name", customer.name},
                               {"email", customer.email},
                               {"phone", customer.phone},
                               {"language", customer.language}};
        const Fetched<std::vector<Order>> &orders = m_orders.at(i);
        nlohmann::json list = nlohmann::json::array();
        if (orders.ok()) {
            for (const Order &order : orders.value()) {
                list.push_back({{"id", order.id},
                                {"status", toString(order.status)},
                                {"placedAt", Rfc3339::format(order.placedAt)},
                                {"total", order.total},
                                {"currency", order.currency}});
            }
        } else {
            item["ordersError"] = orders.error().message();
        }
        item["orders"] = std::move(list);
        customers.push_back(std::move(item));
    }
    result["customers"] = std::move(customers);
    return result;
}

} // namespace caseline::cli
