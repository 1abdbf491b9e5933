#include "ingest/csvreader.h"

#include <QDateTime>
#include <QFile>
#include <QTimeZone>
#include <QTemporaryDir>
#include <QTest>

using namespace tp;

class TestCsvReader : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;

    QString write(const char *name, const QByteArray &content)
    {
        const QString path = m_tmp.filePath(QLatin1StringView(name));
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(content);
        return path;
    }

private Q_SLOTS:
    void dateTimes_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expected"); // ISO UTC text of the ms, "" = rejected
        QTest::addColumn<bool>("utc");
        QTest::newRow("iso T") << QByteArray("2026-03-01T06:30:15") << QStringLiteral("2026-03-01T06:30:15.000") << false;
        QTest::newRow("iso space") << QByteArray("2026-03-01 06:30") << QStringLiteral("2026-03-01T06:30:00.000") << false;
        QTest::newRow("iso ms Z") << QByteArray("2026-03-01T06:30:15.250Z") << QStringLiteral("2026-03-01T06:30:15.250") << true;
        QTest::newRow("offset") << QByteArray("2026-03-01T08:00:00+08:00") << QStringLiteral("2026-03-01T00:00:00.000") << true;
        QTest::newRow("dotted") << QByteArray("01.03.2026 06:30:15") << QStringLiteral("2026-03-01T06:30:15.000") << false;
        QTest::newRow("slashed day first") << QByteArray("13/03/2026 23:59") << QStringLiteral("2026-03-13T23:59:00.000") << false;
        QTest::newRow("PI month name") << QByteArray("01-Mar-2026 00:06:00") << QStringLiteral("2026-03-01T00:06:00.000") << false;
        QTest::newRow("PI short year") << QByteArray("1-mar-26 0:06:00") << QStringLiteral("2026-03-01T00:06:00.000") << false;
        QTest::newRow("short year 1900s") << QByteArray("15-Jan-98 10:00") << QStringLiteral("1998-01-15T10:00:00.000") << false;
        QTest::newRow("date only") << QByteArray("2026-03-01") << QStringLiteral("2026-03-01T00:00:00.000") << false;
        QTest::newRow("bad month") << QByteArray("2026-13-01 00:00") << QString() << false;
        QTest::newRow("bad day") << QByteArray("31/02/2026 00:00") << QString() << false;
        QTest::newRow("bad hour") << QByteArray("2026-03-01 24:00") << QString() << false;
        QTest::newRow("text") << QByteArray("I/O Timeout") << QString() << false;
        QTest::newRow("number") << QByteArray("12345") << QString() << false;
        QTest::newRow("trailing junk") << QByteArray("2026-03-01 06:30 x") << QString() << false;
    }
    void dateTimes()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, expected);
        QFETCH(bool, utc);
        bool isUtc = false;
        const auto ms = CsvReader::parseDateTime(text, &isUtc);
        if (expected.isEmpty()) {
            QVERIFY2(!ms, text.constData());
            return;
        }
        QVERIFY2(ms, text.constData());
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(*ms, QTimeZone::utc()).toString(u"yyyy-MM-ddTHH:mm:ss.zzz"), expected);
        QCOMPARE(isUtc, utc);
    }

    void fields()
    {
        QCOMPARE(CsvReader::parseField("12.5", false).type, Cell::Type::Number);
        QCOMPARE(CsvReader::parseField("12.5", false).number, 12.5);
        QCOMPARE(CsvReader::parseField("-1,25", true).number, -1.25);
        QCOMPARE(CsvReader::parseField("1e3", false).number, 1000.0);
        QCOMPARE(CsvReader::parseField(" 7 ", false).number, 7.0);
        QCOMPARE(CsvReader::parseField("", false).type, Cell::Type::Empty);
        QCOMPARE(CsvReader::parseField("Shutdown", false).type, Cell::Type::Text);
        QCOMPARE(CsvReader::parseField("#N/A", false).type, Cell::Type::Error);
        QCOMPARE(CsvReader::parseField("nan", false).type, Cell::Type::Text);
        QCOMPARE(CsvReader::parseField("1,5", false).type, Cell::Type::Text); // comma without decimal comma
    }

    void delimitersQuotesBom_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<char>("delimiter");
        QTest::addColumn<bool>("decimalComma");
        const QByteArray rows = "Time|A|B\n2026-03-01 00:00|1.5|\"x|y\"\n2026-03-01 00:06|2.5|\"say \"\"hi\"\"\nnow\"\n";
        QByteArray comma = rows, semicolon = rows, tab = rows;
        comma.replace('|', ',');
        semicolon.replace('|', ';').replace("1.5", "1,5").replace("2.5", "2,5");
        tab.replace('|', '\t');
        QTest::newRow("comma") << comma << ',' << false;
        QTest::newRow("semicolon decimal comma BOM") << QByteArray("\xEF\xBB\xBF") + semicolon << ';' << true;
        QTest::newRow("tab CRLF") << QByteArray(tab).replace("\n", "\r\n") << '\t' << false;
    }
    void delimitersQuotesBom()
    {
        QFETCH(QByteArray, content);
        QFETCH(char, delimiter);
        QFETCH(bool, decimalComma);
        CsvReader reader;
        QVERIFY(reader.open(write("t.csv", content)));
        QCOMPARE(reader.delimiter(), delimiter);
        QCOMPARE(reader.decimalComma(), decimalComma);
        RawRow row;
        QVERIFY(reader.readRow(row));
        QCOMPARE(row.number, 1);
        QCOMPARE(row.cells.size(), 3);
        QCOMPARE(row.at(0).text, QStringLiteral("Time")); // BOM stripped
        QVERIFY(reader.readRow(row));
        QCOMPARE(row.at(0).type, Cell::Type::DateTime);
        QCOMPARE(row.at(1).number, 1.5);
        QCOMPARE(row.at(2).text, QString(QLatin1Char('x') + QLatin1Char(delimiter == ',' ? ',' : delimiter) + QLatin1Char('y')));
        QVERIFY(reader.readRow(row));
        QCOMPARE(row.number, 3);
        QCOMPARE(row.at(1).number, 2.5);
        // A newline inside quotes is kept as written (CRLF in the CRLF file).
        QCOMPARE(row.at(2).text, content.contains("\r\n") ? QStringLiteral("say \"hi\"\r\nnow")
                                                          : QStringLiteral("say \"hi\"\nnow"));
        QVERIFY(!reader.readRow(row));
        QVERIFY(reader.errorString().isEmpty());
        QCOMPARE(reader.bytesRead(), reader.bytesTotal());
    }

    void decimalCommaWithDottedDates()
    {
        // German-style export: dates with dots must not outvote the decimal commas.
        CsvReader reader;
        QVERIFY(reader.open(write("de.csv", "Zeit;A\n15.01.2024 10:00:00;12,5\n15.01.2024 10:06:00;13,25\n")));
        QCOMPARE(reader.delimiter(), ';');
        QVERIFY(reader.decimalComma());
        RawRow row;
        QVERIFY(reader.readRow(row));
        QVERIFY(reader.readRow(row));
        QCOMPARE(row.at(1).type, Cell::Type::Number);
        QCOMPARE(row.at(1).number, 12.5);
    }

    void errors()
    {
        CsvReader reader;
        QVERIFY(reader.open(write("open.csv", "a,b\n1,\"unterminated\n")));
        RawRow row;
        QVERIFY(reader.readRow(row));
        QVERIFY(!reader.readRow(row));
        QVERIFY2(reader.errorString().contains(u"row 2") && reader.errorString().contains(u"not closed"),
                 qPrintable(reader.errorString()));
        CsvReader utf16;
        QVERIFY(!utf16.open(write("u16.csv", QByteArray("\xFF\xFE" "a\0,\0b\0", 8))));
        QVERIFY(utf16.errorString().contains(u"UTF-16"));
        QCOMPARE(reader.cellReference(12, 2), QStringLiteral("row 12, column C"));
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
