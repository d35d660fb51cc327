#include "CaseListPanel.h"

#include "itemmodels/CsvExport.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>
#include <set>

namespace caseline {

namespace {

QString shortcutText(const QKeySequence &keys)
{
    return keys.toString(QKeySequence::NativeText);
}

} // namespace

CaseListPanel::CaseListPanel(QAbstractItemModel *model, int caseIdRole, const QString &listName,
                             QWidget *parent)
    : QWidget(parent)
    , m_caseIdRole(caseIdRole)
    , m_listName(listName)
    , m_view(new QTableView(this))
    , m_count(new QLabel(this))
    , m_export(new QPushButton(tr("Export CSV…"), this))
    , m_assignees(new QMenu(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    m_view->setModel(model);
    m_view->setAccessibleName(listName);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    layout->addWidget(m_view, 1);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_count, 1);
    m_export->setAccessibleName(tr("Export %1 as CSV").arg(listName));
    m_export->setToolTip(tr("Write this list to a CSV file (%1)")
                             .arg(shortcutText(QKeySequence(Qt::CTRL | Qt::Key_E))));
    connect(m_export, &QPushButton::clicked, this, &CaseListPanel::exportCsv);
    if (handlesCases()) {
        m_reassign = new QPushButton(tr("Reassign selected…"), this);
        m_reassign->setAccessibleName(tr("Reassign the selected cases"));
        m_reassign->setToolTip(tr("Give the selected cases to someone else (%1)")
                                   .arg(shortcutText(QKeySequence(Qt::CTRL | Qt::Key_R))));
        connect(m_reassign, &QPushButton::clicked, this, &CaseListPanel::reassignSelected);
        bottom->addWidget(m_reassign);
        m_assignees->setAccessibleName(tr("Reassign to"));
        connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
            Q_EMIT caseActivated(index.data(m_caseIdRole).toLongLong());
        });
    }
    bottom->addWidget(m_export);
    layout->addLayout(bottom);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CaseListPanel::updateButtons);
    connect(model, &QAbstractItemModel::rowsInserted, this, &CaseListPanel::updateButtons);
    connect(model, &QAbstractItemModel::rowsInserted, this, &CaseListPanel::fitColumnsOnce);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &CaseListPanel::updateButtons);
    connect(model, &QAbstractItemModel::modelReset, this, &CaseListPanel::updateButtons);
    updateButtons();
}

void CaseListPanel::setStaff(const QStringList &names)
{
    if (names == m_staff) {
        return;
    }
    m_staff = names;
    m_assignees->clear();
    for (const QString &name : names) {
        QAction *action = m_assignees->addAction(name);
        connect(action, &QAction::triggered, this, [this, name] {
            const QList<qlonglong> ids = selectedCaseIds();
            if (!ids.isEmpty()) {
                Q_EMIT reassignRequested(ids, name);
            }
        });
    }
}

void CaseListPanel::setReassignOffered(bool offered)
{
    if (m_reassign) {
        m_reassign->setHidden(!offered);
    }
    updateButtons();
}

void CaseListPanel::setPathChooser(PathChooser chooser)
{
    m_chooser = std::move(chooser);
}

QList<qlonglong> CaseListPanel::selectedCaseIds() const
{
    QList<qlonglong> ids;
    if (!handlesCases()) {
        return ids;
    }
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    std::set<qlonglong> seen;
    for (const QModelIndex &row : rows) {
        const qlonglong id = row.data(m_caseIdRole).toLongLong();
        if (id != 0 && seen.insert(id).second) {
            ids.append(id);
        }
    }
    return ids;
}

void CaseListPanel::exportCsv()
{
    QString suggested = m_listName.toLower();
    suggested.replace(QLatin1Char(' '), QLatin1Char('-'));
    suggested += QStringLiteral(".csv");
    if (m_chooser) {
        const QString path = m_chooser(suggested);
        if (!path.isEmpty()) {
            exportTo(path);
        }
        return;
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    auto *dialog = new QFileDialog(this, tr("Export %1 as CSV").arg(m_listName),
                                   QDir(folder).filePath(suggested), tr("CSV files (*.csv)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString &path) { exportTo(path); });
    dialog->open();
}

QString CaseListPanel::exportTo(const QString &path)
{
    const QString failure = CsvExport::writeFile(*m_view->model(), path, visibleColumns());
    if (!failure.isEmpty()) {
        Q_EMIT problem(failure);
        return failure;
    }
    Q_EMIT notice(tr("Exported %n row(s) of %1 to %2", nullptr, m_view->model()->rowCount())
                      .arg(m_listName, QDir::toNativeSeparators(path)));
    return {};
}

void CaseListPanel::reassignSelected()
{
    if (!reassignOffered()) {
        return;
    }
    if (selectedCaseIds().isEmpty()) {
        Q_EMIT problem(tr("Select the cases to reassign first."));
        return;
    }
    if (m_staff.isEmpty()) {
        Q_EMIT problem(tr("There is no one to reassign the cases to: the staff list is empty."));
        return;
    }
    m_assignees->popup(m_reassign->mapToGlobal(QPoint(0, m_reassign->height())));
}

QList<int> CaseListPanel::visibleColumns() const
{
    const QHeaderView *header = m_view->horizontalHeader();
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical)) {
            columns.append(logical);
        }
    }
    return columns;
}

void CaseListPanel::fitColumnsOnce()
{
    if (m_fitted) {
        return;
    }
    m_fitted = true;
    m_view->resizeColumnsToContents();
    for (int column = 0; column < m_view->model()->columnCount(); ++column) {
        m_view->setColumnWidth(column, m_view->columnWidth(column) + 16); // air between columns
    }
}

void CaseListPanel::updateButtons()
{
    const int rows = m_view->model()->rowCount();
    const qsizetype selected = m_view->selectionModel()->selectedRows().size();
    const QString count =
        reassignOffered() ? tr("%n case(s)", nullptr, rows) : tr("%n row(s)", nullptr, rows);
    m_count->setText(selected > 0 ? tr("%1, %2 selected").arg(count).arg(selected) : count);
    if (m_reassign) {
        m_reassign->setEnabled(selected > 0);
    }
    m_export->setEnabled(rows > 0);
}

} // namespace caseline
