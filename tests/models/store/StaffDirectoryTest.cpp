#include "store/StaffDirectory.h"

#include "StoreTestFixture.h"
#include "store/AuditLog.h"
#include "store/StoreError.h"

namespace caseline::test {
namespace {

class StaffDirectoryTest : public StoreTest
{
};

TEST_P(StaffDirectoryTest, SomeoneUnregisteredIsACustomerServiceAgent)
{
    StaffDirectory staff(*db, clock);
    const StaffMember anna = staff.find("anna");
    EXPECT_EQ(anna.department, "customer-service");
    EXPECT_EQ(anna.role, StaffMember::Role::Agent);
    EXPECT_TRUE(anna.login.empty());
}

TEST_P(StaffDirectoryTest, OnceStaffExistOnlyThoseWhoManageStaffChangeThem)
{
    StaffDirectory staff(*db, clock);
    staff.save({"sara", "supervisors", StaffMember::Role::Supervisor, "sara.b"},
               "setup"); // first: anyone
    staff.save({"marco", "finance", StaffMember::Role::Finance, ""}, "sara");
    staff.save({"giulia", "store", StaffMember::Role::StoreStaff, "giulia"}, "sara");
    EXPECT_EQ(staff.all().size(), 3u);
    EXPECT_EQ(staff.find("giulia").role, StaffMember::Role::StoreStaff);
    EXPECT_EQ(staff.find("sara").login, "sara.b");
    try {
        staff.save({"eve", "finance", StaffMember::Role::Supervisor, ""}, "marco");
        ADD_FAILURE() << "finance may not manage staff";
    } catch (const StoreError &error) {
        EXPECT_EQ(error.kind(), StoreError::Kind::Forbidden);
        EXPECT_NE(std::string(error.what()).find("marco (finance) may not manage staff"),
                  std::string::npos)
            << error.what();
    }
    EXPECT_THROW(staff.save({"eve", "marketing", StaffMember::Role::Agent, ""}, "sara"),
                 StoreError);
    EXPECT_THROW(staff.save({"", "finance", StaffMember::Role::Agent, ""}, "sara"), StoreError);
    // A login names one person.
    EXPECT_THROW(staff.save({"eve", "finance", StaffMember::Role::Agent, "giulia"}, "sara"),
                 StoreError);
    EXPECT_EQ(staff.all().size(), 3u);
    EXPECT_FALSE(AuditLog::verify(*db).brokenAt);
}

TEST_P(StaffDirectoryTest, StoredLeadsBecomeSupervisors)
{
    // A store from before roles (step 5) with a lead, upgraded.
    address = std::make_unique<StoreAddress>(freshStore(GetParam(), directory.path().string()));
    db = std::make_unique<CaseDatabase>(*address);
    SchemaMigrations::migrate(*db, 5);
    db->run(QStringLiteral("INSERT INTO staff (name, department, role) VALUES "
                           "('lea', 'customer-service', 'lead'), ('anna', 'store', 'agent')"));
    SchemaMigrations::migrate(*db);
    StaffDirectory staff(*db, clock);
    EXPECT_EQ(staff.find("lea").role, StaffMember::Role::Supervisor);
    EXPECT_EQ(staff.find("anna").role, StaffMember::Role::Agent);
    EXPECT_TRUE(staff.find("lea").login.empty());
}

CASELINE_ON_BOTH_STORES(StaffDirectoryTest);

} // namespace
} // namespace caseline::test
