// Sub-networks a planner asks for: the ties of a period, of some kinds, among some
// sectors. The result is a new Network (actor order kept, indices renumbered).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/date.hpp"
#include "core/network.hpp"

namespace coopnet {

struct NetworkFilter {
    /// Period [from, to]; a tie or project counts when its [since, until] overlaps it
    /// (a year Y means all of Y). Undated ties and projects always count.
    std::optional<PartialDate> from;
    std::optional<PartialDate> to;
    /// Tie kinds to keep (exact match); empty keeps all. A project counts as the kind
    /// `project:<id>` of the ties it induces, and `project` keeps every project.
    std::vector<std::string> kinds;
    /// Sectors whose actors are kept; empty keeps all. Ties and memberships of dropped
    /// actors go with them.
    std::vector<std::string> sectors;

    [[nodiscard]] bool empty() const {
        return !from && !to && kinds.empty() && sectors.empty();
    }
};

/// The part of `network` that passes `filter`. Throws InvalidArgument when from > to.
Network filter_network(const Network& network, const NetworkFilter& filter);

}  // namespace coopnet
