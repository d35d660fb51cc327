#pragma once

#include "domain/Customer.h"
#include "domain/Order.h"
#include "domain/SupportCase.h"

#include <QString>
#include <map>
#include <string>
#include <vector>

namespace caseline {

// What one search found across order management and the case store. `problem` says in words
// what could not be searched (the other half is still shown).
struct CustomerSearchResult
{
    QString query;
    std::vector<Customer> customers;
    std::map<std::string, std::vector<Order>> ordersByCustomer;
    std::vector<SupportCase> cases;
    QString problem;
};

} // namespace caseline
