#include "SourceStatusBar.h"

#include "SourceStatusChip.h"
#include "itemmodels/SourceStatusModel.h"

#include <QHBoxLayout>
#include <QProgressBar>
#include <QToolButton>

namespace caseline {

SourceStatusBar::SourceStatusBar(QWidget *parent)
    : QWidget(parent)
    , m_spinner(new QProgressBar(this))
    , m_refresh(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    m_spinner->setRange(0, 0); // indeterminate: fresh data is on its way
    m_spinner->setMaximumWidth(60);
    m_spinner->setMaximumHeight(10);
    m_spinner->setTextVisible(false);
    m_spinner->setAccessibleName(tr("Refreshing"));
    m_spinner->hide();
    m_refresh->setText(tr("Refresh"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    m_refresh->setToolTip(
        tr("Ask every back-office system again (%1)")
            .arg(QKeySequence(QKeySequence::Refresh).toString(QKeySequence::NativeText)));
    m_refresh->setAccessibleName(tr("Refresh the timeline"));
    connect(m_refresh, &QToolButton::clicked, this, &SourceStatusBar::refreshRequested);
    layout->addStretch();
    layout->addWidget(m_spinner);
    layout->addWidget(m_refresh);
}

void SourceStatusBar::setModel(QAbstractItemModel *sources)
{
    if (m_sources) {
        disconnect(m_sources, nullptr, this, nullptr);
    }
    qDeleteAll(m_chips);
    m_chips.clear();
    m_sources = sources;
    if (!sources) {
        return;
    }
    auto *row = static_cast<QHBoxLayout *>(layout());
    for (int i = 0; i < sources->rowCount(); ++i) {
        auto *chip =
            new SourceStatusChip(sources->index(i, 0).data(Qt::DisplayRole).toString(), this);
        row->insertWidget(i, chip);
        m_chips.push_back(chip);
    }
    connect(sources, &QAbstractItemModel::dataChanged, this, &SourceStatusBar::present);
    connect(sources, &QAbstractItemModel::modelReset, this, &SourceStatusBar::present);
    present();
}

bool SourceStatusBar::isRefreshing() const
{
    return !m_spinner->isHidden();
}

void SourceStatusBar::present()
{
    if (!m_sources) {
        return;
    }
    bool pending = false;
    for (int i = 0; i < m_chips.size() && i < m_sources->rowCount(); ++i) {
        const QModelIndex index = m_sources->index(i, 0);
        const QString state = index.data(SourceStatusModel::StateRole).toString();
        pending = pending || index.data(SourceStatusModel::PendingRole).toBool();
        SourceStatusChip *chip = m_chips[i];
        if (state == QLatin1String("error")) {
            chip->showError(index.data(SourceStatusModel::ErrorRole).toString());
        } else if (state == QLatin1String("stale")) {
            chip->showStale(index.data(SourceStatusModel::FetchedAtRole).toDateTime());
        } else if (state == QLatin1String("ok")) {
            chip->showOk();
        } else {
            chip->showUnknown();
        }
    }
    m_spinner->setVisible(pending);
}

} // namespace caseline
