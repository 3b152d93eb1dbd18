// End-to-end tests of the `coopnet` command line: exit codes (0 success, 2 bad input or
// usage, 1 other failure), messages naming file and line, and no output file on failure.
#include <sys/wait.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <pugixml.hpp>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "core/text.hpp"
#include "io/network_format.hpp"
#include "tests/cli/run_shell.hpp"

namespace fs = std::filesystem;

namespace {

using coopnet::test::run_shell;
using coopnet::test::RunResult;

// Runs coopnet with the given arguments (already shell-quoted where needed), in the "C"
// locale, so that its words are English whatever the locale of the one who runs the tests.
RunResult run(const std::string& arguments) {
    return run_shell("LC_ALL=C " + std::string(COOPNET_EXECUTABLE) + " " + arguments + " 2>&1");
}

// The same with `locale` as the environment's locale variables ("LANG=de_DE.UTF-8"); the
// others are unset.
RunResult run_in_locale(const std::string& locale, const std::string& arguments) {
    return run_shell("env -u LC_ALL -u LC_MESSAGES -u LANG " + locale + " " +
                     std::string(COOPNET_EXECUTABLE) + " " + arguments + " 2>&1");
}

// The same, with `folder` as the working directory.
RunResult run_in(const fs::path& folder, const std::string& arguments) {
    return run_shell("cd '" + folder.string() + "' && LC_ALL=C " + std::string(COOPNET_EXECUTABLE) +
                     " " + arguments + " 2>&1");
}

std::string quoted(const fs::path& path) { return "'" + path.string() + "'"; }

// A fresh, empty directory for one test.
fs::path scratch_dir(const std::string& name) {
    const fs::path dir = fs::temp_directory_path() / ("coopnet-cli-test-" + name);
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}

void write_text(const fs::path& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary);
    out << text;
}

std::string read_text(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

const fs::path kSample = fs::path(COOPNET_SAMPLES_DIR) / "duisburg-marxloh";

// A triangle a-b-c plus a pendant d on c:   a---b
//                                            \ /
//                                             c---d
const std::string kSmallJson = R"({
  "name": "small",
  "directed": false,
  "actors": [
    {"id": "a", "label": "Jugendamt", "sector": "municipality"},
    {"id": "b", "label": "Jobcenter", "sector": "public_agency"},
    {"id": "c", "label": "Moschee", "sector": "religious"},
    {"id": "d", "label": "Stiftung", "sector": "foundation"}
  ],
  "ties": [
    {"source": "a", "target": "b"},
    {"source": "b", "target": "c"},
    {"source": "a", "target": "c", "weight": 2},
    {"source": "c", "target": "d"}
  ]
})";

// Umlauts in labels, sectors (Quartiersbüro is no known sector word) and kinds, to check that
// columns align by characters:
//   Bürgerbüro --- Förderverein Kultur --- Jobcenter
//        \______________________________/
//   Kirchengemeinde Süd (no tie)
const std::string kUmlautJson = R"({
  "name": "Süd",
  "directed": false,
  "actors": [
    {"id": "a", "label": "Bürgerbüro", "sector": "municipality"},
    {"id": "b", "label": "Förderverein Kultur", "sector": "Quartiersbüro"},
    {"id": "c", "label": "Jobcenter", "sector": "public_agency"},
    {"id": "d", "label": "Kirchengemeinde Süd", "sector": "religious"}
  ],
  "ties": [
    {"source": "a", "target": "b", "kind": "Förderung"},
    {"source": "b", "target": "c", "kind": "Beratung"},
    {"source": "a", "target": "c", "kind": "Beratung"}
  ]
})";

// The lines of `text` between the line `heading` and the next empty line.
std::vector<std::string> block(const std::string& text, const std::string& heading) {
    std::istringstream in(text);
    std::vector<std::string> lines;
    std::string line;
    bool inside = false;
    while (std::getline(in, line)) {
        if (inside && line.empty()) break;
        if (inside) lines.push_back(line);
        if (line == heading) inside = true;
    }
    return lines;
}

// The character (not byte) at which the value of an aligned "  label   value" line starts:
// after the last run of two or more spaces.
std::size_t value_column(const std::string& line) {
    const std::size_t gap = line.rfind("  ");
    REQUIRE(gap != std::string::npos);
    return coopnet::display_width(std::string_view(line).substr(0, gap + 2));
}

}  // namespace

TEST_CASE("cli: --version and --help exit 0", "[cli]") {
    const RunResult version = run("--version");
    CHECK(version.exit_code == 0);
    // "coopnet 0.7.0 (commit 1a2b3c4d5e6f)": the project's version and the commit built from.
    const std::regex pattern(R"(coopnet (\S+) \(commit ([0-9a-f]{12}(\+dirty)?|unknown)\)\n)");
    std::smatch match;
    REQUIRE(std::regex_match(version.out, match, pattern));
    CHECK(match[1] == COOPNET_PROJECT_VERSION);
    // The JSON outputs name the same version and commit, as their first key.
    const RunResult info = run("info " + quoted(kSample) + " --format json -q");
    REQUIRE(info.exit_code == 0);
    const auto json = nlohmann::ordered_json::parse(info.out);
    CHECK(json.begin().key() == "coopnet");
    CHECK(json["coopnet"]["version"] == COOPNET_PROJECT_VERSION);
    CHECK(json["coopnet"]["commit"] == match[2].str());
    for (const char* command : {"info", "validate", "convert", "analyze", "timeline"}) {
        const RunResult help = run(std::string(command) + " --help");
        CHECK(help.exit_code == 0);
        CHECK(help.out.find("NET") != std::string::npos);
    }
}

TEST_CASE("cli: bad usage exits 2", "[cli]") {
    CHECK(run("").exit_code == 2);
    CHECK(run("no-such-command").exit_code == 2);
    CHECK(run("info --no-such-option x.json").exit_code == 2);
}

TEST_CASE("cli: a missing input exits 2 naming the file", "[cli]") {
    const RunResult result = run("info /nonexistent/net.json");
    CHECK(result.exit_code == 2);
    CHECK(result.out.find("/nonexistent/net.json") != std::string::npos);
}

TEST_CASE("cli: info on the bundled sample summarises it", "[cli]") {
    const RunResult result = run("info " + quoted(kSample));
    REQUIRE(result.exit_code == 0);
    CHECK(result.out.find("actors") != std::string::npos);
    CHECK(result.out.find("municipality") != std::string::npos);
    CHECK(result.out.find("components") != std::string::npos);
}

TEST_CASE("cli: validate lists every problem with file and line, exit 2", "[cli]") {
    const fs::path dir = scratch_dir("validate");
    // Line 4: unknown actor; line 5: weight 0; line 6: since after until.
    write_text(dir / "actors.csv", "id,label,sector\na,A,municipality\nb,B,business\n");
    write_text(dir / "ties.csv",
               "source,target,weight,kind,since,until\n"
               "a,b,1,project,2003,2008\n"
               "a,b,2,funding,,\n"
               "a,x,1,,,\n"
               "a,b,0,,,\n"
               "a,b,1,,2010,2005\n");
    const RunResult result = run("validate " + quoted(dir));
    CHECK(result.exit_code == 2);
    const std::string ties = (dir / "ties.csv").string();
    const auto line4 = result.out.find(ties + ":4:");
    const auto line5 = result.out.find(ties + ":5:");
    const auto line6 = result.out.find(ties + ":6:");
    CHECK(line4 != std::string::npos);
    CHECK(line5 != std::string::npos);
    CHECK(line6 != std::string::npos);
    // Listed in file order, whichever check found them.
    CHECK(line4 < line5);
    CHECK(line5 < line6);
    CHECK(result.out.find("'x'") != std::string::npos);
    CHECK(result.out.find("3 problems") != std::string::npos);
}

TEST_CASE("cli: convert refuses to overwrite its input and leaves it intact", "[cli]") {
    const fs::path dir = scratch_dir("convert-input");
    const fs::path input = dir / "net.json";
    write_text(input, kSmallJson);
    const RunResult result = run("convert " + quoted(input) + " " + quoted(input));
    CHECK(result.exit_code == 2);
    CHECK(read_text(input) == kSmallJson);
}

TEST_CASE("cli: convert on bad input writes no output file", "[cli]") {
    const fs::path dir = scratch_dir("convert-bad");
    const fs::path input = dir / "bad.json";
    write_text(input, "{\"actors\": [{\"id\": \"a\"}], \"ties\": [{\"source\": \"a\", ");
    const fs::path output = dir / "out.graphml";
    const RunResult result = run("convert " + quoted(input) + " " + quoted(output));
    CHECK(result.exit_code == 2);
    CHECK(result.out.find(input.string()) != std::string::npos);
    CHECK_FALSE(fs::exists(output));
    for (const auto& entry : fs::directory_iterator(dir)) {
        CHECK(entry.path().filename().string().find(".tmp") == std::string::npos);
    }
}

