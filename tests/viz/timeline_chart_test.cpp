// The timeline and survival charts on hand-made inputs: every coordinate below is computed
// here from the axis scale stated in viz/timeline_chart.hpp (plot area 64..616 × 40..224).
#include "viz/timeline_chart.hpp"

#include <catch2/catch.hpp>
#include <cmath>
#include <cstdlib>
#include <pugixml.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "tests/viz/svg_document.hpp"
#include "tests/viz/text_search.hpp"

using namespace coopnet;
using namespace coopnet::viz_testing;

namespace {

pugi::xml_document parse(const std::string& svg) { return parse_svg(svg); }

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

/// The numbers of an attribute such as `points="x,y x,y"` or `d="Mx,yHx"`, in order.
std::vector<double> numbers_of(const pugi::xml_node& node, const char* attribute) {
    std::string text = node.attribute(attribute).value();
    for (char& c : text) {
        if (c == ',' || c == 'M' || c == 'H' || c == 'V') c = ' ';
    }
    std::istringstream in(text);
    std::vector<double> values;
    for (double v = 0; in >> v;) values.push_back(v);
    return values;
}

/// The text of every <text> under `node` with the given class-free parent group class.
std::vector<std::string> texts_in(const pugi::xml_document& doc, const char* group) {
    std::vector<std::string> out;
    const auto g = doc.select_node((std::string("//g[@class='") + group + "']").c_str()).node();
    for (const pugi::xml_node text : g.children("text")) out.emplace_back(text.child_value());
    return out;
}

TimelineEntry entry(const std::string& label, std::size_t actors, std::size_t ties) {
    TimelineEntry e;
    e.label = label;
    e.measures.actors = actors;
    e.measures.ties = ties;
    return e;
}

Timeline three_years() {
    Timeline timeline;
    timeline.steps = {entry("2003", 3, 2), entry("2004", 4, 2), entry("2005", 7, 5)};
    return timeline;
}

// a-c and a-d end after 365 days, a-b after 731; b-c is censored at 731 days.
const std::vector<SurvivalRecord> kRecords = {{731, true}, {365, true}, {731, false}, {365, true}};

void check_points(const std::vector<double>& got, const std::vector<double>& want) {
    REQUIRE(got.size() == want.size());
    for (std::size_t i = 0; i < want.size(); ++i) {
        INFO("coordinate " << i);
        CHECK(got[i] == Approx(want[i]).margin(0.006));  // written with 2 decimals
    }
}

}  // namespace

TEST_CASE("nice_ticks: steps of 1, 2 or 5 times a power of ten covering the range", "[viz][chart]") {
    const ChartTicks seven = nice_ticks(0, 7);  // 7/5 = 1.4 -> 2
    CHECK(seven.step == 2.0);
    CHECK(seven.values == std::vector<double>{0, 2, 4, 6, 8});
    CHECK(seven.decimals == 0);
    const ChartTicks share = nice_ticks(0, 1);  // 0.2
    CHECK(share.step == Approx(0.2));
    REQUIRE(share.values.size() == 6);
    CHECK(share.values[3] == Approx(0.6));
    CHECK(share.decimals == 1);
    const ChartTicks years = nice_ticks(0, 731 / 365.25);  // 0.4 -> 0.5
    CHECK(years.step == 0.5);
    CHECK(years.values.back() == 2.5);
    CHECK(nice_ticks(0, 23).values == std::vector<double>{0, 5, 10, 15, 20, 25});
    CHECK(nice_ticks(0, 3.9).values == std::vector<double>{0, 1, 2, 3, 4});  // 0.78 -> 1
    const ChartTicks widened = nice_ticks(0, 0);  // [0, 1]
    CHECK(widened.step == Approx(0.2));
    CHECK(widened.values.size() == 6);
    CHECK_THROWS_AS(nice_ticks(0, NAN), InvalidArgument);
    CHECK_THROWS_AS(nice_ticks(0, 1, 0), InvalidArgument);
}

TEST_CASE("timeline_chart_svg: actors and ties at their places on the scale", "[viz][chart]") {
    const std::string svg = timeline_chart_svg(three_years(), Words(Language::English));
    const pugi::xml_document doc = parse(svg);
    const pugi::xml_node root = doc.child("svg");
    CHECK(std::string(root.attribute("width").value()) == "640");
    CHECK(std::string(root.attribute("height").value()) == "320");
    // Largest count 7: ticks 0, 2, ..., 8, so y = 224 - v / 8 * 184. Three slots of 552 / 3
    // = 184: x = 64 + 92, 64 + 276, 64 + 460.
    check_points(numbers_of(doc.select_node("//g[@class='actors']/polyline").node(), "points"),
                 {156, 224 - 3 * 23.0, 340, 224 - 4 * 23.0, 524, 224 - 7 * 23.0});
    check_points(numbers_of(doc.select_node("//g[@class='ties']/polyline").node(), "points"),
                 {156, 224 - 2 * 23.0, 340, 224 - 2 * 23.0, 524, 224 - 5 * 23.0});
    // Greyscale: ties dashed with hollow squares, actors solid with filled circles.
    CHECK(doc.select_node("//g[@class='ties']/polyline[@stroke-dasharray]"));
    CHECK_FALSE(doc.select_node("//g[@class='actors']/polyline[@stroke-dasharray]"));
    CHECK(doc.select_nodes("//g[@class='actors']/circle").size() == 3);
    CHECK(doc.select_nodes("//g[@class='ties']/rect").size() == 3);
    CHECK(texts_in(doc, "y-ticks") == std::vector<std::string>{"0", "2", "4", "6", "8"});
    CHECK(texts_in(doc, "x-ticks") == std::vector<std::string>{"2003", "2004", "2005"});
    CHECK(contains(svg, ">Actors and ties per year</text>"));
}

