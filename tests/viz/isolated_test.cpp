#include "viz/detail/isolated.hpp"

#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <functional>
#include <new>
#include <stdexcept>
#include <string>

#include "core/error.hpp"
#include "core/interrupt.hpp"

using namespace coopnet;
using coopnet::detail::run_isolated;

namespace {

constexpr std::string_view kFailure = "Graphviz failed while drawing the test";

// The message of the ChildDied that `work` ends in ("" when it ends otherwise).
std::string death_of(const std::function<std::string()>& work) {
    try {
        run_isolated(work, kFailure);
    } catch (const detail::ChildDied& error) {
        return error.what();
    } catch (...) {
    }
    return "";
}

}  // namespace

TEST_CASE("isolated: the child's bytes come back whole, NUL bytes and all", "[viz][isolated]") {
    std::string big(3'000'000, 'x');  // far more than a pipe holds at once
    big[17] = '\0';
    big.back() = 'y';
    CHECK(run_isolated([&] { return big; }, kFailure) == big);
    CHECK(run_isolated([] { return std::string(); }, kFailure).empty());
}

TEST_CASE("isolated: the work runs in another process, whose memory stays its own",
          "[viz][isolated]") {
    const pid_t parent = ::getpid();
    int touched = 0;
    const std::string child = run_isolated(
        [&] {
            touched = 1;
            return std::to_string(::getpid());
        },
        kFailure);
    CHECK(child != std::to_string(parent));
    CHECK(touched == 0);
}

TEST_CASE("isolated: a child killed by a signal has died, and the signal is named",
          "[viz][isolated]") {
    const std::string message = death_of([]() -> std::string {
        std::raise(SIGSEGV);
        return "not reached";
    });
    CHECK(message == std::string(kFailure) + " (killed by signal 11: Segmentation fault)");
    CHECK(death_of([]() -> std::string { std::abort(); }) ==
          std::string(kFailure) + " (killed by signal 6: Aborted)");
}

TEST_CASE("isolated: a child that calls exit() has died, with its status", "[viz][isolated]") {
    // As gvc's writer does on a failed write; the parent's exit handlers do not run in it.
    CHECK(death_of([]() -> std::string { std::exit(1); }) ==
          std::string(kFailure) + " (exited with status 1)");
    CHECK(death_of([]() -> std::string {
              std::exit(0);  // without its result, success is a failure too
          }) == std::string(kFailure) + " (it sent no result)");
}

TEST_CASE("isolated: the child's exceptions come back as their class with their message",
          "[viz][isolated]") {
    const auto thrower = [](auto error) { return [error]() -> std::string { throw error; }; };
    REQUIRE_THROWS_MATCHES(run_isolated(thrower(InvalidArgument("bad id \"x\"")), kFailure),
                           InvalidArgument, Catch::Message("bad id \"x\""));
    REQUIRE_THROWS_MATCHES(run_isolated(thrower(OutputError("no layout")), kFailure), OutputError,
                           Catch::Message("no layout"));
    REQUIRE_THROWS_AS(run_isolated(thrower(Interrupted()), kFailure), Interrupted);
    REQUIRE_THROWS_AS(run_isolated(thrower(std::bad_alloc()), kFailure), std::bad_alloc);
    // Any other error is an output error with its message; the child did not die.
    REQUIRE_THROWS_MATCHES(run_isolated(thrower(std::runtime_error("odd")), kFailure), OutputError,
                           Catch::Message("odd"));
    REQUIRE_THROWS_MATCHES(run_isolated([]() -> std::string { throw 42; }, kFailure), OutputError,
                           Catch::Message("unknown error"));
    CHECK(death_of(thrower(OutputError("no layout"))).empty());
}

TEST_CASE("isolated: an interrupt requested before the work starts skips it",
          "[viz][isolated][interrupt]") {
    request_interrupt();
    bool ran = false;
    CHECK_THROWS_AS(run_isolated(
                        [&] {
                            ran = true;
                            return std::string();
                        },
                        kFailure),
                    Interrupted);
    clear_interrupt();
    CHECK_FALSE(ran);
}

TEST_CASE("isolated: an interrupt while the child works ends the child and the wait",
          "[viz][isolated][interrupt]") {
    // The child asks for an interrupt of the parent (as SIGTERM to coopnet alone would) and
    // then sleeps far longer than the test may take.
    const auto previous = std::signal(SIGUSR1, [](int) { request_interrupt(); });
    const pid_t parent = ::getpid();
    const auto start = std::chrono::steady_clock::now();
    CHECK_THROWS_AS(run_isolated(
                        [parent]() -> std::string {
                            ::kill(parent, SIGUSR1);
                            ::sleep(60);
                            return "too late";
                        },
                        kFailure),
                    Interrupted);
    clear_interrupt();
    std::signal(SIGUSR1, previous);
    CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(10));
    // The child was killed and reaped: no child process is left, not even a zombie.
    CHECK(::waitpid(-1, nullptr, WNOHANG) == -1);
}
