#include "viz/network_map.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <utility>

#include "core/error.hpp"
#include "core/number_format.hpp"
#include "core/text.hpp"
#include "viz/analysis_words.hpp"
#include "viz/detail/map_drawing.hpp"
#include "viz/label_text.hpp"
#include "viz/palette.hpp"

namespace coopnet {

namespace {

constexpr std::string_view kFormatNames[] = {"dot", "svg", "png", "pdf", "html"};
constexpr std::string_view kMetricNames[] = {"betweenness", "degree",    "strength", "pagerank",
                                             "eigenvector", "closeness", "harmonic"};
/// The names of the size metrics in the legend, in the order of SizeMetric.
constexpr Word kSizeMetricWords[] = {Word::MeasureBetweenness, Word::MeasureDegree,
                                     Word::MeasureStrength,    Word::MeasurePageRank,
                                     Word::MeasureEigenvector, Word::MeasureCloseness,
                                     Word::MeasureHarmonic};
constexpr std::string_view kEngineNames[] = {"auto", "neato", "fdp", "sfdp", "dot", "circo", "nop2"};

constexpr double kMaxTieWidth = 6.0;
constexpr std::size_t kFullOverlapRemovalActors = 2000;
constexpr double kBridgeExtraWidth = 2.5;
constexpr std::size_t kMaxStrands = 3;
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

Kinds collect_kinds(const TieTable& ties) {
    std::map<std::string, std::size_t> counts;
    for (const TieRef& tie : ties) {
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
std::vector<DrawnTie> drawn_ties(const Network& network, const TieTable& ties, const Kinds& kinds,
                                 const std::vector<bool>& shown,
                                 const std::vector<std::pair<NodeId, NodeId>>& bridges) {
    std::map<std::string_view, std::size_t> kind_index;
    for (std::size_t k = 0; k < kinds.names.size(); ++k) kind_index[kinds.names[k]] = k;
    std::map<std::pair<NodeId, NodeId>, DrawnTie> merged;
    for (const TieRef& tie : ties) {
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

void check_map_input(const Network& network, const MapAnalysis& analysis,
                     const MapOptions& options) {
    check_map_options(network, options);
    const std::size_t n = network.actor_count();
    if (analysis.betweenness.size() != n || analysis.size.size() != n ||
        analysis.cut_points.size() != n ||
        (analysis.communities && analysis.communities->actor_count() != n)) {
        throw InvalidArgument("map: the analysis results are not of this network");
    }
    if ((options.clusters || options.view.kind == MapViewKind::Community) &&
        !analysis.communities) {
        throw InvalidArgument("map: the communities drawn are missing from the analysis");
    }
    if (options.suggestions > 0 && !analysis.suggestions) {
        throw InvalidArgument("map: the suggestions drawn are missing from the analysis");
    }
}

std::vector<NodeId> view_actors(const Network& network, const MapAnalysis& analysis,
                                const MapOptions& options) {
    switch (options.view.kind) {
        case MapViewKind::Whole:
            break;
        case MapViewKind::Ego:
            return ego_actors(network, *network.find(options.view.ego), options.view.radius);
        case MapViewKind::Community:
            return community_actors(*analysis.communities, options.view.community);
        case MapViewKind::Triangle:
            return triangle_actors(network, options.triangle_groups);
    }
    std::vector<NodeId> everyone(network.actor_count());
    for (NodeId v = 0; v < everyone.size(); ++v) everyone[v] = v;
    return everyone;
}

/// Everything the model is made of, before it is put into words and shapes.
struct Plan {
    std::vector<NodeId> view;
    std::vector<bool> shown;
    bool large = false;
    LayoutEngine engine = LayoutEngine::Neato;
    ActorColours colours;
    std::vector<NodeId> brokers;
    std::vector<bool> broker;
    std::size_t label_count = 0;
    std::vector<bool> labelled;
    double size_max = 0.0;
    Kinds kinds;
    std::vector<DrawnTie> lines;
    double weight_min = 0.0;
    std::vector<Suggested> suggested;
    double legend_font = 12.0;

    /// sqrt(value / largest value in the view), 0 for no, negative or undefined values.
    [[nodiscard]] double scale(const std::vector<double>& size, NodeId v) const {
        const double value = size[v];
        if (!(size_max > 0.0) || !std::isfinite(value) || value <= 0.0) return 0.0;
        return std::sqrt(std::min(value / size_max, 1.0));
    }
    /// 1 + 1.5 log2(w / w_min), at most kMaxTieWidth.
    [[nodiscard]] double tie_width(double weight) const {
        if (!(weight_min > 0.0)) return 1.0;
        return std::min(kMaxTieWidth, 1.0 + 1.5 * std::log2(weight / weight_min));
    }
};

void plan_lines(const Network& network, const MapAnalysis& analysis, const MapOptions& options,
                Plan& plan) {
    TieTable ties = network.ties();
    for (const TieRef& tie : network.projected_ties()) ties.push_back(tie);
    plan.kinds = collect_kinds(ties);
    plan.lines = drawn_ties(network, ties, plan.kinds, plan.shown, analysis.bridges);
    for (const DrawnTie& line : plan.lines) {
        plan.weight_min =
            plan.weight_min == 0.0 ? line.weight : std::min(plan.weight_min, line.weight);
    }
    if (options.suggestions == 0) return;
    const SuggestionsResult& found = *analysis.suggestions;
    const auto add = [&](NodeId first, NodeId second) {
        if (plan.shown[first] && plan.shown[second]) plan.suggested.push_back({first, second});
    };
    for (std::size_t i = 0; i < found.pairs.size() && i < options.suggestions; ++i) {
        add(found.pairs[i].first, found.pairs[i].second);
    }
    for (std::size_t i = 0; i < found.joins.size() && i < options.suggestions; ++i) {
        add(found.joins[i].first, found.joins[i].second);
    }
}

Plan plan_map(const Network& network, const MapAnalysis& analysis, const MapOptions& options) {
    const std::size_t n = network.actor_count();
    Plan plan;
    plan.view = view_actors(network, analysis, options);
    plan.shown.assign(n, false);
    for (const NodeId v : plan.view) plan.shown[v] = true;
    plan.large = plan.view.size() > kLargeMapActors;
    plan.engine = options.layout;
    if (plan.engine == LayoutEngine::Automatic) {
        plan.engine = options.clusters ? LayoutEngine::Fdp
                                       : (plan.large ? LayoutEngine::Sfdp : LayoutEngine::Neato);
    }
    plan.colours = colour_actors(network, options.color_by);

    std::vector<NodeId> everyone(n);
    for (NodeId v = 0; v < n; ++v) everyone[v] = v;
    plan.brokers = top_actors(everyone, analysis.betweenness, options.brokers, true);
    plan.broker.assign(n, false);
    for (const NodeId v : plan.brokers) plan.broker[v] = true;

    plan.label_count = options.labels.value_or(plan.large ? kLargeMapLabels : plan.view.size());
    plan.labelled.assign(n, false);
    for (const NodeId v : top_actors(plan.view, analysis.size, plan.label_count, false)) {
        plan.labelled[v] = true;
    }
    for (const NodeId v : plan.view) {
        if (std::isfinite(analysis.size[v]))
            plan.size_max = std::max(plan.size_max, analysis.size[v]);
    }
    plan_lines(network, analysis, options, plan);
    plan.legend_font =
        plan.large ? 12.0 * std::sqrt(double(plan.view.size()) / kLargeMapActors) : 12.0;
    return plan;
}

// ---------------------------------------------------------------------------------------
// The legend

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

/// The colours: one entry per group in the view, the grey groups beyond the twelfth
/// entry counted in one.
LegendBlock group_block(const Plan& plan, const MapOptions& options, const Words& w) {
    const ActorColours& colours = plan.colours;
    const bool by_sector = options.color_by == "sector";
    LegendBlock block{by_sector ? std::string(w(Word::LegendSector)) : options.color_by, {}};
    std::vector<std::size_t> group_counts(colours.groups.size(), 0);
    for (const NodeId v : plan.view) ++group_counts[colours.actor_group[v]];
    std::size_t grey_groups = 0;
    std::size_t grey_actors = 0;
    for (std::size_t g = 0; g < colours.groups.size(); ++g) {
        if (group_counts[g] == 0) continue;
        if (block.entries.size() + 1 >= kLegendMaxGroups && colours.colours[g] == kUncolouredGrey) {
            ++grey_groups;
            grey_actors += group_counts[g];
            continue;
        }
        const std::string group = by_sector ? w.sector(colours.groups[g]) : colours.groups[g];
        block.entries.push_back(
            {legend_swatch(SwatchKind::Colour, colours.colours[g]),
             group + " (" + w.integer(static_cast<long long>(group_counts[g])) + ")"});
    }
    if (grey_groups > 0) {
        block.entries.push_back(
            {legend_swatch(SwatchKind::Colour, kUncolouredGrey),
             w(Word::LegendMoreGroups, {std::to_string(grey_groups), std::to_string(grey_actors)}),
             false});
    }
    return block;
}

/// The tie kinds drawn, the grey ones beyond the ninth counted in one.
LegendBlock kind_block(const Network& network, const Plan& plan, const Words& w) {
    LegendBlock block{std::string(w(Word::LegendTieKind)), {}};
    std::vector<bool> kind_drawn(plan.kinds.names.size(), false);
    for (const DrawnTie& line : plan.lines) {
        for (const std::size_t k : line.kinds) kind_drawn[k] = true;
    }
    std::size_t other_kinds = 0;
    for (std::size_t k = 0; k < plan.kinds.names.size(); ++k) {
        if (!kind_drawn[k]) continue;
        if (plan.kinds.colours[k] == kOtherKindGrey) {
            ++other_kinds;
            continue;
        }
        block.entries.push_back({legend_swatch(SwatchKind::Line, plan.kinds.colours[k]),
                                 tie_kind_display_name(network, plan.kinds.names[k], w)});
    }
    if (other_kinds > 0) {
        block.entries.push_back({legend_swatch(SwatchKind::Line, kOtherKindGrey),
                                 w(Word::LegendMoreKinds, {std::to_string(other_kinds)}), false});
    }
    return block;
}

/// Every mark that occurs in the view: the size, brokers, cut points, bridges, widths,
/// strands, suggestions, clusters, arrows and the labelling.
LegendBlock mark_block(const Network& network, const MapAnalysis& analysis, const Plan& plan,
                       const MapOptions& options, const Words& w) {
    LegendBlock block{std::string(w(Word::LegendMarks)), {}};
    const auto mark = [&](Word symbol, const std::string& text) {
        LegendSwatch swatch = legend_swatch(SwatchKind::Symbol, {});
        swatch.symbol = w(symbol);
        block.entries.push_back({std::move(swatch), text});
    };
    const std::string metric(w(kSizeMetricWords[static_cast<std::size_t>(options.size_by)]));
    mark(Word::MarkSize, w(Word::MarkSizeText, {metric}));
    bool broker_shown = false;
    bool cut_shown = false;
    for (const NodeId v : plan.view) {
        broker_shown = broker_shown || plan.broker[v];
        cut_shown = cut_shown || analysis.cut_points[v];
    }
    bool several_kinds = false;
    bool weights_vary = false;
    bool any_bridge = false;
    for (const DrawnTie& line : plan.lines) {
        several_kinds = several_kinds || line.kinds.size() > 1;
        weights_vary = weights_vary || line.weight != plan.weight_min;
        any_bridge = any_bridge || line.bridge;
    }
    const bool some_unlabelled = plan.label_count < plan.view.size();
    if (broker_shown) {
        mark(Word::MarkDoubleOutline,
             w(Word::MarkDoubleOutlineText, {std::to_string(plan.brokers.size())}));
    }
    if (cut_shown) {
        mark(some_unlabelled ? Word::MarkOctagonDiamond : Word::MarkOctagon,
             std::string(w(Word::MarkCutPointText)));
    }
    if (any_bridge) mark(Word::MarkHeavyLine, std::string(w(Word::MarkBridgeText)));
    if (weights_vary) mark(Word::MarkLineWidth, std::string(w(Word::MarkLineWidthText)));
    if (several_kinds) mark(Word::MarkStrands, std::string(w(Word::MarkStrandsText)));
    if (!plan.suggested.empty())
        mark(Word::MarkDashedLine, std::string(w(Word::MarkSuggestedText)));
    if (options.clusters) {
        mark(Word::MarkGreyBox,
             w(Word::MarkCommunityText, {std::to_string(options.community_seed)}));
    }
    if (network.directed()) mark(Word::MarkArrow, std::string(w(Word::MarkArrowText)));
    if (some_unlabelled) {
        mark(Word::MarkLabels, w(Word::MarkLabelsText, {std::to_string(plan.label_count), metric}));
    }
    return block;
}

MapLegend map_legend(const Network& network, const MapAnalysis& analysis, const Plan& plan,
                     const MapOptions& options, const Words& w) {
    MapLegend legend;
    legend.font_size = plan.legend_font;
    legend.heading = !options.title.empty()    ? options.title
                     : !network.name().empty() ? network.name()
                                               : std::string(w(Word::Network));
    legend.lines.push_back(view_description(network, options, w) + "; " +
                           w.count(Word::Actors, plan.view.size()) + ", " +
                           w.count(Word::TiedPairs, plan.lines.size()));
    if (!options.subtitle.empty()) legend.lines.push_back(options.subtitle);
    if (analysis.betweenness_estimate) {
        legend.lines.push_back(betweenness_estimate_sentence(*analysis.betweenness_estimate, w));
    }
    legend.blocks = {group_block(plan, options, w), kind_block(network, plan, w),
                     mark_block(network, analysis, plan, options, w)};
    return legend;
}

// ---------------------------------------------------------------------------------------
// Actors, lines and clusters

std::vector<MapCluster> map_clusters(const MapAnalysis& analysis, const Plan& plan,
                                     const MapOptions& options, const Words& w) {
    std::vector<MapCluster> clusters;
    if (!options.clusters) return clusters;
    std::map<CommunityId, std::size_t> members;
    for (const NodeId v : plan.view) ++members[analysis.communities->community[v]];
    for (const auto& [c, count] : members) {
        if (count >= 2) clusters.push_back({c, w(Word::CommunityLabel, {std::to_string(c)})});
    }
    return clusters;
}

MapActor map_actor(const Network& network, const MapAnalysis& analysis, const Plan& plan,
                   const MapOptions& options, NodeId v) {
    const Actor& actor = network.actor(v);
    const bool cut = analysis.cut_points[v];
    const std::string& fill = plan.colours.colours[plan.colours.actor_group[v]];
    const double s = plan.scale(analysis.size, v);
    MapActor drawn;
    drawn.id = actor.id;
    drawn.tooltip = actor.display_name();
    ActorLook& look = drawn.look;
    if (plan.labelled[v]) {
        drawn.label = wrap_words(actor.display_name(), options.wrap_width);
        if (cut) {
            look.shape = "octagon";
            look.style = "filled";
        } else if (plan.large) {
            look.shape = "box";
            look.style = "rounded,filled";
        }
        if (plan.large) {
            look.fixed_size = false;
            look.outline_width = 1.0;
        }
        look.font_size = plan.large ? plan.legend_font * (0.9 + 0.6 * s) : 10.0 + 10.0 * s;
        look.width = 0.3 + 1.0 * s;
        look.height = 0.3 + 0.4 * s;
        look.font_colour = contrasting_text_colour(fill);
    } else {
        if (cut) look.shape = "diamond";
        look.width = look.height = plan.large ? 0.08 + 0.5 * s : 0.2 + 0.6 * s;
        if (!plan.large) {
            look.fixed_size = true;
            look.shape = cut ? "diamond" : "circle";
        }
    }
    look.fill = fill;
    if (plan.broker[v]) {
        look.outlines = 2;
        look.outline_width = 2.0;
        look.outline = "#000000";
    }
    return drawn;
}

MapTie map_tie(const Network& network, const Plan& plan, const DrawnTie& line,
               const std::vector<std::size_t>& index, const Words& w) {
    MapTie tie;
    tie.first = index[line.source];
    tie.second = index[line.target];
    double width = plan.tie_width(line.weight);
    if (line.bridge) width += kBridgeExtraWidth;
    if (plan.large) width *= 0.5;
    tie.width = width;
    const std::size_t strands = plan.large ? 1 : std::min(line.kinds.size(), kMaxStrands);
    for (std::size_t i = 0; i < strands; ++i) {
        tie.colours.push_back(plan.kinds.colours[line.kinds[i]] + (plan.large ? "99" : ""));
    }
    for (const std::size_t k : line.kinds) {
        tie.kinds.push_back({plan.kinds.names[k], plan.kinds.colours[k]});
    }
    tie.tooltip = network.actor(line.source).display_name() +
                  (network.directed() ? " -> " : " - ") +
                  network.actor(line.target).display_name() + ": ";
    for (std::size_t i = 0; i < line.kinds.size(); ++i) {
        if (i > 0) tie.tooltip += ", ";
        tie.tooltip += tie_kind_display_name(network, plan.kinds.names[line.kinds[i]], w);
    }
    tie.tooltip += "; " + w(Word::TooltipWeight, {w.number(line.weight, 2)});
    return tie;
}

MapTie suggested_tie(const Network& network, const Suggested& pair,
                     const std::vector<std::size_t>& index, const Words& w) {
    MapTie tie;
    tie.first = index[pair.first];
    tie.second = index[pair.second];
    tie.suggested = true;
    tie.style = "dashed";
    tie.colours = {"#555555"};
    tie.width = 1.5;
    tie.constraint = false;
    tie.arrow = !network.directed();
    tie.tooltip = w(Word::TooltipSuggested, {network.actor(pair.first).display_name() + " - " +
                                             network.actor(pair.second).display_name()});
    return tie;
}

ActorLook actor_defaults(bool large) {
    ActorLook look;
    look.shape = large ? "circle" : "box";
    look.style = large ? "filled" : "rounded,filled";
    look.outline = "#333333";
    look.outline_width = large ? 0.0 : 1.0;
    look.fixed_size = large;
    return look;
}

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
    if (extension == ".htm") return MapFormat::Html;
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

void check_map_options(const Network& network, const MapOptions& options) {
    if (options.color_by.empty()) throw InvalidArgument("map: the colour attribute is empty");
    if (options.view.kind == MapViewKind::Ego && !network.find(options.view.ego)) {
        throw InvalidArgument("map: no actor with id '" + options.view.ego + "'");
    }
    if (options.clusters && options.layout != LayoutEngine::Automatic &&
        options.layout != LayoutEngine::Fdp && options.layout != LayoutEngine::Dot) {
        throw InvalidArgument("map: communities as clusters need the fdp or dot layout, not " +
                              std::string(layout_engine_name(options.layout)));
    }
}

MapAnalysis map_analysis(const NetworkAnalysis& analysis, SizeMetric size) {
    const ActorMetrics& m = analysis.actors;
    MapAnalysis result;
    result.betweenness = m.betweenness_raw;
    result.betweenness_estimate = analysis.betweenness_estimate;
    switch (size) {
        case SizeMetric::Betweenness:
            result.size = m.betweenness_raw;
            break;
        case SizeMetric::Degree:
            result.size.assign(m.degree.begin(), m.degree.end());
            break;
        case SizeMetric::Strength:
            result.size = m.strength;
            break;
        case SizeMetric::PageRank:
            result.size = m.pagerank;
            break;
        case SizeMetric::Eigenvector:
            result.size = m.eigenvector;
            break;
        case SizeMetric::Closeness:
            result.size = m.closeness;
            break;
        case SizeMetric::Harmonic:
            result.size = m.harmonic;
            break;
    }
    result.cut_points = m.articulation;
    result.bridges = analysis.bridges;
    if (analysis.communities) result.communities = analysis.communities->partition;
    if (analysis.brokers_and_gaps) result.suggestions = analysis.brokers_and_gaps->suggestions;
    return result;
}

MapModel network_map_model(const Network& network, const MapAnalysis& analysis,
                           const MapOptions& options) {
    check_map_input(network, analysis, options);
    const Plan plan = plan_map(network, analysis, options);
    const Words w(options.language);
    MapModel model;
    model.name = "map";
    model.directed = network.directed();
    model.layout = plan.engine;
    model.layout_seed = options.layout_seed;
    model.large = plan.large;
    // Full prism overlap removal (1000 attempts) costs minutes on tens of thousands of
    // actors (100 s for a 20 000-actor Barabási–Albert graph); 10 attempts spread such a map
    // nearly as well in seconds. (Without removal sfdp's drawing is far smaller than its
    // nodes.)
    model.overlap = plan.view.size() <= kFullOverlapRemovalActors ? "prism" : "prism10";
    model.legend = map_legend(network, analysis, plan, options, w);
    model.actor_defaults = actor_defaults(plan.large);
    model.tie_width = plan.large ? 0.5 : 1.0;
    model.clusters = map_clusters(analysis, plan, options, w);
    std::map<CommunityId, std::size_t> cluster_of;
    for (std::size_t i = 0; i < model.clusters.size(); ++i) cluster_of[model.clusters[i].id] = i;

    std::vector<std::size_t> index(network.actor_count(), 0);
    model.actors.reserve(plan.view.size());
    model.ties.reserve(plan.lines.size() + plan.suggested.size());
    for (const NodeId v : plan.view) {
        index[v] = model.actors.size();
        model.actors.push_back(map_actor(network, analysis, plan, options, v));
        if (options.clusters) {
            const auto cluster = cluster_of.find(analysis.communities->community[v]);
            if (cluster != cluster_of.end()) model.actors.back().cluster = cluster->second;
        }
    }
    for (const DrawnTie& line : plan.lines) {
        model.ties.push_back(map_tie(network, plan, line, index, w));
    }
    for (const Suggested& pair : plan.suggested) {
        model.ties.push_back(suggested_tie(network, pair, index, w));
    }
    return model;
}

MapResult render_map(const Network& network, const MapAnalysis& analysis,
                     const MapOptions& options) {
    if (options.format == MapFormat::Html) {
        throw InvalidArgument("render_map draws DOT, SVG, PNG or PDF; the HTML map is "
                              "interactive_map_page's (viz/interactive_map.hpp)");
    }
    return detail::draw_map_model("map", network_map_model(network, analysis, options),
                                  options.format);
}

}  // namespace coopnet