TEST_CASE("cli: convert through every format keeps actors and merged weights", "[cli]") {
    const fs::path dir = scratch_dir("convert-all");
    const fs::path input = dir / "net.json";
    write_text(input, kSmallJson);
    for (const char* name :
         {"copy.json", "copy.graphml", "copy.dot", "copy.txt", "copy-folder", "nodelink.json"}) {
        const fs::path output = dir / name;
        std::string arguments = "convert " + quoted(input) + " " + quoted(output);
        if (std::string(name) == "nodelink.json") arguments += " --output-format node-link";
        const RunResult result = run(arguments);
        INFO(name << ": " << result.out);
        REQUIRE(result.exit_code == 0);
        const coopnet::Network copy = coopnet::read_network(output).network;
        CHECK(copy.actor_count() == 4);
        CHECK(copy.adjacency().tie_count() == 4);
        // Total weight 1 + 1 + 2 + 1 survives every format, counted on both ends.
        double total = 0;
        for (double w : copy.adjacency().out().weights) total += w;
        CHECK(total == Approx(10.0));
    }
}

TEST_CASE("cli: analyze writes byte-identical JSON for the same input", "[cli]") {
    const fs::path dir = scratch_dir("analyze-determinism");
    const fs::path first = dir / "first.json";
    const fs::path second = dir / "second.json";
    REQUIRE(run("analyze " + quoted(kSample) + " --format json -o " + quoted(first)).exit_code ==
            0);
    REQUIRE(run("analyze " + quoted(kSample) + " --format json -o " + quoted(second)).exit_code ==
            0);
    CHECK(read_text(first) == read_text(second));
    const auto json = nlohmann::json::parse(read_text(first));
    CHECK(json.contains("network"));
    CHECK(json["actors"].size() == json["network"]["actors"].get<std::size_t>());
}

TEST_CASE("cli: analyze JSON carries communities, brokers, gaps and suggestions", "[cli]") {
    const fs::path dir = scratch_dir("analyze-json");
    const fs::path output = dir / "analysis.json";
    REQUIRE(run("analyze " + quoted(kSample) + " --format json -o " + quoted(output)).exit_code ==
            0);
    const auto json = nlohmann::json::parse(read_text(output));
    const std::size_t actors = json["actors"].size();
    std::size_t members = 0;
    for (const auto& community : json["communities"]) {
        members += community["size"].get<std::size_t>();
        CHECK(community["connected"] == true);  // Leiden's refinement
    }
    CHECK(members == actors);  // a partition: every actor in exactly one community
    CHECK(json["network"]["community_method"] == "leiden");
    CHECK(json["network"]["modularity"].get<double>() > 0.0);
    for (const auto& actor : json["actors"]) {
        CHECK(actor.contains("community"));
        CHECK(actor.contains("constraint"));
        CHECK(actor["brokerage"].contains("z"));
    }
    CHECK(json["brokers"]["by_betweenness"].size() > 0);
    CHECK(json["suggestions"]["pairs"].size() >= 3);
    // The sources name no foundation in Duisburg: the triangle must say the corner is absent.
    CHECK(json["gaps"]["triangle"]["absent"] == nlohmann::json::array({"foundation"}));
}

TEST_CASE("cli: a full disk behind standard output is an error for every command", "[cli]") {
    const fs::path dir = scratch_dir("stdout-full");
    const fs::path messages = dir / "stderr.txt";
    const fs::path bad = dir / "bad.json";
    write_text(bad, "{\"actors\": [{\"id\": \"a\"}, {\"id\": \"a\"}], \"ties\": []}");
    const std::string sample = quoted(kSample);
    // validate on a bad file prints its problems to standard output (exit 2 when written).
    for (const std::string& arguments :
         {"info " + sample, "info --format json " + sample, "validate " + sample,
          "validate " + quoted(bad), "analyze --format json " + sample, "analyze " + sample,
          "brokers " + sample, "gaps " + sample, "diff " + sample + " " + sample,
          std::string("--help"), std::string("info --help")}) {
        INFO(arguments);
        // /dev/full accepts the open and fails every write with ENOSPC.
        const std::string command =
            std::string(COOPNET_EXECUTABLE) + " " + arguments + " >/dev/full 2>" + quoted(messages);
        const int status = std::system(command.c_str());
        REQUIRE(WIFEXITED(status));
        CHECK(WEXITSTATUS(status) == 1);
        CHECK_THAT(read_text(messages), Catch::Contains("standard output") &&
                                            Catch::Contains("No space left on device"));
    }
}

TEST_CASE("cli: convert into a folder of other files refuses and deletes nothing", "[cli]") {
    const fs::path dir = scratch_dir("convert-folder");
    fs::create_directories(dir / "d" / "sub");
    write_text(dir / "d" / "thesis.tex", "precious");
    for (const std::string& target : {quoted(dir / "d"), quoted(dir / "d") + "/"}) {
        const RunResult result = run("convert " + quoted(kSample) + " " + target);
        INFO(result.out);
        CHECK(result.exit_code == 2);
        CHECK_THAT(result.out, Catch::Contains("thesis.tex") && Catch::Contains("sub/"));
    }
    // The current folder, as `coopnet convert NET .` names it.
    const RunResult here = run_in(dir / "d", "convert " + quoted(kSample) + " .");
    CHECK(here.exit_code == 2);
    std::vector<std::string> left;
    for (const auto& entry : fs::directory_iterator(dir / "d")) {
        left.push_back(entry.path().filename().string());
    }
    std::sort(left.begin(), left.end());
    CHECK(left == std::vector<std::string>{"sub", "thesis.tex"});
    CHECK(read_text(dir / "d" / "thesis.tex") == "precious");
}

TEST_CASE("cli: convert replaces its own earlier CSV folder, also given as . or d/", "[cli]") {
    const fs::path dir = scratch_dir("convert-again");
    const fs::path input = dir / "net.json";
    write_text(input, kSmallJson);
    REQUIRE(run("convert " + quoted(kSample) + " " + quoted(dir / "out")).exit_code == 0);
    CHECK(fs::exists(dir / "out" / "projects.csv"));  // the sample has projects
    // Converting again, from a network without projects: projects.csv must go.
    const RunResult again = run("convert " + quoted(input) + " " + quoted(dir / "out") + "/");
    INFO(again.out);
    REQUIRE(again.exit_code == 0);
    CHECK_FALSE(fs::exists(dir / "out" / "projects.csv"));
    CHECK(coopnet::read_network(dir / "out").network.actor_count() == 4);
    const RunResult here = run_in(dir / "out", "convert " + quoted(kSample) + " .");
    INFO(here.out);
    CHECK(here.exit_code == 0);
    CHECK(fs::exists(dir / "out" / "projects.csv"));
}

TEST_CASE("cli: a replaced output keeps its permissions, a failed write names the reason",
          "[cli]") {
    const fs::path dir = scratch_dir("output-mode");
    const fs::path output = dir / "analysis.json";
    write_text(output, "{}");
    fs::permissions(output, fs::perms::owner_read | fs::perms::owner_write);
    REQUIRE(run("analyze " + quoted(kSample) + " --format json -o " + quoted(output)).exit_code ==
            0);
    CHECK(fs::status(output).permissions() == (fs::perms::owner_read | fs::perms::owner_write));
    CHECK(read_text(output).size() > 100);

    const fs::path nowhere = dir / "missing" / "out.json";
    const RunResult failed = run("analyze " + quoted(kSample) + " -o " + quoted(nowhere));
    CHECK(failed.exit_code == 1);
    CHECK_THAT(failed.out,
               Catch::Contains("cannot write " + nowhere.string() + ": No such file or directory"));
}

TEST_CASE("cli: gaps on the sample names the missing foundation side in plain words", "[cli]") {
    const RunResult result = run("gaps " + quoted(kSample));
    REQUIRE(result.exit_code == 0);
    CHECK(result.out.find("No actor of the group 'foundation'") != std::string::npos);
    CHECK(result.out.find("municipality - business") != std::string::npos);
    CHECK(result.out.find("could be introduced by") != std::string::npos);
    // -q: the sample's attribute columns are warned about on stderr, which run() merges.
    const RunResult brokers = run("brokers -q " + quoted(kSample) + " --format csv");
    REQUIRE(brokers.exit_code == 0);
    CHECK(brokers.out.rfind("ranking,rank,id,label,group,value", 0) == 0);
}

