// map_svg on hand-made models and placements (no Graphviz), and place_map_model on small
// models (Graphviz in a child process).
#include "viz/map_svg.hpp"

#include <algorithm>
#include <array>
#include <catch2/catch.hpp>
#include <cmath>
#include <cstddef>
#include <pugixml.hpp>
#include <regex>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "analysis/network_analysis.hpp"
#include "core/error.hpp"
#include "tests/viz/svg_document.hpp"
#include "tests/viz/text_search.hpp"
#include "tests/viz/viz_test_networks.hpp"
#include "viz/detail/map_drawing.hpp"
#include "viz/map_model.hpp"
#include "viz/network_map.hpp"

using namespace coopnet;
using namespace coopnet::viz_testing;

namespace {

MapActor actor(const std::string& id, std::vector<std::string> label = {}) {
    MapActor a;
    a.id = id;
    a.label = std::move(label);
    a.tooltip = "tip " + id;
    return a;
}

MapTie tie(std::size_t first, std::size_t second,
           std::vector<std::array<std::string, 2>> kinds = {{"", "#000000"}}) {
    MapTie t;
    t.first = first;
    t.second = second;
    t.kinds = std::move(kinds);
    return t;
}

ActorPlace place(double x, double y, double width = 40.0, double height = 20.0) {
    return {x, y, width, height};
}

pugi::xml_document parse(const std::string& svg) { return parse_svg(svg); }

/// The four numbers of a strand's `d="Mx1 y1Lx2 y2"`.
std::array<double, 4> ends_of(const pugi::xml_node& path) {
    std::string d = path.attribute("d").value();
    REQUIRE(d.size() > 1);
    REQUIRE(d[0] == 'M');
    const std::size_t l = d.find('L');
    REQUIRE(l != std::string::npos);
    d[0] = ' ';
    d[l] = ' ';
    std::istringstream in(d);
    std::array<double, 4> ends{};
    in >> ends[0] >> ends[1] >> ends[2] >> ends[3];
    REQUIRE(in);
    return ends;
}

/// The signed distance of (px, py) from the line through (ax, ay) and (bx, by).
double signed_distance(double ax, double ay, double bx, double by, double px, double py) {
    return ((bx - ax) * (py - ay) - (by - ay) * (px - ax)) / std::hypot(bx - ax, by - ay);
}

/// Three actors in a path a - b - c, with a hand-made placement.
MapModel three_actors() {
    MapModel model;
    model.name = "map";
    model.actors = {actor("a", {"Actor", "A"}), actor("b", {"B"}), actor("c")};
    model.ties = {tie(0, 1), tie(1, 2)};
    return model;
}

MapPlacement three_places() {
    MapPlacement placement;
    placement.width = 300;
    placement.height = 200;
    placement.actors = {place(20, 30), place(120.5, 80.25), place(250, 170)};
    return placement;
}

}  // namespace

TEST_CASE("map_svg: one g.node per actor at its placement, one path.edge per strand", "[map_svg]") {
    const MapModel model = three_actors();
    const MapPlacement placement = three_places();
    const std::string svg = map_svg(model, placement);
    const pugi::xml_document document = parse(svg);
    const pugi::xml_node root = document.child("svg");
    REQUIRE(root);
    CHECK(std::string(root.attribute("viewBox").value()) == "0 0 300 200");
    CHECK(std::string(root.attribute("id").value()) == "map-svg");

    const pugi::xpath_node_set nodes = document.select_nodes("//g[@data-id]");
    REQUIRE(nodes.size() == 3);
    const std::vector<std::string> transforms = {"translate(20 30)", "translate(120.5 80.25)",
                                                 "translate(250 170)"};
    for (std::size_t i = 0; i < 3; ++i) {
        const pugi::xml_node g = nodes[i].node();
        CHECK(std::string(g.attribute("class").value()) == "node");
        CHECK(std::string(g.attribute("data-id").value()) == model.actors[i].id);
        CHECK(std::string(g.attribute("transform").value()) == transforms[i]);
        CHECK(g.child("title").text().as_string() == "tip " + model.actors[i].id);
        CHECK(g.find_child_by_attribute("class", "shape"));
    }
    // The label: one tspan per line, none for an unlabelled actor.
    const pugi::xml_node first_label =
        nodes[0].node().find_child_by_attribute("text", "class", "label");
    REQUIRE(first_label);
    std::vector<std::string> lines;
    for (const pugi::xml_node& tspan : first_label.children("tspan"))
        lines.push_back(tspan.text().as_string());
    CHECK(lines == std::vector<std::string>{"Actor", "A"});
    CHECK_FALSE(nodes[2].node().find_child_by_attribute("text", "class", "label"));

    const pugi::xpath_node_set edges = document.select_nodes("//path[@data-a]");
    REQUIRE(edges.size() == 2);
    CHECK(std::string(edges[0].node().attribute("class").value()) == "edge");
    CHECK(std::string(edges[0].node().attribute("data-a").value()) == "a");
    CHECK(std::string(edges[0].node().attribute("data-b").value()) == "b");
    CHECK(std::string(edges[1].node().attribute("data-a").value()) == "b");
    CHECK(std::string(edges[1].node().attribute("data-b").value()) == "c");
    // Undirected: a single strand runs centre to centre, without a marker.
    const auto ends = ends_of(edges[0].node());
    CHECK(ends == std::array<double, 4>{20, 30, 120.5, 80.25});
    CHECK_FALSE(edges[0].node().attribute("marker-end"));
    CHECK(svg.find("<marker") == std::string::npos);
}

