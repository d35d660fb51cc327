#include "store/AccessPolicy.h"

#include "store/AuditLog.h"
#include "store/CaseDatabase.h"
#include "store/SqlValues.h"
#include "store/StaffDirectory.h"
#include "store/StoreError.h"
#include "store/StoreTransaction.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace caseline {

using namespace SqlValues;

namespace {

const QString thresholdPolicy = QStringLiteral("refund_approval_above");

const std::vector<StaffMember::Role> roles{StaffMember::Role::Agent, StaffMember::Role::StoreStaff,
                                           StaffMember::Role::Supervisor,
                                           StaffMember::Role::Finance};

// holders() when no role has the permission; it stays English for the audit.
const char *const nobody = QT_TRANSLATE_NOOP("AccessPolicy", "no role has it");

// A role as the refusals name it ("store staff"), in the console's language.
QString roleWords(StaffMember::Role role)
{
    switch (role) {
    case StaffMember::Role::Agent:
        return QCoreApplication::translate("AccessPolicy", "agent", "role");
    case StaffMember::Role::StoreStaff:
        return QCoreApplication::translate("AccessPolicy", "store staff", "role");
    case StaffMember::Role::Supervisor:
        return QCoreApplication::translate("AccessPolicy", "supervisor", "role");
    case StaffMember::Role::Finance:
        return QCoreApplication::translate("AccessPolicy", "finance", "role");
    }
    return QString::fromStdString(describe(role));
}

QString permissionWords(Permission permission)
{
    return QCoreApplication::translate("Permission", describe(permission).c_str());
}

} // namespace

AccessPolicy::AccessPolicy(CaseDatabase &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

StaffMember AccessPolicy::member(const std::string &actor)
{
    return StaffDirectory(m_db, m_clock).find(actor);
}

bool AccessPolicy::rolePermits(StaffMember::Role role, Permission permission)
{
    return m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM role_permissions "
                                      "WHERE role = ? AND permission = ?"),
                       {text(toString(role)), text(toString(permission))})
               .toInt() > 0;
}

bool AccessPolicy::allows(const std::string &actor, Permission permission)
{
    return rolePermits(member(actor).role, permission);
}

std::map<StaffMember::Role, std::set<Permission>> AccessPolicy::matrix()
{
    std::map<StaffMember::Role, std::set<Permission>> result;
    for (StaffMember::Role role : roles) {
        result[role];
    }
    QSqlQuery query = m_db.run(QStringLiteral("SELECT role, permission FROM role_permissions"));
    while (query.next()) {
        const auto role = staffRoleFromString(textAt(query, 0));
        const auto permission = permissionFromString(textAt(query, 1));
        if (role && permission) {
            result[*role].insert(*permission);
        }
    }
    return result;
}

std::string AccessPolicy::holders(Permission permission)
{
    std::string names;
    for (const auto &[role, permissions] : matrix()) {
        if (permissions.contains(permission)) {
            names += (names.empty() ? "" : ", ") + toString(role);
        }
    }
    return names.empty() ? nobody : names;
}

void AccessPolicy::refuse(const std::string &actor, Permission permission,
                          std::optional<long long> caseId, const std::string &audited,
                          const std::string &shown)
{
    if (m_db.inTransaction()) {
        m_db.rollback(); // nothing of the refused change may stay; the refusal must
    }
    StoreTransaction transaction(m_db);
    AuditLog::append(m_db, m_clock.now(), actor, "refused." + toString(permission), caseId,
                     audited);
    transaction.commit();
    throw StoreError(StoreError::Kind::Forbidden, shown);
}

