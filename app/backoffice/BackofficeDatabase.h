#pragma once

#include <QSqlDatabase>
#include <QString>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace caseline::backoffice {

// The kinds of record the reference back-office keeps. Each is stored as its JSON document
// plus the columns it is looked up by.
enum class Collection { Customers, Orders, Shipments, Refunds, Returns, Messages, Behaviours };

// SQLite state of the reference back-office: in memory by default, or a file that survives
// restarts. Single-threaded (the server's thread); every request runs in one transaction.
class BackofficeDatabase
{
public:
    explicit BackofficeDatabase(const QString &file = {});
    ~BackofficeDatabase();
    BackofficeDatabase(const BackofficeDatabase &) = delete;
    BackofficeDatabase &operator=(const BackofficeDatabase &) = delete;

    std::optional<nlohmann::json> find(Collection collection, const std::string &id) const;
    // Documents whose indexed column equals value, in insertion order.
    std::vector<nlohmann::json> where(Collection collection, const std::string &column,
                                      const std::string &value) const;
    std::vector<nlohmann::json> all(Collection collection) const;
    void insert(Collection collection, const nlohmann::json &document);
    void update(Collection collection, const nlohmann::json &document);

    // A fresh id "<prefix><n>" that no record of the collection uses yet.
    std::string nextId(Collection collection, const std::string &prefix, long long firstNumber);

    std::optional<std::string> setting(const std::string &key) const;
    void setSetting(const std::string &key, const std::string &value);

    void begin();
    void commit();
    void rollback();

    QSqlDatabase &connection() { return m_db; }

private:
    void createSchema();

    QString m_connectionName;
    QSqlDatabase m_db;
};

// Rolls back unless committed, so a refusal half-way through a request writes nothing.
class DatabaseTransaction
{
public:
    explicit DatabaseTransaction(BackofficeDatabase &db)
        : m_db(db)
    {
        m_db.begin();
    }
    ~DatabaseTransaction()
    {
        if (!m_done) {
            m_db.rollback();
        }
    }
    DatabaseTransaction(const DatabaseTransaction &) = delete;
    DatabaseTransaction &operator=(const DatabaseTransaction &) = delete;
    void commit()
    {
        m_db.commit();
        m_done = true;
    }

private:
    BackofficeDatabase &m_db;
    bool m_done = false;
};

} // namespace caseline::backoffice
