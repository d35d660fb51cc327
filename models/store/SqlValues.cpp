#include "store/SqlValues.h"

#include "domain/Rfc3339.h"

namespace caseline::SqlValues {

QString text(const std::string &value)
{
    return QString::fromStdString(value);
}

QVariant time(const QDateTime &value)
{
    return value.isValid() ? QVariant(text(Rfc3339::format(value)))
                           : QVariant(QMetaType::fromType<QString>());
}

std::string textAt(const QSqlQuery &query, int column)
{
    return query.value(column).toString().toStdString();
}

QDateTime timeAt(const QSqlQuery &query, int column)
{
    return Rfc3339::parse(textAt(query, column)).value_or(QDateTime());
}

} // namespace caseline::SqlValues
