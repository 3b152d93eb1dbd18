#include "viz/network_map.hpp"

#include <catch2/catch.hpp>
#include <pugixml.hpp>

#include "core/error.hpp"
#include "io/dot.hpp"
#include "tests/viz/text_search.hpp"
#include "tests/viz/viz_pipeline.hpp"
#include "tests/viz/viz_test_networks.hpp"

using namespace coopnet;
using namespace coopnet::viz_testing;

namespace {

using Names = std::vector<std::string>;

std::string dot_of(const Network& network, MapOptions options = {}) {
    options.format = MapFormat::Dot;
    return analyse_and_draw(network, options).data;
}

MapOptions with_view(MapViewKind kind) {
    MapOptions options;
    options.view.kind = kind;
    return options;
}

double number(void* object, const char* name) { return std::stod(attribute(object, name)); }

// The texts of every <text> element below `node`, in document order.
std::vector<std::string> texts_below(const pugi::xml_node& node) {
    std::vector<std::string> texts;
    for (const pugi::xpath_node& text : node.select_nodes(".//*[local-name()='text']")) {
        texts.emplace_back(text.node().child_value());
    }
    return texts;
}

bool has_element_named(const pugi::xml_node& root, const char* name) {
    return !root.select_nodes((std::string("//*[local-name()='") + name + "']").c_str())
                .empty();
}

//   a --- b          triangle a, b, c with a pendant d: c-d is the only bridge and c the
//    \   /           only cut point
//      c --- d
Network triangle_with_tail() {
    return build({{"a", "municipality"}, {"b", "business"}, {"c", "foundation"}, {"d", "other"}},
                 {{"a", "b"}, {"b", "c"}, {"a", "c"}, {"c", "d"}});
}

Network two_cliques() {
    return build({{"a1", "other"}, {"a2", "other"}, {"a3", "other"}, {"a4", "other"},
                  {"b1", "other"}, {"b2", "other"}, {"b3", "other"}, {"b4", "other"}},
                 {{"a1", "a2"}, {"a1", "a3"}, {"a1", "a4"}, {"a2", "a3"}, {"a2", "a4"},
                  {"a3", "a4"}, {"b1", "b2"}, {"b1", "b3"}, {"b1", "b4"}, {"b2", "b3"},
                  {"b2", "b4"}, {"b3", "b4"}, {"a1", "b1"}});
}

}  // namespace

TEST_CASE("map DOT: every actor is a node with its label and its sector's colour",
          "[viz][map]") {
    const Network network = build({{"jugendamt", "municipality", "Jugendamt der Stadt Duisburg"},
                                   {"ihk", "business", "IHK"},
                                   {"stiftung", "foundation"}},
                                  {{"jugendamt", "ihk"}, {"ihk", "stiftung"}});
    const ParsedDot graph = parse_dot_text(dot_of(network));
    REQUIRE(graph);
    CHECK(agisundirected(graph.get()));
    CHECK(node_names(graph.get()) == Names{"ihk", "jugendamt", "stiftung"});
    Agnode_t* jugendamt = node_named(graph.get(), "jugendamt");
    // Wrapped at 20 characters, lines joined by the escape \n.
    CHECK(attribute(jugendamt, "label") == "Jugendamt der Stadt\\nDuisburg");
    CHECK(attribute(jugendamt, "fillcolor") == "#0072B2");
    CHECK(attribute(jugendamt, "fontcolor") == "#FFFFFF");
    CHECK(attribute(node_named(graph.get(), "ihk"), "fillcolor") == "#E69F00");
    CHECK(attribute(node_named(graph.get(), "stiftung"), "fillcolor") == "#009E73");
    // An actor without label shows its id.
    CHECK(attribute(node_named(graph.get(), "stiftung"), "label") == "stiftung");
    CHECK(agnedges(graph.get()) == 2);
    CHECK(attribute(graph.get(), "layout") == "neato");
    CHECK(attribute(graph.get(), "start") == "1");
    CHECK(attribute(graph.get(), "overlap") == "prism");
}

