// The options every command that reads a network shares: the input, its format, the
// projection weighting of two-mode data, and the period/kind/sector filters.
#pragma once

#include <CLI/CLI.hpp>
#include <filesystem>
#include <string>
#include <vector>

#include "core/network.hpp"

namespace coopnet::cli {

struct InputOptions {
    std::filesystem::path path;
    std::string format;      ///< empty = detect
    std::string from;        ///< period filter start (year or ISO date), empty = open
    std::string to;          ///< period filter end
    std::vector<std::string> kinds;
    std::vector<std::string> sectors;
    std::string projection = "shared";  ///< shared | newman
};

/// Adds NET and the shared input options to a command.
void add_input_options(CLI::App& command, InputOptions& options);

/// Reads, weights and filters the network; prints reader warnings to stderr unless
/// `quiet`. Throws InputError for bad input and InvalidArgument for bad options.
Network load_network(const InputOptions& options, bool quiet);

/// Prints a warning line to stderr unless quiet: `coopnet: warning: ...`.
void warn(bool quiet, const std::string& message);

}  // namespace coopnet::cli
