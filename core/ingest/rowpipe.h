#pragma once

#include "ingest/cell.h"

#include "ingest/boundedqueue.h"

#include <vector>

namespace tp {

/** Rows parsed by a reader thread, in chunks, with the reader's position after them. */
struct RowChunk {
    std::vector<RawRow> rows;
    qint64 bytesRead = 0;
};

/** Rows from the parser thread to the store's thread. */
using RowPipe = BoundedQueue<RowChunk>;

} // namespace tp
