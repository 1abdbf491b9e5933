#include "ingest/xlsxreader.h"

#include <QDateTime>
#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace tp;

class TestXlsxReader : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;

private Q_SLOTS:
    void initTestCase()
    {
        // Real producers: openpyxl and xlsxwriter (Debian python3-openpyxl, python3-xlsxwriter).
        QProcess p;
        p.start(QStringLiteral("/usr/bin/python3"),
                {QStringLiteral(TP_TEST_DATA "/make_exports.py"), m_tmp.path()});
        QVERIFY(p.waitForFinished(120000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    }

    void dateFormats_data()
    {
        QTest::addColumn<int>("id");
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("isDate");
        QTest::newRow("general") << 0 << QString() << false;
        QTest::newRow("builtin 14") << 14 << QString() << true;
        QTest::newRow("builtin 22") << 22 << QString() << true;
        QTest::newRow("builtin 47") << 47 << QString() << true;
        QTest::newRow("builtin 2") << 2 << QString() << false;
        QTest::newRow("iso") << 164 << QStringLiteral("yyyy-mm-dd hh:mm:ss") << true;
        QTest::newRow("pi") << 165 << QStringLiteral("dd-mmm-yy hh:mm:ss") << true;
        QTest::newRow("elapsed") << 166 << QStringLiteral("[h]:mm") << true;
        QTest::newRow("number") << 167 << QStringLiteral("#,##0.00") << false;
        QTest::newRow("quoted") << 168 << QStringLiteral("0.0\" days\"") << false;
        QTest::newRow("colour") << 169 << QStringLiteral("[Red]0.00") << false;
        QTest::newRow("colour starting like a time") << 171 << QStringLiteral("[Magenta]0.00") << false;
        QTest::newRow("elapsed minutes") << 172 << QStringLiteral("[mm]:ss") << true;
        QTest::newRow("locale") << 173 << QStringLiteral("[$-409]0.00") << false;
        QTest::newRow("scientific") << 170 << QStringLiteral("0.00E+00") << false;
    }
    void dateFormats()
    {
        QFETCH(int, id);
        QFETCH(QString, code);
        QFETCH(bool, isDate);
        QCOMPARE(XlsxReader::isDateFormat(id, code), isDate);
    }

    void serials()
    {
        // 46082 = 2026-03-01 in the 1900 system; 44620 in the 1904 system.
        const qint64 t = QDateTime(QDate(2026, 3, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
        QCOMPARE(XlsxReader::serialToMs(46082.0, false), t);
        QCOMPARE(XlsxReader::serialToMs(46082.0 - 1462.0, true), t);
        QCOMPARE(XlsxReader::serialToMs(46082.25, false), t + 6 * 3'600'000);
        QCOMPARE(XlsxReader::serialToMs(46082 + 1.0 / 240, false), t + 360'000); // 6 minutes, exact
    }

    void readsOpenpyxlSheet()
    {
        XlsxReader reader;
        QVERIFY2(reader.open(m_tmp.filePath(QStringLiteral("sampled_openpyxl.xlsx")), QStringLiteral("dl_work")),
                 qPrintable(reader.errorString()));
        QCOMPARE(reader.sheetNames(), (QStringList{QStringLiteral("Notes"), QStringLiteral("DL_WORK")}));
        QCOMPARE(reader.sheetName(), QStringLiteral("DL_WORK"));
        QVERIFY(!reader.uses1904Dates());
        RawRow row;
        QVERIFY(reader.readRow(row));
        QCOMPARE(row.number, 1);
        QCOMPARE(row.at(0).text, QStringLiteral("K-12-01 compressor, sampled data"));
        QVERIFY(reader.readRow(row));
        QVERIFY(reader.readRow(row)); // openpyxl leaves the empty row 3 out
        QCOMPARE(row.number, 4);
        QCOMPARE(row.at(1).text, QStringLiteral("\\\\PIHIST01\\PCFS.K-12-01.12SI-401.PV"));
        QVERIFY(reader.readRow(row));
        QCOMPARE(row.number, 5);
        QCOMPARE(row.at(0).type, Cell::Type::DateTime);
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(row.at(0).localMs, QTimeZone::utc()),
                 QDateTime(QDate(2026, 3, 1), QTime(0, 0), QTimeZone::utc()));
        QCOMPARE(row.at(1).type, Cell::Type::Number);
        QCOMPARE(row.at(1).number, 100.0);
        qint64 errors = 0, texts = 0, rows = 1;
        while (reader.readRow(row)) {
            ++rows;
            for (const Cell &c : row.cells) {
                errors += c.type == Cell::Type::Error;
                texts += c.type == Cell::Type::Text;
            }
        }
        QVERIFY(reader.errorString().isEmpty());
        QCOMPARE(rows, 240);
        QCOMPARE(errors, 1); // #N/A
        QCOMPARE(texts, 4);  // the digital states
        QCOMPARE(reader.cellReference(1043, 2), QStringLiteral("DL_WORK!C1043"));
    }

    void readsXlsxwriter1904()
    {
        XlsxReader reader;
        QVERIFY(reader.open(m_tmp.filePath(QStringLiteral("compressed_xlsxwriter_1904.xlsx"))));
        QVERIFY(reader.uses1904Dates());
        RawRow row;
        QVERIFY(reader.readRow(row));
        QVERIFY(reader.readRow(row));
        QVERIFY(reader.readRow(row));
        QCOMPARE(row.at(0).type, Cell::Type::DateTime);
        QCOMPARE(QDateTime::fromMSecsSinceEpoch(row.at(0).localMs, QTimeZone::utc()),
                 QDateTime(QDate(2026, 3, 2), QTime(8, 0, 37), QTimeZone::utc()));
    }

    // The sheet scanner and the QXmlStreamReader reading give the same rows, cell for cell.
    void scannerMatchesStreamReader_data()
    {
        QTest::addColumn<QString>("name");
        for (const char *name : {"sampled_openpyxl.xlsx", "compressed_xlsxwriter.xlsx",
                                 "compressed_xlsxwriter_1904.xlsx", "dst_openpyxl.xlsx",
                                 "general_dates.xlsx", "entities.xlsx"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }
    void scannerMatchesStreamReader()
    {
        QFETCH(QString, name);
        XlsxReader fast, reference;
        reference.setUseStreamReader(true);
        QVERIFY2(fast.open(m_tmp.filePath(name)), qPrintable(fast.errorString()));
        QVERIFY(reference.open(m_tmp.filePath(name)));
        RawRow a, b;
        int rows = 0;
        while (true) {
            const bool moreA = fast.readRow(a);
            const bool moreB = reference.readRow(b);
            QCOMPARE(moreA, moreB);
            if (!moreA)
                break;
            ++rows;
            QCOMPARE(a.number, b.number);
            QCOMPARE(a.cells.size(), b.cells.size());
            for (qsizetype c = 0; c < a.cells.size(); ++c) {
                const Cell &x = a.cells[c], &y = b.cells[c];
                QCOMPARE(int(x.type), int(y.type));
                QCOMPARE(x.style, y.style);
                if (x.type == Cell::Type::Number || x.type == Cell::Type::DateTime) {
                    QCOMPARE(x.number, y.number);
                    QCOMPARE(x.localMs, y.localMs);
                } else {
                    QCOMPARE(x.text, y.text);
                }
            }
        }
        QVERIFY(rows > 0);
        QCOMPARE(fast.errorString(), reference.errorString().isEmpty() ? QString() : fast.errorString());
        QVERIFY(fast.errorString().isEmpty());
    }

    void entitiesAndInlineText()
    {
        XlsxReader reader;
        QVERIFY2(reader.open(m_tmp.filePath(QStringLiteral("entities.xlsx"))), qPrintable(reader.errorString()));
        RawRow row;
        QVERIFY(reader.readRow(row));
        QCOMPARE(row.at(0).text, QStringLiteral("a < b & \"c\" > 'd' \u00e9\u20ac"));
        QCOMPARE(row.at(1).text, QStringLiteral("I/O Timeout"));
        QCOMPARE(row.at(2).type, Cell::Type::Number);
        QCOMPARE(row.at(2).number, 1.5e-7);
    }

    // Inputs the fuzzer found crashing once: each must now be read or refused cleanly.
    void fuzzRegressions()
    {
        const QDir dir(QStringLiteral(TP_TEST_DATA "/fuzz-regressions"));
        const QStringList files = dir.entryList(QDir::Files);
        QVERIFY(!files.isEmpty());
        for (const QString &name : files) {
            for (bool streamReader : {false, true}) {
                XlsxReader reader;
                reader.setUseStreamReader(streamReader);
                if (!reader.open(dir.filePath(name))) {
                    QVERIFY(!reader.errorString().isEmpty());
                    continue;
                }
                RawRow row;
                int rows = 0;
                while (reader.readRow(row) && rows < 1000000)
                    ++rows;
                QVERIFY2(rows < 1000000, qPrintable(name));
            }
        }
    }

    void refusals()
    {
        XlsxReader reader;
        QVERIFY(!reader.open(m_tmp.filePath(QStringLiteral("sampled_openpyxl.xlsx")), QStringLiteral("Nope")));
        QCOMPARE(reader.errorString(), QStringLiteral("has no sheet \"Nope\" (sheets: Notes, DL_WORK)"));
        QVERIFY(!reader.open(m_tmp.filePath(QStringLiteral("truncated.xlsx"))));
        QVERIFY(reader.errorString().contains(u"not an xlsx workbook"));
        QVERIFY(!reader.open(m_tmp.filePath(QStringLiteral("semicolon_decimal_comma.csv"))));
        ZipLimits tight;
        tight.maxEntries = 3;
        XlsxReader limited(tight);
        QVERIFY(!limited.open(m_tmp.filePath(QStringLiteral("sampled_openpyxl.xlsx"))));
        QVERIFY2(limited.errorString().contains(u"more than the 3 allowed"), qPrintable(limited.errorString()));
        tight = ZipLimits();
        tight.maxSharedStrings = 2;
        XlsxReader strings(tight); // xlsxwriter writes shared strings (openpyxl inline ones)
        QVERIFY(!strings.open(m_tmp.filePath(QStringLiteral("compressed_xlsxwriter.xlsx"))));
        QVERIFY2(strings.errorString().contains(u"more than 2 shared strings"), qPrintable(strings.errorString()));
    }
};

QTEST_GUILESS_MAIN(TestXlsxReader)
#include "tst_xlsxreader.moc"
