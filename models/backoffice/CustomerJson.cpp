#include "backoffice/CustomerJson.h"

#include "backoffice/AddressJson.h"
#include "backoffice/JsonReader.h"

namespace caseline {

namespace {

Customer readCustomer(const JsonReader &reader)
{
    Customer customer;
    customer.id = reader.requiredString("id");
    customer.name = reader.requiredString("name");
    customer.email = reader.requiredString("email");
    customer.phone = reader.requiredString("phone");
    customer.language = reader.requiredString("language");
    customer.preferredChannel = reader.requiredString("preferredChannel");
    customer.address = readAddress(reader.object("address"));
    return customer;
}

} // namespace

Customer customerFromJson(const nlohmann::json &body)
{
    return readBody(body, readCustomer);
}

std::vector<Customer> customerListFromJson(const nlohmann::json &body)
{
    return readItems(body, readCustomer);
}

} // namespace caseline
