#include "io/edge_list.hpp"

#include <catch2/catch.hpp>
#include <chrono>
#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "core/error.hpp"

using namespace coopnet;
namespace fs = std::filesystem;

namespace {

/// The lossless form: `# directed` and `# isolated:` comments.
std::string to_edge_list(const Network& network) {
    std::ostringstream out;
    write_edge_list(network, out, {EdgeListComments::DirectionAndIsolates});
    return out.str();
}

std::vector<std::string> problems_of(std::string_view text) {
    try {
        (void)parse_edge_list(text, "e.txt");
    } catch (const InputError& error) {
        std::vector<std::string> lines;
        for (const Diagnostic& problem : error.problems()) lines.push_back(problem.to_string());
        return lines;
    }
    return {};
}

Actor named(std::string id) {
    Actor actor;
    actor.id = std::move(id);
    return actor;
}

Tie plain(NodeId source, NodeId target, double weight) {
    Tie tie;
    tie.source = source;
    tie.target = target;
    tie.weight = weight;
    return tie;
}

std::vector<std::string> ids_of(const Network& network) {
    std::vector<std::string> ids;
    for (const Actor& actor : network.actors()) ids.push_back(actor.id);
    return ids;
}

}  // namespace

TEST_CASE("edge list: a file gives actors in order of appearance and default weights",
          "[edge_list]") {
    // small.txt:  # directed / alice bob 2.5 / bob carol / carol alice 0.25 # note /
    //             dave alice / # isolated: erin
    const ReadResult result =
        read_edge_list(fs::path(COOPNET_TEST_DATA_DIR) / "edgelist" / "small.txt");
    const Network& network = result.network;
    CHECK(result.warnings.empty());
    CHECK(network.directed());
    CHECK(ids_of(network) == std::vector<std::string>{"alice", "bob", "carol", "dave", "erin"});
    REQUIRE(network.ties().size() == 4);
    CHECK(network.ties()[0].source == 0);
    CHECK(network.ties()[0].target == 1);
    CHECK(network.ties()[0].weight == 2.5);
    CHECK(network.ties()[1].weight == 1.0);  // no third column
    CHECK(network.ties()[2].weight == 0.25);
    CHECK(network.ties()[3].source == 3);
    CHECK(network.ties()[3].target == 0);
    // Nothing else is invented: sectors default, no labels, no kinds.
    for (const Actor& actor : network.actors()) {
        CHECK(actor.label.empty());
        CHECK(actor.sector == "other");
    }
}

TEST_CASE("edge list: without a header the network is undirected, CRLF and tabs are fine",
          "[edge_list]") {
    const Network network = parse_edge_list("1\t2\r\n2 3 1e-3\r\n\r\n3 1\r\n", "e.txt").network;
    CHECK_FALSE(network.directed());
    CHECK(ids_of(network) == std::vector<std::string>{"1", "2", "3"});
    REQUIRE(network.ties().size() == 3);
    CHECK(network.ties()[1].weight == 0.001);
    // Triangle, undirected: every actor has two neighbours.
    CHECK(network.adjacency().out().degree(0) == 2);
}

TEST_CASE("edge list: self-ties and parallel ties are kept as separate lines", "[edge_list]") {
    const Network network = parse_edge_list("a a\na b 2\na b 3\n", "e.txt").network;
    REQUIRE(network.ties().size() == 3);
    CHECK(network.ties()[0].is_self_tie());
    // The analysis view merges the parallel ties: 2 + 3 = 5.
    CHECK(network.adjacency().out().weights_of(0)[0] == 5.0);
}

TEST_CASE("edge list: every bad line is reported with file and line", "[edge_list][errors]") {
    const auto problems = problems_of(
        "a b\n"
        "a b c d\n"      // 4 columns
        "a b zero\n"     // not a number
        "a b 0\n"        // not > 0
        "a b -1\n"       // not > 0
        "a b inf\n"      // not finite
        "lonely\n"       // 1 column
        "# directed\n"   // after the first tie
        "# isolated:\n"  // no id
        "a b 1.5\n");
    CHECK(problems == std::vector<std::string>{
                          "e.txt:2: more than 3 columns; expected 'source target [weight]'",
                          "e.txt:3: weight 'zero' is not a number",
                          "e.txt:4: weight '0' is not a finite number > 0",
                          "e.txt:5: weight '-1' is not a finite number > 0",
                          "e.txt:6: weight 'inf' is not a finite number > 0",
                          "e.txt:7: only one column ('lonely'); expected 'source target [weight]'",
                          "e.txt:8: '# directed' must come before the first tie",
                          "e.txt:9: '# isolated:' names no actor",
                      });
}

