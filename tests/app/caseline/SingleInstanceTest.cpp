// One console per user: a later instance hands its request to the running one over a local
// socket; a socket left by a crashed console does not stop the next one; bad frames are ignored.
#include "SingleInstance.h"

#include "WaitUntil.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>
#include <future>
#include <gtest/gtest.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace caseline {
namespace {

QCoreApplication &application()
{
    static int argc = 1;
    static char name[] = "SingleInstanceTest";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    return app;
}

QString uniqueKey()
{
    return QStringLiteral("caseline-test-") + QUuid::createUuid().toString(QUuid::Id128);
}

// handOff() blocks its thread, so it runs beside the test's event loop, where the listening
// instance answers.
std::future<bool> handOffInBackground(const QString &key, const QStringList &request)
{
    return std::async(std::launch::async, [key, request] {
        SingleInstance later(key);
        return later.handOff(request, 5000);
    });
}

bool finishWhileServing(std::future<bool> &result)
{
    const ::testing::AssertionResult done = test::waitUntil(
        [&result] { return result.wait_for(std::chrono::seconds(0)) == std::future_status::ready; },
        "the other instance to finish");
    EXPECT_TRUE(done);
    return done && result.get();
}

class SingleInstanceTest : public ::testing::Test
{
protected:
    SingleInstanceTest() { application(); }
    const QString key = uniqueKey();
};

TEST_F(SingleInstanceTest, LaterInstanceHandsItsRequestToTheRunningOne)
{
    SingleInstance running(key);
    ASSERT_TRUE(running.listen()) << running.errorString().toStdString();
    QSignalSpy received(&running, &SingleInstance::requestReceived);

    const QStringList lookup{QStringLiteral("lookup"), QStringLiteral("+39 333 1234567 \"ü\"")};
    auto first = handOffInBackground(key, lookup);
    EXPECT_TRUE(finishWhileServing(first));
    ASSERT_TRUE(received.count() == 1 || received.wait(5000));
    EXPECT_EQ(received.at(0).at(0).toStringList(), lookup);

    auto second = handOffInBackground(key, {QStringLiteral("open"), QStringLiteral("12")});
    EXPECT_TRUE(finishWhileServing(second));
    ASSERT_TRUE(received.count() == 2 || received.wait(5000));
    EXPECT_EQ(received.at(1).at(0).toStringList(), QStringList({"open", "12"}));

    // An empty request (just "come to the front") is a request too.
    auto empty = handOffInBackground(key, {});
    EXPECT_TRUE(finishWhileServing(empty));
    ASSERT_TRUE(received.count() == 3 || received.wait(5000));
    EXPECT_TRUE(received.at(2).at(0).toStringList().isEmpty());
}

TEST_F(SingleInstanceTest, HandOffWithoutARunningInstanceFails)
{
    SingleInstance alone(key);
    EXPECT_FALSE(alone.handOff({QStringLiteral("open"), QStringLiteral("1")}, 500));
}

TEST_F(SingleInstanceTest, SecondInstanceDoesNotTakeOverALiveOne)
{
    SingleInstance running(key);
    ASSERT_TRUE(running.listen());
    SingleInstance later(key);
    EXPECT_FALSE(later.listen());
    EXPECT_TRUE(running.isListening());
}

TEST_F(SingleInstanceTest, StaleSocketOfACrashedInstanceDoesNotStopListen)
{
    // A bound socket file with nobody listening: what a killed console leaves behind.
    const QByteArray path = QFile::encodeName(QDir(QDir::tempPath()).filePath(key));
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    ASSERT_GE(fd, 0);
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    ASSERT_LT(static_cast<size_t>(path.size()), sizeof address.sun_path);
    std::memcpy(address.sun_path, path.constData(), static_cast<size_t>(path.size()));
    ASSERT_EQ(::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address), 0);
    ::close(fd);
    ASSERT_TRUE(QFile::exists(QString::fromLocal8Bit(path)));

    SingleInstance next(key);
    ASSERT_TRUE(next.listen()) << next.errorString().toStdString();
    QSignalSpy received(&next, &SingleInstance::requestReceived);
    auto handOff = handOffInBackground(key, {QStringLiteral("lookup"), QStringLiteral("ORD-1")});
    EXPECT_TRUE(finishWhileServing(handOff));
    EXPECT_TRUE(received.count() == 1 || received.wait(5000));
}

TEST_F(SingleInstanceTest, MalformedAndOversizedFramesAreIgnored)
{
    SingleInstance running(key);
    ASSERT_TRUE(running.listen());
    QSignalSpy received(&running, &SingleInstance::requestReceived);

    auto sendRaw = [this](QByteArray bytes) {
        return std::async(std::launch::async, [this, bytes] {
            QLocalSocket socket;
            socket.connectToServer(key);
            if (!socket.waitForConnected(5000)) {
                return QByteArray("not connected");
            }
            socket.write(bytes);
            socket.waitForBytesWritten(5000);
            QByteArray answer;
            while (socket.waitForReadyRead(2000)) {
                answer += socket.readAll();
            }
            return answer;
        });
    };
    auto answered = [](std::future<QByteArray> &result) {
        const bool done = test::waitUntil(
            [&result] {
                return result.wait_for(std::chrono::seconds(0)) == std::future_status::ready;
            },
            "the instance's answer");
        return done ? result.get() : QByteArray("no answer in time");
    };

    auto notJson = sendRaw("lookup +39\n");
    EXPECT_EQ(answered(notJson), QByteArray());
    auto notStrings = sendRaw("[\"open\", 12]\n");
    EXPECT_EQ(answered(notStrings), QByteArray());
    auto object = sendRaw("{\"open\": \"12\"}\n");
    EXPECT_EQ(answered(object), QByteArray());
    auto oversized = sendRaw(QByteArray(SingleInstance::maxFrameBytes + 100, 'x'));
    EXPECT_EQ(answered(oversized), QByteArray());
    EXPECT_EQ(received.count(), 0);

    // Still serving after all that.
    auto good = handOffInBackground(key, {QStringLiteral("open"), QStringLiteral("3")});
    EXPECT_TRUE(finishWhileServing(good));
    EXPECT_TRUE(received.count() == 1 || received.wait(5000));
}

TEST(SingleInstanceKey, IsPerUserAndSafeAsAName)
{
    const QString key = SingleInstance::defaultKey();
    EXPECT_TRUE(key.startsWith("caseline-console-")) << key.toStdString();
    EXPECT_FALSE(key.contains('/'));
    EXPECT_FALSE(key.contains(' '));
}

} // namespace
} // namespace caseline
