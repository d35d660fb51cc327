#pragma once

#include <string>

namespace caseline {

// The label a customer sticks on a returned parcel.
struct ReturnLabel
{
    std::string carrier;
    std::string trackingNumber;
    std::string url; // where the PDF can be fetched
};

} // namespace caseline
