#pragma once

#include "domain/CaseStatus.h"

#include <QDateTime>
#include <optional>
#include <string>
#include <vector>

namespace caseline {

// What a case is about in the back-office systems: an order, a shipment or a return.
struct CaseLink
{
    std::string kind; // order, shipment, return
    std::string ref;  // e.g. ORD-1001

    bool operator==(const CaseLink &) const = default;
};

// One customer problem that every department works on: who, what, whose turn, by when.
// `version` guards against lost updates: a change made from an older version is refused.
struct SupportCase
{
    long long id = 0; // 0 until stored
    std::string customerId;
    std::string customerLanguage; // en, it, de, es, fr
    std::string subject;
    CaseStatus status = CaseStatus::New;
    CasePriority priority = CasePriority::Normal;
    CaseChannel channel = CaseChannel::Phone;
    std::string department; // owning department, e.g. customer-service
    std::string assignee;   // empty: in the department's queue
    QDateTime slaDue;
    QDateTime createdAt;
    QDateTime updatedAt;
    std::vector<CaseLink> links;
    long long version = 0;

    // "CASE-42": how agents and customers quote the case.
    std::string reference() const { return "CASE-" + std::to_string(id); }
    // From when the SLA counts as at risk: a quarter of its span before it is due, never less
    // than two hours. Invalid without an SLA. The store keeps it (sla_warn_at) so queues and
    // the dashboard find cases at risk by index.
    QDateTime slaWarningFrom() const;
    // The case id in "CASE-42", "case-42" or "42" (surrounding blanks ignored); nothing for
    // anything else, including 0.
    static std::optional<long long> idFromReference(const std::string &text);
};

} // namespace caseline
