#pragma once

#include <QString>
#include <QStringList>
#include <vector>

namespace caseline {

class CaseDatabase;

// The case store's schema as numbered steps. A store is brought to the latest version at start;
// each step runs in its own transaction, so a failed upgrade leaves the previous version
// intact. Steps are written once for both SQLite and PostgreSQL; `{id}` stands for each
// dialect's auto-numbered primary key. Never edit a released step: add one.
class SchemaMigrations
{
public:
    struct Step
    {
        int version;
        QString description;
        QStringList statements;
    };

    static const std::vector<Step> &steps();
    static int latestVersion();

    // 0 for an empty store.
    static int currentVersion(CaseDatabase &db);
    // Applies the steps after the current version up to `target` (default: the latest).
    // A store newer than this program knows is refused (StoreError Invalid).
    static void migrate(CaseDatabase &db, int target = -1);
};

} // namespace caseline
