#include "itemmodels/CustomerSearchModel.h"

#include "ItemModelTestKit.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <gtest/gtest.h>

using namespace caseline;
using namespace caseline::test;

namespace {

Customer customer(const std::string &id, const std::string &name, const std::string &email,
                  const std::string &phone, const std::string &language)
{
    Customer result;
    result.id = id;
    result.name = name;
    result.email = email;
    result.phone = phone;
    result.language = language;
    result.preferredChannel = "email";
    result.address = {"Via Indipendenza 8", "", "Bologna", "40121", "IT"};
    return result;
}

Order order(const std::string &id, const std::string &customerId, OrderStatus status,
            const std::string &placed, long long total)
{
    Order result;
    result.id = id;
    result.customerId = customerId;
    result.status = status;
    result.placedAt = utc(placed);
    result.currency = "EUR";
    result.total = total;
    result.paid = total;
    return result;
}

SupportCase supportCase(long long id, const std::string &customerId, const std::string &subject,
                        CaseStatus status, const std::string &language)
{
    SupportCase result;
    result.id = id;
    result.customerId = customerId;
    result.customerLanguage = language;
    result.subject = subject;
    result.status = status;
    return result;
}

struct CustomerSearch : ::testing::Test
{
    CustomerSearch() { itemModelApplication(); }

    // "rossi": Giulia (the stilettos) and Marco (a sofa), plus a case of a customer the
    // search matched by case subject only.
    void search()
    {
        model.setResults(
            "rossi",
            {customer("CUS-1", "Giulia Rossi", "giulia.rossi@example.it", "+39 051 555 0101", "it"),
             customer("CUS-2", "Marco Rossi", "", "+39 02 555 0199", "it")},
            {{"CUS-1",
              {order("ORD-1001", "CUS-1", OrderStatus::Delivered, "2026-10-13T17:45:00Z", 4990),
               order("ORD-1001-R1", "CUS-1", OrderStatus::Cancelled, "2026-10-15T09:50:00Z",
                     4990)}},
             {"CUS-2",
              {order("ORD-2002", "CUS-2", OrderStatus::Dispatched, "2026-10-01T11:00:00Z",
                     123450)}}},
            {supportCase(7, "CUS-1", "Wrong item delivered, replacement cancelled",
                         CaseStatus::Open, "it"),
             supportCase(9, "CUS-77", "Rossi & figli: invoice for the office chairs",
                         CaseStatus::WaitingOnCustomer, "de")});
    }

    CustomerSearchModel model;
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::Fatal};
};

} // namespace

TEST_F(CustomerSearch, CustomersWithTheirCasesThenOrdersThenStrayCases)
{
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    search();
    EXPECT_EQ(reset.count(), 1);
    EXPECT_EQ(model.query(), "rossi");
    EXPECT_EQ(model.customerCount(), 2);
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.columnCount(), 1);

    const QModelIndex giulia = model.index(0, 0);
    EXPECT_EQ(giulia.data().toString(), "Giulia Rossi — giulia.rossi@example.it, +39 051 555 0101");
    EXPECT_EQ(giulia.data(CustomerSearchModel::KindRole).toString(), "customer");
    EXPECT_EQ(giulia.data(CustomerSearchModel::CustomerIdRole).toString(), "CUS-1");
    EXPECT_EQ(giulia.data(CustomerSearchModel::LanguageRole).toString(), "it");
    EXPECT_TRUE(giulia.data(Qt::ToolTipRole).toString().contains("40121 Bologna"));
    ASSERT_EQ(model.rowCount(giulia), 3);

    const QModelIndex caseRow = model.index(0, 0, giulia);
    EXPECT_EQ(caseRow.parent(), giulia);
    EXPECT_EQ(caseRow.data().toString(),
              "CASE-7 · Wrong item delivered, replacement cancelled · Open");
    EXPECT_EQ(caseRow.data(CustomerSearchModel::KindRole).toString(), "case");
    EXPECT_EQ(caseRow.data(CustomerSearchModel::CaseIdRole).toLongLong(), 7);
    EXPECT_EQ(caseRow.data(CustomerSearchModel::CustomerIdRole).toString(), "CUS-1");

    const QModelIndex original = model.index(1, 0, giulia);
    EXPECT_EQ(original.data().toString(), "ORD-1001 · Delivered · 13 Oct 2026 · 49.90 EUR");
    EXPECT_EQ(original.data(CustomerSearchModel::KindRole).toString(), "order");
    EXPECT_EQ(original.data(CustomerSearchModel::OrderIdRole).toString(), "ORD-1001");
    EXPECT_EQ(original.data(CustomerSearchModel::CustomerIdRole).toString(), "CUS-1");
    EXPECT_EQ(original.data(CustomerSearchModel::LanguageRole).toString(), "it");
    EXPECT_EQ(model.index(2, 0, giulia).data().toString(),
              "ORD-1001-R1 · Cancelled · 15 Oct 2026 · 49.90 EUR");
    EXPECT_EQ(model.rowCount(original), 0);

    const QModelIndex marco = model.index(1, 0);
    EXPECT_EQ(marco.data().toString(), "Marco Rossi — +39 02 555 0199");
    ASSERT_EQ(model.rowCount(marco), 1);
    EXPECT_EQ(model.index(0, 0, marco).data().toString(),
              "ORD-2002 · Dispatched · 01 Oct 2026 · 1,234.50 EUR");

    const QModelIndex stray = model.index(2, 0);
    EXPECT_EQ(stray.data(CustomerSearchModel::KindRole).toString(), "case");
    EXPECT_EQ(stray.data().toString(),
              "CASE-9 · Rossi & figli: invoice for the office chairs · Waiting on customer");
    EXPECT_EQ(stray.data(CustomerSearchModel::CaseIdRole).toLongLong(), 9);
    EXPECT_EQ(stray.data(CustomerSearchModel::CustomerIdRole).toString(), "CUS-77");
    EXPECT_EQ(stray.data(CustomerSearchModel::LanguageRole).toString(), "de");
    EXPECT_EQ(model.rowCount(stray), 0);
}

TEST_F(CustomerSearch, ANewSearchReplacesTheResultsAndClearEmptiesThem)
{
    search();
    model.setResults("ORD-2002", {customer("CUS-2", "Marco Rossi", "", "+39 02 555 0199", "it")},
                     {}, {});
    EXPECT_EQ(model.query(), "ORD-2002");
    EXPECT_EQ(model.customerCount(), 1);
    ASSERT_EQ(model.rowCount(), 1);
    EXPECT_EQ(model.rowCount(model.index(0, 0)), 0);

    model.clear();
    EXPECT_EQ(model.rowCount(), 0);
    EXPECT_EQ(model.customerCount(), 0);
    EXPECT_EQ(model.query(), "");
}

TEST_F(CustomerSearch, WordsMoneyWithThousandsAndCurrency)
{
    EXPECT_EQ(CustomerSearchModel::money(123450, "EUR"), "1,234.50 EUR");
    EXPECT_EQ(CustomerSearchModel::money(4990, "EUR"), "49.90 EUR");
    EXPECT_EQ(CustomerSearchModel::money(5, "GBP"), "0.05 GBP");
    EXPECT_EQ(CustomerSearchModel::money(-250000000, "EUR"), "-2,500,000.00 EUR");
    EXPECT_EQ(CustomerSearchModel::money(100, ""), "1.00");
}
