#include "cli/input_options.hpp"

#include <iostream>

#include "core/error.hpp"
#include "core/filter.hpp"
#include "core/text.hpp"
#include "io/network_format.hpp"

namespace coopnet::cli {

void add_input_options(CLI::App& command, InputOptions& options) {
    command.add_option("NET", options.path,
                       "network: a CSV folder, coopnet or node-link .json, .graphml, .dot, "
                       "or an edge list (.txt/.edges)")
        ->required();
    command.add_option("--input-format", options.format,
                       "override the format detected from the name: " + format_names());
    command.add_option("--from", options.from,
                       "keep ties and projects active in or after this year or date");
    command.add_option("--to", options.to,
                       "keep ties and projects active in or before this year or date "
                       "(a year Y means all of Y; undated ties always count)");
    command.add_option("--kinds", options.kinds,
                       "keep only ties of these kinds (`project` keeps every project)")
        ->delimiter(',');
    command.add_option("--sectors", options.sectors, "keep only actors of these sectors")
        ->delimiter(',');
    command.add_option("--projection", options.projection,
                       "weight of ties between co-members of a project: `shared` (1 per "
                       "shared project) or `newman` (1/(members-1), Newman 2001)")
        ->check(CLI::IsMember({"shared", "newman"}));
}

void warn(bool quiet, const std::string& message) {
    if (!quiet) std::cerr << "coopnet: warning: " << printable(message) << '\n';
}

namespace {

std::optional<PartialDate> parse_period_end(const std::string& text, const char* option) {
    if (text.empty()) return std::nullopt;
    const auto date = PartialDate::parse(text);
    if (!date) {
        throw InvalidArgument(std::string(option) + " expects a year or an ISO date "
                              "(2003, 2003-05 or 2003-05-17), not '" + text + "'");
    }
    return date;
}

}  // namespace

Network load_network(const InputOptions& options, bool quiet) {
    std::optional<NetworkFormat> format;
    if (!options.format.empty()) {
        format = parse_format_name(options.format);
        if (!format) {
            throw InvalidArgument("unknown --input-format '" + options.format +
                                  "'; use one of " + format_names());
        }
    }
    ReadResult result = read_network(options.path, format);
    for (const Diagnostic& warning : result.warnings) warn(quiet, warning.to_string());

    Network network = std::move(result.network);
    if (options.projection == "newman") {
        network = network.with_projection_weighting(ProjectionWeighting::Newman);
    }
    NetworkFilter filter;
    filter.from = parse_period_end(options.from, "--from");
    filter.to = parse_period_end(options.to, "--to");
    filter.kinds = options.kinds;
    filter.sectors = options.sectors;
    if (!filter.empty()) network = filter_network(network, filter);
    return network;
}

}  // namespace coopnet::cli
