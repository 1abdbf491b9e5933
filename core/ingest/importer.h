#pragma once

#include "config/fleetconfig.h"

#include <QCoreApplication>
#include <QMap>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

namespace tp {

class UnitStore;
class TableReader;

struct ImportOptions {
    QString sheet;                      ///< xlsx: sheet name; empty = unit's source.sheet, else first
    QString layout = QStringLiteral("auto"); ///< auto, sampled or compressed
    qint64 batchValues = 50'000;        ///< values per committed transaction
    /** Detect the layout and map the columns, store nothing: the import dialog's preview
     *  (summary: sheet, layout, mapped tags, unmatched columns, or the error). */
    bool previewOnly = false;
};

struct ImportProgress {
    qint64 rows = 0;
    qint64 bytes = 0;
    qint64 totalBytes = 0;
    int percent() const { return totalBytes > 0 ? int(bytes * 100 / totalBytes) : 0; }
};

/** What an import did, for the summary and the provenance row. */
struct ImportSummary {
    static constexpr int ListedRows = 10; ///< row numbers and replaced values listed
    qint64 importId = 0;         ///< its row in the store's imports (0: none)
    QString file;
    QString sha256;
    QString sheet;
    QString layout;              ///< "sampled" or "compressed"
    qint64 rowsRead = 0;         ///< data rows
    qint64 valuesRead = 0;       ///< non-empty value cells of mapped columns
    qint64 valuesStored = 0;     ///< new or changed samples
    qint64 valuesReplaced = 0;   ///< of valuesStored: changed a value or state stored before
    QStringList replacedValues;  ///< the first ListedRows: "TAG at TIME: old → new"
    qint64 valuesUnchanged = 0;  ///< already stored exactly so (re-import)
    qint64 valuesSkipped = 0;    ///< cells that could not become samples (see warnings)
    QMap<QString, qint64> states; ///< digital states and error texts by name
    QStringList mappedTags;
    QStringList unmatchedColumns; ///< "\\srv\FOO.PV (DL_WORK!F3)"
    QStringList unmatchedTags;    ///< the same as tag names ("FOO.PV"): what discovery offers
    QStringList warnings;        ///< with cell references; the first 200
    qint64 warningCount = 0;
    qint64 nonexistentLocalTimes = 0;
    qint64 ambiguousLocalTimes = 0;
    qint64 nonMonotonicRows = 0;
    qint64 duplicateTimestampRows = 0;
    qint64 unreadableRows = 0;   ///< one field where a row of the table belongs; skipped
    QList<qint64> unreadableRowNumbers;  ///< the first ListedRows
    qint64 extraColumnRows = 0;  ///< more columns than the header; skipped
    QList<qint64> extraColumnRowNumbers; ///< the first ListedRows
    qint64 firstTs = 0, lastTs = 0;
    bool cancelled = false;
    bool ok = false;
    QString error;               ///< translated, with file and place
};

/** A part of an import's summary that needs attention: a headline and its listed items. */
struct ImportFinding {
    QString headline;
    QStringList items;
};

/** The replaced values and the skipped rows of @p summary, translated, for the CLI and the
 *  import dialog alike. */
QList<ImportFinding> importFindings(const ImportSummary &summary);

/**
 * Imports historian exports (.xlsx, .csv) into one unit's store: detects the PI DataLink
 * layout, maps columns to the unit's tags, converts plant-local times to UTC, and writes
 * batches that commit as they go (a killed import keeps what was committed; running it again
 * adds only the rest). Every sample it adds or replaces is recorded with the import
 * (UnitStore::undoImport); values it replaces are counted and the first ones listed. Runs in the
 * thread that owns the store.
 */
class Importer
{
    Q_DECLARE_TR_FUNCTIONS(tp::Importer)
public:
    Importer(UnitStore &store, const UnitConfig &unit);

    ImportSummary importFile(const QString &path, const ImportOptions &options = {},
                             const std::function<void(const ImportProgress &)> &progress = {},
                             const std::atomic_bool *cancel = nullptr);

    /**
     * A `folder` source's refresh: imports the files in @p directory that match @p pattern
     * (oldest name first) and were not imported completely before (by SHA-256), so daily
     * files are added as they arrive and unchanged files are not read again. A changed file
     * is imported again (upserts: only its new or changed samples are stored).
     */
    QList<ImportSummary> importFolder(const QString &directory, const QString &pattern,
                                      const ImportOptions &options = {},
                                      const std::atomic_bool *cancel = nullptr,
                                      const std::function<void(const ImportProgress &)> &progress = {});

    /** A refresh of one file: imports @p path unless a file with the same SHA-256 was imported
     *  completely before (nullopt then, and when the file cannot be read yet). */
    std::optional<ImportSummary> importFileIfNew(const QString &path, const ImportOptions &options = {},
                                                 const std::atomic_bool *cancel = nullptr,
                                                 const std::function<void(const ImportProgress &)> &progress = {});

    /** Imports rows from an open reader (the file's hash and name given by the caller). */
    ImportSummary importRows(TableReader &reader, ImportSummary summary,
                             const ImportOptions &options,
                             const std::function<void(const ImportProgress &)> &progress,
                             const std::atomic_bool *cancel);

private:
    UnitStore &m_store;
    UnitConfig m_unit;
};

} // namespace tp

Q_DECLARE_METATYPE(tp::ImportSummary)
