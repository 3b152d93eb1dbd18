// A catalogue of bad inputs for every reader (issue #8): each must be refused with an
// InputError whose message names the problem (and the line, where a line exists), or be
// accepted cleanly when the input is odd but legal. The second half replays the inputs
// that the fuzzers (fuzz/, scripts/fuzz.sh) found in tests/data/fuzz-regressions/.
#include <catch2/catch.hpp>
#include <cmath>
#include <cstddef>
#include <filesystem>
#include <functional>
#include <limits>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "io/coopnet_json.hpp"
#include "io/csv.hpp"
#include "io/csv_folder.hpp"
#include "io/detail/file_reader.hpp"
#include "io/dot.hpp"
#include "io/edge_list.hpp"
#include "io/gexf.hpp"
#include "io/graphml.hpp"
#include "io/network_format.hpp"
#include "io/node_link_json.hpp"
#include "io/pajek.hpp"
#include "io/xlsx_reader.hpp"
#include "tests/io/temporary_folder.hpp"

using namespace coopnet;

namespace {

const std::filesystem::path kBad = std::filesystem::path(COOPNET_TEST_DATA_DIR) / "bad";

// The problems `read` throws, or a single "no InputError" entry when it throws nothing.
std::vector<Diagnostic> problems_of(const std::function<void()>& read) {
    try {
        read();
    } catch (const InputError& error) {
        return error.problems();
    }
    Diagnostic none;  // built by members: GCC 12 misreads the aggregate form as uninitialised
    none.message = "no InputError was thrown";
    return {none};
}

std::string joined(const std::vector<Diagnostic>& problems) {
    std::string text;
    for (const Diagnostic& problem : problems) text += problem.to_string() + "\n";
    return text;
}

// True when one of `problems` contains `fragment` and is on `line` (0: any line).
bool has_problem(const std::vector<Diagnostic>& problems, std::string_view fragment,
                 std::size_t line = 0) {
    for (const Diagnostic& problem : problems) {
        if (problem.message.find(fragment) != std::string::npos &&
            (line == 0 || problem.where.line == line)) {
            return true;
        }
    }
    return false;
}

#define REQUIRE_PROBLEM(problems, fragment, line)        \
    do {                                                 \
        const auto& problems_ = (problems);              \
        INFO(joined(problems_));                         \
        REQUIRE(has_problem(problems_, fragment, line)); \
    } while (false)

std::string json_tie(std::string_view weight) {
    return R"({"actors": [{"id": "a"}, {"id": "b"}],
 "ties": [{"source": "a", "target": "b", "weight": )" +
           std::string(weight) + "}]}";
}

}  // namespace

// ---------------------------------------------------------------------------------------
// Truncated files

TEST_CASE("bad input: a truncated coopnet JSON file is refused at its end", "[bad_input]") {
    const auto problems = problems_of([] { read_coopnet_json(kBad / "json/truncated.json"); });
    // The file stops inside the string "Verein on line 5.
    REQUIRE_PROBLEM(problems, "invalid JSON", 5);
    REQUIRE(problems.front().where.file.find("truncated.json") != std::string::npos);
}

TEST_CASE("bad input: a truncated node-link JSON text is refused", "[bad_input]") {
    const auto problems =
        problems_of([] { parse_node_link_json("{\"nodes\": [{\"id\": 1}, {\"id\"", "t.json"); });
    REQUIRE_PROBLEM(problems, "invalid JSON", 1);
}

TEST_CASE("bad input: a truncated GraphML file is refused as malformed XML", "[bad_input]") {
    const auto problems =
        problems_of([] { read_graphml(kBad / "graphml/truncated.graphml"); });
    REQUIRE_PROBLEM(problems, "malformed XML", 0);
}

TEST_CASE("bad input: a CSV with a quote that never closes names the quote's line",
          "[bad_input]") {
    // Line 2 opens "Jugendamt,... and the file ends without the closing quote.
    const auto problems = problems_of([] { read_csv_file(kBad / "csv/open_quote.csv"); });
    REQUIRE_PROBLEM(problems, "unterminated quoted field", 2);
}

TEST_CASE("bad input: a truncated DOT text is a syntax error", "[bad_input]") {
    const auto problems = problems_of([] { parse_dot("graph g {\n  a -- b;\n  b -- ", "t.dot"); });
    REQUIRE(!problems.empty());
    REQUIRE(problems.front().message != "no InputError was thrown");
}

// ---------------------------------------------------------------------------------------
// Encodings

TEST_CASE("bad input: invalid UTF-8 in JSON is refused with its byte", "[bad_input]") {
    const auto problems =
        problems_of([] { read_coopnet_json(kBad / "json/invalid_utf8.json"); });
    REQUIRE_PROBLEM(problems, "invalid UTF-8", 1);
    // "caf\xC3\xA9" before it is valid: the first bad byte is 0xFF of "bad\xFF".
    REQUIRE_PROBLEM(problems, "FF", 1);
}

TEST_CASE("bad input: invalid UTF-8 in GraphML is refused with line and column",
          "[bad_input]") {
    // Line 4 is `    <node id="a\xC3\x28"/>`: C3 must be followed by a continuation byte;
    // four blanks, `<node id="` (10 bytes) and `a` put C3 in column 16.
    const auto problems =
        problems_of([] { read_graphml(kBad / "graphml/invalid_utf8.graphml"); });
    REQUIRE_PROBLEM(problems, "invalid UTF-8", 4);
    REQUIRE(problems.front().where.column == 16);
}

TEST_CASE("bad input: invalid UTF-8 in an edge list and in DOT is refused", "[bad_input]") {
    REQUIRE_PROBLEM(problems_of([] { parse_edge_list("a b\nc\xE2\x82 d\n", "e.txt"); }),
                    "invalid UTF-8", 2);
    REQUIRE_PROBLEM(problems_of([] { parse_dot("graph {\n a -- \"\xC0\xAF\";\n}\n", "d.dot"); }),
                    "invalid UTF-8", 2);
}

// ---------------------------------------------------------------------------------------
// Very long ids: accepted by every reader, byte for byte (an id has no length limit).

TEST_CASE("bad input: a 10 000-character id is accepted unchanged by every reader",
          "[bad_input]") {
    const std::string id(10000, 'x');
    const auto check = [&](const ReadResult& result) {
        REQUIRE(result.network.actors().size() == 2);
        REQUIRE(result.network.actors()[0].id == id);
        REQUIRE(result.network.actors()[0].id.size() == 10000);
        REQUIRE(result.network.ties().size() == 1);
    };
    check(parse_coopnet_json(R"({"actors": [{"id": ")" + id + R"("}, {"id": "b"}],
        "ties": [{"source": ")" + id + R"(", "target": "b"}]})",
                             "long.json"));
    check(parse_node_link_json(R"({"nodes": [{"id": ")" + id + R"("}, {"id": "b"}],
        "edges": [{"source": ")" + id + R"(", "target": "b"}]})",
                               "long.json"));
    check(parse_graphml(R"(<graphml><graph><node id=")" + id + R"("/><node id="b"/>
        <edge source=")" + id + R"(" target="b"/></graph></graphml>)",
                        "long.graphml"));
    check(parse_dot("graph { " + id + " -- b; }", "long.dot"));
    check(parse_edge_list(id + " b\n", "long.txt"));
}

