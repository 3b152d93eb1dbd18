#include "cli/betweenness_options.hpp"

#include <iostream>

#include "core/error.hpp"

namespace coopnet::cli {

void add_betweenness_options(CLI::App& command, BetweennessCliOptions& options) {
    command
        .add_option("--betweenness", options.method,
                    "exact (default; Brandes) or approx: estimated from sampled shortest paths, "
                    "every actor within --epsilon of the exact normalised value with "
                    "probability at least 1 - --delta (Riondato & Kornaropoulos 2016), seeded "
                    "by --seed")
        ->check(CLI::IsMember({"exact", "approx"}));
    command
        .add_option("--epsilon", options.epsilon,
                    "with --betweenness approx: the largest error of a normalised value "
                    "(default 0.005)")
        ->each([&options](const std::string&) { options.bound_given = true; });
    command
        .add_option("--delta", options.delta,
                    "with --betweenness approx: the chance allowed that some value misses by "
                    "more (default 0.1)")
        ->each([&options](const std::string&) { options.bound_given = true; });
}

std::optional<ApproximateBetweennessOptions> betweenness_choice(
    const BetweennessCliOptions& options, std::uint64_t seed, const Network& network, bool quiet) {
    if (options.method != "approx") {
        if (options.bound_given) {
            throw InvalidArgument("--epsilon and --delta need --betweenness approx");
        }
        if (!quiet && network.adjacency().tie_count() > kExactBetweennessNoteTies) {
            std::cerr << "note: exact betweenness on " << network.adjacency().tie_count()
                      << " ties takes long (O(actors x ties)); --betweenness approx estimates "
                         "it within --epsilon (default 0.005) in seconds\n";
        }
        return std::nullopt;
    }
    if (!(options.epsilon > 0.0 && options.epsilon < 1.0)) {
        throw InvalidArgument("--epsilon must lie strictly between 0 and 1");
    }
    if (!(options.delta > 0.0 && options.delta < 1.0)) {
        throw InvalidArgument("--delta must lie strictly between 0 and 1");
    }
    ApproximateBetweennessOptions approximate;
    approximate.epsilon = options.epsilon;
    approximate.delta = options.delta;
    approximate.seed = seed;
    return approximate;
}

nlohmann::ordered_json betweenness_json(const std::optional<BetweennessEstimate>& estimate) {
    nlohmann::ordered_json block;
    if (!estimate) {
        block["method"] = "exact";
        block["algorithm"] = "Brandes 2001";
        return block;
    }
    block["method"] = "approximate";
    block["algorithm"] = "Riondato-Kornaropoulos 2016";
    block["epsilon"] = estimate->epsilon;
    block["delta"] = estimate->delta;
    block["samples"] = estimate->samples;
    block["vertex_diameter_bound"] = estimate->vertex_diameter_bound;
    block["seed"] = estimate->seed;
    block["guarantee"] =
        "every actor's normalised betweenness lies within epsilon of the exact value, all "
        "actors at once, with probability at least 1 - delta";
    return block;
}

}  // namespace coopnet::cli
