// The three views of `coopnet analyze`: a table for planners, JSON for programs and
// researchers, CSV (one row per actor) for spreadsheets. All deterministic: same
// network and options, byte-identical text.
#pragma once

#include <cstddef>
#include <ostream>
#include <vector>

#include "analysis/network_analysis.hpp"
#include "cli/result_table.hpp"
#include "core/network.hpp"
#include "io/csv.hpp"
#include "io/xlsx_writer.hpp"
#include "viz/words.hpp"

namespace coopnet::cli {

/// `{"network": {...}, "actors": [{...}], "bridges": [[a, b], ...]}` with actor ids as
/// in the input; undefined numbers (NaN) are null. Ends with a newline.
void write_analysis_json(const Network& network, const NetworkAnalysis& analysis,
                         std::ostream& out);

/// One row per actor in input order; undefined numbers are empty cells. The header row
/// names the columns by their JSON keys ("id", "betweenness" ...), or in German
/// ("Kennung", "Betweenness" ...) when `headers` is German (`--csv-style excel-de`).
void write_analysis_csv(const Network& network, const NetworkAnalysis& analysis,
                        const CsvStyle& style, Language headers, std::ostream& out);

/// The rows of write_analysis_csv(), for CSV and for the workbook.
ResultTable analysis_actor_table(const Network& network, const NetworkAnalysis& analysis);

/// The workbook of `analyze -o FILE.xlsx`: sheets actors (the CSV's columns), network (the
/// JSON's summary as key/value rows), communities (when detected), bridges, and brokers,
/// gaps and suggestions (when computed; brokers_gaps_output.hpp); sheet names and headers
/// in `language`.
std::vector<XlsxTable> analysis_workbook(const Network& network, const NetworkAnalysis& analysis,
                                         Language language);

/// The network summary and the `top` actors per metric (ties broken by input order), in
/// the language of `w`, numbers rounded for reading, columns aligned by characters.
void write_analysis_table(const Network& network, const NetworkAnalysis& analysis,
                          std::size_t top, const Words& w, std::ostream& out);

/// A CSV column header: `key` (the JSON key), or the catalogue's German word for it.
std::string csv_header(std::string_view key, Word german, Language headers);

}  // namespace coopnet::cli
