#include "viz/detail/map_drawing.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <sstream>
#include <mutex>
#include <utility>

#include "core/error.hpp"
#include "core/number_format.hpp"
#include "core/text.hpp"
#include "viz/detail/graphviz.hpp"
#include "viz/detail/isolated.hpp"
#include "viz/detail/map_geometry.hpp"
#include "viz/label_text.hpp"

namespace coopnet::detail {

std::string fixed2(double value) { return format_number(std::round(value * 100.0) / 100.0); }

std::string html_lines(std::string_view text, std::size_t width) {
    const std::vector<std::string> lines = wrap_words(text, width);
    std::string out;
    for (std::size_t l = 0; l < lines.size(); ++l) {
        if (l > 0) out += "<br align=\"left\"/>";
        out += escape_html(lines[l]);
    }
    return out;
}

std::string colour_swatch(std::string_view colour, double unit) {
    return "<td width=\"" + fixed2(unit * 1.3) + "\" height=\"" + fixed2(unit * 1.1) +
           "\" fixedsize=\"true\" border=\"1\" color=\"#333333\" bgcolor=\"" + std::string(colour) +
           "\"></td>";
}

std::string outlined_swatch(std::string_view fill, std::string_view border_colour, int border,
                            std::string_view style, double unit) {
    std::string cell = "<td width=\"" + fixed2(unit * 1.3) + "\" height=\"" + fixed2(unit * 1.1) +
                       "\" fixedsize=\"true\" border=\"" + std::to_string(border) + "\" color=\"" +
                       std::string(border_colour) + "\"";
    if (!style.empty()) cell += " style=\"" + std::string(style) + "\"";
    return cell + " bgcolor=\"" + std::string(fill) + "\"></td>";
}

std::string double_outlined_swatch(std::string_view fill, std::string_view border_colour,
                                   double unit) {
    // As large as colour_swatch: a 1-point table border, 1 point of space, and a cell with
    // a 1-point border of its own inside.
    const std::string colour(border_colour);
    return "<td width=\"" + fixed2(unit * 1.3) + "\" height=\"" + fixed2(unit * 1.1) +
           "\" fixedsize=\"true\" cellpadding=\"0\"><table border=\"1\" color=\"" + colour +
           "\" cellborder=\"0\" cellspacing=\"1\" cellpadding=\"0\"><tr><td width=\"" +
           fixed2(unit * 1.3 - 4.0) + "\" height=\"" + fixed2(unit * 1.1 - 4.0) +
           "\" fixedsize=\"true\" border=\"1\" color=\"" + colour + "\" bgcolor=\"" +
           std::string(fill) + "\"></td></tr></table></td>";
}

std::string line_swatch(std::string_view colour, double unit, double thickness) {
    return "<td><table border=\"0\" cellspacing=\"0\" cellpadding=\"0\"><tr><td width=\"" +
           fixed2(unit * 2.3) + "\" height=\"" + fixed2(thickness * unit / 3.0) +
           "\" fixedsize=\"true\" bgcolor=\"" + std::string(colour) + "\"></td></tr></table></td>";
}

std::string dashed_line_swatch(std::string_view colour, double unit, double thickness) {
    // Three dashes of 0.5 unit with gaps of 0.4 unit: 2.3 units, as long as line_swatch.
    const std::string dash = "<td width=\"" + fixed2(unit * 0.5) + "\" height=\"" +
                             fixed2(thickness * unit / 3.0) + "\" fixedsize=\"true\" bgcolor=\"" +
                             std::string(colour) + "\"></td>";
    const std::string gap = "<td width=\"" + fixed2(unit * 0.4) + "\" height=\"" +
                            fixed2(thickness * unit / 3.0) + "\" fixedsize=\"true\"></td>";
    return "<td><table border=\"0\" cellspacing=\"0\" cellpadding=\"0\"><tr>" + dash + gap + dash +
           gap + dash + "</tr></table></td>";
}

std::string legend_block(std::string_view heading, const std::vector<LegendRow>& rows,
                         double font_size) {
    std::string out =
        "<table border=\"0\" cellborder=\"0\" cellspacing=\"2\" cellpadding=\"2\" "
        "valign=\"top\">"
        "<tr><td colspan=\"2\" align=\"left\"><font point-size=\"" +
        fixed2(font_size * 1.1) + "\"><b>" + escape_html(heading) + "</b></font></td></tr>";
    for (const LegendRow& row : rows) {
        out += "<tr>" + (row.swatch.empty() ? std::string("<td></td>") : row.swatch) +
               "<td align=\"left\" balign=\"left\">" + row.text + "</td></tr>";
    }
    out += "</table>";
    return out;
}

std::vector<std::string> warning_lines(const std::string& messages) {
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start < messages.size()) {
        std::size_t end = messages.find('\n', start);
        if (end == std::string::npos) end = messages.size();
        std::string line(trim(std::string_view(messages).substr(start, end - start)));
        constexpr std::string_view kWarning = "Warning: ";
        if (std::string_view(line).substr(0, kWarning.size()) == kWarning) {
            line.erase(0, kWarning.size());
        }
        if (!line.empty()) lines.push_back(std::move(line));
        start = end + 1;
    }
    return lines;
}

