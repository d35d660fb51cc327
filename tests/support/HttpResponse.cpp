#include "HttpResponse.h"

#include <algorithm>
#include <cctype>
#include <stdexcept>

namespace caseline::test {

namespace {

std::string lowerCase(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

std::string excerpt(const std::string &text, std::size_t limit = 2000)
{
    return text.size() <= limit ? text : text.substr(0, limit) + "...";
}

} // namespace

nlohmann::json HttpResponse::json() const
{
    nlohmann::json parsed = nlohmann::json::parse(body, nullptr, false);
    if (parsed.is_discarded()) {
        throw std::runtime_error("response body is not JSON: " + describe());
    }
    return parsed;
}

std::string HttpResponse::header(const std::string &name) const
{
    const auto it = headers.find(lowerCase(name));
    return it == headers.end() ? std::string() : it->second;
}

std::string HttpResponse::describe() const
{
    if (curlCode != CURLE_OK) {
        return "transfer failed (curl " + std::to_string(static_cast<int>(curlCode)) +
               "): " + error;
    }
    return std::to_string(status) + " " + contentType + " " + excerpt(body);
}

} // namespace caseline::test
