// Tests against chance (analysis/statistics/): the random networks keep what their null
// model promises, and the p-values match exact enumerations of small cases within the
// Monte-Carlo error of the number of draws.
#include <catch2/catch.hpp>
#include <cmath>
#include <map>
#include <random>
#include <set>
#include <vector>

#include "analysis/centrality/degree.hpp"
#include "analysis/gaps/mixing.hpp"
#include "analysis/statistics/cug_test.hpp"
#include "analysis/statistics/ei_permutation.hpp"
#include "analysis/statistics/random_graphs.hpp"
#include "analysis/structure/clustering.hpp"
#include "tests/analysis/classic_graphs.hpp"
#include "tests/analysis/sna_fixtures.hpp"
#include "tests/analysis/test_networks.hpp"

namespace coopnet {
using testing::clique_edges;
using testing::EdgeSpec;
using testing::network_from_actors;
using testing::network_from_edges;
namespace {

// Four standard errors of a share p estimated from `draws` draws.
double monte_carlo_margin(double p, std::size_t draws) {
    return 4.0 * std::sqrt(p * (1.0 - p) / static_cast<double>(draws));
}

// (out-degree, in-degree) of every actor; undirected: (degree, 0).
std::map<NodeId, std::pair<std::size_t, std::size_t>> degrees_of(const TieList& graph) {
    std::map<NodeId, std::pair<std::size_t, std::size_t>> degrees;
    for (const auto& [a, b] : graph.ties) {
        ++degrees[a].first;
        ++(graph.directed ? degrees[b].second : degrees[b].first);
    }
    return degrees;
}

void require_simple(const TieList& graph) {
    std::set<std::pair<NodeId, NodeId>> seen;
    for (const auto& [a, b] : graph.ties) {
        REQUIRE(a != b);
        REQUIRE(a < graph.actors);
        REQUIRE(b < graph.actors);
        if (!graph.directed) REQUIRE(a < b);
        REQUIRE(seen.insert({a, b}).second);
    }
}

// Two groups of six, each a clique, no tie between them: everything is inside groups.
Network two_sector_cliques() {
    std::vector<testing::ActorSpec> actors;
    for (int i = 0; i < 12; ++i) {
        actors.push_back({"a" + std::to_string(i), i < 6 ? "municipality" : "business"});
    }
    std::vector<EdgeSpec> edges = clique_edges(0, 6);
    for (const EdgeSpec& tie : clique_edges(6, 6)) edges.push_back(tie);
    return network_from_actors(actors, edges);
}

}  // namespace

TEST_CASE("random graphs: G(n, m) draws are simple with exactly m ties, sparse and dense",
          "[chance]") {
    for (const bool directed : {false, true}) {
        for (const std::size_t m : {std::size_t{5}, std::size_t{40}, std::size_t{45}}) {
            TieList graph{10, directed, {}};
            std::mt19937_64 rng(7);
            draw_uniform_ties(graph, m, NullModel::Ties, rng);
            REQUIRE(graph.ties.size() == m);
            require_simple(graph);
        }
    }
    // Size: every pair with probability 1/2; 45 pairs x 400 draws, mean 22.5 per draw.
    TieList graph{10, false, {}};
    std::mt19937_64 rng(3);
    double total = 0.0;
    for (int draw = 0; draw < 400; ++draw) {
        draw_uniform_ties(graph, 0, NullModel::Size, rng);
        require_simple(graph);
        total += static_cast<double>(graph.ties.size());
    }
    // sd of the mean: sqrt(45 / 4 / 400) = 0.168.
    REQUIRE(std::abs(total / 400.0 - 22.5) < 4 * 0.168);
}

TEST_CASE("random graphs: rewiring keeps every degree, stays simple and changes the ties",
          "[chance]") {
    for (const bool directed : {false, true}) {
        const TieList observed = observed_ties(classic::karate_club());
        TieList graph = observed;
        graph.directed = directed;  // the karate ties read as arcs low -> high when directed
        const auto before = degrees_of(graph);
        std::mt19937_64 rng(11);
        const std::size_t made = rewire_keeping_degrees(graph, 10 * graph.ties.size(), rng);
        REQUIRE(made == 10 * graph.ties.size());
        require_simple(graph);
        REQUIRE(degrees_of(graph) == before);
        REQUIRE(graph.ties != observed.ties);
    }
    // A complete graph has no swap to make: the attempts run out, nothing changes.
    TieList complete = observed_ties(network_from_edges(5, clique_edges(0, 5)));
    const TieList copy = complete;
    std::mt19937_64 rng(1);
    REQUIRE(rewire_keeping_degrees(complete, 20, rng) == 0);
    REQUIRE(complete.ties == copy.ties);
}

TEST_CASE("cug: observed values are coopnet's own measures", "[chance]") {
    const Network network = classic::karate_club();
    ChanceTestOptions options;
    options.draws = 20;
    options.group_attribute = "club";
    const ChanceTests tests = cug_tests(network, options);
    REQUIRE(tests.density.observed == density(network));
    REQUIRE(tests.degree_centralization.observed == degree_centralization(network));
    REQUIRE(tests.transitivity.observed == transitivity(network));
    MixingOptions mixing_options;
    mixing_options.group_attribute = "club";
    const MixingResult mixing = group_mixing(network, mixing_options);
    REQUIRE(tests.ei_index.observed == *mixing.ei.value);
    REQUIRE(tests.mixing.size() == mixing.pairs.size());
    for (std::size_t c = 0; c < mixing.pairs.size(); ++c) {
        REQUIRE(tests.mixing[c].observed == static_cast<double>(mixing.pairs[c].ties));
    }
    // No municipality, business or foundation among the club's factions: sides undefined.
    for (const ChanceTest& side : tests.triangle_sides) REQUIRE(std::isnan(side.p_value));
}

TEST_CASE("cug: what the null model keeps is never off chance", "[chance]") {
    const Network network = classic::florentine_families();
    ChanceTestOptions options;
    options.draws = 200;
    const ChanceTests ties = cug_tests(network, options);
    REQUIRE(ties.density.p_at_least == 1.0);  // every draw has the same density
    REQUIRE(ties.density.p_at_most == 1.0);
    options.null_model = NullModel::Degrees;
    const ChanceTests degrees = cug_tests(network, options);
    REQUIRE(degrees.degree_centralization.p_at_least == 1.0);
    REQUIRE(degrees.degree_centralization.p_at_most == 1.0);
    REQUIRE(degrees.density.random_mean == Approx(density(network)).epsilon(1e-12));
}

TEST_CASE("cug: p-values match the exact distribution of G(4, 3)", "[chance]") {
    // The 20 networks with 4 actors and 3 ties: 4 triangles (+ an isolated actor;
    // transitivity 1, centralisation (0+0+0+2)/6 = 1/3), 4 stars (transitivity 0,
    // centralisation 6/6 = 1) and 12 paths (transitivity 0, centralisation 2/6 = 1/3).
    // Observed: the star. P(centralisation >= 1) = 4/20, P(transitivity >= 0) = 1,
    // P(transitivity <= 0) = 16/20.
    const Network star = network_from_edges(4, {{0, 1}, {0, 2}, {0, 3}});
    ChanceTestOptions options;
    options.draws = 20000;
    const ChanceTests tests = cug_tests(star, options);
    REQUIRE(tests.degree_centralization.observed == 1.0);
    REQUIRE(std::abs(tests.degree_centralization.p_at_least - 0.2) <
            monte_carlo_margin(0.2, options.draws));
    REQUIRE(tests.degree_centralization.p_at_most == 1.0);
    REQUIRE(tests.transitivity.p_at_least == 1.0);
    REQUIRE(std::abs(tests.transitivity.p_at_most - 0.8) < monte_carlo_margin(0.8, options.draws));
    // Two-sided: twice the smaller share, at most 1.
    REQUIRE(tests.transitivity.p_value == 1.0);
    REQUIRE(tests.degree_centralization.p_value == 2 * tests.degree_centralization.p_at_least);
    // Mean transitivity: 4/20 of the draws have 1, the rest 0.
    REQUIRE(std::abs(tests.transitivity.random_mean - 0.2) < monte_carlo_margin(0.2, options.draws));
}

TEST_CASE("cug: two sector cliques are far from chance, a random network is not", "[chance]") {
    ChanceTestOptions options;
    options.draws = 500;
    options.triangle_groups = {"municipality", "business", "foundation"};
    const ChanceTests planted = cug_tests(two_sector_cliques(), options);
    // 30 ties all inside the sectors: E-I = -1; G(12, 30) puts about 30 * 36/66 = 16.4
    // between them, and P(none between) is below 1e-10.
    REQUIRE(planted.ei_index.observed == -1.0);
    REQUIRE(planted.ei_index.p_at_most == 0.0);
    REQUIRE(planted.transitivity.p_at_least == 0.0);
    REQUIRE(planted.triangle_sides[0].observed == 0.0);
    REQUIRE(planted.triangle_sides[0].p_at_most == 0.0);
    REQUIRE(std::isnan(planted.triangle_sides[1].p_value));  // no foundation

    // A G(30, 60) network with sectors assigned at random: nothing stands out.
    std::mt19937_64 rng(2026);
    TieList random{30, false, {}};
    draw_uniform_ties(random, 60, NullModel::Ties, rng);
    std::vector<testing::ActorSpec> actors;
    for (int i = 0; i < 30; ++i) {
        actors.push_back({"r" + std::to_string(i), (rng() >> 63) != 0 ? "municipality" : "business"});
    }
    std::vector<EdgeSpec> edges;
    for (const auto& [a, b] : random.ties) edges.push_back({a, b});
    const ChanceTests unremarkable = cug_tests(network_from_actors(actors, edges), options);
    REQUIRE(unremarkable.ei_index.p_value > 0.05);
    REQUIRE(unremarkable.transitivity.p_value > 0.05);
    REQUIRE(unremarkable.triangle_sides[0].p_value > 0.05);
}

TEST_CASE("cug: the same result for every thread count", "[chance]") {
    const Network network = classic::karate_club();
    for (const NullModel model : {NullModel::Ties, NullModel::Degrees, NullModel::Size}) {
        ChanceTestOptions options;
        options.null_model = model;
        options.draws = 64;
        options.group_attribute = "club";
        options.seed = 42;
        const ChanceTests one = cug_tests(network, options, testing::unweighted(1));
        const ChanceTests four = cug_tests(network, options, testing::unweighted(4));
        const auto same = [](const ChanceTest& a, const ChanceTest& b) {
            REQUIRE(a.random_mean == b.random_mean);
            REQUIRE(a.p_at_least == b.p_at_least);
            REQUIRE(a.p_at_most == b.p_at_most);
        };
        same(one.transitivity, four.transitivity);
        same(one.ei_index, four.ei_index);
        same(one.degree_centralization, four.degree_centralization);
        for (std::size_t c = 0; c < one.mixing.size(); ++c) same(one.mixing[c], four.mixing[c]);
        options.seed = 43;
        REQUIRE(cug_tests(network, options).transitivity.random_mean != one.transitivity.random_mean);
    }
}

TEST_CASE("E-I permutation test: matches the exact distribution of six labellings",
          "[chance]") {
    // Ties a1-a2 and b1-b2, groups {a1, a2} and {b1, b2}: E-I = -1. Of the 6 equally likely
    // ways to place the two labels, 2 keep both ties inside (E-I = -1) and 4 put both
    // between (E-I = +1): P(E-I <= -1) = 1/3, P(E-I >= -1) = 1, mean -1/3 + 4/6 = 1/3.
    const Network network = network_from_actors(
        {{"a1", "municipality"}, {"a2", "municipality"}, {"b1", "business"}, {"b2", "business"}},
        {{0, 1}, {2, 3}});
    EiPermutationOptions options;
    options.permutations = 20000;
    const ChanceTest test = ei_permutation_test(network, options);
    REQUIRE(test.observed == -1.0);
    REQUIRE(test.p_at_least == 1.0);
    REQUIRE(std::abs(test.p_at_most - 1.0 / 3.0) < monte_carlo_margin(1.0 / 3.0, 20000));
    REQUIRE(std::abs(test.random_mean - 1.0 / 3.0) < 0.03);
    const ChanceTest threaded = ei_permutation_test(network, options, testing::unweighted(3));
    REQUIRE(threaded.p_at_most == test.p_at_most);
    REQUIRE(threaded.random_mean == test.random_mean);
    // Without ties there is nothing to test.
    REQUIRE(std::isnan(ei_permutation_test(network_from_edges(3, {}), options).p_value));
}

}  // namespace coopnet

