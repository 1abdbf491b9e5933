#include "mainwindow.h"
#include "translations.h"
#include "fleetoverview.h"
#include "healthpanel.h"
#include "remotesitedialog.h"
#include "runtime/fleet.h"
#include "runtime/remotesite.h"
#include "runtime/unitcontroller.h"
#include "trendchart.h"
#include "unittab.h"

#include "../support/turbopredictd.h"

#include <QtCharts/QChartView>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTabWidget>
#include <QTranslator>
#include <QTreeWidget>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>

using namespace tp;

class TestMainWindow : public QObject
{
    Q_OBJECT

    // Screenshots land in TP_SCREENSHOT_DIR when set (to look at them), else nowhere.
    static void saveScreenshot(QWidget &w, const char *name)
    {
        const QString dir = qEnvironmentVariable("TP_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        QVERIFY(w.grab().save(dir + u'/' + QLatin1StringView(name) + u".png"));
    }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    // --help and --version on a machine without a display (a server): text, exit 0.
    void helpAndVersionNeedNoDisplay()
    {
        for (const QString &option : {QStringLiteral("--help"), QStringLiteral("--version")}) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.remove(QStringLiteral("DISPLAY"));
            env.remove(QStringLiteral("WAYLAND_DISPLAY"));
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(TP_TURBOPREDICT), {option});
            QVERIFY(p.waitForFinished(30000));
            const QString out = QString::fromLocal8Bit(p.readAllStandardOutput());
            QCOMPARE(p.exitStatus(), QProcess::NormalExit);
            QCOMPARE(p.exitCode(), 0);
            QVERIFY2(option == u"--help" ? out.contains(u"--config") : out.contains(QStringLiteral(TP_VERSION)), qPrintable(out));
        }
    }

    void listsDemoUnitsByPlant()
    {
        MainWindow window;
        QSignalSpy loaded(&window, &MainWindow::configurationLoaded);
        window.loadConfiguration(QString());
        window.show();
        QVERIFY(loaded.wait(10000));
        QCOMPARE(loaded.first().first().toBool(), true);
        QTreeWidget *tree = window.fleetTree();
        QCOMPARE(tree->topLevelItemCount(), 3);
        const QStringList plants{QStringLiteral("PCFS"), QStringLiteral("PCMSB"), QStringLiteral("ABF")};
        const QList<int> counts{4, 8, 1};
        int units = 0;
        for (int i = 0; i < 3; ++i) {
            QTreeWidgetItem *plant = tree->topLevelItem(i);
            QCOMPARE(plant->text(0), plants[i]);
            QCOMPARE(plant->childCount(), counts[i]);
            QVERIFY(plant->isExpanded());
            units += plant->childCount();
        }
        QCOMPARE(units, 13);
        QCOMPARE(tree->topLevelItem(0)->child(0)->text(0), QStringLiteral("K-12-01"));
        QCOMPARE(tree->topLevelItem(0)->child(0)->text(6), QStringLiteral("54"));
        QCOMPARE(tree->topLevelItem(2)->child(0)->text(0), QStringLiteral("07-MT01-K001"));
        auto *dock = window.findChild<QDockWidget *>(QStringLiteral("problemsDock"));
        QVERIFY(dock && !dock->isVisible());
        saveScreenshot(window, "mainwindow-demo-fleet");
    }

    // A remote site served by a real turbopredictd on loopback: added through the dialog, its
    // units in the tree and the overview under the site's name, a unit tab with its trend, the
    // site kept for the next start, and Offline when the server goes away.
    void showsARemoteSite()
    {
        QTemporaryDir siteData, data;
        QProcess server;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TP_API_TOKEN"), QStringLiteral("gui-token"));
        const int port = tptest::startTurbopredictd(server, {QStringLiteral("serve"), QStringLiteral("--data"), siteData.path(),
                                                              QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--token-for-get"),
                                                              QStringLiteral("--sim-history"), QStringLiteral("2d")}, env);
        QVERIFY(port > 0);
        const QString url = QStringLiteral("http://127.0.0.1:%1").arg(port);

        RuntimeOptions runtime;
        runtime.dataDir = data.path();
        runtime.simulatorHistory = std::chrono::hours(12);
        auto window = std::make_unique<MainWindow>();
        window->setRuntimeOptions(runtime);
        QSignalSpy loaded(window.get(), &MainWindow::configurationLoaded);
        window->loadConfiguration(QString());
        window->resize(1500, 900);
        window->show();
        QVERIFY(loaded.wait(10000));

        // A wrong token: the dialog stays open and says why.
        RemoteSiteDialog *dialog = window->openAddRemoteSite();
        QSignalSpy failed(dialog, &RemoteSiteDialog::discoveryFailed);
        dialog->setSite(QStringLiteral("Offshore A"), url, "wrong", 2);
        dialog->accept();
        QVERIFY(failed.wait(20000));
        QVERIFY(dialog->isVisible());
        QVERIFY2(dialog->statusText().contains(QStringLiteral("refused the token")), qPrintable(dialog->statusText()));
        saveScreenshot(*dialog, "remote-site-dialog-refused");
        QSignalSpy saved(window.get(), &MainWindow::remoteSitesSaved);
        dialog->setSite(QStringLiteral("Offshore A"), url, "gui-token", 2);
        dialog->accept();
        QVERIFY(saved.wait(20000));
        QVERIFY(saved.first().first().toBool());

        // The site's units under its name, after the local plants.
        QTreeWidget *tree = window->fleetTree();
        QCOMPARE(tree->topLevelItemCount(), 6);
        QCOMPARE(tree->topLevelItem(3)->text(0), QStringLiteral("ABF (Offshore-A)"));
        QCOMPARE(tree->topLevelItem(3)->child(0)->text(0), QStringLiteral("07-MT01-K001@Offshore-A"));
        auto rowOf = [&](QStringView unit) -> QTreeWidgetItem * {
            for (int i = 0; i < tree->topLevelItemCount(); ++i)
                for (int j = 0; j < tree->topLevelItem(i)->childCount(); ++j)
                    if (tree->topLevelItem(i)->child(j)->text(0) == unit)
                        return tree->topLevelItem(i)->child(j);
            return nullptr;
        };
        QVERIFY(rowOf(u"K-16-01@Offshore-A"));
        QCOMPARE(window->overview()->displayedOrder().size(), 26);
        // A mirrored unit with the site's analysis: K-16-01, unless the simulated unit is in a
        // stop on the day of the test run (the site runs on the real clock), then another.
        QStringList candidates{QStringLiteral("K-16-01@Offshore-A")};
        for (const QString &id : window->fleet()->unitIds())
            if (id.endsWith(u"@Offshore-A") && !candidates.contains(id))
                candidates.append(id);
        UnitController *mirror = nullptr;
        QString mirrorId;
        auto analysed = [&] {
            for (const QString &id : candidates) {
                UnitController *c = window->fleet()->unit(id);
                if (c && c->refreshCount() >= 1 && c->snapshot().healthIndex.has_value() && c->snapshot().mode == OperatingMode::Running) {
                    mirror = c;
                    mirrorId = id;
                    return true;
                }
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(analysed(), 240000);
        QTreeWidgetItem *k16 = rowOf(mirrorId);
        QVERIFY(k16);
        QTRY_COMPARE_WITH_TIMEOUT(k16->text(2), unitStateText(UnitState::Ok), 10000);
        saveScreenshot(*window, "remote-site-overview");

        // Its tab: the same views, over the copied data.
        UnitTab *tab = window->openUnit(mirrorId);
        QVERIFY(tab);
        QSignalSpy trendLoaded(tab->trend(), &TrendChart::loaded);
        const TagConfig &first = window->fleet()->config().findUnit(mirrorId)->tags.first();
        tab->trend()->setTags({first.name});
        QVERIFY(trendLoaded.wait(20000));
        QVERIFY(tab->trend()->panes().first()->chart()->series().size() >= 1);
        saveScreenshot(*window, "remote-site-unit-tab");
        // Health: the site explains a time (its model), with the contributions of the top tags.
        auto *health = tab->findChild<HealthPanel *>();
        QVERIFY(health);
        QSignalSpy explained(health, &HealthPanel::explained);
        health->explain(mirror->snapshot().now - 3'600'000);
        QVERIFY(explained.wait(30000));
        QVERIFY2(health->explanation().ok && !health->explanation().contributors.isEmpty(), qPrintable(health->explanation().message));

        // The site goes away: Offline, with the copied data still there.
        server.terminate(); // its clean stop within 10 s is tst_server's; here it may be slower (sanitizers)
        QVERIFY(server.waitForFinished(120000));
        mirror->requestRefresh();
        QTRY_COMPARE_WITH_TIMEOUT(k16->text(2), unitStateText(UnitState::Offline), 60000);
        QVERIFY(!k16->toolTip(2).isEmpty());
        saveScreenshot(*window, "remote-site-offline");

        // The next start lists the site again (from the data folder), before it answers.
        window.reset();
        MainWindow again;
        again.setRuntimeOptions(runtime);
        QSignalSpy reloaded(&again, &MainWindow::configurationLoaded);
        again.loadConfiguration(QString());
        QVERIFY(reloaded.wait(10000));
        QCOMPARE(again.fleetTree()->topLevelItemCount(), 6);
        QVERIFY(again.fleet()->unit(QStringLiteral("K-16-01@Offshore-A")));
        const QList<RemoteSite> sites = RemoteSites::load(data.path());
        QCOMPARE(sites.size(), 1);
        QCOMPARE(sites.first().units.size(), 13);
    }

    void showsEachUnitsLiveState()
    {
        QTemporaryDir data;
        RuntimeOptions runtime;
        runtime.dataDir = data.path();
        runtime.simulatorHistory = std::chrono::hours(12); // a short back-fill: this is about the view
        MainWindow window;
        window.setRuntimeOptions(runtime);
        QSignalSpy loaded(&window, &MainWindow::configurationLoaded);
        window.loadConfiguration(QString());
        window.resize(1500, 560);
        window.show();
        QVERIFY(loaded.wait(10000));
        QVERIFY(window.fleet());
        // Every unit's row leaves "Starting" once its worker has back-filled and analysed.
        QTreeWidget *tree = window.fleetTree();
        auto rowOf = [&](const QString &unit) -> QTreeWidgetItem * {
            for (int p = 0; p < tree->topLevelItemCount(); ++p)
                for (int c = 0; c < tree->topLevelItem(p)->childCount(); ++c)
                    if (tree->topLevelItem(p)->child(c)->text(0) == unit)
                        return tree->topLevelItem(p)->child(c);
            return nullptr;
        };
        const QStringList ids = window.fleet()->unitIds();
        QCOMPARE(ids.size(), 13);
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(ids.cbegin(), ids.cend(),
                                             [&](const QString &id) { return window.fleet()->unit(id)->refreshCount() >= 1; }),
                                 300000);
        QTest::qWait(200); // the last queued snapshots
        for (const QString &id : window.fleet()->unitIds()) {
            QTreeWidgetItem *row = rowOf(id);
            QVERIFY(row);
            QCOMPARE(row->text(2), QStringLiteral("OK"));
            QVERIFY(QStringList({QStringLiteral("Running"), QStringLiteral("Stopped"), QStringLiteral("Transient")})
                        .contains(row->text(3)));
            QVERIFY(!row->text(4).isEmpty());
            QVERIFY(row->text(5).endsWith(u" s") || row->text(5).endsWith(u" min"));
        }
        saveScreenshot(window, "mainwindow-live-fleet");
    }

    void speaksMalay()
    {
        // The catalogues compiled into the application, as the GUI installs them at start.
        installTranslators(*QCoreApplication::instance(), QStringLiteral("ms"));
        MainWindow window;
        QSignalSpy loaded(&window, &MainWindow::configurationLoaded);
        window.loadConfiguration(QString());
        window.show();
        QVERIFY(loaded.wait(10000));
        const QString overview = window.tabs()->tabText(0);
        QVERIFY2(!overview.isEmpty() && overview != u"Fleet overview", qPrintable(overview));
        QVERIFY(window.fleetTree()->headerItem()->text(0) != u"Plant / unit");
        QTest::qWait(100); // layouts settle in the event loop, as they do for a user
        saveScreenshot(window, "mainwindow-malay");
        for (QTranslator *t : QCoreApplication::instance()->findChildren<QTranslator *>())
            QCoreApplication::removeTranslator(t);
    }

    void showsConfigurationProblems()
    {
        QTemporaryDir tmp;
        QDir().mkpath(tmp.filePath(QStringLiteral("units")));
        QFile f(tmp.filePath(QStringLiteral("units/K-12-01.yml")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("unit_id: K-12-01\nplant: PCFS\ntimezone: Asia/Kuala_Lumpur\n"
                "refresh_interval: 1 hour\nsource: {type: simulator}\n");
        f.close();
        MainWindow window;
        QSignalSpy loaded(&window, &MainWindow::configurationLoaded);
        window.loadConfiguration(tmp.path());
        window.show();
        QVERIFY(loaded.wait(10000));
        QCOMPARE(loaded.first().first().toBool(), false);
        QCOMPARE(window.fleetTree()->topLevelItemCount(), 0);
        auto *dock = window.findChild<QDockWidget *>(QStringLiteral("problemsDock"));
        QVERIFY(dock && dock->isVisible());
        auto *problems = qobject_cast<QTreeWidget *>(dock->widget());
        QVERIFY(problems);
        QStringList lines;
        for (int i = 0; i < problems->topLevelItemCount(); ++i)
            lines.append(problems->topLevelItem(i)->text(1));
        QVERIFY2(lines.contains(tmp.path() + u"/units/K-12-01.yml:4: refresh_interval: \"1 hour\" is "
                                "not a duration (use 30s, 5m, 1h)"),
                 qPrintable(lines.join(u'\n')));
        saveScreenshot(window, "mainwindow-config-errors");
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
