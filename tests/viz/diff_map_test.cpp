#include "viz/diff_map.hpp"

#include <catch2/catch.hpp>
#include <map>
#include <pugixml.hpp>
#include <string>

#include "core/error.hpp"
#include "tests/viz/viz_pipeline.hpp"
#include "tests/viz/viz_test_networks.hpp"

using namespace coopnet;
using namespace coopnet::viz_testing;

namespace {

using Names = std::vector<std::string>;

// before:  a --- b          after:  a --- b
//           \   /                   |   / |
//             c --- d               e --- c
//
// before ties a-b, b-c, a-c, c-d; after ties a-b, b-c, a-e, b-e, c-e.
// Hand count: kept a-b, b-c (2); lost a-c, c-d (2); new a-e, b-e, c-e (3).
// Actors: kept a, b, c (3); lost d (1); new e (1). Union: 5 actors, 7 lines.
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

MapResult draw(const Network& before, const Network& after, MapFormat format,
               DiffMapOptions options = {}) {
    options.format = format;
    return draw_change(before, after, diff_networks(before, after), options);
}

/// The edges of a parsed graph counted by their `class` attribute.
std::map<std::string, std::size_t> edges_by_class(Agraph_t* graph) {
    std::map<std::string, std::size_t> counts;
    for (Agnode_t* n = agfstnode(graph); n != nullptr; n = agnxtnode(graph, n)) {
        for (Agedge_t* e = agfstout(graph, n); e != nullptr; e = agnxtout(graph, e)) {
            ++counts[attribute(e, "class")];
        }
    }
    return counts;
}

}  // namespace

TEST_CASE("diff map DOT: kept, lost and new ties are drawn in their own styles",
          "[viz][diff_map]") {
    const Network before = before_state();
    const Network after = after_state();
    const NetworkDiff diff = diff_networks(before, after);
    // The diff itself agrees with the hand count in the comment above.
    REQUIRE(diff.ties.kept.size() == 2);
    REQUIRE(diff.ties.lost.size() == 2);
    REQUIRE(diff.ties.added.size() == 3);

    const MapResult result = draw(before, after, MapFormat::Dot);
    CHECK(result.actors == 5);
    CHECK(result.ties == 7);
    const ParsedDot graph = parse_dot_text(result.data);
    REQUIRE(graph);
    CHECK(agisundirected(graph.get()));
    CHECK(node_names(graph.get()) == Names{"a", "b", "c", "d", "e"});
    CHECK(agnedges(graph.get()) == 7);

    // Counted from the DOT: equal to the diff's counts.
    const auto counts = edges_by_class(graph.get());
    CHECK(counts.at("kept") == diff.ties.kept.size());
    CHECK(counts.at("lost") == diff.ties.lost.size());
    CHECK(counts.at("new") == diff.ties.added.size());
    CHECK(counts.size() == 3);

    // Every line's look follows its status, pair by pair.
    const auto check_style = [&](const char* x, const char* y, const char* style,
                                 std::string_view colour, double width) {
        Agedge_t* edge = edge_between(graph.get(), x, y);
        REQUIRE(edge != nullptr);
        CAPTURE(x, y);
        CHECK(attribute(edge, "style") == style);
        CHECK(attribute(edge, "color") == colour);
        CHECK(std::stod(attribute(edge, "penwidth")) == Approx(width));
    };
    check_style("a", "b", "solid", kKeptColour, kKeptTieWidth);
    check_style("b", "c", "solid", kKeptColour, kKeptTieWidth);
    check_style("a", "c", "dashed", kLostColour, kLostTieWidth);
    check_style("c", "d", "dashed", kLostColour, kLostTieWidth);
    check_style("a", "e", "solid", kNewColour, kNewTieWidth);
    check_style("b", "e", "solid", kNewColour, kNewTieWidth);
    check_style("c", "e", "solid", kNewColour, kNewTieWidth);
    // No line between actors that never cooperated.
    CHECK(edge_between(graph.get(), "a", "d") == nullptr);
    CHECK(edge_between(graph.get(), "d", "e") == nullptr);
}

