#pragma once

#include "backoffice/SystemEndpoint.h"
#include "domain/BackofficeSystem.h"

#include <QString>
#include <array>
#include <functional>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

namespace caseline {

// Where the five back-office systems and the change feed answer, with their tokens and
// timeouts. Either the shortcut forReferenceServer(URL) — every system under the reference
// layout of one server (/orders/v1, /delivery/v1, ...) — or a JSON file:
//
//   {
//     "backoffice": "http://127.0.0.1:8480",   optional: the reference layout as the default
//     "caBundle": "/etc/caseline/ca.pem",      optional: PEM of trusted CAs (default: system's)
//     "store": "postgresql://agent@db/caseline", optional: the case store (see StoreAddress)
//     "token": "...", "tokenEnv": "VAR",       optional defaults for every system
//     "connectTimeoutMs": 3000, "totalTimeoutMs": 10000, "maxAttempts": 3,
//     "systems": {                             per system, each key optional if "backoffice" is set
//       "orders":   {"url": "https://oms.example.com/orders/v1", "tokenEnv": "OMS_TOKEN",
//                    "connectTimeoutMs": 2000, "totalTimeoutMs": 8000, "maxAttempts": 2},
//       "delivery": {...}, "payments": {...}, "returns": {...}, "notifications": {...},
//       "events":   {...}
//     }
//   }
//
// Tokens: "token" in the file, or "tokenEnv" naming an environment variable to read it from;
// CASELINE_<SYSTEM>_TOKEN (e.g. CASELINE_PAYMENTS_TOKEN, CASELINE_EVENTS_TOKEN) overrides both,
// and CASELINE_BACKOFFICE_TOKEN applies to every system that has no token otherwise.
// Unknown keys are errors, so a misspelt setting is not silently ignored.
class BackofficeConfig
{
public:
    // Looks up an environment variable; tests pass their own.
    using Environment = std::function<std::optional<std::string>(const std::string &)>;
    static std::optional<std::string> processEnvironment(const std::string &name);

    // Throws BackofficeConfigError when the URL is not an absolute http(s) URL.
    static BackofficeConfig forReferenceServer(const std::string &baseUrl,
                                               const Environment &environment = processEnvironment);
    static BackofficeConfig fromJson(const nlohmann::json &document,
                                     const Environment &environment = processEnvironment);
    // Reads and parses the file; errors name the file.
    static BackofficeConfig fromFile(const QString &path,
                                     const Environment &environment = processEnvironment);

    const SystemEndpoint &endpoint(BackofficeSystem system) const;
    const SystemEndpoint &changeFeed() const { return m_changeFeed; }
    const std::string &caBundle() const { return m_caBundle; }
    // The case store named in the file ("store"), empty when not given.
    const std::string &store() const { return m_store; }

private:
    void applyEnvironmentTokens(const Environment &environment);

    std::array<SystemEndpoint, allBackofficeSystems.size()> m_endpoints;
    SystemEndpoint m_changeFeed;
    std::string m_caBundle;
    std::string m_store;
};

} // namespace caseline
