// `coopnet qap`: the JSON contract outside tests rely on (coefficients as {term, estimate,
// p} with the intercept first, r_squared), determinism per seed and thread count, missing
// values, and bad covariates (exit 2).
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

RunResult run(const std::string& arguments, bool with_stderr = true) {
    return run_shell("LC_ALL=C " + std::string(COOPNET_EXECUTABLE) + " " + arguments +
                     (with_stderr ? " 2>&1" : " 2>/dev/null"));
}

// Four actors, sectors a a b b, ties 0-1, 2-3, 0-2 (tests/analysis/qap_test.cpp works the
// OLS out by hand: intercept 1/4, same:sector 3/4, R^2 1/2); actor 4 has no district.
const std::string kHandJson = R"({
  "name": "hand", "directed": false,
  "actors": [
    {"id": "0", "sector": "a", "district": "n", "size": 2},
    {"id": "1", "sector": "a", "district": "n", "size": 5},
    {"id": "2", "sector": "b", "district": "s", "size": 1},
    {"id": "3", "sector": "b", "district": "s", "size": 7},
    {"id": "4", "sector": "b", "size": 3}
  ],
  "ties": [{"source": "0", "target": "1"}, {"source": "2", "target": "3"},
           {"source": "0", "target": "2", "weight": 4, "kind": "funding"},
           {"source": "4", "target": "3"}]
})";

fs::path hand_file() {
    const fs::path dir = fs::temp_directory_path() / "coopnet-qap-cli-test";
    fs::create_directories(dir);
    const fs::path file = dir / "hand.json";
    std::ofstream(file) << kHandJson;
    return file;
}

}  // namespace

TEST_CASE("cli qap: JSON has coefficients {term, estimate, p}, intercept first, and r_squared",
          "[cli][qap]") {
    const fs::path file = hand_file();
    // same:district leaves actor 4 out: the four others are the hand case (districts
    // follow the sectors there).
    const RunResult result = run(
        "qap '" + file.string() + "' --iv same:district --permutations 200 --seed 3 --format json",
        false);
    REQUIRE(result.exit_code == 0);
    const auto json = nlohmann::json::parse(result.out);
    REQUIRE(json["coefficients"].is_array());
    REQUIRE(json["coefficients"].size() == 2);
    const auto& intercept = json["coefficients"][0];
    CHECK(intercept["term"] == "intercept");
    CHECK(intercept["estimate"].get<double>() == Approx(0.25).margin(1e-12));
    const auto& district = json["coefficients"][1];
    CHECK(district["term"] == "same:district");
    CHECK(district["estimate"].get<double>() == Approx(0.75).margin(1e-12));
    const double p = district["p"].get<double>();
    CHECK(p >= 0.0);
    CHECK(p <= 1.0);
    CHECK(json["r_squared"].get<double>() == Approx(0.5).margin(1e-12));
    CHECK(json["dyads"] == 6);
    CHECK(json["permutations"] == 200);
    CHECK(json["seed"] == 3);
    CHECK(json["dropped_actors"] == nlohmann::json::array({"4"}));
}

TEST_CASE("cli qap: the same seed gives byte-identical JSON for 1 and 4 threads", "[cli][qap]") {
    const std::string net = std::string(COOPNET_SAMPLES_DIR) + "/duisburg-marxloh";
    const std::string common = "qap '" + net +
                               "' --iv same:sector --iv same:is_group --permutations 300 "
                               "--seed 11 --format json --threads ";
    const RunResult one = run(common + "1", false);
    const RunResult four = run(common + "4", false);
    REQUIRE(one.exit_code == 0);
    CHECK(one.out == four.out);
    const RunResult other_seed = run("qap '" + net +
                                         "' --iv same:sector --iv same:is_group "
                                         "--permutations 300 --seed 12 --format json",
                                     false);
    CHECK(other_seed.out != one.out);
}

TEST_CASE("cli qap: weighted ties, a tie kind as dependent, table and CSV", "[cli][qap]") {
    const fs::path file = hand_file();
    const RunResult weighted = run(
        "qap '" + file.string() + "' --iv same:sector --weighted --permutations 50 --format json",
        false);
    REQUIRE(weighted.exit_code == 0);
    // Weights 1, 1, 4 on the pairs (0,1) (2,3) (0,2), 1 on (3,4); five actors, 10 dyads.
    const auto json = nlohmann::json::parse(weighted.out);
    CHECK(json["dyads"] == 10);
    CHECK(json["weighted"] == true);

    const RunResult kind = run(
        "qap '" + file.string() + "' --dv funding --iv diff:size --permutations 50 --format json",
        false);
    REQUIRE(kind.exit_code == 0);
    CHECK(nlohmann::json::parse(kind.out)["dependent"] == "kind:funding");

    const RunResult table =
        run("qap -q '" + file.string() + "' --iv same:sector --permutations 20");
    REQUIRE(table.exit_code == 0);
    CHECK_THAT(table.out, Catch::Contains("QAP regression") && Catch::Contains("same:sector"));
    const RunResult german =
        run("--lang de qap -q '" + file.string() + "' --iv same:sector --permutations 20");
    CHECK_THAT(german.out, Catch::Contains("Schätzwert") && Catch::Contains("QAP-Korrelation"));
    const RunResult csv =
        run("qap '" + file.string() + "' --iv same:sector --permutations 20 --format csv", false);
    CHECK(csv.out.rfind("term,estimate,std_error,t,p,", 0) == 0);
}

TEST_CASE("cli qap: unknown or unusable covariates exit 2 with the reason", "[cli][qap]") {
    const fs::path file = hand_file();
    const RunResult unknown =
        run("qap '" + file.string() + "' --iv same:distrct --permutations 10");
    CHECK(unknown.exit_code == 2);
    CHECK_THAT(unknown.out, Catch::Contains("did you mean 'district'"));
    const RunResult prefix = run("qap '" + file.string() + "' --iv ratio:size --permutations 10");
    CHECK(prefix.exit_code == 2);
    CHECK_THAT(prefix.out, Catch::Contains("same:ATTR"));
    const RunResult kind = run("qap '" + file.string() + "' --iv kind:fundng --permutations 10");
    CHECK(kind.exit_code == 2);
    CHECK_THAT(kind.out, Catch::Contains("funding"));
    const RunResult text = run("qap '" + file.string() + "' --iv diff:district --permutations 10");
    CHECK(text.exit_code == 2);
    CHECK_THAT(text.out, Catch::Contains("not a finite number"));
    const RunResult none = run("qap '" + file.string() + "' --permutations 10");
    CHECK(none.exit_code == 2);
}
