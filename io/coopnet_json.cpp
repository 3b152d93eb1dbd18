#include "io/coopnet_json.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <iterator>
#include <nlohmann/json.hpp>
#include <set>
#include <tuple>

#include "core/number_format.hpp"
#include "core/text.hpp"
#include "io/detail/file_reader.hpp"

namespace coopnet {

namespace detail {

const JsonNode* JsonNode::find(std::string_view key) const {
    for (const JsonMember& member : members) {
        if (member.name == key) return &member.value;
    }
    return nullptr;
}

std::string_view strip_bom(std::string_view text) {
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    return text;
}

namespace {

// An input iterator over the text that publishes how far nlohmann's lexer has read: the
// SAX callbacks carry no positions, so each value's offset is derived from this mark.
class CountingIterator {
public:
    using iterator_category = std::input_iterator_tag;
    using value_type = char;
    using difference_type = std::ptrdiff_t;
    using pointer = const char*;
    using reference = const char&;

    CountingIterator(const char* position, const char** mark) : position_(position), mark_(mark) {}
    reference operator*() const { return *position_; }
    CountingIterator& operator++() {
        ++position_;
        *mark_ = position_;
        return *this;
    }
    CountingIterator operator++(int) {
        CountingIterator before = *this;
        ++*this;
        return before;
    }
    friend bool operator==(const CountingIterator& a, const CountingIterator& b) {
        return a.position_ == b.position_;
    }

private:
    const char* position_;
    const char** mark_;
};

JsonNode make_node(JsonNode::Type type, std::size_t offset) {
    JsonNode node;
    node.type = type;
    node.offset = offset;
    return node;
}

bool is_number_char(char c) {
    return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
}

// Builds the positioned tree from SAX events with an explicit stack (no recursion), and
// refuses nesting deeper than kMaxJsonDepth.
class TreeBuilder {
public:
    TreeBuilder(std::string_view text, const char** mark,
                std::initializer_list<std::string_view> streamed_keys, const JsonRecordSink& sink)
        : text_(text), mark_(mark), streamed_keys_(streamed_keys), sink_(sink) {}

    bool null() { return add_scalar(make_node(JsonNode::Type::Null, consumed() - 4)); }
    bool boolean(bool value) {
        JsonNode node = make_node(JsonNode::Type::Boolean, consumed() - (value ? 4 : 5));
        node.boolean = value;
        return add_scalar(std::move(node));
    }
    bool number_integer(std::int64_t value) {
        return add_integer(static_cast<double>(value), std::to_string(value));
    }
    bool number_unsigned(std::uint64_t value) {
        return add_integer(static_cast<double>(value), std::to_string(value));
    }
    bool number_float(double value, const std::string& /*raw*/) {
        JsonNode node = make_node(JsonNode::Type::Number, number_start());
        node.number = value;
        return add_scalar(std::move(node));
    }
    bool string(std::string& value) {
        JsonNode node = make_node(JsonNode::Type::String, string_start());
        node.text = std::move(value);
        return add_scalar(std::move(node));
    }
    bool binary(nlohmann::json::binary_t& /*value*/) { return false; }  // not in JSON text

    bool start_object(std::size_t /*size*/) { return open(JsonNode::Type::Object); }
    bool key(std::string& name) {
        stack_.back()->members.push_back(JsonMember{std::move(name), string_start(), {}});
        return true;
    }
    bool end_object() { return close(); }
    bool start_array(std::size_t /*size*/) { return open(JsonNode::Type::Array); }
    bool end_array() { return close(); }

    bool parse_error(std::size_t position, const std::string& /*last_token*/,
                     const nlohmann::json::exception& error) {
        // position counts the characters read; the offending one is the last of them.
        const std::size_t offset = std::min(position == 0 ? 0 : position - 1, text_.size());
        std::string message = error.what();
        // "[json.exception.parse_error.101] parse error at line 1, column 2: syntax error ..."
        if (const auto bracket = message.find("] "); bracket != std::string::npos) {
            message.erase(0, bracket + 2);
        }
        if (message.rfind("parse error", 0) == 0) {
            if (const auto colon = message.find(": "); colon != std::string::npos) {
                message.erase(0, colon + 2);
            }
        }
        fail(offset, "invalid JSON: " + message);
        return false;
    }

