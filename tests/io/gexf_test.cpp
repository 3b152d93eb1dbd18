#include "io/gexf.hpp"

#include <catch2/catch.hpp>
#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "io/network_format.hpp"
#include "tests/io/rich_network.hpp"

using namespace coopnet;
namespace fs = std::filesystem;

namespace {

const fs::path kData = fs::path(COOPNET_TEST_DATA_DIR) / "gexf";

std::string to_gexf(const Network& network, const GexfWriteOptions& options = {}) {
    std::ostringstream out;
    write_gexf(network, out, options);
    return out.str();
}

// The problems parse_gexf() throws for `text`, as `FILE:LINE:COL: message` lines.
std::vector<std::string> problems_of(std::string_view text) {
    try {
        (void)parse_gexf(text, "t.gexf");
    } catch (const InputError& error) {
        std::vector<std::string> lines;
        for (const Diagnostic& problem : error.problems()) lines.push_back(problem.to_string());
        return lines;
    }
    return {};
}

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

bool any_contains(const std::vector<Diagnostic>& warnings, const std::string& part) {
    for (const Diagnostic& warning : warnings) {
        if (contains(warning.message, part)) return true;
    }
    return false;
}

TieRef tie_from(const Network& network, std::string_view source, std::string_view target) {
    for (const TieRef& tie : network.ties()) {
        if (network.actor(tie.source).id == source && network.actor(tie.target).id == target) {
            return tie;
        }
    }
    throw std::runtime_error("no such tie");
}

// Two actors and one tie dated with partial dates: `since` and `until` as given.
Network dated_pair(const char* since, const char* until) {
    NetworkBuilder builder;
    builder.add_actor(Actor{"a", "", "other", {}});
    builder.add_actor(Actor{"b", "", "other", {}});
    TieRecord tie = test::tie_between("a", "b");
    if (since != nullptr) tie.period.since = test::date(since);
    if (until != nullptr) tie.period.until = test::date(until);
    builder.add_tie(std::move(tie));
    return builder.build();
}

}  // namespace

TEST_CASE("gexf: write then read gives the same network, projects included", "[gexf]") {
    for (const GexfVersion version : {GexfVersion::V1_3, GexfVersion::V1_2draft}) {
        for (const bool directed : {false, true}) {
            const Network network = test::rich_network(directed);
            GexfWriteOptions options;
            options.version = version;
            const std::string text = to_gexf(network, options);
            const ReadResult back = parse_gexf(text, "round.gexf");
            CHECK(back.warnings.empty());
            CHECK(back.network == network);
            CHECK(back.network.projection_weighting() == ProjectionWeighting::Newman);
            // a b, Jugendamt, x/y: the order of the membership edges.
            CHECK(back.network.projects()[0].members == std::vector<NodeId>{1, 0, 3});
            // Same input, same bytes; a second round trip changes nothing.
            CHECK(to_gexf(network, options) == text);
            CHECK(to_gexf(back.network, options) == text);
        }
    }
}

TEST_CASE("gexf: the empty network and a network without periods round-trip, static", "[gexf]") {
    const Network empty;
    const std::string text = to_gexf(empty);
    CHECK(contains(text, "mode=\"static\""));
    CHECK(parse_gexf(text, "e.gexf").network == empty);
    const Network plain = dated_pair(nullptr, nullptr);
    CHECK_FALSE(contains(to_gexf(plain), "<spell"));
    CHECK(parse_gexf(to_gexf(plain), "p.gexf").network == plain);
}

TEST_CASE("gexf: the header names the version's namespaces", "[gexf]") {
    const std::string v13 = to_gexf(dated_pair(nullptr, nullptr));
    CHECK(contains(v13,
                   "<gexf xmlns=\"http://gexf.net/1.3\" "
                   "xmlns:viz=\"http://gexf.net/1.3/viz\""));
    CHECK(contains(v13, "version=\"1.3\">"));
    GexfWriteOptions old;
    old.version = GexfVersion::V1_2draft;
    const std::string v12 = to_gexf(dated_pair(nullptr, nullptr), old);
    CHECK(contains(v12,
                   "<gexf xmlns=\"http://www.gexf.net/1.2draft\" "
                   "xmlns:viz=\"http://www.gexf.net/1.2draft/viz\""));
    CHECK(contains(v12, "version=\"1.2\">"));
    CHECK(parse_gexf_version("1.2draft") == GexfVersion::V1_2draft);
    CHECK(parse_gexf_version("1.3") == GexfVersion::V1_3);
    CHECK_FALSE(parse_gexf_version("1.2"));
}

