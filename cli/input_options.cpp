#include "cli/input_options.hpp"

#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <iostream>

#include "cli/data_names.hpp"
#include "cli/output_target.hpp"
#include "core/error.hpp"
#include "core/filter.hpp"
#include "core/interrupt.hpp"
#include "io/network_format.hpp"

namespace coopnet::cli {

void add_input_options(CLI::App& command, InputOptions& options) {
    command.add_option("NET", options.path,
                       "network: a CSV folder, coopnet or node-link .json, .graphml, .dot, "
                       "or an edge list (.txt/.edges); - reads standard input (with "
                       "--input-format)")
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
    if (!quiet) std::cerr << "coopnet: warning: " << message << '\n';
}

namespace {

// How standard input is named in messages: "<stdin>:3:5: ...".
constexpr const char* kStandardInput = "<stdin>";

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

const std::string& standard_input_text() {
    static const std::string text = [] {
        std::string bytes;
        char buffer[1 << 16];
        for (;;) {
            const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
            if (n > 0) {
                bytes.append(buffer, static_cast<std::size_t>(n));
            } else if (n == 0) {
                return bytes;
            } else if (errno == EINTR) {
                throw_if_interrupted();
            } else {
                throw InputError(SourceLocation{kStandardInput},
                                 "cannot read standard input: " +
                                     std::string(std::strerror(errno)));
            }
        }
    }();
    return text;
}

Network read_input(const InputOptions& options, bool quiet) {
    std::optional<NetworkFormat> format;
    if (!options.format.empty()) {
        format = parse_format_name(options.format);
        if (!format) {
            throw InvalidArgument("unknown --input-format '" + options.format +
                                  "'; use one of " + format_names());
        }
    }
    ReadResult result;
    if (is_standard_stream(options.path)) {
        if (!format) {
            throw InvalidArgument(
                "NET '-' reads standard input, whose format no file name tells: give "
                "--input-format (json, node-link, graphml, dot or edgelist)");
        }
        if (*format == NetworkFormat::CsvFolder) {
            throw InvalidArgument(
                "a CSV folder is several files and cannot come from standard input: give the "
                "folder as NET");
        }
        result = parse_network(standard_input_text(), *format, kStandardInput);
    } else {
        result = read_network(options.path, format);
    }
    for (const Diagnostic& warning : result.warnings) warn(quiet, warning.to_string());

    Network network = std::move(result.network);
    if (options.projection == "newman") {
        network = network.with_projection_weighting(ProjectionWeighting::Newman);
    }
    return network;
}

void check_filter_names(const InputOptions& options, std::span<const Network* const> networks) {
    if (!options.sectors.empty()) {
        const std::vector<std::string> present = sectors_present(networks);
        for (const std::string& sector : options.sectors) {
            require_present("--sectors", "no actor has sector", sector, present);
        }
    }
    if (!options.kinds.empty()) {
        const std::vector<std::string> present = kinds_present(networks);
        for (const std::string& kind : options.kinds) {
            require_present("--kinds", "no tie has kind", kind, present);
        }
    }
}

Network filter_input(Network network, const InputOptions& options) {
    NetworkFilter filter;
    filter.from = parse_period_end(options.from, "--from");
    filter.to = parse_period_end(options.to, "--to");
    filter.kinds = options.kinds;
    filter.sectors = options.sectors;
    if (filter.empty()) return network;
    return filter_network(network, filter);
}

Network load_network(const InputOptions& options, bool quiet) {
    Network network = read_input(options, quiet);
    const Network* networks[] = {&network};
    check_filter_names(options, networks);
    return filter_input(std::move(network), options);
}

}  // namespace coopnet::cli
