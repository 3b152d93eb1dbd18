#include "cli/output_target.hpp"

#include <cerrno>
#include <cstring>
#include <iostream>
#include <string>

#include "core/error.hpp"
#include "io/atomic_file.hpp"

namespace coopnet::cli {

bool is_standard_stream(const std::filesystem::path& path) { return path == "-"; }

void write_output(const std::filesystem::path& output,
                  const std::function<void(std::ostream&)>& write,
                  std::span<const std::filesystem::path> inputs) {
    if (!output.empty() && !is_standard_stream(output)) {
        write_file_atomically(output, write, inputs);
        return;
    }
    write_standard_output(write);
}

void check_standard_output() {
    errno = 0;
    std::cout.flush();
    if (std::cout) return;
    const int reason = errno;
    throw OutputError("cannot write to standard output" +
                      (reason != 0 ? ": " + std::string(std::strerror(reason)) : std::string()));
}

}  // namespace coopnet::cli
