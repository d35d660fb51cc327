#include "DemoCases.h"

#include "store/StaffDirectory.h"

namespace caseline {

namespace {

SupportCase draft(std::string customer, std::string language, std::string subject,
                  CaseChannel channel, std::vector<CaseLink> links, const std::string &assignee)
{
    SupportCase item;
    item.customerId = std::move(customer);
    item.customerLanguage = std::move(language);
    item.subject = std::move(subject);
    item.channel = channel;
    item.department = "customer-service";
    item.assignee = assignee;
    item.links = std::move(links);
    return item;
}

} // namespace

std::vector<SupportCase> DemoCases::drafts(const std::string &assignee)
{
    return {
        draft("CUS-1001", "it", "Blue stilettos instead of the overalls; return label never came",
              CaseChannel::Phone, {{"order", "ORD-1001"}, {"order", "ORD-1001-R1"}}, assignee),
        draft("CUS-1002", "es", "Delivery only offered in office hours; cannot cancel",
              CaseChannel::ComplaintForm, {{"order", "ORD-2001"}}, assignee),
        draft("CUS-1003", "it", "Furniture delivery cancelled the afternoon before",
              CaseChannel::Store, {{"order", "ORD-3001"}}, assignee),
        draft("CUS-1005", "fr", "Bought through a reseller, no order number: where is my parcel?",
              CaseChannel::Chat, {}, assignee),
    };
}

void DemoCases::registerTeam(CaseDatabase &db, const Clock &clock, const std::string &user)
{
    StaffDirectory staff(db, clock);
    staff.save({user, "customer-service", StaffMember::Role::Supervisor, user}, user);
    const std::vector<StaffMember> colleagues{
        {"anna", "customer-service", StaffMember::Role::Agent, ""},
        {"marco", "customer-service", StaffMember::Role::Agent, ""},
        {"luca", "store", StaffMember::Role::StoreStaff, ""},
        {"lena", "logistics", StaffMember::Role::Agent, ""},
        {"fatima", "finance", StaffMember::Role::Finance, ""}};
    for (const StaffMember &member : colleagues) {
        if (member.name != user) {
            staff.save(member, user);
        }
    }
}

} // namespace caseline
