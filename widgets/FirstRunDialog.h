#pragma once

#include <QDialog>
#include <QString>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace caseline {

class MessageBar;
// Asked once, when `caseline` starts without --demo and nothing is saved yet: where the
// back-office answers (one reference server for every system, or a configuration file) and
// where the cases are kept (an SQLite file or a postgresql:// URL). OK checks the answers the
// same way the console will use them and keeps the dialog open with the reason in words when
// they cannot be used. Saving them is the caller's job.
class FirstRunDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FirstRunDialog(QWidget *parent = nullptr);

    // Prefills the fields (e.g. from QSettings). A non-empty configFile selects the file choice.
    void setValues(const QString &backofficeUrl, const QString &configFile, const QString &store);

    // The reason the last OK was refused; empty when none.
    QString errorText() const;

public Q_SLOTS:
    // Validates; on success emits configured() and accepts, otherwise shows why.
    void accept() override;

Q_SIGNALS:
    // Exactly one of backofficeUrl and configFile is non-empty.
    void configured(const QString &backofficeUrl, const QString &configFile, const QString &store);

private:
    void updateChoice();
    void browseConfigFile();
    void browseStore();
    void refuse(const QString &reason, QWidget *field);

    QRadioButton *m_serverChoice;
    QLineEdit *m_backofficeUrl;
    QRadioButton *m_fileChoice;
    QLineEdit *m_configFile;
    QPushButton *m_browseConfig;
    QLineEdit *m_store;
    QPushButton *m_browseStore;
    MessageBar *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace caseline