TEST_CASE("cli: analyze JSON gives community stability per actor and per community", "[cli]") {
    // Test contract (issue #18): each actor has `community_stability` (0–1), each entry of
    // `communities` a `stability`. Two K4 (a–d, e–h) and x tied to a, b, e, f: x can join
    // either side, so it is less stable than the clique members.
    const fs::path dir = scratch_dir("analyze-stability");
    const fs::path input = dir / "between.json";
    std::string actors;
    for (const char* id : {"a", "b", "c", "d", "e", "f", "g", "h", "x"}) {
        actors += std::string(actors.empty() ? "" : ", ") + "{\"id\": \"" + id + "\"}";
    }
    std::string ties;
    const auto tie = [&](char s, char t) {
        ties += std::string(ties.empty() ? "" : ", ") + "{\"source\": \"" + s +
                "\", \"target\": \"" + t + "\"}";
    };
    for (const std::string group : {"abcd", "efgh"}) {
        for (std::size_t i = 0; i < 4; ++i) {
            for (std::size_t j = i + 1; j < 4; ++j) tie(group[i], group[j]);
        }
    }
    for (char v : {'a', 'b', 'e', 'f'}) tie('x', v);
    write_text(input, "{\"actors\": [" + actors + "], \"ties\": [" + ties + "]}");
    const std::string command = "analyze -q " + quoted(input) + " --format json --restarts 12";
    const RunResult one = run(command + " --threads 1");
    const RunResult two = run(command + " --threads 2");
    REQUIRE(one.exit_code == 0);
    CHECK(one.out == two.out);  // byte-identical for every thread count
    const auto json = nlohmann::json::parse(one.out);
    CHECK(json["network"]["restarts"] == 12);
    std::map<std::size_t, std::vector<double>> by_community;
    double x_stability = 0.0;
    for (const auto& actor : json["actors"]) {
        REQUIRE(actor.contains("community_stability"));
        const double value = actor["community_stability"].get<double>();
        CHECK(value >= 0.0);
        CHECK(value <= 1.0);
        by_community[actor["community"].get<std::size_t>()].push_back(value);
        if (actor["id"] == "x") x_stability = value;
    }
    CHECK(x_stability < 1.0);
    for (const auto& community : json["communities"]) {
        REQUIRE(community.contains("stability"));
        const std::vector<double>& values = by_community[community["id"].get<std::size_t>()];
        double sum = 0.0;
        for (double v : values) sum += v;
        // A community's stability is the mean of its members'.
        CHECK(community["stability"].get<double>() ==
              Approx(sum / static_cast<double>(values.size())));
    }
    // A fixed partition is not searched: no stability.
    const RunResult fixed = run("analyze -q " + quoted(input) +
                                " --communities attr:sector --format json");
    REQUIRE(fixed.exit_code == 0);
    const auto fixed_json = nlohmann::json::parse(fixed.out);
    CHECK_FALSE(fixed_json["actors"][0].contains("community_stability"));
    CHECK_FALSE(fixed_json["communities"][0].contains("stability"));
    CHECK(run("analyze -q " + quoted(input) + " --restarts 0").exit_code == 2);
}

TEST_CASE("cli: a fixed partition by sector is compared by the same measures", "[cli]") {
    const RunResult result =
        run("analyze -q " + quoted(kSample) + " --communities attr:sector --format json");
    REQUIRE(result.exit_code == 0);
    const auto json = nlohmann::json::parse(result.out);
    CHECK(json["network"]["community_method"] == "attr:sector");
    for (const auto& community : json["communities"]) {
        // Every member of the "municipality" community is a municipal actor, and so on.
        for (const auto& [sector, count] : community["sectors"].items()) {
            CHECK(sector == community["name"].get<std::string>());
        }
    }
    CHECK(run("analyze " + quoted(kSample) + " --communities walktrap").exit_code == 2);
}

TEST_CASE("cli: diff counts kept, lost and new ties of two hand-built networks", "[cli]") {
    // before: a-b, b-c, c-d        after: a-b, b-c, b-e  (d gone, e new)
    // kept ties a-b, b-c; lost c-d; new b-e; persistence 2/3.
    const fs::path dir = scratch_dir("diff");
    const auto network = [](const std::string& actors, const std::string& ties) {
        return "{\"actors\": [" + actors + "], \"ties\": [" + ties + "]}";
    };
    const auto actor = [](const char* id) { return std::string("{\"id\": \"") + id + "\"}"; };
    const auto tie = [](const char* a, const char* b) {
        return std::string("{\"source\": \"") + a + "\", \"target\": \"" + b + "\"}";
    };
    write_text(dir / "before.json",
               network(actor("a") + "," + actor("b") + "," + actor("c") + "," + actor("d"),
                       tie("a", "b") + "," + tie("b", "c") + "," + tie("c", "d")));
    write_text(dir / "after.json",
               network(actor("a") + "," + actor("b") + "," + actor("c") + "," + actor("e"),
                       tie("a", "b") + "," + tie("b", "c") + "," + tie("b", "e")));
    const RunResult result = run("diff " + quoted(dir / "before.json") + " " +
                                 quoted(dir / "after.json") + " --format json");
    REQUIRE(result.exit_code == 0);
    const auto json = nlohmann::json::parse(result.out);
    CHECK(json["actors"]["kept"] == 3);
    CHECK(json["actors"]["lost_ids"] == nlohmann::json::array({"d"}));
    CHECK(json["actors"]["new_ids"] == nlohmann::json::array({"e"}));
    CHECK(json["ties"]["kept"] == 2);
    CHECK(json["ties"]["lost"] == 1);
    CHECK(json["ties"]["new"] == 1);
    CHECK(json["ties"]["persistence"].get<double>() == Approx(2.0 / 3.0));
    CHECK(json["ties"]["new_ids"] == nlohmann::json::parse(R"([["b", "e"]])"));
    CHECK(run("diff " + quoted(dir / "before.json")).exit_code == 2);  // nothing to compare
}

namespace {

// The hand-built pair of the diff test above, as two JSON files in `dir`:
// before a-b, b-c, c-d; after a-b, b-c, b-e: kept 2, lost 1 (c-d), new 1 (b-e).
void write_diff_pair(const fs::path& dir) {
    write_text(dir / "before.json",
               R"({"actors": [{"id": "a"}, {"id": "b"}, {"id": "c"}, {"id": "d"}],
                   "ties": [{"source": "a", "target": "b"}, {"source": "b", "target": "c"},
                            {"source": "c", "target": "d"}]})");
    write_text(dir / "after.json",
               R"({"actors": [{"id": "a"}, {"id": "b"}, {"id": "c"}, {"id": "e"}],
                   "ties": [{"source": "a", "target": "b"}, {"source": "b", "target": "c"},
                            {"source": "b", "target": "e"}]})");
}

const fs::path kTwoPeriods = fs::path(COOPNET_SAMPLES_DIR) / "duisburg-two-periods";

std::size_t count(const std::string& text, const std::string& needle) {
    std::size_t n = 0;
    for (std::size_t pos = text.find(needle); pos != std::string::npos;
         pos = text.find(needle, pos + needle.size())) {
        ++n;
    }
    return n;
}

}  // namespace

TEST_CASE("cli: diff --map draws kept, lost and new ties in the format of the extension",
          "[cli][diff]") {
    const fs::path dir = scratch_dir("diff-map");
    write_diff_pair(dir);
    const std::string pair = quoted(dir / "before.json") + " " + quoted(dir / "after.json");
    const RunResult dot = run("diff " + pair + " --map " + quoted(dir / "change.dot"));
    REQUIRE(dot.exit_code == 0);
    CHECK(dot.out.find("Change in cooperation") != std::string::npos);  // the text as well
    const std::string text = read_text(dir / "change.dot");
    // cgraph writes one `class=...` per edge and node: 2 kept ties + 3 kept actors, 1 lost
    // tie + 1 lost actor (d), 1 new tie + 1 new actor (e).
    CHECK(count(text, "class=kept") == 5);
    CHECK(count(text, "class=lost") == 2);
    CHECK(count(text, "class=new") == 2);

    REQUIRE(run("diff " + pair + " --map " + quoted(dir / "change.svg")).exit_code == 0);
    CHECK(read_text(dir / "change.svg").rfind("<?xml", 0) == 0);
    REQUIRE(run("diff " + pair + " --map " + quoted(dir / "change.png") + " --lang de").exit_code ==
            0);
    CHECK(read_text(dir / "change.png").rfind("\x89PNG", 0) == 0);
    // Unknown extension: exit 2, nothing written.
    const RunResult bad = run("diff " + pair + " --map " + quoted(dir / "change.txt"));
    CHECK(bad.exit_code == 2);
    CHECK(bad.out.find("change.txt") != std::string::npos);
    CHECK_FALSE(fs::exists(dir / "change.txt"));
}

