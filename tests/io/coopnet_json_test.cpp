#include "io/coopnet_json.hpp"

#include <catch2/catch.hpp>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <limits>
#include <sstream>
#include <string>

#include "io/atomic_file.hpp"

using namespace coopnet;

namespace {

std::string to_json(const Network& network) {
    std::ostringstream out;
    write_coopnet_json(network, out);
    return out.str();
}

// The problems an input raises, each as "file:line:col: message".
std::vector<std::string> problems_of(std::string_view text) {
    try {
        (void)parse_coopnet_json(text, "t.json");
    } catch (const InputError& error) {
        std::vector<std::string> lines;
        for (const Diagnostic& problem : error.problems()) lines.push_back(problem.to_string());
        return lines;
    }
    return {};
}

std::string only_problem(std::string_view text) {
    const auto problems = problems_of(text);
    REQUIRE(problems.size() == 1);
    return problems.front();
}

PartialDate date(std::string_view text) { return *PartialDate::parse(text); }

//   a ==(funding 2003..2005-06, w 2)== b        c (self-tie 0.5)
//   a ---(steering)------------------- b        project p1 = {a, c}
Network small_network() {
    NetworkBuilder builder;
    builder.set_name("Nord");
    builder.add_actor(
        Actor{"a", "Jugendamt", "municipality", {{"staff", 12.0}, {"zip", std::string("04317")}}});
    builder.add_actor(Actor{"b", "", "other", {}});
    builder.add_actor(Actor{"c", "Verein \"Nord\"", "civil_society", {}});
    builder.add_tie(TieRecord{"a", "b", 2, "funding", Period{date("2003"), date("2005-06")}, {}});
    builder.add_tie(TieRecord{"a", "b", 1, "steering", {}, {}});
    builder.add_tie(TieRecord{"c", "c", 0.5, "", {}, {{"note", std::string("x")}}});
    builder.add_project(
        ProjectRecord{"p1", "Fest", Period{date("2004-05-17"), {}}, {{"budget", 1500.5}}});
    builder.add_membership("p1", "a");
    builder.add_membership("p1", "c");
    return builder.build();
}

}  // namespace

TEST_CASE("coopnet json: the writer emits the documented layout and key order", "[json]") {
    const std::string expected = R"({
  "name": "Nord",
  "directed": false,
  "actors": [
    {"id": "a", "label": "Jugendamt", "sector": "municipality", "staff": 12, "zip": "04317"},
    {"id": "b", "label": "", "sector": "other"},
    {"id": "c", "label": "Verein \"Nord\"", "sector": "civil_society"}
  ],
  "ties": [
    {"source": "a", "target": "b", "weight": 2, "kind": "funding", "since": "2003", "until": "2005-06"},
    {"source": "a", "target": "b", "weight": 1, "kind": "steering"},
    {"source": "c", "target": "c", "weight": 0.5, "kind": "", "note": "x"}
  ],
  "projects": [
    {"id": "p1", "label": "Fest", "since": "2004-05-17", "members": ["a", "c"], "budget": 1500.5}
  ]
}
)";
    CHECK(to_json(small_network()) == expected);
}

TEST_CASE("coopnet json: an empty network is written with empty arrays", "[json]") {
    const Network empty = make_network("", false, {}, {});
    CHECK(to_json(empty) ==
          "{\n  \"name\": \"\",\n  \"directed\": false,\n  \"actors\": [],\n  \"ties\": [],\n"
          "  \"projects\": []\n}\n");
    CHECK(parse_coopnet_json(to_json(empty), "e.json").network == empty);
}

