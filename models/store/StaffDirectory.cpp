#include "store/StaffDirectory.h"

#include "store/AccessPolicy.h"
#include "store/AuditLog.h"
#include "store/CaseDatabase.h"
#include "store/SqlValues.h"
#include "store/StoreError.h"
#include "store/StoreTransaction.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace caseline {

using namespace SqlValues;

namespace {

StoreError invalid(const QString &message)
{
    return StoreError(StoreError::Kind::Invalid, message.toStdString());
}

} // namespace

StaffDirectory::StaffDirectory(CaseDatabase &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

StaffMember StaffDirectory::find(const std::string &name)
{
    QSqlQuery query = m_db.run(
        QStringLiteral("SELECT department, role, login FROM staff WHERE name = ?"), {text(name)});
    StaffMember member;
    member.name = name;
    if (query.next()) {
        member.department = textAt(query, 0);
        member.role = staffRoleFromString(textAt(query, 1)).value_or(StaffMember::Role::Agent);
        member.login = textAt(query, 2);
    }
    return member;
}

std::vector<StaffMember> StaffDirectory::all()
{
    std::vector<StaffMember> members;
    QSqlQuery query = m_db.run(QStringLiteral("SELECT name FROM staff ORDER BY name"));
    std::vector<std::string> names;
    while (query.next()) {
        names.push_back(textAt(query, 0));
    }
    for (const std::string &name : names) {
        members.push_back(find(name));
    }
    return members;
}

void StaffDirectory::save(const StaffMember &member, const std::string &actor)
{
    if (member.name.empty() || member.name.size() > 100) {
        throw invalid(QCoreApplication::translate(
            "StaffDirectory", "a staff member needs a name of 1 to 100 characters"));
    }
    if (member.login.size() > 100) {
        throw invalid(
            QCoreApplication::translate("StaffDirectory", "a login is at most 100 characters"));
    }
    AccessPolicy(m_db, m_clock).requireOrSetup(actor, Permission::ManageStaff);
    StoreTransaction transaction(m_db);
    if (m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM departments WHERE name = ?"),
                    {text(member.department)})
            .toInt() == 0) {
        //: %1 is the department's code, e.g. "customer-service"
        throw invalid(QCoreApplication::translate("StaffDirectory", "unknown department '%1'")
                          .arg(QString::fromStdString(member.department)));
    }
    if (!member.login.empty()) {
        const QVariant holder =
            m_db.scalar(QStringLiteral("SELECT name FROM staff WHERE login = ? AND name <> ?"),
                        {text(member.login), text(member.name)});
        if (!holder.isNull()) {
            //: %1 is a login, %2 the name of the staff member who already has it
            throw invalid(
                QCoreApplication::translate("StaffDirectory", "the login '%1' is %2's already")
                    .arg(QString::fromStdString(member.login), holder.toString()));
        }
    }
    m_db.run(QStringLiteral("INSERT INTO staff (name, department, role, login) VALUES (?, ?, ?, ?) "
                            "ON CONFLICT (name) DO UPDATE SET department = excluded.department, "
                            "role = excluded.role, login = excluded.login"),
             {text(member.name), text(member.department), text(toString(member.role)),
              text(member.login)});
    AuditLog::append(m_db, m_clock.now(), actor, "staff.save", std::nullopt,
                     member.name + " " + member.department + " " + toString(member.role) + " " +
                         member.login);
    transaction.commit();
}

} // namespace caseline