TEST_CASE("cli: diff --periods --map on the two-period sample writes the same SVG twice",
          "[cli][diff]") {
    const fs::path dir = scratch_dir("diff-periods-map");
    const std::string command = "diff " + quoted(kTwoPeriods) + " --periods 2003-2008 2015-2018";
    REQUIRE(run(command + " --map " + quoted(dir / "one.svg")).exit_code == 0);
    REQUIRE(run(command + " --map " + quoted(dir / "two.svg")).exit_code == 0);
    const std::string svg = read_text(dir / "one.svg");
    CHECK(svg == read_text(dir / "two.svg"));
    // The sample's README: 3 of 168 ties kept, 123 after, so 165 lost and 120 new.
    CHECK(count(svg, "class=\"edge kept\"") == 3);
    CHECK(count(svg, "class=\"edge lost\"") == 165);
    CHECK(count(svg, "class=\"edge new\"") == 120);
    CHECK(svg.find("before: 2003–2008 · after: 2015–2018") != std::string::npos);
}

TEST_CASE("cli: report --compare and --periods add the change section, plain report has none",
          "[cli][report]") {
    const fs::path dir = scratch_dir("report-change");
    write_diff_pair(dir);
    REQUIRE(run("report " + quoted(dir / "after.json") + " -o " + quoted(dir / "plain.html") +
                " --no-map")
                .exit_code == 0);
    CHECK(read_text(dir / "plain.html").find("<section id=\"change\">") == std::string::npos);

    REQUIRE(run("report " + quoted(dir / "after.json") + " --compare " +
                quoted(dir / "before.json") + " -o " + quoted(dir / "compare.html") + " --lang en")
                .exit_code == 0);
    const std::string compare = read_text(dir / "compare.html");
    CHECK(compare.find("<section id=\"change\">") != std::string::npos);
    CHECK(compare.find("<b>before</b> (before.json) and <b>after</b> (after.json)") !=
          std::string::npos);
    CHECK(compare.find("Of <b>3 ties</b> before, <b>2</b> last: <b>persistence 66.7 %</b>") !=
          std::string::npos);
    // Both inputs are named with their checksums.
    CHECK(compare.find("before.json</code>, SHA-256") != std::string::npos);
    CHECK(compare.find("after.json</code>, SHA-256") != std::string::npos);

    const std::string periods = "report " + quoted(kTwoPeriods) + " --periods 2003-2008 2015-2018";
    REQUIRE(run(periods + " -o " + quoted(dir / "periods.html")).exit_code == 0);
    const std::string html = read_text(dir / "periods.html");
    CHECK(html.find("<h2>Veränderung</h2>") != std::string::npos);
    CHECK(html.find("<b>vorher</b> (2003–2008) und <b>nachher</b> (2015–2018)") !=
          std::string::npos);
    CHECK(html.find("id=\"change-map\"") != std::string::npos);
    REQUIRE(run(periods + " -o " + quoted(dir / "periods2.html")).exit_code == 0);
    CHECK(html == read_text(dir / "periods2.html"));

    // --compare and --periods exclude each other; a bad period is refused.
    CHECK(run(periods + " --compare " + quoted(dir / "before.json") + " -o " +
              quoted(dir / "both.html"))
              .exit_code == 2);
    CHECK(run("report " + quoted(kTwoPeriods) + " --periods 2008-2003 2015 -o " +
              quoted(dir / "bad.html"))
              .exit_code == 2);
    CHECK_FALSE(fs::exists(dir / "bad.html"));
}

TEST_CASE("cli: report refuses a PDF or other non-HTML name with exit 2 and writes nothing",
          "[cli][report]") {
    const fs::path dir = scratch_dir("report-pdf");
    const RunResult pdf = run("report " + quoted(kSample) + " -o " + quoted(dir / "report.pdf"));
    INFO(pdf.out);
    CHECK(pdf.exit_code == 2);
    CHECK_THAT(pdf.out, Catch::Contains("as a PDF") && Catch::Contains("HTML page") &&
                            Catch::Contains("-o " + (dir / "report.html").string()) &&
                            Catch::Contains("--print-to-pdf=" + (dir / "report.pdf").string()));
    for (const char* name : {"REPORT.PDF", "report.txt", "report.svg"}) {
        INFO(name);
        const RunResult other = run("report " + quoted(kSample) + " -o " + quoted(dir / name));
        CHECK(other.exit_code == 2);
        CHECK_THAT(other.out, Catch::Contains(".html"));
    }
    // Refused before any work: nothing written, not even a temporary.
    CHECK(fs::is_empty(dir));
    // HTML names in any case are written.
    for (const char* name : {"report.html", "report.HTM"}) {
        INFO(name);
        CHECK(run("report " + quoted(kSample) + " --no-map -o " + quoted(dir / name)).exit_code ==
              0);
        CHECK(read_text(dir / name).rfind("<!DOCTYPE html>", 0) == 0);
    }
}

// Bad-input catalogue (tests/io/bad_input_test.cpp) at the command line: the message and
// the exit code a user sees.
TEST_CASE("cli: a CSV folder whose rows use another delimiter than the header exits 2",
          "[cli][bad_input]") {
    // Both files have a `;` header and `,` rows; the first `,` of line 2 is column 2.
    const fs::path folder = fs::path(COOPNET_TEST_DATA_DIR) / "bad/csv/mixed_delimiter";
    const RunResult result = run("validate " + quoted(folder));
    CHECK(result.exit_code == 2);
    const std::string message =
        ": row is separated by ',' but the header (line 1) is separated by ';'";
    CHECK(result.out.find((folder / "actors.csv").string() + ":2:2" + message) !=
          std::string::npos);
    CHECK(result.out.find((folder / "ties.csv").string() + ":2:2" + message) != std::string::npos);
    CHECK(result.out.find("not a known actor") == std::string::npos);
}

// Control characters (core/network.hpp) and text that looks like markup, end to end.

TEST_CASE("cli: control characters from the input reach the terminal escaped", "[cli][control]") {
    const fs::path dir = scratch_dir("control");
    // An ESC sequence that would set the window title and clear the screen.
    const std::string hostile = "A\x1b]0;pwned\x07\x1b[2J";
    write_text(dir / "esc.json",
               R"({"actors": [{"id": "a", "label": "A\u001b]0;pwned\u0007\u001b[2J"},
 {"id": "b\u009b31m"}], "ties": []})");
    for (const char* command : {"validate", "info"}) {
        CAPTURE(command);
        const RunResult result = run(std::string(command) + " " + quoted(dir / "esc.json"));
        CHECK(result.exit_code == 2);
        CHECK(result.out.find('\x1b') == std::string::npos);
        CHECK(result.out.find('\x07') == std::string::npos);
        CHECK(result.out.find("\xc2\x9b") == std::string::npos);
        CHECK(result.out.find("esc.json:1:13: the label of actor 'a' "
                              "'A\\x1b]0;pwned\\x07\\x1b[2J'") != std::string::npos);
        CHECK(result.out.find("esc.json:2:2: the actor id 'b\\u009b31m'") != std::string::npos);
    }
    // Tab and line breaks are legal in labels; info shows them as escapes too.
    write_text(dir / "tab.json",
               R"({"name": "N\tM", "actors": [{"id": "a", "label": "A\tB\nC"}], "ties": []})");
    const RunResult info = run("info " + quoted(dir / "tab.json"));
    CHECK(info.exit_code == 0);
    CHECK(info.out.find("Network: N\\tM\n") != std::string::npos);
    CHECK(info.out.find("without any tie: A\\tB\\nC\n") != std::string::npos);
    // The file name itself, in a warning and in an error.
    const fs::path odd = dir / "odd\x1b[2J.txt";
    write_text(odd, "a b\nc\n");
    const RunResult named = run("info " + quoted(odd));
    CHECK(named.exit_code == 2);
    CHECK(named.out.find('\x1b') == std::string::npos);
    CHECK(named.out.find("odd\\x1b[2J.txt:2:") != std::string::npos);
}

