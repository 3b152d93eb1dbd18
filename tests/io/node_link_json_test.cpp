#include "io/node_link_json.hpp"

#include <catch2/catch.hpp>
#include <filesystem>
#include <sstream>
#include <string>

#include "io/coopnet_json.hpp"

using namespace coopnet;

namespace {

const std::filesystem::path kData = std::filesystem::path(COOPNET_TEST_DATA_DIR) / "json";

std::string to_node_link(const Network& network, std::vector<std::string>* warnings = nullptr) {
    std::ostringstream out;
    auto issued = write_node_link_json(network, out);
    if (warnings != nullptr) *warnings = std::move(issued);
    return out.str();
}

std::vector<std::string> problems_of(std::string_view text) {
    try {
        (void)parse_node_link_json(text, "n.json");
    } catch (const InputError& error) {
        std::vector<std::string> lines;
        for (const Diagnostic& problem : error.problems()) lines.push_back(problem.to_string());
        return lines;
    }
    return {};
}

PartialDate date(std::string_view text) { return *PartialDate::parse(text); }

}  // namespace

TEST_CASE("node-link json: networkx's karate club reads with networkx's counts", "[json]") {
    // karate_node_link.json was written by networkx 3.6.1:
    //   json.dumps(nx.node_link_data(nx.karate_club_graph(), edges="edges"))
    // networkx reports 34 nodes, 78 edges, G.size(weight="weight") == 231, 17 members in
    // each club, degree(0) == 16, degree(33) == 17, weighted degree(0) == 42, G[32][33] == 5.
    const ReadResult read = read_node_link_json(kData / "karate_node_link.json");
    const Network& n = read.network;
    CHECK(read.warnings.empty());
    CHECK(n.name() == "Zachary's Karate Club");
    CHECK_FALSE(n.directed());
    REQUIRE(n.actor_count() == 34);
    REQUIRE(n.ties().size() == 78);
    double total = 0;
    std::size_t degree0 = 0;
    std::size_t degree33 = 0;
    double strength0 = 0;
    const NodeId v0 = *n.find("0");
    const NodeId v33 = *n.find("33");
    for (const TieRef& tie : n.ties()) {
        total += tie.weight;
        if (tie.source == v0 || tie.target == v0) {
            ++degree0;
            strength0 += tie.weight;
        }
        if (tie.source == v33 || tie.target == v33) ++degree33;
        if ((n.actor(tie.source).id == "32" && n.actor(tie.target).id == "33")) {
            CHECK(tie.weight == 5.0);
        }
    }
    CHECK(total == 231.0);
    CHECK(degree0 == 16);
    CHECK(degree33 == 17);
    CHECK(strength0 == 42.0);
    std::size_t mr_hi = 0;
    for (const Actor& actor : n.actors()) {
        CHECK(actor.sector == "other");
        if (std::get<std::string>(actor.attributes.at("club")) == "Mr. Hi") ++mr_hi;
    }
    CHECK(mr_hi == 17);
}

TEST_CASE("node-link json: the karate club survives write and read", "[json]") {
    const Network karate = read_node_link_json(kData / "karate_node_link.json").network;
    std::vector<std::string> warnings;
    const std::string text = to_node_link(karate, &warnings);
    CHECK(warnings.empty());
    CHECK(parse_node_link_json(text, "k.json").network == karate);
}

