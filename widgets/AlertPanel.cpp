#include "AlertPanel.h"

#include "StatePalette.h"
#include "itemmodels/AlertListModel.h"

#include <QEvent>
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
    // A fresh timeline usually repeats the cached one's alerts: keep the widgets then (no
    // flicker, no lost keyboard focus, no time spent on the GUI thread).
    QString wanted;
    const int rows = m_alerts ? m_alerts->rowCount() : 0;
    for (int row = 0; row < rows; ++row) {
        const QModelIndex index = m_alerts->index(row, 0);
        wanted +=
            index.data(AlertListModel::SeverityRole).toString() + QLatin1Char('\x1f') +
            index.data(AlertListModel::OrderIdRole).toString() + QLatin1Char('\x1f') +
            index.data(AlertListModel::MessageRole).toString() + QLatin1Char('\x1f') +
            index.data(AlertListModel::SuggestedActionsRole).toStringList().join(QLatin1Char(',')) +
            QLatin1Char('\x1e');
    }
    if (wanted == m_shown && (rows > 0) == !isHidden()) {
        return;
    }
    m_shown = wanted;
    for (int row = 0; row < rows; ++row) {
        const QModelIndex index = m_alerts->index(row, 0);
        const QString severity = index.data(AlertListModel::SeverityRole).toString();
        const QString orderId = index.data(AlertListModel::OrderIdRole).toString();
        Row &shown = rowAt(row);
        shown.severity = severity;
        colour(shown);
        shown.message->setText(index.data(AlertListModel::MessageRole).toString());
        const QString title = severity == QLatin1String("critical")  ? tr("Critical")
                              : severity == QLatin1String("warning") ? tr("Warning")
                                                                     : tr("Note");
        shown.message->setAccessibleName(tr("%1 alert on %2").arg(title, orderId));
        const QStringList actions = index.data(AlertListModel::SuggestedActionsRole).toStringList();
        for (int i = 0; i < actions.size(); ++i) {
            QPushButton *button = buttonAt(shown, i);
            button->setText(AlertListModel::actionTitle(actions[i]));
            button->setAccessibleName(button->text());
            button->setObjectName(QStringLiteral("alert-action-") + actions[i]);
            button->setProperty("action", actions[i]);
            button->setProperty("orderId", orderId);
            button->show();
        }
        for (int i = static_cast<int>(actions.size()); i < shown.actions.size(); ++i) {
            shown.actions[i]->hide();
        }
        shown.frame->show();
    }
    for (int row = rows; row < m_rowWidgets.size(); ++row) {
        m_rowWidgets[row].frame->hide();
    }
    setVisible(rows > 0);
}

void AlertPanel::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        for (Row &row : m_rowWidgets) {
            colour(row);
        }
    }
}

void AlertPanel::colour(Row &row) const
{
    // The panel's own palette is never tinted, so it tells whether the desktop is dark.
    const StatePalette states(palette());
    const StatePalette::State state = StatePalette::ofSeverity(row.severity);
    QPalette colours = row.frame->palette();
    colours.setColor(QPalette::Window, states.background(state));
    row.frame->setPalette(colours);
    QPalette text = row.message->palette();
    text.setColor(QPalette::WindowText, states.foreground(state));
    text.setColor(QPalette::Text, states.foreground(state));
    row.message->setPalette(text);
}

AlertPanel::Row &AlertPanel::rowAt(int row)
{
    while (m_rowWidgets.size() <= row) {
        Row made;
        made.frame = new QFrame(this);
        made.frame->setAutoFillBackground(true);
        made.frame->setFrameShape(QFrame::StyledPanel);
        auto *layout = new QVBoxLayout(made.frame);
        made.message = new QLabel(made.frame);
        made.message->setWordWrap(true);
        made.message->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->addWidget(made.message);
        made.buttons = new QHBoxLayout;
        made.buttons->addStretch();
        layout->addLayout(made.buttons);
        m_rows->addWidget(made.frame);
        m_rowWidgets.push_back(made);
    }
    return m_rowWidgets[row];
}

QPushButton *AlertPanel::buttonAt(Row &row, int index)
{
    while (row.actions.size() <= index) {
        auto *button = new QPushButton(row.frame);
        // The button says what it does now (its properties change with the alert shown).
        connect(button, &QPushButton::clicked, this, [this, button] {
            Q_EMIT actionChosen(button->property("action").toString(),
                                button->property("orderId").toString());
        });
        row.buttons->insertWidget(static_cast<int>(row.actions.size()), button);
        row.actions.push_back(button);
    }
    return row.actions[index];
}

} // namespace caseline
