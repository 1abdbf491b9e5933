#pragma once

#include "ingest/cell.h"

#include <QString>

namespace tp {

/**
 * A source of rows (an xlsx sheet or a CSV file), read forward once, streaming: memory does
 * not grow with the file. readRow() returns false at the end or on an error; then
 * errorString() is empty at a clean end.
 */
class TableReader
{
public:
    virtual ~TableReader() = default;
    virtual bool readRow(RawRow &row) = 0;
    virtual QString errorString() const = 0;
    /** Where rows come from for messages: "PCFS.xlsx: DL_WORK" or "export.csv". */
    virtual QString location() const = 0;
    /** "DL_WORK!C1043" or "export.csv:1043:C": a cell's place for messages. */
    virtual QString cellReference(qint64 row, qsizetype column) const = 0;
    virtual qint64 bytesRead() const = 0;   ///< input bytes consumed so far (for progress)
    virtual qint64 bytesTotal() const = 0;  ///< expected input bytes (file or entry size)
};

} // namespace tp
