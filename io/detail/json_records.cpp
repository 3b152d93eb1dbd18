#include "io/detail/json_records.hpp"

#include <algorithm>
#include <cmath>
#include <tuple>

#include "core/number_format.hpp"
#include "core/text.hpp"

namespace coopnet::detail {

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
        } else if (member.name == "label" || member.name == "sector") {
            SharedString& field = member.name == "label" ? actor.label : actor.sector;
            std::string value = field;
            text(member, noun + " \"" + member.name + "\"", value);
            field = std::move(value);
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
    for (const TieRef& tie : network.ties()) {
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

}  // namespace coopnet::detail
