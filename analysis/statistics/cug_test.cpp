#include "analysis/statistics/cug_test.hpp"

#include <algorithm>
#include <cmath>
#include <exception>
#include <optional>

#include "analysis/detail/parallel_chunks.hpp"
#include "analysis/detail/random.hpp"
#include "analysis/gaps/mixing.hpp"
#include "analysis/structure/clustering.hpp"
#include "core/error.hpp"
#include "core/progress.hpp"

namespace coopnet {
namespace {

constexpr double kNaN = ChanceTest::kUndefined;

// Positions of the measures in one vector of values per draw.
enum Slot : std::size_t { kDensity, kCentralization, kTransitivity, kEiIndex, kFirstCell };

// Computes every tested measure of one simple graph into a vector of values, reusing its
// buffers from draw to draw.
class Measures {
public:
    Measures(const ActorGroups& groups, const MixingResult& mixing,
             const std::array<std::optional<std::size_t>, 3>& corners)
        : group_of_(groups.group_of), group_count_(groups.count()), corners_(corners),
          cell_of_(group_count_ * group_count_, 0), cells_(mixing.pairs.size()) {
        for (std::size_t c = 0; c < mixing.pairs.size(); ++c) {
            const GroupPairMixing& pair = mixing.pairs[c];
            cell_of_[pair.from * group_count_ + pair.to] = c;
            if (!mixing.directed) cell_of_[pair.to * group_count_ + pair.from] = c;
        }
    }

    [[nodiscard]] std::size_t size() const { return kFirstCell + cells_ + 3; }

