#pragma once

#include "ActionDialog.h"

class QPlainTextEdit;

namespace caseline {

// An internal note on the case, for colleagues; never sent to the customer.
class NoteDialog : public ActionDialog
{
    Q_OBJECT

public:
    explicit NoteDialog(QWidget *parent = nullptr);

    QPlainTextEdit *textEdit() const { return m_text; }

Q_SIGNALS:
    void noteRequested(const QString &text);

protected:
    void submit() override;

private:
    QPlainTextEdit *m_text = nullptr;
};

} // namespace caseline
