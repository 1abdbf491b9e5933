#include "mainwindow.h"

#include "notificationsdock.h"

#include "alarmtablemodel.h"
#include "journalview.h"
#include "config/duration.h"
#include "fleetoverview.h"
#include "handoverreport.h"
#include "importhistorydialog.h"
#include "newunitdialog.h"
#include "preferences.h"
#include "settingsdialog.h"
#include "trendchart.h"
#include "presentation.h"
#include "remotesitedialog.h"
#include "runtime/fleet.h"
#include "runtime/remotesite.h"
#include "unittab.h"

#include <algorithm>

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QMenuBar>
#include <QDockWidget>
#include <QToolButton>
#include <QFileInfo>
#include <QUrl>
#include <QMessageBox>
#include <QDesktopServices>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>
#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QtConcurrent/QtConcurrentRun>

namespace tp {

namespace {
enum FleetColumn { ColumnName, ColumnDescription, ColumnState, ColumnMode, ColumnAlarms,
                   ColumnFreshness, ColumnTags, ColumnSource, ColumnRefresh, ColumnCount };

QString age(qint64 ms)
{
    return Presentation::age(ms);
}
} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("TurboPredict"));
    resize(1400, 900);

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
    auto *treeDock = new QDockWidget(tr("Fleet"), this);
    treeDock->setObjectName(QStringLiteral("fleetDock"));
    treeDock->setWidget(m_tree);
    addDockWidget(Qt::LeftDockWidgetArea, treeDock);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QString id = item->data(ColumnName, Qt::UserRole).toString();
        if (!id.isEmpty())
            openUnit(id);
    });

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("unitTabs"));
    m_tabs->setTabsClosable(true);
    m_tabs->setDocumentMode(true);
    m_overview = new FleetOverview(m_tabs);
    m_tabs->addTab(m_overview, tr("Fleet overview"));
    m_tabs->tabBar()->setTabButton(0, QTabBar::RightSide, nullptr); // the overview stays
    setCentralWidget(m_tabs);
    connect(m_overview, &FleetOverview::unitActivated, this, &MainWindow::openUnit);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, [this](int index) {
        if (index > 0) {
            QWidget *w = m_tabs->widget(index);
            m_tabs->removeTab(index);
            w->deleteLater();
        }
    });

    m_alarms = new AlarmTableModel(this);
    m_alarmProxy = new QSortFilterProxyModel(this);
    m_alarmProxy->setSourceModel(m_alarms);
    m_alarmProxy->setSortRole(AlarmTableModel::SortRole);
    m_alarmProxy->setFilterKeyColumn(-1);
    m_alarmView = new QTableView(this);
    m_alarmView->setObjectName(QStringLiteral("fleetAlarmView"));
    m_alarmView->setModel(m_alarmProxy);
    m_alarmView->setSortingEnabled(true);
    m_alarmView->sortByColumn(AlarmTableModel::Priority, Qt::AscendingOrder);
    m_alarmView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_alarmView->verticalHeader()->hide();
    m_alarmView->horizontalHeader()->setSectionResizeMode(AlarmTableModel::Message, QHeaderView::Stretch);
    auto *alarmDock = new QDockWidget(tr("Alarms (fleet)"), this);
    alarmDock->setObjectName(QStringLiteral("alarmDock"));
    auto *alarmPane = new QWidget(alarmDock);
    auto *alarmLayout = new QVBoxLayout(alarmPane);
    alarmLayout->setContentsMargins(0, 0, 0, 0);
    auto *alarmFilter = new QLineEdit(alarmPane);
    alarmFilter->setObjectName(QStringLiteral("alarmFilter"));
    alarmFilter->setPlaceholderText(tr("Filter alarms: unit, priority, state, tag or text"));
    alarmFilter->setClearButtonEnabled(true);
    m_alarmProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    connect(alarmFilter, &QLineEdit::textChanged, m_alarmProxy, &QSortFilterProxyModel::setFilterFixedString);
    alarmLayout->addWidget(alarmFilter);
    alarmLayout->addWidget(m_alarmView, 1);
    alarmDock->setWidget(alarmPane);
    addDockWidget(Qt::BottomDockWidgetArea, alarmDock);
    connect(m_alarmView, &QTableView::activated, this, [this](const QModelIndex &i) {
        if (UnitTab *tab = openUnit(i.data(AlarmTableModel::UnitRole).toString()))
            tab->showAlarm(i.data(AlarmTableModel::KeyRole).toString());
    });

    m_problems = new QTreeWidget(this);
    m_problems->setColumnCount(2);
    m_problems->setHeaderLabels({tr("Severity"), tr("Problem")});
    m_problems->setRootIsDecorated(false);
    auto *dock = new QDockWidget(tr("Configuration problems"), this);
    dock->setObjectName(QStringLiteral("problemsDock"));
    dock->setWidget(m_problems);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    dock->hide();

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New unit..."), QKeySequence::New, this, [this] { openNewUnit(); });
    file->addSeparator();
    file->addAction(tr("Shift &handover report (fleet)..."), this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Shift handover report"), tr("handover.pdf"), tr("PDF files (*.pdf)"));
        if (!path.isEmpty())
            exportHandover(path, {}, Preferences::load().shiftHours);
    });
    file->addAction(tr("Shift handover report of the current &unit..."), this, [this] {
        auto *tab = qobject_cast<UnitTab *>(m_tabs->currentWidget());
        if (!tab)
            return;
        const QString path = QFileDialog::getSaveFileName(this, tr("Shift handover report"), tab->unitId() + tr("-handover.pdf"), tr("PDF files (*.pdf)"));
        if (!path.isEmpty())
            exportHandover(path, {tab->unitId()}, Preferences::load().shiftHours);
    });
    file->addAction(tr("&Import history of the current unit..."), this, [this] {
        auto *tab = qobject_cast<UnitTab *>(m_tabs->currentWidget());
        const UnitConfig *unit = tab && m_config ? m_config->findUnit(tab->unitId()) : nullptr;
        if (!unit || !m_runtime) {
            statusBar()->showMessage(tr("Open a unit's tab to see its imports."), 5000);
            return;
        }
        auto *dialog = new ImportHistoryDialog(*unit, m_runtime->dataDir, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    file->addSeparator();
    file->addAction(tr("Add &remote site..."), this, [this] { openAddRemoteSite(); });
    QMenu *removeSite = file->addMenu(tr("Remo&ve remote site"));
    connect(removeSite, &QMenu::aboutToShow, this, [this, removeSite] {
        removeSite->clear();
        const QList<RemoteSite> sites = m_config ? RemoteSites::fromUnits(m_config->units) : QList<RemoteSite>{};
        if (sites.isEmpty())
            removeSite->addAction(tr("(no remote sites)"))->setEnabled(false);
        for (const RemoteSite &site : sites)
            removeSite->addAction(tr("%1 (%2)").arg(site.name, site.url), this, [this, name = site.name] { removeRemoteSite(name); });
    });
    file->addSeparator();
    file->addAction(tr("&Settings..."), this, [this] { openSettings(); });
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    m_notifications = new NotificationsDock(this);
    m_notifications->setWindowTitle(tr("Notifications"));
    addDockWidget(Qt::BottomDockWidgetArea, m_notifications);
    m_notifications->hide();

    // Closed docks come back from here.
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(tr("Alarm &journal (fleet)"), this, &MainWindow::openJournal);
    view->addSeparator();
    for (QDockWidget *dock : findChildren<QDockWidget *>()) {
        QAction *toggle = dock->toggleViewAction();
        toggle->setText(dock->objectName() == u"notificationsDock" ? tr("&Notifications") : dock->windowTitle());
        view->addAction(toggle);
    }
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&User guide"), this, [this] {
        // The README installed beside the programs (share/doc), or the source tree's.
        const QDir bin(QCoreApplication::applicationDirPath());
        for (const QString &candidate : {QStringLiteral("../share/doc/TurboPredict/README.md"), QStringLiteral("../../README.md")}) {
            if (QFileInfo::exists(bin.filePath(candidate))) {
                QDesktopServices::openUrl(QUrl::fromLocalFile(QDir::cleanPath(bin.filePath(candidate))));
                return;
            }
        }
        QMessageBox::information(this, tr("User guide"), tr("The user guide (README.md) is not installed with this copy of TurboPredict."));
    });
    help->addAction(tr("&About TurboPredict"), this, [this] {
        QMessageBox::about(this, tr("About TurboPredict"),
                           tr("<b>TurboPredict %1</b><p>Condition monitoring of rotating machines: trends, health, "
                              "alarms and remaining life of a fleet of compressors and turbines.</p><p>Data folder: %2</p>")
                               .arg(QCoreApplication::applicationVersion(),
                                    QDir::toNativeSeparators(m_runtime ? m_runtime->dataDir : QString()).toHtmlEscaped()));
    });

    m_statusLabel = new QLabel(this);
    statusBar()->addWidget(m_statusLabel, 1);
    m_runtimeLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_notifications->badge());
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
    const QString dataDir = m_runtime ? m_runtime->dataDir : QString();
    m_watcher.setFuture(QtConcurrent::run([configDir, dataDir] {
        FleetConfigResult result = configDir.isEmpty() ? FleetConfigLoader::loadDemo()
                                                       : FleetConfigLoader::load(configDir);
        // The remote sites this user added, with their units as last described.
        if (result.fleet && !dataDir.isEmpty()) {
            QString error;
            for (const RemoteSite &site : RemoteSites::load(dataDir, &error))
                for (const UnitConfig &u : RemoteSites::localUnits(site))
                    if (!result.fleet->findUnit(u.unitId))
                        result.fleet->units.append(u);
            if (!error.isEmpty())
                result.diagnostics.append({ConfigDiagnostic::Severity::Warning, QDir(dataDir).filePath(QStringLiteral("sites.json")), 0, QString(), error});
        }
        return result;
    }));
}

