#include "workspace/BackofficeSession.h"

namespace caseline {

BackofficeSession::BackofficeSession(BackofficeConfig config, const Clock &clock)
    : m_clock(clock)
    , m_config(std::move(config))
    , m_transport(std::make_unique<CurlTransport>(transportOptions(m_config)))
    , m_connectors(BackofficeConnectors::reference(m_config, *m_transport))
    , m_assembler(m_connectors, m_clock, m_cache)
{
}

CurlTransport::Options BackofficeSession::transportOptions(const BackofficeConfig &config)
{
    CurlTransport::Options options;
    options.caBundle = config.caBundle();
    return options;
}

BackofficeSession::~BackofficeSession()
{
    shutdown();
}

// The transport goes first: answers still arriving call into the connectors and the
// assembler, which must be alive until its worker thread has stopped.
void BackofficeSession::shutdown()
{
    m_transport.reset();
}

void BackofficeSession::remember(const OrderTimeline &timeline)
{
    m_latest[timeline.orderId] = timeline;
}

std::optional<OrderTimeline> BackofficeSession::latest(const std::string &orderId) const
{
    const auto found = m_latest.find(orderId);
    if (found == m_latest.end()) {
        return std::nullopt;
    }
    return found->second;
}

} // namespace caseline
