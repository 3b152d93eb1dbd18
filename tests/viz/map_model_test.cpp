// The model of a map (viz/map_model.hpp), read without Graphviz: sizes, colours, shapes,
// lines and legend entries of small hand-made networks, worked out by hand.
#include "viz/map_model.hpp"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "analysis/change/network_diff.hpp"
#include "core/error.hpp"
#include "tests/viz/viz_test_networks.hpp"
#include "viz/diff_map.hpp"
#include "viz/network_map.hpp"

using namespace coopnet;
using namespace coopnet::viz_testing;

namespace {

//   a ---1--- b ---2--- c        a municipality, b business, c foundation; no tie kinds
Network weighted_path() {
    return build({{"a", "municipality"}, {"b", "business"}, {"c", "foundation"}},
                 {{"a", "b", 1.0}, {"b", "c", 2.0}});
}

/// The path's results, known without running anything: b lies on the one shortest path
/// a–c (raw betweenness 1), it is the path's only cut point, and both ties are bridges.
MapAnalysis path_results() {
    MapAnalysis results;
    results.betweenness = {0.0, 1.0, 0.0};
    results.size = results.betweenness;
    results.cut_points = {false, true, false};
    results.bridges = {{0, 1}, {1, 2}};
    return results;
}

std::vector<std::string> texts(const LegendBlock& block) {
    std::vector<std::string> result;
    for (const LegendEntry& entry : block.entries) result.push_back(entry.text);
    return result;
}

}  // namespace

TEST_CASE("map model: actors are sized by the square root of their share of the largest value",
          "[map][model]") {
    const MapModel model = network_map_model(weighted_path(), path_results());
    CHECK(model.name == "map");
    CHECK(model.layout == LayoutEngine::Neato);  // 3 actors: small, no clusters
    CHECK_FALSE(model.large);
    REQUIRE(model.actors.size() == 3);

    // a: betweenness 0 -> scale 0: width 0.3, height 0.3, font 10 points; every actor of a
    // small map is labelled. Municipality blue #0072B2 has relative luminance 0.152, so
    // white text contrasts more (1.05 / 0.202 = 5.2 against 0.202 / 0.05 = 4.0).
    const MapActor& a = model.actors[0];
    CHECK(a.id == "a");
    CHECK(a.label == std::vector<std::string>{"a"});
    CHECK(a.tooltip == "a");
    CHECK(a.look.width == Approx(0.3));
    CHECK(a.look.height == Approx(0.3));
    CHECK(a.look.font_size == Approx(10.0));
    CHECK(a.look.fill == "#0072B2");
    CHECK(a.look.font_colour == "#FFFFFF");
    CHECK_FALSE(a.look.shape.has_value());  // the default box
    CHECK_FALSE(a.look.outlines.has_value());

    // b: the largest value -> scale sqrt(1) = 1: width 1.3, height 0.7, font 20; a cut point
    // (an octagon) and the one broker (double black outline, 2 points). Business orange
    // #E69F00 (luminance 0.46) takes black text.
    const MapActor& b = model.actors[1];
    CHECK(b.look.width == Approx(1.3));
    CHECK(b.look.height == Approx(0.7));
    CHECK(b.look.font_size == Approx(20.0));
    CHECK(b.look.shape == "octagon");
    CHECK(b.look.style == "filled");
    CHECK(b.look.fill == "#E69F00");
    CHECK(b.look.font_colour == "#000000");
    CHECK(b.look.outlines == 2);
    CHECK(b.look.outline_width == Approx(2.0));
    CHECK(b.look.outline == "#000000");

    // c: foundation bluish green #009E73 (luminance 0.26) takes black text.
    CHECK(model.actors[2].look.fill == "#009E73");
    CHECK(model.actors[2].look.font_colour == "#000000");

    // Defaults of a small map: rounded boxes outlined 1 point in #333333, lines 1 point.
    CHECK(model.actor_defaults.shape == "box");
    CHECK(model.actor_defaults.style == "rounded,filled");
    CHECK(model.actor_defaults.outline == "#333333");
    CHECK(model.actor_defaults.outline_width == Approx(1.0));
    CHECK(model.tie_width == Approx(1.0));
}

TEST_CASE("map model: lines grow with the log of the weight, bridges heavier", "[map][model]") {
    const MapModel model = network_map_model(weighted_path(), path_results());
    REQUIRE(model.ties.size() == 2);
    // a–b: 1 + 1.5 log2(1 / 1) = 1, a bridge: + 2.5 = 3.5. b–c: 1 + 1.5 log2(2) = 2.5 + 2.5.
    CHECK(model.ties[0].first == 0);
    CHECK(model.ties[0].second == 1);
    CHECK(model.ties[0].width == Approx(3.5));
    CHECK(model.ties[1].width == Approx(5.0));
    // One kind (none): the darkest of Tol's muted colours, one strand.
    CHECK(model.ties[0].colours == std::vector<std::string>{"#332288"});
    CHECK(model.ties[0].tooltip == "a - b: (no kind); weight 1.00");
    CHECK_FALSE(model.ties[0].suggested);
    CHECK(model.ties[0].constraint);
}

