#include "domain/CaseEntryArguments.h"

#include "domain/EnumNames.h"

namespace caseline {

namespace {

constexpr EnumNames<CaseField, 6> fieldNames{{{
    {CaseField::Status, "status"},
    {CaseField::Priority, "priority"},
    {CaseField::Department, "department"},
    {CaseField::Assignee, "assignee"},
    {CaseField::Subject, "subject"},
    {CaseField::SlaDue, "sla-due"},
}}};

} // namespace

std::string toString(CaseField field)
{
    return fieldNames.toString(field);
}

std::optional<CaseField> caseFieldFromString(const std::string &text)
{
    return fieldNames.fromString(text);
}

} // namespace caseline
