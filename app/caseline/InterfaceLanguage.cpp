#include "InterfaceLanguage.h"

#include "MainWindow.h"

#include <QLibraryInfo>
#include <QSettings>

namespace caseline {

namespace {

const QString settingKey = QStringLiteral("interface/language");

} // namespace

InterfaceLanguage::~InterfaceLanguage()
{
    remove();
}

const QStringList &InterfaceLanguage::codes()
{
    static const QStringList all = {QStringLiteral("en"), QStringLiteral("it"),
                                    QStringLiteral("de"), QStringLiteral("es"),
                                    QStringLiteral("fr")};
    return all;
}

bool InterfaceLanguage::isKnown(const QString &code)
{
    return codes().contains(code);
}

QString InterfaceLanguage::nativeName(const QString &code)
{
    const QString name = QLocale(code).nativeLanguageName();
    // QLocale writes some names in lower case ("italiano", "español", "français").
    return name.isEmpty() ? code : name.left(1).toUpper() + name.mid(1);
}

QString InterfaceLanguage::choose(const QString &requested, const QString &saved,
                                  const QStringList &systemLanguages)
{
    if (isKnown(requested)) {
        return requested;
    }
    if (isKnown(saved)) {
        return saved;
    }
    for (const QString &language : systemLanguages) {
        const QString code =
            language.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
        if (isKnown(code)) {
            return code;
        }
    }
    return QStringLiteral("en");
}

QString InterfaceLanguage::savedChoice()
{
    return QSettings().value(settingKey).toString();
}

void InterfaceLanguage::saveChoice(const QString &code)
{
    QSettings settings;
    if (code.isEmpty()) {
        settings.remove(settingKey);
    } else {
        settings.setValue(settingKey, code);
    }
}

void InterfaceLanguage::offerIn(MainWindow &window)
{
    std::vector<std::pair<QString, QString>> languages;
    for (const QString &code : codes()) {
        languages.emplace_back(code, nativeName(code));
    }
    window.setLanguages(languages, savedChoice());
    QObject::connect(&window, &MainWindow::languageChosen, &window, [&window](const QString &code) {
        saveChoice(code);
        const QString next = choose(QString(), code, QLocale::system().uiLanguages());
        window.showMessage(tr("Caseline will speak %1 from its next start.").arg(nativeName(next)),
                           0);
    });
}

bool InterfaceLanguage::apply(const QString &code, const QLocale &formats)
{
    remove();
    if (!isKnown(code) ||
        !m_caseline.load(QStringLiteral("caseline_") + code, QStringLiteral(":/i18n"))) {
        m_current = QStringLiteral("en");
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        return code == QStringLiteral("en");
    }
    QCoreApplication::installTranslator(&m_caseline);
    // Qt's own catalog (the buttons of standard dialogs) ships with Qt; English has none.
    if (m_qt.load(QStringLiteral("qtbase_") + code,
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(&m_qt);
    }
    m_installed = true;
    m_current = code;
    const QLocale chosen(code);
    QLocale::setDefault(formats.language() == chosen.language() ? formats : chosen);
    return true;
}

void InterfaceLanguage::remove()
{
    if (m_installed) {
        QCoreApplication::removeTranslator(&m_caseline);
        QCoreApplication::removeTranslator(&m_qt);
        m_installed = false;
    }
}

} // namespace caseline
