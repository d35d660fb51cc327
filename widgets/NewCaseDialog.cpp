#include "NewCaseDialog.h"

#include "CaseWords.h"
#include "MessageBar.h"
#include "domain/SupportCase.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace caseline {

NewCaseDialog::NewCaseDialog(const QString &customerId, const QString &orderId,
                             const QString &language, QWidget *parent)
    : QDialog(parent)
    , m_customer(new QLineEdit(customerId, this))
    , m_language(new QComboBox(this))
    , m_subject(new QLineEdit(this))
    , m_channel(new QComboBox(this))
    , m_orders(new QLineEdit(orderId, this))
    , m_problem(new MessageBar(this))
{
    setWindowTitle(tr("New case"));
    auto *form = new QFormLayout;
    for (const QString &code : {QStringLiteral("en"), QStringLiteral("it"), QStringLiteral("de"),
                                QStringLiteral("es"), QStringLiteral("fr")}) {
        m_language->addItem(CaseWords::language(code), code);
    }
    m_language->setCurrentIndex(std::max(0, m_language->findData(language)));
    for (const CaseChannel channel :
         {CaseChannel::Phone, CaseChannel::Store, CaseChannel::Email, CaseChannel::Chat,
          CaseChannel::Social, CaseChannel::ComplaintForm}) {
        const QString code = QString::fromStdString(toString(channel));
        m_channel->addItem(CaseWords::channel(code), code);
    }
    m_customer->setPlaceholderText(tr("e.g. CUS-1001 (search with Ctrl+K)"));
    m_subject->setPlaceholderText(tr("What the customer needs, in a line"));
    m_orders->setPlaceholderText(tr("Order numbers, comma separated — may stay empty"));
    form->addRow(tr("&Customer:"), m_customer);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("&Subject:"), m_subject);
    form->addRow(tr("C&hannel:"), m_channel);
    form->addRow(tr("&Orders:"), m_orders);
    m_customer->setAccessibleName(tr("Customer"));
    m_language->setAccessibleName(tr("Customer's language"));
    m_subject->setAccessibleName(tr("Subject"));
    m_channel->setAccessibleName(tr("How the customer came"));
    m_orders->setAccessibleName(tr("Order numbers"));
    m_problem->setAccessibleName(tr("Why the case cannot be opened"));
    m_problem->setCloseButtonVisible(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Open case"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NewCaseDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    (customerId.isEmpty() ? m_customer : m_subject)->setFocus();
}

void NewCaseDialog::showProblem(const QString &text)
{
    m_problem->showMessage(text, MessageBar::State::Error);
    setEnabled(true);
}

void NewCaseDialog::submit()
{
    SupportCase draft;
    draft.customerId = m_customer->text().trimmed().toStdString();
    draft.customerLanguage = m_language->currentData().toString().toStdString();
    draft.subject = m_subject->text().trimmed().toStdString();
    draft.channel = *caseChannelFromString(m_channel->currentData().toString().toStdString());
    draft.department = "customer-service";
    if (draft.customerId.empty()) {
        showProblem(tr("Who is the customer? Search for them with Ctrl+K or type their number."));
        return;
    }
    if (draft.subject.empty()) {
        showProblem(tr("Say in a line what the customer needs."));
        return;
    }
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    for (const QString &order : m_orders->text().split(separators, Qt::SkipEmptyParts)) {
        draft.links.push_back({"order", order.toUpper().toStdString()});
    }
    showProblem({});
    setEnabled(false); // until the store answers
    Q_EMIT caseRequested(draft);
}

} // namespace caseline