TEST_CASE("map DOT: tie width is 1 + 1.5 log2(w / w_min), capped at 6", "[viz][map]") {
    // A 4-cycle has no bridges, so widths come from the weights alone.
    const Network network =
        build({{"a", "other"}, {"b", "other"}, {"c", "other"}, {"d", "other"}},
              {{"a", "b", 1.0}, {"b", "c", 2.0}, {"c", "d", 4.0}, {"d", "a", 1000.0}});
    const ParsedDot graph = parse_dot_text(dot_of(network));
    REQUIRE(graph);
    CHECK(number(edge_between(graph.get(), "a", "b"), "penwidth") == Approx(1.0));
    CHECK(number(edge_between(graph.get(), "b", "c"), "penwidth") == Approx(2.5));
    CHECK(number(edge_between(graph.get(), "c", "d"), "penwidth") == Approx(4.0));
    CHECK(number(edge_between(graph.get(), "d", "a"), "penwidth") == Approx(6.0));
}

TEST_CASE("map DOT: bridges are drawn 2.5 points heavier, cut points as octagons",
          "[viz][map]") {
    const ParsedDot graph = parse_dot_text(dot_of(triangle_with_tail()));
    REQUIRE(graph);
    CHECK(number(edge_between(graph.get(), "c", "d"), "penwidth") == Approx(3.5));
    CHECK(number(edge_between(graph.get(), "a", "b"), "penwidth") == Approx(1.0));
    CHECK(attribute(node_named(graph.get(), "c"), "shape") == "octagon");
    CHECK(attribute(node_named(graph.get(), "a"), "shape") == "box");
    CHECK(attribute(node_named(graph.get(), "d"), "shape") == "box");
}

TEST_CASE("map DOT: the top brokers by betweenness get a double, black outline",
          "[viz][map]") {
    // In the triangle with a tail only c lies between others (a-d, b-d): betweenness 2.
    MapOptions options;
    options.brokers = 3;  // only one actor has betweenness above 0
    const ParsedDot graph = parse_dot_text(dot_of(triangle_with_tail(), options));
    REQUIRE(graph);
    CHECK(attribute(node_named(graph.get(), "c"), "peripheries") == "2");
    CHECK(attribute(node_named(graph.get(), "c"), "color") == "#000000");
    for (const char* other : {"a", "b", "d"}) {
        CHECK(attribute(node_named(graph.get(), other), "peripheries") != "2");
    }
    options.brokers = 0;
    const ParsedDot none = parse_dot_text(dot_of(triangle_with_tail(), options));
    CHECK(attribute(node_named(none.get(), "c"), "peripheries") != "2");
}

TEST_CASE("map DOT: tie kinds get Tol's colours, most frequent first, one strand per kind",
          "[viz][map]") {
    // funding: 3 ties, advice: 2 ties. a-b carries both kinds (weight 1 + 1).
    const Network network = build({{"a", "other"}, {"b", "other"}, {"c", "other"}},
                                  {{"a", "b", 1.0, "funding"},
                                   {"b", "c", 1.0, "funding"},
                                   {"a", "c", 1.0, "funding"},
                                   {"a", "c", 1.0, "advice"},
                                   {"b", "a", 1.0, "advice"}});
    const ParsedDot graph = parse_dot_text(dot_of(network));
    REQUIRE(graph);
    CHECK(attribute(edge_between(graph.get(), "b", "c"), "color") == "#332288");
    CHECK(attribute(edge_between(graph.get(), "a", "b"), "color") == "#332288:#CC6677");
    // The merged pair a-b weighs 2 against the lightest 1 (b-c): 1 + 1.5 log2 2 = 2.5.
    CHECK(number(edge_between(graph.get(), "a", "b"), "penwidth") == Approx(2.5));
    CHECK(agnedges(graph.get()) == 3);
}