    [[nodiscard]] bool failed() const { return failed_; }
    [[nodiscard]] std::size_t error_offset() const { return error_offset_; }
    [[nodiscard]] const std::string& error_message() const { return error_message_; }
    JsonNode take_root() { return std::move(root_); }

private:
    std::size_t consumed() const { return static_cast<std::size_t>(*mark_ - text_.data()); }

    // The lexer has read the closing quote; walk back to the opening one, which is the
    // first quote not escaped by an odd run of backslashes (a raw quote cannot occur inside).
    std::size_t string_start() const {
        std::size_t i = consumed() - 1;
        while (i > 0) {
            --i;
            if (text_[i] != '"') continue;
            std::size_t backslashes = 0;
            while (backslashes < i && text_[i - 1 - backslashes] == '\\') ++backslashes;
            if (backslashes % 2 == 0) return i;
        }
        return 0;
    }

    // The lexer reads one character past a number (unless at the end) before handing it over.
    std::size_t number_start() const {
        std::size_t end = consumed();
        if (end > 0 && !is_number_char(text_[end - 1])) --end;
        std::size_t start = end;
        while (start > 0 && is_number_char(text_[start - 1])) --start;
        return start;
    }

    bool add_integer(double value, std::string text) {
        JsonNode node = make_node(JsonNode::Type::Number, number_start());
        node.number = value;
        node.integer = true;
        node.text = std::move(text);
        return add_scalar(std::move(node));
    }

    JsonNode* place(JsonNode node) {
        if (stack_.empty()) {
            root_ = std::move(node);
            return &root_;
        }
        JsonNode& parent = *stack_.back();
        if (parent.type == JsonNode::Type::Array) {
            parent.items.push_back(std::move(node));
            return &parent.items.back();
        }
        parent.members.back().value = std::move(node);
        return &parent.members.back().value;
    }

    bool add_scalar(JsonNode node) {
        place(std::move(node));
        if (stack_.size() == 2 && stack_.back() == streamed_array_) emit_record();
        return true;
    }

    // Hands the just completed element of the streamed array to the sink, then drops it.
    void emit_record() {
        sink_(streamed_key_, streamed_array_->items.back());
        streamed_array_->items.pop_back();
    }

    bool open(JsonNode::Type type) {
        const std::size_t offset = consumed() - 1;
        if (stack_.size() + 1 > kMaxJsonDepth) {
            fail(offset, "JSON nested deeper than " + std::to_string(kMaxJsonDepth) +
                             " levels; refusing to read further");
            return false;
        }
        // Only the innermost open container grows, so the pointers to its ancestors held
        // on the stack stay valid.
        stack_.push_back(place(make_node(type, offset)));
        if (stack_.size() == 2 && type == JsonNode::Type::Array && sink_ &&
            stack_.front()->type == JsonNode::Type::Object) {
            const std::string& key = stack_.front()->members.back().name;
            if (std::find(streamed_keys_.begin(), streamed_keys_.end(), key) !=
                streamed_keys_.end()) {
                streamed_array_ = stack_.back();
                streamed_key_ = key;
            }
        }
        return true;
    }

    bool close() {
        if (stack_.back() == streamed_array_) streamed_array_ = nullptr;
        stack_.pop_back();
        if (stack_.size() == 2 && stack_.back() == streamed_array_) emit_record();
        return true;
    }

    void fail(std::size_t offset, std::string message) {
        if (failed_) return;
        failed_ = true;
        error_offset_ = offset;
        error_message_ = std::move(message);
    }

