#include "BackofficeDatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <stdexcept>

namespace caseline::backoffice {

namespace {

struct CollectionTable
{
    const char *table;
    // Indexed column and the document field it mirrors.
    std::vector<std::pair<const char *, const char *>> columns;
};

const CollectionTable &tableOf(Collection collection)
{
    static const CollectionTable customers{"customers", {}};
    static const CollectionTable orders{"orders", {{"customer_id", "customerId"}}};
    static const CollectionTable shipments{
        "shipments", {{"order_id", "orderId"}, {"tracking_number", "trackingNumber"}}};
    static const CollectionTable refunds{"refunds", {{"order_id", "orderId"}}};
    static const CollectionTable returns{"returns", {{"order_id", "orderId"}}};
    static const CollectionTable messages{
        "messages", {{"customer_id", "customerId"}, {"order_id", "orderId"}}};
    static const CollectionTable behaviours{"behaviours", {}};
    switch (collection) {
    case Collection::Customers:
        return customers;
    case Collection::Orders:
        return orders;
    case Collection::Shipments:
        return shipments;
    case Collection::Refunds:
        return refunds;
    case Collection::Returns:
        return returns;
    case Collection::Messages:
        return messages;
    case Collection::Behaviours:
        return behaviours;
    }
    throw std::logic_error("unknown collection");
}

void exec(QSqlQuery &query)
{
    if (!query.exec()) {
        throw std::runtime_error("database error: " + query.lastError().text().toStdString());
    }
}

QVariant columnValue(const nlohmann::json &document, const char *field)
{
    const auto it = document.find(field);
    if (it == document.end() || !it->is_string()) {
        return QVariant();
    }
    return QString::fromStdString(it->get<std::string>());
}

nlohmann::json documentOf(const QSqlQuery &query)
{
    return nlohmann::json::parse(query.value(0).toString().toStdString());
}

} // namespace

BackofficeDatabase::BackofficeDatabase(const QString &file)
    : m_connectionName(QStringLiteral("backoffice-") + QUuid::createUuid().toString())
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(file.isEmpty() ? QStringLiteral(":memory:") : file);
    if (!m_db.open()) {
        throw std::runtime_error("cannot open back-office data " + file.toStdString() + ": " +
                                 m_db.lastError().text().toStdString());
    }
    QSqlQuery pragma(m_db);
    pragma.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    pragma.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    createSchema();
}

BackofficeDatabase::~BackofficeDatabase()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

void BackofficeDatabase::createSchema()
{
    const char *statements[] = {
        "CREATE TABLE IF NOT EXISTS customers (id TEXT PRIMARY KEY, doc TEXT NOT NULL)",
        "CREATE TABLE IF NOT EXISTS orders (id TEXT PRIMARY KEY, customer_id TEXT, doc TEXT NOT "
        "NULL)",
        "CREATE INDEX IF NOT EXISTS orders_customer ON orders(customer_id)",
        "CREATE TABLE IF NOT EXISTS shipments (id TEXT PRIMARY KEY, order_id TEXT, "
        "tracking_number TEXT, doc TEXT NOT NULL)",
        "CREATE INDEX IF NOT EXISTS shipments_order ON shipments(order_id)",
        "CREATE INDEX IF NOT EXISTS shipments_tracking ON shipments(tracking_number)",
        "CREATE TABLE IF NOT EXISTS refunds (id TEXT PRIMARY KEY, order_id TEXT, doc TEXT NOT "
        "NULL)",
        "CREATE INDEX IF NOT EXISTS refunds_order ON refunds(order_id)",
        "CREATE TABLE IF NOT EXISTS returns (id TEXT PRIMARY KEY, order_id TEXT, doc TEXT NOT "
        "NULL)",
        "CREATE INDEX IF NOT EXISTS returns_order ON returns(order_id)",
        "CREATE TABLE IF NOT EXISTS messages (id TEXT PRIMARY KEY, customer_id TEXT, order_id "
        "TEXT, doc TEXT NOT NULL)",
        "CREATE INDEX IF NOT EXISTS messages_customer ON messages(customer_id)",
        "CREATE INDEX IF NOT EXISTS messages_order ON messages(order_id)",
        "CREATE TABLE IF NOT EXISTS behaviours (id TEXT PRIMARY KEY, doc TEXT NOT NULL)",
        "CREATE TABLE IF NOT EXISTS events (seq INTEGER PRIMARY KEY AUTOINCREMENT, doc TEXT NOT "
        "NULL)",
        "CREATE TABLE IF NOT EXISTS ledger (seq INTEGER PRIMARY KEY AUTOINCREMENT, system TEXT, "
        "operation TEXT, target TEXT, idempotency_key TEXT, at TEXT)",
        "CREATE TABLE IF NOT EXISTS idempotency (key TEXT PRIMARY KEY, fingerprint TEXT NOT "
        "NULL, status INTEGER NOT NULL, content_type TEXT, body TEXT)",
        "CREATE TABLE IF NOT EXISTS scheduled_steps (id INTEGER PRIMARY KEY AUTOINCREMENT, "
        "behaviour_id TEXT NOT NULL, step INTEGER NOT NULL, due_at TEXT NOT NULL, "
        "trigger_order TEXT, original_order TEXT, done INTEGER NOT NULL DEFAULT 0, outcome TEXT)",
        "CREATE INDEX IF NOT EXISTS scheduled_due ON scheduled_steps(done, due_at)",
        "CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value TEXT)",
    };
    for (const char *statement : statements) {
        QSqlQuery query(m_db);
        if (!query.exec(QString::fromUtf8(statement))) {
            throw std::runtime_error("cannot create back-office schema: " +
                                     query.lastError().text().toStdString());
        }
    }
}

