// What coopnet JSON (io/coopnet_json.hpp) and node-link JSON (io/node_link_json.hpp) share
// about their records: reading actors and ties from the positioned tree into a
// NetworkBuilder with the same checks and messages, and refusing before writing what JSON
// cannot carry. Internal to io (not a public header).
#pragma once

#include <cstddef>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/network.hpp"
#include "io/detail/json_tree.hpp"
#include "io/detail/line_index.hpp"
#include "io/read_result.hpp"

namespace coopnet::detail {

/// An id from a JSON string (as is) or integer (its decimal text); nothing for other types.
std::optional<std::string> json_id_text(const JsonNode& node);

/// A date from a year number (an integer 0-9999) or a date text (core/date.hpp forms);
/// nothing for anything else.
std::optional<PartialDate> json_date(const JsonNode& node);

/// builder.build(), with the problems of a failed build rethrown sorted by line and column
/// (readers report their own problems while walking, the builder its own at the end).
Network build_in_file_order(NetworkBuilder& builder);

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

}  // namespace coopnet::detail
