#include "ScenarioLoader.h"

#include "BackofficeDatabase.h"
#include "BehaviourEngine.h"
#include "SimulatedClock.h"
#include "domain/Rfc3339.h"

#include <QFile>
#include <set>

namespace caseline::backoffice {

namespace {

const std::set<std::string> &timeFields()
{
    static const std::set<std::string> fields{"at", "placedAt",  "from",
                                              "to", "createdAt", "sentAt"};
    return fields;
}

struct Section
{
    const char *name;
    Collection collection;
};

const Section sections[] = {
    {"customers", Collection::Customers}, {"orders", Collection::Orders},
    {"shipments", Collection::Shipments}, {"refunds", Collection::Refunds},
    {"returns", Collection::Returns},     {"messages", Collection::Messages},
};

// Scenario files may leave out what the API reports as null or empty; the stored record gets
// the API's shape, so every answer matches the OpenAPI document.
void completeRecord(Collection collection, nlohmann::json &record)
{
    const auto nullIfAbsent = [](nlohmann::json &object, const char *key) {
        if (!object.contains(key)) {
            object[key] = nullptr;
        }
    };
    switch (collection) {
    case Collection::Orders:
        record["replacements"] = nlohmann::json::array(); // derived from replacementFor below
        nullIfAbsent(record, "replacementFor");
        if (!record.contains("history")) {
            record["history"] = nlohmann::json::array();
        }
        for (nlohmann::json &entry : record["history"]) {
            if (entry.is_object() && !entry.contains("note")) {
                entry["note"] = "";
            }
        }
        break;
    case Collection::Shipments:
        nullIfAbsent(record, "promisedWindow");
        nullIfAbsent(record, "pickupPoint");
        break;
    case Collection::Messages:
        nullIfAbsent(record, "orderId");
        break;
    default:
        break;
    }
}

} // namespace

ScenarioLoader::ScenarioLoader(BackofficeDatabase &db, const SimulatedClock &clock,
                               BehaviourEngine &engine)
    : m_db(db)
    , m_clock(clock)
    , m_engine(engine)
{
}

bool ScenarioLoader::loadFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        throw ScenarioError("cannot read scenario " + path.toStdString() + ": " +
                            file.errorString().toStdString());
    }
    const QByteArray text = file.readAll();
    nlohmann::json scenario = nlohmann::json::parse(text.toStdString(), nullptr, false);
    if (scenario.is_discarded()) {
        throw ScenarioError("scenario " + path.toStdString() + " is not valid JSON");
    }
    return load(scenario, path.toStdString());
}

void ScenarioLoader::shiftTimes(nlohmann::json &node, qint64 seconds) const
{
    if (node.is_array()) {
        for (nlohmann::json &item : node) {
            shiftTimes(item, seconds);
        }
        return;
    }
    if (!node.is_object()) {
        return;
    }
    for (auto it = node.begin(); it != node.end(); ++it) {
        if (it->is_string() && timeFields().count(it.key())) {
            if (const auto time = Rfc3339::parse(it->get<std::string>())) {
                *it = Rfc3339::format(time->addSecs(seconds));
            }
        } else {
            shiftTimes(*it, seconds);
        }
    }
}

void ScenarioLoader::requireRecords(const nlohmann::json &scenario, const char *section,
                                    const std::string &origin) const
{
    if (!scenario.contains(section)) {
        return;
    }
    const nlohmann::json &records = scenario[section];
    if (!records.is_array()) {
        throw ScenarioError(origin + ": " + section + " must be an array");
    }
    for (std::size_t i = 0; i < records.size(); ++i) {
        if (!records[i].is_object() || !records[i].contains("id") ||
            !records[i]["id"].is_string()) {
            throw ScenarioError(origin + ": " + section + "[" + std::to_string(i) +
                                "] needs a string id");
        }
    }
}

bool ScenarioLoader::load(const nlohmann::json &original, const std::string &origin)
{
    if (!original.is_object() || !original.contains("id") || !original["id"].is_string()) {
        throw ScenarioError(origin + ": a scenario is an object with a string id");
    }
    const std::string id = original["id"].get<std::string>();
    if (m_db.setting("scenario:" + id)) {
        return false;
    }
    for (const Section &section : sections) {
        requireRecords(original, section.name, origin);
    }
    requireRecords(original, "behaviours", origin);

    nlohmann::json scenario = original;
    if (scenario.contains("asOf")) {
        const auto asOf = Rfc3339::parse(scenario.value("asOf", ""));
        if (!asOf) {
            throw ScenarioError(origin + ": asOf must be an RFC 3339 time");
        }
        // Whole days keep every time at its hour of the day (a 09:00 delivery window stays at
        // 09:00), and rounding down keeps the scenario's past in the past.
        const qint64 day = 86400;
        const qint64 elapsed = asOf->secsTo(m_clock.now());
        const qint64 days = elapsed >= 0 ? elapsed / day : -((-elapsed + day - 1) / day);
        shiftTimes(scenario, days * day);
    }

    DatabaseTransaction transaction(m_db);
    for (const Section &section : sections) {
        for (nlohmann::json record : scenario.value(section.name, nlohmann::json::array())) {
            const std::string recordId = record["id"].get<std::string>();
            if (m_db.find(section.collection, recordId)) {
                throw ScenarioError(origin + ": " + section.name + " id " + recordId +
                                    " is already used");
            }
            completeRecord(section.collection, record);
            m_db.insert(section.collection, record);
        }
    }
    // Replacement links are derived, so a scenario cannot contradict itself about them.
    for (const nlohmann::json &order : scenario.value("orders", nlohmann::json::array())) {
        if (order.contains("replacementFor") && order["replacementFor"].is_string()) {
            auto replaced =
                m_db.find(Collection::Orders, order["replacementFor"].get<std::string>());
            if (!replaced) {
                throw ScenarioError(origin + ": order " + order["id"].get<std::string>() +
                                    " replaces unknown order " +
                                    order["replacementFor"].get<std::string>());
            }
            (*replaced)["replacements"].push_back(order["id"]);
            m_db.update(Collection::Orders, *replaced);
        }
    }
    for (const nlohmann::json &behaviour : scenario.value("behaviours", nlohmann::json::array())) {
        m_engine.add(behaviour);
    }
    m_db.setSetting("scenario:" + id, origin);
    transaction.commit();
    return true;
}

} // namespace caseline::backoffice
