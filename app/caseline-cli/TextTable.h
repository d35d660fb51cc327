#pragma once

#include <string>
#include <vector>

namespace caseline::cli {

// Rows of cells printed in aligned columns (widths counted in characters, not UTF-8 bytes, so
// "Müller" lines up with "Rossi"). The last column is never padded.
class TextTable
{
public:
    void addRow(std::vector<std::string> cells);
    std::string text() const;

private:
    std::vector<std::vector<std::string>> m_rows;
};

} // namespace caseline::cli
