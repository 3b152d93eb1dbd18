#include <algorithm>
#include <catch2/catch.hpp>
#include <cctype>
#include <string>

#include "analysis/change/network_diff.hpp"
#include "io/network_format.hpp"
#include "tests/viz/text_search.hpp"
#include "tests/viz/viz_pipeline.hpp"
#include "tests/viz/viz_test_networks.hpp"
#include "viz/report.hpp"

using namespace coopnet;
using namespace coopnet::viz_testing;

namespace {

/// The text between `<section id="change">` and its `</section>` ("" when absent).
std::string change_section(const std::string& html) {
    const std::size_t start = html.find("<section id=\"change\">");
    if (start == std::string::npos) return {};
    return html.substr(start, html.find("</section>", start) - start);
}

/// The rows of the table with id `id`.
std::size_t table_rows(const std::string& html, const std::string& id) {
    const std::size_t start = html.find("<table id=\"" + id + "\"");
    if (start == std::string::npos) return 0;
    const std::size_t end = html.find("</table>", start);
    return count(html.substr(start, end - start), "<tr><td>");
}

// before:  a --- b          after:  a --- b
//           \   /                   |   / |
//             c --- d               e --- c
//
// before ties a-b, b-c, a-c, c-d; after a-b, b-c, a-e, b-e, c-e.
// Hand count: actors kept a, b, c; lost d; new e. Ties kept a-b, b-c (2 of 4: 50 %);
// lost a-c, c-d; new a-e, b-e, c-e. Cross-sector before (c and d are both foundations):
// a-b, b-c, a-c; kept a-b, b-c: 2 of 3 = 66.7 %.
// Density: before 4 ties of 6 pairs = 66.7 %; after 5 of 6 = 83.3 %.
// Freeman degree centralisation, sum(d_max - d_i) / ((n-1)(n-2)) with (n-1)(n-2) = 6:
// before degrees a 2, b 2, c 3, d 1: (1 + 1 + 0 + 2) / 6 = 0.67; after a 2, b 3, c 2, e 3:
// (1 + 0 + 1 + 0) / 6 = 0.33.
// Betweenness before: c lies on the only paths a-c-d and b-c-d: 2 of the 3 pairs not
// containing c, normalised 2 / 3 = 0.667; nobody else brokers. After c lies between no
// one (a-c goes through b or e), so c, rank 1 before, dropped out but is still there.
Network before_state() {
    return build({{"a", "municipality", "Amt"},
                  {"b", "business", "Betrieb"},
                  {"c", "foundation", "C-Stiftung"},
                  {"d", "foundation", "D-Stiftung"}},
                 {{"a", "b"}, {"b", "c"}, {"a", "c"}, {"c", "d"}});
}

Network after_state() {
    return build({{"a", "municipality", "Amt"},
                  {"b", "business", "Betrieb"},
                  {"c", "foundation", "C-Stiftung"},
                  {"e", "education", "Schule"}},
                 {{"a", "b"}, {"b", "c"}, {"a", "e"}, {"b", "e"}, {"c", "e"}});
}

ReportOptions compared(bool map = false) {
    ReportOptions options;
    options.map = map;
    options.comparison = compare(before_state(), after_state(), "2003–2008", "2015–2018");
    return options;
}

}  // namespace

TEST_CASE("report change: the section is there with a comparison and absent without",
          "[report][change]") {
    const std::string plain = analyse_and_report(after_state(), [] {
        ReportOptions options;
        options.map = false;
        return options;
    }());
    CHECK(plain.find("id=\"change\"") == std::string::npos);
    CHECK(plain.find("Veränderung") == std::string::npos);

    const std::string html = analyse_and_report(after_state(), compared());
    CHECK(count(html, "<section id=\"change\">") == 1);
    CHECK(html.find("<h2>Veränderung</h2>") != std::string::npos);
    // After the map section's place and before the actor table.
    CHECK(html.find("<section id=\"change\">") < html.find("<section id=\"actors\">"));
    // The key findings point to it.
    CHECK(html.find("<a href=\"#change\">") < html.find("<section id=\"change\">"));
    CHECK(html.find("vorher</b> (2003–2008) und <b>nachher</b> (2015–2018)") != std::string::npos);
}

