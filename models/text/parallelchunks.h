#pragma once

#include <algorithm>
#include <cstddef>
#include <thread>
#include <vector>

// Splits [0, n) into contiguous chunks, one per hardware thread (fewer when n is small), and runs
// fn(chunk, begin, end) on each at once, the last chunk on the calling thread. models/ links Qt Core
// only, so this is plain std::thread rather than QtConcurrent.
class ParallelChunks
{
public:
    explicit ParallelChunks(size_t n, size_t minPerChunk = 1024)
        : m_n(n)
        , m_count(n / std::max<size_t>(1, minPerChunk) <= 1
                      ? 1
                      : std::min<size_t>(n / std::max<size_t>(1, minPerChunk), threads()))
    {
    }

    // std::thread::hardware_concurrency() reads sysfs on every call (open, read, close): asked
    // once, and not at all for work too small to split (every small file, every fuzzer input).
    static size_t threads()
    {
        static const size_t n = std::max<size_t>(1, std::thread::hardware_concurrency());
        return n;
    }

    size_t count() const { return m_count; }
    size_t begin(size_t chunk) const { return m_n * chunk / m_count; }
    size_t end(size_t chunk) const { return m_n * (chunk + 1) / m_count; }

    template<typename Fn>
    void run(Fn &&fn) const
    {
        std::vector<std::thread> threads;
        threads.reserve(m_count - 1);
        for (size_t c = 0; c + 1 < m_count; ++c)
            threads.emplace_back([&fn, this, c] { fn(c, begin(c), end(c)); });
        fn(m_count - 1, begin(m_count - 1), end(m_count - 1));
        for (std::thread &t : threads)
            t.join();
    }

private:
    size_t m_n;
    size_t m_count;
};
