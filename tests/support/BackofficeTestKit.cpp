#include "BackofficeTestKit.h"

namespace caseline::test {

HttpTestClient::Headers withKey(const std::string &key)
{
    return {{"Idempotency-Key", key}};
}

::testing::AssertionResult isJson(const HttpResponse &response, long status)
{
    if (!response.ok()) {
        return ::testing::AssertionFailure() << response.describe();
    }
    if (response.status != status) {
        return ::testing::AssertionFailure()
               << "expected status " << status << ", got " << response.describe();
    }
    if (response.contentType.rfind("application/json", 0) != 0) {
        return ::testing::AssertionFailure()
               << "expected application/json, got " << response.describe();
    }
    if (nlohmann::json::parse(response.body, nullptr, false).is_discarded()) {
        return ::testing::AssertionFailure() << "body is not JSON: " << response.describe();
    }
    return ::testing::AssertionSuccess();
}

namespace {

::testing::AssertionResult checkProblem(const HttpResponse &response, bool statusMatches,
                                        const std::string &expectedStatus, const std::string &slug,
                                        const std::string &field)
{
    if (!response.ok()) {
        return ::testing::AssertionFailure() << response.describe();
    }
    if (!statusMatches) {
        return ::testing::AssertionFailure()
               << "expected status " << expectedStatus << ", got " << response.describe();
    }
    if (response.contentType.rfind("application/problem+json", 0) != 0) {
        return ::testing::AssertionFailure()
               << "expected application/problem+json, got " << response.describe();
    }
    const auto body = nlohmann::json::parse(response.body, nullptr, false);
    if (!body.is_object()) {
        return ::testing::AssertionFailure() << "problem is not a JSON object: " << response.body;
    }
    const std::string type = "urn:caseline:problem:" + slug;
    if (body.value("type", "") != type) {
        return ::testing::AssertionFailure()
               << "expected type " << type << ", got " << response.describe();
    }
    if (!body.contains("status") || !body["status"].is_number_integer() ||
        body["status"].get<long>() != response.status) {
        return ::testing::AssertionFailure()
               << "problem \"status\" does not match the HTTP status: " << response.describe();
    }
    if (!body.contains("title") || !body["title"].is_string() ||
        body["title"].get<std::string>().empty()) {
        return ::testing::AssertionFailure() << "problem without a title: " << response.body;
    }
    if (body.contains("detail") && !body["detail"].is_string()) {
        return ::testing::AssertionFailure() << "problem detail is not a string: " << response.body;
    }
    const std::string named = body.value("field", "");
    const bool prefix = !field.empty() && field.back() == '*';
    if (prefix && named.rfind(field.substr(0, field.size() - 1), 0) != 0) {
        return ::testing::AssertionFailure()
               << "expected a field starting with \"" << field.substr(0, field.size() - 1)
               << "\", got " << response.describe();
    }
    if (!prefix && !field.empty() && named != field) {
        return ::testing::AssertionFailure()
               << "expected field \"" << field << "\", got " << response.describe();
    }
    return ::testing::AssertionSuccess();
}

} // namespace

::testing::AssertionResult isProblem(const HttpResponse &response, long status,
                                     const std::string &slug, const std::string &field)
{
    return checkProblem(response, response.status == status, std::to_string(status), slug, field);
}

::testing::AssertionResult isValidationProblem(const HttpResponse &response,
                                               const std::string &field)
{
    return checkProblem(response, response.status == 400 || response.status == 422, "400 or 422",
                        "validation", field);
}

nlohmann::json ledgerEntries(HttpTestClient &client)
{
    const HttpResponse response = client.get("/admin/ledger");
    if (response.status != 200) {
        ADD_FAILURE() << "GET /admin/ledger: " << response.describe();
        return nlohmann::json::array();
    }
    const auto body = response.json();
    if (!body.contains("entries") || !body["entries"].is_array()) {
        ADD_FAILURE() << "GET /admin/ledger has no entries array: " << response.body;
        return nlohmann::json::array();
    }
    return body["entries"];
}

std::size_t countLedgerEntries(const nlohmann::json &entries, const std::string &idempotencyKey)
{
    std::size_t count = 0;
    for (const auto &entry : entries) {
        if (entry.value("idempotencyKey", "") == idempotencyKey) {
            ++count;
        }
    }
    return count;
}

nlohmann::json allEvents(HttpTestClient &client, const std::string &after)
{
    nlohmann::json events = nlohmann::json::array();
    std::string cursor = after;
    for (int page = 0; page < 1000; ++page) {
        const std::string path = cursor.empty() ? "/events/v1" : "/events/v1?after=" + cursor;
        const HttpResponse response = client.get(path);
        if (response.status != 200) {
            ADD_FAILURE() << "GET " << path << ": " << response.describe();
            break;
        }
        const auto body = response.json();
        if (!body.contains("events") || !body["events"].is_array() || body["events"].empty()) {
            break;
        }
        for (const auto &event : body["events"]) {
            events.push_back(event);
        }
        const std::string next = body.value("next", "");
        if (next.empty() || next == cursor) {
            break;
        }
        cursor = next;
    }
    return events;
}

std::string currentCursor(HttpTestClient &client)
{
    std::string cursor;
    for (int page = 0; page < 1000; ++page) {
        const std::string path = cursor.empty() ? "/events/v1" : "/events/v1?after=" + cursor;
        const HttpResponse response = client.get(path);
        if (response.status != 200) {
            ADD_FAILURE() << "GET " << path << ": " << response.describe();
            break;
        }
        const auto body = response.json();
        const std::string next = body.value("next", "");
        if (body.value("events", nlohmann::json::array()).empty() || next == cursor) {
            if (!next.empty()) {
                cursor = next;
            }
            break;
        }
        cursor = next;
    }
    return cursor;
}

nlohmann::json stateSnapshot(HttpTestClient &client, const std::vector<std::string> &paths)
{
    nlohmann::json snapshot = {{"ledger", ledgerEntries(client)},
                               {"cursor", currentCursor(client)}};
    for (const auto &path : paths) {
        const HttpResponse response = client.get(path);
        snapshot[path] = {{"status", response.status}, {"body", response.body}};
    }
    return snapshot;
}

} // namespace caseline::test
