#pragma once

#include "BackofficeOptions.h"

#include <QString>
#include <QStringList>
#include <variant>

namespace caseline::backoffice {

// Parses caseline-backoffice's arguments. A usage problem comes back as a message, never as an
// exit from inside the parser, so embedders decide what to do with it.
class BackofficeCommandLine
{
public:
    struct Exit
    {
        int code;        // 0 for --help/--version, 2 for usage errors
        QString message; // what to print (stdout for 0, stderr otherwise)
    };

    static std::variant<BackofficeOptions, Exit> parse(const QStringList &arguments);
};

} // namespace caseline::backoffice