TEST_CASE("node-link json: the older \"links\" form and networkx 1.x graph pairs are read",
          "[json]") {
    const ReadResult read = parse_node_link_json(
        R"({"directed": true, "multigraph": false, "graph": [["name", "old"], ["x", 1]],
            "nodes": [{"id": 0, "label": "Null", "sector": "business"}, {"id": "b"}],
            "links": [{"source": 0, "target": "b", "weight": 2.5, "kind": "exchange",
                       "since": 2003, "until": "2004-02", "note": "n"}]})",
        "old.json");
    const Network& n = read.network;
    CHECK(n.name() == "old");
    CHECK(n.directed());
    CHECK(n.actor(0).id == "0");
    CHECK(n.actor(0).label == "Null");
    CHECK(n.actor(0).sector == "business");
    CHECK(n.actor(1).sector == "other");
    REQUIRE(n.ties().size() == 1);
    const TieRef& tie = n.ties()[0];
    CHECK(tie.source == 0);
    CHECK(tie.target == 1);
    CHECK(tie.weight == 2.5);
    CHECK(tie.kind == "exchange");
    CHECK(tie.period == Period{PartialDate{2003, 0, 0}, PartialDate{2004, 2, 0}});
    CHECK(std::get<std::string>(tie.attributes.at("note")) == "n");
    // The graph attribute "x" has no place in the model: one warning at its pair.
    REQUIRE(read.warnings.size() == 1);
    CHECK(read.warnings[0].where.line == 1);
    CHECK(read.warnings[0].where.column == 68);
}

TEST_CASE("node-link json: the writer emits the networkx 3.4 form", "[json]") {
    //   a --(2, funding, 2003)-- b        c
    NetworkBuilder builder;
    builder.set_name("Nord");
    builder.add_actor(Actor{"a", "Amt", "municipality", {{"staff", 12.0}}});
    builder.add_actor(Actor{"b", "", "other", {}});
    builder.add_actor(Actor{"c", "", "business", {{"zip", std::string("04317")}}});
    builder.add_tie(TieRecord{"a", "b", 2, "funding", Period{date("2003"), {}}, {}});
    builder.add_tie(TieRecord{"b", "c", 1, "", {}, {{"note", std::string("x")}}});
    const std::string expected = R"({
  "directed": false,
  "multigraph": false,
  "graph": {"name": "Nord"},
  "nodes": [
    {"id": "a", "label": "Amt", "sector": "municipality", "staff": 12},
    {"id": "b", "sector": "other"},
    {"id": "c", "sector": "business", "zip": "04317"}
  ],
  "edges": [
    {"source": "a", "target": "b", "weight": 2, "kind": "funding", "since": "2003"},
    {"source": "b", "target": "c", "weight": 1, "note": "x"}
  ]
}
)";
    const Network network = builder.build();
    CHECK(to_node_link(network) == expected);
    CHECK(parse_node_link_json(expected, "w.json").network == network);
}

TEST_CASE("node-link json: parallel ties make a multigraph with per-pair keys", "[json]") {
    //   a ==(3 ties)== b, the third written b->a; a self-tie twice on c
    NetworkBuilder builder;
    builder.add_actor(Actor{"a", "", "other", {}});
    builder.add_actor(Actor{"b", "", "other", {}});
    builder.add_actor(Actor{"c", "", "other", {}});
    builder.add_tie(TieRecord{"a", "b", 1, "funding", {}, {}});
    builder.add_tie(TieRecord{"a", "b", 2, "steering", {}, {}});
    builder.add_tie(TieRecord{"c", "c", 1, "", {}, {}});
    builder.add_tie(TieRecord{"b", "a", 4, "exchange", {}, {}});
    builder.add_tie(TieRecord{"c", "c", 1, "", {}, {}});
    const Network undirected = builder.build();
    const std::string text = to_node_link(undirected);
    CHECK(text.find("\"multigraph\": true") != std::string::npos);
    // Undirected: {a,b} gets keys 0, 1, 2 and {c,c} keys 0, 1, in tie order.
    CHECK(text.find("{\"source\": \"b\", \"target\": \"a\", \"key\": 2, \"weight\": 4") !=
          std::string::npos);
    CHECK(text.find("{\"source\": \"c\", \"target\": \"c\", \"key\": 1, \"weight\": 1}") !=
          std::string::npos);
    CHECK(parse_node_link_json(text, "m.json").network == undirected);

    // Directed, a->b and b->a are different pairs: b->a gets key 0.
    const Network directed = make_network(
        "", true, {undirected.actors().begin(), undirected.actors().end()}, undirected.ties());
    const std::string directed_text = to_node_link(directed);
    CHECK(directed_text.find("\"target\": \"a\", \"key\": 0, \"weight\": 4") != std::string::npos);
    CHECK(parse_node_link_json(directed_text, "d.json").network == directed);
}