TEST_CASE("cli: a DOT file nested deeper than Graphviz's parser allows exits 2", "[cli][dot]") {
    const fs::path dir = scratch_dir("deep-dot");
    for (const std::size_t depth : {std::size_t{5000}, std::size_t{10000}}) {
        CAPTURE(depth);
        write_text(dir / "deep.dot", "graph {\n a -- b;\n" + std::string(depth, '{') + " c -- d " +
                                         std::string(depth, '}') + "\n}\n");
        const std::string file = (dir / "deep.dot").string();
        const RunResult validate = run("validate " + quoted(dir / "deep.dot"));
        CHECK(validate.exit_code == 2);
        CHECK(validate.out.find(file + ":3: DOT: memory exhausted") != std::string::npos);
        CHECK(validate.out.find("valid,") == std::string::npos);
        const RunResult info = run("info " + quoted(dir / "deep.dot"));
        CHECK(info.exit_code == 2);
        CHECK(info.out.find("actors") == std::string::npos);
    }
}

TEST_CASE("cli: map and report on ids like '&#0' write well-formed XML", "[cli][control]") {
    const fs::path dir = scratch_dir("xml-ids");
    write_text(dir / "net.json", R"({"name": "&#0; <n>", "actors": [
 {"id": "&#0;", "label": "L &#0; ]]> \"q\""}, {"id": "&amp;"}, {"id": "<a>", "sector": "&#0;"}],
 "ties": [{"source": "&#0;", "target": "&amp;", "kind": "&#0;"},
          {"source": "&amp;", "target": "<a>"}]})");
    REQUIRE(run("map " + quoted(dir / "net.json") + " -o " + quoted(dir / "map.svg")).exit_code ==
            0);
    const std::string svg = read_text(dir / "map.svg");
    pugi::xml_document document;
    REQUIRE(document.load_buffer(svg.data(), svg.size()));
    std::vector<std::string> titles;
    for (const pugi::xpath_node& title :
         document.select_nodes("//*[local-name()='g'][@class='node']/*[local-name()='title']")) {
        titles.emplace_back(title.node().text().get());
    }
    CHECK(titles == std::vector<std::string>{"&#0;", "&amp;", "<a>"});
    CHECK(svg.find("<title>&#0;") == std::string::npos);  // the reference Graphviz passed on

    REQUIRE(run("report " + quoted(dir / "net.json") + " -o " + quoted(dir / "report.html"))
                .exit_code == 0);
    const std::string html = read_text(dir / "report.html");
    const std::size_t start = html.find("<svg");
    const std::size_t end = html.find("</svg>");
    REQUIRE(start != std::string::npos);
    REQUIRE(end != std::string::npos);
    REQUIRE(document.load_buffer(html.data() + start, end + 6 - start));
    CHECK(html.find("&#0;") == std::string::npos);

    // DOT keeps the ids exactly: convert and map -o x.dot read back the same actors.
    REQUIRE(run("convert " + quoted(dir / "net.json") + " " + quoted(dir / "net.dot")).exit_code ==
            0);
    REQUIRE(run("map " + quoted(dir / "net.json") + " -o " + quoted(dir / "map.dot")).exit_code ==
            0);
    const coopnet::Network original = coopnet::read_network(dir / "net.json").network;
    CHECK(coopnet::read_network(dir / "net.dot").network == original);
    const coopnet::Network mapped = coopnet::read_network(dir / "map.dot").network;
    REQUIRE(mapped.actor_count() == 3);
    for (coopnet::NodeId v = 0; v < 3; ++v) CHECK(mapped.actor(v).id == original.actor(v).id);
}

namespace {

// Runs `coopnet ARGUMENTS` with `input` as its standard input and collects stdout alone
// (stderr goes to `messages`).
RunResult run_with_input(const fs::path& input, const std::string& arguments,
                         const fs::path& messages) {
    return run_shell(std::string(COOPNET_EXECUTABLE) + " " + arguments + " <" + quoted(input) +
                     " 2>" + quoted(messages));
}

// kSmallJson as net.json in a fresh scratch directory; returns its path.
fs::path small_network_in(const std::string& name) {
    const fs::path input = scratch_dir(name) / "net.json";
    write_text(input, kSmallJson);
    return input;
}

}  // namespace

TEST_CASE("cli: - reads standard input with --input-format and -o - writes standard output",
          "[cli]") {
    const fs::path input = small_network_in("stdin");
    const fs::path dir = input.parent_path();
    const fs::path messages = dir / "stderr.txt";
    const std::string coopnet = COOPNET_EXECUTABLE;

    // cat net.json | coopnet info - --input-format json
    RunResult info = run_shell("cat " + quoted(input) + " | " + coopnet +
                               " info - --input-format json --format json");
    REQUIRE(info.exit_code == 0);
    CHECK(nlohmann::json::parse(info.out)["actors"] == 4);

    // coopnet convert NET - --output-format json | coopnet info - --input-format json
    info = run_shell(coopnet + " convert -q " + quoted(kSample) + " - --output-format json | " +
                     coopnet + " info - --input-format json --format json");
    REQUIRE(info.exit_code == 0);
    const auto sample = nlohmann::json::parse(run("info -q --format json " + quoted(kSample)).out);
    CHECK(nlohmann::json::parse(info.out)["actors"] == sample["actors"]);

    // Every command with -o writes standard output for -o -, in the working directory too.
    RunResult analyzed = run_in(dir, "analyze " + quoted(input) + " --format json -o -");
    REQUIRE(analyzed.exit_code == 0);
    CHECK(nlohmann::json::parse(analyzed.out)["network"]["actors"] == 4);
    CHECK(run_in(dir, "brokers " + quoted(input) + " --format csv -o -").out.rfind("ranking", 0) ==
          0);
    CHECK(run_in(dir, "map " + quoted(input) + " -o - --format dot").out.find("graph") !=
          std::string::npos);
    CHECK(run_in(dir, "report " + quoted(input) + " -o -").out.rfind("<!DOCTYPE html>", 0) == 0);
    CHECK(run_in(dir, "diff " + quoted(input) + " " + quoted(input) + " -o -").exit_code == 0);
    // ... and the report of standard input names it with the checksum of what it read.
    const RunResult report = run_with_input(input, "report - --input-format json -o -", messages);
    REQUIRE(report.exit_code == 0);
    CHECK(report.out.find("standard input") != std::string::npos);
    // diff of standard input against a file.
    const RunResult diff =
        run_with_input(input, "diff - " + quoted(input) + " --input-format json", messages);
    REQUIRE(diff.exit_code == 0);
    CHECK(diff.out.find("standard input") != std::string::npos);
    CHECK_FALSE(fs::exists(dir / "-"));  // never a file named -
}

TEST_CASE("cli: standard input needs a format and cannot be a CSV folder, - is never a file",
          "[cli]") {
    const fs::path input = small_network_in("stdin-refused");
    const fs::path dir = input.parent_path();
    const fs::path messages = dir / "stderr.txt";

    CHECK(run_with_input(input, "info -", messages).exit_code == 2);
    CHECK_THAT(read_text(messages), Catch::Contains("NET '-' reads standard input") &&
                                        Catch::Contains("--input-format"));
    CHECK(run_with_input(input, "info - --input-format csv", messages).exit_code == 2);
    CHECK_THAT(read_text(messages),
               Catch::Contains("a CSV folder is several files and cannot come from standard "
                               "input"));
    CHECK(run_with_input(input, "diff - - --input-format json", messages).exit_code == 2);
    CHECK_THAT(read_text(messages), Catch::Contains("cannot both be -"));
    // Bad input from standard input is named <stdin>, with the line.
    const fs::path bad = dir / "bad.txt";
    write_text(bad, "a b\nb c x\n");
    CHECK(run_with_input(bad, "validate - --input-format edgelist", messages)
              .out.find("<stdin>:2:") != std::string::npos);

    // convert NET - needs the output format; a CSV folder cannot go to standard output.
    RunResult result = run_in(dir, "convert " + quoted(input) + " -");
    CHECK(result.exit_code == 2);
    CHECK(result.out.find("--output-format") != std::string::npos);
    result = run_in(dir, "convert " + quoted(input) + " - --output-format csv");
    CHECK(result.exit_code == 2);
    CHECK(result.out.find("cannot go to standard output") != std::string::npos);
    result = run_in(dir, "map " + quoted(input) + " -o -");
    CHECK(result.exit_code == 2);
    CHECK(result.out.find("--format") != std::string::npos);
    CHECK(run_in(dir, "diff " + quoted(input) + " " + quoted(input) + " --map -").exit_code == 2);
    CHECK_FALSE(fs::exists(dir / "-"));
}