TEST_CASE("report change: the findings of a hand-built pair, derived by hand", "[report][change]") {
    const std::string section = change_section(analyse_and_report(after_state(), compared()));
    REQUIRE_FALSE(section.empty());
    CHECK(section.find("Von <b>4 Akteuren</b> vorher sind <b>3</b> auch nachher dabei; 1 ist "
                       "nicht mehr dabei und 1 ist neu hinzugekommen.") != std::string::npos);
    CHECK(section.find("Nicht mehr dabei: D-Stiftung.") != std::string::npos);
    CHECK(section.find("Neu dabei: Schule.") != std::string::npos);
    CHECK(section.find("Von <b>4 Kooperationen</b> vorher bestehen <b>2</b> fort: "
                       "<b>Fortbestand 50,0 %</b>. 2 sind weggefallen und 3 sind neu entstanden.") !=
          std::string::npos);
    CHECK(section.find("Zwischen verschiedenen Sektoren bestehen <b>2</b> von 3 fort "
                       "(<b>66,7 %</b>; insgesamt 50,0 %).") != std::string::npos);
    // c keeps its ties to b and e: it no longer brokers, but it has not dropped out.
    CHECK(section.find("<b>C-Stiftung</b> (Stiftung; vorher Rang 1, Betweenness 0,667) ist "
                       "noch dabei und kooperiert, vermittelt aber nicht mehr") !=
          std::string::npos);
    CHECK(section.find("ausgeschieden") == std::string::npos);
    CHECK(section.find("Die Dichte steigt von 66,7 % auf 83,3 %") != std::string::npos);
    CHECK(section.find("Vorher wie nachher sind alle Akteure über Kooperationsketten "
                       "verbunden.") != std::string::npos);
    CHECK(section.find("Die Zentralisierung (Freeman, nach Zahl der Partner) sinkt von 0,67 "
                       "auf 0,33: die Kooperation verteilt sich nun gleichmäßiger.") !=
          std::string::npos);
    CHECK(section.find("Die Modularität (Leiden) ") != std::string::npos);
    // Measures table: 4 -> 5 ties is +1; density +16.7 points.
    CHECK(section.find("<td>Kooperationen (Paare)</td><td class=\"n\">4</td><td class=\"n\">5"
                       "</td><td class=\"n\">+1</td>") != std::string::npos);
    CHECK(section.find("+16,7 Prozentpunkte") != std::string::npos);
    // Tie tables: 2 kept, 2 lost, 3 new rows; the lost c-d tie shown by name and sector.
    CHECK(table_rows(section, "kept-ties") == 2);
    CHECK(table_rows(section, "lost-ties") == 2);
    CHECK(table_rows(section, "new-ties") == 3);
    CHECK(section.find("<tr><td>C-Stiftung</td><td>Stiftung</td><td>D-Stiftung</td>"
                       "<td>Stiftung</td></tr>") != std::string::npos);
}

TEST_CASE("report change: English with the option", "[report][change]") {
    ReportOptions options = compared();
    options.language = ReportLanguage::English;
    const std::string html = analyse_and_report(after_state(), options);
    const std::string section = change_section(html);
    CHECK(section.find("<h2>Change over time</h2>") != std::string::npos);
    CHECK(section.find("Of <b>4 actors</b> before, <b>3</b> are still there after; 1 has left "
                       "and 1 has joined.") != std::string::npos);
    CHECK(section.find("Of <b>4 ties</b> before, <b>2</b> last: <b>persistence 50.0 %</b>. 2 "
                       "ended and 3 began.") != std::string::npos);
    CHECK(section.find("Density rises from 66.7 % to 83.3 %") != std::string::npos);
    CHECK(section.find("Veränderung") == std::string::npos);
}

