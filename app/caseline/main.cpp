// caseline: the agent console. Wires the window, the single-instance socket and the launcher;
// everything else lives in caseline_console, caseline_widgets and caseline_core.
#include "ConsoleLauncher.h"
#include "ConsoleOptions.h"
#include "InterfaceLanguage.h"
#include "MainWindow.h"
#include "SingleInstance.h"

#include <QApplication>
#include <QMessageBox>
#include <QTimer>
#include <cstdio>

int main(int argc, char *argv[])
{
    // Names first: the default store's folder depends on them. The command line is read before
    // the application exists, so --help, --version and mistakes work without a display.
    QCoreApplication::setOrganizationName(QStringLiteral("Caseline"));
    QCoreApplication::setApplicationName(QStringLiteral("Caseline"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CASELINE_VERSION));
    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        arguments << QString::fromLocal8Bit(argv[i]);
    }
    caseline::ConsoleOptions options;
    try {
        options = caseline::ConsoleOptions::parse(arguments);
    } catch (const std::exception &error) {
        std::fprintf(stderr, "caseline: %s\n", error.what());
        return 2;
    }
    // --language, else the agent's saved choice, else the system's language.
    const auto chosenLanguage = [&options] {
        return caseline::InterfaceLanguage::choose(options.language,
                                                   caseline::InterfaceLanguage::savedChoice(),
                                                   QLocale::system().uiLanguages());
    };
    if (options.help || options.version) {
        // The catalogs need an application, and a core one needs no display: the help is in
        // the agent's language wherever it is asked for.
        QCoreApplication core(argc, argv);
        caseline::InterfaceLanguage language;
        language.apply(chosenLanguage());
        QString text = options.help ? caseline::ConsoleOptions::helpText()
                                    : caseline::ConsoleOptions::versionText();
        if (!text.endsWith(QLatin1Char('\n'))) {
            text += QLatin1Char('\n');
        }
        std::fputs(text.toUtf8().constData(), stdout);
        return 0;
    }
    QApplication application(argc, argv);
    // Lets Wayland desktops match the window to the installed desktop entry and its icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.caseline.Caseline"));
    caseline::InterfaceLanguage language;
    language.apply(chosenLanguage());

    // $CASELINE_INSTANCE separates consoles that must not meet (tests, benchmarks).
    caseline::SingleInstance instance(
        qEnvironmentVariable("CASELINE_INSTANCE", caseline::SingleInstance::defaultKey()));
    const QStringList request = options.handOffRequest();
    if (instance.handOff(request.isEmpty() ? QStringList{QStringLiteral("raise")} : request)) {
        return 0;
    }
    if (!instance.listen()) {
        std::fprintf(stderr, "caseline: another console could not be reached or replaced\n");
    }

    caseline::MainWindow window;
    window.restoreLayout();
    caseline::InterfaceLanguage::offerIn(window);
    caseline::ConsoleLauncher launcher(window, options);
    QObject::connect(&instance, &caseline::SingleInstance::requestReceived, &launcher,
                     &caseline::ConsoleLauncher::handle);
    QObject::connect(&launcher, &caseline::ConsoleLauncher::failed, &window,
                     [&window](const QString &reason) {
                         window.showMessage(reason, 0);
                         auto *box = new QMessageBox(QMessageBox::Critical, QObject::tr("Caseline"),
                                                     reason, QMessageBox::Close, &window);
                         box->setAttribute(Qt::WA_DeleteOnClose);
                         box->open();
                     });
    QObject::connect(
        &launcher, &caseline::ConsoleLauncher::interactive, &window, [&options](qint64 ms) {
            if (options.quitWhenInteractive) {
                std::printf("caseline: interactive after %lld ms\n", static_cast<long long>(ms));
                std::fflush(stdout);
                QTimer::singleShot(0, qApp, &QApplication::quit);
            }
        });
    window.show();
    launcher.start();
    if (!request.isEmpty()) {
        launcher.handle(request);
    }
    return QApplication::exec();
}
