// Graphviz DOT (https://graphviz.org/doc/info/lang.html), read and written through
// Graphviz's own cgraph library, so that the syntax, quoting and escaping are Graphviz's.
//
// Reading:
// - `digraph` makes a directed network, `graph` an undirected one; a `strict` graph is
//   read as written (Graphviz has already merged its repeated edges) and noted in the
//   warnings. The graph's name is the network name (an anonymous graph has none).
// - Every node is an actor, in order of first mention; its name is the actor id.
//   Node attributes: `label` (a label `\N` means "the node name" and reads as no label),
//   `sector`; every other attribute with a non-empty value is kept as a text attribute
//   (also Graphviz drawing attributes such as `shape`).
// - Every edge is a tie, in file order: `weight` (a finite number > 0, default 1), `kind`,
//   `since`, `until` (YYYY, YYYY-MM or YYYY-MM-DD); other non-empty attributes are kept as
//   text. Subgraphs and clusters are flattened; graph attributes are ignored. Only the first
//   graph of a file is read (a warning says so when more follow).
// - Escapes: in every name and value `\\` reads as one backslash and `\n` as a line feed;
//   other backslash sequences (`\l`, `\N` ...) are kept as written. HTML-like values
//   (`label=<<b>x</b>>`) are kept as their text without the outer angle brackets.
// - A syntax error becomes an InputError with the line cgraph reports, and so does every
//   other message cgraph gives at error level (AGERR), such as "memory exhausted" for
//   nesting deeper than its parser's stack, or an error in the text after the first
//   graph: never a partial network. Messages at warning level (a badly delimited number
//   that cgraph splits into two tokens) stay warnings. Invalid UTF-8 and control
//   characters other than tab and line breaks (core/network.hpp) are refused anywhere in
//   the text with line and column. Semantic problems (bad weight or date, duplicate ids
//   after unescaping) name the node or edge, since cgraph keeps no line numbers for them;
//   a node name with a tab or line break gets the line of its quoted string.
//
// Writing (through agopen/agnode/agedge/agxset and agwrite into a string): a non-strict
// `graph`/`digraph` named after the network, the actors as nodes in actor order inside
// `subgraph actors { ... }` (which keeps their order when the file is read back), `label`
// (when set), `sector`, other attributes as text, then one anonymous edge per explicit tie
// with its own `weight` (on every edge, an unquoted number such as `weight=2` or
// `weight=0.5`; no `edge [weight=1]` default, which pygraphviz and networkx's read_dot
// would not apply to the edge), `kind`, `since`, `until` and
// other attributes as text, so multiplex ties stay separate. Backslashes and line feeds
// are escaped as above before cgraph quotes a value.
//
// What DOT keeps: actors (id, label, sector), explicit ties (weight, kind, period),
// attributes as text (numeric attributes come back as text), direction and name. What it
// loses: projects (and their projected ties), the projection weighting, and the order of
// ties: cgraph writes the edges grouped by source actor, then by target actor, so after
// write -> read the ties come back stably sorted by (source, target). An attribute named
// like a reserved one (node: label, sector; edge: weight, kind, since, until) is written
// as `coopnet_attr:NAME` and read back as NAME.
//
// Thread safety: cgraph keeps global state (its lexer, the error function, the input line
// number). The functions here and viz's maps share one lock (io/cgraph/plumbing.hpp), so
// any thread may call them; Graphviz work runs one call at a time.
#pragma once

#include <filesystem>
#include <ostream>
#include <string>
#include <string_view>

#include "io/read_result.hpp"

namespace coopnet {

/// Reads a DOT file (see above). Throws InputError when the file cannot be read, is not
/// UTF-8, has a syntax error (with cgraph's line), or describes an invalid network.
ReadResult read_dot(const std::filesystem::path& path);

/// Parses DOT text; `file_name` names the source in error messages. Same errors.
ReadResult parse_dot(std::string_view text, const std::string& file_name);

/// Writes the actors and explicit ties of `network` as DOT through cgraph (see above);
/// byte-identical output for equal networks. Projects are left out (io/network_format.hpp
/// warns about them). Throws OutputError when cgraph or the stream fails.
void write_dot(const Network& network, std::ostream& out);

}  // namespace coopnet
