#include "store/CaseRepository.h"

#include "backoffice/MappingError.h"
#include "domain/Rfc3339.h"
#include "itemmodels/CaseEntryWording.h"
#include "store/AccessPolicy.h"
#include "store/AuditLog.h"
#include "store/CaseDatabase.h"
#include "store/CaseEntryJson.h"
#include "store/SqlValues.h"
#include "store/StoreError.h"
#include "store/StoreTransaction.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <nlohmann/json.hpp>
#include <set>
#include <stdexcept>

namespace caseline {

using namespace SqlValues;

namespace {

const QString caseColumns = QStringLiteral(
    "id, customer_id, customer_language, subject, status, priority, channel, department, "
    "assignee, sla_due, created_at, updated_at, version");

SupportCase caseFrom(const QSqlQuery &query)
{
    SupportCase item;
    item.id = query.value(0).toLongLong();
    item.customerId = textAt(query, 1);
    item.customerLanguage = textAt(query, 2);
    item.subject = textAt(query, 3);
    item.status = caseStatusFromString(textAt(query, 4)).value_or(CaseStatus::Open);
    item.priority = casePriorityFromString(textAt(query, 5)).value_or(CasePriority::Normal);
    item.channel = caseChannelFromString(textAt(query, 6)).value_or(CaseChannel::Phone);
    item.department = textAt(query, 7);
    item.assignee = textAt(query, 8);
    item.slaDue = timeAt(query, 9);
    item.createdAt = timeAt(query, 10);
    item.updatedAt = timeAt(query, 11);
    item.version = query.value(12).toLongLong();
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

QString words(const std::string &text)
{
    return QString::fromStdString(text);
}

void describeChange(std::vector<CaseFieldChange> &changes, CaseField field,
                    const std::string &before, const std::string &after)
{
    if (before != after) {
        changes.push_back({field, before, after});
    }
}

// A row this program cannot read (a kind a newer Caseline wrote, damaged arguments) is shown
// with what it holds rather than hiding the whole history.
CaseEntry entryFrom(const QSqlQuery &query)
{
    CaseEntry entry;
    entry.id = query.value(0).toLongLong();
    entry.caseId = query.value(1).toLongLong();
    entry.at = timeAt(query, 2);
    entry.actor = textAt(query, 4);
    entry.text = textAt(query, 6);
    const std::string kind = textAt(query, 3);
    if (const std::optional<CaseEntryKind> known = caseEntryKindFromString(kind)) {
        try {
            entry.arguments = CaseEntryJson::read(*known, textAt(query, 5));
            entry.kind = *known;
            return entry;
        } catch (const MappingError &) {
            // read as written, below
        }
    }
    entry.kind = CaseEntryKind::Written;
    entry.arguments = WrittenEntry{kind, {}};
    return entry;
}

// Resolved and closed cases leave the backlog; resolved_at says when (for the backlog chart).
bool isFinished(CaseStatus status)
{
    return status == CaseStatus::Resolved || status == CaseStatus::Closed;
}

// The SLA span runs from when the case was opened, whatever the changed copy says.
SupportCase withCreation(SupportCase item, const SupportCase &stored)
{
    item.createdAt = stored.createdAt;
    return item;
}

} // namespace

CaseRepository::CaseRepository(CaseDatabase &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

void CaseRepository::validate(const SupportCase &item)
{
    static const std::set<std::string> languages{"en", "it", "de", "es", "fr"};
    static const std::set<std::string> linkKinds{"order", "shipment", "return"};
    if (item.customerId.empty()) {
        throw invalid(QCoreApplication::translate("CaseRepository", "a case needs a customer"));
    }
    if (item.subject.empty() || item.subject.size() > 300) {
        throw invalid(QCoreApplication::translate("CaseRepository",
                                                  "a case needs a subject of 1 to 300 characters"));
    }
    if (!languages.contains(item.customerLanguage)) {
        //: %1 is the language code given for the customer, e.g. "pt"
        throw invalid(QCoreApplication::translate("CaseRepository",
                                                  "customer language '%1' is not one of en, it, "
                                                  "de, es, fr")
                          .arg(words(item.customerLanguage)));
    }
    if (m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM departments WHERE name = ?"),
                    {text(item.department)})
            .toInt() == 0) {
        //: %1 is the department's code, e.g. "customer-service"
        throw invalid(QCoreApplication::translate("CaseRepository", "unknown department '%1'")
                          .arg(words(item.department)));
    }
    for (const CaseLink &link : item.links) {
        if (!linkKinds.contains(link.kind) || link.ref.empty()) {
            //: %1 is the kind of record given ("order", "shipment", "return" or a wrong one),
            //: %2 its id
            throw invalid(QCoreApplication::translate(
                              "CaseRepository",
                              "a case links orders, shipments or returns by id, not '%1:%2'")
                              .arg(words(link.kind), words(link.ref)));
        }
    }
}

SupportCase CaseRepository::create(SupportCase draft, const std::string &actor)
{
    AccessPolicy(m_db, m_clock).require(actor, Permission::CreateCase);
    StoreTransaction transaction(m_db);
    validate(draft);
    const QDateTime now = m_clock.now();
    if (!draft.slaDue.isValid()) {
        const int hours = m_db.scalar(QStringLiteral("SELECT sla_hours FROM departments "
                                                     "WHERE name = ?"),
                                      {text(draft.department)})
                              .toInt();
        draft.slaDue = now.addSecs(hours * 3600LL);
    }
    draft.createdAt = now;
    draft.updatedAt = now;
    draft.version = 1;
    draft.id = m_db.scalar(QStringLiteral("INSERT INTO cases (customer_id, customer_language, "
                                          "subject, status, priority, channel, department, "
                                          "assignee, sla_due, created_at, updated_at, version, "
                                          "resolved_at, sla_warn_at) "
                                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?) "
                                          "RETURNING id"),
                           {text(draft.customerId), text(draft.customerLanguage),
                            text(draft.subject), text(toString(draft.status)),
                            text(toString(draft.priority)), text(toString(draft.channel)),
                            text(draft.department), text(draft.assignee), time(draft.slaDue),
                            time(now), time(now), isFinished(draft.status) ? time(now) : QVariant(),
                            time(draft.slaWarningFrom())})
                   .toLongLong();
    writeLinks(draft);
    insertEntry(draft.id, actor, CaseEntryKind::CaseOpened, CaseOpening{draft.channel},
                draft.subject);
    AuditLog::append(
        m_db, now, actor, "case.create", draft.id,
        nlohmann::json{{"customer", draft.customerId}, {"subject", draft.subject}}.dump());
    transaction.commit();
    return draft;
}

void CaseRepository::writeLinks(const SupportCase &item)
{
    m_db.run(QStringLiteral("DELETE FROM case_links WHERE case_id = ?"), {item.id});
    std::set<std::pair<std::string, std::string>> written;
    for (const CaseLink &link : item.links) {
        if (written.insert({link.kind, link.ref}).second) {
            m_db.run(QStringLiteral("INSERT INTO case_links (case_id, kind, ref) VALUES (?, ?, ?)"),
                     {item.id, text(link.kind), text(link.ref)});
        }
    }
}

std::vector<CaseLink> CaseRepository::linksOf(long long id)
{
    std::vector<CaseLink> links;
    QSqlQuery query = m_db.run(
        QStringLiteral("SELECT kind, ref FROM case_links WHERE case_id = ? ORDER BY kind, ref"),
        {id});
    while (query.next()) {
        links.push_back({textAt(query, 0), textAt(query, 1)});
    }
    return links;
}

std::optional<SupportCase> CaseRepository::find(long long id)
{
    QSqlQuery query = m_db.run(
        QStringLiteral("SELECT ") + caseColumns + QStringLiteral(" FROM cases WHERE id = ?"), {id});
    if (!query.next()) {
        return std::nullopt;
    }
    SupportCase item = caseFrom(query);
    item.links = linksOf(id);
    return item;
}

SupportCase CaseRepository::get(long long id)
{
    std::optional<SupportCase> item = find(id);
    if (!item) {
        //: %1 is the case's reference, e.g. CASE-12
        throw StoreError(StoreError::Kind::NotFound,
                         QCoreApplication::translate("CaseRepository", "there is no case %1")
                             .arg(QStringLiteral("CASE-%1").arg(id))
                             .toStdString());
    }
    return *item;
}

std::vector<SupportCase> CaseRepository::list(const CaseFilter &filter)
{
    QString sql =
        QStringLiteral("SELECT ") + caseColumns + QStringLiteral(" FROM cases WHERE 1 = 1");
    QVariantList values;
    if (!filter.department.empty()) {
        sql += QStringLiteral(" AND department = ?");
        values << text(filter.department);
    }
    if (filter.status) {
        sql += QStringLiteral(" AND status = ?");
        values << text(toString(*filter.status));
    }
    if (!filter.customerId.empty()) {
        sql += QStringLiteral(" AND customer_id = ?");
        values << text(filter.customerId);
    }
    if (!filter.linkedRef.empty()) {
        sql += QStringLiteral(" AND id IN (SELECT case_id FROM case_links WHERE ref = ?)");
        values << text(filter.linkedRef);
    }
    if (!filter.assignee.empty()) {
        sql += QStringLiteral(" AND assignee = ?");
        values << text(filter.assignee);
    }
    if (filter.openOnly) {
        sql += QStringLiteral(" AND status NOT IN (?, ?)");
        values << text(toString(CaseStatus::Resolved)) << text(toString(CaseStatus::Closed));
    }
    // Most urgent first: the SLA that runs out soonest leads the queue.
    sql += QStringLiteral(" ORDER BY sla_due, id LIMIT ?");
    values << std::max(filter.limit, 1);
    std::vector<SupportCase> cases;
    QSqlQuery query = m_db.run(sql, values);
    while (query.next()) {
        cases.push_back(caseFrom(query));
    }
    for (SupportCase &item : cases) {
        item.links = linksOf(item.id);
    }
    return cases;
}

SupportCase CaseRepository::update(const SupportCase &changed, const std::string &actor)
{
    AccessPolicy(m_db, m_clock).require(actor, Permission::EditCase, changed.id);
    StoreTransaction transaction(m_db);
    const std::optional<SupportCase> stored = find(changed.id);
    if (!stored) {
        //: %1 is the case's reference, e.g. CASE-12
        throw StoreError(StoreError::Kind::NotFound,
                         QCoreApplication::translate("CaseRepository", "there is no %1")
                             .arg(words(changed.reference()))
                             .toStdString());
    }
    if (stored->version != changed.version) {
        //: %1 is the case's reference (CASE-12), %2 the version stored now, %3 the version the
        //: user changed
        throw conflict(QCoreApplication::translate(
                           "CaseRepository", "%1 was changed by someone else meanwhile "
                                             "(version %2, yours %3); reload it and try again")
                           .arg(words(changed.reference()), QString::number(stored->version),
                                QString::number(changed.version)));
    }
    validate(changed);
    CaseChanges changes;
    describeChange(changes.fields, CaseField::Status, toString(stored->status),
                   toString(changed.status));
    describeChange(changes.fields, CaseField::Priority, toString(stored->priority),
                   toString(changed.priority));
    describeChange(changes.fields, CaseField::Department, stored->department, changed.department);
    describeChange(changes.fields, CaseField::Assignee, stored->assignee, changed.assignee);
    describeChange(changes.fields, CaseField::Subject, stored->subject, changed.subject);
    describeChange(changes.fields, CaseField::SlaDue, Rfc3339::format(stored->slaDue),
                   Rfc3339::format(changed.slaDue));
    changes.linksChanged = stored->links != changed.links;
    if (changes.fields.empty() && !changes.linksChanged) {
        return *stored; // nothing to save
    }
    const QDateTime now = m_clock.now();
    QSqlQuery query = m_db.run(
        QStringLiteral(
            "UPDATE cases SET subject = ?, status = ?, priority = ?, department = ?, "
            "assignee = ?, sla_due = ?, updated_at = ?, version = version + 1, "
            "resolved_at = CASE WHEN ? THEN COALESCE(resolved_at, ?) END, sla_warn_at = ? "
            "WHERE id = ? AND version = ?"),
        {text(changed.subject), text(toString(changed.status)), text(toString(changed.priority)),
         text(changed.department), text(changed.assignee), time(changed.slaDue), time(now),
         isFinished(changed.status), time(now),
         time(withCreation(changed, *stored).slaWarningFrom()), changed.id, changed.version});
    if (query.numRowsAffected() != 1) {
        // Another writer committed between our read and our write (PostgreSQL read committed).
        //: %1 is the case's reference, e.g. CASE-12
        throw conflict(QCoreApplication::translate(
                           "CaseRepository",
                           "%1 was changed by someone else meanwhile; reload it and try again")
                           .arg(words(changed.reference())));
    }
    writeLinks(changed);
    const CaseEntry entry =
        insertEntry(changed.id, actor, CaseEntryKind::CaseUpdated, std::move(changes));
    AuditLog::append(m_db, now, actor, "case.update", changed.id,
                     CaseEntryWording::inEnglish(entry));
    transaction.commit();
    return get(changed.id);
}

CaseEntry CaseRepository::addEntry(long long caseId, const std::string &actor, CaseEntryKind kind,
                                   CaseEntryArguments arguments, std::string freeText)
{
    const bool contact =
        kind == CaseEntryKind::ContactInbound || kind == CaseEntryKind::ContactOutbound;
    if ((contact || kind == CaseEntryKind::Note) && freeText.empty()) {
        throw invalid(QCoreApplication::translate("CaseRepository",
                                                  "a case entry needs a kind and a summary"));
    }
    AccessPolicy(m_db, m_clock)
        .require(actor, contact ? Permission::LogContact : Permission::AddNote, caseId);
    StoreTransaction transaction(m_db);
    get(caseId);
    CaseEntry entry = insertEntry(caseId, actor, kind, std::move(arguments), std::move(freeText));
    AuditLog::append(m_db, entry.at, actor, "entry." + toString(kind), caseId,
                     CaseEntryWording::inEnglish(entry));
    transaction.commit();
    return entry;
}

CaseEntry CaseRepository::insertEntry(long long caseId, const std::string &actor,
                                      CaseEntryKind kind, CaseEntryArguments arguments,
                                      std::string freeText)
{
    CaseEntry entry{
        0, caseId, m_clock.now(), actor, kind, std::move(arguments), std::move(freeText)};
    if (!entry.fits()) {
        // A writer's mistake, not the user's: nothing is stored that could not be read back.
        throw std::invalid_argument("a " + toString(kind) + " entry needs its own arguments");
    }
    entry.id = m_db.scalar(QStringLiteral("INSERT INTO case_entries (case_id, at, kind, actor, "
                                          "arguments, free_text) VALUES (?, ?, ?, ?, ?, ?) "
                                          "RETURNING id"),
                           {caseId, time(entry.at), text(toString(kind)), text(actor),
                            text(CaseEntryJson::write(entry.arguments)), text(entry.text)})
                   .toLongLong();
    return entry;
}

std::vector<CaseEntry> CaseRepository::entries(long long caseId)
{
    std::vector<CaseEntry> result;
    QSqlQuery query = m_db.run(QStringLiteral("SELECT id, case_id, at, kind, actor, arguments, "
                                              "free_text FROM case_entries WHERE case_id = ? "
                                              "ORDER BY at, id"),
                               {caseId});
    while (query.next()) {
        result.push_back(entryFrom(query));
    }
    return result;
}

} // namespace caseline
