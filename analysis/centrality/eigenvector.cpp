#include "analysis/centrality/eigenvector.hpp"

#include <Spectra/SymEigsSolver.h>

#include <Eigen/Core>
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <span>

#include "analysis/structure/components.hpp"
#include "core/detail/huge_pages.hpp"
#include "core/error.hpp"

namespace coopnet {
namespace {

// Lanczos basis size: Spectra and ARPACK advise ncv >= 2 nev + 1. Each Lanczos step
// re-orthogonalises against the whole basis (two passes over ncv vectors of n), which on
// sparse graphs costs as much as the product itself: 8 needs about as many products as 20
// (37 against 41 on the million-tie benchmark graph, 12 against 36 on the near tie of the
// tests) at well under half the time per product.
constexpr Eigen::Index kLanczosBasis = 8;
// Components whose leading eigenvalues agree to this relative difference count as tied:
// Lanczos gives eigenvalues to about machine precision, so isomorphic components (equal
// roots, different actor order) differ by ~1e-15, and true differences are far larger.
constexpr double kTiedRoots = 1e-12;

// x <- (x + A^T x) / ||x + A^T x||_2 from the uniform vector (the method of networkx).
EigenvectorResult power_iteration(const CsrGraph& in, bool weighted,
                                  const EigenvectorOptions& iteration) {
    EigenvectorResult result;
    const std::size_t n = in.node_count();
    std::vector<double> x(n, 1.0 / std::sqrt(static_cast<double>(n)));
    std::vector<double> y(n);
    result.converged = false;
    while (result.iterations < iteration.max_iterations) {
        ++result.iterations;
        // y = (A + I)^T x, pulled along incoming arcs: y_v = x_v + sum_u a_uv x_u.
        double norm_squared = 0.0;
        for (NodeId v = 0; v < n; ++v) {
            const auto sources = in.neighbours_of(v);
            const auto weights = in.weights_of(v);
            double sum = x[v];
            for (std::size_t k = 0; k < sources.size(); ++k) {
                sum += (weighted ? weights[k] : 1.0) * x[sources[k]];
            }
            y[v] = sum;
            norm_squared += sum * sum;
        }
        // y >= x componentwise and x > 0, so the norm is never 0.
        const double norm = std::sqrt(norm_squared);
        double change = 0.0;
        for (NodeId v = 0; v < n; ++v) {
            y[v] /= norm;
            change += std::abs(y[v] - x[v]);
        }
        x.swap(y);
        result.eigenvalue = norm - 1.0;
        if (change < iteration.tolerance) {
            result.converged = true;
            break;
        }
    }
    result.scores = std::move(x);
    return result;
}

// The rows of one connected component in local numbering (actor members[i] is row i). The
// component that holds every actor is read in place (local = global); a smaller one is
// copied once, so that each of the tens of products reads x without a renumbering lookup.
class ComponentRows {
public:
    ComponentRows(const CsrGraph& rows, std::span<const NodeId> members,
                  const std::vector<NodeId>& local, bool weighted) {
        if (members.size() == rows.node_count()) {  // members are 0..n-1 in order
            offsets_ = rows.offsets.data();
            neighbours_ = rows.neighbours.data();
            weights_ = weighted ? rows.weights.data() : nullptr;
            size_ = members.size();
            return;
        }
        own_offsets_.reserve(members.size() + 1);
        own_offsets_.push_back(0);
        for (const NodeId v : members) {
            for (const NodeId u : rows.neighbours_of(v)) own_neighbours_.push_back(local[u]);
            if (weighted) {
                const auto weights = rows.weights_of(v);
                own_weights_.insert(own_weights_.end(), weights.begin(), weights.end());
            }
            own_offsets_.push_back(own_neighbours_.size());
        }
        offsets_ = own_offsets_.data();
        neighbours_ = own_neighbours_.data();
        weights_ = weighted ? own_weights_.data() : nullptr;
        size_ = members.size();
    }
    ComponentRows(const ComponentRows&) = delete;  // the pointers may point into own_*
    ComponentRows& operator=(const ComponentRows&) = delete;

    [[nodiscard]] std::size_t size() const { return size_; }

