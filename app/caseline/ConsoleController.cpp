#include "ConsoleController.h"

#include "AlertPanel.h"
#include "CaseActionFlow.h"
#include "CaseFieldsEditor.h"
#include "CaseHeader.h"
#include "CasePane.h"
#include "ConflictBar.h"
#include "MainWindow.h"
#include "NewCaseDialog.h"
#include "QueuePane.h"
#include "SearchPanel.h"
#include "workspace/CaseActionDesk.h"
#include "workspace/CaseEditor.h"
#include "workspace/CaseWorkspace.h"
#include "workspace/StoreChangeWatcher.h"

namespace caseline {

ConsoleController::ConsoleController(MainWindow &window, CaseWorkspace &workspace,
                                     CaseActionDesk &desk, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_workspace(workspace)
    , m_desk(desk)
    , m_clock(clock)
    , m_queue(
          clock,
          [&workspace](const CaseQuery &query, const std::optional<CaseCursor> &after, int limit) {
              return workspace.queuePage(query, after, limit);
          },
          [&workspace](const CaseQuery &query) { return workspace.queueCount(query); })
{
    m_window.queuePane()->setModel(&m_queue);
    m_window.casePane()->setModels(&m_timeline, &m_alerts, &m_sources);
    m_window.searchPanel()->setModel(&m_search);
    m_flow = std::make_unique<CaseActionFlow>(window, workspace, desk, clock, m_open);
    connectWorkspace();
    connectWindow();
    // SLA "at risk" and "breached" move with the clock, not only with the data.
    m_slaTick.setInterval(60 * 1000);
    connect(&m_slaTick, &QTimer::timeout, &m_queue, &CasePageModel::refreshSla);
    connect(&m_queue, &CasePageModel::pageArrived, this, &ConsoleController::queuePageShown);
    connect(&m_queue, &CasePageModel::countChanged, m_window.queuePane(), &QueuePane::setTotal);
    connect(&m_queue, &CasePageModel::failed, this, [this](const QString &message) {
        m_window.showMessage(tr("Could not load the queue: %1").arg(message), 0);
    });
}

// The window outlives the session: its views must let go of the models first.
ConsoleController::~ConsoleController()
{
    m_window.casePane()->releaseModels();
    m_window.queuePane()->setModel(nullptr);
    m_window.searchPanel()->setModel(nullptr);
}

void ConsoleController::connectWorkspace()
{
    connect(&m_workspace, &CaseWorkspace::ready, this, [this] {
        reloadQueue();
        m_workspace.loadDepartments();
        m_desk.startSending();
        m_slaTick.start();
        m_window.showMessage(tr("Ready."));
    });
    connect(&m_workspace, &CaseWorkspace::alertCountChanged, &m_queue,
            &CasePageModel::setAlertCount);
    connect(&m_workspace, &CaseWorkspace::caseOpened, this, &ConsoleController::showSnapshot);
    connect(&m_workspace, &CaseWorkspace::timelineArrived, this, &ConsoleController::showTimeline);
    connect(&m_workspace, &CaseWorkspace::customerArrived, this, [this](const Customer &customer) {
        if (m_open && m_open->snapshot.item.customerId == customer.id) {
            m_open->customer = customer;
            m_window.casePane()->header()->showCustomer(customer);
        }
    });
    connect(&m_workspace, &CaseWorkspace::searchFinished, this, &ConsoleController::showSearch);
    connect(&m_workspace, &CaseWorkspace::caseCreated, this, [this](const SupportCase &item) {
        if (m_newCase) {
            m_newCase->accept();
        }
        m_window.showMessage(tr("%1 opened.").arg(QString::fromStdString(item.reference())));
        reloadQueue();
        openCase(item.id);
    });
    connect(&m_workspace, &CaseWorkspace::problem, this,
            [this](const QString &what, const QString &reason) {
                const QString text = tr("Could not %1: %2").arg(what, reason);
                if (m_newCase && m_newCase->isVisible() && !m_newCase->isEnabled()) {
                    m_newCase->showProblem(text);
                }
                m_window.showMessage(text, 0);
            });
    connect(&m_desk, &CaseActionDesk::caseChanged, this, [this](long long caseId) {
        reloadQueue();
        if (m_open && m_open->id() == caseId) {
            openCase(caseId);
        }
    });
    connect(&m_desk, &CaseActionDesk::actionStored, this,
            [this](long long caseId, long long, const QString &) {
                if (m_open && m_open->id() == caseId) {
                    openCase(caseId); // shows the action waiting to be sent
                }
            });
    connect(&m_desk, &CaseActionDesk::actionDelivered, this, [this](long long caseId, long long) {
        if (m_open && m_open->id() == caseId) {
            openCase(caseId); // the back-office's answer lands on the timeline
        }
    });
    connect(&m_desk, &CaseActionDesk::actionFailed, this,
            [this](long long caseId, long long, const QString &reason) {
                m_window.showMessage(tr("An action on CASE-%1 failed: %2").arg(caseId).arg(reason),
                                     0);
                if (m_open && m_open->id() == caseId) {
                    openCase(caseId);
                }
            });
}

void ConsoleController::connectWindow()
{
    QueuePane *queue = m_window.queuePane();
    connect(queue, &QueuePane::queueChosen, this, [this] { reloadQueue(); });
    connect(queue, &QueuePane::caseActivated, this, [this](long long caseId) { openCase(caseId); });
    connect(queue, &QueuePane::newCaseRequested, this, [this] { askForNewCase({}, {}); });
    SearchPanel *search = m_window.searchPanel();
    connect(search, &SearchPanel::searchRequested, this, [this, search](const QString &text) {
        search->setSearching(!text.trimmed().isEmpty());
        m_workspace.search(text);
    });
    connect(search, &SearchPanel::caseChosen, this, [this](long long caseId) { openCase(caseId); });
    connect(search, &SearchPanel::newCaseRequested, this, &ConsoleController::askForNewCase);
    CasePane *pane = m_window.casePane();
    connect(pane, &CasePane::refreshRequested, this, [this] {
        if (m_open) {
            openCase(m_open->id());
        }
    });
    connect(pane, &CasePane::retryRequested, this, [this](long long entryId) {
        if (m_open) {
            m_desk.retry(m_open->id(), entryId);
        }
    });
    connect(pane, &CasePane::actionRequested, m_flow.get(), &CaseActionFlow::begin);
    connect(pane, &CasePane::labelRequested, m_flow.get(), &CaseActionFlow::previewLabel);
}

void ConsoleController::start()
{
    m_window.showMessage(tr("Opening the case store…"), 0);
    m_workspace.start();
}

void ConsoleController::followChanges(StoreChangeWatcher &watcher, CaseEditor &editor)
{
    m_editor = &editor;
    connect(&watcher, &StoreChangeWatcher::casesChanged, this, &ConsoleController::showChanges);
    connect(&watcher, &StoreChangeWatcher::problem, this,
            [this](const QString &reason) { m_window.showMessage(reason, 0); });
    CasePane *pane = m_window.casePane();
    CaseFieldsEditor *fields = pane->fieldsEditor();
    connect(fields, &CaseFieldsEditor::saveRequested, this,
            [fields, &editor](const SupportCase &loaded, const SupportCase &changed) {
                fields->setSaving(true);
                editor.save(loaded, changed);
            });
    connect(&editor, &CaseEditor::saved, this, [this, fields](const SupportCase &stored) {
        fields->setSaving(false);
        if (m_open && m_open->id() == stored.id) {
            fields->showCase(stored, true);
        }
        m_window.showMessage(tr("%1 saved.").arg(QString::fromStdString(stored.reference())));
    });
    connect(&editor, &CaseEditor::conflicted, this, [this, pane](const CaseConflict &conflict) {
        pane->fieldsEditor()->setSaving(false);
        if (m_open && m_open->id() == conflict.theirs.id) {
            pane->conflictBar()->showConflict(conflict);
        }
    });
    connect(&editor, &CaseEditor::refused, this,
            [this, fields](long long caseId, const QString &why) {
                fields->setSaving(false);
                m_window.showMessage(tr("CASE-%1 was not saved: %2").arg(caseId).arg(why), 0);
            });
    connect(pane->conflictBar(), &ConflictBar::applyAgainRequested, this,
            [fields, &editor](const CaseConflict &conflict) {
                fields->setSaving(true);
                editor.applyAgain(conflict);
            });
    connect(pane->conflictBar(), &ConflictBar::keepTheirsRequested, this,
            [this, fields](long long caseId) {
                if (m_open && m_open->id() == caseId) {
                    fields->showCase(m_open->snapshot.item, true);
                }
            });
}

void ConsoleController::showChanges(const QList<qlonglong> &caseIds)
{
    reloadQueue(); // merged in place: selection and scroll stay
    if (m_open && caseIds.contains(m_open->id())) {
        openCase(m_open->id());
    }
}

void ConsoleController::reloadQueue()
{
    const CaseQuery wanted = m_workspace.queryFor(m_window.queuePane()->currentKind());
    CaseQuery query = m_queue.query();
    const CaseSortKey sortKey = query.sortKey; // the order the agent chose stays
    const bool descending = query.descending;
    query.sortKey = wanted.sortKey;
    query.descending = wanted.descending;
    if (query == wanted && m_queue.totalCount() >= 0) {
        m_queue.refresh({}); // the same queue: merged in place, selection and scroll stay
        return;
    }
    CaseQuery shown = wanted;
    shown.sortKey = sortKey;
    shown.descending = descending;
    m_queue.setQuery(shown);
}

void ConsoleController::queuePageShown()
{
    // Count alerts only for cases not counted yet; a case that changes is counted again when
    // its fresh timeline arrives (showTimeline).
    std::vector<SupportCase> unseen;
    for (int row = 0; row < m_queue.rowCount(); ++row) {
        if (const std::optional<SupportCase> item = m_queue.caseAt(row)) {
            if (m_counted.insert(item->id).second) {
                unseen.push_back(*item);
            }
        }
    }
    m_workspace.watch(unseen);
    if (m_open) {
        m_window.queuePane()->selectCase(m_open->id());
    }
    Q_EMIT queueShown(m_window.queuePane()->currentKind());
}

void ConsoleController::openCase(long long caseId)
{
    if (!m_open || m_open->id() != caseId) {
        // Another case: nothing of the previous one may linger on screen.
        m_open.reset();
        m_timeline.clear();
        m_alerts.clear();
        m_sources.clear();
        m_window.casePane()->header()->clear();
        m_window.casePane()->setCaseOpen(false);
    }
    m_opening = caseId;
    m_sources.setPending(true);
    m_workspace.openCase(caseId);
}

void ConsoleController::showSnapshot(const CaseSnapshot &snapshot)
{
    if (snapshot.item.id != m_opening) {
        return;
    }
    const bool sameCase = m_open && m_open->id() == snapshot.item.id;
    if (!sameCase) {
        m_open = OpenCase{};
    }
    m_open->snapshot = snapshot;
    m_open->freshPending = static_cast<int>(m_open->orderIds().size());
    CasePane *pane = m_window.casePane();
    pane->header()->showCase(snapshot.item);
    pane->fieldsEditor()->showCase(snapshot.item);
    if (!sameCase) {
        pane->conflictBar()->dismiss();
    }
    if (m_open->customer) {
        pane->header()->showCustomer(*m_open->customer);
    } else {
        m_workspace.loadCustomer(snapshot.item.customerId);
    }
    m_timeline.setCaseHistory(snapshot.entries);
    m_timeline.setOutboxEntries(snapshot.outbox);
    m_alerts.setAlerts(std::string(), snapshot.caseAlerts);
    pane->setCaseOpen(true);
    m_sources.setPending(m_open->freshPending > 0);
    m_window.queuePane()->selectCase(snapshot.item.id);
    Q_EMIT caseShown(snapshot.item.id);
    if (m_open->freshPending == 0) {
        Q_EMIT caseSettled(snapshot.item.id);
    }
}

void ConsoleController::showTimeline(long long caseId, const OrderTimeline &timeline, bool cached)
{
    if (!m_open || m_open->id() != caseId) {
        return;
    }
    m_open->timelines[timeline.orderId] = timeline;
    m_timeline.setOrderTimeline(timeline);
    m_alerts.setAlerts(timeline.orderId, timeline.alerts);
    m_sources.setSources(timeline.orderId, timeline.sources);
    if (cached) {
        return;
    }
    m_flow->timelineRefreshed();
    if (--m_open->freshPending <= 0) {
        m_open->freshPending = 0;
        m_sources.setPending(false);
        m_queue.setAlertCount(caseId, m_open->orderAlertCount());
        Q_EMIT caseSettled(caseId);
    }
}

void ConsoleController::showSearch(const CustomerSearchResult &result)
{
    SearchPanel *search = m_window.searchPanel();
    for (const Customer &customer : result.customers) {
        m_languageOf[customer.id] = customer.language;
    }
    m_search.setResults(result.query, result.customers, result.ordersByCustomer, result.cases);
    search->setSearching(false);
    search->showProblem(result.problem);
    if (!m_popLookup.isEmpty() && result.query == m_popLookup) {
        m_popLookup.clear();
        // A caller with exactly one open case: pop it straight away.
        std::vector<long long> open;
        for (const SupportCase &item : result.cases) {
            if (item.status != CaseStatus::Resolved && item.status != CaseStatus::Closed) {
                open.push_back(item.id);
            }
        }
        if (open.size() == 1) {
            openCase(open.front());
        }
    }
}

void ConsoleController::lookup(const QString &text)
{
    // "CASE-12" is a case; a bare number is more likely a phone or an order number.
    if (text.trimmed().startsWith(QLatin1String("CASE-"), Qt::CaseInsensitive)) {
        if (const auto id = SupportCase::idFromReference(text.toStdString())) {
            openCase(*id);
            return;
        }
    }
    m_popLookup = text.trimmed();
    m_window.searchPanel()->setQuery(m_popLookup);
}

void ConsoleController::askForNewCase(const QString &customerId, const QString &orderId)
{
    if (m_newCase) {
        m_newCase->raise();
        return;
    }
    const auto language = m_languageOf.find(customerId.toStdString());
    m_newCase = new NewCaseDialog(
        customerId, orderId,
        language == m_languageOf.end() ? QString() : QString::fromStdString(language->second),
        &m_window);
    m_newCase->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_newCase, &NewCaseDialog::caseRequested, this, [this](SupportCase draft) {
        // Whoever takes the call owns the case until they hand it on.
        draft.department = m_workspace.department();
        draft.assignee = m_workspace.actor();
        m_workspace.createCase(draft);
    });
    m_newCase->open();
}

} // namespace caseline
