#pragma once

#include "ActionDialog.h"
#include "domain/SupportCase.h"

#include <string>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTextBrowser;

namespace caseline {

// Writes to the customer in their language: from a template (filled with the case and order)
// or free text, by e-mail or SMS, with a preview of what they will read.
class MessageDialog : public ActionDialog
{
    Q_OBJECT

public:
    MessageDialog(const SupportCase &item, const std::string &orderId, QWidget *parent = nullptr);

    // acknowledgement, return-label, refund, reschedule, cancel, replace; anything else: free
    // text.
    void selectTemplate(const QString &name);

    QComboBox *templateBox() const { return m_template; }
    QComboBox *channelBox() const { return m_channel; }
    QLineEdit *subjectEdit() const { return m_subject; }
    QPlainTextEdit *bodyEdit() const { return m_body; }
    QTextBrowser *preview() const { return m_preview; }
    QString language() const { return m_language; }

protected:
    void submit() override;

private:
    void fillFromTemplate();
    void updatePreview();

    SupportCase m_case;
    std::string m_orderId;
    QString m_language;
    QString m_templateSubject;
    QString m_templateBody;
    QComboBox *m_template = nullptr;
    QComboBox *m_channel = nullptr;
    QLabel *m_languageLabel = nullptr;
    QLineEdit *m_subject = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QTextBrowser *m_preview = nullptr;
};

} // namespace caseline
