// `coopnet map`: a drawing of a cooperation network styled by its analysis, built as a
// Graphviz graph with cgraph and laid out and rendered with gvc (no external `dot`
// program), in a forked child process (viz/detail/isolated.hpp): Graphviz and the libraries
// under it crash, abort or exit when memory runs out, and that must not end coopnet.
//
// What the picture shows:
// - actors coloured by sector (or any actor attribute) in the Okabe–Ito palette
//   (viz/palette.hpp), sized by a centrality (`SizeMetric`, default betweenness);
// - the strongest brokers (top by betweenness) with a double, heavier outline; cut points
//   (articulation points, analysis/structure/cut_points.hpp) as octagons (diamonds when
//   unlabelled);
// - one line per pair of tied actors (the merged tie of the analysis view: explicit and
//   project ties, weights summed), its width growing with the log of the weight
//   (1 + 1.5·log2(w / w_min), capped at 6 points), one parallel strand per tie kind (up to
//   three) in Tol's muted colours; bridges drawn 2.5 points heavier;
// - optionally Leiden communities as boxed clusters and suggested new cooperations
//   (analysis/gaps/suggestions.hpp) as dashed lines;
// - a legend (an HTML-like table as the graph label, below the drawing) naming the
//   colours, the tie kinds and every mark that occurs.
//
// Metrics, brokers, cut points, bridges, communities and suggestions are results of the
// whole network given (already filtered by period, kinds or sectors), computed by the
// caller (`MapAnalysis`); a view (viz/map_view.hpp) only chooses which actors are drawn.
// Node sizes are scaled within the view. The picture is made in two steps: a model of what
// to draw (`network_map_model`, viz/map_model.hpp), then the Graphviz drawing.
//
// Layout: neato for up to `kLargeMapActors` drawn actors, sfdp above, fdp with clusters;
// seeded through the `start` attribute, overlaps removed (`overlap=prism`). Large maps
// label only the top actors by the size metric (30 unless set) and draw small unlabelled
// dots. Without clusters, Graphviz only places the actors (`place_map_model`, suggested
// ties left out); coopnet gives every line its straight course from outline to outline and
// Graphviz draws the whole with its nop2 engine, which routes nothing. The DOT file is the
// graph before layout (`neato FILE.dot` lays it out and routes curved lines).
//
// Determinism: the same network and options give the same DOT, SVG, PNG and PDF, byte for
// byte, except with clusters: Graphviz 2.42 orders parts of fdp's layout and of its spline
// router by memory addresses, which vary from run to run (ASLR, Expat's hash salt, Pango's
// font thread), so fdp with clusters places actors differently from run to run (neato's and
// sfdp's positions, rounded to 2 decimals, do not vary; its curves did, now and then).
//
// Thread safety: Graphviz keeps global state, so render_map holds the process's one Graphviz
// lock (io/cgraph/plumbing.hpp, shared with io/dot.hpp) while it draws; any thread may call it
// (while other threads run, it draws in-process, as only a single-threaded process can fork).
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "analysis/community/partition.hpp"
#include "analysis/gaps/suggestions.hpp"
#include "analysis/network_analysis.hpp"
#include "core/network.hpp"
#include "viz/map_model.hpp"
#include "viz/map_view.hpp"
#include "viz/words.hpp"

