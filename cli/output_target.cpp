#include "cli/output_target.hpp"

#include <iostream>

#include "core/error.hpp"
#include "io/atomic_file.hpp"

namespace coopnet::cli {

void write_output(const std::filesystem::path& output,
                  const std::function<void(std::ostream&)>& write,
                  std::span<const std::filesystem::path> inputs) {
    if (!output.empty()) {
        write_file_atomically(output, write, inputs);
        return;
    }
    write(std::cout);
    std::cout.flush();
    if (!std::cout) throw OutputError("writing to standard output failed");
}

}  // namespace coopnet::cli
