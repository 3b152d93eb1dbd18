// The interactive cooperation map: one self-contained HTML page (`coopnet map NET -o
// map.html`) whose map is also the one of the report (viz/report.hpp). Graphviz places the
// actors (`place_map_model`, the network map's own layout: neato, sfdp for large maps),
// coopnet draws them (viz/map_svg.hpp) and a script without any library
// (viz/assets/interactive_map.js, embedded at build time) lets a planner explore it:
// - pan and zoom (wheel, dragging, +/− and reset buttons, keys + − 0 and arrows); labels
//   grow more slowly than the map when zoomed in;
// - a search box that finds actors by name or id, ignoring case, accents and umlauts
//   ("muller" and "mueller" find "Müller", "ss" finds "ß"), and centres and selects the match;
// - selecting an actor (click, or Enter on a focused actor) opens its profile (the data of
//   viz/actor_profiles.hpp: sector, community, each measure with its rank and a plain
//   explanation, brokerage roles, whether it is a cut point and whom its loss cuts off,
//   suggested cooperations with who could introduce them) and its partners grouped by tie
//   kind with the periods of their ties; its partners stay highlighted, the rest fades;
// - filters: sectors, tie kinds, suggested cooperations, and a year slider over the years of
//   the dated ties and projects: a strand shows in year Y when one of its ties is active in
//   Y (a year `since`/`until` is the whole year, open ends open); undated ties always show.
//   Positions never move.
// - printing shows the map as drawn (no zoom, selection or controls).
//
// The page loads nothing: no CDN, no font, no image. Every name from the data is escaped
// in the HTML and the SVG, and the data block is JSON with `<`, `>` and `&` written as
// \u escapes, read with JSON.parse and shown with textContent only.
//
// Test contract (tests/e2e/interactive_map_test.py relies on it): actors are `g.node` with
// `data-id`; strands are `.edge` with `data-a`, `data-b`, `data-kind` (suggested ones also
// `.suggested`), hidden by the class `hidden` (display: none); the search box is
// `input[type=search]#search` with results in `#search-results`; the profile is `#profile`
// (label in its h2, partners as `.partner`, once per tie kind); a selection puts the class
// `has-selection` on the <svg>, `selected` on the actor, `partner` on its partners and
// `active` on its lines, and CSS fades every other actor and line; the year slider is `input[type=range]#year`
// (its minimum = all years); sector filters carry `data-sector` (the sector as stored), kind
// filters `data-kind`, the suggestion switch is `#show-suggestions`; buttons `#zoom-in`,
// `#zoom-out`, `#zoom-reset`; `window.coopnetMap.scale()` tells the zoom.
//
// Deterministic: the same network and options give the same bytes (neato's and sfdp's
// positions are rounded to 2 decimals; fdp with clusters is not offered here).
#pragma once

#include <string>

#include "analysis/network_analysis.hpp"
#include "core/network.hpp"
#include "viz/map_model.hpp"
#include "viz/network_map.hpp"

namespace coopnet {

/// The map component: the controls, the drawing, the profile panel, the legend, and the
/// data as a JSON block; without the page's style and script (`interactive_map_style`,
/// `interactive_map_script`), which a page holding it carries once.
struct InteractiveMap {
    std::string html;
    MapPlacement placement;  ///< where the actors are (for maps that share the positions)
    MapModel model;
};

/// Builds the component for `network` drawn as `options` say (its view, colours, sizes,
/// suggestions, language). `analysis` is `analyze_network`'s result for `network` with
/// communities and brokers and gaps (for the profiles; without them those parts are left
/// out of the profile, and no suggestions are drawn).
/// @throws InvalidArgument as `network_map_model`, and for clusters (boxed clusters are
///   drawn in the SVG, PNG and PDF maps only); OutputError when Graphviz fails.
InteractiveMap interactive_map(const Network& network, const NetworkAnalysis& analysis,
                               const MapOptions& options);

/// Where `interactive_map` puts the actors of `network` drawn with `options` (positions
/// depend on the view, the labels and the sizes, not on the suggestions or the profiles),
/// by id, from the map's results alone: for the change map of `coopnet diff --map`, which
/// keeps the actors where the map of the later state has them.
/// @throws as `network_map_model`; OutputError when Graphviz fails.
ActorPositions map_positions(const Network& network, const MapAnalysis& analysis,
                             const MapOptions& options);

/// Where the component's actors are, by id: for maps drawn to match it (the change map,
/// `DiffMapOptions::positions`).
ActorPositions actor_positions(const InteractiveMap& map);

/// A map's legend as HTML (for maps coopnet draws, whose SVG holds no legend): the
/// heading, its lines, and the three blocks side by side with their swatches in CSS; every
/// text escaped. Styled by `interactive_map_style`.
std::string map_legend_html(const MapLegend& legend);

/// The CSS and the script of the component.
std::string_view interactive_map_style();
std::string_view interactive_map_script();

/// A whole page holding the component: `<!DOCTYPE html>` to `</html>`, in the options'
/// language, titled by `MapOptions::title` (or the network's name).
std::string interactive_map_page(const Network& network, const NetworkAnalysis& analysis,
                                 const MapOptions& options);

/// `json` made safe inside a <script> element: `<`, `>` and `&` as \u003c, \u003e, \u0026
/// (the same value for JSON.parse; no `</script>` can end the element early).
std::string script_safe_json(std::string_view json);

}  // namespace coopnet