    std::string_view text_;
    const char** mark_;
    JsonNode root_;
    std::vector<JsonNode*> stack_;
    std::initializer_list<std::string_view> streamed_keys_;
    const JsonRecordSink& sink_;
    JsonNode* streamed_array_ = nullptr;  ///< the open top-level array being streamed
    std::string streamed_key_;
    bool failed_ = false;
    std::size_t error_offset_ = 0;
    std::string error_message_;
};

}  // namespace

JsonNode parse_json_tree(std::string_view text, const std::string& file_name,
                         std::initializer_list<std::string_view> streamed_keys,
                         const JsonRecordSink& sink) {
    const LineIndex lines(text);
    if (const auto bad = find_invalid_utf8(text)) {
        char byte[8];
        std::snprintf(byte, sizeof byte, "0x%02X", static_cast<unsigned char>(text[*bad]));
        throw InputError(lines.locate(file_name, *bad), std::string("invalid UTF-8 (byte ") + byte +
                                                            "); JSON files must be UTF-8 encoded");
    }
    if (trim(text).empty()) {
        throw InputError(lines.locate(file_name, 0), "the file is empty; expected a JSON object");
    }
    const char* mark = text.data();
    TreeBuilder builder(text, &mark, streamed_keys, sink);
    const bool ok = nlohmann::json::sax_parse(
        CountingIterator(text.data(), &mark), CountingIterator(text.data() + text.size(), &mark),
        &builder, nlohmann::json::input_format_t::json, /*strict=*/true,
        /*ignore_comments=*/false);
    if (!ok || builder.failed()) {
        const std::string message =
            builder.failed() ? builder.error_message() : std::string("invalid JSON");
        throw InputError(lines.locate(file_name, builder.error_offset()), message);
    }
    return builder.take_root();
}

std::string json_quote(std::string_view text) {
    std::string out;
    out.reserve(text.size() + 2);
    out += '"';
    for (const char c : text) {
        switch (c) {
            case '"':
                out += "\\\"";
                break;
            case '\\':
                out += "\\\\";
                break;
            case '\b':
                out += "\\b";
                break;
            case '\f':
                out += "\\f";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\r':
                out += "\\r";
                break;
            case '\t':
                out += "\\t";
                break;
            default:
                if (static_cast<unsigned char>(c) < 0x20) {
                    char escape[8];
                    std::snprintf(escape, sizeof escape, "\\u%04x", static_cast<unsigned>(c));
                    out += escape;
                } else {
                    out += c;
                }
        }
    }
    out += '"';
    return out;
}

std::string_view json_type_name(const JsonNode& node) {
    switch (node.type) {
        case JsonNode::Type::Null:
            return "null";
        case JsonNode::Type::Boolean:
            return "a boolean";
        case JsonNode::Type::Number:
            return "a number";
        case JsonNode::Type::String:
            return "text";
        case JsonNode::Type::Array:
            return "an array";
        case JsonNode::Type::Object:
            return "an object";
    }
    return "a value";
}

std::optional<std::string> json_id_text(const JsonNode& node) {
    if (node.type == JsonNode::Type::String) return node.text;
    if (node.type == JsonNode::Type::Number && node.integer) return node.text;
    return std::nullopt;
}

std::optional<PartialDate> json_date(const JsonNode& node) {
    if (node.type == JsonNode::Type::String) return PartialDate::parse(node.text);
    if (node.type == JsonNode::Type::Number && node.number >= 0 && node.number <= 9999 &&
        node.number == std::floor(node.number)) {
        return PartialDate{static_cast<int>(node.number), 0, 0};
    }
    return std::nullopt;
}

Network build_in_file_order(NetworkBuilder& builder) {
    try {
        return builder.build();
    } catch (const InputError& error) {
        std::vector<Diagnostic> problems = error.problems();
        std::stable_sort(problems.begin(), problems.end(),
                         [](const Diagnostic& a, const Diagnostic& b) {
                             return std::tie(a.where.line, a.where.column) <
                                    std::tie(b.where.line, b.where.column);
                         });
        throw InputError(std::move(problems));
    }
}

std::optional<std::string> json_scalar_text(const JsonNode& node) {
    switch (node.type) {
        case JsonNode::Type::String:
            return node.text;
        case JsonNode::Type::Number:
            return node.integer ? node.text : format_number(node.number);
        case JsonNode::Type::Boolean:
            return std::string(node.boolean ? "true" : "false");
        default:
            return std::nullopt;
    }
}

namespace {

void append_compact(std::string& out, const JsonNode& node) {
    switch (node.type) {
        case JsonNode::Type::Array:
            out += '[';
            for (std::size_t i = 0; i < node.items.size(); ++i) {
                if (i > 0) out += ',';
                append_compact(out, node.items[i]);  // depth <= kMaxJsonDepth
            }
            out += ']';
            return;
        case JsonNode::Type::Object:
            out += '{';
            for (std::size_t i = 0; i < node.members.size(); ++i) {
                if (i > 0) out += ',';
                out += json_quote(node.members[i].name);
                out += ':';
                append_compact(out, node.members[i].value);
            }
            out += '}';
            return;
        case JsonNode::Type::String:
            out += json_quote(node.text);
            return;
        case JsonNode::Type::Null:
            out += "null";
            return;
        default:
            out += *json_scalar_text(node);
    }
}

}  // namespace

std::string json_compact(const JsonNode& node) {
    std::string out;
    append_compact(out, node);
    return out;
}

JsonRecordReader::JsonRecordReader(const std::string& file, std::string_view text,
                                   JsonRecordStyle style)
    : file_(file), lines_(text), style_(style) {}

bool JsonRecordReader::tie_member(const JsonMember& /*member*/) { return false; }

SourceLocation JsonRecordReader::at(std::size_t offset) const {
    return lines_.locate(file_, offset);
}

void JsonRecordReader::report(std::size_t offset, std::string message) {
    builder_.report(at(offset), std::move(message));
}

void JsonRecordReader::warn(std::size_t offset, std::string message) {
    warnings_.push_back({at(offset), std::move(message)});
}

std::string JsonRecordReader::mistyped(std::string_view what, std::string_view expected,
                                       const JsonNode& value) {
    return std::string(what) + " must be " + std::string(expected) + ", not " +
           std::string(json_type_name(value));
}

bool JsonRecordReader::absent(const JsonNode& node, std::string_view key) {
    const JsonNode* value = node.find(key);
    return value == nullptr || value->type == JsonNode::Type::Null;
}

bool JsonRecordReader::first_time(std::set<std::string_view>& seen, const JsonMember& member) {
    if (seen.insert(member.name).second) return true;
    report(member.offset, "duplicate key \"" + member.name + "\"");
    return false;
}

bool JsonRecordReader::require_object(const JsonNode& node, std::string_view what) {
    if (node.type == JsonNode::Type::Object) return true;
    report(node.offset,
           std::string(what) + " must be a JSON object, not " + std::string(json_type_name(node)));
    return false;
}

std::optional<std::string> JsonRecordReader::id(const JsonMember& member, const std::string& what) {
    if (auto text = json_id_text(member.value)) return text;
    if (member.value.type != JsonNode::Type::Null) {
        report(member.offset, mistyped(what, "text or an integer", member.value));
    }
    return std::nullopt;
}

void JsonRecordReader::text(const JsonMember& member, const std::string& what, std::string& out) {
    const JsonNode& value = member.value;
    if (value.type == JsonNode::Type::String) {
        out = value.text;
    } else if (auto scalar = json_scalar_text(value); scalar && style_.scalar_text) {
        out = std::move(*scalar);
    } else if (value.type != JsonNode::Type::Null) {
        report(member.offset, mistyped(what, "text", value));
    }
}

void JsonRecordReader::date(const JsonMember& member, const std::string& what,
                            std::optional<PartialDate>& out) {
    const JsonNode& value = member.value;
    if (value.type == JsonNode::Type::Null) return;
    if (auto parsed = json_date(value)) {
        out = parsed;
        return;
    }
    std::string shown = value.type == JsonNode::Type::String   ? "\"" + value.text + "\""
                        : value.type == JsonNode::Type::Number ? format_number(value.number)
                                                               : std::string(json_type_name(value));
    report(member.offset, what +
                              " must be a year (2003) or a date \"YYYY\", \"YYYY-MM\" or "
                              "\"YYYY-MM-DD\", not " +
                              shown);
}

void JsonRecordReader::weight(const JsonMember& member, double& out) {
    const JsonNode& value = member.value;
    if (value.type == JsonNode::Type::Null) return;
    if (value.type != JsonNode::Type::Number) {
        report(member.offset, mistyped(std::string(style_.tie) + " \"weight\"", "a number", value));
    } else if (!(value.number > 0)) {
        report(member.offset,
               "tie weight must be a finite number > 0, not " + format_number(value.number));
    } else {
        out = value.number;
    }
}

void JsonRecordReader::attribute(const JsonMember& member, Record record, Attributes& out) {
    const JsonNode& value = member.value;
    switch (value.type) {
        case JsonNode::Type::Null:
            return;
        case JsonNode::Type::String:
            out[member.name] = value.text;
            return;
        case JsonNode::Type::Number:
            out[member.name] = value.number;
            return;
        case JsonNode::Type::Boolean:
            out[member.name] = std::string(value.boolean ? "true" : "false");
            return;
        case JsonNode::Type::Array:
        case JsonNode::Type::Object:
            break;
    }
    const std::string_view noun = record == Record::Actor ? style_.actor
                                  : record == Record::Tie ? style_.tie
                                                          : std::string_view("project");
    if (style_.nested == NestedAttributes::Refuse) {
        const std::string_view with_article = record == Record::Actor ? style_.an_actor
                                              : record == Record::Tie
                                                  ? style_.a_tie
                                                  : std::string_view("a project");
        report(member.offset, "attribute \"" + member.name + "\" of " + std::string(with_article) +
                                  " is " + std::string(json_type_name(value)) +
                                  "; attribute values must be text, numbers or booleans");
        return;
    }
    out[member.name] = json_compact(value);
    if (nested_warned_.insert(std::string(noun) + '\n' + member.name).second) {
        warn(member.offset, std::string(noun) + " attribute \"" + member.name + "\" holds " +
                                std::string(json_type_name(value)) + "; kept as its JSON text");
    }
}

void JsonRecordReader::read_actor(const JsonNode& node) {
    if (!require_object(node, style_.an_actor)) return;
    const std::string noun(style_.actor);
    Actor actor;
    bool has_id = false;
    std::set<std::string_view> seen;
    for (const JsonMember& member : node.members) {
        if (!first_time(seen, member)) continue;
        if (member.name == "id") {
            if (auto value = id(member, noun + " \"id\"")) {
                actor.id = std::move(*value);
                has_id = true;
            }
        } else if (member.name == "label") {
            text(member, noun + " \"label\"", actor.label);
        } else if (member.name == "sector") {
            text(member, noun + " \"sector\"", actor.sector);
        } else {
            attribute(member, Record::Actor, actor.attributes);
        }
    }
    if (!has_id) {
        if (absent(node, "id")) report(node.offset, noun + " has no \"id\"");
        return;
    }
    builder_.add_actor(std::move(actor), at(node.offset));
}

void JsonRecordReader::read_tie(const JsonNode& node) {
    if (!require_object(node, style_.a_tie)) return;
    const std::string noun(style_.tie);
    TieRecord tie;
    bool has_source = false;
    bool has_target = false;
    std::set<std::string_view> seen;
    for (const JsonMember& member : node.members) {
        if (!first_time(seen, member)) continue;
        if (member.name == "source" || member.name == "target") {
            if (auto value = id(member, noun + " \"" + member.name + "\"")) {
                (member.name == "source" ? tie.source : tie.target) = std::move(*value);
                (member.name == "source" ? has_source : has_target) = true;
            }
        } else if (member.name == "weight") {
            weight(member, tie.weight);
        } else if (member.name == "kind") {
            text(member, noun + " \"kind\"", tie.kind);
        } else if (member.name == "since") {
            date(member, noun + " \"since\"", tie.period.since);
        } else if (member.name == "until") {
            date(member, noun + " \"until\"", tie.period.until);
        } else if (!tie_member(member)) {
            attribute(member, Record::Tie, tie.attributes);
        }
    }
    for (const char* end : {"source", "target"}) {
        if (absent(node, end)) report(node.offset, noun + " has no \"" + end + "\"");
    }
    if (!has_source || !has_target) return;
    builder_.add_tie(std::move(tie), at(node.offset));
}

void JsonRecordReader::require_top_object(const JsonNode& root, std::string_view array_key) const {
    if (root.type == JsonNode::Type::Object) return;
    throw InputError(at(root.offset), "the top level must be a JSON object with \"" +
                                          std::string(array_key) + "\", not " +
                                          std::string(json_type_name(root)));
}

std::optional<bool> JsonRecordReader::flag(const JsonMember& member) {
    if (member.value.type == JsonNode::Type::Boolean) return member.value.boolean;
    if (member.value.type != JsonNode::Type::Null) {
        report(member.offset, mistyped("\"" + member.name + "\"", "true or false", member.value));
    }
    return std::nullopt;
}

const JsonNode* JsonRecordReader::array(const JsonMember& member) {
    if (member.value.type == JsonNode::Type::Array) return &member.value;
    if (member.value.type != JsonNode::Type::Null) {
        report(member.offset, mistyped("\"" + member.name + "\"", "an array", member.value));
    }
    return nullptr;
}

ReadResult JsonRecordReader::finish_build() {
    ReadResult result;
    result.network = build_in_file_order(builder_);
    result.warnings = std::move(warnings_);
    return result;
}

namespace {

void check_json_text(std::string_view text, const std::string& what) {
    if (find_invalid_utf8(text)) {
        throw InvalidArgument("cannot write JSON: " + what + " is not valid UTF-8");
    }
}

void check_json_attributes(const Attributes& attributes,
                           const std::vector<std::string_view>& reserved,
                           const std::string& owner) {
    for (const auto& [name, value] : attributes) {
        check_json_text(name, "an attribute name of " + owner);
        if (std::find(reserved.begin(), reserved.end(), name) != reserved.end()) {
            throw InvalidArgument("cannot write coopnet JSON: " + owner +
                                  " has an attribute named \"" + name +
                                  "\", which is a reserved key there");
        }
        if (const auto* number = std::get_if<double>(&value)) {
            if (!std::isfinite(*number)) {
                throw InvalidArgument("cannot write JSON: attribute \"" + name + "\" of " + owner +
                                      " is " + format_number(*number) +
                                      ", which JSON cannot represent");
            }
        } else {
            check_json_text(std::get<std::string>(value), "attribute \"" + name + "\" of " + owner);
        }
    }
}

}  // namespace

void check_json_writable(const Network& network, const JsonWriteChecks& checks) {
    check_json_text(network.name(), "the network name");
    for (const Actor& actor : network.actors()) {
        const std::string owner = "actor '" + actor.id + "'";
        check_json_text(actor.id, "an actor id");
        check_json_text(actor.label, "the label of " + owner);
        check_json_text(actor.sector, "the sector of " + owner);
        check_json_attributes(actor.attributes, checks.actor_reserved, owner);
    }
    std::size_t index = 0;
    for (const Tie& tie : network.ties()) {
        const std::string owner = "tie " + std::to_string(++index);
        if (!std::isfinite(tie.weight)) {
            throw InvalidArgument("cannot write JSON: the weight of " + owner + " is " +
                                  format_number(tie.weight));
        }
        check_json_text(tie.kind, "the kind of " + owner);
        check_json_attributes(tie.attributes, checks.tie_reserved, owner);
    }
    if (!checks.projects) return;
    for (const Project& project : network.projects()) {
        const std::string owner = "project '" + project.id + "'";
        check_json_text(project.id, "a project id");
        check_json_text(project.label, "the label of " + owner);
        check_json_attributes(project.attributes, checks.project_reserved, owner);
    }
}

}  // namespace detail

namespace {

using detail::JsonMember;
using detail::JsonNode;

// Walks the positioned tree of a coopnet JSON document into a NetworkBuilder, reporting
// each problem at the key or record where it was found.
class CoopnetReader : public detail::JsonRecordReader {
public:
    CoopnetReader(const std::string& file, std::string_view text)
        : JsonRecordReader(file, text, {"actor", "an actor", "tie", "a tie"}) {}

