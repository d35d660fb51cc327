#include "NoteDialog.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace caseline {

NoteDialog::NoteDialog(QWidget *parent)
    : ActionDialog(tr("Note on the case"), parent)
{
    auto *label = new QLabel(tr("&Note (seen by colleagues, not by the customer):"), body());
    m_text = new QPlainTextEdit(body());
    m_text->setAccessibleName(tr("Note"));
    m_text->setTabChangesFocus(true);
    m_text->setPlaceholderText(tr("What happened, what was agreed, what is next"));
    label->setBuddy(m_text);

    auto *layout = new QVBoxLayout(body());
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_text, 1);
    resize(480, 300);
}

void NoteDialog::submit()
{
    const QString text = m_text->toPlainText().trimmed();
    if (text.isEmpty()) {
        showProblem(tr("Write the note first."));
        return;
    }
    showMessage(QString(), MessageTone::None);
    Q_EMIT noteRequested(text);
}

} // namespace caseline
