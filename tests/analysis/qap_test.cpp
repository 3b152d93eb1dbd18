#include "analysis/statistics/qap.hpp"

#include <Eigen/Dense>
#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>
#include <fstream>
#include <map>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "analysis/statistics/dyadic_covariates.hpp"
#include "core/error.hpp"
#include "io/network_format.hpp"
#include "tests/analysis/sna_fixtures.hpp"

using namespace coopnet;

namespace {

Actor actor(std::string id, std::string sector, Attributes attributes = {}) {
    Actor a;
    a.id = std::move(id);
    a.sector = std::move(sector);
    a.attributes = std::move(attributes);
    return a;
}

Tie tie(NodeId source, NodeId target, std::string kind = "", double weight = 1.0) {
    Tie t;
    t.source = source;
    t.target = target;
    t.weight = weight;
    t.kind = SharedString(kind);
    return t;
}

DyadicModel model_of(std::initializer_list<const char*> specs) {
    DyadicModel model;
    for (const char* spec : specs) model.terms.push_back(parse_dyadic_term(spec));
    return model;
}

/// A network of `n` actors in `groups` sectors (actor i in sector i % groups) whose pairs
/// are tied with probability `within` inside a sector and `between` across.
Network planted_network(std::size_t n, std::size_t groups, double within, double between,
                        std::uint64_t seed) {
    std::mt19937_64 random(seed);
    std::uniform_real_distribution<double> uniform(0.0, 1.0);
    std::vector<Actor> actors;
    for (std::size_t i = 0; i < n; ++i) {
        actors.push_back(actor("a" + std::to_string(i), "s" + std::to_string(i % groups),
                               {{"district", "d" + std::to_string(random() % 3)}}));
    }
    std::vector<Tie> ties;
    for (NodeId i = 0; i < n; ++i) {
        for (NodeId j = i + 1; j < n; ++j) {
            const bool same = i % groups == j % groups;
            if (uniform(random) < (same ? within : between)) ties.push_back(tie(i, j));
        }
    }
    return make_network("planted", false, std::move(actors), std::move(ties));
}

}  // namespace

// Four actors, sectors a a b b, ties 0-1, 2-3 and 0-2:
//
//     0 --- 1        same-sector pairs (0,1) (2,3): both tied      -> mean 1
//     |              cross-sector pairs (0,2) (0,3) (1,2) (1,3): one -> mean 1/4
//     2 --- 3
//
// With one binary covariate, OLS gives intercept = 1/4 and slope = 1 - 1/4 = 3/4;
// SSR = 3/4 (the cross pairs: 0.75^2 + 3 * 0.25^2), SST = 6 * 0.25 = 3/2, R^2 = 1/2;
// sigma^2 = SSR / (6 - 2) = 3/16, se(slope) = sqrt(sigma^2 (1/2 + 1/4)) = 3/8, t = 2;
// se(intercept) = sqrt(sigma^2 / 4), t = 0.25 / sqrt(3/64) = 2 / sqrt(3).
TEST_CASE("qap: ordinary least squares on four actors as computed by hand", "[qap]") {
    const Network network = make_network(
        "hand", false, {actor("0", "a"), actor("1", "a"), actor("2", "b"), actor("3", "b")},
        {tie(0, 1), tie(2, 3), tie(0, 2)});
    QapOptions options;
    options.permutations = 24;
    const QapResult result =
        qap_regression(network, model_of({"same:sector"}), options, {WeightMode::Unweighted, 1});
    REQUIRE(result.dyads == 6);
    REQUIRE(result.coefficients.size() == 2);
    CHECK(result.coefficients[0].term == "intercept");
    CHECK(result.coefficients[1].term == "same:sector");
    CHECK(result.coefficients[0].estimate == Approx(0.25).margin(1e-12));
    CHECK(result.coefficients[1].estimate == Approx(0.75).margin(1e-12));
    CHECK(result.r_squared == Approx(0.5).margin(1e-12));
    CHECK(result.coefficients[1].std_error == Approx(0.375).margin(1e-12));
    CHECK(result.coefficients[1].t == Approx(2.0).margin(1e-12));
    CHECK(result.coefficients[0].t == Approx(2.0 / std::sqrt(3.0)).margin(1e-12));
    // Pearson's r of y with the covariate: sqrt(R^2) with one covariate.
    CHECK(result.correlations.at(0).r == Approx(std::sqrt(0.5)).margin(1e-12));
    // Every p is a share of 24 draws.
    for (const QapCoefficient& c : result.coefficients) {
        CHECK(c.p >= 0.0);
        CHECK(c.p <= 1.0);
        CHECK(std::abs(c.p * 24 - std::round(c.p * 24)) < 1e-9);
        CHECK(c.p_greater + c.p_less >= 1.0);  // every draw is >= or <= t
    }
}

