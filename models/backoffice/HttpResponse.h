#pragma once

#include <map>
#include <string>

namespace caseline {

struct HttpResponse
{
    long status = 0;
    std::string contentType;
    std::string body;
    std::map<std::string, std::string> headers; // names in lower case
    int attempts = 1;                           // how many tries it took
};

} // namespace caseline
