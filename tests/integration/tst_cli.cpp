#include "storage/unitstore.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace tp;

namespace {
struct Run {
    int status = -1;
    QString out;
    QString err;
};

Run turbopredictd(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(TP_TURBOPREDICTD), args);
    Run r;
    if (!p.waitForFinished(60000))
        return r;
    r.status = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}
} // namespace

class TestCli : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_tmp.isValid()); }

    void help()
    {
        Run r = turbopredictd({QStringLiteral("--help")});
        QCOMPARE(r.status, 0);
        for (const char *command : {"check-config", "init-config", "check-store"})
            QVERIFY2(r.out.contains(QLatin1StringView(command)), qPrintable(r.out));
        for (const char *command : {"check-config", "init-config", "check-store"}) {
            r = turbopredictd({QLatin1StringView(command), QStringLiteral("--help")});
            QCOMPARE(r.status, 0);
            QVERIFY2(r.out.contains(u"--config") && r.out.contains(u"--data"), qPrintable(r.out));
        }
        r = turbopredictd({QStringLiteral("frobnicate")});
        QCOMPARE(r.status, 2);
        QVERIFY(r.err.contains(u"unknown command \"frobnicate\""));
        r = turbopredictd({});
        QCOMPARE(r.status, 2);
        r = turbopredictd({QStringLiteral("check-config"), QStringLiteral("--bogus")});
        QCOMPARE(r.status, 2);
    }

    void checkDemoConfig()
    {
        const Run r = turbopredictd({QStringLiteral("check-config")});
        QCOMPARE(r.status, 0);
        QVERIFY2(r.out.contains(u"13 unit(s)"), qPrintable(r.out));
        QVERIFY(r.out.contains(u"K-31-01") && r.out.contains(u"07-MT01-K001"));
        QVERIFY(r.err.isEmpty());
    }

    void initThenCheckThenBreak()
    {
        const QString dir = m_tmp.filePath(QStringLiteral("config"));
        Run r = turbopredictd({QStringLiteral("init-config"), dir});
        QCOMPARE(r.status, 0);
        QVERIFY(QFile::exists(dir + u"/units/K-12-01.yml"));
        r = turbopredictd({QStringLiteral("init-config"), dir});
        QCOMPARE(r.status, 1);
        QVERIFY(r.err.contains(u"already holds a configuration"));
        r = turbopredictd({QStringLiteral("check-config"), QStringLiteral("--config"), dir});
        QCOMPARE(r.status, 0);

        // Break line 6 of one unit file.
        QFile f(dir + u"/units/K-12-01.yml");
        QVERIFY(f.open(QIODevice::ReadOnly));
        QString text = QString::fromUtf8(f.readAll());
        f.close();
        QVERIFY(text.contains(u"refresh_interval: 30s"));
        text.replace(QStringLiteral("refresh_interval: 30s"), QStringLiteral("refresh_interval: \"1 hour\""));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(text.toUtf8());
        f.close();
        r = turbopredictd({QStringLiteral("check-config"), QStringLiteral("--config"), dir});
        QCOMPARE(r.status, 2);
        const QString expected = QDir::cleanPath(dir) + u"/units/K-12-01.yml:6: refresh_interval: "
                                 u"\"1 hour\" is not a duration (use 30s, 5m, 1h)";
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        QVERIFY(r.err.contains(u"1 error(s)"));
    }

    void checkStore()
    {
        const QString data = m_tmp.filePath(QStringLiteral("data"));
        const QStringList base{QStringLiteral("check-store"), QStringLiteral("--unit"),
                               QStringLiteral("K-12-01"), QStringLiteral("--data"), data};
        Run r = turbopredictd(base);
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(u"has no store yet"), qPrintable(r.err));
        r = turbopredictd({QStringLiteral("check-store"), QStringLiteral("--data"), data});
        QCOMPARE(r.status, 2);
        r = turbopredictd({QStringLiteral("check-store"), QStringLiteral("--unit"),
                           QStringLiteral("K-99"), QStringLiteral("--data"), data});
        QCOMPARE(r.status, 2);

        const QString path = UnitStore::unitFilePath(data, QStringLiteral("K-12-01"));
        {
            UnitStore store(QStringLiteral("K-12-01"));
            QVERIFY(store.open(path));
            TagConfig t;
            t.name = QStringLiteral("PCFS.K-12-01.12SI-401.PV");
            QVERIFY(store.syncTags({t}));
            QList<Sample> s;
            for (int i = 0; i < 1000; ++i)
                s.append({1, i * 60'000LL, double(i), GoodQuality});
            QVERIFY(store.writeSamples(s));
        }
        r = turbopredictd(base);
        QCOMPARE(r.status, 0);
        QVERIFY2(r.out.contains(u": ok (schema 1, 1000 sample(s))"), qPrintable(r.out));

        // A file that is not a database is refused and left as it was.
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QByteArray("this is not a database\n").repeated(200));
        f.close();
        QFile::remove(path + u"-wal");
        QFile::remove(path + u"-shm");
        r = turbopredictd(base);
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(u"damaged or not a database"), qPrintable(r.err));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().startsWith("this is not a database"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
