// A map drawn by coopnet itself as SVG from its model (viz/map_model.hpp) and a placement
// (`place_map_model`, viz/detail/map_drawing.hpp): Graphviz decides where the actors go,
// this file draws them. The drawing is a function of the model and the positions alone,
// written in model order with numbers rounded to 2 decimals, so the same input gives the
// same bytes (Graphviz's own renderer routes lines differently from run to run).
//
// What it draws: one straight line per tie kind of a pair (parallel strands, each in its
// kind's colour, `MapTie::kinds`), suggested ties dashed, arrowheads on directed maps
// (lines end at the actor's outline), then the actors: boxes (rounded when the style says
// so), circles, octagons or diamonds in the model's fill and outline, a second outline for
// `outlines = 2`, labels centred line by line. Tooltips are <title> elements.
//
// The classes and data attributes are the interactive map's contract (viz/interactive_map.hpp):
// every actor is a `<g class="node">` with `data-id` = its id (plus `MapActor::css_class`),
// focusable (`tabindex="0"`); every strand a `<path class="edge">` with `data-a`, `data-b`
// (the ids of its ends) and `data-kind` (the kind as stored); suggested ties also have the
// class `suggested`. Every name is escaped (viz/label_text.hpp's `escape_html`).
#pragma once

#include <string>

#include "viz/map_model.hpp"

namespace coopnet {

struct MapSvgOptions {
    std::string id{"map-svg"};  ///< the id of the <svg> element (ids inside derive from it)
    std::string viewport_id{"viewport"};  ///< the id of the group that pans and zooms
    std::string title;  ///< the accessible name of the drawing (aria-label)
};

/// The SVG element (no XML declaration) drawing `model` at `placement`.
/// @throws InvalidArgument when `placement` does not hold one place per actor.
/// Complexity O(n + m).
std::string map_svg(const MapModel& model, const MapPlacement& placement,
                    const MapSvgOptions& options = {});

}  // namespace coopnet
