#include "viz/diff_map.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <utility>
#include <vector>

#include "core/error.hpp"
#include "viz/detail/graphviz.hpp"
#include "viz/detail/map_drawing.hpp"
#include "viz/label_text.hpp"
#include "viz/palette.hpp"

namespace coopnet {

namespace {

using detail::fixed2;
using detail::LegendRow;
using detail::set_attribute;

constexpr std::size_t kLegendWrap = 34;
constexpr std::string_view kLostTextColour = "#555555";
/// The fill of lost actors: their colour at this opacity (hex alpha 0x59 = 35 %).
constexpr std::string_view kLostFillAlpha = "59";

/// One actor of the union of both states.
struct DrawnActor {
    const Actor* actor = nullptr;  ///< from the state after when present there
    ChangeStatus status = ChangeStatus::Kept;
};

/// One merged tie of the union.
struct DrawnLine {
    std::size_t first = 0;  ///< index into the drawn actors
    std::size_t second = 0;
    ChangeStatus status = ChangeStatus::Kept;
};

bool contains(const std::vector<std::string>& sorted, const std::string& id) {
    return std::binary_search(sorted.begin(), sorted.end(), id);
}

void check_diff(const Network& before, const Network& after, const NetworkDiff& diff) {
    const auto mismatch = [](const std::string& why) {
        return InvalidArgument("diff map: the diff does not describe these networks: " + why);
    };
    if (before.directed() != diff.directed || after.directed() != diff.directed) {
        throw mismatch("directed and undirected differ");
    }
    if (diff.actors.before() != before.actor_count() ||
        diff.actors.after() != after.actor_count()) {
        throw mismatch("the numbers of actors differ");
    }
    for (const auto* list : {&diff.actors.kept, &diff.actors.lost}) {
        for (const std::string& id : *list) {
            if (!before.find(id)) throw mismatch("actor '" + id + "' is not in the state before");
        }
    }
    for (const auto* list : {&diff.actors.kept, &diff.actors.added}) {
        for (const std::string& id : *list) {
            if (!after.find(id)) throw mismatch("actor '" + id + "' is not in the state after");
        }
    }
}

/// The union network (for the colours): kept and new actors as after has them, lost ones
/// as before has them, in drawing order; no ties.
Network union_network(const std::vector<DrawnActor>& actors, bool directed) {
    NetworkBuilder builder;
    builder.set_directed(directed);
    for (const DrawnActor& drawn : actors) builder.add_actor(*drawn.actor);
    return builder.build();
}

}  // namespace

std::string_view change_status_name(ChangeStatus status) {
    switch (status) {
        case ChangeStatus::Kept:
            return "kept";
        case ChangeStatus::Lost:
            return "lost";
        case ChangeStatus::New:
            return "new";
    }
    return "kept";
}

MapResult render_diff_map(const Network& before, const Network& after, const NetworkDiff& diff,
                          const DiffMapOptions& options) {
    // ---- validate before any work
    if (options.color_by.empty()) throw InvalidArgument("diff map: the colour attribute is empty");
    check_diff(before, after, diff);
    const Words w(options.language);

    // ---- the union: before's actors in its order, then the new ones in after's order
    std::vector<DrawnActor> actors;
    actors.reserve(diff.actors.kept.size() + diff.actors.lost.size() + diff.actors.added.size());
    std::map<std::string_view, std::size_t> index_of;
    for (NodeId v = 0; v < before.actor_count(); ++v) {
        const Actor& actor = before.actor(v);
        if (contains(diff.actors.kept, actor.id)) {
            actors.push_back({&after.actor(*after.find(actor.id)), ChangeStatus::Kept});
        } else {
            actors.push_back({&actor, ChangeStatus::Lost});
        }
        index_of.emplace(actors.back().actor->id, actors.size() - 1);
    }
    for (NodeId v = 0; v < after.actor_count(); ++v) {
        const Actor& actor = after.actor(v);
        if (!contains(diff.actors.added, actor.id)) continue;
        actors.push_back({&actor, ChangeStatus::New});
        index_of.emplace(actor.id, actors.size() - 1);
    }

    std::vector<DrawnLine> lines;
    std::array<std::size_t, 3> tie_counts{};
    const auto add_lines = [&](const std::vector<TiePair>& pairs, ChangeStatus status) {
        for (const TiePair& pair : pairs) {
            const auto first = index_of.find(pair.first);
            const auto second = index_of.find(pair.second);
            if (first == index_of.end() || second == index_of.end()) {
                throw InvalidArgument(
                    "diff map: the diff does not describe these networks: the "
                    "tie " +
                    pair.first + " - " + pair.second + " joins an actor of neither");
            }
            lines.push_back({first->second, second->second, status});
            ++tie_counts[static_cast<std::size_t>(status)];
        }
    };
    add_lines(diff.ties.lost, ChangeStatus::Lost);
    add_lines(diff.ties.added, ChangeStatus::New);
    add_lines(diff.ties.kept, ChangeStatus::Kept);

    const std::size_t n = actors.size();
    const bool large = n > kLargeMapActors;
    LayoutEngine engine = options.layout;
    if (engine == LayoutEngine::Automatic)
        engine = large ? LayoutEngine::Sfdp : LayoutEngine::Neato;

    const Network everyone = union_network(actors, diff.directed);
    const ActorColours colours = colour_actors(everyone, options.color_by);

    std::vector<std::size_t> degree(n, 0);
    for (const DrawnLine& line : lines) {
        ++degree[line.first];
        ++degree[line.second];
    }
    const std::size_t label_count =
        std::min(n, options.labels.value_or(large ? kLargeMapLabels : n));
    std::vector<std::size_t> order(n);
    for (std::size_t i = 0; i < n; ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return degree[a] > degree[b]; });
    std::vector<bool> labelled(n, false);
    for (std::size_t i = 0; i < label_count; ++i) labelled[order[i]] = true;

