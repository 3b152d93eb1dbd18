// Ctrl-C during an analysis (core/interrupt.hpp): the parallel kernels and the community
// iterations stop with Interrupted instead of returning numbers from partial work, for
// one thread and for two, and run normally again once the flag is cleared.
#include <catch2/catch.hpp>

#include "analysis/centrality/betweenness.hpp"
#include "analysis/centrality/closeness.hpp"
#include "analysis/community/louvain.hpp"
#include "classic_graphs.hpp"
#include "core/interrupt.hpp"

using namespace coopnet;
using coopnet::classic::karate_club;

namespace {

// Clears the flag however the test section ends, so no other test sees it set.
struct InterruptGuard {
    InterruptGuard() { clear_interrupt(); }
    ~InterruptGuard() { clear_interrupt(); }
};

}  // namespace

TEST_CASE("a requested interrupt stops the path kernels for one and two threads",
          "[interrupt]") {
    const Network karate = karate_club();
    for (const std::size_t threads : {std::size_t{1}, std::size_t{2}}) {
        CAPTURE(threads);
        AnalysisOptions options;
        options.threads = threads;
        InterruptGuard guard;
        const double before = betweenness(karate, {}, options).normalised.at(0);
        request_interrupt();
        CHECK_THROWS_AS(betweenness(karate, {}, options), Interrupted);
        CHECK_THROWS_AS(closeness(karate, options), Interrupted);
        options.weights = WeightMode::Unweighted;
        CHECK_THROWS_AS(harmonic(karate, options), Interrupted);
        clear_interrupt();
        options.weights = WeightMode::Weighted;
        CHECK(betweenness(karate, {}, options).normalised.at(0) == before);
    }
}

TEST_CASE("a requested interrupt stops Louvain", "[interrupt]") {
    InterruptGuard guard;
    request_interrupt();
    CHECK_THROWS_AS(louvain(karate_club()), Interrupted);
}
