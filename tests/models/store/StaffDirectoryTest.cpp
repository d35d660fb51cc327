#include "store/StaffDirectory.h"

#include "StoreTestFixture.h"
#include "store/StoreError.h"

namespace caseline::test {
namespace {

class StaffDirectoryTest : public StoreTest
{
};

TEST_P(StaffDirectoryTest, SomeoneUnregisteredIsACustomerServiceAgent)
{
    StaffDirectory staff(*db, clock);
    const StaffMember unknown = staff.find("anna");
    EXPECT_EQ(unknown.department, "customer-service");
    EXPECT_EQ(unknown.role, StaffMember::Role::Agent);
    EXPECT_NO_THROW(staff.requireRefundAllowed("anna", StaffDirectory::largeRefund));
    EXPECT_THROW(staff.requireRefundAllowed("anna", StaffDirectory::largeRefund + 1), StoreError);
    EXPECT_THROW(staff.requireMayAnswer("anna", "finance"), StoreError);
    EXPECT_NO_THROW(staff.requireMayAnswer("anna", "customer-service"));
}

TEST_P(StaffDirectoryTest, RolesAndDepartmentsDecide)
{
    StaffDirectory staff(*db, clock);
    staff.save({"sara", "supervisors", StaffMember::Role::Lead}, "setup"); // first: anyone
    staff.save({"marco", "finance", StaffMember::Role::Agent}, "sara");
    staff.save({"lea", "customer-service", StaffMember::Role::Lead}, "sara");
    EXPECT_EQ(staff.all().size(), 3u);
    EXPECT_NO_THROW(staff.requireRefundAllowed("marco", 50000));  // finance
    EXPECT_NO_THROW(staff.requireRefundAllowed("lea", 50000));    // a lead
    EXPECT_NO_THROW(staff.requireMayAnswer("sara", "warehouse")); // supervisors answer anything
    EXPECT_THROW(staff.requireMayAnswer("marco", "warehouse"), StoreError);
    // Once staff exist, only leads and supervisors change them.
    EXPECT_THROW(staff.save({"eve", "finance", StaffMember::Role::Lead}, "marco"), StoreError);
    EXPECT_THROW(staff.save({"eve", "marketing", StaffMember::Role::Agent}, "sara"), StoreError);
    EXPECT_THROW(staff.save({"", "finance", StaffMember::Role::Agent}, "sara"), StoreError);
    EXPECT_EQ(staff.all().size(), 3u);
}

CASELINE_ON_BOTH_STORES(StaffDirectoryTest);

} // namespace
} // namespace caseline::test
