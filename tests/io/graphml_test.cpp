#include "io/graphml.hpp"

#include <catch2/catch.hpp>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <limits>
#include <sstream>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "tests/io/rich_network.hpp"

using namespace coopnet;
namespace fs = std::filesystem;

namespace {

std::string to_graphml(const Network& network) {
    std::ostringstream out;
    write_graphml(network, out);
    return out.str();
}

// The problems parse_graphml() throws for `text`, as `FILE:LINE:COL: message` lines.
std::vector<std::string> problems_of(std::string_view text) {
    try {
        (void)parse_graphml(text, "t.graphml");
    } catch (const InputError& error) {
        std::vector<std::string> lines;
        for (const Diagnostic& problem : error.problems()) lines.push_back(problem.to_string());
        return lines;
    }
    return {};
}

bool starts_with(const std::string& text, const std::string& prefix) {
    return text.rfind(prefix, 0) == 0;
}

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

using test::date;
using test::rich_network;
using test::tie_between;

}  // namespace

TEST_CASE("graphml: write then read gives the same network, projects included", "[graphml]") {
    for (const bool directed : {false, true}) {
        const Network network = rich_network(directed);
        const std::string text = to_graphml(network);
        const ReadResult back = parse_graphml(text, "round.graphml");
        CHECK(back.warnings.empty());
        CHECK(back.network == network);
        // Not part of ==, but kept: the projection weighting.
        CHECK(back.network.projection_weighting() == ProjectionWeighting::Newman);
        CHECK(back.network.projects()[0].members ==
              std::vector<NodeId>{1, 0, 3});  // a b, Jugendamt, x/y: membership order kept
        // Same input, same bytes; and a second round trip changes nothing.
        CHECK(to_graphml(network) == text);
        CHECK(to_graphml(back.network) == text);
    }
}

TEST_CASE("graphml: the writer emits the standard header, keys first, NMTOKEN node ids",
          "[graphml]") {
    const std::string text = to_graphml(rich_network(false));
    CHECK(starts_with(text,
                      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml "
                      "xmlns=\"http://graphml.graphdrawing.org/xmlns\""));
    CHECK(contains(text,
                   "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
                   "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\""));
    // Every <key> comes before the <graph>.
    CHECK(text.rfind("<key ") < text.find("<graph "));
    CHECK(contains(text, "<graph edgedefault=\"undirected\">"));
    // Valid NMTOKENs keep their id ("Jugendamt", "_n1", "isolate", "p1", "empty"). The others
    // get `_n<index>`: "a b" (index 1) finds "_n1" taken by the actor of that name and
    // becomes "_n1_", "x/y" (index 3) "_n3"; the project "Jugendamt" (index 1, its id taken
    // by the actor) becomes "_p1".
    CHECK(contains(text, "<node id=\"Jugendamt\">"));
    CHECK(contains(text, "<node id=\"_n1_\">"));
    CHECK(contains(text, "<node id=\"_n3\">"));
    CHECK(contains(text, "<node id=\"_p1\">"));
    CHECK(contains(text, "<data key=\"n_id\">a b</data>"));
    CHECK(contains(text,
                   "<key id=\"e_weight\" for=\"edge\" attr.name=\"weight\" "
                   "attr.type=\"double\" />"));
    // The attribute called "label" does not collide with the label.
    CHECK(contains(text, "attr.name=\"coopnet_attr:label\""));
    CHECK(contains(text, "INF"));
    // No proprietary elements: only GraphML element names appear.
    for (const std::string element : {"<y:", "<yed:", "<viz:"})
        CHECK_FALSE(contains(text, element));
}

TEST_CASE("graphml: a network without projects writes no coopnet_type key", "[graphml]") {
    NetworkBuilder builder;
    builder.add_actor(Actor{"a", "", "other", {}});
    builder.add_actor(Actor{"b", "", "other", {}});
    builder.add_tie(tie_between("a", "b"));
    const Network network = builder.build();
    const std::string text = to_graphml(network);
    CHECK_FALSE(contains(text, "coopnet_type"));
    CHECK_FALSE(contains(text, "attr.name=\"name\""));  // the network has no name
    CHECK(parse_graphml(text, "t").network == network);
}

