#include "analysis/network_analysis.hpp"

#include "analysis/centrality/betweenness.hpp"
#include "analysis/centrality/closeness.hpp"
#include "analysis/structure/clustering.hpp"
#include "analysis/structure/components.hpp"
#include "analysis/structure/cores.hpp"
#include "analysis/structure/cut_points.hpp"
#include "analysis/centrality/degree.hpp"
#include "analysis/structure/distances.hpp"
#include "analysis/centrality/eigenvector.hpp"
#include "analysis/centrality/pagerank.hpp"

namespace coopnet {

NetworkAnalysis analyze_network(const Network& network, const AnalysisOptions& options,
                                const std::optional<CommunityOptions>& communities,
                                const std::optional<BrokersAndGapsOptions>& brokers) {
    NetworkAnalysis result;
    NetworkSummary& summary = result.network;
    ActorMetrics& actors = result.actors;

    summary.actors = network.actor_count();
    summary.ties = network.adjacency().tie_count();
    summary.directed = network.directed();
    summary.weighted = options.weights == WeightMode::Weighted;
    summary.density = density(network, options);
    summary.degree_centralization = degree_centralization(network, options);
    summary.average_clustering = average_clustering(network, options);
    summary.transitivity = transitivity(network, options);

    const Components weak = weak_components(network, options);
    summary.weak_components = weak.count();
    summary.largest_component = weak.largest_size();
    actors.component = weak.component;
    if (network.directed()) summary.strong_components = strong_components(network, options).count();

    const PathLengthSummary paths = path_length_summary(network, options);
    summary.average_path_length = paths.average_path_length;
    summary.diameter = paths.diameter;

    actors.degree = degree(network, options);
    actors.in_degree = in_degree(network, options);
    actors.out_degree = out_degree(network, options);
    actors.strength = strength(network, options);
    BetweennessResult between = betweenness(network, options);
    actors.closeness = closeness(network, options).closeness;
    actors.harmonic = harmonic(network, options);

    EigenvectorResult eigenvector = eigenvector_centrality(network, options);
    actors.eigenvector = std::move(eigenvector.scores);
    summary.eigenvector_converged = eigenvector.converged;
    PageRankResult rank = pagerank(network, options);
    actors.pagerank = std::move(rank.scores);
    summary.pagerank_converged = rank.converged;

    actors.clustering = local_clustering(network, options);
    actors.core = core_number(network, options);
    CutPoints cuts = cut_points(network, options);
    actors.articulation = std::move(cuts.articulation);
    result.bridges = std::move(cuts.bridges);
    if (communities) result.communities = detect_communities(network, *communities, options);
    if (brokers) {
        BrokersAndGapsOptions request = *brokers;
        request.betweenness = &between;
        result.brokers_and_gaps = analyze_brokers_and_gaps(
            network, request, options, result.communities ? &result.communities->partition : nullptr);
    }
    actors.betweenness = std::move(between.normalised);
    actors.betweenness_raw = std::move(between.raw);
    return result;
}

}  // namespace coopnet