void MainWindow::showResult(const FleetConfigResult &result)
{
    // Unit tabs hold the fleet's controllers: they go before it.
    while (m_tabs->count() > 1) {
        QWidget *w = m_tabs->widget(1);
        m_tabs->removeTab(1);
        delete w;
    }
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
    for (const ConfigDiagnostic &d : std::as_const(diagnostics))
        addProblem(d.isError(), d.toString());
    if (auto *dock = findChild<QDockWidget *>(QStringLiteral("problemsDock")))
        dock->setVisible(!result.diagnostics.isEmpty());

    if (!result.ok()) {
        const QString where = m_configDir.isEmpty() ? tr("built-in demo fleet")
                                                    : QDir::toNativeSeparators(m_configDir);
        m_statusLabel->setText(tr("The configuration in %1 has %n error(s); see the list below.",
                                  nullptr, result.errorCount())
                                   .arg(where));
        Q_EMIT configurationLoaded(false);
        return;
    }
    const FleetConfig &fleet = *result.fleet;
    m_config = fleet;
    while (m_tabs->count() > 1) {
        QWidget *w = m_tabs->widget(1);
        m_tabs->removeTab(1);
        delete w;
    }
    m_overview->setFleet(fleet);
    if (m_runtime) {
        m_fleet = std::make_unique<Fleet>(fleet, *m_runtime);
        connect(m_fleet.get(), &Fleet::snapshotUpdated, this, &MainWindow::showSnapshot);
        // Every failure in the background reaches a person.
        connect(m_fleet.get(), &Fleet::errorOccurred, m_notifications, &NotificationsDock::add);
        connect(m_fleet.get(), &Fleet::actionFinished, this,
                [this](const QString &unitId, const QString &action, bool ok, const QString &message) {
                    if (!ok)
                        m_notifications->add(unitId, tr("%1 failed: %2").arg(action, message));
                });
        m_fleet->start();
    }
    describeConfiguration();
    populateTree();
    Q_EMIT configurationLoaded(true);
}