// ---------------------------------------------------------------------------------------
// Unknown actors and duplicate ids

TEST_CASE("bad input: ties to unknown actors are refused, each with its line",
          "[bad_input]") {
    const std::string json = R"({"actors": [{"id": "a"}],
 "ties": [{"source": "a", "target": "ghost"},
          {"source": "nobody", "target": "a"}]})";
    const auto problems = problems_of([&] { parse_coopnet_json(json, "u.json"); });
    REQUIRE_PROBLEM(problems, "'ghost' is not a known actor", 2);
    REQUIRE_PROBLEM(problems, "'nobody' is not a known actor", 3);

    const std::string graphml = R"(<graphml><graph>
<node id="a"/>
<edge source="a" target="ghost"/>
</graph></graphml>)";
    REQUIRE_PROBLEM(problems_of([&] { parse_graphml(graphml, "u.graphml"); }), "ghost", 3);
}

TEST_CASE("bad input: duplicate actor ids are refused with the second one's line",
          "[bad_input]") {
    const std::string json = R"({"actors": [{"id": "a"},
  {"id": "a"}]})";
    REQUIRE_PROBLEM(problems_of([&] { parse_coopnet_json(json, "d.json"); }),
                    "duplicate actor id 'a'", 2);
    // An integer id and its decimal text name the same actor.
    REQUIRE_PROBLEM(problems_of([] {
                        parse_node_link_json(R"({"nodes": [{"id": 7}, {"id": "7"}],
  "edges": []})",
                                             "d.json");
                    }),
                    "duplicate", 1);
    const std::string graphml = R"(<graphml><graph>
