#pragma once

#include "backoffice/OrdersConnector.h"

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace caseline::cli {

// `caseline-cli search`: the customers order management finds for a query, each with their
// orders (all customers' orders are asked for at once).
class SearchReport
{
public:
    // Waits for the answers: caseline-cli is a console program with nothing else to do.
    static SearchReport run(OrdersConnector &orders, const std::string &query);

    int exitCode() const; // 0 found, 3 a query failed, 4 nothing matched
    std::string text() const;
    nlohmann::json json() const;

private:
    std::string m_query;
    Fetched<std::vector<Customer>> m_customers;
    std::vector<Fetched<std::vector<Order>>> m_orders; // one per customer
};

} // namespace caseline::cli
