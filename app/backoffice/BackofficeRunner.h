#pragma once

#include "BackofficeOptions.h"

#include <QObject>
#include <QString>
#include <QUrl>
#include <memory>

namespace caseline::backoffice {

class BackofficeHttpServer;
class ReferenceBackoffice;

// Starts the reference back-office in the current thread's event loop: state, scenarios and
// the HTTP listener. Used by caseline-backoffice and by caseline --demo.
class BackofficeRunner : public QObject
{
    Q_OBJECT

public:
    explicit BackofficeRunner(QObject *parent = nullptr);
    ~BackofficeRunner() override;

    // Returns false with errorString() set when the data, a scenario or the port fails.
    bool start(const BackofficeOptions &options);
    QUrl baseUrl() const { return m_baseUrl; }
    QString errorString() const { return m_error; }

private:
    std::unique_ptr<ReferenceBackoffice> m_backoffice;
    std::unique_ptr<BackofficeHttpServer> m_server;
    QUrl m_baseUrl;
    QString m_error;
};

} // namespace caseline::backoffice