std::string node_name(std::string_view id, MapFormat format) {
    if (format == MapFormat::Dot) return escape_escstring(id);
    std::string name;
    name.reserve(id.size());
    for (const char c : id) {
        if (c == '&') {
            name += "&amp;";
        } else {
            name += c;
        }
    }
    return name;
}

void fix_pdf_creation_date(std::string& pdf) {
    constexpr std::string_view kKey = "/CreationDate (D:";
    constexpr std::string_view kFixed = "20000101000000";  // YYYYMMDDHHmmSS
    const std::size_t at = pdf.find(kKey);
    if (at == std::string::npos) return;
    // Digits only, so the length and every offset in the file's cross-reference table stay.
    for (std::size_t i = at + kKey.size(); i < pdf.size() && pdf[i] >= '0' && pdf[i] <= '9'; ++i) {
        const std::size_t digit = i - at - kKey.size();
        pdf[i] = digit < kFixed.size() ? kFixed[digit] : '0';
    }
}

namespace {

/// The last step of a map: `graph` as DOT, or laid out with `engine` and rendered.
std::string write_or_render(Agraph_t* graph, MapFormat format, LayoutEngine engine,
                            const std::string& messages) {
    if (format == MapFormat::Dot) {
        std::string dot;
        if (agwrite(graph, &dot) != 0) {
            throw OutputError("Graphviz could not write the map as DOT: " + messages);
        }
        return dot;
    }
    const std::string engine_name(layout_engine_name(engine));
    GVC_t* const context = gvc_context();
    if (context == nullptr) throw OutputError("Graphviz could not start: " + messages);
    if (gvLayout(context, graph, engine_name.c_str()) != 0) {
        abandon_gvc_context();
        throw OutputError("Graphviz could not lay out the map with " + engine_name + ": " +
                          messages);
    }
    LayoutGuard layout(context, graph);
    char* data = nullptr;
    unsigned int length = 0;
    const std::string format_name(map_format_name(format));
    const int status = gvRenderData(context, graph, format_name.c_str(), &data, &length);
    RenderDataHandle owned(data);
    if (status != 0 || data == nullptr) {
        abandon_gvc_context();  // the layout guard still frees the layout in the old one
        throw OutputError("Graphviz could not render the map as " + format_name + ": " + messages);
    }
    std::string rendered(data, length);
    if (format == MapFormat::Pdf) fix_pdf_creation_date(rendered);
    return rendered;
}

}  // namespace

