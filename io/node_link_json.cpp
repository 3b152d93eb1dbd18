#include "io/node_link_json.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <utility>

#include "core/number_format.hpp"
#include "core/text.hpp"
#include "io/coopnet_json.hpp"

namespace coopnet {

namespace {

using detail::JsonMember;
using detail::JsonNode;

// Compact JSON text of a value (no blanks), for array and object attributes.
void append_compact(std::string& out, const JsonNode& node) {
    switch (node.type) {
        case JsonNode::Type::Null:
            out += "null";
            return;
        case JsonNode::Type::Boolean:
            out += node.boolean ? "true" : "false";
            return;
        case JsonNode::Type::Number:
            out += node.integer ? node.text : format_number(node.number);
            return;
        case JsonNode::Type::String:
            out += detail::json_quote(node.text);
            return;
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
                out += detail::json_quote(node.members[i].name);
                out += ':';
                append_compact(out, node.members[i].value);
            }
            out += '}';
            return;
    }
}

std::string mistyped(const std::string& what, const std::string& expected, const JsonNode& value) {
    return what + " must be " + expected + ", not " + std::string(detail::json_type_name(value));
}

class NodeLinkReader {
public:
    NodeLinkReader(const std::string& file, std::string_view text) : file_(file), lines_(text) {}

    /// One element of the top-level "nodes", "edges" or "links" array, streamed. Only the
    /// first of "edges" and "links" is read; finish() reports when both are given.
    void record(const std::string& array_key, const JsonNode& node) {
        if (array_key == "nodes") {
            read_node(node);
            return;
        }
        if (edge_key_.empty()) edge_key_ = array_key;
        if (array_key == edge_key_) read_edge(node);
    }

    /// The rest of the document (its streamed arrays are empty by now), then the build.
    ReadResult finish(const JsonNode& root) {
        if (root.type != JsonNode::Type::Object) {
            throw InputError(at(root.offset),
                             "the top level must be a JSON object with "
                             "\"nodes\", not " +
                                 std::string(detail::json_type_name(root)));
        }
        const JsonNode* nodes = nullptr;
        const JsonNode* edges = nullptr;
        std::set<std::string_view> seen;
        for (const JsonMember& member : root.members) {
            if (!first_time(seen, member)) continue;
            const JsonNode& value = member.value;
            if (member.name == "directed" || member.name == "multigraph") {
                if (value.type == JsonNode::Type::Boolean) {
                    if (member.name == "directed") builder_.set_directed(value.boolean);
                } else if (value.type != JsonNode::Type::Null) {
                    report(member.offset,
                           mistyped("\"" + member.name + "\"", "true or false", value));
                }
            } else if (member.name == "graph") {
                read_graph(member);
            } else if (member.name == "nodes" || member.name == "links" || member.name == "edges") {
                if (value.type == JsonNode::Type::Null) continue;
                if (value.type != JsonNode::Type::Array) {
                    report(member.offset, mistyped("\"" + member.name + "\"", "an array", value));
                    continue;
                }
                if (member.name == "nodes") {
                    nodes = &value;
                } else if (edges != nullptr) {
                    report(member.offset, "both \"links\" and \"edges\" given; expected one");
                } else {
                    edges = &value;
                }
            } else {
                warn(member.offset, "unknown top-level key \"" + member.name + "\" ignored");
            }
        }
        if (nodes == nullptr && absent(root, "nodes")) {
            std::string message = "no \"nodes\" array: not a node-link JSON document";
            if (root.find("actors") != nullptr) message += " (a coopnet JSON file?)";
            report(root.offset, message);
        }
        if (nodes != nullptr) {
            for (const JsonNode& node : nodes->items) read_node(node);
        }
        if (edges != nullptr) {
            for (const JsonNode& edge : edges->items) read_edge(edge);
        }
        return ReadResult{detail::build_in_file_order(builder_), std::move(warnings_)};
    }

private:
    SourceLocation at(std::size_t offset) const { return lines_.locate(file_, offset); }
    void report(std::size_t offset, std::string message) {
        builder_.report(at(offset), std::move(message));
    }
    void warn(std::size_t offset, std::string message) {
        warnings_.push_back({at(offset), std::move(message)});
    }

    static bool absent(const JsonNode& node, std::string_view key) {
        const JsonNode* value = node.find(key);
        return value == nullptr || value->type == JsonNode::Type::Null;
    }

    bool first_time(std::set<std::string_view>& seen, const JsonMember& member) {
        if (seen.insert(member.name).second) return true;
        report(member.offset, "duplicate key \"" + member.name + "\"");
        return false;
    }