TEST_CASE("report change: the inline map of the change is there unless maps are off",
          "[report][change]") {
    const std::string with_map = change_section(analyse_and_report(after_state(), compared(true)));
    CHECK(with_map.find("<div class=\"map\" id=\"change-map\">") != std::string::npos);
    // Its heading, note and picture are one figure, kept on one page in print.
    const std::size_t figure = with_map.find("<div class=\"figure\">\n<h3>");
    REQUIRE(figure != std::string::npos);
    CHECK(figure < with_map.find("id=\"change-map\""));
    CHECK(count(with_map, "<svg") == 1);
    CHECK(with_map.find("<?xml") == std::string::npos);
    CHECK(with_map.find("<!--") == std::string::npos);
    // The map's lines carry their status: 2 kept, 2 lost, 3 new.
    CHECK(count(with_map, "class=\"edge kept\"") == 2);
    CHECK(count(with_map, "class=\"edge lost\"") == 2);
    CHECK(count(with_map, "class=\"edge new\"") == 3);
    const std::string without = change_section(analyse_and_report(after_state(), compared(false)));
    CHECK(without.find("<svg") == std::string::npos);
}

TEST_CASE("report change: hostile names from either state are escaped", "[report][change]") {
    // A lost actor with a hostile label and id, and a new one with a script as its sector.
    const Network before =
        build({{"--><img src=x onerror=alert(1)>", "municipality", "<img src=x onerror=alert(1)>"},
               {"b", "business", "B & \"Partner\""}},
              {{"--><img src=x onerror=alert(1)>", "b"}});
    const Network after = build(
        {{"b", "business", "B & \"Partner\""}, {"c", "<script>alert(2)</script>", "C 'quoted'"}},
        {{"b", "c"}});
    for (const bool map : {false, true}) {
        CAPTURE(map);
        ReportOptions options;
        options.map = map;
        options.title = "<b>T</b>";
        options.comparison = compare(before, after, "<i>vorher</i>", "x\"y");
        const std::string html = analyse_and_report(after, options);
        const std::string section = change_section(html);
        REQUIRE_FALSE(section.empty());
        CHECK(lower(html).find("<img") == std::string::npos);
        // The page's own script, and the map's data block (JSON) when there is a map.
        CHECK(count(lower(html), "<script") == (map ? 2 : 1));
        CHECK(html.find("<i>vorher</i>") == std::string::npos);
        CHECK(section.find("&lt;img src=x onerror=alert(1)&gt;") != std::string::npos);
        CHECK(section.find("&lt;i&gt;vorher&lt;/i&gt;") != std::string::npos);
        CHECK(section.find("B &amp; &quot;Partner&quot;") != std::string::npos);
        CHECK(section.find("&lt;script&gt;alert(2)&lt;/script&gt;") != std::string::npos);
    }
}

TEST_CASE("report change: the same input gives byte-identical HTML, map included",
          "[report][change]") {
    const Network network =
        read_network(std::string(COOPNET_SAMPLES_DIR) + "/duisburg-two-periods").network;
    ReportOptions options;
    options.version = "0.1.0";
    options.comparison =
        compare(period_network(network, parse_period("2003-2008")),
                period_network(network, parse_period("2015-2018")), "2003–2008", "2015–2018");
    const std::string first = analyse_and_report(network, options);
    const std::string second = analyse_and_report(network, options);
    CHECK(first == second);
    // The sample's README: 3 of 168 ties kept (1.8 %), the Jugendamt gone after.
    const std::string section = change_section(first);
    CHECK(section.find("Von <b>168 Kooperationen</b> vorher bestehen <b>3</b> fort: "
                       "<b>Fortbestand 1,8 %</b>.") != std::string::npos);
    CHECK(section.find("<b>Jugendamt der Stadt Duisburg</b> (Kommune/Verwaltung; vorher Rang "
                       "2") != std::string::npos);
    CHECK(section.find("ist ausgeschieden: nachher nicht mehr im Netzwerk") != std::string::npos);
    CHECK(count(section, "<svg") == 1);
}