TEST_CASE("map DOT: suggested cooperations are dashed ties between untied actors",
          "[viz][map]") {
    // m and b share the partner x and lie in different sectors: the one suggestion.
    const Network network = build({{"m", "municipality"}, {"x", "civil_society"},
                                   {"b", "business"}},
                                  {{"m", "x"}, {"x", "b"}});
    MapOptions options;
    options.suggestions = 3;
    const ParsedDot graph = parse_dot_text(dot_of(network, options));
    REQUIRE(graph);
    Agedge_t* suggested = edge_between(graph.get(), "m", "b");
    REQUIRE(suggested != nullptr);
    CHECK(attribute(suggested, "style") == "dashed");
    CHECK(attribute(edge_between(graph.get(), "m", "x"), "style") != "dashed");
    CHECK(agnedges(graph.get()) == 3);
    const ParsedDot plain = parse_dot_text(dot_of(network));
    CHECK(edge_between(plain.get(), "m", "b") == nullptr);
}

TEST_CASE("map DOT: communities become clusters with exactly their members", "[viz][map]") {
    MapOptions options;
    options.clusters = true;
    const ParsedDot graph = parse_dot_text(dot_of(two_cliques(), options));
    REQUIRE(graph);
    CHECK(attribute(graph.get(), "layout") == "fdp");
    Agraph_t* first = agsubg(graph.get(), const_cast<char*>("cluster_0"), 0);
    Agraph_t* second = agsubg(graph.get(), const_cast<char*>("cluster_1"), 0);
    REQUIRE(first != nullptr);
    REQUIRE(second != nullptr);
    CHECK(node_names(first) == Names{"a1", "a2", "a3", "a4"});
    CHECK(node_names(second) == Names{"b1", "b2", "b3", "b4"});
    CHECK(attribute(first, "label") == "community 0");
}

TEST_CASE("map: clusters need a layout that draws them", "[viz][map]") {
    MapOptions options;
    options.clusters = true;
    options.layout = LayoutEngine::Neato;
    REQUIRE_THROWS_AS(analyse_and_draw(two_cliques(), options), InvalidArgument);
    options.layout = LayoutEngine::Dot;
    options.format = MapFormat::Dot;
    CHECK_NOTHROW(analyse_and_draw(two_cliques(), options));
}

TEST_CASE("map views: ego, community and triangle maps hold exactly the expected actors",
          "[viz][map]") {
    //  m1 - x - b1 - w      x links the municipality m1 and the business b1;
    //  |                    f1 hangs off m1
    //  f1
    const Network network = build({{"m1", "municipality"}, {"x", "civil_society"},
                                   {"b1", "business"}, {"w", "education"},
                                   {"f1", "foundation"}},
                                  {{"m1", "x"}, {"x", "b1"}, {"b1", "w"}, {"m1", "f1"}});
    MapOptions ego = with_view(MapViewKind::Ego);
    ego.view.ego = "x";
    ego.view.radius = 1;
    CHECK(node_names(parse_dot_text(dot_of(network, ego)).get()) == Names{"b1", "m1", "x"});
    ego.view.radius = 2;
    CHECK(node_names(parse_dot_text(dot_of(network, ego)).get()) ==
          Names{"b1", "f1", "m1", "w", "x"});
    const ParsedDot triangle = parse_dot_text(dot_of(network, with_view(MapViewKind::Triangle)));
    CHECK(node_names(triangle.get()) == Names{"b1", "f1", "m1", "x"});
    // Ties among the shown actors only: m1-x, x-b1, m1-f1.
    CHECK(agnedges(triangle.get()) == 3);

    MapOptions community = with_view(MapViewKind::Community);
    community.view.community = 1;
    CHECK(node_names(parse_dot_text(dot_of(two_cliques(), community)).get()) ==
          Names{"b1", "b2", "b3", "b4"});
}

TEST_CASE("map views: an unknown ego or community is an InvalidArgument", "[viz][map]") {
    MapOptions ego = with_view(MapViewKind::Ego);
    ego.view.ego = "nobody";
    REQUIRE_THROWS_AS(analyse_and_draw(two_cliques(), ego), InvalidArgument);
    MapOptions community = with_view(MapViewKind::Community);
    community.view.community = 2;
    REQUIRE_THROWS_AS(analyse_and_draw(two_cliques(), community), InvalidArgument);
    MapOptions colour;
    colour.color_by = "";
    REQUIRE_THROWS_AS(analyse_and_draw(two_cliques(), colour), InvalidArgument);
}

