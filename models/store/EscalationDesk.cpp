#include "store/EscalationDesk.h"

#include "store/AccessPolicy.h"
#include "store/AuditLog.h"
#include "store/CaseDatabase.h"
#include "store/CaseRepository.h"
#include "store/SqlValues.h"
#include "store/StoreError.h"
#include "store/StoreTransaction.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlQuery>

namespace caseline {

using namespace SqlValues;

namespace {

const QString columns = QStringLiteral(
    "id, case_id, department, reason, priority, due_at, state, opened_by, opened_at, "
    "closing_note, updated_at, version");

Escalation escalationFrom(const QSqlQuery &query)
{
    Escalation item;
    item.id = query.value(0).toLongLong();
    item.caseId = query.value(1).toLongLong();
    item.department = textAt(query, 2);
    item.reason = textAt(query, 3);
    item.priority = casePriorityFromString(textAt(query, 4)).value_or(CasePriority::Normal);
    item.dueAt = timeAt(query, 5);
    item.state = escalationStateFromString(textAt(query, 6)).value_or(Escalation::State::Open);
    item.openedBy = textAt(query, 7);
    item.openedAt = timeAt(query, 8);
    item.closingNote = textAt(query, 9);
    item.updatedAt = timeAt(query, 10);
    item.version = query.value(11).toLongLong();
    return item;
}

StoreError invalid(const QString &message)
{
    return StoreError(StoreError::Kind::Invalid, message.toStdString());
}

StoreError conflict(const QString &message)
{
    return StoreError(StoreError::Kind::Conflict, message.toStdString());
}

// The state an escalation is in, as the refusals name it ("escalation 7 is resolved").
QString stateWords(Escalation::State state)
{
    switch (state) {
    case Escalation::State::Accepted:
        return QCoreApplication::translate("EscalationDesk", "accepted", "state of an escalation");
    case Escalation::State::Resolved:
        return QCoreApplication::translate("EscalationDesk", "resolved", "state of an escalation");
    case Escalation::State::Returned:
        return QCoreApplication::translate("EscalationDesk", "returned", "state of an escalation");
    case Escalation::State::Open:
        break; // an open escalation takes every step
    }
    return QString::fromStdString(toString(state));
}

// Why an escalation in that state cannot take the step asked for: one sentence per step.
QString refusedStep(long long escalationId, Escalation::State current, Escalation::State next)
{
    const QString id = QString::number(escalationId);
    const QString state = stateWords(current);
    switch (next) {
    case Escalation::State::Accepted:
        //: %1 is the escalation's number, %2 its state ("resolved")
        return QCoreApplication::translate("EscalationDesk",
                                           "escalation %1 is %2; it cannot be accepted")
            .arg(id, state);
    case Escalation::State::Resolved:
        //: %1 is the escalation's number, %2 its state ("returned")
        return QCoreApplication::translate("EscalationDesk",
                                           "escalation %1 is %2; it cannot be resolved")
            .arg(id, state);
    case Escalation::State::Returned:
        //: %1 is the escalation's number, %2 its state ("resolved")
        return QCoreApplication::translate("EscalationDesk",
                                           "escalation %1 is %2; it cannot be returned")
            .arg(id, state);
    case Escalation::State::Open:
        break;
    }
    // Not reached: no answer opens an escalation again.
    return QStringLiteral("escalation %1 is %2; it cannot be opened").arg(id, state);
}

CaseEntryKind entryKind(Escalation::State answer)
{
    switch (answer) {
    case Escalation::State::Accepted:
        return CaseEntryKind::EscalationAccepted;
    case Escalation::State::Resolved:
        return CaseEntryKind::EscalationResolved;
    case Escalation::State::Returned:
    case Escalation::State::Open: // not an answer
        break;
    }
    return CaseEntryKind::EscalationReturned;
}

std::string verb(Escalation::State state)
{
    switch (state) {
    case Escalation::State::Accepted:
        return "accepted";
    case Escalation::State::Resolved:
        return "resolved";
    case Escalation::State::Returned:
        return "returned";
    case Escalation::State::Open:
        break;
    }
    return "opened";
}

} // namespace

EscalationDesk::EscalationDesk(CaseDatabase &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

std::vector<Department> EscalationDesk::departments()
{
    std::vector<Department> result;
    QSqlQuery query =
        m_db.run(QStringLiteral("SELECT name, title, sla_hours FROM departments ORDER BY name"));
    while (query.next()) {
        result.push_back({textAt(query, 0), textAt(query, 1), query.value(2).toInt()});
    }
    return result;
}

void EscalationDesk::saveDepartment(const Department &department, const std::string &actor)
{
    static const QRegularExpression namePattern(QStringLiteral("^[a-z][a-z-]{0,63}$"));
    if (!namePattern.match(text(department.name)).hasMatch()) {
        throw invalid(QCoreApplication::translate(
            "EscalationDesk",
            "a department name is lower case letters and dashes, e.g. returns-desk"));
    }
    if (department.title.empty() || department.slaHours < 1 || department.slaHours > 24 * 90) {
        throw invalid(QCoreApplication::translate(
            "EscalationDesk", "a department needs a title and an SLA of 1 to 2160 hours"));
    }
    AccessPolicy(m_db, m_clock).requireOrSetup(actor, Permission::ChangeSlaPolicy);
    StoreTransaction transaction(m_db);
    m_db.run(QStringLiteral("INSERT INTO departments (name, title, sla_hours) VALUES (?, ?, ?) "
                            "ON CONFLICT (name) DO UPDATE SET title = excluded.title, "
                            "sla_hours = excluded.sla_hours"),
             {text(department.name), text(department.title), department.slaHours});
    AuditLog::append(m_db, m_clock.now(), actor, "department.save", std::nullopt,
                     department.name + " " + department.title + " " +
                         std::to_string(department.slaHours));
    transaction.commit();
}

Escalation EscalationDesk::escalate(long long caseId, const std::string &department,
                                    const std::string &reason, CasePriority priority,
                                    const std::string &actor, const QDateTime &agreedDue)
{
    if (reason.empty() || reason.size() > 500) {
        throw invalid(QCoreApplication::translate(
            "EscalationDesk", "an escalation needs a reason of 1 to 500 characters"));
    }
    if (agreedDue.isValid() && agreedDue <= m_clock.now()) {
        throw invalid(QCoreApplication::translate(
            "EscalationDesk", "an escalation's due time must lie in the future"));
    }
    AccessPolicy(m_db, m_clock).require(actor, Permission::Escalate, caseId);
    StoreTransaction transaction(m_db);
    CaseRepository cases(m_db, m_clock);
    cases.get(caseId); // StoreError NotFound for an unknown case
    const QVariant slaHours = m_db.scalar(
        QStringLiteral("SELECT sla_hours FROM departments WHERE name = ?"), {text(department)});
    if (slaHours.isNull()) {
        //: %1 is the department's code, e.g. "finance"
        throw invalid(QCoreApplication::translate("EscalationDesk", "unknown department '%1'")
                          .arg(QString::fromStdString(department)));
    }
    const QDateTime now = m_clock.now();
    const QDateTime due =
        agreedDue.isValid() ? agreedDue : now.addSecs(slaHours.toLongLong() * 3600);
    const long long id =
        m_db.scalar(QStringLiteral("INSERT INTO escalations (case_id, department, reason, "
                                   "priority, due_at, state, opened_by, opened_at, updated_at, "
                                   "version) VALUES (?, ?, ?, ?, ?, 'open', ?, ?, ?, 1) "
                                   "RETURNING id"),
                    {caseId, text(department), text(reason), text(toString(priority)), time(due),
                     text(actor), time(now), time(now)})
            .toLongLong();
    // The case waits on that department now; anyone editing an older version must reload.
    m_db.run(QStringLiteral("UPDATE cases SET status = ?, updated_at = ?, version = version + 1 "
                            "WHERE id = ?"),
             {text(toString(CaseStatus::WaitingOnDepartment)), time(now), caseId});
    cases.insertEntry(caseId, actor, CaseEntryKind::EscalationOpened,
                      EscalationOpening{department, due}, reason);
    AuditLog::append(m_db, now, actor, "escalation.open", caseId,
                     std::to_string(id) + " " + department + " " + reason);
    transaction.commit();
    return get(id);
}

Escalation EscalationDesk::accept(long long escalationId, long long version,
                                  const std::string &actor)
{
    return answer(escalationId, version, Escalation::State::Accepted, {}, actor);
}

Escalation EscalationDesk::resolve(long long escalationId, long long version,
                                   const std::string &note, const std::string &actor)
{
    return answer(escalationId, version, Escalation::State::Resolved, note, actor);
}

Escalation EscalationDesk::giveBack(long long escalationId, long long version,
                                    const std::string &note, const std::string &actor)
{
    return answer(escalationId, version, Escalation::State::Returned, note, actor);
}

Escalation EscalationDesk::answer(long long escalationId, long long version, Escalation::State next,
                                  const std::string &note, const std::string &actor)
{
    if (next != Escalation::State::Accepted && (note.empty() || note.size() > 2000)) {
        throw invalid(QCoreApplication::translate(
            "EscalationDesk",
            "resolving or returning an escalation needs a note of 1 to 2000 characters"));
    }
    const Escalation asked = get(escalationId); // its department and case do not change
    AccessPolicy(m_db, m_clock).requireAnswer(actor, asked.department, asked.caseId);
    StoreTransaction transaction(m_db);
    const Escalation current = get(escalationId);
    const QString number = QString::number(escalationId);
    if (current.version != version) {
        //: %1 is the escalation's number, %2 the version stored now, %3 the version the user
        //: changed
        throw conflict(
            QCoreApplication::translate("EscalationDesk",
                                        "escalation %1 was changed meanwhile (version "
                                        "%2, yours %3); reload it and try again")
                .arg(number, QString::number(current.version), QString::number(version)));
    }
    const bool allowed = current.isOpen() && !(next == Escalation::State::Accepted &&
                                               current.state == Escalation::State::Accepted);
    if (!allowed) {
        throw invalid(refusedStep(escalationId, current.state, next));
    }
    const QDateTime now = m_clock.now();
    QSqlQuery update = m_db.run(
        QStringLiteral("UPDATE escalations SET state = ?, closing_note = ?, "
                       "updated_at = ?, version = version + 1 WHERE id = ? AND version = ?"),
        {text(toString(next)), text(note), time(now), escalationId, version});
    if (update.numRowsAffected() != 1) {
        //: %1 is the escalation's number
        throw conflict(
            QCoreApplication::translate(
                "EscalationDesk", "escalation %1 was changed meanwhile; reload it and try again")
                .arg(number));
    }
    CaseRepository cases(m_db, m_clock);
    cases.insertEntry(current.caseId, actor, entryKind(next), EscalationAnswer{current.department},
                      note);
    const bool stillWaiting =
        m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM escalations WHERE case_id = ? AND "
                                   "state IN ('open', 'accepted')"),
                    {current.caseId})
            .toInt() > 0;
    if (!stillWaiting) {
        // Nobody else holds the case: it is back with its owner.
        m_db.run(
            QStringLiteral("UPDATE cases SET status = ?, updated_at = ?, version = version + 1 "
                           "WHERE id = ? AND status = ?"),
            {text(toString(CaseStatus::Open)), time(now), current.caseId,
             text(toString(CaseStatus::WaitingOnDepartment))});
    }
    AuditLog::append(m_db, now, actor, "escalation." + verb(next), current.caseId,
                     std::to_string(escalationId) + " " + note);
    transaction.commit();
    return get(escalationId);
}

