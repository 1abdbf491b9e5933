#include "config/duration.h"

#include <QTest>

using namespace std::chrono_literals;

class TestDuration : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("ms"); // -1: rejected
        QTest::newRow("seconds") << QStringLiteral("30s") << qint64(30'000);
        QTest::newRow("minutes") << QStringLiteral("5m") << qint64(300'000);
        QTest::newRow("hours") << QStringLiteral("1h") << qint64(3'600'000);
        QTest::newRow("days") << QStringLiteral("7d") << qint64(604'800'000);
        QTest::newRow("milliseconds") << QStringLiteral("250ms") << qint64(250);
        QTest::newRow("padded") << QStringLiteral(" 10s ") << qint64(10'000);
        QTest::newRow("words") << QStringLiteral("1 hour") << qint64(-1);
        QTest::newRow("space inside") << QStringLiteral("1 h") << qint64(-1);
        QTest::newRow("no unit") << QStringLiteral("30") << qint64(-1);
        QTest::newRow("zero") << QStringLiteral("0s") << qint64(-1);
        QTest::newRow("negative") << QStringLiteral("-5m") << qint64(-1);
        QTest::newRow("fraction") << QStringLiteral("1.5h") << qint64(-1);
        QTest::newRow("unknown unit") << QStringLiteral("3w") << qint64(-1);
        QTest::newRow("empty") << QString() << qint64(-1);
        QTest::newRow("overflow") << QStringLiteral("999999999999d") << qint64(-1);
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(qint64, ms);
        const auto parsed = tp::parseDuration(text);
        if (ms < 0) {
            QVERIFY2(!parsed, qPrintable(text));
        } else {
            QVERIFY2(parsed, qPrintable(text));
            QCOMPARE(parsed->count(), ms);
        }
    }
    void format()
    {
        QCOMPARE(tp::formatDuration(30s), QStringLiteral("30s"));
        QCOMPARE(tp::formatDuration(5min), QStringLiteral("5m"));
        QCOMPARE(tp::formatDuration(90min), QStringLiteral("90m"));
        QCOMPARE(tp::formatDuration(24h), QStringLiteral("1d"));
        QCOMPARE(tp::formatDuration(1500ms), QStringLiteral("1500ms"));
        // Round trip.
        for (const char *text : {"30s", "5m", "1h", "7d", "250ms"})
            QCOMPARE(tp::formatDuration(*tp::parseDuration(QString::fromLatin1(text))),
                     QString::fromLatin1(text));
    }
};

QTEST_GUILESS_MAIN(TestDuration)
#include "tst_duration.moc"
