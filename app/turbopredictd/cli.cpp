#include "cli.h"

#include "server/apiserver.h"

#include "config/fleetconfigloader.h"
#include "ingest/csvreader.h"
#include "ingest/importer.h"
#include "ingest/localtime.h"
#include "config/duration.h"
#include "runtime/fleet.h"
#include "runtime/unitcontroller.h"
#include "storage/unitstore.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QElapsedTimer>
#include <QTimeZone>
#include <QDir>
#include <QFileInfo>

#include <QEventLoop>
#include <QTimer>

#include <atomic>
#include <csignal>
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
        {QStringLiteral("import"), QStringLiteral("--unit ID [FILE...]"),
         QT_TRANSLATE_NOOP("tp::Cli", "Import historian exports (.xlsx, .csv) into a unit's store"),
         true},
        {QStringLiteral("imports"), QStringLiteral("--unit ID"),
         QT_TRANSLATE_NOOP("tp::Cli", "List a unit's imports: file, time, values stored, already stored and replaced"),
         true},
        {QStringLiteral("undo-import"), QStringLiteral("--unit ID IMPORT_ID"),
         QT_TRANSLATE_NOOP("tp::Cli", "Undo an import: restore the values it replaced, remove the ones it added"),
         true},
        {QStringLiteral("export"), QStringLiteral("--unit ID [--tags A,B] [--from T] [--to T]"),
         QT_TRANSLATE_NOOP("tp::Cli", "Write stored samples as CSV (time,tag,value,quality)"), true},
        {QStringLiteral("run"), QStringLiteral("[--sim-speed N] [--duration 10m]"),
         QT_TRANSLATE_NOOP("tp::Cli", "Run the fleet without HTTP; print a status line per unit per minute"),
         false},
        {QStringLiteral("serve"), QStringLiteral("[--listen ADDR:PORT] [--token-file FILE] [--sim-speed N]"),
         QT_TRANSLATE_NOOP("tp::Cli", "Run the fleet with the HTTP API and Prometheus metrics"), false},
        {QStringLiteral("discover-pi"), QStringLiteral("--url URL --filter 'PCFS.K-12-01.*' --unit ID --plant PLANT"),
         QT_TRANSLATE_NOOP("tp::Cli", "Write a unit file from the points of a PI Web API data server"), true},
        {QStringLiteral("discover-file"), QStringLiteral("FILE --unit ID --plant PLANT"),
         QT_TRANSLATE_NOOP("tp::Cli", "Write a unit file from the tags of an export (.xlsx, .csv)"), true},
        {QStringLiteral("status"), QStringLiteral("[--data DIR]"),
         QT_TRANSLATE_NOOP("tp::Cli", "Print each unit's state from its store"), false},
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
    // Summaries start in one column; a synopsis too long for it puts its summary below.
    constexpr qsizetype column = 2 + 13 + 1 + 26 + 1;
    for (const Command &c : commands()) {
        const QString head = QStringLiteral("  %1 %2").arg(c.name, -13).arg(c.synopsis);
        if (head.size() < column)
            s << head.leftJustified(column);
        else
            s << head << '\n' << QString(column, u' ');
        s << tr(c.summary) << '\n';
    }
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
    const QCommandLineOption sheetOption(QStringLiteral("sheet"),
                                         tr("Sheet to read (default: the unit's source.sheet, else the first)."),
                                         tr("NAME"));
    const QCommandLineOption layoutOption(QStringLiteral("layout"),
                                          tr("Layout: auto (default), sampled or compressed."),
                                          tr("LAYOUT"), QStringLiteral("auto"));
    const QCommandLineOption tagsOption(QStringLiteral("tags"), tr("Comma-separated tag names (default: all)."),
                                        tr("A,B"));
    const QCommandLineOption fromOption(QStringLiteral("from"),
                                        tr("Start time, ISO 8601; UTC unless it names a zone (default: the beginning)."),
                                        tr("T"));
    const QCommandLineOption toOption(QStringLiteral("to"), tr("End time (exclusive), as --from (default: the end)."),
                                      tr("T"));
    const QCommandLineOption outputOption(QStringLiteral("output"), tr("File to write (default: standard output)."),
                                          tr("FILE"));
    const QCommandLineOption simSpeedOption(QStringLiteral("sim-speed"),
                                            tr("Run the clock N times faster than real time (default: 1)."),
                                            tr("N"), QStringLiteral("1"));
    const QCommandLineOption durationOption(QStringLiteral("duration"),
                                            tr("Stop after this long, e.g. 10m (default: until interrupted)."),
                                            tr("DURATION"));
    const QCommandLineOption simHistoryOption(QStringLiteral("sim-history"),
                                              tr("Simulated history to back-fill at the first start, e.g. 7d (default: each unit's configuration)."),
                                              tr("DURATION"));
    const QCommandLineOption statusEveryOption(QStringLiteral("status-every"),
                                               tr("Print the status lines this often (default: 1m)."),
                                               tr("DURATION"), QStringLiteral("1m"));
    parser.addOption(helpOption);
    parser.addOption(configOption);
    parser.addOption(dataOption);
    if (it->needsUnit)
        parser.addOption(unitOption);
    if (name == u"init-config")
        parser.addPositionalArgument(QStringLiteral("DIR"), tr("Folder to write the files into."));
    if (name == u"undo-import")
        parser.addPositionalArgument(QStringLiteral("IMPORT_ID"),
                                     tr("The import to undo, as \"turbopredictd imports\" lists it."));
    if (name == u"import") {
        parser.addOption(sheetOption);
        parser.addOption(layoutOption);
        parser.addPositionalArgument(QStringLiteral("FILE"),
                                     tr("Export files to import (default: the unit's source: its file, or the new files of its folder)."),
                                     tr("[FILE...]"));
    }
    const QCommandLineOption listenOption(QStringLiteral("listen"),
                                          tr("Address and port to listen on (default: 127.0.0.1:8080; another address must be asked for)."),
                                          tr("ADDR:PORT"), QStringLiteral("127.0.0.1:8080"));
    const QCommandLineOption tokenFileOption(QStringLiteral("token-file"),
                                             tr("File holding the bearer token that POSTs need (else TP_API_TOKEN; never on the command line)."),
                                             tr("FILE"));
    const QCommandLineOption tokenForGetOption(QStringLiteral("token-for-get"), tr("Require the token for GETs too."));
    const QCommandLineOption tlsCertOption(QStringLiteral("tls-cert"), tr("TLS certificate (PEM); with --tls-key serves HTTPS."), tr("FILE"));
    const QCommandLineOption tlsKeyOption(QStringLiteral("tls-key"), tr("TLS private key (PEM)."), tr("FILE"));
    const QCommandLineOption unitsOption(QStringLiteral("units"),
                                         tr("Run only these units (comma-separated ids; default: all), e.g. one container per unit."),
                                         tr("IDS"));
    if (name == u"run" || name == u"serve") {
        parser.addOption(unitsOption);
        parser.addOption(simSpeedOption);
        parser.addOption(simHistoryOption);
        parser.addOption(durationOption);
        parser.addOption(statusEveryOption);
    }
    if (name == u"serve") {
        parser.addOption(listenOption);
        parser.addOption(tokenFileOption);
        parser.addOption(tokenForGetOption);
        parser.addOption(tlsCertOption);
        parser.addOption(tlsKeyOption);
    }
    const QCommandLineOption urlOption(QStringLiteral("url"), tr("The PI Web API, e.g. https://pi-web.plant.local/piwebapi."), tr("URL"));
    const QCommandLineOption dataServerOption(QStringLiteral("data-server"), tr("PI data server (default: the only one the server lists)."), tr("NAME"));
    const QCommandLineOption authOption(QStringLiteral("auth"), tr("kerberos (default: the logged-on Windows user), basic, bearer or anonymous."), tr("AUTH"), QStringLiteral("kerberos"));
    const QCommandLineOption userOption(QStringLiteral("user"), tr("User for basic authentication, e.g. PLANT\\svc-reader."), tr("U"));
    const QCommandLineOption passwordFileOption(QStringLiteral("password-file"), tr("File holding the password (else TP_PI_PASSWORD; never on the command line)."), tr("FILE"));
    const QCommandLineOption tokenUrlOption(QStringLiteral("token-url"), tr("Bearer: the identity provider's token URL."), tr("URL"));
    const QCommandLineOption clientIdOption(QStringLiteral("client-id"), tr("Bearer: the client id."), tr("ID"));
    const QCommandLineOption clientSecretFileOption(QStringLiteral("client-secret-file"), tr("Bearer: file holding the client secret (else TP_PI_CLIENT_SECRET)."), tr("FILE"));
    const QCommandLineOption caFileOption(QStringLiteral("ca-file"), tr("Extra CA certificate (PEM) to trust."), tr("FILE"));
    const QCommandLineOption filterOption(QStringLiteral("filter"), tr("Point name filter, * and ? as wildcards, e.g. 'PCFS.K-12-01.*'."), tr("PATTERN"));
    const QCommandLineOption plantOption(QStringLiteral("plant"), tr("The unit's plant, e.g. PCFS."), tr("PLANT"));
    const QCommandLineOption timezoneOption(QStringLiteral("timezone"), tr("The plant's IANA time zone, e.g. Asia/Kuala_Lumpur."), tr("ZONE"));
    const QCommandLineOption unitFileOption(QStringLiteral("output"), tr("Unit file to write (default: standard output); an existing file is not overwritten."), tr("FILE"));
    if (name == u"discover-pi") {
        for (const QCommandLineOption *o : {&urlOption, &dataServerOption, &authOption, &userOption, &passwordFileOption,
                                            &tokenUrlOption, &clientIdOption, &clientSecretFileOption, &caFileOption,
                                            &filterOption, &plantOption, &timezoneOption, &unitFileOption})
            parser.addOption(*o);
    }
    if (name == u"discover-file") {
        for (const QCommandLineOption *o : {&plantOption, &timezoneOption, &sheetOption, &unitFileOption})
            parser.addOption(*o);
        parser.addPositionalArgument(QStringLiteral("FILE"), tr("The export (.xlsx or .csv)."));
    }
    if (name == u"export") {
        parser.addOption(tagsOption);
        parser.addOption(fromOption);
        parser.addOption(toOption);
        parser.addOption(outputOption);
    }

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
    if (name == u"run" || name == u"serve") {
        bool ok = false;
        const double speed = parser.value(simSpeedOption).toDouble(&ok);
        if (!ok || speed <= 0 || speed > 1e6) {
            m_err << tr("turbopredictd %1: --sim-speed must be a number above 0").arg(name) << '\n';
            return ExitInvalidInput;
        }
        std::optional<std::chrono::milliseconds> duration;
        if (parser.isSet(durationOption)) {
            duration = parseDuration(parser.value(durationOption));
            if (!duration) {
                m_err << tr("turbopredictd run: \"%1\" is not a duration (use 30s, 5m, 1h)")
                             .arg(parser.value(durationOption))
                      << '\n';
                return ExitInvalidInput;
            }
        }
        if (parser.isSet(simHistoryOption)) {
            m_simHistory = parseDuration(parser.value(simHistoryOption));
            if (!m_simHistory || m_simHistory->count() <= 0) {
                m_err << tr("turbopredictd run: \"%1\" is not a duration (use 30s, 5m, 1h)")
                             .arg(parser.value(simHistoryOption))
                      << '\n';
                return ExitInvalidInput;
            }
        }
        const auto every = parseDuration(parser.value(statusEveryOption));
        if (!every || every->count() <= 0) {
            m_err << tr("turbopredictd run: \"%1\" is not a duration (use 30s, 5m, 1h)")
                         .arg(parser.value(statusEveryOption))
                  << '\n';
            return ExitInvalidInput;
        }
        std::optional<ApiOptions> api;
        if (name == u"serve") {
            api = ApiOptions{};
            api->dataDir = dataDir;
            const QString listen = parser.value(listenOption);
            const qsizetype colon = listen.lastIndexOf(u':');
            bool portOk = false;
            const uint port = colon > 0 ? listen.mid(colon + 1).toUInt(&portOk) : 0;
            QString host = colon > 0 ? listen.left(colon) : QString();
            if (host.startsWith(u'[') && host.endsWith(u']'))
                host = host.mid(1, host.size() - 2);
            if (!portOk || port > 65535 || !api->address.setAddress(host)) {
                m_err << tr("turbopredictd serve: --listen must be ADDRESS:PORT, e.g. 127.0.0.1:8080 or 0.0.0.0:8080") << '\n';
                return ExitInvalidInput;
            }
            api->port = quint16(port);
            if (parser.isSet(tokenFileOption)) {
                QFile f(parser.value(tokenFileOption));
                if (!f.open(QIODevice::ReadOnly)) {
                    m_err << tr("turbopredictd serve: %1: %2").arg(f.fileName(), f.errorString()) << '\n';
                    return ExitInvalidInput;
                }
                api->token = f.readAll().trimmed();
            } else {
                api->token = qgetenv("TP_API_TOKEN").trimmed();
            }
            api->tokenForGet = parser.isSet(tokenForGetOption);
            api->certificateFile = parser.value(tlsCertOption);
            api->keyFile = parser.value(tlsKeyOption);
            if (api->certificateFile.isEmpty() != api->keyFile.isEmpty()) {
                m_err << tr("turbopredictd serve: --tls-cert and --tls-key go together") << '\n';
                return ExitInvalidInput;
            }
        }
        m_onlyUnits = parser.value(unitsOption).split(u',', Qt::SkipEmptyParts);
        return runFleet(configDir, dataDir, speed, duration, *every, api ? &*api : nullptr);
    }
    if (name == u"status")
        return printStatus(configDir, dataDir);
    if (name == u"discover-pi" || name == u"discover-file") {
        DiscoverOptions d;
        d.unitId = parser.value(unitOption);
        d.plant = parser.value(plantOption);
        d.timeZone = parser.value(timezoneOption).toUtf8();
        d.output = parser.value(unitFileOption);
        if (name == u"discover-file") {
            d.sheet = parser.value(sheetOption);
            d.files = parser.positionalArguments();
            return discoverFile(d);
        }
        d.source.type = SourceType::PiWebApi;
        d.source.url = parser.value(urlOption);
        d.source.dataServer = parser.value(dataServerOption);
        const auto auth = piAuthFromId(parser.value(authOption));
        if (!auth) {
            m_err << tr("turbopredictd discover-pi: --auth must be kerberos, basic, bearer or anonymous") << '\n';
            return ExitInvalidInput;
        }
        d.source.piAuth = *auth;
        d.source.piUser = parser.value(userOption);
        d.source.passwordFile = parser.value(passwordFileOption);
        d.source.tokenUrl = parser.value(tokenUrlOption);
        d.source.clientId = parser.value(clientIdOption);
        d.source.clientSecretFile = parser.value(clientSecretFileOption);
        d.source.caFile = parser.value(caFileOption);
        d.filter = parser.value(filterOption);
        return discoverPi(d);
    }
    if (name == u"check-store") {
        if (!parser.isSet(unitOption)) {
            m_err << tr("turbopredictd check-store: --unit ID is required") << '\n';
            return ExitInvalidInput;
        }
        return checkStore(configDir, dataDir, parser.value(unitOption));
    }
    if (name == u"import" || name == u"export" || name == u"imports" || name == u"undo-import") {
        if (!parser.isSet(unitOption)) {
            m_err << tr("turbopredictd %1: --unit ID is required").arg(name) << '\n';
            return ExitInvalidInput;
        }
        if (name == u"imports")
            return listImports(configDir, dataDir, parser.value(unitOption));
        if (name == u"undo-import") {
            bool ok = false;
            const qint64 id = parser.positionalArguments().size() == 1
                ? parser.positionalArguments().first().toLongLong(&ok)
                : 0;
            if (!ok || id <= 0) {
                m_err << tr("turbopredictd undo-import: give one import id, as \"turbopredictd imports --unit %1\" lists it")
                             .arg(parser.value(unitOption))
                      << '\n';
                return ExitInvalidInput;
            }
            return undoImport(configDir, dataDir, parser.value(unitOption), id);
        }
        if (name == u"import") {
            const QString layout = parser.value(layoutOption);
            if (layout != u"auto" && layout != u"sampled" && layout != u"compressed") {
                m_err << tr("turbopredictd import: --layout must be auto, sampled or compressed") << '\n';
                return ExitInvalidInput;
            }
            return importFiles(configDir, dataDir, parser.value(unitOption), parser.positionalArguments(),
                               parser.value(sheetOption), layout);
        }
        return exportSamples(configDir, dataDir, parser.value(unitOption), parser.value(tagsOption),
                             parser.value(fromOption), parser.value(toOption), parser.value(outputOption));
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
    if (!result.ok() || result.errorCount() > 0) { // a missing source file is refused here too
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

namespace tp {

namespace {
/** 2026-03-01T00:00:00Z, with milliseconds only when there are any. */
QString utcText(qint64 ms)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
    return t.toString(ms % 1000 ? QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz'Z'")
                                : QStringLiteral("yyyy-MM-ddTHH:mm:ss'Z'"));
}
} // namespace

bool Cli::openUnit(const QString &configDir, const QString &dataDir, const QString &unitId,
                   UnitConfig *unit, UnitStore *store, int *status)
{
    const FleetConfigResult result = loadFleet(configDir);
    if (!result.ok()) {
        for (const ConfigDiagnostic &d : result.diagnostics)
            m_err << d.toString() << '\n';
        *status = ExitInvalidInput;
        return false;
    }
    const UnitConfig *found = result.fleet->findUnit(unitId);
    if (!found) {
        m_err << tr("turbopredictd: no unit \"%1\" in the configuration").arg(unitId) << '\n'
              << tr("To create it from an export: turbopredictd discover-file FILE --unit %1 --plant PLANT --output %2")
                     .arg(unitId, QDir::toNativeSeparators(QDir(configDir.isEmpty() ? QStringLiteral("CONFIG") : configDir)
                                                                .filePath(QStringLiteral("units/%1.yml").arg(unitId))))
              << '\n';
        *status = ExitInvalidInput;
        return false;
    }
    *unit = *found;
    StoreOptions options;
    options.synchronous = result.fleet->global.synchronous;
    options.busyTimeoutMs = int(result.fleet->global.busyTimeout.count());
    if (!store->open(UnitStore::unitFilePath(dataDir, unit->unitId), options)
        || !store->syncTags(unit->tags)) {
        m_err << tr("turbopredictd: %1").arg(store->errorString()) << '\n';
        *status = ExitFailure;
        return false;
    }
    return true;
}

int Cli::importFiles(const QString &configDir, const QString &dataDir, const QString &unitId,
                     const QStringList &files, const QString &sheet, const QString &layout)
{
    UnitConfig unit;
    UnitStore store(unitId);
    int status = ExitOk;
    if (!openUnit(configDir, dataDir, unitId, &unit, &store, &status))
        return status;
    Importer importer(store, unit);
    ImportOptions options;
    options.sheet = sheet;
    options.layout = layout == u"auto" && !unit.source.layout.isEmpty() ? unit.source.layout : layout;
    if (files.isEmpty()) {
        // No files: the unit's own source (its file, or the new files of its folder).
        QList<ImportSummary> results;
        switch (unit.source.type) {
        case SourceType::Xlsx:
        case SourceType::Csv: results.append(importer.importFile(unit.source.path, options)); break;
        case SourceType::Folder:
            results = importer.importFolder(unit.source.path, unit.source.pattern, options);
            if (results.isEmpty())
                m_out << tr("%1: no new or changed files").arg(QDir::toNativeSeparators(unit.source.path)) << '\n';
            break;
        default:
            m_err << tr("turbopredictd import: unit %1 has a %2 source; give the files to import")
                         .arg(unit.unitId, sourceTypeId(unit.source.type))
                  << '\n';
            return ExitInvalidInput;
        }
        for (const ImportSummary &s : std::as_const(results)) {
            if (!printSummary(s, -1))
                status = ExitFailure;
        }
        return status;
    }
    for (const QString &file : files) {
        QElapsedTimer timer;
        timer.start();
        int lastPercent = -1;
        const ImportSummary s = importer.importFile(file, options, [&](const ImportProgress &p) {
            if (p.percent() / 10 != lastPercent / 10) {
                lastPercent = p.percent();
                m_err << tr("%1: %2% (%n row(s))", nullptr, int(p.rows)).arg(QFileInfo(file).fileName()).arg(p.percent())
                      << '\n';
                m_err.flush();
            }
        });
        if (!printSummary(s, timer.elapsed()))
            status = ExitFailure;
    }
    return status;
}

bool Cli::printSummary(const ImportSummary &s, qint64 elapsedMs)
{
    if (!s.ok) {
        m_err << tr("turbopredictd import: %1").arg(s.cancelled ? tr("%1: cancelled").arg(s.file) : s.error) << '\n';
        return false;
    }
    m_out << tr("%1%2: %3 layout, %n row(s)", nullptr, int(s.rowsRead))
                 .arg(s.file, s.sheet.isEmpty() ? QString() : u" [" + s.sheet + u']', s.layout)
          << ", " << tr("%1 values: %2 stored, %3 already stored, %4 skipped; %5 added, %6 replaced")
                         .arg(s.valuesRead).arg(s.valuesStored).arg(s.valuesUnchanged).arg(s.valuesSkipped)
                         .arg(s.valuesStored - s.valuesReplaced).arg(s.valuesReplaced)
          << (elapsedMs >= 0 ? u", " + tr("%1 s").arg(elapsedMs / 1000.0, 0, 'f', 2) : QString()) << '\n';
    m_out << "  " << tr("import id: %1").arg(s.importId) << '\n';
    for (const ImportFinding &f : importFindings(s)) {
        m_out << "  " << f.headline << '\n';
        for (const QString &item : f.items)
            m_out << "    " << item << '\n';
    }
    m_out << "  " << tr("tags: %1 mapped").arg(s.mappedTags.size());
    if (!s.unmatchedColumns.isEmpty())
        m_out << ", " << tr("unmatched columns: %1").arg(s.unmatchedColumns.join(QStringLiteral(", ")));
    m_out << '\n';
    if (s.firstTs <= s.lastTs)
        m_out << "  " << tr("time range (UTC): %1 to %2")
                             .arg(utcText(s.firstTs), utcText(s.lastTs))
              << '\n';
    for (auto it = s.states.cbegin(); it != s.states.cend(); ++it)
        m_out << "  " << tr("state \"%1\": %2").arg(it.key()).arg(it.value()) << '\n';
    if (s.nonexistentLocalTimes || s.ambiguousLocalTimes)
        m_out << "  " << tr("DST: %1 nonexistent local times (moved forward), %2 ambiguous (first occurrence taken)")
                             .arg(s.nonexistentLocalTimes).arg(s.ambiguousLocalTimes)
              << '\n';
    for (const QString &w : s.warnings)
        m_out << "  " << tr("warning: %1").arg(w) << '\n';
    if (s.warningCount > s.warnings.size())
        m_out << "  " << tr("... and %1 more warnings").arg(s.warningCount - s.warnings.size()) << '\n';
    return true;
}

int Cli::listImports(const QString &configDir, const QString &dataDir, const QString &unitId)
{
    UnitConfig unit;
    UnitStore store(unitId);
    int status = ExitOk;
    if (!openUnit(configDir, dataDir, unitId, &unit, &store, &status))
        return status;
    const QList<ImportRecord> imports = store.imports();
    if (!store.errorString().isEmpty()) {
        m_err << tr("turbopredictd imports: unit %1: %2").arg(unit.unitId, store.errorString()) << '\n';
        return ExitFailure;
    }
    if (imports.isEmpty()) {
        m_out << tr("Unit %1 has no imports.").arg(unit.unitId) << '\n';
        return ExitOk;
    }
    const QString row = QStringLiteral("%1  %2  %3  %4  %5  %6  %7\n");
    m_out << row.arg(tr("ID"), 6).arg(tr("IMPORTED"), -25).arg(tr("STATUS"), -9).arg(tr("STORED"), 9)
                 .arg(tr("ALREADY STORED"), 14).arg(tr("REPLACED"), 9).arg(tr("FILE"));
    for (const ImportRecord &r : imports) {
        m_out << row.arg(r.id, 6).arg(plantTimeText(r.startedAt, unit.timeZone), -25).arg(r.status, -9)
                     .arg(r.valuesStored, 9).arg(r.valuesUnchanged, 14).arg(r.valuesReplaced, 9).arg(r.fileName);
    }
    return ExitOk;
}

int Cli::undoImport(const QString &configDir, const QString &dataDir, const QString &unitId, qint64 importId)
{
    UnitConfig unit;
    UnitStore store(unitId);
    int status = ExitOk;
    if (!openUnit(configDir, dataDir, unitId, &unit, &store, &status))
        return status;
    const QString user = qEnvironmentVariable("USERNAME", qEnvironmentVariable("USER"));
    const std::optional<UndoStats> undone = store.undoImport(importId, user);
    if (!undone) {
        m_err << tr("turbopredictd undo-import: %1").arg(store.errorString()) << '\n';
        return ExitFailure;
    }
    m_out << tr("Unit %1, import %2 undone: %3 value(s) restored, %4 removed")
                 .arg(unit.unitId).arg(importId).arg(undone->restored).arg(undone->removed)
          << '\n';
    return ExitOk;
}

namespace {
std::optional<qint64> parseTime(const QString &text)
{
    bool utc = false;
    const QByteArray bytes = text.toUtf8();
    if (auto ms = CsvReader::parseDateTime(bytes, &utc))
        return *ms; // without a zone: taken as UTC
    return std::nullopt;
}
} // namespace

int Cli::exportSamples(const QString &configDir, const QString &dataDir, const QString &unitId,
                       const QString &tags, const QString &from, const QString &to,
                       const QString &output)
{
    qint64 fromMs = std::numeric_limits<qint64>::min() / 2;
    qint64 toMs = std::numeric_limits<qint64>::max() / 2;
    for (auto [text, target] : {std::pair{&from, &fromMs}, std::pair{&to, &toMs}}) {
        if (text->isEmpty())
            continue;
        const std::optional<qint64> ms = parseTime(*text);
        if (!ms) {
            m_err << tr("turbopredictd export: \"%1\" is not a time (use 2026-03-01T00:00:00Z)").arg(*text) << '\n';
            return ExitInvalidInput;
        }
        *target = *ms;
    }
    UnitConfig unit;
    UnitStore store(unitId);
    int status = ExitOk;
    if (!openUnit(configDir, dataDir, unitId, &unit, &store, &status))
        return status;
    QList<std::pair<QString, qint64>> selected;
    if (tags.isEmpty()) {
        for (const StoredTag &t : store.tags())
            selected.append({t.name, t.id});
    } else {
        for (const QString &name : tags.split(u',', Qt::SkipEmptyParts)) {
            const std::optional<qint64> id = store.tagId(name.trimmed());
            if (!id) {
                m_err << tr("turbopredictd export: unit %1 has no tag \"%2\"").arg(unit.unitId, name.trimmed()) << '\n';
                return ExitInvalidInput;
            }
            selected.append({name.trimmed(), *id});
        }
    }
    QFile file;
    if (output.isEmpty()) {
        if (!file.open(stdout, QIODevice::WriteOnly))
            return ExitFailure;
    } else {
        file.setFileName(output);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            m_err << tr("turbopredictd export: cannot write %1: %2").arg(output, file.errorString()) << '\n';
            return ExitFailure;
        }
    }
    QByteArray buffer = "time,tag,value,quality\n";
    for (const auto &[name, id] : std::as_const(selected)) {
        const std::optional<QList<Sample>> samples = store.readRange(id, fromMs, toMs);
        if (!samples) {
            m_err << tr("turbopredictd export: %1").arg(store.errorString()) << '\n';
            return ExitFailure;
        }
        const QByteArray tagField = name.contains(u',') || name.contains(u'"')
            ? '"' + name.toUtf8().replace("\"", "\"\"") + '"'
            : name.toUtf8();
        for (const Sample &s : *samples) {
            buffer += utcText(s.ts).toLatin1();
            buffer += ',';
            buffer += tagField;
            buffer += ',';
            if (s.quality == GoodQuality) {
                buffer += QByteArray::number(s.value, 'g', QLocale::FloatingPointShortest);
                buffer += ",good\n";
            } else {
                QByteArray state = store.qualityName(s.quality).toUtf8();
                if (state.contains(',') || state.contains('"'))
                    state = '"' + state.replace("\"", "\"\"") + '"';
                buffer += ',' + state + '\n';
            }
            if (buffer.size() > (1 << 20)) {
                file.write(buffer);
                buffer.clear();
            }
        }
    }
    file.write(buffer);
    file.flush();
    return ExitOk;
}

} // namespace tp

