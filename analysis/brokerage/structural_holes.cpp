#include "analysis/brokerage/structural_holes.hpp"

#include <algorithm>
#include <cmath>
#include <span>

namespace coopnet {
namespace {

// The mutual weights w_ij = a_ij + a_ji, aligned with the rows of `undirected()`.
// Weighted: the undirected view already holds a_ij + a_ji (directed) or the tie weight
// (undirected; the factor 2 of a_ij + a_ji cancels in every measure). Unweighted:
// 1 per direction present, found by walking the sorted out- and in-rows alongside.
std::vector<double> mutual_weights(const Adjacency& adjacency, WeightMode mode) {
    const CsrGraph& both = adjacency.undirected();
    if (mode == WeightMode::Weighted) return both.weights;
    if (!adjacency.directed()) return std::vector<double>(both.arc_count(), 1.0);
    std::vector<double> weights(both.arc_count(), 0.0);
    for (NodeId i = 0; i < both.node_count(); ++i) {
        const auto contacts = both.neighbours_of(i);
        const auto out = adjacency.out().neighbours_of(i);
        const auto in = adjacency.in().neighbours_of(i);
        std::size_t o = 0;
        std::size_t n = 0;
        for (std::size_t k = 0; k < contacts.size(); ++k) {
            double w = 0.0;
            if (o < out.size() && out[o] == contacts[k]) {
                w += 1.0;
                ++o;
            }
            if (n < in.size() && in[n] == contacts[k]) {
                w += 1.0;
                ++n;
            }
            weights[both.offsets[i] + k] = w;
        }
    }
    return weights;
}

}  // namespace

StructuralHolesResult structural_holes(const Network& network, const AnalysisOptions& options) {
    const Adjacency& adjacency = network.adjacency();
    const CsrGraph& graph = adjacency.undirected();
    const std::size_t n = graph.node_count();
    const std::vector<double> w = mutual_weights(adjacency, options.weights);
    const bool borgatti = !adjacency.directed() && options.weights == WeightMode::Unweighted;

    // Per actor: total and largest mutual weight (for p and m).
    std::vector<double> total(n, 0.0);
    std::vector<double> largest(n, 0.0);
    for (NodeId v = 0; v < n; ++v) {
        for (std::uint64_t e = graph.offsets[v]; e < graph.offsets[v + 1]; ++e) {
            total[v] += w[e];
            largest[v] = std::max(largest[v], w[e]);
        }
    }

    StructuralHolesResult result;
    result.contacts.resize(n);
    result.constraint.resize(n);
    result.effective_size.resize(n);
    result.efficiency.resize(n);
    result.hierarchy.resize(n);

    // Dense scratch arrays indexed by actor; only the entries of i's contacts are touched
    // and reset after each ego, so the cost per ego is its two-step neighbourhood.
    std::vector<NodeId> ego_of(n, 0);       // i + 1 marks the contacts of ego i
    std::vector<double> p_of(n, 0.0);       // p_ij for the contacts j of the current ego i
    std::vector<double> indirect(n, 0.0);   // sum_q p_iq p_qj
    std::vector<double> redundant(n, 0.0);  // sum_q p_iq m_jq, or shared contacts (Borgatti)
    std::vector<double> local;              // c_ij of the current ego, row order

    for (NodeId i = 0; i < n; ++i) {
        const std::uint64_t begin = graph.offsets[i];
        const std::uint64_t end = graph.offsets[i + 1];
        const std::size_t contacts = end - begin;
        result.contacts[i] = contacts;
        if (contacts == 0) continue;

        for (std::uint64_t e = begin; e < end; ++e) {
            ego_of[graph.neighbours[e]] = i + 1;
            p_of[graph.neighbours[e]] = w[e] / total[i];
        }

        // Two steps i - q - j with j a contact of i (never i itself: no self-ties).
        for (std::uint64_t e = begin; e < end; ++e) {
            const NodeId q = graph.neighbours[e];
            const double p_iq = p_of[q];
            for (std::uint64_t f = graph.offsets[q]; f < graph.offsets[q + 1]; ++f) {
                const NodeId j = graph.neighbours[f];
                if (ego_of[j] != i + 1) continue;
                indirect[j] += p_iq * (w[f] / total[q]);
                redundant[j] += borgatti ? 1.0 : p_iq * (w[f] / largest[j]);
            }
        }

        double constraint_sum = 0.0;
        double redundancy_sum = 0.0;
        local.clear();
        for (std::uint64_t e = begin; e < end; ++e) {
            const NodeId j = graph.neighbours[e];
            const double root = p_of[j] + indirect[j];
            local.push_back(root * root);
            constraint_sum += root * root;
            redundancy_sum += redundant[j];
        }
        for (std::uint64_t e = begin; e < end; ++e) {
            const NodeId j = graph.neighbours[e];
            p_of[j] = 0.0;
            indirect[j] = 0.0;
            redundant[j] = 0.0;
        }

        const double count = static_cast<double>(contacts);
        // Borgatti: redundancy_sum counts every tie among the contacts twice, i.e. 2 t.
        const double effective = borgatti ? count - redundancy_sum / count : count - redundancy_sum;
        result.constraint[i] = constraint_sum;
        result.effective_size[i] = effective;
        result.efficiency[i] = effective / count;
        if (contacts > 1) {
            const double mean = constraint_sum / count;
            double h = 0.0;
            for (const double c : local) h += (c / mean) * std::log(c / mean);
            result.hierarchy[i] = h / (count * std::log(count));
        }
    }
    return result;
}

std::vector<std::optional<double>> constraint(const Network& network,
                                              const AnalysisOptions& options) {
    return structural_holes(network, options).constraint;
}

std::vector<std::optional<double>> effective_size(const Network& network,
                                                  const AnalysisOptions& options) {
    return structural_holes(network, options).effective_size;
}

std::vector<std::optional<double>> efficiency(const Network& network,
                                              const AnalysisOptions& options) {
    return structural_holes(network, options).efficiency;
}

std::vector<std::optional<double>> hierarchy(const Network& network,
                                             const AnalysisOptions& options) {
    return structural_holes(network, options).hierarchy;
}

}  // namespace coopnet