    void read_graph(const JsonMember& member) {
        const JsonNode& graph = member.value;
        if (graph.type == JsonNode::Type::Object) {
            for (const JsonMember& attribute : graph.members) {
                if (attribute.name == "name") {
                    read_name(attribute.value, attribute.offset);
                } else {
                    warn(attribute.offset, "graph attribute \"" + attribute.name +
                                               "\" dropped: coopnet networks have no graph "
                                               "attributes besides the name");
                }
            }
        } else if (graph.type == JsonNode::Type::Array) {
            // networkx 1.x: [["name", "Karate"], ...]
            for (const JsonNode& pair : graph.items) {
                if (pair.type == JsonNode::Type::Array && pair.items.size() == 2 &&
                    pair.items[0].type == JsonNode::Type::String && pair.items[0].text == "name") {
                    read_name(pair.items[1], pair.offset);
                } else {
                    warn(pair.offset,
                         "graph attribute dropped: coopnet networks have no graph "
                         "attributes besides the name");
                }
            }
        } else if (graph.type != JsonNode::Type::Null) {
            report(member.offset, mistyped("\"graph\"", "an object", graph));
        }
    }

    void read_name(const JsonNode& value, std::size_t offset) {
        if (auto name = scalar_text(value)) {
            builder_.set_name(std::move(*name));
        } else if (value.type != JsonNode::Type::Null) {
            report(offset, mistyped("the graph \"name\"", "text", value));
        }
    }

    // Text of a string, number or boolean; nothing for null, arrays and objects.
    static std::optional<std::string> scalar_text(const JsonNode& value) {
        switch (value.type) {
            case JsonNode::Type::String:
                return value.text;
            case JsonNode::Type::Number:
                return value.integer ? value.text : format_number(value.number);
            case JsonNode::Type::Boolean:
                return std::string(value.boolean ? "true" : "false");
            default:
                return std::nullopt;
        }
    }

    std::optional<std::string> id(const JsonMember& member, const std::string& what) {
        if (auto text = detail::json_id_text(member.value)) return text;
        if (member.value.type != JsonNode::Type::Null) {
            report(member.offset, mistyped(what, "text or an integer", member.value));
        }
        return std::nullopt;
    }

    void text(const JsonMember& member, const std::string& what, std::string& out) {
        if (auto value = scalar_text(member.value)) {
            out = std::move(*value);
        } else if (member.value.type != JsonNode::Type::Null) {
            report(member.offset, mistyped(what, "text", member.value));
        }
    }

    void date(const JsonMember& member, const std::string& what, std::optional<PartialDate>& out) {
        if (member.value.type == JsonNode::Type::Null) return;
        if (auto parsed = detail::json_date(member.value)) {
            out = parsed;
            return;
        }
        std::string shown = member.value.type == JsonNode::Type::String
                                ? "\"" + member.value.text + "\""
                                : std::string(detail::json_type_name(member.value));
        if (member.value.type == JsonNode::Type::Number) shown = format_number(member.value.number);
        report(member.offset, what +
                                  " must be a year (2003) or a date \"YYYY\", \"YYYY-MM\" or "
                                  "\"YYYY-MM-DD\", not " +
                                  shown);
    }

    void attribute(const JsonMember& member, const char* record, Attributes& out) {
        const JsonNode& value = member.value;
        if (value.type == JsonNode::Type::Null) return;
        if (auto text = scalar_text(value)) {
            if (value.type == JsonNode::Type::Number) {
                out[member.name] = value.number;
            } else {
                out[member.name] = std::move(*text);
            }
            return;
        }
        std::string compact;
        append_compact(compact, value);
        out[member.name] = std::move(compact);
        if (nested_warned_.insert(std::string(record) + '\n' + member.name).second) {
            warn(member.offset, std::string(record) + " attribute \"" + member.name + "\" holds " +
                                    std::string(detail::json_type_name(value)) +
                                    "; kept as its JSON text");
        }
    }

    bool require_object(const JsonNode& node, const char* what) {
        if (node.type == JsonNode::Type::Object) return true;
        report(node.offset, std::string(what) + " must be a JSON object, not " +
                                std::string(detail::json_type_name(node)));
        return false;
    }

