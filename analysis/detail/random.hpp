// Random draws that are the same on every platform and for every thread count, shared by
// the randomised analyses (community searches, tests against chance). Internal to
// analysis/*.cpp.
#pragma once

#include <cstddef>
#include <cstdint>
#include <random>
#include <utility>

namespace coopnet::detail {

/// A uniform integer in [0, bound) by rejection sampling: raw draws below 2^64 mod bound
/// are redrawn, so the result depends only on the std::mt19937_64 sequence (unlike
/// std::uniform_int_distribution, whose algorithm differs between standard libraries).
/// @pre bound > 0.
inline std::uint64_t random_below(std::mt19937_64& rng, std::uint64_t bound) {
    const std::uint64_t threshold = (0 - bound) % bound;  // 2^64 mod bound
    for (;;) {
        const std::uint64_t x = rng();
        if (x >= threshold) return x % bound;
    }
}

/// Fisher–Yates shuffle of `items` with random_below: for i = size … 2, swap item i−1
/// with a uniform one of the first i. One draw per step, the same on every platform.
template <typename Items>
void shuffle(Items& items, std::mt19937_64& rng) {
    for (std::size_t i = items.size(); i > 1; --i) {
        std::swap(items[i - 1], items[random_below(rng, i)]);
    }
}

/// SplitMix64's increment, the golden-ratio constant 2^64 / phi.
inline constexpr std::uint64_t kSplitMixGamma = 0x9e3779b97f4a7c15ULL;

/// SplitMix64's output function (Steele, Lea & Flood 2014, doi:10.1145/2660193.2660195):
/// a bijection of 64-bit words that scrambles neighbouring inputs into unrelated outputs.
inline std::uint64_t splitmix64_mix(std::uint64_t z) {
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

/// The seed of the `index`-th of many independent runs derived from one user seed: two
/// rounds of SplitMix64 over (seed, index), so neighbouring indices give unrelated streams
/// and run i draws the same numbers whichever thread runs it.
inline std::uint64_t derived_seed(std::uint64_t seed, std::uint64_t index) {
    return splitmix64_mix((splitmix64_mix(seed + kSplitMixGamma) ^ index) + kSplitMixGamma);
}

}  // namespace coopnet::detail
