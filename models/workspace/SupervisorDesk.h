#pragma once

#include "domain/Clock.h"
#include "domain/RefundApproval.h"
#include "domain/StaffMember.h"

#include <QObject>
#include <QString>
#include <exception>
#include <string>
#include <vector>

namespace caseline {

class CaseStoreThread;

// A supervisor's work in the console: refunds waiting for approval, approving or rejecting
// them, moving cases to someone else in bulk, and who works where. The work runs on the store
// thread; answers come back as signals, failures as signals in words (refused: the role does
// not allow it; problem: anything else). Requests return at once.
class SupervisorDesk : public QObject
{
    Q_OBJECT

public:
    SupervisorDesk(CaseStoreThread &store, const Clock &clock, std::string actor,
                   QObject *parent = nullptr);

    void loadApprovals();
    void approve(long long approvalId, const QString &note);
    void reject(long long approvalId, const QString &note);
    void reassign(const std::vector<long long> &caseIds, const QString &assignee);
    void loadStaff();

Q_SIGNALS:
    void approvalsLoaded(const std::vector<caseline::RefundApproval> &pending);
    void approvalDecided(const caseline::RefundApproval &approval);
    void reassigned(int count);
    void staffLoaded(const std::vector<caseline::StaffMember> &staff);
    void refused(const QString &what, const QString &reason);
    void problem(const QString &what, const QString &reason);

private:
    void report(const QString &what, const std::exception_ptr &failure);

    CaseStoreThread &m_store;
    const Clock &m_clock;
    std::string m_actor;
};

} // namespace caseline

Q_DECLARE_METATYPE(caseline::RefundApproval)
Q_DECLARE_METATYPE(caseline::StaffMember)
