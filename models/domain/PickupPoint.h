#pragma once

#include "domain/Address.h"
#include "domain/OpeningHours.h"

#include <string>
#include <vector>

namespace caseline {

// A place where a parcel can be collected instead of delivered: post office, locker, store.
struct PickupPoint
{
    std::string id;
    std::string kind; // post-office, locker, store
    std::string name;
    Address address;
    std::vector<OpeningHours> openingHours;
};

} // namespace caseline
