#include "config/tagkind.h"

#include <QTest>

using tp::TagKind;
Q_DECLARE_METATYPE(tp::TagKind)

class TestTagKind : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void derive_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<TagKind>("kind");
        auto row = [](const char *name, TagKind kind) {
            QTest::newRow(name) << QString::fromLatin1(name) << kind;
        };
        row("PCFS.K-12-01.12TIA-419A.PV", TagKind::Temperature);
        row("PCFS.K-12-01.12SI-401B.PV", TagKind::Speed);
        row("PCFS.K-12-01.12FI-004A.PV", TagKind::Flow);
        row("PCFS.K-12-01.12PIA024.PV", TagKind::Pressure);
        row("PCFS.K-31-01.31PDIA-302.PV", TagKind::DifferentialPressure);
        row("PCM.C-02001.020PDI6206.PV", TagKind::DifferentialPressure);
        row("PCFS.K-12-01.12XIA-405X.PV", TagKind::Vibration);
        row("PCM.C-02001.020VI6101X.PV", TagKind::Vibration);
        row("PCFS.K-12-01.12ZIA-403A.PV", TagKind::Position);
        row("PCFS.K-31-01.31LIA-305.PV", TagKind::Level);
        row("PCM.XT-07002.070AI8001.PV", TagKind::Analyser);
        row("ABF.07-MT001.II-7001.PV", TagKind::Current);
        row("ABF.07-MT001.JI-7002.PV", TagKind::Power);
        row("ABF.07-MT001.EI-7003.PV", TagKind::Voltage);
        row("PCFS.K-12-01.12-MARGIN2.PV", TagKind::Calculated);
        row("PCFS.K-12-01.12-TTLSMRG2.PV", TagKind::Calculated);
        row("PCFS.K-12-01.12SUMT-026.PV", TagKind::Calculated);
        row("PCFS.K-12-01.12FHC-004.MV", TagKind::ControllerOutput);
        row("PCFS.K-31-01.31LICA-007.MV", TagKind::ControllerOutput);
        row("PCFS.K-12-01.12-FVI004.PV", TagKind::Flow);
        row("ABF.07-MT001.FI-07001.PV", TagKind::Flow);
        row("12TIA-419A", TagKind::Temperature);
        row("12TIA-419A.PV", TagKind::Temperature);
        row("PCM.C-104.KI-1401.PV", TagKind::Other);
        row("", TagKind::Other);
        row("PCM.C-104.1234.PV", TagKind::Other);
    }
    void derive()
    {
        QFETCH(QString, name);
        QFETCH(TagKind, kind);
        QCOMPARE(tp::deriveTagKind(name), kind);
    }
    void ids()
    {
        for (int k = 0; k <= int(TagKind::Other); ++k) {
            const auto kind = TagKind(k);
            const QString id = tp::tagKindId(kind);
            QVERIFY(!id.isEmpty());
            QCOMPARE(tp::tagKindFromId(id), kind);
        }
        QCOMPARE(tp::tagKindFromId(u"Differential_Pressure"), TagKind::DifferentialPressure);
        QVERIFY(!tp::tagKindFromId(u"pressur"));
        QCOMPARE(tp::tagRoleFromId(u"main_flow"), tp::TagRole::MainFlow);
        QCOMPARE(tp::tagRoleFromId(u"speed"), tp::TagRole::Speed);
        QVERIFY(!tp::tagRoleFromId(u"flow"));
    }
};

QTEST_GUILESS_MAIN(TestTagKind)
#include "tst_tagkind.moc"
