#include "itemmodels/AlertListModel.h"

#include "itemmodels/DepartmentWords.h"
#include "itemmodels/KeyedRows.h"

#include <algorithm>
#include <set>

namespace caseline {

namespace {

QStringList toStringList(const std::vector<std::string> &values)
{
    QStringList list;
    list.reserve(static_cast<qsizetype>(values.size()));
    for (const std::string &value : values) {
        list.append(QString::fromStdString(value));
    }
    return list;
}

int rank(AlertSeverity severity)
{
    switch (severity) {
    case AlertSeverity::Critical:
        return 0;
    case AlertSeverity::Warning:
        return 1;
    case AlertSeverity::Info:
        return 2;
    }
    return 3;
}

} // namespace

AlertListModel::AlertListModel(QObject *parent)
    : KeyedRowsModel(parent)
{
}

int AlertListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant AlertListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Alert &alert = m_rows[static_cast<std::size_t>(index.row())].alert;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case MessageRole:
        return QString::fromStdString(alert.message);
    case RuleRole:
        return QString::fromStdString(alert.rule);
    case SeverityRole:
        return QString::fromStdString(toString(alert.severity));
    case SuggestedActionsRole:
        return toStringList(alert.suggestedActions);
    case OrderIdRole:
        return QString::fromStdString(alert.orderId);
    case EvidenceRole:
        return toStringList(alert.evidence);
    default:
        return {};
    }
}

QHash<int, QByteArray> AlertListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(RuleRole, "rule");
    names.insert(SeverityRole, "severity");
    names.insert(MessageRole, "message");
    names.insert(SuggestedActionsRole, "suggestedActions");
    names.insert(OrderIdRole, "orderId");
    names.insert(EvidenceRole, "evidence");
    return names;
}

void AlertListModel::setAlerts(const std::string &orderId, const std::vector<Alert> &alerts)
{
    if (alerts.empty()) {
        m_alertsByOrder.erase(orderId);
    } else {
        m_alertsByOrder[orderId] = alerts;
        for (Alert &alert : m_alertsByOrder[orderId]) {
            if (alert.orderId.empty()) {
                alert.orderId = orderId;
            }
        }
    }
    rebuild();
}

void AlertListModel::clear()
{
    m_alertsByOrder.clear();
    rebuild();
}

int AlertListModel::count() const
{
    return rowCount();
}

QString AlertListModel::actionTitle(const QString &suggestedAction)
{
    if (suggestedAction == QLatin1String("issue-return-label")) {
        return tr("Issue return label");
    }
    if (suggestedAction == QLatin1String("send-message")) {
        return tr("Message the customer");
    }
    if (suggestedAction == QLatin1String("add-note")) {
        return tr("Add a note");
    }
    if (suggestedAction == QLatin1String("cancel-order")) {
        return tr("Cancel the order");
    }
    if (suggestedAction == QLatin1String("reschedule-delivery")) {
        return tr("Reschedule delivery");
    }
    const QString escalate = QStringLiteral("escalate:");
    if (suggestedAction.startsWith(escalate) && suggestedAction.size() > escalate.size()) {
        return tr("Escalate to %1")
            .arg(DepartmentWords::of(suggestedAction.mid(escalate.size()).toStdString()));
    }
    return suggestedAction;
}

bool AlertListModel::sameAlert(const AlertRow &a, const AlertRow &b)
{
    return a.key == b.key && a.alert.severity == b.alert.severity &&
           a.alert.message == b.alert.message &&
           a.alert.suggestedActions == b.alert.suggestedActions;
}

void AlertListModel::rebuild()
{
    std::vector<AlertRow> target;
    std::set<QString> seen;
    for (const auto &[orderId, alerts] : m_alertsByOrder) {
        for (const Alert &alert : alerts) {
            const QString key = QString::fromStdString(alert.rule + '|' + alert.orderId + '|') +
                                toStringList(alert.evidence).join(QLatin1Char(','));
            if (seen.insert(key).second) {
                target.push_back({key, alert});
            }
        }
    }
    std::stable_sort(target.begin(), target.end(), [](const AlertRow &a, const AlertRow &b) {
        if (rank(a.alert.severity) != rank(b.alert.severity)) {
            return rank(a.alert.severity) < rank(b.alert.severity);
        }
        if (a.alert.orderId != b.alert.orderId) {
            return a.alert.orderId < b.alert.orderId;
        }
        return a.key < b.key;
    });

    const RowNotifications<AlertRow> notify = rowNotifications(
        m_rows, [this](int row) { Q_EMIT dataChanged(index(row, 0), index(row, 0)); });
    mergeKeyedRows(
        m_rows, std::move(target), [](const AlertRow &row) { return row.key; }, sameAlert, notify);
}

} // namespace caseline
