#include "cli/analysis_output.hpp"

#include <algorithm>
#include <cmath>
#include <iomanip>
#include <nlohmann/json.hpp>
#include <numeric>
#include <sstream>
#include <string>
#include <vector>

#include "core/number_format.hpp"

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
    network["degree_centralization"] = s.degree_centralization;
    network["average_clustering"] = s.average_clustering;
    network["transitivity"] = s.transitivity;
    network["eigenvector_converged"] = s.eigenvector_converged;
    network["pagerank_converged"] = s.pagerank_converged;
    return network;
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
        actors.push_back(std::move(row));
    }
    document["actors"] = std::move(actors);
    Json bridges = Json::array();
    for (const auto& [a, b] : analysis.bridges) {
        bridges.push_back(Json::array({network.actor(a).id, network.actor(b).id}));
    }
    document["bridges"] = std::move(bridges);
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
               const char* explanation, std::size_t top, std::ostream& out,
               bool integral = false) {
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
        out << "  " << std::setw(2) << rank + 1 << ". " << pad(network.actor(v).display_name(), 44) << " "
            << (integral ? std::to_string(static_cast<long long>(value)) : fixed(value)) << "\n";
    }
}

}  // namespace

void write_analysis_table(const Network& network, const NetworkAnalysis& analysis,
                          std::size_t top, std::ostream& out) {
    const NetworkSummary& s = analysis.network;
    const ActorMetrics& m = analysis.actors;
    out << "Network" << (network.name().empty() ? "" : ": " + network.name()) << "\n";
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
    write_top(network, m.eigenvector, "Eigenvector", "partners of well-connected partners",
              top, out);
    write_top(network, m.pagerank, "PageRank", "reached by many paths", top, out);
    write_top(network, m.closeness, "Closeness", "few steps to everyone else", top, out);
    write_top(network, m.harmonic, "Harmonic", "closeness that tolerates gaps", top, out);
    write_top(network, m.core, "Core", "belongs to a densely knit core (k-core)", top, out, true);

    out << "\nArticulation points - without them the network falls apart\n";
    bool any = false;
    for (NodeId v = 0; v < network.actor_count(); ++v) {
        if (!m.articulation[v]) continue;
        out << "  " << network.actor(v).display_name() << "\n";
        any = true;
    }
    if (!any) out << "  (none)\n";
    out << "\nBridges - ties whose loss splits the network\n";
    for (const auto& [a, b] : analysis.bridges) {
        out << "  " << network.actor(a).display_name() << " -- " << network.actor(b).display_name()
            << "\n";
    }
    if (analysis.bridges.empty()) out << "  (none)\n";
}

}  // namespace coopnet::cli
