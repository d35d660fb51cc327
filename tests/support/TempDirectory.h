#pragma once

#include <filesystem>
#include <string>

namespace caseline::test {

// A fresh directory under the system temporary directory, removed with everything in it when
// the object goes away. Tests write scenario files and SQLite data files there.
class TempDirectory
{
public:
    explicit TempDirectory(const std::string &stem = "caseline-test");
    ~TempDirectory();
    TempDirectory(const TempDirectory &) = delete;
    TempDirectory &operator=(const TempDirectory &) = delete;

    const std::filesystem::path &path() const { return m_path; }
    // path()/name as a string.
    std::string file(const std::string &name) const;
    // Writes text to path()/name and returns the full path.
    std::string write(const std::string &name, const std::string &text) const;

private:
    std::filesystem::path m_path;
};

} // namespace caseline::test
