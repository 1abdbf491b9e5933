// libFuzzer target: XlsxReader (QuaZip, zlib inflation with limits, sheet XML) on arbitrary
// bytes. Build with -DTP_BUILD_FUZZERS=ON (clang).
#include "ingest/xlsxreader.h"

#include <QFile>

#include <unistd.h>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QString path = QStringLiteral("/dev/shm/tp_fuzz_xlsx_%1.xlsx").arg(getpid());
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        f.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    tp::ZipLimits limits;
    limits.maxEntryBytes = 64 << 20; // keep each run small
    tp::XlsxReader reader(limits);
    if (!reader.open(path))
        return 0;
    tp::RawRow row;
    int rows = 0;
    while (reader.readRow(row) && ++rows < 100000) {
        for (const tp::Cell &c : row.cells)
            (void)reader.formatCode(c.style);
    }
    return 0;
}