    // ---- the legend
    const double legend_font = large ? 12.0 * std::sqrt(double(n) / kLargeMapActors) : 12.0;
    std::string legend;
    {
        std::vector<std::size_t> group_counts(colours.groups.size(), 0);
        for (std::size_t i = 0; i < n; ++i) ++group_counts[colours.actor_group[i]];
        std::vector<LegendRow> group_rows;
        for (std::size_t g = 0; g < colours.groups.size(); ++g) {
            if (group_counts[g] == 0) continue;
            std::string group = colours.groups[g];
            if (options.color_by == "sector") {
                group = w.sector(group);
            } else if (group == "(none)") {
                group = w(Word::NoGroup);
            }
            group_rows.push_back(
                {detail::colour_swatch(colours.colours[g], legend_font),
                 detail::html_lines(group + " (" + w.integer(static_cast<long long>(group_counts[g])) + ")",
                                    kLegendWrap)});
        }
        const auto counted = [&](Word phrase, std::size_t count) {
            return detail::html_lines(std::string(w(phrase)) + " (" +
                                          w.integer(static_cast<long long>(count)) + ")",
                                      kLegendWrap);
        };
        const std::vector<LegendRow> tie_rows{
            {detail::line_swatch(kKeptColour, legend_font, kKeptTieWidth / 2.0),
             counted(Word::DiffKeptTie, tie_counts[static_cast<std::size_t>(ChangeStatus::Kept)])},
            {detail::dashed_line_swatch(kLostColour, legend_font, kLostTieWidth / 2.0),
             counted(Word::DiffLostTie, tie_counts[static_cast<std::size_t>(ChangeStatus::Lost)])},
            {detail::line_swatch(kNewColour, legend_font, kNewTieWidth / 2.0),
             counted(Word::DiffNewTie, tie_counts[static_cast<std::size_t>(ChangeStatus::New)])},
        };
        const std::string plain = std::string(kUncolouredGrey);
        std::vector<LegendRow> actor_rows{
            {detail::outlined_swatch(plain, kKeptColour, 1, "", legend_font),
             counted(Word::DiffKeptActor, diff.actors.kept.size())},
            {detail::outlined_swatch(plain + std::string(kLostFillAlpha), kLostColour, 2, "dashed",
                                     legend_font),
             counted(Word::DiffLostActor, diff.actors.lost.size())},
            {detail::double_outlined_swatch(plain, kNewColour, legend_font),
             counted(Word::DiffNewActor, diff.actors.added.size())},
        };
        if (diff.directed) actor_rows.push_back({"", detail::html_lines(w(Word::DiffArrow), kLegendWrap)});
        if (label_count < n) {
            actor_rows.push_back(
                {"",
                 detail::html_lines(w(Word::DiffLabels, {std::to_string(label_count)}),
                                    kLegendWrap)});
        }

        const std::string heading = !options.title.empty()   ? options.title
                                    : !after.name().empty()  ? after.name()
                                    : !before.name().empty() ? before.name()
                                                             : std::string(w(Word::Network));
        std::string states;
        if (!options.before_name.empty()) states += std::string(w(Word::Before)) + ": " + options.before_name;
        if (!options.after_name.empty()) {
            if (!states.empty()) states += " · ";
            states += std::string(w(Word::After)) + ": " + options.after_name;
        }
        const std::string about =
            w.count(Word::Actors, n) + ", " + w.count(Word::TiedPairs, lines.size());
        legend =
            "<table border=\"0\" cellborder=\"0\" cellspacing=\"6\" cellpadding=\"0\">"
            "<tr><td colspan=\"3\" align=\"left\"><font point-size=\"" +
            fixed2(legend_font * 1.5) + "\"><b>" + escape_html(heading) + "</b></font></td></tr>";
        if (!states.empty()) {
            legend += "<tr><td colspan=\"3\" align=\"left\">" + escape_html(states) + "</td></tr>";
        }
        legend += "<tr><td colspan=\"3\" align=\"left\">" + escape_html(about) + "</td></tr>";
        const std::string colour_heading =
            options.color_by == "sector" ? std::string(w(Word::LegendSector)) : options.color_by;
        legend += "<tr><td valign=\"top\" align=\"left\">" +
                  detail::legend_block(colour_heading, group_rows, legend_font) +
                  "</td><td valign=\"top\" align=\"left\">" +
                  detail::legend_block(w(Word::DiffLegendTies), tie_rows, legend_font) +
                  "</td><td valign=\"top\" align=\"left\">" +
                  detail::legend_block(w(Word::DiffLegendActors), actor_rows, legend_font) +
                  "</td></tr></table>";
    }

