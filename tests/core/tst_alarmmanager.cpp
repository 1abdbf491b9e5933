#include "runtime/alarmmanager.h"

#include <QTest>

using namespace tp;

namespace {

constexpr qint64 kMinute = 60'000;
constexpr qint64 kT0 = 1772323200000; // 2026-03-01T00:00:00Z
const QString kTag = QStringLiteral("PCFS.K-12-01.12TIA-419A.PV");
const QString kHi = kTag + QStringLiteral(":hi");
const QString kLo = kTag + QStringLiteral(":lo");

// A bearing temperature: normal 70-90 degC, lo 40, hi 100 (high), hihi 110 (critical);
// deadband 2 degC, on-delay 3 samples.
UnitConfig unitConfig()
{
    UnitConfig unit;
    unit.unitId = QStringLiteral("K-12-01");
    TagConfig tag;
    tag.name = kTag;
    tag.description = QStringLiteral("Journal bearing temperature");
    tag.engineeringUnit = QStringLiteral("degC");
    tag.normalLow = 70;
    tag.normalHigh = 90;
    tag.lo = AlarmLimit{40, AlarmPriority::Medium};
    tag.hi = AlarmLimit{100, AlarmPriority::High};
    tag.hihi = AlarmLimit{110, AlarmPriority::Critical};
    tag.deadband = 2.0;
    tag.onDelay = 3;
    unit.tags.append(tag);
    return unit;
}

// A script step: a sample ("v 101"), a sample while stopped ("stop 50"), a bad-quality
// sample ("bad"), or an action ("ack", "shelve 30" minutes, "unshelve", "tick 40" minutes).
struct Step {
    QString what;
    double arg = 0;
};

QList<Step> parse(const QString &script)
{
    QList<Step> steps;
    for (const QString &part : script.split(u',', Qt::SkipEmptyParts)) {
        const QStringList words = part.trimmed().split(u' ');
        steps.append({words.first(), words.size() > 1 ? words[1].toDouble() : 0.0});
    }
    return steps;
}

} // namespace

