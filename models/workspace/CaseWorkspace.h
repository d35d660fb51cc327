#pragma once

#include "domain/DeliveryOptions.h"
#include "domain/Department.h"
#include "domain/SupportCase.h"
#include "store/CaseQuery.h"
#include "timeline/OrderTimeline.h"
#include "workspace/CaseSnapshot.h"
#include "workspace/CustomerSearchResult.h"
#include "workspace/QueueKind.h"

#include <QByteArray>
#include <QFuture>
#include <QObject>
#include <QString>
#include <exception>
#include <optional>
#include <string>
#include <vector>

namespace caseline {

class BackofficeSession;
class CaseStoreThread;
struct Customer;

// What the console reads: queues, search, an opened case with its live timeline, a carrier's
// options, a return label. Every request returns at once; the answer comes as a signal on the
// thread this object lives in (the GUI thread): SQL runs in the case store's thread, HTTP in
// the transport's. A failure is a signal with the reason in words, never an exception.
class CaseWorkspace : public QObject
{
    Q_OBJECT

public:
    CaseWorkspace(CaseStoreThread &store, BackofficeSession &backoffice, std::string actor,
                  QObject *parent = nullptr);

    const std::string &actor() const { return m_actor; }
    const std::string &department() const { return m_department; }

    // Opens the store (migrating it) and finds the actor's department; ready() or problem().
    void start();
    // What a queue shows, for the store to sort, filter and page (CasePageModel).
    CaseQuery queryFor(QueueKind kind) const;
    // Answered in the store thread; the caller attaches its continuation.
    QFuture<std::vector<SupportCase>> queuePage(const CaseQuery &query,
                                                const std::optional<CaseCursor> &after, int limit);
    QFuture<long long> queueCount(const CaseQuery &query);
    // Known after ready(): whether this user's role shows the supervisor dashboard.
    bool mayViewDashboard() const { return m_mayViewDashboard; }
    void search(const QString &text);
    void openCase(long long caseId);
    // Assembles the timelines of these cases' orders in the background to count their alerts.
    void watch(const std::vector<SupportCase> &cases);
    void createCase(const SupportCase &draft);
    void loadDeliveryOptions(const std::string &shipmentId);
    void loadReturnLabel(const std::string &returnId);
    void loadDepartments();
    void loadCustomer(const std::string &customerId);

Q_SIGNALS:
    void ready();
    void searchFinished(const caseline::CustomerSearchResult &result);
    void caseOpened(const caseline::CaseSnapshot &snapshot);
    // `cached`: the last timeline fetched earlier, shown until the fresh one replaces it.
    void timelineArrived(long long caseId, const caseline::OrderTimeline &timeline, bool cached);
    void timelineRequested(long long caseId, int orders);
    void alertCountChanged(long long caseId, int alerts);
    void caseCreated(const caseline::SupportCase &item);
    void customerArrived(const caseline::Customer &customer);
    void deliveryOptionsArrived(const QString &shipmentId,
                                const caseline::DeliveryOptions &options);
    void returnLabelArrived(const QString &returnId, const QByteArray &pdf);
    void departmentsLoaded(const std::vector<caseline::Department> &departments);
    // `what` names the request, e.g. "open CASE-4"; `reason` is in words.
    void problem(const QString &what, const QString &reason);
    void deliveryOptionsFailed(const QString &shipmentId, const QString &reason);
    void returnLabelFailed(const QString &returnId, const QString &reason);

private:
    void assembleFor(long long caseId, const std::string &orderId, bool announce);
    // Keeps the watchdog's findings for supervisors (CaseAlertBook).
    void recordAlerts(long long caseId, const OrderTimeline &timeline);
    void finishSearch(const std::shared_ptr<CustomerSearchResult> &result, unsigned generation);
    void report(const QString &what, const std::exception_ptr &failure);

    CaseStoreThread &m_store;
    BackofficeSession &m_backoffice;
    std::string m_actor;
    std::string m_department = "customer-service";
    bool m_mayViewDashboard = false;
    unsigned m_searchGeneration = 0;
};

} // namespace caseline
