#pragma once

// Shared set-up for the item model tests: a QCoreApplication, local time in UTC and the C locale
// (English month names), so display texts are the same on every machine.

#include "domain/Rfc3339.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QModelIndex>
#include <QSignalSpy>
#include <ctime>
#include <ostream>
#include <string>

// Failures print QStrings as text.
inline void PrintTo(const QString &text, std::ostream *out)
{
    *out << '"' << text.toStdString() << '"';
}

namespace caseline::test {

inline QCoreApplication &itemModelApplication()
{
    static const bool localSettings = [] {
        qputenv("TZ", "UTC");
        tzset();
        QLocale::setDefault(QLocale::c());
        return true;
    }();
    (void)localSettings;
    static int argc = 1;
    static char name[] = "ItemModelTest";
    static char *argv[] = {name, nullptr};
    static QCoreApplication application(argc, argv);
    return application;
}

inline QDateTime utc(const std::string &rfc3339)
{
    return Rfc3339::parse(rfc3339).value();
}

// The rows a rowsInserted/rowsRemoved spy saw at `signal`: {first, last}, and whether at top level.
struct RowRange
{
    int first = -1;
    int last = -1;
    bool topLevel = false;
};

inline RowRange rowRange(const QSignalSpy &spy, qsizetype signal = 0)
{
    const QList<QVariant> &arguments = spy.at(signal);
    return {arguments.at(1).toInt(), arguments.at(2).toInt(),
            !arguments.at(0).value<QModelIndex>().isValid()};
}

} // namespace caseline::test
