// Plain facts about a network that `coopnet info` and `validate` report and that need no
// graph algorithm: sector counts, the period covered, and what the analysis view will
// change (self-ties left out, multiplex ties merged, isolated actors).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/date.hpp"
#include "core/network.hpp"

namespace coopnet {

struct NetworkFacts {
    /// Actors per sector, sorted by decreasing count, then sector name.
    std::vector<std::pair<std::string, std::size_t>> sectors;
    /// Tie kinds with their counts (explicit ties; projects count as `project:<id>`),
    /// sorted like sectors.
    std::vector<std::pair<std::string, std::size_t>> kinds;
    std::size_t explicit_ties = 0;
    std::size_t projected_ties = 0;
    /// Pairs (ordered pairs when directed) that the analysis view joins into one tie.
    std::size_t merged_ties = 0;
    /// Ties the analysis view leaves out because they join an actor to itself.
    std::size_t self_ties = 0;
    /// Actors with no tie to another actor in the analysis view, in actor order.
    std::vector<NodeId> isolates;
    /// Earliest `since` and latest `until` of any dated tie or project.
    std::optional<PartialDate> earliest;
    std::optional<PartialDate> latest;
    std::size_t undated_ties = 0;
};

/// Counts the facts above in one pass over ties, projects and the adjacency. O(n + m).
NetworkFacts network_facts(const Network& network);

}  // namespace coopnet
