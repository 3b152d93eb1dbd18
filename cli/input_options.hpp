// The options every command that reads a network shares: the input, its format, the
// projection weighting of two-mode data, and the period/kind/sector filters.
#pragma once

#include <CLI/CLI.hpp>
#include <filesystem>
#include <span>
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

/// Reads and weights the network, unfiltered; prints reader warnings to stderr unless
/// `quiet`. NET `-` is standard input, which needs --input-format and cannot be a CSV
/// folder; it can be read once per run. Throws InputError for bad input and
/// InvalidArgument for bad options.
Network read_input(const InputOptions& options, bool quiet);

/// Throws InvalidArgument when a value of --sectors or --kinds names nothing in any of
/// `networks` (the unfiltered networks the filter applies to), with the values present
/// and a guess (cli/data_names.hpp).
void check_filter_names(const InputOptions& options, std::span<const Network* const> networks);

/// Applies --from/--to/--kinds/--sectors. Throws InvalidArgument for a bad date or period.
Network filter_input(Network network, const InputOptions& options);

/// read_input(), check_filter_names() and filter_input() of one network.
Network load_network(const InputOptions& options, bool quiet);

/// The bytes of standard input, read at the first call (Ctrl-C stops the wait).
/// @throws InputError when it cannot be read.
const std::string& standard_input_text();

/// Prints a warning line to stderr unless quiet: `coopnet: warning: ...`.
void warn(bool quiet, const std::string& message);

}  // namespace coopnet::cli
