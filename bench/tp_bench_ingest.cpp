// tp_bench_ingest: parse and import a 1-year, 120-tag, 6-minute export (87,600 rows, ~10.5 M
// values) as .xlsx and .csv, and time openpyxl's read-only mode on the same workbook.
// Usage: tp_bench_ingest [DIR] [--parse-only]  (the export is generated into DIR once, then reused)

#include "ingest/csvreader.h"
#include "ingest/importer.h"
#include "ingest/xlsxreader.h"
#include "storage/unitstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>

using namespace tp;

namespace {

template<typename Reader>
std::pair<double, qint64> parseAll(Reader &reader)
{
    QElapsedTimer t;
    t.start();
    RawRow row;
    qint64 values = 0;
    while (reader.readRow(row)) {
        for (const Cell &c : row.cells)
            values += !c.isEmpty();
    }
    return {t.nsecsElapsed() / 1e9, values};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir tmp;
    QStringList args = app.arguments().mid(1);
    const bool parseOnly = args.removeAll(QStringLiteral("--parse-only")) > 0;
    const QString dir = !args.isEmpty() ? args.first() : tmp.path();
    QDir().mkpath(dir);
    const QString script = QStringLiteral(TP_BENCH_DIR "/make_ingest_export.py");
    const QString xlsx = dir + u"/bench_1y_120tags.xlsx";
    const QString csv = dir + u"/bench_1y_120tags.csv";
    if (!QFileInfo::exists(xlsx) || !QFileInfo::exists(csv)) {
        std::printf("generating the export with xlsxwriter ...\n");
        std::fflush(stdout);
        if (QProcess::execute(QStringLiteral("/usr/bin/python3"), {script, dir}) != 0)
            return 1;
    }
    std::printf("export: %s (%.1f MB), %s (%.1f MB)\n", qPrintable(QFileInfo(xlsx).fileName()),
                QFileInfo(xlsx).size() / 1e6, qPrintable(QFileInfo(csv).fileName()), QFileInfo(csv).size() / 1e6);

    XlsxReader xr;
    if (!xr.open(xlsx)) {
        std::fprintf(stderr, "%s\n", qPrintable(xr.errorString()));
        return 1;
    }
    const auto [xs, xv] = parseAll(xr);
    std::printf("\nparse xlsx: %.2f s, %lld cells, %.0f values/s\n", xs, static_cast<long long>(xv), xv / xs);
    CsvReader cr;
    if (!cr.open(csv))
        return 1;
    const auto [cs, cv] = parseAll(cr);
    std::printf("parse csv:  %.2f s, %lld cells, %.1f MB/s (target >= 100 MB/s)\n", cs,
                static_cast<long long>(cv), QFileInfo(csv).size() / 1e6 / cs);

    if (parseOnly)
        return 0;
    UnitConfig unit;
    unit.unitId = QStringLiteral("BENCH");
    unit.timeZone = "Asia/Kuala_Lumpur";
    for (int i = 0; i < 120; ++i) {
        TagConfig t;
        t.name = QStringLiteral("BENCH.U-1.%1TI-%2.PV").arg(10 + i % 80).arg(i, 4, 10, QLatin1Char('0'));
        unit.tags.append(t);
    }
    for (const QString &file : {xlsx, csv}) {
        const QString storeDir = dir + u"/store-" + QFileInfo(file).suffix();
        QDir(storeDir).removeRecursively();
        UnitStore store(unit.unitId);
        if (!store.open(UnitStore::unitFilePath(storeDir, unit.unitId)) || !store.syncTags(unit.tags))
            return 1;
        Importer importer(store, unit);
        QElapsedTimer t;
        t.start();
        const ImportSummary s = importer.importFile(file);
        const double seconds = t.nsecsElapsed() / 1e9;
        if (!s.ok) {
            std::fprintf(stderr, "%s\n", qPrintable(s.error));
            return 1;
        }
        std::printf("import %s: %.2f s, %lld values stored, %.0f values/s%s\n",
                    qPrintable(QFileInfo(file).suffix()), seconds, static_cast<long long>(s.valuesStored),
                    s.valuesRead / seconds, file == xlsx ? " (target: whole xlsx import <= 30 s)" : "");
    }

    QProcess openpyxl;
    openpyxl.start(QStringLiteral("/usr/bin/python3"), {script, QStringLiteral("--openpyxl"), xlsx});
    openpyxl.waitForFinished(-1);
    const QList<QByteArray> out = openpyxl.readAllStandardOutput().trimmed().split(' ');
    if (out.size() == 2) {
        const double seconds = out[0].toDouble();
        std::printf("\nopenpyxl read-only, same workbook: %.2f s (%s cells)\n", seconds, out[1].constData());
        std::printf("xlsx parse speed-up over openpyxl: %.1fx (target >= 20x)\n", seconds / xs);
    } else {
        std::printf("\nopenpyxl run failed: %s\n", openpyxl.readAllStandardError().constData());
    }
    return 0;
}
