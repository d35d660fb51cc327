#include "CaseFieldsEditor.h"

#include "itemmodels/CaseQueueModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <algorithm>

namespace caseline {

CaseFieldsEditor::CaseFieldsEditor(QWidget *parent)
    : QWidget(parent)
    , m_status(new QComboBox(this))
    , m_priority(new QComboBox(this))
    , m_assignee(new QComboBox(this))
    , m_save(new QPushButton(tr("Sa&ve"), this))
{
    for (CaseStatus status :
         {CaseStatus::New, CaseStatus::Open, CaseStatus::WaitingOnCustomer,
          CaseStatus::WaitingOnDepartment, CaseStatus::Resolved, CaseStatus::Closed}) {
        m_status->addItem(CaseQueueModel::statusTitle(status), static_cast<int>(status));
    }
    for (CasePriority priority :
         {CasePriority::Low, CasePriority::Normal, CasePriority::High, CasePriority::Urgent}) {
        m_priority->addItem(CaseQueueModel::priorityTitle(priority), static_cast<int>(priority));
    }
    m_assignee->setEditable(true);
    m_assignee->setInsertPolicy(QComboBox::NoInsert);
    m_assignee->lineEdit()->setPlaceholderText(tr("(department queue)"));
    m_status->setAccessibleName(tr("Case status"));
    m_priority->setAccessibleName(tr("Case priority"));
    m_assignee->setAccessibleName(tr("Assigned to"));
    m_save->setAccessibleName(tr("Save case changes"));
    m_save->setShortcut(QKeySequence(tr("Ctrl+S")));
    m_save->setToolTip(tr("Save status, priority and assignee (%1)")
                           .arg(m_save->shortcut().toString(QKeySequence::NativeText)));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto addLabelled = [this, layout](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        layout->addWidget(label);
        layout->addWidget(field);
    };
    addLabelled(tr("S&tatus:"), m_status);
    addLabelled(tr("Pri&ority:"), m_priority);
    addLabelled(tr("Assi&gned to:"), m_assignee);
    // Room for "(department queue)" and most names without widening the case's first row.
    m_assignee->setMinimumContentsLength(18);
    layout->addWidget(m_save);
    layout->addStretch(1);

    connect(m_status, &QComboBox::currentIndexChanged, this, &CaseFieldsEditor::updateButton);
    connect(m_priority, &QComboBox::currentIndexChanged, this, &CaseFieldsEditor::updateButton);
    connect(m_assignee, &QComboBox::currentTextChanged, this, &CaseFieldsEditor::updateButton);
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (hasUnsavedEdits()) {
            Q_EMIT saveRequested(m_loaded, edited());
        }
    });
    updateButton();
}

void CaseFieldsEditor::showCase(const SupportCase &item, bool replaceEdits)
{
    const bool sameCase = item.id == m_loaded.id;
    const bool keepEdits = sameCase && !replaceEdits && hasUnsavedEdits();
    if (!keepEdits) {
        m_loaded = item;
        fill(item);
    } else if (item.version == m_loaded.version) {
        m_loaded = item;
    }
    // With unsaved edits on an older version, m_loaded stays what the agent began from: the
    // save will show them what changed meanwhile instead of silently taking it.
    updateButton();
}

void CaseFieldsEditor::setStaff(const QStringList &names)
{
    const QString current = m_assignee->currentText();
    m_assignee->clear();
    m_assignee->addItems(names);
    m_assignee->setCurrentText(current);
}

bool CaseFieldsEditor::hasUnsavedEdits() const
{
    if (m_loaded.id == 0) {
        return false;
    }
    const SupportCase now = edited();
    return now.status != m_loaded.status || now.priority != m_loaded.priority ||
           now.assignee != m_loaded.assignee;
}

void CaseFieldsEditor::discardEdits()
{
    fill(m_loaded);
    updateButton();
}

void CaseFieldsEditor::setSaving(bool saving)
{
    m_saving = saving;
    updateButton();
}

SupportCase CaseFieldsEditor::edited() const
{
    SupportCase item = m_loaded;
    item.status = static_cast<CaseStatus>(m_status->currentData().toInt());
    item.priority = static_cast<CasePriority>(m_priority->currentData().toInt());
    item.assignee = m_assignee->currentText().trimmed().toStdString();
    return item;
}

void CaseFieldsEditor::fill(const SupportCase &item)
{
    m_status->setCurrentIndex(m_status->findData(static_cast<int>(item.status)));
    m_priority->setCurrentIndex(m_priority->findData(static_cast<int>(item.priority)));
    m_assignee->setCurrentText(QString::fromStdString(item.assignee));
}

void CaseFieldsEditor::updateButton()
{
    m_save->setEnabled(!m_saving && hasUnsavedEdits());
}

} // namespace caseline
