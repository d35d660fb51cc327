// caseline --demo's embedded back-office: the real caseline-backoffice started as a child,
// its address read without blocking, serving the demo data until stopped.
#include "DemoBackoffice.h"

#include "HttpTestClient.h"
#include "TempDirectory.h"
#include "WaitUntil.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTest>
#include <filesystem>
#include <gtest/gtest.h>

namespace caseline {
namespace {

QCoreApplication &application()
{
    static int argc = 1;
    static char name[] = "DemoBackofficeTest";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    return app;
}

QString binDirectory()
{
    const QString fromEnvironment = qEnvironmentVariable("CASELINE_BIN_DIR");
    return fromEnvironment.isEmpty() ? QStringLiteral(CASELINE_BIN_DIR) : fromEnvironment;
}

// A stand-in caseline-backoffice: a shell script in its own directory.
class StandIn
{
public:
    explicit StandIn(const std::string &body)
    {
        const std::string script =
            m_directory.write("caseline-backoffice", "#!/bin/sh\n" + body + "\n");
        std::filesystem::permissions(script, std::filesystem::perms::owner_all);
    }
    QString directory() const { return QString::fromStdString(m_directory.path().string()); }

private:
    test::TempDirectory m_directory{"caseline-stand-in-backoffice"};
};

class DemoBackofficeTest : public ::testing::Test
{
protected:
    DemoBackofficeTest() { application(); }
};

TEST_F(DemoBackofficeTest, StartsServesTheDemoDataAndStops)
{
    DemoBackoffice demo(binDirectory());
    QSignalSpy ready(&demo, &DemoBackoffice::ready);
    QSignalSpy failed(&demo, &DemoBackoffice::failed);
    demo.start();
    EXPECT_EQ(ready.count(), 0) << "start() must not wait for the child";

    ASSERT_TRUE(test::waitUntil([&] { return ready.count() + failed.count() > 0; },
                                "the demo back-office to be ready or fail"));
    ASSERT_EQ(failed.count(), 0) << failed.at(0).at(0).toString().toStdString();
    const QString baseUrl = ready.at(0).at(0).toString();
    EXPECT_EQ(baseUrl, demo.baseUrl());
    EXPECT_TRUE(baseUrl.startsWith("http://127.0.0.1:")) << baseUrl.toStdString();
    EXPECT_TRUE(demo.isRunning());

    test::HttpTestClient http(baseUrl.toStdString(), 10000);
    const test::HttpResponse order = http.get("/orders/v1/orders/ORD-1001");
    ASSERT_EQ(order.status, 200) << order.describe();
    EXPECT_EQ(order.json().at("id"), "ORD-1001");

    demo.stop();
    EXPECT_FALSE(demo.isRunning());
    EXPECT_TRUE(demo.baseUrl().isEmpty());
    http.setTimeoutMs(2000);
    EXPECT_FALSE(http.get("/orders/v1/orders/ORD-1001").ok()) << "the child must be gone";
    EXPECT_EQ(failed.count(), 0);
}

TEST_F(DemoBackofficeTest, LatencyIsPassedOn)
{
    DemoBackoffice demo(binDirectory());
    QSignalSpy ready(&demo, &DemoBackoffice::ready);
    QSignalSpy failed(&demo, &DemoBackoffice::failed);
    demo.start(400);
    ASSERT_TRUE(test::waitUntil([&] { return ready.count() + failed.count() > 0; },
                                "the demo back-office to be ready or fail"));
    ASSERT_EQ(ready.count(), 1) << failed.at(0).at(0).toString().toStdString();

    test::HttpTestClient http(demo.baseUrl().toStdString(), 10000);
    const auto started = std::chrono::steady_clock::now();
    ASSERT_EQ(http.get("/orders/v1/orders/ORD-1001").status, 200);
    EXPECT_GE(std::chrono::steady_clock::now() - started, std::chrono::milliseconds(380));
}

TEST_F(DemoBackofficeTest, MissingExecutableFailsInWords)
{
    test::TempDirectory empty("caseline-no-backoffice");
    DemoBackoffice demo(QString::fromStdString(empty.path().string()));
    QSignalSpy ready(&demo, &DemoBackoffice::ready);
    QSignalSpy failed(&demo, &DemoBackoffice::failed);
    demo.start();
    EXPECT_EQ(failed.count(), 0) << "reported from the event loop, not inside start()";
    ASSERT_TRUE(failed.wait(5000));
    const QString reason = failed.at(0).at(0).toString();
    EXPECT_TRUE(reason.contains("was not found in")) << reason.toStdString();
    EXPECT_TRUE(reason.contains(QString::fromStdString(empty.path().string())));
    EXPECT_EQ(ready.count(), 0);
    EXPECT_FALSE(demo.isRunning());
}

TEST_F(DemoBackofficeTest, ChildThatEndsEarlyFailsQuotingItsErrors)
{
    // A stand-in that complains and exits before announcing anything.
    StandIn standIn("echo 'cannot open demo data' >&2; exit 3");
    DemoBackoffice demo(standIn.directory());
    QSignalSpy failed(&demo, &DemoBackoffice::failed);
    demo.start();
    ASSERT_TRUE(failed.wait(10000));
    const QString reason = failed.at(0).at(0).toString();
    EXPECT_TRUE(reason.contains("stopped before announcing its address")) << reason.toStdString();
    EXPECT_TRUE(reason.contains("exit code 3")) << reason.toStdString();
    EXPECT_TRUE(reason.contains("cannot open demo data")) << reason.toStdString();
}

TEST_F(DemoBackofficeTest, SilentChildTimesOut)
{
    StandIn standIn("exec sleep 30");
    DemoBackoffice demo(standIn.directory());
    demo.setStartTimeout(300);
    QSignalSpy failed(&demo, &DemoBackoffice::failed);
    demo.start();
    ASSERT_TRUE(failed.wait(10000));
    EXPECT_TRUE(failed.at(0).at(0).toString().contains("did not announce its address within"))
        << failed.at(0).at(0).toString().toStdString();
    EXPECT_FALSE(demo.isRunning()) << "the silent child must have been stopped";
}

TEST_F(DemoBackofficeTest, UnexpectedFirstLineFails)
{
    StandIn standIn("echo 'Segmentation fault in scenario loader'; exec sleep 30");
    DemoBackoffice demo(standIn.directory());
    QSignalSpy failed(&demo, &DemoBackoffice::failed);
    demo.start();
    ASSERT_TRUE(failed.wait(10000));
    EXPECT_TRUE(failed.at(0).at(0).toString().contains(
        "announced \"Segmentation fault in scenario loader\" instead of its address"))
        << failed.at(0).at(0).toString().toStdString();
    EXPECT_FALSE(demo.isRunning());
}

TEST_F(DemoBackofficeTest, ChildEndingAfterReadyIsReported)
{
    StandIn standIn(
        "echo 'listening on http://127.0.0.1:9'; sleep 0.3; echo 'disk full' >&2; exit 4");
    DemoBackoffice demo(standIn.directory());
    QSignalSpy ready(&demo, &DemoBackoffice::ready);
    QSignalSpy ended(&demo, &DemoBackoffice::ended);
    QSignalSpy failed(&demo, &DemoBackoffice::failed);
    demo.start();
    ASSERT_TRUE(ready.wait(10000));
    EXPECT_EQ(ready.at(0).at(0).toString(), "http://127.0.0.1:9");
    ASSERT_TRUE(ended.wait(10000));
    const QString reason = ended.at(0).at(0).toString();
    EXPECT_TRUE(reason.contains("exit code 4")) << reason.toStdString();
    EXPECT_TRUE(reason.contains("disk full")) << reason.toStdString();
    EXPECT_EQ(failed.count(), 0);
    EXPECT_TRUE(demo.baseUrl().isEmpty());
}

} // namespace
} // namespace caseline
