#include "ReferenceBackoffice.h"

#include "JsonFields.h"
#include "ScenarioLoader.h"

#include <QDir>
#include <QFile>
#include <cstdio>
#include <random>

namespace caseline::backoffice {

namespace {

SimulatedClock clockFor(const BackofficeOptions &options)
{
    return options.clock ? SimulatedClock(*options.clock) : SimulatedClock();
}

unsigned long long seedFor(const BackofficeOptions &options)
{
    return options.seedGiven ? options.seed : std::random_device{}();
}

bool startsWith(const std::string &text, const char *prefix)
{
    return text.rfind(prefix, 0) == 0;
}

bool printableKey(const std::string &key)
{
    if (key.empty() || key.size() > 200) {
        return false;
    }
    for (char c : key) {
        if (c < 0x21 || c > 0x7e) {
            return false;
        }
    }
    return true;
}

} // namespace

ReferenceBackoffice::ReferenceBackoffice(const BackofficeOptions &options)
    : m_options(options)
    , m_db(std::make_unique<BackofficeDatabase>(options.dataFile))
    , m_clock(clockFor(options))
    , m_feed(*m_db, m_clock)
    , m_ledger(*m_db, m_clock)
    , m_idempotency(*m_db)
    , m_faults(options.faultRate, seedFor(options))
    , m_context{*m_db, m_clock, m_feed, m_ledger, nullptr}
    , m_delivery(m_context)
    , m_orders(m_context, m_delivery)
    , m_payments(m_context)
    , m_returns(m_context)
    , m_notifications(m_context)
    , m_behaviours(m_context, {m_orders, m_delivery, m_payments, m_notifications})
{
    m_context.behaviours = &m_behaviours;
    m_orders.registerRoutes(m_router);
    m_delivery.registerRoutes(m_router);
    m_payments.registerRoutes(m_router);
    m_returns.registerRoutes(m_router);
    m_notifications.registerRoutes(m_router);
    registerControlRoutes();
}

ReferenceBackoffice::~ReferenceBackoffice() = default;

void ReferenceBackoffice::loadScenarioFile(const QString &path)
{
    ScenarioLoader(*m_db, m_clock, m_behaviours).loadFile(path);
}

void ReferenceBackoffice::loadDemo()
{
    const QDir demo(QStringLiteral(":/demo"));
    const QStringList files = demo.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    if (files.isEmpty()) {
        throw ScenarioError("the demo scenarios are missing from this build");
    }
    for (const QString &file : files) {
        loadScenarioFile(demo.filePath(file));
    }
}

int ReferenceBackoffice::runBehaviours()
{
    return m_behaviours.runDue();
}

bool ReferenceBackoffice::isControlRoute(const std::string &path) const
{
    return startsWith(path, "/admin") || path == "/openapi.yaml" || path == "/health";
}

ApiResponse ReferenceBackoffice::handle(ApiRequest &request)
{
    try {
        return dispatch(request);
    } catch (const ApiError &error) {
        return ApiResponse::problem(error);
    } catch (const std::exception &error) {
        std::fprintf(stderr, "internal error on %s %s: %s\n", request.method.c_str(),
                     request.path.c_str(), error.what());
        return ApiResponse::problem(
            ApiError(500, "internal", "Internal error", "the back-office failed: " +
                                                            std::string(error.what())));
    }
}

ApiResponse ReferenceBackoffice::dispatch(ApiRequest &request)
{
    const bool open = request.path == "/openapi.yaml" || request.path == "/health";
    if (!m_options.token.isEmpty() && !open &&
        request.header("authorization") != "Bearer " + m_options.token.toStdString()) {
        ApiResponse denied = ApiResponse::problem(ApiError(
            401, "unauthorized", "Unauthorized", "a valid bearer token is required"));
        denied.headers.emplace_back("WWW-Authenticate", "Bearer");
        return denied;
    }
    if (startsWith(request.path, "/admin") && !request.fromLoopback) {
        throw ApiError(403, "forbidden", "Forbidden", "test controls answer loopback clients only");
    }
    const ApiRouter::Match match = m_router.match(request);
    if (!match.handler) {
        if (match.pathKnown) {
            throw ApiError(405, "method-not-allowed", "Method not allowed",
                           request.method + " is not allowed on " + request.path);
        }
        throw ApiError::notFound("no resource at " + request.path);
    }
    if (request.method == "POST") {
        if (static_cast<qsizetype>(request.body.size()) > m_options.maxBodyBytes) {
            throw ApiError(413, "payload-too-large", "Payload too large",
                           "request bodies are limited to " +
                               std::to_string(m_options.maxBodyBytes) + " bytes");
        }
        const std::string type = request.header("content-type");
        if (type.rfind("application/json", 0) != 0) {
            throw ApiError(415, "unsupported-media-type", "Unsupported media type",
                           "request bodies must be application/json");
        }
    }
    if (match.mutating) {
        return runMutation(*match.handler, request);
    }
    return (*match.handler)(request);
}

ApiResponse ReferenceBackoffice::runMutation(const ApiRouter::Handler &handler,
                                             ApiRequest &request)
{
    const std::string key = request.header("idempotency-key");
    if (key.empty()) {
        throw ApiError(400, "missing-idempotency-key", "Idempotency-Key required",
                       "every mutating request needs an Idempotency-Key header", "Idempotency-Key");
    }
    if (!printableKey(key)) {
        throw ApiError::validation("Idempotency-Key",
                                   "Idempotency-Key must be 1 to 200 printable ASCII characters",
                                   400);
    }
    const std::string fingerprint =
        IdempotencyStore::fingerprint(request.method, request.path, request.body);
    DatabaseTransaction transaction(*m_db);
    if (const auto stored = m_idempotency.find(key)) {
        if (stored->fingerprint != fingerprint) {
            throw ApiError(422, "idempotency-mismatch", "Idempotency-Key reused",
                           "this Idempotency-Key was used for a different request",
                           "Idempotency-Key");
        }
        ApiResponse replay = stored->response;
        replay.headers.emplace_back("Idempotent-Replayed", "true");
        return replay;
    }
    ApiResponse response = handler(request);
    if (response.status >= 200 && response.status < 300) {
        m_idempotency.save(key, fingerprint, response);
    }
    transaction.commit();
    return response;
}

void ReferenceBackoffice::registerControlRoutes()
{
    m_router.add("GET", "/health", [this](const ApiRequest &) {
        return ApiResponse::json(200, {{"status", "ok"}, {"now", m_context.now()}});
    });
    m_router.add("GET", "/openapi.yaml", [](const ApiRequest &) {
        QFile file(QStringLiteral(":/api/backoffice.yaml"));
        if (!file.open(QIODevice::ReadOnly)) {
            throw ApiError(500, "internal", "Internal error", "the API document is missing");
        }
        ApiResponse response;
        response.contentType = "application/yaml";
        response.body = file.readAll().toStdString();
        return response;
    });
    m_router.add("GET", "/events/v1", [this](const ApiRequest &request) {
        long long after = 0;
        if (const std::string *cursor = request.queryValue("after"); cursor && !cursor->empty()) {
            try {
                std::size_t used = 0;
                after = std::stoll(*cursor, &used);
                if (used != cursor->size() || after < 0) {
                    throw std::invalid_argument("cursor");
                }
            } catch (const std::exception &) {
                throw ApiError::validation("after", "after must be a cursor from a previous answer",
                                           400);
            }
        }
        int wait = 0;
        if (const std::string *seconds = request.queryValue("wait")) {
            bool ok = false;
            wait = QString::fromStdString(*seconds).toInt(&ok);
            if (!ok || wait < 0 || wait > 60) {
                throw ApiError::validation("wait", "wait must be 0 to 60 seconds", 400);
            }
        }
        const std::vector<nlohmann::json> events = m_feed.after(after, 500);
        ApiResponse response = ApiResponse::json(
            200, {{"events", events},
                  {"next", events.empty() ? std::to_string(after)
                                          : events.back()["seq"].get<std::string>()}});
        if (events.empty() && wait > 0) {
            response.longPoll = LongPoll{after, wait};
        }
        return response;
    });
    m_router.add("GET", "/admin/ledger", [this](const ApiRequest &) {
        return ApiResponse::json(200, {{"entries", m_ledger.entries()}});
    });
    m_router.add("GET", "/admin/faults",
                 [this](const ApiRequest &) { return ApiResponse::json(200, m_faults.list()); });
    m_router.add("POST", "/admin/faults", [this](const ApiRequest &request) {
        return ApiResponse::json(201, m_faults.add(JsonFields::parseObject(request.body)));
    });
    m_router.add("DELETE", "/admin/faults", [this](const ApiRequest &) {
        m_faults.clear();
        return ApiResponse::noContent();
    });
    m_router.add("DELETE", "/admin/faults/{id}", [this](const ApiRequest &request) {
        if (!m_faults.remove(request.pathParams[0])) {
            throw ApiError::notFound("no fault " + request.pathParams[0]);
        }
        return ApiResponse::noContent();
    });
    m_router.add("GET", "/admin/clock", [this](const ApiRequest &) {
        return ApiResponse::json(200, {{"now", m_context.now()}, {"frozen", m_clock.frozen()}});
    });
    m_router.add("POST", "/admin/clock", [this](const ApiRequest &request) {
        const nlohmann::json body = JsonFields::parseObject(request.body);
        const JsonFields fields(body);
        if (fields.has("set") == fields.has("advance")) {
            throw ApiError::validation("set", "give exactly one of set or advance");
        }
        if (fields.has("set")) {
            m_clock.set(fields.requiredTime("set"));
        } else {
            m_clock.advance(fields.requiredInteger("advance", 0, 10LL * 365 * 86400));
        }
        const int ran = m_behaviours.runDue();
        return ApiResponse::json(200, {{"now", m_context.now()},
                                       {"frozen", m_clock.frozen()},
                                       {"behaviourStepsRun", ran}});
    });
}

} // namespace caseline::backoffice
