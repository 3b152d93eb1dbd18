#include "viz/detail/map_drawing.hpp"

#include <cmath>
#include <mutex>
#include <utility>

#include "core/error.hpp"
#include "core/number_format.hpp"
#include "core/text.hpp"
#include "viz/detail/graphviz.hpp"
#include "viz/detail/isolated.hpp"
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
    return std::string(data, length);
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
    set_html_attribute(graph, graph, "label", legend);
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

void add_ties(const MapModel& model, const std::vector<Agnode_t*>& nodes, std::string_view what) {
    for (const MapTie& tie : model.ties) {
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
    }
}

}  // namespace

MapResult draw_map_model(std::string_view what, const MapModel& model, MapFormat format) {
    MapResult result;
    result.layout = model.layout;
    result.actors = model.actors.size();
    for (const MapTie& tie : model.ties) ++(tie.suggested ? result.suggestions : result.ties);
    const std::string legend = legend_html(model.legend);
    // Built by draw_map in a child process, which Graphviz may crash.
    const auto build = [&](std::string& messages) {
        CString graph_name(model.name);
        GraphHandle graph(agopen(graph_name.get(), model.directed ? Agdirected : Agundirected,
                                 string_output_discipline()));
        if (!graph) {
            throw OutputError("Graphviz could not create the " + std::string(what) +
                              " graph: " + messages);
        }
        Agraph_t* g = graph.get();
        set_map_graph_style(g, model.layout, model.layout_seed, model.overlap, model.large,
                            model.legend.font_size, legend);
        set_graph_defaults(g, model);
        add_ties(model, add_actors(g, model, format), what);
        return graph;
    };
    draw_map(what, format, model.layout, build, result);
    return result;
}

}  // namespace coopnet::detail
