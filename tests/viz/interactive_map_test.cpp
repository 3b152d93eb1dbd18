// The interactive map (viz/interactive_map.hpp): the page's contract with its script and
// the end-to-end tests, determinism, escaping, words, the year slider, and the change
// map's shared positions.
#include "viz/interactive_map.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>
#include <cstddef>
#include <nlohmann/json.hpp>
#include <optional>
#include <regex>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "analysis/change/network_diff.hpp"
#include "analysis/network_analysis.hpp"
#include "core/error.hpp"
#include "io/network_format.hpp"
#include "tests/viz/text_search.hpp"
#include "tests/viz/viz_test_networks.hpp"
#include "viz/detail/map_drawing.hpp"
#include "viz/diff_map.hpp"

using namespace coopnet;
using namespace coopnet::viz_testing;

namespace {

NetworkAnalysis full_analysis(const Network& network) {
    return analyze_network(network, {CommunityOptions{}, BrokersAndGapsOptions{}, std::nullopt});
}

std::string page_of(const Network& network, const MapOptions& options = {}) {
    return interactive_map_page(network, full_analysis(network), options);
}

// Padgett's Florentine families, marriage ties (15 families, 20 ties, as
// nx.florentine_families_graph()), with sectors made up for the filters: 3 distinct.
Network florentine(const std::string& medici_label = {}) {
    return build(
        {{"Acciaiuoli", "banking"},
         {"Medici", "banking", medici_label},
         {"Castellani", "wool"},
         {"Peruzzi", "banking"},
         {"Strozzi", "banking"},
         {"Barbadori", "wool"},
         {"Ridolfi", "politics"},
         {"Tornabuoni", "politics"},
         {"Albizzi", "politics"},
         {"Salviati", "wool"},
         {"Pazzi", "banking"},
         {"Bischeri", "wool"},
         {"Guadagni", "politics"},
         {"Ginori", "wool"},
         {"Lamberteschi", "wool"}},
        {{"Acciaiuoli", "Medici"},  {"Medici", "Barbadori"},     {"Medici", "Ridolfi"},
         {"Medici", "Tornabuoni"},  {"Medici", "Albizzi"},       {"Medici", "Salviati"},
         {"Castellani", "Peruzzi"}, {"Castellani", "Strozzi"},   {"Castellani", "Barbadori"},
         {"Peruzzi", "Strozzi"},    {"Peruzzi", "Bischeri"},     {"Strozzi", "Ridolfi"},
         {"Strozzi", "Bischeri"},   {"Ridolfi", "Tornabuoni"},   {"Tornabuoni", "Guadagni"},
         {"Albizzi", "Ginori"},     {"Albizzi", "Guadagni"},     {"Salviati", "Pazzi"},
         {"Bischeri", "Guadagni"},  {"Guadagni", "Lamberteschi"}});
}

/// The JSON of the page's data block.
nlohmann::json data_block(const std::string& page) {
    const std::string open = "<script type=\"application/json\" id=\"cmap-data\">";
    const std::size_t start = page.find(open);
    REQUIRE(start != std::string::npos);
    CHECK(page.find(open, start + 1) == std::string::npos);
    const std::size_t end = page.find("</script>", start);
    REQUIRE(end != std::string::npos);
    const std::string text = page.substr(start + open.size(), end - start - open.size());
    // Nothing in the block could end or confuse the element: no raw < > &.
    CHECK(text.find_first_of("<>&") == std::string::npos);
    return nlohmann::json::parse(text);
}

/// Every string in a JSON value, recursively.
void strings_of(const nlohmann::json& value, std::vector<std::string>& out) {
    if (value.is_string()) {
        out.push_back(value.get<std::string>());
    } else if (value.is_structured()) {
        for (const auto& item : value) strings_of(item, out);
    }
}

/// The values of every attribute `name="..."` in `html`, in order.
std::vector<std::string> attribute_values(const std::string& html, const std::string& name) {
    std::vector<std::string> values;
    const std::regex pattern(name + "=\"([^\"]*)\"");
    for (auto it = std::sregex_iterator(html.begin(), html.end(), pattern);
         it != std::sregex_iterator(); ++it) {
        values.push_back((*it)[1]);
    }
    return values;
}

// The change of diff_map_test.cpp: before a-b, b-c, a-c, c-d; after a-b, b-c, a-e, b-e,
// c-e (a, b, c kept; d lost; e new).
Network before_state() {
    return build(
        {{"a", "municipality"}, {"b", "business"}, {"c", "foundation"}, {"d", "foundation"}},
        {{"a", "b"}, {"b", "c"}, {"a", "c"}, {"c", "d"}});
}

Network after_state() {
    return build(
        {{"a", "municipality"}, {"b", "business"}, {"c", "foundation"}, {"e", "education"}},
        {{"a", "b"}, {"b", "c"}, {"a", "e"}, {"b", "e"}, {"c", "e"}});
}

}  // namespace

