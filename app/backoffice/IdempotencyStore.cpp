#include "IdempotencyStore.h"

#include "BackofficeDatabase.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QVariant>

namespace caseline::backoffice {

IdempotencyStore::IdempotencyStore(BackofficeDatabase &db)
    : m_db(db)
{
}

std::string IdempotencyStore::fingerprint(const std::string &method, const std::string &path,
                                          const std::string &body)
{
    const nlohmann::json parsed = nlohmann::json::parse(body, nullptr, false);
    const std::string canonical = parsed.is_discarded() ? body : parsed.dump();
    const std::string material = method + ' ' + path + '\n' + canonical;
    return QCryptographicHash::hash(QByteArray::fromStdString(material),
                                    QCryptographicHash::Sha256)
        .toHex()
        .toStdString();
}

std::optional<IdempotencyStore::Stored> IdempotencyStore::find(const std::string &key) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral(
        "SELECT fingerprint, status, content_type, body FROM idempotency WHERE key = ?"));
    query.addBindValue(QString::fromStdString(key));
    query.exec();
    if (!query.next()) {
        return std::nullopt;
    }
    Stored stored;
    stored.fingerprint = query.value(0).toString().toStdString();
    stored.response.status = query.value(1).toInt();
    stored.response.contentType = query.value(2).toString().toStdString();
    stored.response.body = query.value(3).toString().toStdString();
    return stored;
}

void IdempotencyStore::save(const std::string &key, const std::string &fingerprint,
                            const ApiResponse &response)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("INSERT INTO idempotency (key, fingerprint, status, "
                                 "content_type, body) VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(QString::fromStdString(key));
    query.addBindValue(QString::fromStdString(fingerprint));
    query.addBindValue(response.status);
    query.addBindValue(QString::fromStdString(response.contentType));
    query.addBindValue(QString::fromStdString(response.body));
    query.exec();
}

} // namespace caseline::backoffice
