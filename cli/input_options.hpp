// The options every command that reads a network shares: the input, its format, the
// projection weighting of two-mode data, and the period/kind/sector filters.
#pragma once

#include <CLI/CLI.hpp>
#include <array>
#include <filesystem>
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

/// Reads, weights and filters the network; prints reader warnings to stderr unless
/// `quiet`. Throws InputError for bad input and InvalidArgument for bad options.
Network load_network(const InputOptions& options, bool quiet);

/// load_network(), also returning how the sector words were read (for info, validate).
LoadedNetwork load_network_with_sectors(const InputOptions& options, bool quiet);

/// Adds `--triangle A,B,C` (the corners of the cooperation triangle) to a command.
void add_triangle_option(CLI::App& command, std::vector<std::string>& corners);

/// The triangle's corners named by `words` (sector words, read as the data's are; none =
/// municipality, business, foundation). @throws InvalidArgument unless three different
/// groups are named.
std::array<std::string, 3> triangle_corners(const std::vector<std::string>& words,
                                            const SectorMap& sector_map);

/// Prints a warning line to stderr unless quiet: `coopnet: warning: ...`.
void warn(bool quiet, const std::string& message);

}  // namespace coopnet::cli
