// Pieces the community detections share (Louvain, Leiden, label propagation): bounded
// random draws that are the same on every platform, and the per-node tally of tie weight
// towards each neighbouring community used by every local-moving step.
#pragma once

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <random>
#include <utility>
#include <vector>

#include "analysis/community/partition.hpp"
#include "core/adjacency.hpp"

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
template <typename T>
void shuffle(std::vector<T>& items, std::mt19937_64& rng) {
    for (std::size_t i = items.size(); i > 1; --i) {
        std::swap(items[i - 1], items[random_below(rng, i)]);
    }
}

/// Relative tolerance of a local move: a move must beat staying by more than this share
/// of the larger gain, so that rounding cannot make nodes cycle.
inline constexpr double kGainTolerance = 1e-12;

/// Whether a move with `best_gain` clearly beats staying with `stay_gain` (see
/// kGainTolerance).
inline bool clearly_better(double best_gain, double stay_gain) {
    return best_gain >
           stay_gain + kGainTolerance * std::max(std::abs(stay_gain), std::abs(best_gain));
}

/// The summed tie weight from one node to each label among its neighbours, with the
/// labels in order of first appearance in the node's adjacency (so deterministic).
/// Gathering costs O(degree); clear() undoes it in O(labels touched), so one tally
/// serves every node of a sweep.
class NeighbourWeights {
public:
    /// Empties the tally for labels in [0, label_bound).
    void reset(std::size_t label_bound) {
        weight_.assign(label_bound, 0.0);
        seen_.assign(label_bound, 0);
        touched_.clear();
    }

    /// Tallies the ties of `v` in `g` by `label` of the neighbour, over the neighbours u
    /// for which include(u) holds, adding to the labels already touched since clear().
    template <typename Include>
    void gather(const CsrGraph& g, NodeId v, const std::vector<CommunityId>& label,
                Include include) {
        for (std::uint64_t a = g.offsets[v]; a < g.offsets[v + 1]; ++a) {
            const NodeId u = g.neighbours[a];
            if (!include(u)) continue;
            const CommunityId c = label[u];
            if (!seen_[c]) {
                seen_[c] = 1;
                touched_.push_back(c);
            }
            weight_[c] += g.weights[a];
        }
    }

    /// The same over all neighbours of `v`.
    void gather(const CsrGraph& g, NodeId v, const std::vector<CommunityId>& label) {
        gather(g, v, label, [](NodeId) { return true; });
    }

    /// Summed weight towards label `c` (0 when untouched).
    [[nodiscard]] double weight(CommunityId c) const { return weight_[c]; }
    /// The labels touched since clear(), in order of first appearance.
    [[nodiscard]] const std::vector<CommunityId>& touched() const { return touched_; }

    /// Zeroes the touched labels and forgets them.
    void clear() {
        for (const CommunityId c : touched_) {
            weight_[c] = 0.0;
            seen_[c] = 0;
        }
        touched_.clear();
    }

private:
    std::vector<double> weight_;
    std::vector<unsigned char> seen_;
    std::vector<CommunityId> touched_;
};

}  // namespace coopnet::detail