TEST_CASE("coopnet json: write then read gives back an equal network with every feature",
          "[json]") {
    NetworkBuilder builder;
    builder.set_name("Gr\xC3\xBCnau \"Ost\"\\\n\ttab\r");  // no other control character: refused
    builder.set_directed(true);
    builder.add_actor(Actor{"amt",
                            "Stadtplanungsamt M\xC3\xBCnchen",
                            "municipality",
                            {{"zip", std::string("04317")},
                             {"zip_number", 4317.0},
                             {"tiny", 1e-300},
                             {"huge", 1.7976931348623157e308},
                             {"third", 1.0 / 3.0},
                             {"flag", std::string("true")},
                             {"empty", std::string("")}}});
    builder.add_actor(Actor{"7", "", "religious", {}});
    builder.add_actor(Actor{"x\"y", "quote in id", "other", {}});
    builder.add_tie(TieRecord{
        "amt", "7", 0.1, "funding", Period{date("2003"), date("2003-05")}, {{"euro", 25000.0}}});
    builder.add_tie(TieRecord{"amt", "7", 3, "steering", Period{{}, date("2010-12-31")}, {}});
    builder.add_tie(TieRecord{"7", "amt", 1, "funding", {}, {}});     // the reverse arc
    builder.add_tie(TieRecord{"x\"y", "x\"y", 2.5, "self", {}, {}});  // a self-tie
    builder.add_project(ProjectRecord{"p",
                                      "Stadtteilfest",
                                      Period{date("2004-05"), date("2006")},
                                      {{"budget", 1500.5}, {"lead", std::string("amt")}}});
    builder.add_project(ProjectRecord{"q", "", {}, {}});  // a project without members
    builder.add_membership("p", "x\"y");
    builder.add_membership("p", "amt");
    const Network original = builder.build();

    const std::string text = to_json(original);
    const ReadResult read = parse_coopnet_json(text, "round.json");
    CHECK(read.warnings.empty());
    CHECK(read.network == original);
    // Deterministic: writing the read network again gives the same bytes.
    CHECK(to_json(read.network) == text);
    // Members keep their order (x"y before amt), numbers keep their type.
    REQUIRE(read.network.projects()[0].members.size() == 2);
    CHECK(read.network.actor(read.network.projects()[0].members[0]).id == "x\"y");
    CHECK(std::get<std::string>(read.network.actor(0).attributes.at("zip")) == "04317");
    CHECK(std::get<double>(read.network.actor(0).attributes.at("zip_number")) == 4317.0);
}

TEST_CASE("coopnet json: read_coopnet_json reads what write_file_atomically wrote", "[json]") {
    const auto dir = std::filesystem::temp_directory_path() / "coopnet_json_test_dir";
    std::filesystem::create_directories(dir);
    const auto path = dir / "net.json";
    const Network original = small_network();
    write_file_atomically(path, [&](std::ostream& out) { write_coopnet_json(original, out); });
    CHECK(read_coopnet_json(path).network == original);
    // A directory and an empty file are refused with their own messages.
    CHECK_THROWS_WITH(read_coopnet_json(dir), Catch::Contains("is a directory"));
    std::ofstream(dir / "empty.json").close();
    CHECK_THROWS_WITH(read_coopnet_json(dir / "empty.json"), Catch::Contains("the file is empty"));
    std::filesystem::remove_all(dir);
    CHECK_THROWS_WITH(read_coopnet_json(dir / "missing.json"),
                      Catch::Contains("cannot open the file for reading"));
}

TEST_CASE("coopnet json: defaults fill what a record leaves out", "[json]") {
    const ReadResult read = parse_coopnet_json(
        R"({"actors": [{"id": "a"}, {"id": "b", "sector": ""}],
            "ties": [{"source": "a", "target": "b"}]})",
        "d.json");
    const Network& n = read.network;
    CHECK(n.name().empty());
    CHECK_FALSE(n.directed());
    CHECK(n.actor(0).label.empty());
    CHECK(n.actor(0).sector == "other");
    CHECK(n.actor(1).sector == "other");  // an empty sector is the default too
    REQUIRE(n.ties().size() == 1);
    CHECK(n.ties()[0].weight == 1.0);
    CHECK(n.ties()[0].kind.empty());
    CHECK(n.ties()[0].period == Period{});
    CHECK(n.projects().empty());
}

TEST_CASE("coopnet json: integer ids become their decimal text", "[json]") {
    const ReadResult read = parse_coopnet_json(
        R"({"actors": [{"id": 1}, {"id": 20}, {"id": -3}],
            "ties": [{"source": 1, "target": "20"}, {"source": -3, "target": 1}],
            "projects": [{"id": 9, "members": [20, "1"]}]})",
        "ints.json");
    const Network& n = read.network;
    CHECK(n.actor(0).id == "1");
    CHECK(n.actor(1).id == "20");
    CHECK(n.actor(2).id == "-3");
    REQUIRE(n.ties().size() == 2);
    CHECK(n.ties()[0].source == 0);  // "1"
    CHECK(n.ties()[0].target == 1);  // the integer 20 and the text "20" are the same actor
    CHECK(n.ties()[1].source == 2);
    REQUIRE(n.projects().size() == 1);
    CHECK(n.projects()[0].id == "9");
    CHECK(n.projects()[0].members == std::vector<NodeId>{1, 0});
}

