#pragma once

#include "configdiagnostic.h"
#include "fleetconfig.h"

#include <QCoreApplication>

#include <optional>

namespace tp {

/** The outcome of reading a configuration folder: the fleet when there were no errors, and
 *  every warning and error found (all of them, not only the first). */
struct FleetConfigResult {
    std::optional<FleetConfig> fleet;
    ConfigDiagnostics diagnostics;

    bool ok() const { return fleet.has_value(); }
    int errorCount() const;
    int warningCount() const;
};

/**
 * Reads and validates `DIR/global.yml` and `DIR/units/<UNIT_ID>.yml` (yaml-cpp). Pure function
 * of the files: safe to call from any thread, never shows UI. Messages are translated and name
 * file, line and key.
 */
class FleetConfigLoader
{
    Q_DECLARE_TR_FUNCTIONS(tp::FleetConfigLoader)
public:
    static FleetConfigResult load(const QString &directory);

    /** The built-in demo fleet (13 units, simulator sources), compiled into tp_core. */
    static FleetConfigResult loadDemo();
    static QString demoDirectory();

    /** Writes the demo fleet as editable files into @p directory (created if needed). Refuses
     *  to overwrite an existing configuration. */
    static bool writeDemoFleet(const QString &directory, QString *errorMessage);
};

} // namespace tp
