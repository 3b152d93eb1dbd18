// `coopnet report`: one self-contained HTML file for planners — key findings in plain
// language first (size and density, the main clusters, the top brokers and why, fragile
// points, the missing sides of the municipality–business–foundation triangle, suggested
// cooperations and who could introduce them), then the cooperation map (inline SVG from
// viz/network_map.hpp), a sortable and filterable actor table with every metric, the
// communities, sector mixing and the triangle, and a methods section (definitions and
// references of every metric, the weights convention, the community algorithm, seed,
// restarts and stability thresholds, the coopnet version, the input files and their SHA-256
// checksums).
//
// The report draws and words results it is given: the caller computes one analysis of the
// network (`analyze_network` with the options `report_communities` and
// `report_brokers_and_gaps` name) and, for a comparison, one diff.
//
// With a comparison (`ReportOptions::comparison`: two files, or two periods of one dated
// network) the report adds the section "Veränderung" / "Change over time" after the map
// (viz/report_change.cpp): plain-language findings on actors and ties kept, lost and new,
// the persistence of ties overall and between sectors, the brokers that dropped out and
// the change of density, components, centralisation and modularity (all from
// `diff_networks`, analysis/change/network_diff.hpp), a table of those measures, the map of the
// change (inline SVG from viz/diff_map.hpp) and tables of the kept, lost and new ties; the
// key findings end with a one-line summary that points to it.
//
// Self-contained: CSS and a small vanilla script are inline; nothing is loaded from the
// network. `@media print` styles give a clean PDF. With `#selftest` in the URL, the script
// sorts the actor table by betweenness (descending), checks the order and the filter, and
// writes the outcome to the `data-selftest` attribute of <body> (for headless browsers);
// with a change section it also checks that the map of the change is laid out with a
// non-zero size and has lines, and counts the rows of the tie tables.
//
// Escaping: every string taken from the input (ids, labels, sectors, attribute values,
// the title, file names) is HTML-escaped with `escape_html` (viz/label_text.hpp); the SVG
// map is Graphviz's, whose writer escapes its labels (viz/label_text.hpp), and everything before
// its <svg> element (XML declaration, DOCTYPE) is dropped.
//
// Determinism: the same network and options give byte-identical HTML apart from the map
// (no dates; the version and the checksums are inputs); the map follows Graphviz's
// layout, see viz/network_map.hpp.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "analysis/change/network_diff.hpp"
#include "analysis/network_analysis.hpp"
#include "analysis/options.hpp"
#include "analysis/time/tie_survival.hpp"
#include "analysis/time/timeline.hpp"
#include "core/network.hpp"
#include "core/sector_vocabulary.hpp"
#include "viz/diff_map.hpp"
#include "viz/report_text.hpp"