TEST_CASE("coopnet json: since and until take year numbers and date texts", "[json]") {
    const ReadResult read = parse_coopnet_json(
        R"({"actors": [{"id": "a"}, {"id": "b"}],
            "ties": [{"source": "a", "target": "b", "since": 2003, "until": "2005-06"},
                     {"source": "a", "target": "b", "since": "2003-05-17", "until": 2003.0}],
            "projects": [{"id": "p", "since": 1999, "until": null}]})",
        "dates.json");
    const auto ties = read.network.ties();
    CHECK(ties[0].period.since == PartialDate{2003, 0, 0});
    CHECK(ties[0].period.until == PartialDate{2005, 6, 0});
    CHECK(ties[1].period.since == PartialDate{2003, 5, 17});
    CHECK(ties[1].period.until == PartialDate{2003, 0, 0});
    CHECK(read.network.projects()[0].period.since == PartialDate{1999, 0, 0});
    CHECK_FALSE(read.network.projects()[0].period.until.has_value());

    // The key after the prefix starts at column 67.
    const std::string prefix =
        R"({"actors": [{"id": "a"}], "ties": [{"source": "a", "target": "a", )";
    CHECK(only_problem(prefix + R"("since": 2003.5}]})") ==
          "t.json:1:67: tie \"since\" must be a year (2003) or a date \"YYYY\", \"YYYY-MM\" or "
          "\"YYYY-MM-DD\", not 2003.5");
    CHECK(only_problem(prefix + R"("until": 12345}]})") ==
          "t.json:1:67: tie \"until\" must be a year (2003) or a date \"YYYY\", \"YYYY-MM\" or "
          "\"YYYY-MM-DD\", not 12345");
}

TEST_CASE("coopnet json: attribute values keep their JSON type, booleans become text", "[json]") {
    const ReadResult read = parse_coopnet_json(
        R"({"actors": [{"id": "a", "zip": "04317", "staff": 12, "share": 0.25, "public": true,
                        "closed": false, "note": null}]})",
        "attrs.json");
    const Attributes& attributes = read.network.actor(0).attributes;
    CHECK(attributes.size() == 5);  // null counts as absent
    CHECK(std::get<std::string>(attributes.at("zip")) == "04317");
    CHECK(std::get<double>(attributes.at("staff")) == 12.0);
    CHECK(std::get<double>(attributes.at("share")) == 0.25);
    CHECK(std::get<std::string>(attributes.at("public")) == "true");
    CHECK(std::get<std::string>(attributes.at("closed")) == "false");
}

TEST_CASE("coopnet json: array and object attribute values are refused at their key", "[json]") {
    // The key "n\\" contains an escaped backslash, and the id an escaped quote: the column
    // must still be that of the key's opening quote.
    const auto problems = problems_of(
        "{\"actors\": [\n  {\"id\": \"q\\\"\", \"n\\\\\": [1],\n"
        "   \"o\": {\"k\": 1}}]}");
    REQUIRE(problems.size() == 2);
    CHECK(problems[0] ==
          "t.json:2:17: attribute \"n\\\" of an actor is an array; attribute "
          "values must be text, numbers or booleans");
    CHECK(problems[1] ==
          "t.json:3:4: attribute \"o\" of an actor is an object; attribute "
          "values must be text, numbers or booleans");
}

TEST_CASE("coopnet json: every semantic problem is reported at its line and column", "[json]") {
    // Columns counted by hand; e.g. line 11: 4 blanks, '{' at 5, "source" 6-13, "a" 16-18,
    // "target" 21-28, "b" 31-33, "weight" from 36.
    const std::string text = R"({
  "name": "bad",
  "actors": [
    {"id": "a"},
    {"id": "b", "sector": 7},
    {"id": "a"},
    {"label": "no id"}
  ],
  "ties": [
    {"source": "a", "target": "zz"},
    {"source": "a", "target": "b", "weight": -2},
    {"source": "a", "target": "b", "weight": "3"},
    {"source": "a", "target": "b", "since": "2005", "until": 2003},
    {"target": "b"},
    {"source": "a", "target": "b", "since": "2003-13"}
  ],
  "projects": [
    {"id": "p", "members": ["a", "nobody", 1.5]}
  ]
}
)";
    const std::vector<std::string> expected = {
        "t.json:5:17: actor \"sector\" must be text, not a number",
        "t.json:6:5: duplicate actor id 'a'",
        "t.json:7:5: actor has no \"id\"",
        "t.json:10:5: tie target 'zz' is not a known actor",
        "t.json:11:36: tie weight must be a finite number > 0, not -2",
        "t.json:12:36: tie \"weight\" must be a number, not text",
        "t.json:13:5: tie begins (2005) after it ends (2003)",
        "t.json:14:5: tie has no \"source\"",
        "t.json:15:36: tie \"since\" must be a year (2003) or a date \"YYYY\", \"YYYY-MM\" or "
        "\"YYYY-MM-DD\", not \"2003-13\"",
        "t.json:18:34: membership names unknown actor 'nobody'",
        "t.json:18:44: a project member must be an actor id (text or an integer), not a number",
    };
    CHECK(problems_of(text) == expected);
}