namespace {

/// The path p00 - p01 - … of `n` actors (sector other), then the ties of `chords`.
Network path_with_chords(std::size_t n, const std::vector<TieSpec>& chords) {
    std::vector<ActorSpec> actors;
    std::vector<TieSpec> ties;
    for (std::size_t i = 0; i < n; ++i) {
        actors.push_back({(i < 10 ? "p0" : "p") + std::to_string(i), "other"});
        if (i > 0) ties.push_back({actors[i - 1].id, actors[i].id});
    }
    ties.insert(ties.end(), chords.begin(), chords.end());
    return build(actors, ties);
}

std::string compared_section(Network before, Network after, std::size_t broker_top,
                             ReportLanguage language = ReportLanguage::German) {
    ReportOptions options;
    options.map = false;
    options.language = language;
    options.comparison = compare(std::move(before), after, "vorher", "nachher", broker_top);
    return change_section(analyse_and_report(after, options));
}

}  // namespace

TEST_CASE("report change: only a broker gone has dropped out, the others fell or stopped",
          "[report][change]") {
    // before: the path u - l - f - s - v       after: the path u - x - y - z - w - f - s
    // On a path of n actors the one at position i (0-based) lies on i·(n-1-i) shortest
    // paths. Before (n = 5): f 4 (normalised 4/6 = 0,667), l 3, s 3: f rank 1, l 2, s 3.
    // After (n = 7): z 9, w 8, y 8, f 5 (5/15 = 0,333), x 5: f rank 4 (before x by id).
    // With the top 3: l is gone (dropped out), f fell from rank 1 to rank 4, s keeps its
    // tie to f but is a leaf (no longer brokers).
    const Network before = build({{"u", "other", "U"},
                                  {"l", "foundation", "Leaving-Stiftung"},
                                  {"f", "business", "Falling GmbH"},
                                  {"s", "municipality", "Stiller Amt"},
                                  {"v", "other", "V"}},
                                 {{"u", "l"}, {"l", "f"}, {"f", "s"}, {"s", "v"}});
    const std::vector<ActorSpec> after_actors = {{"u", "other", "U"},
                                                 {"x", "other", "X"},
                                                 {"y", "other", "Y"},
                                                 {"z", "other", "Z"},
                                                 {"w", "other", "W"},
                                                 {"f", "business", "Falling GmbH"},
                                                 {"s", "municipality", "Stiller Amt"}};
    const std::vector<TieSpec> after_ties = {{"u", "x"}, {"x", "y"}, {"y", "z"},
                                             {"z", "w"}, {"w", "f"}, {"f", "s"}};
    const Network after = build(after_actors, after_ties);
    const std::string section = compared_section(before, after, 3);
    REQUIRE_FALSE(section.empty());
    CHECK(section.find("Nicht mehr unter den 3 wichtigsten Vermittlern (nach Betweenness): ") !=
          std::string::npos);
    CHECK(section.find("<b>Leaving-Stiftung</b> (Stiftung; vorher Rang 2, Betweenness 0,500) "
                       "ist ausgeschieden: nachher nicht mehr im Netzwerk") != std::string::npos);
    const std::string fell =
        "<b>Falling GmbH</b> (Wirtschaft) fiel von Rang 1 auf Rang 4 (Betweenness vorher 0,667, "
        "nachher 0,333) und ist weiter im Netzwerk";
    CHECK(section.find(fell) != std::string::npos);
    CHECK(section.find("<b>Stiller Amt</b> (Kommune/Verwaltung; vorher Rang 3, Betweenness "
                       "0,500) ist noch dabei und kooperiert, vermittelt aber nicht mehr") !=
          std::string::npos);
    // "ausgeschieden" is said once, of the one that left: not of the two still there.
    CHECK(count(section, "ausgeschieden") == 1);
    CHECK(section.find("Falling GmbH</b> (Wirtschaft; vorher Rang 1") == std::string::npos);

    SECTION("the key findings count them apart") {
        ReportOptions options;
        options.map = false;
        options.comparison = compare(before, after, "vorher", "nachher", 3);
        const std::string html = analyse_and_report(after, options);
        CHECK(html.find("1 wichtiger Vermittler ist ausgeschieden. 2 wichtige Vermittler sind "
                        "noch im Netzwerk, aber nicht mehr unter den wichtigsten.") !=
              std::string::npos);
    }
    SECTION("in English") {
        const std::string english = compared_section(before, after, 3, ReportLanguage::English);
        CHECK(english.find("<b>Falling GmbH</b> (business) fell from rank 1 to rank 4 "
                           "(betweenness 0.667 before, 0.333 after)") != std::string::npos);
        CHECK(english.find("<b>Leaving-Stiftung</b> (foundation; rank 2 before, betweenness "
                           "0.500) dropped out: gone from the network after") != std::string::npos);
        CHECK(english.find("<b>Stiller Amt</b> (municipality; rank 3 before, betweenness "
                           "0.500) is still there and cooperates, but no longer brokers") !=
              std::string::npos);
        CHECK(count(english, "dropped out") == 1);
    }
    SECTION("a broker kept as an actor but without ties has dropped out") {
        std::vector<ActorSpec> actors = after_actors;
        actors.push_back({"l", "foundation", "Leaving-Stiftung"});  // listed, but no tie
        const Network alone = build(actors, after_ties);
        const std::string text = compared_section(before, alone, 3);
        CHECK(text.find("<b>Leaving-Stiftung</b> (Stiftung; vorher Rang 2, Betweenness 0,500) "
                        "ist ausgeschieden: nachher ohne Kooperationen") != std::string::npos);
        CHECK(count(text, "ausgeschieden") == 1);
    }
}

