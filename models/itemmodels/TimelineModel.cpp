#include "itemmodels/TimelineModel.h"

#include "itemmodels/KeyedRows.h"
#include "timeline/TimelineRefs.h"

#include <QLocale>
#include <algorithm>

namespace caseline {

namespace {

// Top-level indexes carry 0; a child carries its event's serial.
constexpr quintptr topLevel = 0;

} // namespace

TimelineModel::TimelineModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

QModelIndex TimelineModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent)) {
        return {};
    }
    if (!parent.isValid()) {
        return createIndex(row, column, topLevel);
    }
    // A child's internal id is its event's serial, which survives the event moving.
    return createIndex(row, column, m_rows[static_cast<std::size_t>(parent.row())].serial);
}

QModelIndex TimelineModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == topLevel) {
        return {};
    }
    const int row = m_rowOfSerial.value(child.internalId(), -1);
    return row < 0 ? QModelIndex() : createIndex(row, 0, topLevel);
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid()) {
        return static_cast<int>(m_rows.size());
    }
    if (parent.internalId() != topLevel || parent.column() != 0) {
        return 0;
    }
    return static_cast<int>(m_rows[static_cast<std::size_t>(parent.row())].childLines().size());
}

int TimelineModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    if (index.internalId() == topLevel) {
        return eventData(m_rows[static_cast<std::size_t>(index.row())], index.column(), role);
    }
    const int parentRow = m_rowOfSerial.value(index.internalId(), -1);
    if (parentRow < 0) {
        return {};
    }
    return childData(m_rows[static_cast<std::size_t>(parentRow)], index.row(), index.column(),
                     role);
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractItemModel::headerData(section, orientation, role);
    }
    switch (section) {
    case WhenColumn:
        return tr("When");
    case SystemColumn:
        return tr("System");
    case WhatColumn:
        return tr("What");
    default:
        return {};
    }
}

QHash<int, QByteArray> TimelineModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(SystemRole, "system");
    names.insert(KindRole, "kind");
    names.insert(AtRole, "at");
    names.insert(SummaryRole, "summary");
    names.insert(DetailRole, "detail");
    names.insert(KeyRole, "key");
    names.insert(ReferencesRole, "references");
    names.insert(OrderIdRole, "orderId");
    names.insert(IsEvidenceRole, "isEvidence");
    names.insert(OutboxStateRole, "outboxState");
    names.insert(OutboxEntryIdRole, "outboxEntryId");
    names.insert(ReturnIdRole, "returnId");
    names.insert(LabelUrlRole, "labelUrl");
    names.insert(ActorRole, "actor");
    return names;
}

void TimelineModel::setCaseHistory(const std::vector<CaseEntry> &entries)
{
    m_caseEntries.clear();
    for (const CaseEntry &entry : entries) {
        m_caseEntries.push_back(TimelineRow::fromCaseEntry(entry));
    }
    rebuild();
}

void TimelineModel::setOrderTimeline(const OrderTimeline &timeline)
{
    OrderPart part;
    const QString orderId = QString::fromStdString(timeline.orderId);
    for (const TimelineEvent &event : timeline.events) {
        part.events.push_back(TimelineRow::fromEvent(event, orderId));
    }
    for (const Alert &alert : timeline.alerts) {
        part.evidence.insert(alert.evidence.begin(), alert.evidence.end());
    }
    for (const ReturnAuthorization &authorization : timeline.facts.returns) {
        if (authorization.label) {
            part.labels[TimelineRefs::returnAuthorization(authorization.id)] = {
                QString::fromStdString(authorization.id),
                QString::fromStdString(authorization.label->url)};
        }
    }
    m_orders[timeline.orderId] = std::move(part);
    rebuild();
}

void TimelineModel::removeOrder(const std::string &orderId)
{
    if (m_orders.erase(orderId) != 0) {
        rebuild();
    }
}

void TimelineModel::setOutboxEntries(const std::vector<OutboxEntry> &entries)
{
    m_outbox.clear();
    for (const OutboxEntry &entry : entries) {
        if (entry.state != OutboxEntry::State::Delivered) {
            m_outbox.push_back(TimelineRow::fromOutboxEntry(entry));
        }
    }
    rebuild();
}

void TimelineModel::clear()
{
    m_caseEntries.clear();
    m_orders.clear();
    m_outbox.clear();
    rebuild();
}

QModelIndex TimelineModel::indexOfKey(const QString &key) const
{
    const int row = m_rowOfKey.value(key, -1);
    return row < 0 ? QModelIndex() : index(row, 0);
}

int TimelineModel::eventCount() const
{
    return static_cast<int>(m_rows.size());
}

QString TimelineModel::systemTitle(const QString &system)
{
    if (system == QLatin1String("orders")) {
        return tr("Orders");
    }
    if (system == QLatin1String("delivery")) {
        return tr("Delivery");
    }
    if (system == QLatin1String("payments")) {
        return tr("Payments");
    }
    if (system == QLatin1String("returns")) {
        return tr("Returns");
    }
    if (system == QLatin1String("notifications")) {
        return tr("Messages");
    }
    if (system == QLatin1String("case")) {
        return tr("Case");
    }
    return system;
}

