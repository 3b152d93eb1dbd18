// The interrupt flag and the progress meter (core/interrupt.hpp, core/progress.hpp).
#include <catch2/catch.hpp>

#include "core/interrupt.hpp"
#include "core/progress.hpp"

using namespace coopnet;

TEST_CASE("an interrupt request makes throw_if_interrupted throw until cleared", "[interrupt]") {
    clear_interrupt();
    CHECK_FALSE(interrupt_requested());
    CHECK_NOTHROW(throw_if_interrupted());
    request_interrupt();
    CHECK(interrupt_requested());
    CHECK_THROWS_AS(throw_if_interrupted(), Interrupted);
    CHECK_THROWS_AS(throw_if_interrupted(), Error);  // the CLI's generic handler sees it too
    clear_interrupt();
    CHECK_NOTHROW(throw_if_interrupted());
}

TEST_CASE("progress is off unless enabled, and a meter never needs a terminal", "[progress]") {
    CHECK_FALSE(progress_enabled());
    set_progress_enabled(true);
    CHECK(progress_enabled());
    {
        // Work shorter than half a second draws nothing; advancing past the total is safe.
        Progress progress("test", 3, "steps");
        for (int i = 0; i < 5; ++i) progress.advance();
    }
    Progress empty("nothing", 0);
    empty.advance(10);
    set_progress_enabled(false);
    CHECK_FALSE(progress_enabled());
}
