// Transparent huge pages for the few large buffers of a big network (the CSR rows, the tie
// ends, the actor list, the id index) and for the scratch of the community methods
// (HugePageAllocator). Written once in order, such a buffer of 24 MB costs
// about 6 000 page faults with 4 KiB pages and a dozen with 2 MiB pages; on a virtual
// machine the faults were a quarter of loading a million ties (Linux's THP, `madvise`
// mode, which is Debian's default: only regions that ask for it get huge pages).
// Elsewhere, or with THP off, the advice is ignored and nothing changes.
#pragma once

#include <cstddef>
#include <cstdint>
#include <limits>
#include <memory>
#include <new>
#include <vector>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace coopnet::detail {

/// Asks for huge pages on the whole 2 MiB pages inside [data, data + bytes), before they are
/// first written (pages already written stay as they are).
inline void advise_huge_pages(const void* data, std::size_t bytes) noexcept {
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    constexpr std::uintptr_t kHuge = std::uintptr_t{1} << 21;
    const auto begin = (reinterpret_cast<std::uintptr_t>(data) + kHuge - 1) & ~(kHuge - 1);
    const auto end = (reinterpret_cast<std::uintptr_t>(data) + bytes) & ~(kHuge - 1);
    if (end > begin) {
        ::madvise(reinterpret_cast<void*>(begin), end - begin, MADV_HUGEPAGE);  // advice only
    }
#else
    (void)data;
    (void)bytes;
#endif
}

/// `values.reserve(count)` with huge pages asked for the room past the elements (those a
/// reallocation copied over are written already and keep their small pages).
template <class T>
void reserve_with_huge_pages(std::vector<T>& values, std::size_t count) {
    values.reserve(count);
    advise_huge_pages(values.data() + values.size(),
                      (values.capacity() - values.size()) * sizeof(T));
}

/// Whether HugePageAllocator maps its large blocks itself: on Linux, and not under
/// AddressSanitizer (whose own allocator then still guards every block).
#if defined(__linux__) && defined(MADV_HUGEPAGE) && !defined(__SANITIZE_ADDRESS__)
inline constexpr bool kMapsHugePages = true;
#else
inline constexpr bool kMapsHugePages = false;
#endif

/// The size of a huge page, and the block size from which HugePageAllocator maps them.
inline constexpr std::size_t kHugePageBytes = std::size_t{1} << 21;
inline constexpr std::size_t kHugePageBlockBytes = std::size_t{1} << 20;

/// `bytes` (a multiple of kHugePageBytes) of fresh zero memory aligned to kHugePageBytes and
/// advised as huge pages, mapped from the kernel rather than taken from malloc's heap:
/// huge pages inside the heap would keep whole 2 MiB resident for small blocks later
/// placed there. Throws std::bad_alloc when the kernel refuses.
inline void* map_huge_pages(std::size_t bytes) {
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    const std::size_t span = bytes + kHugePageBytes;  // room to align the start
    void* raw = ::mmap(nullptr, span, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (raw == MAP_FAILED) throw std::bad_alloc();
    const auto begin = reinterpret_cast<std::uintptr_t>(raw);
    const auto aligned = (begin + kHugePageBytes - 1) & ~(kHugePageBytes - 1);
    if (aligned > begin) ::munmap(raw, aligned - begin);
    if (begin + span > aligned + bytes) {
        ::munmap(reinterpret_cast<void*>(aligned + bytes), begin + span - (aligned + bytes));
    }
    ::madvise(reinterpret_cast<void*>(aligned), bytes, MADV_HUGEPAGE);  // advice only
    return reinterpret_cast<void*>(aligned);
#else
    (void)bytes;
    throw std::bad_alloc();
#endif
}

/// Gives back a block of map_huge_pages.
inline void unmap_huge_pages(void* block, std::size_t bytes) noexcept {
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    ::munmap(block, bytes);
#else
    (void)block;
    (void)bytes;
#endif
}

/// An allocator for scratch buffers that are filled afresh on every call (the community
/// methods' per-node arrays): a block of 1 MiB or more is mapped in whole huge pages
/// (map_huge_pages), so that all of it, not just the whole pages inside a malloc block,
/// is first touched in a few faults, and is given back to the kernel when freed. The
/// rounding costs at most one 2 MiB page per block of a few MB. Smaller blocks, and all
/// where kMapsHugePages is false, come from std::allocator.
template <class T>
struct HugePageAllocator {
    using value_type = T;

    HugePageAllocator() = default;
    template <class U>
    HugePageAllocator(const HugePageAllocator<U>& /*other*/) noexcept {}  // NOLINT: rebinding

    [[nodiscard]] T* allocate(std::size_t count) {
        if (!mapped(count)) return std::allocator<T>{}.allocate(count);
        if (count > (std::numeric_limits<std::size_t>::max() - kHugePageBytes * 2) / sizeof(T)) {
            throw std::bad_array_new_length();
        }
        return static_cast<T*>(map_huge_pages(rounded_bytes(count)));
    }

    void deallocate(T* block, std::size_t count) noexcept {
        if (!mapped(count)) {
            std::allocator<T>{}.deallocate(block, count);
        } else {
            unmap_huge_pages(block, rounded_bytes(count));
        }
    }

    friend bool operator==(const HugePageAllocator&, const HugePageAllocator&) noexcept {
        return true;
    }

private:
    static bool mapped(std::size_t count) noexcept {
        // count * sizeof(T) >= kHugePageBlockBytes without overflow; never for count 0.
        return kMapsHugePages && count > 0 &&
               count >= (kHugePageBlockBytes + sizeof(T) - 1) / sizeof(T);
    }
    static std::size_t rounded_bytes(std::size_t count) noexcept {
        return (count * sizeof(T) + kHugePageBytes - 1) & ~(kHugePageBytes - 1);
    }
};

/// A std::vector on HugePageAllocator.
template <class T>
using HugePageVector = std::vector<T, HugePageAllocator<T>>;

}  // namespace coopnet::detail
