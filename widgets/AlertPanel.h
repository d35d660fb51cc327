#pragma once

#include <QFrame>
#include <QPointer>

class QAbstractItemModel;
class QPushButton;
class QVBoxLayout;

namespace caseline {

// The watchdog's alerts pinned on top of a case: each contradiction in plain words, coloured by
// severity, with its suggested actions as buttons (the first one also on Alt+1, Alt+2, ... by
// alert). Presents an AlertListModel; hidden when there is nothing to say.
class AlertPanel : public QFrame
{
    Q_OBJECT

public:
    explicit AlertPanel(QWidget *parent = nullptr);
    void setModel(QAbstractItemModel *alerts);
    // The buttons currently shown, e.g. for tests and keyboard users.
    QList<QPushButton *> actionButtons() const;

Q_SIGNALS:
    // `action` as the watchdog suggests it, e.g. "issue-return-label", "escalate:finance".
    void actionChosen(const QString &action, const QString &orderId);

private:
    void rebuild();

    QPointer<QAbstractItemModel> m_alerts;
    QVBoxLayout *m_rows = nullptr;
};

} // namespace caseline
