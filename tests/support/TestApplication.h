#pragma once

// The one QApplication of a GUI test program (header-only: only GUI tests include it). It is
// ended after the last test, while Qt's own globals (the input devices mouse events register,
// fonts) still exist; a plain static QApplication would outlive them and crash at exit.
#include <QApplication>
#include <gtest/gtest.h>

namespace caseline::test {

class TestApplicationEnd : public ::testing::Environment
{
public:
    explicit TestApplicationEnd(QApplication *app)
        : m_app(app)
    {
    }
    void TearDown() override { delete m_app; }

private:
    QApplication *m_app;
};

inline QApplication &testApplication()
{
    static int argc = 1;
    static char name[] = "caseline-gui-test";
    static char *argv[] = {name, nullptr};
    static QApplication *app = [] {
        auto *created = new QApplication(argc, argv);
        ::testing::AddGlobalTestEnvironment(new TestApplicationEnd(created));
        return created;
    }();
    return *app;
}

} // namespace caseline::test