<node id="a"/>
<node id="a"/>
</graph></graphml>)";
    REQUIRE_PROBLEM(problems_of([&] { parse_graphml(graphml, "d.graphml"); }),
                    "duplicate node id 'a'", 3);
}

// ---------------------------------------------------------------------------------------
// Weights

TEST_CASE("bad input: weights 0, negative, NaN and infinite are refused", "[bad_input]") {
    SECTION("coopnet JSON (NaN and inf are not JSON; 1e999 is refused as overflow)") {
        REQUIRE_PROBLEM(problems_of([] { parse_coopnet_json(json_tie("0"), "w.json"); }),
                        "finite number > 0, not 0", 2);
        REQUIRE_PROBLEM(problems_of([] { parse_coopnet_json(json_tie("-2.5"), "w.json"); }),
                        "finite number > 0, not -2.5", 2);
        REQUIRE_PROBLEM(problems_of([] { parse_coopnet_json(json_tie("1e999"), "w.json"); }),
                        "number overflow", 2);
        REQUIRE_PROBLEM(problems_of([] { parse_coopnet_json(json_tie("NaN"), "w.json"); }),
                        "invalid JSON", 2);
    }
    SECTION("edge list: one problem per bad line") {
        // Lines 1-4 are 0, -1, nan and inf; lines 5 and 6 (1e308, 1e-308) are fine.
        const auto problems =
            problems_of([] { read_edge_list(kBad / "edgelist/weights.txt"); });
        REQUIRE_PROBLEM(problems, "weight", 1);
        REQUIRE_PROBLEM(problems, "weight", 2);
        REQUIRE_PROBLEM(problems, "weight", 3);
        REQUIRE_PROBLEM(problems, "weight", 4);
        REQUIRE_FALSE(has_problem(problems, "", 5));
        REQUIRE_FALSE(has_problem(problems, "", 6));
    }
    SECTION("GraphML") {
        for (const char* weight : {"0", "-1", "NaN", "inf"}) {
            const std::string text =
                std::string(R"(<graphml><key id="w" for="edge" attr.name="weight" )"
                            R"(attr.type="double"/><graph>
<node id="a"/><node id="b"/>
<edge source="a" target="b"><data key="w">)") +
                weight + "</data></edge></graph></graphml>";
            INFO(weight);
            REQUIRE_PROBLEM(problems_of([&] { parse_graphml(text, "w.graphml"); }), "weight",
                            3);
        }
    }
    SECTION("DOT") {
        for (const char* weight : {"0", "-1", "nan", "inf"}) {
            const std::string text = std::string("graph { a -- b [weight=\"") + weight + "\"]; }";
            INFO(weight);
            REQUIRE_PROBLEM(problems_of([&] { parse_dot(text, "w.dot"); }), "weight", 0);
        }
    }
}

TEST_CASE("bad input: weights 1e308 and 1e-308 are accepted exactly", "[bad_input]") {
    const ReadResult json = parse_coopnet_json(
        R"({"actors": [{"id": "a"}, {"id": "b"}, {"id": "c"}],
 "ties": [{"source": "a", "target": "b", "weight": 1e308},
          {"source": "b", "target": "c", "weight": 1e-308}]})",
        "big.json");
    REQUIRE(json.network.ties()[0].weight == 1e308);
    REQUIRE(json.network.ties()[1].weight == 1e-308);  // a normal double (min is ~2.2e-308)

    const ReadResult edges = parse_edge_list("a b 1e308\nb c 1e-308\n", "big.txt");
    REQUIRE(edges.network.ties()[0].weight == 1e308);
    REQUIRE(edges.network.ties()[1].weight == 1e-308);
}

// Two parallel ties of weight 1e308 are each valid, but the adjacency merges them into
// one tie of weight 1e308 + 1e308, which overflows to inf (DBL_MAX is about 1.8e308).
// Every analysis reads the adjacency, so a finite merged weight is required. This is a
// problem core refuses when it builds the network, naming the pair.
TEST_CASE("bad input: two parallel ties of weight 1e308 do not merge into an infinite weight",
          "[bad_input]") {
    const std::string text = "a b 1e308\na b 1e308\n";
    REQUIRE_THROWS_AS(parse_edge_list(text, "overflow.txt"), InputError);
    try {
        parse_edge_list(text, "overflow.txt");
    } catch (const InputError& error) {
        CHECK(joined(error.problems()).find("'a' and 'b'") != std::string::npos);
    }
    // One tie of 1e308 alone is fine.
    const ReadResult single = parse_edge_list("a b 1e308\n", "single.txt");
    CHECK(single.network.adjacency().out().weights_of(0)[0] == 1e308);
}

