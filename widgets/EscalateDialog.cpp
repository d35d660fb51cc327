#include "EscalateDialog.h"

#include "itemmodels/DepartmentWords.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace caseline {

namespace {

QString priorityTitle(CasePriority priority)
{
    switch (priority) {
    case CasePriority::Low:
        return EscalateDialog::tr("Low");
    case CasePriority::Normal:
        return EscalateDialog::tr("Normal");
    case CasePriority::High:
        return EscalateDialog::tr("High");
    case CasePriority::Urgent:
        return EscalateDialog::tr("Urgent");
    }
    return QString::fromStdString(toString(priority));
}

} // namespace

EscalateDialog::EscalateDialog(const std::vector<Department> &departments,
                               const QString &preselected, const QDateTime &now, QWidget *parent)
    : ActionDialog(tr("Escalate the case"), parent)
    , m_departments(departments)
    , m_now(now)
{
    m_department = new QComboBox(body());
    m_department->setAccessibleName(tr("Department"));
    for (const Department &department : departments) {
        m_department->addItem(tr("%1 (answers within %n h)", nullptr, department.slaHours)
                                  .arg(DepartmentWords::titled(department.name, department.title)),
                              QString::fromStdString(department.name));
    }
    const int preselectedIndex = m_department->findData(preselected);
    m_department->setCurrentIndex(std::max(0, preselectedIndex));

    m_reason = new QPlainTextEdit(body());
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("What the department should do, and why"));

    m_priority = new QComboBox(body());
    m_priority->setAccessibleName(tr("Priority"));
    for (const CasePriority priority :
         {CasePriority::Low, CasePriority::Normal, CasePriority::High, CasePriority::Urgent}) {
        m_priority->addItem(priorityTitle(priority), QString::fromStdString(toString(priority)));
    }
    m_priority->setCurrentIndex(m_priority->findData(QStringLiteral("normal")));

    m_due = new QDateTimeEdit(body());
    m_due->setAccessibleName(tr("Due"));
    m_due->setTimeSpec(now.timeSpec());
    m_due->setDisplayFormat(QStringLiteral("ddd d MMM yyyy HH:mm"));
    m_due->setCalendarPopup(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Department:"), m_department);
    form->addRow(tr("&Reason:"), m_reason);
    form->addRow(tr("&Priority:"), m_priority);
    form->addRow(now.timeSpec() == Qt::UTC ? tr("D&ue (UTC):") : tr("D&ue:"), m_due);
    auto *layout = new QVBoxLayout(body());
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);

    connect(m_department, &QComboBox::currentIndexChanged, this, &EscalateDialog::followDepartment);
    followDepartment();
    resize(520, 320);
}

void EscalateDialog::followDepartment()
{
    const int index = m_department->currentIndex();
    if (index < 0 || index >= static_cast<int>(m_departments.size())) {
        return;
    }
    const int hours = m_departments[static_cast<std::size_t>(index)].slaHours;
    m_due->setDateTime(m_now.addSecs(static_cast<qint64>(hours) * 3600));
}

void EscalateDialog::submit()
{
    if (m_department->currentIndex() < 0) {
        showProblem(tr("Choose the department."));
        return;
    }
    const QString reason = m_reason->toPlainText().trimmed();
    if (reason.isEmpty()) {
        showProblem(tr("Say why the case goes to %1.").arg(m_department->currentText()));
        return;
    }
    const QDateTime due = m_due->dateTime();
    if (due <= m_now) {
        showProblem(tr("The due time must be in the future."));
        return;
    }
    const auto priority =
        casePriorityFromString(m_priority->currentData().toString().toStdString());
    if (!priority) {
        showProblem(
            tr("The priority must be %1.").arg(QString::fromStdString(casePriorityChoices())));
        return;
    }
    showMessage(QString(), MessageTone::None);
    Q_EMIT escalationRequested(m_department->currentData().toString(), reason, *priority, due);
}

} // namespace caseline
