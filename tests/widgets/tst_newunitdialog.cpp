#include "newunitdialog.h"

#include "config/fleetconfigloader.h"
#include "discoveredtagmodel.h"
#include "mainwindow.h"
#include "pi/piwebapiclient.h"
#include "preferences.h"
#include "runtime/fleet.h"
#include "runtime/unitcontroller.h"
#include "unittab.h"

#include "../support/piwebapi/piwebapitestserver.h"
#include "translations.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace tp;
using tptest::PiWebApiTestServer;

namespace {

const QString Password = QStringLiteral("s3cret-Pa55:word");

/** A configuration folder holding the demo fleet, as a user's copy of it. */
QString writeConfig(const QString &dir)
{
    QString error;
    if (!FleetConfigLoader::writeDemoFleet(dir, &error))
        qWarning() << error;
    return dir;
}

/** An .xlsx export written by openpyxl: a PI path in one header, a digital state in one cell. */
bool writeExport(const QString &path, const QString &unit)
{
    static const char script[] = R"(
import datetime as dt, sys, openpyxl
path, unit = sys.argv[1], sys.argv[2]
tags = ["PCFS.%s.77SI-101.PV" % unit, "PCFS.%s.77FI-102.PV" % unit, "PCFS.%s.77TI-103.PV" % unit,
        "PCFS.%s.77PDI-104.PV" % unit]
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "DL_WORK"
ws.append(["Time", "\\\\PIHIST01\\" + tags[0]] + tags[1:])
start = dt.datetime(2026, 3, 1)
for i in range(48):
    row = [start + dt.timedelta(minutes=30 * i)]
    for k in range(len(tags)):
        row.append("I/O Timeout" if (k == 2 and i == 5) else round(100 * (k + 1) + 0.5 * i, 3))
    ws.append(row)
wb.save(path)
)";
    QDir().mkpath(QFileInfo(path).absolutePath());
    QProcess p;
    p.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), QString::fromLatin1(script), path, unit});
    if (!p.waitForFinished(120000) || p.exitCode() != 0) {
        qWarning() << p.readAllStandardError();
        return false;
    }
    return QFileInfo(path).isFile();
}

QString readText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

template<typename T>
T *child(QObject *parent, const char *name)
{
    T *w = parent->findChild<T *>(QLatin1StringView(name));
    if (!w)
        qWarning() << "no child" << name;
    return w;
}

QStringList tagNames(const UnitConfig &unit)
{
    QStringList names;
    for (const TagConfig &t : unit.tags)
        names.append(t.name);
    return names;
}

} // namespace

class TestNewUnitDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;

    // Into TP_SCREENSHOT_DIR when set (to look at them), else into the test's scratch folder.
    void screenshot(QWidget &w, const char *name)
    {
        QString dir = qEnvironmentVariable("TP_SCREENSHOT_DIR");
        if (dir.isEmpty())
            dir = m_tmp.filePath(QStringLiteral("screenshots"));
        QDir().mkpath(dir);
        QVERIFY(w.grab().save(dir + u'/' + QLatin1StringView(name) + u".png"));
    }

    /** The export tab filled with @p file's tags. */
    void readExport(NewUnitDialog &dialog, const QString &file, int tags)
    {
        dialog.setSource(NewUnitDialog::Source::ExportFile);
        auto *edit = child<QLineEdit>(&dialog, "exportFile");
        QVERIFY(edit);
        edit->setText(file);
        QSignalSpy read(&dialog, &NewUnitDialog::tagsRead);
        child<QPushButton>(&dialog, "readTags")->click();
        QVERIFY2(read.wait(60000), qPrintable(child<QLabel>(&dialog, "exportProgress")->text()));
        QVERIFY2(read.first().at(0).toBool(), qPrintable(read.first().at(1).toString()));
        QCOMPARE(dialog.exportTagModel()->rowCount(), tags);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        installTranslators(*QCoreApplication::instance(), QStringLiteral("en")); // "12 points", as users read it
        QStandardPaths::setTestModeEnabled(true); // preferences and the demo copy stay out of the user's
        QVERIFY(m_tmp.isValid());
        QDir(NewUnitDialog::defaultFleetCopyDirectory()).removeRecursively();
    }

    void cleanupTestCase()
    {
        QDir(NewUnitDialog::defaultFleetCopyDirectory()).removeRecursively();
        Preferences p = Preferences::load();
        p.configDir.clear();
        p.save();
    }

    void modelChecksRows()
    {
        DiscoveredTagModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(&model, &DiscoveredTagModel::checkedChanged);
        QList<DiscoveredTagModel::Row> rows(3);
        rows[0].name = QStringLiteral("PCFS.K-1.1SI-1.PV");
        rows[0].description = QStringLiteral("Speed");
        rows[0].engineeringUnit = QStringLiteral("rpm");
        rows[0].pointType = QStringLiteral("Float32");
        rows[1].name = QStringLiteral("PCFS.K-1.NOTE.PV");
        rows[1].pointType = QStringLiteral("String");
        rows[1].checkable = false;
        rows[2].name = QStringLiteral("PCFS.K-1.1FI-2.PV");
        model.setRows(rows);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.checkedCount(), 2);
        QCOMPARE(model.checkableCount(), 2);
        QVERIFY(!(model.flags(model.index(1, DiscoveredTagModel::Name)) & Qt::ItemIsEnabled));
        QVERIFY(model.flags(model.index(0, DiscoveredTagModel::Name)) & Qt::ItemIsUserCheckable);
        QVERIFY(!model.setData(model.index(1, DiscoveredTagModel::Name), Qt::Checked, Qt::CheckStateRole));
        QVERIFY(model.setData(model.index(0, DiscoveredTagModel::Name), Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(model.checkedNames(), QStringList{QStringLiteral("PCFS.K-1.1FI-2.PV")});
        model.setAllChecked(true);
        QCOMPARE(model.checkedCount(), 2); // the text point stays out
        model.setAllChecked(false);
        QCOMPARE(model.checkedCount(), 0);
        QCOMPARE(model.data(model.index(0, DiscoveredTagModel::EngineeringUnit)).toString(), QStringLiteral("rpm"));
        QCOMPARE(changed.size(), 4);
    }

    void refusesBadIds()
    {
        NewUnitDialog dialog;
        dialog.setConfigDirectory(m_tmp.filePath(QStringLiteral("unused")));
        dialog.setExistingUnitIds({QStringLiteral("K-12-01")});
        QSignalSpy failed(&dialog, &NewUnitDialog::creationFailed);
        dialog.setUnit(QStringLiteral("k-12-01"), QStringLiteral("PCFS"), "Asia/Kuala_Lumpur");
        dialog.createUnit();
        QVERIFY2(dialog.statusText().contains(u"already has a unit"), qPrintable(dialog.statusText()));
        dialog.setUnit(QStringLiteral("K 12/01"), QStringLiteral("PCFS"), "Asia/Kuala_Lumpur");
        dialog.createUnit();
        QVERIFY2(dialog.statusText().contains(u"cannot be a unit id"), qPrintable(dialog.statusText()));
        dialog.setUnit(QStringLiteral("K-12-02"), QStringLiteral("PCFS"), "Asia/Kuala_Lumpur");
        dialog.createUnit();
        QVERIFY2(dialog.statusText().contains(u"Find the unit's points first"), qPrintable(dialog.statusText()));
        QCOMPARE(failed.size(), 3);
        QVERIFY(!QFileInfo::exists(m_tmp.filePath(QStringLiteral("unused"))));
    }

    // From a PI Web API with basic sign-on and a password typed in the dialog: a wrong password
    // is reported, the points are listed, one is left out, a bad time zone is refused in
    // check-config's words (and its files removed), then the unit is written without its secret.
    void createsAUnitFromPi()
    {
        PiWebApiTestServer::Options options;
        options.user = "reader";
        options.password = Password.toUtf8();
        PiWebApiTestServer server(options);
        server.addUnit(QStringLiteral("PCFS"), QStringLiteral("K-99-01"), 12, 60'000);
        server.addUnit(QStringLiteral("PCFS"), QStringLiteral("K-98-01"), 5, 60'000); // not matched
        QVERIFY2(server.listen(), qPrintable(server.errorString()));
        const QString config = writeConfig(m_tmp.filePath(QStringLiteral("pi-config")));
        QStringList demoIds;
        const FleetConfigResult demo = FleetConfigLoader::loadDemo();
        for (const UnitConfig &u : demo.fleet->units)
            demoIds.append(u.unitId);

        NewUnitDialog dialog;
        dialog.setConfigDirectory(config);
        dialog.setExistingUnitIds(demoIds);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClicks(child<QLineEdit>(&dialog, "unitId"), QStringLiteral("K-99-01"));
        QTest::keyClicks(child<QLineEdit>(&dialog, "plant"), QStringLiteral("PCFS"));
        QCOMPARE(child<QLineEdit>(&dialog, "piNameFilter")->text(), QStringLiteral("PCFS.K-99-01.*"));
        child<QLineEdit>(&dialog, "piUrl")->setText(server.baseUrl().toString());
        auto *auth = child<QComboBox>(&dialog, "piAuth");
        auth->setCurrentIndex(auth->findData(int(PiAuth::Basic)));
        QVERIFY(child<QLineEdit>(&dialog, "piUser")->isVisibleTo(&dialog));
        QVERIFY(!child<QLineEdit>(&dialog, "piTokenUrl")->isVisibleTo(&dialog));
        QTest::keyClicks(child<QLineEdit>(&dialog, "piUser"), QStringLiteral("reader"));
        auto *password = child<QLineEdit>(&dialog, "piPassword");
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        QTest::keyClicks(password, QStringLiteral("wrong"));

        QSignalSpy listed(&dialog, &NewUnitDialog::pointsListed);
        QTest::mouseClick(child<QPushButton>(&dialog, "findPoints"), Qt::LeftButton);
        QVERIFY(listed.wait(30000));
        QCOMPARE(listed.first().at(0).toBool(), false);
        QVERIFY2(listed.first().at(1).toString().contains(u"401"), qPrintable(listed.first().at(1).toString()));

        password->clear();
        QTest::keyClicks(password, Password);
        QTest::mouseClick(child<QPushButton>(&dialog, "findPoints"), Qt::LeftButton);
        DiscoveredTagModel *points = dialog.pointModel();
        QTRY_COMPARE_WITH_TIMEOUT(points->rowCount(), 12, 30000);
        QCOMPARE(listed.last().at(0).toBool(), true);
        QCOMPARE(points->checkedCount(), 12);
        QVERIFY(points->row(0).name.startsWith(u"PCFS.K-99-01."));
        QVERIFY2(child<QLabel>(&dialog, "piProgress")->text().contains(u"12 point"), qPrintable(child<QLabel>(&dialog, "piProgress")->text()));

        // The all/none toggle, then one point left out.
        auto *all = child<QCheckBox>(&dialog, "piSelectAll");
        QCOMPARE(all->checkState(), Qt::Checked);
        all->click();
        QCOMPARE(points->checkedCount(), 0);
        QCOMPARE(all->checkState(), Qt::Unchecked);
        all->click();
        QCOMPARE(points->checkedCount(), 12);
        const QString leftOut = points->row(4).name;
        QVERIFY(points->setData(points->index(4, DiscoveredTagModel::Name), Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(all->checkState(), Qt::PartiallyChecked);
        QVERIFY(child<QLabel>(&dialog, "piSelectAllCount")->text().contains(u"11 chosen"));
        QTest::qWait(50);
        screenshot(dialog, "newunit-pi");
        // A zone check-config refuses: the unit file is refused and removed.
        child<QComboBox>(&dialog, "timeZone")->setCurrentText(QStringLiteral("Mars/Olympus_Mons"));

        // check-config refuses the zone: the dialog stays, says why, and leaves no file behind.
        const QString unitFile = config + QStringLiteral("/units/K-99-01.yml");
        const QString passwordFile = config + QStringLiteral("/units/K-99-01.pi-password");
        QSignalSpy failed(&dialog, &NewUnitDialog::creationFailed);
        QSignalSpy created(&dialog, &NewUnitDialog::unitCreated);
        QTest::mouseClick(child<QPushButton>(&dialog, "createUnit"), Qt::LeftButton);
        QVERIFY(failed.wait(30000));
        QVERIFY(dialog.isVisible());
        QCOMPARE(created.size(), 0);
        QVERIFY2(dialog.diagnostics().size() == 1, qPrintable(dialog.diagnostics().join(u'\n')));
        const QString diagnostic = dialog.diagnostics().first();
        QVERIFY2(diagnostic.startsWith(QDir::cleanPath(unitFile) + u':') && diagnostic.contains(u": timezone: ")
                     && diagnostic.contains(u"Mars/Olympus_Mons"),
                 qPrintable(diagnostic));
        QVERIFY(child<QListWidget>(&dialog, "diagnostics")->isVisible());
        QVERIFY(dialog.statusText().contains(u"removed again"));
        QVERIFY(!QFileInfo::exists(unitFile));
        QVERIFY(!QFileInfo::exists(passwordFile));
        screenshot(dialog, "newunit-pi-refused");

        child<QComboBox>(&dialog, "timeZone")->setCurrentText(QStringLiteral("Asia/Kuala_Lumpur"));
        QTest::mouseClick(child<QPushButton>(&dialog, "createUnit"), Qt::LeftButton);
        QVERIFY(created.wait(30000));
        QVERIFY(!dialog.isVisible());
        const auto unit = created.first().first().value<UnitConfig>();
        QCOMPARE(unit.unitId, QStringLiteral("K-99-01"));
        QCOMPARE(unit.source.type, SourceType::PiWebApi);
        QCOMPARE(unit.tags.size(), 11);

        // The unit file: no secret in it, the password beside it for the owner only.
        const QString yaml = readText(unitFile);
        QVERIFY(!yaml.isEmpty());
        QVERIFY2(!yaml.contains(Password) && !yaml.contains(u"password:"), qPrintable(yaml));
        QVERIFY2(yaml.contains(u"password_file: units/K-99-01.pi-password"), qPrintable(yaml));
        QVERIFY2(yaml.contains(u"auth: basic") && yaml.contains(u"user: reader"), qPrintable(yaml));
        QVERIFY2(yaml.startsWith(u"# Written by TurboPredict (File > New unit) from " + server.baseUrl().toString()), qPrintable(yaml));
        QCOMPARE(readText(passwordFile), Password);
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
            | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
        QCOMPARE(QFile::permissions(passwordFile) & others, QFileDevice::Permissions());

        // It loads as check-config reads it, with the checked points only, and signs on.
        const FleetConfigResult loaded = FleetConfigLoader::load(config);
        QVERIFY2(loaded.ok() && loaded.errorCount() == 0, loaded.diagnostics.isEmpty() ? "" : qPrintable(loaded.diagnostics.first().toString()));
        const UnitConfig *read = loaded.fleet->findUnit(QStringLiteral("K-99-01"));
        QVERIFY(read);
        QStringList expected = points->checkedNames();
        QCOMPARE(expected.size(), 11);
        QCOMPARE(tagNames(*read), expected);
        QVERIFY(!tagNames(*read).contains(leftOut));
        QCOMPARE(tagNames(unit), expected);
        QCOMPARE(loaded.fleet->units.size(), 14);
        QString error;
        const auto connection = piConnectionFor(read->source, &error);
        QVERIFY2(connection, qPrintable(error));
        QCOMPARE(connection->password, Password.toUtf8());
    }

    // From an .xlsx export: tags with their first and last times, one left out; the unit file
    // names the export relative to the configuration folder.
    void createsAUnitFromAnExport()
    {
        const QString file = m_tmp.filePath(QStringLiteral("exports/K-77-01.xlsx"));
        QVERIFY(writeExport(file, QStringLiteral("K-77-01")));
        const QString config = writeConfig(m_tmp.filePath(QStringLiteral("file-config")));
        NewUnitDialog dialog;
        dialog.setConfigDirectory(config);
        dialog.setUnit(QStringLiteral("K-77-01"), QStringLiteral("PCFS"), "Asia/Kuala_Lumpur");
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        readExport(dialog, file, 4);
        DiscoveredTagModel *tags = dialog.exportTagModel();
        int tiRow = -1;
        for (int r = 0; r < tags->rowCount(); ++r) {
            QVERIFY2(!tags->row(r).name.contains(u'\\'), qPrintable(tags->row(r).name)); // PI path stripped
            const QString notes = tags->data(tags->index(r, DiscoveredTagModel::Notes)).toString();
            QVERIFY2(notes.contains(u"2026-03-01 00:00:00") && notes.contains(u" to "), qPrintable(notes));
            if (tags->row(r).name.contains(u"77TI-103"))
                tiRow = r;
        }
        QVERIFY(tiRow >= 0);
        QVERIFY2(tags->data(tags->index(tiRow, DiscoveredTagModel::Notes)).toString().contains(u"1 digital state"),
                 qPrintable(tags->data(tags->index(tiRow, DiscoveredTagModel::Notes)).toString()));
        const QString leftOut = tags->row(tiRow).name;
        QVERIFY(tags->setData(tags->index(tiRow, DiscoveredTagModel::Name), Qt::Unchecked, Qt::CheckStateRole));
        QTest::qWait(50);
        screenshot(dialog, "newunit-file");

        // A changed zone would read the file's times differently: read it again first.
        child<QComboBox>(&dialog, "timeZone")->setCurrentText(QStringLiteral("Europe/Oslo"));
        dialog.createUnit();
        QVERIFY2(dialog.statusText().contains(u"Read tags again"), qPrintable(dialog.statusText()));
        child<QComboBox>(&dialog, "timeZone")->setCurrentText(QStringLiteral("Asia/Kuala_Lumpur"));

        QSignalSpy created(&dialog, &NewUnitDialog::unitCreated);
        QTest::mouseClick(child<QPushButton>(&dialog, "createUnit"), Qt::LeftButton);
        QVERIFY(created.wait(30000));
        const QString yaml = readText(config + QStringLiteral("/units/K-77-01.yml"));
        QVERIFY2(yaml.contains(u"type: xlsx") && yaml.contains(u"path: ../exports/K-77-01.xlsx"), qPrintable(yaml));
        QVERIFY2(!yaml.contains(leftOut), qPrintable(yaml));
        QVERIFY2(yaml.startsWith(u"# Written by TurboPredict (File > New unit) from K-77-01.xlsx (sheet DL_WORK, sampled layout, 192 value"),
                 qPrintable(yaml));
        const FleetConfigResult loaded = FleetConfigLoader::load(config);
        QVERIFY(loaded.ok());
        const UnitConfig *read = loaded.fleet->findUnit(QStringLiteral("K-77-01"));
        QVERIFY(read);
        QCOMPARE(read->tags.size(), 3);
        QCOMPARE(QFileInfo(read->source.path).canonicalFilePath(), QFileInfo(file).canonicalFilePath());
        QCOMPARE(created.first().first().value<UnitConfig>().tags.size(), 3);

        // The same id again: the file is not overwritten.
        NewUnitDialog again;
        again.setConfigDirectory(config);
        again.setUnit(QStringLiteral("K-77-01"), QStringLiteral("PCFS"), "Asia/Kuala_Lumpur");
        readExport(again, file, 4);
        QSignalSpy failed(&again, &NewUnitDialog::creationFailed);
        again.createUnit();
        QVERIFY(failed.wait(30000));
        QVERIFY2(again.statusText().contains(u"is not overwritten"), qPrintable(again.statusText()));
        QCOMPARE(readText(config + QStringLiteral("/units/K-77-01.yml")), yaml);
    }

    // The window on the built-in demo fleet: File › New unit offers an editable copy, writes it,
    // makes it the configuration folder (saved for the next start) and lists the new unit.
    void offersACopyOfTheDemoFleet()
    {
        const QString file = m_tmp.filePath(QStringLiteral("exports/K-77-02.xlsx"));
        QVERIFY(writeExport(file, QStringLiteral("K-77-02")));
        MainWindow window;
        QSignalSpy loaded(&window, &MainWindow::configurationLoaded);
        window.loadConfiguration(QString());
        window.show();
        QVERIFY(loaded.wait(10000));
        QMenu *fileMenu = window.menuBar()->actions().first()->menu();
        QVERIFY(fileMenu);
        QCOMPARE(fileMenu->actions().first()->text(), QStringLiteral("&New unit..."));
        QCOMPARE(fileMenu->actions().first()->shortcut(), QKeySequence(QKeySequence::New));

        NewUnitDialog *dialog = window.openNewUnit();
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->configDirectory(), QString());
        dialog->setUnit(QStringLiteral("K-77-02"), QStringLiteral("PCFS"), "Asia/Kuala_Lumpur");
        readExport(*dialog, file, 4);
        QSignalSpy adopted(dialog, &NewUnitDialog::configDirectoryCreated);
        QSignalSpy created(dialog, &NewUnitDialog::unitCreated);
        dialog->createUnit();
        QMessageBox *question = nullptr;
        QTRY_VERIFY((question = dialog->findChild<QMessageBox *>(QStringLiteral("fleetCopyQuestion"))) && question->isVisible());
        QVERIFY(question->text().contains(QDir::toNativeSeparators(NewUnitDialog::defaultFleetCopyDirectory())));
        screenshot(*question, "newunit-fleet-copy-question");
        child<QPushButton>(question, "fleetCopyDefault")->click();
        QVERIFY(created.wait(30000));
        const QString copy = NewUnitDialog::defaultFleetCopyDirectory();
        QCOMPARE(adopted.size(), 1);
        QCOMPARE(adopted.first().first().toString(), copy);
        QCOMPARE(window.configDirectory(), copy);
        QCOMPARE(Preferences::load().configDir, copy);
        QVERIFY(QFileInfo::exists(copy + QStringLiteral("/global.yml")));
        QVERIFY(QFileInfo::exists(copy + QStringLiteral("/units/K-12-01.yml")));
        QVERIFY(QFileInfo::exists(copy + QStringLiteral("/units/K-77-02.yml")));
        const FleetConfigResult read = FleetConfigLoader::load(copy);
        QVERIFY(read.ok());
        QCOMPARE(read.fleet->units.size(), 14);

        // In the window: the tree under PCFS, its tab open.
        QTreeWidget *tree = window.fleetTree();
        QTreeWidgetItem *pcfs = tree->topLevelItem(0);
        QCOMPARE(pcfs->text(0), QStringLiteral("PCFS"));
        QCOMPARE(pcfs->childCount(), 5);
        QVERIFY(window.unitTab(QStringLiteral("K-77-02")));
        QCOMPARE(window.tabs()->currentWidget(), window.unitTab(QStringLiteral("K-77-02")));

        // Leave no copy and no preference behind for the next tests.
        QDir(copy).removeRecursively();
        Preferences p = Preferences::load();
        p.configDir.clear();
        p.save();
    }

    // A running fleet: the created unit starts at once and back-fills from its export.
    void addsTheUnitToTheRunningFleet()
    {
        const QString file = m_tmp.filePath(QStringLiteral("exports/K-77-03.xlsx"));
        QVERIFY(writeExport(file, QStringLiteral("K-77-03")));
        // One simulated unit keeps the fleet light.
        const QString config = writeConfig(m_tmp.filePath(QStringLiteral("run-config")));
        for (const QString &name : QDir(config + QStringLiteral("/units")).entryList(QDir::Files))
            if (name != u"K-12-01.yml")
                QVERIFY(QFile::remove(config + QStringLiteral("/units/") + name));
        QTemporaryDir data;
        RuntimeOptions runtime;
        runtime.dataDir = data.path();
        runtime.simulatorHistory = std::chrono::hours(2);
        MainWindow window;
        window.setRuntimeOptions(runtime);
        QSignalSpy loaded(&window, &MainWindow::configurationLoaded);
        window.loadConfiguration(config);
        window.resize(1400, 800);
        window.show();
        QVERIFY(loaded.wait(10000));
        QCOMPARE(window.fleet()->unitIds().size(), 1);

        NewUnitDialog *dialog = window.openNewUnit();
        QCOMPARE(dialog->configDirectory(), QFileInfo(config).absoluteFilePath());
        dialog->setUnit(QStringLiteral("K-12-01"), QStringLiteral("PCFS"), "Asia/Kuala_Lumpur");
        dialog->createUnit();
        QVERIFY2(dialog->statusText().contains(u"already has a unit K-12-01"), qPrintable(dialog->statusText()));
        dialog->setUnit(QStringLiteral("K-77-03"), QStringLiteral("PCFS"), "Asia/Kuala_Lumpur");
        readExport(*dialog, file, 4);
        QSignalSpy created(dialog, &NewUnitDialog::unitCreated);
        dialog->createUnit();
        QVERIFY(created.wait(30000));

        QVERIFY(window.fleet()->unitIds().contains(QStringLiteral("K-77-03")));
        QCOMPARE(window.fleetTree()->topLevelItem(0)->childCount(), 2);
        QTRY_VERIFY(window.unitTab(QStringLiteral("K-77-03")));
        UnitTab *tab = window.unitTab(QStringLiteral("K-77-03"));
        QCOMPARE(window.tabs()->currentWidget(), tab);
        UnitController *unit = window.fleet()->unit(QStringLiteral("K-77-03"));
        QVERIFY(unit);
        QTRY_VERIFY_WITH_TIMEOUT(unit->refreshCount() >= 1, 120000);
        QTRY_VERIFY_WITH_TIMEOUT(unit->snapshot().freshnessMs >= 0 || !unit->snapshot().lastError.isEmpty(), 20000);
        QVERIFY2(unit->snapshot().lastError.isEmpty(), qPrintable(unit->snapshot().lastError));
        QTest::qWait(100);
        screenshot(window, "newunit-mainwindow");
    }
};

QTEST_MAIN(TestNewUnitDialog)
#include "tst_newunitdialog.moc"
