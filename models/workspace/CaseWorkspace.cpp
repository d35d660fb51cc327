#include "workspace/CaseWorkspace.h"

#include "domain/Permission.h"
#include "store/AccessPolicy.h"
#include "store/CaseAlertBook.h"
#include "store/CaseQueue.h"
#include "store/CaseRepository.h"
#include "store/EscalationDesk.h"
#include "store/Outbox.h"
#include "store/StaffDirectory.h"
#include "timeline/ConflictWatchdog.h"
#include "workspace/BackofficeSession.h"
#include "workspace/CaseStoreThread.h"

#include <algorithm>
#include <memory>
#include <set>

namespace caseline {

namespace {

std::vector<std::string> ordersOf(const SupportCase &item)
{
    std::vector<std::string> orders;
    for (const CaseLink &link : item.links) {
        if (link.kind == "order") {
            orders.push_back(link.ref);
        }
    }
    return orders;
}

// Cases the store links to what was searched: the case number itself, a linked order,
// shipment or return, or a customer order management found.
std::vector<SupportCase> casesMatching(CaseDatabase &db, const Clock &clock, const QString &query,
                                       const std::vector<Customer> &customers)
{
    CaseRepository cases(db, clock);
    std::vector<SupportCase> found;
    const auto add = [&](std::vector<SupportCase> more) {
        for (SupportCase &item : more) {
            if (std::none_of(found.begin(), found.end(),
                             [&](const SupportCase &f) { return f.id == item.id; })) {
                found.push_back(std::move(item));
            }
        }
    };
    if (const std::optional<long long> id = SupportCase::idFromReference(query.toStdString())) {
        if (std::optional<SupportCase> item = cases.find(*id)) {
            add({*item});
        }
    }
    CaseFilter byRef;
    byRef.linkedRef = query.trimmed().toUpper().toStdString();
    add(cases.list(byRef));
    for (const Customer &customer : customers) {
        CaseFilter byCustomer;
        byCustomer.customerId = customer.id;
        add(cases.list(byCustomer));
    }
    return found;
}

} // namespace

CaseWorkspace::CaseWorkspace(CaseStoreThread &store, BackofficeSession &backoffice,
                             std::string actor, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_backoffice(backoffice)
    , m_actor(std::move(actor))
{
}

void CaseWorkspace::report(const QString &what, const std::exception_ptr &failure)
{
    try {
        std::rethrow_exception(failure);
    } catch (const std::exception &error) {
        Q_EMIT problem(what, QString::fromUtf8(error.what()));
    } catch (...) {
        Q_EMIT problem(what, tr("an unexpected error"));
    }
}

void CaseWorkspace::start()
{
    const Clock &clock = m_backoffice.clock();
    m_store
        .run([actor = m_actor, &clock](CaseDatabase &db) {
            AccessPolicy access(db, clock);
            return std::make_pair(StaffDirectory(db, clock).find(actor),
                                  access.allows(actor, Permission::ViewDashboard));
        })
        .then(this, [this](QFuture<std::pair<StaffMember, bool>> done) {
            try {
                const auto [member, dashboard] = done.result();
                m_department = member.department;
                m_mayViewDashboard = dashboard;
                Q_EMIT ready();
            } catch (...) {
                report(tr("open the case store"), std::current_exception());
            }
        });
}

CaseQuery CaseWorkspace::queryFor(QueueKind kind) const
{
    CaseQuery query;
    query.openOnly = true;
    if (kind == QueueKind::MyCases) {
        query.assignee = m_actor;
    } else if (kind == QueueKind::MyDepartment) {
        query.department = m_department;
    } else if (kind == QueueKind::NeedsAttention) {
        query.sla = SlaFilter::Attention;
    }
    return query;
}

QFuture<std::vector<SupportCase>>
CaseWorkspace::queuePage(const CaseQuery &query, const std::optional<CaseCursor> &after, int limit)
{
    const Clock &clock = m_backoffice.clock();
    return m_store.run([query, after, limit, &clock](CaseDatabase &db) {
        return CaseQueue(db).page(query, clock.now(), after, limit);
    });
}

QFuture<long long> CaseWorkspace::queueCount(const CaseQuery &query)
{
    const Clock &clock = m_backoffice.clock();
    return m_store.run(
        [query, &clock](CaseDatabase &db) { return CaseQueue(db).count(query, clock.now()); });
}

void CaseWorkspace::search(const QString &text)
{
    const unsigned generation = ++m_searchGeneration;
    auto result = std::make_shared<CustomerSearchResult>();
    result->query = text.trimmed();
    if (result->query.isEmpty()) {
        Q_EMIT searchFinished(*result);
        return;
    }
    OrdersConnector &orders = *m_backoffice.connectors().orders;
    orders.searchCustomers(result->query.toStdString())
        .then(this, [this, result, generation, &orders](Fetched<std::vector<Customer>> found) {
            if (!found.ok()) {
                result->problem = tr("Order management could not be searched: %1")
                                      .arg(QString::fromStdString(found.error().message()));
                finishSearch(result, generation);
                return;
            }
            result->customers = found.value();
            auto waiting = std::make_shared<std::size_t>(result->customers.size());
            if (*waiting == 0) {
                finishSearch(result, generation);
                return;
            }
            for (const Customer &customer : result->customers) {
                orders.ordersOfCustomer(customer.id)
                    .then(this, [this, result, generation, waiting,
                                 id = customer.id](Fetched<std::vector<Order>> list) {
                        if (list.ok()) {
                            result->ordersByCustomer[id] = list.value();
                        } else if (result->problem.isEmpty()) {
                            result->problem =
                                tr("Some orders could not be read: %1")
                                    .arg(QString::fromStdString(list.error().message()));
                        }
                        if (--*waiting == 0) {
                            finishSearch(result, generation);
                        }
                    });
            }
        });
}

void CaseWorkspace::finishSearch(const std::shared_ptr<CustomerSearchResult> &result,
                                 unsigned generation)
{
    if (generation != m_searchGeneration) {
        return; // the agent typed on; an older answer must not replace a newer one
    }
    const Clock &clock = m_backoffice.clock();
    m_store
        .run([query = result->query, customers = result->customers, &clock](CaseDatabase &db) {
            return casesMatching(db, clock, query, customers);
        })
        .then(this, [this, result, generation](QFuture<std::vector<SupportCase>> done) {
            if (generation != m_searchGeneration) {
                return;
            }
            try {
                result->cases = done.result();
            } catch (const std::exception &error) {
                result->problem = tr("The case store could not be searched: %1")
                                      .arg(QString::fromUtf8(error.what()));
            }
            Q_EMIT searchFinished(*result);
        });
}

void CaseWorkspace::openCase(long long caseId)
{
    const Clock &clock = m_backoffice.clock();
    m_store
        .run([caseId, &clock](CaseDatabase &db) {
            CaseSnapshot snapshot;
            snapshot.item = CaseRepository(db, clock).get(caseId);
            snapshot.entries = CaseRepository(db, clock).entries(caseId);
            for (OutboxEntry &entry : Outbox(db).unfinished()) {
                if (entry.caseId == caseId) {
                    snapshot.outbox.push_back(std::move(entry));
                }
            }
            snapshot.escalations = EscalationDesk(db, clock).ofCase(caseId);
            OrderFacts own;
            own.escalations = snapshot.escalations;
            snapshot.caseAlerts = ConflictWatchdog::withDefaultRules().evaluate(own, clock.now());
            CaseAlertBook(db).record(caseId, {}, snapshot.caseAlerts, clock.now());
            return snapshot;
        })
        .then(this, [this, caseId](QFuture<CaseSnapshot> done) {
            try {
                const CaseSnapshot snapshot = done.result();
                Q_EMIT caseOpened(snapshot);
                const std::vector<std::string> orders = ordersOf(snapshot.item);
                Q_EMIT timelineRequested(caseId, static_cast<int>(orders.size()));
                for (const std::string &orderId : orders) {
                    assembleFor(caseId, orderId, true);
                }
            } catch (...) {
                report(tr("open CASE-%1").arg(caseId), std::current_exception());
            }
        });
}

void CaseWorkspace::assembleFor(long long caseId, const std::string &orderId, bool announce)
{
    if (announce) {
        if (const std::optional<OrderTimeline> cached = m_backoffice.latest(orderId)) {
            Q_EMIT timelineArrived(caseId, *cached, true);
        }
    }
    m_backoffice.assembler().assemble(orderId).then(
        this, [this, caseId, announce](OrderTimeline timeline) {
            m_backoffice.remember(timeline);
            recordAlerts(caseId, timeline);
            if (announce) {
                Q_EMIT timelineArrived(caseId, timeline, false);
            }
        });
}

void CaseWorkspace::watch(const std::vector<SupportCase> &cases)
{
    for (const SupportCase &item : cases) {
        const std::vector<std::string> orders = ordersOf(item);
        if (orders.empty()) {
            continue;
        }
        auto alerts = std::make_shared<std::set<std::string>>();
        auto waiting = std::make_shared<std::size_t>(orders.size());
        for (const std::string &orderId : orders) {
            m_backoffice.assembler().assemble(orderId).then(
                this, [this, alerts, waiting, caseId = item.id](OrderTimeline timeline) {
                    m_backoffice.remember(timeline);
                    recordAlerts(caseId, timeline);
                    for (const Alert &alert : timeline.alerts) {
                        alerts->insert(alert.countKey());
                    }
                    if (--*waiting == 0) {
                        Q_EMIT alertCountChanged(caseId, static_cast<int>(alerts->size()));
                    }
                });
        }
    }
}

void CaseWorkspace::recordAlerts(long long caseId, const OrderTimeline &timeline)
{
    if (!timeline.found || !timeline.notJudged.empty()) {
        return; // a system that could not be read proves nothing: keep what was found before
    }
    const Clock &clock = m_backoffice.clock();
    // Fire and forget: the book is for supervisors, and a failure here must not disturb the
    // agent's case; the next assembly records it again.
    m_store.run(
        [caseId, orderId = timeline.orderId, alerts = timeline.alerts, &clock](CaseDatabase &db) {
            CaseAlertBook(db).record(caseId, orderId, alerts, clock.now());
        });
}

void CaseWorkspace::createCase(const SupportCase &draft)
{
    const Clock &clock = m_backoffice.clock();
    m_store
        .run([draft, actor = m_actor, &clock](CaseDatabase &db) {
            return CaseRepository(db, clock).create(draft, actor);
        })
        .then(this, [this](QFuture<SupportCase> done) {
            try {
                Q_EMIT caseCreated(done.result());
            } catch (...) {
                report(tr("open a new case"), std::current_exception());
            }
        });
}

void CaseWorkspace::loadDeliveryOptions(const std::string &shipmentId)
{
    m_backoffice.connectors()
        .delivery->deliveryOptions(shipmentId)
        .then(this, [this,
                     id = QString::fromStdString(shipmentId)](Fetched<DeliveryOptions> options) {
            if (options.ok()) {
                Q_EMIT deliveryOptionsArrived(id, options.value());
            } else {
                Q_EMIT deliveryOptionsFailed(id, QString::fromStdString(options.error().message()));
            }
        });
}

void CaseWorkspace::loadReturnLabel(const std::string &returnId)
{
    m_backoffice.connectors().returns->label(returnId).then(
        this, [this, id = QString::fromStdString(returnId)](Fetched<QByteArray> pdf) {
            if (pdf.ok()) {
                Q_EMIT returnLabelArrived(id, pdf.value());
            } else {
                Q_EMIT returnLabelFailed(id, QString::fromStdString(pdf.error().message()));
            }
        });
}

void CaseWorkspace::loadDepartments()
{
    const Clock &clock = m_backoffice.clock();
    m_store.run([&clock](CaseDatabase &db) { return EscalationDesk(db, clock).departments(); })
        .then(this, [this](QFuture<std::vector<Department>> done) {
            try {
                Q_EMIT departmentsLoaded(done.result());
            } catch (...) {
                report(tr("load the departments"), std::current_exception());
            }
        });
}

void CaseWorkspace::loadCustomer(const std::string &customerId)
{
    m_backoffice.connectors()
        .orders->customer(customerId)
        .then(this, [this, id = QString::fromStdString(customerId)](Fetched<Customer> customer) {
            if (customer.ok()) {
                Q_EMIT customerArrived(customer.value());
            } else {
                Q_EMIT problem(tr("read customer %1").arg(id),
                               QString::fromStdString(customer.error().message()));
            }
        });
}

} // namespace caseline
