#include "viz/detail/map_geometry.hpp"

#include <algorithm>
#include <cmath>

namespace coopnet::detail {

namespace {

/// The part of the way from an actor's centre towards (dx, dy) that lies inside its
/// outline (1 = the whole way): where a line to or from it meets the outline.
double inside_share(const ActorPlace& place, std::string_view shape, double dx, double dy) {
    const double a = place.width / 2.0;
    const double b = place.height / 2.0;
    if (a <= 0.0 || b <= 0.0 || (dx == 0.0 && dy == 0.0)) return 0.0;
    if (shape == "circle" || shape == "ellipse") {
        return 1.0 / std::sqrt((dx / a) * (dx / a) + (dy / b) * (dy / b));
    }
    if (shape == "diamond") return 1.0 / (std::abs(dx) / a + std::abs(dy) / b);
    return std::min(dx == 0.0 ? INFINITY : a / std::abs(dx), dy == 0.0 ? INFINITY : b / std::abs(dy));
}

}  // namespace

ActorLook effective_look(const ActorLook& defaults, const ActorLook& own) {
    ActorLook look = defaults;
    const auto take = [](auto& into, const auto& from) {
        if (from) into = from;
    };
    take(look.shape, own.shape);
    take(look.style, own.style);
    take(look.fill, own.fill);
    take(look.outline, own.outline);
    take(look.outline_width, own.outline_width);
    take(look.outlines, own.outlines);
    take(look.fixed_size, own.fixed_size);
    take(look.width, own.width);
    take(look.height, own.height);
    take(look.font_size, own.font_size);
    take(look.font_colour, own.font_colour);
    return look;
}

std::array<double, 4> tie_line(const ActorPlace& a, const ActorPlace& b, double offset,
                                std::string_view shape_a, std::string_view shape_b, bool clip) {
    const double dx = b.x - a.x;
    const double dy = b.y - a.y;
    const double length = std::hypot(dx, dy);
    if (length == 0.0) return {a.x, a.y, b.x, b.y};
    const double nx = -dy / length * offset;
    const double ny = dx / length * offset;
    double start = 0.0;
    double end = 1.0;
    if (clip) {
        start = std::min(0.5, inside_share(a, shape_a, dx, dy));
        end = 1.0 - std::min(0.5, inside_share(b, shape_b, -dx, -dy));
    }
    return {a.x + dx * start + nx, a.y + dy * start + ny, a.x + dx * end + nx,
            a.y + dy * end + ny};
}

}  // namespace coopnet::detail