TEST_CASE("map: labels go to the top actors by the size metric only when asked",
          "[viz][map]") {
    // A star: the centre has the largest degree; leaves tie, so input order picks l1.
    const Network network = build({{"l1", "other"}, {"l2", "other"}, {"hub", "other"},
                                   {"l3", "other"}},
                                  {{"hub", "l1"}, {"hub", "l2"}, {"hub", "l3"}});
    MapOptions options;
    options.size_by = SizeMetric::Degree;
    options.labels = 2;
    const ParsedDot graph = parse_dot_text(dot_of(network, options));
    CHECK(attribute(node_named(graph.get(), "hub"), "label") == "hub");
    CHECK(attribute(node_named(graph.get(), "l1"), "label") == "l1");
    CHECK(attribute(node_named(graph.get(), "l2"), "label").empty());
    CHECK(attribute(node_named(graph.get(), "l3"), "label").empty());
}

TEST_CASE("map: more than 300 actors get sfdp, 30 labels and small dots", "[viz][map]") {
    std::vector<ActorSpec> actors;
    std::vector<TieSpec> ties;
    for (int i = 0; i < 301; ++i) actors.push_back({"v" + std::to_string(i), "other"});
    for (int i = 0; i < 301; ++i) {
        ties.push_back({"v" + std::to_string(i), "v" + std::to_string((i + 1) % 301)});
    }
    MapOptions options;
    options.format = MapFormat::Dot;
    const MapResult result = analyse_and_draw(build(actors, ties), options);
    CHECK(result.layout == LayoutEngine::Sfdp);
    CHECK(result.actors == 301);
    CHECK(result.ties == 301);
    const ParsedDot graph = parse_dot_text(result.data);
    REQUIRE(graph);
    std::size_t labelled = 0;
    for (Agnode_t* n = agfstnode(graph.get()); n != nullptr; n = agnxtnode(graph.get(), n)) {
        if (!attribute(n, "label").empty()) ++labelled;
    }
    CHECK(labelled == kLargeMapLabels);
    CHECK(attribute(graph.get(), "splines") == "false");
}

TEST_CASE("map SVG: well-formed XML with one node group per actor, same bytes twice",
          "[viz][map][render]") {
    const Network network = triangle_with_tail();
    MapOptions options;
    const MapResult first = analyse_and_draw(network, options);
    const MapResult second = analyse_and_draw(network, options);
    CHECK(first.data == second.data);
    pugi::xml_document document;
    REQUIRE(document.load_buffer(first.data.data(), first.data.size()));
    CHECK(document.select_nodes("//*[local-name()='g'][@class='node']").size() == 4);
    CHECK(document.select_nodes("//*[local-name()='g'][@class='edge']").size() == 4);
    // The legend names the sectors.
    bool legend_found = false;
    for (const std::string& text : texts_below(document)) {
        legend_found = legend_found || text == "municipality (1)";
    }
    CHECK(legend_found);
}

TEST_CASE("map DOT: same network and options give the same bytes", "[viz][map]") {
    MapOptions options;
    options.clusters = true;
    options.suggestions = 2;
    CHECK(dot_of(two_cliques(), options) == dot_of(two_cliques(), options));
}