TEST_CASE("map_svg: a tie of two kinds is two parallel strands, offset symmetrically",
          "[map_svg]") {
    MapModel model;
    model.actors = {actor("a"), actor("b")};
    model.ties = {tie(0, 1, {{"advice", "#112233"}, {"money", "#445566"}})};
    MapPlacement placement;
    placement.width = 200;
    placement.height = 200;
    // Centres 100 apart on a slant (60, 80): the strands' offset is not axis-aligned.
    placement.actors = {place(10, 20), place(70, 100)};
    const pugi::xml_document document = parse(map_svg(model, placement));
    const pugi::xpath_node_set edges = document.select_nodes("//path[@data-a]");
    REQUIRE(edges.size() == 2);
    CHECK(std::string(edges[0].node().attribute("data-kind").value()) == "advice");
    CHECK(std::string(edges[1].node().attribute("data-kind").value()) == "money");
    CHECK(std::string(edges[0].node().attribute("stroke").value()) == "#112233");
    CHECK(std::string(edges[1].node().attribute("stroke").value()) == "#445566");
    std::array<double, 2> distance{};
    for (std::size_t s = 0; s < 2; ++s) {
        const auto [x1, y1, x2, y2] = ends_of(edges[s].node());
        // Each strand is parallel to the line between the centres: both ends equally far.
        const double d1 = signed_distance(10, 20, 70, 100, x1, y1);
        const double d2 = signed_distance(10, 20, 70, 100, x2, y2);
        CHECK(d1 == Approx(d2).margin(0.02));
        // and as long (undirected: not clipped).
        CHECK(std::hypot(x2 - x1, y2 - y1) == Approx(100.0).margin(0.02));
        distance[s] = signed_distance(10, 20, 70, 100, (x1 + x2) / 2, (y1 + y2) / 2);
    }
    // Midpoints on opposite sides, equally far, and apart by more than a line's width.
    CHECK(distance[0] == Approx(-distance[1]).margin(0.02));
    CHECK(std::abs(distance[0] - distance[1]) > 1.0);
}

TEST_CASE("map_svg: a suggested tie is dashed and has the class suggested", "[map_svg]") {
    MapModel model;
    model.actors = {actor("a"), actor("b"), actor("c")};
    model.ties = {tie(0, 1)};
    MapTie suggested;  // as network_map_model makes one
    suggested.first = 0;
    suggested.second = 2;
    suggested.suggested = true;
    suggested.style = "dashed";
    suggested.colours = {"#555555"};
    model.ties.push_back(suggested);
    MapPlacement placement{200, 200, {place(20, 20), place(100, 20), place(20, 100)}};
    const pugi::xml_document document = parse(map_svg(model, placement));
    const pugi::xpath_node_set edges = document.select_nodes("//path[@data-a]");
    REQUIRE(edges.size() == 2);
    CHECK(std::string(edges[0].node().attribute("class").value()) == "edge");
    CHECK_FALSE(edges[0].node().attribute("stroke-dasharray"));
    CHECK(std::string(edges[1].node().attribute("class").value()) == "edge suggested");
    CHECK(std::string(edges[1].node().attribute("data-b").value()) == "c");
    CHECK(edges[1].node().attribute("stroke-dasharray"));
    CHECK(std::string(edges[1].node().attribute("stroke").value()) == "#555555");
}