TEST_CASE("node-link json: projects are dropped with a warning each", "[json]") {
    NetworkBuilder builder;
    builder.add_actor(Actor{"a", "", "other", {}});
    builder.add_actor(Actor{"b", "", "other", {}});
    builder.add_tie(TieRecord{"a", "b", 1, "", {}, {}});
    builder.add_project(ProjectRecord{"p", "", {}, {}});
    builder.add_membership("p", "a");
    builder.add_membership("p", "b");
    const Network network = builder.build();
    std::vector<std::string> warnings;
    const std::string text = to_node_link(network, &warnings);
    REQUIRE(warnings.size() == 1);
    CHECK(warnings[0] ==
          "project 'p' not written: node-link JSON has no projects (neither its 2 "
          "memberships nor the ties they induce are written)");
    const Network back = parse_node_link_json(text, "p.json").network;
    CHECK(back.projects().empty());
    CHECK(back.ties().size() == 1);  // the explicit tie only, not the projected a-b
}

TEST_CASE("node-link json: attributes named like reserved keys are dropped with a warning",
          "[json]") {
    const Network network = make_network(
        "", false, {Actor{"a", "", "other", {{"id", std::string("other-id")}, {"ok", 1.0}}}},
        {Tie{0, 0, 1, "", {}, {{"key", std::string("k")}}}});
    std::vector<std::string> warnings;
    const std::string text = to_node_link(network, &warnings);
    CHECK(warnings == std::vector<std::string>{
                          "attribute \"id\" of actor 'a' not written: its name is a reserved "
                          "node-link key",
                          "attribute \"key\" of tie 1 not written: its name is a reserved "
                          "node-link key"});
    CHECK(text.find("other-id") == std::string::npos);
    CHECK(text.find("\"ok\": 1") != std::string::npos);
}

TEST_CASE("node-link json: nested attribute values are kept as JSON text", "[json]") {
    const ReadResult read = parse_node_link_json(
        R"({"nodes": [{"id": 1, "pos": [0.5, -2, {"z": null}]}, {"id": 2, "pos": [1, true]}],
            "edges": [{"source": 1, "target": 2, "key": "k1", "data": {"a": "\"q\""}}]})",
        "nested.json");
    const Network& n = read.network;
    CHECK(std::get<std::string>(n.actor(0).attributes.at("pos")) == "[0.5,-2,{\"z\":null}]");
    CHECK(std::get<std::string>(n.actor(1).attributes.at("pos")) == "[1,true]");
    CHECK(std::get<std::string>(n.ties()[0].attributes.at("data")) == "{\"a\":\"\\\"q\\\"\"}");
    CHECK(n.ties()[0].attributes.count("key") == 0);
    // One warning per attribute name (not per node), and one for the non-integer edge key.
    REQUIRE(read.warnings.size() == 3);
    CHECK(read.warnings[0].message ==
          "node attribute \"pos\" holds an array; kept as its JSON text");
    CHECK(read.warnings[1].message.rfind("edge keys are not kept", 0) == 0);
    CHECK(read.warnings[2].message ==
          "edge attribute \"data\" holds an object; kept as its JSON text");
}

TEST_CASE("node-link json: nesting up to 64 levels is read, 65 is refused", "[json]") {
    // Depth: the document 1, "nodes" 2, the node 3, then 61 or 62 arrays.
    const auto document = [](int arrays) {
        return "{\"nodes\": [{\"id\": 1, \"deep\": " + std::string(arrays, '[') +
               std::string(arrays, ']') + "}]}";
    };
    const ReadResult read = parse_node_link_json(document(61), "deep.json");
    CHECK(std::get<std::string>(read.network.actor(0).attributes.at("deep")) ==
          std::string(61, '[') + std::string(61, ']'));
    const auto problems = problems_of(document(62));
    REQUIRE(problems.size() == 1);
    // `{"nodes": [{"id": 1, "deep": ` is 29 characters; the 62nd '[' is at column 29 + 62.
    CHECK(problems[0] ==
          "n.json:1:91: JSON nested deeper than 64 levels; refusing to read further");
    CHECK(problems_of(std::string(100000, '[')).size() == 1);
}