TEST_CASE("qap: coefficients equal the normal equations on seeded random designs", "[qap]") {
    // The naive reference: (X'X)^-1 X'y with LDLT, against the QR fit.
    for (std::uint64_t seed = 1; seed <= 5; ++seed) {
        std::mt19937_64 random(seed);
        std::vector<Actor> actors;
        for (std::size_t i = 0; i < 12; ++i) {
            actors.push_back(actor("a" + std::to_string(i), "s" + std::to_string(random() % 3),
                                   {{"size", static_cast<double>(random() % 20)}}));
        }
        std::vector<Tie> ties;
        for (NodeId i = 0; i < 12; ++i) {
            for (NodeId j = 0; j < 12; ++j) {
                if (i != j && random() % 4 == 0) ties.push_back(tie(i, j, "k", 1.0 + random() % 3));
                if (i != j && random() % 5 == 0) ties.push_back(tie(i, j, "other"));
            }
        }
        const Network network = make_network("random", true, actors, ties);
        const DyadicModel model =
            model_of({"same:sector", "diff:size", "product:size", "kind:other"});
        const DyadicDesign design = build_dyadic_design(network, model, {WeightMode::Weighted, 1});
        QapOptions options;
        options.permutations = 10;
        const QapResult result = qap_regression(design, options, {WeightMode::Weighted, 1});

        const std::size_t n = 12;
        Eigen::MatrixXd x(n * (n - 1), 5);
        Eigen::VectorXd y(n * (n - 1));
        Eigen::Index row = 0;
        for (std::size_t i = 0; i < n; ++i) {
            for (std::size_t j = 0; j < n; ++j) {
                if (i == j) continue;
                x(row, 0) = 1.0;
                for (std::size_t c = 0; c < 4; ++c) x(row, c + 1) = design.covariates[c].at(i, j);
                y(row++) = design.dependent.at(i, j);
            }
        }
        const Eigen::VectorXd beta = (x.transpose() * x).ldlt().solve(x.transpose() * y);
        const Eigen::VectorXd fitted = x * beta;
        const double ssr = (y - fitted).squaredNorm();
        const Eigen::MatrixXd inverse = (x.transpose() * x).inverse();
        for (Eigen::Index c = 0; c < 5; ++c) {
            CHECK(result.coefficients[c].estimate == Approx(beta(c)).margin(1e-9));
            const double se = std::sqrt(ssr / static_cast<double>(y.size() - 5) * inverse(c, c));
            CHECK(result.coefficients[c].std_error == Approx(se).epsilon(1e-8));
        }
    }
}

TEST_CASE("qap: dyadic covariates follow their definitions", "[qap]") {
    // 0 and 1 share a district; 2 has none (left out); sizes 2, 5, -, 10.
    const Network network = make_network(
        "cov", false,
        {actor("0", "x", {{"district", "n"}, {"size", "2"}}),
         actor("1", "y", {{"district", "n"}, {"size", 5.0}}), actor("2", "x", {{"size", "7"}}),
         actor("3", "x", {{"district", "s"}, {"size", "10"}})},
        {tie(0, 1, "funding", 2.0), tie(1, 0, "funding", 3.0), tie(1, 3, "exchange"), tie(0, 2)});
    DyadicModel model =
        model_of({"same:district", "diff:size", "product:size", "kind:exchange", "same:sector"});
    model.dependent_kind = "funding";
    const DyadicDesign weighted = build_dyadic_design(network, model, {WeightMode::Weighted, 1});
    REQUIRE(weighted.actors == std::vector<NodeId>{0, 1, 3});
    REQUIRE(weighted.dropped_actors == std::vector<NodeId>{2});
    CHECK(weighted.dependent.at(0, 1) == 5.0);  // two funding ties, weights summed
    CHECK(weighted.dependent.at(1, 0) == 5.0);  // undirected: symmetric
    CHECK(weighted.dependent.at(0, 2) == 0.0);  // actor 3 is row 2; no funding tie
    CHECK(weighted.covariates[0].at(0, 1) == 1.0);
    CHECK(weighted.covariates[0].at(0, 2) == 0.0);
    CHECK(weighted.covariates[1].at(0, 2) == 8.0);   // |2 - 10|
    CHECK(weighted.covariates[2].at(1, 2) == 50.0);  // 5 * 10
    CHECK(weighted.covariates[3].at(1, 2) == 1.0);   // exchange 1 - 3
    CHECK(weighted.covariates[3].at(2, 1) == 1.0);
    CHECK(weighted.covariates[4].at(0, 2) == 1.0);  // sectors x and x
    CHECK(weighted.covariates[4].at(0, 1) == 0.0);
    const DyadicDesign binary = build_dyadic_design(network, model, {WeightMode::Unweighted, 1});
    CHECK(binary.dependent.at(0, 1) == 1.0);

    // A number that is not one is refused, naming the actor.
    const Network bad = make_network(
        "bad", false, {actor("a", "x", {{"size", "3"}}), actor("b", "x", {{"size", "big"}})}, {});
    REQUIRE_THROWS_WITH(build_dyadic_design(bad, model_of({"diff:size"})),
                        Catch::Contains("'b'") && Catch::Contains("big"));
    REQUIRE_THROWS_AS(parse_dyadic_term("ratio:size"), InvalidArgument);
    REQUIRE_THROWS_AS(parse_dyadic_term("same:"), InvalidArgument);
    CHECK(dyadic_term_label(parse_dyadic_term("kind:funding")) == "kind:funding");
}

