#include "store/StaffDirectory.h"

#include "store/AuditLog.h"
#include "store/CaseDatabase.h"
#include "store/SqlValues.h"
#include "store/StoreError.h"
#include "store/StoreTransaction.h"

#include <QSqlQuery>

namespace caseline {

using namespace SqlValues;

namespace {

StoreError refused(const std::string &message)
{
    return StoreError(StoreError::Kind::Invalid, message);
}

std::string roleName(StaffMember::Role role)
{
    return role == StaffMember::Role::Lead ? "lead" : "agent";
}

} // namespace

StaffDirectory::StaffDirectory(CaseDatabase &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

StaffMember StaffDirectory::find(const std::string &name)
{
    QSqlQuery query =
        m_db.run(QStringLiteral("SELECT department, role FROM staff WHERE name = ?"), {text(name)});
    StaffMember member;
    member.name = name;
    if (query.next()) {
        member.department = query.value(0).toString().toStdString();
        member.role = query.value(1).toString() == QStringLiteral("lead")
                          ? StaffMember::Role::Lead
                          : StaffMember::Role::Agent;
    }
    return member;
}

std::vector<StaffMember> StaffDirectory::all()
{
    std::vector<StaffMember> members;
    QSqlQuery query = m_db.run(QStringLiteral("SELECT name FROM staff ORDER BY name"));
    std::vector<std::string> names;
    while (query.next()) {
        names.push_back(query.value(0).toString().toStdString());
    }
    for (const std::string &name : names) {
        members.push_back(find(name));
    }
    return members;
}

void StaffDirectory::save(const StaffMember &member, const std::string &actor)
{
    if (member.name.empty() || member.name.size() > 100) {
        throw refused("a staff member needs a name of 1 to 100 characters");
    }
    StoreTransaction transaction(m_db);
    requireMayConfigure(actor);
    if (m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM departments WHERE name = ?"),
                    {text(member.department)})
            .toInt() == 0) {
        throw refused("unknown department '" + member.department + "'");
    }
    m_db.run(QStringLiteral("INSERT INTO staff (name, department, role) VALUES (?, ?, ?) "
                            "ON CONFLICT (name) DO UPDATE SET department = excluded.department, "
                            "role = excluded.role"),
             {text(member.name), text(member.department), text(roleName(member.role))});
    AuditLog::append(m_db, m_clock.now(), actor, "staff.save", std::nullopt,
                     member.name + " " + member.department + " " + roleName(member.role));
    transaction.commit();
}

void StaffDirectory::requireRefundAllowed(const std::string &name, long long amount)
{
    const StaffMember member = find(name);
    if (amount <= largeRefund || member.role == StaffMember::Role::Lead ||
        member.department == "finance" || member.department == "supervisors") {
        return;
    }
    throw refused(name + " may refund up to " + std::to_string(largeRefund / 100) +
                  ".00; a larger refund needs a lead, finance or supervisors");
}

void StaffDirectory::requireMayAnswer(const std::string &name, const std::string &department)
{
    const StaffMember member = find(name);
    if (member.department == department || member.department == "supervisors") {
        return;
    }
    throw refused(name + " works in " + member.department + "; only " + department +
                  " or supervisors answer its escalations");
}

void StaffDirectory::requireMayConfigure(const std::string &name)
{
    if (m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM staff")).toInt() == 0) {
        return; // setting up: nobody is registered yet to ask
    }
    const StaffMember member = find(name);
    if (member.role == StaffMember::Role::Lead || member.department == "supervisors") {
        return;
    }
    throw refused(name + " may not change departments or staff: that needs a lead or supervisors");
}

} // namespace caseline
