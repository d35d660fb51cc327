#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <optional>

namespace caseline::backoffice {

// How caseline-backoffice (or an embedding such as caseline --demo) runs the reference server.
struct BackofficeOptions
{
    QString listen = QStringLiteral("127.0.0.1");
    quint16 port = 8480;
    QString dataFile; // empty: in memory
    QString token;    // empty: no authentication
    QStringList scenarios;
    bool demo = false;
    std::optional<QDateTime> clock; // frozen start of the simulated clock
    int latencyMs = 0;
    double faultRate = 0.0;
    unsigned long long seed = 0;
    bool seedGiven = false;
    qsizetype maxBodyBytes = 64 * 1024;
};

} // namespace caseline::backoffice
