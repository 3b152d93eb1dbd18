#include "cli/input_options.hpp"

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <iostream>

#include "cli/data_names.hpp"
#include "cli/output_target.hpp"
#include "core/error.hpp"
#include "core/filter.hpp"
#include "core/interrupt.hpp"
#include "core/text.hpp"
#include "io/network_format.hpp"
#include "io/sector_map.hpp"

namespace coopnet::cli {

void add_input_options(CLI::App& command, InputOptions& options) {
    command
        .add_option("NET", options.path,
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
    command
        .add_option("--kinds", options.kinds,
                    "keep only ties of these kinds (`project` keeps every project)")
        ->delimiter(',');
    command.add_option("--sectors", options.sectors, "keep only actors of these sectors")
        ->delimiter(',');
    command
        .add_option("--projection", options.projection,
                    "weight of ties between co-members of a project: `shared` (1 per "
                    "shared project) or `newman` (1/(members-1), Newman 2001)")
        ->check(CLI::IsMember({"shared", "newman"}));
    command.add_option("--sector-map", options.sector_map,
                       "a two-column sheet `Wort;Sektor` (or `word,sector`) saying what the "
                       "sector words of NET mean; wins over the built-in vocabulary and a "
                       "CSV folder's sectors.csv");
}

void warn(bool quiet, const std::string& message) {
    if (!quiet) std::cerr << "coopnet: warning: " << printable(message) << '\n';
}

namespace {

// How standard input is named in messages: "<stdin>:3:5: ...".
constexpr const char* kStandardInput = "<stdin>";

std::optional<PartialDate> parse_period_end(const std::string& text, const char* option) {
    if (text.empty()) return std::nullopt;
    const auto date = PartialDate::parse(text);
    if (!date) {
        throw InvalidArgument(std::string(option) +
                              " expects a year or an ISO date "
                              "(2003, 2003-05 or 2003-05-17), not '" +
                              text + "'");
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

LoadedNetwork read_input(const InputOptions& options, bool quiet) {
    ReadOptions read;
    if (!options.format.empty()) {
        read.format = parse_format_name(options.format);
        if (!read.format) {
            throw InvalidArgument("unknown --input-format '" + options.format + "'; use one of " +
                                  format_names());
        }
    }
    if (!options.sector_map.empty()) read.sector_map = read_sector_map(options.sector_map);
    ReadResult result;
    if (is_standard_stream(options.path)) {
        if (!read.format) {
            throw InvalidArgument(
                "NET '-' reads standard input, whose format no file name tells: give "
                "--input-format (json, node-link, graphml, dot, edgelist, gexf, pajek or xlsx)");
        }
        if (*read.format == NetworkFormat::CsvFolder) {
            throw InvalidArgument(
                "a CSV folder is several files and cannot come from standard input: give the "
                "folder as NET");
        }
        result = parse_network(standard_input_text(), read, kStandardInput);
    } else {
        result = read_network(options.path, read);
    }
    for (const Diagnostic& warning : result.warnings) warn(quiet, warning.to_string());

    Network network = std::move(result.network);
    if (options.projection == "newman") {
        network = network.with_projection_weighting(ProjectionWeighting::Newman);
    }
    return {std::move(network), std::move(result.sector_words), std::move(result.sector_map)};
}

void check_filter_names(const InputOptions& options,
                        std::span<const LoadedNetwork* const> inputs) {
    std::vector<const Network*> networks;
    for (const LoadedNetwork* input : inputs) networks.push_back(&input->network);
    if (!options.sectors.empty()) {
        const std::vector<std::string> present = sectors_present(networks);
        for (const std::string& word : options.sectors) {
            // Present when any input has an actor of the sector the word means there.
            bool found = false;
            for (const LoadedNetwork* input : inputs) {
                const std::string sector = SectorVocabulary(input->sector_map).read(word).sector;
                found = found || std::binary_search(present.begin(), present.end(), sector);
            }
            if (!found) require_present("--sectors", "no actor has sector", word, present);
        }
    }
    if (!options.kinds.empty()) {
        const std::vector<std::string> present = kinds_present(networks);
        for (const std::string& kind : options.kinds) {
            require_present("--kinds", "no tie has kind", kind, present);
        }
    }
}

Network filter_input(Network network, const InputOptions& options, const SectorMap& sector_map) {
    NetworkFilter filter;
    filter.from = parse_period_end(options.from, "--from");
    filter.to = parse_period_end(options.to, "--to");
    filter.kinds = options.kinds;
    // --sectors speaks the planner's words too: `--sectors Kommune` keeps municipality.
    const SectorVocabulary vocabulary(sector_map);
    for (const std::string& word : options.sectors) {
        filter.sectors.push_back(vocabulary.read(word).sector);
    }
    if (filter.empty()) return network;
    return filter_network(network, filter);
}

LoadedNetwork load_network_with_sectors(const InputOptions& options, bool quiet) {
    LoadedNetwork loaded = read_input(options, quiet);
    const LoadedNetwork* inputs[] = {&loaded};
    check_filter_names(options, inputs);
    loaded.network = filter_input(std::move(loaded.network), options, loaded.sector_map);
    return loaded;
}

void add_triangle_option(CLI::App& command, std::vector<std::string>& corners) {
    command
        .add_option("--triangle", corners,
                    "the three groups of the cooperation triangle, as sector words "
                    "(default: municipality,business,foundation)")
        ->delimiter(',')
        ->expected(3);
}

std::array<std::string, 3> triangle_corners(const std::vector<std::string>& words,
                                            const SectorMap& sector_map) {
    if (words.empty()) return {"municipality", "business", "foundation"};
    if (words.size() != 3) {
        throw InvalidArgument("--triangle names three groups, not " + std::to_string(words.size()));
    }
    const SectorVocabulary vocabulary(sector_map);
    std::array<std::string, 3> corners;
    for (std::size_t c = 0; c < 3; ++c) corners[c] = vocabulary.read(words[c]).sector;
    if (corners[0] == corners[1] || corners[0] == corners[2] || corners[1] == corners[2]) {
        throw InvalidArgument("--triangle names one group twice (" + corners[0] + ", " +
                              corners[1] + ", " + corners[2] + ")");
    }
    return corners;
}

Network load_network(const InputOptions& options, bool quiet) {
    return load_network_with_sectors(options, quiet).network;
}

}  // namespace coopnet::cli
