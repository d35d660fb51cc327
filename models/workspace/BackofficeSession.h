#pragma once

#include "backoffice/BackofficeConfig.h"
#include "backoffice/BackofficeConnectors.h"
#include "backoffice/CurlTransport.h"
#include "domain/Clock.h"
#include "timeline/OrderTimeline.h"
#include "timeline/TimelineAssembler.h"
#include "timeline/TimelineCache.h"

#include <map>
#include <memory>
#include <optional>
#include <string>

namespace caseline {

// The console's line to the back-office systems: one transport (its own worker thread), the
// connectors, the per-source cache and the timeline assembler, plus the last whole timeline of
// every order looked at — what a case shows at once when it is opened again, before the fresh
// one arrives. Used from the GUI thread only; answers arrive on the transport's thread.
class BackofficeSession
{
public:
    BackofficeSession(BackofficeConfig config, const Clock &clock);
    ~BackofficeSession(); // shutdown()
    // Stops the transport: answers still on their way end now (as errors), reaching the
    // connectors and the assembler, and are posted to whoever asked — who must still exist.
    // Nothing may be asked afterwards.
    void shutdown();
    BackofficeSession(const BackofficeSession &) = delete;
    BackofficeSession &operator=(const BackofficeSession &) = delete;

    BackofficeConnectors &connectors() { return m_connectors; }
    TimelineAssembler &assembler() { return m_assembler; }
    const BackofficeConfig &config() const { return m_config; }
    const Clock &clock() const { return m_clock; }

    // How a transport to these systems is set up (their CA bundle).
    static CurlTransport::Options transportOptions(const BackofficeConfig &config);

    void remember(const OrderTimeline &timeline);
    std::optional<OrderTimeline> latest(const std::string &orderId) const;

private:
    const Clock &m_clock;
    BackofficeConfig m_config;
    std::unique_ptr<CurlTransport> m_transport;
    BackofficeConnectors m_connectors;
    TimelineCache m_cache;
    TimelineAssembler m_assembler;
    std::map<std::string, OrderTimeline> m_latest;
};

} // namespace caseline