std::optional<nlohmann::json> BackofficeDatabase::find(Collection collection,
                                                       const std::string &id) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT doc FROM %1 WHERE id = ?")
                      .arg(QLatin1String(tableOf(collection).table)));
    query.addBindValue(QString::fromStdString(id));
    exec(query);
    if (!query.next()) {
        return std::nullopt;
    }
    return documentOf(query);
}

std::vector<nlohmann::json> BackofficeDatabase::where(Collection collection,
                                                      const std::string &column,
                                                      const std::string &value) const
{
    const CollectionTable &table = tableOf(collection);
    bool known = false;
    for (const auto &[name, field] : table.columns) {
        known = known || column == name;
    }
    if (!known) {
        throw std::logic_error("no indexed column " + column + " in " + table.table);
    }
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT doc FROM %1 WHERE %2 = ? ORDER BY rowid")
                      .arg(QLatin1String(table.table), QString::fromStdString(column)));
    query.addBindValue(QString::fromStdString(value));
    exec(query);
    std::vector<nlohmann::json> documents;
    while (query.next()) {
        documents.push_back(documentOf(query));
    }
    return documents;
}

std::vector<nlohmann::json> BackofficeDatabase::all(Collection collection) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT doc FROM %1 ORDER BY rowid")
                      .arg(QLatin1String(tableOf(collection).table)));
    exec(query);
    std::vector<nlohmann::json> documents;
    while (query.next()) {
        documents.push_back(documentOf(query));
    }
    return documents;
}

void BackofficeDatabase::insert(Collection collection, const nlohmann::json &document)
{
    const CollectionTable &table = tableOf(collection);
    QString columns = QStringLiteral("id, doc");
    QString marks = QStringLiteral("?, ?");
    for (const auto &[column, field] : table.columns) {
        columns += QStringLiteral(", ") + QLatin1String(column);
        marks += QStringLiteral(", ?");
    }
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                      .arg(QLatin1String(table.table), columns, marks));
    query.addBindValue(columnValue(document, "id"));
    query.addBindValue(QString::fromStdString(document.dump()));
    for (const auto &[column, field] : table.columns) {
        query.addBindValue(columnValue(document, field));
    }
    exec(query);
}

void BackofficeDatabase::update(Collection collection, const nlohmann::json &document)
{
    const CollectionTable &table = tableOf(collection);
    QString assignments = QStringLiteral("doc = ?");
    for (const auto &[column, field] : table.columns) {
        assignments += QStringLiteral(", ") + QLatin1String(column) + QStringLiteral(" = ?");
    }
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
                      .arg(QLatin1String(table.table), assignments));
    query.addBindValue(QString::fromStdString(document.dump()));
    for (const auto &[column, field] : table.columns) {
        query.addBindValue(columnValue(document, field));
    }
    query.addBindValue(columnValue(document, "id"));
    exec(query);
}

std::string BackofficeDatabase::nextId(Collection collection, const std::string &prefix,
                                       long long firstNumber)
{
    const std::string key = "counter:" + prefix;
    long long number = firstNumber;
    if (const auto stored = setting(key)) {
        number = std::stoll(*stored) + 1;
    }
    while (find(collection, prefix + std::to_string(number))) {
        ++number;
    }
    setSetting(key, std::to_string(number));
    return prefix + std::to_string(number);
}

std::optional<std::string> BackofficeDatabase::setting(const std::string &key) const
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    query.addBindValue(QString::fromStdString(key));
    exec(query);
    if (!query.next()) {
        return std::nullopt;
    }
    return query.value(0).toString().toStdString();
}

void BackofficeDatabase::setSetting(const std::string &key, const std::string &value)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(QString::fromStdString(key));
    query.addBindValue(QString::fromStdString(value));
    exec(query);
}

void BackofficeDatabase::begin()
{
    if (!m_db.transaction()) {
        throw std::runtime_error("cannot begin transaction: " +
                                 m_db.lastError().text().toStdString());
    }
}

void BackofficeDatabase::commit()
{
    if (!m_db.commit()) {
        throw std::runtime_error("cannot commit: " + m_db.lastError().text().toStdString());
    }
}

void BackofficeDatabase::rollback()
{
    m_db.rollback();
}

} // namespace caseline::backoffice