TEST_CASE("graphml: the empty network round-trips", "[graphml]") {
    const Network empty = NetworkBuilder().build();
    const ReadResult back = parse_graphml(to_graphml(empty), "t");
    CHECK(back.network == empty);
    CHECK(back.network.actor_count() == 0);
}

TEST_CASE("graphml: a yEd file gives its node labels, weights and direction", "[graphml]") {
    const ReadResult result =
        read_graphml(fs::path(COOPNET_TEST_DATA_DIR) / "graphml" / "yed_directed.graphml");
    const Network& network = result.network;
    CHECK(network.directed());
    CHECK(network.name() == "G");  // the graph id; yEd has no `name` key
    REQUIRE(network.actor_count() == 3);
    CHECK(network.actor(0).id == "n0");
    CHECK(network.actor(0).label == "Quartiersmanagement");  // from y:NodeLabel
    CHECK(network.actor(0).sector == "other");
    CHECK(network.actor(0).attributes == Attributes{{"description", std::string("Stadtteilbüro")}});
    CHECK(network.actor(1).label == "Jugendamt");
    CHECK(network.actor(2).label == "Grundschule am Park");
    CHECK(network.actor(2).attributes ==
          Attributes{{"url", std::string("https://example.org/schule")}});
    REQUIRE(network.ties().size() == 2);
    CHECK(network.ties()[0].source == 0);
    CHECK(network.ties()[0].target == 1);
    CHECK(network.ties()[0].weight == 2.0);
    CHECK(network.ties()[0].attributes.empty());  // the edge graphics are dropped
    // "Gewicht" is not "weight": it stays an attribute and the weight defaults to 1.
    CHECK(network.ties()[1].weight == 1.0);
    CHECK(network.ties()[1].attributes == Attributes{{"Gewicht", 0.5}});
    CHECK(network.projects().empty());
    // The graphics are ignored with one note; the graph's "Beschreibung" has no place in a
    // Network: said once.
    REQUIRE(result.warnings.size() == 2);
    CHECK(contains(result.warnings[0].to_string(), "y:ShapeNode"));
    CHECK(contains(result.warnings[1].to_string(), "Beschreibung"));
    CHECK(result.warnings[1].where.line == 14);
}

TEST_CASE("graphml: a Gephi file gives typed attributes, key defaults, sectors and kinds",
          "[graphml]") {
    const ReadResult result =
        read_graphml(fs::path(COOPNET_TEST_DATA_DIR) / "graphml" / "gephi_typed_keys.graphml");
    const Network& network = result.network;
    CHECK(result.warnings.empty());
    CHECK_FALSE(network.directed());
    CHECK(network.name().empty());
    REQUIRE(network.actor_count() == 3);
    CHECK(network.actor(0).label == "Quartiersmanagement");
    CHECK(network.actor(0).sector == "civil_society");
    // int, long and float become numbers, boolean stays text.
    CHECK(network.actor(0).attributes == Attributes{{"budget", 250000.0},
                                                    {"funded", std::string("true")},
                                                    {"members", 12.0},
                                                    {"size", -12.5}});
    // No `members` data: the key's <default>0</default> applies.
    CHECK(network.actor(1).attributes == Attributes{{"members", 0.0}, {"size", 1000.0}});
    CHECK(network.actor(2).sector == "other");
    REQUIRE(network.ties().size() == 2);
    const TieRef& tie = network.ties()[0];
    CHECK(tie.weight == 3.0);
    CHECK(tie.kind == "steering");
    CHECK(tie.period.since == date("2004-09"));
    CHECK_FALSE(tie.period.until.has_value());
    CHECK(tie.attributes == Attributes{{"Edge Label", std::string("Steuerung")}});
    CHECK(network.ties()[1].source == 2);
    CHECK(network.ties()[1].weight == 1.5);
}

TEST_CASE("graphml: node ids that are actor ids and edges declared before nodes", "[graphml]") {
    const std::string text =
        "<graphml><graph id=\"net\" edgedefault=\"undirected\">"
        "<edge source=\"b\" target=\"a\"/><node id=\"a\"/><node id=\"b\"/>"
        "</graph></graphml>";
    const Network network = parse_graphml(text, "t").network;
    CHECK(network.name() == "net");
    REQUIRE(network.ties().size() == 1);
    CHECK(network.actor(network.ties()[0].source).id == "b");
    CHECK(network.ties()[0].weight == 1.0);
}