TEST_CASE("coopnet json: structural problems name the offending key or record", "[json]") {
    CHECK(only_problem("[1, 2]") ==
          "t.json:1:1: the top level must be a JSON object with \"actors\", not an array");
    CHECK(only_problem("\n  \"actors\"") ==
          "t.json:2:3: the top level must be a JSON object with \"actors\", not text");
    CHECK(only_problem(R"({"actors": {}})") ==
          "t.json:1:2: \"actors\" must be an array, not an object");
    CHECK(only_problem(R"({"name": "x"})") ==
          "t.json:1:1: no \"actors\" array: not a coopnet JSON document");
    CHECK(only_problem(R"({"nodes": [], "links": []})") ==
          "t.json:1:1: no \"actors\" array: not a coopnet JSON document (a networkx node-link "
          "file?)");
    CHECK(only_problem(R"({"actors": [], "directed": "yes"})") ==
          "t.json:1:16: \"directed\" must be true or false, not text");
    CHECK(only_problem(R"({"actors": [7]})") ==
          "t.json:1:13: an actor must be a JSON object, not a number");
    CHECK(only_problem(R"({"actors": [{"id": true}]})") ==
          "t.json:1:14: actor \"id\" must be text or an integer, not a boolean");
    CHECK(only_problem(R"({"actors": [{"id": 1.5}]})") ==
          "t.json:1:14: actor \"id\" must be text or an integer, not a number");
    CHECK(only_problem(R"({"actors": [{"id": ""}]})") == "t.json:1:13: actor without an id");
    CHECK(only_problem(R"({"actors": [{"id": "a", "id": "b"}]})") ==
          "t.json:1:25: duplicate key \"id\"");
    CHECK(only_problem(R"({"actors": [{"id": "a"}], "ties": [{"source": "a", "target": null}]})") ==
          "t.json:1:36: tie has no \"target\"");
    CHECK(only_problem(R"({"actors": [], "projects": [{"id": "p", "members": "a"}]})") ==
          "t.json:1:41: project \"members\" must be an array, not text");
    CHECK(only_problem(
              R"({"actors": [], "projects": [{"id": "p", "since": "2005", "until": "2004"}]})") ==
          "t.json:1:29: project 'p' begins (2005) after it ends (2004)");
}

TEST_CASE("coopnet json: unknown top-level keys are warnings, not errors", "[json]") {
    const ReadResult read = parse_coopnet_json("{\"actors\": [],\n \"version\": 2}", "w.json");
    REQUIRE(read.warnings.size() == 1);
    CHECK(read.warnings[0].to_string() == "w.json:2:2: unknown top-level key \"version\" ignored");
}

TEST_CASE("coopnet json: a syntax error stops the read at its line and column", "[json]") {
    // Missing comma between the two actors: the second '{' (line 4, column 5) is unexpected.
    CHECK(only_problem("{\n  \"actors\": [\n    {\"id\": \"a\"}\n    {\"id\": \"b\"}\n  ]\n}\n")
              .rfind("t.json:4:5: invalid JSON: syntax error while parsing array", 0) == 0);
    // Same with Windows line ends: lines are still counted by LF.
    CHECK(only_problem("{\r\n  \"actors\": [\r\n    {\"id\": \"a\"}\r\n    {\"id\": \"b\"}\r\n]}")
              .rfind("t.json:4:5: invalid JSON:", 0) == 0);
    // Truncated after the first actor: the error is at the end of the text (line 4, col 1).
    const std::string truncated = only_problem("{\n  \"actors\": [\n    {\"id\": \"a\"}\n");
    CHECK(truncated.rfind("t.json:4:1: invalid JSON:", 0) == 0);
    CHECK(truncated.find("unexpected end of input") != std::string::npos);
    // Trailing text after the document: 'x' is at column 16.
    CHECK(only_problem(R"({"actors": []} x)").rfind("t.json:1:16: invalid JSON:", 0) == 0);
    // An unterminated string on line 2.
    CHECK(only_problem("{\"actors\": [\n{\"id\": \"a}]}").rfind("t.json:2:", 0) == 0);
    // A number too large for a double: reported, never read as infinity.
    CHECK(only_problem("{\"actors\": [],\n \"ties\": [{\"weight\": 1e400}]}").find("t.json:2:") ==
          0);
    CHECK(only_problem("{\"actors\": [],\n \"ties\": [{\"weight\": 1e400}]}")
              .find("number overflow") != std::string::npos);
    // Comments are not JSON.
    CHECK(only_problem("{\"actors\": [] // none\n}").rfind("t.json:1:15: invalid JSON:", 0) == 0);
}

