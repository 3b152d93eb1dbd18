// What a map draws, before any Graphviz: the actors with their labels, sizes, colours,
// shapes and classes, the lines, the boxed clusters and the legend. The network map
// (`network_map_model`, viz/network_map.hpp) and the map of change (`diff_map_model`,
// viz/diff_map.hpp) build one; `draw_map_model` (viz/detail/map_drawing.hpp) turns it into
// a Graphviz graph, lays it out and renders it. Tests read a model without Graphviz.
//
// Units are Graphviz's: sizes of actors in inches, line and outline widths and font sizes
// in points; colours as `#RRGGBB` (with two more hex digits of opacity where said).
// Numbers are kept as computed; the drawing rounds them to 2 decimals.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace coopnet {

/// A Graphviz layout engine; `Automatic` picks one by size (viz/network_map.hpp). `Nop2`
/// takes the actors' positions and the lines as given (neato -n2), for maps placed and
/// routed already.
enum class LayoutEngine { Automatic, Neato, Fdp, Sfdp, Dot, Circo, Nop2 };

/// "auto", "neato", "fdp", "sfdp", "dot", "circo", "nop2".
std::string_view layout_engine_name(LayoutEngine engine);
std::optional<LayoutEngine> parse_layout_engine(std::string_view name);

/// Maps with more drawn actors than this are "large": sfdp, small dots, few labels.
inline constexpr std::size_t kLargeMapActors = 300;
/// Labels on a large map unless `MapOptions::labels` says otherwise.
inline constexpr std::size_t kLargeMapLabels = 30;

/// Characters per line of a legend entry (wrapped at word boundaries).
inline constexpr std::size_t kLegendWrap = 34;

/// What stands in the first cell of a legend entry.
enum class SwatchKind {
    None,            ///< an empty cell
    Colour,          ///< a filled square outlined thin and dark
    Outlined,        ///< a filled square with its own outline
    DoubleOutlined,  ///< a filled square inside two outlines
    Line,            ///< a short line
    DashedLine,      ///< a short dashed line
    Symbol,          ///< a word in bold ("size", "double outline" ...)
};

struct LegendSwatch {
    SwatchKind kind = SwatchKind::None;
    std::string colour;         ///< the fill of a square, the colour of a line
    std::string border_colour;  ///< Outlined and DoubleOutlined
    int border = 1;             ///< Outlined: the outline's width in whole points
    std::string border_style;   ///< Outlined: "" or "dashed"
    double thickness = 1.0;     ///< Line and DashedLine: times the thickness of a plain line
    std::string symbol;         ///< Symbol: the word
};

/// A swatch of `kind` in `colour`, the other fields given or at their defaults.
inline LegendSwatch legend_swatch(SwatchKind kind, std::string_view colour,
                                  std::string_view border_colour = {}, double thickness = 1.0) {
    LegendSwatch swatch;
    swatch.kind = kind;
    swatch.colour = colour;
    swatch.border_colour = border_colour;
    swatch.thickness = thickness;
    return swatch;
}

/// One row of a legend block.
struct LegendEntry {
    LegendSwatch swatch;
    std::string text;     ///< plain text (escaped when drawn)
    bool wrapped = true;  ///< wrapped at `kLegendWrap` characters when drawn
};

/// A heading and its entries.
struct LegendBlock {
    std::string heading;
    std::vector<LegendEntry> entries;
};

/// The legend, drawn under the map: a heading, lines of text under it, three blocks side by
/// side (the colours, then the lines, then the marks or the actors' states).
struct MapLegend {
    std::string heading;
    std::vector<std::string> lines;
    std::array<LegendBlock, 3> blocks;
    double font_size = 12.0;  ///< points; the heading is 1.5 times as large
};