TEST_CASE("graphml: malformed XML is refused with line and column", "[graphml][errors]") {
    // Line 4 closes <node> with </graph>; pugixml points at the bad end tag.
    const auto problems = problems_of("<graphml>\n<graph>\n<node id=\"a\">\n</graph>\n</graphml>");
    REQUIRE(problems.size() == 1);
    CHECK(starts_with(problems[0], "t.graphml:4:"));
    CHECK(contains(problems[0], "malformed XML"));
}

TEST_CASE("graphml: invalid UTF-8 is refused with line and column", "[graphml][errors]") {
    // \xFF sits on line 3 after `<node id="` (10 bytes): column 11.
    const auto problems =
        problems_of("<graphml>\n<graph>\n<node id=\"\xFF\"/>\n</graph></graphml>");
    REQUIRE(problems.size() == 1);
    CHECK(problems[0] == "t.graphml:3:11: invalid UTF-8 byte sequence");
}

TEST_CASE("graphml: an external entity is never expanded", "[graphml][errors]") {
    const std::string text =
        "<?xml version=\"1.0\"?>\n"
        "<!DOCTYPE graphml [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
        "<graphml><key id=\"l\" for=\"node\" attr.name=\"label\"/>\n"
        "<graph><node id=\"a\"><data key=\"l\">&x;</data></node></graph></graphml>\n";
    std::string passwd_start;
    {
        std::ifstream passwd("/etc/passwd");
        std::getline(passwd, passwd_start);
    }
    try {
        (void)parse_graphml(text, "t.graphml");
        FAIL("a DOCTYPE with entities must be refused");
    } catch (const InputError& error) {
        const std::string message = error.what();
        CHECK(starts_with(message, "t.graphml:2:"));
        CHECK(contains(message, "entities"));
        if (!passwd_start.empty()) CHECK_FALSE(contains(message, passwd_start));
    }
}

TEST_CASE("graphml: an edge to an unknown node names its line", "[graphml][errors]") {
    const auto problems = problems_of(
        "<graphml>\n<graph>\n<node id=\"a\"/>\n<edge source=\"a\" target=\"zz\"/>\n</graph>\n"
        "</graphml>");
    REQUIRE(problems.size() == 1);
    CHECK(problems[0] == "t.graphml:4:2: edge target 'zz' is not a node of this graph");
}

TEST_CASE("graphml: weights that are not positive finite numbers are all reported",
          "[graphml][errors]") {
    const auto problems = problems_of(
        "<graphml><key id=\"w\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n"
        "<graph><node id=\"a\"/><node id=\"b\"/>\n"
        "<edge source=\"a\" target=\"b\"><data key=\"w\">0</data></edge>\n"
        "<edge source=\"a\" target=\"b\"><data key=\"w\">-2</data></edge>\n"
        "<edge source=\"a\" target=\"b\"><data key=\"w\">abc</data></edge>\n"
        "<edge source=\"a\" target=\"b\"><data key=\"w\">INF</data></edge>\n"
        "<edge source=\"a\" target=\"b\"><data key=\"w\">0.5</data></edge>\n"
        "</graph></graphml>");
    // Each <data> is named at column 30: `<edge source="a" target="b">` is 28 bytes, then `<`.
    REQUIRE(problems.size() == 4);
    CHECK(problems[0] == "t.graphml:3:30: weight '0' is not a finite number > 0");
    CHECK(problems[1] == "t.graphml:4:30: weight '-2' is not a finite number > 0");
    CHECK(problems[2] == "t.graphml:5:30: weight 'abc' is not a finite number > 0");
    CHECK(problems[3] == "t.graphml:6:30: weight 'INF' is not a finite number > 0");
}

TEST_CASE("graphml: a duplicate node id is an error naming both lines", "[graphml][errors]") {
    const auto problems = problems_of(
        "<graphml><graph>\n<node id=\"a\"/>\n<node id=\"b\"/>\n<node id=\"a\"/>\n"
        "</graph></graphml>");
    REQUIRE(problems.size() == 1);
    CHECK(problems[0] == "t.graphml:4:2: duplicate node id 'a' (first declared on line 2)");
}

