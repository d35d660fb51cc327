#pragma once

#include "backoffice/BackofficeConfig.h"
#include "backoffice/BackofficeConnectors.h"
#include "backoffice/CurlTransport.h"
#include "domain/SystemClock.h"
#include "timeline/TimelineAssembler.h"
#include "timeline/TimelineCache.h"

#include <memory>

namespace caseline::cli {

// The connectors, transport and timeline assembler one caseline-cli run talks through.
class CliSession
{
public:
    explicit CliSession(const BackofficeConfig &config);

    BackofficeConnectors &connectors() { return m_connectors; }
    const BackofficeConfig &config() const { return m_config; }
    HttpClient &transport() { return m_transport; }
    TimelineAssembler &assembler() { return m_assembler; }
    const Clock &clock() const { return m_clock; }

private:
    SystemClock m_clock;
    BackofficeConfig m_config;
    CurlTransport m_transport;
    BackofficeConnectors m_connectors;
    TimelineCache m_cache;
    TimelineAssembler m_assembler;
};

} // namespace caseline::cli
