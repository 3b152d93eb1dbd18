#include "core/interrupt.hpp"

#include <unistd.h>

#include <atomic>
#include <csignal>

namespace coopnet {
namespace {

std::atomic<bool> interrupt_flag{false};
static_assert(std::atomic<bool>::is_always_lock_free, "the signal handler needs a lock-free flag");

extern "C" void on_interrupt_signal(int signal_number) {
    interrupt_flag.store(true, std::memory_order_relaxed);
    // Only async-signal-safe calls here: write(2) and signal(2).
    constexpr char message[] =
        "\ncoopnet: interrupted, stopping (press Ctrl-C again to quit at once)\n";
    [[maybe_unused]] const auto written = ::write(STDERR_FILENO, message, sizeof message - 1);
    if (signal_number == SIGINT) std::signal(SIGINT, SIG_DFL);
}

}  // namespace

void request_interrupt() noexcept { interrupt_flag.store(true, std::memory_order_relaxed); }

void clear_interrupt() noexcept { interrupt_flag.store(false, std::memory_order_relaxed); }

bool interrupt_requested() noexcept { return interrupt_flag.load(std::memory_order_relaxed); }

void throw_if_interrupted() {
    if (interrupt_requested()) throw Interrupted();
}

void install_interrupt_handler() {
    std::signal(SIGINT, on_interrupt_signal);
    std::signal(SIGTERM, on_interrupt_signal);
}

}  // namespace coopnet