TEST_CASE("gexf: a partial date is written as the whole span it names", "[gexf]") {
    // since 2015 -> 1 January 2015; until 2016 -> 31 December 2016; until 2016-02 -> the
    // 29th (2016 is a leap year); since 2015-03 -> 1 March.
    std::string text = to_gexf(dated_pair("2015", "2016"));
    CHECK(contains(text,
                   "<graph defaultedgetype=\"undirected\" mode=\"dynamic\" "
                   "timeformat=\"date\">"));
    CHECK(contains(text, "<spell start=\"2015-01-01\" end=\"2016-12-31\" />"));
    text = to_gexf(dated_pair("2015-03", "2016-02"));
    CHECK(contains(text, "<spell start=\"2015-03-01\" end=\"2016-02-29\" />"));
    // An open end stays open; the exact text is kept as attributes.
    text = to_gexf(dated_pair(nullptr, "2015-03-17"));
    CHECK(contains(text, "<spell end=\"2015-03-17\" />"));
    const Network back = parse_gexf(to_gexf(dated_pair("2015", "2016-02")), "d.gexf").network;
    CHECK(back.ties()[0].period.since == test::date("2015"));
    CHECK(back.ties()[0].period.until == test::date("2016-02"));
}

TEST_CASE("gexf: a Gephi 1.3 file gives labels, sectors, typed attributes and periods",
          "[gexf][interop]") {
    const ReadResult result = read_gexf(kData / "gephi_dynamic_1_3.gexf");
    const Network& network = result.network;
    CHECK(network.directed());
    REQUIRE(network.actor_count() == 3);
    const Actor& city = network.actor(0);
    CHECK(city.id == "n0");
    CHECK(city.label == "Stadt Duisburg");
    CHECK(city.sector == "municipality");
    CHECK(city.attributes.at("founded") == AttributeValue{1905.0});  // integer: a number
    const Actor& verein = network.actor(1);
    CHECK(verein.label == "Bürgerverein Marxloh");
    CHECK(verein.attributes.at("tags") == AttributeValue{std::string("[Feste, Nachbarschaft]")});
    // An actor's spell stays as its attribute (an actor has no period in coopnet).
    CHECK(verein.attributes.at("since") == AttributeValue{std::string("2012-05-01")});
    CHECK_FALSE(verein.attributes.contains("until"));

    REQUIRE(network.ties().size() == 3);
    const TieRef& funding = tie_from(network, "n0", "n1");
    CHECK(funding.weight == 3.0);
    CHECK(funding.kind == "funding");
    CHECK(funding.period.since == test::date("2015-01-01"));
    CHECK(funding.period.until == test::date("2016-12-31"));
    const TieRef& open = tie_from(network, "n2", "n1");
    CHECK(open.weight == 1.0);  // no weight: 1
    CHECK(open.period.since == test::date("2018-03-01"));
    CHECK_FALSE(open.period.until);
    // Two spells, 2010-01-01..2011-06-30 and 2013: one period 2010-01-01..2013-12-31.
    const TieRef& advice = tie_from(network, "n1", "n0");
    CHECK(advice.weight == 1.5);
    CHECK(advice.attributes.at("label") == AttributeValue{std::string("Beratung")});
    CHECK(advice.period.since == test::date("2010-01-01"));
    CHECK(advice.period.until == test::date("2013-12-31"));

    // One note for the drawing, one warning for the spells; nothing else.
    CHECK(result.warnings.size() == 2);
    CHECK(any_contains(result.warnings, "drawing data"));
    CHECK(any_contains(result.warnings, "1 element(s) with several spells"));
}

TEST_CASE("gexf: a 1.2draft file written by networkx gives its typed attributes",
          "[gexf][interop]") {
    // networkx 3.6 write_gexf(G, version="1.2draft"): sector and kind as strings, staff
    // long, budget double, active boolean, the label = the id where none was given.
    const ReadResult result = read_gexf(kData / "networkx_1_2draft.gexf");
    const Network& network = result.network;
    CHECK(result.warnings.empty());
    CHECK(network.name() == "Marxloh");
    CHECK_FALSE(network.directed());
    REQUIRE(network.actor_count() == 3);
    CHECK(network.actor(0).label == "Jugendamt Mitte");
    CHECK(network.actor(0).sector == "municipality");
    CHECK(network.actor(0).attributes.at("staff") == AttributeValue{12.0});
    CHECK(network.actor(1).attributes.at("budget") == AttributeValue{0.75});
    CHECK(network.actor(1).attributes.at("active") == AttributeValue{std::string("false")});
    CHECK(network.actor(2).id == "Bäckerei");
    CHECK(network.actor(2).label == "Bäckerei");
    REQUIRE(network.ties().size() == 2);
    CHECK(network.ties()[0].weight == 2.0);
    CHECK(network.ties()[0].kind == "steering");
    CHECK(network.ties()[1].weight == 0.5);
    CHECK(network.ties()[1].kind == "exchange");
    CHECK(network.ties()[0].attributes.empty());  // edge ids are not kept
}

