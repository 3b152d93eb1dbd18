// JSON and planner tables for brokers, gaps and suggested cooperations; shared by
// `coopnet brokers`, `coopnet gaps` and `coopnet analyze --format json`.
#pragma once

#include <cstddef>
#include <nlohmann/json.hpp>
#include <ostream>
#include <span>
#include <vector>

#include "analysis/brokers_and_gaps.hpp"
#include "cli/result_table.hpp"
#include "core/network.hpp"
#include "core/sector_vocabulary.hpp"
#include "io/xlsx_writer.hpp"
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

/// The rows of `brokers --format csv`: ranking, rank, id, label, group, value,
/// cross_group_two_paths, reason (English).
ResultTable brokers_table(const Network& network, const BrokersAndGaps& result);

/// The rows of `gaps --format csv`: the suggested cooperations, ranked.
ResultTable suggestions_table(const Network& network, const BrokersAndGaps& result);

/// The sides of the cooperation triangle as JSON's gaps.triangle.sides has them (without
/// the side brokers): groups, ties, weight, expected, p_fewer, p_more, status, reason.
ResultTable triangle_table(const BrokersAndGaps& result);

/// Which sheets brokers_gaps_workbook() gives: `brokers`'s, `gaps`'s, or both (analyze).
enum class BrokersGapsSheets { Brokers, Gaps, All };

/// The sheets of `brokers -o FILE.xlsx` (brokers: brokers_table) and of `gaps -o FILE.xlsx`
/// (gaps: triangle_table; suggestions: suggestions_table); names and headers in `language`.
std::vector<XlsxTable> brokers_gaps_workbook(const Network& network, const BrokersAndGaps& result,
                                             BrokersGapsSheets sheets, Language language);

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
