// libFuzzer target: XlsxReader (QuaZip, zlib inflation with limits, the sheet scanner) on
// arbitrary bytes, compared row by row with the QXmlStreamReader reading of the same sheet:
// a difference in rows or cells aborts. Build with -DTP_BUILD_FUZZERS=ON (clang).
#include "ingest/xlsxreader.h"

#include <QFile>

#include <cstdlib>
#include <unistd.h>

namespace {

bool sameCell(const tp::Cell &x, const tp::Cell &y)
{
    if (x.type != y.type || x.style != y.style)
        return false;
    if (x.type == tp::Cell::Type::Number || x.type == tp::Cell::Type::DateTime)
        return x.number == y.number && x.localMs == y.localMs;
    return x.text == y.text;
}

} // namespace

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
    tp::XlsxReader fast(limits), reference(limits);
    reference.setUseStreamReader(true);
    if (!fast.open(path) || !reference.open(path))
        return 0;
    tp::RawRow a, b;
    for (int rows = 0; rows < 100000; ++rows) {
        const bool moreA = fast.readRow(a);
        const bool moreB = reference.readRow(b);
        for (const tp::Cell &c : a.cells)
            (void)fast.formatCode(c.style);
        // Both must end together on well-formed sheets; on damaged ones each may stop at a
        // different point, but neither may produce a row the other reads differently.
        if (!moreA || !moreB) {
            if (moreA != moreB && fast.errorString().isEmpty() && reference.errorString().isEmpty())
                std::abort();
            break;
        }
        if (a.number != b.number || a.cells.size() != b.cells.size())
            std::abort();
        for (qsizetype c = 0; c < a.cells.size(); ++c) {
            if (!sameCell(a.cells[c], b.cells[c]))
                std::abort();
        }
    }
    return 0;
}
