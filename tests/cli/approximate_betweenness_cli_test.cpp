// `--betweenness approx`: the JSON block that states method and guarantee, the values within
// epsilon of the exact ones, the same output for every thread count, and the flags' misuse.
#include <catch2/catch.hpp>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>

#include "tests/cli/run_shell.hpp"

namespace fs = std::filesystem;

namespace {

using coopnet::test::run_shell;
using coopnet::test::RunResult;

RunResult run(const std::string& arguments) {
    return run_shell("LC_ALL=C " + std::string(COOPNET_EXECUTABLE) + " " + arguments +
                     " 2>/dev/null");
}

// The path a – b – c – d – e: normalised betweenness 2·i·(4−i)/12 = 0.5, 2/3, 0.5 inside.
fs::path path_network() {
    const fs::path dir = fs::temp_directory_path() / "coopnet-cli-test-approx";
    fs::create_directories(dir);
    const fs::path input = dir / "path.txt";
    std::ofstream(input) << "a b\nb c\nc d\nd e\n";
    return input;
}

}  // namespace

TEST_CASE("cli: analyze --betweenness approx states the method and its guarantee in JSON",
          "[cli]") {
    const std::string input = "'" + path_network().string() + "'";
    const RunResult exact = run("analyze " + input + " --format json");
    REQUIRE(exact.exit_code == 0);
    CHECK(nlohmann::json::parse(exact.out)["betweenness"]["method"] == "exact");

    const RunResult approx = run("analyze " + input +
                                 " --format json --betweenness approx --epsilon 0.02 --delta 0.05"
                                 " --seed 7 --threads 1");
    REQUIRE(approx.exit_code == 0);
    const auto json = nlohmann::json::parse(approx.out);
    const auto& block = json["betweenness"];
    CHECK(block["method"] == "approximate");
    CHECK(block["algorithm"] == "Riondato-Kornaropoulos 2016");
    CHECK(block["epsilon"] == 0.02);
    CHECK(block["delta"] == 0.05);
    CHECK(block["seed"] == 7);
    CHECK(block["samples"].get<std::size_t>() > 0);
    CHECK(block["guarantee"].get<std::string>().find("epsilon") != std::string::npos);
    const double expected[] = {0.0, 0.5, 4.0 / 6.0, 0.5, 0.0};
    for (std::size_t v = 0; v < 5; ++v) {
        CHECK(std::abs(json["actors"][v]["betweenness"].get<double>() - expected[v]) <= 0.02);
    }
    const RunResult threaded = run("analyze " + input +
                                   " --format json --betweenness approx --epsilon 0.02 --delta"
                                   " 0.05 --seed 7 --threads 3");
    CHECK(threaded.out == approx.out);
}

TEST_CASE("cli: the table says when betweenness is estimated, misused flags exit 2", "[cli]") {
    const std::string input = "'" + path_network().string() + "'";
    const RunResult table = run("analyze " + input + " --betweenness approx --lang en");
    REQUIRE(table.exit_code == 0);
    CHECK(table.out.find("Betweenness is estimated (a sample of") != std::string::npos);
    CHECK(run("analyze " + input + " --lang en").out.find("estimated") == std::string::npos);
    CHECK(run("analyze " + input + " --epsilon 0.01").exit_code == 2);  // needs approx
    CHECK(run("analyze " + input + " --betweenness approx --epsilon 0").exit_code == 2);
    CHECK(run("analyze " + input + " --betweenness approx --delta 1").exit_code == 2);
    CHECK(run("analyze " + input + " --betweenness sometimes").exit_code != 0);
}

TEST_CASE("cli: brokers and gaps take --betweenness approx and say so", "[cli]") {
    const std::string input = "'" + path_network().string() + "'";
    const RunResult brokers = run("brokers " + input +
                                  " --format json --betweenness approx --epsilon 0.02 --seed 3");
    REQUIRE(brokers.exit_code == 0);
    const auto json = nlohmann::json::parse(brokers.out);
    CHECK(json["betweenness"]["method"] == "approximate");
    CHECK(json["betweenness"]["seed"] == 3);
    // The path's centre c leads the ranking: 2/3 exact, and the estimate is within 0.02.
    CHECK(json["brokers"]["by_betweenness"][0]["id"] == "c");
    const RunResult table = run("brokers " + input + " --betweenness approx --epsilon 0.02");
    REQUIRE(table.exit_code == 0);
    CHECK(table.out.find("Betweenness is estimated") != std::string::npos);
    const RunResult gaps = run("gaps " + input + " --format json --betweenness approx");
    REQUIRE(gaps.exit_code == 0);
    CHECK(nlohmann::json::parse(gaps.out)["betweenness"]["method"] == "approximate");
    CHECK(run("brokers " + input + " --delta 0.2").exit_code == 2);  // a bound needs approx
}
