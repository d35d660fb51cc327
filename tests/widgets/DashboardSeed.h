#pragma once

// A supervisor's Tuesday afternoon, built by hand for the dashboard tests and screenshot: six
// departments, 124 open cases, eight breached and six at risk, four watchdog conflicts, six age
// buckets, thirty days of backlog, ten agents and the unassigned cases, two refunds to approve.

#include "domain/DashboardSnapshot.h"

#include <array>

namespace caseline::test {

inline QDateTime seedTime()
{
    return QDateTime(QDate(2026, 12, 1), QTime(15, 42, 7), Qt::UTC);
}

inline SupportCase seedCase(long long id, const std::string &customer, const std::string &subject,
                            const std::string &department, const std::string &assignee,
                            CaseStatus status, CasePriority priority, qint64 minutesLeft)
{
    SupportCase c;
    c.id = id;
    c.customerId = customer;
    c.subject = subject;
    c.department = department;
    c.assignee = assignee;
    c.status = status;
    c.priority = priority;
    c.slaDue = seedTime().addSecs(minutesLeft * 60);
    c.createdAt = c.slaDue.addSecs(-24 * 3600);
    c.updatedAt = seedTime().addSecs(-3600);
    c.links = {{"order", "ORD-" + std::to_string(4000 + id)}};
    return c;
}

// Splits a department's open cases over statuses and priorities the way a real queue looks.
inline void addDepartment(std::vector<QueueCount> &counts, const std::string &department,
                          long long total)
{
    const std::array<std::pair<CaseStatus, long long>, 4> byStatus = {{
        {CaseStatus::New, total / 4},
        {CaseStatus::Open, total * 45 / 100},
        {CaseStatus::WaitingOnCustomer, total * 15 / 100},
        {CaseStatus::WaitingOnDepartment, 0},
    }};
    long long placed = 0;
    for (const auto &[status, share] : byStatus) {
        const long long cases = status == CaseStatus::WaitingOnDepartment ? total - placed : share;
        placed += cases;
        const long long urgent = cases / 8;
        const long long high = cases / 4;
        const long long low = cases / 8;
        for (const auto &[priority, n] :
             {std::pair{CasePriority::Urgent, urgent}, std::pair{CasePriority::High, high},
              std::pair{CasePriority::Low, low},
              std::pair{CasePriority::Normal, cases - urgent - high - low}}) {
            if (n > 0) {
                counts.push_back({department, status, priority, n});
            }
        }
    }
}

inline DashboardSnapshot seedSnapshot()
{
    DashboardSnapshot s;
    s.takenAt = seedTime();
    addDepartment(s.counts, "customer-service", 46);
    addDepartment(s.counts, "warehouse", 27);
    addDepartment(s.counts, "finance", 14);
    addDepartment(s.counts, "logistics", 18);
    addDepartment(s.counts, "store-milano", 9);
    addDepartment(s.counts, "returns", 10);
    s.openCases = 124;

    using S = CaseStatus;
    using P = CasePriority;
    s.breachedCases = {
        seedCase(1187, "CUS-2207", "Sofa delivered with a torn cover", "customer-service", "marco",
                 S::Open, P::Urgent, -(26 * 60 + 15)),
        seedCase(1203, "CUS-1003", "Refund promised, not received", "finance", "",
                 S::WaitingOnDepartment, P::High, -(7 * 60 + 40)),
        seedCase(1211, "CUS-3310", "Wardrobe missing two panels", "warehouse", "dieter", S::Open,
                 P::High, -(5 * 60 + 5)),
        seedCase(1219, "CUS-4471", "Courier left parcel outside", "logistics", "farid", S::Open,
                 P::Normal, -(3 * 60 + 20)),
        seedCase(1224, "CUS-1875", "Wrong size boots exchanged twice", "returns", "greta", S::New,
                 P::Normal, -(2 * 60 + 2)),
        seedCase(1230, "CUS-2290", "Store pickup not ready", "store-milano", "hugo", S::Open,
                 P::High, -95),
        seedCase(1236, "CUS-5021", "Invoice shows the wrong address", "finance", "ana",
                 S::WaitingOnDepartment, P::Low, -48),
        seedCase(1241, "CUS-1450", "Lamp arrived broken", "customer-service", "", S::New, P::Normal,
                 -12),
    };
    s.breached = static_cast<long long>(s.breachedCases.size());
    s.atRiskCases = {
        seedCase(1250, "CUS-3002", "Delivery slot moved without notice", "logistics", "elena",
                 S::Open, P::High, 25),
        seedCase(1255, "CUS-1204", "Gift card not applied", "customer-service", "giulia", S::Open,
                 P::Normal, 55),
        seedCase(1262, "CUS-6610", "Double charge on card", "finance", "ben", S::Open, P::Urgent,
                 70),
        seedCase(1268, "CUS-2875", "Return label expired", "returns", "", S::New, P::Normal,
                 2 * 60 + 10),
        seedCase(1271, "CUS-4120", "Chair legs uneven", "warehouse", "chiara", S::WaitingOnCustomer,
                 P::Low, 3 * 60),
        seedCase(1277, "CUS-3391", "Order split into three parcels", "logistics", "farid", S::Open,
                 P::Normal, 3 * 60 + 45),
    };
    s.atRisk = static_cast<long long>(s.atRiskCases.size());

    auto finding = [&](const SupportCase &c, const std::string &rule, const std::string &severity,
                       const std::string &summary, qint64 minutesAgo) {
        WatchdogFinding f;
        f.supportCase = c;
        f.ruleId = rule;
        f.severity = severity;
        f.orderId = c.links.front().ref;
        f.summary = summary;
        f.foundAt = seedTime().addSecs(-minutesAgo * 60);
        return f;
    };
    s.watchdog = {
        finding(s.breachedCases[1], "refunded-but-shipped", "critical",
                "Refunded in full on 28 Nov, yet the replacement shipped on 29 Nov.", 310),
        finding(s.atRiskCases[2], "duplicate-compensation", "critical",
                "Two refunds of 89.90 EUR for the same line.", 95),
        finding(s.breachedCases[4], "promised-label-missing", "warning",
                "A return label was promised on 27 Nov and none was issued.", 1440),
        finding(s.atRiskCases[0], "missed-delivery-window", "warning",
                "Delivery window 08:00–12:00 passed without a scan.", 40),
    };

    s.aging = {{0, 1, 38}, {1, 2, 27}, {2, 3, 19}, {3, 7, 24}, {7, 14, 11}, {14, -1, 5}};

    // Thirty days, the backlog easing from about 180 to 124 as the team caught up.
    const std::array<int, 30> opened = {41, 38, 44, 36, 29, 22, 39, 43, 40, 37, 35, 27, 21, 42, 38,
                                        36, 39, 34, 26, 20, 41, 37, 35, 33, 36, 25, 19, 38, 34, 31};
    const std::array<int, 30> resolved = {38, 40, 41, 39, 33, 25, 42, 44, 41, 39,
                                          37, 30, 22, 45, 40, 39, 40, 37, 28, 22,
                                          43, 39, 37, 35, 38, 27, 21, 39, 35, 35};
    long long open = 179;
    for (int day = 0; day < 30; ++day) {
        open += opened[static_cast<std::size_t>(day)] - resolved[static_cast<std::size_t>(day)];
        s.backlog.push_back({seedTime().date().addDays(day - 29), open,
                             opened[static_cast<std::size_t>(day)],
                             resolved[static_cast<std::size_t>(day)]});
    }

    s.workload = {
        {"", "", 17, 2, 1},
        {"marco", "customer-service", 14, 1, 0},
        {"giulia", "customer-service", 13, 0, 1},
        {"ana", "finance", 12, 1, 0},
        {"ben", "finance", 12, 0, 1},
        {"chiara", "warehouse", 11, 0, 1},
        {"dieter", "warehouse", 11, 1, 0},
        {"elena", "logistics", 10, 0, 1},
        {"farid", "logistics", 9, 1, 1},
        {"greta", "returns", 8, 1, 0},
        {"hugo", "store-milano", 7, 1, 0},
    };

    RefundApproval sofa;
    sofa.id = 17;
    sofa.caseId = 1187;
    sofa.orderId = "ORD-5187";
    sofa.amount = 124900;
    sofa.currency = "EUR";
    sofa.reason = "Sofa damaged on delivery, customer keeps it with a full refund";
    sofa.requestedBy = "marco";
    sofa.requestedAt = seedTime().addSecs(-(3 * 3600 + 12 * 60));
    RefundApproval boots = sofa;
    boots.id = 18;
    boots.caseId = 1203;
    boots.orderId = "ORD-5203";
    boots.amount = 38950;
    boots.reason = "Boots: goodwill refund after two failed exchanges";
    boots.requestedBy = "greta";
    boots.requestedAt = seedTime().addSecs(-47 * 60);
    s.approvals = {sofa, boots};
    return s;
}

} // namespace caseline::test
