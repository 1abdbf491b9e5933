#include "cli.h"
#include "translations.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("TurboPredict"));
    QCoreApplication::setApplicationName(QStringLiteral("TurboPredict"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TP_VERSION));
    tp::installTranslators(app);
    return tp::Cli(QCoreApplication::arguments()).run();
}