void MainWindow::describeConfiguration()
{
    const QString where = m_configDir.isEmpty() ? tr("built-in demo fleet")
                                                : QDir::toNativeSeparators(m_configDir);
    int local = 0;
    for (const UnitConfig &u : m_config->units)
        local += u.site.isEmpty() ? 1 : 0;
    m_baseStatus = tr("%1: %n unit(s)", nullptr, local).arg(where)
        + u' ' + tr("in %n plant(s)", nullptr, static_cast<int>(m_config->plants().size()));
}

void MainWindow::addProblem(bool error, const QString &text)
{
    auto *item = new QTreeWidgetItem(m_problems);
    item->setText(0, error ? tr("Error") : tr("Warning"));
    item->setIcon(0, style()->standardIcon(error ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning));
    item->setText(1, text);
}

} // namespace tp

namespace tp {

void MainWindow::populateTree()
{
    const FleetConfig &fleet = *m_config;
    m_tree->clear();
    m_unitItems.clear();
    for (const QString &group : fleet.groups()) {
        auto *plantItem = new QTreeWidgetItem(m_tree);
        plantItem->setText(ColumnName, group);
        QFont bold = plantItem->font(ColumnName);
        bold.setBold(true);
        plantItem->setFont(ColumnName, bold);
        int units = 0;
        for (const UnitConfig &unit : fleet.units) {
            if (unit.group() != group)
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
            if (unit.isRemote())
                item->setToolTip(ColumnName, tr("%1 at %2").arg(unit.siteUnitId(), unit.source.url));
            m_unitItems.insert(unit.unitId, item);
        }
        plantItem->setText(ColumnDescription, tr("%n unit(s)", nullptr, units));
    }
    m_tree->expandAll();
    for (int c = 0; c < ColumnCount; ++c)
        m_tree->resizeColumnToContents(c);
    m_tree->setColumnWidth(ColumnDescription, std::min(m_tree->columnWidth(ColumnDescription), 300));
    // In the dock: who, state, mode, alarms and data age; the rest is in the tooltip and tabs.
    for (int c : {ColumnDescription, ColumnTags, ColumnSource, ColumnRefresh})
        m_tree->setColumnHidden(c, m_fleet != nullptr || m_runtime.has_value());
    const QHash<QString, UnitSnapshot> known = m_snapshots;
    for (const UnitSnapshot &s : known)
        showSnapshot(s);
    const QList<RemoteSite> sites = RemoteSites::fromUnits(fleet.units);
    int remote = 0;
    for (const RemoteSite &site : sites)
        remote += int(site.units.size());
    m_statusLabel->setText(sites.isEmpty() ? m_baseStatus
                                           : tr("%1; %n remote unit(s)", nullptr, remote).arg(m_baseStatus)
                                                 + u' ' + tr("from %n site(s)", nullptr, int(sites.size())));
}

RemoteSiteDialog *MainWindow::openAddRemoteSite()
{
    auto *dialog = new RemoteSiteDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { addRemoteSite(dialog->site()); });
    dialog->open();
    return dialog;
}