    // ---- the Graphviz graph
    MapResult result;
    result.layout = engine;
    result.actors = n;
    result.ties = lines.size();

    // Built by draw_map in a child process, which Graphviz may crash.
    const auto build = [&](std::string& messages) {
        detail::CString graph_name("diff");
        detail::GraphHandle graph(agopen(graph_name.get(),
                                         diff.directed ? Agdirected : Agundirected,
                                         detail::string_output_discipline()));
        if (!graph) throw OutputError("Graphviz could not create the diff map graph: " + messages);
        Agraph_t* g = graph.get();

        detail::set_map_graph_style(g, engine, options.layout_seed, "prism", large, legend_font,
                                    legend);

        const auto node_default = [&](const char* name, const std::string& value) {
            detail::set_default_attribute(g, AGNODE, name, value);
        };
        node_default("label", "\\N");
        node_default("fontname", "Helvetica");
        node_default("fontsize", large ? fixed2(legend_font) : "11");
        node_default("shape", large ? "circle" : "box");
        node_default("style", large ? "filled" : "rounded,filled");
        node_default("color", std::string(kKeptColour));
        node_default("penwidth", "1");
        node_default("fixedsize", large ? "true" : "false");
        node_default("margin", "0.08,0.04");
        const auto edge_default = [&](const char* name, const std::string& value) {
            detail::set_default_attribute(g, AGEDGE, name, value);
        };
        edge_default("penwidth", "1");
        if (diff.directed) edge_default("arrowsize", "0.7");

        const std::string arrow = diff.directed ? " -> " : " - ";
        std::vector<Agnode_t*> nodes(n, nullptr);
        for (std::size_t i = 0; i < n; ++i) {
            const Actor& actor = *actors[i].actor;
            detail::CString name(detail::node_name(actor.id, options.format));
            Agnode_t* node = agnode(g, name.get(), 1);
            if (node == nullptr)
                throw OutputError("Graphviz refused the node of actor " + actor.id);
            nodes[i] = node;
            const std::string& fill = colours.colours[colours.actor_group[i]];
            const ChangeStatus status = actors[i].status;
            set_attribute(node, "class", change_status_name(status));
            if (labelled[i]) {
                set_attribute(node, "label",
                              graphviz_label(wrap_words(actor.display_name(), options.wrap_width)));
                if (large) {
                    set_attribute(node, "shape", "box");
                    set_attribute(node, "style", "rounded,filled");
                    set_attribute(node, "fixedsize", "false");
                }
            } else {
                set_attribute(node, "label", "");
                const double size = large ? 0.12 : 0.25;
                set_attribute(node, "width", fixed2(size));
                set_attribute(node, "height", fixed2(size));
                if (!large) {
                    set_attribute(node, "shape", "circle");
                    set_attribute(node, "fixedsize", "true");
                }
            }
            const std::string style = labelled[i] ? "rounded,filled" : "filled";
            switch (status) {
                case ChangeStatus::Kept:
                    set_attribute(node, "fillcolor", fill);
                    set_attribute(node, "fontcolor", std::string(contrasting_text_colour(fill)));
                    break;
                case ChangeStatus::Lost:
                    set_attribute(node, "fillcolor", fill + std::string(kLostFillAlpha));
                    set_attribute(node, "fontcolor", std::string(kLostTextColour));
                    set_attribute(node, "color", std::string(kLostColour));
                    set_attribute(node, "style", style + ",dashed");
                    set_attribute(node, "penwidth", "1.5");
                    break;
                case ChangeStatus::New:
                    set_attribute(node, "fillcolor", fill);
                    set_attribute(node, "fontcolor", std::string(contrasting_text_colour(fill)));
                    set_attribute(node, "color", std::string(kNewColour));
                    set_attribute(node, "peripheries", "2");
                    set_attribute(node, "penwidth", "2");
                    break;
            }
        const std::string word(w(status == ChangeStatus::Kept   ? Word::DiffKeptActor
                                 : status == ChangeStatus::Lost ? Word::DiffLostActor
                                                                : Word::DiffNewActor));
            const std::vector<std::string> tooltip{actor.display_name() + ": " +
                                                   word.substr(word.find(": ") + 2)};
            set_attribute(node, "tooltip", graphviz_label(tooltip));
        }

        for (const DrawnLine& line : lines) {
            Agedge_t* edge = agedge(g, nodes[line.first], nodes[line.second], nullptr, 1);
            if (edge == nullptr) throw OutputError("Graphviz refused a tie of the diff map");
            const double scale = large ? 0.5 : 1.0;
        Word word = Word::DiffKeptTie;
            switch (line.status) {
                case ChangeStatus::Kept:
                    set_attribute(edge, "color", std::string(kKeptColour));
                    set_attribute(edge, "style", "solid");
                    set_attribute(edge, "penwidth", fixed2(kKeptTieWidth * scale));
                    break;
                case ChangeStatus::Lost:
                    set_attribute(edge, "color", std::string(kLostColour));
                    set_attribute(edge, "style", "dashed");
                    set_attribute(edge, "penwidth", fixed2(kLostTieWidth * scale));
                word = Word::DiffLostTie;
                    break;
                case ChangeStatus::New:
                    set_attribute(edge, "color", std::string(kNewColour));
                    set_attribute(edge, "style", "solid");
                    set_attribute(edge, "penwidth", fixed2(kNewTieWidth * scale));
                word = Word::DiffNewTie;
                    break;
            }
            set_attribute(edge, "class", change_status_name(line.status));
        const std::string text(w(word));
            const std::vector<std::string> tooltip{actors[line.first].actor->display_name() +
                                                   arrow +
                                                   actors[line.second].actor->display_name() +
                                                   ": " + text.substr(text.find(": ") + 2)};
            set_attribute(edge, "tooltip", graphviz_label(tooltip));
        }
        return graph;
    };
    detail::draw_map("diff map", options.format, engine, build, result);
    return result;
}

}  // namespace coopnet