QVariant TimelineModel::eventData(const TimelineRow &row, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case WhenColumn:
            return QLocale().toString(row.at.toLocalTime(), QStringLiteral("dd MMM yyyy HH:mm"));
        case SystemColumn:
            return systemTitle(row.system);
        case WhatColumn:
            return row.summary;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return row.detail.isEmpty() ? QVariant() : QVariant(row.detail);
    case SystemRole:
        return row.system;
    case KindRole:
        return row.kind;
    case AtRole:
        return row.at;
    case SummaryRole:
        return row.summary;
    case DetailRole:
        return row.detail;
    case KeyRole:
        return row.key;
    case ReferencesRole:
        return row.references;
    case OrderIdRole:
        return row.orderId;
    case IsEvidenceRole:
        return row.evidence;
    case OutboxStateRole:
        return row.outboxState;
    case OutboxEntryIdRole:
        return row.outboxEntryId;
    case ReturnIdRole:
        return row.returnId;
    case LabelUrlRole:
        return row.labelUrl;
    case ActorRole:
        return row.actor;
    default:
        return {};
    }
}

QVariant TimelineModel::childData(const TimelineRow &parentRow, int childRow, int column,
                                  int role) const
{
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole: {
        const QStringList lines = parentRow.childLines();
        if (column != WhatColumn || childRow < 0 || childRow >= lines.size()) {
            return {};
        }
        return lines.at(childRow);
    }
    case SystemRole:
        return parentRow.system;
    case KeyRole:
        return parentRow.key;
    default:
        return {};
    }
}

void TimelineModel::rebuild()
{
    std::set<std::string> evidence;
    std::map<std::string, std::pair<QString, QString>> labels;
    std::vector<TimelineRow> target = m_caseEntries;
    std::set<QString> seen;
    for (const auto &[orderId, part] : m_orders) {
        evidence.insert(part.evidence.begin(), part.evidence.end());
        labels.insert(part.labels.begin(), part.labels.end());
        for (const TimelineRow &event : part.events) {
            // The orders of one case share events (a replacement's family): show each once.
            if (seen.insert(event.key).second) {
                target.push_back(event);
            }
        }
    }
    target.insert(target.end(), m_outbox.begin(), m_outbox.end());
    for (TimelineRow &row : target) {
        const std::string key = row.key.toStdString();
        row.evidence = evidence.count(key) != 0;
        const auto label = labels.find(key);
        if (label != labels.end() && row.system == QLatin1String("returns")) {
            row.returnId = label->second.first;
            row.labelUrl = label->second.second;
        }
    }
    std::sort(target.begin(), target.end(), [](const TimelineRow &a, const TimelineRow &b) {
        if (a.at != b.at) {
            return a.at > b.at;
        }
        return a.key < b.key;
    });

    RowNotifications<TimelineRow> notify;
    notify.aboutToRemove = [this](int first, int last) {
        beginRemoveRows({}, first, last);
    };
    notify.removed = [this] {
        reindex();
        endRemoveRows();
    };
    notify.aboutToInsert = [this](int first, int last) {
        beginInsertRows({}, first, last);
    };
    notify.inserted = [this] {
        for (TimelineRow &row : m_rows) {
            if (row.serial == 0) {
                row.serial = m_nextSerial++;
            }
        }
        reindex();
        endInsertRows();
    };
    notify.aboutToReorder = [this] {
        Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    };
    notify.reordered = [this](const std::vector<int> &newRows) {
        reindex();
        // Children are addressed by their event's serial, so only top-level indexes move.
        const QModelIndexList from = persistentIndexList();
        QModelIndexList to;
        to.reserve(from.size());
        for (const QModelIndex &old : from) {
            to.append(old.internalId() == topLevel
                          ? createIndex(newRows[static_cast<std::size_t>(old.row())], old.column(),
                                        topLevel)
                          : old);
        }
        changePersistentIndexList(from, to);
        Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    };
    notify.replace = [this](int row, TimelineRow &&replacement) {
        replaceEvent(row, std::move(replacement));
    };
    mergeKeyedRows(
        m_rows, std::move(target), [](const TimelineRow &row) { return row.key; },
        [](const TimelineRow &a, const TimelineRow &b) { return a.sameContent(b); }, notify);
}

void TimelineModel::replaceEvent(int row, TimelineRow &&replacement)
{
    TimelineRow &current = m_rows[static_cast<std::size_t>(row)];
    replacement.serial = current.serial;
    const QModelIndex parentIndex = index(row, 0);
    // The detail child comes first, the references child last: a child that appears or goes
    // is inserted or removed where it sits, so the other child keeps its identity.
    if (current.detail.isEmpty() != replacement.detail.isEmpty()) {
        const bool appears = current.detail.isEmpty();
        if (appears) {
            beginInsertRows(parentIndex, 0, 0);
        } else {
            beginRemoveRows(parentIndex, 0, 0);
        }
        current.detail = replacement.detail;
        if (appears) {
            endInsertRows();
        } else {
            endRemoveRows();
        }
    }
    if (current.references.isEmpty() != replacement.references.isEmpty()) {
        const bool appears = current.references.isEmpty();
        const int at = current.detail.isEmpty() ? 0 : 1;
        if (appears) {
            beginInsertRows(parentIndex, at, at);
        } else {
            beginRemoveRows(parentIndex, at, at);
        }
        current.references = replacement.references;
        if (appears) {
            endInsertRows();
        } else {
            endRemoveRows();
        }
    }
    current = std::move(replacement);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    const int children = rowCount(parentIndex);
    if (children > 0) {
        Q_EMIT dataChanged(index(0, 0, parentIndex),
                           index(children - 1, ColumnCount - 1, parentIndex));
    }
}

void TimelineModel::reindex()
{
    m_rowOfSerial.clear();
    m_rowOfKey.clear();
    for (std::size_t row = 0; row < m_rows.size(); ++row) {
        m_rowOfSerial.insert(m_rows[row].serial, static_cast<int>(row));
        m_rowOfKey.insert(m_rows[row].key, static_cast<int>(row));
    }
}

} // namespace caseline