void MainWindow::addRemoteSite(const RemoteSite &site)
{
    if (!m_config || !m_fleet)
        return;
    removeRemoteSite(site.name); // a site added again replaces itself
    int added = 0;
    for (const UnitConfig &u : RemoteSites::localUnits(site)) {
        if (m_config->findUnit(u.unitId) || !m_fleet->addUnit(u))
            continue;
        m_config->units.append(u);
        ++added;
    }
    m_overview->setFleet(*m_config);
    populateTree();
    saveRemoteSites();
    statusBar()->showMessage(tr("Remote site %1: %n unit(s) added", nullptr, added).arg(site.name), 10000);
}

NewUnitDialog *MainWindow::openNewUnit()
{
    auto *dialog = new NewUnitDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setConfigDirectory(m_configDir);
    QStringList ids;
    if (m_config)
        for (const UnitConfig &u : std::as_const(m_config->units))
            ids.append(u.unitId);
    dialog->setExistingUnitIds(ids);
    connect(dialog, &NewUnitDialog::configDirectoryCreated, this, &MainWindow::adoptConfigDirectory);
    connect(dialog, &NewUnitDialog::unitCreated, this, [this, dialog](const UnitConfig &unit) {
        const QStringList warnings = dialog->warnings();
        for (const QString &w : warnings)
            addProblem(false, w);
        if (!warnings.isEmpty())
            if (auto *dock = findChild<QDockWidget *>(QStringLiteral("problemsDock")))
                dock->show();
        addUnit(unit);
    });
    dialog->show();
    return dialog;
}

