#include "FirstRunDialog.h"

#include "MessageBar.h"
#include "backoffice/BackofficeConfig.h"
#include "store/StoreAddress.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>
#include <exception>

namespace caseline {

FirstRunDialog::FirstRunDialog(QWidget *parent)
    : QDialog(parent)
    , m_serverChoice(new QRadioButton(tr("One &back-office server for every system"), this))
    , m_backofficeUrl(new QLineEdit(this))
    , m_fileChoice(new QRadioButton(tr("A configuration &file"), this))
    , m_configFile(new QLineEdit(this))
    , m_browseConfig(new QPushButton(tr("Bro&wse…"), this))
    , m_store(new QLineEdit(this))
    , m_browseStore(new QPushButton(tr("Brow&se…"), this))
    , m_error(new MessageBar(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Set up Caseline"));

    auto *intro = new QLabel(tr("Tell Caseline where the back-office systems answer and where "
                                "the cases are kept. You can change this later."),
                             this);
    intro->setWordWrap(true);

    m_serverChoice->setObjectName(QStringLiteral("serverChoice"));
    m_serverChoice->setAccessibleName(tr("One back-office server for every system"));
    m_backofficeUrl->setObjectName(QStringLiteral("backofficeUrl"));
    m_backofficeUrl->setAccessibleName(tr("Back-office server address"));
    m_backofficeUrl->setPlaceholderText(QStringLiteral("http://127.0.0.1:8480"));
    m_fileChoice->setObjectName(QStringLiteral("fileChoice"));
    m_fileChoice->setAccessibleName(tr("A configuration file"));
    m_configFile->setObjectName(QStringLiteral("configFile"));
    m_configFile->setAccessibleName(tr("Back-office configuration file"));
    m_configFile->setPlaceholderText(tr("caseline.json: per-system addresses and tokens"));
    m_browseConfig->setObjectName(QStringLiteral("browseConfig"));
    m_browseConfig->setAccessibleName(tr("Browse for the configuration file"));
    m_store->setObjectName(QStringLiteral("store"));
    m_store->setAccessibleName(tr("Case store"));
    m_store->setPlaceholderText(tr("an SQLite file, or postgresql://user@host/database"));
    m_browseStore->setObjectName(QStringLiteral("browseStore"));
    m_browseStore->setAccessibleName(tr("Browse for the SQLite case store file"));
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setAccessibleName(tr("Why the settings cannot be used"));
    m_error->setCloseButtonVisible(false);

    auto *backoffice = new QGroupBox(tr("Back-office"), this);
    auto *backofficeLayout = new QVBoxLayout(backoffice);
    backofficeLayout->addWidget(m_serverChoice);
    backofficeLayout->addWidget(m_backofficeUrl);
    backofficeLayout->addWidget(m_fileChoice);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_configFile, 1);
    fileRow->addWidget(m_browseConfig);
    backofficeLayout->addLayout(fileRow);

    auto *storeBox = new QGroupBox(tr("Cases"), this);
    auto *storeLayout = new QFormLayout(storeBox);
    auto *storeRow = new QHBoxLayout;
    storeRow->addWidget(m_store, 1);
    storeRow->addWidget(m_browseStore);
    auto *storeLabel = new QLabel(tr("Case s&tore:"), storeBox);
    storeLabel->setBuddy(m_store);
    storeLayout->addRow(storeLabel, storeRow);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(backoffice);
    layout->addWidget(storeBox);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    m_buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("Use these settings"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    m_buttons->button(QDialogButtonBox::Ok)->setDefault(true);

    setTabOrder(m_serverChoice, m_backofficeUrl);
    setTabOrder(m_backofficeUrl, m_fileChoice);
    setTabOrder(m_fileChoice, m_configFile);
    setTabOrder(m_configFile, m_browseConfig);
    setTabOrder(m_browseConfig, m_store);
    setTabOrder(m_store, m_browseStore);
    setTabOrder(m_browseStore, m_buttons);

    m_serverChoice->setChecked(true);
    connect(m_serverChoice, &QRadioButton::toggled, this, &FirstRunDialog::updateChoice);
    connect(m_browseConfig, &QPushButton::clicked, this, &FirstRunDialog::browseConfigFile);
    connect(m_browseStore, &QPushButton::clicked, this, &FirstRunDialog::browseStore);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &FirstRunDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &FirstRunDialog::reject);
    updateChoice();
}

void FirstRunDialog::setValues(const QString &backofficeUrl, const QString &configFile,
                               const QString &store)
{
    m_backofficeUrl->setText(backofficeUrl);
    m_configFile->setText(configFile);
    m_store->setText(store);
    (configFile.isEmpty() ? m_serverChoice : m_fileChoice)->setChecked(true);
    updateChoice();
}

QString FirstRunDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void FirstRunDialog::updateChoice()
{
    const bool server = m_serverChoice->isChecked();
    m_backofficeUrl->setEnabled(server);
    m_configFile->setEnabled(!server);
    m_browseConfig->setEnabled(!server);
}

void FirstRunDialog::browseConfigFile()
{
    auto *dialog = new QFileDialog(this, tr("Back-office configuration file"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters({tr("Configuration (*.json)"), tr("All files (*)")});
    if (!m_configFile->text().trimmed().isEmpty()) {
        dialog->selectFile(m_configFile->text().trimmed());
    }
    connect(dialog, &QFileDialog::fileSelected, m_configFile, &QLineEdit::setText);
    dialog->open();
}

void FirstRunDialog::browseStore()
{
    auto *dialog = new QFileDialog(this, tr("SQLite case store"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // An existing store or the name of a new one: the console creates it on first use.
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setOption(QFileDialog::DontConfirmOverwrite);
    dialog->setNameFilters({tr("SQLite (*.sqlite *.db)"), tr("All files (*)")});
    connect(dialog, &QFileDialog::fileSelected, m_store, &QLineEdit::setText);
    dialog->open();
}

void FirstRunDialog::refuse(const QString &reason, QWidget *field)
{
    m_error->showMessage(reason, MessageBar::State::Error);
    m_error->setAccessibleDescription(reason);
    field->setFocus();
}

void FirstRunDialog::accept()
{
    const bool server = m_serverChoice->isChecked();
    const QString url = server ? m_backofficeUrl->text().trimmed() : QString();
    const QString file = server ? QString() : m_configFile->text().trimmed();
    QString store = m_store->text().trimmed();

    std::string storeInConfig;
    if (server) {
        if (url.isEmpty()) {
            refuse(tr("Enter the address of the back-office server, e.g. "
                      "http://127.0.0.1:8480."),
                   m_backofficeUrl);
            return;
        }
        try {
            BackofficeConfig::forReferenceServer(url.toStdString());
        } catch (const std::exception &error) {
            refuse(tr("The back-office address cannot be used: %1")
                       .arg(QString::fromStdString(error.what())),
                   m_backofficeUrl);
            return;
        }
    } else {
        if (file.isEmpty()) {
            refuse(tr("Choose the back-office configuration file."), m_configFile);
            return;
        }
        try {
            storeInConfig = BackofficeConfig::fromFile(file).store();
        } catch (const std::exception &error) {
            refuse(tr("The configuration file cannot be used: %1")
                       .arg(QString::fromStdString(error.what())),
                   m_configFile);
            return;
        }
    }
    // A configuration file may name the store itself.
    if (store.isEmpty() && !storeInConfig.empty()) {
        store = QString::fromStdString(storeInConfig);
    }
    if (store.isEmpty()) {
        refuse(tr("Choose where the cases are kept: an SQLite file, or a postgresql:// address "
                  "shared by the team."),
               m_store);
        return;
    }
    try {
        StoreAddress::parse(store.toStdString());
    } catch (const std::exception &error) {
        refuse(tr("The case store cannot be used: %1").arg(QString::fromStdString(error.what())),
               m_store);
        return;
    }

    m_error->showMessage(QString(), MessageBar::State::Error);
    Q_EMIT configured(url, file, store);
    QDialog::accept();
}

} // namespace caseline
