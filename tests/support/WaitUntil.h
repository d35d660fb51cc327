#pragma once

#include <chrono>
#include <functional>
#include <gtest/gtest.h>
#include <string_view>

namespace caseline::test {

// How long a test waits for something asynchronous before it gives up. Generous, because the
// machine that runs the suite may be busy; a test that passes never waits this long.
inline constexpr std::chrono::seconds waitLimit{60};

// Runs the calling thread's event loop until `done` holds, at most `limit`. Answers arrive as
// queued signals, so the test spins the loop; product code returns to its own. The failure says
// what was awaited:
//     ASSERT_TRUE(waitUntil([&] { return shown; }, "the console to show its queue"));
// A test that means to wait a fixed time says so with QTest::qWait instead.
::testing::AssertionResult waitUntil(const std::function<bool()> &done, std::string_view awaited,
                                     std::chrono::milliseconds limit = waitLimit);

} // namespace caseline::test
