#pragma once

#include <QString>
#include <string>

namespace caseline {

// A stored code as words on screen: "customer-service" -> "customer service".
class CodeWords
{
public:
    static QString of(const std::string &code);
};

} // namespace caseline
