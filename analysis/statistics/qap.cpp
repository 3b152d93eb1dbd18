#include "analysis/statistics/qap.hpp"

#include <Eigen/Dense>
#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

#include "analysis/detail/parallel_chunks.hpp"
#include "analysis/detail/random.hpp"
#include "core/error.hpp"
#include "core/progress.hpp"

namespace coopnet {

namespace {

using Eigen::MatrixXd;
using Eigen::VectorXd;

/// |a| >= |b| and friends count values within this relative distance as equal.
constexpr double kRelativeTie = 1e-9;

bool at_least(double a, double b) { return a >= b - kRelativeTie * std::abs(b); }

using detail::splitmix64_mix;

/// The splitmix64 generator: portable, so every platform draws the same permutations.
class SplitMix64 {
public:
    explicit SplitMix64(std::uint64_t state) : state_(state) {}
    std::uint64_t next() { return splitmix64_mix(state_ += detail::kSplitMixGamma); }
    /// Uniform in [0, bound), by rejection (no modulo bias).
    std::uint64_t below(std::uint64_t bound) {
        const std::uint64_t limit = std::numeric_limits<std::uint64_t>::max() -
                                    std::numeric_limits<std::uint64_t>::max() % bound;
        std::uint64_t x = next();
        while (x >= limit) x = next();
        return x % bound;
    }

private:
    std::uint64_t state_;
};

/// The permutation of draw `draw` (Fisher-Yates with a generator seeded from seed and draw).
void draw_permutation(std::uint64_t seed, std::size_t draw, std::vector<std::size_t>& perm) {
    SplitMix64 random(splitmix64_mix(seed) ^ splitmix64_mix(0x51afd6ed4c7a3b29ULL + draw));
    std::iota(perm.begin(), perm.end(), std::size_t{0});
    for (std::size_t i = perm.size(); i > 1; --i) {
        std::swap(perm[i - 1], perm[random.below(i)]);
    }
}

/// The dyads as (row, column) pairs: i > j when undirected (sna's lower triangle), every
/// i != j when directed.
struct Dyads {
    std::vector<std::uint32_t> row;
    std::vector<std::uint32_t> col;
    [[nodiscard]] std::size_t size() const { return row.size(); }
};

Dyads list_dyads(std::size_t n, bool directed) {
    Dyads dyads;
    for (std::size_t j = 0; j < n; ++j) {
        for (std::size_t i = 0; i < n; ++i) {
            if (i == j || (!directed && i < j)) continue;
            dyads.row.push_back(static_cast<std::uint32_t>(i));
            dyads.col.push_back(static_cast<std::uint32_t>(j));
        }
    }
    return dyads;
}

/// The matrix's values over the dyads, permuted by `perm` (identity when null).
void gather(const DyadicMatrix& matrix, const Dyads& dyads, const std::size_t* perm, double* out) {
    const std::size_t n = matrix.n;
    for (std::size_t k = 0; k < dyads.size(); ++k) {
        const std::size_t i = perm ? perm[dyads.row[k]] : dyads.row[k];
        const std::size_t j = perm ? perm[dyads.col[k]] : dyads.col[k];
        out[k] = matrix.values[i * n + j];
    }
}

/// The t-value of the last column when y is regressed on the columns spanned by the thin
/// `q` and on `z` (Frisch-Waugh-Lovell; see the header). NaN when z lies in their span.
double partial_t(const MatrixXd& q, const VectorXd& r_y, double ssr_others, std::size_t columns,
                 const VectorXd& z, VectorXd& r) {
    r = z;
    if (q.cols() > 0) r.noalias() -= q * (q.transpose() * z);
    const double rr = r.squaredNorm();
    const double zz = z.squaredNorm();
    if (!(rr > 1e-24 * std::max(zz, 1.0))) return std::numeric_limits<double>::quiet_NaN();
    const double ry = r.dot(r_y);
    const double ssr = std::max(ssr_others - ry * ry / rr, 0.0);
    const double dof = static_cast<double>(r.size()) - static_cast<double>(columns);
    return ry / std::sqrt(rr) / std::sqrt(ssr / dof);
}

double pearson(const VectorXd& a, const VectorXd& b) {
    const VectorXd ca = a.array() - a.mean();
    const VectorXd cb = b.array() - b.mean();
    const double denominator = std::sqrt(ca.squaredNorm() * cb.squaredNorm());
    return denominator > 0.0 ? ca.dot(cb) / denominator : std::numeric_limits<double>::quiet_NaN();
}

/// Counts of draws at least as extreme, per statistic of one pass.
struct Counts {
    std::vector<std::size_t> abs_greater;
    std::vector<std::size_t> greater;
    std::vector<std::size_t> less;
    explicit Counts(std::size_t statistics)
        : abs_greater(statistics, 0), greater(statistics, 0), less(statistics, 0) {}
    void add(std::size_t s, double draw, double observed) {
        if (std::isnan(draw) || std::isnan(observed)) return;
        abs_greater[s] += at_least(std::abs(draw), std::abs(observed)) ? 1 : 0;
        greater[s] += at_least(draw, observed) ? 1 : 0;
        less[s] += at_least(-draw, -observed) ? 1 : 0;
    }
    void merge(const Counts& other) {
        for (std::size_t s = 0; s < abs_greater.size(); ++s) {
            abs_greater[s] += other.abs_greater[s];
            greater[s] += other.greater[s];
            less[s] += other.less[s];
        }
    }
    void clear() {
        std::fill(abs_greater.begin(), abs_greater.end(), 0);
        std::fill(greater.begin(), greater.end(), 0);
        std::fill(less.begin(), less.end(), 0);
    }
};

/// Per-thread buffers of a pass over the draws.
struct DrawState {
    std::vector<std::size_t> perm;
    VectorXd z;
    VectorXd r;
    Counts chunk;
    DrawState(std::size_t n, std::size_t d, std::size_t statistics)
        : perm(n), z(d), r(d), chunk(statistics) {}
};

/// Draws per chunk: enough work per chunk that the threads meet rarely (each chunk ends at
/// a barrier); the counts do not depend on it, since every draw is seeded by its index.
std::size_t draws_per_chunk(std::size_t dyads) {
    return std::clamp<std::size_t>((std::size_t{1} << 16) / (dyads + 1), 1, 256);
}

std::size_t chunk_count(std::size_t permutations, std::size_t dyads) {
    const std::size_t block = draws_per_chunk(dyads);
    return (permutations + block - 1) / block;
}

/// Runs draws 0 … N-1 of `one_draw(state)` (the permutation in state.perm; it adds to
/// state.chunk) on the threads, in chunks of consecutive draws, and returns the merged
/// counts.
template <typename OneDraw>
Counts run_draws(std::size_t n, std::size_t d, std::size_t statistics, const QapOptions& options,
                 std::size_t threads, Progress& progress, OneDraw one_draw) {
    const std::size_t block = draws_per_chunk(d);
    const std::size_t chunks = chunk_count(options.permutations, d);
    std::vector<DrawState> states;
    for (std::size_t t = 0; t < std::min(threads, std::max<std::size_t>(chunks, 1)); ++t) {
        states.emplace_back(n, d, statistics);
    }
    Counts total(statistics);
    detail::run_chunks_in_order(
        states, chunks,
        [&](DrawState& state, std::size_t chunk) {
            state.chunk.clear();
            const std::size_t end = std::min(options.permutations, (chunk + 1) * block);
            for (std::size_t draw = chunk * block; draw < end; ++draw) {
                draw_permutation(options.seed, draw, state.perm);
                one_draw(state);
            }
        },
        [&](DrawState& state) { total.merge(state.chunk); }, &progress);
    return total;
}

/// The design matrix: the intercept, then the covariates, over the dyads.
MatrixXd design_matrix(const DyadicDesign& design, const Dyads& dyads) {
    MatrixXd x(static_cast<Eigen::Index>(dyads.size()),
               static_cast<Eigen::Index>(design.covariates.size() + 1));
    x.col(0).setOnes();
    for (std::size_t c = 0; c < design.covariates.size(); ++c) {
        gather(design.covariates[c], dyads, nullptr,
               x.col(static_cast<Eigen::Index>(c + 1)).data());
    }
    return x;
}

/// X without column `skip`.
MatrixXd without_column(const MatrixXd& x, Eigen::Index skip) {
    MatrixXd others(x.rows(), x.cols() - 1);
    for (Eigen::Index c = 0, o = 0; c < x.cols(); ++c) {
        if (c != skip) others.col(o++) = x.col(c);
    }
    return others;
}

/// The thin Q of a QR of `a` (d x c, full column rank).
MatrixXd thin_q(const MatrixXd& a) {
    if (a.cols() == 0) return MatrixXd(a.rows(), 0);
    const Eigen::HouseholderQR<MatrixXd> qr(a);
    return qr.householderQ() * MatrixXd::Identity(a.rows(), a.cols());
}

}  // namespace

QapResult qap_regression(const DyadicDesign& design, const QapOptions& options,
                         const AnalysisOptions& analysis) {
    const std::size_t n = design.actors.size();
    const std::size_t p = design.covariates.size() + 1;
    if (design.covariates.empty()) {
        throw InvalidArgument("a regression needs at least one covariate");
    }
    if (n < 2) {
        throw InvalidArgument("a regression needs at least two actors with every value; " +
                              std::to_string(n) + " left");
    }
    const std::size_t d = design.directed ? n * (n - 1) : n * (n - 1) / 2;
    if (d <= p) {
        throw InvalidArgument("a regression on " + std::to_string(p) + " columns needs more than " +
                              std::to_string(p) + " dyads; there are " + std::to_string(d));
    }
    if (d > kQapMaxDyads) {
        throw InvalidArgument("a regression on " + std::to_string(d) +
                              " dyads is more than coopnet takes (" + std::to_string(kQapMaxDyads) +
                              "; about " + std::to_string(n) +
                              " actors): filter the network (--sectors, --kinds)");
    }
    const Dyads dyads = list_dyads(n, design.directed);
    const MatrixXd x = design_matrix(design, dyads);
    VectorXd y(static_cast<Eigen::Index>(d));
    gather(design.dependent, dyads, nullptr, y.data());
    if (y.maxCoeff() == y.minCoeff()) {
        throw InvalidArgument(
            "the dependent ties are the same for every pair (no tie, or every pair tied): "
            "nothing to explain");
    }
    std::vector<std::string> names{"intercept"};
    names.insert(names.end(), design.terms.begin(), design.terms.end());

    // The fit: column-pivoting QR, so a dependent column shows as a rank below p.
    const Eigen::ColPivHouseholderQR<MatrixXd> qr(x);
    if (static_cast<std::size_t>(qr.rank()) < p) {
        // Name the first column that the columns before it already explain.
        std::string culprit = names.back();
        for (std::size_t c = 1; c < p; ++c) {
            const Eigen::ColPivHouseholderQR<MatrixXd> head(
                x.leftCols(static_cast<Eigen::Index>(c + 1)));
            if (static_cast<std::size_t>(head.rank()) <= c) {
                culprit = names[c];
                break;
            }
        }
        throw InvalidArgument("covariate " + culprit +
                              " is constant on the dyads or a combination of the columns before "
                              "it; leave it out");
    }
    const VectorXd beta = qr.solve(y);
    const VectorXd residual = y - x * beta;
    const double ssr = residual.squaredNorm();
    const double sst = (y.array() - y.mean()).matrix().squaredNorm();
    const double dof = static_cast<double>(d - p);

    QapResult result;
    result.directed = design.directed;
    result.actors = n;
    result.dropped_actors = design.dropped_actors;
    result.dyads = d;
    result.permutations = options.permutations;
    result.seed = options.seed;
    result.r_squared = 1.0 - ssr / sst;
    result.adjusted_r_squared = 1.0 - (1.0 - result.r_squared) * static_cast<double>(d - 1) / dof;

    const std::size_t threads = resolve_thread_count(analysis.threads);
    const std::size_t k = design.covariates.size();
    Progress progress("qap", chunk_count(options.permutations, d) * (p + 1),
                      "blocks of permutations");

    // Double semi-partialling, one coefficient at a time: only one thin Q is held.
    for (std::size_t j = 0; j < p; ++j) {
        const auto column = static_cast<Eigen::Index>(j);
        const MatrixXd q = thin_q(without_column(x, column));
        const VectorXd r_y = y - q * (q.transpose() * y);
        const double ssr_others = r_y.squaredNorm();
        const VectorXd e = x.col(column) - q * (q.transpose() * x.col(column));
        // E_j as a matrix over the actors (symmetric when undirected), to permute.
        DyadicMatrix residual_matrix{n, std::vector<double>(n * n, 0.0)};
        for (std::size_t m = 0; m < d; ++m) {
            residual_matrix.at(dyads.row[m], dyads.col[m]) = e[static_cast<Eigen::Index>(m)];
            if (!design.directed)
                residual_matrix.at(dyads.col[m], dyads.row[m]) = e[static_cast<Eigen::Index>(m)];
        }
        VectorXd scratch(static_cast<Eigen::Index>(d));
        const double t = partial_t(q, r_y, ssr_others, p, e, scratch);
        QapCoefficient coefficient;
        coefficient.term = names[j];
        coefficient.estimate = beta[column];
        coefficient.t = t;
        // Var(b_j) = sigma^2 / |e_j|^2 (Frisch-Waugh-Lovell).
        coefficient.std_error = std::sqrt(ssr / dof / e.squaredNorm());
        const Counts counts = run_draws(n, d, 1, options, threads, progress, [&](DrawState& s) {
            gather(residual_matrix, dyads, s.perm.data(), s.z.data());
            s.chunk.add(0, partial_t(q, r_y, ssr_others, p, s.z, s.r), t);
        });
        const double draws = static_cast<double>(std::max<std::size_t>(options.permutations, 1));
        coefficient.p = static_cast<double>(counts.abs_greater[0]) / draws;
        coefficient.p_greater = static_cast<double>(counts.greater[0]) / draws;
        coefficient.p_less = static_cast<double>(counts.less[0]) / draws;
        if (options.permutations == 0) {
            coefficient.p = coefficient.p_greater = coefficient.p_less =
                std::numeric_limits<double>::quiet_NaN();
        }
        result.coefficients.push_back(coefficient);
    }

    // QAP correlations: y against each covariate with its rows and columns permuted.
    std::vector<double> observed(k);
    for (std::size_t c = 0; c < k; ++c) {
        observed[c] = pearson(y, x.col(static_cast<Eigen::Index>(c + 1)));
    }
    const Counts counts = run_draws(n, d, k, options, threads, progress, [&](DrawState& s) {
        for (std::size_t c = 0; c < k; ++c) {
            gather(design.covariates[c], dyads, s.perm.data(), s.z.data());
            s.chunk.add(c, pearson(y, s.z), observed[c]);
        }
    });
    for (std::size_t c = 0; c < k; ++c) {
        const double p_value = options.permutations == 0
                                   ? std::numeric_limits<double>::quiet_NaN()
                                   : static_cast<double>(counts.abs_greater[c]) /
                                         static_cast<double>(options.permutations);
        result.correlations.push_back({design.terms[c], observed[c], p_value});
    }
    return result;
}

QapResult qap_regression(const Network& network, const DyadicModel& model,
                         const QapOptions& options, const AnalysisOptions& analysis) {
    return qap_regression(build_dyadic_design(network, model, analysis), options, analysis);
}

}  // namespace coopnet
