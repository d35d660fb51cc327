#pragma once

#include <QPointer>
#include <QWidget>

class QAbstractItemModel;
class QProgressBar;
class QToolButton;

namespace caseline {

class SourceStatusChip;

// One chip per back-office system (ok / stale since T / error and why) with the refresh button
// and a spinner while fresh data is on its way. Presents a SourceStatusModel.
class SourceStatusBar : public QWidget
{
    Q_OBJECT

public:
    explicit SourceStatusBar(QWidget *parent = nullptr);
    void setModel(QAbstractItemModel *sources);
    QList<SourceStatusChip *> chips() const { return m_chips; }
    QToolButton *refreshButton() const { return m_refresh; }
    bool isRefreshing() const;

Q_SIGNALS:
    void refreshRequested();

private:
    void present();

    QPointer<QAbstractItemModel> m_sources;
    QList<SourceStatusChip *> m_chips;
    QProgressBar *m_spinner = nullptr;
    QToolButton *m_refresh = nullptr;
};

} // namespace caseline
