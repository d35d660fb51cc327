#include "ExpectedFindings.h"

#include <algorithm>
#include <fstream>
#include <set>
#include <stdexcept>

namespace caseline::test {

namespace {

using nlohmann::json;

class Reader
{
public:
    explicit Reader(std::string origin)
        : m_origin(std::move(origin))
    {
    }

    [[noreturn]] void fail(const std::string &where, const std::string &what) const
    {
        throw std::runtime_error(m_origin + ": " + where + ": " + what);
    }

    void onlyKeys(const json &object, const std::string &where,
                  const std::set<std::string> &allowed) const
    {
        if (!object.is_object()) {
            fail(where, "must be an object");
        }
        for (const auto &[key, value] : object.items()) {
            if (!allowed.contains(key)) {
                fail(where, "unknown key \"" + key + "\"");
            }
        }
    }

    std::string text(const json &object, const std::string &where, const char *key) const
    {
        const auto found = object.find(key);
        if (found == object.end() || !found->is_string() || found->get<std::string>().empty()) {
            fail(where, std::string("\"") + key + "\" must be a non-empty string");
        }
        return found->get<std::string>();
    }

    std::vector<std::string> texts(const json &list, const std::string &where) const
    {
        if (!list.is_array() || list.empty()) {
            fail(where, "must be a non-empty list of strings");
        }
        std::vector<std::string> result;
        for (const json &item : list) {
            if (!item.is_string() || item.get<std::string>().empty()) {
                fail(where, "must be a non-empty list of strings");
            }
            result.push_back(item.get<std::string>());
        }
        return result;
    }

    StoryFinding finding(const json &object, const std::string &where) const
    {
        onlyKeys(object, where, {"rule", "order", "severity", "evidence", "why"});
        StoryFinding result{text(object, where, "rule"),
                            text(object, where, "order"),
                            text(object, where, "severity"),
                            {}};
        static const std::set<std::string> severities{"info", "warning", "critical"};
        if (!severities.contains(result.severity)) {
            fail(where, "severity \"" + result.severity + "\" is not info, warning or critical");
        }
        if (!object.contains("evidence")) {
            fail(where, "a finding needs its \"evidence\"");
        }
        result.evidence = texts(object.at("evidence"), where + ".evidence");
        return result;
    }

    ExpectedFindings::Family family(const json &object, const std::string &where) const
    {
        onlyKeys(object, where, {"order", "members", "findings"});
        ExpectedFindings::Family result;
        result.order = text(object, where, "order");
        result.members = object.contains("members")
                             ? texts(object.at("members"), where + ".members")
                             : std::vector<std::string>{result.order};
        if (std::find(result.members.begin(), result.members.end(), result.order) ==
            result.members.end()) {
            fail(where, "the members do not include " + result.order);
        }
        if (!object.contains("findings")) {
            fail(where, "\"findings\" is missing (a list, or \"none\")");
        }
        const json &findings = object.at("findings");
        if (findings == "none") {
            return result;
        }
        if (!findings.is_array() || findings.empty()) {
            fail(where + ".findings", "must be a non-empty list of findings, or \"none\"");
        }
        for (std::size_t i = 0; i < findings.size(); ++i) {
            result.findings.push_back(
                finding(findings[i], where + ".findings[" + std::to_string(i) + "]"));
        }
        return result;
    }

private:
    std::string m_origin;
};

} // namespace

ExpectedFindings ExpectedFindings::fromJson(const nlohmann::json &document,
                                            const std::string &origin)
{
    const Reader reader(origin);
    reader.onlyKeys(document, "the document", {"scenario", "story", "families"});
    ExpectedFindings result;
    result.m_scenario = reader.text(document, "the document", "scenario");
    if (document.contains("story") && !document.at("story").is_string()) {
        reader.fail("story", "must be a string");
    }
    if (!document.contains("families") || !document.at("families").is_array()) {
        reader.fail("the document", "\"families\" must be a list");
    }
    std::set<std::string> judged;
    for (std::size_t i = 0; i < document.at("families").size(); ++i) {
        const std::string where = "families[" + std::to_string(i) + "]";
        Family family = reader.family(document.at("families")[i], where);
        for (const std::string &member : family.members) {
            if (!judged.insert(member).second) {
                reader.fail(where, member + " is in two families");
            }
        }
        result.m_families.push_back(std::move(family));
    }
    return result;
}

ExpectedFindings ExpectedFindings::fromFile(const std::filesystem::path &path)
{
    std::ifstream in(path);
    if (!in) {
        throw std::runtime_error("cannot read " + path.string());
    }
    const json document = json::parse(in, nullptr, false);
    if (document.is_discarded()) {
        throw std::runtime_error(path.string() + " is not valid JSON");
    }
    return fromJson(document, path.string());
}

std::vector<StoryFinding> ExpectedFindings::allFindings() const
{
    std::vector<StoryFinding> result;
    for (const Family &family : m_families) {
        result.insert(result.end(), family.findings.begin(), family.findings.end());
    }
    return result;
}

} // namespace caseline::test
