#include "ContactDialog.h"

#include "domain/CaseStatus.h"

#include <QComboBox>
#include <QFormLayout>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace caseline {

namespace {

QString channelTitle(CaseChannel channel)
{
    switch (channel) {
    case CaseChannel::Phone:
        return ContactDialog::tr("Phone");
    case CaseChannel::Email:
        return ContactDialog::tr("E-mail");
    case CaseChannel::Chat:
        return ContactDialog::tr("Chat");
    case CaseChannel::Store:
        return ContactDialog::tr("In the store");
    case CaseChannel::Social:
        return ContactDialog::tr("Social media");
    case CaseChannel::ComplaintForm:
        return ContactDialog::tr("Complaint form");
    }
    return QString::fromStdString(toString(channel));
}

} // namespace

ContactDialog::ContactDialog(QWidget *parent)
    : ActionDialog(tr("Contact with the customer"), parent)
{
    m_direction = new QComboBox(body());
    m_direction->setAccessibleName(tr("Direction"));
    m_direction->addItem(tr("The customer contacted us"), QStringLiteral("inbound"));
    m_direction->addItem(tr("We contacted the customer"), QStringLiteral("outbound"));

    m_channel = new QComboBox(body());
    m_channel->setAccessibleName(tr("Channel"));
    for (const CaseChannel channel :
         {CaseChannel::Phone, CaseChannel::Email, CaseChannel::Chat, CaseChannel::Store,
          CaseChannel::Social, CaseChannel::ComplaintForm}) {
        m_channel->addItem(channelTitle(channel), QString::fromStdString(toString(channel)));
    }

    m_summary = new QPlainTextEdit(body());
    m_summary->setAccessibleName(tr("Summary"));
    m_summary->setTabChangesFocus(true);
    m_summary->setPlaceholderText(tr("What the customer said and what you agreed"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Direction:"), m_direction);
    form->addRow(tr("C&hannel:"), m_channel);
    form->addRow(tr("S&ummary:"), m_summary);
    auto *layout = new QVBoxLayout(body());
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    resize(480, 300);
}

void ContactDialog::submit()
{
    const QString text = m_summary->toPlainText().trimmed();
    if (text.isEmpty()) {
        showProblem(tr("Sum up the contact first."));
        return;
    }
    const QString channel = m_channel->currentData().toString();
    if (!caseChannelFromString(channel.toStdString())) {
        showProblem(
            tr("The channel must be %1.").arg(QString::fromStdString(caseChannelChoices())));
        return;
    }
    showMessage(QString(), MessageTone::None);
    Q_EMIT contactRequested(m_direction->currentData().toString(), channel, text);
}

} // namespace caseline
