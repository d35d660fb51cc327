#include "CliSession.h"

namespace caseline::cli {

namespace {

CurlTransport::Options transportOptions(const BackofficeConfig &config)
{
    CurlTransport::Options options;
    options.caBundle = config.caBundle();
    return options;
}

} // namespace

CliSession::CliSession(const BackofficeConfig &config)
    : m_config(config)
    , m_transport(transportOptions(config))
    , m_connectors(BackofficeConnectors::reference(config, m_transport))
    , m_assembler(m_connectors, m_clock, m_cache)
{
}

} // namespace caseline::cli
