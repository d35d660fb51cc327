#pragma once

#include "itemmodels/CatalogTranslator.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <gtest/gtest.h>

namespace caseline::test {

// One of the real catalogs (translations/caseline_<code>.ts, built into the test under :/i18n)
// installed as the console installs it, with the language's own formats, while it lives.
class InstalledCatalog
{
public:
    explicit InstalledCatalog(const QString &code)
    {
        EXPECT_TRUE(m_translator.load(QStringLiteral("caseline_") + code, QStringLiteral(":/i18n")))
            << "no catalog for " << code.toStdString();
        QCoreApplication::installTranslator(&m_translator);
        QLocale::setDefault(QLocale(code));
    }
    ~InstalledCatalog()
    {
        QCoreApplication::removeTranslator(&m_translator);
        QLocale::setDefault(QLocale::c());
    }
    InstalledCatalog(const InstalledCatalog &) = delete;
    InstalledCatalog &operator=(const InstalledCatalog &) = delete;

    // What the catalog says for a text of CaseEntryWording (empty where it has nothing).
    QString says(const char *source, const char *disambiguation = nullptr) const
    {
        return m_translator.translate("CaseEntryWording", source, disambiguation);
    }

private:
    CatalogTranslator m_translator;
};

} // namespace caseline::test
