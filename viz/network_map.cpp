#include "viz/network_map.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <utility>

#include "analysis/centrality/betweenness.hpp"
#include "analysis/centrality/closeness.hpp"
#include "analysis/structure/cut_points.hpp"
#include "analysis/centrality/degree.hpp"
#include "analysis/centrality/eigenvector.hpp"
#include "analysis/community/leiden.hpp"
#include "analysis/centrality/pagerank.hpp"
#include "analysis/gaps/suggestions.hpp"
#include "core/error.hpp"
#include "core/number_format.hpp"
#include "core/text.hpp"
#include "viz/analysis_words.hpp"
#include "viz/detail/graphviz.hpp"
#include "viz/detail/map_drawing.hpp"
#include "viz/label_text.hpp"
#include "viz/palette.hpp"

namespace coopnet {

namespace {

using detail::colour_swatch;
using detail::fixed2;
using detail::html_lines;
using detail::legend_block;
using detail::LegendRow;
using detail::line_swatch;
using detail::set_attribute;

constexpr std::string_view kFormatNames[] = {"dot", "svg", "png", "pdf"};
constexpr std::string_view kMetricNames[] = {"betweenness", "degree",    "strength", "pagerank",
                                             "eigenvector", "closeness", "harmonic"};
/// The names of the size metrics in the legend, in the order of SizeMetric.
constexpr Word kSizeMetricWords[] = {Word::MeasureBetweenness, Word::MeasureDegree,
                                     Word::MeasureStrength,    Word::MeasurePageRank,
                                     Word::MeasureEigenvector, Word::MeasureCloseness,
                                     Word::MeasureHarmonic};
constexpr std::string_view kEngineNames[] = {"auto", "neato", "fdp", "sfdp", "dot", "circo"};

constexpr double kMaxTieWidth = 6.0;
constexpr std::size_t kFullOverlapRemovalActors = 2000;
constexpr double kBridgeExtraWidth = 2.5;
constexpr std::size_t kMaxStrands = 3;
constexpr std::size_t kLegendWrap = 34;
constexpr std::size_t kLegendMaxGroups = 12;

// ---------------------------------------------------------------------------------------
// What is drawn

/// One line of the map: the merged tie of a pair (ordered pair when directed).
struct DrawnTie {
    NodeId source = 0;
    NodeId target = 0;
    double weight = 0.0;
    std::vector<std::size_t> kinds;  ///< indices into Kinds::names, ascending
    bool bridge = false;
};

/// Tie kinds of the whole network, most frequent first (then by name); "" = no kind.
struct Kinds {
    std::vector<std::string> names;
    std::vector<std::string> colours;
};

Kinds collect_kinds(const std::vector<Tie>& ties) {
    std::map<std::string, std::size_t> counts;
    for (const Tie& tie : ties) {
        if (!tie.is_self_tie()) ++counts[tie.kind];
    }
    std::vector<std::pair<std::string, std::size_t>> sorted(counts.begin(), counts.end());
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
    Kinds kinds;
    for (auto& [name, count] : sorted) kinds.names.push_back(name);
    kinds.colours = kind_colours(kinds.names.size());
    return kinds;
}

/// Merges the explicit and projected ties among shown actors into one line per pair.
std::vector<DrawnTie> drawn_ties(const Network& network, const std::vector<Tie>& ties,
                                 const Kinds& kinds, const std::vector<bool>& shown,
                                 const std::vector<std::pair<NodeId, NodeId>>& bridges) {
    std::map<std::string_view, std::size_t> kind_index;
    for (std::size_t k = 0; k < kinds.names.size(); ++k) kind_index[kinds.names[k]] = k;
    std::map<std::pair<NodeId, NodeId>, DrawnTie> merged;
    for (const Tie& tie : ties) {
        if (tie.is_self_tie() || !shown[tie.source] || !shown[tie.target]) continue;
        std::pair<NodeId, NodeId> key{tie.source, tie.target};
        if (!network.directed() && key.first > key.second) std::swap(key.first, key.second);
        DrawnTie& drawn = merged[key];
        drawn.source = key.first;
        drawn.target = key.second;
        drawn.weight += tie.weight;
        const std::size_t k = kind_index.at(tie.kind);
        if (std::find(drawn.kinds.begin(), drawn.kinds.end(), k) == drawn.kinds.end()) {
            drawn.kinds.push_back(k);
        }
    }
    const std::set<std::pair<NodeId, NodeId>> bridge_set(bridges.begin(), bridges.end());
    std::vector<DrawnTie> result;
    result.reserve(merged.size());
    for (auto& [key, drawn] : merged) {
        std::sort(drawn.kinds.begin(), drawn.kinds.end());
        const std::pair<NodeId, NodeId> pair{std::min(key.first, key.second),
                                             std::max(key.first, key.second)};
        drawn.bridge = bridge_set.count(pair) > 0;
        result.push_back(std::move(drawn));
    }
    return result;
}

std::vector<double> metric_values(const Network& network, SizeMetric metric,
                                  const AnalysisOptions& analysis,
                                  const std::vector<double>& betweenness_raw) {
    switch (metric) {
        case SizeMetric::Betweenness: return betweenness_raw;
        case SizeMetric::Degree: {
            const std::vector<std::size_t> counts = degree(network, analysis);
            return {counts.begin(), counts.end()};
        }
        case SizeMetric::Strength: return strength(network, analysis);
        case SizeMetric::PageRank:
            return pagerank(network, {}, analysis).scores;
        case SizeMetric::Eigenvector:
            return eigenvector_centrality(network, {}, analysis).scores;
        case SizeMetric::Closeness: return closeness(network, analysis).closeness;
        case SizeMetric::Harmonic: return harmonic(network, analysis);
    }
    return betweenness_raw;
}

/// The `count` actors of `candidates` with the largest values (NaN as 0), ties by NodeId.
std::vector<NodeId> top_actors(std::vector<NodeId> candidates, const std::vector<double>& values,
                               std::size_t count, bool positive_only) {
    const auto value_of = [&](NodeId v) { return std::isnan(values[v]) ? 0.0 : values[v]; };
    if (positive_only) {
        std::erase_if(candidates, [&](NodeId v) { return !(value_of(v) > 0.0); });
    }
    std::stable_sort(candidates.begin(), candidates.end(),
                     [&](NodeId a, NodeId b) { return value_of(a) > value_of(b); });
    if (candidates.size() > count) candidates.resize(count);
    std::sort(candidates.begin(), candidates.end());
    return candidates;
}

struct Suggested {
    NodeId first;
    NodeId second;
};

std::string view_description(const Network& network, const MapOptions& options,
                             const Words& w) {
    switch (options.view.kind) {
        case MapViewKind::Whole: return std::string(w(Word::ViewWhole));
        case MapViewKind::Ego: {
            const NodeId ego = *network.find(options.view.ego);
            return w(Word::ViewEgo,
                     {network.actor(ego).display_name(), std::to_string(options.view.radius)});
        }
        case MapViewKind::Community:
            return w(Word::ViewCommunity, {std::to_string(options.view.community),
                                           std::to_string(options.community_seed)});
        case MapViewKind::Triangle: return std::string(w(Word::ViewTriangle));
    }
    return {};
}

// ---------------------------------------------------------------------------------------
// The legend: an HTML-like table, the graph's label

}  // namespace

std::string_view map_format_name(MapFormat format) {
    return kFormatNames[static_cast<std::size_t>(format)];
}

std::optional<MapFormat> parse_map_format(std::string_view name) {
    const std::string lower = to_lower_ascii(name);
    for (std::size_t i = 0; i < std::size(kFormatNames); ++i) {
        if (lower == kFormatNames[i]) return static_cast<MapFormat>(i);
    }
    return std::nullopt;
}

std::optional<MapFormat> map_format_for_path(const std::filesystem::path& path) {
    const std::string extension = to_lower_ascii(path.extension().string());
    if (extension == ".gv") return MapFormat::Dot;
    if (extension.size() < 2) return std::nullopt;
    return parse_map_format(std::string_view(extension).substr(1));
}

std::string_view size_metric_name(SizeMetric metric) {
    return kMetricNames[static_cast<std::size_t>(metric)];
}

std::optional<SizeMetric> parse_size_metric(std::string_view name) {
    for (std::size_t i = 0; i < std::size(kMetricNames); ++i) {
        if (name == kMetricNames[i]) return static_cast<SizeMetric>(i);
    }
    return std::nullopt;
}

std::string_view layout_engine_name(LayoutEngine engine) {
    return kEngineNames[static_cast<std::size_t>(engine)];
}

std::optional<LayoutEngine> parse_layout_engine(std::string_view name) {
    for (std::size_t i = 0; i < std::size(kEngineNames); ++i) {
        if (name == kEngineNames[i]) return static_cast<LayoutEngine>(i);
    }
    return std::nullopt;
}

MapResult render_map(const Network& network, const MapOptions& options) {
    const std::size_t n = network.actor_count();
    // ---- validate the options before any work
    if (options.color_by.empty()) throw InvalidArgument("map: the colour attribute is empty");
    std::optional<NodeId> ego;
    if (options.view.kind == MapViewKind::Ego) {
        ego = network.find(options.view.ego);
        if (!ego) throw InvalidArgument("map: no actor with id '" + options.view.ego + "'");
    }
    if (options.clusters && options.layout != LayoutEngine::Automatic &&
        options.layout != LayoutEngine::Fdp && options.layout != LayoutEngine::Dot) {
        throw InvalidArgument("map: communities as clusters need the fdp or dot layout, not " +
                              std::string(layout_engine_name(options.layout)));
    }

    // ---- analysis of the whole network
    const AnalysisOptions& analysis = options.analysis;
    std::optional<Partition> communities;
    if (options.clusters || options.view.kind == MapViewKind::Community) {
        LeidenOptions leiden_options;
        leiden_options.seed = options.community_seed;
        communities = leiden(network, leiden_options, analysis).partition;
    }

    std::vector<NodeId> view;
    switch (options.view.kind) {
        case MapViewKind::Whole:
            view.resize(n);
            for (NodeId v = 0; v < n; ++v) view[v] = v;
            break;
        case MapViewKind::Ego: view = ego_actors(network, *ego, options.view.radius); break;
        case MapViewKind::Community:
            view = community_actors(*communities, options.view.community);
            break;
        case MapViewKind::Triangle:
            view = triangle_actors(network, options.triangle_groups);
            break;
    }
    std::vector<bool> shown(n, false);
    for (const NodeId v : view) shown[v] = true;
    const bool large = view.size() > kLargeMapActors;

    LayoutEngine engine = options.layout;
    if (engine == LayoutEngine::Automatic) {
        engine = options.clusters ? LayoutEngine::Fdp
                                  : (large ? LayoutEngine::Sfdp : LayoutEngine::Neato);
    }

    const std::vector<double> betweenness_raw = betweenness(network, {}, analysis).raw;
    const std::vector<double> size_values =
        metric_values(network, options.size_by, analysis, betweenness_raw);
    const CutPoints cuts = cut_points(network, analysis);
    const ActorColours colours = colour_actors(network, options.color_by);

    std::vector<NodeId> everyone(n);
    for (NodeId v = 0; v < n; ++v) everyone[v] = v;
    const std::vector<NodeId> broker_list =
        top_actors(everyone, betweenness_raw, options.brokers, true);
    std::vector<bool> broker(n, false);
    for (const NodeId v : broker_list) broker[v] = true;

    const std::size_t label_count = options.labels.value_or(large ? kLargeMapLabels : view.size());
    std::vector<bool> labelled(n, false);
    for (const NodeId v : top_actors(view, size_values, label_count, false)) labelled[v] = true;

    double size_max = 0.0;
    for (const NodeId v : view) {
        if (std::isfinite(size_values[v])) size_max = std::max(size_max, size_values[v]);
    }
    const auto scale = [&](NodeId v) {
        const double value = size_values[v];
        if (!(size_max > 0.0) || !std::isfinite(value) || value <= 0.0) return 0.0;
        return std::sqrt(std::min(value / size_max, 1.0));
    };

    std::vector<Tie> ties(network.ties().begin(), network.ties().end());
    for (Tie& tie : network.projected_ties()) ties.push_back(std::move(tie));
    const Kinds kinds = collect_kinds(ties);
    const std::vector<DrawnTie> lines = drawn_ties(network, ties, kinds, shown, cuts.bridges);
    ties.clear();
    ties.shrink_to_fit();

    std::vector<Suggested> suggested;
    if (options.suggestions > 0) {
        SuggestionOptions suggestion_options;
        suggestion_options.top_k = options.suggestions;
        suggestion_options.triangle_groups = options.triangle_groups;
        const SuggestionsResult found = suggest_ties(network, suggestion_options);
        for (const PairSuggestion& pair : found.pairs) {
            if (shown[pair.first] && shown[pair.second]) {
                suggested.push_back({pair.first, pair.second});
            }
        }
        for (const JoinSuggestion& join : found.joins) {
            if (shown[join.first] && shown[join.second]) {
                suggested.push_back({join.first, join.second});
            }
        }
    }

    double weight_min = 0.0;
    double weight_max = 0.0;
    for (const DrawnTie& line : lines) {
        weight_min = weight_min == 0.0 ? line.weight : std::min(weight_min, line.weight);
        weight_max = std::max(weight_max, line.weight);
    }
    const auto tie_width = [&](double weight) {
        if (!(weight_min > 0.0)) return 1.0;
        return std::min(kMaxTieWidth, 1.0 + 1.5 * std::log2(weight / weight_min));
    };

    // ---- the legend
    const Words w(options.language);
    const bool by_sector = options.color_by == "sector";
    const double legend_font = large ? 12.0 * std::sqrt(double(view.size()) / kLargeMapActors)
                                     : 12.0;
    std::string legend;
    {
        std::vector<std::size_t> group_counts(colours.groups.size(), 0);
        for (const NodeId v : view) ++group_counts[colours.actor_group[v]];
        std::vector<LegendRow> group_rows;
        std::size_t grey_groups = 0;
        std::size_t grey_actors = 0;
        std::size_t listed = 0;
        for (std::size_t g = 0; g < colours.groups.size(); ++g) {
            if (group_counts[g] == 0) continue;
            if (listed + 1 >= kLegendMaxGroups && colours.colours[g] == kUncolouredGrey) {
                ++grey_groups;
                grey_actors += group_counts[g];
                continue;
            }
            ++listed;
            const std::string group = by_sector ? w.sector(colours.groups[g]) : colours.groups[g];
            group_rows.push_back({colour_swatch(colours.colours[g], legend_font),
                                  html_lines(group + " (" + w.integer(static_cast<long long>(
                                                                group_counts[g])) +
                                                 ")",
                                             kLegendWrap)});
        }
        if (grey_groups > 0) {
            group_rows.push_back(
                {colour_swatch(std::string(kUncolouredGrey), legend_font),
                 escape_html(w(Word::LegendMoreGroups,
                               {std::to_string(grey_groups), std::to_string(grey_actors)}))});
        }

        std::vector<bool> kind_drawn(kinds.names.size(), false);
        bool several_kinds = false;
        bool weights_vary = false;
        bool any_bridge = false;
        for (const DrawnTie& line : lines) {
            for (const std::size_t k : line.kinds) kind_drawn[k] = true;
            several_kinds = several_kinds || line.kinds.size() > 1;
            weights_vary = weights_vary || line.weight != weight_min;
            any_bridge = any_bridge || line.bridge;
        }
        std::vector<LegendRow> kind_rows;
        std::size_t other_kinds = 0;
        for (std::size_t k = 0; k < kinds.names.size(); ++k) {
            if (!kind_drawn[k]) continue;
            if (kinds.colours[k] == kOtherKindGrey) {
                ++other_kinds;
                continue;
            }
            kind_rows.push_back({line_swatch(kinds.colours[k], legend_font),
                                 html_lines(tie_kind_display_name(network, kinds.names[k], w),
                                            kLegendWrap)});
        }
        if (other_kinds > 0) {
            kind_rows.push_back({line_swatch(std::string(kOtherKindGrey), legend_font),
                                 escape_html(w(Word::LegendMoreKinds, {std::to_string(other_kinds)}))});
        }

        const std::string metric(w(kSizeMetricWords[static_cast<std::size_t>(options.size_by)]));
        std::vector<LegendRow> marks;
        const auto mark = [&](Word symbol, const std::string& text) {
            marks.push_back({"<td align=\"left\"><b>" + escape_html(w(symbol)) + "</b></td>",
                             html_lines(text, kLegendWrap)});
        };
        mark(Word::MarkSize, w(Word::MarkSizeText, {metric}));
        bool broker_shown = false;
        bool cut_shown = false;
        for (const NodeId v : view) {
            broker_shown = broker_shown || broker[v];
            cut_shown = cut_shown || cuts.articulation[v];
        }
        if (broker_shown) {
            mark(Word::MarkDoubleOutline,
                 w(Word::MarkDoubleOutlineText, {std::to_string(broker_list.size())}));
        }
        if (cut_shown) {
            mark(label_count < view.size() ? Word::MarkOctagonDiamond : Word::MarkOctagon,
                 std::string(w(Word::MarkCutPointText)));
        }
        if (any_bridge) mark(Word::MarkHeavyLine, std::string(w(Word::MarkBridgeText)));
        if (weights_vary) mark(Word::MarkLineWidth, std::string(w(Word::MarkLineWidthText)));
        if (several_kinds) mark(Word::MarkStrands, std::string(w(Word::MarkStrandsText)));
        if (!suggested.empty()) mark(Word::MarkDashedLine, std::string(w(Word::MarkSuggestedText)));
        if (options.clusters) {
            mark(Word::MarkGreyBox,
                 w(Word::MarkCommunityText, {std::to_string(options.community_seed)}));
        }
        if (network.directed()) mark(Word::MarkArrow, std::string(w(Word::MarkArrowText)));
        if (label_count < view.size()) {
            mark(Word::MarkLabels, w(Word::MarkLabelsText, {std::to_string(label_count), metric}));
        }

        const std::string heading = !options.title.empty()    ? options.title
                                    : !network.name().empty() ? network.name()
                                                              : std::string(w(Word::Network));
        std::string about = view_description(network, options, w) + "; " +
                            w.count(Word::Actors, view.size()) + ", " +
                            w.count(Word::TiedPairs, lines.size());
        legend = "<table border=\"0\" cellborder=\"0\" cellspacing=\"6\" cellpadding=\"0\">"
                 "<tr><td colspan=\"3\" align=\"left\"><font point-size=\"" +
                 fixed2(legend_font * 1.5) + "\"><b>" + escape_html(heading) +
                 "</b></font></td></tr><tr><td colspan=\"3\" align=\"left\">" +
                 escape_html(about) + "</td></tr>";
        if (!options.subtitle.empty()) {
            legend += "<tr><td colspan=\"3\" align=\"left\">" + escape_html(options.subtitle) +
                      "</td></tr>";
        }
        legend += "<tr><td valign=\"top\" align=\"left\">" +
                  legend_block(by_sector ? std::string(w(Word::LegendSector)) : options.color_by,
                               group_rows, legend_font) +
                  "</td><td valign=\"top\" align=\"left\">" +
                  legend_block(w(Word::LegendTieKind), kind_rows, legend_font) +
                  "</td><td valign=\"top\" align=\"left\">" +
                  legend_block(w(Word::LegendMarks), marks, legend_font) + "</td></tr></table>";
    }

    // ---- the Graphviz graph
    MapResult result;
    result.layout = engine;
    result.actors = view.size();
    result.ties = lines.size();
    result.suggestions = suggested.size();

    // Built by draw_map in a child process, which Graphviz may crash.
    const auto build = [&](std::string& messages) {
        detail::CString graph_name("map");
        detail::GraphHandle graph(agopen(graph_name.get(),
                                         network.directed() ? Agdirected : Agundirected,
                                         detail::string_output_discipline()));
        if (!graph) throw OutputError("Graphviz could not create the map graph: " + messages);
        Agraph_t* g = graph.get();

        // Full prism overlap removal (1000 attempts) costs minutes on tens of thousands of
        // actors (100 s for a 20 000-actor Barabási–Albert graph); 10 attempts spread such a map
        // nearly as well in seconds. (Without removal sfdp's drawing is far smaller than its
        // nodes.)
        const char* overlap = view.size() <= kFullOverlapRemovalActors ? "prism" : "prism10";
        detail::set_map_graph_style(g, engine, options.layout_seed, overlap, large, legend_font,
                                    legend);

        // Node defaults, written once as `node [...]`.
        const auto node_default = [&](const char* name, const std::string& value) {
            detail::set_default_attribute(g, AGNODE, name, value);
        };
        // cgraph does not write an empty default, so the default stays `\N` and unlabelled
        // actors get an explicit empty label.
        node_default("label", "\\N");
        node_default("fontname", "Helvetica");
        node_default("shape", large ? "circle" : "box");
        node_default("style", large ? "filled" : "rounded,filled");
        node_default("color", "#333333");
        node_default("penwidth", large ? "0" : "1");
        node_default("fixedsize", large ? "true" : "false");
        node_default("margin", "0.08,0.04");
        const auto edge_default = [&](const char* name, const std::string& value) {
            detail::set_default_attribute(g, AGEDGE, name, value);
        };
        edge_default("penwidth", large ? "0.5" : "1");
        if (network.directed()) edge_default("arrowsize", "0.7");

        std::map<CommunityId, Agraph_t*> clusters;
        if (options.clusters) {
            std::map<CommunityId, std::size_t> members;
            for (const NodeId v : view) ++members[communities->community[v]];
            for (const auto& [c, count] : members) {
                if (count < 2) continue;
                detail::CString name("cluster_" + std::to_string(c));
                Agraph_t* cluster = agsubg(g, name.get(), 1);
            set_attribute(cluster, "label", w(Word::CommunityLabel, {std::to_string(c)}));
                set_attribute(cluster, "style", "rounded,filled");
                set_attribute(cluster, "fillcolor", "#F2F2F2");
                set_attribute(cluster, "color", "#999999");
                set_attribute(cluster, "fontcolor", "#555555");
                clusters[c] = cluster;
            }
        }

        std::vector<Agnode_t*> nodes(n, nullptr);
        for (const NodeId v : view) {
            const Actor& actor = network.actor(v);
            detail::CString node_name(detail::node_name(actor.id, options.format));
            Agnode_t* node = agnode(g, node_name.get(), 1);
            if (node == nullptr)
                throw OutputError("Graphviz refused the node of actor " + actor.id);
            nodes[v] = node;
            if (options.clusters) {
                const auto cluster = clusters.find(communities->community[v]);
                if (cluster != clusters.end()) agsubnode(cluster->second, node, 1);
            }
            const std::string& fill = colours.colours[colours.actor_group[v]];
            const double s = scale(v);
            const std::vector<std::string> full_name{actor.display_name()};
            if (labelled[v]) {
                const std::vector<std::string> wrapped =
                    wrap_words(actor.display_name(), options.wrap_width);
                set_attribute(node, "label", graphviz_label(wrapped));
                if (cuts.articulation[v]) {
                    set_attribute(node, "shape", "octagon");
                    set_attribute(node, "style", "filled");
                } else if (large) {
                    set_attribute(node, "shape", "box");
                    set_attribute(node, "style", "rounded,filled");
                }
                if (large) {
                    set_attribute(node, "fixedsize", "false");
                    set_attribute(node, "penwidth", "1");
                }
                const double font = large ? legend_font * (0.9 + 0.6 * s) : 10.0 + 10.0 * s;
                set_attribute(node, "fontsize", fixed2(font));
                set_attribute(node, "width", fixed2(0.3 + 1.0 * s));
                set_attribute(node, "height", fixed2(0.3 + 0.4 * s));
                set_attribute(node, "fontcolor", std::string(contrasting_text_colour(fill)));
            } else {
                set_attribute(node, "label", "");
                if (cuts.articulation[v]) set_attribute(node, "shape", "diamond");
                const double size = large ? 0.08 + 0.5 * s : 0.2 + 0.6 * s;
                set_attribute(node, "width", fixed2(size));
                set_attribute(node, "height", fixed2(size));
                if (!large) {
                    set_attribute(node, "fixedsize", "true");
                    set_attribute(node, "shape", cuts.articulation[v] ? "diamond" : "circle");
                }
            }
            set_attribute(node, "fillcolor", fill);
            set_attribute(node, "tooltip", graphviz_label(full_name));
            if (broker[v]) {
                set_attribute(node, "peripheries", "2");
                set_attribute(node, "penwidth", "2");
                set_attribute(node, "color", "#000000");
            }
        }

        for (const DrawnTie& line : lines) {
            Agedge_t* edge = agedge(g, nodes[line.source], nodes[line.target], nullptr, 1);
            if (edge == nullptr) throw OutputError("Graphviz refused a tie of the map");
            double width = tie_width(line.weight);
            if (line.bridge) width += kBridgeExtraWidth;
            if (large) width *= 0.5;
            std::string colour;
            const std::size_t strands = large ? 1 : std::min(line.kinds.size(), kMaxStrands);
            for (std::size_t i = 0; i < strands; ++i) {
                if (i > 0) colour += ':';
                colour += kinds.colours[line.kinds[i]];
                if (large) colour += "99";
            }
            set_attribute(edge, "penwidth", fixed2(width));
            set_attribute(edge, "color", colour);
            std::string tooltip = network.actor(line.source).display_name() +
                                  (network.directed() ? " -> " : " - ") +
                                  network.actor(line.target).display_name() + ": ";
            for (std::size_t i = 0; i < line.kinds.size(); ++i) {
                if (i > 0) tooltip += ", ";
            tooltip += tie_kind_display_name(network, kinds.names[line.kinds[i]], w);
            }
        tooltip += "; " + w(Word::TooltipWeight, {w.number(line.weight, 2)});
            const std::vector<std::string> tooltip_lines{tooltip};
            set_attribute(edge, "tooltip", graphviz_label(tooltip_lines));
        }
        for (const Suggested& pair : suggested) {
            Agedge_t* edge = agedge(g, nodes[pair.first], nodes[pair.second], nullptr, 1);
            if (edge == nullptr) throw OutputError("Graphviz refused a suggested tie of the map");
            set_attribute(edge, "style", "dashed");
            set_attribute(edge, "color", "#555555");
            set_attribute(edge, "penwidth", "1.5");
            set_attribute(edge, "constraint", "false");
            if (network.directed()) set_attribute(edge, "dir", "none");
            const std::vector<std::string> tooltip{
                w(Word::TooltipSuggested, {network.actor(pair.first).display_name() + " - " +
                                           network.actor(pair.second).display_name()})};
            set_attribute(edge, "tooltip", graphviz_label(tooltip));
        }
        return graph;
    };
    detail::draw_map("map", options.format, engine, build, result);
    return result;
}

}  // namespace coopnet
