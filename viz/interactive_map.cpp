#include "viz/interactive_map.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <utility>

#include "core/error.hpp"
#include "core/number_format.hpp"
#include "viz/actor_profiles.hpp"
#include "viz/analysis_words.hpp"
#include "viz/detail/map_drawing.hpp"
#include "viz/interactive_map_assets.hpp"  // generated from viz/assets/ (viz/CMakeLists.txt)
#include "viz/label_text.hpp"
#include "viz/map_svg.hpp"

namespace coopnet {

namespace {

using Json = nlohmann::ordered_json;

/// The periods of every tie of `network` by (pair, kind): ordered pairs when directed.
using TiePeriods = std::map<std::tuple<NodeId, NodeId, std::string>, std::vector<Period>>;

TiePeriods tie_periods(const Network& network) {
    TiePeriods periods;
    const auto add = [&](const TieRef& tie) {
        if (tie.is_self_tie()) return;
        NodeId a = tie.source;
        NodeId b = tie.target;
        if (!network.directed() && a > b) std::swap(a, b);
        periods[{a, b, std::string(tie.kind)}].push_back(tie.period);
    };
    for (const TieRef& tie : network.ties()) add(tie);
    for (const TieRef& tie : network.projected_ties()) add(tie);
    return periods;
}

Json date_json(const std::optional<PartialDate>& date) {
    return date ? Json(date->to_string()) : Json(nullptr);
}

/// Per strand of the drawing (in the order map_svg writes them): the periods of its ties
/// as [since, until] (null = open), or null for a suggested tie; and the years they span.
struct Strands {
    Json periods = Json::array();
    std::optional<int> first_year;
    std::optional<int> last_year;
};

Strands strand_periods(const Network& network, const MapModel& model,
                       const std::vector<NodeId>& view) {
    const TiePeriods all = tie_periods(network);
    Strands strands;
    const auto see = [&](const std::optional<PartialDate>& date) {
        if (!date) return;
        strands.first_year = std::min(strands.first_year.value_or(date->year), int(date->year));
        strands.last_year = std::max(strands.last_year.value_or(date->year), int(date->year));
    };
    for (const MapTie& tie : model.ties) {
        if (tie.kinds.empty()) {
            strands.periods.push_back(nullptr);
            continue;
        }
        NodeId a = view.at(tie.first);
        NodeId b = view.at(tie.second);
        if (!network.directed() && a > b) std::swap(a, b);
        for (const auto& [kind, colour] : tie.kinds) {
            Json list = Json::array();
            const auto found = all.find({a, b, kind});
            if (found != all.end()) {
                for (const Period& period : found->second) {
                    list.push_back(Json::array({date_json(period.since), date_json(period.until)}));
                    see(period.since);
                    see(period.until);
                }
            }
            strands.periods.push_back(std::move(list));
        }
    }
    return strands;
}

/// The words the script shows, in the map's language.
Json script_words(const Words& w) {
    return Json{{"allYears", w(Word::MapAllYears)},
                {"noMatch", w(Word::MapNoMatch)},
                {"community", w(Word::MapCommunity)},
                {"cutPoint", w(Word::MapCutPoint)},
                {"cutOff", w(Word::MapCutOff)},
                {"andMore", w(Word::AndMore)},
                {"partners", w(Word::MapPartners)},
                {"noPartners", w(Word::MapNoPartners)},
                {"measures", w(Word::MapMeasures)},
                {"roles", w(Word::MapRoles)},
                {"suggestions", w(Word::MapSuggestions)},
                {"via", w(Word::MapVia)},
                {"since", w(Word::MapSince)},
                {"until", w(Word::MapUntil)},
                {"close", w(Word::MapClose)}};
}

/// The filters under the map: sectors (with the colour of their first actor when the
/// colour is the sector), tie kinds, suggestions, and the year slider.
std::string filters_html(const Network& network, const MapModel& model,
                         const std::vector<NodeId>& view, const MapOptions& options,
                         const Strands& strands, const Words& w) {
    std::map<std::string, std::size_t> sector_count;
    std::map<std::string, std::string> sector_colour;
    for (std::size_t i = 0; i < view.size(); ++i) {
        const std::string& sector = network.actor(view[i]).sector;
        ++sector_count[sector];
        if (!sector_colour.count(sector)) sector_colour[sector] = model.actors[i].look.fill.value_or("");
    }
    std::vector<std::pair<std::string, std::size_t>> sectors(sector_count.begin(), sector_count.end());
    std::stable_sort(sectors.begin(), sectors.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
    std::string out = "<div class=\"cmap-filters\">\n<fieldset><legend>" +
                      escape_html(w(Word::MapFilterSectors)) + "</legend>";
    for (const auto& [sector, count] : sectors) {
        out += "<label><input type=\"checkbox\" checked data-sector=\"" + escape_html(sector) + "\">";
        if (options.color_by == "sector" && !sector_colour[sector].empty()) {
            out += "<span class=\"swatch\" style=\"background:" + escape_html(sector_colour[sector]) +
                   "\"></span>";
        }
        out += escape_html(w.sector(sector)) + " (" + w.integer(static_cast<long long>(count)) +
               ")</label>";
    }
    out += "</fieldset>\n";
    std::vector<std::array<std::string, 2>> kinds;
    bool any_suggested = false;
    for (const MapTie& tie : model.ties) {
        any_suggested = any_suggested || tie.suggested;
        for (const auto& kind : tie.kinds) {
            if (std::find(kinds.begin(), kinds.end(), kind) == kinds.end()) kinds.push_back(kind);
        }
    }
    std::sort(kinds.begin(), kinds.end());
    if (!kinds.empty()) {
        out += "<fieldset><legend>" + escape_html(w(Word::MapFilterKinds)) + "</legend>";
        for (const auto& [kind, colour] : kinds) {
            out += "<label><input type=\"checkbox\" checked data-kind=\"" + escape_html(kind) +
                   "\"><span class=\"line\" style=\"border-color:" + escape_html(colour) +
                   "\"></span>" + escape_html(tie_kind_display_name(network, kind, w)) + "</label>";
        }
        out += "</fieldset>\n";
    }
    if (any_suggested) {
        out += "<fieldset><legend>" + escape_html(w(Word::MapSuggestions)) +
               "</legend><label><input type=\"checkbox\" checked id=\"show-suggestions\">" +
               escape_html(w(Word::MapFilterSuggestions)) + "</label></fieldset>\n";
    }
    out += "<fieldset><legend><label for=\"year\">" + escape_html(w(Word::MapFilterYear)) +
           "</label></legend>";
    if (strands.first_year) {
        const int low = *strands.first_year - 1;  // the minimum stands for all years
        out += "<input type=\"range\" id=\"year\" min=\"" + std::to_string(low) + "\" max=\"" +
               std::to_string(*strands.last_year) + "\" step=\"1\" value=\"" +
               std::to_string(low) + "\"><span id=\"year-text\">" +
               escape_html(w(Word::MapAllYears)) + "</span>";
    } else {
        out += "<input type=\"range\" id=\"year\" min=\"0\" max=\"0\" value=\"0\" disabled>"
               "<span id=\"year-text\" class=\"muted\">" +
               escape_html(w(Word::MapNoYears)) + "</span>";
    }
    return out + "</fieldset>\n</div>\n";
}

/// The legend's third block (brokers, cut points, bridges, suggestions) as one line.
std::string marks_html(const MapModel& model) {
    const LegendBlock& marks = model.legend.blocks[2];
    if (marks.entries.empty()) return {};
    std::string out = "<div class=\"cmap-legend\"><strong>" + escape_html(marks.heading) +
                      ":</strong> <ul>";
    for (const LegendEntry& entry : marks.entries) out += "<li>" + escape_html(entry.text) + "</li>";
    return out + "</ul></div>\n";
}

std::string swatch_html(const LegendSwatch& swatch) {
    const std::string colour = escape_html(swatch.colour);
    const std::string border = escape_html(swatch.border_colour);
    switch (swatch.kind) {
        case SwatchKind::None:
            return "<span class=\"swatch none\"></span>";
        case SwatchKind::Colour:
            return "<span class=\"swatch\" style=\"background:" + colour + "\"></span>";
        case SwatchKind::Outlined:
            return "<span class=\"swatch\" style=\"background:" + colour + ";border:" +
                   std::to_string(swatch.border) + "px " +
                   (swatch.border_style.empty() ? "solid" : escape_html(swatch.border_style)) +
                   " " + border + "\"></span>";
        case SwatchKind::DoubleOutlined:
            return "<span class=\"swatch\" style=\"background:" + colour + ";border:4px double " +
                   border + "\"></span>";
        case SwatchKind::Line:
        case SwatchKind::DashedLine:
            return "<span class=\"line\" style=\"border-color:" + colour + ";border-top-width:" +
                   format_number(std::round(2.0 * swatch.thickness * 10.0) / 10.0) + "px" +
                   (swatch.kind == SwatchKind::DashedLine ? ";border-top-style:dashed" : "") +
                   "\"></span>";
        case SwatchKind::Symbol:
            return "<strong>" + escape_html(swatch.symbol) + "</strong>";
    }
    return {};
}

}  // namespace

std::string map_legend_html(const MapLegend& legend) {
    std::string out = "<div class=\"map-legend\">\n<p><strong>" + escape_html(legend.heading) +
                      "</strong></p>\n";
    for (const std::string& line : legend.lines) out += "<p>" + escape_html(line) + "</p>\n";
    out += "<div class=\"blocks\">\n";
    for (const LegendBlock& block : legend.blocks) {
        if (block.entries.empty()) continue;
        out += "<div><h4>" + escape_html(block.heading) + "</h4><ul>";
        for (const LegendEntry& entry : block.entries) {
            out += "<li>" + swatch_html(entry.swatch) + " " + escape_html(entry.text) + "</li>";
        }
        out += "</ul></div>\n";
    }
    return out + "</div>\n</div>\n";
}

std::string script_safe_json(std::string_view json) {
    std::string out;
    out.reserve(json.size() + json.size() / 16);
    for (const char c : json) {
        switch (c) {
            case '<': out += "\\u003c"; break;
            case '>': out += "\\u003e"; break;
            case '&': out += "\\u0026"; break;
            default: out += c;
        }
    }
    return out;
}

InteractiveMap interactive_map(const Network& network, const NetworkAnalysis& analysis,
                               const MapOptions& options) {
    if (options.clusters) {
        throw InvalidArgument(
            "the interactive map shows no boxed clusters (each actor's profile names its "
            "community); draw them with -o FILE.svg, .png or .pdf");
    }
    const Words w(options.language);
    const MapAnalysis drawn = map_analysis(analysis, options.size_by);
    InteractiveMap map;
    map.model = network_map_model(network, drawn, options);
    std::vector<NodeId> view;
    view.reserve(map.model.actors.size());
    for (MapActor& actor : map.model.actors) {
        const NodeId v = *network.find(actor.id);
        view.push_back(v);
        actor.tooltip = network.actor(v).display_name() + " – " + w.sector(network.actor(v).sector);
    }
    map.placement = detail::place_map_model("map", map.model);
    const Strands strands = strand_periods(network, map.model, view);

    Json data;
    data["words"] = script_words(w);
    data["actorCount"] = network.actor_count();
    Json kind_names = Json::object();
    Json kind_order = Json::object();
    std::set<std::string> kinds;
    for (const MapTie& tie : map.model.ties) {
        for (const auto& kind : tie.kinds) kinds.insert(kind[0]);
    }
    for (const std::string& kind : kinds) {
        kind_order[kind] = kind_order.size();
        kind_names[kind] = tie_kind_display_name(network, kind, w);
    }
    data["kindNames"] = std::move(kind_names);
    data["kindOrder"] = std::move(kind_order);
    data["strands"] = strands.periods;
    data["profiles"] = actor_profiles_json(network, analysis, view, options.language);

    MapSvgOptions svg;
    svg.title = w(Word::MapHeading);
    std::string& out = map.html;
    out += "<div class=\"cmap\" id=\"cmap\">\n<div class=\"cmap-toolbar\">\n<div class=\"cmap-search\">"
           "<input type=\"search\" id=\"search\" autocomplete=\"off\" placeholder=\"" +
           escape_html(w(Word::MapSearch)) + "\" aria-label=\"" +
           escape_html(w(Word::MapSearchLabel)) +
           "\"><div id=\"search-results\" role=\"listbox\"></div></div>\n"
           "<div class=\"cmap-zoom\"><button type=\"button\" id=\"zoom-in\" title=\"" +
           escape_html(w(Word::MapZoomIn)) + "\">+</button> <button type=\"button\" id=\"zoom-out\" title=\"" +
           escape_html(w(Word::MapZoomOut)) + "\">−</button> <button type=\"button\" id=\"zoom-reset\">" +
           escape_html(w(Word::MapZoomReset)) + "</button></div>\n<p class=\"note hint\">" +
           escape_html(w(Word::MapHelp)) + "</p>\n</div>\n<div class=\"cmap-body\">\n"
           "<div class=\"cmap-stage\" tabindex=\"0\">\n" +
           map_svg(map.model, map.placement, svg) + "</div>\n<aside id=\"profile\" aria-live=\"polite\"><p class=\"muted\">" +
           escape_html(w(Word::MapProfileHint)) + "</p></aside>\n</div>\n" +
           filters_html(network, map.model, view, options, strands, w) + marks_html(map.model) +
           "<script type=\"application/json\" id=\"cmap-data\">" + script_safe_json(data.dump()) +
           "</script>\n</div>\n";
    return map;
}

namespace {

ActorPositions positions_by_id(const MapModel& model, const MapPlacement& placement) {
    ActorPositions positions;
    for (std::size_t i = 0; i < model.actors.size(); ++i) {
        positions[model.actors[i].id] = {placement.actors[i].x, placement.actors[i].y};
    }
    return positions;
}

}  // namespace

ActorPositions actor_positions(const InteractiveMap& map) {
    return positions_by_id(map.model, map.placement);
}

ActorPositions map_positions(const Network& network, const MapAnalysis& analysis,
                             const MapOptions& options) {
    const MapModel model = network_map_model(network, analysis, options);
    return positions_by_id(model, detail::place_map_model("map", model));
}

std::string_view interactive_map_style() { return kInteractiveMapStyle; }
std::string_view interactive_map_script() { return kInteractiveMapScript; }

std::string interactive_map_page(const Network& network, const NetworkAnalysis& analysis,
                                 const MapOptions& options) {
    const Words w(options.language);
    const std::string title = !options.title.empty()
                                  ? options.title
                                  : (network.name().empty() ? std::string(w(Word::MapHeading))
                                                            : network.name());
    const InteractiveMap map = interactive_map(network, analysis, options);
    std::string page = "<!DOCTYPE html>\n<html lang=\"" + std::string(w.german() ? "de" : "en") +
                       "\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" "
                       "content=\"width=device-width, initial-scale=1\">\n<title>" +
                       escape_html(title) + "</title>\n<style>\n" +
                       "body{margin:0;font:15px/1.45 system-ui,-apple-system,\"Segoe UI\",Roboto,Arial,sans-serif}\n"
                       "main{padding:14px 20px}\nh1{font-size:1.5em;margin:0 0 2px}\n"
                       ".subtitle,.note{color:#5b6473;margin:0 0 8px;font-size:.9em}\n"
                       "@page{size:A4 landscape;margin:12mm}\n@media print{main{padding:0}.hint{display:none}}\n" +
                       std::string(kInteractiveMapStyle) + "</style>\n</head>\n<body>\n<main>\n<h1>" +
                       escape_html(title) + "</h1>\n";
    if (!options.subtitle.empty()) page += "<p class=\"subtitle\">" + escape_html(options.subtitle) + "</p>\n";
    page += map.html + "</main>\n<script>\n" + std::string(kInteractiveMapScript) +
            "</script>\n</body>\n</html>\n";
    return page;
}

}  // namespace coopnet