Escalation EscalationDesk::get(long long escalationId)
{
    QSqlQuery query = m_db.run(QStringLiteral("SELECT ") + columns +
                                   QStringLiteral(" FROM escalations WHERE id = ?"),
                               {escalationId});
    if (!query.next()) {
        //: %1 is the escalation's number
        throw StoreError(StoreError::Kind::NotFound,
                         QCoreApplication::translate("EscalationDesk", "there is no escalation %1")
                             .arg(QString::number(escalationId))
                             .toStdString());
    }
    return escalationFrom(query);
}

std::vector<Escalation> EscalationDesk::ofCase(long long caseId)
{
    std::vector<Escalation> result;
    QSqlQuery query =
        m_db.run(QStringLiteral("SELECT ") + columns +
                     QStringLiteral(" FROM escalations WHERE case_id = ? ORDER BY id"),
                 {caseId});
    while (query.next()) {
        result.push_back(escalationFrom(query));
    }
    return result;
}

std::vector<Escalation> EscalationDesk::queue(const std::string &department)
{
    std::vector<Escalation> result;
    QSqlQuery query = m_db.run(QStringLiteral("SELECT ") + columns +
                                   QStringLiteral(" FROM escalations WHERE department = ? AND "
                                                  "state IN ('open', 'accepted') "
                                                  "ORDER BY due_at, id"),
                               {text(department)});
    while (query.next()) {
        result.push_back(escalationFrom(query));
    }
    return result;
}

} // namespace caseline
