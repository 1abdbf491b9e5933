#pragma once

#include "ingest/cell.h"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <vector>

namespace tp {

/** Rows parsed by a reader thread, in chunks, with the reader's position after them. */
struct RowChunk {
    std::vector<RawRow> rows;
    qint64 bytesRead = 0;
};

/**
 * A bounded queue between the thread that parses an export and the thread that owns the
 * store, so parsing and writing overlap. The producer blocks when `capacity` chunks wait;
 * cancel() releases it.
 */
class RowPipe
{
public:
    explicit RowPipe(size_t capacity = 4) : m_capacity(capacity) {}

    /** Producer: false when the consumer cancelled (stop reading). */
    bool push(RowChunk chunk)
    {
        std::unique_lock lock(m_mutex);
        m_cv.wait(lock, [&] { return m_queue.size() < m_capacity || m_cancelled; });
        if (m_cancelled)
            return false;
        m_queue.push_back(std::move(chunk));
        m_cv.notify_all();
        return true;
    }
    /** Producer: no more chunks. */
    void finish()
    {
        std::lock_guard lock(m_mutex);
        m_finished = true;
        m_cv.notify_all();
    }
    /** Consumer: the next chunk, or nullopt once the producer finished and all were taken. */
    std::optional<RowChunk> pop()
    {
        std::unique_lock lock(m_mutex);
        m_cv.wait(lock, [&] { return !m_queue.empty() || m_finished; });
        if (m_queue.empty())
            return std::nullopt;
        RowChunk chunk = std::move(m_queue.front());
        m_queue.pop_front();
        m_cv.notify_all();
        return chunk;
    }
    /** Consumer: stop the producer. */
    void cancel()
    {
        std::lock_guard lock(m_mutex);
        m_cancelled = true;
        m_cv.notify_all();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_cv;
    std::deque<RowChunk> m_queue;
    size_t m_capacity;
    bool m_finished = false;
    bool m_cancelled = false;
};

} // namespace tp
