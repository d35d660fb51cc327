#pragma once

#include "domain/CaseEntry.h"
#include "domain/Clock.h"
#include "domain/SupportCase.h"
#include "store/CaseFilter.h"

#include <optional>
#include <vector>

namespace caseline {

class CaseDatabase;

// Cases, their links and their own history in the case store. Every change is one transaction
// with its history entry and audit entry. Updates are optimistic: a change made from an older
// version of the case is refused (StoreError Conflict) and writes nothing. Creating needs
// CreateCase, updating EditCase, a contact entry LogContact and any other entry AddNote
// (AccessPolicy: a refusal is audited and thrown as StoreError Forbidden).
class CaseRepository
{
public:
    CaseRepository(CaseDatabase &db, const Clock &clock);

    // Validates, stores and returns the case with its id and version 1. Without an SLA due
    // time, the owning department's SLA applies from now.
    SupportCase create(SupportCase draft, const std::string &actor);
    std::optional<SupportCase> find(long long id);
    SupportCase get(long long id); // StoreError NotFound when unknown
    std::vector<SupportCase> list(const CaseFilter &filter);

    // Saves status, priority, department, assignee, subject, SLA and links of `changed`,
    // provided the store still holds `changed.version`. Returns the stored case (version + 1).
    SupportCase update(const SupportCase &changed, const std::string &actor);

    // Appends what a person records by hand to the case's own history (a note, a contact with
    // the customer), or any other entry `kind` and `arguments` make (CaseEntry::fits()).
    CaseEntry addEntry(long long caseId, const std::string &actor, CaseEntryKind kind,
                       CaseEntryArguments arguments, std::string freeText);
    // Oldest first. An entry this program cannot read (a newer kind, damaged arguments) reads
    // as written.
    std::vector<CaseEntry> entries(long long caseId);

    // Within the caller's transaction (used by actions and escalations).
    CaseEntry insertEntry(long long caseId, const std::string &actor, CaseEntryKind kind,
                          CaseEntryArguments arguments, std::string freeText = {});

private:
    void validate(const SupportCase &item);
    void writeLinks(const SupportCase &item);
    std::vector<CaseLink> linksOf(long long id);

    CaseDatabase &m_db;
    const Clock &m_clock;
};

} // namespace caseline
