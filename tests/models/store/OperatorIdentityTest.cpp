#include "store/OperatorIdentity.h"

#include "StoreTestFixture.h"
#include "store/StaffDirectory.h"

namespace caseline::test {
namespace {

class OperatorIdentityTest : public StoreTest
{
};

TEST_P(OperatorIdentityTest, MapsTheLoginToAStaffMember)
{
    // On PostgreSQL the server says who is connected; on SQLite the operating system does.
    const std::string login =
        db->driver() == StoreAddress::Driver::Postgresql
            ? db->scalar(QStringLiteral("SELECT current_user")).toString().toStdString()
            : "mrossi";
    EXPECT_EQ(OperatorIdentity::resolve(*db, "mrossi"), login); // not mapped: the login itself
    StaffDirectory(*db, clock)
        .save({"Mario Rossi", "store", StaffMember::Role::StoreStaff, login}, "setup");
    EXPECT_EQ(OperatorIdentity::resolve(*db, "mrossi"), "Mario Rossi");
    if (db->driver() == StoreAddress::Driver::Postgresql) {
        // The operating-system user does not count: the database login does.
        EXPECT_EQ(OperatorIdentity::resolve(*db, "someone-else"), "Mario Rossi");
    } else {
        EXPECT_EQ(OperatorIdentity::resolve(*db, "someone-else"), "someone-else");
    }
}

CASELINE_ON_BOTH_STORES(OperatorIdentityTest);

} // namespace
} // namespace caseline::test
