#include "QueuePane.h"

#include "QueuePresentation.h"
#include "itemmodels/CaseQueueModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTabBar>
#include <QTableView>
#include <QVBoxLayout>

namespace caseline {

QueuePane::QueuePane(QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabBar(this))
    , m_view(new QTableView(this))
    , m_count(new QLabel(this))
    , m_newCase(new QPushButton(tr("&New case"), this))
    , m_presentation(new QueuePresentation(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tabs->addTab(tr("My cases"));
    m_tabs->addTab(tr("My department"));
    m_tabs->addTab(tr("All open"));
    m_tabs->addTab(tr("Needs attention"));
    m_tabs->setAccessibleName(tr("Queues"));
    m_tabs->setExpanding(false);
    connect(m_tabs, &QTabBar::currentChanged, this, &QueuePane::applyKind);
    layout->addWidget(m_tabs);

    // The store sorts and filters (a queue can hold a million cases); the header asks it to.
    m_view->setModel(m_presentation);
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setSortIndicator(CaseQueueModel::SlaDueColumn, Qt::AscendingOrder);
    m_view->setAccessibleName(tr("Cases in this queue"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT caseActivated(index.data(CaseQueueModel::CaseIdRole).toLongLong());
    });
    layout->addWidget(m_view, 1);

    auto *bottom = new QHBoxLayout;
    m_newCase->setShortcut(QKeySequence::New);
    m_newCase->setToolTip(
        tr("Open a case for a call or a store visit, with or without an order "
           "number (%1)")
            .arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    m_newCase->setAccessibleName(tr("New case"));
    connect(m_newCase, &QPushButton::clicked, this, &QueuePane::newCaseRequested);
    bottom->addWidget(m_count, 1);
    bottom->addWidget(m_newCase);
    layout->addLayout(bottom);
}

void QueuePane::setModel(QAbstractItemModel *queue)
{
    m_presentation->setSourceModel(queue);
    if (!queue) {
        return;
    }
    connect(m_presentation, &QAbstractItemModel::rowsInserted, this, &QueuePane::updateCount,
            Qt::UniqueConnection);
    connect(m_presentation, &QAbstractItemModel::rowsRemoved, this, &QueuePane::updateCount,
            Qt::UniqueConnection);
    connect(m_presentation, &QAbstractItemModel::modelReset, this, &QueuePane::updateCount,
            Qt::UniqueConnection);
    connect(m_presentation, &QAbstractItemModel::layoutChanged, this, &QueuePane::updateCount,
            Qt::UniqueConnection);
    // A narrow pane: the subject takes the room; priority and department are in the case's
    // header (and the department is the queue's own in "My department").
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(CaseQueueModel::SubjectColumn, QHeaderView::Stretch);
    header->setStretchLastSection(false);
    m_view->setColumnHidden(CaseQueueModel::PriorityColumn, true);
    m_view->setColumnHidden(CaseQueueModel::DepartmentColumn, true);
    updateCount();
}

QueueKind QueuePane::currentKind() const
{
    return static_cast<QueueKind>(m_tabs->currentIndex());
}

void QueuePane::setCurrentKind(QueueKind kind)
{
    m_tabs->setCurrentIndex(static_cast<int>(kind));
}

void QueuePane::applyKind()
{
    m_total = -1;
    Q_EMIT queueChosen(currentKind());
}

void QueuePane::setTotal(long long total)
{
    m_total = total;
    updateCount();
}

QString QueuePane::countText() const
{
    return m_count->text();
}

void QueuePane::selectCase(long long caseId)
{
    for (int row = 0; row < m_presentation->rowCount(); ++row) {
        const QModelIndex index = m_presentation->index(row, 0);
        if (index.data(CaseQueueModel::CaseIdRole).toLongLong() == caseId) {
            m_view->setCurrentIndex(index);
            return;
        }
    }
}

void QueuePane::updateCount()
{
    const int shown = m_presentation->rowCount();
    if (m_total < 0 || m_total == shown) {
        m_count->setText(tr("%Ln case(s)", nullptr, shown));
    } else {
        // e.g. "100 of 312,345 cases": the rest load as the agent scrolls.
        m_count->setText(tr("%1 of %Ln case(s)", nullptr, m_total).arg(QLocale().toString(shown)));
    }
}

} // namespace caseline
