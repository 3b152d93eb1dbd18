// The parts that every map of viz draws the same way: numbers for Graphviz attributes,
// actor names as node names, the legend's HTML-like tables, and the last step (write DOT,
// or lay out and render SVG/PNG/PDF with gvc). Internal to viz (not a public header).
#pragma once

#include <graphviz/cgraph.h>

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "io/cgraph/plumbing.hpp"
#include "viz/map_model.hpp"
#include "viz/network_map.hpp"

namespace coopnet::detail {

/// A number for an attribute: rounded to 2 decimals, shortest form ("1.5", "10").
std::string fixed2(double value);

/// `text` wrapped at `width` characters (viz/label_text.hpp) and escaped for an HTML-like
/// label, lines joined by left-aligned breaks.
std::string html_lines(std::string_view text, std::size_t width);

/// The Graphviz name of the node of actor `id` in a map of `format`. DOT keeps the id as
/// coopnet's DOT reader reads it back (an escString, io/cgraph/plumbing.hpp). The rendered
/// formats show names only in SVG, as the <title> of nodes and edges, which Graphviz
/// writes as XML text that leaves `&name;` and `&#N;` alone (so `&#0;` made the SVG
/// ill-formed): there every `&` becomes `&amp;`, and the title reads as the id.
std::string node_name(std::string_view id, MapFormat format);

/// One row of a legend block.
struct LegendRow {
    std::string swatch;  ///< HTML of the first cell (may be empty)
    std::string text;    ///< already escaped HTML
};

/// A filled square `unit` (the legend font size in points) wide, outlined in #333333.
std::string colour_swatch(std::string_view colour, double unit);

/// A square like `colour_swatch` with its own outline: `border` points wide (Graphviz takes
/// whole points) in `border_colour`, and `style` ("", "dashed" or "dotted") for it.
std::string outlined_swatch(std::string_view fill, std::string_view border_colour, int border,
                            std::string_view style, double unit);

/// A square like `colour_swatch` inside two outlines in `border_colour` (a double border,
/// as Graphviz draws `peripheries=2`).
std::string double_outlined_swatch(std::string_view fill, std::string_view border_colour,
                                   double unit);

/// A short line in `colour`, `thickness` times the default thickness (unit / 3).
std::string line_swatch(std::string_view colour, double unit, double thickness = 1.0);

/// A short dashed line in `colour`: three dashes with gaps.
std::string dashed_line_swatch(std::string_view colour, double unit, double thickness = 1.0);

/// A table with a bold heading row and one row per entry (swatch, text).
std::string legend_block(std::string_view heading, const std::vector<LegendRow>& rows,
                         double font_size);

/// The first cell of a legend row: the swatch in a legend of `unit` points ("" for none).
std::string swatch_html(const LegendSwatch& swatch, double unit);

/// The legend as an HTML-like table: the heading, its lines, and the three blocks side by
/// side.
std::string legend_html(const MapLegend& legend);

/// Sets the creation date of a PDF that cairo wrote to 2000-01-01 00:00:00 (cairo 1.16
/// stamps the current time and knows no SOURCE_DATE_EPOCH), digit for digit, so the
/// file's length and offsets stay and the same map gives the same bytes.
void fix_pdf_creation_date(std::string& pdf);

/// Graphviz's messages one per entry, without the "Warning: " prefix.
std::vector<std::string> warning_lines(const std::string& messages);

/// The graph attributes every map shares: the layout `engine` (seeded for the force-directed
/// ones, overlaps removed by `overlap`, e.g. "prism"), left-to-right ranks for dot, straight
/// lines for `large` maps, lines drawn under the actors, white background, and the legend
/// (an HTML-like label, `legend_font` points) at the bottom left.
void set_map_graph_style(Agraph_t* graph, LayoutEngine engine, std::uint64_t layout_seed,
                         std::string_view overlap, bool large, double legend_font,
                         const std::string& legend);

/// Declares the default of attribute `name` for every node (`kind` = AGNODE) or edge
/// (AGEDGE) of `graph`, written once as `node [...]` / `edge [...]` in DOT.
void set_default_attribute(Agraph_t* graph, int kind, const char* name, const std::string& value);

/// Builds a map's Graphviz graph with `build` and writes it as DOT into `result.data`, or
/// lays it out with `engine` (never Automatic) and renders it as SVG, PNG or PDF; sets
/// `result.warnings` from Graphviz's messages. `build` runs with cgraph_mutex() held and
/// Graphviz's messages captured into the string it is given (for its own errors).
///
/// All of it runs in a child process (viz/detail/isolated.hpp): Graphviz and the libraries
/// under it crash, abort or exit when they run out of memory, which must not end coopnet.
/// `build` must therefore report through its result and exceptions only (what it changes
/// in memory stays in the child).
/// @param what the picture, "map" or "diff map", for messages.
/// @throws OutputError when Graphviz fails, with its messages, or dies ("Graphviz failed
///   while drawing the map (killed by signal 11: Segmentation fault)"); std::bad_alloc when
///   memory ran out; Interrupted; InvalidArgument from `build`.
void draw_map(std::string_view what, MapFormat format, LayoutEngine engine,
              const std::function<GraphHandle(std::string& messages)>& build, MapResult& result);

/// Draws `model`: builds its Graphviz graph (the graph style of `set_map_graph_style`, the
/// defaults of actors and lines, the clusters, one node per actor and one edge per tie, in
/// model order) and writes or renders it with `draw_map`.
/// @param what the picture, "map" or "diff map", for messages.
/// @throws as `draw_map`; OutputError when Graphviz refuses a node or an edge.
MapResult draw_map_model(std::string_view what, const MapModel& model, MapFormat format);

/// Lays `model` out with its engine (as `draw_map_model`, without the legend) and returns
/// where its actors went (viz/map_model.hpp), with `margin` points around them. Pinned
/// actors (`MapActor::pinned`) stay where they are asked to be (neato's `pos="x,y!"`); the
/// others are placed around them. Positions are rounded to 2 decimals. Runs in a child
/// process like `draw_map`.
/// @throws as `draw_map`.
MapPlacement place_map_model(std::string_view what, const MapModel& model, double margin = 12.0);

}  // namespace coopnet::detail