TEST_CASE("interactive map page: the same network gives the same bytes", "[interactive_map]") {
    const Network network = florentine();
    const NetworkAnalysis analysis = full_analysis(network);
    MapOptions options;
    options.suggestions = 3;
    const std::string first = interactive_map_page(network, analysis, options);
    for (int run = 1; run < 8; ++run) {
        INFO("run " << run);
        CHECK(interactive_map_page(network, analysis, options) == first);
    }
    // A fresh analysis gives the same page too.
    CHECK(page_of(network, options) == first);
}

TEST_CASE("interactive map page: the sample gives the same bytes", "[interactive_map]") {
    const Network network =
        read_network(std::string(COOPNET_SAMPLES_DIR) + "/duisburg-marxloh").network;
    const NetworkAnalysis analysis = full_analysis(network);
    MapOptions options;
    options.suggestions = 5;
    const std::string first = interactive_map_page(network, analysis, options);
    for (int run = 1; run < 8; ++run)
        CHECK(interactive_map_page(network, analysis, options) == first);
    CHECK(count(first, "data-id=\"") == network.actor_count());
}

TEST_CASE("interactive map page: the controls of the contract, once each", "[interactive_map]") {
    const Network network = florentine();
    const std::string page = page_of(network);
    CHECK(page.rfind("<!DOCTYPE html>", 0) == 0);
    CHECK(page.find("<html lang=\"en\">") != std::string::npos);
    CHECK(count(page, "type=\"search\"") == 1);
    CHECK(count(page, "<input type=\"search\" id=\"search\"") == 1);
    CHECK(count(page, "id=\"search-results\"") == 1);
    CHECK(count(page, "id=\"profile\"") == 1);
    CHECK(count(page, "type=\"range\"") == 1);
    CHECK(count(page, "<input type=\"range\" id=\"year\"") == 1);
    for (const char* id : {"zoom-in", "zoom-out", "zoom-reset"}) {
        CHECK(count(page, std::string("id=\"") + id + "\"") == 1);
    }
    // One sector checkbox per distinct sector: banking, wool, politics.
    std::vector<std::string> sectors = attribute_values(page, "data-sector");
    CHECK(sectors.size() == 3);
    CHECK(std::set<std::string>(sectors.begin(), sectors.end()) ==
          std::set<std::string>{"banking", "wool", "politics"});
    CHECK(count(page, "<input type=\"checkbox\" checked data-sector=") == 3);
    // Counts next to the sectors: banking 5, wool 6, politics 4 (hand count of the list).
    CHECK(page.find("wool (6)") != std::string::npos);
    CHECK(page.find("banking (5)") != std::string::npos);
    CHECK(page.find("politics (4)") != std::string::npos);
    // One g.node per actor, each with its id, each id once.
    CHECK(count(page, "<g class=\"node\" data-id=\"") == 15);
    std::vector<std::string> ids = attribute_values(page, "data-id");
    CHECK(ids.size() == 15);
    CHECK(std::set<std::string>(ids.begin(), ids.end()).size() == 15);
    CHECK(std::find(ids.begin(), ids.end(), "Medici") != ids.end());
    // 20 ties, all of one (empty) kind: one strand each.
    CHECK(count(page, "<path class=\"edge\"") == 20);
    // Undated ties: the slider is disabled and says so.
    CHECK(page.find("No tie is dated.") != std::string::npos);
}

TEST_CASE("interactive map page: loads nothing from elsewhere", "[interactive_map]") {
    const Network network =
        read_network(std::string(COOPNET_SAMPLES_DIR) + "/duisburg-marxloh").network;
    const std::string page = page_of(network);
    CHECK_FALSE(std::regex_search(
        page, std::regex("(src|href)\\s*=\\s*[\"']?\\s*(https?:)?//", std::regex::icase)));
    CHECK_FALSE(std::regex_search(page, std::regex("url\\(\\s*[\"']?\\s*(https?:)?//")));
    CHECK_FALSE(std::regex_search(page, std::regex("@import", std::regex::icase)));
    CHECK(lower(page).find("<link") == std::string::npos);
    // The only absolute URL is the SVG namespace.
    std::string rest = page;
    const std::string xmlns = "http://www.w3.org/2000/svg";
    for (std::size_t at = rest.find(xmlns); at != std::string::npos; at = rest.find(xmlns)) {
        rest.erase(at, xmlns.size());
    }
    CHECK(rest.find("http://") == std::string::npos);
    CHECK(rest.find("https://") == std::string::npos);
}

