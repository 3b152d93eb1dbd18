// Options every analysis shares: whether tie weights count, and how many threads run.
#pragma once

#include <cstddef>

namespace coopnet {

/// How tie weights enter an analysis. A weight is a strength of cooperation: shortest-
/// path measures use distance = 1/weight (Opsahl, Agneessens & Skvoretz 2010, Social
/// Networks 32:245, doi:10.1016/j.socnet.2010.03.006, discuss the choice); strength-based
/// measures use the weight itself. `Unweighted` sets every merged tie to weight 1.
enum class WeightMode { Weighted, Unweighted };

struct AnalysisOptions {
    WeightMode weights = WeightMode::Weighted;
    /// Worker threads for the parallel kernels; 0 = one per hardware thread. Results are
    /// identical for every thread count.
    std::size_t threads = 0;
};

/// The thread count to use for `requested` (0 = hardware concurrency, at least 1).
std::size_t resolve_thread_count(std::size_t requested);

}  // namespace coopnet
