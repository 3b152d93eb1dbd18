// `--draws N` and `--null ties|degrees|size`: the tests against chance behind "weak" and
// "strong" (analysis/statistics/cug_test.hpp), for the commands that show them (gaps,
// analyze, report). Their seed is the command's --seed.
#pragma once

#include <CLI/CLI.hpp>
#include <cstddef>
#include <cstdint>
#include <string>

#include "analysis/brokers_and_gaps.hpp"

namespace coopnet::cli {

struct ChanceCliOptions {
    std::size_t draws = 1000;
    std::string null_model = "ties";
    bool draws_given = false;  ///< set by add_chance_options' callback: simulate any size
};

/// Adds `--draws` and `--null` to `command`.
void add_chance_options(CLI::App& command, ChanceCliOptions& options);

/// The options as the analysis takes them, seeded with `seed`.
void apply_chance_options(const ChanceCliOptions& options, std::uint64_t seed,
                          BrokersAndGapsOptions& brokers);

}  // namespace coopnet::cli