TEST_CASE("map_svg: directed lines end on the outline of a box, with an arrowhead", "[map_svg]") {
    MapModel model;
    model.directed = true;
    model.actors = {actor("a"), actor("b")};
    model.ties = {tie(0, 1)};
    // Boxes 40 wide (half-width 20) centred at (0,0) and (100,0): the line runs from x = 20
    // (the right side of a) to x = 80 (the left side of b).
    MapPlacement placement{200, 100, {place(0, 0, 40, 20), place(100, 0, 40, 20)}};
    const std::string svg = map_svg(model, placement);
    const pugi::xml_document document = parse(svg);
    const pugi::xpath_node_set edges = document.select_nodes("//path[@data-a]");
    REQUIRE(edges.size() == 1);
    CHECK(ends_of(edges[0].node()) == std::array<double, 4>{20, 0, 80, 0});
    CHECK(std::string(edges[0].node().attribute("d").value()) == "M20 0L80 0");
    const std::string marker = edges[0].node().attribute("marker-end").value();
    CHECK(marker == "url(#map-svg-arrow)");
    CHECK(document.select_node("//marker[@id='map-svg-arrow']"));

    // A tie whose arrow is off has no marker.
    model.ties[0].arrow = false;
    const pugi::xml_document plain = parse(map_svg(model, placement));
    CHECK_FALSE(plain.select_node("//path[@data-a]").node().attribute("marker-end"));
}

TEST_CASE("map_svg: hostile names appear only escaped", "[map_svg]") {
    const std::string hostile = "<script>alert(\"x\")</script> & ]]> 'q'";
    MapModel model;
    model.actors = {actor(hostile, {hostile, "<img src=x onerror=alert(1)>"}), actor("b")};
    model.actors[0].tooltip = hostile;
    model.actors[0].css_class = "kept\" onclick=\"x";
    model.ties = {tie(0, 1, {{hostile, "#000000"}})};
    model.ties[0].tooltip = hostile;
    MapPlacement placement{200, 100, {place(20, 20), place(100, 50)}};
    MapSvgOptions options;
    options.title = hostile;
    const std::string svg = map_svg(model, placement, options);
    CHECK(svg.find("<script") == std::string::npos);
    CHECK(svg.find("<img") == std::string::npos);
    CHECK(svg.find("]]>") == std::string::npos);
    CHECK(svg.find("\"x\"") == std::string::npos);
    CHECK(svg.find("onclick=\"") == std::string::npos);
    // The parsed document reads the names back as given.
    const pugi::xml_document document = parse(svg);
    const pugi::xml_node g = document.select_node("//g[@data-id]").node();
    CHECK(g.attribute("data-id").value() == hostile);
    CHECK(g.child("title").text().as_string() == hostile);
    CHECK(std::string(g.attribute("class").value()) == "node kept\" onclick=\"x");
    const pugi::xml_node text = g.find_child_by_attribute("text", "class", "label");
    CHECK(text.first_child().text().as_string() == hostile);
    CHECK(std::string(text.last_child().text().as_string()) == "<img src=x onerror=alert(1)>");
    const pugi::xml_node edge = document.select_node("//path[@data-a]").node();
    CHECK(edge.attribute("data-a").value() == hostile);
    CHECK(edge.attribute("data-kind").value() == hostile);
    CHECK(edge.child("title").text().as_string() == hostile);
    CHECK(document.child("svg").attribute("aria-label").value() == hostile);
}

