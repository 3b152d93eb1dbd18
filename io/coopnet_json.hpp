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
#include <functional>
#include <initializer_list>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

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

namespace detail {

/// A parsed JSON value that remembers where it started; shared by the JSON readers.
struct JsonMember;
struct JsonNode {
    enum class Type { Null, Boolean, Number, String, Array, Object };
    Type type = Type::Null;
    std::size_t offset = 0;  ///< byte offset of the value's first character
    bool boolean = false;
    double number = 0;
    bool integer = false;             ///< the number was written as a JSON integer
    std::string text;                 ///< a string's value; an integer's decimal text
    std::vector<JsonNode> items;      ///< array elements
    std::vector<JsonMember> members;  ///< object members in document order

    /// The member's value, or nullptr when absent (the first one when a key repeats).
    [[nodiscard]] const JsonNode* find(std::string_view key) const;
};

struct JsonMember {
    std::string name;
    std::size_t offset = 0;  ///< byte offset of the key's opening quote
    JsonNode value;
};

/// Byte offsets to 1-based line and column, by binary search over line starts.
class LineIndex {
public:
    explicit LineIndex(std::string_view text);
    [[nodiscard]] SourceLocation locate(const std::string& file, std::size_t offset) const;

private:
    std::vector<std::size_t> line_starts_;
};

/// The text with a leading UTF-8 byte order mark removed.
std::string_view strip_bom(std::string_view text);

/// Receives each element of a streamed top-level array (see parse_json_tree) as soon as it
/// is complete, with the key of its array.
using JsonRecordSink = std::function<void(const std::string& array_key, const JsonNode& record)>;

/// Parses `text` (BOM already stripped) into a positioned tree with nlohmann's SAX parser.
/// When the top level is an object, the elements of its arrays named in `streamed_keys` go
/// to `sink` one by one as they complete and are then dropped (their array stays, empty), so
/// memory stays flat for large files; everything else is kept in the returned tree.
/// @throws InputError at the first invalid UTF-8 byte, syntax error or too deep nesting
///         (records already passed to `sink` stay passed).
JsonNode parse_json_tree(std::string_view text, const std::string& file_name,
                         std::initializer_list<std::string_view> streamed_keys = {},
                         const JsonRecordSink& sink = {});

/// Reads a whole file as bytes. @throws InputError when it cannot be read.
std::string read_whole_file(const std::filesystem::path& path);

/// JSON string literal of UTF-8 `text`: quotes, `"` `\` and control characters escaped.
std::string json_quote(std::string_view text);

/// Name of a JSON type for messages: "a string", "an array" ...
std::string_view json_type_name(const JsonNode& node);

/// An id from a JSON string (as is) or integer (its decimal text); nothing for other types.
std::optional<std::string> json_id_text(const JsonNode& node);

/// A date from a year number (an integer 0-9999) or a date text (core/date.hpp forms);
/// nothing for anything else.
std::optional<PartialDate> json_date(const JsonNode& node);

/// builder.build(), with the problems of a failed build rethrown sorted by line and column
/// (readers report their own problems while walking, the builder its own at the end).
Network build_in_file_order(NetworkBuilder& builder);

}  // namespace detail

}  // namespace coopnet