TEST_CASE("graphml: bad dates, numbers and memberships are reported with their lines",
          "[graphml][errors]") {
    const auto problems = problems_of(
        "<graphml>\n"
        "<key id=\"s\" for=\"edge\" attr.name=\"since\"/>\n"
        "<key id=\"n\" for=\"node\" attr.name=\"staff\" attr.type=\"int\"/>\n"
        "<key id=\"t\" for=\"all\" attr.name=\"coopnet_type\"/>\n"
        "<graph><node id=\"a\"><data key=\"n\">many</data></node><node id=\"b\"/>\n"
        "<node id=\"p\"><data key=\"t\">project</data></node>\n"
        "<edge source=\"a\" target=\"b\"><data key=\"s\">2003-13</data></edge>\n"
        "<edge source=\"a\" target=\"b\"><data key=\"t\">membership</data></edge>\n"
        "<edge source=\"a\" target=\"p\"/>\n"
        "</graph></graphml>");
    // Line 5: `<graph><node id="a"><` is 21 bytes, so <data> is named at column 22.
    REQUIRE(problems.size() == 4);
    CHECK(problems[0] == "t.graphml:5:22: 'many' of 'staff' is not a number (attr.type int)");
    CHECK(problems[1] ==
          "t.graphml:7:30: since '2003-13' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
    CHECK(problems[2] == "t.graphml:8:2: a membership edge must join an actor and a project");
    CHECK(problems[3] ==
          "t.graphml:9:2: edge joins project 'p' but is not marked coopnet_type=membership");
}

TEST_CASE("graphml: a document that is not GraphML is refused", "[graphml][errors]") {
    CHECK(problems_of("<svg/>") ==
          std::vector<std::string>{"t.graphml:1:2: not GraphML: the root element is <svg>"});
    CHECK(problems_of("<graphml/>") ==
          std::vector<std::string>{"t.graphml:1:2: GraphML without a <graph> element"});
    CHECK_THROWS_AS(read_graphml(fs::path(COOPNET_TEST_DATA_DIR) / "graphml" / "missing.graphml"),
                    InputError);
}

TEST_CASE("graphml: a UTF-8 byte order mark keeps line numbers right", "[graphml]") {
    const auto problems = problems_of(
        "\xEF\xBB\xBF<graphml><graph>\n<edge source=\"a\" target=\"b\"/>"
        "</graph></graphml>");
    REQUIRE(problems.size() == 2);
    CHECK(problems[0] == "t.graphml:2:2: edge source 'a' is not a node of this graph");
}

// Files written by igraph 0.10 and networkx 2.8 (tests/data/interop/make_fixtures.py):
//
//     jugendamt --2-- schule --0.5-- verein --1-- kirche      (since 2003, until 2008 on the
//                                                              first tie only)
TEST_CASE("graphml: files written by igraph and networkx are read with their attributes",
          "[graphml][interop]") {
    const fs::path folder = fs::path(COOPNET_TEST_DATA_DIR) / "interop";
    for (const char* name : {"networkx.graphml", "igraph.graphml"}) {
        INFO(name);
        const ReadResult result = read_graphml(folder / name);
        const Network& network = result.network;
        REQUIRE(network.actor_count() == 4);
        REQUIRE(network.ties().size() == 3);
        const bool igraph = std::string(name) == "igraph.graphml";
        // igraph numbers its nodes n0, n1 ... and keeps the ids it read in the attribute
        // "id", which coopnet keeps as "graphml_id" (its actors' own field is "id").
        CHECK(network.actor(0).id == (igraph ? "n0" : "jugendamt"));
        CHECK(network.actor(1).label == "Grundschule");
        CHECK(network.actor(2).sector == "civil_society");
        CHECK(network.ties()[0].weight == 2.0);
        CHECK(network.ties()[1].weight == 0.5);
        CHECK(network.ties()[2].weight == 1.0);
        CHECK(network.ties()[0].period.since == date("2003"));
        CHECK(network.ties()[0].period.until == date("2008"));
        // igraph writes <data key="e_since"></data> for the other ties: no value, no error.
        CHECK_FALSE(network.ties()[1].period.since.has_value());
        CHECK_FALSE(network.ties()[2].period.until.has_value());
        CHECK(network.ties()[1].attributes.empty());
        if (igraph) {
            CHECK(network.actor(0).attributes ==
                  Attributes{{"graphml_id", std::string("jugendamt")},
                             {"name", std::string("jugendamt")}});
            REQUIRE(result.warnings.size() == 1);
            CHECK(contains(result.warnings[0].to_string(),
                           "node attribute 'id' kept as 'graphml_id'"));
        } else {
            CHECK(network.actor(0).attributes.empty());
            CHECK(result.warnings.empty());
        }
    }
}

TEST_CASE("graphml: empty values of fields and numbers are missing values, empty texts stay",
          "[graphml][interop]") {
    const std::string text = R"(<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="t" for="node" attr.name="coopnet_type" attr.type="string"/>
  <key id="s" for="node" attr.name="sector" attr.type="string"/>
  <key id="n" for="node" attr.name="staff" attr.type="double"/>
  <key id="note" for="node" attr.name="note" attr.type="string"/>
  <key id="w" for="edge" attr.name="weight" attr.type="double"><default></default></key>
  <key id="since" for="edge" attr.name="since" attr.type="string"/>
  <key id="until" for="edge" attr.name="until" attr.type="string"/>
  <key id="et" for="edge" attr.name="coopnet_type" attr.type="string"/>
  <key id="src" for="edge" attr.name="source" attr.type="string"/>
  <graph edgedefault="undirected">
    <node id="a"><data key="t"></data><data key="s"></data><data key="n"></data>
      <data key="note"></data></node>
    <node id="b"/>
    <edge source="a" target="b"><data key="w"></data><data key="since"></data>
      <data key="until"/><data key="et"></data><data key="src">a</data></edge>
  </graph>
</graphml>)";
    const ReadResult result = parse_graphml(text, "empty.graphml");
    const Network& network = result.network;
    REQUIRE(network.actor_count() == 2);
    CHECK(network.actor(0).sector == network.actor(1).sector);  // the default sector
    CHECK(network.actor(0).attributes == Attributes{{"note", std::string()}});
    REQUIRE(network.ties().size() == 1);
    CHECK(network.ties()[0].weight == 1.0);
    CHECK_FALSE(network.ties()[0].period.since.has_value());
    CHECK_FALSE(network.ties()[0].period.until.has_value());
    // An edge attribute "source" would clash with the tie's end: kept under another name.
    CHECK(network.ties()[0].attributes == Attributes{{"graphml_source", std::string("a")}});
    REQUIRE(result.warnings.size() == 1);
    CHECK(contains(result.warnings[0].to_string(), "edge attribute 'source' kept as"));
}

