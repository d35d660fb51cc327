#pragma once

#include "CliInvocation.h"
#include "domain/Clock.h"
#include "store/CaseDatabase.h"

namespace caseline::cli {

// `caseline-cli dev seed --cases N`: fills the store with N made-up cases (CaseSeeder) for
// benchmarks and trying the console at scale.
class SeedCommand
{
public:
    SeedCommand(const CliInvocation &invocation, CaseDatabase &db, const Clock &clock);

    int run();

private:
    const CliInvocation &m_invocation;
    CaseDatabase &m_db;
    const Clock &m_clock;
};

} // namespace caseline::cli
