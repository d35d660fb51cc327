#include "MessageDialog.h"

#include "actions/ActionError.h"
#include "actions/ActionPlanner.h"
#include "actions/MessageTemplates.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace caseline {

namespace {

const QStringList supportedLanguages{QStringLiteral("en"), QStringLiteral("it"),
                                     QStringLiteral("de"), QStringLiteral("es"),
                                     QStringLiteral("fr")};

} // namespace

MessageDialog::MessageDialog(const SupportCase &item, const std::string &orderId, QWidget *parent)
    : ActionDialog(tr("Message to the customer"), parent)
    , m_case(item)
    , m_orderId(orderId)
{
    // Templates exist in five languages; any other customer reads English.
    m_language = QString::fromStdString(item.customerLanguage);
    if (!supportedLanguages.contains(m_language)) {
        m_language = QStringLiteral("en");
    }

    m_template = new QComboBox(body());
    m_template->setAccessibleName(tr("Template"));
    const std::pair<const char *, QString> templates[] = {
        {"acknowledgement", tr("Acknowledgement")},
        {"return-label", tr("Return label")},
        {"refund", tr("Refund")},
        {"reschedule", tr("Reschedule")},
        {"cancel", tr("Cancellation")},
        {"replace", tr("Replacement")},
    };
    for (const auto &[name, title] : templates) {
        m_template->addItem(title, QString::fromLatin1(name));
    }
    m_template->addItem(tr("Free text"), QString());

    m_channel = new QComboBox(body());
    m_channel->setAccessibleName(tr("Channel"));
    m_channel->addItem(tr("E-mail"), QStringLiteral("email"));
    m_channel->addItem(tr("SMS"), QStringLiteral("sms"));

    m_languageLabel = new QLabel(
        tr("%1 (%2)").arg(QLocale::languageToString(QLocale(m_language).language()), m_language),
        body());
    m_languageLabel->setAccessibleName(tr("Language"));

    m_subject = new QLineEdit(body());
    m_subject->setAccessibleName(tr("Subject"));
    m_subject->setMaxLength(500);
    m_body = new QPlainTextEdit(body());
    m_body->setAccessibleName(tr("Text"));
    m_body->setTabChangesFocus(true);
    m_preview = new QTextBrowser(body());
    m_preview->setAccessibleName(tr("Preview"));
    m_preview->setFocusPolicy(Qt::NoFocus);

    auto *form = new QFormLayout;
    form->addRow(tr("&Template:"), m_template);
    form->addRow(tr("C&hannel:"), m_channel);
    form->addRow(tr("Language:"), m_languageLabel);
    form->addRow(tr("S&ubject:"), m_subject);
    form->addRow(tr("Te&xt:"), m_body);
    form->addRow(tr("Preview:"), m_preview);

    auto *layout = new QVBoxLayout(body());
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);

    connect(m_template, &QComboBox::currentIndexChanged, this, &MessageDialog::fillFromTemplate);
    connect(m_subject, &QLineEdit::textChanged, this, &MessageDialog::updatePreview);
    connect(m_body, &QPlainTextEdit::textChanged, this, &MessageDialog::updatePreview);
    fillFromTemplate();
    resize(560, 520);
}

void MessageDialog::selectTemplate(const QString &name)
{
    const int index = m_template->findData(name);
    m_template->setCurrentIndex(index >= 0 ? index : m_template->count() - 1);
}

void MessageDialog::fillFromTemplate()
{
    const std::string name = m_template->currentData().toString().toStdString();
    m_templateSubject.clear();
    m_templateBody.clear();
    if (!name.empty()) {
        try {
            const PlannedAction plan = MessageTemplates::message(
                name, m_language.toStdString(), m_case.customerId, m_orderId, m_case.reference());
            m_templateSubject = QString::fromStdString(plan.body.at("subject").get<std::string>());
            m_templateBody = QString::fromStdString(plan.body.at("body").get<std::string>());
        } catch (const ActionError &error) {
            showProblem(sentence(error.what()));
        }
    }
    m_subject->setText(m_templateSubject);
    m_body->setPlainText(m_templateBody);
    updatePreview();
}

void MessageDialog::updatePreview()
{
    const QString subject = m_subject->text().toHtmlEscaped();
    const QString text =
        m_body->toPlainText().toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    m_preview->setHtml(QStringLiteral("<p><b>%1</b></p><p>%2</p>").arg(subject, text));
}

void MessageDialog::submit()
{
    const std::string channel = m_channel->currentData().toString().toStdString();
    const std::string subject = m_subject->text().trimmed().toStdString();
    const std::string text = m_body->toPlainText().trimmed().toStdString();
    try {
        PlannedAction plan = ActionPlanner::message(m_case.customerId, m_orderId, channel,
                                                    m_language.toStdString(), subject, text);
        const QString name = m_template->currentData().toString();
        // Only an unchanged template is that template; edited text is the agent's own.
        if (!name.isEmpty() && m_subject->text() == m_templateSubject &&
            m_body->toPlainText() == m_templateBody) {
            plan.body["template"] = name.toStdString();
        }
        showMessage(QString(), MessageTone::None);
        Q_EMIT actionRequested(plan);
    } catch (const ActionError &error) {
        showProblem(sentence(error.what()));
    }
}

} // namespace caseline