TEST_CASE("graphml: a renamed id attribute takes a name no key has", "[graphml][interop]") {
    const std::string text = R"(<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="i" for="node" attr.name="id" attr.type="string"/>
  <key id="g" for="node" attr.name="graphml_id" attr.type="string"/>
  <graph edgedefault="undirected"><node id="n0"><data key="i">x</data><data key="g">y</data>
  </node></graph></graphml>)";
    const ReadResult result = parse_graphml(text, "clash.graphml");
    CHECK(result.network.actor(0).attributes ==
          Attributes{{"graphml_id", std::string("y")}, {"graphml_id_", std::string("x")}});
    REQUIRE(result.warnings.size() == 1);
    CHECK(contains(result.warnings[0].to_string(), "'graphml_id_'"));
}

TEST_CASE("graphml: Gephi's viz: drawing is ignored with one note", "[graphml][interop]") {
    const std::string text = R"(<graphml xmlns="http://graphml.graphdrawing.org/xmlns"
    xmlns:viz="http://www.gexf.net/1.2draft/viz">
  <key id="c" for="node" attr.name="viz:color" attr.type="string"/>
  <graph edgedefault="undirected">
    <node id="a"><data key="c">red</data><viz:position x="1" y="2"/></node>
    <node id="b"><viz:size value="3"/></node>
  </graph></graphml>)";
    const ReadResult result = parse_graphml(text, "gephi.graphml");
    CHECK(result.network.actor_count() == 2);
    CHECK(result.network.actor(0).attributes.empty());
    REQUIRE(result.warnings.size() == 1);
    CHECK(contains(result.warnings[0].to_string(), "viz:"));
}