TEST_CASE("map SVG: hostile names and sectors are shown as text, never as markup",
          "[viz][map][render]") {
    const std::vector<std::string> labels{"\"><script>alert(1)</script>", "C:\\new\\N\\l",
                                          "Tom & Jerry &amp; Co", "<b>fett</b> \"Zitat\""};
    const Network network = build({{"n1", "<i>&\"", labels[0]},
                                   {"n2", "other", labels[1]},
                                   {"n3", "other", labels[2]},
                                   {"n4", "other", labels[3]}},
                                  {{"n1", "n2"}, {"n2", "n3"}, {"n3", "n4"}});
    MapOptions options;
    options.wrap_width = 0;  // one line per label
    const MapResult svg = analyse_and_draw(network, options);
    pugi::xml_document document;
    REQUIRE(document.load_buffer(svg.data.data(), svg.data.size()));
    CHECK_FALSE(has_element_named(document, "script"));
    CHECK_FALSE(has_element_named(document, "b"));
    CHECK_FALSE(has_element_named(document, "i"));
    const pugi::xpath_node_set nodes = document.select_nodes("//*[local-name()='g'][@class='node']");
    REQUIRE(nodes.size() == 4);
    std::vector<std::string> shown;
    for (const pugi::xpath_node& node : nodes) {
        const std::vector<std::string> texts = texts_below(node.node());
        REQUIRE(texts.size() == 1);
        shown.push_back(texts[0]);
    }
    CHECK(shown == labels);
    bool sector_found = false;
    for (const std::string& text : texts_below(document)) {
        sector_found = sector_found || text == "<i>&\" (1)";
    }
    CHECK(sector_found);

    // The DOT of the same map reads back through cgraph with the escaped labels.
    options.format = MapFormat::Dot;
    const ParsedDot graph = parse_dot_text(analyse_and_draw(network, options).data);
    REQUIRE(graph);
    CHECK(attribute(node_named(graph.get(), "n2"), "label") == "C:\\\\new\\\\N\\\\l");
    CHECK(attribute(node_named(graph.get(), "n1"), "label") == labels[0]);
}

TEST_CASE("map SVG: ids and labels like '&#0' give well-formed XML that reads as written",
          "[viz][map][render]") {
    // Graphviz writes node names as the <title> of nodes and edges and leaves `&#N;` and
    // `&name;` there alone: an id `&#0;` made the SVG ill-formed.
    const std::vector<std::string> ids{"&#0;", "&amp;", "<a>",
                                       "\"'",  "]]>",   "\xF0\x9F\x98\x80 a\\b"};
    std::vector<ActorSpec> actors;
    std::vector<TieSpec> ties;
    for (std::size_t i = 0; i < ids.size(); ++i) {
        actors.push_back({ids[i], ids[(i + 1) % ids.size()], "L " + ids[i]});
        if (i > 0) ties.push_back({ids[i - 1], ids[i], 1.0, ids[i]});
    }
    const Network network = build(actors, ties);
    MapOptions options;
    options.wrap_width = 0;
    const MapResult svg = analyse_and_draw(network, options);
    CHECK(first_illegal_xml_character(svg.data).empty());
    pugi::xml_document document;
    REQUIRE(document.load_buffer(svg.data.data(), svg.data.size()));
    std::vector<std::string> titles;
    std::vector<std::string> labels;
    for (const pugi::xpath_node& node :
         document.select_nodes("//*[local-name()='g'][@class='node']")) {
        titles.emplace_back(node.node().child("title").text().get());
        const std::vector<std::string> texts = texts_below(node.node());
        REQUIRE(texts.size() == 1);
        labels.push_back(texts[0]);
    }
    std::vector<std::string> expected_labels;
    for (const std::string& id : ids) expected_labels.push_back("L " + id);
    std::sort(titles.begin(), titles.end());
    std::sort(labels.begin(), labels.end());
    std::vector<std::string> sorted_ids = ids;
    std::sort(sorted_ids.begin(), sorted_ids.end());
    std::sort(expected_labels.begin(), expected_labels.end());
    CHECK(titles == sorted_ids);
    CHECK(labels == expected_labels);
    const pugi::xpath_node_set edges =
        document.select_nodes("//*[local-name()='g'][@class='edge']/*[local-name()='title']");
    REQUIRE(edges.size() == ties.size());
    std::vector<std::string> edge_titles;
    for (const pugi::xpath_node& title : edges) edge_titles.emplace_back(title.node().text().get());
    CHECK(std::find(edge_titles.begin(), edge_titles.end(), ids[0] + "--" + ids[1]) !=
          edge_titles.end());

    // PNG draws them, and the map's DOT keeps the ids as coopnet's DOT reader reads them.
    options.format = MapFormat::Png;
    CHECK(analyse_and_draw(network, options).data.substr(1, 3) == "PNG");
    options.format = MapFormat::Dot;
    const Network back = parse_dot(analyse_and_draw(network, options).data, "map.dot").network;
    REQUIRE(back.actor_count() == ids.size());
    for (std::size_t i = 0; i < ids.size(); ++i)
        CHECK(back.actor(static_cast<NodeId>(i)).id == ids[i]);
}

