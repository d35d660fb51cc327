#pragma once

#include <QString>
#include <QStringList>
#include <functional>
#include <utility>
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
        QStringList sqliteOnly = {};   // after `statements`, on SQLite only (triggers)
        QStringList postgresOnly = {}; // after `statements`, on PostgreSQL only (trigger functions)
        // Last, in the same transaction: rewrites rows that SQL alone cannot (stored text read
        // once by the code that understood it). A throw rolls the whole step back.
        std::function<void(CaseDatabase &)> convert = {};
    };

    // Triggers that record every insert, update (and, with `deletes`, delete) of `table` in
    // case_changes, naming the case by `caseColumn` (a NULL case is not recorded); on
    // PostgreSQL the same trigger also announces the case on the caseline_changes channel,
    // which every console listens to. Returns {sqlite statements, postgres statements}.
    static std::pair<QStringList, QStringList>
    changeTriggers(const QString &table, const QString &caseColumn, bool deletes = false);

    static const std::vector<Step> &steps();
    static int latestVersion();

    // 0 for an empty store.
    static int currentVersion(CaseDatabase &db);
    // Applies the steps after the current version up to `target` (default: the latest).
    // A store newer than this program knows is refused (StoreError Invalid).
    static void migrate(CaseDatabase &db, int target = -1);
};

} // namespace caseline