namespace coopnet {

TEST_CASE("cug: p-values and means of R sna's cug.test on Florentine marriages and karate",
          "[chance][sna]") {
    // tests/data/cug/cug.csv, written by scripts/fixtures/sna_cug.R: cug.test with 20,000
    // draws per row; coopnet draws as many with its own generator, so the two agree within
    // the Monte-Carlo error of both; observed values are the same numbers.
    const auto rows = testing::read_fixture_rows("cug/cug.csv");
    REQUIRE(rows.size() == 20);
    std::map<std::pair<std::string, std::string>, ChanceTests> ours;
    for (const auto& row : rows) {
        REQUIRE(row.size() == 8);
        const std::string& name = row[0];
        INFO(name << " " << row[1] << " " << row[2]);
        const std::size_t draws = std::stoul(row[3]);
        auto found = ours.find({name, row[1]});
        if (found == ours.end()) {
            const testing::SnaFixture fixture = testing::read_fixture(name);
            ChanceTestOptions options;
            options.null_model = *parse_null_model(row[1]);
            options.draws = draws;
            options.group_attribute = "group";
            found = ours.emplace(std::pair{name, row[1]},
                                 cug_tests(testing::fixture_network(
                                               fixture, testing::read_edges(name), false),
                                           options))
                        .first;
        }
        const ChanceTests& tests = found->second;
        // sna's first_cell: ties between the first two groups by name, coopnet's cell (0, 1).
        const std::map<std::string, const ChanceTest*> by_name = {
            {"density", &tests.density},
            {"degree_centralization", &tests.degree_centralization},
            {"transitivity", &tests.transitivity},
            {"ei_index", &tests.ei_index},
            {"first_cell", &tests.mixing[1]}};
        const ChanceTest& test = *by_name.at(row[2]);
        CHECK(test.observed == Approx(std::stod(row[4])).epsilon(1e-12));
        CHECK(testing::within_monte_carlo(test.p_at_least, draws, std::stod(row[6]), draws));
        CHECK(testing::within_monte_carlo(test.p_at_most, draws, std::stod(row[7]), draws));
        // The means of two samples of 20,000: within a small share of the observed scale.
        CHECK(test.random_mean == Approx(std::stod(row[5])).epsilon(0.02).margin(0.02));
    }
}

}  // namespace coopnet