    void read_node(const JsonNode& node) {
        if (!require_object(node, "a node")) return;
        Actor actor;
        bool has_id = false;
        std::set<std::string_view> seen;
        for (const JsonMember& member : node.members) {
            if (!first_time(seen, member)) continue;
            if (member.name == "id") {
                if (auto value = id(member, "node \"id\"")) {
                    actor.id = std::move(*value);
                    has_id = true;
                }
            } else if (member.name == "label") {
                text(member, "node \"label\"", actor.label);
            } else if (member.name == "sector") {
                text(member, "node \"sector\"", actor.sector);
            } else {
                attribute(member, "node", actor.attributes);
            }
        }
        if (!has_id) {
            if (absent(node, "id")) report(node.offset, "node has no \"id\"");
            return;
        }
        builder_.add_actor(std::move(actor), at(node.offset));
    }

    void read_edge(const JsonNode& node) {
        if (!require_object(node, "an edge")) return;
        TieRecord tie;
        bool has_source = false;
        bool has_target = false;
        std::set<std::string_view> seen;
        for (const JsonMember& member : node.members) {
            if (!first_time(seen, member)) continue;
            if (member.name == "source" || member.name == "target") {
                if (auto value = id(member, "edge \"" + member.name + "\"")) {
                    (member.name == "source" ? tie.source : tie.target) = std::move(*value);
                    (member.name == "source" ? has_source : has_target) = true;
                }
            } else if (member.name == "key") {
                const JsonNode& key = member.value;
                if (!(key.type == JsonNode::Type::Number && key.integer) &&
                    key.type != JsonNode::Type::Null && !key_warned_) {
                    key_warned_ = true;
                    warn(member.offset,
                         "edge keys are not kept (parallel ties stay distinct "
                         "by their order); copy a meaningful key to \"kind\"");
                }
            } else if (member.name == "weight") {
                read_weight(member, tie.weight);
            } else if (member.name == "kind") {
                text(member, "edge \"kind\"", tie.kind);
            } else if (member.name == "since") {
                date(member, "edge \"since\"", tie.period.since);
            } else if (member.name == "until") {
                date(member, "edge \"until\"", tie.period.until);
            } else {
                attribute(member, "edge", tie.attributes);
            }
        }
        for (const char* end : {"source", "target"}) {
            if (absent(node, end)) report(node.offset, std::string("edge has no \"") + end + "\"");
        }
        if (!has_source || !has_target) return;
        builder_.add_tie(std::move(tie), at(node.offset));
    }

    void read_weight(const JsonMember& member, double& weight) {
        const JsonNode& value = member.value;
        if (value.type == JsonNode::Type::Null) return;
        if (value.type != JsonNode::Type::Number) {
            report(member.offset, mistyped("edge \"weight\"", "a number", value));
        } else if (!(value.number > 0)) {
            report(member.offset,
                   "tie weight must be a finite number > 0, not " + format_number(value.number));
        } else {
            weight = value.number;
        }
    }

    const std::string& file_;
    detail::LineIndex lines_;
    NetworkBuilder builder_;
    std::vector<Diagnostic> warnings_;
    std::set<std::string> nested_warned_;
    bool key_warned_ = false;
    std::string edge_key_;  ///< "edges" or "links", whichever came first
};

// --- writing -------------------------------------------------------------------------------

constexpr std::string_view kNodeKeys[] = {"id", "label", "sector"};
constexpr std::string_view kEdgeKeys[] = {"source", "target", "key",  "weight",
                                          "kind",   "since",  "until"};

void check_text(std::string_view text, const std::string& what) {
    if (find_invalid_utf8(text)) {
        throw InvalidArgument("cannot write JSON: " + what + " is not valid UTF-8");
    }
}

void check_attributes(const Attributes& attributes, const std::string& owner) {
    for (const auto& [name, value] : attributes) {
        check_text(name, "an attribute name of " + owner);
        if (const auto* number = std::get_if<double>(&value)) {
            if (!std::isfinite(*number)) {
                throw InvalidArgument("cannot write JSON: attribute \"" + name + "\" of " + owner +
                                      " is " + format_number(*number) +
                                      ", which JSON cannot represent");
            }
        } else {
            check_text(std::get<std::string>(value), "attribute \"" + name + "\" of " + owner);
        }
    }
}

void check_writable(const Network& network) {
    check_text(network.name(), "the network name");
    for (const Actor& actor : network.actors()) {
        const std::string owner = "actor '" + actor.id + "'";
        check_text(actor.id, "an actor id");
        check_text(actor.label, "the label of " + owner);
        check_text(actor.sector, "the sector of " + owner);
        check_attributes(actor.attributes, owner);
    }
    std::size_t index = 0;
    for (const Tie& tie : network.ties()) {
        const std::string owner = "tie " + std::to_string(++index);
        if (!std::isfinite(tie.weight)) {
            throw InvalidArgument("cannot write JSON: the weight of " + owner + " is " +
                                  format_number(tie.weight));
        }
        check_text(tie.kind, "the kind of " + owner);
        check_attributes(tie.attributes, owner);
    }
}

template <std::size_t N>
void write_attributes(std::ostream& out, const Attributes& attributes,
                      const std::string_view (&reserved)[N], const std::string& owner,
                      std::vector<std::string>& warnings) {
    for (const auto& [name, value] : attributes) {
        if (std::find(std::begin(reserved), std::end(reserved), name) != std::end(reserved)) {
            warnings.push_back("attribute \"" + name + "\" of " + owner +
                               " not written: its name is a reserved node-link key");
            continue;
        }
        out << ", " << detail::json_quote(name) << ": ";
        if (const auto* number = std::get_if<double>(&value)) {
            out << format_number(*number);
        } else {
            out << detail::json_quote(std::get<std::string>(value));
        }
    }
}

}  // namespace

