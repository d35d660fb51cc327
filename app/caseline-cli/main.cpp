// caseline-cli: search customers, print an order's unified timeline, and work on cases from the
// command line (see README "Executables").
#include "ActCommand.h"
#include "ApprovalCommands.h"
#include "CaseCommands.h"
#include "CliInvocation.h"
#include "CliOutput.h"
#include "CliSession.h"
#include "EscalationCommands.h"
#include "OutboxCommands.h"
#include "SearchReport.h"
#include "SeedCommand.h"
#include "StaffCommands.h"
#include "TimelineReport.h"
#include "actions/ActionError.h"
#include "backoffice/BackofficeConfigError.h"
#include "store/CaseDatabase.h"
#include "store/OperatorIdentity.h"
#include "store/SchemaMigrations.h"
#include "store/StoreError.h"
#include "timeline/OrderTimelineJson.h"

#include <QCoreApplication>
#include <QLocale>
#include <optional>

using namespace caseline;
using namespace caseline::cli;

namespace {

std::optional<std::string> environment(const char *name)
{
    if (!qEnvironmentVariableIsSet(name)) {
        return std::nullopt;
    }
    return qEnvironmentVariable(name).toStdString();
}

BackofficeConfig configFor(const CliInvocation &invocation)
{
    if (!invocation.configPath.empty()) {
        return BackofficeConfig::fromFile(QString::fromStdString(invocation.configPath));
    }
    return BackofficeConfig::forReferenceServer(invocation.backofficeUrl);
}

int timeline(const CliInvocation &invocation, CliSession &session)
{
    QFuture<OrderTimeline> future = session.assembler().assemble(invocation.argument());
    future.waitForFinished();
    const OrderTimeline result = future.result();
    const TimelineReport report(result, session.clock().now());
    print(invocation.json ? toJson(result).dump(2) + "\n" : report.text());
    if (report.exitCode() == 3) {
        printError("some systems could not be read; the timeline is partial (see SOURCES)");
    }
    return report.exitCode();
}

int storeCommand(const CliInvocation &given, CliSession &session)
{
    // --db or $CASELINE_DB, else the configuration file's "store", else the default file.
    const std::string store = given.store.empty() ? session.config().store() : given.store;
    const StoreAddress address =
        store.empty() ? StoreAddress::defaultSqlite() : StoreAddress::parse(store);
    CaseDatabase db(address);
    SchemaMigrations::migrate(db);
    CliInvocation invocation = given;
    if (!invocation.actorGiven) {
        invocation.actor = OperatorIdentity::resolve(db, invocation.actor);
    }
    using Command = CliInvocation::Command;
    switch (invocation.command) {
    case Command::CaseNew:
        return CaseCommands(invocation, db, session).createCase();
    case Command::CaseShow:
        return CaseCommands(invocation, db, session).showCase();
    case Command::CaseList:
        return CaseCommands(invocation, db, session).listCases();
    case Command::CaseUpdate:
        return CaseCommands(invocation, db, session).updateCase();
    case Command::Act:
        return ActCommand(invocation, db, session).run();
    case Command::Outbox:
        return OutboxCommands(invocation, db, session).list();
    case Command::OutboxSend:
        return OutboxCommands(invocation, db, session).send();
    case Command::EscalationList:
        return EscalationCommands(invocation, db, session.clock()).list();
    case Command::EscalationAnswer:
        return EscalationCommands(invocation, db, session.clock()).answer();
    case Command::DepartmentList:
        return EscalationCommands(invocation, db, session.clock()).listDepartments();
    case Command::DepartmentSet:
        return EscalationCommands(invocation, db, session.clock()).setDepartment();
    case Command::StaffList:
        return StaffCommands(invocation, db, session.clock()).list();
    case Command::StaffSet:
        return StaffCommands(invocation, db, session.clock()).set();
    case Command::RolesList:
        return StaffCommands(invocation, db, session.clock()).listRoles();
    case Command::RolesGrant:
    case Command::RolesRevoke:
        return StaffCommands(invocation, db, session.clock())
            .changeRole(invocation.command == Command::RolesGrant);
    case Command::ApprovalsList:
        return ApprovalCommands(invocation, db, session.clock()).list();
    case Command::ApprovalsApprove:
    case Command::ApprovalsReject:
        return ApprovalCommands(invocation, db, session.clock())
            .decide(invocation.command == Command::ApprovalsApprove);
    case Command::CaseReassign:
        return ApprovalCommands(invocation, db, session.clock()).reassign();
    case Command::DevSeed:
        return SeedCommand(invocation, db, session.clock()).run();
    default:
        return OutboxCommands(invocation, db, session).verifyAudit();
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("caseline"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CASELINE_VERSION));
    // The command line speaks English in one format wherever it runs (scripts read it): money,
    // dates and numbers in the texts models/ writes follow the default locale.
    QLocale::setDefault(QLocale::c());

    std::vector<std::string> arguments;
    for (int i = 1; i < argc; ++i) {
        arguments.emplace_back(argv[i]);
    }
    const CliInvocation invocation = CliInvocation::parse(arguments, environment);
    if (!invocation.error.empty()) {
        printError(invocation.error + "\n\n" + CliInvocation::usage());
        return 2;
    }
    if (invocation.command == CliInvocation::Command::Help) {
        print(CliInvocation::usage());
        return 0;
    }
    if (invocation.command == CliInvocation::Command::Version) {
        printLine("caseline-cli " CASELINE_VERSION);
        return 0;
    }
    try {
        CliSession session(configFor(invocation));
        if (invocation.command == CliInvocation::Command::Search) {
            const auto report =
                SearchReport::run(*session.connectors().orders, invocation.argument());
            print(invocation.json ? report.json().dump(2) + "\n" : report.text());
            return report.exitCode();
        }
        if (invocation.command == CliInvocation::Command::Timeline) {
            return timeline(invocation, session);
        }
        return storeCommand(invocation, session);
    } catch (const BackofficeConfigError &error) {
        printError(error.what());
        return 2;
    } catch (const ActionError &error) {
        printError(std::string(error.what()) + ". Nothing was done.");
        return 2;
    } catch (const StoreError &error) {
        printError(error.what());
        switch (error.kind()) {
        case StoreError::Kind::Invalid:
            return 2;
        case StoreError::Kind::NotFound:
            return 4;
        case StoreError::Kind::Conflict:
            return 7;
        case StoreError::Kind::Unavailable:
            return 1;
        case StoreError::Kind::Forbidden:
            return 8;
        }
        return 1;
    }
}
