// coopnet's own encoding of projects and reserved names in the XML graph formats (GraphML,
// GEXF): what their readers and writers share. Internal to io (not a public header).
#pragma once

#include <cstddef>
#include <set>
#include <string>
#include <string_view>

#include "core/network.hpp"

namespace coopnet::detail {

/// The attribute that tells a project node ("project") from an actor ("actor") and marks
/// membership edges ("membership").
inline constexpr std::string_view kTypeKey = "coopnet_type";
/// The attribute that holds an actor's or project's coopnet id where the document's own
/// node id differs from it.
inline constexpr std::string_view kIdKey = "coopnet_id";
/// The graph attribute that records a projection's tie weighting (written for Newman's).
inline constexpr std::string_view kWeightingKey = "coopnet_projection_weighting";

/// Prefix of an attribute whose name is reserved for a field (`coopnet_attr:weight`).
inline constexpr std::string_view kAttributePrefix = "coopnet_attr:";

/// The name an attribute is written under: prefixed when `reserved` holds it or it starts
/// with the prefix already.
std::string written_attribute_name(const std::string& name,
                                   const std::set<std::string_view>& reserved);

/// The attribute's name as read: `name` without the prefix.
std::string read_attribute_name(std::string name);

/// A node of the document: an actor or a project, by its coopnet id.
struct DocumentNode {
    bool project = false;
    std::string id;  ///< actor or project id
    std::ptrdiff_t offset = -1;
};

/// Adds an edge between two document nodes (nothing when either is unknown, already
/// reported): a membership (`membership`: an actor and a project, either way round), or a
/// tie between two actors; an edge joining a project without being a membership, or a
/// membership between two nodes of one kind, is reported at `where`.
void add_document_edge(NetworkBuilder& builder, const DocumentNode* source,
                       const DocumentNode* target, bool membership, TieRecord tie,
                       const SourceLocation& where);

}  // namespace coopnet::detail
