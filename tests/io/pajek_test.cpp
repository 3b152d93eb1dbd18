#include "io/pajek.hpp"

#include <catch2/catch.hpp>
#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "io/network_format.hpp"

using namespace coopnet;
namespace fs = std::filesystem;

namespace {

const fs::path kData = fs::path(COOPNET_TEST_DATA_DIR) / "pajek";
const fs::path kBad = fs::path(COOPNET_TEST_DATA_DIR) / "bad" / "pajek";

std::vector<Diagnostic> problems_of(std::string_view text) {
    try {
        (void)parse_pajek(text, "p.net");
    } catch (const InputError& error) {
        return error.problems();
    }
    return {};
}

bool has_problem(const std::vector<Diagnostic>& problems, std::string_view fragment,
                 std::size_t line, std::size_t column = 0) {
    for (const Diagnostic& problem : problems) {
        if (problem.message.find(fragment) != std::string::npos && problem.where.line == line &&
            (column == 0 || problem.where.column == column)) {
            return true;
        }
    }
    return false;
}

bool has_warning(const ReadResult& result, std::string_view fragment) {
    for (const Diagnostic& warning : result.warnings) {
        if (warning.message.find(fragment) != std::string::npos) return true;
    }
    return false;
}

std::vector<std::string> ids_of(const Network& network) {
    std::vector<std::string> ids;
    for (const Actor& actor : network.actors()) ids.push_back(actor.id);
    return ids;
}

Tie plain(NodeId source, NodeId target, double weight, const char* kind = "") {
    Tie tie;
    tie.source = source;
    tie.target = target;
    tie.weight = weight;
    tie.kind = kind;
    return tie;
}

Actor named(std::string id, std::string label = {}) {
    Actor actor;
    actor.id = std::move(id);
    actor.label = std::move(label);
    return actor;
}

std::string to_pajek(const Network& network, std::vector<std::string>* warnings = nullptr) {
    std::ostringstream out;
    auto said = write_pajek(network, out);
    if (warnings != nullptr) *warnings = std::move(said);
    return out.str();
}

}  // namespace

TEST_CASE("pajek: Padgett's Florentine marriages: 15 families, 20 ties, Medici degree 6",
          "[pajek]") {
    // Padgett & Ansell (1993): the Medici married into 6 of the families (Acciaiuoli,
    // Barbadori, Ridolfi, Tornabuoni, Albizzi, Salviati); networkx's florentine_families_graph
    // has the same 15 nodes and 20 edges.
    const ReadResult result = read_pajek(kData / "florentine.net");
    const Network& network = result.network;
    CHECK(result.warnings.empty());
    CHECK(network.name() == "Florentine marriages");
    CHECK_FALSE(network.directed());
    REQUIRE(network.actor_count() == 15);
    CHECK(network.ties().size() == 20);
    const NodeId medici = *network.find("Medici");
    std::size_t degree = 0;
    for (const TieRef& tie : network.ties())
        degree += (tie.source == medici) + (tie.target == medici);
    CHECK(degree == 6);
    // Detected by extension, and by the names pajek and net.
    CHECK(detect_input_format(kData / "florentine.net") == NetworkFormat::Pajek);
    CHECK(detect_output_format("x.paj") == NetworkFormat::Pajek);
    CHECK(parse_format_name("NET") == NetworkFormat::Pajek);
    CHECK(format_name(NetworkFormat::Pajek) == "pajek");
    CHECK(read_network(kData / "florentine.net").network == network);
}

TEST_CASE("pajek: lists, arcs with relation names, unlabelled vertices and mixed sections",
          "[pajek]") {
    // lists.net, lower/upper case keywords:
    //   vertices 1 "a" (coordinates, shape, colour), 2 "b c", 3 (no label), 4 (no line)
    //   *ARCSLIST 1 -> 2, 3, 4;  *edgeslist 2 - 3 (an edge among arcs: two arcs)
    //   *arcs :2 "advice"  3 -> 1 (0.5, colour Blue), 4 -> 4 (2, a loop)
    const ReadResult result = read_pajek(kData / "lists.net");
    const Network& network = result.network;
    CHECK(network.directed());
    CHECK(ids_of(network) == std::vector<std::string>{"a", "b c", "3", "4"});
    const std::vector<Tie> expected = {plain(0, 1, 1),          plain(0, 2, 1),
                                       plain(0, 3, 1),          plain(1, 2, 1),
                                       plain(2, 1, 1),          plain(2, 0, 0.5, "advice"),
                                       plain(3, 3, 2, "advice")};
    CHECK(network.ties().to_vector() == expected);
    CHECK(has_warning(result, "both edges and arcs"));
    CHECK(has_warning(result, "drawing options are ignored"));
}

