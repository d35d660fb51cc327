#include "StoreBackend.h"

#include "PostgresTestServer.h"

#include <QUuid>
#include <filesystem>

namespace caseline::test {

std::string toString(StoreBackend backend)
{
    return backend == StoreBackend::Sqlite ? "SQLite" : "PostgreSQL";
}

StoreAddress freshStore(StoreBackend backend, const std::string &directory)
{
    if (backend == StoreBackend::Postgresql) {
        return StoreAddress::parse(PostgresTestServer::freshDatabaseUrl());
    }
    const std::string name = "cases-" + QUuid::createUuid().toString(QUuid::Id128).toStdString();
    return StoreAddress::sqliteFile(
        QString::fromStdString((std::filesystem::path(directory) / (name + ".sqlite")).string()));
}

} // namespace caseline::test