TEST_CASE("diff map DOT: lost actors are faded and dashed, new actors double-outlined",
          "[viz][diff_map]") {
    const ParsedDot graph =
        parse_dot_text(draw(before_state(), after_state(), MapFormat::Dot).data);
    REQUIRE(graph);
    Agnode_t* a = node_named(graph.get(), "a");  // kept, municipality
    Agnode_t* d = node_named(graph.get(), "d");  // lost, foundation
    Agnode_t* e = node_named(graph.get(), "e");  // new, education
    CHECK(attribute(a, "class") == "kept");
    CHECK(attribute(a, "fillcolor") == "#0072B2");
    CHECK(attribute(a, "peripheries") != "2");
    CHECK(attribute(d, "class") == "lost");
    // The foundation colour at 35 % opacity, a dashed outline in the lost colour.
    CHECK(attribute(d, "fillcolor") == "#009E7359");
    CHECK(attribute(d, "style").find("dashed") != std::string::npos);
    CHECK(attribute(d, "color") == kLostColour);
    CHECK(attribute(e, "class") == "new");
    CHECK(attribute(e, "fillcolor") == "#D55E00");
    CHECK(attribute(e, "peripheries") == "2");
    CHECK(attribute(e, "color") == kNewColour);
}

TEST_CASE("diff map: the legend names each style with its count, in English or German",
          "[viz][diff_map]") {
    // The legend's lines joined again where they were wrapped (at 34 characters).
    const auto unwrapped = [](std::string text) {
        const std::string line_break = "<br align=\"left\"/>";
        for (std::size_t at = text.find(line_break); at != std::string::npos;
             at = text.find(line_break, at)) {
            text.replace(at, line_break.size(), " ");
        }
        return text;
    };
    const std::string english = unwrapped(draw(before_state(), after_state(), MapFormat::Dot).data);
    CHECK(english.find("grey, solid: kept (2)") != std::string::npos);
    CHECK(english.find("red, dashed: lost (2)") != std::string::npos);
    CHECK(english.find("green, bold: new (3)") != std::string::npos);
    CHECK(english.find("faded, dashed outline: lost (1)") != std::string::npos);
    CHECK(english.find("green double outline: new (1)") != std::string::npos);

    DiffMapOptions options;
    options.language = ReportLanguage::German;
    options.before_name = "2003–2008";
    options.after_name = "2015–2018";
    const std::string german =
        unwrapped(draw(before_state(), after_state(), MapFormat::Dot, options).data);
    CHECK(german.find("grau, durchgezogen: besteht fort (2)") != std::string::npos);
    CHECK(german.find("rot, gestrichelt: weggefallen (2)") != std::string::npos);
    CHECK(german.find("grün, kräftig: neu (3)") != std::string::npos);
    CHECK(german.find("vorher: 2003–2008 · nachher: 2015–2018") != std::string::npos);
    CHECK(german.find("Kommune/Verwaltung (1)") != std::string::npos);
    CHECK(german.find("grey, solid") == std::string::npos);
}

TEST_CASE("diff map: a reversed directed tie is one lost and one new line", "[viz][diff_map]") {
    // before: a -> b        after: b -> a      (direction is part of a tie's identity)
    const Network before = build({{"a", "other"}, {"b", "other"}}, {{"a", "b"}}, true);
    const Network after = build({{"a", "other"}, {"b", "other"}}, {{"b", "a"}}, true);
    const ParsedDot graph = parse_dot_text(draw(before, after, MapFormat::Dot).data);
    REQUIRE(graph);
    CHECK(agisdirected(graph.get()));
    const auto counts = edges_by_class(graph.get());
    CHECK(counts.at("lost") == 1);
    CHECK(counts.at("new") == 1);
    CHECK(counts.count("kept") == 0);
    Agnode_t* a = node_named(graph.get(), "a");
    Agnode_t* b = node_named(graph.get(), "b");
    CHECK(attribute(agedge(graph.get(), a, b, nullptr, 0), "style") == "dashed");
    CHECK(attribute(agedge(graph.get(), b, a, nullptr, 0), "color") == kNewColour);
}

