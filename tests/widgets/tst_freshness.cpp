// Freshness is never hidden: a unit whose newest data is 46 h old is Stale in its snapshot,
// in /status (over HTTP), in /metrics, on its card and in its tab header, with mode, health
// and RUL labelled "as of" the newest data; a live unit beside it is not. The fleet clock is
// fixed, so nothing depends on today's date.

#include "config/fleetconfigloader.h"
#include "fleetoverview.h"
#include "runtime/fleet.h"
#include "runtime/fleetclock.h"
#include "runtime/snapshotjson.h"
#include "runtime/unitcontroller.h"
#include "server/apiserver.h"
#include "unittab.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace tp;

class TestFreshness : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Fleet> m_fleet;
    const qint64 m_now = QDateTime::fromString(QStringLiteral("2026-11-23T21:00:00Z"), Qt::ISODate).toMSecsSinceEpoch();
    const qint64 m_newest = QDateTime::fromString(QStringLiteral("2026-11-21T23:00:00Z"), Qt::ISODate).toMSecsSinceEpoch();

private Q_SLOTS:
    void initTestCase()
    {
        // An export that ends 46 h before now: hourly values of two tags over two days.
        const QString csv = m_dir.filePath(QStringLiteral("old.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("time,PCFS.K-99-01.99SI-001.PV,PCFS.K-99-01.99TI-002.PV\n");
        for (qint64 t = m_newest - 47 * 3'600'000LL; t <= m_newest; t += 3'600'000LL)
            f.write(QDateTime::fromMSecsSinceEpoch(t, QTimeZone::utc()).toString(Qt::ISODate).toUtf8() + ",10400,85.5\n");
        f.close();
        UnitConfig old;
        old.unitId = QStringLiteral("K-99-01");
        old.plant = QStringLiteral("PCFS");
        old.timeZone = "Asia/Kuala_Lumpur";
        old.source.type = SourceType::Csv;
        old.source.path = csv;
        for (const char *name : {"PCFS.K-99-01.99SI-001.PV", "PCFS.K-99-01.99TI-002.PV"}) {
            TagConfig t;
            t.name = QString::fromLatin1(name);
            t.engineeringUnit = QStringLiteral("rpm");
            old.tags.append(t);
        }
        FleetConfig fleet;
        fleet.units = {old, FleetConfigLoader::loadDemo().fleet->units.first()};
        RuntimeOptions runtime;
        runtime.dataDir = m_dir.filePath(QStringLiteral("data"));
        runtime.simulatorHistory = std::chrono::hours(24);
        runtime.clock = std::make_shared<FleetClock>(1.0, m_now);
        m_fleet = std::make_unique<Fleet>(fleet, runtime);
        m_fleet->start();
        QTRY_VERIFY_WITH_TIMEOUT(m_fleet->unit(QStringLiteral("K-99-01"))->refreshCount() >= 1
                                     && m_fleet->unit(fleet.units.last().unitId)->refreshCount() >= 1, 120000);
    }

    void cleanupTestCase() { m_fleet->stop(); }

    void snapshotSaysStale()
    {
        const UnitSnapshot s = m_fleet->unit(QStringLiteral("K-99-01"))->snapshot();
        QCOMPARE(s.newestGoodTs, m_newest);
        QVERIFY(s.stale);
        QCOMPARE(s.staleAfterMs, 3'600'000LL); // three 5-minute refreshes, at least an hour
        const UnitSnapshot live = m_fleet->unit(m_fleet->config().units.last().unitId)->snapshot();
        QVERIFY(!live.stale);
    }

    void statusAndMetricsSayStale()
    {
        ApiOptions options;
        options.port = 0;
        options.dataDir = m_dir.filePath(QStringLiteral("data"));
        ApiServer server(*m_fleet, options);
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        QNetworkAccessManager nam;
        QNetworkReply *reply = nam.get(QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1/status").arg(server.port()))));
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(20000));
        const QJsonArray units = QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("units")).toArray();
        reply->deleteLater();
        QCOMPARE(units.size(), 2);
        for (const QJsonValue &u : units) {
            const QJsonObject o = u.toObject();
            QVERIFY(o.value(QStringLiteral("stale")).isBool());
            const bool old = o.value(QStringLiteral("id")).toString() == u"K-99-01";
            QCOMPARE(o.value(QStringLiteral("stale")).toBool(), old);
            if (old)
                QCOMPARE(QDateTime::fromString(o.value(QStringLiteral("as_of")).toString(), Qt::ISODateWithMs).toMSecsSinceEpoch(), m_newest);
        }
        const QByteArray metrics = server.metrics();
        QVERIFY2(metrics.contains("turbopredict_stale{unit=\"K-99-01\",plant=\"PCFS\"} 1"), metrics.constData());
        QVERIFY(metrics.contains(QByteArray("turbopredict_stale{unit=\"" + m_fleet->config().units.last().unitId.toUtf8() + "\"")));
    }

    void cardAndTabSayStaleAndAsOf()
    {
        const UnitSnapshot s = m_fleet->unit(QStringLiteral("K-99-01"))->snapshot();
        UnitCard card(*m_fleet->config().findUnit(u"K-99-01"));
        card.setSnapshot(s);
        QStringList texts;
        for (const QLabel *l : card.findChildren<QLabel *>())
            texts.append(l->text());
        const QString all = texts.join(u'\n');
        // 2026-11-21 23:00 UTC is 2026-11-22 07:00 in Kuala Lumpur.
        QVERIFY2(all.contains(u"STALE") && all.contains(u"2026-11-22 07:00 +08"), qPrintable(all));
        QVERIFY2(all.contains(u"as of 2026-11-22 07:00 +08"), qPrintable(all));
        QVERIFY2(!all.contains(u"Data age"), qPrintable(all));
        const QString shots = qEnvironmentVariable("TP_SCREENSHOT_DIR", QCoreApplication::applicationDirPath() + QStringLiteral("/../../screenshots"));
        QDir().mkpath(shots);
        QVERIFY(card.grab().save(shots + QStringLiteral("/stale-card.png")));

        UnitTab tab(*m_fleet->config().findUnit(u"K-99-01"), m_dir.filePath(QStringLiteral("data")), m_fleet.get());
        tab.setSnapshot(s);
        const QLabel *header = tab.findChild<QLabel *>(QStringLiteral("unitHeader"));
        QVERIFY(header);
        QVERIFY2(header->text().contains(u"STALE") && header->text().contains(u"as of 2026-11-22 07:00 +08"),
                 qPrintable(header->text()));
    }
};

QTEST_MAIN(TestFreshness)
#include "tst_freshness.moc"