// ---------------------------------------------------------------------------------------
// Dates, nesting, entities, HTML labels, delimiters

TEST_CASE("bad input: a period that ends before it begins is refused", "[bad_input]") {
    const std::string json = R"({"actors": [{"id": "a"}, {"id": "b"}],
 "ties": [{"source": "a", "target": "b", "since": "2005-06", "until": 2003}]})";
    REQUIRE_PROBLEM(problems_of([&] { parse_coopnet_json(json, "p.json"); }), "2005-06", 2);
    const std::string graphml = R"(<graphml>
<key id="s" for="edge" attr.name="since" attr.type="string"/>
<key id="u" for="edge" attr.name="until" attr.type="string"/>
<graph><node id="a"/><node id="b"/>
<edge source="a" target="b"><data key="s">2010</data><data key="u">2009-12-31</data></edge>
</graph></graphml>)";
    REQUIRE_PROBLEM(problems_of([&] { parse_graphml(graphml, "p.graphml"); }), "2010", 5);
}

TEST_CASE("bad input: deeply nested JSON is refused without exhausting the stack",
          "[bad_input]") {
    // 100 000 levels would overflow a naive recursive parser's stack.
    const std::string deep = R"({"actors": [{"id": "a", "x": )" + std::string(100000, '[');
    REQUIRE_PROBLEM(problems_of([&] { parse_coopnet_json(deep, "deep.json"); }),
                    "nested deeper than", 1);
    REQUIRE_PROBLEM(problems_of([&] { parse_node_link_json(deep, "deep.json"); }),
                    "nested deeper than", 1);
    // Exactly kMaxJsonDepth levels are still read (the object and array of actors are two).
    std::string fine = R"({"actors": [{"id": "a", "x": )";
    const std::size_t extra = kMaxJsonDepth - 3;  // levels left for the attribute value
    fine += std::string(extra, '[') + std::string(extra, ']') + "}]}";
    const auto problems = problems_of([&] { parse_coopnet_json(fine, "fine.json"); });
    REQUIRE_FALSE(has_problem(problems, "nested deeper than"));
}

TEST_CASE("bad input: GraphML with external entities is refused, nothing is fetched",
          "[bad_input]") {
    // The DOCTYPE on line 2 declares file:// and http:// entities.
    const auto problems =
        problems_of([] { read_graphml(kBad / "graphml/external_entity.graphml"); });
    REQUIRE_PROBLEM(problems, "entities are never expanded", 2);
    // An entity reference without a declaration is not expanded either: pugixml keeps an
    // unknown reference as its literal text.
    const std::string undeclared = R"(<graphml>
<key id="l" for="node" attr.name="label" attr.type="string"/>
<graph><node id="a"><data key="l">&secret;</data></node></graph></graphml>)";
    const ReadResult result = parse_graphml(undeclared, "e.graphml");
    REQUIRE(result.network.actors().size() == 1);
    REQUIRE(result.network.actors()[0].label == "&secret;");
}

TEST_CASE("bad input: DOT HTML labels are read as their text without the outer brackets",
          "[bad_input]") {
    const ReadResult result = read_dot(kBad / "dot/html_labels.dot");
    REQUIRE(result.network.actors().size() == 2);
    REQUIRE(result.network.actors()[0].label == "<b>Jugend</b>amt<br/>Nord");
    REQUIRE(result.network.actors()[1].label == "<table><tr><td>Verein</td></tr></table>");
    REQUIRE(result.network.ties().size() == 1);
    REQUIRE(result.network.ties()[0].kind == "funding");
}

