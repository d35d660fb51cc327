#include "domain/SupportCase.h"

#include <algorithm>
#include <cctype>

namespace caseline {

QDateTime SupportCase::slaWarningFrom() const
{
    if (!slaDue.isValid()) {
        return {};
    }
    qint64 warning = 2 * 60 * 60;
    if (createdAt.isValid()) {
        warning = std::max(warning, createdAt.secsTo(slaDue) / 4);
    }
    return slaDue.addSecs(-warning);
}

std::optional<long long> SupportCase::idFromReference(const std::string &text)
{
    const auto first = text.find_first_not_of(" \t");
    const auto last = text.find_last_not_of(" \t");
    if (first == std::string::npos) {
        return std::nullopt;
    }
    std::string digits = text.substr(first, last - first + 1);
    std::string prefix = digits.substr(0, 5);
    std::transform(prefix.begin(), prefix.end(), prefix.begin(),
                   [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
    if (prefix == "CASE-") {
        digits = digits.substr(5);
    }
    if (digits.empty() || digits.size() > 15 ||
        digits.find_first_not_of("0123456789") != std::string::npos) {
        return std::nullopt;
    }
    const long long id = std::stoll(digits);
    return id > 0 ? std::optional<long long>(id) : std::nullopt;
}

} // namespace caseline
