#include "io/graphml.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <map>
#include <optional>
#include <pugixml.hpp>
#include <set>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "core/number_format.hpp"
#include "core/text.hpp"
#include "io/detail/file_reader.hpp"
#include "io/detail/line_index.hpp"
#include "io/detail/xml_graph_records.hpp"
#include "io/detail/xml_input.hpp"

namespace coopnet {

namespace {

using detail::kIdKey;
using detail::kTypeKey;
using detail::kWeightingKey;

// Names with a meaning of their own; attributes of the same name are written prefixed.
const std::set<std::string_view> kReservedNodeNames = {"label", "sector", "since",
                                                       "until", kTypeKey, kIdKey};
const std::set<std::string_view> kReservedEdgeNames = {"weight", "kind", "since", "until",
                                                       kTypeKey};

// ---------------------------------------------------------------------------------------
// Reading

enum class Domain { Graph, Node, Edge, All, Other };
enum class ValueType { Text, Number };

struct Key {
    std::string id;
    std::string name;
    std::string type_name;  ///< attr.type as written, for messages
    Domain domain = Domain::All;
    ValueType type = ValueType::Text;
    std::optional<std::string> default_value;
    bool ignored = false;        ///< yEd graphics and other keys without attr.name
    bool node_graphics = false;  ///< yfiles.type="nodegraphics": may hold a NodeLabel
};

/// One piece of data on an element: its key, text and where it stands.
struct Datum {
    const Key* key;
    std::string text;
    std::ptrdiff_t offset;
    const pugi::xml_node element;  ///< the <data> element (empty for key defaults)
};

Domain parse_domain(std::string_view text) {
    if (text == "graph") return Domain::Graph;
    if (text == "node") return Domain::Node;
    if (text == "edge") return Domain::Edge;
    if (text == "all" || text.empty()) return Domain::All;
    return Domain::Other;
}

/// The first element below `node` whose local name is `local` (any namespace prefix).
pugi::xml_node find_descendant(const pugi::xml_node& node, std::string_view local) {
    for (pugi::xml_node child = node.first_child(); child; child = child.next_sibling()) {
        if (child.type() != pugi::node_element) continue;
        std::string_view name = child.name();
        const std::size_t colon = name.rfind(':');
        if (colon != std::string_view::npos) name.remove_prefix(colon + 1);
        if (name == local) return child;
        if (const pugi::xml_node found = find_descendant(child, local)) return found;
    }
    return {};
}

class GraphmlReader {
public:
    GraphmlReader(std::string_view text, const std::string& file_name)
        : text_(text), file_(file_name), lines_(text) {}

    ReadResult read() {
        pugi::xml_document document;
        detail::load_untrusted_xml(document, text_, file_, lines_);
        const pugi::xml_node root = document.document_element();
        if (std::string_view(root.name()) != "graphml") {
            throw InputError(where(root),
                             std::string("not GraphML: the root element is <") + root.name() + ">");
        }
        read_keys(root);
        const pugi::xml_node graph = root.child("graph");
        if (!graph) throw InputError(where(root), "GraphML without a <graph> element");
        if (graph.next_sibling("graph")) {
            warn(graph.next_sibling("graph"), "only the first <graph> is read");
        }
        read_graph(graph);
        ReadResult result;
        result.network = builder_.build();
        result.warnings = std::move(warnings_);
        return result;
    }

private:
    SourceLocation where(std::ptrdiff_t offset) const {
        if (offset < 0) return SourceLocation{file_};  // pugixml knows no position
        return lines_.locate(file_, static_cast<std::size_t>(offset));
    }
    SourceLocation where(const pugi::xml_node& node) const { return where(node.offset_debug()); }

    void warn(const pugi::xml_node& node, std::string message) {
        warnings_.push_back({where(node), std::move(message)});
    }

    /// yEd graphics (y:ShapeNode, y:PolyLineEdge ... in yfiles.type keys) and Gephi's
    /// drawing (viz:color, viz:position, viz:size) are ignored; one note says so.
    void note_drawing(const pugi::xml_node& element) {
        if (drawing_noted_) return;
        drawing_noted_ = true;
        warn(element,
             "drawing data (yEd graphics such as y:ShapeNode, Gephi viz: colours, positions and "
             "sizes) ignored; a yEd node label is read as the label");
    }

