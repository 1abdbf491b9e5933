#pragma once

#include "config/fleetconfigloader.h"

#include <QFutureWatcher>
#include <QMainWindow>

class QLabel;
class QTreeWidget;

namespace tp {

/**
 * The main window. For now: the fleet, units grouped by plant, read from a configuration
 * folder in a worker thread (never on the GUI thread), with problems listed in a dock.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /** Starts reading @p configDir ("" = the built-in demo fleet) in the background. */
    void loadConfiguration(const QString &configDir);

    QTreeWidget *fleetTree() const { return m_tree; }

Q_SIGNALS:
    void configurationLoaded(bool ok);

private:
    void showResult(const FleetConfigResult &result);

    QTreeWidget *m_tree = nullptr;
    QTreeWidget *m_problems = nullptr;
    QLabel *m_statusLabel = nullptr;
    QString m_configDir;
    QFutureWatcher<FleetConfigResult> m_watcher;
};

} // namespace tp
