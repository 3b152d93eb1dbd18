// One entry point for the community views `coopnet analyze --communities` offers: Leiden
// (the default), Louvain, label propagation, or a fixed partition read from an actor
// attribute, each summarised by the same measures so that "how the network is organised"
// can be compared with "how we think it is organised".
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "analysis/community/consensus.hpp"
#include "analysis/community/leiden.hpp"
#include "analysis/community/modularity.hpp"
#include "analysis/community/partition.hpp"
#include "analysis/community/community_summary.hpp"
#include "analysis/options.hpp"
#include "core/network.hpp"

namespace coopnet {

enum class CommunityMethod { Leiden, Louvain, LabelPropagation, Attribute };

struct CommunityOptions {
    CommunityMethod method = CommunityMethod::Leiden;
    std::string attribute;  ///< for Attribute: `sector` or any actor attribute
    /// The search (leiden.hpp): Leiden uses every field; Louvain the same-named `quality`,
    /// `resolution` and `seed` (louvain.hpp); label propagation the `seed`. Not used for
    /// Attribute.
    LeidenOptions leiden;
    /// Seeded runs of Leiden, Louvain or label propagation, the best kept
    /// (`best_of_restarts`, consensus.hpp); 0 = automatic (`restart_count`: 100 up to 2 000
    /// ties, 10 up to 250 000, 2 above). `coopnet analyze --restarts`. Not used for
    /// Attribute.
    std::size_t restarts = 0;
};

struct CommunityAnalysis {
    CommunityOptions options;
    Partition partition;  ///< numbered by decreasing size, ties by smallest member id
    /// For an attribute partition: the attribute value of each community; else empty.
    std::vector<std::string> names;
    double modularity = 0.0;  ///< Newman modularity at resolution 1, always
    double quality = 0.0;     ///< the chosen quality function at the chosen resolution
    bool converged = true;  ///< of the chosen run
    bool clustered_undirected_version = false;  ///< directed input
    /// The runs made and the index of the chosen one (its seed is
    /// `restart_seed(options.leiden.seed, best_restart)`); 0 and 0 for Attribute.
    std::size_t restarts = 0;
    std::size_t best_restart = 0;
    /// Per actor and per community, how stable the partition is across the restarts
    /// (`CommunityStability`); absent for an attribute partition, which no search found,
    /// and for a single run (`restarts` = 1), which agrees with itself.
    std::optional<CommunityStability> stability;
    std::vector<CommunitySummary> summaries;
    CommunityTies between;
};

/// Parses `leiden`, `louvain`, `labelprop` or `attr:NAME` into `options` (keeping the
/// other fields). Throws InvalidArgument for anything else.
void parse_community_method(const std::string& text, CommunityOptions& options);

/// The method's name as the CLI spells it (`leiden`, `attr:sector` ...).
std::string community_method_name(const CommunityOptions& options);

/// Runs the chosen method and summarises its communities. Leiden, Louvain and label
/// propagation run `restart_count(options.restarts, ties)` times from seeds derived from
/// `options.leiden.seed` and keep the best run (`best_of_restarts`), in parallel on
/// `analysis.threads`, byte-identical for every thread count. Weights follow `analysis`
/// (WeightMode). Throws InvalidArgument for a bad resolution or an empty attribute name.
CommunityAnalysis detect_communities(const Network& network, const CommunityOptions& options = {},
                                     const AnalysisOptions& analysis = {});

}  // namespace coopnet
