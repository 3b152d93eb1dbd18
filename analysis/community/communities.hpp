// One entry point for the community views `coopnet analyze --communities` offers: Leiden
// (the default), Louvain, label propagation, or a fixed partition read from an actor
// attribute, each summarised by the same measures so that "how the network is organised"
// can be compared with "how we think it is organised".
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

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
};

struct CommunityAnalysis {
    CommunityOptions options;
    Partition partition;  ///< numbered by decreasing size, ties by smallest member id
    /// For an attribute partition: the attribute value of each community; else empty.
    std::vector<std::string> names;
    double modularity = 0.0;  ///< Newman modularity at resolution 1, always
    double quality = 0.0;     ///< the chosen quality function at the chosen resolution
    bool converged = true;
    bool clustered_undirected_version = false;  ///< directed input
    std::vector<CommunitySummary> summaries;
    CommunityTies between;
};

/// Parses `leiden`, `louvain`, `labelprop` or `attr:NAME` into `options` (keeping the
/// other fields). Throws InvalidArgument for anything else.
void parse_community_method(const std::string& text, CommunityOptions& options);

/// The method's name as the CLI spells it (`leiden`, `attr:sector` ...).
std::string community_method_name(const CommunityOptions& options);

/// Runs the chosen method and summarises its communities. Weights follow `analysis`
/// (WeightMode). Throws InvalidArgument for a bad resolution or an empty attribute name.
CommunityAnalysis detect_communities(const Network& network, const CommunityOptions& options = {},
                                     const AnalysisOptions& analysis = {});

}  // namespace coopnet
