#pragma once

#include "domain/CaseEntry.h"
#include "itemmodels/TimelineRow.h"
#include "store/OutboxEntry.h"
#include "timeline/OrderTimeline.h"

#include <QAbstractItemModel>
#include <QDateTime>
#include <QHash>
#include <QStringList>
#include <map>
#include <set>
#include <vector>

namespace caseline {

// The unified case timeline: the case's own history, every linked order's back-office events
// and the actions still in the outbox, newest first. A two-level tree: each event with a detail
// or references has child rows that show them. Every setter updates in place (keyed by a stable
// event key), so views keep expansion and selection across a refresh.
class TimelineModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        WhenColumn,
        SystemColumn,
        WhatColumn,
        ColumnCount
    };

    enum Role
    {
        SystemRole = Qt::UserRole + 1, // orders, delivery, payments, returns, notifications, case
        KindRole,
        AtRole, // QDateTime
        SummaryRole,
        DetailRole,
        KeyRole,        // stable across refreshes
        ReferencesRole, // QStringList
        OrderIdRole,
        IsEvidenceRole,    // an alert points at it
        OutboxStateRole,   // "pending", "failed" or ""
        OutboxEntryIdRole, // qlonglong, 0 if none
        ReturnIdRole,      // on a returns event whose return has a label
        LabelUrlRole,      // that label's url
        ActorRole
    };

    explicit TimelineModel(QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setCaseHistory(const std::vector<CaseEntry> &entries);
    // Replaces the events of timeline.orderId. An event reached through two orders shows once.
    void setOrderTimeline(const OrderTimeline &timeline);
    void removeOrder(const std::string &orderId);
    // The case's pending and failed outbox entries (delivered ones are ignored).
    void setOutboxEntries(const std::vector<OutboxEntry> &entries);
    void clear();

    QModelIndex indexOfKey(const QString &key) const; // top level, column 0
    int eventCount() const;

    // "orders" -> "Orders", "notifications" -> "Messages", ...
    static QString systemTitle(const QString &system);

private:
    struct OrderPart
    {
        std::vector<TimelineRow> events;
        std::set<std::string> evidence;
        std::map<std::string, std::pair<QString, QString>> labels; // event ref -> return, url
    };

    QVariant eventData(const TimelineRow &row, int column, int role) const;
    QVariant childData(const TimelineRow &parentRow, int childRow, int column, int role) const;
    void rebuild();
    void replaceEvent(int row, TimelineRow &&replacement);
    void reindex();

    std::vector<TimelineRow> m_caseEntries;
    std::map<std::string, OrderPart> m_orders;
    std::vector<TimelineRow> m_outbox;

    std::vector<TimelineRow> m_rows; // what views see, newest first
    QHash<quintptr, int> m_rowOfSerial;
    QHash<QString, int> m_rowOfKey;
    quintptr m_nextSerial = 1;
};

} // namespace caseline
