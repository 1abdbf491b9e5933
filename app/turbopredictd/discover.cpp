// turbopredictd discover-pi and discover-file: a new unit's file without hand-written YAML.
#include "cli.h"

#include "config/fleetconfigloader.h"
#include "config/unitfilewriter.h"
#include "ingest/exportdiscovery.h"
#include "pi/pidiscovery.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QUrl>

namespace tp {

namespace {

/** The configuration folder a unit file at @p output belongs to: the parent of its units/. */
QString configFolderOf(const QString &output)
{
    if (output.isEmpty())
        return QDir::currentPath();
    // By name: the folders need not exist yet.
    const QString folder = QFileInfo(output).absolutePath();
    return QFileInfo(folder).fileName() == u"units" ? QFileInfo(folder).absolutePath() : folder;
}

/** A file named on the command line, as the unit file names it: relative to its folder. */
QString relativeToConfig(const QString &configDir, const QString &file)
{
    if (file.isEmpty())
        return file;
    return QDir(configDir).relativeFilePath(QFileInfo(file).absoluteFilePath());
}

} // namespace

int Cli::writeDiscovered(const QString &command, const UnitDraft &draft, const QString &output)
{
    const QString text = UnitFileWriter::yaml(draft);
    if (output.isEmpty()) {
        m_out << text;
        m_out.flush();
        return ExitOk;
    }
    if (QFileInfo::exists(output)) {
        m_err << tr("turbopredictd %1: %2 exists; not overwritten").arg(command, QDir::toNativeSeparators(output)) << '\n';
        return ExitFailure;
    }
    QDir().mkpath(QFileInfo(output).absolutePath());
    QSaveFile file(output);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        m_err << tr("turbopredictd %1: %2: %3").arg(command, QDir::toNativeSeparators(output), file.errorString()) << '\n';
        return ExitFailure;
    }
    m_out << tr("Wrote %1 (%n tag(s)).", nullptr, int(draft.tags.size())).arg(QDir::toNativeSeparators(output)) << '\n';
    // What check-config says of it, when it sits in a configuration folder's units/.
    if (QFileInfo(output).absoluteDir().dirName() == u"units") {
        const FleetConfigResult check = FleetConfigLoader::load(configFolderOf(output));
        const QString written = QFileInfo(output).absoluteFilePath();
        int errors = 0;
        for (const ConfigDiagnostic &d : check.diagnostics) {
            if (QFileInfo(d.file).absoluteFilePath() != written)
                continue;
            m_err << d.toString() << '\n';
            errors += d.isError() ? 1 : 0;
        }
        if (errors > 0)
            return ExitInvalidInput;
        m_out << tr("check-config accepts it; start the unit with turbopredictd run --config %1 --units %2")
                     .arg(QDir::toNativeSeparators(configFolderOf(output)), draft.unitId)
              << '\n';
    }
    return ExitOk;
}

int Cli::discoverPi(const DiscoverOptions &options)
{
    const QString command = QStringLiteral("discover-pi");
    QStringList missing;
    if (options.source.url.isEmpty())
        missing << QStringLiteral("--url");
    if (options.filter.isEmpty())
        missing << QStringLiteral("--filter");
    if (options.unitId.isEmpty())
        missing << QStringLiteral("--unit");
    if (options.plant.isEmpty())
        missing << QStringLiteral("--plant");
    if (!missing.isEmpty()) {
        m_err << tr("turbopredictd %1: %2 required").arg(command, missing.join(QStringLiteral(", "))) << '\n';
        return ExitInvalidInput;
    }
    if (!UnitFileWriter::isValidUnitId(options.unitId)) {
        m_err << tr("turbopredictd %1: \"%2\" is not a unit id (letters, digits, -, _ and .)").arg(command, options.unitId) << '\n';
        return ExitInvalidInput;
    }
    if (!QUrl(options.source.url).userInfo().isEmpty()) {
        m_err << tr("turbopredictd %1: --url holds a user name or password; use --user and --password-file").arg(command) << '\n';
        return ExitInvalidInput;
    }
    QString error;
    const auto connection = piConnectionFor(options.source, &error);
    if (!connection) {
        m_err << tr("turbopredictd %1: %2").arg(command, error) << '\n';
        return ExitInvalidInput;
    }
    const PiPointList list = PiDiscovery::listPoints(*connection, options.source.dataServer, options.filter, [this](qsizetype n) {
        m_err << tr("%n point(s) read", nullptr, int(n)) << '\n';
        m_err.flush();
        return true;
    });
    if (!list.ok) {
        m_err << tr("turbopredictd %1: %2").arg(command, list.error) << '\n';
        return ExitFailure;
    }
    if (list.points.isEmpty()) {
        m_err << tr("turbopredictd %1: no point on %2 matches %3").arg(command, list.dataServer, options.filter) << '\n';
        return ExitFailure;
    }
    // File references relative to the configuration folder; the secrets stay in their files.
    SourceConfig source = options.source;
    const QString configDir = configFolderOf(options.output);
    source.passwordFile = relativeToConfig(configDir, source.passwordFile);
    source.clientSecretFile = relativeToConfig(configDir, source.clientSecretFile);
    source.caFile = relativeToConfig(configDir, source.caFile);
    source.history = std::chrono::hours(24 * 365);
    const UnitDraft draft = PiDiscovery::draft(list, source, options.unitId, options.plant, options.timeZone);
    return writeDiscovered(command, draft, options.output);
}

int Cli::discoverFile(const DiscoverOptions &options)
{
    const QString command = QStringLiteral("discover-file");
    if (options.files.size() != 1 || options.unitId.isEmpty() || options.plant.isEmpty()) {
        m_err << tr("turbopredictd %1: one FILE, --unit and --plant are required").arg(command) << '\n';
        return ExitInvalidInput;
    }
    if (!UnitFileWriter::isValidUnitId(options.unitId)) {
        m_err << tr("turbopredictd %1: \"%2\" is not a unit id (letters, digits, -, _ and .)").arg(command, options.unitId) << '\n';
        return ExitInvalidInput;
    }
    const QString file = options.files.constFirst();
    const QString configDir = configFolderOf(options.output);
    const ExportDiscoveryResult found = ExportDiscovery::discover(file, options.unitId, options.plant, options.timeZone,
                                                                  options.sheet, relativeToConfig(configDir, file));
    if (!found.ok) {
        m_err << tr("turbopredictd %1: %2").arg(command, found.error) << '\n';
        return ExitFailure;
    }
    return writeDiscovered(command, found.draft, options.output);
}

} // namespace tp