TEST_CASE("bad input: CSV data rows with another delimiter than the header are refused",
          "[bad_input]") {
    // actors.csv: the header `id;label;sector` sets `;`, the rows `a,Jugendamt,municipality`
    // and `b,Verein,civil_society` use `,`, so each reads as one field. The first `,` of
    // line 2 is its second character. Exit code of `coopnet validate`: 2 (tests/cli).
    const std::string expected =
        "row is separated by ',' but the header (line 1) is separated by ';', so the row "
        "reads as one field; use one delimiter throughout the file (or quote the field if "
        "its ',' is text)";
    const auto actors =
        problems_of([] { read_csv_file(kBad / "csv/mixed_delimiter/actors.csv"); });
    REQUIRE(actors.size() == 1);
    CHECK(actors[0].message == expected + "; 1 more row like it");
    CHECK(actors[0].where.line == 2);
    CHECK(actors[0].where.column == 2);

    // The folder: one problem per file, ties.csv (`a,b,2` under `source;target;weight`)
    // included, and no "unknown actor" for its tie, since actors.csv could not be read.
    const auto folder = problems_of([] { read_csv_folder(kBad / "csv/mixed_delimiter"); });
    INFO(joined(folder));
    REQUIRE(folder.size() == 2);
    CHECK(folder[0].where.file.find("actors.csv") != std::string::npos);
    CHECK(folder[1].where.file.find("ties.csv") != std::string::npos);
    CHECK(folder[1].message == expected);
    CHECK(folder[1].where.line == 2);
    CHECK(folder[1].where.column == 2);
    REQUIRE_FALSE(has_problem(folder, "not a known actor"));

    // A tab-separated header with `;` rows; the other way round with a forced delimiter.
    REQUIRE_PROBLEM(problems_of([] { parse_csv("source\ttarget\nx;y\n", "t.csv"); }),
                    "row is separated by ';' but the header (line 1) is separated by tab", 2);
    CsvReadOptions comma;
    comma.delimiter = ',';
    REQUIRE_PROBLEM(problems_of([&] { parse_csv("a,b\nx;y\n", "t.csv", comma); }),
                    "row is separated by ';' but the delimiter given is ','", 2);

    // Still accepted: a quoted single field, a single field without another delimiter, a
    // one-column file, and a row with fewer fields in the header's delimiter.
    const CsvTable fine = parse_csv("id;label\n\"Amt, Nord\"\nb\nc;C\n", "fine.csv");
    REQUIRE(fine.records.size() == 3);
    CHECK(fine.records[0].fields == std::vector<std::string>{"Amt, Nord"});
    CHECK(parse_csv("id\nAmt; Nord\n", "one.csv").records[0].fields[0] == "Amt; Nord");
}

// ---------------------------------------------------------------------------------------
// Control characters (core/network.hpp): none in ids; tab and line breaks only in other
// text. Each reader refuses the rest with the line; what is legal survives every format.

namespace {

struct Control {
    const char* name;
    std::string bytes;  ///< as raw UTF-8
    const char* json;   ///< as a JSON escape
    const char* xml;    ///< as an XML character reference
    const char* code;   ///< as messages name it
};

const std::vector<Control> kControls = {
    {"NUL", std::string(1, '\0'), "\\u0000", "&#0;", "U+0000"},
    {"ESC", "\x1b", "\\u001b", "&#x1B;", "U+001B"},
    {"DEL", "\x7f", "\\u007f", "&#127;", "U+007F"},
    {"C1 CSI", "\xc2\x9b", "\\u009b", "&#155;", "U+009B"},
};

}  // namespace

TEST_CASE("bad input: a control character in an actor id is refused by every reader at its line",
          "[bad_input][control]") {
    for (const Control& control : kControls) {
        CAPTURE(control.name);
        const std::string id = std::string("a") + control.bytes + "b";
        const std::string json_id = std::string("a") + control.json + "b";
        REQUIRE_PROBLEM(problems_of([&] {
                            parse_coopnet_json(R"({"actors": [{"id": "x"},
  {"id": ")" + json_id + R"("}], "ties": []})",
                                               "c.json");
                        }),
                        control.code, 2);
        REQUIRE_PROBLEM(problems_of([&] {
                            parse_node_link_json(R"({"nodes": [{"id": "x"},
  {"id": ")" + json_id + R"("}], "edges": []})",
                                                 "c.json");
                        }),
                        control.code, 2);
        REQUIRE_PROBLEM(problems_of([&] {
                            parse_graphml(std::string("<graphml><graph>\n<node id=\"x\"/>\n"
                                                      "<node id=\"a") +
                                              control.xml + "b\"/>\n</graph></graphml>",
                                          "c.graphml");
                        }),
                        control.code, 3);
        REQUIRE_PROBLEM(
            problems_of([&] { parse_dot("graph {\n x;\n \"" + id + "\" -- x\n}", "c.dot"); }),
            control.code, 3);
        // Edge lists create actors on first sight: ids that appear only as tie ends.
        REQUIRE_PROBLEM(problems_of([&] { parse_edge_list("x y\ny " + id + "\n", "c.txt"); }),
                        control.code, 2);
        REQUIRE_PROBLEM(
            problems_of([&] { parse_edge_list("x y\n# isolated: " + id + "\n", "c.txt"); }),
            control.code, 2);
        test::TemporaryFolder folder("control-id");
        (void)folder.file("actors.csv", "id;label\nx;X\n" + id + ";Y\n");
        (void)folder.file("ties.csv", "source;target\nx;" + id + "\n");
        const auto problems = problems_of([&] { read_csv_folder(folder.path); });
        REQUIRE_PROBLEM(problems, control.code, 3);
        // The tie names the refused actor: one problem, not a second "unknown actor".
        CHECK_FALSE(has_problem(problems, "not a known actor"));
    }
}