    // y = A_cc x; weights_ is null when every tie counts 1.
    void multiply(const double* x, double* y) const {
        if (weights_ == nullptr) {
            for (std::size_t i = 0; i < size_; ++i) {
                double sum = 0.0;
                for (std::uint64_t k = offsets_[i]; k < offsets_[i + 1]; ++k) {
                    sum += x[neighbours_[k]];
                }
                y[i] = sum;
            }
            return;
        }
        for (std::size_t i = 0; i < size_; ++i) {
            double sum = 0.0;
            for (std::uint64_t k = offsets_[i]; k < offsets_[i + 1]; ++k) {
                sum += weights_[k] * x[neighbours_[k]];
            }
            y[i] = sum;
        }
    }

private:
    const std::uint64_t* offsets_ = nullptr;
    const NodeId* neighbours_ = nullptr;
    const double* weights_ = nullptr;
    std::size_t size_ = 0;
    std::vector<std::uint64_t> own_offsets_;
    std::vector<NodeId> own_neighbours_;
    std::vector<double> own_weights_;
};

// The symmetric adjacency of one connected component as Spectra's matrix operation:
// y = A_cc x, one pass over the component's rows.
class ComponentAdjacency {
public:
    using Scalar = double;  // Spectra reads the element type from here

    explicit ComponentAdjacency(const ComponentRows& rows) : rows_(rows) {}

    [[nodiscard]] Eigen::Index rows() const { return static_cast<Eigen::Index>(rows_.size()); }
    [[nodiscard]] Eigen::Index cols() const { return rows(); }

    void perform_op(const double* x_in, double* y_out) const { rows_.multiply(x_in, y_out); }

private:
    const ComponentRows& rows_;
};

// Spectra's solver with its Lanczos basis (n x ncv doubles, 13 MB for 200 000 actors) in
// huge pages: init() allocates it and writes its first column; the others are first
// touched during compute(), a fault per 4 KiB page otherwise, which on a virtual machine
// was a quarter of the whole computation (12 µs per fault). Advice only: the same numbers.
class HugePageLanczos : public Spectra::SymEigsSolver<ComponentAdjacency> {
public:
    using Spectra::SymEigsSolver<ComponentAdjacency>::SymEigsSolver;