    /// Child elements of a node or edge other than <data> and <port> in another namespace
    /// (Gephi's viz:color ...) are drawing data.
    void note_foreign_children(const pugi::xml_node& element) {
        for (const pugi::xml_node& child : element.children()) {
            if (child.type() == pugi::node_element &&
                std::string_view(child.name()).find(':') != std::string_view::npos) {
                note_drawing(child);
                return;
            }
        }
    }

    void read_keys(const pugi::xml_node& root) {
        for (const pugi::xml_node& element : root.children("key")) {
            Key key;
            key.id = element.attribute("id").value();
            if (key.id.empty()) {
                builder_.report(where(element), "<key> without an id");
                continue;
            }
            key.domain = parse_domain(element.attribute("for").value());
            if (const pugi::xml_attribute name = element.attribute("attr.name")) {
                key.name = name.value();
            } else if (element.attribute("yfiles.type")) {
                key.ignored = true;
                key.node_graphics =
                    std::string_view(element.attribute("yfiles.type").value()) == "nodegraphics";
            } else {
                key.name = key.id;
            }
            if (key.ignored || key.name.rfind("viz:", 0) == 0) {
                key.ignored = true;
                note_drawing(element);
            }
            key_names_.insert(key.name);
            key.type_name = element.attribute("attr.type").value();
            if (key.type_name == "int" || key.type_name == "long" || key.type_name == "float" ||
                key.type_name == "double") {
                key.type = ValueType::Number;
            }
            if (const pugi::xml_node fallback = element.child("default")) {
                key.default_value = detail::element_text(fallback);
            }
            const auto [it, inserted] = keys_.emplace(key.id, std::move(key));
            if (!inserted) {
                builder_.report(where(element), "duplicate <key> id '" + it->first + "'");
                continue;
            }
            key_order_.push_back(&it->second);
        }
    }

    /// Whether empty data of `key` means "no value": for the fields (label, sector, weight,
    /// kind, since, until, coopnet_type, coopnet_id, the graph's data) and numbers.
    static bool missing_when_empty(const Key& key, Domain domain) {
        if (key.ignored) return false;  // yEd graphics hold elements, not text
        if (key.type == ValueType::Number || domain == Domain::Graph) return true;
        return (domain == Domain::Edge ? kReservedEdgeNames : kReservedNodeNames).count(key.name) >
               0;
    }

    /// The data of an element, then the defaults of the keys it does not mention.
    std::vector<Datum> data_of(const pugi::xml_node& element, Domain domain) {
        std::vector<Datum> data;
        std::unordered_set<const Key*> seen;
        for (const pugi::xml_node& child : element.children("data")) {
            const std::string id = child.attribute("key").value();
            auto it = keys_.find(id);
            if (it == keys_.end()) {
                // Undeclared: kept as text named by the key id, said once.
                Key key;
                key.id = id;
                key.name = id;
                key.domain = domain;
                it = keys_.emplace(id, std::move(key)).first;
                warn(child, "<data> with undeclared key '" + id + "' read as text");
            }
            seen.insert(&it->second);
            std::string text = detail::element_text(child);
            // Empty data of a field or a number is a missing value (igraph writes "" and
            // networkx nothing for an unset value): neither the key's default nor an error.
            // An empty text attribute stays an empty text.
            if (text.empty() && missing_when_empty(it->second, domain)) continue;
            data.push_back({&it->second, std::move(text), child.offset_debug(), child});
        }
        for (const Key* key : key_order_) {
            if (!key->default_value || seen.count(key) > 0) continue;
            if (key->default_value->empty() && missing_when_empty(*key, domain)) continue;
            if (key->domain != domain && key->domain != Domain::All) continue;
            data.push_back({key, *key->default_value, element.offset_debug(), {}});
        }
        return data;
    }

    std::optional<AttributeValue> typed(const Datum& datum) {
        if (datum.key->type == ValueType::Text) return AttributeValue{datum.text};
        const std::optional<double> number = parse_number(datum.text);
        if (!number) {
            builder_.report(where(datum.offset), "'" + datum.text + "' of '" + datum.key->name +
                                                     "' is not a number (attr.type " +
                                                     datum.key->type_name + ")");
            return std::nullopt;
        }
        return AttributeValue{*number};
    }

