#pragma once

#include "store/SchemaMigrations.h"

namespace caseline {

class CaseDatabase;

// Schema step 9: the case history as kinds, arguments and what people typed, worded when it is
// read, instead of the English sentences schema 8 and earlier stored. The table is rebuilt:
// renamed aside, created anew and filled entry by entry, the sentences read once by
// LegacyHistoryReader (one it cannot read is kept as written), so no sentence stays behind.
class HistoryConversion
{
public:
    static SchemaMigrations::Step step();

private:
    static void convert(CaseDatabase &db);
};

} // namespace caseline
