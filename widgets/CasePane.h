#pragma once

#include <QMap>
#include <QWidget>

class QAbstractItemModel;
class QAction;
class QCheckBox;
class QLineEdit;
class QPushButton;
class QToolBar;
class QTreeView;

namespace caseline {

class AlertPanel;
class CaseFieldsEditor;
class CaseHeader;
class ConflictBar;
class SourceStatusBar;
class TimelineFilterModel;
class TimelinePresentation;

// The case pane: header, per-system status chips with refresh, the watchdog's alerts pinned on
// top with their actions, the action bar (each with a shown shortcut), per-system filters and
// the unified timeline with expandable detail. Presents models; requests go out as signals.
class CasePane : public QWidget
{
    Q_OBJECT

public:
    explicit CasePane(QWidget *parent = nullptr);
    void setModels(QAbstractItemModel *timeline, QAbstractItemModel *alerts,
                   QAbstractItemModel *sources);
    // Lets go of the models (before they are destroyed).
    void releaseModels();
    void setCaseOpen(bool open);

    CaseHeader *header() const { return m_header; }
    CaseFieldsEditor *fieldsEditor() const { return m_fields; }
    ConflictBar *conflictBar() const { return m_conflict; }
    AlertPanel *alertPanel() const { return m_alerts; }
    SourceStatusBar *statusBar() const { return m_status; }
    QTreeView *timelineView() const { return m_timeline; }
    TimelineFilterModel *timelineFilter() const;
    QList<QAction *> caseActions() const { return m_actions.values(); }
    QAction *caseAction(const QString &action) const { return m_actions.value(action); }
    QCheckBox *systemFilter(const QString &system) const { return m_systemFilters.value(system); }
    QPushButton *retryButton() const { return m_retry; }

Q_SIGNALS:
    // e.g. "issue-return-label", "escalate:finance"; orderId empty when not chosen on an alert.
    void actionRequested(const QString &action, const QString &orderId);
    void refreshRequested();
    void retryRequested(long long outboxEntryId);
    void labelRequested(const QString &returnId);

private:
    QAction *addCaseAction(const QString &action, const QString &title, const QKeySequence &keys);
    void buildFilters(QWidget *into);
    void timelineActivated(const QModelIndex &index);
    void selectionChanged();

    CaseHeader *m_header = nullptr;
    CaseFieldsEditor *m_fields = nullptr;
    ConflictBar *m_conflict = nullptr;
    SourceStatusBar *m_status = nullptr;
    AlertPanel *m_alerts = nullptr;
    QToolBar *m_actionBar = nullptr;
    QTreeView *m_timeline = nullptr;
    QLineEdit *m_textFilter = nullptr;
    QPushButton *m_retry = nullptr;
    TimelinePresentation *m_presentation = nullptr;
    QMap<QString, QAction *> m_actions;
    QMap<QString, QCheckBox *> m_systemFilters;
};

} // namespace caseline