    void compute(const TieList& graph, std::vector<double>& values) {
        const std::size_t n = graph.actors;
        values.assign(size(), kNaN);
        degree_.assign(n, 0);
        counts_.assign(cells_, 0);
        arcs_.clear();
        std::size_t external = 0;
        for (const auto& [a, b] : graph.ties) {
            ++degree_[a];
            ++degree_[b];
            const std::size_t ga = group_of_[a];
            const std::size_t gb = group_of_[b];
            ++counts_[cell_of_[ga * group_count_ + gb]];
            if (ga != gb) ++external;
            arcs_.push_back({a, b, 1.0});
            arcs_.push_back({b, a, 1.0});
        }
        const std::size_t m = graph.ties.size();
        const std::uint64_t possible = possible_ties(n, graph.directed);
        values[kDensity] = possible == 0 ? 0.0 : static_cast<double>(m) / static_cast<double>(possible);
        if (n > 2) {
            const std::size_t d_max = *std::max_element(degree_.begin(), degree_.end());
            std::size_t sum = 0;
            for (const std::size_t d : degree_) sum += d_max - d;
            const auto nn = static_cast<double>(n);
            const double largest = (nn - 1.0) * (nn - 2.0) * (graph.directed ? 2.0 : 1.0);
            values[kCentralization] = static_cast<double>(sum) / largest;
        }
        values[kTransitivity] = transitivity(build_csr(n, arcs_));
        if (m > 0) {
            values[kEiIndex] = (static_cast<double>(external) - static_cast<double>(m - external)) /
                               static_cast<double>(m);
        }
        for (std::size_t c = 0; c < cells_; ++c) {
            values[kFirstCell + c] = static_cast<double>(counts_[c]);
        }
        constexpr std::array<std::array<std::size_t, 2>, 3> kSides{{{0, 1}, {0, 2}, {1, 2}}};
        for (std::size_t s = 0; s < 3; ++s) {
            const auto& a = corners_[kSides[s][0]];
            const auto& b = corners_[kSides[s][1]];
            if (!a || !b) continue;
            std::size_t ties = counts_[cell_of_[*a * group_count_ + *b]];
            if (graph.directed) ties += counts_[cell_of_[*b * group_count_ + *a]];
            values[kFirstCell + cells_ + s] = static_cast<double>(ties);
        }
    }

private:
    const std::vector<std::size_t>& group_of_;
    std::size_t group_count_;
    std::array<std::optional<std::size_t>, 3> corners_;
    std::vector<std::size_t> cell_of_;  // (from, to) -> cell index
    std::size_t cells_;
    std::vector<std::size_t> degree_;
    std::vector<std::size_t> counts_;
    std::vector<Arc> arcs_;
};

// What one thread keeps: its random graph, its measures and the tallies of its last draw.
struct DrawState {
    Measures measures;
    TieList graph;
    std::vector<double> values;
    std::vector<std::size_t> at_least, at_most, defined;
    std::vector<double> sum;
    std::exception_ptr failure;
};

}  // namespace

void set_p_values(ChanceTest& test, std::size_t at_least, std::size_t at_most,
                  std::size_t defined_draws) {
    if (std::isnan(test.observed) || defined_draws == 0) return;
    const auto draws = static_cast<double>(defined_draws);
    test.p_at_least = static_cast<double>(at_least) / draws;
    test.p_at_most = static_cast<double>(at_most) / draws;
    test.p_value = std::min(1.0, 2.0 * std::min(test.p_at_least, test.p_at_most));
}

ChanceTests cug_tests(const Network& network, const ChanceTestOptions& options,
                      const AnalysisOptions& analysis) {
    if (options.draws == 0) throw InvalidArgument("tests against chance: draws must be at least 1");
    const ActorGroups groups = actor_groups(network, options.group_attribute);
    MixingOptions mixing_options;
    mixing_options.group_attribute = options.group_attribute;
    const MixingResult mixing = group_mixing(network, mixing_options);
    std::array<std::optional<std::size_t>, 3> corners;
    for (std::size_t c = 0; c < 3; ++c) corners[c] = groups.find(options.triangle_groups[c]);

    const TieList observed = observed_ties(network);
    Measures observed_measures(groups, mixing, corners);
    std::vector<double> observed_values;
    observed_measures.compute(observed, observed_values);
    const std::size_t k = observed_values.size();
    const std::size_t swaps = 10 * observed.ties.size();

    std::vector<DrawState> states;
    const std::size_t threads = std::min(resolve_thread_count(analysis.threads), options.draws);
    states.reserve(threads);
    for (std::size_t t = 0; t < threads; ++t) {
        states.push_back(DrawState{Measures(groups, mixing, corners), observed, {},
                                   std::vector<std::size_t>(k), std::vector<std::size_t>(k),
                                   std::vector<std::size_t>(k), std::vector<double>(k), {}});
    }
    std::vector<std::size_t> at_least(k, 0), at_most(k, 0), defined(k, 0);
    std::vector<double> sum(k, 0.0);

    auto run = [&](DrawState& state, std::size_t draw) {
        try {
            std::mt19937_64 rng(detail::derived_seed(options.seed, draw));
            if (options.null_model == NullModel::Degrees) {
                state.graph.ties = observed.ties;
                rewire_keeping_degrees(state.graph, swaps, rng);
            } else {
                draw_uniform_ties(state.graph, observed.ties.size(), options.null_model, rng);
            }
            state.measures.compute(state.graph, state.values);
            for (std::size_t i = 0; i < k; ++i) {
                const double value = state.values[i];
                const bool counts = !std::isnan(value);
                state.defined[i] = counts ? 1 : 0;
                state.sum[i] = counts ? value : 0.0;
                state.at_least[i] = counts && value >= observed_values[i] ? 1 : 0;
                state.at_most[i] = counts && value <= observed_values[i] ? 1 : 0;
            }
        } catch (...) {
            state.failure = std::current_exception();
            std::fill(state.defined.begin(), state.defined.end(), 0);
        }
    };
    auto merge = [&](DrawState& state) noexcept {
        for (std::size_t i = 0; i < k; ++i) {
            if (state.defined[i] == 0) continue;
            ++defined[i];
            sum[i] += state.sum[i];
            at_least[i] += state.at_least[i];
            at_most[i] += state.at_most[i];
        }
    };
    {
        Progress progress("tests against chance", options.draws, "random networks");
        detail::run_chunks_in_order(states, options.draws, run, merge, &progress);
    }
    for (const DrawState& state : states) {
        if (state.failure) std::rethrow_exception(state.failure);
    }

    auto test_at = [&](std::size_t i) {
        ChanceTest test;
        test.observed = observed_values[i];
        if (!std::isnan(test.observed) && defined[i] > 0) {
            test.random_mean = sum[i] / static_cast<double>(defined[i]);
        }
        set_p_values(test, at_least[i], at_most[i], defined[i]);
        return test;
    };
    ChanceTests result;
    result.null_model = options.null_model;
    result.draws = options.draws;
    result.seed = options.seed;
    result.density = test_at(kDensity);
    result.degree_centralization = test_at(kCentralization);
    result.transitivity = test_at(kTransitivity);
    result.ei_index = test_at(kEiIndex);
    const std::size_t cells = mixing.pairs.size();
    for (std::size_t c = 0; c < cells; ++c) result.mixing.push_back(test_at(kFirstCell + c));
    for (std::size_t s = 0; s < 3; ++s) result.triangle_sides[s] = test_at(kFirstCell + cells + s);
    return result;
}

}  // namespace coopnet
