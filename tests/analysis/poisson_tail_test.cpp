#include "analysis/gaps/poisson_tail.hpp"

#include <catch2/catch.hpp>
#include <cmath>
#include <limits>

#include "core/error.hpp"

using namespace coopnet;

TEST_CASE("poisson tails: hand-calculated values", "[poisson]") {
    CHECK(poisson_lower_tail(0, 2.0) == Approx(std::exp(-2.0)));
    CHECK(poisson_lower_tail(1, 6.0) == Approx(7.0 * std::exp(-6.0)));  // e^-6 (1 + 6)
    // e^-0.5 (1 + 0.5 + 0.125 + 0.0208333)
    CHECK(poisson_lower_tail(3, 0.5) == Approx(std::exp(-0.5) * (1.0 + 0.5 + 0.125 + 0.5 / 24.0)));
    CHECK(poisson_upper_tail(1, 0.75) == Approx(1.0 - std::exp(-0.75)));
    CHECK(poisson_upper_tail(0, 3.0) == 1.0);
}

TEST_CASE("poisson tails: a small upper tail keeps its digits", "[poisson]") {
    // P(X >= 20) for Poisson(5): about 3.5e-7, whose later digits are lost in 1 - P(X <= 19) beyond
    // 8 digits.
    double direct = 0.0;
    for (int i = 20; i < 200; ++i)
        direct += std::exp(i * std::log(5.0) - 5.0 - std::lgamma(i + 1.0));
    CHECK(poisson_upper_tail(20, 5.0) == Approx(direct).epsilon(1e-12));
    CHECK(poisson_upper_tail(400, 5.0) < 1e-300);
}

TEST_CASE("poisson tails: the two tails meet at 1, also for large means", "[poisson]") {
    for (const double mean : {0.1, 1.0, 4.1, 37.5, 1000.0}) {
        for (const std::size_t k : {0u, 1u, 4u, 40u, 1000u}) {
            INFO(mean << " " << k);
            CHECK(poisson_lower_tail(k, mean) + poisson_upper_tail(k + 1, mean) ==
                  Approx(1.0).epsilon(1e-10));
        }
    }
    // Near the mean of a large Poisson the lower tail is a little above one half
    // (R: ppois(1000, 1000) = 0.5084093).
    CHECK(poisson_lower_tail(1000, 1000.0) == Approx(0.5084093).epsilon(1e-6));
}

TEST_CASE("poisson tails: mean 0 and bad means", "[poisson]") {
    CHECK(poisson_lower_tail(0, 0.0) == 1.0);
    CHECK(poisson_upper_tail(1, 0.0) == 0.0);
    CHECK_THROWS_AS(poisson_lower_tail(1, -1.0), InvalidArgument);
    CHECK_THROWS_AS(poisson_upper_tail(1, std::numeric_limits<double>::infinity()),
                    InvalidArgument);
    CHECK_THROWS_AS(poisson_upper_tail(1, std::nan("")), InvalidArgument);
}
