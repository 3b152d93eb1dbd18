// Ctrl-C and progress at the command line: an interrupted `coopnet analyze` exits with 130
// and leaves neither its output nor a temporary file behind; on a terminal it shows
// progress on stderr, and in a pipe it does not.
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>

namespace fs = std::filesystem;

namespace {

// `n` actors, each tied to three others scattered by multiplication modulo n: a sparse
// graph with short paths, on which exact unweighted betweenness takes a few seconds of
// CPU for n = 10 000 (well over the half second before a progress line appears) and half
// a minute for n = 40 000.
fs::path write_scattered_graph(const fs::path& dir, long n) {
    const fs::path file = dir / "scattered.edgelist";
    std::ofstream out(file);
    for (long v = 0; v < n; ++v) {
        for (long k = 1; k <= 3; ++k) {
            const long w = (v * 7919 + k * 104729) % n;
            if (w != v) out << v << ' ' << w << '\n';
        }
    }
    return file;
}

fs::path fresh_dir(const std::string& name) {
    // The process id keeps parallel runs of this suite (several build trees) apart.
    const fs::path dir = fs::temp_directory_path() /
                         ("coopnet-interrupt-test-" + name + "-" + std::to_string(getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}

}  // namespace

TEST_CASE("Ctrl-C during analyze exits with 130 and writes no output", "[cli][interrupt]") {
    const fs::path dir = fresh_dir("sigint");
    const fs::path input = write_scattered_graph(dir, 40000);
    const fs::path output = dir / "analysis.json";
    const std::string executable = COOPNET_EXECUTABLE;
    const std::string input_text = input.string();
    const std::string output_text = output.string();

    const pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        std::freopen("/dev/null", "w", stderr);
        execl(executable.c_str(), executable.c_str(), "analyze", input_text.c_str(), "--format",
              "json", "--unweighted", "--threads", "1", "-o", output_text.c_str(), static_cast<char*>(nullptr));
        _exit(127);
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(1500));
    REQUIRE(kill(child, SIGINT) == 0);
    const auto sent = std::chrono::steady_clock::now();
    int status = 0;
    REQUIRE(waitpid(child, &status, 0) == child);
    const auto stopped_after = std::chrono::steady_clock::now() - sent;

    REQUIRE(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 130);
    CHECK(stopped_after < std::chrono::seconds(10));  // stops at the next check, not at the end
    CHECK_FALSE(fs::exists(output));
    // Nothing but the input is left in the folder: no temporary output file.
    std::size_t entries = 0;
    for ([[maybe_unused]] const auto& entry : fs::directory_iterator(dir)) ++entries;
    CHECK(entries == 1);
    fs::remove_all(dir);
}

TEST_CASE("progress shows on a terminal and stays out of pipes", "[cli][progress]") {
    if (std::system("command -v script > /dev/null 2>&1") != 0) {
        WARN("util-linux `script` is missing; the terminal half of this test is skipped");
        return;
    }
    const fs::path dir = fresh_dir("progress");
    const fs::path input = write_scattered_graph(dir, 10000);
    const fs::path tty_log = dir / "tty.txt";
    const fs::path pipe_log = dir / "pipe.txt";
    const std::string analyze = std::string(COOPNET_EXECUTABLE) + " analyze '" +
                                input.string() + "' --format csv --unweighted --threads 1 -o /dev/null";
    // `script` gives the command a pseudo-terminal and copies what it printed.
    const std::string on_terminal =
        "script -qec \"" + analyze + "\" '" + tty_log.string() + "' > /dev/null 2>&1";
    REQUIRE(std::system(on_terminal.c_str()) == 0);
    REQUIRE(std::system((analyze + " 2> '" + pipe_log.string() + "'").c_str()) == 0);

    std::ifstream tty(tty_log);
    const std::string tty_text{std::istreambuf_iterator<char>(tty), {}};
    std::ifstream pipe(pipe_log);
    const std::string pipe_text{std::istreambuf_iterator<char>(pipe), {}};
    CHECK(tty_text.find("% (") != std::string::npos);
    CHECK(pipe_text.find("% (") == std::string::npos);
    fs::remove_all(dir);
}
