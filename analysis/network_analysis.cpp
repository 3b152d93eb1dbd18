#include "analysis/network_analysis.hpp"

#include "analysis/centrality/approximate_betweenness.hpp"
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

NetworkAnalysis analyze_network(const Network& network, const NetworkAnalysisOptions& options,
                                const AnalysisOptions& analysis) {
    NetworkAnalysis result;
    NetworkSummary& summary = result.network;
    ActorMetrics& actors = result.actors;

    summary.actors = network.actor_count();
    summary.ties = network.adjacency().tie_count();
    summary.directed = network.directed();
    summary.weighted = analysis.weights == WeightMode::Weighted;
    summary.density = density(network, analysis);
    summary.degree_centralization = degree_centralization(network, analysis);
    summary.average_clustering = average_clustering(network, analysis);
    summary.transitivity = transitivity(network, analysis);

    const Components weak = weak_components(network, analysis);
    summary.weak_components = weak.count();
    summary.largest_component = weak.largest_size();
    actors.component = weak.component;
    if (network.directed())
        summary.strong_components = strong_components(network, analysis).count();

    // One distance pass serves closeness, harmonic and the path lengths when they are hops.
    DistancesAndPathLengths distances = distances_and_path_lengths(network, analysis);
    summary.average_path_length = distances.paths.average_path_length;
    summary.diameter = distances.paths.diameter;

    actors.degree = degree(network, analysis);
    actors.in_degree = in_degree(network, analysis);
    actors.out_degree = out_degree(network, analysis);
    actors.strength = strength(network, analysis);
    ChosenBetweenness chosen = chosen_betweenness(network, options.approximate_betweenness, analysis);
    BetweennessResult& between = chosen.values;
    result.betweenness_estimate = chosen.estimate;
    DistanceCentralities distance = closeness_and_harmonic(std::move(distances.incoming));
    actors.closeness = std::move(distance.closeness.closeness);
    actors.harmonic = std::move(distance.harmonic);

    EigenvectorResult eigenvector = eigenvector_centrality(network, {}, analysis);
    actors.eigenvector = std::move(eigenvector.scores);
    summary.eigenvector_converged = eigenvector.converged;
    PageRankResult rank = pagerank(network, {}, analysis);
    actors.pagerank = std::move(rank.scores);
    summary.pagerank_converged = rank.converged;

    actors.clustering = local_clustering(network, analysis);
    actors.core = core_number(network, analysis);
    CutPoints cuts = cut_points(network, analysis);
    actors.articulation = std::move(cuts.articulation);
    result.bridges = std::move(cuts.bridges);
    if (options.communities) {
        result.communities = detect_communities(network, *options.communities, analysis);
    }
    if (options.brokers) {
        result.brokers_and_gaps = analyze_brokers_and_gaps(
            network, between, result.communities ? &result.communities->partition : nullptr,
            *options.brokers, analysis);
    }
    actors.betweenness = std::move(between.normalised);
    actors.betweenness_raw = std::move(between.raw);
    return result;
}

}  // namespace coopnet