TEST_CASE("map_svg: numbers are rounded to 2 decimals", "[map_svg]") {
    MapModel model;
    model.actors = {actor("a"), actor("b")};
    model.ties = {tie(0, 1)};
    model.tie_width = 1.23456;
    MapPlacement placement{
        300.3333, 200.6666, {place(10.456, 20.444, 30.3333, 18.8888), place(100.005, -0.001)}};
    const std::string svg = map_svg(model, placement);
    const pugi::xml_document document = parse(svg);
    CHECK(std::string(document.child("svg").attribute("viewBox").value()) == "0 0 300.33 200.67");
    const pugi::xpath_node_set nodes = document.select_nodes("//g[@data-id]");
    CHECK(std::string(nodes[0].node().attribute("transform").value()) == "translate(10.46 20.44)");
    // -0.001 rounds to 0, written without a sign.
    CHECK(std::string(nodes[1].node().attribute("transform").value()) == "translate(100.01 0)");
    const pugi::xml_node rect = nodes[0].node().child("rect");
    CHECK(std::string(rect.attribute("width").value()) == "30.33");
    CHECK(std::string(rect.attribute("height").value()) == "18.89");
    CHECK(std::string(
              document.select_node("//path[@data-a]").node().attribute("stroke-width").value()) ==
          "1.23");
    // No number anywhere with more than two decimals.
    CHECK_FALSE(std::regex_search(svg, std::regex("[0-9]\\.[0-9]{3}")));
}

TEST_CASE("map_svg: a placement of another size throws InvalidArgument", "[map_svg]") {
    const MapModel model = three_actors();
    MapPlacement placement = three_places();
    placement.actors.pop_back();
    CHECK_THROWS_AS(map_svg(model, placement), InvalidArgument);
    placement.actors.push_back(place(1, 1));
    placement.actors.push_back(place(2, 2));
    CHECK_THROWS_AS(map_svg(model, placement), InvalidArgument);
    placement.actors.clear();
    CHECK_THROWS_AS(map_svg(model, placement), InvalidArgument);
}

// ---- place_map_model (Graphviz) ----

namespace {

// a - b - c - d - a (a square) and c - e, e - f: six actors, seven ties, two sectors.
Network small_network() {
    return build({{"a", "municipality"},
                  {"b", "business"},
                  {"c", "business"},
                  {"d", "municipality"},
                  {"e", "foundation"},
                  {"f", "foundation"}},
                 {{"a", "b"}, {"b", "c"}, {"c", "d"}, {"d", "a"}, {"c", "e"}, {"e", "f"}});
}

MapModel small_model(const Network& network) {
    const NetworkAnalysis analysis = analyze_network(network);
    MapOptions options;
    return network_map_model(network, map_analysis(analysis, options.size_by), options);
}

void check_inside(const MapPlacement& placement, double margin) {
    CHECK(std::isfinite(placement.width));
    CHECK(std::isfinite(placement.height));
    for (const ActorPlace& p : placement.actors) {
        INFO(p.x << "," << p.y << " " << p.width << "x" << p.height << " in " << placement.width
                 << "x" << placement.height);
        CHECK(std::isfinite(p.x));
        CHECK(std::isfinite(p.y));
        CHECK(p.width > 0);
        CHECK(p.height > 0);
        CHECK(p.x - p.width / 2 >= placement.left + margin - 0.02);
        CHECK(p.y - p.height / 2 >= placement.top + margin - 0.02);
        CHECK(p.x + p.width / 2 <= placement.left + placement.width - margin + 0.02);
        CHECK(p.y + p.height / 2 <= placement.top + placement.height - margin + 0.02);
    }
}

bool same(const MapPlacement& a, const MapPlacement& b) {
    if (a.width != b.width || a.height != b.height || a.actors.size() != b.actors.size())
        return false;
    for (std::size_t i = 0; i < a.actors.size(); ++i) {
        const ActorPlace& p = a.actors[i];
        const ActorPlace& q = b.actors[i];
        if (p.x != q.x || p.y != q.y || p.width != q.width || p.height != q.height) return false;
    }
    return true;
}

}  // namespace

TEST_CASE("place_map_model: positions are finite and inside the drawing with its margin",
          "[map_svg][place_map_model]") {
    const Network network = small_network();
    const MapModel model = small_model(network);
    REQUIRE(model.actors.size() == 6);
    const MapPlacement placement = detail::place_map_model("map", model);
    REQUIRE(placement.actors.size() == 6);
    check_inside(placement, 12.0);
    // The margin is the room around the outermost actors: some actor touches each side.
    double left = 1e9, top = 1e9;
    for (const ActorPlace& p : placement.actors) {
        left = std::min(left, p.x - p.width / 2);
        top = std::min(top, p.y - p.height / 2);
    }
    CHECK(left == Approx(12.0).margin(0.02));
    CHECK(top == Approx(12.0).margin(0.02));
    const MapPlacement wide = detail::place_map_model("map", model, 40.0);
    check_inside(wide, 40.0);
    // Positions differ from the 12-point margin's by the 28 extra points only.
    for (std::size_t i = 0; i < 6; ++i) {
        CHECK(wide.actors[i].x == Approx(placement.actors[i].x + 28).margin(0.02));
        CHECK(wide.actors[i].y == Approx(placement.actors[i].y + 28).margin(0.02));
    }
    // And it draws: every actor's translate is its placement.
    const std::string svg = map_svg(model, placement);
    CHECK(count(svg, "<g class=\"node\" data-id=") == 6);
}

