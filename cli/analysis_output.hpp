// The three views of `coopnet analyze`: a table for planners, JSON for programs and
// researchers, CSV (one row per actor) for spreadsheets. All deterministic: same
// network and options, byte-identical text.
#pragma once

#include <cstddef>
#include <ostream>

#include "analysis/network_analysis.hpp"
#include "core/network.hpp"
#include "io/csv.hpp"

namespace coopnet::cli {

/// `{"network": {...}, "actors": [{...}], "bridges": [[a, b], ...]}` with actor ids as
/// in the input; undefined numbers (NaN) are null. Ends with a newline.
void write_analysis_json(const Network& network, const NetworkAnalysis& analysis,
                         std::ostream& out);

/// One row per actor in input order; undefined numbers are empty cells.
void write_analysis_csv(const Network& network, const NetworkAnalysis& analysis,
                        const CsvStyle& style, std::ostream& out);

/// The network summary and the `top` actors per metric (ties broken by input order).
void write_analysis_table(const Network& network, const NetworkAnalysis& analysis,
                          std::size_t top, std::ostream& out);

}  // namespace coopnet::cli
