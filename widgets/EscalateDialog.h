#pragma once

#include "ActionDialog.h"
#include "domain/CaseStatus.h"
#include "domain/Department.h"

#include <QDateTime>
#include <vector>

class QComboBox;
class QDateTimeEdit;
class QPlainTextEdit;

namespace caseline {

// Hands the case to another department with a reason, a priority and a due time that follows
// the department's promised answer time (its SLA).
class EscalateDialog : public ActionDialog
{
    Q_OBJECT

public:
    EscalateDialog(const std::vector<Department> &departments, const QString &preselected,
                   const QDateTime &now, QWidget *parent = nullptr);

    QComboBox *departmentBox() const { return m_department; }
    QComboBox *priorityBox() const { return m_priority; }
    QPlainTextEdit *reasonEdit() const { return m_reason; }
    QDateTimeEdit *dueEdit() const { return m_due; }

Q_SIGNALS:
    void escalationRequested(const QString &department, const QString &reason,
                             caseline::CasePriority priority, const QDateTime &due);

protected:
    void submit() override;

private:
    void followDepartment();

    std::vector<Department> m_departments;
    QDateTime m_now;
    QComboBox *m_department = nullptr;
    QComboBox *m_priority = nullptr;
    QPlainTextEdit *m_reason = nullptr;
    QDateTimeEdit *m_due = nullptr;
};

} // namespace caseline
