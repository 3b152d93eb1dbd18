// Progress of long work on stderr, for people waiting at a terminal: one line such as
// "betweenness: 42% (8400 of 20000 sources)", redrawn at most five times a second and
// erased when the work ends. Off unless enabled: the CLI enables it when stderr is a
// terminal and --quiet was not given, so files, pipes and tests never see it.
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <mutex>
#include <string>
#include <string_view>

namespace coopnet {

/// Turns progress lines on or off for the whole process (default off).
void set_progress_enabled(bool enabled) noexcept;
[[nodiscard]] bool progress_enabled() noexcept;

/// A meter for `total` units of `task` (e.g. "betweenness", 20000, "sources").
/// advance() is thread-safe; the line appears only after the work has run for half a
/// second, so quick work on small networks prints nothing.
class Progress {
public:
    Progress(std::string_view task, std::uint64_t total, std::string_view unit = {});
    ~Progress();
    Progress(const Progress&) = delete;
    Progress& operator=(const Progress&) = delete;

    void advance(std::uint64_t units = 1) noexcept;

private:
    void draw(std::uint64_t done) noexcept;

    std::string task_;
    std::string unit_;
    std::uint64_t total_;
    bool enabled_;
    bool drawn_ = false;
    std::atomic<std::uint64_t> done_{0};
    std::chrono::steady_clock::time_point start_;
    std::chrono::steady_clock::time_point last_draw_;
    std::mutex draw_mutex_;
};

}  // namespace coopnet
