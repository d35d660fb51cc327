#include "store/RefundApprovalDesk.h"

#include "actions/ActionCommandJson.h"
#include "actions/ActionService.h"
#include "store/AccessPolicy.h"
#include "store/AuditLog.h"
#include "store/CaseDatabase.h"
#include "store/CaseRepository.h"
#include "store/SqlValues.h"
#include "store/StoreError.h"
#include "store/StoreTransaction.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <nlohmann/json.hpp>

namespace caseline {

using namespace SqlValues;

namespace {

const QString columns = QStringLiteral(
    "id, case_id, order_id, amount, currency, reason, requested_by, requested_at, state, "
    "decided_by, decided_at, note, outbox_id, version");

RefundApproval approvalFrom(const QSqlQuery &query)
{
    RefundApproval item;
    item.id = query.value(0).toLongLong();
    item.caseId = query.value(1).toLongLong();
    item.orderId = textAt(query, 2);
    item.amount = query.value(3).toLongLong();
    item.currency = textAt(query, 4);
    item.reason = textAt(query, 5);
    item.requestedBy = textAt(query, 6);
    item.requestedAt = timeAt(query, 7);
    item.state =
        refundApprovalStateFromString(textAt(query, 8)).value_or(RefundApproval::State::Pending);
    item.decidedBy = textAt(query, 9);
    item.decidedAt = timeAt(query, 10);
    item.note = textAt(query, 11);
    item.outboxId = query.value(12).toLongLong();
    item.version = query.value(13).toLongLong();
    return item;
}

// What approving needs to send the refund as it was asked for.
nlohmann::json planJson(const PlannedAction &plan)
{
    return {{"action", plan.action},
            {"system", plan.system},
            {"path", plan.path},
            {"body", plan.body},
            {"summary", plan.summary},
            {"orderId", plan.orderId},
            {"amount", plan.amount},
            {"currency", plan.currency},
            {"command", nlohmann::json::parse(ActionCommandJson::write(plan.command))}};
}

// The refund a plan is about. A plan held by an older Caseline has no command: its order,
// amount and the body's reason and lines are that refund.
RefundCommand refundOf(const nlohmann::json &plan)
{
    if (plan.contains("command")) {
        return std::get<RefundCommand>(ActionCommandJson::read(plan.at("command").dump()));
    }
    const nlohmann::json &body = plan.at("body");
    RefundCommand refund{plan.at("orderId").get<std::string>(),
                         plan.at("amount").get<long long>(),
                         plan.at("currency").get<std::string>(),
                         body.value("reason", std::string()),
                         {}};
    for (const nlohmann::json &line : body.value("lines", nlohmann::json::array())) {
        refund.lines.push_back(
            {line.at("lineId").get<std::string>(), line.at("quantity").get<long long>()});
    }
    return refund;
}

PlannedAction planFrom(const std::string &text)
{
    const nlohmann::json json = nlohmann::json::parse(text);
    PlannedAction plan;
    plan.action = json.at("action").get<std::string>();
    plan.system = json.at("system").get<std::string>();
    plan.path = json.at("path").get<std::string>();
    plan.body = json.at("body");
    plan.summary = json.at("summary").get<std::string>();
    plan.orderId = json.at("orderId").get<std::string>();
    plan.amount = json.at("amount").get<long long>();
    plan.currency = json.at("currency").get<std::string>();
    plan.command = refundOf(json);
    return plan;
}

// Whoever decided first, in one sentence per decision.
QString alreadyDecided(const RefundApproval &item)
{
    const QString id = QString::number(item.id);
    const QString by = QString::fromStdString(item.decidedBy);
    if (item.state == RefundApproval::State::Rejected) {
        //: %1 is the request's number, %2 the supervisor who rejected it
        return QCoreApplication::translate("RefundApprovalDesk",
                                           "refund approval request %1 was already rejected by %2")
            .arg(id, by);
    }
    //: %1 is the request's number, %2 the supervisor who approved it
    return QCoreApplication::translate("RefundApprovalDesk",
                                       "refund approval request %1 was already approved by %2")
        .arg(id, by);
}

} // namespace

RefundApprovalDesk::RefundApprovalDesk(CaseDatabase &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

RefundApproval RefundApprovalDesk::request(long long caseId, const PlannedAction &plan,
                                           const std::string &actor)
{
    if (plan.action != "refund" || !std::holds_alternative<RefundCommand>(plan.command)) {
        throw StoreError(
            StoreError::Kind::Invalid,
            QCoreApplication::translate("RefundApprovalDesk", "only refunds wait for approval")
                .toStdString());
    }
    AccessPolicy(m_db, m_clock).require(actor, Permission::Refund, caseId);
    StoreTransaction transaction(m_db);
    CaseRepository cases(m_db, m_clock);
    cases.get(caseId);
    const QDateTime now = m_clock.now();
    const std::string reason = plan.body.value("reason", std::string());
    const long long id =
        m_db.scalar(QStringLiteral("INSERT INTO refund_approvals (case_id, order_id, amount, "
                                   "currency, reason, requested_by, requested_at, state, plan, "
                                   "updated_at, version) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, 'pending', ?, ?, 1) RETURNING id"),
                    {caseId, text(plan.orderId), plan.amount, text(plan.currency), text(reason),
                     text(actor), time(now), text(planJson(plan).dump()), time(now)})
            .toLongLong();
    cases.insertEntry(caseId, actor, CaseEntryKind::RefundHeld,
                      HeldRefund{id, std::get<RefundCommand>(plan.command)});
    AuditLog::append(m_db, now, actor, "refund.request-approval", caseId,
                     std::to_string(id) + "\n" + plan.body.dump());
    transaction.commit();
    return get(id);
}

std::vector<RefundApproval> RefundApprovalDesk::pending()
{
    std::vector<RefundApproval> result;
    QSqlQuery query = m_db.run(QStringLiteral("SELECT ") + columns +
                               QStringLiteral(" FROM refund_approvals WHERE state = 'pending' "
                                              "ORDER BY requested_at, id"));
    while (query.next()) {
        result.push_back(approvalFrom(query));
    }
    return result;
}

std::optional<RefundApproval> RefundApprovalDesk::find(long long id)
{
    QSqlQuery query = m_db.run(QStringLiteral("SELECT ") + columns +
                                   QStringLiteral(" FROM refund_approvals WHERE id = ?"),
                               {id});
    if (!query.next()) {
        return std::nullopt;
    }
    return approvalFrom(query);
}

RefundApproval RefundApprovalDesk::get(long long id)
{
    std::optional<RefundApproval> item = find(id);
    if (!item) {
        //: %1 is the request's number
        throw StoreError(StoreError::Kind::NotFound,
                         QCoreApplication::translate("RefundApprovalDesk",
                                                     "there is no refund approval request %1")
                             .arg(QString::number(id))
                             .toStdString());
    }
    return *item;
}

RefundApproval RefundApprovalDesk::approve(long long id, const std::string &actor,
                                           const std::string &note)
{
    return decide(id, true, actor, note);
}

RefundApproval RefundApprovalDesk::reject(long long id, const std::string &actor,
                                          const std::string &note)
{
    return decide(id, false, actor, note);
}

RefundApproval RefundApprovalDesk::decide(long long id, bool approved, const std::string &actor,
                                          const std::string &note)
{
    if (note.size() > 2000 || (!approved && note.empty())) {
        throw StoreError(
            StoreError::Kind::Invalid,
            (approved ? QCoreApplication::translate("RefundApprovalDesk",
                                                    "an approval's note is at most 2000 characters")
                      : QCoreApplication::translate(
                            "RefundApprovalDesk",
                            "rejecting a refund needs a note of 1 to 2000 characters"))
                .toStdString());
    }
    const RefundApproval asked = get(id);
    AccessPolicy(m_db, m_clock).require(actor, Permission::ApproveRefund, asked.caseId);
    StoreTransaction transaction(m_db);
    const RefundApproval current = get(id);
    if (current.state != RefundApproval::State::Pending) {
        throw StoreError(StoreError::Kind::Conflict, alreadyDecided(current).toStdString());
    }
    const QDateTime now = m_clock.now();
    long long outboxId = 0;
    if (approved) {
        const std::string planText =
            m_db.scalar(QStringLiteral("SELECT plan FROM refund_approvals WHERE id = ?"), {id})
                .toString()
                .toStdString();
        outboxId = ActionService::enqueue(m_db, m_clock, current.caseId, planFrom(planText), actor);
    }
    // Only the first decision changes the row: a second console approving at the same moment
    // finds it decided and sends nothing.
    QSqlQuery update = m_db.run(
        QStringLiteral("UPDATE refund_approvals SET state = ?, decided_by = ?, decided_at = ?, "
                       "note = ?, outbox_id = ?, updated_at = ?, version = version + 1 "
                       "WHERE id = ? AND state = 'pending'"),
        {text(approved ? "approved" : "rejected"), text(actor), time(now), text(note),
         outboxId == 0 ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(outboxId), time(now),
         id});
    if (update.numRowsAffected() != 1) {
        //: %1 is the request's number
        throw StoreError(
            StoreError::Kind::Conflict,
            QCoreApplication::translate(
                "RefundApprovalDesk", "refund approval request %1 was decided meanwhile; reload it")
                .arg(QString::number(id))
                .toStdString());
    }
    const std::string verb = approved ? "approved" : "rejected";
    CaseRepository(m_db, m_clock)
        .insertEntry(current.caseId, actor,
                     approved ? CaseEntryKind::RefundApproved : CaseEntryKind::RefundRejected,
                     RefundDecision{id, current.orderId, current.amount, current.currency}, note);
    AuditLog::append(m_db, now, actor, "refund." + verb, current.caseId,
                     std::to_string(id) + "\n" + note);
    transaction.commit();
    return get(id);
}

} // namespace caseline
