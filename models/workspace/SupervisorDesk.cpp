#include "workspace/SupervisorDesk.h"

#include "store/CaseReassignment.h"
#include "store/RefundApprovalDesk.h"
#include "store/StaffDirectory.h"
#include "store/StoreError.h"
#include "workspace/CaseStoreThread.h"

namespace caseline {

SupervisorDesk::SupervisorDesk(CaseStoreThread &store, const Clock &clock, std::string actor,
                               QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(clock)
    , m_actor(std::move(actor))
{
    qRegisterMetaType<RefundApproval>();
    qRegisterMetaType<StaffMember>();
    qRegisterMetaType<std::vector<RefundApproval>>();
    qRegisterMetaType<std::vector<StaffMember>>();
}

void SupervisorDesk::report(const QString &what, const std::exception_ptr &failure)
{
    try {
        std::rethrow_exception(failure);
    } catch (const StoreError &error) {
        if (error.kind() == StoreError::Kind::Forbidden) {
            Q_EMIT refused(what, QString::fromUtf8(error.what()));
        } else {
            Q_EMIT problem(what, QString::fromUtf8(error.what()));
        }
    } catch (const std::exception &error) {
        Q_EMIT problem(what, QString::fromUtf8(error.what()));
    } catch (...) {
        Q_EMIT problem(what, tr("an unexpected error"));
    }
}

void SupervisorDesk::loadApprovals()
{
    const Clock &clock = m_clock;
    m_store.run([&clock](CaseDatabase &db) { return RefundApprovalDesk(db, clock).pending(); })
        .then(this, [this](QFuture<std::vector<RefundApproval>> done) {
            try {
                Q_EMIT approvalsLoaded(done.result());
            } catch (...) {
                report(tr("load the refunds awaiting approval"), std::current_exception());
            }
        });
}

void SupervisorDesk::approve(long long approvalId, const QString &note)
{
    const Clock &clock = m_clock;
    m_store
        .run([&clock, approvalId, actor = m_actor,
              text = note.trimmed().toStdString()](CaseDatabase &db) {
            return RefundApprovalDesk(db, clock).approve(approvalId, actor, text);
        })
        .then(this, [this](QFuture<RefundApproval> done) {
            try {
                Q_EMIT approvalDecided(done.result());
            } catch (...) {
                report(tr("approve the refund"), std::current_exception());
            }
        });
}

void SupervisorDesk::reject(long long approvalId, const QString &note)
{
    const Clock &clock = m_clock;
    m_store
        .run([&clock, approvalId, actor = m_actor,
              text = note.trimmed().toStdString()](CaseDatabase &db) {
            return RefundApprovalDesk(db, clock).reject(approvalId, actor, text);
        })
        .then(this, [this](QFuture<RefundApproval> done) {
            try {
                Q_EMIT approvalDecided(done.result());
            } catch (...) {
                report(tr("reject the refund"), std::current_exception());
            }
        });
}

void SupervisorDesk::reassign(const std::vector<long long> &caseIds, const QString &assignee)
{
    const Clock &clock = m_clock;
    m_store
        .run([&clock, caseIds, actor = m_actor,
              to = assignee.trimmed().toStdString()](CaseDatabase &db) {
            return CaseReassignment(db, clock).reassign(caseIds, to, actor);
        })
        .then(this, [this](QFuture<int> done) {
            try {
                Q_EMIT reassigned(done.result());
            } catch (...) {
                report(tr("reassign the cases"), std::current_exception());
            }
        });
}

void SupervisorDesk::loadStaff()
{
    const Clock &clock = m_clock;
    m_store.run([&clock](CaseDatabase &db) { return StaffDirectory(db, clock).all(); })
        .then(this, [this](QFuture<std::vector<StaffMember>> done) {
            try {
                Q_EMIT staffLoaded(done.result());
            } catch (...) {
                report(tr("load the staff"), std::current_exception());
            }
        });
}

} // namespace caseline
