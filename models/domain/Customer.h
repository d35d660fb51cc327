#pragma once

#include "domain/Address.h"

#include <string>

namespace caseline {

// A retail customer as order management knows them.
struct Customer
{
    std::string id;
    std::string name;
    std::string email;
    std::string phone;
    std::string language;         // en, it, de, es, fr
    std::string preferredChannel; // email, phone, sms, chat
    Address address;
};

} // namespace caseline
