#pragma once

#include <QtGlobal>

#include <cstdlib>
#include <memory>
#include <new>
#include <type_traits>
#include <utility>

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#endif

// An uninitialized array of a trivial type for large index tables, in 2 MiB-aligned memory advised
// to use transparent huge pages on Linux. Tables written or read at random (postings filled term by
// term, token streams of scattered papers) would otherwise pay a TLB miss, and on first touch a page
// fault, per 4 KiB. Pages never written cost no memory; arrays under 2 MiB come from malloc.
template<typename T>
class HugePageArray
{
    static_assert(std::is_trivial_v<T>);

public:
    HugePageArray() = default;
    explicit HugePageArray(size_t n) : m_size(n), m_bytes(std::max<size_t>(1, n * sizeof(T)))
    {
        m_data = static_cast<T *>(allocate(m_bytes));
    }
    HugePageArray(HugePageArray &&other) noexcept { swap(other); }
    HugePageArray &operator=(HugePageArray &&other) noexcept
    {
        HugePageArray(std::move(other)).swap(*this);
        return *this;
    }
    ~HugePageArray()
    {
        if (m_data)
            release(m_data, m_bytes);
    }

    T *data() { return m_data; }
    const T *data() const { return m_data; }
    size_t size() const { return m_size; }
    T &operator[](size_t i) { return m_data[i]; }
    const T &operator[](size_t i) const { return m_data[i]; }

private:
    void swap(HugePageArray &other) noexcept
    {
        std::swap(m_data, other.m_data);
        std::swap(m_size, other.m_size);
        std::swap(m_bytes, other.m_bytes);
    }

    static constexpr size_t kHugePage = size_t(2) << 20;

    // Its own mapping (Linux), so freeing returns the memory to the system at once whatever malloc's
    // thresholds are, aligned to a huge page by mapping one more and unmapping the unaligned ends.
    static void *allocate(size_t bytes)
    {
#if defined(Q_OS_LINUX)
        if (bytes < kHugePage)
            return allocateSmall(bytes);
        const size_t rounded = (bytes + kHugePage - 1) / kHugePage * kHugePage;
        void *p = mmap(nullptr, rounded + kHugePage, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (p == MAP_FAILED)
            throw std::bad_alloc();
        const auto raw = reinterpret_cast<quintptr>(p);
        const quintptr aligned = (raw + kHugePage - 1) & ~quintptr(kHugePage - 1);
        if (aligned > raw)
            munmap(p, aligned - raw);
        if (const quintptr tail = raw + rounded + kHugePage - (aligned + rounded))
            munmap(reinterpret_cast<void *>(aligned + rounded), tail);
#if defined(MADV_HUGEPAGE)
        madvise(reinterpret_cast<void *>(aligned), rounded, MADV_HUGEPAGE); // a hint; failure is harmless
#endif
        return reinterpret_cast<void *>(aligned);
#else
        return allocateSmall(bytes);
#endif
    }
    static void *allocateSmall(size_t bytes)
    {
        void *p = std::malloc(bytes);
        if (!p)
            throw std::bad_alloc();
        return p;
    }
    static void release(void *p, size_t bytes)
    {
#if defined(Q_OS_LINUX)
        if (bytes >= kHugePage) {
            munmap(p, (bytes + kHugePage - 1) / kHugePage * kHugePage);
            return;
        }
#endif
        Q_UNUSED(bytes);
        std::free(p);
    }

    T *m_data = nullptr;
    size_t m_size = 0;
    size_t m_bytes = 0;
};
