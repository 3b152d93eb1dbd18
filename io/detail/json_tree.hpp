// A JSON document as a tree whose values remember their byte offsets, so that the JSON
// readers can name the line and column of every problem, and the JSON text of values for
// the writers. Built on nlohmann's SAX parser [1], which validates the syntax (RFC 8259 [2]).
// Internal to io (not a public header).
//
// [1] https://json.nlohmann.me/features/parsing/sax_interface/
// [2] T. Bray (ed.) (2017), The JavaScript Object Notation (JSON) Data Interchange Format,
//     RFC 8259, doi:10.17487/RFC8259.
#pragma once

#include <cstddef>
#include <functional>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace coopnet::detail {

/// A parsed JSON value that remembers where it started.
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

/// Parses `text` (BOM already stripped) into a positioned tree with nlohmann's SAX parser,
/// refusing arrays and objects nested deeper than `max_depth` (what walks or frees the tree
/// recurses; the bound keeps that off the end of the stack).
/// When the top level is an object, the elements of its arrays named in `streamed_keys` go
/// to `sink` one by one as they complete and are then dropped (their array stays, empty), so
/// memory stays flat for large files; everything else is kept in the returned tree.
/// @throws InputError at the first invalid UTF-8 byte, syntax error or too deep nesting
///         (records already passed to `sink` stay passed).
JsonNode parse_json_tree(std::string_view text, const std::string& file_name, std::size_t max_depth,
                         std::initializer_list<std::string_view> streamed_keys = {},
                         const JsonRecordSink& sink = {});

/// JSON string literal of UTF-8 `text`: quotes, `"` `\` and control characters escaped.
std::string json_quote(std::string_view text);

/// Name of a JSON type for messages: "a string", "an array" ...
std::string_view json_type_name(const JsonNode& node);

/// The text of a JSON string, number (an integer as written, otherwise in shortest
/// round-trip form) or boolean ("true"/"false"); nothing for null, arrays and objects.
std::optional<std::string> json_scalar_text(const JsonNode& node);

/// Compact JSON text of a value (no blanks; numbers as json_scalar_text writes them).
std::string json_compact(const JsonNode& node);

}  // namespace coopnet::detail
