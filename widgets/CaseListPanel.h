#pragma once

#include <QList>
#include <QPushButton>
#include <QStringList>
#include <QWidget>
#include <functional>

class QAbstractItemModel;
class QLabel;
class QMenu;
class QTableView;

namespace caseline {

// One list of the supervisor dashboard: a multi-selection table, "Export CSV…" and, when its
// rows are cases, "Reassign selected…" (a menu of the staff) and double-click to open a case.
// Problems and results are reported as signals; the dashboard shows them in its message bar.
class CaseListPanel : public QWidget
{
    Q_OBJECT

public:
    // Returns the chosen path, or an empty string when the user gave up. Tests set one; by
    // default a non-blocking file dialog asks.
    using PathChooser = std::function<QString(const QString &suggestedName)>;

    // `caseIdRole` < 0: the rows are not cases (no reassignment, no activation). `listName`
    // names the list in messages and the suggested file name.
    CaseListPanel(QAbstractItemModel *model, int caseIdRole, const QString &listName,
                  QWidget *parent = nullptr);

    void setStaff(const QStringList &names);
    // Rows that are cases but not reassigned here (refund requests) hide the button.
    void setReassignOffered(bool offered);
    bool reassignOffered() const { return m_reassign && !m_reassign->isHidden(); }
    void setPathChooser(PathChooser chooser);
    QList<qlonglong> selectedCaseIds() const;
    bool handlesCases() const { return m_caseIdRole >= 0; }

    // Asks where to (unless a chooser is set), then writes the visible columns.
    void exportCsv();
    // Writes the list's visible columns to `path`; a problem is returned and signalled.
    QString exportTo(const QString &path);
    // Offers the staff to reassign the selected cases to (a menu under the button).
    void reassignSelected();

    QTableView *view() const { return m_view; }
    QPushButton *exportButton() const { return m_export; }
    QPushButton *reassignButton() const { return m_reassign; }
    QMenu *assigneeMenu() const { return m_assignees; }

Q_SIGNALS:
    void reassignRequested(const QList<qlonglong> &caseIds, const QString &assignee);
    void caseActivated(qlonglong caseId);
    void problem(const QString &message);
    void notice(const QString &message);

private:
    QList<int> visibleColumns() const;
    void updateButtons();
    void fitColumnsOnce();

    int m_caseIdRole = -1;
    bool m_fitted = false; // the user's column widths win after the first fill
    QString m_listName;
    QStringList m_staff;
    PathChooser m_chooser;
    QTableView *m_view = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_reassign = nullptr;
    QMenu *m_assignees = nullptr;
};

} // namespace caseline