TEST_CASE("cli: -q works after the command as before it", "[cli]") {
    // The sample's actors.csv has attribute columns, which are warned about.
    const RunResult loud = run("info " + quoted(kSample));
    REQUIRE(loud.exit_code == 0);
    CHECK(loud.out.find("warning") != std::string::npos);
    for (const std::string& arguments : {"-q info " + quoted(kSample), "info -q " + quoted(kSample),
                                         "info " + quoted(kSample) + " --quiet"}) {
        INFO(arguments);
        const RunResult quiet = run(arguments);
        REQUIRE(quiet.exit_code == 0);
        CHECK(quiet.out.find("warning") == std::string::npos);
        CHECK(quiet.out.find("actors") != std::string::npos);
    }
}

TEST_CASE("cli: a filter or option naming nothing in the data exits 2 with a guess", "[cli]") {
    const fs::path input = small_network_in("did-you-mean");
    const fs::path dir = input.parent_path();
    const std::string net = quoted(input);
    struct Case {
        std::string arguments;
        std::string message;
    };
    for (const Case& c : std::vector<Case>{
             {"info " + net + " --sectors religous",
              "coopnet: error: --sectors: no actor has sector 'religous'; did you mean "
              "'religious'? Present: foundation, municipality, public_agency, religious\n"},
             // Sector words are read as sectors first: Municipality and Kommune are there.
             {"info " + net + " --sectors Municipality,Kommune,business",
              "coopnet: error: --sectors: no actor has sector 'business'. Present: foundation, "
              "municipality, public_agency, religious\n"},
             {"analyze " + net + " --kinds funding",
              "coopnet: error: --kinds: no tie has kind 'funding'. Present: none\n"},
             {"brokers " + net + " --groups sektor",
              "coopnet: error: --groups: no actor has the attribute 'sektor'; did you mean "
              "'sector'? Present: sector\n"},
             {"gaps " + net + " --communities attr:sektor",
              "coopnet: error: --communities attr:: no actor has the attribute 'sektor'; did "
              "you mean 'sector'? Present: sector\n"},
             {"map " + net + " -o x.svg --color-by Sector",
              "coopnet: error: --color-by: no actor has the attribute 'Sector'; did you mean "
              "'sector'? Present: sector\n"},
             {"map " + net + " -o x.svg --ego Jugendamt",
              "coopnet: error: --ego: no actor has the id 'Jugendamt'; did you mean 'a'? "
              "Present: a, b, c, d\n"},
             {"map " + net + " -o x.svg --ego e",
              "coopnet: error: --ego: no actor has the id 'e'. Present: a, b, c, d\n"},
         }) {
        INFO(c.arguments);
        const RunResult result = run_in(dir, c.arguments);
        CHECK(result.exit_code == 2);
        CHECK(result.out == c.message);
    }
    // A community that does not exist is refused too (exit 2), with the count there is.
    const RunResult community = run_in(dir, "map " + net + " -o x.svg --community 9");
    CHECK(community.exit_code == 2);
    CHECK(community.out.find("community 9 does not exist") != std::string::npos);
    CHECK_FALSE(fs::exists(dir / "x.svg"));
    // diff checks the filter against both states: a sector of one of them is fine.
    const fs::path after = dir / "after.json";
    write_text(after, R"({"actors": [{"id": "a", "sector": "business"}], "ties": []})");
    CHECK(run_in(dir, "diff " + net + " " + quoted(after) + " --sectors business").exit_code == 0);
}

TEST_CASE("cli: an unknown command suggests the closest one", "[cli]") {
    RunResult result = run("analyse x.json");
    CHECK(result.exit_code == 2);
    CHECK(result.out ==
          "coopnet: error: unknown command 'analyse'; did you mean 'analyze'? Commands: info, "
          "validate, convert, analyze, brokers, gaps, map, diff, report, qap, compare, timeline\n");
    result = run("-q Info x.json");
    CHECK(result.exit_code == 2);
    CHECK(result.out.find("did you mean 'info'?") != std::string::npos);
    result = run("frobnicate");
    CHECK(result.exit_code == 2);
    CHECK(result.out.find("unknown command 'frobnicate'. Commands: info,") != std::string::npos);
}

TEST_CASE("cli: a .csv file given for its CSV folder is refused, naming the folder", "[cli]") {
    const fs::path ties = kSample / "ties.csv";
    const RunResult result = run("info " + quoted(ties));
    CHECK(result.exit_code == 2);
    CHECK(result.out == "coopnet: error: " + ties.string() +
                            ": this is one table of a CSV folder; give the folder itself: " +
                            kSample.string() + "\n");
}

TEST_CASE("cli: undefined measures are null in JSON and a dash in the table", "[cli]") {
    const fs::path dir = scratch_dir("undefined");
    // One actor:  a    harmonic = 0/(n-1) = 0/0; degree centralisation T = 0: 0/0.
    const fs::path one = dir / "one.json";
    write_text(one, R"({"actors": [{"id": "a"}], "ties": []})");
    RunResult result = run("analyze " + quoted(one) + " --format json");
    REQUIRE(result.exit_code == 0);
    auto json = nlohmann::json::parse(result.out);
    CHECK(json["network"]["degree_centralization"].is_null());
    CHECK(json["actors"][0]["harmonic"].is_null());
    CHECK(json["actors"][0]["closeness"] == 0.0);  // networkx's convention for n = 1
    // Two actors:  a --- b   harmonic 1 each; degree centralisation still 0/0.
    const fs::path two = dir / "two.json";
    write_text(two, R"({"actors": [{"id": "a"}, {"id": "b"}], "ties": [{"source": "a",
                       "target": "b"}]})");
    result = run("analyze " + quoted(two) + " --format json");
    REQUIRE(result.exit_code == 0);
    json = nlohmann::json::parse(result.out);
    CHECK(json["network"]["degree_centralization"].is_null());
    CHECK(json["actors"][0]["harmonic"] == 1.0);
    result = run("analyze " + quoted(two));
    CHECK(result.out.find("degree centralisation   \u2013\n") != std::string::npos);  // en dash
}

TEST_CASE("cli: info --lang de prints German sectors and numbers in columns aligned by characters",
          "[cli][lang]") {
    const fs::path dir = scratch_dir("info-de");
    write_text(dir / "sued.json", kUmlautJson);
    const RunResult result = run("info --lang de " + quoted(dir / "sued.json"));
    REQUIRE(result.exit_code == 0);
    CAPTURE(result.out);
    CHECK(result.out.find("Netzwerk: Süd") != std::string::npos);
    CHECK(result.out.find("Kommune/Verwaltung") != std::string::npos);
    CHECK(result.out.find("Behörde/Agentur") != std::string::npos);
    CHECK(result.out.find("Religionsgemeinschaft") != std::string::npos);
    // 3 ties among 4 actors: half of the 6 pairs, with a decimal comma.
    CHECK(result.out.find("50,0 %") != std::string::npos);
    CHECK(result.out.find("1 Akteur ohne jede Kooperation: Kirchengemeinde Süd") !=
          std::string::npos);
    // The summary, the sectors (one of them "Quartiersbüro") and the kinds ("Förderung"):
    // within each block every value starts at the same character.
    const std::vector<std::string> summary = block(result.out, "  ungerichtet");
    const std::vector<std::string> sectors = block(result.out, "Sektoren");
    const std::vector<std::string> kinds = block(result.out, "Arten der Kooperation");
    REQUIRE(summary.size() == 5);
    REQUIRE(sectors.size() == 4);
    REQUIRE(kinds.size() == 2);
    for (const auto* lines : {&summary, &sectors, &kinds}) {
        for (const std::string& line : *lines) {
            CAPTURE(line);
            CHECK(value_column(line) == value_column(lines->front()));
        }
    }
    CHECK(std::any_of(sectors.begin(), sectors.end(), [](const std::string& line) {
        return line.find("Quartiersbüro") != std::string::npos;
    }));
    for (const std::string& line : sectors) CHECK(line.find("municipality") == std::string::npos);
    // Bytes would misalign: "Quartiersbüro" and "Behörde/Agentur" are one byte longer than
    // they are wide, "Kommune/Verwaltung" is not.
    std::set<std::size_t> bytes;
    for (const std::string& line : sectors) bytes.insert(line.size());
    CHECK(bytes.size() > 1);
}

