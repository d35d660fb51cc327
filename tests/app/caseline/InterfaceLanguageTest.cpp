// The console's language: which one is chosen, the catalogs and locale it installs, and the
// Settings → Language menu that saves the agent's choice.
#include "InterfaceLanguage.h"

#include "MainWindow.h"
#include "TempDirectory.h"
#include "TestApplication.h"

#include <QAction>
#include <QDate>
#include <QMenu>
#include <QSettings>
#include <QStatusBar>
#include <gtest/gtest.h>

namespace caseline::test {
namespace {

class InterfaceLanguageTest : public ::testing::Test
{
protected:
    InterfaceLanguageTest()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("CaselineTest"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope,
                           QString::fromStdString(directory.file("settings")));
    }
    ~InterfaceLanguageTest() override { language.apply(QStringLiteral("en")); }

    QApplication &app = testApplication();
    TempDirectory directory{"caseline-language"};
    InterfaceLanguage language;
};

TEST_F(InterfaceLanguageTest, TheCommandLineWinsThenTheSavedChoiceThenTheSystem)
{
    const QStringList austrian = {QStringLiteral("de-AT"), QStringLiteral("en-US")};
    EXPECT_EQ(InterfaceLanguage::choose(QStringLiteral("fr"), QStringLiteral("it"), austrian),
              QStringLiteral("fr"));
    EXPECT_EQ(InterfaceLanguage::choose(QString(), QStringLiteral("it"), austrian),
              QStringLiteral("it"));
    EXPECT_EQ(InterfaceLanguage::choose(QString(), QString(), austrian), QStringLiteral("de"));
    EXPECT_EQ(InterfaceLanguage::choose(QString(), QString(), {QStringLiteral("es_MX")}),
              QStringLiteral("es"));
    // No translation for Portuguese: English, the source language.
    EXPECT_EQ(InterfaceLanguage::choose(QStringLiteral("pt"), QString(), {QStringLiteral("pt-BR")}),
              QStringLiteral("en"));
    EXPECT_EQ(InterfaceLanguage::nativeName(QStringLiteral("it")), QStringLiteral("Italiano"));
    EXPECT_EQ(InterfaceLanguage::nativeName(QStringLiteral("de")), QStringLiteral("Deutsch"));
}

TEST_F(InterfaceLanguageTest, ItalianCatalogAndFormats)
{
    ASSERT_TRUE(language.apply(QStringLiteral("it"), QLocale(QLocale::English)));
    EXPECT_EQ(language.current(), QStringLiteral("it"));
    MainWindow window;
    EXPECT_NE(window.dashboardAction()->text(), QStringLiteral("Supervisor &dashboard"));
    // Another language's formats give way to the language's usual country.
    EXPECT_EQ(QLocale().language(), QLocale::Italian);
    EXPECT_EQ(QLocale().toString(1234.5, 'f', 2), QStringLiteral("1.234,50"));
    EXPECT_EQ(QLocale().toString(QDate(2026, 10, 16), QStringLiteral("d MMMM")),
              QStringLiteral("16 ottobre"));
}

TEST_F(InterfaceLanguageTest, TheSystemsCountryIsKeptWhenItSpeaksTheLanguage)
{
    ASSERT_TRUE(language.apply(QStringLiteral("de"), QLocale(QLocale::German, QLocale::Austria)));
    EXPECT_EQ(QLocale().territory(), QLocale::Austria);
    EXPECT_EQ(QLocale().toString(QDate(2026, 1, 5), QStringLiteral("MMMM")),
              QStringLiteral("Jänner"));
}

TEST_F(InterfaceLanguageTest, EnglishHasItsPluralsAndAnUnknownLanguageStaysEnglish)
{
    ASSERT_TRUE(language.apply(QStringLiteral("en")));
    EXPECT_EQ(QCoreApplication::translate("caseline::CaseListPanel", "%n case(s)", nullptr, 1),
              QStringLiteral("1 case"));
    EXPECT_EQ(QCoreApplication::translate("caseline::CaseListPanel", "%n case(s)", nullptr, 3),
              QStringLiteral("3 cases"));
    EXPECT_FALSE(language.apply(QStringLiteral("pt")));
    EXPECT_EQ(language.current(), QStringLiteral("en"));
    MainWindow window;
    EXPECT_EQ(window.dashboardAction()->text(), QStringLiteral("Supervisor &dashboard"));
}

TEST_F(InterfaceLanguageTest, TheSettingsMenuSavesTheChoiceForTheNextStart)
{
    MainWindow window;
    InterfaceLanguage::offerIn(window);
    QStringList names;
    QAction *german = nullptr;
    QAction *system = nullptr;
    for (QAction *action : window.languageMenu()->actions()) {
        if (action->isSeparator()) {
            continue;
        }
        names << action->text();
        if (action->data().toString() == QStringLiteral("de")) {
            german = action;
        }
        if (action->data().toString().isEmpty()) {
            system = action;
        }
    }
    EXPECT_EQ(names.size(), 6) << names.join(QStringLiteral(", ")).toStdString();
    EXPECT_TRUE(names.contains(QStringLiteral("Français")));
    ASSERT_NE(german, nullptr);
    ASSERT_NE(system, nullptr);
    EXPECT_TRUE(system->isChecked()) << "nothing saved yet: the system's language";

    german->trigger();
    EXPECT_EQ(InterfaceLanguage::savedChoice(), QStringLiteral("de"));
    EXPECT_TRUE(german->isChecked());
    EXPECT_TRUE(window.statusBar()->currentMessage().contains(QStringLiteral("Deutsch")))
        << window.statusBar()->currentMessage().toStdString();

    system->trigger();
    EXPECT_TRUE(InterfaceLanguage::savedChoice().isEmpty());
}

} // namespace
} // namespace caseline::test
