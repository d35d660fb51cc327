#pragma once

#include <QFrame>
#include <QPointer>

class QAbstractItemModel;
class QHBoxLayout;
class QLabel;
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

protected:
    void changeEvent(QEvent *event) override;

private:
    // One alert's frame, reused from refresh to refresh: building widgets is the costly part
    // of showing a case on the GUI thread.
    struct Row
    {
        QFrame *frame = nullptr;
        QLabel *message = nullptr;
        QHBoxLayout *buttons = nullptr;
        QList<QPushButton *> actions;
        QString severity;
    };

    void rebuild();
    Row &rowAt(int row);
    QPushButton *buttonAt(Row &row, int index);
    // The severity's tint behind the row and its text colour on the message.
    void colour(Row &row) const;

    QList<Row> m_rowWidgets;
    QPointer<QAbstractItemModel> m_alerts;
    QString m_shown; // what the rows say now: a refresh that changes nothing keeps them
    QVBoxLayout *m_rows = nullptr;
};

} // namespace caseline
