#include "CasePane.h"

#include "AlertPanel.h"
#include "CaseFieldsEditor.h"
#include "CaseHeader.h"
#include "ConflictBar.h"
#include "SourceStatusBar.h"
#include "SystemIcons.h"
#include "TimelinePresentation.h"
#include "itemmodels/TimelineFilterModel.h"
#include "itemmodels/TimelineModel.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>
#include <algorithm>

namespace caseline {

CasePane::CasePane(QWidget *parent)
    : QWidget(parent)
    , m_header(new CaseHeader(this))
    , m_fields(new CaseFieldsEditor(this))
    , m_conflict(new ConflictBar(this))
    , m_status(new SourceStatusBar(this))
    , m_alerts(new AlertPanel(this))
    , m_actionBar(new QToolBar(this))
    , m_timeline(new QTreeView(this))
    , m_textFilter(new QLineEdit(this))
    , m_retry(new QPushButton(tr("&Retry action"), this))
    , m_presentation(new TimelinePresentation(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_fields);
    layout->addWidget(m_conflict);
    layout->addWidget(m_status);
    layout->addWidget(m_alerts);
    m_actionBar->setAccessibleName(tr("Actions"));
    m_actionBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    addCaseAction(QStringLiteral("issue-return-label"), tr("Return &label"),
                  QKeySequence(tr("Ctrl+Shift+L")));
    addCaseAction(QStringLiteral("reschedule-delivery"), tr("Re&schedule"),
                  QKeySequence(tr("Ctrl+Shift+D")));
    addCaseAction(QStringLiteral("refund"), tr("Re&fund"), QKeySequence(tr("Ctrl+Shift+F")));
    addCaseAction(QStringLiteral("cancel-order"), tr("Cance&l order"),
                  QKeySequence(tr("Ctrl+Shift+X")));
    addCaseAction(QStringLiteral("replace"), tr("Re&placement"), QKeySequence(tr("Ctrl+Shift+P")));
    addCaseAction(QStringLiteral("send-message"), tr("&Message"), QKeySequence(tr("Ctrl+Shift+M")));
    addCaseAction(QStringLiteral("add-note"), tr("&Note"), QKeySequence(tr("Ctrl+Shift+N")));
    addCaseAction(QStringLiteral("log-contact"), tr("&Contact"), QKeySequence(tr("Ctrl+Shift+C")));
    addCaseAction(QStringLiteral("escalate"), tr("&Escalate"), QKeySequence(tr("Ctrl+Shift+E")));
    // Retry sits with the actions, at the end of their row: the filter row is the widest in
    // German and French, and a toolbar folds what does not fit instead of widening the pane.
    auto *gap = new QWidget(m_actionBar);
    gap->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_actionBar->addWidget(gap);
    m_actionBar->addWidget(m_retry);
    layout->addWidget(m_actionBar);

    auto *filters = new QWidget(this);
    buildFilters(filters);
    layout->addWidget(filters);

    m_timeline->setModel(m_presentation);
    m_timeline->setAccessibleName(tr("Case timeline"));
    m_timeline->setUniformRowHeights(true); // one line per row: cheap layout of long timelines
    m_timeline->setAlternatingRowColors(true);
    m_timeline->header()->setStretchLastSection(true);
    connect(m_timeline, &QTreeView::activated, this, &CasePane::timelineActivated);
    layout->addWidget(m_timeline, 1);
    setCaseOpen(false);
}

QAction *CasePane::addCaseAction(const QString &action, const QString &title,
                                 const QKeySequence &keys)
{
    auto *item = new QAction(title, this);
    item->setShortcut(keys);
    item->setShortcutContext(Qt::WindowShortcut);
    item->setToolTip(tr("%1 (%2)").arg(QString(title).remove(QLatin1Char('&')),
                                       keys.toString(QKeySequence::NativeText)));
    item->setObjectName(action);
    connect(item, &QAction::triggered, this,
            [this, action] { Q_EMIT actionRequested(action, {}); });
    m_actionBar->addAction(item);
    m_actions.insert(action, item);
    return item;
}

void CasePane::buildFilters(QWidget *into)
{
    auto *row = new QHBoxLayout(into);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(new QLabel(tr("Show:"), into));
    const QList<QPair<QString, QString>> systems = {
        {QStringLiteral("orders"), tr("Orders")},
        {QStringLiteral("delivery"), tr("Delivery")},
        {QStringLiteral("payments"), tr("Payments")},
        {QStringLiteral("returns"), tr("Returns")},
        {QStringLiteral("notifications"), tr("Messages")},
        {QStringLiteral("case"), tr("Case")}};
    for (const auto &[system, title] : systems) {
        auto *check = new QCheckBox(title, into);
        check->setChecked(true);
        check->setIcon(SystemIcons::icon(system));
        check->setAccessibleName(tr("Show %1 events").arg(title));
        connect(check, &QCheckBox::toggled, this,
                [this, system = system](bool on) { m_presentation->setSystemVisible(system, on); });
        row->addWidget(check);
        m_systemFilters.insert(system, check);
    }
    m_textFilter->setPlaceholderText(tr("Filter the timeline…"));
    m_textFilter->setClearButtonEnabled(true);
    m_textFilter->setMinimumWidth(
        m_textFilter->fontMetrics().horizontalAdvance(m_textFilter->placeholderText()) + 36);
    m_textFilter->setAccessibleName(tr("Filter the timeline"));
    connect(m_textFilter, &QLineEdit::textChanged, m_presentation,
            &TimelineFilterModel::setTextFilter);
    row->addWidget(m_textFilter, 1);
    m_retry->setEnabled(false);
    m_retry->setToolTip(
        tr("Send a failed or waiting action now, with the same key (it is applied once)"));
    m_retry->setAccessibleName(tr("Retry the selected action"));
    connect(m_retry, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_timeline->currentIndex();
        const long long entryId = current.data(TimelineModel::OutboxEntryIdRole).toLongLong();
        if (entryId > 0) {
            Q_EMIT retryRequested(entryId);
        }
    });
}

