#pragma once

#include <QString>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>

namespace caseline::backoffice {

class BackofficeDatabase;
class BehaviourEngine;
class SimulatedClock;

// A scenario file that cannot be loaded: the message names the file and the offending place.
class ScenarioError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// Loads scenario files (format: resources/scenario.schema.json) into the back-office state.
// Times are shifted by whole days so that asOf falls on today and the scenario looks current; a scenario already
// loaded into a persistent data file is not loaded twice.
class ScenarioLoader
{
public:
    ScenarioLoader(BackofficeDatabase &db, const SimulatedClock &clock, BehaviourEngine &engine);

    // Returns false when the scenario was already loaded (nothing done).
    bool load(const nlohmann::json &scenario, const std::string &origin);
    bool loadFile(const QString &path);

private:
    void shiftTimes(nlohmann::json &node, qint64 seconds) const;
    void requireRecords(const nlohmann::json &scenario, const char *section,
                        const std::string &origin) const;

    BackofficeDatabase &m_db;
    const SimulatedClock &m_clock;
    BehaviourEngine &m_engine;
};

} // namespace caseline::backoffice
