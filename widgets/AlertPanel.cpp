#include "AlertPanel.h"

#include "SystemIcons.h"
#include "itemmodels/AlertListModel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace caseline {

AlertPanel::AlertPanel(QWidget *parent)
    : QFrame(parent)
    , m_rows(new QVBoxLayout(this))
{
    m_rows->setContentsMargins(0, 0, 0, 0);
    m_rows->setSpacing(4);
    setAccessibleName(tr("Alerts"));
    setVisible(false);
}

void AlertPanel::setModel(QAbstractItemModel *alerts)
{
    if (m_alerts) {
        disconnect(m_alerts, nullptr, this, nullptr);
    }
    m_alerts = alerts;
    if (!alerts) {
        rebuild();
        return;
    }
    connect(alerts, &QAbstractItemModel::modelReset, this, &AlertPanel::rebuild);
    connect(alerts, &QAbstractItemModel::layoutChanged, this, &AlertPanel::rebuild);
    connect(alerts, &QAbstractItemModel::rowsInserted, this, &AlertPanel::rebuild);
    connect(alerts, &QAbstractItemModel::rowsRemoved, this, &AlertPanel::rebuild);
    connect(alerts, &QAbstractItemModel::dataChanged, this, &AlertPanel::rebuild);
    rebuild();
}

QList<QPushButton *> AlertPanel::actionButtons() const
{
    QList<QPushButton *> shown;
    for (QPushButton *button : findChildren<QPushButton *>()) {
        if (button->isVisibleTo(this)) {
            shown.push_back(button);
        }
    }
    return shown;
}

void AlertPanel::rebuild()
{
    while (QLayoutItem *item = m_rows->takeAt(0)) {
        // Later: the old buttons may be in the middle of emitting their click.
        if (QWidget *old = item->widget()) {
            old->hide();
            old->deleteLater();
        }
        delete item;
    }
    const int count = m_alerts ? m_alerts->rowCount() : 0;
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    for (int row = 0; row < count; ++row) {
        const QModelIndex index = m_alerts->index(row, 0);
        const QString severity = index.data(AlertListModel::SeverityRole).toString();
        const QString orderId = index.data(AlertListModel::OrderIdRole).toString();
        auto *frame = new QFrame(this);
        frame->setAutoFillBackground(true);
        QPalette colours = frame->palette();
        colours.setColor(QPalette::Window, SystemIcons::severityColour(severity, dark));
        frame->setPalette(colours);
        frame->setFrameShape(QFrame::StyledPanel);
        auto *layout = new QVBoxLayout(frame);
        auto *message = new QLabel(index.data(AlertListModel::MessageRole).toString(), frame);
        message->setWordWrap(true);
        message->setTextInteractionFlags(Qt::TextSelectableByMouse);
        const QString title = severity == QLatin1String("critical")  ? tr("Critical")
                              : severity == QLatin1String("warning") ? tr("Warning")
                                                                     : tr("Note");
        message->setAccessibleName(tr("%1 alert on %2").arg(title, orderId));
        layout->addWidget(message);
        auto *buttons = new QHBoxLayout;
        const QStringList actions = index.data(AlertListModel::SuggestedActionsRole).toStringList();
        for (const QString &action : actions) {
            auto *button = new QPushButton(AlertListModel::actionTitle(action), frame);
            button->setObjectName(QStringLiteral("alert-action-") + action);
            button->setAccessibleName(button->text());
            connect(button, &QPushButton::clicked, this,
                    [this, action, orderId] { Q_EMIT actionChosen(action, orderId); });
            buttons->addWidget(button);
        }
        buttons->addStretch();
        layout->addLayout(buttons);
        m_rows->addWidget(frame);
    }
    setVisible(count > 0);
}

} // namespace caseline