void CasePane::setModels(QAbstractItemModel *timeline, QAbstractItemModel *alerts,
                         QAbstractItemModel *sources)
{
    m_presentation->setSourceModel(timeline);
    m_alerts->setModel(alerts);
    m_status->setModel(sources);
    connect(m_timeline->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &CasePane::selectionChanged);
    connect(m_alerts, &AlertPanel::actionChosen, this, &CasePane::actionRequested);
    connect(m_status, &SourceStatusBar::refreshRequested, this, &CasePane::refreshRequested);
    // Fixed widths from the font: sizing columns to their contents would measure every row on
    // the GUI thread at each refresh.
    const QFontMetrics metrics(m_timeline->font());
    m_timeline->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_timeline->setColumnWidth(TimelineModel::WhenColumn,
                               metrics.horizontalAdvance(QStringLiteral("00 Mmm 0000 00:00")) + 40);
    int systemWidth = 0;
    for (const char *system :
         {"orders", "delivery", "payments", "returns", "notifications", "case"}) {
        systemWidth =
            std::max(systemWidth,
                     metrics.horizontalAdvance(TimelineModel::systemTitle(QLatin1String(system))));
    }
    // Room for the system's badge before the name, and for bold rows.
    m_timeline->setColumnWidth(TimelineModel::SystemColumn, systemWidth * 11 / 10 + 40);
}

TimelineFilterModel *CasePane::timelineFilter() const
{
    return m_presentation;
}

void CasePane::releaseModels()
{
    m_presentation->setSourceModel(nullptr);
    m_alerts->setModel(nullptr);
    m_status->setModel(nullptr);
}

void CasePane::setCaseOpen(bool open)
{
    for (QAction *action : std::as_const(m_actions)) {
        action->setEnabled(open);
    }
    m_status->refreshButton()->setEnabled(open);
}

void CasePane::selectionChanged()
{
    const QModelIndex current = m_timeline->currentIndex();
    m_retry->setEnabled(!current.data(TimelineModel::OutboxStateRole).toString().isEmpty());
}

void CasePane::timelineActivated(const QModelIndex &index)
{
    const QString returnId = index.data(TimelineModel::ReturnIdRole).toString();
    if (!returnId.isEmpty()) {
        Q_EMIT labelRequested(returnId);
    }
}

} // namespace caseline
