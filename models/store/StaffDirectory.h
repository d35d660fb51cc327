#pragma once

#include "domain/Clock.h"
#include "domain/StaffMember.h"

#include <vector>

namespace caseline {

class CaseDatabase;

// Who works in which department with which role, and what that allows. Someone not registered
// counts as an agent of customer service: the default desk can work at once, and nothing more.
class StaffDirectory
{
public:
    // Refunds above this (minor units) need a lead, finance or supervisors.
    static constexpr long long largeRefund = 10000;

    StaffDirectory(CaseDatabase &db, const Clock &clock);

    StaffMember find(const std::string &name);
    std::vector<StaffMember> all();
    // StoreError Invalid for an empty name or an unknown department.
    void save(const StaffMember &member, const std::string &actor);

    // Each throws StoreError Invalid, in words, when `name` may not do it.
    void requireRefundAllowed(const std::string &name, long long amount);
    void requireMayAnswer(const std::string &name, const std::string &department);
    void requireMayConfigure(const std::string &name);

private:
    CaseDatabase &m_db;
    const Clock &m_clock;
};

} // namespace caseline
