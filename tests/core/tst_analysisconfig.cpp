#include "analysis/analysisconfig.h"
#include "config/fleetconfigloader.h"

#include <QTest>

using namespace tp;

class TestAnalysisConfig : public QObject
{
    Q_OBJECT

    UnitConfig demoUnit(QStringView id)
    {
        const FleetConfig fleet = *FleetConfigLoader::loadDemo().fleet;
        return *fleet.findUnit(id);
    }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void defaultsFindTheDegradingIndicators()
    {
        const UnitConfig unit = demoUnit(u"K-16-01");
        QStringList errors;
        const AnalysisConfig c = AnalysisConfig::fromUnit(unit, &errors);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        QCOMPARE(c.detector.kind, DetectorKind::WindowedDynamicPca);
        bool surge = false, health = false, filter = false;
        for (const RulTarget &t : c.rulTargets) {
            const TagConfig *tag = unit.findTag(t.indicator);
            if (t.indicator == kHealthIndexIndicator) {
                health = true;
                QVERIFY(!t.rising);
                continue;
            }
            QVERIFY(tag);
            if (tag->description.contains(u"Surge margin")) {
                surge = true;
                QVERIFY(!t.rising);
                QCOMPARE(t.limitName, QStringLiteral("lolo"));
                QCOMPARE(t.limit, tag->lolo->value);
            }
            if (tag->description.contains(u"filter", Qt::CaseInsensitive) && tag->kind == TagKind::DifferentialPressure)
                filter = t.rising;
        }
        QVERIFY(surge && health && filter);
    }

    void explicitSettingsAndTheirErrors()
    {
        UnitConfig unit = demoUnit(u"K-16-01");
        const QString tag = unit.tags[0].name;
        unit.analysis = {{QStringLiteral("mode"), QVariantMap{{QStringLiteral("running_above"), QStringLiteral("80%")},
                                                              {QStringLiteral("min_dwell"), QStringLiteral("30m")}}},
                         {QStringLiteral("sigma"), QVariantMap{{QStringLiteral("k"), 4}}},
                         {QStringLiteral("detector"), QStringLiteral("pca")}};
        unit.rul = {{QStringLiteral("horizon"), QStringLiteral("90d")},
                    {QStringLiteral("targets"), QVariantList{QVariantMap{{QStringLiteral("indicator"), tag},
                                                                         {QStringLiteral("limit"), QStringLiteral("hihi")}}}}};
        QStringList errors;
        AnalysisConfig c = AnalysisConfig::fromUnit(unit, &errors);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        QCOMPARE(c.mode.runningAbove, 0.80);
        QCOMPARE(c.mode.minDwell, std::chrono::minutes(30));
        QCOMPARE(c.sigmaK, 4.0);
        QCOMPARE(c.detector.kind, DetectorKind::Pca);
        QCOMPARE(c.rulHorizon, std::chrono::hours(24 * 90));
        QCOMPARE(c.rulTargets.size(), 1);
        QCOMPARE(c.rulTargets[0].limit, unit.tags[0].hihi->value);
        QVERIFY(c.rulTargets[0].rising);

        unit.analysis = {{QStringLiteral("sigma"), QVariantMap{{QStringLiteral("k"), QStringLiteral("lots")}}},
                         {QStringLiteral("detector"), QStringLiteral("kpca")},
                         {QStringLiteral("colour"), 1}};
        unit.rul = {{QStringLiteral("targets"), QVariantList{QVariantMap{{QStringLiteral("indicator"), QStringLiteral("NOPE")}}}}};
        errors.clear();
        AnalysisConfig::fromUnit(unit, &errors);
        const QString all = errors.join(u'\n');
        QVERIFY2(all.contains(u"analysis.sigma.k: must be a number"), qPrintable(all));
        QVERIFY2(all.contains(u"analysis.detector.kind: must be pca"), qPrintable(all));
        QVERIFY2(all.contains(u"analysis.colour: unknown key"), qPrintable(all));
        QVERIFY2(all.contains(u"rul.targets[0].indicator"), qPrintable(all));

        // A numeric limit: its direction from the normal range, else it must be given.
        UnitConfig withRange = demoUnit(u"K-16-01");
        TagConfig &margin = withRange.tags[6]; // surge margin, normal 15..40
        QVERIFY(margin.normalLow && margin.normalHigh);
        withRange.rul = {{QStringLiteral("targets"),
                          QVariantList{QVariantMap{{QStringLiteral("indicator"), margin.name}, {QStringLiteral("limit"), 8}},
                                       QVariantMap{{QStringLiteral("indicator"), margin.name}, {QStringLiteral("limit"), 60}}}}};
        errors.clear();
        c = AnalysisConfig::fromUnit(withRange, &errors);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        QVERIFY(!c.rulTargets[0].rising);
        QVERIFY(c.rulTargets[1].rising);
        withRange.rul = {{QStringLiteral("targets"),
                          QVariantList{QVariantMap{{QStringLiteral("indicator"), margin.name}, {QStringLiteral("limit"), 20}}}}};
        errors.clear();
        AnalysisConfig::fromUnit(withRange, &errors);
        QVERIFY2(errors.join(u'\n').contains(u"rul.targets[0].direction: say rising or falling"), qPrintable(errors.join(u'\n')));
    }

