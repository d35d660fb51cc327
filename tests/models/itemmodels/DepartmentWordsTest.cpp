#include "itemmodels/DepartmentWords.h"

#include "ItemModelTestKit.h"
#include "MarkingTranslator.h"
#include "itemmodels/AlertListModel.h"

#include <QCoreApplication>
#include <gtest/gtest.h>

namespace caseline::test {
namespace {

TEST(DepartmentWords, TheStartingDepartmentsReadInTheReadersLanguage)
{
    itemModelApplication();
    EXPECT_EQ(DepartmentWords::of("customer-service").toStdString(), "Customer service");
    EXPECT_EQ(DepartmentWords::of("store").toStdString(), "Stores");
    EXPECT_EQ(DepartmentWords::of("returns-desk").toStdString(), "returns desk");

    MarkingTranslator marking(MarkingTranslator::Shows::Source);
    QCoreApplication::installTranslator(&marking);
    const QString finance = DepartmentWords::of("finance");
    const QString own = DepartmentWords::of("returns-desk");
    const QString escalate = AlertListModel::actionTitle(QStringLiteral("escalate:warehouse"));
    QCoreApplication::removeTranslator(&marking);
    EXPECT_EQ(finance.toStdString(), "«Finance»");
    EXPECT_EQ(own.toStdString(), "returns desk")
        << "a department someone added has no catalog entry";
    EXPECT_EQ(escalate.toStdString(), "«Escalate to «Warehouse»»");
}

TEST(DepartmentWords, ATitleSomeoneChoseIsShownAsWritten)
{
    itemModelApplication();
    MarkingTranslator marking(MarkingTranslator::Shows::Source);
    QCoreApplication::installTranslator(&marking);
    const QString first = DepartmentWords::titled("finance", "Finance");
    const QString renamed = DepartmentWords::titled("finance", "Accounts & refunds");
    const QString added = DepartmentWords::titled("returns-desk", "Returns desk");
    QCoreApplication::removeTranslator(&marking);
    EXPECT_EQ(first.toStdString(), "«Finance»");
    EXPECT_EQ(renamed.toStdString(), "Accounts & refunds");
    EXPECT_EQ(added.toStdString(), "Returns desk");
}

} // namespace
} // namespace caseline::test
