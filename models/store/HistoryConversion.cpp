#include "store/HistoryConversion.h"

#include "store/CaseDatabase.h"
#include "store/CaseEntryJson.h"
#include "store/LegacyHistoryReader.h"
#include "store/SqlValues.h"

#include <QSqlQuery>
#include <optional>

namespace caseline {

using namespace SqlValues;

SchemaMigrations::Step HistoryConversion::step()
{
    const QStringList create{
        QStringLiteral("CREATE TABLE case_entries (id {id}, "
                       "case_id BIGINT NOT NULL REFERENCES cases(id), at TEXT NOT NULL, "
                       "kind TEXT NOT NULL, actor TEXT NOT NULL, arguments TEXT NOT NULL, "
                       "free_text TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX case_entries_case ON case_entries (case_id, at)")};
    SchemaMigrations::Step step{
        9,
        QStringLiteral("the case history as kinds and arguments instead of English sentences"),
        {QStringLiteral("DROP INDEX case_entries_case"),
         QStringLiteral("ALTER TABLE case_entries RENAME TO case_entries_sentences")}};
    step.sqliteOnly = QStringList{QStringLiteral("DROP TRIGGER case_entries_insert_changed"),
                                  QStringLiteral("DROP TRIGGER case_entries_update_changed")} +
                      create;
    // The old table's key and sequence step aside too, so the new ones keep their usual names.
    step.postgresOnly =
        QStringList{
            QStringLiteral("DROP TRIGGER case_entries_changed ON case_entries_sentences"),
            QStringLiteral("ALTER INDEX case_entries_pkey RENAME TO case_entries_sentences_pkey"),
            QStringLiteral("ALTER SEQUENCE case_entries_id_seq "
                           "RENAME TO case_entries_sentences_id_seq")} +
        create;
    step.convert = convert;
    return step;
}

// Case by case, in the order the entries were written, so the reader knows each case's
// subject before a change of it. The change triggers follow the new table only after it is
// filled: converting is not a change every console should be told about.
void HistoryConversion::convert(CaseDatabase &db)
{
    QSqlQuery rows = db.run(QStringLiteral("SELECT id, case_id, at, kind, actor, summary, detail "
                                           "FROM case_entries_sentences "
                                           "ORDER BY case_id, at, id"));
    std::optional<LegacyHistoryReader> reader;
    long long readingCase = 0;
    while (rows.next()) {
        const long long caseId = rows.value(1).toLongLong();
        if (!reader || caseId != readingCase) {
            reader.emplace();
            readingCase = caseId;
        }
        const CaseEntry entry = reader->read({textAt(rows, 3), textAt(rows, 5), textAt(rows, 6)});
        db.run(QStringLiteral("INSERT INTO case_entries (id, case_id, at, kind, actor, arguments, "
                              "free_text) VALUES (?, ?, ?, ?, ?, ?, ?)"),
               {rows.value(0), caseId, rows.value(2), text(toString(entry.kind)), rows.value(4),
                text(CaseEntryJson::write(entry.arguments)), text(entry.text)});
    }
    db.runFixed(QStringLiteral("DROP TABLE case_entries_sentences"));
    if (db.driver() == StoreAddress::Driver::Postgresql) {
        // The entries kept their ids; new ones continue after them.
        db.run(QStringLiteral("SELECT setval(pg_get_serial_sequence('case_entries', 'id'), "
                              "MAX(id)) FROM case_entries HAVING COUNT(*) > 0"));
    }
    const auto [sqlite, postgres] =
        SchemaMigrations::changeTriggers(QStringLiteral("case_entries"), QStringLiteral("case_id"));
    for (const QString &statement :
         db.driver() == StoreAddress::Driver::Sqlite ? sqlite : postgres) {
        db.runFixed(statement);
    }
}

} // namespace caseline
