// The first-run dialog: refuses unusable answers in words without closing, and hands usable
// ones over through configured().
#include "FirstRunDialog.h"

#include "TempDirectory.h"
#include "TestApplication.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <gtest/gtest.h>
#include <vector>

namespace caseline {
namespace {

// The test program's one application (its end is ordered after the last test).
QApplication &application()
{
    return test::testApplication();
}

class FirstRunDialogTest : public ::testing::Test
{
protected:
    FirstRunDialogTest()
    {
        // Recorded by hand: this test links Qt Widgets only, not Qt Test's QSignalSpy.
        QObject::connect(&dialog, &FirstRunDialog::configured, &dialog,
                         [this](const QString &url, const QString &file, const QString &store) {
                             configured.push_back({url, file, store});
                         });
        QObject::connect(&dialog, &QDialog::accepted, &dialog, [this] { ++accepted; });
    }

    template<typename T>
    T *child(const char *name)
    {
        T *found = dialog.findChild<T *>(QLatin1String(name));
        EXPECT_NE(found, nullptr) << name;
        return found;
    }

    void pressOk()
    {
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    }

    QApplication &app = application(); // before any widget
    test::TempDirectory directory{"caseline-first-run"};
    FirstRunDialog dialog;
    std::vector<QStringList> configured; // backofficeUrl, configFile, store
    int accepted = 0;
};

TEST_F(FirstRunDialogTest, BadUrlIsExplainedAndNothingIsConfigured)
{
    dialog.show();
    child<QLineEdit>("backofficeUrl")->setText(QStringLiteral("ftp://backoffice"));
    child<QLineEdit>("store")->setText(QString::fromStdString(directory.file("cases.sqlite")));
    pressOk();

    EXPECT_TRUE(configured.empty());
    EXPECT_EQ(accepted, 0);
    EXPECT_TRUE(dialog.isVisible()) << "a refused answer must not close the dialog";
    EXPECT_TRUE(dialog.errorText().startsWith("The back-office address cannot be used"))
        << dialog.errorText().toStdString();
    EXPECT_TRUE(dialog.errorText().contains("ftp://backoffice"));
    EXPECT_TRUE(child<QWidget>("error")->isVisibleTo(&dialog));

    child<QLineEdit>("backofficeUrl")->clear();
    pressOk();
    EXPECT_TRUE(configured.empty());
    EXPECT_TRUE(dialog.errorText().startsWith("Enter the address of the back-office server"));
}

TEST_F(FirstRunDialogTest, GoodUrlAndSqlitePathAreConfigured)
{
    dialog.show();
    const QString store = QString::fromStdString(directory.file("cases.sqlite"));
    child<QLineEdit>("backofficeUrl")->setText(QStringLiteral(" http://127.0.0.1:8480 "));
    child<QLineEdit>("store")->setText(store);
    pressOk();

    ASSERT_EQ(configured.size(), 1u) << dialog.errorText().toStdString();
    const QStringList &arguments = configured.front();
    EXPECT_EQ(arguments.at(0), "http://127.0.0.1:8480");
    EXPECT_EQ(arguments.at(1), "");
    EXPECT_EQ(arguments.at(2), store);
    EXPECT_EQ(accepted, 1);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(dialog.errorText().isEmpty());
}

TEST_F(FirstRunDialogTest, MissingConfigFileIsExplained)
{
    dialog.show();
    const QString missing = QString::fromStdString(directory.file("nowhere.json"));
    dialog.setValues(QString(), missing, QStringLiteral("postgresql://anna@db/caseline"));
    EXPECT_TRUE(child<QRadioButton>("fileChoice")->isChecked());
    EXPECT_FALSE(child<QLineEdit>("backofficeUrl")->isEnabled());
    pressOk();

    EXPECT_TRUE(configured.empty());
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_TRUE(dialog.errorText().startsWith("The configuration file cannot be used"))
        << dialog.errorText().toStdString();
    EXPECT_TRUE(dialog.errorText().contains("nowhere.json")) << dialog.errorText().toStdString();
}

TEST_F(FirstRunDialogTest, ConfigFileMayNameTheStore)
{
    const std::string file = directory.write(
        "caseline.json",
        R"({"backoffice": "http://127.0.0.1:8480", "store": "postgresql://anna@db/caseline"})");
    dialog.show();
    dialog.setValues(QString(), QString::fromStdString(file), QString());
    pressOk();

    ASSERT_EQ(configured.size(), 1u) << dialog.errorText().toStdString();
    const QStringList &arguments = configured.front();
    EXPECT_EQ(arguments.at(0), "");
    EXPECT_EQ(arguments.at(1), QString::fromStdString(file));
    EXPECT_EQ(arguments.at(2), "postgresql://anna@db/caseline");
}

TEST_F(FirstRunDialogTest, BadStoreIsExplained)
{
    dialog.show();
    dialog.setValues(QStringLiteral("http://127.0.0.1:8480"), QString(),
                     QStringLiteral("mysql://db/cases"));
    EXPECT_TRUE(child<QRadioButton>("serverChoice")->isChecked());
    pressOk();
    EXPECT_TRUE(configured.empty());
    EXPECT_TRUE(dialog.errorText().startsWith("The case store cannot be used"))
        << dialog.errorText().toStdString();

    child<QLineEdit>("store")->clear();
    pressOk();
    EXPECT_TRUE(configured.empty());
    EXPECT_TRUE(dialog.errorText().startsWith("Choose where the cases are kept"));
}

TEST_F(FirstRunDialogTest, BrowseOpensAFileDialogWithoutBlocking)
{
    const std::string file = directory.write("chosen.json", "{}");
    dialog.show();
    child<QRadioButton>("fileChoice")->setChecked(true);
    child<QPushButton>("browseConfig")->click(); // returns at once: open(), not exec()
    auto *picker = dialog.findChild<QFileDialog *>();
    ASSERT_NE(picker, nullptr);
    EXPECT_TRUE(picker->isVisible());
    Q_EMIT picker->fileSelected(QString::fromStdString(file));
    EXPECT_EQ(child<QLineEdit>("configFile")->text(), QString::fromStdString(file));
    picker->reject();
}

TEST_F(FirstRunDialogTest, EveryControlHasAnAccessibleName)
{
    for (const char *name : {"serverChoice", "backofficeUrl", "fileChoice", "configFile",
                             "browseConfig", "store", "browseStore", "error"}) {
        EXPECT_FALSE(child<QWidget>(name)->accessibleName().isEmpty()) << name;
    }
    // Keyboard order follows the form: server, its address, file, its path, browse, store.
    EXPECT_EQ(child<QWidget>("serverChoice")->nextInFocusChain(), child<QWidget>("backofficeUrl"));
    EXPECT_EQ(child<QWidget>("configFile")->nextInFocusChain(), child<QWidget>("browseConfig"));
    EXPECT_EQ(child<QWidget>("browseConfig")->nextInFocusChain(), child<QWidget>("store"));
}

} // namespace
} // namespace caseline
