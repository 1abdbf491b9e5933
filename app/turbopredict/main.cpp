#include "mainwindow.h"
#include "preferences.h"
#include "presentation.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTimer>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {
/** --help and --version print and quit: they need no display (a server without one). */
bool textOnly(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i)
        for (const char *option : {"-h", "--help", "--help-all", "-v", "--version", "-?"})
            if (std::strcmp(argv[i], option) == 0)
                return true;
    return false;
}
} // namespace

int main(int argc, char *argv[])
{
    const bool gui = !textOnly(argc, argv);
    const std::unique_ptr<QCoreApplication> application =
        gui ? std::make_unique<QApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication &app = *application;
    QCoreApplication::setOrganizationName(QStringLiteral("TurboPredict"));
    QCoreApplication::setApplicationName(QStringLiteral("TurboPredict"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TP_VERSION));
    const tp::Preferences preferences = tp::Preferences::load();
    tp::installTranslators(app, preferences.language);
    if (gui) {
        QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/turbopredict.svg")));
        QApplication::setDesktopFileName(QStringLiteral("turbopredict"));
        tp::Theme::apply(preferences.theme);
    }
    tp::Presentation::setZoneMode(preferences.timeZone);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "TurboPredict: condition monitoring of rotating machines"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption configOption(
        QStringLiteral("config"),
        QApplication::translate("main", "Configuration folder (default: the built-in demo fleet)."),
        QApplication::translate("main", "DIR"));
    const QCommandLineOption dataOption(
        QStringLiteral("data"),
        QApplication::translate("main", "Data folder (default: the per-user data folder)."),
        QApplication::translate("main", "DIR"));
    const QCommandLineOption simSpeedOption(
        QStringLiteral("sim-speed"),
        QApplication::translate("main", "Run the clock N times faster than real time (default: 1)."),
        QApplication::translate("main", "N"), QStringLiteral("1"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Save a picture of the window to FILE (PNG) once the fleet has been running for a few seconds, then quit (checks of an installation)."),
        QApplication::translate("main", "FILE"));
    parser.addOption(configOption);
    parser.addOption(dataOption);
    parser.addOption(simSpeedOption);
    parser.addOption(screenshotOption);
    parser.process(app);

    tp::RuntimeOptions runtime;
    runtime.dataDir = parser.isSet(dataOption)        ? parser.value(dataOption)
                      : !preferences.dataDir.isEmpty() ? preferences.dataDir
                                                       : tp::UnitStore::defaultDataDir();
    runtime.clock = std::make_shared<tp::FleetClock>(std::max(1.0, parser.value(simSpeedOption).toDouble()));

    tp::MainWindow window;
    window.setRuntimeOptions(runtime);
    window.loadConfiguration(parser.isSet(configOption) ? parser.value(configOption) : preferences.configDir);
    window.show();
    if (parser.isSet(screenshotOption)) {
        const QString path = parser.value(screenshotOption);
        QObject::connect(&window, &tp::MainWindow::configurationLoaded, &window, [&window, path](bool) {
            QTimer::singleShot(4000, &window, [&window, path] {
                const bool saved = window.grab().save(path, "PNG");
                if (!saved)
                    std::fprintf(stderr, "%s\n", qPrintable(QApplication::translate("main", "%1: the picture could not be saved").arg(path)));
                QApplication::exit(saved ? 0 : 1);
            });
        });
    }
    return QCoreApplication::exec();
}
