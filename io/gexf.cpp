#include "io/gexf.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <pugixml.hpp>
#include <set>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "core/error.hpp"
#include "core/number_format.hpp"
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
const std::set<std::string_view> kReservedNodeNames = {"sector", "since", "until", kTypeKey,
                                                       kIdKey};
const std::set<std::string_view> kReservedEdgeNames = {"weight", "kind", "since", "until",
                                                       kTypeKey};

/// The part of an XML name after its namespace prefix.
std::string_view local_name(std::string_view name) {
    const std::size_t colon = name.rfind(':');
    return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

bool has_prefix(std::string_view name) { return name.find(':') != std::string_view::npos; }

/// The first child element of `node` with local name `local`.
pugi::xml_node child(const pugi::xml_node& node, std::string_view local) {
    for (pugi::xml_node c = node.first_child(); c; c = c.next_sibling()) {
        if (c.type() == pugi::node_element && local_name(c.name()) == local) return c;
    }
    return {};
}

/// The child elements of `node` with local name `local`, in document order.
std::vector<pugi::xml_node> children(const pugi::xml_node& node, std::string_view local) {
    std::vector<pugi::xml_node> found;
    for (pugi::xml_node c = node.first_child(); c; c = c.next_sibling()) {
        if (c.type() == pugi::node_element && local_name(c.name()) == local) found.push_back(c);
    }
    return found;
}

// ---------------------------------------------------------------------------------------
// Reading

enum class Domain { Node, Edge };

struct Attribute {
    std::string id;
    std::string title;
    std::string type;  ///< as written, for messages
    bool number = false;
    std::optional<std::string> default_value;
};

/// One value on an element: its attribute, text and where it stands.
struct Value {
    const Attribute* attribute;
    std::string text;
    std::ptrdiff_t offset;
};

/// An interval of foreign time: each end a date, or open.
struct Interval {
    std::optional<PartialDate> start;
    std::optional<PartialDate> end;
};

class GexfReader {
public:
    GexfReader(std::string_view text, const std::string& file_name)
        : text_(text), file_(file_name), lines_(text) {}

    ReadResult read() {
        pugi::xml_document document;
        detail::load_untrusted_xml(document, text_, file_, lines_);
        const pugi::xml_node root = document.document_element();
        if (local_name(root.name()) != "gexf") {
            throw InputError(where(root),
                             std::string("not GEXF: the root element is <") + root.name() + ">");
        }
        const std::string version = root.attribute("version").value();
        if (version != "1.1" && version != "1.2" && version != "1.3") {
            warn(root, "GEXF version '" + version + "' is not 1.1, 1.2 or 1.3; read as 1.3");
        }
        const pugi::xml_node graph = child(root, "graph");
        if (!graph) throw InputError(where(root), "GEXF without a <graph> element");
        read_graph(graph);
        if (several_spells_ > 0) {
            warnings_.push_back(
                {where(first_several_spells_),
                 std::to_string(several_spells_) +
                     " element(s) with several spells (from here on) read as one period from "
                     "the earliest start to the latest end; the gaps between spells are lost"});
        }
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

    /// Says once what is ignored of a kind (`what` is the message, also the key).
    void warn_once(const pugi::xml_node& node, const std::string& message) {
        if (said_.insert(message).second) warn(node, message);
    }

    void read_graph(const pugi::xml_node& graph) {
        directed_ = std::string_view(graph.attribute("defaultedgetype").value()) == "directed";
        builder_.set_directed(directed_);
        if (const pugi::xml_attribute name = graph.attribute("name")) {
            builder_.set_name(name.value(), where(graph));
        }
        if (const pugi::xml_attribute weighting = graph.attribute(kWeightingKey.data())) {
            const std::string_view text = weighting.value();
            if (text == "newman") {
                builder_.set_projection_weighting(ProjectionWeighting::Newman);
            } else if (text != "shared_projects") {
                builder_.report(where(graph),
                                "unknown projection weighting '" + std::string(text) + "'");
            }
        }
        timeformat_ = graph.attribute("timeformat").value();
        for (const pugi::xml_node& declarations : children(graph, "attributes")) {
            read_declarations(declarations);
        }
        if (const pugi::xml_node nodes = child(graph, "nodes")) {
            for (const pugi::xml_node& node : children(nodes, "node")) read_node(node);
        }
        if (const pugi::xml_node edges = child(graph, "edges")) {
            for (const pugi::xml_node& edge : children(edges, "edge")) read_edge(edge);
        }
    }

    void read_declarations(const pugi::xml_node& declarations) {
        const std::string_view kind = declarations.attribute("class").value();
        if (kind != "node" && kind != "edge") {
            warn(declarations, "<attributes class=\"" + std::string(kind) + "\"> ignored");
            return;
        }
        auto& table = kind == "node" ? node_attributes_ : edge_attributes_;
        auto& order = kind == "node" ? node_order_ : edge_order_;
        for (const pugi::xml_node& element : children(declarations, "attribute")) {
            Attribute attribute;
            attribute.id = element.attribute("id").value();
            if (attribute.id.empty()) {
                builder_.report(where(element), "<attribute> without an id");
                continue;
            }
            const pugi::xml_attribute title = element.attribute("title");
            attribute.title = title ? title.value() : attribute.id;
            attribute.type = element.attribute("type").value();
            attribute.number = attribute.type == "integer" || attribute.type == "long" ||
                               attribute.type == "float" || attribute.type == "double";
            if (const pugi::xml_node fallback = child(element, "default")) {
                attribute.default_value = detail::element_text(fallback);
            }
            const auto [it, inserted] = table.emplace(attribute.id, std::move(attribute));
            if (!inserted) {
                builder_.report(where(element), "duplicate " + std::string(kind) +
                                                    " attribute id '" + it->first + "'");
                continue;
            }
            order.push_back(&it->second);
        }
    }

    /// Whether an empty value means "no value": for the fields and for numbers.
    static bool missing_when_empty(const Attribute& attribute, Domain domain) {
        if (attribute.number) return true;
        return (domain == Domain::Edge ? kReservedEdgeNames : kReservedNodeNames)
                   .count(attribute.title) > 0;
    }

    /// The values of an element, then the defaults of the attributes it does not give.
    std::vector<Value> values_of(const pugi::xml_node& element, Domain domain) {
        auto& table = domain == Domain::Node ? node_attributes_ : edge_attributes_;
        const auto& order = domain == Domain::Node ? node_order_ : edge_order_;
        std::vector<Value> values;
        // Attributes given (empty ones too) -> the index of their value, if any.
        std::unordered_map<const Attribute*, std::optional<std::size_t>> seen;
        if (const pugi::xml_node list = child(element, "attvalues")) {
            for (const pugi::xml_node& value : children(list, "attvalue")) {
                // `for` since 1.1draft; `id` in older files.
                pugi::xml_attribute reference = value.attribute("for");
                if (!reference) reference = value.attribute("id");
                const std::string id = reference.value();
                auto it = table.find(id);
                if (it == table.end()) {
                    Attribute undeclared;
                    undeclared.id = id;
                    undeclared.title = id;
                    it = table.emplace(id, std::move(undeclared)).first;
                    warn(value, "<attvalue> of undeclared attribute '" + id + "' read as text");
                }
                if (value.attribute("start") || value.attribute("end") ||
                    value.attribute("startopen") || value.attribute("endopen") ||
                    value.attribute("timestamp")) {
                    warn_once(value,
                              "attribute values that change over time are read without their "
                              "time; the last value of each attribute is kept");
                }
                std::string text = value.attribute("value").value();
                std::optional<std::size_t>& index = seen[&it->second];
                // Empty data of a field or a number is a missing value, not the default.
                if (text.empty() && missing_when_empty(it->second, domain)) continue;
                Value read{&it->second, std::move(text), value.offset_debug()};
                if (index) {
                    values[*index] = std::move(read);  // a later value over time
                } else {
                    index = values.size();
                    values.push_back(std::move(read));
                }
            }
        }
        for (const Attribute* attribute : order) {
            if (!attribute->default_value || seen.count(attribute) > 0) continue;
            if (attribute->default_value->empty() && missing_when_empty(*attribute, domain)) {
                continue;
            }
            values.push_back({attribute, *attribute->default_value, element.offset_debug()});
        }
        return values;
    }

    std::optional<AttributeValue> typed(const Value& value) {
        if (!value.attribute->number) return AttributeValue{value.text};
        const std::optional<double> number = parse_number(value.text);
        if (!number) {
            builder_.report(where(value.offset),
                            "'" + value.text + "' of '" + value.attribute->title +
                                "' is not a number (type " + value.attribute->type + ")");
            return std::nullopt;
        }
        return AttributeValue{*number};
    }

    /// Stores a free attribute, removing the `coopnet_attr:` escape of reserved names.
    void keep(Attributes& attributes, const Value& value) {
        if (auto typed_value = typed(value)) {
            attributes[detail::read_attribute_name(value.attribute->title)] =
                std::move(*typed_value);
        }
    }

    std::optional<PartialDate> date(const Value& value) {
        auto parsed = PartialDate::parse(value.text);
        if (!parsed) {
            builder_.report(where(value.offset),
                            value.attribute->title + " '" + value.text +
                                "' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
        }
        return parsed;
    }

    /// One end of foreign time as a date: nothing for an open end (no value, INF, -INF);
    /// `bad` is set when the value cannot be read.
    std::optional<PartialDate> time_point(std::string_view text, const pugi::xml_node& at,
                                          bool& bad) {
        if (text.empty() || text == "INF" || text == "-INF" || text == "inf" || text == "-inf") {
            return std::nullopt;
        }
        const std::size_t t = text.find('T');
        if (auto parsed = PartialDate::parse(text.substr(0, t))) return parsed;
        if (const auto number = parse_number(text)) {
            if (std::isfinite(*number) && *number >= 0 && *number <= 9999 &&
                *number == std::floor(*number)) {
                return PartialDate{static_cast<int>(*number)};
            }
        }
        builder_.report(where(at), "time '" + std::string(text) + "' (timeformat '" + timeformat_ +
                                       "') is neither a date nor a year coopnet can keep");
        bad = true;
        return std::nullopt;
    }

    /// The intervals of an element's time: start/end (and startopen/endopen) attributes,
    /// <spells>, 1.1draft's <slices> and <timestamps>. `bad` is set on unreadable times.
    std::vector<Interval> intervals_of(const pugi::xml_node& element, bool& bad) {
        std::vector<Interval> intervals;
        const auto add = [&](const pugi::xml_node& at, const char* start, const char* end) {
            pugi::xml_attribute first = at.attribute(start);
            if (!first) first = at.attribute((std::string(start) + "open").c_str());
            pugi::xml_attribute last = at.attribute(end);
            if (!last) last = at.attribute((std::string(end) + "open").c_str());
            if (!first && !last) return false;
            intervals.push_back(
                {time_point(first.value(), at, bad), time_point(last.value(), at, bad)});
            return true;
        };
        add(element, "start", "end");
        if (const pugi::xml_attribute stamp = element.attribute("timestamp")) {
            const auto day = time_point(stamp.value(), element, bad);
            intervals.push_back({day, day});
        }
        for (const char* list : {"spells", "slices"}) {
            if (const pugi::xml_node spells = child(element, list)) {
                for (const pugi::xml_node& spell : spells.children()) {
                    if (spell.type() == pugi::node_element) add(spell, "start", "end");
                }
            }
        }
        if (const pugi::xml_node stamps = child(element, "timestamps")) {
            for (const pugi::xml_node& stamp : children(stamps, "timestamp")) {
                const auto day = time_point(stamp.attribute("value").value(), stamp, bad);
                intervals.push_back({day, day});
            }
        }
        return intervals;
    }

    /// The period covering `intervals` (from the earliest start to the latest end; an open
    /// end anywhere leaves it open), counting elements with several.
    Period hull(const std::vector<Interval>& intervals, const pugi::xml_node& element) {
        if (intervals.size() > 1 && several_spells_++ == 0) first_several_spells_ = element;
        Period period;
        bool open_start = false;
        bool open_end = false;
        for (const Interval& interval : intervals) {
            open_start |= !interval.start;
            open_end |= !interval.end;
            if (interval.start &&
                (!period.since || interval.start->first_day() < period.since->first_day())) {
                period.since = interval.start;
            }
            if (interval.end &&
                (!period.until || interval.end->last_day() > period.until->last_day())) {
                period.until = interval.end;
            }
        }
        if (open_start) period.since.reset();
        if (open_end) period.until.reset();
        return period;
    }

    /// The period of an element: its `since`/`until` values when it has any (what coopnet
    /// writes, with the exact text), else its foreign time.
    Period period_of(const pugi::xml_node& element, const std::vector<const Value*>& since,
                     const std::vector<const Value*>& until) {
        bool bad = false;
        const std::vector<Interval> intervals = intervals_of(element, bad);
        if (since.empty() && until.empty()) {
            return intervals.empty() || bad ? Period{} : hull(intervals, element);
        }
        Period period;
        for (const Value* value : since) period.since = date(*value);
        for (const Value* value : until) period.until = date(*value);
        return period;
    }

    /// Drawing (viz: colours, positions, sizes, shapes) is ignored, said once; hierarchies
    /// with a warning.
    void note_children(const pugi::xml_node& element) {
        for (const pugi::xml_node& c : element.children()) {
            if (c.type() != pugi::node_element) continue;
            const std::string_view local = local_name(c.name());
            if (has_prefix(c.name()) || local == "color" || local == "position" ||
                local == "size" || local == "shape" || local == "thickness") {
                warn_once(c, "drawing data (viz: colours, positions, sizes, shapes) ignored");
            } else if (local == "nodes" || local == "edges" || local == "parents") {
                warn_once(c,
                          "hierarchies (nested nodes, parents) are not supported; nested "
                          "nodes and edges ignored");
            }
        }
        if (element.attribute("pid")) {
            warn_once(element,
                      "hierarchies (nested nodes, parents) are not supported; nested "
                      "nodes and edges ignored");
        }
    }

    using NodeRef = detail::DocumentNode;

    void read_node(const pugi::xml_node& node) {
        const std::string document_id = node.attribute("id").value();
        if (document_id.empty()) {
            builder_.report(where(node), "<node> without an id");
            return;
        }
        note_children(node);
        bool project = false;
        std::string id = document_id;
        std::optional<std::string> sector;
        std::vector<const Value*> since;
        std::vector<const Value*> until;
        Attributes attributes;
        const std::vector<Value> values = values_of(node, Domain::Node);
        for (const Value& value : values) {
            const std::string& name = value.attribute->title;
            if (name == kTypeKey) {
                if (value.text == "project") {
                    project = true;
                } else if (value.text != "actor") {
                    builder_.report(where(value.offset),
                                    "coopnet_type of a node must be 'actor' or 'project', not '" +
                                        value.text + "'");
                }
            } else if (name == kIdKey) {
                id = value.text;
            } else if (name == "sector") {
                sector = value.text;
            } else if (name == "since") {
                since.push_back(&value);
            } else if (name == "until") {
                until.push_back(&value);
            } else {
                keep(attributes, value);
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
        const Period period = period_of(node, since, until);
        const std::string label = node.attribute("label").value();
        if (project) {
            ProjectRecord record;
            record.id = id;
            record.label = label;
            record.period = period;
            if (sector) attributes["sector"] = *sector;
            record.attributes = std::move(attributes);
            builder_.add_project(std::move(record), where(node));
        } else {
            Actor actor;
            actor.id = id;
            actor.label = label;
            if (sector) actor.sector = *sector;
            // An actor has no period in coopnet: its time stays as text attributes.
            for (const Value* value : since) keep(attributes, *value);
            for (const Value* value : until) keep(attributes, *value);
            if (since.empty() && period.since) attributes["since"] = period.since->to_string();
            if (until.empty() && period.until) attributes["until"] = period.until->to_string();
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

    void read_edge(const pugi::xml_node& edge) {
        note_children(edge);
        const NodeRef* source = endpoint(edge, "source");
        const NodeRef* target = endpoint(edge, "target");
        if (const pugi::xml_attribute own = edge.attribute("type")) {
            const std::string_view type = own.value();
            if ((type == "directed") != directed_ && type != "mutual") {
                warn_once(edge, std::string("edges with their own direction are read as ") +
                                    (directed_ ? "directed" : "undirected") +
                                    ", like the graph's defaultedgetype");
            }
        }
        bool membership = false;
        TieRecord tie;
        if (const pugi::xml_attribute weight = edge.attribute("weight")) {
            set_weight(tie, weight.value(), edge.offset_debug());
        }
        if (const pugi::xml_attribute kind = edge.attribute("kind")) tie.kind = kind.value();
        if (const pugi::xml_attribute label = edge.attribute("label")) {
            tie.attributes["label"] = std::string(label.value());
        }
        std::vector<const Value*> since;
        std::vector<const Value*> until;
        const std::vector<Value> values = values_of(edge, Domain::Edge);
        for (const Value& value : values) {
            const std::string& name = value.attribute->title;
            if (name == kTypeKey) {
                if (value.text == "membership") {
                    membership = true;
                } else if (value.text != "tie") {
                    builder_.report(where(value.offset),
                                    "coopnet_type of an edge must be 'tie' or 'membership', not '" +
                                        value.text + "'");
                }
            } else if (name == "weight") {
                set_weight(tie, value.text, value.offset);
            } else if (name == "kind") {
                tie.kind = value.text;
            } else if (name == "since") {
                since.push_back(&value);
            } else if (name == "until") {
                until.push_back(&value);
            } else {
                keep(tie.attributes, value);
            }
        }
        tie.period = period_of(edge, since, until);
        detail::add_document_edge(builder_, source, target, membership, std::move(tie),
                                  where(edge));
    }

    void set_weight(TieRecord& tie, std::string_view text, std::ptrdiff_t offset) {
        const std::optional<double> weight = parse_number(text);
        if (!weight || !std::isfinite(*weight) || *weight <= 0) {
            builder_.report(where(offset),
                            "weight '" + std::string(text) + "' is not a finite number > 0");
        } else {
            tie.weight = *weight;
        }
    }

    std::string_view text_;
    const std::string& file_;
    detail::LineIndex lines_;
    bool directed_ = false;
    std::string timeformat_;
    std::map<std::string, Attribute, std::less<>> node_attributes_;
    std::map<std::string, Attribute, std::less<>> edge_attributes_;
    std::vector<const Attribute*> node_order_;
    std::vector<const Attribute*> edge_order_;
    std::unordered_map<std::string, NodeRef> document_nodes_;
    NetworkBuilder builder_;
    std::vector<Diagnostic> warnings_;
    std::set<std::string> said_;
    std::size_t several_spells_ = 0;
    pugi::xml_node first_several_spells_;
};

// ---------------------------------------------------------------------------------------
// Writing

struct VersionText {
    const char* gexf;
    const char* viz;
    const char* schema;
    const char* version;
};

VersionText version_text(GexfVersion version) {
    if (version == GexfVersion::V1_2draft) {
        return {"http://www.gexf.net/1.2draft", "http://www.gexf.net/1.2draft/viz",
                "http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd", "1.2"};
    }
    return {"http://gexf.net/1.3", "http://gexf.net/1.3/viz",
            "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd", "1.3"};
}

/// The declared attributes of one class: fixed ones first (in the order declared), then
/// the free ones by (written name, is number), each with its id.
class Declarations {
public:
    Declarations(std::string prefix, const std::set<std::string_view>& reserved)
        : prefix_(std::move(prefix)), reserved_(reserved) {}

    void fixed(const char* id, std::string_view title, const char* type) {
        fixed_.push_back({id, std::string(title), type});
    }

    void collect(const Attributes& attributes) {
        for (const auto& [name, value] : attributes) {
            free_.try_emplace({detail::written_attribute_name(name, reserved_),
                               std::holds_alternative<double>(value)});
        }
    }

    void declare(pugi::xml_node& graph, const char* kind) {
        std::size_t next = 0;
        for (auto& [key, id] : free_) id = prefix_ + std::to_string(next++);
        if (fixed_.empty() && free_.empty()) return;
        pugi::xml_node element = graph.append_child("attributes");
        element.append_attribute("class") = kind;
        element.append_attribute("mode") = "static";
        const auto add = [&](const std::string& id, const std::string& title, const char* type) {
            pugi::xml_node attribute = element.append_child("attribute");
            attribute.append_attribute("id") = id.c_str();
            attribute.append_attribute("title") = title.c_str();
            attribute.append_attribute("type") = type;
        };
        for (const Fixed& entry : fixed_) add(entry.id, entry.title, entry.type);
        for (const auto& [key, id] : free_) add(id, key.first, key.second ? "double" : "string");
    }

    /// Appends the free attributes' values to `values`, as (id, text).
    void values(const Attributes& attributes,
                std::vector<std::pair<std::string, std::string>>& values) const {
        for (const auto& [name, value] : attributes) {
            const bool number = std::holds_alternative<double>(value);
            values.emplace_back(free_.at({detail::written_attribute_name(name, reserved_), number}),
                                number ? detail::xml_number(std::get<double>(value))
                                       : std::get<std::string>(value));
        }
    }

private:
    struct Fixed {
        std::string id;
        std::string title;
        const char* type;
    };
    std::string prefix_;
    const std::set<std::string_view>& reserved_;
    std::vector<Fixed> fixed_;
    std::map<std::pair<std::string, bool>, std::string> free_;
};

using Values = std::vector<std::pair<std::string, std::string>>;

void write_values(pugi::xml_node& element, const Values& values) {
    if (values.empty()) return;
    pugi::xml_node list = element.append_child("attvalues");
    for (const auto& [id, text] : values) {
        pugi::xml_node value = list.append_child("attvalue");
        value.append_attribute("for") = id.c_str();
        value.append_attribute("value") = text.c_str();
    }
}

/// `yyyymmdd` as `YYYY-MM-DD`.
std::string iso_day(int ordinal) {
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02d-%02d", ordinal / 10000, ordinal / 100 % 100,
                  ordinal % 100);
    return text;
}

/// One spell over the whole span of `period` (partial dates mean their whole span).
void write_spell(pugi::xml_node& element, const Period& period) {
    if (!period.since && !period.until) return;
    pugi::xml_node spell = element.append_child("spells").append_child("spell");
    if (period.since) spell.append_attribute("start") = iso_day(period.since->first_day()).c_str();
    if (period.until) spell.append_attribute("end") = iso_day(period.until->last_day()).c_str();
}

/// `#RRGGBB` as its three components. @throws InvalidArgument for other text.
std::array<int, 3> rgb(const std::string& colour) {
    const auto hex = [&](char c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        throw InvalidArgument("GEXF drawing: colour '" + colour + "' is not #RRGGBB");
    };
    if (colour.size() != 7 || colour[0] != '#') {
        throw InvalidArgument("GEXF drawing: colour '" + colour + "' is not #RRGGBB");
    }
    std::array<int, 3> parts{};
    for (std::size_t i = 0; i < 3; ++i)
        parts[i] = hex(colour[1 + 2 * i]) * 16 + hex(colour[2 + 2 * i]);
    return parts;
}

std::string finite_number(double value) {
    if (!std::isfinite(value)) {
        throw InvalidArgument("GEXF drawing: a size or position is not a finite number");
    }
    return format_number(value);
}

void check_drawing(const GexfDrawing& drawing, std::size_t actors) {
    for (const std::size_t size :
         {drawing.colours.size(), drawing.sizes.size(), drawing.positions.size()}) {
        if (size != 0 && size != actors) {
            throw InvalidArgument("GEXF drawing: " + std::to_string(size) + " entries for " +
                                  std::to_string(actors) + " actors");
        }
    }
}

void write_viz(pugi::xml_node& node, const GexfDrawing& drawing, std::size_t v) {
    if (!drawing.colours.empty() && drawing.colours[v]) {
        const auto [r, g, b] = rgb(*drawing.colours[v]);
        pugi::xml_node colour = node.append_child("viz:color");
        colour.append_attribute("r") = r;
        colour.append_attribute("g") = g;
        colour.append_attribute("b") = b;
    }
    if (!drawing.positions.empty() && drawing.positions[v]) {
        pugi::xml_node position = node.append_child("viz:position");
        position.append_attribute("x") = finite_number((*drawing.positions[v])[0]).c_str();
        position.append_attribute("y") = finite_number((*drawing.positions[v])[1]).c_str();
        position.append_attribute("z") = "0";
    }
    if (!drawing.sizes.empty() && drawing.sizes[v]) {
        node.append_child("viz:size").append_attribute("value") =
            finite_number(*drawing.sizes[v]).c_str();
    }
}

/// Project node ids: the project's own id unless an actor (or an earlier project) has it,
/// else `_p<index>` (underscores added until unused).
std::vector<std::string> project_node_ids(const Network& network) {
    std::unordered_set<std::string> used;
    for (const Actor& actor : network.actors()) used.insert(actor.id);
    std::vector<std::string> ids;
    const auto projects = network.projects();
    for (std::size_t i = 0; i < projects.size(); ++i) {
        std::string candidate = projects[i].id;
        if (used.count(candidate) > 0) {
            candidate = "_p" + std::to_string(i);
            while (used.count(candidate) > 0) candidate += '_';
        }
        used.insert(candidate);
        ids.push_back(std::move(candidate));
    }
    return ids;
}

}  // namespace

std::string_view gexf_version_name(GexfVersion version) {
    return version == GexfVersion::V1_2draft ? "1.2draft" : "1.3";
}

std::optional<GexfVersion> parse_gexf_version(std::string_view name) {
    if (name == "1.3") return GexfVersion::V1_3;
    if (name == "1.2draft") return GexfVersion::V1_2draft;
    return std::nullopt;
}

ReadResult parse_gexf(std::string_view text, const std::string& file_name) {
    return GexfReader(text, file_name).read();
}

ReadResult read_gexf(const std::filesystem::path& path) {
    const std::string text = detail::read_whole_file(path);
    return parse_gexf(text, path.string());
}

void write_gexf(const Network& network, std::ostream& out, const GexfWriteOptions& options) {
    const auto actors = network.actors();
    const TieTable& ties = network.ties();
    const auto projects = network.projects();
    if (options.drawing) check_drawing(*options.drawing, actors.size());
    const std::vector<std::string> project_ids = project_node_ids(network);

    bool any_own_id = false;
    bool any_project_since = false;
    bool any_project_until = false;
    bool any_kind = false;
    bool any_since = false;
    bool any_until = false;
    bool any_membership = false;
    Declarations nodes("n_a", kReservedNodeNames);
    Declarations edges("e_a", kReservedEdgeNames);
    for (const Actor& actor : actors) nodes.collect(actor.attributes);
    for (std::size_t i = 0; i < projects.size(); ++i) {
        any_own_id |= project_ids[i] != projects[i].id;
        any_project_since |= projects[i].period.since.has_value();
        any_project_until |= projects[i].period.until.has_value();
        any_membership |= !projects[i].members.empty();
        nodes.collect(projects[i].attributes);
    }
    for (const TieRef& tie : ties) {
        any_kind |= !tie.kind.empty();
        any_since |= tie.period.since.has_value();
        any_until |= tie.period.until.has_value();
        edges.collect(tie.attributes);
    }
    if (!projects.empty()) nodes.fixed("n_type", kTypeKey, "string");
    if (any_own_id) nodes.fixed("n_id", kIdKey, "string");
    if (!actors.empty()) nodes.fixed("n_sector", "sector", "string");
    if (any_project_since) nodes.fixed("n_since", "since", "string");
    if (any_project_until) nodes.fixed("n_until", "until", "string");
    if (any_membership) edges.fixed("e_type", kTypeKey, "string");
    if (any_kind) edges.fixed("e_kind", "kind", "string");
    if (any_since) edges.fixed("e_since", "since", "string");
    if (any_until) edges.fixed("e_until", "until", "string");

    const VersionText version = version_text(options.version);
    pugi::xml_document document;
    pugi::xml_node declaration = document.append_child(pugi::node_declaration);
    declaration.append_attribute("version") = "1.0";
    declaration.append_attribute("encoding") = "UTF-8";
    pugi::xml_node root = document.append_child("gexf");
    root.append_attribute("xmlns") = version.gexf;
    root.append_attribute("xmlns:viz") = version.viz;
    root.append_attribute("xmlns:xsi") = "http://www.w3.org/2001/XMLSchema-instance";
    root.append_attribute("xsi:schemaLocation") = version.schema;
    root.append_attribute("version") = version.version;
    root.append_child("meta").append_child("creator").text().set("coopnet");

    pugi::xml_node graph = root.append_child("graph");
    graph.append_attribute("defaultedgetype") = network.directed() ? "directed" : "undirected";
    const bool dynamic = any_since || any_until || any_project_since || any_project_until;
    graph.append_attribute("mode") = dynamic ? "dynamic" : "static";
    if (dynamic) graph.append_attribute("timeformat") = "date";
    if (!network.name().empty()) graph.append_attribute("name") = network.name().c_str();
    if (network.projection_weighting() == ProjectionWeighting::Newman) {
        graph.append_attribute(kWeightingKey.data()) = "newman";
    }
    nodes.declare(graph, "node");
    edges.declare(graph, "edge");

    pugi::xml_node node_list = graph.append_child("nodes");
    for (std::size_t v = 0; v < actors.size(); ++v) {
        const Actor& actor = actors[v];
        pugi::xml_node node = node_list.append_child("node");
        node.append_attribute("id") = actor.id.c_str();
        if (!actor.label.empty()) node.append_attribute("label") = actor.label.c_str();
        Values values;
        if (!projects.empty()) values.emplace_back("n_type", "actor");
        values.emplace_back("n_sector", actor.sector);
        nodes.values(actor.attributes, values);
        write_values(node, values);
        if (options.drawing) write_viz(node, *options.drawing, v);
    }
    for (std::size_t i = 0; i < projects.size(); ++i) {
        const Project& project = projects[i];
        pugi::xml_node node = node_list.append_child("node");
        node.append_attribute("id") = project_ids[i].c_str();
        if (!project.label.empty()) node.append_attribute("label") = project.label.c_str();
        Values values{{"n_type", "project"}};
        if (project_ids[i] != project.id) values.emplace_back("n_id", project.id);
        if (project.period.since) values.emplace_back("n_since", project.period.since->to_string());
        if (project.period.until) values.emplace_back("n_until", project.period.until->to_string());
        nodes.values(project.attributes, values);
        write_values(node, values);
        write_spell(node, project.period);
    }

    pugi::xml_node edge_list = graph.append_child("edges");
    std::size_t next_id = 0;
    for (const TieRef& tie : ties) {
        pugi::xml_node edge = edge_list.append_child("edge");
        edge.append_attribute("id") = std::to_string(next_id++).c_str();
        edge.append_attribute("source") = actors[tie.source].id.c_str();
        edge.append_attribute("target") = actors[tie.target].id.c_str();
        edge.append_attribute("weight") = format_number(tie.weight).c_str();
        Values values;
        if (any_membership) values.emplace_back("e_type", "tie");
        if (!tie.kind.empty()) values.emplace_back("e_kind", std::string(tie.kind));
        if (tie.period.since) values.emplace_back("e_since", tie.period.since->to_string());
        if (tie.period.until) values.emplace_back("e_until", tie.period.until->to_string());
        edges.values(tie.attributes, values);
        write_values(edge, values);
        write_spell(edge, tie.period);
    }
    for (std::size_t i = 0; i < projects.size(); ++i) {
        for (const NodeId member : projects[i].members) {
            pugi::xml_node edge = edge_list.append_child("edge");
            edge.append_attribute("id") = std::to_string(next_id++).c_str();
            edge.append_attribute("source") = actors[member].id.c_str();
            edge.append_attribute("target") = project_ids[i].c_str();
            write_values(edge, {{"e_type", "membership"}});
        }
    }
    document.save(out, "  ", pugi::format_indent, pugi::encoding_utf8);
    if (!out) throw OutputError("writing the GEXF document failed");
}

}  // namespace coopnet