namespace coopnet {

/// A file the network was read from, named in the methods section.
struct ReportInputFile {
    std::string name;    ///< as shown (e.g. "samples/duisburg-marxloh/actors.csv")
    std::string sha256;  ///< 64 lowercase hex digits (io/checksum.hpp)
};

/// Two states of a network compared in the section on change over time: what the section
/// shows of them.
/// The course of a network over the years, shown in the section „Verlauf über die Jahre“
/// when the data are dated: the timeline's chart and how long the ties lasted.
struct ReportCourse {
    Timeline timeline;     ///< `timeline(network, ...)` (analysis/time/timeline.hpp)
    TieSurvival survival;  ///< `tie_survival(network, ...)` (analysis/time/tie_survival.hpp)
};

struct ReportComparison {
    /// `diff_networks(before, after, report_diff_options(...), analysis)` (or
    /// `diff_periods`).
    NetworkDiff diff;
    /// `change_actors(before, after, diff)`: the names and sectors of both states' actors.
    ChangeActors actors;
    /// What the two states are, as shown (e.g. "2003–2008", "before.json"); empty = the
    /// words "vorher"/"before" and "nachher"/"after" alone.
    std::string before_name;
    std::string after_name;
    /// Length of the top-betweenness lists whose dropped-out brokers are named (>= 1).
    std::size_t broker_top = 10;
};

struct ReportOptions {
    ReportLanguage language = ReportLanguage::German;
    /// The heading; empty = the network's name, else the first input's name, else "coopnet".
    std::string title;
    /// A line under the heading (e.g. the period), may be empty.
    std::string subtitle;
    /// The input files and their checksums, in the order shown.
    std::vector<ReportInputFile> inputs;
    /// The coopnet version named in the methods section.
    std::string version;
    /// Seed of the Leiden communities (modularity, resolution 1).
    std::uint64_t community_seed = 1;
    /// The corners of the cooperation triangle.
    std::array<std::string, 3> triangle_groups{"municipality", "business", "foundation"};
    /// How the sector words of the data were read (io's read_network); a corner that is
    /// absent is explained with the words seen.
    std::vector<SectorWordUse> sector_words;
    /// Brokers, fragile points and suggested cooperations named in the findings.
    std::size_t top = 5;
    /// Draw the map (Graphviz); false leaves the map section out.
    bool map = true;
    /// The weights of every metric, named in the methods section.
    AnalysisOptions analysis{};
    /// The tests against chance behind "weak" and "strong" (analysis/statistics/cug_test.hpp;
    /// group attribute and corners come from the fields above), named in the methods section.
    ChanceTestOptions chance{};
    /// Simulate networks of any size (else only up to BrokersAndGapsOptions' limit).
    bool always_simulate = false;
    /// When set, the section on change over time shows this comparison; the rest of the
    /// report describes the network given to `render_report`.
    std::optional<ReportComparison> comparison;
    /// When set, the section on the course over the years (charts of the timeline and of
    /// the ties' survival, in the report's words).
    std::optional<ReportCourse> course;
};

/// Stability thresholds of the report's words (stability as `CommunityStability`,
/// analysis/community/consensus.hpp): a cluster of stability at least kStableCluster is a
/// „stabile Gruppe“ / "stable cluster"; actors below kUncertainAssignment are listed under
/// „unsichere Zuordnung“ / "uncertain assignment" (on average with their co-members in
/// fewer than half of the runs).
inline constexpr double kStableCluster = 0.9;
inline constexpr double kUncertainAssignment = 0.5;

/// The communities the report shows: Leiden (modularity, resolution 1) with
/// `options.community_seed`, the best of the automatic number of restarts
/// (`restart_count`), with their stability.
CommunityOptions report_communities(const ReportOptions& options);

/// The brokers and gaps the report shows: rankings and suggestions of `options.top` (at
/// least 1) entries, the triangle of `options.triangle_groups`.
BrokersAndGapsOptions report_brokers_and_gaps(const ReportOptions& options);

/// The comparison the report shows (with the weights and threads of `options.analysis`):
/// `broker_top` brokers, the Leiden seed `options.community_seed`.
NetworkDiffOptions report_diff_options(const ReportOptions& options, std::size_t broker_top);

/// The report of `network` as one HTML document (UTF-8).
/// @param analysis `analyze_network(network, {report_communities(options),
///   report_brokers_and_gaps(options)}, options.analysis)`; the report computes nothing.
/// @throws InvalidArgument when `analysis` is of another network (a different number of
///   actors), or when the map of the change is drawn and the comparison's actors and diff
///   disagree (as `render_diff_map`); a
///   Graphviz failure does not throw: the map section then says that the map could not be
///   drawn. A crashed Graphviz (most often out of memory) does: OutputError, as render_map;
///   std::bad_alloc when memory runs out.
/// Complexity: that of `render_map` and `render_diff_map` plus O(n log n) for the tables.
std::string render_report(const Network& network, const NetworkAnalysis& analysis,
                          const ReportOptions& options = {});

}  // namespace coopnet
