#include "cli/chance_options.hpp"

namespace coopnet::cli {

void add_chance_options(CLI::App& command, ChanceCliOptions& options) {
    command
        .add_option_function<std::size_t>(
            "--draws",
            [&options](const std::size_t& draws) {
                options.draws = draws;
                options.draws_given = true;
            },
            "random networks behind 'weak' and 'strong' (default 1000; 0: Poisson "
            "approximation instead); given, networks of any size are simulated (by default "
            "only up to 20000 ties)");
    command.add_option("--null", options.null_model,
                       "what the random networks keep: ties (same actors and number of ties, "
                       "default), degrees (every actor's number of partners) or size")
        ->check(CLI::IsMember({"ties", "degrees", "size"}));
}

void apply_chance_options(const ChanceCliOptions& options, std::uint64_t seed,
                          BrokersAndGapsOptions& brokers) {
    brokers.chance.draws = options.draws;
    brokers.chance.seed = seed;
    brokers.chance.null_model = parse_null_model(options.null_model).value_or(NullModel::Ties);
    brokers.always_simulate = options.draws_given;
}

}  // namespace coopnet::cli
