#pragma once

#include "config/fleetconfigloader.h"
#include "runtime/runtimeoptions.h"
#include "runtime/unitsnapshot.h"

#include <QFutureWatcher>
#include <QMainWindow>
#include <QThreadPool>

class QLabel;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QTreeWidget;
class QTreeWidgetItem;

namespace tp {

class NotificationsDock;

class AlarmTableModel;
class JournalView;
class Fleet;
class FleetOverview;
class UnitTab;

/**
 * The main window: the fleet overview (a card per unit) and one tab per opened unit in the
 * centre; the fleet tree (state, mode, alarms, data age per unit), the fleet-wide alarm table
 * and configuration problems in docks; worker states in the status bar. The configuration is
 * read in a worker thread, never on the GUI thread; once runtime options are given the fleet
 * runs (one worker thread per unit) and every view follows its snapshots.
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
    FleetOverview *overview() const { return m_overview; }
    QTabWidget *tabs() const { return m_tabs; }
    NotificationsDock *notifications() const { return m_notifications; }
    QTableView *fleetAlarmView() const { return m_alarmView; }
    /** Opens (or shows) the unit's tab. */
    UnitTab *openUnit(const QString &unitId);
    /** Shows the fleet's alarm journal dock (made on first use); nullptr before a fleet runs. */
    JournalView *openJournal();
    UnitTab *unitTab(const QString &unitId) const;
    /** Writes the shift-handover PDF of @p unitIds (all when empty) for the last @p hours:
     *  stores are read on a pool thread, the PDF laid out here; handoverWritten follows. */
    void exportHandover(const QString &path, const QStringList &unitIds = {}, int hours = 12);
    /** Opens the settings dialog (non-modal); accepted settings are saved and the theme applied. */
    class SettingsDialog *openSettings();
    /** Re-draws every chart (after a theme change). */
    void restyle();
    /** "Add remote site" (non-modal); a site that answered is added with addRemoteSite(). */
    class RemoteSiteDialog *openAddRemoteSite();
    /** Adds (or replaces) a site: its units join the fleet, the tree and the overview under the
     *  site's name, and the site list is saved in the data folder in the background. */
    void addRemoteSite(const struct RemoteSite &site);
    /** Closes the site's tabs, stops its units and forgets the site (its copied data stays). */
    void removeRemoteSite(const QString &name);

    /** File › New unit (non-modal): a unit from PI or an export; a created unit is added with
     *  addUnit(), a copy of the demo fleet it wrote is adopted with adoptConfigDirectory(). */
    class NewUnitDialog *openNewUnit();
    /** Adds a unit read from the configuration folder: it joins the fleet (and starts when the
     *  fleet runs), the tree and the overview, and its tab opens to show its back-fill. */
    void addUnit(const UnitConfig &unit);
    /** The configuration folder ("" = the built-in demo fleet). */
    QString configDirectory() const { return m_configDir; }
    /** Makes @p directory, a copy of the configuration shown (the demo fleet's), the window's
     *  configuration folder without reloading the running fleet, and saves it in the preferences
     *  for the next start. */
    void adoptConfigDirectory(const QString &directory);

Q_SIGNALS:
    void configurationLoaded(bool ok);
    void remoteSitesSaved(bool ok, const QString &error);
    void handoverWritten(bool ok, const QString &pathOrError);

private:
    void showResult(const FleetConfigResult &result);
    void showSnapshot(const UnitSnapshot &snapshot);
    void updateStatus();
    void populateTree();
    void saveRemoteSites();
    void describeConfiguration();
    void addProblem(bool error, const QString &text);

    QTreeWidget *m_tree = nullptr;
    QTabWidget *m_tabs = nullptr;
    FleetOverview *m_overview = nullptr;
    AlarmTableModel *m_alarms = nullptr;
    QSortFilterProxyModel *m_alarmProxy = nullptr;
    QTableView *m_alarmView = nullptr;
    std::optional<FleetConfig> m_config;
    QTreeWidget *m_problems = nullptr;
    QLabel *m_statusLabel = nullptr;
    QLabel *m_runtimeLabel = nullptr;
    NotificationsDock *m_notifications = nullptr;
    QString m_configDir;
    QString m_baseStatus; ///< what the configuration is, for the status line
    QThreadPool m_saveQueue; ///< one thread: the site list's saves in order
    QFutureWatcher<FleetConfigResult> m_watcher;
    std::optional<RuntimeOptions> m_runtime;
    std::unique_ptr<Fleet> m_fleet;
    QHash<QString, QTreeWidgetItem *> m_unitItems;
    QHash<QString, UnitSnapshot> m_snapshots;
    QString m_openWhenReady; ///< a unit just added: its tab opens once its store is open
};

} // namespace tp
