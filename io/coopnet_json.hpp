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
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/network.hpp"
#include "io/detail/line_index.hpp"
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

/// The text of a JSON string, number (an integer as written, otherwise in shortest
/// round-trip form) or boolean ("true"/"false"); nothing for null, arrays and objects.
std::optional<std::string> json_scalar_text(const JsonNode& node);

/// Compact JSON text of a value (no blanks; numbers as json_scalar_text writes them).
std::string json_compact(const JsonNode& node);

/// What check_json_writable() checks beyond text and numbers.
struct JsonWriteChecks {
    bool projects = false;  ///< the format writes projects: check their text and numbers too
    /// Attribute names refused per record because the format uses them as keys there.
    std::vector<std::string_view> actor_reserved;
    std::vector<std::string_view> tie_reserved;
    std::vector<std::string_view> project_reserved;
};

/// Refuses, before a JSON writer writes anything, what JSON cannot carry: text that is not
/// valid UTF-8 (network name, actor ids, labels and sectors, tie kinds, attribute names and
/// texts; project ids and labels when `checks.projects`), a non-finite tie weight or
/// attribute number, and an attribute named like a reserved key of its record.
/// @throws InvalidArgument naming the record ("actor 'x'", "tie 3", "project 'p'").
void check_json_writable(const Network& network, const JsonWriteChecks& checks);

/// What a JSON reader does with an attribute whose value is an array or an object.
enum class NestedAttributes {
    Refuse,          ///< a problem: attribute values must be text, numbers or booleans
    KeepAsJsonText,  ///< kept as json_compact() text, with one warning per record kind and key
};

/// The words and rules by which one JSON format differs in its actor and tie records.
struct JsonRecordStyle {
    std::string_view actor;     ///< the actor record's noun in messages: "actor", "node"
    std::string_view an_actor;  ///< the same with its article: "an actor", "a node"
    std::string_view tie;       ///< the tie record's noun: "tie", "edge"
    std::string_view a_tie;     ///< with its article: "a tie", "an edge"
    /// Label, sector and kind may also be numbers or booleans (read as their text);
    /// otherwise only JSON strings are accepted there.
    bool scalar_text = false;
    NestedAttributes nested = NestedAttributes::Refuse;
};

/// The checks that the coopnet JSON and node-link JSON readers share, written once: each
/// record of the positioned tree goes into a NetworkBuilder, and every problem is reported
/// at the key or record where it was found, with the same messages in both formats.
///
/// Record conventions (see io/coopnet_json.hpp): a record is a JSON object, and a key may
/// appear once in it; ids are strings or integers (json_id_text); `null` counts as absent;
/// dates are json_date() values; a weight is a number, finite and > 0 (a bad one is
/// reported and replaced by 1, so that the rest of the tie is still checked); every other
/// key is an attribute: text, number, or a boolean as the text "true"/"false".
class JsonRecordReader {
public:
    /// `file` names the diagnostics and must outlive the reader; `text` is the parsed text
    /// (for line and column numbers).
    JsonRecordReader(const std::string& file, std::string_view text, JsonRecordStyle style);
    virtual ~JsonRecordReader() = default;
    JsonRecordReader(const JsonRecordReader&) = delete;
    JsonRecordReader& operator=(const JsonRecordReader&) = delete;

    /// An actor record: `id` (required), `label`, `sector`, attributes.
    void read_actor(const JsonNode& node);

    /// A tie record: `source` and `target` (required), `weight`, `kind`, `since`, `until`,
    /// the format's own keys (tie_member()), attributes.
    void read_tie(const JsonNode& node);

protected:
    /// Which record an attribute belongs to, for messages.
    enum class Record { Actor, Tie, Project };

    /// A key of a tie record that the format reads itself; true when it did.
    virtual bool tie_member(const JsonMember& member);

    [[nodiscard]] SourceLocation at(std::size_t offset) const;
    void report(std::size_t offset, std::string message);
    void warn(std::size_t offset, std::string message);

    /// "`what` must be `expected`, not `the value's type`".
    static std::string mistyped(std::string_view what, std::string_view expected,
                                const JsonNode& value);
    /// Whether `node` has no `key` or has it as null.
    static bool absent(const JsonNode& node, std::string_view key);
    /// False (and a problem) when `member`'s key is already in `seen`.
    bool first_time(std::set<std::string_view>& seen, const JsonMember& member);
    /// False (and a problem "`what` must be a JSON object") for anything but an object.
    bool require_object(const JsonNode& node, std::string_view what);

    /// An id (a string or integer); nothing, with a problem unless null, otherwise.
    std::optional<std::string> id(const JsonMember& member, const std::string& what);
    /// Text into `out` (numbers and booleans too when the style says so); null keeps `out`.
    void text(const JsonMember& member, const std::string& what, std::string& out);
    /// A year or date text into `out`; null keeps `out`.
    void date(const JsonMember& member, const std::string& what, std::optional<PartialDate>& out);
    /// A tie weight into `out`; null keeps `out`.
    void weight(const JsonMember& member, double& out);
    /// An attribute into `out` (null skipped; arrays and objects as the style says).
    void attribute(const JsonMember& member, Record record, Attributes& out);

    /// Throws when the top level is not an object ("...with `array_key`, not ...").
    void require_top_object(const JsonNode& root, std::string_view array_key) const;
    /// The member's boolean; nothing for null, and nothing with a problem for other values.
    std::optional<bool> flag(const JsonMember& member);
    /// The member's value when it is an array; nullptr when null or (with a problem) other.
    const JsonNode* array(const JsonMember& member);
    /// The network, with every problem in file order, and the warnings.
    ReadResult finish_build();

    NetworkBuilder builder_;

private:
    const std::string& file_;
    LineIndex lines_;
    JsonRecordStyle style_;
    std::vector<Diagnostic> warnings_;
    std::set<std::string> nested_warned_;
};

}  // namespace detail

}  // namespace coopnet
