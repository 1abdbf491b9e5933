#include "mainwindow.h"

#include "config/duration.h"

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
enum FleetColumn { ColumnName, ColumnDescription, ColumnTags, ColumnSource, ColumnRefresh,
                   ColumnCount };
}

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("TurboPredict"));
    resize(1100, 700);

    m_tree = new QTreeWidget(this);
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({tr("Plant / unit"), tr("Description"), tr("Tags"), tr("Source"),
                             tr("Refresh")});
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setSectionResizeMode(ColumnDescription, QHeaderView::Stretch);
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

    connect(&m_watcher, &QFutureWatcher<FleetConfigResult>::finished, this,
            [this] { showResult(m_watcher.result()); });
}

MainWindow::~MainWindow()
{
    m_watcher.waitForFinished();
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
        }
        plantItem->setText(ColumnDescription, tr("%n unit(s)", nullptr, units));
    }
    m_tree->expandAll();
    for (int c = 0; c < ColumnCount; ++c) {
        if (c != ColumnDescription)
            m_tree->resizeColumnToContents(c);
    }
    m_statusLabel->setText(tr("%1: %n unit(s)", nullptr, static_cast<int>(fleet.units.size()))
                               .arg(where)
                           + u' ' + tr("in %n plant(s)", nullptr,
                                        static_cast<int>(fleet.plants().size())));
    Q_EMIT configurationLoaded(true);
}

} // namespace tp
