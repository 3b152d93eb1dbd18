#include "io/node_link_json.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <utility>

#include "core/number_format.hpp"
#include "io/coopnet_json.hpp"
#include "io/detail/file_reader.hpp"
#include "io/detail/json_records.hpp"
#include "io/detail/json_tree.hpp"

namespace coopnet {

namespace {

using detail::JsonMember;
using detail::JsonNode;

class NodeLinkReader : public detail::JsonRecordReader {
public:
    NodeLinkReader(const std::string& file, std::string_view text)
        : JsonRecordReader(file, text,
                           {"node", "a node", "edge", "an edge", /*scalar_text=*/true,
                            detail::NestedAttributes::KeepAsJsonText}) {}

    /// One element of the top-level "nodes", "edges" or "links" array, streamed. Only the
    /// first of "edges" and "links" is read; finish() reports when both are given.
    void record(const std::string& array_key, const JsonNode& node) {
        if (array_key == "nodes") {
            read_actor(node);
            return;
        }
        if (edge_key_.empty()) edge_key_ = array_key;
        if (array_key == edge_key_) read_tie(node);
    }

    /// The rest of the document (its streamed arrays are empty by now), then the build.
    ReadResult finish(const JsonNode& root) {
        require_top_object(root, "nodes");
        const JsonNode* nodes = nullptr;
        const JsonNode* edges = nullptr;
        std::set<std::string_view> seen;
        for (const JsonMember& member : root.members) {
            if (!first_time(seen, member)) continue;
            if (member.name == "directed") {
                if (const auto directed = flag(member)) builder_.set_directed(*directed);
            } else if (member.name == "multigraph") {
                (void)flag(member);
            } else if (member.name == "graph") {
                read_graph(member);
            } else if (member.name == "nodes") {
                nodes = array(member);
            } else if (member.name == "links" || member.name == "edges") {
                const JsonNode* value = array(member);
                if (value == nullptr) continue;
                if (edges != nullptr) {
                    report(member.offset, "both \"links\" and \"edges\" given; expected one");
                } else {
                    edges = value;
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
            for (const JsonNode& node : nodes->items) read_actor(node);
        }
        if (edges != nullptr) {
            for (const JsonNode& edge : edges->items) read_tie(edge);
        }
        return finish_build();
    }

private:
    // An edge's multigraph `key` is dropped; one that is not an integer gets a warning.
    bool tie_member(const JsonMember& member) override {
        if (member.name != "key") return false;
        const JsonNode& key = member.value;
        if (!(key.type == JsonNode::Type::Number && key.integer) &&
            key.type != JsonNode::Type::Null && !key_warned_) {
            key_warned_ = true;
            warn(member.offset,
                 "edge keys are not kept (parallel ties stay distinct "
                 "by their order); copy a meaningful key to \"kind\"");
        }
        return true;
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
        if (auto name = detail::json_scalar_text(value)) {
            builder_.set_name(std::move(*name), at(offset));
        } else if (value.type != JsonNode::Type::Null) {
            report(offset, mistyped("the graph \"name\"", "text", value));
        }
    }

    bool key_warned_ = false;
    std::string edge_key_;  ///< "edges" or "links", whichever came first
};

// --- writing -------------------------------------------------------------------------------

constexpr std::string_view kNodeKeys[] = {"id", "label", "sector"};
constexpr std::string_view kEdgeKeys[] = {"source", "target", "key",  "weight",
                                          "kind",   "since",  "until"};

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
        text, file_name, kMaxJsonDepth, {"nodes", "edges", "links"},
        [&](const std::string& key, const JsonNode& record) { reader.record(key, record); });
    return reader.finish(root);
}

ReadResult read_node_link_json(const std::filesystem::path& path) {
    const std::string text = detail::read_whole_file(path);
    return parse_node_link_json(text, path.string());
}

std::vector<std::string> write_node_link_json(const Network& network, std::ostream& out,
                                              const NodeLinkWriteOptions& options) {
    detail::check_json_writable(network, {});
    using detail::json_quote;
    std::vector<std::string> warnings;

    // Multigraph keys: the n-th tie of a pair gets key n (networkx's lowest unused key).
    std::vector<std::size_t> keys;
    keys.reserve(network.ties().size());
    std::map<std::pair<NodeId, NodeId>, std::size_t> per_pair;
    bool multigraph = false;
    for (const TieRef& tie : network.ties()) {
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

    out << (options.key == NodeLinkKey::Links ? "  \"links\": [" : "  \"edges\": [");
    first = true;
    const TieTable& ties = network.ties();
    for (std::size_t i = 0; i < ties.size(); ++i) {
        const TieRef& tie = ties[i];
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
