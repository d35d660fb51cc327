#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <utility>

namespace caseline {

// The spelling of each value of an enum as stored and exchanged ("waiting-on-customer"), so
// every enum converts both ways from one table.
template<typename Enum, std::size_t Count>
class EnumNames
{
public:
    constexpr explicit EnumNames(std::array<std::pair<Enum, const char *>, Count> names)
        : m_names(names)
    {
    }

    std::string toString(Enum value) const
    {
        for (const auto &[candidate, name] : m_names) {
            if (candidate == value) {
                return name;
            }
        }
        return "unknown";
    }

    std::optional<Enum> fromString(const std::string &text) const
    {
        for (const auto &[candidate, name] : m_names) {
            if (text == name) {
                return candidate;
            }
        }
        return std::nullopt;
    }

    // "a, b or c": for error messages that list what is accepted.
    std::string choices() const
    {
        std::string text;
        for (std::size_t i = 0; i < Count; ++i) {
            text +=
                (i == 0 ? "" : (i + 1 == Count ? " or " : ", ")) + std::string(m_names[i].second);
        }
        return text;
    }

private:
    std::array<std::pair<Enum, const char *>, Count> m_names;
};

} // namespace caseline
