// Classic social networks with published centrality values, and a seeded Barabási–Albert
// generator, for the analysis tests and benchmarks. The data are literal copies of what
// networkx 3.6.1 ships; actor ids are networkx's node labels.
#pragma once

#include <cstddef>
#include <cstdint>

#include "core/network.hpp"

namespace coopnet::classic {

/// Padgett's Florentine families, marriage ties: 15 families, 20 undirected ties of weight
/// 1, Pucci (an isolate in Padgett's data) omitted, as `nx.florentine_families_graph()`.
/// Actor ids are the family names, in networkx's node order (Acciaiuoli = 0, Medici = 1 …).
/// [1] Breiger & Pattison (1986), Social Networks 8:215, doi:10.1016/0378-8733(86)90006-7.
Network florentine_families();

/// Zachary's karate club as `nx.karate_club_graph()`: 34 actors with ids "0" … "33"
/// (NodeId = networkx label), 78 undirected ties with networkx's `weight` (the count of
/// contexts in which the two members interacted, 1 … 7). Each actor's faction ("Mr. Hi"
/// or "Officer", networkx's `club`) is both its sector and its attribute `club`.
/// [1] Zachary (1977), J. Anthropol. Res. 33:452, doi:10.1086/jar.33.4.3629752.
Network karate_club();

/// Les Misérables co-appearances as `nx.les_miserables_graph()`: 77 characters (ids are
/// networkx's names, in its node order), 254 undirected ties weighted by the number of
/// chapters in which both appear (1 … 31).
/// [1] Knuth (1993), The Stanford GraphBase, Addison-Wesley, ISBN 0-201-54275-7.
Network les_miserables();

/// The Krackhardt kite as `nx.krackhardt_kite_graph()`: 10 actors with ids "0" … "9"
/// (NodeId = networkx label), 18 undirected ties of weight 1. Actor 3 (Diane) has the
/// highest degree, 5 and 6 (Fernando, Garth) the highest closeness, 7 (Heather) the
/// highest betweenness.
/// [1] Krackhardt (1990), Adm. Sci. Q. 35:342, doi:10.2307/2393394.
Network krackhardt_kite();

/// A Barabási–Albert preferential-attachment network, undirected, ties of weight 1,
/// actor ids "0" … "n-1". Method (that of networkx's `barabasi_albert_graph` without an
/// initial graph): start with a star on actors 0 … m (centre 0); each further actor v
/// = m+1 … n-1 draws m distinct targets, each draw uniform from the list that holds every
/// tie endpoint once per tie (so proportional to degree), redrawing repeats; then v's
/// ties are added. Ties: m + (n-m-1)·m. Random numbers: std::mt19937_64(seed), bounded by
/// rejection sampling, so the network is the same on every platform for a seed (it is
/// not networkx's graph for the same seed).
/// @throws InvalidArgument unless 1 <= m < n.
/// [1] Barabási & Albert (1999), Science 286:509, doi:10.1126/science.286.5439.509.
Network barabasi_albert(std::size_t n, std::size_t m, std::uint64_t seed);

/// A G(n,p) random network for comparisons with naive references: every pair (ordered
/// pair when `directed`) u ≠ v gets a tie with probability p, decided in order of u then
/// v; each tie's weight is a uniform integer in 1 … max_weight (max_weight 1: all 1).
/// Actor ids "0" … "n-1". Random numbers: std::mt19937_64(seed) as in barabasi_albert.
/// @throws InvalidArgument unless 0 <= p <= 1 and max_weight >= 1.
Network gnp_random(std::size_t n, double p, bool directed, std::uint32_t max_weight,
                   std::uint64_t seed);

}  // namespace coopnet::classic
