#include "cli/analysis_output.hpp"

#include <algorithm>
#include <cmath>
#include <iomanip>
#include <nlohmann/json.hpp>
#include <numeric>
#include <sstream>
#include <string>
#include <vector>

#include "cli/brokers_gaps_output.hpp"
#include "core/number_format.hpp"
#include "core/text.hpp"

namespace coopnet::cli {

namespace {

using Json = nlohmann::ordered_json;

Json number_or_null(double value) { return std::isfinite(value) ? Json(value) : Json(nullptr); }

Json network_json(const NetworkAnalysis& analysis) {
    const NetworkSummary& s = analysis.network;
    Json network;
    network["actors"] = s.actors;
    network["ties"] = s.ties;
    network["directed"] = s.directed;
    network["weights"] = s.weighted ? "weighted: strength measures use the weight, path "
                                      "measures the distance 1/weight"
                                    : "unweighted: every merged tie counts 1";
    if (s.directed) {
        network["undirected_version_for"] =
            Json::array({"clustering", "core", "articulation", "bridges"});
    }
    network["density"] = s.density;
    network["components"] = s.weak_components;
    if (s.strong_components) network["strong_components"] = *s.strong_components;
    network["largest_component"] = s.largest_component;
    network["average_path_length"] = number_or_null(s.average_path_length);
    network["diameter"] = s.diameter;
    network["degree_centralization"] = number_or_null(s.degree_centralization);
    network["average_clustering"] = s.average_clustering;
    network["transitivity"] = s.transitivity;
    network["eigenvector_converged"] = s.eigenvector_converged;
    network["pagerank_converged"] = s.pagerank_converged;
    if (analysis.communities) {
        const CommunityAnalysis& c = *analysis.communities;
        network["modularity"] = c.modularity;
        network["community_method"] = community_method_name(c.options);
        if (c.options.method == CommunityMethod::Leiden ||
            c.options.method == CommunityMethod::Louvain) {
            network["quality_function"] =
                c.options.quality == QualityFunction::Cpm ? "cpm" : "modularity";
            network["resolution"] = c.options.resolution;
            network["quality"] = c.quality;
        }
        if (c.options.method != CommunityMethod::Attribute) network["seed"] = c.options.seed;
        if (c.options.method == CommunityMethod::Leiden) {
            network["max_iterations"] = c.options.max_iterations;
        }
        network["communities_converged"] = c.converged;
        if (c.clustered_undirected_version) network["communities_on"] = "undirected version";
    }
    return network;
}

Json communities_json(const Network& network, const CommunityAnalysis& communities) {
    Json list = Json::array();
    for (const CommunitySummary& summary : communities.summaries) {
        Json entry;
        entry["id"] = summary.community;
        if (!communities.names.empty()) entry["name"] = communities.names[summary.community];
        entry["size"] = summary.size;
        entry["internal_ties"] = summary.internal_ties;
        entry["internal_weight"] = summary.internal_weight;
        entry["internal_density"] = summary.internal_density;
        entry["connected"] = summary.connected;
        entry["most_central"] = network.actor(summary.most_central).id;
        Json sectors = Json::object();
        for (const auto& [sector, count] : summary.sector_counts) sectors[sector] = count;
        entry["sectors"] = std::move(sectors);
        Json members = Json::array();
        for (NodeId v : summary.members) members.push_back(network.actor(v).id);
        entry["members"] = std::move(members);
        list.push_back(std::move(entry));
    }
    return list;
}

// The between-community tie matrix, row c = community c, as two square arrays.
Json community_ties_json(const CommunityTieMatrix& matrix) {
    Json count = Json::array();
    Json weight = Json::array();
    for (CommunityId a = 0; a < matrix.community_count; ++a) {
        Json count_row = Json::array();
        Json weight_row = Json::array();
        for (CommunityId b = 0; b < matrix.community_count; ++b) {
            count_row.push_back(matrix.count_between(a, b));
            weight_row.push_back(matrix.weight_between(a, b));
        }
        count.push_back(std::move(count_row));
        weight.push_back(std::move(weight_row));
    }
    return Json{{"count", std::move(count)}, {"weight", std::move(weight)}};
}

}  // namespace

void write_analysis_json(const Network& network, const NetworkAnalysis& analysis,
                         std::ostream& out) {
    const ActorMetrics& m = analysis.actors;
    Json document;
    document["network"] = network_json(analysis);
    Json actors = Json::array();
    for (NodeId v = 0; v < network.actor_count(); ++v) {
        const Actor& actor = network.actor(v);
        Json row;
        row["id"] = actor.id;
        row["label"] = actor.display_name();
        row["sector"] = actor.sector;
        row["degree"] = m.degree[v];
        if (network.directed()) {
            row["in_degree"] = m.in_degree[v];
            row["out_degree"] = m.out_degree[v];
        }
        row["strength"] = number_or_null(m.strength[v]);
        row["betweenness"] = number_or_null(m.betweenness[v]);
        row["closeness"] = number_or_null(m.closeness[v]);
        row["harmonic"] = number_or_null(m.harmonic[v]);
        row["eigenvector"] = number_or_null(m.eigenvector[v]);
        row["pagerank"] = number_or_null(m.pagerank[v]);
        row["clustering"] = number_or_null(m.clustering[v]);
        row["core"] = m.core[v];
        row["articulation"] = static_cast<bool>(m.articulation[v]);
        row["component"] = m.component[v];
        if (analysis.communities) row["community"] = analysis.communities->partition.community[v];
        if (analysis.brokers_and_gaps) add_actor_brokerage(row, *analysis.brokers_and_gaps, v);
        actors.push_back(std::move(row));
    }
    document["actors"] = std::move(actors);
    Json bridges = Json::array();
    for (const auto& [a, b] : analysis.bridges) {
        bridges.push_back(Json::array({network.actor(a).id, network.actor(b).id}));
    }
    document["bridges"] = std::move(bridges);
    if (analysis.communities) {
        document["communities"] = communities_json(network, *analysis.communities);
        document["community_ties"] = community_ties_json(analysis.communities->between);
    }
    if (analysis.brokers_and_gaps) {
        const BrokersAndGaps& brokers = *analysis.brokers_and_gaps;
        document["brokers"] = brokers_json(network, brokers);
        document["gaps"] = gaps_json(network, brokers, brokers.mixing.groups.attribute);
        document["suggestions"] = suggestions_json(network, brokers);
    }
    out << document.dump(2) << '\n';
}

void write_analysis_csv(const Network& network, const NetworkAnalysis& analysis,
                        const CsvStyle& style, std::ostream& out) {
    const ActorMetrics& m = analysis.actors;
    CsvWriter writer(out, style);
    std::vector<std::string> header = {"id", "label", "sector", "degree"};
    if (network.directed()) {
        header.push_back("in_degree");
        header.push_back("out_degree");
    }
    for (const char* name : {"strength", "betweenness", "closeness", "harmonic", "eigenvector",
                             "pagerank", "clustering", "core", "articulation", "component"}) {
        header.push_back(name);
    }
    if (analysis.communities) header.push_back("community");
    writer.write_row(header);
    const auto cell = [&](double value) {
        return std::isfinite(value) ? style.number(value) : std::string();
    };
    for (NodeId v = 0; v < network.actor_count(); ++v) {
        const Actor& actor = network.actor(v);
        std::vector<std::string> row = {actor.id, actor.display_name(), actor.sector,
                                        std::to_string(m.degree[v])};
        if (network.directed()) {
            row.push_back(std::to_string(m.in_degree[v]));
            row.push_back(std::to_string(m.out_degree[v]));
        }
        row.push_back(cell(m.strength[v]));
        row.push_back(cell(m.betweenness[v]));
        row.push_back(cell(m.closeness[v]));
        row.push_back(cell(m.harmonic[v]));
        row.push_back(cell(m.eigenvector[v]));
        row.push_back(cell(m.pagerank[v]));
        row.push_back(cell(m.clustering[v]));
        row.push_back(std::to_string(m.core[v]));
        row.push_back(m.articulation[v] ? "true" : "false");
        row.push_back(std::to_string(m.component[v]));
        if (analysis.communities) {
            row.push_back(std::to_string(analysis.communities->partition.community[v]));
        }
        writer.write_row(row);
    }
}

namespace {

// Fixed four decimals keep the table aligned; JSON and CSV carry the full precision.
std::string fixed(double value) {
    if (!std::isfinite(value)) return "-";
    std::ostringstream text;
    text << std::fixed << std::setprecision(4) << value;
    return text.str();
}

// Pads to `width` characters; counts UTF-8 code points, not bytes, so umlauts align.
std::string pad(const std::string& text, std::size_t width) {
    std::size_t characters = 0;
    for (char c : text) {
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++characters;
    }
    return characters >= width ? text : text + std::string(width - characters, ' ');
}

template <typename Value>
void write_top(const Network& network, const std::vector<Value>& values, const char* title,
               const char* explanation, std::size_t top, std::ostream& out, bool integral = false) {
    std::vector<NodeId> order(values.size());
    std::iota(order.begin(), order.end(), NodeId{0});
    std::stable_sort(order.begin(), order.end(), [&](NodeId a, NodeId b) {
        const double x = static_cast<double>(values[a]);
        const double y = static_cast<double>(values[b]);
        return (std::isnan(y) && !std::isnan(x)) || x > y;
    });
    out << "\n" << title << " - " << explanation << "\n";
    for (std::size_t rank = 0; rank < std::min(top, order.size()); ++rank) {
        const NodeId v = order[rank];
        const double value = static_cast<double>(values[v]);
        out << "  " << std::setw(2) << rank + 1 << ". "
            << pad(printable(network.actor(v).display_name()), 44) << " "
            << (integral ? std::to_string(static_cast<long long>(value)) : fixed(value)) << "\n";
    }
}

constexpr std::size_t kMembersListed = 8;

void write_communities_table(const Network& network, const CommunityAnalysis& communities,
                             std::ostream& out) {
    out << "\nCommunities - groups that work together more than with others ("
        << community_method_name(communities.options) << ", modularity "
        << fixed(communities.modularity) << ")\n";
    for (const CommunitySummary& summary : communities.summaries) {
        out << "  " << summary.community;
        if (!communities.names.empty())
            out << " \"" << printable(communities.names[summary.community]) << "\"";
        out << ": " << summary.size << " actors, density " << fixed(summary.internal_density)
            << (summary.connected ? "" : ", not connected among themselves")
            << ", most central: " << printable(network.actor(summary.most_central).display_name())
            << "\n";
        out << "     ";
        for (std::size_t i = 0; i < summary.members.size() && i < kMembersListed; ++i) {
            out << (i == 0 ? "" : ", ")
                << printable(network.actor(summary.members[i]).display_name());
        }
        if (summary.members.size() > kMembersListed) {
            out << " and " << summary.members.size() - kMembersListed << " more";
        }
        out << "\n";
    }
}

}  // namespace

void write_analysis_table(const Network& network, const NetworkAnalysis& analysis, std::size_t top,
                          std::ostream& out) {
    const NetworkSummary& s = analysis.network;
    const ActorMetrics& m = analysis.actors;
    out << "Network" << (network.name().empty() ? "" : ": " + printable(network.name())) << "\n";
    out << "  actors                    " << s.actors << "\n";
    out << "  ties (pairs)              " << s.ties << (s.directed ? " (directed)" : "") << "\n";
    out << "  density                   " << fixed(s.density) << "\n";
    out << "  components                " << s.weak_components;
    if (s.strong_components) out << " (strong: " << *s.strong_components << ")";
    out << ", largest " << s.largest_component << " actors\n";
    out << "  average path (largest)    " << fixed(s.average_path_length) << " steps\n";
    out << "  diameter (largest)        " << s.diameter << " steps\n";
    out << "  degree centralisation     " << fixed(s.degree_centralization) << "\n";
    out << "  average clustering        " << fixed(s.average_clustering) << "\n";
    out << "  transitivity              " << fixed(s.transitivity) << "\n";
    out << "  weights                   "
        << (s.weighted ? "used (paths: distance = 1/weight)" : "ignored (--unweighted)") << "\n";

    write_top(network, m.betweenness, "Betweenness",
              "who lies on the shortest paths between others (brokers)", top, out);
    write_top(network, m.degree, "Degree", "how many partners", top, out, true);
    write_top(network, m.strength, "Strength", "summed strength of cooperation", top, out);
    write_top(network, m.eigenvector, "Eigenvector", "partners of well-connected partners", top,
              out);
    write_top(network, m.pagerank, "PageRank", "reached by many paths", top, out);
    write_top(network, m.closeness, "Closeness", "few steps to everyone else", top, out);
    write_top(network, m.harmonic, "Harmonic", "closeness that tolerates gaps", top, out);
    write_top(network, m.core, "Core", "belongs to a densely knit core (k-core)", top, out, true);

    if (analysis.communities) write_communities_table(network, *analysis.communities, out);

    out << "\nArticulation points - without them the network falls apart\n";
    bool any = false;
    for (NodeId v = 0; v < network.actor_count(); ++v) {
        if (!m.articulation[v]) continue;
        out << "  " << printable(network.actor(v).display_name()) << "\n";
        any = true;
    }
    if (!any) out << "  (none)\n";
    out << "\nBridges - ties whose loss splits the network\n";
    for (const auto& [a, b] : analysis.bridges) {
        out << "  " << printable(network.actor(a).display_name()) << " -- "
            << printable(network.actor(b).display_name()) << "\n";
    }
    if (analysis.bridges.empty()) out << "  (none)\n";
}

}  // namespace coopnet::cli
