// PostgresUrl: the connection URLs that name the tests' PostgreSQL servers and databases.
#include "PostgresUrl.h"

#include <gtest/gtest.h>
#include <ostream>
#include <stdexcept>

namespace caseline::test {

// Failure messages show the parts, not the bytes.
void PrintTo(const PostgresUrl &url, std::ostream *out)
{
    *out << "{user \"" << url.user << "\", password \"" << url.password << "\", host \"" << url.host
         << "\", port " << url.port << ", database \"" << url.database << "\"}";
}

namespace {

PostgresUrl parts(std::string user, std::string password, std::string host, int port,
                  std::string database)
{
    return PostgresUrl{std::move(user), std::move(password), std::move(host), port,
                       std::move(database)};
}

TEST(PostgresUrlTest, ReadsEveryPart)
{
    EXPECT_EQ(PostgresUrl::parse("postgresql://caseline:s3cret@127.0.0.1:5433/cases"),
              parts("caseline", "s3cret", "127.0.0.1", 5433, "cases"));
}

TEST(PostgresUrlTest, LeavesOutWhatIsNotGiven)
{
    EXPECT_EQ(PostgresUrl::parse("postgres://db.example"), parts("", "", "db.example", 5432, ""));
    EXPECT_EQ(PostgresUrl::parse("postgresql://caseline@db.example/"),
              parts("caseline", "", "db.example", 5432, ""));
}

TEST(PostgresUrlTest, IgnoresParametersAndDecodesEscapes)
{
    EXPECT_EQ(
        PostgresUrl::parse("postgresql://an%40agent:p%3Aw%2Fd@[::1]:6000/t%20x?sslmode=disable"),
        parts("an@agent", "p:w/d", "::1", 6000, "t x"));
}

TEST(PostgresUrlTest, TextReadsBackToTheSameParts)
{
    const PostgresUrl url = parts("an@agent", "p:w/d", "::1", 6000, "t x");
    EXPECT_EQ(url.text(), "postgresql://an%40agent:p%3Aw%2Fd@[::1]:6000/t%20x");
    EXPECT_EQ(PostgresUrl::parse(url.text()), url);
}

TEST(PostgresUrlTest, PlainNamesStayReadable)
{
    EXPECT_EQ(parts("caseline", "", "127.0.0.1", 40123, "t_12_3").text(),
              "postgresql://caseline@127.0.0.1:40123/t_12_3");
}

TEST(PostgresUrlTest, RejectsWhatIsNotAPostgresUrl)
{
    for (const char *text :
         {"", "http://127.0.0.1:5432/x", "postgresql://", "postgresql://caseline@/x",
          "postgresql://h:0/x", "postgresql://h:65536/x", "postgresql://h:54a/x",
          "postgresql://h:/x", "postgresql://[::1/x", "postgresql://[::1]x/y",
          "postgresql://h/bad%2"}) {
        EXPECT_THROW(PostgresUrl::parse(text), std::runtime_error) << text;
    }
}

} // namespace
} // namespace caseline::test
