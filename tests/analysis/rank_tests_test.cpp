// Mann-Whitney U and Spearman's rho against hand calculations and against R's
// wilcox.test / cor.test (tests/data/rank_tests/, written by scripts/fixtures/rank_tests.R).
#include "analysis/statistics/rank_tests.hpp"

#include <catch2/catch.hpp>
#include <cmath>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/error.hpp"

using namespace coopnet;

namespace {

std::vector<std::string> split(const std::string& text, char separator) {
    std::vector<std::string> parts;
    std::stringstream stream(text);
    std::string part;
    while (std::getline(stream, part, separator)) parts.push_back(part);
    if (!text.empty() && text.back() == separator) parts.emplace_back();
    return parts;
}

std::vector<double> numbers(const std::string& text) {
    std::vector<double> values;
    for (const std::string& part : split(text, ' ')) values.push_back(std::stod(part));
    return values;
}

std::vector<std::vector<std::string>> fixture(const std::string& name) {
    std::ifstream in(std::string(COOPNET_TEST_DATA_DIR) + "/rank_tests/" + name);
    REQUIRE(in);
    std::vector<std::vector<std::string>> rows;
    std::string line;
    std::getline(in, line);  // header
    while (std::getline(in, line)) {
        if (!line.empty()) rows.push_back(split(line, ','));
    }
    return rows;
}

// U by its definition: pairs with x above y, plus half the pairs with x equal to y.
double u_by_pairs(const std::vector<double>& x, const std::vector<double>& y) {
    double u = 0.0;
    for (const double a : x) {
        for (const double b : y) u += a > b ? 1.0 : (a == b ? 0.5 : 0.0);
    }
    return u;
}

}  // namespace

TEST_CASE("mann-whitney: U counted by hand and the exact p of 3 against 2", "[rank_tests]") {
    // x = {3, 5, 8}, y = {1, 4}: pairs x > y are (3,1) (5,1) (5,4) (8,1) (8,4): U = 5.
    // Without ties, U of 3 vs 2 takes the values 0..6 with counts 1 1 2 2 2 1 1 (the
    // C(5,2) = 10 placings of y among the ranks): U = 5 is above the mean 3, so
    // P(U >= 5) = 2/10 and the two-sided p = 0.4.
    const std::vector<double> x{3, 5, 8};
    const std::vector<double> y{1, 4};
    const MannWhitneyResult r = mann_whitney(x, y);
    CHECK(r.u == 5.0);
    CHECK(r.u == u_by_pairs(x, y));
    CHECK(r.method == RankTestMethod::Exact);
    CHECK(r.p_value == Approx(0.4));
    CHECK(r.median_x == 5.0);
    CHECK(r.median_y == 2.5);
    CHECK(mann_whitney_cdf(1, 3, 2) == Approx(0.2));
    CHECK(mann_whitney_cdf(-1, 3, 2) == 0.0);
    CHECK(mann_whitney_cdf(6, 3, 2) == 1.0);
}

TEST_CASE("mann-whitney: the p-values of R's wilcox.test", "[rank_tests]") {
    const auto rows = fixture("mann_whitney.csv");
    REQUIRE(rows.size() >= 10);
    for (const auto& row : rows) {
        INFO(row[0]);
        const std::vector<double> x = numbers(row[1]);
        const std::vector<double> y = numbers(row[2]);
        const MannWhitneyResult r = mann_whitney(x, y);
        CHECK(r.u == Approx(std::stod(row[3])));
        CHECK(r.u == Approx(u_by_pairs(x, y)));
        CHECK(r.p_value == Approx(std::stod(row[4])).epsilon(1e-9));
        CHECK((r.method == RankTestMethod::Exact) == (row[5] == "TRUE"));
    }
}

TEST_CASE("mann-whitney: degenerate samples give no p-value", "[rank_tests]") {
    const std::vector<double> none;
    const std::vector<double> some{1, 2};
    const std::vector<double> equal{2, 2, 2};
    CHECK(mann_whitney(none, some).method == RankTestMethod::None);
    CHECK(std::isnan(mann_whitney(some, none).p_value));
    CHECK(std::isnan(mann_whitney(equal, equal).p_value));  // no variance at all
    const std::vector<double> bad{1, std::nan("")};
    CHECK_THROWS_AS(mann_whitney(bad, some), InvalidArgument);
}

TEST_CASE("spearman: rho by hand and the exact p of five values", "[rank_tests]") {
    // Ranks 1..5 against 2 1 4 3 5: d^2 = 1+1+1+1+0 = 4, rho = 1 - 6*4/(5*24) = 0.8.
    // Of the 120 orders, those with S <= 4: S = 0 (one), S = 2 (four: one adjacent swap),
    // S = 4 (three: two disjoint adjacent swaps): 8/120, two-sided p = 16/120.
    const std::vector<double> x{1, 2, 3, 4, 5};
    const std::vector<double> y{2, 1, 4, 3, 5};
    const SpearmanResult r = spearman(x, y);
    CHECK(r.rho == Approx(0.8));
    CHECK(r.s == Approx(4.0));
    CHECK(r.method == RankTestMethod::Exact);
    CHECK(r.p_value == Approx(16.0 / 120.0));
}

TEST_CASE("spearman: rho and p-values of R's cor.test", "[rank_tests]") {
    const auto rows = fixture("spearman.csv");
    REQUIRE(rows.size() >= 15);
    for (const auto& row : rows) {
        INFO(row[0]);
        const SpearmanResult r = spearman(numbers(row[1]), numbers(row[2]));
        CHECK(r.rho == Approx(std::stod(row[3])).margin(1e-12));
        CHECK(r.p_value == Approx(std::stod(row[5])).epsilon(1e-8));
        CHECK(r.ties == (row[6] == "TRUE"));
    }
}

TEST_CASE("spearman: constant variables and mismatched lengths", "[rank_tests]") {
    const std::vector<double> x{1, 2, 3};
    const std::vector<double> constant{4, 4, 4};
    CHECK(std::isnan(spearman(x, constant).rho));
    CHECK(spearman(x, constant).method == RankTestMethod::None);
    const std::vector<double> two{1, 2};
    CHECK_THROWS_AS(spearman(x, two), InvalidArgument);
}

TEST_CASE("student t: upper tails of known quantiles", "[rank_tests]") {
    // qt(0.975, 1) = 12.706204736, qt(0.975, 10) = 2.228138852 (R); t_1 is Cauchy: 1/4 at 1.
    CHECK(student_t_upper_tail(12.706204736174707, 1) == Approx(0.025).epsilon(1e-9));
    CHECK(student_t_upper_tail(2.2281388519649385, 10) == Approx(0.025).epsilon(1e-9));
    CHECK(student_t_upper_tail(1.0, 1) == Approx(0.25).epsilon(1e-12));
    CHECK(student_t_upper_tail(0.0, 5) == Approx(0.5));
    CHECK(student_t_upper_tail(-1.0, 1) == Approx(0.75));
}