    // A dip shorter than the dwell is no stop; a real stop counts from when the speed fell.
    void learnedRulSettingsAndTheirErrors()
    {
        UnitConfig unit = demoUnit(u"K-16-01");
        unit.filePath = QStringLiteral("/plant/config/units/K-16-01.yml");
        unit.timeZone = "Asia/Kuala_Lumpur";
        const QString a = unit.tags[0].name, b = unit.tags[1].name;
        auto learned = [](QVariantMap m) { return QVariantMap{{QStringLiteral("learned"), QVariantList{m}}}; };
        unit.rul = learned({{QStringLiteral("name"), QStringLiteral("seal-gas_filter")},
                            {QStringLiteral("library"), QStringLiteral("../libraries/filters.txt")},
                            {QStringLiteral("tags"), QVariantList{a, b}},
                            {QStringLiteral("cycle"), QStringLiteral("12h")},
                            {QStringLiteral("start"), QStringLiteral("2026-03-01")}});
        QStringList errors;
        AnalysisConfig c = AnalysisConfig::fromUnit(unit, &errors);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        QCOMPARE(c.learnedRul.size(), 1);
        const LearnedRulConfig &l = c.learnedRul.first();
        QCOMPARE(l.indicator(), QStringLiteral("learned:seal-gas_filter"));
        QCOMPARE(l.library, QStringLiteral("/plant/config/libraries/filters.txt")); // from the unit's file
        QCOMPARE(l.tags, (QStringList{a, b}));
        QCOMPARE(l.cycle, std::chrono::milliseconds(12 * 3'600'000));
        // Midnight in the plant (UTC+8) is 16:00 UTC the day before.
        QCOMPARE(*l.start, QDateTime::fromString(QStringLiteral("2026-02-28T16:00:00Z"), Qt::ISODate).toMSecsSinceEpoch());
        // The defaults: a day of running time per cycle, the life from the oldest sample.
        unit.rul = learned({{QStringLiteral("name"), QStringLiteral("x")}, {QStringLiteral("library"), QStringLiteral("/l.txt")},
                            {QStringLiteral("tags"), QVariantList{a}}});
        c = AnalysisConfig::fromUnit(unit, &errors);
        QVERIFY(errors.isEmpty());
        QCOMPARE(c.learnedRul.first().cycle, std::chrono::milliseconds(86'400'000));
        QVERIFY(!c.learnedRul.first().start);

        // Each mistake names its key; an entry with one is left out.
        const QVariantMap good{{QStringLiteral("name"), QStringLiteral("x")}, {QStringLiteral("library"), QStringLiteral("/l.txt")},
                               {QStringLiteral("tags"), QVariantList{a}}};
        auto with = [&](const char *key, const QVariant &value) {
            QVariantMap m = good;
            m.insert(QLatin1StringView(key), value);
            return m;
        };
        const std::pair<QVariantMap, const char *> bad[] = {
            {with("name", QStringLiteral("two words")), "rul.learned[0].name"},
            {with("library", QString()), "rul.learned[0].library"},
            {with("tags", QVariantList{QStringLiteral("NOPE")}), "rul.learned[0].tags"},
            {with("tags", QVariantList{}), "rul.learned[0].tags"},
            {with("cycle", QStringLiteral("soon")), "rul.learned[0].cycle"},
            {with("cycle", QStringLiteral("10s")), "rul.learned[0].cycle"},
            {with("start", QStringLiteral("March")), "rul.learned[0].start"},
            {with("every", QStringLiteral("1d")), "rul.learned[0].every"},
        };
        for (const auto &[entry, key] : bad) {
            unit.rul = learned(entry);
            errors.clear();
            c = AnalysisConfig::fromUnit(unit, &errors);
            QVERIFY2(errors.size() == 1 && errors.first().startsWith(QLatin1StringView(key) + u':'), qPrintable(errors.join(u'\n')));
            if (!entry.contains(QStringLiteral("every")))
                QVERIFY(c.learnedRul.isEmpty());
        }
        unit.rul = {{QStringLiteral("learned"), QVariantList{good, good}}};
        errors.clear();
        c = AnalysisConfig::fromUnit(unit, &errors);
        QVERIFY2(errors.size() == 1 && errors.first().startsWith(u"rul.learned[1].name:") && errors.first().contains(u"twice"),
                 qPrintable(errors.join(u'\n')));
        QCOMPARE(c.learnedRul.size(), 1);
        unit.rul = {{QStringLiteral("learned"), QStringLiteral("lib.txt")}};
        errors.clear();
        AnalysisConfig::fromUnit(unit, &errors);
        QVERIFY2(errors.size() == 1 && errors.first().startsWith(u"rul.learned:"), qPrintable(errors.join(u'\n')));
    }

