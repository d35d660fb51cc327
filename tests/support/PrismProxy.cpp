#include "PrismProxy.h"

#include "ContractTools.h"

#include <nlohmann/json.hpp>

namespace caseline::test {

namespace {

// A field of a violation as text, whatever JSON type Prism gave it.
std::string textOf(const nlohmann::json &violation, const char *field)
{
    const auto found = violation.find(field);
    if (found == violation.end() || found->is_null()) {
        return {};
    }
    return found->is_string() ? found->get<std::string>() : found->dump();
}

std::string joined(const nlohmann::json &location)
{
    std::string text;
    for (const nlohmann::json &part : location) {
        text +=
            (text.empty() ? "" : ".") + (part.is_string() ? part.get<std::string>() : part.dump());
    }
    return text;
}

// Everything Prism said about the exchange, the request's side and the answer's.
std::vector<PrismProxy::Violation> reported(const HttpResponse &response)
{
    std::vector<PrismProxy::Violation> found;
    const std::string header = response.header("sl-violations");
    if (header.empty()) {
        return found;
    }
    for (const nlohmann::json &violation : nlohmann::json::parse(header)) {
        found.push_back({joined(violation.value("location", nlohmann::json::array())),
                         textOf(violation, "code"), textOf(violation, "message")});
    }
    return found;
}

bool startsWith(const std::string &text, const std::string &prefix)
{
    return text.rfind(prefix, 0) == 0;
}

} // namespace

PrismProxy::PrismProxy(const std::string &document, const std::string &upstream)
    : m_process(std::make_unique<ToolProcess>(
          std::vector<std::string>{ContractTools::tool("prism"), "proxy", document, upstream,
                                   "--host", "127.0.0.1", "--port", "0", "--errors", "false"}))
{
}

std::vector<PrismProxy::Violation> PrismProxy::violations(const HttpResponse &response)
{
    std::vector<Violation> found;
    for (const Violation &violation : reported(response)) {
        // A request that matches no route of the document is the answer's fault too: the
        // route is not documented.
        if (startsWith(violation.location, "response") ||
            violation.message.find("route not found") != std::string::npos) {
            found.push_back(violation);
        }
    }
    // No content means none: Prism does not look at a 204's media type.
    if (response.status == 204 && (!response.body.empty() || !response.contentType.empty())) {
        found.push_back(
            {"response", "no-content", "a 204 answer has content (" + response.contentType + ")"});
    }
    // The back-office's problems are all of type urn:caseline:problem:*; anything else served
    // as a problem is Prism saying the upstream's answer could not be read (e.g. not JSON).
    if (startsWith(response.contentType, "application/problem+json")) {
        const nlohmann::json problem = nlohmann::json::parse(response.body, nullptr, false);
        const std::string type = problem.is_object() ? problem.value("type", "") : "";
        if (!startsWith(type, "urn:caseline:problem:")) {
            found.push_back(
                {"response", "prism",
                 "Prism could not read the answer: " +
                     (problem.is_object() ? problem.value("title", "") : response.body)});
        }
    }
    return found;
}

std::vector<PrismProxy::Violation> PrismProxy::requestViolations(const HttpResponse &response)
{
    std::vector<Violation> found;
    for (const Violation &violation : reported(response)) {
        if (startsWith(violation.location, "request")) {
            found.push_back(violation);
        }
    }
    return found;
}

std::string PrismProxy::describe(const std::vector<Violation> &violations)
{
    std::string text;
    for (const Violation &violation : violations) {
        text += "  - " + violation.text() + "\n";
    }
    return text;
}

} // namespace caseline::test