    /// Stores a free attribute, removing the `coopnet_attr:` escape of reserved names. An
    /// attribute named like a field of its record in coopnet's model (node: `id`; edge:
    /// `source`, `target`) is kept as `graphml_NAME`, with one warning per name.
    void keep(Attributes& attributes, const Datum& datum, Domain domain = Domain::Node) {
        std::string name = datum.key->name;
        if (std::string_view(name).substr(0, detail::kAttributePrefix.size()) ==
            detail::kAttributePrefix) {
            name.erase(0, detail::kAttributePrefix.size());
        } else if (clashes(name, domain)) {
            name = renamed(name, domain, datum);
        }
        if (auto value = typed(datum)) attributes[name] = std::move(*value);
    }

    static bool clashes(std::string_view name, Domain domain) {
        return domain == Domain::Edge ? name == "source" || name == "target" : name == "id";
    }

    /// `graphml_NAME` (underscores appended while a key of that name exists), said once.
    std::string renamed(const std::string& name, Domain domain, const Datum& datum) {
        const std::string what = domain == Domain::Edge ? "edge" : "node";
        const auto [it, inserted] = renames_.try_emplace(what + ' ' + name);
        if (!inserted) return it->second;
        std::string candidate = "graphml_" + name;
        while (key_names_.count(candidate) > 0) candidate += '_';
        it->second = candidate;
        warnings_.push_back(
            {where(datum.offset),
             what + " attribute '" + name + "' kept as '" + candidate + "': '" + name + "' names " +
                 (domain == Domain::Edge ? "a tie's end" : "the actor itself") + " in coopnet" +
                 (name == "id" ? " (igraph writes there the node ids of the file it read)" : "")});
        return candidate;
    }

