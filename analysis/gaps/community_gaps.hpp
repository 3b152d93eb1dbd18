// Gaps between communities: pairs of communities with no tie between them, or far fewer
// than random mixing with the same degrees would give, and the few ties that do join them.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "analysis/community/partition.hpp"
#include "core/network.hpp"

namespace coopnet {

struct CommunityGapOptions {
    /// A pair of communities is a gap when ties / expected < this (0 ties always are).
    double ratio_threshold = 0.25;
    /// Connecting ties listed per gap (the heaviest); 0 lists all.
    std::size_t max_connecting_ties = 10;
    /// Gaps listed (the first in the order below); 0 lists all. Every gap is counted.
    std::size_t max_gaps = 0;
};

/// One merged tie between two communities, `first` in community `a` of the gap.
struct ConnectingTie {
    NodeId first = 0;
    NodeId second = 0;
    double weight = 0.0;  ///< merged weight on the undirected view
};

struct CommunityGap {
    CommunityId a = 0;  ///< a < b
    CommunityId b = 0;
    std::size_t size_a = 0;  ///< members of a
    std::size_t size_b = 0;
    std::size_t ties = 0;   ///< merged ties between a and b on the undirected view
    double weight = 0.0;    ///< their summed weight
    double expected = 0.0;  ///< D_a D_b / (2m)
    double ratio = 0.0;     ///< ties / expected (expected > 0 for every gap)
    /// The ties that join a and b, heaviest first, then by the actor ids of their ends;
    /// at most `max_connecting_ties` of them.
    std::vector<ConnectingTie> connecting_ties;
    /// The distinct actors on `connecting_ties`: a's side, then b's side, each by id.
    std::vector<NodeId> actors_a;
    std::vector<NodeId> actors_b;
};

struct CommunityGapsResult {
    double ratio_threshold = 0.0;    ///< the threshold used
    std::size_t tie_count = 0;       ///< m on the undirected view
    std::size_t gap_count = 0;       ///< all gaps, also those beyond `max_gaps`
    std::vector<CommunityGap> gaps;  ///< by ratio ascending, then expected descending, a, b
};

/// Pairs of communities tied far less than expected.
///
/// Read on the undirected view (`Adjacency::undirected()`), as community detection is
/// (analysis/community/partition.hpp): multiplex ties are merged, self-ties left out, a directed
/// network's arcs u->v and v->u are one tie. Counts are unweighted; weights are reported.
/// With m ties and D_c the summed degree of the members of c, the configuration-model
/// expectation of ties between communities a != b is E[a,b] = D_a D_b / (2m) (see
/// `group_mixing` in analysis/gaps/mixing.hpp). The pair is a gap when E[a,b] > 0 and
/// ties(a,b) / E[a,b] < `ratio_threshold`; pairs with E = 0 (a community without any tie,
/// e.g. an isolate, or a network without ties) are never gaps — there is nothing to
/// expect of them; find isolated actors with `weak_components` instead.
/// Every one of the k(k-1)/2 pairs is examined, but only the tied pairs and the listed
/// gaps are kept: many small communities (10 000 pairs of actors give 50 million gaps)
/// cost time, not memory.
///
/// @throws InvalidArgument as `validate_partition`, or if `ratio_threshold` is negative
///         or NaN.
/// Complexity O(n + m log m + k^2 log g) time, O(n + m + g) memory, k communities, g gaps
/// listed.
/// [1] Newman (2010), Networks: An Introduction, Oxford UP, sec. 7.13 (the expectation).
CommunityGapsResult community_gaps(const Network& network, const Partition& partition,
                                   const CommunityGapOptions& options = {});

}  // namespace coopnet
