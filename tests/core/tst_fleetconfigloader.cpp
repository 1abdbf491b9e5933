#include "analysis/analysisconfig.h"
#include "config/fleetconfigloader.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QSet>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTest>

using namespace tp;

namespace {

// Line numbers matter: the tests below name them.
const char kValidUnit[] = R"(unit_id: K-12-01
plant: PCFS
description: Test unit
timezone: Asia/Kuala_Lumpur
refresh_interval: 30s
source:
  type: simulator
tags:
  - name: PCFS.K-12-01.12SI-401.PV
    unit: rpm
    role: speed
    limits:
      hi: 11500
      hihi: {value: 11800, priority: critical}
  - name: PCFS.K-12-01.12TIA-419A.PV
    unit: degC
    normal: [70, 95]
    limits: {hi: 105, hihi: 115}
)";

QString replaced(const char *text, const char *from, const char *to)
{
    QString s = QString::fromUtf8(text);
    const QString f = QString::fromUtf8(from);
    Q_ASSERT(s.contains(f));
    return s.replace(f, QString::fromUtf8(to));
}

} // namespace

class TestFleetConfigLoader : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    int m_case = 0;

    // A fresh configuration folder holding global.yml (when given) and the unit files.
    QString makeConfig(const QMap<QString, QString> &units,
                       const QString &global = QStringLiteral("site_name: Test\n"))
    {
        const QString dir = m_tmp.filePath(QStringLiteral("config%1").arg(++m_case));
        QDir().mkpath(dir + u"/units");
        auto write = [](const QString &path, const QString &text) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text.toUtf8());
        };
        if (!global.isNull())
            write(dir + u"/global.yml", global);
        for (auto it = units.cbegin(); it != units.cend(); ++it)
            write(dir + u"/units/" + it.key(), it.value());
        return dir;
    }

    static QStringList messages(const FleetConfigResult &r)
    {
        QStringList list;
        for (const ConfigDiagnostic &d : r.diagnostics)
            list.append(d.toString());
        return list;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        QVERIFY(m_tmp.isValid());
    }

    void validUnit()
    {
        const QString dir = makeConfig({{QStringLiteral("K-12-01.yml"), QString::fromUtf8(kValidUnit)}});
        const FleetConfigResult r = FleetConfigLoader::load(dir);
        QVERIFY2(r.ok(), qPrintable(messages(r).join(u'\n')));
        QVERIFY2(r.diagnostics.isEmpty(), qPrintable(messages(r).join(u'\n')));
        QCOMPARE(r.fleet->units.size(), 1);
        const UnitConfig &u = r.fleet->units.first();
        QCOMPARE(u.unitId, QStringLiteral("K-12-01"));
        QCOMPARE(u.plant, QStringLiteral("PCFS"));
        QCOMPARE(u.timeZone, QByteArray("Asia/Kuala_Lumpur"));
        QCOMPARE(u.refreshInterval, std::chrono::milliseconds(30'000));
        QCOMPARE(u.source.type, SourceType::Simulator);
        QCOMPARE(u.tags.size(), 2);
        const TagConfig &speed = u.tags.at(0);
        QCOMPARE(speed.kind, TagKind::Speed);
        QVERIFY(speed.kindDerived);
        QCOMPARE(speed.role, TagRole::Speed);
        QCOMPARE(speed.line, 9);
        QVERIFY(speed.hi && speed.hihi && !speed.lo && !speed.lolo);
        QCOMPARE(speed.hi->value, 11500.0);
        QCOMPARE(speed.hi->priority, AlarmPriority::Medium);
        QCOMPARE(speed.hihi->value, 11800.0);
        QCOMPARE(speed.hihi->priority, AlarmPriority::Critical);
        const TagConfig &temp = u.tags.at(1);
        QCOMPARE(temp.kind, TagKind::Temperature);
        QCOMPARE(temp.engineeringUnit, QStringLiteral("degC"));
        QCOMPARE(temp.normalLow, 70.0);
        QCOMPARE(temp.normalHigh, 95.0);
        QCOMPARE(temp.hihi->priority, AlarmPriority::High);
        QVERIFY(u.findTag(u"pcfs.k-12-01.12tia-419a.pv"));
    }

    void invalidUnit_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected"); // after "<dir>/units/K-12-01.yml"
        QTest::newRow("duration")
            << replaced(kValidUnit, "refresh_interval: 30s", "refresh_interval: \"1 hour\"")
            << QStringLiteral(":5: refresh_interval: \"1 hour\" is not a duration (use 30s, 5m, 1h)");
        QTest::newRow("limit order")
            << replaced(kValidUnit, "hi: 11500", "hi: 11900")
            << QStringLiteral(":14: tags[PCFS.K-12-01.12SI-401.PV].limits: hi (11900) must be below hihi (11800)");
        QTest::newRow("limit order lo")
            << replaced(kValidUnit, "limits: {hi: 105, hihi: 115}", "limits: {lolo: 60, lo: 50, hi: 105}")
            << QStringLiteral(":18: tags[PCFS.K-12-01.12TIA-419A.PV].limits: lolo (60) must be below lo (50)");
        QTest::newRow("duplicate tag")
            << replaced(kValidUnit, "12TIA-419A", "12si-401")
            << QStringLiteral(":15: tags: PCFS.K-12-01.12si-401.PV is listed twice (first at line 9)");
        QTest::newRow("missing source")
            << replaced(kValidUnit, "source:\n  type: simulator\n", "")
            << QStringLiteral(":1: source: missing (every unit needs a source: simulator, xlsx, csv, folder, remote or piwebapi)");
        QTest::newRow("source type")
            << replaced(kValidUnit, "type: simulator", "type: opc")
            << QStringLiteral(":7: source.type: \"opc\" is not a source type (use simulator, xlsx, csv, folder, remote or piwebapi)");
        QTest::newRow("xlsx without path")
            << replaced(kValidUnit, "type: simulator", "type: xlsx")
            << QStringLiteral(":7: source.path: missing (a xlsx source needs a path)");
        QTest::newRow("remote url")
            << replaced(kValidUnit, "type: simulator", "type: remote\n  url: ftp://site")
            << QStringLiteral(":8: source.url: \"ftp://site\" is not an http or https URL");
        QTest::newRow("time zone")
            << replaced(kValidUnit, "Asia/Kuala_Lumpur", "Asia/KL")
            << QStringLiteral(":4: timezone: \"Asia/KL\" is not an IANA time zone name (e.g. Asia/Kuala_Lumpur)");
        QTest::newRow("priority")
            << replaced(kValidUnit, "priority: critical", "priority: urgent")
            << QStringLiteral(":14: tags[PCFS.K-12-01.12SI-401.PV].limits.hihi.priority: \"urgent\" is not a priority (use critical, high, medium or low)");
        QTest::newRow("limit not a number")
            << replaced(kValidUnit, "hi: 11500", "hi: high")
            << QStringLiteral(":13: tags[PCFS.K-12-01.12SI-401.PV].limits.hi: \"high\" is not a number");
        QTest::newRow("normal range")
            << replaced(kValidUnit, "normal: [70, 95]", "normal: [95, 70]")
            << QStringLiteral(":17: tags[PCFS.K-12-01.12TIA-419A.PV].normal: the low end (95) must be below the high end (70)");
        QTest::newRow("kind")
            << replaced(kValidUnit, "    unit: degC\n", "    unit: degC\n    kind: heat\n")
            << QStringLiteral(":17: tags[PCFS.K-12-01.12TIA-419A.PV].kind: \"heat\" is not a tag kind (use flow, pressure, differential_pressure, temperature, level, speed, vibration, position, analyser, current, power, voltage, calculated, controller_output or other)");
        QTest::newRow("role twice")
            << replaced(kValidUnit, "    unit: degC\n", "    unit: degC\n    role: speed\n")
            << QStringLiteral(":15: tags[PCFS.K-12-01.12TIA-419A.PV].role: role speed is already given to PCFS.K-12-01.12SI-401.PV");
        QTest::newRow("yaml syntax")
            << replaced(kValidUnit, "  - name: PCFS.K-12-01.12TIA-419A.PV", "  - name: [PCFS")
            << QStringLiteral(":16: not valid YAML at column 9: a '[' is not closed with ']'");
        QTest::newRow("colon in a text")
            << replaced(kValidUnit, "refresh_interval: 30s", "description: Stage 1: suction")
            << QStringLiteral(":5: not valid YAML at column 21: a colon where no value can start: is there a colon inside a "
                              "text (a tag name, a description)? Put the text in quotes, or indent the line under its key");
        QTest::newRow("stale_after")
            << replaced(kValidUnit, "refresh_interval: 30s", "refresh_interval: 30s\nstale_after: soon")
            << QStringLiteral(":6: stale_after: \"soon\" is not a duration (use 30m, 1h, 2d)");
        QTest::newRow("tag without name")
            << replaced(kValidUnit, "  - name: PCFS.K-12-01.12TIA-419A.PV", "  - description: x")
            << QStringLiteral(":15: tags[1].name: missing");
        QTest::newRow("not a mapping")
            << QStringLiteral("- just\n- a list\n")
            << QStringLiteral(":1: must be a mapping with unit_id, plant, source and tags");
    }
    void invalidUnit()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const QString dir = makeConfig({{QStringLiteral("K-12-01.yml"), text}});
        const FleetConfigResult r = FleetConfigLoader::load(dir);
        QVERIFY(!r.ok());
        QVERIFY(r.errorCount() >= 1);
        const QString full = dir + u"/units/K-12-01.yml" + expected;
        QVERIFY2(messages(r).contains(full),
                 qPrintable(u"expected: " + full + u"\ngot:\n" + messages(r).join(u'\n')));
    }

    // A source file that is not there: an error (check-config refuses it), yet the fleet
    // loads, so the other units run and this one says what is missing.
    void missingSourceFile()
    {
        const QString dir = makeConfig({{QStringLiteral("K-12-01.yml"),
                                         replaced(kValidUnit, "type: simulator", "type: csv\n  path: exports/missing.csv")}});
        const FleetConfigResult r = FleetConfigLoader::load(dir);
        QVERIFY(r.ok());
        QCOMPARE(r.errorCount(), 1);
        const QString expected = dir + u"/units/K-12-01.yml:8: source.path: "
            + QDir::toNativeSeparators(dir + u"/exports/missing.csv") + u" does not exist";
        QVERIFY2(messages(r).contains(expected), qPrintable(u"expected: " + expected + u"\ngot:\n" + messages(r).join(u'\n')));
    }

    void unknownKeysAreWarnings()
    {
        const QString text = replaced(kValidUnit, "plant: PCFS", "plant: PCFS\nowner: ops")
                                 .replace(QStringLiteral("    unit: rpm"), QStringLiteral("    unit: rpm\n    colour: red"));
        const QString dir = makeConfig({{QStringLiteral("K-12-01.yml"), text}});
        const FleetConfigResult r = FleetConfigLoader::load(dir);
        QVERIFY2(r.ok(), qPrintable(messages(r).join(u'\n')));
        QCOMPARE(r.warningCount(), 2);
        const QString file = dir + u"/units/K-12-01.yml";
        QCOMPARE(messages(r), (QStringList{file + u":3: warning: owner: unknown key (ignored)",
                                           file + u":12: warning: tags[0].colour: unknown key (ignored)"}));
    }

    // A learned-RUL library is found next to the unit's file; one not there yet is a warning
    // that names it (the unit runs without that forecast), not an error.
    void learnedRulLibraryIsFoundOrAWarning()
    {
        const QString learned = QStringLiteral("rul:\n  learned:\n    - {name: filters, library: ../libraries/k12.txt, tags: [PCFS.K-12-01.12TIA-419A.PV]}\n");
        const QString dir = makeConfig({{QStringLiteral("K-12-01.yml"), QString::fromUtf8(kValidUnit) + learned}});
        FleetConfigResult r = FleetConfigLoader::load(dir);
        QVERIFY2(r.ok(), qPrintable(messages(r).join(u'\n')));
        QCOMPARE(r.warningCount(), 1);
        const QString library = QDir::cleanPath(dir + u"/libraries/k12.txt");
        QVERIFY2(messages(r).first().contains(u"warning: rul.learned[0].library: " + QDir::toNativeSeparators(library) + u" does not exist"),
                 qPrintable(messages(r).first()));
        QDir().mkpath(dir + u"/libraries");
        QFile file(library);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("1 1 0 0 0 70.5\n");
        file.close();
        r = FleetConfigLoader::load(dir);
        QVERIFY2(r.ok() && r.warningCount() == 0, qPrintable(messages(r).join(u'\n')));
        QCOMPARE(AnalysisConfig::fromUnit(r.fleet->units.first()).learnedRul.first().library, library);
    }

    void duplicateUnitIds()
    {
        const QString dir = makeConfig({{QStringLiteral("K-12-01.yml"), QString::fromUtf8(kValidUnit)},
                                        {QStringLiteral("K-12-01b.yml"), QString::fromUtf8(kValidUnit)}});
        const FleetConfigResult r = FleetConfigLoader::load(dir);
        QVERIFY(!r.ok());
        QVERIFY2(messages(r).contains(dir + u"/units/K-12-01b.yml:1: unit_id: K-12-01 is already defined in "
                                      + dir + u"/units/K-12-01.yml"),
                 qPrintable(messages(r).join(u'\n')));
        // The file-name mismatch is a warning of its own.
        QVERIFY(messages(r).contains(dir + u"/units/K-12-01b.yml:1: warning: unit_id: \"K-12-01\" differs "
                                     "from the file name; name the file K-12-01.yml"));
    }

    void globalDefaults()
    {
        const QString unit = replaced(kValidUnit, "timezone: Asia/Kuala_Lumpur\nrefresh_interval: 30s\n", "");
        const QString global = QStringLiteral(
            "site_name: Test\nplants: [PCMSB, PCFS]\ndefaults:\n  timezone: Europe/Berlin\n"
            "  refresh_interval: 1h\nstorage:\n  synchronous: full\n  busy_timeout: 2s\n");
        const QString dir = makeConfig({{QStringLiteral("K-12-01.yml"), unit}}, global);
        const FleetConfigResult r = FleetConfigLoader::load(dir);
        QVERIFY2(r.ok(), qPrintable(messages(r).join(u'\n')));
        const UnitConfig &u = r.fleet->units.first();
        QCOMPARE(u.timeZone, QByteArray("Europe/Berlin"));
        QCOMPARE(u.refreshInterval, std::chrono::milliseconds(3'600'000));
        QCOMPARE(r.fleet->global.synchronous, StoreSynchronous::Full);
        QCOMPARE(r.fleet->global.busyTimeout, std::chrono::milliseconds(2000));
        QCOMPARE(r.fleet->global.plantOrder, (QStringList{QStringLiteral("PCMSB"), QStringLiteral("PCFS")}));
        QCOMPARE(r.fleet->plants(), QStringList{QStringLiteral("PCFS")});

        // Without either, the time zone is an error.
        const QString dir2 = makeConfig({{QStringLiteral("K-12-01.yml"), unit}});
        const FleetConfigResult r2 = FleetConfigLoader::load(dir2);
        QVERIFY(!r2.ok());
        QVERIFY(messages(r2).first().startsWith(dir2 + u"/units/K-12-01.yml:1: timezone: missing"));
    }

    void badGlobal()
    {
        const QString dir = makeConfig({{QStringLiteral("K-12-01.yml"), QString::fromUtf8(kValidUnit)}},
                                       QStringLiteral("storage:\n  synchronous: sometimes\n"));
        const FleetConfigResult r = FleetConfigLoader::load(dir);
        QVERIFY(!r.ok());
        QCOMPARE(messages(r), QStringList{dir + u"/global.yml:2: storage.synchronous: \"sometimes\" is "
                                          "not a synchronous mode (use normal or full)"});
    }

    void missingFolders()
    {
        const FleetConfigResult none = FleetConfigLoader::load(m_tmp.filePath(QStringLiteral("nope")));
        QVERIFY(!none.ok());
        QCOMPARE(none.errorCount(), 1);

        const QString dir = makeConfig({});
        const FleetConfigResult empty = FleetConfigLoader::load(dir);
        QVERIFY(!empty.ok());
        QCOMPARE(messages(empty), QStringList{dir + u"/units: contains no unit files (*.yml)"});
    }

    void demoFleet()
    {
        const FleetConfigResult r = FleetConfigLoader::loadDemo();
        QVERIFY2(r.ok(), qPrintable(messages(r).join(u'\n')));
        QVERIFY2(r.diagnostics.isEmpty(), qPrintable(messages(r).join(u'\n')));
        const FleetConfig &fleet = *r.fleet;
        QCOMPARE(fleet.plants(), (QStringList{QStringLiteral("PCFS"), QStringLiteral("PCMSB"),
                                              QStringLiteral("ABF")}));
        const QMap<QString, QStringList> expected{
            {QStringLiteral("PCFS"), {QStringLiteral("K-12-01"), QStringLiteral("K-16-01"),
                                      QStringLiteral("K-19-01"), QStringLiteral("K-31-01")}},
            {QStringLiteral("PCMSB"), {QStringLiteral("C-02001"), QStringLiteral("C-104"),
                                       QStringLiteral("C-13001"), QStringLiteral("C-1301"),
                                       QStringLiteral("C-1302"), QStringLiteral("C-201"),
                                       QStringLiteral("C-202"), QStringLiteral("XT-07002")}},
            {QStringLiteral("ABF"), {QStringLiteral("07-MT01-K001")}},
        };
        QCOMPARE(fleet.units.size(), 13);
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            for (const QString &id : it.value()) {
                const UnitConfig *u = fleet.findUnit(id);
                QVERIFY2(u, qPrintable(id));
                QCOMPARE(u->plant, it.key());
            }
        }
        for (const UnitConfig &u : fleet.units) {
            QVERIFY2(u.tags.size() >= 40 && u.tags.size() <= 120, qPrintable(u.unitId));
            QCOMPARE(u.source.type, SourceType::Simulator);
            QVERIFY(!u.description.isEmpty());
            QVERIFY(QTimeZone(u.timeZone).isValid());
            const bool hasModeTag = std::any_of(u.tags.cbegin(), u.tags.cend(), [](const TagConfig &t) {
                return t.role != TagRole::None;
            });
            QVERIFY2(hasModeTag, qPrintable(u.unitId));
            QSet<TagKind> kinds;
            for (const TagConfig &t : u.tags) {
                kinds.insert(t.kind);
                QVERIFY2(t.name.count(u'.') == 3, qPrintable(t.name)); // PLANT.UNIT.TAG.ATTR
                QVERIFY2(!t.engineeringUnit.isEmpty(), qPrintable(t.name));
            }
            // A real train carries at least these instruments.
            for (TagKind k : {TagKind::Temperature, TagKind::Pressure, TagKind::Vibration,
                              TagKind::Level, TagKind::DifferentialPressure})
                QVERIFY2(kinds.contains(k), qPrintable(u.unitId + u' ' + tagKindId(k)));
        }
    }

    void writeDemoFleet()
    {
        const QString dir = m_tmp.filePath(QStringLiteral("written"));
        QString error;
        QVERIFY2(FleetConfigLoader::writeDemoFleet(dir, &error), qPrintable(error));
        const FleetConfigResult written = FleetConfigLoader::load(dir);
        QVERIFY2(written.ok(), qPrintable(messages(written).join(u'\n')));
        QVERIFY(written.diagnostics.isEmpty());
        const FleetConfigResult demo = FleetConfigLoader::loadDemo();
        QCOMPARE(written.fleet->units.size(), demo.fleet->units.size());
        for (int i = 0; i < demo.fleet->units.size(); ++i) {
            QCOMPARE(written.fleet->units[i].unitId, demo.fleet->units[i].unitId);
            QCOMPARE(written.fleet->units[i].tags.size(), demo.fleet->units[i].tags.size());
        }
        // The written files are editable.
        QFile f(dir + u"/units/K-12-01.yml");
        QVERIFY(f.open(QIODevice::ReadWrite));
        // A second write refuses to overwrite.
        QVERIFY(!FleetConfigLoader::writeDemoFleet(dir, &error));
        QVERIFY2(error.contains(u"already holds a configuration"), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestFleetConfigLoader)
#include "tst_fleetconfigloader.moc"
