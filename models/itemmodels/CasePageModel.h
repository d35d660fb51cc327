#pragma once

#include "domain/Clock.h"
#include "domain/SupportCase.h"
#include "itemmodels/CaseQueueModel.h"
#include "itemmodels/KeyedRowsModel.h"
#include "store/CaseQuery.h"

#include <QAbstractTableModel>
#include <QFuture>
#include <functional>
#include <map>
#include <optional>
#include <vector>

namespace caseline {

// A queue of any length for the console: the store sorts, filters and pages (CaseQueue), this
// model holds only the pages a view has scrolled to and asks for the next one when the view
// wants more (canFetchMore/fetchMore). Same columns, roles and SLA states as CaseQueueModel.
//
// Pages and counts come from the sources given, as futures: in the console they run on the
// CaseStoreThread; in tests they can be plain functions. Every request is answered in this
// model's thread through QFuture::then(this, ...), so the futures must finish while the model
// lives (Qt 6.4 asserts otherwise): stop the store thread (CaseStoreThread::shutdown) before
// destroying the model. Answers to a query that was replaced meanwhile are dropped.
class CasePageModel : public KeyedRowsModel<QAbstractTableModel>
{
    Q_OBJECT

public:
    using PageSource = std::function<QFuture<std::vector<SupportCase>>(
        const CaseQuery &query, const std::optional<CaseCursor> &after, int limit)>;
    using CountSource = std::function<QFuture<long long>(const CaseQuery &query)>;
    using Row = CaseQueueModel::QueueRow;

    static constexpr int pageSize = 100;

    CasePageModel(const Clock &clock, PageSource pages, CountSource counts,
                  QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    // Re-queries in the store's order for the column (the subject has none: ignored).
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Shows `query` from its first page; the rows shown so far stay until it arrives.
    void setQuery(const CaseQuery &query);
    const CaseQuery &query() const { return m_query; }
    // Cases matching the query in the store (not just those loaded); -1 until counted.
    long long totalCount() const { return m_total; }
    bool isFetching() const { return m_fetching; }
    // Some cases changed in the store: re-reads the loaded range and merges it by case id, so
    // rows change in place and a view keeps its selection. Refreshes coalesce.
    void refresh(const std::vector<long long> &changedIds);
    void setAlertCount(long long caseId, int count);
    void refreshSla();
    std::optional<SupportCase> caseAt(int row) const;
    int rowOf(long long caseId) const; // -1 when not loaded

    static std::optional<CaseSortKey> sortKeyFor(int column);

Q_SIGNALS:
    void countChanged(long long total);
    // A page (or a refresh) has been applied; `rows` is how many rows the model now holds.
    void pageArrived(int rows);
    void failed(const QString &message);

private:
    void requestFirstPage();
    void requestCount();
    void applyFirstPage(std::vector<SupportCase> cases);
    void applyNextPage(std::vector<SupportCase> cases);
    void applyRefresh(std::vector<SupportCase> cases, int limit);
    std::vector<Row> rowsFor(const std::vector<SupportCase> &cases) const;
    // Runs `apply` with the page when it answers the current generation, else drops it.
    void whenAnswered(QFuture<std::vector<SupportCase>> future,
                      std::function<void(std::vector<SupportCase>)> apply);
    void emitRowChanged(int row);

    const Clock &m_clock;
    PageSource m_pages;
    CountSource m_counts;
    CaseQuery m_query;
    std::vector<Row> m_rows;
    std::map<long long, int> m_alertCounts;
    long long m_total = -1;
    unsigned long long m_generation = 0;      // bumped by every new query or refresh
    unsigned long long m_countGeneration = 0; // bumped by every count asked
    bool m_fetching = false;
    bool m_atEnd = true;
    bool m_refreshPending = false;
};

} // namespace caseline
