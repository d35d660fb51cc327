#pragma once

#include "domain/SupportCase.h"

#include <QSqlQuery>
#include <QString>
#include <vector>

namespace caseline {

class CaseDatabase;

// How a case is read from the cases table: the column list and the row it gives, plus the
// queue's ranked columns (schema step 7). Shared by every store class that lists cases.
namespace CaseColumns {

// "id, customer_id, ..." in the order read() expects; `table` prefixes each column ("c.").
QString list(const QString &table = {});
// The case at the query's current row, its columns from `first` on (links not read).
SupportCase read(const QSqlQuery &query, int first = 0);
// Reads the links of all `cases` in one query and attaches them (kind, ref order).
void attachLinks(CaseDatabase &db, std::vector<SupportCase> &cases);

// The condition "neither resolved nor closed", written exactly as the partial indexes of
// step 7 are, so that both SQLite and PostgreSQL use them.
QString openCondition(const QString &table = {});
// Generated columns: urgent 0, high 1, normal 2, low 3; new 0 ... closed 5; the SLA due time
// with a missing one as the latest possible time (so it sorts last and is never overdue).
QString priorityRankExpression();
QString statusRankExpression();
inline constexpr const char *noSla = "9999-12-31T23:59:59Z";

} // namespace CaseColumns
} // namespace caseline
