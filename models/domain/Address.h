#pragma once

#include <string>

namespace caseline {

// A postal address as the back-office systems exchange it.
struct Address
{
    std::string line1;
    std::string line2;
    std::string city;
    std::string postalCode;
    std::string country; // ISO 3166-1 alpha-2
};

} // namespace caseline
