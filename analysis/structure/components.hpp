// Connected components: which actors can reach each other at all.
#pragma once

#include <cstddef>
#include <vector>

#include "analysis/options.hpp"
#include "core/network.hpp"

namespace coopnet {

struct Components {
    /// component[v]: the component of actor v, numbered 0, 1, ... by decreasing size,
    /// components of equal size by their smallest NodeId. One entry per NodeId.
    std::vector<std::size_t> component;
    /// sizes[c]: the number of actors in component c (non-increasing).
    std::vector<std::size_t> sizes;

    /// The number of components (0 for a network without actors).
    [[nodiscard]] std::size_t count() const noexcept { return sizes.size(); }
    /// The size of the largest component (0 for a network without actors).
    [[nodiscard]] std::size_t largest_size() const noexcept {
        return sizes.empty() ? 0 : sizes.front();
    }
};

/// Weakly connected components: maximal sets of actors joined by paths when tie
/// directions are ignored (`Adjacency::undirected()`); for undirected networks simply the
/// connected components. Isolates are components of size 1. Unweighted.
/// Method: breadth-first search with an explicit queue.
/// @param options ignored (unweighted, serial).
/// Complexity: O(n + m) time, O(n) extra memory (plus O(c log c) to order c components).
Components weak_components(const Network& network, const AnalysisOptions& options = {});

/// Strongly connected components: maximal sets of actors that reach each other along
/// directed paths (`Adjacency::out()`). For undirected networks they equal the weak
/// components. Unweighted.
/// Method: Tarjan's algorithm with an explicit call stack (no recursion, so paths of
/// millions of actors are safe).
/// @param options ignored (unweighted, serial).
/// Complexity: O(n + m) time, O(n) extra memory.
/// [1] Tarjan (1972), SIAM J. Comput. 1:146, doi:10.1137/0201010.
Components strong_components(const Network& network, const AnalysisOptions& options = {});

}  // namespace coopnet
