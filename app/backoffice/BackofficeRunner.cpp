#include "BackofficeRunner.h"

#include "BackofficeHttpServer.h"
#include "ReferenceBackoffice.h"
#include "ScenarioLoader.h"

#include <QHostAddress>

namespace caseline::backoffice {

BackofficeRunner::BackofficeRunner(QObject *parent)
    : QObject(parent)
{
}

BackofficeRunner::~BackofficeRunner()
{
    m_server.reset(); // stop serving before the state goes away
}

bool BackofficeRunner::start(const BackofficeOptions &options)
{
    try {
        m_backoffice = std::make_unique<ReferenceBackoffice>(options);
        if (options.demo) {
            m_backoffice->loadDemo();
        }
        for (const QString &scenario : options.scenarios) {
            m_backoffice->loadScenarioFile(scenario);
        }
    } catch (const std::exception &error) {
        m_error = QString::fromStdString(error.what());
        return false;
    }
    m_server = std::make_unique<BackofficeHttpServer>(*m_backoffice, options.latencyMs);
    const quint16 port = m_server->listen(QHostAddress(options.listen), options.port);
    if (port == 0) {
        m_error = QStringLiteral("cannot listen on %1:%2").arg(options.listen).arg(options.port);
        return false;
    }
    m_baseUrl.setScheme(QStringLiteral("http"));
    m_baseUrl.setHost(options.listen);
    m_baseUrl.setPort(port);
    return true;
}

} // namespace caseline::backoffice
