#include "itemmodels/CasePageModel.h"

#include "itemmodels/CaseRowPresentation.h"
#include "itemmodels/KeyedRows.h"
#include "store/CaseQueue.h"

#include <algorithm>
#include <set>
#include <stdexcept>

namespace caseline {

CasePageModel::CasePageModel(const Clock &clock, PageSource pages, CountSource counts,
                             QObject *parent)
    : KeyedRowsModel(parent)
    , m_clock(clock)
    , m_pages(std::move(pages))
    , m_counts(std::move(counts))
{
}

int CasePageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CasePageModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : CaseQueueModel::ColumnCount;
}

QVariant CasePageModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    return CaseRowPresentation::data(m_rows[static_cast<std::size_t>(index.row())], index.column(),
                                     role);
}

QVariant CasePageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    return CaseRowPresentation::headerData(section, role);
}

QHash<int, QByteArray> CasePageModel::roleNames() const
{
    return CaseRowPresentation::roleNames(QAbstractTableModel::roleNames());
}

bool CasePageModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_fetching && !m_atEnd && !m_rows.empty();
}

void CasePageModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent)) {
        return;
    }
    const CaseCursor after = CaseQueue::cursorAfter(m_rows.back().supportCase, m_query.sortKey);
    whenAnswered(m_pages(m_query, after, pageSize),
                 [this](std::vector<SupportCase> cases) { applyNextPage(std::move(cases)); });
}

std::optional<CaseSortKey> CasePageModel::sortKeyFor(int column)
{
    switch (column) {
    case CaseQueueModel::ReferenceColumn:
        return CaseSortKey::Id;
    case CaseQueueModel::CustomerColumn:
        return CaseSortKey::Customer;
    case CaseQueueModel::StatusColumn:
        return CaseSortKey::Status;
    case CaseQueueModel::PriorityColumn:
        return CaseSortKey::Priority;
    case CaseQueueModel::DepartmentColumn:
        return CaseSortKey::Department;
    case CaseQueueModel::AssigneeColumn:
        return CaseSortKey::Assignee;
    case CaseQueueModel::SlaDueColumn:
        return CaseSortKey::SlaDue;
    default:
        return std::nullopt; // the subject: no index orders it
    }
}

void CasePageModel::sort(int column, Qt::SortOrder order)
{
    const std::optional<CaseSortKey> key = sortKeyFor(column);
    if (!key) {
        return;
    }
    CaseQuery sorted = m_query;
    sorted.sortKey = *key;
    sorted.descending = order == Qt::DescendingOrder;
    setQuery(sorted);
}

void CasePageModel::setQuery(const CaseQuery &query)
{
    m_query = query;
    m_refreshPending = false;
    ++m_generation;
    requestFirstPage();
    requestCount();
}

void CasePageModel::requestFirstPage()
{
    whenAnswered(m_pages(m_query, std::nullopt, pageSize),
                 [this](std::vector<SupportCase> cases) { applyFirstPage(std::move(cases)); });
}

void CasePageModel::requestCount()
{
    const unsigned long long asked = ++m_countGeneration;
    m_counts(m_query).then(this, [this, asked](QFuture<long long> done) {
        if (asked != m_countGeneration) {
            return; // a newer query's count is on its way
        }
        try {
            const long long total = done.result();
            if (total != m_total) {
                m_total = total;
                Q_EMIT countChanged(total);
            }
        } catch (const std::exception &error) {
            Q_EMIT failed(QString::fromUtf8(error.what()));
        }
    });
}

void CasePageModel::whenAnswered(QFuture<std::vector<SupportCase>> future,
                                 std::function<void(std::vector<SupportCase>)> apply)
{
    const unsigned long long asked = m_generation;
    m_fetching = true;
    future.then(this,
                [this, asked, apply = std::move(apply)](QFuture<std::vector<SupportCase>> done) {
                    if (asked != m_generation) {
                        return; // the query was replaced meanwhile: its answer is in flight
                    }
                    // Still fetching while the rows go in: a view or tester asking for more from
                    // inside the insertion's signals would page on from before the new rows.
                    try {
                        if (done.resultCount() == 0) {
                            done.waitForFinished(); // rethrows the store's error, if any
                            throw std::runtime_error("the case store gave no answer");
                        }
                        apply(done.result());
                        m_fetching = false;
                    } catch (const std::exception &error) {
                        m_fetching = false;
                        m_atEnd = true; // no retry loop from views asking for more
                        Q_EMIT failed(QString::fromUtf8(error.what()));
                    }
                    if (m_refreshPending) {
                        m_refreshPending = false;
                        refresh({});
                    }
                });
}

