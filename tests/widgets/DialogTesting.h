#pragma once

// Drives real widgets the way a user does, for the widget tests: key presses (shortcuts
// included), mouse clicks, typing, and a screenshot to look at. Header-only: every *Test.cpp
// is its own executable.

#include "TestApplication.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QThread>
#include <QWidget>
#include <gtest/gtest.h>

namespace caseline::testing {

inline QApplication &application()
{
    return caseline::test::testApplication();
}

// A key press that is not spontaneous is offered to the shortcut map first (QApplication does
// that), so Ctrl+Return reaches the dialog's shortcut as it would from the keyboard.
inline void keyClick(QWidget *widget, Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier,
                     const QString &text = {})
{
    QKeyEvent press(QEvent::KeyPress, key, modifiers, text);
    QApplication::sendEvent(widget, &press);
    QKeyEvent release(QEvent::KeyRelease, key, modifiers, text);
    QApplication::sendEvent(widget, &release);
}

inline void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        keyClick(widget, Qt::Key_unknown, Qt::NoModifier, QString(c));
    }
}

inline void mouseClick(QWidget *widget, QPoint at = {-1, -1})
{
    if (at == QPoint(-1, -1)) {
        at = widget->rect().center();
    }
    const QPointF global = widget->mapToGlobal(QPointF(at));
    QMouseEvent press(QEvent::MouseButtonPress, QPointF(at), global, Qt::LeftButton, Qt::LeftButton,
                      Qt::NoModifier);
    QApplication::sendEvent(widget, &press);
    QMouseEvent release(QEvent::MouseButtonRelease, QPointF(at), global, Qt::LeftButton,
                        Qt::NoButton, Qt::NoModifier);
    QApplication::sendEvent(widget, &release);
}

// Shows the window and waits until it is the active one, so window shortcuts apply.
inline void showActive(QWidget *window)
{
    window->show();
    window->activateWindow();
    for (int i = 0; i < 50 && QApplication::activeWindow() != window; ++i) {
        QApplication::processEvents();
    }
}

inline bool saveScreenshot(QWidget *widget, const QString &name)
{
    const QString directory = QStringLiteral("/tmp/caseline-dialogs");
    QDir().mkpath(directory);
    // Some views (a PDF's pages) render in the background: give them a moment.
    for (int i = 0; i < 10; ++i) {
        QApplication::processEvents();
        QThread::msleep(20);
    }
    return widget->grab().save(directory + QLatin1Char('/') + name + QStringLiteral(".png"));
}

} // namespace caseline::testing