TEST_CASE("place_map_model: the same model gives the same placement",
          "[map_svg][place_map_model]") {
    const MapModel model = small_model(small_network());
    const MapPlacement first = detail::place_map_model("map", model);
    for (int run = 0; run < 3; ++run) {
        CHECK(same(first, detail::place_map_model("map", model)));
    }
    CHECK(map_svg(model, first) == map_svg(model, detail::place_map_model("map", model)));
}

TEST_CASE("place_map_model: pinned actors stay where they are pinned",
          "[map_svg][place_map_model]") {
    const Network network = small_network();
    MapModel model = small_model(network);
    // Pin a and d at hand-picked points well inside a large drawing; the rest is placed.
    model.actors[0].pinned = std::array<double, 2>{300.0, 250.5};
    model.actors[3].pinned = std::array<double, 2>{420.25, 330.0};
    const MapPlacement placement = detail::place_map_model("map", model);
    REQUIRE(placement.actors.size() == 6);
    CHECK(placement.actors[0].x == 300.0);
    CHECK(placement.actors[0].y == 250.5);
    CHECK(placement.actors[3].x == 420.25);
    CHECK(placement.actors[3].y == 330.0);
    for (const ActorPlace& p : placement.actors) {
        CHECK(std::isfinite(p.x));
        CHECK(std::isfinite(p.y));
    }
    // The unpinned actors are not all piled onto one point.
    CHECK((placement.actors[1].x != placement.actors[2].x ||
           placement.actors[1].y != placement.actors[2].y));
    // Every actor pinned: all stay exactly.
    MapModel all = model;
    const MapPlacement free = detail::place_map_model("map", small_model(network));
    for (std::size_t i = 0; i < all.actors.size(); ++i) {
        all.actors[i].pinned = std::array<double, 2>{free.actors[i].x, free.actors[i].y};
    }
    const MapPlacement again = detail::place_map_model("map", all);
    for (std::size_t i = 0; i < all.actors.size(); ++i) {
        CHECK(again.actors[i].x == free.actors[i].x);
        CHECK(again.actors[i].y == free.actors[i].y);
    }
}

TEST_CASE("place_map_model: pinned maps keep every actor inside the drawing",
          "[map_svg][place_map_model]") {
    // Pinning one actor near the top left corner: the others are placed around it, some of
    // them to its left or above it, so the drawing's corner (left, top), where map_svg's
    // viewBox starts, moves up and left to hold them, with the margin.
    MapModel model = small_model(small_network());
    model.actors[2].pinned = std::array<double, 2>{30.0, 30.0};  // c, the actor of degree 3
    const MapPlacement placement = detail::place_map_model("map", model);
    CHECK(placement.actors[2].x == 30.0);
    CHECK(placement.actors[2].y == 30.0);
    check_inside(placement, 12.0);
    CHECK(placement.left < 0.0);  // c at (30, 30) is 102 points wide
}

TEST_CASE("place_map_model: suggested ties do not move the actors", "[map_svg][place_map_model]") {
    const MapModel model = small_model(small_network());
    MapModel with = model;
    // Suggested ties across the map (b - f, a - e), as network_map_model makes them.
    for (const auto& [first, second] : {std::pair<std::size_t, std::size_t>{1, 5}, {0, 4}}) {
        MapTie suggested;
        suggested.first = first;
        suggested.second = second;
        suggested.suggested = true;
        suggested.style = "dashed";
        suggested.colours = {"#555555"};
        suggested.constraint = false;
        with.ties.push_back(suggested);
    }
    CHECK(same(detail::place_map_model("map", model), detail::place_map_model("map", with)));
}
