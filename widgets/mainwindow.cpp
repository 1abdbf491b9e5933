#include "mainwindow.h"

#include "config/duration.h"
#include "runtime/fleet.h"

#include <algorithm>

#include <QDir>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QStatusBar>
#include <QTreeWidget>
#include <QtConcurrent/QtConcurrentRun>

namespace tp {

namespace {
enum FleetColumn { ColumnName, ColumnDescription, ColumnState, ColumnMode, ColumnAlarms,
                   ColumnFreshness, ColumnTags, ColumnSource, ColumnRefresh, ColumnCount };

QString age(qint64 ms)
{
    if (ms < 0)
        return QString();
    if (ms < 120'000)
        return MainWindow::tr("%n s", nullptr, static_cast<int>(ms / 1000));
    if (ms < 7'200'000)
        return MainWindow::tr("%n min", nullptr, static_cast<int>(ms / 60'000));
    if (ms < 172'800'000)
        return MainWindow::tr("%n h", nullptr, static_cast<int>(ms / 3'600'000));
    return MainWindow::tr("%n d", nullptr, static_cast<int>(ms / 86'400'000));
}
} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("TurboPredict"));
    resize(1100, 700);

    m_tree = new QTreeWidget(this);
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({tr("Plant / unit"), tr("Description"), tr("State"), tr("Mode"),
                             tr("Alarms"), tr("Data age"), tr("Tags"), tr("Source"), tr("Refresh")});
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(ColumnAlarms, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(ColumnMode, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(ColumnState, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(ColumnFreshness, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    m_tree->setAccessibleName(tr("Fleet"));
    setCentralWidget(m_tree);

    m_problems = new QTreeWidget(this);
    m_problems->setColumnCount(2);
    m_problems->setHeaderLabels({tr("Severity"), tr("Problem")});
    m_problems->setRootIsDecorated(false);
    auto *dock = new QDockWidget(tr("Configuration problems"), this);
    dock->setObjectName(QStringLiteral("problemsDock"));
    dock->setWidget(m_problems);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    dock->hide();

    m_statusLabel = new QLabel(this);
    statusBar()->addWidget(m_statusLabel, 1);
    m_runtimeLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_runtimeLabel);

    connect(&m_watcher, &QFutureWatcher<FleetConfigResult>::finished, this,
            [this] { showResult(m_watcher.result()); });
}

MainWindow::~MainWindow()
{
    m_watcher.waitForFinished();
    if (m_fleet)
        m_fleet->stop(); // each worker checkpoints its store
}

void MainWindow::setRuntimeOptions(const RuntimeOptions &options)
{
    m_runtime = options;
}

void MainWindow::loadConfiguration(const QString &configDir)
{
    m_configDir = configDir;
    m_statusLabel->setText(tr("Reading the fleet configuration..."));
    m_watcher.setFuture(QtConcurrent::run([configDir] {
        return configDir.isEmpty() ? FleetConfigLoader::loadDemo()
                                   : FleetConfigLoader::load(configDir);
    }));
}

void MainWindow::showResult(const FleetConfigResult &result)
{
    if (m_fleet) {
        m_fleet->stop();
        m_fleet.reset();
    }
    m_unitItems.clear();
    m_snapshots.clear();
    m_tree->clear();
    m_problems->clear();
    ConfigDiagnostics diagnostics = result.diagnostics; // errors first, each in file order
    std::stable_partition(diagnostics.begin(), diagnostics.end(),
                          [](const ConfigDiagnostic &d) { return d.isError(); });
    for (const ConfigDiagnostic &d : std::as_const(diagnostics)) {
        auto *item = new QTreeWidgetItem(m_problems);
        item->setText(0, d.isError() ? tr("Error") : tr("Warning"));
        item->setIcon(0, style()->standardIcon(d.isError() ? QStyle::SP_MessageBoxCritical
                                                           : QStyle::SP_MessageBoxWarning));
        item->setText(1, d.toString());
    }
    if (auto *dock = findChild<QDockWidget *>(QStringLiteral("problemsDock")))
        dock->setVisible(!result.diagnostics.isEmpty());

    const QString where = m_configDir.isEmpty() ? tr("built-in demo fleet")
                                                : QDir::toNativeSeparators(m_configDir);
    if (!result.ok()) {
        m_statusLabel->setText(tr("The configuration in %1 has %n error(s); see the list below.",
                                  nullptr, result.errorCount())
                                   .arg(where));
        Q_EMIT configurationLoaded(false);
        return;
    }
    const FleetConfig &fleet = *result.fleet;
    for (const QString &plant : fleet.plants()) {
        auto *plantItem = new QTreeWidgetItem(m_tree);
        plantItem->setText(ColumnName, plant);
        QFont bold = plantItem->font(ColumnName);
        bold.setBold(true);
        plantItem->setFont(ColumnName, bold);
        int units = 0;
        for (const UnitConfig &unit : fleet.units) {
            if (unit.plant != plant)
                continue;
            ++units;
            auto *item = new QTreeWidgetItem(plantItem);
            item->setText(ColumnName, unit.unitId);
            item->setText(ColumnDescription, unit.description);
            item->setText(ColumnTags, QString::number(unit.tags.size()));
            item->setTextAlignment(ColumnTags, Qt::AlignRight | Qt::AlignVCenter);
            item->setText(ColumnSource, sourceTypeId(unit.source.type));
            item->setText(ColumnRefresh, formatDuration(unit.refreshInterval));
            item->setData(ColumnName, Qt::UserRole, unit.unitId);
            item->setText(ColumnState, m_runtime ? unitStateText(UnitState::Starting) : tr("Not running"));
            m_unitItems.insert(unit.unitId, item);
        }
        plantItem->setText(ColumnDescription, tr("%n unit(s)", nullptr, units));
    }
    m_tree->expandAll();
    for (int c = 0; c < ColumnCount; ++c)
        m_tree->resizeColumnToContents(c);
    m_tree->setColumnWidth(ColumnDescription, std::min(m_tree->columnWidth(ColumnDescription), 300));
    if (m_runtime) {
        m_fleet = std::make_unique<Fleet>(fleet, *m_runtime);
        connect(m_fleet.get(), &Fleet::snapshotUpdated, this, &MainWindow::showSnapshot);
        m_fleet->start();
    }
    m_statusLabel->setText(tr("%1: %n unit(s)", nullptr, static_cast<int>(fleet.units.size()))
                               .arg(where)
                           + u' ' + tr("in %n plant(s)", nullptr,
                                        static_cast<int>(fleet.plants().size())));
    Q_EMIT configurationLoaded(true);
}

} // namespace tp

namespace tp {

void MainWindow::showSnapshot(const UnitSnapshot &s)
{
    QTreeWidgetItem *item = m_unitItems.value(s.unitId);
    if (!item)
        return;
    m_snapshots.insert(s.unitId, s);
    // State in words and an icon: never by colour alone.
    QString state = unitStateText(s.state);
    if (s.progress >= 0)
        state = tr("%1 (%2 %)").arg(state).arg(qRound(s.progress * 100));
    item->setText(ColumnState, state);
    QStyle::StandardPixmap icon = QStyle::SP_DialogApplyButton;
    if (s.state == UnitState::Error)
        icon = QStyle::SP_MessageBoxCritical;
    else if (s.state == UnitState::Stalled)
        icon = QStyle::SP_MessageBoxWarning;
    else if (s.state == UnitState::BackFilling || s.state == UnitState::Refreshing || s.state == UnitState::Starting)
        icon = QStyle::SP_BrowserReload;
    item->setIcon(ColumnState, style()->standardIcon(icon));
    item->setToolTip(ColumnState, s.lastError.isEmpty() ? s.message : s.lastError);
    item->setText(ColumnMode, operatingModeText(s.mode));
    if (s.alarms.isEmpty()) {
        item->setText(ColumnAlarms, tr("None"));
        item->setIcon(ColumnAlarms, QIcon());
        item->setToolTip(ColumnAlarms, QString());
    } else {
        const AlarmStatus &worst = s.alarms.first();
        item->setText(ColumnAlarms, tr("%n standing", nullptr, static_cast<int>(s.alarms.size()))
                          + QStringLiteral(", ") + tr("%n unacknowledged", nullptr, s.unacknowledgedCount()));
        item->setIcon(ColumnAlarms, style()->standardIcon(worst.priority <= AlarmPriority::High
                                                              ? QStyle::SP_MessageBoxCritical
                                                              : QStyle::SP_MessageBoxWarning));
        QStringList lines;
        for (const AlarmStatus &a : s.alarms)
            lines.append(tr("%1 [%2, %3]").arg(a.message, alarmPriorityId(a.priority), alarmStateText(a.state)));
        item->setToolTip(ColumnAlarms, lines.join(u'\n'));
    }
    item->setText(ColumnFreshness, s.freshnessMs < 0 ? tr("no data") : age(s.freshnessMs));
    if (s.staleTags > 0)
        item->setToolTip(ColumnFreshness, tr("%n stale tag(s)", nullptr, s.staleTags));
    updateStatus();
}

void MainWindow::updateStatus()
{
    int ok = 0, busy = 0, errors = 0, stalled = 0, unacknowledged = 0;
    for (const UnitSnapshot &s : std::as_const(m_snapshots)) {
        ok += s.state == UnitState::Ok ? 1 : 0;
        busy += s.state == UnitState::BackFilling || s.state == UnitState::Refreshing || s.state == UnitState::Starting ? 1 : 0;
        errors += s.state == UnitState::Error ? 1 : 0;
        stalled += s.state == UnitState::Stalled ? 1 : 0;
        unacknowledged += s.unacknowledgedCount();
    }
    m_runtimeLabel->setText(tr("Units: %1 OK, %2 busy, %3 in error, %4 stalled; %n unacknowledged alarm(s)",
                               nullptr, unacknowledged)
                                .arg(ok)
                                .arg(busy)
                                .arg(errors)
                                .arg(stalled));
}

} // namespace tp