class TestAlarmManager : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void states_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<QString>("expected"); // state of the hi alarm after the script
        QTest::addColumn<QString>("reasons");  // reasons of its log entries, in order

        QTest::newRow("normal stays normal") << "v 95, v 99, v 100" << "normal" << "";
        QTest::newRow("on-delay: 2 samples above do not alarm") << "v 101, v 102, v 99" << "normal" << "";
        QTest::newRow("on-delay: 3 consecutive samples raise") << "v 101, v 102, v 103" << "active_unack" << "condition";
        QTest::newRow("on-delay restarts after a sample below") << "v 101, v 102, v 99, v 101, v 102" << "normal" << "";
        QTest::newRow("a state neither raises nor clears")
            << "v 101, v 102, bad, v 103" << "active_unack" << "condition";
        QTest::newRow("active unack -> ack -> active ack")
            << "v 101, v 101, v 101, ack" << "active_ack" << "condition,acknowledge";
        QTest::newRow("deadband: within 2 degC below the limit stays active")
            << "v 101, v 101, v 101, v 99" << "active_unack" << "condition";
        QTest::newRow("active unack -> clears -> returned unack")
            << "v 101, v 101, v 101, v 97" << "returned_unack" << "condition,condition";
        QTest::newRow("returned unack -> ack -> normal")
            << "v 101, v 101, v 101, v 97, ack" << "normal" << "condition,condition,acknowledge";
        QTest::newRow("active ack -> clears -> normal")
            << "v 101, v 101, v 101, ack, v 97" << "normal" << "condition,acknowledge,condition";
        QTest::newRow("returned unack -> active again -> active unack")
            << "v 101, v 101, v 101, v 97, v 105, v 105, v 105" << "active_unack" << "condition,condition,condition";
        QTest::newRow("shelve hides an active alarm")
            << "v 101, v 101, v 101, shelve 30" << "shelved" << "condition,shelve";
        QTest::newRow("shelved alarm does not re-annunciate")
            << "shelve 30, v 101, v 101, v 101" << "shelved" << "shelve,condition"; // logged, not annunciated
        QTest::newRow("shelving expires into active unack when the condition holds")
            << "shelve 30, v 101, v 101, v 101, tick 31" << "active_unack" << "shelve,condition,expired";
        QTest::newRow("shelving expires into normal when the condition cleared")
            << "shelve 30, v 101, v 101, v 101, v 90, tick 31" << "normal" << "shelve,condition,condition,expired";
        QTest::newRow("unshelve by hand")
            << "v 101, v 101, v 101, shelve 30, unshelve" << "active_unack" << "condition,shelve,unshelve";
        QTest::newRow("suppressed while stopped")
            << "stop 150, stop 150, stop 150" << "suppressed" << "suppressed";
        QTest::newRow("an unacknowledged alarm stays in view when the unit stops")
            << "v 101, v 101, v 101, stop 20" << "returned_unack" << "condition,suppressed";
        QTest::newRow("... until acknowledged, also after the restart")
            << "v 101, v 101, v 101, stop 20, v 101, v 101, ack" << "normal" << "condition,suppressed,acknowledge";
        QTest::newRow("suppression takes an acknowledged active alarm")
            << "v 101, v 101, v 101, ack, stop 20" << "suppressed" << "condition,acknowledge,suppressed";
        QTest::newRow("released after the restart, raises again after the on-delay")
            << "v 101, v 101, v 101, ack, stop 20, v 101, v 101" << "normal" << "condition,acknowledge,suppressed,released";
        QTest::newRow("released and raised")
            << "stop 20, v 101, v 101, v 101" << "active_unack" << "suppressed,released,condition";
        QTest::newRow("a shelved alarm stays shelved when the unit stops")
            << "shelve 30, stop 20" << "shelved" << "shelve";
    }

    void states()
    {
        QFETCH(QString, script);
        QFETCH(QString, expected);
        QFETCH(QString, reasons);
        AlarmManager manager(unitConfig(), AlarmDefaults{});
        qint64 t = kT0;
        QStringList seen;
        for (const Step &step : parse(script)) {
            t += kMinute;
            QString error;
            if (step.what == u"v")
                manager.evaluate(kTag, t, step.arg, true, true);
            else if (step.what == u"stop")
                manager.evaluate(kTag, t, step.arg, true, false);
            else if (step.what == u"bad")
                manager.evaluate(kTag, t, std::nan(""), false, true);
            else if (step.what == u"ack")
                QVERIFY2(manager.acknowledge(kHi, QStringLiteral("aisha"), QStringLiteral("seen"), t, &error), qPrintable(error));
            else if (step.what == u"shelve")
                QVERIFY2(manager.shelve(kHi, QStringLiteral("aisha"), QStringLiteral("probe fault"),
                                        t + qint64(step.arg) * kMinute, t, &error), qPrintable(error));
            else if (step.what == u"unshelve")
                QVERIFY2(manager.unshelve(kHi, QStringLiteral("aisha"), QString(), t, &error), qPrintable(error));
            else if (step.what == u"tick")
                manager.expireShelving(t += qint64(step.arg) * kMinute);
            else
                QFAIL(qPrintable(u"unknown step " + step.what));
        }
        QCOMPARE(alarmStateId(manager.alarm(kHi)->state), expected);
        for (const AlarmLogEntry &e : manager.takeLog()) {
            if (e.alarm == kHi)
                seen.append(e.reason);
        }
        QCOMPARE(seen.join(u','), reasons);
    }

    // A back-fill's alarms are logged, but only those still active at its end stand.
    void historyAsksNoAcknowledgement()
    {
        AlarmManager manager(unitConfig(), AlarmDefaults{});
        manager.setHistoryHorizon(kT0 + 60 * kMinute);
        for (int i = 1; i <= 3; ++i)
            manager.evaluate(kTag, kT0 + i * kMinute, 105.0, true, true);
        QCOMPARE(manager.alarm(kHi)->state, AlarmState::ActiveUnacknowledged);
        manager.evaluate(kTag, kT0 + 4 * kMinute, 90.0, true, true); // returns in history
        QCOMPARE(manager.alarm(kHi)->state, AlarmState::Normal);
        for (int i = 5; i <= 7; ++i)
            manager.evaluate(kTag, kT0 + i * kMinute, 105.0, true, true);
        manager.evaluate(kTag, kT0 + 8 * kMinute, 20.0, true, false); // stops in history
        QCOMPARE(manager.alarm(kHi)->state, AlarmState::Suppressed);
        QStringList states;
        for (const AlarmLogEntry &e : manager.takeLog())
            if (e.alarm == kHi)
                states.append(e.toState);
        QCOMPARE(states.join(u','), QStringLiteral("active_unack,normal,active_unack,suppressed"));
        // After the horizon, the usual rules.
        for (int i = 61; i <= 63; ++i)
            manager.evaluate(kTag, kT0 + i * kMinute, 105.0, true, true);
        manager.evaluate(kTag, kT0 + 64 * kMinute, 90.0, true, true);
        QCOMPARE(manager.alarm(kHi)->state, AlarmState::ReturnedUnacknowledged);
        QVERIFY(manager.rate().peakTenMinutes >= 1);
    }

    void logEntriesRecordWhoWhenAndWhy()
    {
        AlarmManager manager(unitConfig(), AlarmDefaults{});
        for (int i = 1; i <= 3; ++i)
            manager.evaluate(kTag, kT0 + i * kMinute, 104.5, true, true);
        QString error;
        QVERIFY(manager.acknowledge(kHi, QStringLiteral("aisha"), QStringLiteral("called the field"), kT0 + 10 * kMinute, &error));
        const QList<AlarmLogEntry> log = manager.takeLog();
        QCOMPARE(log.size(), 2);
        QCOMPARE(log[0].ts, kT0 + 3 * kMinute); // raised at the third sample
        QCOMPARE(log[0].fromState, QStringLiteral("normal"));
        QCOMPARE(log[0].toState, QStringLiteral("active_unack"));
        QCOMPARE(*log[0].value, 104.5);
        QCOMPARE(*log[0].limit, 100.0);
        QCOMPARE(log[0].priority, QStringLiteral("high"));
        QVERIFY(log[0].condition);
        QCOMPARE(log[0].message, QStringLiteral("Journal bearing temperature above HI limit 100 degC"));
        QCOMPARE(log[1].actor, QStringLiteral("aisha"));
        QCOMPARE(log[1].comment, QStringLiteral("called the field"));
        QCOMPARE(log[1].ts, kT0 + 10 * kMinute);
        QVERIFY(manager.takeLog().isEmpty()); // taken once
        // Acknowledging what needs none is refused with a reason.
        QVERIFY(!manager.acknowledge(kHi, QStringLiteral("aisha"), QString(), kT0 + 11 * kMinute, &error));
        QVERIFY2(error.contains(u"needs no acknowledgement"), qPrintable(error));
        QVERIFY(!manager.acknowledge(QStringLiteral("nope:hi"), QStringLiteral("aisha"), QString(), kT0, &error));
        QVERIFY(!manager.shelve(kHi, QStringLiteral("aisha"), QString(), kT0, kT0 + kMinute, &error)); // ends in the past
        QVERIFY(!manager.shelve(kHi, QString(), QString(), kT0 + 60 * kMinute, kT0, &error));        // nobody
    }

    void loAndHiHiAlarms()
    {
        AlarmManager manager(unitConfig(), AlarmDefaults{});
        for (int i = 1; i <= 3; ++i)
            manager.evaluate(kTag, kT0 + i * kMinute, 115.0, true, true);
        QCOMPARE(manager.alarm(kHi)->state, AlarmState::ActiveUnacknowledged);
        QCOMPARE(manager.alarm(kTag + QStringLiteral(":hihi"))->state, AlarmState::ActiveUnacknowledged);
        // Most urgent first.
        const QList<AlarmStatus> standing = manager.standing();
        QCOMPARE(standing.size(), 2);
        QCOMPARE(standing[0].limitId, QStringLiteral("hihi"));
        QCOMPARE(standing[0].priority, AlarmPriority::Critical);
        for (int i = 4; i <= 6; ++i)
            manager.evaluate(kTag, kT0 + i * kMinute, 39.0, true, true);
        QCOMPARE(manager.alarm(kLo)->state, AlarmState::ActiveUnacknowledged);
        QCOMPARE(manager.alarm(kHi)->state, AlarmState::ReturnedUnacknowledged);
        // lo clears only above 40 + 2.
        manager.evaluate(kTag, kT0 + 7 * kMinute, 41.5, true, true);
        QCOMPARE(manager.alarm(kLo)->state, AlarmState::ActiveUnacknowledged);
        manager.evaluate(kTag, kT0 + 8 * kMinute, 42.5, true, true);
        QCOMPARE(manager.alarm(kLo)->state, AlarmState::ReturnedUnacknowledged);
        QCOMPARE(manager.acknowledgeAll(QStringLiteral("aisha"), QString(), kT0 + 9 * kMinute), 3);
        QVERIFY(manager.standing().isEmpty());
    }

    void defaultsFromTheFleet()
    {
        UnitConfig unit = unitConfig();
        unit.tags[0].deadband.reset();
        unit.tags[0].onDelay.reset();
        AlarmDefaults defaults;
        defaults.onDelay = 5;
        defaults.deadbandPercent = 5; // of the normal range 70-90
        AlarmManager manager(unit, defaults);
        QCOMPARE(manager.onDelayOf(kTag), 5);
        QCOMPARE(manager.deadbandOf(kTag), 1.0);
    }

    void restoreFromTheLog()
    {
        QList<AlarmLogEntry> latest, raises;
        {
            AlarmManager manager(unitConfig(), AlarmDefaults{});
            for (int i = 1; i <= 3; ++i)
                manager.evaluate(kTag, kT0 + i * kMinute, 112.0, true, true);
            QString error;
            QVERIFY(manager.acknowledge(kHi, QStringLiteral("aisha"), QStringLiteral("ok"), kT0 + 5 * kMinute, &error));
            QVERIFY(manager.shelve(kTag + QStringLiteral(":hihi"), QStringLiteral("ben"), QStringLiteral("probe"),
                                   kT0 + 65 * kMinute, kT0 + 5 * kMinute, &error));
            // The newest entry and raise per alarm, as UnitStore::latestAlarmStates and
            // latestAlarmRaises give them.
            QHash<QString, AlarmLogEntry> newest;
            for (const AlarmLogEntry &e : manager.takeLog()) {
                newest.insert(e.alarm, e);
                if (e.reason == u"condition" && e.condition)
                    raises.append(e);
            }
            latest = newest.values();
        }
        AlarmManager restored(unitConfig(), AlarmDefaults{});
        restored.restore(latest, raises);
        const AlarmStatus hi = *restored.alarm(kHi);
        QCOMPARE(hi.raisedAt, kT0 + 3 * kMinute); // the raise record, not the acknowledgement
        QCOMPARE(hi.value, 112.0);
        QCOMPARE(hi.state, AlarmState::ActiveAcknowledged);
        QCOMPARE(hi.acknowledgedBy, QStringLiteral("aisha"));
        QVERIFY(hi.condition);
        const AlarmStatus hihi = *restored.alarm(kTag + QStringLiteral(":hihi"));
        QCOMPARE(hihi.state, AlarmState::Shelved);
        QCOMPARE(hihi.shelvedUntil, kT0 + 65 * kMinute);
        QCOMPARE(hihi.shelvedBy, QStringLiteral("ben"));
        // No second raise for a condition that was already active before the restart.
        restored.evaluate(kTag, kT0 + 6 * kMinute, 112.0, true, true);
        QVERIFY(restored.takeLog().isEmpty());
        restored.expireShelving(kT0 + 66 * kMinute);
        QCOMPARE(restored.alarm(kTag + QStringLiteral(":hihi"))->state, AlarmState::ActiveUnacknowledged);
    }

    void alarmRateAndFloods()
    {
        UnitConfig unit;
        unit.unitId = QStringLiteral("C-104");
        for (int i = 0; i < 12; ++i) {
            TagConfig tag;
            tag.name = QStringLiteral("PCM.C-104.TI-%1.PV").arg(i);
            tag.hi = AlarmLimit{100, AlarmPriority::Medium};
            tag.onDelay = 1;
            unit.tags.append(tag);
        }
        AlarmManager manager(unit, AlarmDefaults{});
        // 12 alarms within 6 minutes: a flood.
        for (int i = 0; i < 12; ++i)
            manager.evaluate(unit.tags[i].name, kT0 + i * 30'000, 120.0, true, true);
        AlarmRate rate = manager.rate();
        QCOMPARE(rate.lastTenMinutes, 12);
        QCOMPARE(rate.peakTenMinutes, 12);
        QCOMPARE(rate.floodsLastDay, 1);
        QVERIFY(rate.flood);
        // An hour later, one more raise: no flood now, the earlier one still counted today.
        manager.evaluate(unit.tags[0].name, kT0 + 60 * kMinute, 50.0, true, true);
        manager.evaluate(unit.tags[0].name, kT0 + 61 * kMinute, 120.0, true, true);
        rate = manager.rate();
        QCOMPARE(rate.lastTenMinutes, 1);
        QVERIFY(!rate.flood);
        QCOMPARE(rate.floodsLastDay, 1);
    }
};

QTEST_GUILESS_MAIN(TestAlarmManager)
#include "tst_alarmmanager.moc"
