// Test helper of the command-line tests: runs a shell command line (through /bin/sh, as
// popen does) and collects what it prints and how it ended.
#pragma once

#include <sys/wait.h>

#include <catch2/catch.hpp>
#include <cstdio>
#include <string>

namespace coopnet::test {

struct RunResult {
    int exit_code = -1;  ///< -1 when the command was killed by a signal
    std::string out;     ///< what it printed on stdout (and stderr, when redirected there)
};

/// Runs `command` with /bin/sh and waits for it.
inline RunResult run_shell(const std::string& command) {
    RunResult result;
    FILE* pipe = popen(command.c_str(), "r");
    REQUIRE(pipe != nullptr);
    char buffer[4096];
    std::size_t n = 0;
    while ((n = fread(buffer, 1, sizeof buffer, pipe)) > 0) result.out.append(buffer, n);
    const int status = pclose(pipe);
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return result;
}

}  // namespace coopnet::test
