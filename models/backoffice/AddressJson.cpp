#include "backoffice/AddressJson.h"

namespace caseline {

Address readAddress(const JsonReader &reader)
{
    Address address;
    address.line1 = reader.requiredString("line1");
    // Not in the API description, but scenarios may give it and the domain keeps it.
    address.line2 = reader.optionalString("line2").value_or("");
    address.city = reader.requiredString("city");
    address.postalCode = reader.requiredString("postalCode");
    address.country = reader.requiredString("country");
    return address;
}

} // namespace caseline
