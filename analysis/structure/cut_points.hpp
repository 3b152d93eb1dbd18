// Cut points and bridges: the actors and ties whose loss splits the network.
#pragma once

#include <utility>
#include <vector>

#include "analysis/options.hpp"
#include "core/network.hpp"

namespace coopnet {

struct CutPoints {
    /// articulation[v]: removing actor v (and its ties) leaves more connected components
    /// than before. One entry per NodeId.
    std::vector<bool> articulation;
    /// Ties whose removal leaves more components than before, each as (smaller index,
    /// larger index), sorted ascending.
    std::vector<std::pair<NodeId, NodeId>> bridges;
};

/// Articulation points (cut vertices) and bridges (cut ties), found together by one
/// lowpoint depth-first search (Hopcroft & Tarjan 1973; Tarjan 1972):
///   with disc(v) the discovery time and low(v) the least discovery time reachable from
///   v's DFS subtree by one non-tree tie, a non-root v is an articulation point iff some
///   child c has low(c) >= disc(v); the root iff it has two or more children; the tree tie
///   (p, c) is a bridge iff low(c) > disc(p).
/// On the undirected version (`Adjacency::undirected()`), unweighted. Multiplex ties
/// between one pair are merged into one tie first, so a pair joined by two ties (of any
/// kind) is still a bridge in this view — the analysis convention of one tie per pair.
/// Disconnected networks: each component is searched on its own, and "more components"
/// compares with the network as given. Isolates are never articulation points.
/// The DFS keeps its own stack (no recursion), so paths of millions of actors are safe.
/// @param options ignored (unweighted, serial).
/// Complexity: O(n + m) time, O(n) extra memory.
/// [1] Hopcroft & Tarjan (1973), Commun. ACM 16:372, doi:10.1145/362248.362272.
/// [2] Tarjan (1972), SIAM J. Comput. 1:146, doi:10.1137/0201010.
CutPoints cut_points(const Network& network, const AnalysisOptions& options = {});

}  // namespace coopnet