    std::optional<PartialDate> date(const Datum& datum) {
        auto parsed = PartialDate::parse(datum.text);
        if (!parsed) {
            builder_.report(where(datum.offset),
                            datum.key->name + " '" + datum.text +
                                "' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
        }
        return parsed;
    }

    void read_graph(const pugi::xml_node& graph) {
        builder_.set_directed(std::string_view(graph.attribute("edgedefault").value()) ==
                              "directed");
        builder_.set_name(graph.attribute("id").value(), where(graph));
        for (const Datum& datum : data_of(graph, Domain::Graph)) {
            if (datum.key->name == "name") {
                builder_.set_name(datum.text, where(datum.offset));
            } else if (datum.key->name == kWeightingKey) {
                if (datum.text == "newman") {
                    builder_.set_projection_weighting(ProjectionWeighting::Newman);
                } else if (datum.text != "shared_projects") {
                    builder_.report(where(datum.offset),
                                    "unknown projection weighting '" + datum.text + "'");
                }
            } else if (!datum.key->ignored && datum.element) {
                warn(datum.element, "graph data '" + datum.key->name + "' ignored");
            }
        }
        for (const pugi::xml_node& node : graph.children("node")) read_node(node);
        const bool directed =
            std::string_view(graph.attribute("edgedefault").value()) == "directed";
        for (const pugi::xml_node& edge : graph.children("edge")) read_edge(edge, directed);
        if (const pugi::xml_node hyperedge = graph.child("hyperedge")) {
            warn(hyperedge, "hyperedges are not supported and were ignored");
        }
    }

    using NodeRef = detail::DocumentNode;

    void read_node(const pugi::xml_node& node) {
        const std::string document_id = node.attribute("id").value();
        if (document_id.empty()) {
            builder_.report(where(node), "<node> without an id");
            return;
        }
        note_foreign_children(node);
        if (const pugi::xml_node nested = node.child("graph")) {
            warn(nested, "nested graph in node '" + document_id + "' ignored");
        }
        bool project = false;
        std::string id = document_id;
        std::optional<std::string> label;
        std::optional<std::string> sector;
        std::string graphics_label;
        std::vector<const Datum*> since;
        std::vector<const Datum*> until;
        Attributes attributes;
        const std::vector<Datum> data = data_of(node, Domain::Node);
        std::vector<const Datum*> sector_data;
        for (const Datum& datum : data) {
            const std::string& name = datum.key->name;
            if (datum.key->ignored) {
                if (datum.key->node_graphics && datum.element && graphics_label.empty()) {
                    if (const pugi::xml_node text = find_descendant(datum.element, "NodeLabel")) {
                        graphics_label = std::string(trim(detail::element_text(text)));
                    }
                }
            } else if (name == kTypeKey) {
                if (datum.text == "project") {
                    project = true;
                } else if (datum.text != "actor") {
                    builder_.report(where(datum.offset),
                                    "coopnet_type of a node must be 'actor' or 'project', not '" +
                                        datum.text + "'");
                }
            } else if (name == kIdKey) {
                id = datum.text;
            } else if (name == "label") {
                label = datum.text;
            } else if (name == "sector") {
                sector_data.push_back(&datum);
            } else if (name == "since") {
                since.push_back(&datum);
            } else if (name == "until") {
                until.push_back(&datum);
            } else {
                keep(attributes, datum);
            }
        }
        const auto [it, inserted] =
            document_nodes_.try_emplace(document_id, NodeRef{project, id, node.offset_debug()});
        if (!inserted) {
            builder_.report(where(node), "duplicate node id '" + document_id +
                                             "' (first declared on line " +
                                             std::to_string(where(it->second.offset).line) + ")");
            return;
        }
        if (project) {
            ProjectRecord record;
            record.id = id;
            record.label = label ? *label : graphics_label;
            for (const Datum* datum : since) record.period.since = date(*datum);
            for (const Datum* datum : until) record.period.until = date(*datum);
            for (const Datum* datum : sector_data) keep(attributes, *datum);
            record.attributes = std::move(attributes);
            builder_.add_project(std::move(record), where(node));
        } else {
            Actor actor;
            actor.id = id;
            actor.label = label ? *label : graphics_label;
            for (const Datum* datum : sector_data) actor.sector = datum->text;
            for (const Datum* datum : since) keep(attributes, *datum);
            for (const Datum* datum : until) keep(attributes, *datum);
            actor.attributes = std::move(attributes);
            builder_.add_actor(std::move(actor), where(node));
        }
    }

    const NodeRef* endpoint(const pugi::xml_node& edge, const char* role) {
        const pugi::xml_attribute attribute = edge.attribute(role);
        if (!attribute) {
            builder_.report(where(edge), std::string("<edge> without a ") + role);
            return nullptr;
        }
        const auto it = document_nodes_.find(attribute.value());
        if (it == document_nodes_.end()) {
            builder_.report(where(edge), std::string("edge ") + role + " '" + attribute.value() +
                                             "' is not a node of this graph");
            return nullptr;
        }
        return &it->second;
    }

    void read_edge(const pugi::xml_node& edge, bool directed) {
        note_foreign_children(edge);
        const NodeRef* source = endpoint(edge, "source");
        const NodeRef* target = endpoint(edge, "target");
        if (const pugi::xml_attribute own = edge.attribute("directed")) {
            if (own.as_bool() != directed && !direction_warned_) {
                direction_warned_ = true;
                warn(edge, std::string("edges with their own direction are read as ") +
                               (directed ? "directed" : "undirected") +
                               ", like the graph's edgedefault");
            }
        }
        bool membership = false;
        TieRecord tie;
        for (const Datum& datum : data_of(edge, Domain::Edge)) {
            const std::string& name = datum.key->name;
            if (datum.key->ignored) continue;
            if (name == kTypeKey) {
                if (datum.text == "membership") {
                    membership = true;
                } else if (datum.text != "tie") {
                    builder_.report(where(datum.offset),
                                    "coopnet_type of an edge must be 'tie' or 'membership', not '" +
                                        datum.text + "'");
                }
            } else if (name == "weight") {
                const std::optional<double> weight = parse_number(datum.text);
                if (!weight || !std::isfinite(*weight) || *weight <= 0) {
                    builder_.report(where(datum.offset),
                                    "weight '" + datum.text + "' is not a finite number > 0");
                } else {
                    tie.weight = *weight;
                }
            } else if (name == "kind") {
                tie.kind = datum.text;
            } else if (name == "since") {
                tie.period.since = date(datum);
            } else if (name == "until") {
                tie.period.until = date(datum);
            } else {
                keep(tie.attributes, datum, Domain::Edge);
            }
        }
        detail::add_document_edge(builder_, source, target, membership, std::move(tie),
                                  where(edge));
    }

    std::string_view text_;
    const std::string& file_;
    detail::LineIndex lines_;
    std::map<std::string, Key, std::less<>> keys_;
    std::vector<const Key*> key_order_;
    std::unordered_map<std::string, NodeRef> document_nodes_;
    NetworkBuilder builder_;
    std::vector<Diagnostic> warnings_;
    bool direction_warned_ = false;
    bool drawing_noted_ = false;
    std::set<std::string, std::less<>> key_names_;  ///< attr.name of every key
    std::map<std::string, std::string> renames_;    ///< "node id" -> "graphml_id"
};

// ---------------------------------------------------------------------------------------
// Writing

/// Decodes one UTF-8 code point at `i` (advancing it); nothing when invalid.
std::optional<std::uint32_t> next_code_point(std::string_view text, std::size_t& i) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned char lead = byte(i);
    std::size_t length = lead < 0x80           ? 1
                         : (lead >> 5) == 0x6  ? 2
                         : (lead >> 4) == 0xE  ? 3
                         : (lead >> 3) == 0x1E ? 4
                                               : 0;
    if (length == 0 || i + length > text.size()) return std::nullopt;
    std::uint32_t code = length == 1 ? lead : lead & (0x7F >> length);
    for (std::size_t k = 1; k < length; ++k) {
        if ((byte(i + k) & 0xC0) != 0x80) return std::nullopt;
        code = (code << 6) | (byte(i + k) & 0x3F);
    }
    i += length;
    return code;
}

/// XML 1.0 (fifth edition) NameChar: what an NMTOKEN such as a GraphML node id may hold.
bool is_name_char(std::uint32_t c) {
    if (c < 0x80) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
               c == '_' || c == ':' || c == '-' || c == '.';
    }
    return c == 0xB7 || (c >= 0xC0 && c <= 0xD6) || (c >= 0xD8 && c <= 0xF6) ||
           (c >= 0xF8 && c <= 0x37D) || (c >= 0x37F && c <= 0x1FFF) ||
           (c >= 0x200C && c <= 0x200D) || (c >= 0x203F && c <= 0x2040) ||
           (c >= 0x2070 && c <= 0x218F) || (c >= 0x2C00 && c <= 0x2FEF) ||
           (c >= 0x3001 && c <= 0xD7FF) || (c >= 0xF900 && c <= 0xFDCF) ||
           (c >= 0xFDF0 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0xEFFFF);
}

bool is_nmtoken(std::string_view text) {
    if (text.empty()) return false;
    std::size_t i = 0;
    while (i < text.size()) {
        const auto code = next_code_point(text, i);
        if (!code || !is_name_char(*code)) return false;
    }
    return true;
}

/// The attribute keys of one domain: (written name, is number) -> key id, in name order.
class AttributeKeys {
public:
    AttributeKeys(std::string prefix, const std::set<std::string_view>& reserved)
        : prefix_(std::move(prefix)), reserved_(reserved) {}