TEST_CASE("bad input: control characters in tie ends, memberships and project ids are refused",
          "[bad_input][control]") {
    // A tie that names an unknown id with a control character says so (not "unknown").
    const auto ends = problems_of([] {
        parse_coopnet_json(R"({"actors": [{"id": "a"}],
 "ties": [{"source": "a", "target": "g\u001bh"}]})",
                           "t.json");
    });
    REQUIRE_PROBLEM(ends, "tie target id 'g\\x1bh' contains the control character U+001B", 2);
    test::TemporaryFolder folder("control-ends");
    (void)folder.file("actors.csv", "id\na\n");
    (void)folder.file("ties.csv", "source;target\na;b\x7f\n");
    REQUIRE_PROBLEM(problems_of([&] { read_csv_folder(folder.path); }), "U+007F", 2);

    const std::string projects = R"({"actors": [{"id": "a"}], "ties": [],
 "projects": [{"id": "p\u0085", "members": ["a"]},
   {"id": "q", "label": "Q\u0007", "members": ["a\u0000"]}]})";
    const auto problems = problems_of([&] { parse_coopnet_json(projects, "p.json"); });
    REQUIRE_PROBLEM(problems, "the project id 'p\\u0085' contains the control character U+0085", 2);
    REQUIRE_PROBLEM(problems, "the label of project 'q' 'Q\\x07'", 3);
    REQUIRE_PROBLEM(problems, "the actor id of a membership 'a\\x00'", 3);
}

TEST_CASE("bad input: labels, sectors, kinds, names and attributes hold tab and line breaks only",
          "[bad_input][control]") {
    const std::string json = R"({"name": "N\u001b]0;x\u0007",
 "actors": [{"id": "a", "label": "A\u001b[2J"}, {"id": "b", "sector": "s\u009b"},
   {"id": "c", "note\u007f": "1"}, {"id": "d", "note": "\u0000"}],
 "ties": [{"source": "a", "target": "b", "kind": "k\u0001"}]})";
    const auto problems = problems_of([&] { parse_coopnet_json(json, "l.json"); });
    REQUIRE_PROBLEM(problems, "the network name", 1);
    REQUIRE_PROBLEM(problems, "the label of actor 'a' 'A\\x1b[2J'", 2);
    REQUIRE_PROBLEM(problems, "the sector of actor 'b'", 2);
    REQUIRE_PROBLEM(problems, "an attribute name of actor 'c'", 3);
    REQUIRE_PROBLEM(problems, "attribute 'note' of actor 'd'", 3);
    REQUIRE_PROBLEM(problems, "the kind of a tie", 4);
    CHECK(problems.size() == 6);
    // GraphML: as a character reference XML 1.0 forbids, and as a legal one (C1).
    REQUIRE_PROBLEM(problems_of([] {
                        parse_graphml(
                            "<graphml><key id=\"l\" for=\"node\" attr.name=\"label\"/>"
                            "<graph>\n<node id=\"a\"><data key=\"l\">&#27;</data>"
                            "</node></graph></graphml>",
                            "l.graphml");
                    }),
                    "U+001B, which XML 1.0 does not allow", 2);
    REQUIRE_PROBLEM(problems_of([] {
                        parse_graphml(
                            "<graphml><key id=\"l\" for=\"node\" attr.name=\"label\"/>"
                            "<graph>\n<node id=\"a\"><data key=\"l\">&#x85;</data>"
                            "</node></graph></graphml>",
                            "l.graphml");
                    }),
                    "the label of actor 'a'", 2);
    // DOT: anywhere in the text, with line and column.
    const auto dot = problems_of([] { parse_dot("graph {\n a [label=\"x\x1b\"]\n}", "l.dot"); });
    REQUIRE(dot.size() == 1);
    CHECK(dot[0].to_string() ==
          "l.dot:2:13: control character U+001B in DOT text (only tab and "
          "line breaks are allowed)");

    // Tab, line feed and carriage return are text.
    const Network fine = parse_coopnet_json(R"({"actors": [{"id": "a",
 "label": "A\tB\nC\rD", "note": "x\ny"}], "ties": []})",
                                            "l.json")
                             .network;
    CHECK(fine.actor(0).label == "A\tB\nC\rD");
    // ... but not in ids, where DOT finds the line of the quoted name.
    REQUIRE_PROBLEM(problems_of([] { parse_dot("graph {\n a\n \"b\\nc\" -- a\n}", "i.dot"); }),
                    "the actor id 'b\\nc' contains the control character U+000A", 3);
    REQUIRE_PROBLEM(
        problems_of([] { parse_coopnet_json(R"({"actors": [{"id": "a\tb"}]})", "i.json"); }),
        "the actor id 'a\\tb'", 1);
}