/// How actors look. As `MapModel::actor_defaults` every actor's look; as `MapActor::look`
/// what an actor has otherwise (unset = the default).
struct ActorLook {
    std::optional<std::string> shape;     ///< "box", "circle", "octagon" or "diamond"
    std::optional<std::string> style;     ///< "filled", "rounded,filled", with ",dashed"
    std::optional<std::string> fill;      ///< the fill colour
    std::optional<std::string> outline;   ///< the outline's colour
    std::optional<double> outline_width;  ///< points; 0 = no outline
    std::optional<int> outlines;          ///< 2 = a double outline
    std::optional<bool> fixed_size;       ///< the size does not grow with the label
    std::optional<double> width;          ///< inches
    std::optional<double> height;         ///< inches
    std::optional<double> font_size;      ///< points
    std::optional<std::string> font_colour;
};

struct MapActor {
    std::string id;  ///< the actor's id
    /// The label's lines; empty = unlabelled (the actor is drawn as a small mark).
    std::vector<std::string> label;
    std::string tooltip;    ///< one line
    std::string css_class;  ///< the element's class ("kept", "lost", "new"); empty = none
    std::optional<std::size_t> cluster;  ///< index into `MapModel::clusters`
    ActorLook look;
    /// Where the actor must stay when the map is placed (`place_map_model`): its centre in
    /// the coordinates of a `MapPlacement` (points, y downwards). Unset = placed by the layout.
    std::optional<std::array<double, 2>> pinned;
};

struct MapTie {
    std::size_t first = 0;  ///< index into `MapModel::actors` (the source when directed)
    std::size_t second = 0;
    /// One colour per parallel strand (`#RRGGBB`, or `#RRGGBBAA`); empty = black.
    std::vector<std::string> colours;
    /// Every tie kind of the line (as stored, "" = none) with its colour, for drawings that
    /// show one strand per kind (viz/map_svg.hpp); empty for suggested ties.
    std::vector<std::array<std::string, 2>> kinds;
    std::optional<std::string> style;  ///< "solid" or "dashed"
    std::optional<double> width;       ///< points
    std::string css_class;             ///< as `MapActor::css_class`
    std::string tooltip;               ///< one line
    bool suggested = false;            ///< a suggested cooperation rather than a tie of the data
    bool constraint = true;            ///< false = does not pull its ends together in the layout
    bool arrow = true;                 ///< false = no arrowhead on a directed map
};

/// A box drawn around actors (a community).
struct MapCluster {
    std::size_t id = 0;  ///< the community's number (the Graphviz subgraph is cluster_<id>)
    std::string label;
};

struct MapModel {
    std::string name;  ///< of the Graphviz graph: "map" or "diff"
    bool directed = false;
    LayoutEngine layout = LayoutEngine::Neato;  ///< never Automatic
    std::uint64_t layout_seed = 1;
    /// More than `kLargeMapActors` actors: straight lines, tighter spacing.
    bool large = false;
    std::string overlap{"prism"};  ///< how overlaps are removed (Graphviz `overlap`)
    MapLegend legend;
    ActorLook actor_defaults;
    double tie_width = 1.0;  ///< points, of a line that says none
    std::vector<MapCluster> clusters;
    std::vector<MapActor> actors;  ///< in drawing order
    std::vector<MapTie> ties;      ///< in drawing order (later ones on top)
};

/// Where an actor was placed: its centre, width and height in points.
struct ActorPlace {
    double x = 0.0;
    double y = 0.0;
    double width = 0.0;
    double height = 0.0;
};

/// Positions of actors by id, in points (y downwards), as a `MapPlacement` has them.
using ActorPositions = std::map<std::string, std::array<double, 2>, std::less<>>;

/// A map's layout without its drawing: the actors (in model order) in points, y growing
/// downwards as in SVG, with room around them; the drawing's top left corner at (left,
/// top), which is (0, 0) unless pinned actors keep coordinates that put others further up
/// or left.
struct MapPlacement {
    double width = 0.0;
    double height = 0.0;
    std::vector<ActorPlace> actors;
    double left = 0.0;
    double top = 0.0;
};

}  // namespace coopnet