    void modeDwell()
    {
        const UnitConfig unit = demoUnit(u"K-16-01");
        ModeSettings settings;
        settings.minDwell = std::chrono::minutes(10);
        ModeDetector d(unit, settings);
        const double normal = *unit.findTag(d.roleTag())->normalLow;
        const qint64 min = 60'000;
        QVERIFY(d.feed(0, normal, true));
        QCOMPARE(d.mode(), OperatingMode::Running);
        // A 5-minute dip to zero: pending (so the runtime suppresses alarms), never confirmed.
        for (int i = 1; i <= 5; ++i)
            QVERIFY(!d.feed(i * min, 0.0, true));
        QCOMPARE(d.pendingMode(), std::optional(OperatingMode::Stopped));
        QCOMPARE(d.pendingSince(), 1 * min);
        QVERIFY(!d.feed(6 * min, normal, true));
        QCOMPARE(d.mode(), OperatingMode::Running);
        QVERIFY(!d.pendingMode());
        // A coast-down from minute 10 (transient, then stopped): one stop, accepted after the
        // dwell and dated minute 10.
        QVERIFY(!d.feed(10 * min, 0.5 * normal, true));
        QCOMPARE(d.pendingMode(), std::optional(OperatingMode::Transient));
        bool changed = false;
        for (int i = 12; i <= 22 && !changed; ++i)
            changed = d.feed(i * min, 0.0, true);
        QVERIFY(changed);
        QCOMPARE(d.mode(), OperatingMode::Stopped);
        QCOMPARE(d.since(), 10 * min);
        // Bad samples change nothing.
        QVERIFY(!d.feed(40 * min, normal, false));
        QCOMPARE(d.mode(), OperatingMode::Stopped);
    }
};

QTEST_GUILESS_MAIN(TestAnalysisConfig)
#include "tst_analysisconfig.moc"
