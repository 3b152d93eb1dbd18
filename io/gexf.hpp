// GEXF (https://gexf.net/), Gephi's own XML graph format, read and written with pugixml.
//
// Versions: written as GEXF 1.3 (namespace http://gexf.net/1.3, viz http://gexf.net/1.3/viz,
// what Gephi 0.9 and later write) unless GexfWriteOptions asks for 1.2draft
// (http://www.gexf.net/1.2draft): networkx reads 1.3 only from 3.6 on (networkx PR #8196,
// 2025); Debian 12's networkx 2.8 `read_gexf` knows 1.1draft and 1.2draft alone
// (`coopnet convert --gexf-version 1.2draft`). Read: 1.1draft, 1.2draft and 1.3, told by
// the root's `version` (another version is read as 1.3, with a warning).
//
// Mapping (elements are matched by their local name, whatever the namespace prefix):
// - graph:  defaultedgetype="directed" makes a directed network (undirected, mutual or
//   none: undirected). The network name is the graph's `name` attribute (where networkx
//   keeps it); `coopnet_projection_weighting="newman"` on <graph> keeps the projection
//   weighting (coopnet's own attribute). <meta> is ignored.
// - node:   the node id is the actor id (GEXF ids are any text), the `label` attribute the
//   label (written only when the actor has one). Attributes (<attributes class="node">,
//   <attvalue for=ID value=...>): `sector` is the actor's sector; every other one an
//   actor attribute, by its title: types integer, long, float and double as numbers,
//   everything else (string, boolean, liststring, date, anyURI ...) as text.
// - edge:   `source`, `target`, `weight` (a finite number > 0; default 1); attributes
//   `kind` (else the edge's GEXF 1.3 `kind` attribute), `since`, `until` (YYYY, YYYY-MM or
//   YYYY-MM-DD) and free attributes as for nodes; an edge `label` is the attribute `label`.
// - time:   a dated tie carries one <spell> so that Gephi's timeline plays the network over
//   the years: graph mode="dynamic" timeformat="date", and a partial date means its whole
//   span, as coopnet's periods do: since 2015 starts 2015-01-01, until 2016 ends
//   2016-12-31, until 2016-02 ends 2016-02-29; an open end stays open. The exact text
//   ("2015", "2015-03") is kept in the `since` and `until` attributes, which win over the
//   spells when read. Foreign time (no such attributes): the spells, slices (1.1draft),
//   timestamps and start/end (or startopen/endopen) attributes of an edge give its period,
//   as dates (timeformat date, or the date part of a dateTime) or as years (integer or
//   double times that are whole numbers 0..9999); INF/-INF ends are open. Several spells
//   on one element are read as one period from the earliest start to the latest end, with
//   one warning for the document (the gaps between them are lost). Time on actors is kept
//   as their attributes `since` and `until` (text, as dates); time on the values of
//   dynamic attributes is dropped, the last value kept, with one warning.
// - projects (coopnet's own encoding, as in io/graphml.hpp): a node with the attribute
//   `coopnet_type` = `project` is a project (label, since/until with a spell, other
//   attributes), and an edge with `coopnet_type` = `membership` joins an actor (source) to
//   a project (target); members keep the order of their edges. A project whose id an
//   actor has already gets a fresh node id (`_p<index>`) and the attribute `coopnet_id`.
// - An attribute whose name is reserved above (node: sector, since, until, coopnet_type,
//   coopnet_id; edge: weight, kind, since, until, coopnet_type) is written as
//   `coopnet_attr:NAME` and read back as NAME. An attribute holding numbers on some
//   elements and text on others gets two declarations of the same title, one per type.
//   Empty values of the fields and of numbers are missing values; empty text stays.
// - Drawing (GexfDrawing, filled by `coopnet convert`): viz:color, viz:size and
//   viz:position per actor, written when given. Reading ignores viz: elements with one
//   note. Hierarchies (nested nodes, pid, parents) are ignored with a warning; an edge
//   whose own `type` contradicts defaultedgetype is read in the graph's direction, with a
//   warning.
//
// Written documents are deterministic, UTF-8, indented by two spaces, with the version's
// namespaces and schemaLocation, no dates of writing. Write -> read gives an equal Network
// (actors, ties, projects, attributes, name, direction, projection weighting).
//
// Reading is safe for untrusted files as for GraphML (io/detail/xml_input.hpp): entities
// are never expanded, invalid UTF-8, malformed XML and forbidden control characters are
// refused with line and column; all other problems (duplicate node ids, edges to unknown
// nodes, bad weights, numbers or dates) are collected and thrown together, each with its
// line.
#pragma once

#include <array>
#include <filesystem>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "io/read_result.hpp"

namespace coopnet {

enum class GexfVersion { V1_3, V1_2draft };

/// "1.3", "1.2draft".
std::string_view gexf_version_name(GexfVersion version);
std::optional<GexfVersion> parse_gexf_version(std::string_view name);

/// How Gephi should draw the actors: one entry per actor (NodeId order) in each vector
/// that is not empty; an unset entry writes nothing for that actor. io computes none of it.
struct GexfDrawing {
    std::vector<std::optional<std::string>> colours;  ///< `#RRGGBB` -> viz:color r g b
    std::vector<std::optional<double>> sizes;         ///< viz:size value
    /// viz:position x y (z = 0), in the writer's units; y grows upwards in Gephi.
    std::vector<std::optional<std::array<double, 2>>> positions;
};

struct GexfWriteOptions {
    GexfVersion version = GexfVersion::V1_3;
    std::optional<GexfDrawing> drawing;
};

/// Reads a GEXF file (see the mapping above).
/// Throws InputError (with file, line and column) when the file cannot be read, is not
/// UTF-8, is not well-formed XML, declares entities, or describes an invalid network.
ReadResult read_gexf(const std::filesystem::path& path);

/// Parses GEXF text; `file_name` names the source in error messages. Same errors.
/// Complexity: O(bytes + attributes x elements).
ReadResult parse_gexf(std::string_view text, const std::string& file_name);

/// Writes `network` losslessly as GEXF (see above). Output is byte-identical for equal
/// networks and options. Throws InvalidArgument when a drawing vector has neither 0 nor
/// one entry per actor, or holds a colour that is not `#RRGGBB` or a number that is not
/// finite; OutputError when the stream fails.
void write_gexf(const Network& network, std::ostream& out, const GexfWriteOptions& options = {});

}  // namespace coopnet
