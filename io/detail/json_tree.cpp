#include "io/detail/json_tree.hpp"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <iterator>
#include <nlohmann/json.hpp>

#include "core/error.hpp"
#include "core/number_format.hpp"
#include "core/text.hpp"
#include "io/detail/line_index.hpp"

namespace coopnet::detail {

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
// refuses nesting deeper than `max_depth`.
class TreeBuilder {
public:
    TreeBuilder(std::string_view text, const char** mark, std::size_t max_depth,
                std::initializer_list<std::string_view> streamed_keys, const JsonRecordSink& sink)
        : text_(text),
          mark_(mark),
          max_depth_(max_depth),
          streamed_keys_(streamed_keys),
          sink_(sink) {}

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
        if (stack_.size() + 1 > max_depth_) {
            fail(offset, "JSON nested deeper than " + std::to_string(max_depth_) +
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
    std::size_t max_depth_;
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

JsonNode parse_json_tree(std::string_view text, const std::string& file_name, std::size_t max_depth,
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
    TreeBuilder builder(text, &mark, max_depth, streamed_keys, sink);
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
                append_compact(out, node.items[i]);  // as deep as the parser allowed
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

}  // namespace coopnet::detail
