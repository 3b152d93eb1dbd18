// Fragile points: for every actor and every tie whose loss would split the network, who
// would be cut off, how many and from which sectors, ranked by the damage.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "core/network.hpp"

namespace coopnet {

struct FragilePointsOptions {
    /// Cut-off actors listed by name per point or bridge; 0 lists none (counts are always
    /// complete).
    std::size_t max_listed_actors = 10;
};

/// What the loss of one actor or tie would cut off.
struct CutOff {
    /// Actors of the component that would no longer reach its largest remaining part.
    std::size_t actors = 0;
    /// Those actors by sector (`Actor::sector`), in sector-name order; counts sum to `actors`.
    std::map<std::string, std::size_t> sectors;
    /// Up to `max_listed_actors` of them (when there are more: the first ones in
    /// depth-first order), ordered by actor id.
    std::vector<NodeId> listed;
    /// Size of the largest remaining part of the component.
    std::size_t largest_remaining = 0;
    /// Size of the component before the loss.
    std::size_t component_size = 0;
};

/// An articulation point: an actor whose loss splits its component.
struct FragileActor {
    NodeId actor = 0;
    /// The number of parts its component falls into without it.
    std::size_t parts = 0;
    CutOff cut_off;
};

/// A bridge: a tie whose loss splits its component into two sides.
struct FragileTie {
    NodeId first = 0;   ///< the end on the remaining side
    NodeId second = 0;  ///< the end on the cut-off side
    CutOff cut_off;     ///< the smaller side
};

struct FragilePoints {
    /// Ranked by actors cut off (descending), then actor id.
    std::vector<FragileActor> actors;
    /// Ranked by actors cut off (descending), then the ids of (first, second).
    std::vector<FragileTie> ties;
};

/// Articulation points and bridges (as `cut_points`, analysis/structure/cut_points.hpp) with what
/// each would cut off, from one iterative lowpoint depth-first search that also records
/// preorder positions and subtree sizes (Hopcroft & Tarjan 1973), so nothing is removed
/// and searched again.
///
/// Conventions: the undirected view (`Adjacency::undirected()`), unweighted; multiplex
/// ties merged, self-ties ignored. Everything is measured inside the component of the lost
/// actor or tie; other components are unaffected.
/// - Actor v in a component of s actors: without v, the component falls into parts (the
///   subtrees of the DFS children c with low(c) >= disc(v), plus, unless v is the DFS
///   root, the rest of the component). The largest part remains; the cut-off actors are
///   the s - 1 - |largest| others. When two parts are equally large, the one holding the
///   actor of smallest NodeId remains.
/// - Bridge (p, c) in a component of s actors: the side of size min(|subtree(c)|,
///   s - |subtree(c)|) is cut off; on equal sides the side without the component's
///   smallest NodeId (the DFS root) is cut off.
/// Sector counts of a part are read from per-sector sorted lists of DFS preorder
/// positions (a part is one or two preorder intervals), by binary search.
///
/// @param options how many cut-off actors to list by name.
/// Complexity: O(n + m) for the search and the counts of actors, plus
/// O((a + b) · S · log n) for the sector counts (a articulation points, b bridges, S
/// sectors), plus O((a + b) · L log L) for L listed actors; O(n) extra memory.
/// [1] Hopcroft & Tarjan (1973), Commun. ACM 16:372, doi:10.1145/362248.362272.
/// [2] Tarjan (1972), SIAM J. Comput. 1:146, doi:10.1137/0201010.
FragilePoints fragile_points(const Network& network, const FragilePointsOptions& options = {});

}  // namespace coopnet
