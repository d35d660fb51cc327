#pragma once

#include "HttpResponse.h"
#include "ToolProcess.h"

#include <memory>
#include <string>
#include <vector>

namespace caseline::test {

// Stoplight Prism as a validating proxy in front of a server: every request sent to baseUrl()
// goes on to the upstream, and the answer comes back with what Prism found wrong with it
// against the OpenAPI document (status not documented, media type not declared, body not
// valid against the schema, route not in the document) in its sl-violations header.
class PrismProxy
{
public:
    struct Violation
    {
        std::string location; // "response.body.lines.0.quantity"
        std::string code;     // the JSON Schema keyword ("type", "required", ...), may be ""
        std::string message;

        std::string text() const { return location + " [" + code + "]: " + message; }
    };

    // Throws std::runtime_error when Prism is not installed or does not start.
    PrismProxy(const std::string &document, const std::string &upstream);

    std::string baseUrl() const { return m_process->baseUrl(); }
    std::string output() const { return m_process->output(); }

    // What is wrong with the answer: the response's violations, a route the document lacks,
    // an answer Prism could not read at all (it then answers with its own problem) and a 204
    // with content. The request's own violations are left out: tests send wrong requests on
    // purpose; requestViolations() has them.
    static std::vector<Violation> violations(const HttpResponse &response);
    static std::vector<Violation> requestViolations(const HttpResponse &response);
    static std::string describe(const std::vector<Violation> &violations);

private:
    std::unique_ptr<ToolProcess> m_process;
};

} // namespace caseline::test
