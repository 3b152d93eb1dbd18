// networkx's node-link JSON (networkx.node_link_data / node_link_graph), the common way
// to pass a graph between coopnet and Python:
//
//     {"directed": false, "multigraph": false, "graph": {"name": "Karate"},
//      "nodes": [{"id": 0, "club": "Mr. Hi"}, ...],
//      "edges": [{"source": 0, "target": 1, "weight": 4}, ...]}
//
// Reading conventions (networkx 1.x-3.x output is accepted):
// - `directed` (default false) sets the direction; `multigraph` is accepted and otherwise
//   ignored, since coopnet keeps every parallel tie anyway. `graph.name` becomes the network
//   name (`graph` may also be the list of [key, value] pairs networkx 1.x wrote); other
//   graph attributes have no place in the model and are dropped with a warning.
// - Ties come from `edges` (networkx >= 3.4) or `links` (older); both at once is an error.
// - Node and edge ids are JSON strings or integers; an integer becomes its decimal text.
// - Node `label` and `sector` map to the actor's label and sector (sector default `other`;
//   a number or boolean there is taken as its text);
//   edge `weight` (a number, finite and > 0, default 1), `kind` and `since`/`until` (as in
//   io/coopnet_json.hpp) map to the tie. An edge's `key` (the multigraph key) is dropped:
//   parallel ties stay distinct by their order; a key that is not an integer (chosen by the
//   user, so maybe meaningful) gives a warning.
// - Every other node or edge key becomes an attribute: text as text, numbers as doubles,
//   booleans as the text "true"/"false", null is skipped; an array or object value (e.g. a
//   networkx `pos`) is kept as its compact JSON text, with a warning naming the key.
// - Errors are reported as for coopnet JSON: file:line:column, semantic problems collected.
//
// Writing: the networkx >= 3.4 form with `edges` (or `links`, for networkx 2.x, whose
// node_link_graph knows no other key), keys in the order directed, multigraph, graph,
// nodes, edges; a node as id, label (when not empty), sector, then attributes; an
// edge as source, target, key (only in a multigraph), weight, kind (when not empty),
// since/until (when set), then attributes; one node or edge per line, shortest round-trip
// numbers. `multigraph` is true exactly when two ties join the same pair (the same ordered
// pair when directed); parallel ties then get keys 0, 1, 2 ... per pair in tie order, as
// networkx numbers them. Node-link has no projects: only the explicit ties are written and
// each dropped project yields a warning (their co-membership ties are not written either).
// A network without projects round-trips exactly: write -> read gives back an equal Network.
#pragma once

#include <filesystem>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "core/network.hpp"
#include "io/read_result.hpp"

namespace coopnet {

/// The key of the tie array in written node-link JSON.
enum class NodeLinkKey {
    Edges,  ///< networkx >= 3.4 (the default of node_link_graph from 3.6 on)
    Links   ///< networkx 1.x-3.3 (node_link_graph's only key there)
};

struct NodeLinkWriteOptions {
    NodeLinkKey key = NodeLinkKey::Edges;
};

/// Reads a networkx node-link JSON file (conventions above).
/// @throws InputError naming file:line:column for an unreadable file, invalid UTF-8, a JSON
///         syntax error, nesting deeper than kMaxJsonDepth, or every semantic problem found.
///         Complexity O(file size).
ReadResult read_node_link_json(const std::filesystem::path& path);

/// Parses node-link JSON text; `file_name` only labels the diagnostics.
/// @throws InputError as read_node_link_json.
ReadResult parse_node_link_json(std::string_view text, const std::string& file_name);

/// Writes `network` as networkx >= 3.4 node-link JSON (conventions above), its ties under
/// `options.key` (`links` for networkx 2.x, `convert --node-link-key links`).
/// @return warnings for what the format cannot carry: one per dropped project, one per
///         attribute dropped because its name is a reserved key (node `id`, `label`,
///         `sector`; edge `source`, `target`, `key`, `weight`, `kind`, `since`, `until`).
/// @throws InvalidArgument, before writing anything, for a non-finite weight or attribute
///         number or text that is not valid UTF-8.
std::vector<std::string> write_node_link_json(const Network& network, std::ostream& out,
                                              const NodeLinkWriteOptions& options = {});

}  // namespace coopnet
