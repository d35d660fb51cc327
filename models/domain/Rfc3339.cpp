#include "domain/Rfc3339.h"

#include <QRegularExpression>

namespace caseline::Rfc3339 {

std::string format(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ")).toStdString();
}

std::optional<QDateTime> parse(const std::string &text)
{
    // Qt's ISO parser is lenient (accepts dates alone, local times); RFC 3339 requires a zone.
    static const QRegularExpression shape(QStringLiteral(
        R"(^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d{1,9})?([Zz]|[+-]\d{2}:\d{2})$)"));
    const QString value = QString::fromStdString(text);
    if (!shape.match(value).hasMatch()) {
        return std::nullopt;
    }
    QString normalised = value.toUpper();
    const QDateTime parsed = QDateTime::fromString(normalised, Qt::ISODateWithMs);
    if (!parsed.isValid()) {
        return std::nullopt;
    }
    QDateTime utc = parsed.toUTC();
    utc.setTime(QTime(utc.time().hour(), utc.time().minute(), utc.time().second()));
    return utc;
}

} // namespace caseline::Rfc3339