TEST_CASE("pajek: a matrix is read as arcs with the entries as weights", "[pajek]") {
    //     a  b  c
    // a [ 0  1  0 ]      a -> b (1), b -> a (1), b -> c (2.5)
    // b [ 1  0 2.5]
    // c [ 0  0  0 ]
    const Network network = read_pajek(kData / "matrix.net").network;
    CHECK(network.directed());
    CHECK(network.ties().to_vector() ==
          std::vector<Tie>{plain(0, 1, 1), plain(1, 0, 1), plain(1, 2, 2.5)});
    // A matrix may wrap across lines; a two-mode matrix is n1 x (n - n1).
    const Network wrapped = parse_pajek("*Vertices 2\n*Matrix\n0\n3 1 0\n", "w.net").network;
    CHECK(wrapped.ties().to_vector() == std::vector<Tie>{plain(0, 1, 3), plain(1, 0, 1)});
    const Network two = parse_pajek("*Vertices 3 1\n*Matrix\n1 0\n", "t.net").network;
    CHECK(two.actor_count() == 1);
    REQUIRE(two.projects().size() == 2);
    CHECK(two.projects()[0].members == std::vector<NodeId>{0});
    CHECK(two.projects()[1].members.empty());
}

TEST_CASE("pajek: a two-mode network gives actors and project memberships", "[pajek]") {
    // two_mode.net (CRLF): actors 1-3, projects 4 Stadtteilfest {1, 2, 3}, 5 Sprachcafe {2, 3}.
    const ReadResult result = read_pajek(kData / "two_mode.net");
    const Network& network = result.network;
    CHECK(result.warnings.empty());
    CHECK(network.name() == "Projects 2019");
    CHECK(ids_of(network) ==
          std::vector<std::string>{"Jugendamt", "Quartiersmanagement Marxloh", "Moschee"});
    CHECK(network.ties().empty());
    REQUIRE(network.projects().size() == 2);
    CHECK(network.projects()[0].id == "Stadtteilfest");
    CHECK(network.projects()[0].members == std::vector<NodeId>{0, 1, 2});
    CHECK(network.projects()[1].id == "Sprachcafe");
    CHECK(network.projects()[1].members == std::vector<NodeId>{1, 2});
    // 3 co-member pairs in the festival, 1 in the cafe.
    CHECK(network.projected_ties().size() == 4);

    SECTION("a tie inside one mode makes the file one-mode, with a warning naming the line") {
        const ReadResult one = parse_pajek("*Vertices 3 1\n*Edges\n1 2\n2 3 4\n", "m.net");
        CHECK(one.network.actor_count() == 3);
        CHECK(one.network.projects().empty());
        CHECK(one.network.ties().size() == 2);
        REQUIRE(one.warnings.size() == 1);
        CHECK(one.warnings[0].where.line == 4);
        CHECK(one.warnings[0].message.find("read as one-mode") != std::string::npos);
    }
    SECTION("membership weights are dropped with a warning") {
        const ReadResult weighted = parse_pajek("*Vertices 2 1\n*Edges\n1 2 3\n", "w.net");
        CHECK(weighted.network.projects()[0].members == std::vector<NodeId>{0});
        CHECK(has_warning(weighted, "weight other than 1"));
    }
}

TEST_CASE("pajek: comments, blank lines, CRLF, case, quotes, escapes and repeated labels",
          "[pajek]") {
    const std::string text =
        "% a comment\r\n"
        "\r\n"
        "*NETWORK  Netz mit Namen \r\n"
        "*vertices 5\r\n"
        "  1 \"Stadt Duisburg \\\"Amt\\\"\" 0.5 0.5\r\n"
        "2 unquoted\r\n"
        "3 \"back\\slash\\\\\"\r\n"
        "4 \"unquoted\"\r\n"
        "5 \"\"\r\n"
        "%*Edges would be a comment\r\n"
        "*EDGES\r\n"
        "1 2 +2.5\r\n"
        "2 1 1e-3\r\n"
        "3 3\r\n"
        "4 5 w 3 c Red\r\n";
    const ReadResult result = parse_pajek(text, "c.net");
    const Network& network = result.network;
    CHECK(network.name() == "Netz mit Namen");
    // Vertex 4 repeats vertex 2's label: id "unquoted (4)", label kept; 5 has no label.
    CHECK(ids_of(network) == std::vector<std::string>{"Stadt Duisburg \"Amt\"", "unquoted",
                                                      "back\\slash\\", "unquoted (4)", "5"});
    CHECK(network.actor(3).label == "unquoted");
    CHECK(has_warning(result, "1 vertex label(s) repeat an earlier id"));
    CHECK(network.ties().to_vector() ==
          std::vector<Tie>{plain(0, 1, 2.5), plain(1, 0, 1e-3), plain(2, 2, 1), plain(3, 4, 1)});
    // A UTF-8 byte order mark is skipped; the empty file is the empty network.
    CHECK(parse_pajek("\xEF\xBB\xBF*Vertices 1\n", "b.net").network.actor_count() == 1);
    CHECK(parse_pajek("", "e.net").network.actor_count() == 0);
    CHECK(parse_pajek("% nothing\n*Vertices 0\n*Arcs\n", "z.net").network.directed());
}

