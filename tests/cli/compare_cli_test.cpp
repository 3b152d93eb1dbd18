// `coopnet compare`: the JSON contract outside tests rely on (`networks` as a list of
// {name, density}), the three samples, the outcome table and its errors (exit 2 with file
// and line), determinism.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>

#include "tests/cli/run_shell.hpp"

namespace fs = std::filesystem;

namespace {

using coopnet::test::run_shell;
using coopnet::test::RunResult;

RunResult run(const std::string& arguments, bool with_stderr = true) {
    return run_shell("LC_ALL=C " + std::string(COOPNET_EXECUTABLE) + " -q " + arguments +
                     (with_stderr ? " 2>&1" : " 2>/dev/null"));
}

const std::string kSamples = std::string(COOPNET_SAMPLES_DIR) + "/";
const std::string kThree = "'" + kSamples + "duisburg-marxloh' '" + kSamples +
                           "duisburg-two-periods' '" + kSamples + "leipzig-mockau'";

// A path of four actors, no name: the row is named by the file. Density 3/6.
const std::string kPath = R"({"directed": false,
  "actors": [{"id": "a", "sector": "municipality"}, {"id": "b", "sector": "business"},
             {"id": "c", "sector": "foundation"}, {"id": "d", "sector": "business"}],
  "ties": [{"source": "a", "target": "b"}, {"source": "b", "target": "c"},
           {"source": "c", "target": "d"}]})";

fs::path scratch(const std::string& name, const std::string& text) {
    const fs::path dir = fs::temp_directory_path() / "coopnet-compare-cli-test";
    fs::create_directories(dir);
    std::ofstream(dir / name, std::ios::binary) << text;
    return dir / name;
}

}  // namespace

TEST_CASE("cli compare: JSON has networks as a list with name and density", "[cli][compare]") {
    const fs::path path = scratch("path4.json", kPath);
    const RunResult result = run("compare '" + path.string() + "' " + kThree +
                                     " --draws 100 --format json",
                                 false);
    REQUIRE(result.exit_code == 0);
    const auto json = nlohmann::json::parse(result.out);
    REQUIRE(json["networks"].is_array());
    REQUIRE(json["networks"].size() == 4);
    CHECK(json["networks"][0]["name"] == "path4.json");
    CHECK(json["networks"][0]["density"].get<double>() == Approx(0.5));
    CHECK(json["networks"][0]["cut_points"] == 2);  // b and c
    CHECK(json["networks"][0]["bridges"] == 3);     // every tie of a path
    CHECK(json["networks"][1]["name"] == "duisburg-marxloh");  // a folder without a name
    CHECK(json["networks"][3]["name"].get<std::string>().starts_with("Leipzig-Mockau"));
    for (const auto& network : json["networks"]) {
        CHECK(network["density"].get<double>() > 0.0);
        CHECK(network["density"].get<double>() <= 1.0);
        CHECK(network.contains("name"));
    }
}

TEST_CASE("cli compare: the same output twice, and CSV rows per network", "[cli][compare]") {
    const RunResult first = run("compare " + kThree + " --draws 200 --seed 5 --format json");
    const RunResult second = run("compare " + kThree + " --draws 200 --seed 5 --format json");
    REQUIRE(first.exit_code == 0);
    CHECK(first.out == second.out);
    const RunResult csv = run("compare " + kThree + " --draws 50 --format csv", false);
    REQUIRE(csv.exit_code == 0);
    CHECK(csv.out.starts_with("network,actors,ties,density,"));
    CHECK(std::count(csv.out.begin(), csv.out.end(), '\n') == 4);
}

TEST_CASE("cli compare: a binary outcome gives groups, U and the handful caveat",
          "[cli][compare]") {
    const fs::path outcome = scratch(
        "continued.csv", "network;continued\nduisburg-marxloh;ja\nLeipzig-Mockau: Integration "
                         "durch Initiativmanagement (INTIGRA), since 2017;nein\n");
    const RunResult result = run("compare " + kThree + " --draws 50 --outcome '" +
                                     outcome.string() + "' --format json",
                                 false);
    REQUIRE(result.exit_code == 0);
    const auto json = nlohmann::json::parse(result.out);
    const auto& o = json["outcome"];
    CHECK(o["kind"] == "binary");
    CHECK(o["networks_without_outcome"].size() == 1);
    // density: marxloh (continued) 295/903 below Mockau's 12/15: U = 0 of 1 pair, exact
    // p = 2 * P(U <= 0) = 2 * 1/2 = 1.
    const auto& density = o["comparisons"][2];
    CHECK(density["measure"] == "density");
    CHECK(density["networks"] == 2);
    CHECK(density["u"].get<double>() == 0.0);
    CHECK(density["p"].get<double>() == Approx(1.0));
    CHECK(density["method"] == "exact");
    CHECK(o["note"].get<std::string>().find("With 2 networks no difference can be shown") !=
          std::string::npos);
}

TEST_CASE("cli compare: bad outcome files name file and line, exit 2", "[cli][compare]") {
    const fs::path bad = scratch("bad.csv",
                                 "network,continued\nduisburg-marxloh,maybe\nx,1\nx,0\n,1\n");
    const RunResult result = run("compare " + kThree + " --draws 0 --outcome '" +
                                 bad.string() + "'");
    CHECK(result.exit_code == 2);
    CHECK(result.out.find(bad.string() + ":2:") != std::string::npos);  // maybe
    CHECK(result.out.find("listed twice (first on line 3)") != std::string::npos);
    CHECK(result.out.find(bad.string() + ":5:") != std::string::npos);  // no name
    const fs::path one = scratch("one.csv", "network\nduisburg-marxloh\n");
    CHECK(run("compare " + kThree + " --outcome '" + one.string() + "'").exit_code == 2);
    CHECK(run("compare " + kThree + " --outcome /nonexistent/outcome.csv").exit_code == 2);
    const RunResult column = run("compare " + kThree + " --outcome '" + bad.string() +
                                 "' --outcome-column years");
    CHECK(column.exit_code == 2);
    CHECK(column.out.find("no column 'years'") != std::string::npos);
}
