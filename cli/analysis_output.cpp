#include "cli/analysis_output.hpp"

#include <algorithm>
#include <cmath>
#include <iomanip>
#include <nlohmann/json.hpp>
#include <numeric>
#include <sstream>
#include <string>
#include <vector>

#include "cli/betweenness_options.hpp"
#include "cli/brokers_gaps_output.hpp"
#include "cli/json_output.hpp"
#include "core/number_format.hpp"
#include "core/text.hpp"
#include "viz/analysis_words.hpp"

namespace coopnet::cli {

namespace {

using Json = nlohmann::ordered_json;

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
                c.options.leiden.quality == QualityFunction::Cpm ? "cpm" : "modularity";
            network["resolution"] = c.options.leiden.resolution;
            network["quality"] = c.quality;
        }
        if (c.options.method != CommunityMethod::Attribute) {
            network["seed"] = c.options.leiden.seed;
            network["restarts"] = c.restarts;
            network["best_restart"] = c.best_restart;
        }
        if (c.options.method == CommunityMethod::Leiden) {
            network["max_iterations"] = c.options.leiden.max_iterations;
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
        if (communities.stability) {
            entry["stability"] = communities.stability->community[summary.community];
        }
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

// The pairs of communities joined by ties, each pair once when undirected (from <= to;
// from == to: the ties inside), every ordered pair when directed.
Json community_ties_json(const CommunityTies& ties) {
    Json pairs = Json::array();
    for (const CommunityTieCount& entry : ties.entries) {
        pairs.push_back({{"communities", {entry.from, entry.to}},
                         {"ties", entry.count},
                         {"weight", entry.weight}});
    }
    return pairs;
}

}  // namespace

void write_analysis_json(const Network& network, const NetworkAnalysis& analysis,
                         std::ostream& out) {
    const ActorMetrics& m = analysis.actors;
    Json document;
    document["network"] = network_json(analysis);
    document["betweenness"] = betweenness_json(analysis.betweenness_estimate);
    // The actors are written one by one (StreamedArray): a million actors would take
    // gigabytes as a JSON tree.
    document["actors"] = nullptr;
    const StreamedArray actors{
        "actors", network.actor_count(), [&](std::size_t i) {
            const auto v = static_cast<NodeId>(i);
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
            if (analysis.communities) {
                row["community"] = analysis.communities->partition.community[v];
                if (analysis.communities->stability) {
                    row["community_stability"] = analysis.communities->stability->actor[v];
                }
            }
            if (analysis.brokers_and_gaps) add_actor_brokerage(row, *analysis.brokers_and_gaps, v);
            return row;
        }};
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
    write_json(out, document, actors);
}

std::string csv_header(std::string_view key, Word german, Language headers) {
    return headers == Language::German ? std::string(catalogue_text(german, Language::German))
                                       : std::string(key);
}

ResultTable analysis_actor_table(const Network& network, const NetworkAnalysis& analysis) {
    const ActorMetrics& m = analysis.actors;
    ResultTable table;
    table.columns = {{"id", Word::CsvId},
                     {"label", Word::CsvLabel},
                     {"sector", Word::CsvSector},
                     {"degree", Word::MeasureDegree}};
    if (network.directed()) {
        table.columns.push_back({"in_degree", Word::CsvInDegree});
        table.columns.push_back({"out_degree", Word::CsvOutDegree});
    }
    table.columns.insert(table.columns.end(), {{"strength", Word::MeasureStrength},
                                               {"betweenness", Word::MeasureBetweenness},
                                               {"closeness", Word::MeasureCloseness},
                                               {"harmonic", Word::MeasureHarmonic},
                                               {"eigenvector", Word::MeasureEigenvector},
                                               {"pagerank", Word::MeasurePageRank},
                                               {"clustering", Word::MeasureClustering},
                                               {"core", Word::MeasureCore},
                                               {"articulation", Word::CsvArticulation},
                                               {"component", Word::CsvComponent}});
    if (analysis.communities) table.columns.push_back({"community", Word::CsvCommunity});
    const bool stability = analysis.communities && analysis.communities->stability;
    if (stability) table.columns.push_back({"community_stability", Word::CsvCommunityStability});
    for (NodeId v = 0; v < network.actor_count(); ++v) {
        const Actor& actor = network.actor(v);
        std::vector<ResultCell> row = {actor.id, actor.display_name(), actor.sector,
                                       count_cell(m.degree[v])};
        if (network.directed()) {
            row.push_back(count_cell(m.in_degree[v]));
            row.push_back(count_cell(m.out_degree[v]));
        }
        row.insert(row.end(), {m.strength[v], m.betweenness[v], m.closeness[v], m.harmonic[v],
                               m.eigenvector[v], m.pagerank[v], m.clustering[v]});
        row.push_back(count_cell(m.core[v]));
        row.emplace_back(static_cast<bool>(m.articulation[v]));
        row.push_back(count_cell(m.component[v]));
        if (analysis.communities) {
            row.push_back(count_cell(analysis.communities->partition.community[v]));
        }
        if (stability) row.emplace_back(analysis.communities->stability->actor[v]);
        table.rows.push_back(std::move(row));
    }
    return table;
}

void write_analysis_csv(const Network& network, const NetworkAnalysis& analysis,
                        const CsvStyle& style, Language headers, std::ostream& out) {
    write_result_csv(analysis_actor_table(network, analysis), style, headers, out);
}

namespace {

ResultTable communities_table(const Network& network, const CommunityAnalysis& communities) {
    ResultTable table;
    table.columns = {{"id", Word::CsvId}};
    const bool named = !communities.names.empty();
    if (named) table.columns.push_back({"name", Word::CsvLabel});
    table.columns.insert(table.columns.end(), {{"size", Word::CsvSize},
                                               {"internal_ties", Word::CsvInternalTies},
                                               {"internal_weight", Word::CsvInternalWeight},
                                               {"internal_density", Word::CsvInternalDensity},
                                               {"connected", Word::CsvConnected},
                                               {"most_central", Word::CsvMostCentral},
                                               {"sectors", Word::CsvSectors},
                                               {"members", Word::CsvMembers}});
    if (communities.stability) table.columns.push_back({"stability", Word::CsvStability});
    for (const CommunitySummary& summary : communities.summaries) {
        std::vector<ResultCell> row = {count_cell(summary.community)};
        if (named) row.emplace_back(communities.names[summary.community]);
        std::string sectors;
        for (const auto& [sector, count] : summary.sector_counts) {
            sectors += (sectors.empty() ? "" : ", ") + sector + ": " + std::to_string(count);
        }
        std::string members;
        for (NodeId v : summary.members) {
            members += (members.empty() ? "" : " ") + network.actor(v).id;
        }
        row.insert(row.end(), {count_cell(summary.size), count_cell(summary.internal_ties),
                               summary.internal_weight, summary.internal_density, summary.connected,
                               network.actor(summary.most_central).id, std::move(sectors),
                               std::move(members)});
        if (communities.stability) {
            row.emplace_back(communities.stability->community[summary.community]);
        }
        table.rows.push_back(std::move(row));
    }
    return table;
}

}  // namespace

std::vector<XlsxTable> analysis_workbook(const Network& network, const NetworkAnalysis& analysis,
                                         Language language) {
    const auto sheet = [&](const ResultTable& table, Word name) {
        return result_sheet(table, std::string(catalogue_text(name, language)), language);
    };
    std::vector<XlsxTable> sheets;
    sheets.push_back(sheet(analysis_actor_table(network, analysis), Word::SheetActors));
    sheets.push_back(sheet(figures_table(network_json(analysis)), Word::SheetNetwork));
    if (analysis.communities) {
        sheets.push_back(
            sheet(communities_table(network, *analysis.communities), Word::SheetCommunities));
    }
    ResultTable bridges;
    bridges.columns = {{"first", Word::CsvFirst}, {"second", Word::CsvSecond}};
    for (const auto& [a, b] : analysis.bridges) {
        bridges.rows.push_back({network.actor(a).id, network.actor(b).id});
    }
    sheets.push_back(sheet(bridges, Word::SheetBridges));
    if (analysis.brokers_and_gaps) {
        for (XlsxTable& table : brokers_gaps_workbook(network, *analysis.brokers_and_gaps,
                                                      BrokersGapsSheets::All, language)) {
            sheets.push_back(std::move(table));
        }
    }
    return sheets;
}

namespace {

// Labels padded to one width (by characters, so umlauts align), values after them.
void write_rows(const std::vector<std::pair<std::string, std::string>>& rows, std::ostream& out) {
    std::size_t width = 0;
    for (const auto& row : rows) width = std::max(width, display_width(row.first) + 2);
    for (const auto& [label, value] : rows) out << "  " << pad_right(label, width) << value << "\n";
}

template <typename Value>
void write_top(const Network& network, const std::vector<Value>& values, std::string_view title,
               std::size_t top, const Words& w, std::ostream& out, bool integral = false) {
    std::vector<NodeId> order(values.size());
    std::iota(order.begin(), order.end(), NodeId{0});
    std::stable_sort(order.begin(), order.end(), [&](NodeId a, NodeId b) {
        const double x = static_cast<double>(values[a]);
        const double y = static_cast<double>(values[b]);
        return (std::isnan(y) && !std::isnan(x)) || x > y;
    });
    out << "\n" << title << "\n";
    const std::size_t shown = std::min(top, order.size());
    std::size_t width = 20;  // the longest name listed, so that the values form a column
    for (std::size_t rank = 0; rank < shown; ++rank) {
        width = std::max(width, display_width(network.actor(order[rank]).display_name()));
    }
    for (std::size_t rank = 0; rank < shown; ++rank) {
        const NodeId v = order[rank];
        const double value = static_cast<double>(values[v]);
        out << "  " << std::setw(2) << rank + 1 << ". "
            << pad_right(printable(network.actor(v).display_name()), width + 1)
            << (integral ? w.integer(static_cast<long long>(value)) : w.number(value, 3)) << "\n";
    }
}

constexpr std::size_t kMembersListed = 8;

void write_communities_table(const Network& network, const CommunityAnalysis& communities,
                             const Words& w, std::ostream& out) {
    out << "\n"
        << w(Word::AnalyzeCommunities,
             {community_method_name(communities.options), w.number(communities.modularity, 3)})
        << "\n";
    for (const CommunitySummary& summary : communities.summaries) {
        out << "  " << summary.community;
        if (!communities.names.empty())
            out << " \"" << printable(communities.names[summary.community]) << "\"";
        out << ": "
            << w(Word::AnalyzeCommunityLine,
                 {w.count(Word::Actors, summary.size), w.number(summary.internal_density, 3),
                  summary.connected ? std::string_view() : w(Word::AnalyzeNotConnected),
                  printable(network.actor(summary.most_central).display_name())})
            << "\n";
        std::vector<std::string> names;
        for (std::size_t i = 0; i < summary.members.size() && i < kMembersListed; ++i) {
            names.push_back(printable(network.actor(summary.members[i]).display_name()));
        }
        if (summary.members.size() > kMembersListed) {
            names.push_back(w(Word::AndMore, {w.integer(static_cast<long long>(
                                                   summary.members.size() - kMembersListed))}));
        }
        out << "     " << w.join(names) << "\n";
    }
}

}  // namespace

void write_analysis_table(const Network& network, const NetworkAnalysis& analysis, std::size_t top,
                          const Words& w, std::ostream& out) {
    const NetworkSummary& s = analysis.network;
    const ActorMetrics& m = analysis.actors;
    const auto integer = [&](std::size_t n) { return w.integer(static_cast<long long>(n)); };
    out << w(Word::InfoNetwork) << (network.name().empty() ? "" : ": " + printable(network.name())) << "\n";
    std::string components = integer(s.weak_components);
    if (s.strong_components) components += " " + w(Word::AnalyzeStrong, {integer(*s.strong_components)});
    components += ", " + w(Word::AnalyzeLargest, {w.count(Word::Actors, s.largest_component)});
    write_rows(
        {{std::string(w(Word::AnalyzeActors)), integer(s.actors)},
         {std::string(w(Word::AnalyzeTies)),
          integer(s.ties) + (s.directed ? " " + std::string(w(Word::AnalyzeDirected)) : "")},
         {std::string(w(Word::AnalyzeDensity)), w.percent(s.density)},
         {std::string(w(Word::AnalyzeComponents)), components},
         {std::string(w(Word::AnalyzeAveragePath)),
          w.pick(Word::Steps, 2, {w.number(s.average_path_length, 2)})},
         {std::string(w(Word::AnalyzeDiameter)), w.count(Word::Steps, s.diameter)},
         {std::string(w(Word::AnalyzeCentralization)), w.number(s.degree_centralization, 3)},
         {std::string(w(Word::AnalyzeClustering)), w.number(s.average_clustering, 3)},
         {std::string(w(Word::AnalyzeTransitivity)), w.number(s.transitivity, 3)},
         {std::string(w(Word::AnalyzeWeights)),
          std::string(w(s.weighted ? Word::AnalyzeWeightsUsed : Word::AnalyzeWeightsIgnored))}},
        out);

    write_top(network, m.betweenness, w(Word::AnalyzeTopBetweenness), top, w, out);
    if (analysis.betweenness_estimate) {
        out << "  " << betweenness_estimate_sentence(*analysis.betweenness_estimate, w) << "\n";
    }
    write_top(network, m.degree, w(Word::AnalyzeTopDegree), top, w, out, true);
    write_top(network, m.strength, w(Word::AnalyzeTopStrength), top, w, out);
    write_top(network, m.eigenvector, w(Word::AnalyzeTopEigenvector), top, w, out);
    write_top(network, m.pagerank, w(Word::AnalyzeTopPageRank), top, w, out);
    write_top(network, m.closeness, w(Word::AnalyzeTopCloseness), top, w, out);
    write_top(network, m.harmonic, w(Word::AnalyzeTopHarmonic), top, w, out);
    write_top(network, m.core, w(Word::AnalyzeTopCore), top, w, out, true);

    if (analysis.communities) write_communities_table(network, *analysis.communities, w, out);

    out << "\n" << w(Word::AnalyzeCutPoints) << "\n";
    bool any = false;
    for (NodeId v = 0; v < network.actor_count(); ++v) {
        if (!m.articulation[v]) continue;
        out << "  " << printable(network.actor(v).display_name()) << "\n";
        any = true;
    }
    if (!any) out << "  " << w(Word::NoneListed) << "\n";
    out << "\n" << w(Word::AnalyzeBridges) << "\n";
    for (const auto& [a, b] : analysis.bridges) {
        out << "  " << printable(network.actor(a).display_name()) << " -- "
            << printable(network.actor(b).display_name()) << "\n";
    }
    if (analysis.bridges.empty()) out << "  " << w(Word::NoneListed) << "\n";
}

}  // namespace coopnet::cli
