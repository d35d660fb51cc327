#pragma once

#include "itemmodels/KeyedRowsModel.h"
#include "timeline/Alert.h"

#include <QAbstractListModel>
#include <QStringList>
#include <map>
#include <string>
#include <vector>

namespace caseline {

// The watchdog's alerts pinned on top of a case, most severe first. Each linked order reports its
// own; an alert reached through two orders of the case shows once.
class AlertListModel : public KeyedRowsModel<QAbstractListModel>
{
    Q_OBJECT

public:
    enum Role
    {
        RuleRole = Qt::UserRole + 1,
        SeverityRole, // info, warning or critical
        MessageRole,
        SuggestedActionsRole, // QStringList, e.g. "issue-return-label", "escalate:finance"
        OrderIdRole,
        EvidenceRole // QStringList of timeline event keys
    };

    explicit AlertListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Replaces what `orderId`'s timeline said (keyed merge: unchanged alerts keep their rows).
    void setAlerts(const std::string &orderId, const std::vector<Alert> &alerts);
    void clear();
    int count() const;

    // The button text for a suggested action: "escalate:finance" -> "Escalate to finance".
    static QString actionTitle(const QString &suggestedAction);

private:
    struct AlertRow
    {
        QString key;
        Alert alert;
    };

    static bool sameAlert(const AlertRow &a, const AlertRow &b);
    void rebuild();

    std::map<std::string, std::vector<Alert>> m_alertsByOrder;
    std::vector<AlertRow> m_rows;
};

} // namespace caseline
