// bench_metrics GRAPH [--metric NAME]... [--threads T]... [--graph-label TEXT]
//               [--epsilon E] [--delta D] [--seed S]
//
// Times coopnet's analysis kernels on one edge-list graph (issue #3: benchmarks, not timed
// tests) and prints one JSON object per line and measurement on standard output:
//   {"tool":"coopnet","graph":…,"metric":…,"threads":…,"seconds":…,"runs":…,
//    "checksum":…,"peak_rss_kib":…, …}
// Loading (read_edge_list, which also builds the CSR adjacency) is timed on its own as the
// metric "load"; every other metric is timed alone on the loaded network, unweighted.
//
// Timing: std::chrono::steady_clock around the call only. A metric runs once, and again
// (up to kMaxRuns in all) while the runs so far took less than kRepeatBudget seconds;
// `seconds` is the fastest run, `runs` how many there were.
// Memory: `peak_rss_kib` is getrusage(RUSAGE_SELF).ru_maxrss (KiB on Linux) after the
// metric, i.e. the peak of the process so far; run one metric per process (as run.sh does)
// to read it as that metric's peak. `rss_before_load_kib` is the peak before the graph was
// read, `rss_after_load_kib` the peak once it is loaded.
// `checksum` makes the result observable and comparable with bench_igraph.py, which
// computes the same quantity (see kMetrics below for what each one sums).
//
// Metrics (names shared with bench_igraph.py):
//   betweenness  exact, unweighted, raw; checksum Σ raw (unordered pairs, as igraph)
//   approx-betweenness  Riondato–Kornaropoulos estimate, unweighted, ±E with probability
//                1 − D (--epsilon, default 0.005; --delta, default 0.1; --seed, default 1);
//                checksum Σ normalised; also the samples and the vertex-diameter bound
//   approx-check  not timed: exact betweenness once, then the estimate for seeds S … S+9;
//                the largest error over all actors per seed and whether every one is <= E
//   closeness    unweighted Wasserman–Faust; checksum Σ C(v)
//   harmonic     unweighted, divided by n-1; checksum Σ H(v)
//   pagerank     damping 0.85, tolerance 1e-10 (L1); checksum max score
//   eigenvector  Lanczos (undirected; power iteration directed), tolerance 1e-10;
//                checksum Σ x / max x
//   coreness     core_number; checksum Σ core
//   clustering   local_clustering (0 below two neighbours); checksum Σ c(v)
//   leiden       modularity, γ = 1, seed 1, 2 iterations (igraph's n_iterations=2);
//                checksum = modularity
//   leiden_default  the same with 10 iterations at most (`coopnet analyze`'s default)
//   restarts     `coopnet analyze`'s communities: the best of the automatic number of
//                Leiden restarts (analysis/community/consensus.hpp: 100 up to
//                2 000 ties, 10 up to 250 000, 2 above), 10 iterations each, seed 1; checksum =
//                modularity
//   restarts_10  the same with 10 restarts whatever the size
//   louvain      modularity, γ = 1, seed 1 (igraph's community_multilevel); checksum =
//                modularity
//   disconnected  not timed: Louvain and Leiden (modularity, γ = 1, 2 iterations as above)
//                for seeds 1..20, and how many of the communities each leaves
//                disconnected (issue #4: Leiden's refinement must leave none); one line
//                per method with the totals over the seeds
// The thread-aware kernels (betweenness, approx-betweenness, closeness, harmonic,
// clustering) run once per
// `--threads` value (default 1 and 2) and say whether the result is bit-identical to the
// first thread count's; the others ignore threads and run once with threads = 1.
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstddef>
#include <cmath>
#include <cstdint>
#include <exception>
#include <functional>
#include <iostream>
#include <limits>
#include <numeric>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "analysis/centrality/approximate_betweenness.hpp"
#include "analysis/centrality/betweenness.hpp"
#include "analysis/centrality/closeness.hpp"
#include "analysis/structure/clustering.hpp"
#include "analysis/structure/cores.hpp"
#include "analysis/centrality/eigenvector.hpp"
#include "analysis/community/communities.hpp"
#include "analysis/community/leiden.hpp"
#include "analysis/community/louvain.hpp"
#include "analysis/options.hpp"
#include "analysis/centrality/pagerank.hpp"
#include "core/number_format.hpp"
#include "io/edge_list.hpp"