TEST_CASE("report change: density changed by under 1 point is barely changed, not a trend",
          "[report][change]") {
    SECTION("+0.004: barely changed") {
        // A path of 23 actors: 22 ties of 253 pairs = 8.70 %; one chord more: 23 of 253 =
        // 9.09 %, a change of 1/253 = 0.0040 (below 0.01).
        const std::string section =
            compared_section(path_with_chords(23, {}), path_with_chords(23, {{"p00", "p22"}}), 10);
        CHECK(section.find("Die Dichte ist mit 9,1 % (vorher 8,7 %) kaum verändert") !=
              std::string::npos);
        CHECK(section.find("Die Dichte steigt") == std::string::npos);
        const std::string english =
            compared_section(path_with_chords(23, {}), path_with_chords(23, {{"p00", "p22"}}), 10,
                             ReportLanguage::English);
        CHECK(english.find("Density barely changed at 9.1 % (8.7 % before)") != std::string::npos);
    }
    SECTION("+0.05: a rise") {
        // A path of 16 actors: 15 ties of 120 pairs = 12.5 %; six chords more: 21 of 120 =
        // 17.5 %, a change of 6/120 = 0.05.
        const std::vector<TieSpec> six = {{"p00", "p02"}, {"p02", "p04"}, {"p04", "p06"},
                                          {"p06", "p08"}, {"p08", "p10"}, {"p10", "p12"}};
        const std::string section =
            compared_section(path_with_chords(16, {}), path_with_chords(16, six), 10);
        CHECK(section.find("Die Dichte steigt von 12,5 % auf 17,5 %") != std::string::npos);
        CHECK(section.find("Die Dichte ist mit") == std::string::npos);
    }
    SECTION("the measures table still shows the small difference, the methods the thresholds") {
        ReportOptions options;
        options.map = false;
        const Network after = path_with_chords(23, {{"p00", "p22"}});
        options.comparison = compare(path_with_chords(23, {}), after, "", "", 10);
        const std::string html = analyse_and_report(after, options);
        CHECK(html.find("+0,4 Prozentpunkte") != std::string::npos);
        CHECK(html.find("Änderung der Dichte um mindestens 1,0 Prozentpunkte, der "
                        "Zentralisierung um mindestens 0,05 und der Modularität um mindestens "
                        "0,05") != std::string::npos);
    }
}
