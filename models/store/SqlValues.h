#pragma once

#include <QDateTime>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <string>

namespace caseline {

// How the case store writes and reads values: text as UTF-8 strings, times as RFC 3339 UTC text
// (which sorts like time), an invalid time as NULL.
namespace SqlValues {

QString text(const std::string &value);
QVariant time(const QDateTime &value);
std::string textAt(const QSqlQuery &query, int column);
QDateTime timeAt(const QSqlQuery &query, int column);

} // namespace SqlValues
} // namespace caseline
