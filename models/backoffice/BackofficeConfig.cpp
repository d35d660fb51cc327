#include "backoffice/BackofficeConfig.h"

#include "backoffice/BackofficeConfigError.h"

#include <QFile>
#include <QUrl>
#include <cctype>
#include <set>

namespace caseline {

namespace {

// Every system's key in "systems" and in CASELINE_<KEY>_TOKEN; "events" is the change feed.
constexpr const char *changeFeedKey = "events";

std::string checkedBaseUrl(const std::string &text, const std::string &setting)
{
    const QUrl url(QString::fromStdString(text), QUrl::StrictMode);
    if (text.empty() || !url.isValid() || url.host().isEmpty() ||
        (url.scheme() != "http" && url.scheme() != "https") || url.hasQuery() ||
        url.hasFragment()) {
        throw BackofficeConfigError(
            setting + " must be an absolute http:// or https:// URL, not '" + text + "'");
    }
    std::string base = text;
    while (base.back() == '/') {
        base.pop_back();
    }
    return base;
}

void rejectUnknownKeys(const nlohmann::json &object, const std::set<std::string> &known,
                       const std::string &where)
{
    for (const auto &item : object.items()) {
        if (!known.contains(item.key())) {
            throw BackofficeConfigError("unknown setting '" + where + item.key() + "'");
        }
    }
}

std::string stringSetting(const nlohmann::json &object, const std::string &key,
                          const std::string &where)
{
    const nlohmann::json &value = object.at(key);
    if (!value.is_string()) {
        throw BackofficeConfigError(where + key + " must be a string");
    }
    return value.get<std::string>();
}

long long positiveSetting(const nlohmann::json &object, const std::string &key,
                          const std::string &where, long long maximum)
{
    const nlohmann::json &value = object.at(key);
    if (!value.is_number_integer() || value.get<long long>() <= 0 ||
        value.get<long long>() > maximum) {
        throw BackofficeConfigError(where + key + " must be a positive integer up to " +
                                    std::to_string(maximum));
    }
    return value.get<long long>();
}

// Reads the settings an endpoint may carry (at the top level as defaults, or per system).
void readEndpointSettings(const nlohmann::json &object, const std::string &where,
                          const BackofficeConfig::Environment &environment,
                          SystemEndpoint &endpoint)
{
    if (object.contains("url")) {
        endpoint.baseUrl = checkedBaseUrl(stringSetting(object, "url", where), where + "url");
    }
    if (object.contains("token")) {
        endpoint.token = stringSetting(object, "token", where);
    }
    if (object.contains("tokenEnv")) {
        const std::string name = stringSetting(object, "tokenEnv", where);
        const std::optional<std::string> token = environment(name);
        if (!token || token->empty()) {
            throw BackofficeConfigError(where + "tokenEnv names " + name +
                                        ", which is not set in the environment");
        }
        endpoint.token = *token;
    }
    if (object.contains("connectTimeoutMs")) {
        endpoint.connectTimeout =
            std::chrono::milliseconds(positiveSetting(object, "connectTimeoutMs", where, 600000));
    }
    if (object.contains("totalTimeoutMs")) {
        endpoint.totalTimeout =
            std::chrono::milliseconds(positiveSetting(object, "totalTimeoutMs", where, 600000));
    }
    if (object.contains("maxAttempts")) {
        endpoint.maxAttempts = static_cast<int>(positiveSetting(object, "maxAttempts", where, 10));
    }
}

std::string referencePrefix(const std::string &key)
{
    return "/" + key + "/v1";
}

} // namespace

std::optional<std::string> BackofficeConfig::processEnvironment(const std::string &name)
{
    if (!qEnvironmentVariableIsSet(name.c_str())) {
        return std::nullopt;
    }
    return qEnvironmentVariable(name.c_str()).toStdString();
}

BackofficeConfig BackofficeConfig::forReferenceServer(const std::string &baseUrl,
                                                      const Environment &environment)
{
    return fromJson(nlohmann::json{{"backoffice", baseUrl}}, environment);
}

BackofficeConfig BackofficeConfig::fromJson(const nlohmann::json &document,
                                            const Environment &environment)
{
    if (!document.is_object()) {
        throw BackofficeConfigError("the configuration must be a JSON object");
    }
    rejectUnknownKeys(document,
                      {"backoffice", "caBundle", "store", "url", "token", "tokenEnv",
                       "connectTimeoutMs", "totalTimeoutMs", "maxAttempts", "systems"},
                      "");
    if (document.contains("url")) {
        throw BackofficeConfigError("'url' belongs to a system under 'systems'; use 'backoffice' "
                                    "for one server in the reference layout");
    }
    BackofficeConfig config;
    if (document.contains("store")) {
        config.m_store = stringSetting(document, "store", "");
    }
    if (document.contains("caBundle")) {
        config.m_caBundle = stringSetting(document, "caBundle", "");
    }
    std::string server;
    if (document.contains("backoffice")) {
        server = checkedBaseUrl(stringSetting(document, "backoffice", ""), "backoffice");
    }
    SystemEndpoint defaults;
    readEndpointSettings(document, "", environment, defaults);

    nlohmann::json systems = nlohmann::json::object();
    if (document.contains("systems")) {
        systems = document.at("systems");
        if (!systems.is_object()) {
            throw BackofficeConfigError("systems must be an object");
        }
    }
    std::set<std::string> keys{changeFeedKey};
    for (BackofficeSystem system : allBackofficeSystems) {
        keys.insert(toString(system));
    }
    rejectUnknownKeys(systems, keys, "systems.");

    const auto configure = [&](const std::string &key, SystemEndpoint &endpoint) {
        endpoint = defaults;
        if (!server.empty()) {
            endpoint.baseUrl = server + referencePrefix(key);
        }
        if (systems.contains(key)) {
            const nlohmann::json &own = systems.at(key);
            const std::string where = "systems." + key + ".";
            if (!own.is_object()) {
                throw BackofficeConfigError("systems." + key + " must be an object");
            }
            rejectUnknownKeys(
                own,
                {"url", "token", "tokenEnv", "connectTimeoutMs", "totalTimeoutMs", "maxAttempts"},
                where);
            readEndpointSettings(own, where, environment, endpoint);
        }
        if (endpoint.baseUrl.empty()) {
            throw BackofficeConfigError("no URL for " + key + ": set systems." + key +
                                        ".url or backoffice");
        }
    };
    for (BackofficeSystem system : allBackofficeSystems) {
        configure(toString(system), config.m_endpoints.at(static_cast<size_t>(system)));
    }
    configure(changeFeedKey, config.m_changeFeed);
    config.applyEnvironmentTokens(environment);
    return config;
}

BackofficeConfig BackofficeConfig::fromFile(const QString &path, const Environment &environment)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        throw BackofficeConfigError("cannot read the configuration " + path.toStdString() + ": " +
                                    file.errorString().toStdString());
    }
    const nlohmann::json document =
        nlohmann::json::parse(file.readAll().toStdString(), nullptr, false);
    if (document.is_discarded()) {
        throw BackofficeConfigError("the configuration " + path.toStdString() +
                                    " is not valid JSON");
    }
    try {
        return fromJson(document, environment);
    } catch (const BackofficeConfigError &error) {
        throw BackofficeConfigError(path.toStdString() + ": " + error.what());
    }
}

const SystemEndpoint &BackofficeConfig::endpoint(BackofficeSystem system) const
{
    return m_endpoints.at(static_cast<size_t>(system));
}

void BackofficeConfig::applyEnvironmentTokens(const Environment &environment)
{
    const std::optional<std::string> shared = environment("CASELINE_BACKOFFICE_TOKEN");
    const auto apply = [&](std::string key, SystemEndpoint &endpoint) {
        for (char &c : key) {
            c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        }
        if (const auto own = environment("CASELINE_" + key + "_TOKEN"); own && !own->empty()) {
            endpoint.token = *own;
        } else if (endpoint.token.empty() && shared && !shared->empty()) {
            endpoint.token = *shared;
        }
    };
    for (BackofficeSystem system : allBackofficeSystems) {
        apply(toString(system), m_endpoints.at(static_cast<size_t>(system)));
    }
    apply(changeFeedKey, m_changeFeed);
}

} // namespace caseline