TEST_CASE("timeline_chart_svg: German words, escaped labels, thinned axis, nothing dated",
          "[viz][chart]") {
    Timeline quarters;
    quarters.step = TimelineStep::Quarter;
    for (int i = 0; i < 26; ++i) quarters.steps.push_back(entry("Q<" + std::to_string(i) + "&", 1, 0));
    const std::string svg = timeline_chart_svg(quarters, Words(Language::German));
    const pugi::xml_document doc = parse(svg);
    CHECK(contains(svg, ">Akteure und Kooperationen je Quartal</text>"));
    // 26 steps, at most 12 labels: every third (0, 3, ..., 24).
    const std::vector<std::string> labels = texts_in(doc, "x-ticks");
    REQUIRE(labels.size() == 9);
    CHECK(labels[1] == "Q<3&");
    CHECK(contains(svg, "Q&lt;3&amp;"));
    // Largest count 1: ticks 0, 0.2, ..., 1 written with a decimal comma.
    CHECK(texts_in(doc, "y-ticks") ==
          std::vector<std::string>{"0,0", "0,2", "0,4", "0,6", "0,8", "1,0"});

    const std::string empty = timeline_chart_svg(Timeline{}, Words(Language::German));
    const pugi::xml_document empty_doc = parse(empty);
    CHECK_FALSE(empty_doc.select_node("//polyline"));
    CHECK(empty_doc.select_node("//text[@class='note']"));
}

TEST_CASE("survival_chart_svg: Kaplan-Meier steps, censoring marks and numbers at risk",
          "[viz][chart]") {
    // S drops to 2/4 at 365 days (4 at risk, 2 ended) and to 1/2 * 1/2 at 731 days (2 at
    // risk, 1 ended; the censored tie is still at risk there).
    const KaplanMeier curve = kaplan_meier(kRecords);
    const std::string svg = survival_chart_svg(curve, kRecords, Words(Language::German));
    const pugi::xml_document doc = parse(svg);
    // Longest 731 days = 2.001 years: x ticks 0, 0.5, ..., 2.5; x = 64 + years / 2.5 * 552.
    const auto x = [](double days) { return 64 + days / 365.25 / 2.5 * 552; };
    const auto y = [](double s) { return 224 - s * 184; };
    check_points(numbers_of(doc.select_node("//g[@class='survival']/polyline").node(), "points"),
                 {x(0), y(1), x(365), y(1), x(365), y(0.5), x(731), y(0.5), x(731), y(0.25),
                  x(731), y(0.25)});
    // Ticks at 0, 0.5, 1 ... years = 0, 182.6, 365.25 ... days: ties lasting that long.
    CHECK(texts_in(doc, "at-risk") ==
          std::vector<std::string>{"Noch bestehend", "4", "4", "2", "2", "2", "0"});
    const std::vector<std::string> ticks = texts_in(doc, "x-ticks");
    REQUIRE(ticks.size() == 7);
    CHECK(ticks[1] == "0,5");
    CHECK(ticks[6] == "Jahre seit Beginn");
    // The censored tie: one + at (731 days, 0.25), after the drop at that time.
    REQUIRE(doc.select_nodes("//g[@class='censored']/path").size() == 1);
    check_points(numbers_of(doc.select_node("//g[@class='censored']/path").node(), "d"),
                 {x(731) - 4, y(0.25), x(731) + 4, x(731), y(0.25) - 4, y(0.25) + 4});
    CHECK(contains(svg, ">Wie lange Kooperationen bestehen (Kaplan-Meier)</text>"));

    const std::string english = survival_chart_svg(curve, kRecords, Words(Language::English));
    CHECK(contains(english, ">At risk</text>"));
    CHECK(contains(english, ">0.5</text>"));

    const pugi::xml_document empty = parse(survival_chart_svg(KaplanMeier{}, {}, Words(Language::English)));
    CHECK_FALSE(empty.select_node("//polyline"));
}

TEST_CASE("charts are byte-identical for equal input", "[viz][chart]") {
    const Words words(Language::German);
    CHECK(timeline_chart_svg(three_years(), words) == timeline_chart_svg(three_years(), words));
    const KaplanMeier curve = kaplan_meier(kRecords);
    CHECK(survival_chart_svg(curve, kRecords, words) == survival_chart_svg(curve, kRecords, words));
}
