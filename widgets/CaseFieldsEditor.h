#pragma once

#include "domain/SupportCase.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace caseline {

// Whose turn and how urgent: the case's status, priority and assignee, changed in place and
// saved with one button. A live refresh of the case does not overwrite what the agent is
// still editing; saving then tells them if someone else changed the case meanwhile.
class CaseFieldsEditor : public QWidget
{
    Q_OBJECT

public:
    explicit CaseFieldsEditor(QWidget *parent = nullptr);

    // The stored case; the fields follow it unless the agent has unsaved edits of this case
    // (`replaceEdits`: after a save, or when they keep the other person's change).
    void showCase(const SupportCase &item, bool replaceEdits = false);
    void setStaff(const QStringList &names);
    bool hasUnsavedEdits() const;
    // Back to the stored case, dropping unsaved edits.
    void discardEdits();
    void setSaving(bool saving);

    QComboBox *statusBox() const { return m_status; }
    QComboBox *priorityBox() const { return m_priority; }
    QComboBox *assigneeBox() const { return m_assignee; }
    QPushButton *saveButton() const { return m_save; }

Q_SIGNALS:
    void saveRequested(const caseline::SupportCase &loaded, const caseline::SupportCase &changed);

private:
    SupportCase edited() const;
    void fill(const SupportCase &item);
    void updateButton();

    SupportCase m_loaded;
    QComboBox *m_status = nullptr;
    QComboBox *m_priority = nullptr;
    QComboBox *m_assignee = nullptr;
    QPushButton *m_save = nullptr;
    bool m_saving = false;
};

} // namespace caseline
