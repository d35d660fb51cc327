#include "itemmodels/SourceStatusModel.h"

#include "itemmodels/TimelineModel.h"

#include <QLocale>

namespace caseline {

namespace {

constexpr int systemCount = static_cast<int>(allBackofficeSystems.size());

} // namespace

SourceStatusModel::SourceStatusModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int SourceStatusModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : systemCount;
}

QVariant SourceStatusModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const BackofficeSystem system = allBackofficeSystems[static_cast<std::size_t>(index.row())];
    const SystemRow &row = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return TimelineModel::systemTitle(QString::fromStdString(toString(system)));
    case Qt::ToolTipRole:
        return toolTip(system, row);
    case SystemRole:
        return QString::fromStdString(toString(system));
    case StateRole:
        return stateName(row.freshness);
    case FetchedAtRole:
        return row.fetchedAt;
    case ErrorRole:
        return row.error;
    case PendingRole:
        return m_pending;
    default:
        return {};
    }
}

QHash<int, QByteArray> SourceStatusModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(SystemRole, "system");
    names.insert(StateRole, "state");
    names.insert(FetchedAtRole, "fetchedAt");
    names.insert(ErrorRole, "error");
    names.insert(PendingRole, "pending");
    return names;
}

void SourceStatusModel::setSources(const std::string &orderId,
                                   const std::vector<SourceStatus> &sources)
{
    m_sourcesByOrder[orderId] = sources;
    recompute();
}

void SourceStatusModel::removeOrder(const std::string &orderId)
{
    if (m_sourcesByOrder.erase(orderId) != 0) {
        recompute();
    }
}

void SourceStatusModel::setPending(bool pending)
{
    if (pending == m_pending) {
        return;
    }
    m_pending = pending;
    Q_EMIT dataChanged(index(0), index(systemCount - 1));
}

void SourceStatusModel::clear()
{
    m_sourcesByOrder.clear();
    const bool wasPending = m_pending;
    m_pending = false;
    recompute();
    if (wasPending) {
        Q_EMIT dataChanged(index(0), index(systemCount - 1));
    }
}

SourceStatusModel::Freshness SourceStatusModel::freshnessOf(SourceStatus::State state)
{
    switch (state) {
    case SourceStatus::State::Ok:
        return Freshness::Ok;
    case SourceStatus::State::Stale:
        return Freshness::Stale;
    case SourceStatus::State::Error:
        return Freshness::Error;
    }
    return Freshness::Unknown;
}

QString SourceStatusModel::stateName(Freshness freshness)
{
    switch (freshness) {
    case Freshness::Unknown:
        return QStringLiteral("unknown");
    case Freshness::Ok:
        return QStringLiteral("ok");
    case Freshness::Stale:
        return QStringLiteral("stale");
    case Freshness::Error:
        return QStringLiteral("error");
    }
    return QStringLiteral("unknown");
}

QString SourceStatusModel::toolTip(BackofficeSystem system, const SystemRow &row) const
{
    const QString title = TimelineModel::systemTitle(QString::fromStdString(toString(system)));
    QString text;
    switch (row.freshness) {
    case Freshness::Unknown:
        text = tr("%1: not fetched yet").arg(title);
        break;
    case Freshness::Ok:
        text = row.fetchedAt.isValid()
                   ? tr("%1: up to date (fetched %2)").arg(title, timeText(row.fetchedAt))
                   : tr("%1: up to date").arg(title);
        break;
    case Freshness::Stale:
        text = tr("%1: stale since %2").arg(title, timeText(row.fetchedAt));
        if (!row.error.isEmpty()) {
            text = tr("%1 — %2").arg(text, row.error);
        }
        break;
    case Freshness::Error:
        text = row.error.isEmpty() ? tr("%1: error").arg(title)
                                   : tr("%1: error — %2").arg(title, row.error);
        break;
    }
    return m_pending ? tr("%1 (refreshing…)").arg(text) : text;
}

QString SourceStatusModel::timeText(const QDateTime &at) const
{
    if (!at.isValid()) {
        return tr("an unknown time");
    }
    // The time alone reads best; the date is added when the data is older than the freshest
    // fetch's day (the model knows no clock, and needs none for this).
    QDateTime freshest;
    for (const SystemRow &row : m_rows) {
        if (row.fetchedAt.isValid() && (!freshest.isValid() || row.fetchedAt > freshest)) {
            freshest = row.fetchedAt;
        }
    }
    const QDateTime local = at.toLocalTime();
    const bool sameDay = freshest.toLocalTime().date() == local.date();
    return QLocale().toString(local,
                              sameDay ? QStringLiteral("HH:mm") : QStringLiteral("dd MMM HH:mm"));
}

void SourceStatusModel::recompute()
{
    std::array<SystemRow, allBackofficeSystems.size()> rows{};
    for (const auto &[orderId, sources] : m_sourcesByOrder) {
        for (const SourceStatus &source : sources) {
            // Rows follow allBackofficeSystems, which lists the enum in its own order.
            SystemRow &row = rows[static_cast<std::size_t>(source.system)];
            const Freshness freshness = freshnessOf(source.state);
            const QString error = QString::fromStdString(source.error);
            if (freshness > row.freshness) {
                row = {freshness, source.fetchedAt, error};
                continue;
            }
            if (freshness != row.freshness) {
                continue;
            }
            // Same state from another order: the oldest data speaks for the system.
            if (source.fetchedAt.isValid() &&
                (!row.fetchedAt.isValid() || source.fetchedAt < row.fetchedAt)) {
                row.fetchedAt = source.fetchedAt;
                if (!error.isEmpty()) {
                    row.error = error;
                }
            }
            if (row.error.isEmpty()) {
                row.error = error;
            }
        }
    }
    // Every tooltip words its time against the freshest fetch, so any change touches all rows.
    if (rows != m_rows) {
        m_rows = rows;
        Q_EMIT dataChanged(index(0), index(systemCount - 1));
    }
}

} // namespace caseline
