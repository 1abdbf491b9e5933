#include "runtime/alarmfigures.h"
#include "runtime/alarmjournal.h"
#include "runtime/alarmmanager.h"
#include "storage/unitstore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace tp;

namespace {

constexpr qint64 kMinute = 60'000;
constexpr qint64 kT0 = 1772323200000; // 2026-03-01T00:00:00Z
const QString kTag = QStringLiteral("PCFS.K-12-01.12TIA-419A.PV");
const QString kHi = kTag + QStringLiteral(":hi");

UnitConfig unitConfig()
{
    UnitConfig unit;
    unit.unitId = QStringLiteral("K-12-01");
    unit.plant = QStringLiteral("Kerteh");
    TagConfig tag;
    tag.name = kTag;
    tag.engineeringUnit = QStringLiteral("degC");
    tag.hi = AlarmLimit{100, AlarmPriority::High};
    tag.deadband = 2.0;
    tag.onDelay = 1;
    unit.tags.append(tag);
    return unit;
}

// Every field of the raise record, as the store and the manager hold it.
QString record(const AlarmLogEntry &e)
{
    return QStringLiteral("%1|%2|%3|%4|%5|%6|%7").arg(e.id).arg(e.ts).arg(e.value.value_or(-1), 0, 'g', 17)
        .arg(e.contributors, e.message, e.toState).arg(e.recordedAt);
}
QString record(const AlarmStatus &a)
{
    return QStringLiteral("%1|%2|%3|%4").arg(a.raisedAt).arg(a.value, 0, 'g', 17).arg(a.contributors, a.message);
}

JournalEntry entry(const QString &unit, const QString &plant, const QString &key, JournalKind kind, qint64 ts)
{
    JournalEntry e;
    e.unitId = unit;
    e.plant = plant;
    e.key = key;
    e.kind = kind;
    e.ts = ts;
    return e;
}

} // namespace

