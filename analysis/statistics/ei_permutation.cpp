#include "analysis/statistics/ei_permutation.hpp"

#include <algorithm>
#include <random>

#include "analysis/detail/parallel_chunks.hpp"
#include "analysis/detail/random.hpp"
#include "analysis/gaps/mixing.hpp"
#include "analysis/statistics/random_graphs.hpp"
#include "core/error.hpp"

namespace coopnet {
namespace {

// The E-I index of `ties` under the labels `group_of`.
double ei_of(const TieList& ties, const std::vector<std::size_t>& group_of) {
    std::size_t external = 0;
    for (const auto& [a, b] : ties.ties) external += group_of[a] != group_of[b] ? 1 : 0;
    const auto m = static_cast<double>(ties.ties.size());
    return (2.0 * static_cast<double>(external) - m) / m;
}

struct Shuffler {
    std::vector<std::size_t> labels;
    double value = 0.0;
};

}  // namespace

ChanceTest ei_permutation_test(const Network& network, const EiPermutationOptions& options,
                               const AnalysisOptions& analysis) {
    if (options.permutations == 0) {
        throw InvalidArgument("E-I permutation test: permutations must be at least 1");
    }
    const ActorGroups groups = actor_groups(network, options.group_attribute);
    const TieList ties = observed_ties(network);
    ChanceTest test;
    if (ties.ties.empty()) return test;
    test.observed = ei_of(ties, groups.group_of);

    const std::size_t threads =
        std::min(resolve_thread_count(analysis.threads), options.permutations);
    std::vector<Shuffler> states(threads, Shuffler{groups.group_of, 0.0});
    std::size_t at_least = 0;
    std::size_t at_most = 0;
    double sum = 0.0;
    auto run = [&](Shuffler& state, std::size_t permutation) {
        std::mt19937_64 rng(detail::derived_seed(options.seed, permutation));
        std::copy(groups.group_of.begin(), groups.group_of.end(), state.labels.begin());
        detail::shuffle(state.labels, rng);
        state.value = ei_of(ties, state.labels);
    };
    auto merge = [&](const Shuffler& state) noexcept {
        sum += state.value;
        at_least += state.value >= test.observed ? 1 : 0;
        at_most += state.value <= test.observed ? 1 : 0;
    };
    {
        Progress progress("E-I permutation test", options.permutations, "permutations");
        detail::run_chunks_in_order(states, options.permutations, run, merge, &progress);
    }
    test.random_mean = sum / static_cast<double>(options.permutations);
    set_p_values(test, at_least, at_most, options.permutations);
    return test;
}

}  // namespace coopnet