void draw_map(std::string_view what, MapFormat format, LayoutEngine engine,
              const std::function<GraphHandle(std::string& messages)>& build, MapResult& result) {
    std::lock_guard<std::mutex> lock(cgraph_mutex());
    // The child sends Graphviz's messages, a NUL (cgraph hands messages over as C strings,
    // so they hold none) and the file's bytes.
    std::string sent = run_isolated(
        [&] {
            std::string messages;
            std::string data;
            {
                CgraphErrorCapture capture(messages);
                const GraphHandle graph = build(messages);
                data = write_or_render(graph.get(), format, engine, messages);
            }
            messages += '\0';
            messages += data;
            return messages;
        },
        "Graphviz failed while drawing the " + std::string(what));
    const std::size_t end = sent.find('\0');
    result.warnings = warning_lines(sent.substr(0, end));
    sent.erase(0, end + 1);
    result.data = std::move(sent);
}

void set_map_graph_style(Agraph_t* graph, LayoutEngine engine, std::uint64_t layout_seed,
                         std::string_view overlap, bool large, double legend_font,
                         const std::string& legend) {
    set_attribute(graph, "layout", layout_engine_name(engine));
    if (engine == LayoutEngine::Neato || engine == LayoutEngine::Fdp ||
        engine == LayoutEngine::Sfdp) {
        set_attribute(graph, "start", std::to_string(layout_seed));
        set_attribute(graph, "overlap", overlap);
        set_attribute(graph, "sep", large ? "+2" : "+10");
    }
    if (engine == LayoutEngine::Dot) set_attribute(graph, "rankdir", "LR");
    set_attribute(graph, "splines", large ? "false" : "true");
    set_attribute(graph, "outputorder", "edgesfirst");
    set_attribute(graph, "bgcolor", "white");
    set_attribute(graph, "pad", "0.3");
    set_attribute(graph, "fontname", "Helvetica");
    set_attribute(graph, "fontsize", fixed2(legend_font));
    set_attribute(graph, "labelloc", "b");
    set_attribute(graph, "labeljust", "l");
    if (!legend.empty()) set_html_attribute(graph, graph, "label", legend);
}

void set_default_attribute(Agraph_t* graph, int kind, const char* name, const std::string& value) {
    CString name_text(name);
    CString value_text(value);
    agattr(graph, kind, name_text.get(), value_text.get());
}

}  // namespace coopnet::detail

