// The options every command that reads a network shares: the input, its format, the
// projection weighting of two-mode data, and the period/kind/sector filters.
#pragma once

#include <CLI/CLI.hpp>
#include <array>
#include <filesystem>
#include <span>
#include <string>
#include <vector>

#include "core/network.hpp"
#include "core/sector_vocabulary.hpp"

namespace coopnet::cli {

struct InputOptions {
    std::filesystem::path path;
    std::string format;  ///< empty = detect
    std::string from;    ///< period filter start (year or ISO date), empty = open
    std::string to;      ///< period filter end
    std::vector<std::string> kinds;
    std::vector<std::string> sectors;
    std::string projection = "shared";  ///< shared | newman
    std::filesystem::path sector_map;   ///< --sector-map FILE, empty = none
};

/// A network as read for a command, and how its sector words were read.
struct LoadedNetwork {
    Network network;
    std::vector<SectorWordUse> sector_words;
    SectorMap sector_map;  ///< the planner's map applied, to read words in options alike
};

/// Adds NET and the shared input options to a command.
void add_input_options(CLI::App& command, InputOptions& options);

/// Reads and weights the network, unfiltered, its sector words read as sectors
/// (io/network_format.hpp); prints reader warnings to stderr unless `quiet`. NET `-` is
/// standard input, which needs --input-format and cannot be a CSV folder; it can be read
/// once per run. Throws InputError for bad input and InvalidArgument for bad options.
LoadedNetwork read_input(const InputOptions& options, bool quiet);

/// Throws InvalidArgument when a value of --sectors (a sector word, read as each input
/// reads its own) or --kinds names nothing in any of `inputs` (the unfiltered networks the
/// filter applies to), with the values present and a guess (cli/data_names.hpp).
void check_filter_names(const InputOptions& options,
                        std::span<const LoadedNetwork* const> inputs);

/// Applies --from/--to/--kinds/--sectors, the sector words read with `sector_map`
/// (`--sectors Kommune` keeps municipality). Throws InvalidArgument for a bad date or
/// period.
Network filter_input(Network network, const InputOptions& options, const SectorMap& sector_map);

/// read_input(), check_filter_names() and filter_input() of one network, with how its
/// sector words were read (for info, validate).
LoadedNetwork load_network_with_sectors(const InputOptions& options, bool quiet);

/// load_network_with_sectors() without the sector words.
Network load_network(const InputOptions& options, bool quiet);

/// Adds `--triangle A,B,C` (the corners of the cooperation triangle) to a command.
void add_triangle_option(CLI::App& command, std::vector<std::string>& corners);

/// The triangle's corners named by `words` (sector words, read as the data's are; none =
/// municipality, business, foundation). @throws InvalidArgument unless three different
/// groups are named.
std::array<std::string, 3> triangle_corners(const std::vector<std::string>& words,
                                            const SectorMap& sector_map);

/// The bytes of standard input, read at the first call (Ctrl-C stops the wait).
/// @throws InputError when it cannot be read.
const std::string& standard_input_text();

/// Prints a warning line to stderr unless quiet: `coopnet: warning: ...`.
void warn(bool quiet, const std::string& message);

}  // namespace coopnet::cli