TEST_CASE("diff map: SVG, PNG and PDF carry their formats' signatures", "[viz][diff_map]") {
    const Network before = before_state();
    const Network after = after_state();
    const std::string svg = draw(before, after, MapFormat::Svg).data;
    CHECK(svg.rfind("<?xml", 0) == 0);
    pugi::xml_document document;
    REQUIRE(document.load_string(svg.c_str()));
    CHECK(std::string(document.document_element().name()) == "svg");
    // Graphviz writes each element's class after its kind: 2 + 2 + 3 tie lines.
    CHECK(document.select_nodes("//*[@class='edge kept']").size() == 2);
    CHECK(document.select_nodes("//*[@class='edge lost']").size() == 2);
    CHECK(document.select_nodes("//*[@class='edge new']").size() == 3);
    CHECK(document.select_nodes("//*[@class='node lost']").size() == 1);

    const std::string png = draw(before, after, MapFormat::Png).data;
    CHECK(png.rfind("\x89PNG\r\n\x1a\n", 0) == 0);
    const std::string pdf = draw(before, after, MapFormat::Pdf).data;
    CHECK(pdf.rfind("%PDF-", 0) == 0);
}

TEST_CASE("diff map: the same input gives byte-identical DOT and SVG", "[viz][diff_map]") {
    const Network before = before_state();
    const Network after = after_state();
    CHECK(draw(before, after, MapFormat::Dot).data == draw(before, after, MapFormat::Dot).data);
    CHECK(draw(before, after, MapFormat::Svg).data == draw(before, after, MapFormat::Svg).data);
}

TEST_CASE("diff map: hostile names stay text in DOT and SVG", "[viz][diff_map]") {
    const Network before = build(
        {{"x\\n\"y", "other", "<img src=x onerror=alert(1)>"}, {"b", "other"}}, {{"x\\n\"y", "b"}});
    const Network after = build({{"b", "other"}, {"c", "other", "C & <D>"}}, {{"b", "c"}});
    const std::string dot = draw(before, after, MapFormat::Dot).data;
    const ParsedDot graph = parse_dot_text(dot);
    REQUIRE(graph);
    // Node names are the ids with `\` doubled (as on `coopnet map`), so "\n" stays text.
    CHECK(node_names(graph.get()) == Names{"b", "c", "x\\\\n\"y"});
    const std::string svg = draw(before, after, MapFormat::Svg).data;
    pugi::xml_document document;
    REQUIRE(document.load_string(svg.c_str()));
    CHECK(document.select_nodes("//*[local-name()='img']").empty());
    CHECK(svg.find("&lt;img src=x onerror=alert(1)&gt;") != std::string::npos);
}

TEST_CASE("diff map: empty states, a mismatched diff and a bad colour attribute",
          "[viz][diff_map]") {
    const Network empty = NetworkBuilder().build();
    const MapResult nothing = draw(empty, empty, MapFormat::Dot);
    CHECK(nothing.actors == 0);
    CHECK(nothing.ties == 0);
    REQUIRE(parse_dot_text(nothing.data));

    // Everything new: every line and actor is "new".
    const ParsedDot fresh = parse_dot_text(draw(empty, after_state(), MapFormat::Dot).data);
    REQUIRE(fresh);
    CHECK(edges_by_class(fresh.get()) == std::map<std::string, std::size_t>{{"new", 5}});

    const Network before = before_state();
    const Network after = after_state();
    const NetworkDiff diff = diff_networks(before, after);
    // The diff of other networks.
    REQUIRE_THROWS_AS(draw_change(after, before, diff), InvalidArgument);
    REQUIRE_THROWS_AS(draw_change(before, empty, diff), InvalidArgument);
    DiffMapOptions options;
    options.color_by = "";
    REQUIRE_THROWS_AS(draw_change(before, after, diff, options), InvalidArgument);
}
