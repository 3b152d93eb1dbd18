// HugePageAllocator (core/detail/huge_pages.hpp): large blocks mapped in whole huge pages,
// small ones from std::allocator; either way an ordinary vector to its user.
#include "core/detail/huge_pages.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdint>
#include <numeric>

using namespace coopnet;

TEST_CASE("a HugePageVector keeps its values across growth, shrinking and copies", "[huge_pages]") {
    // 3 MiB of doubles: mapped (when the platform maps), crossing a 2 MiB page boundary.
    constexpr std::size_t kLarge = (std::size_t{3} << 20) / sizeof(double);
    detail::HugePageVector<double> values(kLarge);
    std::iota(values.begin(), values.end(), 0.0);
    if (detail::kMapsHugePages) {
        CHECK(reinterpret_cast<std::uintptr_t>(values.data()) % detail::kHugePageBytes == 0);
    }
    values.resize(kLarge * 2, -1.0);  // reallocates: the first half copied over
    CHECK(values[kLarge - 1] == static_cast<double>(kLarge - 1));
    CHECK(values[kLarge] == -1.0);
    values.resize(10);
    values.shrink_to_fit();  // now a small block from std::allocator
    REQUIRE(values.size() == 10);
    CHECK(values[9] == 9.0);
    const detail::HugePageVector<double> copy(values);
    CHECK(copy == values);

    detail::HugePageVector<std::uint32_t> zeros(kLarge);  // value-initialised: all 0
    CHECK(std::all_of(zeros.begin(), zeros.end(), [](std::uint32_t x) { return x == 0; }));
}
