#include "cli.h"

#include "config/fleetconfigloader.h"
#include "storage/unitstore.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

#include <cstdio>

namespace tp {

struct Cli::Command {
    QString name;
    QString synopsis;    // after "turbopredictd <name>"
    const char *summary; // translated at use
    bool needsUnit;
};

const QList<Cli::Command> &Cli::commands()
{
    static const QList<Command> list{
        {QStringLiteral("check-config"), QStringLiteral("[--config DIR]"),
         QT_TRANSLATE_NOOP("tp::Cli", "Validate the fleet configuration and print a summary"),
         false},
        {QStringLiteral("init-config"), QStringLiteral("DIR"),
         QT_TRANSLATE_NOOP("tp::Cli", "Write the built-in demo fleet as editable YAML files"), false},
        {QStringLiteral("check-store"), QStringLiteral("--unit ID [--data DIR]"),
         QT_TRANSLATE_NOOP("tp::Cli", "Run an integrity check on a unit's SQLite store"), true},
    };
    return list;
}

Cli::Cli(QStringList arguments)
    : m_arguments(std::move(arguments)), m_out(stdout), m_err(stderr)
{
}

int Cli::usage(int status)
{
    QTextStream &s = status == ExitOk ? m_out : m_err;
    s << tr("Usage: turbopredictd <command> [options]") << '\n' << '\n'
      << tr("Commands:") << '\n';
    for (const Command &c : commands())
        s << QStringLiteral("  %1 %2").arg(c.name, -13).arg(c.synopsis, -26)
          << tr(c.summary) << '\n';
    s << '\n'
      << tr("Every command accepts --config DIR (default: the built-in demo fleet), --data DIR "
            "(default: %1) and --help.")
             .arg(QDir::toNativeSeparators(UnitStore::defaultDataDir()))
      << '\n';
    s.flush();
    return status;
}

int Cli::run()
{
    if (m_arguments.size() < 2)
        return usage(ExitInvalidInput);
    const QString name = m_arguments.at(1);
    if (name == u"--help" || name == u"-h" || name == u"help")
        return usage(ExitOk);
    if (name == u"--version") {
        m_out << QCoreApplication::applicationName() << ' '
              << QCoreApplication::applicationVersion() << '\n';
        return ExitOk;
    }
    const auto it = std::find_if(commands().cbegin(), commands().cend(),
                                 [&](const Command &c) { return c.name == name; });
    if (it == commands().cend()) {
        m_err << tr("turbopredictd: unknown command \"%1\"").arg(name) << '\n';
        return usage(ExitInvalidInput);
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(tr(it->summary));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
                                        tr("Show this help."));
    const QCommandLineOption configOption(
        QStringLiteral("config"),
        tr("Configuration folder with global.yml and units/ (default: the built-in demo fleet)."),
        tr("DIR"));
    const QCommandLineOption dataOption(
        QStringLiteral("data"),
        tr("Data folder holding units/<UNIT_ID>/<UNIT_ID>.sqlite (default: %1).")
            .arg(QDir::toNativeSeparators(UnitStore::defaultDataDir())),
        tr("DIR"));
    const QCommandLineOption unitOption(QStringLiteral("unit"), tr("Unit id, e.g. K-12-01."),
                                        tr("ID"));
    parser.addOption(helpOption);
    parser.addOption(configOption);
    parser.addOption(dataOption);
    if (it->needsUnit)
        parser.addOption(unitOption);
    if (name == u"init-config")
        parser.addPositionalArgument(QStringLiteral("DIR"), tr("Folder to write the files into."));

    QStringList args = m_arguments;
    args.removeAt(1); // the command itself
    if (!parser.parse(args)) {
        m_err << QStringLiteral("turbopredictd %1: ").arg(name) << parser.errorText() << '\n';
        m_err << tr("Run \"turbopredictd %1 --help\" for its options.").arg(name) << '\n';
        return ExitInvalidInput;
    }
    if (parser.isSet(helpOption)) {
        m_out << tr("Usage: turbopredictd %1 %2").arg(name, it->synopsis) << '\n'
              << parser.helpText().section(u'\n', 2);
        return ExitOk;
    }
    const QString configDir = parser.value(configOption);
    const QString dataDir =
        parser.isSet(dataOption) ? parser.value(dataOption) : UnitStore::defaultDataDir();

    if (name == u"check-config")
        return checkConfig(configDir);
    if (name == u"init-config")
        return initConfig(parser.positionalArguments());
    if (name == u"check-store") {
        if (!parser.isSet(unitOption)) {
            m_err << tr("turbopredictd check-store: --unit ID is required") << '\n';
            return ExitInvalidInput;
        }
        return checkStore(configDir, dataDir, parser.value(unitOption));
    }
    return usage(ExitInvalidInput);
}

namespace {
FleetConfigResult loadFleet(const QString &configDir)
{
    return configDir.isEmpty() ? FleetConfigLoader::loadDemo() : FleetConfigLoader::load(configDir);
}
} // namespace

int Cli::checkConfig(const QString &configDir)
{
    const FleetConfigResult result = loadFleet(configDir);
    for (const ConfigDiagnostic &d : result.diagnostics)
        m_err << d.toString() << '\n';
    m_err.flush();
    if (!result.ok()) {
        m_err << tr("%n error(s)", nullptr, result.errorCount()) << ", "
              << tr("%n warning(s)", nullptr, result.warningCount()) << '\n';
        return ExitInvalidInput;
    }
    const FleetConfig &fleet = *result.fleet;
    qsizetype tagTotal = 0;
    for (const UnitConfig &unit : fleet.units)
        tagTotal += unit.tags.size();
    m_out << tr("Configuration %1: %n unit(s)", nullptr, static_cast<int>(fleet.units.size()))
                 .arg(configDir.isEmpty() ? tr("(built-in demo fleet)")
                                          : QDir::toNativeSeparators(configDir))
          << ", " << tr("%n tag(s)", nullptr, static_cast<int>(tagTotal)) << ", "
          << tr("%n warning(s)", nullptr, result.warningCount()) << '\n';
    for (const QString &plant : fleet.plants()) {
        m_out << plant << '\n';
        for (const UnitConfig &unit : fleet.units) {
            if (unit.plant != plant)
                continue;
            m_out << QStringLiteral("  %1 %2 %3  %4")
                         .arg(unit.unitId, -14)
                         .arg(tr("%n tag(s)", nullptr, static_cast<int>(unit.tags.size())), -9)
                         .arg(sourceTypeId(unit.source.type), -10)
                         .arg(unit.description)
                  << '\n';
        }
    }
    return ExitOk;
}

int Cli::initConfig(const QStringList &positional)
{
    if (positional.size() != 1) {
        m_err << tr("turbopredictd init-config: give exactly one folder") << '\n';
        return ExitInvalidInput;
    }
    QString error;
    if (!FleetConfigLoader::writeDemoFleet(positional.first(), &error)) {
        m_err << tr("turbopredictd init-config: %1").arg(error) << '\n';
        return ExitFailure;
    }
    m_out << tr("Wrote the demo fleet to %1; check it with: turbopredictd check-config --config %1")
                 .arg(QDir::toNativeSeparators(positional.first()))
          << '\n';
    return ExitOk;
}

int Cli::checkStore(const QString &configDir, const QString &dataDir, const QString &unitId)
{
    const FleetConfigResult result = loadFleet(configDir);
    if (!result.ok()) {
        for (const ConfigDiagnostic &d : result.diagnostics)
            m_err << d.toString() << '\n';
        return ExitInvalidInput;
    }
    const UnitConfig *unit = result.fleet->findUnit(unitId);
    if (!unit) {
        m_err << tr("turbopredictd check-store: no unit \"%1\" in the configuration").arg(unitId)
              << '\n';
        return ExitInvalidInput;
    }
    const QString path = UnitStore::unitFilePath(dataDir, unit->unitId);
    if (!QFileInfo::exists(path)) {
        m_err << tr("turbopredictd check-store: unit %1 has no store yet (%2)")
                     .arg(unit->unitId, QDir::toNativeSeparators(path))
              << '\n';
        return ExitFailure;
    }
    UnitStore store(unit->unitId);
    if (!store.open(path)) {
        m_err << tr("turbopredictd check-store: %1").arg(store.errorString()) << '\n';
        return ExitFailure;
    }
    const std::optional<QStringList> problems = store.integrityCheck();
    if (!problems) {
        m_err << tr("turbopredictd check-store: %1").arg(store.errorString()) << '\n';
        return ExitFailure;
    }
    if (*problems == QStringList{QStringLiteral("ok")}) {
        m_out << tr("%1: ok (schema %2, %n sample(s))", nullptr,
                    static_cast<int>(std::min<qint64>(store.sampleCount(), INT_MAX)))
                     .arg(QDir::toNativeSeparators(path))
                     .arg(store.schemaVersion())
              << '\n';
        return ExitOk;
    }
    m_err << tr("%1: the integrity check found problems:").arg(QDir::toNativeSeparators(path))
          << '\n';
    for (const QString &line : *problems)
        m_err << "  " << line << '\n';
    return ExitFailure;
}

} // namespace tp
