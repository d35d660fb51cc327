#pragma once

#include "itemmodels/CatalogTranslator.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <QTranslator>

namespace caseline {

class MainWindow;

// The language the console speaks: its own catalog (caseline_xx.qm, embedded under :/i18n) and
// Qt's (standard buttons and dialogs), plus the default QLocale, so dates, times, numbers and
// money follow the same choice. Texts are read when widgets are built, so a new choice applies
// from the next start.
class InterfaceLanguage
{
    Q_DECLARE_TR_FUNCTIONS(InterfaceLanguage)

public:
    InterfaceLanguage() = default;
    ~InterfaceLanguage();
    InterfaceLanguage(const InterfaceLanguage &) = delete;
    InterfaceLanguage &operator=(const InterfaceLanguage &) = delete;

    // "en", "it", "de", "es", "fr": the languages Caseline is translated into.
    static const QStringList &codes();
    static bool isKnown(const QString &code);
    // The language's own name: "Italiano", "Deutsch", ...
    static QString nativeName(const QString &code);
    // The command line's choice, else the saved one, else the first of the system's interface
    // languages ("de-AT", "it") that Caseline has, else English.
    static QString choose(const QString &requested, const QString &saved,
                          const QStringList &systemLanguages);
    // The choice made in Settings → Language; empty means "follow the system".
    static QString savedChoice();
    static void saveChoice(const QString &code);
    // Fills the window's Settings → Language menu and saves what the agent picks there, saying
    // in the status bar which language the next start will use.
    static void offerIn(MainWindow &window);

    // Installs the catalogs for `code` (replacing earlier ones) and makes `formats` — or, when
    // it is of another language, the language's usual country — the default locale. Returns
    // false, and leaves the console in English, when the catalog cannot be loaded.
    bool apply(const QString &code, const QLocale &formats = QLocale::system());
    QString current() const { return m_current; }

private:
    void remove();

    CatalogTranslator m_caseline; // silent where what is kept is said in English
    QTranslator m_qt;
    bool m_installed = false;
    QString m_current = QStringLiteral("en");
};

} // namespace caseline