TEST_CASE("edge list: invalid UTF-8 is refused with line and column", "[edge_list][errors]") {
    // Line 2 is `b c\xE9`: the lone Latin-1 byte sits at column 4.
    CHECK(problems_of("a b\nb c\xE9\n") ==
          std::vector<std::string>{"e.txt:2:4: invalid UTF-8 byte sequence"});
    CHECK_THROWS_AS(read_edge_list(fs::path(COOPNET_TEST_DATA_DIR) / "edgelist" / "missing.txt"),
                    InputError);
}

TEST_CASE("edge list: write then read keeps ids, weights, direction, multiplex ties and isolates",
          "[edge_list]") {
    // Actors: 0 Jugendamt, 1 iso (isolate), 2 Müller, 3 x:y.
    // Ties:   Müller -> Jugendamt (0.1), Jugendamt -> x:y (2), Jugendamt -> x:y (3), x:y -> x:y (1)
    const std::vector<Actor> actors = {
        Actor{"Jugendamt", "Label", "municipality", {}}, Actor{"iso", "", "other", {}},
        Actor{"Müller", "", "business", {{"a", 1.0}}}, Actor{"x:y", "", "other", {}}};
    const std::vector<Tie> ties = {Tie{2, 0, 0.1, "funding", {}, {}}, Tie{0, 3, 2.0, "", {}, {}},
                                   Tie{0, 3, 3.0, "", {}, {}}, Tie{3, 3, 1.0, "", {}, {}}};
    for (const bool directed : {false, true}) {
        const Network network =
            make_network("lost name", directed, actors, ties, {Project{"p", "", {}, {0, 2}, {}}});
        const std::string text = to_edge_list(network);
        // No `# coopnet edge list` header any more (issue #17): only what must be said.
        const std::string header = directed ? "# directed\n" : "";
        CHECK(text == header +
                          "Müller Jugendamt 0.1\n"
                          "Jugendamt x:y 2\n"
                          "Jugendamt x:y 3\n"
                          "x:y x:y 1\n"
                          "# isolated: iso\n");
        // Read back: order of first appearance (Müller, Jugendamt, x:y), then the isolate;
        // labels, sectors, kinds, attributes, projects and the name are gone.
        const std::vector<Actor> bare = {named("Müller"), named("Jugendamt"), named("x:y"),
                                         named("iso")};
        const Network expected =
            make_network("", directed, bare,
                         {plain(0, 1, 0.1), plain(1, 2, 2.0), plain(1, 2, 3.0), plain(2, 2, 1.0)});
        const Network back = parse_edge_list(text, "e.txt").network;
        CHECK(back == expected);
        // A network that came from an edge list writes back byte for byte.
        CHECK(to_edge_list(back) == text);
    }
}

TEST_CASE("edge list: by default only the ties are written, as igraph's Read_Ncol reads them",
          "[edge_list][interop]") {
    // Read_Ncol knows no comments; isolates and direction are left out, with a warning each.
    const std::vector<Actor> actors = {named("a"), named("b"), named("iso")};
    for (const bool directed : {false, true}) {
        const Network network = make_network("", directed, actors,
                                             {plain(0, 1, 0.5), plain(1, 0, 1.0), plain(0, 0, 2)});
        std::ostringstream out;
        const std::vector<std::string> warnings = write_edge_list(network, out);
        CHECK(out.str() == "a b 0.5\nb a 1\na a 2\n");
        REQUIRE(warnings.size() == (directed ? 2u : 1u));
        CHECK(warnings[0].find("1 actor(s) without ties left out") != std::string::npos);
        if (directed) CHECK(warnings[1].find("direction") != std::string::npos);
        // Read back: ties and weights as written.
        const Network back = parse_edge_list(out.str(), "e.txt").network;
        CHECK(back.actor_count() == 2);
        CHECK(back.ties().size() == 3);
        CHECK(back.ties()[0].weight == 0.5);
    }
    // Nothing left out, nothing said.
    std::ostringstream out;
    CHECK(write_edge_list(make_network("", false, actors, {plain(0, 1, 1), plain(1, 2, 1)}), out)
              .empty());
}