TEST_CASE("pajek: a file that is not UTF-8 is read as Windows-1252 with a warning", "[pajek]") {
    const ReadResult result = parse_pajek(
        "*Vertices 2\n1 \"M\xFCller\"\n2 \"Stra\xDF"
        "e \x80\"\n*Edges\n1 2\n",
        "old.net");
    CHECK(ids_of(result.network) == std::vector<std::string>{"Müller", "Straße €"});
    REQUIRE(result.warnings.size() == 1);
    CHECK(result.warnings[0].where.file == "old.net");
    CHECK(result.warnings[0].message.find("line 2, column 5") != std::string::npos);
    CHECK(result.warnings[0].message.find("Windows-1252") != std::string::npos);
}

TEST_CASE("pajek: project files: the first network is read, the rest is ignored with a warning",
          "[pajek]") {
    const ReadResult result = parse_pajek(
        "*Network first\n*Vertices 2\n*Edges\n1 2\n"
        "*Partition groups\n*Vertices 2\n1\n2\n"
        "*Network second\n*Vertices 1\n",
        "p.paj");
    CHECK(result.network.name() == "first");
    CHECK(result.network.actor_count() == 2);
    REQUIRE(result.warnings.size() == 1);
    CHECK(result.warnings[0].where.line == 5);
    const ReadResult two =
        parse_pajek("*Network a\n*Vertices 1\n*Network b\n*Vertices 3\n", "t.paj");
    CHECK(two.network.actor_count() == 1);
    CHECK(has_warning(two, "only the first is read"));
}

TEST_CASE("pajek: every bad line is reported with file, line and column", "[pajek][errors]") {
    SECTION("vertices not declared") {
        const auto problems = problems_of("*Vertices 2\n*Edges\n1 2\n2 3\n0 1\n1 x\n");
        CHECK(has_problem(problems, "vertex 3 is not declared (*Vertices 2", 4, 3));
        CHECK(has_problem(problems, "vertex 0 is not declared", 5, 1));
        CHECK(has_problem(problems, "'x' is not a vertex number", 6, 3));
        CHECK(problems.size() == 3);
    }
    SECTION("weights") {
        const auto problems = problems_of("*Vertices 2\n*Arcs\n1 2 0\n1 2 -1\n1 2 nan\n1 2 2x\n");
        CHECK(has_problem(problems, "weight '0' is not a finite number > 0", 3, 5));
        CHECK(has_problem(problems, "weight '-1' is not a finite number > 0", 4));
        CHECK(has_problem(problems, "weight 'nan' is not a finite number > 0", 5));
        CHECK(has_problem(problems, "weight '2x' is not a number", 6));
    }
    SECTION("sections") {
        CHECK(has_problem(problems_of("1 2\n"), "data before the first section", 1));
        CHECK(has_problem(problems_of("*Edges\n1 2\n"), "before '*Vertices n'", 1));
        CHECK(has_problem(problems_of("*Vertices\n"), "without the number of vertices", 1));
        CHECK(has_problem(problems_of("*Vertices -3\n"), "'-3' is not a whole number", 1));
        CHECK(has_problem(problems_of("*Vertices 2 3\n"), "first-mode count '3'", 1));
        CHECK(has_problem(problems_of("*Vertices 1\n*Vertices 1\n"), "a second '*Vertices'", 2));
        CHECK(has_problem(problems_of("*Vertices 1\n*Events\n"), "unknown section '*Events'", 2));
        CHECK(has_problem(problems_of("*Vertices 99999999\n"), "implausible", 1));
        CHECK(has_problem(problems_of("*Vertices 2\n1 \"open\n"), "unterminated", 2, 3));
        CHECK(has_problem(problems_of("*Vertices 2\n1 a\n1 b\n"), "given twice (first on line 2)",
                          3));
    }
    SECTION("matrices") {
        CHECK(has_problem(problems_of("*Vertices 2\n*Matrix\n0 1\n1\n"), "has 3 of its 2 x 2", 2));
        CHECK(has_problem(problems_of("*Vertices 1\n*Matrix\n0 1\n"), "more entries", 3, 3));
        CHECK(has_problem(problems_of("*Vertices 1\n*Matrix\n-1\n"), "matrix entry '-1'", 3));
    }
    SECTION("a control character in a label is refused by the network's rule") {
        CHECK(has_problem(problems_of("*Vertices 1\n1 \"a\x1b\"\n"), "U+001B", 2));
    }
}