TEST_CASE("bad input: ids and labels that look like markup survive every format that keeps them",
          "[bad_input][control]") {
    const std::vector<std::string> ids = {"&#0;",
                                          "&amp;",
                                          "<a>",
                                          "\"",
                                          "]]>",
                                          "'\\N",
                                          "\xF0\x9F\x98\x80 x",
                                          "a\xc2\xa0"
                                          "b"};
    NetworkBuilder builder;
    builder.set_name("&#0; <name> ]]>");
    for (std::size_t i = 0; i < ids.size(); ++i) {
        Actor actor;
        actor.id = ids[i];
        actor.label = "L " + ids[(i + 1) % ids.size()] + "\tline\nbreak";
        actor.sector = ids[(i + 2) % ids.size()];
        actor.attributes[ids[(i + 3) % ids.size()]] = ids[i];
        builder.add_actor(std::move(actor));
        TieRecord tie;
        tie.source = ids[i];
        tie.target = ids[(i + 1) % ids.size()];
        tie.kind = ids[(i + 4) % ids.size()];
        builder.add_tie(std::move(tie));
    }
    const Network network = builder.build();
    test::TemporaryFolder folder("hostile-round-trip");
    for (const NetworkFormat format :
         {NetworkFormat::CoopnetJson, NetworkFormat::CsvFolder, NetworkFormat::GraphML,
          NetworkFormat::Dot, NetworkFormat::NodeLinkJson, NetworkFormat::Gexf}) {
        CAPTURE(format_name(format));
        const std::filesystem::path path =
            folder.path / ("net-" + std::string(format_name(format)));
        WriteOptions options;
        options.format = format;
        (void)write_network(network, path, options);
        const Network back = read_network(path, format).network;
        REQUIRE(back.actor_count() == network.actor_count());
        for (std::size_t v = 0; v < ids.size(); ++v) {
            CHECK(back.actor(static_cast<NodeId>(v)).id == ids[v]);
        }
        CHECK(back == network);
    }
}

TEST_CASE("bad input: Pajek files name the line of each bad vertex, weight and section",
          "[bad_input][pajek]") {
    // unknown_vertex.net: *Vertices 2, ties on line 5 (2 3) and 6 (1 7 2).
    const auto unknown = problems_of([] { read_pajek(kBad / "pajek/unknown_vertex.net"); });
    REQUIRE_PROBLEM(unknown, "vertex 3 is not declared", 6);
    REQUIRE_PROBLEM(unknown, "vertex 7 is not declared", 7);
    // bad_weight.net: lines 5-9 are 0, -1, nan, 1e999 and 2x; line 10 (1e308) is fine.
    const auto weights = problems_of([] { read_pajek(kBad / "pajek/bad_weight.net"); });
    for (std::size_t line = 5; line <= 9; ++line) REQUIRE_PROBLEM(weights, "weight '", line);
    REQUIRE_FALSE(has_problem(weights, "", 10));
    // truncated_vertices.net: `*Vertices` without its count; the ties after it are not
    // checked against a count that is not there.
    const auto truncated =
        problems_of([] { read_pajek(kBad / "pajek/truncated_vertices.net"); });
    REQUIRE_PROBLEM(truncated, "'*Vertices' without the number of vertices", 1);
    REQUIRE(truncated.size() == 1);
    // garbage_section.net: `*Edgez` on line 4; its line is skipped, the *Arcs after it read.
    const auto garbage = problems_of([] { read_pajek(kBad / "pajek/garbage_section.net"); });
    REQUIRE_PROBLEM(garbage, "unknown section '*Edgez'", 4);
    REQUIRE(garbage.size() == 1);
}