void AccessPolicy::require(const std::string &actor, Permission permission,
                           std::optional<long long> caseId)
{
    const StaffMember who = member(actor);
    if (rolePermits(who.role, permission)) {
        return;
    }
    //: %1 is a user, %2 their role ("agent"), %3 what they tried ("issue return labels"), %4 the
    //: permission's code ("issue-return-label"), %5 the roles' codes that have it ("agent,
    //: supervisor") or "no role has it"
    const char *const refusal =
        QT_TRANSLATE_NOOP("AccessPolicy", "%1 (%2) may not %3: that needs the %4 permission (%5)");
    const QString name = QString::fromStdString(actor);
    const QString code = QString::fromStdString(toString(permission));
    const std::string codes = holders(permission);
    const QString holding = QString::fromStdString(codes);
    // The audit's English is the template filled with the English words.
    const QString audited =
        QString::fromUtf8(refusal).arg(name, QString::fromStdString(describe(who.role)),
                                       QString::fromStdString(describe(permission)), code, holding);
    const QString shown =
        QCoreApplication::translate("AccessPolicy", refusal)
            .arg(name, roleWords(who.role), permissionWords(permission), code,
                 codes == nobody ? QCoreApplication::translate("AccessPolicy", nobody) : holding);
    refuse(actor, permission, caseId, audited.toStdString(), shown.toStdString());
}

void AccessPolicy::requireOrSetup(const std::string &actor, Permission permission)
{
    if (m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM staff")).toInt() == 0) {
        return; // setting up: nobody is registered yet to ask
    }
    require(actor, permission);
}

void AccessPolicy::requireAnswer(const std::string &actor, const std::string &department,
                                 long long caseId)
{
    require(actor, Permission::AnswerEscalation, caseId);
    const StaffMember who = member(actor);
    if (who.department == department || who.department == "supervisors" ||
        who.role == StaffMember::Role::Supervisor) {
        return;
    }
    //: %1 is a user, %2 their department, %3 the department the escalation went to
    const char *const refusal =
        QT_TRANSLATE_NOOP("AccessPolicy", "%1 works in %2; only %3 or supervisors answer its "
                                          "escalations");
    const QString name = QString::fromStdString(actor);
    const QString theirs = QString::fromStdString(who.department);
    const QString its = QString::fromStdString(department);
    refuse(
        actor, Permission::AnswerEscalation, caseId,
        QString::fromUtf8(refusal).arg(name, theirs, its).toStdString(),
        QCoreApplication::translate("AccessPolicy", refusal).arg(name, theirs, its).toStdString());
}

void AccessPolicy::grant(StaffMember::Role role, Permission permission, const std::string &actor)
{
    change(role, permission, true, actor);
}

void AccessPolicy::revoke(StaffMember::Role role, Permission permission, const std::string &actor)
{
    change(role, permission, false, actor);
}

void AccessPolicy::change(StaffMember::Role role, Permission permission, bool granted,
                          const std::string &actor)
{
    require(actor, Permission::ManageStaff);
    StoreTransaction transaction(m_db);
    if (granted) {
        m_db.run(QStringLiteral("INSERT INTO role_permissions (role, permission) VALUES (?, ?) "
                                "ON CONFLICT (role, permission) DO NOTHING"),
                 {text(toString(role)), text(toString(permission))});
    } else {
        m_db.run(QStringLiteral("DELETE FROM role_permissions WHERE role = ? AND permission = ?"),
                 {text(toString(role)), text(toString(permission))});
    }
    AuditLog::append(m_db, m_clock.now(), actor, granted ? "role.grant" : "role.revoke",
                     std::nullopt, toString(role) + " " + toString(permission));
    transaction.commit();
}

long long AccessPolicy::refundApprovalThreshold()
{
    const QVariant value =
        m_db.scalar(QStringLiteral("SELECT value FROM policies WHERE name = ?"), {thresholdPolicy});
    bool ok = false;
    const long long amount = value.toString().toLongLong(&ok);
    return ok ? amount : 10000;
}

void AccessPolicy::setRefundApprovalThreshold(long long amount, const std::string &actor)
{
    if (amount < 0) {
        throw StoreError(StoreError::Kind::Invalid,
                         QCoreApplication::translate("AccessPolicy",
                                                     "the refund approval threshold is an amount "
                                                     "of 0 or more minor units")
                             .toStdString());
    }
    require(actor, Permission::ChangeSlaPolicy);
    StoreTransaction transaction(m_db);
    m_db.run(QStringLiteral("INSERT INTO policies (name, value) VALUES (?, ?) "
                            "ON CONFLICT (name) DO UPDATE SET value = excluded.value"),
             {thresholdPolicy, QString::number(amount)});
    AuditLog::append(m_db, m_clock.now(), actor, "policy.refund-approval-above", std::nullopt,
                     std::to_string(amount));
    transaction.commit();
}

} // namespace caseline