namespace tp {

namespace {

std::atomic_bool s_interrupted{false};

extern "C" void onInterrupt(int)
{
    s_interrupted.store(true);
}

QString shortAge(qint64 ms)
{
    if (ms < 0)
        return QStringLiteral("-");
    if (ms < 120'000)
        return QStringLiteral("%1s").arg(ms / 1000);
    if (ms < 7'200'000)
        return QStringLiteral("%1m").arg(ms / 60'000);
    if (ms < 172'800'000)
        return QStringLiteral("%1h").arg(ms / 3'600'000);
    return QStringLiteral("%1d").arg(ms / 86'400'000);
}

QString clockText(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss'Z'"))
                  : QStringLiteral("-");
}

} // namespace

QString Cli::statusLine(const UnitSnapshot &s)
{
    QString line = QStringLiteral("%1 %2 %3 %4")
                       .arg(s.unitId, -13)
                       .arg(unitStateId(s.state), -11)
                       .arg(operatingModeId(s.mode), -9)
                       .arg(tr("alarms %1 (%2 unack)").arg(s.alarms.size()).arg(s.unacknowledgedCount()), -20);
    line += QStringLiteral(" %1 %2 %3 %4")
                .arg((s.stale ? tr("STALE %1") : tr("fresh %1")).arg(shortAge(s.freshnessMs)), -11)
                .arg(tr("stale %1").arg(s.staleTags), -9)
                .arg(tr("refreshes %1").arg(s.refreshCount), -15)
                .arg(tr("last %1 ms").arg(s.lastRefreshMs));
    if (s.healthIndex)
        line += u' ' + tr("health %1 (%2)").arg(qRound(*s.healthIndex)).arg(s.healthGrade);
    // The most urgent forecast: "RUL 16PDIA-537 P10/P50/P90 18/19/19 d".
    if (!s.rul.isEmpty() && s.rul.first().p50Days) {
        const RulSummary &r = s.rul.first();
        const QString name = r.indicator.count(u'.') >= 2 ? r.indicator.section(u'.', -2, -2) : r.indicator;
        auto days = [](const std::optional<double> &d) { return d ? QString::number(qRound(*d)) : QStringLiteral(">"); };
        line += u' ' + tr("RUL %1 %2/%3/%4 d").arg(name, days(r.p10Days), days(r.p50Days), days(r.p90Days));
    }
    if (s.stale)
        line += u' ' + (s.newestGoodTs > 0 ? tr("(mode, health and RUL as of %1)").arg(clockText(s.newestGoodTs))
                                           : tr("(no data)"));
    if (s.progress >= 0)
        line += u' ' + tr("back-fill %1%").arg(qRound(s.progress * 100));
    if (s.alarmRate.flood)
        line += u' ' + tr("ALARM FLOOD");
    if (!s.lastError.isEmpty())
        line += QStringLiteral("  ") + tr("error: %1").arg(s.lastError);
    return line;
}

int Cli::runFleet(const QString &configDir, const QString &dataDir, double speed,
                  std::optional<std::chrono::milliseconds> duration, std::chrono::milliseconds every,
                  const ApiOptions *api)
{
    const FleetConfigResult result = loadFleet(configDir);
    for (const ConfigDiagnostic &d : result.diagnostics)
        m_err << d.toString() << '\n';
    if (!result.ok())
        return ExitInvalidInput;
    FleetConfig config = *result.fleet;
    if (!m_onlyUnits.isEmpty()) {
        for (const QString &id : std::as_const(m_onlyUnits)) {
            if (!config.findUnit(id)) {
                m_err << tr("turbopredictd: --units: there is no unit %1 in the configuration").arg(id) << '\n';
                return ExitInvalidInput;
            }
        }
        config.units.removeIf([&](const UnitConfig &u) { return !m_onlyUnits.contains(u.unitId, Qt::CaseInsensitive); });
    }
    RuntimeOptions options;
    options.dataDir = dataDir;
    options.clock = std::make_shared<FleetClock>(speed);
    options.simulatorHistory = m_simHistory;
    Fleet fleet(config, options);
    m_out << tr("Running %n unit(s) from %1 with data in %2", nullptr, static_cast<int>(fleet.unitIds().size()))
                 .arg(configDir.isEmpty() ? tr("the built-in demo fleet") : QDir::toNativeSeparators(configDir),
                      QDir::toNativeSeparators(dataDir));
    if (speed != 1.0)
        m_out << ' ' << tr("(clock %1x real time)").arg(speed);
    m_out << '\n';
    m_out.flush();
    QObject::connect(&fleet, &Fleet::unitStalled, [this](const QString &unit) {
        m_err << tr("%1: stalled (no heartbeat)").arg(unit) << '\n';
        m_err.flush();
    });
    QObject::connect(&fleet, &Fleet::unitRecovered, [this](const QString &unit) {
        m_err << tr("%1: recovered").arg(unit) << '\n';
        m_err.flush();
    });

    std::unique_ptr<ApiServer> server;
    if (api) {
        server = std::make_unique<ApiServer>(fleet, *api);
        if (!server->start()) {
            m_err << tr("turbopredictd serve: %1").arg(server->errorString()) << '\n';
            return ExitFailure;
        }
        m_out << tr("Serving the API on %1%2:%3%4")
                     .arg(api->certificateFile.isEmpty() ? QStringLiteral("http://") : QStringLiteral("https://"),
                          api->address.protocol() == QAbstractSocket::IPv6Protocol ? u'[' + api->address.toString() + u']' : api->address.toString())
                     .arg(server->port())
                     .arg(api->token.isEmpty() ? u' ' + tr("(no token: POSTs are refused)") : QString())
              << '\n';
        m_out.flush();
    }

    s_interrupted.store(false);
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(200);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (s_interrupted.load())
            loop.quit();
    });
    QTimer status;
    status.setInterval(static_cast<int>(std::min<qint64>(every.count(), INT_MAX)));
    auto printAll = [&] {
        m_out << clockText(options.clock->now()) << '\n';
        for (const UnitSnapshot &s : fleet.snapshots())
            m_out << QStringLiteral("  ") << statusLine(s) << '\n';
        m_out.flush();
    };
    QObject::connect(&status, &QTimer::timeout, &loop, printAll);
    if (duration)
        QTimer::singleShot(static_cast<int>(std::min<qint64>(duration->count(), INT_MAX)), &loop, &QEventLoop::quit);
    fleet.start();
    poll.start();
    status.start();
    loop.exec();
    status.stop();
    if (server)
        server->stopListening(); // no new requests while the units stop
    printAll();
    fleet.stop();
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    int errors = 0;
    for (const UnitSnapshot &s : fleet.snapshots())
        errors += s.errorCount > 0 && s.refreshCount == 0 ? 1 : 0;
    m_out << tr("Stopped; every store was checkpointed.") << '\n';
    return errors > 0 ? ExitFailure : ExitOk;
}

int Cli::printStatus(const QString &configDir, const QString &dataDir)
{
    const FleetConfigResult result = loadFleet(configDir);
    if (!result.ok()) {
        for (const ConfigDiagnostic &d : result.diagnostics)
            m_err << d.toString() << '\n';
        return ExitInvalidInput;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    int problems = 0;
    m_out << QStringLiteral("%1 %2 %3 %4 %5 %6")
                 .arg(tr("unit"), -13)
                 .arg(tr("mode"), -10)
                 .arg(tr("newest sample"), -21)
                 .arg(tr("age"), -6)
                 .arg(tr("alarms"), -8)
                 .arg(tr("unacknowledged"))
          << '\n';
    for (const UnitConfig &unit : result.fleet->units) {
        const QString path = UnitStore::unitFilePath(dataDir, unit.unitId);
        if (!QFileInfo::exists(path)) {
            m_out << QStringLiteral("%1 %2").arg(unit.unitId, -13).arg(tr("no store yet")) << '\n';
            continue;
        }
        UnitStore store(unit.unitId);
        if (!store.open(path)) {
            ++problems;
            m_out << QStringLiteral("%1 %2").arg(unit.unitId, -13).arg(tr("error: %1").arg(store.errorString())) << '\n';
            continue;
        }
        const qint64 newest = store.newestSampleTime();
        int standing = 0;
        int unacknowledged = 0;
        for (const AlarmLogEntry &e : store.latestAlarmStates()) {
            const auto state = alarmStateFromId(e.toState);
            if (!state)
                continue;
            AlarmStatus status;
            status.state = *state;
            standing += status.isStanding() ? 1 : 0;
            unacknowledged += status.needsAcknowledgement() ? 1 : 0;
        }
        m_out << QStringLiteral("%1 %2 %3 %4 %5 %6")
                     .arg(unit.unitId, -13)
                     .arg(store.metaValue(QStringLiteral("mode")).value_or(QStringLiteral("unknown")), -10)
                     .arg(clockText(newest), -21)
                     .arg(newest > 0 ? shortAge(now - newest) : QStringLiteral("-"), -6)
                     .arg(standing, -8)
                     .arg(unacknowledged)
              << '\n';
    }
    return problems > 0 ? ExitFailure : ExitOk;
}

} // namespace tp
