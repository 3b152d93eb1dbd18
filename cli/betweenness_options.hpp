// `--betweenness exact|approx`, `--epsilon E`, `--delta D`: exact betweenness or the
// estimate with a guarantee (analysis/centrality/approximate_betweenness.hpp), for the
// commands that compute betweenness (analyze, brokers, gaps, map, report). Its seed is the
// command's --seed.
#pragma once

#include <CLI/CLI.hpp>
#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "analysis/centrality/approximate_betweenness.hpp"
#include "core/network.hpp"

namespace coopnet::cli {

/// Above this many (merged) ties, exact betweenness prints a note suggesting
/// `--betweenness approx` to standard error (exact is O(actors · ties): about a minute per
/// core at 200 000 ties on 40 000 actors, 15 minutes at a million). It never switches.
inline constexpr std::size_t kExactBetweennessNoteTies = 200'000;

struct BetweennessCliOptions {
    std::string method = "exact";
    double epsilon = ApproximateBetweennessOptions{}.epsilon;
    double delta = ApproximateBetweennessOptions{}.delta;
    bool bound_given = false;  ///< --epsilon or --delta given (they need approx)
};

/// Adds `--betweenness`, `--epsilon` and `--delta` to `command`.
void add_betweenness_options(CLI::App& command, BetweennessCliOptions& options);

/// The analysis' choice: empty for exact, else the bound seeded with `seed`. With exact on
/// more than kExactBetweennessNoteTies ties, a note to standard error unless `quiet`.
/// @throws InvalidArgument for --epsilon or --delta outside (0, 1), or given without
///         `--betweenness approx`.
std::optional<ApproximateBetweennessOptions> betweenness_choice(
    const BetweennessCliOptions& options, std::uint64_t seed, const Network& network, bool quiet);

/// The "betweenness" block of the JSON outputs: {"method":"exact"}, or the method, its
/// reference, ε, δ, the samples, the seed and the guarantee in words.
nlohmann::ordered_json betweenness_json(const std::optional<BetweennessEstimate>& estimate);

}  // namespace coopnet::cli
