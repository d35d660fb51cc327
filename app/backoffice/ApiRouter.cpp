#include "ApiRouter.h"

namespace caseline::backoffice {

std::vector<std::string> ApiRouter::split(const std::string &path)
{
    std::vector<std::string> segments;
    std::string current;
    for (char c : path) {
        if (c == '/') {
            if (!current.empty()) {
                segments.push_back(current);
            }
            current.clear();
        } else {
            current += c;
        }
    }
    if (!current.empty()) {
        segments.push_back(current);
    }
    return segments;
}

void ApiRouter::add(const std::string &method, const std::string &pattern, Handler handler,
                    bool mutating)
{
    m_routes.push_back({method, split(pattern), std::move(handler), mutating});
}

ApiRouter::Match ApiRouter::match(ApiRequest &request) const
{
    const std::vector<std::string> segments = split(request.path);
    Match result;
    for (const Route &route : m_routes) {
        if (route.segments.size() != segments.size()) {
            continue;
        }
        std::vector<std::string> params;
        bool fits = true;
        for (std::size_t i = 0; i < segments.size() && fits; ++i) {
            const std::string &expected = route.segments[i];
            if (expected.size() > 2 && expected.front() == '{' && expected.back() == '}') {
                params.push_back(segments[i]);
            } else {
                fits = expected == segments[i];
            }
        }
        if (!fits) {
            continue;
        }
        if (route.method != request.method) {
            result.pathKnown = true;
            continue;
        }
        request.pathParams = std::move(params);
        result.handler = &route.handler;
        result.mutating = route.mutating;
        return result;
    }
    return result;
}

} // namespace caseline::backoffice
