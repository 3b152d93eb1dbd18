#include "viz/map_svg.hpp"

#include <cmath>
#include <cstddef>
#include <string_view>

#include "core/error.hpp"
#include "core/number_format.hpp"
#include "viz/detail/map_geometry.hpp"
#include "viz/label_text.hpp"

namespace coopnet {

namespace {

/// A number for an attribute: rounded to 2 decimals, shortest form.
std::string num(double value) {
    const double rounded = std::round(value * 100.0) / 100.0;
    return format_number(rounded == 0.0 ? 0.0 : rounded);  // no "-0"
}

/// The outline of an actor of `width` × `height` centred at the origin, `grow` points
/// larger on every side.
std::string outline_element(std::string_view shape, bool rounded, double width, double height,
                            double grow) {
    const double a = width / 2.0 + grow;
    const double b = height / 2.0 + grow;
    if (shape == "circle" || shape == "ellipse") {
        return "<ellipse rx=\"" + num(a) + "\" ry=\"" + num(b) + "\"";
    }
    if (shape == "diamond") {
        return "<polygon points=\"0," + num(-b) + " " + num(a) + ",0 0," + num(b) + " " +
               num(-a) + ",0\"";
    }
    if (shape == "octagon") {
        const double cx = a * 0.4142;  // the corners cut at 45 degrees
        const double cy = b * 0.4142;
        return "<polygon points=\"" + num(-cx) + "," + num(-b) + " " + num(cx) + "," + num(-b) +
               " " + num(a) + "," + num(-cy) + " " + num(a) + "," + num(cy) + " " + num(cx) +
               "," + num(b) + " " + num(-cx) + "," + num(b) + " " + num(-a) + "," + num(cy) +
               " " + num(-a) + "," + num(-cy) + "\"";
    }
    std::string rect = "<rect x=\"" + num(-a) + "\" y=\"" + num(-b) + "\" width=\"" +
                       num(2 * a) + "\" height=\"" + num(2 * b) + "\"";
    if (rounded) rect += " rx=\"" + num(std::min(6.0, b)) + "\"";
    return rect;
}

void write_actor(std::string& out, const MapModel& model, const MapActor& actor,
                 const ActorPlace& place) {
    const ActorLook look = detail::effective_look(model.actor_defaults, actor.look);
    const std::string shape = look.shape.value_or("box");
    const std::string style = look.style.value_or("filled");
    const bool rounded = style.find("rounded") != std::string::npos;
    const bool dashed = style.find("dashed") != std::string::npos;
    const double outline_width = look.outline_width.value_or(1.0);
    out += "<g class=\"node";
    if (!actor.css_class.empty()) out += " " + escape_html(actor.css_class);
    out += "\" data-id=\"" + escape_html(actor.id) + "\" tabindex=\"0\" transform=\"translate(" +
           num(place.x) + " " + num(place.y) + ")\">";
    out += "<title>" + escape_html(actor.tooltip) + "</title>";
    std::string paint = " fill=\"" + escape_html(look.fill.value_or("#FFFFFF")) + "\"";
    if (outline_width > 0.0) {
        paint += " stroke=\"" + escape_html(look.outline.value_or("#000000")) +
                 "\" stroke-width=\"" + num(outline_width) + "\"";
        if (dashed) paint += " stroke-dasharray=\"4 3\"";
    } else {
        paint += " stroke=\"none\"";
    }
    out += outline_element(shape, rounded, place.width, place.height, 0.0) + " class=\"shape\"" +
           paint + "/>";
    if (look.outlines.value_or(1) >= 2) {
        out += outline_element(shape, rounded, place.width, place.height, outline_width + 2.0) +
               " fill=\"none\" stroke=\"" + escape_html(look.outline.value_or("#000000")) +
               "\" stroke-width=\"" + num(outline_width) + "\"/>";
    }
    if (!actor.label.empty()) {
        const double size = look.font_size.value_or(14.0);
        const double line_height = size * 1.15;
        const double first = -line_height * double(actor.label.size() - 1) / 2.0 + size * 0.35;
        out += "<text class=\"label\" font-size=\"" + num(size) + "\" fill=\"" +
               escape_html(look.font_colour.value_or("#000000")) + "\">";
        for (std::size_t l = 0; l < actor.label.size(); ++l) {
            out += "<tspan x=\"0\" y=\"" + num(first + line_height * double(l)) + "\">" +
                   escape_html(actor.label[l]) + "</tspan>";
        }
        out += "</text>";
    }
    out += "</g>\n";
}

void write_tie(std::string& out, const MapModel& model, const MapTie& tie,
               const MapPlacement& placement, const std::string& arrow_id) {
    const ActorPlace& a = placement.actors.at(tie.first);
    const ActorPlace& b = placement.actors.at(tie.second);
    const MapActor& first = model.actors.at(tie.first);
    const MapActor& second = model.actors.at(tie.second);
    const std::string shape_a =
        detail::effective_look(model.actor_defaults, first.look).shape.value_or("box");
    const std::string shape_b =
        detail::effective_look(model.actor_defaults, second.look).shape.value_or("box");
    const double width = tie.width.value_or(model.tie_width);
    const bool arrow = model.directed && tie.arrow;
    // One strand per kind; a suggested tie (no kinds) is one strand in its own colour.
    std::vector<std::array<std::string, 2>> strands = tie.kinds;
    if (strands.empty()) strands.push_back({"", tie.colours.empty() ? "#000000" : tie.colours[0]});
    const double step = strands.size() > 1 ? std::max(width, 1.5) + 0.5 : 0.0;
    for (std::size_t s = 0; s < strands.size(); ++s) {
        const double offset = step * (double(s) - double(strands.size() - 1) / 2.0);
        const auto [x1, y1, x2, y2] = detail::tie_line(a, b, offset, shape_a, shape_b, arrow);
        out += "<path class=\"edge";
        if (tie.suggested) out += " suggested";
        if (!tie.css_class.empty()) {
            out += ' ';  // appended, not " " + …: GCC 12 warns -Wrestrict on the latter
            out += escape_html(tie.css_class);
        }
        out += "\" data-a=\"" + escape_html(first.id) + "\" data-b=\"" + escape_html(second.id) +
               "\" data-kind=\"" + escape_html(strands[s][0]) + "\" d=\"M" + num(x1) + " " +
               num(y1) + "L" + num(x2) + " " + num(y2) + "\" stroke=\"" +
               escape_html(strands[s][1]) + "\" stroke-width=\"" + num(width) + "\"";
        if (tie.style && *tie.style == "dashed") out += " stroke-dasharray=\"6 4\"";
        if (arrow) out += " marker-end=\"url(#" + arrow_id + ")\"";
        out += "><title>" + escape_html(tie.tooltip) + "</title></path>\n";
    }
}

}  // namespace

std::string map_svg(const MapModel& model, const MapPlacement& placement,
                    const MapSvgOptions& options) {
    if (placement.actors.size() != model.actors.size()) {
        throw InvalidArgument("the placement of the map holds " +
                              std::to_string(placement.actors.size()) + " actors, the map " +
                              std::to_string(model.actors.size()));
    }
    const std::string id = escape_html(options.id);
    const std::string arrow_id = id + "-arrow";
    std::string out;
    out.reserve(256 * (model.actors.size() + model.ties.size()) + 1024);
    out += "<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"" + id +
           "\" class=\"coopnet-map\" viewBox=\"" + num(placement.left) + " " + num(placement.top) +
           " " + num(placement.width) + " " +
           num(placement.height) + "\" width=\"" + num(placement.width) + "\" height=\"" +
           num(placement.height) + "\" role=\"img\" aria-label=\"" + escape_html(options.title) +
           "\" font-family=\"Helvetica,Arial,sans-serif\" text-anchor=\"middle\">\n";
    if (model.directed) {
        out += "<defs><marker id=\"" + arrow_id +
               "\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"5\" "
               "markerHeight=\"5\" orient=\"auto\"><path d=\"M0 0L10 5L0 10z\" "
               "fill=\"#444444\"/></marker></defs>\n";
    }
    out += "<rect class=\"backdrop\" x=\"" + num(placement.left) + "\" y=\"" + num(placement.top) +
           "\" width=\"" + num(placement.width) + "\" height=\"" + num(placement.height) +
           "\" fill=\"#FFFFFF\"/>\n";
    out += "<g id=\"" + escape_html(options.viewport_id) + "\" class=\"viewport\">\n<g class=\"edges\" fill=\"none\">\n";
    for (const MapTie& tie : model.ties) write_tie(out, model, tie, placement, arrow_id);
    out += "</g>\n<g class=\"nodes\">\n";
    for (std::size_t i = 0; i < model.actors.size(); ++i) {
        write_actor(out, model, model.actors[i], placement.actors[i]);
    }
    out += "</g>\n</g>\n</svg>\n";
    return out;
}

}  // namespace coopnet