namespace {

// One flat JSON object, fields in insertion order. Numbers in shortest round-trip form,
// non-finite ones as null.
class JsonLine {
public:
    JsonLine& add(std::string_view key, std::string_view text) {
        std::string quoted = "\"";
        for (const char c : text) {
            if (c == '"' || c == '\\') quoted += '\\';
            if (static_cast<unsigned char>(c) < 0x20) {
                quoted += ' ';
                continue;
            }
            quoted += c;
        }
        quoted += '"';
        return raw(key, quoted);
    }
    JsonLine& add(std::string_view key, const char* text) {
        return add(key, std::string_view(text));
    }
    JsonLine& add(std::string_view key, double value) {
        return raw(key, std::isfinite(value) ? coopnet::format_number(value) : "null");
    }
    JsonLine& add(std::string_view key, std::size_t value) {
        return raw(key, std::to_string(value));
    }
    JsonLine& add(std::string_view key, long value) { return raw(key, std::to_string(value)); }
    JsonLine& add(std::string_view key, int value) { return raw(key, std::to_string(value)); }
    JsonLine& add(std::string_view key, bool value) { return raw(key, value ? "true" : "false"); }
    [[nodiscard]] std::string str() const { return "{" + body_ + "}"; }

private:
    JsonLine& raw(std::string_view key, const std::string& value) {
        if (!body_.empty()) body_ += ',';
        body_ += '"';
        body_ += key;
        body_ += "\":";
        body_ += value;
        return *this;
    }
    std::string body_;
};

using Clock = std::chrono::steady_clock;

constexpr int kMaxRuns = 5;
constexpr double kRepeatBudget = 10.0;  // seconds

const std::vector<std::string> kMetrics = {
    "betweenness", "closeness",  "harmonic", "pagerank",      "eigenvector",
    "coreness",    "clustering", "leiden",   "leiden_default", "louvain", "disconnected",
    "restarts",    "restarts_10", "approx-betweenness", "approx-check",
};

constexpr std::uint64_t kApproxCheckSeeds = 10;

constexpr std::uint64_t kDisconnectedSeeds = 20;

bool is_threaded(std::string_view metric) {
    return metric == "betweenness" || metric == "approx-betweenness" ||
           metric == "closeness" || metric == "harmonic" ||
           metric == "clustering" || metric == "restarts" || metric == "restarts_10";
}

long peak_rss_kib() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

double seconds_since(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

// Runs `kernel` (which keeps its last result) under the repeat rule; returns the fastest
// run and the number of runs.
std::pair<double, int> time_kernel(const std::function<void()>& kernel) {
    double best = std::numeric_limits<double>::infinity();
    double total = 0.0;
    int runs = 0;
    do {
        const Clock::time_point start = Clock::now();
        kernel();
        const double elapsed = seconds_since(start);
        best = std::min(best, elapsed);
        total += elapsed;
        ++runs;
    } while (runs < kMaxRuns && total < kRepeatBudget);
    return {best, runs};
}

double sum(const std::vector<double>& values) {
    return std::accumulate(values.begin(), values.end(), 0.0);
}

double max_of(const std::vector<double>& values) {
    return values.empty() ? 0.0 : *std::max_element(values.begin(), values.end());
}

struct Measurement {
    double checksum = 0.0;
    std::vector<double> values;  // the per-actor result, to compare across thread counts
    std::optional<std::size_t> iterations;
    std::optional<bool> converged;
    std::optional<double> modularity;
    std::optional<std::size_t> communities;
    std::optional<std::uint64_t> samples;
    std::optional<std::uint64_t> vertex_diameter_bound;
};

Measurement measure(const coopnet::Network& network, const std::string& metric,
                    std::size_t threads, const coopnet::ApproximateBetweennessOptions& approx,
                    double& seconds, int& runs) {
    coopnet::AnalysisOptions options;
    options.weights = coopnet::WeightMode::Unweighted;
    options.threads = threads;
    Measurement m;
    std::function<void()> kernel;
    if (metric == "betweenness") {
        kernel = [&] { m.values = coopnet::betweenness(network, {}, options).raw; };
    } else if (metric == "approx-betweenness") {
        kernel = [&] {
            const coopnet::ApproximateBetweennessResult result =
                coopnet::approximate_betweenness(network, approx, options);
            m.values = result.normalised;
            m.samples = result.estimate.samples;
            m.vertex_diameter_bound = result.estimate.vertex_diameter_bound;
        };
    } else if (metric == "closeness") {
        kernel = [&] { m.values = coopnet::closeness(network, options).closeness; };
    } else if (metric == "harmonic") {
        kernel = [&] { m.values = coopnet::harmonic(network, options); };
    } else if (metric == "pagerank") {
        kernel = [&] {
            const coopnet::PageRankResult result = coopnet::pagerank(network, {}, options);
            m.values = result.scores;
            m.iterations = result.iterations;
            m.converged = result.converged;
        };
    } else if (metric == "eigenvector") {
        kernel = [&] {
            const coopnet::EigenvectorResult result =
                coopnet::eigenvector_centrality(network, {}, options);
            m.values = result.scores;
            m.iterations = result.iterations;
            m.converged = result.converged;
        };
    } else if (metric == "coreness") {
        kernel = [&] {
            const std::vector<std::size_t> cores = coopnet::core_number(network, options);
            m.values.assign(cores.begin(), cores.end());
        };
    } else if (metric == "clustering") {
        kernel = [&] { m.values = coopnet::local_clustering(network, options); };
    } else if (metric == "leiden" || metric == "leiden_default") {
        coopnet::LeidenOptions leiden_options;  // the defaults of leiden.hpp
        if (metric == "leiden") leiden_options.max_iterations = 2;
        kernel = [&, leiden_options] {
            const coopnet::CommunityResult result =
                coopnet::leiden(network, leiden_options, options);
            m.checksum = result.modularity;
            m.modularity = result.modularity;
            m.communities = result.partition.community_count;
            m.iterations = result.iterations;
            m.converged = result.converged;
        };
    } else if (metric == "restarts" || metric == "restarts_10") {
        coopnet::CommunityOptions community_options;  // Leiden, the defaults
        if (metric == "restarts_10") community_options.restarts = 10;
        kernel = [&, community_options] {
            const coopnet::CommunityAnalysis result =
                coopnet::detect_communities(network, community_options, options);
            m.checksum = result.modularity;
            m.modularity = result.modularity;
            m.communities = result.partition.community_count;
            m.values = result.stability->actor;  // compared across thread counts
        };
    } else if (metric == "louvain") {
        kernel = [&] {
            const coopnet::CommunityResult result = coopnet::louvain(network, {}, options);
            m.checksum = result.modularity;
            m.modularity = result.modularity;
            m.communities = result.partition.community_count;
            m.iterations = result.iterations;
        };
    } else {
        throw coopnet::InvalidArgument("unknown metric '" + metric + "'");
    }
    std::tie(seconds, runs) = time_kernel(kernel);
    if (metric == "pagerank") {
        m.checksum = max_of(m.values);
    } else if (metric == "eigenvector") {
        const double top = max_of(m.values);
        m.checksum = top > 0.0 ? sum(m.values) / top : 0.0;
    } else if (metric != "leiden" && metric != "leiden_default" && metric != "louvain" &&
               metric != "restarts" && metric != "restarts_10") {
        m.checksum = sum(m.values);
    }
    return m;
}

void print(const JsonLine& line) { std::cout << line.str() << '\n' << std::flush; }

// Louvain and Leiden over kDisconnectedSeeds seeds: the communities each leaves
// disconnected, summed over the seeds, and the lowest and highest modularity seen.
void count_disconnected(const coopnet::Network& network, const JsonLine& base) {
    coopnet::AnalysisOptions options;
    options.weights = coopnet::WeightMode::Unweighted;
    for (const std::string method : {"louvain", "leiden"}) {
        std::size_t communities = 0;
        std::size_t disconnected = 0;
        std::size_t seeds_with_disconnected = 0;
        double lowest_modularity = std::numeric_limits<double>::infinity();
        double highest_modularity = -std::numeric_limits<double>::infinity();
        for (std::uint64_t seed = 1; seed <= kDisconnectedSeeds; ++seed) {
            coopnet::CommunityResult result;
            if (method == "louvain") {
                coopnet::LouvainOptions louvain_options;
                louvain_options.seed = seed;
                result = coopnet::louvain(network, louvain_options, options);
            } else {
                coopnet::LeidenOptions leiden_options;
                leiden_options.seed = seed;
                leiden_options.max_iterations = 2;
                result = coopnet::leiden(network, leiden_options, options);
            }
            const std::vector<bool> connected =
                coopnet::connected_communities(network, result.partition);
            const auto broken =
                static_cast<std::size_t>(std::count(connected.begin(), connected.end(), false));
            communities += result.partition.community_count;
            disconnected += broken;
            if (broken > 0) ++seeds_with_disconnected;
            lowest_modularity = std::min(lowest_modularity, result.modularity);
            highest_modularity = std::max(highest_modularity, result.modularity);
        }
        JsonLine line = base;
        line.add("metric", "disconnected").add("method", method).add("threads", 1);
        line.add("seeds", static_cast<std::size_t>(kDisconnectedSeeds));
        line.add("communities", communities).add("disconnected", disconnected);
        line.add("seeds_with_disconnected", seeds_with_disconnected);
        line.add("lowest_modularity", lowest_modularity);
        line.add("highest_modularity", highest_modularity);
        line.add("peak_rss_kib", peak_rss_kib());
        print(line);
    }
}

// The estimate against exact betweenness for kApproxCheckSeeds seeds: one line per seed
// with the largest error over all actors (normalised) and whether it is within epsilon.
void check_approximation(const coopnet::Network& network, const JsonLine& base,
                         coopnet::ApproximateBetweennessOptions approx, std::size_t threads) {
    coopnet::AnalysisOptions options;
    options.weights = coopnet::WeightMode::Unweighted;
    options.threads = threads;
    const std::vector<double> exact = coopnet::betweenness(network, {}, options).normalised;
    const std::uint64_t first_seed = approx.seed;
    for (std::uint64_t k = 0; k < kApproxCheckSeeds; ++k) {
        approx.seed = first_seed + k;
        const coopnet::ApproximateBetweennessResult result =
            coopnet::approximate_betweenness(network, approx, options);
        double largest_error = 0.0;
        for (std::size_t v = 0; v < exact.size(); ++v) {
            largest_error = std::max(largest_error, std::abs(result.normalised[v] - exact[v]));
        }
        JsonLine line = base;
        line.add("metric", "approx-check").add("threads", threads);
        line.add("seed", static_cast<std::size_t>(approx.seed));
        line.add("epsilon", approx.epsilon).add("delta", approx.delta);
        line.add("samples", static_cast<std::size_t>(result.estimate.samples));
        line.add("largest_error", largest_error).add("within", largest_error <= approx.epsilon);
        print(line);
    }
}

int run(int argc, char** argv) {
    std::optional<std::string> graph_path;
    std::string graph_label;
    std::vector<std::string> metrics;
    std::vector<std::size_t> thread_counts;
    coopnet::ApproximateBetweennessOptions approx;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        const auto value = [&]() -> std::string {
            if (i + 1 >= argc) throw coopnet::InvalidArgument(std::string(arg) + " needs a value");
            return argv[++i];
        };
        if (arg == "--metric") {
            const std::string name = value();
            if (name != "load" &&
                std::find(kMetrics.begin(), kMetrics.end(), name) == kMetrics.end()) {
                throw coopnet::InvalidArgument("unknown metric '" + name + "'");
            }
            metrics.push_back(name);
        } else if (arg == "--threads") {
            const std::string text = value();
            const std::size_t threads = std::stoul(text);
            if (threads == 0) throw coopnet::InvalidArgument("--threads must be >= 1");
            thread_counts.push_back(threads);
        } else if (arg == "--epsilon") {
            approx.epsilon = std::stod(value());
        } else if (arg == "--delta") {
            approx.delta = std::stod(value());
        } else if (arg == "--seed") {
            approx.seed = std::stoull(value());
        } else if (arg == "--graph-label") {
            graph_label = value();
        } else if (!arg.empty() && arg.front() != '-' && !graph_path) {
            graph_path = std::string(arg);
        } else {
            throw coopnet::InvalidArgument("unexpected argument '" + std::string(arg) + "'");
        }
    }
    if (!graph_path) {
        std::cerr << "usage: bench_metrics GRAPH [--metric NAME]... [--threads T]... "
                     "[--graph-label TEXT] [--epsilon E] [--delta D] [--seed S]\n";
        return 2;
    }
    if (metrics.empty()) metrics = kMetrics;
    if (thread_counts.empty()) thread_counts = {1, 2};
    if (graph_label.empty()) graph_label = *graph_path;

    const long rss_before_load = peak_rss_kib();
    const Clock::time_point load_start = Clock::now();
    const coopnet::Network network = coopnet::read_edge_list(*graph_path).network;
    const double load_seconds = seconds_since(load_start);
    const long rss_after_load = peak_rss_kib();
    JsonLine base;
    base.add("tool", "coopnet").add("graph", graph_label);
    {
        JsonLine line = base;
        line.add("metric", "load").add("threads", 1).add("seconds", load_seconds).add("runs", 1);
        line.add("actors", network.actor_count()).add("ties", network.adjacency().tie_count());
        line.add("rss_before_load_kib", rss_before_load).add("peak_rss_kib", rss_after_load);
        print(line);
    }

    for (const std::string& metric : metrics) {
        if (metric == "load") continue;
        if (metric == "disconnected") {
            count_disconnected(network, base);
            continue;
        }
        if (metric == "approx-check") {
            check_approximation(network, base, approx, thread_counts.back());
            continue;
        }
        const std::vector<std::size_t> counts =
            is_threaded(metric) ? thread_counts : std::vector<std::size_t>{1};
        std::vector<double> first_values;
        for (std::size_t k = 0; k < counts.size(); ++k) {
            double seconds = 0.0;
            int runs = 0;
            Measurement m = measure(network, metric, counts[k], approx, seconds, runs);
            JsonLine line = base;
            line.add("metric", metric).add("threads", counts[k]).add("seconds", seconds);
            line.add("runs", runs).add("checksum", m.checksum);
            if (m.modularity) line.add("modularity", *m.modularity);
            if (m.communities) line.add("communities", *m.communities);
            if (m.iterations) line.add("iterations", *m.iterations);
            if (m.converged) line.add("converged", *m.converged);
            if (m.samples) {
                line.add("samples", static_cast<std::size_t>(*m.samples));
                line.add("vertex_diameter_bound",
                         static_cast<std::size_t>(*m.vertex_diameter_bound));
                line.add("epsilon", approx.epsilon).add("delta", approx.delta);
                line.add("seed", static_cast<std::size_t>(approx.seed));
            }
            if (k == 0) {
                first_values = std::move(m.values);
            } else {
                line.add("identical_to_threads_" + std::to_string(counts[0]),
                         m.values == first_values);
            }
            line.add("rss_before_load_kib", rss_before_load);
            line.add("rss_after_load_kib", rss_after_load);
            line.add("peak_rss_kib", peak_rss_kib());
            print(line);
        }
    }
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    try {
        return run(argc, argv);
    } catch (const std::exception& error) {
        std::cerr << "bench_metrics: " << error.what() << '\n';
        return 1;
    }
}
