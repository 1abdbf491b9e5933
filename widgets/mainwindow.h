#pragma once

#include "config/fleetconfigloader.h"
#include "runtime/runtimeoptions.h"
#include "runtime/unitsnapshot.h"

#include <QFutureWatcher>
#include <QMainWindow>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace tp {

class Fleet;

/**
 * The main window. For now: the fleet, units grouped by plant, read from a configuration
 * folder in a worker thread (never on the GUI thread), with problems listed in a dock; once
 * runtime options are given, the fleet runs (one worker thread per unit) and each unit's row
 * shows its state, operating mode, standing alarms and data freshness from its snapshots.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /** Starts reading @p configDir ("" = the built-in demo fleet) in the background. */
    void loadConfiguration(const QString &configDir);
    /** Runs the fleet with these options once a configuration is loaded (without, the window
     *  only lists the configuration). */
    void setRuntimeOptions(const RuntimeOptions &options);

    QTreeWidget *fleetTree() const { return m_tree; }
    Fleet *fleet() const { return m_fleet.get(); }

Q_SIGNALS:
    void configurationLoaded(bool ok);

private:
    void showResult(const FleetConfigResult &result);
    void showSnapshot(const UnitSnapshot &snapshot);
    void updateStatus();

    QTreeWidget *m_tree = nullptr;
    QTreeWidget *m_problems = nullptr;
    QLabel *m_statusLabel = nullptr;
    QLabel *m_runtimeLabel = nullptr;
    QString m_configDir;
    QFutureWatcher<FleetConfigResult> m_watcher;
    std::optional<RuntimeOptions> m_runtime;
    std::unique_ptr<Fleet> m_fleet;
    QHash<QString, QTreeWidgetItem *> m_unitItems;
    QHash<QString, UnitSnapshot> m_snapshots;
};

} // namespace tp
