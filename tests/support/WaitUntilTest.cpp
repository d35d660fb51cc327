// waitUntil: returns as soon as what it waits for holds, whether an event announces it or
// another thread sets it, without a sleep between passes; and when it never comes, it gives up
// at its limit saying what it waited for.
#include "WaitUntil.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimer>
#include <atomic>
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <thread>

namespace caseline::test {
namespace {

using namespace std::chrono_literals;
using ::testing::HasSubstr;

class WaitUntilTest : public ::testing::Test
{
protected:
    int argc = 1;
    char name[14] = "WaitUntilTest";
    char *argv[2] = {name, nullptr};
    QCoreApplication application{argc, argv};
};

TEST_F(WaitUntilTest, WhatAlreadyHoldsIsNotWaitedFor)
{
    bool eventRan = false;
    QTimer::singleShot(0, &application, [&] { eventRan = true; });
    int checks = 0;
    EXPECT_TRUE(waitUntil(
        [&] {
            ++checks;
            return true;
        },
        "nothing"));
    EXPECT_EQ(checks, 1);
    EXPECT_FALSE(eventRan) << "the event loop was spun for nothing";
}

TEST_F(WaitUntilTest, RunsTheEventLoopUntilAQueuedAnswerArrives)
{
    bool answered = false;
    QTimer::singleShot(50, &application, [&] { answered = true; });
    QElapsedTimer elapsed;
    elapsed.start();
    EXPECT_TRUE(waitUntil([&] { return answered; }, "the answer"));
    EXPECT_GE(elapsed.elapsed(), 45);
    EXPECT_LT(elapsed.elapsed(), 10000);
}

TEST_F(WaitUntilTest, NoticesWhatAnotherThreadSetsWithoutAnEvent)
{
    std::atomic<bool> set = false;
    std::thread other([&] {
        std::this_thread::sleep_for(50ms);
        set = true;
    });
    QElapsedTimer elapsed;
    elapsed.start();
    EXPECT_TRUE(waitUntil([&] { return set.load(); }, "the other thread's flag"));
    EXPECT_LT(elapsed.elapsed(), 10000);
    other.join();
}

// The benchmarks measure through it: an answer is noticed when it arrives, not after a nap
// (QTest::qWaitFor sleeps 10 ms a pass, so 50 waits would take half a second).
TEST_F(WaitUntilTest, WakesAtTheAnswerNotAfterANap)
{
    QElapsedTimer elapsed;
    elapsed.start();
    for (int i = 0; i < 50; ++i) {
        bool answered = false;
        QTimer::singleShot(0, &application, [&] { answered = true; });
        ASSERT_TRUE(waitUntil([&] { return answered; }, "the posted answer"));
    }
    EXPECT_LT(elapsed.elapsed(), 300);
}

TEST_F(WaitUntilTest, GivesUpAtItsLimitSayingWhatItWaitedFor)
{
    QElapsedTimer elapsed;
    elapsed.start();
    const ::testing::AssertionResult result =
        waitUntil([] { return false; }, "a reply that never comes", 200ms);
    EXPECT_FALSE(result);
    EXPECT_GE(elapsed.elapsed(), 195);
    EXPECT_LT(elapsed.elapsed(), 10000);
    EXPECT_THAT(result.message(), HasSubstr("a reply that never comes"));
    EXPECT_THAT(result.message(), HasSubstr("200 ms"));
}

TEST(WaitLimitTest, IsGenerousForABusyMachine)
{
    EXPECT_GE(waitLimit, 60s);
}

} // namespace
} // namespace caseline::test
