// Pieces the community detections share (Louvain, Leiden, label propagation): the
// per-node tally of tie weight towards each neighbouring community used by every
// local-moving step, and (through analysis/detail/random.hpp) the bounded random draws.
#pragma once

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <random>
#include <utility>
#include <vector>

#include "analysis/community/partition.hpp"
#include "analysis/detail/random.hpp"
#include "core/adjacency.hpp"

namespace coopnet::detail {

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
