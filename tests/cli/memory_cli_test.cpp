// Out of memory at the command line: `coopnet` run under a limit on its address space
// (`ulimit -v`, through /bin/sh) on a 20 000-actor network exits with 1 and says why, with
// neither its output nor a temporary file left behind; without the limit the same command
// succeeds, so the limit is what fails it.
//
// The limits were chosen by measurement (VmPeak in /proc/PID/status, Graphviz 2.43, x86-64):
// `coopnet` with its shared libraries starts at about 26 MB; on this network `analyze
// --format json --threads 1` succeeds within 120 MB (the analysis; its JSON is written actor
// by actor, not held as a document) and fails below 100 MB; `map` needs about 180 MB before
// it draws and Graphviz more in the drawing process. 80 MB stops `analyze`; 100 MB stops
// `map` and `report` in Graphviz (killed by SIGSEGV or GLib's SIGTRAP) or before it ("out of
// memory"); both are accepted.
//
// AddressSanitizer reserves terabytes of address space, so scripts/test-sanitizers.sh
// leaves these tests out by their name ("memory: ...").
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "tests/cli/run_shell.hpp"
#include "tests/io/temporary_folder.hpp"

namespace fs = std::filesystem;

namespace {

using coopnet::test::run_shell;
using coopnet::test::RunResult;

// Runs `coopnet ARGUMENTS` through /bin/sh, under `ulimit -v LIMIT_KB` unless it is 0.
RunResult run_limited(long limit_kb, const std::string& arguments) {
    const std::string limit = limit_kb > 0 ? "ulimit -v " + std::to_string(limit_kb) + " && " : "";
    return run_shell(limit + "exec " + COOPNET_EXECUTABLE + " " + arguments + " 2>&1");
}

// 20 000 actors in 200 stars of 100 (a hub and 99 spokes): large enough that its JSON and
// its map need hundreds of megabytes, yet every metric is quick on it (short paths only).
fs::path write_stars(const fs::path& dir) {
    const fs::path file = dir / "stars.edgelist";
    std::ofstream out(file);
    constexpr long kActors = 20000;
    constexpr long kStar = 100;
    for (long v = 0; v < kActors; ++v) {
        if (v % kStar != 0) out << 'a' << v << " a" << v - v % kStar << '\n';
    }
    return file;
}

// The names in `dir` besides the input.
std::vector<std::string> outputs_in(const fs::path& dir) {
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(dir)) {
        if (entry.path().filename() != "stars.edgelist") {
            names.push_back(entry.path().filename().string());
        }
    }
    return names;
}

bool says_why(const std::string& out) {
    // Graphviz fails while laying out the map (the report's interactive map) or drawing it.
    return out.find("coopnet: error: out of memory") != std::string::npos ||
           (out.find("coopnet: error: Graphviz failed while ") != std::string::npos &&
            out.find(" the map (killed by signal") != std::string::npos);
}

// Runs one command under `limit_kb` and without a limit, checking both outcomes.
void check_command(const std::string& name, long limit_kb, const std::string& arguments) {
    const coopnet::test::TemporaryFolder folder("memory-test-" + name);
    const fs::path input = write_stars(folder.path);
    const fs::path output = folder.path / ("out-" + name);
    const std::string command =
        arguments + " '" + input.string() + "' --threads 1 -o '" + output.string() + "'";

    const RunResult limited = run_limited(limit_kb, command);
    INFO(limited.out);
    CHECK(limited.exit_code == 1);
    CHECK(says_why(limited.out));
    CHECK(outputs_in(folder.path).empty());  // no output, no temporary file

    const RunResult free = run_limited(0, command);
    INFO(free.out);
    CHECK(free.exit_code == 0);
    REQUIRE(fs::exists(output));
    CHECK(fs::file_size(output) > 1'000'000);
}

}  // namespace

TEST_CASE("memory: analyze --format json out of memory exits 1 and leaves no file",
          "[cli][memory]") {
    check_command("analyze.json", 80'000, "analyze --format json");
}

TEST_CASE("memory: map out of memory exits 1 and leaves no file, whatever Graphviz does",
          "[cli][memory]") {
    check_command("map.svg", 100'000, "map");
}

TEST_CASE("memory: report out of memory exits 1 and leaves no file, whatever Graphviz does",
          "[cli][memory]") {
    check_command("report.html", 100'000, "report");
}

TEST_CASE("memory: many small communities need no table of every pair of them", "[cli][memory]") {
    // 5 000 disjoint pairs: 5 000 communities, 12.5 million pairs of them, every one a gap.
    // A k x k table of the ties between communities (and of the gaps) took gigabytes here;
    // both outputs now fit in 400 MB of address space (about 200 MB measured).
    const coopnet::test::TemporaryFolder folder("memory-test-pairs");
    const fs::path input = folder.path / "pairs.edgelist";
    {
        std::ofstream out(input);
        for (int i = 0; i < 5000; ++i) out << 'a' << i << " b" << i << '\n';
    }
    for (const std::string command : {"analyze --threads 1", "gaps"}) {
        const fs::path output = folder.path / "out.json";
        const RunResult run =
            run_limited(400'000, command + " '" + input.string() + "' --format json -o '" +
                                     output.string() + "'");
        INFO(command << ": " << run.out);
        CHECK(run.exit_code == 0);
        CHECK(fs::exists(output));
    }
}
