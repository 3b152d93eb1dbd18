// Transparent huge pages for the few large buffers of a big network (the CSR rows, the tie
// ends, the actor list, the id index). Written once in order, such a buffer of 24 MB costs
// about 6 000 page faults with 4 KiB pages and a dozen with 2 MiB pages; on a virtual
// machine the faults were a quarter of loading a million ties (Linux's THP, `madvise`
// mode, which is Debian's default: only regions that ask for it get huge pages).
// Elsewhere, or with THP off, the advice is ignored and nothing changes.
#pragma once

#include <cstddef>
#include <cstdint>
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

}  // namespace coopnet::detail
