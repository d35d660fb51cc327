#pragma once

#include <QCoreApplication>
#include <QString>
#include <string>

namespace caseline {

// A department as people read it: the departments every store starts with in the reader's
// language, any other by its code in words ("returns-desk" -> "returns desk").
class DepartmentWords
{
    Q_DECLARE_TR_FUNCTIONS(DepartmentWords)

public:
    static QString of(const std::string &code);
    // With the title the store keeps: a starting department still under its first title reads
    // in the reader's language; a title someone chose is shown as they wrote it.
    static QString titled(const std::string &code, const std::string &title);
};

} // namespace caseline
