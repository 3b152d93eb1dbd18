#include "io/detail/xml_graph_records.hpp"

#include <utility>

namespace coopnet::detail {

std::string written_attribute_name(const std::string& name,
                                   const std::set<std::string_view>& reserved) {
    if (reserved.count(name) > 0 ||
        std::string_view(name).substr(0, kAttributePrefix.size()) == kAttributePrefix) {
        return std::string(kAttributePrefix) + name;
    }
    return name;
}

std::string read_attribute_name(std::string name) {
    if (std::string_view(name).substr(0, kAttributePrefix.size()) == kAttributePrefix) {
        name.erase(0, kAttributePrefix.size());
    }
    return name;
}

void add_document_edge(NetworkBuilder& builder, const DocumentNode* source,
                       const DocumentNode* target, bool membership, TieRecord tie,
                       const SourceLocation& where) {
    if (source == nullptr || target == nullptr) return;
    if (membership) {
        if (source->project == target->project) {
            builder.report(where, "a membership edge must join an actor and a project");
            return;
        }
        const DocumentNode& project = source->project ? *source : *target;
        const DocumentNode& actor = source->project ? *target : *source;
        builder.add_membership(project.id, actor.id, where);
        return;
    }
    if (source->project || target->project) {
        builder.report(where, "edge joins project '" + (source->project ? source->id : target->id) +
                                  "' but is not marked coopnet_type=membership");
        return;
    }
    tie.source = source->id;
    tie.target = target->id;
    builder.add_tie(std::move(tie), where);
}

}  // namespace coopnet::detail