TEST_CASE("cli: analyze --lang de writes the table in German, JSON keys stay English",
          "[cli][lang]") {
    const fs::path dir = scratch_dir("analyze-de");
    write_text(dir / "sued.json", kUmlautJson);
    const RunResult table = run("analyze --lang de " + quoted(dir / "sued.json"));
    REQUIRE(table.exit_code == 0);
    CAPTURE(table.out);
    for (const char* heading :
         {"Netzwerk: Süd", "  Akteure", "  Kooperationen (Paare)", "  Dichte", "  Gewichte",
          "Betweenness – wer auf den kürzesten Wegen zwischen anderen liegt (Vermittler)",
          "Partner (Grad) – wie viele Kooperationspartner",
          "Verbindungsstellen – Akteure, ohne die das Netz zerfällt",
          "Brücken – Kooperationen, ohne die das Netz zerfällt"}) {
        CAPTURE(heading);
        CHECK(table.out.find(heading) != std::string::npos);
    }
    CHECK(table.out.find("Articulation points") == std::string::npos);
    // Global before the command, too.
    CHECK(run("--lang de analyze " + quoted(dir / "sued.json")).out == table.out);
    const RunResult json = run("-q analyze --lang de --format json " + quoted(dir / "sued.json"));
    REQUIRE(json.exit_code == 0);
    CHECK(nlohmann::json::parse(json.out)["network"].contains("density"));
}

TEST_CASE("cli: without --lang the locale decides: LANG=de_DE.UTF-8 German, LANG=C English",
          "[cli][lang]") {
    const std::string info = "info " + quoted(kSample);
    const RunResult german = run_in_locale("LANG=de_DE.UTF-8", info);
    REQUIRE(german.exit_code == 0);
    CHECK(german.out.find("Sektoren") != std::string::npos);
    CHECK(german.out.find("Kommune/Verwaltung") != std::string::npos);
    const RunResult english = run_in_locale("LANG=C", info);
    REQUIRE(english.exit_code == 0);
    CHECK(english.out.find("Sectors") != std::string::npos);
    CHECK(english.out.find("Kommune/Verwaltung") == std::string::npos);
    // LC_ALL before LANG, and --lang before both.
    CHECK(run_in_locale("LC_ALL=C LANG=de_DE.UTF-8", info).out == english.out);
    CHECK(run_in_locale("LANG=C", "--lang de " + info).out == german.out);
    CHECK(run_in_locale("LANG=de_DE.UTF-8", info + " --lang en").out == english.out);
    const RunResult gaps = run_in_locale("LANG=de_DE.UTF-8", "gaps " + quoted(kSample));
    REQUIRE(gaps.exit_code == 0);
    CHECK(gaps.out.find("Kein Akteur der Gruppe „Stiftung“ ist im Netzwerk.") != std::string::npos);
    CHECK(run_in_locale("LANG=xx", info + " --lang fr").exit_code == 2);
}

TEST_CASE("cli: --csv-style excel-de writes German column headers, default the JSON keys",
          "[cli][lang]") {
    const RunResult analysis =
        run("analyze -q --format csv --csv-style excel-de " + quoted(kSample));
    REQUIRE(analysis.exit_code == 0);
    // UTF-8 byte order mark, then the header row, ; separated.
    CHECK(analysis.out.rfind("\xEF\xBB\xBFKennung;Name;Sektor;Partner (Grad);Stärke;Betweenness;",
                             0) == 0);
    const RunResult brokers =
        run("brokers -q --format csv --csv-style excel-de " + quoted(kSample));
    REQUIRE(brokers.exit_code == 0);
    CHECK(brokers.out.rfind("\xEF\xBB\xBFRangliste;Rang;Kennung;Name;Gruppe;Wert;", 0) == 0);
    const RunResult gaps = run("gaps -q --format csv --csv-style excel-de " + quoted(kSample));
    REQUIRE(gaps.exit_code == 0);
    CHECK(gaps.out.rfind("\xEF\xBB\xBFRang;Akteur 1;Name 1;Gruppe 1;Akteur 2;", 0) == 0);
    const RunResult plain = run("analyze -q --format csv " + quoted(kSample));
    CHECK(plain.out.rfind("id,label,sector,degree,strength,betweenness,", 0) == 0);
}

TEST_CASE("cli: the German sample reads as the English one and its report agrees with itself",
          "[cli][sectors]") {
    // samples/duisburg-marxloh-de is samples/duisburg-marxloh as a German spreadsheet export:
    // akteure.csv with German headers and sector words (Kommune, Stadtverwaltung, Ämter,
    // Jobcenter, Kammer, Bildungsträger ...), `;`, BOM, CRLF.
    const fs::path german = fs::path(COOPNET_SAMPLES_DIR) / "duisburg-marxloh-de";
    const RunResult de = run("analyze -q --format json " + quoted(german));
    const RunResult en = run("analyze -q --format json " + quoted(kSample));
    REQUIRE(de.exit_code == 0);
    REQUIRE(en.exit_code == 0);
    CHECK(de.out == en.out);  // every word read as the sector the English sample names

    const fs::path dir = scratch_dir("german-report");
    REQUIRE(
        run("report -q " + quoted(german) + " --no-map -o " + quoted(dir / "r.html")).exit_code ==
        0);
    const std::string html = read_text(dir / "r.html");
    // The sector counts and the triangle come from one grouping: 14 municipal actors are
    // there, and so the report never says that no municipality is.
    CHECK(html.find("Vertreten sind: 14 Kommune/Verwaltung, 8 Wirtschaft") != std::string::npos);
    CHECK(html.find("keine Kommune") == std::string::npos);
    CHECK(html.find("kein Unternehmen") == std::string::npos);
    // Only the foundation is absent, and the words that were read are shown with it.
    CHECK(html.find("In den Daten ist keine Stiftung vertreten") != std::string::npos);
    CHECK(html.find("In der Spalte Sektor stehen diese Angaben (in Klammern: wie viele "
                    "Akteure): Kommune (4), Stadtverwaltung (2)") != std::string::npos);
    // --triangle takes the planner's words as well.
    const RunResult gaps =
        run("gaps -q --format json --triangle Kommune,Schule,Kirche " + quoted(german));
    REQUIRE(gaps.exit_code == 0);
    CHECK(nlohmann::json::parse(gaps.out)["gaps"]["triangle"]["corners"] ==
          nlohmann::json::array({"municipality", "education", "religious"}));
    // The default triangle: municipality-business, 18 ties where random networks with the
    // same actors and number of ties give about 36; none of the 1,000 draws has as few, so
    // p_fewer = 0 (weak) and p_more = 1.
    const auto side = nlohmann::json::parse(
        run("gaps -q --format json " + quoted(german)).out)["gaps"]["triangle"]["sides"][0];
    CHECK(side["status"] == "weak");
    CHECK(side["p_fewer"].get<double>() < 1e-4);
    CHECK(side["p_more"].get<double>() > 0.999);
    CHECK(nlohmann::json::parse(run("gaps -q --format json " + quoted(german))
                                    .out)["gaps"]["triangle"]["sides"][1]["p_fewer"]
              .is_null());  // no foundation: nothing to test
    CHECK(run("gaps -q --triangle Kommune,Stadt,Kirche " + quoted(german)).exit_code == 2);
    // gaps, like the report, names the words read beside the absent corner.
    const RunResult words = run("gaps -q --lang de " + quoted(german));
    REQUIRE(words.exit_code == 0);
    CHECK(words.out.find("Kein Akteur der Gruppe „Stiftung“ ist im Netzwerk.\n  In der Spalte "
                         "Sektor stehen diese Angaben") != std::string::npos);
}

TEST_CASE("cli: info reads an .xlsx workbook and names the sheets it read as what", "[cli][xlsx]") {
    const fs::path data = fs::path(COOPNET_TEST_DATA_DIR) / "xlsx";
    const RunResult info = run("info " + quoted(data / "unnamed.xlsx"));
    CHECK(info.exit_code == 0);
    CHECK(info.out.find("read the first sheet 'Tabelle1' as actors and the second 'Tabelle2' "
                        "as ties") != std::string::npos);
    CHECK(info.out.find("Network\n") != std::string::npos);
    const RunResult german = run("info " + quoted(data / "german.xlsx"));
    CHECK(german.exit_code == 0);
    CHECK(german.out.find("Network: Marxloh\n") != std::string::npos);
}

