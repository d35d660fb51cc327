#include "LegacyStore.h"

#include "ExternalCommand.h"
#include "PostgresTestServer.h"

#include <QUuid>
#include <filesystem>
#include <stdexcept>

namespace caseline::test {

namespace {

std::filesystem::path legacyFolder()
{
    return std::filesystem::path(CASELINE_SOURCE_DIR) / "tests" / "models" / "store" / "legacy";
}

std::string uniqueName(const std::string &name)
{
    return name + "-" + QUuid::createUuid().toString(QUuid::Id128).toStdString();
}

} // namespace

StoreAddress legacyStore(StoreBackend backend, const std::string &directory,
                         const std::string &name)
{
    if (backend == StoreBackend::Sqlite) {
        const std::filesystem::path copy =
            std::filesystem::path(directory) / (uniqueName(name) + ".sqlite");
        std::filesystem::copy_file(legacyFolder() / (name + ".sqlite"), copy);
        std::filesystem::permissions(copy, std::filesystem::perms::owner_write,
                                     std::filesystem::perm_options::add);
        return StoreAddress::sqliteFile(QString::fromStdString(copy.string()));
    }
    const std::string url = PostgresTestServer::freshDatabaseUrl();
    const std::string psql = ExternalCommand::which("psql");
    if (psql.empty()) {
        throw std::runtime_error("psql is not installed: cannot load the legacy store " + name);
    }
    const std::string log =
        (std::filesystem::path(directory) / (uniqueName(name) + "-psql.log")).string();
    const std::string failed =
        ExternalCommand({psql, "--quiet", "--no-psqlrc", "-v", "ON_ERROR_STOP=1", "-d", url, "-f",
                         (legacyFolder() / (name + ".pgsql")).string()})
            .run(log, directory, 120000);
    if (!failed.empty()) {
        throw std::runtime_error("loading the legacy store " + name + " with psql " + failed +
                                 "; see " + log);
    }
    return StoreAddress::parse(url);
}

} // namespace caseline::test