TEST_CASE("gexf: the drawing is written as viz colour, position and size", "[gexf]") {
    const Network network = dated_pair(nullptr, nullptr);
    GexfWriteOptions options;
    options.drawing = GexfDrawing{};
    options.drawing->colours = {std::string("#0072B2"), std::nullopt};
    options.drawing->sizes = {50.0, 10.0};
    options.drawing->positions = {std::array<double, 2>{1.5, -2.0}, std::nullopt};
    const std::string text = to_gexf(network, options);
    CHECK(contains(text, "<viz:color r=\"0\" g=\"114\" b=\"178\" />"));  // 0x00, 0x72, 0xB2
    CHECK(contains(text, "<viz:position x=\"1.5\" y=\"-2\" z=\"0\" />"));
    CHECK(contains(text, "<viz:size value=\"50\" />"));
    CHECK(contains(text, "<viz:size value=\"10\" />"));
    // Reading ignores it with one note: the same network.
    const ReadResult back = parse_gexf(text, "v.gexf");
    CHECK(back.network == network);
    REQUIRE(back.warnings.size() == 1);
    CHECK(contains(back.warnings[0].message, "drawing data"));

    options.drawing->colours = {std::string("blue"), std::nullopt};
    CHECK_THROWS_AS(to_gexf(network, options), InvalidArgument);
    options.drawing->colours = {std::string("#000000")};  // one entry for two actors
    CHECK_THROWS_AS(to_gexf(network, options), InvalidArgument);
}

TEST_CASE("gexf: foreign time as years, timestamps and open ends", "[gexf][interop]") {
    const std::string text = R"(<gexf version="1.2"><graph mode="dynamic" timeformat="double">
<nodes><node id="a"/><node id="b"/></nodes>
<edges>
<edge source="a" target="b" start="2003.0" end="INF"/>
<edge source="b" target="a"><spells><spell startopen="2001" endopen="2004"/></spells></edge>
<edge source="a" target="a"><timestamps><timestamp value="2007"/></timestamps></edge>
</edges></graph></gexf>)";
    const ReadResult result = parse_gexf(text, "y.gexf");
    const auto ties = result.network.ties();
    REQUIRE(ties.size() == 3);
    CHECK(ties[0].period.since == test::date("2003"));
    CHECK_FALSE(ties[0].period.until);
    CHECK(ties[1].period.since == test::date("2001"));
    CHECK(ties[1].period.until == test::date("2004"));
    CHECK(ties[2].period.since == test::date("2007"));
    CHECK(ties[2].period.until == test::date("2007"));
    CHECK(result.warnings.empty());
}

TEST_CASE("gexf: bad weights, times, numbers and unknown nodes are reported with their lines",
          "[gexf][errors]") {
    const std::string text = R"(<gexf version="1.3"><graph mode="dynamic" timeformat="date">
<attributes class="node"><attribute id="0" title="staff" type="integer"/></attributes>
<nodes><node id="a"><attvalues><attvalue for="0" value="many"/></attvalues></node>
<node id="b"/><node id="a"/></nodes>
<edges><edge source="a" target="b" weight="-1"/>
<edge source="a" target="ghost"/>
<edge source="a" target="b"><spells><spell start="last year"/></spells></edge>
</edges></graph></gexf>)";
    const auto problems = problems_of(text);
    INFO(problems.size());
    REQUIRE(problems.size() == 5);
    CHECK(contains(problems[0], "t.gexf:3:"));
    CHECK(contains(problems[0], "'many' of 'staff' is not a number (type integer)"));
    CHECK(contains(problems[1], "t.gexf:4:"));
    CHECK(contains(problems[1], "duplicate node id 'a' (first declared on line 3)"));
    CHECK(contains(problems[2], "t.gexf:5:"));
    CHECK(contains(problems[2], "weight '-1' is not a finite number > 0"));
    CHECK(contains(problems[3], "t.gexf:6:"));
    CHECK(contains(problems[3], "edge target 'ghost' is not a node of this graph"));
    CHECK(contains(problems[4], "t.gexf:7:"));
    CHECK(contains(problems[4], "time 'last year'"));
}

TEST_CASE("gexf: documents that are not GEXF, malformed or hostile are refused", "[gexf][errors]") {
    CHECK(contains(problems_of("<graphml><graph/></graphml>").at(0), "not GEXF"));
    CHECK(contains(problems_of("<gexf version=\"1.3\"/>").at(0), "without a <graph>"));
    CHECK(contains(problems_of("<gexf><graph>\n<nodes><node id=\"a\">").at(0), "malformed XML"));
    CHECK(contains(
        problems_of("<gexf><graph><nodes><node id=\"&#1;\"/></nodes></graph></gexf>").at(0),
        "control character"));
    const auto entity = problems_of(
        "<!DOCTYPE gexf [<!ENTITY x \"y\">]><gexf><graph><nodes><node id=\"&x;\"/>"
        "</nodes></graph></gexf>");
    CHECK(contains(entity.at(0), "entities"));
}

TEST_CASE("gexf: the format is chosen by the .gexf extension and the name gexf", "[gexf]") {
    CHECK(parse_format_name("gexf") == NetworkFormat::Gexf);
    CHECK(format_name(NetworkFormat::Gexf) == "gexf");
    CHECK(detect_output_format("net.gexf") == NetworkFormat::Gexf);
    CHECK(detect_input_format(kData / "networkx_1_2draft.gexf") == NetworkFormat::Gexf);
    std::ostringstream out;
    WriteOptions options;
    options.gexf.version = GexfVersion::V1_2draft;
    (void)write_network(dated_pair(nullptr, nullptr), out, NetworkFormat::Gexf, "out", options);
    CHECK(contains(out.str(), "http://www.gexf.net/1.2draft"));
}
