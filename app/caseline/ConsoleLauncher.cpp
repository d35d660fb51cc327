#include "ConsoleLauncher.h"

#include "ConsoleController.h"
#include "ConsoleSession.h"
#include "DemoBackoffice.h"
#include "DemoCases.h"
#include "FirstRunDialog.h"
#include "MainWindow.h"
#include "backoffice/BackofficeConfigError.h"
#include "store/CaseRepository.h"
#include "store/OperatorIdentity.h"
#include "store/StoreError.h"
#include "workspace/CaseStoreThread.h"

#include <QSettings>

namespace caseline {

ConsoleLauncher::ConsoleLauncher(MainWindow &window, ConsoleOptions options, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_options(std::move(options))
{
    m_sinceStart.start();
}

ConsoleLauncher::~ConsoleLauncher()
{
    m_session.reset(); // before the demo back-office and its store go away
}

void ConsoleLauncher::start()
{
    if (m_options.demo) {
        m_window.showMessage(tr("Starting the demo back-office…"), 0);
        m_demo = std::make_unique<DemoBackoffice>();
        connect(m_demo.get(), &DemoBackoffice::ready, this, [this](const QString &url) {
            m_demoStore.emplace();
            if (!m_demoStore->isValid()) {
                Q_EMIT failed(tr("No temporary folder for the demo's case store: %1")
                                  .arg(m_demoStore->errorString()));
                return;
            }
            begin(url, {},
                  m_options.store.isEmpty() ? m_demoStore->filePath(QStringLiteral("cases.sqlite"))
                                            : m_options.store);
        });
        connect(m_demo.get(), &DemoBackoffice::failed, this, [this](const QString &reason) {
            Q_EMIT failed(tr("The demo back-office did not start: %1").arg(reason));
        });
        m_demo->start(m_options.latencyMs);
        return;
    }
    if (!m_options.backofficeUrl.isEmpty() || !m_options.configFile.isEmpty()) {
        begin(m_options.backofficeUrl, m_options.configFile, m_options.store);
        return;
    }
    QSettings settings;
    const QString url = settings.value(QStringLiteral("backoffice/url")).toString();
    const QString config = settings.value(QStringLiteral("backoffice/config")).toString();
    if (url.isEmpty() && config.isEmpty()) {
        askFirstRun();
        return;
    }
    // A store named on the command line wins over the saved one, which wins over the config
    // file's, which wins over the default file.
    const QString saved = settings.value(QStringLiteral("store/address")).toString();
    begin(url, config,
          m_options.storeChosen || (saved.isEmpty() && config.isEmpty()) ? m_options.store : saved);
}

void ConsoleLauncher::askFirstRun()
{
    auto *dialog = new FirstRunDialog(&m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setValues({}, {}, m_options.store);
    connect(dialog, &FirstRunDialog::configured, this,
            [this](const QString &url, const QString &config, const QString &store) {
                QSettings settings;
                settings.setValue(QStringLiteral("backoffice/url"), url);
                settings.setValue(QStringLiteral("backoffice/config"), config);
                settings.setValue(QStringLiteral("store/address"), store);
                begin(url, config, store);
            });
    connect(dialog, &QDialog::rejected, this,
            [this] { Q_EMIT failed(tr("The console needs a back-office and a case store.")); });
    dialog->open();
}

void ConsoleLauncher::begin(const QString &backofficeUrl, const QString &configFile,
                            const QString &store)
{
    try {
        BackofficeConfig config =
            configFile.isEmpty() ? BackofficeConfig::forReferenceServer(backofficeUrl.toStdString())
                                 : BackofficeConfig::fromFile(configFile);
        StoreAddress address = !store.isEmpty()          ? StoreAddress::parse(store.toStdString())
                               : !config.store().empty() ? StoreAddress::parse(config.store())
                                                         : StoreAddress::defaultSqlite();
        const QString where = configFile.isEmpty() ? backofficeUrl : configFile;
        if (m_options.actorChosen || m_options.demo) {
            startSession(std::move(config), std::move(address), where);
        } else {
            identify(std::move(config), std::move(address), where);
        }
    } catch (const std::exception &error) {
        Q_EMIT failed(QString::fromUtf8(error.what()));
    }
}

void ConsoleLauncher::identify(BackofficeConfig config, StoreAddress address, const QString &where)
{
    m_identityStore = std::make_unique<CaseStoreThread>(address);
    m_identityStore
        ->run([osUser = m_options.actor.toStdString()](CaseDatabase &db) {
            return OperatorIdentity::resolve(db, osUser);
        })
        .then(this, [this, config = std::move(config), address = std::move(address),
                     where](QFuture<std::string> done) mutable {
            try {
                const std::string name = done.result();
                if (!name.empty()) {
                    m_options.actor = QString::fromStdString(name);
                }
            } catch (const std::exception &error) {
                Q_EMIT failed(tr("The case store could not be opened: %1")
                                  .arg(QString::fromUtf8(error.what())));
                return;
            }
            m_identityStore->shutdown();
            m_identityStore.reset();
            startSession(std::move(config), std::move(address), where);
        });
}

void ConsoleLauncher::startSession(BackofficeConfig config, StoreAddress address,
                                   const QString &where)
{
    try {
        m_session = std::make_unique<ConsoleSession>(
            m_window, std::move(config), std::move(address), m_options.actor.toStdString());
    } catch (const std::exception &error) {
        Q_EMIT failed(QString::fromUtf8(error.what()));
        return;
    }
    m_window.setConnection(tr("%1 · signed in as %2").arg(where, m_options.actor));
    connect(&m_session->controller(), &ConsoleController::queueShown, this, [this] {
        if (!m_interactive) {
            m_interactive = true;
            Q_EMIT interactive(m_sinceStart.elapsed());
        }
    });
    if (m_options.demo && m_options.store.isEmpty()) {
        seedDemo();
    }
    Q_EMIT sessionStarted();
    m_session->controller().start();
    for (const QStringList &request : std::exchange(m_waiting, {})) {
        run(request);
    }
}

// The demo's fresh store opens with the stories' cases and a team: the one trying the demo is
// a supervisor (so every screen is open to them), with an agent, store staff and finance.
// Queued on the store thread before the console's first queue, so that queue shows them.
void ConsoleLauncher::seedDemo()
{
    const Clock &clock = m_session->clock();
    m_session->store()
        .run([drafts = DemoCases::drafts(m_options.actor.toStdString()), &clock,
              actor = m_options.actor.toStdString()](CaseDatabase &db) {
            DemoCases::registerTeam(db, clock, actor);
            CaseRepository cases(db, clock);
            for (const SupportCase &item : drafts) {
                cases.create(item, actor);
            }
        })
        .then(this, [this](QFuture<void> done) {
            try {
                done.waitForFinished();
            } catch (const std::exception &error) {
                m_window.showMessage(
                    tr("The demo cases could not be made: %1").arg(QString::fromUtf8(error.what())),
                    0);
            }
        });
}

void ConsoleLauncher::handle(const QStringList &request)
{
    m_window.show();
    m_window.raise();
    m_window.activateWindow();
    if (!m_session) {
        m_waiting.push_back(request);
        return;
    }
    run(request);
}

void ConsoleLauncher::run(const QStringList &request)
{
    if (request.size() != 2) {
        return;
    }
    if (request[0] == QLatin1String("open")) {
        m_session->controller().openCase(request[1].toLongLong());
    } else if (request[0] == QLatin1String("lookup")) {
        m_session->controller().lookup(request[1]);
    }
}

} // namespace caseline
