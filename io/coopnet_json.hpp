// coopnet's native JSON format: the whole model (actors, multiplex typed ties with periods,
// projects with members, free attributes) in one lossless document.
//
//     {
//       "name": "Soziale Stadt Nord",
//       "directed": false,
//       "actors": [
//         {"id": "jugendamt", "label": "Jugendamt", "sector": "municipality", "staff": 12}
//       ],
//       "ties": [
//         {"source": "jugendamt", "target": "verein", "weight": 2, "kind": "funding",
//          "since": 2003, "until": "2005-06"}
//       ],
//       "projects": [
//         {"id": "p1", "label": "Stadtteilfest", "since": "2004", "members": ["jugendamt"]}
//       ]
//     }
//
// Reading conventions:
// - Only `actors` is required. `name` (text) defaults to "", `directed` (boolean) to false,
//   `ties` and `projects` to none. Other top-level keys are ignored with a warning.
// - Ids (actor `id`, tie `source`/`target`, project `id` and `members`) are JSON strings or
//   integers; an integer id becomes its decimal text (networkx users number their nodes),
//   so `7` and `"7"` name the same actor. Other JSON types are refused.
// - An actor's `label` defaults to "" (display the id), its `sector` to `other`. A tie's
//   `weight` is a JSON number, finite and > 0, default 1; `kind` is text, default "".
//   `since`/`until` are a year number (2003, an integer 0-9999) or a date text in the forms
//   of core/date.hpp ("2003", "2003-05", "2003-05-17").
// - A key with the value null counts as absent.
// - Every other key of an actor, tie or project is kept as an attribute: a JSON string as
//   text, a JSON number as a double (integers beyond 2^53 lose precision), `true`/`false`
//   as the text "true"/"false" (the model has no boolean type). An object or array as an
//   attribute value is refused: the native format keeps attributes flat.
// - A UTF-8 byte order mark at the start is skipped; positions count from after it.
// - Errors name file, line and column (1-based, columns in bytes). A syntax error, invalid
//   UTF-8 or nesting deeper than kMaxJsonDepth stops the read at once; every semantic
//   problem (missing or mistyped key, duplicate id, unknown actor, bad weight, reversed
//   period) is collected and all are thrown together in one InputError, in file order.
//
// Writing conventions: two-space indentation, one actor, tie or project per line; keys in
// the fixed order name, directed, actors, ties, projects; an actor as id, label, sector;
// a tie as source, target, weight, kind, then since/until when set; a project as id, label,
// since/until when set, members; then the attributes in name order. Dates are written as
// their canonical text, numbers in shortest round-trip form (core/number_format.hpp),
// text as UTF-8 with only `"`, `\` and control characters escaped; a final newline.
// write -> read gives back an equal Network.
#pragma once

#include <cstddef>
#include <filesystem>
#include <ostream>
#include <string>
#include <string_view>

#include "core/network.hpp"
#include "io/read_result.hpp"

namespace coopnet {

/// Deepest nesting of arrays and objects either JSON reader accepts; deeper documents are
/// refused with an InputError (a guard against stack exhaustion, far above real data).
inline constexpr std::size_t kMaxJsonDepth = 64;

/// Reads a coopnet JSON file (conventions above).
/// @throws InputError naming file:line:column for an unreadable file, invalid UTF-8, a JSON
///         syntax error, or every semantic problem found. Complexity O(file size).
ReadResult read_coopnet_json(const std::filesystem::path& path);

/// Parses coopnet JSON text; `file_name` only labels the diagnostics.
/// @throws InputError as read_coopnet_json.
ReadResult parse_coopnet_json(std::string_view text, const std::string& file_name);

/// Writes `network` as coopnet JSON (conventions above); byte-identical for equal networks.
/// @throws InvalidArgument, before writing anything, when the network holds what the format
///         cannot carry: a non-finite weight or attribute number, text that is not valid
///         UTF-8, or an attribute named like a reserved key of its record (an actor
///         attribute `id`, `label` or `sector`; a tie attribute `source`, `target`,
///         `weight`, `kind`, `since` or `until`; a project attribute `id`, `label`,
///         `since`, `until` or `members`).
void write_coopnet_json(const Network& network, std::ostream& out);

}  // namespace coopnet
