#include "SeedCommand.h"

#include "CliOutput.h"
#include "actions/ActionError.h"
#include "store/CaseSeeder.h"

#include <QElapsedTimer>
#include <cstdio>

namespace caseline::cli {

SeedCommand::SeedCommand(const CliInvocation &invocation, CaseDatabase &db, const Clock &clock)
    : m_invocation(invocation)
    , m_db(db)
    , m_clock(clock)
{
}

int SeedCommand::run()
{
    const std::string text = m_invocation.option("cases");
    if (text.empty()) {
        throw ActionError("dev seed needs --cases N (1 to " + std::to_string(CaseSeeder::maximum) +
                          ")");
    }
    const long long count = CliInvocation::wholeNumber(text, "--cases");
    if (count < 1 || count > CaseSeeder::maximum) {
        throw ActionError("--cases must be from 1 to " + std::to_string(CaseSeeder::maximum) +
                          ", not " + text);
    }
    QElapsedTimer timer;
    timer.start();
    CaseSeeder::seed(m_db, count, m_clock.now());
    char seconds[32];
    std::snprintf(seconds, sizeof seconds, "%.1f", static_cast<double>(timer.elapsed()) / 1000.0);
    printLine("Seeded " + std::to_string(count) + " cases in " + seconds + " s");
    return 0;
}

} // namespace caseline::cli