    void collect(const Attributes& attributes) {
        for (const auto& [name, value] : attributes) {
            keys_.try_emplace({detail::written_attribute_name(name, reserved_),
                               std::holds_alternative<double>(value)});
        }
    }

    void number_keys() {
        std::size_t next = 0;
        for (auto& [key, id] : keys_) id = prefix_ + std::to_string(next++);
    }

    void declare(pugi::xml_node& root, const char* domain) const {
        for (const auto& [key, id] : keys_) {
            pugi::xml_node element = root.append_child("key");
            element.append_attribute("id") = id.c_str();
            element.append_attribute("for") = domain;
            element.append_attribute("attr.name") = key.first.c_str();
            element.append_attribute("attr.type") = key.second ? "double" : "string";
        }
    }

    void write(pugi::xml_node& element, const Attributes& attributes) const {
        for (const auto& [name, value] : attributes) {
            const bool number = std::holds_alternative<double>(value);
            const std::string& id =
                keys_.at({detail::written_attribute_name(name, reserved_), number});
            const std::string text =
                number ? detail::xml_number(std::get<double>(value)) : std::get<std::string>(value);
            pugi::xml_node data = element.append_child("data");
            data.append_attribute("key") = id.c_str();
            data.text().set(text.c_str());
        }
    }

private:
    std::string prefix_;
    const std::set<std::string_view>& reserved_;
    std::map<std::pair<std::string, bool>, std::string> keys_;
};

void declare_key(pugi::xml_node& root, const char* id, const char* domain, std::string_view name,
                 const char* type) {
    pugi::xml_node element = root.append_child("key");
    element.append_attribute("id") = id;
    element.append_attribute("for") = domain;
    element.append_attribute("attr.name") = std::string(name).c_str();
    element.append_attribute("attr.type") = type;
}

void add_data(pugi::xml_node& element, const char* key, const std::string& text) {
    pugi::xml_node data = element.append_child("data");
    data.append_attribute("key") = key;
    data.text().set(text.c_str());
}

/// Node ids for the document: the entity's own id when it is an unused NMTOKEN, else a
/// fresh `_n<index>` / `_p<index>` (underscores added until unused). Actors go first.
std::pair<std::vector<std::string>, std::vector<std::string>> document_ids(const Network& network) {
    std::vector<std::string> actor_ids(network.actor_count());
    std::vector<std::string> project_ids(network.projects().size());
    std::unordered_set<std::string> used;
    const auto try_own = [&](const std::string& id, std::string& slot) {
        if (is_nmtoken(id) && used.insert(id).second) slot = id;
    };
    const auto fresh = [&](std::string candidate, std::string& slot) {
        while (!used.insert(candidate).second) candidate += '_';
        slot = std::move(candidate);
    };
    for (std::size_t i = 0; i < actor_ids.size(); ++i)
        try_own(network.actors()[i].id, actor_ids[i]);
    for (std::size_t i = 0; i < project_ids.size(); ++i) {
        try_own(network.projects()[i].id, project_ids[i]);
    }
    for (std::size_t i = 0; i < actor_ids.size(); ++i) {
        if (actor_ids[i].empty()) fresh("_n" + std::to_string(i), actor_ids[i]);
    }
    for (std::size_t i = 0; i < project_ids.size(); ++i) {
        if (project_ids[i].empty()) fresh("_p" + std::to_string(i), project_ids[i]);
    }
    return {std::move(actor_ids), std::move(project_ids)};
}

}  // namespace

