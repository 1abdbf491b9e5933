#pragma once

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>

namespace tp {

/**
 * A bounded queue between two threads, so that producing and consuming overlap. The producer
 * blocks while `capacity` items wait; cancel() releases it. Used between a reader's parser
 * and the store's writer (RowPipe) and between inflating and scanning a sheet.
 */
template <typename T>
class BoundedQueue
{
public:
    explicit BoundedQueue(size_t capacity = 4) : m_capacity(capacity) {}

    /** Producer: false when the consumer cancelled (stop producing). */
    bool push(T item)
    {
        std::unique_lock lock(m_mutex);
        m_cv.wait(lock, [&] { return m_queue.size() < m_capacity || m_cancelled; });
        if (m_cancelled)
            return false;
        m_queue.push_back(std::move(item));
        m_cv.notify_all();
        return true;
    }
    /** Producer: no more items. */
    void finish()
    {
        std::lock_guard lock(m_mutex);
        m_finished = true;
        m_cv.notify_all();
    }
    /** Consumer: the next item, or nullopt once the producer finished and all were taken. */
    std::optional<T> pop()
    {
        std::unique_lock lock(m_mutex);
        m_cv.wait(lock, [&] { return !m_queue.empty() || m_finished; });
        if (m_queue.empty())
            return std::nullopt;
        T item = std::move(m_queue.front());
        m_queue.pop_front();
        m_cv.notify_all();
        return item;
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
    std::deque<T> m_queue;
    size_t m_capacity;
    bool m_finished = false;
    bool m_cancelled = false;
};

} // namespace tp
