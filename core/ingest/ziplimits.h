#pragma once

#include <QtGlobal>

namespace tp {

/** Limits against hostile or broken xlsx containers. Each refusal is an error, early. */
struct ZipLimits {
    double maxRatio = 100.0;                  ///< uncompressed/compressed, measured while inflating
    qint64 ratioGraceBytes = 1 << 20;         ///< ratio checked once this much was inflated
    qint64 maxEntryBytes = qint64(4) << 30;   ///< per inflated entry
    int maxEntries = 10'000;                  ///< entries in the archive
    qint64 maxSharedStrings = 1'000'000;      ///< shared-string count
    qint64 maxSharedStringChars = 16 << 20;   ///< shared-string characters in all (32 MB)
    int maxColumns = 16'384;                  ///< cells per row (Excel's own maximum)
};

} // namespace tp