TEST_CASE("cli: a bad workbook exits 2 with sheet!cell and writes no output", "[cli][xlsx]") {
    const fs::path data = fs::path(COOPNET_TEST_DATA_DIR) / "xlsx";
    const fs::path dir = scratch_dir("bad-xlsx");
    const RunResult bad =
        run("convert " + quoted(data / "bad_weight.xlsx") + " " + quoted(dir / "out.json"));
    CHECK(bad.exit_code == 2);
    CHECK(bad.out.find("bad_weight.xlsx: Kooperationen!C7: weight 'hoch' is not a number") !=
          std::string::npos);
    CHECK_FALSE(fs::exists(dir / "out.json"));
    for (const char* file : {"compound_file.xlsx", "zip_bomb.xlsx", "not_a_zip.xlsx"}) {
        CAPTURE(file);
        const RunResult refused =
            run("convert " + quoted(data / file) + " " + quoted(dir / "out.json"));
        CHECK(refused.exit_code == 2);
        CHECK(refused.out.find(std::string(file) + ": ") != std::string::npos);
        CHECK_FALSE(fs::exists(dir / "out.json"));
    }
}

TEST_CASE("cli: convert --node-link-key links and --edge-list-comments", "[cli][interop]") {
    const fs::path dir = scratch_dir("convert-interop");
    const fs::path input = dir / "net.json";
    write_text(input, R"({"directed": true, "actors": [{"id": "a"}, {"id": "b"}, {"id": "iso"}],
                         "ties": [{"source": "a", "target": "b", "weight": 0.5}]})");
    // networkx 2.x reads `links` only; the default is networkx 3.4's `edges`.
    REQUIRE(run("convert " + quoted(input) + " " + quoted(dir / "links.json") +
                " --output-format node-link --node-link-key links")
                .exit_code == 0);
    CHECK(read_text(dir / "links.json").find("\"links\": [") != std::string::npos);
    REQUIRE(run("convert " + quoted(input) + " " + quoted(dir / "edges.json") +
                " --output-format node-link")
                .exit_code == 0);
    CHECK(read_text(dir / "edges.json").find("\"edges\": [") != std::string::npos);
    CHECK(run("convert " + quoted(input) + " " + quoted(dir / "x.json") +
              " --output-format node-link --node-link-key link")
              .exit_code != 0);
    // Edge lists: ties only by default (igraph's Read_Ncol reads no comments), with warnings
    // for what is left out; the comments keep isolates and direction for coopnet.
    const RunResult plain = run("convert " + quoted(input) + " " + quoted(dir / "plain.txt"));
    REQUIRE(plain.exit_code == 0);
    CHECK(read_text(dir / "plain.txt") == "a b 0.5\n");
    CHECK(plain.out.find("1 actor(s) without ties left out") != std::string::npos);
    CHECK(plain.out.find("direction is not written") != std::string::npos);
    REQUIRE(
        run("convert " + quoted(input) + " " + quoted(dir / "full.txt") + " --edge-list-comments")
            .exit_code == 0);
    CHECK(read_text(dir / "full.txt") == "# directed\na b 0.5\n# isolated: iso\n");
    const coopnet::Network back = coopnet::read_network(dir / "full.txt").network;
    CHECK(back.directed());
    CHECK(back.actor_count() == 3);
}

TEST_CASE("cli: gaps test every side and mixing cell against chance, seeded", "[cli][chance]") {
    const std::string command = "gaps -q --format json --draws 300 " + quoted(kSample);
    const RunResult first = run(command + " --seed 5");
    REQUIRE(first.exit_code == 0);
    const auto gaps = nlohmann::json::parse(first.out)["gaps"];
    for (const auto& cell : gaps["mixing"]["pairs"]) {
        REQUIRE(cell.contains("p_value"));
        const double p = cell["p_value"].get<double>();
        CHECK((p >= 0.0 && p <= 1.0));
    }
    for (const auto& side : gaps["triangle"]["sides"]) REQUIRE(side.contains("p_value"));
    const auto& chance = gaps["tests_against_chance"];
    CHECK(chance["draws"] == 300);
    CHECK(chance["seed"] == 5);
    CHECK(chance["null_model"] == "ties");
    // Same seed, same bytes; another seed, other random networks.
    CHECK(run(command + " --seed 5").out == first.out);
    CHECK(run(command + " --seed 6").out != first.out);
    // --draws 0: the Poisson approximation, said so.
    const auto poisson = nlohmann::json::parse(
        run("gaps -q --format json --draws 0 " + quoted(kSample)).out)["gaps"];
    CHECK(poisson["tests_against_chance"]["method"] == "poisson approximation");
    CHECK(run("gaps -q --null everything " + quoted(kSample)).exit_code == 2);
}

TEST_CASE("cli: timeline --format json keeps its contract (steps, tie_survival.curve)", "[cli]") {
    // Ties: a-b 2003..2004 (ends: 731 days), a-c 2003 (365 days), b-c since 2004 (open,
    // censored at the end of 2005), a-d 2005 (365 days). Event times 365 (2 ended, 4 at
    // risk) and 731 (1 ended, 2 at risk): S = 2/4, then 1/2 * 1/2.
    const fs::path dir = scratch_dir("timeline");
    write_text(dir / "net.json",
               "{\"actors\": [{\"id\": \"a\"}, {\"id\": \"b\"}, {\"id\": \"c\"}, {\"id\": \"d\"}],"
               " \"ties\": [{\"source\": \"a\", \"target\": \"b\", \"since\": \"2003\", \"until\": \"2004\"},"
               " {\"source\": \"a\", \"target\": \"c\", \"since\": \"2003\", \"until\": \"2003\"},"
               " {\"source\": \"b\", \"target\": \"c\", \"since\": \"2004\"},"
               " {\"source\": \"a\", \"target\": \"d\", \"since\": \"2005\", \"until\": \"2005\"}]}");
    const RunResult result = run("timeline " + quoted(dir / "net.json") + " --format json");
    REQUIRE(result.exit_code == 0);
    const auto json = nlohmann::json::parse(result.out);
    const auto& curve = json["tie_survival"]["curve"];
    REQUIRE(curve.size() == 2);
    CHECK(curve[0]["time_years"].get<double>() == Approx(365 / 365.25));
    CHECK(curve[0]["at_risk"] == 4);
    CHECK(curve[0]["events"] == 2);
    CHECK(curve[0]["survival"].get<double>() == Approx(0.5));
    CHECK(curve[1]["time_years"].get<double>() == Approx(731 / 365.25));
    CHECK(curve[1]["at_risk"] == 2);
    CHECK(curve[1]["events"] == 1);
    CHECK(curve[1]["survival"].get<double>() == Approx(0.25));
    const auto& steps = json["steps"];
    REQUIRE(steps.size() == 3);
    CHECK(steps[0]["period"] == "2003");
    CHECK(steps[0]["actors"] == 3);
    CHECK(steps[0]["ties"] == 2);
    CHECK(steps[0]["density"].get<double>() == Approx(2.0 / 3.0));
    CHECK(steps[1]["period"] == "2004");
    CHECK(steps[1]["ties"] == 2);  // a-b, b-c
    CHECK(steps[1]["ties_kept"] == 1);
    CHECK(steps[2]["actors"] == 4);  // b-c still open, a-d new
    CHECK(steps[2]["ties"] == 2);
    CHECK(run("timeline " + quoted(dir / "net.json") + " --funding-end soon").exit_code == 2);
}

TEST_CASE("cli: timeline --chart and --survival-chart write SVG and refuse the input", "[cli]") {
    const fs::path dir = scratch_dir("timeline-chart");
    const std::string net =
        "{\"actors\": [{\"id\": \"a\"}, {\"id\": \"b\"}, {\"id\": \"c\"}],"
        " \"ties\": [{\"source\": \"a\", \"target\": \"b\", \"since\": \"2003\", \"until\": \"2004\"},"
        " {\"source\": \"b\", \"target\": \"c\", \"since\": \"2004\"}]}";
    write_text(dir / "net.json", net);
    const RunResult result = run("timeline " + quoted(dir / "net.json") + " --lang en --chart " +
                                 quoted(dir / "steps.svg") + " --survival-chart " +
                                 quoted(dir / "km.svg"));
    REQUIRE(result.exit_code == 0);
    const std::string steps = read_text(dir / "steps.svg");
    CHECK(steps.rfind("<?xml", 0) == 0);
    CHECK(steps.find(">2004</text>") != std::string::npos);
    CHECK(steps.find("Actors and ties per year") != std::string::npos);
    CHECK(read_text(dir / "km.svg").find("<g class=\"survival\">") != std::string::npos);
    CHECK(run("timeline " + quoted(dir / "net.json") + " --chart " + quoted(dir / "net.json"))
              .exit_code == 2);
    CHECK(run("timeline " + quoted(dir / "net.json") + " --survival-chart " +
              quoted(dir / "net.json"))
              .exit_code == 2);
    CHECK(read_text(dir / "net.json") == net);
}
