// Choosing a reader or writer: by the path's extension (or a folder for CSV), or by
// the name the user gives with --input-format / --output-format.
#pragma once

#include <filesystem>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "io/csv.hpp"
#include "io/edge_list.hpp"
#include "io/gexf.hpp"
#include "io/node_link_json.hpp"
#include "io/read_result.hpp"

namespace coopnet {

enum class NetworkFormat {
    CoopnetJson,
    NodeLinkJson,
    CsvFolder,
    GraphML,
    Dot,
    EdgeList,
    Xlsx,
    Gexf,
    Pajek,
};

/// The user-facing name of a format: json, node-link, csv, graphml, dot, edgelist, xlsx,
/// gexf, pajek.
std::string_view format_name(NetworkFormat format);

/// Parses a format name (also the aliases `coopnet`, `nodelink`, `xml`, `gv`, `edges`,
/// `net`).
std::optional<NetworkFormat> parse_format_name(std::string_view name);

/// The names accepted by parse_format_name, for --help texts.
std::string format_names();

/// Format of an existing input: a folder is a CSV folder, and so is a `.csv` file (which
/// read_csv_folder() refuses, naming the folder to give instead); `.json` files are
/// node-link JSON when their top-level object has `nodes` and no `actors`, coopnet JSON
/// otherwise; `.graphml`/`.xml`, `.dot`/`.gv`, `.txt`/`.edges`/`.edgelist`/`.el`, `.gexf` by
/// extension, and `.net`/`.paj` (Pajek; of a project file the first network is read).
/// Throws InvalidArgument when the path does not exist or nothing fits.
NetworkFormat detect_input_format(const std::filesystem::path& path);

/// Format for an output path: by extension as above (`.json` = coopnet JSON), and a
/// path without extension or ending in a separator = CSV folder.
NetworkFormat detect_output_format(const std::filesystem::path& path);

struct ReadOptions {
    std::optional<NetworkFormat> format;  ///< detected from the path when not given
    /// The planner's sector words (--sector-map); a CSV folder's own sectors.csv applies
    /// too, and this map wins over it word by word.
    SectorMap sector_map;
};

/// Reads a network in the given format (detected when not given) and reads its sector
/// words as sectors (core/sector_vocabulary.hpp): the result's actors carry the sectors
/// the words mean, `sector_words` says how each word was read, and `warnings` has one
/// entry per ambiguous or unknown word (with the closest known word).
ReadResult read_network(const std::filesystem::path& path, const ReadOptions& options);
ReadResult read_network(const std::filesystem::path& path,
                        std::optional<NetworkFormat> format = std::nullopt);

/// Reads a network from `text` (the whole bytes of a file, e.g. standard input) in
/// `options.format`, with its sector words read as read_network() reads them (with
/// `options.sector_map` only: a stream has no folder with a sectors.csv); `name` names it
/// in every message ("<stdin>:3:5: ...").
/// @throws InvalidArgument without a format or for NetworkFormat::CsvFolder, which is
///   several files; InputError as the format's reader.
ReadResult parse_network(std::string_view text, const ReadOptions& options,
                         const std::string& name);

struct WriteOptions {
    std::optional<NetworkFormat> format;  ///< detected from the path when not given
    CsvStyle csv_style;                   ///< for CSV folders
    NodeLinkWriteOptions node_link;       ///< for node-link JSON: `edges` or `links`
    EdgeListWriteOptions edge_list;       ///< for edge lists: ties only, or with comments
    GexfWriteOptions gexf;                ///< for GEXF: the version, the drawing
};

/// Writes a network atomically (see io/atomic_file.hpp), refusing to overwrite any of
/// `inputs`. Returns warnings about what the format could not keep.
std::vector<std::string> write_network(const Network& network, const std::filesystem::path& path,
                                       const WriteOptions& options,
                                       std::span<const std::filesystem::path> inputs = {});

/// Writes a network in `format` to `out` (e.g. standard output). Returns warnings about
/// what the format could not keep, naming `target` as where it went. `options.format` and
/// `options.csv_style` are not used.
/// @throws InvalidArgument for NetworkFormat::CsvFolder, which is several files, and for
///   NetworkFormat::Xlsx (a workbook is written to a file, io/xlsx_network_writer.hpp).
std::vector<std::string> write_network(const Network& network, std::ostream& out,
                                       NetworkFormat format, const std::string& target,
                                       const WriteOptions& options = {});

}  // namespace coopnet
