#pragma once

#include "HttpTestClient.h"
#include "ToolProcess.h"

#include <memory>
#include <string>

namespace caseline::test {

// A stand-in server (tests/contract/canned-upstream.mjs) that answers each request with the
// response the request carries in its X-Canned header: behind a PrismProxy, it lets a test show
// that the checker accepts a right answer and rejects a wrong one.
class CannedUpstream
{
public:
    // Throws std::runtime_error when node or the script is missing, or it does not start.
    CannedUpstream();

    std::string baseUrl() const { return m_process->baseUrl(); }

    // The headers that make the upstream answer `status` with this Content-Type ("" for none)
    // and body.
    static HttpTestClient::Headers answer(int status, const std::string &contentType,
                                          const std::string &body);

private:
    std::unique_ptr<ToolProcess> m_process;
};

} // namespace caseline::test
