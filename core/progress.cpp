#include "core/progress.hpp"

#include <cstdio>

namespace coopnet {
namespace {

std::atomic<bool> progress_switch{false};

constexpr auto kFirstDrawAfter = std::chrono::milliseconds(500);
constexpr auto kRedrawEvery = std::chrono::milliseconds(200);

}  // namespace

void set_progress_enabled(bool enabled) noexcept { progress_switch.store(enabled); }

bool progress_enabled() noexcept { return progress_switch.load(); }

Progress::Progress(std::string_view task, std::uint64_t total, std::string_view unit)
    : task_(task),
      unit_(unit),
      total_(total),
      enabled_(progress_enabled() && total > 0),
      start_(std::chrono::steady_clock::now()),
      last_draw_(start_) {}

Progress::~Progress() {
    if (!drawn_) return;
    // Erase the line so that the next message starts on a clean line.
    std::fprintf(stderr, "\r\033[K");
    std::fflush(stderr);
}

void Progress::advance(std::uint64_t units) noexcept {
    const std::uint64_t done = done_.fetch_add(units, std::memory_order_relaxed) + units;
    if (!enabled_) return;
    const auto now = std::chrono::steady_clock::now();
    if (now - start_ < kFirstDrawAfter) return;
    std::unique_lock lock(draw_mutex_, std::try_to_lock);
    if (!lock.owns_lock() || (drawn_ && now - last_draw_ < kRedrawEvery)) return;
    last_draw_ = now;
    draw(done);
}

void Progress::draw(std::uint64_t done) noexcept {
    const std::uint64_t shown = done < total_ ? done : total_;
    const auto percent = static_cast<unsigned>(100.0 * static_cast<double>(shown) /
                                               static_cast<double>(total_));
    std::fprintf(stderr, "\r\033[K%s: %u%% (%llu of %llu%s%s)", task_.c_str(), percent,
                 static_cast<unsigned long long>(shown), static_cast<unsigned long long>(total_),
                 unit_.empty() ? "" : " ", unit_.c_str());
    std::fflush(stderr);
    drawn_ = true;
}

}  // namespace coopnet
