#include "mainwindow.h"
#include "translations.h"
#include "runtime/fleet.h"
#include "runtime/unitcontroller.h"

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
