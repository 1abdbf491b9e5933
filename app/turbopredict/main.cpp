#include "mainwindow.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("TurboPredict"));
    QApplication::setApplicationName(QStringLiteral("TurboPredict"));
    QApplication::setApplicationVersion(QStringLiteral(TP_VERSION));
    tp::installTranslators(app);

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
    parser.addOption(configOption);
    parser.addOption(dataOption);
    parser.process(app);

    tp::MainWindow window;
    window.loadConfiguration(parser.value(configOption));
    window.show();
    return app.exec();
}
