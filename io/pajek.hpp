// Pajek `.net` files (V. Batagelj, A. Mrvar: Pajek manual, http://mrvar.fdv.uni-lj.si/pajek/),
// the format of many published SNA data sets, read as igraph (Graph.Read_Pajek) and
// networkx (read_pajek) read them, and written so that both load the file with their
// default arguments.
//
// Reading:
// - Lines end in LF or CRLF; blank lines and lines beginning with `%` (comments) are
//   ignored. Section keywords are case-insensitive: `*Network NAME` gives the network name
//   (the rest of the line, unquoted when quoted), `*Vertices n` declares vertices 1..n.
// - Vertex lines `i ["label" [x y [z]] [options]]`, in any order, each number at most once.
//   The label is the actor id (networkx names its nodes by label; igraph keeps it as the
//   vertex attribute `id`). A vertex without a line or without a label (or with `""`) gets
//   its number as id ("7"), as networkx names a vertex it only meets in a tie. A label
//   that repeats an earlier id is kept as the actor's label, and its id becomes
//   `LABEL (i)` (then `LABEL (i) 2` ... while taken), with one warning. Coordinates,
//   shapes and drawing options are ignored with one warning.
// - Labels: a token beginning with `"` runs to the next `"` that is not escaped; inside,
//   `\"` reads as `"` and `\\` as `\` (what Python's shlex, and so networkx, reads; igraph
//   writes them), every other backslash is kept. An unquoted token is taken as it is.
// - `*Edges` (undirected) and `*Arcs` (directed): `from to [weight] [options]`; the weight
//   defaults to 1 and must be a finite number > 0 (coopnet's ties need it; Pajek's signed
//   networks cannot be read). A third token beginning with a letter (other than nan/inf)
//   starts the drawing options (`c Blue`, `w 2`, `l "x"`), which are ignored with one
//   warning. `*Edgeslist` / `*Arcslist`: `from to1 to2 ...`, weight 1. `*Matrix`: one row
//   per vertex (n x n numbers, which may wrap across lines); every entry > 0 is an arc of
//   that weight, as igraph and networkx read it (so a matrix makes a directed network).
//   A relation name in the section line (`*Arcs :2 "advice"`) becomes the tie kind.
// - Every tie is kept in file order: parallel ties stay separate (multiplex), loops are
//   self-ties. A file with both edges and arcs is read as a directed network in which each
//   edge is two arcs (a loop edge one), with a warning: the meaning of the file is kept.
// - Two-mode networks `*Vertices n n1`: vertices 1..n1 are actors and n1+1..n projects
//   (their labels the project ids), and each line joining the two modes is a membership
//   (weights and kinds are dropped, with a warning when one is not 1). When a line joins
//   two vertices of one mode, the file is read as one-mode (all n vertices actors), with a
//   warning naming the line.
// - Project files (`.paj`): the first network is read; a second `*Network` and everything
//   from the first `*Partition`, `*Vector`, `*Permutation`, `*Cluster` or `*Hierarchy` on
//   are ignored with a warning.
// - Encoding: UTF-8 (a byte order mark is skipped). A file that is not valid UTF-8 is read
//   as Windows-1252 (old Pajek files come from Windows), losslessly for that code page,
//   with a warning naming the file; Windows-1250 (Central European) text shows other
//   letters and must be converted first (iconv -f CP1250 -t UTF-8).
// - Errors, collected and thrown together as one InputError with file:line (and column for
//   an unterminated quote): data before `*Vertices`, a missing or bad vertex count, a count
//   above both 1 000 000 and the file's size in bytes (a typo would allocate gigabytes), a
//   vertex or tie naming a number outside 1..n, a bad weight, a matrix with too few or too
//   many entries, an unknown section.
//
// Writing: `*Network NAME` (when the network has a one-line name), `*Vertices n`, one line
// `i "actor id"` per actor in actor order, then `*Edges` (undirected) or `*Arcs` (directed)
// and one line `from to weight` per explicit tie in tie order (shortest round-trip weight,
// `1` for 1). In an id, `"` is written as `\"`, and `\` as `\\` where it precedes `"` or `\`
// or ends the id (elsewhere it stays one backslash, which networkx and igraph both keep);
// igraph's reader knows no escapes: it reads such a label with its quotes and backslashes (a
// warning says so; ids with a backslash elsewhere read back the same everywhere).
// Write -> read gives the same ids, direction, name, ties and weights; the writer returns a
// warning for each thing Pajek cannot hold: labels, sectors, tie kinds, periods and
// attributes (io/network_format.hpp warns about projects). Output is byte-identical for
// equal networks.
#pragma once

#include <filesystem>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "io/read_result.hpp"

namespace coopnet {

/// Reads a Pajek `.net` (or the first network of a `.paj`) file; see the conventions above.
/// Throws InputError when the file cannot be read or describes no valid network, listing
/// every problem with its line. Complexity: O(bytes + n) (one pass, no id lookups for ties).
ReadResult read_pajek(const std::filesystem::path& path);

/// Parses Pajek text; `file_name` names the source in messages. Same errors.
ReadResult parse_pajek(std::string_view text, const std::string& file_name);

/// Writes the actors and explicit ties of `network` as Pajek (see above); deterministic.
/// @return one warning per kind of data left out (labels, sectors, kinds, periods,
///   attributes, a name with line breaks) and one for ids written with escapes.
/// Throws OutputError when the stream fails.
std::vector<std::string> write_pajek(const Network& network, std::ostream& out);

}  // namespace coopnet