class TestAlarmJournal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    // Raise, acknowledge with a comment, shelve, unshelve, return and clear: the raise record
    // never changes, each action is an entry of its own, and a restart sees the same.
    void theRaiseRecordNeverChanges()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("K-12-01.sqlite"));
        const UnitConfig unit = unitConfig();
        UnitStore store(unit.unitId);
        QVERIFY2(store.open(path), qPrintable(store.errorString()));
        AlarmManager manager(unit, AlarmDefaults{});
        const int handle = manager.tagHandle(kTag);
        auto persist = [&] { QVERIFY2(store.appendAlarmLog(manager.takeLog()), qPrintable(store.errorString())); };
        auto raiseRow = [&] { return store.latestAlarmRaises().value(0); };

        manager.setContext(handle, QStringLiteral("top contributors A 60 %"));
        manager.evaluate(handle, kT0 + kMinute, 104.5, true, true);
        persist();
        const QString status = record(*manager.alarm(kHi));
        const QString stored = record(raiseRow());
        QVERIFY(status.contains(u"104.5") && status.contains(u"top contributors A 60 %"));

        QString error;
        auto step = [&](bool ok) {
            QVERIFY2(ok, qPrintable(error));
            persist();
            QCOMPARE(record(*manager.alarm(kHi)), status);
            QCOMPARE(record(raiseRow()), stored);
        };
        manager.setContext(handle, QStringLiteral("top contributors B 70 %")); // the index moved on
        manager.evaluate(handle, kT0 + 2 * kMinute, 108.0, true, true);
        step(true);
        step(manager.acknowledge(kHi, QStringLiteral("aisha"), QStringLiteral("probe checked"), kT0 + 3 * kMinute, &error));
        step(manager.shelve(kHi, QStringLiteral("ben"), QStringLiteral("probe fault"), kT0 + 60 * kMinute, kT0 + 4 * kMinute, &error));
        step(manager.unshelve(kHi, QStringLiteral("ben"), QStringLiteral("probe replaced"), kT0 + 5 * kMinute, &error));
        manager.evaluate(handle, kT0 + 6 * kMinute, 95.0, true, true); // returns: needs an acknowledgement
        step(true);
        QCOMPARE(manager.alarm(kHi)->state, AlarmState::ReturnedUnacknowledged);

        const QList<JournalEntry> journal = AlarmJournal::fromLog(unit, store.alarmLog(kT0, kT0 + 60 * kMinute));
        QStringList kinds, users, comments;
        for (const JournalEntry &e : journal) { // newest first
            kinds.prepend(journalKindId(e.kind));
            users.prepend(e.user);
            comments.prepend(e.comment);
        }
        QCOMPARE(kinds.join(u','), QStringLiteral("raised,acknowledged,shelved,unshelved,returned"));
        QCOMPARE(users.join(u','), QStringLiteral(",aisha,ben,ben,"));
        QCOMPARE(comments.join(u','), QStringLiteral(",probe checked,probe fault,probe replaced,"));
        QCOMPARE(journal.last().value, std::optional<double>(104.5));
        QCOMPARE(journal.first().value, std::optional<double>(95.0));
        QVERIFY(!journal[1].value); // an action has no value

        // Raised again and acknowledged, then the unit stops: cleared (suppressed by design).
        manager.evaluate(handle, kT0 + 8 * kMinute, 90.0, true, true);
        manager.evaluate(handle, kT0 + 9 * kMinute, 106.0, true, true);
        QVERIFY(manager.acknowledge(kHi, QStringLiteral("aisha"), QString(), kT0 + 10 * kMinute, &error));
        manager.evaluate(handle, kT0 + 11 * kMinute, 50.0, true, false);
        persist();
        const QList<JournalEntry> all = AlarmJournal::fromLog(unit, store.alarmLog(kT0, kT0 + 60 * kMinute));
        QCOMPARE(all.size(), 8);
        QCOMPARE(all.first().kind, JournalKind::Cleared);
        const QString secondRaise = record(raiseRow());
        QCOMPARE(record(store.alarmLog(kT0, kT0 + 2 * kMinute).first()), stored); // the first raise row, untouched
        store.close();

        UnitStore reopened(unit.unitId);
        QVERIFY2(reopened.open(path), qPrintable(reopened.errorString()));
        QCOMPARE(record(reopened.alarmLog(kT0, kT0 + 2 * kMinute).first()), stored);
        QCOMPARE(record(reopened.latestAlarmRaises().value(0)), secondRaise);
        AlarmManager restored(unit, AlarmDefaults{});
        restored.restore(reopened.latestAlarmStates(), reopened.latestAlarmRaises());
        QCOMPARE(restored.alarm(kHi)->raisedAt, kT0 + 9 * kMinute);
        QCOMPARE(restored.alarm(kHi)->value, 106.0);
        const QList<JournalEntry> again = AlarmJournal::fromLog(unit, reopened.alarmLog(kT0, kT0 + 60 * kMinute));
        QCOMPARE(again.size(), all.size());
        for (qsizetype i = 0; i < all.size(); ++i) {
            QCOMPARE(again[i].ts, all[i].ts);
            QCOMPARE(again[i].kind, all[i].kind);
            QCOMPARE(again[i].user, all[i].user);
            QCOMPARE(again[i].comment, all[i].comment);
        }
    }

    // Two days, two plants: a flood, a chattering alarm, a stale alarm, two acknowledgements.
    void figures()
    {
        const qint64 from = kT0, to = kT0 + 2 * 24 * 60 * kMinute;
        QList<JournalEntry> j;
        for (int i = 0; i < 12; ++i) { // 12 alarms in the first 6 minutes: a flood
            const QString key = QStringLiteral("F%1:hi").arg(i);
            j.append(entry(QStringLiteral("U1"), QStringLiteral("P"), key, JournalKind::Raised, from + i * 30'000));
            j.append(entry(QStringLiteral("U1"), QStringLiteral("P"), key, JournalKind::Returned, from + 20 * kMinute));
        }
        j.append(entry(QStringLiteral("U1"), QStringLiteral("P"), QStringLiteral("F0:hi"), JournalKind::Acknowledged, from + 3 * kMinute));
        for (qint64 t : {0, 20'000, 40'000}) { // 3 raises within 60 s: chattering
            j.append(entry(QStringLiteral("U1"), QStringLiteral("P"), QStringLiteral("C:hi"), JournalKind::Raised, from + 60 * kMinute + t));
            j.append(entry(QStringLiteral("U1"), QStringLiteral("P"), QStringLiteral("C:hi"), JournalKind::Returned, from + 60 * kMinute + t + 10'000));
        }
        // Standing from hour 2 to the end of the range: stale.
        j.append(entry(QStringLiteral("U2"), QStringLiteral("Q"), QStringLiteral("S:hi"), JournalKind::Raised, from + 120 * kMinute));
        j.append(entry(QStringLiteral("U2"), QStringLiteral("Q"), QStringLiteral("S:hi"), JournalKind::Acknowledged, from + 121 * kMinute));
        j.append(entry(QStringLiteral("U2"), QStringLiteral("Q"), QStringLiteral("late:hi"), JournalKind::Raised, to)); // outside

        const AlarmFigures f = AlarmFigures::compute(j, from, to);
        QCOMPARE(f.raised, 16);
        QCOMPARE(f.maxPerWindow, 12);
        QCOMPARE(f.floods, 1);
        QCOMPARE(f.averagePerWindow, 16.0 / 288.0);
        QCOMPARE(f.positions, 2);
        QCOMPARE(f.perDayPerPosition, 4.0);
        QCOMPARE(f.top.size(), 10);
        QCOMPARE(f.top.first(), (AlarmCount{QStringLiteral("U1"), QStringLiteral("C:hi"), 3}));
        QCOMPARE(f.chattering, (QList<AlarmCount>{{QStringLiteral("U1"), QStringLiteral("C:hi"), 3}}));
        QCOMPARE(f.stale, (QList<AlarmCount>{{QStringLiteral("U2"), QStringLiteral("S:hi"), 1}}));
        QCOMPARE(f.medianAckMs, std::optional<qint64>(2 * kMinute)); // 1 and 3 minutes
        QCOMPARE(f.maxAckMs, std::optional<qint64>(3 * kMinute));
        QCOMPARE(AlarmFigures::compute(j, from, to, 1).perDayPerPosition, 8.0); // one configured position
    }
};

QTEST_GUILESS_MAIN(TestAlarmJournal)
#include "tst_alarmjournal.moc"
