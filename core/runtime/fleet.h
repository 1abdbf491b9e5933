#pragma once

#include "config/fleetconfig.h"
#include "runtime/runtimeoptions.h"
#include "runtime/unitsnapshot.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <vector>
#include <memory>

namespace tp {

class UnitController;

/**
 * Every configured unit's runtime: one UnitController (and so one worker thread and one store
 * connection) per unit, each on its own schedule. Lives in the caller's thread (the GUI's or
 * turbopredictd's); everything it reports arrives by queued signals, so it never blocks that
 * thread except in stop().
 */
class Fleet : public QObject
{
    Q_OBJECT
public:
    Fleet(FleetConfig config, RuntimeOptions options, QObject *parent = nullptr);
    ~Fleet() override;

    void start();
    /** Stops every unit (each checkpoints its store); safe to call twice. */
    void stop();

    /** Adds a unit (a remote site's) at run time; started at once when the fleet runs. False
     *  when the id is taken. */
    bool addUnit(const UnitConfig &unit);
    /** Stops a unit and forgets it (its store stays on disk). */
    bool removeUnit(const QString &unitId);

    QStringList unitIds() const;
    UnitController *unit(const QString &unitId) const;
    QList<UnitSnapshot> snapshots() const;
    const FleetConfig &config() const { return m_config; }
    const RuntimeOptions &options() const { return m_options; }

    bool requestRefresh(const QString &unitId);
    bool requestAnalyze(const QString &unitId);
    bool requestRetrain(const QString &unitId);

Q_SIGNALS:
    void snapshotUpdated(const tp::UnitSnapshot &snapshot);
    void unitStalled(const QString &unitId);
    void unitRecovered(const QString &unitId);
    void errorOccurred(const QString &unitId, const QString &message);
    void actionFinished(const QString &unitId, const QString &action, bool ok, const QString &message);

private:
    std::unique_ptr<UnitController> makeController(const UnitConfig &unit);

    FleetConfig m_config;
    bool m_started = false;
    RuntimeOptions m_options;
    std::vector<std::unique_ptr<UnitController>> m_units;
    std::vector<std::unique_ptr<UnitController>> m_dying; ///< removed, their threads ending
};

} // namespace tp