ReadResult parse_graphml(std::string_view text, const std::string& file_name) {
    return GraphmlReader(text, file_name).read();
}

ReadResult read_graphml(const std::filesystem::path& path) {
    const std::string text = detail::read_whole_file(path);
    return parse_graphml(text, path.string());
}

void write_graphml(const Network& network, std::ostream& out) {
    const auto actors = network.actors();
    const TieTable& ties = network.ties();
    const auto projects = network.projects();
    const auto [actor_ids, project_ids] = document_ids(network);

    bool any_label = false;
    bool any_own_id = false;
    bool any_project_since = false;
    bool any_project_until = false;
    bool any_kind = false;
    bool any_since = false;
    bool any_until = false;
    bool any_membership = false;
    AttributeKeys node_keys("n_a", kReservedNodeNames);
    AttributeKeys edge_keys("e_a", kReservedEdgeNames);
    for (std::size_t i = 0; i < actors.size(); ++i) {
        any_label |= !actors[i].label.empty();
        any_own_id |= actor_ids[i] != actors[i].id;
        node_keys.collect(actors[i].attributes);
    }
    for (std::size_t i = 0; i < projects.size(); ++i) {
        any_label |= !projects[i].label.empty();
        any_own_id |= project_ids[i] != projects[i].id;
        any_project_since |= projects[i].period.since.has_value();
        any_project_until |= projects[i].period.until.has_value();
        any_membership |= !projects[i].members.empty();
        node_keys.collect(projects[i].attributes);
    }
    for (const TieRef& tie : ties) {
        any_kind |= !tie.kind.empty();
        any_since |= tie.period.since.has_value();
        any_until |= tie.period.until.has_value();
        edge_keys.collect(tie.attributes);
    }
    node_keys.number_keys();
    edge_keys.number_keys();

    pugi::xml_document document;
    pugi::xml_node declaration = document.append_child(pugi::node_declaration);
    declaration.append_attribute("version") = "1.0";
    declaration.append_attribute("encoding") = "UTF-8";
    pugi::xml_node root = document.append_child("graphml");
    root.append_attribute("xmlns") = "http://graphml.graphdrawing.org/xmlns";
    root.append_attribute("xmlns:xsi") = "http://www.w3.org/2001/XMLSchema-instance";
    root.append_attribute("xsi:schemaLocation") =
        "http://graphml.graphdrawing.org/xmlns "
        "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd";

    const bool newman = network.projection_weighting() == ProjectionWeighting::Newman;
    if (!network.name().empty()) declare_key(root, "g_name", "graph", "name", "string");
    if (newman) declare_key(root, "g_weighting", "graph", kWeightingKey, "string");
    if (!projects.empty()) declare_key(root, "n_type", "node", kTypeKey, "string");
    if (any_own_id) declare_key(root, "n_id", "node", kIdKey, "string");
    if (any_label) declare_key(root, "n_label", "node", "label", "string");
    if (!actors.empty()) declare_key(root, "n_sector", "node", "sector", "string");
    if (any_project_since) declare_key(root, "n_since", "node", "since", "string");
    if (any_project_until) declare_key(root, "n_until", "node", "until", "string");
    node_keys.declare(root, "node");
    if (any_membership) declare_key(root, "e_type", "edge", kTypeKey, "string");
    if (!ties.empty()) declare_key(root, "e_weight", "edge", "weight", "double");
    if (any_kind) declare_key(root, "e_kind", "edge", "kind", "string");
    if (any_since) declare_key(root, "e_since", "edge", "since", "string");
    if (any_until) declare_key(root, "e_until", "edge", "until", "string");
    edge_keys.declare(root, "edge");

    pugi::xml_node graph = root.append_child("graph");
    graph.append_attribute("edgedefault") = network.directed() ? "directed" : "undirected";
    if (!network.name().empty()) add_data(graph, "g_name", network.name());
    if (newman) add_data(graph, "g_weighting", "newman");

    for (std::size_t i = 0; i < actors.size(); ++i) {
        const Actor& actor = actors[i];
        pugi::xml_node node = graph.append_child("node");
        node.append_attribute("id") = actor_ids[i].c_str();
        if (!projects.empty()) add_data(node, "n_type", "actor");
        if (actor_ids[i] != actor.id) add_data(node, "n_id", actor.id);
        if (!actor.label.empty()) add_data(node, "n_label", actor.label);
        add_data(node, "n_sector", actor.sector);
        node_keys.write(node, actor.attributes);
    }
    for (std::size_t i = 0; i < projects.size(); ++i) {
        const Project& project = projects[i];
        pugi::xml_node node = graph.append_child("node");
        node.append_attribute("id") = project_ids[i].c_str();
        add_data(node, "n_type", "project");
        if (project_ids[i] != project.id) add_data(node, "n_id", project.id);
        if (!project.label.empty()) add_data(node, "n_label", project.label);
        if (project.period.since) add_data(node, "n_since", project.period.since->to_string());
        if (project.period.until) add_data(node, "n_until", project.period.until->to_string());
        node_keys.write(node, project.attributes);
    }
    for (const TieRef& tie : ties) {
        pugi::xml_node edge = graph.append_child("edge");
        edge.append_attribute("source") = actor_ids[tie.source].c_str();
        edge.append_attribute("target") = actor_ids[tie.target].c_str();
        add_data(edge, "e_weight", format_number(tie.weight));
        if (!tie.kind.empty()) add_data(edge, "e_kind", tie.kind);
        if (tie.period.since) add_data(edge, "e_since", tie.period.since->to_string());
        if (tie.period.until) add_data(edge, "e_until", tie.period.until->to_string());
        edge_keys.write(edge, tie.attributes);
    }
    for (std::size_t i = 0; i < projects.size(); ++i) {
        for (const NodeId member : projects[i].members) {
            pugi::xml_node edge = graph.append_child("edge");
            edge.append_attribute("source") = actor_ids[member].c_str();
            edge.append_attribute("target") = project_ids[i].c_str();
            add_data(edge, "e_type", "membership");
        }
    }
    document.save(out, "  ", pugi::format_indent, pugi::encoding_utf8);
    if (!out) throw OutputError("writing the GraphML document failed");
}

}  // namespace coopnet
