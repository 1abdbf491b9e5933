#pragma once

#include "config/fleetconfig.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

#include <chrono>
#include <optional>

namespace tp {

class UnitStore;
struct UnitDraft;
struct UnitConfig;
struct ImportSummary;
struct UnitSnapshot;
struct ApiOptions;

/** Exit statuses of turbopredictd. */
enum ExitStatus {
    ExitOk = 0,
    ExitFailure = 1,      ///< the command ran and found a problem (damaged store, I/O error)
    ExitInvalidInput = 2, ///< bad usage or invalid configuration
};

/**
 * The command line of `turbopredictd`: `turbopredictd <command> [options]`. Every command
 * accepts --config DIR, --data DIR and --help. Output for people on stdout, problems on stderr.
 */
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(tp::Cli)
public:
    explicit Cli(QStringList arguments);
    int run();

private:
    struct Command;
    static const QList<Command> &commands();

    int usage(int status);
    int checkConfig(const QString &configDir);
    int initConfig(const QStringList &positional);
    int checkStore(const QString &configDir, const QString &dataDir, const QString &unitId);
    int importFiles(const QString &configDir, const QString &dataDir, const QString &unitId,
                    const QStringList &files, const QString &sheet, const QString &layout);
    int listImports(const QString &configDir, const QString &dataDir, const QString &unitId);
    int undoImport(const QString &configDir, const QString &dataDir, const QString &unitId, qint64 importId);
    int exportSamples(const QString &configDir, const QString &dataDir, const QString &unitId,
                      const QString &tags, const QString &from, const QString &to,
                      const QString &output);
    int runFleet(const QString &configDir, const QString &dataDir, double speed,
                 std::optional<std::chrono::milliseconds> duration, std::chrono::milliseconds every,
                 const ApiOptions *api = nullptr);
    int printStatus(const QString &configDir, const QString &dataDir);
    struct DiscoverOptions {
        QString unitId, plant, output, filter, sheet;
        QByteArray timeZone;
        QStringList files;
        SourceConfig source;
    };
    int discoverPi(const DiscoverOptions &options);
    int discoverFile(const DiscoverOptions &options);
    /** Writes a discovered unit file to --output (never over an existing file) or stdout,
     *  then checks it as check-config would; the exit status. */
    int writeDiscovered(const QString &command, const UnitDraft &draft, const QString &output);
    std::optional<std::chrono::milliseconds> m_simHistory; ///< --sim-history
    QStringList m_onlyUnits;                                ///< --units
    static QString statusLine(const UnitSnapshot &snapshot);
    /** Prints an import's summary; false when it failed. */
    bool printSummary(const ImportSummary &summary, qint64 elapsedMs);
    /** Loads the configuration and opens the unit's store (created if missing); prints the
     *  problem and returns false otherwise. */
    bool openUnit(const QString &configDir, const QString &dataDir, const QString &unitId,
                  UnitConfig *unit, UnitStore *store, int *status);

    QStringList m_arguments;
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace tp