// ---------------------------------------------------------------------------------------
// GEXF: the GraphML catalogue again, for the other XML reader.

TEST_CASE("bad input: a truncated GEXF file is refused as malformed XML", "[bad_input]") {
    REQUIRE_PROBLEM(problems_of([] { read_gexf(kBad / "gexf/truncated.gexf"); }), "malformed XML",
                    0);
}

TEST_CASE("bad input: GEXF with an external entity is refused, nothing is fetched",
          "[bad_input]") {
    // The DOCTYPE on line 2 declares a file:// entity.
    REQUIRE_PROBLEM(problems_of([] { read_gexf(kBad / "gexf/external_entity.gexf"); }),
                    "entities are never expanded", 2);
}

TEST_CASE("bad input: invalid UTF-8 in GEXF is refused with line and column", "[bad_input]") {
    // Line 5 is `      <node id="a\xC3\x28"/>`: six blanks, `<node id="` (10 bytes) and
    // `a` put C3 in column 18.
    const auto problems = problems_of([] { read_gexf(kBad / "gexf/invalid_utf8.gexf"); });
    REQUIRE_PROBLEM(problems, "invalid UTF-8", 5);
    REQUIRE(problems.front().where.column == 18);
}

TEST_CASE("bad input: GEXF weights 0, negative, NaN and infinite are refused with their line",
          "[bad_input]") {
    for (const char* weight : {"0", "-1", "NaN", "inf"}) {
        const std::string text = std::string(R"(<gexf version="1.3"><graph>
<nodes><node id="a"/><node id="b"/></nodes><edges>
<edge source="a" target="b" weight=")") + weight + "\"/></edges></graph></gexf>";
        INFO(weight);
        REQUIRE_PROBLEM(problems_of([&] { parse_gexf(text, "w.gexf"); }), "weight", 3);
    }
}

TEST_CASE("bad input: a GEXF edge to an unknown node names its line", "[bad_input]") {
    const std::string text = R"(<gexf version="1.3"><graph><nodes>
<node id="a"/></nodes><edges>
<edge source="a" target="ghost"/>
</edges></graph></gexf>)";
    REQUIRE_PROBLEM(problems_of([&] { parse_gexf(text, "u.gexf"); }), "'ghost' is not a node", 3);
}

// ---------------------------------------------------------------------------------------
// Fuzz regressions: every input the fuzzers ever crashed on must now parse or be refused
// with coopnet::Error. The folder name is the reader (scripts/fuzz.sh).

TEST_CASE("bad input: every fuzz regression input parses or is refused cleanly",
          "[bad_input][fuzz]") {
    using Reader = std::function<void(std::string_view)>;
    const std::map<std::string, Reader> readers{
        {"coopnet_json", [](std::string_view t) { (void)parse_coopnet_json(t, "fuzz"); }},
        {"node_link_json", [](std::string_view t) { (void)parse_node_link_json(t, "fuzz"); }},
        {"csv", [](std::string_view t) { (void)parse_csv(t, "fuzz"); }},
        {"graphml", [](std::string_view t) { (void)parse_graphml(t, "fuzz"); }},
        {"gexf", [](std::string_view t) { (void)parse_gexf(t, "fuzz"); }},
        {"dot", [](std::string_view t) { (void)parse_dot(t, "fuzz"); }},
        {"edge_list", [](std::string_view t) { (void)parse_edge_list(t, "fuzz"); }},
        {"xlsx", [](std::string_view t) { (void)parse_xlsx(t, "fuzz"); }},
        {"pajek", [](std::string_view t) { (void)parse_pajek(t, "fuzz"); }},
    };
    const std::filesystem::path root =
        std::filesystem::path(COOPNET_TEST_DATA_DIR) / "fuzz-regressions";
    REQUIRE(std::filesystem::is_directory(root));
    std::size_t replayed = 0;
    for (const auto& folder : std::filesystem::directory_iterator(root)) {
        if (!folder.is_directory()) continue;
        const auto reader = readers.find(folder.path().filename().string());
        INFO("folder " << folder.path());
        REQUIRE(reader != readers.end());  // a folder must be named after a reader
        for (const auto& file : std::filesystem::directory_iterator(folder.path())) {
            if (!file.is_regular_file()) continue;
            const std::string bytes = detail::read_whole_file(file.path());
            INFO("input " << file.path());
            try {
                reader->second(bytes);
            } catch (const Error&) {
                // refused cleanly
            }
            ++replayed;
        }
    }
    SUCCEED("replayed " << replayed << " inputs");
}
