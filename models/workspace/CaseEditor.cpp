#include "workspace/CaseEditor.h"

#include "store/CaseRepository.h"
#include "store/StoreError.h"
#include "workspace/CaseStoreThread.h"

#include <algorithm>
#include <variant>

namespace caseline {

namespace {

using Outcome = std::variant<SupportCase, CaseConflict>;

// What changed after the version the agent started from: every change of a case bumps its
// version and writes one "case.updated" entry, so the last (theirs - mine) of those say it.
CaseConflict conflictOf(CaseRepository &cases, const SupportCase &loaded, const SupportCase &mine)
{
    CaseConflict conflict;
    conflict.loaded = loaded;
    conflict.mine = mine;
    conflict.theirs = cases.get(mine.id);
    std::vector<CaseEntry> updates;
    for (CaseEntry &entry : cases.entries(mine.id)) {
        if (entry.kind == CaseEntryKind::CaseUpdated) {
            updates.push_back(std::move(entry));
        }
    }
    const auto missed = static_cast<std::size_t>(
        std::clamp<long long>(conflict.theirs.version - mine.version, 1, 1000));
    const std::size_t from = updates.size() > missed ? updates.size() - missed : 0;
    std::vector<std::string> who;
    for (std::size_t i = from; i < updates.size(); ++i) {
        conflict.theirChanges.push_back(updates[i]);
        if (std::find(who.begin(), who.end(), updates[i].actor) == who.end()) {
            who.push_back(updates[i].actor);
        }
        conflict.changedAt = updates[i].at;
    }
    for (const std::string &name : who) {
        conflict.changedBy += (conflict.changedBy.empty() ? "" : ", ") + name;
    }
    if (conflict.changedBy.empty()) {
        conflict.changedBy = "another user";
        conflict.changedAt = conflict.theirs.updatedAt;
    }
    return conflict;
}

} // namespace

CaseEditor::CaseEditor(CaseStoreThread &store, const Clock &clock, std::string actor,
                       QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(clock)
    , m_actor(std::move(actor))
{
    qRegisterMetaType<CaseConflict>("caseline::CaseConflict");
}

void CaseEditor::save(const SupportCase &loaded, const SupportCase &changed)
{
    m_store
        .run([loaded, changed, actor = m_actor, &clock = m_clock](CaseDatabase &db) -> Outcome {
            CaseRepository cases(db, clock);
            try {
                return cases.update(changed, actor);
            } catch (const StoreError &error) {
                if (error.kind() != StoreError::Kind::Conflict) {
                    throw;
                }
                return conflictOf(cases, loaded, changed);
            }
        })
        .then(this, [this, caseId = changed.id](QFuture<Outcome> done) {
            try {
                const Outcome outcome = done.result();
                if (const auto *stored = std::get_if<SupportCase>(&outcome)) {
                    Q_EMIT saved(*stored);
                } else {
                    Q_EMIT conflicted(std::get<CaseConflict>(outcome));
                }
            } catch (const std::exception &error) {
                Q_EMIT refused(caseId, QString::fromUtf8(error.what()));
            }
        });
}

void CaseEditor::applyAgain(const CaseConflict &conflict)
{
    const SupportCase &loaded = conflict.loaded;
    const SupportCase &mine = conflict.mine;
    SupportCase merged = conflict.theirs;
    if (mine.status != loaded.status) {
        merged.status = mine.status;
    }
    if (mine.priority != loaded.priority) {
        merged.priority = mine.priority;
    }
    if (mine.department != loaded.department) {
        merged.department = mine.department;
    }
    if (mine.assignee != loaded.assignee) {
        merged.assignee = mine.assignee;
    }
    if (mine.subject != loaded.subject) {
        merged.subject = mine.subject;
    }
    save(conflict.theirs, merged);
}

} // namespace caseline
