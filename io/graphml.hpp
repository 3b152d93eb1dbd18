// GraphML (http://graphml.graphdrawing.org/), the XML graph format of Gephi, yEd, Cytoscape,
// igraph and networkx, read and written with pugixml.
//
// Mapping (attr.name of the <key> declarations; keys may have any id):
// - graph:  `edgedefault="directed"` makes a directed network (anything else, or no
//   edgedefault, an undirected one). The network name is the graph data `name`, else the
//   graph's id attribute. `coopnet_projection_weighting` = `newman` keeps the projection
//   weighting (coopnet's own key).
// - node:   the node id is the actor id, unless the node carries `coopnet_id` (written when
//   an actor id is not a valid XML NMTOKEN or collides with another node id). `label`
//   and `sector` fill the actor's fields; a yEd node without a `label` key takes the text
//   of its y:NodeLabel. Every other key becomes an attribute: attr.type int, long, float
//   and double as numbers, string and boolean as text.
// - edge:   `weight` (a finite number > 0; default 1), `kind`, `since`, `until`
//   (YYYY, YYYY-MM or YYYY-MM-DD); every other key becomes an attribute as for nodes.
// - projects (coopnet's own encoding): a node with `coopnet_type` = `project` is a project
//   (`label`, `since`, `until`, other keys as project attributes), and an edge with
//   `coopnet_type` = `membership` joins an actor (source) to a project (target); a
//   project's members keep the order of its membership edges. A foreign GraphML without
//   these keys is a plain actor network.
// - An attribute whose name is reserved above (node: label, sector, since, until,
//   coopnet_type, coopnet_id; edge: weight, kind, since, until, coopnet_type) is written
//   as `coopnet_attr:NAME` and read back as NAME. An attribute holding numbers on some
//   elements and text on others gets two keys of the same attr.name, one per type.
// - Empty values (what igraph writes for an unset attribute): empty data, or an empty
//   <default>, of a field above (label, sector, weight, kind, since, until, coopnet_type,
//   coopnet_id, graph data) or of a number key is a missing value: the field keeps its
//   default, nothing is reported. Empty data of a text attribute is the empty text.
// - A node attribute `id` (igraph keeps there the node ids of a GraphML file it read) and
//   an edge attribute `source` or `target` would clash with the actor's id and the tie's
//   ends in coopnet's model: they are kept as `graphml_NAME` (underscores appended while
//   a key of that attr.name exists), with one warning per name saying so.
// - Drawing data is ignored with one note: yEd's yfiles.type keys (y:ShapeNode,
//   y:PolyLineEdge ...; a y:NodeLabel is still the label where no `label` key is given),
//   Gephi's `viz:` keys and namespaced child elements of nodes and edges (viz:color ...).
// - <key> defaults apply to elements without that data. Nested graphs, hyperedges, ports
//   and graph data other than the above are ignored with a warning; an edge whose
//   `directed` attribute contradicts edgedefault is read in the graph's direction, with
//   a warning.
//
// Written documents are deterministic, UTF-8, indented by two spaces, with the standard
// namespace and schemaLocation header, all keys declared before the graph, node ids that
// are NMTOKENs, and no proprietary elements, so that Gephi and yEd open them. Write ->
// read gives an equal Network (actors, ties, projects, attributes, name, direction; XML
// turns a carriage return in text into a line feed). No other control character below
// U+0020 reaches a network (core/network.hpp), so every document written is XML 1.0.
//
// Reading is safe for untrusted files: pugixml never fetches or expands entities, and a
// DOCTYPE that declares entities is refused. Invalid UTF-8, malformed XML and the control
// characters XML 1.0 forbids (as bytes or as references such as `&#0;`, which pugixml
// would read, cutting the text at NUL) are refused with line and column; all other problems
// (duplicate node ids, edges to unknown nodes, bad weights or dates) are collected and thrown
// together, each with its line.
#pragma once

#include <filesystem>
#include <ostream>
#include <string>
#include <string_view>

#include "io/read_result.hpp"

namespace coopnet {

/// Reads a GraphML file (see the mapping above).
/// Throws InputError (with file, line and column) when the file cannot be read, is not
/// UTF-8, is not well-formed XML, declares entities, or describes an invalid network.
ReadResult read_graphml(const std::filesystem::path& path);

/// Parses GraphML text; `file_name` names the source in error messages. Same errors.
/// Complexity: O(bytes + keys x elements).
ReadResult parse_graphml(std::string_view text, const std::string& file_name);

/// Writes `network` losslessly as GraphML (see above). Output is byte-identical for equal
/// networks. Throws OutputError when the stream fails.
void write_graphml(const Network& network, std::ostream& out);

}  // namespace coopnet
