// Random networks for tests against chance: the null models of conditional uniform graph
// tests (Anderson, Butts & Carley 1999; R sna's `cug.test`), drawn on a plain list of ties.
//
// Conventions: a draw is a simple graph on the same actors: no self-ties, no repeated ties;
// undirected draws store each tie once with first < second, directed draws each arc once.
// Weights play no part (the tests count ties). Every draw depends only on the
// std::mt19937_64 it is given (analysis/detail/random.hpp), so it is the same on every
// platform.
//
// [1] Anderson, Butts & Carley (1999), J. Math. Sociol. 23:239, doi:10.1016/S0378-8733(99)00003-3
//     (conditional uniform graph tests; sna's cmode "size" and "edges").
// [2] Erdős & Rényi (1959), Publ. Math. Debrecen 6:290 (G(n, m)).
// [3] Maslov & Sneppen (2002), Science 296:910, doi:10.1126/science.1065103 (degree-preserving
//     rewiring by double edge swaps; networkx's `double_edge_swap`, igraph's `rewire`).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <random>
#include <string_view>
#include <utility>
#include <vector>

#include "core/network.hpp"

namespace coopnet {

/// What a random network keeps of the observed one.
enum class NullModel {
    Size,     ///< the number of actors only: every pair tied with probability 1/2 (sna cmode "size")
    Ties,     ///< actors and number of ties: uniform over all such networks, G(n, m) (cmode "edges")
    Degrees,  ///< every actor's degree (directed: in- and out-degree), by double edge swaps
};

/// "size", "ties" or "degrees".
std::string_view null_model_name(NullModel model);

/// The model named by `name` (as null_model_name spells it), or nullopt.
std::optional<NullModel> parse_null_model(std::string_view name);

/// A simple graph given by its ties.
struct TieList {
    std::size_t actors = 0;
    bool directed = false;
    std::vector<std::pair<NodeId, NodeId>> ties;  ///< undirected: first < second
};

/// The merged ties of the analysis view (core/adjacency.hpp: multiplex ties merged,
/// self-ties dropped), in row order.
TieList observed_ties(const Network& network);

/// Possible ties among `actors`: n(n-1)/2, or n(n-1) when directed.
std::uint64_t possible_ties(std::size_t actors, bool directed);

/// Replaces `graph.ties` by a draw of the null model `model` (Size or Ties; see
/// `rewire_keeping_degrees` for Degrees). Ties: `tie_count` distinct pairs drawn uniformly
/// (the free pairs are drawn instead when more than half are tied). Size: each pair with
/// probability 1/2. O(n^2) for Size and dense Ties draws, O(m) expected otherwise.
/// @pre tie_count <= possible_ties(graph.actors, graph.directed).
void draw_uniform_ties(TieList& graph, std::size_t tie_count, NullModel model,
                       std::mt19937_64& rng);

/// Degree-preserving rewiring in place: `swaps` successful double edge swaps, each picking
/// two ties (a,b), (c,d) uniformly and making them (a,d), (c,b) (undirected: with (c,d)
/// read either way, by a fair coin), refused when that would give a self-tie or repeat a
/// tie. Stops after 10 * swaps attempts when too few succeed (a network with little room to
/// change, e.g. a star or a complete graph). Returns the swaps made.
std::size_t rewire_keeping_degrees(TieList& graph, std::size_t swaps, std::mt19937_64& rng);

}  // namespace coopnet
