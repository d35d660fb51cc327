// One palette: no file of the console's widgets/ or app/caseline/ spells a colour of its own;
// every colour comes from widgets/StatePalette, which has a light and a dark variant. The
// scanner is tested on a copy of the tree with a colour planted in it.
#include "TempDirectory.h"

#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

namespace caseline::test {
namespace {

namespace fs = std::filesystem;

// The one file allowed to name colours.
const fs::path paletteFile = fs::path("widgets") / "StatePalette.cpp";

// Colour constructors, hexadecimal colours in strings and style sheets, Qt's named colours
// (Qt::transparent is the absence of one), rgb() in style sheets and named CSS colours.
const std::vector<std::regex> &literals()
{
    static const std::vector<std::regex> patterns = {
        std::regex(R"(\bQColor\s*(\w+\s*)?[({]\s*[-+0-9."'])"),
        std::regex(R"(\bQColor\s*(\w+\s*)?[({]\s*(QStringLiteral|QLatin1String|Qt::))"),
        std::regex(
            R"(\bQColor\s*::\s*from(Rgb|Rgba|RgbF|Rgba64|Hsl|HslF|Hsv|HsvF|Cmyk|CmykF|String))"),
        std::regex(R"(\bQColorConstants\s*::)"),
        std::regex(R"(\bq[Rr]gba?\s*\()"),
        std::regex(R"(#[0-9a-fA-F]{3}(?:[0-9a-fA-F]{3})?(?:[0-9a-fA-F]{2})?\b)"),
        std::regex(R"(\bQt\s*::\s*(white|black|red|darkRed|green|darkGreen|blue|darkBlue|cyan|)"
                   R"(darkCyan|magenta|darkMagenta|yellow|darkYellow|gray|darkGray|lightGray|)"
                   R"(color0|color1)\b)"),
        std::regex(R"(\brgba?\s*\()"),
        std::regex(R"((color|background|border)[-a-z]*\s*:[^;"]*\b(red|green|blue|white|black|)"
                   R"(gray|grey|yellow|orange|purple|pink|brown|cyan|magenta|navy|maroon)\b)"),
    };
    return patterns;
}

bool isSource(const fs::path &file)
{
    const std::string extension = file.extension().string();
    return extension == ".cpp" || extension == ".h";
}

// "file:line: text" for every colour literal under root's widgets/ and app/caseline/.
std::vector<std::string> colourLiterals(const fs::path &root)
{
    std::vector<std::string> found;
    for (const fs::path &folder : {root / "widgets", root / "app" / "caseline"}) {
        if (!fs::is_directory(folder)) {
            found.push_back(folder.string() + ": missing");
            continue;
        }
        for (const fs::directory_entry &entry : fs::recursive_directory_iterator(folder)) {
            const fs::path relative = fs::relative(entry.path(), root);
            if (!entry.is_regular_file() || !isSource(entry.path()) || relative == paletteFile) {
                continue;
            }
            std::ifstream in(entry.path());
            std::string line;
            for (int number = 1; std::getline(in, line); ++number) {
                if (line.rfind("#include", 0) == 0) {
                    continue;
                }
                for (const std::regex &pattern : literals()) {
                    if (std::regex_search(line, pattern)) {
                        found.push_back(relative.string() + ":" + std::to_string(number) + ": " +
                                        line);
                        break;
                    }
                }
            }
        }
    }
    return found;
}

std::string joined(const std::vector<std::string> &lines)
{
    std::ostringstream out;
    for (const std::string &line : lines) {
        out << "\n  " << line;
    }
    return out.str();
}

fs::path sourceDir()
{
    return fs::path(CASELINE_SOURCE_DIR);
}

TEST(ColourLiterals, NoFileButTheStatePaletteSpellsAColour)
{
    const fs::path root = sourceDir();
    ASSERT_TRUE(fs::exists(root / paletteFile)) << root;
    const std::vector<std::string> found = colourLiterals(root);
    EXPECT_TRUE(found.empty()) << "colours outside " << paletteFile << ":" << joined(found);
}

TEST(ColourLiterals, TheScanFindsAColourPlantedInACopyOfTheTree)
{
    const fs::path root = sourceDir();
    TempDirectory copy("caseline-colours");
    for (const char *folder : {"widgets", "app/caseline"}) {
        fs::create_directories(copy.path() / folder);
        fs::copy(root / folder, copy.path() / folder, fs::copy_options::recursive);
    }
    ASSERT_TRUE(colourLiterals(copy.path()).empty()) << joined(colourLiterals(copy.path()));

    const std::vector<std::pair<std::string, std::string>> plants = {
        {"widgets/AlertPanel.cpp", "    const QColor planted(0xd0, 0x30, 0x30);"},
        {"widgets/CasePane.cpp", R"(    label->setStyleSheet(QStringLiteral("color: #b3261e;"));)"},
        {"widgets/MessageBar.cpp", "    painter.setPen(Qt::red);"},
        {"app/caseline/ConsoleController.cpp",
         "    const auto planted = QColor::fromRgb(1, 2, 3);"},
        {"widgets/DashboardTiles.cpp", R"(    "QLabel { background-color: orange; }")"},
        {"widgets/StatePalette.h", "    QColor planted{QColor(QStringLiteral(\"teal\"))};"},
    };
    for (const auto &[file, line] : plants) {
        const fs::path target = copy.path() / file;
        ASSERT_TRUE(fs::exists(target)) << file;
        const fs::path kept = copy.path() / "kept";
        fs::copy_file(target, kept, fs::copy_options::overwrite_existing);
        std::ofstream(target, std::ios::app) << line << "\n";
        const std::vector<std::string> found = colourLiterals(copy.path());
        ASSERT_EQ(found.size(), 1u) << file << joined(found);
        EXPECT_NE(found.front().find(file), std::string::npos) << found.front();
        fs::copy_file(kept, target, fs::copy_options::overwrite_existing);
    }
    EXPECT_TRUE(colourLiterals(copy.path()).empty());
}

} // namespace
} // namespace caseline::test