    /// One element of the top-level "actors", "ties" or "projects" array, streamed.
    void record(const std::string& array_key, const JsonNode& node) {
        if (array_key == "actors") {
            read_actor(node);
        } else if (array_key == "ties") {
            read_tie(node);
        } else {
            read_project(node);
        }
    }

    /// The rest of the document (its streamed arrays are empty by now), then the build.
    ReadResult finish(const JsonNode& root) {
        require_top_object(root, "actors");
        const JsonNode* actors = nullptr;
        const JsonNode* ties = nullptr;
        const JsonNode* projects = nullptr;
        std::set<std::string_view> seen;
        for (const JsonMember& member : root.members) {
            if (!first_time(seen, member)) continue;
            const JsonNode& value = member.value;
            if (member.name == "name") {
                if (value.type == JsonNode::Type::String) {
                    builder_.set_name(value.text, at(member.offset));
                } else if (value.type != JsonNode::Type::Null) {
                    report(member.offset, mistyped("\"name\"", "text", value));
                }
            } else if (member.name == "directed") {
                if (const auto directed = flag(member)) builder_.set_directed(*directed);
            } else if (member.name == "actors") {
                actors = array(member);
            } else if (member.name == "ties") {
                ties = array(member);
            } else if (member.name == "projects") {
                projects = array(member);
            } else {
                warn(member.offset, "unknown top-level key \"" + member.name + "\" ignored");
            }
        }
        if (actors == nullptr && absent(root, "actors")) {
            std::string message = "no \"actors\" array: not a coopnet JSON document";
            if (root.find("nodes") != nullptr) message += " (a networkx node-link file?)";
            report(root.offset, message);
        }
        if (actors != nullptr) {
            for (const JsonNode& actor : actors->items) read_actor(actor);
        }
        if (ties != nullptr) {
            for (const JsonNode& tie : ties->items) read_tie(tie);
        }
        if (projects != nullptr) {
            for (const JsonNode& project : projects->items) read_project(project);
        }
        return finish_build();
    }

private:
    void read_project(const JsonNode& node) {
        if (!require_object(node, "a project")) return;
        ProjectRecord project;
        bool has_id = false;
        const JsonMember* members = nullptr;
        std::set<std::string_view> seen;
        for (const JsonMember& member : node.members) {
            if (!first_time(seen, member)) continue;
            if (member.name == "id") {
                if (auto value = id(member, "project \"id\"")) {
                    project.id = std::move(*value);
                    has_id = true;
                }
            } else if (member.name == "label") {
                text(member, "project \"label\"", project.label);
            } else if (member.name == "since") {
                date(member, "project \"since\"", project.period.since);
            } else if (member.name == "until") {
                date(member, "project \"until\"", project.period.until);
            } else if (member.name == "members") {
                if (member.value.type == JsonNode::Type::Array) {
                    members = &member;
                } else if (member.value.type != JsonNode::Type::Null) {
                    report(member.offset,
                           mistyped("project \"members\"", "an array", member.value));
                }
            } else {
                attribute(member, Record::Project, project.attributes);
            }
        }
        if (!has_id) {
            if (absent(node, "id")) report(node.offset, "project has no \"id\"");
            return;
        }
        const std::string project_id = project.id;
        builder_.add_project(std::move(project), at(node.offset));
        if (members == nullptr) return;
        for (const JsonNode& item : members->value.items) {
            if (auto actor = detail::json_id_text(item)) {
                builder_.add_membership(project_id, std::move(*actor), at(item.offset));
            } else {
                report(item.offset,
                       mistyped("a project member", "an actor id (text or an integer)", item));
            }
        }
    }
};

// --- writing -------------------------------------------------------------------------------

void check_writable(const Network& network) {
    detail::check_json_writable(network, {/*projects=*/true,
                                          {"id", "label", "sector"},
                                          {"source", "target", "weight", "kind", "since", "until"},
                                          {"id", "label", "since", "until", "members"}});
}

void write_member(std::ostream& out, std::string_view name, const std::string& json_value) {
    out << ", " << detail::json_quote(name) << ": " << json_value;
}

void write_attributes(std::ostream& out, const Attributes& attributes) {
    for (const auto& [name, value] : attributes) {
        if (const auto* number = std::get_if<double>(&value)) {
            write_member(out, name, format_number(*number));
        } else {
            write_member(out, name, detail::json_quote(std::get<std::string>(value)));
        }
    }
}

void write_period(std::ostream& out, const Period& period) {
    if (period.since) write_member(out, "since", detail::json_quote(period.since->to_string()));
    if (period.until) write_member(out, "until", detail::json_quote(period.until->to_string()));
}

// Writes `"key": [` then one record per line, each by `write_one`, then `]`.
template <typename Range, typename Write>
void write_array(std::ostream& out, std::string_view key, const Range& records, Write write_one,
                 bool last) {
    out << "  " << detail::json_quote(key) << ": [";
    bool first = true;
    for (const auto& record : records) {
        out << (first ? "\n    " : ",\n    ");
        write_one(record);
        first = false;
    }
    out << (first ? "]" : "\n  ]") << (last ? "\n" : ",\n");
}

}  // namespace

ReadResult parse_coopnet_json(std::string_view text, const std::string& file_name) {
    text = detail::strip_bom(text);
    CoopnetReader reader(file_name, text);
    const JsonNode root = detail::parse_json_tree(
        text, file_name, {"actors", "ties", "projects"},
        [&](const std::string& key, const JsonNode& record) { reader.record(key, record); });
    return reader.finish(root);
}

ReadResult read_coopnet_json(const std::filesystem::path& path) {
    const std::string text = detail::read_whole_file(path);
    return parse_coopnet_json(text, path.string());
}

void write_coopnet_json(const Network& network, std::ostream& out) {
    check_writable(network);
    using detail::json_quote;
    out << "{\n";
    out << "  \"name\": " << json_quote(network.name()) << ",\n";
    out << "  \"directed\": " << (network.directed() ? "true" : "false") << ",\n";
    write_array(
        out, "actors", network.actors(),
        [&](const Actor& actor) {
            out << "{\"id\": " << json_quote(actor.id);
            write_member(out, "label", json_quote(actor.label));
            write_member(out, "sector", json_quote(actor.sector));
            write_attributes(out, actor.attributes);
            out << '}';
        },
        false);
    write_array(
        out, "ties", network.ties(),
        [&](const Tie& tie) {
            out << "{\"source\": " << json_quote(network.actor(tie.source).id);
            write_member(out, "target", json_quote(network.actor(tie.target).id));
            write_member(out, "weight", format_number(tie.weight));
            write_member(out, "kind", json_quote(tie.kind));
            write_period(out, tie.period);
            write_attributes(out, tie.attributes);
            out << '}';
        },
        false);
    write_array(
        out, "projects", network.projects(),
        [&](const Project& project) {
            out << "{\"id\": " << json_quote(project.id);
            write_member(out, "label", json_quote(project.label));
            write_period(out, project.period);
            std::string members = "[";
            for (const NodeId member : project.members) {
                if (members.size() > 1) members += ", ";
                members += json_quote(network.actor(member).id);
            }
            write_member(out, "members", members + "]");
            write_attributes(out, project.attributes);
            out << '}';
        },
        true);
    out << "}\n";
}

}  // namespace coopnet