void MainWindow::addUnit(const UnitConfig &unit)
{
    if (!m_config) { // the configuration did not load: read it again, with the new unit
        loadConfiguration(m_configDir);
        return;
    }
    if (m_config->findUnit(unit.unitId) || (m_fleet && !m_fleet->addUnit(unit))) {
        statusBar()->showMessage(tr("The fleet already has a unit %1; %2 is read at the next start.")
                                     .arg(unit.unitId, QDir::toNativeSeparators(unit.filePath)), 15000);
        return;
    }
    m_config->units.append(unit);
    m_overview->setFleet(*m_config);
    describeConfiguration();
    populateTree();
    // Its tab reads the unit's store: opened once the worker has created it (a reader racing
    // the worker's first open of a new store would make one of them fail).
    if (m_fleet)
        m_openWhenReady = unit.unitId;
    else
        openUnit(unit.unitId);
    statusBar()->showMessage(tr("Unit %1 added from %2 (%n tag(s)).", nullptr, int(unit.tags.size()))
                                 .arg(unit.unitId, QDir::toNativeSeparators(unit.filePath)), 15000);
}

void MainWindow::adoptConfigDirectory(const QString &directory)
{
    const QString demo = FleetConfigLoader::demoDirectory();
    const QString before = m_configDir.isEmpty() ? demo : m_configDir;
    m_configDir = directory;
    if (m_config) {
        m_config->directory = directory;
        for (UnitConfig &u : m_config->units) // they are the copy's files now
            if (u.filePath.startsWith(before + u'/'))
                u.filePath = directory + u.filePath.mid(before.size());
        describeConfiguration();
        populateTree();
    }
    Preferences p = Preferences::load();
    p.configDir = directory;
    p.save();
    statusBar()->showMessage(tr("The fleet configuration is now read from %1.").arg(QDir::toNativeSeparators(directory)), 15000);
}

void MainWindow::removeRemoteSite(const QString &name)
{
    if (!m_config)
        return;
    QStringList ids;
    for (const UnitConfig &u : std::as_const(m_config->units))
        if (u.site == name)
            ids.append(u.unitId);
    if (ids.isEmpty())
        return;
    for (const QString &id : std::as_const(ids)) {
        if (UnitTab *tab = unitTab(id)) { // tabs hold the unit's controller: they go first
            m_tabs->removeTab(m_tabs->indexOf(tab));
            delete tab;
        }
        if (m_fleet)
            m_fleet->removeUnit(id);
        m_snapshots.remove(id);
        UnitSnapshot gone;
        gone.unitId = id;
        m_alarms->setSnapshot(gone); // its rows leave the fleet alarm table
    }
    m_config->units.removeIf([&](const UnitConfig &u) { return u.site == name; });
    m_overview->setFleet(*m_config);
    populateTree();
    saveRemoteSites();
    updateStatus();
}

void MainWindow::saveRemoteSites()
{
    if (!m_runtime || !m_config)
        return;
    const QString dataDir = m_runtime->dataDir;
    const QList<RemoteSite> sites = RemoteSites::fromUnits(m_config->units);
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher] {
        const QString error = watcher->result();
        watcher->deleteLater();
        if (!error.isEmpty())
            statusBar()->showMessage(tr("The remote sites were not saved: %1").arg(error), 15000);
        Q_EMIT remoteSitesSaved(error.isEmpty(), error);
    });
    m_saveQueue.setMaxThreadCount(1); // saves land in the order they were made
    watcher->setFuture(QtConcurrent::run(&m_saveQueue, [dataDir, sites] {
        QString error;
        RemoteSites::save(dataDir, sites, &error);
        return error;
    }));
}

