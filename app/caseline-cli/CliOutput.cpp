#include "CliOutput.h"

#include <cstdio>

namespace caseline::cli {

void print(const std::string &text)
{
    std::fwrite(text.data(), 1, text.size(), stdout);
    std::fflush(stdout);
}

void printLine(const std::string &text)
{
    print(text + "\n");
}

void printError(const std::string &text)
{
    std::fprintf(stderr, "caseline-cli: %s\n", text.c_str());
}

} // namespace caseline::cli