TEST_CASE("qap: a planted sector effect is found", "[qap]") {
    // 30 actors in 3 sectors, ties inside a sector with probability 0.5, across 0.05.
    const Network network = planted_network(30, 3, 0.5, 0.05, 7);
    QapOptions options;
    options.permutations = 500;
    const QapResult result = qap_regression(network, model_of({"same:sector", "same:district"}),
                                            options, {WeightMode::Unweighted, 2});
    const QapCoefficient& sector = result.coefficients.at(1);
    CHECK(sector.estimate > 0.3);
    CHECK(sector.estimate < 0.6);
    CHECK(sector.p < 0.01);
    CHECK(result.correlations.at(0).p < 0.01);
}

TEST_CASE("qap: a random network with a random attribute is unremarkable", "[qap]") {
    // Under the null hypothesis p is about uniform: of 20 networks, about one in 20 has
    // p < 0.05; more than 5 would happen with probability < 0.001.
    std::size_t small = 0;
    for (std::uint64_t seed = 1; seed <= 20; ++seed) {
        const Network network = planted_network(24, 3, 0.15, 0.15, seed);
        QapOptions options;
        options.permutations = 200;
        options.seed = seed;
        const QapResult result = qap_regression(network, model_of({"same:district", "same:sector"}),
                                                options, {WeightMode::Unweighted, 1});
        if (result.coefficients.at(1).p < 0.05) ++small;
    }
    CHECK(small <= 5);
}

TEST_CASE("qap: the same seed gives the same result for 1 and 4 threads", "[qap]") {
    const Network network = planted_network(25, 4, 0.4, 0.1, 3);
    const DyadicModel model = model_of({"same:sector", "same:district"});
    QapOptions options;
    options.permutations = 300;
    options.seed = 99;
    const QapResult one = qap_regression(network, model, options, {WeightMode::Unweighted, 1});
    const QapResult four = qap_regression(network, model, options, {WeightMode::Unweighted, 4});
    for (std::size_t c = 0; c < one.coefficients.size(); ++c) {
        CHECK(one.coefficients[c].p == four.coefficients[c].p);
        CHECK(one.coefficients[c].p_greater == four.coefficients[c].p_greater);
        CHECK(one.coefficients[c].estimate == four.coefficients[c].estimate);
    }
    for (std::size_t c = 0; c < one.correlations.size(); ++c) {
        CHECK(one.correlations[c].p == four.correlations[c].p);
    }
    options.seed = 100;
    const QapResult other = qap_regression(network, model, options, {WeightMode::Unweighted, 4});
    bool differs = false;
    for (std::size_t c = 0; c < one.coefficients.size(); ++c) {
        differs = differs || other.coefficients[c].p != one.coefficients[c].p;
    }
    CHECK(differs);  // the draws do depend on the seed
}

TEST_CASE("qap: degenerate designs are refused with a reason", "[qap]") {
    const Network empty = make_network("e", false, {}, {});
    REQUIRE_THROWS_AS(qap_regression(empty, model_of({"same:sector"})), InvalidArgument);
    const Network one = make_network("o", false, {actor("a", "x")}, {});
    REQUIRE_THROWS_AS(qap_regression(one, model_of({"same:sector"})), InvalidArgument);
    // No ties: nothing to explain.
    const Network no_ties = planted_network(6, 2, 0.0, 0.0, 1);
    REQUIRE_THROWS_WITH(qap_regression(no_ties, model_of({"same:sector"})),
                        Catch::Contains("nothing to explain"));
    // One sector: same:sector is constant, the design singular.
    const Network network = planted_network(8, 1, 0.5, 0.5, 1);
    REQUIRE_THROWS_WITH(qap_regression(network, model_of({"same:district", "same:sector"})),
                        Catch::Contains("same:sector"));
    // No covariate.
    REQUIRE_THROWS_AS(qap_regression(network, DyadicModel{}), InvalidArgument);
    // Self-ties never count: the diagonal is not a dyad.
    const Network loops = make_network(
        "l", false, {actor("a", "x"), actor("b", "y"), actor("c", "x")}, {tie(0, 0), tie(0, 1)});
    const DyadicDesign design = build_dyadic_design(loops, model_of({"same:sector"}));
    CHECK(design.dependent.at(0, 0) == 0.0);
}