void MainWindow::showSnapshot(const UnitSnapshot &s)
{
    QTreeWidgetItem *item = m_unitItems.value(s.unitId);
    if (!item)
        return;
    m_snapshots.insert(s.unitId, s);
    if (s.unitId == m_openWhenReady && s.state != UnitState::Starting) {
        m_openWhenReady.clear();
        openUnit(s.unitId);
    }
    m_overview->setSnapshot(s);
    m_alarms->setSnapshot(s);
    if (UnitTab *tab = unitTab(s.unitId))
        tab->setSnapshot(s);
    // State in words and an icon: never by colour alone.
    QString state = unitStateText(s.state);
    if (s.progress >= 0)
        state = tr("%1 (%2 %)").arg(state).arg(qRound(s.progress * 100));
    item->setText(ColumnState, state);
    QStyle::StandardPixmap icon = QStyle::SP_DialogApplyButton;
    if (s.state == UnitState::Error)
        icon = QStyle::SP_MessageBoxCritical;
    else if (s.state == UnitState::Offline)
        icon = QStyle::SP_DriveNetIcon;
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
            lines.append(tr("%1 [%2, %3]").arg(a.message, Presentation::priorityText(a.priority), alarmStateText(a.state)));
        item->setToolTip(ColumnAlarms, lines.join(u'\n'));
    }
    item->setText(ColumnFreshness, s.freshnessMs < 0 ? tr("no data")
                                   : s.stale         ? tr("STALE %1").arg(age(s.freshnessMs))
                                                     : age(s.freshnessMs));
    item->setIcon(ColumnFreshness, s.stale ? style()->standardIcon(QStyle::SP_MessageBoxWarning) : QIcon());
    const UnitConfig *unit = m_config ? m_config->findUnit(s.unitId) : nullptr;
    const QTimeZone zone = Presentation::displayZone(unit ? unit->timeZone : QByteArray());
    QStringList freshness{Presentation::freshness(s, zone)};
    if (s.staleTags > 0)
        freshness.append(tr("%n stale tag(s)", nullptr, s.staleTags));
    item->setToolTip(ColumnFreshness, freshness.join(u'\n'));
    updateStatus();
}

SettingsDialog *MainWindow::openSettings()
{
    const Preferences before = Preferences::load();
    auto *dialog = new SettingsDialog(before, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, before] {
        const Preferences p = dialog->preferences();
        p.save();
        Presentation::setZoneMode(p.timeZone);
        restyle();
        if (p.dataDir != before.dataDir || p.configDir != before.configDir || p.language != before.language)
            statusBar()->showMessage(tr("Saved. The new folders and language take effect when TurboPredict is started again."), 15000);
    });
    connect(dialog, &QDialog::rejected, this, [this, before] {
        Theme::apply(before.theme); // the dialog previews themes
        restyle();
    });
    dialog->open();
    return dialog;
}

void MainWindow::restyle()
{
    const int live = Preferences::load().liveRefreshSeconds;
    for (TrendChart *t : findChildren<TrendChart *>()) {
        t->setLiveRefreshSeconds(live);
        t->reload();
    }
    for (UnitCard *c : m_overview->findChildren<UnitCard *>())
        if (c->snapshot())
            c->setSnapshot(*c->snapshot());
}

