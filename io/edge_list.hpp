// Plain edge lists, the format of large research graphs (SNAP, KONECT, networkx
// write_edgelist): one tie per line, `source target [weight]`, separated by blanks.
//
// Reading:
// - Fields are separated by spaces or tabs; a line may end in LF or CRLF.
// - Blank lines are ignored. A token that begins with `#` starts a comment that runs to
//   the end of the line, so `a b 2  # note` is the tie a-b with weight 2.
// - Actors are created on first sight, in order of appearance; their ids are the tokens.
// - The weight defaults to 1; it must be a finite number > 0. A fourth column is an error.
// - Header comments steer the reader: `# directed` (before the first tie) makes the
//   network directed (the default is undirected; `# undirected` says so explicitly);
//   `# isolated: ID` declares an actor without ties (it is added in its place in the order
//   of appearance; naming an actor that already exists is harmless). Other comments are
//   ignored.
// - Problems are collected and thrown together as one InputError with file:line (and
//   column for invalid UTF-8).
//
// Writing: one explicit tie per line as `source target weight` (shortest round-trip
// weight, `1` for 1), in tie order, and nothing else: no header and no comment, so that
// igraph's Graph.Read_Ncol (which knows no comments; it reads the third column as the edge
// attribute `weight`) and networkx's read_weighted_edgelist / read_edgelist load the file
// with their default arguments. (igraph's Read_Edgelist reads integer ids 0..n-1 only.)
// Actors without ties and the direction have no place in such a file; the writer returns
// a warning for each. With EdgeListComments::DirectionAndIsolates (`convert
// --edge-list-comments`) it writes `# directed` first when the network is directed and
// `# isolated: ID` for every actor without an explicit tie at the end, in actor order:
// coopnet and networkx read that file, igraph's Read_Ncol does not.
//
// What an edge list loses: labels, sectors, tie kinds, periods, all attributes, projects
// (and therefore the ties projected from them) and the network name; without the comments
// also isolates and direction. Multiplex ties stay separate lines. After write -> read,
// the actors that have ties come first, in order of first appearance in the tie lines,
// followed by the isolates in their order.
#pragma once

#include <filesystem>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "io/read_result.hpp"

namespace coopnet {

/// What an edge list says besides its ties.
enum class EdgeListComments {
    None,                 ///< ties only: what igraph and networkx read with their defaults
    DirectionAndIsolates  ///< `# directed` and `# isolated: ID` lines: lossless for coopnet
};

struct EdgeListWriteOptions {
    EdgeListComments comments = EdgeListComments::None;
};

/// Reads an edge list file (see the format above) into a network named after nothing.
/// Throws InputError when the file cannot be read or any line is malformed (all problems
/// listed). Complexity: O(bytes) expected (one hash lookup per id).
/// Memory: the file is read into one buffer, parsed straight into the final ties (48 bytes
/// each) and actors, and freed before the adjacency is built. Peak for 1 000 000 ties
/// among 200 000 actors (bench/ BA 200 000 x 5): 108 MiB ru_maxrss, of which ties 46,
/// actors 20, adjacency 24, id index 8 and the process itself 3 (was 311 MiB).
ReadResult read_edge_list(const std::filesystem::path& path);

/// Parses edge list text; `file_name` names the source in error messages.
/// Throws InputError listing every malformed line as `file_name:line: problem`.
ReadResult parse_edge_list(std::string_view text, const std::string& file_name);

/// Writes the explicit ties of `network` as an edge list (see above); deterministic.
/// Projects, labels, sectors, kinds, periods and attributes are left out (the format has
/// no place for them; io/network_format.hpp warns about left-out projects).
/// @return warnings for left-out isolates and direction (only without the comments).
/// Throws InvalidArgument naming the actor when an id cannot be written: empty, containing
/// a space, tab, CR or LF, or beginning with `#`.
std::vector<std::string> write_edge_list(const Network& network, std::ostream& out,
                                         const EdgeListWriteOptions& options = {});

}  // namespace coopnet