// ---- R sna fixtures (tests/data/qap/models.csv, scripts/fixtures/sna_qap.R) ------------

namespace {

struct FixtureRow {
    std::string network, dependent, terms, term;
    bool weighted = false;
    std::size_t permutations = 0;
    double estimate, t, p, p_greater, p_less, r_squared, dyads, correlation, correlation_p;
};

double cell(const std::string& text) { return text.empty() ? std::nan("") : std::stod(text); }

std::vector<FixtureRow> read_models() {
    std::vector<FixtureRow> rows;
    for (const std::vector<std::string>& f : coopnet::testing::read_fixture_rows("qap/models.csv")) {
        REQUIRE(f.size() == 15);
        rows.push_back({f[0], f[1], f[3], f[5], f[2] == "true", std::stoul(f[4]), cell(f[6]),
                        cell(f[7]), cell(f[8]), cell(f[9]), cell(f[10]), cell(f[11]), cell(f[12]),
                        cell(f[13]), cell(f[14])});
    }
    return rows;
}

std::string network_path(const std::string& name) {
    if (name == "duisburg-marxloh") return std::string(COOPNET_SAMPLES_DIR) + "/" + name;
    return std::string(COOPNET_TEST_DATA_DIR) + "/qap/" + name;
}

}  // namespace

TEST_CASE("qap: netlm coefficients, R^2 and qapspp p-values of R sna", "[qap][sna]") {
    const std::vector<FixtureRow> rows = read_models();
    REQUIRE(rows.size() >= 10);
    std::size_t checked = 0;
    for (std::size_t first = 0; first < rows.size();) {
        const FixtureRow& head = rows[first];
        std::size_t end = first;
        while (end < rows.size() && rows[end].network == head.network &&
               rows[end].dependent == head.dependent && rows[end].weighted == head.weighted &&
               rows[end].terms == head.terms) {
            ++end;
        }
        INFO(head.network << " " << head.dependent << (head.weighted ? " weighted " : " ")
                          << head.terms);
        const Network network = read_network(network_path(head.network)).network;
        DyadicModel model;
        if (head.dependent != "ties") model.dependent_kind = head.dependent.substr(5);
        std::stringstream terms(head.terms);
        std::string term;
        while (terms >> term) model.terms.push_back(parse_dyadic_term(term));
        QapOptions options;
        options.permutations = 2000;
        options.seed = 5;
        const QapResult result =
            qap_regression(network, model, options,
                           {head.weighted ? WeightMode::Weighted : WeightMode::Unweighted, 2});
        REQUIRE(result.coefficients.size() == end - first);
        CHECK(static_cast<double>(result.dyads) == head.dyads);
        CHECK(result.r_squared == Approx(head.r_squared).margin(1e-8));
        for (std::size_t k = first; k < end; ++k) {
            const QapCoefficient& c = result.coefficients[k - first];
            INFO(rows[k].term);
            CHECK(c.term == rows[k].term);
            CHECK(c.estimate == Approx(rows[k].estimate).margin(1e-8));
            CHECK(c.t == Approx(rows[k].t).margin(1e-8));
            CHECK(coopnet::testing::within_monte_carlo(c.p, options.permutations, rows[k].p, rows[k].permutations));
            CHECK(coopnet::testing::within_monte_carlo(c.p_greater, options.permutations, rows[k].p_greater,
                                     rows[k].permutations));
            CHECK(coopnet::testing::within_monte_carlo(c.p_less, options.permutations, rows[k].p_less,
                                     rows[k].permutations));
            if (k > first) {
                const QapCorrelation& r = result.correlations[k - first - 1];
                CHECK(r.r == Approx(rows[k].correlation).margin(1e-8));
                CHECK(coopnet::testing::within_monte_carlo(r.p, options.permutations, rows[k].correlation_p,
                                         rows[k].permutations));
            }
            ++checked;
        }
        first = end;
    }
    CHECK(checked == rows.size());
}