TEST_CASE("pajek: writing gives vertices by actor id, then edges or arcs with exact weights",
          "[pajek]") {
    // Actors 0 "Jugendamt" (labelled, sector), 1 "a \"b\" \\", 2 iso; ties 1-0 (0.1, kind),
    // 0-1 (1), 2-2 (1e-300) in that order.
    std::vector<Actor> actors = {Actor{"Jugendamt", "Das Amt", "municipality", {}},
                                 named("a \"b\" \\"), named("iso")};
    std::vector<Tie> ties = {plain(1, 0, 0.1, "funding"), plain(0, 1, 1), plain(2, 2, 1e-300)};
    for (const bool directed : {false, true}) {
        const Network network = make_network("Marxloh 2019", directed, actors, ties);
        std::vector<std::string> warnings;
        const std::string text = to_pajek(network, &warnings);
        CHECK(text == std::string("*Network Marxloh 2019\n"
                                  "*Vertices 3\n"
                                  "1 \"Jugendamt\"\n"
                                  "2 \"a \\\"b\\\" \\\\\"\n"
                                  "3 \"iso\"\n") +
                          (directed ? "*Arcs\n" : "*Edges\n") +
                          "2 1 0.1\n"
                          "1 2 1\n"
                          "3 3 1e-300\n");
        REQUIRE(warnings.size() == 4);
        CHECK(warnings[0] ==
              "pajek cannot hold actor labels (the vertex label is the actor id): left out "
              "for 1 actor(s)");
        CHECK(warnings[1] == "pajek cannot hold sectors: left out for 1 actor(s)");
        CHECK(warnings[2] == "pajek cannot hold tie kinds: left out for 1 tie(s)");
        CHECK(warnings[3].find("igraph reads such a label as written") != std::string::npos);
        // Read back: ids, direction, name, ties and weights; no labels, sectors or kinds.
        const ReadResult back = parse_pajek(text, "w.net");
        CHECK(back.warnings.empty());
        const Network expected = make_network(
            "Marxloh 2019", directed, {named("Jugendamt"), named("a \"b\" \\"), named("iso")},
            {plain(1, 0, 0.1), plain(0, 1, 1), plain(2, 2, 1e-300)});
        CHECK(back.network == expected);
        CHECK(to_pajek(back.network) == text);
    }
}

TEST_CASE("pajek: the empty network and a name with a line break", "[pajek]") {
    std::vector<std::string> warnings;
    CHECK(to_pajek(Network{}, &warnings) == "*Vertices 0\n*Edges\n");
    CHECK(warnings.empty());
    CHECK(parse_pajek("*Vertices 0\n*Edges\n", "e.net").network == Network{});
    const Network named_badly = make_network("two\nlines", false, {named("a")}, {});
    CHECK(to_pajek(named_badly, &warnings) == "*Vertices 1\n1 \"a\"\n*Edges\n");
    REQUIRE(warnings.size() == 1);
    CHECK(warnings[0].find("name is not written") != std::string::npos);
}

TEST_CASE("pajek: files as networkx and igraph write them are read", "[pajek][interop]") {
    // networkx 2.8 write_pajek: lower-case keywords, bare labels without spaces, x y shape
    // after the label, `1.0` weights, edge attributes as key/value pairs.
    const ReadResult networkx = parse_pajek(
        "*vertices 4\n"
        "1 \"a b\" 0.0 0.0 ellipse\n"
        "2 c 0.0 0.0 ellipse\n"
        "3 d 0.0 0.0 ellipse\n"
        "4 iso 0.0 0.0 ellipse\n"
        "*edges\n"
        "1 2 0.1\n"
        "2 3 1.0\n"
        "2 3 1.0 kind \"x y\"\n",
        "nx.net");
    CHECK(ids_of(networkx.network) == std::vector<std::string>{"a b", "c", "d", "iso"});
    CHECK(networkx.network.ties().to_vector() ==
          std::vector<Tie>{plain(0, 1, 0.1), plain(1, 2, 1), plain(1, 2, 1)});
    // igraph 0.10 write_pajek: quoted `id` labels with \" and \\ escapes, *Arcs.
    const ReadResult igraph = parse_pajek(
        "*Vertices 3\n1 \"a b\"\n2 \"c\\\"q\"\n3 \"d\\\\x\"\n*Arcs\n1 2 0.1\n2 3 2\n3 3 1\n",
        "ig.net");
    CHECK(ids_of(igraph.network) == std::vector<std::string>{"a b", "c\"q", "d\\x"});
    CHECK(igraph.network.directed());
    CHECK(igraph.network.ties().size() == 3);
}
