#pragma once

#include "ActionDialog.h"

class QComboBox;
class QPlainTextEdit;

namespace caseline {

// Records a contact with the customer on the case: who called whom, how, and what was said.
class ContactDialog : public ActionDialog
{
    Q_OBJECT

public:
    explicit ContactDialog(QWidget *parent = nullptr);

    QComboBox *directionBox() const { return m_direction; }
    QComboBox *channelBox() const { return m_channel; }
    QPlainTextEdit *summaryEdit() const { return m_summary; }

Q_SIGNALS:
    // direction: inbound or outbound; channel: a CaseChannel name (phone, email, ...).
    void contactRequested(const QString &direction, const QString &channel, const QString &text);

protected:
    void submit() override;

private:
    QComboBox *m_direction = nullptr;
    QComboBox *m_channel = nullptr;
    QPlainTextEdit *m_summary = nullptr;
};

} // namespace caseline