ReadResult parse_node_link_json(std::string_view text, const std::string& file_name) {
    text = detail::strip_bom(text);
    NodeLinkReader reader(file_name, text);
    const JsonNode root = detail::parse_json_tree(
        text, file_name, {"nodes", "edges", "links"},
        [&](const std::string& key, const JsonNode& record) { reader.record(key, record); });
    return reader.finish(root);
}

ReadResult read_node_link_json(const std::filesystem::path& path) {
    const std::string text = detail::read_whole_file(path);
    return parse_node_link_json(text, path.string());
}

std::vector<std::string> write_node_link_json(const Network& network, std::ostream& out) {
    check_writable(network);
    using detail::json_quote;
    std::vector<std::string> warnings;

    // Multigraph keys: the n-th tie of a pair gets key n (networkx's lowest unused key).
    std::vector<std::size_t> keys;
    keys.reserve(network.ties().size());
    std::map<std::pair<NodeId, NodeId>, std::size_t> per_pair;
    bool multigraph = false;
    for (const Tie& tie : network.ties()) {
        auto pair = std::make_pair(tie.source, tie.target);
        if (!network.directed() && pair.first > pair.second) std::swap(pair.first, pair.second);
        const std::size_t key = per_pair[pair]++;
        multigraph = multigraph || key > 0;
        keys.push_back(key);
    }

    out << "{\n";
    out << "  \"directed\": " << (network.directed() ? "true" : "false") << ",\n";
    out << "  \"multigraph\": " << (multigraph ? "true" : "false") << ",\n";
    out << "  \"graph\": {";
    if (!network.name().empty()) out << "\"name\": " << json_quote(network.name());
    out << "},\n";

    out << "  \"nodes\": [";
    bool first = true;
    for (const Actor& actor : network.actors()) {
        out << (first ? "\n    " : ",\n    ");
        first = false;
        out << "{\"id\": " << json_quote(actor.id);
        if (!actor.label.empty()) out << ", \"label\": " << json_quote(actor.label);
        out << ", \"sector\": " << json_quote(actor.sector);
        write_attributes(out, actor.attributes, kNodeKeys, "actor '" + actor.id + "'", warnings);
        out << '}';
    }
    out << (first ? "],\n" : "\n  ],\n");

    out << "  \"edges\": [";
    first = true;
    const auto ties = network.ties();
    for (std::size_t i = 0; i < ties.size(); ++i) {
        const Tie& tie = ties[i];
        out << (first ? "\n    " : ",\n    ");
        first = false;
        out << "{\"source\": " << json_quote(network.actor(tie.source).id)
            << ", \"target\": " << json_quote(network.actor(tie.target).id);
        if (multigraph) out << ", \"key\": " << keys[i];
        out << ", \"weight\": " << format_number(tie.weight);
        if (!tie.kind.empty()) out << ", \"kind\": " << json_quote(tie.kind);
        if (tie.period.since) out << ", \"since\": " << json_quote(tie.period.since->to_string());
        if (tie.period.until) out << ", \"until\": " << json_quote(tie.period.until->to_string());
        write_attributes(out, tie.attributes, kEdgeKeys, "tie " + std::to_string(i + 1), warnings);
        out << '}';
    }
    out << (first ? "]\n" : "\n  ]\n");
    out << "}\n";

    for (const Project& project : network.projects()) {
        warnings.push_back("project '" + project.id +
                           "' not written: node-link JSON has no "
                           "projects (neither its " +
                           std::to_string(project.members.size()) +
                           " memberships nor the ties they induce are written)");
    }
    return warnings;
}

}  // namespace coopnet
