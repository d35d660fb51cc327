#include "itemmodels/CodeWords.h"

namespace caseline {

QString CodeWords::of(const std::string &code)
{
    return QString::fromStdString(code).replace(QLatin1Char('-'), QLatin1Char(' '));
}

} // namespace caseline