namespace coopnet::detail {

std::string swatch_html(const LegendSwatch& swatch, double unit) {
    switch (swatch.kind) {
        case SwatchKind::None:
            return {};
        case SwatchKind::Colour:
            return colour_swatch(swatch.colour, unit);
        case SwatchKind::Outlined:
            return outlined_swatch(swatch.colour, swatch.border_colour, swatch.border,
                                   swatch.border_style, unit);
        case SwatchKind::DoubleOutlined:
            return double_outlined_swatch(swatch.colour, swatch.border_colour, unit);
        case SwatchKind::Line:
            return line_swatch(swatch.colour, unit, swatch.thickness);
        case SwatchKind::DashedLine:
            return dashed_line_swatch(swatch.colour, unit, swatch.thickness);
        case SwatchKind::Symbol:
            return "<td align=\"left\"><b>" + escape_html(swatch.symbol) + "</b></td>";
    }
    return {};
}

std::string legend_html(const MapLegend& legend) {
    const double unit = legend.font_size;
    std::string out =
        "<table border=\"0\" cellborder=\"0\" cellspacing=\"6\" cellpadding=\"0\">"
        "<tr><td colspan=\"3\" align=\"left\"><font point-size=\"" +
        fixed2(unit * 1.5) + "\"><b>" + escape_html(legend.heading) + "</b></font></td></tr>";
    for (const std::string& line : legend.lines) {
        out += "<tr><td colspan=\"3\" align=\"left\">" + escape_html(line) + "</td></tr>";
    }
    out += "<tr>";
    for (const LegendBlock& block : legend.blocks) {
        std::vector<LegendRow> rows;
        for (const LegendEntry& entry : block.entries) {
            rows.push_back(
                {swatch_html(entry.swatch, unit),
                 entry.wrapped ? html_lines(entry.text, kLegendWrap) : escape_html(entry.text)});
        }
        out += "<td valign=\"top\" align=\"left\">" + legend_block(block.heading, rows, unit) +
               "</td>";
    }
    return out + "</tr></table>";
}

namespace {

void set_graph_defaults(Agraph_t* g, const MapModel& model) {
    const auto node_default = [&](const char* name, const std::string& value) {
        set_default_attribute(g, AGNODE, name, value);
    };
    const ActorLook& look = model.actor_defaults;
    // cgraph does not write an empty default, so the default stays `\N` and unlabelled
    // actors get an explicit empty label.
    node_default("label", "\\N");
    node_default("fontname", "Helvetica");
    if (look.font_size) node_default("fontsize", fixed2(*look.font_size));
    if (look.shape) node_default("shape", *look.shape);
    if (look.style) node_default("style", *look.style);
    if (look.outline) node_default("color", *look.outline);
    if (look.outline_width) node_default("penwidth", fixed2(*look.outline_width));
    if (look.fixed_size) node_default("fixedsize", *look.fixed_size ? "true" : "false");
    node_default("margin", "0.08,0.04");
    set_default_attribute(g, AGEDGE, "penwidth", fixed2(model.tie_width));
    if (model.directed) set_default_attribute(g, AGEDGE, "arrowsize", "0.7");
}

void set_look(Agnode_t* node, const ActorLook& look) {
    if (look.shape) set_attribute(node, "shape", *look.shape);
    if (look.style) set_attribute(node, "style", *look.style);
    if (look.fixed_size) set_attribute(node, "fixedsize", *look.fixed_size ? "true" : "false");
    if (look.font_size) set_attribute(node, "fontsize", fixed2(*look.font_size));
    if (look.width) set_attribute(node, "width", fixed2(*look.width));
    if (look.height) set_attribute(node, "height", fixed2(*look.height));
    if (look.fill) set_attribute(node, "fillcolor", *look.fill);
    if (look.font_colour) set_attribute(node, "fontcolor", *look.font_colour);
    if (look.outline) set_attribute(node, "color", *look.outline);
    if (look.outlines) set_attribute(node, "peripheries", std::to_string(*look.outlines));
    if (look.outline_width) set_attribute(node, "penwidth", fixed2(*look.outline_width));
}

std::vector<Agraph_t*> add_clusters(Agraph_t* g, const MapModel& model) {
    std::vector<Agraph_t*> clusters;
    for (const MapCluster& cluster : model.clusters) {
        CString name("cluster_" + std::to_string(cluster.id));
        Agraph_t* subgraph = agsubg(g, name.get(), 1);
        set_attribute(subgraph, "label", cluster.label);
        set_attribute(subgraph, "style", "rounded,filled");
        set_attribute(subgraph, "fillcolor", "#F2F2F2");
        set_attribute(subgraph, "color", "#999999");
        set_attribute(subgraph, "fontcolor", "#555555");
        clusters.push_back(subgraph);
    }
    return clusters;
}

std::vector<Agnode_t*> add_actors(Agraph_t* g, const MapModel& model, MapFormat format) {
    const std::vector<Agraph_t*> clusters = add_clusters(g, model);
    std::vector<Agnode_t*> nodes;
    nodes.reserve(model.actors.size());
    for (const MapActor& actor : model.actors) {
        CString name(node_name(actor.id, format));
        Agnode_t* node = agnode(g, name.get(), 1);
        if (node == nullptr) throw OutputError("Graphviz refused the node of actor " + actor.id);
        nodes.push_back(node);
        if (actor.cluster) agsubnode(clusters.at(*actor.cluster), node, 1);
        if (!actor.css_class.empty()) set_attribute(node, "class", actor.css_class);
        set_attribute(node, "label", actor.label.empty() ? "" : graphviz_label(actor.label));
        set_look(node, actor.look);
        const std::string tooltip[] = {actor.tooltip};
        set_attribute(node, "tooltip", graphviz_label(tooltip));
    }
    return nodes;
}

/// One edge per tie of `model` (nullptr for suggested ties left out), in model order.
std::vector<Agedge_t*> add_ties(const MapModel& model, const std::vector<Agnode_t*>& nodes,
                                std::string_view what, bool suggested) {
    std::vector<Agedge_t*> edges;
    edges.reserve(model.ties.size());
    for (const MapTie& tie : model.ties) {
        if (tie.suggested && !suggested) {
            edges.push_back(nullptr);
            continue;
        }
        Agedge_t* edge = agedge(agroot(nodes.at(tie.first)), nodes.at(tie.first),
                                nodes.at(tie.second), nullptr, 1);
        if (edge == nullptr) {
            throw OutputError("Graphviz refused a " +
                              std::string(tie.suggested ? "suggested tie" : "tie") + " of the " +
                              std::string(what));
        }
        if (tie.style) set_attribute(edge, "style", *tie.style);
        if (!tie.colours.empty()) {
            std::string colour;
            for (const std::string& strand : tie.colours) {
                if (!colour.empty()) colour += ':';
                colour += strand;
            }
            set_attribute(edge, "color", colour);
        }
        if (tie.width) set_attribute(edge, "penwidth", fixed2(*tie.width));
        if (!tie.constraint) set_attribute(edge, "constraint", "false");
        if (!tie.arrow) set_attribute(edge, "dir", "none");
        if (!tie.css_class.empty()) set_attribute(edge, "class", tie.css_class);
        const std::string tooltip[] = {tie.tooltip};
        set_attribute(edge, "tooltip", graphviz_label(tooltip));
        edges.push_back(edge);
    }
    return edges;
}

/// What a model's Graphviz graph is for: to be drawn (with the legend and the suggested
/// ties) or only to place the actors (without either: a suggestion is no cooperation and
/// must not pull its actors together, so the positions do not depend on how many are shown).
enum class GraphUse { Drawing, Placement };

/// Sets every pinned actor's `pos` (Graphviz's y grows upwards): in points with `!` for
/// neato (and `inputscale=72`), or as plain points for the `nop` engine.
void set_pinned_positions(Agraph_t* g, const MapModel& model, MapFormat format, bool for_nop) {
    bool any = false;
    for (const MapActor& actor : model.actors) {
        if (!actor.pinned) continue;
        any = true;
        CString name(node_name(actor.id, format));
        Agnode_t* node = agnode(g, name.get(), 0);
        if (node == nullptr) continue;
        set_attribute(node, "pos", fixed2((*actor.pinned)[0]) + "," +
                                       fixed2(-(*actor.pinned)[1]) + (for_nop ? "" : "!"));
    }
    if (any && !for_nop) set_attribute(g, "inputscale", "72");
}

/// The Graphviz graph of `model` (see `draw_map_model`).
GraphHandle model_graph(std::string_view what, const MapModel& model, MapFormat format,
                        GraphUse use, std::string& messages,
                        std::vector<Agedge_t*>* edges = nullptr) {
    const bool with_legend = use == GraphUse::Drawing;
    CString graph_name(model.name);
    GraphHandle graph(agopen(graph_name.get(), model.directed ? Agdirected : Agundirected,
                             string_output_discipline()));
    if (!graph) {
        throw OutputError("Graphviz could not create the " + std::string(what) +
                          " graph: " + messages);
    }
    Agraph_t* g = graph.get();
    set_map_graph_style(g, model.layout, model.layout_seed, model.overlap, model.large,
                        model.legend.font_size, with_legend ? legend_html(model.legend) : "");
    set_graph_defaults(g, model);
    std::vector<Agedge_t*> added =
        add_ties(model, add_actors(g, model, format), what, use == GraphUse::Drawing);
    if (edges != nullptr) *edges = std::move(added);
    return graph;
}

}  // namespace

/// The length of an arrowhead in points (Graphviz's 10 times the maps' `arrowsize` 0.7).
constexpr double kArrowLength = 7.0;

/// Gives every edge of a placed map its line as Graphviz's `pos`: straight, from outline to
/// outline, as a cubic Bézier with its control points on the line (y upwards); on directed
/// maps the line stops short of the arrowhead, which `e,x,y` places at the outline.
void set_straight_lines(const MapModel& model, const MapPlacement& placement,
                        const std::vector<Agedge_t*>& edges) {
    const auto point = [](double x, double y) { return fixed2(x) + "," + fixed2(-y); };
    for (std::size_t t = 0; t < model.ties.size(); ++t) {
        if (edges[t] == nullptr) continue;
        const MapTie& tie = model.ties[t];
        const ActorPlace& a = placement.actors[tie.first];
        const ActorPlace& b = placement.actors[tie.second];
        const auto shape = [&](std::size_t i) {
            return effective_look(model.actor_defaults, model.actors[i].look).shape.value_or("box");
        };
        const bool arrow = model.directed && tie.arrow;
        auto [x1, y1, x2, y2] = tie_line(a, b, 0.0, shape(tie.first), shape(tie.second), true);
        std::string pos;
        const double length = std::hypot(x2 - x1, y2 - y1);
        if (arrow && length > 2.0 * kArrowLength) {
            pos = "e," + point(x2, y2) + " ";
            x2 -= (x2 - x1) / length * kArrowLength;
            y2 -= (y2 - y1) / length * kArrowLength;
        }
        pos += point(x1, y1) + " " + point(x1 + (x2 - x1) / 3, y1 + (y2 - y1) / 3) + " " +
               point(x1 + 2 * (x2 - x1) / 3, y1 + 2 * (y2 - y1) / 3) + " " + point(x2, y2);
        set_attribute(edges[t], "pos", pos);
    }
}

MapResult draw_map_model(std::string_view what, const MapModel& model, MapFormat format) {
    MapResult result;
    result.layout = model.layout;
    result.actors = model.actors.size();
    for (const MapTie& tie : model.ties) ++(tie.suggested ? result.suggestions : result.ties);
    const bool any_pinned = std::any_of(model.actors.begin(), model.actors.end(),
                                        [](const MapActor& actor) { return actor.pinned; });
    if (format == MapFormat::Dot || !model.clusters.empty()) {
        // DOT is the graph before any layout; clusters are laid out and drawn by Graphviz
        // (fdp), whose result varies from run to run (the header says why).
        // Built by draw_map in a child process, which Graphviz may crash.
        const auto build = [&](std::string& messages) {
            GraphHandle graph = model_graph(what, model, format, GraphUse::Drawing, messages);
            if (any_pinned) set_pinned_positions(graph.get(), model, format, false);
            return graph;
        };
        draw_map(what, format, model.layout, build, result);
        return result;
    }
    // Placed by Graphviz (pinned actors kept), then drawn by it with every actor and every
    // line where coopnet says (the nop2 engine routes nothing), so the same input gives the
    // same picture: Graphviz's own spline router orders by memory addresses.
    const MapPlacement placement = place_map_model(what, model);
    MapModel placed = model;
    placed.layout = LayoutEngine::Nop2;  // the graph's `layout` attribute overrides gvLayout's
    for (std::size_t i = 0; i < placed.actors.size(); ++i) {
        placed.actors[i].pinned = std::array<double, 2>{placement.actors[i].x,
                                                        placement.actors[i].y};
    }
    const auto build = [&](std::string& messages) {
        std::vector<Agedge_t*> edges;
        GraphHandle graph = model_graph(what, placed, format, GraphUse::Drawing, messages, &edges);
        set_pinned_positions(graph.get(), placed, format, true);
        set_straight_lines(placed, placement, edges);
        return graph;
    };
    draw_map(what, format, LayoutEngine::Nop2, build, result);
    result.layout = model.layout;
    return result;
}

namespace {

/// The centre and size of every actor after Graphviz's layout, in points as Graphviz has
/// them (y upwards), as text: four numbers per actor, in model order.
std::string layout_positions(std::string_view what, const MapModel& model) {
    std::string messages;
    CgraphErrorCapture capture(messages);
    const GraphHandle graph = model_graph(what, model, MapFormat::Svg, GraphUse::Placement, messages);
    Agraph_t* g = graph.get();
    set_pinned_positions(g, model, MapFormat::Svg, false);
    const std::string engine_name(layout_engine_name(model.layout));
    GVC_t* const context = gvc_context();
    if (context == nullptr) throw OutputError("Graphviz could not start: " + messages);
    if (gvLayout(context, g, engine_name.c_str()) != 0) {
        abandon_gvc_context();
        throw OutputError("Graphviz could not lay out the " + std::string(what) + " with " +
                          engine_name + ": " + messages);
    }
    LayoutGuard layout(context, g);
    std::string out;
    char number[128];
    for (const MapActor& actor : model.actors) {
        CString name(node_name(actor.id, MapFormat::Svg));
        Agnode_t* node = agnode(g, name.get(), 0);
        std::snprintf(number, sizeof number, "%.17g %.17g %.17g %.17g\n", ND_coord(node).x,
                      ND_coord(node).y, ND_width(node) * 72.0, ND_height(node) * 72.0);
        out += number;
    }
    return out;
}

/// `value` rounded to 2 decimals: the placement holds no more than a drawing shows, so
/// the last bits of Graphviz's arithmetic never reach a file.
double round2(double value) { return std::round(value * 100.0) / 100.0; }

}  // namespace

MapPlacement place_map_model(std::string_view what, const MapModel& model, double margin) {
    std::string text;
    {
        std::lock_guard<std::mutex> lock(cgraph_mutex());
        text = run_isolated([&] { return layout_positions(what, model); },
                            "Graphviz failed while laying out the " + std::string(what));
    }
    std::vector<ActorPlace> places(model.actors.size());
    std::istringstream in(text);
    for (ActorPlace& place : places) {
        in >> place.x >> place.y >> place.width >> place.height;
        place.y = -place.y;
    }
    if (!in) throw OutputError("Graphviz's layout of the " + std::string(what) + " was incomplete");
    // Pinned actors stay exactly where they were asked to be; the others move with them by
    // the mean offset between where they were asked to be and where Graphviz put them.
    double dx = 0.0;
    double dy = 0.0;
    std::size_t pinned = 0;
    for (std::size_t i = 0; i < places.size(); ++i) {
        if (!model.actors[i].pinned) continue;
        dx += (*model.actors[i].pinned)[0] - places[i].x;
        dy += (*model.actors[i].pinned)[1] - places[i].y;
        ++pinned;
    }
    if (pinned > 0) {
        dx /= double(pinned);
        dy /= double(pinned);
    }
    for (std::size_t i = 0; i < places.size(); ++i) {
        if (model.actors[i].pinned) {
            places[i].x = (*model.actors[i].pinned)[0];
            places[i].y = (*model.actors[i].pinned)[1];
        } else {
            places[i].x += dx;
            places[i].y += dy;
        }
    }
    MapPlacement placement;
    double left = 0.0;
    double top = 0.0;
    double right = 0.0;
    double bottom = 0.0;
    for (std::size_t i = 0; i < places.size(); ++i) {
        const ActorPlace& p = places[i];
        left = i == 0 ? p.x - p.width / 2 : std::min(left, p.x - p.width / 2);
        top = i == 0 ? p.y - p.height / 2 : std::min(top, p.y - p.height / 2);
        right = i == 0 ? p.x + p.width / 2 : std::max(right, p.x + p.width / 2);
        bottom = i == 0 ? p.y + p.height / 2 : std::max(bottom, p.y + p.height / 2);
    }
    // Pinned actors keep their coordinates: the drawing's corner moves instead (it may lie
    // left of or above the origin). Otherwise the corner is the origin.
    const double shift_x = pinned > 0 ? 0.0 : margin - left;
    const double shift_y = pinned > 0 ? 0.0 : margin - top;
    for (ActorPlace& p : places) {
        p = {round2(p.x + shift_x), round2(p.y + shift_y), round2(p.width), round2(p.height)};
    }
    placement.left = pinned > 0 ? round2(left - margin) : 0.0;
    placement.top = pinned > 0 ? round2(top - margin) : 0.0;
    placement.width = round2(right + shift_x + margin - placement.left);
    placement.height = round2(bottom + shift_y + margin - placement.top);
    placement.actors = std::move(places);
    return placement;
}

}  // namespace coopnet::detail
