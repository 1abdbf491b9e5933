// Remote sites: a fleet in this process mirrors the units of a turbopredictd API (in process,
// on loopback, on a fixed clock): discovery, raw samples equal to the site's, status, alarms and
// RUL as the site has them, acknowledgement at the site (audited there), Offline when the site
// goes away with the mirrored data still readable, and the site list on disk.

#include "config/fleetconfigloader.h"
#include "runtime/explain.h"
#include "runtime/fleet.h"
#include "runtime/remotesite.h"
#include "runtime/storequery.h"
#include "runtime/unitcontroller.h"
#include "server/apiserver.h"
#include "storage/unitstore.h"

#include <QFile>
#include <QFutureWatcher>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

using namespace tp;

class TestRemote : public QObject
{
    Q_OBJECT

    QTemporaryDir m_siteData, m_localData;
    std::unique_ptr<Fleet> m_site;
    std::unique_ptr<ApiServer> m_server;
    std::unique_ptr<Fleet> m_local;
    RemoteSite m_remote;
    const QStringList m_units{QStringLiteral("K-16-01"), QStringLiteral("K-12-01")};

    SiteDiscovery discover(RemoteSite site)
    {
        // Blocking by design: a pool thread's work, while this thread serves the API.
        QFutureWatcher<SiteDiscovery> watcher;
        watcher.setFuture(QtConcurrent::run([site] { return RemoteSites::discover(site, 20000); }));
        QElapsedTimer t;
        t.start();
        while (!watcher.isFinished() && t.elapsed() < 30000)
            QTest::qWait(20);
        return watcher.isFinished() ? watcher.result() : SiteDiscovery{};
    }

private Q_SLOTS:
    void initTestCase()
    {
        FleetConfig fleet = *FleetConfigLoader::loadDemo().fleet;
        fleet.units.removeIf([&](const UnitConfig &u) { return !m_units.contains(u.unitId); });
        RuntimeOptions runtime;
        runtime.dataDir = m_siteData.path();
        runtime.simulatorHistory = std::chrono::hours(24 * 30);
        runtime.clock = std::make_shared<FleetClock>(
            1.0, QDateTime::fromString(QStringLiteral("2026-11-23T21:00:00Z"), Qt::ISODate).toMSecsSinceEpoch());
        m_site = std::make_unique<Fleet>(fleet, runtime);
        ApiOptions api;
        api.port = 0;
        api.token = "s1te-token";
        api.tokenForGet = true;
        api.dataDir = m_siteData.path();
        m_server = std::make_unique<ApiServer>(*m_site, api);
        QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
        m_site->start();
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(m_units.cbegin(), m_units.cend(), [&](const QString &id) { return m_site->unit(id)->refreshCount() >= 1; }), 300000);
    }

    void cleanupTestCase()
    {
        if (m_local)
            m_local->stop();
        m_server.reset();
        if (m_site)
            m_site->stop();
    }

    void discoveryNeedsTheToken()
    {
        RemoteSite wrong;
        wrong.name = QStringLiteral("Offshore A");
        wrong.url = QStringLiteral("http://127.0.0.1:%1").arg(m_server->port());
        wrong.token = "nope";
        const SiteDiscovery refused = discover(wrong);
        QVERIFY(!refused.ok);
        QVERIFY2(refused.error.contains(QStringLiteral("refused the token")), qPrintable(refused.error));
        RemoteSite nowhere = wrong;
        nowhere.url = QStringLiteral("http://127.0.0.1:1");
        const SiteDiscovery unreachable = discover(nowhere);
        QVERIFY(!unreachable.ok);
        QVERIFY2(unreachable.error.contains(QStringLiteral("127.0.0.1:1")), qPrintable(unreachable.error));

        m_remote = wrong;
        m_remote.token = "s1te-token";
        m_remote.history = std::chrono::hours(24 * 3);
        const SiteDiscovery found = discover(m_remote);
        QVERIFY2(found.ok, qPrintable(found.error));
        QCOMPARE(found.site.name, QStringLiteral("Offshore-A"));
        QCOMPARE(found.site.units.size(), m_units.size());
        // The site's configuration, tags and limits included, plus its derived tags.
        const UnitConfig &k16 = found.site.units.first();
        const UnitConfig *configured = m_site->config().findUnit(k16.unitId);
        QVERIFY(configured);
        QCOMPARE(k16.plant, configured->plant);
        QCOMPARE(k16.tags.size(), configured->tags.size() + 4);
        for (const TagConfig &t : configured->tags) {
            const TagConfig *copy = k16.findTag(t.name);
            QVERIFY2(copy, qPrintable(t.name));
            QCOMPARE(copy->engineeringUnit, t.engineeringUnit);
            QCOMPARE(copy->kind, t.kind);
            QCOMPARE(copy->hi.has_value(), t.hi.has_value());
            if (t.hi)
                QCOMPARE(copy->hi->value, t.hi->value);
        }
        m_remote = found.site;
    }

    void sitesAreSavedForTheirOwnerOnly()
    {
        QVERIFY(!m_remote.units.isEmpty());
        QString error;
        QVERIFY2(RemoteSites::save(m_localData.path(), {m_remote}, &error), qPrintable(error));
        const QFile::Permissions p = QFile::permissions(m_localData.filePath(QStringLiteral("sites.json")));
        QVERIFY(!(p & (QFile::ReadGroup | QFile::ReadOther)));
        const QList<RemoteSite> back = RemoteSites::load(m_localData.path(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(back.size(), 1);
        QCOMPARE(back.first().token, m_remote.token);
        QCOMPARE(back.first().history, m_remote.history);
        QCOMPARE(back.first().units.size(), m_remote.units.size());
        QCOMPARE(back.first().units.first().tags.size(), m_remote.units.first().tags.size());
    }

    void mirrorsSamplesStatusAlarmsAndRul()
    {
        QVERIFY(!m_remote.units.isEmpty());
        FleetConfig local;
        local.units = RemoteSites::localUnits(m_remote);
        QVERIFY(local.findUnit(u"K-16-01@Offshore-A"));
        QCOMPARE(local.findUnit(u"K-16-01@Offshore-A")->source.remoteUnit, QStringLiteral("K-16-01"));
        QCOMPARE(local.groups(), QStringList{QStringLiteral("%1 (Offshore-A)").arg(local.units.first().plant)});
        RuntimeOptions runtime;
        runtime.dataDir = m_localData.path();
        runtime.autoRefresh = false;
        m_local = std::make_unique<Fleet>(local, runtime);
        m_local->start();
        const QString id = QStringLiteral("K-16-01@Offshore-A");
        UnitController *mirror = m_local->unit(id);
        QTRY_VERIFY_WITH_TIMEOUT(mirror->refreshCount() >= 1, 120000);
        const UnitSnapshot s = mirror->snapshot();
        const UnitSnapshot site = m_site->unit(QStringLiteral("K-16-01"))->snapshot();
        QVERIFY2(s.state == UnitState::Ok, qPrintable(s.message + s.lastError));
        QCOMPARE(s.unitId, id);
        QCOMPARE(s.healthIndex.has_value(), site.healthIndex.has_value());
        if (site.healthIndex)
            QCOMPARE(*s.healthIndex, *site.healthIndex);
        QCOMPARE(s.mode, site.mode);
        QVERIFY2(std::abs(s.now - site.now) < 5000, qPrintable(QString::number(s.now - site.now))); // the site's clock, not ours
        QCOMPARE(s.alarms.size(), site.alarms.size());
        for (int i = 0; i < s.alarms.size(); ++i) {
            QCOMPARE(s.alarms[i].key, site.alarms[i].key);
            QCOMPARE(s.alarms[i].state, site.alarms[i].state);
            QCOMPARE(s.alarms[i].since, site.alarms[i].since);
        }
        QCOMPARE(s.rul.size(), site.rul.size());
        for (int i = 0; i < s.rul.size(); ++i) {
            QCOMPARE(s.rul[i].indicator, site.rul[i].indicator);
            QCOMPARE(s.rul[i].state, site.rul[i].state);
            QCOMPARE(s.rul[i].p50Days, site.rul[i].p50Days);
        }
        QCOMPARE(s.tags.size(), site.tags.size());

        // Every stored sample of the last three days, equal to the site's (values and qualities).
        const qint64 from = site.now - 3LL * 86'400'000;
        int compared = 0;
        for (const TagConfig &tag : local.findUnit(id)->tags) {
            auto read = [&](const QString &dataDir, const QString &unit) {
                return withUnitStore(dataDir, unit, [&](UnitStore &store) {
                    std::vector<std::tuple<qint64, double, QString>> out;
                    if (const auto tid = store.tagId(tag.name))
                        for (const Sample &x : store.readRange(*tid, from, site.now + 1).value_or(QList<Sample>{}))
                            out.emplace_back(x.ts, x.quality == GoodQuality ? x.value : 0.0, store.qualityName(x.quality));
                    return out;
                });
            };
            const auto there = read(m_siteData.path(), QStringLiteral("K-16-01"));
            const auto here = read(m_localData.path(), id);
            QVERIFY(there && here);
            // The site commits its newest samples a little later than it shows them.
            QVERIFY2(here->size() <= there->size() && here->size() + 100 >= there->size(),
                     qPrintable(QStringLiteral("%1: %2 mirrored of %3").arg(tag.name).arg(here->size()).arg(there->size())));
            for (size_t i = 0; i < here->size(); ++i)
                QCOMPARE((*here)[i], (*there)[i]);
            compared += int(here->size());
        }
        QVERIFY2(compared > 10000, qPrintable(QString::number(compared)));

        // A second refresh copies only what is new.
        QSignalSpy done(m_local.get(), &Fleet::snapshotUpdated);
        const qint64 before = mirror->refreshCount();
        mirror->requestRefresh();
        QTRY_VERIFY_WITH_TIMEOUT(mirror->refreshCount() > before, 60000);
        QVERIFY(mirror->snapshot().valuesStored < 2000);
    }

    void explainsAtTheSite()
    {
        QVERIFY(m_local);
        const UnitConfig *unit = m_local->config().findUnit(u"K-16-01@Offshore-A");
        QVERIFY(unit);
        const qint64 at = m_site->unit(QStringLiteral("K-16-01"))->snapshot().now - 3'600'000;
        QFutureWatcher<Explanation> watcher;
        watcher.setFuture(QtConcurrent::run([u = *unit, at] { return RemoteSites::explain(u, at); }));
        QTRY_VERIFY_WITH_TIMEOUT(watcher.isFinished(), 30000);
        const Explanation remote = watcher.result();
        const auto local = withUnitStore(m_siteData.path(), QStringLiteral("K-16-01"), [&](UnitStore &store) {
            return explainAt(store, *m_site->config().findUnit(u"K-16-01"), at, 8);
        });
        QVERIFY(local && local->ok);
        QVERIFY2(remote.ok, qPrintable(remote.message));
        QCOMPARE(remote.frameTs, local->frameTs);
        QCOMPARE(remote.anomaly, local->anomaly);
        QCOMPARE(remote.t2Limit, local->t2Limit);
        QCOMPARE(remote.contributors.size(), local->contributors.size());
        for (int i = 0; i < remote.contributors.size(); ++i) {
            QCOMPARE(remote.contributors[i].first, local->contributors[i].first);
            QCOMPARE(remote.contributors[i].second, local->contributors[i].second);
        }
    }

    void acknowledgesAtTheSite()
    {
        QVERIFY(m_local);
        const QString id = QStringLiteral("K-16-01@Offshore-A");
        UnitController *mirror = m_local->unit(id);
        const QList<AlarmStatus> alarms = mirror->snapshot().alarms;
        const auto it = std::find_if(alarms.cbegin(), alarms.cend(), [](const AlarmStatus &a) { return a.needsAcknowledgement(); });
        QVERIFY2(it != alarms.cend(), "the site has no alarm to acknowledge");
        const QString key = it->key;
        QSignalSpy finished(mirror, &UnitController::actionFinished);
        mirror->acknowledge(key, QStringLiteral("control room"), QStringLiteral("seen from HQ"));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QVERIFY2(finished.first().at(2).toBool(), qPrintable(finished.first().at(3).toString()));
        // At the site: acknowledged by that user, and in its audit log with our address.
        auto atSite = [&] {
            const QList<AlarmStatus> now = m_site->unit(QStringLiteral("K-16-01"))->snapshot().alarms;
            const auto a = std::find_if(now.cbegin(), now.cend(), [&](const AlarmStatus &x) { return x.key == key; });
            return a == now.cend() || (a->acknowledgedBy == u"control room" && !a->needsAcknowledgement());
        };
        QTRY_VERIFY_WITH_TIMEOUT(atSite(), 10000);
        const auto audit = withUnitStore(m_siteData.path(), QStringLiteral("K-16-01"), [](UnitStore &s) { return s.auditLog(); });
        QVERIFY(audit);
        QVERIFY(std::any_of(audit->cbegin(), audit->cend(), [&](const AuditEntry &e) {
            return e.actor.startsWith(u"api@") && e.detail.contains(key) && e.detail.contains(u"control room");
        }));
        // Shelving is the site's: said so, nothing changed.
        mirror->shelve(key, QStringLiteral("control room"), QStringLiteral("x"), 0);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 10000);
        QVERIFY(!finished.last().at(2).toBool());
    }

    void aRefusedTokenIsAnErrorNotOffline()
    {
        QVERIFY(m_local);
        RemoteSite wrong = m_remote;
        wrong.name = QStringLiteral("Wrong");
        wrong.token = "expired";
        UnitConfig unit = RemoteSites::localUnits(wrong).first();
        QVERIFY(m_local->addUnit(unit));
        UnitController *c = m_local->unit(unit.unitId);
        QTRY_VERIFY_WITH_TIMEOUT(c->snapshot().errorCount >= 1, 30000);
        QCOMPARE(c->snapshot().state, UnitState::Error);
        QVERIFY2(c->snapshot().lastError.contains(QStringLiteral("refused the token (403)")), qPrintable(c->snapshot().lastError));
        QVERIFY(m_local->removeUnit(unit.unitId));
        QVERIFY(!m_local->unit(unit.unitId));
    }

    void offlineKeepsTheMirroredData()
    {
        QVERIFY(m_local);
        const QString id = QStringLiteral("K-16-01@Offshore-A");
        UnitController *mirror = m_local->unit(id);
        const qint64 errors = mirror->snapshot().errorCount;
        m_server.reset(); // the site goes away
        mirror->requestRefresh();
        QTRY_VERIFY_WITH_TIMEOUT(mirror->snapshot().errorCount > errors, 60000);
        const UnitSnapshot s = mirror->snapshot();
        QCOMPARE(s.state, UnitState::Offline);
        QVERIFY2(s.lastError.contains(m_remote.url.mid(7)), qPrintable(s.lastError));
        QVERIFY(s.healthIndex.has_value() == m_site->unit(QStringLiteral("K-16-01"))->snapshot().healthIndex.has_value());
        const auto count = withUnitStore(m_localData.path(), id, [](UnitStore &store) { return store.sampleCount(); });
        QVERIFY(count && *count > 10000);
    }
};

QTEST_GUILESS_MAIN(TestRemote)
#include "tst_remote.moc"