namespace coopnet {

/// The file a map is written as.
enum class MapFormat {
    Dot,  ///< the styled Graphviz graph before layout; `dot FILE.dot -Tsvg` draws the map
    Svg,
    Png,
    Pdf,
    Html,  ///< the interactive map (viz/interactive_map.hpp), not drawn by `render_map`
};

/// "dot", "svg", "png", "pdf" or "html".
std::string_view map_format_name(MapFormat format);
/// The format of a name as `map_format_name` gives it (ASCII case ignored), if any.
std::optional<MapFormat> parse_map_format(std::string_view name);
/// The format named by a path's extension (.dot/.gv, .svg, .png, .pdf, .html/.htm), if any.
std::optional<MapFormat> map_format_for_path(const std::filesystem::path& path);

/// The centrality that sets the size of an actor (analysis/*.hpp give the conventions).
enum class SizeMetric { Betweenness, Degree, Strength, PageRank, Eigenvector, Closeness, Harmonic };

/// "betweenness", "degree", "strength", "pagerank", "eigenvector", "closeness", "harmonic".
std::string_view size_metric_name(SizeMetric metric);
std::optional<SizeMetric> parse_size_metric(std::string_view name);

struct MapOptions {
    MapFormat format = MapFormat::Svg;
    /// The language of the legend and the tooltips (viz/words.hpp); sectors are named in it
    /// when the colour is the sector.
    Language language = Language::English;
    /// Actor property that sets the fill colour (`colour_actors` in viz/palette.hpp).
    std::string color_by{"sector"};
    SizeMetric size_by = SizeMetric::Betweenness;
    /// Draw Leiden communities (modularity, resolution 1) as clusters; needs fdp or dot.
    bool clusters = false;
    /// Seed of the Leiden partition of `MapAnalysis::communities`, named in the legend.
    std::uint64_t community_seed = 1;
    MapView view;
    /// Suggested cooperations drawn (the top pairs and joining ties of `suggest_ties`);
    /// 0 draws none.
    std::size_t suggestions = 0;
    /// The corners of the cooperation triangle: the triangle view and the suggestions
    /// that close its sides.
    std::array<std::string, 3> triangle_groups{"municipality", "business", "foundation"};
    /// Brokers outlined: the actors of largest betweenness (above 0; ties by input order).
    std::size_t brokers = 5;
    LayoutEngine layout = LayoutEngine::Automatic;
    /// Seed of the initial placement (Graphviz `start`), for neato, fdp and sfdp.
    std::uint64_t layout_seed = 1;
    /// Actors labelled: the top ones by the size metric (ties by input order); nothing =
    /// all on small maps, `kLargeMapLabels` on large ones.
    std::optional<std::size_t> labels;
    /// Characters per label line (names are wrapped at word boundaries); 0 = no wrapping.
    std::size_t wrap_width = 20;
    /// Heading of the legend; empty = the network's name (or "network").
    std::string title;
    /// A line under the heading (e.g. the period shown); may be empty.
    std::string subtitle;
};

struct MapResult {
    /// The file's content: DOT or SVG text, or PNG/PDF bytes.
    std::string data;
    /// Graphviz's warnings, one per entry, without the "Warning: " prefix.
    std::vector<std::string> warnings;
    /// The layout engine used (never Automatic).
    LayoutEngine layout = LayoutEngine::Neato;
    std::size_t actors = 0;       ///< actors drawn
    std::size_t ties = 0;         ///< tie lines drawn (merged pairs)
    std::size_t suggestions = 0;  ///< suggested ties drawn
};

/// The analysis results a map draws, computed by the caller on the whole network given
/// (already filtered), each indexed by NodeId. The map computes none of them.
struct MapAnalysis {
    /// Raw betweenness (analysis/centrality/betweenness.hpp): the brokers outlined are the
    /// `MapOptions::brokers` actors of largest value above 0.
    std::vector<double> betweenness;
    /// The sample behind `betweenness` when it was estimated (one sentence in the legend).
    std::optional<BetweennessEstimate> betweenness_estimate;
    /// The values of `MapOptions::size_by` (degrees as numbers).
    std::vector<double> size;
    /// Articulation points and bridges (analysis/structure/cut_points.hpp).
    std::vector<bool> cut_points;
    std::vector<std::pair<NodeId, NodeId>> bridges;
    /// Communities drawn as clusters and chosen by the community view; needed for these.
    std::optional<Partition> communities;
    /// Suggested cooperations (analysis/gaps/suggestions.hpp): the first
    /// `MapOptions::suggestions` pairs and joining ties are drawn; needed when that is above 0.
    std::optional<SuggestionsResult> suggestions;
};

/// What a map of `network` takes from its analysis: raw betweenness, the values of `size`,
/// cut points and bridges, the communities when the analysis has them and the suggestions
/// when it has brokers and gaps. Copies; computes nothing.
MapAnalysis map_analysis(const NetworkAnalysis& analysis, SizeMetric size);

/// Checks the options against the network before any work.
/// @throws InvalidArgument for an unknown ego id, an empty `color_by`, or clusters with a
///   layout other than fdp or dot.
void check_map_options(const Network& network, const MapOptions& options);

/// What `render_map` draws (viz/map_model.hpp), as described in the file comment.
/// @throws InvalidArgument for an unknown ego id, a community number out of range, an
///   empty `color_by`, clusters with a layout other than fdp or dot, results of another
///   size than the network, or communities or suggestions missing where they are drawn.
/// Complexity O((n + m) log(n + m)).
MapModel network_map_model(const Network& network, const MapAnalysis& analysis,
                           const MapOptions& options = {});

/// Draws `network` as described in the file comment: `network_map_model`, laid out and
/// rendered by Graphviz.
/// @throws InvalidArgument as `network_map_model`; OutputError when Graphviz fails (its
///   messages included) or dies ("Graphviz failed while drawing the map (killed by signal
///   11: Segmentation fault)"); std::bad_alloc when memory runs out; Interrupted (Ctrl-C
///   ends a layout at once).
/// Complexity: the layout's (neato O(n²) per iteration; sfdp about O(n log n)).
MapResult render_map(const Network& network, const MapAnalysis& analysis,
                     const MapOptions& options = {});

}  // namespace coopnet