TEST_CASE("map model: the legend names the groups, the kinds and the marks that occur",
          "[map][model]") {
    const MapModel model = network_map_model(weighted_path(), path_results());
    const MapLegend& legend = model.legend;
    CHECK(legend.heading == "test");
    CHECK(legend.lines == std::vector<std::string>{"whole network; 3 actors, 2 tied pairs"});
    CHECK(legend.font_size == Approx(12.0));
    // Groups of one actor each, by smallest id.
    CHECK(legend.blocks[0].heading == "sector");
    CHECK(texts(legend.blocks[0]) ==
          std::vector<std::string>{"municipality (1)", "business (1)", "foundation (1)"});
    CHECK(legend.blocks[0].entries[1].swatch.kind == SwatchKind::Colour);
    CHECK(legend.blocks[0].entries[1].swatch.colour == "#E69F00");
    CHECK(legend.blocks[1].heading == "tie kind");
    CHECK(texts(legend.blocks[1]) == std::vector<std::string>{"(no kind)"});
    CHECK(legend.blocks[1].entries[0].swatch.kind == SwatchKind::Line);
    // Size, the broker, the cut point, bridges and varying weights; no strands, suggestions,
    // clusters, arrows or unlabelled actors.
    CHECK(legend.blocks[2].heading == "marks");
    CHECK(texts(legend.blocks[2]) ==
          std::vector<std::string>{"grows with Betweenness", "top 1 brokers by betweenness",
                                   "cut point: its loss splits the network",
                                   "bridge: its loss splits the network",
                                   "tie weight (log scale)"});
    CHECK(legend.blocks[2].entries[1].swatch.symbol == "double outline");
}

TEST_CASE("map model: suggestions are dashed and only as many as asked", "[map][model]") {
    MapAnalysis results = path_results();
    SuggestionsResult suggestions;
    suggestions.pairs.push_back({});
    suggestions.pairs.back().first = 0;
    suggestions.pairs.back().second = 2;
    suggestions.pairs.push_back(suggestions.pairs.back());
    results.suggestions = suggestions;
    MapOptions options;
    options.suggestions = 1;
    const MapModel model = network_map_model(weighted_path(), results, options);
    REQUIRE(model.ties.size() == 3);
    const MapTie& suggested = model.ties[2];
    CHECK(suggested.suggested);
    CHECK(suggested.style == "dashed");
    CHECK(suggested.colours == std::vector<std::string>{"#555555"});
    CHECK(suggested.width == Approx(1.5));
    CHECK_FALSE(suggested.constraint);
    CHECK(suggested.tooltip == "suggested: a - c");

    options.suggestions = 2;
    results.suggestions.reset();
    REQUIRE_THROWS_AS(network_map_model(weighted_path(), results, options), InvalidArgument);
    results = path_results();
    results.size.pop_back();
    REQUIRE_THROWS_AS(network_map_model(weighted_path(), results), InvalidArgument);
}

TEST_CASE("map model: the change map marks kept, lost and new actors and ties", "[map][model]") {
    // before: a - b - c      after: b - c - d
    const Network before = build({{"a", "municipality"}, {"b", "business"}, {"c", "foundation"}},
                                 {{"a", "b"}, {"b", "c"}});
    const Network after = build({{"b", "business"}, {"c", "foundation"}, {"d", "education"}},
                                {{"b", "c"}, {"c", "d"}});
    const NetworkDiff diff = diff_networks(before, after);
    const MapModel model = diff_map_model(change_actors(before, after, diff), diff);
    CHECK(model.name == "diff");
    REQUIRE(model.actors.size() == 4);
    CHECK(model.actors[0].id == "a");
    CHECK(model.actors[0].css_class == "lost");
    CHECK(model.actors[0].look.fill == "#0072B259");  // 35 % opacity
    CHECK(model.actors[0].look.style == "rounded,filled,dashed");
    CHECK(model.actors[0].tooltip == "a: lost");
    CHECK(model.actors[1].css_class == "kept");
    CHECK_FALSE(model.actors[1].look.outline.has_value());
    CHECK(model.actors[3].id == "d");
    CHECK(model.actors[3].css_class == "new");
    CHECK(model.actors[3].look.outlines == 2);
    CHECK(model.actors[3].look.outline == std::string(kNewColour));

    // Lost first, then new, then kept (drawn on top).
    REQUIRE(model.ties.size() == 3);
    CHECK(model.ties[0].css_class == "lost");
    CHECK(model.ties[0].style == "dashed");
    CHECK(model.ties[0].width == Approx(kLostTieWidth));
    CHECK(model.ties[1].css_class == "new");
    CHECK(model.ties[1].width == Approx(kNewTieWidth));
    CHECK(model.ties[2].css_class == "kept");
    CHECK(model.ties[2].first == 1);
    CHECK(model.ties[2].second == 2);
    CHECK(model.ties[2].colours == std::vector<std::string>{std::string(kKeptColour)});

    CHECK(texts(model.legend.blocks[1]) == std::vector<std::string>{"grey, solid: kept (1)",
                                                                    "red, dashed: lost (1)",
                                                                    "green, bold: new (1)"});
    CHECK(model.legend.blocks[2].entries[1].swatch.kind == SwatchKind::Outlined);
    CHECK(model.legend.blocks[2].entries[1].swatch.border_style == "dashed");
}
