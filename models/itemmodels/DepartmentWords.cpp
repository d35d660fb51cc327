#include "itemmodels/DepartmentWords.h"

#include "itemmodels/CodeWords.h"

#include <array>

namespace caseline {

namespace {

// The departments and titles the schema creates (SchemaMigrations, step 2).
struct StartingDepartment
{
    const char *code;
    const char *title;
};

constexpr std::array<StartingDepartment, 6> startingDepartments{{
    {"customer-service", QT_TRANSLATE_NOOP("DepartmentWords", "Customer service")},
    {"store", QT_TRANSLATE_NOOP("DepartmentWords", "Stores")},
    {"warehouse", QT_TRANSLATE_NOOP("DepartmentWords", "Warehouse")},
    {"logistics", QT_TRANSLATE_NOOP("DepartmentWords", "Logistics")},
    {"finance", QT_TRANSLATE_NOOP("DepartmentWords", "Finance")},
    {"supervisors", QT_TRANSLATE_NOOP("DepartmentWords", "Supervisors")},
}};

const StartingDepartment *starting(const std::string &code)
{
    for (const StartingDepartment &department : startingDepartments) {
        if (code == department.code) {
            return &department;
        }
    }
    return nullptr;
}

} // namespace

QString DepartmentWords::of(const std::string &code)
{
    if (const StartingDepartment *department = starting(code)) {
        // A department's name, also inside sentences ("Escalate to %1", "%1 desk").
        return QCoreApplication::translate("DepartmentWords", department->title);
    }
    return CodeWords::of(code);
}

QString DepartmentWords::titled(const std::string &code, const std::string &title)
{
    const StartingDepartment *department = starting(code);
    if (title.empty() || (department && title == department->title)) {
        return of(code);
    }
    return QString::fromStdString(title);
}

} // namespace caseline
