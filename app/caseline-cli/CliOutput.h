#pragma once

#include <string>

namespace caseline::cli {

// caseline-cli's output: results on stdout, problems on stderr prefixed with the program name.
void print(const std::string &text);
void printLine(const std::string &text);
void printError(const std::string &text);

} // namespace caseline::cli
