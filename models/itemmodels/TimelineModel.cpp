#include "itemmodels/TimelineModel.h"

#include "itemmodels/KeyedRows.h"
#include "timeline/TimelineRefs.h"

#include <QLocale>
#include <algorithm>

namespace caseline {

namespace {

constexpr quintptr topLevel = 0;

QString words(const std::string &code)
{
    return QString::fromStdString(code).replace(QLatin1Char('-'), QLatin1Char(' '));
}

QString withoutFinalStop(QString text)
{
    while (text.endsWith(QLatin1Char('.'))) {
        text.chop(1);
    }
    return text;
}

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
    return static_cast<int>(childLines(m_rows[static_cast<std::size_t>(parent.row())]).size());
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
        EventRow row;
        row.key = QStringLiteral("case:%1").arg(entry.id);
        row.system = QStringLiteral("case");
        row.kind = QString::fromStdString(entry.kind);
        row.at = entry.at;
        row.summary = QString::fromStdString(entry.summary);
        row.detail = QString::fromStdString(entry.detail);
        row.actor = QString::fromStdString(entry.actor);
        m_caseEntries.push_back(std::move(row));
    }
    rebuild();
}

void TimelineModel::setOrderTimeline(const OrderTimeline &timeline)
{
    OrderPart part;
    const QString orderId = QString::fromStdString(timeline.orderId);
    for (const TimelineEvent &event : timeline.events) {
        EventRow row;
        row.key = QString::fromStdString(event.ref);
        if (row.key.isEmpty()) {
            // Events should carry a ref; without one, what it says is its identity.
            row.key = QStringLiteral("%1:%2:%3:%4")
                          .arg(orderId, QString::fromStdString(event.kind))
                          .arg(event.at.toMSecsSinceEpoch())
                          .arg(QString::fromStdString(event.summary));
        }
        row.system = QString::fromStdString(event.system);
        row.kind = QString::fromStdString(event.kind);
        row.at = event.at;
        row.summary = QString::fromStdString(event.summary);
        row.detail = QString::fromStdString(event.detail);
        for (const std::string &reference : event.references) {
            row.references.append(QString::fromStdString(reference));
        }
        row.orderId = orderId;
        part.events.push_back(std::move(row));
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
            m_outbox.push_back(outboxRow(entry));
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

bool TimelineModel::sameContent(const EventRow &a, const EventRow &b)
{
    return a.key == b.key && a.system == b.system && a.kind == b.kind && a.at == b.at &&
           a.summary == b.summary && a.detail == b.detail && a.references == b.references &&
           a.orderId == b.orderId && a.evidence == b.evidence && a.outboxState == b.outboxState &&
           a.outboxEntryId == b.outboxEntryId && a.returnId == b.returnId &&
           a.labelUrl == b.labelUrl && a.actor == b.actor;
}

QStringList TimelineModel::childLines(const EventRow &row)
{
    QStringList lines;
    if (!row.detail.isEmpty()) {
        lines.append(row.detail);
    }
    if (!row.references.isEmpty()) {
        lines.append(tr("Concerns: %1").arg(row.references.join(QStringLiteral(", "))));
    }
    return lines;
}

TimelineModel::EventRow TimelineModel::outboxRow(const OutboxEntry &entry)
{
    EventRow row;
    row.key = QStringLiteral("outbox:%1").arg(entry.id);
    row.system = QString::fromStdString(entry.system);
    row.at = entry.createdAt;
    row.actor = QString::fromStdString(entry.actor);
    row.outboxEntryId = entry.id;
    const QString action = words(entry.action);
    const QString error = withoutFinalStop(QString::fromStdString(entry.lastError));
    if (entry.state == OutboxEntry::State::Failed) {
        row.kind = QStringLiteral("outbox.failed");
        row.outboxState = QStringLiteral("failed");
        row.summary = error.isEmpty() ? tr("Failed: %1. Can be retried.").arg(action)
                                      : tr("Failed: %1 — %2. Can be retried.").arg(action, error);
        return row;
    }
    row.kind = QStringLiteral("outbox.pending");
    row.outboxState = QStringLiteral("pending");
    QStringList notes;
    if (entry.attempts == 1) {
        notes.append(tr("1 try"));
    } else if (entry.attempts > 1) {
        notes.append(tr("%1 tries").arg(entry.attempts));
    }
    if (!error.isEmpty()) {
        notes.append(tr("last error: %1").arg(error));
    }
    row.summary =
        notes.isEmpty()
            ? tr("Waiting to send: %1").arg(action)
            : tr("Waiting to send: %1 (%2)").arg(action, notes.join(QStringLiteral("; ")));
    if (entry.nextAttemptAt.isValid()) {
        row.detail = tr("Next try at %1.")
                         .arg(QLocale().toString(entry.nextAttemptAt.toLocalTime(),
                                                 QStringLiteral("dd MMM HH:mm")));
    }
    return row;
}

QVariant TimelineModel::eventData(const EventRow &row, int column, int role) const
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

QVariant TimelineModel::childData(const EventRow &parentRow, int childRow, int column,
                                  int role) const
{
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole: {
        const QStringList lines = childLines(parentRow);
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
    std::vector<EventRow> target = m_caseEntries;
    std::set<QString> seen;
    for (const auto &[orderId, part] : m_orders) {
        evidence.insert(part.evidence.begin(), part.evidence.end());
        labels.insert(part.labels.begin(), part.labels.end());
        for (const EventRow &event : part.events) {
            // The orders of one case share events (a replacement's family): show each once.
            if (seen.insert(event.key).second) {
                target.push_back(event);
            }
        }
    }
    target.insert(target.end(), m_outbox.begin(), m_outbox.end());
    for (EventRow &row : target) {
        const std::string key = row.key.toStdString();
        row.evidence = evidence.count(key) != 0;
        const auto label = labels.find(key);
        if (label != labels.end() && row.system == QLatin1String("returns")) {
            row.returnId = label->second.first;
            row.labelUrl = label->second.second;
        }
    }
    std::sort(target.begin(), target.end(), [](const EventRow &a, const EventRow &b) {
        if (a.at != b.at) {
            return a.at > b.at;
        }
        return a.key < b.key;
    });

    RowNotifications<EventRow> notify;
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
        for (EventRow &row : m_rows) {
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
    notify.replace = [this](int row, EventRow &&replacement) {
        EventRow &current = m_rows[static_cast<std::size_t>(row)];
        replacement.serial = current.serial;
        const QModelIndex parentIndex = index(row, 0);
        const int before = static_cast<int>(childLines(current).size());
        const int after = static_cast<int>(childLines(replacement).size());
        if (after < before) {
            beginRemoveRows(parentIndex, after, before - 1);
            current = std::move(replacement);
            endRemoveRows();
        } else if (after > before) {
            beginInsertRows(parentIndex, before, after - 1);
            current = std::move(replacement);
            endInsertRows();
        } else {
            current = std::move(replacement);
        }
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        const int kept = std::min(before, after);
        if (kept > 0) {
            Q_EMIT dataChanged(index(0, 0, parentIndex),
                               index(kept - 1, ColumnCount - 1, parentIndex));
        }
    };
    mergeKeyedRows(
        m_rows, std::move(target), [](const EventRow &row) { return row.key; }, sameContent,
        notify);
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