TEST_CASE("edge list: files written by igraph and networkx are read", "[edge_list][interop]") {
    // tests/data/interop/make_fixtures.py wrote them from the same 4-actor network.
    const fs::path folder = fs::path(COOPNET_TEST_DATA_DIR) / "interop";
    for (const char* name : {"networkx_weighted.edgelist", "igraph.ncol"}) {
        INFO(name);
        const ReadResult result = read_edge_list(folder / name);
        const Network& network = result.network;
        REQUIRE(network.actor_count() == 4);
        REQUIRE(network.ties().size() == 3);
        double total = 0;
        for (const TieRef& tie : network.ties()) total += tie.weight;
        CHECK(total == Approx(2.0 + 0.5 + 1.0));
    }
}

TEST_CASE("edge list: ids that cannot be written are refused naming the actor",
          "[edge_list][errors]") {
    for (const std::string id : {"a b", "tab\there", "#hash", "line\nfeed"}) {
        const Network network = make_network("", false, {named("ok"), named(id)}, {});
        try {
            (void)to_edge_list(network);
            FAIL("id '" << id << "' must be refused");
        } catch (const InvalidArgument& error) {
            CHECK(std::string(error.what()).find("'" + id + "'") != std::string::npos);
        }
    }
}

TEST_CASE("edge list: the empty network and an isolates-only network round-trip", "[edge_list]") {
    const Network empty = NetworkBuilder().build();
    CHECK(to_edge_list(empty).empty());
    CHECK(parse_edge_list(to_edge_list(empty), "e.txt").network == empty);
    const Network lonely = make_network("", false, {named("a"), named("b")}, {});
    CHECK(parse_edge_list(to_edge_list(lonely), "e.txt").network == lonely);
}

TEST_CASE("edge list: a million lines parse quickly and completely", "[edge_list][large]") {
    // 1,000,000 ties of a ring lattice over 100,000 actors: tie i joins i mod n and
    // (i * 7 + 1) mod n, weight 1 + (i mod 4) / 4.
    const std::size_t ties = 1'000'000;
    const std::size_t n = 100'000;
    std::string text;
    text.reserve(ties * 24);
    double expected_total = 0;
    for (std::size_t i = 0; i < ties; ++i) {
        const double weight = 1.0 + static_cast<double>(i % 4) / 4.0;
        expected_total += weight;
        text += 'v';
        text += std::to_string(i % n);
        text += " v";
        text += std::to_string((i * 7 + 1) % n);
        text += ' ';
        text += i % 4 == 0 ? std::string("1") : std::to_string(weight);
        text += '\n';
    }
    const auto start = std::chrono::steady_clock::now();
    const Network network = parse_edge_list(text, "big.txt").network;
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    CHECK(network.ties().size() == ties);
    CHECK(network.actor_count() == n);
    double total = 0;
    for (const TieRef& tie : network.ties()) total += tie.weight;
    CHECK(total == Approx(expected_total));
    // The bound only catches super-linear behaviour: the machine running the tests may be
    // shared (about 1 s when idle in a Release build; the figure is printed).
    CHECK(seconds < 30.0);
    WARN("parsed 1,000,000 edge list lines in " << seconds << " s");
}

TEST_CASE("edge list: a UTF-8 byte order mark is not part of the first id", "[edge_list]") {
    const Network network = parse_edge_list(
                                "\xEF\xBB\xBF"
                                "a b\n",
                                "e.txt")
                                .network;
    CHECK(ids_of(network) == std::vector<std::string>{"a", "b"});
}

TEST_CASE("edge list: integer ids and other ids name actors the same way, in order of sight",
          "[edge_list]") {
    // Canonical integers take the reader's table by value, the rest the builder's index;
    // "017", "+17", "17.0" and a ten-digit id are text, distinct from 17. "# isolated:"
    // finds an integer actor seen before instead of adding it again.
    const std::string text =
        "17 3\n"
        "017 17\n"
        "+17 17.0\n"
        "1234567890 3\n"
        "a 17\n"
        "# isolated: 3\n"
        "# isolated: 99\n"
        "3 0\n";
    const Network network = parse_edge_list(text, "mixed.txt").network;
    std::vector<std::string> ids;
    for (const Actor& actor : network.actors()) ids.push_back(actor.id);
    CHECK(ids ==
          std::vector<std::string>{"17", "3", "017", "+17", "17.0", "1234567890", "a", "99", "0"});
    REQUIRE(network.ties().size() == 6);
    CHECK(network.ties()[1].source == 2);  // 017
    CHECK(network.ties()[1].target == 0);  // 17
    CHECK(network.ties()[4].source == 6);  // a
    CHECK(network.ties()[4].target == 0);
    CHECK(network.ties()[5].source == 1);  // 3
    CHECK(network.find("99") == NodeId{7});
    CHECK(network.find("0") == NodeId{8});
    CHECK(!network.find("18"));
}
