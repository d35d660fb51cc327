#include "domain/SupportCase.h"

#include <gtest/gtest.h>

namespace caseline {
namespace {

TEST(SupportCase, ReadsTheCaseIdFromHowAgentsAndCustomersQuoteIt)
{
    SupportCase item;
    item.id = 42;
    EXPECT_EQ(SupportCase::idFromReference(item.reference()), 42);
    EXPECT_EQ(SupportCase::idFromReference("case-7"), 7);
    EXPECT_EQ(SupportCase::idFromReference(" 12 "), 12);
    for (const char *notACase : {"", "CASE-", "CASE-0", "0", "ORD-1001", "CASE-12a", "-3",
                                 "1234567890123456", "CASE 12"}) {
        EXPECT_FALSE(SupportCase::idFromReference(notACase)) << notACase;
    }
}

} // namespace
} // namespace caseline
