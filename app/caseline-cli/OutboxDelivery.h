#pragma once

#include "actions/OutboxPolicy.h"
#include "backoffice/BackofficeConfig.h"
#include "backoffice/HttpClient.h"
#include "domain/Clock.h"
#include "store/StoreAddress.h"

#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace caseline::cli {

// Runs the outbox sender in caseline-cli's own event loop until one entry (or the whole
// outbox) is done or the time is up. A console program may wait like this; the GUI never does.
class OutboxDelivery
{
public:
    struct Report
    {
        int delivered = 0;
        int failed = 0;
        bool finished = false;             // the awaited entry, or the whole outbox, is done
        std::vector<std::string> problems; // failures and store problems, in words
    };

    OutboxDelivery(const StoreAddress &store, const BackofficeConfig &config, HttpClient &http,
                   const Clock &clock);

    // `entryId` empty: until nothing is pending.
    Report run(std::optional<long long> entryId, std::chrono::seconds timeout,
               OutboxPolicy policy = {});

private:
    const StoreAddress &m_store;
    const BackofficeConfig &m_config;
    HttpClient &m_http;
    const Clock &m_clock;
};

} // namespace caseline::cli
