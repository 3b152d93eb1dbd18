// The geometry that every drawing of a placed map shares (viz/map_svg.hpp draws it as SVG,
// viz/detail/map_drawing.hpp hands it to Graphviz): how an actor looks after its own look
// and the model's defaults are combined, and where a straight line between two actors
// meets their outlines. Internal to viz (not a public header).
#pragma once

#include <array>
#include <string_view>

#include "viz/map_model.hpp"

namespace coopnet::detail {

/// What an actor looks like: its own look over the model's defaults.
ActorLook effective_look(const ActorLook& defaults, const ActorLook& own);

/// The ends (x1, y1, x2, y2) of the straight line from actor `a` to actor `b`, moved
/// `offset` points sideways (for parallel strands) and, when `clip`, cut at the outlines of
/// the two actors (an ellipse for "circle" and "ellipse", a rhombus for "diamond", the box
/// for every other shape), never past the middle of the line.
std::array<double, 4> tie_line(const ActorPlace& a, const ActorPlace& b, double offset,
                               std::string_view shape_a, std::string_view shape_b, bool clip);

}  // namespace coopnet::detail
