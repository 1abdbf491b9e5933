// libFuzzer target: CsvReader on arbitrary bytes. Build with -DTP_BUILD_FUZZERS=ON (clang).
#include "ingest/csvreader.h"

#include <QFile>

#include <unistd.h>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QString path = QStringLiteral("/dev/shm/tp_fuzz_csv_%1.csv").arg(getpid());
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        f.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    tp::CsvReader reader;
    if (!reader.open(path))
        return 0;
    tp::RawRow row;
    int rows = 0;
    while (reader.readRow(row) && ++rows < 100000) {
        for (const tp::Cell &c : row.cells)
            (void)c.text.size();
    }
    return 0;
}