std::vector<CasePageModel::Row> CasePageModel::rowsFor(const std::vector<SupportCase> &cases) const
{
    const QDateTime now = m_clock.now();
    std::vector<Row> rows;
    rows.reserve(cases.size());
    for (const SupportCase &supportCase : cases) {
        const auto alerts = m_alertCounts.find(supportCase.id);
        rows.push_back({supportCase, CaseRowPresentation::slaState(supportCase, now),
                        alerts == m_alertCounts.end() ? 0 : alerts->second});
    }
    return rows;
}

void CasePageModel::applyFirstPage(std::vector<SupportCase> cases)
{
    beginResetModel();
    m_atEnd = static_cast<int>(cases.size()) < pageSize;
    m_rows = rowsFor(cases);
    endResetModel();
    Q_EMIT pageArrived(rowCount());
}

void CasePageModel::applyNextPage(std::vector<SupportCase> cases)
{
    m_atEnd = static_cast<int>(cases.size()) < pageSize;
    // A refresh may already have brought some of them in: rows stay unique by case id.
    std::set<long long> loaded;
    for (const Row &row : m_rows) {
        loaded.insert(row.supportCase.id);
    }
    std::erase_if(cases, [&](const SupportCase &item) { return loaded.contains(item.id); });
    if (!cases.empty()) {
        const int first = rowCount();
        beginInsertRows({}, first, first + static_cast<int>(cases.size()) - 1);
        std::vector<Row> added = rowsFor(cases);
        m_rows.insert(m_rows.end(), std::make_move_iterator(added.begin()),
                      std::make_move_iterator(added.end()));
        endInsertRows();
    }
    Q_EMIT pageArrived(rowCount());
}

void CasePageModel::refresh(const std::vector<long long> &changedIds)
{
    // A changed case may enter or leave the loaded range, not just change in it, so the whole
    // loaded range is read again (one indexed query) rather than the ids alone.
    Q_UNUSED(changedIds);
    if (m_fetching) {
        m_refreshPending = true;
        return;
    }
    const int limit = std::max(rowCount(), pageSize);
    ++m_generation;
    whenAnswered(
        m_pages(m_query, std::nullopt, limit),
        [this, limit](std::vector<SupportCase> cases) { applyRefresh(std::move(cases), limit); });
    requestCount();
}

void CasePageModel::applyRefresh(std::vector<SupportCase> cases, int limit)
{
    m_atEnd = static_cast<int>(cases.size()) < limit;
    const RowNotifications<Row> notify =
        rowNotifications(m_rows, [this](int row) { emitRowChanged(row); });
    mergeKeyedRows(
        m_rows, rowsFor(cases), [](const Row &row) { return row.supportCase.id; },
        CaseRowPresentation::sameRow, notify);
    Q_EMIT pageArrived(rowCount());
}

void CasePageModel::setAlertCount(long long caseId, int count)
{
    m_alertCounts[caseId] = count;
    const int row = rowOf(caseId);
    if (row >= 0 && m_rows[static_cast<std::size_t>(row)].alerts != count) {
        m_rows[static_cast<std::size_t>(row)].alerts = count;
        emitRowChanged(row);
    }
}

void CasePageModel::refreshSla()
{
    const QDateTime now = m_clock.now();
    for (std::size_t row = 0; row < m_rows.size(); ++row) {
        const CaseQueueModel::SlaState state =
            CaseRowPresentation::slaState(m_rows[row].supportCase, now);
        if (state != m_rows[row].sla) {
            m_rows[row].sla = state;
            emitRowChanged(static_cast<int>(row));
        }
    }
}

std::optional<SupportCase> CasePageModel::caseAt(int row) const
{
    if (row < 0 || row >= rowCount()) {
        return std::nullopt;
    }
    return m_rows[static_cast<std::size_t>(row)].supportCase;
}

int CasePageModel::rowOf(long long caseId) const
{
    const auto found = std::find_if(m_rows.begin(), m_rows.end(),
                                    [&](const Row &row) { return row.supportCase.id == caseId; });
    return found == m_rows.end() ? -1 : static_cast<int>(found - m_rows.begin());
}

void CasePageModel::emitRowChanged(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, CaseQueueModel::ColumnCount - 1));
}

} // namespace caseline