    void advise_basis() {
        const auto& basis = this->m_fac.matrix_V();
        detail::advise_huge_pages(basis.data(),
                                  static_cast<std::size_t>(basis.size()) * sizeof(double));
    }
};

// The Perron root and unit Perron vector (>= 0, local numbering) of one component.
struct PerronPair {
    double root = 0.0;
    std::vector<double> vector;
    std::size_t products = 0;
    bool converged = true;
};

PerronPair perron_pair(const CsrGraph& rows, std::span<const NodeId> members,
                       const std::vector<NodeId>& local, bool weighted,
                       const EigenvectorOptions& iteration) {
    PerronPair pair;
    const std::size_t size = members.size();
    if (size == 1) {  // an isolate: A = [0]
        pair.vector = {1.0};
        return pair;
    }
    if (size == 2) {  // one tie of weight w: A = [[0 w] [w 0]], too small for Lanczos
        pair.root = weighted ? rows.weights_of(members[0])[0] : 1.0;
        pair.vector.assign(2, 1.0 / std::sqrt(2.0));
        return pair;
    }
    const ComponentRows component_rows(rows, members, local, weighted);
    ComponentAdjacency adjacency(component_rows);
    const auto n = static_cast<Eigen::Index>(size);
    HugePageLanczos solver(adjacency, 1, std::min(n, kLanczosBasis));
    // A fixed start, the uniform vector, makes the result deterministic; it is not
    // orthogonal to the positive Perron vector. init() copies it, so its buffer is reused
    // for the result below (one buffer of n doubles fewer to fault in).
    pair.vector.assign(size, 1.0);
    solver.init(pair.vector.data());
    solver.advise_basis();
    // The component is connected, so its largest eigenvalue is simple and is the Perron
    // root (Perron-Frobenius); -root of a bipartite component is the smallest, not a rival.
    solver.compute(Spectra::SortRule::LargestAlge,
                   static_cast<Eigen::Index>(iteration.max_iterations), iteration.tolerance);
    pair.products = static_cast<std::size_t>(solver.num_operations());
    if (solver.info() != Spectra::CompInfo::Successful) {
        pair.converged = false;
        pair.vector.clear();
        return pair;
    }
    pair.root = solver.eigenvalues()[0];
    const Eigen::MatrixXd ritz = solver.eigenvectors(1);  // n x 1, read in place
    const auto vector = ritz.col(0);
    // The sign is arbitrary; entries of the wrong sign are rounding noise of ~0 entries.
    // Normalised here again: after an early breakdown (the start already an eigenvector,
    // as in a regular graph) Spectra's Ritz vector can be off unit length.
    const double sign = vector.sum() < 0.0 ? -1.0 : 1.0;
    double norm_squared = 0.0;
    for (std::size_t i = 0; i < size; ++i) {
        pair.vector[i] = std::max(0.0, sign * vector[static_cast<Eigen::Index>(i)]);
        norm_squared += pair.vector[i] * pair.vector[i];
    }
    const double norm = std::sqrt(norm_squared);
    for (double& value : pair.vector) value /= norm;
    return pair;
}

}  // namespace

EigenvectorResult eigenvector_centrality(const Network& network,
                                         const EigenvectorOptions& iteration,
                                         const AnalysisOptions& options) {
    if (!std::isfinite(iteration.tolerance) || !(iteration.tolerance > 0.0)) {
        throw InvalidArgument("eigenvector centrality: tolerance must be finite and > 0");
    }
    if (iteration.max_iterations == 0) {
        throw InvalidArgument("eigenvector centrality: max_iterations must be at least 1");
    }
    const bool weighted = options.weights == WeightMode::Weighted;
    const CsrGraph& in = network.adjacency().in();
    const std::size_t n = in.node_count();
    if (n == 0) return {};
    if (network.directed()) return power_iteration(in, weighted, iteration);

    // A is block diagonal by component: its leading eigenvectors are the Perron vectors of
    // the components with the largest root, which is where power iteration goes.
    const Components components = weak_components(network);
    std::vector<std::size_t> first(components.count() + 1, 0);  // members by component
    for (std::size_t c = 0; c < components.count(); ++c) {
        first[c + 1] = first[c] + components.sizes[c];
    }
    std::vector<NodeId> members(n);
    std::vector<NodeId> local(n);
    {
        std::vector<std::size_t> filled(components.count(), 0);
        for (NodeId v = 0; v < n; ++v) {
            const std::size_t c = components.component[v];
            local[v] = static_cast<NodeId>(filled[c]++);
            members[first[c] + local[v]] = v;
        }
    }
    EigenvectorResult result;
    std::vector<PerronPair> pairs;
    pairs.reserve(components.count());
    for (std::size_t c = 0; c < components.count(); ++c) {
        const std::span<const NodeId> component(members.data() + first[c], components.sizes[c]);
        pairs.push_back(perron_pair(in, component, local, weighted, iteration));
        result.iterations += pairs.back().products;
        if (!pairs.back().converged) {
            // No Ritz vector to show: power iteration gives one, and says if it converged.
            const std::size_t products = result.iterations;
            result = power_iteration(in, weighted, iteration);
            result.iterations += products;
            return result;
        }
        result.eigenvalue = std::max(result.eigenvalue, pairs.back().root);
    }

    // Power iteration from the uniform vector u ends at the projection of u onto the
    // leading eigenspace: each tied component's Perron vector p_c times u . p_c.
    result.scores.assign(n, 0.0);
    double norm_squared = 0.0;
    for (std::size_t c = 0; c < components.count(); ++c) {
        const PerronPair& pair = pairs[c];
        if (pair.root < result.eigenvalue * (1.0 - kTiedRoots)) continue;
        double share = 0.0;
        for (const double value : pair.vector) share += value;
        for (std::size_t i = 0; i < pair.vector.size(); ++i) {
            const double value = share * pair.vector[i];
            result.scores[members[first[c] + i]] = value;
            norm_squared += value * value;
        }
    }
    const double norm = std::sqrt(norm_squared);  // > 0: some component ties for the max
    for (double& value : result.scores) value /= norm;
    return result;
}

}  // namespace coopnet
