#pragma once

#include "workspace/QueueKind.h"

#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QPushButton;
class QTabBar;
class QTableView;

namespace caseline {

class QueuePresentation;

// The queue pane: my cases, my department, all open, needs attention (a watchdog alert or an
// SLA at risk), with a "new case" button for a call or a store visit. Presents a
// CaseQueueModel.
class QueuePane : public QWidget
{
    Q_OBJECT

public:
    explicit QueuePane(QWidget *parent = nullptr);
    void setModel(QAbstractItemModel *queue);
    QueueKind currentKind() const;
    void setCurrentKind(QueueKind kind);
    void selectCase(long long caseId);
    // How many cases the queue holds in the store (the view loads them as it scrolls).
    void setTotal(long long total);
    QString countText() const;
    QTableView *view() const { return m_view; }
    QTabBar *tabs() const { return m_tabs; }
    QPushButton *newCaseButton() const { return m_newCase; }

Q_SIGNALS:
    void queueChosen(caseline::QueueKind kind);
    void caseActivated(long long caseId);
    void newCaseRequested();

private:
    void applyKind();
    void updateCount();

    QTabBar *m_tabs = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_newCase = nullptr;
    QueuePresentation *m_presentation = nullptr;
    long long m_total = -1;
};

} // namespace caseline
