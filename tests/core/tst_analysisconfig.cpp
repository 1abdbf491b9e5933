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