TEST_CASE("coopnet json: an empty file is refused with a clear message", "[json]") {
    CHECK(only_problem("") == "t.json:1:1: the file is empty; expected a JSON object");
    CHECK(only_problem(" \n\t\n") == "t.json:1:1: the file is empty; expected a JSON object");
}

TEST_CASE("coopnet json: invalid UTF-8 is refused at its line and column", "[json]") {
    // Line 2: `  {"id": "M` then a lone 0xFC (Latin-1 u-umlaut) at column 12.
    CHECK(only_problem("{\"actors\": [\n  {\"id\": \"M\xFCnchen\"}]}") ==
          "t.json:2:12: invalid UTF-8 (byte 0xFC); JSON files must be UTF-8 encoded");
}

TEST_CASE("coopnet json: a UTF-8 byte order mark is skipped", "[json]") {
    const ReadResult read =
        parse_coopnet_json("\xEF\xBB\xBF{\"actors\": [{\"id\": \"a\"}]}", "bom.json");
    CHECK(read.network.actor_count() == 1);
    // Columns count from after the mark, as in an editor: the key "id" is at column 14.
    CHECK(only_problem("\xEF\xBB\xBF{\"actors\": [{\"id\": 7.5}]}") ==
          "t.json:1:14: actor \"id\" must be text or an integer, not a number");
}

TEST_CASE("coopnet json: deep nesting is refused without exhausting the stack", "[json]") {
    const std::string deep(100000, '[');
    const std::string message = only_problem(deep);
    // The 65th '[' (column 65) is one level too deep.
    CHECK(message == "t.json:1:65: JSON nested deeper than 64 levels; refusing to read further");
    const std::string deep_objects = [] {
        std::string text;
        for (int i = 0; i < 50000; ++i) text += "{\"a\":";
        return text;
    }();
    CHECK(only_problem(deep_objects).find("nested deeper than 64 levels") != std::string::npos);
}

TEST_CASE("coopnet json: the writer refuses what JSON cannot carry, before writing", "[json]") {
    const auto refused = [](const Network& network) {
        std::ostringstream out;
        CHECK_THROWS_AS(write_coopnet_json(network, out), InvalidArgument);
        CHECK(out.str().empty());
    };
    refused(make_network("", false, {Actor{"a", "", "other", {{"x", std::nan("")}}}}, {}));
    refused(make_network("", false, {Actor{"a", "", "other", {{"id", std::string("b")}}}}, {}));
    refused(make_network("", false, {Actor{"a", "", "other", {}}},
                         {Tie{0, 0, 1, "", {}, {{"weight", 2.0}}}}));
    refused(make_network("", false, {Actor{"a", "", "other", {}}},
                         {Tie{0, 0, std::numeric_limits<double>::infinity(), "", {}, {}}}));
    refused(make_network("", false, {Actor{"a\xFF", "", "other", {}}}, {}));
}

TEST_CASE("coopnet json: records may come in any order of the top-level keys", "[json]") {
    const ReadResult read = parse_coopnet_json(
        R"({"projects": [{"id": "p", "members": ["b", "a"]}],
            "ties": [{"source": "b", "target": "a", "weight": 3}],
            "directed": true, "actors": [{"id": "a"}, {"id": "b"}], "name": "late"})",
        "order.json");
    const Network& n = read.network;
    CHECK(n.name() == "late");
    CHECK(n.directed());
    REQUIRE(n.ties().size() == 1);
    CHECK(n.ties()[0].source == 1);  // b
    CHECK(n.projects()[0].members == std::vector<NodeId>{1, 0});
}

TEST_CASE("coopnet json: a syntax error replaces the semantic problems found before it",
          "[json]") {
    // Line 2 has an unknown actor, line 3 breaks the syntax: only the syntax error is told,
    // since nothing after it can be trusted.
    const auto problems = problems_of(
        "{\"actors\": [{\"id\": \"a\"}],\n \"ties\": [{\"source\": \"a\", \"target\": \"zz\"},\n"
        " {\"source\": }]}");
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].rfind("t.json:3:13: invalid JSON:", 0) == 0);
}
