#include "CliRun.h"

#include <QProcess>
#include <QStringList>

namespace caseline::test {

std::string CliRun::program()
{
    const QByteArray dir = qgetenv("CASELINE_BIN_DIR");
    return (dir.isEmpty() ? std::string(CASELINE_BIN_DIR) : dir.toStdString()) + "/caseline-cli";
}

CliRun CliRun::run(const std::vector<std::string> &arguments, int timeoutMs)
{
    QStringList list;
    for (const std::string &argument : arguments) {
        list << QString::fromStdString(argument);
    }
    QProcess process;
    process.start(QString::fromStdString(program()), list);
    CliRun result;
    if (!process.waitForStarted(10000) || !process.waitForFinished(timeoutMs)) {
        result.err = "caseline-cli did not run: " + process.errorString().toStdString();
        process.kill();
        process.waitForFinished(5000);
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput().toStdString();
    result.err = process.readAllStandardError().toStdString();
    return result;
}

} // namespace caseline::test