TEST_CASE("node-link json: problems are collected with their lines", "[json]") {
    const std::string text = R"({
  "directed": false,
  "graph": {},
  "nodes": [
    {"id": "a"},
    {"id": 2.5},
    {"label": "no id"}
  ],
  "edges": [
    {"source": "a", "target": "x"},
    {"source": "a"},
    {"source": "a", "target": "a", "weight": "heavy"}
  ],
  "links": []
}
)";
    const std::vector<std::string> expected = {
        "n.json:6:6: node \"id\" must be text or an integer, not a number",
        "n.json:7:5: node has no \"id\"",
        "n.json:10:5: tie target 'x' is not a known actor",
        "n.json:11:5: edge has no \"target\"",
        "n.json:12:36: edge \"weight\" must be a number, not text",
        "n.json:14:3: both \"links\" and \"edges\" given; expected one",
    };
    CHECK(problems_of(text) == expected);
    CHECK(problems_of(R"({"actors": []})") ==
          std::vector<std::string>{"n.json:1:1: no \"nodes\" array: not a node-link JSON "
                                   "document (a coopnet JSON file?)"});
    CHECK(problems_of("[]") ==
          std::vector<std::string>{"n.json:1:1: the top level must be a "
                                   "JSON object with \"nodes\", not an array"});
    CHECK(problems_of("{\"nodes\": [{\"id\": \"\xC3\"}]}") ==
          std::vector<std::string>{
              "n.json:1:20: invalid UTF-8 (byte 0xC3); JSON files must be UTF-8 encoded"});
}

TEST_CASE("node-link json: a byte order mark is accepted", "[json]") {
    const ReadResult read =
        parse_node_link_json("\xEF\xBB\xBF{\"nodes\": [{\"id\": 1}]}", "b.json");
    CHECK(read.network.actor(0).id == "1");
}

TEST_CASE("node-link: written with `links` for networkx 2.x, and read back either way",
          "[node_link][interop]") {
    NetworkBuilder builder;
    builder.add_actor(Actor{"a", "A", "business", {}});
    builder.add_actor(Actor{"b", "", "other", {}});
    TieRecord tie;
    tie.source = "a";
    tie.target = "b";
    tie.weight = 0.5;
    builder.add_tie(tie);
    const Network network = builder.build();
    std::ostringstream edges;
    std::ostringstream links;
    write_node_link_json(network, edges);
    write_node_link_json(network, links, {NodeLinkKey::Links});
    CHECK(edges.str().find("\"edges\": [") != std::string::npos);
    CHECK(edges.str().find("\"links\"") == std::string::npos);
    CHECK(links.str().find("\"links\": [") != std::string::npos);
    CHECK(links.str().find("\"edges\"") == std::string::npos);
    CHECK(parse_node_link_json(edges.str(), "e.json").network == network);
    CHECK(parse_node_link_json(links.str(), "l.json").network == network);
}

TEST_CASE("node-link: a file of networkx 2.8's node_link_data is read", "[node_link][interop]") {
    // tests/data/interop/make_fixtures.py: json.dump(nx.node_link_data(g)), with "links".
    const ReadResult result = read_node_link_json(std::filesystem::path(COOPNET_TEST_DATA_DIR) /
                                                  "interop" / "networkx_node_link.json");
    const Network& network = result.network;
    REQUIRE(network.actor_count() == 4);
    REQUIRE(network.ties().size() == 3);
    CHECK(network.actor(0).id == "jugendamt");
    CHECK(network.actor(2).label == "Förderverein");
    CHECK(network.actor(3).sector == "religious");
    CHECK(network.ties()[1].weight == 0.5);
    CHECK(network.ties()[0].period.since.has_value());
    CHECK(result.warnings.empty());
}
