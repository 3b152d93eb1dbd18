// Deterministic parallel reduction for the analysis kernels: work is cut into fixed
// chunks, threads run them in rounds, and the partial results are merged in chunk order,
// so every result is bit-identical for 1 and N threads. Internal to analysis/*.cpp.
// Long runs can be interrupted (core/interrupt.hpp) and show progress (core/progress.hpp).
#pragma once

#include <algorithm>
#include <barrier>
#include <cstddef>
#include <thread>
#include <vector>

#include "core/interrupt.hpp"
#include "core/progress.hpp"

namespace coopnet::detail {

/// Runs chunks 0 … chunk_count-1 on the states' threads in rounds: in round r, thread t
/// runs chunk r·T + t into its own state's partial sums; once all have finished, the
/// partials are merged in chunk order. A chunk's partial does not depend on the thread
/// that ran it and the merge order is the chunk order, so the result does not depend on
/// T = min(states.size(), chunk_count). `run` and `merge` must not throw (allocate every
/// buffer before calling).
///
/// Once an interrupt is requested, the remaining chunks are skipped and Interrupted is
/// thrown after the threads have joined (the partial sums are then meaningless). With a
/// `progress` meter, each merged chunk advances it by one.
template <typename State, typename Run, typename Merge>
void run_chunks_in_order(std::vector<State>& states, std::size_t chunk_count, Run run,
                         Merge merge, Progress* progress = nullptr) {
    const std::size_t threads = std::min(states.size(), chunk_count);
    if (threads <= 1) {
        for (std::size_t chunk = 0; chunk < chunk_count; ++chunk) {
            throw_if_interrupted();
            run(states[0], chunk);
            merge(states[0]);
            if (progress != nullptr) progress->advance();
        }
        return;
    }
    const std::size_t rounds = (chunk_count + threads - 1) / threads;
    std::size_t round = 0;
    auto merge_round = [&]() noexcept {
        for (std::size_t t = 0; t < threads; ++t) {
            if (round * threads + t < chunk_count) merge(states[t]);
        }
        if (progress != nullptr) progress->advance(threads);
        ++round;
    };
    std::barrier sync(static_cast<std::ptrdiff_t>(threads), merge_round);
    auto work = [&](std::size_t t) {
        for (std::size_t r = 0; r < rounds; ++r) {
            const std::size_t chunk = r * threads + t;
            if (chunk < chunk_count && !interrupt_requested()) run(states[t], chunk);
            sync.arrive_and_wait();
        }
    };
    std::vector<std::jthread> pool;
    pool.reserve(threads - 1);
    for (std::size_t t = 1; t < threads; ++t) pool.emplace_back(work, t);
    work(0);
    pool.clear();  // join before reporting the interrupt
    throw_if_interrupted();
}

}  // namespace coopnet::detail