TEST_CASE("map SVG, PNG and PDF: the same input gives the same bytes, eight times over",
          "[viz][map][render]") {
    // Graphviz's spline router and fdp order by memory addresses, which vary from run to run;
    // without clusters the lines are coopnet's, so nothing may vary. Two cliques with
    // suggestions and several kinds make many lines that a router would bend.
    MapOptions options;
    options.suggestions = 3;
    for (const MapFormat format : {MapFormat::Svg, MapFormat::Png, MapFormat::Pdf}) {
        options.format = format;
        CAPTURE(map_format_name(format));
        const std::string first = analyse_and_draw(two_cliques(), options).data;
        for (int run = 1; run < 8; ++run) {
            CHECK(analyse_and_draw(two_cliques(), options).data == first);
        }
        // cairo stamps PDFs with the current time; coopnet fixes it.
        if (format == MapFormat::Pdf) {
            CHECK(first.find("/CreationDate (D:20000101000000") != std::string::npos);
        }
    }
}

TEST_CASE("map PNG and PDF start with their magic bytes", "[viz][map][render]") {
    MapOptions options;
    options.format = MapFormat::Png;
    const std::string png = analyse_and_draw(triangle_with_tail(), options).data;
    CHECK(png.substr(0, 8) == std::string("\x89PNG\r\n\x1a\n", 8));
    options.format = MapFormat::Pdf;
    CHECK(analyse_and_draw(triangle_with_tail(), options).data.substr(0, 5) == "%PDF-");
}

TEST_CASE("map: directed networks draw arrows, empty and tie-less networks still render",
          "[viz][map][render]") {
    const Network directed = build({{"a", "other"}, {"b", "other"}}, {{"a", "b"}}, true);
    const ParsedDot graph = parse_dot_text(dot_of(directed));
    REQUIRE(graph);
    CHECK(agisdirected(graph.get()));
    const MapResult empty = analyse_and_draw(build({}, {}));
    pugi::xml_document document;
    CHECK(document.load_buffer(empty.data.data(), empty.data.size()));
    CHECK(empty.actors == 0);
    const MapResult lonely = analyse_and_draw(build({{"a", "other"}, {"b", "business"}}, {}));
    CHECK(document.load_buffer(lonely.data.data(), lonely.data.size()));
    CHECK(document.select_nodes("//*[local-name()='g'][@class='node']").size() == 2);
}

TEST_CASE("map formats: names and extensions", "[viz][map]") {
    CHECK(map_format_for_path("out/map.SVG") == MapFormat::Svg);
    CHECK(map_format_for_path("map.gv") == MapFormat::Dot);
    CHECK(map_format_for_path("map.pdf") == MapFormat::Pdf);
    CHECK(map_format_for_path("map.html") == MapFormat::Html);
    CHECK(map_format_for_path("Karte.HTM") == MapFormat::Html);
    CHECK_FALSE(map_format_for_path("map.jpeg").has_value());
    CHECK_FALSE(map_format_for_path("map").has_value());
    CHECK(parse_size_metric("pagerank") == SizeMetric::PageRank);
    CHECK_FALSE(parse_size_metric("fame").has_value());
    CHECK(parse_layout_engine("circo") == LayoutEngine::Circo);
    CHECK(layout_engine_name(LayoutEngine::Sfdp) == "sfdp");
}
