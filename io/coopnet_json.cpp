#include "io/coopnet_json.hpp"

#include <set>

#include "core/number_format.hpp"
#include "io/detail/file_reader.hpp"
#include "io/detail/json_records.hpp"
#include "io/detail/json_tree.hpp"

namespace coopnet {

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
        text, file_name, kMaxJsonDepth, {"actors", "ties", "projects"},
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
        [&](const TieRef& tie) {
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