TEST_CASE("interactive map page: hostile names never appear raw", "[interactive_map]") {
    const std::string script = "</script><script>alert(1)</script>";
    const std::string img = "<img src=x onerror=alert(1)>";
    const std::string hostile = script + " & " + img + " \"q\" ]]>";
    const Network network = florentine(hostile);
    MapOptions options;
    options.title = img;
    options.subtitle = script;
    const std::string page = page_of(network, options);
    CHECK(page.find("<script>alert") == std::string::npos);
    CHECK(page.find("</script><script>") == std::string::npos);
    CHECK(page.find(img) == std::string::npos);
    CHECK(page.find("<img") == std::string::npos);
    CHECK(page.find("]]>") == std::string::npos);
    CHECK(page.find("<img src=x onerror") == std::string::npos);
    // The page's own scripts: the data block and the script, nothing else.
    CHECK(count(page, "<script") == 2);
    CHECK(count(page, "</script>") == 2);
    // The data block parses and holds the label verbatim.
    const nlohmann::json data = data_block(page);
    std::vector<std::string> strings;
    strings_of(data, strings);
    bool verbatim = false;
    for (const std::string& s : strings)
        verbatim = verbatim || s.find(hostile) != std::string::npos;
    CHECK(verbatim);
    // The label is in the drawing escaped (in the tooltip: the whole label).
    CHECK(page.find("&lt;img src=x onerror=alert(1)&gt;") != std::string::npos);
}

TEST_CASE("interactive map page: German words", "[interactive_map]") {
    MapOptions options;
    options.language = Language::German;
    const std::string undated = page_of(florentine(), options);
    CHECK(undated.find("<html lang=\"de\">") != std::string::npos);
    CHECK(undated.find("Bereiche") != std::string::npos);
    CHECK(undated.find("Keine Kooperation ist datiert.") != std::string::npos);
    // "alle Jahre" is among the script's words, but not under the disabled slider.
    CHECK(undated.find(">alle Jahre<") == std::string::npos);
    CHECK(undated.find("No tie is dated.") == std::string::npos);
    CHECK(undated.find(">Sectors<") == std::string::npos);

    const Network dated =
        read_network(std::string(COOPNET_SAMPLES_DIR) + "/duisburg-marxloh").network;
    const std::string page = page_of(dated, options);
    CHECK(page.find("Bereiche") != std::string::npos);
    CHECK(page.find("<span id=\"year-text\">alle Jahre</span>") != std::string::npos);
    CHECK(page.find("Keine Kooperation ist datiert.") == std::string::npos);
}

TEST_CASE("interactive map: boxed clusters are refused", "[interactive_map]") {
    const Network network = florentine();
    const NetworkAnalysis analysis = full_analysis(network);
    MapOptions options;
    options.clusters = true;
    CHECK_THROWS_AS(interactive_map(network, analysis, options), InvalidArgument);
    CHECK_THROWS_AS(interactive_map_page(network, analysis, options), InvalidArgument);
    options.layout = LayoutEngine::Fdp;  // a layout clusters could use
    CHECK_THROWS_AS(interactive_map_page(network, analysis, options), InvalidArgument);
}

