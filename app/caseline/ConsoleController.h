#pragma once

#include "OpenCase.h"
#include "itemmodels/AlertListModel.h"
#include "itemmodels/CasePageModel.h"
#include "itemmodels/CustomerSearchModel.h"
#include "itemmodels/SourceStatusModel.h"
#include "itemmodels/TimelineModel.h"
#include "workspace/QueueKind.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <optional>
#include <set>

namespace caseline {

class CaseActionDesk;
class CaseActionFlow;
class CaseEditor;
class CaseWorkspace;
class Clock;
class MainWindow;
class NewCaseDialog;
class StoreChangeWatcher;
struct CustomerSearchResult;

// Wires the console: the workspace's answers into the item models, the window's requests into
// the workspace, and the action dialogs through CaseActionFlow. Keeps which case is open, so
// a late answer for a case the agent already left is dropped.
class ConsoleController : public QObject
{
    Q_OBJECT

public:
    ConsoleController(MainWindow &window, CaseWorkspace &workspace, CaseActionDesk &desk,
                      const Clock &clock, QObject *parent = nullptr);
    ~ConsoleController() override;

    void start();
    // Live updates: what any console (or program) changes in the store refreshes the queue and
    // the open case here; the case's fields are saved through `editor`.
    void followChanges(StoreChangeWatcher &watcher, CaseEditor &editor);
    void openCase(long long caseId);
    // Screen-pop from telephony: a phone number, an order number or a case.
    void lookup(const QString &text);
    const std::optional<OpenCase> &openCase() const { return m_open; }
    CaseActionFlow &actions() { return *m_flow; }

    CasePageModel &queueModel() { return m_queue; }
    TimelineModel &timelineModel() { return m_timeline; }
    AlertListModel &alertModel() { return m_alerts; }
    SourceStatusModel &sourceModel() { return m_sources; }
    CustomerSearchModel &searchModel() { return m_search; }

Q_SIGNALS:
    void caseShown(long long caseId);
    // Every requested fresh timeline of the open case has arrived.
    void caseSettled(long long caseId);
    void queueShown(caseline::QueueKind kind);

private:
    void connectWorkspace();
    void connectWindow();
    void reloadQueue();
    void queuePageShown();
    void showSnapshot(const CaseSnapshot &snapshot);
    void showTimeline(long long caseId, const OrderTimeline &timeline, bool cached);
    void showSearch(const CustomerSearchResult &result);
    void askForNewCase(const QString &customerId, const QString &orderId);
    void showChanges(const QList<qlonglong> &caseIds);

    MainWindow &m_window;
    CaseWorkspace &m_workspace;
    CaseActionDesk &m_desk;
    const Clock &m_clock;
    CasePageModel m_queue;
    TimelineModel m_timeline;
    AlertListModel m_alerts;
    SourceStatusModel m_sources;
    CustomerSearchModel m_search;
    std::optional<OpenCase> m_open;
    long long m_opening = 0; // the case asked for last
    std::unique_ptr<CaseActionFlow> m_flow;
    QPointer<NewCaseDialog> m_newCase;
    QString m_popLookup; // a screen-pop waiting for its search answer
    QTimer m_slaTick;
    CaseEditor *m_editor = nullptr;
    std::set<long long> m_counted;                   // cases whose alerts the queue has counted
    std::map<std::string, std::string> m_languageOf; // customer id -> language, from search
};

} // namespace caseline