void MainWindow::exportHandover(const QString &path, const QStringList &unitIds, int hours)
{
    if (!m_config || !m_runtime)
        return;
    QList<std::pair<UnitConfig, UnitSnapshot>> units;
    qint64 now = 0;
    for (const UnitConfig &u : m_config->units) {
        if (!unitIds.isEmpty() && !unitIds.contains(u.unitId))
            continue;
        const UnitSnapshot s = m_snapshots.value(u.unitId);
        now = std::max(now, s.now);
        units.append({u, s});
    }
    if (now == 0)
        now = QDateTime::currentMSecsSinceEpoch();
    const QString dataDir = m_runtime->dataDir;
    auto *watcher = new QFutureWatcher<HandoverData>(this);
    connect(watcher, &QFutureWatcher<HandoverData>::finished, this, [this, watcher, path] {
        const HandoverData data = watcher->result();
        watcher->deleteLater();
        QString error;
        const bool ok = HandoverReport::writePdf(data, path, &error);
        statusBar()->showMessage(ok ? tr("Handover report written to %1").arg(QDir::toNativeSeparators(path)) : error, 10000);
        if (!ok)
            Presentation::warn(this, tr("Shift handover report"), tr("The report was not written: %1").arg(error));
        Q_EMIT handoverWritten(ok, ok ? path : error);
    });
    const qint64 from = now - qint64(hours) * 3'600'000;
    watcher->setFuture(QtConcurrent::run([=] { return HandoverReport::collect(dataDir, units, from, now); }));
}

JournalView *MainWindow::openJournal()
{
    if (!m_config || !m_runtime)
        return nullptr;
    auto *dock = findChild<QDockWidget *>(QStringLiteral("journalDock"));
    if (!dock) {
        dock = new QDockWidget(tr("Alarm journal (fleet)"), this);
        dock->setObjectName(QStringLiteral("journalDock"));
        dock->setWidget(new JournalView(m_runtime->dataDir, m_config->units, true, m_runtime->clock, dock));
        addDockWidget(Qt::BottomDockWidgetArea, dock);
    } else {
        static_cast<JournalView *>(dock->widget())->setUnits(m_config->units);
    }
    dock->show();
    dock->raise();
    return static_cast<JournalView *>(dock->widget());
}

UnitTab *MainWindow::unitTab(const QString &unitId) const
{
    for (int i = 1; i < m_tabs->count(); ++i)
        if (auto *tab = qobject_cast<UnitTab *>(m_tabs->widget(i)); tab && tab->unitId() == unitId)
            return tab;
    return nullptr;
}

UnitTab *MainWindow::openUnit(const QString &unitId)
{
    if (UnitTab *tab = unitTab(unitId)) {
        m_tabs->setCurrentWidget(tab);
        return tab;
    }
    if (!m_config)
        return nullptr;
    const UnitConfig *unit = m_config->findUnit(unitId);
    if (!unit)
        return nullptr;
    auto *tab = new UnitTab(*unit, m_runtime ? m_runtime->dataDir : QString(), m_fleet.get(), m_tabs);
    m_tabs->addTab(tab, unitId);
    m_tabs->setCurrentWidget(tab);
    if (const auto it = m_snapshots.constFind(unitId); it != m_snapshots.cend())
        tab->setSnapshot(*it);
    return tab;
}

void MainWindow::updateStatus()
{
    int ok = 0, busy = 0, errors = 0, stalled = 0, unacknowledged = 0;
    for (const UnitSnapshot &s : std::as_const(m_snapshots)) {
        ok += s.state == UnitState::Ok ? 1 : 0;
        busy += s.state == UnitState::BackFilling || s.state == UnitState::Refreshing || s.state == UnitState::Starting ? 1 : 0;
        errors += s.state == UnitState::Error || s.state == UnitState::Offline ? 1 : 0;
        stalled += s.state == UnitState::Stalled ? 1 : 0;
        unacknowledged += s.unacknowledgedCount();
    }
    if (auto *dock = findChild<QDockWidget *>(QStringLiteral("alarmDock")))
        dock->setWindowTitle(tr("Alarms (fleet): %n unacknowledged", nullptr, unacknowledged));
    m_runtimeLabel->setText(tr("Units: %1 OK, %2 busy, %3 in error, %4 stalled; %n unacknowledged alarm(s)",
                               nullptr, unacknowledged)
                                .arg(ok)
                                .arg(busy)
                                .arg(errors)
                                .arg(stalled));
}

} // namespace tp
