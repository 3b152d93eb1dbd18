// JSON and planner tables for brokers, gaps and suggested cooperations; shared by
// `coopnet brokers`, `coopnet gaps` and `coopnet analyze --format json`.
#pragma once

#include <cstddef>
#include <nlohmann/json.hpp>
#include <ostream>
#include <span>

#include "analysis/brokers_and_gaps.hpp"
#include "core/network.hpp"
#include "core/sector_vocabulary.hpp"
#include "viz/words.hpp"

namespace coopnet::cli {

using OrderedJson = nlohmann::ordered_json;

/// Per-actor Burt measures and Gould-Fernandez roles, merged into `row` (the actor's
/// JSON object): constraint, effective_size, efficiency, hierarchy (null if undefined),
/// brokerage {coordinator, itinerant, gatekeeper, representative, liaison, total,
/// expected {...}, sd {...}, z {...}} (z null where sd is 0).
void add_actor_brokerage(OrderedJson& row, const BrokersAndGaps& result, NodeId v);

/// `{"by_betweenness": [...], "by_low_constraint": [...], "by_cross_group_brokerage": [...]}`.
OrderedJson brokers_json(const Network& network, const BrokersAndGaps& result);

/// `{"groups", "mixing", "triangle", "fragile_points", "community_gaps"}`.
OrderedJson gaps_json(const Network& network, const BrokersAndGaps& result,
                      const std::string& group_attribute);

/// `{"weights", "pairs": [...], "joins": [...]}`.
OrderedJson suggestions_json(const Network& network, const BrokersAndGaps& result);

/// The planner's view of the broker rankings, with a reason per broker, in the language
/// of `w` (numbers rounded for reading; JSON keeps them whole).
void write_brokers_table(const Network& network, const BrokersAndGaps& result, const Words& w,
                         std::ostream& out);

/// The planner's view of the triangle, mixing, fragile points, community gaps and
/// suggested cooperations.
/// `sector_words` (io's read_network) are listed next to an absent corner.
void write_gaps_table(const Network& network, const BrokersAndGaps& result,
                      const std::string& group_attribute,
                      std::span<const SectorWordUse> sector_words, const Words& w,
                      std::ostream& out);

}  // namespace coopnet::cli