TEST_CASE("interactive map: the year slider spans the dated ties", "[interactive_map]") {
    // a-b since 2003 (open end), b-c 2010 to 2012, c-d undated.
    NetworkBuilder builder;
    builder.set_name("years");
    for (const char* id : {"a", "b", "c", "d"}) {
        Actor actor;
        actor.id = id;
        actor.sector = "business";
        builder.add_actor(std::move(actor));
    }
    const auto add = [&](const char* source, const char* target, std::optional<PartialDate> since,
                         std::optional<PartialDate> until) {
        TieRecord tie;
        tie.source = source;
        tie.target = target;
        tie.period.since = since;
        tie.period.until = until;
        builder.add_tie(std::move(tie));
    };
    add("a", "b", PartialDate(2003), std::nullopt);
    add("b", "c", PartialDate(2010), PartialDate(2012));
    add("c", "d", std::nullopt, std::nullopt);
    const Network network = builder.build();
    const InteractiveMap map = interactive_map(network, full_analysis(network), {});
    const std::string& html = map.html;
    // The minimum (all years) is one below the first year.
    CHECK(html.find("<input type=\"range\" id=\"year\" min=\"2002\" max=\"2012\" step=\"1\" "
                    "value=\"2002\">") != std::string::npos);
    CHECK(html.find("No tie is dated.") == std::string::npos);
    // The strands' periods, in the order the drawing writes the strands.
    const nlohmann::json data = data_block(html);
    const nlohmann::json& strands = data.at("strands");
    std::vector<std::pair<std::string, std::string>> ends;
    const std::regex edge("<path class=\"edge\" data-a=\"([^\"]*)\" data-b=\"([^\"]*)\"");
    for (auto it = std::sregex_iterator(html.begin(), html.end(), edge);
         it != std::sregex_iterator(); ++it) {
        std::string a = (*it)[1];
        std::string b = (*it)[2];
        if (b < a) std::swap(a, b);
        ends.emplace_back(a, b);
    }
    REQUIRE(ends.size() == 3);
    REQUIRE(strands.size() == 3);
    for (std::size_t s = 0; s < 3; ++s) {
        INFO(ends[s].first << "-" << ends[s].second << ": " << strands[s].dump());
        nlohmann::json expected;
        if (ends[s] == std::pair<std::string, std::string>{"a", "b"}) {
            expected = nlohmann::json::parse(R"([["2003", null]])");
        } else if (ends[s] == std::pair<std::string, std::string>{"b", "c"}) {
            expected = nlohmann::json::parse(R"([["2010", "2012"]])");
        } else {
            CHECK(ends[s] == std::pair<std::string, std::string>{"c", "d"});
            expected = nlohmann::json::parse(R"([[null, null]])");
        }
        CHECK(strands[s] == expected);
    }
}

TEST_CASE("interactive map: the change map keeps the actors where the later map has them",
          "[interactive_map][diff_map]") {
    const Network before = before_state();
    const Network after = after_state();
    const InteractiveMap map = interactive_map(after, full_analysis(after), {});
    const ActorPositions positions = actor_positions(map);
    REQUIRE(positions.size() == 4);
    for (std::size_t i = 0; i < map.model.actors.size(); ++i) {
        const auto& at = positions.at(map.model.actors[i].id);
        CHECK(at[0] == map.placement.actors[i].x);
        CHECK(at[1] == map.placement.actors[i].y);
    }

    const NetworkDiff diff = diff_networks(before, after);
    DiffMapOptions options;
    options.positions = positions;
    const MapModel model = diff_map_model(change_actors(before, after, diff), diff, options);
    REQUIRE(model.actors.size() == 5);
    const MapPlacement placement = detail::place_map_model("diff map", model);
    REQUIRE(placement.actors.size() == 5);
    std::size_t kept_in_place = 0;
    for (std::size_t i = 0; i < model.actors.size(); ++i) {
        const MapActor& actor = model.actors[i];
        const ActorPlace& p = placement.actors[i];
        INFO(actor.id);
        CHECK(std::isfinite(p.x));
        CHECK(std::isfinite(p.y));
        const auto found = positions.find(actor.id);
        if (found == positions.end()) {
            CHECK(actor.id == "d");  // the lost actor is placed by the layout
            continue;
        }
        CHECK(p.x == found->second[0]);
        CHECK(p.y == found->second[1]);
        ++kept_in_place;
    }
    CHECK(kept_in_place == 4);
}

TEST_CASE("interactive map: the change map's actors lie inside its drawing",
          "[interactive_map][diff_map]") {
    // As above. The pinned actors are drawn at their own (larger) sizes and neato may put d
    // anywhere around them; the drawing (the viewBox from (left, top)) must still hold them.
    const Network before = before_state();
    const Network after = after_state();
    const InteractiveMap map = interactive_map(after, full_analysis(after), {});
    const NetworkDiff diff = diff_networks(before, after);
    DiffMapOptions options;
    options.positions = actor_positions(map);
    const MapModel model = diff_map_model(change_actors(before, after, diff), diff, options);
    const MapPlacement placement = detail::place_map_model("diff map", model);
    for (std::size_t i = 0; i < placement.actors.size(); ++i) {
        const ActorPlace& p = placement.actors[i];
        INFO(model.actors[i].id << (model.actors[i].pinned ? " (pinned) " : " ") << p.x << ","
                                << p.y << " " << p.width << "x" << p.height << " in "
                                << placement.width << "x" << placement.height);
        CHECK(p.x - p.width / 2 >= placement.left);
        CHECK(p.y - p.height / 2 >= placement.top);
        CHECK(p.x + p.width / 2 <= placement.left + placement.width);
        CHECK(p.y + p.height / 2 <= placement.top + placement.height);
    }
}
