#pragma once

#include "domain/BackofficeSystem.h"
#include "timeline/SourceStatus.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <array>
#include <map>
#include <string>
#include <vector>

namespace caseline {

// How fresh each back-office system's part of the open case is: always five rows (orders,
// delivery, payments, returns, notifications), each showing the worst state across the case's
// orders, so one failing order is never hidden by a healthy one.
class SourceStatusModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        SystemRole = Qt::UserRole + 1, // "orders", ...
        StateRole,                     // "ok", "stale", "error" or "unknown"
        FetchedAtRole,                 // QDateTime
        ErrorRole,
        PendingRole // a refresh is in flight
    };

    explicit SourceStatusModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setSources(const std::string &orderId, const std::vector<SourceStatus> &sources);
    void removeOrder(const std::string &orderId);
    void setPending(bool pending);
    void clear(); // every system "unknown"

private:
    enum class Freshness
    {
        Unknown,
        Ok,
        Stale,
        Error
    };

    struct SystemRow
    {
        Freshness freshness = Freshness::Unknown;
        QDateTime fetchedAt;
        QString error;

        bool operator==(const SystemRow &) const = default;
    };

    static Freshness freshnessOf(SourceStatus::State state);
    static QString stateName(Freshness freshness);
    QString toolTip(BackofficeSystem system, const SystemRow &row) const;
    QString timeText(const QDateTime &at) const;
    void recompute();

    std::map<std::string, std::vector<SourceStatus>> m_sourcesByOrder;
    std::array<SystemRow, allBackofficeSystems.size()> m_rows{};
    bool m_pending = false;
};

} // namespace caseline
